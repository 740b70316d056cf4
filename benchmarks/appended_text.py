"""Law check on real articles: text appended after an article leaves the article's quotes unchanged.

Each record's article is run alone and again with the NEXT record's article appended after a
paragraph break (the last record takes the first). Appending never moves the first article's
offsets, so every quote that starts inside the first article must come out identical in both
runs, every field except the ``id`` (which numbers quotes across the whole text). The script
prints how many quotes changed their speaker, their span (a quote found in one run only) or only
their confidence, then every change, for reading against the text.

    .venv/bin/python benchmarks/appended_text.py --jobs 2      # every 3rd PolNeAR train article
    .venv/bin/python benchmarks/appended_text.py IN.jsonl --alone A.jsonl --appended B.jsonl

With no input file the records are every ``--step``-th article (default 3, 280 articles) of
../shared/data/polnear/train in name order, dated by the date in the name.

With ``--alone``/``--appended`` naming files that already exist, the runs are read back rather
than repeated (handy when only the comparison changed); otherwise both runs are made with the
``claimcheck`` next to this Python and written there (or to a temporary directory).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

SEPARATOR = "\n\n"
TRAIN = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "polnear" / "train"


def polnear_records(step: int) -> list[dict]:
    """Every ``step``-th PolNeAR train article in name order, as {id, text, date}."""
    paths = sorted((TRAIN / "text").glob("*.txt"))[::step]
    if not paths:
        raise SystemExit(f"no PolNeAR train texts under {TRAIN}/text: give an input file")
    return [
        {"id": p.stem, "text": p.read_text(encoding="utf-8"), "date": p.stem.split("_")[1]}
        for p in paths
    ]


def appended_pairs(records: list[dict]) -> list[dict]:
    """Return one record per input record whose text is followed by the next record's text.

    The first record's ``id`` and ``date`` are kept: the appended text is foreign matter, and
    the law says it must not change anything the first article's quotes depend on.
    """
    pairs = []
    for k, record in enumerate(records):
        follower = records[(k + 1) % len(records)]
        pairs.append({**record, "text": record["text"] + SEPARATOR + follower["text"]})
    return pairs


def _run(records: list[dict], out: Path, *, jobs: int) -> None:
    if out.exists():
        return
    claimcheck = Path(sys.executable).with_name("claimcheck")
    payload = "".join(json.dumps(r) + "\n" for r in records)
    with out.open("w", encoding="utf-8") as sink:
        subprocess.run([str(claimcheck), "quotes", "--jsonl", "--jobs", str(jobs)],
                       input=payload, text=True, stdout=sink, check=True)


def _quotes(path: Path) -> dict[str, list[dict]]:
    with path.open(encoding="utf-8") as lines:
        return {r["id"]: r["quotes"] for r in map(json.loads, lines)}


def _without_id(quote: dict) -> dict:
    return {k: v for k, v in quote.items() if k != "id"}


def _speaker(quote: dict) -> str:
    s = quote["speaker"]
    if s is None:
        return "-"
    return f'{s["name"]} [{s["kind"]}, {s["role"]}, {s["organization"]}] @{s["mention"]["start"]}'


def compare(records: list[dict], alone: dict[str, list[dict]],
            appended: dict[str, list[dict]]) -> tuple[Counter[str], list[str]]:
    """Return counts of changed quotes by kind of change, and one line per change."""
    counts: Counter[str] = Counter()
    lines = []
    for record in records:
        doc_id, end = record["id"], len(record["text"])
        old = {(q["start"], q["end"]): q for q in alone.get(doc_id, [])}
        new = {(q["start"], q["end"]): q for q in appended.get(doc_id, []) if q["start"] < end}
        counts["quotes"] += len(old)
        for key in sorted(old.keys() ^ new.keys()):
            counts["span"] += 1
            side = "alone only" if key in old else "appended only"
            q = old.get(key) or new[key]
            lines.append(f"span {doc_id[:45]} {side} {q['text'][:70]!r} {_speaker(q)}")
        for key in sorted(old.keys() & new.keys()):
            a, b = _without_id(old[key]), _without_id(new[key])
            if a == b:
                continue
            kind = ("speaker" if a["speaker"] != b["speaker"]
                    else "confidence" if {**a, "confidence": 0} == {**b, "confidence": 0}
                    else "other")
            counts[kind] += 1
            lines.append(f"{kind} {doc_id[:45]} {a['text'][:50]!r} {_speaker(a)} -> "
                         f"{_speaker(b)} conf {a['confidence']} -> {b['confidence']}")
    return counts, lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", type=Path, nargs="?",
                        help="JSON lines {id, text, date?} (default: PolNeAR train, see --step)")
    parser.add_argument("--step", type=int, default=3,
                        help="without an input file, every STEP-th PolNeAR train article")
    parser.add_argument("--alone", type=Path, help="output of the articles alone (made if absent)")
    parser.add_argument("--appended", type=Path,
                        help="output of the appended pairs (made if absent)")
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args(argv)
    if args.inputs is None:
        records = polnear_records(args.step)
    else:
        with args.inputs.open(encoding="utf-8") as lines:
            records = [json.loads(line) for line in lines if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        alone_path = args.alone or Path(tmp, "alone.jsonl")
        appended_path = args.appended or Path(tmp, "appended.jsonl")
        _run(records, alone_path, jobs=args.jobs)
        _run(appended_pairs(records), appended_path, jobs=args.jobs)
        counts, changes = compare(records, _quotes(alone_path), _quotes(appended_path))
    print(f"{len(records)} articles, {counts['quotes']} quotes alone; changed: "
          f"speaker {counts['speaker']}, span {counts['span']}, "
          f"other fields {counts['other']}, confidence only {counts['confidence']}")
    for line in changes:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
