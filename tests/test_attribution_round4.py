"""Transcripts, roundups under topic subheads, possessive pronouns, and short quotes set out
as speech (real spaCy parse)."""

from __future__ import annotations

import pytest

from claimcheck.attribution_labels import is_topic_label, stands_alone, transcript_labels
from claimcheck.quotes import scan
from claimcheck.speakers import attribute


def _quotes(nlp, text):
    doc = nlp(text)
    return [
        (
            q.text,
            q.speaker.name if q.speaker else None,
            q.speaker.kind if q.speaker else None,
            q.speaker.mention.text if q.speaker else None,
        )
        for q in attribute(doc, scan(text))
    ]


CASES = [
    pytest.param(
        "Bernie Sanders gave a speech on Monday night in Burlington. Read his full remarks "
        "below:\n\n“Thank you all for coming.”\n\n“We have a long way to go.”",
        [
            ("“Thank you all for coming.”", "Bernie Sanders", "person", "his"),
            ("“We have a long way to go.”", "Bernie Sanders", "person", "his"),
        ],
        id="possessive-pronoun-is-the-person",
    ),
    pytest.param(
        "Sanders gave a speech on Monday night in Burlington. Read his full remarks below:"
        "\n\n“Thank you all for coming.”",
        [("“Thank you all for coming.”", "Sanders", "person", "his")],
        id="possessive-pronoun-name-ner-missed",
    ),
    pytest.param(
        "Here are Trump's most notable remarks from the debate.\n\nOn immigration:\n\n"
        "“We will build a wall.”\n\nOn trade:\n\n“China is killing us.”\n\nOn Clinton:\n\n"
        "“She is a disaster.”",
        [
            ("“We will build a wall.”", "Trump", "person", "Trump's"),
            ("“China is killing us.”", "Trump", "person", "Trump's"),
            ("“She is a disaster.”", "Trump", "person", "Trump's"),
        ],
        id="topic-subheads-keep-the-lead-speaker",
    ),
    pytest.param(
        "The exchange went like this.\n\nTRUMP: “You are a liar.”\n\nCRUZ: “I am not.”\n\n"
        "TRUMP: “Yes, you are.”",
        [
            ("“You are a liar.”", "Trump", "person", "TRUMP"),
            ("“I am not.”", "Cruz", "person", "CRUZ"),
            ("“Yes, you are.”", "Trump", "person", "TRUMP"),
        ],
        id="transcript-labels-are-people",
    ),
    pytest.param(
        "Donald Trump and Ted Cruz clashed again.\n\nTRUMP: “You are a liar.”\n\nCRUZ: “I am not.”",
        [
            ("“You are a liar.”", "Donald Trump", "person", "TRUMP"),
            ("“I am not.”", "Ted Cruz", "person", "CRUZ"),
        ],
        id="transcript-labels-take-the-full-name",
    ),
    # Negative rows: a topic subhead is never the speaker; a short scare quote inside the
    # writer's sentence is still dropped; a lone all-caps marker is no transcript speaker.
    pytest.param(
        "The senator was asked about the budget.\n\nOn Clinton: “She is a disaster.”",
        [("“She is a disaster.”", None, None, None)],
        id="topic-label-in-paragraph-is-not-speaker",
    ),
    pytest.param(
        "The “reset” of relations between the two countries has stalled since the spring.",
        [],
        id="short-scare-quote-still-dropped",
    ),
    pytest.param(
        "Markets fell sharply on Monday.\n\nWATCH: “This is fine.”",
        [("“This is fine.”", None, None, None)],
        id="lone-caps-marker-is-no-speaker",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_labels_and_lead_ins(nlp, text, expected):
    assert _quotes(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TRUMP: You lie.\n\nCRUZ: I do not.\n\nTRUMP: Yes.", {"TRUMP", "CRUZ"}),
        ("JOHN KASICH: Hello.\n\nHOLT: Thanks.", {"JOHN KASICH", "HOLT"}),
        ("WATCH: the video.", set()),  # one label is a marker, not a transcript
        ("UPDATE: one.\n\nUPDATE: two.", set()),  # one speaker repeated is no exchange
        ("Trump: mixed case is a lead-in, not a transcript label.\n\nCruz: no.", set()),
    ],
)
def test_transcript_labels(text, expected):
    assert transcript_labels(text) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("On immigration:", True),
        ("On the economy and jobs:", True),
        ("About Clinton:", True),
        ("Asked about the wall:", True),
        ("On immigration", False),  # no colon: a sentence fragment, not a subhead
        ("Trump said on Monday:", False),
        ("Hillary Clinton:", False),
        ("On a cold night in Iowa, the candidate told the crowd of supporters:", False),
    ],
)
def test_is_topic_label(paragraph, expected):
    assert is_topic_label(paragraph) is expected


@pytest.mark.parametrize(
    ("inner", "before", "after", "expected"),
    [
        ("China is killing us.", "", "", True),
        ("I am not.", "CRUZ: ", "", True),
        ("Yes!", "", " ", True),
        ("total disaster", "", "", False),  # no sentence: a fragment
        ("It is over.", "The mayor called it ", "", False),  # inside the writer's sentence
        ("It is over.", "", " said the mayor.", False),
    ],
)
def test_stands_alone(inner, before, after, expected):
    assert stands_alone(inner, before, after) is expected


# After a quote closed by a comma, question or exclamation mark any verb with a subject
# between is its attribution ('"…!" an angry Hollande retaliated'), but not a relative clause
# about something in the writer's sentence.
CLOSING_CASES = [
    pytest.param(
        "At one point the crowd loudly reprised the caustic chant “Lock her up! Lock her up!” "
        "that ricocheted through the arena all week.",
        [("“Lock her up! Lock her up!”", "crowd", "the crowd")],
        id="relative-clause-after-quote-is-no-cue",
    ),
    pytest.param(
        "“We have good opportunities all the way through California,” which votes June 7, "
        "said Tad Devine, a senior adviser.",
        [
            (
                "“We have good opportunities all the way through California,”",
                "Tad Devine",
                "Tad Devine, a senior adviser",
            )
        ],
        id="relative-clause-then-reporting-verb",
    ),
    pytest.param(
        "“I never said that!” an angry Hollande retaliated.",
        [("“I never said that!”", "Hollande", "an angry Hollande")],
        id="any-verb-after-closed-quote-still-a-cue",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLOSING_CASES)
def test_closing_verb_is_not_a_relative_clause(nlp, text, expected):
    got = [(q[0], q[1], q[3]) for q in _quotes(nlp, text)]
    assert got == expected


# A transcript without quotation marks: the labelled lines are no quotes of their own, and
# only real reported clauses inside them come out, as indirect speech.
UNMARKED_TRANSCRIPT_CASES = [
    pytest.param(
        "The exchange went like this.\n\nTRUMP: You are a liar.\n\nCRUZ: I am not.\n\n"
        "TRUMP: Yes, you are. I will say it again and again.",
        [],
        id="labelled-lines-are-not-quotes",
    ),
    pytest.param(
        "HOLT: Let us turn to the economy.\n\nCLINTON: Well, I said that we need a plan.",
        [("we need a plan", "Clinton", "I")],
        id="reported-clause-inside-a-transcript",
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNMARKED_TRANSCRIPT_CASES)
def test_unmarked_transcript(nlp, text, expected):
    got = [(q[0], q[1], q[3]) for q in _quotes(nlp, text)]
    assert got == expected
