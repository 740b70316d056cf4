"""Who a personal pronoun outside quotes refers to ("he said", "she added", "they say").

:func:`resolve_pronoun` tries, in turn: the subject of the pronoun's own enclosing clause
('Viguerie is upbeat … because he sees'), the latest salient subject of its gender
(:mod:`~claimcheck.pronoun_antecedents`), the last person named or heard, and a capitalised
subject NER missed. A pronoun is never a speaker's name when any of these finds someone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .cues import GROUP_NOUNS, GROUP_PRONOUNS, ORG_HEADS, REPORTING_VERBS, ROLE_NOUNS
from .mention_span import mention_bounds
from .pronoun_antecedents import salient_subject, written_name
from .speaker_memory import DocMemory, SpeakerInfo, strip_det

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .models import Mention

__all__ = ["group_member", "resolve_pronoun"]

# describe(head, lo, hi, memory): how speaker_resolve names a phrase (passed in, since it
# calls this module for pronouns).
Describe = Callable[["Token", int, int, DocMemory], SpeakerInfo]


def resolve_pronoun(
    head: Token, mention: Mention, memory: DocMemory, *, describe: Describe
) -> SpeakerInfo:
    """The speaker a personal pronoun (``head``, with its ``mention``) stands for: a person's
    name, the role phrase of an unnamed person, or for "they"/"we" the last group or
    organisation that spoke. ``describe`` names an antecedent's phrase
    (:func:`~claimcheck.speaker_resolve.describe`). Never raises."""
    lower = head.lower_
    if lower in GROUP_PRONOUNS:
        # "they" most often refers back to the last organisation or group that spoke.
        for prev in reversed(memory.history[-3:]):
            if prev.kind in ("group", "organization", "country"):
                return SpeakerInfo(prev.name, prev.kind, None, None, mention)
        return SpeakerInfo(mention.text, "group", None, None, mention)
    # A possessive names its owner as "he" does: "Read his full remarks below" is his.
    gender = _GENDER.get(lower)
    # Gender only narrows the choice; with nobody of that gender, the last person it is.
    name = _clause_antecedent(head, memory, gender)
    if name is None and gender is not None:
        found = _salient(head, mention, memory, gender, describe)
        if found is not None:
            return found
    name = (
        name
        or memory.latest_person(mention.start, gender=gender)
        or memory.latest_person(mention.start)
    )
    if name is None and lower in _GENDER:
        name = _untagged_subject(head, memory)
    if name is None:
        return SpeakerInfo(mention.text, "unknown", None, None, mention)
    role, org = memory.role_of(name, mention.start)
    if name.isupper():
        name = name.title()  # "I" after a transcript label "CLINTON:" is Clinton
    return SpeakerInfo(name, "person", role, org, mention)


def _salient(
    head: Token, mention: Mention, memory: DocMemory, gender: str | None, describe: Describe
) -> SpeakerInfo | None:
    """The pronoun's referent as the latest salient subject of its gender (see
    :mod:`~claimcheck.pronoun_antecedents`), named as that subject's phrase would be; None
    when that subject cannot be named surely (the caller's older rules then decide)."""
    tok = salient_subject(head, memory, gender)
    if tok is None:
        return None
    found = _spoken(tok, memory) or _named(tok, memory, gender, describe)
    if found is None:
        return None
    if gender is not None:
        memory.learn_gender(found.name, gender)
    return SpeakerInfo(found.name, "person", found.role, found.organization, mention)


def _spoken(tok: Token, memory: DocMemory) -> SpeakerInfo | None:
    """The resolved speaker whose mention holds ``tok`` ('the former president told a
    crowd' was already resolved to the person named before)."""
    for prev in reversed(memory.history):
        if prev.kind == "person" and prev.mention.start <= tok.idx < prev.mention.end:
            # A role noun left unresolved ('former president') is no name to carry on.
            unnamed = prev.name[:1].islower() and prev.name == strip_det(prev.mention.text)
            return None if unnamed else prev
    return None


def _named(
    tok: Token, memory: DocMemory, gender: str | None, describe: Describe
) -> SpeakerInfo | None:
    lo, hi = mention_bounds(tok, in_quote=memory.in_quote)
    # Only the phrase up to the head's conjuncts ('Maya Collins, Ron and Diane's daughter'
    # names one person, not a group); a name needs no apposition, a role noun keeps its
    # ('Her son, David Marsh').
    cut = ("cc", "conj", "appos", "punct") if tok.pos_ == "PROPN" else ("cc", "conj")
    hi = min([hi, *(c.i for c in tok.rights if c.dep_ in cut)])
    # The phrase always holds its head (a phrase cut at a paragraph break may not).
    lo, hi = min(lo, tok.i), max(hi, tok.i + 1)
    found = describe(tok, lo, hi, memory)
    if found.kind != "person":
        return None
    if tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN":
        written = written_name(tok)
        if memory.has_namesakes(written) and not memory.is_full_name(written):
            # 'Trump' with Donald and Melania named: the one of the pronoun's gender, if the
            # article says which; else the older rules decide.
            pick = memory.namesake(written.split()[-1], gender)
            if pick is None:
                return None
            role, org = memory.role_of(pick, tok.idx)
            return SpeakerInfo(pick, "person", role, org, found.mention)
        return found
    if found.name.lower() != strip_det(found.mention.text).lower():
        return found  # 'the former president' resolved to the person named before
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None or owner.ent_type_ not in ("GPE", "ORG", "NORP"):
        # 'the Republican candidate', 'a reporter', 'Trump's wife' that no named person
        # was found for: the older rules decide; a country's or a body's office-holder
        # ('Canada's prime minister') is a person introduced by that phrase.
        return None
    return found


_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
# How far back (in tokens) a name NER missed is looked for when a pronoun finds nobody.
_UNTAGGED_REACH = 60


def _untagged_subject(head: Token, memory: DocMemory) -> str | None:
    """The nearest earlier capitalised subject NER did not tag, for a pronoun that finds no
    person at all ('Sanders gave a speech … Read his remarks': the tagger made "Sanders" a
    plural noun). A role, group or organisation word is no name."""
    doc = head.doc
    for tok in reversed(doc[max(0, head.i - _UNTAGGED_REACH) : head.i]):
        if not tok.dep_.startswith("nsubj") or memory.in_quote(tok.idx):
            continue
        lemma, lower = tok.lemma_.lower(), tok.lower_
        if (
            tok.text[:1].isupper()
            and tok.pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ == "det" for c in tok.children)
            and lemma not in ROLE_NOUNS | ORG_HEADS | GROUP_NOUNS
            and lower not in ROLE_NOUNS | ORG_HEADS | GROUP_NOUNS
        ):
            return memory.full_name(tok.text)
    return None


def _clause_antecedent(head: Token, memory: DocMemory, gender: str | None) -> str | None:
    """The person a pronoun's enclosing clause is about: 'Viguerie is upbeat about Cruz's
    chances because he sees ...' makes "he" Viguerie, not Cruz, the last name before it.

    Walks up from the pronoun to the nearest clause with a named person as subject before it.
    """
    node = head
    for _ in range(6):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in REPORTING_VERBS:
            # What someone said ('Comey said that Clinton was careless, but he ...') is
            # not a clause the pronoun belongs to: its subject is talked about, not bound.
            continue
        for child in node.children:
            if child.i >= head.i or not child.dep_.startswith("nsubj"):
                continue
            if memory.in_quote(child.idx):
                continue
            if child.ent_type_ != "PERSON" and not memory.is_surname(child.text):
                continue
            name = memory.full_name(child.text)
            if gender is None or memory.gender_of(name) in (None, gender):
                return name
    return None


def group_member(head: Token, mention: Mention, memory: DocMemory) -> SpeakerInfo | None:
    """ "one" as a subject ('"…," one wrote') after a sentence about a group of people
    ('Several readers disagreed.'): one member of that group, named by its singular noun
    ("reader"); None when the sentence before is about no such group."""
    if head.lower_ != "one" or not head.dep_.startswith("nsubj"):
        return None
    if any(c.dep_ in ("prep", "compound", "amod") for c in head.children):
        return None  # 'one of the readers', 'one woman' are named by their own words
    sent = head.sent
    if sent.start == 0:
        return None
    before = head.doc[sent.start - 1].sent
    for tok in reversed(list(before) + list(head.doc[sent.start : head.i])):
        if memory.in_quote(tok.idx) or not tok.dep_.startswith("nsubj"):
            continue
        if tok.tag_ != "NNS" or tok.ent_type_:
            return None  # the sentence before is about someone or something else
        return SpeakerInfo(tok.lemma_.lower(), "person", None, None, mention)
    return None
