"""Which mention a cue points at (round 5, real spaCy parse): a quote reported inside a
person's relative clause, a negation the parser took for a subject."""

from __future__ import annotations

import pytest

from claimcheck.quotes import scan
from claimcheck.speakers import attribute


def _mentions(nlp, text):
    """(quote text, speaker mention text or None) for every marked quote of ``text``."""
    doc = nlp(text)
    return [
        (q.text, q.speaker.mention.text if q.speaker else None)
        for q in attribute(doc, scan(text))
        if q.kind != "indirect"
    ]


RELATIVE_CLAUSES = [
    pytest.param(
        '"It is not normal language for a campaign," said Weaver, who said business '
        'executives often fail to understand that there are "no secrets in politics."',
        [
            ('"It is not normal language for a campaign,"', "Weaver"),
            ('"no secrets in politics."', "who"),
        ],
        id="who-said-reports-its-own-quote",
    ),
    pytest.param(
        "Obama passionately rebuked critics who say he should condemn terrorists as "
        '"radical Islamists," saying it would change nothing.',
        [('"radical Islamists,"', "who")],
        id="critics-who-say",
    ),
    pytest.param(
        'Mr. Scott, who has called the comments "racially toxic," portrayed the nominee as '
        "a temporary affliction.",
        [('"racially toxic,"', "who")],
        id="who-has-called-inside-subject",
    ),
    pytest.param(
        "Donald Trump would have a path to the nomination, which he declared "
        '"a total disaster" for his party.',
        [('"a total disaster"', "he")],
        id="which-he-declared",
    ),
    # Negative rows: a thing's relative clause ('a voice that said') and a relative clause
    # that reports nothing keep the outer reporter.
    pytest.param(
        'Penwell said the world lost a voice that said "love in spite of fear is the greatest '
        'expression of power."',
        [('"love in spite of fear is the greatest expression of power."', "Penwell")],
        id="thing-that-said-keeps-outer-reporter",
    ),
    pytest.param(
        '"People are angry," said Ervin, who thinks the mayor and his staff "need to be more '
        'collaborative."',
        [('"People are angry,"', "Ervin"), ('"need to be more collaborative."', "Ervin")],
        id="who-thinks-is-no-report",
    ),
    pytest.param(
        '"We are gearing up," said Reed, who runs the group.',
        [('"We are gearing up,"', "Reed")],
        id="relative-clause-after-the-report",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_CLAUSES)
def test_relative_clause_reports_through_its_own_subject(nlp, text, expected):
    assert _mentions(nlp, text) == expected


NEGATIONS = [
    pytest.param(
        "Weaver didn’t seem particularly impressed with the comments Tuesday, telling "
        "reporters, “A lot of people said the governor should step down.”",
        [("“A lot of people said the governor should step down.”", "Weaver")],
        id="curly-nt-is-no-subject",
    ),
    pytest.param(
        "Weaver didn't seem impressed, telling reporters, “A lot of people said so.”",
        [("“A lot of people said so.”", "Weaver")],
        id="straight-nt-unchanged",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEGATIONS)
def test_a_negation_names_nobody(nlp, text, expected):
    assert _mentions(nlp, text) == expected
