"""Verdicts for claims against a corpus. (Work in progress.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .models import CheckedClaim, Claim, Quote

if TYPE_CHECKING:
    from .corpus import Corpus


def check_claims(
    claims: list[Claim], corpus: Corpus, *, quotes: list[Quote], text: str, date: str | None
) -> list[CheckedClaim]:
    """Each claim with its verdict, evidence and reason."""
    return [
        CheckedClaim(**c.model_dump(), verdict="unverified", evidence=[], reason="no corpus facts yet")
        for c in claims
    ]
