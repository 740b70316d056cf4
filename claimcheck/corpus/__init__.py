"""Reference corpora: load, validate, index and query the facts claims are checked against.

A :class:`Corpus` wraps one or more SQLite indexes. Sources (JSON Lines, CSV, text/Markdown)
are indexed once into the user cache directory under their content hash and reused while they
are unchanged; an index file made by ``claimcheck corpus build`` is used as it is. A Corpus is
immutable after loading and safe to share across calls and threads.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import CorpusError
from .index import Index, build
from .records import Person, Row
from .sources import (
    INDEX_SUFFIXES,
    INDEX_VERSION,
    Loaded,
    content_hash,
    extractor_fingerprint,
    read_rows,
    source_files,
)
from .terms import EntityFinder, alias_table

__all__ = ["Corpus", "Person", "Row", "cache_dir", "default_corpus_path", "validate"]

_DEFAULT: Corpus | None = None
_DEFAULT_LOCK = threading.Lock()
_BUILD_LOCK = threading.Lock()


def cache_dir() -> Path:
    """Where built indexes live: ``$CLAIMCHECK_CACHE_DIR`` or the user cache directory."""
    override = os.environ.get("CLAIMCHECK_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("claimcheck")) / "indexes"


def default_corpus_path() -> Path:
    """The bundled corpus folder: ``$CLAIMCHECK_DEFAULT_CORPUS``, package data, or ``corpora/``.

    An editable install (and a checkout) reads the repository's top-level ``corpora/``; a
    wheel may ship it as ``claimcheck/data/corpora``.

    Raises:
        CorpusError: none of these exists.
    """
    override = os.environ.get("CLAIMCHECK_DEFAULT_CORPUS")
    here = Path(__file__).resolve().parent.parent
    candidates = [Path(override)] if override else []
    candidates += [here / "data" / "corpora", here.parent / "corpora"]
    for c in candidates:
        if c.is_dir():
            return c
    tried = ", ".join(str(c) for c in candidates)
    raise CorpusError(
        f"the bundled corpus is missing (looked in {tried}); reinstall claimcheck or pass "
        "--corpus PATH"
    )


def _stamp(files: list[Path]) -> str:
    """A cheap fingerprint (paths, sizes, mtimes) that maps to the content hash once known."""
    h = hashlib.sha256(f"claimcheck-index-{INDEX_VERSION}\n".encode())
    for f in files:
        st = f.stat()
        h.update(f"{f.resolve()}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:32]


def _cached_hash(files: list[Path]) -> str:
    # Hashing a large corpus reads every byte; the stamp lets an unchanged corpus skip that.
    stamps = cache_dir() / "stamps"
    stamp_file = stamps / _stamp(files)
    try:
        return stamp_file.read_text(encoding="ascii").strip()
    except OSError:
        pass
    digest = content_hash(files)
    try:
        stamps.mkdir(parents=True, exist_ok=True)
        tmp = stamp_file.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(digest, encoding="ascii")
        os.replace(tmp, stamp_file)
    except OSError:
        pass  # a read-only cache only costs the rehash next time
    return digest


def _index_for_sources(files: list[Path], output: Path | None = None) -> Index:
    digest = _cached_hash(files)
    target = output or cache_dir() / f"{digest}.db"
    if output is None and target.exists():
        try:
            index = Index(target)
            extracted = index.meta.get("extractor")
            if index.meta.get("hash") == digest and (
                extracted is None or extracted == extractor_fingerprint()
            ):
                return index
        except CorpusError:
            pass  # unreadable or old format: rebuild below
    with _BUILD_LOCK:
        build(files, target, digest=digest)
    return Index(target)


class Corpus:
    """A loaded reference corpus: facts, events, document sentences and persons.

    Create it with :meth:`default`, :meth:`load` or :meth:`build`.
    """

    def __init__(self, indexes: list[Index]) -> None:
        self.indexes = indexes
        self.persons: list[Person] = [p for i in indexes for p in i.persons]
        self.finder: EntityFinder = alias_table((p.name, p.aliases) for p in self.persons)

    @classmethod
    def default(cls) -> Corpus:
        """The bundled default corpus, indexed into the cache on first use and then shared.

        Raises:
            CorpusError: the bundled corpus is missing or malformed.
        """
        global _DEFAULT
        with _DEFAULT_LOCK:
            if _DEFAULT is None:
                _DEFAULT = cls.load([str(default_corpus_path())])
            return _DEFAULT

    @classmethod
    def load(cls, paths: Iterable[str | os.PathLike[str]]) -> Corpus:
        """A corpus from index files and/or sources (folders, .jsonl, .csv, .txt, .md).

        Sources are indexed together into the cache (or the cached index reused).

        Raises:
            CorpusError: a path is missing, of an unknown type, or holds malformed records
                (``problems`` lists them all).
        """
        indexes: list[Index] = []
        files: list[Path] = []
        for raw in paths:
            p = Path(raw)
            if p.is_file() and p.suffix.lower() in INDEX_SUFFIXES:
                indexes.append(Index(p))
            else:
                files.extend(source_files(p))
        if files:
            indexes.append(_index_for_sources(sorted(set(files))))
        if not indexes:
            raise CorpusError("no corpus paths given; pass a folder, records file or index")
        return cls(indexes)

    @classmethod
    def build(cls, paths: Iterable[str | os.PathLike[str]], *, output: str | None = None) -> Corpus:
        """Index sources now (into ``output``, else the cache) and return the corpus.

        Raises:
            CorpusError: as :meth:`load`; nothing is written when a record is malformed.
        """
        files: list[Path] = []
        for raw in paths:
            files.extend(source_files(raw))
        out = Path(output) if output else None
        if out is not None and out.suffix.lower() not in INDEX_SUFFIXES:
            raise CorpusError(f"--output {output!r} must end in .db or .sqlite")
        return cls([_index_for_sources(sorted(set(files)), out)])

    # --- queries ---------------------------------------------------------------------------

    def by_keys(
        self,
        hashes: Iterable[int],
        *,
        kinds: Iterable[str] | None = None,
        limit: int = 500,
        period: tuple[str, str] | None = None,
    ) -> list[Row]:
        """Rows sharing any blocking key (see :func:`.index.key_hash`), of the given kinds;
        with ``period``, only measures whose time scope overlaps it."""
        hs = list(hashes)
        ks = list(kinds) if kinds is not None else None
        return [
            r for i in self.indexes for r in i.by_keys(hs, kinds=ks, limit=limit, period=period)
        ]

    def search(self, words: Iterable[str], *, limit: int = 30) -> list[Row]:
        """Rows whose statements share words with ``words`` (full-text search), best first."""
        ws = list(words)
        return [r for i in self.indexes for r in i.search(ws, limit=limit)]

    def info(self) -> dict[str, Any]:
        """Counts by record type, the index files and their sizes."""
        counts: dict[str, int] = {}
        for i in self.indexes:
            for k, v in i.meta.get("counts", {}).items():
                counts[k] = counts.get(k, 0) + v
        return {
            "counts": counts,
            "indexes": [
                {"path": str(i.path), "bytes": i.path.stat().st_size, "hash": i.meta.get("hash")}
                for i in self.indexes
            ],
        }


def validate(path: str | os.PathLike[str]) -> tuple[list[str], dict[str, int]]:
    """Every problem in a corpus's sources (``file:line: field: what``) and counts by type.

    Raises:
        CorpusError: the path is missing or of an unknown type.
    """
    p = Path(path)
    if p.is_file() and p.suffix.lower() in INDEX_SUFFIXES:
        index = Index(p)
        return [], dict(index.meta.get("counts", {}))
    loaded = Loaded()
    seen: dict[str, str] = {}
    for row in read_rows(source_files(p), loaded):
        first = seen.setdefault(row.id, row.origin)
        if first != row.origin:
            loaded.problems.append(f"{row.origin}: id: {row.id!r} is already used at {first}")
    for person in loaded.persons:
        first = seen.setdefault(person.id, person.origin)
        if first != person.origin:
            loaded.problems.append(f"{person.origin}: id: {person.id!r} is already used at {first}")
    return loaded.problems, loaded.counts
