"""Quotes with no cue of their own: who the text says goes on speaking (real spaCy parse)."""

from __future__ import annotations

import pytest
from speaker_cases import spoken_by

from claimcheck.quotes import scan
from claimcheck.speakers import attribute


def _speakers(nlp, text):
    return spoken_by(nlp, text)


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


# A quote with no cue after another: it goes on with the previous speaker while the text in
# between introduces nobody else; the mention is the nearest one of that speaker.
FOLLOW_CASES = [
    pytest.param(
        '"We should have left years ago," Mr. Daniloff, now 81 and retired in Cambridge, '
        'Mass., said by telephone this week. "Every minute there was like a day, every hour '
        'like a year."',
        "Daniloff",
        id="speaker-reporting-again-in-the-attribution-keeps-the-chain",
    ),
    pytest.param(
        '"It is negotiable, everything is negotiable," Trump said on Monday.\n\n'
        "Trump was quick to add that the negotiation does not include scrapping the idea.\n\n"
        '"Building it? Not negotiable at all."',
        "Trump",
        id="same-speaker-adding-in-between",
    ),
    # Negative rows: someone else reporting, or named as the subject, breaks the chain.
    pytest.param(
        '"It is negotiable, everything is negotiable," Trump said on Monday.\n\n'
        "Senator Maria Lopez said the plan was dead on arrival in the Senate.\n\n"
        '"Building it? Not negotiable at all."',
        None,
        id="another-person-reporting-breaks-the-chain",
    ),
    pytest.param(
        '"It is negotiable, everything is negotiable," Trump said on Monday.\n\n'
        "The committee voted against the plan on Tuesday.\n\n"
        "The vote was close, with several members absent.\n\n"
        '"Building it? Not negotiable at all."',
        None,
        id="two-paragraphs-away-is-too-far",
    ),
]


@pytest.mark.parametrize(("text", "surname"), FOLLOW_CASES)
def test_follow_on_quote_keeps_the_previous_speaker_only_when_the_text_does(nlp, text, surname):
    *_, (quote, name, mention) = _speakers(nlp, text)
    assert quote.startswith('"Every minute') or quote.startswith('"Building')
    if surname is None:
        assert name is None or "Trump" not in name
    else:
        assert name is not None and name.endswith(surname)
        assert mention is not None and surname in mention


def test_follow_on_mention_is_the_nearest_mention_of_the_speaker(nlp):
    text = (
        '"It is negotiable, everything is negotiable," Trump said on Monday.\n\n'
        "Trump was quick to add that the negotiation does not include scrapping the idea.\n\n"
        '"Building it? Not negotiable at all."'
    )
    doc = nlp(text)
    last = [q for q in attribute(doc, scan(text)) if q.kind != "indirect"][-1]
    assert last.speaker is not None
    assert last.speaker.mention.start == text.index("Trump was quick")
    assert last.cue is None


# A fragment kept as speech with no cue of its own goes to the subject of the writer's clause
# around it, preferring someone who can speak over a thing the nearer clause is about.
CLAUSE_CASES = [
    pytest.param(
        "Senator Joan Moore thanked him for "
        '"stepping up and taking action when Congress will not act."',
        "Joan Moore",
        "Senator Joan Moore",
        id="non-reporting-verb-subject",
    ),
    pytest.param(
        "In the depths of the recession, Paul Ryan worried that the safety net was becoming "
        '"a hammock that lulls able-bodied people to lives of dependency."',
        "Paul Ryan",
        "Paul Ryan",
        id="someone-who-can-speak-beats-the-nearer-thing",
    ),
    # Negative row: a clause with no one in it ('There was ...') names no speaker.
    pytest.param(
        'There was "a sense that nothing would ever change again in this town."',
        None,
        None,
        id="expletive-subject-names-nobody",
    ),
]


@pytest.mark.parametrize(("text", "name", "mention"), CLAUSE_CASES)
def test_fragment_goes_to_the_subject_of_its_clause(nlp, text, name, mention):
    assert [(n, m) for _, n, m in _speakers(nlp, text)] == [(name, mention)]
