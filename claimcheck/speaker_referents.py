"""Speaker phrases whose referent needs more than a name or a title: a document that speaks
for its issuer ("the statement said"), a player's position ("the striker"), a place's people
("the Coloradan"), a lead's "a judge" named later, a name given in a clause ("who gave only
his first name, Frank"), and names written with long titles.

:func:`special_referent` is consulted by :func:`~claimcheck.speaker_resolve.describe` before
its general rules; it returns a :class:`~claimcheck.speaker_memory.SpeakerInfo` or None
(None: the general rules decide). Nothing here raises.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context_referents import demonym_referent, lead_referent, relative_name, sport_referent
from .document_referents import document_referent
from .speaker_memory import DocMemory, SpeakerInfo
from .titled_names import titled_person

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .models import Mention

__all__ = ["special_referent"]


def special_referent(
    head: Token, lo: int, hi: int, mention: Mention, memory: DocMemory
) -> SpeakerInfo | None:
    """Who the phrase ``doc[lo:hi]`` headed by ``head`` refers to, when it is one of the
    phrases this module knows; None otherwise."""
    if head.pos_ == "NOUN":
        return (
            document_referent(head, mention, memory)
            or sport_referent(head, mention, memory)
            or relative_name(head, mention, memory)
            or lead_referent(head, mention, memory)
            or demonym_referent(head, mention, memory)
        )
    if head.pos_ == "PROPN":
        return demonym_referent(head, mention, memory) or titled_person(
            head, lo, hi, mention, memory
        )
    return None
