"""How a found speaker phrase is cut, named and typed in formats news uses: inverted verbs
opening a line ('Said Cuomo:'), bare surname labels in a debate, titles before a label,
account handles, names NER cuts short, and the generic "you" (real spaCy parse)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from speaker_cases import attributed, described_by

from claimcheck.cues import reports_speech
from claimcheck.mention_span import skip_reporting
from claimcheck.speaker_resolve import handle_kind

_speakers = described_by


# (text, [(name, kind, role, mention) or None per marked quote, in order])
CASES = [
    pytest.param(
        "The governor was blunt on Monday.\n\n"
        "Said Cuomo: “This is a disgrace, and those responsible will answer for it.”\n\n"
        "Added the mayor: “We will rebuild.”",
        [("Cuomo", "person", None, "Cuomo"), ("mayor", "person", "mayor", "the mayor")],
        id="inverted-verb-opens-line-is-no-part-of-the-name",
    ),
    pytest.param(
        "The candidates clashed over taxes on Tuesday night.\n\n"
        "Rubio: “You have never created a job in your life.”\n\n"
        "Cruz: “That is simply not true.”\n\n"
        "Moderator Megyn Kelly: “Let's move on.”",
        [
            ("Rubio", "person", None, "Rubio"),
            ("Cruz", "person", None, "Cruz"),
            ("Megyn Kelly", "person", "Moderator", "Moderator Megyn Kelly"),
        ],
        id="debate-labels-are-people-and-a-title-is-the-role",
    ),
    pytest.param(
        "In an interview with the Times, Sanders laid out his plan. Excerpts:\n\n"
        "“We are going to make public colleges tuition-free.”",
        [("Sanders", "person", None, "Sanders")],
        id="subject-owning-his-object-is-a-person",
    ),
    pytest.param(
        "Rep. Maxine Waters spoke on Tuesday.\n\n“We will not be silent,” Waters said.",
        [("Maxine Waters", "person", "Rep.", "Waters")],
        id="a-surname-the-tagger-reads-as-a-noun-is-the-person-named-before",
    ),
    pytest.param(
        "Cheryl Mills arrived late.\n\nMills told the committee: “I had no role in it.”",
        [("Cheryl Mills", "person", None, "Mills")],
        id="a-plural-looking-surname-is-the-person-named-before",
    ),
    pytest.param(
        "Democrats quickly responded.\n\n"
        "@SenSchumer: “The president should spend less time tweeting.”",
        [("@SenSchumer", "person", None, "@SenSchumer")],
        id="handle-label-names-its-holder",
    ),
    pytest.param(
        "Organizers from Black Lives Matter Global Network said, “This is only the beginning.”",
        [
            (
                "Black Lives Matter Global Network",
                "organization",
                None,
                "Black Lives Matter Global Network",
            )
        ],
        id="mention-covers-the-whole-entity-the-parse-split",
    ),
    pytest.param(
        "Clinton's campaign put out a statement saying “Donald Trump is unfit to serve.”",
        [("Clinton's campaign", "organization", None, "Clinton's campaign")],
        id="statement-saying-is-its-issuer's",
    ),
    # Negative rows: what must not become a speaker or a name.
    pytest.param(
        "Free speech has limits. As the saying goes, you can't yell “fire” in a crowded theater.",
        [None],
        id="generic-you-is-no-speaker",
    ),
    pytest.param(
        "“We will rebuild,” said the mayor, John Smith, on Monday.",
        [("John Smith", "person", "mayor", "the mayor, John Smith")],
        id="ordinary-inverted-said-after-quote-unchanged",
    ),
    pytest.param(
        "The Kremlin issued a statement.\n\nThe statement said: “Russia will respond.”",
        [("Kremlin", "organization", None, "The statement")],
        id="a-document-that-speaks-is-its-issuers-not-a-person",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_speaker_phrase_cut_named_and_typed(nlp, text, expected):
    assert _speakers(nlp, text) == expected


@pytest.mark.parametrize(
    ("handle", "kind"),
    [
        ("@SenSchumer", "person"),
        ("@realDonaldTrump", "person"),
        ("@HillaryClinton", "person"),
        ("@POTUS", "person"),
        ("@WhiteHouse", "organization"),
        ("@nytimes", "organization"),
        ("@FoxNews", "organization"),
        ("@CNN", "organization"),
        ("@GOP", "organization"),
        ("@washingtonpost", "organization"),
        # Negative rows: an outlet word inside a name, or a title before it, is no outlet.
        ("@GavinNewsom", "person"),
        ("@CourtneyCox", "person"),
        ("@GovChristie", "person"),
        ("@NYGovCuomo", "person"),
    ],
)
def test_handle_kind(handle, kind):
    assert handle_kind(handle) == kind


@given(st.from_regex(r"[a-z][a-zA-Z]{1,12}", fullmatch=True))
def test_handle_naming_news_outlet_is_organization(word):
    assert handle_kind("@" + word + "News") == "organization"


@given(st.from_regex(r"[A-Z]?[a-z][a-zA-Z]{1,12}", fullmatch=True))
def test_handle_kind_ignores_the_at_sign(word):
    assert handle_kind("@" + word) == handle_kind(word)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        pytest.param(
            "“We need a political revolution,” said Bernie Sanders, March 8, at a rally.",
            "Bernie Sanders",
            id="date-after-comma-dates-the-words",
        ),
        pytest.param(
            "“We will rebuild,” said the mayor, John Smith, on Monday.",
            "the mayor, John Smith",
            id="date-in-prep-dates-the-words",
        ),
        # Negative rows: an age is tagged a date but describes the speaker.
        pytest.param("“We will win,” Ramos, 58, told reporters.", "Ramos, 58", id="age-stays"),
        pytest.param(
            "“We will win,” said Jan Novak, a spokesman for the ministry.",
            "Jan Novak, a spokesman for the ministry",
            id="apposition-stays",
        ),
    ],
)
def test_time_of_saying_is_no_part_of_the_mention(nlp, text, mention):
    (row,) = _speakers(nlp, text)
    assert row is not None
    assert row[3] == mention


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        ("He went on: “We will win.”", ["went"]),
        ("She went on, “It is over.”", ["went"]),
        ("Sanders cut in: “No.”", ["cut"]),
        ("Officials pointed out that the law had changed.", ["pointed"]),
        # Negative rows: "go on" that narrates reports nothing.
        ("The rally went on for two hours.", []),
        ("He went on to win the race.", []),
    ],
)
def test_phrasal_reporting_verbs(nlp, text, verbs):
    assert [t.text for t in nlp(text) if reports_speech(t)] == verbs


@pytest.mark.parametrize(
    ("text", "first_word"),
    [
        ("Said Cuomo: “We will rebuild.”", "Cuomo"),
        ("Added the mayor: “Nobody is left behind.”", "the"),
        ("Tweeted Trump: “Sad!”", "Trump"),
        # Negative rows: no reporting verb opens the phrase, or only the verb is left.
        ("Cuomo said: “We will rebuild.”", "Cuomo"),
        ("Said: “We will rebuild.”", "Said"),
    ],
)
def test_skip_reporting_passes_an_opening_reporting_verb(nlp, text, first_word):
    doc = nlp(text)
    stop = next(t.i for t in doc if t.text == ":") - 1
    assert doc[skip_reporting(doc, 0, stop)].text == first_word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinary person's noun is a person, its plural a group
        ("“It was embarrassing,” one woman in Miami said.", ("one woman", "person")),
        ("“It was embarrassing,” a retiree told the newspaper.", ("retiree", "person")),
        ("“It was fine,” students said.", ("students", "group")),
        # a thing is still no person
        ("“It was fine,” the report said.", ("report", "unknown")),
    ],
)
def test_ordinary_people_are_persons_and_their_plurals_groups(nlp, text, expected):
    assert [(q.speaker.name, q.speaker.kind) for q in attributed(nlp, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "she" after an unnamed woman spoke is that woman ...
        (
            "Sen. John Cole spoke first. “We need roads,” a woman in the crowd said. "
            "“And schools,” she added.",
            ["woman", "woman"],
        ),
        # ... but "he" is never "his mother": the noun says she is a woman
        (
            "Sen. John Cole spoke first. “He was always like this,” his mother said. "
            "“I will win,” he said.",
            ["his mother", "John Cole"],
        ),
    ],
)
def test_pronouns_respect_the_gender_an_unnamed_speakers_noun_gives(nlp, text, expected):
    assert [q.speaker.name for q in attributed(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an honorific is no part of the name: the person named in full earlier ...
        (
            "John Weaver, a strategist, joined in March. “We will win Ohio,” Mr. Weaver said.",
            ["John Weaver"],
        ),
        ("Jeremy Corbyn spoke later. “This is a disgrace,” Mr Corbyn said.", ["Jeremy Corbyn"]),
        # ... or the surname alone when the article never gives the full name
        ("Ms. Lopez said the plan was “dead on arrival.”", ["Lopez"]),
        ("MR. RUBIO: “You hired workers from Poland.”", ["Rubio"]),
        # with namesakes named in full, the honorific is what tells them apart: kept
        (
            "Bill Clinton and Hillary Clinton arrived together. “We will win,” Mrs. Clinton said.",
            ["Mrs. Clinton"],
        ),
    ],
)
def test_honorifics_are_dropped_and_the_surname_resolved(nlp, text, expected):
    assert [q.speaker.name for q in attributed(nlp, text)] == expected
