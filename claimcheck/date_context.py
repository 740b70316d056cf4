"""What the words around a date say about it: whether capitalised date words name a show or a
paper ("This Week", USA TODAY), and which way a date without a year or week points ("ahead of
Tuesday's primary", "since Friday").

Helpers of :mod:`.relative_dates` and :mod:`.calendar_pieces`; pure functions of the text.
"""

from __future__ import annotations

import re

__all__ = ["date_direction", "is_title"]


# Programmes and papers are named with these words: NBC's "Today", "The Tonight Show", ABC's
# "This Week", USA TODAY. Running text writes the date in lower case, so a capital one that
# neither opens a sentence or a quotation nor stands in a headline is a title, and so is one
# quoted on its own ("told ABC's “This Week.”").
_OPENS = re.compile(r"(?:^|[.!?:;\n—―–([…]|[“\"‘]|['’]{2}|\s-)\s*$")
_QUOTED_ALONE = re.compile(r"[“\"‘]\s*$|['’]{2}\s*$")
_CLOSES = re.compile(r"[,.]?(?:[”\"’]|['’]{2})(?![A-Za-z])")


def is_title(m: re.Match[str], text: str) -> bool:
    """Whether the capitalised date words matched are the name of a show or paper."""
    words = m.group().split()
    if not words[0][0].isupper():
        return False
    before = text[max(0, m.start() - 40):m.start()]
    if _QUOTED_ALONE.search(before) and _CLOSES.match(text, m.end()):
        return True
    if re.search(r"\bUSA\s+$", before):
        return True
    if _in_headline(text, m.start()):
        return False
    # "This Week" with a capital W is a name wherever it stands
    return (len(words) > 1 and all(w[0].isupper() for w in words)) or not _OPENS.search(before)


def _in_headline(text: str, start: int) -> bool:
    # a title-case line ("10 Things to Know for Today"): the article's first line, or a short
    # line whose longer words (title case leaves "to", "for" small) are nearly all capitalised
    first = text.rfind("\n", 0, start) + 1
    line = text[first:text.find("\n", start) % (len(text) + 1)]
    words = re.findall(r"[A-Za-z]+", line)
    long = [w for w in words if len(w) > 3]
    capitals = sum(w[0].isupper() for w in long)
    if not text[:first].strip() and "\n" in text[start:].strip():
        return len(words) <= 25 and capitals >= 0.6 * len(long)  # the title line
    return len(words) <= 12 and len(long) >= 2 and capitals >= 0.8 * len(long)


# --- which way a date without a year (or week) points --------------------------------------
#
# The tense guessed from the sentence is the main verb's, but a date often sits in a phrase
# that says its own direction: "ahead of Tuesday's primary" and "heading into Monday's
# caucuses" look forward even in a past-tense story (unless a "had" sets the story after it:
# "he had the lead heading into Tuesday's primaries"); "since Friday" and "in the wake of
# Sunday's attack" look back even beside "will"; a present verb after "after"/"before"/"when"
# names a coming event ("endorsing Clinton on Thursday after the president meets Sanders");
# and a modal with no past verb between looks ahead ("can Ted Cruz win in November").
_FORWARD_BEFORE = re.compile(
    r"\b(?:ahead\s+of|head(?:s|ed|ing)?\s+into|going\s+into|before|in\s+the\s+(?:run|lead)"
    r"[\s-]?up\s+to|in\s+time\s+for|upcoming|await(?:s|ed|ing)?|prepar(?:e|es|ed|ing)\s+for)"
    r"\s+(?:the\s+|this\s+)?$", re.IGNORECASE)
_BACK_BEFORE = re.compile(
    r"\b(?P<cue>after|since|following|in\s+the\s+(?:wake|aftermath)\s+of|recount\s+of"
    r"|results?\s+(?:of|from))\s+(?:the\s+)?$", re.IGNORECASE)
# "since Monday" and "a recount of Monday's vote" cannot mean a day still going on
_BEFORE_TODAY = {"since", "recount of"}
_WILL = re.compile(r"\b(?:will|won['’]t|must|shall|going\s+to)\b|['’]ll\b", re.IGNORECASE)
_PRESENT_AFTER = re.compile(
    r"\s*,?\s*(?:after|before|when|once|until|as\s+soon\s+as)\s+(?:(?:the|a|an|his|her|their"
    r"|its)\s+[a-z]+|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*|he|she|they|it|we|you)\s+"
    r"(?P<verb>[a-z]+)\b")
_MODAL = {"can", "may", "must", "should", "cannot"}
# Nobody schedules a shooting: a weekday naming one is past whatever the main verb ("will vote
# for him because of the slaying in Chicago on Friday", "after Sunday's massacre")
_UNPLANNED = (r"(?:shootings?|slayings?|killings?|murders?|attacks?|bombings?|crash(?:es)?"
              r"|explosions?|death|massacre|assassination|stabbings?|blasts?|ambush)")
_UNPLANNED_BEFORE = re.compile(rf"\b{_UNPLANNED}\b(?:\s+[\w.’'-]+){{0,3}}?\s+(?:on\s+)?$",
                               re.IGNORECASE)
_UNPLANNED_AFTER = re.compile(rf"['’]s\s+(?:[\w-]+\s+)?{_UNPLANNED}\b", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[.!?;:\n]\s|[“\"]")


def _sentence_left(text: str, start: int) -> str:
    left = text[max(0, start - 200):start]
    cut = [c.end() for c in _CLAUSE_START.finditer(left)]
    return left[cut[-1]:] if cut else left


def date_direction(
    text: str, start: int, end: int, *, weekday: bool = True
) -> tuple[str | None, bool]:
    """The direction the words around ``text[start:end]`` give a date: ("future" | "past" |
    None, whether a same-named day cannot be the publication day itself).

    None leaves the decision to the sentence's tense. A month (``weekday=False``) takes only
    "since" of the backward cues: "set to go to trial after the November election" is ahead.
    """
    left = _sentence_left(text, start)
    sentence = left + text[end:end + 120].split(". ")[0]
    after = _PRESENT_AFTER.match(text, end)
    if after and (after.group("verb") in ("is", "are", "has", "have") or (
            after.group("verb").endswith("s") and not after.group("verb").endswith("ss")
            and after.group("verb") not in ("was", "has"))):
        return "future", False
    if weekday and (_UNPLANNED_BEFORE.search(left) or _UNPLANNED_AFTER.match(text, end)):
        return "past", False
    back = _BACK_BEFORE.search(left)
    if back and (weekday or back.group("cue").lower() == "since"):
        if _WILL.search(sentence):
            return None, False
        cue = " ".join(back.group("cue").lower().split())
        return "past", cue in _BEFORE_TODAY
    if _FORWARD_BEFORE.search(left):
        return (None if re.search(r"\bhad\b", left, re.IGNORECASE) else "future"), False
    # a modal close before the date: "can win in November", not "should get a boost from
    # the win Tuesday"
    for word in reversed(re.findall(r"[A-Za-z']+", left)[-5:]):
        if word in _MODAL:  # lower case only: "May" is a month
            return "future", False
        if _PAST_WORD.match(word):
            break
    return None, False


_PAST_WORD = re.compile(r"^(?:was|were|had|did|[a-z]{2,}ed)$")
