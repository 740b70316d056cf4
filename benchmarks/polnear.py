"""Score claimcheck's quotes on PolNeAR with the shared evaluator; prints the evaluator's figures.

Run from the repository root (the shared data and tools sit beside it, in ../shared)::

    .venv/bin/python benchmarks/polnear.py                  # dev split, the whole quotes stage
    .venv/bin/python benchmarks/polnear.py --split train --errors 5
    .venv/bin/python benchmarks/polnear.py --scanner        # the quote-mark scanner alone

The whole-stage run pipes ``claimcheck quotes --jsonl`` through ../shared/tools/quotes_to_polnear.py
into ../shared/tools/polnear_eval.py. ``--scanner`` predicts every top-level double-quoted span
of :func:`claimcheck.quotes.scan` with no speaker: the evaluator's quote recall is then the
scanner's recall (its precision is low by design: scare quotes and titles are kept, and
attribution drops them later).
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DATA = SHARED / "data" / "polnear"
EVALUATOR = SHARED / "tools" / "polnear_eval.py"
ADAPTER = SHARED / "tools" / "quotes_to_polnear.py"


def predict_with_scanner() -> None:
    """Evaluator predictor protocol on stdin/stdout, using the scanner alone."""
    sys.path.insert(0, str(ROOT))
    from claimcheck.quotes import scan

    for line in sys.stdin:
        if not line.strip():
            continue
        record = json.loads(line)
        quotes = [
            {"start": s.start, "end": s.end, "speaker": None}
            for s in scan(record["text"])
            if s.marks == "double" and not s.nested
        ]
        print(json.dumps({"id": record["id"], "quotes": quotes}))


def claimcheck_command(jobs: int | None) -> str:
    """The shell command that runs `claimcheck quotes --jsonl` under this interpreter."""
    python = shlex.quote(sys.executable)
    jobs_option = f" --jobs {jobs}" if jobs else ""
    return f"{python} -m claimcheck quotes --jsonl{jobs_option}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["train", "dev"])
    parser.add_argument(
        "--errors", type=int, default=0, metavar="K", help="show K examples of each error type"
    )
    parser.add_argument("--limit", type=int, help="only N articles, taken in turn by publisher")
    parser.add_argument("--by-publisher", action="store_true", help="also score each publisher")
    parser.add_argument(
        "--scanner",
        action="store_true",
        help="score the quote-mark scanner alone (recall and boundaries)",
    )
    parser.add_argument("--jobs", type=int, help="passed to claimcheck quotes --jsonl")
    parser.add_argument("--json", action="store_true", help="metrics as one JSON object")
    parser.add_argument("--scan-predictor", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.scan_predictor:
        predict_with_scanner()
        return 0
    missing = [p for p in (DATA / args.split, EVALUATOR, ADAPTER) if not p.exists()]
    if missing:
        print(
            f"Error: PolNeAR data or tools not found: {', '.join(map(str, missing))}. "
            f"This benchmark expects the shared folder beside the repository ({SHARED}); "
            "run it from a checkout that has ../shared/data/polnear and ../shared/tools.",
            file=sys.stderr,
        )
        return 1
    python = shlex.quote(sys.executable)
    if args.scanner:
        predict = f"{python} {shlex.quote(str(Path(__file__).resolve()))} --scan-predictor"
    else:
        predict = f"{claimcheck_command(args.jobs)} | {python} {shlex.quote(str(ADAPTER))}"
    command = [
        sys.executable,
        str(EVALUATOR),
        "--data",
        str(DATA),
        "--split",
        args.split,
        "--predict",
        predict,
    ]
    if args.errors:
        command += ["--errors", str(args.errors)]
    if args.limit:
        command += ["--limit", str(args.limit)]
    if args.by_publisher:
        command.append("--by-publisher")
    if args.json:
        command.append("--json")
    print("$ " + shlex.join(command), file=sys.stderr)
    return subprocess.run(command, cwd=ROOT, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
