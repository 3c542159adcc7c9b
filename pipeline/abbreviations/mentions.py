"""Later uses of an abbreviation: defined in the record, or known from the table.

A text is cut into ASCII runs (letters, digits, Greek, inner hyphens); a run yields
mentions only if it splits completely into known abbreviations, longest first, so
``IL-60`` does not contain ``IL-6`` and ``CTA`` does not contain ``CT``, while
``HHV-8DNA`` is HHV-8 + DNA and ``T3T4`` is T3 + T4. Parts meet only at a hyphen or where
letters change to digits or back: a run of letters is one word, so an unknown ``COPD`` is
not CO + PD. Single letters are never mentions (too ambiguous: ``B细胞``, ``M蛋白``),
though they may be defined.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from .definitions import Definition, the_tables_with_its_mark
from .spelling import GREEK
from .table import CURATED_SOURCE, TABLE_FILE, AbbreviationEntry, Cues, guess_label, load_cues, load_numeral_classes

TEXT_SOURCE = "text"
TABLE_SOURCE = f"dictionary:{TABLE_FILE}"
#: (One character, then the rest of the run: a pattern opening with a class, not a repeat, lets ``re`` skip to the
#: run's first character rather than try a match at every position.)
_RUN = re.compile(rf"[A-Za-z0-9{GREEK}][A-Za-z0-9{GREEK}]*(?:-[A-Za-z0-9{GREEK}]+)*")
#: A Latin or Greek letter: a text without one has runs of digits at most, which no abbreviation
#: spelled with a letter can be (most sections).
_LETTER = re.compile(f"[A-Za-z{GREEK}]")


@dataclass(frozen=True, slots=True)
class AbbreviationMention:
    """A use of an abbreviation; ``text[start:end] == self.text``."""

    start: int
    end: int
    text: str
    abbr: str
    long_zh: str
    label: str
    source: str
    gene: bool = False  # a disease's abbreviation that the record uses for its gene: no label


@dataclass(frozen=True, slots=True)
class _Meaning:
    abbr: str
    long_zh: str
    label: str
    source: str
    gene: bool = False


@dataclass(frozen=True, slots=True)
class _Forms:
    """Surface form → meaning, with the longest form's length (bounds the search) and whether every form
    holds a letter (then a run of digits spells none)."""

    meanings: dict[str, _Meaning]
    longest: int
    lettered: bool


def find_abbreviation_mentions(
    text: str,
    definitions: Iterable[Definition],
    table: Mapping[str, AbbreviationEntry],
    *,
    cues: Cues | None = None,
    classes: frozenset[str] | None = None,
    term_label: Callable[[str], str | None] | None = None,
) -> list[AbbreviationMention]:
    """Mentions in ``text`` of abbreviations defined in the record or known in ``table``.

    ``definitions`` are the record's (any section); a record's definition overrides the
    table (unless ``curated_meaning`` prefers the table). Occurrences inside a definition
    of this very text (its bracket) are skipped. ``cues`` and ``classes`` come from the same
    folder as ``table`` (default: the shipped ones, or ``ZH_MED_DICTIONARIES``).
    ``term_label`` gives a dictionary term's label (None for no term): a defined abbreviation
    whose long form is one takes its label, as its ``abbreviations`` row does.
    """
    definitions = list(definitions)
    if _LETTER.search(text) is None and _only_lettered_forms(definitions, table):
        return []
    cues = load_cues() if cues is None else cues
    classes = load_numeral_classes() if classes is None else classes
    forms = _meanings(definitions, table, cues, term_label)
    if not forms.meanings:
        return []
    inside = _union((d.start, d.end) for d in definitions if defined_here(text, d))
    inside_starts = [s for s, _ in inside]
    mentions = []
    for run in _RUN.finditer(text):
        if forms.lettered and _LETTER.search(text, run.start(), run.end()) is None:
            continue  # 30, 2-3: digits only, and every part of a split is a form holding a letter
        for start, end, meaning in _split(run.group(), run.start(), forms):
            holder = bisect_right(inside_starts, start) - 1
            if (holder < 0 or start >= inside[holder][1]) and not _numbered(text, end, meaning, classes):
                mentions.append(AbbreviationMention(
                    start, end, text[start:end], meaning.abbr, meaning.long_zh, meaning.label, meaning.source,
                    meaning.gene,
                ))
    return mentions


#: A Roman numeral right after an abbreviation (IGF-Ⅱ, GPⅡb/Ⅲa) and, for _GRADED, a type or grade
#: word after it (IGF-Ⅱ型 is still a use of IGF).
_ROMAN_AFTER = re.compile("-?[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]")
_GRADED = re.compile("-?[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ～~，、,/-]*[abαβ]?[型级期类度]")
#: The label whose abbreviation followed by a numeral names another thing (IGF-Ⅱ is no IGF). An
#: organism's numeral is its type (HTLV-Ⅰ, HSV-Ⅱ are uses of HTLV, HSV), a disease's its grade
#: (CINⅡ, SMA-Ⅰ型 are uses of CIN, SMA).
_NUMBERED_LABEL = "test"


def _numbered(text: str, end: int, meaning: "_Meaning", classes: frozenset[str]) -> bool:
    """Whether a test's abbreviation ending at ``end`` starts a numbered name of another thing:
    胰岛素样生长因子Ⅱ(IGF-Ⅱ) is no use of IGF. Not with a type word after the numeral, nor for the
    tests of ``abbreviation_classes.tsv``, whose numeral is a class of them (HLA-Ⅱ抗原 is HLA)."""
    return (
        meaning.label == _NUMBERED_LABEL
        and _ROMAN_AFTER.match(text, end) is not None
        and _GRADED.match(text, end) is None
        and meaning.abbr not in classes
    )


def _only_lettered_forms(definitions: list[Definition], table: Mapping[str, AbbreviationEntry]) -> bool:
    """Whether every form of the table and of ``definitions`` holds a letter: the forms are the
    abbreviations of two characters or more, and those without their hyphens (``_forms``)."""
    return _table_meanings(table).lettered and all(
        _LETTER.search(d.abbr) for d in definitions if len(d.abbr) > 1)


def _union(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans merged where they overlap, in order: a position is in one of them or none."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


@dataclass(frozen=True, slots=True)
class _TableMeanings:
    """The table's meanings, their forms, and the first abbreviation (in table order) that
    each hyphen-free form comes from, which a record's meanings are computed from."""

    table: Mapping[str, AbbreviationEntry]
    meanings: dict[str, _Meaning]
    forms: _Forms
    first_with_form: dict[str, str]
    lettered: bool  # every form holds a letter (``_only_lettered_forms``)


#: id(table) → its meanings: the table is loaded once per process, so its meanings are
#: built once (kept with the table so the id cannot be reused).
_TABLE_MEANINGS: dict[int, _TableMeanings] = {}


def _table_meanings(table: Mapping[str, AbbreviationEntry]) -> _TableMeanings:
    cached = _TABLE_MEANINGS.get(id(table))
    if cached is None or cached.table is not table:
        meanings = {entry.abbr: _Meaning(entry.abbr, entry.long_zh, entry.label, TABLE_SOURCE) for entry in table.values()}
        first_with_form: dict[str, str] = {}
        for abbr in meanings:
            if len(abbr) > 1:
                first_with_form.setdefault(abbr.replace("-", ""), abbr)
        forms = _forms(meanings)
        cached = _TABLE_MEANINGS[id(table)] = _TableMeanings(table, meanings, forms, first_with_form, forms.lettered)
    return cached


def _meanings(
    definitions: list[Definition],
    table: Mapping[str, AbbreviationEntry],
    cues: Cues,
    term_label: Callable[[str], str | None] | None = None,
) -> _Forms:
    """Surface form → meaning; each abbreviation also without its hyphens (IL6, TNFα)."""
    table_meanings = _table_meanings(table)
    if not any(definition.abbr for definition in definitions):
        return table_meanings.forms
    return _record_meanings(tuple(definitions), id(table), cues, term_label)


@lru_cache(maxsize=8)
def _record_meanings(
    definitions: tuple[Definition, ...], table_id: int, cues: Cues, term_label: Callable[[str], str | None] | None
) -> _Forms:
    """The meanings for one record's definitions; cached, because every section of a
    record asks with the same definitions."""
    known_meanings = _TABLE_MEANINGS[table_id]
    table = known_meanings.table
    defined: dict[str, _Meaning] = {}
    for definition in reversed(definitions):  # the first definition of an abbr wins
        if definition.abbr and curated_meaning(definition, table) is None:
            known = table.get(definition.abbr)
            label = defined_label(definition.long_zh, cues, known, term_label)
            own = definition.label_of(label)  # a disease's gene: no label, none from the dictionary either
            defined[definition.abbr] = _Meaning(definition.abbr, definition.long_zh, own, TEXT_SOURCE, own != label)
    return _forms_with(known_meanings, defined)


def defined_label(
    long_zh: str,
    cues: Cues,
    known: AbbreviationEntry | None,
    term_label: Callable[[str], str | None] | None = None,
    *,
    abbreviated: bool = True,
) -> str:
    """The label of an abbreviation the record defines, for its mentions and its ``abbreviations``
    row alike: the dictionary's when its long form is a term (肾上腺皮质激素(…,ACH): a drug, so
    孕妇用ACH is one too), else the one its head word suggests (激素 → test), else the table row's.
    But a symptom term whose head word says disease (``label`` cues 贫血, 失调, 梗阻) is the cut end
    of a disease's name: 纯红细胞再生障碍贫血(…,PRCA) defines 贫血, and PRCA is a disease (15 of 16
    such rows right); not for an English gloss without abbreviation, which names symptoms too:
    水肿(edema) stays a symptom.
    Before, the mentions took the head word's label where the row took the dictionary's; on xywy
    medical_0–3, 10–15 the dictionary's alone changed 13 mentions, 3 right, the symptom ones wrong.
    Failing both, the label of the longest term the long form ends with (``ending_label``), before
    the table row's: 即Jadassohn-Tiech蓝痣 is a disease (蓝痣), 血管内皮素(ET) a test (内皮素); an
    ending of a test or procedure gives way to the table row's other (正电子发射体层摄影(PET): a procedure),
    and a disease after a ``performs`` verb is the procedure done (进行选择性流产(selective abortion); not
    after a ``not_verb`` holding one: 进行性系统性硬化症)."""
    entry_label = term_label(long_zh) if term_label else None
    guessed = guess_label(long_zh, cues)
    if entry_label and not (abbreviated and entry_label == _FINDING and guessed == _NAMED_FINDING):
        return entry_label
    ending = ending_label(long_zh, term_label, abbreviated=abbreviated) if term_label else ""
    if ending in _EXAMINATIONS and known is not None and known.label in _EXAMINATIONS:
        ending = known.label  # 正电子发射体层|摄影(PET): the table's procedure, not the test 摄影 ends (row check 2026-12-05)
    label = guessed or entry_label or ending or (known.label if known else "")
    if label == _NAMED_FINDING and long_zh.startswith(cues.performs) and not long_zh.startswith(cues.not_verbs):
        return _PROCEDURE  # 进行|选择性流产(selective abortion): the procedure done, no disease (row check 2026-12-05)
    return label


_PROCEDURE = "procedure"
#: The labels of an examination, which its name's last word does not tell apart (体层摄影 a test,
#: PET a procedure): an ending of one gives way to the table row's other.
_EXAMINATIONS = frozenset({"test", "procedure"})


#: Labels of a term ending a long form that the long form does not have: a body part or a device
#: ends names of other things (神经病变性|膀胱, 背胰|导管). Abbreviations review of medical_6,
#: 2026-12-05 (P1): 4 of 9 body endings wrong.
_NOT_THE_ENDINGS_LABEL = frozenset({"body", "equipment"})


def ending_label(long_zh: str, term_label: Callable[[str], str | None], *, abbreviated: bool = True) -> str:
    """The label of the longest dictionary term that ``long_zh`` ends with (not all of it), or
    ``""`` when that term is a body part or a device. An abbreviated name ending with a symptom is
    a disease named after it (重症肌无力|上睑下垂(PMGO), 胸椎后纵韧带|骨化(TOPLL)), as for PRCA; an
    English gloss's is either (早年|秃发(alopecia prematura), 热带性|脂肪泻(tropic sprue)): none.
    Abbreviations review of medical_6, 2026-12-05 (P1); on xywy medical_0–3, 10–15 the glosses ending
    with a symptom were symptoms in about 75 of 101, the other rows 23 of 24 drawn right."""
    label = next((found for i in range(1, len(long_zh) - 1) if (found := term_label(long_zh[i:]))), None)
    if label is None or label in _NOT_THE_ENDINGS_LABEL:
        return ""
    if label == _FINDING:
        return _NAMED_FINDING if abbreviated else ""
    return label


#: A dictionary's label for a finding (贫血) that a name ending with it, abbreviated, is not, and the
#: head word's label it gives way to (纯红细胞再生障碍贫血(PRCA): a disease).
_FINDING, _NAMED_FINDING = "symptom", "disease"


def curated_meaning(definition: Definition, table: Mapping[str, AbbreviationEntry]) -> AbbreviationEntry | None:
    """The curated table row that gives the abbreviation's meaning instead of the record's
    definition, or None: an acronym's long form only joins its letters' (多发性神经病变、
    脏器肿大、…), while the row names the thing (POEMS → POEMS综合征); a long form that lacks
    the abbreviation's final mark names less than the row (白细胞介素(IL-1): 白细胞介素-1)."""
    known = table.get(definition.abbr)
    if definition.shape == "acronym" and known and known.source == CURATED_SOURCE:
        return known
    return the_tables_with_its_mark(definition, table) if definition.abbr else None


def _forms(meanings: dict[str, _Meaning]) -> _Forms:
    forms: dict[str, _Meaning] = {}
    for abbr, meaning in meanings.items():
        if len(abbr) > 1:
            forms.setdefault(abbr.replace("-", ""), meaning)
            forms[abbr] = meaning
    return _Forms(forms, max(map(len, forms), default=0), all(_LETTER.search(form) for form in forms))


def _forms_with(known: _TableMeanings, defined: dict[str, _Meaning]) -> _Forms:
    """What ``_forms`` gives for the table's meanings updated with ``defined`` (abbreviations
    new to the table coming after its own, in the order of ``defined``), computed from the
    table's forms: a record defines a few abbreviations, the table has a thousand. Only the
    defined ones' forms can change: an abbreviation's own spelling means it, a form without
    hyphens means the first abbreviation that has it."""
    forms = dict(known.forms.meanings)
    for abbr, meaning in defined.items():
        if len(abbr) > 1:
            forms[abbr] = meaning
    for abbr in defined:
        plain = abbr.replace("-", "")
        if len(abbr) < 2 or (len(plain) > 1 and (plain in defined or plain in known.meanings)):
            continue  # no form, or an abbreviation of its own: set above
        first = known.first_with_form.get(plain)
        if first is not None:  # the table's abbreviation comes first
            forms[plain] = defined.get(first, known.meanings[first])
        else:  # the first defined one with this form
            forms.setdefault(plain, defined[abbr])
    longest = max((len(abbr) for abbr in defined if len(abbr) > 1), default=0)
    # a defined form holds a letter when its abbreviation does (the form drops hyphens only)
    lettered = known.forms.lettered and all(_LETTER.search(abbr) for abbr in defined if len(abbr) > 1)
    return _Forms(forms, max(known.forms.longest, longest), lettered)


def _split(run: str, offset: int, forms: _Forms) -> list[tuple[int, int, _Meaning]]:
    """The run as known abbreviations meeting at word edges (``_is_edge``), or [] if it
    does not split so."""
    meanings, longest = forms.meanings, forms.longest
    parts, position = [], 0
    while position < len(run):
        if parts and run[position] == "-":
            position += 1
        for end in range(min(position + longest, len(run)), position, -1):  # longest first
            meaning = meanings.get(run[position:end])
            if meaning is not None and _is_edge(run, end):
                break
        else:
            return []
        parts.append((offset + position, offset + end, meaning))
        position = end
    return parts


def _is_edge(run: str, position: int) -> bool:
    """Whether a part may end at ``position``: the run's end, a hyphen, or a change between
    letters and digits (HHV-8|DNA, T3|T4), never between two letters (DBIL is no DB + IL)."""
    return position == len(run) or run[position] == "-" or run[position - 1].isdigit() != run[position].isdigit()


def defined_here(text: str, definition: Definition) -> bool:
    """Whether ``definition`` was found in ``text`` (and not in another section)."""
    return definition.end <= len(text) and text[definition.zh_start:definition.zh_end] == definition.long_zh
