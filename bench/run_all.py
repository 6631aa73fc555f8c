"""Every benchmark, one after another: `make bench` (or `.venv/bin/python bench/run_all.py`).

Each benchmark is its own script that prints its figure and its ratio to a baseline measured
in the same run; this runner only starts them in turn, each in a fresh process (so one's
imports and caches do not speed up the next), and says which it could not run. It starts with
the machine the figures come from, since docs/performance.md keeps them together.

    .venv/bin/python bench/run_all.py [startup documents import ...]
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
# In the order a newcomer meets them: the window, the printouts, the receiving committee.
BENCHMARKS = ["startup", "documents", "import"]
TIMEOUT_SECONDS = 600


def machine() -> list[str]:
    cpu = platform.processor() or platform.machine()
    memory = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB RAM"
                break
    except OSError:
        pass
    system = platform.platform()
    try:
        fields = dict(line.split("=", 1) for line in Path("/etc/os-release").read_text().splitlines() if "=" in line)
        system = f"{fields.get('PRETTY_NAME', '').strip(chr(34))} ({platform.system()} {platform.release()})"
    except OSError:
        pass
    return [
        f"machine: {os.cpu_count()} CPUs ({cpu}), {memory or 'RAM unknown'}",
        f"system:  {system}",
        f"python:  {platform.python_version()} ({sys.executable})",
    ]


def run_one(name: str) -> str:
    script = BENCH_DIR / f"{name}.py"
    if not script.is_file():
        print(f"== {name}: SKIPPED, bench/{name}.py does not exist yet", flush=True)
        return "skipped"
    print(f"== {name}: bench/{name}.py", flush=True)
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    try:
        result = subprocess.run([sys.executable, str(script)], cwd=ROOT, env=env, timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        print(f"== {name}: FAILED, still running after {TIMEOUT_SECONDS} s", flush=True)
        return "failed"
    took = time.perf_counter() - started
    if result.returncode != 0:
        # A benchmark may exit non-zero for a missed target as well as for an error: its own
        # lines above say which; this runner only passes the status on.
        print(f"== {name}: exit status {result.returncode} after {took:.1f} s (missed target or error, see above)",
              flush=True)
        return f"exit {result.returncode}"
    print(f"== {name}: done in {took:.1f} s", flush=True)
    return "ok"


def main(argv: list[str] | None = None) -> int:
    names = (argv if argv is not None else sys.argv[1:]) or BENCHMARKS
    unknown = [name for name in names if name not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(BENCHMARKS)}", file=sys.stderr)
        return 2
    for line in machine():
        print(line)
    outcomes = {name: run_one(name) for name in names}
    print("summary: " + ", ".join(f"{name} {outcome}" for name, outcome in outcomes.items()))
    return 0 if all(outcome in ("ok", "skipped") for outcome in outcomes.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
