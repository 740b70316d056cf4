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
from .name_cleaning import strip_det
from .person_gender import PRONOUN_GENDER
from .pronoun_antecedents import salient_subject, written_name
from .speaker_memory import DocMemory, SpeakerInfo

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

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
    gender = PRONOUN_GENDER.get(lower)
    if gender is not None:
        turn = _next_turn(head, memory, gender)
        if turn is not None:
            memory.learn_gender(turn.name, gender)
            return SpeakerInfo(turn.name, "person", turn.role, turn.organization, mention)
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
    if name is None and lower in PRONOUN_GENDER:
        name = _untagged_subject(head, memory)
    if name is None:
        return SpeakerInfo(mention.text, "unknown", None, None, mention)
    role, org = memory.role_of(name, mention.start)
    if name.isupper():
        name = name.title()  # "I" after a transcript label "CLINTON:" is Clinton
    return SpeakerInfo(name, "person", role, org, mention)


# Verbs that mark a quote as the answer to what someone else just said ('Nwosu replied',
# 'Holloway shot back'); "counter" and "answer" as verbs of speech.
_REPLY_VERBS = frozenset({"reply", "respond", "retort", "counter", "answer", "rejoin", "rebut"})
# "<verb> back" as a reply: 'shot back', 'fired back', 'hit back', 'snapped back'.
_BACK_VERBS = frozenset({"shoot", "fire", "hit", "snap", "bite", "push", "strike"})
# How many earlier speakers are searched for the one a reply answers.
_TURN_REACH = 4


def _next_turn(head: Token, memory: DocMemory, gender: str) -> SpeakerInfo | None:
    """The other participant of an exchange, for a pronoun that takes the next turn.

    News writes a back-and-forth as one paragraph per turn; when the writer marks a turn as
    a reply (the paragraph before ends '…,” Holloway shot back.', or the pronoun's own verb
    is one: '…,” she replied.'), a "he"/"she" attributing a quote that opens the next
    paragraph is the person who spoke before that turn, not its speaker. Returns that person,
    or None when the pronoun's paragraph names someone before the pronoun, the paragraph
    before is not the previous speaker's quote, no reply is marked, or the other person is
    known to be of the other gender (the ordinary walk then decides)."""
    text = memory.text or head.doc.text
    start = text.rfind("\n", 0, head.idx) + 1
    if start == 0 or not _only_quoted(head, start, memory):
        return None
    before = text[:start].rstrip()
    prev_start = before.rfind("\n") + 1
    turns = [
        p for p in memory.history if p.kind == "person" and p.mention.start < start
    ]
    if not turns or not prev_start <= turns[-1].mention.start < len(before):
        return None
    last = turns[-1]
    if not (_replies(head.head) or _replies(_attribution_verb(last, head.doc))):
        return None
    for prev in reversed(turns[-_TURN_REACH - 1 : -1]):
        if prev.name == last.name:
            continue
        if memory.gender_of(prev.name) not in (None, gender):
            return None
        return prev
    return None


def _only_quoted(head: Token, start: int, memory: DocMemory) -> bool:
    """Whether the pronoun's paragraph, up to the pronoun, is a quotation and punctuation:
    '“I agree with you,” she said.' but not 'Holloway later said … “…,” he said.'"""
    doc = head.doc
    first = next((t for t in doc[: head.i + 1] if t.idx >= start and not t.is_space), head)
    if first.i == head.i or not (first.is_quote or memory.in_quote(first.idx)):
        return False
    return all(
        memory.in_quote(t.idx) or t.is_punct or t.is_space or t.is_quote
        for t in doc[first.i : head.i]
    )


def _attribution_verb(turn: SpeakerInfo, doc: Doc) -> Token | None:
    """The verb ``turn``'s mention is the subject of ('Holloway' in 'Holloway shot back')."""
    span = doc.char_span(turn.mention.start, turn.mention.end, alignment_mode="expand")
    if span is None:
        return None
    return span.root.head if span.root.head.i not in range(span.start, span.end) else None


def _replies(verb: Token | None) -> bool:
    """Whether ``verb`` reports a reply ('replied', 'shot back')."""
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    if lemma in _REPLY_VERBS:
        return verb.pos_ in ("VERB", "AUX")
    return lemma in _BACK_VERBS and any(c.lower_ == "back" for c in verb.children)


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
