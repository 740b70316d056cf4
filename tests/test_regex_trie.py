"""The prefix-tree alternation matches exactly what the longest-first word list matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.regex_trie import trie_pattern


def _listed(words: list[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@pytest.mark.parametrize(("words", "text", "found"), [
    (["may", "mayday", "march"], "mayday may marchers", ["mayday", "may", "march"]),
    (["seven", "seventeen", "seventy"], "seventeen seventy seven",
     ["seventeen", "seventy", "seven"]),
    (["twenty first", "twenty"], "twenty first, twenty-first", ["twenty first", "twenty", "first"]),
    # negative rows: words that are not in the list are not found
    (["june", "july"], "jun juli", []),
    (["ten"], "TEN", ["TEN"]),
])
def test_trie_finds_the_listed_words(words: list[str], text: str, found: list[str]) -> None:
    words = [*words, "first"] if "twenty first" in words else words
    pattern = re.compile(rf"\b(?:{trie_pattern(words)})", re.IGNORECASE)
    assert [m.group() for m in pattern.finditer(text)] == found


def test_space_is_written_as_the_given_pattern() -> None:
    source = trie_pattern(["twenty five"], space=r"[\s-]+")
    pattern = re.compile(f"(?:{source})$")
    assert pattern.match("twenty-five") and pattern.match("twenty  five")
    assert not pattern.match("twentyfive")


_WORDS = st.lists(st.text(alphabet="abc -", min_size=1, max_size=5), min_size=1, max_size=8,
                  unique=True)


@given(words=_WORDS, text=st.text(alphabet="abc -.", max_size=40))
def test_law_trie_matches_like_the_longest_first_alternation(words: list[str], text: str) -> None:
    # The same matches, including where a longer word fails and a shorter one is taken, also
    # when something must follow (the backtracking order is the same).
    for tail in ("", r"(?=\s|$)", "b"):
        trie = re.compile(f"(?:{trie_pattern(words)}){tail}")
        listed = re.compile(f"(?:{_listed(words)}){tail}")
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in listed.finditer(text)]
