"""Corpus records, validation, the SQLite index and its cache, and `claimcheck corpus`."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimcheck.corpus
from claimcheck.cli import main
from claimcheck.corpus import Corpus, cache_dir, default_corpus_path, validate
from claimcheck.corpus.keys import key_hash
from claimcheck.corpus.records import CSV_HEADER, csv_record, parse_record
from claimcheck.errors import CorpusError

DATA = Path(__file__).parent / "data"
GOOD_FACT = {
    "type": "fact", "id": "t-2023",
    "statement": "Alpha-Beta trade reached US$12.5 billion in 2023.",
    "subject": ["Alphaland", "Betaland"], "predicate": "bilateral trade", "kind": "money",
    "value": {"value": 12500000000, "unit": "USD"},
    "time": {"start": "2023-01-01", "end": "2023-12-31"},
    "source": {"name": "Alpha Customs", "url": None, "published": "2024-01-10"},
}  # fmt: skip


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    """Every test builds into its own cache directory, never the user's."""
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


BAD_JSONL = str(DATA / "corpus_bad.jsonl")


@pytest.mark.parametrize(
    "expected",
    [
        f"{BAD_JSONL}:2: value.unit: 'dollars' is not an ISO 4217 currency code like USD",
        f"{BAD_JSONL}:3: type: 'planet' is not one of fact, event, person",
        f"{BAD_JSONL}:4: record: not valid JSON (Expecting value at column 1)",
        f"{BAD_JSONL}:5: start: '2024-02-30' is not a real calendar date",
        f"{BAD_JSONL}:6: id: 'ok-1' is already used at {BAD_JSONL}:1",
        f"{BAD_JSONL}:7: id: missing or empty; it is required",
        f"{BAD_JSONL}:8: roles[0]: ends (2019-01-01) before it starts (2020-01-01)",
        f"{BAD_JSONL}:9: kind: required when a value is given",
    ],
)
def test_validate_reports_each_bad_jsonl_record(expected):
    problems, _ = validate(BAD_JSONL)
    assert expected in problems


def test_validate_reports_every_problem_and_nothing_for_good_lines():
    problems, counts = validate(BAD_JSONL)
    assert len(problems) == 9
    assert not any(p.startswith(f"{BAD_JSONL}:1:") for p in problems)
    assert counts["fact"] == 2  # line 1, and line 6 whose only fault is its duplicate id


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("corpus_bad.csv", ["2: value: 'lots' is not a number",
                            "3: type: person records need JSON Lines (roles have several fields)",
                            "4: time: ends (2023-01-01) before it starts (2023-12-31)"]),
        ("corpus_good.csv", []),
        ("corpus_docs", []),
    ],
)  # fmt: skip
def test_validate_csv_and_documents(path, expected):
    problems, _ = validate(DATA / path)
    assert problems == [f"{DATA / path}:{e}" for e in expected]


def test_csv_with_wrong_header_is_one_problem(tmp_path):
    f = tmp_path / "facts.csv"
    f.write_text("type,id,statement,colour\nfact,a,b,red\n", encoding="utf-8")
    problems, _ = validate(f)
    assert len(problems) == 1
    assert problems[0].startswith(f"{f}:1: header: missing columns subject, predicate")
    assert "unknown columns colour" in problems[0]


@pytest.mark.parametrize("path", ["missing-folder", "notes.pdf"])
def test_unusable_paths_raise_corpus_error(tmp_path, path):
    p = tmp_path / path
    if p.suffix:
        p.write_bytes(b"%PDF")
    with pytest.raises(CorpusError, match=r"corpus"):
        Corpus.load([p])


def test_malformed_corpus_never_half_builds_an_index(tmp_path):
    (tmp_path / "good").mkdir()
    good = write_jsonl(tmp_path / "good" / "f.jsonl", [GOOD_FACT])
    out = tmp_path / "index.db"
    Corpus.build([good], output=str(out))
    before = out.read_bytes()
    bad = write_jsonl(tmp_path / "bad.jsonl", [GOOD_FACT, {**GOOD_FACT, "kind": "weight"}])
    with pytest.raises(CorpusError) as err:
        Corpus.build([bad], output=str(out))
    assert err.value.problems == [f"{bad}:2: kind: 'weight' is not one of money, quantity, "
                                  "percent, count, ordinal, date, duration"]  # fmt: skip
    assert out.read_bytes() == before
    names = sorted(p.name for p in tmp_path.iterdir() if p.name != "cache")
    assert names == ["bad.jsonl", "good", "index.db"]


def test_index_is_cached_by_content_and_rebuilt_when_sources_change(tmp_path, private_cache):
    src = write_jsonl(tmp_path / "facts.jsonl", [GOOD_FACT])
    first = Corpus.load([src]).indexes[0].path
    assert first.parent == private_cache and first.exists()
    assert Corpus.load([src]).indexes[0].path == first
    mtime = first.stat().st_mtime_ns
    assert Corpus.load([src]).indexes[0].path.stat().st_mtime_ns == mtime  # reused, not rebuilt
    write_jsonl(src, [{**GOOD_FACT, "statement": "Changed."}])
    second = Corpus.load([src]).indexes[0].path
    assert second != first
    assert not any(p.suffix == ".tmp" for p in private_cache.iterdir())


def test_sources_are_never_written_beside(tmp_path):
    src = write_jsonl(tmp_path / "facts.jsonl", [GOOD_FACT])
    Corpus.load([tmp_path])
    assert [p.name for p in tmp_path.iterdir() if p.name != "cache"] == [src.name]


def test_built_index_file_loads_as_a_corpus(tmp_path):
    out = tmp_path / "alpha.db"
    Corpus.build([DATA / "corpus_good.csv"], output=str(out))
    corpus = Corpus.load([out])
    rows = corpus.by_keys([key_hash("alphaland", "trade")], kinds=["money"])
    assert [(r.id, r.value, r.unit, r.time_start) for r in rows] == [
        ("trade-2023", 12.5e9, "USD", "2023-01-01")
    ]
    (event,) = corpus.by_keys([key_hash("betaland", "meeting")], kinds=["date"])
    assert (event.id, event.date_start) == ("summit-2023", "2023-06-03")
    assert event.date_end == "2023-06-04"
    assert event.source.name == "Alpha Foreign Office"


def test_not_an_index_is_a_clear_error(tmp_path):
    fake = tmp_path / "x.db"
    sqlite3.connect(fake).execute("CREATE TABLE t(a)").connection.commit()
    with pytest.raises(CorpusError, match=r"is not a claimcheck corpus index .* rebuild it"):
        Corpus.load([fake])


def test_document_sentences_are_searchable_statements(tmp_path, nlp):
    corpus = Corpus.load([DATA / "corpus_docs"])
    rows = corpus.search(["unilateral", "sanctions"], limit=5)
    assert rows[0].statement == (
        "The minister said the two countries would never accept unilateral sanctions."
    )
    assert rows[0].source.url == "https://example.org/briefing"
    assert rows[0].source.published == "2024-03-01"


def test_one_corpus_serves_many_threads(tmp_path):
    corpus = Corpus.build([DATA / "corpus_good.csv"], output=str(tmp_path / "t.db"))
    results: list[list[str]] = []

    def look() -> None:
        for _ in range(20):
            rows = corpus.by_keys([key_hash("alphaland", "trade")], kinds=["money"])
            results.append([r.id for r in rows])

    threads = [threading.Thread(target=look) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [["trade-2023"]] * 80


def test_bundled_corpus_holds_the_reference_facts(monkeypatch, tmp_path):
    # Corpus.default() is built once per process: start from none, so whichever test built it
    # earlier (under its own cache directory) cannot decide where this one finds the index.
    monkeypatch.setattr(claimcheck.corpus, "_DEFAULT", None)
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "cache"))
    assert validate(default_corpus_path()) == ([], {"fact": 4, "event": 15, "person": 5})
    corpus = Corpus.default()
    assert Corpus.default() is corpus
    assert corpus.indexes[0].path.parent == cache_dir()
    trade = corpus.by_keys([key_hash("china", "trade")], kinds=["money"])
    assert {(r.value, r.time_start[:4]) for r in trade} == {(240.11e9, "2023"), (190.27e9, "2022")}
    names = {p.name for p in corpus.persons}
    assert {"Hua Chunying", "Wang Wenbin", "Dmitry Peskov"} <= names


# --- CSV and JSON Lines are two spellings of one record ---------------------------------


@given(
    value=st.integers(min_value=1, max_value=10**13),
    year=st.integers(min_value=1950, max_value=2030),
    subject=st.lists(st.sampled_from(["Alphaland", "Betaland", "Gammaland"]), min_size=1,
                     max_size=2, unique=True),
)  # fmt: skip
def test_csv_and_jsonl_spellings_give_the_same_row(value, year, subject):
    record = {**GOOD_FACT, "subject": subject, "value": {"value": value, "unit": "USD"},
              "time": {"start": f"{year}-01-01", "end": f"{year}-12-31"}}  # fmt: skip
    csv_row = dict(zip(CSV_HEADER, [
        "fact", record["id"], record["statement"], ";".join(subject), "bilateral trade", "money",
        str(value), "USD", f"{year}-01-01", f"{year}-12-31", "Alpha Customs", "", "2024-01-10",
    ], strict=True))  # fmt: skip
    problems: list[str] = []
    from_csv = csv_record(csv_row, "f.csv:2", problems)
    assert problems == []
    row_a, pa = parse_record(record, "f.jsonl:1", default_source="f")
    row_b, pb = parse_record(from_csv, "f.csv:2", default_source="f")
    assert pa == pb == []
    assert row_a is not None and row_b is not None
    assert {**row_a.__dict__, "origin": None} == {**row_b.__dict__, "origin": None}


# --- the command line -----------------------------------------------------------------------


def test_cli_validate_prints_every_problem_then_a_summary(capsys):
    assert main(["corpus", "validate", BAD_JSONL]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 10
    assert lines[-1] == ("9 problem(s) found; fix them and run `claimcheck corpus validate` again")


def test_cli_validate_ok(capsys):
    assert main(["corpus", "validate", str(DATA / "corpus_good.csv")]) == 0
    assert capsys.readouterr().out == f"ok: {DATA / 'corpus_good.csv'}: 2 fact, 1 event\n"


def test_cli_build_and_info(tmp_path, capsys):
    out = tmp_path / "good.db"
    assert main(["corpus", "build", str(DATA / "corpus_good.csv"), "--output", str(out)]) == 0
    assert capsys.readouterr().out.startswith(f"built {out} (2 fact, 1 event; ")
    assert main(["corpus", "info", str(out)]) == 0
    info = capsys.readouterr().out
    assert "  fact/money: 1\n  fact/quantity: 1\n" in info
    assert "  Alpha Customs: 1\n" in info


def test_cli_build_of_a_bad_corpus_exits_1_and_writes_nothing(tmp_path, capsys):
    out = tmp_path / "bad.db"
    assert main(["corpus", "build", str(DATA / "corpus_bad.csv"), "--output", str(out)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"{DATA / 'corpus_bad.csv'}:2: value: 'lots' is not a number"
    assert err[-1].startswith("3 problem(s) found")
    assert not out.exists()


def test_cli_missing_corpus_is_one_error_line(tmp_path, capsys):
    assert main(["corpus", "info", str(tmp_path / "nope")]) == 1
    assert capsys.readouterr().err == (
        f"Error: corpus {str(tmp_path / 'nope')!r} does not exist; give a folder or a "
        ".jsonl/.csv/.txt/.md file\n"
    )


def test_cli_verify_indexes_a_corpus_folder_itself_and_reuses_it(tmp_path, private_cache, nlp,
                                                                  capsys):  # fmt: skip
    article = tmp_path / "article.txt"
    article.write_text(
        "Trade between Alphaland and Betaland reached $14 billion in 2023, customs data "
        "showed.\n\nThe Alphaland-Betaland summit was held in Betaland on 3 June 2023.\n",
        encoding="utf-8",
    )
    corpus_dir = tmp_path / "corpus"
    corpus_dir.mkdir()
    (corpus_dir / "alpha.jsonl").write_bytes((DATA / "corpus_alpha.jsonl").read_bytes())
    argv = ["verify", str(article), "--corpus", str(corpus_dir), "--date", "2024-06-01",
            "--format", "json", "--fail-on", "conflicting"]  # fmt: skip
    assert main(argv) == 3
    report = json.loads(capsys.readouterr().out)
    verdicts = {c["text"]: (c["verdict"], [e["fact"] for e in c["evidence"]])
                for c in report["claims"]}  # fmt: skip
    assert verdicts["$14 billion"] == ("conflicting", ["alpha-beta-trade-2023"])
    assert verdicts["3 June 2023"] == ("supported", ["alpha-beta-summit-2023"])
    (index,) = [p for p in private_cache.iterdir() if p.suffix == ".db"]
    stamp = index.stat().st_mtime_ns
    assert main(argv) == 3
    capsys.readouterr()
    assert [p for p in private_cache.iterdir() if p.suffix == ".db"] == [index]
    assert index.stat().st_mtime_ns == stamp
    assert sorted(p.name for p in corpus_dir.iterdir()) == ["alpha.jsonl"]


def test_a_killed_builds_leftovers_are_swept_once_stale(tmp_path):
    import os

    out = tmp_path / "x.db"
    stale = tmp_path / ".x.db.abc123.tmp"
    fresh = tmp_path / ".x.db.def456.tmp"  # maybe another process building right now
    stale.write_bytes(b"half")
    fresh.write_bytes(b"half")
    old = stale.stat().st_mtime - 7 * 3600
    os.utime(stale, (old, old))
    Corpus.build([DATA / "corpus_good.csv"], output=str(out))
    assert not stale.exists() and fresh.exists() and out.exists()


def test_build_reports_the_same_problems_as_validate(tmp_path, capsys):
    problems, _ = validate(BAD_JSONL)
    with pytest.raises(CorpusError) as err:
        Corpus.build([BAD_JSONL], output=str(tmp_path / "bad.db"))
    assert sorted(err.value.problems) == sorted(problems)
    assert not (tmp_path / "bad.db").exists()
