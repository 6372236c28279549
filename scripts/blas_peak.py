#!/usr/bin/python3
"""The BLAS ceiling of the peer comparison: SGEMM 1024^3 forward (f32, C = A.B), through numpy
(OpenBLAS) and through torch.mm, the product the engine's JMH benchmark
PeerComparison.torch_workloads.sgemm_1024 times on our side.

A and B are uniform in [0, 1), C is preallocated (out=). Two warm-up calls, then REPEATS timed
calls; GFLOP/s counts 2 * 1024^3 per call. Prints the OpenBLAS kernel this process loaded
(scripts/openblas_core.py) and, per library, a line scripts/peer_table.py reads:

  threads=1 numpy sgemm 1024     best   215.3 GFLOP/s  median   212.0  worst   198.7

then 'JSON {...}' with the same figures.

Usage: /usr/bin/python3 blas_peak.py [-t THREADS] [-r REPEATS] [-q]   (-q: 5 repeats, a smoke test)
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
parser.add_argument("-r", "--repeats", type=int, default=15)
parser.add_argument("-q", "--quick", action="store_true")
parser.add_argument("positional", nargs="*", help=argparse.SUPPRESS)  # THREADS, the old form
args = parser.parse_args()
if args.positional:
    args.threads = int(args.positional[0])
if args.quick:
    args.repeats = 5
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(var, str(args.threads))

import numpy as np  # noqa: E402
import torch  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import openblas_core  # noqa: E402

torch.set_num_threads(args.threads)
N = 1024
FLOP = 2.0 * N ** 3


def gflops(fn):
    fn()
    fn()
    times = []
    for _ in range(args.repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return dict(best=FLOP / min(times) / 1e9, median=FLOP / statistics.median(times) / 1e9,
                worst=FLOP / max(times) / 1e9)


rng = np.random.default_rng(1024)
a = rng.random((N, N), dtype=np.float32)
b = rng.random((N, N), dtype=np.float32)
c = np.empty((N, N), dtype=np.float32)
ta, tb, tc = torch.from_numpy(a), torch.from_numpy(b), torch.empty(N, N)
blas = openblas_core.describe_this_process()
print(f"OpenBLAS core {','.join(blas['cores']) or 'none'} ({blas['verdict']} on this {blas['cpu_level']} CPU, "
      f"{blas['cpu']}); numpy {np.__version__}, torch {torch.__version__}; threads {args.threads}", flush=True)
results = {}
for name, fn in [("numpy sgemm 1024", lambda: np.matmul(a, b, out=c)),
                 ("torch mm 1024", lambda: torch.mm(ta, tb, out=tc))]:
    r = results[name] = gflops(fn)
    print(f"threads={args.threads} {name:18s} best {r['best']:7.1f} GFLOP/s  median {r['median']:7.1f}"
          f"  worst {r['worst']:7.1f}", flush=True)
print("JSON " + json.dumps(dict(threads=args.threads, repeats=args.repeats, openblas=blas, results=results)))
