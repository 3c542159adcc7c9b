"""Subsections and numbered items inside a section text.

Encyclopedia sections run several topics together: ``诊断/诊断`` holds
``POEMS综合征的检查化验 …`` and then ``POEMS综合征的鉴别诊断 …``; ``发病机制/病因`` holds
``(一)发病原因 …(二)发病机制 …``. Headings are run-in (no line break), so one is recognised
only at the start of the text or right after a sentence end, optionally after an enumerator
and a ``…的`` name. Heading words are data (``section_headings.tsv``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..resources import alternation
from .rules import load_heading_rules


@dataclass(frozen=True, slots=True)
class Subsection:
    """``text[start:end]`` is the subsection, heading included; ``heading`` is its words."""

    start: int
    end: int
    heading: str
    kind: str


@dataclass(frozen=True, slots=True)
class Item:
    """One numbered item (``①…``, ``(1)…``, ``1.…``): ``text[start:end]``, marker included;
    ``body_start`` is where the text after the marker begins."""

    start: int
    end: int
    marker: str
    body_start: int


_ENUMERATOR = r"(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.]|\d{1,2}[、.])"
_SENTENCE_END = r"[。！？!?;；\n]"

# Item markers, one pattern per style; a text uses the first style that occurs in it.
_ITEM_STYLES: tuple[re.Pattern[str], ...] = (
    re.compile(r"[①-⑳][、.]?"),
    re.compile(r"[(（]\d{1,2}[)）]"),
    re.compile(r"(?<![A-Za-z0-9.\-])\d{1,2}[.、](?!\d)"),
)


@dataclass(frozen=True, slots=True)
class _Headings:
    """The heading patterns for some kinds: ``word`` finds any heading word; a heading is
    ``at_start`` of the text or ``after_end``, a sentence end, which the pattern takes in: the
    regex engine skips to those marks, where a look-behind had it try every position (1.55x faster on the 18,067 texts of the context stage of 2,000 xywy records)."""

    word: re.Pattern[str]
    at_start: re.Pattern[str]
    after_end: re.Pattern[str]
    kinds: dict[str, str]


@functools.cache
def _headings(only: tuple[str, ...] | None = None) -> _Headings:
    kinds = {r.heading: r.kind for r in load_heading_rules()
             if r.where in ("text", "both") and (only is None or r.kind in only)}
    # no heading words (rules left without any): a pattern that never matches, not the empty one
    words = alternation(kinds)
    heading = (r"\s*(?P<heading>" + _ENUMERATOR + r"?\s*(?:[^。！？!?;；\n,，:：]{1,20}?的)?"
               + r"(?P<word>" + words + r"))")
    return _Headings(re.compile(words), re.compile(heading), re.compile(_SENTENCE_END + heading), kinds)


#: After heading words, a comma makes them the subject of a sentence, no heading: run-in headings
#: are followed by their text, a blank, a colon or an enumerator (根据高血压的病因,分为…; 贫血是最常见的
#: 临床表现,80%患者…; 由于尚无有效的治疗方法,…: xywy medical_0–3, 173 such words, none a heading).
_NO_HEADING_AFTER = (",", "，", "、")


def find_subsections(text: str, only: tuple[str, ...] | None = None) -> list[Subsection]:
    """Return the headed subsections of ``text`` in order; each runs to the next heading.

    ``only`` recognises just the headings of those kinds, the other heading words being plain
    text: in a differential section ``本病的临床表现与下列疾病相似`` is a sentence, not a heading.
    """
    headings = _headings(only)
    # Most texts hold no heading word: one search for the words says so (the context stage's
    # 18,067 texts of 2,000 xywy records: 0.208 -> 0.126 s for this function).
    if not headings.word.search(text):
        return []
    first = headings.at_start.match(text)
    matches = [first] if first else []
    matches += headings.after_end.finditer(text, first.end() if first else 0)
    found = [(m.start("heading"), m.group("heading"), headings.kinds[m.group("word")]) for m in matches
             if not text.startswith(_NO_HEADING_AFTER, m.end())]
    ends = [start for start, _, _ in found[1:]] + [len(text)]
    return [Subsection(start, end, heading, kind) for (start, heading, kind), end in zip(found, ends)]


@functools.lru_cache(maxsize=1024)
def section_kind(section: str) -> str:
    """The kind a JSON section path implies (``发病机制/病因`` → cause), or ``""``.

    The last path component that names a heading wins; it is the kind of the text before
    the first heading inside it.
    """
    rules = [r for r in load_heading_rules() if r.where in ("section", "both")]
    for part in reversed([p for p in re.split(r"[/.]", section) if p]):
        for rule in sorted(rules, key=lambda r: len(r.heading), reverse=True):
            if rule.heading in part:
                return rule.kind
    return ""


def find_items(text: str, start: int = 0, end: int | None = None) -> list[Item]:
    """Return the numbered items of ``text[start:end]``, using the first marker style found.

    Nested lists (``(1)`` inside ``①``) stay inside their item because only one style splits.
    """
    end = len(text) if end is None else end
    first: tuple[int, re.Pattern[str]] | None = None
    for style in _ITEM_STYLES:
        match = style.search(text, start, end)
        if match and (first is None or match.start() < first[0]):
            first = (match.start(), style)
    if first is None:
        return []
    matches = list(first[1].finditer(text, start, end))
    ends = [m.start() for m in matches[1:]] + [end]
    return [Item(m.start(), stop, m.group(), m.end()) for m, stop in zip(matches, ends)]
