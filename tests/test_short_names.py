"""Names as the article writes them: hyphenated names keep their hyphen, a later short form
(a Chinese family name, "Sir" and a first name, the surname of a three-word name) is the
person named in full before, and an anonymous speaker keeps the words saying which one
(real spaCy parse)."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st
from speaker_cases import attributed

from claimcheck.mention_span import join_words


def _names(nlp, text):
    return [None if q.speaker is None else q.speaker.name for q in attributed(nlp, text)]


# (text, [speaker name per quote, in order])
CASES = [
    pytest.param(
        "Shadow treasurer Angus Taylor-Reid went further on Tuesday.\n\n"
        "“This is a secret plan to raise taxes,” Taylor-Reid said.",
        ["Angus Taylor-Reid"],
        id="hyphenated-surname-keeps-its-hyphen",
    ),
    pytest.param(
        "Colorado Gov. Maya Lindqvist-Ford responded on Friday. “Treating human beings like "
        "freight is a disgrace,” she posted.",
        ["Maya Lindqvist-Ford"],
        id="hyphenated-surname-after-a-title",
    ),
    pytest.param(
        "State Rep. Ann-Marie Lott, a Republican from Naples, told a local newspaper that the "
        "bill was “a solution in search of a problem.”",
        ["Ann-Marie Lott"],
        id="hyphenated-first-name-keeps-its-hyphen",
    ),
    pytest.param(
        "Foreign Ministry spokeswoman Lin Jiayi told a regular news briefing on Monday that "
        "Beijing would respond.\n\n“China's determination is firm,” Lin said.",
        ["Lin Jiayi"],
        id="chinese-family-name-first-is-the-person-named-in-full",
    ),
    pytest.param(
        "Foreign Ministry spokeswoman Lin Jiayi spoke on Monday. Her colleague Lin Wei was "
        "also there.\n\n“China's determination is firm,” Lin said.",
        ["Lin"],
        id="family-name-shared-by-two-people-stays-short",
    ),
    pytest.param(
        "Foreign Ministry spokeswoman Lin Jiayi spoke on Monday. Her colleague Chen Lin was "
        "also there.\n\n“China's determination is firm,” Lin said.",
        ["Chen Lin"],
        id="a-surname-reading-wins-over-a-first-word",
    ),
    pytest.param(
        "Sir Geoffrey Marlow was accused by Labour of dithering on Tuesday.\n\n"
        "Sir Geoffrey insisted the government was 'taking the time to get it right'.",
        ["Geoffrey Marlow"],
        id="sir-and-first-name-is-the-knight-named-in-full",
    ),
    pytest.param(
        "Sir Geoffrey Marlow and Geoffrey Banks spoke on Tuesday.\n\n"
        "Sir Geoffrey insisted the government was 'taking the time to get it right'.",
        ["Geoffrey Marlow"],
        id="sir-names-the-knight-not-a-namesake-without-the-title",
    ),
    pytest.param(
        "“We will act,” said Sir Geoffrey Marlow on Tuesday. “We will not wait,” Sir "
        "Geoffrey added.",
        ["Geoffrey Marlow", "Geoffrey Marlow"],
        id="sir-is-a-title-in-full-and-in-short",
    ),
    pytest.param(
        "Dame Margaret Hodge spoke in the Commons on Friday. “It is a scandal,” Dame Margaret "
        "said.",
        ["Margaret Hodge"],
        id="dame-and-first-name-is-the-dame-named-in-full",
    ),
    pytest.param(
        "Brazilian President Ana Beatriz Lacerda used her address to the assembly to demand "
        "action on climate.\n\n“We cannot wait another decade,” Lacerda said.",
        ["Ana Beatriz Lacerda"],
        id="surname-of-a-three-word-name",
    ),
    pytest.param(
        "Another Conservative MP, speaking on condition of anonymity, was blunter. "
        "'This is a shambles,' the MP said.",
        ["Conservative MP"],
        id="the-mp-takes-the-qualifier-of-another-conservative-mp",
    ),
    pytest.param(
        "“The numbers simply do not add up,” a Treasury source said.",
        ["Treasury source"],
        id="indefinite-description-keeps-its-premodifier",
    ),
    pytest.param(
        "One Tory veteran was less forgiving. “He is a liability,” said the MP.",
        ["Tory MP"],
        id="the-mp-after-one-tory-veteran-is-a-tory-mp",
    ),
    pytest.param(
        "One senior veteran was less forgiving. “He is a liability,” said the MP.",
        ["MP"],
        id="no-party-word-before-leaves-the-mp-bare",
    ),
    pytest.param(
        "One Tory veteran was less forgiving.\n\nThe debate went on for hours. Ministers "
        "left early. “He is a liability,” said the MP.",
        ["MP"],
        id="a-description-two-sentences-back-is-not-carried",
    ),
    pytest.param(
        "An MP, speaking on condition of anonymity, was blunter. "
        "“This is a shambles,” the MP said.",
        ["MP"],
        id="a-bare-indefinite-mp-gives-no-qualifier",
    ),
    pytest.param(
        "Labour MP Jane Hollis spoke first. “This is a shambles,” the MP said.",
        ["Jane Hollis"],
        id="a-named-mp-is-who-the-mp-means",
    ),
    pytest.param(
        "“The numbers do not add up,” another Conservative MP said.",
        ["Conservative MP"],
        id="another-is-no-part-of-the-description",
    ),
    pytest.param(
        "“The numbers do not add up,” one man said.",
        ["one man"],
        id="a-quantifier-with-no-modifier-after-it-stays",
    ),
    pytest.param(
        "“We will win this seat,” the MP said.",
        ["MP"],
        id="a-definite-role-noun-with-nothing-before-stays-bare",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_names_as_the_article_writes_them(nlp, text, expected):
    assert _names(nlp, text) == expected


_BLANK = spacy.blank("en")
_WORD = st.text(alphabet="ABCDEFabcdef-'.", min_size=1, max_size=8)


@given(st.lists(_WORD, min_size=1, max_size=5))
def test_join_words_reproduces_the_text_single_spaced(words):
    text = " ".join(words)
    assert join_words(_BLANK(text)) == text


@pytest.mark.parametrize(
    ("text", "drop", "expected"),
    [
        ("Angus Taylor-Reid", set(), "Angus Taylor-Reid"),
        ("Gov. Maya Lindqvist-Ford", {"Gov."}, "Maya Lindqvist-Ford"),
        ("Ann - Marie", set(), "Ann - Marie"),  # spaced in the text: stays spaced
        ("Sen. Ann-Marie Lott", {"Ann"}, "Sen. -Marie Lott"),
    ],
)
def test_join_words_keeps_the_article_spacing(text, drop, expected):
    assert join_words(t for t in _BLANK(text) if t.text not in drop) == expected
