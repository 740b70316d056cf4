"""claimcheck: who is quoted, which numbers and dates an article states, and whether they hold.

Start with :func:`check`. Names are imported lazily so that ``import claimcheck`` (and the
command line) start fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from .corpus import Corpus
    from .errors import ClaimcheckError, CorpusError, InputError, ModelNotFoundError, RecordError
    from .models import CheckedClaim, Claim, Document, Quote, Report, Speaker
    from .pipeline import check, extract_claims, extract_quotes, pipe

__all__ = [
    "CheckedClaim",
    "Claim",
    "ClaimcheckError",
    "Corpus",
    "CorpusError",
    "Document",
    "InputError",
    "ModelNotFoundError",
    "Quote",
    "RecordError",
    "Report",
    "Speaker",
    "__version__",
    "check",
    "extract_claims",
    "extract_quotes",
    "pipe",
]

_LAZY = {
    "check": "pipeline",
    "extract_claims": "pipeline",
    "extract_quotes": "pipeline",
    "pipe": "pipeline",
    "Corpus": "corpus",
    "ClaimcheckError": "errors",
    "CorpusError": "errors",
    "InputError": "errors",
    "ModelNotFoundError": "errors",
    "RecordError": "errors",
    "CheckedClaim": "models",
    "Claim": "models",
    "Document": "models",
    "Quote": "models",
    "Report": "models",
    "Speaker": "models",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
