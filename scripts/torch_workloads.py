#!/usr/bin/python3
"""PyTorch's side of the peer comparison: the workloads W1-W9 of the engine's JMH class
PeerComparison.torch_workloads (autograd-engine/src/test/java/io/tenflowers/autograd/bench/
PeerWorkloads.java, TenflowersPeerWorkloads.java, PeerInputs.java), timed with Debian's PyTorch.

Each call is one forward and one backward pass in f32 that returns the gradients with respect to
exactly the tensors the Java side differentiates, from none (torch.autograd.grad: nothing
accumulates between calls, as the Java side opens a fresh tape per call):

  W1 (a + b).sum(), a, b [1000]              gradients of a, b
  W2 (a * b).sum(), a, b [1000]              gradients of a, b
  W3 relu(x).sum(), x [10000]                gradient of x
  W4 sigmoid(x).sum(), x [10000]             gradient of x
  W5 (A @ B).sum(), A, B [100, 100]          gradients of A, B
  W6 MLP 784->128->ReLU->10, batch 32, mean cross-entropy     gradients of the 4 parameters
  W7 (A @ B).sum(), A, B [512, 512]          gradients of A, B
  W8 MLP 784->512->ReLU->512->ReLU->10, batch 256, mean cross-entropy   gradients of the 6 parameters
  W9 conv2d(x).sum(), x [8, 3, 32, 32], 16 filters 3x3, stride 1, padding 1, bias   gradients of x, weight, bias

Inputs are N(0, 1); layer parameters are drawn like PyTorch's default initialisation
(uniform within 1/sqrt(fan_in)); class labels uniform in 0..9. The numbers differ from the Java
side's (java.util.Random there), which does not change the work done. The MLP and the convolution
use torch.nn.functional with PyTorch's own layouts (Linear weight [out, in]), as a PyTorch user
would write them.

Timing: per workload, warm-up (at least 3 calls and 0.2 s), then an inner loop of n calls sized to
take about SECONDS, timed REPEATS times; reports the median, min and max ops/s over the repeats.

Output (read by scripts/peer_table.py): one line per workload, then one line
'JSON {"threads":..,"repeats":..,"torch":..,"openblas":{..},"results":{name:{median,min,max,inner}}}'
with the names 'W1 add 1000 fb' .. 'W9 conv b8 3->16 32x32 fb'.

Usage: /usr/bin/python3 torch_workloads.py [-t THREADS] [-r REPEATS] [-s SECONDS] [-w W1,W5,...] [-q]
  -q: quick (3 repeats of 0.05 s), to check that the script runs, not for figures.
OMP_NUM_THREADS and OPENBLAS_NUM_THREADS are set to THREADS unless already set.
"""
import argparse
import json
import os
import statistics
import sys
import time

parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
parser.add_argument("-t", "--threads", type=int, default=1)
parser.add_argument("-r", "--repeats", type=int, default=9)
parser.add_argument("-s", "--seconds", type=float, default=0.25, help="target duration of one timed repeat")
parser.add_argument("-w", "--workloads", default="", help="comma-separated subset, e.g. W1,W7 (default: all)")
parser.add_argument("-q", "--quick", action="store_true", help="3 repeats of 0.05 s: a smoke test")
parser.add_argument("positional", nargs="*", help=argparse.SUPPRESS)  # THREADS [REPEATS] [SECONDS], the old form
args = parser.parse_args()
for i, conv in enumerate((int, int, float)[:len(args.positional)]):
    setattr(args, ("threads", "repeats", "seconds")[i], conv(args.positional[i]))
if args.quick:
    args.repeats, args.seconds = 3, 0.05

# the BLAS reads its thread count when it loads: set it before importing torch
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(var, str(args.threads))

import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import openblas_core  # noqa: E402

torch.set_num_threads(args.threads)
gen = torch.Generator().manual_seed(20261130)


def normal(*shape, grad=False):
    return torch.randn(*shape, generator=gen, dtype=torch.float32).requires_grad_(grad)


def uniform(bound, *shape):
    return ((torch.rand(*shape, generator=gen, dtype=torch.float32) * 2 - 1) * bound).requires_grad_(True)


def sum_grad(f, *inputs):
    """The call of W1-W5, W7: f(inputs).sum() and its gradient with respect to every input."""
    def call():
        loss = f(*inputs).sum()
        return loss, torch.autograd.grad(loss, inputs)
    return call


def mlp(batch, sizes):
    """The call of W6/W8: an MLP with ReLU between layers, mean cross-entropy, gradients of every parameter."""
    params = []
    for fan_in, fan_out in zip(sizes[:-1], sizes[1:]):
        bound = fan_in ** -0.5
        params += [uniform(bound, fan_out, fan_in), uniform(bound, fan_out)]
    x = normal(batch, sizes[0])
    labels = torch.randint(0, sizes[-1], (batch,), generator=gen)
    layers = len(sizes) - 1

    def call():
        h = x
        for i in range(layers):
            h = F.linear(h, params[2 * i], params[2 * i + 1])
            if i < layers - 1:
                h = torch.relu(h)
        loss = F.cross_entropy(h, labels)
        return loss, torch.autograd.grad(loss, params)
    return call


def conv2d():
    """The call of W9: conv2d with bias, summed; gradients of the input, the weight and the bias."""
    x = normal(8, 3, 32, 32, grad=True)
    bound = (3 * 3 * 3) ** -0.5
    w, b = uniform(bound, 16, 3, 3, 3), uniform(bound, 16)
    return sum_grad(lambda x_, w_, b_: F.conv2d(x_, w_, b_, stride=1, padding=1), x, w, b)


# (name in the output, the call, the shapes of the gradients it must return)
WORKLOADS = [
    ("W1 add 1000 fb", lambda: sum_grad(torch.add, normal(1000, grad=True), normal(1000, grad=True))),
    ("W2 mul 1000 fb", lambda: sum_grad(torch.mul, normal(1000, grad=True), normal(1000, grad=True))),
    ("W3 relu 10000 fb", lambda: sum_grad(torch.relu, normal(10000, grad=True))),
    ("W4 sigmoid 10000 fb", lambda: sum_grad(torch.sigmoid, normal(10000, grad=True))),
    ("W5 matmul 100 fb", lambda: sum_grad(torch.matmul, normal(100, 100, grad=True), normal(100, 100, grad=True))),
    ("W6 mlp b32 784-128-10 fb", lambda: mlp(32, [784, 128, 10])),
    ("W7 matmul 512 fb", lambda: sum_grad(torch.matmul, normal(512, 512, grad=True), normal(512, 512, grad=True))),
    ("W8 mlp b256 784-512-512-10 fb", lambda: mlp(256, [784, 512, 512, 10])),
    ("W9 conv b8 3->16 32x32 fb", conv2d),
]
GRADIENTS = {"W1": 2, "W2": 2, "W3": 1, "W4": 1, "W5": 2, "W6": 4, "W7": 2, "W8": 6, "W9": 3}


def time_it(call, repeats, seconds):
    t0, warm = time.perf_counter(), 0
    while warm < 3 or time.perf_counter() - t0 < 0.2:
        call()
        warm += 1
    n = 1
    while True:  # calibrate: grow n until one loop takes >= 50 ms, then scale to `seconds`
        t = time.perf_counter()
        for _ in range(n):
            call()
        t = time.perf_counter() - t
        if t >= 0.05:
            break
        n *= 4
    n = max(1, round(n * seconds / t))
    rates = []
    for _ in range(repeats):
        t = time.perf_counter()
        for _ in range(n):
            call()
        rates.append(n / (time.perf_counter() - t))
    return dict(median=statistics.median(rates), min=min(rates), max=max(rates), inner=n)


def main():
    wanted = {w.strip().upper() for w in args.workloads.split(",") if w.strip()}
    blas = openblas_core.describe_this_process()
    cap = next((l.split(":", 1)[1].strip() for l in torch.__config__.show().splitlines()
                if "CPU capability usage" in l), "?")
    print(f"torch {torch.__version__} (ATen CPU capability {cap}), threads {args.threads}, "
          f"OpenBLAS core {','.join(blas['cores']) or 'none'} ({blas['verdict']} on this {blas['cpu_level']} CPU, "
          f"{blas['cpu']}), {args.repeats} repeats of ~{args.seconds} s", flush=True)
    results = {}
    for name, make in WORKLOADS:
        key = name.split()[0]
        if wanted and key not in wanted:
            continue
        call = make()
        loss, grads = call()
        if len(grads) != GRADIENTS[key] or not torch.isfinite(loss):
            raise SystemExit(f"{name}: {len(grads)} gradients, loss {loss}: not the workload")
        r = time_it(call, args.repeats, args.seconds)
        results[name] = r
        print(f"{name:30s} median {r['median']:12.1f} ops/s  [min {r['min']:12.1f}  max {r['max']:12.1f}]"
              f"  inner={r['inner']}", flush=True)
    print("JSON " + json.dumps(dict(threads=args.threads, repeats=args.repeats, seconds=args.seconds,
                                    torch=torch.__version__, aten_cpu_capability=cap, openblas=blas,
                                    results=results)))


main()
