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
from typing import Literal, NamedTuple

from .attribution_labels import is_field_label

__all__ = ["PlainQA", "Turn", "find_plain_qa", "find_turns"]

TurnForm = Literal["name", "question", "answer"]

# A speaker's label opening a paragraph: "Q:", "Answer:", or one to five all-caps words
# ("MR. LYLE", "SECRETARY MONICA REYES", "THE PRESIDENT"), perhaps with a role after a comma
# ("DAVID KLINE, HOST") and a parenthesis ("(D-Md.)", "(voice-over)"), then a colon and words.
_LABEL = re.compile(
    r"^[^\S\n]*(?:"
    r"(?P<qa>Q|A|Question|Answer|QUESTION|ANSWER)"
    r"|(?P<name>[A-Z][A-Z'’.-]*(?:[^\S\n]+[A-Z][A-Z'’.-]*){0,4})"
    r"(?P<rest>,[^\S\n]+[A-Z][A-Z'’. -]{1,40}?)?"
    r"(?P<paren>[^\S\n]*\([^()\n]{1,30}\))?"
    r")[^\S\n]*:[^\S\n]+(?=\S)",
    re.M,
)
# "Q." / "A." with a full stop, or "Q —" / "A —" with a dash, as some papers print a Q&A.
_QA_STOP = re.compile(r"^[^\S\n]*(?P<qa>Q|A)(?:\.|[^\S\n]*(?:—|―|–|--))[^\S\n]+(?=\S)", re.M)
# A label in ordinary case, as many transcripts print one ("Wallace:", "Sen. Warren:"): an
# abbreviated title perhaps, then one to three capitalised words, and words opening with a
# capital, a digit or a mark ("Trump: the man and the myth" is a headline).
_CASED_LABEL = re.compile(
    r"^[^\S\n]*(?P<name>(?:[A-Z][a-z]{1,4}\.[^\S\n]+)?[A-Z][A-Za-z'’-]*[a-z][A-Za-z'’-]*"
    r"(?:[^\S\n]+[A-Z][A-Za-z'’-]+){0,2})[^\S\n]*:[^\S\n]+(?=[A-Z0-9\"“‘'])",
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
    r"[(\[*—―–-]|(?:This|The)[^\S\n]+(?:interview|conversation|exchange|transcript|Q&A)\b"
    r"[^.\n]{0,40}\b(?:edited|condensed)"
)
# The speaker's own talk goes on in the first person; the reporter's prose says who said what
# ("We will see, Trump said later.") or opens a new story with a dateline.
_FIRST_PERSON = re.compile(r"\b(?:I|I['’]\w+|[Ww]e|[Ww]e['’]\w+|[Mm]y|[Oo]ur|[Mm]e|[Uu]s)\b")
_NARRATION = re.compile(
    r"(?<!\bI )(?<!\b[Ww]e )\b(?:said|says|told|tells|added|asked|according to)\b"
)
_DATELINE = re.compile(r"[A-Z][A-Z.'’, -]+(?:\([^()]{1,20}\))?[^\S\n]*(?:—|―|–|--)")
_REPLY = re.compile(r"(?:Yes|No|Well|Sure|Of course)\b")
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


class _Label(NamedTuple):
    """A speaker's label opening paragraph ``para``: the name or "Q" as written, the colon
    (or full stop, or dash) after it, where the words begin, and how the label is printed:
    ``caps`` ("MR. LYLE:", "Q:"), ``cased`` ("Wallace:") or ``stop`` ("Q.", "A —")."""

    para: int
    lo: int
    hi: int
    colon: int
    words: int
    form: TurnForm
    style: Literal["caps", "cased", "stop"]


def _label(text: str, para: _Para, k: int) -> _Label | None:
    """The speaker's label ``para`` (the ``k``-th paragraph) opens with, else None."""
    match = _LABEL.match(text, para.start, para.end)
    if match is not None:
        colon = text.rindex(":", match.start(), match.end())
        if match.group("qa"):
            return _qa_label(match, k, colon, "caps")
        name = match.group("name")
        rest = match.group("rest")
        if is_field_label(name) or (rest and is_field_label(rest)):
            return None
        if len(name.replace(".", "").replace("-", "")) < 2:
            return None  # "B: …" is a list item or an option, not a speaker
        return _Label(k, match.start("name"), match.end("name"), colon, match.end(), "name", "caps")
    match = _QA_STOP.match(text, para.start, para.end)
    if match is not None:
        return _qa_label(match, k, match.end("qa") + _skip_blank(text, match.end("qa")), "stop")
    match = _CASED_LABEL.match(text, para.start, para.end)
    if match is None or is_field_label(match.group("name")):
        return None
    colon = text.rindex(":", match.start(), match.end())
    return _Label(k, match.start("name"), match.end("name"), colon, match.end(), "name", "cased")


def _qa_label(match: re.Match[str], k: int, colon: int, style: Literal["caps", "stop"]) -> _Label:
    form: TurnForm = "question" if match.group("qa").lower().startswith("q") else "answer"
    return _Label(k, match.start("qa"), match.end("qa"), colon, match.end(), form, style)


def _skip_blank(text: str, at: int) -> int:
    """How many spaces or tabs stand at ``text[at:]``."""
    n = 0
    while at + n < len(text) and text[at + n] in " \t":
        n += 1
    return n


def find_turns(text: str) -> list[Turn]:
    """The labelled turns of every transcript set out in ``text``, in text order.

    A run is a stretch of paragraphs opened by speakers' labels, with at most a few unlabelled
    paragraphs between two labelled ones (a turn's words may run over paragraphs). A run counts
    when it holds two turns at least under two different labels, and either some label comes
    back, a label has two words or more ("MR. LYLE"), the labels are "Q"/"A", or a turn that
    asks is answered by the next one ("SMITH: Did you sign it?" "JONES: I did."): "CLAIM:" and
    "VERDICT:" once each, or one "UPDATE:", are not a transcript. Labels in ordinary case
    ("Wallace:") and "Q."/"A —" count only in a run where a label comes back, or both "Q" and
    "A" stand. Its words must read as talk, too (a question, or "I", "we", "you"): "NEW YORK:
    Sunny, 75." then "LOS ANGELES: Cloudy." is a list. The run's last turn runs on over the
    paragraphs after it that read as the same talk (see :func:`_runs_on`). Never raises.
    """
    paras = _paragraphs(text)
    labelled = [
        found for k, para in enumerate(paras) if (found := _label(text, para, k)) is not None
    ]
    runs: list[list[_Label]] = []
    for item in labelled:
        # A transcript prints all its speakers' labels in one case: an ordinary-case line
        # ("Gingrich: Trump Must Decide …", the headline of a story run on after this one)
        # does not carry on a run of capitals ("FALLIN:"), nor the other way round.
        if (
            runs
            and item.para - runs[-1][-1].para - 1 <= _MAX_GAP
            and (item.style == "cased") == (runs[-1][-1].style == "cased")
        ):
            runs[-1].append(item)
        else:
            runs.append([item])
    turns: list[Turn] = []
    for run in runs:
        ends = []
        for n, label in enumerate(run):
            # The words run to the next label; the run's last turn to the end of its own
            # paragraph and the talk after it: after a transcript the story goes on.
            last_para = run[n + 1].para - 1 if n + 1 < len(run) else _runs_on(text, paras, label)
            ends.append(paras[last_para].end)
        said = text[paras[run[0].para].start : ends[-1]]
        if not _is_transcript(text, run, ends) or _SPOKEN.search(said) is None:
            continue
        run_start = paras[run[0].para].start
        for label, w_hi in zip(run, ends, strict=True):
            marked = text[label.words] in _OPEN_MARKS
            turns.append(
                Turn(
                    label.lo, label.hi, label.colon, label.words, w_hi, label.form, marked,
                    run_start,
                )
            )
    return turns


def _runs_on(text: str, paras: list[_Para], label: _Label) -> int:
    """The last paragraph of a run's closing turn: its own, and each unlabelled paragraph after
    it that reads as the same speaker's talk (first person, no quotation mark opening it, no
    reporter's "Trump said", no dateline, no note on the interview), a few at most."""
    k = label.para
    while k + 1 < len(paras) and k + 1 - label.para <= _MAX_ANSWER_PARAGRAPHS:
        para = paras[k + 1]
        line = text[para.start : para.end]
        if (
            _label(text, para, k + 1) is not None
            or line[:1] in _OPEN_MARKS
            or _TRAILER.match(line)
            or _DATELINE.match(line)
            or _NARRATION.search(line)
            or not _FIRST_PERSON.search(line)
        ):
            break
        k += 1
    return k


def _is_transcript(text: str, run: list[_Label], ends: list[int]) -> bool:
    labels = [" ".join(text[label.lo : label.hi].split()) for label in run]
    if len(run) < 2 or len(set(labels)) < 2:
        return False
    forms = {label.form for label in run}
    styles = {label.style for label in run}
    recurs = len(set(labels)) < len(labels)
    if "stop" in styles and not {"question", "answer"} <= forms:
        return False  # "A. Lincoln …" then "B. …" is a list of options
    if "cased" in styles:
        # Ordinary-case lines before a colon are common in prose and lists ("Tickets: $20");
        # a transcript shows itself by a speaker coming back.
        return recurs
    if forms <= {"question", "answer"}:
        return True
    if recurs or any(len(label.split()) > 1 for label in labels) or "answer" in forms:
        return True
    # Two one-word labels used once each: a transcript when one turn asks and the next
    # answers it in the first person, as an exchange does.
    for n in range(len(run) - 1):
        asked = text[run[n].words : ends[n]].rstrip()
        reply = text[run[n + 1].words : ends[n + 1]]
        if asked.endswith("?") and (_FIRST_PERSON.search(reply) or _REPLY.match(reply)):
            return True
    return False


def _opens_label(text: str, para: _Para) -> bool:
    """Whether ``para`` opens with a capital or Q&A label, field labels included."""
    return any(p.match(text, para.start, para.end) for p in (_LABEL, _QA_STOP))


def _is_question(text: str, para: _Para) -> bool:
    line = text[para.start : para.end]
    return (
        line.endswith("?")
        and not _opens_label(text, para)
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
                labelled = labelled or _opens_label(text, paras[j])
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
