"""Reading corpus sources: finding files, hashing them, and streaming their records.

Sources are JSON Lines (``.jsonl``), CSV (``.csv``) and plain text / Markdown documents
(``.txt``, ``.md``). Records stream one at a time so a million-fact corpus never sits in memory;
problems are collected as ``file:line: field: what is wrong``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from ..errors import CorpusError
from .records import CSV_HEADER, Person, Row, Source, csv_record, parse_record

RECORD_SUFFIXES = (".jsonl", ".csv")
DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown")
INDEX_SUFFIXES = (".db", ".sqlite")
# Bumped whenever what the index stores changes, so old cached indexes are rebuilt.
INDEX_VERSION = "5"

_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?(?=\s+[\"'“‘(]?[A-Z0-9])|\n\s*\n")
_FRONT_MATTER = re.compile(r"^---\s*\n(.*?)\n---\s*\n", re.DOTALL)


def source_files(path: str | os.PathLike[str]) -> list[Path]:
    """The source files a corpus path stands for, sorted; raises CorpusError if there are none."""
    p = Path(path)
    if not p.exists():
        message = f"corpus {str(p)!r} does not exist; give a folder or a .jsonl/.csv/.txt/.md file"
        raise CorpusError(message)
    if p.is_file():
        if p.suffix.lower() not in RECORD_SUFFIXES + DOCUMENT_SUFFIXES:
            message = (
                f"corpus file {str(p)!r} has an unknown type; use .jsonl, .csv, .txt, .md "
                "(records or documents) or an index made by `claimcheck corpus build`"
            )
            raise CorpusError(message)
        return [p]
    files = sorted(
        f
        for f in p.rglob("*")
        if f.is_file()
        and f.suffix.lower() in RECORD_SUFFIXES + DOCUMENT_SUFFIXES
        and f.name.lower() != "readme.md"
        and not any(part.startswith(".") for part in f.relative_to(p).parts)
    )
    if not files:
        message = f"corpus folder {str(p)!r} holds no .jsonl, .csv, .txt or .md files"
        raise CorpusError(message)
    return files


def extractor_fingerprint() -> str:
    """A hash of the package's top-level modules, the claim extractor among them.

    Indexes that hold claims extracted from text record it, and are rebuilt when it changes;
    indexes of structured records do not depend on it.
    """
    h = hashlib.sha256()
    package = Path(__file__).resolve().parent.parent
    for f in sorted(package.glob("*.py")):
        try:
            h.update(f.name.encode() + b"\0" + f.read_bytes())
        except OSError:
            h.update(f.name.encode())
    return h.hexdigest()[:32]


def content_hash(files: list[Path]) -> str:
    """A hash of the files' names and bytes (and the index format): the cache key."""
    h = hashlib.sha256(f"claimcheck-index-{INDEX_VERSION}\n".encode())
    for f in files:
        h.update(f.name.encode() + b"\0")
        try:
            with f.open("rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    h.update(block)
        except OSError as exc:
            raise CorpusError(f"cannot read corpus file {str(f)!r}: {exc.strerror}") from exc
        h.update(b"\0")
    return h.hexdigest()[:32]


@dataclass
class Loaded:
    """What reading the sources yields besides rows: persons, document texts, problems."""

    persons: list[Person] = field(default_factory=list)
    documents: list[tuple[str, str, Source]] = field(default_factory=list)  # (id, text, source)
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


def read_rows(files: list[Path], loaded: Loaded) -> Iterator[Row]:
    """Every valid fact/event row of ``files``; persons, documents and problems go to ``loaded``."""
    for f in files:
        suffix = f.suffix.lower()
        if suffix in DOCUMENT_SUFFIXES:
            _read_document(f, loaded)
            continue
        try:
            fh = f.open(encoding="utf-8", newline="")
        except OSError as exc:
            loaded.problems.append(f"{f}:0: file: cannot be read ({exc.strerror})")
            continue
        with fh:
            try:
                if suffix == ".jsonl":
                    yield from _jsonl(f, fh, loaded)
                else:
                    yield from _csv(f, fh, loaded)
            except UnicodeDecodeError as exc:
                loaded.problems.append(
                    f"{f}:0: file: not UTF-8 text ({exc.reason}); save it as UTF-8"
                )


def _take(record: object, where: str, f: Path, loaded: Loaded) -> Row | None:
    result, problems = parse_record(record, where, default_source=f.name)
    loaded.problems.extend(problems)
    if isinstance(result, Person):
        loaded.persons.append(result)
        loaded.counts["person"] = loaded.counts.get("person", 0) + 1
        return None
    if result is not None:
        loaded.counts[result.type] = loaded.counts.get(result.type, 0) + 1
    return result


def _jsonl(f: Path, fh: TextIO, loaded: Loaded) -> Iterator[Row]:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            loaded.problems.append(
                f"{f}:{n}: record: not valid JSON ({exc.msg} at column {exc.colno})"
            )
            continue
        row = _take(record, f"{f}:{n}", f, loaded)
        if row is not None:
            yield row


def _csv(f: Path, fh: TextIO, loaded: Loaded) -> Iterator[Row]:
    import csv  # only CSV corpora need it; keeps loading an index cheap

    reader = csv.DictReader(fh)
    header = reader.fieldnames or []
    missing = [c for c in CSV_HEADER if c not in header]
    extra = [c for c in header if c not in CSV_HEADER]
    if missing or extra:
        what = []
        if missing:
            what.append(f"missing columns {', '.join(missing)}")
        if extra:
            what.append(f"unknown columns {', '.join(extra)}")
        loaded.problems.append(
            f"{f}:1: header: {'; '.join(what)}; the header must be {','.join(CSV_HEADER)}"
        )
        return
    for row in reader:
        where = f"{f}:{reader.line_num}"
        record = csv_record(row, where, loaded.problems)
        if record is None:
            continue
        taken = _take(record, where, f, loaded)
        if taken is not None:
            yield taken


def _read_document(f: Path, loaded: Loaded) -> None:
    try:
        text = f.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        loaded.problems.append(f"{f}:0: file: not UTF-8 text ({exc.reason}); save it as UTF-8")
        return
    except OSError as exc:
        loaded.problems.append(f"{f}:0: file: cannot be read ({exc.strerror})")
        return
    meta: dict[str, str] = {}
    m = _FRONT_MATTER.match(text)
    if m:
        for line in m.group(1).splitlines():
            key, sep, value = line.partition(":")
            if sep:
                meta[key.strip().lower()] = value.strip().strip("\"'")
        text = text[m.end() :]
    published = meta.get("published") or meta.get("date")
    if published and not re.match(r"^\d{4}-\d{2}-\d{2}$", published):
        loaded.problems.append(f"{f}:1: published: {published!r} is not an ISO date (YYYY-MM-DD)")
        published = None
    source = Source(meta.get("source") or f.name, meta.get("url") or None, published)
    loaded.documents.append((f.stem, text, source))
    loaded.counts["document"] = loaded.counts.get("document", 0) + 1


def sentences(text: str) -> list[tuple[int, str]]:
    """``(start offset, sentence)`` pieces of a plain document, split at sentence ends."""
    out = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        piece = text[pos : m.end()]
        if piece.strip():
            out.append((pos + len(piece) - len(piece.lstrip()), piece.strip()))
        pos = m.end()
    tail = text[pos:]
    if tail.strip():
        out.append((pos + len(tail) - len(tail.lstrip()), tail.strip()))
    return out
