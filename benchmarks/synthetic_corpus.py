"""Write a synthetic reference corpus of N facts with structured values (no NLP at build time).

Usage: python benchmarks/synthetic_corpus.py N OUT.jsonl [--seed S]

Facts look like news reference data: a measure (money, quantity, percent, count) of one or two
entities for one year, with a statement, a source and a publication date. The generator is
deterministic for a seed, so runs are comparable. :func:`fact` also serves the benchmark, which
turns facts back into article sentences to look up.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Any

ENTITIES = 3000
# (predicate, kind, unit, typical magnitude)
MEASURES = [
    ("bilateral trade", "money", "USD", 1e9), ("exports", "money", "USD", 1e9),
    ("imports", "money", "USD", 1e9), ("foreign direct investment", "money", "USD", 1e8),
    ("defence spending", "money", "USD", 1e9), ("oil output", "quantity", "barrel per day", 1e6),
    ("steel production", "quantity", "tonne", 1e7), ("rail network", "quantity", "kilometre", 1e4),
    ("inflation", "percent", "%", 5.0), ("unemployment", "percent", "%", 8.0),
    ("growth", "percent", "%", 3.0), ("population", "count", None, 1e7),
    ("tourist arrivals", "count", None, 1e6), ("refugees", "count", None, 1e5),
    ("wheat harvest", "quantity", "tonne", 1e6), ("gas exports", "quantity", "tonne", 1e6),
    ("public debt", "money", "USD", 1e10), ("remittances", "money", "USD", 1e8),
    ("military personnel", "count", None, 1e5), ("vaccinations", "count", None, 1e6),
]  # fmt: skip
YEARS = range(1990, 2025)
_SYLLABLE_TEXT = "ka ro mi sa tu ne vo li pa de zo ri ma lo be nu ta si go fe"
SYLLABLES = _SYLLABLE_TEXT.split()


def entity_name(i: int) -> str:
    """A pronounceable, unique entity name for index ``i`` ("Karomi", "Sadetu", ...)."""
    parts = []
    n = i + 400  # at least three syllables
    while n:
        n, r = divmod(n, len(SYLLABLES))
        parts.append(SYLLABLES[r])
    return "".join(parts).capitalize() + "ia"


def fact(i: int, rng: random.Random) -> dict[str, Any]:
    """The ``i``-th synthetic fact record (a JSON-ready dict)."""
    predicate, kind, unit, scale = MEASURES[rng.randrange(len(MEASURES))]
    a = entity_name(rng.randrange(ENTITIES))
    subject = [a]
    if predicate == "bilateral trade":
        b = entity_name(rng.randrange(ENTITIES))
        subject = [a, b] if b != a else [a]
    year = YEARS[rng.randrange(len(YEARS))]
    value = round(scale * rng.uniform(0.5, 50), 2 if kind == "percent" else -3)
    if kind == "percent":
        value = round(rng.uniform(0.1, scale * 4), 1)
    who = " and ".join(subject)
    shown = f"{value:,.0f}" if kind != "percent" else f"{value}%"
    statement = f"{who} {predicate} was {shown} {unit or ''} in {year}.".replace("  ", " ")
    return {
        "type": "fact",
        "id": f"syn-{i}",
        "statement": statement,
        "subject": subject,
        "predicate": predicate,
        "kind": kind,
        "value": {"value": value, "unit": unit},
        "time": {"start": f"{year}-01-01", "end": f"{year}-12-31"},
        "source": {
            "name": f"Statistics Office of {a}",
            "url": None,
            "published": f"{min(year + 1, 2025)}-03-01",
        },
    }


def write(n: int, out: Path, *, seed: int = 0) -> Path:
    """Write ``n`` facts to ``out`` as JSON Lines; returns ``out``."""
    rng = random.Random(seed)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps(fact(i, rng)) + "\n")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    write(args.n, args.out, seed=args.seed)
    print(f"wrote {args.n} facts to {args.out}")


if __name__ == "__main__":
    main()
