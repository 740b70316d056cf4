"""The HTML page without a browser: well-formed, self-contained, every text escaped."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st
from test_report import bare, sample

from claimcheck.models import Claim, Document, Quote, Span
from claimcheck.pipeline import Analysis
from claimcheck.report import render
from claimcheck.report_html import embed_json, render_html

VOID = {"meta", "br", "img", "link", "hr", "input"}


class Structure(HTMLParser):
    """Collects tags, checks nesting, and keeps the embedded JSON and visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.errors: list[str] = []
        self.data: list[str] = []
        self.json = ""

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
        else:
            self.stack.pop()

    def handle_data(self, data):
        if self.stack and self.stack[-1] == "script":
            self.json += data
        else:
            self.data.append(data)


def parse(page: str) -> Structure:
    s = Structure()
    s.feed(page)
    s.close()
    assert s.errors == [] and s.stack == []
    return s


def test_page_is_well_formed_and_self_contained():
    page = render("verify", [sample()], "html")
    s = parse(page)
    scripts = [attrs for tag, attrs in s.tags if tag == "script"]
    assert scripts == [{"type": "application/json", "id": "claimcheck-data"}]
    for _, attrs in s.tags:
        for name in ("src", "href"):
            value = attrs.get(name)
            assert value is None or value.startswith(("#", "https://www.fmprc.gov.cn/"))
        assert not any(k.startswith("on") for k in attrs)
    csp = [a["content"] for t, a in s.tags if t == "meta" and a.get("http-equiv")]
    assert len(csp) == 1 and csp[0].startswith("default-src 'none';")


def test_article_markup_is_text_never_markup():
    page = render("verify", [sample()], "html")
    # The article and the evidence hold <script>, <img onerror> and <b>: only escaped forms.
    assert "<script>document" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in page
    # The javascript: URL survives only as inert data in the embedded JSON, never as a link.
    assert "javascript:" not in page.split('<script type="application/json"')[0]


def test_embedded_json_cannot_close_its_script_and_round_trips():
    page = render("verify", [sample()], "html")
    s = parse(page)
    assert "<" not in s.json and ">" not in s.json and "&" not in s.json
    assert json.loads(s.json) == [sample().report.model_dump(mode="json")]


def test_every_claim_is_a_link_to_its_card_coloured_by_verdict():
    s = parse(render("verify", [sample()], "html"))
    links = {
        a["href"]: a["class"]
        for tag, a in s.tags
        if tag == "a" and "claim" in a.get("class", "") and a.get("href")
    }
    ids = {a["id"] for tag, a in s.tags if tag == "div" and a.get("id")}
    expected = {f"#doc1-{c.id}": f"claim {c.verdict}" for c in sample().report.claims}
    assert links == expected
    assert {h[1:] for h in links} <= ids


def test_visible_text_of_the_article_is_the_article():
    page = render("verify", [sample()], "html")
    article = re.search(r'<div class="article">(.*?)</div>\n<h3>', page, re.S).group(1)
    s = Structure()
    s.feed(article)
    assert "".join(s.data) == sample().text


@given(
    st.text(alphabet=st.sampled_from("ab<>&\"'“”‘’/ \n\u2028"), max_size=60),
    st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70)), max_size=6),
)
def test_any_text_and_any_spans_give_a_well_formed_page_showing_exactly_the_text(text, spans):
    """Overlapping, crossing or out-of-range spans (a faulty stage) never break the page."""
    claims = [
        Claim(
            id=f"c{i}",
            start=max(a, 0),
            end=max(a, b, 0),
            text="x",
            kind="ordinal",
            value={"value": 1},
            sentence=Span(start=0, end=0),
        )
        for i, (a, b) in enumerate(spans)
    ]
    quotes = [
        Quote(
            id=f"q{i}",
            start=max(b, 0),
            end=max(a, b, 0) + 3,
            text="x",
            kind="direct",
            marks="double",
            confidence=1.0,
        )
        for i, (a, b) in enumerate(spans)
    ]
    page = render_html(
        [Analysis(document=Document(id=text), text=text, quotes=quotes, claims=claims)]
    )
    s = parse(page)
    article = re.search(r'<div class="article">(.*?)</div>\n<h3>', page, re.S).group(1)
    inner = Structure()
    inner.feed(article)
    assert "".join(inner.data) == text
    assert "<" not in s.json


def test_embed_json_escapes_what_could_end_a_script_or_a_line():
    assert embed_json({"t": "</script>&\u2028"}) == '{"t": "\\u003c/script\\u003e\\u0026\\u2028"}'


def test_empty_and_unchecked_analyses_render():
    page = render_html([bare()])
    assert "No claims found." in page and "No quotes found." in page
    assert "No article could be read." in render_html([])


def test_checked_quotes_show_their_verdict_reason_and_the_speakers_role_check():
    page = render("verify", [sample()], "html")
    row = re.search(r"<tr><td>q1</td>.*?</tr>", page, re.S).group(0)
    assert '<span class="badge supported">supported</span> same words as the ministry' in row
    assert 'role <span class="badge supported">supported</span> Hua Chunying: spokesperson' in row
    assert "mfa-2024-05-14-briefing" in row
    unchecked = re.search(r"<tr><td>q3</td>.*?</tr>", page, re.S).group(0)
    assert unchecked.endswith("<td>partial, nested</td><td></td></tr>")
