"""Which gender a noun says a person has ("her father", "the widow", "Councilwoman …").

Pronoun resolution uses it to keep "he" off a woman and "she" off a man.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import REPORTING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["PRONOUN_GENDER", "gender_where_named", "noun_gender"]

# Relational and personal nouns whose gender news writes out ("her father", "the widow").
_FEMALE_NOUNS = """woman mother mom daughter grandmother wife sister aunt niece girl waitress
    actress businesswoman widow granddaughter stepmother"""
_MALE_NOUNS = """man father dad son grandfather husband brother uncle nephew boy waiter actor
    businessman widower grandson stepfather"""
_NOUN_GENDER = {
    word: g for words, g in ((_FEMALE_NOUNS, "f"), (_MALE_NOUNS, "m")) for word in words.split()
}
# The gender each personal pronoun says, shared by the pronoun, claim and confidence rules.
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


def noun_gender(word: str) -> str | None:
    """ "f"/"m" when a noun says the person's gender ("mother", "councilwoman", "son"), else
    None. A "-man" title is no evidence: "chairman" and "spokesman" are used for women."""
    lower = word.lower()
    if lower in _NOUN_GENDER:
        return _NOUN_GENDER[lower]
    if lower.endswith("woman") or lower.endswith("women"):
        return "f"
    return None


_FEMALE = ("ms.", "mrs.", "miss", "ms", "mrs")
_MALE = ("mr.", "mr")


def gender_where_named(ent: Span) -> str | None:
    """ "m"/"f" when the article says so where it names ``ent``: an honorific (Mr., Ms.,
    Mrs.), a "-woman" title ('Councilwoman Rita Vance'), a gendered noun in apposition
    ('Her son, David Marsh', 'David Marsh, her son,'), or a pronoun subject of what the
    person says ('Clara Jensen said she was hopeful'); else None."""
    doc = ent.doc
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    first = doc[ent.start].lower_
    for word in (before, first):
        if word in _FEMALE:
            return "f"
        if word in _MALE:
            return "m"
    # Roles ending in -man are no evidence: "spokesman" and "chairman" are used for women.
    if before.endswith("woman") or first.endswith("woman"):
        return "f"
    root = ent.root
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
    for noun in nouns:
        said = noun_gender(noun.lemma_) if noun.pos_ == "NOUN" else None
        if said:
            return said
    return _says_pronoun(root)


def _says_pronoun(subject: Token) -> str | None:
    """The gender of "he"/"she" opening what ``subject`` says ('Jensen said she was …'),
    when no other person stands between them."""
    verb = subject.head
    if not subject.dep_.startswith("nsubj") or verb.lemma_.lower() not in REPORTING_VERBS:
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < subject.i:
            continue
        for tok in clause.doc[subject.i + 1 : clause.i + 1]:
            if tok.ent_type_ == "PERSON" or tok.is_quote:
                return None  # another person, or a quotation whose "she" is someone else
            if tok.dep_.startswith("nsubj") and tok.head.i == clause.i:
                said = PRONOUN_GENDER.get(tok.lower_)
                # 'Celeste recalled that she lobbied him': "him" is Celeste, "she" is not.
                other = any(
                    PRONOUN_GENDER.get(t.lower_) not in (None, said) for t in clause.subtree
                )
                return None if other else said
    return None


