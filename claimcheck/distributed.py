"""Run :func:`claimcheck.pipe` on a Dask cluster: over a ``dask.bag`` or a ``dask.dataframe``.

Needs the ``claimcheck[dask]`` extra. Each worker process loads the spaCy pipeline and opens
the corpus index once, on its first task, and keeps them for every later task.

How the corpus reaches the workers: the client resolves the corpus (indexing sources into the
cache if needed, exactly as ``claimcheck verify`` does) into SQLite index files, and the task
graph carries only their paths. A worker opens each path read-only; when a path does not exist
on the worker (no shared filesystem), it looks for a file of the same name in its local
directory, where :func:`ship_corpus` uploads the index files.

    from dask.distributed import Client
    import dask.bag as db
    from claimcheck.distributed import map_bag, ship_corpus

    client = Client("tcp://scheduler:8786")
    indexes = ship_corpus(client, ["my-facts/"])        # or None for the bundled corpus
    records = db.read_text("s3://news/*.jsonl").map(json.loads)
    reports = map_bag(records, corpus=indexes).map(lambda r: r.model_dump(mode="json"))
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas

    from .corpus import Corpus
    from .models import Report


_resources: dict[tuple[str | None, tuple[str, ...]], tuple[Any, Corpus]] = {}
_lock = threading.Lock()


def index_paths(corpus: Corpus | str | os.PathLike[str] | Iterable[Any] | None) -> list[str]:
    """The index files of a corpus (None: the bundled one), building them if needed.

    Paths that name index files (``.db``, ``.sqlite``) are returned as they are, unopened:
    they may exist only where the workers run (a cluster filesystem, or uploaded there).

    Raises:
        CorpusError: the corpus cannot be read.
    """
    from .corpus import Corpus
    from .corpus.sources import INDEX_SUFFIXES
    from .pipeline import resolve_corpus

    if isinstance(corpus, os.PathLike):
        corpus = os.fspath(corpus)
    if not isinstance(corpus, (Corpus, str)) and corpus is not None:
        corpus = [os.fspath(p) for p in corpus]
    named = [corpus] if isinstance(corpus, str) else corpus
    if isinstance(named, list) and named and all(
        Path(p).suffix.lower() in INDEX_SUFFIXES for p in named
    ):
        return named
    loaded = resolve_corpus(corpus)
    return [str(index.path) for index in loaded.indexes]


def ship_corpus(client: Any, corpus: Corpus | str | Iterable[Any] | None = None) -> list[str]:
    """Upload a corpus's index files to every worker (also to workers that join later).

    Returns the paths to pass as ``corpus=`` to :func:`map_bag` / :func:`map_dataframe`;
    workers without those paths find the uploaded copies in their local directory.
    """
    paths = index_paths(corpus)
    for path in paths:
        client.upload_file(path, load=False)
    return paths


def _local_path(path: str) -> str:
    if Path(path).exists():
        return path
    try:
        from distributed import get_worker

        uploaded = Path(get_worker().local_directory) / Path(path).name
    except (ImportError, ValueError):
        return path  # not on a worker: let the corpus loader report the missing file
    return str(uploaded) if uploaded.exists() else path


def worker_resources(model: str | None, paths: tuple[str, ...]) -> tuple[Any, Corpus]:
    """The pipeline and corpus of this process, loaded on first use and then reused."""
    key = (model, paths)
    with _lock:
        if key not in _resources:
            from . import nlp as loader
            from .corpus import Corpus

            _resources[key] = (loader.load(model), Corpus.load([_local_path(p) for p in paths]))
        return _resources[key]


def _load_everything(model: str | None, paths: tuple[str, ...]) -> None:
    from importlib import import_module

    for stage in ("quotes", "claims", "verdicts"):
        import_module(f"claimcheck.{stage}")
    worker_resources(model, paths)


def preload(
    client: Any, *, corpus: Corpus | str | Iterable[Any] | None = None, model: str | None = None
) -> list[str]:
    """Load the model, open the corpus and import every stage on all current workers now.

    Optional: workers otherwise do this on their first task. Returns the corpus index paths
    (pass them as ``corpus=`` to :func:`map_bag` / :func:`map_dataframe`).
    """
    paths = index_paths(corpus)
    client.run(_load_everything, model, tuple(paths))
    return paths


def _reports(
    records: Iterable[str | Mapping[str, Any]], model: str | None, paths: tuple[str, ...],
    batch_size: int,
) -> Iterator[Report]:
    from .pipeline import pipe

    nlp, corpus = worker_resources(model, paths)
    return pipe(records, corpus=corpus, nlp=nlp, batch_size=batch_size)


def _bag_partition(
    records: Iterable[str | Mapping[str, Any]], partition: int, model: str | None,
    paths: tuple[str, ...], batch_size: int,
) -> list[Report]:
    # A plain text has no id of its own; number it within its partition so ids stay unique.
    keyed = (
        {"id": f"{partition}-{n}", "text": r} if isinstance(r, str) else r
        for n, r in enumerate(records, 1)
    )
    return list(_reports(keyed, model, paths, batch_size))


def map_bag(
    bag: dask.bag.Bag,
    *,
    corpus: Corpus | str | Iterable[Any] | None = None,
    model: str | None = None,
    batch_size: int = 32,
) -> dask.bag.Bag:
    """A lazy bag of :class:`~claimcheck.models.Report`, one per record, in the bag's order.

    Records are texts or ``{"id", "text", "date"?}`` mappings as for :func:`claimcheck.pipe`;
    a plain text gets the id ``"<partition>-<position>"`` (from 1). ``corpus`` is a Corpus,
    paths, or the index paths :func:`ship_corpus` returned; None is the bundled corpus.

    Raises (when computed):
        RecordError: a record is malformed.
        CorpusError: a worker cannot open a corpus index.
    """
    import dask.bag as db
    from dask import delayed

    paths = tuple(index_paths(corpus))
    parts = [
        delayed(_bag_partition)(part, i, model, paths, batch_size)
        for i, part in enumerate(bag.to_delayed())
    ]
    return db.from_delayed(parts)


REPORT_COLUMNS = ("id", "report", "quotes", "claims", "supported", "conflicting", "unverified")


def _frame_partition(
    frame: pandas.DataFrame, text: str, id: str | None, date: str | None,
    model: str | None, paths: tuple[str, ...], batch_size: int,
) -> pandas.DataFrame:
    import pandas as pd

    ids = frame[id] if id else frame.index
    dates = frame[date] if date else [None] * len(frame)
    records = (
        {"id": str(i), "text": t, **({"date": str(d)} if isinstance(d, str) and d else {})}
        for i, t, d in zip(ids, frame[text], dates, strict=True)
    )
    rows = [
        (
            r.document.id, r.model_dump_json(), len(r.quotes), len(r.claims),
            r.summary.supported, r.summary.conflicting, r.summary.unverified,
        )
        for r in _reports(records, model, paths, batch_size)
    ]
    out = pd.DataFrame(rows, columns=list(REPORT_COLUMNS), index=frame.index)
    return out.astype({c: "int64" for c in REPORT_COLUMNS[2:]})


def map_dataframe(
    frame: dask.dataframe.DataFrame,
    *,
    text: str = "text",
    id: str | None = "id",
    date: str | None = "date",
    corpus: Corpus | str | Iterable[Any] | None = None,
    model: str | None = None,
    batch_size: int = 32,
) -> dask.dataframe.DataFrame:
    """A lazy frame with one row per input row, on the same index and partitions.

    Columns: ``id``, ``report`` (the report as JSON), ``quotes`` and ``claims`` (how many),
    and the verdict counts ``supported``, ``conflicting``, ``unverified``. ``id`` and
    ``date`` name input columns; a missing one (or None) means the index is the id and no
    date is given (it is then inferred from the text).

    Raises:
        KeyError: the ``text`` column is missing.
    """
    import pandas as pd

    if text not in frame.columns:
        message = f"no column {text!r} holds the article text (columns: {list(frame.columns)})"
        raise KeyError(message)
    id_col = id if id in frame.columns else None
    date_col = date if date in frame.columns else None
    paths = tuple(index_paths(corpus))
    meta = pd.DataFrame(
        {
            c: pd.Series(dtype="int64" if c not in ("id", "report") else "object")
            for c in REPORT_COLUMNS
        }
    )
    return frame.map_partitions(
        _frame_partition, text, id_col, date_col, model, paths, batch_size, meta=meta
    )
