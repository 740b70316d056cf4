"""Blocking keys: 64-bit hashes of (entity, term) pairs that index rows and find candidates."""

from __future__ import annotations

import functools
import hashlib

from .records import Row
from .terms import EntityFinder, terms

__all__ = ["key_hash", "row_keys"]


@functools.lru_cache(maxsize=1 << 18)
def key_hash(entity: str, term: str) -> int:
    """The 64-bit blocking key of an (entity, term) pair; collisions only add candidates."""
    digest = hashlib.blake2b(f"{entity}\t{term}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def row_keys(row: Row, finder: EntityFinder) -> set[int]:
    """Blocking keys of a row: each of its entities paired with each predicate term."""
    entities = {finder.resolve(s) for s in row.subject}
    if not entities:
        entities = {e for _, _, e in finder.find(row.statement)}
    vocabulary = terms(row.predicate) if row.predicate else []
    if not vocabulary:
        names = {n for s in row.subject for n in terms(s)}
        vocabulary = [t for t in terms(row.statement) if t not in names][:12]
    return {key_hash(e, t) for e in (entities or {"*"}) for t in vocabulary}
