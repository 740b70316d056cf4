"""Verdicts: each claim (and quote) supported, conflicting or unverified, with evidence.

Rules (DESIGN.md, Verdicts): a measured quantity is compared with facts for the same period;
a dated event's date is its value; values are intervals. Derived claims are checked too:
anniversaries against a founding date, ordinals ("the fourth meeting since ...") by counting
events, intervals ("in just over six months") between an event and the previous one of its
kind, and named weekdays against the dates beside them. A claim is only ever *conflicting*
when a record about the same thing sits right beside it in the text; otherwise missing or
ambiguous evidence leaves it *unverified*.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from .corpus.terms import STOP_WORDS, stem, terms
from .matching import (
    Candidate,
    Context,
    candidates,
    context,
    convert,
    date_relation,
    date_slip,
    entities_in,
    evidence,
    inside,
    measure_slip,
    period_label,
    recognisable_date_slip,
    role_aliases,
    same_period,
    unit_slip,
)
from .models import (
    CheckedClaim,
    CheckedQuote,
    Claim,
    DateValue,
    DurationValue,
    Evidence,
    Measure,
    Ordinal,
    Quote,
    Verdict,
)

if TYPE_CHECKING:
    from .corpus import Corpus, Row

# An event "around" the publication date is the one the article reports on.
CURRENT_DAYS = 31
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
_MEASURES = ("money", "quantity", "percent", "count")
_REFERENCE_POINT = re.compile(
    r"\b(?:since|before|after|until|till|by|prior\s+to|ahead\s+of)\s+(?:the\s+)?(?:end\s+of\s+|"
    r"start\s+of\s+|early\s+|late\s+|mid-?)?$",
    re.IGNORECASE,
)
# "in just over six months", "within a year": a duration that measures a gap between events.
_GAP = re.compile(
    r"\b(?:in|within|after|over|than)\s+(?:(?:just|only|nearly|almost|about|around|some|"
    r"roughly|more|less|slightly|over|under|than|a|an|the|past|last)\s+)*$",
    re.IGNORECASE,
)

Result = tuple[Verdict, list[Evidence], str]


def _date(value: str | dt.date | None) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def check_claims(
    claims: list[Claim], corpus: Corpus, *, quotes: list[Quote], text: str, date: str | None
) -> list[CheckedClaim]:
    """Each claim with its verdict, evidence and a one-line reason, in the order given.

    ``date`` is the article's publication date (ISO), against which "current" events and
    anniversaries are reckoned; without it those derived checks stay unverified.
    """
    day = _date(date)
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
    return [
        CheckedClaim(**c.model_dump(), verdict=results[c.id][0], evidence=results[c.id][1],
                     reason=results[c.id][2])
        for c in claims
    ]  # fmt: skip


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
        weekday = _weekday_conflict(claim, value, ctx)
        return weekday or _check_date(value, ctx, corpus)
    if isinstance(value, Ordinal):
        return _check_ordinal(value, ctx, corpus, claims, text)
    if isinstance(value, DurationValue):
        return _check_duration(value, ctx, corpus, claims, text)
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
    stated = f"stated {_span(value.low, value.high)} {unit}".rstrip()
    comparable: list[tuple[Candidate, float]] = []
    for c in found:
        if c.row.value is None:
            continue
        ref = convert(c.row.value, c.row.unit, value.unit)
        if ref is not None:
            comparable.append((c, ref))
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
                    f"{stated}; reference {_num(ref)} {unit} for {period_label(c.row)} "
                    "lies within it"
                ).replace("  ", " "),
            )
    strong_same = [(c, r) for c, r in same if c.strong]
    if strong_same:
        c, ref = strong_same[0]
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
                        f"{stated}; reference {_num(ref)} {unit} for {period_label(c.row)} lies "
                        "within it (the text names no period)"
                    ).replace("  ", " "),
                )
        periods = ", ".join(sorted({period_label(c.row) for c, _ in comparable}))
        return (
            "unverified",
            [evidence(c) for c, _ in comparable[:3]],
            (f"the text names no period and no reference value ({periods}) lies within it"),
        )
    scope_label = ctx.scope[0][:4] if ctx.scope[0][5:] == "01-01" else ctx.scope[0]
    for c, ref in comparable:
        if c.strong and inside(ref, value.low, value.high):
            return (
                "conflicting",
                [evidence(c)],
                (
                    f"year: {_num(ref)} {unit} is the figure for {period_label(c.row)}, "
                    f"not {scope_label}"
                ).replace("  ", " "),
            )
    periods = ", ".join(sorted({period_label(c.row) for c, _ in comparable}))
    return (
        "unverified",
        [evidence(c) for c, _ in comparable[:3]],
        (f"the corpus has this measure only for other periods ({periods}), not {scope_label}"),
    )


def _hedge_slip(hedge: str | None, ref: float, value: Measure) -> str | None:
    """A hedge pointing the wrong way: "nearly 12 billion" when the reference is 12.5."""
    if not hedge:
        return None
    side = "above" if value.high is not None and ref > value.high else "below"
    return f"hedge: the reference {_num(ref)} {value.unit or ''} is {side} what {hedge!r} allows"


def _span(low: float | None, high: float | None) -> str:
    if low is None and high is None:
        return "any value"
    if low is None:
        return f"at most {_num(high)}"
    if high is None:
        return f"at least {_num(low)}"
    if low == high:
        return _num(low)
    return f"{_num(low)} to {_num(high)}"


def _num(x: float | None) -> str:
    if x is None:
        return "?"
    for div, suffix in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(x) >= div:
            return f"{x / div:.6g} {suffix}"
    return f"{x:.6g}"


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


def _weekday_conflict(claim: Claim, value: DateValue, ctx: Context) -> Result | None:
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


def _check_ordinal(
    value: Ordinal, ctx: Context, corpus: Corpus, claims: list[Claim], text: str
) -> Result:
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


def _check_duration(
    value: DurationValue, ctx: Context, corpus: Corpus, claims: list[Claim], text: str
) -> Result:
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
        stated = f"{ctx.claim.text!r} covers {_span(value.low, value.high)} days"
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


# --- quotes and speakers --------------------------------------------------------------------

_NEGATIONS = frozenset({"not", "no", "never", "none", "nor", "without", "nothing", "n't"})
_SMALL_NUMBERS = "zero one two three four five six seven eight nine ten eleven twelve"
_NUMBER_WORDS = {w: str(i) for i, w in enumerate(_SMALL_NUMBERS.split())}
_ROLE_WORDS = {
    "spokeswoman": "spokesperson", "spokesman": "spokesperson", "spokesperson": "spokesperson",
    "press secretary": "spokesperson", "spokeswomen": "spokesperson", "spokesmen": "spokesperson",
}  # fmt: skip
QUOTE_FOUND = 80  # partial_ratio at which a statement is taken to be the quote's source


def _quote_norm(text: str) -> str:
    text = text.lower().replace("n't", " n't")
    out = []
    for w in re.findall(r"n't|\w+", text):
        out.append(_NUMBER_WORDS.get(w, w))
    return " ".join(out)


def check_quotes(
    quotes: list[Quote], corpus: Corpus, *, text: str, date: str | None
) -> list[CheckedQuote]:
    """Each quote matched against corpus statements, and its speaker's role checked.

    Same words up to style (numbers, names and negations equal) → supported; a changed
    number, name or negation → conflicting, with a word-level diff; no statement found →
    unverified.
    """
    day = _date(date)
    out = []
    for q in quotes:
        verdict, ev, reason = _check_quote(q, corpus)
        role_verdict, role_reason = _check_role(q, corpus, day)
        out.append(
            CheckedQuote(**q.model_dump(), verdict=verdict, evidence=ev, reason=reason,
                         speaker_verdict=role_verdict, speaker_reason=role_reason)
        )  # fmt: skip
    return out


def _check_quote(q: Quote, corpus: Corpus) -> Result:
    body = q.text.strip("\"'“”‘’ ,.")
    norm = _quote_norm(body)
    if q.kind == "indirect" or len(norm.split()) < 6:
        return "unverified", [], "too short or indirect to match against statements"
    # Raw words, not stems: the full-text index holds words as written. Longest first,
    # as the most distinctive.
    raw = {w for w in re.findall(r"[a-z]+", body.lower()) if len(w) > 2 and w not in STOP_WORDS}
    rows = corpus.search(sorted(raw, key=lambda w: (-len(w), w))[:8], limit=30)
    if not rows:
        return "unverified", [], "no corpus statement shares its words"
    choices = [_quote_norm(r.statement) for r in rows]
    best = process.extractOne(norm, choices, scorer=fuzz.partial_ratio, processor=None)
    if best is None or best[1] < QUOTE_FOUND:
        return "unverified", [], "no corpus statement matches this quote"
    _, score, i = best
    row = rows[i]
    ref = _core(norm, _aligned(norm, choices[i]))
    ev = [evidence(Candidate(row, round(score / 100, 3), True, True))]
    changed = _changed(norm, ref, body, row.statement, corpus)
    if not changed:
        return "supported", ev, f"matches {row.id} up to style (score {score:.0f})"
    return "conflicting", ev, f"{changed}; diff: {_diff(norm, ref)}"


def _aligned(quote: str, statement: str) -> str:
    """The stretch of ``statement`` the quote corresponds to, widened to whole words.

    partial_ratio aligns a window as long as the quote; a paraphrased title ("President of
    the Russian Federation") shifts the true end, so the window gets slack on both sides.
    """
    if len(quote) >= 0.6 * len(statement):
        return statement
    align = fuzz.partial_ratio_alignment(quote, statement, processor=None)
    if align is None:
        return statement
    slack = max(10, len(quote) // 5)
    start = max(0, align.dest_start - slack)
    end = min(len(statement), align.dest_end + slack)
    start = statement.rfind(" ", 0, start) + 1 if start else 0
    stop = statement.find(" ", end)
    return statement[start : stop if stop >= 0 else len(statement)]


def _core(quote: str, ref: str) -> str:
    """The words of ``ref`` that the quote spans: matched runs mapped back to the quote's ends.

    A stray shared "the" before the real match would otherwise drag unquoted words into the
    comparison, so only runs of two or more words anchor the span.
    """
    a, b = ref.split(), quote.split()
    matched = [m for m in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_matching_blocks()
               if m.size]  # fmt: skip
    anchors = [m for m in matched if m.size >= 2]
    if not anchors:
        return ref
    first = anchors[0]
    # The end may be a single word ("... May 16 to 17"), as long as it follows the anchor.
    last = [m for m in matched if m.a >= first.a][-1]
    start = max(0, first.a - first.b)
    end = min(len(a), last.a + last.size + (len(b) - last.b - last.size))
    return " ".join(a[start:end])


def _changed(norm: str, ref: str, raw: str, raw_ref: str, corpus: Corpus) -> str | None:
    nums = (set(re.findall(r"\d+", norm)), set(re.findall(r"\d+", ref)))
    if nums[0] != nums[1]:
        return "number changed"
    negs = (
        sum(w in _NEGATIONS for w in norm.split()),
        sum(w in _NEGATIONS for w in ref.split()),
    )
    if negs[0] != negs[1]:
        return "negation changed"
    names = (
        {e for _, _, e in corpus.finder.find(raw)},
        {e for _, _, e in corpus.finder.find(raw_ref)},
    )
    if names[0] - names[1]:
        return "name changed"
    # Names the alias table does not know: every capitalised word of the quote must appear
    # in the statement (any case, so a sentence-initial "The" is no name).
    ref_words = {w.lower() for w in re.findall(r"\w+", raw_ref)}
    if any(w.lower() not in ref_words for w in re.findall(r"\b[A-Z]\w+", raw)):
        return "name changed"
    return None


def _diff(a: str, b: str) -> str:
    parts = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=b.split(), b=a.split()).get_opcodes():
        if tag == "equal":
            continue
        old, new = " ".join(b.split()[i1:i2]), " ".join(a.split()[j1:j2])
        parts.append(
            f"[-{old}-]{{+{new}+}}" if old and new else f"[-{old}-]" if old else f"{{+{new}+}}"
        )
    return " ".join(parts[:6]) or "(no word differs)"


def _role_norm(role: str) -> str:
    r = role.lower().strip()
    for k, v in _ROLE_WORDS.items():
        r = re.sub(rf"\b{k}\b", v, r)
    return r


def _check_role(q: Quote, corpus: Corpus, day: dt.date | None) -> tuple[Verdict | None, str | None]:
    sp = q.speaker
    if sp is None or not sp.role:
        return None, None
    target = corpus.finder.resolve(sp.name)
    person = next((p for p in corpus.persons if corpus.finder.resolve(p.name) == target), None)
    if person is None or not person.roles:
        return "unverified", f"no person record for {sp.name}"
    iso = day.isoformat() if day else None
    valid = [
        r for r in person.roles
        if (iso is None or ((r.start or "") <= iso and (r.end is None or iso <= r.end)))
    ]  # fmt: skip
    stated = _role_norm(sp.role)
    for r in valid:
        if fuzz.token_set_ratio(stated, _role_norm(r.role), processor=None) >= 85:
            org = f" of {r.organization}" if r.organization else ""
            return "supported", f"{person.name} was {r.role}{org} on {iso or 'an unknown date'}"
    held = ", ".join(r.role for r in valid) or "no role"
    return "conflicting", f"{person.name} held {held} on {iso or 'an unknown date'}, not {sp.role}"
