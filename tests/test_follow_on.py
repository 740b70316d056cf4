"""Quotes with no cue of their own: who the text says goes on speaking (real spaCy parse)."""

from __future__ import annotations

import pytest

from claimcheck.quotes import scan
from claimcheck.speakers import attribute


def _speakers(nlp, text):
    doc = nlp(text)
    return [
        (
            q.text,
            q.speaker.name if q.speaker else None,
            q.speaker.mention.text if q.speaker else None,
        )
        for q in attribute(doc, scan(text))
        if q.kind != "indirect"
    ]


# A stand-alone quoted sentence after a sentence about someone, with no reporting verb.
TOPIC_CASES = [
    pytest.param(
        "Senator Maria Lopez distanced herself from the movement on Monday. "
        '"I am going to support him, and support him enthusiastically."',
        [
            (
                '"I am going to support him, and support him enthusiastically."',
                "Maria Lopez",
                "Senator Maria Lopez",
            )
        ],
        id="same-paragraph-person-subject",
    ),
    pytest.param(
        "Richard Hale is upbeat about the plan's chances in the autumn.\n\n"
        '"Not only can this plan pass, it has the best chance of passing in years."',
        [
            (
                '"Not only can this plan pass, it has the best chance of passing in years."',
                "Richard Hale",
                "Richard Hale",
            )
        ],
        id="previous-paragraph-person-subject",
    ),
    pytest.param(
        "Anna Berg arrived in Oslo on Monday. She has long opposed the pipeline.\n\n"
        '"The pipeline will poison the fjords for a generation of fishermen."',
        [
            (
                '"The pipeline will poison the fjords for a generation of fishermen."',
                "Anna Berg",
                "She",
            )
        ],
        id="pronoun-subject-resolves",
    ),
    # Negative rows: a sentence about a thing, a quote inside the writer's sentence, and a
    # short fragment do not say who speaks.
    pytest.param(
        "The bridge was closed for repairs in March.\n\n"
        '"Nobody should have to drive an hour around the river to get to work."',
        [('"Nobody should have to drive an hour around the river to get to work."', None, None)],
        id="thing-subject-gives-no-speaker",
    ),
    pytest.param(
        'Maria Lopez toured the plant on Monday. "really quite a remarkable place to see up close"',
        [('"really quite a remarkable place to see up close"', None, None)],
        id="lowercase-fragment-is-not-a-sentence-of-hers",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOPIC_CASES)
def test_stand_alone_quote_after_a_sentence_about_its_speaker(nlp, text, expected):
    assert _speakers(nlp, text) == expected
