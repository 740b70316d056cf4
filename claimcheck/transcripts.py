"""Transcripts and print Q&As whose answers carry no quotation marks.

News prints a broadcast or hearing transcript as paragraphs opened by a speaker's label
("SECRETARY MONICA REYES: We are not going to default."; "Q: Will the plant close?"), and a
print interview as question paragraphs ending in "?" with the answers after them, introduced
by a line that names the interviewee and says the text is an interview. The label, or the
layout, is the attribution: the words need no marks. This module reads those layouts from the
text alone (spaCy reads capitals poorly) and returns where each turn's words are; who speaks is
:mod:`.transcript_speakers`' job.

A wrong trigger invents quotes, so both readers ask for the layout, not one line: two turns at
least under two different labels in one run of labelled paragraphs, and a print Q&A only after
an intro that says it is one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .attribution_labels import is_field_label

__all__ = ["PlainQA", "Turn", "find_plain_qa", "find_turns"]

TurnForm = Literal["name", "question", "answer"]

# A speaker's label opening a paragraph: "Q:", "Answer:", or one to five all-caps words
# ("MR. LYLE", "SECRETARY MONICA REYES", "THE PRESIDENT"), perhaps with a role after a comma
# ("DAVID KLINE, HOST") and a parenthesis ("(D-Md.)", "(voice-over)"), then a colon and words.
_LABEL = re.compile(
    r"^[ \t]*(?:"
    r"(?P<qa>Q|A|Question|Answer|QUESTION|ANSWER)"
    r"|(?P<name>[A-Z][A-Z'’.-]*(?:[ \t]+[A-Z][A-Z'’.-]*){0,4})"
    r"(?P<rest>,[ \t]+[A-Z][A-Z'’. -]{1,40}?)?"
    r"(?P<paren>[ \t]*\([^()\n]{1,30}\))?"
    r")[ \t]*:[ \t]+(?=\S)",
    re.M,
)
_OPEN_MARKS = "\"“‘'«„"
_CLOSE_MARKS = "\"”’'»“"
# People talking to each other ask questions and say "I", "we" and "you"; a list of places or
# teams under capital labels ("NEW YORK: Sunny, 75.") does neither.
_SPOKEN = re.compile(r"\?|\b(?:I|I['’]\w+|[Ww]e|[Yy]ou|[Mm]y|[Oo]ur|[Yy]our|me|us)\b")
# How many unlabelled paragraphs may stand between two turns of one run: an answer set out over
# paragraphs, or a bracketed "(CROSSTALK)". More than this is the story going on.
_MAX_GAP = 3
# An intro that says the text after it is an interview set out as questions and answers.
_INTRO = re.compile(
    r"\b(?:interview(?:ed)?|conversation|Q\s?&\s?A|Q and A|questions and answers"
    r"|edited|condensed|excerpts?)\b",
    re.I,
)
# A note closing a Q&A ("This interview has been edited for length."): not an answer.
_TRAILER = re.compile(
    r"[(\[*—–-]|(?:This|The)[ \t]+(?:interview|conversation|exchange|transcript|Q&A)\b"
    r"[^.\n]{0,40}\b(?:edited|condensed)"
)
_QUOTE_CHARS = re.compile(r"[\"“”«»„]")
_MAX_QUESTION_WORDS = 40
_MAX_INTRO_PARAGRAPHS = 3
_MAX_ANSWER_PARAGRAPHS = 6


@dataclass(frozen=True, slots=True)
class Turn:
    """One labelled turn of a transcript: the label and the words after it.

    ``label_start``/``label_end`` bound the name or "Q"/"Answer" as written (without a role
    after a comma, a parenthesis or the colon); ``colon`` is the colon's offset; ``start``/
    ``end`` bound the words, up to the next label or the end of the run (trailing white space
    excluded). ``marked`` is true when the words open with a quotation mark: those quotes are
    read as ordinary marked quotes. ``run_start`` is where the turn's run of labelled
    paragraphs begins.
    """

    label_start: int
    label_end: int
    colon: int
    start: int
    end: int
    form: TurnForm
    marked: bool
    run_start: int


@dataclass(frozen=True, slots=True)
class PlainQA:
    """The answers of a print Q&A set out without labels, and where its questions begin.

    ``answers`` are ``(start, end)`` offsets of each answer (its paragraphs up to the next
    question); ``first_question`` is the offset of the first question paragraph, just after the
    intro that names the interviewee.
    """

    first_question: int
    answers: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class _Para:
    start: int
    end: int


def _paragraphs(text: str) -> list[_Para]:
    """The non-blank lines of ``text``, white space trimmed, in order."""
    found = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        if not line.strip():
            continue
        lo = match.start() + len(line) - len(line.lstrip())
        hi = match.start() + len(line.rstrip())
        found.append(_Para(lo, hi))
    return found


def _label(text: str, para: _Para) -> tuple[int, int, int, int, TurnForm] | None:
    """``(label_start, label_end, colon, words_start, form)`` when ``para`` opens with a
    speaker's label, else None."""
    match = _LABEL.match(text, para.start, para.end)
    if match is None:
        return None
    words_start = match.end()
    colon = text.rindex(":", match.start(), words_start)
    if match.group("qa"):
        word = match.group("qa").lower()
        form: TurnForm = "question" if word.startswith("q") else "answer"
        return match.start("qa"), match.end("qa"), colon, words_start, form
    name = match.group("name")
    if is_field_label(name) or (match.group("rest") and is_field_label(match.group("rest"))):
        return None
    if len(name.replace(".", "").replace("-", "")) < 2:
        return None  # "B: …" is a list item or an option, not a speaker
    return match.start("name"), match.end("name"), colon, words_start, "name"


def find_turns(text: str) -> list[Turn]:
    """The labelled turns of every transcript set out in ``text``, in text order.

    A run is a stretch of paragraphs opened by speakers' labels, with at most a few unlabelled
    paragraphs between two labelled ones (a turn's words may run over paragraphs). A run counts
    when it holds two turns at least under two different labels, and either some label comes
    back, a label has two words or more ("MR. LYLE"), or the labels are "Q"/"A": "CLAIM:" and
    "VERDICT:" once each, or one "UPDATE:", are not a transcript. Its words must read as talk,
    too (a question, or "I", "we", "you"): "NEW YORK: Sunny, 75." then "LOS ANGELES: Cloudy."
    is a list. Never raises.
    """
    paras = _paragraphs(text)
    labelled: list[tuple[int, tuple[int, int, int, int, TurnForm]]] = []
    for k, para in enumerate(paras):
        found = _label(text, para)
        if found is not None:
            labelled.append((k, found))
    runs: list[list[tuple[int, tuple[int, int, int, int, TurnForm]]]] = []
    for item in labelled:
        if runs and item[0] - runs[-1][-1][0] - 1 <= _MAX_GAP:
            runs[-1].append(item)
        else:
            runs.append([item])
    turns: list[Turn] = []
    for run in runs:
        said = text[paras[run[0][0]].start : paras[run[-1][0]].end]
        if not _is_transcript(text, run) or _SPOKEN.search(said) is None:
            continue
        run_start = paras[run[0][0]].start
        for n, (k, (l_lo, l_hi, colon, w_lo, form)) in enumerate(run):
            # The words run to the next label, or to the end of the turn's own paragraph for
            # the run's last turn: after a transcript the story goes on in its own voice.
            last_para = run[n + 1][0] - 1 if n + 1 < len(run) else k
            w_hi = paras[last_para].end
            marked = text[w_lo] in _OPEN_MARKS
            turns.append(Turn(l_lo, l_hi, colon, w_lo, w_hi, form, marked, run_start))
    return turns


def _is_transcript(
    text: str, run: list[tuple[int, tuple[int, int, int, int, TurnForm]]]
) -> bool:
    labels = [" ".join(text[lo:hi].split()) for _, (lo, hi, _, _, _) in run]
    if len(run) < 2 or len(set(labels)) < 2:
        return False
    forms = {form for _, (*_, form) in run}
    if forms <= {"question", "answer"}:
        return True
    recurs = len(set(labels)) < len(labels)
    return recurs or any(len(label.split()) > 1 for label in labels) or "answer" in forms


def _is_question(text: str, para: _Para) -> bool:
    line = text[para.start : para.end]
    return (
        line.endswith("?")
        and _LABEL.match(text, para.start, para.end) is None
        and _QUOTE_CHARS.search(line) is None
        and len(line.split()) <= _MAX_QUESTION_WORDS
    )


def find_plain_qa(text: str) -> list[PlainQA]:
    """Every print Q&A set out without labels in ``text``: an intro saying the text is an
    interview ("This conversation has been condensed and edited."), then question paragraphs
    ending in "?" (no quotation marks), each followed by answer paragraphs. Two questions with
    answers at least; answers that open with a quotation mark are left to the marked-quote
    rules. The intro must stand within three paragraphs before the first question. Never
    raises.
    """
    paras = _paragraphs(text)
    found: list[PlainQA] = []
    k = 0
    while k < len(paras):
        if not _is_question(text, paras[k]) or k == 0:
            k += 1
            continue
        intro = paras[max(0, k - _MAX_INTRO_PARAGRAPHS) : k]
        if not any(_INTRO.search(text, p.start, p.end) for p in intro) or _is_question(
            text, paras[k - 1]
        ):
            k += 1
            continue
        answers: list[tuple[int, int]] = []
        first = k
        labelled = False
        while k < len(paras) and _is_question(text, paras[k]) and not labelled:
            j = k + 1
            while j < len(paras) and j - k <= _MAX_ANSWER_PARAGRAPHS:
                if _is_question(text, paras[j]) or _TRAILER.match(text, paras[j].start):
                    break
                # A labelled paragraph means a transcript, which find_turns reads.
                labelled = labelled or _LABEL.match(text, paras[j].start, paras[j].end) is not None
                j += 1
            if j == k + 1:
                break  # a question with no answer ends the Q&A
            lo, hi = paras[k + 1].start, paras[j - 1].end
            if text[lo] not in _OPEN_MARKS:
                answers.append((lo, hi))
            k = j
        if len(answers) >= 2 and not labelled:
            found.append(PlainQA(paras[first].start, tuple(answers)))
        k = max(k, first + 1)
    return found
