"""Quotes checked against corpus statements, and speakers' roles against person records.

A direct quote is looked up by its most distinctive words (full-text search) and aligned with
``fuzz.partial_ratio``; the statement it matches supports it when numbers, names and negations
agree, and contradicts it, with a word-level diff, when one of them changed. A speaker's stated
role ("spokeswoman") is compared with the roles the corpus records for that person on the
article's date.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from .corpus.terms import STOP_WORDS
from .matching import Candidate, Result, evidence, parse_day
from .models import CheckedQuote, Quote, Verdict

if TYPE_CHECKING:
    from .corpus import Corpus

__all__ = ["check_quotes"]

_NEGATIONS = frozenset({"not", "no", "never", "none", "nor", "without", "nothing", "n't"})
_SMALL_NUMBERS = "zero one two three four five six seven eight nine ten eleven twelve"
_NUMBER_WORDS = {w: str(i) for i, w in enumerate(_SMALL_NUMBERS.split())}
_ROLE_WORDS = {
    "spokeswoman": "spokesperson", "spokesman": "spokesperson", "spokesperson": "spokesperson",
    "press secretary": "spokesperson", "spokeswomen": "spokesperson", "spokesmen": "spokesperson",
}  # fmt: skip
QUOTE_FOUND = 80  # partial_ratio at which a statement is taken to be the quote's source


def _quote_norm(text: str) -> str:
    text = text.lower().replace("n't", " n't")
    out = []
    for w in re.findall(r"n't|\w+", text):
        out.append(_NUMBER_WORDS.get(w, w))
    return " ".join(out)


def check_quotes(
    quotes: list[Quote], corpus: Corpus, *, text: str, date: str | None
) -> list[CheckedQuote]:
    """Each quote matched against corpus statements, and its speaker's role checked.

    Same words up to style (numbers, names and negations equal) → supported; a changed
    number, name or negation → conflicting, with a word-level diff; no statement found →
    unverified.
    """
    day = parse_day(date)
    out = []
    for q in quotes:
        verdict, ev, reason = _check_quote(q, corpus)
        role_verdict, role_reason = _check_role(q, corpus, day)
        out.append(
            CheckedQuote(**q.model_dump(), verdict=verdict, evidence=ev, reason=reason,
                         speaker_verdict=role_verdict, speaker_reason=role_reason)
        )  # fmt: skip
    return out


def _check_quote(q: Quote, corpus: Corpus) -> Result:
    body = q.text.strip("\"'“”‘’ ,.")
    norm = _quote_norm(body)
    if q.kind == "indirect" or len(norm.split()) < 6:
        return "unverified", [], "too short or indirect to match against statements"
    # Raw words, not stems: the full-text index holds words as written. Longest first,
    # as the most distinctive.
    raw = {w for w in re.findall(r"[a-z]+", body.lower()) if len(w) > 2 and w not in STOP_WORDS}
    rows = corpus.search(sorted(raw, key=lambda w: (-len(w), w))[:8], limit=30)
    if not rows:
        return "unverified", [], "no corpus statement shares its words"
    choices = [_quote_norm(r.statement) for r in rows]
    best = process.extractOne(norm, choices, scorer=fuzz.partial_ratio, processor=None)
    if best is None or best[1] < QUOTE_FOUND:
        return "unverified", [], "no corpus statement matches this quote"
    _, score, i = best
    row = rows[i]
    ref = _core(norm, _aligned(norm, choices[i]))
    ev = [evidence(Candidate(row, round(score / 100, 3), True, True))]
    changed = _changed(norm, ref, body, row.statement, corpus)
    if not changed:
        return "supported", ev, f"matches {row.id} up to style (score {score:.0f})"
    return "conflicting", ev, f"{changed}; diff: {_diff(norm, ref)}"


def _aligned(quote: str, statement: str) -> str:
    """The stretch of ``statement`` the quote corresponds to, widened to whole words.

    partial_ratio aligns a window as long as the quote; a paraphrased title ("President of
    the Russian Federation") shifts the true end, so the window gets slack on both sides.
    """
    if len(quote) >= 0.6 * len(statement):
        return statement
    align = fuzz.partial_ratio_alignment(quote, statement, processor=None)
    if align is None:
        return statement
    slack = max(10, len(quote) // 5)
    start = max(0, align.dest_start - slack)
    end = min(len(statement), align.dest_end + slack)
    start = statement.rfind(" ", 0, start) + 1 if start else 0
    stop = statement.find(" ", end)
    return statement[start : stop if stop >= 0 else len(statement)]


def _core(quote: str, ref: str) -> str:
    """The words of ``ref`` that the quote spans: matched runs mapped back to the quote's ends.

    A stray shared "the" before the real match would otherwise drag unquoted words into the
    comparison, so only runs of two or more words anchor the span.
    """
    a, b = ref.split(), quote.split()
    matched = [m for m in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_matching_blocks()
               if m.size]  # fmt: skip
    anchors = [m for m in matched if m.size >= 2]
    if not anchors:
        return ref
    first = anchors[0]
    # The end may be a single word ("... May 16 to 17"), as long as it follows the anchor.
    last = [m for m in matched if m.a >= first.a][-1]
    start = max(0, first.a - first.b)
    end = min(len(a), last.a + last.size + (len(b) - last.b - last.size))
    return " ".join(a[start:end])


def _changed(norm: str, ref: str, raw: str, raw_ref: str, corpus: Corpus) -> str | None:
    nums = (set(re.findall(r"\d+", norm)), set(re.findall(r"\d+", ref)))
    if nums[0] != nums[1]:
        return "number changed"
    negs = (
        sum(w in _NEGATIONS for w in norm.split()),
        sum(w in _NEGATIONS for w in ref.split()),
    )
    if negs[0] != negs[1]:
        return "negation changed"
    names = (
        {e for _, _, e in corpus.finder.find(raw)},
        {e for _, _, e in corpus.finder.find(raw_ref)},
    )
    if names[0] - names[1]:
        return "name changed"
    # Names the alias table does not know: every capitalised word of the quote must appear
    # in the statement (any case, so a sentence-initial "The" is no name).
    ref_words = {w.lower() for w in re.findall(r"\w+", raw_ref)}
    if any(w.lower() not in ref_words for w in re.findall(r"\b[A-Z]\w+", raw)):
        return "name changed"
    return None


def _diff(a: str, b: str) -> str:
    parts = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=b.split(), b=a.split()).get_opcodes():
        if tag == "equal":
            continue
        old, new = " ".join(b.split()[i1:i2]), " ".join(a.split()[j1:j2])
        parts.append(
            f"[-{old}-]{{+{new}+}}" if old and new else f"[-{old}-]" if old else f"{{+{new}+}}"
        )
    return " ".join(parts[:6]) or "(no word differs)"


def _role_norm(role: str) -> str:
    r = role.lower().strip()
    for k, v in _ROLE_WORDS.items():
        r = re.sub(rf"\b{k}\b", v, r)
    return r


def _check_role(q: Quote, corpus: Corpus, day: dt.date | None) -> tuple[Verdict | None, str | None]:
    sp = q.speaker
    if sp is None or not sp.role:
        return None, None
    target = corpus.finder.resolve(sp.name)
    person = next((p for p in corpus.persons if corpus.finder.resolve(p.name) == target), None)
    if person is None or not person.roles:
        return "unverified", f"no person record for {sp.name}"
    iso = day.isoformat() if day else None
    valid = [
        r for r in person.roles
        if (iso is None or ((r.start or "") <= iso and (r.end is None or iso <= r.end)))
    ]  # fmt: skip
    stated = _role_norm(sp.role)
    when = iso or "an unknown date"
    # The stated organisation, when given, must be the same country's (a "Kremlin spokesman"
    # is not a Chinese ministry's): compared by the entities each names.
    said_org = {e for _, _, e in corpus.finder.find(sp.organization or "")}
    for r in valid:
        if fuzz.token_set_ratio(stated, _role_norm(r.role), processor=None) < 85:
            continue
        org = f" of {r.organization}" if r.organization else ""
        held_org = {e for _, _, e in corpus.finder.find(r.organization or "")}
        if said_org and held_org and not said_org & held_org:
            return "conflicting", (
                f"{person.name} was {r.role}{org} on {when}, not of {sp.organization}"
            )
        return "supported", f"{person.name} was {r.role}{org} on {when}"
    held = ", ".join(r.role for r in valid) or "no role"
    return "conflicting", f"{person.name} held {held} on {when}, not {sp.role}"
