"""Hypothesis strategies for whole articles: quoted paragraphs, value sentences, hostile text.

Private: the public names are re-exported by :mod:`claimcheck.testing`. Articles join the
sentences of :mod:`._testing_quotes` and :mod:`._testing_values` with blank lines and shift
every expected offset to the article's text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from hypothesis import strategies as st

from ._testing_dates import publication_dates
from ._testing_quotes import (
    MARK_STYLES,
    ExpectedMention,
    ExpectedQuote,
    follow_on,
    quoted_sentences,
)
from ._testing_values import WrittenValue, values


@dataclass(frozen=True)
class ExpectedValue:
    """A :class:`WrittenValue` placed in a text: ``text[start:end] == value.text``."""

    start: int
    end: int
    value: WrittenValue


@dataclass(frozen=True)
class Article:
    """Paragraphs of quoted sentences and value sentences, separated by blank lines.

    Offsets in ``quotes``, ``speakers`` and ``values`` are into ``text``; ``published`` is the
    publication date the article was written against.
    """

    text: str
    published: dt.date
    quotes: tuple[ExpectedQuote, ...]
    speakers: tuple[ExpectedMention, ...]
    values: tuple[ExpectedValue, ...]
    paragraphs: tuple[str, ...]


COUNTRIES = (
    "France",
    "Brazil",
    "Germany",
    "Japan",
    "India",
    "Canada",
    "Mexico",
    "Kenya",
    "Egypt",
    "Turkey",
    "Spain",
    "Italy",
    "Nigeria",
    "Argentina",
)


# Sentences news writes values in; the value sits after a verb, a preposition or a comma,
# never first (a sentence-initial hedge would be capitalised).
_VALUE_TEMPLATES: dict[str, tuple[str, ...]] = {
    "money": (
        "Trade between {a} and {b} reached {v} in {y}.",
        "{a} agreed to lend {b} {v} in {y}, officials said.",
        "In {y}, {a} spent {v} on imports from {b}.",
        "Exports from {a} to {b} rose to {v} in {y}.",
    ),
    "percent": (
        "Inflation in {a} was {v} in {y}, higher than in {b}.",
        "Unemployment in {a} rose to {v} in {y}, while {b} held steady.",
        "In {y}, the economy of {a} grew by {v}, outpacing {b}.",
    ),
    "count": (
        "{a} sent {v} to {b} in {y}.",
        "In {y}, {v} crossed from {a} into {b}, the United Nations said.",
    ),
    "tonne": (
        "{a} exported {v} of oil to {b} in {y}.",
        "In {y}, {a} shipped {v} of grain to {b}.",
    ),
    "barrel per day": (
        "{a} exported {v} of oil to {b} in {y}.",
        "In {y}, {a} pumped {v}, more than {b}.",
    ),
    "kilometre": (
        "The pipeline from {a} to {b}, finished in {y}, runs for {v}.",
        "In {y}, {a} built {v} of railway towards {b}.",
    ),
}


@st.composite
def value_sentences(
    draw: st.DrawFn,
    *,
    published: dt.date | None = None,
    of: st.SearchStrategy[WrittenValue] | None = None,
) -> tuple[str, ExpectedValue]:
    """Draw a plain news sentence stating one value, and where the value is.

    The value comes from ``of`` (default :func:`values`). The sentence names two countries and
    a year before the publication date (when given), so the claim has a subject and a time
    scope: "Trade between France and Brazil reached about $240bn in 2021."
    """
    value = draw(of if of is not None else values())
    a, b_ = draw(st.lists(st.sampled_from(COUNTRIES), min_size=2, max_size=2, unique=True))
    year = (published.year - 1) if published else draw(st.integers(2000, 2023))
    key = value.unit if value.kind == "quantity" else value.kind
    template = draw(st.sampled_from(_VALUE_TEMPLATES[key or value.kind]))
    before = template.split("{v}")[0].format(a=a, b=b_, y=year)
    sentence = template.format(a=a, b=b_, v=value.phrase, y=year)
    start = len(before) + (len(value.hedge) + 1 if value.hedge else 0)
    return sentence, ExpectedValue(start, start + len(value.text), value)


def _shift_quote(q: ExpectedQuote, by: int) -> ExpectedQuote:
    return replace(
        q,
        start=q.start + by,
        end=q.end + by,
        inner_start=q.inner_start + by,
        inner_end=q.inner_end + by,
    )


@st.composite
def articles(
    draw: st.DrawFn,
    *,
    min_paragraphs: int = 1,
    max_paragraphs: int = 5,
    styles: tuple[str, ...] = tuple(MARK_STYLES),
    with_values: bool = True,
    follow_ons: bool = True,
) -> Article:
    """Draw an article: paragraphs that are quoted sentences (:func:`quoted_sentences`) or
    sentences stating a value (:func:`value_sentences`), separated by blank lines, and the
    publication date it was written against.

    With ``follow_ons``, a quoted paragraph may be followed by one that quotes the same person
    again by pronoun ("“…,” she added."): its mention is the pronoun, its speaker the
    person's name. ``with_values=False`` leaves out the value sentences.

    Guarantees: every expected quote, mention and value slices back out of ``text``; quotes
    are listed in text order; paragraphs are separated by ``"\\n\\n"`` and none is empty; one
    article uses one mark style (as one publisher would).
    """
    published = draw(publication_dates(min_year=2005, max_year=2030))
    style = draw(st.sampled_from(styles))
    n = draw(st.integers(min_paragraphs, max_paragraphs))
    paragraphs: list[str] = []
    quotes: list[ExpectedQuote] = []
    mentions: list[ExpectedMention] = []
    placed: list[ExpectedValue] = []
    offset = 0
    for _ in range(n):
        if with_values and draw(st.booleans()):
            sentence, value = draw(value_sentences(published=published))
            placed.append(replace(value, start=value.start + offset, end=value.end + offset))
        else:
            quoted = draw(quoted_sentences(styles=(style,)))
            sentence = quoted.text
            quotes.extend(_shift_quote(q, offset) for q in quoted.quotes)
            mentions.extend(
                replace(m, start=m.start + offset, end=m.end + offset) for m in quoted.speakers
            )
            if follow_ons and quoted.speakers[0].kind == "person" and draw(st.integers(0, 3)) == 0:
                # A follow-on paragraph: "“…,” she added." quotes the same person by pronoun.
                paragraphs.append(sentence)
                offset += len(sentence) + 2
                follow = follow_on(draw, style, quoted.speakers[0].name)
                sentence = follow.text
                quotes.extend(_shift_quote(q, offset) for q in follow.quotes)
                mentions.extend(
                    replace(m, start=m.start + offset, end=m.end + offset) for m in follow.speakers
                )
        paragraphs.append(sentence)
        offset += len(sentence) + 2
    return Article(
        text="\n\n".join(paragraphs),
        published=published,
        quotes=tuple(quotes),
        speakers=tuple(mentions),
        values=tuple(placed),
        paragraphs=tuple(paragraphs),
    )


# Pieces hostile text is made of: every quote mark, apostrophes, dashes, whitespace and line
# breaks, control and bidi characters, NUL, letters of several scripts, digits and money signs,
# and a few words that make stages try harder.
_HOSTILE_PIECES = (
    *"“”\"«»„‹›‘’'`‚",
    "''",
    "``",
    *" \n\t\r\x00\x07\x1b\u200f\u202e\u2028\ufeff—–-",
    "\n\n",
    *"aZé中ا0123456789$€%.,:;",
    " said ",
    " Smith ",
    " bn",
    " million",
    " May ",
    " according to ",
)


def hostile_texts(*, max_pieces: int = 60) -> st.SearchStrategy[str]:
    """Draw text made to break quote finders and number readers: runs of unbalanced quote
    marks of every style, control characters, right-to-left marks, NUL bytes, stray blank
    lines, digits and currency signs mixed with a few reporting words.

    Guarantees nothing about meaning; a correct pipeline returns without raising and with
    offsets that slice back. Never contains lone surrogates.
    """
    return st.lists(st.sampled_from(_HOSTILE_PIECES), max_size=max_pieces).map("".join)
