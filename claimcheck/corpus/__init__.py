"""Reference corpora. (Work in progress.)"""

from __future__ import annotations


class Corpus:
    """A reference corpus."""

    @classmethod
    def default(cls) -> Corpus:
        return cls()

    @classmethod
    def load(cls, paths: list[str]) -> Corpus:
        return cls()
