"""The order of the stages: text → document → spaCy doc → quotes → claims → verdicts → report.

This is the only module that knows the order. Each stage is a function in its own module that
takes what the previous stages produced and returns pydantic models with offsets into the text.
Long texts are split at paragraph breaks before parsing and the pieces joined back into one Doc
(``Doc.from_docs``), so offsets stay those of the original text whatever its length.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import document as documents
from .models import Claim, Document, Quote, Report, Summary
from .nlp import MAX_CHUNK_CHARS, PARSER_SPELLING, respelled

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from .corpus import Corpus

DEFAULT_BATCH_SIZE = 32
STAGES = ("quotes", "claims", "verify")

# The pipeline components each stage reads, so the others can be switched off. Found by reading
# the stages: quotes and speakers use the dependency parse (cues, subjects, appositions),
# entity labels (who is a person or an organization), lemmas and POS (reporting verbs); claims
# use entities (subjects), the parse (predicates, scope), lemmas and POS. Verdicts read no
# model output. What these need in turn (tok2vec, tagger, attribute_ruler) is in
# :data:`.nlp.COMPONENT_NEEDS`; so today every stage needs the whole small English pipeline.
STAGE_COMPONENTS: dict[str, tuple[str, ...]] = {
    "quotes": ("parser", "ner", "lemmatizer"),
    "claims": ("parser", "ner", "lemmatizer"),
    "verify": (),
}

# The documented faster mode: skip the entity recogniser, about 40% of the small English
# pipeline's time (`quotes` over 84 PolNeAR articles: 11.2 instead of 17.0 CPU seconds). Quote
# spans and speaker mentions come from quote marks and the parse, so they barely move (PolNeAR
# dev: quote F1 0.967 vs 0.967, attribution accuracy 0.885 vs 0.888, end-to-end F1 0.858 vs
# 0.861); what is lost is entity-based typing: speaker kinds (person/organization/country),
# names resolved through entities, and claim subjects, so verify finds fewer matching facts.
FAST_DISABLE: tuple[str, ...] = ("ner",)


def unused_components(nlp: Language, stages: Iterable[str]) -> list[str]:
    """The enabled components of ``nlp`` that none of ``stages`` needs (safe to disable).

    Components of other pipelines than the standard English ones are never disabled: only
    the names in :data:`STAGE_COMPONENTS` and what they need are known to be safe to skip.
    """
    from .nlp import COMPONENT_NEEDS, with_requirements

    wanted = with_requirements(
        name for stage in stages for name in STAGE_COMPONENTS.get(stage, ())
    )
    return [name for name in nlp.pipe_names if name in COMPONENT_NEEDS and name not in wanted]


@dataclass
class Analysis:
    """What the stages found in one input, before rendering."""

    document: Document
    text: str
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    report: Report | None = None


def resolve_nlp(nlp: Language | str | None) -> Language:
    """A loaded pipeline: the one given, the named model, or the default (see :mod:`.nlp`)."""
    if nlp is None or isinstance(nlp, str):
        from . import nlp as loader

        return loader.load(nlp)
    return nlp


def resolve_corpus(corpus: Corpus | str | Iterable[str] | None) -> Corpus:
    """A loaded corpus: the one given, one loaded from paths, or the bundled default."""
    from .corpus import Corpus

    if isinstance(corpus, Corpus):
        return corpus
    if corpus is None:
        return Corpus.default()
    if isinstance(corpus, str):
        return Corpus.load([corpus])
    return Corpus.load(list(corpus))


def _parsed(
    inputs: Iterable[documents.InputText],
    nlp: Language,
    *,
    batch_size: int,
    disable: list[str],
    max_chars: int = MAX_CHUNK_CHARS,
) -> Iterator[tuple[documents.InputText, Doc]]:
    """Parse inputs lazily and in order, splitting long texts into paragraph chunks.

    Each input's chunks are parsed as separate docs and joined back into one Doc whose text
    is exactly the input's, so every offset a stage computes is an offset into the input.
    """
    from spacy.tokens import Doc

    pending: dict[int, tuple[documents.InputText, list[Doc | None]]] = {}
    # The pieces whose parser text differs from their own (see nlp.PARSER_SPELLING).
    respell: dict[tuple[int, int], str] = {}

    def chunks() -> Iterator[tuple[str, tuple[int, int]]]:
        for index, item in enumerate(inputs):
            pieces = documents.paragraph_chunks(item.text, max_chars)
            pending[index] = (item, [None] * len(pieces))
            for k, piece in enumerate(pieces):
                parser_text = piece.translate(PARSER_SPELLING)
                if parser_text != piece:
                    respell[index, k] = piece
                yield parser_text, (index, k)

    next_index = 0
    for doc, (index, k) in nlp.pipe(
        chunks(), as_tuples=True, batch_size=batch_size, disable=disable
    ):
        if (index, k) in respell:
            doc = respelled(doc, respell.pop((index, k)))
        pending[index][1][k] = doc
        # nlp.pipe keeps input order, so the oldest pending input completes first.
        while next_index in pending and all(d is not None for d in pending[next_index][1]):
            item, docs = pending.pop(next_index)
            parts = [d for d in docs if d is not None]
            if not parts:
                merged = nlp.make_doc("")
            elif len(parts) == 1:
                merged = parts[0]
            else:
                merged = Doc.from_docs(parts, ensure_whitespace=False)
            yield item, merged
            next_index += 1
    # Empty texts produce no chunk: flush them in order.
    for index in sorted(pending):
        item, _ = pending.pop(index)
        yield item, nlp.make_doc("")


def stream(
    inputs: Iterable[documents.InputText],
    *,
    stages: Iterable[str] = STAGES,
    corpus: Corpus | None = None,
    nlp: Language | str | None = None,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    disable: Iterable[str] = (),
) -> Iterator[Analysis]:
    """Run the requested stages over inputs, yielding one :class:`Analysis` per input, in order.

    Inputs are read lazily: at most a few batches ahead of the result being yielded. With
    ``n_process`` other than 1 (-1: one per CPU) every stage, not only the parse, runs in
    worker processes (see :mod:`.parallel`); results and their order are the same.
    ``disable`` names pipeline components to skip on top of those no stage needs (for
    example :data:`FAST_DISABLE`: faster, less accurate).

    Raises:
        ValueError: an unknown stage, or a component to disable that the pipeline lacks.
    """
    from .claims import find_claims
    from .quotes import find_quotes

    wanted = set(stages)
    unknown = wanted - set(STAGES)
    if unknown:
        raise ValueError(f"unknown stage(s) {sorted(unknown)}; choose from {list(STAGES)}")
    language = resolve_nlp(nlp)
    skipped = set(disable)
    missing = skipped - set(language.pipe_names)
    if missing:
        message = (
            f"cannot disable {sorted(missing)}: the pipeline's components are "
            f"{language.pipe_names}"
        )
        raise ValueError(message)
    if "verify" in wanted:
        wanted |= {"quotes", "claims"}
        if corpus is None:
            corpus = resolve_corpus(None)
    if n_process != 1:
        from . import parallel

        yield from parallel.run(
            inputs,
            nlp=language,
            corpus=corpus,
            stages=tuple(sorted(wanted)),
            n_process=n_process,
            batch_size=batch_size,
            disable=tuple(sorted(skipped)),
        )
        return
    off = [name for name in language.pipe_names if name in skipped] + [
        name for name in unused_components(language, wanted) if name not in skipped
    ]
    for item, doc in _parsed(inputs, language, batch_size=batch_size, disable=off):
        document = item.document()
        # Claims are attributed to quotes, so quotes are found whenever claims are wanted.
        quotes = find_quotes(doc) if wanted & {"quotes", "claims"} else []
        claims = find_claims(doc, quotes=quotes, date=item.date) if "claims" in wanted else []
        analysis = Analysis(document=document, text=item.text, quotes=quotes, claims=claims)
        if "verify" in wanted:
            assert corpus is not None
            analysis.report = _verify(analysis, corpus)
        yield analysis


def _verify(analysis: Analysis, corpus: Corpus) -> Report:
    from .verdicts import check_claims, check_quotes

    quotes = check_quotes(
        analysis.quotes, corpus, text=analysis.text, date=analysis.document.date
    )
    checked = check_claims(
        analysis.claims,
        corpus,
        quotes=analysis.quotes,
        text=analysis.text,
        date=analysis.document.date,
        date_source=analysis.document.date_source,
    )
    counts = {"supported": 0, "conflicting": 0, "unverified": 0}
    for claim in checked:
        counts[claim.verdict] += 1
    return Report(
        document=analysis.document,
        quotes=quotes,
        claims=checked,
        summary=Summary(**counts),
    )


# --- public entry points --------------------------------------------------------------------


def _one(text: str, date: str | dt.date | None, id: str | None) -> documents.InputText:
    return documents.from_text(text, date=date, id=id)


def check(
    text: str,
    *,
    corpus: Corpus | str | Iterable[str] | None = None,
    date: str | dt.date | None = None,
    nlp: Language | str | None = None,
    id: str | None = None,
) -> Report:
    """Find the quotes and claims of one article and check the claims against a corpus.

    ``corpus=None`` means the bundled default corpus; ``date`` is the publication date
    (``YYYY-MM-DD``), inferred from the text when not given.

    Raises:
        CorpusError: the corpus cannot be read.
        ModelNotFoundError: no English spaCy pipeline is installed.
    """
    loaded = resolve_corpus(corpus)
    (analysis,) = stream([_one(text, date, id)], stages=STAGES, corpus=loaded, nlp=nlp)
    assert analysis.report is not None
    return analysis.report


def extract_quotes(
    text: str, *, date: str | dt.date | None = None, nlp: Language | str | None = None
) -> list[Quote]:
    """Every quotation and reported statement in ``text``, with its speaker, in text order."""
    (analysis,) = stream([_one(text, date, None)], stages=("quotes",), nlp=nlp)
    return analysis.quotes


def extract_claims(
    text: str, *, date: str | dt.date | None = None, nlp: Language | str | None = None
) -> list[Claim]:
    """Every numeric and dated claim in ``text`` as a typed value, in text order."""
    (analysis,) = stream([_one(text, date, None)], stages=("claims",), nlp=nlp)
    return analysis.claims


def pipe(
    records: Iterable[str | Mapping[str, Any]],
    *,
    corpus: Corpus | str | Iterable[str] | None = None,
    nlp: Language | str | None = None,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    disable: Iterable[str] = (),
) -> Iterator[Report]:
    """Check many articles, streaming: one :class:`Report` per record, in input order.

    ``records`` are texts or ``{"id", "text", "date"?}`` mappings, read lazily (a few
    batches ahead), so an endless iterator works and memory stays flat. ``n_process`` runs
    every stage in that many worker processes (-1: one per CPU); ``disable`` skips pipeline
    components (see :func:`stream`).

    Raises:
        RecordError: a record is not a text or lacks a string ``text``.
        CorpusError: the corpus cannot be read.
    """
    loaded = resolve_corpus(corpus)
    inputs = (documents.from_record(r, position=i) for i, r in enumerate(records, 1))
    for analysis in stream(
        inputs,
        stages=STAGES,
        corpus=loaded,
        nlp=nlp,
        n_process=n_process,
        batch_size=batch_size,
        disable=disable,
    ):
        assert analysis.report is not None
        yield analysis.report
