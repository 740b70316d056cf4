"""Finding the corpus records a claim is about, and comparing values as intervals.

A claim is matched through its context: the entities named in its sentence (with aliases, and
people named by their role on the article's date, "the Russian president"), the content terms
of the sentence, and which of those terms sit next to the value. Candidates come from the
index's blocking keys (entity × term); rapidfuzz ranks them. A candidate is *usable* when it
is about the same entities and shares a predicate term with the sentence, and *strong* when a
predicate term sits right beside the value: only strong candidates can make a claim
conflicting, so a date in a sentence about two things is not held against the wrong one.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from .corpus import Corpus, Row
from .corpus.keys import key_hash
from .corpus.terms import BUILTIN_ALIASES, canonical, terms, words
from .models import Claim, DateValue, Evidence, Measure, Source, Verdict

# What every check returns: the verdict, its evidence, and a one-line reason.
Result = tuple[Verdict, list[Evidence], str]

# How many words either side of a value count as "beside" it.
NEAR_WORDS = 8
# A dated event's noun sits closer still ("the start of the war in Ukraine in February 2022");
# further away the date usually belongs to another verb ("the war entered its third year in").
DATE_NEAR_WORDS = 5
CANDIDATE_LIMIT = 400

_MEASURE_KINDS = ("money", "quantity", "percent", "count")
_CLAUSE_BREAK = re.compile(r"[,;:\"“”()—―–]|\s-\s")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")

# Exact conversion factors to a base unit per dimension. Currencies are never converted:
# no rate can be stated with confidence for an arbitrary date.
_UNIT_BASE: dict[str, tuple[str, float]] = {
    "metre": ("metre", 1.0), "meter": ("metre", 1.0), "kilometre": ("metre", 1000.0),
    "kilometer": ("metre", 1000.0), "centimetre": ("metre", 0.01), "mile": ("metre", 1609.344),
    "foot": ("metre", 0.3048), "kilogram": ("kilogram", 1.0), "gram": ("kilogram", 0.001),
    "tonne": ("kilogram", 1000.0), "pound": ("kilogram", 0.45359237),
    "square kilometre": ("square metre", 1e6), "square mile": ("square metre", 2589988.110336),
    "hectare": ("square metre", 1e4), "square metre": ("square metre", 1.0),
    "litre": ("litre", 1.0), "barrel": ("litre", 158.987294928),
    "barrel per day": ("barrel per day", 1.0),
}  # fmt: skip


@dataclass
class Context:
    """What a claim's sentence says around it: entities, terms, and terms beside the value."""

    claim: Claim
    sentence: str
    entities: set[str]
    terms: set[str]
    near: list[str]  # terms beside the value, nearest first
    scope: tuple[str, str] | None  # the claim's time scope (given, or a year beside it)
    date: dt.date | None
    doc_entities: set[str] = field(default_factory=set)
    named: set[str] = field(default_factory=set)  # entities the sentence names by a known name
    spacing: dict[str, int] = field(default_factory=dict)  # term → words between it and value


@functools.lru_cache(maxsize=32)
def role_aliases(corpus: Corpus, date: dt.date | None) -> list[tuple[re.Pattern[str], str]]:
    """Patterns for people named by role on ``date`` ("Russian President", "President of China").

    Built from corpus person records whose role was held on that date (cached per corpus and
    date; treat the list as read-only).
    """
    out = []
    for person in corpus.persons:
        for role in person.roles:
            if not _valid(role.start, role.end, date) or not role.organization:
                continue
            org = canonical(role.organization)
            names = [n for n in BUILTIN_ALIASES.get(org, ()) if not n.isupper()] or [
                role.organization
            ]
            r = re.escape(role.role)
            alts = [rf"{re.escape(n)}(?:'s)?\s+{r}" for n in names]
            alts += [rf"{r}\s+of\s+(?:the\s+)?{re.escape(n)}" for n in names]
            out.append(
                (re.compile(r"\b(?:" + "|".join(alts) + r")\b", re.I), canonical(person.name))
            )
    return out


def _valid(start: str | None, end: str | None, date: dt.date | None) -> bool:
    if date is None:
        return end is None
    iso = date.isoformat()
    return (start is None or start <= iso) and (end is None or iso <= end)


_NAME = re.compile(r"\b[A-Z][\w'’]*(?:[\s-]+(?:of\s+(?:the\s+)?)?[A-Z][\w'’]*)*")


def entities_in(text: str, corpus: Corpus, roles: list[tuple[re.Pattern[str], str]]) -> set[str]:
    """Canonical entities named in ``text``, by name, alias or role.

    Capitalised names the alias table does not know ("Alphaland") count too, whole and word
    by word: corpus facts name their subjects that way, and a spurious name only adds a key.
    """
    found = {e for _, _, e in corpus.finder.find(text)}
    found |= {person for pattern, person in roles if pattern.search(text)}
    for m in _NAME.finditer(text):
        name = re.sub(r"['’]s$", "", m.group())
        found.add(corpus.finder.resolve(name))
        for part in re.split(r"[\s-]+", name):
            if len(part) > 2 and part[0].isupper():
                found.add(corpus.finder.resolve(part))
    return found


def context(
    claim: Claim,
    text: str,
    corpus: Corpus,
    *,
    roles: list[tuple[re.Pattern[str], str]],
    date: dt.date | None,
    doc_entities: set[str],
) -> Context:
    """The :class:`Context` of ``claim`` in the article ``text``."""
    s0, s1 = claim.sentence.start, claim.sentence.end
    if not (0 <= s0 <= claim.start <= claim.end <= s1 <= len(text)):
        s0, s1 = claim.start, claim.end
    sentence = text[s0:s1]
    ents = entities_in(sentence, corpus, roles)
    known = {e for _, _, e in corpus.finder.find(sentence)}
    known |= {corpus.finder.resolve(s) for s in claim.subject}
    ents |= known
    named = known | {p for pattern, p in roles if pattern.search(sentence)}
    # Words of known names are not predicate terms; a capitalised guess ("Trade") stays one.
    entity_words = {t for e in known for t in terms(e)}
    found = [(pos + s0, t) for pos, t in words(sentence) if t not in entity_words]
    predicate_terms = terms(claim.predicate)

    def distance(pos: int) -> int:
        """Words between the term at ``pos`` and the value; a clause break counts three.

        A reporting clause ("..., the ministry announced") is not what the date dates.
        """
        if pos < claim.start:
            between = text[pos : claim.start]
            words_between = len(between.split()) - 1
        else:
            between = text[claim.end : pos]
            words_between = len(between.split())
        return words_between + 3 * len(_CLAUSE_BREAK.findall(between))

    near_sorted = sorted((distance(p), t) for p, t in found if not claim.start <= p < claim.end)
    # A measure's predicate often opens a long sentence ("Trade between China and Russia has
    # soared since ... and reached 240 billion dollars"); a date's sits right beside it.
    reach = 2 * NEAR_WORDS if claim.kind in _MEASURE_KINDS else DATE_NEAR_WORDS
    near = list(dict.fromkeys(predicate_terms + [t for d, t in near_sorted if d <= reach]))
    # Distances come from the text, even for the extractor's predicate (which may name a
    # light verb, "pay a state visit"); a predicate term absent from the text counts as far.
    spacing: dict[str, int] = {}
    for d, t in near_sorted:
        spacing.setdefault(t, d)
    for t in predicate_terms:
        spacing.setdefault(t, reach)
    scope = (claim.time.start, claim.time.end) if claim.time else _year_beside(claim, text, s0, s1)
    return Context(
        claim=claim,
        sentence=sentence,
        entities=ents,
        terms={t for _, t in found} | set(predicate_terms),
        near=near,
        scope=scope,
        date=date,
        doc_entities=doc_entities,
        named=named,
        spacing=spacing,
    )


def _year_beside(claim: Claim, text: str, s0: int, s1: int) -> tuple[str, str] | None:
    """A year written just after a measure ("... 240 billion dollars in 2023")."""
    if claim.kind not in _MEASURE_KINDS:
        return None
    after = text[claim.end : min(s1, claim.end + 24)]
    m = re.match(r"\s*(?:in|for|during|of)\s+(?:fiscal\s+|the\s+year\s+)?(\d{4})\b", after)
    if m and _YEAR.fullmatch(m.group(1)):
        return f"{m.group(1)}-01-01", f"{m.group(1)}-12-31"
    return None


@dataclass
class Candidate:
    """A corpus row scored against a claim's context."""

    row: Row
    score: float
    usable: bool
    strong: bool
    distance: int = 1 << 30  # words between the value and the nearest predicate term


def candidates(
    corpus: Corpus,
    ctx: Context,
    *,
    kinds: Iterable[str],
    period: tuple[str, str] | None = None,
) -> list[Candidate]:
    """Rows about the claim's entities and terms, of the given kinds, best first.

    ``period`` limits measures to those whose time scope overlaps it.
    """
    # A sentence that names nobody ("he won the March election") is about the article's
    # people; their records may support it but, being a guess, never contradict it.
    borrowed = not ctx.named and bool(ctx.doc_entities)
    ents = ctx.entities | {"*"} | (ctx.doc_entities if borrowed else set())
    hashes = [key_hash(e, t) for e in ents for t in ctx.terms]
    rows = corpus.by_keys(hashes, kinds=list(kinds), limit=CANDIDATE_LIMIT, period=period)
    if not rows:
        return []
    statements = [_norm(r.statement) for r in rows]
    text_scores = process.cdist(
        [_norm(ctx.sentence)], statements, scorer=fuzz.token_set_ratio, processor=None
    )[0]
    out = []
    known = ctx.entities | ctx.doc_entities
    for row, text_score in zip(rows, text_scores, strict=True):
        row_ents = {corpus.finder.resolve(s) for s in row.subject}
        # An event's subject is its participants followed by its place.
        who = {corpus.finder.resolve(s) for s in (row.subject[:-1] if row.where else row.subject)}
        overlap = len(row_ents & ctx.entities)
        weak = False
        if row.type == "event":
            # People may be named elsewhere in the article ("the two leaders"): at least half
            # of those involved must be named somewhere in it.
            entity_ok = overlap >= 2 or (overlap >= 1 and 2 * len(who & known) >= len(who))
            if not entity_ok and borrowed and row_ents & ctx.doc_entities and who <= known:
                entity_ok = weak = True
        else:
            entity_ok = overlap >= min(2, len(row_ents)) if row_ents else True
        pred = terms(row.predicate) or terms(row.statement)
        shared = [t for t in pred if t in ctx.terms]
        near = any(t in ctx.near for t in pred)
        share = len(shared) / len(pred) if pred else 0.0
        ent_share = overlap / len(row_ents) if row_ents else 0.0
        score = 0.4 * share + 0.3 * ent_share + 0.3 * float(text_score) / 100
        usable = entity_ok and bool(shared)
        strong = usable and near and not weak
        gap = min((ctx.spacing[t] for t in pred if t in ctx.spacing), default=1 << 30)
        out.append(Candidate(row, round(min(1.0, score), 3), usable, strong, gap))
    out.sort(key=lambda c: (c.usable, c.strong, c.score), reverse=True)
    return out


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def evidence(candidate: Candidate) -> Evidence:
    """The :class:`~claimcheck.models.Evidence` a candidate row offers."""
    r = candidate.row
    return Evidence(
        fact=r.id,
        source=Source(name=r.source.name, url=r.source.url, published=r.source.published),
        text=r.statement,
        score=candidate.score,
    )


# --- values ---------------------------------------------------------------------------------


def convert(value: float, unit: str | None, to: str | None) -> float | None:
    """``value`` in ``unit`` expressed in ``to``, or None when no exact factor is known."""
    if unit == to or (unit or "") == (to or ""):
        return value
    a, b = _UNIT_BASE.get(unit or ""), _UNIT_BASE.get(to or "")
    if a and b and a[0] == b[0]:
        return value * a[1] / b[1]
    return None


def inside(value: float, low: float | None, high: float | None) -> bool:
    """Whether ``value`` lies in the closed interval [low, high] (None = unbounded)."""
    eps = 1e-9 * max(1.0, abs(value))
    return (low is None or value >= low - eps) and (high is None or value <= high + eps)


def measure_slip(claim: Measure, ref: float, ref_unit: str | None) -> str:
    """The kind of slip that makes ``claim`` miss the reference value ``ref``."""
    stated = float(claim.value)
    unit = claim.unit or ""
    if stated and ref:
        ratio = ref / stated
        for factor, name in ((1000.0, "million/billion"), (1e6, "thousand/billion")):
            for r, direction in ((ratio, factor), (1 / ratio, factor)):
                if math.isclose(r, direction, rel_tol=0.06):
                    return f"{name} slip: the reference is {_fmt(ref)} {unit}".strip()
        # Compare digits at the stated precision: "204 billion" against 240.11 → "240".
        n = max(2, len(_digits(stated)))
        shown, rounded = _mantissa(stated, n), _mantissa(ref, n)
        if sorted(shown) == sorted(rounded) and shown != rounded:
            return f"transposed digits: the reference is {_fmt(ref)} {unit}".strip()
        if abs(ratio - 1) <= 0.05:
            return (
                f"rounding: the reference {_fmt(ref)} {unit} does not round to {_fmt(stated)}"
            ).replace("  ", " ")
        return f"value: the reference is {_fmt(ref)} {unit}, {abs(ratio - 1):.0%} away".replace(
            "  ", " "
        )
    return f"value: the reference is {_fmt(ref)} {unit}".strip()


def _digits(x: float) -> str:
    return re.sub(r"\D", "", f"{x:.6g}".split("e")[0]).strip("0")


def _mantissa(x: float, n: int) -> str:
    """The first ``n`` significant digits of ``x``: _mantissa(240.11e9, 3) == "240"."""
    return f"{abs(x):.{n - 1}e}".split("e")[0].replace(".", "")


def _fmt(x: float) -> str:
    for div, suffix in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(x) >= div:
            return f"{x / div:.6g} {suffix}"
    return f"{x:.6g}"


def unit_slip(claim: Measure, row: Row) -> str | None:
    """A unit slip: the stated number equals the reference's number in another unit."""
    if row.value is None or claim.unit == row.unit:
        return None
    if (
        claim.low is not None
        and claim.high is not None
        and inside(row.value, claim.low, claim.high)
    ):
        return f"unit slip: the reference is {_fmt(row.value)} {row.unit}, not {claim.unit}"
    return None


def same_period(scope: tuple[str, str] | None, row: Row) -> bool | None:
    """Whether a measure row covers the claim's period (None when the claim states none)."""
    if scope is None:
        return None
    if row.time_start is None or row.time_end is None:
        return None
    return (row.time_start, row.time_end) == scope


def period_label(row: Row) -> str:
    """A short label for a row's period: "2023", "2023-01-01 to 2023-06-30" or "undated"."""
    if not row.time_start or not row.time_end:
        return "undated"
    whole_year = row.time_start.endswith("-01-01") and row.time_end.endswith("-12-31")
    if whole_year and row.time_start[:4] == row.time_end[:4]:
        return row.time_start[:4]
    return f"{row.time_start} to {row.time_end}"


# --- dates ----------------------------------------------------------------------------------


def date_relation(claim: DateValue, row: Row) -> str:
    """``"inside"`` when the claim's date and the row's date agree, else ``"outside"``.

    They agree when one interval lies within the other: "this week" holds a two-day visit,
    "on Thursday" lies within it.
    """
    cs, ce, rs, re_ = claim.start, claim.end, row.date_start, row.date_end or row.date_start
    if not (cs and ce and rs and re_):
        return "unknown"
    if rs <= cs and ce <= re_:
        return "inside"
    # A stated span of days ("May 16-18") must be the event's span; a coarser one ("this
    # week", "in May") only has to hold it.
    exact_days = claim.granularity == "day" and cs != ce
    if cs <= rs and re_ <= ce and not exact_days:
        return "inside"
    return "outside"


def date_slip(claim: DateValue, row: Row) -> str:
    """The kind of slip between a stated date and the reference date (year, month, day)."""
    assert claim.start and row.date_start
    c = dt.date.fromisoformat(claim.start)
    r = dt.date.fromisoformat(row.date_start)
    when = _fmt_date(row)
    gran = claim.granularity
    same_but_year = (
        gran == "year"
        or (c.month, c.day) == (r.month, r.day)
        or (gran == "month" and c.month == r.month)
    )
    if same_but_year and c.year != r.year:
        return f"year: the reference date is {when}"
    if c.year == r.year and gran == "day" and c.day == r.day and c.month != r.month:
        return f"month: the reference date is {when}"
    if c.year == r.year and gran == "month":
        return f"month: the reference date is {when}"
    if (c.year, c.month) == (r.year, r.month) and gran == "day":
        days = abs((c - r).days)
        return f"day: off by {days} day{'s' if days != 1 else ''}; the reference date is {when}"
    return f"date: the reference date is {when}"


def _fmt_date(row: Row) -> str:
    if row.date_end and row.date_end != row.date_start:
        return f"{row.date_start} to {row.date_end}"
    return str(row.date_start)


def recognisable_date_slip(claim: DateValue, row: Row) -> bool:
    """Whether the stated date differs from ``row``'s in only one field, or by a few days."""
    if not (claim.start and row.date_start):
        return False
    c = dt.date.fromisoformat(claim.start)
    r = dt.date.fromisoformat(row.date_start)
    if claim.granularity == "year":
        return False
    same_md = (c.month, c.day) == (r.month, r.day) and claim.granularity == "day"
    same_m = claim.granularity == "month" and c.month == r.month
    near = abs((c - r).days) <= 3
    same_ym = claim.granularity == "day" and (c.year, c.month) == (r.year, r.month)
    same_yd = claim.granularity == "day" and c.year == r.year and c.day == r.day
    return same_md or same_m or near or same_ym or same_yd


# --- wording shared by the verdict modules -------------------------------------------------


def parse_day(value: str | dt.date | None) -> dt.date | None:
    """An ISO date string (or date) as a date; None when absent or malformed."""
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def number_text(x: float | None) -> str:
    """A number as a reason states it: "240.11 billion", "26.3", "?" for unknown."""
    return "?" if x is None else _fmt(x)


def interval_text(low: float | None, high: float | None) -> str:
    """An interval as a reason states it: "235 billion to 245 billion", "at least 12"."""
    if low is None and high is None:
        return "any value"
    if low is None:
        return f"at most {number_text(high)}"
    if high is None:
        return f"at least {number_text(low)}"
    if low == high:
        return number_text(low)
    return f"{number_text(low)} to {number_text(high)}"
