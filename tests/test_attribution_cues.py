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
        "Fallon fired back: “As a guardian of the legacy, we know you are rooting for her.”",
        [("“As a guardian of the legacy, we know you are rooting for her.”", "Fallon", "fired")],
        id="phrasal-verb-fired-back",
    ),
    pytest.param(
        "The senator pointed out that the bill was “dead on arrival” in the House.",
        [("“dead on arrival”", "The senator", "pointed")],
        id="phrasal-verb-pointed-out",
    ),
    pytest.param(
        "While Comey said there was evidence that Clinton was “extremely careless” with "
        "information, he said there is no precedent.",
        [("“extremely careless”", "Comey", "said")],
        id="subordinate-report-with-its-own-subject-keeps-the-quote",
    ),
    pytest.param(
        "After Trump called her “crooked,” Clinton said he was unfit.",
        [("“crooked,”", "Trump", "called")],
        id="comma-inside-the-marks-does-not-tie-the-quote-to-the-next-verb",
    ),
    pytest.param(
        "Obama said Americans will say “no” to that.",
        [("“no”", "Obama", "said")],
        id="outer-report-of-a-nested-report",
    ),
    pytest.param(
        "IOWA POLLS NOT WRONG, JUST TOO EARLY - Mark Blumenthal and Jon Cohen: “Although the "
        "polls failed to predict the win, it is not because they were dead wrong.”",
        [
            (
                "“Although the polls failed to predict the win, it is not because they were "
                "dead wrong.”",
                "Jon Cohen",
                ":",
            )
        ],
        id="roundup-headline-dash-source-colon",
    ),
    pytest.param(
        "Not all web panels are equal. From the report: “In general, samples with more "
        "elaborate weighting procedures produced more accurate results.”",
        [
            (
                "“In general, samples with more elaborate weighting procedures produced more "
                "accurate results.”",
                "the report",
                ":",
            )
        ],
        id="from-the-report-colon",
    ),
    pytest.param(
        "He tweeted in response: “We will not back down from this fight at all.”",
        [("“We will not back down from this fight at all.”", "He", "tweeted")],
        id="colon-after-a-common-noun-keeps-the-verbs-subject",
    ),
    pytest.param(
        "Morning news.\n\nEBOLA SURVIVORS, THROUGH THE LENS “It’s about creating agency for "
        "communities who did not have much agency to tell their story.” [HuffPost.]",
        [
            (
                "“It’s about creating agency for communities who did not have much agency to "
                "tell their story.”",
                "EBOLA SURVIVORS, THROUGH THE LENS",
                "LENS",
            )
        ],
        id="roundup-item-headline-then-excerpt",
    ),
    pytest.param(
        "Morning news.\n\nNEW YORK “We will win this one and the next one, and the one after "
        "that too.”",
        [("“We will win this one and the next one, and the one after that too.”", None, None)],
        id="dateline-is-not-a-headline",
    ),
    pytest.param(
        "In a Washington Post-ABC News poll, 75 percent of Republicans said “most people in "
        "politics” cannot be trusted.",
        [("“most people in politics”", "a Washington Post-ABC News poll", "In")],
        id="poll-speaks-for-its-share-of-respondents",
    ),
    pytest.param(
        "Five of the senators said in a statement that the bill was “dead on arrival.”",
        [("“dead on arrival.”", "Five of the senators", "said")],
        id="counted-speakers-without-a-poll-keep-their-words",
    ),
    pytest.param(
        "“This might hasten the eclipse of Carly Fiorina,” Will wrote.",
        [("“This might hasten the eclipse of Carly Fiorina,”", "Will", "wrote")],
        id="will-before-a-past-tense-verb-is-a-name",
    ),
    pytest.param(
        "Will say “no” to that, said the mayor.",
        [("“no”", "the mayor", "said")],
        id="modal-will-is-not-a-name",
    ),
    pytest.param(
        "“Our revolution has already forced a change,” read the email from the campaign.",
        [("“Our revolution has already forced a change,”", "the email", "read")],
        id="what-a-document-reads",
    ),
    pytest.param(
        "The senator is wrong.\n\n“Americans are worried about their kids, and all new income "
        "goes to the top.”\n\n- Bernie Sanders.\n\nThe figure is outdated.",
        [
            (
                "“Americans are worried about their kids, and all new income goes to the top.”",
                "Bernie Sanders",
                "-",
            )
        ],
        id="fact-check-quote-signed-on-the-next-line",
    ),
    pytest.param(
        "“We won the war and we won the peace, and we will win again.”\n\n— Mark Smith left "
        "the stage to loud applause from every one of the thousands of supporters there.",
        [("“We won the war and we won the peace, and we will win again.”", None, None)],
        id="long-dash-paragraph-after-a-quote-is-no-signature",
    ),
    pytest.param(
        'Obama "felt a moral obligation to do something about" climate change, Axelrod said.',
        [('"felt a moral obligation to do something about"', "Axelrod", "said")],
        id="quote-sentence-finished-outside-the-marks-then-speaker",
    ),
    pytest.param(
        '"We will win," Ramos, 58, told AFP.',
        [('"We will win,"', "Ramos, 58", "told")],
        id="name-with-age-apposition-is-the-speaker",
    ),
    pytest.param(
        "“Obama argued that the scorn stems from race,” the New York Times reported Monday.",
        [("“Obama argued that the scorn stems from race,”", "the New York Times", "reported")],
        id="outlet-reported-on-a-day",
    ),
    pytest.param(
        "In 2014, Pew found that “about twice as many Democrats said gun control mattered more.”",
        [("“about twice as many Democrats said gun control mattered more.”", "Pew", "found")],
        id="a-study-finds-that",
    ),
    pytest.param(
        "In the recession, Paul Ryan worried that the safety net was becoming “a hammock that "
        "lulls able-bodied people.”",
        [("“a hammock that lulls able-bodied people.”", "Paul Ryan", "worried")],
        id="worried-that-is-a-stated-view",
    ),
    pytest.param(
        "Back then, Ms. Ripert said, she found Ms. Sherry “very professional and very quiet,” "
        "and also enviable.",
        [("“very professional and very quiet,”", "Ms. Ripert", "said")],
        id="found-someone-something-is-no-report",
    ),
    pytest.param(
        "Mitt Romney, the 2012 Republican presidential nominee, tweeted in response: "
        "''Important distinction: thug Putin kills journalists; our presidents kill "
        "terrorists.''",
        [
            (
                "''Important distinction: thug Putin kills journalists; our presidents kill "
                "terrorists.''",
                "Mitt Romney, the 2012 Republican presidential nominee",
                "tweeted",
            )
        ],
        id="name-apposition-then-reporting-verb-read-as-a-modifier",
    ),
    pytest.param(
        "Mrs. Clinton was, in the words of a senior adviser, “the torchbearer” of his legacy.",
        [("“the torchbearer”", "a senior adviser", "in the words")],
        id="in-the-words-of-someone",
    ),
    pytest.param(
        "She promised to fix the economy because, in her words, “he knows how to do it.”",
        [("“he knows how to do it.”", "She", "promised")],
        id="in-her-words-keeps-the-subject",
    ),
    pytest.param(
        "In other words, the plan was “dead on arrival,” Smith said.",
        [("“dead on arrival,”", "Smith", "said")],
        id="in-other-words-names-nobody",
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
