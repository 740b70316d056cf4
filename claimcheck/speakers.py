"""Speaker attribution: which marked spans are reported speech, who said them, in what role.

:func:`attribute` takes the parsed document and the quotation-mark spans the scanner found and
returns the document's final quotes: marked quotes that someone says (scare quotes, titles of
works and nicknames nobody says are dropped), reported speech without marks, each with its cue,
its speaker (mention, resolved name, kind, role, organisation) and a confidence, numbered q1,
q2, … in text order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol

from .attribution_confidence import NESTED_CONFIDENCE, features_of, no_speaker_confidence, score
from .attribution_cues import find_cue
from .attribution_labels import is_field_label, stands_alone
from .attribution_parse import TextIndex, issuer_of, rstrip_end
from .cue_candidates import CueHit
from .fact_check_claims import claimant
from .indirect import IndirectHit, find_indirect
from .lead_presenters import earlier_speaker, presents_anew, tweet_signature
from .mention_span import make_mention, mention_bounds
from .models import Cue, Marks, Quote, QuoteKind, Speaker
from .speaker_context import (
    MIN_UNCUED_WORDS,
    claimed_after,
    clause_subject,
    follow_on,
    topic_speaker,
    under_subhead,
)
from .speaker_memory import DocMemory, SpeakerInfo
from .speaker_resolve import describe
from .speech_filters import (
    in_title_slot,
    is_direct,
    is_name_or_title,
    named_by_context,
    said_as_words,
)
from .transcript_speakers import Spoken, TurnSpeakers, unmarked_turns
from .vox_pops import line_end, line_name_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["QuoteSpanLike", "attribute"]


class QuoteSpanLike(Protocol):
    """What :func:`attribute` needs of a scanned quotation span (see ``quotes.QuoteSpan``).

    Read-only properties, so frozen dataclasses with narrower field types match it.
    """

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def marks(self) -> Literal["double", "single"]: ...
    @property
    def nested(self) -> bool: ...
    @property
    def inner_start(self) -> int: ...
    @property
    def inner_end(self) -> int: ...


@dataclass
class Draft:
    start: int
    end: int
    kind: QuoteKind
    marks: Marks | None
    nested: bool
    speaker: SpeakerInfo | None
    cue: tuple[int, int] | None
    confidence: float


def attribute(doc: Doc, spans: Sequence[QuoteSpanLike]) -> list[Quote]:
    """The document's quotes, attributed, in text order with ids q1, q2, ….

    ``spans`` are the quotation-mark spans found in ``doc.text``; the result keeps those that
    are reported speech and adds reported clauses without marks (kind ``indirect``). Never
    raises on odd input: spans outside the text are ignored.
    """
    text = doc.text
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    if not spans and not len(doc):
        return []
    # Transcript turns and Q&A answers set out without marks are quotes as the marked ones
    # are: their words count as quoted, and marked quotes inside them are quotes within.
    turns, within = _turns(text, spans)
    outer = sorted(
        [(s.start, s.end) for s in spans if not s.nested and id(s) not in within]
        + [(t.start, t.end) for t in turns]
    )
    index = TextIndex(doc, outer)
    memory = DocMemory(doc, index.in_quote, labels=index.transcript_labels, gradual=True)
    indirect = find_indirect(doc, index, [s for s, _ in outer])
    events: list[tuple[int, QuoteSpanLike | IndirectHit | Spoken]] = [
        (s.start, s) for s in spans
    ]
    events += [(h.start, h) for h in indirect]
    events += [(t.start, t) for t in turns]
    turn_speakers = TurnSpeakers(index, memory, _speaker_from)
    prose: TextIndex | None = None
    events.sort(key=lambda e: e[0])
    drafts: list[Draft] = []
    last_marked: Draft | None = None
    # Whose remarks a roundup under topic subheads sets out ("Here are his best lines." then
    # "1. On Mexico:" "…" commentary "2. On McCain:" "…"): the first item's speaker.
    roundup: SpeakerInfo | None = None
    roundup_end = 0
    for _, item in events:
        # what the article says up to the end of the item's (last) paragraph is known
        memory.reach_paragraph(max(item.start, item.end - 1))
        if isinstance(item, IndirectHit):
            drafts.append(_indirect(item, index, memory))
            continue
        if isinstance(item, Spoken):
            said = turn_speakers(item)
            drafts.append(
                Draft(
                    item.start, item.end, "direct", None, False, said.speaker, said.cue,
                    said.confidence,
                )
            )
            continue
        if id(item) in within and not item.nested:
            # A marked quote inside an unmarked answer keeps its own speaker, read as if the
            # answer were prose ("He told me “we will never pay,” and I believed him."), and
            # is nested in the answer.
            prose = prose or TextIndex(doc, sorted((s.start, s.end) for s in spans if not s.nested))
            draft = _marked(item, prose, memory, None)
            if draft is not None:
                draft.nested = True
                draft.speaker = turn_speakers.own_voice(draft.speaker)
        elif item.nested:
            draft = _nested(item, text)
        else:
            subhead = under_subhead(item, index)
            if roundup is not None and subhead and presents_anew(roundup_end, item.start, index):
                # A second roundup with a lead of its own ("Here are some of her best
                # lines."): the first one's speaker does not carry into it.
                roundup = None
            draft = _marked(item, index, memory, last_marked, roundup)
            if draft is not None:
                last_marked = draft
                if roundup is None and draft.speaker is not None and subhead:
                    roundup = draft.speaker
                if subhead:
                    roundup_end = item.end
        if draft is not None:
            drafts.append(draft)
    drafts.sort(key=lambda d: (d.start, d.end))
    return [_quote(f"q{k}", d, text) for k, d in enumerate(drafts, 1)]


def _turns(text: str, spans: Sequence[QuoteSpanLike]) -> tuple[list[Spoken], set[int]]:
    """The unmarked turns of ``text`` and the ids of the marked spans inside one of them.

    A turn that a marked quote crosses out of (a quote opened in the answer and closed after
    it) is left out: its words are not set out as the layout says.
    """
    turns = unmarked_turns(text)
    if not turns:
        return [], set()
    kept: list[Spoken] = []
    within: set[int] = set()
    for turn in turns:
        inside = [s for s in spans if turn.start <= s.start < turn.end]
        if any(s.end > turn.end for s in inside) or any(
            s.start < turn.start < s.end for s in spans
        ):
            continue
        kept.append(turn)
        within.update(id(s) for s in inside)
    return kept, within


def _field_labelled(hit: CueHit, index: TextIndex) -> bool:
    """Whether ``hit`` is the colon of a field label opening its paragraph ("CLAIM:",
    "VERDICT:", "EDITOR'S NOTE:"), which names no speaker."""
    text = index.text
    if text[hit.cue_start : hit.cue_end] != ":":
        return False
    para_lo, _ = index.paragraph(hit.cue_start)
    # "What it means - From the report:": a dash sets a source off from a summary before it.
    label = re.split(r"\s(?:—|―|–|--?)\s", text[para_lo : hit.cue_start])[-1]
    return is_field_label(label)


def _speaker_from(
    hit: CueHit, index: TextIndex, memory: DocMemory, toward: tuple[int, int]
) -> SpeakerInfo | None:
    if hit.speaker is None:
        return None
    if hit.how == "record":
        return _recorded(hit.speaker, index, memory, toward)
    if hit.how == "line":
        return _lined(hit.speaker, index, memory)
    speaker = issuer_of(hit.speaker, index) or hit.speaker
    lo, hi = mention_bounds(speaker, in_quote=index.in_quote, toward=toward)
    info = describe(speaker, lo, hi, memory)
    memory.remember(info)
    return info


def _lined(head: Token, index: TextIndex, memory: DocMemory) -> SpeakerInfo:
    """A name on a line of its own signing a quote ('Maria Gomez, Queens', 'Priya Nair, 29,
    Cuyahoga Falls'): the line is the mention, but only the words from its start to ``head``
    name the speaker; the age or place after the comma names nobody, though the parser may
    join a place to the name as a conjunct."""
    lo = line_name_start(head, index)
    who = describe(head, lo, head.i + 1, memory)
    memory.remember(who)
    mention = make_mention(index.doc, lo, line_end(head, index), index.text)
    return SpeakerInfo(who.name, who.kind, who.role, who.organization, mention)


def _recorded(
    record: Token, index: TextIndex, memory: DocMemory, toward: tuple[int, int]
) -> SpeakerInfo:
    """A transcript presented by a lead ("Transcript as follows:"): the words are whoever the
    story was about just before it, and the transcript is the phrase that names them here."""
    lo, hi = mention_bounds(record, in_quote=index.in_quote, toward=toward)
    issuer = earlier_speaker(index.doc[index.sentence(record.i)[0]].idx, index)
    if issuer is None or issuer.speaker is None:
        info = describe(record, lo, hi, memory)
        memory.remember(info)
        return info
    s_lo, s_hi = mention_bounds(issuer.speaker, in_quote=index.in_quote, toward=toward)
    who = describe(issuer.speaker, s_lo, s_hi, memory)
    memory.remember(who)
    mention = make_mention(index.doc, lo, hi, index.text)
    return SpeakerInfo(who.name, who.kind, who.role, who.organization, mention)


def _tweeted(span: QuoteSpanLike, index: TextIndex, memory: DocMemory) -> SpeakerInfo | None:
    """The signer of the embedded tweet a quote sits in ('<tweet …>… "MAKE MEXICO GREAT AGAIN"
    … — David Martosko (@dmartosko) …</tweet>'), named as the signature writes it."""
    found = tweet_signature(span.start, span.end, index.text)
    if found is None:
        return None
    name_lo, name_hi, sig_hi = found
    first, last = index.token_at(name_lo), index.token_at(name_hi - 1)
    if first.idx != name_lo or not last.text[:1].isupper():
        return None
    who = describe(last, first.i, last.i + 1, memory)
    memory.remember(who)
    end = index.token_at(sig_hi - 1)
    mention = make_mention(index.doc, first.i, end.i + 1, index.text)
    return SpeakerInfo(who.name, who.kind, who.role, who.organization, mention)


def _marked(
    span: QuoteSpanLike,
    index: TextIndex,
    memory: DocMemory,
    previous: Draft | None,
    roundup: SpeakerInfo | None = None,
) -> Draft | None:
    text = index.text
    inner = text[span.inner_start : span.inner_end].strip()
    words = re.findall(r"\w+", inner)
    if not words:
        return None
    before = rstrip_end(text, span.start, " ")
    if text[before - 1 : before] == "=":
        # An attribute value in markup left in the text (author="...", href="...").
        return None
    hit = find_cue(span.start, span.end, index)
    field = hit is not None and _field_labelled(hit, index)
    if field:
        hit = None  # "CLAIM: “…”" names a part of a fact-check, never who said it
    if named_by_context(span, index):
        return None
    if is_name_or_title(span, inner, words, index) and (
        in_title_slot(span, index, memory) or not said_as_words(span, hit, index)
    ):
        return None
    toward = (span.start, span.end)
    if roundup is not None and (hit is None or hit.how == "lead") and under_subhead(span, index):
        # A later item of the roundup: the commentary between items ('Fox said his country
        # would never pay.') is not who speaks under the next subhead.
        hit = None
        speaker: SpeakerInfo | None = roundup
    else:
        speaker = _speaker_from(hit, index, memory, toward) if hit is not None else None
    # How the speaker was found: what the confidence model weighs (attribution_confidence).
    source = hit.how if hit is not None else "roundup"
    if speaker is None:
        followed = follow_on(span, previous, index, memory)
        if followed is not None:
            speaker, source = followed, "follow_on"
    if speaker is None or (hit is not None and not hit.linked):
        signer = _tweeted(span, index, memory)
        if signer is not None:
            speaker, source = signer, "tweet"
    if speaker is None and (hit is None or hit.speaker is None):
        named_next = claimed_after(span, index, memory)
        if named_next is not None:
            speaker, source = named_next, "named_after"
    if speaker is None and (hit is None or hit.speaker is None):
        topic = topic_speaker(span, inner, words, index, memory)
        if topic is not None:
            speaker, source = topic, "topic"
    if speaker is None and field:
        # "… Victor Salas made the claim during a debate": the fact-check names its claimant.
        made = claimant(span.start, index, memory)
        if made is not None:
            speaker, source = made, "named_after"
    if speaker is None:
        cue_linked = hit is not None and hit.linked
        if len(words) < MIN_UNCUED_WORDS and not cue_linked and not _set_out(span, index):
            return None
        # Kept as speech anyway: whoever the writer's sentence around it is about said it.
        actor = clause_subject(span, index, memory)
        if actor is not None:
            speaker, source = actor, "clause_subject"
    cue = (hit.cue_start, hit.cue_end) if hit is not None and speaker is not None else None
    if speaker is not None and hit is not None and hit.speaker is None:
        cue = None
    kind: QuoteKind = "direct" if is_direct(span, inner, words, text) else "partial"
    confidence = no_speaker_confidence()
    if speaker is not None:
        found = features_of(
            speaker,
            toward,
            index,
            memory,
            source=source,
            kind=kind,
            unlinked=hit is not None and hit.how == source and not hit.linked,
            cue=cue,
        )
        confidence = score(found)
    return Draft(span.start, span.end, kind, span.marks, False, speaker, cue, confidence)


def _set_out(span: QuoteSpanLike, index: TextIndex) -> bool:
    """Whether a short quote stands as its own paragraph or after a label colon: speech,
    not a scare quote ('On trade:\n\n“China is killing us.”', 'CRUZ: “I am not.”')."""
    text = index.text
    para_lo, para_hi = index.paragraph(span.start)
    if span.marks != "double" or not text[:para_lo].strip():
        # Single marks around a whole line are headline style ('A change warrior.'), and the
        # first line is the headline itself.
        return False
    return stands_alone(
        text[span.inner_start : span.inner_end],
        text[para_lo : span.start],
        text[span.end : para_hi],
    )


def _nested(span: QuoteSpanLike, text: str) -> Draft | None:
    """A quote inside a quote: kept when it reads as words said, with no speaker of its own."""
    inner = text[span.inner_start : span.inner_end]
    if len(re.findall(r"\w+", inner)) < 3:
        return None
    return Draft(span.start, span.end, "partial", span.marks, True, None, None, NESTED_CONFIDENCE)


def _indirect(hit: IndirectHit, index: TextIndex, memory: DocMemory) -> Draft:
    lo, hi = mention_bounds(hit.speaker, in_quote=index.in_quote, toward=(hit.start, hit.end))
    info = describe(hit.speaker, lo, hi, memory)
    memory.remember(info)
    source = "indirect" if hit.cue.lower_ != "according" else "indirect_according"
    cue = (hit.cue.idx, hit.cue_end)
    found = features_of(info, (hit.start, hit.end), index, memory, source=source, cue=cue)
    return Draft(hit.start, hit.end, "indirect", None, False, info, cue, score(found))


def _quote(qid: str, draft: Draft, text: str) -> Quote:
    speaker = None
    if draft.speaker is not None:
        info = draft.speaker
        speaker = Speaker(
            name=info.name,
            kind=info.kind,
            role=info.role,
            organization=info.organization,
            mention=info.mention,
        )
    cue = None
    if draft.cue is not None:
        cs, ce = draft.cue
        cue = Cue(start=cs, end=ce, text=text[cs:ce])
    return Quote(
        id=qid,
        start=draft.start,
        end=draft.end,
        text=text[draft.start : draft.end],
        kind=draft.kind,
        marks=draft.marks,
        nested=draft.nested,
        speaker=speaker,
        cue=cue,
        confidence=max(0.0, min(1.0, draft.confidence)),
    )
