"""How far ahead of a phrase the speaker stages may read: a reader's horizon.

A reader resolves a speaker from what came before the quote and from the quote's own
paragraph. News sometimes introduces a person just after, so a few lookaheads are kept, each
bounded to a few paragraphs and never to the end of the document:

- :data:`LOOKAHEAD_PARAGRAPHS` (2): a name in full ('(Sanders, Jan. 12)' then '(Bernie
  Sanders, March 8)'), a role noun's holder ("“…,” the tycoon said." then "Sheldon Adelson,
  the casino tycoon, …"), the place a qualifier ties to a name, a transcript label's spelling;
- :data:`FACT_LOOKAHEAD_PARAGRAPHS` (5): a person's gender and the reuse of a surname that
  shows an untagged pair is a name (see the constant);
- elsewhere, with their own bounds: "a judge" in a lead (``context_referents``, 5), a
  fact-check's claimant (``fact_check_claims``, 4), a transcript's closing answer
  (``transcripts``, 6), a stand-alone quote's speaker named in the next paragraph
  (``speaker_context.claimed_after``).

Bounding every lookahead is what keeps an article's quotes the same when other text is
appended after it (``benchmarks/appended_text.py``), except within those few paragraphs.
"""

from __future__ import annotations

__all__ = ["FACT_LOOKAHEAD_PARAGRAPHS", "LOOKAHEAD_PARAGRAPHS", "paragraph_end", "paragraph_start"]

# How many paragraphs after a phrase's own the person it means may be named (in full, or as
# the holder of the role a description gives).
LOOKAHEAD_PARAGRAPHS = 2
# How many paragraphs ahead a fact about a person's name may be read: a gender ('Kelly said
# she …' a paragraph after the "she" to resolve), or the reuse of a surname that shows an
# untagged pair is a name ('Maryam Violet, an Iranian journalist, …' then 'Violet said' three
# paragraphs on). Readers carry such facts in from first names and common knowledge the
# rules lack; a few paragraphs give most of them back, and never the end of the document.
FACT_LOOKAHEAD_PARAGRAPHS = 5


def paragraph_end(text: str, offset: int, *, after: int = 0) -> int:
    """The offset where the paragraph holding ``offset`` ends (its line break, or the end of
    ``text``), or with ``after`` that many non-empty paragraphs further on. Never raises."""
    end = text.find("\n", max(0, offset))
    end = len(text) if end < 0 else end
    for _ in range(after):
        start = end
        while start < len(text) and text[start] in "\n\r \t\u00a0":
            start += 1
        if start >= len(text):
            return len(text)
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
    return end


def paragraph_start(text: str, offset: int, *, before: int = 0) -> int:
    """The offset where the paragraph holding ``offset`` starts, or with ``before`` that many
    non-empty paragraphs earlier (0 when there are not so many). Never raises."""
    start = text.rfind("\n", 0, max(0, offset)) + 1
    for _ in range(before):
        end = start
        while end > 0 and text[end - 1] in "\n\r \t\u00a0":
            end -= 1
        if end <= 0:
            return 0
        start = text.rfind("\n", 0, end) + 1
    return start
