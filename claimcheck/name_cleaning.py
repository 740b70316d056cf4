"""Person and organisation names cut out of the text as a reader would write them down.

NER hands over names with what surrounds them: a determiner ("the Chinese Foreign
Ministry"), a possessive ("Trump's"), a description it took for part of the name
("Billionaire Donald Trump"), or one name split in two entities ("[Ana Beatriz] [Lacerda]").
The functions here take those off; none raises.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import ROLE_NOUNS
from .role_words import PERSON_DESCRIPTORS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = [
    "DETERMINERS",
    "clean_name",
    "drop_descriptors",
    "joined_persons",
    "same_person",
    "strip_det",
]

DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})

# Royal and papal styles are part of the name people go by ("Pope Francis", "Prince Harry").
# "Coach" is written before a name as a title is ('Coach Brian Lowe') though it is no role noun.
_DESCRIPTIONS = (ROLE_NOUNS | PERSON_DESCRIPTORS | {"coach"}) - {
    "pope", "king", "queen", "prince", "princess"
}


def clean_name(ent: object) -> str:
    """The text of ``ent`` (a span or string) without surrounding punctuation and quote
    marks, a trailing possessive ("Trump's" → "Trump") or runs of white space."""
    text = str(ent).strip(" ,.;:'’\"“”")
    if text.endswith("’s") or text.endswith("'s"):
        text = text[:-2]
    return " ".join(text.split())


def drop_descriptors(name: str) -> str:
    """``name`` without the descriptions NER takes into a person's name ('Billionaire Donald
    Trump', 'Moderator Megyn Kelly'): a role or descriptor word before the name proper."""
    words = name.split()
    # '-woman' titles are written before names as roles are ('Councilwoman Rita Vance').
    while len(words) > 1 and (
        words[0].lower() in _DESCRIPTIONS or words[0].lower().endswith("woman")
    ):
        words = words[1:]
    return " ".join(words)


def strip_det(text: str) -> str:
    """``text`` without surrounding punctuation and leading determiners ("the Chinese
    Foreign Ministry," → "Chinese Foreign Ministry"); empty when nothing else is left."""
    words = text.strip(" ,.;:").split()
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    return " ".join(words)


def same_person(a: str, b: str) -> bool:
    """Whether two resolved names share a surname ("Dmitry Peskov", "Peskov")."""
    return a.split()[-1:] == b.split()[-1:]


def joined_persons(doc: Doc) -> list[Span]:
    """The document's entities, with PERSON entities NER split inside one name ("[Ana
    Beatriz] [Lacerda]", touching, nothing between) joined into one."""
    out: list[Span] = []
    for ent in doc.ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and ent.label_ == prev.label_ == "PERSON"
            and ent.start == prev.end
            and doc[prev.end - 1].whitespace_ == " "
        ):
            out[-1] = doc[prev.start : ent.end]
            out[-1].label_ = "PERSON"
        else:
            out.append(ent)
    return out
