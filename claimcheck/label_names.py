"""Names and roles read from a transcript's speaker label ("SECRETARY MONICA REYES:",
"DAVID KLINE, HOST:", "MCCONNELL:").

A label in capitals loses the casing of the name it prints: "MCCONNELL" is "McConnell" and
"DESANTIS" "DeSantis" as the article writes them elsewhere; only a name the article never
writes in ordinary case falls back to title case ("Mcdonald"). Nothing here raises.
"""

from __future__ import annotations

import re

from .cues import ROLE_NOUNS, TITLES
from .honorifics import HONORIFICS

__all__ = [
    "after_comma",
    "article_case",
    "is_title",
    "name_case",
    "named_in_full",
    "role_text",
]



def is_title(word: str) -> bool:
    """Whether ``word`` of a label is a title or an honorific ("SEN.", "MR.", "THE")."""
    low = word.lower()
    return low in TITLES or low.rstrip(".") in HONORIFICS or low in ("the", "madam")


def role_text(titles: list[str]) -> str | None:
    """The role a label's titles give: abbreviations as written in news style ("Rep."),
    nouns in lower case ("secretary"); "the", "Madam" and honorifics are no role. None when
    no title is left."""
    kept = [
        name_case(w) if w.endswith(".") else w.lower()
        for w in titles
        if w.lower() not in ("the", "madam") and w.lower().rstrip(".") not in HONORIFICS
    ]
    return " ".join(kept) or None


def after_comma(between: str) -> str | None:
    """The role a label sets after a comma ("DAVID KLINE, HOST:" → "host"), or None."""
    between = between.split("(")[0].strip()
    if not between.startswith(","):
        return None
    words = between[1:].split()
    # Short all-capital words are acronyms ("CNN ANCHOR"); the rest are nouns.
    kept = [w if len(w) <= 4 and w.lower() not in ROLE_NOUNS else w.lower() for w in words]
    return " ".join(kept) or None


def name_case(word: str) -> str:
    """A word of an all-capitals label in title case ("O'NEILL" → "O'Neill"); a word with
    lower-case letters is returned as written."""
    if not word.isupper():
        return word
    return re.sub(r"[A-Z]+", lambda m: m.group()[0] + m.group()[1:].lower(), word)


def article_case(word: str, text: str) -> str:
    """``word`` of a label as ``text`` writes it in ordinary case ("MCCONNELL" →
    "McConnell" when the article has "Mr. McConnell"), else :func:`name_case`. Only a
    spelling that opens with a capital and is not all capitals counts, so "the Trump
    administration" spells "TRUMP" but "trump card" does not."""
    if not word.isupper():
        return word
    pattern = rf"(?<![\w'’]){re.escape(word)}(?![\w'’])"
    for match in re.finditer(pattern, text, re.I):
        found = match.group()
        if found[:1].isupper() and not found.isupper():
            return found
    return name_case(word)


def named_in_full(surname: str, text: str) -> str | None:
    """The one person ``text`` names in full with ``surname`` in ordinary case ("moderated by
    Lester Holt" for "Holt"; "Ron DeSantis" for "Desantis", as the article spells it), or None
    when it names none or several. A title before the surname ("Secretary Clinton", "Mr.
    Trump") names nobody in full."""
    found = set()
    pattern = rf"\b((?:[A-Z][a-z'’-]+ ){{1,2}})((?i:{re.escape(surname)}))\b"
    for match in re.finditer(pattern, text):
        first = match.group(1).split()
        if any(is_title(w) or w.lower() in ROLE_NOUNS for w in first) or match.group(2).isupper():
            continue
        found.add(f"{match.group(1)}{match.group(2)}")
    return found.pop() if len(found) == 1 else None
