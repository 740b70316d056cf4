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
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from . import hedges as H
from .dates import DateSpan, DurationSpan, find_dates
from .models import ClaimKind, ClaimValue, DurationValue, Measure, Ordinal
from .numbers import NumberSpan, Occupied, find_numbers, find_ordinals
from .shares import Share, find_shares, group_after
from .units import (
    currency_after,
    currency_before,
    currency_name_before,
    percent_after,
    unit_after,
)

__all__ = ["ValueMatch", "measure", "parse_values"]


@dataclass(frozen=True)
class ValueMatch:
    """A value expression: ``text[start:end]`` (hedge excluded), its kind, value and hedge.

    ``counted`` is the word a count or ordinal seems to count, read from the text ("troops");
    the claims stage replaces it with the parse's head noun. ``group_start`` is where the
    group a share is of starts ("voters" in "half of voters").
    """

    start: int
    end: int
    kind: ClaimKind
    value: ClaimValue
    hedge: str | None = None
    hedge_start: int | None = None
    counted: str | None = None
    is_range: bool = False
    group_start: int | None = None


def measure(value: float, step: float, hedge: str | None = None, *, unit: str | None = None,
            after: bool = False) -> Measure:
    """A :class:`Measure` for ``value`` stated to precision ``step`` under ``hedge``."""
    low, high = H.hedge_interval(value, step, hedge, after=after)
    if value >= 0 and low is not None and low < 0:
        low = 0.0  # a stated amount of nothing is not negative
    return Measure(value=_clean(value), low=_clean(low), high=_clean(high), unit=unit)


def _clean(x: float | None) -> float | None:
    # Round off binary noise (0.1 * 3) so intervals print as the numbers a reader expects.
    if x is None:
        return None
    # at most 9 decimals (JSON writers such as pandas' keep 10) and 14 significant digits
    # (past that is binary noise), so "12,34,567.89 rupees" keeps its paise
    digits = 9 if x == 0 else min(9, max(0, 13 - math.floor(math.log10(abs(x)))))
    r = round(x, digits)
    return float(int(r)) if float(r).is_integer() else r


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
_PERCENT_OF = re.compile(r"\b(?:percents?|per\s*cent|percentage)\s+of\s+$", re.IGNORECASE)
_CHANGE = re.compile(
    r"\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|increased?|decreased?|grew|grow(?:s|n)?|"
    r"climbed?|dropped|drop|jumped?|slid|declined?|gained?|up|down|cut|rais(?:ed|e)|lowered?|"
    r"went|going|moved?|changed?|revised|doubled|halved)\b(?:\s+\w+){0,3}?\s+(?:from\s+)?$",
    re.IGNORECASE,
)
_RANGE_SEP = re.compile(r"^\s*(?P<sep>-|–|—|~|to|through|and)\s*"
                        r"(?P<cur>US\$|[$£€¥₹]|[A-Z]{3}\s)?\s*$")


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
    measures = _measures(text, numbers)
    # Money and percentages first: "$2024" is money, not the year.
    for vm in measures:
        if vm.kind in ("money", "percent", "quantity") and free(vm.start, vm.end):
            out.append(vm)
            occupied.take(vm.start, vm.end)
    for span in find_dates(text, date=date, tense=tense):
        if not free(span.start, span.end):
            continue
        out.append(_date_match(text, span))
        occupied.take(span.start, span.end)
    # "one-quarter to one-third of workers" is one share range, not a share after a number
    share_ranges = [(vm.start, vm.end) for vm in measures if vm.kind == "count" and vm.is_range
                    and isinstance(vm.value, Measure) and 0 < vm.value.value < 1]
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
    for vm in measures:
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
    value = Measure(value=_clean(100 * share.numerator / share.denominator) or 0,
                    low=_clean(low), high=_clean(high), unit="%")
    return ValueMatch(share.start, share.end, "percent", value, hedge=share.hedge,
                      hedge_start=share.hedge_start, counted=share.group,
                      group_start=share.group_start)


def _fraction_as_percent(text: str, vm: ValueMatch) -> ValueMatch:
    """A fraction kept as a figure that is a share of a group ("one-quarter to one-third of
    workers") is a percent: the same interval in percent, never past 100.

    Only a fraction *of* a group is a share, as for :mod:`claimcheck.shares`; one of no group
    ("above one quarter and below a half", "about half the size of") stays a figure, and so
    does a slash fraction ("more than 1/2 of the people"): news writes shares in words or as
    "N in M", the slash is a formula's or a table's notation and often a date ("1/2" is 2
    January). Whole counts pass through unchanged.
    """
    m = vm.value
    if (not isinstance(m, Measure) or not 0 < m.value < 1 or "/" in text[vm.start:vm.end]
            or group_after(text, vm.end) is None):
        return vm
    high = 100.0 if m.high is None else min(100.0, 100 * m.high)
    low = None if m.low is None else 100 * m.low
    value = Measure(value=_clean(100 * m.value) or 0, low=_clean(low), high=_clean(high),
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
    value = DurationValue(timex=span.timex, value=_clean(days) or 0, low=_clean(low),
                          high=_clean(high))
    return ValueMatch(span.start, span.end, "duration", value, hedge=hedge,
                      hedge_start=found[0] if found else None)


_NAME_BEFORE = re.compile(r"(?:^|[^.!?]\s)[A-Z][A-Za-z]+\s+$")


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
    counted = nxt.group(1).lower() if nxt else None
    return ValueMatch(o.start, o.end, "ordinal", Ordinal(value=int(o.value), counts=counted),
                      counted=counted)


def _measures(text: str, numbers: list[NumberSpan]) -> list[ValueMatch]:
    """Numbers with their currency, unit or percent sign, merged into ranges where written so."""
    out: list[ValueMatch] = []
    i = 0
    floor = 0  # a currency sign already read as the previous amount's is not this one's
    while i < len(numbers):
        n = numbers[i]
        first = _one_measure(text, n, floor=floor)
        if i + 1 < len(numbers):
            nxt = numbers[i + 1]
            joined = _range(text, n, nxt, first)
            if joined is not None:
                out.append(joined)
                floor = joined.end
                i += 2
                continue
        out.append(first)
        floor = first.end
        i += 1
    return _bounded(text, _with_cents(text, out))


_CENTS_AFTER = re.compile(r"\s+(?:and\s+)?$", re.IGNORECASE)
# A bare number after a sum is its cents only when no noun follows it: "15 USD 50 more",
# "one dollar and one and ..." but not "5 dollars and 50 people"
_CENTS_TAIL = re.compile(r"\s*(?:$|[^\w\s]|(?:and|or|but|more|less|each|apiece)\b)",
                         re.IGNORECASE)


def _with_cents(text: str, found: list[ValueMatch]) -> list[ValueMatch]:
    """ "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50",
    "10 $ 30 cent", "c $ 100 and fifty": one sum."""
    out: list[ValueMatch] = []
    for vm in found:
        prev = out[-1] if out else None
        gap = text[prev.end:vm.start] if prev is not None else ""
        # a sum that ends in its currency ("15 dollars", "10 $") runs on into cents; one that
        # ends in digits ("$100") only through "and" and cents spelled out ("and fifty")
        named_end = prev is not None and re.search(r"[A-Za-z$€£¥]$", text[prev.start:prev.end])
        spoken = (text[vm.start:vm.end][:1].isalpha() and "and" in gap.lower()
                  and vm.kind == "count")
        if (prev is not None and prev.kind == "money" and isinstance(prev.value, Measure)
                and isinstance(vm.value, Measure) and not prev.is_range and not vm.is_range
                and float(prev.value.value).is_integer()
                and _CENTS_AFTER.fullmatch(gap) and (named_end or spoken)):
            cents = vm.value.value if vm.kind == "count" else (
                vm.value.value * 100 if vm.kind == "money" and vm.value.unit == prev.value.unit
                and vm.value.value < 1 else None)
            bare = vm.kind == "count" and _CENTS_TAIL.match(text, vm.end) is not None
            if cents is not None and 0 < cents < 100 and float(cents).is_integer() and (
                    vm.kind == "money" or bare):
                total = float(prev.value.value) + cents / 100
                out[-1] = ValueMatch(prev.start, vm.end, "money", measure(
                    total, 0.01, prev.hedge, unit=prev.value.unit), hedge=prev.hedge,
                    hedge_start=prev.hedge_start)
                continue
        out.append(vm)
    return out


def _bounded(text: str, found: list[ValueMatch]) -> list[ValueMatch]:
    """Join "more than 100 and less than 300" (or "at most 100 and at least 20") into one range."""
    out: list[ValueMatch] = []
    for vm in found:
        prev = out[-1] if out else None
        joined = _bound_pair(text, prev, vm) if prev is not None else None
        if joined is not None:
            out[-1] = joined
            continue
        out.append(vm)
    return out


def _bound_pair(text: str, a: ValueMatch, b: ValueMatch) -> ValueMatch | None:
    if a.kind != b.kind or not isinstance(a.value, Measure) or not isinstance(b.value, Measure):
        return None
    if b.hedge_start is None or not re.fullmatch(r"\s*(?:,|and|but|,\s*and|,\s*but)\s*",
                                                 text[a.end:b.hedge_start]):
        return None
    floor = ceiling = None
    for one in (a.value, b.value):
        if one.high is None and one.low is not None:
            floor = one.low
        elif one.low in (0, None) and one.high is not None:
            ceiling = one.high
    if floor is None or ceiling is None or floor >= ceiling:
        return None
    value = Measure(value=_clean((floor + ceiling) / 2) or 0, low=floor, high=ceiling,
                    unit=b.value.unit)
    return ValueMatch(a.start, b.end, b.kind, value, hedge=f"{a.hedge} … {b.hedge}",
                      hedge_start=a.hedge_start, is_range=True)


def _one_measure(text: str, n: NumberSpan, *, floor: int = 0) -> ValueMatch:
    start, end = n.start, n.end
    value, step = n.value, n.step
    kind: ClaimKind = "count"
    unit: str | None = None

    cur = currency_before(text, start)
    if cur is None and (n.scaled or "." in text[start:end]) and not percent_after(text, end):
        # "dollar 22.5 million": a name before an amount only with a scale or decimals,
        # since "the dollar 2 years ago" and "euro 2024" name no sum
        named = currency_name_before(text, start)
        cur = (named[0], named[1], 1.0) if named else None
    if cur and cur[0] < floor:
        cur = None
    if cur:
        start, unit, kind = cur[0], cur[1], "money"
        value, step = value * cur[2], step * cur[2]
        after = currency_after(text, end)  # "US$ 5 dollars": absorb the name too
        if after and after[1] == unit and text[end:after[0]].strip()[:1].isalpha():
            end = after[0]
    else:
        pct = percent_after(text, end)
        money = currency_after(text, end) if not pct else None
        if pct:
            end, unit, kind = pct[0], pct[1], "percent"
            value, step = value * pct[2], step * pct[2]
        elif money:
            end, unit, kind = money[0], money[1], "money"
            value, step = value * money[2], step * money[2]
        elif (lead := _PERCENT_OF.search(text, max(0, start - 24), start)) and re.search(
                r"(?:^|[.;:(])\s*$", text[max(0, lead.start() - 12):lead.start()]):
            # "per cent of 210" opening a clause (a spoken form) is 210%; "5 percent of 10
            # voters" and "a large percent of 40 people" are not
            start, unit, kind = lead.start(), "%", "percent"
        else:
            u = unit_after(text, end)
            if u and not (u[1] == "pound" and n.scaled):
                end, unit, kind = u[0], u[1], "quantity"
            elif u:
                end, unit, kind = u[0], "GBP", "money"  # "50 million pounds"
    counted, noun_end = None, end
    if kind == "count":
        m = re.match(r"^[\s-]+([a-z][a-z-]*)", text[end:end + 40])
        counted = m.group(1) if m else None
        noun_end = end + m.end() if m else end
    hedge, hedge_start, after_hedge = None, None, False
    found = H.hedge_before(text, start)
    if found:
        hedge_start, hedge = found
    # "500 or more", "500 people or more": a bound written after beats a vague "about" before
    post = H.hedge_after(text, end) or H.hedge_after(text, noun_end)
    if post and (hedge is None or H.HEDGES.get(hedge.lower()) in ("approximate", "exact")):
        hedge, hedge_start, after_hedge = post[1], None, True
    m_value = measure(value, step, hedge, unit=None if kind == "count" else unit,
                      after=after_hedge)
    return ValueMatch(start, end, kind, m_value, hedge=hedge, hedge_start=hedge_start,
                      counted=counted)


def _range(text: str, a: NumberSpan, b: NumberSpan, first: ValueMatch) -> ValueMatch | None:
    if first.end > b.start or a.ordinal or b.ordinal:
        return None
    if (0 < abs(a.value) < 1 and a.fraction) != (0 < abs(b.value) < 1 and b.fraction):
        return None  # "four in 10 — 38 percent": a share and a figure are not one range
    m = _RANGE_SEP.match(text[max(a.end, first.end):b.start])
    if not m:
        return None
    sep = m.group("sep").lower()
    lead = text[max(0, first.start - 9):first.start].lower().rstrip()
    if sep == "and" and not lead.endswith("between"):
        return None
    if sep == "to" and _CHANGE.search(text[max(0, first.start - 40):first.start]):
        return None  # "rose from 5% to 7%" is a change between two values, not a range
    second = _one_measure(text, b, floor=first.end)
    if "count" not in (first.kind, second.kind) and (
            first.kind != second.kind or first.value.unit != second.value.unit):  # type: ignore[union-attr]
        return None  # "rose 6.2% to $1.45 billion": two values, not one range
    low, high = a.value, b.value
    # "20 to 30 million", "$5-7bn": the scale written once applies to both ends.
    if a.scale == 1 and b.scale > 1 and a.value * b.scale <= b.value:
        low = a.value * b.scale
    if high <= low:
        return None
    kind: ClaimKind = first.kind if first.kind != "count" else second.kind
    unit_of = first.value if first.kind != "count" else second.value
    unit = unit_of.unit if isinstance(unit_of, Measure) and kind != "count" else None
    value = Measure(value=_clean((low + high) / 2) or 0, low=_clean(low), high=_clean(high),
                    unit=unit)
    return ValueMatch(first.start, second.end, kind, value, counted=second.counted, is_range=True)


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
    return not (span.lower() == "one" and counted in ("day", "another", "way", "time"))
