"""The date patterns news uses, in priority order.

Every pattern's handler returns ``(start, end, what)`` where ``what`` is a
``(resolver, granularity, absolute)`` triple — ``resolver(publication_date, tense)`` gives a
:class:`~claimcheck.periods.Period` — or a :class:`~claimcheck.dates.DurationSpan`.
Handlers return None to reject a match (a bare "May" that is a verb, a year that counts
troops). Absolute dates are handled in :mod:`.absolute_dates`, relative ones in
:mod:`.relative_dates`; the shared tokens, tense cues and resolution rules live in
:mod:`.date_rules`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .absolute_dates import (
    CENTURY_WORDS,
    cardinal_day,
    day_month,
    day_range,
    decade_in_figures,
    iso_date,
    month_number_year,
    month_range,
    month_year,
    nth_century,
    numeric_date,
    numeric_day,
    quarter_code,
    tight_month_day,
    week_of_year,
    year_in_words,
    year_only,
    year_range,
)
from .calendar_pieces import (
    bare_quarter,
    decade_in_words,
    nth_day_of,
    piece_of_year,
    piece_patterns,
    week_number,
)
from .date_fallback import fallback_patterns
from .date_forms import SEPTEMBER_ELEVENTH, date_form_patterns
from .date_gates import Gated, gated
from .date_rules import (
    CARDINAL_DAY_RE,
    DAY_WORD_RE,
    HOLIDAYS,
    MONTH_CORE,
    NUMBER_ALT,
    SPELLED_YEAR,
    UNIT_WORD_RE,
    WEEKDAY_RE,
    Handler,
    day_group,
    month_group,
    year_group,
)
from .date_stretches import stretch_patterns
from .floating_holidays import floating_holiday_patterns
from .named_dates import bare_month, holiday
from .relative_dates import (
    WEEK_REL,
    day_of_month,
    duration_span,
    end_of,
    relative_day,
    relative_part,
    relative_unit,
    rolling,
    units_ago,
    weekday_expr,
)

__all__ = [
    "date_patterns",
]

# a weekday written before a date: "Tuesday, May 14", "Tuesday the 14th"
_WD = rf"(?:{WEEKDAY_RE},?\s+(?:the\s+)?)?"
# what joins the two ends of a range of days: "14-16", "14 to 16", "14 through 16"
_TO = r"\s*(?:-|–|—|~|to|through|until|till|and)\s*"
# the holidays of date_rules.HOLIDAYS, longest first so "christmas eve" beats "christmas"
_HOLIDAY_RE = "|".join(re.escape(h).replace("'", "['’]?").replace(r"\ ", r"\s+")
                       for h in sorted(HOLIDAYS, key=len, reverse=True))


class _Regrouped:
    """A match whose alternative groups ("mo"/"mo2") read under one name."""

    def __init__(self, m: re.Match[str]) -> None:
        self._m = m

    def group(self, name: str) -> str:
        return str(self._m.group(name) or self._m.group(name + "2"))

    def start(self) -> int:
        return self._m.start()

    def end(self) -> int:
        return self._m.end()


@lru_cache(maxsize=1)
def date_patterns() -> list[tuple[Gated, Handler]]:
    """The patterns in priority order, compiled on first use (keeps ``import claimcheck`` fast)."""
    return [
        (gated(r"(?<![\d/])(?P<y>(?:1[5-9]|20)\d\d)-(?P<mo>[01]\d)(?:-(?P<d>[0-3]\d))?(?![\d])"),
         iso_date),
        # the compact "20170302" of file names, URLs and datelines: eight figures only, not
        # part of a longer number or a price, and not a count of the word after it
        (gated(r"(?<![\d,.$€£])(?P<y>(?:19|20)\d\d)(?P<mo>[01]\d)(?P<d>[0-3]\d)"
                    r"(?![\d,]|\s*[a-z])"),
         iso_date),
        (gated(r"(?<![\d/.-])(?P<y>(?:1[5-9]|20)\d\d)-(?P<mo>[1-9])(?![\d-])"
                    r"|(?<![\d/.-])(?P<mo2>0?[1-9]|1[0-2])[-/](?P<y2>(?:1[5-9]|20)\d\d)(?![\d/-])"),
         lambda m, t: month_number_year(_Regrouped(m), t)),
        (gated(rf"\b(?:the\s+)?(?P<n>\d{{1,2}}(?:st|nd|rd|th)|{'|'.join(CENTURY_WORDS)})"
                    r"\s+century\b", re.I), nth_century),
        (gated(rf"\b(?:the\s+)?(?P<n>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+week"
                    rf"\s+of\s+(?:the\s+year\s+)?{year_group('y')}", re.I), week_of_year),
        (gated(r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
                    r"(?![\d/])"), numeric_date),
        # "10-1-2018", "02-02-2020": dashes only with a four-figure year ("3-2-10" is a score);
        # a date right after another ("10-1-2018-10-7-2018") is the end of a range
        (gated(r"(?:(?<=\d{4}-)|(?<!\d-))(?<![\d/.])(?P<a>\d{1,2})(?P<sep>-)(?P<b>\d{1,2})-"
                    r"(?P<y>(?:1[5-9]|20)\d\d)(?![\d/])"), numeric_date),
        (gated(rf"\b(?:(?:on|from|to|until|till|by|since|before|after|through|and|or|this|next)\s+|"
                    rf"(?P<wd>{WEEKDAY_RE}),?\s+)(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})(?![\d/])"
                    r"(?!\s+(?:of|per|in\s+\d)\b)", re.I),
         numeric_day),
        SEPTEMBER_ELEVENTH,
        # "11/20, 12 of Nov": a day in figures listed before a written date is a date too
        (gated(rf"(?<![\d/.])(?P<wd>)(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})(?![\d/])(?=\s*,\s*(?:"
                    rf"(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_CORE}\b|{MONTH_CORE}\.?"
                    r"\s+\d))", re.I), numeric_day),
        (gated(rf"\b{_WD}(?:the\s+)?{day_group('d')}(?:\s+of)?\s+{month_group('m')}"
                    rf"(?:,?\s*(?:of\s+|in\s+)?{year_group('y', spelled=True)})?", re.I),
         day_month),
        (gated(rf"\b{_WD}{month_group('m')}\s+(?:the\s+)?{day_group('d')}"
                    rf"(?:(?:\s*,\s*|\s+)(?:of\s+|in\s+)?{year_group('y', spelled=True)})?", re.I),
         day_month),
        (gated(rf"\b{day_group('d')}[-/]{month_group('m')}[-/]{year_group('y')}\b", re.I),
         day_month),
        (gated(rf"\b{month_group('m')}[-/]{day_group('d')}[-/]{year_group('y')}\b", re.I),
         day_month),
        (gated(rf"\b{year_group('y')}[-/]{month_group('m')}[-/]{day_group('d')}", re.I),
         day_month),
        (gated(rf"\b(?:(?P<d>{CARDINAL_DAY_RE})\s+{month_group('m')}|{month_group('m2')}\s+(?P<d2>"
                    rf"{CARDINAL_DAY_RE}))\s+(?P<y>{SPELLED_YEAR})\b", re.I), cardinal_day),
        (gated(rf"\b{month_group('m')}(?:/|(?<=[a-z])|(?<=[a-z]\.))(?P<d>[0-3]?\d)(?![\d/])"
                    rf"(?:\s*,\s*{year_group('y')})?", re.I), tight_month_day),
        # "15 April of 87", "April of '87": a two-digit year only after "of"
        (gated(rf"\b(?:{day_group('d')}\s+)?{month_group('m')}\s+of\s+['’]?(?P<yy>\d\d)(?![\d,.]\d)"
                    r"(?![\d%])(?!\s+(?!(?:in|and|when|at|on|to|or)\b)[a-z])(?P<y>)", re.I),
         lambda m, t: day_month(m, t) if m.group("d") else month_year(m, t)),
        (gated(rf"\b{month_group('m')},\s+(?:the\s+)?(?P<d>[0-3]?\d(?:st|nd|rd|th)|(?:{DAY_WORD_RE})\b)"
                    rf"(?:,?\s+{year_group('y')})?", re.I), day_month),
        (gated(rf"\b(?:on\s+|(?P<wd>{WEEKDAY_RE})\s+)the\s+"
                    rf"(?P<d>[0-3]?\d(?:st|nd|rd|th)|(?:{DAY_WORD_RE})\b)"
                    rf"(?!\s+(?:of\s+)?(?:{MONTH_CORE}|century|anniversary|day|time|floor))"
                    r"(?!\s+[A-Z])",  # "on the 4th Circuit", "on the 2nd Floor": names
                    re.I), day_of_month),
        (gated(r"(?<!\bthe\s)\b(?P<wd>mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+(?:the\s+)?"
                    r"(?P<d>[0-3]?\d(?:st|nd|rd|th))\b"
                    rf"(?!\s+(?:of\s+)?(?:{MONTH_CORE}))", re.I), day_of_month),
        (gated(rf"\b(?:the\s+)?(?P<d>[0-3]?\d(?:st|nd|rd|th)|(?:{DAY_WORD_RE}))\s+day\s+of"
                    rf"\s+(?:{month_group('m')}|(?:the|this|(?P<rel>next|last|previous))\s+month\b)",
                    re.I), nth_day_of),
        # "Thursday, week 23": a weekday named first makes the week one of the calendar
        (gated(rf"(?P<lead>\b(?:in|during|for)\s+the\s+|\b{WEEKDAY_RE},?\s+)?(?P<w>\bweek)\s+(?P<n>\d{{1,2}})\b(?:\s+of"
                    rf"\s+(?:{year_group('y')}|(?:this|(?P<rel>next|last|previous))\s+year\b))?",
                    re.I),
         week_number),
        (gated(rf"\b{month_group('m')}\s+(?:the\s+)?{day_group('d1')}{_TO}(?:the\s+)?{day_group('d2')}"
                    rf"(?:,?\s+(?:in\s+|of\s+)?{year_group('y')})?", re.I), day_range),
        (gated(rf"\b(?:between\s+)?(?:the\s+)?{day_group('d1')}{_TO}(?:the\s+)?{day_group('d2')}"
                    rf"(?:\s+of)?\s+{month_group('m')}(?:,?\s+(?:in\s+|of\s+)?{year_group('y')})?",
                    re.I),
         day_range),
        (gated(rf"\b{month_group('m1')}\s+{day_group('d1')}\s*(?:-|–|—|to|through|until|till)\s*"
                    rf"{month_group('m2')}\s+{day_group('d2')}"
                    rf"(?:,?\s+(?:in\s+|of\s+)?{year_group('y')})?", re.I),
         day_range),
        (gated(rf"\b{day_group('d1')}\s+{month_group('m1')}\s*(?:-|–|—|to|through|until|till)\s*"
                    rf"{day_group('d2')}\s+{month_group('m2')}"
                    rf"(?:,?\s+(?:in\s+|of\s+)?{year_group('y')})?", re.I),
         day_range),
        (gated(rf"\b{month_group('m')}\s*(?:,|-|/|of)?\s*{year_group('y', spelled=True)}", re.I),
         month_year),
        *date_form_patterns(),
        (gated(rf"\b(?:in|since|until|till|by|from|during)\s+(?P<y>{SPELLED_YEAR})\b", re.I),
         year_in_words),
        # "January to March 2017", "between January and March of 2017": the year is the run's
        (gated(rf"\b{month_group('m1')}(?P<to>\s*(?:-|–|to|through|until|till|and)\s*){month_group('m2')}"
                    rf"(?:,|\s+of|\s+in)?\s+{year_group('y')}", re.I), month_range),
        (gated(rf"\b{month_group('m1')}\s+{year_group('y1')}\s*(?:-|–|to|through|until|till)\s*{month_group('m2')}"
                    rf"\s+{year_group('y2')}", re.I), month_range),
        (gated(rf"\b(?:(?P<part>early|late|mid|the\s+end\s+of|the\s+start\s+of|the\s+beginning"
                    rf"\s+of|the\s+middle\s+of)[\s-]+)?(?:(?P<rel>last|next|this\s+past|this\s+coming"
                    rf"|this|coming|past)\s+)?{month_group('m')}(?:\s+(?P<rel2>this|last|next)\s+year)?",
                    re.I), bare_month),
        (gated(rf"\b(?:(?P<part>early|late|mid|the\s+end\s+of|the\s+start\s+of|the\s+beginning"
                    rf"\s+of|the\s+middle\s+of|end\s+of)[\s-]+|(?:the\s+)?(?P<half>first|second)"
                    rf"\s+half\s+of\s+|(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+)?"
                    rf"(?:the\s+year\s+(?:of\s+)?)?(?<![\d,.])(?<!\d\s){year_group('y')}(?![.,]\d)"),
         year_only),
        (gated(rf"\b(?:Q(?P<q>[1-4])|H(?P<h>[12]))\s*[-/]?\s*(?:of\s+)?{year_group('y')}"
                    rf"|\b{year_group('y2')}\s*[-/]?\s*(?:Q(?P<q2>[1-4])|H(?P<h2>[12]))\b", re.I),
         quarter_code),
        (gated(r"\b(?:the\s+)?(?P<n>first|second|third|fourth|1st|2nd|3rd|4th)\s+"
                    r"(?:(?P<part>quarter)(?:\s+of\s+(?:the\s+|this\s+)?(?:(?P<rel>last|next)\s+)?year)?"
                    r"|(?P<half>half)\s+of\s+(?:the\s+|this\s+)?(?:(?P<hrel>last|next)\s+)?year)"
                    r"(?!\s+of\s+(?:the\s+year\s+)?\d)\b", re.I), relative_part),
        (gated(r"(?<![\w-])Q(?P<q>[1-4])\b(?!\s*[-/]?\s*(?:of\s+)?(?:\d|FY))", re.I),
         bare_quarter),
        (gated(rf"\b(?:the\s+)?(?:(?P<edge>first|last)\s+(?P<num>{NUMBER_ALT})\s+(?P<unit>days|weeks"
                    rf"|months)|(?P<nth>\d{{1,2}}(?:st|nd|rd|th)|{DAY_WORD_RE})\s+month)\s+of\s+"
                    rf"(?:the\s+year\s+)?(?:{year_group('y')}|(?:this|(?P<rel>next|last|previous))\s+year\b)",
                    re.I), piece_of_year),
        # "the past three months", "the next couple of weeks", "the 5 upcoming years", "the
        # previous two quarters", "the past fortnight": a stretch ending or starting today
        (gated(rf"\b(?:the\s+)?(?:(?P<rel>next|last|past|previous|coming|following|upcoming)"
                    rf"\s+(?P<num>{NUMBER_ALT}|couple(?:\s+of)?)|(?P<num2>{NUMBER_ALT})\s+(?P<rel2>next|past"
                    rf"|previous|coming|following|upcoming))\s+(?P<unit>days|weeks|months|years"
                    rf"|quarters|fortnights|decades)\b(?P<more>(?:\s*,?\s*(?:and\s+)?{NUMBER_ALT}\s+(?:years?"
                    rf"|months?|weeks?|days?)\b)+)?"
                    rf"|\b(?:the\s+)?(?P<rel3>next|last|past|previous|coming|following)\s+"
                    rf"(?P<unit3>fortnight)\b", re.I), rolling),
        (gated(r"\b(?:at\s+)?(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?P<unit>year|month|week)\b",
                    re.I), end_of),
        (gated(rf"(?P<lead>\b(?:between|from)\s+)?(?<![\d,.])\b{year_group('y1')}"
                    r"(?P<to>\s*(?:-|–|—|~|to|through|till|until|and)\s*)(?P<y2>\d{4}|\d{2})(?![\d])",
                    re.I), year_range),
        (gated(r"\b(?:the\s+)?(?:(?P<part>early|late|mid)[\s-]+)?(?P<dec>1[5-9]\d0|20\d0)'?s\b"
                    r"(?P<century>)", re.I), decade_in_figures),
        (gated(r"\b(?:the\s+|in\s+)['’]?(?P<w>twenties|thirties|forties|fifties|sixties|seventies"
                    r"|eighties|nineties|[2-9]0(?=['’]?s\b))(?:['’]?s)?\b", re.I), decade_in_words),
        (gated(rf"\b(?:(?P<rel>last|next|previous|following|coming|this)\s+)?(?P<h>{_HOLIDAY_RE})"
                    rf"\b(?:,?\s+(?:of\s+)?{year_group('y')})?", re.I), holiday),
        (gated(r"\b(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday"
                    r"|today|tomorrow|tmrw|tonight)\b", re.I), relative_day),
        (gated(r"\b(?:(?P<part>early|late|mid|earlier|later|the\s+end\s+of|the\s+start\s+of"
                    r"|the\s+beginning\s+of|the\s+middle\s+of|end\s+of)[\s-]+(?:in\s+)?)?"
                    r"(?P<rel>last|this|next|previous|past|coming|following|current|the\s+same)\s+"
                    r"(?P<unit>year|month|week|quarter|decade)\b(?!\s*(?:'s|’s))", re.I),
         relative_unit),
        (gated(r"\b(?P<part>earlier|later)\s+in\s+the\s+(?P<unit>year|month|week)\b(?P<rel>)"
                    r"(?!\s+(?:of|before|after)\b)", re.I), relative_unit),
        (gated(r"\bthe\s+(?P<unit>week|month|year)\s+(?P<rel>after\s+next)\b(?P<part>)", re.I),
         relative_unit),
        (gated(r"\b(?P<rel>this|next|last|previous|coming)\s+(?:working\s+|work\s?)(?P<unit>week)\b"
                    r"(?P<part>)", re.I), relative_unit),
        (gated(rf"\b(?P<num>{NUMBER_ALT})\s+(?P<unit>years?|months?|weeks?|days?)\s+ago\b", re.I),
         units_ago),
        (gated(rf"\b(?:from\s+)?(?P<wd>{WEEKDAY_RE})\s*(?:-|–|to|through|until|till)\s*"
                    rf"(?P<wd2>{WEEKDAY_RE})\b(?P<rel>)(?P<wk>)", re.I), weekday_expr),
        (gated(rf"\b(?:(?P<rel>last|next|this\s+past|this\s+coming|this|coming|past|previous"
                    rf"|following)\s+)?(?:(?P<wk>{WEEK_REL})\s+week(?:\s+on)?[\s,-]+)?"
                    rf"(?P<wd>{WEEKDAY_RE})\b", re.I),
         weekday_expr),
        (gated(rf"\b(?P<num>{NUMBER_ALT})(?:[\s-]+|(?<=\d))(?P<unit>{UNIT_WORD_RE}|h(?=\s|$|[.,]))"
                    rf"(?![\w-])(?P<half>\s+and\s+(?:a\s+)?(?:half|quarter))?", re.I),
         duration_span),
        # bond tenors and listings write years and weeks tight to the figure: "10Y", "2W"
        (gated(r"(?<![\w.])(?P<num>\d+)(?P<unit>[YW])(?![\w-])(?P<half>)"), duration_span),
        # "all day", "all week": the whole of one unit
        (gated(r"\ball\s+(?P<num>)(?P<unit>day|week|month|year)\b(?P<half>)", re.I),
         duration_span),
        *stretch_patterns(),
        *fallback_patterns(),
        *floating_holiday_patterns(),
        *piece_patterns(),
    ]
