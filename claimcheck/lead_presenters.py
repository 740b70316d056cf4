"""Leads that set out someone's words without naming whose they are, and signed quotes.

News presents a run of quotes after a lead that names a text rather than a speaker ("Read the
statement below:", "Highlights:", "The statement in full:"), in a Q&A whose labels name roles
("Q:", "Answer:"), or signs a quote after it ("“…” — Sen. Ted Cruz (R-Tex.)"). A reader takes
the words of a presenting lead to be those of whoever the story was just about, an answer's to
be the interviewee's, and a signed quote's to be the signer's. Each function here reads one of
those conventions; none raises.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

from .attribution_parse import TextIndex, rstrip_end
from .cue_candidates import CueHit, candidates, cue_end, outside

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "PARTY_SUFFIX",
    "earlier_speaker",
    "interviewee",
    "interviewer_label",
    "is_question",
    "is_text_noun",
    "name_line",
    "plain_qa_speaker",
    "points_ahead",
    "presents_anew",
    "presents_text",
    "qa_label",
    "qa_speaker",
    "record_noun",
    "signed",
    "tweet_signature",
]

# ", R-Iowa" or ", D-Md." after a name in a label: the party and state, not the name.
PARTY_SUFFIX = re.compile(r",\s*[RDI]-[A-Z][A-Za-z.]*\.?\s*$")
# Words by which a lead points at the words set out after it.
_POINTING = frozenset(
    {"here", "below", "following", "follows", "full", "verbatim", "watch", "listen"}
)
# Nouns that name a text or a selection from one: a lead made of them presents words.
_TEXT_NOUNS = frozenset(
    [
        "highlight",
        "excerpt",
        "transcript",
        "text",
        "statement",
        "remark",
        "line",
        "moment",
        "quote",
        "quotation",
        "comment",
        "word",
        "speech",
        "address",
        "testimony",
        "letter",
        "memo",
        "note",
        "reaction",
        "response",
        "reply",
        "exchange",
    ]
)
# Nouns for a record of someone's words: news annotators (PolNeAR) take "Transcript as
# follows:" itself as the source of the words after it, while the words are the speaker's.
_RECORD_NOUNS = frozenset({"transcript", "text"})
# A closed quote signed after its closing mark, perhaps past a tweet's picture link:
# '“…” pic.twitter.com/x8Zk — Hillary Clinton (@HillaryClinton) September 27, 2016'.
_SIGNATURE = re.compile(
    r"[\"”’']\s*(?:(?:pic\.twitter\.com/|https?://)\S*\s*)*(?:—|―|–|--)\s*([A-Z][^\"“”\n]*)$"
)
_MAX_SIGNATURE_WORDS = 12
# A Q&A paragraph label: "Q:", "A.", "Question:", "Answer:".
_QA_LABEL = re.compile(r"[^\S\n]*(Q|A|Question|Answer)[^\S\n]*[:.]", re.I)
# An interviewer's cue set as a label before the answer: "Asked about the budget:",
# "Pressed on the roads:", "Questioned again whether …:". Whoever was asked answers.
_INTERVIEWER_LABEL = re.compile(
    r"[^\S\n]*(?:Asked|Pressed|Questioned|Quizzed|Challenged|Pushed|Queried|Grilled)[^\S\n]+"
    r"(?:(?:again|later|repeatedly|directly|specifically)[^\S\n]+)?"
    r"(?:about|on|over|whether|if|why|how|what|when|who|to|for)\b[^:\n]{0,100}:"
)
# How far back a presenting lead looks for whose words it sets out.
_LOOKBACK_SENTENCES = 3
_MAX_QA_PARAGRAPHS = 60
_MAX_NAME_LINE_WORDS = 10
_MAX_QUESTION_WORDS = 40
# An embedded tweet as scraped: <tweet …>text — Name (@handle) June 28, 2016</tweet>.
_TWEET_OPEN = "<tweet"
_TWEET_CLOSE = "</tweet>"
_TWEET_SIGNER = re.compile(r"(?:—|―|–|--)[^\S\n]*([^—―–<\n]{1,80}?)[^\S\n]*\(@\w+\)")


def tweet_signature(start: int, end: int, text: str) -> tuple[int, int, int] | None:
    """The signature of the embedded tweet that holds ``text[start:end]``, or None.

    Scraped articles keep tweets as ``<tweet …>words — Ben Jacobs (@Bencjacobs) June 28,
    2016</tweet>``; words quoted in a tweet are the tweeter's, and news annotators name the
    signature ("Ben Jacobs (@Bencjacobs)") as their source. Returns the offsets of the name's
    start and end and of the end of the handle's parenthesis.
    """
    opened = text.rfind(_TWEET_OPEN, 0, start)
    if opened < 0 or text.rfind(_TWEET_CLOSE, opened, start) >= 0:
        return None
    closed = text.find(_TWEET_CLOSE, end)
    if closed < 0:
        return None
    found = None
    for match in _TWEET_SIGNER.finditer(text, end, closed):
        found = match
    if found is None:
        return None
    return found.start(1), found.end(1), found.end()


def name_line(lo: int, hi: int, index: TextIndex) -> Token | None:
    """The name a roundup sets on a line of its own above a quote, or None.

    'Sen. Chuck Grassley, R-Iowa' / 'Maria Gomez, Queens' then the quote in the next
    paragraph: the line names who speaks, as a label would with a colon. Only a short line
    whose part before any comma is a name (a person or organisation, with no verb and no
    sentence mark) counts; a headline or a sentence does not.
    """
    text, doc = index.text, index.doc
    line = text[lo:hi]
    if not line.strip() or len(line.split()) > _MAX_NAME_LINE_WORDS or not text[:lo].strip():
        return None  # the first line is the headline ("Clinton, surprise populist;")
    comma = line.find(",")
    name_hi = rstrip_end(text, lo + comma if comma > 0 else hi)
    name = text[lo:name_hi]
    if not name or (name[-1] in ".!?:;" and not name.endswith(("Jr.", "Sr."))):
        return None
    first, last = index.token_at(lo), index.token_at(name_hi - 1)
    tokens = [t for t in doc[first.i : last.i + 1] if not t.is_space]
    if not tokens or any(t.pos_ in ("VERB", "AUX") or index.in_quote(t.idx) for t in tokens):
        return None
    if any(t.pos_ not in ("PROPN", "PUNCT") for t in tokens):
        return None  # a name and its title only: "With Clinton" or "The Economy" is no name
    if last.ent_type_ not in ("PERSON", "ORG") or last.pos_ != "PROPN":
        return None
    return last


def signed(start: int, index: TextIndex) -> bool:
    """Whether the paragraph of the quote at ``start`` ends with a dash signature.

    '“…” — Senate Majority Leader Mitch McConnell (R-Ky.)': the signer's words, whatever a
    lead before the roundup says ("Here's how lawmakers reacted:").
    """
    _, para_hi = index.paragraph(start)
    match = _SIGNATURE.search(index.text, start, para_hi)
    return match is not None and len(match.group(1).split()) <= _MAX_SIGNATURE_WORDS


def presents_text(tokens: list[Token]) -> bool:
    """Whether a colon lead presents a text without naming a speaker.

    "Read the statement below:", "Highlights:", "The statement in full:", "The most memorable
    moments:": a noun for a text or a word pointing at what follows, and no name, pronoun or
    possessor that could say whose words they are.
    """
    if not tokens:
        return False
    if not any(t.lower_ in _POINTING or is_text_noun(t) for t in tokens):
        return False
    # The tagger reads a capitalised "Transcript" or "WATCH" opening a line as a name.
    return not any(
        (t.pos_ in ("PROPN", "PRON") and t.lower_ not in ("here", "what", "it", "this"))
        or t.ent_type_ in ("PERSON", "ORG", "NORP")
        for t in tokens
        if not (t.is_punct or t.lower_ in _POINTING or is_text_noun(t))
    )


def record_noun(tokens: list[Token]) -> Token | None:
    """The noun of a lead that presents a record of words ("Partial transcript as follows:",
    "Full text:"), or None."""
    return next((t for t in tokens if t.lemma_.lower() in _RECORD_NOUNS), None)


def points_ahead(tokens: list[Token]) -> bool:
    """Whether a lead points at what follows it ("below", "here", "the following")."""
    return any(t.lower_ in _POINTING for t in tokens)


def presents_anew(lo: int, hi: int, index: TextIndex) -> bool:
    """Whether the paragraphs between two items of a roundup (``text[lo:hi]``) hold a new
    lead pointing at what follows ("Hillary Clinton spoke the same evening. Here are some of
    her best lines."): the roundup before is over, and the next one is someone else's.
    Commentary between items ("Trump then turned to immigration.") points at nothing."""
    text, doc = index.text, index.doc
    if hi <= lo:
        return False
    first, last = index.token_at(lo), index.token_at(hi - 1)
    words = [
        t
        for t in doc[first.i : last.i + 1]
        if lo <= t.idx < hi and not t.is_space and not index.in_quote(t.idx)
    ]
    return "\n" in text[lo:hi] and points_ahead(words)


def is_text_noun(tok: Token) -> bool:
    """Whether ``tok`` names a text or a selection from one ("transcript", "remarks")."""
    lower = tok.lower_
    return tok.lemma_.lower() in _TEXT_NOUNS or lower in _TEXT_NOUNS or lower[:-1] in _TEXT_NOUNS


def earlier_speaker(lo: int, index: TextIndex) -> CueHit | None:
    """Whoever the text just before ``lo`` reports speaking, or is about, as a lead's cue.

    Reads back at most three sentences of the paragraph holding the last word before ``lo``:
    the last reporting cue with a speaker ("The carmaker said it was setting aside …"), else
    the subject that opens a sentence when it names a person or organisation or is a personal
    pronoun ("Sen. Bernie Sanders spoke for nearly an hour …"; "Harlan was pressed"), or the
    possessor of that subject ("Trump's hourlong speech veered …"). None when nobody is named.
    """
    doc, text = index.doc, index.text
    end = rstrip_end(text, lo)
    if end == 0:
        return None
    floor = index.paragraph(end - 1)[0]
    last = index.token_at(end - 1)
    s_lo, s_hi = index.sentence(last.i)
    for _ in range(_LOOKBACK_SENTENCES):
        tokens = outside(doc[s_lo:s_hi], index, floor, end)
        if not tokens:
            break
        cands = [c for c in candidates(tokens, index) if c[2] is not None]
        if cands:
            # The main clause's speaker, then a reporting verb's subject before a cue noun's
            # possessor: "Clinton said Smith is wrong for saying …" is Clinton speaking, and
            # "Sanders spoke for an hour, his largest rally" is Sanders.
            tok, how, subject = max(
                cands, key=lambda c: (c[0].dep_ == "ROOT", c[1] == "verb", c[0].i)
            )
            return CueHit(tok.idx, cue_end(tok, how), subject, "lead", True)
        about = _about(tokens)
        if about is not None:
            verb = about.head
            return CueHit(verb.idx, verb.idx + len(verb.text), about, "lead", True)
        if s_lo == 0 or doc[s_lo].idx <= floor:
            break
        s_lo, s_hi = index.sentence(s_lo - 1)
    return None


def _about(tokens: list[Token]) -> Token | None:
    """The person or organisation a sentence is about: its first subject, or that subject's
    possessor ("Trump's speech veered")."""
    for tok in tokens:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        if _names_someone(tok):
            return tok
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is not None and _names_someone(owner):
            return owner
        return None
    return None


def _names_someone(tok: Token) -> bool:
    if tok.lower_ in ("he", "she", "they", "we"):
        return True
    return tok.ent_type_ in ("PERSON", "ORG") or (tok.pos_ == "PROPN" and tok.ent_type_ == "")


def qa_label(text: str, lo: int, hi: int) -> Literal["q", "a"] | None:
    """ "q" or "a" when ``text[lo:hi]`` is a Q&A label ("Q:", "Answer:"), else None."""
    match = _QA_LABEL.fullmatch(text, lo, hi)
    if match is None:
        return None
    return "q" if match.group(1).lower().startswith("q") else "a"


def qa_speaker(kind: Literal["q", "a"], label_lo: int, index: TextIndex) -> CueHit | None:
    """Who speaks after a Q&A label: for an answer, whoever the text before the whole Q&A is
    about ("Appearing on Face the Nation, Harlan was pressed."); for a question, None, since
    the label does not name the interviewer.
    """
    if kind == "q":
        return None
    return interviewee(label_lo, index)


def interviewer_label(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` opens with an interviewer's cue set as a label ending in a
    colon ("Asked about the budget:", "Pressed on the roads:"): the words after it answer."""
    return _INTERVIEWER_LABEL.match(text, lo, hi) is not None


def interviewee(lo: int, index: TextIndex) -> CueHit | None:
    """Who answers in the interview holding the paragraph at ``lo``: whoever the text before
    the interview is about ("Mayor Dana Whitfield sat down with the Courier on Tuesday."), or
    None. The interview runs back over paragraphs labelled "Q:"/"A:" or with an
    interviewer's cue ("Asked about the budget:"), and those holding only a quoted answer."""
    text = index.text
    first = index.paragraph(lo)[0]
    for _ in range(_MAX_QA_PARAGRAPHS):
        end = rstrip_end(text, first)
        if end == 0:
            break
        before = index.paragraph(end - 1)[0]
        if not (_QA_LABEL.match(text, before) or interviewer_label(text, before, end)):
            break
        first = before
    return earlier_speaker(first, index)


def is_question(lo: int, hi: int, index: TextIndex) -> bool:
    """Whether ``text[lo:hi]`` is a whole short paragraph ending in "?" with no quotation
    marks ("What would you change?"): an interviewer's question in a Q&A set out without
    labels."""
    text = index.text
    para = text[lo:hi].strip()
    if not para.endswith("?") or any(ch in para for ch in '"“”'):
        return False
    para_lo, para_hi = index.paragraph(lo)
    short = len(para.split()) <= _MAX_QUESTION_WORDS
    return para_lo == lo and not text[hi:para_hi].strip() and short


def plain_qa_speaker(question_lo: int, index: TextIndex) -> CueHit | None:
    """Who answers in a Q&A whose questions are plain paragraphs ending in "?" and whose
    answers are quoted paragraphs: whoever the text before the first question is about ("Sen.
    Elizabeth Warren spoke to The Post on Thursday."), or None when nothing there names them.
    """
    text = index.text
    first = question_lo
    for _ in range(_MAX_QA_PARAGRAPHS):
        end = rstrip_end(text, first)
        if end == 0:
            break
        before = index.paragraph(end - 1)[0]
        answer = index.in_quote(index.token_at(before).idx) and index.in_quote(end - 1)
        # An earlier item answered after an interviewer's label ("Asked about the budget:
        # “…”") or a "Q:" label belongs to the same interview.
        labelled = _QA_LABEL.match(text, before) or interviewer_label(text, before, end)
        if not (answer or labelled or is_question(before, end, index)):
            break
        first = before
    if index.in_quote(first):
        return None
    return earlier_speaker(first, index)
