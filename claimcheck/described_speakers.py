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
        mods = _indefinite_mods(tok)
        return None if mods is None else join_words(doc[mods[0].i : tok.i + 1])
    return _party_of_previous(head, in_quote)


def _indefinite_mods(tok: Token) -> list[Token] | None:
    """The premodifiers of an indefinite phrase headed by ``tok`` ("Another [Conservative]
    MP"), or None when the phrase is not indefinite or has none."""
    lefts = list(tok.lefts)
    if not lefts or lefts[0].lower_ not in _INDEFINITE:
        return None
    mods = [t for t in lefts[1:] if t.dep_ in ("amod", "compound") and not t.is_punct]
    if not mods or mods[-1].right_edge.i + 1 != tok.i:
        return None
    return mods


def _party_of_previous(head: Token, in_quote: Callable[[int], bool]) -> str | None:
    """'One Tory veteran was less forgiving. "…," grumbled the MP': news varies the noun
    for the unnamed person it has just introduced, and the party or nationality said of
    them goes with the new noun ("Tory MP"). Only the sentence before and the head's own
    sentence are read, and only a party or nationality word (NER's NORP) is carried."""
    doc = head.doc
    sent = head.sent
    lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for tok in reversed(doc[lo : head.i]):
        if tok.pos_ != "NOUN" or in_quote(tok.idx) or tok.lower_ == head.lower_:
            continue
        mods = _indefinite_mods(tok)
        party = [t for t in mods or () if t.ent_type_ == "NORP"]
        if party:
            return f"{join_words(party)} {head.text}"
    return None
