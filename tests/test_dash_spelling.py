"""HuffPost's pages set every dash as U+2015 HORIZONTAL BAR and many pages put no-break spaces
around it; a signature after such a dash is read as after an em dash and plain spaces. The parser
reads an em dash in the bar's place and the doc keeps the text's own characters."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck.nlp import MAX_CHUNK_CHARS, PARSER_SPELLING, respelled


def _speakers(text):
    return [(q.text, q.speaker and q.speaker.name) for q in claimcheck.extract_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“He represents our greatest shame.” ― Sonya Herridge",
            [("“He represents our greatest shame.”", "Sonya Herridge")],
        ),
        # Typed with no space after the closing mark.
        (
            "“He makes blanket statements about people.”― Pamela Padilla",
            [("“He makes blanket statements about people.”", "Pamela Padilla")],
        ),
        (
            "“Fear. I am truly afraid that he will win.” ― Edwin G. Monroy\n"
            "“Tonight showed him for who he really is.” ― Martha Aguilar",
            [
                ("“Fear. I am truly afraid that he will win.”", "Edwin G. Monroy"),
                ("“Tonight showed him for who he really is.”", "Martha Aguilar"),
            ],
        ),
        # Pages often put no-break spaces (U+00A0) around the dash and after the name.
        (
            "“How did we get this low?”\u00a0― Jacklyn Ashley\u00a0\n"
            "“He is ignorant of our culture.”\u00a0—\u00a0Pamela Padilla",
            [
                ("“How did we get this low?”", "Jacklyn Ashley"),
                ("“He is ignorant of our culture.”", "Pamela Padilla"),
            ],
        ),
        # Negative row: a dash before lower-case words signs nothing.
        (
            "“We will see what happens.” ― and then the meeting ended.",
            [("“We will see what happens.”", None)],
        ),
    ],
)
def test_a_horizontal_bar_signs_a_quote_as_an_em_dash_does(text, expected):
    assert _speakers(text) == expected
    assert _speakers(text.replace("―", "—")) == expected


def test_the_parse_around_a_horizontal_bar_is_the_em_dashs(nlp):
    text = "Trump said the party ― the party of the open door ― would grow."
    ours = respelled(nlp(text.translate(PARSER_SPELLING)), text)
    theirs = nlp(text.replace("―", "—"))
    assert ours.text == text
    assert [t.text for t in ours] == [t.text.replace("—", "―") for t in theirs]
    parse = [(t.tag_, t.dep_, t.head.i) for t in theirs]
    assert [(t.tag_, t.dep_, t.head.i) for t in ours] == parse
    assert [(e.start, e.end, e.label_) for e in ours.ents] == [
        (e.start, e.end, e.label_) for e in theirs.ents
    ]


_WORDS = st.sampled_from(
    ["Ann", "said", "the", "vote", "―", "—", "“", "”", ",", ".", "\n\n", "won"]
)


@settings(max_examples=40, deadline=None)
@given(st.lists(_WORDS, max_size=30))
def test_quotes_quote_the_text_whatever_dashes_it_uses(words):
    text = " ".join(words)
    for quote in claimcheck.extract_quotes(text):
        assert text[quote.start : quote.end] == quote.text
        if quote.speaker is not None:
            mention = quote.speaker.mention
            assert text[mention.start : mention.end] == mention.text


def test_a_long_text_with_the_bar_in_one_piece_only_is_joined_back_whole():
    # Texts longer than nlp.MAX_CHUNK_CHARS are parsed in pieces and joined; a re-spelled
    # piece must join with the others.
    paragraph = "“We will win this race,” said Ann Lee, the mayor."
    plain = "\n\n".join([paragraph] * 120)
    assert len(plain) > MAX_CHUNK_CHARS / 2
    text = plain + "\n\n“It is over.” ― Jo Park\n\n" + plain
    quotes = claimcheck.extract_quotes(text)
    assert [q.speaker and q.speaker.name for q in quotes] == ["Ann Lee"] * 120 + ["Jo Park"] + [
        "Ann Lee"
    ] * 120
