"""Find the cue that introduces a marked quotation and the phrase naming its speaker.

News attributes a quotation in a few fixed ways, tried here in order of how much they say:
a reporting verb in the quote's own sentence found through the dependency parse ("…," she said;
said X; X told a news conference; X was quoted as saying; …, adding), "according to X", a cue
noun ("in a statement"), a dash byline (“…” — Steve Quinlan), and a lead-in sentence before it
("X said:" or a statement by X that the quote goes on with).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .attribution_parse import (
    MAX_SUBJECT_CLIMB,
    SHARED_SUBJECT_DEPS,
    SUBJECT_DEPS,
    TextIndex,
    between_subject,
    inverted_subject,
    left_subject,
    quote_ancestors,
    quote_root,
    right_after,
    rstrip_end,
    split_name,
    subject_of,
)
from .cues import CUE_NOUNS, PHRASAL_REPORTING_VERBS, REPORTING_VERBS, THAT_CLAUSE_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# TextIndex, quote_root, rstrip_end and subject_of are re-exported: speaker attribution reads
# the text through them alongside find_cue.
__all__ = [
    "CUE_WINDOW",
    "CueHit",
    "TextIndex",
    "dash_byline",
    "find_cue",
    "lead_in",
    "quote_root",
    "rstrip_end",
    "subject_of",
]

_LABEL_DASH = re.compile(r"\s(?:—|–|--?)\s")
_DASH_BYLINE = re.compile(r"[ \t]*(?:—|–|--?)[ \t]*(?=[A-Z])")
_NEXT_LINE_BYLINE = re.compile(r"[ \t]*\n\s*((?:—|–|--?)[ \t]*)(?=[A-Z])")
_MAX_SIGNATURE_WORDS = 12
_SENTENCE_END = re.compile(r"[.?!]['’\"”]*\s+[A-Z“\"'‘]")
# How many tokens either side of a quote are searched for its cue. News puts the attribution
# right next to the quote; the bound keeps a sentence holding thousands of quotes linear.
CUE_WINDOW = 100


@dataclass(frozen=True)
class CueHit:
    """A cue for one quote and, when the text names one, the speaker phrase's head token."""

    cue_start: int
    cue_end: int
    speaker: Token | None
    how: str  # verb, according, noun, dash, lead
    linked: bool


def _candidates(
    tokens: list[Token], index: TextIndex, *, quote_end: int | None = None
) -> list[tuple[Token, str, Token | None]]:
    found: list[tuple[Token, str, Token | None]] = []
    doc = index.doc
    # '"…," an angry Hollande retaliated.': after words closed by a comma, question or
    # exclamation mark, a subject and its verb are the attribution whatever the verb.
    closing = None
    if quote_end is not None:
        before_mark = index.text[max(0, quote_end - 12) : quote_end].rstrip("\"'”’»“ ")[-1:]
        if before_mark in (",", "?", "!"):
            closing = quote_end
    for tok in tokens:
        lemma = tok.lemma_.lower()
        went_on = lemma == "go" and any(c.lower_ == "on" for c in tok.children)
        # "As X put it, '…'": the idiom reports words as surely as "said" does.
        put_it = (
            lemma == "put"
            and any(c.lower_ == "it" for c in tok.children)
            and any(c.lower_ in ("as", "how") or c.dep_ == "npadvmod" for c in tok.children)
        )
        # '"…," the email read.': the tagger reads "email read" as one noun.
        misread = (
            tok.lower_ in ("read", "reads")
            and tok.pos_ == "NOUN"
            and tok.i + 1 < len(doc)
            and doc[tok.i + 1].is_punct
        )
        if (
            closing is not None
            and lemma not in REPORTING_VERBS
            and (tok.pos_ == "VERB" or misread)
            and not _describes_speaker(tok, tokens, index, closing)
            and tok.idx > closing
            and between_subject(tok, closing, index) is not None
        ):
            found.append((tok, "verb", between_subject(tok, closing, index)))
            continue
        phrasal = any(
            c.dep_ == "prt" and (lemma, c.lower_) in PHRASAL_REPORTING_VERBS for c in tok.children
        )
        that_clause = (
            lemma in THAT_CLAUSE_VERBS
            and any(
                c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children)
                for c in tok.children
            )
            and not any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        )
        if (lemma in REPORTING_VERBS or went_on or put_it or phrasal or that_clause) and (
            tok.pos_ == "VERB" or tok.tag_.startswith("VB") or misread
        ):
            subject = subject_of(tok, index)
            if subject is None and quote_end is not None and right_after(tok, quote_end, index):
                subject = inverted_subject(tok, index)
            if subject is None:
                subject = left_subject(tok, index)
            if subject is not None and subject.i > tok.i:
                subject = split_name(subject) or subject
            found.append((tok, "verb", subject))
        elif tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            objs = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
            found.append((tok, "according", objs[0] if objs else None))
        elif lemma in CUE_NOUNS and tok.pos_ == "NOUN":
            subject = next((c for c in tok.children if c.dep_ == "poss"), None)
            node = tok
            for _ in range(3):
                if subject is not None or node.head.i == node.i:
                    break
                node = node.head
                if node.pos_ in ("VERB", "AUX"):
                    subject = subject_of(node, index)
                    break
            found.append((tok, "noun", subject))
    return found


def _describes_speaker(verb: Token, tokens: list[Token], index: TextIndex, closing: int) -> bool:
    """Whether ``verb`` describes the speaker rather than reports ('"…?" Miller, a retired
    worker, said'; 'Mr. Daniloff, now 81 and retired in Cambridge, said'): a participle
    used as an adjective, or a verb inside the subject phrase of a reporting verb after it."""
    if verb.dep_ == "amod":
        return True
    for tok in tokens:
        if tok.i <= verb.i:
            continue
        if tok.text in (".", "?", "!"):
            return False
        if tok.lemma_.lower() in REPORTING_VERBS and tok.pos_ == "VERB":
            return between_subject(tok, closing, index) is not None
    return False


def _cue_end(tok: Token, how: str) -> int:
    if how == "according":
        nxt = tok.doc[tok.i + 1]
        return nxt.idx + len(nxt.text)
    return tok.idx + len(tok.text)


def _best(
    cands: list[tuple[Token, str, Token | None]],
    ancestors: dict[int, int],
    span: tuple[int, int],
    how_override: str | None = None,
) -> CueHit | None:
    best: tuple[tuple[bool, bool, int, bool, int, int], CueHit] | None = None
    q_start, q_end = span
    for tok, how, subject in cands:
        # 2: the quote sits in the cue's clause; 1: the cue hangs off the quote ('…, he said').
        link = 2 if tok.i in ancestors else 0
        node = tok
        for _ in range(3):
            if link or node.head.i == node.i:
                break
            node = node.head
            if q_start <= node.idx < q_end:
                link = 1
        distance = q_start - tok.idx if tok.idx < q_start else tok.idx - q_end
        # Of reports nested around a quote ('Obama said Americans will say "no"') the outer
        # one is the attribution news annotators and readers take.
        height = ancestors.get(tok.i, 0)
        key = (
            not (link and subject is not None),
            subject is None,
            -link,
            how == "noun",
            -height,
            distance,
        )
        hit = CueHit(tok.idx, _cue_end(tok, how), subject, how_override or how, link > 0)
        if best is None or key < best[0]:
            best = (key, hit)
    return best[1] if best else None


def _outside(tokens: Span | list[Token], index: TextIndex, lo: int, hi: int) -> list[Token]:
    return [t for t in tokens if lo <= t.idx < hi and not t.is_space and not index.in_quote(t.idx)]


def dash_byline(start: int, end: int, index: TextIndex) -> CueHit | None:
    """“…” — Steve Quinlan: a name after a dash right after the quote, on the same line, or
    opening the next paragraph when the quote fills its own (fact-check columns set a quote
    off in a paragraph and sign it on the next: '"…"\n\n- Bernie Sanders.').
    """
    text = index.text
    match = _DASH_BYLINE.match(text, end)
    if match is None:
        match = _NEXT_LINE_BYLINE.match(text, end)
        para_lo, _ = index.paragraph(start)
        if match is None or text[para_lo:start].strip():
            return None
        _, sign_hi = index.paragraph(match.end())
        if len(text[match.end() : sign_hi].split()) > _MAX_SIGNATURE_WORDS:
            return None
    elif "\n" in match.group(0):
        return None
    tok = index.token_at(match.end())
    if not tok.text[:1].isupper() or tok.pos_ not in ("PROPN", "NOUN"):
        return None
    dash = match.group(0).strip()
    dash_at = text.index(dash, end)
    head = tok
    while head.head.i != head.i and head.dep_ in ("compound", "flat") and head.head.i > head.i:
        head = head.head
    return CueHit(dash_at, dash_at + len(dash), head, "dash", True)


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
    before = _outside(doc[lo : first.i], index, para_lo, start)
    after = _outside(doc[last.i + 1 : hi], index, end, para_hi)
    if not any(t.is_alpha for t in after) and s2_end < len(doc) and hi == s2_end:
        # spaCy often ends the sentence at the closing mark: '…,” he said.' goes on after it.
        n_start, n_end = index.sentence(s2_end)
        mark = index.text[max(0, end - 12) : end].rstrip("\"'”’»“ ")[-1:]
        nxt = _continuation(
            doc[n_start : min(n_end, n_start + CUE_WINDOW)], open_ended=mark in (",", "?", "!")
        )
        if nxt is not None:
            after = after + _outside(nxt, index, end, para_hi)
    ancestors = quote_ancestors(first, last)
    cands = _candidates(before + after, index, quote_end=end)
    cands = [(tok, how, between_subject(tok, end, index) or subj) for tok, how, subj in cands]
    hit = _best(cands, ancestors, (start, end))
    cue_verb = index.token_at(hit.cue_start) if hit is not None and hit.how == "verb" else None
    cited = _cited_source(cands, cue_verb, (start, end), index)
    cited = cited or _in_the_words_of(before + after) or _reporting_outlet(cands, end, index)
    cited = cited or _polled(hit, index)
    if cited is not None:
        return cited
    if hit is not None and hit.speaker is not None and hit.linked:
        return hit
    opens_sentence = not any(t.is_alpha for t in before)
    if _colon_before(start, index):
        # "X told the crowd:" then the quote: the colon says who is speaking.
        lead = lead_in(start, index)
        if lead is not None:
            return lead
    if hit is not None and hit.speaker is not None:
        return hit
    headline = _headline_lead(start, index)
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
        acting = _acting_subject(first, last, index)
        if acting is not None:
            return acting
    return hit


def _cited_source(
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
        if _SENTENCE_END.search(between):
            # The parser ran two sentences together; the source cited in the other one is not
            # this quote's.
            continue
        head = tok.head
        # Up through participles and conjoined verbs ('wrote …, threatening "…," according
        # to X'), but never into a reported clause.
        for _ in range(MAX_SUBJECT_CLIMB):
            if head.dep_ not in SHARED_SUBJECT_DEPS or head.head.i == head.i:
                break
            if cue_verb is not None and head.i == cue_verb.i:
                break
            head = head.head
        if (cue_verb is not None and head.i == cue_verb.i) or head.dep_ == "ROOT":
            return CueHit(tok.idx, _cue_end(tok, how), subject, "according", True)
    return None


def _in_the_words_of(tokens: list[Token]) -> CueHit | None:
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


def _polled(hit: CueHit | None, index: TextIndex) -> CueHit | None:
    """'In a CNN/ORC poll, 31% of Republicans said they were "extremely enthusiastic"': the
    poll speaks for the share of respondents it counts."""
    if hit is None or hit.how != "verb" or hit.speaker is None:
        return None
    share = hit.speaker
    counted = share.lemma_.lower() in ("percent", "%") or any(
        c.dep_ == "nummod" or c.like_num for c in share.children
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
    return None


def _reporting_outlet(
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
            return CueHit(tok.idx, _cue_end(tok, how), outlet, "verb", True)
    return None


def _acting_subject(first: Token, last: Token, index: TextIndex) -> CueHit | None:
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


def _headline_lead(start: int, index: TextIndex) -> CueHit | None:
    """'UN: PEACEKEEPERS PAYING FOR SEX "The United Nations has been …" [WaPo.]': in a news
    roundup an item opens with the story's headline in capitals and goes on with an excerpt
    from that story; the headline names where the words come from.
    """
    text = index.text
    para_lo, _ = index.paragraph(start)
    lead = text[para_lo:start]
    words = re.findall(r"[^\W\d_][\w’'.-]*", lead)
    # Three words at least: a dateline ('NEW YORK "…"') is not a headline.
    if len(words) < 3 or any(ch.islower() for ch in lead):
        return None
    last = index.token_at(rstrip_end(text, start) - 1)
    first = index.token_at(para_lo)
    if last.idx < para_lo or index.in_quote(last.idx) or not last.is_alpha:
        return None
    # The word heading the most of the headline stands for it (parsers read capitals poorly
    # and may tie it to the paragraph before, so only a subtree inside the headline counts).
    inside = [
        t
        for t in index.doc[first.i : last.i + 1]
        if first.i <= t.left_edge.i and t.right_edge.i <= last.i
    ]
    root = max(inside, key=lambda t: t.right_edge.i - t.left_edge.i, default=last)
    return CueHit(last.idx, last.idx + len(last.text), root, "lead", False)


def _colon_before(start: int, index: TextIndex) -> bool:
    end = rstrip_end(index.text, start)
    return index.text[end - 1 : end] == ":"


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
    early = any(t.lemma_.lower() in REPORTING_VERBS for t in words[:4])
    if early and (open_ended or len(words) <= 8):
        return sent
    if open_ended:
        # '"…?" Miller, a retired worker, said pleasantly': a titled name or an apposition
        # runs past four words; the sentence is still a subject and its reporting verb.
        root = sent.root
        if root.lemma_.lower() in REPORTING_VERBS and any(
            c.dep_ == "nsubj" and c.i < root.i for c in root.children
        ):
            return sent
    return None


def lead_in(start: int, index: TextIndex) -> CueHit | None:
    """A quote that opens its sentence, said by whoever speaks just before it.

    The lead-in is the sentence before the quote in its paragraph or, for a quote that opens
    its paragraph, the last sentence of the paragraph before ("Trump told the crowd:"). A
    lead-in ending in a colon with no verb names the speaker itself ("Hillary Clinton:").
    """
    doc = index.doc
    text = index.text
    para_lo, _ = index.paragraph(start)
    if text[para_lo:start].strip():
        region_lo, region_end = para_lo, para_lo + len(text[para_lo:start].rstrip())
    else:
        region_end = rstrip_end(text, para_lo)
        if region_end == 0:
            return None
        region_lo = index.paragraph(region_end - 1)[0]
    colon = text[region_end - 1] == ":"
    last = index.token_at(region_end - 1)
    if index.in_quote(last.idx) and not colon:
        return None
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
    tokens = _outside(doc[sent_start : last.i + 1], index, lo, region_end)
    every = _candidates(tokens, index)
    cands = [c for c in every if c[2] is not None]
    if not colon:
        # Without a colon only the lead-in's main statement carries over to the quote.
        cands = [c for c in cands if c[0].dep_ == "ROOT"]
    if cands:
        # The last speaker of the lead-in is the one the quote goes on with.
        tok, how, subject = max(cands, key=lambda c: c[0].i)
        hit = CueHit(tok.idx, _cue_end(tok, how), subject, "lead", colon)
        cited = _cited_source(every, tok if how == "verb" else None, (start, start), index)
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
    if colon:
        colon_at = region_end - 1
        name_end = rstrip_end(text, colon_at)
        if text[name_end - 1 : name_end] == ")" and "(" in text[region_lo:name_end]:
            # "Rep. Trey Gowdy (R-S.C.):" names the speaker before the parenthesis.
            name_end = rstrip_end(text, text.rindex("(", region_lo, name_end))
        if name_end <= region_lo:
            return None
        head = index.token_at(name_end - 1)
        k = head.i
        # Only a name or pronoun speaks by itself before a colon ("Clinton:"); a common noun
        # there is what the sentence is about ("tweeted in response:"), unless it is where
        # the words come from ("From the report:").
        source = head.head.lower_ in ("from", "per") and head.dep_ == "pobj"
        proper = head.pos_ in ("PROPN", "PRON") or (named and head.pos_ == "NOUN")
        if (proper or source) and not index.in_quote(head.idx):
            while head.dep_ in ("compound", "flat") and head.i < head.head.i <= k:
                head = head.head
            return CueHit(colon_at, colon_at + 1, head, "lead", True)
    return None
