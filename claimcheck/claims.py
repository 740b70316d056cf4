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

from .claim_parse import head_of, noun_phrase, predicate_of, scope_anchor, subject_entities
from .models import Attribution, Claim, DateValue, Ordinal, Quote, Span, TimeScope
from .shares import group_after
from .values import ValueMatch, parse_values

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = ["find_claims"]

_MEASURES = ("money", "percent", "quantity", "count")
# Nouns that "first" names a kind of person or text with, ranking nothing
_FIRST_NAMES = {"responder", "lady", "ladies", "amendment", "gentleman", "baseman", "mate",
                "aid", "cousin", "edition", "name", "person", "hand"}
# How far before its sentence a value may start and still overlap it, and how far before a
# claim the quote holding it may open (longer quotes than this are not news).
_VALUE_REACH = 200
_QUOTE_REACH = 50_000
_RIGHT_AFTER = re.compile(r"\s*,?\s*(?:in|on|for|during|by|as\s+of|at\s+the\s+end\s+of)?\s*",
                          re.IGNORECASE)
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?(?:start\s+of\s+|end\s+of\s+)?$", re.IGNORECASE)
_BASE_BEFORE = re.compile(
    r"\b(?:compared\s+(?:to|with)|than|versus|vs\.?)\s+(?:(?:the\s+)?(?:same\s+)?"
    r"(?:period|time|months?|quarter|weeks?)\s+(?:in|of|a|last)\s+|in\s+|during\s+)?$",
    re.IGNORECASE)
# "up about 19 percentage points from 2012": after a change, "from" names the base compared
# with; "from 2012 to 2016" (a date range the reader left in two) is the claim's own period
_FROM_BASE = re.compile(
    r"\bfrom\s+(?:the\s+same\s+(?:period|time|months?|quarter|weeks?)\s+(?:in|of|a|last)\s+"
    r"|(?:its\s+|their\s+)?levels?\s+(?:of|in)\s+)?$", re.IGNORECASE)
_CHANGE_WORD = re.compile(
    r"\b(?:up|down|r[oi]se[sn]?|rising|f[ae]ll(?:s|en|ing)?|increas\w*|decreas\w*|gr[eo]w\w*|"
    r"climb\w*|dropp?\w*|jump\w*|slid\w*|slip\w*|declin\w*|gain\w*|more|less|fewer|"
    r"higher|lower|change\w*|shift\w*|swing\w*|improv\w*|los[est]\w*)\b", re.IGNORECASE)
_RANGE_ON = re.compile(r"\s*(?:to|through|until|till|[-–—])\s", re.IGNORECASE)
# A dateline opens a story's first paragraph: a place in capitals, maybe a state and a wire
# ("WASHINGTON (AP) —", "DES MOINES, Iowa —"); the place is where the copy was filed, never
# what a figure in the sentence is about.
_DATELINE = re.compile(
    r"[A-Z][A-Z.'’]+(?:\s+[A-Z][A-Z.'’]+){0,3}(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
    r"(?:\s*\([A-Za-z.&\s]{2,20}\))?\s*(?:—|–|--|-\s)")
_OFFICE_OF = re.compile(r"\b(?:Secretary|Minister|Attorney\s+General)\s+of\s+(?:the\s+)?$")
_TITLE_AFTER = re.compile(
    r"\s+(?:Sen|Rep|Gov|Lt|Atty)\.\s+[A-Z]|\s+(?:Senator|Governor|Congressman|Congresswoman|"
    r"Representative|Mayor|Lt\.\s+Gov\.)\s+[A-Z]")
_ACCORDING = re.compile(
    r"\b(?:according\s+to|citing|figures\s+from|data\s+from)\s+(?:the\s+)?"
    r"(?P<src>[^,.;:()“”\"]{2,80}?)(?=\s*(?:[,.;:()“”\"]|$|\s+(?:on|in|which|who|that)\b))",
    re.IGNORECASE,
)


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
    for vm in matches:
        sent = sentences[max(0, bisect_right(starts, vm.start) - 1)]
        lo, hi = sent.start_char, sent.end_char
        near = matches[bisect_left(match_starts, lo - _VALUE_REACH) : bisect_left(match_starts, hi)]
        sent_ents = ents[bisect_left(ent_starts, lo) : bisect_left(ent_starts, hi)]
        first_quote = bisect_left(quote_starts, vm.start - _QUOTE_REACH)
        around = ordered_quotes[first_quote : bisect_right(quote_starts, vm.start)]
        built = _claim(doc, text, sent, vm, near, around, date, len(claims) + 1, sent_ents)
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
) -> Claim | None:
    span = doc.char_span(vm.start, vm.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    head = head_of(span)
    bounds = _line_bounds(text, sent, vm)
    value = vm.value
    if vm.kind == "count" and not _counts_something(span, head, vm):
        return None
    if vm.kind == "ordinal" and head.dep_ == "advmod" and head.head.tag_ == "VBN":
        return None  # "Respondents were first selected at random": at first, no rank
    if vm.kind == "ordinal" and head.head.lemma_.lower() in _FIRST_NAMES and head.head.i > head.i:
        return None  # "the first responders", "the first lady": a title, no rank
    counted = None
    if vm.kind in ("ordinal", "count"):
        noun = head.head if head.dep_ in ("amod", "nummod", "compound", "quantmod") else None
        if noun is not None and noun.pos_ in ("NOUN", "PROPN") and noun.i != head.i:
            counted = noun.lemma_.lower()
        elif vm.kind == "count" and (group := _of_group(head)) is not None:
            counted = group.lemma_.lower()
        if vm.kind == "ordinal":
            value = Ordinal(value=vm.value.value, counts=counted)  # type: ignore[union-attr]
    predicate = _share_group(doc, text, vm) or predicate_of(head, vm.kind, counted=counted)
    exclude = [(m.start, m.end) for m in matches]
    if (dateline := _dateline(text, bounds)) is not None:
        exclude.append(dateline)
    exclude += [(e.start_char, e.end_char) for e in ents if _in_title(text, e)]
    subject = subject_entities(ents, head, exclude=exclude, bounds=bounds)
    attribution = _attribution(text, bounds, vm, quotes)
    if attribution.speaker:
        subject = [s for s in subject if s.lower() not in attribution.speaker.lower()]
    if (cited := _ACCORDING.search(text, bounds[0], bounds[1])) is not None:
        # the source a figure is cited from is not what it is about, whoever the quote's
        # speaker is ("according to the Pew Research Center, in 2050, whites will be …")
        source = cited.group("src").lower()
        subject = [s for s in subject if s.lower() not in source]
    time = _time_scope(doc, text, bounds, vm, head, matches, date)
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


def _line_bounds(text: str, sent: SpacySpan, vm: ValueMatch) -> tuple[int, int]:
    """The sentence clipped to the line holding the value, trimmed of white space.

    Headlines and captions have no final stop, so the parser often runs them into the next
    line; a line break always ends a sentence in news copy.
    """
    start = max(sent.start_char, text.rfind("\n", 0, vm.start) + 1)
    nl = text.find("\n", vm.end)
    end = min(sent.end_char, nl if nl != -1 else len(text))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


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


def _attribution(
    text: str, bounds: tuple[int, int], vm: ValueMatch, quotes: list[Quote]
) -> Attribution:
    inside = [q for q in quotes if q.start <= vm.start and vm.end <= q.end]
    if inside:
        q = min(inside, key=lambda q: q.end - q.start)
        return Attribution(speaker=q.speaker.name if q.speaker else None, quote=q.id)
    m = _ACCORDING.search(text, bounds[0], bounds[1])
    if m:
        return Attribution(speaker=" ".join(m.group("src").split()), quote=None)
    return Attribution()


def _time_scope(
    doc: Doc,
    text: str,
    bounds: tuple[int, int],
    vm: ValueMatch,
    head: Token,
    matches: list[ValueMatch],
    date: dt.date | None,
) -> TimeScope | None:
    """The period a measure or an ordinal is about; dates and durations are their own value."""
    if vm.kind not in (*_MEASURES, "ordinal"):
        return None
    here = [m for m in matches if bounds[0] <= m.start < bounds[1] and m is not vm]
    if vm.kind == "ordinal":
        for m in here:
            if m.start < vm.end:
                continue
            between = text[vm.end:m.start].lower()
            if m.kind == "date" and "since" in between and isinstance(m.value, DateValue):
                if m.value.start is None:
                    return None
                end = date.isoformat() if date else m.value.end
                return TimeScope(start=m.value.start, end=end or m.value.start)
            if m.kind == "duration" and date is not None and re.search(
                    r"\b(?:in|within|over|during)\s+(?:the\s+(?:past|last)\s+)?$",
                    text[max(vm.end, (m.hedge_start or m.start) - 30):m.hedge_start or m.start]):
                days = m.value.high or m.value.value  # type: ignore[union-attr]
                start = date - dt.timedelta(days=round(float(days)))
                return TimeScope(start=start.isoformat(), end=date.isoformat())
        return None
    dates = [m for m in here if m.kind == "date" and isinstance(m.value, DateValue)
             and m.value.start is not None and m.value.end is not None]
    # a date written right after another figure is that figure's ("$4.7bn a year earlier")
    owned = {id(d) for d in dates for other in here
             if other is not vm and other.kind in _MEASURES and other.end <= d.start
             and _RIGHT_AFTER.fullmatch(text, other.end, d.start)}
    mine = [d for d in dates if _RIGHT_AFTER.fullmatch(text, vm.end, d.start)]
    dates = mine or [d for d in dates if id(d) not in owned]
    # "up 3.5 percent compared to the same period in 2014", "$74 million more than a year
    # ago": the period compared with is the base, not the claim's own time
    dates = [d for d in dates if not _BASE_BEFORE.search(text, max(0, d.start - 48), d.start)
             and not _from_base(text, d, [vm, *here])]
    if not dates:
        return None
    anchor = scope_anchor(head)
    anchors = {id(m): _anchor_of(doc, m) for m in dates}
    linked = [m for m in dates if _attached(doc, m, anchor)]
    # otherwise the nearest date of the same clause: one hanging from the same verb (or from
    # none); "pumps about 40% ... has made cuts since late 2022" is two clauses, two times
    same_clause = [m for m in dates if anchor is None or anchors[id(m)] is None
                   or anchors[id(m)] == anchor.i]
    candidates = linked + [m for m in same_clause if m not in linked]
    if not candidates:
        return None
    # the nearest in the parse tree wins, then in the text: "grow by 1.1m bpd this year, down
    # from 2.3m bpd in 2023" gives each figure its own year
    pick = min(candidates, key=lambda m: (_tree_distance(doc, m, head), abs(m.start - vm.start)))
    assert isinstance(pick.value, DateValue) and pick.value.start and pick.value.end
    if date is not None and _SINCE.search(text, max(0, pick.start - 12), pick.start):
        # "1,000 letters since January": from then until the article's date
        return TimeScope(start=pick.value.start, end=max(date.isoformat(), pick.value.end))
    return TimeScope(start=pick.value.start, end=pick.value.end)


def _from_base(text: str, d: ValueMatch, figures: list[ValueMatch]) -> bool:
    """Whether date ``d`` is the base of a change ("up 19 points from 2012"): "from" right
    before it, a figure before that, and no range end after it ("from 2012 to 2016")."""
    base = _FROM_BASE.search(text, max(0, d.start - 40), d.start)
    if base is None or _RANGE_ON.match(text, d.end) or _RANGE_ON.search(text, d.start, d.end):
        return False
    # the change must be stated before the base: "rose 19 points from 2012"
    return any(f.kind in _MEASURES and f.end <= d.start for f in figures) and bool(
        _CHANGE_WORD.search(text, max(0, base.start() - 80), base.start()))


def _tree_distance(doc: Doc, m: ValueMatch, head: Token) -> int:
    """Steps from the date's head up to the common ancestor with ``head``, and down again."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return 99
    up: dict[int, int] = {}
    token, steps = head, 0
    while token.i not in up:
        up[token.i] = steps
        if token.head.i == token.i:
            break
        token, steps = token.head, steps + 1
    token, steps = head_of(span), 0
    seen: set[int] = set()
    while token.i not in up and token.i not in seen:
        seen.add(token.i)
        token, steps = token.head, steps + 1
    return steps + up[token.i] if token.i in up else 99


def _anchor_of(doc: Doc, m: ValueMatch) -> int | None:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = scope_anchor(head_of(span))
    return verb.i if verb is not None else None


def _attached(doc: Doc, m: ValueMatch, anchor: Token | None) -> bool:
    """Whether the date's syntactic head chain reaches ``anchor`` within a few steps."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or len(span) == 0 or anchor is None:
        return False
    token = head_of(span)
    for _ in range(4):
        if token.i == anchor.i:
            return True
        if token.head.i == token.i:
            return False
        if token.pos_ == "VERB" and token.dep_ in ("relcl", "acl", "advcl"):
            return False  # "His foundation, established in 2007, has raised": another verb's
        token = token.head
    return token.i == anchor.i
