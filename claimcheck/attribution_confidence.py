"""How likely an attribution's speaker is right: the ``confidence`` of each quote.

A fact-checker triages by this number, so it is meant as a probability: of quotes given
about 0.8, about 80% name the right speaker. :func:`features_of` reads what predicts that
from the attribution as it was made (how the speaker was found, by which cue word, what kind
of phrase names them, how far that phrase sits from the quote, whether the sentence holds a
second attribution, whether a pronoun had rivals of its gender);
:func:`score` turns those features into a probability with a small logistic model whose
named weights live in :mod:`.attribution_weights`, fitted on PolNeAR train by
``benchmarks/confidence.py --refit``.

:func:`recording` lets a harness collect each quote's features (the JSON contract carries
only the number): nothing is recorded outside it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from . import attribution_weights as fitted
from .cues import GROUP_PRONOUNS, PERSON_PRONOUNS, ROLE_NOUNS, reports_speech
from .name_cleaning import clean_name, drop_descriptors
from .person_gender import PRONOUN_GENDER

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .attribution_parse import TextIndex
    from .speaker_memory import DocMemory, SpeakerInfo

__all__ = [
    "FRAGMENT_WORDS",
    "NESTED_CONFIDENCE",
    "PLAIN_VERBS",
    "SOURCES",
    "Features",
    "features_of",
    "no_speaker_confidence",
    "recording",
    "score",
]

# How a speaker can be found, as speakers.py names it: the cue kinds of CueHit.how (a
# reporting verb before or after its subject, "according to", a cue noun, a dash signature,
# a colon lead, a transcript presented by a lead, a signed line), then the fallbacks when no
# cue names anyone (a roundup's speaker, the previous quote's speaker, a tweet's signer, a
# name just after the quote, the topic's speaker, the subject of the writer's clause), and
# reported speech without marks.
SOURCES = (
    "verb",
    "verb_inverted",
    "according",
    "noun",
    "dash",
    "lead",
    "record",
    "line",
    "acting",
    "roundup",
    "follow_on",
    "tweet",
    "named_after",
    "topic",
    "clause_subject",
    "indirect",
    "indirect_according",
)

# Reported speech without marks is found by the same verb and "according to" readings as a
# marked quote's cue, but PolNeAR scores marked quotes only: it borrows their weights.
_BORROWED = {"indirect": "verb", "indirect_according": "according"}

# A partial quote this short is a borrowed phrase more often than a sentence someone said.
FRAGMENT_WORDS = 3

# The neutral verbs news attributes words with. A loaded verb ("called", "described",
# "dismissed") more often wraps a phrase in the writer's own sentence, where whose phrase it
# is can be someone else than the verb's subject.
PLAIN_VERBS = frozenset({"say", "tell", "add", "ask", "write", "reply", "continue"})

# A quote inside a quote has no speaker of its own by design; its number says only that.
NESTED_CONFIDENCE = 0.3

# How many sentences before a pronoun's own are searched for people it could refer to.
_RIVAL_SENTENCES = 2

_recorder: ContextVar[list[dict[str, object]] | None] = ContextVar("_recorder", default=None)


@dataclass(frozen=True)
class Features:
    """What is known about one attribution when its speaker is chosen.

    ``source`` is one of :data:`SOURCES`; ``mention`` one of ``name`` (a person's name with a
    first name), ``surname`` (one word of it), ``pronoun``, ``role_named`` (a role noun the
    article ties to a named person), ``person_noun`` (a noun for an unnamed person),
    ``organization``, ``group``, ``other``; ``distance`` one of ``sentence`` (the mention shares
    a sentence with the quote), ``paragraph``, ``previous`` (the paragraph before), ``far``;
    ``rivals`` the other people of a pronoun's gender named just before it (0 otherwise),
    ``nearer`` those of them named after the chosen person last was; ``cue_word`` ``say`` for
    a plain verb of saying (:data:`PLAIN_VERBS`), ``other`` for any other cue word, ``none``
    with no cue; ``crowded`` another verb of saying with a subject of its own in the quote's
    sentences (outside quotes), a second attribution the quote could belong to;
    ``shape`` one of ``direct`` (whole sentences), ``partial`` (a fragment in paraphrase) and
    ``fragment`` (a partial quote of at most :data:`FRAGMENT_WORDS` words, as often a phrase
    the writer borrows as words someone said); ``unlinked`` a cue the parse does not tie to
    the quote (for a colon lead: no colon).
    """

    start: int
    end: int
    source: str
    mention: str
    distance: str
    rivals: int
    nearer: int
    cue_word: str
    crowded: bool
    shape: str
    unlinked: bool


@contextmanager
def recording() -> Iterator[list[dict[str, object]]]:
    """Collect, while the block runs, a dict of every scored attribution's features (and
    the confidence given) into the list it yields."""
    found: list[dict[str, object]] = []
    token = _recorder.set(found)
    try:
        yield found
    finally:
        _recorder.reset(token)


def score(features: Features) -> float:
    """The probability, in [0, 1], that the attribution described names the right speaker.

    Unknown feature values (a source added later) weigh nothing: the model then falls back on
    the weights it knows.
    """
    source = _BORROWED.get(features.source, features.source)
    z = fitted.BIAS
    z += fitted.SOURCE.get(source, 0.0)
    z += fitted.MENTION.get(features.mention, 0.0)
    z += fitted.DISTANCE.get(features.distance, 0.0)
    if features.mention == "pronoun" and features.rivals:
        # A rival can only make a pronoun less certain; the refit keeps these weights <= 0.
        z += min(0.0, fitted.RIVAL)
        if features.nearer:
            z += min(0.0, fitted.NEARER)
    z += fitted.SHAPE.get(features.shape, 0.0)
    z += fitted.CUE_WORD.get(features.cue_word, 0.0)
    if features.crowded:
        z += fitted.CROWDED
    if features.unlinked:
        # Per source: an unlinked verb and a lead without a colon are different doubts.
        z += fitted.UNLINKED.get(source, 0.0)
    probability = round(1.0 / (1.0 + math.exp(-z)), 2)
    found = _recorder.get()
    if found is not None:
        found.append({**asdict(features), "confidence": probability})
    return probability


def no_speaker_confidence() -> float:
    """The confidence of a quote kept with no speaker: how often nobody is named for it."""
    return fitted.NO_SPEAKER


def features_of(
    speaker: SpeakerInfo,
    span: tuple[int, int],
    index: TextIndex,
    memory: DocMemory,
    *,
    source: str,
    kind: str = "direct",
    unlinked: bool = False,
    cue: tuple[int, int] | None = None,
) -> Features:
    """The :class:`Features` of attributing the quote at ``span`` to ``speaker``.

    ``source`` says how the speaker was found (one of :data:`SOURCES`); ``cue`` is the cue's
    character span when one named the speaker, which tells an inverted "said X" from "X said";
    ``kind`` the quote's kind (``direct``, ``partial`` or ``indirect``).
    """
    mention = speaker.mention
    if source == "verb" and cue is not None and mention.start >= cue[1]:
        source = "verb_inverted"
    said_by = _mention_kind(speaker)
    rivals, nearer = _rivals(speaker, index, memory) if said_by == "pronoun" else (0, 0)
    return Features(
        start=span[0],
        end=span[1],
        source=source,
        mention=said_by,
        distance=_distance(mention.start, span, index),
        rivals=rivals,
        nearer=nearer,
        cue_word=_cue_word(cue, index),
        crowded=_crowded(span, cue, index),
        shape=_shape(kind, index.text[span[0] : span[1]]),
        unlinked=unlinked,
    )


def _cue_word(cue: tuple[int, int] | None, index: TextIndex) -> str:
    if cue is None:
        return "none"
    return "say" if index.token_at(cue[0]).lemma_.lower() in PLAIN_VERBS else "other"


def _crowded(span: tuple[int, int], cue: tuple[int, int] | None, index: TextIndex) -> bool:
    # 'Jones said Smith called it "a disaster"': the quote may be either subject's words.
    lo, _ = index.sentence(index.token_at(span[0]).i)
    _, hi = index.sentence(index.token_at(max(span[0], span[1] - 1)).i)
    # The parser may run a sentence over a paragraph break ('… she added.\n\n"We …'); what
    # the next paragraph says has no bearing on this quote.
    para_lo, _ = index.paragraph(span[0])
    _, para_hi = index.paragraph(max(span[0], span[1] - 1))
    for tok in index.doc[lo:hi]:
        if not para_lo <= tok.idx < para_hi:
            continue
        if cue is not None and cue[0] <= tok.idx < cue[1]:
            continue
        if tok.pos_ != "VERB" or index.in_quote(tok.idx) or not reports_speech(tok):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return True
    return False


def _shape(kind: str, text: str) -> str:
    if kind != "partial":
        return "direct"
    return "fragment" if len(re.findall(r"\w+", text)) <= FRAGMENT_WORDS else "partial"


def _mention_kind(speaker: SpeakerInfo) -> str:
    words = speaker.mention.text.split()
    lower = speaker.mention.text.lower().strip()
    if lower in PERSON_PRONOUNS | GROUP_PRONOUNS or lower in PRONOUN_GENDER or lower == "it":
        return "pronoun"
    if speaker.kind in ("organization", "country"):
        return "organization"
    if speaker.kind == "group":
        return "group"
    if speaker.kind != "person":
        return "other"
    said = {w.lower().strip(",.'’") for w in words}
    # Words of a proper name only: "the mayor" resolved to nobody is named "mayor".
    named = [
        w
        for w in speaker.name.split()
        if w.lower() in said and w[:1].isupper() and w.lower() not in ROLE_NOUNS
    ]
    if len(named) >= 2:
        return "name"
    if named:
        return "surname"
    # A role noun ("the spokeswoman") the article ties to a person's name.
    resolved = any(w[:1].isupper() for w in speaker.name.split()) and speaker.name.lower() != lower
    return "role_named" if resolved else "person_noun"


def _distance(at: int, span: tuple[int, int], index: TextIndex) -> str:
    sentence = index.sentence(index.token_at(at).i)
    first = index.sentence(index.token_at(span[0]).i)
    last = index.sentence(index.token_at(max(span[0], span[1] - 1)).i)
    if first[0] <= sentence[0] <= last[0]:
        return "sentence"
    para = index.paragraph(at)
    quote_para = index.paragraph(span[0])
    if para == quote_para or para == index.paragraph(span[1] - 1):
        return "paragraph"
    if at < span[0]:
        between = index.text[para[1] : quote_para[0]]
        if not between.strip():
            return "previous"
    return "far"


def _rivals(speaker: SpeakerInfo, index: TextIndex, memory: DocMemory) -> tuple[int, int]:
    """How many people other than the one chosen, of the pronoun's gender or of none known,
    the writer names (outside quotes) in the pronoun's sentence before it and the
    :data:`_RIVAL_SENTENCES` sentences before; and how many of them are named after the
    chosen person last was (all of them when the chosen one is not named there): those are
    the antecedents a reader would reach first."""
    doc = index.doc
    mention = speaker.mention
    gender = PRONOUN_GENDER.get(mention.text.lower().strip())
    if gender is None:
        return 0, 0
    lo, _ = index.sentence(index.token_at(mention.start).i)
    for _ in range(_RIVAL_SENTENCES):
        if lo == 0:
            break
        lo, _ = index.sentence(lo - 1)
    chosen = memory.full_name(speaker.name).split()[-1:]
    last_chosen = -1
    others: dict[str, int] = {}
    for ent in _people_between(doc, lo, index.token_at(mention.start).i):
        if index.in_quote(ent.start_char):
            continue
        name = drop_descriptors(clean_name(ent))
        if not name:
            continue
        full = memory.full_name(name)
        if full.split()[-1:] == chosen:
            last_chosen = ent.start_char
        elif memory.gender_of(full) in (None, gender):
            others[full.split()[-1].lower()] = ent.start_char
    nearer = sum(1 for at in others.values() if at > last_chosen)
    return len(others), nearer


def _people_between(doc: Doc, lo: int, hi: int) -> Iterator[Span]:
    """The PERSON entities starting in tokens ``[lo, hi)``, read from the IOB tags so the
    cost is the window's, not the document's (a page of joined articles has thousands)."""
    k = lo
    while k < hi:
        tok = doc[k]
        if tok.ent_iob_ == "B" and tok.ent_type_ == "PERSON":
            end = k + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            yield doc[k:end]
            k = end
        else:
            k += 1
