"""The SQLite index of a corpus: building it atomically and reading candidates from it.

Layout: ``facts`` (one row per fact, event or document sentence), ``sources``, ``keys``
(64-bit hashes of ``entity\\tterm`` blocking keys → fact), an FTS5 table over statements,
``persons`` and ``meta``. A build writes a temporary file beside the target and renames it
into place with :func:`os.replace`, so a crash mid-build leaves the previous index intact and
readers never see a half-written file. Readers open the file read-only, one connection per
thread.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import sqlite3
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import CorpusError
from .keys import row_keys
from .records import Person, Role, Row, Source
from .sources import INDEX_VERSION, Loaded, extractor_fingerprint, read_rows, sentences
from .terms import EntityFinder, alias_table

BATCH = 20_000
# Bounded so a verify process stays well under 1 GB whatever the index size.
MMAP_BYTES = 256 << 20
_SEP = "\x1f"  # between subject names in one column; no name contains a unit separator
_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE sources(sid INTEGER PRIMARY KEY, name TEXT, url TEXT, published TEXT);
CREATE TABLE facts(
    rid INTEGER PRIMARY KEY, id TEXT NOT NULL, type TEXT NOT NULL, statement TEXT NOT NULL,
    subject TEXT, predicate TEXT, kind TEXT, value REAL, low REAL, high REAL, unit TEXT,
    time_start TEXT, time_end TEXT, date_start TEXT, date_end TEXT, place TEXT,
    sid INTEGER, origin TEXT);
CREATE TABLE keys(h INTEGER NOT NULL, rid INTEGER NOT NULL);
CREATE TABLE persons(id TEXT, name TEXT, aliases TEXT, roles TEXT, sid INTEGER, origin TEXT);
"""
_FACT_COLUMNS = (
    "rid, id, type, statement, subject, predicate, kind, value, low, high, unit, "
    "time_start, time_end, date_start, date_end, place, sid, origin"
)


class _Writer:
    def __init__(self, conn: sqlite3.Connection, finder: EntityFinder) -> None:
        self.conn = conn
        self.finder = finder
        self.sources: dict[Source, int] = {}
        self.rid = 0
        self.facts: list[tuple[Any, ...]] = []
        self.keys: list[tuple[int, int]] = []
        self.texts: list[Row] = []  # facts without a structured value, read by the extractor

    def sid(self, source: Source) -> int:
        sid = self.sources.get(source)
        if sid is None:
            sid = self.sources[source] = len(self.sources) + 1
            self.conn.execute(
                "INSERT INTO sources VALUES (?,?,?,?)",
                (sid, source.name, source.url, source.published),
            )
        return sid

    def add(self, row: Row) -> int:
        self.rid += 1
        self.facts.append(
            (
                self.rid,
                row.id,
                row.type,
                row.statement,
                _SEP.join(row.subject),
                row.predicate,
                row.kind,
                row.value,
                row.low,
                row.high,
                row.unit,
                row.time_start,
                row.time_end,
                row.date_start,
                row.date_end,
                row.where,
                self.sid(row.source),
                row.origin,
            )
        )
        self.keys.extend((h, self.rid) for h in row_keys(row, self.finder))
        if row.type == "fact" and row.kind is None:
            self.texts.append(row)
        if len(self.facts) >= BATCH:
            self.flush()
        return self.rid

    def flush(self) -> None:
        marks = ",".join("?" * 18)
        self.conn.executemany(f"INSERT INTO facts VALUES ({marks})", self.facts)
        self.conn.executemany("INSERT INTO keys VALUES (?,?)", self.keys)
        self.facts.clear()
        self.keys.clear()


def _document_rows(loaded: Loaded) -> Iterator[Row]:
    """Each sentence of the plain documents, and the claims the extractor finds in them."""
    for doc_id, text, source in loaded.documents:
        for n, (_, sentence) in enumerate(sentences(text), 1):
            yield Row(
                id=f"{doc_id}:{n}",
                type="statement",
                statement=sentence,
                origin=f"{doc_id}:{n}",
                source=source,
            )
        yield from _extracted(doc_id, text, source)


def _extracted(doc_id: str, text: str, source: Source) -> Iterator[Row]:
    """Claims of a document's text as fact rows (needs the spaCy model; skipped without it)."""
    from ..errors import ModelNotFoundError
    from ..pipeline import extract_claims

    try:
        claims = extract_claims(text, date=source.published)
    except ModelNotFoundError:
        return
    for claim in claims:
        sentence = text[claim.sentence.start : claim.sentence.end]
        value: dict[str, Any] = claim.value.model_dump()
        columns: dict[str, Any] = {}
        if claim.kind == "date":
            if not value.get("start"):
                continue
            columns = {"date_start": value["start"], "date_end": value["end"]}
        elif "low" in value and claim.kind != "duration":
            columns = {k: value.get(k) for k in ("value", "low", "high", "unit")}
        else:
            continue
        yield Row(
            id=f"{doc_id}#{claim.id}",
            type="fact",
            statement=sentence.strip(),
            origin=doc_id,
            subject=tuple(claim.subject),
            predicate=claim.predicate,
            kind=claim.kind,
            time_start=claim.time.start if claim.time else None,
            time_end=claim.time.end if claim.time else None,
            source=source,
            **columns,
        )


def build(files: list[Path], output: Path, *, digest: str) -> dict[str, Any]:
    """Index ``files`` into ``output`` atomically; returns the counts stored in ``meta``.

    Raises:
        CorpusError: any record is malformed (``problems`` lists them all) or the output
            cannot be written. Nothing is written to ``output`` then.
    """
    output.parent.mkdir(parents=True, exist_ok=True)
    _sweep(output)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=output.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        meta = _build_into(files, tmp, digest)
        os.replace(tmp, output)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return meta


STALE_SECONDS = 6 * 3600


def _sweep(output: Path) -> None:
    """Remove temporary files a killed build left behind (old enough not to be in progress)."""
    now = time.time()
    for leftover in output.parent.glob(f".{output.name}.*.tmp"):
        try:
            if now - leftover.stat().st_mtime > STALE_SECONDS:
                leftover.unlink()
        except OSError:
            pass  # another process swept it first


_log = logging.getLogger("claimcheck.corpus")
_clock = [time.perf_counter()]


def _phase(what: str, rows: int) -> None:
    # Long builds report where their time goes (``logging`` at INFO; silent by default).
    now = time.perf_counter()
    _log.info("%s: %d rows, %.1f s", what, rows, now - _clock[0])
    _clock[0] = now


def _build_into(files: list[Path], tmp: Path, digest: str) -> dict[str, Any]:
    loaded = Loaded()
    _clock[0] = time.perf_counter()
    conn = sqlite3.connect(tmp)
    try:
        # The file is private until renamed into place, so durability during the build buys
        # nothing; the rename is what makes it visible.
        conn.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-200000;"
            "PRAGMA temp_store=FILE;"
        )
        conn.executescript(_SCHEMA)
        # Person aliases become entity names for keys, so persons are read first.
        persons_first = sorted(files, key=lambda f: "person" not in f.name.lower())
        writer = _Writer(conn, alias_table())
        known = 0
        for f in persons_first:
            for row in read_rows([f], loaded):
                if len(loaded.persons) != known:
                    known = len(loaded.persons)
                    writer.finder = _finder(loaded.persons)
                writer.add(row)
        writer.finder = _finder(loaded.persons)
        writer.flush()
        _phase("records read and stored", writer.rid)
        # Every problem at once, duplicate ids included, so one validate run lists them all.
        problems = loaded.problems + _duplicates(conn, loaded.persons)
        _phase("ids checked for duplicates", writer.rid)
        if problems:
            raise CorpusError(_problem_summary(problems), problems)
        texts, writer.texts = writer.texts, []
        for row in _document_rows(loaded):
            writer.add(row)
        for fact in texts:
            for row in _extracted(fact.id, fact.statement, fact.source):
                writer.add(row)
        # Claims read from text depend on the extractor's code: record which one read them.
        extractor = extractor_fingerprint() if texts or loaded.documents else None
        writer.flush()
        for p in loaded.persons:
            conn.execute(
                "INSERT INTO persons VALUES (?,?,?,?,?,?)",
                (
                    p.id,
                    p.name,
                    json.dumps(p.aliases),
                    json.dumps([r.__dict__ for r in p.roles]),
                    writer.sid(p.source),
                    p.origin,
                ),
            )
        conn.execute("CREATE INDEX keys_h ON keys(h, rid)")
        _phase("blocking keys indexed", writer.rid)
        conn.execute(
            "CREATE VIRTUAL TABLE fts USING fts5(statement, content='facts', content_rowid='rid')"
        )
        conn.execute("INSERT INTO fts(fts) VALUES('rebuild')")
        _phase("full-text index built", writer.rid)
        counts = {k: loaded.counts.get(k, 0) for k in ("fact", "event", "person", "document")}
        counts["rows"] = writer.rid
        meta = {
            "version": INDEX_VERSION,
            "hash": digest,
            "counts": counts,
            "files": [str(f) for f in files],
            "extractor": extractor,
        }
        conn.executemany(
            "INSERT INTO meta VALUES (?,?)", [(k, json.dumps(v)) for k, v in meta.items()]
        )
        conn.commit()
        return meta
    except sqlite3.Error as exc:
        raise CorpusError(f"cannot write the corpus index {str(tmp)!r}: {exc}") from exc
    finally:
        conn.close()


def _finder(persons: list[Person]) -> EntityFinder:
    return alias_table((p.name, p.aliases) for p in persons)


def _problem_summary(problems: list[str]) -> str:
    first = problems[0]
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return (
        f"the corpus has {len(problems)} malformed record(s): {first}{more}; "
        "run `claimcheck corpus validate PATH` to list them all"
    )


def _duplicates(conn: sqlite3.Connection, persons: list[Person]) -> list[str]:
    """``file:line: id: ...`` for every record reusing an id, naming its first use."""
    problems = []
    query = (
        "SELECT id, origin FROM facts WHERE id IN (SELECT id FROM facts WHERE type != "
        "'statement' GROUP BY id HAVING count(*) > 1) ORDER BY rid"
    )
    first: dict[str, str] = {}
    for rid, origin in conn.execute(query):
        if rid in first:
            problems.append(f"{origin}: id: {rid!r} is already used at {first[rid]}")
        first.setdefault(rid, origin)
    seen: dict[str, str] = {}
    for p in persons:
        if p.id in seen:
            problems.append(f"{p.origin}: id: {p.id!r} is already used at {seen[p.id]}")
        seen.setdefault(p.id, p.origin)
    return problems


class Index:
    """A built index opened read-only; safe to share across threads (one connection each)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        conn = self._conn()
        try:
            meta = {k: json.loads(v) for k, v in conn.execute("SELECT key, value FROM meta")}
        except sqlite3.Error as exc:
            message = (
                f"{str(path)!r} is not a claimcheck corpus index ({exc}); rebuild it with "
                "`claimcheck corpus build SOURCES --output FILE.db`"
            )
            raise CorpusError(message) from exc
        if meta.get("version") != INDEX_VERSION:
            message = (
                f"index {str(path)!r} has format {meta.get('version')!r}, this claimcheck reads "
                f"{INDEX_VERSION!r}; rebuild it with `claimcheck corpus build`"
            )
            raise CorpusError(message)
        self.meta = meta
        self.sources = {
            sid: Source(name, url, published)
            for sid, name, url, published in conn.execute("SELECT * FROM sources")
        }
        self.persons = [
            Person(
                pid,
                name,
                tuple(json.loads(aliases)),
                tuple(Role(**r) for r in json.loads(roles)),
                self.sources[sid],
                origin,
            )
            for pid, name, aliases, roles, sid, origin in conn.execute("SELECT * FROM persons")
        ]

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            try:
                conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
                # Memory-mapped reads skip a copy per page; pages are shared between
                # processes and only the ones touched count towards memory.
                conn.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
                conn.execute("SELECT 1 FROM sqlite_master LIMIT 1")
            except sqlite3.Error as exc:
                message = f"cannot open the corpus index {str(self.path)!r}: {exc}"
                raise CorpusError(message) from exc
            self._local.conn = conn
        return conn

    def _rows(self, sql: str, params: Iterable[Any]) -> list[Row]:
        out = []
        for r in self._conn().execute(sql, tuple(params)):
            out.append(
                Row(
                    id=r[1],
                    type=r[2],
                    statement=r[3],
                    subject=tuple(r[4].split(_SEP)) if r[4] else (),
                    predicate=r[5],
                    kind=r[6],
                    value=r[7],
                    low=r[8],
                    high=r[9],
                    unit=r[10],
                    time_start=r[11],
                    time_end=r[12],
                    date_start=r[13],
                    date_end=r[14],
                    where=r[15],
                    source=self.sources.get(r[16], Source("unknown")),
                    origin=r[17],
                )
            )
        return out

    def by_keys(
        self,
        hashes: Iterable[int],
        *,
        kinds: Iterable[str] | None,
        limit: int,
        period: tuple[str, str] | None = None,
    ) -> list[Row]:
        """Rows sharing a blocking key, of the given kinds (None = any).

        With ``period`` (inclusive ISO dates), measures are limited to those whose time scope
        overlaps it: the time-scope block that keeps lookups flat as a corpus grows.
        """
        hs = sorted(set(hashes))
        if not hs:
            return []
        sql = (
            f"SELECT {_FACT_COLUMNS} FROM facts WHERE rid IN "
            f"(SELECT DISTINCT rid FROM keys WHERE h IN ({','.join('?' * len(hs))}))"
        )
        params: list[Any] = list(hs)
        kind_list = list(kinds) if kinds is not None else None
        if kind_list is not None:
            sql += f" AND kind IN ({','.join('?' * len(kind_list))})"
            params += kind_list
        if period is not None:
            sql += " AND (time_start IS NULL OR (time_start <= ? AND time_end >= ?))"
            params += [period[1], period[0]]
        sql += " LIMIT ?"
        return self._rows(sql, [*params, limit])

    def describe(self) -> dict[str, Any]:
        """Rows by type and kind, and rows per source name (most first)."""
        conn = self._conn()
        kinds = {
            f"{t}/{k or 'text'}": n
            for t, k, n in conn.execute(
                "SELECT type, kind, count(*) FROM facts GROUP BY type, kind ORDER BY type, kind"
            )
        }
        sources = dict(
            conn.execute(
                "SELECT s.name, count(*) FROM facts f JOIN sources s ON s.sid = f.sid "
                "GROUP BY s.name ORDER BY count(*) DESC LIMIT 20"
            ).fetchall()
        )
        return {"kinds": kinds, "sources": sources, "persons": len(self.persons)}

    def search(self, words: Iterable[str], *, limit: int) -> list[Row]:
        """Rows whose statement holds all of ``words``, else any three of the first five,
        best first (FTS5 bm25).

        Requiring several words keeps a search cheap in a large corpus, where any one common
        word matches a large share of the rows; give the most distinctive words first.
        """
        quoted = [f'"{w}"' for w in dict.fromkeys(words) if w.isalnum()]
        if not quoted:
            return []
        sql = (
            f"SELECT {', '.join('f.' + c.strip() for c in _FACT_COLUMNS.split(','))} "
            "FROM fts JOIN facts f ON f.rid = fts.rowid WHERE fts MATCH ? "
            "ORDER BY bm25(fts) LIMIT ?"
        )
        queries = [" AND ".join(quoted)]
        if len(quoted) > 3:
            groups = itertools.combinations(quoted[:5], 3)
            queries.append(" OR ".join(f"({' AND '.join(g)})" for g in groups))
        for query in queries:
            try:
                rows = self._rows(sql, [query, limit])
            except sqlite3.OperationalError:
                return []
            if rows:
                return rows
        return []
