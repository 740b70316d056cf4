"""Sources a writer cites for a quote beyond its speaker's own verb: "according to X", "in
the words of X", the poll behind a share of respondents, "the Times reported", and the actor
of a sentence a fragment is woven into. Each returns a :class:`CueHit` or None.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .attribution_parse import (
    MAX_SUBJECT_CLIMB,
    SHARED_SUBJECT_DEPS,
    SUBJECT_DEPS,
    TextIndex,
    inverted_subject,
    quote_root,
    subject_of,
)
from .cue_candidates import CueHit, cue_end
from .sentence_ends import sentence_ends

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["acting_subject", "cited_source", "in_the_words_of", "polled", "reporting_outlet"]

# "According to X" is often hung on a noun of the reporting clause ('said during the
# session, according to audio provided to The Times', 'told Sen. Jeff Flake (R-Ariz.),
# according to officials'); climbing from such a noun to its verb finds the clause it cites
# for, never a reported clause (no ccomp here).
_CLIMB_DEPS = SHARED_SUBJECT_DEPS | {"pobj", "dobj", "appos", "npadvmod"}


def cited_source(
    cands: list[tuple[Token, str, Token | None]],
    cue_verb: Token | None,
    span: tuple[int, int],
    index: TextIndex,
) -> CueHit | None:
    """'"…," Sanders said, according to CNN': the source the writer cites for the quote.

    "According to X" on the clause that reports the quote says where the writer has the words
    from, and that source is what the attribution rests on. Not when "according to" sits
    inside what is reported ('said that, according to polls, …'): that is the speaker's own
    source.
    """
    for tok, how, subject in cands:
        if how != "according" or subject is None:
            continue
        between = (
            index.text[tok.idx : span[0]] if tok.idx < span[0] else index.text[span[1] : tok.idx]
        )
        if sentence_ends(between):  # not the stop of a title or an initial ('Mr. Pence')
            # The parser ran two sentences together; the source cited in the other one is not
            # this quote's.
            continue
        head = tok.head
        # Up through participles and conjoined verbs ('wrote …, threatening "…," according
        # to X'), but never into a reported clause.
        for _ in range(MAX_SUBJECT_CLIMB):
            if head.dep_ not in _CLIMB_DEPS or head.head.i == head.i:
                break
            if cue_verb is not None and head.i == cue_verb.i:
                break
            head = head.head
        if (cue_verb is not None and head.i == cue_verb.i) or head.dep_ == "ROOT":
            return CueHit(tok.idx, cue_end(tok, how), subject, "according", True)
    return None


def in_the_words_of(tokens: list[Token]) -> CueHit | None:
    """'in the words of a senior adviser, "the torchbearer"', 'in her words, "…"': the
    phrase names whose words the quote is, whatever the sentence around it is about."""
    for tok in tokens:
        if tok.lower_ != "words" or tok.head.lower_ != "in":
            continue
        # 'in her words' after 'She promised …' is the subject's own: the pronoun adds
        # nothing the cue does not already say.
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if owner is None:
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if owner is not None:
            return CueHit(tok.head.idx, tok.idx + len(tok.text), owner, "according", True)
    return None


_POLL_NOUNS = frozenset({"poll", "survey", "study"})


def polled(hit: CueHit | None, index: TextIndex) -> CueHit | None:
    """'In a CNN/ORC poll, 31% of Republicans said they were "extremely enthusiastic"': the
    poll speaks for the share of respondents it counts."""
    if hit is None or hit.how != "verb" or hit.speaker is None:
        return None
    share = hit.speaker
    counted = (
        share.lemma_.lower() in ("percent", "%")
        or share.like_num
        or any(c.dep_ == "nummod" or c.like_num for c in share.children)
    )
    if not counted:
        return None
    verb = index.token_at(hit.cue_start)
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "by"):
            continue
        poll = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if poll is not None and poll.lemma_.lower() in _POLL_NOUNS:
            return CueHit(prep.idx, prep.idx + len(prep.text), poll, "according", True)
    # 'The Q poll also finds that, while 37 percent of Americans say …', 'a fresh CNN-ORC
    # poll shows …: Six in 10 Republicans said': the poll the writer names just before the
    # share, in its sentence or the one before in the paragraph, is whose finding it is.
    poll = _poll_before(share, index)
    if poll is not None:
        return CueHit(poll.idx, poll.idx + len(poll.text), poll, "according", True)
    return None


def _poll_before(share: Token, index: TextIndex) -> Token | None:
    """The nearest poll, survey or study noun before ``share`` in its paragraph, no further
    back than the start of the sentence before; None when there is none."""
    doc = share.doc
    lo, _ = index.sentence(share.i)
    if lo > 0:
        lo = index.sentence(lo - 1)[0]
    para_lo, _ = index.paragraph(share.idx)
    for tok in reversed(doc[lo : share.i]):
        if tok.idx < para_lo:
            break
        # One poll named, not "polls" in general.
        if tok.lemma_.lower() in _POLL_NOUNS and tok.tag_ == "NN" and not index.in_quote(tok.idx):
            return tok
    return None


def reporting_outlet(
    cands: list[tuple[Token, str, Token | None]], quote_end: int, index: TextIndex
) -> CueHit | None:
    """'"…," Trump said, the Times reported': the outlet whose report the writer relays.

    A closing "X reported" (or "reports X") after the quote and its speaker is the source the
    attribution rests on, as "according to X" is. Not "CNN reported that …", which reports
    something else.
    """
    for tok, how, _ in cands:
        if how != "verb" or tok.lemma_.lower() != "report" or tok.idx < quote_end:
            continue
        if tok.tag_ not in ("VBD", "VBZ", "VBP"):
            continue  # '…, reporting record profits' is no outlet's report
        if any(c.dep_ in ("ccomp", "xcomp") and c.i > tok.i for c in tok.children):
            continue
        # 'reports USA Today' names the outlet after the verb, whatever the parser made the
        # subject (often the speaker before it).
        outlet = inverted_subject(tok, index)
        if outlet is not None and outlet.ent_type_ in ("DATE", "TIME"):
            outlet = None  # 'the Times reported Monday'
        if outlet is None:
            subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
            outlet = subjects[0] if subjects else None
        if outlet is not None and outlet.idx > quote_end and outlet.pos_ != "PRON":
            return CueHit(tok.idx, cue_end(tok, how), outlet, "verb", True)
    return None


def acting_subject(first: Token, last: Token, index: TextIndex) -> CueHit | None:
    """A fragment woven into a sentence with no reporting verb ('He also seeks "a permanent
    injunction"'): the subject of the nearest verb above it, when that is a named or
    pronominal actor. Writers quote a fragment to show whose words they are.
    """
    root = quote_root(first, last)
    if root is None:
        return None
    words = [t for t in first.doc[first.i : last.i + 1] if t.is_alpha and len(t) > 3]
    if words and all(t.text[:1].isupper() for t in words):
        # A capitalised fragment is more often a name or title than someone's words.
        return None
    node = root
    for _ in range(4):
        if node.head.i == node.i:
            break
        node = node.head
        if index.paragraph(node.idx) != index.paragraph(first.idx):
            return None  # the parser linked across a paragraph break
        if node.pos_ in ("VERB", "AUX"):
            subject = subject_of(node, index)
            if subject is None or subject.left_edge.i <= root.i <= subject.right_edge.i:
                # No actor, or the quote is part of the actor's own name (a nickname).
                return None
            person = subject.pos_ == "PRON" and subject.lower_ in ("he", "she", "they", "i", "we")
            if person or subject.ent_type_ in ("PERSON", "ORG"):
                return CueHit(node.idx, node.idx + len(node.text), subject, "acting", True)
            return None
    return None
