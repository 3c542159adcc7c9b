"""Sentence boundaries over a section text, as ``(start, end)`` offsets.

A sentence ends after 。！？!? or a line break. The ASCII full stop never ends one: in this
text it is a decimal point (``0.2g``) or a list marker (``1.``). Whitespace around a
sentence stays outside it.
"""

from __future__ import annotations

import re
from functools import lru_cache

_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]*|[。！？!?]+")


@lru_cache(maxsize=64)
def split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Return ``(start, end)`` of each non-blank sentence in ``text``, in order.

    Cached (a few recent texts, hence a tuple): five stages split the same section."""
    spans = []
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return tuple(spans)
