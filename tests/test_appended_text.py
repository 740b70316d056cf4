"""Text appended after an article leaves the article's quotes unchanged (issue 2, section 7),
in the cases real articles broke: the text after names someone the article called by surname
only, gives a role the article used as a description, holds a longer organisation name, or
opens with a headline that looks like a transcript label. A reader resolves a speaker from what
came before the quote and from the quote's paragraph (a description from the next paragraph at
most), so whatever follows the article cannot change who its quotes are from."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck.reading_horizon import paragraph_end

_FOLLOWER = "Rally Crowds Swell.\n\n"


def _speakers(nlp, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (q.text, q.speaker and q.speaker.name, q.speaker and q.speaker.role,
         q.speaker and q.speaker.organization)
        for q in claimcheck.extract_quotes(text, nlp=nlp)
    ]


def _first_article_quotes(nlp, article: str, appended: str) -> tuple[list, list]:
    alone = claimcheck.extract_quotes(article, nlp=nlp)
    both = claimcheck.extract_quotes(article + "\n\n" + appended, nlp=nlp)
    # ids number quotes across the whole text; every other field must be the same
    strip = [q.model_dump(exclude={"id"}) for q in alone]
    kept = [q.model_dump(exclude={"id"}) for q in both if q.start < len(article)]
    return strip, kept


# The quote is followed by more than two paragraphs of the article: a name in full within two
# paragraphs of a quote is read (news may name a person just after), but not further.
_SURNAME_ARTICLE = (
    "The senator spoke to reporters on Monday.\n\n"
    "“We will win this state,” {surname} said. “The polls are wrong.”\n\n"
    "The rally drew a large crowd.\n\nVoters waited for hours.\n\nThe polls open at 7 a.m."
)
_FULL_NAME_FOLLOWER = (
    "{first} {surname} Holds Rally.\n\n"
    "{first} {surname}, the {role}, said on Tuesday that the race was close."
)


@settings(max_examples=8)
@given(
    st.sampled_from([("Donald", "Trump"), ("Charlie", "Black"), ("Maria", "Gonzalez"),
                     ("Kenji", "Tanaka"), ("Angela", "Weber")]),
    st.sampled_from(["Richard H.", "Luther Stan", "Ted", "Olga"]),
    st.sampled_from(["governor", "senator", "real estate tycoon"]),
)
def test_a_full_name_in_text_appended_later_leaves_a_surname_speaker_as_written(
    nlp, person: tuple[str, str], other_first: str, role: str
) -> None:
    first, surname = person
    article = _SURNAME_ARTICLE.format(surname=surname)
    for appended_first in (first, other_first):
        appended = _FULL_NAME_FOLLOWER.format(first=appended_first, surname=surname, role=role)
        alone, kept = _first_article_quotes(nlp, article, appended)
        assert kept == alone
        assert [q["speaker"]["name"] for q in alone] == [surname, surname]


@pytest.mark.parametrize(
    ("article", "appended", "expected"),
    [
        pytest.param(
            "“It was very nice,” the gambling tycoon told Reuters in a rare interview.\n\n"
            "The meeting took place in Macau.\n\nThe casino opened in 2004.\n\n"
            "Shares rose on Friday.",
            "Rubio donor Luther Pate, a Tuscaloosa real estate tycoon, paid for the plane.",
            [("“It was very nice,”", "gambling tycoon", None, None)],
            id="a-description-is-not-resolved-by-a-tycoon-named-in-the-next-article",
        ),
        pytest.param(
            "“If I was a donor, I’d want answers,” said a prominent Republican National "
            "Committee member.",
            "The Higher Negotiations Committee met in Geneva on Friday.",
            [("“If I was a donor, I’d want answers,”",
              "prominent Republican National Committee member", "member",
              "Republican National Committee")],
            id="an-organisation-named-after-the-article-does-not-replace-its-own",
        ),
        pytest.param(
            "TAPPER: Do you think he has campaigned as a healer?\n\n"
            "FALLIN: I think he is trying to campaign as a healer. I trust him.\n\n"
            "Follow Pam Key On Twitter @pamkeyNEN.",
            "Gingrich: Trump Must Decide If He Wants a Two-Pirate Ticket.\n\n"
            "Newt Gingrich said the ticket would be historic.",
            [("Do you think he has campaigned as a healer?", "Tapper", None, None),
             ("I think he is trying to campaign as a healer. I trust him.", "Fallin", None,
              None)],
            id="a-headline-in-ordinary-case-does-not-carry-on-a-transcript-in-capitals",
        ),
    ],
)
def test_text_appended_after_an_article_leaves_its_speakers_unchanged(
    nlp, article: str, appended: str, expected: list
) -> None:
    assert _speakers(nlp, article) == expected
    alone, kept = _first_article_quotes(nlp, article, appended)
    assert kept == alone


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Trump held a rally on Monday.\n\n“We will win,” Trump said.\n\nIt rained.\n\n"
            "The crowd left early.\n\nLater, Donald Trump visited Ohio.",
            "Trump",
            id="negative-a-full-name-three-paragraphs-later-is-not-read-back",
        ),
        pytest.param(
            "“The economy is rigged against working people.” (Sanders, Jan. 12)\n\n"
            "Bernie Sanders has said so for years.",
            "Bernie Sanders",
            id="a-full-name-in-the-next-paragraph-is",
        ),
        pytest.param(
            "Donald Trump held a rally on Monday.\n\n“We will win,” Trump said.",
            "Donald Trump",
            id="a-full-name-before-the-quote-is",
        ),
        pytest.param(
            "“We will win,” Trump said, as Donald Trump had in 2016.",
            "Donald Trump",
            id="a-full-name-in-the-quote-s-own-paragraph-is",
        ),
    ],
)
def test_a_surname_speaker_takes_a_full_name_written_at_most_two_paragraphs_after_it(
    nlp, text: str, expected: str
) -> None:
    quotes = claimcheck.extract_quotes(text, nlp=nlp)
    assert [q.speaker and q.speaker.name for q in quotes] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "“It was very nice,” the gambling tycoon told Reuters.\n\n"
            "Sheldon Adelson, the casino tycoon, met Trump in Macau.",
            "Sheldon Adelson",
            id="a-description-takes-the-holder-named-in-the-next-paragraph",
        ),
        pytest.param(
            "“It was very nice,” the gambling tycoon told Reuters.\n\nThe meeting was brief.\n\n"
            "It lasted an hour.\n\nSheldon Adelson, the casino tycoon, met Trump in Macau.",
            "gambling tycoon",
            id="negative-a-holder-named-three-paragraphs-on-is-past-the-lookahead",
        ),
    ],
)
def test_a_description_looks_ahead_two_paragraphs_for_its_holder(
    nlp, text: str, expected: str
) -> None:
    quotes = claimcheck.extract_quotes(text, nlp=nlp)
    assert [q.speaker and q.speaker.name for q in quotes] == [expected]


@pytest.mark.parametrize(
    ("text", "offset", "after", "expected"),
    [
        ("one\n\ntwo\nthree", 1, 0, 3),
        ("one\n\ntwo\nthree", 1, 1, 8),
        ("one\n\ntwo\nthree", 1, 2, 14),
        ("one\n\ntwo\nthree", 1, 5, 14),
        ("one", 0, 0, 3),
        ("", 0, 1, 0),
        ("one\n \n\u00a0\ntwo", 0, 1, 11),
    ],
)
def test_paragraph_end_counts_only_paragraphs_with_text(
    text: str, offset: int, after: int, expected: int
) -> None:
    assert paragraph_end(text, offset, after=after) == expected
