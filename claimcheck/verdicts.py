"""Verdicts: each claim supported, conflicting or unverified, with evidence and a reason.

Rules (DESIGN.md, Verdicts): a measured quantity is compared with facts for the same period;
a dated event's date is its value; values are intervals. Derived claims are checked too:
anniversaries against a founding date, ordinals ("the fourth meeting since ...") by counting
events, intervals ("in just over six months") between an event and the previous one of its
kind, and named weekdays against the dates beside them (those live in :mod:`.derived`;
quotes are checked in :mod:`.quote_verdicts`). A claim is only ever *conflicting*
when a record about the same thing sits right beside it in the text; otherwise missing or
ambiguous evidence leaves it *unverified*.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from .derived import check_duration, check_ordinal, weekday_conflict
from .matching import (
    Candidate,
    Context,
    Result,
    candidates,
    context,
    convert,
    date_relation,
    date_slip,
    entities_in,
    evidence,
    inside,
    interval_text,
    measure_slip,
    number_text,
    parse_day,
    period_label,
    recognisable_date_slip,
    role_aliases,
    same_period,
    unit_slip,
)
from .models import CheckedClaim, Claim, DateValue, DurationValue, Measure, Ordinal, Quote
from .quote_verdicts import check_quotes

if TYPE_CHECKING:
    from .corpus import Corpus, Row

_MEASURES = ("money", "quantity", "percent", "count")
_REFERENCE_POINT = re.compile(
    r"\b(?:since|before|after|until|till|by|prior\s+to|ahead\s+of)\s+(?:the\s+)?(?:end\s+of\s+|"
    r"start\s+of\s+|early\s+|late\s+|mid-?)?$",
    re.IGNORECASE,
)

__all__ = ["check_claims", "check_quotes"]


def check_claims(
    claims: list[Claim],
    corpus: Corpus,
    *,
    quotes: list[Quote],
    text: str,
    date: str | None,
    date_source: str | None = None,
) -> list[CheckedClaim]:
    """Each claim with its verdict, evidence and a one-line reason, in the order given.

    ``date`` is the article's publication date (ISO), against which "current" events and
    anniversaries are reckoned; without it those derived checks stay unverified. When
    ``date_source`` is ``"inferred"`` the date is a guess, so a claim that rests on it (a
    relative date such as "Thursday", an ordinal or interval counted up to "now") is never
    called conflicting: a wrong guess must not read as the article's error.
    """
    day = parse_day(date)
    roles = role_aliases(corpus, day)
    doc_entities = entities_in(text, corpus, roles)
    ctxs = [
        context(c, text, corpus, roles=roles, date=day, doc_entities=doc_entities) for c in claims
    ]
    results: dict[str, Result] = {}
    scoped: dict[str, str] = {}
    for claim, ctx in zip(claims, ctxs, strict=True):
        owner = _scope_owner(claim, claims, text)
        if owner is not None:
            scoped[claim.id] = owner.id
            continue
        results[claim.id] = _check(claim, ctx, corpus, claims, text)
    for cid, owner_id in scoped.items():
        verdict, ev, reason = results.get(owner_id, ("unverified", [], ""))
        owner_text = next(c.text for c in claims if c.id == owner_id)
        results[cid] = (verdict, ev, f"time scope of {owner_text!r}: {reason}")
    if date_source == "inferred":
        for c in claims:
            verdict, _, reason = results[c.id]
            if verdict == "conflicting" and _rests_on_publication_date(c):
                results[c.id] = ("unverified", [], (
                    f"would conflict if the inferred publication date {date} is right "
                    f"({reason}); pass --date to check it"
                ))  # fmt: skip
    return [
        CheckedClaim(**c.model_dump(), verdict=results[c.id][0], evidence=results[c.id][1],
                     reason=results[c.id][2])
        for c in claims
    ]  # fmt: skip


def _rests_on_publication_date(claim: Claim) -> bool:
    """Whether a claim's value or check depends on the publication date."""
    if isinstance(claim.value, (Ordinal, DurationValue)):
        return True  # counted up to the event around the publication date
    # "Thursday", "this week", "in March": no year written, so resolved against the date.
    return isinstance(claim.value, DateValue) and not re.search(r"\b\d{4}\b", claim.text)


def _scope_owner(claim: Claim, claims: list[Claim], text: str) -> Claim | None:
    """The measure a year claim is the period of ("240 billion dollars in 2023"), if any."""
    if claim.kind != "date" or not isinstance(claim.value, DateValue):
        return None
    if claim.value.granularity not in ("year", "month"):
        return None
    for other in claims:
        if other.kind in _MEASURES and 0 <= claim.start - other.end <= 24:
            between = text[other.end : claim.start]
            if re.fullmatch(r"\s*(?:in|for|during|of)\s+(?:the\s+year\s+)?", between):
                return other
    return None


def _check(claim: Claim, ctx: Context, corpus: Corpus, claims: list[Claim], text: str) -> Result:
    value = claim.value
    if isinstance(value, Measure):
        return _check_measure(value, ctx, corpus)
    if isinstance(value, DateValue):
        weekday = weekday_conflict(claim, value, ctx)
        return weekday or _check_date(value, ctx, corpus)
    if isinstance(value, Ordinal):
        return check_ordinal(value, ctx, corpus, claims, text)
    if isinstance(value, DurationValue):
        return check_duration(value, ctx, corpus, claims, text)
    return "unverified", [], "no rule checks this kind of claim"


# --- measures -------------------------------------------------------------------------------


def _check_measure(value: Measure, ctx: Context, corpus: Corpus) -> Result:
    kinds = [ctx.claim.kind]
    found: list[Candidate] = []
    if ctx.scope is not None:
        # Facts for the claim's own period decide most claims; other periods are only
        # fetched to explain why none matched (a year slip, or "only for 2022").
        scoped = [c for c in candidates(corpus, ctx, kinds=kinds, period=ctx.scope) if c.usable]
        if any(same_period(ctx.scope, c.row) for c in scoped):
            found = scoped
    if not found:
        found = [c for c in candidates(corpus, ctx, kinds=kinds) if c.usable]
    if not found:
        return "unverified", [], "no fact in the corpus about this subject and measure"
    unit = value.unit or ""
    stated = f"stated {interval_text(value.low, value.high)} {unit}".rstrip()
    comparable = _comparable(found, value)
    if not comparable:
        units = ", ".join(sorted({str(c.row.unit) for c in found}))
        return (
            "unverified",
            [evidence(found[0])],
            (f"the corpus states this in {units}, not {unit or 'no unit'}; no exact conversion"),
        )
    same = [(c, r) for c, r in comparable if same_period(ctx.scope, c.row)]
    for c, ref in same:
        if inside(ref, value.low, value.high):
            return (
                "supported",
                [evidence(c)],
                (
                    f"{stated}; reference {number_text(ref)} {unit} for {period_label(c.row)} "
                    "lies within it"
                ).replace("  ", " "),
            )
    strong_same = [(c, r) for c, r in same if c.strong]
    if strong_same:
        c, ref = strong_same[0]
        # The stated value is another period's figure: the slip is the year, not the number.
        other = next(
            (
                (o, r)
                for o, r in _comparable(candidates(corpus, ctx, kinds=kinds), value)
                if o.strong
                and not same_period(ctx.scope, o.row)
                and inside(r, value.low, value.high)
            ),
            None,
        )
        if other is not None:
            o, other_ref = other
            year_slip = (
                f"year: {number_text(other_ref)} {unit} is the figure for {period_label(o.row)}; "
                f"for {period_label(c.row)} it is {number_text(ref)} {unit}"
            ).replace("  ", " ")
            return "conflicting", [evidence(c), evidence(o)], year_slip
        slip = unit_slip(value, c.row) or _hedge_slip(ctx.claim.hedge, ref, value)
        slip = slip or measure_slip(value, ref, value.unit)
        return "conflicting", [evidence(c)], f"{slip} for {period_label(c.row)}; {stated}"
    if ctx.scope is None:
        for c, ref in comparable:
            if inside(ref, value.low, value.high):
                return (
                    "supported",
                    [evidence(c)],
                    (
                        f"{stated}; reference {number_text(ref)} {unit} for "
                        f"{period_label(c.row)} lies within it (the text names no period)"
                    ).replace("  ", " "),
                )
        periods = ", ".join(sorted({period_label(c.row) for c, _ in comparable}))
        return (
            "unverified",
            [evidence(c) for c, _ in comparable[:3]],
            (f"the text names no period and no reference value ({periods}) lies within it"),
        )
    scope_label = ctx.scope[0][:4] if ctx.scope[0][5:] == "01-01" else ctx.scope[0]
    # DESIGN.md: facts only for another period leave a measure unverified. When the stated
    # value is exactly another period's figure, say so: the year may be the slip.
    for c, ref in comparable:
        if c.strong and inside(ref, value.low, value.high):
            return (
                "unverified",
                [evidence(c)],
                (
                    f"no figure for {scope_label} in the corpus; {number_text(ref)} {unit} is "
                    f"the figure for {period_label(c.row)}: check the year"
                ).replace("  ", " "),
            )
    periods = ", ".join(sorted({period_label(c.row) for c, _ in comparable}))
    return (
        "unverified",
        [evidence(c) for c, _ in comparable[:3]],
        (f"the corpus has this measure only for other periods ({periods}), not {scope_label}"),
    )


def _comparable(found: list[Candidate], value: Measure) -> list[tuple[Candidate, float]]:
    """Usable candidates with a value in the claim's unit, beside that converted value."""
    pairs: list[tuple[Candidate, float]] = []
    for c in found:
        if not c.usable or c.row.value is None:
            continue
        ref = convert(c.row.value, c.row.unit, value.unit)
        if ref is not None:
            pairs.append((c, ref))
    return pairs


def _hedge_slip(hedge: str | None, ref: float, value: Measure) -> str | None:
    """A hedge pointing the wrong way: "nearly 12 billion" when the reference is 12.5."""
    if not hedge:
        return None
    side = "above" if value.high is not None and ref > value.high else "below"
    shown = f"{number_text(ref)} {value.unit or ''}".rstrip()
    return f"hedge: the reference {shown} is {side} what {hedge!r} allows"


# --- dated events ---------------------------------------------------------------------------


def _check_date(value: DateValue, ctx: Context, corpus: Corpus) -> Result:
    if not value.start or not value.end:
        return "unverified", [], "the date could not be resolved (no publication date?)"
    found = [c for c in candidates(corpus, ctx, kinds=["date"]) if c.usable]
    if not found:
        return "unverified", [], "no event in the corpus matches this sentence"
    strong = [c for c in found if c.strong]
    # The event whose noun sits nearest the date is what the date belongs to ("his
    # re-election in March and the fourth meeting": March dates the election, not a meeting).
    nearest_gap = min((c.distance for c in strong), default=None)
    owners = [c for c in strong if c.distance == nearest_gap] if strong else found
    agree = [c for c in owners if date_relation(value, c.row) == "inside"]
    if agree:
        best = max(agree, key=lambda c: (c.strong, c.row.type == "event", c.score))
        reason = (
            f"{best.row.predicate or 'the event'} on {_when(best.row)} agrees with "
            f"{value.timex or value.start}"
        )
        return "supported", [evidence(best)], reason
    before = ctx.sentence[: max(0, ctx.claim.start - ctx.claim.sentence.start)]
    if _REFERENCE_POINT.search(before):
        # "the largest war since 1945", "before the election in March": the date marks a
        # point of comparison, not when the event beside it happened.
        return "unverified", [], "the date is a point of reference here, not the event's date"
    if not strong:
        return "unverified", [], "no event beside this date in the text is in the corpus"
    claim_day = dt.date.fromisoformat(value.start)
    lo = min(str(c.row.date_start) for c in owners)
    hi = max(str(c.row.date_end or c.row.date_start) for c in owners)
    # The event the writer most likely meant: one a single slip away, else the nearest.
    meant = min(
        owners,
        key=lambda c: (
            not recognisable_date_slip(value, c.row),
            abs((dt.date.fromisoformat(str(c.row.date_start)) - claim_day).days),
        ),
    )
    # A one-off event (an invasion, an election) found with another date conflicts. For a
    # recurring kind (meetings, visits) the corpus may simply lack this one, so only a date a
    # single slip away from a recorded one (year, month, day, or a few days) conflicts.
    if len({c.row.id for c in owners}) == 1 or recognisable_date_slip(value, meant.row):
        return "conflicting", [evidence(meant)], date_slip(value, meant.row)
    what = meant.row.predicate or "such"
    return (
        "unverified",
        [],
        (f"no {what} event on that date in the corpus (it has {len(owners)} from {lo} to {hi})"),
    )


def _when(row: Row) -> str:
    if row.date_end and row.date_end != row.date_start:
        return f"{row.date_start} to {row.date_end}"
    return str(row.date_start)
