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
        "This is why Democrats can’t just point their fingers and cry “but they’re racist!” "
        "when considering why voters are turning to Trump.",
        [("“but they’re racist!”", "Democrats")],
        id="subject-hung-on-the-auxiliary",
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


LABELS_ON_WORDS = [
    pytest.param(
        'Last year, he played down Trump\'s comments as "just part of the primary campaign" '
        "and argued that attacking him would be a mistake.",
        [('"just part of the primary campaign"', "he")],
        id="played-down-comments-as",
    ),
    pytest.param(
        'Trump later defended his comments as being "sarcastic."',
        [('"sarcastic."', "Trump")],
        id="defended-his-comments-as",
    ),
    pytest.param(
        "Stuart Stevens, who served as Mitt Romney's chief strategist during the 2012 campaign, "
        'called Trump\'s statements and actions on Sunday "childish."',
        [('"childish."', "Stuart Stevens")],
        id="subject-held-apart-by-relative-clause",
    ),
    pytest.param(
        "Two military analysts, Patrick Megahan and Chris Harman, found in 2014 that the Air "
        "Force is “the best in the world.”",
        [("“the best in the world.”", "Chris Harman")],
        id="subject-held-apart-by-apposition",
    ),
    # Negative rows: the quote that is the content of the noun stays its possessor's, and a
    # participle after a bare name is about that name, not its verb.
    pytest.param(
        "Albright fanned controversy over her remark that “there’s a special place in hell for "
        "women who don’t help each other.”",
        [("“there’s a special place in hell for women who don’t help each other.”", "her")],
        id="content-of-remark-stays-possessor",
    ),
    pytest.param(
        "Pence blamed the media for making an issue out of Donald Trump’s claim that President "
        "Barack Obama “founded ISIS.”",
        [("“founded ISIS.”", "Donald Trump’s")],
        id="content-of-claim-stays-possessor",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LABELS_ON_WORDS)
def test_a_label_on_someones_words_is_the_labellers(nlp, text, expected):
    assert _mentions(nlp, text) == expected


def test_a_participle_after_a_bare_name_is_no_verb_of_it(nlp):
    text = (
        "The email shows the name of Mr. Pinchuk, described as one of Ukraine's \"most "
        'successful businessmen," among those on a list.'
    )
    assert _mentions(nlp, text) == [('"most successful businessmen,"', "The email")]


AUTHORED_DOCUMENTS = [
    pytest.param(
        "“The evidence is insufficient to support a criminal prosecution,” according to a "
        "court document filed by state attorney Dave Aronberg.",
        [
            (
                "“The evidence is insufficient to support a criminal prosecution,”",
                "a court document filed by state attorney Dave Aronberg",
            )
        ],
        id="document-filed-by",
    ),
    pytest.param(
        "“She thinks they are just too much,” Bill Clinton said Monday in Cheyenne, according "
        "to audio provided by Wyoming Public Radio.",
        [("“She thinks they are just too much,”", "audio provided by Wyoming Public Radio")],
        id="audio-provided-by",
    ),
    # Negative row: a relative clause set off by a comma stays out of the phrase.
    pytest.param(
        '"We are thrilled," said the statement, which was released by the campaign.',
        [('"We are thrilled,"', "the statement")],
        id="relative-clause-after-comma-stays-out",
    ),
]


@pytest.mark.parametrize(("text", "expected"), AUTHORED_DOCUMENTS)
def test_a_documents_author_is_part_of_the_source(nlp, text, expected):
    assert _mentions(nlp, text) == expected


def test_as_someone_put_it_read_as_a_preposition(nlp):
    # The parser reads "As" as a preposition with the speaker as its object here; the idiom
    # still names whose words follow.
    text = (
        "The sitting justice who is least friendly to business is Sonia Sotomayor.\n\n"
        "As Akhil Amar, professor of constitutional law at Yale and author of ''America's "
        "Unwritten Constitution,'' put it, ''Senate Republicans should remember that a "
        "compromise candidate today may be far better for them.''"
    )
    quotes = dict(_mentions(nlp, text))
    assert (
        quotes[
            "''Senate Republicans should remember that a compromise candidate today may be far "
            "better for them.''"
        ]
        == "Akhil Amar"
    )


def test_as_someone_put_it_with_a_subject_is_unchanged(nlp):
    text = (
        "As Jane Smith, a professor of law at Yale, put it, “Senators should remember that a "
        "compromise candidate may be far better for them.”"
    )
    assert [m for _, m in _mentions(nlp, text)] == ["Jane Smith, a professor of law at Yale"]


def test_no_subject_across_a_paragraph_break(nlp):
    text = (
        "Manafort and campaign spokesman Jason Miller worked to craft the campaign's initial "
        "statement, which landed in reporters' inboxes at 1:48 a.m.\n\n"
        "\"In writing her beautiful speech, Melania's team of writers took notes on her "
        "life's inspirations, and in some instances included fragments that reflected her "
        'own thinking," read the statement, which was attributed to Miller.\n\n'
        # Negative: a subject the parse ran across a break keeps the piece next to the quote.
        "9:34 p.m.\n\nDonald Trump has delivered an impassioned defense of “New York values,” "
        "saying the city embodied the “bravery, heart and soul of America.”"
    )
    assert [m for _, m in _mentions(nlp, text)] == [
        "the statement",
        "Donald Trump",
        "Donald Trump",
    ]


OUTER_REPORTS = [
    pytest.param(
        "Hillary Clinton says the Obama administration should be taking additional measures "
        "against the Islamic State and that she expects President Barack Obama to announce an "
        "“intensification” in the U.S. campaign.",
        [("“intensification”", "Hillary Clinton")],
        id="second-that-clause-of-the-same-verb",
    ),
    # Negative row: a conjoined clause with its own reporting verb is a report of its own.
    pytest.param(
        'Cruz said the plan was "a disaster" and Rubio said that it was "a mess."',
        [('"a disaster"', "Cruz"), ('"a mess."', "Rubio")],
        id="conjoined-reports-stay-apart",
    ),
    pytest.param(
        "The fear was a repeat of 1992, when Mr. Buchanan, who had failed to win his party's "
        "nomination, called for a “cultural war” against “liberals and radicals.”",
        [("“cultural war”", "Mr. Buchanan"), ("“liberals and radicals.”", "Mr. Buchanan")],
        id="subject-before-a-relative-clause-ending-at-the-verb",
    ),
    pytest.param(
        "Much of Beck’s ire was also directed at Bannon, who Beck on Wednesday called “a "
        "horrible, despicable human being.”",
        [("“a horrible, despicable human being.”", "Beck")],
        id="misparsed-relative-clause-keeps-its-own-subject",
    ),
    # Negative row: a relative clause inside the object does not move the subject.
    pytest.param(
        'The senator criticized the bill, which the governor signed, calling it "a mistake."',
        [('"a mistake."', "The senator")],
        id="relative-clause-in-the-object",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OUTER_REPORTS)
def test_which_verb_reports_the_quote(nlp, text, expected):
    assert _mentions(nlp, text) == expected


PASSIVE_LABELS = [
    pytest.param(
        "Gowdy has faced criticism for the lengthy investigation into the events surrounding "
        "the Benghazi tragedy — often labeled as a “witch hunt” by Democrats — but he is "
        "unmoved.",
        [("“witch hunt”", "Democrats")],
        id="by-phrase-hung-on-the-label",
    ),
    pytest.param(
        'This feature of the movement has been called "strategic ambiguity" by Joshua '
        "Hendrick, a professor at Loyola University Maryland, and it makes funding hard to trace.",
        [('"strategic ambiguity"', "Joshua Hendrick, a professor at Loyola University Maryland")],
        id="called-x-by-someone",
    ),
    pytest.param(
        'Senate Democrats blocked a $1.1 billion funding package because of "poison pill" '
        "measures added by Republicans on other issues.",
        [('"poison pill"', "Republicans")],
        id="participle-does-not-make-its-noun-the-subject",
    ),
    # Negative rows: an agent before the label, and a subject between quote and verb.
    pytest.param(
        'The plan was described by critics as "reckless."',
        [('"reckless."', "critics")],
        id="agent-before-the-label",
    ),
    pytest.param(
        '"We will win," the spokesman said.',
        [('"We will win,"', "the spokesman")],
        id="subject-between-quote-and-verb-unchanged",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PASSIVE_LABELS)
def test_passive_labels_name_who_labels(nlp, text, expected):
    assert _mentions(nlp, text) == expected


NAMING_PARTICIPLES = [
    pytest.param(
        "A newly formed super PAC called Future 45 ran its first round of ads in Iowa using "
        'her comments before a House committee that "I was responsible for quite a bit" of '
        "the foreign policy.",
        [('"I was responsible for quite a bit"', "her")],
        id="participle-naming-a-subject-reports-nothing",
    ),
    # Negative rows: a subject only of the quoted words, and a surname the tagger misread
    # before its own verb, still speak.
    pytest.param(
        "Some in the crowd booed, and when Rubio thanked Miami and said it was great to be "
        "home, a man yelled “Stay there!”",
        [("“Stay there!”", "a man")],
        id="subject-of-the-quoted-words-only",
    ),
    pytest.param(
        'And Skelly called Braynard "a liar."',
        [('"a liar."', "Skelly")],
        id="misread-surname-still-the-actor",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMING_PARTICIPLES)
def test_a_naming_participle_is_no_report(nlp, text, expected):
    assert _mentions(nlp, text) == expected
