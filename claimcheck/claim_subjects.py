"""Which named entities a claim is about: the names of the figure's own phrase or clause.

Helpers of :mod:`claimcheck.claims`. News puts several people in one sentence ("Rubio
secures 1,237 delegates, while Cruz holds a majority in 10 states"); a figure is about the
names of the noun phrase or clause it belongs to, not those of a relative clause, an
apposition, or a parallel clause that states a figure of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .claim_parse import SUBJECT_LABELS, is_common, verb_subject

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["subject_entities"]

# Time zones tagged as organisations ("1030 GMT") are no one's subject.
_NOT_SUBJECTS = {"GMT", "UTC", "BST", "CET", "EST", "EDT", "PST", "PDT", "ET", "PT"}


def _clean(name: str) -> str:
    name = name.strip()
    for prefix in ("the ", "The "):
        if name.startswith(prefix):
            name = name[len(prefix):]
    for suffix in ("'s", "’s", "'", "’"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name.strip()


def subject_entities(
    doc_ents: list[Span], head: Token, *, exclude: list[tuple[int, int]],
    bounds: tuple[int, int], figures: list[tuple[int, int]] | None = None,
) -> list[str]:
    """The named entities a claim is about: those in the phrase it belongs to, else the sentence.

    ``doc_ents`` are the document's entities (read once per document: spaCy rebuilds them on
    every access); only those within ``bounds`` (the sentence clipped to its line) count. The
    phrase is the subtree of the noun the value measures ("Trade between China and Russia")
    or, failing that, of the clause's verb; entities overlapping values are skipped, and so
    are those of a parallel clause stating another of the measures ``figures`` ("while
    McGinty has 44%").
    """
    ents = [e for e in doc_ents if e.label_ in SUBJECT_LABELS and e.text not in _NOT_SUBJECTS
            and bounds[0] <= e.start_char and e.end_char <= bounds[1]
            and all(e.end_char <= s or e.start_char >= t for s, t in exclude)]
    if not ents:
        return []
    scopes: list[Token] = []
    token = head
    for _ in range(5):
        parent = token.head
        if parent is token:
            break
        if parent.pos_ in ("VERB", "AUX"):
            subj = verb_subject(parent)
            if subj is not None and is_common(subj):
                scopes.append(subj)
            scopes.append(parent)
            break
        if parent.pos_ in ("NOUN", "PROPN"):
            scopes.append(parent)
        token = parent
    for scope in scopes:
        lo = min(t.i for t in scope.subtree)
        hi = max(t.i for t in scope.subtree) + 1
        inside = [e for e in ents if e.start >= lo and e.end <= hi]
        if inside:
            return _names(_outside_asides(inside, scope, head, figures or []) or inside)
    return _names(ents)


# Clauses and appositions that describe a name rather than take part in the claim: "raised
# $500,000 from William E. Oberndorf, a California investor who had backed Jeb Bush"
_ASIDES = ("relcl", "appos", "acl")


def _outside_asides(ents: list[Span], scope: Token, head: Token,
                    figures: list[tuple[int, int]]) -> list[Span]:
    """``ents`` without those inside a relative clause or apposition under ``scope`` (unless
    the value itself sits in it), or inside a parallel clause with its own subject and its
    own figure ("Toomey has 45%, while McGinty has 44%": McGinty is the 44%'s)."""
    aside: set[int] = set()
    for token in scope.subtree:
        if token.i == scope.i:
            continue
        if token.dep_ in _ASIDES or _parallel(token, figures):
            inner = {t.i for t in token.subtree}
            if head.i not in inner:
                aside |= inner
    return [e for e in ents if e.start not in aside]


def _parallel(token: Token, figures: list[tuple[int, int]]) -> bool:
    """Whether ``token`` heads a clause of its own (an adverbial or coordinated verb with a
    subject) that states a figure of its own."""
    if token.dep_ not in ("advcl", "conj") or token.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return False
    return any(s <= t.idx < e for t in token.subtree for s, e in figures)


def _names(ents: list[Span]) -> list[str]:
    out: list[str] = []
    for e in ents:
        name = _clean(e.text)
        if name and name.lower() not in {o.lower() for o in out}:
            out.append(name)
    return out[:5]
