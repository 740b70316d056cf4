"""What the dependency parse says about a value: its head, predicate, subject and scope anchor.

Helpers of :mod:`claimcheck.claims`; they take spaCy tokens and spans and return plain strings
and tokens. The rules follow how news attaches numbers: "Trade ... reached 240 billion dollars"
(the measure is the object of a light verb, so the predicate is the verb's subject noun),
"exports fell 5%" (the same), "a rise of 5%" (the noun the figure completes), "the fourth
meeting" (the noun an ordinal modifies), "a visit on Thursday" (the event a date attaches to).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .number_tables import SHARE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["SUBJECT_LABELS", "finding_source", "head_of", "is_common", "noun_phrase",
           "predicate_of", "scope_anchor", "verb_subject"]

SUBJECT_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART")
_VERB_DEPS = ("dobj", "attr", "npadvmod", "advmod", "oprd", "acomp", "nsubj", "nsubjpass",
              "obj", "obl", "dative")


# Words that carry a value's unit or stand for a share, not what is measured: in "Seventy-eight
# percent were white" or "jumped $25.50, or 3.3 percent, to $791.34" the parse hangs the
# figure on them, and "percent" or "third" tells a fact-checker nothing.
_VALUE_NOUNS = SHARE_NOUNS | {"point", "cent", "fold"}


# Verbs that state a measure's level or its change ("Trade reached $240bn", "exports fell
# 5%", "turnout stood at 41%"): their subject is what is measured. After any other verb the
# subject is an actor ("The Obama administration reallocated $81 million", "The group is
# spending $200,000") and the verb says what the figure is.
_MEASURE_VERBS = {
    "reach", "total", "hit", "top", "exceed", "surpass", "stand", "be", "amount", "rise", "fall",
    "climb", "grow", "jump", "drop", "decline", "increase", "decrease", "slip", "slide", "soar",
    "plunge", "plummet", "surge", "dip", "tumble", "rebound", "double", "triple", "remain",
    "stay", "hover", "average", "shrink", "expand", "swell", "edge", "inch", "sink", "spike",
    "balloon", "near", "approach", "pass", "cross", "equal", "represent", "account", "make",
    "come", "run", "go", "gain", "lose", "improve", "narrow", "widen", "fluctuate",
    "peak", "bottom", "settle", "close", "open", "end", "finish", "trade", "cost", "value",
    "number", "count", "range", "vary", "level", "mark", "register", "post", "record",
    "crumble", "collapse", "slump", "sag", "tick", "bounce", "recover", "change", "start",
    "sell", "fetch", "hold", "sit", "eclipse", "break",
}  # fmt: skip


def head_of(span: Span) -> Token:
    """The token of ``span`` whose head lies outside it (the span's syntactic root)."""
    for token in span:
        if token.head.i < span.start or token.head.i >= span.end or token.head.i == token.i:
            return token
    return span.root


def noun_phrase(token: Token) -> str:
    """A short lowercase phrase for a noun: compounds plus its lemma ("oil export")."""
    # "a 16-point margin", "a 35 percent tax": the unit word is the figure's, not the noun's
    parts = [c.text.lower() for c in token.lefts if c.dep_ == "compound" and c.pos_ != "NUM"
             and c.lower_ not in _VALUE_NOUNS]
    lemma = token.lemma_.lower() if token.pos_ == "NOUN" else token.text.lower()
    # the lemmatiser reads "taxes" as the plural of "taxi"
    lemma = "tax" if lemma == "taxis" and token.lower_ == "taxes" else lemma
    return " ".join([*parts, lemma])


def _of_phrase(noun: Token) -> str:
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                # "anniversary of diplomatic relations" names a kind of event; "meeting of the
                # two leaders" names its participants, who belong in the subject instead
                determined = any(c.dep_ in ("det", "nummod", "poss") for c in pobj.children)
                if pobj.dep_ == "pobj" and pobj.pos_ in ("NOUN", "PROPN") and not determined:
                    mods = [c.text.lower() for c in pobj.lefts
                            if c.dep_ in ("amod", "compound") and c.pos_ != "NUM"]
                    return " of " + " ".join([*mods, pobj.text.lower()])
    return ""


def verb_subject(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the verb it is coordinated with or hangs from
    (a subjectless "and holds", "to win", "spending"), or None."""
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
            verb = verb.head
        else:
            return None
    return None


def scope_anchor(head: Token) -> Token | None:
    """The verb or noun a value hangs from (dates attached to it give its time scope)."""
    token = head
    for _ in range(4):
        parent = token.head
        if parent.i == token.i:
            return token if token.pos_ in ("VERB", "AUX") else None
        if parent.pos_ in ("VERB", "AUX"):
            return parent
        token = parent
    return None


def is_common(token: Token) -> bool:
    """A common noun, or a capitalised one ("Trade" opening a sentence) that names nothing.

    The tagger often calls a surname a noun ("Sanders leads", lemma "sander"); a noun inside
    a named entity, or capitalised in mid-sentence, is a name all the same.
    """
    if token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return False
    if token.pos_ == "NOUN" and token.text[:1].isupper() and not token.is_sent_start:
        return False
    return token.pos_ in ("NOUN", "PROPN")


def predicate_of(head: Token, kind: str, *, counted: str | None = None) -> str | None:
    """What is measured or what happened, as a short lowercase phrase, or None."""
    if kind == "ordinal":
        noun = head.head if head.head.i != head.i else None
        if noun is not None and noun.pos_ in ("NOUN", "PROPN"):
            return counted and counted + _of_phrase(noun)
        return counted
    if kind == "count" and counted:
        return counted
    if kind in _MEASURED and (named := _measured_noun(head)) is not None:
        return named
    token = head
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "Thursday and Friday": the second shares the first's head
    for _ in range(6):
        # the root is its own head: the checks below then read it as its own parent (a
        # copula's complement, a measure verb's subject), as they have on all train texts
        parent = token.head
        if parent.pos_ == "ADP" or parent.dep_ == "prep":
            if kind in _MEASURED and (changed := _changed_object(parent)) is not None:
                return changed
            token = parent  # go through the preposition to what it attaches to
            continue
        if parent.pos_ == "NOUN" and token.dep_ not in ("nsubj", "nsubjpass"):
            if parent.lower_ in _VALUE_NOUNS or parent.lemma_.lower() in _VALUE_NOUNS:
                token = parent
                continue
            return noun_phrase(parent) + (_of_phrase(parent) if kind == "date" else "")
        if parent.pos_ in ("VERB", "AUX"):
            if kind in ("date", "duration"):
                return parent.lemma_.lower() if parent.pos_ == "VERB" else None
            subj = verb_subject(parent)
            if subj is not None and subj.tag_ in ("WDT", "WP") and parent.dep_ == "relcl" and (
                    parent.pos_ == "VERB"):
                subj = parent.head  # "the fence here that reaches up to 30 feet": the fence
            if subj is not None and is_common(subj) and subj.i != head.i and (
                    subj.lower_ not in _VALUE_NOUNS and subj.lemma_.lower() not in _VALUE_NOUNS
            ) and (parent.pos_ == "AUX" or parent.lemma_.lower() in _MEASURE_VERBS):
                return noun_phrase(subj)
            if parent.pos_ == "AUX":
                # "78 percent were white": a copula's complement says what the share is
                comp = next((c for c in parent.children if c.dep_ in ("attr", "acomp")
                             and c.i > head.i), None)
                return comp.lemma_.lower() if comp is not None and comp.pos_ in (
                    "ADJ", "NOUN", "PROPN") else None
            return parent.lemma_.lower() if parent.pos_ == "VERB" else None
        token = parent
    return None


_MEASURED = ("money", "percent", "quantity", "count")
# Verbs that set a measure to a new level: "raise the federal minimum wage to $15 an hour",
# "cut the top income tax rate of 39.6 percent to 10 percent": the object is what is measured
_SETTING = {"raise", "cut", "lower", "increase", "reduce", "boost", "hike", "lift", "bring",
            "push", "drive", "slash", "trim", "double", "triple", "set", "fix", "change",
            "expand", "shrink", "decrease", "limit", "cap", "move"}
# Nouns an "in" phrase after a figure uses for when, where, how or in what currency
_NOT_MEASURED = {"year", "month", "week", "day", "hour", "time", "cash", "total", "all",
                 "part", "range", "form", "state", "place", "addition", "way", "order", "term",
                 "exchange", "return", "dollar", "euro", "pound", "yen", "yuan", "peso",
                 "currency", "value", "today", "person", "aggregate", "sum", "size"}


def _changed_object(prep: Token) -> str | None:
    """The object of a verb of setting a level when the figure is its new or old level ("to
    $15", "from 39.6 percent"), as a noun phrase, or None."""
    verb = prep.head
    if prep.lower_ not in ("to", "from") or verb.pos_ != "VERB" or (
            verb.lemma_.lower() not in _SETTING):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not is_common(obj) or obj.lower_ in _VALUE_NOUNS or (
            obj.lemma_.lower() in _VALUE_NOUNS):
        return None
    return noun_phrase(obj)


def _measured_noun(head: Token) -> str | None:
    """What a figure measures when it says so itself: "$1.1 trillion in costs", "$5 million
    in donations" (a money figure's "in" phrase), "996 were identified as likely voters" (a
    passive verb's "as" phrase), as a noun phrase, or None."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "in" or not 0 < prep.i - head.i <= 2:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        # a bare noun names a kind of money ("in costs", "in state funds"); "in the race",
        # "in Iowa", "in 2015" and "in cash" name where, when or how
        if (obj is not None and obj.pos_ == "NOUN" and is_common(obj)
                and obj.lemma_.lower() not in _NOT_MEASURED
                and not any(c.dep_ in ("det", "poss", "nummod") for c in obj.children)):
            return noun_phrase(obj)
    verb = head.head
    if head.dep_ == "nsubjpass" and verb.pos_ == "VERB":
        as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        named = next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ else None
        if named is not None and named.pos_ == "NOUN" and is_common(named):
            return noun_phrase(named)
    return None


# What news cites figures from when it makes it the subject of a verb of finding: "The poll
# by the Public Policy Institute of California showed Hillary Clinton leading …, 46 percent
# to 44 percent", "A Quinnipiac poll has Clinton leading Trump by six points"
_SOURCE_NOUNS = {"poll", "survey", "study", "analysis", "report", "average", "tally", "data",
                 "figure", "count", "estimate", "census", "index", "projection", "forecast",
                 "record", "audit", "review", "research", "model"}
_FINDING_VERBS = {"show", "find", "suggest", "indicate", "reveal", "put", "give", "have",
                  "estimate", "project", "report", "place", "peg", "reaffirm", "confirm"}


def finding_source(head: Token) -> str | None:
    """The poll, survey or data a figure is reported from when the clause above it makes
    that source its subject ("The poll … showed X leading, 46 percent to 44 percent"), as
    written without its article ("poll by the Public Policy Institute of California"), or
    None."""
    token = head
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in _FINDING_VERBS:
            subj = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if (subj is not None and subj.lemma_.lower() in _SOURCE_NOUNS and subj.i < head.i
                    and head.i not in {t.i for t in subj.subtree}):
                # "The poll of 1,000 likely voters": a figure of the source's own phrase
                # describes the source, it is not a finding of it
                return _source_name(subj)
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _source_name(noun: Token) -> str:
    """The source's words: its modifiers, itself, and a "by"/"of" phrase naming who made it."""
    left = [t for t in noun.lefts if t.dep_ in ("compound", "amod", "nmod", "poss")]
    first = min((t.i for x in left for t in x.subtree), default=noun.i)
    words = [t for t in noun.subtree if first <= t.i < noun.i]
    tail: list[Token] = []
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "of", "from"):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_):
                tail = [t for t in prep.subtree]
            break
    first = words[0].i if words else noun.i
    last = tail[-1].i if tail else noun.i
    return noun.doc[first:last + 1].text  # as written: "Reuters/Ipsos poll", not "Reuters / Ipsos"
