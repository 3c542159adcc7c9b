"""The abbreviation data: ``dictionaries/abbreviations.tsv`` and ``abbreviation_cues.tsv``.

Both are loaded once (cached) and returned as read-only values, so the pure functions
of this package can take them as arguments and tests can pass small hand-made ones.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType

from ..clinical.vocabulary import NOT_A_SPECIMEN, SPECIMENS_FILE, read_specimens
from ..errors import DictionaryError
from ..labels import LABELS
from ..resources import DEFAULT_DICTIONARY_DIR, read_tsv
from .spelling import GREEK, spell_abbr, spelling_key

TABLE_FILE = "abbreviations.tsv"
CUES_FILE = "abbreviation_cues.tsv"
CLASSES_FILE = "abbreviation_classes.tsv"
#: The files a ``--dictionaries`` folder may hold for this stage (the ones in use where it has none).
FOLDER_FILES = (TABLE_FILE, CUES_FILE, CLASSES_FILE)
#: The ``source`` of rows written by hand, which win over generated ones.
CURATED_SOURCE = "curated"
#: The ``source`` of rows mined from the xywy texts (``python -m pipeline.abbreviations.mine``).
MINED_SOURCE = "mined:xywy"
TABLE_COLUMNS = ("abbr", "long_en", "long_zh", "label", "source")
TABLE_OPTIONAL = ("count", "note")
CUE_ROLES = ("stop", "alias", "label", "reject", "modifier", "head", "suffix", "inside", "generic", "unit", "clause", "clause_edge", "opening",
             "verb", "not_verb", "patient_group", "patient_group_en", "eponym_head", "not_eponym_head",
             "not_stop", "human", "human_short", "name_forming", "not_adjective", "performs", "conjunction",
             "conjunction_en")
#: The file whose ``patient_group`` prefixes (小儿, 老年人) open Chinese terms as patient groups too.
DISEASE_PREFIXES_FILE = "disease_prefixes.tsv"


@dataclass(frozen=True, slots=True)
class AbbreviationEntry:
    """One row of the abbreviations table; ``abbr`` is the canonical spelling."""

    abbr: str
    long_en: str
    long_zh: str
    label: str
    source: str
    count: int = 0
    note: str = ""


@dataclass(frozen=True, slots=True)
class Cues:
    """The cue lists of ``abbreviation_cues.tsv``, by role."""

    stop: frozenset[str]
    alias: tuple[str, ...]
    label_suffixes: tuple[tuple[str, str], ...]  # (suffix, label), longest first
    reject: frozenset[str]
    modifiers: tuple[str, ...]  # longest first
    heads: frozenset[str] = frozenset()  # 激素, 紫癜: no term on their own after an inside stop word
    suffixes: frozenset[str] = frozenset()  # 性, 物: end words; one before a head is no term either
    inside: frozenset[str] = frozenset()  # 释放, 减少: stop words that names hold too
    specimens: frozenset[str] = frozenset()  # 血清, 脑脊液: opening a test name, they name no longer one
    generic: frozenset[str] = frozenset()  # 基因, 蛋白: alone, they define no abbreviation (基因(DES))
    units: frozenset[str] = frozenset()  # KD, Gy, U: after a number, a quantity, no abbreviation (230KD)
    clause: tuple[str, ...] = ()  # 形成, 治疗: in what a dictionary cut drops, the cut stands
    clause_edges: frozenset[str] = frozenset()  # 之, 故: the same, opening or closing what it drops
    openings: tuple[str, ...] = ()  # 形成, 类似: a run opening with one starts after it
    verbs: tuple[str, ...] = ()  # 采取, 分泌: a run the dictionary ends no term in starts after the last one
    not_verbs: tuple[str, ...] = ()  # 进行性, 内分泌: words holding a verb that names hold
    patient_groups: tuple[str, ...] = ()  # 老年人, 小儿: longest first; see patient_group in the cue file
    patient_groups_en: tuple[str, ...] = ()  # senile, child: an English long form with one names the group
    eponym_heads: tuple[str, ...] = ()  # 征, 病, 疫苗: after 人名(Name), the name is part of a longer one
    not_eponym_heads: tuple[str, ...] = ()  # 病变: opening with an eponym head, but no head itself
    not_stops: tuple[str, ...] = ()  # 缺如: a word ending with a stop word (如) that names end with
    humans: tuple[str, ...] = ()  # 人类: the H of an abbreviation opening with one (HMG, HPV)
    human_short: tuple[str, ...] = ()  # 人: a human word as a dictionary's name writes it (人乳头瘤病毒)
    performs: tuple[str, ...] = ()  # 进行: opening a long form of a disease, it names a procedure done (进行选择性流产)
    name_forming: tuple[str, ...] = ()  # 期, 性, 型: right after a patient group, it is part of the name (老年性白内障)
    not_adjectives: tuple[str, ...] = ()  # 女性, 阳性: words in 性 that open no disease name (女性|乳腺癌)
    conjunctions: frozenset[str] = frozenset()  # 和, 与: a run cut there goes on when the English joins two names
    conjunctions_en: frozenset[str] = frozenset()  # and, or: the English words joining two names (nausea and vomiting)


@cache
def load_abbreviations(path: str | Path | None = None) -> Mapping[str, AbbreviationEntry]:
    """Read the table into ``{canonical abbr: entry}``; spelling clashes are errors."""
    path = Path(path) if path else DEFAULT_DICTIONARY_DIR / TABLE_FILE
    rows = read_tsv(path, TABLE_COLUMNS, TABLE_OPTIONAL, non_empty=("abbr", "long_zh", "source"))
    table: dict[str, AbbreviationEntry] = {}
    first_line: dict[str, tuple[int, str]] = {}
    for line, row in rows:
        abbr = row["abbr"]
        if spell_abbr(abbr) != abbr:
            raise DictionaryError("E140", path=path, line=line, abbr=abbr, expected=spell_abbr(abbr))
        if row["label"] and row["label"] not in LABELS:
            raise DictionaryError("E022", path=path, line=line, label=row["label"], labels=LABELS)
        key = spelling_key(abbr)
        if key in first_line:
            first, other = first_line[key]
            if other == abbr:
                raise DictionaryError("E023", path=path, line=line, term=abbr, first=first)
            raise DictionaryError("E142", path=path, line=line, abbr=abbr, other=other, first=first)
        first_line[key] = (line, abbr)
        table[abbr] = AbbreviationEntry(
            abbr, row["long_en"], row["long_zh"], row["label"], row["source"],
            int(row.get("count") or 0), row.get("note", ""),
        )
    loaded = MappingProxyType(table)
    _LOADED_TABLES[id(loaded)] = loaded
    return loaded


@cache
def load_cues(path: str | Path | None = None) -> Cues:
    """Read the cue lists (stop words, alias cues, label suffixes, rejected abbreviations,
    term modifiers)."""
    path = Path(path) if path else DEFAULT_DICTIONARY_DIR / CUES_FILE
    by_role: dict[str, list[tuple[str, str]]] = {role: [] for role in CUE_ROLES}
    for line, row in read_tsv(path, ("cue", "role", "label", "source"), ("note",),
                              non_empty=("cue", "role", "source")):
        if row["role"] not in by_role:
            raise DictionaryError("E141", path=path, line=line, role=row["role"], roles=CUE_ROLES)
        if row["role"] == "label" and row["label"] not in LABELS:
            raise DictionaryError("E022", path=path, line=line, label=row["label"], labels=LABELS)
        by_role[row["role"]].append((row["cue"], row["label"]))
    return Cues(
        stop=frozenset(cue for cue, _ in by_role["stop"] + by_role["inside"]),
        alias=tuple(sorted((cue for cue, _ in by_role["alias"]), key=len, reverse=True)),
        label_suffixes=tuple(sorted(by_role["label"], key=lambda pair: -len(pair[0]))),
        reject=frozenset(spell_abbr(cue) for cue, _ in by_role["reject"]),
        modifiers=tuple(sorted((cue for cue, _ in by_role["modifier"]), key=len, reverse=True)),
        heads=frozenset(cue for cue, _ in by_role["head"]),
        suffixes=frozenset(cue for cue, _ in by_role["suffix"]),
        inside=frozenset(cue for cue, _ in by_role["inside"]),
        specimens=_specimen_prefixes(path.parent / SPECIMENS_FILE),
        generic=frozenset(cue for cue, _ in by_role["generic"]),
        units=frozenset(cue for cue, _ in by_role["unit"]),
        clause=tuple(sorted((cue for cue, _ in by_role["clause"]), key=len, reverse=True)),
        clause_edges=frozenset(cue for cue, _ in by_role["clause_edge"]),
        openings=tuple(sorted((cue for cue, _ in by_role["opening"]), key=len, reverse=True)),
        verbs=tuple(sorted((cue for cue, _ in by_role["verb"]), key=len, reverse=True)),
        not_verbs=tuple(sorted((cue for cue, _ in by_role["not_verb"]), key=len, reverse=True)),
        patient_groups=tuple(sorted({cue for cue, _ in by_role["patient_group"]}
                                    | _patient_group_prefixes(path.parent / DISEASE_PREFIXES_FILE), key=len, reverse=True)),
        patient_groups_en=tuple(cue.lower() for cue, _ in by_role["patient_group_en"]),
        eponym_heads=tuple(cue for cue, _ in by_role["eponym_head"]),
        not_eponym_heads=tuple(cue for cue, _ in by_role["not_eponym_head"]),
        not_stops=tuple(cue for cue, _ in by_role["not_stop"]),
        humans=tuple(cue for cue, _ in by_role["human"]),
        human_short=tuple(cue for cue, _ in by_role["human_short"]),
        performs=tuple(cue for cue, _ in by_role["performs"]),
        name_forming=tuple(cue for cue, _ in by_role["name_forming"]),
        not_adjectives=tuple(cue for cue, _ in by_role["not_adjective"]),
        conjunctions=frozenset(cue for cue, _ in by_role["conjunction"]),
        conjunctions_en=frozenset(cue.lower() for cue, _ in by_role["conjunction_en"]),
    )


def _patient_group_prefixes(path: Path) -> frozenset[str]:
    """The ``patient_group`` prefixes of ``disease_prefixes.tsv`` (小儿, 新生儿, 老年人); none when
    the folder has no such file (a cue list of one's own)."""
    if not path.exists():
        return frozenset()
    return frozenset(row["prefix"] for _, row in read_tsv(path, ("prefix", "kind", "source"), ("note", "joins"))
                     if row["kind"] == "patient_group")


@cache
def load_numeral_classes(path: str | Path | None = None) -> frozenset[str]:
    """The test abbreviations of ``abbreviation_classes.tsv``, canonical spelling: a Roman
    numeral after them names a class of them (HLA-Ⅱ抗原), not another thing (IGF-Ⅱ). None
    when a dictionaries folder has no such file."""
    path = Path(path) if path else DEFAULT_DICTIONARY_DIR / CLASSES_FILE
    if not path.exists():
        return frozenset()
    return frozenset(spell_abbr(row["abbr"]) for _, row in read_tsv(path, ("abbr", "source"), ("note",)))


@dataclass(frozen=True, slots=True)
class AbbreviationData:
    """The abbreviation files of one dictionaries folder, loaded."""

    table: Mapping[str, AbbreviationEntry]
    cues: Cues
    classes: frozenset[str]


def load_abbreviation_data(directory: str | Path | None = None) -> AbbreviationData:
    """The table, cues and numeral classes of a dictionaries folder (``--dictionaries``,
    ``load(dictionaries=…)``): its own copies, as for the lexicon's helper files, so that a copy
    extended for another disease (a row ``HBV-DNA … 乙型肝炎病毒脱氧核糖核酸`` added to its
    ``abbreviations.tsv``) is read; else those every stage reads (shipped, or
    ``ZH_MED_DICTIONARIES``). Looked up once per folder: the stages ask for it per section."""
    return _abbreviation_data(None if directory is None else str(directory))


@cache
def _abbreviation_data(directory: str | None) -> AbbreviationData:
    def own(name: str) -> Path | None:  # None: the cached default, not a second copy of it
        if directory is None:
            return None
        path, default = Path(directory) / name, DEFAULT_DICTIONARY_DIR / name
        return path if path.is_file() and path.resolve() != default.resolve() else None

    return AbbreviationData(load_abbreviations(own(TABLE_FILE)), load_cues(own(CUES_FILE)),
                            load_numeral_classes(own(CLASSES_FILE)))


def _specimen_prefixes(path: Path) -> frozenset[str]:
    """The words of ``specimens.tsv`` that open a test's name as its specimen (血清, 脑脊液): a run
    that is only one before a term defines the term (血清|血管活性肠肽(VIP)). None when the
    folder has no such file (a cue list of one's own)."""
    if not path.exists():
        return frozenset()
    specimens, prefixes = read_specimens(path)[:2]
    return frozenset(word for word in prefixes if specimens[word] != NOT_A_SPECIMEN)


def canonical_abbr(s: str, table: Mapping[str, AbbreviationEntry] | None = None, long_zh: str | None = None) -> str:
    """The canonical spelling of an abbreviation: rules, then the table's known spellings.

    ``IL6`` → ``IL-6`` and ``HHV8`` → ``HHV-8`` when the table knows the hyphenated form
    (hyphens and dots do not count when comparing). Upper-case variants of a mixed-case
    table spelling (``IGG`` → ``IgG``) are folded only for 3+ letters and when exactly one
    table spelling matches, so ``PH`` never becomes ``pH`` nor ``CT`` becomes ``Ct``; and,
    given the text's Chinese long form ``long_zh``, not to a mined row meaning another thing
    (``_keeps_its_capitals``).
    """
    spelled = spell_abbr(s)
    table = load_abbreviations() if table is None else table
    known = _table_spellings(table)
    key = spelling_key(spelled)
    if key in known.exact:
        return known.exact[key]
    folded = known.folded.get(key.casefold(), ())
    letters = sum(char.isalpha() for char in key)
    if letters >= 3 and len(folded) == 1 and not _keeps_its_capitals(spelled, table.get(folded[0]), long_zh):
        return folded[0]
    return spelled


_LOWER_CASE = re.compile("[a-z]")


def _keeps_its_capitals(spelled: str, row: AbbreviationEntry | None, long_zh: str | None) -> bool:
    """Whether an abbreviation written in capitals keeps them rather than take the spelling of a
    mixed-case ``mined:xywy`` row whose long form is another than the text's: 前列腺酸性磷酸酶(PAP)
    is no ``Pap`` (巴氏), 极低密度脂蛋白(VLDL-C) no ``VLDL-c`` (…胆固醇). Mined rows are what one
    text wrote, its case a clue to its meaning; a hyphen-only difference (G6PD, G-6-PD) is
    no case and folds as before. Abbreviations review of medical_9, 2026-12-05 (R5)."""
    return (long_zh is not None and row is not None and row.source == MINED_SOURCE
            and not _LOWER_CASE.search(spelled) and _LOWER_CASE.search(row.abbr) is not None
            and row.long_zh != long_zh)


@dataclass(frozen=True, slots=True)
class _Spellings:
    exact: Mapping[str, str]
    folded: Mapping[str, tuple[str, ...]]


#: id → each read-only table ``load_abbreviations`` returned (one per file: it is cached). Nothing else
#: holds the dict behind such a proxy, so the table never changes and its spellings are found by
#: identity rather than by a tuple of its thousands of keys built and hashed per call. Any other
#: table, a proxy of a caller's dict included, may change: it is looked up by its keys.
_LOADED_TABLES: dict[int, Mapping[str, AbbreviationEntry]] = {}
_LOADED_SPELLINGS: dict[int, _Spellings] = {}


def _table_spellings(table: Mapping[str, AbbreviationEntry]) -> _Spellings:
    if _LOADED_TABLES.get(id(table)) is not table:
        return _spellings_of(tuple(table))
    spellings = _LOADED_SPELLINGS.get(id(table))
    if spellings is None:
        spellings = _LOADED_SPELLINGS[id(table)] = _spellings_of(tuple(table))
    return spellings


@cache
def _spellings_of(abbrs: tuple[str, ...]) -> _Spellings:
    exact = {spelling_key(abbr): abbr for abbr in abbrs}
    folded: dict[str, tuple[str, ...]] = {}
    for abbr in abbrs:
        key = spelling_key(abbr).casefold()
        folded[key] = folded.get(key, ()) + (abbr,)
    return _Spellings(exact, folded)


def guess_label(long_zh: str, cues: Cues | None = None) -> str:
    """The label a Chinese long form suggests by its head (last word), or ``""``.

    Trailing numbers, Latin and Greek letters and 型 are dropped first, so
    ``人类疱疹病毒8型`` → microbe and ``转移生长因子β1`` → test.
    """
    cues = load_cues() if cues is None else cues
    head = long_zh.rstrip(f"0123456789-型 ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz{GREEK}")
    for suffix, label in cues.label_suffixes:
        if head.endswith(suffix):
            return label
    return ""

