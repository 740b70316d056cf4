"""The loaded pipeline's tokenizer keeps every text exactly, hostile runs included."""

from __future__ import annotations

import pytest

from claimcheck.nlp import RunGuardedTokenizer


@pytest.mark.parametrize(
    "text",
    [
        "Trade grew 5% in 2023.",
        'He said ' + '"' * 20_000 + " no.",
        "x" * 300 + "  ok\n\n" + "y" * 257,
        "a" * 200_000,
        "",
        "   leading and trailing   ",
    ],
    ids=["plain", "20,000 quote marks", "runs and spaces", "200 KB without a space", "empty",
         "spaces"],
)
def test_guarded_tokenizer_keeps_the_text_exactly(nlp, text):
    doc = nlp.make_doc(text)
    assert isinstance(nlp.tokenizer, RunGuardedTokenizer)
    assert doc.text == text


def test_ordinary_text_is_tokenized_as_spacy_does(nlp):
    text = "“We won’t,” said Hua Chunying, the ministry's spokeswoman, on May 16-17."
    assert [t.text for t in nlp.make_doc(text)] == [t.text for t in nlp.tokenizer.tokenizer(text)]


def test_long_runs_become_short_tokens(nlp):
    doc = nlp.make_doc("«" * 5_000)
    assert max(len(t) for t in doc) <= 64


def test_guarded_tokenizer_survives_pickling(nlp):
    import pickle

    copy = pickle.loads(pickle.dumps(nlp.tokenizer))
    assert copy("He said “no.”").text == "He said “no.”"
