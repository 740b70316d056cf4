"""The tense around a date in news text, from the words near it.

:func:`guess_tense` says whether a month or day without a year lies before the publication
date ("past"), after it ("future"), names a scheduled event ("event", "event-past"), or cannot
be told (None); :mod:`.date_rules` turns that into a year. Hand-written because the date finder
runs on plain text: nothing here needs a parse, and the cues are the ones news style relies on
(auxiliaries, reporting verbs, "since", "ago", "will").
"""

from __future__ import annotations

import re

__all__ = ["PAST_CUE", "guess_tense"]

# a month name, as :data:`.date_rules.MONTH_CORE` spells it (kept here: date_rules imports us)
_MONTH = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])", re.IGNORECASE)


_FUTURE = re.compile(
    r"^(?:will|[a-z]*'ll|shall|going|due|scheduled|expected|expects?|plans?|planned|set|upcoming|next|"
    r"coming|would|to|intends?|hopes?|aims?|wants?|wo|likely|forecast|forecasts|projected|predicted|"
    r"could|might|"
    # the present tense of a scheduled event: "talks begin Monday", "he visits on Friday"
    r"begins?|starts?|opens?|meets|arrives|holds|resumes|kicks|heads|travels|visits|hosts|"
    r"convenes|ends|closes|leaves|returns|lands)$", re.IGNORECASE)
#: a word that puts the sentence around it in the past ("said", "ago", any "-ed"
#: verb); also read by :mod:`.pubdate` for a weekday told after the event
PAST_CUE = re.compile(
    r"^(?:since|ago|last|was|were|had|did|said|says|earlier|previous|former|took|began|came|"
    r"went|met|held|made|fell|rose|grew|saw|told|won|lost|left|spent|paid|sent|gave|wrote|"
    r"spoke|ran|brought|thought|found|knew|became|chose|drew|sold|stood|struck|bought|caught|"
    # "Ted" and "Fred" are names, "Asked" opens a sentence
    r"felt|heard|meant|threw|shot|(?-i:[a-z]+ed|[A-Z][a-z]{2,}ed))$",
    re.IGNORECASE)
# a sentence may end inside its closing quote: 'inner cities.'' On a campaign swing'
# ... but not after a title: "In January, Ms. Donhauser will move" is one sentence
_SENTENCE_END = re.compile(
    r"(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bGen)"
    r"[.!?\n]['\"’”]*\s")
# a participle after these is an adjective or passive, not a verb in the past: "a contested
# convention", "is well positioned", "are scheduled", "the last of the primaries"
_NOT_A_VERB_BEFORE = {"a", "an", "the", "well", "is", "are", "am", "be", "been", "being"}


# Scheduled events a month or day is written beside ("the Nov. 8 election", "the convention in
# July", "November's general election"): the sentence's tense is often about something else
# ("Cruz admitted ... looking to the February 20 primary"); news writes about the coming one,
# or one just held.
_EVENTS = (r"(?:elections?|primary|primaries|caucus(?:es)?|conventions?|referendum|run-?offs?"
           r"|contests?|polls|votes?|voting|inauguration|summit)")
_EVENT_AFTER = re.compile(rf"(?:['’]s)?\s+(?:[a-z]+[\s-]+)?{_EVENTS}\b", re.IGNORECASE)
_EVENT_BEFORE = re.compile(rf"(?<![-\w]){_EVENTS}\s+(?:(?:in|on|of|for)\s+)?$", re.IGNORECASE)


def guess_tense(text: str, start: int, end: int) -> str | None:
    """"past", "future", None, or for a month or day naming a scheduled event ("the November
    election", "the convention in July") "event" or "event-past", for the date at
    ``text[start:end]``.

    The tense comes from the nearest cue word: looks back through the sentence first (the
    nearest cue wins: "will ... since his re-election in March" is past), then forward.
    """
    tense = _cue_tense(text, start, end)
    if _MONTH.search(text, start, end) and (
            _EVENT_AFTER.match(text, end)
            or _EVENT_BEFORE.search(text, max(0, start - 30), start)):
        return "event-past" if tense == "past" else "event"
    return tense


def _cue_tense(text: str, start: int, end: int) -> str | None:
    left = text[max(0, start - 300):start]
    cut = [m.end() for m in _SENTENCE_END.finditer(left)]
    left = left[cut[-1]:] if cut else left
    # words quoted have their own tense: 'then boomed: “Let’s defeat her in November.”'
    opened = max(left.rfind("“"), left.rfind('"') if left.count('"') % 2 else -1)
    quoted = opened >= 0 and "”" not in left[opened:]
    if quoted:
        left = left[opened + 1:]
    words = _words(left)
    for i in range(len(words) - 1, -1, -1):
        found = _cue(words, i)
        if found:
            return found
    right = text[end:end + 200]
    stop = _SENTENCE_END.search(right)
    right = right[:stop.start()] if stop else right
    # ... and a quote opening after the date speaks for itself ('in July, RT is "providing a
    # perspective you won't get"')
    right = re.split(r"[”“\"]|''", right, maxsplit=1)[0]
    words = _words(right)[:8]
    for i in range(len(words)):
        found = _cue(words, i)
        if found:
            return found
    return None


# "won’t" is one word, not "won" (curly apostrophes are the norm in edited copy)
_WORD_RE = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|['’][A-Za-z]+")
_NOT_PAST = {"need", "red", "bed", "speed", "led"}
# after "be" a participle is passive and the auxiliary before it gives the tense: "will be
# held in July" is future, "was held in July" past
_BE = {"be", "been", "being"}


def _words(text: str) -> list[str]:
    return [w.replace("’", "'") for w in _WORD_RE.findall(text)]


_NEGATED = {"won't": "future", "wouldn't": "future", "didn't": "past", "wasn't": "past",
            "weren't": "past", "hadn't": "past", "hasn't": "past", "haven't": "past"}


def _cue(words: list[str], i: int) -> str | None:
    word = words[i]
    low = word.lower()
    if low in _NEGATED:
        return _NEGATED[low]
    if low == "reached" and i >= 2 and words[i - 1].lower() == "be" and words[i - 2].lower() in (
            "not", "couldn't"):
        return "past"  # "could not be reached for comment Saturday": the reporting idiom
    if _FUTURE.match(word) and low != "to" and not (
            low == "going" and (i + 1 >= len(words) or words[i + 1].lower() != "to")):
        return "future"  # "going from 40 percent" is no future, "going to" is
    if PAST_CUE.match(word) and low not in _NOT_PAST and not (
            i and words[i - 1].lower() in _NOT_A_VERB_BEFORE):
        return "past"
    return None
