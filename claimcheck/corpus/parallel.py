"""Reading a large JSON Lines file in worker processes while the index is written.

Parsing and validating records and computing their blocking keys is Python work, so a big
corpus is split into chunks of lines handed to a small process pool; the chunks come back in
file order (row ids and problem lines stay deterministic) and only a few are in flight at once,
so memory stays flat whatever the file size. Small files are read in-process: starting workers
costs more than it saves.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from .keys import row_keys
from .records import Row
from .sources import Loaded, jsonl_lines
from .terms import EntityFinder, alias_table

__all__ = ["PARALLEL_MIN_BYTES", "parallel_rows", "workers"]

PARALLEL_MIN_BYTES = 16 << 20
CHUNK_LINES = 20_000

_finder: EntityFinder | None = None

Aliases = list[tuple[str, tuple[str, ...]]]
Chunk = tuple[list[tuple[Row, set[int]]], Loaded]


def workers() -> int:
    """How many worker processes a build uses: ``$CLAIMCHECK_BUILD_WORKERS``, else the CPUs
    this process may use (at most 4); 1 means read in-process."""
    configured = os.environ.get("CLAIMCHECK_BUILD_WORKERS", "")
    if configured.isdigit():
        return max(1, int(configured))
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    return max(1, min(4, cpus))


def _start(aliases: Aliases) -> None:
    global _finder
    _finder = alias_table(aliases)


def _parse(path: str, start: int, lines: list[str]) -> Chunk:
    assert _finder is not None
    loaded = Loaded()
    rows = [
        (row, row_keys(row, _finder))
        for row in jsonl_lines(Path(path), enumerate(lines, start), loaded)
    ]
    return rows, loaded


def _merge(part: Loaded, into: Loaded) -> None:
    into.problems.extend(part.problems)
    into.persons.extend(part.persons)
    for k, v in part.counts.items():
        into.counts[k] = into.counts.get(k, 0) + v


def parallel_rows(f: Path, loaded: Loaded, aliases: Aliases) -> Iterator[tuple[Row, set[int]]]:
    """``(row, blocking keys)`` for every valid record of JSON Lines file ``f``, in file order.

    Problems, persons and counts go to ``loaded`` as :func:`.sources.read_rows` does.

    Raises:
        OSError: the file cannot be read.
        UnicodeDecodeError: it is not UTF-8.
    """
    n = workers()
    with ProcessPoolExecutor(n, initializer=_start, initargs=(aliases,)) as pool:
        pending: deque[Future[Chunk]] = deque()
        with f.open(encoding="utf-8", newline="") as fh:
            start, lines = 1, []
            for line in fh:
                lines.append(line)
                if len(lines) == CHUNK_LINES:
                    pending.append(pool.submit(_parse, str(f), start, lines))
                    start, lines = start + CHUNK_LINES, []
                    while len(pending) > 2 * n:
                        rows, part = pending.popleft().result()
                        _merge(part, loaded)
                        yield from rows
            if lines:
                pending.append(pool.submit(_parse, str(f), start, lines))
        while pending:
            rows, part = pending.popleft().result()
            _merge(part, loaded)
            yield from rows
