"""Mentions and what they resolve to: names, roles, organisations (real spaCy parse)."""

from __future__ import annotations

import pytest

from claimcheck.quotes import scan
from claimcheck.speakers import attribute


def _speaker_rows(nlp, text):
    doc = nlp(text)
    rows = []
    for q in attribute(doc, scan(text)):
        if q.kind == "indirect" or q.speaker is None:
            continue
        s = q.speaker
        rows.append((s.name, s.mention.text, s.role, s.organization))
    return rows


# The organisation of a role is one the article names, or null: never a bare common noun.
ORGANISATION_CASES = [
    pytest.param(
        '"We will not comment on rumours," a ministry spokeswoman said on Tuesday.',
        [("ministry spokeswoman", "a ministry spokeswoman", "spokeswoman", None)],
        id="bare-premodifier-is-no-organisation",
    ),
    pytest.param(
        "The Chinese Foreign Ministry announced the visit on Monday. "
        '"We will not comment on rumours," a ministry spokeswoman said.',
        [
            (
                "ministry spokeswoman",
                "a ministry spokeswoman",
                "spokeswoman",
                "Chinese Foreign Ministry",
            )
        ],
        id="premodifier-expands-to-the-named-ministry",
    ),
    pytest.param(
        '"We will not comment," said a spokesman for the company.',
        [("spokesman for the company", "a spokesman for the company", "spokesman", None)],
        id="for-a-common-noun-is-no-organisation",
    ),
    pytest.param(
        '"We will not comment," said a spokesman for Northwind Airlines.',
        [
            (
                "spokesman for Northwind Airlines",
                "a spokesman for Northwind Airlines",
                "spokesman",
                "Northwind Airlines",
            )
        ],
        id="for-a-named-company",
    ),
    pytest.param(
        '"We will not comment," a Pentagon spokesman said.',
        [("Pentagon spokesman", "a Pentagon spokesman", "spokesman", "Pentagon")],
        id="proper-noun-premodifier",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ORGANISATION_CASES)
def test_organisation_is_named_in_the_text_or_null(nlp, text, expected):
    assert _speaker_rows(nlp, text) == expected
