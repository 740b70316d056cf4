"""Hedges ("about", "just over", "up to") and the intervals they give a stated value.

The one table of DESIGN.md, as data you can change. :data:`HEDGES` maps each hedge as
written (lowercase) to the name of a rule; :data:`RULES` says what each rule does to the
stated value X. Override either for your own newsroom's usage, e.g.::

    from claimcheck import hedges
    hedges.HEDGES["a shade over"] = "just_above"
    hedges.RULES["approximate"] = hedges.Rule(low=0.95, high=1.05, widen_to_precision=True)

Changes apply to every later extraction in the process.

Hand-written because no number library reads hedges at all: quantulum3, number-parser and
Recognizers-Text's number models drop "just over" and "nearly" or turn them into ranges that
disagree with each other.

Default table (X is the stated value; open ends are returned as the same closed number,
since the JSON contract has no open/closed flag; ``None`` is unbounded):

=====================================================  =====================================
hedge                                                  interval
=====================================================  =====================================
about, around, roughly, some, approximately, ...       X ± 10% (or the precision, if wider)
just over, slightly more than                          (X, 1.2·X]
more than, over, above, exceeding, ...                 (X, ∞)
at least, no less than, or more                        [X, ∞)
nearly, almost, just under, close to                   [0.9·X, X)
fewer than, less than, under, below                    [0, X)
up to, at most, no more than, or less                  [0, X]
exactly, equal to                                      [X, X]
=====================================================  =====================================

Shares written as fractions ("two-thirds of Republicans", "one in five adults") are percent
claims; :func:`share_interval` gives their interval. A spoken fraction is how a writer rounds
a figure, so its precision is not a digit but the distance to the next simple fraction the
writer could have chosen instead:

=====================================================  =====================================
share as written (a/b, X = 100·a/b)                    precision interval (before the hedge)
=====================================================  =====================================
b up to 9: "half", "two-thirds", "three in four"       halfway to the nearest fractions with
                                                       denominators up to max(5, b + 1):
                                                       half 45-55, a third 29.2-36.7,
                                                       two-thirds 63.3-70.8, a quarter
                                                       22.5-29.2, one in five 18.3-22.5
b a power of ten: "nine in 10", "3 in 100"             X ± half of 100/b (nine in 10: 85-95)
any other b: "one in 12", "1 in 20"                    a/(b ± 0.5): the whole number b rounded
"a majority of", "the majority of"                     (50, 100], the value 50, as "more than
                                                       half"
"a minority of"                                        [0, 50), the value 50
=====================================================  =====================================

The hedge then applies as for any value, with the precision interval in place of ± half a
step, and a share never leaves [0, 100]: "more than half" is (50, 100], "nearly half" [45, 50),
"about a third" 29.2-36.7 (the precision is wider than ± 10%).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

__all__ = [
    "HEDGES",
    "POST_HEDGES",
    "RULES",
    "Rule",
    "hedge_after",
    "hedge_before",
    "hedge_interval",
    "rule_of",
    "share_interval",
]


@dataclass(frozen=True)
class Rule:
    """How a hedge bounds the stated value X.

    ``low``/``high`` are factors of X (``None`` = unbounded, ``0.0`` for a floor of zero);
    ``widen_to_precision`` keeps the stated precision when it is wider than the factors.
    """

    low: float | None
    high: float | None
    widen_to_precision: bool = False


RULES: dict[str, Rule] = {
    "approximate": Rule(0.9, 1.1, widen_to_precision=True),
    "just_above": Rule(1.0, 1.2),
    "above": Rule(1.0, None),
    "at_least": Rule(1.0, None),
    "just_below": Rule(0.9, 1.0),
    "below": Rule(0.0, 1.0),
    "at_most": Rule(0.0, 1.0),
    "exact": Rule(1.0, 1.0),
}

HEDGES: dict[str, str] = {
    # approximately X
    "about": "approximate", "around": "approximate", "roughly": "approximate",
    "some": "approximate", "approximately": "approximate", "approx.": "approximate",
    "an estimated": "approximate", "estimated": "approximate", "nearly about": "approximate",
    "circa": "approximate", "c.": "approximate", "more or less": "approximate",
    "in the region of": "approximate", "in the order of": "approximate", "~": "approximate",
    "near": "approximate",
    # a little above X
    "just over": "just_above", "slightly more than": "just_above", "a little over": "just_above",
    "just above": "just_above", "slightly over": "just_above", "a little more than": "just_above",
    "just more than": "just_above", "slightly above": "just_above",
    # above X
    "more than": "above", "over": "above", "above": "above", "greater than": "above",
    "higher than": "above", "larger than": "above", "bigger than": "above",
    "in excess of": "above", "exceeding": "above", "exceed": "above", "exceeds": "above",
    "exceeded": "above", "surpass": "above", "surpassing": "above", "upwards of": "above",
    "well over": "above", "well above": "above", ">": "above",
    # at least X
    "at least": "at_least", "no less than": "at_least", "no fewer than": "at_least",
    "as low as": "at_least",
    "not less than": "at_least", "a minimum of": "at_least", ">=": "at_least",
    "> =": "at_least", "=>": "at_least", "≥": "at_least",
    "greater than or equal to": "at_least", "more than or equal to": "at_least",
    "at least or equal to": "at_least", "equal to or more than": "at_least",
    "equal to or greater than": "at_least", "higher or equal than": "at_least",
    "bigger or equal than": "at_least",
    # a little below X
    "nearly": "just_below", "almost": "just_below", "just under": "just_below",
    "just below": "just_below", "close to": "just_below", "slightly less than": "just_below",
    "not quite": "just_below", "just shy of": "just_below", "slightly under": "just_below",
    # below X
    "fewer than": "below", "less than": "below", "under": "below", "below": "below",
    "lower than": "below", "smaller than": "below", "<": "below",
    # at most X
    "up to": "at_most", "at most": "at_most", "no more than": "at_most",
    "not more than": "at_most", "a maximum of": "at_most", "as many as": "at_most",
    "as much as": "at_most", "as high as": "at_most", "<=": "at_most", "≤": "at_most",
    "< =": "at_most", "=<": "at_most",
    "less than or equal to": "at_most", "fewer than or equal to": "at_most",
    "equal to or less than": "at_most", "smaller or equal than": "at_most",
    "lower or equal than": "at_most", "no greater than": "at_most",
    "less or equal than": "at_most", "less than or equal": "at_most",
    # exactly X
    "exactly": "exact", "precisely": "exact", "equal to": "exact", "equals": "exact",
    "equals to": "exact", "equaling to": "exact", "a full": "exact",
}  # fmt: skip

# Hedges written after the value ("500 or more", "300-plus").
POST_HEDGES: dict[str, str] = {
    "or more": "at_least", "and more": "at_least", "or greater": "at_least",
    "or above": "at_least", "or higher": "at_least", "plus": "at_least", "-plus": "at_least",
    "or over": "at_least", "and above": "at_least", "and up": "at_least", "+": "at_least",
    "or less": "at_most", "or fewer": "at_most", "or below": "at_most", "or under": "at_most",
    "or lower": "at_most", "and below": "at_most", "or so": "approximate", "odd": "approximate",
    "-odd": "approximate", "and change": "just_above",
}  # fmt: skip

_cache: dict[tuple[str, ...], tuple[re.Pattern[str], re.Pattern[str]]] = {}


def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    # Rebuilt when a user edits the tables; keyed on their contents.
    key = (*HEDGES, "|", *POST_HEDGES)
    if key not in _cache:
        def alt(words: list[str]) -> str:
            return "|".join(
                re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
            )

        words = [h for h in HEDGES if h[0].isalpha()]
        signs = [h for h in HEDGES if not h[0].isalpha()]
        # words need a word boundary on their left; signs ("x>10", "< = 100") do not
        before = re.compile(rf"(?:(?:^|(?<=[\s(\[\"“,;:]))(?P<h>{alt(words)})\s+"
                            rf"|(?P<s>{alt(signs)})\s*)$", re.IGNORECASE)
        # "5000 or less than 6000": "or less than" opens a second bound, not a hedge on 5000
        # "2,470+ delegates" is at least 2,470; "3 +/- 0.5" and "5+3" are no hedge
        after = re.compile(rf"^(?P<sp>\s*)(?P<h>{alt(list(POST_HEDGES))})(?![\w/])"
                           rf"(?<!\s\+)(?!\s+than\s+\w)(?!\s*\d)",
                           re.IGNORECASE)
        _cache.clear()
        _cache[key] = (before, after)
    return _cache[key]


# "deficits would add up to $1.5 trillion", "the cuts added up to a third of the budget": the
# verb "add up to" states a sum, so its "up to" is no ceiling on what follows, whatever kind
# of value that is
_ADD_UP = re.compile(r"\badd(?:s|ed|ing)?\s+$", re.IGNORECASE)


def hedge_before(text: str, start: int) -> tuple[int, str] | None:
    """The hedge written just before ``text[start:]``, as (its start, the hedge as written).

    None when there is none, and for the "up to" of the verb "add up to" (a sum, no bound).
    """
    window = text[max(0, start - 40):start]
    m = _patterns()[0].search(window)
    if not m:
        return None
    group = "h" if m.group("h") else "s"
    at = start - len(window) + m.start(group)
    if m.group(group).lower() == "up to" and _ADD_UP.search(text, max(0, at - 8), at):
        return None
    return at, m.group(group)


def hedge_after(text: str, end: int) -> tuple[int, str] | None:
    """The hedge written just after ``text[:end]`` ("or more"), as (its end, the hedge)."""
    m = _patterns()[1].match(text[end:end + 24])
    if not m:
        return None
    return end + m.end("h"), m.group("h")


def rule_of(hedge: str | None, *, after: bool = False) -> Rule | None:
    """The :class:`Rule` for a hedge as written, or None for an unknown or absent hedge."""
    if hedge is None:
        return None
    table = POST_HEDGES if after else HEDGES
    name = table.get(" ".join(hedge.lower().split()))
    return RULES.get(name) if name else None


def hedge_interval(
    value: float, step: float, hedge: str | None = None, *, after: bool = False
) -> tuple[float | None, float | None]:
    """The (low, high) interval a value stated to precision ``step`` covers under ``hedge``.

    With no hedge (or one not in the table) the interval is the stated precision,
    ``value ± step / 2``. ``None`` means unbounded on that side.
    """
    half = abs(step) / 2
    return _hedged(value, (value - half, value + half), rule_of(hedge, after=after))


def _hedged(
    value: float, precise: tuple[float, float], rule: Rule | None
) -> tuple[float | None, float | None]:
    """``precise`` (the stated precision of ``value``) bounded by ``rule`` (None: unhedged)."""
    if rule is None:
        return precise
    low = None if rule.low is None else value * rule.low
    high = None if rule.high is None else value * rule.high
    if value < 0 and rule.low == 0.0:
        low = None  # "below -30" has no floor of zero
    if value < 0 and low is not None and high is not None:
        low, high = min(low, high), max(low, high)
    if rule.widen_to_precision:
        low = precise[0] if low is None else min(low, precise[0])
        high = precise[1] if high is None else max(high, precise[1])
    return low, high


def _simple_neighbours(share: float, order: int) -> tuple[float, float]:
    """The nearest fractions below and above ``share`` with denominators up to ``order``."""
    below, above = 0.0, 1.0
    for den in range(1, order + 1):
        for num in range(den + 1):
            f = num / den
            if below < f < share - 1e-12:
                below = f
            elif share + 1e-12 < f < above:
                above = f
    return below, above


def share_interval(
    numerator: float, denominator: float, hedge: str | None = None
) -> tuple[float, float]:
    """The (low, high) percent interval of a share stated as ``numerator/denominator``.

    Follows the share table above: the precision of a spoken fraction, then ``hedge`` (as
    written, from :data:`HEDGES`), clipped to [0, 100]. Raises ``ValueError`` for a
    denominator below 1 or a numerator outside [0, denominator].
    """
    if denominator < 1 or not 0 <= numerator <= denominator:
        raise ValueError(f"{numerator}/{denominator} is no share: the numerator must lie in "
                         "[0, denominator] and the denominator be at least 1")
    share = numerator / denominator
    if float(denominator).is_integer() and denominator <= 9:
        below, above = _simple_neighbours(share, max(5, int(denominator) + 1))
        lo = (share + below) / 2 if share > 0 else 0.0
        hi = (share + above) / 2 if share < 1 else 1.0
    elif math.log10(denominator).is_integer():
        lo, hi = share - 0.5 / denominator, share + 0.5 / denominator
    else:
        lo, hi = numerator / (denominator + 0.5), numerator / (denominator - 0.5)
    value = 100 * share
    low, high = _hedged(value, (100 * max(0.0, lo), 100 * min(1.0, hi)), rule_of(hedge))
    return (0.0 if low is None else max(0.0, low)), (100.0 if high is None else min(100.0, high))
