"""Cues after a quote and a roundup's headline: a dash byline (“…” — Steve Quinlan), a name
in parentheses ending a set-out quote ('“…” (Sanders, Jan. 12)'), a vox pop's signature line
below the quote ('Maria Lopez, 34, Las Vegas'), and a news roundup's capitalised headline
before an excerpt. Each returns a :class:`CueHit` or None.
"""

from __future__ import annotations

import re

from .attribution_labels import opens_paragraph
from .attribution_parse import TextIndex, rstrip_end
from .cue_candidates import CueHit
from .vox_pops import inner_hyphen, signature_after, signature_head

__all__ = ["dash_byline", "headline_lead", "paren_byline"]

# A tweet's picture link may stand between the quote and its signature.
_DASH_BYLINE = re.compile(
    r"[^\S\n]*(?:(?:pic\.twitter\.com/|https?://)\S*[^\S\n]*)*(—|―|–|--?)[^\S\n]*(?=[A-Z])"
)
# A set-out quote signed in parentheses after it: '“…” (Bernie Sanders, March 8, in Ohio)'.
_PAREN_BYLINE = re.compile(r"[^\S\n]*\(([A-Z][^(),\n]{0,60}?)(?:,[^()\n]*)?\)[^\S\n]*$", re.M)
_NEXT_LINE_BYLINE = re.compile(r"[^\S\n]*\n\s*((?:—|―|–|--?)[^\S\n]*)(?=[A-Z])")
_MAX_SIGNATURE_WORDS = 12


def dash_byline(start: int, end: int, index: TextIndex) -> CueHit | None:
    """“…” — Steve Quinlan: a name after a dash right after the quote, on the same line, or
    opening the next paragraph when the quote fills its own (fact-check columns set a quote
    off in a paragraph and sign it on the next: '"…"\n\n- Bernie Sanders.').
    """
    text = index.text
    paren = paren_byline(start, end, index)
    if paren is not None:
        return paren
    after = signature_after(start, end, index)
    if after is not None:
        return after  # a vox pop signing each quote on the line after it, with no dash
    match = _DASH_BYLINE.match(text, end)
    if match is None:
        match = _NEXT_LINE_BYLINE.match(text, end)
        para_lo, _ = index.paragraph(start)
        if match is None or not opens_paragraph(text, para_lo, start):
            return None
        _, sign_hi = index.paragraph(match.end())
        if len(text[match.end() : sign_hi].split()) > _MAX_SIGNATURE_WORDS:
            return None
    elif "\n" in match.group(0):
        return None
    tok = index.token_at(match.end())
    if not tok.text[:1].isupper() or tok.pos_ not in ("PROPN", "NOUN"):
        return None
    dash_at = match.start(1)
    dash = match.group(1).strip()
    head = tok
    _, sign_end = index.paragraph(tok.idx)
    signer = signature_head(match.end(), sign_end, index)
    if signer is not None:
        # "— Priya Nair, 29, Cuyahoga Falls": the name ends at the age's comma, whatever the
        # parser hung the place's words on.
        return CueHit(dash_at, dash_at + len(dash), signer, "line", True)
    # The parser may run a signature's name into the next paragraph's ("… Sarah Flores\n\n
    # Gov. Greg Abbott, in a tweet: …"); the signer's name ends with its line.
    while head.head.i != head.i and head.dep_ in ("compound", "flat") and head.i < head.head.i:
        if head.head.idx >= sign_end:
            # Then the last word of the compound run on the signature's line heads it.
            doc = index.doc
            while head.i + 1 < len(doc) and doc[head.i + 1].idx < sign_end:
                if head.dep_ not in ("compound", "flat") or doc[head.i + 1].is_space:
                    break
                if inner_hyphen(doc, head.i + 1) and head.i + 2 < len(doc):
                    head = doc[head.i + 2]  # "Jean-Luc Martin": the hyphen is inside a name
                    continue
                head = doc[head.i + 1]
            break
        head = head.head
    return CueHit(dash_at, dash_at + len(dash), head, "dash", True)


def paren_byline(start: int, end: int, index: TextIndex) -> CueHit | None:
    """'“…” (Sanders, Jan. 12)': a quote set out in its own paragraph and signed by a name in
    parentheses that ends the paragraph; the name (before any comma) is the speaker. Only
    capitalised proper names count, so '(Applause.)' or '(emphasis added)' sign nothing."""
    text = index.text
    match = _PAREN_BYLINE.match(text, end)
    para_lo, _ = index.paragraph(start)
    if match is None or not opens_paragraph(text, para_lo, start):
        return None
    first, last = index.token_at(match.start(1)), index.token_at(match.end(1) - 1)
    tokens = [t for t in index.doc[first.i : last.i + 1] if not t.is_punct]
    if not tokens or any(t.pos_ != "PROPN" or not t.text[:1].isupper() for t in tokens):
        return None
    opening = match.start(1) - 1
    return CueHit(opening, opening + 1, last, "dash", True)


def headline_lead(start: int, index: TextIndex) -> CueHit | None:
    """'UN: PEACEKEEPERS PAYING FOR SEX "The United Nations has been …" [WaPo.]': in a news
    roundup an item opens with the story's headline in capitals and goes on with an excerpt
    from that story; the headline names where the words come from.
    """
    text = index.text
    para_lo, _ = index.paragraph(start)
    lead = text[para_lo:start]
    words = re.findall(r"[^\W\d_][\w’'.-]*", lead)
    # Three words at least: a dateline ('NEW YORK "…"') is not a headline.
    if len(words) < 3 or any(ch.islower() for ch in lead):
        return None
    last = index.token_at(rstrip_end(text, start) - 1)
    first = index.token_at(para_lo)
    if last.idx < para_lo or index.in_quote(last.idx) or not last.is_alpha:
        return None
    # The word heading the most of the headline stands for it (parsers read capitals poorly
    # and may tie it to the paragraph before, so only a subtree inside the headline counts).
    inside = [
        t
        for t in index.doc[first.i : last.i + 1]
        if first.i <= t.left_edge.i and t.right_edge.i <= last.i
    ]
    root = max(inside, key=lambda t: t.right_edge.i - t.left_edge.i, default=last)
    return CueHit(last.idx, last.idx + len(last.text), root, "lead", False)
