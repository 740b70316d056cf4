"""Who a speaker phrase names: the mention span, the resolved name, kind, role and organisation.

Works on one document at a time through :class:`DocMemory`, which remembers what earlier
mentions established ("ministry spokeswoman Hua Chunying" → later "Hua" keeps the role; "another
spokesman" takes the organisation of the earlier spokeswoman; "he" is the latest person named).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .cues import (
    GROUP_NOUNS,
    GROUP_PRONOUNS,
    ORG_HEADS,
    PERSON_PRONOUNS,
    REPORTING_VERBS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    TITLES,
    role_family,
)
from .models import Mention, SpeakerKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Dependents that end a speaker phrase: "Smith, who ran the agency," names Smith, and the
# clause is not part of the mention.
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis", "xcomp"})
_RELATIVE = frozenset({"who", "that", "which", "whom"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
# Entity labels that make a phrase a named organisation, place or people rather than a noun.
_NAMED_ORG_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "PERSON"})


@dataclass(frozen=True)
class SpeakerInfo:
    """A resolved speaker before it becomes a :class:`~claimcheck.models.Speaker`."""

    name: str
    kind: SpeakerKind
    role: str | None
    organization: str | None
    mention: Mention


@dataclass
class DocMemory:
    """What the document has established so far about people and organisations."""

    doc: Doc
    in_quote: Callable[[int], bool]
    roles: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    # (offset, role, organisation) of each titled mention of a person, in text order
    _titled: dict[str, list[tuple[int, str | None, str | None]]] = field(default_factory=dict)
    history: list[SpeakerInfo] = field(default_factory=list)
    _surnames: dict[str, str] = field(default_factory=dict)
    _person_starts: list[int] = field(default_factory=list)
    _person_names: list[str] = field(default_factory=list)
    _orgs: dict[str, list[str]] = field(default_factory=dict)
    _gender: dict[str, str] = field(default_factory=dict)
    text: str = ""

    def __post_init__(self) -> None:
        self.text = self.doc.text
        persons = []
        for ent in self.doc.ents:
            if ent.label_ == "PERSON":
                name = _clean_name(ent)
                if not name:
                    continue
                parts = name.split()
                # The longest full name wins: later "Trump" means "Donald Trump".
                key = parts[-1].lower()
                if len(parts) > 1 and len(name) > len(self._surnames.get(key, "")):
                    self._surnames[key] = name
                if not self.in_quote(ent.start_char):
                    self._person_starts.append(ent.start_char)
                    self._person_names.append(name)
                    persons.append((ent, name))
            elif ent.label_ == "ORG":
                org = _strip_det(ent.text)
                if org:
                    # Keyed by last word: "ministry" finds "Chinese Foreign Ministry" directly.
                    self._orgs.setdefault(org.split()[-1].lower(), []).append(org)
        # What the article says of each person (titles, appositions, Mr./Ms.) is known when a
        # "he said" or "Hua said" refers back to them: see role_of.
        for ent, name in persons:
            full = self.full_name(name)
            root = ent.root
            tokens = list(self.doc[root.left_edge.i : root.right_edge.i + 1])
            known_role, known_org = _role_and_org(root, root, tokens, self)
            if known_role or known_org:
                self._titled.setdefault(full, []).append((ent.start_char, known_role, known_org))
            gender = _gender_of(ent)
            if gender:
                self._gender.setdefault(full, gender)

    def full_name(self, name: str) -> str:
        """``name`` expanded to the longest person name in the document with that surname."""
        parts = name.split()
        if len(parts) == 1:
            return self._surnames.get(parts[0].lower(), name)
        return name

    def is_surname(self, word: str) -> bool:
        """Whether ``word`` is the last name of a person named in full in the document."""
        return word.lower() in self._surnames

    def latest_person(self, before: int, *, gender: str | None = None) -> str | None:
        """The full name of the last person named (outside quotes) before offset ``before``.

        With ``gender`` ("m"/"f"), people known to be of the other gender are passed over.
        A person who spoke since the last name NER found wins: "he added" after a quote
        refers to its speaker, whose name NER may not have tagged ("Hua Chunying").
        """
        found: tuple[int, str] | None = None
        k = bisect.bisect_left(self._person_starts, before)
        for j in range(k - 1, max(k - 12, -1), -1):
            name = self.full_name(self._person_names[j])
            if gender is None or self._gender.get(name, gender) == gender:
                found = (self._person_starts[j], name)
                break
        for prev in reversed(self.history[-4:]):
            if prev.kind != "person" or prev.mention.start >= before:
                continue
            if gender is not None and self._gender.get(prev.name, gender) != gender:
                continue
            if found is None or prev.mention.end >= found[0] or _same_person(prev.name, found[1]):
                found = (prev.mention.start, prev.name)
            break
        if found is None:
            return None
        if gender is not None:
            self._gender.setdefault(found[1], gender)
        return found[1]

    def gender_of(self, name: str) -> str | None:
        """ "m"/"f" when the document has said so for ``name`` (an honorific), else None."""
        return self._gender.get(name)

    def expand_org(self, org: str) -> str:
        """A short organisation word ("ministry") expanded to the named one it stands for."""
        low = org.lower()
        words = low.split()
        if not words:
            return org
        for known in reversed(self._orgs.get(words[-1], [])):
            if known.lower() != low and known.lower().endswith(low):
                return known
        return org

    def named_org(self, tokens: list[Token]) -> str | None:
        """The organisation ``tokens`` name, or None when they are only a common noun.

        "ministry" in "a ministry spokeswoman" stands for the ministry the article names
        ("Chinese Foreign Ministry"); with none named, a bare "ministry" or "company" says
        nothing a reader could look up, so it is no organisation.
        """
        org = _strip_det(" ".join(t.text for t in tokens))
        for suffix in (" 's", " ’s", "'s", "’s"):
            org = org.removesuffix(suffix)
        if not org:
            return None
        expanded = self.expand_org(org)
        if expanded != org:
            return expanded
        named = any(
            t.pos_ == "PROPN" or t.ent_type_ in _NAMED_ORG_LABELS
            for t in tokens
            if t.lower_ not in _DETERMINERS
        )
        return org if named else None

    def role_of(self, name: str, at: int) -> tuple[str | None, str | None]:
        """The role and organisation the article has given ``name`` by the end of the
        paragraph holding offset ``at``: a speaker already resolved with one, else the first
        titled mention. Text after that paragraph never changes what a quote says (a later
        "Gonzalez, a spokeswoman at the ministry," does not reach back)."""
        if name in self.roles:
            return self.roles[name]
        limit = self.text.find("\n", at)
        limit = len(self.text) if limit < 0 else limit
        for start, role, org in self._titled.get(name, ()):
            if start < limit:
                return role, org
        return None, None

    def remember(self, info: SpeakerInfo) -> None:
        """Record a resolved speaker so later mentions can refer back to it."""
        self.history.append(info)
        if info.kind == "person" and (info.role or info.organization):
            old_role, old_org = self.role_of(info.name, info.mention.start)
            self.roles[info.name] = (info.role or old_role, info.organization or old_org)


_FEMALE = ("ms.", "mrs.", "miss", "ms", "mrs")
_MALE = ("mr.", "mr")


def _gender_of(ent: Span) -> str | None:
    """ "m"/"f" when an honorific (Mr., Ms., Mrs.) says so, else None."""
    doc = ent.doc
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    first = doc[ent.start].lower_
    for word in (before, first):
        if word in _FEMALE:
            return "f"
        if word in _MALE:
            return "m"
    # Roles are no evidence: "spokesman" and "chairman" are often used for women.
    return None


def _same_person(a: str, b: str) -> bool:
    """Whether two resolved names share a surname ("Dmitry Peskov", "Peskov")."""
    return a.split()[-1:] == b.split()[-1:]


def _strip_det(text: str) -> str:
    words = text.strip(" ,.;:").split()
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return " ".join(words)


def _clean_name(ent: object) -> str:
    text = str(ent).strip(" ,.;:'’\"“”")
    if text.endswith("’s") or text.endswith("'s"):
        text = text[:-2]
    return " ".join(text.split())


# --- the mention span -----------------------------------------------------------------------


def mention_bounds(
    head: Token, *, in_quote: Callable[[int], bool], toward: tuple[int, int] | None = None
) -> tuple[int, int]:
    """Token range ``[i, j)`` of the phrase headed by ``head``, without clauses or quoted text.

    The phrase never crosses a paragraph break or a label dash; when the parse made it cross
    one, the piece kept is the one nearest ``toward`` (the quote's character span), if given.
    """
    lo, hi = head.left_edge.i, head.right_edge.i + 1
    for child in head.children:
        if child.dep_ in _CLAUSE_DEPS:
            if child.i > head.i:
                hi = min(hi, child.left_edge.i)
            else:
                lo = max(lo, child.right_edge.i + 1)
    doc = head.doc
    if lo > 0 and doc[lo - 1].dep_ == "det" and doc[lo - 1].head.i == head.head.i != head.i:
        lo -= 1  # 'the email read': the tagger hung the article on the misread verb
    lo, hi = _within_label(doc, lo, hi, head.i, toward)
    lo, hi = _trim_punct(doc, lo, hi, head.i)
    # Never let a mention run into a quotation: fall back to the head's own word run.
    if any(in_quote(doc[k].idx) for k in range(lo, hi)):
        lo, hi = _trim_punct(doc, *_name_run(head), head.i)
    if hi <= lo:
        return head.i, head.i + 1  # an odd parse left nothing: the head alone names the speaker
    return lo, hi


_LABEL_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def _breaks_label(doc: Doc, k: int) -> bool:
    """Whether token ``k`` ends one label and starts another: a paragraph break, or a dash
    set off by spaces ("problematic - Pew Research")."""
    tok = doc[k]
    if "\n" in tok.text:
        return True
    if tok.text not in _LABEL_DASHES:
        return False
    # A hyphen inside a word run ("R-S.C.") is not a dash; one with a space before it is.
    return tok.text != "-" or (k > 0 and bool(doc[k - 1].whitespace_))


def _within_label(
    doc: Doc, lo: int, hi: int, keep: int, toward: tuple[int, int] | None
) -> tuple[int, int]:
    # A parse can hang a headline on the paragraph before it ("... (all times EDT):\n\n
    # Donald Trump has delivered"), a name on the next paragraph's subject ('said Richard L.
    # Trumka.\n\nThe potential pairing'), or join two labels across a dash ("problematic -
    # Pew Research: '…'"); the speaker's label is the piece next to the quote.
    cuts = [k for k in range(lo, hi) if k != keep and _breaks_label(doc, k)]
    if not cuts:
        return lo, hi
    pieces = list(zip([lo, *(k + 1 for k in cuts)], [*cuts, hi], strict=True))
    own = next((piece for piece in pieces if piece[0] <= keep < piece[1]), (keep, keep + 1))
    # Only pieces with a word in them can name anyone.
    pieces = [(a, b) for a, b in pieces if any(c.isalpha() for c in doc[a:b].text)]
    if not pieces:
        return own
    if toward is not None:
        q_start, q_end = toward

        def gap(piece: tuple[int, int]) -> int:
            first, last = doc[piece[0]].idx, doc[piece[1] - 1].idx
            return max(first - q_end, q_start - last, 0)

        return min(pieces, key=gap)
    verb = doc[keep].head.i
    if verb >= hi:
        return pieces[-1]
    if verb < lo:
        return pieces[0]
    return own


def _trim_punct(doc: Doc, lo: int, hi: int, keep: int) -> tuple[int, int]:
    # ``keep`` may lie outside [lo, hi) when a label piece away from the head was kept; the
    # range never empties.
    while lo < min(keep, hi - 1) and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    # A conjunction left at the end ('Mr. Daniloff, now 81 and') joins what was cut off.
    while hi - 1 > max(keep, lo) and (
        doc[hi - 1].is_punct or doc[hi - 1].is_space or doc[hi - 1].dep_ == "cc"
    ):
        if doc[hi - 1].text == ")" and any(t.text == "(" for t in doc[lo : hi - 1]):
            break  # keep a closed parenthesis: "Rep. Trey Gowdy (R-S.C.)"
        hi -= 1
    return lo, hi


def _name_run(head: Token) -> tuple[int, int]:
    """The head with its compound and flat-name neighbours ("Hua Chunying")."""
    lo = hi = head.i
    doc = head.doc
    while (
        lo > 0
        and doc[lo - 1].head.i in range(lo, head.i + 1)
        and doc[lo - 1].dep_
        in (
            "compound",
            "det",
            "amod",
            "poss",
        )
    ):
        lo -= 1
    while hi + 1 < len(doc) and doc[hi + 1].dep_ == "flat" and doc[hi + 1].head.i == head.i:
        hi += 1
    return lo, hi + 1


def make_mention(doc: Doc, lo: int, hi: int, text: str) -> Mention:
    """The :class:`Mention` covering tokens ``[lo, hi)``; ``text`` is ``doc.text``.

    The text is passed in because ``Doc.text`` rebuilds the whole string on every access.
    """
    start = doc[lo].idx
    end = doc[hi - 1].idx + len(doc[hi - 1].text)
    phrase = text[start:end]
    if phrase.count("(") > phrase.count(")") and text[end : end + 1] == ")":
        end += 1  # a tokenizer that glued "):" together cut the bracket off
    return Mention(start=start, end=end, text=text[start:end])


# --- resolution -----------------------------------------------------------------------------


def describe(head: Token, lo: int, hi: int, memory: DocMemory) -> SpeakerInfo:
    """Resolve the speaker phrase ``doc[lo:hi]`` headed by ``head``."""
    doc = head.doc
    mention = make_mention(doc, lo, hi, memory.text)
    lower = head.lower_
    if lower in _RELATIVE and head.head.dep_ == "relcl" and head.head.head.i != head.head.i:
        antecedent = head.head.head
        a_lo, a_hi = mention_bounds(antecedent, in_quote=memory.in_quote)
        found = describe(antecedent, a_lo, a_hi, memory)
        return SpeakerInfo(found.name, found.kind, found.role, found.organization, mention)
    if head.pos_ == "PRON" or lower in PERSON_PRONOUNS | GROUP_PRONOUNS:
        return _pronoun(head, mention, memory)
    tokens = list(doc[lo:hi])
    if any(t.dep_ == "conj" and t.head.i == head.i for t in tokens):
        return SpeakerInfo(_strip_det(mention.text), "group", None, None, mention)
    person = _person_token(head, tokens, memory)
    if person is not None:
        return _person(person, head, tokens, mention, memory)
    if lower in ROLE_NOUNS or head.lemma_.lower() in ROLE_NOUNS:
        return _nominal(head, tokens, mention, memory)
    kind = _thing_kind(head)
    name = _strip_det(_thing_name(head, lo, hi))
    return SpeakerInfo(name or mention.text, kind, None, None, mention)


def _pronoun(head: Token, mention: Mention, memory: DocMemory) -> SpeakerInfo:
    lower = head.lower_
    if lower in GROUP_PRONOUNS:
        # "they" most often refers back to the last organisation or group that spoke.
        for prev in reversed(memory.history[-3:]):
            if prev.kind in ("group", "organization", "country"):
                return SpeakerInfo(prev.name, prev.kind, None, None, mention)
        return SpeakerInfo(mention.text, "group", None, None, mention)
    gender = {"he": "m", "him": "m", "she": "f", "her": "f"}.get(lower)
    # Gender only narrows the choice; with nobody of that gender, the last person it is.
    name = (
        _clause_antecedent(head, memory, gender)
        or memory.latest_person(mention.start, gender=gender)
        or memory.latest_person(mention.start)
    )
    if name is None:
        return SpeakerInfo(mention.text, "unknown", None, None, mention)
    role, org = memory.role_of(name, mention.start)
    return SpeakerInfo(name, "person", role, org, mention)


def _clause_antecedent(head: Token, memory: DocMemory, gender: str | None) -> str | None:
    """The person a pronoun's enclosing clause is about: 'Viguerie is upbeat about Cruz's
    chances because he sees ...' makes "he" Viguerie, not Cruz, the last name before it.

    Walks up from the pronoun to the nearest clause with a named person as subject before it.
    """
    node = head
    for _ in range(6):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in REPORTING_VERBS:
            # What someone said ('Comey said that Clinton was careless, but he ...') is
            # not a clause the pronoun belongs to: its subject is talked about, not bound.
            continue
        for child in node.children:
            if child.i >= head.i or not child.dep_.startswith("nsubj"):
                continue
            if memory.in_quote(child.idx):
                continue
            if child.ent_type_ != "PERSON" and not memory.is_surname(child.text):
                continue
            name = memory.full_name(child.text)
            if gender is None or memory.gender_of(name) in (None, gender):
                return name
    return None


def _person_token(head: Token, tokens: list[Token], memory: DocMemory) -> Token | None:
    """The token of the person's name in the phrase: the head, or its apposition."""
    if head.ent_type_ == "PERSON":
        return head
    if head.pos_ == "PROPN" and memory.is_surname(head.text):
        # NER missed a repeated surname ("Lopez said") that it tagged in full earlier.
        return head
    for tok in tokens:
        if tok.dep_ == "appos" and tok.head.i == head.i and tok.ent_type_ == "PERSON":
            return tok
    if head.pos_ == "PROPN" and head.lower_ not in ORG_HEADS:
        # A name with a person's role around it is a person whatever NER said
        # ("spokeswoman Ana Costa", "Costa, a spokeswoman").
        around = [t for t in head.children if t.dep_ in ("compound", "appos", "amod")]
        if any(t.lower_ in ROLE_NOUNS | TITLES or t.lemma_.lower() in ROLE_NOUNS for t in around):
            return head
    if head.pos_ == "PROPN" and not head.ent_type_ and head.lower_ not in ORG_HEADS:
        # NER missed a name like "Wenbin": a capitalised run with no organisation word.
        run_lo, run_hi = _name_run(head)
        words = [t for t in head.doc[run_lo:run_hi] if t.pos_ == "PROPN"]
        if len(words) >= 2 and not any(w.lower_ in TITLES for w in words[-2:]):
            return head
    return None


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
        # NER sometimes leaves a first name out of the entity ("Ana [Costa]").
        while (
            lo > 0
            and doc[lo - 1].pos_ == "PROPN"
            and doc[lo - 1].dep_ == "compound"
            and not doc[lo - 1].ent_type_
            and doc[lo - 1].lower_ not in TITLES | ROLE_NOUNS | ORG_HEADS
            and doc[lo - 1].text[:1].isupper()
        ):
            lo -= 1
        words = [t.text for t in doc[lo : hi + 1] if t.lower_ not in TITLES]
    else:
        run_lo, run_hi = _name_run(person)
        words = [t.text for t in doc[run_lo:run_hi] if t.pos_ == "PROPN"]
        words = [w for w in words if w.lower() not in TITLES]
        lo = run_lo
    name = memory.full_name(_clean_name(" ".join(words)) or person.text)
    role, org = _role_and_org(person, head, tokens, memory)
    if role is None and org is None:
        role, org = memory.role_of(name, mention.start)
    return SpeakerInfo(name, "person", role, org, mention)


def _role_and_org(
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
        if rh.lower_ in ROLE_NOUNS or rh.lemma_.lower() in ROLE_NOUNS:
            return _nominal_role(rh, memory)
    return None, None


def _role_in(premods: list[Token], memory: DocMemory) -> tuple[str | None, str | None]:
    roles = [i for i, t in enumerate(premods) if t.lower_ in ROLE_NOUNS | TITLES]
    if not roles:
        return None, None
    last = roles[-1]
    first = last
    while first > 0 and premods[first - 1].lower_ in ROLE_MODIFIERS | ROLE_NOUNS:
        first -= 1
    role = " ".join(t.text for t in premods[first : last + 1])
    org_tokens = [t for t in premods[:first] if t.pos_ in ("PROPN", "NOUN")]
    return role, memory.named_org(org_tokens) if org_tokens else None


def _nominal_role(rh: Token, memory: DocMemory) -> tuple[str | None, str | None]:
    """Role and organisation of a role noun phrase: "a spokesman for X", "X's chief executive"."""
    mods = [
        t for t in rh.lefts if t.dep_ in ("compound", "amod", "nmod") and t.ent_type_ != "PERSON"
    ]
    role, org = _role_in([*mods, rh], memory)
    for child in rh.children:
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


def _nominal(head: Token, tokens: list[Token], mention: Mention, memory: DocMemory) -> SpeakerInfo:
    """ "The spokeswoman", "another spokesman", "a spokesman for X": resolve to a named person."""
    role, org = _nominal_role(head, memory)
    definite = any(t.lower_ in ("the", "this", "that") for t in head.lefts)
    if definite:
        family = role_family(role)
        for prev in reversed(memory.history):
            if prev.kind == "person" and role_family(prev.role) == family:
                return SpeakerInfo(
                    prev.name, "person", prev.role, org or prev.organization, mention
                )
    kind: SpeakerKind = "group" if head.tag_ in ("NNS", "NNPS") else "person"
    return SpeakerInfo(_strip_det(mention.text), kind, role, org, mention)


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
    if label == "PERSON":
        return "person"
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
    start = lo
    return doc[start : head.i + 1].text
