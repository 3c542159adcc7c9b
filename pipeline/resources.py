"""Loading the TSV data files in ``dictionaries/`` with validation.

Every data file is UTF-8 TSV with a header row. Blank lines and lines starting with
``#`` are ignored (use them for comments). Errors name ``file:line``.
"""

from __future__ import annotations

import os
import re
import socket
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from .errors import DictionaryError, PipelineError



def shipped_folder(name: str, package: Path = Path(__file__).resolve().parent) -> Path:
    """A folder shipped with the package: the copy an install puts in it (``pip install .``,
    a wheel: ``pipeline/data/<name>``, pyproject.toml's package-dir), else the checkout's own
    (a clone, an editable install)."""
    installed = package / "data" / name
    return installed if installed.is_dir() else package.parent / name


#: The data shipped with the package.
PACKAGE_DICTIONARY_DIR = shipped_folder("dictionaries")
#: The records shipped with the package (``python -m pipeline`` run outside a checkout).
PACKAGE_SEEDS_DIR = shipped_folder("seeds")
#: The data used by default: the shipped data, or ``ZH_MED_DICTIONARIES``.
DEFAULT_DICTIONARY_DIR = Path(os.environ.get("ZH_MED_DICTIONARIES") or PACKAGE_DICTIONARY_DIR)  # set but empty: unset


def check_data_folder() -> None:
    """E039 when ``ZH_MED_DICTIONARIES`` names no folder: said by the first reader of the data
    (the record reader, for a folder of inputs, or ``load``), not as a missing file."""
    if DEFAULT_DICTIONARY_DIR != PACKAGE_DICTIONARY_DIR and not DEFAULT_DICTIONARY_DIR.is_dir():
        raise PipelineError("E039", path=DEFAULT_DICTIONARY_DIR)


def missing_data_files(directory: Path) -> list[str]:
    """The shipped data files (context rules, quantity cues, abbreviations …: every top-level
    ``*.tsv`` but the build's word lists and the entity helpers the lexicon falls back on)
    that ``directory`` lacks: a ``ZH_MED_DICTIONARIES`` folder must be a whole copy."""
    # the lexicon's helpers, and files of one command that fall back on the shipped ones (a copy made
    # before suggest_not_drugs.tsv, verb_prefixes.tsv, body_heads.tsv, procedure_heads.tsv, finding_heads.tsv, not_qualifiers.tsv, body_sides.tsv or abbreviation_classes.tsv existed must
    # keep running: code review 2026-12-04)
    optional = {"segmentation.tsv", "compound_heads.tsv", "word_final_characters.tsv", "suggest_not_drugs.tsv", "verb_prefixes.tsv",
                "body_heads.tsv", "procedure_heads.tsv", "finding_heads.tsv", "not_qualifiers.tsv", "body_sides.tsv",
                "abbreviation_classes.tsv"}
    return sorted(
        path.name
        for path in PACKAGE_DICTIONARY_DIR.glob("*.tsv")
        if not path.name.startswith("build_") and path.name not in optional and not (directory / path.name).is_file()
    )


def dictionary_dir(dictionaries: str | os.PathLike[str] | None) -> Path:
    """The dictionaries folder a caller named (``--dictionaries``, ``load(dictionaries=…)``,
    a config's ``""`` for none), else the shipped one. Whether it exists is checked where it
    is read (E026)."""
    if dictionaries is not None and not isinstance(dictionaries, (str, os.PathLike)):
        raise PipelineError("E017", kind=type(dictionaries).__name__)
    return Path(dictionaries) if dictionaries else DEFAULT_DICTIONARY_DIR


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first (so 完全缓解 wins over 缓解); with no words, one
    that never matches (an empty alternation would match everywhere)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) or "(?!)"


def alternation_in_order(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` in their rows' order, where the order decides (a pattern moved out of
    the code matches as it did: 基本上 before 基本); with no words, one that never matches."""
    return "|".join(map(re.escape, words)) or "(?!)"


def read_tsv(
    path: str | Path,
    required: Iterable[str],
    optional: Iterable[str] = (),
    *,
    non_empty: Iterable[str] | None = None,
    transform: Callable[[str], str] | None = None,
    on_error: Callable[[DictionaryError], None] | None = None,
) -> list[tuple[int, dict[str, str]]]:
    """Read a TSV data file into ``(line_number, row)`` pairs.

    ``required`` columns must be in the header; ``optional`` ones may be; other
    columns are an error, so typos in a header do not silently drop data.
    ``non_empty`` columns (default: all required ones) must have a value. ``transform`` is
    applied to the whole file text first (one ``normalize_text`` call instead of one per cell).
    A bad row raises, unless ``on_error`` is given: then it is passed the error and the row
    is left out (``dict check`` reports every bad row). A file that cannot be read as a
    table at all (not UTF-8, a bad header) always raises.
    """
    path = Path(path)
    required = list(required)
    allowed = set(required) | set(optional)
    must_fill = set(required if non_empty is None else non_empty)
    rows: list[tuple[int, dict[str, str]]] = []
    header: list[str] | None = None
    raw = path.read_bytes()
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:  # a user's file saved as GBK: name it, not a traceback
        line = raw.count(b"\n", 0, exc.start) + 1
        raise DictionaryError("E020", path=path, line=line, reason="not UTF-8 (save the file as UTF-8)") from exc
    if transform is not None:
        content = transform(content)
    for line_no, raw in enumerate(content.split("\n"), start=1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if header is None:
            header = [name.strip() for name in fields]
            missing = [name for name in required if name not in header]
            if missing:
                raise DictionaryError("E021", path=path, missing=missing, header=header)
            unknown = [name for name in header if name not in allowed]
            if unknown:
                raise DictionaryError(
                    "E020", path=path, line=line_no, reason=f"unknown column(s) {unknown}"
                )
            continue
        try:
            rows.append((line_no, _row(path, line_no, header, fields, must_fill)))
        except DictionaryError as exc:
            if on_error is None:
                raise
            on_error(exc)
    if header is None:
        raise DictionaryError("E018", path=path)
    return rows


def _row(path: Path, line_no: int, header: list[str], fields: list[str], must_fill: set[str]) -> dict[str, str]:
    if len(fields) > len(header):
        raise DictionaryError(
            "E025", path=path, line=line_no, expected=len(header), columns=", ".join(header), found=len(fields)
        )
    # a row typed with spaces instead of tabs is one field: say so rather than only which column is empty
    hint = " (columns are separated by tabs, this row has none)" if len(fields) == 1 and len(header) > 1 else ""
    fields += [""] * (len(header) - len(fields))
    row = {name: value.strip() for name, value in zip(header, fields)}
    for column in sorted(must_fill):
        if not row.get(column):
            raise DictionaryError("E024", path=path, line=line_no, column=column, hint=hint)
    return row


def check_output_path(out: str | os.PathLike[str]) -> None:
    """E012 for an empty output path (``--out ""``, an unset shell variable; ``out=""``), which
    ``Path`` would read as the current folder."""
    if not str(out).strip():
        raise PipelineError("E012", path=repr(str(out)), reason="the path is empty")


def make_output_folder(out: Path) -> None:
    """Create the output folder ``out`` (and its parents) if needed; one that is a file is a
    usage error that says so (mkdir's own "File exists" hides it)."""
    if out.exists() and not out.is_dir():
        raise PipelineError("E012", path=out, reason="it is a file, not a folder")
    out.mkdir(parents=True, exist_ok=True)


def replace_file(temporary: str | Path, target: str | Path) -> None:
    """Move a finished temporary file over ``target`` atomically (``os.replace``), with the
    permissions a newly created file would get (``mkstemp`` makes them 0600), or the
    target's own when it exists."""
    os.chmod(temporary, mode_for(Path(target)))
    os.replace(temporary, target)


def mode_for(target: Path) -> int:
    """The permissions of ``target`` if it exists, else those a new file gets."""
    if target.exists():
        return target.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def run_tag() -> str:
    """This run's mark in the names of its temporary files: host and process id, so that a
    later run can tell a dead run's files (same host, no such process) from a live one's."""
    host = re.sub(r"[^0-9A-Za-z]", "", socket.gethostname())[:32] or "host"
    return f"{host}-{os.getpid()}"


def aside_path(target: Path) -> Path:
    """Where ``replace_files`` keeps ``target``'s old file while the new ones go in (named
    after this run: see ``pipeline.tables.staging``)."""
    return target.with_name(f".{target.name}.{run_tag()}.old")


def replace_files(pairs: Sequence[tuple[str | Path, str | Path]]) -> None:
    """``replace_file`` for every ``(temporary, target)`` pair, all or nothing: the old
    targets are first moved aside, and if any step fails the new files placed so far are
    removed and the old ones put back, so a run never leaves some tables new and some old
    (a file locked or made immutable under one of them, say)."""
    moved: list[tuple[Path, Path]] = []  # (target, its old file's new name)
    placed: list[Path] = []
    try:
        for temporary, target in pairs:
            target = Path(target)
            os.chmod(temporary, mode_for(target))  # the old file's permissions, before it moves
            if target.exists():
                aside = aside_path(target)
                os.replace(target, aside)
                moved.append((target, aside))
        for temporary, target in pairs:
            os.replace(temporary, target)
            placed.append(Path(target))
    except BaseException:
        for target in placed:
            target.unlink(missing_ok=True)
        for target, aside in moved:
            try:
                os.replace(aside, target)
            except OSError:
                pass  # keep putting the others back; this one stays as its .old file
        raise
    for _, aside in moved:
        aside.unlink(missing_ok=True)


def unique_rows(
    path: Path, rows: Iterable[tuple[int, dict[str, str]]], key: tuple[str, ...]
) -> Iterator[tuple[int, dict[str, str]]]:
    """Pass ``rows`` through, rejecting a second row with the same ``key`` columns (E023)."""
    seen: dict[tuple[str, ...], int] = {}
    for line, row in rows:
        value = tuple(row[column] for column in key)
        if value in seen:
            raise DictionaryError("E023", path=path, line=line, term="/".join(value), first=f"line {seen[value]}")
        seen[value] = line
        yield line, row


def choice(path: Path, line: int, row: dict[str, str], column: str, choices: Iterable[str]) -> str:
    """The value of ``column``, which must be one of ``choices`` (E027 otherwise)."""
    value = row.get(column, "")
    if value not in choices:
        raise DictionaryError("E027", path=path, line=line, column=column, value=value, choices=list(choices))
    return value
