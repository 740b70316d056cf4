"""Speaker names a careful reader gives, from blind formats set 4: hyphenated names and offices,
names the small model tags as organisations where only a person can stand, and unnamed
speakers' descriptions kept whole (real spaCy parse)."""

from __future__ import annotations

import pytest
from speaker_cases import described_by

_speakers = described_by


# (text, [(name, kind, role, mention) per marked quote, in order])
HYPHENS = [
    pytest.param(
        'Jean-Luc Martin, a farmer, said "it is over."\n\n'
        '"We will see," said Mayor Anne-Marie Dubois.',
        [
            ("Jean-Luc Martin", "person", None, "Jean-Luc Martin, a farmer"),
            ("Anne-Marie Dubois", "person", "Mayor", "Mayor Anne-Marie Dubois"),
        ],
        id="hyphenated-first-name-kept-whole",
    ),
    pytest.param(
        "“Every tonne matters.”\n― UN Secretary-General, closing plenary\n\n"
        'The Attorney-General told reporters "there is no case."',
        [
            ("UN Secretary-General", "person", "Secretary-General", "UN Secretary-General"),
            ("Attorney-General", "person", "Attorney-General", "The Attorney-General"),
        ],
        id="hyphenated-office-without-holder-is-the-office",
    ),
    pytest.param(
        'UN Secretary-General Antonio Guterres said "now is the time."',
        [
            (
                "Antonio Guterres",
                "person",
                "Secretary-General",
                "UN Secretary-General Antonio Guterres",
            )
        ],
        id="negative-office-with-holder-names-the-holder",
    ),
    pytest.param(
        'Brig. Gen. Mark Cole said "we are ready." The general said "no more."',
        [
            ("Mark Cole", "person", "Gen.", "Gen. Mark Cole"),
            ("Mark Cole", "person", "general", "The general"),
        ],
        id="negative-unhyphenated-title-is-not-an-office",
    ),
]


HYPHENS += [
    pytest.param(
        'Vice-President Kamala Harris said "fine."\n\nDeputy Chief of Staff Bruce Reed said "no."',
        [
            ("Kamala Harris", "person", "Vice-President", "Vice-President Kamala Harris"),
            ("Bruce Reed", "person", "Deputy Chief of Staff", "Deputy Chief of Staff Bruce Reed"),
        ],
        id="hyphenated-title-before-a-name-is-one-role-negative-spaced-title",
    ),
]


@pytest.mark.parametrize(("text", "expected"), HYPHENS)
def test_hyphenated_names_and_offices(nlp, text, expected):
    assert _speakers(nlp, text) == expected


APPOSITIONS = [
    pytest.param(
        "The Wisconsin Elections Commission, which is split evenly between the parties, has "
        "not taken a position on the bill. Its administrator, Marcus Tevlin, said in a "
        'statement that the agency would "implement whatever law is on the books."\n\n'
        'The school board met on Monday. The dean, Priya Raman, said "we will reopen."',
        [
            ("Marcus Tevlin", "person", "administrator", "Its administrator, Marcus Tevlin"),
            ("Priya Raman", "person", "dean", "The dean, Priya Raman"),
        ],
        id="name-beside-an-office-is-the-person-whatever-ner-says",
    ),
    pytest.param(
        'Her son, Michael Brown, said "she was kind."\n\n'
        'Its new supplier, Foxconn Technology, said "we will deliver."',
        [
            ("Michael Brown", "person", None, "Her son, Michael Brown"),
            ("Its new supplier", "unknown", None, "Its new supplier, Foxconn Technology"),
        ],
        id="negative-a-company-beside-a-trade-noun-is-no-person",
    ),
]


@pytest.mark.parametrize(("text", "expected"), APPOSITIONS)
def test_name_in_apposition_to_a_person_noun(nlp, text, expected):
    assert _speakers(nlp, text) == expected


SIGNATURES = [
    pytest.param(
        "Readers Share Their Thoughts On Last Night's Debate\n\n"
        "We asked readers what they made of Tuesday's debate. Here's a selection of what you "
        "said.\n"
        "“The economy part was the only part that mattered to me.” ― Doug Pfeiffer, 61\n"
        "Some readers focused on the candidates’ body language.\n"
        "“He looked tired. She looked like she’d rehearsed every line in a mirror. Neither one "
        "looked like a president.” ― Tomasz Wrobel, Chicago\n"
        "“I teach high school civics.” ― Aaliyah Grant, Jackson, Mississippi\n"
        "Others were more hopeful.\n"
        "“We are hiring.” ― Cook County, Illinois\n",
        [
            ("Doug Pfeiffer", "person", None, "Doug Pfeiffer, 61"),
            ("Tomasz Wrobel", "person", None, "Tomasz Wrobel, Chicago"),
            ("Aaliyah Grant", "person", None, "Aaliyah Grant, Jackson, Mississippi"),
            ("Cook County", "country", None, "Cook County, Illinois"),
        ],
        id="signature-name-with-its-place-is-a-person-a-place-with-its-state-is-not",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIGNATURES)
def test_signature_name_and_place(nlp, text, expected):
    assert _speakers(nlp, text) == expected


DESCRIBED = [
    pytest.param(
        "No final decision has been made, according to three U.S. officials familiar with the "
        "deliberations. The officials spoke on condition of anonymity. One of them said the "
        'move was intended "to make sure nobody mistakes restraint for weakness."\n\n'
        "A person close to the Israeli government, who asked not to be named, said Israel had "
        'asked for the deployment. "They know what we asked for," the person said.\n\n'
        'Two of the bills passed. One of them "will change nothing," a source familiar with '
        "the talks said.",
        [
            ("U.S. official", "person", None, "One of them"),
            ("person close to the Israeli government", "person", None, "the person"),
            ("source familiar with the talks", "person", None, "a source familiar with the talks"),
        ],
        id="one-of-them-and-a-source-keep-their-description",
    ),
    pytest.param(
        'Two reports came out on Monday. One of them said "the economy is slowing."\n\n'
        'Dozens of residents packed the hall. One of them said "we were never asked."\n\n'
        'Another of the senior Democratic aides said "the votes are not there."\n\n'
        'A Downing Street source said "the PM is furious."',
        [
            ("One", "unknown", None, "One of them"),
            ("resident", "person", None, "One of them"),
            ("senior Democratic aide", "person", None, "Another of the senior Democratic aides"),
            ("Downing Street source", "person", None, "A Downing Street source"),
        ],
        id="negative-one-of-the-reports-is-no-person",
    ),
]


DESCRIBED += [
    pytest.param(
        'Trump spoke later at a rally. "We will win," said one of his warm-up speakers.\n\n'
        '"It was 13 months in living hell," said one of the men, Jessie Elkins, 70.\n\n'
        'One of his advisers, Tad Devine, said "we are staying in."\n\n'
        "No decision has been made, according to three U.S. officials familiar with the "
        'deliberations. One of them said "nothing is final."',
        [
            ("warm-up speaker", "person", None, "one of his warm-up speakers"),
            ("Jessie Elkins", "person", None, "one of the men, Jessie Elkins, 70"),
            ("Tad Devine", "person", None, "One of his advisers, Tad Devine"),
            ("U.S. official", "person", None, "One of them"),
        ],
        id="negative-one-of-them-with-a-name-is-the-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED)
def test_unnamed_speakers_keep_their_description(nlp, text, expected):
    assert _speakers(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“The plant will close,” said General Motors.",
            [("General Motors", "organization", None, "General Motors")],
        ),
        (
            "“We won the contract,” said General Electric.",
            [("General Electric", "organization", None, "General Electric")],
        ),
        # Negative row: a general's title before a name is still a title.
        (
            "“We will fight,” said General Mark Milley.",
            [("Mark Milley", "person", "General", "General Mark Milley")],
        ),
    ],
)
def test_a_company_named_general_is_no_general(nlp, text, expected):
    assert _speakers(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Plurals that do not end in a plain -s name people too.
        (
            "Two witnesses saw the crash. “It was terrible,” one of the witnesses said.",
            [("witness", "person", None, "one of the witnesses")],
        ),
        # "them" is the people who are the subject, not the people they spoke to.
        (
            "Three U.S. officials briefed reporters. “We are ready,” one of them said.",
            [("U.S. official", "person", None, "one of them")],
        ),
        # Negative row: a subject that names no people ("Dozens") gives way to the nearest.
        (
            "Dozens of residents packed the hall. One of them said “we were never asked.”",
            [("resident", "person", None, "One of them")],
        ),
    ],
)
def test_one_of_them_is_one_of_the_people_the_sentence_is_about(nlp, text, expected):
    assert _speakers(nlp, text) == expected
