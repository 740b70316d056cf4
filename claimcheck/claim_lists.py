"""Whose figure it is in the lists poll copy writes: gapped lists, tallies and splits.

Helpers of :mod:`claimcheck.claims`. Poll roundups state one verb and then list the rest
with it left out ("Trump must win 53 percent of the remaining delegates, Cruz 59 percent,
Rubio 68 percent"), give tallies as "Name Number" items ("Donald Trump 384, Sen. Ted Cruz
300") and splits as "A tops B 41-40". The parse hangs every figure of such a list on the one
verb, so the sentence's names all land on every figure; here each figure gets its own name:

- a figure right after a name that follows a list comma ("…, Cruz 59 percent") is that
  name's, and so is a tally figure;
- the figure of the first, full item of such a list is the verb's subject's ("Trump must win
  53 percent");
- of a split after a verb with a named subject and object, the first figure is the
  subject's and the second the object's ("Rubio tops Clinton 41-40");
- a share of people that supports someone is about that person ("42% support Rob
  Portman"), and figures each followed by their own place are that place's ("1,051 voters in
  Florida and 1,077 in Pennsylvania").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from .claim_parse import SUBJECT_LABELS, scope_anchor
from .claim_times import MEASURES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .value_measures import ValueMatch

__all__ = ["Gaps", "elided_count", "gapped_lead", "listed_subject"]

_NAME = r"(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*[a-z][\w'’-]*)"
# the item opens after a list comma or semicolon (", and" too); the figure follows the name
# with nothing between
_GAPPED = re.compile(rf"(?:[,;]\s*(?:and\s+)?|,?\s+and\s+){_NAME}\s+$")
# a list of names after a preposition is the object's list, not a list of gapped items
_CAPS = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
_PLACE_LIST = re.compile(rf"\b(?:in|at|of|for|from|by|with|among)\s+(?:{_CAPS}\s*,\s*)*{_CAPS}\s*$")
# words that open a phrase, not a name, when capitalised after a comma
_NOT_NAMES = {"The", "A", "An", "In", "On", "At", "By", "Of", "For", "From", "And", "But",
              "Or", "Up", "Down", "About", "Nearly", "Almost", "Some", "Only", "Just", "With",
              "January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December", "Monday", "Tuesday",
              "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Last", "This", "That"}
# "Sen. Ted Cruz", "former Fla. Gov. Jeb Bush": the title is no part of the name
_TITLE = re.compile(r"^(?:(?:[A-Z][a-z]{0,3}\.|Former|former|Sen|Gov|Rep)\s+)+")
# "Clinton beats Cruz 42-40" when the parse misses the verb's subject: the names on either
# side of the contest verb, read from the text
_CONTEST = re.compile(
    rf"{_NAME.replace('name', 'a')}\s+(?:tops|topped|topping|leads|led|leading|beats|beat|"
    rf"beating|edges|edged|edging|trails|trailed|trailing|ties|tied|tying|bests|bested)\s+"
    rf"{_NAME.replace('name', 'b')}\s*,?\s*(?:at\s+|by\s+|\()?$")
_NAME_BEFORE = re.compile(rf"\b{_NAME}\s+$")
_LEAD_OF = re.compile(rf"\b{_NAME}\s+(?:with|has|had|holds|held|holding)\s+(?:an?\s+)?"
                      r"(?:[\w-]+\s+){0,2}(?:lead|edge|advantage)\s+of\s+$")
_OVER_AFTER = re.compile(rf"\s*,?\s+(?:over|against)\s+{_NAME}")
_OVER = re.compile(rf"\b{_NAME.replace('name', 'a')}\s+(?:to|over)\s+{_NAME.replace('name', 'b')}"
                   r"\s*,?\s*(?:by\s+)?$")
_SPLIT_NEXT = re.compile(r"\s*(?:[-–—]|to)\s*\d", re.IGNORECASE)
_SPLIT_PREV = re.compile(r"\d\s*(?:%|percent|per\s*cent)?\s*(?:[-–—]|to)\s*$", re.IGNORECASE)


def _clean(name: str) -> str:
    # "Cruz’s 538": the possessive is the tally's, not the name's; "in Florida.": the stop is
    # the sentence's, "N.J." keeps its own
    name = re.sub(r"['’]s?$", "", _TITLE.sub("", name).strip())
    return name[:-1] if name.endswith(".") and name.count(".") == 1 else name


def _gapped_name(text: str, vm: ValueMatch, lo: int) -> str | None:
    """The name a figure follows as a gapped list item (", Cruz 59 percent"), or None."""
    start = vm.hedge_start if vm.hedge_start is not None else vm.start
    m = _GAPPED.search(text, max(lo, start - 60), start)
    if m is None or _PLACE_LIST.search(text, max(lo, m.start() - 80), m.start()):
        return None  # "in Florida, Illinois and North Carolina nearly 3 in 10": places
    name = _clean(m.group("name"))
    first = name.split()[0] if name else ""
    if not name or first in _NOT_NAMES or name.isupper():
        return None
    return name


def _name_of(token: Token) -> str | None:
    """The name a subject or object token stands for ("Rubio", "Chris Christie"), or None."""
    # the tagger often calls a surname opening a sentence a noun ("Trump must win"); a
    # capitalised noun is a name here, where the rest of the list is names
    if not token.text[:1].isupper() or token.tag_ == "NNS" or (
            token.tag_ == "NNPS" and token.ent_type_ not in SUBJECT_LABELS):
        return None  # "percent" (even tagged ORG), "Officers" name no one; "Sanders" does
    if token.pos_ != "PROPN" and token.ent_type_ not in SUBJECT_LABELS and token.pos_ != "NOUN":
        return None
    parts = sorted([c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"
                    and c.text[:1].isupper()]
                   + [token], key=lambda t: t.i)
    # titles hang as compounds too ("Gov. Chris Christie"): keep the trailing run of names
    words: list[str] = []
    for t in reversed(parts):
        if t.text.endswith(".") or (words and t.i + 1 != parts[-len(words)].i):
            break
        words.insert(0, t.text)
    return " ".join(words) or None


def _split_side(text: str, vm: ValueMatch) -> int | None:
    """0 for the first figure of a split, 1 for the second, None for neither."""
    if _SPLIT_NEXT.match(text, vm.end) and not _SPLIT_PREV.search(
            text, max(0, vm.start - 14), vm.start):
        return 0
    if _SPLIT_PREV.search(text, max(0, vm.start - 14), vm.start) and not _SPLIT_NEXT.match(
            text, vm.end):
        return 1
    return None


def _first_of_split(text: str, vm: ValueMatch) -> int:
    """Where the first figure of the split whose second figure is ``vm`` starts."""
    found = _SPLIT_PREV.search(text, max(0, vm.start - 14), vm.start)
    start = found.start() if found is not None else vm.start
    while start > 0 and text[start - 1].isdigit():
        start -= 1
    return start


def _verb_parties(head: Token) -> tuple[str | None, str | None]:
    verb = scope_anchor(head)
    if verb is None:
        return None, None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    who = _name_of(subj) if subj is not None else None
    whom = _name_of(obj) if obj is not None else None
    if obj is not None and obj.lower_ in ("him", "her") and subj is not None and who:
        whom = _named_before(subj, who)
    return who, whom


def _named_before(subj: Token, who: str) -> str | None:
    """The person a "him" or "her" after ``subj`` stands for: the last other person named
    before the subject in its sentence ("Mrs. Clinton is leading Mr. Trump …; Mr. Sanders
    would beat him 53 percent to 36 percent"), or None."""
    sent = subj.sent
    people = [e for e in sent.ents if e.label_ == "PERSON" and e.end <= subj.i
              and who not in e.text and e.text not in who]
    return _TITLE.sub("", people[-1].text).strip() if people else None


_ELIDED_GAP = re.compile(r"(?:,\s*|\s+)(?:and|but|while|versus|vs\.?|compared\s+(?:with|to))\s+$",
                         re.IGNORECASE)
_PREP_AFTER = re.compile(r"\s+(?:in|at|among|for|from|on)\b", re.IGNORECASE)


def elided_count(text: str, vm: ValueMatch, matches: list[ValueMatch],
                 bounds: tuple[int, int]) -> ValueMatch | None:
    """The count before a bare count that names the noun the bare one leaves out ("1,051
    registered voters in Florida and 1,077 in Pennsylvania"), or None."""
    if vm.kind != "count" or not _PREP_AFTER.match(text, vm.end):
        return None
    before = [m for m in matches if m.kind == "count" and bounds[0] <= m.start
              and m.end <= vm.start and vm.start - m.end <= 80]
    if not before or not _ELIDED_GAP.search(text, before[-1].end, vm.start):
        return None
    return before[-1]


class Gaps:
    """The gapped-item name of each figure of one document's text, each looked up once:
    every figure of a sentence asks about the others, which would otherwise repeat the
    look-ups once per figure (quadratic in a long poll roundup)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._names: dict[tuple[int, int | None, int], str | None] = {}
        self._items: dict[tuple[int, int], list[int]] = {}

    def name(self, vm: ValueMatch, lo: int) -> str | None:
        """The name ``vm`` follows as a gapped list item on a line starting at ``lo``."""
        key = (vm.start, vm.hedge_start, lo)
        if key not in self._names:
            self._names[key] = _gapped_name(self._text, vm, lo)
        return self._names[key]

    def item_after(self, vm: ValueMatch, matches: list[ValueMatch],
                   bounds: tuple[int, int]) -> bool:
        """Whether a gapped item follows ``vm`` within ``bounds``."""
        starts = self._items.get(bounds)
        if starts is None:
            starts = [m.start for m in matches if m.kind in MEASURES
                      and bounds[0] <= m.start < bounds[1] and self.name(m, bounds[0]) is not None]
            self._items[bounds] = starts
        return bisect_left(starts, vm.end) < len(starts)


def gapped_lead(text: str, vm: ValueMatch, matches: list[ValueMatch],
                bounds: tuple[int, int], *, gaps: Gaps | None = None) -> ValueMatch | None:
    """The figure of the full first item when ``vm`` is a later, gapped item of its list
    ("$10 million" for "$5 million" in "Clinton raised $10 million, Sanders $5 million"): its
    verb is the one the gapped item leaves out. None otherwise. ``gaps`` shares look-ups
    across the figures of one text."""
    gaps = gaps or Gaps(text)
    if vm.kind not in MEASURES or vm.owner is not None or gaps.name(vm, bounds[0]) is None:
        return None
    before = [m for m in matches if m.kind in MEASURES and bounds[0] <= m.start < vm.start]
    lead = next((m for m in before if gaps.name(m, bounds[0]) is None), None)
    return lead


# "42% support Republican Sen. Rob Portman": a share of voters is about whom they back
_BACKING = {"support", "back", "favor", "favour", "prefer", "choose", "pick", "endorse", "trust",
            "like", "vote", "select", "want"}
# the same verbs in the text, for when the parse hangs a split too far from its verb
_NAMED = r"(?:[A-Z][\w'’-]*\.?\s+){1,4}"
_BACKING_BEFORE = re.compile(
    r"\b(?:support(?:s|ed)?|back(?:s|ed)?|favou?r(?:s|ed)?|prefer(?:s|red)?|cho(?:o)?se|chosen|"
    rf"picked|endorsed)\s+{_NAMED}(?:(?:to|over)\s+{_NAMED})?,?\s*(?:by\s+)?$")
# "1,051 voters in Florida and 1,077 in Pennsylvania": each figure's own place
_PLACE_AFTER = re.compile(
    r"(?:\s+[a-z][\w-]*){0,3}\s+(?:in|among)\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})")


def _backed(head: Token) -> str | None:
    """Whom a share of people backs when it is the subject of a verb of support, or None."""
    token, verb = head, None
    for _ in range(4):
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in _BACKING:
            verb = token.head
            break
        if token.head.i == token.i:
            return None
        token = token.head
    if verb is None:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None and verb.lemma_.lower() == "vote":
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    return _name_of(obj) if obj is not None and obj.pos_ == "PROPN" else None


def _own_place(text: str, vm: ValueMatch, matches: list[ValueMatch],
               bounds: tuple[int, int]) -> str | None:
    """The place written right after a figure when another figure of the sentence has its
    own ("45% in Ohio and 40% in Florida"), or None."""
    mine = _PLACE_AFTER.match(text, vm.end)
    if mine is None or mine.group("name").split()[0].rstrip(".") in _NOT_NAMES:
        return None  # "from 166 in May, to 139 in June": months are times, not places
    others = {m.group("name") for o in matches
              if o is not vm and o.kind in MEASURES and bounds[0] <= o.start < bounds[1]
              and (m := _PLACE_AFTER.match(text, o.end)) is not None}
    return _clean(mine.group("name")) if others - {mine.group("name")} else None


def listed_subject(doc: Doc, text: str, vm: ValueMatch, head: Token,
                   matches: list[ValueMatch], bounds: tuple[int, int], *,
                   gaps: Gaps | None = None) -> list[str] | None:
    """The one name a listed figure belongs to, as a subject list (empty when the list names
    nobody for it), or None when the figure is not in such a list (the caller then reads the
    subject from the parse). ``gaps`` shares look-ups across the figures of one text."""
    del doc  # the parse is reached through ``head``
    gaps = gaps or Gaps(text)
    if vm.owner is not None:
        owner = _clean(text[vm.owner[0]:vm.owner[1]])
        return [owner] if owner else None
    if vm.kind not in MEASURES:
        return None
    if vm.kind == "percent" and (backed := _backed(head)) is not None:
        return [backed]
    if (place := _own_place(text, vm, matches, bounds)) is not None:
        who = _verb_parties(head)[0]  # "Clinton leads with 45% in Ohio and 40% in Florida"
        return [who, place] if who and who != place else [place]
    if (name := gaps.name(vm, bounds[0])) is not None and any(
            m.kind in MEASURES and bounds[0] <= m.start < vm.start for m in matches):
        return [name]
    later = gaps.item_after(vm, matches, bounds)
    side = _split_side(text, vm) if vm.kind == "percent" else None
    verb = scope_anchor(head)
    backing = side is not None and (
        (verb is not None and verb.lemma_.lower() in _BACKING)
        or _BACKING_BEFORE.search(text, max(bounds[0], vm.start - 90), vm.start) is not None)
    if side is not None and backing:
        # "Democrats favored Clinton 72 percent to 8 percent": the first share backs the name
        # before it, the second someone the sentence does not name
        first = vm.start if side == 0 else _first_of_split(text, vm)
        pair = _OVER.search(text, max(bounds[0], first - 90), first)
        if pair is not None:  # "prefer Dr. Carson to Mr. Trump 33% to 18%"
            return [_clean(pair.group("a" if side == 0 else "b"))]
        if side == 1:
            return []
        before = _NAME_BEFORE.search(text, max(bounds[0], vm.start - 60), vm.start)
        return [_clean(before.group("name"))] if before else None
    subject, obj = _verb_parties(head)
    if later and subject is not None:
        return [subject]  # the full first item: "Trump must win 53 percent …, Cruz 59 percent"
    if side is not None and (subject is None or obj is None):
        start = vm.start if side == 0 else _first_of_split(text, vm)
        lead = _LEAD_OF.search(text, max(bounds[0], start - 90), start)
        second = vm if side == 1 else next(
            (m for m in matches if m.start > vm.end and _SPLIT_PREV.search(
                text, max(0, m.start - 14), m.start)), None)
        over = _OVER_AFTER.match(text, second.end) if second is not None else None
        if lead is not None and over is not None:
            # "Mrs. Clinton with a lead of 48 percent to 41 percent over Mr. Sanders"
            return [_clean((lead.group("name"), over.group("name"))[side])]
        found = _CONTEST.search(text, max(bounds[0], start - 90), start)
        if found is not None:
            subject, obj = _clean(found.group("a")), _clean(found.group("b"))
    if side is not None and subject and obj:
        return [(subject, obj)[side]]
    return None
