"""Who speaks each unmarked turn of a transcript or print Q&A (see :mod:`.transcripts`).

A transcript's label names its speaker ("SECRETARY MONICA REYES:", "MR. LYLE:"), read as a
marked quote's colon label is; an answer ("A:", "Answer:", or an answer paragraph of a print
Q&A) is the interviewee's, whom the intro names ("Sen. Maria Delgado … spoke with the Journal");
a question ("Q:") is the interviewer's when the intro names one ("spoke with the Journal"), and
otherwise the label itself, of unknown kind. None of this raises.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from .cue_candidates import CueHit
from .honorifics import HONORIFICS
from .label_names import (
    after_comma,
    article_case,
    is_title,
    name_case,
    named_in_full,
    role_text,
)
from .lead_presenters import earlier_speaker
from .mention_span import mention_bounds
from .models import Mention
from .reading_horizon import LOOKAHEAD_PARAGRAPHS, paragraph_end
from .speaker_memory import DocMemory, SpeakerInfo
from .speaker_resolve import describe
from .transcripts import find_plain_qa, find_turns

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .attribution_parse import TextIndex

__all__ = ["Spoken", "SpokenSpeaker", "TurnSpeakers", "unmarked_turns"]

SpokenForm = Literal["name", "question", "answer", "plain"]
SpeakerFrom = Callable[[CueHit, "TextIndex", DocMemory, tuple[int, int]], SpeakerInfo | None]

# How sure a turn's speaker is: a label names its speaker outright; an answer's speaker comes
# from the intro, a step away; an unlabelled answer also rests on reading the layout right.
_CONFIDENCE = {"name": 0.85, "answer": 0.75, "question": 0.5, "plain": 0.6}
# Verbs by which an intro says who talked to whom: the subject answers, the object of "with"
# asks ("She spoke with the Journal", "sat down with The Ledger's editorial board"); after a
# noun the object of "with" answers ("an interview with Vice President Joe Biden").
# First words of a label for a speaker the transcript does not name ("UNIDENTIFIED MALE").
_UNNAMED = frozenset({"unidentified", "unknown", "anonymous", "unnamed"})
# Events where reporters ask the questions a transcript labels "Q:".
_BRIEFING = re.compile(
    r"\b(?:news|press) conference\b|\bbriefing\b|\bpress gaggle\b|\bpresser\b", re.I
)
# Placeholder mention for a speaker the intro names: each question's label replaces it.
_NO_MENTION = Mention(start=0, end=0, text="")
# Roles a transcript labels a speaker by, with no name ("MODERATOR:", "HOST:").
_LABEL_ROLES = frozenset(
    {"moderator", "host", "anchor", "interviewer", "reporter", "questioner", "narrator"}
    | {"announcer", "panelist", "presenter", "chairman", "chairwoman", "chair", "president"}
)
# The speaker of a turn names themself so inside it.
_FIRST_PERSON = frozenset({"i", "me", "my", "myself"})
_TALK_VERBS = frozenset({"speak", "talk", "sit", "chat", "meet"})
_TALK_NOUNS = frozenset({"interview", "conversation", "chat", "q&a", "exchange", "discussion"})


@dataclass(frozen=True, slots=True)
class Spoken:
    """The words of one unmarked turn, ``[start, end)``, and how the layout sets them out.

    ``label`` bounds the speaker's label ("MR. LYLE", "Q") and ``colon`` its colon, both None
    for an answer of a print Q&A without labels; ``run_start`` is where the transcript or Q&A
    begins (its intro stands before it).
    """

    start: int
    end: int
    form: SpokenForm
    label: tuple[int, int] | None
    colon: int | None
    run_start: int


@dataclass(frozen=True, slots=True)
class SpokenSpeaker:
    """A turn's speaker (None when nobody is named), cue offsets and confidence."""

    speaker: SpeakerInfo | None
    cue: tuple[int, int] | None
    confidence: float


def unmarked_turns(text: str) -> list[Spoken]:
    """Every transcript turn and print-Q&A answer in ``text`` whose words carry no opening
    quotation mark, in text order and without overlaps. Turns whose words are quoted ("CRUZ:
    “I am not.”") are left to the marked-quote rules."""
    found = [
        Spoken(t.start, t.end, t.form, (t.label_start, t.label_end), t.colon, t.run_start)
        for t in find_turns(text)
        if not t.marked
    ]
    for qa in find_plain_qa(text):
        found += [Spoken(lo, hi, "plain", None, None, qa.first_question) for lo, hi in qa.answers]
    found.sort(key=lambda s: (s.start, s.end))
    kept: list[Spoken] = []
    for turn in found:
        if not kept or turn.start >= kept[-1].end:
            kept.append(turn)
    return kept


class TurnSpeakers:
    """Who speaks each turn from :func:`unmarked_turns`, asked in text order.

    ``speaker_from`` turns a cue into a remembered speaker, as for marked quotes; the
    interviewee and interviewer of each Q&A are read once from its intro.
    """

    def __init__(self, index: TextIndex, memory: DocMemory, speaker_from: SpeakerFrom) -> None:
        self.index = index
        self.memory = memory
        self.speaker_from = speaker_from
        self._interviewees: dict[int, SpeakerInfo | None] = {}
        self._interviewers: dict[int, SpeakerInfo | None] = {}
        # Surnames of people a transcript's labels name in full ("REP. JAMES FARR"), so a
        # later "REP. FARR:" is the same person.
        self._full_names: dict[str, str] = {}
        # Spellings read from the whole text, once per label word: a long hearing repeats
        # the same few labels hundreds of times.
        self._cased: dict[str, str] = {}
        self._named: dict[str, str | None] = {}
        # Each turn read so far: its words' bounds and its speaker.
        self._said: list[tuple[int, int, SpeakerInfo | None]] = []

    def _labelled(self, turn: Spoken) -> SpeakerInfo | None:
        """The person a label names, read from the label's words alone: the parse of a line
        in capitals runs into the words after the colon ("DAVID KLINE: Madam Secretary, …"
        is no secretary). Titles before the name are the role ("REP.", "SECRETARY"), a role
        after a comma too ("DAVID KLINE, HOST"); a surname alone ("REP. FARR", "MR. LYLE",
        "KLINE") is the person the transcript or the article names in full."""
        assert turn.label is not None and turn.colon is not None
        text, memory = self.index.text, self.memory
        lo, hi = turn.label
        words = text[lo:hi].split()
        titles: list[str] = []
        while len(words) > 1 and is_title(words[0]):
            titles.append(words.pop(0))
        if len(words) == 1 and (titles[-1:] == ["THE"] or words[0].lower() in _LABEL_ROLES):
            titles.append(words.pop(0))
        role = role_text(titles) or after_comma(text[hi : turn.colon])
        mention = _label_mention(turn.label, self.index)
        if not words:
            # "THE PRESIDENT:", "MODERATOR:": the role stands for the name, as a role noun
            # nobody is named for does in prose.
            name = role or text[lo:hi].lower()
            return SpeakerInfo(name, "person", role, None, mention)
        if words[0].lower() in _UNNAMED:
            return SpeakerInfo(" ".join(words).lower(), "unknown", None, None, mention)
        name = " ".join(self._article_case(w, lo) for w in words)
        known = _organization(name, self.index) if not titles and len(words) == 1 else None
        if known is not None:
            # "LEDGER:" after "The Ledger's editorial board": the paper asks.
            info = SpeakerInfo(known, "organization", role, None, mention)
            memory.remember(info)
            return info
        if titles and titles[0].lower().rstrip(".") in HONORIFICS and len(words) == 1:
            name = memory.full_name(f"{name_case(titles[0])} {name}")
            role = None
        elif len(words) == 1:
            name = self._full_names.get(name.lower()) or memory.full_name(name)
            if " " not in name:
                if name not in self._named:
                    # the article's text up to a little past the label's first use: a name
                    # written further on (another story appended, say) names nobody here
                    horizon = paragraph_end(text, lo, after=LOOKAHEAD_PARAGRAPHS)
                    self._named[name] = named_in_full(name, text[:horizon])
                name = self._named[name] or name
        else:
            self._full_names.setdefault(words[-1].lower(), name)
        known_role, organization = memory.role_of(name, lo)
        role = role or known_role
        info = SpeakerInfo(name, "person", role, organization, mention)
        memory.remember(info)
        return info

    def _article_case(self, word: str, at: int) -> str:
        if word not in self._cased:
            # as the article spells the word up to a little past its first label
            text = self.index.text
            horizon = paragraph_end(text, at, after=LOOKAHEAD_PARAGRAPHS)
            self._cased[word] = article_case(word, text[:horizon])
        return self._cased[word]

    def _interviewee(self, turn: Spoken) -> SpeakerInfo | None:
        """Who answers in the Q&A ``turn`` belongs to, from its intro: the subject of "spoke
        with" ("She spoke with us"), the object of "an interview with" ("the interview with
        Vice President Joe Biden"), a person the sentences just before report speaking or are
        about, else the person the intro names most often ("Actress Diane Guerrero …")."""
        index, memory = self.index, self.memory
        start, end = _intro(turn.run_start, index)
        doc = index.doc
        for tok in doc[start:end]:
            if tok.lower_ != "with" or tok.head.lemma_.lower() not in _TALK_VERBS:
                continue
            subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if subject is not None and (_named(subject) or subject.pos_ == "PRON"):
                return _described(subject, index, memory)
        for tok in doc[start:end]:
            obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            talk = tok.lower_ == "with" and tok.head.lemma_.lower() in _TALK_NOUNS
            if talk and obj is not None and _named(obj):
                return _described(obj, index, memory)
        intro = earlier_speaker(turn.run_start, index)
        if intro is not None and intro.speaker is not None:
            found = self.speaker_from(intro, index, memory, (turn.start, turn.end))
            if found is not None and found.kind == "person":
                return found
        counts: dict[str, list[Token]] = {}
        for ent in doc[start:end].ents:
            if ent.label_ == "PERSON":
                counts.setdefault(ent.text.split()[-1], []).append(ent.root)
        if not counts:
            return None
        most = max(counts.values(), key=len)
        return _described(most[0], index, memory)

    def own_voice(self, speaker: SpeakerInfo | None) -> SpeakerInfo | None:
        """``speaker`` of a marked quote inside a turn read so far, as the prose rules found
        it, unless its mention is the turn's own "I" ("I mean, ‘we gotta take on Wall
        Street’"): that "I" is whoever speaks the turn, named as the turn names them, with
        the "I" kept as the mention."""
        if speaker is None or speaker.mention.text.lower() not in _FIRST_PERSON:
            return speaker
        at = speaker.mention.start
        for lo, hi, said in reversed(self._said):
            if lo <= at < hi:
                if said is None:
                    return speaker
                return SpeakerInfo(
                    said.name, said.kind, said.role, said.organization, speaker.mention
                )
        return speaker

    def __call__(self, turn: Spoken) -> SpokenSpeaker:
        """The speaker of ``turn`` (None when nobody is named), its cue and confidence."""
        index = self.index
        cue = (turn.colon, turn.colon + 1) if turn.colon is not None else None
        confidence = _CONFIDENCE[turn.form]
        speaker: SpeakerInfo | None = None
        if turn.form == "name":
            speaker = self._labelled(turn)
        elif turn.form in ("answer", "plain"):
            if turn.run_start not in self._interviewees:
                self._interviewees[turn.run_start] = self._interviewee(turn)
            speaker = self._interviewees[turn.run_start]
        else:
            if turn.run_start not in self._interviewers:
                asker = _interviewer(turn.run_start, index, self.memory)
                self._interviewers[turn.run_start] = asker
            speaker = self._interviewers[turn.run_start]
            if speaker is not None and turn.label is not None:
                # The interviewer the intro names asks; the label is where it says so here.
                speaker = _relabelled(speaker, turn.label, index)
        if speaker is None and turn.label is not None:
            speaker = _unknown(turn.label, index)
            confidence -= 0.2
        self._said.append((turn.start, turn.end, speaker))
        return SpokenSpeaker(speaker, cue if speaker is not None else None, confidence)


def _organization(name: str, index: TextIndex) -> str | None:
    """The organisation the article names ``name`` as ("LEDGER:" after "The Ledger's
    editorial board"), or None."""
    for ent in index.doc.ents:
        if ent.label_ != "ORG" or ent.text.isupper():
            continue  # the tagger reads labels in capitals ("TRUMP") as organisations
        words = [w for w in ent.text.split() if w.lower() != "the"]
        if words and " ".join(words).rstrip("'’s").lower() == name.lower():
            return ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
    return None


def _unknown(label: tuple[int, int], index: TextIndex) -> SpeakerInfo:
    """A label that names nobody the text knows ("Q"): the label itself, kind unknown."""
    mention = _label_mention(label, index)
    return SpeakerInfo(mention.text, "unknown", None, None, mention)


def _relabelled(info: SpeakerInfo, label: tuple[int, int], index: TextIndex) -> SpeakerInfo:
    mention = _label_mention(label, index)
    return SpeakerInfo(info.name, info.kind, info.role, info.organization, mention)


def _label_mention(label: tuple[int, int], index: TextIndex) -> Mention:
    lo, hi = label
    return Mention(start=lo, end=hi, text=index.text[lo:hi])


def _interviewer(run_start: int, index: TextIndex, memory: DocMemory) -> SpeakerInfo | None:
    """Whoever the intro says held the interview: the object of "with" after a verb or noun of
    talking ("She spoke with the Journal on Tuesday."), in the three paragraphs before the
    Q&A; None when the intro names nobody so."""
    doc = index.doc
    start, end = _intro(run_start, index)
    if start >= end:
        return None
    if _BRIEFING.search(index.text, doc[start].idx, run_start):
        # At a news conference or briefing the questions are reporters'.
        return SpeakerInfo("reporter", "person", "reporter", None, _NO_MENTION)
    for tok in doc[start:end]:
        if tok.lower_ != "with" or tok.head.lemma_.lower() not in _TALK_VERBS:
            continue
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if obj is not None and _named(obj):
            return _described(obj, index, memory)
    return None


def _intro(run_start: int, index: TextIndex) -> tuple[int, int]:
    """Token range of the three paragraphs before a transcript or Q&A starting at
    ``run_start``: where news introduces who talks to whom."""
    if run_start <= 0:
        return 0, 0
    end = index.token_at(run_start - 1).i + 1
    floor_para = index.paragraph(run_start - 1)[0]
    for _ in range(2):
        if floor_para <= 0:
            break
        floor_para = index.paragraph(floor_para - 1)[0]
    return index.token_at(floor_para).i, end


def _described(head: Token, index: TextIndex, memory: DocMemory) -> SpeakerInfo:
    lo, hi = mention_bounds(head, in_quote=index.in_quote)
    info = describe(head, lo, hi, memory)
    memory.remember(info)
    return info


def _named(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("ORG", "PERSON", "NORP")
