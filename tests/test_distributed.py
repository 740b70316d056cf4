"""The Dask runner gives exactly the single-process results, on a real two-worker cluster."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

import claimcheck

distributed = pytest.importorskip("distributed", reason="needs the claimcheck[dask] extra")
db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
pd = pytest.importorskip("pandas")

from claimcheck.distributed import REPORT_COLUMNS, map_bag, map_dataframe  # noqa: E402

# The shared data sits beside the repository (../shared), in CI as in development.
POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear"
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (POLNEAR / "train").is_dir(), reason="PolNeAR data not present"),
]


def polnear_records(step: int) -> list[dict[str, str]]:
    with open(POLNEAR / "metadata.tsv", encoding="utf-8", newline="") as f:
        dates = {r["filename"]: r["publication_date"] for r in csv.DictReader(f, delimiter="\t")}
    files = sorted((POLNEAR / "train" / "text").glob("*.txt"))[::step]
    return [
        {"id": p.stem, "text": p.read_text(encoding="utf-8"), "date": dates[p.stem]}
        for p in files
    ]


@pytest.fixture(scope="module")
def records():
    return polnear_records(16)  # 53 articles: a couple of minutes at most on 2 cores


@pytest.fixture(scope="module")
def single_process(nlp, records, client):
    return [r.model_dump(mode="json") for r in claimcheck.pipe(records, nlp=nlp)]


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, Client(cluster) as client:
        from claimcheck.distributed import preload

        # Workers import claimcheck now, as this process does, not minutes later.
        preload(client)
        for stage in ("quotes", "claims", "verdicts"):
            __import__(f"claimcheck.{stage}")
        yield client


def test_bag_on_two_workers_equals_the_single_process_run(client, records, single_process):
    bag = db.from_sequence(records, npartitions=8)
    reports = map_bag(bag).map(lambda r: r.model_dump(mode="json")).compute()
    assert [r["document"]["id"] for r in reports] == [r["id"] for r in records]
    for got, expected in zip(reports, single_process, strict=True):
        assert got == expected  # one document at a time, so a failure shows a readable diff
    # A worker loads the model and corpus once and keeps them for all its partitions.
    loaded = client.run(lambda: len(__import__("claimcheck.distributed").distributed._resources))
    assert list(loaded.values()) == [1, 1]


def test_dataframe_rows_carry_the_same_reports_on_the_same_index(client, records, single_process):
    few = records[:24]
    frame = dd.from_pandas(pd.DataFrame(few, index=range(100, 124)), npartitions=3)
    out = map_dataframe(frame).compute()
    assert list(out.columns) == list(REPORT_COLUMNS)
    assert list(out.index) == list(range(100, 124))
    assert list(out["id"]) == [r["id"] for r in few]
    for got, expected in zip(out["report"], single_process[:24], strict=True):
        assert json.loads(got) == expected
    expected = [r["summary"]["unverified"] for r in single_process[:24]]
    assert list(out["unverified"]) == expected


def test_bag_of_plain_texts_numbers_them_within_their_partition(client):
    texts = ["First text.", "Second text.", "Third text."]
    reports = map_bag(db.from_sequence(texts, npartitions=2)).compute()
    assert [r.document.id for r in reports] == ["0-1", "0-2", "1-1"]


def test_dataframe_without_a_text_column_is_refused_before_running():
    frame = dd.from_pandas(pd.DataFrame({"body": ["x"]}), npartitions=1)
    with pytest.raises(KeyError, match=r"no column 'text' holds the article text"):
        map_dataframe(frame)


def test_workers_without_the_index_path_use_the_copy_ship_corpus_uploaded(
    client, nlp, tmp_path, records
):
    import shutil

    from claimcheck.distributed import index_paths, ship_corpus

    (bundled,) = index_paths(None)
    private = tmp_path / "shipped-facts.db"
    shutil.copyfile(bundled, private)
    paths = ship_corpus(client, str(private))
    assert paths == [str(private)]
    private.unlink()  # as on a worker machine that never saw the client's disk
    few = records[:4]
    reports = map_bag(db.from_sequence(few, npartitions=2), corpus=paths).compute()
    expected = [r.model_dump(mode="json") for r in claimcheck.pipe(few, nlp=nlp)]
    assert [r.model_dump(mode="json") for r in reports] == expected
