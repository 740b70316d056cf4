"""Date patterns compiled on first need and run only on lines that hold what they require.

Compiling the ~90 date patterns was a seventh of a second of every start-up, and most of them
can only match where some word is written ("century", "ago", a holiday's name, a month): a
:class:`Gated` pattern keeps its source, compiles when a window first passes its gate, and is
never run on a window that fails it.

A gate is a conjunction of clauses, each clause a set of lowercase strings of which a window
must hold one (or :data:`DIGIT`: any character ``\\d`` matches). Gates are derived from the
patterns themselves by :func:`required` (reading the regex's parse tree; at build time only,
since parsing costs as much as compiling) and kept in :mod:`.date_gate_table`, keyed by a
checksum of the pattern's source: a pattern whose source changed finds no entry and runs on
every window, so a stale table costs speed, never a date. Regenerate with
``python -m claimcheck.date_gates``; ``tests/test_date_gates.py`` fails while it is stale.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Sequence
from typing import Any

from .date_gate_table import GATES

__all__ = ["DIGIT", "Gate", "Gated", "gated", "has_digit", "key", "normalise", "required", "table"]

DIGIT = "\\d"

Gate = tuple[frozenset[str], ...]

# re.IGNORECASE lets these match an ASCII letter that str.lower() leaves apart (or, for the
# dotted capital I, turns into two characters)
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_HAS_DIGIT = re.compile(r"\d")


def normalise(window: str) -> str:
    """``window`` lowercased so that every gate string a pattern needs appears in it."""
    return window.translate(_FOLD).lower()


def key(source: str, flags: int) -> int:
    """The table key of a pattern: a checksum of its flags and source."""
    return zlib.crc32(f"{int(flags)}:{source}".encode())


class Gated:
    """A date pattern compiled on first use, with the gate a window must pass to be scanned."""

    __slots__ = ("_compiled", "flags", "gate", "source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.flags = int(flags)
        self.gate: Gate | None = GATES.get(key(source, self.flags))
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled on the first call)."""
        if self._compiled is None:
            self._compiled = re.compile(self.source, self.flags)
        return self._compiled

    def admits(self, window: str, *, digit: bool) -> bool:
        """Whether the normalised ``window`` (``digit``: it holds a digit) may hold a match.

        True for every window when the pattern has no gate in the table.
        """
        if self.gate is None:
            return True
        return all(any(a in window if a != DIGIT else digit for a in clause)
                   for clause in self.gate)


def gated(source: str, flags: int | re.RegexFlag = 0) -> Gated:
    """A :class:`Gated` pattern: the lazy stand-in for ``re.compile(source, flags)``."""
    return Gated(source, int(flags))


def has_digit(window: str) -> bool:
    """Whether ``window`` holds a character ``\\d`` matches."""
    return _HAS_DIGIT.search(window) is not None


# ---- deriving gates from a pattern's parse tree (build and test time only) ----

_LIMIT = 64  # most exact strings kept per node before falling back to clauses


def required(source: str, flags: int = 0) -> Gate:
    """Clauses every match of the pattern satisfies: each clause holds a lowercase string
    (or :data:`DIGIT`) that the matched text, or what its lookaheads read, contains.

    Conservative by construction: a node it cannot read (a class, a backreference, a
    lookbehind that may read before the window) requires nothing.
    """
    from re import _parser  # type: ignore[attr-defined]

    exact, clauses = _seq(_parser.parse(source, flags).data)
    if exact is not None:
        clauses = [*clauses, _clause(exact)]
    # a string holding another of its clause asks no more of a window than that one does
    kept = {frozenset(a for a in c if not any(b != a and b in a for b in c))
            for c in clauses if c}
    # a clause implied by a smaller one (every string of which it also holds) says nothing more
    return tuple(sorted((c for c in kept if not any(o < c for o in kept)),
                        key=lambda c: sorted(c)))


Info = tuple["set[str] | None", "list[frozenset[str]]"]


def _clause(exact: Iterable[str]) -> frozenset[str]:
    """A clause from a node's possible whole matches; empty (no requirement) if one is empty."""
    out = frozenset(exact)
    return frozenset() if "" in out else out


def _seq(items: Sequence[tuple[Any, Any]]) -> Info:
    exact: set[str] | None = {""}
    whole = True
    clauses: list[frozenset[str]] = []
    for op, av in items:
        e, cs = _node(op, av)
        clauses.extend(cs)
        if exact is not None and e is not None and len(exact) * len(e) <= _LIMIT:
            exact = {a + b for a in exact for b in e}
            continue
        whole = False
        if exact is not None:
            clauses.append(_clause(exact))
        exact = e
    if not whole:
        if exact is not None:
            clauses.append(_clause(exact))
        return None, clauses
    return exact, clauses


def _chars(av: list[tuple[Any, Any]]) -> set[str] | None:
    from re import _constants as C  # type: ignore[attr-defined]

    out: set[str] = set()
    for op, a in av:
        if op is C.LITERAL:
            out.add(normalise(chr(a)))
        elif op is C.RANGE and a[1] - a[0] < 16:
            out.update(normalise(chr(c)) for c in range(a[0], a[1] + 1))
        else:
            return None  # NEGATE, CATEGORY, a wide range: anything goes
    return out


def _node(op: Any, av: Any) -> Info:
    from re import _constants as C  # type: ignore[attr-defined]

    if op is C.LITERAL:
        return {normalise(chr(av))}, []
    if op is C.IN:
        chars = _chars(av)
        if chars is not None and len(chars) <= 16:
            return chars, []
        digits = all((o is C.RANGE and chr(a[0]) >= "0" and chr(a[1]) <= "9")
                     or (o is C.CATEGORY and a is C.CATEGORY_DIGIT) for o, a in av)
        return None, [frozenset({DIGIT})] if digits else []
    if op in (C.AT, C.ASSERT_NOT):
        return {""}, []
    if op is C.ASSERT:
        direction, sub = av
        if direction < 0:
            return {""}, []  # a lookbehind may read the line before the window
        e, cs = _seq(sub.data)
        return {""}, [*cs, _clause(e)] if e is not None else cs
    if op is C.SUBPATTERN:
        return _seq(av[-1].data)
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _seq(av.data)
    if op is C.BRANCH:
        infos = [_seq(alt.data) for alt in av[1]]
        if all(e is not None for e, _ in infos):
            union = set().union(*(e for e, _ in infos if e is not None))
            if len(union) <= _LIMIT:
                return union, []
        best: set[str] = set()
        for e, cs in infos:
            options = [_clause(e)] if e is not None else []
            options += [c for c in cs if c]
            if not options or not all(options):
                return None, []
            best |= min(options, key=lambda c: (len(c), -min(map(len, c))))
        return None, [frozenset(best)]
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        low, high, sub = av
        e, cs = _seq(sub.data)
        if low == 0:
            return ({""} | e if e is not None and high == 1 else None), []
        if low == high == 1:
            return e, cs
        return None, [*cs, _clause(e)] if e is not None else cs
    return None, []  # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS: nothing required


def table(patterns: Iterable[Gated]) -> dict[int, Gate]:
    """The gate table for ``patterns`` (what :mod:`.date_gate_table` should hold)."""
    return {key(p.source, p.flags): required(p.source, p.flags) for p in patterns}


def _write() -> None:
    from pathlib import Path

    from .news_dates import date_patterns

    rows = table(p for p, _ in date_patterns())
    lines = ['"""Generated by ``python -m claimcheck.date_gates``: do not edit."""', "",
             "from __future__ import annotations", "",
             "GATES: dict[int, tuple[frozenset[str], ...]] = {"]
    for k, gate in sorted(rows.items()):
        body = ", ".join("frozenset({" + ", ".join(repr(a) for a in sorted(c)) + "})"
                         for c in gate)
        lines.append(f"    {k}: ({body}{',' if len(gate) == 1 else ''}),")
    lines.append("}")
    Path(__file__).with_name("date_gate_table.py").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    _write()
