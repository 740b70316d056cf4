"""Renderers: the same results as JSON records, a terminal table, ClaimReview or HTML.

``record`` gives the JSON value one input produces in each command (the line ``--jsonl`` and
``--format jsonl`` print); ``render`` turns a list of analyses into the text of one format.
The table, ClaimReview and HTML renderers live in their own modules and are imported only
when asked for.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models import Report
    from .pipeline import Analysis

FORMATS = ("table", "json", "jsonl", "claimreview", "html")


def verify_report(analysis: Analysis) -> Report:
    """The verify :class:`~claimcheck.models.Report` of an analysis (built if the stage did not).

    An analysis from the quotes or claims stages has no verdicts; its claims are then shown as
    unverified with the reason saying no check was run.
    """
    from .models import CheckedClaim, Report, Summary

    if analysis.report is not None:
        return analysis.report
    checked = [
        CheckedClaim(**c.model_dump(), verdict="unverified", evidence=[], reason="not checked")
        for c in analysis.claims
    ]
    return Report(
        document=analysis.document,
        quotes=analysis.quotes,
        claims=checked,
        summary=Summary(unverified=len(checked)),
    )


def record(command: str, analysis: Analysis) -> dict[str, Any]:
    """The JSON record of one input for ``command`` (``quotes``, ``claims`` or ``verify``)."""
    if command == "verify":
        return verify_report(analysis).model_dump(mode="json")
    if command == "quotes":
        quotes = [q.model_dump(mode="json") for q in analysis.quotes]
        return {"id": analysis.document.id, "quotes": quotes}
    claims = [c.model_dump(mode="json") for c in analysis.claims]
    return {"id": analysis.document.id, "claims": claims}


def render(
    command: str,
    analyses: list[Analysis],
    fmt: str,
    *,
    several: bool = False,
    color: bool = False,
    width: int | None = None,
    organization: str = "claimcheck",
    review_url: str | None = None,
    reviewed_on: dt.date | None = None,
) -> str:
    """The whole output of ``command`` in format ``fmt`` for these analyses.

    ``several``: JSON is an array (one record per input) rather than one record. ``color`` and
    ``width`` apply to the table; ``organization``, ``review_url`` and ``reviewed_on`` to
    ClaimReview.

    Raises:
        ValueError: ``fmt`` is not one of :data:`FORMATS`.
    """
    if fmt == "json":
        records = [record(command, a) for a in analyses]
        value: Any = records if several else (records[0] if records else None)
        return json.dumps(value, ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(record(command, a), ensure_ascii=False) + "\n" for a in analyses)
    if fmt == "table":
        from .report_table import render_table

        return render_table(command, analyses, color=color, width=width)
    if fmt == "claimreview":
        from .report_claimreview import render_claimreview

        return render_claimreview(
            analyses, organization=organization, review_url=review_url, reviewed_on=reviewed_on
        )
    if fmt == "html":
        from .report_html import render_html

        return render_html(analyses)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


# --- words shared by the human-readable renderers -------------------------------------------

_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"))


def number(x: float | int | None, *, open_end: str = "…") -> str:
    """A number as a reader writes it: ``240 bn``, ``1,200``, ``3.5``; None as ``open_end``."""
    if x is None:
        return open_end
    for scale, word in _SCALES:
        if abs(x) >= scale:
            return f"{x / scale:,.6g} {word}"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.6g}"


def describe_value(claim: Any) -> str:
    """A claim's value in words: ``240 bn USD (235 bn – 245 bn)``, ``2024-05-16``, ``4th visit``."""
    from .models import DateValue, DurationValue, Measure, Ordinal

    v = claim.value
    if isinstance(v, Measure):
        unit = f" {v.unit}" if v.unit else ""
        text = f"{number(v.value)}{unit}"
        if (v.low, v.high) != (v.value, v.value):
            text += f" ({number(v.low, open_end='−∞')} – {number(v.high, open_end='∞')})"
        return text
    if isinstance(v, Ordinal):
        suffix = (
            "th"
            if 10 <= v.value % 100 <= 20
            else {1: "st", 2: "nd", 3: "rd"}.get(v.value % 10, "th")
        )
        return f"{v.value}{suffix}" + (f" {v.counts}" if v.counts else "")
    if isinstance(v, DateValue):
        if v.timex:
            return v.timex
        return "unresolved date (no publication date)"
    if isinstance(v, DurationValue):
        return f"{v.timex} ({number(v.low, open_end='…')} – {number(v.high, open_end='∞')} days)"
    return str(v)


def clamp_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``/``end`` forced inside ``text`` and in order, so a faulty stage cannot break a
    renderer."""
    start = min(max(start, 0), len(text))
    end = min(max(end, start), len(text))
    return start, end


def sentence_of(analysis: Analysis, claim: Any) -> str:
    """The sentence a claim sits in, whitespace collapsed (the claim's own text if unknown)."""
    start, end = clamp_span(analysis.text, claim.sentence.start, claim.sentence.end)
    text = " ".join(analysis.text[start:end].split())
    return text or claim.text
