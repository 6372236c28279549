#!/usr/bin/python3
"""Which OpenBLAS kernel ("core") runs, and whether it is the best one this CPU can run.

OpenBLAS built with DYNAMIC_ARCH (Debian's) picks a kernel when it loads. Debian 12's 0.3.21 does
not know newer CPUs and then falls back: to its SSE3 "Prescott" kernel (seen on an Intel Xeon of
family 6 model 207) or to "Haswell" (AVX2, seen on an AMD EPYC of family 26 with AVX-512). A
comparison against a fallback kernel flatters the other side on every matrix product.

The rule: the CPU's vector level comes from the flags in /proc/cpuinfo, and OpenBLAS's kernel must
be of that level:

    AVX-512 (avx512f, avx512bw, avx512dq, avx512vl)  SkylakeX, Cooperlake, SapphireRapids  force SkylakeX
    AVX2 + FMA                                       Haswell, Zen                           force Haswell
    AVX                                              Sandybridge, Bulldozer .. Excavator    force Sandybridge
    older                                            anything                               -

A kernel of a lower level is a fallback ("verdict=fallback"); the core to force with
OPENBLAS_CORETYPE is the last column (SkylakeX rather than Cooperlake: 0.3.21 does not accept the
name "Cooperlake" in OPENBLAS_CORETYPE, and their SGEMM kernels are the same). A name this table
does not know gives "verdict=unknown".

Usage (Debian's python, numpy and torch installed):
    openblas_core.py            loads numpy and torch in a child process with OPENBLAS_VERBOSE=2
                                (OPENBLAS_CORETYPE as in the environment), reads its "Core: ..."
                                line and prints key=value lines: cpu, cpu_level, best, core,
                                coretype_env, verdict. Exit 0: ok or unknown; 3: fallback;
                                4: no OpenBLAS loaded (a reference BLAS is no fair peer).
As a module: cores_in_this_process() names the kernel(s) of the OpenBLAS this process has loaded
(openblas_get_corename through ctypes), which the benchmark scripts record in their output.
"""
import ctypes
import os
import re
import subprocess
import sys

LEVELS = ["SSE", "AVX", "AVX2", "AVX-512"]
_CORE_LEVEL = {
    "skylakex": 3, "cooperlake": 3, "sapphirerapids": 3,
    "haswell": 2, "zen": 2,
    "sandybridge": 1, "bulldozer": 1, "piledriver": 1, "steamroller": 1, "excavator": 1,
    "prescott": 0, "core2": 0, "penryn": 0, "dunnington": 0, "nehalem": 0, "atom": 0,
    "opteron": 0, "opteron(sse3)": 0, "barcelona": 0, "bobcat": 0, "nano": 0, "katmai": 0,
    "coppermine": 0, "northwood": 0, "banias": 0, "athlon": 0,
}
FORCE = {3: "SkylakeX", 2: "Haswell", 1: "Sandybridge"}


def cpu_info(path="/proc/cpuinfo"):
    """(model name, set of flags) of the first processor listed."""
    model, flags = "unknown", set()
    try:
        with open(path) as f:
            for line in f:
                key, _, value = line.partition(":")
                key = key.strip()
                if key == "model name" and model == "unknown":
                    model = value.strip()
                elif key == "flags" and not flags:
                    flags = set(value.split())
    except OSError:
        pass
    return model, flags


def cpu_level(flags):
    if {"avx512f", "avx512bw", "avx512dq", "avx512vl"} <= flags:
        return 3
    if {"avx2", "fma"} <= flags:
        return 2
    if "avx" in flags:
        return 1
    return 0


def core_level(core):
    return _CORE_LEVEL.get(core.strip().lower())


def verdict(core, level):
    """'ok', 'fallback' or 'unknown' for kernel `core` on a CPU of vector level `level`."""
    k = core_level(core)
    if k is None:
        return "unknown"
    return "fallback" if k < level else "ok"


def cores_in_this_process():
    """The kernel name of every OpenBLAS library mapped into this process (usually one)."""
    paths = []
    try:
        with open("/proc/self/maps") as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 6 and re.search(r"blas|lapack", parts[-1]) and parts[-1] not in paths:
                    paths.append(parts[-1])
    except OSError:
        return []
    cores = []
    for p in paths:
        try:
            fn = ctypes.CDLL(p).openblas_get_corename
        except (OSError, AttributeError):
            continue
        fn.restype = ctypes.c_char_p
        name = fn().decode()
        if name not in cores:
            cores.append(name)
    return cores


def describe_this_process():
    """One line for a benchmark's log: the kernel(s) loaded here and the verdict on this CPU."""
    model, flags = cpu_info()
    level = cpu_level(flags)
    cores = cores_in_this_process()
    if not cores:
        return dict(cores=[], verdict="no-openblas", cpu=model, cpu_level=LEVELS[level])
    worst = "ok"
    for c in cores:
        v = verdict(c, level)
        if v == "fallback" or (v == "unknown" and worst == "ok"):
            worst = v
    return dict(cores=cores, verdict=worst, cpu=model, cpu_level=LEVELS[level],
                coretype_env=os.environ.get("OPENBLAS_CORETYPE", ""))


def probe(python=sys.executable):
    """Loads numpy and torch in a child with OPENBLAS_VERBOSE=2; returns the 'Core:' names it printed
    and its other OpenBLAS messages (e.g. 'Core not found: X' for a name OPENBLAS_CORETYPE gave)."""
    env = dict(os.environ, OPENBLAS_VERBOSE="2")
    r = subprocess.run([python, "-c", "import numpy, torch"], env=env, capture_output=True, text=True)
    text = r.stdout + r.stderr
    cores = re.findall(r"^Core: (\S+)", text, re.M)
    notes = [l for l in text.splitlines() if "core" in l.lower() and not l.startswith("Core: ")]
    if r.returncode != 0:
        notes.append(f"python exited with {r.returncode}: {text.strip().splitlines()[-1] if text.strip() else ''}")
    return cores, notes


def main():
    model, flags = cpu_info()
    level = cpu_level(flags)
    cores, notes = probe()
    core = cores[0] if cores else "none"
    v = "no-openblas" if not cores else verdict(core, level)
    for c in cores[1:]:  # two different OpenBLAS builds loaded: judge the worse
        if verdict(c, level) == "fallback":
            v, core = "fallback", c
    print(f"cpu={model}")
    print(f"cpu_level={LEVELS[level]}")
    print(f"best={FORCE.get(level, '-')}")
    print(f"core={core}")
    print(f"cores_loaded={','.join(cores) if cores else 'none'}")
    print(f"coretype_env={os.environ.get('OPENBLAS_CORETYPE', '')}")
    print(f"verdict={v}")
    for n in notes:
        print(f"note={n}")
    return {"ok": 0, "unknown": 0, "fallback": 3, "no-openblas": 4}[v]


if __name__ == "__main__":
    sys.exit(main())
