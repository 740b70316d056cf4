"""Renderers: the same results as JSON records, a terminal table, ClaimReview or HTML.

``record`` gives the JSON value one input produces in each command (the line ``--jsonl`` and
``--format jsonl`` print); ``render`` turns a list of analyses into the text of one format.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .pipeline import Analysis


def record(command: str, analysis: Analysis) -> dict[str, Any]:
    """The JSON record of one input for ``command`` (quotes, claims or verify)."""
    if command == "verify":
        assert analysis.report is not None
        return analysis.report.model_dump(mode="json")
    if command == "quotes":
        return {"id": analysis.document.id, "quotes": [q.model_dump(mode="json") for q in analysis.quotes]}
    return {"id": analysis.document.id, "claims": [c.model_dump(mode="json") for c in analysis.claims]}


def render(command: str, analyses: list[Analysis], fmt: str, *, several: bool) -> str:
    """The whole output of ``command`` in format ``fmt`` for these analyses."""
    if fmt == "json":
        records = [record(command, a) for a in analyses]
        value: Any = records if several else (records[0] if records else None)
        return json.dumps(value, ensure_ascii=False, indent=2) + "\n"
    if fmt == "table":
        from .report_table import render_table

        return render_table(command, analyses)
    if fmt == "claimreview":
        from .report_claimreview import render_claimreview

        return render_claimreview(analyses)
    if fmt == "html":
        from .report_html import render_html

        return render_html(analyses)
    raise ValueError(f"unknown format {fmt!r}")
