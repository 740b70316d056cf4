"""How a role word in the text is tied to a name, and the words around it that narrow it:
"Gov. Andrew Cuomo" (a title on a name), "Volkswagen, the carmaker," (an apposition), "former
Gov. X" (someone who held it before), "Vice President Y" (another office).

Helpers of :mod:`.role_referents`; none raises.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import ORG_HEADS, ROLE_NOUNS, TITLES
from .mention_span import mention_bounds
from .role_words import ORG_NOUNS, PERSON_DESCRIPTORS, fits, org_name_fits
from .speaker_memory import DocMemory, SpeakerInfo

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = [
    "FORMER",
    "QUALIFIER_LABELS",
    "RANKS",
    "entity_at",
    "is_former",
    "linked_name",
    "named_org",
    "named_person",
    "org_subject",
    "rank",
    "real_name",
    "refers_back",
    "role_word",
    "window",
]

QUALIFIER_LABELS = frozenset({"GPE", "NORP", "LOC"})
_DEFINITE = frozenset({"the", "this", "that"})
_NAME_LABELS = frozenset({"PERSON", "ORG"})


def refers_back(head: Token) -> bool:
    """Whether ``head`` heads a definite description that names nobody itself ("the governor",
    "the Republican nominee", "the company"), the kind of phrase that refers back to a name."""
    if head.tag_ in ("NNS", "NNPS"):
        return False  # "the senators" are several people, none of them named once
    if not any(t.lower_ in _DEFINITE and t.dep_ == "det" for t in head.lefts):
        return False
    if any(c.dep_ == "poss" for c in head.children):
        return False  # "the newspaper's editorial", "the prime minister's spokesman" say whose
    word = role_word(head)
    person = word in ROLE_NOUNS or word in PERSON_DESCRIPTORS or head.lower_ in ROLE_NOUNS
    if not person and word not in ORG_NOUNS:
        return False
    if not person and any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in head.children):
        return False  # "the campaign of the former senator" says whose
    for t in head.lefts:
        if t.ent_type_ in _NAME_LABELS and t.ent_type_ not in QUALIFIER_LABELS:
            return False  # "the Clinton campaign", "the Heritage Foundation website": named
        if not person and t.pos_ == "PROPN" and t.ent_type_ not in QUALIFIER_LABELS:
            return False
    return True


def is_former(tok: Token) -> bool:
    """Whether a role word is said of someone who held it before ('former Gov. X', 'the
    former governor'): a former governor and the governor are different people."""
    doc = tok.doc
    near = doc[max(0, tok.left_edge.i, tok.i - 3) : tok.i]
    return any(t.lower_ in FORMER for t in near) or any(c.lower_ in FORMER for c in tok.children)


def rank(tok: Token) -> frozenset[str]:
    """The words before a role word that make it another office ("vice president", "deputy
    secretary"): a vice president is not the president."""
    near = tok.doc[max(0, tok.sent.start, tok.i - 2) : tok.i]
    words = {t.lower_.rstrip("-") for t in near} | {tok.lower_.split("-")[0]}
    return frozenset(words & RANKS)


RANKS = frozenset({"vice", "deputy", "assistant", "associate", "lieutenant", "under"})
FORMER = frozenset({"former", "ex", "ex-", "then", "then-", "onetime", "one-time", "erstwhile"})


def window(first: Token, last: Token) -> str:
    """The words around a mention where its qualifiers are written ('Florida Sen. Marco
    Rubio', 'Sen. Marco Rubio of Florida'), lower case."""
    doc = first.doc
    lo = max(first.sent.start, first.i - 3)
    hi = last.i + 1
    if hi < len(doc) and doc[hi].lower_ in ("of", "from", ",", "("):
        hi = min(len(doc), hi + 4)
    return doc[lo:hi].text.lower()


def linked_name(tok: Token, *, person: bool) -> Token | None:
    """The name a role word is tied to by the parse: the name it premodifies ("Gov. Andrew
    Cuomo", "carmaker Volkswagen"), its apposition either way ("Cuomo, the governor,", "the
    governor, Andrew Cuomo,"), the subject it is said to be ("Cuomo is the governor"), or
    (organisations) the owner before it ("the Clinton campaign", "Trump's campaign")."""
    label = "PERSON" if person else "ORG"

    def is_name(t: Token) -> bool:
        if t.ent_type_ == label:
            return True
        if t.pos_ != "PROPN" or t.ent_type_ in QUALIFIER_LABELS:
            return False
        lower = t.lower_
        return lower not in ROLE_NOUNS and lower not in TITLES and lower not in ORG_HEADS

    node = tok
    while node.dep_ in ("compound", "amod", "nmod") and node.head.i > node.i:
        node = node.head
        if is_name(node):
            return node
    if tok.dep_ == "appos" and is_name(tok.head):
        return tok.head
    doc = tok.doc
    k = tok.i + 1
    if k < len(doc) and doc[k].ent_type_ == label and doc[k].ent_iob_ == "B":
        # 'Vice President Joe Biden' when the parse hung the title elsewhere: a title or role
        # written right before a name is that name's, in word order.
        while k + 1 < len(doc) and doc[k + 1].ent_iob_ == "I":
            k += 1
        return doc[k]
    for child in tok.children:
        if child.dep_ == "appos" and is_name(child):
            return child
    if tok.dep_ == "attr" and tok.head.lemma_ == "be":
        subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and is_name(subject):
            return subject
    if not person:
        owner = next(
            (c for c in tok.children if c.dep_ in ("compound", "poss") and is_name(c)), None
        )
        if owner is not None:
            return tok  # the phrase itself is the organisation's name
    return None


def named_person(tok: Token, memory: DocMemory) -> SpeakerInfo | None:
    from .speaker_resolve import describe  # resolution reads this module: imported late

    if refers_back(tok):
        return None  # only a name ends the search; a description would search again
    lo, hi = mention_bounds(tok, in_quote=memory.in_quote)
    info = describe(tok, lo, hi, memory)
    return info if info.kind == "person" and real_name(info) else None


def named_org(tok: Token, memory: DocMemory) -> SpeakerInfo | None:
    from .speaker_resolve import describe

    if refers_back(tok):
        return None
    lo, hi = mention_bounds(tok, in_quote=memory.in_quote)
    info = describe(tok, lo, hi, memory)
    if info.kind == "person" and _described_as_company(tok):
        # NER reads a two-word company name as a person ('Agritech giant Hollis Grain').
        return SpeakerInfo(info.name, "organization", None, None, info.mention)
    if info.kind not in ("organization", "country"):
        return None
    return info


def _described_as_company(name: Token) -> bool:
    """Whether a premodifier of the name calls it a company ('giant', 'chipmaker')."""
    return any(c.dep_ in ("compound", "amod") and fits("company", role_word(c)) for c in name.lefts)


def real_name(info: SpeakerInfo) -> bool:
    """Whether a resolved speaker has a name of its own, not just a description ("mayor" for
    "the mayor", "Florida senator"): a person's name ends in no role word, an organisation's
    has a capitalised word in it ("Clinton campaign", not "company")."""
    words = info.name.replace("’s", "").replace("'s", "").split()
    if not words:
        return False
    if info.kind == "person":
        last = words[-1].lower()
        described = last in ROLE_NOUNS or last in PERSON_DESCRIPTORS or last in ORG_NOUNS
        return words[0][:1].isupper() and not described
    return any(w[:1].isupper() for w in words)


def role_word(tok: Token) -> str:
    """The token's word as the role lists spell it (lemma for plurals, lower case)."""
    lower = tok.lower_
    if lower in ROLE_NOUNS or lower in PERSON_DESCRIPTORS or lower in ORG_NOUNS:
        return lower
    return tok.lemma_.lower()


def entity_at(tok: Token) -> Span | None:
    """The entity ``tok`` is part of, read from the IOB tags around it rather than by
    scanning ``doc.ents`` (linear in the document, and this runs for every token looked at)."""
    if not tok.ent_type_:
        return None
    doc = tok.doc
    start = tok.i
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def org_subject(tok: Token, word: str) -> bool:
    """Whether ``tok`` is an organisation's name acting as a subject: tagged so by the parse,
    or by word order where the parse lost it ('4:05pm — Utility warns …\nGulf Coast Power says
    crews …', a live-blog entry), or a name NER took for a person but a premodifier says is a
    company ('Agritech giant Hollis Grain … weighed in')."""
    if tok.ent_type_ == "ORG":
        if tok.dep_.startswith("nsubj"):
            return True
        ent = entity_at(tok)
        if ent is None or tok.i != ent.end - 1 or ent.end >= len(tok.doc):
            return False
        after = tok.doc[ent.end]
        # Read by word order only when the name says it is what the description calls it
        # ('Gulf Coast Power says' for "the company"), as the parse gave no subject to trust.
        return (
            after.tag_ in ("VBZ", "VBD")
            and after.head.i == after.i
            and org_name_fits(ent.text, word)
        )
    if tok.ent_type_ != "PERSON" or not tok.dep_.startswith("nsubj"):
        return False
    return any(c.dep_ in ("compound", "amod") and fits(word, role_word(c)) for c in tok.lefts)
