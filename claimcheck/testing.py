"""Hypothesis strategies for property-based tests of fact-checking pipelines.

Each strategy draws news text together with the answer a correct reader would give, so a
test can state a law instead of listing examples::

    from hypothesis import given
    import claimcheck
    from claimcheck.testing import articles

    @given(articles())
    def test_every_quote_slices_back(article):
        for quote in claimcheck.extract_quotes(article.text, date=article.published):
            assert article.text[quote.start:quote.end] == quote.text

What there is:

- :func:`quoted_sentences`, :func:`articles`: sentences and articles with quotations in every
  mark style (“ ” " « » „ “ '' and ‘ ’ for nested or headline quotes) and attribution pattern
  ("X said", "said X", colon lead-ins, "according to X", appositions, partial quotes), with the
  expected quote spans (:class:`ExpectedQuote`) and speaker mentions (:class:`ExpectedMention`);
  :func:`reported_sentences` for reported speech without marks ("X said that …").
- :func:`money`, :func:`percents`, :func:`counts`, :func:`quantities`, :func:`values`: numbers
  in news formats ("$240bn", "US$240 billion", "240,000,000,000 dollars", "about 12%",
  "1,200 troops", "5.2 million tonnes") with their value, unit and interval
  (:class:`WrittenValue`, following the precision rule and hedge table of DESIGN.md);
  :func:`reformattings` draws two spellings of one amount; :func:`value_sentences` puts a
  value in a sentence.
- :func:`news_dates`: dates as news writes them ("16 May 2024", "May 16-17", "February 2022",
  "on Tuesday", "last year") in a sentence, with a drawn publication date and the ISO timex
  they resolve to (:class:`WrittenDate`); :func:`publication_dates`.
- :func:`corpus_cases`: a small reference corpus and an article whose claims agree or disagree
  with it, with the expected verdict per claim (:class:`CorpusCase`).
- :func:`hostile_texts`: unbalanced quote marks, control and bidi characters, NUL bytes.
- :func:`quotes`, :func:`claims`, :func:`checked_claims`, :func:`speakers`, :func:`reports`:
  claimcheck's own result models, for testing code that consumes reports.

Importing this module does not load spaCy; it needs only hypothesis and pydantic.
"""

from __future__ import annotations

from ._testing_articles import (
    Article,
    ExpectedValue,
    articles,
    hostile_texts,
    value_sentences,
)
from ._testing_corpora import OUTCOMES, CorpusCase, ExpectedVerdict, corpus_cases
from ._testing_dates import DATE_KINDS, WrittenDate, news_dates, publication_dates
from ._testing_models import checked_claims, claims, quotes, reports, speakers
from ._testing_quotes import (
    MARK_STYLES,
    QUOTE_PATTERNS,
    REPORTED_PATTERNS,
    SPEAKER_KINDS,
    ExpectedMention,
    ExpectedQuote,
    QuotedSentence,
    quoted_sentences,
    reported_sentences,
)
from ._testing_values import (
    HEDGE_DIRECTION,
    HEDGES,
    WrittenValue,
    counts,
    money,
    percents,
    quantities,
    reformattings,
    values,
)

__all__ = [
    "DATE_KINDS",
    "HEDGES",
    "HEDGE_DIRECTION",
    "MARK_STYLES",
    "OUTCOMES",
    "QUOTE_PATTERNS",
    "REPORTED_PATTERNS",
    "SPEAKER_KINDS",
    "Article",
    "CorpusCase",
    "ExpectedMention",
    "ExpectedQuote",
    "ExpectedValue",
    "ExpectedVerdict",
    "QuotedSentence",
    "WrittenDate",
    "WrittenValue",
    "articles",
    "checked_claims",
    "claims",
    "corpus_cases",
    "counts",
    "hostile_texts",
    "money",
    "news_dates",
    "percents",
    "publication_dates",
    "quantities",
    "quoted_sentences",
    "quotes",
    "reformattings",
    "reported_sentences",
    "reports",
    "speakers",
    "value_sentences",
    "values",
]
