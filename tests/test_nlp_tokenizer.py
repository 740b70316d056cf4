"""The loaded tokenizer cuts quote marks glued to the next word, and only those, off it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st


def _tokens(nlp, text):
    return [t.text for t in nlp.make_doc(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("win,”Clinton said", ["win", ",", "”", "Clinton", "said"]),
        ('win,"Clinton said', ["win", ",", '"', "Clinton", "said"]),
        ("fire.''Paris attacks", ["fire", ".", "''", "Paris", "attacks"]),
        ("“Great,”said Trump.", ["“", "Great", ",", "”", "said", "Trump", "."]),
        ("was “big.”The end", ["was", "“", "big", ".", "”", "The", "end"]),
        ("“no”and left", ["“", "no", "”", "and", "left"]),
        ("“Go”—Steve Quinlan", ["“", "Go", "”", "—", "Steve", "Quinlan"]),
        ("Ryan said,“Look here", ["Ryan", "said", ",", "“", "Look", "here"]),
        # Negative rows: nothing glued, or a mark that is not a quote, keeps spaCy's tokens.
        ("in the U.S.”The", ["in", "the", "U.S.", "”", "The"]),
        ("don't rock 'n' roll", ["do", "n't", "rock", "'", "n", "'", "roll"]),
        ("voters’ choice", ["voters", "’", "choice"]),
        ("a 5'10\" man", ["a", "5'10", '"', "man"]),
        ("“We won,” she said.", ["“", "We", "won", ",", "”", "she", "said", "."]),
        ("e.g. well-known", ["e.g.", "well", "-", "known"]),
    ],
)
def test_glued_marks_are_split_and_nothing_else(nlp, text, expected):
    assert _tokens(nlp, text) == expected


_PIECES = ["win", ",", ".", "”", "“", '"', "''", "’", "Clinton", " ", "—", "U.S.", "5"]


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_tokens_slice_back_to_the_text_they_came_from(nlp, text):
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert all(text[t.idx : t.idx + len(t.text)] == t.text for t in doc)


def test_glued_marks_split_beside_the_models_own_infixes(nlp):
    tokens = [t.text for t in nlp.make_doc("well-known,”Clinton")]
    assert tokens == ["well", "-", "known", ",", "”", "Clinton"]


def test_the_models_tokenizer_itself_is_left_as_shipped(nlp) -> None:
    # the glued-mark cuts live in the wrapper: the wrapped tokenizer serialises as the model's
    import spacy

    shipped = spacy.blank("en").tokenizer
    assert nlp.tokenizer.tokenizer.infix_finditer.__self__.pattern == (
        shipped.infix_finditer.__self__.pattern)
