"""The number words and suffixes news uses, and the span type every number reader returns.

Shared by the readers of :mod:`.number_words`, :mod:`.number_digits` and :mod:`.number_joins`;
:func:`step_of` gives the stated precision of written digits.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .regex_trie import trie_pattern

__all__ = [
    "CARDINAL",
    "DOZENS",
    "FRACTION_WORDS",
    "ORDINAL_WORDS",
    "SCALES",
    "SUFFIXES",
    "TENS",
    "UNITS",
    "NumberSpan",
    "int_step",
    "step_of",
]

UNITS = {
    "zero": 0, "nought": 0, "naught": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
# Scale words and the suffixes newsrooms abbreviate them to ("2.4bn", "$10m", "5k").
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "lakh": 10**5, "crore": 10**7,
}  # fmt: skip
SUFFIXES = {
    "k": 1_000, "K": 1_000, "thousand": 1_000, "m": 10**6, "M": 10**6, "mn": 10**6, "mln": 10**6,
    "mil": 10**6, "MM": 10**6, "mm": 10**6, "million": 10**6, "bn": 10**9, "bln": 10**9,
    "b": 10**9, "B": 10**9, "G": 10**9, "billion": 10**9, "tn": 10**12, "tln": 10**12,
    "trn": 10**12, "trillion": 10**12, "hundred": 100, "lakh": 10**5, "crore": 10**7, "dozen": 12,
    "dozens": 12, "dzs": 12, "dozs": 12,
}  # fmt: skip
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "nineth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "thousandth": 1_000, "millionth": 10**6, "billionth": 10**9,
    "trillionth": 10**12,
}  # fmt: skip
# Denominators of spoken fractions ("two thirds", "a quarter"); "second" is never one.
FRACTION_WORDS = {
    "half": 2, "halves": 2, "quarter": 4, "quarters": 4,
    **{w: v for w, v in ORDINAL_WORDS.items() if v > 2},
    **{w + "s": v for w, v in ORDINAL_WORDS.items() if v > 2},
}  # fmt: skip

DOZENS = ("dozen", "dozens", "dozs", "dzs")
# A prefix tree: with 40-odd number words, trying each in turn at every word start was a
# large share of the claims stage.
CARDINAL = trie_pattern([*UNITS, *TENS, *SCALES, *DOZENS])


@dataclass(frozen=True)
class NumberSpan:
    """A number found in text: ``text[start:end]`` reads as ``value``.

    ``step`` is the size of the last significant digit stated ("240 billion" → 1e10,
    "240.1 billion" → 1e8); the stated precision covers ``value ± step / 2``.
    ``words`` is true for spelled-out numbers; ``ordinal`` for "4th" / "fourth".
    """

    start: int
    end: int
    value: float
    step: float
    words: bool = False
    ordinal: bool = False
    scaled: bool = False
    fraction: bool = False
    scale: float = 1.0


def step_of(digits: str, scale: float = 1) -> float:
    """The size of the last significant digit of ``digits`` (e.g. "240" → 10, "4.80" → 0.01).

    Trailing zeros of a whole number are read as not significant: news rounds "240,000".
    """
    plain = digits.replace(",", "").replace(" ", "").replace("\u202f", "").replace("\u00a0", "")
    if "." in plain:
        decimals = len(plain.split(".", 1)[1])
        return float(scale) * 10.0**-decimals
    stripped = plain.lstrip("-").rstrip("0")
    zeros = len(plain.lstrip("-")) - len(stripped) if stripped else 0
    return float(scale) * 10.0**zeros


def int_step(value: float) -> float:
    """Precision of a spoken number: its last non-zero digit ("two hundred" → 100)."""
    try:
        exact = Decimal(str(value)).normalize()
    except InvalidOperation:
        return 1.0
    if exact == 0:
        return 1.0
    exponent = exact.as_tuple().exponent
    return float(10.0 ** int(exponent)) if isinstance(exponent, int) else 1.0



# Nouns that stand for a share rather than a thing: "Seventy-eight percent were white", "a
# majority of Democrats said". A claim's predicate skips them (they tell a fact-checker
# nothing about what is measured) and a speaker headed by one is a group of people.
SHARE_NOUNS = frozenset({"percent", "%", "percentage", "pct", "half", "third", "quarter", "fifth",
                         "tenth", "majority", "minority"})
