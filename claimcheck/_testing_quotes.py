"""Hypothesis strategies for news sentences with quotations.

Private: the public names are re-exported by :mod:`claimcheck.testing`. Sentences follow the
attribution patterns news agencies use ("…,” X said", "…,” said X", "X said: “…”",
"according to X", partial quotes) in every quotation-mark style, and record where each quote
and each speaker mention is, so a test can compare a quote finder's output with them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from hypothesis import strategies as st

#: Mark style -> (double open, double close, single open, single close, apostrophe).
#: "double"/"single" follow DESIGN.md's ``marks`` field: the outer pair of each style is
#: double except "single", the headline style whose outer quote uses single marks.
MARK_STYLES: dict[str, tuple[str, str, str, str, str]] = {
    "curly": ("“", "”", "‘", "’", "’"),
    "straight": ('"', '"', "'", "'", "'"),
    "guillemets": ("«", "»", "‹", "›", "’"),
    "german": ("„", "“", "‚", "‘", "’"),
    "two-apostrophe": ("''", "''", "'", "'", "'"),
    "single": ("‘", "’", "“", "”", "’"),
}

# Names the English NER model recognises as people; each with a role and an organisation so
# sentences can carry appositions.
_PEOPLE = (
    "Maria Gonzalez",
    "John Smith",
    "Hua Chunying",
    "Dmitry Peskov",
    "Angela Weber",
    "Rahul Sharma",
    "Sarah Johnson",
    "Pierre Dubois",
    "Kenji Tanaka",
    "Olga Petrova",
)
_PRONOUNS = dict.fromkeys(
    ("Maria Gonzalez", "Hua Chunying", "Angela Weber", "Sarah Johnson", "Olga Petrova"), "she"
) | dict.fromkeys(
    ("John Smith", "Dmitry Peskov", "Rahul Sharma", "Pierre Dubois", "Kenji Tanaka"), "he"
)
_ROLES = ("spokeswoman", "spokesman", "minister", "senator", "chief executive", "analyst")
# Organisations that read well as a title before a role: "World Bank spokesman John Smith".
_TITLE_ORGS = ("Foreign Ministry", "World Bank", "Kremlin", "Finance Ministry")
_ORGS = ("the Foreign Ministry", "the central bank", "the World Bank", "the Kremlin", "the company")
# Organisations and countries quoted as speakers ("the Kremlin said", "Germany said").
_SPEAKER_ORGS = ("Kremlin", "Foreign Ministry", "World Bank", "central bank", "United Nations")
_SPEAKER_COUNTRIES = ("Germany", "China", "Russia", "France", "Brazil")
#: The kinds of speaker :func:`quoted_sentences` draws.
SPEAKER_KINDS = ("person", "organization", "country")

_CLAUSES = (
    "we will deepen our cooperation",
    "the talks were productive",
    "this is a historic step for both countries",
    "our position has not changed",
    "the government is ready to listen",
    "nobody expected the decision",
    "we remain committed to peace",
    "the country{apos}s economy is strong",
    "they don{apos}t understand the risks",
)
_FRAGMENTS = ("boundless", "a turning point", "unacceptable", "deeply worrying", "historic")
_REPORTED = ("the talks were", "the plan was", "the decision was", "relations were")


@dataclass(frozen=True)
class ExpectedQuote:
    """Where a quotation is and what a quote finder should say about it.

    ``start``/``end`` cover the marks (``text == article[start:end]``);
    ``inner_start``/``inner_end`` the quoted words. ``marks`` is "double" or "single" as in
    DESIGN.md, None for reported speech without marks; ``kind`` is "direct", "partial" or
    "indirect" (then ``start``/``end`` cover the reported clause); ``speaker`` is the
    speaker's name, or None for a quote nested inside another (it belongs to the outer
    speaker's words).
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    text: str
    marks: str | None
    nested: bool
    kind: str
    speaker: str | None


@dataclass(frozen=True)
class ExpectedMention:
    """The in-text phrase naming a speaker (``text == article[start:end]``) and who it is.

    ``name`` is the speaker without a leading article ("Foreign Ministry" for "the Foreign
    Ministry"); ``kind`` is "person", "organization" or "country" as in DESIGN.md.
    """

    start: int
    end: int
    text: str
    name: str
    role: str | None = None
    organization: str | None = None
    kind: str = "person"


@dataclass(frozen=True)
class QuotedSentence:
    """One news sentence with its quotations and speaker mentions.

    ``pattern`` names the attribution pattern (one of :data:`QUOTE_PATTERNS` or
    :data:`REPORTED_PATTERNS`, or "follow-on" for a paragraph quoting an earlier speaker by
    pronoun); ``style`` the mark style (see :data:`MARK_STYLES`; "none" for reported speech).
    """

    text: str
    quotes: tuple[ExpectedQuote, ...]
    speakers: tuple[ExpectedMention, ...]
    style: str
    pattern: str


#: The attribution patterns :func:`quoted_sentences` draws from.
QUOTE_PATTERNS = (
    "name-said",
    "said-name",
    "colon",
    "apposition",
    "title",
    "told",
    "statement",
    "split",
    "according-to",
    "partial",
)


class _Builder:
    """Appends pieces of text and remembers where the marked ones landed."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, piece: str) -> int:
        start = self.length
        self.parts.append(piece)
        self.length += len(piece)
        return start

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _capitalised(clause: str) -> str:
    return clause[:1].upper() + clause[1:]


@st.composite
def quoted_sentences(
    draw: st.DrawFn,
    *,
    styles: tuple[str, ...] = tuple(MARK_STYLES),
    nested: bool = True,
    apostrophes: bool = True,
    speaker_kinds: tuple[str, ...] = SPEAKER_KINDS,
) -> QuotedSentence:
    """Draw a news sentence quoting one speaker, with the expected quote spans and mention.

    Patterns (:data:`QUOTE_PATTERNS`): "“Q,” Name said." (name-said), "“Q,” said Name."
    (said-name), "Name said: “Q.”" (colon), "“Q,” Name, a role at Org, said." (apposition),
    "“Q,” Org role Name said." (title), "“Q,” Name told reporters." (told), "Name said in a
    statement: “Q.”" (statement), "“Q1,” Name said. “Q2.”" (split: the second quote has no
    cue and continues the same speaker), "According to Name, the talks were “F”."
    (according-to) and "Name said the plan was “F”." (partial), F a partial quote.
    With ``nested``, a direct quote may hold a nested quote in the style's inner marks; with
    ``apostrophes``, quoted words may contain the style's apostrophe (never a quote mark).
    ``speaker_kinds`` chooses among people, organisations ("the Kremlin said") and countries
    ("Germany said"); the apposition and title patterns always quote a person.

    Guarantees: every quote is closed; ``text[q.start:q.end]`` begins with the opening mark and
    ends with the closing mark; nested quotes lie inside their outer quote; the mention names
    a person from a fixed list of realistic names.
    """
    style = draw(st.sampled_from(styles))
    d_open, d_close, s_open, s_close, apos = MARK_STYLES[style]
    outer_marks = "single" if style == "single" else "double"
    inner_marks = "double" if style == "single" else "single"
    speaker_kind = draw(st.sampled_from(speaker_kinds))
    patterns: tuple[str, ...] = QUOTE_PATTERNS
    if speaker_kind == "organization":
        name = draw(st.sampled_from(_SPEAKER_ORGS))
        patterns = tuple(p for p in QUOTE_PATTERNS if p not in ("apposition", "title"))
    elif speaker_kind == "country":
        name = draw(st.sampled_from(_SPEAKER_COUNTRIES))
        patterns = tuple(p for p in QUOTE_PATTERNS if p not in ("apposition", "title"))
    else:
        name = draw(st.sampled_from(_PEOPLE))
    pattern = draw(st.sampled_from(patterns))
    clause_pool = [c for c in _CLAUSES if apostrophes or "{apos}" not in c]
    clause = draw(st.sampled_from(clause_pool)).format(apos=apos)
    inner = None
    if nested and pattern not in ("according-to", "partial") and draw(st.booleans()):
        inner = draw(st.sampled_from(_FRAGMENTS))

    b = _Builder()
    quotes: list[ExpectedQuote] = []
    mentions: list[ExpectedMention] = []

    def mention(*, first: bool = False, role: str | None = None, org: str | None = None) -> None:
        text = name
        if speaker_kind == "organization":
            text = ("The " if first else "the ") + name
        start = b.add(text)
        mentions.append(
            ExpectedMention(start, start + len(text), text, name, role, org, speaker_kind)
        )

    def quote(words: str, closing_punct: str, kind: str) -> None:
        start = b.add(d_open)
        inner_start = b.length
        if inner is not None and kind == "direct":
            b.add(_capitalised(words) + ", which is ")
            n_start = b.add(s_open)
            b.add(inner)
            b.add(s_close)
            n_end = b.length
            quotes.append(
                ExpectedQuote(
                    n_start,
                    n_end,
                    n_start + len(s_open),
                    n_end - len(s_close),
                    "",
                    inner_marks,
                    True,
                    "partial",
                    None,
                )
            )
        else:
            b.add(_capitalised(words) if kind == "direct" else words)
        b.add(closing_punct)
        inner_end = b.length
        b.add(d_close)
        quotes.append(
            ExpectedQuote(
                start, b.length, inner_start, inner_end, "", outer_marks, False, kind, name
            )
        )

    if pattern == "name-said":
        quote(clause, ",", "direct")
        b.add(" ")
        mention()
        b.add(" said.")
    elif pattern == "said-name":
        quote(clause, ",", "direct")
        b.add(" said ")
        mention()
        b.add(".")
    elif pattern == "colon":
        mention(first=True)
        b.add(" said: ")
        quote(clause, ".", "direct")
    elif pattern == "apposition":
        role = draw(st.sampled_from(_ROLES))
        org = draw(st.sampled_from(_ORGS))
        quote(clause, ",", "direct")
        b.add(" ")
        mention(role=role, org=org.removeprefix("the "))
        b.add(f", a {role} at {org}, said.")
    elif pattern == "title":
        role = draw(st.sampled_from(_ROLES))
        org = draw(st.sampled_from(_TITLE_ORGS))
        quote(clause, ",", "direct")
        b.add(f" {org} {role} ")
        mention(role=role, org=org)
        b.add(" said.")
    elif pattern == "told":
        quote(clause, ",", "direct")
        b.add(" ")
        mention()
        b.add(" told reporters.")
    elif pattern == "statement":
        mention(first=True)
        b.add(" said in a statement: ")
        quote(clause, ".", "direct")
    elif pattern == "split":
        quote(clause, ",", "direct")
        b.add(" ")
        mention()
        b.add(" said. ")
        inner = None
        others = [c for c in clause_pool if c.format(apos=apos) != clause]
        quote(draw(st.sampled_from(others)).format(apos=apos), ".", "direct")
    elif pattern == "according-to":
        b.add("According to ")
        mention()
        b.add(f", {draw(st.sampled_from(_REPORTED))} ")
        quote(draw(st.sampled_from(_FRAGMENTS)), "", "partial")
        b.add(".")
    else:
        mention(first=True)
        b.add(f" said {draw(st.sampled_from(_REPORTED))} ")
        quote(draw(st.sampled_from(_FRAGMENTS)), "", "partial")
        b.add(".")
    text = b.text
    ordered = sorted(quotes, key=lambda q: (q.start, -q.end))
    return QuotedSentence(
        text=text,
        quotes=tuple(replace(q, text=text[q.start : q.end]) for q in ordered),
        speakers=tuple(mentions),
        style=style,
        pattern=pattern,
    )


def follow_on(draw: st.DrawFn, style: str, name: str) -> QuotedSentence:
    """A paragraph quoting ``name`` again by pronoun: "“…,” she added." (pattern follow-on)."""
    d_open, d_close, _, _, apos = MARK_STYLES[style]
    words = _capitalised(draw(st.sampled_from(_CLAUSES)).format(apos=apos))
    pronoun = _PRONOUNS[name]
    text = f"{d_open}{words},{d_close} {pronoun} added."
    end = len(d_open) + len(words) + 1 + len(d_close)
    quote = ExpectedQuote(
        0,
        end,
        len(d_open),
        end - len(d_close),
        text[:end],
        "single" if style == "single" else "double",
        False,
        "direct",
        name,
    )
    at = end + 1
    mention = ExpectedMention(at, at + len(pronoun), pronoun, name)
    return QuotedSentence(text, (quote,), (mention,), style, "follow-on")


# Reported clauses, in the backshifted tenses of reported speech.
_REPORTED_CLAUSES = (
    "the talks were productive",
    "the government was ready to listen",
    "nobody had expected the decision",
    "the two countries would deepen their cooperation",
    "prices would keep rising next year",
    "the border would reopen on Monday",
)
#: The patterns :func:`reported_sentences` draws from.
REPORTED_PATTERNS = ("said", "said-that", "told", "according-to", "clause-first")


@st.composite
def reported_sentences(
    draw: st.DrawFn,
    *,
    speaker_kinds: tuple[str, ...] = SPEAKER_KINDS,
    patterns: tuple[str, ...] = REPORTED_PATTERNS,
) -> QuotedSentence:
    """Draw a sentence of reported speech without quotation marks, with the expected
    indirect quote (its span is the reported clause) and the speaker mention.

    Patterns (:data:`REPORTED_PATTERNS`): "Name said CLAUSE." (said), "Name said that
    CLAUSE." (said-that), "Name told reporters CLAUSE." (told), "According to Name, CLAUSE."
    (according-to), "CLAUSE, Name said." (clause-first; the clause then starts with a capital);
    ``patterns`` restricts them.

    Guarantees: one expected quote, kind "indirect", marks None, ``text[start:end]`` the
    clause without "that" and without the final full stop.
    """
    speaker_kind = draw(st.sampled_from(speaker_kinds))
    if speaker_kind == "organization":
        name = draw(st.sampled_from(_SPEAKER_ORGS))
    elif speaker_kind == "country":
        name = draw(st.sampled_from(_SPEAKER_COUNTRIES))
    else:
        name = draw(st.sampled_from(_PEOPLE))
    pattern = draw(st.sampled_from(patterns))
    clause = draw(st.sampled_from(_REPORTED_CLAUSES))
    b = _Builder()
    spans: list[tuple[int, int]] = []
    mentions: list[ExpectedMention] = []

    def mention(*, first: bool = False) -> None:
        text = name
        if speaker_kind == "organization":
            text = ("The " if first else "the ") + name
        start = b.add(text)
        mentions.append(ExpectedMention(start, start + len(text), text, name, kind=speaker_kind))

    def reported(words: str) -> None:
        start = b.add(words)
        spans.append((start, b.length))

    if pattern == "clause-first":
        reported(_capitalised(clause))
        b.add(", ")
        mention()
        b.add(" said.")
    elif pattern == "according-to":
        b.add("According to ")
        mention()
        b.add(", ")
        reported(clause)
        b.add(".")
    else:
        mention(first=True)
        b.add({"said": " said ", "said-that": " said that ", "told": " told reporters "}[pattern])
        reported(clause)
        b.add(".")
    text = b.text
    (start, end) = spans[0]
    quote = ExpectedQuote(start, end, start, end, text[start:end], None, False, "indirect", name)
    return QuotedSentence(text, (quote,), tuple(mentions), "none", pattern)
