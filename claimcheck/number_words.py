"""Spelled-out numbers: runs of number words, "point five", "and a half", spoken fractions
("two thirds", "one hundred thirty fifths"), "half a million" and lone shares ("a third of").

Hand-written because text2num (used here for plain integer phrases) rejects "trillion", "a
dozen", "half a million", fractions and scale suffixes, and gives no span or precision.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from .number_tables import (
    CARDINAL,
    DOZENS,
    FRACTION_WORDS,
    ORDINAL_WORDS,
    SCALES,
    SUFFIXES,
    TENS,
    UNITS,
    NumberSpan,
    int_step,
)

# readers numbers.find_numbers runs, and the word tables number_joins shares
__all__ = [
    "MINUS_WORD",
    "UNIT_ORDINALS",
    "and_fraction",
    "extend_words",
    "half_scales",
    "lone_fractions",
    "word_numbers",
    "words_value",
]

_WORD_RUN = re.compile(
    rf"\b(?:(?:a|an)\s+(?=(?:hundred|thousand|million|billion|trillion|dozen)\b))?"
    rf"(?:{CARDINAL})(?:(?:\s*-\s*|\s+)(?:and\s+)?(?:{CARDINAL})){{0,24}}\b",
    re.IGNORECASE,
)
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
    # "between a quarter and a third of voters": the lower end of a share range
    rf"\b(?=\s+of\b|\s*[.,;:!?)]|\s*$|\s+(?:and|to)\s+(?:an?|one|two|three)[\s-]+"
    rf"(?:half|quarters?|(?:{_DENOMINATORS})s?)\s+of\b)",
    re.IGNORECASE,
)
# "more than half", "nearly half of voters": a bare "half" after a hedge is a number
_HEDGED_HALF = re.compile(
    r"\b(?:than|nearly|almost|about|around|roughly|over|under|some|just|only|barely)\s+"
    r"(?P<h>half)\b(?![\s-]*(?:time|way|brother|sister|hour|term|century|an?\b))",
    re.IGNORECASE,
)
_UNIT_ALT = "|".join(sorted(UNITS, key=len, reverse=True))
_TENS_ALT = "|".join(TENS)
_POINT_CHUNK = re.compile(rf"(?:{_TENS_ALT})(?:\s*-\s*(?:{_UNIT_ALT}))?|(?:{_UNIT_ALT})", re.I)
_POINT = re.compile(
    rf"\s+point(?P<digits>(?:\s+(?:(?:{_TENS_ALT})(?:\s*-\s*(?:{_UNIT_ALT}))?|(?:{_UNIT_ALT})))+)",
    re.IGNORECASE,
)
MINUS_WORD = re.compile(r"(?:minus|negative)\s+$", re.IGNORECASE)
_FRACTION_WORD = re.compile(
    rf"(?:\s*-\s*|\s+)(?P<den>{'|'.join(sorted(FRACTION_WORDS, key=len, reverse=True))})\b",
    re.IGNORECASE,
)
UNIT_ORDINALS = {w: v for w, v in ORDINAL_WORDS.items() if 3 <= v <= 9}
_TENS_BEFORE = re.compile(rf"(?P<tens>{'|'.join(TENS)})(?:\s*-\s*|\s+)$", re.IGNORECASE)


def words_value(words: list[str]) -> list[tuple[int, int, float]]:
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
        if w in DOZENS:
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


def word_numbers(text: str) -> list[NumberSpan]:
    """Every number spelled in words in ``text`` ("two hundred", "a dozen"), as
    :class:`NumberSpan` items; never raises."""
    spans: list[NumberSpan] = []
    for run in _WORD_RUN.finditer(text):
        tokens = [(m.start() + run.start(), m.end() + run.start(), m.group())
                  for m in re.finditer(r"[A-Za-z]+", run.group())]
        if re.search(r"\d\s*$", text[max(0, run.start() - 3):run.start()]):
            # "3 hundred and 21": the scale word belongs to the digits before it
            while tokens and (tokens[0][2].lower() in SCALES or tokens[0][2].lower() == "and"):
                tokens = tokens[1:]
        words = [t[2] for t in tokens]
        for first, last, value in words_value(words):
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
                    value = sum(v for _, _, v in words_value(words[first:last])[:1])
            phrase = text[start:end]
            # text2num reads plain integer phrases; our reader covers what it rejects.
            ours_only = re.search(r"\b(?:an?|dozens?|dozs|dzs|trillion|lakh|crore)\b", phrase, re.I)
            exact = _text2num(phrase) if not ours_only else None
            spans.append(NumberSpan(start, end, exact if exact is not None else value,
                                    int_step(exact if exact is not None else value), words=True))
    return spans


def extend_words(text: str, span: NumberSpan) -> NumberSpan:
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



def half_scales(text: str) -> list[NumberSpan]:
    """"half a million", "a quarter billion": a fraction of a scale word, as
    :class:`NumberSpan` items."""
    spans = []
    for m in _HALF_SCALE.finditer(text):
        head = m.group("num").lower()
        frac = 0.75 if head.startswith("three") else 0.25 if "quarter" in head else 0.5
        scale = SUFFIXES[m.group("scale").lower()]
        spans.append(NumberSpan(m.start(), m.end(), frac * scale, frac * scale, words=True,
                                scaled=True))
    return spans


def lone_fractions(text: str) -> list[NumberSpan]:
    """Fraction words standing alone ("a third", "half") as :class:`NumberSpan` items."""
    spans = []
    for m in _LONE_FRACTION.finditer(text):
        den = FRACTION_WORDS[m.group("den").lower()]
        spans.append(NumberSpan(m.start(), m.end(), 1 / den, 1 / den, words=True, fraction=True))
    for m in _HEDGED_HALF.finditer(text):
        spans.append(NumberSpan(m.start("h"), m.end("h"), 0.5, 0.5, words=True, fraction=True))
    return spans


def _split_tens_denominator(text: str, span: NumberSpan, m: re.Match[str]) -> NumberSpan | None:
    """ "one hundred thirty fifths" is 100/35: a tens word right before a unit ordinal joins it
    (as in "twenty-fifth") unless "and" ties it to the whole number ("hundred and thirty")."""
    den_word = m.group("den").lower().rstrip("s")
    before = text[span.start:m.start()].rstrip() + " "
    t = _TENS_BEFORE.search(before)
    if den_word not in UNIT_ORDINALS or t is None or t.start() == 0:
        return None
    rest = before[:t.start()].rstrip()
    if not rest or rest.lower().endswith(" and") or rest.lower() == "and":
        return None
    numerator = _text2num(rest) if not re.search(r"\b(?:an?|and)\b", rest, re.I) else None
    if numerator is None:
        values = words_value(re.findall(r"[A-Za-z]+", rest))
        if len(values) != 1:
            return None
        numerator = values[0][2]
    den = TENS[t.group("tens").lower()] + UNIT_ORDINALS[den_word]
    sign = -1 if span.value < 0 else 1
    return NumberSpan(span.start, m.end(), sign * numerator / den, 1 / den, words=True,
                      fraction=True)
