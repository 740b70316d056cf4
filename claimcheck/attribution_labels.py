"""Paragraph labels around quotes: transcript speaker labels and topic subheads.

News sets out an exchange as a transcript ("TRUMP: “You are a liar.”" then "CRUZ: “I am not.”")
and a roundup of someone's remarks under topic subheads ("On trade:" then the quote). A
transcript label names who speaks; a topic subhead names what the next quote is about, never
who says it. Both are read from the text alone: spaCy's tagger and NER read capitals poorly
(it tags "CRUZ" a verb and "TRUMP" an organisation).
"""

from __future__ import annotations

import re

__all__ = [
    "is_topic_label",
    "opens_paragraph",
    "stands_alone",
    "strip_bullet",
    "transcript_labels",
]

# A label that opens a paragraph: one to three capitalised words before a colon.
_CAPS_LABEL = re.compile(r"^[ \t]*([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2})[ \t]*:", re.M)
# Words that open a topic subhead: what the remarks under it are about.
_TOPIC_WORDS = frozenset({"on", "about", "regarding", "re", "concerning", "asked about"})
_MAX_TOPIC_WORDS = 8
# A list bullet that may open a paragraph before its quote ("• “…”", "- “…”", "2. “…”"): the
# quote still opens the paragraph as far as the reader is concerned.
_BULLET = re.compile(r"[ \t]*(?:[•·▪◦●‣■*-]|\d{1,2}[.)])?[ \t]*")


def transcript_labels(text: str) -> frozenset[str]:
    """The all-caps paragraph labels that set out a transcript in ``text``.

    A label counts when at least two paragraphs open with an all-caps label and a colon and
    those labels name at least two different speakers: one "UPDATE:" or "WATCH:" is a
    roundup's marker, not a transcript. Returns the labels as written ("TRUMP", "CRUZ").
    """
    found = [m.group(1) for m in _CAPS_LABEL.finditer(text)]
    if len(found) < 2 or len(set(found)) < 2:
        return frozenset()
    return frozenset(found)


def opens_paragraph(text: str, para_lo: int, start: int) -> bool:
    """Whether only white space or a list bullet stands in ``text[para_lo:start]``.

    Highlights and roundups set each quote out as a bulleted paragraph ("• “…”"); such a quote
    opens its paragraph as surely as one with nothing before it.
    """
    return _BULLET.fullmatch(text, para_lo, start) is not None


def strip_bullet(line: str) -> str:
    """``line`` without the list bullet (and white space) that opens it, if any."""
    match = _BULLET.match(line)
    return line[match.end() :] if match else line


def is_topic_label(paragraph: str) -> bool:
    """Whether ``paragraph`` is a topic subhead such as "On immigration:" or "About Clinton:".

    A short line ending in a colon that opens with a preposition of topic says what the quote
    after it is about; its noun ("Clinton") is the subject matter, not the speaker. A list
    bullet before it ("* On the wall:") changes nothing.
    """
    line = strip_bullet(paragraph.strip())
    if not line.endswith(":"):
        return False
    words = line[:-1].split()
    if not words or len(words) > _MAX_TOPIC_WORDS:
        return False
    first = words[0].lower()
    return first in _TOPIC_WORDS or " ".join(w.lower() for w in words[:2]) in _TOPIC_WORDS


def stands_alone(inner: str, before: str, after: str) -> bool:
    """Whether a quote is a whole sentence set out as speech.

    ``inner`` is the quoted text without its marks, ``before`` and ``after`` the rest of its
    paragraph on either side. True when the quoted text opens with a capital and ends with a
    sentence mark, and the quote fills its paragraph or follows a label colon ("CRUZ: “I am
    not.”"): a scare quote or a title sits inside the writer's sentence, never alone like this.
    """
    inner = inner.strip()
    if not inner[:1].isupper() or inner.rstrip("\"'”’")[-1:] not in (".", "?", "!"):
        return False
    if after.strip():
        return False
    before = before.strip()
    return not before or before.endswith(":")
