"""Quotations and reported speech. (Work in progress: replaced by the quote scanner.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .models import Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find_quotes(doc: Doc) -> list[Quote]:
    """Every quote in ``doc`` with its speaker, in text order."""
    return []
