"""Vox pops and reaction round-ups: ordinary people quoted in turn.

News sets out the voices of people in the street in a few fixed layouts. Each voice is
signed by a line giving a name, an age and a place or job ("Maria Lopez, 34, Las Vegas";
"Kevin Walsh (34, Brooklyn)"), written before the quote, after it, or as a label with a
colon; or a sentence presents the speaker without any verb of saying ("One woman in Miami
was blunt.", "Retirees did not hold back.", "Voters had a lot to say.") and the quote
follows directly. The functions here read those layouts from the text and the parse; each
returns a token, a span or a :class:`~claimcheck.cue_candidates.CueHit`, or None, and none
raises.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

from .attribution_labels import opens_paragraph
from .attribution_parse import TextIndex, rstrip_end
from .cue_candidates import CueHit
from .cues import CUE_NOUNS, GROUP_NOUNS, REPORTING_VERBS, ROLE_NOUNS, reports_speech

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "names_follow",
    "presenting_lead",
    "signature_after",
    "signature_head",
    "signature_name",
    "their_antecedent",
]

# One capitalised word of a name, and the lower-case particles names carry ("Ana de la Cruz").
_NAME_WORD = r"[A-Z][\w’'.-]*"
_PARTICLE = r"(?:de|da|del|della|di|du|la|le|van|von|der|den|bin|ibn|al|el|y)"
_NAME = rf"{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|{_PARTICLE})){{0,4}}"
# A signature: a list bullet or a dash, the name, then the age after a comma ("Maria Lopez,
# 34, Las Vegas") or opening a parenthesis ("Kevin Walsh (34, Brooklyn)"). The age is what
# makes it a signature: a headline or a dateline never puts a bare number there.
_SIGNATURE = re.compile(
    r"[ \t]*(?:[•·▪◦●‣■*]|\d{1,2}[.)])?[ \t]*(?:(?:—|–|--?)[ \t]*)?"
    rf"(?P<name>{_NAME})[ \t]*"
    r"(?:,[ \t]*(?P<age>\d{1,3})(?:[ \t]*,(?P<tail>[^\n\"“”]*))?"
    r"|\([ \t]*(?P<page>\d{1,3})\b[^()\n\"“”]*\))[ \t]*"
)
_MAX_AGE = 115
_MAX_TAIL_WORDS = 7
# How many paragraphs a run of voices is read over, either way.
_MAX_RUN = 60


def signature_name(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The offsets of the name when ``text[lo:hi]`` is a vox-pop signature, else None.

    "Maria Lopez, 34, Las Vegas", "— Tom Becker, 61, Akron", "2. Rosa Diaz, 45, intensive
    care", "Kevin Walsh (34, Brooklyn)": a name, an age, and at most a few words of place or
    job. Read from the text alone; :func:`signature_head` also checks the parse.
    """
    match = _SIGNATURE.fullmatch(text, lo, hi)
    if match is None:
        return None
    age = int(match.group("age") or match.group("page"))
    tail = match.group("tail") or ""
    if not 0 < age <= _MAX_AGE or len(tail.split()) > _MAX_TAIL_WORDS:
        return None
    if tail.rstrip().endswith((".", "!", "?")) and not tail.rstrip().endswith(
        ("Jr.", "Sr.", "St.")
    ):
        return None  # a sentence goes on after the age ("Smith, 74, said it was over.")
    return match.start("name"), match.end("name")


def signature_head(lo: int, hi: int, index: TextIndex) -> Token | None:
    """The last word of the name on a signature line ``text[lo:hi]``, or None.

    None when the line is no signature, lies in a quote, or has a verb after the age ("Smith,
    74, who runs a bakery"): that is a sentence about someone, not a line signing a quote.
    """
    text = index.text
    found = signature_name(text, lo, rstrip_end(text, hi))
    if found is None or index.in_quote(found[0]):
        return None
    name_lo, name_hi = found
    last = index.token_at(name_hi - 1)
    line_end = index.token_at(rstrip_end(text, hi) - 1)
    if any(t.pos_ in ("VERB", "AUX") for t in index.doc[last.i + 1 : line_end.i + 1]):
        return None
    if last.idx < name_lo or not last.text[:1].isupper():
        return None
    return last


def _kind(lo: int, hi: int, index: TextIndex) -> Literal["q", "n"] | None:
    """A paragraph of a run of voices: "q" when only quoted text (after a bullet), "n" when
    a signature line, None otherwise."""
    text = index.text
    k = lo
    while k < hi and not index.in_quote(k):
        k += 1
    if k < hi and opens_paragraph(text, lo, k):
        if all(index.in_quote(j) or text[j].isspace() for j in range(k, hi)):
            return "q"
        return None
    return "n" if signature_head(lo, hi, index) is not None else None


def _paragraphs(lo: int, index: TextIndex, step: int) -> list[tuple[int, int]]:
    """The non-blank paragraphs from the one holding ``lo``, going back (step -1) or ahead
    (step 1), at most :data:`_MAX_RUN` of them."""
    text = index.text
    found: list[tuple[int, int]] = []
    p_lo, p_hi = index.paragraph(lo)
    while len(found) < _MAX_RUN:
        if text[p_lo:p_hi].strip():
            found.append((p_lo, p_hi))
        if step < 0:
            if p_lo == 0:
                break
            p_lo, p_hi = index.paragraph(p_lo - 1)
        else:
            if p_hi >= len(text):
                break
            p_lo, p_hi = index.paragraph(p_hi + 1)
    return found


def names_follow(para_lo: int, index: TextIndex) -> bool:
    """Whether the run of voices holding the paragraph at ``para_lo`` signs each quote after it.

    A run is consecutive paragraphs that are quotes or signature lines. The layout is decided
    by how the run opens: when its first quote has a signature line after it and none before,
    every name in the run follows its quote ("“…”" then "Maria Lopez, 34, Las Vegas").
    """
    start = para_lo
    for p_lo, p_hi in _paragraphs(para_lo, index, -1):
        if _kind(p_lo, p_hi, index) is None:
            break
        start = p_lo
    kinds: list[str] = []
    for lo, hi in _paragraphs(start, index, 1):
        kind = _kind(lo, hi, index)
        if kind is None:
            break
        kinds.append(kind)
    # Signed after, each quote has its name line below it, so the run also ends on one; a
    # run that ends on a quote ('Economy' subhead, “…”, 'Michael Brooks, 66', “…”) signs
    # before, and its first quote belongs to whatever stood above it.
    return len(kinds) > 1 and kinds[0] == "q" and kinds[-1] == "n"


def signature_after(start: int, end: int, index: TextIndex) -> CueHit | None:
    """The signature line that names a set-out quote after it, in a run whose names follow
    their quotes (see :func:`names_follow`), or None. Only quote paragraphs may stand between
    the quote and the line."""
    text = index.text
    para_lo, para_hi = index.paragraph(start)
    if _kind(para_lo, para_hi, index) != "q" or end < para_lo:
        return None
    _, last_hi = index.paragraph(max(end - 1, start))
    if last_hi >= len(text) or not names_follow(para_lo, index):
        return None
    for p_lo, p_hi in _paragraphs(last_hi + 1, index, 1):
        kind = _kind(p_lo, p_hi, index)
        if kind == "n":
            head = signature_head(p_lo, p_hi, index)
            if head is None:
                return None
            return CueHit(head.idx, head.idx + len(head.text), head, "dash", True)
        if kind != "q":
            return None
    return None


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
    """The people "their" stands for in a presenting lead ("Here are some of their
    responses."), or None: the nearest plural noun for people before it in its paragraph or
    the one before, preferring those taken by a verb of asking ("asked Latino voters")."""
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
