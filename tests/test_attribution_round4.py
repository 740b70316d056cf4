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


# A transcript without quotation marks: each labelled turn is a quote of its label's speaker
# once the run reads as a transcript (a label repeats); two one-word labels used once each
# are not enough, and only real reported clauses inside them come out, as indirect speech.
UNMARKED_TRANSCRIPT_CASES = [
    pytest.param(
        "The exchange went like this.\n\nTRUMP: You are a liar.\n\nCRUZ: I am not.\n\n"
        "TRUMP: Yes, you are. I will say it again and again.",
        [
            ("You are a liar.", "Trump", "TRUMP"),
            ("I am not.", "Cruz", "CRUZ"),
            ("Yes, you are. I will say it again and again.", "Trump", "TRUMP"),
        ],
        id="labelled-turns-are-quotes",
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


# A share of respondents speaks for the poll the writer named before it; a parenthetical
# "X said" inside the cue's clause says who the sentence reports.
SOURCE_CASES = [
    pytest.param(
        "Wednesday's Quinnipiac poll has Clinton leading. The Q poll also finds that, while "
        "37 percent of Americans say Trump is “very responsible” for the violence, 39 percent "
        "blame his supporters.",
        [("“very responsible”", "Q poll", "The Q poll")],
        id="share-speaks-for-the-poll-named-before",
    ),
    pytest.param(
        "Polls are useful. Still, 40 percent of voters said they were “very worried” about "
        "the economy.",
        [("“very worried”", "40 percent of voters", "40 percent of voters")],
        id="polls-in-general-are-no-source",
    ),
    pytest.param(
        "CNN, Cruz said, called the announcement “highly significant.”",
        [("“highly significant.”", "Cruz", "Cruz")],
        id="parenthetical-reporter-of-the-clause",
    ),
    pytest.param(
        "Nor, he said, did the chief say anything that could be “interpreted as an order.”",
        [("“interpreted as an order.”", "he", "he")],
        id="parenthetical-before-the-subject",
    ),
    pytest.param(
        "“I never said that,” Trump said, after Becky Quick said he had called Rubio the "
        "“personal senator” of Mark Zuckerberg.",
        [
            ("“I never said that,”", "Trump", "Trump"),
            ("“personal senator”", "Becky Quick", "Becky Quick"),
        ],
        id="attribution-of-the-quote-before-is-no-parenthetical",
    ),
    pytest.param(
        "“We will win,” Trump said, adding that the polls were “rigged.”",
        [("“We will win,”", "Trump", "Trump"), ("“rigged.”", "Trump", "Trump")],
        id="no-parenthetical-keeps-the-verb",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SOURCE_CASES)
def test_cited_sources(nlp, text, expected):
    got = [(q[0], q[1], q[3]) for q in _quotes(nlp, text)]
    assert got == expected


# A reporting verb the parse left without a subject because it misread the words before it,
# and a phrasal reporting verb in the sentence after a quote.
MISREAD_CASES = [
    pytest.param(
        "Informed of the local district’s anti-Trump lean, Early described it as “news to me.”",
        [("“news to me.”", "Early", "Early")],
        id="surname-tagged-as-adverb",
    ),
    pytest.param(
        "And Skelly called Braynard “a real smart guy. I’d like to think he understands the "
        "genesis of the data.”",
        [
            (
                "“a real smart guy. I’d like to think he understands the genesis of the data.”",
                "Skelly",
                "Skelly",
            )
        ],
        id="surname-before-past-tense-verb",
    ),
    pytest.param(
        "Kelly responded pointedly: “Can happen when you’re 45.” She is 45.\n\n"
        "“You know, it happens, right?” Trump went on, as if he didn’t hear her.",
        [
            ("“Can happen when you’re 45.”", "Kelly", "Kelly"),
            ("“You know, it happens, right?”", "Trump", "Trump"),
        ],
        id="went-on-in-the-next-sentence",
    ),
    pytest.param(
        "Trump defended eminent domain, calling the expropriation of private property an "
        "“absolute necessity” for the government.",
        [("“absolute necessity”", "Trump", "Trump")],
        id="verb-misread-as-noun-phrase",
    ),
    # Negative row: a participle naming a thing is no speaker's verb.
    pytest.param(
        "A plan called “Obamacare” was passed in 2010.",
        [("“Obamacare”", None, None)],
        id="called-naming-a-thing-has-no-speaker",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MISREAD_CASES)
def test_misread_actor(nlp, text, expected):
    got = [(q[0], q[1], q[3]) for q in _quotes(nlp, text)]
    assert got == expected


# "According to X" cites the source of the reporting clause even when the parse hangs it on
# a noun of that clause, and a title's period ("Mr. Pence") is no sentence end.
ACCORDING_CASES = [
    pytest.param(
        "“We're still winning hearts and minds every day,” Mr. Pence said during the "
        "closed-door session, according to audio provided to The Times.",
        [("“We're still winning hearts and minds every day,”", "audio", "audio")],
        id="title-period-is-no-sentence-end",
    ),
    pytest.param(
        "“You've been very critical of me,” he told Sen. Jeff Flake (R-Ariz.), according to "
        "officials with knowledge of the meeting.",
        [
            (
                "“You've been very critical of me,”",
                "officials with knowledge of the meeting",
                "officials with knowledge of the meeting",
            )
        ],
        id="according-to-hung-on-the-listener",
    ),
    pytest.param(
        "But after Tuesday night’s appearance, conservative commentator Jonah Goldberg "
        "imagined Christie was thinking: “My God what have I done?”",
        [
            (
                "“My God what have I done?”",
                "Jonah Goldberg",
                "conservative commentator Jonah Goldberg",
            )
        ],
        id="a-time-owns-the-event-nobody-speaks-for-it",
    ),
    pytest.param(
        "In Obama’s speech, “the economy is on the mend” was the line everyone remembered.",
        [("“the economy is on the mend”", "Obama", "Obama’s")],
        id="a-person-owns-the-speech",
    ),
    # Negative rows: "according to" inside what is reported, or in the next sentence, is not
    # the source of the quote.
    pytest.param(
        "Sanders said that, according to the polls, he is “the stronger candidate.”",
        [("“the stronger candidate.”", "Sanders", "Sanders")],
        id="according-to-inside-the-report",
    ),
    pytest.param(
        "“We won,” he said. According to the Times, the vote was close.",
        [("“We won,”", "he", "he"), ("the vote was close", "Times", "the Times")],
        id="according-to-in-the-next-sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ACCORDING_CASES)
def test_according_to(nlp, text, expected):
    got = [(q[0], q[1], q[3]) for q in _quotes(nlp, text)]
    assert got == expected


# The phrase between a closed quote and its verb: a common noun phrase finishing the quoted
# sentence is not the speaker; a role in apposition to a name is that person.
BETWEEN_CASES = [
    pytest.param(
        "“The situation is reminiscent of the 1960s, going into the 1970s,” the dawn of the "
        "modern conservative movement, Brent Bozell says.",
        [
            (
                "“The situation is reminiscent of the 1960s, going into the 1970s,”",
                "Brent Bozell",
                "person",
                "Brent Bozell",
            )
        ],
        id="noun-phrase-then-name",
    ),
    pytest.param(
        "“We lost,” the mayor, Smith, said.",
        [("“We lost,”", "Smith", "person", "the mayor, Smith")],
        id="role-then-name-is-the-person",
    ),
    pytest.param(
        "“It is a disaster,” a spokesman, John Smith, said.",
        [("“It is a disaster,”", "John Smith", "person", "a spokesman, John Smith")],
        id="role-then-full-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BETWEEN_CASES)
def test_between_quote_and_verb(nlp, text, expected):
    assert _quotes(nlp, text) == expected


def test_role_in_apposition_gives_the_role(nlp):
    text = "“We lost,” the mayor, Smith, said."
    doc = nlp(text)
    (quote,) = attribute(doc, scan(text))
    assert (quote.speaker.name, quote.speaker.role) == ("Smith", "mayor")
