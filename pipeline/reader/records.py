"""Reading records: files (or values in memory, ``read_value``) → ``Record`` values (or
``ReadIssue`` for what could not be read).

Accepted shapes, detected per file:

* one JSON object = one record (the seed's two-level ``section → text`` dict);
* a JSON array of records (a syntax error in it is one error, at its line and column);
* JSON Lines, one record per line (a bad line is reported, the others are read);
* JSON objects one after another over several lines (``jq '.[]'``) or run together (a broken
  one is reported, the others are read; see ``_object_stream``);
* an object whose values are records keyed by id (``xywy/medical_*.json``: ``{"0": {...}, …}``)
  or by their names (``_is_keyed_collection``, ``_is_named_collection``), or texts keyed by their
  diseases (``_is_named_texts``);
* a DataFrame as pandas' ``to_json`` writes it with ``orient="split"``, ``"table"`` or
  ``"columns"`` (its default): one record per row, the row's index label in its id (``orient="index"``
  and ``"records"`` are the two shapes above); see ``_pandas_rows``;
* a CSV or TSV file (``.csv``, ``.tsv``) with a header row naming the keys (``疾病名称,疾病描述,…``):
  one record per row; a column of short labels joined by ``,`` (``紫绀,胸痛,呼吸困难``) is a list
  column, as a JSON array would be (see ``_read_table_file``);
* a wrapper object around records (``{"data": [...]}``, ``{"total": 2, "items": [...]}``,
  ``{"data": {"diseases": [...]}}``; see ``_wrapped_records``); its other keys (counts, a status
  message, an object of paging details) are named in a warning;
* any of these gzip-compressed (``corpus.jsonl.gz``), in UTF-8, GB18030, or UTF-16/32 with a byte
  order mark.

Every string leaf of a record is a *section*, named by its key path joined with ``/``
(``诊断/症状``, ``symptom_data/symptom_detail/3``; a path met again, as a key holding ``/``
can make it, gets ``#2``, ``#3`` …), except that a list item with one title key and one text key
(``record_reading.tsv``) is one section named by the list's path and its title: ``{"内容":
[{"标题": "病因", "正文": "…"}]}`` → ``内容/病因``, the title a field ``内容`` (``_titled``). Lists of
short label-like strings
(``symptom_data/symptoms``, ``inspect_info``) are the record's own structured fields and go
to ``Record.fields`` instead, as do scalars that are not strings, the id/name keys, the
record-level facts ``record_reading.tsv`` lists (``gaishu_info/cure_prob``: ``98%``) and
strings that are a bare number or range (``0.1%--0.3%``): read as prose, they would be
frequencies about nothing.

A lone surrogate (JSON's ``"\\ud83d"`` without its pair, a file name's undecodable bytes)
becomes U+FFFD, one character for one: no table format can store it.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import logging
import os
import re
import sys
import zlib
from collections import Counter
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import DictionaryError, PipelineError, message
from ..resources import DEFAULT_DICTIONARY_DIR, alternation, alternation_in_order, check_data_folder, choice, read_tsv, unique_rows

logger = logging.getLogger(__name__)

#: Files of records by what separates their cells; the others hold JSON.
TABLE_DELIMITERS = {".csv": ",", ".tsv": "\t"}
#: A Parquet file holds a table of records too (pandas' ``to_parquet``, a dataset hub's download).
PARQUET_SUFFIX = ".parquet"
INPUT_SUFFIXES = (".json", ".jsonl", ".txt", *TABLE_DELIMITERS, PARQUET_SUFFIX)
#: Any of them may be gzip-compressed (``medical.jsonl.gz``): a corpus is often shipped so.
GZIP_SUFFIX = ".gz"
_GZIP_MAGIC = b"\x1f\x8b"


def input_suffix(path: Path) -> str:
    """The suffix that says how ``path`` is read, lower case, a ``.gz`` after it left out
    (``a.JSONL.gz`` → ``.jsonl``)."""
    name = path.name.lower()
    if not name.endswith(GZIP_SUFFIX):
        return path.suffix.lower()
    inner = Path(name.removesuffix(GZIP_SUFFIX)).suffix
    return inner if inner != PARQUET_SUFFIX else ".parquet.gz"  # Parquet compresses itself: no input


def _gunzip(raw: bytes) -> tuple[bytes, bytes]:
    """The data of gzip members one after another (``cat a.gz b.gz`` makes such a file), and the
    bytes after them, which ``gzip -d`` ignores with a warning."""
    parts = []
    while raw[:2] == _GZIP_MAGIC:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        parts.append(inflater.decompress(raw))
        if not inflater.eof:
            raise EOFError("compressed file ended before the end-of-stream marker was reached")
        raw = inflater.unused_data
    return b"".join(parts), raw


def _input_stem(path: Path) -> str:
    """The name records' ids start with: the file's name without its suffix and ``.gz``."""
    return Path(path.stem).stem if path.name.lower().endswith(GZIP_SUFFIX) else path.stem
#: A list of strings is a structured field (not prose) when every item is at most this long
#: and none holds sentence punctuation.
LABEL_ITEM_MAX_CHARS = 30
_SENTENCE_PUNCT = re.compile(r"[。；;！？!?]")
#: Marks of prose in a wrapper's value (a status message may end with ！).
_PROSE_MARK = re.compile(r"[。；]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: Digits, signs and units of a bare number or range, full or half width: ``80%``, ``0.1%--0.3%``.
_BARE_NUMBER = re.compile(r"[\s0-9０-９.．%％~～\-－—–+＋/／<>＜＞=≥≤:：,，()（）]*[0-9０-９][\s0-9０-９.．%％~～\-－—–+＋/／<>＜＞=≥≤:：,，()（）]*")
#: A date and time as ISO 8601 writes it (``2024-01-01T08:00:00.000Z``): a field, as a bare date is.
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")
_SURROGATE = re.compile("[\ud800-\udfff]")
#: The name and opening of the manifest a run writes beside its tables (``pipeline.tables.manifest``).
OWN_MANIFEST = "manifest.json"
_OWN_MANIFEST_HEAD = re.compile(rb'\{\s*"manifest_version":\s*\d+,\s*"pipeline":')
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
ROLES = (
    "id_key", "name_key", "overview_key", "field_key", "defines", "section_title_key", "section_text_key", "alias",
    "western_name", "name_group", "name_link", "name_spread", "spread_of", "name_join", "name_join_not",
    "head_place", "disease_ending", "name_site", "alias_opening", "this_disease", "western_hedge", "no_name_opening",
)


@dataclass(frozen=True, slots=True)
class Section:
    """One text of a record; mentions carry offsets into ``text``."""

    path: str
    text: str


@dataclass(frozen=True, slots=True)
class Record:
    record_id: str
    disease: str
    source: str
    sections: tuple[Section, ...]
    fields: tuple[tuple[str, str], ...]
    #: False when the record names no disease and ``disease`` is its file's stem (E040)
    disease_named: bool = True
    #: other names the overview's first sentence gives the disease (无精子症 in a record on 无精症)
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ReadIssue:
    """Something in the input that could not be read; becomes a row of the ``errors`` table."""

    file: str
    record_id: str | None  # None: no record is known (the whole file could not be read)
    stage: str
    message: str


@dataclass(frozen=True)
class ReadingRules:
    """Where ids, names and the overview are, and the keys of a titled section's title and text
    (``dictionaries/record_reading.tsv``)."""

    id_keys: tuple[str, ...]
    name_keys: tuple[str, ...]
    overview_keys: tuple[str, ...]
    field_keys: frozenset[str]
    defines_disease: re.Pattern[str]
    section_title_keys: frozenset[str]
    section_text_keys: frozenset[str]
    #: ``又称X``, ``简称X、Y``: the names after an ``alias`` word
    aliases: re.Pattern[str] = re.compile("(?!)")
    #: ``相当于西医的X``: the names after a ``western_name`` phrase, anywhere in the overview
    western_names: re.Pattern[str] = re.compile("(?!)")
    #: 老年|休克, 躯体感染伴发的|精神障碍: words after which the rest of a record's name is its disease itself
    name_groups: tuple[str, ...] = ()
    name_links: tuple[str, ...] = ()
    #: 转移: a tumour's spread, a finding only in a record named on a tumour (``spread_of``: 瘤, 癌)
    #: and not on a spread itself (心脏转移瘤)
    name_spreads: tuple[str, ...] = ()
    spread_of: tuple[str, ...] = ()
    #: 抽搐|与|惊厥: a ``name_join`` word where a record's name joins two diseases, not inside a ``name_join_not``
    #: word (X及其并发症, 埃及): the whole word first, else the join word (``split_name``)
    name_join: re.Pattern[str] = re.compile("(?!)")
    #: 全身|水肿: a place right before the finding a record's name is built on after its site (水肿 of
    #: 脑水肿), which makes it a finding of another place, no name of the record
    head_places: tuple[str, ...] = ()
    #: 失眠|症, 肌张力障碍|综合征: the words closing a disease's name after the finding it is named by, longest first
    disease_endings: tuple[str, ...] = ()
    #: 手足|皲裂, 咽旁|脓肿: sites opening a record's name that are no body term, read as one (``name_site``)
    name_sites: tuple[str, ...] = ()
    #: ``。故又称X``, ``。本病亦称X``: the words (``alias_opening``) that may open a later sentence of the
    #: overview before its alias word, when that sentence names the record's disease again
    alias_openings: re.Pattern[str] = re.compile("")
    #: 本病, 该病, 本征: words for "this disease" that open an overview as a name would (本病是由病毒感染引起): no
    #: name; longest first
    this_disease: tuple[str, ...] = ()
    #: 大致, 即: words between a disease and a western_name word (本病|大致|相当于西医的…), no part of its name; any
    #: number of them close the subject (``western_hedge``, in their rows' order)
    western_hedge: re.Pattern[str] = re.compile("(?!)")
    #: 某, 多种: words opening a Western name that name no disease (相当于西医的某些疾病; ``no_name_opening``), maybe after
    #: an opening quote
    no_name_opening: re.Pattern[str] = re.compile("(?!)")

    def split_name(self, name: str) -> list[str]:
        """``name`` split where it joins diseases (抽搐与惊厥 → 抽搐, 惊厥; 鳃裂囊肿和瘘管 → 鳃裂囊肿, 瘘管)."""
        parts, at = [], 0
        for m in self.name_join.finditer(name):
            if m.lastgroup == "join":
                parts.append(name[at : m.start()])
                at = m.end()
        return [*parts, name[at:]]


@cache
def reading_rules(directory: Path = DEFAULT_DICTIONARY_DIR) -> ReadingRules:
    check_data_folder()
    path = directory / "record_reading.tsv"
    rows = [
        (line, row)
        for line, row in unique_rows(path, read_tsv(path, required=["value", "role", "source"]), ("value", "role"))
        if choice(path, line, row, "role", ROLES)
    ]
    by_role = {role: tuple(r["value"] for _, r in rows if r["role"] == role) for role in ROLES}
    for line, row in rows:  # a titled section's title and text are two keys
        if row["role"] == "section_text_key" and row["value"] in by_role["section_title_key"]:
            reason = f"{row['value']!r} is a section_title_key too; a key may be a section's title or its text, not both"
            raise DictionaryError("E020", path=path, line=line, reason=reason)
    verbs = alternation(by_role["defines"])
    # "X是一种…", X possibly followed by a bracketed gloss: X(English)是一种…
    pattern = re.compile(rf"^\s*([^，,。；;()（）\s]{{2,30}}?)(?:\([^)]*\)|（[^）]*）)?(?:{verbs})")
    return ReadingRules(
        by_role["id_key"], by_role["name_key"], by_role["overview_key"], frozenset(by_role["field_key"]), pattern,
        frozenset(by_role["section_title_key"]), frozenset(by_role["section_text_key"]),
        _alias_pattern(by_role["alias"]), _alias_pattern(by_role["western_name"], joined=_WESTERN_JOINED),
        by_role["name_group"], by_role["name_link"], by_role["name_spread"], by_role["spread_of"],
        _name_join_pattern(by_role["name_join"], by_role["name_join_not"]), by_role["head_place"],
        tuple(sorted(by_role["disease_ending"], key=lambda w: (-len(w), w))), by_role["name_site"],
        _openings_pattern(by_role["alias_opening"], by_role["alias"]),
        tuple(sorted(by_role["this_disease"], key=lambda w: (-len(w), w))),
        re.compile(f"(?:{alternation_in_order(by_role['western_hedge'])})+$"),
        re.compile('[“\\"]?(?:' + alternation_in_order(by_role["no_name_opening"]) + ")"),
    )


def _openings_pattern(openings: tuple[str, ...], aliases: tuple[str, ...]) -> re.Pattern[str]:
    """``alias_opening`` words, any number, none the start of an alias word (the 又 of 又称)."""
    if not openings:
        return re.compile("")
    not_an_alias = f"(?!{alternation(aliases)})" if aliases else ""
    return re.compile(f"(?:{not_an_alias}(?:{alternation(openings)}))*")


def _name_join_pattern(joins: Iterable[str], exceptions: Iterable[str]) -> re.Pattern[str]:
    """A ``name_join_not`` word (matched first, no join) or a ``name_join`` word (group ``join``), longest first."""
    return re.compile(f"(?:{alternation(exceptions)})|(?P<join>{alternation(joins)})")


#: Between a Western-medicine phrase and the name it gives (相当于西医|所说的|克隆病, 相当于西医学|之|霰粒肿).
_WESTERN_JOINED = "(?:中|所指|所说)?(?:的|之)?"


def _alias_pattern(words: tuple[str, ...], joined: str = "(?:之为|为|作)?") -> re.Pattern[str]:
    """The names after an alias word (又称, 简称): one or more, joined by 、 or 或, quoted or not;
    ``joined`` may come between the word and the first name."""
    if not words:
        return re.compile("(?!)")
    cue = alternation(words)
    # a name ends at a copula or 等 (简称上感|是…, 肥大性关节炎|等), and runs over Latin words and
    # blanks between them (Parry-Romberg综合征, von Willebrand病); 之为 opens none (也称之为)
    name = r"[“\"「]?(?:[A-Za-z][A-Za-z \-]*[A-Za-z]|[^，,。；;:：()（）\s、“”\"「」或及和的是系为即等])+?[”\"」]?(?=[，,。；;:：()（）\s、“”\"「」或及和的是系为即等]|$)"
    return re.compile(rf"(?:{cue}){joined}\s*({name}(?:[、或]{name})*)")


@cache
def placeholder_texts(directory: Path = DEFAULT_DICTIONARY_DIR) -> frozenset[str]:
    rows = read_tsv(directory / "placeholders.tsv", required=["text", "source"])
    return frozenset(row["text"] for _, row in rows)


def is_placeholder(text: str) -> bool:
    return text.strip().rstrip("。.") in placeholder_texts() or not text.strip()


def discover_files(inputs: str | Path | Iterable[str | Path]) -> list[Path]:
    """Expand a file or folder, or several, (recursively) into a sorted file list, each file
    once however many paths reach it.

    Raises ``PipelineError`` (E010/E011) for a path that does not exist or a folder with
    no input files, and E016 for inputs that are no paths (``None``, a number, bytes): these
    are user mistakes, reported before any work starts.
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    elif not isinstance(inputs, Iterable) or isinstance(inputs, (bytes, bytearray)) or type(inputs).__module__.startswith("pandas"):
        raise PipelineError("E016", kind=type(inputs).__name__)  # a pandas Series would be read as paths
    inputs = list(inputs)  # read twice when some are missing
    files: list[Path] = []
    for item in inputs:
        if not isinstance(item, (str, os.PathLike)):
            raise PipelineError("E016", kind=f"a list holding {type(item).__name__}")
        path = Path(item)
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            found = _folder_files(path)
            skipped = {p: reason for p in found if (reason := _why_no_records(p))}
            for skipped_path, reason in skipped.items():  # notes for -v: a folder may hold dozens of word lists
                logger.debug("%s skipped: %s", skipped_path, reason)
            plain = set(found)
            for copy in found:  # corpus.jsonl and corpus.jsonl.gz: the records twice, else
                if copy.name.lower().endswith(GZIP_SUFFIX) and (original := copy.with_name(copy.name[: -len(GZIP_SUFFIX)])) in plain:
                    logger.warning(message("E042", path=copy, plain=original.name))
                    skipped[copy] = "compressed copy"
            if skipped:
                found = [p for p in found if p not in skipped]
            if not found:
                names = ", ".join(p.name for p in list(skipped)[:3]) + (", …" if len(skipped) > 3 else "")
                hint = f"; {len(skipped)} skipped as holding no records ({names}): name a JSON or CSV file to read it anyway"
                raise PipelineError("E011", path=path, skipped=hint if skipped else "")
            files.extend(found)
        else:  # every missing one named at once (data/ more.jsonl: both mistyped)
            missing = [str(i) for i in inputs if isinstance(i, (str, os.PathLike)) and not Path(i).exists()]
            raise PipelineError("E010", path=", ".join(dict.fromkeys(missing)) or path)
    # a file reached twice (a folder and its file by an absolute path, a link beside its target)
    # is read once, as first met: its records twice would double every row
    unique: dict[str, Path] = {}
    for file in files:
        unique.setdefault(os.path.realpath(file), file)
    return list(unique.values())


def _folder_files(folder: Path) -> list[Path]:
    """The input files under ``folder`` (recursively, sorted), and what could not be looked at
    there: a folder that cannot be listed (no permission) and a link with an input file's name
    whose target is gone (or a file removed since it was listed). Why: reading those reports
    each (E001, an ``errors`` row, status 1), where ``rglob`` left them out without a word, and
    their records with them. Links to folders are not followed (one back up would loop)."""
    unlisted: list[OSError] = []
    found: list[Path] = []
    for top, _, names in os.walk(folder, onerror=unlisted.append):
        for name in names:
            path = Path(top, name)
            if input_suffix(path) in INPUT_SUFFIXES and (path.is_file() or not path.exists()):
                found.append(path)
    return sorted(found + [Path(error.filename) for error in unlisted])


#: Why a ``.txt`` file in a folder is skipped: records are JSON (plain prose is no record).
_NO_JSON = "no JSON (a .txt file is read as JSON or JSON Lines; plain text is not a record: put it in a JSON object)"


def _why_no_records(path: Path) -> str | None:
    """Why a file found in a folder is no records, or None when it looks like records. A ``.txt``
    file must open an object or array (after a byte order mark and blanks): a folder's word lists and notes
    (``lexicons/symptoms.txt``) are skipped, not reported as broken JSON. A CSV or TSV file's
    header must name a disease and an overview (a name key and an overview key of
    ``record_reading.tsv``, as the record is read): a lexicon (``name,canonical``), a list of people
    (``id,name,age``) and this pipeline's own tables (``record_id,disease,…``) name no overview.
    The ``manifest.json`` a run writes beside its tables is no record either (an output folder
    inside the input folder). A file named on the command line is always read."""
    suffix = input_suffix(path)
    if path.name == OWN_MANIFEST:
        return "this pipeline's own manifest of a run" if _is_own_manifest(path) else None
    if suffix not in (".txt", *TABLE_DELIMITERS, PARQUET_SUFFIX):
        return None
    if suffix == PARQUET_SUFFIX:
        return _why_no_record_table(_parquet_columns(path))
    try:
        with path.open("rb") as handle:
            head = handle.read(65536)
        if head.startswith(_GZIP_MAGIC):
            with gzip.open(path) as handle:
                head = handle.read(65536)
    except (OSError, EOFError, zlib.error):
        return None  # let reading it report the problem
    if suffix == ".txt":
        if wide := _wide_encoding(head):
            head = head.decode(wide, errors="ignore").encode()
        if head.removeprefix(codecs.BOM_UTF8).lstrip()[:1] in (b"{", b"["):
            return None
    if _wide_encoding(head) is None and (cut := head.rfind(b"\n")) >= 0:
        # whole lines only: 64 KB may end inside a character, and a UTF-8 head cut there could
        # decode as GB18030, a garbled header that skipped the file
        head = head[: cut + 1]
    text = _decode(head, str(path), warn=False)[0]  # reading the file warns, once
    if suffix == ".txt":
        return None if _is_record_tsv(text) else _NO_JSON
    line = next((line for line in text.splitlines() if line.strip()), "")
    return _why_no_record_table({cell.strip() for cell in _cells(line, TABLE_DELIMITERS[suffix])})


def _is_record_tsv(text: str) -> bool:
    """Whether a ``.txt`` text is a table of records in tabs, as Excel saves one as "Unicode
    text": no JSON opens it, and its first line's cells name a disease and an overview."""
    start = _LEADING_SPACE.match(text).end()
    if text[start:start + 1] in ("{", "["):
        return False
    end = text.find("\n", start)
    line = text[start:end if end >= 0 else None]
    return "\t" in line and _why_no_record_table({cell.strip() for cell in _cells(line, "\t")}) is None


_LEADING_SPACE = re.compile(r"[\s\ufeff]*")


def _why_no_record_table(header: set[str] | None) -> str | None:
    """Why a table whose columns are ``header`` holds no records (None: it does, or it cannot be
    read, which reading it then reports): it must name a disease and an overview."""
    rules = reading_rules()
    if header is None or header & set(rules.name_keys) and header & set(rules.overview_keys):
        return None
    return ("its header names no disease and overview (a name key and an overview key of record_reading.tsv);"
            " name the file to read it anyway")


def _is_own_manifest(path: Path) -> bool:
    """Whether ``path`` holds what ``pipeline.tables.manifest`` writes (its first two keys)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(256)
    except OSError:
        return False
    return bool(_OWN_MANIFEST_HEAD.match(head))


def _cells(line: str, delimiter: str) -> list[str]:
    """The cells of a header line, split by ``delimiter`` or by ``_other_delimiter``."""
    cells = next(csv.reader([line], delimiter=delimiter), [])
    other = _other_delimiter(cells, delimiter)
    return cells if other is None else next(csv.reader([line], delimiter=other))


def _other_delimiter(header: list[str], delimiter: str) -> str | None:
    """The delimiter a header of one cell holding ``;``, a tab or ``,`` is written with (a CSV
    file of a locale where ``,`` is the decimal mark, a TSV file named .csv), else None."""
    if len(header) != 1:
        return None
    return next((other for other in (";", "\t", ",") if other != delimiter and other in header[0]), None)


def iter_records(inputs: Iterable[str | Path]) -> Iterator[Record | ReadIssue]:
    """Yield every record (or read issue) of every input, in a deterministic order."""
    for path in discover_files(inputs):
        yield from read_file(path)


def readable_records(inputs: Iterable[str | Path], issues: list[ReadIssue]) -> Iterator[Record]:
    """Every record of ``inputs``; what could not be read goes to ``issues``: for the commands
    that read records without writing tables (``dict suggest``, ``eval --records``), which
    report the issues instead of an ``errors`` table."""
    for item in iter_records(inputs):
        if isinstance(item, Record):
            yield item
        else:
            issues.append(item)


def holds_records(value: Any) -> bool:
    """Whether ``value`` is records in memory rather than paths: a pandas DataFrame, a dict, or
    a non-empty list or tuple of dicts."""
    if isinstance(value, dict) or _is_dataframe(value):
        return True
    return isinstance(value, (list, tuple)) and bool(value) and all(isinstance(item, dict) for item in value)


def memory_source(value: Any) -> str:
    """What records in memory are called where a file name would be (``source``, ``file``)."""
    return "<DataFrame>" if _is_dataframe(value) else "<dict>" if isinstance(value, dict) else "<list>"


def _json_default(value: Any) -> Any:
    """What JSON writes for a value it has no type for: numpy arrays and numbers as lists and
    numbers, sets as sorted lists, pandas' missing values as null, dates and times as ISO text,
    decimals as numbers, bytes as UTF-8 text, anything else as its text."""
    if type(value).__name__ in ("NAType", "NaTType"):
        return None
    if hasattr(value, "tolist"):
        return value.tolist()
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return float(value) if hasattr(value, "as_tuple") else str(value)


def read_value(value: Any, *, name: str = "records") -> Iterator[Record | ReadIssue]:
    """The records of an in-memory value, read as a file ``<name>.json`` holding it would be: a
    record (dict), a list of them, any shape a file may have, or a pandas DataFrame (one record
    per row, its index labels in the ids ``records:0`` …). Why: a notebook's records should not
    need a file. Values JSON has no type for (numpy numbers, dates) are read as JSON would write
    them, or as their text; NaN is a missing value."""
    source = memory_source(value)
    _UNNAMED_REPORTED.discard(source)
    try:
        if _is_dataframe(value):
            if value.columns.nlevels > 1:  # levels joined as a section path is
                value = value.set_axis(["/".join(map(str, column)) for column in value.columns], axis="columns")
            text = value.to_json(orient="split", force_ascii=False, date_format="iso", default_handler=_json_default)
        else:
            text = json.dumps(value, ensure_ascii=False, default=_json_default)
        document = json.loads(text, parse_constant=lambda constant: None)  # NaN, Infinity
    except (ValueError, TypeError, RecursionError) as exc:  # a value that holds itself, keys JSON cannot have
        yield ReadIssue(source, None, "read", message("E004", path=source, reason=f"not readable as JSON: {exc}"))
        return
    if _SURROGATE.search(text) or _SURROGATE_ESCAPE.search(text):
        document = _without_surrogates(document)
    yield from _records_from_document(document, source, name)


def _is_dataframe(value: Any) -> bool:
    """A pandas DataFrame (or a subclass), without importing pandas to ask."""
    pandas = sys.modules.get("pandas")
    return pandas is not None and isinstance(value, pandas.DataFrame)


def read_file(path: str | Path) -> Iterator[Record | ReadIssue]:
    """Yield the records of one file; problems become ``ReadIssue`` values, never exceptions."""
    path = Path(path)
    # the file's name as ids, sources and messages show it: one that is not UTF-8 (its bad
    # bytes surrogate-escaped by Python) could not be written to the tables
    source, stem = display_safe(str(path)), display_safe(_input_stem(path))
    _UNNAMED_REPORTED.discard(source)  # E040 once per reading of the file, not once per process
    if input_suffix(path) == PARQUET_SUFFIX:
        yield from _read_parquet_file(path, source, stem)
        return
    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield ReadIssue(source, None, "read", message("E001", path=source, reason=exc.strerror or exc))
        return
    if raw.startswith(_GZIP_MAGIC):  # by its bytes, whatever its name
        try:
            raw, rest = _gunzip(raw)
        except (EOFError, zlib.error) as exc:  # cut short, or damaged
            yield ReadIssue(source, None, "read", message("E001", path=source, reason=f"broken gzip data ({exc})"))
            return
        if rest.strip(b"\0"):  # zeros pad tapes and some uploads: not worth a word
            logger.warning(message("E043", path=source, count=len(rest)))
    text, issue = _decode(raw, source)
    if issue:
        yield issue
    if not text or text.isspace():  # no copy of the text, unlike strip()
        yield ReadIssue(source, None, "read", message("E009", path=source))
        return
    delimiter = TABLE_DELIMITERS.get(input_suffix(path))
    if delimiter is None and input_suffix(path) == ".txt" and _is_record_tsv(text):
        delimiter = "\t"  # Excel's "Unicode text": a UTF-16 TSV file named .txt
    if delimiter is not None:
        yield from _read_table_file(text, source, stem, delimiter)
        return
    text = _without_padding(text, source)
    if not text:
        yield ReadIssue(source, None, "read", message("E009", path=source))
        return
    try:
        document = _parse(text)
    except (ValueError, RecursionError) as whole_error:  # json.JSONDecodeError is a ValueError
        yield from _read_json_lines(text, source, stem, whole_error)
        return
    yield from _records_from_document(document, source, stem)


def display_safe(text: str) -> str:
    """``text`` with U+FFFD for each lone surrogate, one character for one (offsets hold):
    no table format can store a surrogate."""
    return _SURROGATE.sub("\ufffd", text)


def _parse(text: str) -> Any:
    """``json.loads``, every string (keys too) display-safe; NaN and Infinity (Python's json
    writes them) are missing values, as in a DataFrame or Parquet file."""
    value = json.loads(text, parse_constant=_no_value)
    # only a \u escape in the text makes one: the walk is skipped for nearly every file
    return _without_surrogates(value) if _SURROGATE_ESCAPE.search(text) else value


def _without_surrogates(value: Any) -> Any:
    if isinstance(value, str):
        return display_safe(value)
    if isinstance(value, list):
        return [_without_surrogates(item) for item in value]
    if isinstance(value, dict):
        cleaned: dict[str, Any] = {}
        for key, item in value.items():  # "a\ud800" and "a\udc00" are two keys still
            cleaned[_unused(display_safe(key), cleaned)] = _without_surrogates(item)
        return cleaned
    return value


#: Byte order marks of the wide Unicode encodings, UTF-32's first (its little-endian mark opens
#: with UTF-16's): Windows Notepad saves "Unicode" as UTF-16 with one, so does Excel's "Unicode text".
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _wide_encoding(raw: bytes) -> str | None:
    """``utf-16`` or ``utf-32`` when ``raw`` opens with that encoding's byte order mark."""
    return next((encoding for bom, encoding in _WIDE_BOMS if raw.startswith(bom)), None)


def _decode(raw: bytes, source: str, *, warn: bool = True) -> tuple[str, ReadIssue | None]:
    """UTF-16 or UTF-32 where a byte order mark says so, else UTF-8, else GB18030 (with a
    warning). Bytes that are none of these are damaged in place: U+FFFD stands for them,
    every other record keeps its text, and the first bad byte is reported (decoding it all
    as GB18030 would turn every record into mojibake)."""
    wide = _wide_encoding(raw)
    if wide is not None:
        try:
            return raw.decode(wide), None
        except UnicodeDecodeError as error:  # an odd last byte, a lone surrogate
            issue = ReadIssue(source, None, "read", message("E041", path=source, offset=error.start, encoding=wide.upper()))
            return raw.decode(wide, errors="replace"), issue
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as utf8_error:
        try:
            text = raw.decode("gb18030")
        except UnicodeDecodeError:
            offset = utf8_error.start
            issue = ReadIssue(source, None, "read", message("E007", path=source, offset=offset, line=raw.count(b"\n", 0, offset) + 1))
            return raw.decode("utf-8-sig", errors="replace"), issue
        if warn:
            logger.warning(message("E006", path=source))
        return text, None


#: What may pad a JSON file after its last value without being data: NUL bytes (preallocated or
#: tape files), DOS's end-of-file Ctrl-Z, U+FFFD for a stray byte a copy or a cut left (already
#: reported by ``_decode``), and whitespace. No JSON value ends in any of them.
_PADDING = " \t\r\n\x00\x1a\ufffd"
_WHITESPACE_GONE = str.maketrans(dict.fromkeys(" \t\r\n"))


def _without_padding(text: str, source: str) -> str:
    """``text`` without padding after its last value: one stray byte there would make the whole
    file invalid JSON, and all its records lost. Cut only when more than whitespace pads it
    (a copy of a large file's text for its last newline would double its memory)."""
    end = len(text)
    while end and text[end - 1] in _PADDING:
        end -= 1
    padding = len(text[end:].translate(_WHITESPACE_GONE))
    if not padding:
        return text if end else ""
    logger.warning(message("E044", path=source, count=padding))
    return text[:end]


def _read_json_lines(text: str, source: str, stem: str, whole_error: ValueError | RecursionError) -> Iterator[Record | ReadIssue]:
    """A file that is no one JSON value: objects one after another (``_object_stream``: JSON
    Lines, ``jq`` output), or JSON Lines with broken lines (each reported, the others read);
    else one error for what failed when it was read as one JSON value (``whole_error``). An
    array that breaks before its end is no JSON Lines: read line by line, it would give errors
    about lines cut out of it and keep the one record that happens to stand alone on its line."""
    invalid = ReadIssue(source, None, "read", _unreadable(source, whole_error))
    extra_data = isinstance(whole_error, json.JSONDecodeError) and whole_error.msg == "Extra data"  # a whole value came first
    if text.lstrip().startswith("[") and not extra_data:
        yield invalid
        return
    stream = _object_stream(text, source, stem) if extra_data else None
    if stream is None and text.lstrip().startswith("{") and _OBJECT_BOUNDARY.search(text):
        # objects over several lines, a broken one among them (a line of its own with { or {}
        # inside an object would make a JSON Lines reading lose them all)
        stream = _object_stream(text, source, stem, resync=True) or [invalid]
    if stream is not None:  # whole objects one after another, as JSON Lines or jq writes them
        yield from stream
        return
    # split on \n only: str.splitlines() also breaks at U+2028/U+0085, which JSON strings may hold
    lines = [(no, line.rstrip("\r")) for no, line in enumerate(text.split("\n"), start=1) if line.strip()]
    parsed: list[tuple[int, Any]] = []
    issues: list[ReadIssue] = []
    for line_no, line in lines:
        try:
            parsed.append((line_no, _parse(line)))
        except (ValueError, RecursionError) as exc:
            issues.append(ReadIssue(source, f"{stem}:{line_no}", "read", _unreadable(source, exc, line=line_no)))
    # a first line of only { opens an object written over lines, never a line of JSON Lines: a
    # nested object alone on its line would be read as a record of its own
    if len(lines) < 2 or lines[0][1].strip() == "{" or not any(isinstance(value, dict) for _, value in parsed):
        yield invalid
        return
    yield from issues
    for line_no, value in parsed:
        yield _record_or_issue(value, source, default_id=f"{stem}:{line_no}", stem=stem)


def _no_value(constant: str) -> None:
    """NaN, Infinity, -Infinity: no value (no key), as records in memory read them."""
    return None


_DECODER = json.JSONDecoder(parse_constant=_no_value)
#: Where one object written over several lines ends and the next begins, as ``jq`` and
#: ``json.dumps(…, indent=…)`` write them one after another: a line that is only ``}``, then one
#: opening with ``{``. Inside one object (``indent=0`` puts nested braces at a line's start too)
#: a comma or a bracket comes between them.
_OBJECT_BOUNDARY = re.compile(r"^\}[ \t]*\r?\n(?:[ \t]*\r?\n)*\{", re.MULTILINE)
#: JSON's whitespace (``str.isspace`` would also pass U+3000, which no JSON value may follow).
_JSON_SPACE = re.compile(r"[ \t\n\r]*")


def _object_stream(text: str, source: str, stem: str, *, resync: bool = False) -> list[Record | ReadIssue] | None:
    """The records of JSON objects written one after another, each id'd by the line it opens
    on: JSON Lines, objects spread over lines (``jq '.[]'`` writes them so) or run together on
    one line (``stem:1``, ``stem:1#2``). None unless the text is two or more objects and nothing
    else; with ``resync``, a broken object is reported (E003, at the line of its error) and
    reading goes on after the next ``_OBJECT_BOUNDARY``, and None only when no object was read."""
    found: list[tuple[str, Any]] = []
    issues: list[ReadIssue] = []
    on_line: Counter[int] = Counter()
    position = _JSON_SPACE.match(text).end()
    line_no = 1 + text.count("\n", 0, position)
    while position < len(text):
        try:
            value, end = _DECODER.raw_decode(text, position)
        except (ValueError, RecursionError) as exc:
            if not resync:
                return None
            error_line = exc.lineno if isinstance(exc, json.JSONDecodeError) else line_no  # its column is that line's
            issues.append(ReadIssue(source, f"{stem}:{line_no}", "read", _unreadable(source, exc, line=error_line)))
            boundary = _OBJECT_BOUNDARY.search(text, position + 1)
            if boundary is None:
                break
            following = boundary.end() - 1  # the next object's {
            line_no += text.count("\n", position, following)
            position = following
            continue
        if not isinstance(value, dict) and not resync:
            return None
        on_line[line_no] += 1
        found.append((f"{stem}:{line_no}" + (f"#{on_line[line_no]}" if on_line[line_no] > 1 else ""), value))
        following = _JSON_SPACE.match(text, end).end()
        line_no += text.count("\n", position, following)
        position = following
    if len(found) < (1 if resync else 2):
        return None
    if _SURROGATE_ESCAPE.search(text):
        found = [(record_id, _without_surrogates(value)) for record_id, value in found]
    return [*issues, *(_record_or_issue(value, source, default_id=record_id, stem=stem) for record_id, value in found)]


#: A line added after a CSV text to see whether its last row is closed (``_table_rows``).
_END = "\ue000end of the file\ue000"
#: The largest cell a CSV file may hold (the csv module's limit is a C long).
_CELL_LIMIT = min(sys.maxsize, 2**31 - 1)
#: A comma between list items (``血常规,CT,MRI``), not inside a number (``1,000``, ``2,3-二巯基丙醇``)
#: or in a chain of single letters, each with a number perhaps (``维生素A,D,E,K``, ``维生素B1,B2``,
#: ``A,B,O血型``, ``N,N-二甲基甲酰胺``, ``α,β受体``).
_LIST_COMMA = re.compile(r"(?<![0-9]),|,(?![0-9])")
_LETTER = "A-Za-zα-ωΑ-Ω"
_LETTERS_JOINED = re.compile(rf"(?<![{_LETTER}0-9])[{_LETTER}][0-9]{{0,2}}(?:,[{_LETTER}][0-9]{{0,2}})+(?![{_LETTER}0-9])")


def _read_table_file(text: str, source: str, stem: str, delimiter: str) -> Iterator[Record | ReadIssue]:
    """A CSV or TSV file: the first row that is not blank names the keys, each further row is a
    record (ids ``stem:0``, ``stem:1`` … as pandas numbers the rows, or ``stem:<label>`` when
    the first column has no name, as ``df.to_csv()`` writes the index). Quotes are read as
    pandas and Excel read them: a quoted cell may span lines, a stray quote is kept. A column
    whose cells are all short labels, some joined by ``,`` (``紫绀,胸痛,呼吸困难``), is a list
    column (``_list_columns``): its cells are lists, as JSON arrays would be. A row with more
    cells than the header, and a quote never closed (which would take the rest of the file into
    one cell), are reported at their line; every other row is read."""
    rows, unclosed = _table_rows(text, delimiter)
    header_at = next((at for at, (_, cells) in enumerate(rows) if any(cell.strip() for cell in cells)), None)
    if header_at is None:
        return
    header_line, header_cells = rows[header_at]
    other = _other_delimiter(header_cells, delimiter)
    if other is not None:
        rows, unclosed = _table_rows(text, other)
        header_line, header_cells = rows[header_at]
    if unclosed and header_at == len(rows) - 1:
        reason = "a quote opened in the header is never closed, so the rest of the file would be one cell: not read"
        yield ReadIssue(source, None, "read", message("E034", path=source, line=header_line, reason=reason))
        return
    indexed = len(header_cells) > 1 and not header_cells[0].strip()
    header: list[str] = []
    for number, cell in enumerate(header_cells, start=1):
        header.append(_unused(cell.strip() or f"column_{number}", header))
    data = [(line, cells) for line, cells in rows[header_at + 1 :] if cells]  # a blank line is no row, as in pandas
    lists = _list_columns(header, [cells for _, cells in (data[:-1] if unclosed else data)])  # not the row left unread
    for position, (line, cells) in enumerate(data):
        record_id = f"{stem}:{cells[0].strip() if indexed and cells and cells[0].strip() else position}"
        if unclosed and position == len(data) - 1:
            reason = "a quote opened in this row is never closed, so the rest of the file would be one cell: not read"
            yield ReadIssue(source, record_id, "read", message("E034", path=source, line=line, reason=reason))
            return
        if not any(cell.strip() for cell in cells):
            continue
        if any(cell.strip() for cell in cells[len(header):]):
            reason = f"{len(cells)} cells, but the header has {len(header)} columns"
            yield ReadIssue(source, record_id, "read", message("E034", path=source, line=line, reason=reason))
            continue
        value = {
            key: _split_labels(cell) if column in lists else cell
            for column, (key, cell) in enumerate(zip(header, cells))
            if cell.strip() and not (indexed and column == 0)
        }
        yield _record_or_issue(value, source, default_id=record_id, stem=stem)


#: The columns pandas stores a DataFrame's index in: no data of the record.
_PARQUET_INDEX_COLUMN = re.compile(r"__index_level_\d+__")
#: Rows read from a Parquet file at a time: memory stays flat however large the file.
PARQUET_BATCH_ROWS = 1000


def _parquet_columns(path: Path) -> set[str] | None:
    """The column names of a Parquet file, None when it cannot be read."""
    import pyarrow.parquet as pq  # only when a folder holds Parquet files

    try:
        return set(pq.read_schema(path).names)
    except (OSError, ValueError):  # pyarrow's errors are both
        return None


def _read_parquet_file(path: Path, source: str, stem: str) -> Iterator[Record | ReadIssue]:
    """A Parquet file: one record per row, ids ``stem:0``, ``stem:1`` … as in a CSV file, read
    ``PARQUET_BATCH_ROWS`` rows at a time. Values are read as JSON would write them, as
    ``read_value`` reads a DataFrame's: a list column's cells are lists, a struct's objects,
    dates their ISO text; a missing value or NaN is no key of the record. An unnamed index
    pandas stored (``__index_level_0__``) gives the ids' labels, as ``df.to_csv()``'s index does
    (``stem:<label>``); a named one is a column, as in a CSV file. So is a RangeIndex, which
    pandas keeps in its metadata, not as a column (``df.iloc[100:]``, ``df.rename_axis("id")``)."""
    import pyarrow.parquet as pq

    position = 0
    try:
        parquet = pq.ParquetFile(path)
        range_name, range_labels = _pandas_range_index(parquet.schema_arrow.metadata)
        if range_labels is not None and len(range_labels) != parquet.metadata.num_rows:  # rows added by another tool
            range_name, range_labels = None, None
        for batch in parquet.iter_batches(batch_size=PARQUET_BATCH_ROWS):
            index = [name for name in batch.schema.names if _PARQUET_INDEX_COLUMN.fullmatch(name)]
            kept = [name for name in batch.schema.names if name not in index]
            text = json.dumps(batch.select(kept).to_pylist(), ensure_ascii=False, default=_json_default)
            rows = json.loads(text, parse_constant=lambda constant: None)  # NaN, Infinity
            if _SURROGATE_ESCAPE.search(text):
                rows = _without_surrogates(rows)
            if len(index) == 1:
                labels = batch.column(index[0]).to_pylist()
            elif range_labels is not None and range_name is None:
                labels = list(range_labels[position:position + len(rows)])
            else:
                labels = [None] * len(rows)
            for row, label in zip(rows, labels):
                value = {key: cell for key, cell in row.items() if cell is not None}
                if range_name is not None and range_labels is not None and range_name not in value:
                    value[range_name] = range_labels[position]
                if label is not None and not isinstance(label, (str, int, float)):
                    label = _json_default(label)  # a date: its ISO text, as in the record's values
                record_id = f"{stem}:{position if label is None else display_safe(_label(label))}"
                yield _record_or_issue(value, source, default_id=record_id, stem=stem)
                position += 1
    except Exception as exc:  # noqa: BLE001  pyarrow raises many kinds (a broken file, a year past 9999): the rows before are kept
        yield ReadIssue(source, None, "read", message("E001", path=source, reason=f"invalid Parquet: {type(exc).__name__}: {exc}"))


def _pandas_range_index(metadata: dict[bytes, bytes] | None) -> tuple[str | None, range | None]:
    """The name and labels of the RangeIndex a pandas DataFrame was written with, from the
    file's ``pandas`` metadata; ``(None, None)`` for any other index or none."""
    try:
        [index] = json.loads(metadata[b"pandas"])["index_columns"]
        if index["kind"] != "range":
            return None, None
        name = index["name"] if isinstance(index["name"], str) else None
        return name, range(int(index["start"]), int(index["stop"]), int(index["step"]))
    except (KeyError, TypeError, ValueError):  # no pandas metadata, several indexes, a stored column
        return None, None


def _table_rows(text: str, delimiter: str) -> tuple[list[tuple[int, list[str]]], bool]:
    """Every row of a CSV text with the line it starts on (blank lines are rows of no cells), and
    whether the last row opens a quote it never closes. Why a line is added after the text: a
    row that is closed leaves it a row of its own, one never closed takes it into its cell (the
    csv module, reading as leniently as pandas and Excel, says nothing itself)."""
    limit = csv.field_size_limit(_CELL_LIMIT)  # one cell may hold a whole long text
    try:
        reader = csv.reader(io.StringIO(f"{text}\n{_END}", newline=""), delimiter=delimiter)
        rows, line = [], 1
        for cells in reader:
            rows.append((line, cells))
            line = reader.line_num + 1
    finally:
        csv.field_size_limit(limit)
    closed = bool(rows) and rows[-1][1] == [_END]
    return rows[:-1] if closed else rows, not closed


def _list_columns(header: list[str], rows: list[list[str]]) -> set[int]:
    """The columns that are lists: every cell short labels, some joined by ``,``, some of them
    Chinese, the items' brackets closed (``肺不张,肺炎``, ``血常规,CT``, ``CT`` and ``呼吸衰竭`` in one
    column: how an export joins a JSON array; ``cough,fever`` is English prose). Never the name,
    id or overview column: ``维生素A,D中毒`` names one disease."""
    rules = reading_rules()
    kept = {*rules.name_keys, *rules.id_keys, *rules.overview_keys}
    lists = set()
    for column, name in enumerate(header):
        cells = [row[column] for row in rows if column < len(row) and row[column].strip()]
        if name in kept or not cells:
            continue
        items = [_split_labels(cell) for cell in cells]
        if (
            any(len(labels) > 1 for labels in items)
            and any(_HAN.search(label) for labels in items for label in labels)
            and all(_is_label_list(labels) and all(map(_balanced, labels)) for labels in items)
        ):
            lists.add(column)
    return lists


def _split_labels(cell: str) -> list[str]:
    kept = {at for match in _LETTERS_JOINED.finditer(cell) for at in range(*match.span()) if cell[at] == ","}  # 维生素A,D
    items, start = [], 0
    for comma in _LIST_COMMA.finditer(cell):
        if comma.start() not in kept:
            items.append(cell[start : comma.start()])
            start = comma.end()
    items.append(cell[start:])
    return [item.strip() for item in items if item.strip()]


def _balanced(label: str) -> bool:
    """Whether every bracket a label opens it also closes (a comma inside one splits nothing)."""
    return all(label.count(opening) == label.count(closing) for opening, closing in ("()", "（）", "[]", "【】"))


def _unreadable(source: str, error: ValueError | RecursionError, *, line: int | None = None) -> str:
    """Why the JSON of a file (or of one of its lines) could not be read: invalid (E002,
    E003), or valid but beyond Python's limits (E008): a number of more than 4,300 digits,
    nesting about 1,000 levels deep."""
    if isinstance(error, json.JSONDecodeError):
        if line is None:
            return message("E002", path=source, reason=f"{error.msg} (line {error.lineno}, column {error.colno})")
        # the line is the document: its column says where, as E002's line and column do
        return message("E003", path=source, line=line, reason=f"{error.msg} (column {error.colno})")
    return message("E008", path=source, where=f"line {line}: " if line else "", reason=_limit_reason(error))


def _limit_reason(error: ValueError | RecursionError) -> str:
    # the ValueError is a number of more than sys.get_int_max_str_digits() digits
    return "nested too deeply" if isinstance(error, RecursionError) else str(error).split(";")[0]


def _records_from_document(document: Any, source: str, stem: str) -> Iterator[Record | ReadIssue]:
    if isinstance(document, list):
        for index, value in enumerate(document):
            yield _record_or_issue(value, source, default_id=f"{stem}:{index}", stem=stem)
    elif isinstance(document, dict) and _is_keyed_collection(document):
        for key, value in document.items():
            yield _record_or_issue(value, source, default_id=f"{stem}:{key}", stem=stem)
    elif isinstance(document, dict) and _is_named_collection(document):
        for key, value in document.items():
            yield _record_or_issue(value, source, default_id=f"{stem}:{key}", stem=stem, name=key)
    elif isinstance(document, dict) and _is_named_texts(document):
        for key, text in document.items():  # the text's section is its key, as in the file
            yield _record_or_issue({key: text}, source, default_id=f"{stem}:{key}", stem=stem, name=key)
    elif isinstance(document, dict) and (rows := _pandas_rows(document)) is not None:
        for label, value in rows:
            yield _record_or_issue(value, source, default_id=f"{stem}:{label}", stem=stem)
    elif isinstance(document, dict) and (wrapped := _wrapped_records(document)) is not None:
        where, records, others = wrapped
        if others:
            logger.warning(message("E033", path=source, where=where, keys=", ".join(others)))
        yield from _records_from_document(records, source, stem)
    elif isinstance(document, dict):
        yield _record_or_issue(document, source, default_id=stem, stem=stem)
    else:
        yield ReadIssue(source, None, "read", message("E004", path=source, reason=f"the top-level JSON value is {_json_kind(document)}, expected an object or an array"))


def _is_keyed_collection(document: dict[str, Any]) -> bool:
    """An object of records keyed by id: the keys look like ids (all digits) and some value
    is an object, so that a null or broken record among them is reported, not read as a
    section (``{"0": {…}, "2": null}``); or every value is an object and most are records
    keyed as a collection keys them (``_keyed_by_disease``: ``{"百日咳": {"gaishu_info": …}}``,
    ``{"D001": {"name": "百日咳", …}}``, pandas' ``orient="index"`` of a frame indexed by name)."""
    values = document.values()
    if all(key.isdigit() for key in document) and any(isinstance(value, dict) for value in values):
        return True
    if not document or not all(isinstance(value, dict) for value in values):
        return False
    rows = len({tuple(value) for value in values}) == 1
    named = sum(1 for key, value in document.items() if _keyed_by_disease(key, value, rows=rows))
    return named * 2 > len(document)


def _is_named_collection(document: dict[str, Any]) -> bool:
    """A file's top-level object whose every key is a disease and every value an object of
    texts: records keyed by their names, each with its own sections (``{"痛风": {"概述": …,
    "治疗": …}, "类风湿关节炎": {"概述": …, "症状": …}}``), which name themselves neither under a
    name key nor, all alike, in an overview (``_keyed_by_disease``). A key is a disease when
    the value's overview names it (``痛风是…``) or the entity dictionaries list it as one; all
    keys must be, so a record with a part keyed by a disease (``{"基本信息": …, "糖尿病足":
    {…}}``) stays one record. Asked of a file's top only (a record's sections may be keyed
    by its complications)."""
    if not document or not all(isinstance(value, dict) for value in document.values()) or not any(document.values()):
        return False  # an empty record among them is reported (E005), not a reason to merge the others
    diseases = _disease_terms()
    return all(key in diseases or _overview_name_in(value) == key for key, value in document.items())


def _is_named_texts(document: dict[str, Any]) -> bool:
    """A file's top-level object of two or more texts, each keyed by the disease it is about
    (``{"痛风": "痛风是…", "类风湿关节炎": "类风湿关节炎是…"}``, a name → description mapping):
    one record per key. As for ``_is_named_collection``, every key must be a disease, named by
    its text (``X是…``) or listed as one by the entity dictionaries, so texts keyed by topic
    (``{"概述": …, "病因": …}``) stay one record's sections."""
    if len(document) < 2 or not all(isinstance(text, str) and text.strip() for text in document.values()):
        return False
    rules = reading_rules()
    if any(key in rules.name_keys or key in rules.id_keys or key in rules.overview_keys for key in document):
        return False  # one flat record: {"name": …, "desc": …}
    return all(_text_name_in(text) == key or key in _disease_terms() for key, text in document.items())


def _text_name_in(text: str) -> str | None:
    """The X of a text opening ``X是一种…``."""
    rules = reading_rules()
    match = rules.defines_disease.match(text)
    return match.group(1) if match and match.group(1) not in rules.this_disease else None


@cache
def _disease_terms() -> frozenset[str]:
    """The terms the shipped (or ``ZH_MED_DICTIONARIES``) entity dictionaries label disease."""
    from ..lexicon.loader import load_lexicon  # the lexicon only for the rare object it decides

    return frozenset(term for term, entry in load_lexicon(DEFAULT_DICTIONARY_DIR).entries.items() if entry.label == "disease")


def _keyed_by_disease(key: str, value: dict[str, Any], *, rows: bool) -> bool:
    """Whether ``value`` is a record under ``key`` as a collection keys its records: it names
    its disease, and ``key`` is that name or holds a digit, as ids do (``D001``, a frame's index
    ``0``). A section keyed by its topic is none (``{"中医诊断": {"病名": "消渴"}, "西医诊断":
    {"病名": "糖尿病"}}`` is one record). The name is under a name key; or, for ``rows`` (all the
    values have the same keys, as a frame's rows do), ``X是…`` under an overview key:
    ``{"基本信息": {…}, "糖尿病足": {"简介": "糖尿病足是…"}}`` is one record."""
    name = _name_in(value) or (_overview_name_in(value) if rows else None)
    return name is not None and (name == key or any("0" <= character <= "9" for character in key))


#: The names pandas gives an unnamed index in ``orient="table"``: no data of the record.
_PANDAS_INDEX_NAME = re.compile(r"index|level_\d+")


def _pandas_rows(document: dict[str, Any]) -> list[tuple[str, Any]] | None:
    """The rows of a DataFrame written by pandas' ``to_json``, as (index label, record) pairs;
    None for any other object. Why: ``df.to_json(path)`` is how a table of records often
    reaches us, and read as one record it would be one disease named after the file.

    * ``orient="split"``: ``{"columns": [...], "index": [...], "data": [[...], ...]}`` (no
      ``index`` with ``index=False``); a column name met again gets ``#2``;
    * ``orient="table"``: ``{"schema": {"fields": [...], "primaryKey": [...]}, "data": [{...}]}``;
      an unnamed index (``index``, ``level_0``) is left out of the record;
    * ``orient="columns"``, pandas' default: ``{"name": {"0": "百日咳", ...}, "desc": {...}}``,
      every value an object with the same keys (the index), taken only when most rows are
      records under their label as ``_keyed_by_disease`` has it (a frame with the default index
      and a name column; one indexed by the names its overviews give). Objects with the same
      keys are also how one record may hold parallel texts (``{"name": {"zh": …, "en": …}}``).

    A disease name only in the index is no name of the record (the record id holds it): keep
    it a column (``reset_index()``) or start the overview with it."""
    try:
        return _frame_rows(document)
    except (RecursionError, TypeError):  # labels too deep for Python, keys JSON allows and dicts don't
        return None


def _frame_rows(document: dict[str, Any]) -> list[tuple[str, Any]] | None:
    keys = document.keys()
    data = document.get("data")
    if {"columns", "data"} <= keys <= {"columns", "index", "data"}:
        columns, index = document["columns"], document.get("index", list(range(len(data) if isinstance(data, list) else 0)))
        if (
            isinstance(columns, list) and isinstance(data, list) and isinstance(index, list) and len(index) == len(data)
            and all(isinstance(column, (str, int, float)) for column in columns)
            and all(isinstance(row, list) and len(row) == len(columns) for row in data)
        ):
            names: list[str] = []
            for column in columns:
                names.append(_unused(column if isinstance(column, str) else json.dumps(column), names))
            return [(_label(label), dict(zip(names, row))) for label, row in zip(index, data)]
        return None
    schema = document.get("schema")
    if keys == {"schema", "data"} and isinstance(schema, dict) and isinstance(schema.get("fields"), list) and isinstance(data, list):
        primary_key = schema.get("primaryKey")
        key = [name for name in primary_key if isinstance(name, str)] if isinstance(primary_key, list) else []
        unnamed = {name for name in key if _PANDAS_INDEX_NAME.fullmatch(name)}
        return [
            (_label([row.get(name) for name in key]) if key else str(position), {k: v for k, v in row.items() if k not in unnamed})
            if isinstance(row, dict) else (str(position), row)
            for position, row in enumerate(data)
        ]
    columns_by_name = list(document.values())
    if not columns_by_name or not all(isinstance(column, dict) for column in columns_by_name):
        return None
    labels = columns_by_name[0].keys()
    if not labels or any(column.keys() != labels for column in columns_by_name):
        return None
    rows = [(label, {name: column[label] for name, column in document.items()}) for label in labels]
    named = sum(1 for label, row in rows if _keyed_by_disease(label, row, rows=True))
    return rows if named * 2 > len(rows) else None


def _label(value: Any) -> str:
    """An index label as a record id's part: a MultiIndex's levels joined with ``/``."""
    if isinstance(value, list):
        return "/".join(_label(level) for level in value)
    return value if isinstance(value, str) else json.dumps(value)


#: Where a wrapper keeps its records: their key path, the records (an array, or an object of
#: them) and the wrapper's other key paths.
_Wrapped = tuple[str, "list[Any] | dict[str, Any]", list[str]]


def _wrapped_records(document: dict[str, Any]) -> _Wrapped | None:
    """Where a wrapper object keeps its records; None when ``document`` is no wrapper.

    A wrapper has no id key, and exactly one of its values is records: an array whose items
    are mostly objects that name their disease (a name key, or ``X是一种…`` under an overview
    key), an object of such records keyed as a file's top level may be, or a wrapper again.
    Every other value is metadata (``_is_metadata``: ``"total": 2``, ``"message": "查询成功！"``,
    ``"meta": {"page": 1}``). So a record holding named things beside its text (``{"name":
    "感冒", "并发症": [{"name": "肺炎"}]}``, ``{"症状": ["发热"], "并发症": [...]}``, ``{"id": 1,
    "sections": [...]}``) stays one record."""
    try:
        return _unwrap(document)
    except RecursionError:  # a document too deep for Python, reported when it is read as a record
        return None


def _unwrap(document: dict[str, Any]) -> _Wrapped | None:
    rules = reading_rules()
    if any(key in document for key in rules.id_keys):
        return None
    found: tuple[str, _Wrapped] | None = None
    others = []
    for key, value in document.items():
        records = _as_records(value)
        if records is not None and found is None:
            found = key, records
        elif records is None and _is_metadata(value, key):
            others.append(key)
        else:
            return None
    if found is None:
        return None
    key, (inner_key, records, inner_others) = found
    return f"{key}/{inner_key}" if inner_key else key, records, others + [f"{key}/{other}" for other in inner_others]


def _as_records(value: Any) -> _Wrapped | None:
    """``value`` as records: itself (an empty key path) when it is an array or object of records,
    what it wraps when it is a wrapper, else None."""
    if isinstance(value, dict):
        wrapped = _unwrap(value)
        if wrapped is not None or not _is_keyed_collection(value):  # read as records the way a file's top is
            return wrapped
        items = list(value.values())
    elif isinstance(value, list):
        items = value
    else:
        return None
    named = sum(1 for item in items if isinstance(item, dict) and (
        ((name := _name_in(item)) and name not in _section_headings()) or _overview_name_in(item)))
    return ("", value, []) if named * 2 > len(items) else None


@cache
def _section_headings() -> frozenset[str]:
    """Names that are a section's title, no disease's (概述, 病因, 临床表现: ``section_headings.tsv`` and
    the overview keys): a file of ``{"sections": [{"title": "概述", …}]}`` is one record of titled
    sections, not records named 概述 and 病因 (code review 2026-12-04)."""
    from ..context.rules import load_heading_rules  # the reader's only use of the context data

    return frozenset({rule.heading for rule in load_heading_rules()} | set(reading_rules().overview_keys))


def _is_metadata(value: Any, key: str, depth: int = 0) -> bool:
    """A value a wrapper may hold beside its records, under ``key``: a number, a boolean, null, a
    string that is no prose (``"message": "查询成功！"``), or an object or array, at most two
    levels deep, of such values that holds no Chinese at all (``"meta": {"page": 1, "links":
    [url]}``: a record's own lists and facts are Chinese). Nothing under a name key."""
    if key in reading_rules().name_keys:
        return False
    if isinstance(value, str):
        if depth:
            return not _HAN.search(value)
        return not (_PROSE_MARK.search(value) or (len(value) > LABEL_ITEM_MAX_CHARS and _HAN.search(value)))
    if isinstance(value, (dict, list)):
        items = value.items() if isinstance(value, dict) else (("", item) for item in value)
        return depth < 2 and all(not _HAN.search(name) and _is_metadata(item, name, depth + 1) for name, item in items)
    return value is None or isinstance(value, (bool, int, float))


def _name_in(value: dict[str, Any]) -> str | None:
    """The disease a record names under a name key, looked up by path (no walk of the record)."""
    for path in reading_rules().name_keys:
        name = _leaf(value, path)
        if name is not None and name.strip() and not is_placeholder(name):
            return name.strip()
    return None


def _overview_name_in(value: dict[str, Any]) -> str | None:
    """The X of ``X是一种…`` under an overview key of a record, looked up by path."""
    for path in reading_rules().overview_keys:
        text = _leaf(value, path)
        if text is not None and (name := _text_name_in(text)) is not None:
            return name
    return None


def _leaf(value: dict[str, Any], path: str) -> str | None:
    """The string at a ``/``-joined key path of a record (as ``_flatten`` names its leaves)."""
    found: Any = value.get(path)
    if found is None and "/" in path:
        found = value
        for key in path.split("/"):
            found = found.get(key) if isinstance(found, dict) else None
    return found if isinstance(found, str) else None


def _record_or_issue(value: Any, source: str, *, default_id: str, stem: str, name: str | None = None) -> Record | ReadIssue:
    if not isinstance(value, dict):
        # a row of pandas' orient="values" is the likely array: say how to keep the column names;
        # an array of objects is records written together where one was due (a JSON Lines line)
        hint = ""
        if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
            hint = f" (an array of {len(value)} objects: one record per line in JSON Lines, per item in an array)"
        elif isinstance(value, list):
            hint = ' whose keys name its texts (pandas: to_json(orient="records"), not "values")'
        return ReadIssue(source, default_id, "read", message("E004", path=source, reason=f"record {default_id} is {_json_kind(value)}, expected an object{hint}"))
    try:
        record = build_record(value, source=source, default_id=default_id, file_stem=stem, name=name)
    except RecursionError as exc:  # json may read deeper than Python code recurses (3.12+)
        return ReadIssue(source, default_id, "read", message("E008", path=source, where=f"record {default_id}: ", reason=_limit_reason(exc)))
    if not record.sections and not _holds_facts(record):
        return ReadIssue(source, record.record_id, "read", message("E005", path=source, record_id=record.record_id))
    return record


def _holds_facts(record: Record) -> bool:
    """Whether a record names its disease and has fields besides its name and id (a symptom
    list, a cure rate): one without text is still read for them (its ``records`` and
    ``record_fields`` rows), not reported and dropped with them. E005 stays for a record with
    nothing in it, and for an object naming no disease (a ``config.json`` of numbers)."""
    rules = reading_rules()
    naming = {*rules.name_keys, *rules.id_keys}
    return record.disease_named and any(path not in naming for path, _ in record.fields)


def _json_kind(value: Any) -> str:
    """What a JSON value is, in JSON's words (``null``, not Python's ``NoneType``)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    return {str: "a string", list: "an array"}.get(type(value), "a number")


#: The inputs whose records were found to name no disease (E040 is said once per reading of an
#: input: ``read_file`` and ``read_value`` forget theirs when they start).
_UNNAMED_REPORTED: set[str] = set()


def build_record(value: dict[str, Any], *, source: str, default_id: str, file_stem: str, name: str | None = None) -> Record:
    """Turn one parsed JSON object into a ``Record`` (sections + structured fields). Its
    disease is the one it names, else ``name`` (the key a collection files it under), else
    ``file_stem``."""
    leaves, lists, scalars = _flatten(value)
    record_id = _find_id(value) or default_id
    rules = reading_rules()
    metadata_keys = {key for key in rules.id_keys if key in value} | {key for key in rules.name_keys if key in leaves}
    metadata_keys |= {key for key, text in leaves.items() if key in rules.field_keys or _BARE_NUMBER.fullmatch(text) or _ISO_DATETIME.fullmatch(text)}
    sections = tuple(
        Section(key, text)
        for key, text in leaves.items()
        if key not in metadata_keys and not key.startswith("_id/") and not is_placeholder(text)
    )
    fields = [(key, leaves[key]) for key in leaves if key in metadata_keys]
    fields += [(key, item) for key, items in lists.items() for item in items]
    fields += scalars
    disease = _find_name(leaves) or _disease_from_overview(leaves) or name
    if not disease:
        disease = file_stem
        if source not in _UNNAMED_REPORTED:  # once per file: a file of unnamed records would repeat it
            _UNNAMED_REPORTED.add(source)
            logger.warning(message("E040", path=source, record_id=record_id, stem=file_stem))
        return Record(record_id, disease, source, sections, tuple(fields), disease_named=False)
    return Record(record_id, disease, source, sections, tuple(fields), aliases=_aliases_from_overview(leaves, disease))


def _flatten(value: Any) -> tuple[dict[str, str], dict[str, list[str]], list[tuple[str, str]]]:
    """Split a record, in one walk, into string leaves (path → text), label lists (path →
    items) and the numbers and booleans (path, ``json.dumps`` text: structured fields too,
    kept exact)."""
    leaves: dict[str, str] = {}
    lists: dict[str, list[str]] = {}
    scalars: list[tuple[str, str]] = []
    _collect(value, "", leaves, lists, scalars)
    return leaves, lists, scalars


def _collect(value: Any, path: str, leaves: dict[str, str], lists: dict[str, list[str]], scalars: list[tuple[str, str]]) -> None:
    """Add the leaves, label lists and scalars of ``value`` at ``path``. A path met again (a
    key holding ``/``: ``{"诊断/症状": …, "诊断": {"症状": …}}``) loses nothing: a leaf takes
    ``#2``, ``#3`` … (sections need a unique path), a list's items join the earlier ones. A
    list item that is a titled section (``_titled``) is one leaf under the list's path and its
    title (``内容/病因``), the title an item of the list's label list (``内容`` → ``病因``)."""
    if isinstance(value, dict):
        items = value.items()
    elif isinstance(value, list):
        if value and all(isinstance(v, str) for v in value) and _is_label_list(value):
            lists.setdefault(path, []).extend(v.strip() for v in value if v.strip())
            return
        items = ((str(index), item) for index, item in enumerate(value))
    else:
        if isinstance(value, str):
            leaves[_unused(path, leaves)] = value
        elif value is not None:
            scalars.append((path, json.dumps(value)))
        return
    for key, item in items:
        item_path = f"{path}/{key}" if path else str(key)
        titled = _titled(item) if isinstance(value, list) else None
        if titled is None:
            _collect(item, item_path, leaves, lists, scalars)
            continue
        title_key, text_key = titled
        title = item[title_key].strip()
        lists.setdefault(path, []).append(title)
        leaves[_unused(f"{path}/{title}" if path else title, leaves)] = item[text_key]
        for other_key, other in item.items():  # read as before, under the item's index
            if other_key not in titled:
                _collect(other, f"{item_path}/{other_key}", leaves, lists, scalars)


def _titled(item: Any) -> tuple[str, str] | None:
    """The title key and text key of a list item that is a titled section, else None: an object
    with exactly one title key and one text key (``section_title_key``, ``section_text_key`` of
    ``record_reading.tsv``), the title a short label (at most ``LABEL_ITEM_MAX_CHARS``, no
    sentence punctuation, no placeholder), the text a string: ``{"标题": "病因", "正文": "…"}``,
    ``{"title": "概述", "content": "…"}`` (not ``{"name": "肺炎", "desc": "…"}``: name is no
    title key, so a named thing stays a mention). Why: read key by key, the title was a section of its own (read as
    prose) and the text's path (``内容/0/正文``) said nothing of what it is about, so a cause
    section was no cause section for ``section_kind``. Asked inside a record only: whether a
    list is records (``_as_records``) is decided before."""
    if not isinstance(item, dict):
        return None
    rules = reading_rules()
    titles = [key for key in item if key in rules.section_title_keys]
    texts = [key for key in item if key in rules.section_text_keys]
    if len(titles) != 1 or len(texts) != 1:
        return None
    title, text = item[titles[0]], item[texts[0]]
    if not isinstance(title, str) or not isinstance(text, str):
        return None
    title = title.strip()
    if not title or len(title) > LABEL_ITEM_MAX_CHARS or _SENTENCE_PUNCT.search(title) or is_placeholder(title):
        return None
    return titles[0], texts[0]


def _unused(name: str, taken: Container[str]) -> str:
    """``name``, else the first of ``name#2``, ``name#3`` … not in ``taken``."""
    candidate, number = name, 1
    while candidate in taken:
        number += 1
        candidate = f"{name}#{number}"
    return candidate


def _is_label_list(items: list[str]) -> bool:
    return all(len(item) <= LABEL_ITEM_MAX_CHARS and not _SENTENCE_PUNCT.search(item) for item in items)


def _find_id(value: dict[str, Any]) -> str | None:
    for key in reading_rules().id_keys:
        found = value.get(key)
        if isinstance(found, dict):  # mongoexport: {"_id": {"$oid": "…"}}
            found = found.get("$oid")
        if isinstance(found, float) and found.is_integer():  # 101.0: an id column pandas made float
            found = int(found)
        if isinstance(found, (str, int)) and not isinstance(found, bool) and str(found).strip():
            return str(found).strip()
    return None


def _find_name(leaves: dict[str, str]) -> str | None:
    for key in reading_rules().name_keys:
        name = leaves.get(key, "").strip()
        if name and not is_placeholder(name):
            return name
    return None


def _disease_from_overview(leaves: dict[str, str]) -> str | None:
    """``X是一种…`` in the overview (or the first section) names the disease X."""
    rules = reading_rules()
    candidates = [leaves[key] for key in rules.overview_keys if key in leaves] + list(leaves.values())[:1]
    for text in candidates:
        match = rules.defines_disease.match(text)
        if match and match.group(1) not in rules.this_disease:
            return match.group(1)
    return None


def _aliases_from_overview(leaves: dict[str, str], disease: str) -> tuple[str, ...]:
    """Other names of the record's disease in the overview's first sentence: the name opening it
    (``X是一种…``, ``X是指…``) and those after an alias word (``又称X``, ``简称X、Y``); and, anywhere
    in the overview, the Western-medicine names a record on Chinese medicine gives (``相当于西医的X``). A name
    that holds the title or that the title holds is left out: the context stage reads those as
    the disease already (脑脓肿 of 小儿脑脓肿), or they name another (感染性心内膜炎 of
    感染性心内膜炎肾损害: its cause)."""
    rules = reading_rules()
    text = next((leaves[key] for key in rules.overview_keys if key in leaves), "")
    first = _FIRST_SENTENCE.match(text).group() if text else ""
    names = []
    opening = rules.defines_disease.match(first)
    if opening is not None and disease not in first[opening.end(1):] and not rules.aliases.search(opening.group(1)):
        names.append(opening.group(1))  # not 肝硬化 of 肝硬化是…，可并发肝性脑病: another disease, the title's cause
    for match in rules.aliases.finditer(first):
        bracket = _bracket_before(first, match.start())
        if bracket >= 0 and not _OPENING_NAME.fullmatch(first, 0, bracket):
            continue  # 是指血管加压素(又称抗利尿激素): another name of the word before the bracket
        names += _ALIAS_SEPARATOR.split(match.group(1))
    if rules.aliases.search(text, len(first)):
        names += _aliases_opening_sentences(text, len(first), disease, rules)
    for match in rules.western_names.finditer(text):  # 相当于西医的“糖尿病” (context review of medical_14)
        subject = rules.western_hedge.sub("", text[max(text.rfind(mark, 0, match.start()) for mark in "，,。；;:：") + 1 : match.start()].strip())
        if subject in rules.this_disease or subject == disease or not _A_NAME.fullmatch(subject):
            # of the record's disease, said or not (多因肾阴亏虚所致，相当于西医的…); not another one named
            # before it (本病应与胃脘痛鉴别，胃脘痛相当于西医的消化性溃疡: code review)
            names += [name for name in _ALIAS_SEPARATOR.split(match.group(1)) if not rules.no_name_opening.match(name)]
    aliases = []
    for name in names:
        name = name.strip("“”\"「」 ")
        if (len(name) >= 2 and name not in rules.this_disease and name not in disease and disease not in name
                and name not in aliases and not _LATIN_FRAGMENT.fullmatch(name)):
            aliases.append(name)
    return tuple(aliases)


def _aliases_opening_sentences(text: str, start: int, disease: str, rules: ReadingRules) -> list[str]:
    """The names after an alias word opening a sentence of the overview after ``start`` (the first
    sentence's end), maybe after the record's name, a ``this_disease`` word and ``alias_opening`` words:
    the sentence names the record's disease again (``…最常见的反应。亦称药疹(drug eruption)``,
    ``。本病又称肝棘球蚴病``, ``。故又称KDS综合征``). An alias word after another subject names that
    one's (``后者又称三度房室传导阻滞``, ``黄磷又称白磷``): no name (context review of medical_5, 2026-12-06)."""
    names = []
    for sentence in _SENTENCE.finditer(text, start):
        at = sentence.end(1)
        for subject in (disease, *rules.this_disease):
            if text.startswith(subject, at):
                at += len(subject)
                break
        at = rules.alias_openings.match(text, at).end()
        match = rules.aliases.match(text, at, sentence.end())
        if match is not None:
            names += _ALIAS_SEPARATOR.split(match.group(1))
    return names


#: A sentence of an overview after a stop (not the rest of a first sentence cut at 300 characters),
#: its opening blanks in group 1.
_SENTENCE = re.compile(r"(?<=[。！？!?\n])(\s*)[^。！？!?\n]+")


def _bracket_before(text: str, pos: int) -> int:
    """Where the bracket ``pos`` lies in opens, or -1 outside brackets (脑出血|(又称脑溢血))."""
    opened = max(text.rfind("(", 0, pos), text.rfind("（", 0, pos))
    if opened < 0 or max(text.rfind(")", opened, pos), text.rfind("）", opened, pos)) > opened:
        return -1
    return opened


#: The name opening an overview (no copula in it: not 尿崩症是由于血管加压素) and the brackets right
#: after it: a bracket after them holds other names of it (鳞状细胞癌|(简称鳞癌),
#: 小儿软骨发育不全(achondroplasty)|(或称软骨营养障碍)).
_OPENING_NAME = re.compile(r"\s*[^，,。；;()（）\s是系为指由]{2,30}(?:\([^)]*\)|（[^）]*）)*")
#: A Latin word alone that is no acronym (de, Louis): a name cut at a blank.
_LATIN_FRAGMENT = re.compile(r"[A-Za-z]*[a-z][A-Za-z]*")


_FIRST_SENTENCE = re.compile(r"[^。！？!?\n]{0,300}")
#: A clause opening that only names something (胃脘痛|相当于…): no predicate word in it (多因…所致 has one).
_A_NAME = re.compile(r"[^因致为是以由于见，,。；;:：\s]{2,10}")
_ALIAS_SEPARATOR = re.compile("[、或]")


