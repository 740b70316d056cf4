"""Vox pops and reaction round-ups: people quoted in turn, each signed by a "Name, age, place"
line before or after the quote or as a label, or presented by a sentence with no verb of
saying (real spaCy parse, one short document per row)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from speaker_cases import spoken_by

from claimcheck.lead_presenters import interviewer_label
from claimcheck.vox_pops import signature_name


def _speakers(nlp, text):
    return spoken_by(nlp, text, strip="“”\"' ,")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Maria Lopez, 34, Las Vegas", "Maria Lopez"),
        ("Denise Park, 58, retired teacher, Dayton", "Denise Park"),
        ("— Tom Becker, 61, Akron", "Tom Becker"),
        ("2. Rosa Diaz, 45, intensive care", "Rosa Diaz"),
        ("Kevin Walsh (34, Brooklyn)", "Kevin Walsh"),
        ("• Ana de la Cruz, 19, Mesa", "Ana de la Cruz"),
        ("Lupe, 71", "Lupe"),
        # Negative rows: no age, a date, a sentence after the age, no name, an age no one has.
        ("Maria Lopez, Las Vegas", None),
        ("Jan. 12, 2016", None),
        ("Smith, 74, said the plan was over.", None),
        ("the mayor, 54, Reno", None),
        ("Sanders, 250, Ohio", None),
        ("Kevin Walsh (Brooklyn)", None),
    ],
)
def test_signature_name_is_the_name_before_the_age(line, name) -> None:
    found = signature_name(line, 0, len(line))
    assert (line[found[0] : found[1]] if found else None) == name


_WORD = st.from_regex(r"[A-Z][a-z]{1,9}", fullmatch=True)


@given(
    names=st.lists(_WORD, min_size=1, max_size=3),
    age=st.integers(min_value=1, max_value=99),
    place=st.lists(_WORD, min_size=1, max_size=2),
    parenthesised=st.booleans(),
)
def test_signature_name_slices_back_to_the_name_it_was_written_with(
    names, age, place, parenthesised
) -> None:
    name = " ".join(names)
    where = " ".join(place)
    line = f"{name} ({age}, {where})" if parenthesised else f"{name}, {age}, {where}"
    found = signature_name(line, 0, len(line))
    assert found is not None
    assert line[found[0] : found[1]] == name


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Asked about the budget:", True),
        ("Pressed on the roads:", True),
        ("Asked whether she would run again:", True),
        ("Questioned again about the deal:", True),
        # Negative rows: no topic, a sentence about someone asked, a label naming a speaker.
        ("Asked:", False),
        ("The mayor was asked about it:", False),
        ("Trump on the wall:", False),
        ("Asked and answered", False),
    ],
)
def test_interviewer_label_opens_with_an_interviewer_s_cue(label, expected) -> None:
    assert interviewer_label(label, 0, len(label)) is expected


VOX_POP_CASES = [
    pytest.param(
        "Voters in Reno watched the debate on Monday. The Gazette asked several of them.\n"
        "“He never once talked about us. It was insulting.”\n"
        "Maria Lopez, 34, Las Vegas\n"
        "“She was ready. You could see it.”\n"
        "Carlos Ruiz, 52, Reno\n",
        [
            (
                "He never once talked about us. It was insulting.",
                "Maria Lopez",
                "Maria Lopez, 34, Las Vegas",
            ),
            ("She was ready. You could see it.", "Carlos Ruiz", "Carlos Ruiz, 52, Reno"),
        ],
        id="names-after-their-quotes-single-newlines",
    ),
    pytest.param(
        "Shoppers weigh in on the bag ban\n\n"
        "The county's ban on plastic bags took effect on Monday.\n\n"
        "“I keep forgetting my bags in the car. It's a pain.”\n"
        "Maria Gomez, Queens\n\n"
        "“Good. The bags were everywhere on the beach.”\n"
        "Sandra Patel, Astoria",
        [
            (
                "I keep forgetting my bags in the car. It's a pain.",
                "Maria Gomez",
                "Maria Gomez, Queens",
            ),
            (
                "Good. The bags were everywhere on the beach.",
                "Sandra Patel",
                "Sandra Patel, Astoria",
            ),
        ],
        id="name-lines-without-an-age-after-their-quotes",
    ),
    pytest.param(
        "The Gazette asked shoppers how tariffs changed what they buy.\n\n"
        "“I haven't noticed much, honestly. Maybe electronics.”\n"
        "— Priya Nair, 29, Cuyahoga Falls\n\n"
        "**Jamal Carter, 41, Milwaukee**\n"
        "“The hotels are full and the bars are full.”",
        [
            (
                "I haven't noticed much, honestly. Maybe electronics.",
                "Priya Nair",
                "Priya Nair, 29, Cuyahoga Falls",
            ),
            (
                "The hotels are full and the bars are full.",
                "Jamal Carter",
                "Jamal Carter, 41, Milwaukee",
            ),
        ],
        id="the-name-ends-at-the-age-whatever-the-parser-joins-to-it",
    ),
    pytest.param(
        "Voters in Reno watched the debate on Monday.\n\n"
        "Maria Lopez, 34, Las Vegas: “He never once talked about us.”\n\n"
        "Carlos Ruiz, 52, Reno: “She was ready for every question.”",
        [
            ("He never once talked about us.", "Maria Lopez", "Maria Lopez, 34, Las Vegas"),
            ("She was ready for every question.", "Carlos Ruiz", "Carlos Ruiz, 52, Reno"),
        ],
        id="name-age-place-label-names-the-first-element-not-the-place",
    ),
    pytest.param(
        "Voters in Reno watched the debate on Monday.\n\n"
        "Maria Lopez, 34, Las Vegas\n"
        "“He never once talked about us.”\n\n"
        "Ana Torres, 23, Henderson\n"
        "“Honestly, neither of them talked to me.”",
        [
            ("He never once talked about us.", "Maria Lopez", "Maria Lopez, 34, Las Vegas"),
            ("Honestly, neither of them talked to me.", "Ana Torres", "Ana Torres, 23, Henderson"),
        ],
        id="name-lines-before-their-quotes",
    ),
    pytest.param(
        "Fans outside the arena were divided.\n\n"
        "Kevin Walsh (34, Brooklyn): “It's about time. The old place is falling apart.”\n\n"
        "Sandra Cho (52, Queens): “They're giving a billionaire our money.”",
        [
            ("It's about time. The old place is falling apart.", "Kevin Walsh", "Kevin Walsh"),
            ("They're giving a billionaire our money.", "Sandra Cho", "Sandra Cho (52, Queens)"),
        ],
        id="name-then-age-and-place-in-parentheses",
    ),
    pytest.param(
        "Nurses walked off the job on Monday. We asked them why.\n\n"
        "1. Rosa Diaz, 45, intensive care: “We are caring for six patients at a time.”\n\n"
        "2. Jenna Ford, 31, maternity: “I love this job. I can't afford to stay in it.”",
        [
            (
                "We are caring for six patients at a time.",
                "Rosa Diaz",
                "Rosa Diaz, 45, intensive care",
            ),
            (
                "I love this job. I can't afford to stay in it.",
                "Jenna Ford",
                "Jenna Ford, 31, maternity",
            ),
        ],
        id="numbered-voices-with-a-job-after-the-age",
    ),
    pytest.param(
        "The state cut teachers' pensions on Friday.\n\n"
        "Retirees at the senior center did not hold back.\n"
        "“I gave this state thirty-four years.”\n"
        "“We can't even afford our medicine now.”",
        [
            ("I gave this state thirty-four years.", "Retirees", "Retirees at the senior center"),
            ("We can't even afford our medicine now.", "Retirees", "Retirees at the senior center"),
        ],
        id="a-group-presented-by-an-idiom-of-blunt-speech-then-its-quotes",
    ),
    pytest.param(
        "The state cut teachers' pensions on Friday.\n\n"
        "Gloria Ruiz, 71, put it simply. “They lied to us.”",
        [("They lied to us.", "Gloria Ruiz", "Gloria Ruiz, 71")],
        id="a-short-quote-after-a-presenting-sentence-is-kept-and-credited",
    ),
    pytest.param(
        "Valley water plan draws fire\n\n"
        "Farmers had plenty to say about the water plan on Friday.\n"
        "“Nobody asked us before they drew the map.”",
        [("Nobody asked us before they drew the map.", "Farmers", "Farmers")],
        id="had-plenty-to-say-presents-the-subject",
    ),
    pytest.param(
        "The Herald asked parents in Leeds what they thought of the new term dates. "
        "Here are some of their answers.\n\n"
        "“The summer break is far too long for working families.”\n\n"
        "“My children love it, so I can't complain at all.”",
        [
            (
                "The summer break is far too long for working families.",
                "parents",
                "parents in Leeds",
            ),
            ("My children love it, so I can't complain at all.", "parents", "parents in Leeds"),
        ],
        id="their-in-a-presenting-lead-is-the-people-asked",
    ),
    pytest.param(
        "First-time voters in Georgia\n\n"
        "The Post interviewed first-time voters across Georgia this week. "
        "Here's what they told us:\n\n"
        "“I'm voting because of what happened to my sister's clinic.”",
        [
            (
                "I'm voting because of what happened to my sister's clinic.",
                "first-time voters",
                "first-time voters",
            )
        ],
        id="they-in-a-pointing-lead-is-the-people-interviewed",
    ),
    pytest.param(
        "Mayor Dana Whitfield met the Courier on Tuesday.\n\n"
        "Asked about the budget: “There will be no new taxes this year.”\n\n"
        "Q: Will you run again?\n"
        "“I haven't decided yet. Ask me in January.”",
        [
            ("There will be no new taxes this year.", "Dana Whitfield", "Mayor Dana Whitfield"),
            ("I haven't decided yet. Ask me in January.", "Dana Whitfield", "Mayor Dana Whitfield"),
        ],
        id="interviewer-cue-label-and-plain-q-give-the-interviewee",
    ),
    pytest.param(
        "Donald Trump spoke in Ohio on Monday. Here are some of his most memorable lines.\n\n"
        "On trade:\n“China is killing us. We are going to stop it.”\n\n"
        "Hillary Clinton spoke in Pennsylvania the same evening. "
        "Here are some of her best lines.\n\n"
        "On jobs:\n“We need an economy that works for everyone.”",
        [
            ("China is killing us. We are going to stop it.", "Donald Trump", "his"),
            ("We need an economy that works for everyone.", "Hillary Clinton", "her"),
        ],
        id="a-second-roundup-with-its-own-lead-does-not-inherit-the-first-speaker",
    ),
    pytest.param(
        "Town hall takeaways\n\n"
        "Voters lined up early outside the library.\n\n"
        "A retiree in Tampa: “I came for answers about Medicare and got none.”\n\n"
        "Another voter: “I'm still undecided, and that's the truth.”\n\n"
        "MARIA LOPEZ, 51, BAKERY OWNER: “I'll raise prices before I cut anyone's hours.”",
        [
            ("I came for answers about Medicare and got none.", "retiree", "A retiree in Tampa"),
            ("I'm still undecided, and that's the truth.", "Another voter", "Another voter"),
            (
                "I'll raise prices before I cut anyone's hours.",
                "Maria Lopez",
                "MARIA LOPEZ, 51, BAKERY OWNER",
            ),
        ],
        id="labels-describing-unnamed-voices-and-an-all-caps-signature-label",
    ),
    # Negative rows.
    pytest.param(
        "Town hall takeaways\n\n"
        "Mayor Ann Lee spoke to residents on Monday.\n\n"
        "A warning: “The bridge will close in May, and it will stay closed for a year.”",
        [("The bridge will close in May, and it will stay closed for a year.", None, None)],
        id="negative-a-label-describing-a-thing-names-no-speaker",
    ),
    pytest.param(
        "Long lines on election day\n\n"
        "Voters waiting to cast ballots shared their views.\n\n"
        "Las Vegas:\n“I've been in line for two hours. I'm not leaving.”",
        [("I've been in line for two hours. I'm not leaving.", "Voters", "Voters")],
        id="negative-a-place-only-label-is-a-subhead-not-a-speaker",
    ),
    pytest.param(
        "Lines were long in Henderson on Tuesday.\n\n"
        "Economy\n“Prices are too high. That's my whole vote.”\n\n"
        "Michael Brooks, 66, Henderson\n“My wife and I have voted at this school for years.”",
        [
            ("Prices are too high. That's my whole vote.", None, None),
            (
                "My wife and I have voted at this school for years.",
                "Michael Brooks",
                "Michael Brooks, 66, Henderson",
            ),
        ],
        id="negative-a-subhead-line-names-nobody-and-the-next-name-line-signs-below-it",
    ),
    pytest.param(
        "The crowd outside the capitol was blunt. "
        "“Shame on the governor,” said Rep. Ann Lee, who spoke at the rally.",
        [("Shame on the governor", "Ann Lee", "Rep. Ann Lee")],
        id="negative-a-presenting-sentence-yields-to-the-quote-s-own-cue",
    ),
    pytest.param(
        "Latinos share their most honest thoughts on the election\n\n"
        "On Maria Lopez, 24, student: “I feel like this election is about whether we belong.”",
        [("I feel like this election is about whether we belong.", None, None)],
        id="negative-a-headline-presents-the-story-not-the-quote-under-it",
    ),
    pytest.param(
        "The family had a lot of debts by then.\n“We could not pay the rent for months.”",
        [("We could not pay the rent for months.", None, None)],
        id="negative-had-a-lot-of-things-presents-no-words",
    ),
    pytest.param(
        "Finale divides fans\n\n"
        "Viewers were quick to react after the finale.\n"
        "“Eight years of my life for that ending?”",
        [("Eight years of my life for that ending?", "Viewers", "Viewers")],
        id="quick-to-react-presents-the-subject",
    ),
    pytest.param(
        "“My choice is between rent and daycare.”\n— Sophie Tremblay-Roy, Kingston\n\n"
        "“It doesn't work.”\nAna Lopez-Vega, 29, Denver",
        [
            (
                "My choice is between rent and daycare.",
                "Sophie Tremblay-Roy",
                "Sophie Tremblay-Roy, Kingston",
            ),
            ("It doesn't work.", "Ana Lopez-Vega", "Ana Lopez-Vega, 29, Denver"),
        ],
        id="a-double-barrelled-name-on-a-signature-line-is-one-name",
    ),
    pytest.param(
        "“We will see.”\n— Ohio - Ann Lee, 34",
        [("We will see.", "Ann Lee", "Ann Lee, 34")],
        id="negative-a-spaced-hyphen-parts-a-label-from-the-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), VOX_POP_CASES)
def test_vox_pop_layouts_name_each_voice(nlp, text, expected) -> None:
    assert _speakers(nlp, text) == expected
