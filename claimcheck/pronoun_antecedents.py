"""Which earlier phrase a personal pronoun outside quotes stands for, as news prose uses it.

A "he" or "she" in news refers to the most recent *salient* person of its gender: the subject
of the latest main clause ('Hale was knighted in 2001. Asked how he felt, he replied …'),
which may be someone newly introduced rather than the last person quoted. People in a
clause's object ('Lowe thanked Okafor …'), inside a reported clause ('Pike was furious,
claiming Diaz had handled …'), in a possessive ('Ron and Diane's daughter') or in a title
('on Good Morning with Susanna') are not salient; nor are places NER took for people.

:func:`salient_subject` returns the antecedent's token; the caller names it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import GROUP_NOUNS, ORG_HEADS, PERSON_NOUNS, ROLE_NOUNS
from .name_cleaning import clean_name, drop_descriptors
from .person_gender import PRONOUN_GENDER, noun_gender

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Token

    from .speaker_memory import DocMemory

__all__ = ["salient_subject", "written_name"]

# How many sentences before the pronoun's own are searched for its antecedent: a news
# paragraph rarely keeps a pronoun going longer without naming the person again.
SENTENCE_REACH = 4
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Clauses whose subject is talked about, not the writer's topic: what someone said or
# claimed, a relative clause, a clause inside a noun phrase.
_EMBEDDED = frozenset({"ccomp", "relcl", "acl", "pcomp", "csubj", "parataxis"})
# Labels NER gives places and works, which no pronoun for a person refers to.
_NOT_PEOPLE = frozenset({"GPE", "LOC", "FAC", "WORK_OF_ART", "ORG", "NORP", "EVENT", "PRODUCT"})


def salient_subject(head: Token, memory: DocMemory, gender: str | None) -> Token | None:
    """The token of the person ``head`` (a personal pronoun) most likely refers to.

    Looks at the main-clause subjects of the pronoun's sentence (before it) and then of up to
    :data:`SENTENCE_REACH` sentences before, newest first, plus the mentions of speakers
    already resolved there; returns the first that can be a person of ``gender`` ("m"/"f" or
    None), or None when none is found. A pronoun subject of the same gender continues the
    chain back; one of the other gender or a non-person is passed over.
    """
    for step, line in enumerate(_lines_back(head)):
        if step > SENTENCE_REACH:
            return None
        if step and _headline(line):
            continue
        try:
            # In the pronoun's own sentence, a clause hung on the pronoun's verb is the
            # writer's lead-in ('Rhimes declared …: "…," she said' parsed as one sentence).
            verb = head.head.i if step == 0 else None
            candidates = _candidates(line, memory, verb)
            found = _pick(candidates, memory, gender)
        except _Unsure:
            return None
        if found is None and step and not any(
            c.lower_ in PRONOUN_GENDER or _can_be_person(c, memory) for c in candidates
        ):
            found = _introduced(line, memory, gender)
        if found is not None:
            return found
    return None


# Where a sentence about something else brings a person in: 'The first question came from
# Linda Marchand', 'The loudest cheer went to a nurse, Ana Ruiz', 'Among them was Tom Hale'.
_INTRODUCING_DEPS = frozenset({"pobj", "dobj", "attr", "dative", "appos"})


def _describes(child: Token) -> bool:
    """Whether ``child`` describes a person it hangs on: a role or personal noun in
    apposition ('Linda Marchand, a retired nurse') or a 'who' clause ('…, who said …')."""
    if child.dep_ == "appos":
        return _personal_noun(child)
    return child.dep_ == "relcl" and any(c.lower_ == "who" for c in child.children)


def _introduced(line: list[Token], memory: DocMemory, gender: str | None) -> Token | None:
    """The one person a sentence with no person as its subject introduces as an object, with
    a description ('The first question came from Linda Marchand, a retired nurse, who said
    …'): news brings the next speaker in that way, and a "she" after it is her. None when the
    sentence introduces no such person, several, or one known to be of the other gender; a
    name in passing ('a poster of Justin Timberlake', 'On Twitter') is no introduction."""
    found: dict[str, Token] = {}
    for tok in line:
        if memory.in_quote(tok.idx) or tok.dep_ not in _INTRODUCING_DEPS:
            continue
        if tok.ent_type_ != "PERSON" and not (
            tok.pos_ == "PROPN" and memory.is_surname(tok.text)
        ):
            continue
        if not any(_describes(c) for c in tok.children):
            continue
        found.setdefault(written_name(tok), tok)
    # A name inside another's description is a place NER took for a person ('Ruth Okonkwo,
    # a bus driver from Nashua,'), or someone the described person is related to.
    heads = set(found.values())
    found = {k: t for k, t in found.items() if not any(a in heads for a in t.ancestors)}
    if len(found) != 1:
        return None
    tok = next(iter(found.values()))
    said = _token_gender(tok, memory)
    return None if gender is not None and said not in (None, gender) else tok


def _lines_back(head: Token) -> Iterator[list[Token]]:
    """The pronoun's sentence up to it, then each sentence before, newest first; a sentence
    the parser ran across a line break (a headline into its story, a paragraph into the
    next) is taken as its separate lines."""
    doc = head.doc
    sent = head.sent
    stop = head.i
    while True:
        tokens = list(doc[sent.start : stop])
        line: list[Token] = []
        lines: list[list[Token]] = []
        for tok in tokens:
            line.append(tok)
            if "\n" in tok.text_with_ws:
                lines.append(line)
                line = []
        if line:
            lines.append(line)
        yield from (piece for piece in reversed(lines) if any(not t.is_space for t in piece))
        if sent.start == 0:
            return
        sent = doc[sent.start - 1].sent
        stop = sent.end


def _candidates(tokens: list[Token], memory: DocMemory, verb: int | None) -> list[Token]:
    """Main-clause subjects and resolved speakers' mention heads in ``tokens``, latest first."""
    picked: list[Token] = []
    spoke = [
        (prev.mention.start, prev.mention.end)
        for prev in memory.history
        if prev.kind == "person"
    ]
    for tok in tokens:
        if memory.in_quote(tok.idx):
            continue
        # A sentence may be one noun phrase with a clause on it ('Her father, Miguel Ortiz,
        # watched from the front row' parsed with "father" as its root).
        fragment = tok.dep_ == "ROOT" and tok.pos_ in ("NOUN", "PROPN")
        # The agent of a passive is its doer ('… was supported by Sen. Dianne Feinstein').
        agent = tok.dep_ == "pobj" and tok.head.dep_ == "agent"
        subject = tok.dep_ in _SUBJECT_DEPS or agent
        if (subject and _main_clause(tok, tokens[0].i, verb)) or fragment:
            picked.append(tok)
        elif _inside(tok, spoke) and (tok.head.i == tok.i or not _inside(tok.head, spoke)):
            picked.append(tok)  # the head of a speaker's mention ('said Mayor Tom Ellis')
    if not picked:
        picked.extend(_subjectless(tokens, memory))
    return picked[::-1]


def _subjectless(tokens: list[Token], memory: DocMemory) -> list[Token]:
    """The name before a reporting verb the parser left without a subject ('Standing beside
    her, the state epidemiologist, Dr. Aaron Feld, said …' read with "Feld" as a modifier)."""
    roots = [t for t in tokens if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")]
    if len(roots) != 1 or any(c.dep_ in _SUBJECT_DEPS for c in roots[0].children):
        return []
    return [
        t
        for t in tokens
        if t.i < roots[0].i
        and t.ent_type_ == "PERSON"
        and t.dep_ not in ("pobj", "poss", "compound")
        and not memory.in_quote(t.idx)
    ][-1:]


def _inside(tok: Token, spans: list[tuple[int, int]]) -> bool:
    return any(lo <= tok.idx < hi for lo, hi in spans)


def _headline(line: list[Token]) -> bool:
    """Whether ``line`` is a headline or label line: it ends with no closing punctuation
    ('Ben Carson Defends His Record'), and NER runs its words into names."""
    # A headline may end on a quoted phrase ("Governor: 'Do not wait'"): look inside it.
    words = [t for t in line if not t.is_space and not t.is_quote]
    return bool(words) and words[-1].text[-1] not in ".!?)"


def _main_clause(subject: Token, line_start: int, verb: int | None) -> bool:
    """Whether ``subject``'s clause is the writer's own, not one reported or embedded; a
    clause the parser hung on a verb before ``line_start`` (another line) or on ``verb`` is
    its own."""
    node = subject.head
    for _ in range(8):
        if node.head.i < line_start or (node.head.i == verb and node.i < verb):
            return True
        if node.dep_ in _EMBEDDED:
            return False
        if node.head.i == node.i:
            return True
        node = node.head
    return True


def _pick(candidates: list[Token], memory: DocMemory, gender: str | None) -> Token | None:
    for tok in candidates:
        lower = tok.lower_
        if lower in PRONOUN_GENDER:
            # The same pronoun further back: the chain goes on to whom that one meant.
            continue
        if not _can_be_person(tok, memory):
            described = any(c.dep_ == "appos" for c in tok.children)
            if tok.pos_ == "PROPN" and (tok.ent_type_ not in _NOT_PEOPLE or described):
                # A name we cannot type ('Joe Madison, a talk radio host,' tagged a city):
                # better no guess than a wrong one.
                raise _Unsure
            continue
        said = _token_gender(tok, memory)
        if gender is not None and said is not None and said != gender:
            continue
        return tok
    return None


class _Unsure(Exception):
    """A main-clause subject the walk cannot read stands between the pronoun and the rest."""


def _can_be_person(tok: Token, memory: DocMemory) -> bool:
    """Whether ``tok`` heads a phrase naming a person: a name NER tagged or the article
    uses as one, or a role or personal noun ('the prime minister', 'a retiree')."""
    if tok.ent_type_ == "PERSON":
        return not _names_thing(tok)
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children):
        return True  # 'the state epidemiologist, Dr. Aaron Feld,'

    if any(c.dep_ == "appos" and _personal_noun(c) for c in tok.children):
        return True  # 'Joe Madison, a radio host,' whatever NER made of "Madison"
    if tok.ent_type_ in _NOT_PEOPLE and not memory.is_surname(tok.text):
        return False
    if tok.pos_ == "PROPN" and (memory.is_surname(tok.text) or memory.is_person_word(tok.text)):
        return True
    return _personal_noun(tok)


def _personal_noun(tok: Token) -> bool:
    """Whether ``tok`` is a singular role or personal noun ('minister', 'retiree')."""
    lemma, lower = tok.lemma_.lower(), tok.lower_
    if lower in GROUP_NOUNS or lemma in ORG_HEADS or tok.tag_ in ("NNS", "NNPS"):
        return False
    if tok.pos_ == "PROPN" and not tok.text.istitle():
        return False
    return lemma in ROLE_NOUNS or lower in ROLE_NOUNS or lemma in PERSON_NOUNS


def _names_thing(tok: Token) -> bool:
    """Whether a PERSON-tagged subject is a place or title in disguise: 'Millbrook had
    applied for a grant' is a town when its verb's own words are a town's (its, it)."""
    own = [
        w
        for c in tok.head.children
        if c.i > tok.i and c.dep_ not in _EMBEDDED
        for w in c.subtree
    ]
    owns_it = any(w.lower_ in ("its", "itself") for w in own)
    return owns_it and not any(w.lower_ in ("his", "her", "himself", "herself") for w in own)


def _token_gender(tok: Token, memory: DocMemory) -> str | None:
    if tok.ent_type_ == "PERSON" or memory.is_surname(tok.text):
        # The whole name first: "Ortiz" alone may be her father, "Lena Ortiz" is her.
        name = written_name(tok)
        return memory.gender_of(memory.full_name(name)) or memory.gender_of(name)
    for word in (tok.lower_, tok.lemma_.lower(), *(c.lower_ for c in tok.children)):
        said = noun_gender(word)
        if said:
            return said
    return None


def written_name(tok: Token) -> str:
    """The person's name as written where ``tok`` stands: its entity without titles or a
    possessive ending ("Councilwoman Rita Vance's" -> "Rita Vance"), or the token."""
    return drop_descriptors(clean_name(_entity_text(tok)))


def _entity_text(tok: Token) -> str:
    # Read from the IOB tags around the token: ``doc.ents`` builds every entity of the
    # document on each access, which per pronoun is quadratic on a long page.
    if tok.ent_iob_ not in ("B", "I"):
        return tok.text
    doc = tok.doc
    start, end = tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text.removesuffix("'s").removesuffix("’s")
