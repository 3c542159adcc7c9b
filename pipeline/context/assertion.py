"""The context of each finding: negated, rare, possible, normal, hypothetical, or about another disease.

A ConText-style algorithm (medspaCy ConText, EDS-NLP qualifiers) for Chinese encyclopedia
and hospital text. Cue words come from ``context_rules.tsv``; a cue governs the entities in
its scope, which never crosses a clause boundary (``。；;，,：:`` and line breaks; ``、`` does
not end a scope, so ``无腹胀、泛酸、嗳气`` negates all three) nor a ``terminate`` cue (但, 而 …).
Whether a finding belongs to another disease is decided separately (differential-diagnosis
items, ``合并X者`` clauses, ``与X鉴别`` sentences, cause subsections) and takes precedence in
``assertion``; the local cue stays visible in ``modifier``. See docs/context.md.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Container, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass
from typing import NamedTuple

from ahocorasick_rs import AhoCorasick, MatchKind

from .. import clauses as clause_bounds
from ..entity import Entity
from ..normalize import normalize_text
from ..quantities.patterns import load_quantity_resources
from ..resources import alternation
from ..sentences import SENTENCE_ENDS, split_sentences, with_stops_marked
from ..serialization import packable
from .rules import MODIFIERS, READ_AROUND, ContextRule, load_context_rules, load_disease_heads, load_disease_prefixes
from .sections import Subsection, find_items, find_subsections, section_kind

_COMMAS = ",，"
# The other clause marks: a list of clauses (无头痛,头晕,乏力等) continues only across commas.
_STOPS = "。！？!?;；:：\n"
_CLAUSE_MARKS = _COMMAS + _STOPS
_CLAUSE = re.compile(f"[^{_COMMAS}{_STOPS}]+")
_STOP = re.compile(f"[{_STOPS}]")
# What may follow a backward cue for it still to close its clause: brackets, spaces, full stop.
_CLAUSE_TAIL = re.compile(r"[\s)）\]】.]*")
# Before a clause-initial disease: blanks, an item marker or enumerator.
_CLAUSE_HEAD = re.compile(r"\s*(?:[①-⑳][、.]?|[(（]\d{1,2}[)）]|\d{1,2}[.、]|[(（][一二三四五六七八九十]{1,3}[)）])?\s*")
_PARENTHETICAL = re.compile(r"\s*(?:[(（][^()（）]{0,20}[)）])?\s*")
_ITEM_PHRASE = re.compile(r"[^,，;；:：。\s]{1,20}")
# What may surround entities in a bare list clause that continues the one before (无头痛,头晕,乏力等):
# blanks and these words.
_LIST_LINKS = ("、", "和", "及", "或", "与", "以及")
_LIST_FILLER = re.compile(rf"(?:\s|{'|'.join(_LIST_LINKS)})*")
#: The characters such filler starts with, but blanks.
_FILLER_OPENINGS = frozenset(word[0] for word in _LIST_LINKS)


def _filler_end(text: str, pos: int, end: int) -> int:
    """Where the ``_LIST_FILLER`` at ``pos`` ends: ``pos`` when no filler can start there (most clauses,
    which open with a word), without running the pattern."""
    if pos < end and (text[pos] in _FILLER_OPENINGS or text[pos].isspace()):
        return _LIST_FILLER.match(text, pos, end).end()
    return pos
# What closes such a list: 等 and maybe the noun it sums the items up in, with up to twelve words
# before it (乏力等全身症状, 肾功能不全等改变, 腹泻等前驱期症状: the frequency stage reads the same
# lists; symptoms re-review of medical_6, 2026-12-04; 等上呼吸道感染或流感样症状, 肌肉萎缩,高弓足等畸形:
# context review of medical_9, 2026-12-05), or that noun alone (个别病人有胸痛,呼吸困难症状): the
# ``list_noun`` words of context_rules.tsv.


@functools.cache
def _closing_a_list() -> re.Pattern[str]:
    """What closes a comma list (see above). The words between 等 and the noun hold no verb, an
    ``occurrence`` word of two characters or more or a ``consequence`` word: 无发热,咳嗽等易继发肺部感染 is
    a clause of its own, whose 感染 is no noun summing the list up (code review 11 #2); a ``noun_occurrence``
    word (感染, 表现, 感觉) names a finding, no verb (等上呼吸道感染)."""
    nouns = set(_words_of("noun_occurrence"))
    verbs = alternation(tuple(sorted(
        {w for w in _words_of("occurrence") if len(w) > 1 and w not in nouns} | set(_words_of("consequence")),
        key=len, reverse=True)))
    return re.compile(rf"等(?:(?:(?!{verbs})[\u4e00-\u9fff]){{0,12}}?(?:{_pattern_of('list_noun').pattern}))?|的?(?:症状|表现|体征)")


# Between two entities that a backward cue governs together: a list (A、B阴性, A与B均正常), a
# comparison (A较B少见) or a setting (A在B中罕见); or before a bracketed gloss (干扰素γ(IFN-γ)正常).
_SIDE_BY_SIDE = re.compile(r"[、和及或与/较比在]|\s*[(（]")
# Right before an entity (maybe with a Latin name between): it is what another is compared with
# (A较B少见, A远比Zenker憩室少见), which a backward cue after it does not judge.
_COMPARED_WITH = re.compile(r"(?:较|比)[A-Za-z\s]*\Z")
_LIST_LINK = re.compile(r"[、和及与或]\s*\Z")


def _compared_with(text: str, entity: Entity, floor: int, window: _Window) -> bool:
    """Whether ``entity`` is what something before it is compared with, alone or as an item of
    the list compared with (胸椎椎管狭窄症远较腰椎和颈椎少见: neither 腰椎 nor 颈椎 is rare)."""
    start = entity.start
    while start > floor:
        if _COMPARED_WITH.search(text, max(start - 12, floor), start):
            return True
        link = _LIST_LINK.search(text, max(start - 3, floor), start)
        before = [e for e in window.entities_in(floor, start) if e.end == link.start()] if link else []
        if not before:
            return False
        start = min(e.start for e in before)
    return False


# The only headings inside a differential section: its sentences often start like another
# heading (本病的临床表现与下列疾病相似), which would end the list of diseases early.
_HEADINGS_IN_DIFFERENTIAL = ("differential", "cause")


@packable
@dataclass(frozen=True, slots=True)
class Assertion:
    """The context of one entity.

    ``assertion`` is ``other_disease`` when the finding belongs to another disease, else
    equal to ``modifier`` (present/negated/rare/possible/normal/hypothetical, from the nearest cue in
    scope). ``cue``/``cue_start``/``cue_end`` are the words that set ``modifier`` (empty/None
    when present); ``about``/``about_start``/``about_end`` name the other disease.
    """

    assertion: str
    modifier: str = "present"
    about: str = ""
    cue: str = ""
    cue_start: int | None = None
    cue_end: int | None = None
    about_start: int | None = None
    about_end: int | None = None


#: The context of most entities: frozen, so one object serves them all.
PRESENT = Assertion("present")

#: A cache's "not computed yet", where None is a value.
_UNKNOWN = object()


def assertion_labels(
    entities: Sequence[Entity], assertions: Sequence[Assertion] | None, among: Set[Entity] | None = None
) -> dict[Entity, str]:
    """Each entity's assertion label, ``assertions`` being parallel to ``entities`` (as
    ``assign_context`` returns them); ``{}`` when they are not (no labels rather than
    wrong ones). Pair them before filtering ``entities``, or the pairs shift. ``among``: only
    the entities equal to one of these, for a caller that needs a few of a section's
    mentions (hashing a mention is a Python call; comparing its start is not)."""
    if not assertions or len(assertions) != len(entities):
        return {}
    if among is None:
        return {entity: a.assertion for entity, a in zip(entities, assertions)}
    starts = {entity.start for entity in among}
    return {
        entity: a.assertion for entity, a in zip(entities, assertions) if entity.start in starts and entity in among
    }


def _first_rule(rules: Sequence[ContextRule], category: str, direction: str) -> ContextRule | None:
    """The first of ``rules`` of ``category`` that governs in ``direction`` (or both ways)."""
    return next((r for r in rules if r.category == category and r.direction in (direction, "both")), None)


@dataclass(frozen=True, slots=True)
class _CueWord:
    """What the rules of one cue word let it do, worked out once per word: the per-entity loops
    ask it of every cue near every entity."""

    #: The modifier rule it applies to what follows it / precedes it, first of ``MODIFIERS``
    #: (a ``condition`` cue's is hypothetical).
    forward: ContextRule | None
    backward: ContextRule | None
    terminates: bool
    owner_prefix: bool  # 合并 of 合并X者
    owner_suffix: bool  # 者 of 合并X者
    differential: bool  # 鉴别 of 与X鉴别
    relation: ContextRule | None  # 原因 of X的主要原因
    condition: bool = False  # 若, 如果, 一旦: a consequence word after it ends what it judges
    pseudo: bool = False  # 无排卵性 of 无排卵性功血: no cue, and it keeps the 无 from being one

    @classmethod
    def of(cls, rules: tuple[ContextRule, ...]) -> _CueWord:
        def modifier(direction: str) -> ContextRule | None:
            return next((r for m in MODIFIERS if (r := _first_rule(rules, m, direction))), None)

        condition = _first_rule(rules, "condition", "forward")
        forward = modifier("forward") or (
            None if condition is None else ContextRule(condition.cue, "hypothetical", "forward", condition.max_scope))
        return cls(
            forward,
            modifier("backward"),
            _first_rule(rules, "terminate", "both") is not None,
            _first_rule(rules, "owner", "forward") is not None,
            _first_rule(rules, "owner", "backward") is not None,
            _first_rule(rules, "differential", "both") is not None,
            _first_rule(rules, "relation", "backward"),
            condition is not None,
            _first_rule(rules, "pseudo", "both") is not None,
        )


class _Cue(NamedTuple):
    """A cue word at ``start:end``. A named tuple: made ~100,000 times per 2,000 records, at half
    the cost of a frozen dataclass."""

    start: int
    end: int
    word: _CueWord


@dataclass(frozen=True, slots=True)
class _Owner:
    about: str
    start: int
    end: int


class _Record(NamedTuple):
    """The record's disease as mentions are compared with it: its ``_disease_key``, the starts
    of the lesion mentions (骨折) that another site written before them makes another disease
    (锁骨|骨折 in a record on 肋骨骨折), and the (normalized) text and mentions the record's
    disease is looked for in: the words right before a mention may complete its name (颈|椎管狭窄
    in a record on 颈椎管狭窄症), and a mention nested in one naming it is part of that name
    (水过多 of 羊水过多)."""

    key: str
    elsewhere: frozenset[int]
    text: str
    entities: Sequence[Entity]
    aliases: tuple[str, ...]  # the other names of the disease, as ``key``
    #: The last characters of every name of the record's disease a mention can be taken for
    #: (``_name_endings`` of ``key`` and of each alias, 征 among them), as written: with 症, which
    #: ``_disease_key`` reads as 征 (``_record_name_endings``).
    endings: frozenset[str]


@functools.cache
def _automaton() -> tuple[AhoCorasick, list[_CueWord]]:
    """The cue automaton and, by pattern index, what each cue word can do."""
    by_cue: dict[str, list[ContextRule]] = {}
    for rule in load_context_rules():
        if rule.category not in READ_AROUND:  # not cues: words read around one
            by_cue.setdefault(rule.cue, []).append(rule)
    return (AhoCorasick(list(by_cue), matchkind=MatchKind.Standard),
            [_CueWord.of(tuple(rules)) for rules in by_cue.values()])


def find_cues(text: str, entities: Sequence[Entity] = ()) -> list[_Cue]:
    """All cue matches in ``text``, longest first on overlap, in text order.

    A match overlapping an entity is dropped before overlaps are resolved: the ``无`` of
    ``四肢无力`` and the ``非`` of ``非霍奇金淋巴瘤`` are part of a term, not cues. A pseudo cue over
    an entity is kept, to block the cue it holds, when it ends an adjective in 性 or 型 of the
    name: ``无排卵性`` of ``无|排卵性功血``, ``不全`` of ``不|全性肠梗阻``, where the term the
    dictionaries know starts after the ``无`` (context review of medical_14); not otherwise, where it
    is mostly the negation of the term (``无关`` of ``无|关节痛``, ``无功能`` of ``无|功能障碍``).
    """
    automaton, words = _automaton()
    found = automaton.find_matches_as_indexes(text, overlapping=True)
    if not found:  # a text without cues needs no entity marks
        return []
    # Marked characters: of entities (1), then of the cues taken (2). A match over an entity is
    # never taken (but a pseudo cue), so it blocks no other, as if dropped first.
    marked = bytearray(len(text) + 1)
    for e in entities:
        marked[e.start : e.end] = b"\x01" * (e.end - e.start)
    cues: list[_Cue] = []
    # (start - end, start, end, index) sorts longest first, then leftmost; a span matches one word
    for _, start, end, index in sorted([(start - end, start, end, index) for index, start, end in found]):
        if marked.find(2, start, end) < 0 and (
            marked.find(1, start, end) < 0 or words[index].pseudo and _ends_an_adjective_inside(text, marked, end)
        ):
            marked[start:end] = b"\x02" * (end - start)
            cues.append(_Cue(start, end, words[index]))
    cues.sort()  # by start: the cues taken do not overlap, so no two share one
    if "?" in text:  # only a ? can be garbled
        cues = [cue for cue in cues if not _garbled(text, cue.start, cue.end)]
    return cues


def _ends_an_adjective_inside(text: str, marked: bytearray, end: int) -> bool:
    """Whether a pseudo cue ending at ``end`` ends an adjective in 性 or 型 that opens an entity:
    无排卵|性 (the entity starting before the 性), 不全|性肠梗阻; not 预防性|病, whose 性 opens the entity."""
    return text.startswith(("性", "型"), end) or (text[end - 1] in "性型" and end >= 2 and marked[end - 2] == 1)


def _garbled(text: str, start: int, end: int) -> bool:
    """Whether the cue at ``start:end`` is a ``?`` between two word characters: a character the
    source could not encode (《金匮要略?妇人妊娠病》, 5?HT for ·, φ, 腘 …), no doubt. A question
    written mid-text with no mark after it (如何治疗头痛?医生说) is silenced too: after
    normalization a lost character and a question mark look the same."""
    return (
        text[start:end] == "?" and 0 < start and end < len(text) and text[start - 1].isalnum() and text[end].isalnum()
    )


class _Clauses:
    """The clauses of a text, with bisect look-ups (texts can be long: no linear scans)."""

    def __init__(self, text: str) -> None:
        spans = [match.span() for match in _CLAUSE.finditer(text)]
        self.starts = [start for start, _ in spans]
        self.ends = [end for _, end in spans]
        self.stops = [match.start() for match in _STOP.finditer(text)]

    def list_start(self, clause: tuple[int, int]) -> int:
        """Where the scope of ``clause`` (``_scope``) can start at the earliest: after the last
        mark other than a comma before it."""
        i = bisect_left(self.stops, clause[0])
        return self.stops[i - 1] + 1 if i else 0

    def around(self, start: int, end: int) -> tuple[int, int]:
        """The clause around ``start:end``; an entity crossing a comma joins the clauses it spans."""
        i = bisect_right(self.starts, start) - 1
        j = bisect_left(self.ends, end)
        return (self.starts[i] if i >= 0 else start), (self.ends[j] if j < len(self.ends) else end)

    def next_to(self, clause: tuple[int, int], step: int) -> tuple[int, int] | None:
        """The clause one boundary mark before (``step=-1``) or after (``step=1``) ``clause``."""
        if step < 0:
            i = bisect_left(self.ends, clause[0] - 1)
            found = i < len(self.ends) and self.ends[i] == clause[0] - 1
        else:
            i = bisect_left(self.starts, clause[1] + 1)
            found = i < len(self.starts) and self.starts[i] == clause[1] + 1
        return (self.starts[i], self.ends[i]) if found else None


class _Spans:
    """Whether a position lies in any of some spans (``(start, end)``, end excluded, in any order and
    overlapping or not), by bisect over their union: asked for each mention of a text."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(spans):
            if start >= end:
                continue  # empty: covers nothing
            if self.ends and start <= self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], end)
            else:
                self.starts.append(start)
                self.ends.append(end)

    def cover(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


class _Window:
    """The cues and entities of a text, found by bisect over their sorted starts, or by the
    start of a disease entity or of an owner cue (``合并`` … ``者``)."""

    def __init__(self, cues: list[_Cue], entities: Sequence[Entity]) -> None:
        self.cues = cues
        self.cue_starts = [c.start for c in cues]
        self.modifier_starts = [c.start for c in cues if c.word.forward is not None or c.word.backward is not None]
        # by start, the longest first
        self.entities = sorted(entities, key=lambda e: (e.start, -e.end))
        self.entity_starts = [e.start for e in self.entities]
        self.starting = set(self.entity_starts)
        # the longest at each start: the first in order, which a reversed order writes last
        self.diseases = {e.start: e for e in reversed(self.entities) if e.label == "disease"}
        # cues do not overlap: one per start
        self.owner_prefixes = {c.start: c for c in cues if c.word.owner_prefix}
        self.owner_suffixes = {c.start: c for c in cues if c.word.owner_suffix}
        self.owner_suffix_starts = sorted(self.owner_suffixes)

    def cues_in(self, start: int, end: int) -> list[_Cue]:
        return self.cues[bisect_left(self.cue_starts, start) : bisect_right(self.cue_starts, end)]

    def has_cue_in(self, start: int, end: int) -> bool:
        i = bisect_left(self.cue_starts, start)
        return i < len(self.cue_starts) and self.cue_starts[i] <= end

    def has_owner_suffix_in(self, start: int, end: int) -> bool:
        """Whether an owner suffix cue (者, 时, 患者) starts in ``start:end`` (end included)."""
        i = bisect_left(self.owner_suffix_starts, start)
        return i < len(self.owner_suffix_starts) and self.owner_suffix_starts[i] <= end

    def has_modifier_in(self, start: int, end: int) -> bool:
        """Whether a cue that can set a modifier starts in ``start:end`` (end included)."""
        i = bisect_left(self.modifier_starts, start)
        return i < len(self.modifier_starts) and self.modifier_starts[i] <= end

    def entities_in(self, start: int, end: int) -> list[Entity]:
        return self.entities[bisect_left(self.entity_starts, start) : bisect_right(self.entity_starts, end)]


def _list_clause(text: str, clause: tuple[int, int], window: _Window) -> str:
    """``"closed"`` for a clause that is only entities ending in 等 (``乏力等``), ``"items"`` for
    one that is only entities (``头晕``), else ``""``: records enumerate with commas."""
    pos, end = clause
    if _filler_end(text, pos, end) not in window.starting:
        return ""  # most clauses: the first thing in them is no entity
    inside = [e for e in window.entities_in(pos, end) if e.end <= end]
    if not inside:
        return ""
    for entity in inside:
        if entity.start < pos:  # nested in the one before (皮肤 in 皮肤损害)
            continue
        rest = _filler_end(text, pos, end)
        if rest != entity.start:
            # the noun after 等 may be a mention itself (咳痰等呼吸道症状, 高弓足等畸形)
            return "closed" if text[rest] == "等" and _closing_a_list().fullmatch(text, rest, end) else ""
        pos = entity.end
    rest = _filler_end(text, pos, end)
    if rest == end:
        return "items"
    return "closed" if _closing_a_list().fullmatch(text, rest, end) else ""


def _comma_next_to(text: str, clause: tuple[int, int], clauses: _Clauses, step: int) -> tuple[int, int] | None:
    """The clause a single comma before (``step=-1``) or after (``step=1``) ``clause``."""
    other = clauses.next_to(clause, step)
    return other if other is not None and text[clause[0] - 1 if step < 0 else clause[1]] in _COMMAS else None


def _scope(text: str, clause: tuple[int, int], clauses: _Clauses, window: _Window) -> tuple[int, int]:
    """``clause``, or from the clause before the list when ``clause`` is an item of a list that
    commas separate and 等 closes (``无头痛,头晕,乏力等``): the list continues that clause. A list
    the sentence's end closes continues a clause that ends with an item too (``少数有心悸,气促。``;
    not ``血压测不出,无尿。``, where the clause before ends with its own verb), and so does one that
    a clause of its own closes (``少数病人可发生黄疸,休克,肺部可闻及湿啰音``: the shock is rare too;
    symptoms review of medical_7, 2026-12-04). Either way it ends where ``clause`` does: a clause
    of its own after the list is never in it."""
    if clause[0] == 0 or text[clause[0] - 1] not in _COMMAS:
        return clause  # no clause before it for a list to continue
    kind = _list_clause(text, clause, window)
    after = clause
    while kind == "items":  # the list must be closed: by 等 further on, by a clause of its own, or by the sentence's end
        following = _comma_next_to(text, after, clauses, 1)
        if following is None:
            kind = "ends" if after[1] == len(text) or text[after[1]] in SENTENCE_ENDS else ""  # 少有呕吐,腹泻或便秘。
            break
        after = following
        kind = _list_clause(text, after, window) or "ends"  # 很少有血栓,出血或钙化,血管间有…: a clause of its own closes it
    if not kind:
        return clause
    head = _comma_next_to(text, clause, clauses, -1)
    while head is not None and _list_clause(text, head, window) == "items":
        head = _comma_next_to(text, head, clauses, -1)
    if head is None or (kind == "ends" and not _ends_with_an_item(text, head, window)):
        return clause
    return head[0], clause[1]


def _ends_with_an_item(text: str, clause: tuple[int, int], window: _Window) -> bool:
    """Whether an entity ends ``clause`` (blanks after it): its last words are an item of a list."""
    end = clause[1]
    while end > clause[0] and text[end - 1].isspace():
        end -= 1
    return any(e.end == end for e in window.entities_in(clause[0], end))


#: At most this many characters between the contrast word and the rare cue of a clause that
#: says how rare the one before it is (但|在临床上|较少见).
_RARITY_TAIL_REACH = 6
#: Labels of findings, what a clause of rarity after them and a list of diseases judge (not the sites
#: or tests they name).
_FINDING_LABELS = frozenset({"symptom", "disease"})
#: What ends the sentence such a clause must end: a sentence end or a semicolon.
_SENTENCE_CLOSERS = frozenset(SENTENCE_ENDS + ";；")
#: A comparison between the contrast word and the rare cue (较为, and 较 right before the cue, are
#: a degree, not one).
_COMPARISON = re.compile(r"比|较(?!为|$)")


def _rarity_after(text: str, clause: tuple[int, int], clauses: _Clauses, window: _Window) -> _Cue | None:
    """The rare cue of a clause after ``clause`` that only says how rare it is (``可导致肾功能衰竭,
    但较少见。``): a contrast word opening it, a backward rare cue closing it and the sentence, and no
    entity or other cue between them. The contrast word would end any cue's scope; this clause
    has nothing else to judge."""
    tail = _comma_next_to(text, clause, clauses, 1)
    if tail is None or not (tail[1] == len(text) or text[tail[1]] in _SENTENCE_CLOSERS):
        return None
    cues = window.cues_in(*tail)
    if len(cues) != 2:
        return None
    opening, rare = cues
    rule = rare.word.backward
    if (not opening.word.terminates or text[tail[0]:opening.start].strip()
            or rule is None or rule.category != "rare" or not _closes_clause(text, rare, tail[1])
            or rare.start - opening.end > _RARITY_TAIL_REACH or window.entities_in(opening.end, rare.start - 1)
            or _COMPARISON.search(text, opening.end, rare.start)):  # 而较额后肿瘤少见: rarer than something else
        return None
    return rare


def _closes_clause(text: str, cue: _Cue, clause_end: int) -> bool:
    tail = _CLAUSE_TAIL.match(text, cue.end, clause_end)
    return tail.end() == clause_end or text[tail.end()] == "、"


#: The backward categories whose cue a ``terminate`` word right after ends as a clause mark would.
_ENDED_BY_A_TURN = frozenset({"negated", "normal"})


def _turns_after(text: str, cue: _Cue, clause_end: int) -> bool:
    """Whether a backward negated or normal cue is followed by a ``terminate`` word (而, 但, 或仅, 伴 …),
    which ends its clause as a comma does: ``抗核抗体阴性而抗-LKM-I阳性``, ``体温正常或有低热``. Not a rare
    or possible cue, whose 而 joins an attribute of what follows (``出现某些少见而严重的临床表现``, ``色素较少而
    毛细血管较丰富的部位``) and whose 伴 is its own verb (``脊柱侧凸还可能伴有心血管系统异常``). Context review
    of medical_5 (2026-12-06): on the ten files 63 mentions, 58 right; with rare and possible cues too 63 of 87 (theirs alone 5 of 24)."""
    rule = cue.word.backward
    if rule is None or rule.category not in _ENDED_BY_A_TURN:
        return False
    return text.startswith(_words_of("terminate"), _CLAUSE_TAIL.match(text, cue.end, clause_end).end(), clause_end)


def _leash(text: str, start: int, end: int, entities: Sequence[Entity]) -> int:
    """The characters of ``text[start:end]``, between a cue and the entity it may govern, that
    are not other entities, list separators or a Latin name in brackets: ``非`` reaches ``AIDS`` but
    not, past ``相关性``, the sarcoma of ``非AIDS相关性Kaposi肉瘤``, while ``阴性`` still closes a long
    ``A、B、C阴性`` and ``较少见`` reaches past the gloss of ``遗传性胰腺炎(hereditary pancreatitis)较少见``."""
    chars = list(text[start:end])
    for e in entities:
        if start <= e.start and e.end <= end:
            chars[e.start - start : e.end - start] = [""] * (e.end - e.start)
    for gloss in _LATIN_GLOSS.finditer(text, start, end):
        chars[gloss.start() - start : gloss.end() - start] = [""] * (gloss.end() - gloss.start())
    return len(_LIST_FILLER.sub("", "".join(chars)))


#: A name in Latin letters in brackets, which a cue reaches over as over an entity:
#: 遗传性胰腺炎(hereditary pancreatitis)较少见.
_LATIN_GLOSS = re.compile(r"\s*[(（][A-Za-z][A-Za-z\s,.'-]{0,60}[)）]")


def _qualifies_a_later_entity(text: str, entity: Entity, end: int, window: _Window) -> bool:
    """Whether ``entity`` only qualifies another entity that ends after it and by ``end`` (where
    a backward cue starts), with no list separator between them: ``皮疹`` of ``这种继发性皮疹真菌检查阴性``
    (the examination is negative, the rash is there), ``血清`` of ``血清丙氨酸转氨酶正常``, ``血压`` nested
    in ``血压下降不明显``. A backward cue speaks of the last phrase before it; the words before that
    phrase's head name its site, specimen or patients. Cue rows cannot say this (the qualifier is
    itself an entity, where no cue matches), hence code. A list (``A、B阴性``), a comparison
    (``胸椎椎管狭窄症远较腰椎和颈椎少见``) and a gloss (``干扰素γ(IFN-γ)水平正常``) keep the first entity
    governed (``_SIDE_BY_SIDE``)."""
    for other in window.entities_in(entity.start, end):
        if other.end <= entity.end or other.end > end:
            continue
        if other.start < entity.end or not _SIDE_BY_SIDE.search(text, entity.end, other.start):
            return True
    return False


@functools.cache
def _generic_diseases() -> frozenset[str]:
    """The ``generic`` disease words (感染, 炎症): too general to own a clause they open
    (合并感染时可有脓性分泌物: the discharge of the record's patients with an infection), or to
    be another disease for being in a cause text or a differential sentence (一次感染后有较持久的
    免疫力: in 30 such rows of xywy, 14 were the record's own infection, 12 another disease)."""
    return frozenset(r.cue for r in load_context_rules() if r.category == "generic")


@functools.cache
def _attribute_ending() -> re.Pattern[str]:
    """An ``attribute`` word (明显, 典型, 急性 …) at the end of the searched text."""
    return re.compile(rf"(?:{alternation(_words_of('attribute'))})\Z")


def _in_the_condition(text: str, cue: _Cue, entity: Entity) -> bool:
    """Whether the condition the ``condition`` cue opens is that ``entity`` comes: a verb of
    happening or having (``occurrence`` words: 出现, 有, 合并 …) introduces it (若合并|感染, 一旦发生|休克),
    or it closes the condition, alone or in a list (一旦|感冒|，病情加重, 若|大便干燥|、排便困难时), or a
    verb of happening follows it (若|感染|发生…), with no consequence word before it (若合并感染可发生|膀胱炎:
    what the condition brings). A finding opening the condition with a property after it, its place
    included, is there: only the property is in question (若|隐睾|位于腹股沟管内, 若|惊厥|持续时间长:
    context re-review of medical_4, 2026-12-04)."""
    if _consequences().search(text, cue.end + 1, entity.start) is not None:
        return False  # not one right after the cue: 若引起梗阻 is the condition
    # the cue's own verb too (如有|尿路感染, 如出现|发热); not the 患 of 患者, 患儿 (若患儿|惊厥|持续时间长)
    between = _patients_holding_a_verb().sub("", text[cue.start:entity.start])
    if any(verb in between for verb in _words_of("occurrence")):
        return True
    after = _BLANKS_AFTER.match(text, entity.end).end()
    return (after == len(text) or text[after] in _CONDITION_ENDS or _CONDITION_CLOSER.match(text, after)
            or (text.startswith(_words_of("occurrence"), after) and not text.startswith(_vocabulary().placed, after)))


_BLANKS_AFTER = re.compile(r"[ \t]*")


@functools.cache
def _patients_holding_a_verb() -> re.Pattern[str]:
    """The patient nouns (quantity_cues.tsv) that hold an ``occurrence`` word: the 患 of 患者, 患儿."""
    occurrence = _words_of("occurrence")
    return re.compile(alternation(w for w in load_quantity_resources().patient_words if any(v in w for v in occurrence)))


#: Right after a finding, marks that end the condition with it, or go on to the next item of its list.
_CONDITION_ENDS = frozenset(",，;；。.!?、和及或与\n")
#: …and the words that close a condition (若大便干燥时, 如果感冒的话, 一旦感冒则…).
_CONDITION_CLOSER = re.compile("时(?![间期刻程])|者|的话|后(?![遗期果天])|则|便(?![秘血溏])|就")


@functools.cache
def _consequences() -> re.Pattern[str]:
    """The ``consequence`` words of context_rules.tsv (则, 可发生, 提示 …): after a condition cue,
    what follows one is what the condition brings, not part of it (若合并感染可发生膀胱炎)."""
    inside = {"则": "(?<![规原否准法细])", "便": "(?<![大小粪])"}  # 不规则, 原则; 大便出现, 小便可
    return re.compile("|".join(inside.get(w[0], "") + re.escape(w) for w in _words_of("consequence")) or "(?!)")


@functools.cache  # asked for in the per-entity loops: sorting the rules each time cost 1.6 % of a run
def _words_of(category: str) -> tuple[str, ...]:
    """The words of one non-cue category of context_rules.tsv (attribute, occurrence, modal,
    preposition, manifestation, consequence), longest first; once per process, as the rules are."""
    return tuple(sorted({r.cue for r in load_context_rules() if r.category == category}, key=len, reverse=True))


@functools.cache
def _pattern_of(category: str) -> re.Pattern[str]:
    """The words of one non-cue category as one pattern, built once (不同于, 本病, 表现为, 考虑)."""
    return re.compile(alternation(_words_of(category)))


def _in_file_order(category: str) -> tuple[str, ...]:
    """The words of one category of context_rules.tsv in the file's order."""
    return tuple(dict.fromkeys(r.cue for r in load_context_rules() if r.category == category))


def _either(category: str, after: Mapping[str, str] | None = None) -> str:
    """The words of ``category`` as an alternation in the file's order, so an earlier word is tried first (相混淆
    before 相混), each with the look-around ``after`` gives it (不同 not before 时, 期 …); with no words, one that
    never matches."""
    after = after or {}
    return "|".join(re.escape(w) + after.get(w, "") for w in _in_file_order(category)) or "(?!)"


def _words_then_characters(category: str) -> str:
    """The words of ``category`` of two characters or more, then its single characters as one class (可能|直接|[会能可])."""
    words = _in_file_order(category)
    single = "".join(re.escape(w) for w in words if len(w) == 1)
    return "|".join((*(re.escape(w) for w in words if len(w) > 1), *([f"[{single}]"] if single else []))) or "(?!)"


def _held_by_all(words: Sequence[str]) -> str:
    """A character every one of ``words`` holds (混 of 相混淆, 混同): a text without it holds none of them, a check
    cheaper than the pattern; "" (in every text) when they share none (as ``tcm_cue_mark`` of the therapies)."""
    return min(set.intersection(*map(set, words)), default="") if words else ""


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    """The word classes of context_rules.tsv that the rules below read as patterns or prefix tuples (moved from
    the code, s19): built once from the rows, in the file's order; the look-arounds and the function words around
    them are grammar and stay here."""

    causing: re.Pattern[str]  # a verb of causing; 致 alone not in 一致, 导致, 以致, 致病, 致使
    causing_adverbs: re.Pattern[str]  # only adverbs between a negation and such a verb (一般不会导致)
    effect: re.Pattern[str]  # after 而: what a cause brings (而导致心衰, 而出现, 而并发)
    placed: tuple[str, ...]  # 位于: after a finding opening a condition, where it is
    search_endings: tuple[str, ...]  # 见, 检出: the ends of the negated verbs of search
    cause_markers: re.Pattern[str]  # 由于: between a cue and a mention, the mention is the cause
    cause_link: re.Pattern[str]  # (的)发病 … 有关 after the record's disease: tied to a cause
    part_itself: tuple[str, ...]  # 生长, 分布 after a body part: the part itself is there or not
    lesion_parts: tuple[str, ...]  # 端, 线 after a lesion: its parts
    back_to_the_record: re.Pattern[str]  # ,而本病: a sentence turning back to the record's disease
    how_often: re.Pattern[str]  # 甚少见 after X者: X is a finding, no patient group
    unknown_cause: re.Pattern[str]  # 至今不 after a cause heading: the cause is unknown
    cannot_before: re.Pattern[str]  # 不能耐受 right before a procedure: it cannot be done
    disease_list_opening: re.Pattern[str]  # 见于, 相当于: opens a list of diseases
    disease_list_closing: re.Pattern[str]  # 等疾病: closes it
    confused_with: re.Pattern[str]  # 与X相混淆
    confused_mark: str  # a character all those verbs hold (混)
    compared_disease: re.Pattern[str]  # 与X明显不同, 与一般的X相似
    comparison_end: re.Pattern[str]  # 不同, 相似: a text with none compares nothing so
    told_apart_from: re.Pattern[str]  # 与X鉴别, 与X不同 before 后者
    another_kind: tuple[str, ...]  # 假性, 类 before a broader name: another disease
    changes_the_disease: re.Pattern[str]  # their first characters (假, 类) anywhere before a lesion head or a grade
    adjective_opening: re.Pattern[str]  # an adjective in 性 or 型 without them (外伤性; not 幼年类风湿性)
    typed: re.Pattern[str]  # a qualifier in 性 or 型 without them (吸入性, 外展型)
    kind_words: re.Pattern[str]  # a kind or site opening a name: no list word, none of them, no 亚 (海绵状)
    list_closing: re.Pattern[str]  # 等, 症状: closing a list of findings (头痛、呕吐等症状, 吞咽困难征象)
    cause_list: re.Pattern[str]  # 与下述病因有关:, 常见病因有：: a list of causes announced with a colon
    cause_list_nouns: tuple[str, ...]  # 病因, 疾病: a text holding none holds no such list (the cheap check first)
    base_disease: re.Pattern[str]  # X of X伴发的精神障碍, X的胃肠道表现: a title naming what a disease shows or brings


@functools.cache
def _vocabulary() -> _Vocabulary:
    """The moved word classes as patterns, built once per process, as the rules are."""
    causing = f"{_either('causing')}|(?<![一导以])致(?!病|使)"
    another_kind = _in_file_order("another_kind")
    not_the_same = "".join(dict.fromkeys(re.escape(w[0]) for w in another_kind))  # 非假类副拟抗
    none_of_them = f"(?![{not_the_same}])" if not_the_same else ""
    comparison_end = _either("comparison_end", {"不同": "(?![时期步程部类阶])"})
    return _Vocabulary(
        causing=re.compile(causing),
        causing_adverbs=re.compile(f"(?:{_words_then_characters('causing_adverb')})*"),
        effect=re.compile(f"(?:可|会|易)?(?:{causing}|{_either('effect')})"),
        placed=_in_file_order("placed"),
        search_endings=_in_file_order("search_ending"),
        cause_markers=re.compile(_either("cause_marker")),
        cause_link=re.compile(
            f"(?:患者|病人)?的?(?:{_either('cause_link_noun')})?(?:密切)?(?:{_either('cause_link')})"),
        part_itself=_in_file_order("part_itself"),
        lesion_parts=_in_file_order("lesion_part"),
        back_to_the_record=re.compile(f"[,;](?:而|但|然而)?(?:{_either('back_to_the_record')})"),
        how_often=re.compile(f"[则亦也更甚较极很均尤最]{{0,2}}(?:{_either('how_often')})"),
        unknown_cause=re.compile(f"(?:{_either('unknown_cause')})?(?:未|不|尚)"),
        cannot_before=re.compile(
            rf"(?P<cue>{_either('cannot')})(?:{_either('cannot_adverb')})?(?:{_either('cannot_verb')})?\Z"),
        disease_list_opening=re.compile(_either("disease_list_opening")),
        disease_list_closing=re.compile(f"等(?:{_either('disease_list_noun')})(?![变灶理人例情程因史])"),
        confused_with=re.compile(f"(?:与|和|同)([^,，;；。:：!?！？]{{1,30}}?)(?:{_either('confused_with')})"),
        confused_mark=_held_by_all(_in_file_order("confused_with")),
        compared_disease=re.compile(
            f"与(?:{_either('compared_kind')})?的?([^,，;；。:：!?！？与和及]{{2,15}}?)(?:{_either('comparison_degree')})?"
            f"(?:{comparison_end})"),
        comparison_end=re.compile(_either("comparison_end")),
        told_apart_from=re.compile(f"与([^。；;]{{2,40}}?)(?:{_either('told_apart')})"),
        another_kind=another_kind,
        changes_the_disease=re.compile(f"[{not_the_same}]" if not_the_same else "(?!)"),
        adjective_opening=re.compile(rf"(?:{none_of_them}[\u4e00-\u9fff]){{1,5}}?[性型]"),
        typed=re.compile(rf"(?:{none_of_them}[\u4e00-\u9fff]){{0,5}}[性型]"),
        kind_words=re.compile(f"[^{not_the_same}亚和与及或、\\x00-\\u4dff]+"),
        list_closing=re.compile(_either("list_closing")),
        # a list of causes announced with a colon (可能与下述病因有关:…, 常见病因有：…): the diseases after it, to the
        # list's end (``_list_end``), are other diseases, causes of the record's (context review of medical_0,
        # 2026-12-05: 37 of 37 rows right on medical_0–1); not 原因为： nor 下列因素有关：, which also list states and
        # habits (6 of 37 wrong with them). Each branch opens with a word, not an optional one: ``re`` then skips to
        # the words' first characters. (常见|主要)病因有： is read as 病因有：, its end, the list's start, the same.
        cause_list=re.compile(
            f"(?:{_either('cause_colon_link')})(?:{_either('cause_colon_following')})[^，,。；;]{{0,8}}?"
            f"(?:{_either('cause_colon_noun')})[^，,。；;:：]{{0,6}}[:：]"
            f"|病因(?:主要)?(?:{_either('cause_colon_verb')})[:：]"
        ),
        cause_list_nouns=(*_in_file_order("cause_colon_noun"), "病因"),
        # a title naming what a disease shows or brings (X的胃肠道表现, X伴发的精神障碍, X引起的肾损害; ``base_link``):
        # X, whose patients the record is about, is the record's own disease too; not after 继发于 (of another)
        base_disease=re.compile(f"(?!继发于)(?P<base>[^的]+?)(?:{_either('base_link')})?的"),
    )


#: A number with a unit: a size or an amount, an attribute before a 的 (直径超过1cm的红斑).
_MEASURE = re.compile(r"[0-9][0-9.]*\s*(?:[a-zA-Zμ%]|[个次度])")
#: Right before an attribute word, these negate the attribute itself (不完整的, 未明确的).
_NEGATES_THE_ATTRIBUTE = frozenset("不未")


def _qualifies_the_noun(text: str, cue: _Cue, de: int, end: int, window: _Window) -> bool:
    """Whether the words from a negation ``cue`` to the 的 at ``de`` make a relative clause, whose
    noun after the 的 is there: ``未破裂的动脉瘤``, ``未经治疗的尿道炎``, ``无家族史的白内障``,
    ``不健康的牙齿``, ``未发现的肌腱端炎``. They do not when they end with an ``attribute`` word
    (``无典型的心绞痛``, ``未引起严重的感染``, the 明显 of the cue ``无明显``) not negated by a 不 or
    未 right before it (``不完整的``), nor when only a body part, test or microbe stands before the
    的 (``无腹部的压痛``: whose finding it is), nor after a verb of finding when the mention (starting
    at ``end``) comes right after the 的 (``找不到感染的病毒``)."""
    stop = de
    whose = [e for e in window.entities_in(cue.end, de) if e.end == de and e.label in _WHOSE_LABELS]
    if whose:
        stop = min(e.start for e in whose)
        if stop == cue.end:
            return False
    # a negated verb of search (its ``search_ending``: 未见, 未检出, 找不到, 未触及; not 未发现, 未出现: 未出现转移的肺癌 is
    # there) does not find the whole phrase after it, a relative clause with its noun right after the 的
    # (神经节中找不到感染的病毒), unless nothing stands between it and the 的 (未发现的肌腱端炎: undiagnosed, there)
    if (stop > cue.end and end == de + 1 and text.endswith(_vocabulary().search_endings, cue.start, cue.end)
            and not any(c.word.relation is not None and c.end == stop for c in window.cues_in(cue.end, stop))):
        return False  # a verb of finding negates the whole phrase after it: 未检出致病的细菌 (not
        # 找不到原因的X: X of no known cause is there)
    if _MEASURE.search(text, cue.end, stop):
        return False  # a size is an attribute: 未出现直径超过1cm的红斑
    ending = _attribute_ending().search(text, cue.start, stop)
    return ending is None or (ending.start() > 0 and text[ending.start() - 1] in _NEGATES_THE_ATTRIBUTE)


def _negates_an_attribute(text: str, rule: ContextRule, cue: _Cue, end: int, window: _Window) -> bool:
    """Whether a negation ``cue`` negates an entity inside an attribute that 的
    ties to the entity starting at ``end``: in ``无巩膜炎的RA``, ``无并发症的疼痛``, ``尚未患上冠心病的人群``
    the scleritis is absent and the RA present. So a forward negation does not reach past a 的 that
    follows an entity after the cue; with no entity before the 的 it does only after an attribute
    word (``没有明显的蛋白尿``, ``无真正的眼球震颤``; not ``未破裂的AVM``: ``_qualifies_the_noun``), and so
    it does when a body part, test or microbe stands right before the 的, naming only whose finding
    it is (``无腹部的压痛``, ``未见肝脏的肿大``; but ``无皮肤表现的红斑狼疮``: the lupus is there). Nor
    to a mention more than four characters after the 的 with no list between, other mentions and
    an adjective in 性 right before the mention not counted
    (``缺乏运动的人很容易得到动脉硬化``, ``没有明确的证据表明吸烟会导致肺癌``: the 的 ties the negated
    words to another noun; still ``无明显的反复发作性上腹部疼痛``, ``无明显的运动性抑制或精神病``). Cue
    rows cannot say this (which 的 ends the scope depends on the entities), hence code."""
    if rule.category != "negated":
        return False
    start = cue.end
    de = text.rfind("的", start, end)
    if de < 0:
        return False
    head_end = end
    if adjective := _ADJECTIVE_BEFORE.search(text, de + 1, end):
        head_end = adjective.start()  # 无典型的|夜间阵发性|呼吸困难
    gap = _leash(text, de + 1, head_end, window.entities_in(de + 1, head_end))
    if gap > _HEAD_GAP and not _LIST_MARK.search(text, de + 1, end):
        return True  # 缺乏运动的人很容易得到…: the 的 ties the negated words to another noun
    return any(
        e.end <= de and not (e.label in _WHOSE_LABELS and e.end == de) for e in window.entities_in(start, de)
    ) or _qualifies_the_noun(text, cue, de, end, window)


#: After a relation word: the cause phrase is the subject (疑似肺癌的主要原因是吸烟), not what is judged.
_COPULA = re.compile(r"(?:之一)?\s*(?:是|为)")
#: Between mentions that a relation word after them covers alike: a list (A、B等C的诱因) or nothing.
_LINKED = re.compile(r"[\s、和及或与]*等?")


def _names_what_a_relation_is_of(
    text: str, entity: Entity, cue_end: int, cues: list[_Cue], clause_end: int, window: _Window
) -> bool:
    """Whether ``entity`` only says what a relation word after it is of: ``Y`` in
    ``X可能是Y的主要原因``, ``吸烟很少是肺癌的诱因``. A forward cue (ending at ``cue_end``) before
    ``Y`` then judges the relation (the cause is uncertain, seldom, denied), not ``Y``. The
    relation word (``relation`` rows: 原因, 因素 …) must follow a 的 within its ``max_scope``
    characters (主要, 高危, 唯一); the 的 may follow ``Y`` or mentions linked to it (``Y、Z等W的诱因``,
    ``睾丸肿胀的原因``). Not when ``Y`` is the cause itself (a ``cause_marker`` before it: ``由于感冒的原因``) or the cause phrase
    is the subject (``疑似肺癌的主要原因是吸烟``)."""
    position = entity.end
    while position < clause_end and text[position] != "的":
        link = _LINKED.match(text, position, clause_end).end()
        following = [e.end for e in window.entities_in(link, link) if e.end <= clause_end]
        if not following:
            return False
        position = max(following)
    if position >= clause_end or _vocabulary().cause_markers.search(text, cue_end, entity.start):
        return False
    for cue in cues:
        rule = cue.word.relation
        if (
            rule is not None
            and position < cue.start <= clause_end
            and (rule.max_scope is None or cue.start - position - 1 <= rule.max_scope)
        ):
            return _COPULA.match(text, cue.end, clause_end) is None
    return False


def _linked_to_a_cause(text: str, entity: Entity) -> bool:
    """Whether words tying it to a cause follow the mention (…可能与乳腺癌的发病相关, …也可能参与风湿
    热的发生; ``cause_link_noun`` and ``cause_link`` words): a hedge before it then judges the link, not the
    record's own disease."""
    return _vocabulary().cause_link.match(text, entity.end) is not None


def _closes_a_bracket(text: str, cue_start: int, start: int, end: int) -> bool:
    """Whether the cue at ``cue_start`` sits in a bracket opened before it that closes between
    ``start`` and ``end``: a cue inside a bracketed remark judges nothing after it (由细菌(极少数为真菌…)
    引起的感染性炎症: the inflammation is no rarity; mentions re-review of medical_9, 2026-12-04). Not a
    closing bracket with none opened (不伴有1)发热、2)咳嗽: a list's numbering; code review)."""
    if text.find(")", start, end) < 0:
        return False  # most spans: no bracket closes
    depth = 0
    for char in text[start:end]:
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return _opened_before(text, cue_start)
            depth -= 1
    return False


#: How far back a bracket holding a cue is looked for, within its sentence.
_BRACKET_REACH = 60


def _opened_before(text: str, pos: int) -> bool:
    """Whether a bracket opened before ``pos`` in its sentence is still open at ``pos``."""
    depth = 0
    for i in range(pos - 1, max(pos - _BRACKET_REACH, 0) - 1, -1):
        char = text[i]
        if char == ")":
            depth += 1
        elif char == "(":
            if depth == 0:
                return True
            depth -= 1
        elif char in SENTENCE_ENDS:
            return False
    return False


def _modifier(text: str, entity: Entity, cues: list[_Cue], window: _Window,
              clause: tuple[int, int]) -> tuple[str, _Cue | None]:
    """The modifier of the nearest cue whose scope holds ``entity``; ``cues`` are those starting
    in ``clause``, the entity's scope: no other can govern it."""
    c_start, c_end = clause
    best: tuple[int, str, _Cue] | None = None
    for cue in cues:
        word = cue.word
        if word.forward is None and word.backward is None:  # pseudo, terminate, owner …
            continue
        closing = cue.start == c_end  # the cue is the mark that ends the clause: 肺癌?
        if cue.start < c_start or (cue.end > c_end and not closing):
            continue
        if cue.end <= entity.start:
            between = (cue.end, entity.start)
            rule = word.forward
            if rule is not None and (
                (rule.category == "negated" and text[cue.end] in _PHRASE_ENDS)  # B12缺乏、低糖血症: ends its phrase
                or (rule.category == "negated" and _NOUN_PHRASE_END.search(text, cue.end, entity.start))
                or (rule.category == "negated" and _negates_a_word_of_its_own(text, cue, entity, c_end, window))
                or (rule.category == "negated" and _negates_another_verb(text, cue, entity))
                or (rule.category == "negated" and _negates_a_cause(text, cue, entity))
                or (rule.category in _SITE_CATEGORIES and _names_a_site(text, entity, cues, window))
                or _INLINE_SPACE.search(text, cue.end, entity.start + 1) is not None  # 忌用双胍类 糖尿病人有…
                or (_negates_an_attribute(text, rule, cue, entity.start, window)
                    and not (text[cue.start] in _PROHIBITIONS and entity.label in _OBJECT_LABELS))  # 禁用…的药物如阿司匹林
                or (rule.category != "hypothetical"  # 预防神经管畸形的机制: still what prevention is for
                    and _names_what_a_relation_is_of(text, entity, cue.end, cues, c_end, window))
                or _closes_a_bracket(text, cue.start, cue.end, entity.start)  # 细菌(极少数为真菌)引起的|炎症
                or (word.condition and not _in_the_condition(text, cue, entity))
                or (rule.category == "rare" and _counts_cells(text, cue, entity))
                or (rule.category == "hypothetical" and _names_a_patient_group(text, cue, entity))
            ):
                continue
        elif cue.start >= entity.end and (closing or _closes_clause(text, cue, c_end) or _turns_after(text, cue, c_end)):
            between = (entity.end, cue.start)
            rule = word.backward
            if rule is not None and _qualifies_a_later_entity(text, entity, cue.start, window):
                continue
            if rule is not None and _compared_with(text, entity, c_start, window):
                continue  # 绒毛状腺瘤较|管状腺瘤少见: what the first is compared with is not judged
            if rule is not None and _of_a_head().search(text, entity.end, cue.start) and not window.entities_in(
                    text.rfind("的", entity.end, cue.start), cue.start - 1):
                continue  # Hp的传播途径尚不清楚, 免疫抑制剂在发病中的具体作用尚不清楚: the cue judges the noun after 的
            if (rule is not None and rule.category == "negated" and entity.label != "symptom"
                    and text.startswith("不", cue.start) and _pattern_of("manifestation_noun").search(text, entity.end, cue.start)):
                # a manifestation_noun (症状, 体征) before a backward 不明显 is what it judges, not the disease, test or
                # body part before it (大肠癌症状不明显, 肺部体征不明显); a symptom's (口干症状不显著) is it
                continue  # 甲状腺癌早期临床表现不明显: what is not evident is how it shows
            if (rule is not None and rule.category == "possible" and text[cue.start - 1:cue.start] == "的"
                    and _pattern_of("thinking").search(text, entity.end, cue.start)):
                # a thinking word (考虑, 警惕 …) before a backward 的可能: only its object is possible
                # (context review of medical_0, 2026-12-05, 4 of 4 right)
                continue  # 动脉搏动减弱…要考虑外周动脉栓塞的可能: only what is thought of is possible
        else:
            continue
        if rule is None or (
            rule.max_scope is not None and _leash(text, *between, window.entities_in(*between)) > rule.max_scope
        ):
            continue
        if rule.category == "normal" and entity.label in _NEVER_NORMAL:
            continue  # 良性肿瘤局部温度正常, 恶性黑色素瘤的发病率不高: a measure of it is normal, not it
        if (rule.category == "negated" and entity.label in _NEVER_ABSENT and cue.start >= entity.end
                and text.startswith(_words_of("absence"), cue.start)):
            continue  # 耳聋和外耳道缺如, 脑干畸形、小脑畸形、嗅脑缺如: an anomaly, not what is missing
        if any(between[0] <= t.start and t.end <= between[1] and t.word.terminates
               and not (cue.end <= t.start and text.startswith(_ACCOMPANIED, t.start)
                        and _right_after_the_cue().fullmatch(text, cue.end, t.start))
               and not (rule.category in _REACH_THE_EFFECT and cue.end <= t.start
                        and text.startswith(_THEN, t.start) and _vocabulary().effect.match(text, t.end)) for t in cues):
            continue  # (not the 伴 of 个别患者伴有发热, 少数病人可伴呕吐: the cue's own verb)
        distance = between[1] - between[0]
        if best is None or distance < best[0]:
            best = (distance, rule.category, cue)
    return ("present", None) if best is None else (best[1], best[2])


@functools.cache
def _a_patient_group() -> re.Pattern[str]:
    """Right after a disease: it names a group of patients (糖尿病患者, 艾滋病人 after a 病: the
    ``patient_noun`` and ``patient_suffix`` words of quantity_cues.tsv, not the cases of ``case_noun``),
    whom a condition or prevention cue does not make hypothetical (如果是糖尿病患者，应…; 避免接触传染病人)."""
    res = load_quantity_resources()
    return re.compile(f"的?(?:{alternation((*res.patient_nouns, *res.patient_suffixes))})")


_A_PATIENT_AFTER_BING = "人"


def _names_a_patient_group(text: str, cue: _Cue, entity: Entity) -> bool:
    """Whether a forward ``hypothetical`` cue before ``entity`` reaches a patient group named by it
    (context review of medical_7, 2026-12-05: 11 of 12 right on medical_7–8): the cue judges the
    group, not whether the disease is there (如为糖尿病患者…: 糖尿病 is asserted of the patients). A ``having``
    verb between the cue and the disease makes the group part of the condition (如有视野缺损的病人,
    如果家中已有呼吸道传染病人, 如合并瘘管者, 如发生张力性气胸者 stay hypothetical)."""
    if entity.label not in _FINDING_LABELS or _pattern_of("having").search(text, cue.start, entity.start):
        return False  # not 若手术者…: the surgeon
    return bool(_a_patient_group().match(text, entity.end)) or (
        entity.text.endswith("病") and text.startswith(_A_PATIENT_AFTER_BING, entity.end))


def _counts_cells(text: str, cue: _Cue, entity: Entity) -> bool:
    """Whether a ``counting`` rare cue (少数, 个别) counts cells or fibres, not cases: 细胞 (纤维) a few words after it,
    with no clause mark, blank, patient word (患 病 例) nor one of the verbs 为 可 发 出 有 是 between (other
    verbs, 见 伴 浸润, are not checked), ending before ``entity`` or with it (伴有少数嗜酸性粒细胞和|浆细胞浸润|, 房水中有少数
    浮游的|红细胞|): the finding is there. Not 极少数出现肉眼血尿及红细胞管型, 少数可恶变为鳞状细胞癌 (a verb:
    the cases are few), 少数患者巨核细胞对射线…敏感 (patients), nor a ``population`` word of quantity_cues.tsv
    between (少数儿童白细胞减少, 极少数女性白细胞减少: people counted; code review 2026-12-05). Context review of
    medical_5 (2026-12-05): 4 of 4 right there."""
    if text[cue.start:cue.end] not in _words_of("counting"):
        return False
    cells = _CELLS_COUNTED.match(text, cue.end)
    return (cells is not None and cells.end() <= entity.end + 2
            and _population_words().search(text, cue.end, cells.end()) is None)


@functools.cache
def _population_words() -> re.Pattern[str]:
    """The ``population`` words of quantity_cues.tsv (儿童, 女性, 患者 …): people, whom a counting cue
    before them counts."""
    return re.compile(alternation(load_quantity_resources().population))


#: After a counting cue: a few words with no clause mark, verb, blank or patient word, then 细胞 that
#: opens no tumour's or leukaemia's name (少数嗜酸性粒细胞; not 少数患者红细胞内…, 少数严重病例肾小球囊上皮
#: 细胞也有增殖, 极少数肾母细胞瘤自发破溃, 极少数慢粒急变和慢性中性粒细胞白血病: cases counted), or 纤维
#: (少数肌肉纤维出现…撕裂: fibres counted; not 纤维瘤, 纤维化; context review of medical_5, 2026-12-06).
_CELLS_COUNTED = re.compile(r"[^\s,，。;；为可发出有是患病例]{0,10}?(?:细胞(?![瘤癌肿白])|纤维(?![瘤化]))")


@functools.cache
def _of_a_head() -> re.Pattern[str]:
    """Between an entity and a backward cue: 的 and a noun of its own, the head the cue judges
    (Hp的|传播途径|尚不清楚), not the entity that only says whose it is. Not a ``not_a_head`` word of
    how often it occurs (出现肠梗阻的机会较少) nor a patient or case noun of quantity_cues.tsv (双侧患结核的
    病例罕见): the finding itself is rare."""
    res = load_quantity_resources()
    words = alternation((*_words_of("not_a_head"), *res.patient_nouns, *res.case_nouns))
    return re.compile(rf"的(?!{words})[\u4e00-\u9fff]{{2,}}\Z")


#: In the words between a negation and a verb of causing, a list the negation reaches over (无合并鼻腔损伤或发生感染).
_LISTED = re.compile("[或和及与、]")


def _negates_a_cause(text: str, cue: _Cue, entity: Entity) -> bool:
    """Whether the negation ``cue`` negates what causes ``entity``, not the causing: words other
    than adverbs stand between it and a verb of causing before the entity (缺乏维生素E可发生溶血性
    贫血, 没有明显外伤也可发生出血: the finding comes); not 不引起黄疸, 一般不会导致肠梗阻."""
    words = _vocabulary()
    causing = words.causing.search(text, cue.end, entity.start)
    return (causing is not None and words.causing_adverbs.fullmatch(text, cue.end, causing.start()) is None
            and _LISTED.search(text, cue.end, causing.start()) is None)
#: Cues whose scope runs over ``而`` into the effect it introduces: what is prevented, or how
#: few patients have it, is the effect (防止速度过快而导致心衰, 少数患者由于脑室孔阻塞而发生脑积水);
#: a negation there negates the cause (无明显诱因而发生, ``_negates_a_cause``).
_REACH_THE_EFFECT = frozenset({"hypothetical", "rare"})
_THEN = "而"


@functools.cache
def _right_after_the_cue() -> re.Pattern[str]:
    """Between a cue and a terminate 伴 that is the cue's own verb: a patient noun of quantity_cues.tsv
    (个别患者|伴有, 少数病人可|伴, 个别病例尚可|伴有, 少数病人于抽搐时|伴有)."""
    patients = alternation(load_quantity_resources().patient_words)
    return re.compile(rf"(?:{patients})?(?:于[^，,。；;：:]{{1,6}}时)?[可亦也还尚并]{{0,2}}")


_ACCOMPANIED = "伴"


def _negates_a_word_of_its_own(text: str, cue: _Cue, entity: Entity, clause_end: int, window: _Window) -> bool:
    """Whether ``cue`` judges a word that is no mention, before a 、 that comes ahead of
    ``entity``, so that the 、 lists what follows with that phrase rather than with a negated
    finding. So it is when the negation is itself an item of a list (嗜睡、缺乏食欲、恶心) or sits in
    a remark in brackets before the 、 ((即直立时心率无相应增加)、无汗), when it is 不 or 未 negating
    a verb (症状持续不改善、黄疸加深, 胰管未融合、胰管融合异常; but 不吃蔗糖、葡萄糖: the verb takes
    every drug or food of the list), or else when no 等 or 症状 closes the list after the entity
    (但无酮味、血压下降; but 亦无联想增快、思维奔逸等症状). Never after a prohibition, whose list is
    what is forbidden (禁用冰枕、冷敷及乙醇擦浴). 无发热、咳嗽 negates both: a finding follows the cue."""
    mark = text.find("、", cue.end, entity.start)
    if mark <= cue.end or window.entities_in(cue.end, mark - 1) or text[cue.start] in _PROHIBITIONS:
        return False
    if (cue.start > 0 and text[cue.start - 1] == "、") or _CLOSING_BRACKET.search(text, cue.end, mark):
        return True
    if text[cue.start:cue.end] in _VERB_NEGATIONS:
        return entity.label not in _OBJECT_LABELS
    return _vocabulary().list_closing.search(text, entity.end, clause_end) is None


def _names_a_site(text: str, entity: Entity, cues: list[_Cue], window: _Window) -> bool:
    """Whether ``entity`` is a body part that only says where the finding after it is (无腹部压痛,
    预防口腔感染, 未见肺部阴影, 无肝脾肿大): a negation, doubt or prevention before it judges that
    finding, not the organ. Not a part that ends its phrase (尿中无红细胞，, 触摸不到淋巴结或扁桃体)
    or that a cue of its own follows (未见胆囊显影不良), nor one a lab result follows (未见染色体异常:
    the result is the part's, and the labs read it) unless a finding mention holds both (无皮肤损害:
    the lesion is judged, 皮肤 only says where), nor one a ``part_itself`` word follows, saying the part itself is
    there or not (沟底无乳头生长, 无血管分布, 腹股沟区无肌肉保护, 颈部无甲状腺者)."""
    if entity.label != "body":
        return False
    end = entity.end
    if any(end < e.end and e.label in _HOLDING_FINDINGS for e in window.entities_in(max(entity.start - _LONGEST_SITE, 0), entity.start)):
        return True
    if end >= len(text) or text[end] in _SITE_PHRASE_ENDS or text.startswith(_SITE_LIST_WORDS, end):
        return False
    if any(cue.start == end and cue.word.backward is not None for cue in cues):
        return False
    return not text.startswith(_lab_result_words(), end) and not text.startswith(_vocabulary().part_itself, end)


#: Findings that may hold a body part, and how far before the part such a finding may start.
_HOLDING_FINDINGS = frozenset({"symptom", "disease"})
_LONGEST_SITE = 12
#: Modifiers whose cue, before a body part, judges the finding at that part (see ``_names_a_site``).
_SITE_CATEGORIES = frozenset({"negated", "possible", "hypothetical"})
_SITE_PHRASE_ENDS = frozenset("，,。；;：:、)）")
_SITE_LIST_WORDS = ("或", "和", "及", "与", "等")


@functools.cache
def _lab_result_words() -> tuple[str, ...]:
    """The result words and the longer fillers of ``lab_findings.tsv`` (升高, 异常, 水平 …; not
    的 or 或: 无皮肤的病变 judges the lesion; not the ``closing_after`` 高 of 大隐静脉高位结扎)."""
    from ..clinical.vocabulary import load_clinical_vocabulary  # the later stage's data; no import cycle

    vocabulary = load_clinical_vocabulary()
    words = {*vocabulary.open_findings, *(filler for filler in vocabulary.fillers if len(filler) > 1)}  # not 的, 或, 在
    return tuple(sorted(words, key=len, reverse=True))


def _negates_another_verb(text: str, cue: _Cue, entity: Entity) -> bool:
    """Whether a 不 or 未 (并未, 尚未 …) judges a verb between it and ``entity`` that is no
    verb of happening, having, finding or using (``occurrence`` rows of context_rules.tsv): 不正规
    扩张宫颈, 但不抑制低血糖, 粪便不成形或稀便 leave the finding present; 不引起黄疸, 未检出抗体,
    听不到杂音 and 不会被感染 (``modal`` words skipped) negate it, as does such a verb after a
    ``preposition`` (未从后者中分离出病毒). Nothing between (未治疗, 不发热) or an attribute word
    (不要过度的疲劳: the 的 rules decide) leaves the negation as it is."""
    if text[cue.end - 1] not in _VERB_NEGATIONS:
        return False
    position = cue.end
    while (modal := next((word for word in _words_of("modal") if text.startswith(word, position)), None)) is not None:
        position += len(modal)
    if position >= entity.start or text.startswith(_words_of("occurrence") + _words_of("attribute"), position):
        return False
    if text.startswith(_words_of("preposition"), position):
        between = text[position:entity.start]
        return not any(verb in between for verb in _words_of("occurrence"))
    return True


#: First characters of the negation cues that forbid (禁用, 禁服, 忌用 …).
_PROHIBITIONS = frozenset("禁忌")
#: Negations of a verb, not of a thing's presence.
_VERB_NEGATIONS = frozenset("不未")
#: What a negated verb may take as objects, the list after the 、 included (不吃蔗糖、葡萄糖).
_OBJECT_LABELS = frozenset({"drug"})
_CLOSING_BRACKET = re.compile("[)）]")


#: Ends the noun phrase a negation is in (未注射疫苗者对HAV易感: those not vaccinated are
#: susceptible); not the 者 of 或者 (or), nor of 患者, 前者, 后者, 两者, 二者, 作者, 学者, words
#: the negated verb often reads from (未能从患者的肠组织中分离出病毒, 未从后者中分离出病毒), though the
#: 者 of 发作者, 工作者, 操作者 does (无癫痫发作者海马硬化发生率为9%). A quantifier's scope goes on
#: (少数严重者可有谵妄 is rare). A condition in 时 ends it too (缺乏维生素A时可见…贫血: the anaemia is
#: there), not the 时 of 及时, 同时, 有时, 小时 ….
_NOUN_PHRASE_END = re.compile("(?<![或患前后两二学])(?:(?<=[发工操]作)|(?<!作))者|(?<![及同不随有暂按定当平此准适小一临历届])时(?![间期刻相程])")

#: Labels a ``normal`` cue never judges: a disease or symptom is no value that can be normal, nor a
#: drug (补充维生素A…能使…转化为正常: what becomes normal is the tissue). A procedure may be an
#: examination whose result is normal (脑电图检查正常).
_NEVER_NORMAL = frozenset({"disease", "symptom", "drug"})
#: Labels an ``absence`` word (缺如) does not negate: a structure, a cell, a test can be missing (子宫颈缺如,
#: 神经节细胞缺如, 脉搏缺如); a disease or symptom before it is mostly an anomaly listed with the missing part
#: (耳聋和外耳道缺如, 髌骨发育不良或完全缺如). Context fix C (2026-12-06): 3 of 8 such symptom rows right.
_NEVER_ABSENT = frozenset({"disease", "symptom"})
#: A space between Chinese words: Chinese writes none inside a sentence, so one there separates
#: items (忌用双胍类 糖尿病人有肾盂肾炎, 脓很少外流 鼓膜穿孔) and ends a forward cue's scope.
_INLINE_SPACE = re.compile("[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]")

#: Marks right after a forward negation that show it closes a phrase (上视不能、, 凝血因子缺乏,);
#: other cues share what follows (积极预防、治疗妇科疾病).
_PHRASE_ENDS = frozenset("、,，;；")
#: Shortest part of a title joining diseases that names one of them (神经性厌食症与神经性贪食症),
#: and shortest name adjectives in 性 may open without changing the disease (恶性|淋巴瘤; not 缺铁性|贫血).
_MIN_HEAD = 3
#: Last characters a record's disease name can be written without (低血糖症, 远视眼; 症 as 征).
_NAME_ENDINGS = frozenset("征病眼")
#: At most this many characters written before a record's disease name (of three characters or more)
#: name a kind or a site of it (海绵状|血管瘤, 乙状|结肠扭转, 阿米巴|肝脓肿, 球后|视神经炎): context
#: review of medical_0, 2026-12-05, 31 of 31 rows right on medical_0–1. Not with 亚 (亚急性感染性心内膜炎
#: in a record on 急性感染性心内膜炎) nor the first character of an ``another_kind`` word (类风湿关节炎 is no 关节炎), nor
#: Latin letters (Wegener|肉芽肿).
_KIND_OPENING = 4


def _unended(name: str) -> str:
    """``name`` without the 征 or 病 ending it (肺脓肿 and 肺脓肿病 are one name)."""
    return name[:-1] if name[-1:] in "征病" else name
#: A type of a disease, whatever the length of its name (瘤型麻风, 类偏结核样型麻风, Ⅱ型糖尿病); not
#: 非典型 (atypical), which names another disease.
_TYPE_OPENING = re.compile(r"(?!非)(?:[\u4e00-\u9fff]{1,6}?|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩA-Za-z0-9]{1,4})型")
#: Labels of mentions that may name the record's disease by a variant of its name.
_VARIANT_LABELS = frozenset({"disease", "symptom"})
_TITLE_JOINS = re.compile(r"[与和及、]")
#: The most characters between a 的 and the mention a negation before the 的 still reaches
#: (没有明显的全身中毒症状: 全身), the marks of a list that carries it further (无明显的A或B), and an
#: adjective in 性 written right before the mention, not counted (无典型的夜间阵发性呼吸困难).
_HEAD_GAP = 4
_LIST_MARK = re.compile("[、和及或与]")
_ADJECTIVE_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,8}性\Z")
#: Labels of an entity before 的 that only says whose finding follows (无腹部的压痛).
_WHOSE_LABELS = frozenset({"body", "test", "microbe"})


#: An adjectival 性 inside a name, which it may be written with or without (急性淋巴细胞性白血病,
#: 急性淋巴细胞白血病; 心脏性猝死, 心脏猝死); not one opening it (性功能障碍) or closing it (狭窄性 of
#: 亦称狭窄性或闭塞性胆管炎). Symptoms (``process``) and the record's own disease compare names without it.
INNER_XING = re.compile(r"(?<=.)性(?=.)")


#: 症 and 征 are written for each other (the POEMS综合征 seed also says POEMS综合症): names are compared
#: with the first written as the second.
_WRITTEN_AS, _COMPARED_AS = "症", "征"


def _disease_key(name: str) -> str:
    """``name`` as compared with the record's disease (``_WRITTEN_AS`` as ``_COMPARED_AS``)."""
    return name.replace(_WRITTEN_AS, _COMPARED_AS)


@functools.lru_cache(maxsize=4096)  # a record's texts ask about the same few names again and again
def _names_record_disease(name: str, record_key: str, *, title_parts: bool = True, variants: bool = True,
                          heads: bool = True, kinds: bool = True) -> bool:
    """Whether ``name`` names the record's disease (``record_key`` is its ``_disease_key``):
    spells it, or spells it without the patient group and qualifiers that open it
    (``disease_prefixes.tsv``: IgA肾病 in a record on 小儿IgA肾病 or 原发性IgA肾病, 胰腺炎 in one on
    老年人急性胰腺炎, 肝癌 in one on 原发性肝癌), or, with ``title_parts``, names one of the
    diseases a title joins (``_record_diseases``). Other openings change the disease
    (霍奇金淋巴瘤 under 非霍奇金淋巴瘤, 支气管炎 under 毛细支气管炎), and one character is no name.

    With ``variants`` (a disease or symptom mention; never a body part: 心脏 of 先天性心脏病)
    also: the name without adjectives in 性 opening it, when three characters or more are left
    (淋巴瘤 in 恶性淋巴瘤, 白内障 in 外伤性白内障; not 贫血 in 缺铁性贫血, nor 肠梗阻 in 假性肠梗阻:
    an adjective holding 非, 假, 类, 副, 拟 or 抗 changes the disease); the name without the 症,
    病 or 眼 ending it (低血糖 of 低血糖症, 远视 of 远视眼); a kind of it named with such openings
    (急性心肌梗死 in a record on 心肌梗死, 细菌性前列腺炎 in one on 前列腺炎; adjectives make no kind
    of a two-character name, which is too general to tell: 流行性感冒 is no 感冒, and 自发性气胸
    in a record on 气胸 stays another disease; a type in 型 is one whatever the length: 瘤型麻风 in
    one on 麻风); it graded (轻度中毒 in a record on 苯中毒, not
    in one on 假性…); and the lesion of ``disease_heads.tsv`` ending it, without the site before
    it (骨折 in a record on 距骨骨折, 动脉瘤 in one on 颅内动脉瘤; not in one on 假性动脉瘤), unless
    ``heads`` is off (another site is written before the mention: ``_heads_elsewhere``)."""
    if not record_key:
        return False
    key = _disease_key(name)
    if len(key) < 2 or key[-1] not in _name_endings(record_key):
        return False  # every way of naming it below ends the name so (most names, once per name and record)
    if key.endswith("征") and len(key) > _MIN_HEAD and not record_key.endswith("征") and _names_record_disease(
            key[:-1], record_key, title_parts=title_parts, variants=variants, heads=heads):
        return True  # 甲减 (canonical 甲状腺功能减退症) in a record on 妊娠合并甲状腺功能减退
    grade = _grades().match(key)
    rest = key[grade.end():] if grade else ""  # the name without its grade (中毒 of 轻度中毒)
    plain = INNER_XING.sub("", key) if "性" in key else key
    for part in _record_diseases(record_key) if title_parts else (record_key,):
        if key == part or (part.endswith(key) and _only_prefixes(part[: -len(key)], adjectives=variants and len(key) >= _MIN_HEAD)):
            return True
        if not variants:
            continue
        if heads and key in load_disease_heads() and part.endswith(key) and not _vocabulary().changes_the_disease.search(part[: -len(key)]):
            return True  # the lesion without its site: 骨折 in a record on 距骨骨折
        whole = part[:-1] if part[-1] in _NAME_ENDINGS else part
        if whole != part and len(whole) >= 2 and (key == whole or (whole.endswith(key) and _only_prefixes(
                whole[: -len(key)], adjectives=len(key) >= _MIN_HEAD))):
            return True  # 低血糖 of 低血糖症
        if key.endswith(part) and (_only_prefixes(key[: -len(part)], adjectives=len(part) >= _MIN_HEAD)
                                   or _TYPE_OPENING.fullmatch(key, 0, len(key) - len(part))):
            return True  # a kind of it: 自发性气胸 in a record on 气胸, 瘤型麻风 in one on 麻风
        if (kinds and len(base := _unended(part)) >= _MIN_HEAD and (kind := _unended(key)).endswith(base)
                and 0 < len(kind) - len(base) <= _KIND_OPENING and _vocabulary().kind_words.fullmatch(kind, 0, len(kind) - len(base))):
            return True  # a kind or a site of it: 海绵状血管瘤 in a record on 血管瘤, 乙状结肠扭转 in one on 结肠扭转
        if (core := _without_patient_group(part)) != part and key.endswith(core) and _only_prefixes(
                key[: -len(core)], adjectives=len(core) >= _MIN_HEAD):
            return True  # a kind of it in a record on its patients: 急性呼吸衰竭 in one on 小儿呼吸衰竭
        if key[-1] in _NAME_ENDINGS and len(key) >= _MIN_HEAD and part.endswith(key[:-1]) and _only_prefixes(
                part[: -len(key) + 1], adjectives=len(key) > _MIN_HEAD):
            return True  # the name with 症 or 病: 遗尿症 in a record on 小儿遗尿
        if len(rest) >= 2 and part.endswith(rest) and not _vocabulary().changes_the_disease.search(part[: -len(rest)]):
            return True  # it graded: 轻度中毒 in a record on 苯中毒
        if (variants and "性" in key + part and len(plain) >= _MIN_HEAD
                and plain in (_without_inner_xing(part), _without_inner_xing(_without_patient_group(part)))):
            return True  # 急性淋巴细胞白血病 (ALL) in a record on 小儿急性淋巴细胞性白血病 (mentions review of medical_7)
    return False


@functools.lru_cache(maxsize=256)  # asked of the record's diseases for every name compared with them
def _without_patient_group(name: str) -> str:
    """``name`` without the patient group opening it (呼吸衰竭 of 小儿呼吸衰竭), else itself."""
    for group in _patient_groups():
        if name.startswith(group) and len(name) - len(group) >= _MIN_HEAD:
            return name[len(group):]
    return name


@functools.lru_cache(maxsize=64)
def _record_diseases(record_key: str) -> tuple[str, ...]:
    """The diseases a record's title names: itself, each of two or more joined by 与, 和, 及
    or 、 (神经性厌食症与神经性贪食症: both are the record's own), and the disease whose
    manifestation it names (淀粉样变病 of 淀粉样变病的胃肠道表现)."""
    joined = _TITLE_JOINS.split(record_key)
    # a two-character part is one when another part holds it (伤寒 of 伤寒与副伤寒; context review of medical_4, 6a)
    parts = [part for part in joined if len(part) >= _MIN_HEAD
             or (len(part) >= 2 and any(part in other for other in joined if other != part))]
    diseases = (record_key, *parts) if len(parts) > 1 else (record_key,)
    if (base := _vocabulary().base_disease.match(record_key)) and len(base["base"]) >= _MIN_HEAD:
        diseases += (base["base"],)  # 淀粉样变病 of 淀粉样变病的胃肠道表现, 白塞病 of 白塞病伴发的精神障碍
    return diseases


@functools.lru_cache(maxsize=256)  # asked of the record's diseases for every name compared with them
def _without_inner_xing(name: str) -> str:
    """``name`` without its ``INNER_XING`` (急性淋巴细胞白血病 of 急性淋巴细胞性白血病)."""
    return INNER_XING.sub("", name)


@functools.lru_cache(maxsize=64)  # once per record: each of its sections asks with the same names
def _record_keys(names: tuple[str, ...]) -> tuple[str, ...]:
    """The record's disease and its other names as mentions are compared with them: normalized (粘 → 黏)
    and as ``_disease_key``."""
    return tuple(_disease_key(normalize_text(name)) for name in names)


def _is_record_disease(entity: Entity, record: _Record, *, kinds: bool = True) -> bool:
    """Whether ``entity`` names the record's disease; only a disease mention may name one of
    the diseases a title joins (膀胱 of 膀胱与尿道结石 is a body part), and only a disease or
    symptom mention a variant of its name (心脏 of 先天性心脏病 is a body part). Without ``kinds``,
    a kind or site of it written with a few characters before its name is none (需与毛细支气管炎
    鉴别 in a record on 支气管炎: what a differential diagnosis tells it from; code review). An
    abbreviation whose meaning closes the record's name is the record's (``_abbreviates_the_record_name``:
    DVT, 深静脉血栓, in a record on 下肢深静脉血栓形成)."""
    if not _may_name_the_record(entity, record):
        return False  # most mentions: asked first, before the cached look-ups below
    if _words_name_the_record(entity.text, entity.canonical, entity.label, entity.start not in record.elsewhere, kinds,
                              record.key, record.aliases):
        return True
    if entity.label not in _VARIANT_LABELS:
        return False
    if _abbreviates_the_record_name(entity, record):
        return True  # DVT (深静脉血栓) in a record on 下肢深静脉血栓形成 (row check 2026-12-05)
    if entity.nested and any(
        outer.start <= entity.start and entity.end <= outer.end and not outer.nested and _is_record_disease(outer, record)
        for outer in record.entities
    ):
        return True  # 水过多 of 羊水过多
    return _completed_before(entity, record)


def _may_name_the_record(entity: Entity, record: _Record) -> bool:
    """What every way of ``_is_record_disease`` needs: the mention, or the text right before its end
    (``_completed_before``), ends with a last character of one of the record's names
    (``_names_record_disease`` accepts no other), or the mention is an abbreviation, nested or an infection."""
    endings = record.endings
    return (entity.text[-1:] in endings or entity.canonical[-1:] in endings
            or record.text[entity.end - 1:entity.end] in endings
            or bool(entity.abbr) or entity.nested or entity.text.endswith(_INFECTION))


@functools.lru_cache(maxsize=64)  # once per record
def _record_name_endings(record_key: str, aliases: tuple[str, ...]) -> frozenset[str]:
    """``_Record.endings`` of a record with these names (as ``_disease_key``), and the character a
    mention may write for ``_COMPARED_AS`` (症 for 征, one of ``_NAME_ENDINGS``)."""
    return frozenset(set().union(*(_name_endings(key) for key in (record_key, *aliases))) | {_WRITTEN_AS})


@functools.lru_cache(maxsize=4096)  # a record's sections name the same findings again and again
def _words_name_the_record(text: str, canonical: str, label: str, heads: bool, kinds: bool, record_key: str,
                           aliases: tuple[str, ...]) -> bool:
    """The part of ``_is_record_disease`` that reads only a mention's words (``text``, ``canonical``,
    ``label``) and the record's names: once per name and record, not once per mention."""
    parts, variants = label == "disease", label in _VARIANT_LABELS
    if (_names_record_disease(text, record_key, title_parts=parts, variants=variants, heads=heads, kinds=kinds)
            or _names_record_disease(canonical, record_key, title_parts=parts, variants=variants, heads=heads,
                                     kinds=kinds)):
        return True
    if not variants:
        return False
    if any(_names_record_disease(name, alias, title_parts=False, heads=False) for alias in aliases for name in (text, canonical)):
        return True  # 无精子症 in a record on 无精症 whose overview opens 无精子症是指…; only a finding names one
    if any(_without_site_suffixes(_disease_key(name)) == _without_site_suffixes(record_key) for name in (text, canonical)):
        return True  # 肾脏损伤 in a record on 肾损伤, 颈淋巴结结核 in one on 颈部淋巴结结核: a site written with or without 部, 脏
    microbe = _infection_of(text)
    return bool(microbe) and microbe in record_key  # 布氏杆菌感染 in a record on 布氏杆菌性关节炎: the record's own cause


@functools.lru_cache(maxsize=4096)  # the record's names and the names compared with them, again and again
def _without_site_suffixes(name: str) -> str:
    """``name`` without the ``site_suffix`` words written after a character (肾损伤 of 肾脏损伤, 颈淋巴结结核 of
    颈部淋巴结结核): the same disease, its site written long or short (context review 2026-12-06: 7 of 7 such
    mentions on the ten tuning files were the record's own; other variants, 类癌综合征 in 类癌, were 11 of 34)."""
    return _site_suffix_pattern().sub("", name)


@functools.cache
def _site_suffix_pattern() -> re.Pattern[str]:
    return re.compile(f"(?<=[\u4e00-\u9fff])(?:{alternation(_words_of('site_suffix'))})")


def _infection_of(text: str) -> str:
    """The microbe an infection mention names (布氏杆菌 of 布氏杆菌感染), or ""."""
    return text[: -len(_INFECTION)] if text.endswith(_INFECTION) and len(text) - len(_INFECTION) >= 2 else ""


_INFECTION = "感染"


#: Marks that end the words that may complete a mention into the record's disease.
_NO_NAME = re.compile(r"[\s,，、;；:：。.()（）]")


def _completed_before(entity: Entity, record: _Record) -> bool:
    """Whether the characters right before ``entity`` complete it into the record's disease,
    where the dictionary lacks that longer name (颈|椎管狭窄 in a record on 颈椎管狭窄症, 退变性颈|椎管狭窄
    too; not 腰|椎管狭窄)."""
    text = record.text
    if entity.end < 1 or _disease_key(text[entity.end - 1]) not in _name_endings(record.key):
        return False  # no name ending so is one of the record's, however it opens
    for start in range(entity.start - 1, max(entity.start - len(record.key), -1), -1):
        if _NO_NAME.match(text, start):
            return False
        if _names_record_disease(text[start:entity.end], record.key, title_parts=entity.label == "disease"):
            return True
    return False


@functools.lru_cache(maxsize=64)
def _name_endings(record_key: str) -> frozenset[str]:
    """The last characters of every name ``_names_record_disease`` can accept for ``record_key``:
    each of its diseases' last, the one before an ending it can be written without (低血糖 of
    低血糖症), and those endings themselves (遗尿症 in a record on 小儿遗尿)."""
    endings = set(_NAME_ENDINGS)
    for part in filter(None, _record_diseases(record_key)):
        endings.add(part[-1])
        if part[-1] in _NAME_ENDINGS and len(part) > 1:
            endings.add(part[-2])
    return frozenset(endings)


#: Characters allowed between a body part and the lesion of another site it names (肱骨|髁上处的|骨折).
_SITE_GAP = 4


@functools.lru_cache(maxsize=64)
def _named_as_lesion(record_key: str) -> bool:
    """Whether the record's name ends with a lesion of ``disease_heads.tsv`` (距骨骨折)."""
    return any(record_key.endswith(head) for head in load_disease_heads())


def _heads_elsewhere(text: str, entities: Sequence[Entity], record_key: str) -> frozenset[int]:
    """The starts of the lesion mentions (``disease_heads.tsv``) whose nearest body part before
    them in their clause is not in the record's name: another site's lesion (肱骨髁上处的骨折, 应与
    锁骨骨折鉴别 in a record on 肋骨骨折; but 撞击锁骨外端造成骨折 in one on 锁骨骨折). The part must
    stand close before the lesion (at most four other characters between, other body parts not
    counted: 肱骨|髁上处的|骨折), and a lesion followed by a ``lesion_part`` (端, 线) is the record's own (肌肉撕裂和骨折
    端裸露). Only a record named as a lesion can have any."""
    if not _named_as_lesion(record_key):
        return frozenset()
    heads = load_disease_heads()
    found = set()
    for entity in entities:
        if entity.text not in heads and entity.canonical not in heads:
            continue
        if text.startswith(_vocabulary().lesion_parts, entity.end):
            continue  # 骨折端, 骨折线: the ends and line of the record's fracture
        clause_start = clause_bounds.clause_start(text, entity.start, _CLAUSE_MARKS)
        sites = [e for e in entities if e.label == "body" and clause_start <= e.start and e.end <= entity.start]
        if not sites:
            continue
        site = max(sites, key=lambda e: e.end)
        if site.text not in record_key and _leash(text, site.end, entity.start, sites) <= _SITE_GAP:
            found.add(entity.start)
    return frozenset(found)


@functools.lru_cache(maxsize=1)
def _openings() -> frozenset[str]:
    """The prefixes a disease name can drop: all but the grades (重症肌无力 is not 肌无力)."""
    return frozenset(prefix for prefix, kind in load_disease_prefixes().items() if kind != "severity")


@functools.lru_cache(maxsize=1)
def _patient_groups() -> tuple[str, ...]:
    """The ``patient_group`` prefixes (小儿, 老年人), longest first."""
    groups = (p for p, kind in load_disease_prefixes().items() if kind == "patient_group")
    return tuple(sorted(groups, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _grades() -> re.Pattern[str]:
    """The grades that open a disease name (``severity`` prefixes: 轻度, 重型), longest first."""
    return re.compile(alternation(p for p, kind in load_disease_prefixes().items() if kind == "severity"))


def _only_prefixes(opening: str, *, adjectives: bool = False) -> bool:
    """Whether ``opening`` is a run of disease-name prefixes (老年人急性, 小儿) and, with
    ``adjectives``, adjectives in 性 (流行性, 外伤性, 恶性; not 非…, 假性, 类风湿性, 幼年类风湿性). Every way of
    cutting it is tried: 青少年型 is the adjective in 型, not the prefix 青少年 and a bare 型."""
    if not opening:
        return True
    prefixes = _openings()
    options = [opening[:n] for n in range(len(opening), 0, -1) if opening[:n] in prefixes]
    if adjectives and (adjective := _vocabulary().adjective_opening.match(opening)):
        options.append(adjective.group())
    return any(_only_prefixes(opening[len(option):], adjectives=adjectives) for option in options)


def _item_owners(text: str, entities: Sequence[Entity], kind: str, subsections: Sequence[Subsection],
                 record: _Record) -> list[tuple[int, int, _Owner]]:
    """``(start, end, owner)`` for each numbered item of a differential-diagnosis region; the
    owner is the leftmost disease mention in the item's opening phrase other than the record's
    own disease, else the phrase. An item opening with the record's disease alone has no owner:
    its findings are the record's. ``kind`` is the ``section_kind`` of the text's section,
    ``subsections`` are those of ``text`` (``find_subsections``), ``record`` the record's disease."""
    if not subsections and kind != "differential":  # most texts
        return []
    regions = [(s.start, s.end) for s in subsections if s.kind == "differential"]
    first_heading = subsections[0].start if subsections else len(text)
    if kind == "differential" and first_heading > 0:
        regions.insert(0, (0, first_heading))
    owners: list[tuple[int, int, _Owner]] = []
    diseases = sorted((e for e in entities if e.label == "disease"), key=lambda e: e.start)
    disease_starts = [e.start for e in diseases]
    for start, end in regions:
        items = find_items(text, start, end)
        if not items:
            owners += _sentence_owners(text, start, end, diseases, disease_starts, record)
        for item in items:
            phrase = _ITEM_PHRASE.match(text, item.body_start, item.end)
            if phrase is None:
                continue
            in_phrase = diseases[bisect_left(disease_starts, phrase.start()):bisect_left(disease_starts, phrase.end())]
            disease = next((d for d in in_phrase if not _is_record_disease(d, record)), None)
            if disease is not None:
                owner = _Owner(disease.text, disease.start, disease.end)
            elif in_phrase or _names_record_disease(phrase.group(), record.key):
                continue
            else:
                owner = _Owner(phrase.group(), phrase.start(), phrase.end())
            owners.append((item.body_start, item.end, owner))
    return owners


#: Right before a mention of the record's disease: a clause turning to it (…,而痛风…).
_TURN_BEFORE = re.compile(r"[,;][ \t]*(?:而|但|然而)?[ \t]*\Z")


def _sentence_owners(text: str, start: int, end: int, diseases: Sequence[Entity], disease_starts: list[int],
                     record: _Record) -> list[tuple[int, int, _Owner]]:
    """``_item_owners`` of a differential region without numbered items: each sentence opening
    with another disease (after a heading's colon too: 假性痛风：多见于老年人…; 假性痛风多见于老年人，常有膝关节
    肿痛) is that disease's, up to a clause turning back to the record's (…,而本病…)."""
    owners = []
    for s_start, s_end in split_sentences(text[start:end]):
        opening = _ENUMERATOR.match(text, start + s_start).end()
        at = bisect_left(disease_starts, opening)
        if at == len(diseases) or diseases[at].start != opening:
            continue
        disease = diseases[at]
        if (disease.canonical in _generic_diseases() or _is_record_disease(disease, record)
                or _opens_the_record_name(disease, record)):
            continue
        end = start + s_end
        back = _vocabulary().back_to_the_record.search(text, disease.end, end)
        if back is not None:
            end = back.start()
        for other in diseases[at + 1 : bisect_left(disease_starts, end)]:  # …,而痛风多见于中年男性: the record's again
            turn = _TURN_BEFORE.search(text, max(disease.end, other.start - 4), other.start)
            if turn is not None and _is_record_disease(other, record):
                end = turn.start()
                break
        owners.append((disease.start, end, _Owner(disease.text, disease.start, disease.end)))
    return owners


def _clause_owner(text: str, clause: tuple[int, int], reach: int, window: _Window,
                  record: _Record) -> tuple[int, _Owner] | None:
    """``合并X者…``, ``X时…``, ``X患者…`` at the start of a clause: ``(scope start, X)``.
    X and its suffix must start by ``reach``, the end of the sentence (or scope) of the clause's
    first entity that has a cue near."""
    c_start, c_end = clause
    if not window.has_owner_suffix_in(c_start, c_end):
        return None  # its suffix stands in the clause, after the disease: most clauses have none
    pos = _CLAUSE_HEAD.match(text, c_start, c_end).end()
    prefix = window.owner_prefixes.get(pos)
    if prefix is not None:
        pos = prefix.end
    disease = window.diseases.get(pos) if pos <= reach else None
    if disease is None or disease.end > c_end:
        return None  # a mention running past the clause (over its comma) opens no clause
    after = _PARENTHETICAL.match(text, disease.end, c_end).end()
    suffix = window.owner_suffixes.get(after) if after <= reach else None
    # after X者 a ``how_often`` word (one or two adverbs before it) says how often X is seen: X is a finding of the
    # record, no patient group whose findings follow (骨不连者甚少见, 发生癫痫者较多, 伴发胆石者占30.8%)
    if suffix is None or (text.startswith("者", suffix.start) and _vocabulary().how_often.match(text, suffix.end, c_end)):
        return None  # asked before the record's disease: most clause-initial diseases have no suffix
    if disease.canonical in _generic_diseases() or _is_record_disease(disease, record) or _opens_the_record_name(disease, record):
        return None  # 感染 is too general; the record's own disease owns no clause
    return suffix.end, _Owner(disease.text, disease.start, disease.end)


def _opens_the_record_name(disease: Entity, record: _Record) -> bool:
    """Whether ``disease`` opens the record's name and another lesion follows it there: the
    record is a complication or a form of it (糖尿病 in 糖尿病肾病, 高血压 in 高血压脑病, 痛风 in
    痛风性关节炎), whose patients are all its patients. Not a name that comes again at the end (肺炎
    in 肺炎链球菌肺炎 opens a microbe's name)."""
    names = {_disease_key(disease.text), _disease_key(disease.canonical)} - _generic_diseases()
    return any(
        len(name) >= 2 and part.startswith(name) and len(part) > len(name) and not part.endswith(name)
        for part in _record_diseases(record.key)
        for name in names
    )




def _cause_end(norm: str, subsection: Subsection) -> int:
    """Where a cause subsection inside a text about something else ends: at the end of its
    sentence when its heading names a disease and says the cause is unknown (肾癌的病因至今不清,有统计
    表明可能与吸烟有关。: the words are that sentence's subject, and the overview goes on about the
    record's disease), else at the next heading."""
    after = subsection.start + len(subsection.heading)
    if "的" in subsection.heading and _vocabulary().unknown_cause.match(norm, after):
        stop = _STOP.search(norm, after, subsection.end)
        return stop.end() if stop else subsection.end
    return subsection.end




#: The word of 与X鉴别 (同X区别) in a 鉴别 cue's own clause.
_TOLD_FROM = re.compile("[与同]")


def _differential_regions(text: str, cues: list[_Cue], sentences: Sequence[tuple[int, int]], clauses: _Clauses,
                          window: _Window, record: _Record) -> dict[int, tuple[int, int]]:
    """For each of the ``sentences`` that holds a whole 鉴别 cue (``与X鉴别``), by index, the part
    of it the first such cue reaches: from the clause holding the last 与 or 同 before the cue (应与
    急性胃炎,胆囊炎…等相鉴别), else from the cue's own clause and the list items right before it
    (肺结核,肺癌等均需鉴别), to the sentence's end (鉴别:X,Y; 与X鉴别,后者多有咯血). Not the clauses
    before it (巩膜炎易复发,…是区分CD和UC的鉴别点之一: the record's findings, then what tells two kinds
    apart; a review of medical_13 found 186 such mentions in 41 records), unless the cue's clause
    names nothing and no 与 (上颌窦炎的脓液多在…,筛窦炎可见…,可资鉴别: the whole sentence), or its 与
    names the record's disease alone (囊性肾癌会…出现类似囊性结构,应与肾囊肿鉴别; 与本病鉴别)."""
    found: dict[int, tuple[int, int]] = {}
    starts = [start for start, _ in sentences]
    for cue in cues:
        if not cue.word.differential:
            continue
        i = bisect_right(starts, cue.start) - 1  # the only sentence that can hold it
        if i < 0 or cue.end > sentences[i][1] or i in found:
            continue
        s_start, s_end = sentences[i]
        clause = clauses.around(cue.start, cue.end)
        if not window.entities_in(*clause) and not _TOLD_FROM.search(text, clause[0], clause[1]):
            found[i] = (s_start, s_end)  # …,筛窦炎可见…,可资鉴别: a bare cue looks back at the sentence
            continue
        told = max(text.rfind("与", s_start, cue.start), text.rfind("同", s_start, cue.start))
        if told >= 0 and not any(e.label in _FINDING_LABELS and e.end <= cue.start and not _is_record_disease(e, record)
                                 for e in window.entities_in(told, cue.start)):
            found[i] = (s_start, s_end)  # 囊性肾癌…,应与肾囊肿(本病)鉴别: what is told from it comes before
            continue
        if told >= 0:
            clause = clauses.around(told, told + 1)
        while (before := _comma_next_to(text, clause, clauses, -1)) is not None and before[0] >= s_start and (
            _list_clause(text, before, window) == "items"
        ):
            clause = before
        found[i] = (max(clause[0], s_start), s_end)
    return found


def _owner(entity: Entity, clause_owner: tuple[int, _Owner] | None, items: list[tuple[int, int, _Owner]],
           item_starts: list[int], differential: tuple[int, int] | None, cause_regions: list[tuple[int, int]],
           record: _Record) -> _Owner | None:
    """The other disease ``entity`` belongs to, most specific rule first, or None.
    ``clause_owner`` is what ``_clause_owner`` says of the entity's clause, ``item_starts``
    the starts of ``items``, ``differential`` the part of the entity's sentence a 鉴别 cue reaches."""
    owner = _other_disease(entity, clause_owner, items, item_starts, differential, cause_regions)
    if owner is None:
        return None
    in_cause_text = owner.start == entity.start and any(start <= entity.start < end for start, end in cause_regions)
    if in_cause_text and (
        entity.start not in record.elsewhere and _ends_the_record_name(entity, record)
        and not (entity.start > 0 and _QUALIFIED_BEFORE.match(record.text, entity.start - 1))
    ):
        return None  # 肺炎 in a cause text of 小儿支气管肺炎: the record's own disease, named more broadly
    if (in_cause_text and record.text.endswith(_words_of("this_type"), 0, entity.start)
            and _part_of_the_record_name(entity, record)):
        return None  # 有人发现这型肾炎… in a cause text of 老年人急进性肾炎: the record's own type (context review of medical_9, P5)
    # asked last: the record's own disease never has an owner, and few entities have one
    told_from = differential is not None and differential[0] <= entity.start < differential[1]
    if ((owner.start, owner.end) == (entity.start, entity.end) and not told_from
            and _a_typed_kind(entity, record) and not _told_apart(record.text, entity)):
        return None  # 外展型骨折 in a cause text of 肱骨外髁颈骨折: a type of the record's fracture
    return None if _is_record_disease(entity, record, kinds=not told_from) else owner


def _a_typed_kind(entity: Entity, record: _Record) -> bool:
    """Whether a disease mention is a qualifier in 性 or 型 and a tail of the record's name (two
    characters or more, not all of it), which is so a kind of the record's disease: 吸入性肺炎 in a
    record on 妊娠合并肺结核, 开放性骨折 in one on 肋骨骨折. Only when the rest of the record's name is a
    patient group (``disease_prefixes.tsv``) before a tail of three characters or more (adjectives make
    no kind of a two-character name: 流行性感冒 in 小儿感冒) or the tail a lesion of ``disease_heads.tsv``: other
    words there make kinds side by side (化脓性脑膜炎 in a record on 结核性脑膜炎, SLE, 系统性红斑狼疮,
    in one on 盘状红斑狼疮, 活动性结核 in one on 涎腺结核: 30 of 40 right without the restriction on the
    ten tuning files). Context review of medical_4, 1a."""
    if entity.label != "disease":
        return False
    for name in {_disease_key(entity.text), _disease_key(entity.canonical)}:
        for part in _record_diseases(record.key):
            tail = _common_tail(name, part)
            if (2 <= tail < len(part) and tail < len(name) and _vocabulary().typed.fullmatch(name, 0, len(name) - tail)
                    and ((part[:-tail] in _patient_groups() and tail >= _MIN_HEAD) or part[-tail:] in load_disease_heads())):
                return True
    return False


#: A numbered heading item of a cause text: (1)胆固醇息肉：
_TYPE_HEADING = re.compile(r"(?:^|\n)[ \t]*[(（]\d{1,2}[)）][ \t]*(?P<name>[^:：,。;\n]{2,15})[:：]")


def _type_headings(norm: str, entities: Sequence[Entity], record: _Record) -> list[tuple[int, int, str]]:
    """The types of the record's disease a cause text heads its numbered items with, each as (start,
    end, canonical): the heading's name ends with the last two characters of the record's name
    ((1)胆固醇息肉： in a record on 胆囊息肉, 坏疽性阑尾炎 in one on 急性阑尾炎); its mention and the
    mentions with its canonical name (CPs) up to the next heading are the record's type, no other disease.
    Context review of medical_4, 1c."""
    found = []
    headings = list(_TYPE_HEADING.finditer(norm))
    for heading, after in zip(headings, [*headings[1:], None]):
        if not heading["name"].endswith(record.key[-2:]):
            continue
        named = next((e for e in entities if e.label == "disease" and e.start == heading.start("name")
                      and e.end == heading.end("name")), None)
        if named is not None:
            found.append((heading.start("name"), after.start() if after else len(norm), named.canonical))
    return found


def _told_apart(norm: str, entity: Entity) -> bool:
    """Whether ``entity`` is what its sentence tells the record's disease from (与乙型脑炎不同)."""
    start = clause_bounds.clause_start(norm, entity.start, "。；;\n")
    return any(m.start(1) <= entity.start < m.end(1) for m in _vocabulary().told_apart_from.finditer(norm, start))


#: Right before a mention: a character that makes it another disease than the broader one
#: (下|消化道出血 in a record on 上消化道出血, 慢性|肾炎, 继发性 …).
_QUALIFIED_BEFORE = re.compile("[上下左右前后内外中急慢原继先非单多双性型期]")


def _ends_the_record_name(disease: Entity, record: _Record) -> bool:
    """Whether ``disease`` ends the record's name, which is so a kind of it (肺炎 of 小儿支气管肺炎,
    白血病 of 中枢神经系统白血病, 畸胎瘤 of 眼眶畸胎瘤); not a general word (感染). Context review of
    medical_13, pattern 2: the record's subtypes and broader names in its cause text were all
    ``other_disease``."""
    names = {_disease_key(disease.text), _disease_key(disease.canonical)} - _generic_diseases()
    return any(
        len(name) >= 2 and part.endswith(name) and len(part) > len(name) and not part[: -len(name)].endswith(_vocabulary().another_kind)
        for part in _record_diseases(record.key)
        for name in names
    )


def _other_disease(entity: Entity, clause_owner: tuple[int, _Owner] | None, items: list[tuple[int, int, _Owner]],
                   item_starts: list[int], differential: tuple[int, int] | None,
                   cause_regions: list[tuple[int, int]]) -> _Owner | None:
    """``_owner``, whether or not ``entity`` names the record's disease."""
    if clause_owner is not None:
        scope_start, owner = clause_owner
        if entity.start >= scope_start or (entity.start, entity.end) == (owner.start, owner.end):
            return owner
    # items are in text order and do not overlap: only the last one starting before can hold it
    item = bisect_right(item_starts, entity.start) - 1
    if item >= 0 and entity.start < items[item][1]:
        return items[item][2]
    if entity.label != "disease":
        return None
    if entity.text in _generic_diseases() or entity.canonical in _generic_diseases():
        return None  # 一次感染后有较持久的免疫力 in a cause text: mostly the record's own infection
    if differential is not None and differential[0] <= entity.start < differential[1]:
        return _Owner(entity.text, entity.start, entity.end)
    if any(start <= entity.start < end for start, end in cause_regions):
        return _Owner(entity.text, entity.start, entity.end)
    return None


#: Between 与 and a ``differential`` cue (鉴别, 区别): no clause mark, else the 与 is another clause's.
_CLAUSE_MARK = re.compile(r"[,;:。!?\n]")
#: Between 与 and a ``differential`` cue after an ``obligation`` word: any clause mark but a comma ends
#: what is told apart (应与病毒性肝炎,抗甲状腺药物引起的肝损害鉴别 goes on over the comma).
_CLAUSE_MARK_BUT_COMMA = re.compile(r"[;:。!?\n]")
#: After a ``differential`` cue: how two kinds differ (浸润溃疡型与隆起溃疡型的主要区别在于…), no diagnosis.
_HOW_THEY_DIFFER = "在于"


def _told_from(norm: str, entity: Entity, sentence: tuple[int, int], window: _Window) -> _Owner | None:
    """The owner of a symptom between 与 and a ``differential`` cue of its ``sentence`` (the part
    of it the cue reaches): the disease
    whose finding the text says it is (与冠心病的心绞痛较难鉴别: 冠心病), else the symptom itself,
    another condition's (须与神经性呼吸困难相鉴别, 应注意与静脉音和颈动脉杂音相区别). After an
    ``obligation`` word (应, 需, 须 …) commas do not end what is told apart: 应与病毒性肝炎,抗甲状腺药物
    引起的肝损害鉴别 (context review of medical_7, R5)."""
    told = norm.rfind("与", sentence[0], entity.start)
    if told < 0:
        return None
    obliged = norm.endswith(_words_of("obligation"), sentence[0], told) and not any(
        cue.word.differential for cue in window.cues_in(told, entity.start))  # …须与A鉴别,神经性厌食须与B鉴别: told from, not told apart
    for cue in window.cues_in(entity.end, sentence[1]):
        if not cue.word.differential or norm.startswith(_HOW_THEY_DIFFER, cue.end):
            continue
        if (mark := _CLAUSE_MARK.search(norm, told, cue.start)) is None or (
                obliged and not _CLAUSE_MARK_BUT_COMMA.search(norm, told, cue.start)):
            # 应与A,B的X鉴别: a disease whose finding X is stands in X's own clause
            floor = told if mark is None else max(told, norm.rfind(",", told, entity.start))
            whose = [d for d in window.entities_in(floor, entity.start)
                     if d.label == "disease" and d.end < entity.start and norm.startswith("的", d.end)]
            owner = whose[-1] if whose else entity
            return _Owner(owner.text, owner.start, owner.end)
    return None


#: Right before a procedure, a ``cannot`` word (a ``cannot_adverb`` and a ``cannot_verb`` may follow): it cannot be
#: done (无法手术者, 不能耐受手术, 不宜行手术), so it is not; the pseudo cues 无法 and 不能 otherwise judge the verb
#: after them, and a procedure written as the verb is it.
_PROCEDURE = "procedure"
#: Before a disease in its clause: what the text is about is seen in that disease (雷诺氏现象，见于
#: 结肠癌及胰腺癌, 可见于类风湿性关节炎).
_SEEN_IN = re.compile("见于")
#: After such a disease: a time or state of the record's own disease (见于严重的功能性呕吐时).
_WHEN = re.compile("时|期间")
# A list of diseases: a ``disease_list_opening`` word opening it before a finding in its sentence, and 等 with a
# ``disease_list_noun`` closing it after (本证常见于虚劳、心悸、眩晕…等疾病, 相当于西医学的外阴溃疡…等疾病): the
# findings listed are diseases of their own, not manifestations. Not 等病变, 等病人.
# What a finding is confused with (与急性阑尾炎相混淆, 与慢性支气管炎和上呼吸道感染混淆; ``confused_with`` words):
# another disease, as in a differential diagnosis, but only what stands between 与 and the verb.
# A disease a finding is compared with, right after 与 (a few modifiers between: ``compared_kind``,
# ``comparison_degree``) and before a ``comparison_end`` word: 与尤文氏肉瘤明显不同,
# 与肾母细胞瘤相似, 与一般的室间隔缺损不同: another disease, as the sentence-wide 鉴别 scope had caught
# (context review of medical_13, 2026-12-04). Diseases only: a symptom compared may be the record's
# own (溃疡形态与口腔溃疡相似 in a record on 白塞综合征).




#: Between a rare cue that counts cases (a ``counting`` word: 少数, 个别; not 偶见多发性肠套叠 nor 罕见的
#: 幼年性恶性黑色素瘤, which say the kind is rare) and the record's own disease right after it: the cue
#: counts the disease's cases (少数肺大泡病人有咯血, 极个别的食管平滑肌瘤蔓延到胃壁), and what is rare is
#: what follows in the clause (context review of medical_0, 2026-12-05: 17 of 17 rows right on medical_0–1).
_COUNTS_ITS_CASES = frozenset({"", "的"})

#: After such a disease: its clause ends there, so the rarity is the disease's own (…，少数为肺大泡。).
_CLAUSE_CLOSERS = frozenset(",，;；。:：!?！？\n") | {""}


def _list_end(text: str, start: int) -> int:
    """The end of a list of causes running on from ``start``: its 。, or a line break before a line
    that is no item of it (常见病因有：冠心病、高血压\n…可并发肺水肿: the complications are no causes;
    code review), while ``1.急性心肌梗死\n2.心肌炎`` goes on over its line breaks."""
    end = text.find("。", start)
    end = len(text) if end < 0 else end
    first = start
    while first < end and text[first] in " \t\n":
        first += 1  # 常见病因有：\n感染…: the list opens on the next line
    line_break = text.find("\n", first, end)
    while line_break >= 0:
        if not _LIST_ITEM.match(text, line_break + 1):
            return line_break
        line_break = text.find("\n", line_break + 1, end)
    return end


#: The opening of a list item's line: 1. 2、 (3) ① 一、 a)
_LIST_ITEM = re.compile(r"[ \t]*(?:[0-9]{1,2}[.、)]|\([0-9一二三四五六七八九十]{1,2}\)|[①-⑳]|[一二三四五六七八九十]{1,2}、|[a-z][.、)])")


#: What a text goes on with after comparing the record's disease with another: that other one's findings.
_LATTER = "后者"
#: How far before 后者 a comparison with another disease (与|偏头痛|鉴别, 与|囊性青光眼|不同: ending in a ``told_apart``
#: word) may end: its sentence or the one before.
_LATTER_REACH = 60


def _the_latter(norm: str, entities: Sequence[Entity], record: _Record) -> list[tuple[int, int, _Owner]]:
    """The stretches of text after a 后者 that a comparison with another disease comes right before (应与
    偏头痛鉴别。后者头痛伴视力异常，严重者亦有恶心呕吐; 与囊性青光眼不同，后者…而致眼压升高), each with that disease:
    the findings there are its own, ``other_disease`` about it. The stretch ends at the 。 or ； ending its
    sentence, at 前者 (the record's disease again), or before the clause naming another disease (the
    record's, or a third). Symptoms review of medical_14 and labs review of medical_15, 2026-12-05."""
    found = []
    for latter in re.finditer(_LATTER, norm):
        compared = None
        for compared in _vocabulary().told_apart_from.finditer(norm, max(0, latter.start() - _LATTER_REACH), latter.start()):
            pass  # the last comparison before it
        if compared is None or norm.count("。", compared.end(), latter.start()) > 1:
            continue
        diseases = [e for e in entities if e.label == "disease" and not e.nested and compared.start(1) <= e.start
                    and e.end <= compared.end(1) and not _is_record_disease(e, record, kinds=False)]
        if not diseases:
            continue
        other = diseases[-1]
        end = min((i for i in (norm.find(mark, latter.end()) for mark in ("。", "；", ";", "前者")) if i >= 0), default=len(norm))
        named = next((e for e in entities if e.label == "disease" and not e.nested and latter.end() <= e.start < end
                      and e.text != other.text), None)
        if named is not None:  # …后者的肿瘤大体范围常易确定，在分化较好的软骨肉瘤中…: the text is back on another disease
            end = max(latter.end(), norm.rfind("，", latter.end(), named.start), norm.rfind(",", latter.end(), named.start))
        found.append((latter.end(), end, _Owner(other.text, other.start, other.end)))
    return found


def _another_disease_it_is_seen_in(text: str, entity: Entity, record: _Record) -> bool:
    """Whether the disease after 见于 is another one, which the record's disease or finding comes
    with: not a general word (感染), not the record's own, not the time of something (…时)."""
    return (entity.text not in _generic_diseases() and entity.canonical not in _generic_diseases()
            and not _WHEN.match(text, entity.end) and not _is_record_disease(entity, record))


@functools.cache
def _not_what_it_comes_with() -> re.Pattern[str]:
    """Right after a disease a ``comes_with`` word names, a number or a ``not_comes_with_after`` word: it only
    dates or places something (发生于脑病期之后, 多发生于高尿酸血症10～20年后, 发生于疤痕部位), or names what
    follows (继发于低蛋白血症的血液浓缩)."""
    return re.compile(f"[0-9]|{alternation(_words_of('not_comes_with_after'))}")


@functools.cache
def _comes_right_before() -> re.Pattern[str]:
    """A ``comes_with`` word at the end of a text, at most its ``max_scope`` characters and no 的 after it."""
    words = sorted(_reaches_of("comes_with"), key=lambda word: -len(word[0]))
    return re.compile("(?:" + "|".join(f"{re.escape(word)}[^的]{{0,{reach}}}" for word, reach in words) + r")\Z"
                      if words else "(?!)")


def _comes_with(norm: str, entity: Entity, clause_start: int, record: _Record) -> bool:
    """Whether a disease in a symptom text is another one the record's disease comes with: right after
    a ``comes_with`` word (继发于, 并发于, 发生于; at most its ``max_scope`` characters between, no 的:
    大多继发于病毒性肺部感染, not 发生于口腔的恶性肿瘤), or a group of patients after a ``host_group``
    word (多见衰弱的老年人及恶性淋巴瘤患者, 特别是艾滋病患者); not one dating or placing something, nor
    naming what follows with 的 (``_not_what_it_comes_with``). Not the record's own disease or a kind of
    it, a disease its title names (糖尿病 in 老年人糖尿病性心脏病), nor a mention holding its name
    (葡萄球菌败血症 in 葡萄球菌感染, 肺炭疽 in 炭疽病). Context review of medical_4, 2a."""
    if entity.text in _generic_diseases() or entity.canonical in _generic_diseases():
        return False
    right_after = (not _not_what_it_comes_with().match(norm, entity.end)
                   and _comes_right_before().search(norm, clause_start, entity.start) is not None)
    if not right_after and not (_pattern_of("host_group").search(norm, clause_start, entity.start)
                                and _a_patient_group().match(norm, entity.end) and not norm.startswith("者", entity.end)):
        return False
    return not (_is_record_disease(entity, record) or _a_typed_kind(entity, record)
                or _part_of_the_record_name(entity, record) or _holds_the_record_name(entity, record))


def _common_tail(one: str, other: str) -> int:
    """How many characters ``one`` and ``other`` end with in common (结核性脑膜炎, 化脓性脑膜炎: 4)."""
    n = 0
    while n < min(len(one), len(other)) and one[-1 - n] == other[-1 - n]:
        n += 1
    return n


def _holds_the_record_name(entity: Entity, record: _Record) -> bool:
    """Whether a mention holds the record's name without its generic ending (葡萄球菌 of 葡萄球菌感染,
    炭疽 of 炭疽病): a kind or form of the record's disease."""
    head = _record_name_head(record.key)
    return len(head) >= 2 and any(head in _disease_key(name) for name in (entity.text, entity.canonical))


@functools.lru_cache(maxsize=256)
def _record_name_head(record_key: str) -> str:
    """The record's name without a patient group and its generic ending (葡萄球菌感染 → 葡萄球菌); once per
    record, as it is asked for each disease of its symptom texts."""
    head = _without_patient_group(record_key)
    for ending in _generic_endings():
        if head.endswith(ending) and len(head) - len(ending) >= 2:
            return head[: -len(ending)]
    return head


@functools.cache
def _generic_endings() -> tuple[str, ...]:
    """The generic endings of a disease name, longest first (感染, 病, 症)."""
    return tuple(sorted(_generic_diseases() | set(_NAME_ENDINGS) | {_WRITTEN_AS}, key=len, reverse=True))


@functools.cache
def _no_cause_list() -> re.Pattern[str]:
    """After a ``cause_list`` opening, a number or a ``not_a_cause_list`` word: no list (因素有关, 原因有三,
    原因有以下几种, 病因如何)."""
    return re.compile(f"[0-9]|{alternation(_words_of('not_a_cause_list'))}")
#: What ends a list of causes: its sentence, 等, or a line break.
_CAUSE_LIST_END = re.compile("[。;!?\n]|等")
#: Labels a list of causes holds as causes: background, never a treatment (器官移植, 免疫抑制剂).
_LISTED_AS_CAUSES = frozenset({"symptom", "test", "drug", "procedure"})


def _cause_lists(norm: str, entities: Sequence[Entity]) -> list[tuple[int, int, re.Match[str]]]:
    """The lists a ``cause_list`` opening opens (常见的内在因素如：胃肠功能紊乱，神经功能障碍; 这些因素包括妊娠，
    器官移植，应用免疫抑制剂): item after item (split at ``,`` and ``、``), up to the end of the sentence or a
    等, and before an item of more than ``_LONGEST_CAUSE`` characters or one holding a ``cause_list_end`` word
    (因此…均应施行手术治疗, …粘连而引起食管狭窄): the text goes on about something else. Not an opening a
    mention runs into (食管克罗恩病|因有). Symptoms review and therapies review of medical_4 (D4, 2a)."""
    found = []
    for opening in _pattern_of("cause_list").finditer(norm):
        if _no_cause_list().match(norm, opening.end()) or any(e.start <= opening.start() < e.end for e in entities):
            continue
        start = opening.end() + (1 if norm.startswith((":", "："), opening.end()) else 0)
        stop = _CAUSE_LIST_END.search(norm, start + 1)
        end = stop.start() if stop else len(norm)
        for item in _CAUSE_ITEM.finditer(norm, start, end):
            if len(item.group()) > _LONGEST_CAUSE or _pattern_of("cause_list_end").search(item.group()):
                end = item.start()
                break
        if end > start:
            found.append((start, end, opening))
    return found


#: An item of a list of causes: the words between commas or 、.
_CAUSE_ITEM = re.compile("[^,、]+")
#: The longest item of a list of causes: a longer one is a clause of its own (有人提出大剂量糖皮质激素的使用…).
_LONGEST_CAUSE = 16


def _as_causes(norm: str, entities: Sequence[Entity], results: list[Assertion], record: _Record) -> list[Assertion]:
    """``results`` with the present symptoms, tests, drugs and procedures of a list of causes made
    ``background``; not the record's own disease (血尿 in a record on 小儿单纯性血尿)."""
    if _pattern_of("cause_list").search(norm) is None:
        return results
    lists = _cause_lists(norm, entities)
    judged = []
    for entity, assertion in zip(entities, results):
        opening = next((o for start, end, o in lists if start <= entity.start < end), None)
        if (opening and assertion.assertion == "present" and entity.label in _LISTED_AS_CAUSES
                and not _is_record_disease(entity, record) and not _part_of_the_record_name(entity, record)):
            assertion = Assertion(BACKGROUND, cue=opening.group(), cue_start=opening.start(), cue_end=opening.end())
        judged.append(assertion)
    return judged


def is_a_listed_cause(assertion: Assertion) -> bool:
    """Whether ``assertion`` is background because its mention is an item of a list of causes (这些因素包括妊娠,
    器官移植, 应用免疫抑制剂): a drug or procedure there is no treatment, while one background for another
    reason (a text on causes naming a drug as a level) still is."""
    return assertion.assertion == BACKGROUND and assertion.cue in _words_of("cause_list")


@functools.cache
def _comes_with_words() -> re.Pattern[str]:
    """The ``comes_with`` and ``host_group`` words: a text without them has no disease ``_comes_with``."""
    return re.compile(alternation((*_words_of("comes_with"), *_words_of("host_group"))))


@functools.cache
def _reaches_of(category: str) -> tuple[tuple[str, int], ...]:
    """The words of a non-cue category with the characters each may stand before what it reads (``max_scope``)."""
    return tuple((r.cue, r.max_scope or 0) for r in load_context_rules() if r.category == category)


def _in_a_list_of_diseases(text: str, entity: Entity, s_start: int, s_end: int, clauses: _Clauses, window: _Window) -> bool:
    """Whether ``entity`` is an item of a list of diseases (``disease_list_opening`` … ``disease_list_noun``):
    commas alone between the opening and the closing, and every clause between the opening's and
    the closing's a bare list item (not a sentence of clauses that happens to start with 见于)."""
    words = _vocabulary()
    closing = words.disease_list_closing.search(text, entity.end, s_end)
    if closing is None:
        return False
    opening = None
    for opening in words.disease_list_opening.finditer(text, s_start, entity.start):
        pass  # the last one before the entity
    if opening is None:
        return False
    clause = clauses.around(opening.start(), opening.end())
    last = clauses.around(closing.start(), closing.end())
    while clause[1] < last[0]:
        clause = _comma_next_to(text, clause, clauses, 1)
        if clause is None or (clause[1] < last[0] and _list_clause(text, clause, window) != "items"):
            return False
    return True


def assign_context(text: str, entities: list[Entity], *, section: str = "",
                   record_disease: str = "", record_aliases: Sequence[str] = ()) -> list[Assertion]:
    """One :class:`Assertion` per entity, in the order given.

    ``text`` should be normalized (``normalize_text``); raw text works too, as matching runs
    on a 1:1 normalized copy and every offset indexes ``text``. ``section`` is the JSON path
    of the text (``诊断/诊断``, ``cause_info``); ``record_disease`` is the record's own disease,
    whose mentions are never ``other_disease``, nor those of its ``record_aliases`` (the other
    names its overview gives it: 无精子症 in a record on 无精症).
    """
    norm = normalize_text(text)
    cues = find_cues(norm, entities)
    kind = section_kind(section)
    subsections = find_subsections(norm, _HEADINGS_IN_DIFFERENTIAL if kind == "differential" else None)
    record_key, *alias_keys = _record_keys((record_disease, *record_aliases))
    record = _Record(record_key, _heads_elsewhere(norm, entities, record_key) if record_key else frozenset(), norm, entities,
                     tuple(alias_keys), _record_name_endings(record_key, tuple(alias_keys)))
    items = _item_owners(norm, entities, kind, subsections, record)
    item_starts = [start for start, _, _ in items]
    cause_regions = [(s.start, s.end if kind == "cause" else _cause_end(norm, s)) for s in subsections if s.kind == "cause"]
    if kind == "cause":
        cause_regions.insert(0, (0, subsections[0].start if subsections else len(norm)))
    regions = bool(items or cause_regions)
    words = _vocabulary()
    lists_of_diseases = words.disease_list_closing.search(norm) is not None
    confused = [m.span(1) for m in words.confused_with.finditer(norm)] if words.confused_mark in norm else []
    compared = [m.span(1) for m in words.compared_disease.finditer(norm)] if (
        "与" in norm and words.comparison_end.search(norm)) else []
    causes_listed = [(m.end(), _list_end(norm, m.end())) for m in words.cause_list.finditer(norm)] if (
        any(noun in norm for noun in words.cause_list_nouns) and (":" in norm or "：" in norm)) else []
    latter = _the_latter(norm, entities, record) if _LATTER in norm else []
    judged = {**_resemblances(norm, entities, cues, record), **_unlike(norm, entities, record),
              **_predicated(norm, entities, record)}
    lowered = _lowered_risks(norm, entities)
    # once per text: without these words no disease of it is seen in another, nor comes with one
    seen_anywhere = _SEEN_IN.search(norm) is not None
    hosting = kind == "symptom" and _comes_with_words().search(norm) is not None
    if (not cues and not regions and not lists_of_diseases and not confused and not compared and not causes_listed
            and not latter and not judged and not lowered and not seen_anywhere
            and not (hosting and any(e.label == "disease" for e in entities))):  # nothing can qualify any entity
        return _as_causes(norm, entities, _in_background(norm, entities, [PRESENT] * len(entities), kind, record), record)
    # once per text: whether a rule that reads single mentions (见于 X, X等疾病, 后者 …) can apply to any
    singles = bool(seen_anywhere or hosting or lists_of_diseases or confused or compared or causes_listed or latter
                   or lowered)
    if not regions and not singles and not _cues_can_qualify(norm, cues, entities):
        # none of the loop's rules below can apply (a fifth of the texts with cues): no sentences, clauses or scopes
        results = [_settled(norm, text, entity, judged) or PRESENT for entity in entities]
        return _as_causes(norm, entities, _in_background(norm, entities, results, kind, record, kept=judged), record)
    sentences = split_sentences(norm) or ((0, len(norm)),)
    sentence_starts = [start for start, _ in sentences]
    sentence_starts[0] = 0  # an entity before the first sentence is taken to be in it
    clauses = _Clauses(with_stops_marked(norm))  # 缓解.便可: a stop, not a decimal point
    window = _Window(cues, entities)
    differential_regions = _differential_regions(norm, cues, sentences, clauses, window, record)
    scopes: dict[tuple[int, int], tuple[int, int]] = {}  # clause → its scope, when asked for
    own_shown = _own_manifestations(norm, entities, sentences, record) if cause_regions else None
    own_types = _type_headings(norm, entities, record) if cause_regions and record.key else []

    def scope_of(clause: tuple[int, int]) -> tuple[int, int]:
        scope = scopes.get(clause)
        if scope is None:
            scope = scopes[clause] = _scope(norm, clause, clauses, window)
        return scope

    clause_owners: dict[tuple[int, int], tuple[int, _Owner] | None] = {}
    rarities: dict[tuple[int, int], _Cue | None] = {}
    # a clause of rarity needs a backward rare cue: most texts have none
    rare_after = any(c.word.backward is not None and c.word.backward.category == "rare" for c in cues)
    results = []
    for entity in entities:
        if (entity.label == _PROCEDURE or judged) and (settled := _settled(norm, text, entity, judged)) is not None:
            results.append(settled)
            continue
        clause = clauses.around(entity.start, entity.end)
        c_start, c_end = clause
        sentence = bisect_right(sentence_starts, entity.start) - 1
        s_start, s_end = sentences[sentence]
        # comparisons, not min() and max(): builtin calls cost 5% here
        reach = c_end if c_end > s_end else s_end  # the end of its sentence, or of its scope if that runs on
        if singles:
            seen_in = seen_anywhere and entity.label == "disease" and _SEEN_IN.search(norm, c_start, entity.start) is not None
            hosted = hosting and entity.label == "disease" and _comes_with(norm, entity, c_start, record)
            listed = entity.label in _FINDING_LABELS and (
                (lists_of_diseases and _in_a_list_of_diseases(norm, entity, s_start, s_end, clauses, window))
                or (confused and any(start <= entity.start and entity.end <= end for start, end in confused))
                or (entity.label == "disease" and compared
                    and any(start == entity.start and entity.end == end for start, end in compared))
                or (entity.label == "disease" and causes_listed
                    and any(start <= entity.start < end for start, end in causes_listed)))
            latter_of = next((owner for start, end, owner in latter if start <= entity.start < end), None) if (
                latter and entity.label in _FINDING_LABELS_OF_BACKGROUND) else None
            lowered_by = lowered.get((entity.start, entity.end)) if lowered else None
            singled_out = seen_in or hosted or listed or latter_of is not None or lowered_by is not None
        else:
            seen_in = hosted = listed = singled_out = False
            latter_of = lowered_by = None
        # no cue in its clause or sentence, nor in its scope (worked out only when the cheap
        # check leaves the question open): nothing can qualify it
        if (not singled_out and not regions
                and not window.has_cue_in(c_start if c_start < s_start else s_start, reach)
                and not window.has_cue_in(min(scope_of(clause)[0], s_start), reach)):
            results.append(PRESENT)
            continue
        if window.has_modifier_in(clauses.list_start(clause), c_end):
            scope = scope_of(clause)
            modifier, cue = _modifier(norm, entity, window.cues_in(*scope), window, scope)
        else:  # no cue in its scope can set a modifier
            modifier, cue = "present", None
        if cue is None and rare_after and entity.label in _FINDING_LABELS:
            rarity = rarities.get(clause, _UNKNOWN)
            if rarity is _UNKNOWN:
                rarity = rarities[clause] = _rarity_after(norm, clause, clauses, window)
            if rarity is not None and not _is_record_disease(entity, record):
                modifier, cue = "rare", rarity  # 可导致肾功能衰竭,但较少见
        if cue is not None:
            modifier, cue = _kept_for_the_record(norm, entity, modifier, cue, c_start, record)
        if lowered_by is not None:
            modifier, cue = "hypothetical", None  # 减少感染机会: what prevention is for, whatever cue is nearer
        if window.diseases and window.owner_suffixes:
            clause_owner = clause_owners.get(clause, _UNKNOWN)
            if clause_owner is _UNKNOWN:
                clause_owner = clause_owners[clause] = _clause_owner(norm, clause, reach, window, record)
        else:  # no clause can open with a disease, or none closes its opening with 者, 时 …
            clause_owner = None
        differential = differential_regions.get(sentence)
        if differential is not None and entity.start < differential[0]:
            differential = None  # before the clauses the 鉴别 cue reaches
        # without a clause owner, an item or a differential sentence, only a disease of a cause text can have one
        owner = (_owner(entity, clause_owner, items, item_starts, differential, cause_regions, record)
                 if clause_owner is not None or differential is not None or items
                 or (cause_regions and entity.label == "disease") else None)
        if (owner is not None and owner.start == entity.start and own_shown is not None
                and any(start <= entity.start < end for start, end in own_shown)):
            owner = None  # 高脂血症是其特征性的表现 in a cause text: how the record's disease shows
        if (owner is not None and owner.start == entity.start and own_types
                and any(start <= entity.start < end and entity.canonical == canonical for start, end, canonical in own_types)):
            owner = None  # (1)胆固醇息肉：…CPs占65% in a cause text of 胆囊息肉: the record's type, under its heading
        if owner is None and singled_out:
            owner = _singled_out_owner(norm, entity, seen_in, hosted, listed, latter_of, record)
        if owner is None and differential is not None and entity.label == "symptom" and not _is_record_disease(entity, record):
            owner = _told_from(norm, entity, differential, window)
        if owner is None and cue is None and lowered_by is None:
            results.append(PRESENT)
            continue
        if lowered_by is not None:
            (cue_start, cue_end), cue_text = lowered_by, text[lowered_by[0]:lowered_by[1]]
        elif cue is None:
            cue_text, cue_start, cue_end = "", None, None
        else:
            cue_text, cue_start, cue_end = text[cue.start:cue.end], cue.start, cue.end
        if owner is None:
            results.append(Assertion(modifier, modifier, cue=cue_text, cue_start=cue_start, cue_end=cue_end))
        else:
            # the words as written, as for the cue (粘连性肠梗阻, not the normalized 黏连性肠梗阻)
            results.append(Assertion("other_disease", modifier, text[owner.start:owner.end], cue=cue_text,
                                     cue_start=cue_start, cue_end=cue_end, about_start=owner.start, about_end=owner.end))
    return _as_causes(norm, entities, _in_background(norm, entities, results, kind, record, kept=judged), record)


def _settled(norm: str, text: str, entity: Entity,
             judged: Mapping[tuple[int, int], Callable[[str], Assertion]]) -> Assertion | None:
    """The context of ``entity`` that no cue near it changes, if any: a procedure that cannot be done
    (无法手术者, 暂不能手术), what it resembles or differs from (``judged``: 类似急性阑尾炎, 不同于鹦鹉热肺炎)."""
    if entity.label == _PROCEDURE and (cannot := _vocabulary().cannot_before.search(norm, max(entity.start - 8, 0), entity.start)):
        return Assertion(NEGATED, NEGATED, cue=text[cannot.start("cue"):cannot.end("cue")],
                         cue_start=cannot.start("cue"), cue_end=cannot.end("cue"))
    if judged and (told := judged.get((entity.start, entity.end))) is not None:
        return told(text)
    return None


def _cues_can_qualify(norm: str, cues: Sequence[_Cue], entities: Sequence[Entity]) -> bool:
    """Whether a cue can qualify a mention in ``assign_context``'s loop: one that sets a modifier, a 鉴别 cue
    (``_differential_regions``), or an owner suffix (者, 时, 患者) that may close the opening of a clause owned
    by a disease (``_clause_owner``): right after a disease mention, or after the blanks or bracket that
    ``_PARENTHETICAL`` skips there (a blank or bracket right after the disease)."""
    if any(c.word.forward is not None or c.word.backward is not None or c.word.differential for c in cues):
        return True
    suffixes = {c.start for c in cues if c.word.owner_suffix}
    return bool(suffixes) and any(
        e.end in suffixes or norm[e.end:e.end + 1] in _BRACKETS_OPENING or norm[e.end:e.end + 1].isspace()
        for e in entities if e.label == "disease")


#: What opens the bracketed gloss ``_PARENTHETICAL`` skips after a disease.
_BRACKETS_OPENING = ("(", "（")


def _kept_for_the_record(norm: str, entity: Entity, modifier: str, cue: _Cue, clause_start: int,
                         record: _Record) -> tuple[str, _Cue | None]:
    """``modifier`` and ``cue``, or present and no cue where the cue judges something else than the
    record's own disease ``entity``: a cause, a condition, a count of its cases, its rarity."""
    if (modifier == "possible" and cue.end <= entity.start and record.key
            and _linked_to_a_cause(norm, entity) and _is_record_disease(entity, record)):
        return "present", None  # 遗传因素可能与MCTD有关: the cause is uncertain, not the disease
    if modifier == "hypothetical" and cue.word.condition and _is_record_disease(entity, record):
        return "present", None  # 一旦广场恐怖症发展后: a condition on the course of the disease the text is about
    if (modifier == "rare" and norm[cue.start:cue.end] in _words_of("counting")
            and norm[cue.end:entity.start] in _COUNTS_ITS_CASES
            and norm[entity.end:entity.end + 1] not in _CLAUSE_CLOSERS and _is_record_disease(entity, record)):
        return "present", None  # 极个别的食管平滑肌瘤蔓延到胃壁: a few of its cases do what follows
    if (modifier == "rare" and cue.start >= entity.end
            and _names_what_is_rare(norm, entity, clause_start, cue.start, record)):
        return "present", None  # 多形性脂肪瘤(pleomorphic lipoma)少见: the disease is rare, not its patients'
    return modifier, cue


def _singled_out_owner(norm: str, entity: Entity, seen_in: bool, hosted: bool, listed: bool, latter_of: _Owner | None,
                       record: _Record) -> _Owner | None:
    """The other disease a rule reading ``entity`` itself gives it, if any: a disease seen in (``seen_in``) or
    come with (``hosted``), an item of a list of diseases (``listed``), a finding of the one 后者 names."""
    if seen_in and _another_disease_it_is_seen_in(norm, entity, record):
        return _Owner(entity.text, entity.start, entity.end)
    if hosted:
        return _Owner(entity.text, entity.start, entity.end)  # 大多继发于病毒性肺部感染: what it comes with
    if listed and not _is_record_disease(entity, record):
        return _Owner(entity.text, entity.start, entity.end)  # 常见于虚劳、心悸…等疾病, 与急性阑尾炎相混淆
    if latter_of is not None and not _is_record_disease(entity, record):
        return latter_of  # 应与偏头痛鉴别。后者头痛伴视力异常: the other disease's findings
    return None


def _names_what_is_rare(norm: str, entity: Entity, clause_start: int, cue_start: int, record: _Record) -> bool:
    """Whether the record's disease ``entity``, before a backward rare cue, is what the cue says is rare
    (多形性脂肪瘤(pleomorphic lipoma)少见, 阴道黑色素瘤比外阴黑色素瘤更少见): a disease that is rare, not a
    finding its patients seldom have. Only when it opens its clause: words before it mostly make a
    rare form of it (逆行性肠套叠少见, 由葡萄球菌引起的急性宫颈炎较少见, 原发于肝脏的脂肪肉瘤极为罕见; on the
    ten xywy files 45 of 175 such rows read wrong with 的 allowed before it), nor when its patients or
    what it brings are what is rare (神经系统结节病患者出现卒中样表现十分罕见, 继发性肾上腺皮质功能减退症引起
    危象比较少), nor a kind of it (原发性食管结核极为罕见 in a record on 食管结核). Context review of
    medical_7, R2."""
    if _CLAUSE_HEAD.match(norm, clause_start).end() != entity.start:
        return False
    if _a_patient_group().match(norm, entity.end):
        return False
    if not _names_the_record_itself(entity, record):
        return False  # 原发性食管结核 in a record on 食管结核, 原发性高血压 in one on 小儿高血压: a kind of it
    return not any(m.start() > entity.end or m.group() != _HAPPENS for m in _vocabulary().causing.finditer(norm, entity.end, cue_start))


def _names_the_record_itself(entity: Entity, record: _Record) -> bool:
    """Whether ``entity`` is the record's disease by name, or by its name without the patient group
    opening it (急性胆囊炎 in a record on 小儿急性胆囊炎), not a kind of it written otherwise (遗传性胰腺炎
    in one on 慢性胰腺炎, 真性囊肿 in one on 网膜囊肿: 14 of 17 wrong rows on the ten xywy files). By the
    words written, not the canonical name, which drops a kind (原发性心包肿瘤 → 心包肿瘤); an abbreviation
    by its canonical name (AST in a record on 小儿急性化脓性甲状腺炎)."""
    name = entity.canonical if _LATIN_WORD.fullmatch(entity.text) else entity.text
    names = {_disease_key(normalize_text(name))}
    return any(name in names for disease in (*_record_diseases(record.key), *record.aliases)
               for name in (disease, _without_patient_group(disease)))


#: A mention written in Latin letters (an abbreviation: AST, PCNSL), named by its canonical name.
_LATIN_WORD = re.compile(r"[A-Za-z0-9\-]+")
#: Right after the disease, before a rare cue: how often it happens (水中毒发生较少), not what it brings.
_HAPPENS = "发生"


def _resemblances(norm: str, entities: Sequence[Entity], cues: Sequence[_Cue],
                  record: _Record) -> dict[tuple[int, int], Callable[[str], Assertion]]:
    """By span, the disease mentions right after a ``resemblance`` word (类似, 似, 如同): negated, as
    after 酷似 (the disease it resembles is not the patient's: 临床表现类似急性阑尾炎, 临床表现似心肌炎;
    mentions review of medical_7, 2026-12-05). Not the record's own disease, unless its name says it
    is like another (芽生菌病样脓皮病: 样), nor a word a cue holds (疑似). Symptoms stay out: on the ten
    files 16 of 20 sampled read right (重者似刺痛或刀割样, 类似绞痛 are the patient's own pain)."""
    if "似" not in norm and "如同" not in norm:
        return {}
    words = _words_of("resemblance")
    found: dict[tuple[int, int], Callable[[str], Assertion]] = {}
    for entity in entities:
        if entity.label != _RESEMBLED or (word := next((w for w in words if norm.endswith(w, 0, entity.start)), None)) is None:
            continue
        start = entity.start - len(word)
        if (word == "似" and norm[start - 1:start] in _SI_INSIDE) or any(c.start < entity.start and c.end > start for c in cues):
            continue
        if _is_record_disease(entity, record) and _LIKE not in record.key:
            continue  # 具有类似骨关节病的症状 in a record on 血色病性骨关节病
        found[(entity.start, entity.end)] = functools.partial(_negated_by, (start, entity.start))
    return found


_RESEMBLED = "disease"
#: Right before 似: a word of its own (相似; 疑似 is a cue).
_SI_INSIDE = frozenset("相疑")
#: In the record's name: it is like another disease (芽生菌病样脓皮病, 重症肌无力样综合征).
_LIKE = "样"


def _lowered_risks(norm: str, entities: Sequence[Entity]) -> dict[tuple[int, int], tuple[int, int]]:
    """By span, the findings right after a ``lowering`` verb (减少, 降低) when a ``risk`` word closes them
    (减少感染机会, 减少患肾癌的几率, 可降低前列腺癌的发生率), with the verb's span: what prevention is for,
    hypothetical, as after 预防 (another disease's keeps its ``other_disease``). Not a verb inside a mention (白细胞减少), nor one a list or other words follow
    (氧供减少和心绞痛发作, 表皮生长因子的减少等), nor a risk word that a frequency or degree follows
    (降低SMI发作频率: the episodes occur). Context review of medical_9 (2026-12-05, P1)."""
    if not any(w in norm for w in _words_of("lowering")):  # two words: faster than a search of their pattern
        return {}
    longest: dict[int, Entity] = {}
    for entity in entities:
        if entity.end - entity.start > (longest[entity.start].end - longest[entity.start].start
                                        if entity.start in longest else 0):
            longest[entity.start] = entity
    ordered = sorted(entities, key=lambda e: e.start)
    starts = [e.start for e in ordered]
    found: dict[tuple[int, int], tuple[int, int]] = {}
    for match in _pattern_of("lowering").finditer(norm):
        if any(e.start < match.end() and match.start() < e.end and e.start < e.end for e in entities):
            continue  # 白细胞减少, 血压降低: part of a mention
        pos = match.end() if match.end() in longest else _optional("risk_opening").match(norm, match.end()).end()
        lowered = []
        while (entity := longest.get(pos)) is not None:
            lowered.append(entity)
            pos = _LIST_FILLER.match(norm, entity.end).end()
        if not lowered:
            continue
        tail = _pattern_of("risk").match(norm, _OF.match(norm, lowered[-1].end).end())
        if tail is None or _not_a_risk().match(norm, tail.end()):
            continue
        for entity in ordered[bisect_left(starts, match.end()):bisect_left(starts, lowered[-1].end)]:
            if entity.end <= lowered[-1].end and entity.label in _FINDING_LABELS:
                found[(entity.start, entity.end)] = match.span()
    return found


_OF = re.compile("的?")


@functools.cache
def _optional(category: str) -> re.Pattern[str]:
    """One word of a non-cue category or none (between a lowering verb and the findings it lowers the chance
    of, a ``risk_opening`` word: 减少患肾癌的几率, 降低发生X的风险), built once."""
    return re.compile(f"(?:{alternation(_words_of(category))})?")


@functools.cache
def _not_a_risk() -> re.Pattern[str]:
    """After a risk word: a frequency or degree, not a chance (``risk_degree``: 降低SMI发作频率, 减少疼痛发作的
    次数), or a time, when the risk word dates something else (``risk_dated``: 减少肺炎发生后的死亡: the deaths
    are lowered, code review 11 #5)."""
    return re.compile(f"[率性度]?(?:的)?(?:{alternation(_words_of('risk_degree'))})|(?:{alternation(_words_of('risk_dated'))})")


def _negated_by(span: tuple[int, int], text: str) -> Assertion:
    return Assertion(NEGATED, NEGATED, cue=text[span[0]:span[1]], cue_start=span[0], cue_end=span[1])


def _unlike(norm: str, entities: Sequence[Entity], record: _Record) -> dict[tuple[int, int], Callable[[str], Assertion]]:
    """By span, the disease and symptom mentions after an ``unlike`` word (不同于) in its clause, not the
    record's own: another disease's, about the first disease there (此病不同于慢性炎症性脱髓鞘性多发性神经病
    (CIDP)和运动神经元病; context review of medical_7, 2026-12-05: 19 of 20 right on medical_7–8). What it
    names ends earlier at an ``unlike_end`` word (之处, 在于, 的是, 而, a verb such as 伴有): the findings after
    it are the record's own (本病不同于肺结核之处在于常伴有发热和皮疹: 发热, 皮疹 present; code review 2026-12-05)."""
    if _pattern_of("unlike").search(norm) is None:
        return {}
    ends = _words_of("unlike_end")
    found: dict[tuple[int, int], Callable[[str], Assertion]] = {}
    for match in _pattern_of("unlike").finditer(norm):
        end = clause_bounds.clause_end(norm, match.end(), _CLAUSE_MARKS)
        if ends and (stop := _pattern_of("unlike_end").search(norm, match.end(), end)) is not None:
            end = stop.start()
        told = [e for e in entities if match.end() <= e.start and e.end <= end and e.label in _FINDING_LABELS
                and not _is_record_disease(e, record)]
        if not told:
            continue
        first = next((e for e in told if e.label == "disease"), None)
        for entity in told:
            owner = first or entity
            found[(entity.start, entity.end)] = functools.partial(_another_disease, match.span(), (owner.start, owner.end))
    return found


def _predicated(norm: str, entities: Sequence[Entity], record: _Record) -> dict[tuple[int, int], Callable[[str], Assertion]]:
    """By span, the diseases a predicate says the record's disease is: after a ``this_disease`` word
    (本病, 此病, 该病) or a mention of the record's disease, and a ``predicate_copula`` (是, 属 or 为), a disease
    ending its clause or followed by a ``predicate_end`` word (之一, 的一型 …): present (本病为常染色体隐性遗传病,
    心脏黏液瘤是心脏的良性肿瘤, 瘢痕癌多为鳞癌), possible after a ``hedge`` word in its clause (推测本病为结缔组织病).
    Not a disease ending in a ``not_predicated`` word (病毒性食管炎主要是单纯疱疹病毒感染: a cause), nor a list
    going on in the next clause (放射性心包炎是乳腺癌,霍奇金病…放射治疗的严重并发症). Context review of medical_7, R4."""
    diseases = [e for e in entities if e.label == "disease"] if _pattern_of("predicate_copula").search(norm) else []
    if not diseases:
        return {}
    # where a subject ends: the copula first, as the record check is the costlier one, and most diseases
    # have none after them
    subject_ends = [subject.end for subject in diseases
                    if _predicate().match(norm, subject.end) and _is_record_disease(subject, record)]
    subject_ends += [match.end() for match in _pattern_of("this_disease").finditer(norm)]
    if not subject_ends:
        return {}  # most texts: no entity needs to be found by its start
    by_start = {e.start: e for e in entities}
    found: dict[tuple[int, int], Callable[[str], Assertion]] = {}
    for end in subject_ends:
        _predicate_of(norm, end, diseases, by_start, record, found)
    return found


@functools.cache
def _predicate() -> re.Pattern[str]:
    """After the subject of a predicate: a ``predicate_adverb``, the ``predicate_copula`` and a
    ``predicate_kind`` word (本病多数为恶性肿瘤, 此病可能是一种自身免疫性疾病, 心脏黏液瘤是…)."""
    return re.compile(f"(?:{_pattern_of('predicate_adverb').pattern})?(?:{_pattern_of('predicate_copula').pattern})"
                      f"(?:{_pattern_of('predicate_kind').pattern})?")


#: After it, maybe: a few words and 的 before the disease (心脏的良性肿瘤), unless the disease is those
#: words (光泽苔藓是扁平苔藓的一个变异).
_OF_WORDS = re.compile(r"[^,;:。!?\n的]{1,4}的")


@functools.cache
def _predicate_end() -> re.Pattern[str]:
    """After the disease (a bracket may come between): its clause ends, or a ``predicate_end`` word names
    what the record's disease is one of (认为本病属结核之一, 本病属脓疱性银屑病的一型, 光泽苔藓是扁平苔藓的一个变异)."""
    return re.compile(rf"\s*(?:[(（][^()（）]{{0,40}}[)）])?\s*(?:[,;:。!?\n]|\Z|(?:的)?(?:{_pattern_of('predicate_end').pattern}))")


def _predicate_of(norm: str, end: int, diseases: Sequence[Entity], by_start: Mapping[int, Entity], record: _Record,
                  found: dict[tuple[int, int], Callable[[str], Assertion]]) -> None:
    """``_predicated`` for the subject ending at ``end``."""
    predicate = _predicate().match(norm, end)
    if predicate is None:
        return
    of = _OF_WORDS.match(norm, predicate.end())
    disease = (of and by_start.get(of.end())) or by_start.get(predicate.end())
    if disease is None or disease.label != "disease" or disease.text.endswith(_words_of("not_predicated")) or (
            _is_record_disease(disease, record)):
        return
    closing = _predicate_end().match(norm, disease.end)
    if closing is None:
        return
    after = closing.end()
    if norm[after - 1:after] in _COMMAS:
        nxt = _CLAUSE_HEAD.match(norm, after).end()
        if (following := by_start.get(nxt)) is not None and following.label == "disease":
            return  # 放射性心包炎是乳腺癌,霍奇金病和非霍奇金淋巴瘤放射治疗的严重并发症: a list goes on
    clause_start = clause_bounds.clause_start(norm, end, _CLAUSE_MARKS)
    hedge = None
    for word in _words_of("hedge"):
        if (at := norm.rfind(word, clause_start, disease.start)) >= 0 and (hedge is None or at > hedge[0]):
            hedge = (at, at + len(word))
    if hedge is not None and norm[hedge[0] - 1:hedge[0]] in _NEGATES_THE_ATTRIBUTE:
        return  # 一般并不认为结肠癌是一种职业病: what it is not thought to be
    if hedge is None:
        found[(disease.start, disease.end)] = _present
    else:
        found[(disease.start, disease.end)] = functools.partial(_possible_by, hedge)


def _present(text: str) -> Assertion:
    return PRESENT


def _possible_by(span: tuple[int, int], text: str) -> Assertion:
    return Assertion("possible", "possible", cue=text[span[0]:span[1]], cue_start=span[0], cue_end=span[1])


def _another_disease(cue: tuple[int, int], about: tuple[int, int], text: str) -> Assertion:
    return Assertion("other_disease", "present", text[about[0]:about[1]], cue=text[cue[0]:cue[1]], cue_start=cue[0],
                     cue_end=cue[1], about_start=about[0], about_end=about[1])


#: Section kinds whose findings are background: what causes, prevention, nursing and diet texts
#: name is mostly no manifestation of the record's disease (a review of 25 xywy records: 8 of 161
#: symptoms found only there were its own, against 334 of 373 in its symptom texts and overview).
BACKGROUND_KINDS = frozenset({"cause", "prevention", "nursing", "diet"})
#: Labels of findings (a drug or procedure in such a text is advice, not background).
_FINDING_LABELS_OF_BACKGROUND = frozenset({"symptom", "disease", "test"})
BACKGROUND = "background"
#: The context of a present finding made background (modifier kept, present): one frozen object for all.
_IN_BACKGROUND = Assertion(BACKGROUND)
#: The assertion of a mention a cue negates (无发热), which a history keeps (没有溃疡病史).
NEGATED = "negated"


def _in_background(norm: str, entities: Sequence[Entity], results: list[Assertion], kind: str,
                   record: _Record, kept: Container[tuple[int, int]] = ()) -> list[Assertion]:
    """``results`` with the present findings of a section about causes, prevention, nursing or
    diet made ``background`` (modifier kept): 长期出现精神紧张、焦虑 in advice, 尿潴留 as a cause.
    Not the record's own disease, nor a sentence defining it (胼胝是由于…发生的角质增厚), nor what
    ``kept`` holds by span (本病为常染色体隐性遗传病: what the record's disease is)."""
    results = _groups_addressed(norm, entities, results, record)
    if kind not in BACKGROUND_KINDS:
        return results
    telling = _sentences_telling_the_disease(norm, entities, record)
    if kind == "cause":
        telling += _complications_told(norm, entities)
        telling += _havings_told(norm, entities, record)
    told, presenting = _Spans(telling), _Spans(_presentations(norm, entities))
    return [
        _IN_BACKGROUND if (
            assertion.assertion == "present" and entity.label in _FINDING_LABELS_OF_BACKGROUND
            and not (kept and (entity.start, entity.end) in kept)
            and not told.cover(entity.start)
            and not (entity.label == "symptom" and presenting.cover(entity.start))
            and not _part_of_the_record_name(entity, record)  # before the costlier check that most names need
            and not _is_record_disease(entity, record)
        ) else assertion
        for entity, assertion in zip(entities, results)
    ]


def _groups_addressed(norm: str, entities: Sequence[Entity], results: list[Assertion], record: _Record) -> list[Assertion]:
    """``results`` with a present finding written right after an ``addressed`` word of ``context_rules.tsv``
    and right before a patient noun (对|肥胖|者, 对于|休克|患者) made ``background``, in any section: it names
    the patients a measure is for, not a finding of them (对肥胖者精囊往往触诊不清; symptoms review of
    medical_4, 2026-12-05). Not the record's own disease."""
    if _pattern_of("addressed").search(norm) is None:
        return results
    words = _words_of("addressed")
    group = _a_patient_group()
    return [
        _IN_BACKGROUND if (
            assertion.assertion == "present" and entity.label in _FINDING_LABELS_OF_BACKGROUND and not entity.nested
            and norm.endswith(words, 0, entity.start) and group.match(norm, entity.end)
            and not _is_record_disease(entity, record)
        ) else assertion
        for entity, assertion in zip(entities, results)
    ]


#: A type closing a record's name after a disease (糖原贮积病|Ⅰ型), and one written right after a mention (GSD|-Ⅰ).
_TYPE_CLOSING = re.compile("([ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+)型")
_TYPE_AFTER = re.compile("-?([ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+)")


def _abbreviates_the_record_name(entity: Entity, record: _Record) -> bool:
    """Whether an abbreviation names the record's disease: its meaning is part of the record's name
    (``_part_of_the_record_name``) with nothing after it there but a ``name_closing`` word of
    ``context_rules.tsv`` or a type (DVT, 深静脉血栓, in a record on 下肢深静脉血栓形成; GSD in one on 小儿糖原贮积病Ⅰ型;
    row check 2026-12-05, medical_3:68); not a disease named before another one, which is its cause
    (DM in a record on 小儿糖尿病肾病, RA in one on 类风湿性关节炎肾损害), nor one written with another type
    (本型临床症状远较GSD-Ⅰ为轻缓 in a record on 小儿糖原贮积病Ⅲ型)."""
    if not entity.abbr or not _part_of_the_record_name(entity, record):
        return False
    key = _disease_key(entity.canonical)
    at = record.key.rfind(key)
    if at < 0:
        return True  # the record's disease under a narrower name (再生障碍性贫血 in a record on 贫血)
    rest = record.key[at + len(key):]
    if (closing := _TYPE_CLOSING.fullmatch(rest)) is not None:
        written = _TYPE_AFTER.match(record.text, entity.end)
        return written is None or written.group(1) == closing.group(1)
    return not rest or rest in _words_of("name_closing")


def _part_of_the_record_name(entity: Entity, record: _Record) -> bool:
    """A finding the record's name holds, or that holds it: the disease under a broader or a
    narrower name (感冒 in 风寒感冒, 畸胎瘤 in 纵隔畸胎瘤, 息肉 in 子宫内膜息肉); not a word too
    general to name it (感染 in 阴沟肠杆菌感染)."""
    return _words_part_of_the_record_name(entity.text, entity.canonical, record.key)


@functools.lru_cache(maxsize=4096)  # asked of most findings of a text on causes or advice: once per name and record
def _words_part_of_the_record_name(text: str, canonical: str, record_key: str) -> bool:
    """``_part_of_the_record_name`` of a mention's words."""
    if not record_key or canonical in _generic_diseases() or text in _generic_diseases():
        return False
    return any(len(key) >= 2 and (key in record_key or record_key in key)
               for key in (_disease_key(text), _disease_key(canonical)))  # 症 as the key writes it


def _sentences_telling_the_disease(norm: str, entities: Sequence[Entity], record: _Record) -> list[tuple[int, int]]:
    """The sentences opening with the record's disease and 是, 系 or 为 (胼胝是由于…: what the
    disease is), and the part of a sentence telling how it shows, from the word that says so
    (临床表现面色发灰，嗜睡，昏迷; 该病还伴有关节痛; not the causes listed before it in
    ``内在因素主要有UPJ狭窄，瓣膜，息肉…，主要表现为…``: symptoms review of medical_7, 2026-12-04)."""
    by_start = {entity.start: entity for entity in reversed(entities)}  # the first at each start
    starts = sorted(by_start)
    found = []
    # once per text, not per sentence: most texts hold neither kind of word
    shows_anywhere = _pattern_of("manifestation").search(norm) is not None
    nouns_anywhere = _pattern_of("manifestation_noun").search(norm) is not None
    for start, end in split_sentences(norm):
        first = by_start.get(_ENUMERATOR.match(norm, start).end())
        if first is not None and norm.startswith(("是", "系", "为"), first.end) and _is_record_disease(first, record):
            found.append((start, end))
        elif shows_anywhere and (shows := _pattern_of("manifestation").search(norm, start, end)) is not None:
            # 以便血，脱出及便秘为主要症状, …是本病的临床表现: the findings come before the word
            after_them = shows.start() > start and norm[shows.start() - 1] in _NAMING_BEFORE
            found.append((start if after_them else clause_bounds.clause_start(norm, shows.start(), _CLAUSE_MARKS, start), end))
        elif nouns_anywhere:
            found += _told_as_its_manifestation(norm, start, end, by_start, starts, record)
    return found


def _own_manifestations(norm: str, entities: Sequence[Entity], sentences: Sequence[tuple[int, int]],
                        record: _Record) -> list[tuple[int, int]]:
    """``_told_as_its_manifestation`` over every sentence: where a cause text's diseases are the record's own."""
    if _pattern_of("manifestation_noun").search(norm) is None:
        return []  # most texts: no sentence can say how the disease shows
    by_start = {entity.start: entity for entity in reversed(entities)}  # the first at each start
    starts = sorted(by_start)
    return [span for start, end in sentences
            for span in _told_as_its_manifestation(norm, start, end, by_start, starts, record)]


def _told_as_its_manifestation(norm: str, start: int, end: int, by_start: Mapping[int, Entity],
                               starts: Sequence[int], record: _Record) -> list[tuple[int, int]]:
    """In the sentence ``start:end``, the clauses saying their findings are how the record's disease
    shows: before 是, 为 or 系, then the record's disease (a mention of it, a ``this_disease`` word or 其),
    and a manifestation noun within a few words (心脏扩大是AIDS心脏受累的重要表现, 吞咽困难和食管胃反流是膈上
    食管憩室最常见的症状). Not another disease's (早期的炎症浸润是应激性心肌炎的表现), which is why bare
    表现 is no ``manifestation`` word), nor in a clause naming another disease's patients, whose disease 该病
    is (其中酒精性心肌病患者心房颤动常是该病的首发表现). Context review of medical_9 (2026-12-05, P4).
    Not a negated copula nor one in a contrast (过敏性鼻炎是本病的诱因而不是本病的症状: code review 11 #1).
    ``starts`` are ``by_start``'s keys, sorted: the diseases of a clause are found by bisect."""
    found: list[tuple[int, int]] = []
    if _pattern_of("manifestation_noun").search(norm, start, end) is None:
        return found  # most sentences: no need to read every 是 and 为
    for copula in _copula_of_own().finditer(norm, start, end):
        after = copula.end()
        if (subject := by_start.get(after)) is not None and subject.label == "disease" and _is_record_disease(subject, record):
            after = subject.end
        elif (word := _pattern_of("this_disease").match(norm, after)) is not None:
            after = word.end()
        elif norm.startswith(_ITS, after):
            after += len(_ITS)
        else:
            continue
        clause_start = clause_bounds.clause_start(norm, copula.start(), _CLAUSE_MARKS, start)
        before = starts[bisect_left(starts, clause_start):bisect_left(starts, copula.start())]
        if _its_manifestation().match(norm, after, end) is not None and not any(
                (e := by_start[at]).label == "disease" and _a_patient_group().match(norm, e.end)
                and not _is_record_disease(e, record) for at in before):
            found.append((clause_start, copula.start()))
    return found


@functools.cache
def _copula_of_own() -> re.Pattern[str]:
    """The copula (``own_copula``: 是, 为, 系) as a word: not closing a ``not_own_copula`` word, the 为 of 认为, 因为,
    成为, 作为 (另有人认为本病与成人类风湿关节炎的表现…), the 是 of 但是, 于是, 还是, 或是, 可是, 只是, 凡是, 总是,
    the 系 of 关系, 联系, 体系, 维系 (过敏性鼻炎与本病有关系其症状相似), nor a negated one (不是本病的症状: code
    review 11 #1). The copula comes first, then the words it may not close (是(?<!但是)): ``re`` skips to the
    copulas, where look-behinds first had it test every position (13x faster on medical_4's texts)."""
    return re.compile("|".join(
        re.escape(copula) + "".join(f"(?<!{re.escape(word)})" for word in _words_of("not_own_copula")
                                    if word.endswith(copula) and word != copula)
        for copula in _words_of("own_copula")) or "(?!)")
_ITS = "其"


@functools.cache
def _its_manifestation() -> re.Pattern[str]:
    """After the record's disease: its patients (the ``patient_noun`` words of quantity_cues.tsv), a few
    words and the noun for how it shows (的重要表现, 最常见的症状, 患儿的首发症状); the words between hold no
    other copula nor a contrast (的诱因而不是本病的症状); the noun is a ``manifestation_noun`` of context_rules.tsv."""
    patients = alternation(load_quantity_resources().patient_nouns)
    return re.compile(rf"(?:{patients})?(?:(?!而|不是|并非|是|系)[^,;:。!?\n]){{0,12}}?(?:{_pattern_of('manifestation_noun').pattern})")


def _complications_told(norm: str, entities: Sequence[Entity]) -> list[tuple[int, int]]:
    """In a text on causes, the part of a clause after a ``complication`` verb (可并发, 常并发): the
    record's own complications (本病常并发甲状腺功能亢进, 随着年龄的增长可并发充血性心力衰竭), unless a
    disease or symptom before it in its clause is the one complicated (X可并发Y), or, when the clause
    follows a list closed by 等, before it in its sentence (白血病，淋巴瘤，结节病等，也可并发腺垂体功能减退症:
    the listed diseases'; not 此型多造成上腔静脉梗阻，…，亦可并发肺静脉狭窄, whose subject is the record's:
    code review 2026-12-05), and only up to a word of condition, negation or prevention (若 如 不 无 未 防; none may
    stand before it in the clause either). Context review of medical_5 (2026-12-05): 6 of 6 right on medical_5–6."""
    found = []
    for cue in _complication_words().finditer(norm):
        start = clause_bounds.clause_start(norm, cue.start(), _CLAUSE_MARKS)
        owners_from = start
        if start > 0 and norm[:start - 1].rstrip(" \t").endswith("等"):
            owners_from = clause_bounds.clause_start(norm, cue.start(), _STOPS)
        if _NOT_THE_RECORDS_OWN.search(norm, start, cue.start()) or any(
                owners_from <= e.start < cue.start() and e.label in _OWNERS_OF_COMPLICATIONS for e in entities):
            continue
        end = cue.end()
        while end < len(norm) and norm[end] not in _COMMAS + _STOPS and norm[end] not in _NOT_THE_RECORDS_OWN_CHARS:
            end += 1
        found.append((cue.end(), end))
    return found


def _havings_told(norm: str, entities: Sequence[Entity], record: _Record) -> list[tuple[int, int]]:
    """In a text on causes, what a verb of having tells of the record's disease written right before it
    (its mention or a ``this_disease`` word, then its patients and adverbs, or adverbs alone: ``own_having``
    and ``own_having_adverb`` rows of context_rules.tsv): the record's own findings, not background
    (本病常伴有小腿内翻畸形, 睾丸肿瘤患者可有AFP和(或)HCG水平增高, 脑室内出血大多伴有广泛性脑挫裂伤). From the
    verb to its clause's end or a 若 如 不 无 未 防, and over the short items opening with a finding that a
    comma list goes on with (本病常同时伴有直肠前突,直肠内脱垂,膀胱膨出). Not after a condition, negation or
    prevention in its clause (如本病患者出现…), nor what holds a ``not_own_having`` word: an infection (肝癌常有HBV感染的背景, 患者
    有新近发生的肠道病毒感染: a cause), a chance (增加肾功能衰竭等的危险性: no finding). Context fix C
    (2026-12-06), the largest class of the context reviews of medical_5."""
    found: list[tuple[int, int]] = []
    having, openings = _own_having()
    # where a verb of having may follow the record's disease: a look-up per disease mention, a find per 本病 …,
    # not a pattern tried at every character (a fifth of a cause text's characters are adverbs such as 可, 多)
    subjects: list[tuple[int, int, Entity | None]] = [
        (e.start, e.end, e) for e in entities if e.label == "disease" and norm[e.end:e.end + 1] in openings]
    for word in _words_of("this_disease"):
        at = norm.find(word)
        while at >= 0:
            subjects.append((at, at + len(word), None))
            at = norm.find(word, at + len(word))
    findings: set[int] | None = None
    for subject_start, subject_end, subject in subjects:
        verb = having.match(norm, subject_end)
        if verb is None or (subject is not None and not _is_record_disease(subject, record)):
            continue
        if norm[subject_start - 1:subject_start] in _NO_SUBJECT_AFTER:
            continue  # 营养对支气管炎也有一定影响: the disease is an object
        if _NOT_THE_RECORDS_OWN.search(norm, clause_bounds.clause_start(norm, verb.start(), _CLAUSE_MARKS), verb.start()):
            continue
        end, last = verb.end(), min(verb.end() + _NEAR_THE_VERB, len(norm))
        while end < last and norm[end] not in _CLAUSE_MARKS and norm[end] not in _NOT_THE_RECORDS_OWN_CHARS:
            end += 1
        if findings is None:
            findings = {entity.start for entity in entities if entity.label in _FINDING_LABELS_OF_BACKGROUND}
        while end < len(norm) and norm[end] in _COMMAS:  # a comma list of short findings goes on
            item = _CLAUSE.match(norm, end + 1)
            if (item is None or item.end() - item.start() > _SHORT_ITEM or item.start() not in findings
                    or _NOT_THE_RECORDS_OWN.search(item.group())):
                break
            end = item.end()
        if _pattern_of("not_own_having").search(norm, verb.end(), end) is None:
            found.append((verb.end(), end))
    return found


#: Right before the record's disease, what makes it no subject of a verb of having (对支气管炎也有…, 与本病有…).
_NO_SUBJECT_AFTER = frozenset("对与和及")
#: The most characters after a verb of having its clause is read for what the record's disease has (在产生低钠血症同时
#: 还有体内钠与水异常潴留的情况通常是那些能够引起水肿形成的疾病: 水肿 is far from 还有, another disease's).
_NEAR_THE_VERB = 20
#: The most characters of an item a list after a verb of having goes on with (本病常同时伴有直肠前突,直肠内脱垂).
_SHORT_ITEM = 10


@functools.cache
def _own_having() -> tuple[re.Pattern[str], frozenset[str]]:
    """A verb of having (``own_having``: 伴有, 合并, 出现, 有 …) right after the record's disease: after its patients
    (患者, 病人, 患儿, 者: the ``patient_noun`` and ``patient_suffix`` words of quantity_cues.tsv) and adverbs, or after
    adverbs alone (``own_having_adverb``: 常, 可, 大多 …), or right after it when it is 合并 or 伴; with an object in its
    clause, and not 有关, 有时, 有的, 有些, 有人, 出现的 (a relation, a part, a relative clause), 伴发于 (what it
    comes with), nor 有以下, 有如下 (what follows lists sources). With the characters it may open with."""
    resources = load_quantity_resources()
    patient_words = (*resources.patient_nouns, *resources.patient_suffixes)
    adverb_words = _words_of("own_having_adverb")
    patients, adverbs = alternation(patient_words), alternation(adverb_words)
    verbs = alternation(_words_of("own_having"))
    pattern = re.compile(f"(?:(?:{patients})(?:{adverbs})*|(?:{adverbs})+|(?=合并|伴))(?>{verbs})"
                         f"(?![的关时些人于{_CLAUSE_MARKS}]|以下|如下)")
    return pattern, frozenset(word[0] for word in (*patient_words, *adverb_words, "合并", "伴"))


#: Before a complication's finding in its clause: a condition, a negation, prevention (如溃疡穿透食管壁，
#: 可并发… has its 如 in another clause; 若不及时治疗可并发…, 以防并发… are no complications told).
_NOT_THE_RECORDS_OWN_CHARS = frozenset("若如不无未防")
_NOT_THE_RECORDS_OWN = re.compile("[若如不无未防]")
#: What a complication verb may be told of in its clause (急性早幼粒白血病可并发DIC: the leukaemia's).
_OWNERS_OF_COMPLICATIONS = frozenset({"disease", "symptom"})


@functools.cache
def _complication_words() -> re.Pattern[str]:
    """The ``complication`` words of context_rules.tsv (可并发, 常并发 …), not before 现 or 生
    (可并发现, 易并发生: another verb), nor 于 (多并发于温热病之中: what it comes with, not after)."""
    return re.compile(f"(?:{alternation(_words_of('complication'))})(?![现生于])")


def _presentations(norm: str, entities: Sequence[Entity]) -> list[tuple[int, int]]:
    """Where a text on causes, prevention or nursing tells the patient's presentation as Chinese
    medicine does: a sentence holding a tongue or pulse finding (伴见口渴引饮，大便干结，舌红，脉细数),
    and a line opening with a syndrome's heading (3.阴虚火炎证：…), to its end. Context review of
    medical_14 (2026-12-04 night): 311 of 335 symptoms there read right as the record's own."""
    found = []
    if tongue_or_pulse := [e for e in entities if e.label == "symptom" and _presentation_words().match(e.text)]:
        sentences = split_sentences(norm)
        ends = [end for _, end in sentences]
        found += [sentences[min(bisect_right(ends, e.start), len(sentences) - 1)] for e in tongue_or_pulse]
    if "证" in norm:
        found += [line.span() for line in _LINE.finditer(norm)
                  if _SYNDROME_HEADING.match(norm, _ENUMERATOR.match(norm, line.start()).end(), line.end())]
    return sorted(set(found))


@functools.cache
def _presentation_words() -> re.Pattern[str]:
    """The ``presentation`` words of context_rules.tsv as a mention opens with them: a tongue word
    with 质 or 体 after 舌 (舌质淡), a pulse word with 象 after 脉 (脉象弦), 苔 after at most two other
    characters (薄白苔)."""
    forms = []
    for word in _words_of("presentation"):
        if word.startswith("舌"):
            forms.append("舌[质体]?" + re.escape(word[1:]))
        elif word.startswith("脉"):
            forms.append("脉象?" + re.escape(word[1:]))
        else:
            forms.append("[^舌]{0,2}" + re.escape(word) + "(?!藓)")  # not 苔藓样变 (code review)
    return re.compile("|".join(forms) or "(?!)")


#: A line of a text (a syndrome's heading opens one: 3.阴虚火炎证：…).
_LINE = re.compile(r"[^\n]+")
#: The heading of a syndrome of Chinese medicine (阴虚火炎证:, 肝郁气滞证:); not 适应证:, 禁忌证:.
_SYNDROME_HEADING = re.compile(r"[\u4e00-\u9fff]{2,10}(?<!适应)(?<!禁忌)(?<!并发)证[ \t]*:")  # not 适应证: (code review)


#: Right before a manifestation word, what makes the words before it the findings (为主要症状, 的临床表现).
_NAMING_BEFORE = frozenset("为是的")


_ENUMERATOR = re.compile(r"[ \t]*(?:[0-9]+[.、．]|[(（][0-9一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)?[ \t]*")
