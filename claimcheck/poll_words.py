"""The words poll copy is written in, in one place for every reader of poll figures.

- :data:`POLL_NAMED`: a word that names a poll or the people it asked ("poll", "surveyed",
  "respondents"). A share with no group after it ("nearly half would vote for Clinton") is a
  share of those polled only when one of these is near (:mod:`claimcheck.shares`).
- :data:`POLL_TALK`: those, and the words polls are reported in ("percent", "points",
  "matchup", "margin of error", "voters", "approval rating"). Two bare numbers a contest word
  leads ("Rubio tops Clinton 41-40") are a poll split only in a paragraph that has one of
  these (:mod:`claimcheck.number_splits`), and so are two percent-signed figures a lead word
  leads and no parenthesis or comma sets off (:mod:`claimcheck.value_measures`).
- :data:`SPLIT_LEAD`: the words of contest or rating a poll split follows in its clause
  ("leads 46%-35%", "tops Clinton 41-40", "a lopsided 62%-32% divide", "a negative
  42%-49% rating"). Two figures after one are the two sides of a split, not the ends of a
  range ("rates of 5%-7%"): :func:`split_lead` is the test, for bare and percent-signed pairs
  alike (:mod:`claimcheck.number_splits`, :mod:`claimcheck.value_measures`).
- :data:`PERCENT_PAIR`: the shape of a percent-signed split, "42%-49%", which a sign word
  before it ("negative", "minus") leans rather than negates (:mod:`claimcheck.number_digits`).

Hand-written because these are the conventions of political reporting, not vocabulary any
library lists.
"""

from __future__ import annotations

import re

__all__ = [
    "PERCENT_PAIR",
    "POLL_NAMED",
    "POLL_TALK",
    "SPLIT_LEAD",
    "paragraph_around",
    "split_lead",
]

_NAMED = (r"polls?|polling|polled|pollsters?|surveys?|surveyed|respondents|questioned|"
          r"interviewed")
POLL_NAMED = re.compile(rf"\b(?:{_NAMED})\b", re.IGNORECASE)
POLL_TALK = re.compile(
    rf"\b(?:{_NAMED}|percent|points?|matchups?|head-to-head|margin\s+of\s+error|voters|"
    r"electorate|approval|ratings?|favou?rab\w*)\b", re.IGNORECASE)

# verbs of a race ("leads", "tops", "ties … at"), prepositions of one ("vs.", "over",
# "against"), and the nouns and adjectives of a margin or a rating ("edge", "divide",
# "lopsided", "net", "negative"); no word character after, since "vs." ends in its stop
SPLIT_LEAD = re.compile(
    r"\b(?:lead|leads|led|leading|tops?|topped|topping|beat\w*|bests?|bested|edges?|edged|"
    r"edging|trail\w*|ahead|behind|ties|tied|tying|outpoll\w*|vs\.?|versus|against|over|"
    r"advantage|margin|deficit|divide|split|favou?r\w*|support\w*|oppos\w*|negative|positive|"
    r"net|lopsided|rating)(?!\w)", re.IGNORECASE)

PERCENT_PAIR = r"\d+(?:\.\d+)?%[-–]\d"

# An abbreviation's stop ("Gov. Jeb Bush at 41-41") ends no clause.
_ABBREVIATED = re.compile(r"\b([A-Z][A-Za-z]{0,3})\.")


def split_lead(text: str, start: int, *, reach: int, stops: str) -> re.Match[str] | None:
    """The first :data:`SPLIT_LEAD` word that ends at most ``reach`` characters before
    ``start`` with no character of ``stops`` between it and ``start``, or None.

    The match is on the stretch ``text[start - reach - 10:start]`` with abbreviation stops
    taken out ("Gov. Jeb Bush at 41-41" is one clause): ``match.string[match.start():]`` is
    the clause from the lead word to the figure.
    """
    before = _ABBREVIATED.sub(r"\1 ", text[max(0, start - reach - 10):start])
    for m in SPLIT_LEAD.finditer(before):
        tail = before[m.end():]
        if len(tail) <= reach and not any(c in stops for c in tail):
            return m
    return None


def paragraph_around(text: str, start: int, end: int, *, reach: int = 1500) -> str:
    """The paragraph ``text[start:end]`` lies in, cut to ``reach`` characters either side.

    News paragraphs are far shorter; the cut keeps a page scraped as one unbroken line from
    making every figure read the whole text.
    """
    lo = max(text.rfind("\n", max(0, start - reach), start) + 1, start - reach)
    hi = text.find("\n", end, end + reach)
    return text[lo : min(hi if hi != -1 else len(text), end + reach)]
