"""Sentence boundaries over a section text, as ``(start, end)`` offsets.

A sentence ends after 。！？!? or a line break, and after an ASCII full stop between two
Chinese words (``不能得到缓解.便可产生``: some records write their stops so). Elsewhere the
full stop is a decimal point (``0.2g``) or a list marker (``1.``, ``二.``) and ends nothing.
Whitespace around a sentence stays outside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

#: The marks that end a sentence (a line break too).
SENTENCE_ENDS = "。！？!?\n"
_END_MARKS = SENTENCE_ENDS.rstrip("\n")  # the marks; runs of them close a sentence
_SENTENCE = re.compile(f"[^{SENTENCE_ENDS}]+[{_END_MARKS}]*|[{_END_MARKS}]+")
#: A full stop between two Chinese characters, not after a Chinese numeral (二.概述): read as 。. It opens with the
#: stop itself, its look-behinds after it: ``re`` then jumps from one "." to the next instead of
#: trying the look-behinds at every character of the text.
_STOP_BETWEEN_WORDS = re.compile(r"\.(?<=[\u4e00-\u9fff]\.)(?<![一二三四五六七八九十]\.)(?=[\u4e00-\u9fff])")


@lru_cache(maxsize=64)
def split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Return ``(start, end)`` of each non-blank sentence in ``text``, in order.

    Cached (a few recent texts, hence a tuple): five stages split the same section."""
    spans = []
    for match in _SENTENCE.finditer(with_stops_marked(text)):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return tuple(spans)


def sentences_of(text: str, normalized: str) -> tuple[tuple[int, int], ...]:
    """``split_sentences(text)``, given ``normalized = normalize_text(text)``, which the stages
    split already (cached): the same sentences, unless normalization made a full stop.

    Normalization never moves a boundary otherwise: the marks it changes end a sentence
    before and after (！？ → !?), the spaces stay spaces, and it changes no Chinese word
    (粘 → 黏 aside), which is what a full stop between words needs. It makes full stops
    (． → ., and 、。· in a percentage, 52、69%) and removes none: as many in both texts,
    it made none."""
    return split_sentences(normalized if text.count(".") == normalized.count(".") else text)


def with_stops_marked(text: str) -> str:
    """``text`` with each full stop that ends a sentence between Chinese words written as 。
    (same length, so offsets hold): for stages that find clauses by their marks."""
    return _STOP_BETWEEN_WORDS.sub("。", text) if "." in text else text


#: The longest run of text without a clause mark that is still real text: twice the longest in all
#: of xywy medical_*.json (509 characters, a mis-decoded text; 202 in Chinese). A longer run is a
#: text without punctuation (OCR or PDF output), one sentence and one clause to the stages: the
#: frequency binding reads it in windows this long, and a row quotes a piece this long as its
#: sentence (each of its thousands of rows would quote all of it: a 1 MB text wrote tens of GB).
LONGEST_RUN = 1_000
_CLAUSE_MARKS = ",，;；:：、。！？!?\n"
_LONG_RUN = re.compile(f"[^{_CLAUSE_MARKS}]{{{LONGEST_RUN + 1},}}")


def quotable(text: str, spans: Sequence[tuple[int, int]], kept_whole: Iterable[tuple[int, int]]) -> Sequence[tuple[int, int]]:
    """``spans`` with each sentence that holds a run of more than ``LONGEST_RUN`` characters
    without a clause mark cut into pieces of at most that many characters, never inside one of
    ``kept_whole`` (the mentions, so a row's sentence holds its mention); other sentences whole."""
    if all(end - start <= LONGEST_RUN for start, end in spans):
        return spans
    covered = bytearray(len(text) + 1)  # 1 where a cut would split a span
    for start, end in kept_whole:
        covered[start + 1 : end] = b"\x01" * max(0, end - start - 1)
    pieces = []
    for start, end in spans:
        if end - start <= LONGEST_RUN or _LONG_RUN.search(text, start, end) is None:
            pieces.append((start, end))
            continue
        while end - start > LONGEST_RUN:
            cut = start + LONGEST_RUN
            while cut > start + 1 and covered[cut]:
                cut -= 1
            pieces.append((start, cut))
            start = cut
        pieces.append((start, end))
    return tuple(pieces)
