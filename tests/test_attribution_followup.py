"""Speaker mentions and cues in the forms the attribution follow-up fixed (real spaCy parse).

Each row is an attribution as news writes it; the expected value is the speaker's mention
and the cue word, or None where nobody may be credited.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.quotes import scan
from claimcheck.speakers import attribute


def _attributions(nlp, text):
    doc = nlp(text)
    return [
        (
            q.speaker.mention.text if q.speaker else None,
            text[q.cue.start : q.cue.end] if q.cue else None,
        )
        for q in attribute(doc, scan(text))
        if q.kind != "indirect"
    ]


CASES = [
    # A document, sign or ad that "says" speaks for whoever issued it.
    pytest.param(
        "In selling the courses, Trump released a marketing video that said, "
        '"We are going to have professors that are absolutely terrific."',
        [("Trump", "said")],
        id="video-that-said-speaks-for-who-released-it",
    ),
    pytest.param(
        "The Washington Post recently ran a piece that noted his "
        '"health care plan would benefit affluent households more."',
        [("The Washington Post", "noted")],
        id="piece-that-noted-speaks-for-the-paper",
    ),
    # Negative row: a thing that carries no one's words ('water bottles') keeps its own.
    pytest.param(
        'They passed out water bottles that said, "The party welcomes you to the Games."',
        [("that", "said")],
        id="bottles-are-no-issued-text",
    ),
    # '"…," the email read': the tagger reads 'email read' as one noun.
    pytest.param(
        '"I can beat Hillary Clinton. Donald can\'t," the email read.',
        [("the email", "read")],
        id="the-email-read",
    ),
    # After a question or exclamation mark the attribution may run past four words.
    pytest.param(
        '"I am calling from the Hillary Clinton campaign. How are you today?" Miller, a '
        "retired worker from a nuclear plant, said pleasantly into the phone.",
        [("Miller, a retired worker from a nuclear plant", "said")],
        id="long-apposition-after-a-question",
    ),
    pytest.param(
        '"The state is proud to cast its votes for Donald J. Trump!" US Senator Jeff '
        "Sessions said as he launched the process.",
        [("US Senator Jeff Sessions", "said")],
        id="titled-name-after-an-exclamation",
    ),
    # '"…," read one': the pronoun-like 'one' after an inverted verb is the speaker; 'one of
    # the protesters' keeps its whole phrase.
    pytest.param(
        'The planes filled the skies.\n\n"America is great! Trump is disgusting," read one. '
        '"Anybody but Trump," read another.',
        [("one", "read"), ("another", "read")],
        id="read-one-read-another",
    ),
    pytest.param(
        '"We will not back down from this fight," said one of the protesters.',
        [("one of the protesters", "said")],
        id="one-of-a-group-keeps-its-phrase",
    ),
    # A verb inside the speaker's apposition is no cue.
    pytest.param(
        '"We should have left years ago," Mr. Daniloff, now 81 and retired in Cambridge, '
        "Mass., said by telephone this week.",
        [("Mr. Daniloff, now 81", "said")],
        id="apposition-verb-is-not-the-cue",
    ),
    # Negative row: a verb of the writer's own clause after the speaker ('riffed on …,
    # drawing applause and laughs') keeps the first verb as the cue, and the next quote
    # goes on with that speaker.
    pytest.param(
        '"Governor Hassan, let me help you out - the answer\'s no," the Republican '
        "vice-presidential nominee riffed on Hassan's non-answer, drawing applause and laughs "
        'from the crowd. "And that\'s why we need Kelly Ayotte back in the U.S. Senate!"',
        [
            ("the Republican vice-presidential nominee", "riffed"),
            ("the Republican vice-presidential nominee", None),
        ],
        id="writer-clause-after-the-speaker-is-not-an-apposition",
    ),
    # A name the parse split off after the verb.
    pytest.param(
        '"I really don\'t understand how a better candidate didn\'t jump into the race," '
        'said Air Force 1st Lt. Tyler Livingston. "I was hoping we\'d see something else."',
        [("Lt. Tyler Livingston", "said"), ("Lt. Tyler Livingston", None)],
        id="rank-and-name-split-by-the-parse-then-follow-on",
    ),
    # Mentions stop at a paragraph break or a label dash.
    pytest.param(
        "The Latest on campaign 2016 (all times Eastern Daylight Time):\n\n9:34 p.m.\n\n"
        'Donald Trump has delivered an impassioned defense of "New York values," saying '
        'the city embodied the "bravery, heart and soul of America."',
        [("Donald Trump", "saying"), ("Donald Trump", "saying")],
        id="headline-paragraph-is-not-part-of-the-mention",
    ),
    pytest.param(
        "Estimates of civic engagement are particularly problematic - Pew Research: "
        '"All the samples evaluated include more politically engaged individuals than '
        'benchmark sources indicate should be present."',
        [("Pew Research", ":")],
        id="label-dash-starts-a-new-label",
    ),
]


# A stand-alone quote after a sentence about someone: the subject that opens that sentence,
# not a later clause's ('…, because he sees …'), is who speaks.
TOPIC_CASES = [
    pytest.param(
        "Richard Hale is upbeat about the plan's chances, in part because he sees the "
        'governor as a uniter.\n\n"Not only can this plan pass, it has the best chance of '
        'passing in years."',
        [("Richard Hale", None)],
        id="opening-subject-not-the-because-clause",
    ),
    # Negative row: a sentence that opens with a thing names no speaker.
    pytest.param(
        "The plan is popular with voters, in part because she sees it as fair.\n\n"
        '"Not only can this plan pass, it has the best chance of passing in years."',
        [(None, None)],
        id="sentence-about-a-thing-names-nobody",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES + TOPIC_CASES)
def test_attribution_forms(nlp, text, expected):
    assert _attributions(nlp, text) == expected


_FILLER = st.lists(
    st.sampled_from(["The", "vote", "was", "close", "on", "Monday", "-", "and", "—", "Smith"]),
    min_size=1,
    max_size=8,
).map(" ".join)


@given(lead=_FILLER)
def test_a_mention_never_crosses_a_paragraph_break(nlp, lead):
    text = f'{lead}.\n\n"We will win this fight, whatever it takes," the senator said.'
    doc = nlp(text)
    for quote in attribute(doc, scan(text)):
        if quote.speaker is not None:
            assert "\n" not in quote.speaker.mention.text
