"""What a definite description says ("the Florida senator", "the company") and whether a
mention fits it.

:class:`Description` holds the description's noun and what narrows it; :func:`fit_at` reads one
token of the text against it (a named referent, an unnamed one, or nothing), and
:func:`known_as` says whether the article has given a person a fitting role.
:mod:`~claimcheck.role_referents` walks the text with these. Nothing here raises.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .cues import ORG_HEADS
from .role_links import (
    FORMER,
    RANKS,
    entity_at,
    is_former,
    linked_name,
    named_org,
    named_person,
    rank,
    real_name,
    role_word,
    window,
)
from .role_words import ORG_NOUNS, family_fits, fits, org_name_fits

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .speaker_memory import DocMemory, SpeakerInfo

__all__ = ["UNNAMED", "Description", "Unnamed", "fit_at", "known_as", "names_other_kind"]

_INDEFINITE = frozenset({"a", "an", "another", "one", "some", "any"})


@dataclass(frozen=True)
class Description:
    """What a definite description says: its noun, whether it names a person, the proper
    words that narrow it ("Florida", "Republican"), whether it is a former holder, the offset
    before which a resolved speaker may be its referent, and the rank words it carries."""

    word: str
    person: bool
    qualifiers: frozenset[str]
    former: bool
    before: int
    rank: frozenset[str] = frozenset()


def known_as(info: SpeakerInfo, desc: Description, memory: DocMemory) -> bool:
    """Whether the article gives the person a role fitting the description, former or not
    as the description says."""
    roles = [*memory.roles_given(info.name), *([info.role] if info.role else [])]
    return any(
        family_fits(desc.word, role)
        and any(w in FORMER for w in role.lower().split()) == desc.former
        and frozenset(role.lower().replace("-", " ").split()) & RANKS == desc.rank
        for role in roles
    )


def names_other_kind(name: str, word: str) -> bool:
    """Whether an organisation's name says it is something ``word`` does not describe
    ("Clinton campaign" is no company, "the Senate" no group)."""
    if org_name_fits(name, word):
        return False
    kinds = ORG_NOUNS | ORG_HEADS
    return any(w.lower().strip(".,") in kinds for w in name.split())


class Unnamed:
    """Marks an indefinite mention of the role ("a governor"): somebody left unnamed."""


UNNAMED = Unnamed()


def fit_at(
    tok: Token, desc: Description, memory: DocMemory
) -> tuple[str, SpeakerInfo] | Unnamed | None:
    """What token ``tok`` says about the description: the named referent it links the
    description to (with the words around it), :data:`UNNAMED` for an indefinite unnamed
    use, else None."""
    if not desc.person and tok.ent_type_ == "ORG" and tok.ent_iob_ == "B":
        ent = entity_at(tok)
        if ent is not None and org_name_fits(ent.text, desc.word):
            info = named_org(ent.root, memory)
            return None if info is None else ("", info)
    own = role_word(tok)
    if not fits(desc.word, own) or tok.tag_ in ("NNS", "NNPS"):
        return None
    if desc.person and (is_former(tok) != desc.former or rank(tok) != desc.rank):
        return None
    if desc.person and any(
        c.ent_type_ == "ORG" and c.lower_ not in desc.qualifiers for c in tok.lefts
    ):
        return None  # 'World Bank President Jim Yong Kim' is not "the president"
    # A history entry covering the token already resolved it ('"…," the governor said').
    for prev in reversed(memory.history):
        if prev.mention.start <= tok.idx < prev.mention.end and prev.mention.start < desc.before:
            wanted = prev.kind == "person" if desc.person else prev.kind != "person"
            if wanted and real_name(prev):
                return window(tok, tok), prev
            break
    named = linked_name(tok, person=desc.person)
    if named is not None:
        info = named_person(named, memory) if desc.person else named_org(named, memory)
        if info is None:
            return None
        first, last = (tok, named) if tok.i <= named.i else (named, tok)
        return window(first, last), info
    if tok.dep_ == "compound":
        return None
    # 'a governor said' introduced somebody unnamed; so, for an organisation, did 'the trade
    # group for the plans' (an organisation word is too common to look past an unnamed use).
    determiners = {c.lower_ for c in tok.children if c.dep_ == "det"}
    if determiners & _INDEFINITE or (not desc.person and "the" in determiners):
        return UNNAMED
    return None
