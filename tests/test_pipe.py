"""claimcheck.pipe and the stage runner: input order, laziness, worker processes, chunking."""

from __future__ import annotations

import itertools
import multiprocessing

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck import document as documents
from claimcheck import parallel
from claimcheck.errors import RecordError
from claimcheck.nlp import COMPONENT_NEEDS, with_requirements
from claimcheck.pipeline import STAGES, _parsed, stream, unused_components

SHORT = [
    "The minister said the budget would grow by 3% in 2025.",
    "",
    "“We will not back down,” she told reporters on Tuesday.",
    "Trade reached $240 billion last year, according to customs data.",
    "No numbers here.\n\nJust two paragraphs.",
]


class Counting:
    """An input iterable that records how many items were taken from it."""

    def __init__(self, items):
        self.items = iter(items)
        self.taken = 0

    def __iter__(self):
        return self

    def __next__(self):
        item = next(self.items)
        self.taken += 1
        return item


def endless_records():
    for i in itertools.count():
        yield {"id": f"doc-{i}", "text": SHORT[i % len(SHORT)], "date": "2024-05-14"}


def dumps(reports):
    return [r.model_dump(mode="json") for r in reports]


def test_pipe_yields_one_report_per_record_in_input_order(nlp):
    records = [{"id": f"r{i}", "text": t} for i, t in enumerate(SHORT)]
    reports = list(claimcheck.pipe(records, nlp=nlp, batch_size=2))
    assert [r.document.id for r in reports] == [f"r{i}" for i in range(len(SHORT))]


def test_pipe_numbers_plain_texts_by_position_and_keeps_given_dates(nlp):
    records = ["One text.", {"id": "x", "text": "Another.", "date": "2024-05-14"}, "Third."]
    reports = list(claimcheck.pipe(records, nlp=nlp))
    assert [(r.document.id, r.document.date, r.document.date_source) for r in reports][1] == (
        "x",
        "2024-05-14",
        "given",
    )
    assert [r.document.id for r in reports] == ["1", "x", "3"]


def test_pipe_reads_an_endless_input_only_a_batch_ahead(nlp):
    source = Counting(endless_records())
    first = list(itertools.islice(claimcheck.pipe(source, nlp=nlp, batch_size=4), 3))
    assert [r.document.id for r in first] == ["doc-0", "doc-1", "doc-2"]
    # nlp.pipe fills one batch before it yields; the stages read nothing further ahead.
    assert source.taken <= 4 + 1


def test_worker_processes_read_a_bounded_window_ahead(nlp):
    source = Counting(endless_records())
    first = list(itertools.islice(claimcheck.pipe(source, nlp=nlp, n_process=2), 5))
    assert [r.document.id for r in first] == [f"doc-{i}" for i in range(5)]
    # Read ahead of what was yielded: the tasks in flight plus the rest of the task in hand.
    window = 2 * parallel.TASKS_PER_WORKER * parallel.TASK_SIZE
    assert source.taken - len(first) <= window + parallel.TASK_SIZE


def test_worker_processes_give_the_same_reports_as_one_process(nlp, seed_text):
    records = [{"id": f"r{i}", "text": t, "date": "2024-05-14"} for i, t in enumerate(SHORT)]
    records.append({"id": "seed", "text": seed_text, "date": "2024-05-14"})
    one = dumps(claimcheck.pipe(records, nlp=nlp))
    two = dumps(claimcheck.pipe(records, nlp=nlp, n_process=2))
    assert two == one


def test_stopping_early_leaves_no_worker_processes(nlp):
    results = claimcheck.pipe(endless_records(), nlp=nlp, n_process=2)
    next(results)
    assert multiprocessing.active_children()
    results.close()
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_bad_record_raises_record_error_naming_its_position(nlp, n_process):
    records = ["Fine.", {"id": "b", "text": 42}, "Never reached."]
    with pytest.raises(RecordError, match=r'record 2: "text" must be a string'):
        list(claimcheck.pipe(records, nlp=nlp, n_process=n_process))


def test_unknown_stage_is_refused(nlp):
    with pytest.raises(ValueError, match=r"unknown stage\(s\) \['quote'\]"):
        list(stream([documents.from_text("x")], stages=("quote",), nlp=nlp))


@pytest.mark.parametrize(
    ("names", "closure"),
    [
        (["lemmatizer"], {"lemmatizer", "attribute_ruler", "tagger", "tok2vec"}),
        (["parser"], {"parser", "tok2vec"}),
        (["ner"], {"ner"}),
        (["parser", "ner"], {"parser", "tok2vec", "ner"}),
        ([], set()),
        (["my_component"], {"my_component"}),
    ],
)
def test_with_requirements_adds_what_components_listen_to(names, closure):
    assert with_requirements(names) == closure


@given(st.sets(st.sampled_from(sorted(COMPONENT_NEEDS))))
def test_with_requirements_is_closed_under_component_needs(names):
    closure = with_requirements(names)
    assert names <= closure
    assert all(set(COMPONENT_NEEDS[name]) <= closure for name in closure)


@pytest.mark.parametrize("stage", STAGES)
def test_the_components_kept_for_a_stage_have_all_they_need(nlp, stage):
    kept = set(nlp.pipe_names) - set(unused_components(nlp, [stage]))
    assert with_requirements(kept) == kept


def test_no_stage_at_all_needs_no_component(nlp):
    assert unused_components(nlp, []) == nlp.pipe_names


texts = st.lists(
    st.text(alphabet=st.sampled_from("ab .\n“”\"'"), max_size=60), min_size=1, max_size=6
)


@settings(max_examples=30)
@given(texts)
def test_chunked_parse_rejoins_to_each_input_text_in_order(nlp, items):
    inputs = [documents.InputText(text=t, id=str(i)) for i, t in enumerate(items)]
    parsed = list(_parsed(inputs, nlp, batch_size=3, disable=list(nlp.pipe_names), max_chars=7))
    assert [item.id for item, _ in parsed] == [str(i) for i in range(len(items))]
    assert [doc.text for _, doc in parsed] == items


def test_chunked_parse_keeps_token_offsets_of_the_whole_text(nlp):
    text = "First paragraph here.\nSecond one, longer.\n\nThird: “quoted”."
    ((_, doc),) = _parsed(
        [documents.InputText(text=text)], nlp, batch_size=8, disable=[], max_chars=20
    )
    assert doc.text == text
    assert [text[t.idx : t.idx + len(t)] for t in doc] == [t.text for t in doc]
    assert any(t.dep_ for t in doc)


def test_disabling_a_component_the_pipeline_lacks_is_refused_with_the_names(nlp):
    with pytest.raises(ValueError, match=r"cannot disable \['nre'\]: the pipeline's components"):
        list(stream([documents.from_text("x")], stages=("quotes",), nlp=nlp, disable=["nre"]))


def test_fast_mode_gives_the_same_results_in_worker_processes(nlp, seed_text):
    from claimcheck.pipeline import FAST_DISABLE

    records = [{"id": "seed", "text": seed_text, "date": "2024-05-14"}, *SHORT]
    one = dumps(claimcheck.pipe(records, nlp=nlp, disable=FAST_DISABLE))
    two = dumps(claimcheck.pipe(records, nlp=nlp, disable=FAST_DISABLE, n_process=2))
    assert two == one


@pytest.mark.parametrize(
    ("disable", "annotated", "unannotated"),
    [
        ([], ["DEP", "ENT_IOB", "LEMMA", "POS"], []),
        (["ner"], ["DEP", "LEMMA", "POS"], ["ENT_IOB"]),
        (["parser", "lemmatizer"], ["ENT_IOB", "POS"], ["DEP", "LEMMA"]),
    ],
)
def test_disabled_components_leave_their_annotation_unset(nlp, disable, annotated, unannotated):
    text = "Angela Merkel said on Monday that Germany would spend 2% of GDP."
    ((_, doc),) = _parsed([documents.InputText(text=text)], nlp, batch_size=4, disable=disable)
    assert [a for a in annotated if doc.has_annotation(a)] == annotated
    assert [a for a in unannotated if doc.has_annotation(a)] == []


def test_stream_of_one_stage_gives_the_same_analyses_in_worker_processes(nlp, seed_text):
    items = [documents.from_text(t, id=str(i), date="2024-05-14") for i, t in enumerate(
        [seed_text, *SHORT]
    )]
    one = list(stream(items, stages=("claims",), nlp=nlp))
    two = list(stream(items, stages=("claims",), nlp=nlp, n_process=2))
    assert [(a.document, a.quotes, a.claims, a.report) for a in two] == [
        (a.document, a.quotes, a.claims, a.report) for a in one
    ]
    assert all(a.report is None for a in two)


def test_cli_jsonl_with_two_jobs_prints_the_lines_of_one_job(nlp, monkeypatch, capsys):
    import io
    import json

    from claimcheck.cli import main

    lines = "".join(
        json.dumps({"id": f"a{i}", "text": t, "date": "2024-05-14"}) + "\n"
        for i, t in enumerate(SHORT * 2)
    )
    outputs = []
    for jobs in ("1", "2"):
        monkeypatch.setattr("sys.stdin", io.StringIO(lines))
        assert main(["quotes", "--jsonl", "--jobs", jobs]) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[1] == outputs[0]
    assert [json.loads(x)["id"] for x in outputs[0].splitlines()] == [
        f"a{i}" for i in range(len(SHORT) * 2)
    ]
