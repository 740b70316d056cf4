"""Matching helpers: aliases and roles, unit conversion, intervals, and naming slips."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.corpus import Corpus, default_corpus_path
from claimcheck.corpus.records import Row
from claimcheck.corpus.terms import alias_table, stem, terms
from claimcheck.matching import (
    convert,
    date_relation,
    date_slip,
    inside,
    measure_slip,
    role_aliases,
)
from claimcheck.models import DateValue, Measure


@pytest.fixture(scope="module")
def bundled(tmp_path_factory):
    """The bundled corpus, indexed into a cache private to this module."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        yield Corpus.load([default_corpus_path()])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow and Beijing signed", ["russia", "china"]),
        ("the Russian Federation said", ["russia"]),
        ("Chinese exports to Russia fell", ["china", "russia"]),
        ("US sanctions", ["united states"]),
        ("let us talk", []),  # the pronoun is not the United States
        ("Russians and Chinas", []),  # no partial-word matches
        ("the Kremlin said", ["russia"]),
    ],
)
def test_builtin_aliases_find_entities(text, expected):
    assert [e for _, _, e in alias_table().find(text)] == expected


def test_person_aliases_extend_the_table():
    finder = alias_table([("Hua Chunying", ["Hua"])])
    assert [e for _, _, e in finder.find("Hua said; Hua Chunying added")] == [
        "hua chunying",
        "hua chunying",
    ]
    assert finder.resolve("HUA") == "hua chunying"


@pytest.mark.parametrize(
    ("word", "term"),
    [("talks", "meeting"), ("met", "meeting"), ("war", "invasion"), ("trip", "visit"),
     ("re-election", "election"), ("countries", "country"), ("sanctions", "sanction"),
     ("press", "press")],
)  # fmt: skip
def test_words_map_to_one_term_per_idea(word, term):
    assert stem(word) == term


def test_stop_words_months_and_numbers_are_not_terms():
    assert terms("In March the fourth meeting of two billion dollars") == ["meeting"]


@pytest.mark.parametrize(
    ("date", "text", "person"),
    [
        (dt.date(2024, 5, 14), "the Russian president said", "vladimir putin"),
        (dt.date(2024, 5, 14), "President of China", "xi jinping"),
        (dt.date(2010, 1, 1), "the Russian president said", None),  # Putin was prime minister
        (dt.date(2010, 1, 1), "Russian prime minister", "vladimir putin"),
    ],
)
def test_roles_name_people_only_while_they_hold_them(bundled, date, text, person):
    found = {p for pattern, p in role_aliases(bundled, date) if pattern.search(text)}
    assert found == ({person} if person else set())


@pytest.mark.parametrize(
    ("value", "unit", "to", "expected"),
    [
        (1, "kilometre", "metre", 1000),
        (1, "mile", "kilometre", 1.609344),
        (2, "tonne", "kilogram", 2000),
        (5, "USD", "USD", 5),
        (5, "USD", "EUR", None),  # no exchange rate can be stated with confidence
        (5, "tonne", "kilometre", None),
        (5, None, None, 5),
    ],
)
def test_convert_uses_exact_factors_only(value, unit, to, expected):
    got = convert(value, unit, to)
    assert got == pytest.approx(expected) if expected is not None else got is None


@given(
    x=st.floats(min_value=-1e12, max_value=1e12),
    a=st.one_of(st.none(), st.floats(min_value=-1e12, max_value=1e12)),
    b=st.one_of(st.none(), st.floats(min_value=-1e12, max_value=1e12)),
)
def test_inside_agrees_with_plain_comparison(x, a, b):
    slow = (a is None or x >= a) and (b is None or x <= b)
    if slow:
        assert inside(x, a, b)
    elif not inside(x, a, b):
        pass
    else:  # only the rounding tolerance may admit a value, and only a hair outside
        bound = a if a is not None and x < a else b
        assert bound is not None and abs(x - bound) <= 1e-9 * max(1.0, abs(x))


@pytest.mark.parametrize(
    ("stated", "ref", "slip"),
    [
        (240e6, 240.11e9, "million/billion slip"),
        (240e12, 240.11e9, "million/billion slip"),
        (204e9, 240.11e9, "transposed digits"),
        (241e9, 240.11e9, "rounding"),
        (300e9, 240.11e9, "value: the reference is 240.11 billion USD, 20% away"),
    ],
)
def test_measure_slips_are_named(stated, ref, slip):
    claim = Measure(value=stated, low=stated * 0.998, high=stated * 1.002, unit="USD")
    assert measure_slip(claim, ref, "USD").startswith(slip)


def _event(start: str, end: str | None = None) -> Row:
    return Row(id="e", type="event", statement="s", origin="o", date_start=start,
               date_end=end or start)  # fmt: skip


def _day(iso: str, gran: str = "day", end: str | None = None) -> DateValue:
    return DateValue(timex=iso, start=iso, end=end or iso, granularity=gran)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("claim", "ref", "relation", "slip"),
    [
        (_day("2023-10-18"), _event("2023-10-18"), "inside", None),
        (_day("2024-05-13", "week", "2024-05-19"), _event("2024-05-16", "2024-05-17"), "inside",
         None),
        (_day("2024-05-16"), _event("2024-05-16", "2024-05-17"), "inside", None),
        (_day("2022-10-18"), _event("2023-10-18"), "outside", "year"),
        (_day("2023-11-18"), _event("2023-10-18"), "outside", "month"),
        (_day("2023-10-19"), _event("2023-10-18"), "outside", "day: off by 1 day"),
        (_day("2021-02-01", "month", "2021-02-28"), _event("2022-02-24"), "outside", "year"),
        (_day("2024-05-17", "day", "2024-05-18"), _event("2024-05-16", "2024-05-17"), "outside",
         "day"),
        (_day("2024-05-16", "day", "2024-05-18"), _event("2024-05-16", "2024-05-17"), "outside",
         "day"),  # a stated span of days must be the event's
        (_day("2024-05-01", "month", "2024-05-31"), _event("2024-05-16", "2024-05-17"), "inside",
         None),
    ],
)  # fmt: skip
def test_dates_agree_when_one_interval_holds_the_other(claim, ref, relation, slip):
    assert date_relation(claim, ref) == relation
    if slip:
        assert date_slip(claim, ref).startswith(slip)
