"""Whom a figure's clause means by "it", "the company", "he": the name the speaker side resolves.

News names a company, a campaign or a person once and then writes "it", "the company", "the
senator" or "he" ("Acme Corp. reported strong sales. It sold 5 million phones"). A claim in
such a clause is about that name. :class:`ClaimReferents` asks the speaker side's resolvers
(:func:`claimcheck.speaker_resolve.describe`, which hands "it" to
:func:`claimcheck.text_referents.it_referent` and definite descriptions to
:func:`claimcheck.role_referents.definite_referent`, over a
:class:`claimcheck.speaker_memory.DocMemory`) and keeps only answers that name someone: an
unresolved "it" or "the company" gives None, and the claim keeps the names of its own clause.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from .cues import PERSON_NOUNS, ROLE_NOUNS
from .mention_span import mention_bounds
from .name_cleaning import strip_det
from .person_gender import PRONOUN_GENDER
from .role_links import refers_back
from .role_words import PERSON_DESCRIPTORS
from .speaker_memory import DocMemory, SpeakerInfo
from .speaker_resolve import describe

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .models import Quote

__all__ = ["ClaimReferents", "refers"]

# The pronouns a clause's subject (or its possessor) refers back with, and the kinds of
# referent each may have: "he" is a person, "it" and "they" an organisation or a country
# ("they" is people far more often, and a group of people is no entity to check against).
# "its" and "their" are left out: the resolvers read them as a person's.
_PRONOUN_KINDS = {
    "he": ("person",),
    "she": ("person",),
    "his": ("person",),
    "her": ("person",),
    "it": ("organization", "country"),
    "they": ("organization", "country"),
}
_POSSESSIVES = frozenset({"his", "her"})
# "It is the first time", "it was 2015", "it seems that": a dummy subject stands for nothing
_COPULAS = frozenset({"be", "seem", "appear", "happen", "become"})
# "It takes 1,237 delegates to win", "it costs $100,000 a month to operate": what it takes or
# costs is said of the infinitive after it, not of a thing named before
_EXTRAPOSING = frozenset({"take", "cost", "require", "mean"})
_SUBJECTS = ("nsubj", "nsubjpass")
# Entity labels that name the subject phrase itself ("the party chairwoman, Debbie Wasserman
# Schultz"); places and peoples only qualify a description ("the Florida senator").
_NAMING = frozenset({"PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})
# How many sentences back "it" or "they" looks for the subject it continues.
_SENTENCES_BACK = 2


def refers(subj: Token) -> bool:
    """Whether ``subj`` is a subject that stands for a name given elsewhere: "it", "they",
    "he", "she", a his/her possessor, or a definite description that names nobody itself
    ("the company", "the Florida senator"); False for a dummy "it" ("It takes 1,237
    delegates to win", "it was the first time")."""
    lower = subj.lower_
    if lower in _POSSESSIVES and subj.dep_ == "poss":
        # "his campaign" is his, but "his father" and "Her campaign manager, Robby Mook,"
        # are other people
        owned = subj.head
        if owned.lemma_.lower() in _PERSON_WORDS or owned.lower_ in _PERSON_WORDS:
            return False
        return not any(t.ent_type_ in _NAMING for t in owned.subtree)
    if lower in _PRONOUN_KINDS:
        return not (lower == "it" and _dummy(subj))
    if subj.pos_ not in ("NOUN", "PROPN") or not refers_back(subj):
        return False
    return not any(t.ent_type_ in _NAMING for t in subj.subtree)


def _dummy(it: Token) -> bool:
    verb = it.head
    if verb.lemma_.lower() in _COPULAS or any(c.dep_ == "expl" for c in verb.children):
        return True
    return verb.lemma_.lower() in _EXTRAPOSING and any(
        c.dep_ in ("xcomp", "advcl", "ccomp") and c.i > verb.i for c in verb.children)


class ClaimReferents:
    """The names the pronoun and description subjects of one document's claims stand for.

    Built once per document from its parse and quotes; asked in text order (the speakers of
    the quotes before the subject are what "he" and "they" may continue). The memory the
    resolvers need is built only when a claim first asks.
    """

    def __init__(self, doc: Doc, quotes: list[Quote]) -> None:
        self._doc = doc
        marked = sorted((q.start, q.end) for q in quotes if q.marks is not None and not q.nested)
        self._q_starts = [s for s, _ in marked]
        self._q_ends = [e for _, e in marked]
        self._spoken = sorted(
            ((q.speaker.mention.start, q.speaker) for q in quotes if q.speaker is not None),
            key=lambda pair: pair[0])
        self._fed = 0
        self._memory: DocMemory | None = None

    def in_quote(self, offset: int) -> bool:
        """Whether character ``offset`` lies inside quotation marks."""
        k = bisect.bisect_right(self._q_starts, offset) - 1
        return k >= 0 and offset < self._q_ends[k]

    def name_for(self, subj: Token) -> str | None:
        """The name the subject ``subj`` stands for, or None: when it is no referring
        subject (see :func:`refers`), sits inside quotation marks (whom a speaker's "he"
        means is the speaker's context), or the resolvers find no name of a fitting kind."""
        if not refers(subj) or self.in_quote(subj.idx):
            return None
        info = self._resolve(subj)
        if info is None:
            return None
        kinds = _PRONOUN_KINDS.get(subj.lower_)
        if kinds is not None and info.kind not in kinds:
            return None
        said = PRONOUN_GENDER.get(subj.lower_)
        known = self._memory_at(subj.idx).gender_of(info.name)
        if said is not None and known is not None and known != said:
            return None  # the resolvers fell back to anyone: "he" is no woman
        if (kinds is not None or info.kind == "person") and not self._continues(subj, info.name):
            # the last one spoken of is someone or something else ("Tom Smith praised Bob
            # Jones. He …", "a tax … it would"): the resolvers' pick is not safe
            return None
        return _entity_name(info.name)

    def _resolve(self, subj: Token) -> SpeakerInfo | None:
        memory = self._memory_at(subj.idx)
        lo, hi = mention_bounds(subj, in_quote=self.in_quote)
        info = describe(subj, lo, hi, memory)
        phrase = strip_det(info.mention.text).lower()
        name = info.name.strip()
        if not name or name.lower() in (phrase, subj.lower_) or not any(c.isupper() for c in name):
            return None  # nothing resolved: the phrase itself, or a common noun ("report")
        if info.kind == "unknown" or _described(name):
            return None
        return info

    def _memory_at(self, offset: int) -> DocMemory:
        if self._memory is None:
            self._memory = DocMemory(self._doc, self.in_quote)
        # the speakers of quotes named before the subject, in text order, as the speaker
        # side had them when it reached this point
        while self._fed < len(self._spoken):
            start, speaker = self._spoken[self._fed]
            if start >= offset:
                break
            self._memory.remember(SpeakerInfo(speaker.name, speaker.kind, speaker.role,
                                              speaker.organization, speaker.mention))
            self._fed += 1
        return self._memory

    def _continues(self, pronoun: Token, name: str) -> bool:
        """Whether the nearest subject before ``pronoun`` that could be what it stands for
        (in its sentence or the two before, outside quotation marks, past earlier uses of the
        same pronoun) is ``name``: a pronoun goes on about the last one that was a subject.
        For "he" and "she" only people count: a name, a person noun, another "he"."""
        doc = pronoun.doc
        personal = pronoun.lower_ in PRONOUN_GENDER or pronoun.pos_ in ("NOUN", "PROPN")
        first = pronoun.sent.start
        for _ in range(_SENTENCES_BACK):
            if first == 0:
                break
            first = doc[first - 1].sent.start
        # a description is the subject itself: what came before it is what it refers to
        last = pronoun.left_edge.i if pronoun.pos_ in ("NOUN", "PROPN") else pronoun.i
        for k in range(last - 1, first - 1, -1):
            tok = doc[k]
            # a named possessor is as near a candidate for "he" as a subject: "Reeves's
            # decision comes 20 months after he struck down …"
            owner = personal and tok.dep_ == "poss" and tok.pos_ == "PROPN"
            if (tok.dep_ not in _SUBJECTS and not owner) or self.in_quote(tok.idx):
                continue
            if tok.lower_ in _chain(pronoun) or tok.tag_ in ("WDT", "WP") or tok.i == pronoun.i:
                continue  # an earlier "it" of the same chain, or "which" standing for a noun
            if personal and not _person_like(tok, self._memory_at(pronoun.idx)):
                continue  # "The victory gave him momentum. He now has 568": not a person
            return _same(tok, name, self._memory_at(pronoun.idx))
        return False


def _same(tok: Token, name: str, memory: DocMemory) -> bool:
    """Whether the phrase headed by ``tok`` names ``name`` in full or resolves to it (a
    surname alone is not enough: "Mr. Clinton" is not "Hillary Clinton")."""
    lo, hi = mention_bounds(tok, in_quote=memory.in_quote)
    wanted = _entity_name(name).lower()
    if wanted in tok.doc[lo:hi].text.lower():
        return True
    found = describe(tok, lo, hi, memory).name
    return _entity_name(found).lower() == wanted


# Subjects that say nothing of who "he" is: the speaker's own "I" and "we", the other
# gender's pronoun (someone else), "they" and "it"
_NOT_PEOPLE = frozenset({"i", "we", "you", "they", "it", "who", "that", "which"})


def _chain(pronoun: Token) -> frozenset[str]:
    """The subjects that continue ``pronoun``'s chain or name someone else of no help:
    "he" after "he" is the same one; "she" before "he" is another."""
    if pronoun.lower_ in ("it", "they"):
        return frozenset({pronoun.lower_})
    return frozenset(PRONOUN_GENDER) | _NOT_PEOPLE


def _described(name: str) -> bool:
    """Whether a resolved name only describes someone unnamed ("One pastor", "A woman"):
    a function word and common nouns, capitalised only because it opened a sentence."""
    words = name.split()
    return len(words) > 1 and words[0].lower() in STOP_WORDS and not any(
        w[:1].isupper() for w in words[1:])


def _person_like(tok: Token, memory: DocMemory) -> bool:
    """Whether a subject can be whom "he" or "she" stands for: a person's name (tagged so
    here or anywhere in the document), or a noun for a person ("the protester")."""
    if tok.ent_type_ == "PERSON" or (tok.text[:1].isupper() and tok.pos_ in ("NOUN", "PROPN")
                                     and memory.is_person_word(tok.text)):
        return True  # (the tagger calls some surnames nouns: "Sanders appeared", "sander")
    word = tok.lemma_.lower()
    return tok.pos_ in ("NOUN", "PROPN") and (word in _PERSON_WORDS or tok.lower_ in _PERSON_WORDS)


_PERSON_WORDS = PERSON_NOUNS | ROLE_NOUNS | PERSON_DESCRIPTORS
# A dateline the parser ran into a name ("CLEVELAND - Donald Trump") and a possessive
# before a common noun ("Bernie Sanders’ campaign", "Nabisco's parent company"): the entity
# is the name after the dateline, the owner before the possessive
_DATELINE = re.compile(r"^[A-Z][A-Z .,'’]+\s+[-–—―]+\s+")
_OWNER = re.compile(r"^(?P<owner>.*?[A-Za-z.])(?:’s|'s|’|')\s+[a-z]")
_DETERMINERS = ("Its ", "His ", "Her ", "Their ")


def _entity_name(name: str) -> str:
    """``name`` as the entity a claim is about: without a dateline run into it, a
    possessive's owner rather than what it owns, no determiner before it."""
    name = _DATELINE.sub("", name)
    owned = _OWNER.match(name)
    if owned is not None:
        name = owned.group("owner")
    for word in _DETERMINERS:
        name = name.removeprefix(word)
    return name
