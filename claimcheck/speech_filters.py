"""Whether a marked span is someone's words or a name: titles of works, shows, nicknames,
and whether a quote is whole sentences (direct) or a fragment (partial).

Each function returns a bool; none raises.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .attribution_parse import TextIndex, quote_root, rstrip_end
from .cues import TITLE_OF_WORK_NOUNS

if TYPE_CHECKING:
    from .cue_candidates import CueHit
    from .speaker_memory import DocMemory
    from .speakers import QuoteSpanLike

__all__ = ["in_title_slot", "is_direct", "is_name_or_title", "named_by_context", "said_as_words"]

# Words before a quoted phrase that say it is a name, not something said.
_NAMING_WORDS = frozenset(
    {"so-called", "dubbed", "nicknamed", "titled", "entitled", "named", "known", "alias"}
)
# Who makes or presents a work: "co-author of", "host of" name the work that follows.
_WORK_MAKERS = frozenset(
    [
        "author",
        "co-author",
        "coauthor",
        "editor",
        "co-editor",
        "host",
        "co-host",
        "cohost",
        "creator",
        "co-creator",
        "producer",
        "director",
        "star",
        "writer",
        "co-writer",
        "anchor",
        "publisher",
        "composer",
        "illustrator",
        "narrator",
    ]
)
# A show is what an appearance or interview is "with" or "on".
_SHOW_NOUNS = frozenset({"interview", "interviews", "appearance", "segment", "conversation"})
_SMALL_WORDS = frozenset({"of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "or"})


def said_as_words(span: QuoteSpanLike, hit: CueHit | None, index: TextIndex) -> bool:
    """A Title Case quote is still speech when a reporting verb takes it as what was said.

    Not when it is where or to whom something was said: 'told "Fox and Friends"', 'on "This
    Week"'.
    """
    if hit is None or hit.how != "verb":
        return False
    inner = index.text[span.inner_start : span.inner_end].rstrip()
    if inner[-1:] in ",?!" and 0 <= hit.cue_start - span.end < 30:
        # '"Your Honor," I said': words set off by a comma before their own cue.
        return True
    if not hit.linked:
        return False
    first = index.token_at(span.inner_start)
    last = index.token_at(max(span.inner_end - 1, span.inner_start))
    root = quote_root(first, last)
    if root is None or root.dep_ in ("pobj", "nsubj", "nsubjpass", "compound", "poss", "npadvmod"):
        return False
    cue = index.token_at(hit.cue_start)
    return not (root.dep_ == "dobj" and cue.lemma_.lower() in ("tell", "ask"))


def in_title_slot(span: QuoteSpanLike, index: TextIndex, memory: DocMemory) -> bool:
    """The words before a Title Case quote make it the name of a show or a work.

    'on NBC's "Meet the Press,"', 'an appearance on "Face the Nation"', 'an interview with
    "Fox and Friends,"', 'co-author of "Going Viral,"': whatever verb follows, these are
    where something was said or what someone made, not the words said.
    """
    text = index.text
    end = rstrip_end(text, span.start)
    before = text[max(0, end - 40) : end].lower().split()
    if not before:
        return False
    last = before[-1]
    if last.endswith(("'s", "’s")) and len(last) > 2:
        # A broadcaster's show ('NBC's "Meet the Press"'); a person's is a slogan of theirs
        # ('Trump's "Make America Great Again" rallying cry').
        owner = index.token_at(end - 3)
        person = owner.ent_type_ == "PERSON" or memory.is_surname(owner.text)
        return not person and owner.lower_ not in ("his", "her", "their")
    prior = before[-2].strip(",") if len(before) >= 2 else ""
    if last == "on":
        return True
    if last == "with":
        return prior in _SHOW_NOUNS
    return last == "of" and prior in _WORK_MAKERS


def named_by_context(span: QuoteSpanLike, index: TextIndex) -> bool:
    """The words before the quote say it is a name: 'the book "…"', 'so-called', 'known as'."""
    before = index.text[max(0, span.start - 40) : span.start].lower().split()
    if not before:
        return False
    last = before[-1].strip(",;:(")
    if last in TITLE_OF_WORK_NOUNS or last in _NAMING_WORDS:
        return True
    return len(before) >= 2 and before[-2] == "known" and last == "as"


def is_name_or_title(span: QuoteSpanLike, inner: str, words: list[str], index: TextIndex) -> bool:
    """A show, film or nickname: a short Title Case phrase, or a name used as a modifier.

    Trailing commas and periods inside the marks are American punctuation, not a sentence.
    """
    if len(words) > 7 or any(ch in inner for ch in "?!") or "." in inner.rstrip(".,"):
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not content or not all(w[:1].isupper() or w[:1].isdigit() for w in content):
        return False
    if len(content) >= 2:
        return True
    # One capitalised word: a name when it modifies a noun ('the "Avatar" star') or follows
    # a possessive ('NBC's "Today"').
    first = index.token_at(span.inner_start)
    last = index.token_at(max(span.inner_end - 1, span.inner_start))
    root = quote_root(first, last)
    if root is not None and root.dep_ == "compound":
        return True
    end = rstrip_end(index.text, span.start)
    return index.text[max(0, end - 2) : end] in ("'s", "’s")


def is_direct(span: QuoteSpanLike, inner: str, words: list[str], text: str) -> bool:
    """Whole quoted sentences rather than a fragment woven into the writer's sentence."""
    if not (inner[:1].isupper() or inner[:1].isdigit() or inner[:1] in "…."):
        return False
    if len(words) >= 4 and inner[-1:] in ".?!,":
        return True
    end = rstrip_end(text, span.start, " \t")
    return len(words) >= 3 and (end == 0 or text[end - 1] in "\n:,.?!—―–-(")
