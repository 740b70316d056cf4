"""Who said a marked quote that no cue attributes: the previous speaker, the person the
sentence before is about, or the subject of the writer's clause around a fragment.

Each function returns a :class:`~claimcheck.speaker_memory.SpeakerInfo` or None; none raises.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .attribution_labels import is_topic_label, opens_paragraph
from .attribution_parse import TextIndex, quote_root, rstrip_end, subject_of
from .cues import (
    CUE_NOUNS,
    GROUP_NOUNS,
    GROUP_PRONOUNS,
    ORG_HEADS,
    PERSON_PRONOUNS,
    ROLE_NOUNS,
    reports_speech,
)
from .mention_span import make_mention, mention_bounds
from .speaker_memory import DocMemory, SpeakerInfo
from .speaker_resolve import describe

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .speakers import Draft, QuoteSpanLike

__all__ = [
    "MAX_FOLLOW_PARAGRAPHS",
    "MAX_FOLLOW_PARAGRAPHS_IN_RUN",
    "MIN_UNCUED_WORDS",
    "claimed_after",
    "clause_subject",
    "follow_on",
    "topic_speaker",
    "under_subhead",
]

# A marked quote without any cue is still reported speech when it is this long.
MIN_UNCUED_WORDS = 5
# How many whole paragraphs may stand between a follow-on quote and the quote it continues;
# in a run of quotes each set out as its own paragraph (a speech, a statement), a few more
# lines of scene between them ("The crowd booed.") do not end it.
MAX_FOLLOW_PARAGRAPHS = 1
MAX_FOLLOW_PARAGRAPHS_IN_RUN = 3


def follow_on(
    span: QuoteSpanLike, previous: Draft | None, index: TextIndex, memory: DocMemory
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
    prev_lo, _ = index.paragraph(previous.start)
    _, prev_hi = index.paragraph(max(previous.end - 1, previous.start))
    set_out = (
        opens_paragraph(text, prev_lo, previous.start) and not text[previous.end : prev_hi].strip()
    )
    limit = MAX_FOLLOW_PARAGRAPHS_IN_RUN if set_out else MAX_FOLLOW_PARAGRAPHS
    if sum(1 for line in lines[1:-1] if line.strip()) > limit:
        return None
    para_lo, _ = index.paragraph(span.start)
    # A bulleted highlight may name its topic before the quote ("* On the wall: “…”").
    topic_prefix = is_topic_label(text[para_lo : span.start])
    if between.count("\n") and not (opens_paragraph(text, para_lo, span.start) or topic_prefix):
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
    subheads: dict[int, bool] = {}  # paragraph start -> whether it is a topic subhead
    for tok in doc[first.i : last.i]:
        if tok.idx < previous.end or index.in_quote(tok.idx):
            continue
        p_lo, p_hi = index.paragraph(tok.idx)
        if p_lo not in subheads:
            subheads[p_lo] = is_topic_label(text[p_lo:p_hi])
        if subheads[p_lo] or (
            topic_prefix and tok.idx >= para_lo
        ):
            # A subhead between a roundup's quotes ("On Clinton:") names what the next
            # quote is about, not a new speaker.
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
        elif reports_speech(tok) and tok.pos_ == "VERB":
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


def topic_speaker(
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
    if not opens_paragraph(text, para_lo, span.start):
        end = rstrip_end(text, span.start)
        if text[end - 1 : end] not in (".", "!", "?"):
            return None  # the quote sits inside the writer's sentence
    else:
        end = rstrip_end(text, para_lo)
        if end == 0:
            return None
        if text[end - 1 : end] not in (".", "!", "?", ")") and not _ends_on_fragment(end, index):
            return None
    last = index.token_at(end - 1)
    lo, _ = index.sentence(last.i)
    doc = index.doc
    if index.in_quote(last.idx) and index.in_quote(doc[lo].idx):
        return None  # the sentence before is itself a quotation: follow-on's business
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


def _ends_on_fragment(end: int, index: TextIndex) -> bool:
    """Whether the writer's sentence ending at ``end`` closes on a quoted fragment ending a
    sentence ('Sanders takes the stage to chants of "Bernie! Bernie!"'): still a sentence
    about someone, not a quotation of its own (its start must lie outside the quote)."""
    text = index.text
    if not index.in_quote(end - 1) or text[end - 1] not in "\"”'’":
        return False
    inner_end = rstrip_end(text, end, "\"'”’ ")
    return text[inner_end - 1 : inner_end] in (".", "!", "?")


def clause_subject(span: QuoteSpanLike, index: TextIndex, memory: DocMemory) -> SpeakerInfo | None:
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


# Words that open a sentence pointing back at the words just quoted ("That was …", "So said …").
_BACK_POINTERS = frozenset({"that", "that's", "those", "these", "this", "so", "such"})


def claimed_after(span: QuoteSpanLike, index: TextIndex, memory: DocMemory) -> SpeakerInfo | None:
    """The person the next paragraph names as having said a stand-alone quote.

    Features open on a quote set off in its own paragraph and name its speaker in the next:
    '“We are not going anywhere.”' then 'That was the message from Mayor Lisa Chen on Monday'
    or 'So said Gov. Robert Bentley'. Only a next paragraph that opens by pointing back at the
    words (that, those, so, such) and then names a person or organisation counts.
    """
    text = index.text
    para_lo, para_hi = index.paragraph(span.start)
    if not opens_paragraph(text, para_lo, span.start):
        return None
    inner = text[span.inner_start : span.inner_end].rstrip()
    if text[span.end : para_hi].strip() and inner[-1:] not in (".", "!", "?"):
        return None  # the quote goes on inside a sentence of the writer's
    next_lo = span.end
    while next_lo < len(text) and text[next_lo].isspace():
        next_lo += 1
    if next_lo >= len(text) or index.in_quote(next_lo):
        return None
    doc = index.doc
    first = index.token_at(next_lo)
    if first.lower_ not in _BACK_POINTERS or first.i + 1 >= len(doc):
        return None
    second = doc[first.i + 1]
    # "That was the message from …", "That's how …", "That quote from …", "Those words came …"
    points_back = second.pos_ in ("AUX", "VERB") or first.lower_ == "that's"
    if not (points_back or second.lower_ in CUE_NOUNS or second.lemma_.lower() in CUE_NOUNS):
        return None
    _, sent_end = index.sentence(first.i)
    # The sentence must be about words before it names anyone: "the message from", "So said",
    # "That's how X put it"; "That was never going to happen, and Diaz knew it" is not.
    about_words = False
    named: list[Token] = []
    for tok in doc[first.i + 1 : sent_end]:
        if index.in_quote(tok.idx):
            continue
        lemma = tok.lemma_.lower()
        if lemma in CUE_NOUNS or reports_speech(tok) or lemma in ("put", "word"):
            about_words = True
        if tok.ent_type_ in ("PERSON", "ORG") and tok.ent_iob_ == "B":
            if not about_words:
                return None
            named.append(tok)
    # A person before an organisation: "from Alabama Securities Commissioner Thomas Krebs".
    pick = next((t for t in named if t.ent_type_ == "PERSON"), named[0] if named else None)
    if pick is None:
        return None
    ent = next((e for e in doc.ents if e.start == pick.i), None)
    head = ent.root if ent is not None else pick
    lo, hi = mention_bounds(head, in_quote=index.in_quote)
    info = describe(head, lo, hi, memory)
    memory.remember(info)
    return info


def under_subhead(span: QuoteSpanLike, index: TextIndex) -> bool:
    """Whether a quote sits under a topic subhead ("2. On McCain:" on the line before, or
    "* On the wall:" opening its own paragraph): an item of a roundup of someone's remarks."""
    text = index.text
    para_lo, _ = index.paragraph(span.start)
    if is_topic_label(text[para_lo : span.start]):
        return True
    if not opens_paragraph(text, para_lo, span.start):
        return False
    end = rstrip_end(text, para_lo)
    if end == 0:
        return False
    return is_topic_label(text[index.paragraph(end - 1)[0] : end])
