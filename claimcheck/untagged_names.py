"""Full names of people NER did not tag as persons, so later surnames carry back to them.

The small English model misses or mistypes some names: "Marcus Doyle, the museum's director"
tagged an organisation, "Minister of State for Rural Development Kavita Desai" left untagged.
News still gives the reader two signs that a capitalised pair is a person: a role or personal
noun in apposition, or a title written before it; and it refers back to the person by the
surname alone or with an honorific ("Doyle said", "Ms. Desai said"). :func:`untagged_names_at`
returns the names that have both.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cues import GROUP_NOUNS, ORG_HEADS, PERSON_NOUNS, REPORTING_VERBS, ROLE_NOUNS, TITLES
from .honorifics import HONORIFICS

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

__all__ = ["untagged_names_at"]

_NOT_NAME_WORDS = TITLES | ROLE_NOUNS | ORG_HEADS | GROUP_NOUNS


def untagged_names_at(
    doc: Doc, in_quote: Callable[[int], bool]
) -> list[tuple[int, str, int]]:
    """ "First Surname" for each two-word name outside quotes that NER did not tag a person,
    that has a role or title beside it, and whose surname the text uses again later on its
    own or after an honorific, as (where it is written, the name, where the use that shows it
    is a person's name stands): text after that use is not needed to know the name. Never
    raises."""
    found: list[tuple[int, str, int]] = []
    text = doc.text  # doc.text joins every token on each access: read it once
    later = _Positions(doc)
    for tok in doc:
        if tok.ent_type_ == "PERSON" or tok.pos_ != "PROPN" or in_quote(tok.idx):
            continue
        first = doc[tok.i - 1] if tok.i > 0 else None
        if first is None or not _name_word(first) or not _name_word(tok):
            continue
        if first.dep_ != "compound" or first.head.i != tok.i:
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN":
            continue  # the pair goes on: 'Rural Development Authority' is no name
        if tok.ent_type_ and (tok.ent_iob_ == "I" and first.ent_iob_ != "B"):
            continue  # inside a longer entity NER found ('Islamic State Twitter')
        titled = _titled(doc, first.i)
        if first.i > 0 and doc[first.i - 1].pos_ == "PROPN" and not titled:
            continue  # the end of a longer name: 'Wall Street Journal', 'New York Times'
        rest_at = tok.idx + len(tok.text)
        reuse = re.search(rf"\b{re.escape(tok.text)}\b(?!\s+[A-Z])", text[rest_at:])
        if not reuse:
            continue
        known = rest_at + reuse.start()
        if not (_has_role(tok) or titled):
            shown = _used_as_person(doc, tok, later)
            if shown is None:
                continue
            known = max(known, shown)
        found.append((first.idx, f"{first.text} {tok.text}", known))
    return found


def _name_word(tok: Token) -> bool:
    text = tok.text
    return (
        tok.pos_ == "PROPN"
        and len(text) > 1
        and text[0].isupper()
        and text[1:].islower()
        and tok.lower_ not in _NOT_NAME_WORDS
        and tok.ent_type_ not in ("GPE", "NORP", "DATE", "LOC")
    )


def _has_role(tok: Token) -> bool:
    """'Marcus Doyle, the museum's director' or 'the chief executive, Nadia Sokolova,': a
    role or personal noun in apposition, either way round."""
    nouns = [c for c in tok.children if c.dep_ == "appos"]
    if tok.dep_ == "appos":
        nouns.append(tok.head)
    return any(n.lemma_.lower() in ROLE_NOUNS or n.lemma_.lower() in PERSON_NOUNS for n in nouns)


class _Positions:
    """Where each token text occurs, built on first use, so looking for a surname's later
    uses does not walk the rest of the document once per candidate name."""

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self._index: dict[str, list[int]] | None = None

    def after(self, tok: Token) -> list[Token]:
        if self._index is None:
            self._index = {}
            for t in self._doc:
                self._index.setdefault(t.text, []).append(t.i)
        return [self._doc[i] for i in self._index.get(tok.text, ()) if i > tok.i]


def _used_as_person(doc: Doc, surname: Token, later: _Positions) -> int | None:
    """Where the text first calls the person by an honorific and the surname ('Ms Price',
    'Mr. Kulkarni') or makes the surname alone the one who says something ('Hale said'), or
    None when it never does."""
    for tok in later.after(surname):
        before = doc[tok.i - 1].lower_.rstrip(".") if tok.i > 0 else ""
        if before in HONORIFICS:
            return tok.idx
        alone = tok.i > 0 and doc[tok.i - 1].pos_ != "PROPN"
        if alone and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in REPORTING_VERBS:
            return tok.idx
    return None


def _titled(doc: Doc, first: int) -> bool:
    """'Minister … Kavita Desai', 'Coach Brian Lowe', 'paramedic Joanne Price': a title or
    role word in the run of capitalised words just before the name, or a lower-case noun
    describing the person."""
    before = doc[first - 1] if first > 0 else None
    if (
        before is not None
        and before.pos_ == "NOUN"
        and before.text.islower()
        and before.dep_ == "compound"
        and before.head.i > first
    ):
        return True
    i = first - 1
    while i >= 0 and (doc[i].pos_ == "PROPN" or doc[i].lower_ in ("of", "for", "and")):
        if doc[i].lower_ in TITLES or doc[i].lower_ in ROLE_NOUNS:
            return True
        i -= 1
    return False
