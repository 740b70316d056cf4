"""The command line: help, version, usage errors, formats, several files, --output, --fail-on.

Commands run in-process through ``claimcheck.cli.main`` (the model loads once per session);
every test asserts the exit status and the exact stderr.
"""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import pytest

from claimcheck import __version__
from claimcheck.cli import main

DATA = Path(__file__).parent / "data"
CORPUS = str(DATA / "mini_corpus.jsonl")
ARTICLE = (
    "China-Russia trade reached 240 billion dollars in 2023, Chinese customs said.\n\n"
    "“We will discuss trade,” Foreign Ministry spokeswoman Hua Chunying told reporters.\n"
)
PROGRESS = re.compile(r"claimcheck: \d+(/\d+)? (articles?|records?), ")
CONFLICTING = "China-Russia trade reached 190 billion dollars in 2023, Chinese customs said.\n"


@pytest.fixture
def cli(capsys, monkeypatch, tmp_path, nlp):
    """Run ``claimcheck ARGV`` in-process; returns (status, stdout, stderr)."""
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CLAIMCHECK_REVIEW_URL", raising=False)
    monkeypatch.delenv("CLAIMCHECK_ORGANIZATION", raising=False)

    def run(argv: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
        status = main(argv)
        out, err = capsys.readouterr()
        return status, out, without_progress(err)

    return run


def without_progress(err: str) -> str:
    """stderr without progress lines, which come only on slow runs (a loaded test machine)."""
    return "".join(line for line in err.splitlines(True) if not PROGRESS.match(line))


@pytest.fixture
def article(tmp_path):
    def write(name: str, text: str = ARTICLE) -> str:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return str(path)

    return write


# --- help, version, usage --------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["verify", "--help"],
        ["quotes", "--help"],
        ["claims", "--help"],
        ["corpus", "--help"],
        ["corpus", "validate", "--help"],
        ["corpus", "build", "--help"],
        ["corpus", "info", "--help"],
    ],
)
def test_every_command_has_help_that_exits_0(cli, argv):
    status, out, err = cli(argv)
    command = " ".join(a for a in argv if a != "--help")
    assert (status, err) == (0, "")
    assert out.startswith(f"usage: claimcheck {command}".rstrip())


def test_version_prints_name_and_version(cli):
    assert cli(["--version"]) == (0, f"claimcheck {__version__}\n", "")


@pytest.mark.parametrize(
    ("argv", "last_line"),
    [
        (
            [],
            "Error: give a command: verify, quotes, claims or corpus "
            "(claimcheck --help lists them)",
        ),
        (
            ["corpus"],
            "Error: give an action: corpus validate|build|info PATH (claimcheck corpus --help)",
        ),
        (["frob"], "claimcheck: error: argument COMMAND: invalid choice: 'frob'"),
        (["verify"], "claimcheck verify: error: the following arguments are required: FILE"),
        (["quotes"], "claimcheck quotes: error: give at least one FILE (- for stdin), or --jsonl"),
        (
            ["claims", "--jsonl", "a.txt"],
            "claimcheck claims: error: give FILEs or --jsonl (which reads stdin), not both",
        ),
        (
            ["claims", "a.txt", "--jobs", "0"],
            "claimcheck claims: error: --jobs must be at least 1, got 0",
        ),
        (
            ["claims", "a.txt", "--jobs", "two"],
            "claimcheck claims: error: argument --jobs: invalid int value: 'two'",
        ),
        (
            ["claims", "-", "-"],
            "claimcheck claims: error: - (standard input) can be given only once",
        ),
        (
            ["verify", "a.txt", "--date", "2024-13-01"],
            "claimcheck verify: error: --date must be a calendar date as YYYY-MM-DD, "
            "got '2024-13-01'",
        ),
        (
            ["verify", "a.txt", "--date", "14/05/2024"],
            "claimcheck verify: error: --date must be a calendar date as YYYY-MM-DD, "
            "got '14/05/2024'",
        ),
        (
            ["claims", "a.txt", "--format", "html"],
            "claimcheck claims: error: argument --format: invalid choice: 'html'",
        ),
        (
            ["verify", "a.txt", "--fail-on", "supported"],
            "claimcheck verify: error: argument --fail-on: invalid choice: 'supported'",
        ),
        (
            ["quotes", "a.txt", "--output", "x.json"],
            "claimcheck: error: unrecognized arguments: --output x.json",
        ),
    ],
)
def test_usage_errors_exit_2_with_one_message(cli, argv, last_line):
    status, out, err = cli(argv)
    assert (status, out) == (2, "")
    # argparse adds "(choose from ...)" whose spelling varies across Python versions.
    assert err.splitlines()[-1].split(" (choose from")[0] == last_line


# --- formats and several files ---------------------------------------------------------------


def test_json_for_one_file_is_one_record(cli, article):
    path = article("a.txt")
    status, out, err = cli(["quotes", path, "--format", "json", "--date", "2024-05-14"])
    assert (status, err) == (0, "")
    record = json.loads(out)
    assert set(record) == {"id", "quotes"} and record["id"] == path
    for q in record["quotes"]:
        assert ARTICLE[q["start"] : q["end"]] == q["text"]


def test_json_for_several_files_is_an_array_in_order(cli, article):
    paths = [article("b.txt"), article("a.txt", CONFLICTING)]
    status, out, err = cli(["claims", *paths, "--format", "json", "--date", "2024-05-14"])
    assert (status, err) == (0, "")
    assert [r["id"] for r in json.loads(out)] == paths


def test_jsonl_prints_one_line_per_file_in_order(cli, article):
    paths = [article("z.txt"), article("y.txt", CONFLICTING), article("x.txt")]
    status, out, err = cli(["claims", *paths, "--format", "jsonl", "--date", "2024-05-14"])
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert [json.loads(line)["id"] for line in lines] == paths
    assert all(set(json.loads(line)) == {"id", "claims"} for line in lines)


def test_one_unreadable_file_among_several_is_reported_and_the_rest_processed(cli, article):
    good = [article("a.txt"), article("b.txt")]
    status, out, err = cli(
        ["quotes", good[0], "missing.txt", good[1], "--format", "jsonl", "--date", "2024-05-14"]
    )
    assert status == 1
    assert err == "Error: missing.txt: no such file; check the path\n"
    assert [json.loads(line)["id"] for line in out.splitlines()] == good


def test_dash_reads_standard_input(cli):
    status, out, err = cli(["claims", "-", "--format", "json"], stdin=ARTICLE.encode())
    assert (status, err) == (0, "")
    assert json.loads(out)["id"] == "-"


def test_verify_json_report_has_the_design_shape(cli, article):
    path = article("a.txt")
    status, out, err = cli(
        ["verify", path, "--corpus", CORPUS, "--date", "2024-05-14", "--format", "json"]
    )
    assert (status, err) == (0, "")
    report = json.loads(out)
    assert set(report) == {"document", "quotes", "claims", "summary"}
    assert report["document"] == {"id": path, "date": "2024-05-14", "date_source": "given"}
    assert sum(report["summary"].values()) == len(report["claims"])
    for claim in report["claims"]:
        assert {"verdict", "evidence", "reason"} <= set(claim)
        assert ARTICLE[claim["start"] : claim["end"]] == claim["text"]


@pytest.mark.parametrize(
    ("fmt", "check"),
    [
        ("table", lambda out: "Summary:" in out and "\x1b[" not in out),
        ("claimreview", lambda out: isinstance(json.loads(out), list)),
        (
            "html",
            lambda out: out.startswith("<!DOCTYPE html>") and out.rstrip().endswith("</html>"),
        ),
    ],
)
def test_verify_renders_every_format(cli, article, fmt, check):
    status, out, err = cli(
        ["verify", article("a.txt"), "--corpus", CORPUS, "--date", "2024-05-14", "--format", fmt]
    )
    assert (status, err) == (0, "")
    assert check(out)


def test_output_writes_the_report_to_the_file_and_nothing_to_stdout(cli, article, tmp_path):
    target = tmp_path / "report.html"
    status, out, err = cli(
        [
            "verify",
            article("a.txt"),
            "--corpus",
            CORPUS,
            "--format",
            "html",
            "--output",
            str(target),
        ]
    )
    assert (status, out, err) == (0, "", "")
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_a_failed_run_leaves_an_earlier_output_untouched_and_no_partial_file(
    cli, article, tmp_path
):
    target = tmp_path / "report.json"
    target.write_text("earlier report", encoding="utf-8")
    missing_corpus = str(tmp_path / "no-corpus.jsonl")
    status, _, err = cli(
        ["verify", article("a.txt"), "--corpus", missing_corpus, "--output", str(target)]
    )
    assert status == 1 and err.startswith("Error: ")
    assert target.read_text(encoding="utf-8") == "earlier report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "report.json"]


@pytest.mark.parametrize(
    ("target", "reason"),
    [
        ("no/such/folder/report.json", "its folder does not exist"),
        (".", "is a directory"),
    ],
)
def test_unwritable_output_is_one_error_before_any_work(cli, article, target, reason):
    status, out, err = cli(["verify", article("a.txt"), "--corpus", CORPUS, "--output", target])
    assert (status, out) == (1, "")
    assert (
        err
        == f"Error: --output {target}: cannot be written ({reason}); give a writable file path\n"
    )


def test_fail_on_conflicting_exits_3_only_when_a_claim_conflicts(cli, article):
    common = [
        "--corpus",
        CORPUS,
        "--date",
        "2024-05-14",
        "--format",
        "json",
        "--fail-on",
        "conflicting",
    ]
    status, out, _ = cli(["verify", article("bad.txt", CONFLICTING), *common])
    verdicts = [c["verdict"] for c in json.loads(out)["claims"]]
    assert "conflicting" in verdicts
    assert status == 3
    status, out, _ = cli(["verify", article("good.txt"), *common])
    assert "conflicting" not in [c["verdict"] for c in json.loads(out)["claims"]]
    assert status == 0


def test_without_fail_on_conflicts_still_exit_0(cli, article):
    status, _, err = cli(
        ["verify", article("bad.txt", CONFLICTING), "--corpus", CORPUS, "--format", "json"]
    )
    assert (status, err) == (0, "")


def test_unreadable_corpus_is_one_error_line_exit_1(cli, article, tmp_path):
    status, out, err = cli(["verify", article("a.txt"), "--corpus", str(tmp_path / "none.jsonl")])
    assert (status, out) == (1, "")
    assert len(err.splitlines()) == 1 and err.startswith("Error: ")
    assert "Traceback" not in err


# --- --jsonl mode ----------------------------------------------------------------------------

GOOD = '{"id": "%s", "text": "Trade reached 240 billion dollars in 2023.", "date": "2024-05-14"}'


def test_jsonl_mode_answers_every_good_line_in_order_and_reports_bad_ones(cli):
    lines = [
        GOOD % "a",
        "not json",
        "",
        "   ",
        "[1, 2]",
        '"just a string"',
        '{"id": "b"}',
        '{"id": "c", "text": 5}',
        '{"id": "d", "text": "x", "date": "May 2024"}',
        GOOD % "e",
        '{"id": "f", "text": "Trade \\u0000 hit 5%", "date": "2024-05-14"}',
        "\x00\x01\x02binary junk",
        '{"text": "no id, so the line number is the id"}',
        '{"id": "g", "text": "' + "word " * 10_000 + '"}',
        GOOD % "h",
        '{"id": "cut", "text": "' + "x" * 1_000_000,  # a 1 MB line cut short
    ]
    stdin = "\n".join(lines).encode() + b"\n\xff\xfe\xfd\n" + (GOOD % "i").encode()
    status, out, err = cli(["claims", "--jsonl"], stdin=stdin)
    assert status == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in records] == ["a", "e", "f", "13", "g", "h", "i"]
    assert all(set(r) == {"id", "claims"} for r in records)
    shape = 'each line must be one {"id", "text", "date"?} object'
    assert err.splitlines() == [
        f"Error: line 2: not valid JSON (Expecting value at column 1); {shape}",
        'Error: line 5: expected an object {"id", "text", "date"?}, got an array',
        'Error: line 6: expected an object {"id", "text", "date"?}, got a string',
        'Error: line 7: "text" must be a string, got no text field',
        'Error: line 8: "text" must be a string, got a number',
        "Error: line 9: \"date\" must be a calendar date as YYYY-MM-DD, got 'May 2024'",
        f"Error: line 12: not valid JSON (Expecting value at column 1); {shape}",
        f"Error: line 16: not valid JSON (Invalid control character at column 1000024); {shape}",
        f"Error: line 17: not UTF-8 text (byte 1 of the line); {shape}",
    ]


def test_jsonl_mode_with_only_good_lines_exits_0_and_uses_the_default_date(cli):
    stdin = b'{"id": "a", "text": "It happened on Tuesday."}\n'
    status, out, err = cli(["quotes", "--jsonl", "--date", "2024-05-14"], stdin=stdin)
    assert (status, err) == (0, "")
    assert json.loads(out) == {"id": "a", "quotes": []}


def test_jsonl_mode_on_empty_input_prints_nothing(cli):
    assert cli(["claims", "--jsonl"], stdin=b"") == (0, "", "")


# --- start-up --------------------------------------------------------------------------------


def test_importing_the_cli_and_asking_for_help_loads_no_heavy_library():
    """Start-up of every command is measured against bare spacy.load: the CLI adds nothing."""
    import subprocess

    heavy = ("spacy", "rich", "trafilatura", "htmldate", "pydantic", "charset_normalizer", "lxml")
    code = (
        "import sys, contextlib, io\n"
        "import claimcheck.cli as cli\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    cli.main(['verify', '--help'])\n"
        f"print(sorted(m for m in {heavy!r} if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout == "[]\n"


def test_fast_mode_finds_the_same_quote_spans_in_the_seed(capsys):
    from claimcheck.cli import main

    seed = str(Path(__file__).resolve().parent.parent / "seeds" / "000_150aab546d611975.txt")

    def spans(*flags: str) -> list[tuple[int, int, str]]:
        assert main(["quotes", *flags, "--format", "json", seed]) == 0
        record = json.loads(capsys.readouterr().out)
        return [(q["start"], q["end"], q["kind"]) for q in record["quotes"]]

    assert spans("--fast") == spans()
