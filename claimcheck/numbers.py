"""Numbers as news writes them: digits, words, scale suffixes, ordinals and simple fractions.

:func:`find_numbers` scans plain text and returns every number it can read, with its character
span, its value and the step of its last significant digit (the stated precision). It knows no
units or hedges; :mod:`claimcheck.values` builds typed values on top of it.

The readers live by job: :mod:`.number_tables` (word tables, :class:`NumberSpan`),
:mod:`.number_words` (spelled-out numbers and fractions), :mod:`.number_digits` (digits,
suffixes, slash and vulgar fractions) and :mod:`.number_joins` (how spans join or split).
This module puts them together and picks the longest reading.

Hand-written because no library reads news numbers whole: text2num turns a run of number words
into an integer (and is used for that), but it rejects "trillion", "a dozen", "half a million",
fractions and every scale suffix ("2.4bn", "10k"), and gives no span or precision.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .number_digits import digit_numbers, vulgar_fractions
from .number_joins import (
    a_tens_ordinals,
    decimal_commas,
    digit_word_chains,
    dotted_parts,
    one_over_ordinals,
    over_tens_ordinals,
    ratio_numbers,
)
from .number_tables import CARDINAL, ORDINAL_WORDS, SCALES, NumberSpan, step_of
from .number_words import (
    MINUS_WORD,
    and_fraction,
    extend_words,
    half_scales,
    lone_fractions,
    word_numbers,
    words_value,
)

__all__ = [
    "ORDINAL_WORDS",
    "SCALES",
    "NumberSpan",
    "Occupied",
    "and_fraction",
    "find_numbers",
    "find_ordinals",
    "step_of",
]

_DIGIT_ORDINAL = re.compile(r"(?<![\w.,])(?P<num>\d{1,3}(?:,\d{3})*|\d+)(?P<sfx>st|nd|rd|th)\b")
# "and" joins an ordinal only after a scale word: "one hundred and first", not "one and second"
_ORDINAL_WORD = re.compile(
    rf"\b(?:(?:{CARDINAL})(?:\s*-\s*|\s+)|(?:hundred|thousand|million|billion|trillion|lakh"
    rf"|crore)\s+and\s+){{0,10}}(?:{'|'.join(ORDINAL_WORDS)})\b",
    re.IGNORECASE,
)


def find_numbers(text: str) -> list[NumberSpan]:
    """Every cardinal number in ``text`` (digits, words, suffixes, fractions), in text order.

    Overlapping readings keep the longest ("half a million" over "a million"). Ordinals are
    not included (see :func:`find_ordinals`).
    """
    found = [*half_scales(text), *digit_numbers(text), *lone_fractions(text),
             *vulgar_fractions(text)]
    for span in word_numbers(text):
        extended = extend_words(text, span)
        before = text[max(0, extended.start - 9):extended.start]
        minus = MINUS_WORD.search(before)
        if minus:
            extended = NumberSpan(extended.start - (len(before) - minus.start()), extended.end,
                                  -extended.value, extended.step, words=True,
                                  fraction=extended.fraction)
        found.append(extended)
    found.extend(over_tens_ordinals(text, found))
    found.extend(a_tens_ordinals(text))
    found.extend(one_over_ordinals(text))
    found.extend(decimal_commas(text))
    return ratio_numbers(text, digit_word_chains(text, dotted_parts(text, _longest(found))))


def find_ordinals(text: str) -> list[NumberSpan]:
    """Every ordinal ("4th", "fourth", "twenty-first", "75th"), in text order."""
    found: list[NumberSpan] = []
    for m in _DIGIT_ORDINAL.finditer(text):
        value = int(m.group("num").replace(",", ""))
        found.append(NumberSpan(m.start(), m.end(), value, 1, ordinal=True))
    for m in _ORDINAL_WORD.finditer(text):
        words = re.findall(r"[A-Za-z]+", m.group())
        last = words[-1].lower()
        head = [w for w in words[:-1] if w.lower() != "and"]
        ordinal: float = ORDINAL_WORDS[last]
        if head:
            parts = words_value(head)
            if len(parts) != 1:
                # only the ordinal word itself: "three twenty-firsts" is not an ordinal here
                start = m.start() + m.group().lower().rfind(last)
                found.append(NumberSpan(start, m.end(), ordinal, 1, words=True, ordinal=True))
                continue
            lead = parts[0][2]
            ordinal = lead * ordinal if ordinal >= 100 and lead < ordinal else lead + ordinal
        found.append(NumberSpan(m.start(), m.end(), ordinal, 1, words=True, ordinal=True))
    return _longest(found)


class Occupied:
    """Disjoint ``[start, end)`` stretches of text, with overlap checks in O(log n).

    Long texts hold thousands of values; checking each against every other is quadratic.
    """

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def free(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps nothing taken so far."""
        i = bisect_right(self._starts, start)
        if i > 0 and self._ends[i - 1] > start:
            return False
        return not (i < len(self._starts) and self._starts[i] < end)

    def take(self, start: int, end: int) -> None:
        """Mark ``[start, end)`` as taken (the caller checked :meth:`free`)."""
        i = bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)


def _longest(spans: list[NumberSpan]) -> list[NumberSpan]:
    """Non-overlapping spans, preferring the longer, then the earlier."""
    taken = Occupied()
    chosen: list[NumberSpan] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if taken.free(span.start, span.end):
            taken.take(span.start, span.end)
            chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)
