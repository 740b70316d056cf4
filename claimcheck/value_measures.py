"""Money, percentages, quantities and counts: a number with its currency, unit or percent
sign, its hedge and its interval, joined into ranges ("20 to 30", "$5-7bn"), sums with cents
("3 dollars 50 cents") and bounded pairs ("more than 100 and less than 300").

:func:`measures` is the part of :func:`claimcheck.values.parse_values` that reads measures;
:class:`ValueMatch` and :func:`measure` are the shapes every value reader returns.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from . import hedges as H
from .models import ClaimKind, ClaimValue, Measure
from .numbers import NumberSpan
from .poll_words import POLL_TALK, paragraph_around, split_lead
from .units import (
    currency_after,
    currency_before,
    currency_name_before,
    percent_after,
    points_after,
    unit_after,
)

__all__ = ["MONTH_BEFORE", "ValueMatch", "clean", "measure", "measures"]


@dataclass(frozen=True)
class ValueMatch:
    """A value expression: ``text[start:end]`` (hedge excluded), its kind, value and hedge.

    ``counted`` is the word a count or ordinal seems to count, read from the text ("troops");
    the claims stage replaces it with the parse's head noun. ``group_start`` is where the
    group a share is of starts ("voters" in "half of voters"). ``owner`` is the span of the
    name a figure of a tally belongs to ("Rubio" in "Cruz 300, Rubio 151").
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
    owner: tuple[int, int] | None = None


def measure(value: float, step: float, hedge: str | None = None, *, unit: str | None = None,
            after: bool = False) -> Measure:
    """A :class:`Measure` for ``value`` stated to precision ``step`` under ``hedge``."""
    low, high = H.hedge_interval(value, step, hedge, after=after)
    if value >= 0 and low is not None and low < 0:
        low = 0.0  # a stated amount of nothing is not negative
    return Measure(value=clean(value), low=clean(low), high=clean(high), unit=unit)


def clean(x: float | None) -> float | None:
    """``x`` rounded to the digits a reader expects (None stays None)."""
    # Round off binary noise (0.1 * 3) so intervals print as the numbers a reader expects.
    if x is None:
        return None
    # at most 9 decimals (JSON writers such as pandas' keep 10) and 14 significant digits
    # (past that is binary noise), so "12,34,567.89 rupees" keeps its paise
    digits = 9 if x == 0 else min(9, max(0, 13 - math.floor(math.log10(abs(x)))))
    r = round(x, digits)
    return float(int(r)) if float(r).is_integer() else r



# "plus or minus 3.4 percentage points", "+/-3 points", "± 2%": a margin of error states its
# size, not a negative figure; the sign words become the hedge (not in the hedge table, so
# the interval is the stated precision)
_PLUS_OR = re.compile(r"(?:\bplus\s+or\s*|\+\s*/\s*|±\s*)$", re.IGNORECASE)
_MINUS_SIGN = re.compile(r"(?:minus|negative)\s+|[-−]\s?", re.IGNORECASE)
_ARTICLE = re.compile(r"\ban?\s+$", re.IGNORECASE)
_PERCENT_OF = re.compile(r"\b(?:percents?|per\s*cent|percentage)\s+of\s+$", re.IGNORECASE)
_CHANGE = re.compile(
    r"\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|increased?|decreased?|grew|grow(?:s|n)?|"
    r"climbed?|dropped|drop|jumped?|slid|declined?|gained?|up|down|cut|rais(?:ed|e)|lowered?|"
    r"went|going|moved?|changed?|revised|doubled|halved)\b(?:\s+\w+){0,3}?\s+(?:from\s+)?$",
    re.IGNORECASE,
)
# A parenthesis or a comma right before a percent-signed pair ("(34%-54%)", ", 46%-35%")
# sets it off as a split; a lead word (poll_words.split_lead: "leads 46%-35%") does so only in
# a paragraph of poll talk, since "ran against 5%-7%" or "over 5%-7%" may lead a range
_SPLIT_SET_OFF = re.compile(r"[(,]\s*$")
# A capitalised month name right before a bare number makes it a day ("July 14", "Sept. 1");
# "May" needs no care: a range after the verb "may" is not written "may 5 to 10".
MONTH_BEFORE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+$")
_RANGE_SEP = re.compile(r"^\s*(?P<sep>-|–|—|~|to|through|and)\s*"
                        r"(?P<cur>US\$|[$£€¥₹]|[A-Z]{3}\s)?\s*$")



def measures(text: str, numbers: list[NumberSpan]) -> list[ValueMatch]:
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
            first = _shares_unit(text, first, nxt) or first
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
    value = Measure(value=clean((floor + ceiling) / 2) or 0, low=floor, high=ceiling,
                    unit=b.value.unit)
    return ValueMatch(a.start, b.end, b.kind, value, hedge=f"{a.hedge} … {b.hedge}",
                      hedge_start=a.hedge_start, is_range=True)


def _one_measure(text: str, n: NumberSpan, *, floor: int = 0) -> ValueMatch:
    start, end = n.start, n.end
    value, step = n.value, n.step
    margin = None
    sign = _MINUS_SIGN.match(text, start) if value < 0 else None
    plus = _PLUS_OR.search(text, max(0, start - 12), start) if sign else None
    if sign and plus:
        margin = plus.start()
        start, value = sign.end(), -value
    elif value >= 0 and (plus := _PLUS_OR.search(text, max(0, start - 3), start)) and (
            plus.group().startswith("±")):
        margin = plus.start()
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
        elif (points := points_after(text, start, end)) is not None:
            end, unit = points
            kind = "percent" if unit == "pp" else "quantity"
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
    found = H.hedge_before(text, start) if margin is None else (
        margin, " ".join(text[margin:start].split()))
    if found is None and (art := _ARTICLE.search(text, max(0, start - 3), start)):
        found = H.hedge_before(text, art.start())  # "above a $12 minimum wage"
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


_SHARED_UNIT = re.compile(r"\s*(?:to|-|–)\s*$", re.IGNORECASE)
_PERCENT_NEXT = re.compile(r"\s*(?:%|percent\b|per\s*cent\b)", re.IGNORECASE)


def _shares_unit(text: str, first: ValueMatch, b: NumberSpan) -> ValueMatch | None:
    """A bare number before "to"/"-" and a percentage that are no range (a poll split "beating
    Clinton 45 to 40 percent", a change "from 45 to 40 percent") is a percentage too: the unit
    is written once for both. None when that is not the case."""
    if (first.kind != "count" or not isinstance(first.value, Measure) or first.hedge
            or not 0 <= first.value.value <= 100
            or not _SHARED_UNIT.match(text[first.end:b.start])
            or not _PERCENT_NEXT.match(text, b.end)
            or MONTH_BEFORE.search(text, max(0, first.start - 12), first.start)):
        return None
    shared = first.value.model_copy(update={"unit": "%"})
    return ValueMatch(first.start, first.end, "percent", shared)


def _range(text: str, a: NumberSpan, b: NumberSpan, first: ValueMatch) -> ValueMatch | None:
    if first.end > b.start or a.ordinal or b.ordinal:
        return None
    if (0 < abs(a.value) < 1 and a.fraction) != (0 < abs(b.value) < 1 and b.fraction):
        return None  # "four in 10 — 38 percent": a share and a figure are not one range
    m = _RANGE_SEP.match(text[max(a.end, first.end):b.start])
    if not m:
        return None
    if first.kind == "count" and MONTH_BEFORE.search(text, max(0, first.start - 12), first.start):
        return None  # "from 40 percent on July 14 to 46 percent": a day of the month, no low end
    sep = m.group("sep").lower()
    if (sep in ("-", "–") and text[first.end - 1:first.end] == "%" and text[first.end] in "-–"
            and text[b.end:b.end + 1] == "%"
            and (_SPLIT_SET_OFF.search(text, max(0, first.start - 40), first.start)
                 or (split_lead(text, first.start, reach=30, stops="%.;")
                     and POLL_TALK.search(paragraph_around(text, first.start, b.end))))):
        return None  # "(34%-54%)", "leads 46%-35%": a poll split names two shares, no range
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
    # "around 30 to 70 people": the hedge is written for the range and kept as written; the
    # interval stays the stated ends, which already say how loose the figure is
    hedge = first.hedge if first.hedge_start is not None else None
    if hedge is not None and H.HEDGES.get(hedge.lower()) != "approximate":
        hedge = None  # "more than 5 to 7" is no reading of a range
    value = Measure(value=clean((low + high) / 2) or 0, low=clean(low), high=clean(high),
                    unit=unit)
    return ValueMatch(first.start, second.end, kind, value, counted=second.counted, is_range=True,
                      hedge=hedge, hedge_start=first.hedge_start if hedge else None)

