"""A person's role and organisation from the words around their name: titles, premodifiers,
appositions, possessives and "a spokesman for X".

Each function returns ``(role, organisation)``, either of which may be None; none raises.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import ROLE_MODIFIERS, ROLE_NOUNS, TITLES, role_family
from .mention_span import join_words
from .role_words import OFFICE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .speaker_memory import DocMemory

__all__ = ["ROLE_WORDS", "nominal_role", "role_and_org"]

# Every noun naming an office a speaker holds.
ROLE_WORDS: frozenset[str] = ROLE_NOUNS | OFFICE_NOUNS


def role_and_org(
    person: Token, head: Token, tokens: list[Token], memory: DocMemory
) -> tuple[str | None, str | None]:
    """Role and organisation from titles, premodifiers, appositions, possessives, "of/for X"."""
    # Premodifiers of the name: "ministry spokeswoman Hua Chunying", "Senator Y".
    premods = [t for t in tokens if t.i < person.i and t.dep_ in ("compound", "amod", "nmod")]
    premods = [t for t in premods if t.ent_type_ != "PERSON"]
    role, org = _role_in(premods, memory)
    if role is not None:
        return role, org
    # An apposition that names the role: "Wang Wenbin, another spokesman," or the reverse.
    role_heads = []
    if head.i != person.i:
        role_heads.append(head)
    role_heads += [t for t in person.children if t.dep_ == "appos"]
    for rh in role_heads:
        if rh.lower_ in ROLE_WORDS or rh.lemma_.lower() in ROLE_WORDS:
            return nominal_role(rh, memory)
    return None, None


def _role_in(premods: list[Token], memory: DocMemory) -> tuple[str | None, str | None]:
    roles = [i for i, t in enumerate(premods) if t.lower_ in ROLE_WORDS | TITLES]
    if not roles:
        return None, None
    last = roles[-1]
    first = last
    while first > 0:
        if _title_part(premods[first - 1], premods[last]):
            first -= 1
        elif first > 1 and _hyphen_joins(premods[first - 2], premods[first - 1], premods[first]):
            first -= 2  # "Vice-President", "Secretary-General": one title, hyphenated
        else:
            break
    words = premods[first : last + 1]
    # 'deputy national security adviser': a word of the title the parse hangs on another
    # word of it ("national" on "security") is no premodifier of the role noun, but it is
    # part of the title written between them.
    between = words[0].doc[words[0].i : words[-1].i + 1]
    if len(between) > len(words) and all(
        t in words
        or t.lower_ in ROLE_MODIFIERS
        or t.lower_ in _FIELD_WORDS
        or (t.text in ("-", "\u2010") and not t.whitespace_ and not t.nbor(-1).whitespace_)
        for t in between
    ):
        words = list(between)
    # 'a national security official': the field word's own modifier opens the title.
    opener = next((t for t in words[0].lefts if t.i == words[0].i - 1), None)
    if words[0].lower_ in _FIELD_WORDS and opener is not None and opener.lower_ in ROLE_MODIFIERS:
        words = [opener, *words]
    # 'the former Florida governor': a place between keeps "former" from the walk above, but
    # a former governor is not the governor.
    former = [t for t in premods[:first] if t.lower_ in ("former", "onetime", "then-")]
    words = [*former[-1:], *words]
    role = join_words(words)
    org_tokens = [t for t in premods[:first] if t.pos_ in ("PROPN", "NOUN")]
    return role, memory.named_org(org_tokens) if org_tokens else None


# Words of a compound title naming the field of an office ("chief financial officer",
# "chief operating officer", "director of communications" written "communications director").
_FIELD_WORDS = frozenset(
    {
        *("financial", "operating", "technology", "information", "marketing", "medical"),
        *("legal", "political", "economic", "editorial", "creative", "investment"),
        *("security", "strategy", "commercial", "digital", "development", "sales", "homeland"),
    }
)


def _hyphen_joins(left: Token, hyphen: Token, right: Token) -> bool:
    """Whether ``hyphen`` joins ``left`` and ``right`` into one word, spaces on neither side."""
    return (
        hyphen.text in ("-", "\u2010")
        and left.i + 1 == hyphen.i == right.i - 1
        and not left.whitespace_
        and not hyphen.whitespace_
        and left.is_alpha
    )


def _title_part(word: Token, role: Token) -> bool:
    """Whether ``word`` before a role noun belongs to the title ("Chief Financial Officer"):
    a modifier of roles, another role word, or the field of the office; an organisation's
    or place's word ('ministry spokeswoman', 'Treasury Secretary') does not."""
    lower = word.lower_
    if lower in ROLE_MODIFIERS or lower in ROLE_NOUNS:
        return True
    return lower in _FIELD_WORDS and not word.ent_type_ and word.i < word.head.i <= role.i


def nominal_role(rh: Token, memory: DocMemory) -> tuple[str | None, str | None]:
    """Role and organisation of a role noun phrase: "a spokesman for X", "X's chief executive"."""
    mods = [
        t for t in rh.lefts if t.dep_ in ("compound", "amod", "nmod") and t.ent_type_ != "PERSON"
    ]
    role, org = _role_in([*mods, rh], memory)
    # 'President and Chief Operating Officer of X': one person's joint title written as one
    # ("and" right after the first role word), whose "of" phrase hangs on its last part.
    doc = rh.doc
    joint = [
        c
        for c in rh.children
        if c.dep_ == "conj"
        and (c.lower_ in ROLE_NOUNS or c.lemma_.lower() in ROLE_NOUNS)
        and c.left_edge.i == rh.i + 2
        and doc[rh.i + 1].lower_ == "and"
    ]
    if joint and role is not None:
        rest = "".join(t.text_with_ws for t in doc[rh.i + 1 : joint[0].i + 1] if t.dep_ != "det")
        role = f"{role} {rest.strip()}"  # 'correspondent and (the) author'
    own = [c for c in rh.children if c.dep_ in ("poss", "prep")]
    for child in own or [c for holder in joint for c in holder.children]:
        if child.dep_ == "poss":
            org = memory.named_org(list(child.subtree)) or org
        elif child.dep_ == "prep" and child.lower_ in ("for", "of", "at", "with"):
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                org = memory.named_org(list(objs[0].subtree)) or org
    if org is None and any(c.lower_ == "another" for c in rh.children):
        family = role_family(role)
        for prev in reversed(memory.history):
            if prev.organization and role_family(prev.role) == family:
                org = prev.organization
                break
    return role, org
