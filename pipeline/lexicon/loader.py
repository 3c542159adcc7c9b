"""Loading the entity dictionaries (``dictionaries/entities/*.tsv``) with validation.

Format (one file per theme; the header names the columns, order is free)::

    term    label    canonical    source    [english]    [note]

* ``term``: the surface form to find, stored normalized (``pipeline.normalize``);
* ``label``: one of ``pipeline.labels.LABELS``;
* ``canonical``: the preferred name the mention maps to (often the term itself);
* ``source``: where the entry came from (``xywy:symptoms``, ``curated`` …, ``;``-joined).

A term may appear once across all files; a second occurrence is an error naming both
places, except in ``curated.tsv``: a hand-written entry there wins over the same term in
any other file (that is how a generated label is corrected). A term must hold a Chinese
character, a letter or a digit, and only body parts (肝, 脾) may be one character long:
a one-character symptom or drug is too ambiguous to match in running text.
``dictionaries/segmentation.tsv`` (``term``, ``freq``, ``source``) lists words that only help
jieba segment, with no entity type.
"""

from __future__ import annotations

import hashlib
import marshal
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .. import disk_cache
from .. import normalize as normalize_module
from ..errors import DictionaryError
from ..labels import LABELS
from ..normalize import normalize_text
from ..resources import DEFAULT_DICTIONARY_DIR, PACKAGE_DICTIONARY_DIR, choice, read_tsv, unique_rows

ENTITY_COLUMNS = ("term", "label", "canonical", "source")
ENTITY_OPTIONAL = ("english", "note")
#: Hand-written entity file: its entries win over the same terms in other files.
CURATED_FILE = "curated.tsv"
#: Labels whose terms may be a single character.
ONE_CHARACTER_LABELS = frozenset({"body"})
SEGMENTATION_FILE = "segmentation.tsv"
COMPOUND_HEADS_FILE = "compound_heads.tsv"
WORD_FINAL_FILE = "word_final_characters.tsv"
LIKENESS_FILE = "likeness_markers.tsv"
OTHER_SENSES_FILE = "other_senses.tsv"
DISEASE_PREFIXES_FILE = "disease_prefixes.tsv"
VERB_PREFIXES_FILE = "verb_prefixes.tsv"
NOT_QUALIFIERS_FILE = "not_qualifiers.tsv"
BODY_SIDES_FILE = "body_sides.tsv"
BODY_HEADS_FILE = "body_heads.tsv"
PROCEDURE_HEADS_FILE = "procedure_heads.tsv"
FINDING_HEADS_FILE = "finding_heads.tsv"
#: Values of the ``joins`` column of ``disease_prefixes.tsv``.
PREFIX_JOINS = ("", "mention")
#: Values of the ``short`` column of ``compound_heads.tsv``.
HEAD_AFTER_SHORT = ("", "yes")
#: Values of the ``qualifies`` column of ``not_qualifiers.tsv``.
QUALIFIES = ("", "yes")
#: Values of the ``one_character`` column of ``body_heads.tsv``.
ONE_CHARACTER_HEAD = ("", "yes")
#: The labels of a mention that a head of ``procedure_heads.tsv`` may follow: the site, or the lesion removed.
PROCEDURE_SITE_LABELS = ("body", "disease", "symptom")
#: The labels of a mention that a head of ``finding_heads.tsv`` may follow, and of the finding it makes.
FINDING_SITE_LABELS = ("body", "test", "symptom", "disease", "drug", "microbe")
FINDING_LABELS = ("disease", "symptom")
#: The ``joins`` of a ``finding_heads.tsv`` row whose head follows an antigen written out, a mention or not,
#: and the label it makes (the matcher's rule 18: HSV-Ⅱ|抗体, 抗GM1|抗体: one test).
WRITTEN_ANTIGEN, ANTIGEN_MAKES = "antigen", ("test",)
#: Where an ``other_senses.tsv`` pattern is looked for, around a hit of its term.
SENSE_PLACES = ("before", "after", "sentence")


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    term: str
    label: str
    canonical: str
    source: str
    file: str
    line: int


@dataclass(frozen=True, slots=True)
class OtherSense:
    """A context in which a term is no mention: ``pattern`` found right ``before`` or
    ``after`` the hit, or anywhere in its ``sentence``."""

    place: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Lexicon:
    """All entity terms (normalized term → entry) plus untyped segmentation words."""

    entries: dict[str, LexiconEntry]
    segmentation_words: tuple[tuple[str, int], ...]
    directory: Path
    compound_heads: frozenset[str] = frozenset()  # compound_heads.tsv: see the matcher's rule 3
    #: word_final_characters.tsv: character → the characters it may follow inside a jieba word
    #: (the matcher's rule 3; no jieba boost)
    word_final: Mapping[str, str] = field(default_factory=dict)
    #: likeness_markers.tsv: marker → (labels it applies to, characters after it that make
    #: another word) (the matcher's rule 6: 癫痫|样发作 is no epilepsy)
    likeness: Mapping[str, tuple[frozenset[str], str]] = field(default_factory=dict)
    #: other_senses.tsv: term → the contexts in which it means something else (the matcher's
    #: rule 10: T3 in T3N0M0 is a tumour stage, no thyroid hormone)
    other_senses: Mapping[str, tuple[OtherSense, ...]] = field(default_factory=dict)
    #: disease_prefixes.tsv, rows with ``joins`` = mention, longest first: written right before a
    #: disease or symptom, the prefix joins the mention (the matcher's rule 11: 慢性|湿疹)
    joined_prefixes: tuple[str, ...] = ()
    #: compound_heads.tsv, rows with ``short`` = yes: the heads that may follow a short symptom or
    #: disease inside one jieba word too (the matcher's rule 3: 发热|时, 咳嗽|者)
    short_heads: frozenset[str] = frozenset()
    #: verb_prefixes.tsv: verbs and adverbs that, opening the jieba word a short symptom or disease
    #: ends, leave it a mention (the matcher's rule 3: 患|感冒, 出|虚汗)
    verb_prefixes: frozenset[str] = frozenset()
    #: body_heads.tsv: head nouns (黏膜, 毛细血管, 皮质) that, written right after a body part, make
    #: one body part with it (the matcher's rule 12: 支气管|黏膜, 肾小球|毛细血管)
    body_heads: frozenset[str] = frozenset()
    #: procedure_heads.tsv: head → (the labels of a mention it joins, the words after it that make another
    #: word): written right after a body part (or a lesion), the head makes one procedure with it (the
    #: matcher's rule 13: 肾|活检, 白内障|摘除术; not 静脉|造影剂)
    procedure_heads: Mapping[str, tuple[frozenset[str], tuple[str, ...]]] = field(default_factory=dict)
    #: not_qualifiers.tsv: words ending in 性 or 型 that qualify no finding written right after them
    #: (阳性, 男性, 典型); every other such word joins it (the matcher's rule 14: 折返性|心动过速)
    not_qualifiers: frozenset[str] = frozenset()
    #: body_sides.tsv: one-character sides (左, 右, 双) that, opening a jieba word right before a body
    #: part, make one body part with it (the matcher's rule 15: 左|冠状动脉, 双|下肢)
    body_sides: frozenset[str] = frozenset()
    #: finding_heads.tsv: head → its rows, each (the label of the finding made, the labels of a mention it
    #: joins, the ending that mention must have, the words after the head that make another word):
    #: written right after a mention of ``FINDING_SITE_LABELS``, the head makes one finding with it (the
    #: matcher's rule 16: 腮腺|肿瘤, 血小板|功能障碍, 肺通气功能|障碍, 皮肤转移|癌; not 组织细胞|肿瘤|性增生)
    finding_heads: Mapping[str, tuple[tuple[str, frozenset[str], str, tuple[str, ...], str], ...]] = field(default_factory=dict)
    #: not_qualifiers.tsv, rows with ``qualifies`` yes: words that qualify the finding after them although
    #: they open with 无 or hold 地 (无痛性|肿大, 地方性|梅毒: the matcher's rule 14)
    qualifiers: frozenset[str] = frozenset()

    def __hash__(self) -> int:  # one Lexicon per directory; lets caches key on it
        return hash(self.directory)


def entity_files(directory: Path) -> list[Path]:
    folder = directory / "entities"
    if not folder.is_dir():
        raise DictionaryError("E026", path=folder)
    files = sorted(folder.glob("*.tsv"))
    if not files:  # a folder of .txt files would run without a single mention, silently
        others = sorted(p.name for p in folder.iterdir())
        raise DictionaryError("E028", path=folder, others=f"; other files there are not read: {', '.join(others)}" if others else "")
    return files


#: a letter or Chinese character: a word character that is no digit (the build's rule no-letter)
_LETTER = re.compile(r"[^\W\d_]")


def unmatchable(term: str, label: str) -> str | None:
    """Why ``term`` cannot be a term of ``label`` (E029), or None."""
    if not _LETTER.search(term):  # 123 would tag every number written so; 5-HT, 维生素B12 have letters
        return "it holds no Chinese character or letter (digits and signs alone match numbers and punctuation)"
    if len(term) < 2 and label not in ONE_CHARACTER_LABELS:
        return f"a one-character {label} term is too ambiguous to match (only body parts may be one character)"
    return None


def read_entity_file(path: Path, on_error: Callable[[DictionaryError], None] | None = None) -> list[LexiconEntry]:
    """Read and validate one entity file (columns, labels, duplicates within the file). A bad
    row raises, unless ``on_error`` is given: then it gets the error and the row is left out."""
    entries: list[LexiconEntry] = []
    seen: dict[str, int] = {}
    for line, row in read_tsv(path, ENTITY_COLUMNS, ENTITY_OPTIONAL, transform=normalize_text, on_error=on_error):
        term = row["term"]  # the whole file was normalized
        if row["label"] not in LABELS:
            error = DictionaryError("E022", path=path, line=line, label=row["label"], labels=", ".join(LABELS))
        elif reason := unmatchable(term, row["label"]):
            error = DictionaryError("E029", path=path, line=line, term=term, reason=reason)
        elif term in seen:
            error = DictionaryError("E023", path=path, line=line, term=term, first=f"{path.name}:{seen[term]}")
        else:
            seen[term] = line
            entries.append(LexiconEntry(term, row["label"], row["canonical"], row["source"], path.name, line))
            continue
        if on_error is None:
            raise error
        on_error(error)
    return entries


def load_lexicon(directory: Path = DEFAULT_DICTIONARY_DIR) -> Lexicon:
    """Load every entity file of ``directory``, its ``segmentation.tsv``,
    ``compound_heads.tsv``, ``word_final_characters.tsv``, ``likeness_markers.tsv``,
    ``other_senses.tsv``, ``disease_prefixes.tsv``, ``verb_prefixes.tsv``, ``body_heads.tsv``, ``procedure_heads.tsv``,
    ``finding_heads.tsv``, ``not_qualifiers.tsv`` and ``body_sides.tsv`` (the shipped
    ones when it has none:
    leaving an optional file out must not change how jieba segments or what is matched).
    Cached per state of the files, so each process reads them once, and again after an
    edit (``dict add`` in a notebook, then ``pipeline.load`` again)."""
    directory = Path(directory)
    files = [*entity_files(directory), *(_own_or_shipped(directory, name) for name in LEXICON_HELPER_FILES)]
    return _load_lexicon(directory, tuple((str(path), path.stat().st_mtime_ns, path.stat().st_size) for path in files))


def _own_or_shipped(directory: Path, name: str) -> Path:
    """``directory``'s own file, else the package's (not ``ZH_MED_DICTIONARIES``': that may
    be a folder of one's own without it)."""
    own = directory / name
    return own if own.is_file() else PACKAGE_DICTIONARY_DIR / name


@cache
def _load_lexicon(directory: Path, files: tuple[tuple[str, int, int], ...]) -> Lexicon:
    """The lexicon of ``directory``, from the disk cache when these ``files`` (path, mtime,
    size) were read before: parsing and validating the TSV files is a fifth of a cold start."""
    path = disk_cache.default_cache_dir() / f"lexicon-{_cache_key(files)}.marshal"
    stored = disk_cache.read(path, _is_stored_lexicon)
    if stored is not None:
        return _from_stored(directory, stored)
    lexicon = _parse_lexicon(directory)
    disk_cache.write(path, _to_stored(lexicon))
    return lexicon


#: Bump when the stored form changes (the loader's and the normalizer's code are in the key).
_STORED_FORMAT = 11
_Stored = tuple[tuple[tuple[str, str, str, str, str, int], ...], tuple, tuple, dict, dict, dict, tuple, tuple, tuple, tuple, dict, tuple, tuple, dict, tuple]


def _cache_key(files: tuple[tuple[str, int, int], ...]) -> str:
    """Hash of everything the parsed lexicon depends on: the files read, and the code that
    reads and normalizes them."""
    digest = hashlib.sha256(f"{_STORED_FORMAT} {sys.version_info[:2]} {marshal.version}\n".encode())
    for module in (__file__, normalize_module.__file__):
        digest.update(Path(module).read_bytes())
    digest.update(repr(files).encode())
    return digest.hexdigest()[:32]


def _to_stored(lexicon: Lexicon) -> _Stored:
    return (
        tuple((e.term, e.label, e.canonical, e.source, e.file, e.line) for e in lexicon.entries.values()),
        lexicon.segmentation_words,
        tuple(sorted(lexicon.compound_heads)),
        dict(lexicon.word_final),
        {marker: (tuple(sorted(labels)), other) for marker, (labels, other) in lexicon.likeness.items()},
        {term: tuple((sense.place, sense.pattern.pattern) for sense in senses) for term, senses in lexicon.other_senses.items()},
        lexicon.joined_prefixes,
        tuple(sorted(lexicon.short_heads)),
        tuple(sorted(lexicon.verb_prefixes)),
        tuple(sorted(lexicon.body_heads)),
        {head: (tuple(sorted(labels)), others) for head, (labels, others) in lexicon.procedure_heads.items()},
        tuple(sorted(lexicon.not_qualifiers)),
        tuple(sorted(lexicon.body_sides)),
        {head: tuple((label, tuple(sorted(joins)), ending, others, shared) for label, joins, ending, others, shared in rows)
         for head, rows in lexicon.finding_heads.items()},
        tuple(sorted(lexicon.qualifiers)),
    )


def _is_stored_lexicon(state: object) -> bool:
    return isinstance(state, tuple) and len(state) == 15 and isinstance(state[0], tuple) and isinstance(state[5], dict)


def _from_stored(directory: Path, stored: _Stored) -> Lexicon:
    (entries, words, heads, word_final, likeness, senses, joined_prefixes, short_heads, verb_prefixes, body_heads, procedure_heads,
     not_qualifiers, body_sides, finding_heads, qualifiers) = stored
    return Lexicon(
        {row[0]: LexiconEntry(*row) for row in entries},
        words,
        directory,
        frozenset(heads),
        word_final,
        {marker: (frozenset(labels), other) for marker, (labels, other) in likeness.items()},
        {term: tuple(OtherSense(place, re.compile(pattern)) for place, pattern in found) for term, found in senses.items()},
        joined_prefixes,
        frozenset(short_heads),
        frozenset(verb_prefixes),
        frozenset(body_heads),
        {head: (frozenset(labels), tuple(others)) for head, (labels, others) in procedure_heads.items()},
        frozenset(not_qualifiers),
        frozenset(body_sides),
        {head: tuple((label, frozenset(joins), ending, tuple(others), shared) for label, joins, ending, others, shared in rows)
         for head, rows in finding_heads.items()},
        frozenset(qualifiers),
    )


def _parse_lexicon(directory: Path) -> Lexicon:
    entries: dict[str, LexiconEntry] = {}
    curated: list[LexiconEntry] = []
    for path in entity_files(directory):
        if path.name == CURATED_FILE:
            curated = read_entity_file(path)  # applied last: it wins over every other file
            continue
        for entry in read_entity_file(path):
            first = entries.setdefault(entry.term, entry)
            if first is not entry:
                raise DictionaryError(
                    "E023", path=path, line=entry.line, term=entry.term, first=f"{first.file}:{first.line}"
                )
    entries.update((entry.term, entry) for entry in curated)
    helper = {name: reader(_own_or_shipped(directory, name)) for name, reader in HELPER_FILE_READERS.items()}
    compound_heads, short_heads = helper[COMPOUND_HEADS_FILE]
    not_qualifiers, qualifiers = helper[NOT_QUALIFIERS_FILE]
    return Lexicon(entries, helper[SEGMENTATION_FILE], directory, compound_heads, helper[WORD_FINAL_FILE],
                   helper[LIKENESS_FILE], helper[OTHER_SENSES_FILE], helper[DISEASE_PREFIXES_FILE], short_heads,
                   helper[VERB_PREFIXES_FILE], helper[BODY_HEADS_FILE], helper[PROCEDURE_HEADS_FILE],
                   not_qualifiers, helper[BODY_SIDES_FILE], helper[FINDING_HEADS_FILE], qualifiers)


def _segmentation_words(path: Path) -> tuple[tuple[str, int], ...]:
    """``segmentation.tsv``: the untyped words jieba is told, with their frequencies."""
    rows = read_tsv(path, ("term", "freq", "source"), transform=normalize_text)
    return tuple((row["term"], jieba_frequency(row["freq"], path, line)) for line, row in rows)


def _compound_heads(path: Path) -> tuple[frozenset[str], frozenset[str]]:
    """``compound_heads.tsv``: every head, and the heads marked ``short``."""
    rows = read_tsv(path, ("rest", "source"), ("note", "short"), transform=normalize_text)
    short = frozenset(row["rest"] for line, row in rows if choice(path, line, row, "short", HEAD_AFTER_SHORT) == "yes")
    return frozenset(row["rest"] for _, row in rows), short


def _word_final(path: Path) -> dict[str, str]:
    """``word_final_characters.tsv``: character → the characters it may follow in a jieba word."""
    word_final = {}
    for line, row in read_tsv(path, ("character", "source"), ("may_follow", "note"), transform=normalize_text):
        if len(row["character"]) != 1:
            raise DictionaryError("E120", path=path, line=line, column="character", expected="one character", value=row["character"])
        word_final[row["character"]] = row.get("may_follow") or ""
    return word_final


def _body_heads(path: Path) -> frozenset[str]:
    """``body_heads.tsv``: the head nouns (黏膜, 毛细血管) a body part written right before joins; a
    one-character head is too ambiguous, unless its row says ``one_character`` yes (壁: measured)."""
    heads = set()
    for line, row in read_tsv(path, ("head", "source"), ("note", "one_character"), transform=normalize_text):
        head, single = row["head"], choice(path, line, row, "one_character", ONE_CHARACTER_HEAD) == "yes"
        if len(head) < (1 if single else 2) or not is_chinese(head):
            expected = "Chinese characters" if single else "two Chinese characters or more (one_character yes for one)"
            raise DictionaryError("E120", path=path, line=line, column="head", expected=expected, value=head)
        heads.add(head)
    return frozenset(heads)


def read_procedure_heads(path: Path) -> tuple[str, ...]:
    """The heads of ``procedure_heads.tsv`` (切除术, 移植), longest first, for the build and ``dict check``
    (sorted once here, not on each of the many ``procedure_head`` calls: code review 2026-12-05, #13)."""
    return tuple(sorted(_procedure_heads(path), key=lambda head: (-len(head), head)))


def procedure_head(word: str, heads: Sequence[str]) -> str | None:
    """The first head of ``heads`` (longest first, as ``read_procedure_heads`` gives them) that ``word``
    ends with, being longer than it (角膜移植|术 → 移植术), else None."""
    return next((head for head in heads if word.endswith(head) and len(word) > len(head)), None)


def _procedure_heads(path: Path) -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    """``procedure_heads.tsv``: head (活检, 切除术) → (the labels of a mention it joins, the words
    right after it that make another word: 剂 of 造影剂). A head is two Chinese characters or more."""
    heads = {}
    rows = read_tsv(path, ("head", "labels", "source"), ("except", "note"), transform=normalize_text)
    for line, row in unique_rows(path, rows, ("head",)):  # a second row would silently win
        head = row["head"]
        if len(head) < 2 or not is_chinese(head):
            raise DictionaryError("E120", path=path, line=line, column="head", expected="two Chinese characters or more", value=head)
        labels = frozenset(label.strip() for label in row["labels"].split(",") if label.strip())
        if not labels or not labels <= set(PROCEDURE_SITE_LABELS):
            raise DictionaryError("E027", path=path, line=line, column="labels", value=row["labels"],
                                  choices=", ".join(PROCEDURE_SITE_LABELS))
        heads[head] = (labels, tuple(word.strip() for word in (row.get("except") or "").split(",") if word.strip()))
    return heads


def _finding_heads(path: Path) -> dict[str, tuple[tuple[str, frozenset[str], str, tuple[str, ...], str], ...]]:
    """``finding_heads.tsv``: head (肿瘤, 功能障碍) → its rows, each (the label of the finding made, the
    labels of a mention it joins, the ending that mention must have: 功能 of 肺通气功能|障碍, the
    words right after the head that make another word: 性 of 肿瘤性增生, the joiners a head is shared
    over: 及 of 白细胞及血小板减少, the matcher's rule 17; such a row is no rule 16 row). A head is Chinese text
    (one character may do: 癌 of 皮肤转移|癌, which joins symptoms and diseases only); one head may have a
    rule 16 row per ending, and one row with joiners (升高 joins a test written right before it, and is shared
    by body parts and tests over 及: two rows)."""
    heads: dict[str, list[tuple[str, frozenset[str], str, tuple[str, ...], str]]] = {}
    shared_line: dict[str, int] = {}  # head → the line of its shared_over row: rule 17 reads one per head
    rows = [(line, {"site_ends": "", **row, "rule": "17" if (row.get("shared_over") or "").strip() else "16"})
            for line, row in read_tsv(path, ("head", "makes", "joins", "source"), ("site_ends", "except", "note", "shared_over"),
                                      transform=normalize_text)]
    # a second row of one rule would silently win: one rule 16 row per ending, and one rule 17 row
    for line, row in unique_rows(path, rows, ("head", "site_ends", "rule")):
        head = row["head"]
        if not head or not is_chinese(head):
            raise DictionaryError("E120", path=path, line=line, column="head", expected="Chinese characters", value=head)
        joins = frozenset(label.strip() for label in row["joins"].split(",") if label.strip())
        antigen = joins == {WRITTEN_ANTIGEN}  # rule 18's row: 抗体 after HSV-Ⅱ
        makes = choice(path, line, row, "makes", ANTIGEN_MAKES if antigen else FINDING_LABELS)
        if not antigen and (not joins or not joins <= set(FINDING_SITE_LABELS)):
            raise DictionaryError("E027", path=path, line=line, column="joins", value=row["joins"],
                                  choices=", ".join((*FINDING_SITE_LABELS, WRITTEN_ANTIGEN)))
        others = tuple(word.strip() for word in (row.get("except") or "").split(",") if word.strip())
        shared_over = "".join(word.strip() for word in (row.get("shared_over") or "").split(","))
        if shared_over and head in shared_line:
            raise DictionaryError("E023", path=path, line=line, term=f"{head} (shared_over)", first=f"line {shared_line[head]}")
        if shared_over:
            shared_line[head] = line
        heads.setdefault(head, []).append((makes, joins, row["site_ends"], others, shared_over))
    return {head: tuple(found) for head, found in heads.items()}


def is_chinese(word: str) -> bool:
    """Whether every character of ``word`` is a CJK ideograph (of the basic block)."""
    return all("\u4e00" <= char <= "\u9fff" for char in word)


def _verb_prefixes(path: Path) -> frozenset[str]:
    """``verb_prefixes.tsv``: the verbs and adverbs (患, 受到, 出) a short finding may follow in one
    jieba word (the jieba words they open are Chinese)."""
    return _chinese_words(path, "prefix", 1, "Chinese characters")


def _not_qualifiers(path: Path) -> tuple[frozenset[str], frozenset[str]]:
    """``not_qualifiers.tsv``: words of two Chinese characters or more, ending in 性 or 型, that
    qualify no finding written after them, and (``qualifies`` yes) those that do although they open
    with 无 or hold 地 (无痛性, 地方性); E120 names file:line otherwise."""
    words, qualifying = set(), set()
    for line, row in read_tsv(path, ("word", "source"), ("note", "qualifies"), transform=normalize_text):
        word = row["word"]
        if len(word) < 2 or not is_chinese(word) or not word.endswith(("性", "型")):
            raise DictionaryError("E120", path=path, line=line, column="word",
                                  expected="two Chinese characters or more ending in 性 or 型", value=word)
        (qualifying if choice(path, line, row, "qualifies", QUALIFIES) == "yes" else words).add(word)
    return frozenset(words), frozenset(qualifying)


def _body_sides(path: Path) -> frozenset[str]:
    """``body_sides.tsv``: the one-character sides (左, 右, 双) a body part written right after joins."""
    sides = set()
    for line, row in read_tsv(path, ("side", "source"), ("note",), transform=normalize_text):
        if len(row["side"]) != 1 or not is_chinese(row["side"]):
            raise DictionaryError("E120", path=path, line=line, column="side", expected="one Chinese character", value=row["side"])
        sides.add(row["side"])
    return frozenset(sides)


def _chinese_words(path: Path, column: str, shortest: int, expected: str) -> frozenset[str]:
    """The ``column`` of a word list of the matcher, each value at least ``shortest`` Chinese
    characters (E120 names file:line otherwise)."""
    words = set()
    for line, row in read_tsv(path, (column, "source"), ("note",), transform=normalize_text):
        word = row[column]
        if len(word) < shortest or not is_chinese(word):
            raise DictionaryError("E120", path=path, line=line, column=column, expected=expected, value=word)
        words.add(word)
    return frozenset(words)


def _joined_prefixes(path: Path) -> tuple[str, ...]:
    """``disease_prefixes.tsv``: the prefixes a mention written right after joins, longest first."""
    rows = read_tsv(path, ("prefix", "kind", "source"), ("note", "joins"), transform=normalize_text)
    joined = {row["prefix"] for line, row in rows if choice(path, line, row, "joins", PREFIX_JOINS) == "mention"}
    return tuple(sorted(joined, key=lambda prefix: (-len(prefix), prefix)))


def _likeness(path: Path) -> dict[str, tuple[frozenset[str], str]]:
    """``likeness_markers.tsv``: marker → (labels, characters after it that make another word)."""
    markers = {}
    for line, row in read_tsv(path, ("marker", "labels", "source"), ("except", "note"), transform=normalize_text):
        labels = frozenset(label.strip() for label in row["labels"].split(",") if label.strip())
        unknown = sorted(labels - set(LABELS))
        if unknown or not labels:
            raise DictionaryError("E022", path=path, line=line, label=",".join(unknown) or row["labels"], labels=", ".join(LABELS))
        markers[row["marker"]] = (labels, row.get("except") or "")
    return markers


def _other_senses(path: Path) -> dict[str, tuple[OtherSense, ...]]:
    """``other_senses.tsv``: term → its contexts of another sense, patterns compiled."""
    senses: dict[str, list[OtherSense]] = {}
    for line, row in read_tsv(path, ("term", "place", "pattern", "source"), ("note",), transform=normalize_text):
        if row["place"] not in SENSE_PLACES:
            raise DictionaryError("E027", path=path, line=line, column="place", value=row["place"], choices=", ".join(SENSE_PLACES))
        try:  # a before pattern ends where the hit starts
            pattern = re.compile(f"(?:{row['pattern']})\\Z" if row["place"] == "before" else row["pattern"])
        except re.error as exc:
            raise DictionaryError("E120", path=path, line=line, column="pattern", expected=f"a regular expression ({exc})", value=row["pattern"]) from exc
        senses.setdefault(row["term"], []).append(OtherSense(row["place"], pattern))
    return {term: tuple(found) for term, found in senses.items()}


def jieba_frequency(value: str, path: Path, line: int) -> int:
    """A ``freq`` cell as an int (E020 unless a whole number)."""
    if not value.isdigit():
        raise DictionaryError("E020", path=path, line=line, reason=f"freq must be a whole number, got {value!r}")
    return int(value)


#: Each helper file of the lexicon with the reader that parses and validates it (also what
#: ``dict check`` runs on a folder's own copies).
HELPER_FILE_READERS: dict[str, Callable[[Path], Any]] = {
    SEGMENTATION_FILE: _segmentation_words,
    COMPOUND_HEADS_FILE: _compound_heads,
    WORD_FINAL_FILE: _word_final,
    LIKENESS_FILE: _likeness,
    OTHER_SENSES_FILE: _other_senses,
    DISEASE_PREFIXES_FILE: _joined_prefixes,
    VERB_PREFIXES_FILE: _verb_prefixes,
    BODY_HEADS_FILE: _body_heads,
    PROCEDURE_HEADS_FILE: _procedure_heads,
    FINDING_HEADS_FILE: _finding_heads,
    NOT_QUALIFIERS_FILE: _not_qualifiers,
    BODY_SIDES_FILE: _body_sides,
}
#: The top-level files a dictionaries folder may hold for the lexicon (the shipped ones where it has none).
LEXICON_HELPER_FILES = tuple(HELPER_FILE_READERS)
