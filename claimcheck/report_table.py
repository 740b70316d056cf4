"""The terminal table (rich): quotes with speakers, claims with values and verdicts."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .pipeline import Analysis


def render_table(command: str, analyses: list[Analysis]) -> str:
    from rich.console import Console
    from rich.table import Table

    buffer = io.StringIO()
    console = Console(file=buffer, width=120, force_terminal=False)
    for analysis in analyses:
        doc = analysis.document
        console.print(f"[bold]{doc.id or '(text)'}[/bold]  date {doc.date or 'unknown'} ({doc.date_source})")
        if command in ("quotes", "verify"):
            table = Table(title="Quotes", show_lines=False)
            for col in ("id", "kind", "quote", "speaker", "role", "organization", "cue"):
                table.add_column(col)
            for q in analysis.quotes:
                s = q.speaker
                table.add_row(
                    q.id, q.kind, _short(q.text, 60),
                    s.name if s else "-", (s.role or "") if s else "", (s.organization or "") if s else "",
                    q.cue.text if q.cue else "",
                )
            console.print(table)
        if command in ("claims", "verify"):
            claims = analysis.report.claims if (command == "verify" and analysis.report) else analysis.claims
            table = Table(title="Claims")
            for col in ("id", "kind", "text", "value", "verdict", "reason"):
                table.add_column(col)
            for c in claims:
                verdict = getattr(c, "verdict", "")
                reason = getattr(c, "reason", "")
                table.add_row(c.id, c.kind, c.text, _value(c), verdict, reason or "")
            console.print(table)
    return buffer.getvalue()


def _short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _value(claim) -> str:
    v = claim.value.model_dump(mode="json")
    return ", ".join(f"{k}={val}" for k, val in v.items() if val is not None)
