"""Laws of attribution over drawn news sentences (claimcheck.testing strategies, real parse)."""

from __future__ import annotations

import itertools

from hypothesis import given, settings

from claimcheck.quotes import scan
from claimcheck.speakers import attribute
from claimcheck.testing import quoted_sentences


def _overlaps(a_start, a_end, b_start, b_end):
    return a_start < b_end and b_start < a_end


@settings(max_examples=40)
@given(sentence=quoted_sentences(nested=False))
def test_every_drawn_quote_is_attributed_to_the_phrase_that_names_its_speaker(nlp, sentence):
    quotes = attribute(nlp(sentence.text), scan(sentence.text))
    by_span = {(q.start, q.end): q for q in quotes if q.kind != "indirect"}
    for expected in sentence.quotes:
        if expected.kind == "indirect" or expected.speaker is None:
            continue
        quote = by_span.get((expected.start, expected.end))
        assert quote is not None, (sentence.text, expected)
        assert quote.speaker is not None, (sentence.text, expected)
        mentions = [m for m in sentence.speakers if m.name == expected.speaker]
        m = quote.speaker.mention
        assert any(_overlaps(m.start, m.end, e.start, e.end) for e in mentions), (
            sentence.text,
            m,
        )


@settings(max_examples=40)
@given(sentence=quoted_sentences())
def test_quotes_never_overlap_unless_nested_and_ids_follow_text_order(nlp, sentence):
    quotes = attribute(nlp(sentence.text), scan(sentence.text))
    assert [q.id for q in quotes] == [f"q{k}" for k in range(1, len(quotes) + 1)]
    top = sorted((q.start, q.end) for q in quotes if not q.nested)
    for (_, end), (start, _) in itertools.pairwise(top):
        assert end <= start
    for q in quotes:
        assert sentence.text[q.start : q.end] == q.text
        if q.speaker is not None:
            m = q.speaker.mention
            assert sentence.text[m.start : m.end] == m.text
