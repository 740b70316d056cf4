"""What a document has established so far about people and organisations.

:class:`DocMemory` remembers what earlier mentions said ("ministry spokeswoman Hua Chunying" →
later "Hua" keeps the role; "he" is the latest person named); :class:`SpeakerInfo` is a resolved
speaker before it becomes a :class:`~claimcheck.models.Speaker`.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .cues import ROLE_NOUNS
from .mention_span import join_words, skip_reporting
from .models import Mention, SpeakerKind
from .person_gender import gender_where_named, noun_gender
from .role_words import PERSON_DESCRIPTORS
from .speaker_roles import role_and_org
from .untagged_names import untagged_names

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["DocMemory", "SpeakerInfo", "clean_name", "drop_descriptors", "same_person", "strip_det"]

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
    _namesakes: dict[str, set[str]] = field(default_factory=dict)
    _fulls: dict[str, set[str]] = field(default_factory=dict)  # surname -> full names
    _firsts: dict[str, set[str]] = field(default_factory=dict)  # first word -> surnames
    # first name -> full names written after "Sir" or "Dame"
    _knights: dict[str, set[str]] = field(default_factory=dict)
    # Last words of every person NER tagged, alone or in full.
    _person_words: set[str] = field(default_factory=set)
    _person_starts: list[int] = field(default_factory=list)
    _person_names: list[str] = field(default_factory=list)
    _orgs: dict[str, list[str]] = field(default_factory=dict)
    _gender: dict[str, str] = field(default_factory=dict)
    text: str = ""
    # The transcript labels the text sets out ("TRUMP:", "JOHN KASICH:"), as the
    # :class:`~claimcheck.attribution_parse.TextIndex` found them, and their words.
    labels: frozenset[str] = frozenset()
    label_words: frozenset[str] = field(init=False, default=frozenset())

    def __post_init__(self) -> None:
        self.text = self.doc.text
        self.label_words = frozenset(word for label in self.labels for word in label.split())
        persons = []
        for ent in _joined_persons(self.doc):
            if ent.label_ == "PERSON":
                start = skip_reporting(self.doc, ent.start, ent.end - 1)
                if start > ent.start:
                    ent = self.doc[start : ent.end]
                name = drop_descriptors(clean_name(ent))
                if not name:
                    continue
                parts = name.split()
                knighted = ent.start > 0 and self.doc[ent.start - 1].lower_ in _KNIGHTED
                if len(parts) > 2 and parts[0].lower() in _KNIGHTED:
                    knighted, parts = True, parts[1:]  # NER took "Dame" into the name
                    name = " ".join(parts)
                if len(parts) > 1 and knighted:
                    self._knights.setdefault(parts[0].lower(), set()).add(name)
                self._person_words.add(parts[-1].lower())
                # The longest full name wins: later "Trump" means "Donald Trump".
                key = parts[-1].lower()
                # A court case NER tags as a person ('Trump v. Trump') names nobody in full.
                in_full = (
                    len(parts) > 1
                    and parts[0].lower().rstrip(".") not in _HONORIFICS
                    and parts[0].lower() != key
                    and not {"v.", "vs.", "v", "vs"} & {p.lower() for p in parts}
                )
                if in_full:
                    # first names tell namesakes apart ("Donald J. Trump" is Donald Trump)
                    self._namesakes.setdefault(key, set()).add(parts[0].lower())
                    self._fulls.setdefault(key, set()).add(name)
                    self._firsts.setdefault(parts[0].lower(), set()).add(key)
                if in_full and len(name) > len(self._surnames.get(key, "")):
                    self._surnames[key] = name
                if not self.in_quote(ent.start_char):
                    self._person_starts.append(ent.start_char)
                    self._person_names.append(name)
                    persons.append((ent, name))
            elif ent.label_ == "ORG":
                org = strip_det(ent.text)
                if org:
                    # Keyed by last word: "ministry" finds "Chinese Foreign Ministry" directly.
                    self._orgs.setdefault(org.split()[-1].lower(), []).append(org)
        for name in untagged_names(self.doc, self.in_quote):
            key = name.split()[-1].lower()
            if key not in self._surnames:
                # 'Doyle said' after 'Marcus Doyle, the museum's director' NER called an ORG
                self._surnames[key] = name
                self._namesakes.setdefault(key, set()).add(name.split()[0].lower())
        # What the article says of each person (titles, appositions, Mr./Ms.) is known when a
        # "he said" or "Hua said" refers back to them: see role_of.
        for ent, name in persons:
            full = self.full_name(name)
            root = ent.root
            tokens = list(self.doc[root.left_edge.i : root.right_edge.i + 1])
            known_role, known_org = role_and_org(root, root, tokens, self)
            if known_role or known_org:
                self._titled.setdefault(full, []).append((ent.start_char, known_role, known_org))
            gender = gender_where_named(ent)
            if gender:
                self._gender.setdefault(full, gender)

    def full_name(self, name: str) -> str:
        """``name`` expanded to the longest person name in the document with that surname.

        An honorific and surname ("Mr. Weaver", "MR. RUBIO") is the one person of that
        surname named in full, or the bare surname when there is none; when the article names
        several ("Bill Clinton", "Hillary Clinton") the honorific is what tells them apart,
        so "Mrs. Clinton" stays as written.
        """
        parts = [p for p in name.split() if p != "."]
        if len(parts) == 2 and parts[0].lower() in _KNIGHTED:
            # A knight's second reference is "Sir" and the first name ("Sir Keir").
            knights = self._knights.get(parts[1].lower(), set())
            return next(iter(knights)) if len(knights) == 1 else name
        if len(parts) > 2 and parts[0].lower() in _KNIGHTED:
            return " ".join(parts[1:])  # the title is no part of the name, as "Gov." is not
        if len(parts) == 2 and parts[0].lower().rstrip(".") in _HONORIFICS:
            key = parts[1].lower()
            full = self._surnames.get(key, parts[1])
            said = _HONORIFICS[parts[0].lower().rstrip(".")]
            known = self._gender.get(full)
            if len(self._namesakes.get(key, ())) > 1:
                return self._namesake(key, said) or name
            if said and known and known != said:
                return name
            return full
        if len(parts) == 1:
            return self._short_form(parts[0].lower(), name)
        return name

    def _short_form(self, word: str, name: str) -> str:
        """A one-word reference: the person whose surname it is, else the one person named
        in full whose first word it is — a Chinese family name, written first ("Lin Jiayi"
        … "Lin said"), or the first name news uses for ordinary people and children. A
        surname wins: English news calls people by it, and NER runs a surname into the
        next word ("Trump Tower") often enough to make a surname look like a first word."""
        full = self._surnames.get(word)
        if full is not None:
            return full
        surnames = self._firsts.get(word, set()) - {word}
        if len(surnames) == 1:
            return self._surnames.get(next(iter(surnames)), name)
        return name

    def namesake(self, surname: str, gender: str | None) -> str | None:
        """Of several people the article names with ``surname``, the one a pronoun or
        honorific of ``gender`` can mean (see :meth:`full_name`), else None."""
        return self._namesake(surname.lower(), gender)

    def _namesake(self, key: str, said: str | None) -> str | None:
        """Of several people with surname ``key``, the one an honorific of gender ``said``
        can mean: the only one not known to be of the other gender ('Ms. Marsh' when 'Her
        son, David Marsh' is a man), else None."""
        fulls = self._fulls.get(key, set())
        fits = [n for n in fulls if self._gender.get(n) in (None, said)]
        if said is None or len(fits) != 1 or len(fits) == len(fulls):
            return None
        return fits[0]

    def is_surname(self, word: str) -> bool:
        """Whether ``word`` is the last name of a person named in full in the document."""
        return word.lower() in self._surnames

    def has_namesakes(self, name: str) -> bool:
        """Whether the article names in full several people with ``name``'s surname."""
        words = name.lower().split()
        return bool(words) and len(self._namesakes.get(words[-1], ())) > 1

    def is_full_name(self, name: str) -> bool:
        """Whether ``name`` has a first name, not only a surname or honorific and surname."""
        parts = name.split()
        return len(parts) > 1 and parts[0].lower().rstrip(".") not in _HONORIFICS

    def is_person_word(self, word: str) -> bool:
        """Whether NER tagged ``word`` (as a whole name or its last word) a person anywhere."""
        return word.lower() in self._person_words

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
            if gender is None or (self.gender_of(name) or gender) == gender:
                found = (self._person_starts[j], name)
                break
        for prev in reversed(self.history[-4:]):
            if prev.kind != "person" or prev.mention.start >= before:
                continue
            if gender is not None and (self.gender_of(prev.name) or gender) != gender:
                continue
            if found is None or prev.mention.end >= found[0] or same_person(prev.name, found[1]):
                found = (prev.mention.start, prev.name)
            break
        if found is None:
            return None
        if gender is not None:
            self._gender.setdefault(found[1], gender)
        return found[1]

    def gender_of(self, name: str) -> str | None:
        """ "m"/"f" when the document has said so for ``name`` (an honorific) or the noun an
        unnamed speaker goes by says so ("his mother", "One man"), else None."""
        words = name.lower().split()
        return self._gender.get(name) or (noun_gender(words[-1]) if words else None)

    def learn_gender(self, name: str, gender: str) -> None:
        """Record that the article refers to ``name`` with a pronoun of ``gender``."""
        self._gender.setdefault(name, gender)

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
        org = strip_det(join_words(tokens))
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

    def roles_given(self, name: str) -> list[str]:
        """Every role the article gives ``name`` in a title or apposition, anywhere in it
        ("Gov.", "former Secretary"), and the role a resolved quote gave them."""
        found = [role for _, role, _ in self._titled.get(name, ()) if role]
        known = self.roles.get(name, (None, None))[0]
        return [*found, known] if known else found

    def remember(self, info: SpeakerInfo) -> None:
        """Record a resolved speaker so later mentions can refer back to it."""
        self.history.append(info)
        if info.kind == "person" and (info.role or info.organization):
            old_role, old_org = self.role_of(info.name, info.mention.start)
            self.roles[info.name] = (info.role or old_role, info.organization or old_org)


# Titles that go with a first name, not the surname ("Sir Geoffrey" for Sir Geoffrey Marlow).
_KNIGHTED = frozenset({"sir", "dame"})


def _joined_persons(doc: Doc) -> list[Span]:
    """The document's entities, with PERSON entities NER split inside one name ("[Ana
    Beatriz] [Lacerda]", touching, nothing between) joined into one."""
    out: list[Span] = []
    for ent in doc.ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and ent.label_ == prev.label_ == "PERSON"
            and ent.start == prev.end
            and doc[prev.end - 1].whitespace_ == " "
        ):
            out[-1] = doc[prev.start : ent.end]
            out[-1].label_ = "PERSON"
        else:
            out.append(ent)
    return out


# "Mr. Weaver" is John Weaver once the article has named him in full (see full_name).
_HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "mx": None}
def same_person(a: str, b: str) -> bool:
    """Whether two resolved names share a surname ("Dmitry Peskov", "Peskov")."""
    return a.split()[-1:] == b.split()[-1:]


# Royal and papal styles are part of the name people go by ("Pope Francis", "Prince Harry").
# "Coach" is written before a name as a title is ('Coach Brian Lowe') though it is no role noun.
_DESCRIPTIONS = (ROLE_NOUNS | PERSON_DESCRIPTORS | {"coach"}) - {
    "pope", "king", "queen", "prince", "princess"
}


def drop_descriptors(name: str) -> str:
    """``name`` without the descriptions NER takes into a person's name ('Billionaire Donald
    Trump', 'Moderator Megyn Kelly'): a role or descriptor word before the name proper."""
    words = name.split()
    # '-woman' titles are written before names as roles are ('Councilwoman Rita Vance').
    while len(words) > 1 and (
        words[0].lower() in _DESCRIPTIONS or words[0].lower().endswith("woman")
    ):
        words = words[1:]
    return " ".join(words)


def strip_det(text: str) -> str:
    words = text.strip(" ,.;:").split()
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return " ".join(words)


def clean_name(ent: object) -> str:
    text = str(ent).strip(" ,.;:'’\"“”")
    if text.endswith("’s") or text.endswith("'s"):
        text = text[:-2]
    return " ".join(text.split())
