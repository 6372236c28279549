#!/usr/bin/python3
"""Builds the side-by-side table from compare_with_pytorch.sh's outputs (DIR THREADS).

Ours: the median of every measured iteration of both JMH runs (before and after PyTorch).
PyTorch: the median of torch_workloads.py's repeats. Ratio = ours / PyTorch (above 1: we are faster).
The OpenBLAS kernel PyTorch and numpy ran (openblas.txt from compare_with_pytorch.sh's check, and
what torch_workloads.py and blas_peak.py recorded in their processes) is printed above the table
and in its header; a fallback kernel is flagged there.
"""
import json, re, statistics, sys, os

out, threads = sys.argv[1], sys.argv[2]
WORKLOADS = [  # (our benchmark, torch_bench name, FLOP per op or None)
    ("w1_add_1000", "W1 add 1000 fb", None),
    ("w2_mul_1000", "W2 mul 1000 fb", None),
    ("w3_relu_10000", "W3 relu 10000 fb", None),
    ("w4_sigmoid_10000", "W4 sigmoid 10000 fb", None),
    ("w5_matmul_100", "W5 matmul 100 fb", 3 * 2 * 100 ** 3),
    ("w6_mlp_b32", "W6 mlp b32 784-128-10 fb", 2 * 32 * (784 * 128 + 128 * 10) * 2 + 2 * 32 * 128 * 10),
    ("w7_matmul_512", "W7 matmul 512 fb", 3 * 2 * 512 ** 3),
    ("w8_mlp_b256", "W8 mlp b256 784-512-512-10 fb",
     2 * 256 * (784 * 512 + 512 * 512 + 512 * 10) * 2 + 2 * 256 * (512 * 512 + 512 * 10)),
    ("w9_conv2d_b8", "W9 conv b8 3->16 32x32 fb", 3 * 2 * 8 * 16 * 27 * 1024),
]

def ours():
    samples, alloc = {}, {}
    for run in (1, 2):
        path = os.path.join(out, f"ours-{run}.json")
        if not os.path.exists(path):
            continue
        for r in json.load(open(path)):
            name = r["benchmark"].rsplit(".", 1)[1]
            samples.setdefault(name, []).extend(x for fork in r["primaryMetric"]["rawData"] for x in fork)
            sec = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
            if sec:
                alloc.setdefault(name, []).append(sec["score"])
    return samples, alloc

def torch():
    for line in open(os.path.join(out, "torch.log")):
        if line.startswith("JSON "):
            return json.loads(line[5:])["results"]
    raise SystemExit("torch.log has no JSON line")

def kv(path):
    d = {}
    if os.path.exists(path):
        for line in open(path):
            k, _, v = line.rstrip("\n").partition("=")
            d.setdefault(k, v)
    return d

def json_line(name):
    path = os.path.join(out, name)
    if os.path.exists(path):
        for line in open(path):
            if line.startswith("JSON "):
                return json.loads(line[5:])
    return {}

def kernel():
    """(short name for the header, one sentence on the kernel) from the check and both Python logs."""
    check = kv(os.path.join(out, "openblas.txt"))
    seen = {}
    for log in ("torch.log", "peak.log"):
        blas = json_line(log).get("openblas")
        if blas:
            seen[log] = (",".join(blas["cores"]) or "none", blas["verdict"])
    cores = {c for c, _ in seen.values()}
    core = next(iter(cores)) if len(cores) == 1 else check.get("core", "unknown")
    verdict = next((v for _, v in seen.values()), check.get("verdict", "unknown"))
    text = f"OpenBLAS kernel: {core}"
    if check:
        text += f" ({verdict} on this {check.get('cpu_level', '?')} CPU, {check.get('cpu', '?')}; {check.get('selection', '')})"
    if len(cores) > 1:
        text += "; the processes disagree: " + ", ".join(f"{k} {c}" for k, (c, _) in seen.items())
    elif check and seen and core != check.get("core"):
        text += f"; the check before the run saw {check.get('core')}"
    if verdict == "fallback":
        core += ", FALLBACK"
        text += ". A FALLBACK KERNEL: PyTorch's matrix work ran below this machine's speed"
    return core, text

def openblas():
    text = open(os.path.join(out, "peak.log")).read()
    m = re.search(r"numpy sgemm 1024\s+best\s+([\d.]+) GFLOP/s\s+median\s+([\d.]+)", text)
    return float(m.group(2)) if m else None

def fma_peak(samples):
    """GFLOP/s of PeerComparison.machine.fma_peak (median op rate × FLOP per op), or None.
    FLOP per op = 2 × lanes × 12 chains × 4096 steps; lanes from the vector width JMH's run recorded
    (kernel.txt, KernelEnvironment's facts: 16 with AVX-512, 8 with AVX2)."""
    rate = samples.get("fma_peak")
    if not rate:
        return None
    lanes = int(kv(os.path.join(out, "kernel.txt")).get("engine.vector.float_lanes", "16"))
    return statistics.median(rate) * 2 * lanes * 12 * 4096 / 1e9

samples, alloc = ours()
peak = fma_peak(samples)
t = torch()
blas = openblas()
core, core_text = kernel()
print(core_text + ".\n")
facts = kv(os.path.join(out, "kernel.txt"))
if facts:
    print(f"Ours: CPU {facts.get('cpu.id', '?')} ({facts.get('engine.cpu.caches', '?')}); "
          f"{facts.get('engine.backend.description', '?')}; GEMM tile {facts.get('engine.gemm.tile', '?')}, "
          f"kc {facts.get('engine.gemm.kc', '?')}, mc {facts.get('engine.gemm.mc', '?')}, nc {facts.get('engine.gemm.nc', '?')}.\n")
print(f"Threads: {threads}. Ours = median of all measured iterations of two JMH runs (before and after PyTorch); "
      f"PyTorch = median of torch_workloads.py repeats; ratio = ours / PyTorch.\n")
if peak:
    print(f"FMA peak of this core (PeerComparison.machine.fma_peak, same JMH runs): {peak:.1f} GFLOP/s; "
          f"% of peak is ours GFLOP/s against it (the nominal ports × lanes × 2 × clock needs the clock, "
          f"which a VM does not show: see the Performance page).\n")
print(f"| workload | ours ops/s | PyTorch ops/s (OpenBLAS {core}) | ratio | ours GFLOP/s | % of OpenBLAS SGEMM | % of FMA peak | ours bytes/op |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for ours_name, torch_name, flop in WORKLOADS:
    s = samples.get(ours_name)
    if not s:
        continue
    med = statistics.median(s)
    tm = t[torch_name]["median"]
    gflops = f"{med * flop / 1e9:.1f}" if flop else "–"
    pct = f"{100 * med * flop / 1e9 / blas:.0f} %" if flop and blas else "–"
    of_peak = f"{100 * med * flop / 1e9 / peak:.0f} %" if flop and peak else "–"
    b = f"{statistics.median(alloc[ours_name]):,.0f}" if ours_name in alloc else "–"
    print(f"| {ours_name} | {med:,.1f} | {tm:,.1f} | {med / tm:.2f}× | {gflops} | {pct} | {of_peak} | {b} |")
if "sgemm_1024" in samples:
    g = statistics.median(samples["sgemm_1024"]) * 2 * 1024 ** 3 / 1e9
    print(f"\nSGEMM 1024³ forward: ours {g:.1f} GFLOP/s; OpenBLAS (numpy, {core} kernel, same sitting) {blas} GFLOP/s"
          + (f"; ratio {g / blas:.2f}" if blas else "")
          + (f"; ours {100 * g / peak:.0f} % and OpenBLAS {100 * blas / peak:.0f} % of the FMA peak {peak:.1f}" if peak and blas else ""))
