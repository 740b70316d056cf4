"""Who a definite description refers to: "the governor" after "Gov. Andrew Cuomo", "the
carmaker" after "German carmaker Volkswagen", "the campaign" after "the Clinton campaign".

News names someone once, with a title or a description, and then calls them by that
description alone. The referent is the nearest earlier mention (outside quotation marks) whose
title, premodifier, apposition or name fits the noun; an earlier indefinite one ("a governor
said") introduced somebody unnamed, and then nothing is resolved. With no earlier mention at
all, a single person or organisation the article gives that description is taken.

:func:`definite_referent` returns a :class:`~claimcheck.speaker_memory.SpeakerInfo` or None
(None keeps today's reading of the phrase); nothing here raises.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .cues import ROLE_NOUNS, TITLES
from .name_cleaning import clean_name, drop_descriptors
from .reading_horizon import LOOKAHEAD_PARAGRAPHS, paragraph_end
from .role_descriptions import Description, Unnamed, fit_at, known_as, names_other_kind
from .role_links import (
    QUALIFIER_LABELS,
    entity_at,
    is_former,
    named_org,
    named_person,
    org_subject,
    rank,
    real_name,
    role_word,
    window,
)
from .role_words import ORG_NOUNS
from .speaker_memory import DocMemory, SpeakerInfo
from .speaker_roles import nominal_role

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .models import Mention

__all__ = ["definite_referent", "later_holder"]

# How far (in characters) from a description its referent is looked for. Longer than any
# news article, so an article is read whole; a scraped page of many articles is read as
# articles, not in time that grows with the square of its length.
REACH = 40_000


def definite_referent(head: Token, mention: Mention, memory: DocMemory) -> SpeakerInfo | None:
    """The person or organisation a definite description refers to, or None.

    ``head`` heads a phrase :func:`refers_back` accepts. The nearest earlier fitting mention
    wins; when the description carries a qualifier ("the Florida senator") a mention with it
    next to the name is preferred; an earlier indefinite one ("a spokesman said") stops the
    search: that unnamed person is who the phrase means.
    """
    word = role_word(head)
    person = word not in ORG_NOUNS or word in ROLE_NOUNS
    desc = Description(
        word,
        person,
        frozenset(
            t.lower_
            for t in head.lefts
            if t.ent_type_ in QUALIFIER_LABELS or (person and t.pos_ == "PROPN")
        ),
        is_former(head),
        head.idx,
        rank(head),
    )
    found: list[tuple[str, SpeakerInfo]] = []
    stopped = False
    for around, info in _earlier(head, desc, memory):
        if info is None:
            stopped = True  # somebody unnamed came first: no one later in the text either
            break
        found.append((around, info))
        if not desc.qualifiers:
            break  # without a qualifier to prefer one by, the nearest fitting mention wins
    if not found and not stopped:
        found = _salient(head, desc, memory)
    if not found:
        return None
    pick = next(
        (
            info
            for around, info in found
            if all(q in around for q in desc.qualifiers)
            or _qualified(info, desc.qualifiers, head, memory)
        ),
        None,
    )
    if pick is None:
        if desc.qualifiers:
            return None  # "the Vermont senator" and no senator said to be from Vermont
        pick = found[0][1]
    if pick.kind == "person" and _other_topic(pick, head, memory):
        return None
    if pick.kind != "person":
        return SpeakerInfo(pick.name, pick.kind, None, None, mention)
    role, org = nominal_role(head, memory)
    known_role, known_org = memory.role_of(pick.name, mention.start)
    return SpeakerInfo(
        pick.name,
        "person",
        role or pick.role or known_role,
        org or pick.organization or known_org,
        mention,
    )


def _qualified(
    info: SpeakerInfo, qualifiers: frozenset[str], head: Token, memory: DocMemory
) -> bool:
    """Whether the article writes the description's qualifiers next to the name before the
    description or just after it ('Florida Sen. Marco Rubio', 'Rubio, of Florida,' for "the
    Florida senator")."""
    if not qualifiers:
        return True
    last = info.name.split()[-1]
    doc = head.doc
    # after the description, only as far as a reader looks ahead for its holder
    horizon = paragraph_end(memory.text, head.idx, after=LOOKAHEAD_PARAGRAPHS)
    around = doc.char_span(max(0, head.idx - REACH), horizon, alignment_mode="contract")
    for tok in around if around is not None else ():
        if tok.text != last or memory.in_quote(tok.idx):
            continue
        near = doc[max(0, tok.i - 6) : tok.i + 6].text.lower()
        if all(q in near for q in qualifiers):
            return True
    return False


def _other_topic(pick: SpeakerInfo, head: Token, memory: DocMemory) -> bool:
    """Whether the text just before the description (its paragraph and the sentence before)
    is about someone else whose role the article never says ('Chris Christie added … In his
    state, Christie said, … The governor claimed'), while the person found is not named in
    it: the description then more likely means that person."""
    doc = head.doc
    text = memory.text
    lo = text.rfind("\n", 0, head.idx) + 1
    if head.sent.start > 0:
        lo = min(lo, doc[doc[head.sent.start - 1].sent.start].idx)
    last = pick.name.split()[-1:]
    if last and last[0] in text[lo : head.idx]:
        return False
    others = {
        prev.name
        for prev in memory.history
        if prev.kind == "person" and lo <= prev.mention.start < head.idx and real_name(prev)
    }
    stretch = doc.char_span(lo, head.idx, alignment_mode="expand")
    others |= {
        memory.full_name(drop_descriptors(clean_name(ent)))
        for ent in (stretch.ents if stretch is not None else ())
        if ent.label_ == "PERSON"
        and lo <= ent.start_char < head.idx
        and not memory.in_quote(ent.start_char)
        # 'Mayor de Blasio': NER took the role into the name, so the role is given.
        and ent[0].lower_ not in ROLE_NOUNS
        and ent[0].lower_ not in TITLES
    }
    return any(name.split()[-1:] != last and not memory.roles_given(name) for name in others)


def _earlier(
    head: Token, desc: Description, memory: DocMemory
) -> Iterator[tuple[str, SpeakerInfo | None]]:
    """Fitting mentions before ``head``'s phrase, nearest first, each with the words around
    it; None for an indefinite one, after which nothing earlier counts."""
    doc = head.doc
    speakers = {
        prev.mention.start: prev
        for prev in memory.history
        if prev.mention.start < desc.before and real_name(prev)
    }
    topic = (
        _topic_orgs(head, desc, memory) if not desc.person else _topic_people(head, desc, memory)
    )
    for k in range(head.left_edge.i - 1, -1, -1):
        tok = doc[k]
        if tok.idx < head.idx - REACH:
            return
        if memory.in_quote(tok.idx):
            continue
        if k in topic:
            yield "", topic[k]
            continue
        prev = speakers.get(tok.idx)
        # A speaker the article has given this role ('Obama said …' after 'President
        # Obama'), at the place they spoke.
        if (
            prev is not None
            and desc.person
            and prev.kind == "person"
            and known_as(prev, desc, memory)
        ):
            yield window(tok, tok), prev
            continue
        got = fit_at(tok, desc, memory)
        if isinstance(got, Unnamed):
            # 'Business Insider commented on his future with the company. "…," the company
            # said': the organisation the sentences are about outranks its own unnamed use.
            earlier_topic = max((j for j in topic if j < k), default=None)
            if earlier_topic is not None:
                yield "", topic[earlier_topic]
            yield "", None
            return
        if got is not None:
            yield got


def _salient(
    head: Token, desc: Description, memory: DocMemory, *, after: int = LOOKAHEAD_PARAGRAPHS
) -> list[tuple[str, SpeakerInfo]]:
    """The one person or organisation the article gives the description after it (in the
    rest of its paragraph and the ``after`` paragraphs next), as a one-item list, or an empty
    list when there are none or several."""
    doc = head.doc
    found: list[tuple[str, SpeakerInfo]] = []
    later = Description(
        desc.word, desc.person, desc.qualifiers, desc.former, len(memory.text), desc.rank
    )
    # A reader looks for the named holder of the role in the rest of the description's
    # paragraph and the next, not through the rest of the document.
    horizon = paragraph_end(memory.text, head.idx, after=after)
    for tok in doc[head.right_edge.i + 1 :]:
        if tok.idx >= horizon:
            break
        if memory.in_quote(tok.idx):
            continue
        got = fit_at(tok, later, memory)
        if isinstance(got, tuple):
            found.append(got)
    if len({info.name for _, info in found}) != 1:
        return []
    return found[:1]


def _topic_orgs(head: Token, desc: Description, memory: DocMemory) -> dict[int, SpeakerInfo]:
    """Organisations that are the subject of the sentence before the description's (or of
    its own, before it): 'Volkswagen admitted cheating. The company said …' is about
    Volkswagen, whatever it was called. A name that says another kind ('the Clinton campaign'
    for "the company") does not count."""
    if desc.person:
        return {}
    doc = head.doc
    sent = head.sent
    lo = sent.start
    if lo > 0:
        lo = doc[lo - 1].sent.start
    found: dict[int, SpeakerInfo] = {}
    for tok in doc[lo : head.left_edge.i]:
        if memory.in_quote(tok.idx) or not org_subject(tok, desc.word):
            continue
        ent = entity_at(tok)
        if ent is None or names_other_kind(ent.text, desc.word):
            continue
        info = named_org(ent.root, memory)
        if info is not None:
            found[ent.start] = info
    return found


def _topic_people(head: Token, desc: Description, memory: DocMemory) -> dict[int, SpeakerInfo]:
    """People who are the subject of the sentence before the description's (or of its own,
    before it) and whom the article gives that role somewhere: 'Rubio stopped by his
    headquarters. "…," the senator said' after 'Sen. Marco Rubio' further up."""
    doc = head.doc
    lo = head.sent.start
    if lo > 0:
        lo = doc[lo - 1].sent.start
    found: dict[int, SpeakerInfo] = {}
    for tok in doc[lo : head.left_edge.i]:
        if (
            tok.ent_type_ != "PERSON"
            or not tok.dep_.startswith("nsubj")
            or memory.in_quote(tok.idx)
        ):
            continue
        info = named_person(tok, memory)
        if info is not None and known_as(info, desc, memory):
            found[tok.i] = info
    return found


def later_holder(
    head: Token, memory: DocMemory, *, paragraphs: int = LOOKAHEAD_PARAGRAPHS
) -> SpeakerInfo | None:
    """The one person the article gives ``head``'s role after it, in the rest of its
    paragraph and the ``paragraphs`` next ("U.S. District Judge Thomas Ng" for an earlier "a
    judge"), or None when it names none or several there."""
    desc = Description(role_word(head), True, frozenset(), is_former(head), head.idx, rank(head))
    found = _salient(head, desc, memory, after=paragraphs)
    if not found or found[0][1].kind != "person":
        return None
    return found[0][1]
