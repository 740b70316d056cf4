"""The attribution confidence: its features on made-up texts, its laws, and its fitted file."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimcheck
from claimcheck import attribution_confidence as model
from claimcheck import attribution_weights

ROOT = Path(__file__).resolve().parent.parent

MENTIONS = ("name", "surname", "pronoun", "role_named", "person_noun", "organization", "group")

features = st.builds(
    model.Features,
    start=st.just(0),
    end=st.just(10),
    source=st.sampled_from((*model.SOURCES, "a source added later")),
    mention=st.sampled_from((*MENTIONS, "other")),
    distance=st.sampled_from(("sentence", "paragraph", "previous", "far", "elsewhere")),
    rivals=st.integers(0, 5),
    nearer=st.integers(0, 5),
    cue_word=st.sampled_from(("say", "other", "none")),
    crowded=st.booleans(),
    shape=st.sampled_from(("direct", "partial", "fragment")),
    unlinked=st.booleans(),
)


def _load_benchmark() -> ModuleType:
    path = ROOT / "benchmarks" / "confidence.py"
    spec = importlib.util.spec_from_file_location("confidence_bench", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["confidence_bench"] = module
    spec.loader.exec_module(module)
    return module


def _recorded(text: str, nlp) -> tuple[list[claimcheck.Quote], list[dict[str, object]]]:
    with model.recording() as found:
        quotes = claimcheck.extract_quotes(text, nlp=nlp)
    return quotes, found


# ---------------------------------------------------------------------------------------
# Laws of the model


@given(features)
def test_confidence_lies_in_the_unit_interval(f: model.Features) -> None:
    assert 0.0 <= model.score(f) <= 1.0


@given(features)
def test_a_rival_antecedent_never_raises_a_pronouns_confidence(f: model.Features) -> None:
    alone = model.Features(**{**f.__dict__, "mention": "pronoun", "rivals": 0, "nearer": 0})
    rivalled = model.Features(**{**f.__dict__, "mention": "pronoun", "rivals": 1, "nearer": 1})
    assert model.score(rivalled) <= model.score(alone)


@given(features)
def test_recording_collects_exactly_what_was_scored(f: model.Features) -> None:
    with model.recording() as found:
        given_score = model.score(f)
    assert found == [{**f.__dict__, "confidence": given_score}]
    model.score(f)  # outside the block nothing is recorded
    assert len(found) == 1


def test_a_null_speaker_and_a_nested_quote_get_their_constants() -> None:
    assert model.no_speaker_confidence() == attribution_weights.NO_SPEAKER
    assert 0.0 <= model.NESTED_CONFIDENCE <= 1.0


# ---------------------------------------------------------------------------------------
# Features read from made-up texts (independent of the fitted weights)

FEATURE_ROWS = [
    (
        'Senator Jane Miller spoke in Denver on Monday.\n\n"We will win this state and we '
        'will win it by a wide margin," Jane Miller said.',
        [("verb", "name", "sentence", "say", "direct")],
    ),
    (
        '"We will not raise taxes," said Governor Ann Lopez on Friday.',
        [("verb_inverted", "name", "sentence", "say", "direct")],
    ),
    (
        'John Smith met reporters in Ohio on Tuesday. "The plan will cut taxes for every '
        'family in the state," he said.',
        [("verb", "pronoun", "sentence", "say", "direct")],
    ),
    (
        'According to Ann Lopez, the budget is "balanced and fair to every taxpayer in the state".',
        [("according", "name", "sentence", "other", "partial")],
    ),
    ('Critics called the plan "a disaster".', [("verb", "group", "sentence", "other", "fragment")]),
    (
        "The mayor held a meeting on Monday.\n\nThe council approved the budget. The mayor "
        'dismissed the plan as "a waste of money that nobody in this city has ever wanted to '
        'pay for".',
        [("verb", "person_noun", "sentence", "other", "partial")],
    ),
    (
        'Senator Jane Miller spoke in Denver on Monday.\n\n"We will win this state and we '
        'will win it by a wide margin," Jane Miller said. The ad targets a "corrupt political '
        'system that has failed the families of this state for years".',
        [
            ("verb", "name", "sentence", "say", "direct"),
            ("follow_on", "name", "paragraph", "none", "partial"),
        ],
    ),
    (
        "The campaign released figures on Tuesday.\n\nThe new television ad targets a "
        '"corrupt political system that has failed the families of this state for years".',
        [("clause_subject", "other", "sentence", "none", "partial")],
    ),
    # Nothing said, nothing scored: a song title, and a text without quotes.
    ('The band played "Hey Jude" at the end of the show.', []),
    ("The council met on Monday and approved the budget.", []),
]


@pytest.mark.parametrize(("text", "expected"), FEATURE_ROWS)
def test_features_say_how_the_speaker_was_found(nlp, text: str, expected: list[tuple]) -> None:
    _, found = _recorded(text, nlp)
    got = [(f["source"], f["mention"], f["distance"], f["cue_word"], f["shape"]) for f in found]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "crowded"),
    [
        (
            'Jones said on Monday that Smith had called the plan "a disaster for the whole state".',
            [True],
        ),
        ('"We will not raise taxes," said Governor Ann Lopez on Friday.', [False]),
        # A verb of saying inside the quote is the speaker's, not a second attribution.
        ('"They said no and told us to leave," Ann Lopez said on Friday.', [False]),
    ],
)
def test_a_second_attribution_in_the_sentence_crowds_the_quote(
    nlp, text: str, crowded: list[bool]
) -> None:
    _, found = _recorded(text, nlp)
    assert [f["crowded"] for f in found] == crowded


def test_a_verb_cued_full_name_is_surer_than_a_clause_subject_guess(nlp) -> None:
    text = (
        '"We will win this state by a wide margin," said Senator Jane Miller on Monday.\n\n'
        "The campaign released figures on Tuesday.\n\nHer new television ad targets a "
        '"corrupt political system that has failed the families of this state for years".'
    )
    quotes, found = _recorded(text, nlp)
    assert [f["source"] for f in found] == ["verb_inverted", "clause_subject"]
    cued, guessed = quotes
    assert cued.confidence > guessed.confidence


@pytest.mark.parametrize(
    ("alone", "rivalled"),
    [
        (
            'John Smith met reporters in Ohio on Tuesday. "The plan will cut taxes for every '
            'family in the state," he said.',
            'John Smith met Peter Jones in Ohio on Tuesday. "The plan will cut taxes for every '
            'family in the state," he said.',
        ),
    ],
)
def test_a_pronoun_with_a_same_gender_rival_is_less_sure(nlp, alone: str, rivalled: str) -> None:
    (one,), (f_one,) = _recorded(alone, nlp)
    (two,), (f_two,) = _recorded(rivalled, nlp)
    assert (f_one["rivals"], f_one["nearer"]) == (0, 0)
    assert (f_two["rivals"], f_two["nearer"]) == (1, 1)
    assert two.confidence < one.confidence


def test_every_quote_with_a_speaker_is_scored_once(nlp, seed_text: str) -> None:
    quotes, found = _recorded(seed_text, nlp)
    # Marked quotes and reported speech; transcript turns without marks are scored elsewhere.
    spoken = {
        (q.start, q.end): q.confidence
        for q in quotes
        if q.speaker is not None and (q.marks is not None or q.kind == "indirect")
    }
    assert len(spoken) >= 5
    assert {(f["start"], f["end"]): f["confidence"] for f in found} == spoken


# ---------------------------------------------------------------------------------------
# The fitted file and the refit script

_WEIGHT_LINE = re.compile(r'^    "([^"]+)": (-?\d+\.\d{4}),  # (\d+) quotes, (\d+) right$')
_SCALAR_LINE = re.compile(r"^([A-Z_]+) = (-?\d+\.\d{4})  # (\d+) quotes, (\d+) right$")


def test_the_weights_file_is_what_the_refit_script_writes() -> None:
    """Read the committed weights and counts back, write them again with the refit script's
    writer, and get the same text: the file is in the format the script produces."""
    bench = _load_benchmark()
    path = ROOT / "claimcheck" / "attribution_weights.py"
    text = path.read_text(encoding="utf-8")
    weights: dict[str, float] = {}
    counts: dict[str, tuple[int, int]] = {}
    group = None
    for line in text.splitlines():
        if line.endswith(": dict[str, float] = {"):
            group = line.split(":")[0]
        elif (m := _WEIGHT_LINE.match(line)) and group:
            weights[f"{group}:{m[1]}"] = float(m[2])
            counts[f"{group}:{m[1]}"] = (int(m[3]), int(m[4]))
        elif m := _SCALAR_LINE.match(line):
            weights[m[1]] = float(m[2])
            counts[m[1]] = (int(m[3]), int(m[4]))
    fitted_on = re.search(r"Fitted on (.+?): \d+ matched", text)
    nobody = re.search(r"names nobody: (\d+) of (\d+)\.", text)
    assert fitted_on and nobody
    again = bench.weights_module(
        attribution_weights.BIAS,
        weights,
        counts,
        no_speaker=attribution_weights.NO_SPEAKER,
        no_speaker_counts=(int(nobody[2]), int(nobody[1])),
        fitted_on=fitted_on[1],
    )
    assert again == text
    ast.parse(text)  # and it is Python


def _row(source: str, right: bool, *, rivals: int = 0) -> dict[str, object]:
    f = {
        "source": source,
        "mention": "pronoun",
        "distance": "sentence",
        "rivals": rivals,
        "nearer": 0,
        "cue_word": "say",
        "crowded": False,
        "shape": "direct",
        "unlinked": False,
    }
    return {"confidence": 0.5, "right": right, "speaker": True, "features": f}


def test_the_fit_ranks_a_reliable_source_above_an_unreliable_one() -> None:
    bench = _load_benchmark()
    rows = [_row("verb", k % 20 != 0) for k in range(200)]
    rows += [_row("noun", k % 2 == 0) for k in range(200)]
    _, weights = bench.fit(rows)
    assert weights["SOURCE:verb"] > weights["SOURCE:noun"]


def test_the_fit_never_lets_a_rival_raise_confidence() -> None:
    bench = _load_benchmark()
    # Rivalled pronouns are right more often here; the weight is held at 0 all the same.
    rows = [_row("verb", k % 4 != 0) for k in range(200)]
    rows += [_row("verb", True, rivals=1) for _ in range(100)]
    _, weights = bench.fit(rows)
    assert weights["RIVAL"] == 0.0


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([{"confidence": 0.9, "right": True}, {"confidence": 0.1, "right": False}], 1.0),
        ([{"confidence": 0.1, "right": True}, {"confidence": 0.9, "right": False}], 0.0),
        ([{"confidence": 0.5, "right": True}, {"confidence": 0.5, "right": False}], 0.5),
        ([{"confidence": 0.5, "right": True}], None),
    ],
)
def test_auc_ranks_right_above_wrong(rows: list[dict[str, object]], expected: float | None) -> None:
    assert _load_benchmark().auc(rows) == expected
