"""Transcript turns and Q&A answers printed without quotation marks are quotes.

The layout readers (claimcheck.transcripts) are tested on text alone; who speaks each turn goes
through the real pipeline (the ``nlp`` fixture) on a handful of short transcripts.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.attribution_labels import is_field_label
from claimcheck.label_names import article_case
from claimcheck.quotes import scan
from claimcheck.speakers import attribute
from claimcheck.transcripts import find_plain_qa, find_turns

HEARING = (
    "Gregory Lyle, the chief executive of Meridian Health, testified on Tuesday.\n\n"
    "REP. SANDRA OKONKWO (D-Md.): Mr. Lyle, who approved the payment?\n\n"
    "MR. LYLE: I did, on the advice of counsel.\n\n"
    "REP. OKONKWO: When?\n\n"
    "MR. LYLE: In February."
)
BROADCAST = (
    "Energy Secretary Monica Reyes spoke to David Kline on Sunday.\n\n"
    "DAVID KLINE: Secretary, thank you for joining us.\n\n"
    "SECRETARY MONICA REYES: Thanks for having me. We are not going to default.\n\n"
    "KLINE: Will prices fall?\n\n"
    "REYES: I won't make a prediction I can't keep."
)
QA = (
    "Mayor Dana Whitfield sat down with the Courier on Tuesday. The interview has been "
    "edited for length.\n\n"
    "Q: Will the plant close?\n\n"
    "A: No. We expect to keep all 400 jobs.\n\n"
    "Q: And the budget?\n\n"
    "A: It balances."
)
PRINT_QA = (
    "Dr. Naomi Feldman has studied how children learn to read for 15 years. She spoke with "
    "us from her office. This conversation has been condensed and edited.\n\n"
    "Why do schools still use methods that don't work?\n\n"
    "Inertia, mostly. Nobody wants to admit they got it wrong.\n\n"
    "What should parents look for?\n\n"
    "Ask whether your child is taught to sound out words."
)
BRIEFING = (
    "An excerpt from the governor's news conference on Thursday:\n\n"
    "THE GOVERNOR: The bridge will reopen in May.\n\n"
    "Q: Who pays for it?\n\n"
    "THE GOVERNOR: The state does."
)


def _turn_texts(text: str) -> list[tuple[str, str, str]]:
    return [
        (text[t.label_start : t.label_end], text[t.start : t.end], t.form) for t in find_turns(text)
    ]


# --- the layout, from the text alone --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "DAVID KLINE: Secretary, thank you.\n\nSECRETARY MONICA REYES: Thanks for having me.",
            [
                ("DAVID KLINE", "Secretary, thank you.", "name"),
                ("SECRETARY MONICA REYES", "Thanks for having me.", "name"),
            ],
        ),
        (
            "Q: Will the plant close?\nA: No. We expect to keep all 400 jobs.",
            [
                ("Q", "Will the plant close?", "question"),
                ("A", "No. We expect to keep all 400 jobs.", "answer"),
            ],
        ),
        (
            "Question: Why now?\n\nAnswer: Because the money ran out.",
            [
                ("Question", "Why now?", "question"),
                ("Answer", "Because the money ran out.", "answer"),
            ],
        ),
        (
            "REP. SANDRA OKONKWO (D-Md.): Who approved it?\n\nMR. LYLE: I did.",
            [("REP. SANDRA OKONKWO", "Who approved it?", "name"), ("MR. LYLE", "I did.", "name")],
        ),
        (
            "JAKE TAPPER, CNN ANCHOR: Welcome back.\n\nSEN. JOHN THUNE (R-S.D.): Thank you.",
            [("JAKE TAPPER", "Welcome back.", "name"), ("SEN. JOHN THUNE", "Thank you.", "name")],
        ),
        # An answer set out over two paragraphs runs to the next label.
        (
            "HOLT: Why?\n\nCLINTON: Because.\n\nIt matters.\n\nHOLT: Thanks.",
            [
                ("HOLT", "Why?", "name"),
                ("CLINTON", "Because.\n\nIt matters.", "name"),
                ("HOLT", "Thanks.", "name"),
            ],
        ),
        # The run's last turn stops at its paragraph: the story goes on after the transcript.
        (
            "HOLT: Why?\n\nTRUMP: Because.\n\nHOLT: Really?\n\nThe moderators lost control.",
            [("HOLT", "Why?", "name"), ("TRUMP", "Because.", "name"), ("HOLT", "Really?", "name")],
        ),
    ],
)
def test_labelled_turns_are_found_with_their_words(text, expected):
    assert _turn_texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "CLAIM: “Crime in our city has doubled.”\n\nVERDICT: False. Crime fell 8 percent.",
        "CLAIM: Crime doubled.\n\nRULING: False.\n\nUPDATE: The mayor responded.",
        "WASHINGTON (AP) — The Senate voted on Tuesday.\n\nWASHINGTON (AP) — Again.",
        "NEW DELHI: The government on Monday said the talks would resume.",
        "Note: This story has been updated.\n\nThe mayor said the plan was sound.",
        "EDITOR'S NOTE: This story was corrected.\n\nWHAT'S NEXT: A vote in May.",
        "WHAT'S NEXT: The vote.\n\nWHY IT MATTERS: Money.",
        "UPDATE: The road reopened.\n\nUPDATE: It closed again.",
        "PROS: Cheap.\n\nCONS: Slow.",
        "MR. LYLE: I did, on the advice of counsel.",
        "Trump: the man and the myth\n\nA new biography reads him closely.",
        "He shouted HOLT: stop.\n\nShe replied CLINTON: no.",
        "1. Buy bread.\n2. Buy milk.",
        "A: one option.",
        "SMITH: Yes.\n\nJONES: No.",
        # Capital labels over lines that are no talk: a weather or results list.
        "NEW YORK: Sunny, 75.\n\nLOS ANGELES: Cloudy, 68.\n\nNEW YORK: Rain later.",
        "GREEN BAY 24, CHICAGO 17: Rodgers threw twice.\n\nDALLAS 30, NEW YORK 10: A rout.",
    ],
)
def test_no_transcript_without_a_run_of_speaker_labels(text):
    assert find_turns(text) == []


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("CLAIM", True),
        ("Verdict", True),
        ("EDITOR'S NOTE", True),
        ("Editor’s note", True),
        ("WHAT'S NEXT", True),
        ("Why it matters", True),
        ("Our ruling", True),
        ("MR. LYLE", False),
        ("TRUMP", False),
        ("THE PRESIDENT", False),
        ("Q", False),
    ],
)
def test_field_labels_name_parts_of_the_page(label, expected):
    assert is_field_label(label) is expected


def test_print_qa_answers_follow_questions_after_an_intro():
    found = find_plain_qa(PRINT_QA)
    assert [[PRINT_QA[lo:hi] for lo, hi in qa.answers] for qa in found] == [
        [
            "Inertia, mostly. Nobody wants to admit they got it wrong.",
            "Ask whether your child is taught to sound out words.",
        ]
    ]


@pytest.mark.parametrize(
    "text",
    [
        # No intro saying it is an interview: rhetorical questions in a column.
        PRINT_QA.replace(" This conversation has been condensed and edited.", ""),
        # One question only.
        "She spoke with us. The interview was edited.\n\nWhy now?\n\nBecause.",
        # Answers in marks are the marked-quote rules' work.
        "She spoke with us. The interview was edited.\n\nWhy?\n\n“Because.”\n\nHow?\n\n“Slowly.”",
        # A labelled transcript is read by its labels.
        QA,
    ],
)
def test_no_print_qa_without_its_layout(text):
    assert find_plain_qa(text) == []


# --- who speaks, through the real pipeline --------------------------------------------------


def _unmarked(nlp, text: str) -> list[tuple]:
    quotes = attribute(nlp(text), scan(text))
    rows = []
    for q in quotes:
        if q.marks is not None or q.kind != "direct":
            continue
        s = q.speaker
        rows.append(
            (q.text, s and s.name, s and s.kind, s and s.role, s and s.mention.text, q.nested)
        )
    return rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            HEARING,
            [
                (
                    "Mr. Lyle, who approved the payment?",
                    "Sandra Okonkwo",
                    "person",
                    "Rep.",
                    "REP. SANDRA OKONKWO",
                    False,
                ),
                (
                    "I did, on the advice of counsel.",
                    "Gregory Lyle",
                    "person",
                    "chief executive",
                    "MR. LYLE",
                    False,
                ),
                ("When?", "Sandra Okonkwo", "person", "Rep.", "REP. OKONKWO", False),
                ("In February.", "Gregory Lyle", "person", "chief executive", "MR. LYLE", False),
            ],
        ),
        (
            QA,
            [
                ("Will the plant close?", "Courier", "organization", None, "Q", False),
                (
                    "No. We expect to keep all 400 jobs.",
                    "Dana Whitfield",
                    "person",
                    "Mayor",
                    "Mayor Dana Whitfield",
                    False,
                ),
                ("And the budget?", "Courier", "organization", None, "Q", False),
                (
                    "It balances.",
                    "Dana Whitfield",
                    "person",
                    "Mayor",
                    "Mayor Dana Whitfield",
                    False,
                ),
            ],
        ),
        (
            BRIEFING,
            [
                (
                    "The bridge will reopen in May.",
                    "governor",
                    "person",
                    "governor",
                    "THE GOVERNOR",
                    False,
                ),
                ("Who pays for it?", "reporter", "person", "reporter", "Q", False),
                ("The state does.", "governor", "person", "governor", "THE GOVERNOR", False),
            ],
        ),
    ],
)
def test_each_turn_is_its_labels_speakers(nlp, text, expected):
    assert _unmarked(nlp, text) == expected


def test_broadcast_labels_give_names_and_roles(nlp):
    rows = _unmarked(nlp, BROADCAST)
    assert [(r[1], r[3], r[4]) for r in rows] == [
        ("David Kline", None, "DAVID KLINE"),
        ("Monica Reyes", "secretary", "SECRETARY MONICA REYES"),
        ("David Kline", None, "KLINE"),
        ("Monica Reyes", "secretary", "REYES"),
    ]


def test_print_qa_answers_are_the_interviewees(nlp):
    rows = _unmarked(nlp, PRINT_QA)
    assert [(r[0], r[1]) for r in rows] == [
        ("Inertia, mostly. Nobody wants to admit they got it wrong.", "Naomi Feldman"),
        ("Ask whether your child is taught to sound out words.", "Naomi Feldman"),
    ]


def test_marked_quote_inside_an_answer_is_nested(nlp):
    text = (
        "HOLT: What did he tell you?\n\n"
        "CLINTON: He said “we will never pay for that wall,” and I believed him.\n\n"
        "HOLT: Thank you."
    )
    quotes = attribute(nlp(text), scan(text))
    inner = [q for q in quotes if q.marks is not None]
    answer = next(q for q in quotes if q.text.startswith("He said"))
    assert [(q.text, q.nested) for q in inner] == [("“we will never pay for that wall,”", True)]
    assert answer.start < inner[0].start < inner[0].end < answer.end
    # Nothing but the nested quote overlaps a turn, and no indirect speech is read inside one.
    assert [q.kind for q in quotes] == ["direct", "direct", "partial", "direct"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "CLAIM: “Crime in our city has doubled since the mayor took office.”\n\n"
            "VERDICT: False. Police data show violent crime fell 8 percent.",
            None,
        ),
        (
            "CLAIM: “Crime in our city has doubled since the mayor took office.”\n\n"
            "VERDICT: False. Police data show violent crime fell 8 percent.\n\n"
            "City Council member Victor Salas made the claim during a debate on Thursday.",
            "Victor Salas",
        ),
    ],
)
def test_fact_check_claim_label_is_no_speaker(nlp, text, expected):
    quotes = attribute(nlp(text), scan(text))
    marked = [q for q in quotes if q.marks is not None]
    assert [q.speaker.name if q.speaker else None for q in marked] == [expected]
    assert not [q for q in quotes if q.kind == "direct" and q.marks is None]


@pytest.mark.parametrize(
    "text",
    [
        "MR. LYLE: I did, on the advice of counsel.\n\nThe committee adjourned.",
        "CLAIM: Crime doubled.\n\nVERDICT: False.",
        "The senator said TRUMP: is a word she would not use.\n\nShe left.",
    ],
)
def test_no_unmarked_quotes_outside_a_transcript(nlp, text):
    assert _unmarked(nlp, text) == []


# --- laws -------------------------------------------------------------------------------------

_PLAIN_WORDS = st.lists(
    st.sampled_from(["the", "council", "met", "on", "tuesday", "and", "voted", "again", "late"]),
    min_size=1,
    max_size=12,
)


@given(words=_PLAIN_WORDS)
def test_a_plain_paragraph_before_a_transcript_does_not_change_its_turns(words):
    prefix = " ".join(words).capitalize() + ".\n\n"
    for text in (HEARING, BROADCAST, QA, BRIEFING):
        assert _turn_texts(prefix + text) == _turn_texts(text)


_DOTTED_QA = "Q. Will it pass?\n\nA. I hope so.\n\nQ — When?\n\nA — Soon, I think."
_CASED = "Wallace: Why?\n\nTrump: I don't know.\n\nWallace: Really?\n\nTrump: Yes."


@given(
    words=_PLAIN_WORDS,
    form=st.sampled_from([HEARING, QA, BROADCAST, BRIEFING, PRINT_QA, _DOTTED_QA, _CASED]),
)
def test_turn_offsets_slice_back_to_their_words(words, form):
    text = " ".join(words).capitalize() + ".\n\n" + form
    for turn in find_turns(text):
        assert text[turn.start : turn.end] == text[turn.start : turn.end].strip()
        assert text[turn.colon] in ":.—" and turn.label_end <= turn.colon < turn.start
    for qa in find_plain_qa(text):
        for lo, hi in qa.answers:
            assert text[lo:hi].strip() == text[lo:hi] and not text[lo:hi].endswith("?")


@settings(max_examples=5)
@given(words=_PLAIN_WORDS)
def test_a_plain_paragraph_before_a_hearing_does_not_change_its_speakers(nlp, words):
    prefix = " ".join(words).capitalize() + ".\n\n"
    shifted = _unmarked(nlp, prefix + HEARING)
    assert [(r[0], r[1], r[4]) for r in shifted] == [
        (r[0], r[1], r[4]) for r in _unmarked(nlp, HEARING)
    ]


# --- round 2: ordinary-case labels, "Q."/"A —", two-turn exchanges, closing answers ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Labels in ordinary case, as transcripts print them, once a label comes back.
        (
            "Wallace: How do you respond?\n\nTrump: I don't know.\n\nWallace: Why not?\n\n"
            "Trump: Because.",
            [
                ("Wallace", "How do you respond?", "name"),
                ("Trump", "I don't know.", "name"),
                ("Wallace", "Why not?", "name"),
                ("Trump", "Because.", "name"),
            ],
        ),
        (
            "Sen. Warren: Did you approve it?\n\nMr. Stumpf: I did not.\n\n"
            "Sen. Warren: Who did?",
            [
                ("Sen. Warren", "Did you approve it?", "name"),
                ("Mr. Stumpf", "I did not.", "name"),
                ("Sen. Warren", "Who did?", "name"),
            ],
        ),
        # "Q." and "A." with a full stop, and dashes, as some papers print a Q&A.
        (
            "Q. Will you sign it?\n\nA. Yes, I will.",
            [("Q", "Will you sign it?", "question"), ("A", "Yes, I will.", "answer")],
        ),
        (
            "Q — What went wrong?\n\nA — We moved too fast.",
            [("Q", "What went wrong?", "question"), ("A", "We moved too fast.", "answer")],
        ),
        # Two one-word labels used once each, when the second answers the first's question.
        (
            "SMITH: Did you sign it?\n\nJONES: I did.",
            [("SMITH", "Did you sign it?", "name"), ("JONES", "I did.", "name")],
        ),
        # The closing answer runs on over paragraphs of the same talk, up to the narration.
        (
            "Q: Why run again?\n\nA: Because the job isn't done.\n\n"
            "We passed two budgets, and I want a third.\n\n"
            "Ortiz, 54, was first elected in 2016.",
            [
                ("Q", "Why run again?", "question"),
                (
                    "A",
                    "Because the job isn't done.\n\nWe passed two budgets, and I want a third.",
                    "answer",
                ),
            ],
        ),
        # A reporter's "said" or a dateline is the story again, first person or not.
        (
            "HOLT: Why?\n\nTRUMP: Because I said so.\n\nWe will see, Trump said later.",
            [("HOLT", "Why?", "name"), ("TRUMP", "Because I said so.", "name")],
        ),
        (
            "Q: Will it pass?\n\nA: I hope so.\n\nWASHINGTON (AP) — Our reporters counted votes.",
            [("Q", "Will it pass?", "question"), ("A", "I hope so.", "answer")],
        ),
        (
            "Q: Will it pass?\n\nA: I hope so.\n\n“We will win,” the governor said.",
            [("Q", "Will it pass?", "question"), ("A", "I hope so.", "answer")],
        ),
    ],
)
def test_more_transcript_layouts_are_read(text, expected):
    assert _turn_texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Ordinary-case labels need a run that reads as a transcript: a label coming back.
        "Wallace: How do you respond?\n\nTrump: I don't know.",
        "Note: This story has been updated.\n\nTrump: the man and the myth",
        "Trump: the man and the myth\n\nBiden: a life in politics\n\nTrump: the sequel",
        "Tickets: $20 if you are a member.\n\nDoors: 7 p.m.\n\nParking: Free for you.",
        # Captions and credits a scraped page repeats between its paragraphs.
        "Image: Getty Images\n\nWe went north.\n\nPosted: May 3\n\nImage: AP\n\nPosted: May 4",
        # A list of options, and a lone "Q.".
        "A. Lincoln High School stays open.\n\nB. It closes in June.",
        "Q. Is it safe?\n\nThe answer depends on whom you ask.",
        # Two capital lead-ins that do not answer each other.
        "BOSTON: Schools will close Monday.\n\nDENVER: Is the worst over? Forecasters think so.",
        "POLL: Do you back the plan?\n\nOHIO: 54 percent said yes.",
    ],
)
def test_no_transcript_from_lookalike_layouts(text):
    assert find_turns(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fox News host Chris Wallace pressed Donald Trump on tariffs on Sunday.\n\n"
            "Wallace: How do you respond to farmers?\n\nTrump: I don't know.\n\n"
            "Wallace: They say they are hurting.\n\nTrump: Well, they love me.",
            ["Chris Wallace", "Donald Trump", "Chris Wallace", "Donald Trump"],
        ),
        (
            "Gov. Laura Benson spoke with the Herald on Monday. The interview has been edited "
            "for length.\n\nQ. Will you sign the bill?\n\nA. Yes. I think it helps families.",
            ["Herald", "Laura Benson"],
        ),
        (
            "Sen. Tom Smith questioned acting director Ann Jones about the contract.\n\n"
            "SMITH: Did you sign it?\n\nJONES: I did, in March.",
            ["Tom Smith", "Ann Jones"],
        ),
        # An all-caps label is spelt as the article spells the name, else in title case.
        (
            "Gov. Ron DeSantis and Rep. Beto O'Rourke met on Sunday.\n\n"
            "DESANTIS: We will not raise taxes.\n\nO'ROURKE: You already did.\n\n"
            "MCDONALD: May I add something?\n\nDESANTIS: No.",
            ["Ron DeSantis", "Beto O'Rourke", "Mcdonald", "Ron DeSantis"],
        ),
        (
            "Mr. McConnell spoke first, and the moderator followed.\n\n"
            "MCCONNELL: We will hold the line.\n\nMODERATOR: Will you?\n\nMCCONNELL: I will.",
            ["McConnell", "moderator", "McConnell"],
        ),
    ],
)
def test_round_two_turns_are_their_speakers(nlp, text, expected):
    assert [r[1] for r in _unmarked(nlp, text)] == expected


def test_i_in_an_answer_is_the_answers_speaker(nlp):
    # The prose rules alone read the "I" before the nested quote as the last name before it.
    text = (
        "Sen. Amy Hart sat down with the Ledger on Monday.\n\n"
        "Q: What did you do?\n\n"
        "A: Woe to anyone who asks. I got the “fiscal cliff” deal done.\n\n"
        "Q: Thank you.\n\nA: Sure."
    )
    quotes = attribute(nlp(text), scan(text))
    inner = [q for q in quotes if q.nested]
    rows = [(q.text, q.speaker and q.speaker.name, q.speaker and q.speaker.mention.text)
            for q in inner]
    assert rows == [("“fiscal cliff”", "Amy Hart", "I")]


@given(words=_PLAIN_WORDS, form=st.sampled_from([HEARING, QA, BROADCAST, _DOTTED_QA, _CASED]))
def test_a_third_person_paragraph_after_a_transcript_is_no_part_of_it(words, form):
    # The words hold no "I" or "we": the story's voice, which ends the closing answer.
    after = form + "\n\n" + " ".join(words).capitalize() + "."
    assert _turn_texts(after) == _turn_texts(form)


@given(words=_PLAIN_WORDS, form=st.sampled_from([_DOTTED_QA, _CASED]))
def test_a_plain_paragraph_before_new_layouts_does_not_change_their_turns(words, form):
    prefix = " ".join(words).capitalize() + ".\n\n"
    assert _turn_texts(prefix + form) == _turn_texts(form)


@pytest.mark.parametrize(
    ("word", "text", "expected"),
    [
        ("MCCONNELL", "Mr. McConnell spoke first.", "McConnell"),
        ("DESANTIS", "DeSantis signed it.", "DeSantis"),
        ("O'ROURKE", "Beto O'Rourke lost.", "O'Rourke"),
        # Never written in ordinary case: title case.
        ("MCCONNELL", "MCCONNELL: We will not.", "Mcconnell"),
        ("O'NEILL", "The senator spoke.", "O'Neill"),
        # A common word in lower case is no spelling of the name.
        ("TRUMP", "It was a trump card.", "Trump"),
        ("WILL", "George will speak. Will he?", "Will"),
    ],
)
def test_capital_labels_are_spelt_as_the_article_spells_them(word, text, expected):
    assert article_case(word, text) == expected
