"""The words written before a person's name that are no part of it and no role.

:data:`HONORIFICS` maps each honorific, lower case and without its full stop ("Mr." → "mr"),
to the gender it says ("m", "f") or None; :data:`KNIGHTED` holds the titles that go with a
first name. One table for the speaker memory, the untagged-name finder and transcript labels,
so a word added here is read the same way by all three.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["HONORIFICS", "KNIGHTED"]

# "Mr. Weaver" is John Weaver once the article has named him in full; "Dr." and "Mx" say
# no gender.
HONORIFICS: Mapping[str, str | None] = MappingProxyType(
    {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "mx": None, "dr": None}
)

# Titles that go with a first name, not the surname ("Sir Geoffrey" for Sir Geoffrey Marlow).
KNIGHTED = frozenset({"sir", "dame"})
