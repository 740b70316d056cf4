"""The tense cue words around a date: names are not verbs, titles do not end sentences."""

from __future__ import annotations

import pytest

from claimcheck.date_tense import guess_tense


@pytest.mark.parametrize(("text", "date_words", "tense"), [
    ("In January, Ms. Donhauser will move some of the collection.", "January", "future"),
    ("In September, Mr. Clarke handed over the company.", "September", "past"),
    ("Asked on Monday whether he would run, he declined.", "Monday", "past"),
    ("Beck will endorse Sen. Ted Cruz at a rally on Saturday.", "Saturday", "future"),
    # negative rows: a name ending in -ed is no past tense, a title no sentence end
    ("Ted Cruz speaks on Friday.", "Friday", None),
    ("Fred Smith on Friday.", "Friday", None),
])
def test_tense_cues(text: str, date_words: str, tense: str | None) -> None:
    start = text.index(date_words)
    assert guess_tense(text, start, start + len(date_words)) == tense
