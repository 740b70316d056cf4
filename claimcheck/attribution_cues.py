"""Find the cue that introduces a marked quotation and the phrase naming its speaker.

News attributes a quotation in a few fixed ways, tried here in order of how much they say:
a reporting verb in the quote's own sentence found through the dependency parse ("…," she said;
said X; X told a news conference; X was quoted as saying; …, adding), "according to X", a cue
noun ("in a statement"), a dash byline (“…” — Steve Quinlan), and a lead-in sentence before it
("X said:" or a statement by X that the quote goes on with).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .attribution_parse import (
    TextIndex,
    between_subject,
    quote_ancestors,
)
from .cue_candidates import CUE_WINDOW, CueHit, best, candidates, outside
from .cue_leads import colon_before, dash_byline, headline_lead, lead_in
from .cue_sources import acting_subject, cited_source, in_the_words_of, polled, reporting_outlet
from .cues import REPORTING_VERBS, reports_speech

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = ["find_cue"]


def find_cue(start: int, end: int, index: TextIndex) -> CueHit | None:
    """The cue for the marked quote at ``[start, end)``, and its speaker, or None."""
    doc = index.doc
    first = index.token_at(start)
    last = index.token_at(max(end - 1, start))
    para_lo, _ = index.paragraph(start)
    _, para_hi = index.paragraph(max(end - 1, start))
    s1_start, _ = index.sentence(first.i)
    _, s2_end = index.sentence(last.i)
    lo = max(s1_start, first.i - CUE_WINDOW)
    hi = min(s2_end, last.i + 1 + CUE_WINDOW)
    before = outside(doc[lo : first.i], index, para_lo, start)
    after = outside(doc[last.i + 1 : hi], index, end, para_hi)
    if not any(t.is_alpha for t in after) and s2_end < len(doc) and hi == s2_end:
        # spaCy often ends the sentence at the closing mark: '…,” he said.' goes on after it.
        n_start, n_end = index.sentence(s2_end)
        mark = index.text[max(0, end - 12) : end].rstrip("\"'”’»“ ")[-1:]
        nxt = _continuation(
            doc[n_start : min(n_end, n_start + CUE_WINDOW)], open_ended=mark in (",", "?", "!")
        )
        if nxt is not None:
            after = after + outside(nxt, index, end, para_hi)
    ancestors = quote_ancestors(first, last)
    cands = candidates(before + after, index, quote_end=end, quote_start=start)
    cands = [(tok, how, between_subject(tok, end, index) or subj) for tok, how, subj in cands]
    hit = best(cands, ancestors, (start, end))
    hit = _parenthetical(hit, index) or hit
    cue_verb = index.token_at(hit.cue_start) if hit is not None and hit.how == "verb" else None
    cited = cited_source(cands, cue_verb, (start, end), index)
    cited = cited or in_the_words_of(before + after) or reporting_outlet(cands, end, index)
    cited = cited or polled(hit, index)
    if cited is not None:
        return cited
    if hit is not None and hit.speaker is not None and hit.linked:
        return hit
    opens_sentence = not any(t.is_alpha for t in before)
    if colon_before(start, index):
        # "X told the crowd:" then the quote: the colon says who is speaking.
        lead = lead_in(start, index)
        if lead is not None:
            return lead
    if hit is not None and hit.speaker is not None:
        return hit
    headline = headline_lead(start, index)
    if headline is not None:
        return headline
    byline = dash_byline(start, end, index)
    if byline is not None:
        return byline
    if opens_sentence:
        lead = lead_in(start, index)
        if lead is not None:
            return lead
    if (hit is None or hit.speaker is None) and not opens_sentence:
        acting = acting_subject(first, last, index)
        if acting is not None:
            return acting
    return hit


def _continuation(sent: Span, *, open_ended: bool = False) -> Span | None:
    """The sentence after a quote when it finishes the quote's attribution ('he said.').

    A quote closed by a comma, question or exclamation mark ('"…?" Clinton asks as …') has
    not ended its sentence, so what follows is its attribution however long it runs.
    """
    words = [t for t in sent if t.is_alpha]
    if not words:
        return None
    if words[0].text[:1].islower():
        return sent
    early = any(reports_speech(t) for t in words[:4])
    if early and (open_ended or len(words) <= 8):
        return sent
    if open_ended:
        # '"…?" Miller, a retired worker, said pleasantly': a titled name or an apposition
        # runs past four words; the sentence is still a subject and its reporting verb.
        root = sent.root
        if reports_speech(root) and any(c.dep_ == "nsubj" and c.i < root.i for c in root.children):
            return sent
    return None


def _parenthetical(hit: CueHit | None, index: TextIndex) -> CueHit | None:
    """'CNN, Cruz said, called the announcement "highly significant."': a reporting verb set
    off by commas inside the cue's clause says who the whole sentence reports, so it, not the
    clause's own subject, is the attribution. None when there is no such verb."""
    if hit is None or hit.how != "verb":
        return None
    verb = index.token_at(hit.cue_start)
    for child in verb.children:
        if (
            child.dep_ != "parataxis"
            or child.lemma_.lower() not in REPORTING_VERBS
            or child.pos_ != "VERB"
            or index.in_quote(child.idx)
            or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in child.children)
        ):
            continue
        subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
        commas = any(c.text == "," for c in child.children)
        if subject is None or not commas or subject.left_edge.i == 0:
            continue
        # Set off inside the clause ('CNN, Cruz said, called'; 'Nor, he said, did he say'),
        # not the attribution of a quote just before it ('"…," Trump said, after Quick said').
        if not index.in_quote(child.doc[subject.left_edge.i - 1].idx):
            return CueHit(child.idx, child.idx + len(child.text), subject, "verb", hit.linked)
    return None
