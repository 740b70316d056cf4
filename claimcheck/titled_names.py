"""Names written with long titles, read apart into name, role and organisation: a press
release's "Andrea Collins, President and Chief Executive Officer of Harlow Bank" and an
Indian or British ministerial style "Union Minister of Road Transport Nitin Kulkarni".

The parser joins the first as a list of people (the title is a conjunct of the name) and NER
runs the second's name into its title; both are one person with a role.
:func:`titled_person` returns a :class:`~claimcheck.speaker_memory.SpeakerInfo` or None (None
keeps today's reading); nothing here raises.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import ROLE_MODIFIERS, ROLE_NOUNS, TITLES
from .mention_span import join_words
from .speaker_memory import DocMemory, SpeakerInfo

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .models import Mention

__all__ = ["titled_person"]


def _role_word(tok: Token) -> bool:
    lower = tok.lower_
    return lower in ROLE_NOUNS or lower in TITLES or tok.lemma_.lower() in ROLE_NOUNS


def titled_person(
    head: Token, lo: int, hi: int, mention: Mention, memory: DocMemory
) -> SpeakerInfo | None:
    """The person a name with a long title names, with that title as role and the
    organisation it is held at, or None when ``head`` heads no such phrase."""
    return _title_conjunct(head, lo, hi, mention, memory) or _title_of_before(
        head, lo, hi, mention, memory
    )


def _title_conjunct(
    head: Token, lo: int, hi: int, mention: Mention, memory: DocMemory
) -> SpeakerInfo | None:
    """'Andrea Collins, President and Chief Executive Officer of Harlow Bank': a title set off
    by a comma that the parse made a conjunct of the name, as if two people spoke."""
    from .speaker_resolve import describe  # resolution reads this module: imported late

    if head.ent_type_ != "PERSON":
        return None
    doc = head.doc
    title = next(
        (
            c
            for c in head.children
            if c.dep_ == "conj"
            and lo <= c.i < hi
            and c.i > head.i
            and _role_word(c)
            and doc[c.left_edge.i - 1].text == ","
            and not any(t.ent_type_ == "PERSON" for t in c.subtree)
        ),
        None,
    )
    if title is None:
        return None
    comma = title.left_edge.i - 1
    person = describe(head, lo, comma, memory)
    if person.kind != "person":
        return None
    last = title
    for conj in (t for t in title.subtree if t.dep_ == "conj" and _role_word(t)):
        last = max(last, conj, key=lambda t: t.i)
    role = doc[title.left_edge.i : last.i + 1].text
    org = None
    for holder in (title, last):
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in ("of", "at")):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None:
                org = _org_named(obj, memory) or org
    return SpeakerInfo(person.name, "person", role, org or person.organization, mention)


def _org_named(obj: Token, memory: DocMemory) -> str | None:
    """The organisation an "of" phrase names: a name written in full as it stands ('of
    Harlow Bank'), a short form ('of the Alliance') as the article names it in full."""
    words = [t for t in obj.subtree if t.dep_ != "det"]
    if len(words) >= 2 and all(t.pos_ == "PROPN" for t in words):
        return join_words(words)
    return memory.named_org(list(obj.subtree))


def _title_of_before(
    head: Token, lo: int, hi: int, mention: Mention, memory: DocMemory
) -> SpeakerInfo | None:
    """'Union Minister of Road Transport Nitin Kulkarni': a title with an "of" phrase right
    before the name; NER runs the office into the name. The name is the last two capitalised
    words (a given name and a surname), the role the words from the title to them."""
    if head.pos_ != "PROPN":
        return None
    doc = head.doc
    if any(t.dep_ == "conj" for t in doc[lo:hi]):
        return None  # 'Former Secretary of State Hillary Clinton and Sen. Bernie Sanders'
    title = next(
        (
            t
            for t in doc[lo : head.i + 1]
            if _role_word(t)
            and t.text[:1].isupper()
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
        ),
        None,
    )
    if title is None or title.i + 1 >= len(doc) or doc[title.i + 1].lower_ != "of":
        return None
    # The name ends the phrase: at the head, or (when the parse made the title the head,
    # 'said Union Minister of Health Priya Raman') at the end of the "of" phrase.
    end = max(head.i, doc[title.i + 1].right_edge.i)
    if end >= hi:
        return None
    words = [t for t in doc[title.i + 2 : end + 1] if not t.is_punct]
    # The office and the name are all capitalised: only title-case words may sit between.
    if len(words) < 3 or not all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in words):
        return None
    name = words[-2:]
    if len(words) >= 4 and len(name[0].text.rstrip(".")) == 1:
        name = words[-3:]  # a middle initial: 'Secretary of Homeland Security John F. Kelly'
    if any(_role_word(t) for t in name):
        return None
    first = title.i
    while first > lo and doc[first - 1].lower_ in ROLE_MODIFIERS:
        first -= 1  # 'Former Secretary of State …' held the office before
    role = doc[first : name[0].i].text
    # 'Missouri Secretary of State Jason Kander': the place before the title is where the
    # office is held.
    places = [t.text for t in doc[lo:first] if t.ent_type_ == "GPE"]
    return SpeakerInfo(
        memory.full_name(join_words(name)),
        "person",
        role,
        " ".join(places) or None,
        mention,
    )
