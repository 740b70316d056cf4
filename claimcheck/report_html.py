"""One self-contained HTML page: each article with its quotes and claims highlighted by verdict.

Safety first: every piece of article and corpus text goes through :func:`html.escape` (in
element content and in attributes); evidence links keep only http(s) URLs; the report data is
embedded as an inert ``application/json`` block in which ``<``, ``>`` and ``&`` are written as
``\\u003c``, ``\\u003e`` and ``\\u0026``, so no text can close the block. The page runs no
script at all, and its Content-Security-Policy forbids scripts and every external resource, so
even a mistake here could not make an article's ``<script>`` run.

Evidence shows on hover (a ``title`` tooltip on each highlighted claim) and on click (each claim
links to its card, which is highlighted as the ``:target``).
"""

from __future__ import annotations

import itertools
import json
import re
from html import escape
from typing import TYPE_CHECKING, Any

from .models import Quote
from .report import clamp_span, describe_value, verify_report

if TYPE_CHECKING:
    from .models import Report
    from .pipeline import Analysis

_SAFE_URL = re.compile(r"https?://[^\s\"'<>]+\Z", re.IGNORECASE)
_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
    "form-action 'none'"
)

_STYLE = """
:root { --ok:#1a7f37; --bad:#cf222e; --unk:#9a6700; --ink:#1f2328; --muted:#57606a; }
* { box-sizing: border-box; }
body { font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
       margin: 0; background: #f6f8fa; }
header.top { background: #24292f; color: #fff; padding: .8rem 1.5rem; }
header.top h1 { margin: 0; font-size: 1.2rem; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
section.doc { background: #fff; border: 1px solid #d0d7de; border-radius: 8px;
  padding: 1rem 1.5rem;
              margin: 1rem 0 2rem; }
.meta { color: var(--muted); font-size: .9rem; }
.badge { display: inline-block; border-radius: 1em; padding: 0 .6em; font-size: .85rem;
         font-weight: 600; color: #fff; }
.badge.supported { background: var(--ok); } .badge.conflicting { background: var(--bad); }
.badge.unverified { background: var(--unk); } .badge.zero { background: #8c959f; }
.legend span { margin-right: 1rem; }
.article { white-space: pre-wrap; font-family: Georgia, "Times New Roman", serif;
  font-size: 1.05rem;
           border-left: 3px solid #d0d7de; padding: .5rem 1rem; margin: 1rem 0;
  overflow-wrap: anywhere; }
.quote { background: #ddf4ff; border-bottom: 1px dotted #0969da; }
.quote.nested { background: #b6e3ff; }
a.claim { color: inherit; text-decoration: none; border-radius: 3px; padding: 0 1px;
  font-weight: 600; }
a.claim.supported { background: #dafbe1; border-bottom: 3px solid var(--ok); }
a.claim.conflicting { background: #ffebe9; border-bottom: 3px solid var(--bad); }
a.claim.unverified { background: #fff8c5; border-bottom: 3px dashed var(--unk); }
a.claim.unchecked { background: #eaeef2; border-bottom: 2px solid var(--muted); }
a.claim:hover, a.claim:focus { outline: 2px solid #0969da; }
.cards { display: grid; gap: .75rem; }
.card { border: 1px solid #d0d7de; border-left-width: 6px; border-radius: 6px;
  padding: .5rem .9rem; }
.card.supported { border-left-color: var(--ok);
  } .card.conflicting { border-left-color: var(--bad); }
.card.unverified { border-left-color: var(--unk);
  } .card:target { box-shadow: 0 0 0 3px #0969da66; }
.card h4 { margin: 0 0 .25rem; font-size: 1rem; }
.card .reason { margin: .25rem 0; }
.evidence { margin: .25rem 0 0; padding-left: 1.2rem; font-size: .92rem; }
.evidence q { font-style: italic; }
table.quotes { border-collapse: collapse; width: 100%; font-size: .92rem; }
table.quotes th, table.quotes td { border-bottom: 1px solid #d0d7de; text-align: left;
                                    padding: .3rem .5rem; vertical-align: top; }
.empty { color: var(--muted); font-style: italic; }
"""


def render_html(analyses: list[Analysis], *, title: str = "claimcheck report") -> str:
    """The report page for these analyses: a complete HTML document with no external resources.

    Works for any report, including empty ones and ones whose offsets fall outside the text
    (they are clamped).
    """
    reports = [verify_report(a) for a in analyses]
    sections = "\n".join(
        _section(n, a, r) for n, (a, r) in enumerate(zip(analyses, reports, strict=True), 1)
    )
    if not sections:
        sections = '<p class="empty">No article could be read.</p>'
    data = embed_json([r.model_dump(mode="json") for r in reports])
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{escape(_CSP)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="claimcheck">\n'
        f"<title>{escape(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        f'<header class="top"><h1>{escape(title)}</h1></header>\n<main>\n{sections}\n</main>\n'
        f'<script type="application/json" id="claimcheck-data">{data}</script>\n'
        "</body>\n</html>\n"
    )


def embed_json(value: Any) -> str:
    """``value`` as JSON safe inside an HTML ``<script type="application/json">`` block."""
    text = json.dumps(value, ensure_ascii=False)
    for raw, escaped in (
        ("&", "\\u0026"),
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, escaped)
    return text


def _section(n: int, analysis: Analysis, report: Report) -> str:
    doc = report.document
    checked = analysis.report is not None
    s = report.summary
    date = (
        f"published {escape(doc.date)} ({escape(doc.date_source)})"
        if doc.date
        else "publication date unknown"
    )
    badges = (
        " ".join(
            f'<span class="badge {v if count else "zero"}">{count} {v}</span>'
            for v, count in (
                ("supported", s.supported),
                ("conflicting", s.conflicting),
                ("unverified", s.unverified),
            )
        )
        if checked
        else ""
    )
    return (
        f'<section class="doc" id="doc{n}">\n'
        f"<h2>{escape(doc.id or f'Article {n}')}</h2>\n"
        f'<p class="meta">{date} · {len(report.quotes)} quotes · {len(report.claims)} claims '
        f"{badges}</p>\n"
        '<p class="legend meta"><span class="quote">quotation</span> '
        '<span><a class="claim supported">supported</a></span> '
        '<span><a class="claim conflicting">conflicting</a></span> '
        '<span><a class="claim unverified">unverified</a></span> '
        "— hover a claim for its verdict, click it for the evidence</p>\n"
        f'<div class="article">{_article(n, analysis.text, report, checked=checked)}</div>\n'
        f"<h3>Claims</h3>\n{_cards(n, report, checked=checked)}\n"
        f"<h3>Quotes</h3>\n{_quotes_table(report)}\n"
        "</section>"
    )


def _article(n: int, text: str, report: Report, *, checked: bool) -> str:
    """The text with quote spans and claim links, escaped piece by piece.

    The text is cut at every span boundary; each piece is wrapped in the quotes and the claim
    that cover it, so overlapping or crossing spans still give well-formed HTML.
    """
    quotes = [(*clamp_span(text, q.start, q.end), q) for q in report.quotes]
    claims = [(*clamp_span(text, c.start, c.end), c) for c in report.claims]
    cuts = {0, len(text)}
    starting: dict[int, list[tuple[int, int, Any]]] = {}
    for span in quotes + claims:
        if span[0] < span[1]:
            cuts.update(span[:2])
            starting.setdefault(span[0], []).append(span)
    bounds = sorted(cuts)
    # A sweep over the cuts with the spans open at each: linear in pieces times open spans.
    active: list[tuple[int, int, Any]] = []
    out: list[str] = []
    for a, b in itertools.pairwise(bounds):
        active = [span for span in active if span[1] > a] + starting.get(a, [])
        piece = escape(text[a:b])
        claim = next((x for _, _, x in active if not isinstance(x, Quote)), None)
        if claim is not None:
            verdict = claim.verdict if checked else "unchecked"
            tip = f"{claim.id} {verdict}: {claim.reason}" if checked else claim.id
            piece = (
                f'<a class="claim {verdict}" href="#doc{n}-{escape(claim.id)}" '
                f'title="{escape(tip)}">{piece}</a>'
            )
        covering = sorted((x for _, _, x in active if isinstance(x, Quote)), key=lambda q: q.start)
        for q in reversed(covering):
            who = q.speaker.name if q.speaker else "speaker unknown"
            cls = "quote nested" if q.nested else "quote"
            tip = f"{q.id}: {who}"
            quote_verdict = getattr(q, "verdict", None)
            if quote_verdict:
                tip += f" · {quote_verdict}: {getattr(q, 'reason', '')}"
            piece = f'<span class="{cls}" title="{escape(tip)}">{piece}</span>'
        out.append(piece)
    return "".join(out)


def _cards(n: int, report: Report, *, checked: bool) -> str:
    if not report.claims:
        return '<p class="empty">No claims found.</p>'
    cards = []
    for c in report.claims:
        verdict = c.verdict if checked else "unchecked"
        evidence = "".join(_evidence_item(e) for e in c.evidence)
        hedge = f" · hedge “{escape(c.hedge)}”" if c.hedge else ""
        said = f" · said by {escape(c.attribution.speaker)}" if c.attribution.speaker else ""
        cards.append(
            f'<div class="card {verdict}" id="doc{n}-{escape(c.id)}">'
            f'<h4>{escape(c.id)} <span class="badge {verdict}">{escape(verdict)}</span> '
            f"“{escape(c.text)}”</h4>"
            f'<div class="meta">{escape(c.kind)} · {escape(describe_value(c))}{hedge}{said}</div>'
            f'<p class="reason">{escape(c.reason)}</p>'
            + (f'<ul class="evidence">{evidence}</ul>' if evidence else "")
            + "</div>"
        )
    return '<div class="cards">' + "\n".join(cards) + "</div>"


def _evidence_item(e: Any) -> str:
    source = escape(e.source.name)
    if e.source.url and _SAFE_URL.match(e.source.url):
        source = f'<a href="{escape(e.source.url)}" rel="noopener noreferrer">{source}</a>'
    published = f", {escape(e.source.published)}" if e.source.published else ""
    return (
        f"<li><q>{escape(e.text)}</q> — {source}{published} "
        f'<span class="meta">({escape(e.fact)}, score {e.score:.2f})</span></li>'
    )


def _quotes_table(report: Report) -> str:
    if not report.quotes:
        return '<p class="empty">No quotes found.</p>'
    rows = []
    for q in report.quotes:
        s = q.speaker
        cells = [
            escape(q.id),
            escape(q.text),
            escape(f"{s.name} ({s.kind})") if s else '<span class="empty">unknown</span>',
            escape(s.role or "") if s else "",
            escape(s.organization or "") if s else "",
            escape(q.cue.text) if q.cue else "",
            escape(q.kind + (", nested" if q.nested else "")),
            _quote_check(q),
        ]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    head = "".join(
        f"<th>{h}</th>"
        for h in ("id", "quote", "speaker", "role", "organization", "cue", "kind", "check")
    )
    body = "".join(rows)
    return f'<table class="quotes"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _quote_check(q: Any) -> str:
    """The verify verdicts of a quote (its words, the speaker's role), if it was checked."""
    parts = []
    verdict = getattr(q, "verdict", None)
    if verdict:
        evidence = "".join(_evidence_item(e) for e in q.evidence[:1])
        parts.append(
            f'<span class="badge {escape(verdict)}">{escape(verdict)}</span> '
            f"{escape(getattr(q, 'reason', '') or '')}"
            + (f'<ul class="evidence">{evidence}</ul>' if evidence else "")
        )
    role = getattr(q, "speaker_verdict", None)
    if role:
        parts.append(
            f'role <span class="badge {escape(role)}">{escape(role)}</span> '
            f"{escape(getattr(q, 'speaker_reason', '') or '')}"
        )
    return "<br>".join(parts)
