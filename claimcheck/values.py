"""Numbers, money, percentages, quantities, counts, ordinals, dates and durations → typed values.

:func:`parse_values` reads plain text (no parse needed) and returns every value expression
with its span, kind, typed value (the shapes of :mod:`claimcheck.models`) and hedge. The
claims stage runs the same function over a document and adds what needs the parse (subject,
predicate, scope, attribution).

The interval of a measure comes from the stated precision (half a unit of the last
significant digit) and the hedge, by the table in :mod:`claimcheck.hedges`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS

from . import hedges as H
from .dates import DateSpan, DurationSpan, find_dates
from .models import DurationValue, Measure, Ordinal
from .number_splits import find_splits
from .numbers import NumberSpan, Occupied, find_numbers, find_ordinals
from .sentence_ends import ABBREVIATIONS
from .shares import Share, find_shares, group_after
from .value_measures import ValueMatch, clean, measure, measures

__all__ = ["ValueMatch", "measure", "parse_values"]


# Words after a number that show it is not a count of things.
_NOT_COUNTED = {
    "of", "and", "or", "to", "in", "on", "at", "for", "by", "from", "with", "the", "a", "an",
    "is", "was", "were", "are", "be", "been", "has", "had", "have", "will", "would", "that",
    "this", "as", "than", "per", "times", "time", "another", "other", "others", "day", "o",
    "am", "pm", "a.m.", "p.m.", "gmt", "utc", "it", "he", "she", "they", "we", "i", "you",
    "which", "who", "but", "so", "if", "while", "when", "where", "after", "before", "since",
    "over", "under", "up", "down", "out", "into", "about", "around", "said", "says",
}
_PHONE = re.compile(r"(?:\+\d{1,3}[\s-]?)?(?:\(\d{2,4}\)\s?|\d{2,4}[\s.-])\d{3,4}[\s.-]\d{3,4}"
                    r"(?:[/-]\d{2,4})*")
_TIME = re.compile(
    r"\b\d{1,2}:\d{2}\b|\b\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])"
    r"|\b\d{1,4}(?::\d{2})?\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|ET|PT|local\s+time)\b",
    re.I,
)


def parse_values(
    text: str,
    *,
    date: dt.date | None = None,
    tense: Callable[[int, int], str | None] | None = None,
) -> list[ValueMatch]:
    """Every value expression in ``text``, in text order, without overlaps.

    ``date`` is the publication date relative dates resolve against (None: they get timex
    null); ``tense`` optionally overrides the tense guessed for a date (see
    :func:`claimcheck.dates.find_dates`). Never raises on odd input.
    """
    out: list[ValueMatch] = []
    occupied = Occupied()
    free = occupied.free

    blocked = [(m.start(), m.end()) for m in _PHONE.finditer(text)]
    blocked += [(m.start(), m.end()) for m in _TIME.finditer(text)]
    no_go = Occupied()
    merged: list[list[int]] = []
    for s, e in sorted(blocked):
        if merged and s < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    for s, e in merged:
        no_go.take(s, e)
    numbers = [n for n in find_numbers(text) if no_go.free(n.start, n.end)]
    found_measures = measures(text, numbers)
    # Money and percentages first: "$2024" is money, not the year.
    for vm in found_measures:
        if vm.kind in ("money", "percent", "quantity") and free(vm.start, vm.end):
            out.append(vm)
            occupied.take(vm.start, vm.end)
    # poll splits, ratios and tallies carry no unit sign; read before dates and counts
    for vm in find_splits(text):
        if free(vm.start, vm.end) and no_go.free(vm.start, vm.end):
            out.append(vm)
            occupied.take(vm.start, vm.end)
    for span in find_dates(text, date=date, tense=tense):
        if not free(span.start, span.end):
            continue
        out.append(_date_match(text, span))
        occupied.take(span.start, span.end)
    # "one-quarter to one-third of workers" is one share range, not a share after a number
    share_ranges = [(vm.start, vm.end) for vm in found_measures
                    if vm.kind == "count" and vm.is_range and isinstance(vm.value, Measure)
                    and 0 < vm.value.value < 1]
    for share in find_shares(text, numbers):
        if free(share.start, share.end) and not any(
                s < share.end and share.start < e for s, e in share_ranges):
            out.append(_share_match(share))
            occupied.take(share.start, share.end)
    fractions = Occupied()
    for n in numbers:
        if n.fraction:
            fractions.take(n.start, n.end)
    for o in find_ordinals(text):
        if not free(o.start, o.end) or not fractions.free(o.start, o.end):
            continue
        ordinal = _ordinal(text, o)
        if ordinal is not None:
            out.append(ordinal)
            occupied.take(o.start, o.end)
    for vm in found_measures:
        if vm.kind == "count" and free(vm.start, vm.end) and _is_count(text, vm):
            out.append(_fraction_as_percent(text, vm))
            occupied.take(vm.start, vm.end)
    return sorted(out, key=lambda v: v.start)


def _share_match(share: Share) -> ValueMatch:
    """A share as a percent claim: "two-thirds" is 66.67% with the interval of the share table.

    "A majority" reads as "more than half" (value 50, interval (50, 100]) and "a minority" as
    "less than half": they bound a share without stating one, and the bound is what a
    reference figure can be checked against; the JSON has no field for "no point value".
    """
    hedge = {"above": "more than", "below": "less than"}.get(share.bound or "", share.hedge)
    low, high = H.share_interval(share.numerator, share.denominator, hedge)
    value = Measure(value=clean(100 * share.numerator / share.denominator) or 0,
                    low=clean(low), high=clean(high), unit="%")
    return ValueMatch(share.start, share.end, "percent", value, hedge=share.hedge,
                      hedge_start=share.hedge_start, counted=share.group,
                      group_start=share.group_start)


def _fraction_as_percent(text: str, vm: ValueMatch) -> ValueMatch:
    """A fraction kept as a figure that is a share of a group ("one-quarter to one-third of
    workers") is a percent: the same interval in percent, never past 100.

    Only a fraction *of* a group is a share, as for :mod:`claimcheck.shares`; one of no group
    ("above one quarter and below a half", "about half the size of") stays a figure unless
    it is a poll's tenths ("nearly four in 10 - 38 percent - who said" is 40%), and so
    does a slash fraction ("more than 1/2 of the people"): news writes shares in words or as
    "N in M", the slash is a formula's or a table's notation and often a date ("1/2" is 2
    January). Whole counts pass through unchanged.
    """
    m = vm.value
    # polls give shares as tenths ("four in 10"), often with no group after them
    ratio = re.search(r"\sin\s+(?:10|ten|100)$", text[vm.start:vm.end], re.I) is not None
    if (not isinstance(m, Measure) or not 0 < m.value < 1 or "/" in text[vm.start:vm.end]
            or (group_after(text, vm.end) is None and not ratio)):
        return vm
    high = 100.0 if m.high is None else min(100.0, 100 * m.high)
    low = None if m.low is None else 100 * m.low
    value = Measure(value=clean(100 * m.value) or 0, low=clean(low), high=clean(high),
                    unit="%")
    return replace(vm, kind="percent", value=value)


# Before a length of time "over" and "under" are often prepositions ("rose over three
# years"); they hedge it only after a word that takes a length ("took over 3 hours", "for
# under a year").
_PREPOSITION_HEDGES = {"over", "under", "some", "above", "below"}
_TAKES_LENGTH = re.compile(
    r"\b(?:took|take|takes|taking|lasted|lasts|last|lasting|for|spent|spend|spends|waited|"
    r"wait|after|in|within|of|served|serving|sentenced|jailed|spanning|spanned|ran|run|runs)\s+$",
    re.IGNORECASE,
)


def _date_match(text: str, span: DateSpan | DurationSpan) -> ValueMatch:
    found = H.hedge_before(text, span.start)
    if found and found[1].lower() in _PREPOSITION_HEDGES and not _TAKES_LENGTH.search(
            text, max(0, found[0] - 16), found[0]):
        found = None
    hedge = found[1] if found else None
    if isinstance(span, DateSpan):
        return ValueMatch(span.start, span.end, "date", span.value)
    days = span.days
    low, high = H.hedge_interval(days, span.step * days / span.amount if span.amount else 1, hedge)
    value = DurationValue(timex=span.timex, value=clean(days) or 0, low=clean(low),
                          high=clean(high))
    return ValueMatch(span.start, span.end, "duration", value, hedge=hedge,
                      hedge_start=found[0] if found else None)




# "the first 10 months", "the first two countries", "the last three elections" pick out some
# of a series, and "the third one" points back: neither ranks anything
_SELECTION = re.compile(
    r"\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|few|"
    r"several|one|ones)\b(?![-–]\w)", re.IGNORECASE)


def _ordinal(text: str, o: NumberSpan) -> ValueMatch | None:
    word = text[o.start:o.end]
    after = text[o.end:o.end + 30]
    before = text[max(0, o.start - 12):o.start]
    nxt = re.match(r"^[\s-]+([A-Za-z][\w-]*)", after)
    # "Fifth Avenue", "the 2nd Circuit", "101st Airborne": part of a name, not a claim.
    sentence_start = re.search(r"(?:^|[.!?\"“]\s*)$", before) is not None
    if nxt and nxt.group(1)[0].isupper() and (word[0].isupper() or word[0].isdigit()) and not (
            sentence_start and word[0].isalpha()):
        return None
    if re.match(r"^\s*(?:of\s+all|,)", after) and word.lower() == "first":
        return None
    if re.search(r"\b(?:at|a|per|split|every)\s+$", before, re.I) and word.lower() in (
            "first", "second"):
        return None
    if word.isalpha() and _SELECTION.match(after):
        return None
    counted = nxt.group(1).lower() if nxt else None
    return ValueMatch(o.start, o.end, "ordinal", Ordinal(value=int(o.value), counts=counted),
                      counted=counted)



_ADDRESS = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+){0,3}(?:Street|St|Avenue|Ave|Road|Rd|Way|Boulevard|Blvd|Lane|Ln|"
    r"Drive|Dr|Place|Pl|Square|Sq|Court|Ct|Parkway|Pkwy|Terrace|Plaza|Highway|Hwy)\b\.?"
)
_CAP_WORD = re.compile(r"(?P<pre>^|.)\s*(?P<w>[A-Z][A-Za-z]+)\s+$", re.S)
_FUNCTION_CAPS = {"In", "On", "At", "By", "Of", "The", "For", "From", "Since", "To", "And",
                  "About", "Over", "Some", "Nearly", "Almost", "Around", "Up", "More", "Less",
                  "Than", "Just", "Only", "With", "Between", "Another", "Roughly", "All",
                  "Last", "Those", "These", "Its", "His", "Her", "Their", "Our", "After"}


def _name_before(before: str) -> bool:
    """Whether a capitalised word other than a sentence opener comes just before."""
    m = _CAP_WORD.search(before)
    if not m or m.group("w") in _FUNCTION_CAPS or len(m.group("w")) < 2:
        return False
    return m.group("pre") not in ("", ".", "!", "?", "\"", "“", "\n")


# "three times as much", "a tenfold rise", "10 fold": a multiplier compares two amounts
_MULTIPLIER = re.compile(r"\s*(?:-?\s*fold\b|times\s+(?:as|more|less|fewer|higher|lower|larger|"
                         r"bigger|smaller|greater|the|that|this|what|his|her|their|its|over)\b)",
                         re.IGNORECASE)
# "for every 1,000 residents", "per thousand cubic feet": the base of a rate
_RATE_BASE = re.compile(r"\b(?:per|every|each)\s+$", re.IGNORECASE)
# A figure directly after a name is part of it, as after any capitalised word mid-sentence
# (_name_before: "the Russell 2000", "Forbes Global 2000"; "G20" is a code), and a number
# spelled with a capital after a capitalised word ("Formula One", "Air Force One").
# Two kinds of name the capital-word test cannot see: capitals joined by an ampersand ("the
# S&P 500", "S.&P. 500", "AT&T 5"), and a capitalised abbreviation whose stop ends no
# sentence ("the Inc. 5000", "No. 1"; the one list of sentence_ends).
_AMPERSAND_NAME = re.compile(r"(?<![\w.])(?:[A-Z]\.?\s?)+&\s?(?:[A-Z]\.?\s?)*[A-Z]\.?\s*$")
_CAPITAL_BEFORE = re.compile(r"(?<![\w.])[A-Z][\w&'’-]*\s+$")
_ABBREVIATED_NAME = re.compile(r"(?<![\w.])(?P<w>[A-Z][a-z]{1,4})\.\s*$")
# A capitalised word opening a sentence (after a stop, a quotation mark or a line break, or
# at the text's start) right before a figure
_OPENING_WORD = re.compile(r"(?:^|[.!?\"“\n])\s*(?P<w>[A-Z][A-Za-z]+)\s+$")
# Function words, sentence adverbs and prepositions spaCy's English stop words leave out
# ("Overall 500 jobs", "Including 40 children", "Tonight 40 people"); "-wide" adverbs
# ("Nationwide 2,000 stores") are caught by their ending
_MORE_FUNCTION_WORDS = frozenset({"fewer", "today", "yesterday", "despite", "like", "near",
                                  "plus", "minus", "maybe", "tonight", "tomorrow", "overall",
                                  "including", "excluding", "counting", "combined",
                                  "altogether", "meanwhile", "elsewhere", "roughly"})


def _figure_name(before: str, span: str) -> bool:
    """Whether the figure ``span`` after ``before`` is part of a name."""
    if _AMPERSAND_NAME.search(before):
        return True
    if span[:1].isupper() and _CAPITAL_BEFORE.search(before):
        return True  # "Formula One", "Air Force One": a number capitalised after a name's word
    m = _ABBREVIATED_NAME.search(before)
    return m is not None and m.group("w").lower() in ABBREVIATIONS


def _opening_name(text: str, start: int, span: str) -> bool:
    """Whether the digits ``span`` at ``start`` follow a name's word that opens a sentence.

    A sentence opens with a figure, or with a function word or adverb before it ("About 270
    people", "With 38 delegates", "Nearly 10,000 jobs"); any other word right before digits
    at a sentence's start is a name's ("Fortune 500 companies pay", "Apollo 11 landed",
    "Article 33 affirms"). Spelled numbers ("Ground zero") are left to the other rules.
    """
    if not span[:1].isdigit():
        return False
    lo = max(0, start - 40)
    m = _OPENING_WORD.search(text, lo, start)
    if m is None:
        return False
    word = m.group("w").lower()
    return not (
        word in STOP_WORDS
        or word in _MORE_FUNCTION_WORDS
        or word.endswith(("ly", "wide"))
    )


def _counts_things(text: str, vm: ValueMatch, span: str, before: str) -> bool:
    """False for figures news writes that count nothing: multipliers, the base of a rate,
    index and plan names, and long digit strings that are identifiers (tweet or record ids)."""
    if _MULTIPLIER.match(text, vm.end) or _RATE_BASE.search(before):
        return False
    if _figure_name(before, span) or _opening_name(text, vm.start, span):
        return False
    if re.match(r"\([a-z]\)", text[vm.end:vm.end + 3]):
        return False
    return not (span.isdigit() and len(span) >= 10)


# Nouns a spelled "one" or "two" counts only in idioms ("one thing", "on one side", "one
# memorable moment" are none of them figures a fact-checker would check)
_VAGUE_NOUNS = {"thing", "things", "word", "words", "side", "sides", "reason", "way", "hand",
                "hands", "moment", "hallmark", "example", "point", "sense", "respect", "aspect",
                "step", "steps", "minds", "mind", "cents"}
_YEAR_AS_NAME = re.compile(r"(?:19|20)\d\d")
_TITLE_AFTER = re.compile(r"\s+[A-Z][a-z]+")


def _is_count(text: str, vm: ValueMatch) -> bool:
    """Whether a bare number reads as a count of things rather than a code, name or idiom."""
    span = text[vm.start:vm.end]
    before = text[max(0, vm.start - 20):vm.start]
    if re.search(r"[A-Za-z]-?$", before) or re.match(r"^[-/]?[A-Za-z]", text[vm.end:vm.end + 2]):
        return False  # "G7", "COVID-19", "F-16", "5G"
    if _name_before(before):
        return False  # "Boeing 737", "Article 5", "Resolution 2231"
    word_count = span[0].isalpha()
    if word_count and re.search(r"\b(?:the|both|these|those|all|its|his|her|their|our)\s+$",
                                before, re.I):
        return False  # "the two leaders" refers back; it states no number
    if re.match(r"^\s*(?:[-–]\s*\d|/\d|:\d)", text[vm.end:vm.end + 4]):
        return False  # a score, a ratio or a time
    if re.match(r"^\.\d", text[vm.end:vm.end + 2]) or re.search(r"\d\.$", before):
        return False  # a group of "192.168.1.2" or "version 10.0.1"
    if _ADDRESS.match(text, vm.end):
        return False  # "1 Apple Park Way", "10 Downing Street"
    if not _counts_things(text, vm, span, before):
        return False
    counted = vm.counted
    if isinstance(vm.value, Measure) and 0 < abs(vm.value.value) < 1 and not (
            (vm.hedge or vm.is_range) and re.search(r"[A-Za-z/]", span)):
        # "a third of voters" is a share, not a count; a bounded share ("more than half",
        # "over 1/2") states a checkable figure
        return False
    if word_count and span.lower() in ("one", "a", "an") and (counted in _NOT_COUNTED or
                                                             counted is None):
        return False  # "one of the", "no one", "the one"
    if word_count and counted is None and vm.hedge is None and not vm.is_range:
        return False
    if counted in ("of",) and span.lower() in ("one",):
        return False
    if word_count and span.lower() in ("one", "two") and counted in _VAGUE_NOUNS:
        return False  # "right about one thing", "two sides of the same coin": idioms
    if _YEAR_AS_NAME.fullmatch(span) and re.search(
            r"\b(?:the|all|its|his|her|their|our|this|that|those|these|both)\s+$", before, re.I):
        return False  # "all 2016 campaigns": a year naming which ones, no count
    if re.search(r"\btop\s+$", before, re.I) and (counted is None or counted in _NOT_COUNTED):
        return False  # "ranked in America's top 10 that": the size of a ranking, no count
    if _TITLE_AFTER.match(text, vm.end) and re.search(r"[A-Z]\w*\s+(?:for|of)\s+$", before):
        return False  # "the Fight for 15 Movement": a figure inside a name
    return not (span.lower() == "one" and counted in ("day", "another", "way", "time"))
