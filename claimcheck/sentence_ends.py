"""Where sentences end in news text, read from the characters alone (no parse needed).

A sentence ends at ". ! ?" (with any closing quotes or parenthesis after it) followed by
space and a capital or an opening mark, or at a line break; not at the stop of a title, an
initial or an abbreviation news writes before a name or a number ("Mr. Trump", "John F.
Kelly", "Oct. 12", "Gov. Jeb Bush", "U.S. officials"). :data:`ABBREVIATIONS` is the one list
of those words; the date anchors and the cited-source check of attribution both read
sentences by :func:`sentence_ends`.

Hand-written because the parser is not always at hand (values are read from plain text) and
where it is, it runs a title's stop and the next sentence together or apart unpredictably.
"""

from __future__ import annotations

import re

__all__ = ["ABBREVIATIONS", "sentence_ends"]

# titles, name suffixes, months, company forms and "No. 1": a stop after one is no end
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "jr", "sr", "st", "gov", "sen", "rep", "gen", "col", "sgt", "lt",
    "pres", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "inc",
    "ltd", "co", "corp", "vs", "no",
})  # fmt: skip

_STOP = re.compile(r"(?P<word>\w*)[.!?][\"”’')]*\s+(?=[A-Z\"“‘'(])|\n")


def sentence_ends(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """The offsets just after each sentence end in ``text[start:end]``, in text order.

    A line break is an end; a stop after a word of :data:`ABBREVIATIONS` or a single
    capital (an initial, the "S" of "U.S.") is not. Never raises.
    """
    stop = len(text) if end is None else end
    out = []
    for m in _STOP.finditer(text, start, stop):
        word = m.group("word")
        if word and (word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())):
            continue
        out.append(m.end())
    return out
