"""Reported speech without quotation marks: "X said (that) …", "…, X announced", "according to X".

Each hit is the reported clause (its character span), the cue token and the head of the speaker
phrase. A clause that holds a marked quotation is left to the marked quote, which carries the
same attribution, so quotes never overlap.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .attribution_parse import TextIndex, subject_of
from .cues import CLAUSE_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# A reported clause shorter than this many words is rarely a statement ("he said so").
MIN_CLAUSE_WORDS = 3
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_LEADING = frozenset({"that", ",", ":", "—", "―", "–", "-"})


@dataclass(frozen=True)
class IndirectHit:
    """One stretch of reported speech: clause ``[start, end)``, its cue and speaker head."""

    start: int
    end: int
    cue: Token
    cue_end: int
    speaker: Token


def _trimmed(doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """Token range ``[lo, hi)`` without leading "that"/punctuation and trailing punctuation."""
    while lo < hi and (doc[lo].lower_ in _LEADING or doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    if sum(1 for t in doc[lo:hi] if t.is_alpha or t.like_num) < MIN_CLAUSE_WORDS:
        return None
    return lo, hi


def _chars(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
    last = doc[hi - 1]
    return doc[lo].idx, last.idx + len(last.text)


def _free_of_quotes(index: TextIndex, start: int, end: int, quote_starts: list[int]) -> bool:
    import bisect

    k = bisect.bisect_left(quote_starts, start)
    return not (k < len(quote_starts) and quote_starts[k] < end) and not index.in_quote(start)


def _clauses(verb: Token, subject: Token) -> list[tuple[int, int]]:
    """Token ranges of what ``verb`` reports."""
    doc = verb.doc
    found = []
    addressee = any(c.dep_ in ("dobj", "dative") for c in verb.children)
    for child in verb.children:
        if child.dep_ == "ccomp":
            lo, hi = child.left_edge.i, child.right_edge.i + 1
            if not any(c.dep_ in _SUBJECTS for c in child.children):
                # "told reporters prices would rise": the parser glued the clause's subject
                # to the addressee; the head noun right before the clause is its subject.
                for obj in verb.children:
                    if obj.dep_ == "dobj" and obj.right_edge.i == lo - 1 and obj.i > verb.i:
                        lo = obj.i
            elif verb.lemma_ == "tell" and not addressee:
                # "told reporters prices would rise" parsed with the addressee as a modifier
                # of the clause's subject: the addressee is not part of what was said.
                while lo < child.i and doc[lo].dep_ == "compound" and doc[lo].head.i > lo:
                    lo += 1
            if hi <= subject.left_edge.i:
                # "CLAUSE, SUBJECT said": all that comes before the speaker is what was said.
                hi = subject.left_edge.i
            found.append((lo, hi))
    # "Here is what he said": a verb whose object is "what" heads a noun phrase naming the
    # words (shown elsewhere), so the sentence before it is no report.
    names_words = any(c.dep_ == "dobj" and c.tag_ == "WP" for c in verb.children)
    if (
        not found
        and not names_words
        and verb.dep_ in ("parataxis", "ccomp", "advcl")
        and verb.head.i < verb.i
    ):
        # "…, the Kremlin said." parsed with "said" hanging off the reported clause: the
        # clause is the sentence up to the speaker phrase.
        sent = verb.sent
        end = min(subject.left_edge.i, verb.i)
        if end > sent.start:
            found.append((sent.start, end))
    return [(lo, hi) for lo, hi in found if hi <= len(doc)]


def find_indirect(doc: Doc, index: TextIndex, quote_starts: list[int]) -> list[IndirectHit]:
    """Every reported clause in ``doc`` outside quotations, in text order.

    ``quote_starts`` are the sorted start offsets of the marked quotations; a clause holding
    one of them is skipped.
    """
    hits: list[IndirectHit] = []
    for tok in doc:
        lower = tok.lower_
        if lower == "according":
            hit = _according(tok, index, quote_starts)
        elif tok.lemma_.lower() in CLAUSE_VERBS and tok.pos_ in ("VERB", "AUX"):
            hit = _reported(tok, index, quote_starts)
        else:
            continue
        if hit is not None:
            hits.append(hit)
    hits.sort(key=lambda h: h.start)
    # Nested reports ("A said B told him that …") keep the outer clause only.
    kept: list[IndirectHit] = []
    for hit in hits:
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


def _reported(verb: Token, index: TextIndex, quote_starts: list[int]) -> IndirectHit | None:
    if index.in_quote(verb.idx):
        return None
    subject = subject_of(verb, index)
    if subject is None or subject.lower_ in ("it", "this", "that", "which", "what"):
        return None
    doc = verb.doc
    para_lo, para_hi = index.paragraph(verb.idx)
    for lo, hi in _clauses(verb, subject):
        if lo <= subject.i < hi or lo <= verb.i < hi:
            continue
        # The parser can run a clause over a line break; a statement stays in its paragraph.
        while lo < hi and doc[lo].idx < para_lo:
            lo += 1
        while hi > lo and doc[hi - 1].idx >= para_hi:
            hi -= 1
        bounds = _trimmed(doc, lo, hi)
        if bounds is None:
            continue
        start, end = _chars(doc, *bounds)
        if _free_of_quotes(index, start, end, quote_starts):
            return IndirectHit(start, end, verb, verb.idx + len(verb.text), subject)
    return None


def _according(tok: Token, index: TextIndex, quote_starts: list[int]) -> IndirectHit | None:
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to" or index.in_quote(tok.idx):
        return None
    to = doc[tok.i + 1]
    objs = [c for c in to.children if c.dep_ == "pobj"]
    if not objs:
        return None
    source = objs[0]
    sent = tok.sent
    para_lo, para_hi = index.paragraph(tok.idx)
    sent_lo, sent_hi = sent.start, sent.end
    while sent_lo < tok.i and doc[sent_lo].idx < para_lo:
        sent_lo += 1
    while sent_hi > tok.i and doc[sent_hi - 1].idx >= para_hi:
        sent_hi -= 1
    phrase_end = max(source.right_edge.i + 1, to.i + 1)
    # The statement is the rest of the sentence, on whichever side of "according to X" it is.
    left = _trimmed(doc, sent_lo, tok.i)
    right = _trimmed(doc, phrase_end, sent_hi)
    sides = [s for s in (left, right) if s is not None]
    if not sides:
        return None
    lo, hi = max(sides, key=lambda s: s[1] - s[0])
    start, end = _chars(doc, lo, hi)
    if not _free_of_quotes(index, start, end, quote_starts):
        return None
    return IndirectHit(start, end, tok, to.idx + len(to.text), source)
