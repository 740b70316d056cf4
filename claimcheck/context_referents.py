"""Descriptions whose referent the context gives rather than a title: "the striker" for the
player the paragraph is about, "the Coloradan" for "Sen. Carla Ruiz of Colorado", "a judge"
in a court report's lead for the one judge it names later, and "a voter … who gave only his
first name, Frank," for Frank.

Each function returns a :class:`~claimcheck.speaker_memory.SpeakerInfo` or None (None keeps
today's reading of the phrase); nothing here raises.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import PERSON_NOUNS, ROLE_NOUNS, TITLES
from .reading_horizon import paragraph_end
from .role_links import is_former, named_person, role_word
from .role_referents import definite_referent, later_holder
from .role_words import SPORT_ROLES, family_fits
from .speaker_memory import DocMemory, SpeakerInfo

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .models import Mention

__all__ = [
    "demonym_referent",
    "lead_referent",
    "people_of",
    "relative_name",
    "sport_referent",
]

_DEFINITE = frozenset({"the", "this", "that"})
_INDEFINITE = frozenset({"a", "an"})


def _definite(head: Token) -> bool:
    return any(t.lower_ in _DEFINITE and t.dep_ == "det" for t in head.lefts) and not any(
        c.dep_ == "poss" for c in head.children
    )


def sport_referent(head: Token, mention: Mention, memory: DocMemory) -> SpeakerInfo | None:
    """ "the striker": the player so titled earlier, else the named person who is the subject
    of the paragraph before the phrase (or of the paragraph before that, when the phrase opens
    its own) and whom the article gives no other role; None when there is nobody."""
    word = role_word(head)
    if word not in SPORT_ROLES or head.tag_ in ("NNS", "NNPS") or not _definite(head):
        return None
    found = definite_referent(head, mention, memory)
    if found is not None:
        return found
    if is_former(head):
        return None
    doc = head.doc
    text = memory.text
    para_lo = text.rfind("\n", 0, head.idx) + 1
    prev_lo = text.rfind("\n", 0, max(0, para_lo - 1)) + 1 if para_lo > 0 else para_lo
    for lo in (para_lo, prev_lo):
        span = doc.char_span(lo, head.idx, alignment_mode="expand")
        for tok in reversed(list(span) if span is not None else []):
            if tok.i >= head.left_edge.i or memory.in_quote(tok.idx):
                continue
            if not tok.dep_.startswith("nsubj") or tok.pos_ != "PROPN":
                continue
            info = named_person(tok, memory)
            if info is None:
                continue
            if _other_role(info, word, memory) or any(
                _described(t) and t.lower_ not in SPORT_ROLES for t in tok.lefts
            ):
                return None  # the paragraph is about the coach, not a player
            role, org = memory.role_of(info.name, mention.start)
            return SpeakerInfo(info.name, "person", role or word, org, mention)
        if span is not None and any(
            not memory.in_quote(t.idx) and t.is_alpha for t in span if t.i < head.left_edge.i
        ):
            return None  # the paragraph has words of its own before the phrase: stay in it
    return None


def _other_role(info: SpeakerInfo, word: str, memory: DocMemory) -> bool:
    """Whether the article gives the person a role that is not this sport role (a coach, a
    former striker)."""
    roles = [*memory.roles_given(info.name), *([info.role] if info.role else [])]
    for role in roles:
        words = role.lower().split()
        if any(w in ("former", "ex", "ex-", "retired") for w in words):
            return True
        if not family_fits(word, role) and words[-1] not in SPORT_ROLES:
            return True
    return False


def _described(tok: Token) -> bool:
    lower = tok.lower_
    return lower in ROLE_NOUNS or lower in TITLES or lower in PERSON_NOUNS


# Endings of the nouns for a place's people ("Texan", "Coloradan", "Ohioan", "New Yorker").
_DEMONYM_ENDINGS = ("an", "ian", "ean", "er", "ite", "ese", "i")
# Capitalised nouns for a person that end like a demonym but name a party or belief.
_NOT_DEMONYMS = frozenset(
    {"republican", "democrat", "independent", "libertarian", "christian", "muslim", "officer"}
)
# How many steps up the parse a place may hang from the name it is written with.
_PLACE_STEPS = 3


def demonym_referent(head: Token, mention: Mention, memory: DocMemory) -> SpeakerInfo | None:
    """ "the Coloradan": the nearest person named earlier with a place the noun is the
    people of ('Sen. Carla Ruiz of Colorado', 'Texas Gov. Laura Pike'), or None."""
    word = head.text
    lower = word.lower()
    if (
        not _definite(head)
        or not word[:1].isupper()
        or head.tag_ in ("NNS", "NNPS")
        or (head.ent_type_ in ("ORG", "PERSON") and head.ent_iob_ == "I")
        or memory.is_surname(word)
        or lower in _NOT_DEMONYMS
        or lower in ROLE_NOUNS
        or not lower.endswith(_DEMONYM_ENDINGS)
    ):
        return None
    doc = head.doc
    for k in range(head.left_edge.i - 1, max(-1, head.i - 400), -1):
        tok = doc[k]
        if tok.ent_type_ != "GPE" or memory.in_quote(tok.idx) or not people_of(lower, tok.text):
            continue
        person = _placed_person(tok)
        if person is None:
            continue
        info = named_person(person, memory)
        if info is None:
            continue
        role, org = memory.role_of(info.name, mention.start)
        return SpeakerInfo(
            info.name, "person", info.role or role, info.organization or org, mention
        )
    return None


def _placed_person(place: Token) -> Token | None:
    """The person a place is written with, by the parse: 'Sen. Carla Ruiz of Colorado',
    'Texas Gov. Laura Pike' (the place hangs on the name, or on a title hung on it)."""
    node = place
    for _ in range(_PLACE_STEPS):
        if node.dep_ not in ("pobj", "prep", "compound", "nmod", "amod", "npadvmod"):
            return None
        node = node.head
        if node.ent_type_ == "PERSON":
            return node
    return None


def people_of(demonym: str, place: str) -> bool:
    """Whether ``demonym`` (lower case) is the noun for people of ``place`` ("texan" and
    "Texas", "coloradan" and "Colorado", "yorker" and "New York"): they share all but the
    place's last letter, or five letters of a longer place."""
    last = place.split()[-1].lower() if place.split() else ""
    if len(last) < 3 or demonym == last:
        return False
    common = next(
        (k for k, (a, b) in enumerate(zip(demonym, last, strict=False)) if a != b),
        min(len(demonym), len(last)),
    )
    return common >= min(len(last) - 1, 5)


# Paragraphs (with letters) a story's lead may take: headline, dateline, first paragraph.
_LEAD_PARAGRAPHS = 2
# How many paragraphs after the lead's "a judge" the story may take to name the judge.
_LEAD_LOOKAHEAD_PARAGRAPHS = 5


def lead_referent(head: Token, mention: Mention, memory: DocMemory) -> SpeakerInfo | None:
    """ "a judge" in the lead of a story that names one judge later ("U.S. District Judge
    Thomas Ng"): that person. A lead introduces who the story is about before naming them;
    with no or several people so titled later, or an earlier use of the word, None."""
    word = role_word(head)
    if word not in ROLE_NOUNS or head.tag_ in ("NNS", "NNPS"):
        return None
    if not any(t.lower_ in _INDEFINITE and t.dep_ == "det" for t in head.lefts):
        return None
    if any(c.dep_ in ("prep", "poss") or c.dep_ == "relcl" for c in head.children):
        return None  # 'a judge in Ohio', 'a spokesman for X' say which one
    text = memory.text
    if not _in_lead(text, head.idx):
        return None
    if word in text[: head.idx].lower():
        return None
    # A lead names its subject within the next few paragraphs; reading on to the end of the
    # document would let whatever text follows the story pick the referent.
    horizon = paragraph_end(text, head.idx, after=_LEAD_LOOKAHEAD_PARAGRAPHS)
    found = later_holder(head, memory, paragraphs=_LEAD_LOOKAHEAD_PARAGRAPHS)
    if found is None or _titled_later(head, word, horizon) != {found.name.split()[-1]}:
        return None
    return SpeakerInfo(found.name, "person", found.role or word, found.organization, mention)


def _in_lead(text: str, end: int) -> bool:
    """Whether at most the first ``_LEAD_PARAGRAPHS`` paragraphs with letters come before
    ``end``; walked back from ``end`` so a mention deep in a long page costs little."""
    count, pos = 0, end
    while True:
        start = text.rfind("\n", 0, pos) + 1
        if any(ch.isalpha() for ch in text[start:pos]):
            count += 1
            if count > _LEAD_PARAGRAPHS:
                return False
        if start == 0:
            return True
        pos = start - 1


def _titled_later(head: Token, word: str, horizon: int) -> set[str]:
    """The surnames of the people written with the role word as a title after ``head`` and
    before offset ``horizon`` ('Judge Alicia Ferrer and Judge Omar Haddad' gives both)."""
    doc = head.doc
    found = set()
    for tok in doc[head.i + 1 :]:
        if tok.idx >= horizon:
            break
        if role_word(tok) != word or tok.i + 1 >= len(doc):
            continue
        k = tok.i + 1
        while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
            k += 1
        if k > tok.i + 1:
            found.add(doc[k - 1].text)
    return found


def relative_name(head: Token, mention: Mention, memory: DocMemory) -> SpeakerInfo | None:
    """ "A voter … who gave only his first name, Frank," or "a man who identified himself as
    Sam": the name the clause about the unnamed speaker gives, as a person; else None."""
    if head.pos_ != "NOUN" or head.ent_type_:
        return None
    # The parse may hang the clause on a noun inside the phrase ('A voter outside a polling
    # place in Erie who gave …'); a clause opened by "who" is about the person all the same.
    clauses = [c for c in head.children if c.dep_ in ("relcl", "acl")]
    clauses += [
        t
        for t in head.subtree
        if t.dep_ == "relcl"
        and t.head.i != head.i
        and any(c.lower_ == "who" and c.dep_ == "nsubj" for c in t.children)
    ]
    for clause in clauses:
        for tok in clause.subtree:
            if memory.in_quote(tok.idx) or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
                continue
            named = (tok.dep_ == "appos" and tok.head.lemma_.lower() == "name") or (
                tok.dep_ == "pobj"
                and tok.head.lower_ == "as"
                and tok.head.head.lemma_.lower() in ("identify", "give", "name")
            )
            if not named:
                continue
            words = [t.text for t in tok.subtree if t.pos_ == "PROPN"]
            return SpeakerInfo(" ".join(words), "person", None, None, mention)
    return None
