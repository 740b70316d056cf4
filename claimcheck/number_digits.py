"""Numbers written in digits: grouped thousands, decimals, exponents, scale suffixes ("2.4bn",
"$10m", "5k"), powers ("10^6"), slash fractions ("3/4") and vulgar fractions ("½").

Hand-written because no library reads the suffixes newsrooms abbreviate scales to, or tells
"10m" metres from "$10m" dollars.
"""

from __future__ import annotations

import re

from .number_tables import SUFFIXES, NumberSpan, step_of
from .number_words import and_fraction
from .poll_words import PERCENT_PAIR
from .units import ISO_CODES

# readers numbers.find_numbers runs
__all__ = [
    "digit_numbers",
    "vulgar_fractions",
]

_SUFFIX_ALT = "|".join(sorted(map(re.escape, SUFFIXES), key=len, reverse=True))
# Digits: grouped by commas (in thousands, or Indian lakhs "12,34,567") or (thin) spaces, or
# plain, with decimals; then a scale suffix. A currency code may touch them ("USD115").
# The left context rules out letter-digit codes ("G7", "COVID-19", "SCP-173" keeps 173 via the
# hyphen rule below) and the middle of a longer number; after a digit and a comma that no
# thousands group took, a new number starts ("exercises 22,24,26"). A hyphen spaced on both
# sides after a word is a dash ("on Tuesday night - 22 points behind"), not a minus, and so is
# one right after a percent sign ("a 62%-32% divide"); a sign word before such a split
# ("a negative 42%-49% rating") says which way the split leans, not that 42 is below zero.
_DIGITS = re.compile(
    rf"(?:(?<![\w.,])|(?<=\d,)|(?<=\b(?:{'|'.join(ISO_CODES)})))"
    r"(?P<sign>(?:(?<![\w\d%])(?<!\d\s)[-−](?!\s)"
    r"|(?<![\w\d])(?<!\d\s)(?<![A-Za-z]\s)[-−]\s)"
    rf"|(?:minus|negative)\s+(?!{PERCENT_PAIR}))?"
    r"(?P<num>\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?:[\u202f\u00a0 ]\d{3})+(?![\d,])(?:\.\d+)?"
    r"|\d+(?:\.\d+)?|\.\d+)"
    r"(?:[eE](?P<exp>[-+]?\d+))?"
    rf"(?:\s*(?P<suffix>{_SUFFIX_ALT})(?![\w]))?",
)
_VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅙": 1 / 6,
           "⅛": 0.125}
_VULGAR_RE = re.compile(rf"(?<![\w.])(?P<whole>\d+)?(?P<frac>[{''.join(_VULGAR)}])")
_POWER = re.compile(
    r"(?<![\w.])(?P<sign>-)?(?P<base>\d+(?:\.\d+)?)\s*(?:(?P<times>[x×*])\s*10\s*)?\^"
    r"(?P<exp>[-+]{0,2}\d+)(?![\d.])"
)
# the sign rule of _DIGITS: a minus not after a word or a figure ("x - 1/2" subtracts)
_FRACTION_MINUS = re.compile(r"(?<![\w\d])(?<!\d\s)[-−]\s?$")
_SLASH_FRACTION = re.compile(r"(?<![\w./])(?:(?P<whole>\d+)\s+)?(?P<n>\d+)/(?P<d>\d+)(?![\w/])")

def digit_numbers(text: str) -> list[NumberSpan]:
    """Every number written in digits in ``text`` (with suffixes, powers and slash
    fractions), as :class:`NumberSpan` items; never raises."""
    spans: list[NumberSpan] = []
    for m in _DIGITS.finditer(text):
        start = m.start()
        # "COVID-19", "SCP-173", "Su-57": a code, not a number; keep only the digits' own
        # reading when a letter-hyphen precedes (the caller filters codes by kind).
        sign = m.group("sign") or ""
        if sign.strip() in ("-", "−") and start > 0 and text[start - 1].isalnum():
            sign = ""
            start += 1
        raw = m.group("num")
        try:
            base = float(raw.replace(",", "").replace(" ", "").replace("\u202f", "")
                         .replace("\u00a0", ""))
        except ValueError:
            continue
        suffix = m.group("suffix")
        mult = float(SUFFIXES.get(suffix, 1)) if suffix else 1.0
        end = m.end() if suffix else m.end("exp") if m.group("exp") else m.end("num")
        if suffix in ("m", "b") and not _money_left(text, start) and not (
                suffix == "b" and "." in raw):
            # "10m" is metres and "5b" a grade unless money is being counted.
            mult, end = 1.0, m.end("num")
            suffix = None
        if suffix == "G" and not _giga(text, raw, m.end()):
            mult, end, suffix = 1.0, m.end("num"), None
        if m.group("exp"):
            base = base * 10.0 ** int(m.group("exp"))
            step = step_of(str(int(base)) if base.is_integer() else str(base))
        else:
            step = step_of(raw, mult)
        value = base * mult
        if sign:
            value = -value
        spans.append(and_fraction(text, NumberSpan(start, end, value, step, scaled=bool(suffix),
                                                   scale=mult)))
    for m in _POWER.finditer(text):
        exp = int(m.group("exp").replace("--", "").replace("+", ""))
        if "--" in m.group("exp"):
            exp = abs(exp)
        base = float(m.group("base"))
        try:
            value = base * 10.0**exp if m.group("times") else base**exp
        except OverflowError:
            continue
        spans.append(NumberSpan(m.start(), m.end(), -value if m.group("sign") else value,
                                abs(value) * 1e-3 or 1.0))
    for m in _SLASH_FRACTION.finditer(text):
        d = int(m.group("d"))
        if d == 0 or d > 100 or (m.group("whole") is None and int(m.group("n")) > 31):
            continue
        value = int(m.group("whole") or 0) + int(m.group("n")) / d
        start = m.start()
        minus = _FRACTION_MINUS.search(text, max(0, start - 4), start)
        if minus:
            start, value = minus.start(), -value  # "-4/5", "- 1 4/5" as digits take a sign
        spans.append(NumberSpan(start, m.end(), value, 1 / d, fraction=True))
    return spans


# Words that may follow a giga figure without making "G" part of a name ("10G network").
_AFTER_GIGA = re.compile(r"[\s-]*(?:$|[^\w\s-]|(?:and|or|in|of|to|for|from|by|at|on|is|was|"
                         r"were|are|a|an|the|this|that|last|each|per)\b)", re.IGNORECASE)


def _giga(text: str, raw: str, end: int) -> bool:
    """Whether a "G" after ``raw`` is the giga prefix ("1,674.5 G", "10G"): not one digit
    alone, which is a network generation ("5G", "4G") or a g-force, and not a name's part
    before a noun ("10G broadband")."""
    if re.fullmatch(r"\d", raw):
        return False
    return _AFTER_GIGA.match(text, end) is not None


def _money_left(text: str, start: int) -> bool:
    return bool(re.search(r"(?:[$£€¥₹]|\b[A-Z]{3})\s*$", text[max(0, start - 6):start]))



def vulgar_fractions(text: str) -> list[NumberSpan]:
    """Every vulgar fraction ("½", "2¾") in ``text`` as a :class:`NumberSpan`."""
    spans = []
    for m in _VULGAR_RE.finditer(text):
        value = int(m.group("whole") or 0) + _VULGAR[m.group("frac")]
        spans.append(NumberSpan(m.start(), m.end(), value, 0.01, fraction=True))
    return spans
