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

from .attribution_cues import CueHit, TextIndex, find_cue, quote_root, rstrip_end, subject_of
from .attribution_mentions import (
    DocMemory,
    SpeakerInfo,
    describe,
    make_mention,
    mention_bounds,
)
from .attribution_parse import issuer_of
from .cues import (
    GROUP_NOUNS,
    GROUP_PRONOUNS,
    ORG_HEADS,
    PERSON_PRONOUNS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    TITLE_OF_WORK_NOUNS,
)
from .indirect import IndirectHit, find_indirect
from .models import Cue, Marks, Quote, QuoteKind, Speaker

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["QuoteSpanLike", "attribute"]

# Words before a quoted phrase that say it is a name, not something said.
_NAMING_WORDS = frozenset(
    {"so-called", "dubbed", "nicknamed", "titled", "entitled", "named", "known", "alias"}
)
# Who makes or presents a work: "co-author of", "host of" name the work that follows.
_WORK_MAKERS = frozenset(
    [
        "author",
        "co-author",
        "coauthor",
        "editor",
        "co-editor",
        "host",
        "co-host",
        "cohost",
        "creator",
        "co-creator",
        "producer",
        "director",
        "star",
        "writer",
        "co-writer",
        "anchor",
        "publisher",
        "composer",
        "illustrator",
        "narrator",
    ]
)
# A show is what an appearance or interview is "with" or "on".
_SHOW_NOUNS = frozenset({"interview", "interviews", "appearance", "segment", "conversation"})
_SMALL_WORDS = frozenset({"of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "or"})
# A marked quote without any cue is still reported speech when it is this long.
MIN_UNCUED_WORDS = 5
# How many whole paragraphs may stand between a follow-on quote and the quote it continues.
MAX_FOLLOW_PARAGRAPHS = 1
_CONFIDENCE = {"verb": 0.9, "according": 0.85, "noun": 0.75, "dash": 0.8, "lead": 0.7}


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
class _Draft:
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
    outer = sorted((s.start, s.end) for s in spans if not s.nested)
    index = TextIndex(doc, outer)
    memory = DocMemory(doc, index.in_quote)
    indirect = find_indirect(doc, index, [s for s, _ in outer])
    events: list[tuple[int, QuoteSpanLike | IndirectHit]] = [(s.start, s) for s in spans]
    events += [(h.start, h) for h in indirect]
    events.sort(key=lambda e: e[0])
    drafts: list[_Draft] = []
    last_marked: _Draft | None = None
    for _, item in events:
        if isinstance(item, IndirectHit):
            drafts.append(_indirect(item, index, memory))
            continue
        if item.nested:
            draft = _nested(item, text)
        else:
            draft = _marked(item, index, memory, last_marked)
            if draft is not None:
                last_marked = draft
        if draft is not None:
            drafts.append(draft)
    drafts.sort(key=lambda d: (d.start, d.end))
    return [_quote(f"q{k}", d, text) for k, d in enumerate(drafts, 1)]


def _speaker_from(
    hit: CueHit, index: TextIndex, memory: DocMemory, toward: tuple[int, int]
) -> SpeakerInfo | None:
    if hit.speaker is None:
        return None
    speaker = issuer_of(hit.speaker, index) or hit.speaker
    lo, hi = mention_bounds(speaker, in_quote=index.in_quote, toward=toward)
    info = describe(speaker, lo, hi, memory)
    memory.remember(info)
    return info


def _marked(
    span: QuoteSpanLike, index: TextIndex, memory: DocMemory, previous: _Draft | None
) -> _Draft | None:
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
    if _named_by_context(span, index):
        return None
    if _is_name_or_title(span, inner, words, index) and (
        _in_title_slot(span, index, memory) or not _said_as_words(span, hit, index)
    ):
        return None
    toward = (span.start, span.end)
    speaker = _speaker_from(hit, index, memory, toward) if hit is not None else None
    confidence = _CONFIDENCE.get(hit.how, 0.6) if hit is not None else 0.4
    if hit is not None and not hit.linked:
        confidence -= 0.15
    if speaker is None:
        followed = _follow_on(span, previous, index, memory)
        if followed is not None:
            speaker, confidence = followed, 0.65
    if speaker is None and (hit is None or hit.speaker is None):
        topic = _topic_speaker(span, inner, words, index, memory)
        if topic is not None:
            speaker, confidence = topic, 0.5
    if speaker is None:
        cue_linked = hit is not None and hit.linked
        if len(words) < MIN_UNCUED_WORDS and not cue_linked:
            return None
        confidence = 0.35
        # Kept as speech anyway: whoever the writer's sentence around it is about said it.
        actor = _clause_subject(span, index, memory)
        if actor is not None:
            speaker, confidence = actor, 0.4
    cue = (hit.cue_start, hit.cue_end) if hit is not None and speaker is not None else None
    if speaker is not None and hit is not None and hit.speaker is None:
        cue = None
    kind: QuoteKind = "direct" if _is_direct(span, inner, words, text) else "partial"
    return _Draft(span.start, span.end, kind, span.marks, False, speaker, cue, round(confidence, 2))


def _nested(span: QuoteSpanLike, text: str) -> _Draft | None:
    """A quote inside a quote: kept when it reads as words said, with no speaker of its own."""
    inner = text[span.inner_start : span.inner_end]
    if len(re.findall(r"\w+", inner)) < 3:
        return None
    return _Draft(span.start, span.end, "partial", span.marks, True, None, None, 0.3)


def _indirect(hit: IndirectHit, index: TextIndex, memory: DocMemory) -> _Draft:
    lo, hi = mention_bounds(hit.speaker, in_quote=index.in_quote, toward=(hit.start, hit.end))
    info = describe(hit.speaker, lo, hi, memory)
    memory.remember(info)
    confidence = 0.8 if hit.cue.lower_ != "according" else 0.75
    return _Draft(
        hit.start, hit.end, "indirect", None, False, info, (hit.cue.idx, hit.cue_end), confidence
    )


def _follow_on(
    span: QuoteSpanLike, previous: _Draft | None, index: TextIndex, memory: DocMemory
) -> SpeakerInfo | None:
    """The previous quote's speaker, when the text between the two introduces nobody else.

    Holds for '"A," she said. "B."' and for a quote that opens the next paragraph and goes on
    with the same statement; any named person, organisation or reporting verb in between
    breaks the chain.
    """
    if previous is None or previous.speaker is None:
        return None
    inner = index.text[span.inner_start : span.inner_end]
    if len(re.findall(r"\w+", inner)) < 3:
        return None
    text = index.text
    between = text[previous.end : span.start]
    lines = between.split("\n")
    # The first and last pieces are the ends of the two quotes' own paragraphs.
    if sum(1 for line in lines[1:-1] if line.strip()) > MAX_FOLLOW_PARAGRAPHS:
        return None
    para_lo, _ = index.paragraph(span.start)
    if between.count("\n") and text[para_lo : span.start].strip():
        # In a new paragraph the quote must open it to go on with the same statement.
        return None
    doc = index.doc
    first = index.token_at(previous.end)
    last = index.token_at(span.start)
    own = [(previous.speaker.mention.start, previous.speaker.mention.end)]
    if previous.cue is not None:
        own.append(previous.cue)
        # The whole clause of the previous cue is its attribution ('Trump told the Post.').
        cue_tok = index.token_at(previous.cue[0])
        own.append((cue_tok.left_edge.idx, cue_tok.right_edge.idx + len(cue_tok.right_edge)))
    nearer: Token | None = None
    for tok in doc[first.i : last.i]:
        if tok.idx < previous.end or index.in_quote(tok.idx):
            continue
        if any(lo <= tok.idx < hi for lo, hi in own):
            # The previous quote's own attribution ('"A," Barkley said. "B."').
            continue
        # A person named, or an organisation doing something, may be the next speaker; a
        # place or nationality mentioned in passing is not. The previous speaker named again,
        # or reporting again ('"A," Mr. Daniloff, 81, said by telephone. "B."'), is not
        # someone new.
        if tok.ent_type_ == "PERSON":
            if not _names_previous(tok, previous.speaker, memory):
                return None
            if tok.dep_.startswith("nsubj"):
                nearer = tok
        elif tok.ent_type_ == "ORG" and tok.dep_.startswith("nsubj"):
            return None
        elif tok.lemma_.lower() in REPORTING_VERBS and tok.pos_ == "VERB":
            subject = subject_of(tok, index)
            if subject is None or any(lo <= subject.idx < hi for lo, hi in own):
                continue
            if not _names_previous(subject, previous.speaker, memory):
                return None
            nearer = subject
    if nearer is None:
        return previous.speaker
    # The contract's mention for a follow-on quote is the nearest mention of its speaker
    # ('"A," Trump said. Trump was quick to add that ... "B."' points at the second).
    lo, hi = mention_bounds(nearer, in_quote=index.in_quote)
    info = previous.speaker
    mention = make_mention(doc, lo, hi, text)
    return SpeakerInfo(info.name, info.kind, info.role, info.organization, mention)


def _names_previous(tok: Token, speaker: SpeakerInfo, memory: DocMemory) -> bool:
    """Whether ``tok`` (a name or a personal pronoun) stands for ``speaker``, a person."""
    if speaker.kind != "person":
        return False
    if tok.lower_ in ("he", "she"):
        return True
    if tok.ent_type_ != "PERSON" and not memory.is_surname(tok.text):
        return False
    return memory.full_name(tok.text).split()[-1:] == speaker.name.split()[-1:]


def _topic_speaker(
    span: QuoteSpanLike, inner: str, words: list[str], index: TextIndex, memory: DocMemory
) -> SpeakerInfo | None:
    """Whoever the sentence just before a stand-alone quote is about, when that is a person.

    News often sets up a quotation with a sentence about its speaker and no reporting verb
    ('Bolton distanced himself from the movement. "I'm going to support him."'); the quote
    goes on with that person's words. Only a whole quoted sentence that opens its own
    sentence qualifies, and only a named person, an organisation or a personal pronoun as the
    subject of the sentence before it: a fragment or a sentence about a thing says nothing
    about who speaks.
    """
    if len(words) < MIN_UNCUED_WORDS or not inner[:1].isupper():
        return None
    text = index.text
    para_lo, _ = index.paragraph(span.start)
    if text[para_lo : span.start].strip():
        end = rstrip_end(text, span.start)
        if text[end - 1 : end] not in (".", "!", "?"):
            return None  # the quote sits inside the writer's sentence
    else:
        end = rstrip_end(text, para_lo)
        if end == 0 or text[end - 1 : end] not in (".", "!", "?", ")"):
            return None
    last = index.token_at(end - 1)
    if index.in_quote(last.idx):
        return None  # the sentence before is itself a quotation: follow-on's business
    lo, _ = index.sentence(last.i)
    doc = index.doc
    roots = [t for t in doc[lo : last.i + 1] if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")]
    if len(roots) != 1 or index.in_quote(roots[0].idx):
        return None
    # The subject that opens the sentence is who it is about; the parse's ROOT is often a
    # later clause's verb ('Viguerie is upbeat …, because he sees …' has ROOT 'sees').
    subject = next(
        (
            t
            for t in doc[lo : last.i + 1]
            if t.dep_ == "nsubj" and t.head.pos_ in ("VERB", "AUX") and not index.in_quote(t.idx)
        ),
        None,
    ) or subject_of(roots[0], index)
    if subject is None or index.in_quote(subject.idx):
        return None
    personal = subject.lower_ in ("he", "she", "i", "we", "they")
    named = subject.ent_type_ in ("PERSON", "ORG") or memory.is_surname(subject.text)
    if not (personal or named):
        return None
    lo_m, hi_m = mention_bounds(subject, in_quote=index.in_quote)
    info = describe(subject, lo_m, hi_m, memory)
    if info.kind not in ("person", "organization"):
        return None
    memory.remember(info)
    return info


def _clause_subject(span: QuoteSpanLike, index: TextIndex, memory: DocMemory) -> SpeakerInfo | None:
    """The subject of the writer's clause a quoted fragment sits in, when one is named.

    For a quote kept as speech that no cue claims: 'Moore thanked him for "stepping up and
    taking action"', 'The ad targets a "corrupt political system that ..."'. The quote's
    words are attributed to whoever the clause is about, as a reader takes them.
    """
    first = index.token_at(span.inner_start)
    last = index.token_at(max(span.inner_end - 1, span.inner_start))
    root = quote_root(first, last)
    if root is None:
        return None
    paragraph = index.paragraph(span.start)
    subjects: list[Token] = []
    node = root
    for _ in range(5):
        if node.head.i == node.i:
            break
        node = node.head
        if index.paragraph(node.idx) != paragraph or index.in_quote(node.idx):
            break
        if node.pos_ not in ("VERB", "AUX"):
            continue
        subject = subject_of(node, index)
        if subject is None:
            continue
        if (
            index.in_quote(subject.idx)
            or index.paragraph(subject.idx) != paragraph
            or subject.lower_ in ("there", "it", "this", "what")
            or subject.left_edge.i <= root.i <= subject.right_edge.i
        ):
            break
        subjects.append(subject)
    if not subjects:
        return None
    # 'Ryan worried that the safety net was becoming "a hammock"': the nearest clause is
    # about a thing; the one about someone who can speak, further up, is the writer's.
    actor = next((t for t in subjects if _can_speak(t, memory)), subjects[0])
    lo, hi = mention_bounds(actor, in_quote=index.in_quote)
    info = describe(actor, lo, hi, memory)
    memory.remember(info)
    return info


def _can_speak(tok: Token, memory: DocMemory) -> bool:
    """Whether ``tok`` names someone who can say things: a person, a group, an organisation."""
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or tok.pos_ == "PROPN":
        return True
    lower, lemma = tok.lower_, tok.lemma_.lower()
    if lower in PERSON_PRONOUNS | GROUP_PRONOUNS or lower == "who" or memory.is_surname(tok.text):
        return True
    return lemma in ROLE_NOUNS or lemma in ORG_HEADS or lower in GROUP_NOUNS


def _said_as_words(span: QuoteSpanLike, hit: CueHit | None, index: TextIndex) -> bool:
    """A Title Case quote is still speech when a reporting verb takes it as what was said.

    Not when it is where or to whom something was said: 'told "Fox and Friends"', 'on "This
    Week"'.
    """
    if hit is None or hit.how != "verb":
        return False
    inner = index.text[span.inner_start : span.inner_end].rstrip()
    if inner[-1:] in ",?!" and 0 <= hit.cue_start - span.end < 30:
        # '"Your Honor," I said': words set off by a comma before their own cue.
        return True
    if not hit.linked:
        return False
    first = index.token_at(span.inner_start)
    last = index.token_at(max(span.inner_end - 1, span.inner_start))
    root = quote_root(first, last)
    if root is None or root.dep_ in ("pobj", "nsubj", "nsubjpass", "compound", "poss", "npadvmod"):
        return False
    cue = index.token_at(hit.cue_start)
    return not (root.dep_ == "dobj" and cue.lemma_.lower() in ("tell", "ask"))


def _in_title_slot(span: QuoteSpanLike, index: TextIndex, memory: DocMemory) -> bool:
    """The words before a Title Case quote make it the name of a show or a work.

    'on NBC's "Meet the Press,"', 'an appearance on "Face the Nation"', 'an interview with
    "Fox and Friends,"', 'co-author of "Going Viral,"': whatever verb follows, these are
    where something was said or what someone made, not the words said.
    """
    text = index.text
    end = rstrip_end(text, span.start)
    before = text[max(0, end - 40) : end].lower().split()
    if not before:
        return False
    last = before[-1]
    if last.endswith(("'s", "’s")) and len(last) > 2:
        # A broadcaster's show ('NBC's "Meet the Press"'); a person's is a slogan of theirs
        # ('Trump's "Make America Great Again" rallying cry').
        owner = index.token_at(end - 3)
        person = owner.ent_type_ == "PERSON" or memory.is_surname(owner.text)
        return not person and owner.lower_ not in ("his", "her", "their")
    prior = before[-2].strip(",") if len(before) >= 2 else ""
    if last == "on":
        return True
    if last == "with":
        return prior in _SHOW_NOUNS
    return last == "of" and prior in _WORK_MAKERS


def _named_by_context(span: QuoteSpanLike, index: TextIndex) -> bool:
    """The words before the quote say it is a name: 'the book "…"', 'so-called', 'known as'."""
    before = index.text[max(0, span.start - 40) : span.start].lower().split()
    if not before:
        return False
    last = before[-1].strip(",;:(")
    if last in TITLE_OF_WORK_NOUNS or last in _NAMING_WORDS:
        return True
    return len(before) >= 2 and before[-2] == "known" and last == "as"


def _is_name_or_title(span: QuoteSpanLike, inner: str, words: list[str], index: TextIndex) -> bool:
    """A show, film or nickname: a short Title Case phrase, or a name used as a modifier.

    Trailing commas and periods inside the marks are American punctuation, not a sentence.
    """
    if len(words) > 7 or any(ch in inner for ch in "?!") or "." in inner.rstrip(".,"):
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not content or not all(w[:1].isupper() or w[:1].isdigit() for w in content):
        return False
    if len(content) >= 2:
        return True
    # One capitalised word: a name when it modifies a noun ('the "Avatar" star') or follows
    # a possessive ('NBC's "Today"').
    first = index.token_at(span.inner_start)
    last = index.token_at(max(span.inner_end - 1, span.inner_start))
    root = quote_root(first, last)
    if root is not None and root.dep_ == "compound":
        return True
    end = rstrip_end(index.text, span.start)
    return index.text[max(0, end - 2) : end] in ("'s", "’s")


def _is_direct(span: QuoteSpanLike, inner: str, words: list[str], text: str) -> bool:
    """Whole quoted sentences rather than a fragment woven into the writer's sentence."""
    if not (inner[:1].isupper() or inner[:1].isdigit() or inner[:1] in "…."):
        return False
    if len(words) >= 4 and inner[-1:] in ".?!,":
        return True
    end = rstrip_end(text, span.start, " \t")
    return len(words) >= 3 and (end == 0 or text[end - 1] in "\n:,.?!—–-(")


def _quote(qid: str, draft: _Draft, text: str) -> Quote:
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
