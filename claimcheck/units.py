"""Currencies (→ ISO 4217) and units of measure (→ a lowercase singular name), as news writes them.

Hand-written because the libraries that know units (quantulum3, pint) read "$240bn" as
bit·newtons and know no ISO codes for "yuan" or "roubles"; a table of what newsrooms actually
print is short and predictable.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["CURRENCY_NAMES", "CURRENCY_SYMBOLS", "UNITS", "currency_after", "currency_before",
           "currency_name_before", "percent_after", "points_after", "unit_after"]

# Written before the number: "$240bn", "US$ 10", "£5", "USD 200", "Rs 500".
CURRENCY_SYMBOLS: dict[str, str] = {
    "us$": "USD", "u.s.$": "USD", "u.s$": "USD", "usd$": "USD",
    "$": "USD", "c$": "CAD", "ca$": "CAD", "cad$": "CAD", "a$": "AUD", "au$": "AUD",
    "aud$": "AUD", "nz$": "NZD", "nzd$": "NZD", "hk$": "HKD", "s$": "SGD", "r$": "BRL",
    "mex$": "MXN", "mxn$": "MXN", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB",
    "₩": "KRW", "₺": "TRY", "₴": "UAH", "₪": "ILS", "₦": "NGN", "₱": "PHP", "₫": "VND",
    "₡": "CRC", "₾": "GEL", "₭": "LAK", "元": "CNY", "rs": "INR", "rs.": "INR", "rmb": "CNY",
    "chf": "CHF", "sfr": "CHF", "ரூ": "LKR",
    # bitcoin has no ISO 4217 code; XBT is the code in the standard's X range that markets use
    "₿": "XBT",
}  # fmt: skip
ISO_CODES = [
    "USD", "EUR", "GBP", "CNY", "RUB", "JPY", "CHF", "INR", "CAD", "AUD", "HKD", "SGD", "BRL",
    "MXN", "KRW", "TRY", "ZAR", "SEK", "NOK", "DKK", "PLN", "UAH", "SAR", "AED", "NZD", "ILS",
    "EGP", "NGN", "PKR", "IDR", "THB", "VND", "PHP", "MYR", "ARS", "CLP", "COP", "KZT", "BYN",
    "IRR", "QAR", "KWD", "CZK", "HUF", "LKR",
]  # fmt: skip
# Written after the number: "240 billion dollars", "10 euros", "5m yuan".
CURRENCY_NAMES: dict[str, str] = {
    "us dollars": "USD", "us dollar": "USD", "u.s. dollars": "USD", "u.s. dollar": "USD",
    "american dollars": "USD", "dollars": "USD", "dollar": "USD", "bucks": "USD",
    "canadian dollars": "CAD", "canadian dollar": "CAD", "australian dollars": "AUD",
    "australian dollar": "AUD", "hong kong dollars": "HKD", "new zealand dollars": "NZD",
    "singapore dollars": "SGD", "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP",
    "pound sterling": "GBP", "sterling": "GBP", "british pounds": "GBP", "yuan": "CNY",
    "chinese yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "roubles": "RUB", "rouble": "RUB",
    "rubles": "RUB", "ruble": "RUB", "russian roubles": "RUB", "russian rubles": "RUB",
    "yen": "JPY", "japanese yen": "JPY", "rupees": "INR", "rupee": "INR",
    "indian rupees": "INR", "swiss francs": "CHF", "swiss franc": "CHF", "turkish lira": "TRY",
    "lira": "TRY", "liras": "TRY", "won": "KRW", "rand": "ZAR", "reais": "BRL", "real": "BRL",
    "mexican pesos": "MXN", "pesos": "MXN", "hryvnias": "UAH", "hryvnia": "UAH",
    "zlotys": "PLN", "zloty": "PLN", "shekels": "ILS", "shekel": "ILS",
    "naira": "NGN", "dinars": "KWD", "riyals": "SAR", "dirhams": "AED", "kronor": "SEK",
    "kroner": "NOK", "crowns": "CZK", "forints": "HUF", "tenge": "KZT", "baht": "THB",
    "ringgit": "MYR", "rupiah": "IDR", "dong": "VND",
    # currencies replaced by the euro, still met in archives and history pieces
    "finnish markka": "FIM", "markka": "FIM", "markkaa": "FIM", "pesetas": "ESP",
    "peseta": "ESP", "dutch guilders": "NLG", "guilders": "NLG", "deutsche marks": "DEM",
    "deutschmarks": "DEM", "french francs": "FRF", "francs": "CHF", "franc": "CHF",
    "bitcoins": "XBT", "bitcoin": "XBT", "btc": "XBT", "xbt": "XBT",
}  # fmt: skip
# Subunits: a hundredth of the currency they belong to.
SUBUNITS: dict[str, str] = {"cents": "USD", "cent": "USD", "pence": "GBP", "penny": "GBP",
                            "pennies": "GBP", "p": "GBP", "kopecks": "RUB", "kopeks": "RUB"}

# Units of measure, surface form → lowercase singular canonical name (British spelling, as the
# design contract's "tonne" and "kilometre").
UNITS: dict[str, str] = {
    "barrels per day": "barrel per day", "barrels a day": "barrel per day",
    "barrels of oil per day": "barrel per day", "barrels of oil a day": "barrel per day",
    "bpd": "barrel per day", "b/d": "barrel per day", "barrels": "barrel", "barrel": "barrel",
    "metric tonnes": "tonne", "metric tons": "tonne", "tonnes": "tonne", "tonne": "tonne",
    "tons": "tonne", "ton": "tonne", "t": "tonne",
    "square kilometres": "square kilometre", "square kilometers": "square kilometre",
    "sq km": "square kilometre", "km2": "square kilometre", "km²": "square kilometre",
    "square miles": "square mile", "square metres": "square metre", "square meters": "square metre",
    "kilometres per hour": "kilometre per hour", "kilometers per hour": "kilometre per hour",
    "km/h": "kilometre per hour", "kph": "kilometre per hour", "miles per hour": "mile per hour",
    "mph": "mile per hour", "kilometres": "kilometre", "kilometers": "kilometre",
    "kilometre": "kilometre", "kilometer": "kilometre", "km": "kilometre", "kms": "kilometre",
    "miles": "mile", "mile": "mile", "metres": "metre", "meters": "metre", "metre": "metre",
    "meter": "metre", "m": "metre", "centimetres": "centimetre", "centimeters": "centimetre",
    "cm": "centimetre", "millimetres": "millimetre", "millimeters": "millimetre",
    "mm": "millimetre", "feet": "foot", "foot": "foot", "ft": "foot", "inches": "inch",
    "inch": "inch", "yards": "yard", "kilograms": "kilogram", "kilogrammes": "kilogram",
    "kilogram": "kilogram", "kg": "kilogram", "kgs": "kilogram", "grams": "gram",
    "grammes": "gram", "gram": "gram", "g": "gram", "milligrams": "milligram",
    "mg": "milligram", "pounds": "pound", "lbs": "pound", "lb": "pound", "ounces": "ounce",
    "oz": "ounce", "litres": "litre", "liters": "litre", "litre": "litre", "liter": "litre",
    "l": "litre", "gallons": "gallon", "gallon": "gallon", "cubic metres": "cubic metre",
    "cubic meters": "cubic metre", "bcm": "billion cubic metre", "hectares": "hectare",
    "hectare": "hectare", "ha": "hectare", "acres": "acre", "acre": "acre",
    "megawatts": "megawatt", "megawatt": "megawatt", "mw": "megawatt", "gigawatts": "gigawatt",
    "gigawatt": "gigawatt", "gw": "gigawatt", "kilowatts": "kilowatt", "kw": "kilowatt",
    "kilowatt hours": "kilowatt hour", "kwh": "kilowatt hour", "megawatt hours": "megawatt hour",
    "mwh": "megawatt hour", "gigawatt hours": "gigawatt hour", "gwh": "gigawatt hour",
    "terawatt hours": "terawatt hour", "twh": "terawatt hour",
    "degrees celsius": "degree celsius", "°c": "degree celsius", "degrees fahrenheit":
    "degree fahrenheit", "°f": "degree fahrenheit", "degrees": "degree",
    "knots": "knot", "nautical miles": "nautical mile",
}  # fmt: skip


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s*")
                    for w in sorted(words, key=len, reverse=True))


# Wire copy often typesets "C $ 16.4 million" with a space inside the symbol.
_SYMBOLS = _alt(CURRENCY_SYMBOLS).replace(r"\$", r"\s?\$")
# "MAUD 60": an M before a code counts millions, as financial filings abbreviate
_SYMBOL_BEFORE = re.compile(
    rf"(?:^|(?<![A-Za-z]))(?P<m>M(?=[A-Z]{{3}}\s*$))?(?P<cur>{_SYMBOLS}|{'|'.join(ISO_CODES)})\s*$",
    re.IGNORECASE,
)
# Names written before an amount ("dollar 22.5 million"), only those no English word shares
# ("won", "real", "rand" and "dong" are words first).
_NAME_BEFORE = re.compile(
    r"(?:^|(?<![A-Za-z]))(?P<name>(?:us\s+|u\.s\.\s+)?dollars?|euros?|yuan|renminbi|yen|rupees?"
    r"|roubles?|rubles?)\s+$"
)
# currency names that are English words first: after a spelled-out number ("one won't") or
# before an apostrophe they are the word
_WORD_CURRENCIES = {"won", "real", "rand", "dong"}
_SCALE_WORDS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SCALE_AFTER = re.compile(r"\s+(thousand|million|billion|trillion)\b", re.IGNORECASE)
_NAME_AFTER = re.compile(
    rf"^(?:\s*|-)(?:(?P<code>M?(?:{'|'.join(ISO_CODES)}))(?![A-Za-z])|(?P<sym>[$€£¥₹₽元₡₾₭]|ரூ)"
    rf"|(?P<name>{_alt(CURRENCY_NAMES)})(?![A-Za-z]))",
    re.IGNORECASE,
)
_SUB_AFTER = re.compile(rf"^(?:\s*|-)(?P<name>{_alt(SUBUNITS)})\b", re.IGNORECASE)
_UNIT_AFTER = re.compile(
    rf"^(?P<sp>\s*)(?:of\s+)?(?P<unit>{_alt(UNITS)})(?![A-Za-z0-9²])", re.IGNORECASE
)
_PERCENT_AFTER = re.compile(
    r"^\s*(?:(?P<pp>percentage[\s-]+points?|pp|ppts?)|(?P<bp>basis\s+points?|bps|bp)"
    r"|(?P<pc>%|per\s*cents?|percents?|percentages?|pc))(?![A-Za-z])",
    re.IGNORECASE,
)


def currency_before(text: str, start: int) -> tuple[int, str, float] | None:
    """The currency written just before ``text[start:]`` ("US$", "£", "USD", "MAUD"):
    (its start, ISO code, multiplier), the multiplier 1e6 for an M before a code."""
    window = text[max(0, start - 8):start]
    m = _SYMBOL_BEFORE.search(window)
    if not m:
        return None
    cur = m.group("cur")
    mult = 1e6 if m.group("m") and m.group("m") == "M" and cur.isupper() else 1.0
    if m.group("m") and mult == 1.0:
        return None  # "mUSD": not how anyone writes millions
    if cur.endswith("$") and cur[:-1] != cur[:-1].rstrip():
        prefix = cur[:-1].strip()
        # wire copy spaces a prefix ("C $ 16.4"), but a spaced "a" is the article: "made a
        # $5,000 donation", "A $15 minimum wage" are dollars (Australian ones are "A$5")
        if prefix.lower() == "a":
            begin = start - len(window) + m.end("cur") - 1
            return begin, "USD", 1.0
    key = "".join(cur.lower().split())  # "c $" and "hk $" as typeset in wire copy
    iso = CURRENCY_SYMBOLS.get(key)
    if iso is None and cur.upper() in ISO_CODES:
        # a bare code must be written in capitals: "eur 5" is not how news writes money
        iso = cur.upper() if cur.isupper() or len(window.strip()) > len(cur) else None
    if iso is None:
        return None
    begin = start - len(window) + m.start("m" if m.group("m") else "cur")
    while text[begin].isspace():  # "\s?$" lets "C $" match; a lone "$" starts at itself
        begin += 1
    return begin, iso, mult


def currency_name_before(text: str, start: int) -> tuple[int, str] | None:
    """A currency name written in lowercase just before ``text[start:]`` ("dollar 22.5
    million"): (its start, ISO code). The caller decides whether the amount reads as money."""
    m = _NAME_BEFORE.search(text, max(0, start - 16), start)
    if not m:
        return None
    return m.start("name"), CURRENCY_NAMES[" ".join(m.group("name").split())]


def currency_after(text: str, end: int) -> tuple[int, str, float] | None:
    """The currency named just after ``text[:end]``: (its end, ISO code, multiplier).

    The multiplier is 0.01 for subunits ("50 cents").
    """
    rest = text[end:end + 40]
    m = _NAME_AFTER.match(rest)
    if m:
        if m.group("code"):
            if rest[m.end():m.end() + 1].isdigit():
                return None  # "3 USD50 cards": a code touching digits opens the next amount
            code = m.group("code").upper()
            mult = 1.0
            if len(code) == 4:  # "30 MUSD": millions, as financial filings abbreviate
                code, mult = code[1:], 1e6
            scale = _SCALE_AFTER.match(rest, m.end())  # "75 USD million"
            if scale:
                return end + scale.end(), code, mult * _SCALE_WORDS[scale.group(1).lower()]
            return end + m.end(), code, mult
        if m.group("sym"):
            if rest[m.end():m.end() + 1].isdigit():
                return None  # "1 $10 bill", "$5 $7": the symbol opens the next amount
            return end + m.end(), CURRENCY_SYMBOLS[m.group("sym")], 1.0
        name = " ".join(m.group("name").lower().split())
        spelled = re.search(r"(?<![\w.])[A-Za-z]+$", text[max(0, end - 12):end])
        if name in _WORD_CURRENCIES and (
                (spelled and spelled.group().lower() not in _SCALE_WORDS)
                or rest[m.end():m.end() + 1] in ("'", "’")):
            return None  # "The next one won't come": a verb after a spelled number, no sum
        if name == "bitcoin" and re.match(r"\s+(?!(?:and|or|in|for|to|at|of|on|was|is|were|are|"
                                          r"each|apiece|worth)\b)[a-z]", rest[m.end():]):
            return None  # "5 bitcoin miners": the coin's name used as an adjective
        return end + m.end(), CURRENCY_NAMES[name], 1.0
    m = _SUB_AFTER.match(rest)
    # "p" for pence only when it stands alone ("50p."), not as the start of a word
    if m and (m.group("name").lower() != "p" or rest[m.end():m.end() + 1] in (" ", ".", ",")):
        return end + m.end(), SUBUNITS[m.group("name").lower()], 0.01
    return None


def unit_after(text: str, end: int) -> tuple[int, str] | None:
    """The unit of measure just after ``text[:end]``: (its end, canonical singular name)."""
    m = _UNIT_AFTER.match(text[end:end + 40])
    if not m:
        return None
    surface = m.group("unit")
    # One-letter abbreviations only stick to the number ("10m", "5t"), never "5 m people".
    if len(surface) <= 2 and surface.islower() and m.group("sp") and len(surface) == 1:
        return None
    if len(surface) == 1 and surface.isupper() and surface != "L":
        return None  # "5G" is a network generation and "10G" giga; grams are a small "g"
    key = " ".join(surface.lower().split())
    name = UNITS.get(key) or UNITS.get(key.replace(" ", ""))
    if name is None:
        return None
    return end + m.end(), name


def percent_after(text: str, end: int) -> tuple[int, str, float] | None:
    """A percent sign or word just after ``text[:end]``: (its end, "%" or "pp", multiplier)."""
    m = _PERCENT_AFTER.match(text[end:end + 30])
    if not m:
        return None
    if m.group("pp"):
        return end + m.end(), "pp", 1.0
    if m.group("bp"):
        return end + m.end(), "pp", 0.01
    return end + m.end(), "%", 1.0


# Election and poll copy writes a margin between two shares in bare "points": "leads by 15
# points", "won it by 10 points", "up a narrow four points", "a 16-point margin". Those are
# percentage points. Market and sports copy counts index or game points ("the Dow fell 24.11
# points"): a quantity in the unit "point".
_POINTS = re.compile(r"(?:\s+|-)points?\b", re.IGNORECASE)
_MARGIN_NOUN = re.compile(
    r"\s+(?:lead|edge|margin|advantage|gap|deficit|swing|bump|boost|jump|drop|increase|decrease"
    r"|decline|rise|gain|loss|shift|spread|victory|win|cushion)s?\b", re.IGNORECASE)
_MARGIN_AFTER = re.compile(r"\s+(?:behind|ahead|clear|over|in\s+front)\b", re.IGNORECASE)
_MARGIN_BEFORE = re.compile(
    r"\b(?:by|up|down|ahead|behind|trails?|trailing|leads?|leading|led)"
    r"(?:\s+(?:by|a|an|just|only|narrow|comfortable|solid|slim|mere|some|about|nearly|almost|"
    r"roughly|around|more\s+than|less\s+than|over|under)){0,3}\s+$", re.IGNORECASE)
# Words of market and sports copy; "average" and "shares" are not among them, since poll copy
# has a "polling average" and a "vote share"
_MARKET = re.compile(
    r"\b(?:Dow|Nasdaq|S\.?\s?&\s?P\.?|index|indexes|indices|stocks?|FTSE|Nikkei|DAX|"
    r"Hang\s+Seng|composite|futures|bonds?|yields?|basis|GPA|rebounds?|assists?|"
    r"touchdowns?)\b", re.IGNORECASE)
# "scored 30 points", "a 20-point game": a player's points ("scored his third win" is not)
_SCORED = re.compile(r"\bscor(?:ed|es|ing|e)\s+(?:a\s+|an\s+)?$", re.IGNORECASE)
# Words of poll and election copy: with one of them near, bare points are percentage points
_POLL = re.compile(
    r"\b(?:poll\w*|survey\w*|percent|approval|disapproval|ratings?|votes?|voters?|leads?|"
    r"leading|led|margin|primary|primaries|caucus\w*|favou?rab\w*|electorate|share)\b",
    re.IGNORECASE)


def points_after(text: str, start: int, end: int) -> tuple[int, str] | None:
    """ "points" after a number: (its end, "point") for index or game points near a market
    or sports word; (its end, "pp") for a margin between shares ("by 15 points", "a 16-point
    edge", or any points near a poll word); None for other points ("three points in his
    speech", "a 10-point plan", "at one point")."""
    m = _POINTS.match(text, end)
    if not m:
        return None
    if text[end] == "-" and not _MARGIN_NOUN.match(text, m.end()):
        return None  # "a 10-point plan" lists points, it measures nothing
    if re.search(r"\bat\s+$", text[max(0, start - 4):start], re.IGNORECASE):
        return None  # "at one point this week" is a moment
    window = (max(0, start - 150), min(len(text), m.end() + 60))
    if _MARKET.search(text, *window) or _SCORED.search(text, max(0, start - 16), start):
        return m.end(), "point"
    if (text[end] == "-" or _MARGIN_BEFORE.search(text, max(0, start - 60), start)
            or _MARGIN_AFTER.match(text, m.end()) or _POLL.search(text, *window)):
        return m.end(), "pp"
    return None
