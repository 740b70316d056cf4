"""Vox pops: ordinary people quoted in turn, each signed by a line of their own.

News signs the voices of people in the street with a line giving a name, an age and a place
or job ("Maria Lopez, 34, Las Vegas"; "Kevin Walsh (34, Brooklyn)"), written before the
quote, after it, or as a label with a colon. The functions here read those signatures and
which way a run of them points from the text and the parse; each returns a token, a span,
a bool or a :class:`~claimcheck.cue_candidates.CueHit` (or None), and none raises. Speakers
presented by a sentence rather than signed are read in :mod:`.speech_presenters`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

from .attribution_labels import strip_bullet
from .attribution_parse import TextIndex, rstrip_end
from .cue_candidates import CueHit
from .lead_presenters import name_line
from .mention_span import glued_hyphen

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "inner_hyphen",
    "line_end",
    "line_name_start",
    "names_follow",
    "signature_after",
    "signature_head",
    "signature_name",
]

# One capitalised word of a name, and the lower-case particles names carry ("Ana de la Cruz").
_NAME_WORD = r"[A-Z][\w’'.-]*"
_PARTICLE = r"(?:de|da|del|della|di|du|la|le|van|von|der|den|bin|ibn|al|el|y)"
_NAME = rf"{_NAME_WORD}(?:[^\S\n]+(?:{_NAME_WORD}|{_PARTICLE})){{0,4}}"
# A signature: a list bullet or a dash, the name, then the age after a comma ("Maria Lopez,
# 34, Las Vegas") or opening a parenthesis ("Kevin Walsh (34, Brooklyn)"). The age is what
# makes it a signature: a headline or a dateline never puts a bare number there.
_SIGNATURE = re.compile(
    r"[^\S\n]*(?:[•·▪◦●‣■*]|\d{1,2}[.)])?[^\S\n]*(?:(?:—|―|–|--?)[^\S\n]*)?"
    rf"(?P<name>{_NAME})[^\S\n]*"
    r"(?:,[^\S\n]*(?P<age>\d{1,3})(?:[^\S\n]*,(?P<tail>[^\n\"“”]*))?"
    r"|\([^\S\n]*(?P<page>\d{1,3})\b[^()\n\"“”]*\))[^\S\n]*"
)
_MAX_AGE = 115
_MAX_TAIL_WORDS = 7
# How many paragraphs a run of voices is read over, either way.
_MAX_RUN = 60


def signature_name(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The offsets of the name when ``text[lo:hi]`` is a vox-pop signature, else None.

    "Maria Lopez, 34, Las Vegas", "— Tom Becker, 61, Akron", "2. Rosa Diaz, 45, intensive
    care", "Kevin Walsh (34, Brooklyn)": a name, an age, and at most a few words of place or
    job. Read from the text alone; :func:`signature_head` also checks the parse.
    """
    match = _SIGNATURE.fullmatch(text, lo, hi)
    if match is None:
        return None
    age = int(match.group("age") or match.group("page"))
    tail = match.group("tail") or ""
    if not 0 < age <= _MAX_AGE or len(tail.split()) > _MAX_TAIL_WORDS:
        return None
    if tail.rstrip().endswith((".", "!", "?")) and not tail.rstrip().endswith(
        ("Jr.", "Sr.", "St.")
    ):
        return None  # a sentence goes on after the age ("Smith, 74, said it was over.")
    return match.start("name"), match.end("name")


def signature_head(lo: int, hi: int, index: TextIndex) -> Token | None:
    """The last word of the name on a signature line ``text[lo:hi]``, or None.

    None when the line is no signature, lies in a quote, or has a verb after the age ("Smith,
    74, who runs a bakery"): that is a sentence about someone, not a line signing a quote.
    """
    text = index.text
    found = signature_name(text, lo, rstrip_end(text, hi))
    if found is None or index.in_quote(found[0]):
        return None
    name_lo, name_hi = found
    last = index.token_at(name_hi - 1)
    line_end = index.token_at(rstrip_end(text, hi) - 1)
    if any(t.pos_ in ("VERB", "AUX") for t in index.doc[last.i + 1 : line_end.i + 1]):
        return None
    if last.idx < name_lo or not last.text[:1].isupper():
        return None
    return last


def _kind(lo: int, hi: int, index: TextIndex) -> Literal["q", "n"] | None:
    """A paragraph of a run of voices: "q" when only quoted text (after a bullet), "n" when
    a signature line, None otherwise."""
    text = index.text
    # Read only as far as needed: the walk over a run asks this of every paragraph near a
    # set-out quote, and most are prose that neither opens with a quote nor names anyone.
    k = hi - len(strip_bullet(text[lo:hi]))
    if k < hi and index.in_quote(k):
        quoted = all(index.in_quote(j) or text[j].isspace() for j in range(k, hi))
        return "q" if quoted else None
    if _line_name(lo, hi, index) is None or any(index.in_quote(j) for j in range(lo, hi)):
        return None
    return "n"


def _line_name(lo: int, hi: int, index: TextIndex) -> Token | None:
    """The name a line of its own gives, with an age ("Maria Lopez, 34, Las Vegas") or
    without one where the parse reads a name ("Maria Gomez, Queens"); a sentence about
    someone ("Gloria Ruiz, 71, put it simply.") is no such line."""
    end = rstrip_end(index.text, hi)
    found = signature_head(lo, hi, index)
    if found is not None or index.text[end - 1 : end] in (".", "!", "?", ":"):
        return found
    head = name_line(lo, end, index)
    if head is None:
        return None
    line_end = index.token_at(end - 1)
    if any(t.pos_ in ("VERB", "AUX") for t in index.doc[head.i + 1 : line_end.i + 1]):
        return None
    return head


def _paragraphs(lo: int, index: TextIndex, step: int) -> list[tuple[int, int]]:
    """The non-blank paragraphs from the one holding ``lo``, going back (step -1) or ahead
    (step 1), at most :data:`_MAX_RUN` of them."""
    text = index.text
    found: list[tuple[int, int]] = []
    p_lo, p_hi = index.paragraph(lo)
    while len(found) < _MAX_RUN:
        if text[p_lo:p_hi].strip():
            found.append((p_lo, p_hi))
        if step < 0:
            if p_lo == 0:
                break
            p_lo, p_hi = index.paragraph(p_lo - 1)
        else:
            if p_hi >= len(text):
                break
            p_lo, p_hi = index.paragraph(p_hi + 1)
    return found


def names_follow(para_lo: int, index: TextIndex) -> bool:
    """Whether the run of voices holding the paragraph at ``para_lo`` signs each quote after it.

    A run is consecutive paragraphs that are quotes or signature lines. The layout is decided
    by how the run opens: when its first quote has a signature line after it and none before,
    every name in the run follows its quote ("“…”" then "Maria Lopez, 34, Las Vegas").
    """
    start = para_lo
    for p_lo, p_hi in _paragraphs(para_lo, index, -1):
        if _kind(p_lo, p_hi, index) is None:
            break
        start = p_lo
    kinds: list[str] = []
    for lo, hi in _paragraphs(start, index, 1):
        kind = _kind(lo, hi, index)
        if kind is None:
            break
        kinds.append(kind)
    # Signed after, each quote has its name line below it, so the run also ends on one; a
    # run that ends on a quote ('Economy' subhead, “…”, 'Michael Brooks, 66', “…”) signs
    # before, and its first quote belongs to whatever stood above it.
    return len(kinds) > 1 and kinds[0] == "q" and kinds[-1] == "n"


def signature_after(start: int, end: int, index: TextIndex) -> CueHit | None:
    """The signature line that names a set-out quote after it, in a run whose names follow
    their quotes (see :func:`names_follow`), or None. Only quote paragraphs may stand between
    the quote and the line."""
    text = index.text
    para_lo, para_hi = index.paragraph(start)
    if _kind(para_lo, para_hi, index) != "q" or end < para_lo:
        return None
    _, last_hi = index.paragraph(max(end - 1, start))
    if last_hi >= len(text) or not names_follow(para_lo, index):
        return None
    for p_lo, p_hi in _paragraphs(last_hi + 1, index, 1):
        kind = _kind(p_lo, p_hi, index)
        if kind == "n":
            head = _line_name(p_lo, p_hi, index)
            if head is None:
                return None
            return CueHit(head.idx, head.idx + len(head.text), head, "line", True)
        if kind != "q":
            return None
    return None


def line_name_start(head: Token, index: TextIndex) -> int:
    """The index of the first token of the name that ``head`` ends on a line of its own
    ("Sen. Chuck Grassley, R-Iowa", "2. Rosa Diaz, 45"): back to the line's start, a bullet,
    a dash or a number. What follows the name's comma (an age, a place the parser may have
    joined to it as a conjunct) is no part of it."""
    doc = index.doc
    para_lo, _ = index.paragraph(head.idx)
    k = head.i
    while k > 0:
        before = doc[k - 1]
        if inner_hyphen(doc, k - 1) and before.idx >= para_lo:
            k -= 2  # "Sophie Tremblay-Roy": a double-barrelled name is one name
            continue
        if before.idx < para_lo or before.is_space or before.is_punct or before.like_num:
            break
        if index.in_quote(before.idx):
            break
        k -= 1
    return k


def inner_hyphen(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen joining two capitalised words ("Tremblay-Roy")."""
    if i < 1 or i + 1 >= len(doc) or not glued_hyphen(doc[i]):
        return False
    left, right = doc[i - 1], doc[i + 1]
    return left.is_alpha and left.text[:1].isupper() and right.text[:1].isupper()


def line_end(head: Token, index: TextIndex) -> int:
    """The index just past the last word on the line of ``head`` (its signature line)."""
    _, para_hi = index.paragraph(head.idx)
    last = index.token_at(max(rstrip_end(index.text, para_hi) - 1, head.idx))
    while last.i > head.i and (last.is_punct or last.is_space):
        last = head.doc[last.i - 1]  # markup or a full stop closing the line ("Milwaukee**")
    return max(last.i, head.i) + 1
