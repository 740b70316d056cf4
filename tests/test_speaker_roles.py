"""Role nouns and "it" resolved to who they refer to: "the governor" after "Gov. Andrew
Cuomo", "the carmaker" after "German carmaker Volkswagen", "it" after a letter (real spaCy
parse, made-up articles; the expected names were written down before the first run)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from speaker_cases import attributed

from claimcheck.role_words import fits, org_name_fits, word_family


def _speakers(nlp, text):
    return [
        None if (s := q.speaker) is None else (s.name, s.kind, s.mention.text)
        for q in attributed(nlp, text)
    ]


# (text, (name, kind, mention) of the last marked quote's speaker, or None)
CASES = [
    pytest.param(
        "Gov. Andrew Cuomo toured the flooded towns on Monday.\n\n"
        "“We will rebuild every home that was lost,” the governor said.",
        ("Andrew Cuomo", "person", "the governor"),
        id="title-gov-fits-the-governor",
    ),
    pytest.param(
        "Sen. Marco Rubio of Florida spoke in Iowa on Tuesday.\n\n"
        "“This election is about the future,” the senator told the crowd.",
        ("Marco Rubio", "person", "the senator"),
        id="title-sen-fits-the-senator",
    ),
    pytest.param(
        "Donald Trump, the Republican nominee, held a rally in Ohio.\n\n"
        "“We are going to win big,” the nominee said.",
        ("Donald Trump", "person", "the nominee"),
        id="apposition-fits-the-nominee",
    ),
    pytest.param(
        "Billionaire Donald Trump visited the border on Thursday.\n\n"
        "“The wall will be built,” the billionaire said.",
        ("Donald Trump", "person", "the billionaire"),
        id="premodifier-fits-the-billionaire",
    ),
    pytest.param(
        "German carmaker Volkswagen admitted cheating on emissions tests.\n\n"
        "“We have totally screwed up,” the company said in a statement.",
        ("Volkswagen", "organization", "the company"),
        id="carmaker-premodifier-fits-the-company",
    ),
    pytest.param(
        "The Environmental Protection Agency released new rules on Friday.\n\n"
        "“These standards will save lives,” the agency said.",
        ("Environmental Protection Agency", "organization", "the agency"),
        id="agency-in-the-name-fits-the-agency",
    ),
    pytest.param(
        "The Washington Post endorsed the mayor's rival last week.\n\n"
        "“He has failed the city,” the newspaper wrote.",
        ("Washington Post", "organization", "the newspaper"),
        id="outlet-name-fits-the-newspaper",
    ),
    pytest.param(
        "The Clinton campaign pushed back on the report.\n\n"
        "“This is a baseless attack,” the campaign said.",
        ("Clinton campaign", "organization", "the campaign"),
        id="named-campaign-fits-the-campaign",
    ),
    pytest.param(
        "Mayor Lisa Chen met residents after the storm.\n\n"
        "Added the mayor: “Nobody will be left behind.”",
        ("Lisa Chen", "person", "the mayor"),
        id="inverted-added-the-mayor-resolves-to-the-named-mayor",
    ),
    pytest.param(
        "Gov. John Kasich and Gov. Chris Christie both spoke at the summit.\n\n"
        "Later, Gov. Chris Christie took questions.\n\n"
        "“We need to secure the border,” the governor said.",
        ("Chris Christie", "person", "the governor"),
        id="two-governors-the-nearest-wins",
    ),
    pytest.param(
        "The letter, signed by 40 senators, was sent to the White House on Monday.\n\n"
        "It continues: “We urge you to reconsider this decision before it is too late.”",
        ("letter", "unknown", "It"),
        id="it-after-a-letter-is-the-letter",
    ),
    pytest.param(
        "Gov. Chris Christie spoke first. Former Gov. Christine Todd Whitman spoke next.\n\n"
        "“We must act now,” the governor said.",
        ("Chris Christie", "person", "the governor"),
        id="a-former-governor-is-not-the-governor",
    ),
    pytest.param(
        "President Barack Obama met World Bank President Jim Yong Kim on Saturday.\n\n"
        "“This is a good day for the planet,” the president said.",
        ("Barack Obama", "person", "the president"),
        id="another-organisation's-president-is-not-the-president",
    ),
    pytest.param(
        "Texas Sen. Ted Cruz and Florida Sen. Marco Rubio clashed on Tuesday.\n\n"
        "“I will not back down from this fight,” the Florida senator said.",
        ("Marco Rubio", "person", "the Florida senator"),
        id="a-qualifier-picks-the-senator-it-is-written-next-to",
    ),
    pytest.param(
        "Volkswagen admitted cheating on emissions tests.\n\n"
        "“We have totally screwed up,” the carmaker said.",
        ("Volkswagen", "organization", "the carmaker"),
        id="the-organisation-the-sentence-before-is-about",
    ),
    pytest.param(
        "The attack was claimed online, according to the SITE Intelligence Group. "
        "It said: “The fighters carried out the operation as planned.”",
        ("SITE Intelligence Group", "organization", "It"),
        id="it-after-according-to-is-the-source",
    ),
    pytest.param(
        "President Barack Obama and Vice President Joe Biden arrived together.\n\n"
        "“We are not done yet, not by a long shot,” the vice president said.",
        ("Joe Biden", "person", "the vice president"),
        id="the-vice-president-is-not-the-president",
    ),
    # Negative rows: nothing fits, or somebody unnamed was introduced.
    pytest.param(
        "Hillary Clinton and Bernie Sanders debated in Brooklyn.\n\n"
        "“This race is far from over,” the company said.",
        ("company", "organization", "the company"),
        id="the-company-when-only-persons-are-named-stays-unresolved",
    ),
    pytest.param(
        "Sen. Marco Rubio campaigned in Iowa. A governor who asked not to be named "
        "criticized the plan.\n\n"
        "“It will never pass,” the governor said.",
        ("governor", "person", "the governor"),
        id="an-indefinite-unnamed-governor-is-who-the-governor-means",
    ),
    pytest.param(
        "Donald Trump held a rally in Ohio on Monday.\n\n"
        "“We will win this state,” the senator said.",
        ("senator", "person", "the senator"),
        id="no-earlier-senator-stays-unresolved",
    ),
    pytest.param(
        "UnitedHealth Group has threatened to leave the exchanges. This week the trade group "
        "for the Blue Cross plans spelled out its concerns.\n\n"
        "“The current risk pool is out of balance,” the group said.",
        ("group", "organization", "the group"),
        id="an-unnamed-group-nearer-than-a-named-one-is-who-the-group-means",
    ),
    pytest.param(
        "Vice President Joe Biden spoke in Scranton on Monday.\n\n"
        "“We will not let this stand,” the president said.",
        ("president", "person", "the president"),
        id="a-vice-president-is-not-the-president",
    ),
    pytest.param(
        "Hillary Clinton released a statement on Monday.\n\n"
        "Jeb Bush criticized it.\n\n"
        "It reads: “We stand with the families of the victims today and always.”",
        ("statement", "unknown", "It"),
        id="it-is-never-the-person-named-last",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_role_noun_resolves_to_who_it_refers_to(nlp, text, expected):
    assert _speakers(nlp, text)[-1] == expected


@pytest.mark.parametrize(
    ("description", "word", "expected"),
    [
        ("governor", "gov.", True),
        ("senator", "sen.", True),
        ("lawmaker", "sen.", True),
        ("company", "carmaker", True),
        ("carmaker", "automaker", True),
        ("spokeswoman", "spokesman", True),
        ("front-runner", "frontrunner", True),
        # Negative rows: a narrower word does not fit a broader one's place, nor do strangers.
        ("carmaker", "company", False),
        ("senator", "governor", False),
        ("governor", "gen.", False),
        ("newspaper", "network", False),
        ("company", "lawmaker", False),
        ("company", "filmmaker", False),
    ],
)
def test_which_words_describe_the_same_referent(description, word, expected):
    assert fits(description, word) is expected


@pytest.mark.parametrize(
    ("name", "description", "expected"),
    [
        ("Environmental Protection Agency", "agency", True),
        ("The New York Times", "newspaper", True),
        ("The Wall Street Journal", "paper", True),
        ("Fox News", "network", True),
        ("Acme Corp.", "company", True),
        # Negative rows: a name that says another kind.
        ("Environmental Protection Agency", "newspaper", False),
        ("Republican National Committee", "company", False),
        ("Volkswagen", "agency", False),
    ],
)
def test_an_organisation_name_says_its_kind(name, description, expected):
    assert org_name_fits(name, description) is expected


@given(st.sampled_from(["gov.", "sen.", "rep.", "congressman", "spokeswoman", "automaker"]))
def test_fits_is_reflexive_on_spelled_out_words(word):
    assert fits(word_family(word), word)
    assert fits(word, word_family(word))
