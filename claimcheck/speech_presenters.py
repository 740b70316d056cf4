"""Speakers presented by the writer's sentence rather than by a verb of saying.

Reaction pieces and vox pops introduce quotes with a sentence about the speaker: "One woman
in Miami was blunt.", "Retirees did not hold back.", "Voters had a lot to say about the
debate.", "Here are some of their responses." (after "HuffPost asked Latino voters …"), or
a label describing someone unnamed ("A retiree in Tampa:"). The functions here find who
such a sentence or label presents; each returns a token or a
:class:`~claimcheck.cue_candidates.CueHit`, or None, and none raises.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .attribution_parse import TextIndex, rstrip_end
from .cue_candidates import CueHit
from .cues import (
    CUE_NOUNS,
    GROUP_NOUNS,
    ISSUED_TEXT_NOUNS,
    PERSON_NOUNS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    reports_speech,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["described_person", "presenting_lead", "their_antecedent"]


# Predicates that present a speaker's words without a verb of saying.
# "had a lot to say", "shared their views", "had harsh words for", "offered a different take"
_OBJECT_VERBS = frozenset({"have", "share", "offer", "give", "voice", "express", "air"})


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


_SPEECH_OBJECTS = _words(
    """word message thought view opinion take reaction response verdict assessment advice
    praise criticism complaint warning answer question explanation theory story perspective
    concern frustration worry hope feeling prediction comment remark"""
)
# Objects that are speech only with "to say" after them ("had a lot to say", "had this to say").
_SAY_OBJECTS = frozenset({"lot", "plenty", "something", "this", "much", "little", "nothing"})
# Idioms of blunt speech: "did not hold back", "didn't mince words", "pulled no punches",
# "put it simply", "summed it up", "opened up".
_IDIOMS = {
    "hold": ("prt", "back"),
    "mince": ("dobj", "word"),
    "pull": ("dobj", "punch"),
    "put": ("dobj", "it"),
    "sum": ("prt", "up"),
    "open": ("prt", "up"),
}
# "was blunt", "was candid about the odds", "was more certain": how someone spoke, or the
# stance their words go on to show.
_MANNER = _words(
    """blunt candid frank direct forthright succinct blunter brief emphatic adamant unequivocal
    outspoken vocal defiant plainspoken pointed philosophical unapologetic categorical terse
    curt diplomatic guarded upbeat optimistic pessimistic hopeful skeptical sceptical doubtful
    certain sure confident unimpressed critical angry furious livid upset frustrated worried
    enthusiastic excited emotional passionate effusive fatalistic resigned sanguine dismissive
    incredulous"""
)
_COPULAS = frozenset({"be", "sound", "seem", "remain", "appear", "grow", "get"})
# Subjects that say nothing: a dummy or a thing counted or dated.
_MUTE = frozenset({"it", "this", "that", "there", "what", "which", "you"})
_MUTE_ENTS = frozenset(
    {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "EVENT", "LAW"}
)


def _presents(root: Token) -> Token | None:
    """The word by which a sentence's main predicate presents its subject's words, or None."""
    lemma = root.lemma_.lower()
    children = list(root.children)
    if lemma in _OBJECT_VERBS:
        for obj in children:
            if obj.dep_ != "dobj":
                continue
            if obj.lemma_.lower() in _SPEECH_OBJECTS or obj.lower_ in _SPEECH_OBJECTS:
                return root
            said = any(t.lemma_.lower() in ("say", "add", "tell") for t in obj.subtree)
            if said and obj.lemma_.lower() in _SAY_OBJECTS:
                return root
    idiom = _IDIOMS.get(lemma)
    if idiom is not None:
        dep, word = idiom
        if any(c.dep_ == dep and c.lemma_.lower() == word for c in children):
            return root
    if lemma in _COPULAS:
        for comp in children:
            if comp.dep_ != "acomp":
                continue
            if comp.lemma_.lower() in _MANNER or comp.lower_ in _MANNER:
                return comp
            # "were quick to react", "was eager to talk": an adjective taking a verb of saying
            # with nothing said after it ("was quick to add that …" reports its own words).
            if any(
                c.dep_ == "xcomp"
                and reports_speech(c)
                and not any(g.dep_ in ("ccomp", "dobj", "xcomp") for g in c.children)
                for c in comp.children
            ):
                return comp
    return None


def presenting_lead(tokens: list[Token], index: TextIndex) -> CueHit | None:
    """The speaker a lead-in sentence presents without a verb of saying, as a lead cue.

    "One woman in Miami was blunt.", "Retirees at the senior center did not hold back.",
    "Latino voters had a lot to say about the debate.", "Gloria Ruiz put it simply.": the
    sentence's main predicate says someone speaks, or how, and the uncued quote after it is
    that subject's. ``tokens`` are the lead-in sentence's words outside quotes.
    """
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    inside = {t.i for t in words}
    # The parser may run a headline into the lead ('… on the first debate\n\nLatino voters
    # had …'): the lead's own predicate is the top verb of its words, whatever it hangs on.
    tops = [t for t in words if t.head.i not in inside or t.head.i == t.i]
    root = next((t for t in tops if t.pos_ in ("VERB", "AUX")), None)
    if root is None:
        return None
    # A second predicate sharing the subject ('Voters waiting in line shared their views',
    # which the parser reads as "waiting … and shared") presents as well.
    verbs = [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    found = next(((v, cue) for v in verbs if (cue := _presents(v)) is not None), None)
    if found is None:
        return None
    verb, cue = found
    subject = next(
        (
            c
            for v in (verb, root)
            for c in v.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.i in inside
        ),
        None,
    )
    if subject is None:
        # Misparsed subjects ('Latino voters' as an object of the headline, 'Omar Haddad, 37,
        # who drives …,' as an apposition): the first word before the predicate that names
        # people.
        subject = next((t for t in words if t.i < root.i and _names_people(t)), None)
    if (
        subject is None
        or subject.lower_ in _MUTE
        or subject.ent_type_ in _MUTE_ENTS
        or subject.pos_ not in ("NOUN", "PROPN", "PRON")
    ):
        return None
    return CueHit(cue.idx, cue.idx + len(cue.text), subject, "lead", True)


def _names_people(tok: Token) -> bool:
    """Whether ``tok`` names a person or people: a person's name, a nationality's members,
    a role, or a plural noun for people ("voters", "retirees", "shoppers")."""
    if tok.ent_type_ in ("PERSON", "NORP") and tok.pos_ in ("PROPN", "NOUN"):
        # The last word of the name ("Omar Haddad"): the phrase is read back from its head.
        doc = tok.doc
        return tok.i + 1 >= len(doc) or doc[tok.i + 1].ent_iob_ != "I"
    if tok.pos_ != "NOUN":
        return False
    lemma = tok.lemma_.lower()
    if lemma in CUE_NOUNS or lemma in REPORTING_VERBS:
        return False
    if lemma in GROUP_NOUNS or tok.lower_ in GROUP_NOUNS or lemma in ROLE_NOUNS:
        return True
    return tok.tag_ == "NNS" and (
        any(c.ent_type_ == "NORP" for c in tok.children)
        or lemma.endswith(("er", "or", "ist", "ian", "ee", "ent", "ant"))
    )


# Verbs after which the people they take are the ones who answer: "HuffPost asked voters",
# "We surveyed readers", "The Courier spoke with parents".
_ASKING = frozenset({"ask", "survey", "poll", "interview", "invite", "question", "speak", "talk"})


def their_antecedent(possessor: Token, index: TextIndex) -> Token | None:
    """The people "their" or "they" stands for in a presenting lead ("Here are some of their
    responses.", "Here's what they told us:"), or None: the nearest plural noun for people
    before it in its paragraph or the one before, preferring those taken by a verb of asking
    ("asked Latino voters")."""
    doc, text = index.doc, index.text
    floor_end = rstrip_end(text, index.paragraph(possessor.idx)[0])
    floor = index.paragraph(floor_end - 1)[0] if floor_end else 0
    people: list[Token] = []
    for tok in reversed(doc[: possessor.i]):
        if tok.idx < floor:
            break
        if not index.in_quote(tok.idx) and tok.tag_ in ("NNS", "NNPS") and _names_people(tok):
            people.append(tok)
    asked = [t for t in people if _taken_by_asking(t)]
    if asked:
        return asked[0]
    return people[0] if people else None


def _taken_by_asking(tok: Token) -> bool:
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("with", "to"):
        head = head.head
    elif tok.dep_ not in ("dobj", "nsubjpass"):
        return False
    return head.lemma_.lower() in _ASKING


# Words that open a description of someone unnamed: "A retiree", "One mother", "Another voter".
_DESCRIBING = frozenset({"a", "an", "one", "another", "this", "that"})


def described_person(lo: int, hi: int, index: TextIndex) -> Token | None:
    """The noun of a label that describes an unnamed speaker ("A retiree in Tampa",
    "Another voter", "One mother of three"), ``text[lo:hi]`` without its colon; None when
    the label is no such description ("A warning", "One more thing", a name)."""
    doc = index.doc
    first = index.token_at(lo)
    while first.idx < lo or first.is_space or first.is_punct:
        if first.i + 1 >= len(doc) or doc[first.i + 1].idx >= hi:
            return None
        first = doc[first.i + 1]
    if first.lower_ not in _DESCRIBING:
        return None
    last = index.token_at(rstrip_end(index.text, hi) - 1)
    words = [t for t in doc[first.i : last.i + 1] if not t.is_space]
    if any(t.pos_ in ("VERB", "AUX") or index.in_quote(t.idx) for t in words):
        return None
    inside = {t.i for t in words}
    # The label's own head, whatever the parse hung it on (labels are no sentences).
    head = next(
        (
            t
            for t in words
            if t.pos_ == "NOUN" and (t.head.i not in inside or t.head.i == t.i or t.head == first)
        ),
        None,
    )
    if head is None:
        return None
    lemma = head.lemma_.lower()
    if lemma in ISSUED_TEXT_NOUNS or lemma in CUE_NOUNS:
        return None
    if lemma in PERSON_NOUNS or lemma in ROLE_NOUNS or head.lower_ in PERSON_NOUNS:
        return head
    return None
