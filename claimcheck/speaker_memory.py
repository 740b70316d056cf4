"""What a document has established so far about people and organisations.

:class:`DocMemory` remembers what earlier mentions said ("ministry spokeswoman Hua Chunying" →
later "Hua" keeps the role; "he" is the latest person named); :class:`SpeakerInfo` is a resolved
speaker before it becomes a :class:`~claimcheck.models.Speaker`.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from .honorifics import HONORIFICS, KNIGHTED
from .mention_span import skip_reporting
from .models import Mention, SpeakerKind
from .name_cleaning import clean_name, drop_descriptors, joined_persons, same_person, strip_det
from .org_names import OrgNames
from .person_gender import gender_where_named, noun_gender
from .person_names import PersonNames
from .reading_horizon import FACT_LOOKAHEAD_PARAGRAPHS, LOOKAHEAD_PARAGRAPHS, paragraph_start
from .speaker_roles import role_and_org
from .untagged_names import untagged_names_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["DocMemory", "SpeakerInfo"]


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
    """What the document has established so far about people and organisations.

    With ``gradual`` the memory learns the article as a reader does: a name, title or
    organisation is known only once :meth:`reach` has passed it (the stages reach the end of
    the paragraph they are reading), so text after that paragraph, an article appended after
    this one included, never changes what an earlier quote's speaker is called. Without it the
    whole document is known from the start.
    """

    doc: Doc
    in_quote: Callable[[int], bool]
    roles: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    # (offset, name as written, role, organisation) of each titled mention of a person
    _titled: list[tuple[int, str, str | None, str | None]] = field(default_factory=list)
    history: list[SpeakerInfo] = field(default_factory=list)
    _people: PersonNames = field(default_factory=PersonNames)
    # where each person is named outside quotes, in text order, and the name written there
    _person_starts: list[int] = field(default_factory=list)
    _person_names: list[str] = field(default_factory=list)
    _orgs: OrgNames = field(default_factory=OrgNames)
    # (name as written, gender) where the article says a person's gender beside the name
    _named_gender: list[tuple[str, str]] = field(default_factory=list)
    # genders learned from the pronouns that refer to a name
    _gender: dict[str, str] = field(default_factory=dict)
    text: str = ""
    # The transcript labels the text sets out ("TRUMP:", "JOHN KASICH:"), as the
    # :class:`~claimcheck.attribution_parse.TextIndex` found them, and their words.
    labels: frozenset[str] = frozenset()
    label_words: frozenset[str] = field(init=False, default=frozenset())
    gradual: bool = False
    # (offset from which it is known, order found, what it teaches), sorted
    _pending: list[tuple[int, int, Callable[[], None]]] = field(default_factory=list)
    _next: int = 0
    # full_name's answers, good while nothing new is learned: the state they were made in
    _cached_at: tuple[int, int] = (-1, -1)
    _full_names: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.text = self.doc.text
        self.label_words = frozenset(word for label in self.labels for word in label.split())
        pending: list[tuple[int, int, Callable[[], None]]] = []
        for ent in joined_persons(self.doc):
            if ent.label_ == "PERSON":
                start = skip_reporting(self.doc, ent.start, ent.end - 1)
                if start > ent.start:
                    ent = self.doc[start : ent.end]
                name = drop_descriptors(clean_name(ent))
                if not name:
                    continue
                learn = partial(self._learn_person, ent, name)
                # news may name in full just after a quote the person it signs with a
                # surname ('(Sanders, Jan. 12)' then '(Bernie Sanders, March 8)')
                known = paragraph_start(self.text, ent.start_char, before=LOOKAHEAD_PARAGRAPHS)
                pending.append((known, len(pending), learn))
                if not self.in_quote(ent.start_char):
                    # what the mention says of the person: its title or apposition may run
                    # past the name, so it is known once the whole phrase has been read
                    root = ent.root
                    end = self.doc[root.right_edge.i].idx
                    pending.append((max(end, ent.start_char), len(pending),
                                    partial(self._learn_titles, ent, name)))
                    gender = gender_where_named(ent)
                    if gender:
                        # a person's gender is read a few paragraphs ahead (reading_horizon)
                        known = paragraph_start(
                            self.text, ent.sent.end_char, before=FACT_LOOKAHEAD_PARAGRAPHS
                        )
                        pending.append((known, len(pending),
                                        partial(self._learn_gender_named, name, gender)))
            elif ent.label_ == "ORG":
                org = strip_det(ent.text)
                if org:
                    pending.append((ent.start_char, len(pending), partial(self._orgs.learn, org)))
        for at, name, shown in untagged_names_at(self.doc, self.in_quote):
            # the reuse that shows the pair is a name may be read a few paragraphs ahead
            known = max(at, paragraph_start(self.text, shown, before=FACT_LOOKAHEAD_PARAGRAPHS))
            pending.append((known, len(pending), partial(self._people.learn_untagged, name)))
        if self.gradual:
            pending.sort(key=lambda entry: (entry[0], entry[1]))
        self._pending = pending
        if not self.gradual:
            self.reach(len(self.text) + 1)

    def reach(self, offset: int) -> None:
        """Learn what the text says before ``offset`` (a no-op for what is known already)."""
        pending = self._pending
        while self._next < len(pending) and (
            not self.gradual or pending[self._next][0] < offset
        ):
            pending[self._next][2]()
            self._next += 1

    def reach_paragraph(self, offset: int) -> None:
        """Learn what the text says up to the end of the paragraph holding ``offset``."""
        end = self.text.find("\n", offset)
        self.reach(len(self.text) if end < 0 else end)

    def _learn_person(self, ent: Span, name: str) -> None:
        knighted = ent.start > 0 and self.doc[ent.start - 1].lower_ in KNIGHTED
        name = self._people.learn(name, knighted=knighted)
        if not self.in_quote(ent.start_char):
            k = bisect.bisect_left(self._person_starts, ent.start_char)
            self._person_starts.insert(k, ent.start_char)
            self._person_names.insert(k, name)

    def _learn_titles(self, ent: Span, name: str) -> None:
        # What the article says of each person (titles, appositions, Mr./Ms.) is known when a
        # "he said" or "Hua said" refers back to them: see role_of.
        root = ent.root
        tokens = list(self.doc[root.left_edge.i : root.right_edge.i + 1])
        known_role, known_org = role_and_org(root, root, tokens, self)
        if known_role or known_org:
            self._titled.append((ent.start_char, name, known_role, known_org))

    def _learn_gender_named(self, name: str, gender: str) -> None:
        self._named_gender.append((name, gender))

    def _titles_of(self, name: str) -> list[tuple[int, str | None, str | None]]:
        """(offset, role, organisation) of the titled mentions known so far of ``name``."""
        return [(at, role, org) for at, written, role, org in self._titled
                if self.full_name(written) == name]

    def _named_gender_of(self, name: str) -> str | None:
        for written, gender in self._named_gender:
            if self._plain_full_name(written) == name:
                return gender
        return None

    def _plain_full_name(self, written: str) -> str:
        """``written`` expanded by surname alone, without :meth:`full_name`'s reading of
        honorifics (which asks for genders, and so for this)."""
        parts = written.split()
        if len(parts) == 1:
            return self._people.short_form(parts[0].lower(), written)
        if len(parts) == 2 and parts[0].lower().rstrip(".") in HONORIFICS:
            return self._people.surnames.get(parts[1].lower(), parts[1])
        return written

    def full_name(self, name: str) -> str:
        """``name`` expanded to the longest person name in the document with that surname.

        In a ``gradual`` memory, the longest the article has given by the point reached.

        An honorific and surname ("Mr. Weaver", "MR. RUBIO") is the one person of that
        surname named in full, or the bare surname when there is none; when the article names
        several ("Bill Clinton", "Hillary Clinton") the honorific is what tells them apart,
        so "Mrs. Clinton" stays as written.
        """
        state = (self._next, len(self._gender))
        if self._cached_at != state:
            self._cached_at, self._full_names = state, {}
        found = self._full_names.get(name)
        if found is None:
            found = self._full_names[name] = self._full_name(name)
        return found

    def _full_name(self, name: str) -> str:
        parts = [p for p in name.split() if p != "."]
        if len(parts) == 2 and parts[0].lower() in KNIGHTED:
            # A knight's second reference is "Sir" and the first name ("Sir Keir").
            knights = self._people.knights.get(parts[1].lower(), set())
            return next(iter(knights)) if len(knights) == 1 else name
        if len(parts) > 2 and parts[0].lower() in KNIGHTED:
            return " ".join(parts[1:])  # the title is no part of the name, as "Gov." is not
        if len(parts) == 2 and parts[0].lower().rstrip(".") in HONORIFICS:
            key = parts[1].lower()
            full = self._people.surnames.get(key, parts[1])
            said = HONORIFICS[parts[0].lower().rstrip(".")]
            known = self._named_gender_of(full) or self._gender.get(full)
            if len(self._people.namesakes.get(key, ())) > 1:
                return self._namesake(key, said) or name
            if said and known and known != said:
                return name
            return full
        if len(parts) == 1:
            return self._people.short_form(parts[0].lower(), name)
        return name

    def namesake(self, surname: str, gender: str | None) -> str | None:
        """Of several people the article names with ``surname``, the one a pronoun or
        honorific of ``gender`` can mean (see :meth:`full_name`), else None."""
        return self._namesake(surname.lower(), gender)

    def _namesake(self, key: str, said: str | None) -> str | None:
        """Of several people with surname ``key``, the one an honorific of gender ``said``
        can mean: the only one not known to be of the other gender ('Ms. Marsh' when 'Her
        son, David Marsh' is a man), else None."""
        fulls = self._people.fulls.get(key, set())
        fits = [n for n in fulls if self._known_gender(n) in (None, said)]
        if said is None or len(fits) != 1 or len(fits) == len(fulls):
            return None
        return fits[0]

    def is_surname(self, word: str) -> bool:
        """Whether ``word`` is the last name of a person named in full in the document."""
        return word.lower() in self._people.surnames

    def has_namesakes(self, name: str) -> bool:
        """Whether the article names in full several people with ``name``'s surname."""
        words = name.lower().split()
        return bool(words) and len(self._people.namesakes.get(words[-1], ())) > 1

    def is_full_name(self, name: str) -> bool:
        """Whether ``name`` has a first name, not only a surname or honorific and surname."""
        parts = name.split()
        return len(parts) > 1 and parts[0].lower().rstrip(".") not in HONORIFICS

    def is_person_word(self, word: str) -> bool:
        """Whether NER tagged ``word`` (as a whole name or its last word) a person anywhere."""
        return word.lower() in self._people.words

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
        return self._known_gender(name) or (noun_gender(words[-1]) if words else None)

    def _known_gender(self, name: str) -> str | None:
        return self._named_gender_of(name) or self._gender.get(name)

    def learn_gender(self, name: str, gender: str) -> None:
        """Record that the article refers to ``name`` with a pronoun of ``gender``."""
        self._gender.setdefault(name, gender)

    def expand_org(self, org: str) -> str:
        """A short organisation word ("ministry") expanded to the named one it stands for."""
        return self._orgs.expand(org)

    def named_org(self, tokens: list[Token]) -> str | None:
        """The organisation ``tokens`` name, or None when they are only a common noun
        (see :meth:`~claimcheck.org_names.OrgNames.named`)."""
        return self._orgs.named(tokens)

    def role_of(self, name: str, at: int) -> tuple[str | None, str | None]:
        """The role and organisation the article has given ``name`` by the end of the
        paragraph holding offset ``at``: a speaker already resolved with one, else the first
        titled mention. Text after that paragraph never changes what a quote says (a later
        "Gonzalez, a spokeswoman at the ministry," does not reach back)."""
        if name in self.roles:
            return self.roles[name]
        limit = self.text.find("\n", at)
        limit = len(self.text) if limit < 0 else limit
        for start, role, org in self._titles_of(name):
            if start < limit:
                return role, org
        return None, None

    def roles_given(self, name: str) -> list[str]:
        """Every role the article gives ``name`` in a title or apposition, anywhere in it
        ("Gov.", "former Secretary"), and the role a resolved quote gave them."""
        found = [role for _, role, _ in self._titles_of(name) if role]
        known = self.roles.get(name, (None, None))[0]
        return [*found, known] if known else found

    def remember(self, info: SpeakerInfo) -> None:
        """Record a resolved speaker so later mentions can refer back to it."""
        self.history.append(info)
        if info.kind == "person" and (info.role or info.organization):
            old_role, old_org = self.role_of(info.name, info.mention.start)
            self.roles[info.name] = (info.role or old_role, info.organization or old_org)
