"""spaCy components `claimcheck_quotes` and `claimcheck_claims`, added with `nlp.add_pipe(NAME)`.

Registered through the ``spacy_factories`` entry point, so no import is needed. Each component
is a small class that calls the same stage function the library uses and stores its result on a
namespaced Doc extension: ``doc._.claimcheck_quotes`` (list of Quote) and
``doc._.claimcheck_claims`` (list of Claim). The claims component reuses quotes already found
by ``claimcheck_quotes`` when that component runs first.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

QUOTES_ATTR = "claimcheck_quotes"
CLAIMS_ATTR = "claimcheck_claims"
DATE_ATTR = "claimcheck_date"


def register_extensions() -> None:
    """Register the Doc extensions once (safe to call repeatedly)."""
    from spacy.tokens import Doc

    for name in (QUOTES_ATTR, CLAIMS_ATTR, DATE_ATTR):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


class QuotesComponent:
    """Finds quotes and speakers; sets ``doc._.claimcheck_quotes``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        from .quotes import find_quotes

        doc._.set(QUOTES_ATTR, find_quotes(doc))
        return doc


class ClaimsComponent:
    """Finds numeric and dated claims; sets ``doc._.claimcheck_claims``.

    The publication date comes from ``doc._.claimcheck_date`` when set, else the ``date``
    config value (``YYYY-MM-DD``), else none.
    """

    def __init__(self, nlp: Language, name: str, date: str | None) -> None:
        self.name = name
        self.date = dt.date.fromisoformat(date) if date else None
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        from .claims import find_claims
        from .quotes import find_quotes

        quotes = doc._.get(QUOTES_ATTR)
        if quotes is None:
            quotes = find_quotes(doc)
        date = doc._.get(DATE_ATTR) or self.date
        doc._.set(CLAIMS_ATTR, find_claims(doc, quotes=quotes, date=date))
        return doc


def make_quotes_component(nlp: Language, name: str) -> QuotesComponent:
    return QuotesComponent(nlp, name)


def make_claims_component(nlp: Language, name: str, date: str | None) -> ClaimsComponent:
    return ClaimsComponent(nlp, name, date)


def _register_factories() -> None:
    from spacy.language import Language

    if not Language.has_factory("claimcheck_quotes"):
        Language.factory(
            "claimcheck_quotes", assigns=[f"doc._.{QUOTES_ATTR}"], func=make_quotes_component
        )
    if not Language.has_factory("claimcheck_claims"):
        Language.factory(
            "claimcheck_claims",
            assigns=[f"doc._.{CLAIMS_ATTR}"],
            default_config={"date": None},
            func=make_claims_component,
        )


_register_factories()
