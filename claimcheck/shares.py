"""Shares of a group written as fractions: "two-thirds of Republicans", "half the budget",
"one in five adults", "three out of four voters", "nine in 10 Americans", "a majority of".

:func:`find_shares` returns each with its span (the fraction itself, as "52%" is the span of
"52% of voters"), numerator and denominator, hedge and the group it is a share of; the values
stage turns them into percent claims with the interval of :func:`claimcheck.hedges.share_interval`.

What is a share here: a fraction *of* something countable ("half of voters", "a quarter of
the budget", "half the country") or a ratio before a group ("one in five adults"). What is
not: a fraction of a length of time ("half an hour", "a quarter of a century", "the first half
of 2023": periods, not shares), of a number ("half a million" is a number), a fraction with
no group after it ("cut in half", "a two-thirds majority": the latter is a threshold a rule
sets, not a measured share, so it is left out), parts of words ("halfway", "half-brother"),
and ordinals ("the third quarter").

Hand-written because no number library reads a share as a percentage: they give "two-thirds"
as 0.667 or drop it, and none knows "one in five adults" is 20% of adults.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import hedges as H
from .number_tables import ORDINAL_WORDS, NumberSpan
from .numbers import find_numbers
from .poll_words import POLL_NAMED

__all__ = ["Share", "find_shares", "group_after"]


@dataclass(frozen=True)
class Share:
    """A share in text: ``text[start:end]`` states ``numerator/denominator`` of a group.

    ``bound`` is "above" for "a majority" (more than half) and "below" for "a minority";
    ``group_start``/``group`` locate the first word of what it is a share of ("voters"), or
    are None when the text leaves the group out ("More than half said").
    """

    start: int
    end: int
    numerator: float
    denominator: float
    hedge: str | None
    hedge_start: int | None
    group: str | None
    group_start: int | None
    bound: str | None = None


_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9}
_DENOMINATORS = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4,
                 **{w: v for w, v in ORDINAL_WORDS.items() if 3 <= v <= 10},
                 **{w + "s": v for w, v in ORDINAL_WORDS.items() if 3 <= v <= 10}}
# The gate: the share patterns run only at an occurrence of one of these words (a handful
# per article), never at every word; ratio shares come from numbers already found.
_GATE = re.compile(
    r"\b(?:half|halves|quarters?|thirds?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?"
    r"|majority|minority)\b",
    re.IGNORECASE,
)
# What comes before the fraction word: its numerator ("two-", "a ", "one "), or nothing
# for "half".
_NUMERATOR_BEFORE = re.compile(rf"\b(?P<num>{'|'.join(_SMALL)})(?:\s*-\s*|\s+)$", re.IGNORECASE)
# A fraction that is part of a period or a place, not a share: "the first half of", "the
# other half", "the back half", "the first three-quarters of his report".
_NOT_SHARE_BEFORE = re.compile(
    rf"\b(?:the|this|its|their|{'|'.join(ORDINAL_WORDS)}|last|latter|former|other|back"
    r"|front|top|bottom|upper|lower|second|opening|closing)\s+$|[-/]$",
    re.IGNORECASE,
)
# "a decade and a half", "two and a quarter": a mixed number, unless a share comes before
# the "and" ("between a quarter and a third of voters")
_AND_BEFORE = re.compile(r"\b(?!(?:half|quarter|third|fifth)s?\s)\w+\s+and\s+$", re.IGNORECASE)
_DETERMINERS = r"(?:the|all|its|their|his|her|our|my|your|those|these|this|that|such|some)"
# "of" and what the share is of; "half" alone may also take a determiner straight after it.
_OF = re.compile(
    rf"\s+of\s+(?:(?:{_DETERMINERS}|an?)\s+)?(?:[\d,.]+\s+)?(?P<group>[A-Za-z][\w'’.-]*)",
    re.IGNORECASE,
)
_HALF_THE = re.compile(rf"\s+{_DETERMINERS}\s+(?:[\d,.]+\s+)?(?P<group>[A-Za-z][\w'’.-]*)",
                       re.IGNORECASE)
# The majority words a share bound may carry; "vast", "overwhelming" and "large" majorities
# say more than half without saying how much more, so they are not read at all.
_MAJORITY_BEFORE = re.compile(r"\b(?:a|the)\s+(?:(?:slim|narrow|bare|simple|clear)\s+)?$",
                              re.IGNORECASE)
# Whole numbers and lengths of time are no group a share is of.
_NOT_GROUPS = {
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
    "minute", "minutes", "second", "seconds", "decade", "decades", "century", "centuries",
    "season", "seasons", "term", "quarter", "half", "period", "game", "match", "inning",
    "innings", "way", "time", "times", "distance", "mile", "miles", "hundred", "thousand",
    "million", "billion", "trillion", "dozen", "percent", "per", "cent", "point", "points",
    "morning", "afternoon", "evening", "night", "session", "semester", "millennium",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "fiscal", "calendar", "one", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "ten", "it", "much", "many", "again", "as",
    # a bound written after ("2 in 5 or more") is read with the figure, not as its group
    "or", "and", "to", "than",
    # idioms: "only half the story", "half the battle" state no share of anything countable
    "story", "battle", "fun", "picture", "equation", "problem", "truth",
    # a ratio of two measures ("about half the size of Pfizer") is no share of a group
    "size", "length", "height", "weight", "price", "cost", "speed", "rate", "level", "value",
    "peak", "high", "record", "what",
}  # fmt: skip
_YEAR = re.compile(r"(?:1[89]|20)\d\d$")
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)|\n")
# Poll stories often leave the group out: "More than half said", "a majority say", "a third
# who". A verb of saying, thinking or choosing right after the fraction makes it a share of
# the people polled; other verbs ("half went", "cut in half") do not.
_POLL_VERB = re.compile(
    r"\s+(?:said|say|says|saying|think|thinks|thought|believe[sd]?|want(?:s|ed)?|support(?:s|ed)?"
    r"|favou?r(?:s|ed)?|oppose[sd]?|agree[sd]?|disagree[sd]?|approve[sd]?|disapprove[sd]?"
    r"|prefer(?:s|red)?|expect(?:s|ed)?|backed|voted|chose|viewed|described|told|reported"
    r"|identified|who)\b",
    re.IGNORECASE,
)
# "More than half — 52 percent — said", "nearly half (48 percent) say": the exact figure
# set aside between the share and its verb
_ASIDE = r"(?:\s*(?:[—―–]|--|\s-)\s*[^—―–\n]{1,25}?\s*(?:[—―–]|--|-\s)|\s*\([^()\n]{1,25}\))?"
_POLL_VERB_AFTER = re.compile(_ASIDE + _POLL_VERB.pattern, re.IGNORECASE)
# After a poll is named, any verb right after a bare fraction makes it a share of those
# polled ("In the new poll, nearly half would vote for Clinton", "a third were undecided");
# elsewhere "half are made in China" says nothing of people polled and is left out.
_ANY_VERB = re.compile(
    _ASIDE + r"\s+(?:would|will|are|were|is|was|have|has|had|do|did|don['’]t|didn['’]t|could|"
    r"should|can|plan(?:s|ned)?|consider(?:s|ed)?|rate[sd]?|gave|give|named|picked|called|"
    r"see|saw|feel|felt|remain(?:s|ed)?|lean(?:s|ed)?|still|now|also)\b", re.IGNORECASE)
_IN_BEFORE = re.compile(r"\bin\s+$", re.IGNORECASE)
_RATIO_TEXT = re.compile(r"(?P<a>.+?)\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<b>.+)$",
                         re.IGNORECASE | re.DOTALL)
_RATIO_EVERY = re.compile(r"\s+(?:in|out\s+of)\s+every\s+$", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"(?<![.!?:;\"“]\s)(?<!^)\b[A-Z][\w.-]*\s+$")
_AFTER_RATIO = re.compile(
    rf"\s+(?:of\s+)?(?:(?:{_DETERMINERS})\s+)?(?P<group>[A-Za-z][\w'’.-]*)", re.IGNORECASE)


def _group(m: re.Match[str] | None) -> tuple[str, int] | None:
    """The group word a share is of, or None when it is a time, a number or a year."""
    if m is None:
        return None
    word = m.group("group")
    if word.lower().rstrip(".") in _NOT_GROUPS or _YEAR.match(word):
        return None
    return word, m.start("group")


def _polled(text: str, end: int, start: int | None = None) -> tuple[None, None] | None:
    """(None, None) when a verb of the people polled follows ("half said"), or, with the
    share's ``start`` given, any verb after a poll named earlier in the paragraph or the
    sentence before: a share whose group is not named; None otherwise."""
    if _POLL_VERB_AFTER.match(text, end):
        return None, None
    if start is None or not _ANY_VERB.match(text, end):
        return None
    # the poll may be named before the share or later in its sentence ("…, the poll shows")
    lo = max(text.rfind("\n", 0, start) + 1, start - 400)
    stop = _SENTENCE_STOP.search(text, end, end + 300)
    hi = stop.start() if stop else min(len(text), end + 300)
    return (None, None) if POLL_NAMED.search(text, lo, hi) else None


def group_after(text: str, end: int) -> tuple[str, int] | None:
    """The group a figure ending at ``end`` is a share of ("52%" → "voters" in "52% of
    voters"), as (the group's first word, its start), or None."""
    return _group(_OF.match(text, end))


def _word_shares(text: str, taken: list[tuple[int, int]]) -> list[Share]:
    out: list[Share] = []
    for g in _GATE.finditer(text):
        word = g.group().lower()
        before = text[max(0, g.start() - 20):g.start()]
        if word in ("majority", "minority"):
            lead = _MAJORITY_BEFORE.search(before)
            found = _group(_OF.match(text, g.end())) or _polled(text, g.end())
            if lead is None or found is None:
                continue
            start = g.start() - (len(before) - lead.start())
            out.append(_share(text, start, g.end(), 1, 2, found,
                              bound="above" if word == "majority" else "below"))
            continue
        den = _DENOMINATORS[word]
        num_m = _NUMERATOR_BEFORE.search(before)
        if num_m is not None:
            num = _SMALL[num_m.group("num").lower()]
            plural = word.endswith("s")
            # "a third", "two thirds", "one half": a plural after one, or a singular after
            # more than one, is no fraction ("one quarters", "two third")
            if plural != (num > 1) or num >= den:
                continue
            start = g.start() - (len(before) - num_m.start())
        elif word == "half":
            num, start = 1, g.start()
        else:
            continue
        prefix = text[max(0, start - 20):start]
        mixed = num_m is not None and num_m.group("num").lower() in ("a", "an")
        if _NOT_SHARE_BEFORE.search(prefix) or (mixed and _AND_BEFORE.search(prefix)):
            continue  # "the first half of", "a decade and a half of", "one-and-a-half"
        found = _group(_OF.match(text, g.end()))
        if found is None and word == "half" and num_m is None:
            found = _group(_HALF_THE.match(text, g.end()))
        if found is None and not _IN_BEFORE.search(prefix):
            found = _polled(text, g.end(), start)
        if found is None:
            continue
        out.append(_share(text, start, g.end(), num, den, found))
    return [s for s in out if not any(s.start < e and b < s.end for b, e in taken)]


def _ratio_shares(text: str, numbers: list[NumberSpan]) -> list[Share]:
    """ "one in five adults", "3 out of 4 voters", "one in every five": a ratio before a group."""
    out: list[Share] = []
    for i, n in enumerate(numbers):
        parts: tuple[float, float] | None = None
        if n.fraction and not n.ordinal:
            m = _RATIO_TEXT.match(text, n.start, n.end)
            if m and m.end() == n.end:
                a, b = find_numbers(m.group("a")), find_numbers(m.group("b"))
                if len(a) == 1 and len(b) == 1:
                    parts = (a[0].value, b[0].value)
            end = n.end
        elif i + 1 < len(numbers) and _RATIO_EVERY.fullmatch(text, n.end, numbers[i + 1].start):
            parts, end = (n.value, numbers[i + 1].value), numbers[i + 1].end
        if parts is None:
            continue
        num, den = parts
        if not (float(num).is_integer() and float(den).is_integer() and 0 <= num <= den
                and den >= 2):
            continue
        found = _polled(text, end) or _group(_AFTER_RATIO.match(text, end))
        if found is None or (_NAME_BEFORE.search(text, max(0, n.start - 30), n.start) and (
                text[n.start].isupper())):
            continue  # "Uranium One in three transactions": a name's "One" is no numerator
        out.append(_share(text, n.start, end, num, den, found))
    return out


def _share(text: str, start: int, end: int, num: float, den: float,
           found: tuple[str, int] | tuple[None, None], *, bound: str | None = None) -> Share:
    hedge = H.hedge_before(text, start) if bound is None else None
    return Share(start, end, num, den, hedge[1] if hedge else None, hedge[0] if hedge else None,
                 found[0], found[1], bound)


def find_shares(text: str, numbers: list[NumberSpan]) -> list[Share]:
    """Every share of a group in ``text``, in text order, without overlaps.

    ``numbers`` are :func:`claimcheck.numbers.find_numbers` of the same text (ratios such as
    "one in five" are read from them). Never raises on odd input.
    """
    ratios = _ratio_shares(text, numbers)
    words = _word_shares(text, [(r.start, r.end) for r in ratios])
    return sorted([*ratios, *words], key=lambda s: s.start)
