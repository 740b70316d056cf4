"""Reporting cues around a quote: the verbs, "according to" and cue nouns found through the
dependency parse, each with the phrase naming its speaker, and the pick of the best one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .attribution_parse import (
    TextIndex,
    between_subject,
    inverted_subject,
    left_subject,
    right_after,
    split_name,
    subject_of,
)
from .cues import CUE_NOUNS, REPORTING_VERBS, THAT_CLAUSE_VERBS, reports_speech

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["CUE_WINDOW", "CueHit", "best", "candidates", "cue_end", "outside"]

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


def candidates(
    tokens: list[Token],
    index: TextIndex,
    *,
    quote_end: int | None = None,
    quote_start: int | None = None,
) -> list[tuple[Token, str, Token | None]]:
    """Each reporting verb, "according to" and cue noun among ``tokens``, with the head of
    the phrase naming its speaker (None when the text names nobody for it).

    ``quote_start``/``quote_end`` locate the quote the cues are sought for, when known.
    """
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
            and (subject := between_subject(tok, closing, index)) is not None
            # a relative clause about something in the writer's sentence ('the chant "Lock
            # her up!" that ricocheted through the arena', '…," which votes June 7') is a
            # description, not the quote's attribution
            and subject.lower_ not in ("that", "which")
        ):
            found.append((tok, "verb", subject))
            continue
        phrasal = reports_speech(tok)  # "fired back", "pointed out"
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
            # subject_of takes no subject across a paragraph break ('…" read the statement'
            # under a paragraph about who drafted it).
            subject = subject_of(tok, index)
            if subject is None and quote_end is not None and right_after(tok, quote_end, index):
                subject = inverted_subject(tok, index)
            if subject is None and put_it:
                # 'As Akhil Amar, professor …, put it': the parser may read "As" as a
                # preposition and the speaker as its object.
                subject = next(
                    (
                        o
                        for c in tok.children
                        if c.lower_ == "as"
                        for o in c.children
                        if o.dep_ == "pobj" and not index.in_quote(o.idx)
                    ),
                    None,
                )
            if subject is None:
                subject = left_subject(tok, index) or _misread_actor(tok, index)
            if subject is not None and subject.i > tok.i:
                subject = split_name(subject) or subject
            found.append((tok, "verb", subject))
        elif tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            objs = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
            found.append((tok, "according", objs[0] if objs else None))
        elif lemma in CUE_NOUNS and tok.pos_ == "NOUN":
            # 'Tuesday night's appearance': a time owns the event, nobody speaks for it.
            subject = next(
                (
                    c
                    for c in tok.children
                    if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")
                ),
                None,
            )
            if subject is not None and quote_start is not None:
                subject = _characterised_by(tok, quote_start, index) or subject
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


def _characterised_by(noun: Token, quote_start: int, index: TextIndex) -> Token | None:
    """Who puts the quoted label on someone's words: 'Stevens called Trump's statements
    "childish"', 'he played down Trump's comments as "just part of the campaign"', 'Trump
    defended his comments as being "sarcastic"'. The words are the possessor's, the label the
    verb's subject's; None when the quote is not such a label on the verb's object."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "oprd") or verb.pos_ != "VERB":
        return None
    word = index.token_at(quote_start)
    while word.is_punct and word.i + 1 < len(word.doc) and index.in_quote(word.doc[word.i + 1].idx):
        word = word.doc[word.i + 1]
    # The "as" phrase hangs on the verb or, as often, on the noun itself.
    for label in [*verb.children, *noun.children]:
        if label.i <= noun.i:
            continue
        as_phrase = label.dep_ == "prep" and label.lower_ == "as"
        if not as_phrase and label.dep_ not in ("oprd", "xcomp", "acomp"):
            continue
        if label.left_edge.i <= word.i <= label.right_edge.i:
            subject = subject_of(verb, index)
            return subject if subject is not None and subject.i != noun.i else None
    return None


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


def cue_end(tok: Token, how: str) -> int:
    if how == "according":
        nxt = tok.doc[tok.i + 1]
        return nxt.idx + len(nxt.text)
    return tok.idx + len(tok.text)


def best(
    cands: list[tuple[Token, str, Token | None]],
    ancestors: dict[int, int],
    span: tuple[int, int],
    how_override: str | None = None,
) -> CueHit | None:
    best: tuple[tuple[bool, bool, int, bool, int, int], CueHit] | None = None
    q_start, q_end = span
    labeller = _relative_labeller(cands, ancestors, q_start)
    if labeller is not None:
        tok, how, subject = labeller
        return CueHit(tok.idx, cue_end(tok, how), subject, how_override or how, True)
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
        hit = CueHit(tok.idx, cue_end(tok, how), subject, how_override or how, link > 0)
        if best is None or key < best[0]:
            best = (key, hit)
    return best[1] if best else None


# Verbs that put a label on something: 'a decision that unions called "a betrayal"'.
_LABEL_VERBS = frozenset({"call", "describe", "dub", "label", "term", "brand"})


def _relative_labeller(
    cands: list[tuple[Token, str, Token | None]], ancestors: dict[int, int], q_start: int
) -> tuple[Token, str, Token | None] | None:
    """A labelling verb in a relative clause whose complement is the quote ('…, in a decision
    that unions called "a betrayal."'): the label is its subject's, not the words of the
    report the clause's noun hangs on, however far out that report is."""
    for tok, how, subject in cands:
        if (
            how != "verb"
            or subject is None
            or tok.i not in ancestors
            or tok.lemma_.lower() not in _LABEL_VERBS
            or tok.dep_ not in ("relcl", "acl")
            or subject.lower_ in ("that", "which", "who")
            # 'the tax loophole called an "inversion"' names the noun; nobody labels it
            or not any(c.i == subject.i and c.dep_ == "nsubj" for c in tok.children)
        ):
            continue
        for child in tok.children:
            if child.dep_ not in ("oprd", "xcomp", "acomp") and not (
                child.dep_ == "prep" and child.lower_ == "as"
            ):
                continue
            # (The opening mark may hang outside the phrase: a character or two of slack.)
            end = child.right_edge.idx + len(child.right_edge)
            if child.left_edge.idx <= q_start + 2 and q_start < end:
                return tok, how, subject
    return None


def outside(tokens: Span | list[Token], index: TextIndex, lo: int, hi: int) -> list[Token]:
    return [t for t in tokens if lo <= t.idx < hi and not t.is_space and not index.in_quote(t.idx)]


def _misread_actor(verb: Token, index: TextIndex) -> Token | None:
    """Who performs a reporting verb the parse left without a subject because it misread
    the words before it, or None.

    'Trump defended eminent domain, calling it "an absolute necessity"' parsed as a noun
    phrase headed by "Trump" hangs "calling" on it; 'And Skelly called Braynard "…"' and
    'Early described it as "…"' tag a surname as an adverb. A capitalised word right before a
    past-tense verb, other than the sentence's first, is taken for the name it is.
    """
    doc = verb.doc
    head = verb.head
    if (
        verb.dep_ == "advcl"
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and head.i < verb.i
        and not index.in_quote(head.idx)
    ):
        return head
    if verb.tag_ not in ("VBD", "VBN") or verb.i == 0:
        return None
    prev = doc[verb.i - 1]
    if (
        verb.dep_ == "acl"
        and verb.head.i == prev.i
        and prev.dep_ in ("nsubj", "nsubjpass")
        and not index.in_quote(prev.head.idx)
    ):
        # 'A super PAC called Future 45 ran ads': the name is the subject of another verb and
        # the participle only names it.
        return None
    sent_start, _ = index.sentence(verb.i)
    if (
        prev.i > sent_start
        and prev.is_alpha
        and prev.text[:1].isupper()
        and not prev.is_sent_start
        and prev.pos_ in ("ADV", "ADJ", "NOUN", "PROPN")
        and not index.in_quote(prev.idx)
    ):
        return prev
    return None
