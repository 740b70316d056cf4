"""``claimcheck corpus validate|build|info``: check, index and describe reference corpora.

Exit status: 0 fine, 1 malformed or unreadable (every problem printed as
``file:line: field: what is wrong``, then a summary line).
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from .errors import CorpusError

EXIT_OK, EXIT_BAD = 0, 1


def _counts(counts: dict[str, int]) -> str:
    parts = [f"{counts[k]} {k}" for k in ("fact", "event", "person", "document") if counts.get(k)]
    return ", ".join(parts) or "no records"


def _problems(problems: list[str], out: TextIO) -> None:
    for line in problems:
        print(line, file=out)
    print(
        f"{len(problems)} problem(s) found; fix them and run `claimcheck corpus validate` again",
        file=out,
    )


def run(args: argparse.Namespace) -> int:
    """Run one ``corpus`` action; returns the exit status."""
    from . import corpus

    action = args.corpus_command
    try:
        if action == "validate":
            problems, counts = corpus.validate(args.path)
            if problems:
                _problems(problems, sys.stdout)
                return EXIT_BAD
            print(f"ok: {args.path}: {_counts(counts)}")
            return EXIT_OK
        if action == "build":
            built = corpus.Corpus.build([args.path], output=args.output)
            index = built.indexes[0]
            size = index.path.stat().st_size
            counts = index.meta.get("counts", {})
            print(f"built {index.path} ({_counts(counts)}; {size / 1e6:.1f} MB)")
            return EXIT_OK
        loaded = corpus.Corpus.load([args.path])
        for index in loaded.indexes:
            info = index.describe()
            size = index.path.stat().st_size
            print(f"index: {index.path} ({size / 1e6:.1f} MB, hash {index.meta.get('hash')})")
            print(f"records: {_counts(index.meta.get('counts', {}))}")
            for kind, n in info["kinds"].items():
                print(f"  {kind}: {n}")
            print("sources:")
            for name, n in info["sources"].items():
                print(f"  {name}: {n}")
        return EXIT_OK
    except CorpusError as exc:
        if exc.problems:
            _problems(exc.problems, sys.stderr)
        else:
            print(f"Error: {exc}", file=sys.stderr)
        return EXIT_BAD
