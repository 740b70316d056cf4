"""Which named entities a claim is about: the names of the figure's own phrase or clause.

Helpers of :mod:`claimcheck.claims`. News puts several people in one sentence ("Rubio
secures 1,237 delegates, while Cruz holds a majority in 10 states"); a figure is about the
names of the noun phrase or clause it belongs to, not those of a relative clause, an
apposition, or a parallel clause that states a figure of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .claim_parse import SUBJECT_LABELS, is_common, verb_subject
from .cues import REPORTING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["subject_entities"]

# Time zones tagged as organisations ("1030 GMT") are no one's subject.
_NOT_SUBJECTS = {"GMT", "UTC", "BST", "CET", "EST", "EDT", "PST", "PDT", "ET", "PT"}


def _clean(name: str) -> str:
    name = name.strip()
    for prefix in ("the ", "The "):
        if name.startswith(prefix):
            name = name[len(prefix):]
    for suffix in ("'s", "’s", "'", "’"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name.strip()


def subject_entities(
    doc_ents: list[Span], head: Token, *, exclude: list[tuple[int, int]],
    bounds: tuple[int, int], figures: list[tuple[int, int]] | None = None,
    referent: Callable[[Token], str | None] | None = None,
) -> list[str]:
    """The named entities a claim is about: those of the phrase or clause it belongs to.

    ``doc_ents`` are the document's entities (read once per document: spaCy rebuilds them on
    every access); only those within ``bounds`` (the sentence clipped to its line) count. The
    phrase is the subtree of the noun the value measures ("Trade between China and Russia");
    failing that, the clauses above the value are read from the nearest out, each with the
    subject it shares with a clause it is coordinated with or hangs from ("Club for Growth
    was one of his biggest supporters, spending $5.5 million"); a possessor owns its figure
    ("Rubio's 17"); a he or she subject is the person named before it; a figure inside what
    someone said or estimated is about no name outside it. Entities overlapping values are
    skipped, and so are those of asides and of a parallel clause or comparison stating
    another of the measures ``figures`` ("while McGinty has 44%", "compared with 23% for
    Dewhurst"). ``referent`` gives the name a pronoun or description subject of the
    figure's clause stands for ("It sold 5 million phones", "the Texas senator finished
    first in Iowa"), or None; when it gives one, it is the claim's first name and the
    description's own qualifiers ("Texas") are not.
    """
    ents = [e for e in doc_ents if e.label_ in SUBJECT_LABELS and e.text not in _NOT_SUBJECTS
            and bounds[0] <= e.start_char and e.end_char <= bounds[1]
            and all(e.end_char <= s or e.start_char >= t for s, t in exclude)]
    owner = _possessor(head, ents)
    if owner is not None:
        return _names([owner])
    if not ents and referent is None:
        return []
    # a sentence naming no one gets a name only from ``referent``, which checks the gender
    # and the last subject, not from the look-back of _person_for
    named_here = bool(ents)
    others = figures or []
    token, verbs = head, 0
    for _ in range(12):
        parent = token.head
        if parent.i == token.i or verbs == _CLAUSES:
            break
        if token.dep_ == "relcl" and (named := _ent_at(ents, parent.i)) is not None:
            # "the Fox Business Network, which conducted two sessions", "San Bernardino,
            # where authorities reported 20 victims": the name the clause describes
            return _names([named])
        if parent.pos_ in ("VERB", "AUX"):
            if verbs and token.dep_ == "ccomp" and parent.lemma_.lower() in _SAYING:
                return []  # "Furman said that a commission estimated that …": the speakers'
            verbs += 1
            subj = verb_subject(parent)
            pronoun = _pronoun(subj) if verbs == 1 else None
            person = (_person_for(pronoun, parent, ents)
                      if pronoun is not None and named_here else None)
            meant = None
            if verbs == 1 and person is None and subj is not None and referent is not None:
                meant = referent(pronoun if pronoun is not None else subj)
            if meant is not None and pronoun is None:
                assert subj is not None
                # the description's own words ("the Florida senator") are not the claim's
                ents = [e for e in ents if not subj.left_edge.i <= e.start <= subj.right_edge.i]
            if (verbs == 1 and token.dep_ == "prep" and token.lower_ == "with"
                    and subj is not None and subj.head.i == parent.i and not is_common(subj)):
                # "Ted Cruz follows Trump with 16 percent", "Trump leads the field with 40
                # percent": the figure is the subject's, whoever the verb's object is
                scope = [subj]
            elif verbs == 1:
                # the figure's own clause: every name in it, and the subject it shares
                scope = [*([subj] if subj is not None and is_common(subj) else []), parent]
                if subj is not None and subj.i not in {t.i for t in parent.subtree}:
                    scope.append(subj)
            else:
                # a clause further up lends only its subject, the actor of what the figure's
                # clause says ("Dave Camp … spent months crafting a plan bounded by two
                # requirements"); its objects are about other things
                scope = [subj] if subj is not None and token.i not in {
                    t.i for t in subj.subtree} else []
            first: Span | str | None = person if person is not None else meant
            for part in scope:
                found = _inside(ents, part, head, others)
                if found is not None:
                    # "he finished in second place in the Iowa caucus": whom "he" stands for
                    # first, then the clause's own names
                    return _names([first, *found] if first is not None else found)
            if first is not None:
                return _names([first])
        elif parent.pos_ in ("NOUN", "PROPN") and not verbs:
            # "15.6 million votes, which is 3.7 million more than Sanders has received": a
            # name only in the noun's relative clause is no reason to stop at the noun
            found = _inside(ents, parent, head, others, asides=False)
            if found is not None:
                person = _clause_person(parent, ents)
                return _names([person, *found] if person is not None else found)
        token = parent
    # no clause up to the sentence's root names anyone: the line's names, as for a headline
    return _names(ents)


def _clause_person(noun: Token, ents: list[Span]) -> Span | None:
    """Whom the he or she subject of the verb above ``noun`` stands for ("he finished in
    second place in the Iowa caucus"), or None."""
    verb = noun.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    subj = verb_subject(verb) if verb.pos_ in ("VERB", "AUX") else None
    if subj is None or subj.lower_ not in ("he", "she"):
        return None
    return _person_for(subj, verb, ents)


def _ent_at(ents: list[Span], i: int) -> Span | None:
    return next((e for e in ents if e.start <= i < e.end), None)


_PERSONAL = {"he", "she", "his", "her"}
_NEUTER = {"it", "its", "they", "their"}


def _pronoun(subj: Token | None) -> Token | None:
    """The pronoun a clause's subject is or opens with ("he", "his campaign"), or None."""
    if subj is None:
        return None
    if subj.lower_ in _PERSONAL | _NEUTER:
        return subj
    if any(t.ent_type_ in ("PERSON", "ORG") for c in subj.children if c.dep_ == "appos"
           for t in c.subtree):
        return None  # "Her campaign manager, Robby Mook,": the phrase names its own person
    return next((c for c in subj.children if c.dep_ == "poss"
                 and c.lower_ in _PERSONAL | _NEUTER), None)


def _person_for(pronoun: Token, verb: Token, ents: list[Span]) -> Span | None:
    """Whom a pronoun subject of ``verb`` (or its possessor) stands for: the speaker when the
    clause is what someone said ("Darran Whiting said he had made 150 calls", "Apple said
    its revenue rose"), else, for he or she, the last person named before it in the
    sentence ("Clinton had a high approval rating -- he was hovering near 60%"), or None."""
    personal = pronoun.lower_ in _PERSONAL
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _SAYING:
        speaker = verb_subject(verb.head)
        if speaker is None:
            return None
        # the speaker's own name or the name set beside it, not a name in its description
        # ("One pastor supporting Mr. Cruz, Darran Whiting, said")
        named = [speaker, *(c for c in speaker.children if c.dep_ == "appos")]
        return next((e for t in named for e in ents if e.start <= t.i < e.end
                     and (e.label_ == "PERSON" or not personal)), None)
    if not personal:
        return None
    person = [e for e in ents if e.label_ == "PERSON" and e.end_char <= pronoun.idx]
    return person[-1] if person else _person_earlier(pronoun)


def _person_earlier(pronoun: Token) -> Span | None:
    """The last person named in the sentences just before ``pronoun``'s, within its paragraph
    ("Hillary Clinton won the state. Her 2,203 delegates are a majority"), or None. (The
    last one named beat the last one named as a subject on the train texts read.)"""
    doc = pronoun.doc
    k = pronoun.sent.start - 1
    for _ in range(_LOOK_BACK):
        if k < 0 or "\n\n" in doc[k].text or "\n\n" in doc[k].whitespace_:
            return None  # a paragraph break: another topic may start there
        if doc[k].ent_type_ == "PERSON":
            end = k
            while k > 0 and doc[k].ent_iob_ == "I":
                k -= 1
            return doc[k:end + 1]
        k -= 1
    return None



# how many tokens back a pronoun's person may be named
_LOOK_BACK = 80


# How many clauses up from the figure names are looked for, and the verbs whose complement
# is someone's words: a figure there is about what the words name, not about the speaker
_CLAUSES = 4
_SAYING = REPORTING_VERBS | {"estimate", "project", "forecast", "find", "show", "calculate",
                             "conclude"}


def _possessor(head: Token, ents: list[Span]) -> Span | None:
    """The name that owns a figure ("Rubio's 17", "Cruz's 538"), or None."""
    for child in head.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return _ent_at(ents, child.i)
        if child.dep_ == "poss" and child.lower_ in ("his", "her"):
            return _person_for(child, head, ents)  # "Her 2,203 (to Sanders's 1,828)"
    # the parser often hangs "Clinton’s" elsewhere before a figure ("gave Hillary Clinton’s
    # 46 percent a lead"); the possessive mark right before the figure still says whose
    first = head.left_edge.i
    if head.dep_ in ("amod", "nummod", "compound"):
        return None  # "Putin's second visit to China": the possessor owns the visit
    if first > 0 and head.doc[first - 1].tag_ == "POS":
        return _ent_at(ents, first - 2) if first > 1 else None
    return None


def _inside(ents: list[Span], scope: Token, head: Token, figures: list[tuple[int, int]],
            *, asides: bool = True) -> list[Span] | None:
    """The names of ``ents`` in the subtree of ``scope``, without its asides unless only
    asides name anyone there (and ``asides`` allows them); None when no name is there at
    all, empty when the names there all belong to another figure or predicate."""
    lo = scope.left_edge.i
    hi = scope.right_edge.i + 1
    inside = [e for e in ents if e.start >= lo and e.end <= hi]
    if not inside:
        return None
    described, elsewhere = _asides(scope, head, figures)
    # names only in asides that describe someone are still the phrase's; names of another
    # figure's clause or of another predicate never are
    mine = [e for e in inside if e.start not in elsewhere]
    own = [e for e in mine if e.start not in described]
    if own or not mine:
        return own
    return mine if asides else None


# Clauses and appositions that describe a name rather than take part in the claim: "raised
# $500,000 from William E. Oberndorf, a California investor who had backed Jeb Bush"
_ASIDES = ("relcl", "appos", "acl")


def _asides(scope: Token, head: Token,
            figures: list[tuple[int, int]]) -> tuple[set[int], set[int]]:
    """The token indices under ``scope`` (outside the subtree holding the value) of relative
    clauses and appositions, which describe a name, and of parallel clauses, comparisons and
    coordinated verbs, which belong to another figure or predicate ("Toomey has 45%, while
    McGinty has 44%": McGinty is the 44%'s)."""
    described: set[int] = set()
    elsewhere: set[int] = set()
    for token in scope.subtree:
        if token.i == scope.i:
            continue
        aside = _parallel(token, figures)
        if aside or token.dep_ in _ASIDES or _coordinated(token):
            inner = {t.i for t in token.subtree}
            if head.i not in inner:
                (elsewhere if aside else described).update(inner)
    return described, elsewhere


def _parallel(token: Token, figures: list[tuple[int, int]]) -> bool:
    """Whether ``token`` heads a clause of its own (an adverbial or coordinated verb with a
    subject) or a comparison ("compared with 23% to 27% for Dewhurst") that states a figure
    of its own."""
    if token.lower_ in _COMPARING:
        return any(s <= t.idx < e for t in token.subtree for s, e in figures)
    if token.dep_ not in ("advcl", "conj") or token.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return False
    return any(s <= t.idx < e for t in token.subtree for s, e in figures)


def _coordinated(token: Token) -> bool:
    """A second verb that shares the subject and says something else ("follows 292,000 in
    June and is good news for Obama"): its names describe, unless no other name is there."""
    return token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


_COMPARING = {"compared", "comparing", "versus", "vs.", "vs", "than", "against"}


def _names(ents: Sequence[Span | str]) -> list[str]:
    out: list[str] = []
    for e in ents:
        name = _clean(e if isinstance(e, str) else e.text)
        if name and name.lower() not in {o.lower() for o in out}:
            out.append(name)
    return out[:5]
