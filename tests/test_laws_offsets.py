"""Law: every offset claimcheck returns slices back to the text it claims to cover.

For quotes, speaker mentions, cues and claims, ``text[start:end] == .text`` on the text the
caller passed, whatever that text holds: generated news articles, and hostile text made of
quote marks, control characters, right-to-left marks, NUL bytes and blank lines. Each example
runs the real spaCy pipeline, so examples are few.
"""

from __future__ import annotations

from hypothesis import given, settings

import claimcheck
import claimcheck.testing as cct
from claimcheck.models import Claim, Quote


def _assert_slices_back(text: str, quotes: list[Quote], claims: list[Claim]) -> None:
    for q in quotes:
        assert 0 <= q.start <= q.end <= len(text), q
        assert text[q.start : q.end] == q.text, q
        if q.speaker is not None:
            m = q.speaker.mention
            assert 0 <= m.start <= m.end <= len(text)
            assert text[m.start : m.end] == m.text, q
        if q.cue is not None:
            assert 0 <= q.cue.start <= q.cue.end <= len(text)
            assert text[q.cue.start : q.cue.end] == q.cue.text, q
    for c in claims:
        assert 0 <= c.start <= c.end <= len(text), c
        assert text[c.start : c.end] == c.text, c
        assert c.sentence.start <= c.start and c.end <= c.sentence.end <= len(text), c


@settings(max_examples=25)
@given(cct.articles())
def test_offsets_slice_back_for_quotes_mentions_cues_and_claims(nlp, article: cct.Article) -> None:
    quotes = claimcheck.extract_quotes(article.text, date=article.published, nlp=nlp)
    claims = claimcheck.extract_claims(article.text, date=article.published, nlp=nlp)
    _assert_slices_back(article.text, quotes, claims)


@settings(max_examples=25)
@given(cct.hostile_texts())
def test_offsets_slice_back_on_hostile_text(nlp, text: str) -> None:
    quotes = claimcheck.extract_quotes(text, nlp=nlp)
    claims = claimcheck.extract_claims(text, nlp=nlp)
    _assert_slices_back(text, quotes, claims)


@settings(max_examples=10)
@given(cct.articles(min_paragraphs=2, max_paragraphs=3))
def test_offsets_slice_back_in_verify_reports(nlp, article: cct.Article) -> None:
    report = claimcheck.check(article.text, date=article.published, nlp=nlp)
    _assert_slices_back(article.text, report.quotes, list(report.claims))
    for claim in report.claims:
        assert claim.verdict in ("supported", "conflicting", "unverified")
