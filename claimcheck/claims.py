"""Numeric and dated claims: typed values plus what the parse says they are about.

:func:`find_claims` runs :func:`claimcheck.values.parse_values` over the document text (the
same machinery the benchmark measures) and uses the spaCy parse for what plain text cannot
give: the noun an ordinal or count counts, the predicate (what is measured or what happened),
the subject entities, the time scope and who states the claim.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from .claim_attribution import ACCORDING, claim_attribution, quoted_speaker
from .claim_earlier import REACH
from .claim_lists import Gaps, elided_count, gapped_lead, listed_subject
from .claim_parse import (
    head_of,
    noun_phrase,
    predicate_of,
    scope_anchor,
)
from .claim_referents import ClaimReferents
from .claim_subjects import subject_entities
from .claim_times import MEASURES, time_scope
from .cues import TITLES
from .models import Claim, Ordinal, Quote, Span
from .shares import group_after
from .values import ValueMatch, parse_values

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = ["find_claims"]

_GROUP_RANK = re.compile(r"\bthe\s+(?:top|bottom|richest|poorest|wealthiest|lowest|highest|"
                         r"lowest-paid|highest-paid|lowest-earning|highest-earning)\s+$",
                         re.IGNORECASE)
# a numbered list item opens its line with the number and a stop or parenthesis
_LIST_MARKER = re.compile(r"\d{1,3}[.)](?:\s|$)")
_LEVEL_NOUNS = {"mark", "level", "threshold", "barrier", "milestone", "time"}
# Nouns that "first" names a kind of person or text with, ranking nothing
_FIRST_NAMES = {"responder", "lady", "ladies", "amendment", "gentleman", "baseman", "mate",
                "aid", "cousin", "edition", "name", "person", "hand", "step"}
# How far before its sentence a value may start and still overlap it, and how far before a
# claim the quote holding it may open (longer quotes than this are not news).
_VALUE_REACH = 200
_QUOTE_REACH = 50_000
# A dateline opens a story's first paragraph: a place in capitals, maybe a state and a wire
# ("WASHINGTON (AP) —", "DES MOINES, Iowa —"); the place is where the copy was filed, never
# what a figure in the sentence is about.
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’]+(?:\s+[A-Z][A-Z.'’]+){0,3}(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
    r"(?:\s*\([A-Za-z.&\s]{2,20}\))?\s*(?:—|―|–|--|-\s)")
_OFFICE_OF = re.compile(r"\b(?:Secretary|Minister|Attorney\s+General)\s+of\s+(?:the\s+)?$")
# A place right before a title and a name is the office's ("Ohio Gov. John Kasich", "U.S.
# Ambassador Max Baucus"): the titles attribution knows, plus the lieutenant, attorney and
# member of Congress that only appear in such run-on titles
_TITLE_WORDS = sorted({w.capitalize() for w in TITLES}
                      | {"Lt.", "Atty.", "Congressman", "Congresswoman"}, key=len, reverse=True)
_TITLE_AFTER = re.compile(r"\s+(?:" + "|".join(re.escape(w) for w in _TITLE_WORDS)
                          + r")\s+[A-Z]")



def find_claims(doc: Doc, *, quotes: list[Quote], date: dt.date | None) -> list[Claim]:
    """Every numeric and dated claim in ``doc``, in text order, with ids c1, c2, ….

    ``quotes`` are the quotes found in the same text (claims inside one take its speaker);
    ``date`` is the publication date relative dates resolve against (None: they stay
    unresolved, with timex null). Never raises on odd input.
    """
    text = doc.text
    if not text.strip():
        return []
    matches = sorted(parse_values(text, date=date), key=lambda m: m.start)
    sentences = list(doc.sents)
    starts = [s.start_char for s in sentences]
    ents = list(doc.ents)
    # Each claim looks only at the values, entities and quotes near it, found by bisection,
    # so a long document costs linear time, not claims x entities (a 5 MB text took hours).
    match_starts = [m.start for m in matches]
    ent_starts = [e.start_char for e in ents]
    ordered_quotes = sorted(quotes, key=lambda q: q.start)
    quote_starts = [q.start for q in ordered_quotes]
    claims: list[Claim] = []
    gaps = Gaps(text)
    dated = [m for m in matches if m.kind == "date"]
    dated_starts = [m.start for m in dated]
    referents = ClaimReferents(doc, quotes)
    for vm in matches:
        sent = sentences[max(0, bisect_right(starts, vm.start) - 1)]
        lo, hi = sent.start_char, sent.end_char
        near = matches[bisect_left(match_starts, lo - _VALUE_REACH) : bisect_left(match_starts, hi)]
        sent_ents = ents[bisect_left(ent_starts, lo) : bisect_left(ent_starts, hi)]
        first_quote = bisect_left(quote_starts, vm.start - _QUOTE_REACH)
        around = ordered_quotes[first_quote : bisect_right(quote_starts, vm.start)]
        earlier = dated[bisect_left(dated_starts, lo - REACH) : bisect_left(dated_starts, hi)]
        built = _claim(doc, text, sent, vm, near, around, date, len(claims) + 1, sent_ents,
                       gaps=gaps, earlier=earlier, referents=referents)
        if built is not None:
            claims.append(built)
    return claims


def _claim(
    doc: Doc,
    text: str,
    sent: SpacySpan,
    vm: ValueMatch,
    matches: list[ValueMatch],
    quotes: list[Quote],
    date: dt.date | None,
    number: int,
    ents: list[SpacySpan],
    *,
    gaps: Gaps,
    earlier: list[ValueMatch],
    referents: ClaimReferents,
) -> Claim | None:
    span = doc.char_span(vm.start, vm.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    head = head_of(span)
    bounds = _line_bounds(text, sent, vm)
    if vm.kind in ("count", "ordinal") and _LIST_MARKER.match(text, vm.start) and _opens_line(
            text, vm.start):
        return None  # "10. Mike Huckabee": the number of a list item, counting nothing
    value = vm.value
    elided = None
    if vm.kind == "count" and vm.owner is None and not _counts_something(span, head, vm):
        # "1,051 registered voters in Florida and 1,077 in Pennsylvania": the noun is left out
        elided = _elided_noun(doc, text, vm, matches, bounds)
        if elided is None:
            return None
    if vm.kind == "ordinal" and head.dep_ == "advmod" and head.head.tag_ == "VBN":
        return None  # "Respondents were first selected at random": at first, no rank
    if vm.kind == "ordinal" and head.head.lemma_.lower() in _FIRST_NAMES and head.head.i > head.i:
        return None  # "the first responders", "the first lady": a title, no rank
    counted = None
    if vm.kind in ("ordinal", "count"):
        noun = head.head if head.dep_ in ("amod", "nummod", "compound", "quantmod") else None
        if vm.owner is not None:
            counted = vm.counted  # a tally's noun is named once, before the list
        elif elided is not None:
            counted = elided
        elif noun is not None and noun.pos_ in ("NOUN", "PROPN") and noun.i != head.i:
            counted = noun.lemma_.lower()
        elif vm.kind == "count" and (group := _of_group(head)) is not None:
            counted = group.lemma_.lower()
        if vm.kind == "ordinal":
            value = Ordinal(value=vm.value.value, counts=counted)  # type: ignore[union-attr]
    if vm.kind == "percent" and _GROUP_RANK.search(text, max(0, vm.start - 24), vm.start):
        return None  # "the bottom 40 percent of earners", "the top 1 percent": a group's name
    if counted in _LEVEL_NOUNS and head.head.pos_ == "NOUN":
        # "Zika cases eclipse the 600 mark", "ISIS 44 times": the figure is a level or a
        # frequency, and the clause says what reached it or happened that often
        counted = None
        predicate = predicate_of(head.head, "quantity")
    else:
        predicate = _share_group(doc, text, vm) or predicate_of(head, vm.kind, counted=counted)
    if (lead := gapped_lead(text, vm, matches, bounds, gaps=gaps)) is not None and (
            lead_span := doc.char_span(lead.start, lead.end, alignment_mode="expand")):
        # a gapped item leaves its verb out: "Sanders $5 million" was raised as the first was
        lead_head = head_of(lead_span)
        predicate = _share_group(doc, text, vm) or _unnamed(
            predicate_of(lead_head, lead.kind), lead_head,
            listed_subject(doc, text, lead, lead_head, matches, bounds, gaps=gaps))
    exclude = [(m.start, m.end) for m in matches]
    if (dateline := _dateline(text, bounds)) is not None:
        exclude.append(dateline)
    exclude += [(e.start_char, e.end_char) for e in ents if _in_title(text, e)]
    listed = listed_subject(doc, text, vm, head, matches, bounds, gaps=gaps)
    figures = [(m.start, m.end) for m in matches if m.kind in MEASURES and m is not vm]
    meant: list[str] = []  # whom the clause's "it", "he" or "the company" stands for

    def referent(token: Token) -> str | None:
        name = referents.name_for(token)
        meant.extend([name] if name else [])
        return name

    subject = listed if listed is not None else subject_entities(
        ents, head, exclude=exclude, bounds=bounds, figures=figures, referent=referent)
    if lead is None:
        predicate = _unnamed(predicate, head, listed)
    # one search per claim: the source cited serves both attribution and subject
    cited = ACCORDING.search(text, bounds[0], bounds[1])
    attribution = claim_attribution(vm, quotes, head, cited)
    # whoever the words are given to is no subject, even when the claim does not take them
    # as its speaker
    speaker = attribution.speaker or quoted_speaker(vm, quotes)
    if speaker:
        # (but for whom the clause's "it" or "he" stands: "the campaign says it raised")
        subject = [s for s in subject if s.lower() not in speaker.lower()
                   or s in meant]
    if cited is not None:
        # the source a figure is cited from is not what it is about, whoever the quote's
        # speaker is ("according to the Pew Research Center, in 2050, whites will be …")
        source = cited.group("src").lower()
        subject = [s for s in subject if s.lower() not in source]
    time = time_scope(doc, text, bounds, vm, head, matches, date, earlier=earlier)
    return Claim(
        id=f"c{number}",
        start=vm.start,
        end=vm.end,
        text=text[vm.start:vm.end],
        kind=vm.kind,
        value=value,
        hedge=vm.hedge,
        sentence=Span(start=bounds[0], end=bounds[1]),
        subject=subject,
        predicate=predicate,
        time=time,
        attribution=attribution,
    )


def _elided_noun(doc: Doc, text: str, vm: ValueMatch, matches: list[ValueMatch],
                 bounds: tuple[int, int]) -> str | None:
    """The noun the count before ``vm`` counts, when ``vm`` leaves it out, or None."""
    prev = elided_count(text, vm, matches, bounds)
    span = doc.char_span(prev.start, prev.end, alignment_mode="expand") if prev else None
    if span is None or len(span) == 0:
        return None
    head = head_of(span)
    if head.dep_ == "nummod" and head.head.pos_ == "NOUN" and _counts_non_time_noun(head):
        return str(head.head.lemma_.lower())
    return None


def _unnamed(predicate: str | None, head: Token, names: list[str] | None) -> str | None:
    """``predicate``, or the verb's lemma when it is a word of a listed figure's name: in
    "Trump must win 53 percent, Cruz 59 percent" the tagger took the surname for a noun, and
    the verb says what is measured."""
    if not names or not predicate or not any(predicate in n.lower().split() for n in names):
        return predicate
    verb = scope_anchor(head)
    return verb.lemma_.lower() if verb is not None and verb.pos_ == "VERB" else None


def _share_group(doc: Doc, text: str, vm: ValueMatch) -> str | None:
    """What a percent is a share of, as the parse's noun phrase ("voter" for "half of voters",
    "52% of voters", "one in five voters"): for a share that is what is measured, where the
    verb after it ("backed") would name only what the group did."""
    if vm.kind != "percent":
        return None
    start = vm.group_start
    if start is None:
        found = group_after(text, vm.end)
        start = found[1] if found else None
    if start is None:
        return None
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span[0]
    # "half of the Republican voters", "half of Clinton's support": the group is the noun
    # its words lead to; a pronoun ("half of them") names no group
    while token.pos_ in ("ADJ", "PROPN", "NOUN", "NUM") and token.dep_ in (
            "amod", "compound", "nummod", "poss") and token.head.i > token.i:
        token = token.head
    return noun_phrase(token) if token.pos_ in ("NOUN", "PROPN") else None


def _in_title(text: str, ent: SpacySpan) -> bool:
    """Whether ``ent`` is part of a person's title ("Secretary of State John Kerry", "Former
    Florida Sen. Bob Graham"): the office names no party to the claim, the person does."""
    return bool(_OFFICE_OF.search(text, max(0, ent.start_char - 24), ent.start_char)
                or (ent.label_ == "GPE" and _TITLE_AFTER.match(text, ent.end_char)))


def _dateline(text: str, bounds: tuple[int, int]) -> tuple[int, int] | None:
    """The dateline opening the line of ``bounds`` ("WASHINGTON (AP) —"), or None: the place
    the copy was filed from is no claim's subject."""
    line = text.rfind("\n", 0, bounds[0]) + 1
    if text[line:bounds[0]].strip():
        return None
    found = _DATELINE.match(text, bounds[0])
    return (found.start(), found.end()) if found is not None else None


def _opens_line(text: str, at: int) -> bool:
    """Whether only spaces stand between ``at`` and the start of its line (looked for within
    200 characters, so a page scraped as one line is not read back to its start)."""
    lo = max(0, at - 200)
    newline = text.rfind("\n", lo, at)
    if newline == -1 and lo > 0:
        return False
    return not text[newline + 1 : at].strip()


def _line_bounds(text: str, sent: SpacySpan, vm: ValueMatch) -> tuple[int, int]:
    """The sentence clipped to the line holding the value, trimmed of white space.

    Headlines and captions have no final stop, so the parser often runs them into the next
    line; a line break always ends a sentence in news copy.
    """
    # looked for inside the sentence only: a page scraped as one line has no newline to find
    start = max(sent.start_char, text.rfind("\n", sent.start_char, vm.start) + 1)
    nl = text.find("\n", vm.end, sent.end_char)
    end = min(sent.end_char, nl if nl != -1 else len(text))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    # the parser may split inside a value (" 01 May " as "01" and "May"): the sentence
    # still holds the whole value
    return min(start, vm.start), max(end, vm.end)


def _counts_something(span: SpacySpan, head: object, vm: ValueMatch) -> bool:
    """A bare number is a count claim only when the parse shows it counting something."""
    h = getattr(head, "head", None)
    dep = getattr(head, "dep_", "")
    if any(t.ent_type_ in ("DATE", "TIME") for t in span) and not _counts_non_time_noun(head):
        # the tagger reads spelled-out figures as years ("nine thousand troops" is DATE), but
        # a number counting a noun that is no unit of time is a count whatever the tag says
        return False
    if dep == "nummod" and h is not None:
        # the counted noun follows its number in English ("1,200 troops", "250 foreign
        # high-tech companies")
        return bool(h.pos_ in ("NOUN", "PROPN") and 0 < h.i - getattr(head, "i", 0) <= 6)
    if _of_group(head) is not None and vm.value.value >= 2:  # type: ignore[union-attr]
        return True  # "five of the casinos", "all five of these states"
    # "rose to 300", "killed 12": a number standing for the things counted
    return dep in ("dobj", "pobj", "attr", "nsubj", "nsubjpass", "appos") and vm.value.value >= 10  # type: ignore[union-attr]


_TIME_NOUNS = {"year", "month", "week", "day", "hour", "minute", "second", "decade", "century",
               "night", "weekend", "quarter", "season", "morning", "evening", "afternoon",
               "millennium", "term", "semester", "fortnight", "am", "pm", "o'clock"}


def _of_group(head: object) -> Token | None:
    """The noun a number picks its count from ("five of the casinos"), or None."""
    after = getattr(head, "i", -2) + 1
    for prep in getattr(head, "children", ()):
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == after:
            for pobj in prep.children:
                if (pobj.dep_ == "pobj" and pobj.pos_ in ("NOUN", "PROPN")
                        and pobj.lemma_.lower() not in _TIME_NOUNS
                        and any(c.dep_ in ("det", "poss") for c in pobj.children)):
                    found: Token = pobj
                    return found
    return None


def _counts_non_time_noun(head: object) -> bool:
    """True when ``head`` is the number of a noun after it that is not a unit of time."""
    h = getattr(head, "head", None)
    if getattr(head, "dep_", "") != "nummod" or h is None or h.pos_ not in ("NOUN", "PROPN"):
        return False
    return 0 < h.i - getattr(head, "i", 0) <= 4 and h.lemma_.lower() not in _TIME_NOUNS
