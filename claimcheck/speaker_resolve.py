"""Who a speaker phrase names: the resolved name, kind, role and organisation.

:func:`describe` resolves a phrase against what the document has said so far
(:class:`~claimcheck.speaker_memory.DocMemory`): names to the fullest form the article gives,
pronouns and nominals ("he", "the spokeswoman", "another spokesman") to the person they refer to.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cues import (
    GROUP_NOUNS,
    GROUP_PRONOUNS,
    ORG_HEADS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    TITLES,
    role_family,
)
from .described_speakers import (
    described_antecedent,
    described_source,
    one_of_them,
    without_quantifier,
)
from .mention_span import (
    glued_hyphen,
    join_words,
    make_mention,
    mention_bounds,
    name_run,
    skip_reporting,
)
from .models import Mention, SpeakerKind
from .name_cleaning import clean_name, drop_descriptors, strip_det
from .number_tables import SHARE_NOUNS
from .role_links import RANKS, rank, refers_back
from .role_referents import definite_referent
from .role_words import PERSON_DESCRIPTORS
from .speaker_memory import DocMemory, SpeakerInfo
from .speaker_pronouns import group_member, resolve_pronoun
from .speaker_referents import special_referent
from .speaker_roles import ROLE_WORDS, nominal_role, role_and_org
from .text_referents import it_referent

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["describe", "handle_kind"]

_RELATIVE = frozenset({"who", "that", "which", "whom"})


def describe(head: Token, lo: int, hi: int, memory: DocMemory) -> SpeakerInfo:
    """Resolve the speaker phrase ``doc[lo:hi]`` headed by ``head``."""
    doc = head.doc
    # A reader knows the article up to the end of the mention's paragraph, not beyond it.
    memory.reach_paragraph(doc[hi - 1].idx if hi > lo else head.idx)
    mention = make_mention(doc, lo, hi, memory.text)
    lower = head.lower_
    if lower in _RELATIVE and head.head.dep_ == "relcl" and head.head.head.i != head.head.i:
        antecedent = head.head.head
        a_lo, a_hi = mention_bounds(antecedent, in_quote=memory.in_quote)
        found = describe(antecedent, a_lo, a_hi, memory)
        return SpeakerInfo(found.name, found.kind, found.role, found.organization, mention)
    if head.text.startswith("@") and len(head.text) > 1:
        # A handle names the account holder as written ('@SenSchumer: "…"').
        return SpeakerInfo(head.text, handle_kind(head.text), None, None, mention)
    if lower == "it":
        # A text or an organisation speaks as "it" ('It continues: "…"'), never a person.
        return it_referent(head, mention, memory)
    described = one_of_them(head, memory.in_quote) or described_source(head, memory.in_quote)
    if described is not None:
        return SpeakerInfo(described, "person", None, None, mention)
    member = group_member(head, mention, memory)
    if member is not None:
        return member
    if head.pos_ == "PRON" or lower in PERSON_PRONOUNS | GROUP_PRONOUNS:
        return resolve_pronoun(head, mention, memory, describe=describe)
    special = special_referent(head, lo, hi, mention, memory)
    if special is not None:
        return special
    tokens = list(doc[lo:hi])
    if any(t.dep_ == "conj" and t.head.i == head.i for t in tokens):
        return SpeakerInfo(strip_det(mention.text), "group", None, None, mention)
    office = _hyphened_office(head, tokens, mention, memory)
    if office is not None:
        return office
    person = _person_token(head, tokens, memory)
    if person is not None:
        return _person(person, head, tokens, mention, memory)
    if lower in ROLE_WORDS or head.lemma_.lower() in ROLE_WORDS:
        return _nominal(head, tokens, mention, memory)
    if refers_back(head):
        referent = definite_referent(head, mention, memory)
        if referent is not None:
            return referent
    kind = _thing_kind(head)
    name = strip_det(_thing_name(head, lo, hi))
    return SpeakerInfo(name or mention.text, kind, None, None, mention)


# Words that open a hyphenated office ("Secretary-General", "Attorney-General",
# "Lieutenant-Governor", "Vice-President"): its last word is a title, but no name.
_OFFICE_OPENERS = TITLES | ROLE_NOUNS | ROLE_MODIFIERS | frozenset({"lieutenant", "major"})


def _hyphened_office(
    head: Token, tokens: list[Token], mention: Mention, memory: DocMemory
) -> SpeakerInfo | None:
    """ "UN Secretary-General", "the Attorney-General": a hyphenated office named without its
    holder is the speaker as written (kind person), not a person called "General"; None when
    the phrase is no such office or a name follows it ("Secretary-General Antonio Guterres")."""
    doc = head.doc
    k = head.i
    if k < 2 or head.lower_ not in TITLES | ROLE_NOUNS or not glued_hyphen(doc[k - 1]):
        return None
    if doc[k - 2].lower_ not in _OFFICE_OPENERS:
        return None
    if any(t.i > k and t.pos_ == "PROPN" for t in tokens):
        return None
    before = [t for t in tokens if t.i < k - 2 and t.dep_ != "det" and not t.is_punct]
    if any(t.ent_type_ == "PERSON" for t in before):
        return None
    role = join_words(doc[k - 2 : k + 1])
    org = memory.named_org(before) if before else None
    name = join_words([*before, *doc[k - 2 : k + 1]])
    return SpeakerInfo(name, "person", role, org, mention)


def _person_token(head: Token, tokens: list[Token], memory: DocMemory) -> Token | None:
    """The token of the person's name in the phrase: the head, or its apposition."""
    if head.ent_type_ == "PERSON":
        return head
    if _capitals_name(head, memory):
        return head
    named_word = head.pos_ == "PROPN" or (head.text[:1].isupper() and head.pos_ in ("VERB", "NOUN"))
    if named_word and memory.is_surname(head.text):
        # NER missed a repeated surname ("Lopez said") that it tagged in full earlier; the
        # tagger may even read it as a verb or noun ("Trump on the wall:").
        return head
    if _bare_name(head, memory):
        return head
    # Only a person stands beside a role or a person's noun ('Its administrator, Marcus
    # Tevlin', 'her son, Michael Brown'), whatever NER made of the name.
    role_head = head.pos_ == "NOUN" and (
        {head.lower_, head.lemma_.lower()} & (ROLE_WORDS | PERSON_NOUNS | PERSON_DESCRIPTORS)
    )
    for tok in tokens:
        if tok.dep_ != "appos" or tok.head.i != head.i:
            continue
        # 'the mayor, Smith': a name in apposition to a role is the person, NER or not.
        if tok.ent_type_ == "PERSON" or (role_head and tok.pos_ == "PROPN" and not _org_run(tok)):
            return tok
    if head.pos_ == "PROPN" and head.lower_ not in ORG_HEADS:
        # A name with a person's role around it is a person whatever NER said
        # ("spokeswoman Ana Costa", "Costa, a spokeswoman").
        around = [
            t
            for t in head.children
            if t.dep_ in ("compound", "appos", "amod") and not _same_org(t, head)
        ]
        if any(t.lower_ in ROLE_NOUNS | TITLES or t.lemma_.lower() in ROLE_NOUNS for t in around):
            return head
    if _name_with_place(head):
        return head
    if head.pos_ == "PROPN" and not head.ent_type_ and head.lower_ not in ORG_HEADS:
        # NER missed a name like "Wenbin": a capitalised run with no organisation word.
        run_lo, run_hi = name_run(head)
        words = [t for t in head.doc[run_lo:run_hi] if t.pos_ == "PROPN"]
        if len(words) >= 2 and not any(w.lower_ in TITLES for w in words[-2:]):
            return head
    return None


def _same_org(word: Token, head: Token) -> bool:
    """Whether ``word`` and ``head`` are the two words of one organisation entity: the
    "General" of "General Motors" is part of a company's name, not a title before a
    person's. A longer entity ("Spokeswoman Haley Morris") is the model running a title
    into a name, and the title still counts."""
    if head.ent_type_ != "ORG" or word.i != head.i - 1 or word.ent_iob_ != "B":
        return False
    doc = head.doc
    return head.ent_iob_ == "I" and (head.i + 1 == len(doc) or doc[head.i + 1].ent_iob_ != "I")


def _name_with_place(head: Token) -> bool:
    """ "Tomasz Wrobel, Chicago": a given name and surname followed by the place the person
    is from, as readers sign letters and vox pops. The small model tags such names as an
    organisation or a place; a run that is wholly one place ("Cook County, Illinois") or
    holds an organisation's or a title's word is none."""
    if head.pos_ != "PROPN" or head.ent_type_ not in ("", "ORG", "GPE"):
        return False
    doc = head.doc
    lo, hi = name_run(head)
    words = list(doc[lo:hi])
    if not 2 <= len(words) <= 3 or hi != head.i + 1:
        return False
    if any(
        w.pos_ != "PROPN"
        or not w.is_alpha
        or not w.text[:1].isupper()
        or w.text.isupper()
        or w.lower_ in ORG_HEADS | GROUP_NOUNS | ROLE_WORDS | TITLES
        for w in words
    ):
        return False
    if head.ent_type_ == "GPE" and all(w.ent_type_ == "GPE" for w in words):
        return False
    place = hi < len(doc) - 1 and doc[hi].text == "," and doc[hi + 1].ent_type_ == "GPE"
    return place and doc[hi + 1].head.i == head.i


def _org_run(tok: Token) -> bool:
    """Whether the words of the name ``tok`` ends hold an organisation's word ('Acme Corp')."""
    lo, hi = name_run(tok)
    return any(t.lower_ in ORG_HEADS for t in tok.doc[lo:hi])


def _bare_name(head: Token, memory: DocMemory) -> bool:
    """Whether one capitalised word NER left untyped or made an organisation is a person:
    tagged a person elsewhere in the article, a transcript's label opening its paragraph
    ('Rubio: "…"'), or the subject of a verb whose object is his or her own ('Sanders laid
    out his plan'). NER on a lone surname is weak; how the article uses it is not."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper() or head.ent_type_ not in ("", "ORG"):
        return False
    lower = head.lower_
    if lower in ORG_HEADS | GROUP_NOUNS | ROLE_NOUNS | TITLES:
        return False
    if any(c.dep_ == "compound" or c.ent_type_ for c in head.children):
        return False  # 'Sanders campaign' is headed further on; a run of words is a name
    if memory.is_person_word(head.text):
        return True
    if head.ent_type_:
        return _owns_object(head)
    doc = head.doc
    label = head.i + 1 < len(doc) and doc[head.i + 1].text == ":"
    opens = head.i == 0 or "\n" in doc[head.i - 1].text
    return label and opens


def _owns_object(subject: Token) -> bool:
    """'Sanders laid out his plan': the subject's verb has an object that is his or hers."""
    if not subject.dep_.startswith("nsubj"):
        return False
    return any(
        c.dep_ in ("dobj", "pobj", "attr") and any(p.lower_ in ("his", "her") for p in c.children)
        for c in subject.head.children
    )


# Words in an account handle that make it an organisation's ('@WhiteHouse', '@nytimes').
_ORG_HANDLE_WORDS = (
    *(w for w in ORG_HEADS if len(w) >= 5),
    "news",
    "times",
    "post",
    "house",
    "media",
    "press",
    "journal",
    "tribune",
    "herald",
    "daily",
    "report",
    "online",
    "party",
    "gop",
    "dems",
)
_HANDLE_PIECE = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
# Accounts named by an office speak for the person holding it.
_OFFICE_HANDLES = frozenset({"potus", "flotus", "vp", "secstate", "presssec"})


def handle_kind(handle: str) -> SpeakerKind:
    """ "organization" for a handle that reads as one ('@WhiteHouse', '@nytimes', '@CNN'),
    else "person": an account holder is a person ('@SenSchumer', '@realDonaldTrump')."""
    word = handle.lstrip("@").rstrip(":")
    lower = word.lower()
    if lower in _OFFICE_HANDLES:
        return "person"
    letters = [c for c in word if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return "organization"  # an acronym: '@CNN', '@NRA'
    # Handles run words together ('WhiteHouse', 'nytimes'): read the camel-case pieces, and an
    # outlet's noun at the end of a lower-case run; a word merely inside a name ('GavinNewsom',
    # 'CourtneyCox') or a title before it ('GovChristie') makes no organisation.
    for piece in _HANDLE_PIECE.findall(word):
        piece = piece.lower()
        if piece in _ORG_HANDLE_WORDS or any(
            piece.endswith(w) for w in _ORG_HANDLE_WORDS if len(w) >= 4
        ):
            return "organization"
    return "person"


def _capitals_name(head: Token, memory: DocMemory) -> bool:
    """Whether an all-caps word is a person's name: a transcript label ("CRUZ:") or the
    surname of someone the article names. NER reads capitals poorly ("TRUMP" an ORG)."""
    text = head.text
    if len(text) < 2 or not text.isupper() or not text.isalpha():
        return False
    if head.lower_ in ORG_HEADS or head.lower_ in GROUP_NOUNS or head.lower_ in ROLE_NOUNS:
        return False
    return text in memory.label_words or memory.is_surname(text)


def _person(
    person: Token, head: Token, tokens: list[Token], mention: Mention, memory: DocMemory
) -> SpeakerInfo:
    doc = person.doc
    # The name: the PERSON entity around the token, without titles or possessives.
    if person.ent_type_:
        lo = hi = person.i
        while lo > 0 and doc[lo].ent_iob_ == "I":
            lo -= 1
        while hi + 1 < len(doc) and doc[hi + 1].ent_iob_ == "I":
            hi += 1
        lo = skip_reporting(doc, lo, person.i)
        # NER sometimes leaves a first name out of the entity ("Ana [Costa]"), or the first
        # half of a hyphenated one ("Jean-[Luc Martin]").
        while lo > 0:
            if glued_hyphen(doc[lo - 1]) and lo > 1 and _hyphen_part(doc[lo - 2]):
                lo -= 2
            elif (
                doc[lo - 1].pos_ == "PROPN"
                and doc[lo - 1].dep_ == "compound"
                and not doc[lo - 1].ent_type_
                and _name_word(doc[lo - 1])
            ):
                lo -= 1
            else:
                break
        words = drop_descriptors(
            join_words(t for t in doc[lo : hi + 1] if t.lower_ not in TITLES)
        ).split()
    else:
        run_lo, run_hi = name_run(person)
        while run_lo > 1 and glued_hyphen(doc[run_lo - 1]) and _hyphen_part(doc[run_lo - 2]):
            run_lo -= 2  # "Jean-Luc Martin": the parse hangs "Jean-" off the run
        kept = [
            t
            for t in doc[run_lo:run_hi]
            if (t.pos_ == "PROPN" and not t.is_punct and t.lower_ not in TITLES) or glued_hyphen(t)
        ]
        # 'Moderator Megyn Kelly': a role written before the name is its role, not a name
        # ('MR. RUBIO:' keeps its honorific for full_name).
        words = drop_descriptors(join_words(kept)).split()
        lo = run_lo
    name = memory.full_name(clean_name(" ".join(words)) or person.text)
    if name.isupper():
        name = name.title()  # a transcript label "CRUZ" names Cruz
    role, org = role_and_org(person, head, tokens, memory)
    if role is None and org is None:
        role, org = memory.role_of(name, mention.start)
    return SpeakerInfo(name, "person", role, org, mention)


def _name_word(tok: Token) -> bool:
    """Whether ``tok`` can be a word of a person's name: capitalised, no title or office."""
    return tok.text[:1].isupper() and tok.lower_ not in TITLES | ROLE_NOUNS | ORG_HEADS


def _hyphen_part(tok: Token) -> bool:
    """Whether ``tok`` can open a hyphenated name ("Jean" in "Jean-Luc"): a name word."""
    return tok.is_alpha and _name_word(tok)


def _nominal(head: Token, tokens: list[Token], mention: Mention, memory: DocMemory) -> SpeakerInfo:
    """ "The spokeswoman", "another spokesman", "a spokesman for X": resolve to a named person."""
    if refers_back(head):
        found = definite_referent(head, mention, memory)
        if found is not None:
            return found
    role, org = nominal_role(head, memory)
    definite = any(t.lower_ in ("the", "this", "that") for t in head.lefts)
    if definite:
        family = role_family(role)
        ranked = rank(head)
        for prev in reversed(memory.history):
            # A vice president or deputy secretary is not the president or secretary.
            prev_rank = set((prev.role or "").lower().replace("-", " ").split()) & RANKS
            if prev.kind == "person" and role_family(prev.role) == family and prev_rank == ranked:
                return SpeakerInfo(
                    prev.name, "person", prev.role, org or prev.organization, mention
                )
    kind: SpeakerKind = "group" if head.tag_ in ("NNS", "NNPS") else "person"
    name = described_antecedent(head, memory.in_quote) if definite else None
    if name is None:
        inside = [t.i for t in tokens if mention.start <= t.idx < mention.end]
        if inside:
            name = without_quantifier(head, min(inside), max(inside) + 1)
    return SpeakerInfo(name or strip_det(mention.text), kind, role, org, mention)


def _thing_kind(head: Token) -> SpeakerKind:
    label = head.ent_type_
    lower = head.lemma_.lower()
    if label == "GPE" and head.lower_ not in ORG_HEADS:
        return "country"
    if label in ("ORG", "FAC", "NORP") or lower in ORG_HEADS or head.lower_ in ORG_HEADS:
        if label == "NORP" and head.tag_ in ("NNPS", "NNS"):
            return "group"
        return "organization"
    if head.tag_ in ("NNS", "NNPS") or lower in GROUP_NOUNS or head.lower_ in GROUP_NOUNS:
        return "group"
    if label == "PERCENT" or _is_share(head):
        # "Fifty-five percent of voters said": a share of people is a group of them
        return "group"
    if label == "PERSON" or lower in PERSON_NOUNS:
        return "person"  # "one woman in Miami said", "a retiree told the paper"
    return "unknown"


def _thing_name(head: Token, lo: int, hi: int) -> str:
    """An organisation's name: its entity if NER found one, else the noun phrase up to the head."""
    doc = head.doc
    if head.ent_type_ in ("ORG", "GPE", "NORP", "FAC"):
        a = b = head.i
        while a > lo and doc[a].ent_iob_ == "I":
            a -= 1
        while b + 1 < hi and doc[b + 1].ent_iob_ == "I":
            b += 1
        return doc[a : b + 1].text
    end = head.i + 1
    if head.ent_type_ == "PERCENT" or _is_share(head):
        # a share is named with the people it is a share of: "Fifty-five percent of voters"
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ == "of" and child.i < hi:
                end = min(hi, max(t.i for t in child.subtree) + 1)
    return doc[lo:end].text


def _is_share(head: Token) -> bool:
    """Whether ``head`` heads a share of people ("55 percent of voters", "two thirds of them")."""
    return head.lemma_.lower() in SHARE_NOUNS or head.lower_ in SHARE_NOUNS
