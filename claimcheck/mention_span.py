"""The mention span: which tokens of the text name a speaker, and the :class:`Mention` for them.

The phrase never takes in a clause about the speaker, quoted text, or a neighbouring label
across a paragraph break or a label dash.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from .cues import REPORTING_VERBS
from .models import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "glued_hyphen",
    "join_words",
    "make_mention",
    "mention_bounds",
    "name_run",
    "reporting_form",
    "skip_reporting",
]

# Dependents that end a speaker phrase: "Smith, who ran the agency," names Smith, and the
# clause is not part of the mention.
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis", "xcomp"})


_TIMES = ("DATE", "TIME")


def mention_bounds(
    head: Token, *, in_quote: Callable[[int], bool], toward: tuple[int, int] | None = None
) -> tuple[int, int]:
    """Token range ``[i, j)`` of the phrase headed by ``head``, without clauses or quoted text.

    The phrase never crosses a paragraph break or a label dash; when the parse made it cross
    one, the piece kept is the one nearest ``toward`` (the quote's character span), if given.
    """
    lo, hi = head.left_edge.i, head.right_edge.i + 1
    for child in head.children:
        # A noun with an object is a verb the tagger misread ('Trump defended eminent domain,
        # calling …' parsed as one noun phrase): the object is no part of the name.
        misread = child.dep_ == "dobj" and head.pos_ in ("NOUN", "PROPN")
        if (child.dep_ in _CLAUSE_DEPS or misread) and not _names_author(head, child):
            if child.i > head.i:
                hi = min(hi, child.left_edge.i)
            else:
                lo = max(lo, child.right_edge.i + 1)
    doc = head.doc
    if lo > 0 and doc[lo - 1].dep_ == "det" and doc[lo - 1].head.i == head.head.i != head.i:
        lo -= 1  # 'the email read': the tagger hung the article on the misread verb
    lo, hi = _whole_entity(head, lo, hi, in_quote)
    lo = skip_reporting(doc, lo, head.i)
    lo, hi = _within_label(doc, lo, hi, head.i, toward)
    # (After the label cut: a dateline before a dash, "CLEVELAND, July 19 (UPI) — X told",
    # is a piece of its own.)
    for k in range(max(head.i, lo) + 1, hi):
        # 'said the mayor, John Smith, on Monday': a time the parse hung on the name is when
        # it was said, not part of who said it.
        dated_prep = doc[k].dep_ == "prep" and any(
            c.dep_ == "pobj" and c.ent_type_ in _TIMES for c in doc[k].children
        )
        # '(Sanders, Jan. 12)': a date set off by a comma after a name dates the words (an
        # age, 'Ramos, 58,', is tagged a date too but describes the speaker).
        dated_comma = (
            doc[k].text == ","
            and k + 1 < hi
            and doc[k + 1].ent_type_ in _TIMES
            and any(ch.isalpha() for ch in doc[k + 1].text)
        )
        # 'Trump on the polls: "…"': a roundup label names the speaker, then the topic.
        topic_label = (
            doc[k].dep_ == "prep"
            and doc[k].lower_ in ("on", "about")
            and doc[k].right_edge.i + 1 < len(doc)
            and doc[doc[k].right_edge.i + 1].text == ":"
        )
        if dated_prep or dated_comma or topic_label:
            hi = k
            break
    lo, hi = _trim_punct(doc, lo, hi, head.i)
    # Never let a mention run into a quotation: fall back to the head's own word run.
    if any(in_quote(doc[k].idx) for k in range(lo, hi)):
        lo, hi = _trim_punct(doc, *name_run(head), head.i)
    if hi <= lo:
        return head.i, head.i + 1  # an odd parse left nothing: the head alone names the speaker
    return lo, hi


_NAME_LABELS = frozenset({"ORG", "PERSON", "NORP", "FAC", "GPE"})


def _whole_entity(
    head: Token, lo: int, hi: int, in_quote: Callable[[int], bool]
) -> tuple[int, int]:
    """``[lo, hi)`` widened back to the start of the named entity ``head`` lies in: the parse
    may hang the first words of a long name elsewhere ('Organizers from Black Lives Matter
    Global Network said' makes "Network" the subject, with "Black Lives" under "from")."""
    if head.ent_type_ not in _NAME_LABELS:
        return lo, hi
    doc = head.doc
    a = head.i
    while a > 0 and doc[a].ent_iob_ == "I":
        a -= 1
    if any(in_quote(t.idx) or "\n" in t.text for t in doc[a:hi]):
        return lo, hi
    # Only the words before are taken: after the head, NER in a title-case headline runs on
    # into its verb ('Trump Says He Never …' tagged one name).
    return min(lo, a), hi


def _names_author(head: Token, child: Token) -> bool:
    """'a court document filed by state attorney Dave Aronberg', 'audio provided by Wyoming
    Public Radio': a participle right after a document-like noun that names who made it
    (by …) is part of the source's name, not a clause about it."""
    return (
        child.dep_ == "acl"
        and child.tag_ == "VBN"
        and child.i == head.i + 1
        and head.pos_ == "NOUN"
        and head.ent_type_ != "PERSON"
        and any(c.dep_ == "agent" for c in child.children)
    )


_LABEL_DASHES = frozenset({"-", "--", "\u2013", "\u2014", "\u2015"})


def _breaks_label(doc: Doc, k: int) -> bool:
    """Whether token ``k`` ends one label and starts another: a paragraph break, or a dash
    set off by spaces ("problematic - Pew Research")."""
    tok = doc[k]
    if "\n" in tok.text:
        return True
    if tok.text not in _LABEL_DASHES:
        return False
    # A hyphen inside a word run ("R-S.C.") is not a dash; one with a space before it is.
    return tok.text != "-" or (k > 0 and bool(doc[k - 1].whitespace_))


def _within_label(
    doc: Doc, lo: int, hi: int, keep: int, toward: tuple[int, int] | None
) -> tuple[int, int]:
    # A parse can hang a headline on the paragraph before it ("... (all times EDT):\n\n
    # Donald Trump has delivered"), a name on the next paragraph's subject ('said Richard L.
    # Trumka.\n\nThe potential pairing'), or join two labels across a dash ("problematic -
    # Pew Research: '…'"); the speaker's label is the piece next to the quote.
    cuts = [k for k in range(lo, hi) if k != keep and _breaks_label(doc, k)]
    if not cuts:
        return lo, hi
    pieces = list(zip([lo, *(k + 1 for k in cuts)], [*cuts, hi], strict=True))
    own = next((piece for piece in pieces if piece[0] <= keep < piece[1]), (keep, keep + 1))
    # Only pieces with a word in them can name anyone.
    pieces = [(a, b) for a, b in pieces if any(c.isalpha() for c in doc[a:b].text)]
    if not pieces:
        return own
    if toward is not None:
        q_start, q_end = toward

        def gap(piece: tuple[int, int]) -> int:
            first, last = doc[piece[0]].idx, doc[piece[1] - 1].idx
            return max(first - q_end, q_start - last, 0)

        return min(pieces, key=gap)
    verb = doc[keep].head.i
    if verb >= hi:
        return pieces[-1]
    if verb < lo:
        return pieces[0]
    return own


def _trim_punct(doc: Doc, lo: int, hi: int, keep: int) -> tuple[int, int]:
    # ``keep`` may lie outside [lo, hi) when a label piece away from the head was kept; the
    # range never empties.
    # A clause opener the parse hung on the name ('when Mr. Buchanan, who …, called', 'who
    # Beck on Wednesday called') is no part of it.
    while lo < min(keep, hi - 1) and (
        doc[lo].is_punct or doc[lo].is_space or doc[lo].tag_ in ("WRB", "WP", "WDT")
    ):
        lo += 1
    # A conjunction left at the end ('Mr. Daniloff, now 81 and') joins what was cut off.
    while hi - 1 > max(keep, lo) and (
        doc[hi - 1].is_punct or doc[hi - 1].is_space or doc[hi - 1].dep_ == "cc"
    ):
        if doc[hi - 1].text == ")" and any(t.text == "(" for t in doc[lo : hi - 1]):
            break  # keep a closed parenthesis: "Rep. Trey Gowdy (R-S.C.)"
        hi -= 1
    return lo, hi


# Finite forms of the verbs that open an inverted attribution ('Said Cuomo:', 'Adds Smith:');
# the tagger often reads them as part of the name that follows.
_INVERTED_FORMS = frozenset(
    [
        "said",
        "says",
        "added",
        "adds",
        "asked",
        "asks",
        "wrote",
        "writes",
        "tweeted",
        "tweets",
        "replied",
        "replies",
    ]
)


def reporting_form(tok: Token) -> bool:
    """Whether ``tok`` is a finite reporting verb (never part of a name before it)."""
    if tok.lower_ in _INVERTED_FORMS:
        return True
    return tok.tag_ in ("VBD", "VBZ") and tok.lemma_.lower() in REPORTING_VERBS


def skip_reporting(doc: Doc, lo: int, stop: int) -> int:
    """The first token index from ``lo`` (at most ``stop``) that is no finite reporting verb.

    'Said Cuomo: "…"': the inverted verb opens the line and the name follows it; NER and the
    parse often take the verb into the name.
    """
    while lo < stop and reporting_form(doc[lo]):
        lo += 1
    return lo


def name_run(head: Token) -> tuple[int, int]:
    """The head with its compound and flat-name neighbours ("Hua Chunying")."""
    lo = hi = head.i
    doc = head.doc
    while (
        lo > 0
        and doc[lo - 1].head.i in range(lo, head.i + 1)
        and doc[lo - 1].dep_
        in (
            "compound",
            "det",
            "amod",
            "poss",
        )
    ):
        lo -= 1
    while hi + 1 < len(doc) and doc[hi + 1].dep_ == "flat" and doc[hi + 1].head.i == head.i:
        hi += 1
    return lo, hi + 1


def glued_hyphen(tok: Token) -> bool:
    """Whether ``tok`` is a hyphen inside a word ('Taylor-Reid', 'Secretary-General'): no
    space on either side of it."""
    return (
        tok.text in ("-", "\u2010")
        and not tok.whitespace_
        and tok.i > 0
        and not tok.doc[tok.i - 1].whitespace_
    )


def join_words(tokens: Iterable[Token]) -> str:
    """The tokens' texts spaced as the article spaces them, single-spaced.

    The tokenizer splits "Taylor-Reid" into three tokens with no space between; joining
    with spaces would name "Taylor - Reid", a spelling no reader or matcher finds in the
    text. Leaving tokens out (a title) never glues the kept ones together.
    """
    out: list[str] = []
    prev: Token | None = None
    for t in tokens:
        if out and (prev is None or prev.i + 1 != t.i or prev.whitespace_):
            out.append(" ")
        out.append(t.text)
        prev = t
    return "".join(out)


def make_mention(doc: Doc, lo: int, hi: int, text: str) -> Mention:
    """The :class:`Mention` covering tokens ``[lo, hi)``; ``text`` is ``doc.text``.

    The text is passed in because ``Doc.text`` rebuilds the whole string on every access.
    """
    start = doc[lo].idx
    end = doc[hi - 1].idx + len(doc[hi - 1].text)
    phrase = text[start:end]
    if phrase.count("(") > phrase.count(")") and text[end : end + 1] == ")":
        end += 1  # a tokenizer that glued "):" together cut the bracket off
    return Mention(start=start, end=end, text=text[start:end])
