"""Reported speech without quotation marks: the reported clause, its cue and its speaker."""

from __future__ import annotations

import itertools

import pytest

from claimcheck.quotes import scan
from claimcheck.speakers import attribute


def _indirect(nlp, text):
    doc = nlp(text)
    return [
        (
            q.text,
            q.speaker.name if q.speaker else None,
            q.speaker.mention.text if q.speaker else None,
            q.cue.text if q.cue else None,
        )
        for q in attribute(doc, scan(text))
        if q.kind == "indirect"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The minister said that the budget would be balanced by 2026.",
            [("the budget would be balanced by 2026", "minister", "The minister", "said")],
            id="said-that-clause",
        ),
        pytest.param(
            "Exports fell by a fifth in March, the statistics office announced on Friday.",
            [
                (
                    "Exports fell by a fifth in March",
                    "statistics office",
                    "the statistics office",
                    "announced",
                )
            ],
            id="clause-first-then-speaker",
        ),
        pytest.param(
            "According to the health ministry, 40 people were injured in the blast.",
            [
                (
                    "40 people were injured in the blast",
                    "health ministry",
                    "the health ministry",
                    "According to",
                )
            ],
            id="according-to-before",
        ),
        pytest.param(
            "Trade reached 240 billion dollars in 2023, according to Chinese customs.",
            [
                (
                    "Trade reached 240 billion dollars in 2023",
                    "Chinese customs",
                    "Chinese customs",
                    "according to",
                )
            ],
            id="according-to-after",
        ),
        pytest.param(
            "The tariffs will hurt farmers, he said on Tuesday.",
            [("The tariffs will hurt farmers", "he", "he", "said")],
            id="clause-then-speaker-without-a-what",
        ),
        pytest.param(
            "Maria Lopez told reporters the company would cut 300 jobs next year.",
            [("the company would cut 300 jobs next year", "Maria Lopez", "Maria Lopez", "told")],
            id="told-someone-clause",
        ),
        # Negative rows: no statement is reported.
        pytest.param("The minister visited the flooded towns on Friday.", [], id="no-cue"),
        pytest.param("The company announced a new phone.", [], id="announce-an-object"),
        pytest.param("He said so.", [], id="clause-too-short"),
        pytest.param(
            "Trump sat down with Fox News. Here is what he said on the issues.",
            [],
            id="what-he-said-names-words-shown-elsewhere",
        ),
        pytest.param(
            'The Kremlin said the presidents would discuss their "strategic cooperation".',
            [],
            id="clause-with-marked-quote-left-to-the-quote",
        ),
    ],
)
def test_indirect_speech(nlp, text, expected):
    assert _indirect(nlp, text) == expected


def test_indirect_speaker_pronoun_resolves(nlp):
    text = "Anna Berg arrived in Oslo on Monday. She said the talks had gone well overall."
    ((clause, name, mention, cue),) = _indirect(nlp, text)
    assert (clause, name, mention, cue) == (
        "the talks had gone well overall",
        "Anna Berg",
        "She",
        "said",
    )


def test_indirect_spans_slice_back_and_never_overlap_marked_quotes(nlp, seed_text):
    doc = nlp(seed_text)
    quotes = attribute(doc, scan(seed_text))
    spans = sorted((q.start, q.end) for q in quotes)
    for q in quotes:
        assert seed_text[q.start : q.end] == q.text
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start
