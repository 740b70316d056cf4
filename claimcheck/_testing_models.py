"""Hypothesis strategies for claimcheck's result models (``claimcheck.models``).

Private: the public names are re-exported by :mod:`claimcheck.testing`. Useful to test code
that consumes reports (renderers, exporters, databases) without running the pipeline.
Numbers are finite: JSON has no infinity, and an unbounded interval end is ``None``.
"""

from __future__ import annotations

import datetime as dt
from typing import get_args

from hypothesis import strategies as st

from .models import (
    Attribution,
    CheckedClaim,
    Claim,
    ClaimKind,
    ClaimValue,
    Cue,
    DateSource,
    DateValue,
    Document,
    DurationValue,
    Evidence,
    Granularity,
    Measure,
    Mention,
    Ordinal,
    Quote,
    Report,
    Source,
    Span,
    Speaker,
    SpeakerKind,
    Summary,
    TimeScope,
    Verdict,
)

_text = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40)
_short = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=20)
_numbers = st.one_of(
    st.integers(-(10**15), 10**15),
    st.floats(allow_nan=False, allow_infinity=False, width=64),
)
_iso_days = st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)).map(dt.date.isoformat)


@st.composite
def _offsets(draw: st.DrawFn) -> tuple[int, int]:
    start = draw(st.integers(0, 10**6))
    return start, start + draw(st.integers(0, 500))


@st.composite
def _spans(draw: st.DrawFn, cls: type[Mention] | type[Cue]) -> Mention | Cue:
    start, end = draw(_offsets())
    return cls(start=start, end=end, text=draw(_text))


@st.composite
def speakers(draw: st.DrawFn) -> Speaker:
    """Draw a :class:`~claimcheck.models.Speaker` of any kind, with or without role."""
    return Speaker(
        name=draw(_short),
        kind=draw(st.sampled_from(get_args(SpeakerKind))),
        role=draw(st.none() | _short),
        organization=draw(st.none() | _short),
        mention=draw(_spans(Mention)),
    )


@st.composite
def quotes(draw: st.DrawFn) -> Quote:
    """Draw a :class:`~claimcheck.models.Quote` (direct, partial or indirect)."""
    start, end = draw(_offsets())
    kind = draw(st.sampled_from(("direct", "partial", "indirect")))
    return Quote(
        id=f"q{draw(st.integers(1, 999))}",
        start=start,
        end=end,
        text=draw(_text),
        kind=kind,
        marks=None if kind == "indirect" else draw(st.sampled_from(("double", "single"))),
        nested=draw(st.booleans()),
        speaker=draw(st.none() | speakers()),
        cue=draw(st.none() | _spans(Cue)),
        confidence=draw(st.floats(0, 1)),
    )


@st.composite
def _measures(draw: st.DrawFn) -> Measure:
    value = draw(_numbers)
    return Measure(
        value=value,
        low=draw(st.none() | _numbers),
        high=draw(st.none() | _numbers),
        unit=draw(st.none() | st.sampled_from(("USD", "EUR", "%", "pp", "tonne"))),
    )


def _value_for(kind: str) -> st.SearchStrategy[ClaimValue]:
    if kind in ("money", "quantity", "percent", "count"):
        return _measures()
    if kind == "ordinal":
        return st.builds(Ordinal, value=st.integers(1, 10**4), counts=st.none() | _short)
    if kind == "date":
        return st.builds(
            DateValue,
            timex=st.none() | _iso_days,
            start=st.none() | _iso_days,
            end=st.none() | _iso_days,
            granularity=st.none() | st.sampled_from(get_args(Granularity)),
        )
    return st.builds(
        DurationValue,
        timex=st.sampled_from(("P6M", "P2Y", "P3D", "P1W")),
        value=_numbers,
        low=st.none() | _numbers,
        high=st.none() | _numbers,
    )


@st.composite
def _claim_fields(draw: st.DrawFn) -> dict[str, object]:
    start, end = draw(_offsets())
    kind = draw(st.sampled_from(get_args(ClaimKind)))
    s_start = draw(st.integers(0, start))
    time = draw(st.none() | st.tuples(_iso_days, _iso_days))
    return {
        "id": f"c{draw(st.integers(1, 999))}",
        "start": start,
        "end": end,
        "text": draw(_text),
        "kind": kind,
        "value": draw(_value_for(kind)),
        "hedge": draw(st.none() | st.sampled_from(("about", "just over", "more than", "nearly"))),
        "sentence": Span(start=s_start, end=end + draw(st.integers(0, 200))),
        "subject": draw(st.lists(_short, max_size=3)),
        "predicate": draw(st.none() | _short),
        "time": None if time is None else TimeScope(start=min(time), end=max(time)),
        "attribution": Attribution(
            speaker=draw(st.none() | _short), quote=draw(st.none() | st.just("q1"))
        ),
    }


def claims() -> st.SearchStrategy[Claim]:
    """Draw a :class:`~claimcheck.models.Claim` of any kind, its value of the matching shape."""
    return _claim_fields().map(lambda fields: Claim(**fields))


@st.composite
def checked_claims(draw: st.DrawFn) -> CheckedClaim:
    """Draw a :class:`~claimcheck.models.CheckedClaim`: a claim with verdict, evidence, reason."""
    evidence = st.builds(
        Evidence,
        fact=_short,
        source=st.builds(
            Source,
            name=_short,
            url=st.none() | st.just("https://example.org/x"),
            published=st.none() | _iso_days,
        ),
        text=_text,
        score=st.floats(0, 1),
    )
    return CheckedClaim(
        **draw(_claim_fields()),
        verdict=draw(st.sampled_from(get_args(Verdict))),
        evidence=draw(st.lists(evidence, max_size=3)),
        reason=draw(_text),
    )


@st.composite
def reports(draw: st.DrawFn) -> Report:
    """Draw a :class:`~claimcheck.models.Report` whose summary counts its claims' verdicts."""
    checked = draw(st.lists(checked_claims(), max_size=4))
    counts = {v: sum(c.verdict == v for c in checked) for v in get_args(Verdict)}
    document = Document(
        id=draw(st.none() | _short),
        date=draw(st.none() | _iso_days),
        date_source=draw(st.sampled_from(get_args(DateSource))),
    )
    return Report(
        document=document,
        quotes=draw(st.lists(quotes(), max_size=4)),
        claims=checked,
        summary=Summary(**counts),
    )
