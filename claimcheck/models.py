"""The data claimcheck returns: frozen pydantic models holding offsets into the original text.

Field names and literal values follow the JSON contracts of DESIGN.md exactly; other tools read
them. Offsets are Python ``str`` indices (code points), end exclusive. Serialise with
``model.model_dump(mode="json")`` or ``model.model_dump_json()``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_serializer, model_validator


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)


def _plain_number(value: float | int | None) -> float | int | None:
    """Integral floats serialise as integers: 240000000000, not 240000000000.0."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**63:
        return int(value)
    return value


class TextSpan(_Model):
    """A stretch of the original text: ``text == original[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _ordered(self) -> TextSpan:
        if self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self


class Mention(TextSpan):
    """The in-text phrase naming a speaker for one quote (a name, a pronoun, "the spokeswoman")."""


class Cue(TextSpan):
    """The word or phrase that signals reported speech ("said", "told a news conference")."""


SpeakerKind = Literal["person", "organization", "group", "country", "unknown"]


class Speaker(_Model):
    """Who a quote is attributed to, with role and organisation as separate fields."""

    name: str
    kind: SpeakerKind
    role: str | None = None
    organization: str | None = None
    mention: Mention


QuoteKind = Literal["direct", "partial", "indirect"]
Marks = Literal["double", "single"]


class Quote(_Model):
    """A quotation or a stretch of reported speech, and who said it."""

    id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    kind: QuoteKind
    marks: Marks | None
    nested: bool = False
    speaker: Speaker | None = None
    cue: Cue | None = None
    confidence: float = Field(ge=0.0, le=1.0)


class Span(_Model):
    """Offsets without text (a claim's sentence)."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


# --- claim values, one shape per claim kind -------------------------------------------------

Number = int | float


class Measure(_Model):
    """A measured value with its interval; ``low``/``high`` null means unbounded on that side.

    ``unit``: ISO 4217 code for money, ``"%"`` or ``"pp"`` for percent, a lowercase singular
    name for a quantity ("tonne"), null for a count.
    """

    value: Number
    low: Number | None
    high: Number | None
    unit: str | None = None

    @field_serializer("value", "low", "high")
    def _ser(self, v: Number | None) -> Number | None:
        return _plain_number(v)


class Ordinal(_Model):
    """An ordinal ("fourth") and the noun it counts ("meeting"), if any."""

    value: int
    counts: str | None = None


Granularity = Literal["year", "month", "week", "day"]


class DateValue(_Model):
    """A calendar date or interval; ``timex`` is ISO 8601 at the stated granularity.

    ``timex`` is null when the date cannot be resolved (a relative date with no publication
    date); ``start``/``end`` are inclusive ISO dates.
    """

    timex: str | None
    start: str | None
    end: str | None
    granularity: Granularity | None


class DurationValue(_Model):
    """A length of time: ``timex`` like "P6M"; ``value``/``low``/``high`` in days."""

    timex: str
    value: Number
    low: Number | None
    high: Number | None
    unit: Literal["day"] = "day"

    @field_serializer("value", "low", "high")
    def _ser(self, v: Number | None) -> Number | None:
        return _plain_number(v)


ClaimKind = Literal["money", "quantity", "percent", "count", "ordinal", "date", "duration"]
ClaimValue = Measure | Ordinal | DateValue | DurationValue

_VALUE_TYPE: dict[str, type[BaseModel]] = {
    "money": Measure,
    "quantity": Measure,
    "percent": Measure,
    "count": Measure,
    "ordinal": Ordinal,
    "date": DateValue,
    "duration": DurationValue,
}


class TimeScope(_Model):
    """The period a claim is about, as inclusive ISO dates."""

    start: str
    end: str


class Attribution(_Model):
    """Who states a claim: the speaker of the quote it sits in, or the source ("according to X")."""

    speaker: str | None = None
    quote: str | None = None


class Claim(_Model):
    """A numeric or dated statement and its typed value."""

    id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    kind: ClaimKind
    value: ClaimValue
    hedge: str | None = None
    sentence: Span
    subject: list[str] = Field(default_factory=list)
    predicate: str | None = None
    time: TimeScope | None = None
    attribution: Attribution = Field(default_factory=Attribution)

    @model_validator(mode="after")
    def _value_fits_kind(self) -> Claim:
        expected = _VALUE_TYPE[self.kind]
        if not isinstance(self.value, expected):
            raise ValueError(
                f"a {self.kind} claim needs a {expected.__name__} value, got "
                f"{type(self.value).__name__}"
            )
        return self


Verdict = Literal["supported", "conflicting", "unverified"]


class Source(_Model):
    """Where a reference record comes from."""

    name: str
    url: str | None = None
    published: str | None = None


class Evidence(_Model):
    """A reference record offered for or against a claim, with its match score in [0, 1]."""

    fact: str
    source: Source
    text: str
    score: float = Field(ge=0.0, le=1.0)


class CheckedClaim(Claim):
    """A claim with its verdict, as it appears in verify reports."""

    verdict: Verdict
    evidence: list[Evidence] = Field(default_factory=list)
    reason: str


class CheckedQuote(Quote):
    """A quote checked against corpus statements, as it appears in verify reports.

    ``speaker_verdict``/``speaker_reason`` check the speaker's stated role against corpus
    person records valid on the article's date (null when no role is stated).
    """

    verdict: Verdict
    evidence: list[Evidence] = Field(default_factory=list)
    reason: str
    speaker_verdict: Verdict | None = None
    speaker_reason: str | None = None


DateSource = Literal["given", "metadata", "inferred", "none"]


class Document(_Model):
    """What a report is about: the input's id and publication date, and where the date came from."""

    id: str | None = None
    date: str | None = None
    date_source: DateSource = "none"


class Summary(_Model):
    """How many claims got each verdict."""

    supported: int = 0
    conflicting: int = 0
    unverified: int = 0


class Report(_Model):
    """Everything claimcheck found and concluded about one document."""

    document: Document
    quotes: list[CheckedQuote | Quote] = Field(default_factory=list)
    claims: list[CheckedClaim] = Field(default_factory=list)
    summary: Summary = Field(default_factory=Summary)
