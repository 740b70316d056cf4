"""Reference records: validating JSON Lines / CSV records into flat rows the index stores.

A record is validated completely before anything is indexed; every problem is reported as
``file:line: field: what is wrong`` so a user can fix a whole corpus in one pass.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

RECORD_TYPES = ("fact", "event", "person")
MEASURE_KINDS = ("money", "quantity", "percent", "count")
KINDS = (*MEASURE_KINDS, "ordinal", "date", "duration")
CSV_HEADER = [
    "type",
    "id",
    "statement",
    "subject",
    "predicate",
    "kind",
    "value",
    "unit",
    "time_start",
    "time_end",
    "source_name",
    "source_url",
    "published",
]

_FIELDS = {
    "fact": {"type", "id", "statement", "subject", "predicate", "kind", "value", "time", "source"},
    "event": {"type", "id", "statement", "what", "who", "where", "start", "end", "source"},
    "person": {"type", "id", "name", "aliases", "roles", "source"},
}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class Source:
    """Where a record comes from."""

    name: str
    url: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class Row:
    """One indexable record: a fact, an event (its date is the value) or a document sentence.

    Measures keep ``value``/``low``/``high``/``unit`` and their period in ``time_*``; dated
    records (events, date facts) keep their date interval in ``date_*``.
    """

    id: str
    type: str  # fact | event | statement
    statement: str
    origin: str
    subject: tuple[str, ...] = ()
    predicate: str | None = None
    kind: str | None = None
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    time_start: str | None = None
    time_end: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    where: str | None = None
    source: Source = field(default_factory=lambda: Source("unknown"))


@dataclass(frozen=True)
class Role:
    """A role a person held, with its validity (None = open-ended)."""

    role: str
    organization: str | None
    start: str | None
    end: str | None


@dataclass(frozen=True)
class Person:
    """A person record: name, aliases and dated roles."""

    id: str
    name: str
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]
    source: Source
    origin: str


class Problems:
    """Collects ``file:line: field: what is wrong`` lines for one record."""

    def __init__(self, where: str) -> None:
        self.where = where
        self.lines: list[str] = []

    def add(self, field_name: str, what: str) -> None:
        self.lines.append(f"{self.where}: {field_name}: {what}")


def _date(value: Any, name: str, problems: Problems, *, required: bool = False) -> str | None:
    if value is None or value == "":
        if required:
            problems.add(name, "missing; give an ISO date like 2024-05-16")
        return None
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        problems.add(name, f"{value!r} is not an ISO date (YYYY-MM-DD)")
        return None
    if not _real_date(value):
        problems.add(name, f"{value!r} is not a real calendar date")
        return None
    return value


@functools.lru_cache(maxsize=65536)
def _real_date(value: str) -> bool:
    # Large corpora repeat the same few thousand dates; checking each once saves a lot.
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _number(value: Any, name: str, problems: Problems) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        problems.add(name, f"{value!r} is not a finite number")
        return None
    return float(value)


def _text(value: Any, name: str, problems: Problems, *, required: bool = False) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            problems.add(name, "missing or empty; it is required")
        return None
    if not isinstance(value, str):
        problems.add(name, f"must be a string, got {type(value).__name__}")
        return None
    return value.strip()


def _names(value: Any, name: str, problems: Problems) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        problems.add(name, "must be a list of non-empty strings")
        return ()
    return tuple(v.strip() for v in value)


def _source(value: Any, problems: Problems, default_name: str) -> Source:
    if value is None:
        return Source(default_name)
    if not isinstance(value, Mapping):
        problems.add("source", 'must be an object {"name", "url"?, "published"?}')
        return Source(default_name)
    unknown = set(value) - {"name", "url", "published"}
    for key in sorted(unknown):
        problems.add(f"source.{key}", "unknown field; allowed: name, url, published")
    name = _text(value.get("name"), "source.name", problems, required=True) or default_name
    url = _text(value.get("url"), "source.url", problems)
    if url is not None and not re.match(r"^https?://\S+$", url):
        problems.add("source.url", f"{url!r} is not an http(s) URL")
        url = None
    published = _date(value.get("published"), "source.published", problems)
    return Source(name, url, published)


def _interval(start: str | None, end: str | None, name: str, problems: Problems) -> None:
    if start and end and end < start:
        problems.add(name, f"ends ({end}) before it starts ({start})")


def _value(kind: str, value: Any, problems: Problems) -> dict[str, Any]:
    """The structured value's columns, checked against its kind."""
    if not isinstance(value, Mapping):
        problems.add("value", f"must be an object for a {kind} fact")
        return {}
    out: dict[str, Any] = {}
    if kind == "date":
        start = _date(value.get("start"), "value.start", problems, required=True)
        end = _date(value.get("end") or value.get("start"), "value.end", problems)
        _interval(start, end, "value", problems)
        return {"date_start": start, "date_end": end or start}
    if "value" not in value:
        problems.add("value.value", "missing; give the number")
        return {}
    number = _number(value.get("value"), "value.value", problems)
    low = _number(value.get("low"), "value.low", problems)
    high = _number(value.get("high"), "value.high", problems)
    unit = value.get("unit")
    if kind == "money":
        if not isinstance(unit, str) or not _CURRENCY.match(unit):
            problems.add("value.unit", f"{unit!r} is not an ISO 4217 currency code like USD")
    elif kind == "percent" and unit not in ("%", "pp"):
        problems.add("value.unit", f'{unit!r}: a percent needs "%" or "pp"')
    elif unit is not None and not isinstance(unit, str):
        problems.add("value.unit", "must be a string or null")
        unit = None
    if kind == "ordinal" and number is not None and not number.is_integer():
        problems.add("value.value", f"{number} is not a whole number")
    if number is not None:
        low = number if low is None else low
        high = number if high is None else high
        if not low <= number <= high:
            problems.add("value", f"low {low} <= value {number} <= high {high} does not hold")
    out.update(value=number, low=low, high=high, unit=unit if isinstance(unit, str) else None)
    return out


def _unknown_fields(record: Mapping[str, Any], rtype: str, problems: Problems) -> None:
    for key in sorted(set(record) - _FIELDS[rtype]):
        allowed = ", ".join(sorted(_FIELDS[rtype]))
        problems.add(key, f"unknown field for a {rtype} record; allowed: {allowed}")


def parse_record(
    record: Any, where: str, *, default_source: str
) -> tuple[Row | Person | None, list[str]]:
    """Validate one JSON record; returns the row or person (None if invalid) and the problems.

    ``where`` is ``file:line`` and prefixes every problem line.
    """
    problems = Problems(where)
    if not isinstance(record, Mapping):
        problems.add("record", f"must be a JSON object, got {type(record).__name__}")
        return None, problems.lines
    rtype = record.get("type")
    if rtype not in RECORD_TYPES:
        problems.add("type", f"{rtype!r} is not one of {', '.join(RECORD_TYPES)}")
        return None, problems.lines
    _unknown_fields(record, rtype, problems)
    rid = _text(record.get("id"), "id", problems, required=True)
    source = _source(record.get("source"), problems, default_source)
    result: Row | Person | None
    if rtype == "person":
        result = _person(record, rid, source, where, problems)
    elif rtype == "event":
        result = _event(record, rid, source, where, problems)
    else:
        result = _fact(record, rid, source, where, problems)
    return (result if not problems.lines else None), problems.lines


def _fact(r: Mapping[str, Any], rid: str | None, source: Source, where: str, p: Problems) -> Row:
    statement = _text(r.get("statement"), "statement", p, required=True)
    subject = _names(r.get("subject"), "subject", p)
    predicate = _text(r.get("predicate"), "predicate", p)
    kind = r.get("kind")
    columns: dict[str, Any] = {}
    bad_kind = kind is not None and kind not in KINDS
    if bad_kind:
        p.add("kind", f"{kind!r} is not one of {', '.join(KINDS)}")
        kind = None
    if r.get("value") is not None and not bad_kind:
        if kind is None:
            p.add("kind", "required when a value is given")
        else:
            columns = _value(kind, r["value"], p)
    time = r.get("time")
    t_start = t_end = None
    if time is not None:
        if not isinstance(time, Mapping):
            p.add("time", 'must be an object {"start", "end"}')
        else:
            t_start = _date(time.get("start"), "time.start", p, required=True)
            t_end = _date(time.get("end"), "time.end", p, required=True)
            _interval(t_start, t_end, "time", p)
    if not columns:
        # Without a structured value the fact is text only; the extractor reads it at build.
        kind = None
    return Row(
        id=rid or "",
        type="fact",
        statement=statement or "",
        origin=where,
        subject=subject,
        predicate=predicate,
        kind=kind,
        time_start=t_start,
        time_end=t_end,
        source=source,
        **columns,
    )


def _event(r: Mapping[str, Any], rid: str | None, source: Source, where: str, p: Problems) -> Row:
    statement = _text(r.get("statement"), "statement", p, required=True)
    what = _text(r.get("what"), "what", p, required=True)
    who = _names(r.get("who"), "who", p)
    place = _text(r.get("where"), "where", p)
    start = _date(r.get("start"), "start", p, required=True)
    end = _date(r.get("end"), "end", p) or start
    _interval(start, end, "end", p)
    subject = who + ((place,) if place else ())
    return Row(
        id=rid or "",
        type="event",
        statement=statement or "",
        origin=where,
        subject=subject,
        predicate=what,
        kind="date",
        date_start=start,
        date_end=end,
        where=place,
        source=source,
    )


def _person(
    r: Mapping[str, Any], rid: str | None, source: Source, where: str, p: Problems
) -> Person:
    name = _text(r.get("name"), "name", p, required=True)
    aliases = _names(r.get("aliases"), "aliases", p)
    roles: list[Role] = []
    raw_roles = r.get("roles") or []
    if not isinstance(raw_roles, list):
        p.add("roles", "must be a list of {role, organization, start, end} objects")
        raw_roles = []
    for i, raw in enumerate(raw_roles):
        if not isinstance(raw, Mapping):
            p.add(f"roles[{i}]", "must be an object {role, organization, start, end}")
            continue
        role = _text(raw.get("role"), f"roles[{i}].role", p, required=True)
        org = _text(raw.get("organization"), f"roles[{i}].organization", p)
        start = _date(raw.get("start"), f"roles[{i}].start", p)
        end = _date(raw.get("end"), f"roles[{i}].end", p)
        _interval(start, end, f"roles[{i}]", p)
        if role:
            roles.append(Role(role, org, start, end))
    return Person(rid or "", name or "", aliases, tuple(roles), source, where)


def csv_record(row: Mapping[str, str], where: str, problems: list[str]) -> dict[str, Any] | None:
    """The JSON-shaped record a CSV row stands for (facts and events), or None with problems.

    CSV events use ``subject`` for who, ``predicate`` for what and ``time_start``/``time_end``
    for their dates; person records need JSON Lines because roles have several fields.
    """
    p = Problems(where)
    rtype = (row.get("type") or "").strip()
    source = {
        k: v
        for k, v in (
            ("name", row.get("source_name")),
            ("url", row.get("source_url")),
            ("published", row.get("published")),
        )
        if v
    }
    subject = [s.strip() for s in (row.get("subject") or "").split(";") if s.strip()]
    base: dict[str, Any] = {"type": rtype, "id": row.get("id"), "statement": row.get("statement")}
    if source:
        base["source"] = source
    if rtype == "event":
        base.update(
            what=row.get("predicate") or None,
            who=subject,
            start=row.get("time_start") or None,
            end=row.get("time_end") or None,
        )
        return base
    if rtype == "person":
        p.add("type", "person records need JSON Lines (roles have several fields)")
        problems.extend(p.lines)
        return None
    kind = (row.get("kind") or "").strip() or None
    base.update(subject=subject, predicate=row.get("predicate") or None, kind=kind)
    raw_value = (row.get("value") or "").strip()
    if raw_value:
        if kind == "date":
            start, _, end = raw_value.partition("/")
            base["value"] = {"start": start, "end": end or start}
        else:
            try:
                parsed = float(raw_value.replace(",", ""))
            except ValueError:
                p.add("value", f"{raw_value!r} is not a number")
                problems.extend(p.lines)
                return None
            number: float | int = int(parsed) if parsed.is_integer() else parsed
            base["value"] = {"value": number, "unit": (row.get("unit") or "").strip() or None}
    if row.get("time_start") or row.get("time_end"):
        base["time"] = {"start": row.get("time_start") or None, "end": row.get("time_end") or None}
    return base
