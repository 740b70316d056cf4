"""A name opening a sentence with a figure in it ("Fortune 500 companies pay") counts
nothing; a sentence opened by a figure, or by a function word or adverb before it, still
states a count (claimcheck.values)."""

from __future__ import annotations

import pytest

from claimcheck.values import parse_values


def _values(text: str) -> list[tuple[str, str]]:
    return [(v.kind, text[v.start:v.end]) for v in parse_values(text)]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # a name's word opens the sentence, digits right after it: part of the name
        ("Fortune 500 companies pay less tax.", []),
        ("Profits fell. Russell 2000 stocks rose.", []),
        ("Formula 1 teams raced in Monaco.", []),
        ("Windows 10 computers crashed.", []),
        ("Boeing 737 jets were grounded.", []),
        ("He left.\nArticle 33 affirms the rule.", []),
        ("“Apollo 13” is a film about 3 astronauts.", ["3"]),
        # negative rows: a figure opening the sentence, or a function word or adverb before
        # it, states a count, as does a name's word that does not open the sentence
        ("500 companies pay less tax.", ["500"]),
        ("About 270 people have been resettled.", ["270"]),
        ("With 38 delegates at stake, Sanders won.", ["38"]),
        ("It rained. Nearly 10,000 jobs disappeared.", ["10,000"]),
        ("Another 24 delegates are divided.", ["24"]),
        ("Some 14 candidates are still running.", ["14"]),
        ("Yesterday 40 people marched.", ["40"]),
        ("Tonight 40 people marched.", ["40"]),
        ("Overall 500 jobs were cut.", ["500"]),
        ("Nationwide 2,000 stores closed.", ["2,000"]),
        ("Including 40 children, 300 people were rescued.", ["40", "300"]),
        ("Its 57 delegates make it the largest prize.", ["57"]),
        ("The report said 500 companies pay less tax.", ["500"]),
        # a spelled number after an opener is left to the other rules
        ("Only three senators endorsed him.", ["three"]),
    ],
)
def test_opening_name_table(text, counts):
    assert [t for kind, t in _values(text) if kind == "count"] == counts


def test_opening_name_keeps_the_year_claim():
    assert _values("Apollo 11 landed in 1969.") == [("date", "1969")]
