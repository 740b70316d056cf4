"""Who speaks when a document does: "the statement said" after "In a statement, Kestrel
Airways said", "the report said" after "The GAO released a report", "the ruling said" after
"Judge Helen Marsh ruled".

News quotes a statement, report, letter, lawsuit or ruling as if the paper spoke, but readers
take the words as its issuer's. The issuer is found where the article first brings the
document up: the subject of the verb it was issued or said in ("X said in a statement", "X
filed a lawsuit"), its "by"/"from" phrase ("a report by X", "The lawsuit, filed by X,"), its
possessor ("X's letter"), or the subject of the verb the document is named after ("X ruled").
When the document came up with no issuer, nothing is resolved and the phrase stays as written.

:func:`document_referent` returns a :class:`~claimcheck.speaker_memory.SpeakerInfo` or None;
nothing here raises.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .mention_span import mention_bounds
from .role_links import real_name
from .speaker_memory import DocMemory, SpeakerInfo

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .models import Mention, SpeakerKind

__all__ = ["DOCUMENT_FAMILIES", "document_referent"]

# Nouns a writer uses again for one document ("the statement" after "a news release"),
# keyed by the noun that refers back.
DOCUMENT_FAMILIES: dict[str, frozenset[str]] = {
    "statement": frozenset({"statement", "release", "announcement"}),
    "release": frozenset({"release", "statement", "announcement"}),
    "announcement": frozenset({"announcement", "statement", "release"}),
    "report": frozenset({"report", "study", "review", "audit", "analysis"}),
    "study": frozenset({"study", "report", "paper", "analysis"}),
    "letter": frozenset({"letter"}),
    "memo": frozenset({"memo", "memorandum"}),
    "email": frozenset({"email", "e-mail"}),
    "lawsuit": frozenset({"lawsuit", "suit", "complaint"}),
    "suit": frozenset({"lawsuit", "suit", "complaint"}),
    "complaint": frozenset({"complaint", "lawsuit", "suit"}),
    "filing": frozenset({"filing", "motion", "brief", "complaint", "lawsuit"}),
    "motion": frozenset({"motion", "filing"}),
    "ruling": frozenset({"ruling", "decision", "opinion", "order", "judgment"}),
    "decision": frozenset({"decision", "ruling", "opinion", "judgment"}),
    "opinion": frozenset({"opinion", "ruling", "decision"}),
    "order": frozenset({"order", "ruling"}),
    "judgment": frozenset({"judgment", "ruling", "decision"}),
}
# Verbs whose subject issued the document named after them ("Judge X ruled … the ruling").
_ISSUING_VERBS: dict[str, frozenset[str]] = {
    "rule": frozenset({"ruling", "decision", "opinion", "order", "judgment"}),
    "sue": frozenset({"lawsuit", "suit", "complaint"}),
    "decide": frozenset({"decision", "ruling"}),
    "announce": frozenset({"announcement", "statement", "release"}),
}
# Verbs that make their subject (or their "by" agent) the document's issuer: a memo
# "obtained by" a paper, a letter "received" or "organized" by someone, is not theirs.
_ISSUES = frozenset(
    {
        *("issue", "release", "sign", "write", "send", "file", "publish", "post", "submit"),
        *("author", "bring", "deliver", "draft", "pen", "produce", "prepare", "conduct"),
        *("hand", "put", "make", "give"),
    }
)
_DEFINITE = frozenset({"the", "this", "that"})
_POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my", "your"})
# How many words outside quotation marks are read back for the document's first mention.
_REACH = 150
# People the issuer is named through ("His family said in a statement").
_RELATIONS = frozenset(
    {"family", "relatives", "parents", "lawyer", "lawyers", "attorney", "attorneys"}
)


def document_referent(head: Token, mention: Mention, memory: DocMemory) -> SpeakerInfo | None:
    """Who issued the document a definite document noun (``head``: "the statement", "the
    report") refers back to, or None when ``head`` is no such noun, the document came up
    without an issuer, or the issuer resolves to nobody with a name."""
    family = DOCUMENT_FAMILIES.get(head.lemma_.lower())
    if family is None or head.pos_ != "NOUN" or head.tag_ in ("NNS", "NNPS"):
        return None
    if not any(t.lower_ in _DEFINITE and t.dep_ == "det" for t in head.lefts):
        return None
    if any(c.dep_ == "poss" for c in head.children):
        return None  # "the company's statement" already says whose
    issuer = _author(head) or _own_issuer(head) or _earlier_issuer(head, family, memory)
    if issuer is None or memory.in_quote(issuer.idx):
        return None
    return _resolve(issuer, mention, memory)


def _earlier_issuer(head: Token, family: frozenset[str], memory: DocMemory) -> Token | None:
    """The issuer of the nearest earlier document of ``family``, or None (also when that
    document came up without one: the phrase then means that unattributed document)."""
    doc = head.doc
    seen = 0
    for k in range(head.left_edge.i - 1, -1, -1):
        tok = doc[k]
        if memory.in_quote(tok.idx):
            continue
        seen += 1
        if seen > _REACH:
            return None
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and lemma in family:
            return _author(tok) or _own_issuer(tok) or _issuing_subject(tok)
        if tok.pos_ == "VERB" and _ISSUING_VERBS.get(lemma, frozenset()) & family:
            subject = _subject(tok)
            if subject is not None:
                return subject
    return None


# Verbs that say who wrote a document, not who made it public: 'The email, released by
# Judicial Watch, was sent … by Jeremy Bash' is Bash's.
_AUTHORING = frozenset({"write", "send", "sign", "author", "draft", "pen"})


def _author(doc_noun: Token) -> Token | None:
    """The agent of an authoring verb the document is the subject or participle of."""
    verbs = [c for c in doc_noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if doc_noun.dep_ == "nsubjpass":
        verbs.append(doc_noun.head)
    for verb in verbs:
        if verb.lemma_.lower() not in _AUTHORING:
            continue
        for agent in (c for c in verb.children if c.dep_ == "agent"):
            obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def _own_issuer(doc_noun: Token) -> Token | None:
    """The issuer written with the document itself: "X's letter", "a report by X", "a
    statement from X", "The lawsuit, filed by X,"."""
    for child in doc_noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in _ISSUES:
            for agent in (c for c in child.children if c.dep_ == "agent"):
                obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
    return None


def _issuing_subject(doc_noun: Token) -> Token | None:
    """The subject of the verb a document was issued or spoken in: "X released a report",
    "In a statement, X said", "X said in a statement", "A report was released by X"."""
    node = doc_noun
    if node.dep_ == "pobj" and node.head.lower_ in ("in", "through", "via"):
        node = node.head  # 'in a statement' hangs on the verb it was said with
    elif node.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = node.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if node.dep_ != "prep" and verb.lemma_.lower() not in _ISSUES:
        return None  # 'X obtained a memo', 'X received a letter': not theirs
    if node.dep_ == "nsubjpass" or doc_noun.dep_ == "nsubjpass":
        for agent in (c for c in verb.children if c.dep_ == "agent"):
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        return None
    return _subject(verb)


def _subject(verb: Token) -> Token | None:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ == "VERB":
        # 'The union met on Monday and issued a statement': the first verb's subject.
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in ("it", "there", "which", "that", "what", "who"):
        return None
    return subject


def _resolve(issuer: Token, mention: Mention, memory: DocMemory) -> SpeakerInfo | None:
    from .speaker_resolve import describe  # resolution reads this module: imported late

    owner = next((c for c in issuer.children if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ == "PRON" and issuer.lower_ in _RELATIONS:
        # 'His family said in a statement': the family of the person "his" stands for.
        who = describe(owner, owner.i, owner.i + 1, memory)
        if who.kind != "person" or not who.name[:1].isupper():
            return None
        kind: SpeakerKind = (
            "group" if issuer.lower_ in ("family", "relatives", "parents") else "person"
        )
        if issuer.tag_ == "NNS":
            kind = "group"
        return SpeakerInfo(f"{who.name}'s {issuer.lower_}", kind, None, None, mention)
    lo, hi = mention_bounds(issuer, in_quote=memory.in_quote)
    info = describe(issuer, lo, hi, memory)
    words = info.name.split()
    if info.kind == "unknown" or not words or words[0].lower() in _POSSESSIVES:
        return None
    if not real_name(info):
        return None  # 'The GOP presidential candidate sent an email': a description, no name
    name = _full_org_name(info.name, issuer) if info.kind == "organization" else info.name
    return SpeakerInfo(name, info.kind, info.role, info.organization, mention)


def _full_org_name(name: str, issuer: Token) -> str:
    """The organisation's name as first given in full ('Volta Motors' for a later "Volta"):
    the earliest organisation entity before ``issuer`` that starts with ``name``."""
    for ent in issuer.doc.ents:
        if ent.start >= issuer.i:
            break
        if ent.label_ == "ORG" and ent.text.startswith(name + " ") and len(ent) <= 5:
            return ent.text
    return name
