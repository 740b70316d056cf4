"""Date patterns run only on windows holding what they require: gating never loses a date."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.date_gate_table import GATES
from claimcheck.date_gates import DIGIT, Gated, has_digit, normalise, required, table
from claimcheck.news_dates import date_patterns

PATTERNS = [p for p, _ in date_patterns()]
# words other patterns need, so drawn text holds triggers that are not this pattern's own
OTHERS = sorted({a for p in PATTERNS for c in p.gate or () for a in c if a != DIGIT})


def test_gate_table_is_current() -> None:
    assert table(PATTERNS) == GATES, "stale gates: run `python -m claimcheck.date_gates`"


def test_every_pattern_has_a_gate() -> None:
    assert all(p.gate for p in PATTERNS)


def test_a_pattern_missing_from_the_table_runs_everywhere() -> None:
    pattern = Gated(r"\bnot in any table\b")
    assert pattern.gate is None
    assert pattern.admits("", digit=False)


@pytest.mark.parametrize("index", range(len(PATTERNS)))
@settings(max_examples=12)  # 88 patterns: the corpus dump in the commit log is the wide check
@given(data=st.data())
def test_law_a_gate_admits_every_window_its_pattern_matches(
        index: int, data: st.DataObject) -> None:
    pattern = PATTERNS[index]
    filler = st.lists(st.sampled_from([*OTHERS, " ", "\n", "7", ",", "."]), max_size=4).map("".join)
    text = data.draw(filler) + data.draw(st.from_regex(pattern.compiled)) + data.draw(filler)
    if pattern.compiled.search(text):
        assert pattern.admits(normalise(text), digit=has_digit(text))


@pytest.mark.parametrize(("source", "flags", "gate"), [
    (r"\bcentury\b", re.I, (frozenset({"century"}),)),
    (r"(?<![\d/.,$])9/11(?![\d/])", 0, (frozenset({"9/11"}),)),
    (r"\bEO(?P<u>[YM])\b", 0, (frozenset({"eom", "eoy"}),)),
    (r"\b(?:last|next)\s+week\b", re.I, (frozenset({"last", "next"}), frozenset({"week"}))),
    (r"(?P<n>\d+)\s+days?\s+ago", re.I, (frozenset({DIGIT}), frozenset({"ago"}),
                                          frozenset({"day"}))),
    (r"\d{1,2}(?=\s+attacks)", 0, (frozenset({DIGIT}), frozenset({"attacks"}))),
    # negative rows: what may lie before the window, or may be absent, requires nothing
    (r"(?<=week)\s+\w+", 0, ()),
    (r"(?:week)?\s*\w+", re.I, ()),
    (r"\w+|week", 0, ()),
    (r"(?P<a>x)?(?(a)week|\w)", 0, ()),
])
def test_required_reads_what_every_match_holds(source: str, flags: int, gate: tuple[
        frozenset[str], ...]) -> None:
    assert required(source, flags) == gate


def test_normalise_folds_every_character_ignorecase_takes_for_a_gate_letter() -> None:
    letters = {ch for p in PATTERNS for c in p.gate or () for a in c for ch in a if ch.isalpha()}
    assert letters <= set("abcdefghijklmnopqrstuvwxyz")
    any_letter = re.compile("[a-z]", re.I)
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if any_letter.fullmatch(ch):
            assert len(normalise(ch)) == 1 and re.fullmatch(normalise(ch), ch, re.I), ch
