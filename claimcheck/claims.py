"""Numeric and dated claims. (Work in progress.)"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .models import Claim, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find_claims(doc: Doc, *, quotes: list[Quote], date: dt.date | None) -> list[Claim]:
    """Every numeric and dated claim in ``doc``, in text order."""
    return []
