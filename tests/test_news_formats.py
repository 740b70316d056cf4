"""News formats PolNeAR's train split barely has: presenting leads, bulleted highlights, signed
roundups, labelled Q&A (real spaCy parse, a handful of documents)."""

from __future__ import annotations

import pytest
from speaker_cases import spoken_by

from claimcheck.attribution_labels import (
    dash_label,
    is_date_label,
    is_handle,
    is_topic_label,
    label_name_end,
    opens_paragraph,
)
from claimcheck.lead_presenters import PARTY_SUFFIX, qa_label, tweet_signature


def _speakers(nlp, text):
    return spoken_by(nlp, text, strip="“”\"' ")


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("", True),
        ("  ", True),
        ("• ", True),
        ("- ", True),
        ("* ", True),
        ("3. ", True),
        ("12) ", True),
        # Negative rows: words, a dash byline's dash, a year before the quote.
        ("He said ", False),
        ("— ", False),
        ("2016. ", False),
        ("• On trade: ", False),
    ],
)
def test_opens_paragraph_allows_only_a_bullet_before_the_quote(prefix, expected) -> None:
    text = prefix + "“We will win.”"
    assert opens_paragraph(text, 0, len(prefix)) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("On trade:", True),
        ("* On the wall: ", True),
        ("• About Clinton:", True),
        # Negative rows: a name label, a bullet with no topic, a long sentence.
        ("Sen. Ted Cruz (R-Texas):", False),
        ("• ", False),
        ("On Tuesday the senator told reporters at the Capitol what he thought:", False),
    ],
)
def test_topic_label_reads_past_a_bullet(line, expected) -> None:
    assert is_topic_label(line) is expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Q:", "q"),
        ("Question:", "q"),
        ("A:", "a"),
        ("Answer:", "a"),
        ("  A.", "a"),
        # Negative rows: a name label, a word that merely starts with Q or A.
        ("Quinn:", None),
        ("AP:", None),
        ("Answers are needed:", None),
    ],
)
def test_qa_label_names_question_or_answer(label, expected) -> None:
    assert qa_label(label, 0, len(label)) == expected


@pytest.mark.parametrize(
    ("label", "name_end"),
    [
        ("Sen. Chuck Grassley, R-Iowa:", len("Sen. Chuck Grassley")),
        ("Rep. Elijah Cummings, D-Md.:", len("Rep. Elijah Cummings")),
        # Negative rows: an apposition that is no party label, a hyphenated name.
        ("Mary Smith, a teacher:", None),
        ("Ana Ruiz-Lopez:", None),
    ],
)
def test_party_suffix_ends_the_name(label, name_end) -> None:
    match = PARTY_SUFFIX.search(label, 0, len(label) - 1)
    assert (match.start() if match else None) == name_end


PRESENTING_CASES = [
    pytest.param(
        "The airline said on Friday that it would refund every cancelled ticket. "
        "Read the statement below:\n\n"
        "“We are deeply sorry for the disruption our customers have faced this week.\n\n"
        "“Every passenger whose flight was cancelled will receive a full refund.”",
        [
            (
                "We are deeply sorry for the disruption our customers have faced this week.\n\n"
                "“Every passenger whose flight was cancelled will receive a full refund.",
                "airline",
                "The airline",
            )
        ],
        id="statement-below-after-the-sentence-that-reports-it",
    ),
    pytest.param(
        "Gov. Laura Kelly addressed the legislature for forty minutes on Tuesday.\n\n"
        "Highlights:\n\n"
        "• “Our schools are fully funded for the first time in a decade.”\n\n"
        "• “I will veto any bill that raids the highway fund.”",
        [
            (
                "Our schools are fully funded for the first time in a decade.",
                "Laura Kelly",
                "Gov. Laura Kelly",
            ),
            (
                "I will veto any bill that raids the highway fund.",
                "Laura Kelly",
                "Gov. Laura Kelly",
            ),
        ],
        id="bulleted-highlights-after-the-speaker's-paragraph",
    ),
    pytest.param(
        "The snow fell all night and the roads were closed by morning.\n\n"
        "Highlights:\n\n"
        "• “The county has never seen a storm like this one.”",
        [("The county has never seen a storm like this one.", None, None)],
        id="negative-highlights-after-a-paragraph-about-nobody",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRESENTING_CASES)
def test_presenting_lead_gives_the_words_to_whoever_the_story_was_about(
    nlp, text, expected
) -> None:
    assert _speakers(nlp, text) == expected


ROUNDUP_CASES = [
    pytest.param(
        "The House passed the bill 218-214. Here's how lawmakers reacted:\n\n"
        "“This is a good day for working families.” — Rep. Jim Clyburn (D-S.C.)\n\n"
        "“A reckless bill that we will repeal.” — Rep. Steve Scalise (R-La.)",
        [
            (
                "This is a good day for working families.",
                "Jim Clyburn",
                "Rep. Jim Clyburn (D-S.C.)",
            ),
            ("A reckless bill that we will repeal.", "Steve Scalise", "Rep. Steve Scalise (R-La.)"),
        ],
        id="signature-wins-over-the-roundup-lead",
    ),
    pytest.param(
        "Reaction came quickly.\n\n"
        "Sen. Joni Ernst, R-Iowa:\n\n"
        "“Farmers in my state cannot wait another year for this.”",
        [
            (
                "Farmers in my state cannot wait another year for this.",
                "Joni Ernst",
                "Sen. Joni Ernst, R-Iowa",
            )
        ],
        id="label-with-party-and-state",
    ),
    pytest.param(
        "Asked about the bill, Sen. Mark Reed told reporters: “It is dead on arrival.” "
        "— and then he walked away.",
        [("It is dead on arrival.", "Mark Reed", "Sen. Mark Reed")],
        id="negative-a-dash-and-lowercase-words-sign-nothing",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUNDUP_CASES)
def test_roundup_quote_goes_to_its_signer_or_label(nlp, text, expected) -> None:
    assert _speakers(nlp, text) == expected


def test_qa_answers_go_to_the_interviewee_and_questions_to_no_label(nlp) -> None:
    text = (
        "Mayor Karen Bass was interviewed on the radio on Monday about the homeless count.\n\n"
        "Question: “Why did the count go up this year?”\n\n"
        "Answer: “Because rents went up faster than wages, and people fell behind.”"
    )
    assert _speakers(nlp, text) == [
        ("Why did the count go up this year?", None, None),
        (
            "Because rents went up faster than wages, and people fell behind.",
            "Karen Bass",
            "Mayor Karen Bass",
        ),
    ]


LEAD_CASES = [
    pytest.param(
        "Gov. Ann Lee spoke for an hour at the fair on Friday. Lee's best lines:\n\n"
        "• “We fixed the roads, and we did it without a tax increase.”",
        [("We fixed the roads, and we did it without a tax increase.", "Ann Lee", "Lee's")],
        id="possessor-of-the-presented-lines",
    ),
    pytest.param(
        "The storm knocked out power across the county on Friday. The best lines:\n\n"
        "• “We fixed the roads, and we did it without a tax increase.”",
        [("We fixed the roads, and we did it without a tax increase.", None, None)],
        id="negative-presented-lines-after-a-sentence-about-no-one",
    ),
    pytest.param(
        "Gov. Tom Reyes spoke at the state fair on Saturday.\n\n"
        "Partial transcript as follows:\n\n"
        '"We are going to build the new bridge, and we are going to build it this year."',
        [
            (
                "We are going to build the new bridge, and we are going to build it this year.",
                "Tom Reyes",
                "Partial transcript",
            )
        ],
        id="transcript-lead-names-the-record-and-the-speaker-before-it",
    ),
    pytest.param(
        "Judge Ellen Park ruled on Friday. The following is a transcript of her remarks.\n\n"
        "“The defendant showed no remorse at any point in this trial.”",
        [("The defendant showed no remorse at any point in this trial.", "Ellen Park", "her")],
        id="no-colon-transcript-of-her-remarks",
    ),
    pytest.param(
        "Judge Ellen Park announced the sentence on Friday. WATCH:\n\n"
        "“The defendant showed no remorse at any point in this trial.”",
        [
            (
                "The defendant showed no remorse at any point in this trial.",
                "Ellen Park",
                "Judge Ellen Park",
            )
        ],
        id="watch-marker-is-no-name",
    ),
    pytest.param(
        "FULL TEXT.\n\n“It's the economy, stupid, and it always has been.”",
        [("It's the economy, stupid, and it always has been.", None, None)],
        id="negative-archive-header-in-capitals-presents-nobody",
    ),
    pytest.param(
        "“We are not leaving. This is our street, and we will fight for it.”\n\n"
        "That was the message from Mayor Dana Cole on Monday as she stood outside the library.",
        [
            (
                "We are not leaving. This is our street, and we will fight for it.",
                "Dana Cole",
                "Mayor Dana Cole",
            )
        ],
        id="next-paragraph-points-back-and-names-the-speaker",
    ),
    pytest.param(
        "“We are not leaving. This is our street, and we will fight for it.”\n\n"
        "That afternoon, Mayor Dana Cole met the developers at City Hall.",
        [("We are not leaving. This is our street, and we will fight for it.", None, None)],
        id="negative-next-paragraph-opening-with-a-time-names-no-speaker",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEAD_CASES)
def test_lead_or_next_paragraph_names_whose_words(nlp, text, expected) -> None:
    assert _speakers(nlp, text) == expected


def test_signature_name_stops_at_its_line(nlp) -> None:
    text = (
        "Reaction to the ruling:\n\n"
        "“We will appeal.” — Justice Department spokeswoman Sarah Isgur Flores\n\n"
        "Gov. Greg Abbott, in a tweet: “Texas will keep enforcing the law.”"
    )
    assert _speakers(nlp, text) == [
        ("We will appeal.", "Sarah Isgur Flores", "Sarah Isgur Flores"),
        ("Texas will keep enforcing the law.", "Greg Abbott", "Gov. Greg Abbott"),
    ]


RUN_CASES = [
    pytest.param(
        "Speaking in Des Moines on Monday, Hillary Clinton went after her rival. She said:\n\n"
        "“He has spent this campaign offending more and more Americans.”\n\n"
        "The crowd booed.\n\n"
        "Some supporters waved signs.\n\n"
        "“He mocked a reporter with a disability. He would ban an entire religion.”",
        [
            (
                "He has spent this campaign offending more and more Americans.",
                "Hillary Clinton",
                "She",
            ),
            (
                "He mocked a reporter with a disability. He would ban an entire religion.",
                "Hillary Clinton",
                "She",
            ),
        ],
        id="speech-goes-on-past-two-paragraphs-of-scene",
    ),
    pytest.param(
        "Speaking in Des Moines on Monday, Hillary Clinton went after her rival. She said:\n\n"
        "“He has spent this campaign offending more and more Americans.”\n\n"
        "The crowd booed.\n\n"
        "Some supporters waved signs.\n\n"
        "Rival campaigns pounced within minutes.\n\n"
        "Nobody in the room was surprised.\n\n"
        "“He mocked a reporter with a disability. He would ban an entire religion.”",
        [
            (
                "He has spent this campaign offending more and more Americans.",
                "Hillary Clinton",
                "She",
            ),
            (
                "He mocked a reporter with a disability. He would ban an entire religion.",
                None,
                None,
            ),
        ],
        id="negative-four-paragraphs-between-end-the-run",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RUN_CASES)
def test_run_of_set_out_quotes_keeps_its_speaker_across_short_scene(nlp, text, expected) -> None:
    assert _speakers(nlp, text) == expected


NAME_LINE_CASES = [
    pytest.param(
        "Lawmakers weighed in on the verdict.\n\n"
        "Sen. Joni Ernst, R-Iowa\n\n"
        "“Justice has been served, and the families can begin to heal.”",
        [
            (
                "Justice has been served, and the families can begin to heal.",
                "Joni Ernst",
                "Sen. Joni Ernst, R-Iowa",
            )
        ],
        id="name-on-its-own-line-above-the-quote",
    ),
    pytest.param(
        "Clinton, surprise populist\n\n“Stay or pay could make corporations think twice.”",
        [("Stay or pay could make corporations think twice.", None, None)],
        id="negative-the-headline-is-no-name-line",
    ),
    pytest.param(
        "The debate went on for hours.\n\n"
        "With Clinton\n\n"
        "“Stay or pay could make corporations think twice.”",
        [("Stay or pay could make corporations think twice.", None, None)],
        id="negative-a-line-with-a-preposition-is-no-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAME_LINE_CASES)
def test_name_line_above_a_set_out_quote_names_its_speaker(nlp, text, expected) -> None:
    assert _speakers(nlp, text) == expected


BACK_POINTER_CASES = [
    pytest.param(
        "Old wisdom.\n\n"
        '"I would rather have a sister in jail than a brother in the FBI." That quote from '
        "state Securities Commissioner Thomas Krebs appeared on the front page in 1980.",
        [
            (
                "I would rather have a sister in jail than a brother in the FBI.",
                "Thomas Krebs",
                "state Securities Commissioner Thomas Krebs",
            )
        ],
        id="same-paragraph-that-quote-from",
    ),
    pytest.param(
        "Old wisdom.\n\n"
        '"We will win this state by ten points and nobody can stop us." That was never going '
        "to happen, and Mayor Tom Diaz knew it.",
        [("We will win this state by ten points and nobody can stop us.", None, None)],
        id="negative-that-was-about-an-event-not-words",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BACK_POINTER_CASES)
def test_sentence_pointing_back_at_the_words_names_their_speaker(nlp, text, expected) -> None:
    assert _speakers(nlp, text) == expected


def test_live_blog_entry_ending_on_a_chant_is_about_its_subject(nlp) -> None:
    text = (
        '9:15 p.m.: Sanders takes the stage in Burlington to chants of "Bernie! Bernie!"\n\n'
        '"We have won in 22 states and we are not done yet."'
    )
    assert _speakers(nlp, text)[-1] == (
        "We have won in 22 states and we are not done yet.",
        "Sanders",
        "Sanders",
    )


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        (
            '<tweet id="2" author="@jr">"Sad!" is the new slogan — Jane Roe (@janeroe) '
            "August 31, 2016</tweet>",
            28,
            "Jane Roe",
        ),
        # Negative rows: a quote after the tweet has closed, and a tweet with no signature.
        (
            '<tweet id="2">Sad — Jane Roe (@janeroe) May 1, 2016</tweet>. Then "Sad!" he said.',
            67,
            None,
        ),
        ('<tweet id="3">"Sad!" is the new slogan</tweet>', 15, None),
    ],
)
def test_tweet_signature_names_the_tweeter_of_words_inside_it(text, start, expected) -> None:
    found = tweet_signature(start, start + 6, text)
    assert (text[found[0] : found[1]] if found else None) == expected


def test_quote_in_an_embedded_tweet_with_no_cue_is_the_tweeter_s(nlp) -> None:
    text = (
        "Reporters mocked the slogan on Twitter.\n\n"
        '<tweet id="2" author="@janeroe" datetime="2016-08-31">"Sad!" is the new slogan '
        "https://t.co/y — Jane Roe (@janeroe) August 31, 2016</tweet>."
    )
    assert _speakers(nlp, text) == [("Sad!", "Jane Roe", "Jane Roe (@janeroe)")]


ROUNDUP_ITEM_CASES = [
    pytest.param(
        "Gov. Ann Lee has said a lot on the trail. Here are some of her most memorable lines."
        "\n\n1. On taxes:\n\n“Nobody in this state will pay a penny more, not one penny.”\n\n"
        "Critics said the promise ignored the deficit.\n\n"
        "2. On roads:\n\n“We will fix every bridge in this state before the next winter.”\n\n"
        "State Auditor Tom Fry said the plan would cost $4 billion.\n\n"
        "3. On schools:\n\n“Teachers here will be the best paid in the region.”",
        [
            ("Nobody in this state will pay a penny more, not one penny.", "Ann Lee", "her"),
            ("We will fix every bridge in this state before the next winter.", "Ann Lee", "her"),
            ("Teachers here will be the best paid in the region.", "Ann Lee", "her"),
        ],
        id="numbered-items-under-subheads-keep-the-roundup-speaker",
    ),
    pytest.param(
        "Gov. Ann Lee has said a lot on the trail. Here are some of her most memorable lines."
        "\n\n1. On taxes:\n\n“Nobody in this state will pay a penny more, not one penny.”\n\n"
        "2. On roads:\n\n“The bridges are falling apart and she knows it,” Tom Fry said.",
        [
            ("Nobody in this state will pay a penny more, not one penny.", "Ann Lee", "her"),
            ("The bridges are falling apart and she knows it,", "Tom Fry", "Tom Fry"),
        ],
        id="negative-an-item-with-its-own-cue-keeps-its-speaker",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUNDUP_ITEM_CASES)
def test_roundup_items_under_subheads_are_the_roundup_speaker_s(nlp, text, expected) -> None:
    assert _speakers(nlp, text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Nov. 15, 2012:", True),
        ("June 2015:", True),
        ("• Early March 2016:", True),
        ("2014:", True),
        # Negative rows: a weekday or day number alone, a name, a sentence with a date in it.
        ("Monday:", False),
        ("3:", False),
        ("Trump:", False),
        ("On Nov. 15, 2012, she told reporters:", False),
    ],
)
def test_date_label_names_a_month_or_year_and_nothing_else(line, expected) -> None:
    assert is_date_label(line) is expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Trump on immigration", "Trump"),
        ("Hillary Clinton on the polls", "Hillary Clinton"),
        ("@SenSanders about Wall Street", "@SenSanders"),
        # Negative rows: a topic subhead, a plain name, a sentence.
        ("On immigration", None),
        ("Donald Trump", None),
        ("He spoke at length on immigration and trade and jobs and more", None),
    ],
)
def test_name_on_topic_label_ends_the_name_before_the_topic(label, expected) -> None:
    end = label_name_end(label, 0, len(label))
    assert (label[:end] if end is not None else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TRUMP — “A.”\n\nCLINTON — “B.”", True),
        ("Intro.\n\nMR. COMEY -- “A.”\n\nSEN. BURR -- “B.”", True),
        # Negative rows: one dateline, the same label twice, a dash after a sentence.
        ("WASHINGTON — “We will win,” he said.", False),
        ("TRUMP — “A.”\n\nTRUMP — “B.”", False),
        ("He paused — “A.”\n\nCLINTON — “B.”", False),
    ],
)
def test_dash_label_needs_two_speakers_set_out_by_dashes(text, expected) -> None:
    quote = text.index("“")
    assert dash_label(text, text.rfind("\n", 0, quote) + 1, quote - 1) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("@realDonaldTrump", True), ("@SenSchumer", True), ("@", False), ("Trump", False)],
)
def test_handle_is_an_at_sign_and_a_name(word, expected) -> None:
    assert is_handle(word) is expected


LABEL_FORMAT_CASES = [
    pytest.param(
        "Gov. Ann Lee's stance on the tax has shifted. A timeline of what she has said:\n\n"
        "Nov. 15, 2012: “This tax is the fairest way to pay for our roads.”\n\n"
        "June 2015: “I will be judging it by the final bill.”",
        [
            ("This tax is the fairest way to pay for our roads.", "Ann Lee", "she"),
            ("I will be judging it by the final bill.", "Ann Lee", "she"),
        ],
        id="timeline-date-labels-keep-the-lead-speaker",
    ),
    pytest.param(
        "Gov. Ann Lee's stance on the tax has shifted. A timeline:\n\n"
        "June 2015: “It is a bad tax and we will repeal it,” said Tom Fry, her rival.",
        [("It is a bad tax and we will repeal it,", "Tom Fry", "Tom Fry, her rival")],
        id="negative-a-dated-quote-with-its-own-cue-keeps-it",
    ),
    pytest.param(
        "Lee sat down with reporters on Tuesday.\n\n"
        "Lee on taxes: “Nobody will pay a penny more.”\n\n"
        "Lee on Fry: “He has no plan for the roads at all.”",
        [
            ("Nobody will pay a penny more.", "Lee", "Lee"),
            ("He has no plan for the roads at all.", "Lee", "Lee"),
        ],
        id="name-on-topic-label-names-the-speaker",
    ),
    pytest.param(
        "Donald Trump sat down with Fox News on Tuesday.\n\n"
        "Trump on the polls: “The polls are rigged. I am winning.”\n\n"
        "Trump on the wall: “It will be beautiful.”",
        [
            ("The polls are rigged. I am winning.", "Donald Trump", "Trump"),
            ("It will be beautiful.", "Donald Trump", "Trump"),
        ],
        id="a-name-the-tagger-reads-as-a-verb-still-opens-a-topic-label",
    ),
    pytest.param(
        "Gov. Ann Lee sat down with reporters on Tuesday.\n\n"
        "Pressed on the roads: “We will fix every one of them by 2026.”",
        # The interviewer's cue names nobody ("Pressed" is no speaker); whoever was pressed,
        # the interviewee the story opened on, answers.
        [("We will fix every one of them by 2026.", "Ann Lee", "Gov. Ann Lee")],
        id="an-interviewer-s-cue-label-gives-the-answer-to-the-interviewee",
    ),
    pytest.param(
        "The governor took to Twitter early Saturday.\n\n"
        "@realDonaldTrump: “The failing press has been wrong about me from the start.”",
        [
            (
                "The failing press has been wrong about me from the start.",
                "@realDonaldTrump",
                "@realDonaldTrump",
            )
        ],
        id="handle-label-names-its-account-holder",
    ),
    pytest.param(
        "Reaction came quickly.\n\n"
        "TRUMP — “This is the worst deal in the history of deals.”\n\n"
        "CLINTON — “We are stronger together.”",
        [
            ("This is the worst deal in the history of deals.", "TRUMP", "TRUMP"),
            ("We are stronger together.", "CLINTON", "CLINTON"),
        ],
        id="caps-dash-labels-are-a-transcript",
    ),
    pytest.param(
        "The senator's remarks have drawn criticism. Among them:\n\n"
        "“The economy is rigged against working people.” (Sanders, Jan. 12)\n\n"
        "“Billionaires should not buy elections.” (Bernie Sanders, March 8, at a rally)",
        [
            ("The economy is rigged against working people.", "Bernie Sanders", "Sanders"),
            ("Billionaires should not buy elections.", "Bernie Sanders", "Bernie Sanders"),
        ],
        id="name-in-parentheses-signs-a-set-out-quote",
    ),
    pytest.param(
        "Gov. Ann Lee spoke for an hour in Ohio. She ended on the economy:\n\n"
        "“We will build it together, every one of us.” (Applause.)",
        [("We will build it together, every one of us.", "Ann Lee", "She")],
        id="negative-applause-in-parentheses-signs-nothing",
    ),
    pytest.param(
        "Gov. Ann Lee spoke to reporters on Thursday about the budget. The interview has been "
        "edited for length.\n\n"
        "Why oppose the bill now?\n\n"
        "“Because it cuts the schools that our families need most.”\n\n"
        "What would you change?\n\n"
        "“I would keep the school money and cut the highway plan.”",
        [
            ("Because it cuts the schools that our families need most.", "Ann Lee", "Gov. Ann Lee"),
            ("I would keep the school money and cut the highway plan.", "Ann Lee", "Gov. Ann Lee"),
        ],
        id="plain-question-paragraphs-then-answers-are-the-interviewee-s",
    ),
    pytest.param(
        "Gov. Ann Lee spoke to reporters on Thursday about the budget.\n\n"
        "So what does the plan mean for schools?\n\n"
        "“It means fewer teachers in every classroom,” said Tom Fry, the union chief.",
        [
            (
                "It means fewer teachers in every classroom,",
                "Tom Fry",
                "Tom Fry, the union chief",
            )
        ],
        id="negative-an-answer-with-its-own-cue-keeps-it",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LABEL_FORMAT_CASES)
def test_paragraph_labels_name_who_speaks_or_only_when(nlp, text, expected) -> None:
    assert _speakers(nlp, text) == expected
