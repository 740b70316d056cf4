"""Who is named around a reporting verb by word order: the phrase between a quote and the
verb after it ('…," the spokeswoman said'), the name after an inverted verb ('said Smith'),
the phrase before a verb the parse left subjectless ('Col. X, a spokesman, said'), and a name
the parse split off ('said Air Force 1st Lt. Tyler Livingston').

Parsers often attach these phrases elsewhere when a quote is long; the rules here read the
words in order, as a reader does. :mod:`.attribution_parse` re-exports them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import ROLE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .attribution_parse import TextIndex

__all__ = ["between_subject", "inverted_subject", "left_subject", "right_after", "split_name"]


def right_after(verb: Token, quote_end: int, index: TextIndex) -> bool:
    """Whether only punctuation stands between the quote's end and ``verb`` ('…," said X')."""
    between = index.text[quote_end : verb.idx]
    return verb.idx >= quote_end and not any(ch.isalnum() for ch in between)


def inverted_subject(verb: Token, index: TextIndex) -> Token | None:
    """ "…," said Smith: the name after the verb when the parse did not make it the subject."""
    doc = verb.doc
    k = verb.i + 1
    if k >= len(doc) or index.in_quote(doc[k].idx):
        return None
    tok = doc[k]
    # A capitalised word is taken whatever its tag: taggers misread unfamiliar surnames.
    capitalised = tok.is_alpha and tok.text[:1].isupper() and tok.pos_ not in ("VERB", "AUX")
    # '"…," read one.' / 'said another': the pronoun-like 'one' stands for a speaker.
    # ('one of the protesters' is a phrase headed further on, left to the rules below.)
    if tok.lower_ in ("one", "another") and (k + 1 >= len(doc) or not doc[k + 1].is_alpha):
        return tok
    if tok.pos_ not in ("PROPN", "PRON", "DET", "NOUN", "ADJ") and not capitalised:
        return None
    if tok.pos_ == "PRON" and tok.lower_ not in ("he", "she", "they", "i", "we"):
        return None
    # Climb to the head of that noun phrase while it stays next to the verb.
    while (
        tok.head.i != tok.i
        and verb.i < tok.head.i <= verb.i + 6
        and tok.dep_
        in (
            "compound",
            "det",
            "amod",
            "poss",
        )
    ):
        tok = tok.head
    if tok.pos_ in ("PROPN", "PRON", "NOUN") or capitalised:
        return tok
    return None


_NAMES = ("PROPN", "NOUN", "PRON")
_NP_DEPS = frozenset({"pobj", "prep", "compound", "amod", "det", "appos", "poss", "nummod"})


def left_subject(verb: Token, index: TextIndex) -> Token | None:
    """'Col. X, a spokesman in Baghdad, said': the phrase before a finite verb left subjectless.

    Parsers sometimes hang a long subject with appositions off an earlier noun; the phrase
    right before the verb is then climbed to its person or its outermost noun.
    """
    doc = verb.doc
    # 'Stevens, who served …, called': a past form after the comma closing a long subject
    # is tagged a participle; it is the verb only when the phrase leads back to a person.
    participle = (
        verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.i > 0 and doc[verb.i - 1].text == ","
    )
    if verb.tag_ not in ("VBD", "VBZ", "VBP") and not participle:
        return None
    k = verb.i - 1
    while k >= 0 and doc[k].is_punct and not index.in_quote(doc[k].idx):
        k -= 1
    if k < 0 or index.in_quote(doc[k].idx) or doc[k].pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    tok = doc[k]
    if (
        verb.dep_ == "acl"
        and verb.head.i == k
        and tok.dep_ in ("nsubj", "nsubjpass")
        and not index.in_quote(tok.head.idx)
    ):
        # 'A super PAC called Future 45 ran ads': the noun is the subject of another verb and
        # the participle only names it.
        return None
    through_relative = False
    # 'Mr. Buchanan, who had failed to win his party's nomination, called': the words before
    # the verb end a relative clause set off by commas; its noun is the subject.
    # (The parse may hang the verb inside the clause, so the clause is known by its opening
    # comma, not by where its subtree ends.)
    closing = next(
        (
            a
            for a in tok.ancestors
            if a.dep_ == "relcl"
            and a.pos_ in ("VERB", "AUX")
            and a.i < k
            and a.left_edge.i > 0
            and doc[a.left_edge.i - 1].text == ","
        ),
        None,
    )
    if closing is not None and closing.head.i < closing.i and closing.head.pos_ in _NAMES:
        tok, through_relative = closing.head, True
    for _ in range(8):
        if (tok.ent_type_ == "PERSON" and tok.dep_ != "compound") or tok.pos_ == "PRON":
            break
        # 'Stevens, who served as Romney's strategist during the campaign, called': out of a
        # relative clause to the noun it describes.
        relative = tok.dep_ == "relcl" and tok.head.pos_ in ("PROPN", "NOUN")
        if not relative and tok.dep_ not in _NP_DEPS:
            break
        if tok.head.i >= tok.i or index.in_quote(tok.head.idx):
            break
        through_relative = through_relative or relative
        tok = tok.head
    # 'Mr. Pinchuk, described as "…"' is a participle about the name: only a subject that a
    # clause or an apposition set off by commas held apart from its verb ('Two analysts,
    # Megahan and Harman, found') makes the participle a misread verb.
    if participle:
        appositive = any(t.dep_ == "appos" for t in (doc[k], *doc[k].ancestors))
        if tok.ent_type_ != "PERSON" or not (through_relative or appositive):
            return None
    return tok if tok.pos_ in ("PROPN", "NOUN", "PRON") else None


def between_subject(verb: Token, q_end: int, index: TextIndex) -> Token | None:
    """'…,” the spokeswoman said': the noun phrase between a quote and the verb after it.

    The commonest attribution in news; taken from word order because parsers often attach
    that phrase elsewhere when the quote is long.
    """
    doc = verb.doc
    if verb.idx < q_end:
        return None
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and any(c.dep_ == "agent" for c in verb.children):
        # '"poison pill" measures added by Republicans': a passive participle describes the
        # noun before it, which does not perform it ('the 43-year-old asked', misread as a
        # participle with no agent, still speaks).
        return None
    first = index.token_at(q_end)
    if first.idx < q_end:
        first = doc[first.i + 1] if first.i + 1 < len(doc) else first
    lo = first.i
    while lo < verb.i and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    if lo >= verb.i or verb.i - lo > 14:
        return None
    phrase = doc[lo : verb.i]
    # A verb set off by commas belongs to an apposition ('Mr. Daniloff, now 81 and retired in
    # Cambridge, Mass., said'); one before any comma makes the phrase a clause of its own.
    comma = next((t.i for t in phrase if t.text == ","), verb.i)
    if any(index.in_quote(t.idx) for t in phrase) or any(
        t.pos_ in ("VERB", "AUX") for t in doc[lo:comma]
    ):
        return None
    if any(t.is_punct and t.text not in ("-", "–", ".", "'", "’", ",") for t in phrase):
        return None
    # With appositions ('Ramos, 58,' or 'X, a spokesman for Y,') the phrase has several
    # heads in the parse; the first is the speaker.
    # A token the parser made its own head (a misparsed ROOT: 'the 43-year-old asked') heads
    # the phrase too; time words ('Sunday, Trump said') hang off the verb as modifiers.
    if any(t.pos_ in ("VERB", "AUX") for t in phrase):
        # The apposition's verb may carry the name in the parse; the name comes before it.
        phrase, end = doc[lo:comma], comma
    else:
        end = verb.i
    heads = [
        t
        for t in phrase
        if (t.head.i == t.i or not lo <= t.head.i < end)
        and not t.is_punct
        # 'the' hung on a verb misread as a noun ('the email read') heads nothing.
        and t.dep_ != "det"
        and (t.dep_ not in ("npadvmod", "advmod", "prep", "tmod") or _misattached_name(t))
    ]
    if not heads or heads[0].pos_ not in ("PROPN", "NOUN", "PRON", "ADJ"):
        return None
    last = heads[-1]
    # '"…measure" income, he said': words after the marks that finish the quoted sentence,
    # then the speaker; the pronoun or name right before the verb speaks, not the first noun.
    named = last.pos_ == "PRON" or (last.ent_type_ == "PERSON" and heads[0].pos_ != "PROPN")
    # '"…," the dawn of the modern conservative movement, Bozell says': a common noun phrase
    # before the name finishes the quoted sentence; only a role ('the mayor, Smith') is the
    # speaker's own apposition.
    named = named or (
        last.pos_ == "PROPN"
        and heads[0].pos_ == "NOUN"
        and heads[0].lemma_.lower() not in ROLE_NOUNS
        and heads[0].lower_ not in ROLE_NOUNS
    )
    if len(heads) > 1 and named and doc[last.left_edge.i - 1].text == ",":
        return last
    return heads[0]


def split_name(subject: Token) -> Token | None:
    """'said Air Force 1st Lt. Tyler Livingston': the person a parse split off after a subject
    that is no name itself ('1st'), as the head of that name; None when nothing was split."""
    if subject.ent_type_ == "PERSON" or subject.pos_ == "PRON":
        return None
    doc = subject.doc
    lo = subject.right_edge.i + 1
    hi = lo
    while hi < min(len(doc), lo + 6) and (
        doc[hi].pos_ == "PROPN" or (doc[hi].text == "." and not doc[hi - 1].whitespace_)
    ):
        hi += 1
    run = range(lo, hi)
    roots = [doc[k] for k in run if doc[k].head.i not in run or doc[k].head.i == k]
    if (
        len(roots) == 1
        and roots[0].ent_type_ == "PERSON"
        and roots[0].head.i
        in (
            roots[0].i,
            subject.i,
        )
    ):
        return roots[0]
    return None


def _misattached_name(tok: Token) -> bool:
    """A name the parser hung off the verb as a modifier ('…,” Ramos, 58, told AFP'), which
    a time word in that place ('Sunday, Trump said') is not."""
    return tok.pos_ == "PROPN" and tok.ent_type_ not in ("DATE", "TIME")
