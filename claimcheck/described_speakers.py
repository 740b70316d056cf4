"""Unnamed speakers by the words that say which one: "a Treasury source", "another
Conservative MP" and, later, "the MP" for that Conservative MP.

News keeps an anonymous source's description short but never drops what tells readers which
side they speak for: the premodifiers of the indefinite phrase that introduced them. A later
bare definite phrase with the same noun ("the MP said") means that person, and readers carry
the qualifier over. Nothing here raises.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .mention_span import join_words

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

__all__ = ["described_antecedent", "without_quantifier"]

# Words that introduce somebody without saying who: no part of the description itself.
_INDEFINITE = frozenset({"a", "an", "another", "one", "some", "any"})
_DEFINITE = frozenset({"the", "this", "that"})
# How many tokens back the introducing phrase is looked for: a few sentences, as news
# writes "Another Conservative MP … was blunter. '…,' the MP said."
_REACH = 120


def without_quantifier(head: Token, lo: int, hi: int) -> str | None:
    """The phrase ``[lo, hi)`` headed by ``head`` without an opening "another"/"one"/"a"
    that belongs to ``head`` ("another Conservative MP" → "Conservative MP"), or None when
    it opens with none or only that word and the head would be left."""
    doc = head.doc
    start = lo
    while start < head.i and doc[start].lower_ in _INDEFINITE and doc[start].head.i == head.i:
        start += 1
    if start == lo or start >= head.i:
        return None  # "One man said": with nothing between, the quantifier is the description
    return join_words(doc[start:hi])


def described_antecedent(head: Token, in_quote: Callable[[int], bool]) -> str | None:
    """The description a bare definite ``head`` ("the MP") takes from the indefinite phrase
    that introduced its person ("Another Conservative MP" → "Conservative MP"), or None.

    Only the nearest earlier use of the same noun, outside quotation marks, counts: when it
    is definite, named or bare ("an MP") there is no qualifier to carry over.
    """
    doc = head.doc
    if any(t.dep_ != "det" or t.lower_ not in _DEFINITE for t in head.lefts):
        return None  # "the Labour MP" says which one itself
    for k in range(head.i - 1, max(-1, head.i - _REACH), -1):
        tok = doc[k]
        if tok.lower_ != head.lower_ or in_quote(tok.idx):
            continue
        lefts = list(tok.lefts)
        if not lefts or lefts[0].lower_ not in _INDEFINITE:
            return None
        mods = [t for t in lefts[1:] if t.dep_ in ("amod", "compound") and not t.is_punct]
        if not mods or mods[-1].right_edge.i + 1 != tok.i:
            return None
        return join_words(doc[mods[0].i : tok.i + 1])
    return None
