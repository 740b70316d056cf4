"""Pronouns and short names resolve to the person news prose means (real spaCy parse).

The example table was written before the resolution rules it tests: each row is a made-up
news excerpt and the speaker name a reader gives each marked quote, in order. Negative rows
hold a tempting wrong antecedent: a newer subject of the other gender, a town, a person in
the object of the clause, a programme title, parents named in an apposition.
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from speaker_cases import attributed

from claimcheck.person_gender import noun_gender
from claimcheck.speaker_memory import DocMemory

# (text, [speaker name per marked quote, in order])
CASES = [
    pytest.param(
        "Prosecutor Dana Reyes told the jury the evidence was overwhelming. "
        "“He planned this for weeks,” she said.\n\n"
        "In a statement read aloud by the clerk, Ms Okoro said she still had nightmares. "
        "“I cannot sleep in my own home,” she said.",
        ["Dana Reyes", "Okoro"],
        id="a-newer-subject-of-the-same-gender-beats-the-previous-speaker",
    ),
    pytest.param(
        "“We built this from nothing,” said Peter Landry, the club's chairman.\n\n"
        "Gordon Blake founded the club in 1962. Asked years later why, he replied: "
        "“Because nobody else would have done it.”",
        ["Peter Landry", "Gordon Blake"],
        id="the-subject-of-the-last-main-clause-is-he",
    ),
    pytest.param(
        "“The budget is balanced and the reserves are full,” said Mayor Tom Ellis.\n\n"
        "Councilwoman Rita Vance voted against the plan. "
        "“We will see what the auditors find,” he said.",
        ["Tom Ellis", "Tom Ellis"],
        id="negative-a-newer-subject-of-the-other-gender-leaves-the-old-speaker",
    ),
    pytest.param(
        "Rovers manager Alan Pike was angry with the referee, claiming Diaz had dived in the "
        "box. “It was never a penalty and everyone saw it,” he said.",
        ["Alan Pike"],
        id="negative-a-person-inside-the-reported-clause-is-not-he",
    ),
    pytest.param(
        "Coach Brian Lowe thanked striker Samuel Okafor for the winning goal. "
        "“I am proud of the whole squad tonight,” he said.",
        ["Brian Lowe"],
        id="negative-the-object-of-the-clause-is-not-he",
    ),
    pytest.param(
        "Jordan Wells met with Tom Baker on Monday to settle the dispute. "
        "“It went better than either of us expected,” he said.",
        ["Jordan Wells"],
        id="negative-a-person-after-with-is-not-he",
    ),
    pytest.param(
        "Helen Marsh, who founded the Corner Bakery in 1979, died on Sunday. She was 88.\n\n"
        "Her son, David Marsh, said the shop had been her life. "
        "“She was there every morning at four,” he said.\n\n"
        "Ms. Marsh once told a local paper she never took a holiday. "
        "“Bread does not wait for anybody,” she said.",
        ["David Marsh", "Helen Marsh"],
        id="an-honorific-picks-the-namesake-of-its-gender",
    ),
    pytest.param(
        "Lena Ortiz, 17, won the regional spelling bee on Saturday. "
        "“I practised every single night,” she said.\n\n"
        "Her father, Miguel Ortiz, watched from the front row. "
        "“I could not breathe for the last word,” he said.",
        ["Lena Ortiz", "Miguel Ortiz"],
        id="a-father-named-in-apposition-is-he",
    ),
    pytest.param(
        "Clara Jensen, Denmark's foreign minister, said she was hopeful. "
        "“We want peace and we want it soon,” she said.\n\n"
        "Canada's prime minister was more guarded. Speaking in Ottawa, he said: "
        "“Nothing is agreed until everything is agreed.”",
        ["Clara Jensen", "Canada's prime minister"],
        id="negative-a-woman-is-not-he-and-a-role-subject-is-an-antecedent",
    ),
    pytest.param(
        "Mayor Frank Dolan said Brookfield had lost half its jobs since 2010. "
        "He blamed the closure of the paper mill. “It broke this town,” he said.",
        ["Frank Dolan"],
        id="negative-a-town-is-not-he",
    ),
    pytest.param(
        "Home Secretary Priya Nair was pressed on the figures on ITV's Good Morning with "
        "Susanna programme. “The numbers are falling every month,” she said.",
        ["Priya Nair"],
        id="negative-a-name-in-a-programme-title-is-not-she",
    ),
    pytest.param(
        "Maya Collins, Ron and Diane's youngest daughter, starts college in the fall. "
        "“I am nervous but I am ready,” she said.",
        ["Maya Collins"],
        id="negative-parents-named-in-an-apposition-are-not-she",
    ),
    pytest.param(
        "“Print is not dead, whatever you read online,” columnist Gary Stone wrote.\n\n"
        "Several readers disagreed with the column. "
        "“This is nonsense from start to finish,” one wrote.",
        ["Gary Stone", "reader"],
        id="one-is-a-member-of-the-group-just-named",
    ),
    pytest.param(
        "Marcus Doyle, the museum's director, opened the new wing on Friday.\n\n"
        "The wing cost $40 million and took six years to build.\n\n"
        "“It is the best thing we have ever done,” Doyle said.",
        ["Marcus Doyle"],
        id="a-surname-two-paragraphs-on-is-the-full-name",
    ),
    pytest.param(
        "Transport Secretary Michael Roe defended the rail plan on Tuesday. "
        "“It is the right call for the north,” Mr Roe said.",
        ["Michael Roe"],
        id="british-mr-without-a-stop-is-the-full-name",
    ),
    pytest.param(
        "The head of the inquiry, retired judge Anne Kowal, said the report was late. "
        "“We needed more time to hear every witness,” Ms Kowal said.",
        ["Anne Kowal"],
        id="a-name-first-given-in-apposition-is-carried-back",
    ),
    pytest.param(
        "A farmer who gave his name as Pete Lund said the floods took his whole crop. "
        "“We lost everything in one night,” Lund said.",
        ["Pete Lund"],
        id="a-name-first-given-in-a-relative-clause-is-carried-back",
    ),
    pytest.param(
        "Minister of State for Rural Development Kavita Desai opened the new road on Monday. "
        "“This road will change lives in these villages,” Ms. Desai said.",
        ["Kavita Desai"],
        id="a-surname-after-a-long-title-is-carried-back",
    ),
    pytest.param(
        "Officials were tight-lipped about the forecast. "
        "“Nobody in the building is panicking about it,” a Treasury source said.",
        ["Treasury source"],
        id="an-anonymous-source-keeps-its-premodifier",
    ),
    pytest.param(
        "The state's governor has ruled out new taxes, telling reporters he would "
        "“balance the books without them.”",
        ["state's governor"],
        id="an-unresolved-pronoun-is-never-the-name",
    ),
    pytest.param(
        "“The plant will stay open,” said chief executive Laura Kim.\n\n"
        "Union leader Beth Marlow was unconvinced. She said workers had heard promises "
        "before. “We will believe it when we see it,” she said.",
        ["Laura Kim", "Beth Marlow"],
        id="a-newer-subject-of-the-same-gender-is-she",
    ),
]


@pytest.mark.parametrize(("text", "names"), CASES)
def test_speaker_names_resolve_as_a_reader_would(nlp, text, names):
    quotes = attributed(nlp, text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == names


# A person named between a speaker and "he"/"she", of the gender the pronoun rules out.
_MEN = ["Tom Ellis", "Peter Landry", "Omar Fathy", "Brian Lowe"]
_WOMEN = ["Rita Vance", "Clara Jensen", "Laura Kim", "Anne Kowal"]


@settings(max_examples=12)
@given(
    woman=st.sampled_from(_WOMEN),
    man=st.sampled_from(_MEN),
    she_first=st.booleans(),
)
def test_a_pronoun_passes_over_a_newer_subject_known_to_be_of_the_other_gender(
    nlp, woman, man, she_first
):
    """Whoever speaks first keeps "he"/"she" of their gender, though the other person (whose
    gender an honorific gives) is the subject of the sentence in between."""
    first, second = (woman, man) if she_first else (man, woman)
    pronoun = "she" if she_first else "he"
    honorific = "Mr." if she_first else "Ms."
    text = (
        f"“The budget is balanced and the reserves are full,” said {first}.\n\n"
        f"{honorific} {second.split()[-1]}, who chairs the finance committee, voted against "
        f"the plan. “We will see what the auditors find,” {pronoun} said."
    )
    text = f"{second} joined the council in 2019.\n\n" + text
    names = [q.speaker.name if q.speaker else None for q in attributed(nlp, text)]
    assert names == [first, first]


@settings(max_examples=30)
@given(prefix=st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=10))
def test_a_woman_title_is_female_and_a_man_title_says_nothing(prefix):
    """'Councilwoman', 'chairwoman' say "f"; 'chairman', 'spokesman' are used for women too,
    so a "-man" word says nothing unless it is a relational noun the table knows."""
    assert noun_gender(prefix + "woman") == "f"
    title = prefix + "man"
    assume(not title.endswith("woman"))  # prefix "wo" spells "woman" itself
    assert noun_gender(title) in (None, "m")
    if title != "businessman":
        assert noun_gender(title) is None


# (text, a short form of a name, what DocMemory expands it to)
SURNAMES = [
    pytest.param(
        "Marcus Doyle, the museum's director, opened the new wing. Doyle said it was done.",
        "Doyle",
        "Marcus Doyle",
        id="a-name-ner-called-an-organisation-with-a-role-in-apposition",
    ),
    pytest.param(
        "The chief executive, Nadia Sokolova, posted on Monday. Sokolova later apologised.",
        "Sokolova",
        "Nadia Sokolova",
        id="a-name-in-apposition-to-a-role",
    ),
    pytest.param(
        "Helen Marsh founded the bakery. Her son, David Marsh, runs it now. "
        "Ms. Marsh retired in 2001.",
        "Ms. Marsh",
        "Helen Marsh",
        id="an-honorific-picks-the-one-namesake-not-of-the-other-gender",
    ),
    pytest.param(
        "Helen Marsh founded the bakery with David Marsh. Ms. Marsh retired in 2001.",
        "Ms. Marsh",
        "Ms. Marsh",
        id="negative-namesakes-of-unknown-gender-keep-the-honorific",
    ),
    pytest.param(
        "The court heard that paramedic Joanne Price had been called to the scene. "
        "Ms Price said she had considered leaving the job.",
        "Ms Price",
        "Joanne Price",
        id="a-lower-case-role-before-the-name-and-a-british-honorific-after",
    ),
    pytest.param(
        "Then Marcus Hale remembered how to shoot. “I just wanted the ball,” Hale said.",
        "Hale",
        "Marcus Hale",
        id="a-surname-that-says-something-later-is-a-person",
    ),
    pytest.param(
        "The Wall Street Journal reported the deal first. The Journal said it was done.",
        "Journal",
        "Journal",
        id="negative-the-end-of-a-longer-name-is-no-first-and-surname",
    ),
    pytest.param(
        "The Harbour Board approved the plan. Board members said it was late.",
        "Board",
        "Board",
        id="negative-an-organisation-is-no-name",
    ),
]


@pytest.mark.parametrize(("text", "short", "full"), SURNAMES)
def test_a_short_name_expands_to_the_person_named_in_full(nlp, text, short, full):
    memory = DocMemory(nlp(text), in_quote=lambda _offset: False)
    assert memory.full_name(short) == full


# Exchanges: who a "he"/"she" after a quote is when two people trade quotes. The writer marks
# a turn ('replied', 'shot back', 'responded'); then the pronoun opening the next paragraph's
# attribution is the other participant. Without such a mark, or with a subject of its own in
# the pronoun's paragraph, the pronoun is the latest salient subject as anywhere else.
EXCHANGES = [
    pytest.param(
        "Sen. Greg Holloway pressed Administrator Rebecca Nwosu on the delays.\n\n"
        "“How many more close calls do we need?” Holloway asked.\n\n"
        "“I treat it like an emergency every day,” Nwosu replied.\n\n"
        "“That is not fast enough,” Holloway shot back.\n\n"
        "“I agree with you,” she said.",
        ["Greg Holloway", "Rebecca Nwosu", "Greg Holloway", "Rebecca Nwosu"],
        id="man-and-woman-a-reply-after-shot-back-is-the-other-participant",
    ),
    pytest.param(
        "Mayor Dana Brooks questioned Police Chief Alan Reed about overtime.\n\n"
        "“Who signed off on these hours?” Brooks asked.\n\n"
        "“I did, and I would again,” Reed replied.\n\n"
        "“Then you will explain it to the taxpayers,” Brooks responded.\n\n"
        "“Gladly,” he said.",
        ["Dana Brooks", "Alan Reed", "Dana Brooks", "Alan Reed"],
        id="genders-unknown-a-reply-after-responded-is-the-other-participant",
    ),
    pytest.param(
        "Rep. Tom Farley challenged Treasury Secretary Mark Olsen over the deficit.\n\n"
        "“Where is the money going?” Farley asked.\n\n"
        "“Into roads and schools, as Congress voted,” Olsen replied.\n\n"
        "“Congress did not vote for this,” Farley shot back.\n\n"
        "“It did, in March,” he said.",
        ["Tom Farley", "Mark Olsen", "Tom Farley", "Mark Olsen"],
        id="two-men-a-reply-after-shot-back-is-the-other-participant",
    ),
    pytest.param(
        "“Rents must come down this year,” Ms. Okonkwo said.\n\n"
        "“They will,” Mayor Paul Brenner replied.\n\n"
        "“Not fast enough,” she shot back.",
        ["Okonkwo", "Paul Brenner", "Okonkwo"],
        id="a-pronoun-that-shoots-back-is-the-one-replied-to",
    ),
    pytest.param(
        "CONCORD, N.H. — For two hours Tuesday night, Gov. Martin Kessler stood in the middle "
        "of a church hall and took whatever the residents threw at him.\n\n"
        "The first question came from Ruth Okonkwo, a bus driver from Nashua, who said her "
        "rent had doubled. “What are you going to do about it?” she asked.\n\n"
        "Kessler said he would freeze rents on state-owned flats. “Nobody should have to "
        "choose between rent and food,” he said.\n\n"
        "Okonkwo was not convinced. “We have heard that before,” she said.",
        ["Ruth Okonkwo", "Martin Kessler", "Ruth Okonkwo"],
        id="voter-and-official-a-person-the-sentence-introduces-as-object-is-she",
    ),
    pytest.param(
        "“We are hiring as fast as we can,” Nwosu said.\n\n"
        "“The agency is failing,” Holloway said.\n\n"
        "“It has been failing for years,” he said.",
        ["Nwosu", "Holloway", "Holloway"],
        id="negative-without-a-reply-mark-the-last-speaker-goes-on",
    ),
    pytest.param(
        "Administrator Rebecca Nwosu faced Sen. Greg Holloway on Tuesday.\n\n"
        "“We are hiring as fast as we can,” Nwosu said.\n\n"
        "“That is not fast enough,” Holloway shot back. “Not by half,” he said.",
        ["Rebecca Nwosu", "Greg Holloway", "Greg Holloway"],
        id="negative-a-pronoun-in-the-replying-paragraph-is-the-replier",
    ),
    pytest.param(
        "Administrator Rebecca Nwosu faced Sen. Greg Holloway on Tuesday.\n\n"
        "“We are hiring as fast as we can,” Nwosu said.\n\n"
        "“That is not fast enough,” Holloway shot back.\n\n"
        "Holloway later told reporters the hearing had been useful. “We made progress,” "
        "he said.",
        ["Rebecca Nwosu", "Greg Holloway", "Greg Holloway"],
        id="negative-a-subject-in-the-pronouns-own-paragraph-beats-the-turn",
    ),
    pytest.param(
        "Coach Ian Barr was asked about his goalkeeper by a reporter.\n\n"
        "“He made one mistake and it cost us,” Barr said.\n\n"
        "Goalkeeper Sam Kemp disagreed. “I did my job tonight,” he said.",
        ["Ian Barr", "Sam Kemp"],
        id="negative-a-new-subject-not-the-last-speaker-is-he",
    ),
    pytest.param(
        "“The debt brake is not a suggestion,” Albers, the leader of the Free Democrats, "
        "told the Bild am Sonntag newspaper. “If others want to change it, they will need "
        "to find another finance minister.”",
        ["Albers", "Albers"],
        id="negative-a-follow-on-quote-is-not-the-newspaper-told",
        # The parser reads German "am" as a verb and "newspaper" as a second subject of
        # "told"; attribution_parse.subject_of then gives the second quote to it.
        marks=pytest.mark.xfail(strict=True, reason="second subject of 'told' (attribution_parse)"),
    ),
]


@pytest.mark.parametrize(("text", "names"), EXCHANGES)
def test_pronouns_in_an_exchange_follow_the_turns_the_writer_marks(nlp, text, names):
    quotes = attributed(nlp, text)
    assert [q.speaker.name if q.speaker else None for q in quotes] == names


_REPLIES = ["replied", "responded", "shot back", "retorted", "countered", "fired back"]
_ASKERS = ["Greg Holloway", "Dana Brooks", "Tom Farley", "Laura Kim"]
_ANSWERERS = ["Rebecca Nwosu", "Alan Reed", "Mark Olsen", "Anne Kowal"]


@settings(max_examples=10)
@given(
    asker=st.sampled_from(_ASKERS),
    answerer=st.sampled_from(_ANSWERERS),
    reply=st.sampled_from([*_REPLIES, "said"]),
    pronoun=st.sampled_from(["he", "she"]),
)
def test_a_marked_reply_passes_the_next_pronoun_to_the_other_participant(
    nlp, asker, answerer, reply, pronoun
):
    """After '“…,” Asker <reply>.' in its own paragraph, a paragraph '“…,” he/she said.' is
    the answerer's turn when <reply> marks a reply, and the asker going on when it is "said"
    (genders unstated: neither person is given an honorific or a gendered noun)."""
    a, b = asker.split()[-1], answerer.split()[-1]
    text = (
        f"{asker} questioned {answerer} about the budget on Tuesday.\n\n"
        f"“Where did the money go?” {a} asked.\n\n"
        f"“Into roads and schools,” {b} replied.\n\n"
        f"“That is not what the figures show,” {a} {reply}.\n\n"
        f"“Then the figures are wrong,” {pronoun} said."
    )
    names = [q.speaker.name if q.speaker else None for q in attributed(nlp, text)]
    last = asker if reply == "said" else answerer
    assert names == [asker, answerer, asker, last]
