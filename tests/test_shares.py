"""Shares written as fractions ("two-thirds of Republicans", "one in five adults") are percent
claims with the interval of the share table in claimcheck.hedges."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimcheck
from claimcheck.corpus import Corpus
from claimcheck.hedges import share_interval
from claimcheck.models import Measure
from claimcheck.values import parse_values

DATA = Path(__file__).parent / "data"


def shares(text: str) -> list[tuple[str, float, float, float, str | None]]:
    """(span, value, low, high, hedge) of every percent value, rounded to 0.1."""
    out = []
    for v in parse_values(text):
        if v.kind == "percent":
            assert isinstance(v.value, Measure)
            out.append((text[v.start:v.end], round(v.value.value, 1), round(v.value.low or 0, 1),
                        round(v.value.high or 0, 1), v.hedge))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("More than half of voters backed the plan.", [("half", 50, 50, 100, "More than")]),
        ("Two-thirds of Republicans opposed it.", [("Two-thirds", 66.7, 63.3, 70.8, None)]),
        ("two thirds of Republicans opposed it", [("two thirds", 66.7, 63.3, 70.8, None)]),
        ("One in five adults smoke.", [("One in five", 20, 18.3, 22.5, None)]),
        ("A quarter of the budget went to defense.", [("A quarter", 25, 22.5, 29.2, None)]),
        ("Nearly half of the 1,200 troops left.", [("half", 50, 45, 50, "Nearly")]),
        ("Three out of four voters said no.", [("Three out of four", 75, 70.8, 77.5, None)]),
        ("Nine in 10 Americans agree.", [("Nine in 10", 90, 85, 95, None)]),
        ("About a third of the delegates left.", [("a third", 33.3, 29.2, 36.7, "About")]),
        ("Half the country voted.", [("Half", 50, 45, 55, None)]),
        ("one in every five adults", [("one in every five", 20, 18.3, 22.5, None)]),
        ("2 in 3 voters", [("2 in 3", 66.7, 63.3, 70.8, None)]),
        ("one in 12 children", [("one in 12", 8.3, 8, 8.7, None)]),
        ("Almost two-thirds of them agreed.", [("two-thirds", 66.7, 60, 66.7, "Almost")]),
        ("fewer than half of the voters", [("half", 50, 0, 50, "fewer than")]),
        ("Most agreed, and two-thirds of them voted.", [("two-thirds", 66.7, 63.3, 70.8, None)]),
        ("and half of them left", [("half", 50, 45, 55, None)]),
        ("Polls found that half of voters agree", [("half", 50, 45, 55, None)]),
        # poll stories leave the group out when a verb of the polled follows
        ("More than half said they would vote.", [("half", 50, 50, 100, "More than")]),
        ("A majority say the economy is bad.", [("A majority", 50, 50, 100, None)]),
        ("About a third who voted left.", [("a third", 33.3, 29.2, 36.7, "About")]),
        ("In half of the states it rained.", [("half", 50, 45, 55, None)]),
        # "a majority" bounds a share without stating one: read as "more than half"
        ("A majority of senators voted no.", [("A majority", 50, 50, 100, None)]),
        ("a slim majority of voters", [("a slim majority", 50, 50, 100, None)]),
        ("a minority of voters", [("a minority", 50, 0, 50, None)]),
        # not shares: periods, numbers, idioms, ordinals, parts of words, thresholds
        ("He waited half an hour.", []),
        ("It cost half a million dollars.", []),
        ("a quarter of a million people came", []),
        ("A quarter century ago it fell.", []),
        ("It took a quarter of an hour.", []),
        ("Sales rose in the third quarter.", []),
        ("His half-brother came.", []),
        ("We are halfway there.", []),
        ("In the first half of 2023 sales rose.", []),
        ("In half of 2023 it rained.", []),
        ("the second half of the season", []),
        ("It needs a two-thirds majority in the Senate.", []),
        ("a third of the way up the hill", []),
        ("a decade and a half of foreign policy", []),
        ("two and a quarter of them", []),
        ("They cut it in half.", []),
        ("It was one in a million.", []),
        ("That is only half the story.", []),
        ("Allergan is about half the size of Pfizer.", []),
        ("The jobless rate is less than half its 2009 peak.", []),
        ("She calls for $275 billion, half of what he proposed.", []),
        ("He bought Uranium One in three separate deals.", []),
        ("The vast majority of voters agreed.", []),
        ("one in 10 days it rains", []),
        ("The score was one in five.", []),
        ("Half went home.", []),
        ("Four in 10 said no.", [("Four in 10", 40, 35, 45, None)]),
        ("They cut it in half said Smith.", []),
    ],
)
def test_shares_table(text, expected):
    assert shares(text) == expected


def test_a_share_is_not_also_a_count():
    kinds = [(v.kind, v.counted) for v in parse_values("Nearly half of the 1,200 troops left.")]
    assert kinds == [("percent", "troops"), ("count", "troops")]


@pytest.mark.parametrize(
    ("num", "den", "hedge", "low", "high"),
    [
        (1, 2, None, 45, 55),
        (1, 3, None, 29.17, 36.67),
        (2, 3, None, 63.33, 70.83),
        (3, 4, None, 70.83, 77.5),
        (1, 5, None, 18.33, 22.5),
        (9, 10, None, 85, 95),
        (3, 100, None, 2.5, 3.5),
        (1, 1, None, 90, 100),
        (0, 5, None, 0, 8.33),
        (1, 2, "more than", 50, 100),
        (1, 2, "just over", 50, 60),
        (1, 2, "nearly", 45, 50),
        (2, 3, "at least", 66.67, 100),
        (1, 3, "less than", 0, 33.33),
        (1, 3, "about", 29.17, 36.67),  # the precision is wider than ± 10%
        (1, 2, "up to", 0, 50),
    ],
)
def test_share_interval_table(num, den, hedge, low, high):
    got = share_interval(num, den, hedge)
    assert (round(got[0], 2), round(got[1], 2)) == (low, high)


@pytest.mark.parametrize(("num", "den"), [(3, 2), (1, 0), (-1, 4)])
def test_share_interval_rejects_what_is_no_share(num, den):
    with pytest.raises(ValueError, match="no share"):
        share_interval(num, den)


_SMALL = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
_PARTS = {2: "half", 3: "third", 4: "quarter", 5: "fifth", 6: "sixth", 7: "seventh",
          8: "eighth", 9: "ninth", 10: "tenth"}


@st.composite
def written_shares(draw: st.DrawFn) -> tuple[str, int, int]:
    """A share as news writes it, in words or digits: (text, numerator, denominator)."""
    den = draw(st.integers(2, 10))
    num = draw(st.integers(1, den - 1))
    style = draw(st.sampled_from(["words", "hyphen", "in", "out of", "digits in", "a"]))
    if style == "a" or (style in ("words", "hyphen") and num == 1):
        form = f"{draw(st.sampled_from(['a', 'one']))} {_PARTS[den]}"
        num = 1
    elif style in ("words", "hyphen"):
        form = f"{_SMALL[num - 1]}{' ' if style == 'words' else '-'}{_PARTS[den]}s"
    elif style == "digits in":
        form = f"{num} in {den}"
    else:
        form = f"{_SMALL[num - 1]} {style} {_SMALL[den - 1] if den < 10 else den}"
    return form, num, den


def _one_share(text: str) -> Measure:
    found = [v for v in parse_values(text) if v.kind == "percent"]
    assert len(found) == 1, (text, found)
    assert isinstance(found[0].value, Measure)
    return found[0].value


@given(written_shares(), st.sampled_from(["voters", "the budget", "all Americans"]))
def test_a_share_lies_in_its_own_interval(share, group):
    form, num, den = share
    value = _one_share(f"Polls show {form} of {group} backed the plan.")
    assert value.unit == "%"
    assert value.value == pytest.approx(100 * num / den)
    assert value.low is not None and value.high is not None
    assert 0 <= value.low <= value.value <= value.high <= 100


@given(written_shares())
def test_more_than_moves_low_up_and_nearly_moves_high_down(share):
    form, _, _ = share
    plain = _one_share(f"Polls show {form} of voters backed the plan.")
    more = _one_share(f"Polls show more than {form} of voters backed the plan.")
    nearly = _one_share(f"Polls show nearly {form} of voters backed the plan.")
    assert plain.low is not None and plain.high is not None
    assert more.low == plain.value > plain.low and more.high == 100
    assert nearly.high == plain.value < plain.high


def test_share_claims_name_the_group_as_predicate(nlp):
    text = ("More than half of voters backed the plan, and two-thirds of Republicans opposed "
            "it. One in five adults smoke. 52% of voters agreed.")
    got = [(c.text, c.kind, c.predicate)
           for c in claimcheck.extract_claims(text, date="2024-05-14", nlp=nlp)]
    assert got == [("half", "percent", "voter"), ("two-thirds", "percent", "republicans"),
                   ("One in five", "percent", "adult"), ("52%", "percent", "voter")]


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("More than half of Clinton's support comes from women.", "support"),
        ("Two-thirds of Republican primary voters backed him.", "voter"),
        ("A majority of the nation's union members backed her.", "union member"),
    ],
)
def test_share_predicate_is_the_noun_the_group_words_lead_to(nlp, text, predicate):
    (claim,) = claimcheck.extract_claims(text, date="2024-05-14", nlp=nlp)
    assert (claim.kind, claim.predicate) == ("percent", predicate)


@pytest.fixture(scope="module")
def poll_corpus(tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        yield Corpus.load([DATA / "corpus_shares.jsonl"])


@pytest.mark.parametrize(
    ("text", "phrase", "verdict", "reason"),
    [
        ("One in five adults smoked in 2023, according to Gallup.", "One in five", "supported",
         "stated 18.3333 to 22.5 %; reference 21 %"),
        ("One in three adults smoked in 2023, according to Gallup.", "One in three",
         "conflicting", "value: the reference is 21 %"),
        ("The Pew Research Center survey found that two-thirds of Republicans opposed the "
         "Medicare plan in 2023.", "two-thirds", "supported",
         "stated 63.3333 to 70.8333 %; reference 68 %"),
        ("The Pew Research Center survey found that more than three-quarters of Republicans "
         "opposed the Medicare plan in 2023.", "three-quarters", "conflicting",
         "hedge: the reference 68 % is below what 'more than' allows"),
        ("The Pew Research Center survey found that a majority of Republicans opposed the "
         "Medicare plan in 2023.", "a majority", "supported", "stated 50 to 100 %"),
        ("One in five adults smoked in 2019, according to Gallup.", "One in five", "unverified",
         ""),
    ],
)
def test_share_verdicts_against_a_percent_fact(nlp, poll_corpus, text, phrase, verdict, reason):
    report = claimcheck.check(text, corpus=poll_corpus, date="2024-05-14", nlp=nlp)
    (claim,) = [c for c in report.claims if c.text == phrase]
    assert (claim.kind, claim.verdict, claim.reason[: len(reason)]) == ("percent", verdict, reason)
