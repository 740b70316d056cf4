"""Reading input: decoding, binary detection, HTML extraction and dates, records, chunks."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import document as documents
from claimcheck.errors import InputError, RecordError

ARTICLE = (
    "Russian President Vladimir Putin will pay a state visit to China on May 16-17, "
    "the foreign ministry said on Tuesday. “Trade reached 240 billion dollars,” she said."
)


# --- decoding --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "text", "warning"),
    [
        (ARTICLE.encode("utf-8"), ARTICLE, None),
        (b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"), ARTICLE, None),
        (ARTICLE.encode("utf-16"), ARTICLE, None),  # with its BOM
        (b"\xff\xfe\x00\x00" + "Zürich".encode("utf-32-le"), "Zürich", None),
        (b"", "", None),
        (b"a\x00b\x01c", "a\x00b\x01c", None),  # valid UTF-8 is never binary, NULs and all
        (
            "The 2023 trade hit 240 billion.".encode("utf-16-le"),
            "The 2023 trade hit 240 billion.",
            "in: not UTF-8; decoded as utf-16-le (detected)",
        ),
        (
            "Café naïve “quoted” – déjà vu, señor.".encode("cp1252"),
            "Café naïve “quoted” – déjà vu, señor.",
            "in: not UTF-8; decoded as cp1252 (detected); if that is wrong, convert it first: "
            "iconv -f ENCODING -t UTF-8 in",
        ),
        (
            "Товарооборот России и Китая достиг 240 миллиардов долларов.".encode("cp1251"),
            "Товарооборот России и Китая достиг 240 миллиардов долларов.",
            "in: not UTF-8; decoded as cp1251 (detected); if that is wrong, convert it first: "
            "iconv -f ENCODING -t UTF-8 in",
        ),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16-bom",
        "utf32-bom",
        "empty",
        "utf8-controls",
        "utf16-no-bom",
        "cp1252",
        "cp1251",
    ],
)
def test_decode_gives_the_text_and_at_most_one_warning(raw, text, warning):
    decoded, warnings = documents.decode(raw, where="in")
    assert decoded == text
    assert warnings == ([warning] if warning else [])


@pytest.mark.parametrize(
    ("raw", "binary"),
    [
        (bytes(range(256)) * 40, True),
        (b"\x00\x01\x02\x03\xff" * 100, True),
        (b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" * 200, True),
        (ARTICLE.encode("utf-8"), False),
        (b"\x00" * 1000, False),  # all NUL is still valid UTF-8
        ("é".encode("latin-1") * 500, False),  # not UTF-8, but no control bytes
        (b"\xe9" * 90 + b"\x01" * 10, False),  # exactly a tenth is not more than a tenth
        (b"\xe9" * 89 + b"\x01" * 11, True),
        # Only the first 8 KB count: controls after them do not make a text binary.
        (b"\xe9" * 8192 + b"\x01" * 8192, False),
    ],
)
def test_binary_means_not_utf8_and_over_a_tenth_control_bytes(raw, binary):
    assert documents.is_binary(raw) is binary


def test_binary_input_is_an_input_error_saying_what_and_how_to_fix():
    with pytest.raises(InputError) as info:
        documents.decode(bytes(range(256)) * 40, where="photo.jpg")
    assert str(info.value) == (
        "photo.jpg: binary data, not text (not UTF-8, and over a tenth of its first 8 KB are "
        "NUL or control bytes); give a plain-text or HTML article"
    )


# --- HTML ------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><title>Putin to visit China</title>
<meta property="article:published_time" content="2024-05-14T09:00:00Z">
<script>document.title = "pwned";</script>
</head><body><nav>Home | World | Sport</nav>
<article><h1>Putin to visit China</h1>
<p>Russian President Vladimir Putin will pay a state visit to China on May 16-17, the Chinese
foreign ministry said on Tuesday.</p>
<p>“The two presidents will discuss cooperation,” spokeswoman Hua Chunying said. Trade reached
240 billion dollars in 2023, according to Chinese customs.</p>
</article><footer>Copyright 2024 Example News</footer></body></html>
"""


@pytest.mark.parametrize(
    ("text", "is_html"),
    [
        (PAGE, True),
        ("\ufeff  \n<html><body><p>x</p></body></html>", True),
        ("<!-- saved page -->\n<!doctype html><p>x</p>", True),
        ('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"></html>', True),
        ("<p>A fragment of a page.</p>", True),
        ("<DIV class=story>Shouting markup</DIV>", True),
        (ARTICLE, False),
        ("The <script> tag, she said, is how the attack began.", False),
        ("<3 this story", False),
        ("<Xi> is not a tag but a name in angle brackets", False),
        ("", False),
    ],
)
def test_html_is_recognised_by_how_the_content_starts(text, is_html):
    assert documents.looks_like_html(text) is is_html


def test_html_page_gives_article_text_and_metadata_date():
    text, date, warnings = documents.extract_html(PAGE, where="page.html")
    assert date == dt.date(2024, 5, 14)
    assert warnings == []
    assert "state visit to China on May 16-17" in text
    assert "240 billion dollars" in text
    for boilerplate in ("Home | World", "Copyright 2024", "pwned", "<p>"):
        assert boilerplate not in text


def test_html_without_an_article_falls_back_to_visible_text_with_one_warning():
    page = "<html><body><footer>Copyright 2024</footer></body></html>"
    text, date, warnings = documents.extract_html(page, where="x")
    assert (text, date) == ("", None)
    assert warnings == ["x: no main article text found in the HTML; using all its text"]


def test_html_file_offsets_index_the_extracted_text(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.encode("cp1252"))  # curly quotes in a legacy code page
    item = documents.read_path(str(path))
    assert (item.date, item.date_source) == (dt.date(2024, 5, 14), "metadata")
    start = item.text.index("240 billion")
    assert item.text[start : start + len("240 billion dollars")] == "240 billion dollars"
    assert item.warnings == [
        f"{path}: not UTF-8; decoded as cp1252 (detected); if that is wrong, convert it first: "
        f"iconv -f ENCODING -t UTF-8 {path}"
    ]


def test_html_declared_charset_is_used(tmp_path):
    path = tmp_path / "page.html"
    page = PAGE.replace("<head>", '<head><meta charset="windows-1251">')
    page = page.replace("Putin will pay", "Путин will pay")
    path.write_bytes(page.encode("cp1251"))
    item = documents.read_path(str(path))
    assert "Путин will pay a state visit" in item.text
    assert item.warnings == [f"{path}: not UTF-8; decoded as windows-1251 (declared)"]


def test_given_date_wins_over_html_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    item = documents.read_path(str(path), date="2024-05-20")
    assert (item.date, item.date_source) == (dt.date(2024, 5, 20), "given")


# --- files -----------------------------------------------------------------------------------


def test_unreadable_paths_raise_input_errors_with_what_where_and_fix(tmp_path):
    with pytest.raises(InputError, match=r"^nope\.txt: no such file; check the path$"):
        documents.read_path("nope.txt")
    with pytest.raises(InputError) as info:
        documents.read_path(str(tmp_path))
    assert str(info.value) == f"{tmp_path}: is a directory; give an article file (text or HTML)"


def test_empty_file_is_read_with_one_warning(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    item = documents.read_path(str(path))
    assert (item.text, item.warnings) == ("", [f"{path}: no text; nothing to check"])


# --- records ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ([1, 2], 'record 3: expected an object {"id", "text", "date"?}, got an array'),
        (7, 'record 3: expected an object {"id", "text", "date"?}, got a number'),
        ({"id": "a"}, 'record 3: "text" must be a string, got no text field'),
        ({"text": None}, 'record 3: "text" must be a string, got null'),
        ({"text": ["a"]}, 'record 3: "text" must be a string, got an array'),
        (
            {"text": "x", "id": {"a": 1}},
            'record 3: "id" must be a string or a number, got an object',
        ),
        ({"text": "x", "id": True}, 'record 3: "id" must be a string or a number, got a boolean'),
        (
            {"text": "x", "date": "14 May 2024"},
            "record 3: \"date\" must be a calendar date as YYYY-MM-DD, got '14 May 2024'",
        ),
        (
            {"text": "x", "date": "2024-02-30"},
            "record 3: \"date\" must be a calendar date as YYYY-MM-DD, got '2024-02-30'",
        ),
        (
            {"text": "x", "date": 20240514},
            'record 3: "date" must be a calendar date as YYYY-MM-DD, got 20240514',
        ),
    ],
)
def test_malformed_records_raise_record_errors_naming_the_record(record, message):
    with pytest.raises(RecordError) as info:
        documents.from_record(record, position=3)
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"text": "x"}, ("3", None, "none")),
        ({"text": "x", "id": 12}, ("12", None, "none")),
        ({"text": "x", "id": None}, ("3", None, "none")),
        ({"text": "x", "date": "2024-05-14"}, ("3", dt.date(2024, 5, 14), "given")),
        ({"text": "x", "date": None}, ("3", dt.date(2020, 1, 1), "given")),
        ({"text": "x", "extra": "ignored"}, ("3", dt.date(2020, 1, 1), "given")),
    ],
)
def test_good_records_take_id_and_date_with_the_default_date_as_fallback(record, expected):
    default = dt.date(2020, 1, 1) if "date" in record or "extra" in record else None
    item = documents.from_record(record, position=3, default_date=default)
    assert (item.id, item.date, item.date_source) == expected


# --- paragraph chunks ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "max_chars", "pieces"),
    [
        ("short", 10, ["short"]),
        ("", 10, [""]),
        ("aaaa\n\nbbbb\n\ncccc", 12, ["aaaa\n\nbbbb\n\n", "cccc"]),
        ("aaaa\nbbbb\n\ncc", 12, ["aaaa\nbbbb\n\n", "cc"]),
        ("One two. Three four five", 12, ["One two. ", "Three four ", "five"]),
        ("x" * 25, 10, ["x" * 10, "x" * 10, "x" * 5]),
    ],
)
def test_paragraph_chunks_prefer_paragraph_then_line_then_sentence_breaks(text, max_chars, pieces):
    assert documents.paragraph_chunks(text, max_chars) == pieces


@given(
    st.text(alphabet=st.sampled_from("ab .\n“”\u200f\x00"), max_size=400),
    st.integers(min_value=1, max_value=60),
)
def test_paragraph_chunks_concatenate_back_to_the_text_within_the_size(text, max_chars):
    pieces = documents.paragraph_chunks(text, max_chars)
    assert "".join(pieces) == text
    assert all(len(p) <= max_chars for p in pieces)
    assert all(pieces) or pieces == [""]


@given(st.lists(st.text(alphabet="abc .", min_size=1, max_size=30), min_size=1, max_size=30))
def test_paragraph_chunks_cut_only_at_paragraph_breaks_when_paragraphs_fit(paragraphs):
    text = "\n\n".join(paragraphs)
    for piece in documents.paragraph_chunks(text, 80):
        assert piece.endswith("\n\n") or text.endswith(piece)


def test_record_text_is_used_as_given_even_when_it_is_markup():
    """Offsets index the record's own text, so a record is never HTML-extracted."""
    page = "<p>Trade reached 240 billion dollars.</p>"
    assert documents.from_record({"text": page}, position=1).text == page
