"""Laws of quote finding on canonical news sentences, in every mark style.

A sentence written the way agencies attribute speech ("…,” Name said", "…,” said Name",
"Name said: “…”", "…,” Name, a role at Org, said", "According to Name, … “fragment”",
"Name said … “fragment”") must give back:

- its quote, with the marks' exact span, the kind of marks and direct/partial as written;
- the speaker's name (case and a leading "the" aside) and kind (person, organization,
  country), from a mention that is the name as it stands in the text.

Nested quotes inside the speaker's words are not required to be reported (a quoted word
inside a quotation is often a scare quote), only never to break the outer quote.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import example, given, settings

import claimcheck
import claimcheck.testing as cct
from claimcheck.models import Quote


def _same_speaker(got: str, expected: str) -> bool:
    """Names compared as a reader would: case and a leading "the" do not matter."""

    def bare(name: str) -> str:
        return name.casefold().removeprefix("the ")

    return bare(got) == bare(expected)


def _outer(quotes: list[Quote], expected: cct.ExpectedQuote) -> Quote:
    same = [q for q in quotes if (q.start, q.end) == (expected.start, expected.end)]
    assert same, f"{expected.text!r} not found; got {[(q.start, q.end, q.text) for q in quotes]}"
    return same[0]


@settings(max_examples=25)
@given(cct.quoted_sentences())
def test_marked_quote_is_found_with_its_span_marks_and_kind(nlp, sentence) -> None:
    quotes = claimcheck.extract_quotes(sentence.text, nlp=nlp)
    for expected in sentence.quotes:
        if expected.nested:
            continue
        quote = _outer(quotes, expected)
        assert (quote.marks, quote.kind, quote.nested) == (expected.marks, expected.kind, False)


@settings(max_examples=25)
@given(cct.quoted_sentences())
def test_attributed_quote_names_its_speaker_through_the_mention(nlp, sentence) -> None:
    quotes = claimcheck.extract_quotes(sentence.text, nlp=nlp)
    (mention,) = sentence.speakers
    for expected in sentence.quotes:
        if expected.nested:
            continue
        quote = _outer(quotes, expected)
        assert quote.speaker is not None, quote
        assert _same_speaker(quote.speaker.name, mention.name), (quote.speaker, mention)
        assert quote.speaker.kind == mention.kind, (quote.speaker, mention)
        got = quote.speaker.mention
        assert got.start < mention.end and mention.start < got.end, (got, mention)
        if mention.role is not None:
            assert quote.speaker.role == mention.role


def _article(paragraphs: list[tuple[str, str, str]], style: str = "curly") -> cct.Article:
    """An article of quoted paragraphs given as (text, quoted words, speaker name)."""
    text = "\n\n".join(p for p, _, _ in paragraphs)
    quotes, offset = [], 0
    d_open, d_close = cct.MARK_STYLES[style][:2]
    marks = "single" if style == "single" else "double"
    for paragraph, words, name in paragraphs:
        start = offset + paragraph.index(d_open + words)
        end = start + len(d_open + words + d_close)
        quotes.append(
            cct.ExpectedQuote(
                start,
                end,
                start + len(d_open),
                end - len(d_close),
                text[start:end],
                marks,
                False,
                "direct",
                name,
            )
        )
        offset += len(paragraph) + 2
    return cct.Article(text, dt.date(2024, 5, 14), tuple(quotes), (), (), ())


def _assert_attributed(nlp, article: cct.Article) -> None:
    quotes = claimcheck.extract_quotes(article.text, date=article.published, nlp=nlp)
    for expected in article.quotes:
        if expected.nested:
            continue
        quote = _outer(quotes, expected)
        assert quote.speaker is not None, quote
        assert _same_speaker(quote.speaker.name, expected.speaker), (quote.speaker, expected)


@settings(max_examples=20)
@given(cct.articles(with_values=False, follow_ons=False, max_paragraphs=4))
def test_every_article_quote_is_attributed_to_its_speaker(nlp, article) -> None:
    _assert_attributed(nlp, article)


@settings(max_examples=20)
@given(cct.articles(with_values=False, max_paragraphs=4))
@example(
    _article(
        [
            (
                "‘We will deepen our cooperation,’ Dmitry Peskov said.",
                "We will deepen our cooperation,",
                "Dmitry Peskov",
            ),
            (
                "‘The talks were productive,’ he added.",
                "The talks were productive,",
                "Dmitry Peskov",
            ),
        ],
        style="single",
    )
)
@example(
    _article(
        [
            (
                "Maria Gonzalez said: «We will deepen our cooperation.»",
                "We will deepen our cooperation.",
                "Maria Gonzalez",
            ),
            (
                "Hua Chunying said: «The talks were productive.»",
                "The talks were productive.",
                "Hua Chunying",
            ),
            (
                "«Our position has not changed,» she added.",
                "Our position has not changed,",
                "Hua Chunying",
            ),
        ],
        style="guillemets",
    )
)
def test_pronoun_follow_on_quote_is_attributed_to_the_nearest_speaker(nlp, article) -> None:
    _assert_attributed(nlp, article)


def _assert_indirect(nlp, sentence: cct.QuotedSentence) -> None:
    quotes = claimcheck.extract_quotes(sentence.text, nlp=nlp)
    (expected,) = sentence.quotes
    (mention,) = sentence.speakers
    quote = _outer(quotes, expected)
    assert (quote.kind, quote.marks) == ("indirect", None)
    assert quote.speaker is not None, quote
    assert _same_speaker(quote.speaker.name, mention.name), (quote.speaker, mention)
    got = quote.speaker.mention
    assert got.start < mention.end and mention.start < got.end, (got, mention)


_NOT_TOLD = tuple(p for p in cct.REPORTED_PATTERNS if p != "told")


@settings(max_examples=25)
@given(cct.reported_sentences(patterns=_NOT_TOLD))
def test_reported_speech_is_an_indirect_quote_of_its_clause_and_speaker(nlp, sentence) -> None:
    _assert_indirect(nlp, sentence)


def _told(text: str, clause: str, name: str) -> cct.QuotedSentence:
    start = text.index(clause)
    end = start + len(clause)
    quote = cct.ExpectedQuote(start, end, start, end, clause, None, False, "indirect", name)
    mention = cct.ExpectedMention(0, len(name), name, name)
    return cct.QuotedSentence(text, (quote,), (mention,), "none", "told")


@settings(max_examples=15)
@given(cct.reported_sentences(patterns=("told",)))
@example(
    _told(
        "Maria Gonzalez told reporters prices would keep rising next year.",
        "prices would keep rising next year",
        "Maria Gonzalez",
    )
)
def test_reported_speech_after_told_someone_keeps_its_whole_clause(nlp, sentence) -> None:
    _assert_indirect(nlp, sentence)
