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


def _marked_texts(nlp, text):
    doc = nlp(text)
    return [q.text for q in attribute(doc, scan(text)) if q.kind != "indirect"]


# Title Case quotes in the slot of a show or a work are names, whatever verb is near; the same
# words as a person's slogan, or after a verb of saying, are still what someone said.
TITLE_SLOT_CASES = [
    pytest.param(
        '"It is nonsense," Mr. Trump said by telephone on NBC\'s "Meet the Press."',
        ['"It is nonsense,"'],
        id="broadcaster-possessive-show",
    ),
    pytest.param(
        'In an interview with "Fox and Friends," Donald Trump pointed to China.',
        [],
        id="interview-with-show",
    ),
    pytest.param(
        '"It spreads fast," said Jo Hemsley, the co-author of "Going Viral," a new book.',
        ['"It spreads fast,"'],
        id="co-author-of-book",
    ),
    pytest.param(
        "Donald Trump spoke on Monday. He said the call was a rebuttal to Trump's "
        '"Make America Great Again" rallying cry.',
        ['"Make America Great Again"'],
        id="negative-a-persons-slogan-is-kept",
    ),
    pytest.param(
        '"We Will Win," Maria Lopez told the crowd.',
        ['"We Will Win,"'],
        id="negative-title-case-words-said-are-kept",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_SLOT_CASES)
def test_show_and_work_titles_are_not_speech(nlp, text, expected):
    assert _marked_texts(nlp, text) == expected


# A pronoun in a clause about someone named as that clause's subject refers to them, not to
# the last name written before it; with no such subject the last person named is the referent.
PRONOUN_CASES = [
    pytest.param(
        "Ted Cruz and Richard Viguerie met on Monday. Viguerie is upbeat about Cruz’s chances "
        'because he sees him as "the only candidate who can unite the whole party."',
        ("Richard Viguerie", "he"),
        id="pronoun-bound-by-its-clause-subject",
    ),
    pytest.param(
        'Ted Cruz and Richard Viguerie met on Monday. Cruz left early. "We will see," he said.',
        ("Ted Cruz", "he"),
        id="negative-no-clause-subject-last-person-named",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUN_CASES)
def test_pronoun_resolution(nlp, text, expected):
    assert [(name, mention) for name, mention, _, _ in _speaker_rows(nlp, text)] == [expected]


# A role given later reaches back only within the paragraph: text appended after a paragraph
# break never changes an earlier quote (the pipeline law), but a same-paragraph apposition does.
ROLE_REACH_CASES = [
    pytest.param(
        "“We will deepen our cooperation,” Maria Gonzalez said.\n\n"
        "“We will act,” Maria Gonzalez, a spokeswoman at the Foreign Ministry, said.",
        [("Maria Gonzalez", "Maria Gonzalez", None, None),
         ("Maria Gonzalez", "Maria Gonzalez, a spokeswoman at the Foreign Ministry",
          "spokeswoman", "Foreign Ministry")],
        id="later-paragraph-does-not-reach-back",
    ),
    pytest.param(
        "“We will act,” Maria Gonzalez, a spokeswoman at the Foreign Ministry, said.\n\n"
        "“We will deepen our cooperation,” Gonzalez said.",
        [("Maria Gonzalez", "Maria Gonzalez, a spokeswoman at the Foreign Ministry",
          "spokeswoman", "Foreign Ministry"),
         ("Maria Gonzalez", "Gonzalez", "spokeswoman", "Foreign Ministry")],
        id="earlier-role-carries-forward",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_REACH_CASES)
def test_role_reaches_back_only_within_the_paragraph(nlp, text, expected):
    assert _speaker_rows(nlp, text) == expected
