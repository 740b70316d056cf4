"""Score claimcheck's quotes and speakers on the news-formats set; prints figures per format.

Run from the repository root::

    .venv/bin/python benchmarks/formats.py               # per-format and overall figures
    .venv/bin/python benchmarks/formats.py --details     # also every gold quote and what we gave
    .venv/bin/python benchmarks/formats.py --data benchmarks/data/news_formats2.jsonl  # blind set 2

The set (benchmarks/data/news_formats.jsonl) holds made-up but realistic news excerpts in the
formats PolNeAR's train split barely has: Q&A interviews, full texts after a lead-in, bullet
highlights, reaction roundups, embedded tweets, transcripts with speaker labels, live blogs,
headline quotes, letters and reports, British single-quote style and more. Each gold quote
names its speaker (the name a reader would give) and the mention the attribution should point
at (for a follow-on quote, the nearest earlier mention of its speaker). The gold was written
before claimcheck was run on any of it. benchmarks/data/news_formats2.jsonl is a second set in
the same record format, also written blind, after the rules for the first set existed (its
findings are in news_formats2.md); pass it with ``--data``. news_formats3.jsonl (political news)
and news_formats4.jsonl (news and web typography) are a third and fourth blind set, each with
its .md of figures and errors.

A gold quote is *found* when a predicted quote of any kind overlaps it; the speaker is *right*
when the predicted name equals the gold name or contains its last word (case-insensitive, so
"Trump" and "Donald J. Trump" both match "Donald Trump"); the *mention* is right when the
predicted mention overlaps the gold mention's occurrence nearest the quote (outside quotes).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data" / "news_formats.jsonl"


@dataclass
class Tally:
    """Counts for one format (or all of them)."""

    gold: int = 0
    found: int = 0
    speaker: int = 0
    mention: int = 0
    null: int = 0
    extra: int = 0
    docs: set[str] = field(default_factory=set)

    def add(self, other: Tally) -> None:
        """Add ``other``'s counts into this one."""
        self.gold += other.gold
        self.found += other.found
        self.speaker += other.speaker
        self.mention += other.mention
        self.null += other.null
        self.extra += other.extra
        self.docs |= other.docs


def _words(name: str) -> list[str]:
    return re.findall(r"[\w@'-]+", name.lower().replace("’", "'"))


_ARTICLES = frozenset({"the", "a", "an"})


def name_matches(predicted: str | None, gold: str, *, strict: bool = False) -> bool:
    """Whether ``predicted`` names the gold speaker: equal, or holding its last word; with
    ``strict``, holding every word of it but an article (so "Robert Alston" is not "Mary
    Alston")."""
    if not predicted:
        return False
    got, want = _words(predicted), _words(gold)
    if strict:
        wanted = set(want) - _ARTICLES  # "the letter" is named "letter"
        return bool(wanted) and wanted <= set(got)
    return got == want or (bool(want) and want[-1] in got)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _gold_mention(text: str, mention: str, quote: tuple[int, int], quoted: list[tuple[int, int]]):
    # The occurrence nearest the quote that is not itself inside quoted words: "he" occurs in
    # many quotes, and a name inside a quote is not the attribution.
    pattern = re.compile(r"(?<!\w)" + re.escape(mention) + r"(?!\w)")
    best = None
    for m in pattern.finditer(text):
        span = (m.start(), m.end())
        if any(_overlaps(span, q) for q in quoted):
            continue
        distance = quote[0] - span[1] if span[1] <= quote[0] else span[0] - quote[1]
        if best is None or distance < best[0]:
            best = (distance, span)
    return best[1] if best else None


def score(
    records: list[dict], predictions: dict[str, list[dict]], *, details: bool, strict: bool = False
) -> dict[str, Tally]:
    """Per-format tallies (plus "ALL") of ``predictions`` against the gold ``records``."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    for record in records:
        text, fmt = record["text"], record["format"]
        tally = tallies[fmt]
        tally.docs.add(record["id"])
        predicted = predictions[record["id"]]
        spans = []
        for gold in record["quotes"]:
            start = text.index(gold["quote"])
            spans.append((start, start + len(gold["quote"])))
        used = set()
        for gold, span in zip(record["quotes"], spans, strict=True):
            tally.gold += 1
            hits = [q for q in predicted if _overlaps((q["start"], q["end"]), span)]
            if not hits:
                if details:
                    print(f"  {record['id']}: MISSED {gold['quote'][:60]!r}")
                continue
            tally.found += 1
            best = max(hits, key=lambda q: min(q["end"], span[1]) - max(q["start"], span[0]))
            used.update(id(q) for q in hits)
            speaker = best.get("speaker")
            name_ok = bool(speaker) and name_matches(
                speaker["name"], gold["speaker"], strict=strict
            )
            where = _gold_mention(text, gold["mention"], span, spans)
            mention_ok = (
                bool(speaker)
                and where is not None
                and _overlaps((speaker["mention"]["start"], speaker["mention"]["end"]), where)
            )
            tally.speaker += name_ok
            tally.mention += mention_ok
            tally.null += speaker is None
            if details and not (name_ok and mention_ok):
                got = (
                    "NULL"
                    if speaker is None
                    else (f"{speaker['name']!r} via {speaker['mention']['text']!r}")
                )
                print(
                    f"  {record['id']}: {gold['quote'][:50]!r} want {gold['speaker']!r} via "
                    f"{gold['mention']!r}; got {got}"
                )
        tally.extra += sum(1 for q in predicted if id(q) not in used and q["kind"] != "indirect")
    total = Tally()
    for tally in tallies.values():
        total.add(tally)
    tallies["ALL"] = total
    return tallies


def predict(records: list[dict]) -> dict[str, list[dict]]:
    """claimcheck's quotes for every record, as JSON-ready dicts, keyed by record id."""
    sys.path.insert(0, str(ROOT))
    import claimcheck
    from claimcheck.nlp import load

    nlp = load()
    return {
        r["id"]: [q.model_dump(mode="json") for q in claimcheck.extract_quotes(r["text"], nlp=nlp)]
        for r in records
    }


def render(tallies: dict[str, Tally]) -> str:
    """The tallies as a fixed-width table, formats by name, "ALL" last."""
    rows = [
        f"{'format':28} {'docs':>4} {'found/gold':>10} {'speaker':>7} {'mention':>7} "
        f"{'null':>4} {'extra':>5}"
    ]
    for fmt in sorted(tallies, key=lambda f: (f == "ALL", f)):
        t = tallies[fmt]
        rows.append(
            f"{fmt:28} {len(t.docs):>4} {f'{t.found}/{t.gold}':>10} {t.speaker:>7} "
            f"{t.mention:>7} {t.null:>4} {t.extra:>5}"
        )
    t = tallies["ALL"]
    rows.append(
        f"overall: found {t.found / t.gold:.3f} of gold; of found, speaker right "
        f"{t.speaker / max(t.found, 1):.3f}, mention right {t.mention / max(t.found, 1):.3f}, "
        f"null {t.null}; speaker right of all gold {t.speaker / t.gold:.3f}"
    )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the gold set (JSON Lines)")
    parser.add_argument("--details", action="store_true", help="print every miss and wrong speaker")
    parser.add_argument("--only", help="only records whose id starts with this")
    parser.add_argument(
        "--strict",
        action="store_true",
        help="a speaker is right only when every word of the gold name is in ours "
        "(default: its last word, which lets a namesake through)",
    )
    args = parser.parse_args(argv)
    records = [
        json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line
    ]
    if args.only:
        records = [r for r in records if r["id"].startswith(args.only)]
    tallies = score(records, predict(records), details=args.details, strict=args.strict)
    print(render(tallies))
    return 0


if __name__ == "__main__":
    sys.exit(main())
