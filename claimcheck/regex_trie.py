"""Word alternations as prefix trees, so the regex engine does not try every word in turn.

Python's ``re`` tries the alternatives of ``one|two|three|...`` one after another at every
position; the date and number patterns hold several lists of 30-100 words, and scanning with
them was most of the claims stage. A tree (``t(?:hree|wo)``) rejects a position after a letter
or two.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_Node = dict[str, "_Node"]


def trie_pattern(words: Iterable[str], *, space: str | None = None) -> str:
    r"""A regex source matching exactly ``words``, preferring the longest at each position.

    The same matches as ``"|".join(sorted(map(re.escape, words), key=len, reverse=True))``:
    two different words can only compete at one position when one is a prefix of the other,
    and the greedy optional tail tries the longer one first (and backtracks to the shorter).
    ``space``, when given, is the regex source written for each space in a word (say
    ``r"[\s-]+"`` for "twenty five" or "twenty-five"); the words should then hold no other
    character that ``space`` matches, or the longest-first order between them is not kept.
    """
    tree: _Node = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _source(tree, space)


def _source(node: _Node, space: str | None) -> str:
    branches = [(space if ch == " " and space is not None else re.escape(ch))
                + _source(child, space) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word ends here: the longer ones are optional
        return f"(?:{body})?" if len(branches) == 1 else body + "?"
    return body
