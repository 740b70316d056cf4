"""What "it" stands for as a speaker: the text or organisation the writer is going on about.

"The letter, signed by 40 senators, … It continues: “…”" quotes the letter; "the paper notes
…, it lists …" the paper; "according to the SITE Intelligence Group, … It said" the group.
A person is never "it". :func:`it_referent` returns a
:class:`~claimcheck.speaker_memory.SpeakerInfo` and never raises.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import ISSUED_TEXT_NOUNS, ORG_HEADS
from .document_referents import DOCUMENT_FAMILIES
from .mention_span import mention_bounds
from .role_links import role_word
from .speaker_memory import DocMemory, SpeakerInfo

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .models import Mention

__all__ = ["it_referent"]

# Nouns that stand for a text that speaks ("It continues:"): what "it" can be.
DOCUMENT_NOUNS: frozenset[str] = ISSUED_TEXT_NOUNS | frozenset(
    [
        "book",
        "bill",
        "lawsuit",
        "suit",
        "complaint",
        "filing",
        "affidavit",
        "indictment",
        "motion",
        "brief",
        "ruling",
        "order",
        "opinion",
        "decision",
        "study",
        "survey",
        "poll",
        "website",
        "site",
        "page",
        "speech",
        "transcript",
        "platform",
        "law",
        "constitution",
        "treaty",
        "agreement",
        "accord",
        "document",
        "paper",
        "manifesto",
        "guide",
        "handbook",
        "manual",
        "policy",
        "proposal",
        "plan",
    ]
)
# How many words outside quotation marks "it" looks back over for what it stands for.
_REACH = 150
_SUBJECTS = ("nsubj", "nsubjpass")


def it_referent(head: Token, mention: Mention, memory: DocMemory) -> SpeakerInfo:
    """What "it" (``head``) stands for: the subject of its own sentence before it ('the paper
    notes …, it lists'), else the speaker an earlier "it" was, else the nearest earlier text
    that speaks or organisation that acts; "it" itself, of unknown kind, when there is none."""
    found = _same_sentence(head, memory) or _earlier(head, memory)
    if found is None:
        return SpeakerInfo(mention.text, "unknown", None, None, mention)
    return SpeakerInfo(found.name, found.kind, None, None, mention)


def _same_sentence(head: Token, memory: DocMemory) -> SpeakerInfo | None:
    for tok in head.sent:
        if tok.i >= head.i:
            return None
        if tok.dep_ not in _SUBJECTS or memory.in_quote(tok.idx):
            continue
        if tok.pos_ != "NOUN" and not (tok.pos_ == "PROPN" and tok.ent_type_ == "ORG"):
            return None  # a person or a pronoun opens the sentence: no text speaks in it
        return _thing(tok, memory)
    return None


def _earlier(head: Token, memory: DocMemory) -> SpeakerInfo | None:
    doc = head.doc
    spoken = {prev.mention.start: prev for prev in memory.history if prev.kind != "person"}
    seen = 0
    k = head.sent.start
    while k > 0 and seen < _REACH:
        k -= 1
        tok = doc[k]
        if memory.in_quote(tok.idx):
            continue
        seen += 1
        if tok.lower_ == "it":
            prev = spoken.get(tok.idx)
            if prev is not None and prev.name.lower() != "it":
                return prev  # an earlier "it" already said who: the chain goes on
            continue
        if tok.tag_ in ("NNS", "NNPS") or tok.dep_ == "compound" or tok.ent_type_ == "PERSON":
            continue
        text_like = tok.pos_ == "NOUN" and role_word(tok) in DOCUMENT_NOUNS
        # An organisation only as a subject or a source: one in passing ('sent to the White
        # House') is not what the next sentence goes on about.
        acting = tok.dep_ in _SUBJECTS or _according_to(tok)
        org_like = acting and (
            tok.ent_type_ == "ORG" or (tok.pos_ == "NOUN" and role_word(tok) in ORG_HEADS)
        )
        if text_like and _about_it(tok):
            continue  # 'It also pointed up a core complaint': what "it" said, not "it"
        if text_like or org_like:
            found = _thing(tok, memory)
            if found is not None:
                return found
    return None


def _about_it(tok: Token) -> bool:
    """Whether ``tok`` sits in a sentence whose subject is "it" (the thing already spoken of)."""
    return any(t.lower_ == "it" and t.dep_ in _SUBJECTS for t in tok.sent if t.i < tok.i)


def _according_to(tok: Token) -> bool:
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according"


def _thing(tok: Token, memory: DocMemory) -> SpeakerInfo | None:
    from .speaker_resolve import describe  # resolution reads this module: imported late

    lo, hi = mention_bounds(tok, in_quote=memory.in_quote)
    info = describe(tok, lo, hi, memory)
    # A person is never "it", but a document is, and it speaks for whoever issued it ('The
    # letter, signed by 40 senators, … It continues').
    if info.kind in ("person", "group") and tok.lemma_.lower() not in DOCUMENT_FAMILIES:
        return None
    return info
