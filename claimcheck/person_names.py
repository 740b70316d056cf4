"""The people an article has named so far, indexed the ways news refers back to them.

News names a person once in full ("Donald J. Trump") and then by the surname ("Trump"), a
first word ("Lin" for "Lin Jiayi", a child's first name) or a knight's title and first name
("Sir Keir"). :class:`PersonNames` keeps the names NER tagged (and those
:mod:`~claimcheck.untagged_names` found) by surname, first word and knight's first name;
:class:`~claimcheck.speaker_memory.DocMemory` asks it when it expands a short reference.
Nothing here raises.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .honorifics import HONORIFICS, KNIGHTED

__all__ = ["PersonNames"]

# Words that make a PERSON entity a court case ('Trump v. Trump'), which names nobody in full.
_VERSUS = frozenset({"v.", "vs.", "v", "vs"})


@dataclass
class PersonNames:
    """The person names learned so far; keys are lower case."""

    # surname -> the longest full name with it: later "Trump" means "Donald Trump"
    surnames: dict[str, str] = field(default_factory=dict)
    # surname -> first words of the full names with it ("Donald J. Trump" is Donald Trump)
    namesakes: dict[str, set[str]] = field(default_factory=dict)
    fulls: dict[str, set[str]] = field(default_factory=dict)  # surname -> full names
    firsts: dict[str, set[str]] = field(default_factory=dict)  # first word -> surnames
    # first name -> full names written after "Sir" or "Dame"
    knights: dict[str, set[str]] = field(default_factory=dict)
    # Last words of every person NER tagged, alone or in full.
    words: set[str] = field(default_factory=set)

    def learn(self, name: str, *, knighted: bool) -> str:
        """Remember a person NER tagged as ``name`` (``knighted`` when "Sir" or "Dame" is
        written just before it); return the name without a knight's title NER took in."""
        parts = name.split()
        if len(parts) > 2 and parts[0].lower() in KNIGHTED:
            knighted, parts = True, parts[1:]  # NER took "Dame" into the name
            name = " ".join(parts)
        if len(parts) > 1 and knighted:
            self.knights.setdefault(parts[0].lower(), set()).add(name)
        self.words.add(parts[-1].lower())
        key = parts[-1].lower()
        in_full = (
            len(parts) > 1
            and parts[0].lower().rstrip(".") not in HONORIFICS
            and parts[0].lower() != key
            and not _VERSUS & {p.lower() for p in parts}
        )
        if in_full:
            self.namesakes.setdefault(key, set()).add(parts[0].lower())
            self.fulls.setdefault(key, set()).add(name)
            self.firsts.setdefault(parts[0].lower(), set()).add(key)
        if in_full and len(name) > len(self.surnames.get(key, "")):
            self.surnames[key] = name
        return name

    def learn_untagged(self, name: str) -> None:
        """Remember a "First Surname" NER did not tag, unless the surname is known already."""
        key = name.split()[-1].lower()
        if key not in self.surnames:
            # 'Doyle said' after 'Marcus Doyle, the museum's director' NER called an ORG
            self.surnames[key] = name
            self.namesakes.setdefault(key, set()).add(name.split()[0].lower())

    def short_form(self, word: str, name: str) -> str:
        """A one-word reference (``word`` in lower case, ``name`` as written): the person
        whose surname it is, else the one person named in full whose first word it is — a
        Chinese family name, written first ("Lin Jiayi" … "Lin said"), or the first name news
        uses for ordinary people and children — else ``name``. A surname wins: English news
        calls people by it, and NER runs a surname into the next word ("Trump Tower") often
        enough to make a surname look like a first word."""
        full = self.surnames.get(word)
        if full is not None:
            return full
        surnames = self.firsts.get(word, set()) - {word}
        if len(surnames) == 1:
            return self.surnames.get(next(iter(surnames)), name)
        return name
