"""Input text: reading files and records, the publication date, and paragraph chunks.

An :class:`InputText` is what every stage starts from: the exact text whose offsets all results
use, an id, and the publication date with where it came from (given, metadata, inferred, none).
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .errors import InputError, RecordError
from .models import DateSource, Document
from .nlp import MAX_CHUNK_CHARS


@dataclass
class InputText:
    """One article as the stages see it."""

    text: str
    id: str | None = None
    date: dt.date | None = None
    date_source: DateSource = "none"
    warnings: list[str] = field(default_factory=list)

    def document(self) -> Document:
        return Document(
            id=self.id,
            date=self.date.isoformat() if self.date else None,
            date_source=self.date_source,
        )


def parse_date(value: str | dt.date | None, *, what: str = "date") -> dt.date | None:
    """A publication date from ``YYYY-MM-DD`` (or a date object); None stays None.

    Raises:
        ValueError: the string is not a calendar date in ``YYYY-MM-DD`` form.
    """
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip())
    except (ValueError, AttributeError):
        message = f"{what} must be a calendar date as YYYY-MM-DD, got {value!r}"
        raise ValueError(message) from None


def from_text(
    text: str,
    *,
    date: str | dt.date | None = None,
    id: str | None = None,
    metadata_date: dt.date | None = None,
) -> InputText:
    """An :class:`InputText` for ``text``; the date is given, from metadata, or inferred."""
    given = parse_date(date)
    if given is not None:
        return InputText(text=text, id=id, date=given, date_source="given")
    if metadata_date is not None:
        return InputText(text=text, id=id, date=metadata_date, date_source="metadata")
    from .dates import infer_publication_date

    inferred = infer_publication_date(text)
    if inferred is not None:
        return InputText(text=text, id=id, date=inferred, date_source="inferred")
    return InputText(text=text, id=id)


def from_record(record: str | Mapping[str, Any], *, position: int) -> InputText:
    """An :class:`InputText` from a text or a ``{"id", "text", "date"?}`` mapping.

    Raises:
        RecordError: the record is neither, ``text`` is not a string, or ``date`` is not a date.
    """
    if isinstance(record, str):
        return from_text(record, id=str(position))
    if not isinstance(record, Mapping):
        message = (
            f"record {position}: expected a text or an object with a \"text\" field, "
            f"got {type(record).__name__}"
        )
        raise RecordError(message)
    text = record.get("text")
    if not isinstance(text, str):
        message = f'record {position}: "text" must be a string, got {type(text).__name__}'
        raise RecordError(message)
    raw_id = record.get("id", position)
    try:
        return from_text(text, date=record.get("date"), id=str(raw_id))
    except ValueError as exc:
        raise RecordError(f"record {position}: {exc}") from None


def paragraph_chunks(text: str, max_chars: int = MAX_CHUNK_CHARS) -> list[str]:
    """``text`` cut after line breaks into pieces of at most ``max_chars`` (when possible).

    The pieces concatenate back to ``text`` exactly; there is always at least one piece.
    A paragraph longer than ``max_chars`` is cut at a sentence-like boundary, or anywhere.
    """
    if len(text) <= max_chars:
        return [text]
    pieces: list[str] = []
    start = 0
    while len(text) - start > max_chars:
        window_end = start + max_chars
        cut = text.rfind("\n", start, window_end)
        if cut <= start:
            cut = text.rfind(". ", start, window_end)
            cut = cut + 1 if cut > start else -1
        if cut <= start:
            cut = text.rfind(" ", start, window_end)
        if cut <= start:
            cut = window_end - 1
        pieces.append(text[start : cut + 1])
        start = cut + 1
    pieces.append(text[start:])
    return pieces


def read_path(path: str, *, date: str | dt.date | None = None) -> InputText:
    """Read a file (``-`` for stdin) as an article.

    Raises:
        InputError: the file is missing, a directory, unreadable, or binary.
    """
    from pathlib import Path

    if path == "-":
        raw = sys.stdin.buffer.read()
        where = "standard input"
    else:
        p = Path(path)
        if p.is_dir():
            raise InputError(f"{path}: is a directory; give an article file (text or HTML)")
        try:
            raw = p.read_bytes()
        except FileNotFoundError:
            raise InputError(f"{path}: no such file; check the path") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot be read ({exc.strerror}); check its permissions") from None
        where = path
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{where}: not UTF-8 text") from None
    return from_text(text, date=date, id=path)
