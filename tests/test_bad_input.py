"""Hostile input at every door (files, stdin): one table, each row the exact exit status and
stderr of ``claimcheck claims``, and for every input that is processed, results whose offsets
slice back into the text.

``--jsonl`` lines have their own table in tests/test_cli.py (one batch, every kind of bad line).
"""

from __future__ import annotations

import io
import json
import os
import sys

import pytest

from claimcheck import document as documents
from claimcheck.cli import main

BINARY_MESSAGE = (
    "binary data, not text (not UTF-8, and over a tenth of its first 8 KB are NUL or control "
    "bytes); give a plain-text or HTML article"
)
HTML_PAGE = """<!doctype html><html><head>
<meta name="date" content="2024-05-14"><title>Trade</title>
<script>document.title = "pwned"</script></head>
<body><article><p>China-Russia trade reached 240 billion dollars in 2023, customs said on
Friday, up from 190 billion dollars the year before, an increase of 26.3 percent.</p>
<p>“Trade will keep growing,” a spokeswoman said.</p></article></body></html>"""


def nested_quotes(depth: int) -> str:
    marks = ["“", "‘", '"', "'"]
    opening = " ".join(f"{marks[i % 4]}level {i} said" for i in range(depth))
    closing = "".join(("”", "’", '"', "'")[i % 4] for i in reversed(range(depth)))
    return f"He said {opening} the end{closing}, it was reported on Tuesday."


# name, file bytes (None: no file is written), extra args (with {path}), stdin, status, stderr
CASES: list[tuple[str, bytes | None, list[str], bytes, int, str]] = [
    ("missing file", None, ["{path}"], b"", 1, "Error: {path}: no such file; check the path\n"),
    (
        "directory",
        None,
        ["{dir}"],
        b"",
        1,
        "Error: {dir}: is a directory; give an article file (text or HTML)\n",
    ),
    (
        "binary file",
        bytes(range(256)) * 64,
        ["{path}"],
        b"",
        1,
        f"Error: {{path}}: {BINARY_MESSAGE}\n",
    ),
    (
        "binary stdin",
        None,
        ["-"],
        b"\x00\x9f\x92\x96" * 3000,
        1,
        f"Error: standard input: {BINARY_MESSAGE}\n",
    ),
    ("empty file", b"", ["{path}"], b"", 0, "Warning: {path}: no text; nothing to check\n"),
    (
        "whitespace only",
        b" \n\n\t \r\n",
        ["{path}"],
        b"",
        0,
        "Warning: {path}: no text; nothing to check\n",
    ),
    ("empty stdin", None, ["-"], b"", 0, "Warning: standard input: no text; nothing to check\n"),
    (
        "windows-1252",
        "Trade reached “240 billion” dollars – an increase, she said.".encode("cp1252"),
        ["{path}"],
        b"",
        0,
        "Warning: {path}: not UTF-8; decoded as cp1252 (detected); if that is wrong, convert it "
        "first: iconv -f ENCODING -t UTF-8 {path}\n",
    ),
    (
        "utf-16 with BOM",
        "Trade reached 240 billion dollars.".encode("utf-16"),
        ["{path}"],
        b"",
        0,
        "",
    ),
    ("utf-8 on stdin", None, ["-"], "Trade grew 26.3% in 2023, “they” said.".encode(), 0, ""),
    (
        "stray quote marks",
        "He said “yes and she said no.\n\n”Odd.” ‘ \" '".encode(),
        ["{path}"],
        b"",
        0,
        "",
    ),
    # Lone marks cost the quote finder nothing; 300 real quotes keep it honest on pairs.
    ("20,000 stray quote marks", ('" ' * 20_000).encode(), ["{path}"], b"", 0, ""),
    ("300 quotes", ('He said "no" and ' * 300).encode(), ["{path}"], b"", 0, ""),
    (
        "a run of 1,000 quote marks",
        ("Trade " + "”" * 1000 + " grew 5%.").encode(),
        ["{path}"],
        b"",
        0,
        "",
    ),
    ("deeply nested quotes", nested_quotes(300).encode(), ["{path}"], b"", 0, ""),
    (
        "control characters",
        b"Trade\x01\x02\x1b[31m reached 5%\x07 in 2023\x7f.",
        ["{path}"],
        b"",
        0,
        "",
    ),
    (
        "NUL bytes",
        b"Trade\x00 reached 240\x00 billion dollars\x00 in 2023.",
        ["{path}"],
        b"",
        0,
        "",
    ),
    (
        "right-to-left marks",
        "\u202eTrade\u200f reached \u2067240\u2069 billion \u200edollars in 2023.".encode(),
        ["{path}"],
        b"",
        0,
        "",
    ),
    (
        "one 40 KB line",
        ("the talks went on and on " * 1600 + "until trade grew 5%.").encode(),
        ["{path}"],
        b"",
        0,
        "",
    ),
    ("HTML page with a script", HTML_PAGE.encode(), ["{path}"], b"", 0, ""),
    (
        "HTML page without an article",
        b"<html><body><footer>Copyright</footer></body></html>",
        ["{path}"],
        b"",
        0,
        "Warning: {path}: no main article text found in the HTML; using all its text\n",
    ),
    (
        "one missing among good ones",
        b"Trade reached 240 billion dollars in 2023.",
        ["{path}", "{dir}/gone.txt", "{path}"],
        b"",
        1,
        "Error: {dir}/gone.txt: no such file; check the path\n",
    ),
]
UNREADABLE = pytest.param(
    "permission denied",
    b"secret",
    ["{path}"],
    b"",
    1,
    "Error: {path}: permission denied; make it readable (chmod +r) or run as its owner\n",
    marks=pytest.mark.skipif(
        hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can read any file"
    ),
    id="permission denied",
)


@pytest.mark.parametrize(
    ("name", "content", "args", "stdin", "status", "stderr"),
    [pytest.param(*case, id=case[0]) for case in CASES] + [UNREADABLE],
)
def test_bad_input_gets_exact_status_and_stderr(
    nlp, tmp_path, capsys, monkeypatch, name, content, args, stdin, status, stderr
):
    path = tmp_path / "article.txt"
    if content is not None:
        path.write_bytes(content)
        if name == "permission denied":
            path.chmod(0)
    argv = [a.format(path=path, dir=tmp_path) for a in args]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))

    got = main(["claims", *argv, "--format", "jsonl", "--date", "2024-05-14"])

    out, err = capsys.readouterr()
    assert got == status
    assert "Traceback" not in err
    assert err == stderr.format(path=path, dir=tmp_path)
    records = [json.loads(line) for line in out.splitlines()]
    # Every input not named in an error line produces its record, in the order given.
    where = {a: "standard input" if a == "-" else a for a in argv}
    readable = [a for a in argv if f"Error: {where[a]}: " not in err]
    assert [r["id"] for r in records] == readable
    for record in records:
        text = _text_of(record["id"], content, stdin)
        for claim in record["claims"]:
            assert text[claim["start"] : claim["end"]] == claim["text"]


def _text_of(arg: str, content: bytes | None, stdin: bytes) -> str:
    raw = stdin if arg == "-" else (content or b"")
    text, _ = documents.decode(raw, where=arg)
    if documents.looks_like_html(text):
        text, _, _ = documents.extract_html(text, where=arg)
    return text


# --- huge input ------------------------------------------------------------------------------


def test_small_chunks_change_no_offset_and_no_result(nlp, seed_text, monkeypatch):
    """The pipeline's own cut, made small: every piece boundary falls inside the articles."""
    from claimcheck.pipeline import stream

    text = "\n\n".join([seed_text.strip()] * 3)

    def run() -> tuple[list, list]:
        item = documents.from_text(text, date="2024-05-14", id="three")
        (analysis,) = stream([item], stages=("claims",), nlp=nlp)
        return analysis.quotes, analysis.claims

    whole = run()
    real = documents.paragraph_chunks
    monkeypatch.setattr(documents, "paragraph_chunks", lambda t, max_chars=0: real(t, 1500))
    assert len(documents.paragraph_chunks(text)) > 4
    chunked = run()
    for found in chunked:
        for r in found:
            assert text[r.start : r.end] == r.text
    # Cuts fall at paragraph breaks, so what spans no break is found the same either way.
    assert [c.text for c in chunked[1]] == [c.text for c in whole[1]]
    assert [(c.start, c.end) for c in chunked[1]] == [(c.start, c.end) for c in whole[1]]


@pytest.mark.slow
def test_results_after_the_first_chunk_slice_back_into_a_large_article(nlp, seed_text):
    """A few hundred KB, cut into paragraph chunks by the pipeline: offsets stay the text's."""
    from claimcheck.pipeline import stream

    text = "\n\n".join([seed_text.strip()] * 90)
    assert len(text) > 2 * documents.MAX_CHUNK_CHARS
    (analysis,) = stream(
        [documents.from_text(text, date="2024-05-14", id="big")], stages=("claims",), nlp=nlp
    )
    late_quotes = [q for q in analysis.quotes if q.start > documents.MAX_CHUNK_CHARS]
    late_claims = [c for c in analysis.claims if c.start > documents.MAX_CHUNK_CHARS]
    assert late_quotes or late_claims, "nothing found after the first chunk"
    for q in analysis.quotes:
        assert text[q.start : q.end] == q.text
    for c in analysis.claims:
        assert text[c.start : c.end] == c.text
        assert c.sentence.start <= c.start <= c.end <= c.sentence.end
    # The same article repeated gives the same results in every copy: chunking changes nothing.
    copy = len(seed_text.strip()) + 2
    first = {(c.start, c.text) for c in analysis.claims if c.end <= copy}
    last = {(c.start - copy * 89, c.text) for c in analysis.claims if c.start >= copy * 89}
    assert first == last
