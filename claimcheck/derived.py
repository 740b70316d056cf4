"""Derived claims: ordinals counted over corpus events, anniversaries, intervals, weekdays.

"The fourth face-to-face meeting since the start of the war" counts the corpus's meetings of
the people in the sentence from the event after "since" up to the one around the publication
date; "the 75th anniversary of diplomatic relations" adds 75 to the founding year; "his second
visit in just over six months" is the gap between that visit and the previous one; weekdays
named beside a date must be that date's weekdays. Without an anchor (a "since", an interval, a
publication date) these stay unverified: the corpus is never assumed to be complete.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from .corpus.terms import stem, terms
from .matching import (
    Candidate,
    Context,
    Result,
    candidates,
    evidence,
    inside,
    interval_text,
)
from .models import Claim, DateValue, DurationValue, Evidence, Ordinal

if TYPE_CHECKING:
    from .corpus import Corpus, Row

__all__ = ["check_duration", "check_ordinal", "weekday_conflict"]

# An event "around" the publication date is the one the article reports on.
CURRENT_DAYS = 31
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
# "in just over six months", "within a year": a duration that measures a gap between events.
_GAP = re.compile(
    r"\b(?:in|within|after|over|than)\s+(?:(?:just|only|nearly|almost|about|around|some|"
    r"roughly|more|less|slightly|over|under|than|a|an|the|past|last)\s+)*$",
    re.IGNORECASE,
)


def weekday_conflict(claim: Claim, value: DateValue, ctx: Context) -> Result | None:
    """Named weekdays beside an explicit date must be weekdays of that date."""
    if value.granularity != "day" or not value.start or not value.end:
        return None
    if not re.search(r"\d", claim.text):
        return None  # the claim is itself a weekday name or a relative date
    named = {m.group(1).lower() for m in _WEEKDAY.finditer(ctx.sentence)}
    if not named:
        return None
    start, end = dt.date.fromisoformat(value.start), dt.date.fromisoformat(value.end)
    if (end - start).days > 6:
        return None
    actual = [
        WEEKDAYS[(start + dt.timedelta(days=i)).weekday()] for i in range((end - start).days + 1)
    ]
    if named & set(actual):
        return None
    said = " and ".join(sorted(n.capitalize() for n in named))
    return (
        "conflicting",
        [],
        (f"weekday: {value.start} is a {actual[0].capitalize()}, but the text says {said}"),
    )


# --- ordinals: anniversaries and counts -----------------------------------------------------


def _counted(value: Ordinal, claim: Claim, text: str) -> str | None:
    noun = value.counts
    if not noun:
        m = re.match(r"[\s-]*(?:[\w-]+\s+){0,2}?(anniversary|visit|meeting|trip|summit|time)\b",
                     text[claim.end : claim.end + 40], re.I)  # fmt: skip
        noun = m.group(1) if m else None
    return stem(noun.lower().split()[-1]) if noun else None


def check_ordinal(
    value: Ordinal, ctx: Context, corpus: Corpus, claims: list[Claim], text: str
) -> Result:
    """Verdict for an ordinal: an anniversary against its founding event, or a count of events.

    ``claims`` are the article's other claims (a date after "since", an interval in the same
    sentence anchor the count); ``text`` is the article.
    """
    noun = _counted(value, ctx.claim, text)
    if noun is None:
        return "unverified", [], "the ordinal counts nothing the corpus records"
    if noun == "anniversary":
        return _check_anniversary(value, ctx, corpus, text)
    pool = _pool(ctx, corpus, noun)
    if not pool:
        return "unverified", [], f"no {noun} events in the corpus to count"
    current = _current(pool, ctx.date)
    since, since_row = _since(ctx, corpus, claims, text)
    window = _window(ctx, claims)
    if current is None:
        return "unverified", [], f"no {noun} around the publication date to count up to"
    end = str(current.date_start)
    if since is not None:
        counted = [r for r in pool if since <= str(r.date_start) <= end and r is not since_row]
        basis = f"since {since}"
    elif window is not None:
        first = (dt.date.fromisoformat(end) - dt.timedelta(days=window)).isoformat()
        counted = [r for r in pool if first <= str(r.date_start) <= end]
        basis = f"in the {window:.0f} days up to {end}"
    else:
        return "unverified", [], f"the text gives no starting point to count {noun}s from"
    n = len(counted)
    listing = ", ".join(str(r.date_start) for r in counted)
    ev = [_row_evidence(r) for r in counted[-4:]]
    if n == value.value:
        return "supported", ev, f"the corpus has {n} {noun}(s) {basis}: {listing}"
    kind = "off-by-one ordinal" if abs(n - value.value) == 1 else "count"
    return (
        "conflicting",
        ev,
        (
            f"{kind}: the corpus has {n} {noun}(s) {basis} ({listing}), so this is number {n}, "
            f"not {value.value}"
        ),
    )


def _pool(ctx: Context, corpus: Corpus, noun: str) -> list[Row]:
    """Events of the counted kind involving the sentence's people, by date."""
    rows = []
    for c in candidates(corpus, ctx, kinds=["date"]):
        if not c.usable or noun not in terms(c.row.predicate):
            continue
        # A visit is counted per destination: "his second visit to China".
        place = corpus.finder.resolve(c.row.where) if c.row.where else None
        if noun == "visit" and place and place not in ctx.entities:
            continue
        rows.append(c.row)
    unique = {r.id: r for r in rows}
    return sorted(unique.values(), key=lambda r: str(r.date_start))


def _current(pool: list[Row], date: dt.date | None) -> Row | None:
    if date is None:
        return None
    near = [(abs((dt.date.fromisoformat(str(r.date_start)) - date).days), r) for r in pool]
    near = [(d, r) for d, r in near if d <= CURRENT_DAYS]
    return min(near, key=lambda x: x[0])[1] if near else None


def _since(
    ctx: Context, corpus: Corpus, claims: list[Claim], text: str
) -> tuple[str | None, Row | None]:
    """The date counting starts from: the event or date after "since" in the sentence."""
    s0 = ctx.claim.sentence.start
    found = list(re.finditer(r"\bsince\b([^.;:!?,]*?)(?=\bsince\b|[.;:!?,]|$)", ctx.sentence))
    # The "since" that follows the ordinal governs it ("the fourth meeting since ...").
    after = [m for m in found if s0 + m.start() >= ctx.claim.end]
    before = [m for m in found if s0 + m.start() < ctx.claim.start]
    m = after[0] if after else (before[-1] if before else None)
    if m is None:
        return None, None
    start, end = s0 + m.start(1), s0 + m.end(1)
    phrase = m.group(1)
    sub = Context(
        claim=ctx.claim, sentence=phrase, entities=ctx.entities, terms=set(terms(phrase)),
        near=terms(phrase)[:4], scope=None, date=ctx.date, doc_entities=ctx.doc_entities,
    )  # fmt: skip
    events = [c for c in candidates(corpus, sub, kinds=["date"]) if c.usable and c.strong]
    if events:
        row = events[0].row
        return str(row.date_start), row
    for other in claims:
        if start <= other.start < end and isinstance(other.value, DateValue) and other.value.start:
            return other.value.start, None
    return None, None


def _window(ctx: Context, claims: list[Claim]) -> float | None:
    for other in claims:
        if (
            isinstance(other.value, DurationValue)
            and other.sentence == ctx.claim.sentence
            and other.start > ctx.claim.start
        ):
            v = other.value
            return float(v.high if v.high is not None else v.value)
    return None


def _row_evidence(row: Row) -> Evidence:
    return evidence(Candidate(row, 1.0, True, True))


def _check_anniversary(value: Ordinal, ctx: Context, corpus: Corpus, text: str) -> Result:
    m = re.search(r"anniversary\s+of\s+([^.;:!?]*)", ctx.sentence, re.I)
    phrase = m.group(1) if m else ctx.sentence
    sub = Context(
        claim=ctx.claim, sentence=phrase, entities=ctx.entities | ctx.doc_entities,
        terms=set(terms(phrase)), near=terms(phrase), scope=None, date=ctx.date,
        doc_entities=ctx.doc_entities,
    )  # fmt: skip
    found = [c for c in candidates(corpus, sub, kinds=["date"]) if c.usable]
    if not found:
        return "unverified", [], "the corpus has no founding event for this anniversary"
    best = max(found, key=lambda c: ("founding" in terms(c.row.predicate), c.score))
    if ctx.date is None:
        return "unverified", [evidence(best)], "no publication date to count the anniversary to"
    founded = int(str(best.row.date_start)[:4])
    year = ctx.date.year
    if founded + value.value == year:
        return (
            "supported",
            [evidence(best)],
            (f"anniversary: {founded} + {value.value} = {year}, the year of the article"),
        )
    return (
        "conflicting",
        [evidence(best)],
        (
            f"anniversary: {founded} + {value.value} = {founded + value.value}, not {year}; "
            f"this year is the {year - founded}th"
        ),
    )


# --- intervals ------------------------------------------------------------------------------


def check_duration(
    value: DurationValue, ctx: Context, corpus: Corpus, claims: list[Claim], text: str
) -> Result:
    """Verdict for an interval between events ("in just over six months"): the gap between
    the event around the publication date and the previous one of its kind."""
    if not _GAP.search(text[ctx.claim.sentence.start : ctx.claim.start]):
        # "three days of talks" is the length of one event, which the corpus does not record.
        return "unverified", [], "only intervals between events ('in six months') are checked"
    nouns = [
        n
        for o in claims
        if isinstance(o.value, Ordinal) and o.sentence == ctx.claim.sentence
        for n in [_counted(o.value, o, text)]
        if n
    ]
    nouns += [t for t in ctx.near if t in ("visit", "meeting")]
    for noun in dict.fromkeys(nouns):
        pool = _pool(ctx, corpus, noun)
        current = _current(pool, ctx.date)
        if current is None:
            continue
        before = [r for r in pool if str(r.date_end or r.date_start) < str(current.date_start)]
        if not before:
            continue
        previous = before[-1]
        cur = dt.date.fromisoformat(str(current.date_start))
        gaps = {
            (cur - dt.date.fromisoformat(str(d))).days
            for d in (previous.date_start, previous.date_end or previous.date_start)
        }
        ev = [_row_evidence(previous), _row_evidence(current)]
        span = f"{previous.date_start} to {current.date_start}"
        stated = f"{ctx.claim.text!r} covers {interval_text(value.low, value.high)} days"
        if any(inside(g, value.low, value.high) for g in gaps):
            return "supported", ev, f"interval: {span} is {min(gaps)} days; {stated}"
        return (
            "conflicting",
            ev,
            (
                f"interval: {span} is {min(gaps)} days (about {min(gaps) / 30.44:.1f} months); "
                f"{stated}"
            ),
        )
    return "unverified", [], "no pair of corpus events to measure this interval between"
