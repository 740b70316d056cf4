"""What the attribution stage says of each quote of a text, for example-table tests."""

from __future__ import annotations

from claimcheck.models import Quote
from claimcheck.quotes import scan
from claimcheck.speakers import attribute


def attributed(nlp, text: str, *, indirect: bool = False) -> list[Quote]:
    """The quotes of ``text`` with their speakers, marked quotes only unless ``indirect``."""
    quotes = attribute(nlp(text), scan(text))
    return [q for q in quotes if indirect or q.kind != "indirect"]


def spoken_by(
    nlp, text: str, *, strip: str | None = None
) -> list[tuple[str, str | None, str | None]]:
    """(quote text, speaker name, mention text) per marked quote; ``strip`` trims the quote text."""
    return [
        (
            q.text if strip is None else q.text.strip(strip),
            q.speaker.name if q.speaker else None,
            q.speaker.mention.text if q.speaker else None,
        )
        for q in attributed(nlp, text)
    ]


def described_by(nlp, text: str) -> list[tuple[str, str, str | None, str] | None]:
    """(name, kind, role, mention text) per marked quote, or None for a quote with no
    speaker."""
    return [
        None if (s := q.speaker) is None else (s.name, s.kind, s.role, s.mention.text)
        for q in attributed(nlp, text)
    ]
