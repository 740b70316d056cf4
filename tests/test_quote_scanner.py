"""The quote-mark scanner: example tables (with rows that must find nothing) and its laws."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import testing
from claimcheck.quotes import MAX_DEPTH, QuoteSpan, scan

# Each row: text -> the quoted inner texts found, with their marks and nesting, in text order.
Row = tuple[str, list[tuple[str, str, bool]]]

STYLES: list[Row] = [
    ("“We will win,” she said.", [("We will win,", "double", False)]),
    ('"We will win," she said.', [("We will win,", "double", False)]),
    ("He called it ''smart'' and left.", [("smart", "double", False)]),
    ("``We will win,'' she said.", [("We will win,", "double", False)]),
    ("«Nous gagnerons», a-t-elle dit.", [("Nous gagnerons", "double", False)]),
    ("« Nous gagnerons », a-t-elle dit.", [(" Nous gagnerons ", "double", False)]),
    ("»Wir gewinnen«, sagte sie.", [("Wir gewinnen", "double", False)]),
    ("„Wir gewinnen“, sagte sie.", [("Wir gewinnen", "double", False)]),
    ("„Wir gewinnen”, sagte sie.", [("Wir gewinnen", "double", False)]),
    ("‹Oui›, dit-il.", [("Oui", "single", False)]),
    ("「我们会赢」，她说。", [("我们会赢", "double", False)]),
    ("「他说『不』」", [("他说『不』", "double", False), ("不", "single", True)]),
    ("＂Yes,＂ he said.", [("Yes,", "double", False)]),
    ("‘We will win,’ she said.", [("We will win,", "single", False)]),
    ("'We will win,' she said.", [("We will win,", "single", False)]),
    (
        "“A,” he said. \"B,\" she said. ''C,'' they said.",
        [("A,", "double", False), ("B,", "double", False), ("C,", "double", False)],
    ),
    ('She said:"Go."', [("Go.", "double", False)]),
    ("(“Go”)", [("Go", "double", False)]),
    ("He said “no”—and left.", [("no", "double", False)]),
]

APOSTROPHES: list[Row] = [
    ("‘It’s the Smiths’ fault,’ she said.", [("It’s the Smiths’ fault,", "single", False)]),
    ("'The voters' choice,' he said.", [("The voters' choice,", "single", False)]),
    # A word after s’ is a possessive only if the next single mark closes, not opens.
    ("‘Lies’ and ‘damned lies’.", [("Lies", "single", False), ("damned lies", "single", False)]),
    ("The voters’ choice.", []),
    ("The voters' choice.", []),
    ("Don’t stop, O’Brien.", []),
    ("Music of the ’90s and '80s.", []),
    ("Rock ’n’ roll and rock 'n' roll.", []),
    ("Get ’em, ’til dawn, ’cause why not.", []),
    ("The Smiths' house and the Joneses’ car.", []),
    ('He is 6\'2" tall and owns 12" records.', []),
    ('A 12"x12" tile, a 5\'10" man.', []),
    ('"The score was 12" and "3"', [("The score was 12", "double", False), ("3", "double", False)]),
    (
        "“Don’t tread on the voters’ rights,” he said.",
        [("Don’t tread on the voters’ rights,", "double", False)],
    ),
    ("‘It’s over,’ she said.", [("It’s over,", "single", False)]),
    ("“It’s the ’90s,” she said.", [("It’s the ’90s,", "double", False)]),
]

NESTED: list[Row] = [
    (
        "“He told me ‘never’ twice,” she said.",
        [("He told me ‘never’ twice,", "double", False), ("never", "single", True)],
    ),
    (
        "‘Trump says “no”’ (headline)",
        [("Trump says “no”", "single", False), ("no", "double", True)],
    ),
    (
        "''I said 'no,''' he said.",
        [("I said 'no,'", "double", False), ("no,", "single", True)],
    ),
    (
        "“I heard ‘go’ and ‘stop,’” she said.",
        [
            ("I heard ‘go’ and ‘stop,’", "double", False),
            ("go", "single", True),
            ("stop,", "single", True),
        ],
    ),
]

MULTI_PARAGRAPH: list[Row] = [
    (
        "“We will win.\n\n“We will not stop,” she said.",
        [("We will win.\n\n“We will not stop,", "double", False)],
    ),
    (
        '"One.\n"Two.\n"Three," he said.',
        [('One.\n"Two.\n"Three,', "double", False)],
    ),
    # The writer forgot the reopening mark but closes the quote in the next paragraph.
    (
        "“We will win.\nWe will not stop,” she said.",
        [("We will win.\nWe will not stop,", "double", False)],
    ),
    # No reopening: the quote ends with its paragraph, trailing spaces left out.
    ("“We will win.  \nShe left.", [("We will win.", "double", False)]),
    # A straight-marked excerpt is not continued by a curly mark: a new quote starts.
    (
        '"Excerpt one.\n“Inner,” he said.',
        [("Excerpt one.", "double", False), ("Inner,", "double", False)],
    ),
    # Apostrophes neither continue nor end a quote left open by the previous paragraph.
    ("“We will win.\nIt’s ours,” she said.", [("We will win.\nIt’s ours,", "double", False)]),
    # A closer in another style does not close it: that paragraph's own quote lost its opener.
    (
        '"Excerpt.\nIt ends here,” she said.',
        [("Excerpt.", "double", False), ("It ends here,", "double", False)],
    ),
    ("“We will win.\r\n“Always,” she said.", [("We will win.\r\n“Always,", "double", False)]),
]

BROKEN: list[Row] = [
    # Markup left in scraped text: marks around attribute values quote nothing.
    (
        '<tweet author="@someone" date="2016-01-01">“Real,” he said.</tweet>',
        [("Real,", "double", False)],
    ),
    ("<p class='lead'>It’s <b>“bold”</b></p>", [("bold", "double", False)]),
    ('Not a tag: 3 < 4 and "yes" > "no"', [("yes", "double", False), ("no", "double", False)]),
    # An odd number of marks: the unclosed one ends at its paragraph, later quotes survive.
    (
        'He said "yes and left.\nShe said "fine" too.',
        [("yes and left.", "double", False), ("fine", "double", False)],
    ),
    (
        "A stray mark at the end “\nThen “a quote” here.",
        [("", "double", False), ("a quote", "double", False)],
    ),
    # “ followed by a space after the words is a mistyped closer.
    ("“We will win,“ she said.", [("We will win,", "double", False)]),
    # A paragraph that starts inside a quote whose opener was left out.
    ("We will win,” she said.", [("We will win,", "double", False)]),
    # A single mark that never closes is an apostrophe, not a quote.
    ("He said 'maybe and left.", []),
    ("No marks at all.", []),
    ("", []),
]


def inner_texts(text: str) -> list[tuple[str, str, bool]]:
    return [(text[s.inner_start : s.inner_end], s.marks, s.nested) for s in scan(text)]


@pytest.mark.parametrize(("text", "expected"), STYLES, ids=[t for t, _ in STYLES])
def test_every_mark_style(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert inner_texts(text) == expected


@pytest.mark.parametrize(("text", "expected"), APOSTROPHES, ids=[t for t, _ in APOSTROPHES])
def test_apostrophes_are_not_quotes(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert inner_texts(text) == expected


@pytest.mark.parametrize(("text", "expected"), NESTED, ids=[t for t, _ in NESTED])
def test_nested_quotes(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert inner_texts(text) == expected


@pytest.mark.parametrize(("text", "expected"), MULTI_PARAGRAPH, ids=[t for t, _ in MULTI_PARAGRAPH])
def test_multi_paragraph_quotes(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert inner_texts(text) == expected


@pytest.mark.parametrize(("text", "expected"), BROKEN, ids=[t for t, _ in BROKEN])
def test_broken_typing(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert inner_texts(text) == expected


def test_span_fields_of_a_closed_and_an_unclosed_quote() -> None:
    text = "“Yes,” he said. “No\nNext."
    assert scan(text) == [
        QuoteSpan(
            start=0, end=6, marks="double", nested=False, closed=True, inner_start=1, inner_end=5
        ),
        QuoteSpan(
            start=16,
            end=19,
            marks="double",
            nested=False,
            closed=False,
            inner_start=17,
            inner_end=19,
        ),
    ]


def test_missing_opener_starts_where_the_paragraph_text_starts() -> None:
    text = "Intro.\n  We will win,” she said."
    (span,) = scan(text)
    assert (span.start, span.inner_start, span.closed) == (9, 9, True)
    assert text[span.start : span.end] == "We will win,”"


def test_an_unclosed_excerpt_marker_does_not_make_its_quotes_nested() -> None:
    text = '"Excerpt: “Here he is,” she said.'
    spans = scan(text)
    assert [(text[s.start : s.end], s.closed, s.nested) for s in spans] == [
        ('"Excerpt: “Here he is,” she said.', False, False),
        ("“Here he is,”", True, False),
    ]


# --- laws -----------------------------------------------------------------------------------

MARKS = [
    "“",
    "”",
    '"',
    "''",
    "``",
    "«",
    "»",
    "„",
    "‟",
    "‘",
    "’",
    "'",
    "‹",
    "›",
    "‚",
    "‛",
    "＂",
    "「",
    "」",
    "『",
    "』",
]
OPENERS = tuple(MARKS)
CLOSERS = tuple(MARKS)
BREAK = "\n"

quotey_text = st.lists(
    st.one_of(
        st.sampled_from(MARKS),
        st.sampled_from(["a", "b", " ", "  ", ".", ",", "9", "n", "s", "\n", "\n\n", "\r\n", "—"]),
        st.text(max_size=4),
    ),
    max_size=40,
).map("".join)

mark_free_paragraphs = st.text(
    alphabet=st.characters(blacklist_characters="\"'`“”„‟«»‹›‘’‚‛", blacklist_categories=("Cs",)),
    max_size=40,
)


def _is_paragraph_break(ch: str) -> bool:
    return ch in "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


@given(quotey_text)
def test_offsets_slice_back_to_marks(text: str) -> None:
    for s in scan(text):
        assert 0 <= s.start <= s.inner_start <= s.inner_end <= s.end <= len(text)
        if s.start < s.inner_start:
            assert text[s.start : s.inner_start].startswith(OPENERS)
        if s.closed:
            assert text[s.inner_end : s.end].endswith(CLOSERS)
            assert s.end > s.inner_end
        else:
            assert s.inner_end == s.end
            assert not text[s.end - 1 : s.end].isspace()


@given(quotey_text)
def test_spans_never_cross_and_nest_only_inside_closed_quotes(text: str) -> None:
    spans = scan(text)
    assert spans == sorted(spans, key=lambda s: (s.start, -s.end))
    for a in spans:
        for b in spans:
            if a is b or a.end <= b.start or b.end <= a.start:
                continue
            inner, outer = (b, a) if (a.start, -a.end) <= (b.start, -b.end) else (a, b)
            assert outer.start <= inner.start and inner.end <= outer.end, (a, b)
        holders = [o for o in spans if o is not a and o.start <= a.start and a.end <= o.end]
        if a.nested:
            assert any(o.closed for o in holders)


@given(quotey_text, st.text(max_size=30))
def test_text_appended_after_a_mark_free_paragraph_leaves_earlier_spans_unchanged(
    text: str, appended: str
) -> None:
    base = text + "\nNo marks here."
    assert scan(base + "\n" + appended)[: len(scan(base))] == scan(base)


@given(quotey_text, mark_free_paragraphs)
def test_mark_free_paragraphs_appended_leave_spans_unchanged(text: str, appended: str) -> None:
    assert scan(text + "\n" + appended) == scan(text)


@given(quotey_text, mark_free_paragraphs, quotey_text)
def test_no_span_crosses_into_a_paragraph_without_marks(
    before: str, middle: str, after: str
) -> None:
    middle = "".join(" " if _is_paragraph_break(ch) else ch for ch in middle) + "words"
    text = before + "\n" + middle + "\n" + after
    lo = len(before) + 1
    hi = lo + len(middle)
    for s in scan(text):
        assert not (s.start < lo and s.end > hi), s


def _found(text: str) -> list[tuple[int, int, str, bool]]:
    return sorted((s.start, s.end, s.marks, s.nested) for s in scan(text))


@given(testing.quoted_sentences())
def test_every_quote_of_a_generated_news_sentence_is_found_exactly(
    sentence: testing.QuotedSentence,
) -> None:
    expected = sorted((q.start, q.end, q.marks, q.nested) for q in sentence.quotes)
    assert _found(sentence.text) == expected


@given(testing.articles())
def test_every_quote_of_a_generated_article_is_found_exactly(article: testing.Article) -> None:
    expected = sorted((q.start, q.end, q.marks, q.nested) for q in article.quotes)
    assert _found(article.text) == expected


@given(testing.hostile_texts())
def test_hostile_text_gives_spans_that_slice_back(text: str) -> None:
    for s in scan(text):
        assert 0 <= s.start <= s.inner_start <= s.inner_end <= s.end <= len(text)
        if s.closed:
            assert text[s.inner_end : s.end].endswith(CLOSERS)


@given(st.text(max_size=200))
def test_scan_never_raises_on_arbitrary_text(text: str) -> None:
    for s in scan(text):
        assert isinstance(s, QuoteSpan)


@pytest.mark.parametrize("seed", range(3))
def test_fifty_thousand_random_marks_give_well_formed_spans(seed: int) -> None:
    rng = random.Random(seed)
    text = "".join(rng.choice([*MARKS, " ", "\n", "a"]) for _ in range(50_000))
    spans = scan(text)
    assert spans
    for s in spans:
        assert 0 <= s.start <= s.inner_start <= s.inner_end <= s.end <= len(text)


def test_nesting_depth_is_capped_so_output_stays_linear() -> None:
    text = "“a " * 10_000 + "”"
    spans = scan(text)
    assert len(spans) == MAX_DEPTH
    assert [s.closed for s in spans] == [False] * (MAX_DEPTH - 1) + [True]


def test_marks_beside_control_and_direction_characters_pair_up() -> None:
    assert inner_texts("\x00“nul\x00” here") == [("nul\x00", "double", False)]
    assert inner_texts("\u200f“مرحبا”\u200f ‘x’") == [
        ("مرحبا", "double", False),
        ("x", "single", False),
    ]


HOSTILE = [
    "\x00“nul\x00” here",
    "\u200f“مرحبا” \u202equote\u202c",
    "“" * 20_000,
    "”" * 20_000,
    "'" * 20_001,
    "“a " * 10_000 + "”",
    ("x" * 1_000_000) + "“end",
    "\x01\x02“\x03”\x04",
]


@pytest.mark.parametrize(
    "text",
    HOSTILE,
    ids=["nul", "rtl", "openers", "closers", "apostrophes", "deep", "mb-line", "control"],
)
def test_hostile_text_is_scanned(text: str) -> None:
    spans = scan(text)
    for s in spans:
        assert 0 <= s.start <= s.inner_start <= s.inner_end <= s.end <= len(text)


def test_find_quotes_hands_scanned_spans_to_attribution(nlp) -> None:
    from claimcheck.quotes import find_quotes

    text = "“We will win,” she said. He liked the ‘vibe’.\n\n“Again.\n\n“And again,” she added."
    quotes = [q for q in find_quotes(nlp(text)) if q.kind != "indirect"]
    assert [(q.text, q.marks, q.nested) for q in quotes][:1] == [
        ("“We will win,”", "double", False)
    ]
    assert ("“Again.\n\n“And again,”", "double") in [(q.text, q.marks) for q in quotes]
    for q in quotes:
        assert text[q.start : q.end] == q.text


def _paired_by_stack(text: str) -> list[tuple[int, int, bool]]:
    """The slow, obviously correct pairing of well-typed curly double marks: a stack."""
    stack: list[int] = []
    pairs = []
    for k, ch in enumerate(text):
        if ch == "“":
            stack.append(k)
        elif ch == "”":
            start = stack.pop()
            pairs.append((start, k + 1, bool(stack)))
    return sorted(pairs, key=lambda p: (p[0], -p[1]))


words = st.lists(
    st.sampled_from(["we", "win", "it’s", "voters’ rights", "’90s", "5.3"]), min_size=1
)


@st.composite
def well_typed_quotes(draw: st.DrawFn, depth: int = 0) -> str:
    """Words and properly typed curly quotes (opener before a word, closer after one)."""
    parts = [" ".join(draw(words))]
    for _ in range(draw(st.integers(0, 2 if depth < MAX_DEPTH - 1 else 0))):
        inner = draw(well_typed_quotes(depth + 1))
        parts.append(f"“{inner}”")
        parts.append(" ".join(draw(words)))
    return " ".join(parts)


@given(well_typed_quotes())
def test_well_typed_curly_quotes_pair_like_a_stack(text: str) -> None:
    spans = scan(text)
    assert [(s.start, s.end, s.nested) for s in spans] == _paired_by_stack(text)
    assert all(s.closed and s.marks == "double" for s in spans)
