"""Sentence ends read from the characters alone (claimcheck.sentence_ends)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.sentence_ends import ABBREVIATIONS, sentence_ends


@pytest.mark.parametrize(
    ("text", "ends_after"),
    [
        ("He left. She stayed.", ["He left. "]),
        ('"We won," he said. "Now we govern."', ['"We won," he said. ']),
        ("Did he? (Nobody knows.)", ["Did he? "]),
        ("He spoke.\nShe left", ["He spoke.\n"]),
        ("First line\nsecond line", ["First line\n"]),
        # negative rows: titles, initials, months, company forms and "No." end nothing
        ("Mr. Trump said Gov. Jeb Bush would go.", []),
        ("John F. Kelly spoke.", []),
        ("On Oct. 12 the U.S. Senate met.", []),
        ("Apple Inc. Chief Tim Cook spoke.", []),
        ("He is the No. 1 pick.", []),
        ("Sen. Pres. Sgt. Lt. Col. Dr. Mrs. Ms. St. Jr. Sr. Corp. Co. Ltd. Vs. X", []),
        ("prices rose 5.5 percent", []),
        ("it ended. then it began", []),  # no capital after the stop
    ],
)
def test_sentence_end_table(text, ends_after):
    assert sentence_ends(text) == [len(piece) for piece in ends_after]


def test_sentence_ends_reads_only_the_stretch_given():
    text = "One. Two. Three. Four."
    assert sentence_ends(text) == [5, 10, 17]
    assert sentence_ends(text, 5, 12) == [10]


def test_abbreviations_are_lowercase_words():
    assert all(w == w.lower() and w.isalpha() for w in ABBREVIATIONS)


@given(st.sampled_from(sorted(ABBREVIATIONS)), st.sampled_from(["Trump", "12", "(R)"]),
       st.booleans())
def test_a_stop_after_an_abbreviation_ends_no_sentence(word, after, capital):
    written = word.capitalize() if capital else word
    assert sentence_ends(f"He met {written}. {after} today") == []


@given(st.text(alphabet="ab .!?\nAB\"”", max_size=60))
def test_sentence_ends_are_in_order_and_inside_the_text(text):
    ends = sentence_ends(text)
    assert ends == sorted(set(ends))
    assert all(0 < e <= len(text) for e in ends)
