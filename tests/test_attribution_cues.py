"""Which cue and which speaker phrase a marked quote gets, on sentences written as news writes them.

Each row is (text, [(quote text, speaker mention text or None, cue text or None), ...]) for the
marked quotes of the text, through the real parse.
"""

from __future__ import annotations

import pytest

from claimcheck.quotes import scan
from claimcheck.speakers import attribute


def _marked(nlp, text):
    doc = nlp(text)
    found = []
    for q in attribute(doc, scan(text)):
        if q.kind == "indirect":
            continue
        mention = q.speaker.mention.text if q.speaker else None
        found.append((q.text, mention, q.cue.text if q.cue else None))
    return found


CASES = [
    pytest.param(
        "“We will win this state,”Clinton said at the rally.",
        [("“We will win this state,”", "Clinton", "said")],
        id="closing-mark-glued-to-the-speaker",
    ),
    pytest.param(
        "“It was a great night,”said Trump on Tuesday.",
        [("“It was a great night,”", "Trump", "said")],
        id="closing-mark-glued-to-the-verb",
    ),
    pytest.param(
        "“I ask you as a personal courtesy not to protest,” Sanders said, according to CNN.",
        [("“I ask you as a personal courtesy not to protest,”", "CNN", "according to")],
        id="said-according-to-an-outlet",
    ),
    pytest.param(
        "According to ProPublica, Clinton praised her “wonderful donors” in the audience.",
        [("“wonderful donors”", "ProPublica", "According to")],
        id="according-to-before-the-report",
    ),
    pytest.param(
        "The mayor said that, according to polls, residents feel “very safe” downtown.",
        [("“very safe”", "The mayor", "said")],
        id="according-to-inside-the-reported-clause-is-not-the-source",
    ),
    pytest.param(
        'When asked about Khan, Trump said: "There will always be exceptions," the Times reported.',
        [('"There will always be exceptions,"', "the Times", "reported")],
        id="closing-outlet-reported",
    ),
    pytest.param(
        "“This platform says you are no longer welcome,” said Kristen Day, a director of "
        "Democrats for Life, reports USA Today.",
        [("“This platform says you are no longer welcome,”", "USA Today", "reports")],
        id="closing-reports-outlet-inverted",
    ),
    pytest.param(
        "“We are done here,” the mayor reported to the council.",
        [("“We are done here,”", "the mayor", "reported")],
        id="report-said-by-the-speaker-is-not-an-outlet",
    ),
    pytest.param(
        "“We had a strong year,” Smith said, reporting record profits.",
        [("“We had a strong year,”", "Smith", "said")],
        id="reporting-participle-is-not-an-outlet",
    ),
    pytest.param(
        "As Vulture put it, “Hello, it’s the Biebs.” Bieber has dethroned Adele.",
        [("“Hello, it’s the Biebs.”", "Vulture", "put")],
        id="as-x-put-it",
    ),
    pytest.param(
        "He put it on the shelf and said nothing about the “deal of the century” today.",
        [("“deal of the century”", "He", "said")],
        id="put-it-somewhere-is-not-a-cue",
    ),
    pytest.param(
        "Critics liked the film “Gone with the Wind” very much.",
        [],
        id="title-of-a-work-has-no-speaker",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_cue_and_speaker_phrase(nlp, text, expected):
    assert _marked(nlp, text) == expected
