"""End to end: the seed article and variants of it made by rules, through the whole pipeline.

Each rule finds a kind of expression in the seed (a money amount, a year beside it, a full
date, a month and year, a day range, an ordinal, an anniversary, weekdays, a subject) and
rewrites it: a changed value must make that claim conflicting, a correct value written another
way must keep it supported, a subject the corpus does not cover must leave it unverified. In
every variant nothing outside the edited sentence may change to conflicting.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest

import claimcheck
from claimcheck.corpus import Corpus, default_corpus_path

SEED_DATE = "2024-05-14"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ORDINALS = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh"]


@dataclass(frozen=True)
class Variant:
    name: str
    text: str
    region: tuple[int, int]  # the rewritten stretch, in the variant's offsets
    expected: str


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str
    rewrite: Callable[[re.Match[str]], str]
    expected: str
    target: str | None = None  # the claim to judge, when the edit is not itself a value


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _shift_date(m: re.Match[str], *, days: int = 0, months: int = 0, years: int = 0) -> str:
    d = dt.date(int(m["y"]), MONTHS.index(m["m"]) + 1, int(m["d"]))
    month = (d.month - 1 + months) % 12 + 1
    d = d.replace(year=d.year + years, month=month) + dt.timedelta(days=days)
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


MONEY = r"(?P<n>\d+) billion dollars"
FULL_DATE = r"(?P<d>\d{1,2}) (?P<m>[A-Z][a-z]+) (?P<y>\d{4})"
RULES = [
    # a changed number
    Rule("money x1.25", MONEY, lambda m: f"{int(m['n']) * 5 // 4} billion dollars", "conflicting"),
    Rule("money /1000", MONEY, lambda m: f"{m['n']} million dollars", "conflicting"),
    Rule("money -10%", MONEY, lambda m: f"{int(m['n']) * 9 // 10} billion dollars", "conflicting"),
    # the same number written another way
    Rule("money $Nbn", MONEY, lambda m: f"${m['n']}bn", "supported"),
    Rule("money US$N billion", MONEY, lambda m: f"US${m['n']} billion", "supported"),
    Rule("money $N.1 billion", MONEY, lambda m: f"${m['n']}.1 billion", "supported"),
    Rule("money about N+10", MONEY, lambda m: f"about {int(m['n']) + 10} billion dollars",
         "supported"),
    Rule("money more than N-10", MONEY, lambda m: f"more than {int(m['n']) - 10} billion dollars",
         "supported"),
    Rule("money nearly N+5", MONEY, lambda m: f"nearly {int(m['n']) + 5} billion dollars",
         "supported"),
    Rule("money exact US$N.11 billion", MONEY, lambda m: f"US${m['n']}.11 billion", "supported"),
    Rule("money less than N", MONEY, lambda m: f"less than {m['n']} billion dollars",
         "conflicting"),
    Rule("date written month-first", FULL_DATE, lambda m: f"{m['m']} {m['d']}, {m['y']}",
         "supported"),
    # a changed year, date, ordinal, weekday or anniversary
    Rule("measure year -1", r"(?<=dollars in )(?P<y>\d{4})", lambda m: str(int(m["y"]) - 1),
         "conflicting"),
    Rule("date day +1", FULL_DATE, lambda m: _shift_date(m, days=1), "conflicting"),
    Rule("date month +1", FULL_DATE, lambda m: _shift_date(m, months=1), "conflicting"),
    Rule("date year -1", FULL_DATE, lambda m: _shift_date(m, years=-1), "conflicting"),
    Rule("month-year year -1", r"(?<=in )(?P<m>February) (?P<y>\d{4})",
         lambda m: f"{m['m']} {int(m['y']) - 1}", "conflicting"),
    Rule("day range +1", r"May (?P<a>\d+)-(?P<b>\d+)",
         lambda m: f"May {int(m['a']) + 1}-{int(m['b']) + 1}", "conflicting"),
    Rule("day range end +1", r"May (?P<a>\d+)-(?P<b>\d+)",
         lambda m: f"May {m['a']}-{int(m['b']) + 1}", "conflicting"),
    Rule("ordinal meeting +1", r"(?P<o>\w+)(?= face-to-face meeting)",
         lambda m: ORDINALS[ORDINALS.index(m["o"]) + 1], "conflicting"),
    Rule("ordinal meeting -1", r"(?P<o>\w+)(?= face-to-face meeting)",
         lambda m: ORDINALS[ORDINALS.index(m["o"]) - 1], "conflicting"),
    Rule("ordinal visit +1", r"(?P<o>\w+)(?= visit to the Asian)",
         lambda m: ORDINALS[ORDINALS.index(m["o"]) + 1], "conflicting"),
    Rule("anniversary -5", r"(?P<n>\d+)th(?= anniversary)",
         lambda m: f"{int(m['n']) - 5}{_suffix(int(m['n']) - 5)}", "conflicting"),
    Rule("anniversary +1", r"(?P<n>\d+)th(?= anniversary)",
         lambda m: f"{int(m['n']) + 1}{_suffix(int(m['n']) + 1)}", "conflicting"),
    Rule("re-election month +1", r"(?<=re-election in )(?P<m>March)",
         lambda m: MONTHS[MONTHS.index(m["m"]) + 1], "conflicting"),
    Rule("announcement weekday -1", r"(?<=announced on )(?P<w>[A-Z][a-z]+day)",
         lambda m: WEEKDAYS[WEEKDAYS.index(m["w"]) - 1], "conflicting"),
    Rule("visit weekdays +1", r"(?<=visit China on )(?P<a>\w+day) and (?P<b>\w+day)",
         lambda m: f"{WEEKDAYS[WEEKDAYS.index(m['a']) + 1]} and "
                   f"{WEEKDAYS[WEEKDAYS.index(m['b']) + 1]}", "conflicting"),
    # a claim about something the corpus does not cover
    Rule("uncovered trade partner", r"(?<=Trade between China and )Russia(?= has)",
         lambda m: "Brazil", "unverified", target="240 billion dollars"),
    Rule("uncovered measure", r"Trade(?= between China and Russia has)",
         lambda m: "Tourism", "unverified", target="240 billion dollars"),
]  # fmt: skip


def variants(seed: str) -> Iterator[Variant]:
    for rule in RULES:
        m = re.search(rule.pattern, seed)
        assert m, f"rule {rule.name!r} no longer applies to the seed"
        new = rule.rewrite(m)
        text = seed[: m.start()] + new + seed[m.end() :]
        region = (m.start(), m.start() + len(new))
        if rule.target:
            at = text.index(rule.target, m.start())
            region = (at, at + len(rule.target))
        yield Variant(rule.name, text, region, rule.expected)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The bundled corpus, indexed into a cache private to this module."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        yield Corpus.load([default_corpus_path()])


def verdicts_of(report) -> dict[str, str]:
    return {c.text: c.verdict for c in report.claims}


def test_seed_is_supported_where_the_corpus_knows_and_never_conflicting(seed_text, corpus, nlp):
    report = claimcheck.check(seed_text, corpus=corpus, date=SEED_DATE, nlp=nlp)
    by_text = {(c.text, c.start): c for c in report.claims}
    conflicting = [c.text for c in report.claims if c.verdict == "conflicting"]
    assert conflicting == []
    must = {
        "240 billion dollars": "gacc-2023-china-russia-trade",
        "18 October 2023": "xi-putin-meeting-2023-10-18-beijing",
        "May 16-17": "putin-state-visit-china-2024",
        "February 2022": "russian-invasion-of-ukraine-2022",
    }
    for text, fact in must.items():
        found = [c for (t, _), c in by_text.items() if t == text]
        assert found, f"the extractor found no claim {text!r}"
        assert found[0].verdict == "supported", (text, found[0].reason)
        assert fact in [e.fact for e in found[0].evidence], (text, found[0].evidence)
    assert report.summary.conflicting == 0
    assert report.summary.supported >= 8


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_variant(seed_text, corpus, nlp, rule):
    (variant,) = [v for v in variants(seed_text) if v.name == rule.name]
    report = claimcheck.check(variant.text, corpus=corpus, date=SEED_DATE, nlp=nlp)
    lo, hi = variant.region
    edited = [c for c in report.claims if c.start < hi and lo < c.end]
    assert edited, f"no claim covers the edit {variant.text[lo:hi]!r}"
    assert variant.expected in [c.verdict for c in edited], [
        (c.text, c.verdict, c.reason) for c in edited
    ]
    # Nothing outside the edited sentence turns conflicting.
    stray = [
        (c.text, c.reason)
        for c in report.claims
        if c.verdict == "conflicting" and not (c.sentence.start <= lo and hi <= c.sentence.end)
    ]
    assert stray == []
