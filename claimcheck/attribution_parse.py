"""The text and parse around a quotation: offsets to tokens, where a quote sits in the tree,
and who performs a verb.

:class:`TextIndex` answers "which token, sentence, paragraph or quote holds this offset" by
bisection; the functions below read the dependency parse the way news attributes speech
('said X', 'X, a spokesman, said', '"…," the spokeswoman said', 'was quoted as saying'). The
cue search in :mod:`.attribution_cues` is built on them.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .attribution_labels import transcript_labels
from .cues import ISSUED_TEXT_NOUNS, REPORTING_VERBS

# The word-order readers of who speaks live in subject_phrases; importable from here too.
from .subject_phrases import (
    between_subject,
    inverted_subject,
    left_subject,
    right_after,
    split_name,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "MAX_SUBJECT_CLIMB",
    "SHARED_SUBJECT_DEPS",
    "SUBJECT_DEPS",
    "TextIndex",
    "between_subject",
    "inverted_subject",
    "issuer_of",
    "left_subject",
    "quote_ancestors",
    "quote_root",
    "right_after",
    "rstrip_end",
    "split_name",
    "subject_of",
]

SUBJECT_DEPS = ("nsubj", "csubj")


# Dependencies through which a participle or conjoined verb shares its subject with its head.
SHARED_SUBJECT_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp", "prep", "acl"})


MAX_SUBJECT_CLIMB = 4

# The parser tags a curly "n’t" ("didn’t", "can’t") as the verb's subject; a negation names
# nobody, so the real subject next to it is taken.
_NEGATIONS = frozenset({"n't", "n’t", "not"})


def rstrip_end(text: str, end: int, chars: str = " \t\r\n\xa0") -> int:
    """The offset just after the last character before ``end`` that is not in ``chars``.

    Walks back over whitespace only, so looking at what precedes a quote costs nothing like a
    copy of the text before it (documents can hold thousands of quotes).
    """
    while end > 0 and text[end - 1] in chars:
        end -= 1
    return end


class TextIndex:
    """Offsets → tokens, paragraphs and quoted stretches of one document, each by bisection."""

    def __init__(self, doc: Doc, quoted: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.text = doc.text
        self._tok_starts = [t.idx for t in doc]
        spans = sorted(quoted)
        self._q_starts = [s for s, _ in spans]
        self._q_ends = [e for _, e in spans]
        self._para_starts = [0] + [m.end() for m in re.finditer(r"\n", self.text)]
        # Labels of a transcript set out in the text ("TRUMP:", "CRUZ:"), see attribution_labels.
        self.transcript_labels = transcript_labels(self.text)
        # Token.sent walks to the sentence's ends on every call; one pass here instead.
        self._sent_starts = [s.start for s in doc.sents] if len(doc) else [0]

    def sentence(self, i: int) -> tuple[int, int]:
        """The token range ``[start, end)`` of the sentence holding token ``i``."""
        k = bisect.bisect_right(self._sent_starts, i) - 1
        start = self._sent_starts[max(k, 0)]
        end = self._sent_starts[k + 1] if k + 1 < len(self._sent_starts) else len(self.doc)
        return start, end

    def token_at(self, offset: int) -> Token:
        """The token holding character ``offset`` (or the nearest one before it)."""
        k = bisect.bisect_right(self._tok_starts, offset) - 1
        return self.doc[max(k, 0)]

    def in_quote(self, offset: int) -> bool:
        """Whether character ``offset`` lies inside a quotation (marks included)."""
        k = bisect.bisect_right(self._q_starts, offset) - 1
        return k >= 0 and offset < self._q_ends[k]

    def paragraph(self, offset: int) -> tuple[int, int]:
        """The ``[start, end)`` of the line (paragraph) holding ``offset``."""
        k = bisect.bisect_right(self._para_starts, offset) - 1
        start = self._para_starts[k]
        end = self._para_starts[k + 1] - 1 if k + 1 < len(self._para_starts) else len(self.text)
        return start, end


def quote_root(first: Token, last: Token) -> Token | None:
    """The token of ``first..last`` that the parse attaches outside the quote, if one."""
    for tok in first.doc[first.i : last.i + 1]:
        if not first.i <= tok.head.i <= last.i and not tok.is_punct:
            return tok
    return None


def quote_ancestors(first: Token, last: Token) -> dict[int, int]:
    """Token indices above the quote's own roots in the parse tree, with their height."""
    found: dict[int, int] = {}
    for tok in first.doc[first.i : last.i + 1]:
        if first.i <= tok.head.i <= last.i or tok.is_punct:
            # The marks and commas hang wherever the parser likes; the words say where the
            # quote sits.
            continue
        node = tok
        crossed = False
        for step in range(1, 7):
            if node.head.i == node.i:
                break
            node = node.head
            # Above a conjoined report the quote is still in the sentence's clause, but the
            # outer verb does not report it: no height, so it never outranks the nearer one.
            found[node.i] = max(found.get(node.i, 0), 0 if crossed else step)
            crossed = (
                crossed
                or _own_conjoined_clause(node)
                or _own_adverbial_clause(node)
                or _own_relative_clause(node)
            )
    return found


def _own_conjoined_clause(node: Token) -> bool:
    """'A said "x" and B said "y"': a conjoined clause with its own subject is a separate
    report, not one nested inside the first (the parser may hang it as a conj or, led by its
    'and', as a clausal complement)."""
    children = list(node.children)
    if not any(c.dep_ in SUBJECT_DEPS for c in children):
        return False
    if (
        node.dep_ == "conj"
        and node.head.dep_ == "ccomp"
        and any(c.dep_ == "mark" for c in children)
    ):
        # 'Clinton says the administration should act and that she expects Obama to …': a
        # second that-clause the same verb reports.
        return False
    return node.dep_ == "conj" or any(c.dep_ == "cc" and c.i < node.i for c in children)


def _own_relative_clause(node: Token) -> bool:
    """'…," said Weaver, who said there are "no secrets"': a relative clause that reports
    speech through its own subject ("who", "critics who say") is that subject's statement;
    the verb the antecedent hangs on reports something else."""
    # 'a voice that said', 'a bill which says': a thing that speaks is read through its
    # owner (see issuer_of), so only a person's clause is set apart.
    return (
        node.dep_ == "relcl"
        and node.lemma_.lower() in REPORTING_VERBS
        and any(c.dep_ in SUBJECT_DEPS and c.lower_ not in ("that", "which") for c in node.children)
    )


def _own_adverbial_clause(node: Token) -> bool:
    """'While Comey said "x", he said …': an adverbial clause with its own subject and its
    own reporting verb is a statement of its own, not one the main verb reports."""
    return (
        node.dep_ == "advcl"
        and node.lemma_.lower() in REPORTING_VERBS
        and any(c.dep_ in SUBJECT_DEPS for c in node.children)
    )


def _is_named_will(child: Token, verb: Token) -> bool:
    """'"…," Will wrote': a capitalised "Will" the parser made the auxiliary of a past-tense
    verb is a name (George Will), since the modal never takes a past form. The tagger tags
    a verb after a modal as a base form, so the form is read off the word itself."""
    past = verb.lower_ != verb.lemma_.lower() and not verb.lower_.endswith(("ing", "s"))
    return child.dep_ == "aux" and child.text == "Will" and past


def _main_verb_read_as_modifier(verb: Token, reporting: bool) -> bool:
    """'Mitt Romney, the 2012 nominee, tweeted in response:' parsed as a participle modifying
    the name: after an apposition's closing comma a reporting verb with no agent is the
    name's own verb."""
    doc = verb.doc
    return (
        reporting
        and verb.dep_ == "acl"
        and verb.head.pos_ == "PROPN"
        and verb.i > 0
        and doc[verb.i - 1].text == ","
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def subject_of(verb: Token, index: TextIndex, depth: int = 0) -> Token | None:
    """The head token of whoever performs the reporting ``verb``, or None.

    Follows participles and conjoined verbs to the clause that has the subject ("…, saying",
    "laughed and said"), relative clauses to their noun ("Smith, who said"), passives to their
    agent, and "was quoted as saying" to the person quoted. Never one in another paragraph.
    """
    found = _subject_of(verb, index, depth)
    if found is not None and _other_paragraph(found, verb, index):
        return None
    return found


def _subject_of(verb: Token, index: TextIndex, depth: int = 0) -> Token | None:
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    # Two subjects mean a parse that took a lead-in noun for one ("His verdict: '…,' he
    # said"): the one next to the verb is the real one.
    subjects = [
        c
        for c in verb.children
        if c.dep_ in SUBJECT_DEPS and not index.in_quote(c.idx) and c.lower_ not in _NEGATIONS
    ]
    if not subjects and any(c.lower_ in _NEGATIONS for c in verb.children):
        # With "n’t" taken for the subject, the parser hangs the real one on the auxiliary
        # ('Democrats ca n’t just point'); only then is it looked for there.
        subjects = [
            s
            for aux in verb.children
            if aux.dep_ == "aux"
            for s in aux.children
            if s.dep_ in SUBJECT_DEPS and not index.in_quote(s.idx)
        ]
    # The parser runs one paragraph into the next ('Said Cuomo: "…"\n\nAdded the mayor:'
    # hangs Cuomo on "Added"); a verb's subject is never across a paragraph break.
    subjects = [c for c in subjects if not _other_paragraph(c, verb, index)]
    if any(c.lower_ == "you" for c in subjects):
        # Outside a quote "you" is generic or the reader ('you can't yell "fire"'): no speaker.
        return None
    if subjects:
        # A relative pronoun ("Smith, who said") is returned itself: it is the in-text
        # mention, and resolution follows it to the noun it stands for.
        subject = min(subjects, key=lambda c: abs(c.i - verb.i))
        if depth == 0 or subject.lower_ not in ("it", "there", "this"):
            return subject
        # Climbed into a clause about something ("said it was too early ... but added"):
        # the speaker is further up.
        if depth < MAX_SUBJECT_CLIMB and verb.head.i != verb.i and verb.head.pos_ == "VERB":
            return subject_of(verb.head, index, depth + 1)
        return None
    named_will = next((c for c in verb.children if _is_named_will(c, verb)), None)
    if named_will is not None and not index.in_quote(named_will.idx):
        return named_will
    reporting = verb.lemma_.lower() in REPORTING_VERBS
    for child in verb.children:
        if child.dep_ == "agent" and reporting:
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs and not index.in_quote(objs[0].idx):
                return objs[0]
    labeller = _late_agent(verb, index) if reporting else None
    if labeller is not None:
        return labeller
    # "was quoted as saying", and "was prompted to say" reached from the infinitive.
    if passive and (
        verb.lemma_.lower() in ("quote", "cite", "hear", "record", "report") or depth > 0
    ):
        for child in verb.children:
            if child.dep_ == "nsubjpass" and not index.in_quote(child.idx):
                return child
    if verb.dep_ == "relcl" and verb.head.pos_ in ("PROPN", "NOUN"):
        return verb.head
    if _main_verb_read_as_modifier(verb, reporting):
        return verb.head
    if reporting and depth == 0 and _opens_sentence(verb, index):
        # 'Added the mayor: "…"', 'Says Smith:': a reporting verb that opens its sentence
        # with no subject is inverted; whoever follows it speaks.
        inverted = inverted_subject(verb, index)
        if inverted is not None:
            return inverted
    if (
        depth < MAX_SUBJECT_CLIMB
        and verb.dep_ in SHARED_SUBJECT_DEPS
        and verb.head.i != verb.i
        and verb.head.pos_ in ("VERB", "AUX", "ADP", "SCONJ")
    ):
        return subject_of(verb.head, index, depth + 1)
    return None


def _other_paragraph(subject: Token, verb: Token, index: TextIndex) -> bool:
    """Whether no word of the phrase ``subject`` heads shares ``verb``'s paragraph (a phrase
    the parse ran across a break, '9:34 p.m.\n\nDonald Trump has', keeps its near piece)."""
    own = index.paragraph(verb.idx)
    return all(
        index.paragraph(t.idx) != own for t in (subject.left_edge, subject, subject.right_edge)
    )


def _opens_sentence(verb: Token, index: TextIndex) -> bool:
    """Whether a finite ``verb`` written with a capital is the first word of its sentence
    and paragraph piece (nothing but spaces or marks before it)."""
    if verb.tag_ not in ("VBD", "VBZ") or not verb.text[:1].isupper():
        return False
    start, _ = index.sentence(verb.i)
    para_lo, _ = index.paragraph(verb.idx)
    return all(t.is_space or t.is_punct or t.idx < para_lo for t in verb.doc[start : verb.i])


def _late_agent(verb: Token, index: TextIndex) -> Token | None:
    """'often labeled as a "witch hunt" by Democrats': the "by" phrase of a passive
    participle that the parser hung on the quoted label instead of the verb, or None."""
    if verb.tag_ != "VBN" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    for tok in verb.subtree:
        if tok.i <= verb.i or tok.lower_ != "by" or tok.dep_ != "prep" or index.in_quote(tok.idx):
            continue
        # Only behind the label: 'by' before it ('labeled by many as …') is the agent itself.
        if not any(index.in_quote(t.idx) for t in verb.doc[verb.i : tok.i]):
            continue
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if (
            obj is not None
            and obj.pos_ in ("PROPN", "NOUN", "PRON")
            and obj.ent_type_
            not in (
                "DATE",
                "TIME",
            )
        ):
            return obj
    return None


def issuer_of(relative: Token, index: TextIndex) -> Token | None:
    """'Trump released a video that said "…"': the subject that issued the text a relative
    'that'/'which' stands for, or None when ``relative`` is no such pronoun.

    A sign, statement or ad speaks for whoever holds, releases or runs it, and readers (and
    news annotators) take the quote as theirs; a text that is itself the subject ('a message
    that precedes all rallies') keeps speaking for itself.
    """
    if relative.lower_ not in ("that", "which") or relative.head.dep_ != "relcl":
        return None
    thing = relative.head.head
    if thing.lemma_.lower() not in ISSUED_TEXT_NOUNS or thing.dep_ != "dobj":
        return None
    verb = thing.head
    if verb.pos_ != "VERB":
        return None
    subject = subject_of(verb, index)
    if (
        subject is None
        or index.in_quote(subject.idx)
        or subject.lower_ in ("it", "there", "this", "that", "which", "what")
        or subject.pos_ not in ("PROPN", "PRON", "NOUN")
    ):
        return None
    return subject
