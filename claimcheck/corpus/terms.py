"""Normalised words and entities: the vocabulary that index keys and matching share.

Index keys are built at build time and looked up at query time, so both sides must normalise
text the same way; this module is the one place that does. News writes one idea many ways
("war", "invasion", "offensive"; "Russia", "Moscow", "the Kremlin"), so words map to a term
and names to a canonical entity before they become keys.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property

_WORD = re.compile(r"[a-z][a-z']*")

# Words that say nothing about what a fact is about. Months, weekdays and number words are
# here because dates and values are compared as values, never as keywords.
_STOP_TEXT = """
    a about above after again against all almost also am an and any approximately are around
    as at be because been before being below between both but by can could did do does doing
    down during each few for from further had has have having he her here hers him his how i if
    in into is it its itself just last least less like many may me might more most much must my
    nearly no nor not now of off on once only or other our out over own per roughly said same
    say says she should since slightly so some such than that the their them then there these
    they this those through to too under until up upon very was we were what when where which
    while who whom why will with would year years you your ago earlier later next week weeks
    month months day days today yesterday tomorrow time times according told two three four
    five six seven eight nine ten hundred thousand million billion trillion bn mn dollar dollars
    usd us$ yuan euro euros percent cent first second third fourth fifth sixth seventh eighth
    ninth tenth reached reach reaches stood stands total totalled totaled new another
    january february march april june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())

# One term per idea, whichever word the writer chose. Keys and scores use the term.
SYNONYMS: Mapping[str, str] = {
    **dict.fromkeys(["trade", "trading", "traded", "turnover", "commerce"], "trade"),
    **dict.fromkeys(["visit", "visited", "visiting", "trip", "travel", "travelled"], "visit"),
    **dict.fromkeys(["meet", "met", "meeting", "talks", "summit", "summits"], "meeting"),
    **dict.fromkeys(["invasion", "invade", "invaded", "war", "offensive"], "invasion"),
    **dict.fromkeys(["election", "elected", "reelection", "re-election", "vote"], "election"),
    **dict.fromkeys(["relations", "relationship", "ties"], "relations"),
    **dict.fromkeys(["announce", "announced", "announcement", "announces"], "announce"),
    **dict.fromkeys(
        ["founded", "founding", "establishment", "established", "establish"], "founding"
    ),
    **dict.fromkeys(["export", "exports", "exported"], "export"),
    **dict.fromkeys(["import", "imports", "imported"], "import"),
}

# Built-in aliases: canonical entity → the names news uses for it. Corpus person records add
# theirs (see :func:`alias_table`). Demonyms count: "Chinese exports" are China's exports.
BUILTIN_ALIASES: Mapping[str, tuple[str, ...]] = {
    "china": ("China", "Chinese", "Beijing", "PRC", "People's Republic of China"),
    "russia": ("Russia", "Russian", "Russian Federation", "Moscow", "Kremlin"),
    "soviet union": ("Soviet Union", "USSR", "Soviet"),
    "ukraine": ("Ukraine", "Ukrainian", "Kyiv", "Kiev"),
    "united states": ("United States", "US", "U.S.", "USA", "America", "American", "Washington"),
    "india": ("India", "Indian", "New Delhi"),
    "japan": ("Japan", "Japanese", "Tokyo"),
    "european union": ("European Union", "EU"),
    "uzbekistan": ("Uzbekistan", "Uzbek", "Samarkand", "Tashkent"),
}


def stem(word: str) -> str:
    """The term a lowercase word stands for: its synonym class, else a crude singular."""
    word = word.strip("'")
    if word in SYNONYMS:
        return SYNONYMS[word]
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return SYNONYMS.get(word[:-1], word[:-1])
    return word


def words(text: str) -> list[tuple[int, str]]:
    """``(start offset, term)`` for every content word of ``text``, in order."""
    out = []
    for m in _WORD.finditer(text.lower()):
        w = m.group().strip("'")
        if len(w) < 2 or w in STOP_WORDS:
            continue
        term = stem(w)
        if term and term not in STOP_WORDS:
            out.append((m.start(), term))
    return out


def terms(text: str | None) -> list[str]:
    """The distinct content terms of ``text``, in order of first appearance."""
    if not text:
        return []
    return list(_terms(text))


@functools.lru_cache(maxsize=65536)
def _terms(text: str) -> tuple[str, ...]:
    # Predicates and names repeat across a corpus; each is read once.
    return tuple(dict.fromkeys(t for _, t in words(text)))


@functools.lru_cache(maxsize=65536)
def canonical(name: str) -> str:
    """A name lowercased with spacing and punctuation normalised: the form keys use."""
    return re.sub(r"[^\w']+", " ", name.lower()).strip()


_TOKEN = re.compile(r"[^\W_](?:[\w'’.-]*[^\W_])?\.?")
MAX_NAME_WORDS = 5
_POSSESSIVE = re.compile(r"['’]s$")


@dataclass(frozen=True)
class EntityFinder:
    """Finds known entities in text and maps names to canonical entities.

    Build one with :func:`alias_table`; it is immutable and safe to share across threads.
    Names are looked up word n-gram by n-gram in a dict, longest first, so building one costs
    no regex compilation however many aliases a corpus brings.
    """

    aliases: Mapping[str, str]
    capitals: frozenset[str]  # short all-caps aliases (US, EU) that only match in capitals

    def resolve(self, name: str) -> str:
        """The canonical entity a name refers to (the name itself, normalised, if unknown)."""
        key = canonical(name)
        return self.aliases.get(key, key)

    @cached_property
    def first_words(self) -> frozenset[str]:
        """The first word of every alias: a word not in it starts no name."""
        return frozenset(key.split(" ", 1)[0] for key in self.aliases)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, entity)`` for every known name in ``text``, in order."""
        tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
        found = []
        first_words = self.first_words
        i = 0
        while i < len(tokens):
            # Most words start no alias; trying every n-gram at each of them was the verify
            # stage's main cost.
            head = canonical(_POSSESSIVE.sub("", tokens[i][2])).split(" ", 1)[0]
            if head not in first_words:
                i += 1
                continue
            for n in range(min(MAX_NAME_WORDS, len(tokens) - i), 0, -1):
                start, end = tokens[i][0], tokens[i + n - 1][1]
                surface = _POSSESSIVE.sub("", text[start:end])
                if surface.endswith(".") and n == 1 and surface.count(".") == 1:
                    surface = surface[:-1]  # a full stop, not an abbreviation like "U.S."
                key = canonical(surface)
                entity = self.aliases.get(key)
                if entity is None:
                    continue
                if key in self.capitals and not surface.replace(".", "").isupper():
                    continue
                found.append((start, start + len(surface), entity))
                i += n
                break
            else:
                i += 1
        return found


def alias_table(extra: Iterable[tuple[str, Iterable[str]]] = ()) -> EntityFinder:
    """An :class:`EntityFinder` over the built-in aliases plus ``(name, aliases)`` pairs.

    ``extra`` usually comes from corpus person records: each alias maps to the person's name.
    """
    aliases: dict[str, str] = {}
    capitals: set[str] = set()
    for entity, names in BUILTIN_ALIASES.items():
        for n in names:
            aliases[canonical(n)] = entity
            if n.replace(".", "").isupper() and len(n) <= 4:
                capitals.add(canonical(n))
    for name, more in extra:
        target = canonical(name)
        for n in (name, *more):
            if len(canonical(n)) < 2:
                continue
            aliases.setdefault(canonical(n), target)
    return EntityFinder(aliases, frozenset(capitals))
