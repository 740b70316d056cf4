"""Numbers as news writes them: digits, words, scale suffixes, ordinals and simple fractions.

:func:`find_numbers` scans plain text and returns every number it can read, with its character
span, its value and the step of its last significant digit (the stated precision). It knows no
units or hedges; :mod:`claimcheck.values` builds typed values on top of it.

Hand-written because no library reads news numbers whole: text2num turns a run of number words
into an integer (and is used for that), but it rejects "trillion", "a dozen", "half a million",
fractions and every scale suffix ("2.4bn", "10k"), and gives no span or precision.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from .regex_trie import trie_pattern
from .units import ISO_CODES

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

_DOZENS = ("dozen", "dozens", "dozs", "dzs")
# A prefix tree: with 40-odd number words, trying each in turn at every word start was a
# large share of the claims stage.
_CARDINAL = trie_pattern([*UNITS, *TENS, *SCALES, *_DOZENS])
_WORD_RUN = re.compile(
    rf"\b(?:(?:a|an)\s+(?=(?:hundred|thousand|million|billion|trillion|dozen)\b))?"
    rf"(?:{_CARDINAL})(?:(?:\s*-\s*|\s+)(?:and\s+)?(?:{_CARDINAL})){{0,24}}\b",
    re.IGNORECASE,
)
_SUFFIX_ALT = "|".join(sorted(map(re.escape, SUFFIXES), key=len, reverse=True))
# Digits: grouped by commas (in thousands, or Indian lakhs "12,34,567") or (thin) spaces, or
# plain, with decimals; then a scale suffix. A currency code may touch them ("USD115").
# The left context rules out letter-digit codes ("G7", "COVID-19", "SCP-173" keeps 173 via the
# hyphen rule below) and the middle of a longer number; after a digit and a comma that no
# thousands group took, a new number starts ("exercises 22,24,26").
_DIGITS = re.compile(
    rf"(?:(?<![\w.,])|(?<=\d,)|(?<=\b(?:{'|'.join(ISO_CODES)})))"
    r"(?P<sign>(?:(?<![\w\d])(?<!\d\s)[-−]\s?)|(?:minus|negative)\s+)?"
    r"(?P<num>\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?:[\u202f\u00a0 ]\d{3})+(?![\d,])(?:\.\d+)?"
    r"|\d+(?:\.\d+)?|\.\d+)"
    r"(?:[eE](?P<exp>[-+]?\d+))?"
    rf"(?:\s*(?P<suffix>{_SUFFIX_ALT})(?![\w]))?",
)
_WORD_SUFFIX = re.compile(r"\s*(?:(?P<dozen>dozens?)\b)?")
_HALF_SCALE = re.compile(
    r"\b(?P<num>half|a\s+half|(?:a\s+|one\s+)?quarter|three\s+quarters)\s+(?:of\s+)?(?:an?\s+)?"
    r"(?P<scale>dozen|hundred|thousand|million|billion|trillion)\b",
    re.IGNORECASE,
)
_SMALL_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                     "six": 6, "seven": 7, "eight": 8, "nine": 9}
_AND_FRACTION = re.compile(
    rf"\s+and\s+(?P<num>{'|'.join(_SMALL_NUMERATORS)}|(?:{'|'.join(TENS)})(?:[\s-]+"
    rf"(?:{'|'.join(k for k in _SMALL_NUMERATORS if len(k) > 2)}))?)[\s-]+"
    rf"(?P<frac>{'|'.join(sorted(FRACTION_WORDS, key=len, reverse=True))})\b"
    r"(?P<scale>\s+(?:million|billion|trillion|thousand)\b)?",
    re.IGNORECASE,
)
_DENOMINATORS = "|".join(w for w, v in ORDINAL_WORDS.items() if v > 2)
_LONE_FRACTION = re.compile(
    rf"\b(?:a|an|one)\s+(?P<den>half|quarter|{_DENOMINATORS})"
    r"\b(?=\s+of\b|\s*[.,;:!?)]|\s*$)",
    re.IGNORECASE,
)
# "more than half", "nearly half of voters": a bare "half" after a hedge is a number
_HEDGED_HALF = re.compile(
    r"\b(?:than|nearly|almost|about|around|roughly|over|under|some|just|only|barely)\s+"
    r"(?P<h>half)\b(?![\s-]*(?:time|way|brother|sister|hour|term|century|an?\b))",
    re.IGNORECASE,
)
_VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅙": 1 / 6,
           "⅛": 0.125}
_VULGAR_RE = re.compile(rf"(?<![\w.])(?P<whole>\d+)?(?P<frac>[{''.join(_VULGAR)}])")
_DIGIT_ORDINAL = re.compile(r"(?<![\w.,])(?P<num>\d{1,3}(?:,\d{3})*|\d+)(?P<sfx>st|nd|rd|th)\b")
# "and" joins an ordinal only after a scale word: "one hundred and first", not "one and second"
_ORDINAL_WORD = re.compile(
    rf"\b(?:(?:{_CARDINAL})(?:\s*-\s*|\s+)|(?:hundred|thousand|million|billion|trillion|lakh"
    rf"|crore)\s+and\s+){{0,10}}(?:{'|'.join(ORDINAL_WORDS)})\b",
    re.IGNORECASE,
)
_UNIT_ALT = "|".join(sorted(UNITS, key=len, reverse=True))
_TENS_ALT = "|".join(TENS)
_POINT_CHUNK = re.compile(rf"(?:{_TENS_ALT})(?:\s*-\s*(?:{_UNIT_ALT}))?|(?:{_UNIT_ALT})", re.I)
_POINT = re.compile(
    rf"\s+point(?P<digits>(?:\s+(?:(?:{_TENS_ALT})(?:\s*-\s*(?:{_UNIT_ALT}))?|(?:{_UNIT_ALT})))+)",
    re.IGNORECASE,
)
_MINUS_WORD = re.compile(r"(?:minus|negative)\s+$", re.IGNORECASE)
_FRACTION_WORD = re.compile(
    rf"(?:\s*-\s*|\s+)(?P<den>{'|'.join(sorted(FRACTION_WORDS, key=len, reverse=True))})\b",
    re.IGNORECASE,
)
_POWER = re.compile(
    r"(?<![\w.])(?P<sign>-)?(?P<base>\d+(?:\.\d+)?)\s*(?:(?P<times>[x×*])\s*10\s*)?\^"
    r"(?P<exp>[-+]{0,2}\d+)(?![\d.])"
)
# the sign rule of _DIGITS: a minus not after a word or a figure ("x - 1/2" subtracts)
_FRACTION_MINUS = re.compile(r"(?<![\w\d])(?<!\d\s)[-−]\s?$")
_SLASH_FRACTION = re.compile(r"(?<![\w./])(?:(?P<whole>\d+)\s+)?(?P<n>\d+)/(?P<d>\d+)(?![\w/])")


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


def _int_step(value: float) -> float:
    """Precision of a spoken number: its last non-zero digit ("two hundred" → 100)."""
    try:
        exact = Decimal(str(value)).normalize()
    except InvalidOperation:
        return 1.0
    if exact == 0:
        return 1.0
    exponent = exact.as_tuple().exponent
    return float(10.0 ** int(exponent)) if isinstance(exponent, int) else 1.0


def _words_value(words: list[str]) -> list[tuple[int, int, float]]:
    """Split a run of number words into numbers: (first word, end word, value) triples.

    Two small numbers in a row that cannot form one ("one two") start a new number.
    """
    out: list[tuple[int, int, float]] = []
    total = 0.0
    current = 0.0
    begin = 0
    seen = False
    last_small = False  # the previous word was a unit/tens word
    for i, word in enumerate(words):
        w = word.lower()
        if w == "and":
            if seen and total == 0 and current < 100:
                # "and" joins only after a scale word ("one hundred and six"); "twenty and
                # three fifths" is twenty plus a fraction, read by and_fraction
                out.append((begin, i, total + current))
                total, current, seen, last_small = 0.0, 0.0, False, False
                begin = i + 1
            continue
        if w in ("a", "an"):
            if seen:  # "a" only starts a number
                out.append((begin, i, total + current))
                total, current, seen = 0.0, 0.0, False
            begin = i
            current = 1.0
            seen = True
            continue
        small = UNITS.get(w, TENS.get(w))
        if small is not None:
            joinable = (
                not last_small
                or (current % 100 >= 20 and current % 10 == 0 and small < 10)
            )
            if seen and not joinable:
                out.append((begin, i, total + current))
                total, current, begin = 0.0, 0.0, i
            elif not seen:
                begin = i
            current += small
            seen, last_small = True, True
            continue
        last_small = False
        if w in _DOZENS:
            # "three hundred and two dozen" is 300 + 24: dozens count the small number before
            hundreds = current - current % 100 if current >= 100 and current % 100 else 0.0
            current = hundreds + ((current - hundreds) or 1) * 12
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in SCALES and current == 0 and total and i and words[i - 1].lower() in SCALES:
            # a scale word right after another multiplies it: "three lakh crore" is 3e12
            total *= SCALES[w]
        elif w in SCALES:
            total += (current or 1) * SCALES[w]
            current = 0.0
        if not seen:
            begin = i
        seen = True
    if seen:
        out.append((begin, len(words), total + current))
    return out


@lru_cache(maxsize=4096)
def _text2num(phrase: str) -> float | None:
    from text_to_num import text2num

    try:
        return float(text2num(phrase, "en"))
    except (ValueError, IndexError, AssertionError):
        return None


def _word_numbers(text: str) -> list[NumberSpan]:
    spans: list[NumberSpan] = []
    for run in _WORD_RUN.finditer(text):
        tokens = [(m.start() + run.start(), m.end() + run.start(), m.group())
                  for m in re.finditer(r"[A-Za-z]+", run.group())]
        if re.search(r"\d\s*$", text[max(0, run.start() - 3):run.start()]):
            # "3 hundred and 21": the scale word belongs to the digits before it
            while tokens and (tokens[0][2].lower() in SCALES or tokens[0][2].lower() == "and"):
                tokens = tokens[1:]
        words = [t[2] for t in tokens]
        for first, last, value in _words_value(words):
            # Trim a dangling "and"; "a"/"an" alone is not a number.
            while last > first and words[last - 1].lower() == "and":
                last -= 1
            if last <= first or (last - first == 1 and words[first].lower() in ("a", "an")):
                continue
            start, end = tokens[first][0], tokens[last - 1][1]
            lowered = [w.lower() for w in words[first:last]]
            if "and" in lowered[1:] and _FRACTION_WORD.match(text, end):
                # "two million and three fifths": the words after the last "and" are the
                # fraction's numerator, read by and_fraction, not part of the whole number
                k = first + len(lowered) - 1 - lowered[::-1].index("and")
                if all(w.lower() in UNITS or w.lower() in TENS for w in words[k + 1:last]):
                    last = k
                    end = tokens[last - 1][1]
                    value = sum(v for _, _, v in _words_value(words[first:last])[:1])
            phrase = text[start:end]
            # text2num reads plain integer phrases; our reader covers what it rejects.
            ours_only = re.search(r"\b(?:an?|dozens?|dozs|dzs|trillion|lakh|crore)\b", phrase, re.I)
            exact = _text2num(phrase) if not ours_only else None
            spans.append(NumberSpan(start, end, exact if exact is not None else value,
                                    _int_step(exact if exact is not None else value), words=True))
    return spans


def _extend_words(text: str, span: NumberSpan) -> NumberSpan:
    """Attach what may follow a spoken number: "point five", "and a half", fraction words."""
    m = _POINT.match(text, span.end)
    if m:
        # each spoken chunk is its own digits: "point seventy-one" is .71, "point o four" .04
        digits = "".join(
            str(sum(UNITS.get(w.lower(), TENS.get(w.lower(), 0))
                    for w in re.findall(r"[A-Za-z]+", chunk.group())))
            for chunk in _POINT_CHUNK.finditer(m.group("digits"))
        )
        value = float(f"{int(span.value)}.{digits}")
        return NumberSpan(span.start, m.end(), value, 10.0 ** -len(digits), words=True)
    joined = and_fraction(text, span)
    if joined is not span:
        return joined
    m = _FRACTION_WORD.match(text, span.end)
    if m and span.value >= 1:
        den = FRACTION_WORDS[m.group("den").lower()]
        plural = m.group("den").lower().endswith("s")
        # "one second", "the first fifth"? only plural or after "one"/"a" is a fraction; past
        # a hundred only the plural is ("one hundred fifth" is the 105th, "fifths" are parts)
        if (plural and (span.value < 100 or den > 2)) or (span.value == 1 and den > 2):
            from .number_joins import _split_tens_denominator  # it reads this module's tables

            return _split_tens_denominator(text, span, m) or NumberSpan(
                span.start, m.end(), span.value / den, 1 / den, words=True, fraction=True)
    return span


def and_fraction(text: str, span: NumberSpan) -> NumberSpan:
    """``span`` extended by "and a half", "and three quarters" (and a scale word after it).

    "five and a half million" is 5.5e6; "one million and a half" 1.5e6; "one billion and a
    half million" 1.0005e9. Returns ``span`` itself when nothing follows.
    """
    m = _AND_FRACTION.match(text, span.end)
    if not m:
        return span
    numerator = sum(_SMALL_NUMERATORS.get(w, TENS.get(w, 0))
                    for w in re.findall(r"[a-z]+", m.group("num").lower()))
    den = FRACTION_WORDS[m.group("frac").lower()]
    add = numerator / den
    if add >= 1 and not m.group("scale") and span.value < 1000:
        # the part of a mixed number is proper, so "one hundred and thirty fifths" is not
        # 100 + 6 but 130 fifths: the "and" belongs to the whole numerator
        whole = math.copysign(abs(span.value) + numerator, span.value)
        return NumberSpan(span.start, m.end(), whole / den, 1 / den, words=span.words,
                          fraction=True)
    if m.group("scale"):
        mult = float(SCALES[m.group("scale").strip().lower()])
        value = span.value + add * mult if span.value >= mult else (span.value + add) * mult
        return NumberSpan(span.start, m.end(), value, add * mult, words=span.words, scaled=True)
    if span.value >= 1000:
        # the fraction is of the largest scale already said: "3 million and a half"
        mult = float(10 ** (3 * int(math.log10(span.value) // 3)))
        return NumberSpan(span.start, m.end(), span.value + add * mult, add * mult,
                          words=span.words, scaled=True)
    return NumberSpan(span.start, m.end(), span.value + add, add, words=span.words,
                      fraction=True)


def _digit_numbers(text: str) -> list[NumberSpan]:
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


def _half_scales(text: str) -> list[NumberSpan]:
    spans = []
    for m in _HALF_SCALE.finditer(text):
        head = m.group("num").lower()
        frac = 0.75 if head.startswith("three") else 0.25 if "quarter" in head else 0.5
        scale = SUFFIXES[m.group("scale").lower()]
        spans.append(NumberSpan(m.start(), m.end(), frac * scale, frac * scale, words=True,
                                scaled=True))
    return spans


def _lone_fractions(text: str) -> list[NumberSpan]:
    spans = []
    for m in _LONE_FRACTION.finditer(text):
        den = FRACTION_WORDS[m.group("den").lower()]
        spans.append(NumberSpan(m.start(), m.end(), 1 / den, 1 / den, words=True, fraction=True))
    for m in _HEDGED_HALF.finditer(text):
        spans.append(NumberSpan(m.start("h"), m.end("h"), 0.5, 0.5, words=True, fraction=True))
    for m in _VULGAR_RE.finditer(text):
        value = int(m.group("whole") or 0) + _VULGAR[m.group("frac")]
        spans.append(NumberSpan(m.start(), m.end(), value, 0.01, fraction=True))
    return spans


def find_numbers(text: str) -> list[NumberSpan]:
    """Every cardinal number in ``text`` (digits, words, suffixes, fractions), in text order.

    Overlapping readings keep the longest ("half a million" over "a million"). Ordinals are
    not included (see :func:`find_ordinals`).
    """
    found = [*_half_scales(text), *_digit_numbers(text), *_lone_fractions(text)]
    for span in _word_numbers(text):
        extended = _extend_words(text, span)
        before = text[max(0, extended.start - 9):extended.start]
        minus = _MINUS_WORD.search(before)
        if minus:
            extended = NumberSpan(extended.start - (len(before) - minus.start()), extended.end,
                                  -extended.value, extended.step, words=True,
                                  fraction=extended.fraction)
        found.append(extended)
    from .number_joins import (  # see above
        _a_tens_ordinals,
        _decimal_commas,
        _digit_word_chains,
        _dotted_parts,
        _one_over_ordinals,
        _over_tens_ordinals,
        _ratios,
    )

    found.extend(_over_tens_ordinals(text, found))
    found.extend(_a_tens_ordinals(text))
    found.extend(_one_over_ordinals(text))
    found.extend(_decimal_commas(text))
    return _ratios(text, _digit_word_chains(text, _dotted_parts(text, _longest(found))))


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
            parts = _words_value(head)
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
