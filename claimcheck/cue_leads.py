"""Cues outside the quote's own sentence: a lead-in sentence or colon label before it
("Trump told the crowd:", "Hillary Clinton:"). Each returns a :class:`CueHit` or None. The
cues after a quote and a roundup's headline (:func:`dash_byline`, :func:`headline_lead`)
live in :mod:`.bylines` and are importable from here too.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .attribution_labels import (
    dash_label,
    is_handle,
    is_topic_label,
    label_name_end,
    opens_paragraph,
)
from .attribution_parse import (
    TextIndex,
    rstrip_end,
    subject_of,
)
from .bylines import dash_byline, headline_lead, paren_byline
from .cue_candidates import CUE_WINDOW, CueHit, candidates, cue_end, outside
from .cue_sources import cited_source
from .cues import CUE_NOUNS
from .lead_presenters import (
    PARTY_SUFFIX,
    earlier_speaker,
    interviewee,
    interviewer_label,
    is_question,
    is_text_noun,
    name_line,
    plain_qa_speaker,
    points_ahead,
    presents_text,
    qa_label,
    qa_speaker,
    record_noun,
    signed,
)
from .speech_presenters import described_person, presenting_lead, their_antecedent
from .vox_pops import names_follow, signature_head, signature_name

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["colon_before", "dash_byline", "headline_lead", "lead_in"]

_LABEL_DASH = re.compile(r"\s(?:—|―|–|--?)\s")


def colon_before(start: int, index: TextIndex) -> bool:
    """Whether a colon stands just before the quote at ``start``, or a transcript's dash label
    opening its paragraph ("TRUMP — “…”"), which sets out speech as a colon label does."""
    text = index.text
    end = rstrip_end(text, start)
    if text[end - 1 : end] == ":":
        return True
    para_lo, _ = index.paragraph(start)
    return text[end - 1 : end] in "—―–-" and end > para_lo and dash_label(text, para_lo, end)


def lead_in(start: int, index: TextIndex) -> CueHit | None:
    """A quote that opens its sentence, said by whoever speaks just before it.

    The lead-in is the sentence before the quote in its paragraph or, for a quote that opens
    its paragraph, the last sentence of the paragraph before ("Trump told the crowd:"). A
    lead-in ending in a colon with no verb names the speaker itself ("Hillary Clinton:").
    """
    doc = index.doc
    text = index.text
    if signed(start, index):
        return None  # '“…” — Sen. Ted Cruz (R-Tex.)': the signature says whose words these are
    para_lo, para_hi = index.paragraph(start)
    quote_end = start
    while quote_end < para_hi and index.in_quote(quote_end):
        quote_end += 1
    if paren_byline(start, quote_end, index) is not None:
        return None  # '“…” (Sanders, Jan. 12)' is signed too
    # A bulleted highlight that names its topic first ("* On the wall: “…”") is a subhead and
    # its quote in one paragraph.
    inline_topic = is_topic_label(text[para_lo:start])
    # "Asked about the budget: “…”" is an interviewer's cue, answered by the interviewee.
    inline_topic = inline_topic and not interviewer_label(text, para_lo, start)
    if not (opens_paragraph(text, para_lo, start) or inline_topic):
        region_lo, region_end = para_lo, para_lo + len(text[para_lo:start].rstrip())
    else:
        region_end = rstrip_end(text, para_lo)
        if region_end == 0:
            return None
        region_lo = index.paragraph(region_end - 1)[0]
        if (
            inline_topic
            or is_topic_label(text[region_lo:region_end])
            or _place_label(region_lo, region_end, index)
        ):
            # "On trade:" says what the quote is about; whose remarks these are was said in
            # the lead before the subheads ("Here are Trump's most notable remarks:").
            if not inline_topic:
                region_end = rstrip_end(text, region_lo)
            if region_end == 0 or not _quote_fills(text, para_lo, index):
                return None
            region_lo = index.paragraph(region_end - 1)[0]
            if is_topic_label(text[region_lo:region_end]):
                return None
    # "TRUMP — “…”": in a transcript set out with dashes the label is a colon label.
    colon = text[region_end - 1] == ":" or (
        region_lo == para_lo and region_end <= start and dash_label(text, region_lo, region_end)
    )
    # A Q&A whose questions are plain sentences, each its own paragraph, and whose answers are
    # quoted paragraphs: the answer is the interviewee's.
    if (
        not colon
        and region_end <= para_lo
        and _quote_fills(text, para_lo, index)
        and is_question(region_lo, region_end, index)
    ):
        return plain_qa_speaker(region_lo, index)
    if (
        colon
        and is_topic_label(text[region_lo:region_end])
        and not interviewer_label(text, region_lo, region_end)
    ):
        return None  # "On Clinton: “She is a disaster.”" is about Clinton, not by her
    last = index.token_at(region_end - 1)
    if index.in_quote(last.idx) and not colon:
        return None
    if not colon and region_lo == index.paragraph(region_lo)[0] and region_end <= para_lo:
        if names_follow(para_lo, index):
            return None  # the name line above signs the quote above it
        # A roundup's name on a line of its own above the quote ('Sen. Chuck Grassley, R-Iowa';
        # 'Ana Torres, 23, Henderson').
        named_line = signature_head(region_lo, region_end, index)
        named_line = named_line or name_line(region_lo, region_end, index)
        if named_line is not None:
            return CueHit(
                named_line.idx, named_line.idx + len(named_line), named_line, "line", True
            )
    if colon:
        # "IOWA POLLS NOT WRONG - Mark Blumenthal:": in roundups a dash sets the source's name
        # off from the headline or summary before it.
        dash = _LABEL_DASH.search(text, region_lo, region_end)
        while dash is not None:
            region_lo = dash.end()
            dash = _LABEL_DASH.search(text, region_lo, region_end)
    label = text[region_lo : region_end - 1].split()
    # A short capitalised label before the colon is a name even where the tagger saw nouns.
    named = colon and 0 < len(label) <= 6 and all(w[:1].isupper() or w in "&" for w in label)
    sent_start = max(index.sentence(last.i)[0], last.i - CUE_WINDOW)
    lo = max(doc[sent_start].idx, region_lo)
    tokens = outside(doc[sent_start : last.i + 1], index, lo, region_end)
    every = candidates(tokens, index)
    cands = [c for c in every if c[2] is not None]
    if not colon:
        # Without a colon only the lead-in's main statement carries over to the quote, or a
        # lead that presents someone's words as what follows ("Here are Trump's remarks.").
        presents = _presents_words(tokens)
        cands = [c for c in cands if c[0].dep_ == "ROOT" or c[0] is presents]
    if not cands and not colon and text[:region_lo].strip():
        # "One woman in Miami was blunt.", "Voters had a lot to say.": a predicate that
        # presents its subject's words without a verb of saying. A headline ("Latinos share
        # their thoughts") presents the whole story, not the quote under it.
        presenter = presenting_lead(tokens, index)
        if presenter is not None:
            return presenter
    if not cands and not colon and points_ahead(tokens):
        # "Here are some of his most memorable lines."
        owned = _owner_of_text(tokens, index)
        if owned is not None:
            return owned
    lowercase = any(ch.islower() for t in tokens for ch in t.text)
    if not cands and not colon and lowercase and points_ahead(tokens) and presents_text(tokens):
        # "Full remarks below.", "The following is a transcript of the hearing."; a header in
        # capitals ("FULL TEXT.") is an archive's label of the article, not a lead.
        return _presented(tokens, doc[sent_start].idx, index)
    if cands:
        # The last speaker of the lead-in is the one the quote goes on with.
        tok, how, subject = max(cands, key=lambda c: c[0].i)
        pointing = colon or points_ahead(tokens)
        if subject is not None and (
            subject.lower_ == "their" or (subject.lower_ == "they" and pointing)
        ):
            # "Here are some of their responses." / "Here's what they told us:" after "The
            # Post asked five first-time voters …": the people asked are whose words follow.
            subject = their_antecedent(subject, index) or subject
        hit = CueHit(tok.idx, cue_end(tok, how), subject, "lead", colon)
        cited = cited_source(every, tok if how == "verb" else None, (start, start), index)
        if cited is not None:
            return CueHit(cited.cue_start, cited.cue_end, cited.speaker, "lead", colon)
        return hit
    if colon:
        # "As Tom Ridge put it:", "the headline reads:": whoever acts just before the colon.
        acting = [(t, subject_of(t, index)) for t in tokens if t.pos_ == "VERB"]
        acting = [(t, subj) for t, subj in acting if subj is not None]
        if acting:
            verb, subj = acting[-1]
            return CueHit(verb.idx, verb.idx + len(verb.text), subj, "lead", True)
        if interviewer_label(text, region_lo, region_end):
            # "Pressed on the roads:": the interviewer's cue; whoever was pressed answers.
            asked = interviewee(region_lo, index)
            if asked is not None:
                return CueHit(region_end - 1, region_end, asked.speaker, "lead", True)
            return None
        owned = _owner_of_text(tokens, index)
        if owned is not None:
            return owned
        if presents_text(tokens):
            # "Read the statement below:", "Highlights:": a lead that sets out words without
            # saying whose; the story named that just before.
            return _presented(tokens, doc[sent_start].idx, index)
        qa = qa_label(text, region_lo, region_end)
        if qa is not None:
            return qa_speaker(qa, region_lo, index)
        colon_at = region_end - 1
        described = described_person(region_lo, colon_at, index)
        if described is not None:
            # "A retiree in Tampa:" describes an unnamed speaker; the place is not one.
            return CueHit(colon_at, colon_at + 1, described, "lead", True)
        name_end = rstrip_end(text, colon_at)
        if text[name_end - 1 : name_end] == ")" and "(" in text[region_lo:name_end]:
            # "Rep. Trey Gowdy (R-S.C.):" names the speaker before the parenthesis.
            name_end = rstrip_end(text, text.rindex("(", region_lo, name_end))
        signature = signature_name(text, region_lo, name_end)
        if signature is not None:
            # "Maria Lopez, 34, Las Vegas:" names the speaker before the age; the place or
            # job after it says where she is from.
            name_end = signature[1]
        party = PARTY_SUFFIX.search(text, region_lo, name_end)
        if party is not None:
            # "Sen. Chuck Grassley, R-Iowa:" names the speaker before the party and state.
            name_end = party.start()
        on_topic = label_name_end(text, region_lo, name_end)
        if on_topic is not None:
            name_end = on_topic  # "Trump on Clinton:" is Trump's remark about Clinton
        if name_end <= region_lo:
            return None
        head = index.token_at(name_end - 1)
        k = head.i
        # Only a name or pronoun speaks by itself before a colon ("Clinton:"); a common noun
        # there is what the sentence is about ("tweeted in response:"), unless it is where
        # the words come from ("From the report:").
        source = head.head.lower_ in ("from", "per") and head.dep_ == "pobj"
        # A transcript's label ("CRUZ:") names the speaker whatever the tagger made of it.
        labelled = head.text in index.transcript_labels or is_handle(head.text)
        labelled = labelled or dash_label(text, region_lo, region_end)
        proper = head.pos_ in ("PROPN", "PRON") or (named and head.pos_ == "NOUN") or labelled
        # The tagger reads a name opening "Trump on immigration:" as a noun, or as a verb
        # when the name is also one ("Trump on the wall:"); an inflected verb there is an
        # interviewer's cue ("Pressed on trade:", "Asked about Iran:"), never a name.
        proper = proper or (on_topic is not None and _label_name(head))
        proper = proper or (signature is not None and head.text[:1].isupper())
        if (proper or source) and not index.in_quote(head.idx):
            while head.dep_ in ("compound", "flat") and head.i < head.head.i <= k:
                head = head.head
            return CueHit(colon_at, colon_at + 1, head, "lead", True)
    return None


def _place_label(lo: int, hi: int, index: TextIndex) -> bool:
    """Whether ``text[lo:hi]`` is a line naming only a place before a colon ("Las Vegas:"):
    a round-up's subhead grouping the voices heard there, as "On trade:" groups by topic."""
    text = index.text
    if text[hi - 1 : hi] != ":" or lo >= hi - 1:
        return False
    first, last = index.token_at(lo), index.token_at(rstrip_end(text, hi - 1) - 1)
    words = [t for t in index.doc[first.i : last.i + 1] if not t.is_space]
    return bool(words) and all(t.ent_type_ in ("GPE", "LOC") and t.pos_ == "PROPN" for t in words)


def _label_name(head: Token) -> bool:
    """Whether the word opening an "X on Y:" label reads as a name rather than a verb: not a
    verb at all, or a base form the article also names a person by ("Trump")."""
    if head.pos_ != "VERB":
        return True
    if head.tag_ != "VB":
        return False
    return any(ent.label_ == "PERSON" and head.text in ent.text.split() for ent in head.doc.ents)


def _owner_of_text(tokens: list[Token], index: TextIndex) -> CueHit | None:
    """'Their exchange:', "Pelosi's best lines:": the possessor of a presented text."""
    for tok in tokens:
        if not is_text_noun(tok):
            continue
        for child in tok.children:
            if child.dep_ == "poss" and not index.in_quote(child.idx):
                # "Here are some of their responses." after "HuffPost asked Latino voters
                # …": the people asked are whose words follow.
                owner = their_antecedent(child, index) if child.lower_ == "their" else None
                return CueHit(tok.idx, tok.idx + len(tok.text), owner or child, "lead", True)
    return None


def _presented(tokens: list[Token], lead_lo: int, index: TextIndex) -> CueHit | None:
    """The cue of a lead that presents words without naming whose: the record noun itself
    ("Transcript as follows:", whose speaker :mod:`.speakers` looks up before the lead), or
    whoever the story was about just before the lead."""
    record = record_noun(tokens)
    if record is not None:
        return CueHit(record.idx, record.idx + len(record.text), record, "record", True)
    return earlier_speaker(lead_lo, index)


# Words by which a lead says the quotes after it are someone's words it presents.
_PRESENTING = frozenset({"here", "below", "following", "follows"})


def _presents_words(tokens: list[Token]) -> Token | None:
    """The cue noun of a lead that presents whose words follow, or None.

    'Here are Trump's most notable remarks from the debate.', 'Read his full remarks below':
    a remarks/statement noun with a possessor, on the lead's main verb, in a sentence that
    points at what follows.
    """
    if not any(t.lower_ in _PRESENTING for t in tokens):
        return None
    for tok in tokens:
        # "Below is a transcript of her remarks.": the possessed noun may sit a preposition
        # below the main verb.
        near_root = tok.head.dep_ == "ROOT" or (
            tok.head.dep_ == "prep" and tok.head.head.head.dep_ == "ROOT"
        )
        if (
            tok.lemma_.lower() in CUE_NOUNS
            and tok.pos_ == "NOUN"
            and near_root
            and any(c.dep_ == "poss" for c in tok.children)
        ):
            return tok
    return None


def _quote_fills(text: str, para_lo: int, index: TextIndex) -> bool:
    """Whether the paragraph at ``para_lo`` holds nothing but quoted text (after a bullet and
    a topic label, if any: "* On the wall: “…”")."""
    _, para_hi = index.paragraph(para_lo)
    k = para_lo
    while k < para_hi and not index.in_quote(k):
        k += 1
    if not (opens_paragraph(text, para_lo, k) or is_topic_label(text[para_lo:k])):
        return False
    return all(index.in_quote(j) or text[j].isspace() for j in range(k, para_hi))
