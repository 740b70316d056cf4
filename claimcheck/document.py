"""Input text: reading files and records, decoding, HTML, the publication date, paragraph chunks.

An :class:`InputText` is what every stage starts from: the exact text whose offsets all results
use, an id, and the publication date with where it came from (given, metadata, inferred, none).
For an HTML page that text is the article text extracted by trafilatura, so offsets index the
extracted text, not the markup.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from .errors import InputError, RecordError
from .models import DateSource, Document
from .nlp import MAX_CHUNK_CHARS

# DESIGN.md: binary = not valid UTF-8 AND more than a tenth of the first 8 KB are NUL or
# control characters other than whitespace.
SNIFF_BYTES = 8192
BINARY_SHARE = 0.1
_WHITESPACE_CONTROLS = frozenset(b"\t\n\x0b\x0c\r")
_CONTROL_BYTES = frozenset(range(0x20)) - _WHITESPACE_CONTROLS | {0x7F}

_LEGACY_CODEPAGES = ("cp4", "cp7", "cp8", "cp1006", "cp1125", "mac_", "hp_", "ptcp")

# The "utf-32"/"utf-16" codecs read the BOM for the byte order and drop it from the text.
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)

# What a page starts with when it is HTML: a doctype, a comment, or a structural tag. Plain
# articles that merely mention a tag further in ("<script>" in a story about XSS) stay text.
_HTML_START = re.compile(
    r"(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|meta|title|article|main|section|div|p|header|link|"
    r"script|style|nav|h[1-6]|table|ul|ol|span|a)[\s>/]",
    re.IGNORECASE | re.DOTALL,
)


@dataclass
class InputText:
    """One article as the stages see it: the text whose offsets results use, id, date, warnings."""

    text: str
    id: str | None = None
    date: dt.date | None = None
    date_source: DateSource = "none"
    warnings: list[str] = field(default_factory=list)

    def document(self) -> Document:
        """The :class:`~claimcheck.models.Document` a report about this text carries."""
        return Document(
            id=self.id,
            date=self.date.isoformat() if self.date else None,
            date_source=self.date_source,
        )


def parse_date(value: str | dt.date | None, *, what: str = "date") -> dt.date | None:
    """A publication date from ``YYYY-MM-DD`` (or a date object); None stays None.

    Raises:
        ValueError: the value is not a calendar date in ``YYYY-MM-DD`` form.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = value.strip() if isinstance(value, str) else None
    if text and re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    message = f"{what} must be a calendar date as YYYY-MM-DD, got {value!r}"
    raise ValueError(message)


def from_text(
    text: str,
    *,
    date: str | dt.date | None = None,
    id: str | None = None,
    metadata_date: dt.date | None = None,
) -> InputText:
    """An :class:`InputText` for ``text``; the date is given, from metadata, or inferred.

    Raises:
        ValueError: ``date`` is not a calendar date.
    """
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


def from_record(
    record: str | Mapping[str, Any],
    *,
    position: int,
    default_date: str | dt.date | None = None,
) -> InputText:
    """An :class:`InputText` from a text or a ``{"id", "text", "date"?}`` mapping.

    The id defaults to ``position``; the record's date wins over ``default_date``. The text is
    used exactly as given, markup and all (unlike an HTML *file*), so that every offset in the
    results indexes the record's own ``text``.

    Raises:
        RecordError: the record is neither, ``text`` is not a string, ``id`` is not a string or
            number, or ``date`` is not a ``YYYY-MM-DD`` date.
    """
    if isinstance(record, str):
        return from_text(record, id=str(position), date=default_date)
    if not isinstance(record, Mapping):
        message = (
            f'record {position}: expected an object {{"id", "text", "date"?}}, '
            f"got {json_type(record)}"
        )
        raise RecordError(message)
    text = record.get("text")
    if not isinstance(text, str):
        found = "no text field" if "text" not in record else json_type(text)
        message = f'record {position}: "text" must be a string, got {found}'
        raise RecordError(message)
    raw_id = record.get("id", position)
    if raw_id is None:
        raw_id = position
    if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int, float)):
        message = f'record {position}: "id" must be a string or a number, got {json_type(raw_id)}'
        raise RecordError(message)
    date = record.get("date")
    try:
        parse_date(date, what='"date"')
    except ValueError as exc:
        raise RecordError(f"record {position}: {exc}") from None
    return from_text(text, id=str(raw_id), date=date if date is not None else default_date)


def json_type(value: object) -> str:
    """How an error message names a JSON value's type ("an object", "a string", ...)."""
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    for kind, name in names.items():
        if isinstance(value, kind):
            return name
    if isinstance(value, (int, float)):
        return "a number"
    return type(value).__name__


def paragraph_chunks(text: str, max_chars: int = MAX_CHUNK_CHARS) -> list[str]:
    """``text`` cut into pieces of at most ``max_chars``, preferably at paragraph breaks.

    The pieces concatenate back to ``text`` exactly; there is always at least one piece. A cut
    goes after a blank line if the second half of the window has one, else after a line break,
    a sentence end, a space, or (for a line with no spaces at all) anywhere. Linear in the text.
    """
    if max_chars < 1:
        raise ValueError(f"max_chars must be at least 1, got {max_chars}")
    if len(text) <= max_chars:
        return [text]
    pieces: list[str] = []
    start = 0
    while len(text) - start > max_chars:
        window_end = start + max_chars
        half = start + max_chars // 2
        end = -1
        for sep in ("\n\n", "\n", ". ", " "):
            # Prefer a strong break late in the window; a weak one anywhere beats a hard cut.
            lo = half if sep in ("\n\n", "\n") else start
            found = text.rfind(sep, lo, window_end)
            if found > start:
                end = found + len(sep)
                break
        if end <= start or end > window_end:
            end = window_end
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


# --- bytes to text ---------------------------------------------------------------------------


def is_binary(raw: bytes) -> bool:
    """True when ``raw`` is binary data per DESIGN.md (not UTF-8 and >10% controls in 8 KB)."""
    try:
        raw.decode("utf-8")
        return False
    except UnicodeDecodeError:
        pass
    head = raw[:SNIFF_BYTES]
    if not head:
        return False
    controls = sum(1 for b in head if b in _CONTROL_BYTES)
    return controls > BINARY_SHARE * len(head)


def decode(raw: bytes, *, where: str) -> tuple[str, list[str]]:
    """Text from bytes: UTF-8 (or a BOM's encoding), else detected, else Windows-1252.

    Returns the text and at most one warning (without the ``Warning:`` prefix) saying which
    encoding was assumed.

    Raises:
        InputError: the bytes are binary data, not text.
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), []
            except UnicodeDecodeError:
                break
    # Before UTF-8: ASCII text in UTF-16 without a BOM is also valid (NUL-riddled) UTF-8.
    utf16 = _bomless_utf16(raw)
    if utf16 is not None:
        text, encoding = utf16
        return text, [f"{where}: not UTF-8; decoded as {encoding} (detected)"]
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    if is_binary(raw):
        message = (
            f"{where}: binary data, not text (not UTF-8, and over a tenth of its first 8 KB "
            "are NUL or control bytes); give a plain-text or HTML article"
        )
        raise InputError(message)
    declared = _declared_charset(raw)
    if declared is not None:
        try:
            return raw.decode(declared), [f"{where}: not UTF-8; decoded as {declared} (declared)"]
        except (UnicodeDecodeError, LookupError):
            pass  # the page lies about its encoding: detect it instead
    from charset_normalizer import from_bytes

    matches = list(from_bytes(raw[: 1 << 20]))
    # DOS and old Mac code pages put letters where Windows code pages put curly quotes and
    # dashes, and on a short English text they "fit" as well; news is practically never
    # written in them, so they count only when nothing else fits.
    modern = [m for m in matches if not m.encoding.startswith(_LEGACY_CODEPAGES)]
    matches = modern or matches
    best = matches[0] if matches else None
    if best is not None:
        # Short Western texts fit several code pages equally well; Windows-1252 is by far the
        # commonest legacy encoding of news pages (and HTML's default), so it wins a tie.
        for m in matches:
            if m.encoding == "cp1252" and (m.chaos, m.coherence) == (best.chaos, best.coherence):
                best = m
                break
    if best is not None and best.encoding not in ("utf_8", "ascii"):
        try:
            text = raw.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            pass
        else:
            name = best.encoding.replace("_", "-")
            # Code pages agree on most bytes; name the common one when it reads the same.
            if name != "cp1252" and raw.decode("cp1252", errors="replace") == text:
                name = "cp1252"
            hint = f"if that is wrong, convert it first: iconv -f ENCODING -t UTF-8 {where}"
            return text, [f"{where}: not UTF-8; decoded as {name} (detected); {hint}"]
    # cp1252 maps almost every byte; the rest become U+FFFD rather than an error.
    text = raw.decode("cp1252", errors="replace")
    hint = f"convert it first: iconv -f ENCODING -t UTF-8 {where}"
    return text, [f"{where}: not UTF-8 and no encoding detected; decoded as windows-1252; {hint}"]


_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9._:-]{2,40})""", re.I
)


def _declared_charset(raw: bytes) -> str | None:
    """The encoding an HTML page declares in a ``<meta>`` in its first 4 KB, if a known one."""
    import codecs

    found = _META_CHARSET.search(raw[:4096])
    if found is None:
        return None
    name = found.group(1).decode("ascii").lower()
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # A page saved in another encoding often still claims UTF-8; that claim just failed.
    return None if codec in ("utf-8", "ascii") else name


def _bomless_utf16(raw: bytes) -> tuple[str, str] | None:
    """UTF-16 text without a BOM: mostly-ASCII text with a NUL in every other byte."""
    head = raw[:SNIFF_BYTES]
    if len(head) < 4 or len(raw) % 2:
        return None
    even, odd = head[0::2], head[1::2]
    for zeros, encoding in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) > 0.9 * len(zeros):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                return None
            if sum(ch.isprintable() or ch.isspace() for ch in text[:4096]) > 0.95 * min(
                len(text), 4096
            ):
                return text, encoding
    return None


# --- HTML ------------------------------------------------------------------------------------


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts like an HTML page or fragment (a doctype or a known tag)."""
    return _HTML_START.match(text[:4096].lstrip("\ufeff \t\r\n")) is not None


@contextmanager
def _quiet_loggers(*names: str) -> Iterator[None]:
    # trafilatura and htmldate log warnings about odd pages; with no handler configured Python
    # would print them on stderr, and stderr carries our one-line messages only.
    loggers = [logging.getLogger(n) for n in names]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.setLevel(level)


def extract_html(html: str, *, where: str) -> tuple[str, dt.date | None, list[str]]:
    """The article text of an HTML page, its publication date from metadata, and warnings.

    trafilatura finds the main text (boilerplate, navigation and comments dropped); when it
    finds none, the visible text of the whole page is used, with a warning. htmldate reads the
    publication date from the page's markup only (no guessing from the text).
    """
    import trafilatura
    from htmldate import find_date

    warnings: list[str] = []
    with _quiet_loggers("trafilatura", "htmldate", "charset_normalizer", "courlan"):
        try:
            text = trafilatura.extract(
                html, include_comments=False, include_tables=False, deduplicate=False
            )
        except Exception:  # a parser crash on a hostile page is "no text found"
            text = None
        if not text:
            try:
                text = trafilatura.html2txt(html) or ""
            except Exception:  # same reason
                text = ""
            warnings.append(f"{where}: no main article text found in the HTML; using all its text")
        try:
            found = find_date(html, extensive_search=False, original_date=True)
        except Exception:  # an undatable page simply has no metadata date
            found = None
    date = None
    if found:
        try:
            date = dt.date.fromisoformat(found[:10])
        except ValueError:
            date = None
    return text, date, warnings


def _from_decoded(
    text: str,
    *,
    id: str | None,
    date: str | dt.date | None,
    warnings: list[str],
    where: str | None = None,
) -> InputText:
    where = where or id or "input"
    metadata_date = None
    if looks_like_html(text):
        text, metadata_date, html_warnings = extract_html(text, where=where)
        warnings = warnings + html_warnings
    item = from_text(text, date=date, id=id, metadata_date=metadata_date)
    if not text.strip() and not warnings:
        warnings.append(f"{where}: no text; nothing to check")
    # At most one warning line per input: the first one is the one that explains the rest.
    item.warnings = warnings[:1]
    return item


def read_path(path: str, *, date: str | dt.date | None = None) -> InputText:
    """Read a file (``-`` for stdin) as an article: text or HTML, in any encoding.

    Raises:
        InputError: the file is missing, a directory, unreadable, or binary data.
        ValueError: ``date`` is not a calendar date.
    """
    from pathlib import Path

    if path == "-":
        where = "standard input"
        try:
            raw = sys.stdin.buffer.read()
        except (OSError, AttributeError, ValueError) as exc:
            raise InputError(f"{where}: cannot be read ({exc}); pipe an article into it") from None
    else:
        where = path
        p = Path(path)
        if p.is_dir():
            raise InputError(f"{path}: is a directory; give an article file (text or HTML)")
        try:
            raw = p.read_bytes()
        except FileNotFoundError:
            raise InputError(f"{path}: no such file; check the path") from None
        except PermissionError:
            message = f"{path}: permission denied; make it readable (chmod +r) or run as its owner"
            raise InputError(message) from None
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise InputError(f"{path}: cannot be read ({reason}); check the path") from None
    text, warnings = decode(raw, where=where)
    return _from_decoded(text, id=path, date=date, warnings=warnings, where=where)
