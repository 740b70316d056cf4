"""The time scope of a claim: the period a measure or an ordinal is about.

Helpers of :mod:`claimcheck.claims`. A date in the claim's sentence is its scope when the
parse ties it to the same verb or noun, or it is written right after the figure ("$4.7bn a
year earlier"); the base of a comparison ("compared with 2014", "up 19 points from 2012") is
not the claim's own period, and "since January" runs to the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from . import periods as P
from .claim_earlier import earlier_scope
from .claim_parse import head_of, scope_anchor
from .models import DateValue, TimeScope

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

    from .value_measures import ValueMatch

__all__ = ["MEASURES", "time_scope"]

MEASURES = ("money", "percent", "quantity", "count")
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
_NEXT_UNIT = re.compile(r"(?:the\s+)?(?:next|coming)\s+(?P<unit>week|month|year)",
                        re.IGNORECASE)
_OVER_BEFORE = re.compile(r"\b(?:over|in|within|during|throughout)\s+(?:the\s+)?$",
                          re.IGNORECASE)
_OPENING = re.compile(r"(?:(?:in|on|from|during|between|since|by|for|through|as\s+of|over)\s+"
                      r"(?:the\s+)?)?", re.IGNORECASE)
_COMMA_AFTER = re.compile(r"\s*,")
_RANGE_ON = re.compile(r"\s*(?:to|through|until|till|[-–—])\s", re.IGNORECASE)


def time_scope(
    doc: Doc,
    text: str,
    bounds: tuple[int, int],
    vm: ValueMatch,
    head: Token,
    matches: list[ValueMatch],
    date: dt.date | None,
    *,
    earlier: Sequence[ValueMatch] = (),
) -> TimeScope | None:
    """The period a measure or an ordinal is about; dates and durations are their own value.

    ``earlier`` are the dates written before the sentence's end (within
    :data:`claim_earlier.REACH`), which "that year" or "the same month" refers back to.
    """
    if vm.kind not in (*MEASURES, "ordinal"):
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
                if date is not None and m.value.start > date.isoformat():
                    # "the first debate since the shootings, which will be Tuesday": a date
                    # after the article's is no start of a "since" period
                    continue
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
             if other is not vm and other.kind in MEASURES and other.end <= d.start
             and _RIGHT_AFTER.fullmatch(text, other.end, d.start)}
    mine = [d for d in dates if _RIGHT_AFTER.fullmatch(text, vm.end, d.start)]
    dates = mine or [d for d in dates if id(d) not in owned]
    # "up 3.5 percent compared to the same period in 2014", "$74 million more than a year
    # ago": the period compared with is the base, not the claim's own time
    dates = [d for d in dates if not _BASE_BEFORE.search(text, max(0, d.start - 48), d.start)
             and not _from_base(text, d, [vm, *here])]
    if not dates:
        return earlier_scope(text, bounds, earlier)
    anchor = scope_anchor(head)
    # each date's own parse head, found once: the anchor, attachment, reported-speech and
    # tree-distance tests below all start from it
    heads = {id(m): _date_head(doc, m) for m in dates}
    anchors = {id(m): _anchor_of(heads[id(m)]) for m in dates}
    linked = [m for m in dates if _attached(heads[id(m)], anchor)]
    # otherwise the nearest date of the same clause: one hanging from the same verb (or from
    # none); "pumps about 40% ... has made cuts since late 2022" is two clauses, two times
    same_clause = [m for m in dates if anchor is None or anchors[id(m)] is None
                   or anchors[id(m)] == anchor.i]
    candidates = linked + [m for m in same_clause if m not in linked]
    if not candidates:
        # "From 2000 to 2013, deaths increased 71%, while fatalities dropped 14%": a date
        # set before the sentence's first clause, with a comma, is the time of all its clauses
        candidates = [m for m in dates if _OPENING.fullmatch(text, bounds[0], m.start)
                      and _COMMA_AFTER.match(text, m.end)]
    if (said := _reported(head)) is not None:
        # "On Monday, Trump said that Obama wanted to take in 250,000 refugees": only a date
        # inside what was said is the figure's; the others date the saying
        candidates = [m for m in candidates if _inside(heads[id(m)], said)]
    if not candidates:
        return earlier_scope(text, bounds, earlier)
    # the nearest in the parse tree wins, then in the text: "grow by 1.1m bpd this year, down
    # from 2.3m bpd in 2023" gives each figure its own year
    pick = min(candidates, key=lambda m: (_tree_distance(heads[id(m)], head),
                                          abs(m.start - vm.start)))
    assert isinstance(pick.value, DateValue) and pick.value.start and pick.value.end
    if date is not None and _SINCE.search(text, max(0, pick.start - 12), pick.start):
        # "1,000 letters since January": from then until the article's date
        return TimeScope(start=pick.value.start, end=max(date.isoformat(), pick.value.end))
    if date is not None and (ahead := _coming(text, pick, date)) is not None:
        return ahead
    return TimeScope(start=pick.value.start, end=pick.value.end)


def _coming(text: str, d: ValueMatch, date: dt.date) -> TimeScope | None:
    """ "spend $200,000 over the next week": the stretch from the day after the article's
    date, as "over the next two weeks" is read, not the calendar week after; None unless
    the date is such a stretch."""
    unit = _NEXT_UNIT.fullmatch(text, d.start, d.end)
    if unit is None or not _OVER_BEFORE.search(text, max(0, d.start - 16), d.start):
        return None
    word = unit.group("unit").lower()
    last = (date + dt.timedelta(days=7) if word == "week"
            else P.shift_months(date, 1 if word == "month" else 12))
    return TimeScope(start=(date + dt.timedelta(days=1)).isoformat(), end=last.isoformat())


# Verbs of saying: "On Oct. 23, the candidate boasted of whittling $25 million off the price"
# dates the boast, not the figure it reports
# ("add" and "call" are left out: "deficits would add up to $1.5 trillion", "we have added 1
# million jobs", "called for $5 million" state the figure, not someone's words)
_SPEECH = {"say", "tell", "claim", "boast", "accuse", "argue", "insist", "contend", "suggest",
           "charge", "allege", "note", "write", "tweet", "declare", "assert", "complain",
           "warn", "predict", "promise", "vow", "describe", "brag", "deny"}


def _reported(head: Token) -> set[int] | None:
    """The token indices of what was said when ``head`` sits under a verb of saying (the
    subtree of the verb's child that holds the figure), or None."""
    token = head
    for _ in range(8):
        if token.head.i == token.i:
            return None
        child, token = token, token.head
        if token.pos_ == "VERB" and token.lemma_.lower() in _SPEECH:
            if child.dep_ in ("nsubj", "nsubjpass", "npadvmod", "advmod"):
                return None  # "1,000 people have written since January": they speak
            return {t.i for t in child.subtree}
    return None


def _date_head(doc: Doc, m: ValueMatch) -> Token | None:
    """The parse head of date ``m``'s tokens, or None when no token covers it."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return head_of(span) if span is not None and len(span) > 0 else None


def _inside(date_head: Token | None, said: set[int]) -> bool:
    return date_head is not None and date_head.i in said


def _from_base(text: str, d: ValueMatch, figures: list[ValueMatch]) -> bool:
    """Whether date ``d`` is the base of a change ("up 19 points from 2012"): "from" right
    before it, a figure before that, and no range end after it ("from 2012 to 2016")."""
    base = _FROM_BASE.search(text, max(0, d.start - 40), d.start)
    if base is None or _RANGE_ON.match(text, d.end) or _RANGE_ON.search(text, d.start, d.end):
        return False
    # the change must be stated before the base: "rose 19 points from 2012"
    return any(f.kind in MEASURES and f.end <= d.start for f in figures) and bool(
        _CHANGE_WORD.search(text, max(0, base.start() - 80), base.start()))


def _tree_distance(date_head: Token | None, head: Token) -> int:
    """Steps from the date's head up to the common ancestor with ``head``, and down again."""
    if date_head is None:
        return 99
    up: dict[int, int] = {}
    token, steps = head, 0
    while token.i not in up:
        up[token.i] = steps
        if token.head.i == token.i:
            break
        token, steps = token.head, steps + 1
    token, steps = date_head, 0
    seen: set[int] = set()
    while token.i not in up and token.i not in seen:
        seen.add(token.i)
        token, steps = token.head, steps + 1
    return steps + up[token.i] if token.i in up else 99


def _anchor_of(date_head: Token | None) -> int | None:
    if date_head is None:
        return None
    verb = scope_anchor(date_head)
    return verb.i if verb is not None else None


def _attached(date_head: Token | None, anchor: Token | None) -> bool:
    """Whether the date's syntactic head chain reaches ``anchor`` within a few steps."""
    if date_head is None or anchor is None:
        return False
    token = date_head
    for _ in range(4):
        if token.i == anchor.i:
            return True
        if token.head.i == token.i:
            return False
        # "freed up $26 million … and on Monday announced $5 million more": a date on a
        # coordinated verb is that verb's, as on a relative or adverbial clause's
        if token.pos_ == "VERB" and token.dep_ in ("relcl", "acl", "advcl", "conj"):
            return False  # "His foundation, established in 2007, has raised": another verb's
        token = token.head
    return token.i == anchor.i
