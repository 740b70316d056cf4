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
    "dash_label",
    "is_date_label",
    "is_field_label",
    "is_handle",
    "is_topic_label",
    "label_name_end",
    "opens_paragraph",
    "stands_alone",
    "strip_bullet",
    "transcript_labels",
]

# A label that opens a paragraph: one to three capitalised words before a colon.
_CAPS_LABEL = re.compile(r"^[^\S\n]*([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2})[^\S\n]*:", re.M)
# Labels of a fact-check's or a story's fields and sections ("CLAIM:", "VERDICT:", "EDITOR'S
# NOTE:", "WHAT'S NEXT:"): they name a part of the page, never who speaks.
_FIELD_LABELS = frozenset(
    {
        "claim", "claims", "the claim", "verdict", "the verdict", "ruling", "our ruling",
        "the ruling", "rating", "our rating", "the facts", "fact", "facts", "fact check",
        "factcheck", "bottom line", "the bottom line", "update", "updated", "updates", "note",
        "notes", "editor's note", "editors' note", "editors note", "correction", "corrections",
        "clarification", "background", "context", "summary", "analysis", "opinion",
        "commentary", "watch", "read", "read more", "also read", "related", "more", "see also",
        "photo", "photos", "video", "breaking", "developing", "exclusive", "source", "sources",
        "true", "false", "mostly true", "mostly false", "half true", "misleading",
        "pants on fire", "warning", "disclaimer", "disclosure", "topics", "tags", "location",
        "date", "time", "cost", "price", "tickets", "info", "contact", "phone", "email",
        "website", "address", "score", "final", "result", "results", "listen", "subscribe",
        "sign up", "follow", "share", "credit", "by", "byline", "dateline", "transcript",
        "excerpt", "excerpts", "headline", "key points", "takeaway", "takeaways", "pros",
        "cons", "pro", "con", "yes", "no", "for", "against", "previously", "recap", "preview",
        "up next", "next", "next steps", "details", "the details", "the numbers",
        "by the numbers", "the context", "the background", "evidence", "the evidence",
        "response", "the response", "the record", "the stakes", "stakes", "the question",
        "the answer",
        # Captions and credits a scraped page keeps between paragraphs ("Image: Getty").
        "image", "images", "graphic", "graphics", "illustration", "caption", "map", "chart",
        "audio", "podcast", "file", "posted", "published", "author", "written by",
        "edited by", "reporting by",
    }
)
_MAX_HEADING_WORDS = 4
# Words that open a heading rather than name a speaker ("WHAT'S NEXT:", "WHY IT MATTERS:").
_HEADING_OPENERS = frozenset(
    {"what", "what's", "whats", "why", "how", "when", "where", "who's", "here's", "inside"}
)
# Words that open a topic subhead: what the remarks under it are about.
_TOPIC_WORDS = frozenset({"on", "about", "regarding", "re", "concerning", "asked about"})
_MAX_TOPIC_WORDS = 8
_MONTHS = frozenset(
    {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov"}
    | {"dec", "january", "february", "march", "april", "june", "july", "august", "september"}
    | {"october", "november", "december"}
)
_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
_DATE_FILLERS = frozenset({"early", "late", "mid", "of", "in", "on", "spring", "summer", "fall"})
_MAX_DATE_WORDS = 6
# A social-media handle written as a label ("@realDonaldTrump:"): its account holder speaks.
_HANDLE = re.compile(r"@\w{1,30}")
# An all-caps label set off by a dash before its quote ("TRUMP — “…”"), as a colon label.
_DASH_LABEL = re.compile(
    r"^[^\S\n]*([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2})[^\S\n]+(?:—|―|–|--)[^\S\n]*(?=[\"“])",
    re.M,
)
# "Trump on immigration:": a name, then a word of topic; the label names the speaker first.
_NAME_ON_TOPIC = re.compile(
    r"((?:[A-Z@][\w.’'-]*[^\S\n]+){0,3}[A-Z@][\w.’'-]*)[^\S\n]+(?:on|about)\b"
)
# A list bullet that may open a paragraph before its quote ("• “…”", "- “…”", "2. “…”"): the
# quote still opens the paragraph as far as the reader is concerned.
_BULLET = re.compile(r"[^\S\n]*(?:[•·▪◦●‣■*-]|\d{1,2}[.)])?[^\S\n]*")


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


def dash_label(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` is an all-caps label set off by a dash ("TRUMP —") and the text
    sets out a transcript with such labels: two paragraphs at least open with one, naming two
    speakers at least. A single "WASHINGTON —" is a dateline, not a speaker's label."""
    match = _DASH_LABEL.match(text, lo)
    if match is None or len(text[: match.end()].rstrip()) != hi:
        return False
    found = [m.group(1) for m in _DASH_LABEL.finditer(text)]
    return len(found) >= 2 and len(set(found)) >= 2


def is_field_label(label: str) -> bool:
    """Whether ``label`` (the words before a colon, the colon left out) names a field or a
    section of the page ("CLAIM", "Verdict", "EDITOR'S NOTE", "WHAT'S NEXT", "Why it
    matters") rather than a speaker.

    Fact-checks and explainers set out their parts under such labels; the words after
    "CLAIM:" are the claimant's, whom the story names elsewhere, never a person called Claim.
    """
    words = strip_bullet(label.strip()).replace("’", "'").lower().split()
    if not words:
        return False
    if " ".join(words) in _FIELD_LABELS:
        return True
    # A heading is short ("WHAT'S NEXT", "Why it matters"); a longer line opening with "What"
    # is a sentence or a summary before a source ("What that means - More from Jones").
    return words[0] in _HEADING_OPENERS and len(words) <= _MAX_HEADING_WORDS


def is_handle(word: str) -> bool:
    """Whether ``word`` is a social-media handle ("@realDonaldTrump")."""
    return _HANDLE.fullmatch(word) is not None


def label_name_end(text: str, lo: int, hi: int) -> int | None:
    """Where the speaker's name ends in a label "Trump on immigration" (``text[lo:hi]``,
    without its colon), or None when the label does not open with a name and a topic word.

    Roundups set out someone's remarks by topic under labels naming both ("Trump on Clinton:"):
    the name before "on" speaks, the words after it are what the quote is about.
    """
    match = _NAME_ON_TOPIC.match(text, lo, hi)
    if match is None or len(text[lo:hi].split()) > _MAX_TOPIC_WORDS:
        return None
    return match.end(1)


def is_date_label(paragraph: str) -> bool:
    """Whether ``paragraph`` is (or opens with) a date label such as "Nov. 15, 2012:" or
    "June 2015:".

    Timelines set out someone's statements by date; a date label says when the quote after it
    was said, never who said it. Only month and weekday names, day numbers, years and a few
    words like "early" count, with a month or a year among them.
    """
    line = strip_bullet(paragraph.strip())
    if not line.endswith(":"):
        return False
    words = [w.strip(".,").lower() for w in line[:-1].split()]
    if not words or len(words) > _MAX_DATE_WORDS:
        return False
    dated = False
    for word in words:
        if word in _MONTHS or (word.isdigit() and len(word) == 4):
            dated = True
        elif word in _WEEKDAYS or word in _DATE_FILLERS or (word.isdigit() and len(word) <= 2):
            continue  # a day names when too, but a day alone is no date label ("3:")
        else:
            return False
    return dated


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
    bullet before it ("* On the wall:") changes nothing. A timeline's date label ("June 2015:")
    counts too: it says when, never who.
    """
    if is_date_label(paragraph):
        return True  # "June 2015:" in a timeline says when, as "On trade:" says what about
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
