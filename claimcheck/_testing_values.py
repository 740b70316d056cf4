"""Hypothesis strategies for numbers, money, percents and quantities as news writes them.

Private: the public names are re-exported by :mod:`claimcheck.testing`. Expected values are
computed with :class:`decimal.Decimal` so that the expectation is exact; only the fields users
compare are floats.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from hypothesis import strategies as st

# The default hedge table of DESIGN.md, as interval rules over the stated value X and its
# precision interval [X - p, X + p]. Open ends are represented as closed numbers, as in JSON.
AROUND = ("about", "around", "roughly", "some", "approximately")
JUST_OVER = ("just over", "slightly more than")
MORE_THAN = ("more than", "over", "above")
AT_LEAST = ("at least",)
NEARLY = ("nearly", "almost", "just under")
FEWER_THAN = ("fewer than", "less than", "under", "below")
UP_TO = ("up to", "at most")
#: Every hedge of DESIGN.md's default table, as written before a value.
HEDGES: tuple[str, ...] = AROUND + JUST_OVER + MORE_THAN + AT_LEAST + NEARLY + FEWER_THAN + UP_TO

#: Which way each hedge moves the interval: "both" widens it around X, "up" puts it above X,
#: "down" below X.
HEDGE_DIRECTION: dict[str, str] = {
    **dict.fromkeys(AROUND, "both"),
    **dict.fromkeys(JUST_OVER + MORE_THAN + AT_LEAST, "up"),
    **dict.fromkeys(NEARLY + FEWER_THAN + UP_TO, "down"),
}

_SCALES: dict[str, Decimal] = {
    "": Decimal(1),
    "thousand": Decimal(10) ** 3,
    "million": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
}
# Suffixes written straight after a currency amount ("$240bn", "€1.2m").
_SUFFIXES: dict[str, tuple[str, ...]] = {
    "million": ("m", "mn", " million"),
    "billion": ("bn", " billion"),
    "trillion": ("tn", " trillion"),
    "thousand": (" thousand",),
    "": ("",),
}
# currency code -> (symbols written before, names written after the number, codes)
_CURRENCIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "USD": (("$", "US$", "USD "), ("dollars", "US dollars")),
    "EUR": (("€", "EUR "), ("euros",)),
    "GBP": (("£", "GBP "), ()),
    "CNY": (("CNY ",), ("yuan",)),
    "RUB": (("RUB ",), ("roubles", "rubles")),
}
_COUNT_NOUNS = ("troops", "people", "soldiers", "jobs", "ships", "refugees", "visitors")
_QUANTITY_UNITS: dict[str, tuple[str, ...]] = {
    "tonne": ("tonnes",),
    "kilometre": ("kilometres", "km"),
    "barrel per day": ("barrels per day", "barrels a day"),
}
_NUMBER_WORDS = {
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    11: "eleven",
    12: "twelve",
}


@dataclass(frozen=True)
class WrittenValue:
    """A number written the way news writes it, with the value a reader takes from it.

    ``text`` is the value expression only (what a claim's ``start``/``end`` cover); ``hedge``
    is written before it in :attr:`phrase`. ``value`` is the stated number X (scale applied),
    ``low``/``high`` the interval DESIGN.md gives it: half a unit of the last significant
    digit of the mantissa as written (trailing zeros of an integer are not significant; a
    number word such as "ten" is exact to a unit), then
    the hedge table; ``None`` means unbounded. ``style`` names the format drawn.
    """

    text: str
    kind: str
    value: float
    unit: str | None
    hedge: str | None
    low: float | None
    high: float | None
    precision: float
    style: str

    @property
    def phrase(self) -> str:
        """The hedge and the expression as they appear in a sentence: "about $240bn"."""
        return f"{self.hedge} {self.text}" if self.hedge else self.text

    def with_hedge(self, hedge: str | None) -> WrittenValue:
        """The same expression under another hedge (or none), with the interval it then has.

        Raises:
            ValueError: ``hedge`` is not in :data:`HEDGES`.
        """
        value, precision = Decimal(repr(self.value)), Decimal(repr(self.precision))
        low, high = _interval(value, precision, hedge)
        return replace(
            self,
            hedge=hedge,
            low=None if low is None else float(low),
            high=None if high is None else float(high),
        )

    def contains(self, number: float, *, rel: float = 1e-9) -> bool:
        """Whether ``number`` lies in ``[low, high]`` (with a relative tolerance for floats)."""
        slack = abs(self.value) * rel + 1e-12
        if self.low is not None and number < self.low - slack:
            return False
        return not (self.high is not None and number > self.high + slack)


@dataclass(frozen=True)
class _Mantissa:
    text: str  # as written, without grouping: "240", "2.4", "0.75"
    value: Decimal
    unit: Decimal  # one unit of the last significant digit


def _mantissa_of(text: str) -> _Mantissa:
    if "." in text:
        decimals = len(text.split(".")[1])
        return _Mantissa(text, Decimal(text), Decimal(10) ** -decimals)
    stripped = text.rstrip("0") or "0"
    return _Mantissa(text, Decimal(text), Decimal(10) ** (len(text) - len(stripped)))


@st.composite
def _mantissas(
    draw: st.DrawFn, *, max_integer: int = 999, max_decimals: int = 2, min_integer: int = 1
) -> _Mantissa:
    decimals = draw(st.integers(0, max_decimals))
    if decimals == 0:
        number = draw(st.integers(min_integer, max_integer))
        return _mantissa_of(str(number))
    # The last decimal is never 0: "2.40" is rare in news and its precision is a matter of taste.
    digits = draw(st.integers(1, max_integer * 10**decimals).filter(lambda n: n % 10 != 0))
    whole, frac = divmod(digits, 10**decimals)
    return _mantissa_of(f"{whole}.{frac:0{decimals}d}")


def _interval(
    value: Decimal, precision: Decimal, hedge: str | None
) -> tuple[Decimal | None, Decimal | None]:
    low, high = value - precision, value + precision
    if hedge is None:
        return low, high
    if hedge in AROUND:
        return min(value * Decimal("0.9"), low), max(value * Decimal("1.1"), high)
    if hedge in JUST_OVER:
        return value, value * Decimal("1.2")
    if hedge in MORE_THAN or hedge in AT_LEAST:
        return value, None
    if hedge in NEARLY:
        return value * Decimal("0.9"), value
    if hedge in FEWER_THAN or hedge in UP_TO:
        return Decimal(0), value
    raise ValueError(f"unknown hedge {hedge!r}; expected one of {', '.join(HEDGES)}")


def _grouped(number: Decimal) -> str:
    """An integral Decimal with thousands separators: 240000000000 -> "240,000,000,000"."""
    return f"{int(number):,}"


def _make(
    text: str,
    kind: str,
    value: Decimal,
    unit_of_precision: Decimal,
    unit: str | None,
    hedge: str | None,
    style: str,
) -> WrittenValue:
    precision = unit_of_precision / 2
    low, high = _interval(value, precision, hedge)
    return WrittenValue(
        text=text,
        kind=kind,
        value=float(value),
        unit=unit,
        hedge=hedge,
        low=None if low is None else float(low),
        high=None if high is None else float(high),
        precision=float(precision),
        style=style,
    )


def _hedges(kind: str) -> st.SearchStrategy[str | None]:
    allowed = [h for h in HEDGES if kind == "count" or h != "fewer than"]
    return st.one_of(st.none(), st.sampled_from(allowed))


@st.composite
def money(
    draw: st.DrawFn, *, currencies: tuple[str, ...] = tuple(_CURRENCIES), hedged: bool = True
) -> WrittenValue:
    """Draw an amount of money as news writes it: "$240bn", "US$240 billion", "240 billion
    dollars", "240,000,000,000 dollars", "€1.2m", "CNY 15 trillion", "3,500 roubles".

    Guarantees: ``unit`` is the ISO 4217 code; ``value`` is the stated amount; the same
    significant digits give the same interval whatever the style.
    """
    code = draw(st.sampled_from(currencies))
    prefixes, names = _CURRENCIES[code]
    scale_word = draw(st.sampled_from(("", "thousand", "million", "billion", "trillion")))
    mantissa = draw(_mantissas(max_integer=999 if scale_word else 99_999))
    scale = _SCALES[scale_word]
    value = mantissa.value * scale
    styles = ["prefix"] + (["name"] if names else [])
    if value == value.to_integral_value() and value >= 1000:
        styles.append("grouped")
    style = draw(st.sampled_from(styles))
    if style == "grouped":
        digits = _grouped(value)
        text = (
            f"{draw(st.sampled_from(prefixes))}{digits}"
            if not names or draw(st.booleans())
            else f"{digits} {draw(st.sampled_from(names))}"
        )
    elif style == "prefix":
        written = mantissa.text if scale_word else _grouped_mantissa(mantissa)
        suffix = draw(st.sampled_from(_SUFFIXES[scale_word]))
        text = f"{draw(st.sampled_from(prefixes))}{written}{suffix}"
    else:
        written = mantissa.text if scale_word else _grouped_mantissa(mantissa)
        text = f"{written}{' ' + scale_word if scale_word else ''} {draw(st.sampled_from(names))}"
    hedge = draw(_hedges("money")) if hedged else None
    return _make(text, "money", value, mantissa.unit * scale, code, hedge, style)


def _grouped_mantissa(mantissa: _Mantissa) -> str:
    if "." in mantissa.text:
        whole, frac = mantissa.text.split(".")
        return f"{int(whole):,}.{frac}"
    return f"{int(mantissa.text):,}"


@st.composite
def percents(draw: st.DrawFn, *, hedged: bool = True) -> WrittenValue:
    """Draw a percentage or a change in percentage points: "12%", "12.5 percent",
    "3 per cent", "0.25 percentage points".

    Guarantees: ``unit`` is ``"%"``, or ``"pp"`` for percentage points; ``value`` is the number
    of percent as written (12 for "12%").
    """
    mantissa = draw(_mantissas(max_integer=99, max_decimals=2))
    points = draw(st.booleans()) and draw(st.booleans())
    if points:
        text, unit, style = f"{mantissa.text} percentage points", "pp", "points"
    else:
        style = draw(st.sampled_from(("%", " percent", " per cent")))
        text, unit = f"{mantissa.text}{style}", "%"
    hedge = draw(_hedges("percent")) if hedged else None
    return _make(text, "percent", mantissa.value, mantissa.unit, unit, hedge, style.strip())


@st.composite
def counts(draw: st.DrawFn, *, hedged: bool = True) -> WrittenValue:
    """Draw a count of things: "1,200 troops", "3.5 million people", "twelve ships",
    "two million refugees".

    Guarantees: ``unit`` is None (the noun is what is counted, not a unit); the noun follows
    the number in ``text``.
    """
    noun = draw(st.sampled_from(_COUNT_NOUNS))
    style = draw(st.sampled_from(("digits", "scaled", "words", "words-scaled")))
    if style == "words-scaled":
        number = draw(st.sampled_from(sorted(_NUMBER_WORDS)))
        scale_word = draw(st.sampled_from(("thousand", "million")))
        scale = _SCALES[scale_word]
        text = f"{_NUMBER_WORDS[number]} {scale_word} {noun}"
        value, unit_of_precision = Decimal(number) * scale, scale
    elif style == "words":
        number = draw(st.sampled_from(sorted(_NUMBER_WORDS)))
        # A number word names an exact small number: "ten" is 9.5-10.5, not 5-15.
        text, value, unit_of_precision = (
            f"{_NUMBER_WORDS[number]} {noun}",
            Decimal(number),
            Decimal(1),
        )
    elif style == "scaled":
        mantissa = draw(_mantissas(max_integer=999, max_decimals=1))
        scale_word = draw(st.sampled_from(("million", "billion")))
        value = mantissa.value * _SCALES[scale_word]
        text, unit_of_precision = (
            f"{mantissa.text} {scale_word} {noun}",
            mantissa.unit * _SCALES[scale_word],
        )
    else:
        # From 2: "1 troops" is not English, and "one soldier" is not a news figure.
        mantissa = draw(_mantissas(max_integer=999_999, max_decimals=0, min_integer=2))
        text, value, unit_of_precision = (
            f"{_grouped_mantissa(mantissa)} {noun}",
            mantissa.value,
            mantissa.unit,
        )
    hedge = draw(_hedges("count")) if hedged else None
    return _make(text, "count", value, unit_of_precision, None, hedge, style)


@st.composite
def quantities(draw: st.DrawFn, *, hedged: bool = True) -> WrittenValue:
    """Draw a measured quantity with a unit: "5.2 million tonnes", "300 km",
    "1.2 million barrels per day".

    Guarantees: ``unit`` is the lowercase singular unit name ("tonne", "kilometre",
    "barrel per day").
    """
    unit = draw(st.sampled_from(sorted(_QUANTITY_UNITS)))
    written_unit = draw(st.sampled_from(_QUANTITY_UNITS[unit]))
    scale_word = draw(st.sampled_from(("", "million")))
    mantissa = draw(
        _mantissas(max_integer=999 if scale_word else 9_999, max_decimals=1, min_integer=2)
    )
    number = mantissa.text if scale_word else _grouped_mantissa(mantissa)
    text = f"{number}{' ' + scale_word if scale_word else ''} {written_unit}"
    scale = _SCALES[scale_word]
    hedge = draw(_hedges("quantity")) if hedged else None
    return _make(
        text,
        "quantity",
        mantissa.value * scale,
        mantissa.unit * scale,
        unit,
        hedge,
        "scaled" if scale_word else "digits",
    )


def values(*, hedged: bool = True) -> st.SearchStrategy[WrittenValue]:
    """Draw any :class:`WrittenValue`: money, a percent, a count or a quantity."""
    return st.one_of(
        money(hedged=hedged),
        percents(hedged=hedged),
        counts(hedged=hedged),
        quantities(hedged=hedged),
    )


@st.composite
def reformattings(
    draw: st.DrawFn, *, kinds: tuple[str, ...] = ("money", "percent")
) -> tuple[WrittenValue, WrittenValue]:
    """Draw two ways of writing the same value with the same significant digits and hedge:
    US dollars ("$240bn" and "240,000,000,000 dollars") or a percent ("12.5%" and
    "12.5 per cent"), as ``kinds`` allows.

    Guarantees: both have equal ``kind``, ``unit``, ``value``, ``low``, ``high`` and
    ``hedge`` and different ``text``.
    """
    kind = draw(st.sampled_from(kinds))
    if kind == "percent":
        mantissa = draw(_mantissas(max_integer=99, max_decimals=2))
        forms = [
            ("%", f"{mantissa.text}%"),
            ("percent", f"{mantissa.text} percent"),
            ("per cent", f"{mantissa.text} per cent"),
        ]
        value, unit_of_precision, unit = mantissa.value, mantissa.unit, "%"
    else:
        scale_word = draw(st.sampled_from(("million", "billion", "trillion")))
        mantissa = draw(_mantissas(max_integer=999, max_decimals=1))
        scale = _SCALES[scale_word]
        value, unit_of_precision, unit = mantissa.value * scale, mantissa.unit * scale, "USD"
        forms = [("prefix", f"${mantissa.text}{suffix}") for suffix in _SUFFIXES[scale_word]]
        forms += [
            ("prefix", f"US${mantissa.text} {scale_word}"),
            ("name", f"{mantissa.text} {scale_word} dollars"),
            ("name", f"{mantissa.text} {scale_word} US dollars"),
            ("grouped", f"{_grouped(value)} dollars"),
            ("grouped", f"${_grouped(value)}"),
        ]
    first, second = draw(st.lists(st.sampled_from(forms), min_size=2, max_size=2, unique=True))
    hedge = draw(_hedges(kind))
    return (
        _make(first[1], kind, value, unit_of_precision, unit, hedge, first[0]),
        _make(second[1], kind, value, unit_of_precision, unit, hedge, second[0]),
    )
