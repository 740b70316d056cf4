"""Who made the claim a fact-check sets out under a field label ("CLAIM: “…”").

Fact-checks print the claim under a label, then the verdict, then say who made it: "City
Council member Victor Salas made the claim during a debate", "Salas repeated the statement on
X". The label names a part of the page, never a speaker (see
:func:`.attribution_labels.is_field_label`); the claimant is the subject of the first sentence
after it that makes, repeats or posts the claim. Nothing here raises.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .attribution_labels import is_field_label
from .mention_span import mention_bounds
from .speaker_resolve import describe

if TYPE_CHECKING:
    from .attribution_parse import TextIndex
    from .speaker_memory import DocMemory, SpeakerInfo

__all__ = ["claimant"]

# How a fact-check says who made a claim: a verb with the claim as its object ("made the
# claim", "repeated the statement", "posted the assertion").
_CLAIM_NOUNS = frozenset({"claim", "statement", "assertion", "remark", "comment", "allegation"})
_CLAIM_VERBS = frozenset(
    {"make", "repeat", "post", "say", "tweet", "write", "share", "level", "offer", "voice"}
)
# The claimant is named within a few paragraphs of the label, or the story never says.
_MAX_PARAGRAPHS = 4


def claimant(label_at: int, index: TextIndex, memory: DocMemory) -> SpeakerInfo | None:
    """The person or organisation the paragraphs after the field label at ``label_at`` say
    made the claim ("Victor Salas made the claim during a debate"), or None."""
    doc, text = index.doc, index.text
    _, para_hi = index.paragraph(label_at)
    for _ in range(_MAX_PARAGRAPHS):
        if para_hi >= len(text):
            return None
        lo, hi = index.paragraph(para_hi + 1)
        para_hi = hi
        if not text[lo:hi].strip():
            continue
        colon = text.find(":", lo, hi)
        if colon > 0 and is_field_label(text[lo:colon]):
            continue  # "VERDICT: False." is the next field, not the story
        first, last = index.token_at(lo), index.token_at(max(hi - 1, lo))
        for tok in doc[first.i : last.i + 1]:
            if tok.lemma_.lower() not in _CLAIM_NOUNS or tok.dep_ != "dobj":
                continue
            verb = tok.head
            if verb.lemma_.lower() not in _CLAIM_VERBS:
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None or index.in_quote(subject.idx):
                continue
            s_lo, s_hi = mention_bounds(subject, in_quote=index.in_quote)
            info = describe(subject, s_lo, s_hi, memory)
            memory.remember(info)
            return info
    return None
