"""The seed article end to end: who is quoted, in what role, for which organisation."""

from __future__ import annotations

import pytest

import claimcheck
from tests.conftest import SEED_DATE


@pytest.fixture(scope="module")
def quotes(nlp, seed_text):
    return claimcheck.extract_quotes(seed_text, date=SEED_DATE, nlp=nlp)


def _speaker(quote):
    s = quote.speaker
    return (s.name, s.kind, s.role, s.organization) if s else None


def test_exactly_four_marked_quotes_with_their_speakers(quotes):
    marked = [q for q in quotes if q.kind != "indirect"]
    got = [
        (" ".join(q.text.split()[:3]), q.kind, _speaker(q), q.speaker.mention.text) for q in marked
    ]
    assert got == [
        (
            '"At the invitation',
            "direct",
            ("Hua Chunying", "person", "spokeswoman", "Chinese Foreign Ministry"),
            "ministry spokeswoman Hua Chunying",
        ),
        ('"boundless"', "partial", ("Russia and China", "group", None, None), "Russia and China"),
        (
            '"President Xi Jinping',
            "direct",
            ("Wang Wenbin", "person", "spokesman", "Chinese Foreign Ministry"),
            "another spokesman, Wang Wenbin",
        ),
        (
            '"comprehensive partnership and',
            "partial",
            ("Kremlin", "organization", None, None),
            "The Kremlin",
        ),
    ]


def test_marked_quotes_cover_their_marks_and_cues(quotes, seed_text):
    marked = {q.text.split()[0]: q for q in quotes if q.kind != "indirect"}
    assert marked['"At'].cue.text == "announced"
    assert marked['"President'].cue.text == "told"
    assert marked['"comprehensive'].cue.text == "said"
    assert marked['"boundless"'].cue.text == "affirmed"
    for q in quotes:
        assert seed_text[q.start : q.end] == q.text
        assert q.marks == (None if q.kind == "indirect" else "double")


def test_indirect_statements_of_the_ministry_and_the_kremlin(quotes):
    indirect = [(q.text, _speaker(q), q.cue.text) for q in quotes if q.kind == "indirect"]
    assert (
        "Russian President Vladimir Putin will be in China this week, his second visit to the "
        "Asian country in just over six months",
        ("Chinese Foreign Ministry", "organization", None, None),
        "announced",
    ) in indirect
    assert (
        "In addition to signing a joint statement the two will attend a ceremony to mark the "
        "75th anniversary of diplomatic relations between the two countries",
        ("Kremlin", "organization", None, None),
        "said",
    ) in indirect
    # Nothing else in the article is reported speech but the customs figure.
    others = {i[1][0] for i in indirect} - {"Chinese Foreign Ministry", "Kremlin"}
    assert others <= {"Chinese customs"}


def test_ids_run_in_text_order(quotes):
    assert [q.id for q in quotes] == [f"q{k}" for k in range(1, len(quotes) + 1)]
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
