"""Find the cue that introduces a marked quotation and the phrase naming its speaker.

News attributes a quotation in a few fixed ways, tried here in order of how much they say:
a reporting verb in the quote's own sentence found through the dependency parse ("…," she said;
said X; X told a news conference; X was quoted as saying; …, adding), "according to X", a cue
noun ("in a statement"), a dash byline (“…” — Steve Quinlan), and a lead-in sentence before it
("X said:" or a statement by X that the quote goes on with).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .cues import CUE_NOUNS, REPORTING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_SUBJECT_DEPS = ("nsubj", "csubj")
_RELATIVE = frozenset({"who", "that", "which", "whom"})
# Dependencies through which a participle or conjoined verb shares its subject with its head.
_SHARED_SUBJECT_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp", "prep", "ccomp", "acl"})
_DASH_BYLINE = re.compile(r"[ \t]*(?:—|–|--?)[ \t]*(?=[A-Z])")
# How far (characters) a lead-in sentence may lie before a quote that opens its sentence.
_MAX_SUBJECT_CLIMB = 4


@dataclass(frozen=True)
class CueHit:
    """A cue for one quote and, when the text names one, the speaker phrase's head token."""

    cue_start: int
    cue_end: int
    speaker: Token | None
    how: str  # verb, according, noun, dash, lead
    linked: bool


class TextIndex:
    """Offsets → tokens, paragraphs and quoted stretches of one document, each by bisection."""

    def __init__(self, doc: Doc, quoted: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.text = doc.text
        self._tok_starts = [t.idx for t in doc]
        spans = sorted(quoted)
        self._q_starts = [s for s, _ in spans]
        self._q_ends = [e for _, e in spans]
        self._para_starts = [0] + [m.end() for m in re.finditer(r"\n", self.text)]

    def token_at(self, offset: int) -> Token:
        """The token holding character ``offset`` (or the nearest one before it)."""
        k = bisect.bisect_right(self._tok_starts, offset) - 1
        return self.doc[max(k, 0)]

    def in_quote(self, offset: int) -> bool:
        """Whether character ``offset`` lies inside a quotation (marks included)."""
        k = bisect.bisect_right(self._q_starts, offset) - 1
        return k >= 0 and offset < self._q_ends[k]

    def paragraph(self, offset: int) -> tuple[int, int]:
        """The ``[start, end)`` of the line (paragraph) holding ``offset``."""
        k = bisect.bisect_right(self._para_starts, offset) - 1
        start = self._para_starts[k]
        end = self._para_starts[k + 1] - 1 if k + 1 < len(self._para_starts) else len(self.text)
        return start, end


def _quote_ancestors(first: Token, last: Token) -> set[int]:
    """Token indices above the quote's own roots in the parse tree (a few steps up)."""
    found: set[int] = set()
    for tok in first.doc[first.i : last.i + 1]:
        if first.i <= tok.head.i <= last.i:
            continue
        node = tok
        for _ in range(6):
            if node.head.i == node.i:
                break
            node = node.head
            found.add(node.i)
    return found


def subject_of(verb: Token, index: TextIndex, depth: int = 0) -> Token | None:
    """The head token of whoever performs the reporting ``verb``, or None.

    Follows participles and conjoined verbs to the clause that has the subject ("…, saying",
    "laughed and said"), relative clauses to their noun ("Smith, who said"), passives to their
    agent, and "was quoted as saying" to the person quoted.
    """
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    for child in verb.children:
        if child.dep_ in _SUBJECT_DEPS and not index.in_quote(child.idx):
            if child.lower_ in _RELATIVE and verb.dep_ == "relcl":
                return verb.head
            return child
        if child.dep_ == "agent":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs and not index.in_quote(objs[0].idx):
                return objs[0]
    if passive and verb.lemma_.lower() in ("quote", "cite", "hear", "record", "report"):
        for child in verb.children:
            if child.dep_ == "nsubjpass" and not index.in_quote(child.idx):
                return child
    if verb.dep_ == "relcl" and verb.head.pos_ in ("PROPN", "NOUN"):
        return verb.head
    if (
        depth < _MAX_SUBJECT_CLIMB
        and verb.dep_ in _SHARED_SUBJECT_DEPS
        and verb.head.i != verb.i
        and verb.head.pos_ in ("VERB", "AUX", "ADP", "SCONJ")
    ):
        return subject_of(verb.head, index, depth + 1)
    return None


def _inverted_subject(verb: Token, index: TextIndex) -> Token | None:
    """ "…," said Smith: the name after the verb when the parse did not make it the subject."""
    doc = verb.doc
    k = verb.i + 1
    if k >= len(doc) or index.in_quote(doc[k].idx):
        return None
    tok = doc[k]
    if tok.pos_ not in ("PROPN", "PRON", "DET", "NOUN", "ADJ") or tok.is_punct:
        return None
    if tok.pos_ == "PRON" and tok.lower_ not in ("he", "she", "they", "i", "we"):
        return None
    # Climb to the head of that noun phrase while it stays next to the verb.
    while (
        tok.head.i != tok.i
        and verb.i < tok.head.i <= verb.i + 6
        and tok.dep_
        in (
            "compound",
            "det",
            "amod",
            "poss",
        )
    ):
        tok = tok.head
    if tok.pos_ in ("PROPN", "PRON", "NOUN"):
        return tok
    return None


def _candidates(tokens: list[Token], index: TextIndex) -> list[tuple[Token, str, Token | None]]:
    found: list[tuple[Token, str, Token | None]] = []
    doc = index.doc
    for tok in tokens:
        lemma = tok.lemma_.lower()
        if lemma in REPORTING_VERBS and (tok.pos_ == "VERB" or tok.tag_.startswith("VB")):
            subject = subject_of(tok, index) or _inverted_subject(tok, index)
            found.append((tok, "verb", subject))
        elif tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            objs = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
            found.append((tok, "according", objs[0] if objs else None))
        elif lemma in CUE_NOUNS and tok.pos_ == "NOUN":
            subject = next((c for c in tok.children if c.dep_ == "poss"), None)
            node = tok
            for _ in range(3):
                if subject is not None or node.head.i == node.i:
                    break
                node = node.head
                if node.pos_ in ("VERB", "AUX"):
                    subject = subject_of(node, index)
                    break
            found.append((tok, "noun", subject))
    return found


def _cue_end(tok: Token, how: str) -> int:
    if how == "according":
        nxt = tok.doc[tok.i + 1]
        return nxt.idx + len(nxt.text)
    return tok.idx + len(tok.text)


def _best(
    cands: list[tuple[Token, str, Token | None]],
    ancestors: set[int],
    span: tuple[int, int],
    how_override: str | None = None,
) -> CueHit | None:
    best: tuple[tuple[bool, bool, int], CueHit] | None = None
    q_start, q_end = span
    for tok, how, subject in cands:
        linked = tok.i in ancestors
        if not linked:
            node = tok
            for _ in range(3):
                if node.head.i == node.i:
                    break
                node = node.head
                if q_start <= node.idx < q_end:
                    linked = True
                    break
        distance = q_start - tok.idx if tok.idx < q_start else tok.idx - q_end
        key = (not (linked and subject is not None), subject is None, distance)
        hit = CueHit(tok.idx, _cue_end(tok, how), subject, how_override or how, linked)
        if best is None or key < best[0]:
            best = (key, hit)
    return best[1] if best else None


def _outside(tokens: Span | list[Token], index: TextIndex, lo: int, hi: int) -> list[Token]:
    return [t for t in tokens if lo <= t.idx < hi and not t.is_space and not index.in_quote(t.idx)]


def dash_byline(start: int, end: int, index: TextIndex) -> CueHit | None:
    """“…” — Steve Quinlan: a name after a dash right after the quote, on the same line."""
    match = _DASH_BYLINE.match(index.text, end)
    if match is None or "\n" in match.group(0):
        return None
    tok = index.token_at(match.end())
    if not tok.text[:1].isupper() or tok.pos_ not in ("PROPN", "NOUN"):
        return None
    dash = match.group(0).strip()
    dash_at = index.text.index(dash, end)
    head = tok
    while head.head.i != head.i and head.dep_ in ("compound", "flat") and head.head.i > head.i:
        head = head.head
    return CueHit(dash_at, dash_at + len(dash), head, "dash", True)


def find_cue(start: int, end: int, index: TextIndex) -> CueHit | None:
    """The cue for the marked quote at ``[start, end)``, and its speaker, or None."""
    doc = index.doc
    first = index.token_at(start)
    last = index.token_at(max(end - 1, start))
    para_lo, _ = index.paragraph(start)
    _, para_hi = index.paragraph(max(end - 1, start))
    s1, s2 = first.sent, last.sent
    before = _outside(doc[s1.start : first.i], index, para_lo, start)
    after = _outside(doc[last.i + 1 : s2.end], index, end, para_hi)
    if not any(t.is_alpha for t in after) and s2.end < len(doc):
        # spaCy often ends the sentence at the closing mark: '…,” he said.' goes on after it.
        nxt = doc[s2.end].sent
        if len(nxt) <= 20:
            after = after + _outside(nxt, index, end, para_hi)
    ancestors = _quote_ancestors(first, last)
    hit = _best(_candidates(before + after, index), ancestors, (start, end))
    if hit is not None and hit.speaker is not None:
        return hit
    byline = dash_byline(start, end, index)
    if byline is not None:
        return byline
    if hit is None and not any(t.is_alpha for t in before):
        lead = lead_in(start, index)
        if lead is not None:
            return lead
    return hit


def lead_in(start: int, index: TextIndex) -> CueHit | None:
    """A quote that opens its sentence, said by whoever speaks in the sentence just before it.

    Only the previous sentence of the same paragraph counts, or the last sentence of the previous
    paragraph when that one ends with a colon ("Trump told the crowd:").
    """
    doc = index.doc
    first = index.token_at(start)
    sent_start = first.sent.start
    if sent_start == 0:
        return None
    prev = doc[sent_start - 1].sent
    prev_text = index.text[prev.start_char : start].rstrip()
    para_lo, _ = index.paragraph(start)
    same_para = prev.end_char > para_lo or prev.start_char >= para_lo
    colon = prev_text.endswith(":")
    if not (same_para or colon):
        return None
    tokens = _outside(prev, index, prev.start_char, start)
    cands = [c for c in _candidates(tokens, index) if c[2] is not None]
    if not cands:
        return None
    # The last speaker of the lead-in sentence is the one the quote goes on with.
    tok, how, subject = max(cands, key=lambda c: c[0].i)
    return CueHit(tok.idx, _cue_end(tok, how), subject, "lead", colon)
