"""Hypothesis strategies for small reference corpora and articles that agree or disagree.

Private: the public names are re-exported by :mod:`claimcheck.testing`. Facts are annual
figures (trade between two countries in US dollars, a country's inflation rate) with exact
structured values, in the record format of DESIGN.md; article sentences restate them rounded,
reformatted, hedged, wrong by a slip, or about a period or subject the corpus does not cover.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from hypothesis import strategies as st

from ._testing_articles import COUNTRIES

_SCALE_WORDS = (
    (Decimal(10) ** 12, "trillion"),
    (Decimal(10) ** 9, "billion"),
    (Decimal(10) ** 6, "million"),
)
_SOURCE = "National Statistics Office"
_UP = ("more than", "over", "above", "at least")
_DOWN = ("less than", "under", "below", "up to", "at most")
#: How a :func:`corpus_cases` claim is made; see its docstring for each.
OUTCOMES = (
    "agree",
    "hedged",
    "bound-agree",
    "slip",
    "wrong-value",
    "bound-disagree",
    "other-period",
    "uncovered",
)


@dataclass(frozen=True)
class ExpectedVerdict:
    """What verify should conclude about one claim of a :class:`CorpusCase` article.

    ``article[start:end] == text`` is the value expression; ``verdict`` is "supported",
    "conflicting" or "unverified"; ``fact`` the id of the fact it should cite (None when
    unverified); ``outcome`` how the sentence was made: "agree", "hedged", "slip",
    "wrong-value", "bound-agree", "bound-disagree", "other-period", "uncovered" (see
    :func:`corpus_cases`).
    """

    start: int
    end: int
    text: str
    verdict: str
    fact: str | None
    outcome: str
    kind: str


@dataclass(frozen=True)
class CorpusCase:
    """A small corpus (``records``, DESIGN.md record dicts) and an article checked against it.

    ``published`` is the article's publication date; ``claims`` lists what verify should find
    for each value the article states, in text order.
    """

    records: tuple[dict[str, Any], ...]
    article: str
    published: dt.date
    claims: tuple[ExpectedVerdict, ...]

    def jsonl(self) -> str:
        """The corpus as JSON Lines, one record per line, ready to write to a ``.jsonl`` file."""
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in self.records)


def _round_sig(value: Decimal, digits: int) -> Decimal:
    exponent = value.adjusted() - digits + 1
    return value.scaleb(-exponent).quantize(Decimal(1), rounding=ROUND_HALF_EVEN).scaleb(exponent)


def _half_unit(written: Decimal) -> Decimal:
    """Half a unit of the last significant digit of ``written`` as its digits are printed."""
    exponent = written.normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    return Decimal(5).scaleb(exponent - 1)


def _money_text(amount: Decimal, style: str) -> str:
    scale, word = next(((s, w) for s, w in _SCALE_WORDS if amount >= s), (Decimal(1), ""))
    mantissa = format((amount / scale).normalize(), "f")
    suffix = {"billion": "bn", "million": "m", "trillion": "tn"}.get(word, "")
    if style == "symbol":
        return f"${mantissa}{suffix}"
    if style == "code":
        return f"US${mantissa} {word}".rstrip()
    if style == "grouped" and amount == amount.to_integral_value():
        return f"{int(amount):,} dollars"
    return f"{mantissa} {word} dollars".replace("  ", " ")


@dataclass(frozen=True)
class _Topic:
    kind: str
    subject: tuple[str, ...]
    predicate: str
    year: int
    value: Decimal


def _fact(topic: _Topic, value: Decimal, year: int) -> dict[str, Any]:
    a = topic.subject[0]
    if topic.kind == "money":
        b = topic.subject[1]
        statement = (
            f"Trade between {a} and {b} reached US${format(value / 10**9, 'f')} billion in {year}."
        )
        unit = "USD"
    else:
        statement = f"Inflation in {a} was {format(value.normalize(), 'f')}% in {year}."
        unit = "%"
    return {
        "type": "fact",
        "id": "-".join([topic.predicate, *topic.subject, str(year)]).lower(),
        "statement": statement,
        "subject": list(topic.subject),
        "predicate": topic.predicate,
        "kind": topic.kind,
        "value": {
            "value": float(value) if value != value.to_integral_value() else int(value),
            "unit": unit,
        },
        "time": {"start": f"{year}-01-01", "end": f"{year}-12-31"},
        "source": {"name": _SOURCE, "url": None, "published": f"{year + 1}-02-15"},
    }


@st.composite
def _topics(draw: st.DrawFn, subjects: tuple[str, ...]) -> _Topic:
    year = draw(st.integers(2005, 2023))
    if len(subjects) == 2:
        value = Decimal(draw(st.integers(10_000, 999_999))) * Decimal(10) ** draw(st.integers(4, 7))
        return _Topic("money", subjects, "trade", year, value)
    value = Decimal(draw(st.integers(101, 2_999))) / 100
    return _Topic("percent", subjects, "inflation", year, value)


def _sentence(topic: _Topic, phrase: str, year: int) -> tuple[str, str]:
    """The sentence and the text before the value phrase."""
    if topic.kind == "money":
        before = f"Trade between {topic.subject[0]} and {topic.subject[1]} reached "
        return f"{before}{phrase} in {year}, official figures showed.", before
    before = f"Inflation in {topic.subject[0]} was "
    return f"{before}{phrase} in {year}, the statistics office said.", before


@st.composite
def _claim(
    draw: st.DrawFn, topic: _Topic, outcome: str, fact_id: str
) -> tuple[str, int, int, str, str | None]:
    """A sentence about ``topic`` made to have ``outcome``; returns the sentence, the value's
    offsets, the expected verdict and the fact it should cite."""
    year = topic.year
    stated = _round_sig(topic.value, draw(st.integers(2, 4)))
    hedge = ""
    verdict: str = "supported"
    if outcome == "hedged":
        hedge = draw(st.sampled_from(("about", "around", "roughly", "some", "approximately")))
    elif outcome == "slip":
        stated = stated / 1000 if topic.kind == "money" else stated * 10
        verdict = "conflicting"
    elif outcome == "wrong-value":
        factor = draw(
            st.sampled_from((Decimal("0.5"), Decimal("0.7"), Decimal("1.4"), Decimal("2")))
        )
        stated = _round_sig(topic.value * factor, 2)
        # "10%" for a true 5% covers 5-15 (one significant figure): move further off until
        # the written precision no longer reaches the true value.
        while abs(stated - topic.value) <= _half_unit(stated):
            factor *= 2 if factor > 1 else Decimal("0.5")
            stated = _round_sig(topic.value * factor, 2)
        verdict = "conflicting"
    elif outcome in ("bound-agree", "bound-disagree"):
        up = draw(st.booleans())
        hedge = draw(st.sampled_from(_UP if up else _DOWN))
        # Below the true value for "more than" to agree, above it for "less than"; the
        # other way round to disagree. Two significant figures of 0.6x/1.5x stay clear of x.
        below = up == (outcome == "bound-agree")
        stated = _round_sig(topic.value * Decimal("0.6" if below else "1.5"), 2)
        verdict = "supported" if outcome == "bound-agree" else "conflicting"
    elif outcome in ("other-period", "uncovered"):
        verdict = "unverified"
        if outcome == "other-period":
            year = topic.year - draw(st.integers(3, 5))
            # A value far from every figure the corpus has for the subject: were it one of
            # them, "the figure for another year" would be a fair reading (a year slip).
            stated = _round_sig(topic.value * 3, 2)
    if topic.kind == "money":
        text = _money_text(stated, draw(st.sampled_from(("symbol", "code", "name", "grouped"))))
    else:
        sign = draw(st.sampled_from(("%", " percent", " per cent")))
        text = f"{format(stated.normalize(), 'f')}{sign}"
    phrase = f"{hedge} {text}" if hedge else text
    sentence, before = _sentence(topic, phrase, year)
    start = len(before) + (len(hedge) + 1 if hedge else 0)
    cited = fact_id if verdict != "unverified" else None
    return sentence, start, start + len(text), verdict, cited


@st.composite
def corpus_cases(
    draw: st.DrawFn, *, max_claims: int = 3, outcomes: tuple[str, ...] = OUTCOMES
) -> CorpusCase:
    """Draw a small corpus of annual facts and an article whose claims agree or disagree.

    Each claim is about its own subject (a pair of countries for trade in US dollars, one
    country for inflation). ``outcomes`` (default :data:`OUTCOMES`) are drawn from: "agree"
    (the fact's value rounded to 2-4 significant figures, in any money style), "hedged" (the
    same with "about"/"around"…), "bound-agree" ("more than" a lower figure, "less than" a
    higher one), "slip" (a million/billion or decimal-point slip), "wrong-value" (off by a
    factor of 0.5-2 or more), "bound-disagree" ("more than" a higher figure, "less than" a
    lower one), "other-period" (a figure for a year the corpus lacks, matching none of the
    subject's figures), "uncovered" (a subject with no facts at all). The corpus also holds
    the same subject's figure for the year before, with another value, as a distractor.

    Guarantees: for the outcomes expected "supported" the fact's value lies inside the
    stated interval (precision and hedge per DESIGN.md); for those expected "conflicting" it
    lies outside it.
    """
    n = draw(st.integers(1, max_claims))
    countries = draw(st.permutations(COUNTRIES))
    records: list[dict[str, Any]] = []
    sentences: list[str] = []
    expected: list[ExpectedVerdict] = []
    offset = 0
    last_year = 2005
    used = 0
    for _ in range(n):
        width = draw(st.sampled_from((1, 2)))
        subject = tuple(countries[used : used + width])
        used += width
        topic = draw(_topics(subject))
        last_year = max(last_year, topic.year)
        outcome = draw(st.sampled_from(outcomes))
        fact = _fact(topic, topic.value, topic.year)
        if outcome != "uncovered":
            records.append(fact)
            # A distractor: the same measure a year earlier, 15% lower.
            records.append(
                _fact(topic, _round_sig(topic.value * Decimal("0.85"), 5), topic.year - 1)
            )
        sentence, start, end, verdict, cited = draw(_claim(topic, outcome, fact["id"]))
        expected.append(
            ExpectedVerdict(
                offset + start,
                offset + end,
                sentence[start:end],
                verdict,
                cited,
                outcome,
                topic.kind,
            )
        )
        sentences.append(sentence)
        offset += len(sentence) + 2
    published = draw(st.dates(dt.date(last_year + 1, 1, 1), dt.date(last_year + 2, 12, 31)))
    return CorpusCase(tuple(records), "\n\n".join(sentences), published, tuple(expected))
