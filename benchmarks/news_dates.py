"""Score claimcheck's dates on a hand-made TimeML-style gold of real news (issue 3, section 5).

Run from the repository root (the PolNeAR texts sit beside it, in ../shared)::

    .venv/bin/python benchmarks/news_dates.py                 # the two figures
    .venv/bin/python benchmarks/news_dates.py --errors        # and every miss and false positive
    .venv/bin/python benchmarks/news_dates.py --save out.jsonl      # keep claimcheck's output
    .venv/bin/python benchmarks/news_dates.py --predictions out.jsonl --errors   # rescore it

It runs ``claimcheck claims --jsonl`` over the gold's articles (each with its publication date
from ../shared/data/polnear/metadata.tsv), keeps our claims of kind ``date`` and ``duration``
and prints:

- **date resolution**: among gold DATE expressions whose value is a calendar date at year,
  month or day granularity (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``), the share for which one of
  our date claims overlaps the span and has ``value.timex`` equal to the gold value;
- **span precision**: among our date and duration claims, the share overlapping some gold
  TIMEX3 expression of any type.

The articles: every 28th file of ``sorted(polnear/train/text/*.txt)``, starting with the
first, which gives 30 articles from all 7 publishers; the rule is fixed here so the choice is
not cherry-picked. They were annotated by reading each article, before looking at what
claimcheck outputs for them.

Annotation conventions of ``benchmarks/data/news_dates_gold.jsonl`` (TimeML TIMEX3, one JSON
object per expression: ``file``, ``start``, ``end``, ``text``, ``type``, ``value``; offsets
into ``open(path, encoding="utf-8").read()``, end exclusive):

- Extent: the expression with its determiners and modifiers ("last Tuesday", "the 1960s",
  "earlier this year", "two weeks ago", "more than eight years", "the past five years"), not
  the preposition before it ("on Friday" -> "Friday"). "Monday's" -> "Monday".
- Types: DATE (calendar dates and periods, also "now", "today", "recently"), TIME (a part of a
  day: "Tuesday night" is TIME 2015-11-10TNI as a whole, "this morning", "2 p.m."), DURATION
  ("40-minute", "13 years", ages "56-year-old" and "five years old", "for years" -> "years"),
  SET ("each year", "every two years", "a day" in "$600,000 a day", "weekly", "quarterly").
- DATE values are resolved against the publication date as a careful reader would, using tense
  and context: a weekday in a past-tense sentence is the one before the dateline, and where the
  story says which day it is (the Iowa caucus was on a Monday a week earlier; the shootings were
  on the Wednesday of the week before; a Friday in an article updated after its Thursday
  dateline) that day is the value. "N years ago" has year granularity ("20 years ago" in 2015
  is 1995), "N weeks ago" week granularity, "N decades ago" a decade ("197"). Weeks are ISO
  weeks; "last week" said on a Sunday is the week that Sunday closes. "the end of the year"
  and "the end of 2017" are the year. Seasons: "last summer" 2015-SU. Vague or unresolvable
  references get TimeML tokens (PRESENT_REF, PAST_REF, FUTURE_REF, XXXX-XX-XX); these count
  for span precision but not for date resolution. "at the end of the day" (idiom), "the
  time", "at the same time", "this time" (occasion), "second year" (of study), "long time",
  adjectives ("current", "former", "recent", "future"), event names ("Super Tuesday", "Day
  One"), show titles ("This Week", "Saturday Night Live") and bare ages ("Sarandon, 69") are
  not annotated. A year inside a name that refers to that year ("Climate Action 2016") is.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import shlex
import subprocess
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"
TEXT_DIR = POLNEAR / "train" / "text"
METADATA = POLNEAR / "metadata.tsv"
GOLD = ROOT / "benchmarks" / "data" / "news_dates_gold.jsonl"
EVERY = 28
TIMEX_TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})
SCORED_KINDS = frozenset({"date", "duration"})
CONTEXT = 60

# Year, month or day granularity only: weeks, seasons, decades and *_REF tokens are left out
# of date resolution, as issue 3 defines it.
_CALENDAR_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


class GoldError(ValueError):
    """The gold file is malformed; the message names the line and what to fix."""


@dataclass(frozen=True)
class Timex:
    """One gold TIMEX3 expression."""

    file: str
    start: int
    end: int
    text: str
    type: str
    value: str

    @property
    def is_calendar_date(self) -> bool:
        """True for a DATE whose value is YYYY, YYYY-MM or YYYY-MM-DD (scored for resolution)."""
        return self.type == "DATE" and _CALENDAR_VALUE.fullmatch(self.value) is not None


@dataclass(frozen=True)
class Predicted:
    """One of our date or duration claims."""

    file: str
    start: int
    end: int
    text: str
    kind: str
    timex: str | None


@dataclass
class Score:
    """What :func:`score` found; the two figures are properties."""

    resolved: list[Timex] = field(default_factory=list)
    missed: list[Timex] = field(default_factory=list)
    misread: list[tuple[Timex, list[Predicted]]] = field(default_factory=list)
    true_spans: list[Predicted] = field(default_factory=list)
    false_positives: list[Predicted] = field(default_factory=list)
    gold_covered: int = 0
    gold_total: int = 0

    @property
    def calendar_dates(self) -> int:
        """How many gold expressions the resolution figure is over."""
        return len(self.resolved) + len(self.missed) + len(self.misread)

    @property
    def resolution(self) -> float:
        """Share of gold calendar dates we give with the exact timex (0.0 when there are none)."""
        return len(self.resolved) / self.calendar_dates if self.calendar_dates else 0.0

    @property
    def precision(self) -> float:
        """Share of our date/duration claims overlapping a gold expression (1.0 when none)."""
        total = len(self.true_spans) + len(self.false_positives)
        return len(self.true_spans) / total if total else 1.0


def selected_files(text_dir: Path = TEXT_DIR) -> list[str]:
    """The file names the gold covers: every EVERY-th of the sorted train texts, from the first."""
    return [p.name for p in sorted(text_dir.glob("*.txt"))[::EVERY]]


def publication_dates(metadata: Path = METADATA) -> dict[str, str]:
    """Map ``NAME.txt`` to its ISO publication date, read from PolNeAR's metadata.tsv."""
    with metadata.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return {f"{row['filename']}.txt": row["publication_date"] for row in rows}


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def load_gold(lines: Iterable[str], texts: dict[str, str], *, source: str = "gold") -> list[Timex]:
    """Parse gold JSON lines and check every span against its text.

    Raises GoldError naming ``source:line`` when a line is not an object with the six fields,
    the type is not a TIMEX3 type, the file is not among ``texts``, or the span does not slice
    back to its ``text``.
    """
    gold: list[Timex] = []
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            record = json.loads(line)
            timex = Timex(**{k: record[k] for k in Timex.__dataclass_fields__})
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            message = (
                f"{where}: expected an object with file, start, end, text, type and value "
                f"({exc}); fix or remove the line"
            )
            raise GoldError(message) from None
        if timex.type not in TIMEX_TYPES:
            message = f"{where}: type {timex.type!r} is not one of {sorted(TIMEX_TYPES)}"
            raise GoldError(message)
        if timex.file not in texts:
            message = f"{where}: file {timex.file!r} is not among the scored articles"
            raise GoldError(message)
        found = texts[timex.file][timex.start : timex.end]
        if found != timex.text:
            message = (
                f"{where}: span {timex.start}-{timex.end} of {timex.file} reads {found!r}, "
                f"not {timex.text!r}; correct the offsets"
            )
            raise GoldError(message)
        gold.append(timex)
    return gold


def predictions_from_records(records: Iterable[dict]) -> list[Predicted]:
    """Our date and duration claims from ``claimcheck claims --jsonl`` output records."""
    predicted = []
    for record in records:
        for claim in record.get("claims", []):
            if claim["kind"] not in SCORED_KINDS:
                continue
            value = claim.get("value") or {}
            predicted.append(
                Predicted(
                    file=record["id"],
                    start=claim["start"],
                    end=claim["end"],
                    text=claim["text"],
                    kind=claim["kind"],
                    timex=value.get("timex"),
                )
            )
    return predicted


def score(gold: Sequence[Timex], predicted: Sequence[Predicted]) -> Score:
    """Match our claims to the gold by overlapping spans in the same file.

    A gold calendar date is resolved when an overlapping claim of kind date has its exact
    value as timex, misread when claims overlap it but none has, and missed when none does.
    A claim is a true span when it overlaps any gold expression, else a false positive.
    """
    result = Score(gold_total=len(gold))
    for timex in gold:
        near = [
            p
            for p in predicted
            if p.file == timex.file and _overlaps(p.start, p.end, timex.start, timex.end)
        ]
        result.gold_covered += bool(near)
        if not timex.is_calendar_date:
            continue
        if any(p.kind == "date" and p.timex == timex.value for p in near):
            result.resolved.append(timex)
        elif near:
            result.misread.append((timex, near))
        else:
            result.missed.append(timex)
    for p in predicted:
        hit = any(g.file == p.file and _overlaps(p.start, p.end, g.start, g.end) for g in gold)
        (result.true_spans if hit else result.false_positives).append(p)
    return result


_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|January|February|March|April"
    r"|June|July|August|September|October|November|December"
)
_FORMS = (
    ("weekday", re.compile(rf"(?:last |late |this |next )?{_WEEKDAY}", re.I)),
    ("month day", re.compile(rf"(?:{_MONTH}) \d{{1,2}}(?:, \d{{4}})?|{_WEEKDAY}, .*\d{{4}}")),
    ("month year", re.compile(rf"(?:{_MONTH}) \d{{4}}")),
    ("month", re.compile(rf"(?:early |late |last |this |next )?(?:{_MONTH})")),
    ("year", re.compile(r"(?:in |the )?\d{4}")),
    ("N units ago", re.compile(r".*\bago", re.I)),
    ("last/this/next unit", re.compile(r"(?:.* )?(?:last|this|next) (?:year|month)", re.I)),
    ("today/tomorrow", re.compile(r"today|tomorrow|tonight|yesterday", re.I)),
)


def expression_form(text: str) -> str:
    """A coarse name for how a date is written ("weekday", "month day", "year", ...)."""
    for name, pattern in _FORMS:
        if pattern.fullmatch(text):
            return name
    return "other"


def _context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - CONTEXT) : start]
    right = text[end : end + CONTEXT]
    return f"{left}[[{text[start:end]}]]{right}".replace("\n", " ")


def error_lines(result: Score, texts: dict[str, str]) -> list[str]:
    """Every miss, misreading and false positive, with CONTEXT characters either side."""
    lines = [f"-- missed ({len(result.missed)}): no date claim overlaps a gold calendar date"]
    for t in result.missed:
        lines.append(f"{t.file} gold {t.value} [{expression_form(t.text)}]")
        lines.append("    " + _context(texts[t.file], t.start, t.end))
    lines.append(f"-- misread ({len(result.misread)}): our claims overlap it with another timex")
    for t, near in result.misread:
        ours = ", ".join(f"{p.kind} {p.timex} {p.text!r}" for p in near)
        lines.append(f"{t.file} gold {t.value} [{expression_form(t.text)}] ours: {ours}")
        lines.append("    " + _context(texts[t.file], t.start, t.end))
    lines.append(f"-- false positives ({len(result.false_positives)}): no gold expression")
    for p in result.false_positives:
        lines.append(f"{p.file} ours {p.kind} {p.timex}")
        lines.append("    " + _context(texts[p.file], p.start, p.end))
    return lines


def summary_lines(result: Score) -> list[str]:
    """The two figures, the span recall, and resolution by expression form."""
    n_pred = len(result.true_spans) + len(result.false_positives)
    lines = [
        f"date resolution: {len(result.resolved)}/{result.calendar_dates} = "
        f"{result.resolution:.3f}  (target >= 0.85)",
        f"span precision:  {len(result.true_spans)}/{n_pred} = {result.precision:.3f}"
        "  (target >= 0.85)",
        f"span recall (any TIMEX3 overlapped by a date/duration claim): "
        f"{result.gold_covered}/{result.gold_total}",
    ]
    totals: Counter[str] = Counter()
    good: Counter[str] = Counter()
    for t in result.resolved:
        totals[expression_form(t.text)] += 1
        good[expression_form(t.text)] += 1
    for t in result.missed + [t for t, _ in result.misread]:
        totals[expression_form(t.text)] += 1
    for form, n in totals.most_common():
        lines.append(f"  {form:20} {good[form]:3}/{n}")
    return lines


def run_claimcheck(
    texts: dict[str, str], dates: dict[str, str], *, jobs: int | None = None
) -> list[dict]:
    """Our claims for each article, from ``claimcheck claims --jsonl`` run as a subprocess.

    Raises RuntimeError when the command fails.
    """
    command = [sys.executable, "-m", "claimcheck", "claims", "--jsonl"]
    if jobs:
        command += ["--jobs", str(jobs)]
    stdin = "".join(
        json.dumps({"id": name, "text": texts[name], "date": dates[name]}) + "\n" for name in texts
    )
    print("$ " + shlex.join(command), file=sys.stderr)
    done = subprocess.run(
        command, input=stdin, capture_output=True, text=True, cwd=ROOT, check=False
    )
    if done.returncode != 0:
        message = f"claimcheck exited with {done.returncode}: {done.stderr.strip()[-2000:]}"
        raise RuntimeError(message)
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> int:
    """Command line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list misses and false positives")
    parser.add_argument("--predictions", type=Path, help="score this claims --jsonl output")
    parser.add_argument("--save", type=Path, help="write claimcheck's output here")
    parser.add_argument("--jobs", type=int, help="passed to claimcheck claims --jsonl")
    parser.add_argument("--json", action="store_true", help="figures as one JSON object")
    args = parser.parse_args(argv)

    if not TEXT_DIR.is_dir() or not METADATA.is_file():
        print(
            f"Error: PolNeAR texts not found at {TEXT_DIR} (or {METADATA}); run from a "
            "checkout that has ../shared/data/polnear beside it.",
            file=sys.stderr,
        )
        return 1
    files = selected_files()
    texts = {name: (TEXT_DIR / name).read_text(encoding="utf-8") for name in files}
    dates = publication_dates()
    try:
        gold = load_gold(GOLD.read_text(encoding="utf-8").splitlines(), texts, source=GOLD.name)
    except GoldError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    unannotated = sorted(set(files) - {t.file for t in gold})
    if unannotated:
        print(f"Error: no gold for {', '.join(unannotated)}", file=sys.stderr)
        return 1

    if args.predictions:
        lines = args.predictions.read_text(encoding="utf-8").splitlines()
        records = [json.loads(line) for line in lines if line.strip()]
    else:
        try:
            records = run_claimcheck(texts, dates, jobs=args.jobs)
        except RuntimeError as exc:
            print(f"Error: {exc}", file=sys.stderr)
            return 1
        if args.save:
            with args.save.open("w", encoding="utf-8") as out:
                out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    predicted = predictions_from_records(records)
    for p in predicted:
        if texts[p.file][p.start : p.end] != p.text:
            print(
                f"warning: claim offsets {p.start}-{p.end} in {p.file} do not slice back "
                f"to {p.text!r}",
                file=sys.stderr,
            )
    result = score(gold, predicted)
    if args.json:
        figures = {
            "articles": len(files),
            "gold_expressions": len(gold),
            "calendar_dates": result.calendar_dates,
            "resolved": len(result.resolved),
            "date_resolution": round(result.resolution, 4),
            "claims": len(result.true_spans) + len(result.false_positives),
            "span_precision": round(result.precision, 4),
        }
        print(json.dumps(figures))
        return 0
    print(f"{len(files)} PolNeAR train articles, {len(gold)} gold TIMEX3 expressions")
    print("\n".join(summary_lines(result)))
    if args.errors:
        print("\n".join(error_lines(result, texts)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
