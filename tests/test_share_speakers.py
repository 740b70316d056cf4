"""A share of people who say something is a group, named with the people it is a share of
(real spaCy parse)."""

from __future__ import annotations

import pytest
from speaker_cases import attributed


def _speakers(nlp, text):
    return [
        (q.text, q.speaker.name, q.speaker.kind) if q.speaker else (q.text, None, None)
        for q in attributed(nlp, text, indirect=True)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Fifty-five percent of voters said they trust her on the economy.",
            [("they trust her on the economy", "Fifty-five percent of voters", "group")],
            id="percent-of-a-group",
        ),
        pytest.param(
            "A majority of Democrats said the economy is weak.",
            [("the economy is weak", "majority of Democrats", "group")],
            id="majority-of-a-group",
        ),
        pytest.param(
            "In the poll, 22 percent said the country is on the right track.",
            [("the country is on the right track", "22 percent", "group")],
            id="share-with-no-group-named",
        ),
        # negative rows: a person and an organisation keep their kinds
        pytest.param(
            "Senator Elizabeth Warren said the economy is weak.",
            [("the economy is weak", "Elizabeth Warren", "person")],
            id="a-person-stays-a-person",
        ),
        pytest.param(
            "The Federal Reserve said the economy is weak.",
            [("the economy is weak", "Federal Reserve", "organization")],
            id="an-organisation-stays-one",
        ),
    ],
)
def test_a_share_of_people_is_a_group(nlp, text, expected):
    assert _speakers(nlp, text) == expected
