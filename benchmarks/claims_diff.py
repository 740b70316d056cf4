"""Compare two `claimcheck claims --jsonl` outputs of the same input, claim by claim.

Claims are matched by their value's offsets; the script prints how many differ in each field
(subject, predicate, time, attribution, kind, value), how many exist in one output only, and
then every changed subject with its sentence, for reading against the text. With
``--same-attribution`` only subject changes whose attribution is unchanged are listed (changes
of the speaker side move subjects too: a claim's speaker is never its subject).

    .venv/bin/claimcheck claims --jsonl --jobs 2 < IN.jsonl > before.jsonl
    ... change the code ...
    .venv/bin/claimcheck claims --jsonl --jobs 2 < IN.jsonl > after.jsonl
    .venv/bin/python benchmarks/claims_diff.py IN.jsonl before.jsonl after.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

FIELDS = ("subject", "predicate", "time", "attribution", "kind", "value")


def _records(path: Path) -> dict[str, list[dict]]:
    with path.open(encoding="utf-8") as lines:
        return {r["id"]: r["claims"] for r in map(json.loads, lines)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", type=Path, help="the {id, text} JSON lines both ran on")
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--same-attribution", action="store_true",
                        help="list only subject changes whose attribution is unchanged")
    args = parser.parse_args(argv)
    with args.inputs.open(encoding="utf-8") as lines:
        texts = {r["id"]: r["text"] for r in map(json.loads, lines)}
    before, after = _records(args.before), _records(args.after)
    counts: Counter[str] = Counter()
    changed = []
    # every document either run gave claims for: one only the second run covers counts too
    for doc_id in sorted(before.keys() | after.keys()):
        new = {(c["start"], c["end"]): c for c in after.get(doc_id, [])}
        old = {(c["start"], c["end"]): c for c in before.get(doc_id, [])}
        counts["only before"] += len(old.keys() - new.keys())
        counts["only after"] += len(new.keys() - old.keys())
        for key in sorted(old.keys() & new.keys()):
            a, b = old[key], new[key]
            for field in FIELDS:
                counts[field] += a[field] != b[field]
            if a["subject"] != b["subject"] and (
                    not args.same_attribution or a["attribution"] == b["attribution"]):
                s = a["sentence"]
                sentence = " ".join(texts[doc_id][s["start"]:s["end"]].split())
                changed.append(f'{a["kind"]} {a["text"]!r} {a["subject"]} -> {b["subject"]} | '
                               f"{sentence[:200]}")
    print(", ".join(f"{name}: {n}" for name, n in counts.items()))
    print(f"subject changes listed: {len(changed)}")
    for k, line in enumerate(changed):
        print(k, line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
