"""Laws of the pipeline as a whole: determinism, batch independence, locality.

- The same text gives the same result every time.
- A batch gives each item the result it gets alone, in input order, whatever else is in the
  batch and in whatever order (``stream``/``pipe`` equal ``extract_*``/``check`` one by one).
- The spaCy components (``nlp.add_pipe("claimcheck_quotes")``…) give what the library gives.
- What a document says up to a paragraph break does not depend on unrelated text appended
  after it (publication date given, so that nothing is inferred from the new text).
"""

from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
import claimcheck.testing as cct
from claimcheck import document as documents
from claimcheck.pipeline import stream

_STAGES = ("quotes", "claims")


def _alone(nlp, article: cct.Article) -> tuple[list, list]:
    quotes = claimcheck.extract_quotes(article.text, date=article.published, nlp=nlp)
    claims = claimcheck.extract_claims(article.text, date=article.published, nlp=nlp)
    return quotes, claims


@settings(max_examples=15)
@given(cct.articles())
def test_pipeline_is_deterministic(nlp, article: cct.Article) -> None:
    assert _alone(nlp, article) == _alone(nlp, article)


@settings(max_examples=15)
@given(st.lists(cct.articles(max_paragraphs=3), min_size=1, max_size=4), st.randoms())
def test_stream_of_a_batch_equals_each_item_alone_in_any_order(nlp, batch, random) -> None:
    order = list(range(len(batch)))
    random.shuffle(order)
    inputs = [documents.from_text(batch[i].text, date=batch[i].published, id=str(i)) for i in order]
    results = list(stream(inputs, stages=_STAGES, nlp=nlp, batch_size=2))
    assert [r.document.id for r in results] == [str(i) for i in order]
    for i, analysis in zip(order, results, strict=True):
        assert (analysis.quotes, analysis.claims) == _alone(nlp, batch[i])


@settings(max_examples=8)
@given(st.lists(cct.articles(max_paragraphs=3), min_size=1, max_size=3))
def test_pipe_of_a_batch_equals_check_one_by_one(nlp, batch) -> None:
    records = [
        {"id": f"a{i}", "text": a.text, "date": a.published.isoformat()}
        for i, a in enumerate(batch)
    ]
    reports = list(claimcheck.pipe(records, nlp=nlp, batch_size=2))
    assert len(reports) == len(batch)
    for record, report in zip(records, reports, strict=True):
        alone = claimcheck.check(record["text"], date=record["date"], id=record["id"], nlp=nlp)
        assert report == alone


@settings(max_examples=20)
@given(cct.articles(max_paragraphs=3), cct.articles(max_paragraphs=3))
def test_result_does_not_depend_on_text_appended_after_a_paragraph_break(
    nlp, article: cct.Article, unrelated: cct.Article
) -> None:
    combined = cct.Article(
        text=article.text + "\n\n" + unrelated.text,
        published=article.published,
        quotes=(),
        speakers=(),
        values=(),
        paragraphs=(),
    )
    quotes, claims = _alone(nlp, article)
    more_quotes, more_claims = _alone(nlp, combined)
    end = len(article.text)
    assert [q for q in more_quotes if q.start < end] == quotes
    assert [c for c in more_claims if c.start < end] == claims


@pytest.fixture(scope="module")
def with_components(nlp):
    """A copy of the pipeline with claimcheck's components added by their factory names."""
    pipeline = copy.deepcopy(nlp)
    pipeline.add_pipe("claimcheck_quotes")
    pipeline.add_pipe("claimcheck_claims", config={"date": "2024-05-14"})
    return pipeline


@settings(max_examples=15)
@given(cct.articles(max_paragraphs=3))
def test_spacy_components_give_what_the_library_gives(nlp, with_components, article) -> None:
    doc = with_components(article.text)
    assert doc._.claimcheck_quotes == claimcheck.extract_quotes(article.text, nlp=nlp)
    expected = claimcheck.extract_claims(article.text, date="2024-05-14", nlp=nlp)
    assert doc._.claimcheck_claims == expected
