"""Who states a claim: the quote holding it, a cited source, or the poll its clause names.

Helpers of :mod:`claimcheck.claims`. A figure inside a quote is its speaker's (unless the
quoted paragraph, carried over to the last speaker, speaks of that speaker in the third
person); outside quotes "according to the Pew Research Center" or "figures from customs"
names the source; otherwise a poll or survey that is the subject of a verb of finding ("The
poll … showed Clinton leading, 46 percent to 44 percent") reports the measures under it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .claim_parse import finding_source
from .claim_times import MEASURES
from .models import Attribution, Quote

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .value_measures import ValueMatch

__all__ = ["ACCORDING", "claim_attribution", "quoted_speaker"]

ACCORDING = re.compile(
    r"\b(?:according\s+to|citing|figures\s+from|data\s+from)\s+(?:the\s+)?"
    r"(?P<src>[^,.;:()“”\"]{2,80}?)(?=\s*(?:[,.;:()“”\"]|$|\s+(?:on|in|which|who|that)\b))",
    re.IGNORECASE,
)


def _holding_quote(vm: ValueMatch, quotes: list[Quote]) -> Quote | None:
    """The innermost quote holding the figure, or None."""
    inside = [q for q in quotes if q.start <= vm.start and vm.end <= q.end]
    return min(inside, key=lambda q: q.end - q.start) if inside else None


def quoted_speaker(vm: ValueMatch, quotes: list[Quote]) -> str | None:
    """The name of the speaker the quote holding ``vm`` is given to, or None."""
    q = _holding_quote(vm, quotes)
    return q.speaker.name if q is not None and q.speaker is not None else None


def _speaks_of(quote: Quote, speaker: str) -> bool:
    """Whether ``quote``'s words name its person speaker by surname."""
    if quote.speaker is None or quote.speaker.kind != "person" or len(speaker.split()) < 2:
        return False
    surname = speaker.split()[-1]
    return re.search(rf"\b{re.escape(surname)}\b", quote.text) is not None


def claim_attribution(
    vm: ValueMatch, quotes: list[Quote], head: Token, cited: re.Match[str] | None
) -> Attribution:
    """Who states the figure: the speaker of the quote holding it, else the source ``cited``
    ("according to …"), else the poll or survey its clause says found it."""
    q = _holding_quote(vm, quotes)
    if q is not None:
        speaker = q.speaker.name if q.speaker else None
        if speaker and q.cue is None and _speaks_of(q, speaker):
            # a quoted paragraph carried over to the last speaker that names that speaker in
            # the third person ("One of the shortcomings of Byler’s otherwise excellent
            # piece …") is a second writer's words, whose name the text does not give
            speaker = None
        return Attribution(speaker=speaker, quote=q.id)
    if cited is not None:
        return Attribution(speaker=" ".join(cited.group("src").split()), quote=None)
    # "The poll … showed Clinton leading, 46 percent to 44 percent": the poll reports the
    # measures under it; the dates of its sentence are mostly the poll's own
    if vm.kind not in MEASURES:
        return Attribution()
    return Attribution(speaker=finding_source(head), quote=None)
