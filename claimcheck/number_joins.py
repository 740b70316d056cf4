"""How number spans join into one number or split apart: spoken fractions over compound
ordinals ("one hundred thirty fifths"), digits with scale words adding up ("4 thousand 3
hundred and 21"), ratios ("two out of five", "one in three", "two thirds of a million"),
decimal commas ("1,3", "1.111,11") and dotted runs that are no decimal ("192.168.1.2").

Hand-written for the same reason as :mod:`.numbers`: text2num reads whole integer phrases only.
"""

from __future__ import annotations

import re

from .number_tables import CARDINAL, ORDINAL_WORDS, SCALES, TENS, UNITS, NumberSpan, step_of
from .number_words import UNIT_ORDINALS, words_value

# joins numbers.find_numbers runs
__all__ = [
    "a_tens_ordinals",
    "decimal_commas",
    "digit_word_chains",
    "dotted_parts",
    "one_over_ordinals",
    "over_tens_ordinals",
    "ratio_numbers",
]

_RATIO = re.compile(r"\s+(?P<op>over|out\s+of|in)\s+", re.IGNORECASE)
_TIME_AFTER = re.compile(r"\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b",
                         re.IGNORECASE)
_OF_A_SCALE = re.compile(r"\s+of\s+an?\s+(?P<scale>thousand|million|billion|trillion)\b",
                         re.IGNORECASE)



# "twenty-first" is a denominator here; "second" never is ("three twenty seconds" is time)
_COMPOUND_UNITS = {"first": 1, **UNIT_ORDINALS}

_TENS_ORDINAL = re.compile(
    rf"\s+(?P<tens>{'|'.join(TENS)})(?:\s*-\s*|\s+)(?P<den>{'|'.join(_COMPOUND_UNITS)})(?P<s>s)?\b",
    re.IGNORECASE,
)


def over_tens_ordinals(text: str, spans: list[NumberSpan]) -> list[NumberSpan]:
    """ "one twenty-fifth", "three twenty-firsts": a number over a compound ordinal."""
    out = []
    for span in spans:
        if not span.words or span.fraction or span.value <= 0:
            continue
        m = _TENS_ORDINAL.match(text, span.end)
        # a singular one before a noun is an ordinal use: "one twenty-first-century idea"
        noun_after = re.match(r"[\s-]+(?!of\b)[a-z]", text[m.end():]) if m else None
        if m and (span.value == 1) != bool(m.group("s")) and not noun_after:
            den = TENS[m.group("tens").lower()] + _COMPOUND_UNITS[m.group("den").lower()]
            out.append(NumberSpan(span.start, m.end(), span.value / den, 1 / den, words=True,
                                  fraction=True))
    return out


_A_TENS_ORDINAL = re.compile(
    rf"\b(?:a|an)\s+(?P<tens>{'|'.join(TENS)})(?:\s*-\s*|\s+)(?P<den>{'|'.join(_COMPOUND_UNITS)})"
    r"\b(?=\s+of\b|\s*[.,;:!?)]|\s*$)",
    re.IGNORECASE,
)


def a_tens_ordinals(text: str) -> list[NumberSpan]:
    """ "a twenty-first (of)": one part over a compound ordinal, as "a fifth" is; only before
    "of" or a stop, since "a twenty-first birthday" counts the birthday."""
    out = []
    for m in _A_TENS_ORDINAL.finditer(text):
        den = TENS[m.group("tens").lower()] + _COMPOUND_UNITS[m.group("den").lower()]
        out.append(NumberSpan(m.start(), m.end(), 1 / den, 1 / den, words=True, fraction=True))
    return out


_ONE_OVER = re.compile(
    rf"\bone\s+(?P<phrase>(?:{'|'.join(UNITS)})(?:(?:\s*-\s*|\s+)(?:and\s+)?(?:{CARDINAL}))*"
    rf"(?:\s+and)?(?:\s*-\s*|\s+)(?P<ord>{'|'.join(ORDINAL_WORDS)}))\b(?![\s-]+(?!of\b)[a-z])",
    re.IGNORECASE,
)


def one_over_ordinals(text: str) -> list[NumberSpan]:
    """ "one one-hundredth", "one one hundred fifth": one part over an ordinal of a hundred or
    more, which "one" before a whole new number ("one one ...") can only mean."""
    out = []
    for m in _ONE_OVER.finditer(text):
        words = [w for w in re.findall(r"[A-Za-z]+", m.group("phrase").lower()) if w != "and"]
        parts = words_value(words[:-1])
        if len(parts) != 1:
            continue
        head, ordinal = parts[0][2], ORDINAL_WORDS[m.group("ord").lower()]
        den = head * ordinal if ordinal >= 100 and head < ordinal else head + ordinal
        if den >= 100:
            out.append(NumberSpan(m.start(), m.end(), 1 / den, 1 / den, words=True,
                                  fraction=True))
    return out


def ratio_numbers(text: str, spans: list[NumberSpan]) -> list[NumberSpan]:
    """ "one in three", "two out of five", "2000 over 3", "two thirds of a million"."""
    out: list[NumberSpan] = []
    for span in spans:
        prev = out[-1] if out else None
        if prev is not None and span.start < prev.end:
            continue  # swallowed by "of a million" just before
        if prev is not None and not prev.fraction and span.value:
            m = _RATIO.fullmatch(text, prev.end, span.start)
            op = " ".join(m.group("op").lower().split()) if m else None
            after = text[span.end:span.end + 2]
            # a part is never more than its whole: "12 out of 10" are two numbers
            ok = (
                (op == "out of" and prev.value <= span.value)
                or (op == "in" and prev.value == 1 and 1 < span.value < 1000)
                # "2 in 5 voters"; but "2 in 10 minutes" is a pace, "5 in 2019" a date
                or (op == "in" and float(prev.value).is_integer() and 1 < prev.value
                    < span.value <= 100 and float(span.value).is_integer()
                    and not _TIME_AFTER.match(text, span.end))
                or (op == "over" and not re.match(r"\s*[A-Za-z]", after))
            )
            if ok:
                out[-1] = NumberSpan(prev.start, span.end, prev.value / span.value, 0.001,
                                     words=prev.words, fraction=True)
                continue
        if span.fraction and span.value < 1:
            m = _OF_A_SCALE.match(text, span.end)
            if m:
                mult = float(SCALES[m.group("scale").lower()])
                span = NumberSpan(span.start, m.end(), span.value * mult, span.step * mult,
                                  words=span.words, scaled=True)
        out.append(span)
    return out


_WORD_SCALE_END = re.compile(r"(?:hundred|thousand|million|billion|trillion|lakh|crore)$", re.I)
_CHAIN_GAP = re.compile(r"\s+(?:and\s+)?", re.IGNORECASE)


def digit_word_chains(text: str, spans: list[NumberSpan]) -> list[NumberSpan]:
    """ "4 thousand 3 hundred and 21" is 4321: digits with a scale word add up with the smaller
    numbers that follow, as the words alone would ("four thousand three hundred")."""
    out: list[NumberSpan] = []
    room = 0.0  # the scale of the last piece: the next piece must be smaller than it
    for span in spans:
        prev = out[-1] if out else None
        gap = _CHAIN_GAP.fullmatch(text, prev.end, span.start) if prev is not None else None
        # bare digits join only through "and" ("3 hundred and 21"); "5 million 300 people"
        # reads as two figures a comma was dropped between
        said_and = gap is not None and "and" in gap.group().lower()
        joins = gap is not None and (span.words or span.scaled or said_and)
        if (prev is not None and joins and room and 0 < span.value < room and not span.fraction
                and not span.ordinal):
            out[-1] = NumberSpan(prev.start, span.end, prev.value + span.value, span.step,
                                 words=prev.words, scaled=True, scale=prev.scale)
            piece = text[span.start:span.end]
            room = span.scale if span.scale > 1 and _WORD_SCALE_END.search(piece) else 0.0
            continue
        out.append(span)
        piece = text[span.start:span.end]
        room = span.scale if span.scale > 1 and _WORD_SCALE_END.search(piece) else 0.0
    return out


# A decimal comma: one digit after a comma is never a thousands group ("1,3"), nor are two
# after dot-grouped thousands ("1.111,11"); a list ("pages 1,3 and 5") stays apart.
_DECIMAL_COMMA = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:\.\d{3})+,\d{1,2}|\d{1,3},\d"
    r"(?!\s*(?:,|and|or|&|-|–|to)\s*\d))(?!\w|[.,]\d)"
)
# Three or more dot-separated groups are no decimal: an address, a version, a dotted date.
_DOTTED = re.compile(r"(?<![\w.,])\d+(?:\.\d+){2,}(?![\w]|[.,]\d)")


def decimal_commas(text: str) -> list[NumberSpan]:
    """ "1,3" is 1.3 and "1.111,11" is 1111.11, as continental Europe writes them."""
    out = []
    for m in _DECIMAL_COMMA.finditer(text):
        if re.search(r"\d\s*,\s*$", text[max(0, m.start() - 4):m.start()]):
            continue  # the last item of a list: "2, 1,3"
        whole, decimals = m.group("num").split(",")
        value = float(whole.replace(".", "") + "." + decimals)
        out.append(NumberSpan(m.start(), m.end(), value, 10.0 ** -len(decimals)))
    return out


def dotted_parts(text: str, spans: list[NumberSpan]) -> list[NumberSpan]:
    """``spans`` with each dotted run ("192.168.1.2") replaced by its groups as integers."""
    runs = [(m.start(), m.end()) for m in _DOTTED.finditer(text)]
    if not runs:
        return spans
    kept = [s for s in spans if not any(s.start < e and b < s.end for b, e in runs)]
    for b, e in runs:
        for part in re.finditer(r"\d+", text[b:e]):
            kept.append(NumberSpan(b + part.start(), b + part.end(), float(part.group()),
                                   step_of(part.group())))
    return sorted(kept, key=lambda s: s.start)

