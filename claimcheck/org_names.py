"""The organisations an article has named, so a short word can stand for one of them.

News names an organisation once in full ("the Chinese Foreign Ministry") and then calls it by
its last word ("the ministry"); :class:`OrgNames` remembers the full names by that word.
Nothing here raises.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .mention_span import join_words
from .name_cleaning import DETERMINERS, strip_det

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["OrgNames"]

# Entity labels that make a phrase a named organisation, place or people rather than a noun.
_NAMED_ORG_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "PERSON"})


@dataclass
class OrgNames:
    """The organisation names learned so far, keyed by their last word in lower case."""

    _by_last: dict[str, list[str]] = field(default_factory=dict)

    def learn(self, org: str) -> None:
        """Remember ``org`` (a non-empty name) as named in the article."""
        # Keyed by last word: "ministry" finds "Chinese Foreign Ministry" directly.
        self._by_last.setdefault(org.split()[-1].lower(), []).append(org)

    def expand(self, org: str) -> str:
        """A short organisation word ("ministry") expanded to the latest named one it
        ends ("Chinese Foreign Ministry"), else ``org`` as given."""
        low = org.lower()
        words = low.split()
        if not words:
            return org
        for known in reversed(self._by_last.get(words[-1], [])):
            if known.lower() != low and known.lower().endswith(low):
                return known
        return org

    def named(self, tokens: list[Token]) -> str | None:
        """The organisation ``tokens`` name, or None when they are only a common noun.

        "ministry" in "a ministry spokeswoman" stands for the ministry the article names
        ("Chinese Foreign Ministry"); with none named, a bare "ministry" or "company" says
        nothing a reader could look up, so it is no organisation.
        """
        org = strip_det(join_words(tokens))
        for suffix in (" 's", " ’s", "'s", "’s"):
            org = org.removesuffix(suffix)
        if not org:
            return None
        expanded = self.expand(org)
        if expanded != org:
            return expanded
        named = any(
            t.pos_ == "PROPN" or t.ent_type_ in _NAMED_ORG_LABELS
            for t in tokens
            if t.lower_ not in DETERMINERS
        )
        return org if named else None
