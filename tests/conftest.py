"""Shared fixtures: the real English pipeline, loaded once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_150aab546d611975.txt"
SEED_DATE = "2024-05-14"

# One settings profile for every property test; CI gets the same, derandomised for repeatability.
settings.register_profile(
    "claimcheck",
    deadline=None,
    max_examples=60,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.register_profile("ci", parent=settings.get_profile("claimcheck"), derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "claimcheck")


@pytest.fixture(scope="session")
def nlp():
    """The real spaCy pipeline claimcheck uses by default."""
    from claimcheck import nlp as loader

    return loader.load()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
