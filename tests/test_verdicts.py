"""Verdicts for claims built by hand (the claims stage's contract) against real corpora.

The seed tables use the bundled corpus and the seed article's own sentences; the Alphaland
tables use tests/data/corpus_alpha.jsonl so measures, units and slips are checked on facts
whose values the test controls.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.corpus import Corpus, default_corpus_path
from claimcheck.models import (
    Claim,
    Cue,
    DateValue,
    DurationValue,
    Measure,
    Mention,
    Ordinal,
    Quote,
    Span,
    Speaker,
    TimeScope,
)
from claimcheck.verdicts import check_claims, check_quotes

DATA = Path(__file__).parent / "data"
SEED_DATE = "2024-05-14"


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    """A cache directory private to this module."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        yield


@pytest.fixture(scope="module")
def bundled(cache):
    return Corpus.load([default_corpus_path()])


@pytest.fixture(scope="module")
def alpha(cache):
    return Corpus.load([DATA / "corpus_alpha.jsonl"])


def sentence_of(text: str, i: int) -> Span:
    """The line (or sentence) around offset ``i``: what the claims stage gives as sentence."""
    starts = [m.end() for m in re.finditer(r"\n|\. ", text[:i])]
    start = starts[-1] if starts else 0
    m = re.search(r"\n|\.(?: |$)", text[i:])
    return Span(start=start, end=i + m.start() + 1 if m else len(text))


def claim(text, phrase, kind, value, *, occurrence=0, **extra) -> Claim:
    i = -1
    for _ in range(occurrence + 1):
        i = text.index(phrase, i + 1)
    return Claim(id=f"c{i}", start=i, end=i + len(phrase), text=phrase, kind=kind, value=value,
                 sentence=sentence_of(text, i), **extra)  # fmt: skip


def day(start, end=None, gran="day"):
    return DateValue(timex=start, start=start, end=end or start, granularity=gran)


SIX_MONTHS = DurationValue(timex="P6M", value=182.6, low=182.6, high=219.1)
FIVE_MONTHS = DurationValue(timex="P5M", value=152.2, low=152.2, high=182.6)

# (phrase, occurrence, kind, value, verdict, reason starts with)
SEED_ROWS = [
    ("240 billion dollars", 0, "money", Measure(value=240e9, low=235e9, high=245e9, unit="USD"),
     "supported", "stated 235 billion to 245 billion USD; reference 240.11 billion USD for 2023"),
    ("18 October 2023", 0, "date", day("2023-10-18"), "supported", "meeting on 2023-10-18"),
    ("May 16-17", 0, "date", day("2024-05-16", "2024-05-17"), "supported", "state visit"),
    ("Thursday", 0, "date", day("2024-05-16"), "supported", "state visit"),
    ("Tuesday", 0, "date", day("2024-05-14"), "supported", "announcement on 2024-05-14"),
    ("February 2022", 0, "date", day("2022-02-01", "2022-02-28", "month"), "supported",
     "invasion on 2022-02-24"),
    ("March", 0, "date", day("2024-03-01", "2024-03-31", "month"), "supported",
     "presidential election"),
    ("fourth", 0, "ordinal", Ordinal(value=4, counts="meeting"), "supported",
     "the corpus has 4 meeting(s) since 2022-02-24"),
    ("75th", 0, "ordinal", Ordinal(value=75, counts="anniversary"), "supported",
     "anniversary: 1949 + 75 = 2024"),
    ("just over six months", 1, "duration", SIX_MONTHS, "supported", "interval: 2023-10-17"),
    # the corpus has nothing about Chinese exports in March and April
    ("April", 0, "date", day("2024-04-01", "2024-04-30", "month"), "unverified", "no event"),
    ("first", 0, "ordinal", Ordinal(value=1, counts="trip"), "unverified", ""),
]  # fmt: skip


@pytest.mark.parametrize(("phrase", "occ", "kind", "value", "verdict", "reason"), SEED_ROWS)
def test_seed_claims(bundled, seed_text, phrase, occ, kind, value, verdict, reason):
    c = claim(seed_text, phrase, kind, value, occurrence=occ)
    (checked,) = check_claims([c], bundled, quotes=[], text=seed_text, date=SEED_DATE)
    assert (checked.verdict, checked.reason[: len(reason)]) == (verdict, reason)
    if verdict != "unverified":
        assert checked.evidence and all(0 <= e.score <= 1 for e in checked.evidence)


# Variants of one seed sentence: (old, new, phrase, kind, value, verdict, reason prefix)
SEED_EDITS = [
    ("18 October 2023", "19 October 2023", "19 October 2023", "date", day("2023-10-19"),
     "conflicting", "day: off by 1 day"),
    ("18 October 2023", "18 October 2022", "18 October 2022", "date", day("2022-10-18"),
     "conflicting", "year"),
    ("February 2022", "February 2021", "February 2021", "date",
     day("2021-02-01", "2021-02-28", "month"), "conflicting", "year"),
    ("fourth face", "fifth face", "fifth", "ordinal", Ordinal(value=5, counts="meeting"),
     "conflicting", "off-by-one ordinal"),
    ("fourth face", "sixth face", "sixth", "ordinal", Ordinal(value=6, counts="meeting"),
     "conflicting", "count"),
    ("75th", "70th", "70th", "ordinal", Ordinal(value=70, counts="anniversary"), "conflicting",
     "anniversary: 1949 + 70 = 2019, not 2024"),
    ("just over six months", "just over five months", "just over five months", "duration",
     FIVE_MONTHS, "conflicting", "interval"),
    ("240 billion dollars", "240 million dollars", "240 million dollars", "money",
     Measure(value=240e6, low=235e6, high=245e6, unit="USD"), "conflicting",
     "million/billion slip"),
    ("240 billion dollars in 2023", "240 billion dollars in 2022", "240 billion dollars",
     "money", Measure(value=240e9, low=235e9, high=245e9, unit="USD"), "conflicting",
     "year: 240.11 billion USD is the figure for 2023; for 2022 it is 190.27 billion USD"),
    ("240 billion dollars", "about 250 billion dollars", "250 billion dollars", "money",
     Measure(value=250e9, low=225e9, high=275e9, unit="USD"), "supported", "stated 225"),
    ("China and Russia has", "China and India has", "240 billion dollars", "money",
     Measure(value=240e9, low=235e9, high=245e9, unit="USD"), "unverified", "no fact"),
    ("May 16-17", "May 17-18", "May 17-18", "date", day("2024-05-17", "2024-05-18"),
     "conflicting", "day"),
]  # fmt: skip


@pytest.mark.parametrize(("old", "new", "phrase", "kind", "value", "verdict", "reason"), SEED_EDITS)
def test_seed_edits(bundled, seed_text, old, new, phrase, kind, value, verdict, reason):
    text = seed_text.replace(old, new, 1)
    c = claim(text, phrase, kind, value)
    (checked,) = check_claims([c], bundled, quotes=[], text=text, date=SEED_DATE)
    assert (checked.verdict, checked.reason[: len(reason)]) == (verdict, reason)


def test_weekday_that_disagrees_with_the_date_beside_it(bundled, seed_text):
    text = seed_text.replace("on Thursday and Friday this", "on Wednesday and Thursday this", 1)
    text = text.replace("May 16-17", "May 17-18", 1)
    c = claim(text, "May 17-18", "date", day("2024-05-17", "2024-05-18"))
    (checked,) = check_claims([c], bundled, quotes=[], text=text, date=SEED_DATE)
    assert checked.verdict == "conflicting"
    text = seed_text.replace("on Thursday and Friday this", "on Saturday and Sunday this", 1)
    c = claim(text, "May 16-17", "date", day("2024-05-16", "2024-05-17"))
    (checked,) = check_claims([c], bundled, quotes=[], text=text, date=SEED_DATE)
    assert (checked.verdict, checked.reason) == (
        "conflicting",
        "weekday: 2024-05-16 is a Thursday, but the text says Saturday and Sunday",
    )


@pytest.mark.parametrize(
    ("ordinal", "duration", "verdicts"),
    [
        (2, SIX_MONTHS, ["supported", "supported"]),
        (3, SIX_MONTHS, ["conflicting", "supported"]),
        # in 152-183 days before 16 May 2024 there was only the one visit
        (2, FIVE_MONTHS, ["conflicting", "conflicting"]),
    ],
)
def test_second_visit_in_just_over_six_months(bundled, seed_text, ordinal, duration, verdicts):
    """The ordinal counts visits inside the stated interval; the interval is the gap."""
    o = claim(seed_text, "second", "ordinal", Ordinal(value=ordinal, counts="visit"))
    d = claim(seed_text, "just over six months", "duration", duration)
    checked = check_claims([o, d], bundled, quotes=[], text=seed_text, date=SEED_DATE)
    assert [c.verdict for c in checked] == verdicts


def test_time_scope_year_shares_its_measures_verdict(bundled, seed_text):
    money = claim(seed_text, "240 billion dollars", "money",
                  Measure(value=240e9, low=235e9, high=245e9, unit="USD"))  # fmt: skip
    year = claim(seed_text, "2023", "date", day("2023-01-01", "2023-12-31", "year"), occurrence=2)
    checked = check_claims([money, year], bundled, quotes=[], text=seed_text, date=SEED_DATE)
    assert [c.verdict for c in checked] == ["supported", "supported"]
    assert checked[1].reason.startswith("time scope of '240 billion dollars': stated")


def test_no_publication_date_leaves_derived_claims_unverified(bundled, seed_text):
    c = claim(seed_text, "75th", "ordinal", Ordinal(value=75, counts="anniversary"))
    (checked,) = check_claims([c], bundled, quotes=[], text=seed_text, date=None)
    assert checked.verdict == "unverified"


# --- measures against the Alphaland corpus ----------------------------------------------------

Y2023 = TimeScope(start="2023-01-01", end="2023-12-31")


def m(v, lo, hi, unit):
    return Measure(value=v, low=lo, high=hi, unit=unit)


ALPHA_ROWS = [
    ("Trade between Alphaland and Betaland reached $12.5 billion in 2023.", "$12.5 billion",
     "money", m(12.5e9, 12.45e9, 12.55e9, "USD"), "supported", "stated"),
    ("Trade between Alphaland and Betaland reached $14 billion in 2023.", "$14 billion",
     "money", m(14e9, 13.5e9, 14.5e9, "USD"), "conflicting", "value"),
    ("Trade between Alphaland and Betaland reached $12.6 billion in 2023.", "$12.6 billion",
     "money", m(12.6e9, 12.55e9, 12.65e9, "USD"), "conflicting", "rounding"),
    ("Trade between Alphaland and Betaland reached $21.5 billion in 2023.", "$21.5 billion",
     "money", m(21.5e9, 21.45e9, 21.55e9, "USD"), "conflicting", "transposed digits"),
    ("Trade between Alphaland and Betaland reached €12.5 billion in 2023.", "€12.5 billion",
     "money", m(12.5e9, 12.45e9, 12.55e9, "EUR"), "unverified", "the corpus states this in USD"),
    ("Trade between Alphaland and Betaland reached more than $12 billion in 2023.",
     "$12 billion", "money", m(12e9, 12e9, None, "USD"), "supported", "stated at least"),
    ("Trade between Alphaland and Betaland reached nearly $12 billion in 2023.", "$12 billion",
     "money", m(12e9, 10.8e9, 12e9, "USD"), "conflicting",
     "hedge: the reference 12.5 billion USD is above what 'nearly' allows"),
    ("Trade between Alphaland and Gammaland reached $12.5 billion in 2023.", "$12.5 billion",
     "money", m(12.5e9, 12.45e9, 12.55e9, "USD"), "unverified", "no fact"),
    ("Alphaland's wheat harvest was 3.2 billion kilograms in 2022.", "3.2 billion kilograms",
     "quantity", m(3.2e9, 3.15e9, 3.25e9, "kilogram"), "supported", "stated"),
    ("Alphaland's rail network was 1,200 miles long in 2020.", "1,200 miles", "quantity",
     m(1200, 1150, 1250, "mile"), "conflicting", "unit slip"),
    ("Alphaland's rail network was 746 miles long in 2020.", "746 miles", "quantity",
     m(746, 745.5, 746.5, "mile"), "supported", "stated"),
    ("The Alphaland-Betaland summit was held in Betaland on 3 June 2023.", "3 June 2023",
     "date", day("2023-06-03"), "supported", "summit on 2023-06-03"),
    ("The Alphaland-Betaland summit was held in Betaland on 3 June 2024.", "3 June 2024",
     "date", day("2024-06-03"), "conflicting", "year"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "phrase", "kind", "value", "verdict", "reason"), ALPHA_ROWS)
def test_alpha_measures_units_and_slips(alpha, text, phrase, kind, value, verdict, reason):
    year = re.search(r"(\d{4})\.$", text)
    time = None
    if kind != "date" and year:
        time = TimeScope(start=f"{year.group(1)}-01-01", end=f"{year.group(1)}-12-31")
    hedge = next((h for h in ("more than", "nearly") if h in text), None)
    c = claim(text, phrase, kind, value, time=time, hedge=hedge)
    (checked,) = check_claims([c], alpha, quotes=[], text=text, date="2024-06-01")
    assert (checked.verdict, checked.reason[: len(reason)]) == (verdict, reason)


@given(
    low=st.floats(min_value=1e9, max_value=20e9),
    width=st.floats(min_value=0, max_value=5e9),
)
def test_measure_verdict_is_membership_of_the_reference_in_the_interval(alpha, low, width):
    """Same subject, predicate and period: supported iff 12.5e9 lies in [low, high]."""
    text = "Trade between Alphaland and Betaland reached $X in 2023."
    value = m(low + width / 2, low, low + width, "USD")
    c = claim(text, "$X", "money", value, time=Y2023)
    (checked,) = check_claims([c], alpha, quotes=[], text=text, date="2024-06-01")
    expected = "supported" if low <= 12.5e9 <= low + width else "conflicting"
    assert checked.verdict == expected


# --- quotes and speakers ----------------------------------------------------------------------


def quote(text, body, *, speaker=None, role=None, organization=None):
    i = text.index(body)
    sp = None
    if speaker:
        j = text.index(speaker)
        sp = Speaker(name=speaker, kind="person", role=role, organization=organization,
                     mention=Mention(start=j, end=j + len(speaker), text=speaker))  # fmt: skip
    return Quote(id="q1", start=i, end=i + len(body), text=body, kind="direct", marks="double",
                 speaker=sp, cue=None, confidence=0.9)  # fmt: skip


DOCS_QUOTES = [
    ("the two countries would never accept unilateral sanctions", "supported", "matches"),
    ("the two countries would always accept unilateral sanctions", "conflicting",
     "negation changed; diff: [-never-]{+always+}"),
    ("the three countries would never accept unilateral sanctions", "conflicting",
     "number changed; diff: [-2-]{+3+}"),
    ("we will build a bridge across the river by next spring", "unverified", ""),
    ("boundless", "unverified", "too short"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "verdict", "reason"), DOCS_QUOTES)
def test_quotes_against_document_statements(cache, nlp, body, verdict, reason):
    corpus = Corpus.load([DATA / "corpus_docs"])
    text = f'The minister said: "{body}," at a briefing.'
    (checked,) = check_quotes([quote(text, f'"{body},"')], corpus, text=text, date="2024-03-02")
    assert (checked.verdict, checked.reason[: len(reason)]) == (verdict, reason)
    if verdict != "unverified":
        assert checked.evidence[0].source.url == "https://example.org/briefing"


@pytest.mark.parametrize(
    ("old", "new", "verdict", "reason"),
    [
        ("", "", "supported", "matches mfa-2024-05-14-putin-visit-announcement up to style"),
        ("Xi Jinping", "Li Qiang", "conflicting", "name changed; diff: "),
        ("May 16-17", "May 16-18", "conflicting", "number changed; diff: "),
        ("will pay", "will not pay", "conflicting", "negation changed; diff: "),
    ],
)
def test_seed_announcement_quote(bundled, seed_text, old, new, verdict, reason):
    start = seed_text.index('"At the invitation')
    body = seed_text[start : seed_text.index(',"', start) + 2]
    changed = body.replace(old, new, 1) if old else body
    text = seed_text.replace(body, changed, 1)
    (checked,) = check_quotes([quote(text, changed)], bundled, text=text, date=SEED_DATE)
    assert (checked.verdict, checked.reason[: len(reason)]) == (verdict, reason)
    if old:  # the diff names the words that changed
        added = set(re.findall(r"\w+", new.lower())) - set(re.findall(r"\w+", old.lower()))
        assert all(w in checked.reason for w in added)
    assert checked.evidence[0].fact == "mfa-2024-05-14-putin-visit-announcement"


@pytest.mark.parametrize(
    ("speaker", "role", "verdict", "reason"),
    [
        ("Hua Chunying", "spokeswoman", "supported", "Hua Chunying was spokesperson of Ministry"),
        ("Wang Wenbin", "spokesman", "supported", "Wang Wenbin was spokesperson"),
        ("Hua Chunying", "foreign minister", "conflicting", "Hua Chunying held spokesperson"),
        ("Vladimir Putin", "President", "supported", "Vladimir Putin was president of Russia"),
        ("Vladimir Putin", "prime minister", "conflicting", "Vladimir Putin held president"),
        ("Li Ming", "spokesman", "unverified", "no person record for Li Ming"),
        ("Hua Chunying", None, None, None),
        ("Hua Chunying", "spokeswoman|Chinese Foreign Ministry", "supported", "Hua Chunying was"),
        (
            "Hua Chunying",
            "spokeswoman|Kremlin",
            "conflicting",
            "Hua Chunying was spokesperson of Ministry of Foreign Affairs of China on 2024-05-14, "
            "not of Kremlin",
        ),
    ],
)
def test_speaker_roles_are_checked_on_the_article_date(bundled, speaker, role, verdict, reason):
    text = f'"Russia and China will sign a new agreement next week," {speaker} said.'
    role, _, organization = (role or "").partition("|")
    q = quote(text, '"Russia and China will sign a new agreement next week,"', speaker=speaker,
              role=role or None, organization=organization or None)  # fmt: skip
    (checked,) = check_quotes([q], bundled, text=text, date=SEED_DATE)
    assert checked.speaker_verdict == verdict
    assert (checked.speaker_reason or "")[: len(reason or "")] == (reason or "")


def test_cue_does_not_matter_to_the_quote_verdict(bundled):
    text = '"Russia and China will sign a new agreement next week," she said.'
    q = quote(text, '"Russia and China will sign a new agreement next week,"')
    q2 = q.model_copy(update={"cue": Cue(start=62, end=66, text="said")})
    a, b = check_quotes([q, q2], bundled, text=text, date=SEED_DATE)
    assert a.verdict == b.verdict == "unverified"


@pytest.mark.parametrize(
    ("date_source", "verdict", "reason"),
    [
        ("given", "conflicting", "day: off by 1 day"),
        ("inferred", "unverified", "would conflict if the inferred publication date 2024-05-13"),
    ],
)
def test_claims_resting_on_an_inferred_date_never_conflict(bundled, seed_text, date_source,
                                                           verdict, reason):  # fmt: skip
    """'Tuesday' read against a wrongly guessed date is not the article's error."""
    c = claim(seed_text, "Tuesday", "date", day("2024-05-13"))
    (checked,) = check_claims([c], bundled, quotes=[], text=seed_text, date="2024-05-13",
                              date_source=date_source)  # fmt: skip
    assert (checked.verdict, checked.reason[: len(reason)]) == (verdict, reason)


STATEMENT = "The minister said the two countries would never accept unilateral sanctions."


@given(start=st.integers(min_value=0, max_value=5), length=st.integers(min_value=6, max_value=11))
def test_any_stretch_of_a_statement_quoted_verbatim_is_supported(cache, nlp, start, length):
    corpus = _docs_corpus()
    words = STATEMENT.rstrip(".").split()[start : start + length]
    body = f'"{" ".join(words)},"'
    text = f"An official said: {body} at a briefing."
    (checked,) = check_quotes([quote(text, body)], corpus, text=text, date="2024-03-02")
    assert checked.verdict == "supported", (body, checked.reason)


_DOCS: list[Corpus] = []


def _docs_corpus() -> Corpus:
    if not _DOCS:
        _DOCS.append(Corpus.load([DATA / "corpus_docs"]))
    return _DOCS[0]
