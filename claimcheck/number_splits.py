"""Figures news writes in pairs and lists without a unit: poll splits ("Rubio tops Clinton
41-40", "leads 45 to 40", "(35-30)"), ratios ("by nearly 3-to-1", "by 2-1", "a 2-to-1
margin"), tallies ("Donald Trump 384, Sen. Ted Cruz 300, Rubio 151, and Kasich 37") and
bands of ten ("approval has risen to the low 50s").

:func:`find_splits` is the part of :func:`claimcheck.values.parse_values` that reads them. The
rules follow how political copy writes them:

- A **poll split** is two bare whole numbers up to 100 joined by a hyphen, a dash or "to",
  written after a word of contest ("tops", "leads", "beats", "ties ... at", "vs.") or inside
  parentheses, in a paragraph that speaks of a poll ("poll", "survey", "points", "matchup",
  "voters"; the words are :mod:`claimcheck.poll_words`, shared with the percent-signed
  splits of :mod:`claimcheck.value_measures`). Each figure is a share in percent, the unit
  being understood. A game's score, a vote ("the Senate voted 52-48", "a 5-4 ruling") and
  a won/lost record are no split.
- A **ratio** is "N-to-M" (always, but for a vote: "a 5-to-4 decision"), or "N-M" / "N to
  M" with small terms after "by" ("won by 2-1"), after "outnumber X" or as "more than 2-1":
  one quantity N/M with unit "ratio", hedged as written ("nearly").
- A **tally** is two or more "Name Number" items in one comma list, after a tally noun in
  the same sentence ("delegate count", "votes", "seats"): each number is a count of that
  noun; after a poll word instead, and all up to 100, each is a share in percent.
- A **band** ("the low 50s", "the mid-20s", "the 30s") on a line that speaks of ratings,
  polls or percents is a share between its ends: the low, mid and upper thirds of the ten,
  or the whole ten.
"""

from __future__ import annotations

import re

from . import hedges as H
from .models import Measure
from .number_tables import UNITS
from .poll_words import POLL_TALK, paragraph_around, split_lead
from .value_measures import MONTH_BEFORE, ValueMatch, clean, measure

__all__ = ["find_splits"]

_PAREN_BEFORE = re.compile(r"\(\s*$")
_PAREN_AFTER = re.compile(r"\s*\)")
# a game's score, a vote of a body or a court, a won/lost record: tallies of other things
_NOT_POLL = re.compile(
    r"\b(?:scored?|scores|game|games|match|innings?|halftime|season|inning|overtime|set|sets|"
    r"voted|vote|votes|voting|ruling|ruled|decision|jury|panel|court|justices|senators|"
    r"Senate|House|committee|council|board|record|won|win|wins|lost|loss|losses|bill)\b",
    re.IGNORECASE)
_PAIR = re.compile(
    r"(?<![\w.,$£€%/-])(?P<a>\d{1,3})(?P<sep>\s*[-–—]\s*|\s+to\s+)(?P<b>\d{1,3})"
    r"(?![\w%]|[.,]\d|[-–—/]\d|\s*(?:%|percent\b|per\s*cent\b|percentage\b|points?\b|pp\b))",
    re.IGNORECASE)
_SMALL_WORDS = {w: v for w, v in UNITS.items() if 1 <= v <= 12}
_WORDS = "|".join(_SMALL_WORDS)
_RATIO = re.compile(
    rf"(?<![\w.,$-])(?P<a>\d{{1,3}}|{_WORDS})(?:-to-|\s+to\s+)(?P<b>\d{{1,3}}|{_WORDS})\b"
    r"(?![-–]\w)", re.IGNORECASE)
_BY_BEFORE = re.compile(r"\bby\s+(?:a\s+)?$", re.IGNORECASE)
# "led Sanders more than 2-1": a bound before "N-1" makes it a ratio too
_MORE_BEFORE = re.compile(r"\b(?:more\s+than|better\s+than|nearly|almost|roughly|about)\s+$",
                          re.IGNORECASE)
# "Democrats outnumber GOPers 3-1": how many times one group counts the other
_OUTNUMBER = re.compile(r"\boutnumber(?:s|ed|ing)?\s+(?:[\w'’.-]+\s+){1,4}(?:by\s+)?(?:a\s+)?$",
                        re.IGNORECASE)
_TALLY_AFTER = re.compile(r"[\s\w-]{0,16}?\b(?:votes?|decisions?|rulings?|ties?|verdicts?|"
                          r"majority|split)\b", re.IGNORECASE)
_AGES_BEFORE = re.compile(r"\b(?:ages?|aged|between|from|grades?)\s+$", re.IGNORECASE)
_RATIO_NOUN = re.compile(r"\s+(?:margin|ratio|edge|advantage|lead|odds|majority)\b",
                         re.IGNORECASE)
_TALLY_ITEM = re.compile(
    r"(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*[a-z][\w'’-]*)\s+"
    r"(?P<num>\d{1,3}(?:,\d{3})*|\d+)(?=\s*(?:[,;.]|\s+and\b|$))")
_TALLY_GAP = re.compile(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+")
_TALLY_NOUN = re.compile(
    r"\b(?P<noun>delegates?|votes?|seats?|electors?|electoral\s+votes?|endorsements?|"
    r"superdelegates?)\b", re.IGNORECASE)
_SENTENCE_START = re.compile(r"[.!?]\s+(?=[A-Z\"“])|\n")


def _value(word: str) -> int:
    return int(word) if word.isdigit() else _SMALL_WORDS[word.lower()]


# How far around a figure its paragraph is read: news paragraphs are far shorter, and a page
# scraped as one unbroken line must not make every figure read the whole text.
_REACH = 1500


def _sentence_before(text: str, start: int) -> str:
    lo = max(text.rfind("\n", 0, start) + 1, start - _REACH)
    stretch = text[lo:start]
    stops = list(_SENTENCE_START.finditer(stretch))
    return stretch[stops[-1].end():] if stops else stretch


def _ratios(text: str) -> list[ValueMatch]:
    out: list[ValueMatch] = []
    for m in _RATIO.finditer(text):
        spelled = "-to-" in m.group().lower()
        by = _BY_BEFORE.search(text, max(0, m.start() - 12), m.start())
        a, b = _value(m.group("a")), _value(m.group("b"))
        # "a 2-to-1 margin", "by 3 to 1": a ratio; "from 5 to 7" is a range, no ratio
        if not (spelled or (by and b <= 10 and a <= 20)) or b == 0 or a < b:
            continue
        if not spelled and not (by or _RATIO_NOUN.match(text, m.end())):
            continue
        if _TALLY_AFTER.match(text, m.end()):
            continue  # "a 5-to-4 vote", "a 4-to-4 tie": a count of votes, no ratio
        out.append(_ratio(text, m.start(), m.end(), a, b))
    for m in _PAIR.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if "to" in m.group("sep").lower() or not (_BY_BEFORE.search(
                text, max(0, m.start() - 12), m.start()) or (int(m.group("b")) == 1 and (
                    _MORE_BEFORE.search(text, max(0, m.start() - 16), m.start())))
                or _OUTNUMBER.search(text, max(0, m.start() - 60), m.start())):
            continue
        if b <= 10 and a <= 20 and a >= b > 0:  # "by 2-1": a ratio; "by 52-48" is a split
            out.append(_ratio(text, m.start(), m.end(), a, b))
    return out


def _ratio(text: str, start: int, end: int, a: int, b: int) -> ValueMatch:
    found = H.hedge_before(text, start)
    if found is None and (by := _BY_BEFORE.search(text, max(0, start - 12), start)):
        found = H.hedge_before(text, by.start())  # "nearly by 3-to-1" is rarer than "by nearly"
    hedge = found[1] if found else None
    value = measure(a / b, 1 / b, hedge, unit="ratio")
    return ValueMatch(start, end, "quantity", value, hedge=hedge,
                      hedge_start=found[0] if found else None)


def _splits(text: str, taken: list[tuple[int, int]]) -> list[ValueMatch]:
    out: list[ValueMatch] = []
    for m in _PAIR.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        a, b = int(m.group("a")), int(m.group("b"))
        if a > 100 or b > 100 or (b == 1 and a <= 10) or MONTH_BEFORE.search(
                text, max(0, m.start() - 12), m.start()) or _AGES_BEFORE.search(
                text, max(0, m.start() - 20), m.start()):
            continue  # "2-1" is a ratio, "May 13-22" days of a month, "ages 18 to 39" ages
        # a contest word in the clause before ("Rubio tops Clinton 41-40"), or parentheses
        lead = split_lead(text, m.start(), reach=50, stops=".;!?()\n")
        paren = _PAREN_BEFORE.search(text, max(0, m.start() - 60), m.start()) and (
            _PAREN_AFTER.match(text, m.end()))
        if not (paren or lead):
            continue
        clause = lead.string[lead.start():] if lead else text[max(0, m.start() - 20):m.start()]
        if _NOT_POLL.search(clause):
            continue
        if not POLL_TALK.search(paragraph_around(text, m.start(), m.end(), reach=_REACH)):
            continue
        for start, end, v in ((m.start("a"), m.end("a"), a), (m.start("b"), m.end("b"), b)):
            out.append(ValueMatch(start, end, "percent", measure(v, 1, unit="%")))
    return out


def _tallies(text: str) -> list[ValueMatch]:
    out: list[ValueMatch] = []
    pos = 0
    while (m := _TALLY_ITEM.search(text, pos)) is not None:
        run = [m]
        while (gap := _TALLY_GAP.match(text, run[-1].end())) and (
                nxt := _TALLY_ITEM.match(text, gap.end())):
            run.append(nxt)
        pos = run[-1].end()
        if len(run) < 2:
            continue
        lead = _sentence_before(text, m.start())
        noun = _TALLY_NOUN.search(lead)
        values = [int(r.group("num").replace(",", "")) for r in run]
        if noun is not None:
            counted = noun.group("noun").lower().split()[-1].removesuffix("s")
            for r, v in zip(run, values, strict=True):
                out.append(ValueMatch(r.start("num"), r.end("num"), "count", measure(v, 1),
                                      counted=counted, owner=r.span("name")))
        elif POLL_TALK.search(lead) and all(v <= 100 for v in values):
            for r, v in zip(run, values, strict=True):
                out.append(ValueMatch(r.start("num"), r.end("num"), "percent",
                                      measure(v, 1, unit="%"), owner=r.span("name")))
    return out


# "risen to the low 50s", "dipped into the mid-20s", "remains in the 30s": a poll figure given
# as a band of ten; an age ("in her 50s") or an era ("the 1950s", "the '90s") is none
_BAND = re.compile(
    r"(?<![\w'’])(?P<lead>the\s+)(?:(?P<part>low|lower|mid|middle|high|upper)[\s-]+|mid-)?"
    r"(?P<tens>[1-9]0)s\b", re.IGNORECASE)
_BAND_CONTEXT = re.compile(
    rf"{POLL_TALK.pattern}|\b(?:support|unemployment|share|vote)\b|%", re.IGNORECASE)
_THIRDS = {"low": 0, "lower": 0, "mid": 1, "middle": 1, "high": 2, "upper": 2}


def _bands(text: str) -> list[ValueMatch]:
    out: list[ValueMatch] = []
    for m in _BAND.finditer(text):
        if not _BAND_CONTEXT.search(paragraph_around(text, m.start(), m.end(), reach=_REACH)):
            continue
        tens = int(m.group("tens"))
        part = (m.group("part") or ("mid" if "mid-" in m.group().lower() else "")).lower()
        if part:
            third = _THIRDS[part]
            low, high = tens + 10 * third / 3, tens + 10 * (third + 1) / 3
        else:
            low, high = float(tens), tens + 10.0
        value = Measure(value=clean((low + high) / 2) or 0, low=clean(low), high=clean(high),
                        unit="%")
        out.append(ValueMatch(m.end("lead"), m.end(), "percent", value, is_range=True))
    return out


def find_splits(text: str) -> list[ValueMatch]:
    """Poll splits, ratios and tallies in ``text``, in text order, without overlaps.

    Each figure of a split or a tally is its own value (percent, or count for a tally of
    delegates, votes or seats); a ratio is one quantity with unit "ratio". Never raises.
    """
    ratios = _ratios(text)
    taken = [(r.start, r.end) for r in ratios]
    found = [*ratios, *_splits(text, taken), *_tallies(text), *_bands(text)]
    out: list[ValueMatch] = []
    for vm in sorted(found, key=lambda v: (v.start, -(v.end - v.start))):
        if not out or vm.start >= out[-1].end:
            out.append(vm)
    return out
