"""Names as NER hands them over, cleaned; the person and organisation indexes the speaker
memory asks; and the one honorific table all three name readers share."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.honorifics import HONORIFICS
from claimcheck.label_names import is_title, role_text
from claimcheck.name_cleaning import clean_name, drop_descriptors, same_person, strip_det
from claimcheck.org_names import OrgNames
from claimcheck.person_names import PersonNames
from claimcheck.speaker_memory import DocMemory


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("Trump's", "Trump"),
        ("Hua Chunying’s", "Hua Chunying"),
        ("“Ana  Beatriz\nLacerda,”", "Ana Beatriz Lacerda"),
        ("Peskov.", "Peskov"),
        pytest.param("Ross", "Ross", id="negative-a-final-s-is-no-possessive"),
        pytest.param("Mary Jones", "Mary Jones", id="negative-nothing-to-clean"),
    ],
)
def test_clean_name_drops_punctuation_and_possessives(raw, cleaned):
    assert clean_name(raw) == cleaned


@pytest.mark.parametrize(
    ("raw", "stripped"),
    [
        ("the Chinese Foreign Ministry,", "Chinese Foreign Ministry"),
        ("that company", "company"),
        ("the", ""),
        pytest.param("Theresa May", "Theresa May", id="negative-a-name-opening-like-the"),
    ],
)
def test_strip_det_drops_leading_determiners(raw, stripped):
    assert strip_det(raw) == stripped


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Billionaire Donald Trump", "Donald Trump"),
        ("Moderator Megyn Kelly", "Megyn Kelly"),
        ("Councilwoman Rita Vance", "Rita Vance"),
        ("Coach Brian Lowe", "Brian Lowe"),
        pytest.param("Pope Francis", "Pope Francis", id="negative-a-papal-style-is-the-name"),
        pytest.param("Prince Harry", "Prince Harry", id="negative-a-royal-style-is-the-name"),
        pytest.param("Spokesman", "Spokesman", id="negative-a-lone-word-is-kept"),
    ],
)
def test_drop_descriptors_keeps_the_name_proper(raw, name):
    assert drop_descriptors(raw) == name


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Dmitry Peskov", "Peskov", True),
        ("Bill Clinton", "Hillary Clinton", True),
        pytest.param("Peskov", "Lavrov", False, id="negative-other-surname"),
        pytest.param("Ana Lacerda", "Lacerda Ana", False, id="negative-word-order-matters"),
    ],
)
def test_same_person_compares_surnames(a, b, same):
    assert same_person(a, b) is same


@pytest.mark.parametrize(
    ("learned", "word", "expanded"),
    [
        (["Donald J. Trump", "Donald Trump"], "trump", "Donald J. Trump"),
        (["Lin Jiayi"], "lin", "Lin Jiayi"),
        # a surname wins over a first word ("Trump Tower" tagged as a person)
        (["Donald Trump", "Trump Tower"], "trump", "Donald Trump"),
        pytest.param(["Trump v. Trump"], "trump", "Trump", id="negative-a-court-case"),
        pytest.param(["Mr. Weaver"], "weaver", "Weaver", id="negative-an-honorific"),
        pytest.param(["Dr. Weaver"], "weaver", "Weaver", id="negative-dr-is-an-honorific"),
        pytest.param(
            ["Lin Jiayi", "Lin Wei"], "lin", "Lin", id="negative-a-first-word-of-two-people"
        ),
    ],
)
def test_person_names_expand_a_one_word_reference(learned, word, expanded):
    people = PersonNames()
    for name in learned:
        people.learn(name, knighted=False)
    assert people.short_form(word, word.title()) == expanded


def test_person_names_drop_a_knights_title_and_index_the_first_name():
    people = PersonNames()
    assert people.learn("Dame Judi Dench", knighted=False) == "Judi Dench"
    assert people.learn("Geoffrey Marlow", knighted=True) == "Geoffrey Marlow"
    assert people.knights == {"judi": {"Judi Dench"}, "geoffrey": {"Geoffrey Marlow"}}


def test_an_untagged_name_never_replaces_a_tagged_one():
    people = PersonNames()
    people.learn("Marcus Doyle", knighted=False)
    people.learn_untagged("Martha Doyle")
    people.learn_untagged("Kavita Desai")
    assert people.surnames == {"doyle": "Marcus Doyle", "desai": "Kavita Desai"}


@given(
    st.lists(
        st.sampled_from(["Donald Trump", "Donald J. Trump", "Donald John Trump", "Ivanka Trump"]),
        min_size=1,
    )
)
def test_the_longest_full_name_wins_whatever_the_order(names):
    people = PersonNames()
    for name in names:
        people.learn(name, knighted=False)
    longest = max(len(name) for name in names)
    assert len(people.short_form("trump", "Trump")) == longest
    assert people.fulls["trump"] == set(names)


@pytest.mark.parametrize(
    ("short", "expanded"),
    [
        ("ministry", "Chinese Foreign Ministry"),
        ("Foreign Ministry", "Chinese Foreign Ministry"),
        ("bank", "World Bank"),
        pytest.param("agency", "agency", id="negative-no-agency-named"),
        pytest.param(
            "Chinese Foreign Ministry", "Chinese Foreign Ministry", id="negative-already-full"
        ),
        pytest.param("", "", id="negative-empty"),
    ],
)
def test_org_names_expand_a_short_word_to_the_named_organisation(short, expanded):
    orgs = OrgNames()
    for org in ("Bank of America", "Chinese Foreign Ministry", "World Bank"):
        orgs.learn(org)
    assert orgs.expand(short) == expanded


@pytest.mark.parametrize("word", sorted(HONORIFICS))
def test_every_honorific_is_a_title_and_no_role_on_a_label(word):
    assert is_title(f"{word.upper()}.")
    assert role_text([f"{word.upper()}.", "SEN."]) == "Sen."


@pytest.mark.parametrize(
    ("text", "short", "full", "in_full"),
    [
        ("Jane Smith, a surgeon, examined the patients.", "Dr. Smith", "Jane Smith", False),
        ("Alex Brown, a nurse, helped.", "Mx. Brown", "Alex Brown", False),
        ("John Weaver, a strategist, spoke.", "Mr. Weaver", "John Weaver", False),
        pytest.param(
            "Jane Smith, a surgeon, examined the patients.",
            "Dean Smith",
            "Dean Smith",
            True,
            id="negative-a-first-name-is-no-honorific",
        ),
    ],
)
def test_an_honorific_and_surname_is_the_person_named_in_full(nlp, text, short, full, in_full):
    memory = DocMemory(nlp(text), in_quote=lambda _offset: False)
    assert memory.full_name(short) == full
    assert memory.is_full_name(short) is in_full
