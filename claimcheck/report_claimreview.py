"""schema.org ClaimReview JSON-LD: one review per checked claim, as Google's fact-check markup
asks for it.

Google requires ``claimReviewed``, ``reviewRating`` (with ``alternateName``, the verdict in
words) and ``url`` (the page of the fact check, on the publisher's own domain); it recommends
``author``, ``datePublished`` and ``itemReviewed`` (a ``Claim`` with its ``author``,
``datePublished`` and ``appearance``). claimcheck cannot know where a review will be published:
``url`` is set from ``review_url`` when given (``CLAIMCHECK_REVIEW_URL`` on the command line)
and left out otherwise.

Ratings use one documented scale: 1 conflicting, 2 unverified, 3 supported (worst 1, best 3).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import TYPE_CHECKING, Any

from .report import describe_value, sentence_of, verify_report

if TYPE_CHECKING:
    from .pipeline import Analysis

SCHEMA_CONTEXT = "https://schema.org"
RATINGS = {
    "conflicting": (1, "Conflicting", "Conflicts with the reference corpus"),
    "unverified": (2, "Unverified", "Not found in the reference corpus"),
    "supported": (3, "Supported", "Supported by the reference corpus"),
}
WORST_RATING, BEST_RATING = 1, 3
# Google shows claimReviewed on one line on phones; it advises under 75 characters.
SUMMARY_CHARS = 75
_SPEAKER_TYPES = {"person": "Person", "organization": "Organization", "country": "Country"}
_URL = re.compile(r"https?://\S+\Z", re.IGNORECASE)


def claim_reviews(
    analyses: list[Analysis],
    *,
    organization: str = "claimcheck",
    review_url: str | None = None,
    reviewed_on: dt.date | None = None,
) -> list[dict[str, Any]]:
    """One ClaimReview object (a JSON-LD node with its own ``@context``) per checked claim,
    then one per quote checked against corpus statements (a verify report's CheckedQuote).

    ``organization`` is the reviewing organisation (``author``); ``review_url`` the page the
    reviews will be published on (each review links to ``review_url#<document>-<claim>``);
    ``reviewed_on`` the review's ``datePublished`` (left out when None).
    """
    reviews: list[dict[str, Any]] = []
    for n, analysis in enumerate(analyses, 1):
        report = verify_report(analysis)
        doc = report.document
        speakers = {q.id: q.speaker for q in report.quotes}
        for claim in report.claims:
            reviews.append(
                _review(
                    claim,
                    doc,
                    n,
                    text=sentence_of(analysis, claim),
                    summary=_summary(analysis, claim),
                    author=_claim_author(claim, speakers),
                    organization=organization,
                    review_url=review_url,
                    reviewed_on=reviewed_on,
                )
            )
        reviews.extend(
            _quote_review(q, analysis, n, organization, review_url, reviewed_on)
            for q in report.quotes
            if getattr(q, "verdict", None) in RATINGS
        )
    return reviews


def _quote_review(
    quote: Any,
    analysis: Analysis,
    n: int,
    organization: str,
    review_url: str | None,
    reviewed_on: dt.date | None,
) -> dict[str, Any]:
    """A quotation checked against corpus statements is a claim too: that X said it."""
    words = " ".join(quote.text.split())
    who = quote.speaker.name if quote.speaker else None
    summary = f"{who}: {words}" if who else words
    if len(summary) > SUMMARY_CHARS:
        summary = summary[: SUMMARY_CHARS - 1].rstrip() + "…"
    return _review(
        quote,
        analysis.document,
        n,
        text=words,
        summary=summary,
        author=_speaker_node(quote.speaker) if quote.speaker is not None else None,
        organization=organization,
        review_url=review_url,
        reviewed_on=reviewed_on,
    )


def _review(
    checked: Any,
    doc: Any,
    n: int,
    *,
    text: str,
    summary: str,
    author: dict[str, Any] | None,
    organization: str,
    review_url: str | None,
    reviewed_on: dt.date | None,
) -> dict[str, Any]:
    """The ClaimReview node of one checked claim or quote (anything with a verdict, a reason,
    evidence and an id)."""
    value, name, explanation = RATINGS[checked.verdict]
    item: dict[str, Any] = {"@type": "Claim", "text": text}
    if author is not None:
        item["author"] = author
    if doc.date:
        item["datePublished"] = doc.date
    item["appearance"] = _appearance(doc)
    review: dict[str, Any] = {
        "@context": SCHEMA_CONTEXT,
        "@type": "ClaimReview",
        "claimReviewed": summary,
        "author": {"@type": "Organization", "name": organization},
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": BEST_RATING,
            "worstRating": WORST_RATING,
            "alternateName": name,
            "name": explanation,
            "ratingExplanation": checked.reason,
        },
        "itemReviewed": item,
    }
    if review_url:
        review["url"] = f"{review_url}#{_anchor(doc.id, n)}-{checked.id}"
    if reviewed_on is not None:
        review["datePublished"] = reviewed_on.isoformat()
    if checked.evidence:
        review["citation"] = [_citation(e) for e in checked.evidence]
    return review


def _appearance(doc: Any) -> dict[str, Any]:
    appearance: dict[str, Any] = {"@type": "CreativeWork"}
    if doc.id and _URL.match(doc.id):
        appearance["url"] = doc.id
    else:
        appearance["name"] = doc.id or "article"
    if doc.date:
        appearance["datePublished"] = doc.date
    return appearance


def render_claimreview(
    analyses: list[Analysis],
    *,
    organization: str = "claimcheck",
    review_url: str | None = None,
    reviewed_on: dt.date | None = None,
) -> str:
    """The reviews of :func:`claim_reviews` as one JSON-LD array (``[]`` when no claim)."""
    reviews = claim_reviews(
        analyses, organization=organization, review_url=review_url, reviewed_on=reviewed_on
    )
    return json.dumps(reviews, ensure_ascii=False, indent=2) + "\n"


def _summary(analysis: Analysis, claim: Any) -> str:
    """The claim in under 75 characters: its sentence if short, else the value in context."""
    sentence = sentence_of(analysis, claim)
    if len(sentence) <= SUMMARY_CHARS:
        return sentence
    subject = ", ".join(claim.subject)
    about = " ".join(x for x in (subject, claim.predicate) if x)
    text = f"{about}: {claim.text}" if about else claim.text
    if claim.hedge and claim.hedge not in text:
        text = f"{text} ({claim.hedge})"
    text = f"{text} = {describe_value(claim)}" if claim.kind in ("date", "duration") else text
    return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1].rstrip() + "…"


def _claim_author(claim: Any, speakers: dict[str, Any]) -> dict[str, Any] | None:
    speaker = speakers.get(claim.attribution.quote) if claim.attribution.quote else None
    if speaker is not None:
        return _speaker_node(speaker)
    if claim.attribution.speaker:
        return {"@type": "Thing", "name": claim.attribution.speaker}
    return None


def _speaker_node(speaker: Any) -> dict[str, Any]:
    """A speaker as a schema.org Person/Organization/Country, role and employer included."""
    kind = _SPEAKER_TYPES.get(speaker.kind, "Thing")
    node: dict[str, Any] = {"@type": kind, "name": speaker.name}
    if speaker.role and kind == "Person":
        node["jobTitle"] = speaker.role
    if speaker.organization and kind == "Person":
        node["affiliation"] = {"@type": "Organization", "name": speaker.organization}
    return node


def _citation(evidence: Any) -> dict[str, Any]:
    cited: dict[str, Any] = {
        "@type": "CreativeWork",
        "identifier": evidence.fact,
        "text": evidence.text,
        "publisher": {"@type": "Organization", "name": evidence.source.name},
    }
    if evidence.source.url and _URL.match(evidence.source.url):
        cited["url"] = evidence.source.url
    if evidence.source.published:
        cited["datePublished"] = evidence.source.published
    return cited


def _anchor(doc_id: str | None, n: int) -> str:
    """A URL fragment naming the document: its id made safe, or its position."""
    base = re.sub(r"[^A-Za-z0-9._-]+", "-", (doc_id or "").rsplit("/", 1)[-1]).strip("-")
    return base or f"doc{n}"
