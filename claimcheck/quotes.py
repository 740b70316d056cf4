"""Quotation marks: a pure scanner that pairs them into spans, and the quotes stage on top.

:func:`scan` reads a text once, left to right, and returns every quoted stretch as a
:class:`QuoteSpan` (offsets of the marks, double or single, nested or not, closed or not). It
knows how news is typed, not what anyone said: curly, straight, guillemet, German „…“ and the
two-apostrophe ``''`` marks; apostrophes that look like single quotes (don’t, voters’, ’90s,
rock ’n’ roll); quotes running over several paragraphs, each reopened by a mark; and broken
typing (a missing or mistyped mark). An unbalanced mark never reaches past its paragraph, so one
typo costs at most that paragraph's quotes.

:func:`find_quotes` turns the spans of a parsed Doc into :class:`~claimcheck.models.Quote`
records; deciding which spans are reported speech and who said them is
:mod:`claimcheck.speakers`' job.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from .models import Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc


__all__ = ["MAX_DEPTH", "QuoteSpan", "find_quotes", "scan"]

Family = Literal["double", "single"]


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One quoted stretch of text, as offsets into the scanned text.

    ``start`` is the offset of the opening mark (for a quote whose opener is missing, where
    the quoted text starts); ``end`` is just after the closing mark (for an unclosed quote,
    the end of its last paragraph's text, trailing whitespace excluded, or the closer of the
    quote it sits in). ``inner_start``/``inner_end`` bound the words between the marks
    (``inner_end == end`` when unclosed). ``nested`` is true inside another, closed, quote.
    """

    start: int
    end: int
    marks: Family
    nested: bool
    closed: bool
    inner_start: int
    inner_end: int


# Paragraph breaks (a line break plus any blank lines and indentation after it), tags and
# quote marks, in one pattern so the text is read once. Runs of apostrophes and backticks are
# split into ``''``/``````/single marks by the scanner.
_BREAK_CHARS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# Markup left in scraped text (<tweet author="…">): the marks around attribute values quote
# nothing. No part of a tag may contain "<" and only a quoted value (of bounded length) may run
# over a line break, so a failed match never scans far and the pattern stays linear.
_TAG = (
    r"</?[A-Za-z][\w:-]*"
    r"""(?:[ \t]+[\w:-]+(?:[ \t]*=[ \t]*(?:"[^"<>]{0,500}"|'[^'<>\n]*'|[^\s<>"']+))?)*"""
    r"[ \t]*/?>"
)
_TOKENS = re.compile(
    rf"(?P<br>[{_BREAK_CHARS}]\s*)|(?P<tag>{_TAG})|'+|`+|‘+|’+|[\"“”„‟«»‹›‚‛＂「」『』]"
)

_SINGLE_OR_BREAK = re.compile(rf"[‘’'{_BREAK_CHARS}]")

# Contractions that start with an apostrophe: 'em, 'til, rock 'n' roll. Their mark opens nothing.
_ELISIONS = frozenset({"em", "til", "tis", "twas", "cause", "bout", "n", "nother", "round"})

_OPEN, _CLOSE, _SKIP = 1, 2, 0

# News nests quotes two or three deep at most. Openers beyond this depth are typing noise; not
# opening them keeps every step constant-time and the output linear in the text's length
# (tens of thousands of unclosed nested quotes would each run to the paragraph end).
MAX_DEPTH = 5

# Marks of one typing style: a quote running over paragraphs is reopened in the style it was
# opened in, so a curly mark after a straight one starts a new quote (and vice versa).
_STYLE = {
    "“": "curly", "”": "curly", "„": "curly", "‟": "curly",
    "‘‘": "curly", "’’": "curly", "‘": "curly1", "’": "curly1", "‚": "curly1", "‛": "curly1",
    "''": "apos", "``": "apos", "'": "apos1", "`": "apos1",
    "«": "guil", "»": "guil", "‹": "guil1", "›": "guil1",
    '"': "straight", "＂": "straight",
    "「": "corner", "」": "corner", "『": "corner1", "』": "corner1",
}


def _kind(ch: str) -> str:
    """Coarse character class for flanking: 's' space-like, 'p' punctuation, 'w' word."""
    if not ch or ch.isspace():
        return "s"
    cat = unicodedata.category(ch)
    if cat[0] in "PS":
        return "p"
    # Format and control characters (RTL marks, NUL, zero-width spaces) separate like spaces.
    if cat[0] in "ZC":
        return "s"
    return "w"


@dataclass(slots=True)
class _Open:
    """A quote whose closing mark has not been met yet."""

    start: int
    inner_start: int
    family: Family
    opener: str
    parent: _Open | None
    order: int
    closed: bool = False


@dataclass(slots=True)
class _Found:
    """A finished span; ``nested`` is settled at the end, once every ancestor's fate is known."""

    start: int
    end: int
    family: Family
    closed: bool
    inner_start: int
    inner_end: int
    parent: _Open | None


class _Scanner:
    """One left-to-right pass; state is the stack of open quotes and a quote left open by the
    previous paragraph that the next one may continue."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.stack: list[_Open] = []
        self.found: list[_Found] = []
        self.opens: list[_Open] = []
        self.pending: _Open | None = None
        self.pending_end = 0
        self.para_start = 0
        self.first_in_para = True
        self.single_search = (0, -1, False)

    # --- context ---------------------------------------------------------------------------

    def flanks(self, i: int, j: int) -> tuple[bool, bool, str, str]:
        """Whether the mark text[i:j] can open (left-flanking) and close (right-flanking),
        with the kinds of the characters before and after it."""
        text = self.text
        before = _kind(text[i - 1]) if i > 0 else "s"
        after = _kind(text[j]) if j < len(text) else "s"
        can_open = after != "s" and (after != "p" or before != "w")
        can_close = before != "s" and (before != "p" or after != "w")
        return can_open, can_close, before, after

    def elision(self, j: int) -> bool:
        """Is the apostrophe ending at j the start of a contraction ('em, 'til, 'n')?"""
        text = self.text
        k = j
        while k < len(text) and k - j < 7 and text[k].isalpha():
            k += 1
        return text[j:k].lower() in _ELISIONS and not (k < len(text) and text[k].isalpha())

    def plural_possessive(self, i: int, j: int) -> bool:
        """Is the mark text[i:j], inside a single-quoted quote, the apostrophe of a plural
        possessive (‘the voters’ choice’)? It is when it follows an s, a word follows it, and
        the next single mark of the paragraph that is not an apostrophe closes rather than
        opens."""
        text = self.text
        if text[i - 1] not in "sSzZ" or not text[j : j + 1].isspace():
            return False
        if not text[j + 1 : j + 2].isalnum():
            return False
        return self.next_single_closes(j)

    def next_single_closes(self, j: int) -> bool:
        # Searches start at increasing offsets; a search that found its mark past j already
        # answers for j, which keeps the total work linear.
        start, found, answer = self.single_search
        if start <= j < found:
            return answer
        text = self.text
        answer = False
        k = j
        for m in _SINGLE_OR_BREAK.finditer(text, j):
            k = m.start()
            if m.group() in _BREAK_CHARS:
                break
            before = _kind(text[k - 1]) if k > 0 else "s"
            after = _kind(text[k + 1]) if k + 1 < len(text) else "s"
            if before == "w" and after == "w":
                continue  # an apostrophe inside a word
            answer = before != "s" and after != "w"
            break
        else:
            k = len(text)
        self.single_search = (j, k, answer)
        return answer

    def double_open(self) -> bool:
        return any(o.family == "double" for o in reversed(self.stack))

    # --- roles -----------------------------------------------------------------------------

    def role(self, mark: str, i: int, j: int) -> tuple[Family, int]:
        """What the mark text[i:j] does here: opens, closes, or nothing (an apostrophe)."""
        can_open, can_close, before, after = self.flanks(i, j)
        top = self.stack[-1] if self.stack else None
        if mark in ("「", "『", "」", "』"):
            # East Asian corner brackets say which way they face; 「」 are the outer pair.
            family: Family = "double" if mark in "「」" else "single"
            return family, _OPEN if mark in "「『" else _CLOSE
        if mark in ('"', "''", "’’", "＂"):
            if i > 0 and self.text[i - 1].isdigit() and not self.double_open():
                return "double", _SKIP  # 12" vinyl, 6'2": inches, not a quote
            if can_open != can_close:
                return "double", _OPEN if can_open else _CLOSE
            return "double", _CLOSE if self.double_open() else _OPEN
        if mark in ("“", "‟"):
            if top is not None and top.opener == "„":
                return "double", _CLOSE  # German „…“
            if self.double_open() and (after == "s" or (after == "p" and before != "s")):
                return "double", _CLOSE  # a mistyped closer: “ after the words
            if not self.double_open() and can_close and not can_open:
                return "double", _CLOSE  # a stray closer
            return "double", _OPEN
        if mark in ("”",):
            if self.double_open():
                return "double", _CLOSE
            return "double", _OPEN if can_open and not can_close else _CLOSE
        if mark in ("„", "``", "‘‘"):
            return "double", _OPEN
        if mark in ("«", "»"):
            # French «…», German and Nordic »…«: a guillemet closes the quote the other opened.
            if top is not None and top.family == "double" and top.opener in "«»" and (
                top.opener != mark
            ):
                return "double", _CLOSE
            if mark == "«" or (can_open and not can_close):
                return "double", _OPEN
            return "double", _CLOSE
        if mark in ("‹", "›"):
            if top is not None and top.opener in "‹›" and top.opener != mark:
                return "single", _CLOSE
            if mark == "‹" or (can_open and not can_close):
                return "single", _OPEN
            return "single", _CLOSE
        if mark in ("‚", "‛", "`"):
            return "single", _OPEN if can_open else _SKIP
        return "single", self.single_role(mark, i, j, can_open, can_close, before, after)

    def single_role(
        self, mark: str, i: int, j: int, can_open: bool, can_close: bool, before: str, after: str
    ) -> int:
        """‘ ’ and ' are quote marks only where an apostrophe cannot be."""
        text = self.text
        if before == "w" and after == "w":
            return _SKIP  # don’t, O’Brien, 5'10
        if after == "w" and text[j].isdigit() and before != "w":
            return _SKIP  # ’90s
        if i >= 2 and text[i - 1] == "n" and text[i - 2] in "’'‘":
            return _SKIP  # the second mark of rock ’n’ roll
        top = self.stack[-1] if self.stack else None
        if mark == "‘" and top is not None and top.opener == "‚":
            return _CLOSE  # German ‚…‘
        if (
            top is not None
            and top.family == "single"
            and can_close
            and not (mark == "‘" and can_open)
            and not self.plural_possessive(i, j)
        ):
            return _CLOSE
        if can_open and not can_close and not self.elision(j):
            return _OPEN
        return _SKIP

    # --- events ----------------------------------------------------------------------------

    def push(self, i: int, j: int, family: Family, opener: str) -> None:
        parent = self.stack[-1] if self.stack else None
        opened = _Open(i, j, family, opener, parent, len(self.opens))
        self.opens.append(opened)
        self.stack.append(opened)

    def finish(self, opened: _Open, end: int, inner_end: int, *, closed: bool) -> None:
        # A single mark left open is far likelier an apostrophe than a quote: drop it.
        opened.closed = closed
        if not closed and opened.family == "single":
            return
        self.found.append(
            _Found(opened.start, end, opened.family, closed, opened.inner_start, inner_end,
                   opened.parent)
        )

    def close(self, family: Family, i: int, j: int) -> None:
        if not any(o.family == family for o in self.stack):
            self.stray_closer(family, i, j)
            return
        while self.stack[-1].family != family:
            dropped = self.stack.pop()
            end = self.trimmed(dropped.inner_start, i)
            self.finish(dropped, end, end, closed=False)
        opened = self.stack.pop()
        self.finish(opened, j, i, closed=True)

    def stray_closer(self, family: Family, i: int, j: int) -> None:
        """A closer with nothing to close: the paragraph began inside a quote whose opening
        mark was left out, when it is the paragraph's first mark after words."""
        if family != "double" or not self.first_in_para or self.stack:
            return
        if i > 0 and self.text[i - 1].isdigit():
            return  # 12" vinyl, 6'2": inches, not a quote
        start = self.para_start
        if start >= i:
            return
        self.found.append(_Found(start, j, "double", True, start, i, None))

    def trimmed(self, lo: int, hi: int) -> int:
        """``hi`` moved back over whitespace, not before ``lo``."""
        text = self.text
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        return hi

    def paragraph_end(self, at: int) -> None:
        """A paragraph break at ``at``: quotes still open end here or wait for a reopening."""
        end = self.trimmed(self.para_start, at)
        self.settle_pending()
        while len(self.stack) > 1:
            self.finish(self.stack.pop(), end, end, closed=False)
        if self.stack:
            self.pending, self.pending_end = self.stack.pop(), end

    def settle_pending(self) -> None:
        if self.pending is not None:
            self.finish(self.pending, self.pending_end, self.pending_end, closed=False)
            self.pending = None

    def mark(self, mark: str, i: int, j: int) -> None:
        if self.pending is not None:
            pending = self.pending
            family, role = self.role(mark, i, j)
            if role == _SKIP:
                return  # an apostrophe neither continues nor ends the open quote
            same_style = _STYLE.get(mark, mark) == _STYLE.get(pending.opener, pending.opener)
            if role == _OPEN and i == self.para_start and same_style:
                # The mark reopening a quote that runs on from the previous paragraph.
                self.stack.append(pending)
                self.pending = None
                self.first_in_para = False
                return
            if role == _CLOSE and family == pending.family and same_style:
                # The writer left out the reopening mark but closes the quote here.
                self.stack.append(pending)
                self.pending = None
            else:
                self.settle_pending()
        family, role = self.role(mark, i, j)
        if role == _OPEN:
            if len(self.stack) >= MAX_DEPTH:
                return
            self.push(i, j, family, mark)
        elif role == _CLOSE:
            self.close(family, i, j)
        if role != _SKIP:
            self.first_in_para = False

    def run(self) -> list[QuoteSpan]:
        text = self.text
        for m in _TOKENS.finditer(text):
            if m.lastgroup == "br":
                self.paragraph_end(m.start())
                self.para_start = m.end()
                self.first_in_para = True
                continue
            if m.lastgroup == "tag":
                continue
            for piece, i, j in _pieces(text, m.start(), m.end()):
                self.mark(piece, i, j)
        self.paragraph_end(len(text))
        self.settle_pending()
        return self.spans()

    def spans(self) -> list[QuoteSpan]:
        # Only a closed quote contains others: an unclosed one is a typo or a block-quote
        # marker (an excerpt whose every paragraph opens with a mark), and the closed pairs
        # inside it are the quotes. Parents open before their children, so one pass in
        # opening order settles it.
        inside: dict[int, bool] = {}
        for opened in self.opens:
            parent = opened.parent
            inside[opened.order] = parent is not None and (
                parent.closed or inside[parent.order]
            )
        result = []
        for f in self.found:
            nested = f.parent is not None and (f.parent.closed or inside[f.parent.order])
            result.append(
                QuoteSpan(f.start, f.end, f.family, nested, f.closed, f.inner_start, f.inner_end)
            )
        result.sort(key=lambda s: (s.start, -s.end))
        return result


def _pieces(text: str, i: int, j: int) -> list[tuple[str, int, int]]:
    """Split a run of apostrophes or backticks into marks: pairs are double marks; an odd one
    out is a single mark, on the inside of the run (''' closing = ' then '')."""
    run = text[i:j]
    if run[0] not in "'`‘’" or len(run) == 1:
        return [(run, i, j)]
    unit = run[0]
    pieces: list[tuple[str, int, int]] = []
    k = i
    closing = i > 0 and not text[i - 1].isspace() and (j >= len(text) or not text[j].isalnum())
    if len(run) % 2 and closing:
        pieces.append((unit, k, k + 1))
        k += 1
    while j - k >= 2:
        pieces.append((unit * 2, k, k + 2))
        k += 2
    if k < j:
        pieces.append((unit, k, j))
    return pieces


def scan(text: str) -> list[QuoteSpan]:
    """Every quoted stretch of ``text``, sorted by ``(start, -end)``.

    Pure and linear in the length of the text; never raises on any string. Two spans are
    disjoint or one holds the other; a span inside a closed quote is ``nested`` (one inside
    an unclosed quote is not: that mark is a typo or a block-quote marker). A quote continues
    into the next paragraph only when that paragraph reopens it, or closes it, with a mark of
    the same style; openers beyond :data:`MAX_DEPTH` levels are ignored.
    """
    return _Scanner(text).run()


def find_quotes(doc: Doc) -> list[Quote]:
    """Every quote in ``doc`` with its speaker, in text order, ids q1, q2, ….

    The scanner's spans go to :func:`claimcheck.speakers.attribute`, which keeps those that
    are reported speech, finds who said them, and adds indirect speech.
    """
    from .speakers import attribute

    return attribute(doc, scan(doc.text))
