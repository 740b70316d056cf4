"""Which gender a noun says a person has ("her father", "the widow", "Councilwoman …").

Pronoun resolution uses it to keep "he" off a woman and "she" off a man.
"""

from __future__ import annotations

__all__ = ["noun_gender"]

# Relational and personal nouns whose gender news writes out ("her father", "the widow").
_FEMALE_NOUNS = """woman mother mom daughter grandmother wife sister aunt niece girl waitress
    actress businesswoman widow granddaughter stepmother"""
_MALE_NOUNS = """man father dad son grandfather husband brother uncle nephew boy waiter actor
    businessman widower grandson stepfather"""
_NOUN_GENDER = {
    word: g for words, g in ((_FEMALE_NOUNS, "f"), (_MALE_NOUNS, "m")) for word in words.split()
}
def noun_gender(word: str) -> str | None:
    """ "f"/"m" when a noun says the person's gender ("mother", "councilwoman", "son"), else
    None. A "-man" title is no evidence: "chairman" and "spokesman" are used for women."""
    lower = word.lower()
    if lower in _NOUN_GENDER:
        return _NOUN_GENDER[lower]
    if lower.endswith("woman") or lower.endswith("women"):
        return "f"
    return None
