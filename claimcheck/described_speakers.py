"""Unnamed speakers by the words that say which one: "a Treasury source", "another
Conservative MP" and, later, "the MP" for that Conservative MP.

News keeps an anonymous source's description short but never drops what tells readers which
side they speak for: the premodifiers of the indefinite phrase that introduced them. A later
bare definite phrase with the same noun ("the MP said") means that person, and readers carry
the qualifier over. Nothing here raises.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import GROUP_NOUNS, PERSON_NOUNS, ROLE_NOUNS
from .mention_span import join_words
from .role_words import OFFICE_NOUNS

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

__all__ = ["described_antecedent", "described_source", "one_of_them", "without_quantifier"]

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


# Nouns news uses for an unnamed source, whose description is what tells readers who it is
# ("a person close to the Israeli government", "a source familiar with the talks").
_SOURCE_NOUNS = frozenset({"person", "source", "individual", "insider"})
# Singular nouns for people, of whom "one of them" is one.
_PEOPLE = ROLE_NOUNS | OFFICE_NOUNS | PERSON_NOUNS


def described_source(head: Token, in_quote: Callable[[int], bool]) -> str | None:
    """The description of an unnamed source headed by ``head``: its own when indefinite ("A
    person close to the Israeli government" → "person close to the Israeli government"), the
    introducing phrase's when a bare definite ("the person"); None for other nouns or when
    no description is found."""
    if head.lower_ not in _SOURCE_NOUNS or head.tag_ != "NN":
        return None
    lefts = [t.lower_ for t in head.lefts]
    if lefts[:1] and lefts[0] in _INDEFINITE:
        return _description(head)
    if lefts != ["the"] and lefts != ["this"]:
        return None
    doc = head.doc
    for k in range(head.i - 1, max(-1, head.i - _REACH), -1):
        tok = doc[k]
        if tok.lower_ != head.lower_ or in_quote(tok.idx):
            continue
        first = next(iter(tok.lefts), None)
        if first is None or first.lower_ not in _INDEFINITE:
            return None
        return _description(tok)
    return None


def _description(tok: Token) -> str | None:
    """``tok`` with its premodifiers and an adjective phrase right after it ("familiar with
    the matter", "close to the government"), or None when it has neither."""
    doc = tok.doc
    mods = _indefinite_mods(tok) or []
    start = mods[0].left_edge.i if mods else tok.i  # "a [Downing Street] source"
    end = tok.i + 1
    after = doc[end] if end < len(doc) else None
    if (
        after is not None
        and after.dep_ == "amod"
        and after.head.i == tok.i
        and any(c.dep_ == "prep" for c in after.children)
    ):
        # The phrase ends before a comma or a clause the parse hung inside it ("close to
        # the government, who asked not to be named").
        end = after.i + 1
        while (
            end <= after.right_edge.i
            and doc[end].text != ","
            and doc[end].dep_ not in ("relcl", "acl", "advcl")
        ):
            end += 1
    if start == tok.i and end == tok.i + 1:
        return None
    return join_words(doc[start:end])


def one_of_them(head: Token, in_quote: Callable[[int], bool]) -> str | None:
    """ "One of them", "another of the officials": one member of a group of people, named by
    the group's noun in the singular with what the article said of them ("three U.S.
    officials … One of them" → "U.S. official"); None for other phrases, or when the
    group is no people ("one of the bills")."""
    if head.lower_ not in ("one", "another"):
        return None
    if any(t.dep_ == "appos" for t in head.subtree):
        return None  # "One of his advisers, Tad Devine": the name says which one
    of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = None if of is None else next((c for c in of.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    if obj.lower_ in ("them", "us"):
        obj = _earlier_people(head, in_quote)
        if obj is None:
            return None
    elif obj.tag_ != "NNS":
        return None
    if not _names_people(obj):
        return None
    lemma = obj.lemma_.lower()
    # "the officials said … One of them": the description is where they were introduced.
    named = _introduced(obj, in_quote) or obj
    mods = [t for t in named.lefts if t.dep_ in ("amod", "compound", "nmod") and not t.like_num]
    if not mods:
        return lemma
    # The modifiers as written, hyphens and all ("warm-up speakers" → "warm-up speaker").
    return f"{join_words(named.doc[mods[0].left_edge.i : named.i])} {lemma}"


def _names_people(plural: Token) -> bool:
    """Whether the plural noun ``plural`` names people ("officials", "allies", "witnesses")."""
    return plural.lower_ in GROUP_NOUNS or plural.lemma_.lower() in _PEOPLE


def _earlier_people(head: Token, in_quote: Callable[[int], bool]) -> Token | None:
    """The plural noun before ``head`` outside quotation marks which "them" means: the
    nearest people who are a clause's subject ("Three officials briefed reporters. One of
    them said" is an official), else the nearest plural (the caller checks that it names
    people: "Two reports … One of them" is a report)."""
    doc = head.doc
    nearest = None
    for k in range(head.i - 1, max(-1, head.i - _REACH), -1):
        tok = doc[k]
        if tok.tag_ != "NNS" or in_quote(tok.idx):
            continue
        if not _names_people(tok) and any(
            a.tag_ == "NNS" and _names_people(a) for a in tok.ancestors
        ):
            continue  # "officials familiar with the deliberations": them is the officials
        if tok.dep_ in ("nsubj", "nsubjpass") and _names_people(tok):
            return tok
        nearest = nearest or tok
    return nearest


def _introduced(group: Token, in_quote: Callable[[int], bool]) -> Token | None:
    """The earlier use of ``group``'s noun with modifiers, when ``group`` is "the officials"
    with none: the phrase that introduced them ("three U.S. officials")."""
    if any(t.dep_ in ("amod", "compound") for t in group.lefts):
        return None
    doc = group.doc
    for k in range(group.i - 1, max(-1, group.i - _REACH), -1):
        tok = doc[k]
        if tok.lower_ != group.lower_ or in_quote(tok.idx):
            continue
        if any(t.dep_ in ("amod", "compound") for t in tok.lefts):
            return tok
    return None
