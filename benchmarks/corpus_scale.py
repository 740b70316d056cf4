"""Corpus scale: build time, index size, claim lookup latency and verify memory by corpus size.

Usage: python benchmarks/corpus_scale.py [--sizes 10000 1000000] [--workdir DIR] [--lookups 500]

For each size it writes a synthetic corpus (benchmarks/synthetic_corpus.py; structured values,
so no NLP runs at build time), builds its index in a child process (wall time, peak memory),
times ``check_claims`` on claims rewritten from randomly chosen facts (p50/p95, and how many
came out supported), and measures the peak memory of a ``claimcheck verify`` process on the
seed article against that index. Targets (issue 4 §8): 1M facts build < 5 min, index < 2 GB,
lookup p95 < 20 ms growing < 2x from 10k to 1M, verify memory < 1 GB.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import synthetic_corpus  # noqa: E402

_BUILD = """
import resource, sys, time
from claimcheck.corpus import Corpus
t = time.perf_counter()
Corpus.build([sys.argv[1]], output=sys.argv[2])
r = resource.getrusage(resource.RUSAGE_SELF)
print(time.perf_counter() - t, r.ru_maxrss, r.ru_utime + r.ru_stime)
"""
_VERIFY = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def _claim_for(record: dict, n: int):  # type: ignore[no-untyped-def]
    """An article sentence restating ``record``'s value, and its Claim (the stage contract)."""
    from claimcheck.models import Claim, Measure, Span, TimeScope

    v = record["value"]["value"]
    unit = record["value"]["unit"]
    who = " and ".join(record["subject"])
    year = record["time"]["start"][:4]
    if record["kind"] == "percent":
        number = f"{v:.1f}%"
        low, high = v - 0.05, v + 0.05
    else:
        # Stated to three significant figures, as news rounds.
        digits = len(str(int(v))) - 3
        step = 10**digits
        shown = round(v / step) * step
        number = f"{shown:,.0f}" + (f" {unit}" if unit and unit != "USD" else "")
        if unit == "USD":
            number = "$" + number
        low, high = shown - step / 2, shown + step / 2
        v = shown
    text = f"Figures show {who}'s {record['predicate']} reached {number} in {year}."
    start = text.index(number)
    claim = Claim(
        id=f"c{n}", start=start, end=start + len(number), text=number, kind=record["kind"],
        value=Measure(value=v, low=low, high=high, unit=unit),
        sentence=Span(start=0, end=len(text)),
        subject=record["subject"], predicate=record["predicate"],
        time=TimeScope(start=f"{year}-01-01", end=f"{year}-12-31"),
    )  # fmt: skip
    return text, claim


def _sample(path: Path, k: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    chosen: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if len(chosen) < k:
                chosen.append(line)
            elif (j := rng.randrange(i + 1)) < k:
                chosen[j] = line
    return [json.loads(line) for line in chosen]


def run(size: int, workdir: Path, lookups: int) -> dict:
    source = workdir / f"synthetic-{size}.jsonl"
    index = workdir / f"synthetic-{size}.db"
    if not source.exists():
        t = time.perf_counter()
        synthetic_corpus.write(size, source)
        print(f"[{size}] generated in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    out = subprocess.run(
        [sys.executable, "-c", _BUILD, str(source), str(index)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    build_s, build_rss_kb, build_cpu_s = out.stdout.split()
    from claimcheck.corpus import Corpus
    from claimcheck.verdicts import check_claims

    corpus = Corpus.load([str(index)])
    times, cpu, supported = [], [], 0
    for n, record in enumerate(_sample(source, lookups, seed=size)):
        text, claim = _claim_for(record, n)
        t, c = time.perf_counter(), time.thread_time()
        (checked,) = check_claims([claim], corpus, quotes=[], text=text, date=None)
        times.append((time.perf_counter() - t) * 1000)
        cpu.append((time.thread_time() - c) * 1000)
        supported += checked.verdict == "supported"
    times.sort()
    cpu.sort()
    mem = subprocess.run(
        [sys.executable, "-c", _VERIFY, sys.executable, "-m", "claimcheck", "verify",
         str(ROOT / "seeds" / "000_150aab546d611975.txt"), "--date", "2024-05-14",
         "--corpus", str(index), "--format", "json"],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    return {
        "facts": size,
        "build_s": round(float(build_s), 1),
        # CPU seconds the build used: its cost without waiting for other processes.
        "build_cpu_s": round(float(build_cpu_s), 1),
        "build_peak_mb": round(int(build_rss_kb) / 1024),
        "index_mb": round(index.stat().st_size / 1e6, 1),
        "lookup_p50_ms": round(statistics.median(times), 2),
        "lookup_p95_ms": round(times[int(0.95 * (len(times) - 1))], 2),
        # CPU time of the looking-up thread: what the lookup costs, without the time the
        # scheduler gave other processes on a busy machine.
        "lookup_cpu_p95_ms": round(cpu[int(0.95 * (len(cpu) - 1))], 2),
        "supported": f"{supported}/{len(times)}",
        "verify_peak_mb": round(int(mem.stdout.split()[-1]) / 1024),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 1_000_000])
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/claimcheck-scale"))
    parser.add_argument("--lookups", type=int, default=500)
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    rows = []
    for size in args.sizes:
        row = run(size, args.workdir, args.lookups)
        rows.append(row)
        print(json.dumps(row), flush=True)
    if len(rows) >= 2:
        growth = rows[-1]["lookup_p95_ms"] / max(rows[0]["lookup_p95_ms"], 1e-9)
        print(json.dumps({"lookup_p95_growth": round(growth, 2)}))


if __name__ == "__main__":
    main()
