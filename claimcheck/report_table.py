"""The terminal report (rich): quotes with speakers, claims with coloured verdicts and evidence.

Article and corpus text is printed as text, never interpreted as rich markup (a ``[bold]`` in an
article stays ``[bold]``).
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from .report import describe_value, verify_report

if TYPE_CHECKING:
    from rich.console import Console

    from .pipeline import Analysis

VERDICT_STYLE = {"supported": "bold green", "conflicting": "bold red", "unverified": "yellow"}
DEFAULT_WIDTH = 120


def render_table(
    command: str, analyses: list[Analysis], *, color: bool = False, width: int | None = None
) -> str:
    """The readable report of ``command`` (quotes, claims or verify) for these analyses.

    ``color`` adds ANSI colours (verdicts green / red / yellow); ``width`` is the line width
    (default 120).
    """
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width or DEFAULT_WIDTH,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        highlight=False,
        emoji=False,
        soft_wrap=False,
    )
    if not analyses:
        console.print("No article could be read.", markup=False)
    for n, analysis in enumerate(analyses):
        if n:
            console.print()
        _document(console, command, analysis)
    return buffer.getvalue()


def _document(console: Console, command: str, analysis: Analysis) -> None:
    from rich.text import Text

    doc = analysis.document
    head = Text(doc.id or "(text)", style="bold")
    date = f"published {doc.date} ({doc.date_source})" if doc.date else "publication date unknown"
    head.append(f"  {date}", style="dim")
    console.print(head)
    if command in ("quotes", "verify"):
        _quotes(console, analysis)
    if command == "claims":
        _claims(console, analysis.claims, verdicts=False)
    if command == "verify":
        report = verify_report(analysis)
        _claims(console, report.claims, verdicts=True)
        s = report.summary
        line = Text("Summary: ")
        for verdict, count in (
            ("supported", s.supported),
            ("conflicting", s.conflicting),
            ("unverified", s.unverified),
        ):
            line.append(f"{count} {verdict}", style=VERDICT_STYLE[verdict])
            if verdict != "unverified":
                line.append(", ")
        console.print(line)


def _quotes(console: Console, analysis: Analysis) -> None:
    from rich.table import Table
    from rich.text import Text

    if not analysis.quotes:
        console.print(Text("No quotes found.", style="dim"))
        return
    table = Table(title=f"Quotes ({len(analysis.quotes)})", title_justify="left", expand=True)
    table.add_column("id", no_wrap=True)
    table.add_column("quote", ratio=4)
    table.add_column("speaker", ratio=2)
    table.add_column("role, organization", ratio=2)
    table.add_column("cue", ratio=1)
    for q in analysis.quotes:
        s = q.speaker
        speaker = Text("unknown", style="dim") if s is None else Text(f"{s.name} ({s.kind})")
        if s is not None and s.mention.text and s.mention.text != s.name:
            speaker.append(f"\nas “{_short(s.mention.text, 40)}”", style="dim")
        role = ", ".join(x for x in ((s.role, s.organization) if s else ()) if x)
        kind = f"{q.kind}{', nested' if q.nested else ''}"
        quote = Text(_short(q.text, 240))
        quote.append(f"\n{kind} · {q.start}–{q.end} · {q.confidence:.2f}", style="dim")
        # Verify reports check quotes too (CheckedQuote): against corpus statements, and the
        # speaker's stated role against person records.
        verdict = getattr(q, "verdict", None)
        if verdict:
            quote.append(f"\n{verdict}", style=VERDICT_STYLE.get(verdict, ""))
            quote.append(f": {getattr(q, 'reason', '')}", style="dim")
        speaker_verdict = getattr(q, "speaker_verdict", None)
        if speaker_verdict and s is not None:
            speaker.append(
                f"\nrole {speaker_verdict}", style=VERDICT_STYLE.get(speaker_verdict, "")
            )
            speaker_reason = getattr(q, "speaker_reason", None)
            if speaker_reason:
                speaker.append(f": {speaker_reason}", style="dim")
        table.add_row(q.id, quote, speaker, Text(role), Text(q.cue.text if q.cue else ""))
    console.print(table)


def _claims(console: Console, claims: list[Any], *, verdicts: bool) -> None:
    from rich.table import Table
    from rich.text import Text

    if not claims:
        console.print(Text("No claims found.", style="dim"))
        return
    table = Table(title=f"Claims ({len(claims)})", title_justify="left", expand=True)
    table.add_column("id", no_wrap=True)
    table.add_column("claim", ratio=2)
    table.add_column("value", ratio=2)
    if verdicts:
        table.add_column("verdict", no_wrap=True)
        table.add_column("reason and evidence", ratio=4)
    else:
        table.add_column("subject, predicate, time", ratio=3)
    for c in claims:
        claim = Text(c.text)
        claim.append(f"\n{c.kind}" + (f", hedge “{c.hedge}”" if c.hedge else ""), style="dim")
        if c.attribution.speaker:
            claim.append(f"\nsaid by {c.attribution.speaker}", style="dim")
        row: list[Any] = [c.id, claim, Text(describe_value(c))]
        if verdicts:
            row.append(Text(c.verdict, style=VERDICT_STYLE.get(c.verdict, "")))
            row.append(_evidence(c))
        else:
            about = [", ".join(c.subject), c.predicate or ""]
            if c.time is not None:
                about.append(f"{c.time.start} – {c.time.end}")
            row.append(Text(" · ".join(x for x in about if x)))
        table.add_row(*row)
    console.print(table)


def _evidence(claim: Any) -> Any:
    from rich.text import Text

    text = Text(claim.reason or "")
    for e in claim.evidence[:3]:
        src = e.source.name + (f", {e.source.published}" if e.source.published else "")
        text.append(f"\n• {e.fact} ({src}; score {e.score:.2f}): ", style="dim")
        text.append(_short(e.text, 160), style="italic")
    if len(claim.evidence) > 3:
        text.append(f"\n… and {len(claim.evidence) - 3} more", style="dim")
    return text


def _short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"
