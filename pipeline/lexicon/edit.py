"""``python -m pipeline dict add``: append one entry to an entity file, safely; ``dict init``:
a folder of one's own to add to, a copy of the shipped one.

The new row goes where it keeps the file sorted by term (comment lines stay in place);
the result is validated with the loader before it replaces the file, through a temporary
file and a rename, so an interrupted or invalid edit never leaves a broken dictionary.
A term another file already has may be added to ``curated.tsv`` only: it then wins over
that file's entry (how a generated label is corrected). A term the file itself has is refused,
unless ``replace``: then its row is updated in place, so a wrong label is corrected without
editing the file by hand.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import NamedTuple

from ..errors import DictionaryError, PipelineError
from ..labels import LABELS
from ..normalize import normalize_text
from ..resources import PACKAGE_DICTIONARY_DIR, dictionary_dir, replace_file
from .build import GENERATED_MARK
from .loader import (
    CURATED_FILE,
    ENTITY_COLUMNS,
    LexiconEntry,
    read_entity_file,
    unmatchable,
)

NEW_FILE_HEADER = (
    "# Hand-added entity entries (python -m pipeline dict add). Columns: term (normalized),\n"
    "# label (one of the nine labels), canonical (preferred name), source, [english], [note].\n"
)


def init_dictionaries(directory: str | Path) -> int:
    """Copy the shipped dictionaries (every data file, ``entities/`` too) to ``directory``, a
    new folder: the start of dictionaries of one's own, wherever the package is installed
    (``--dictionaries`` reads its entity files, ``ZH_MED_DICTIONARIES`` all of it). Returns the
    number of files copied; an existing ``directory`` is refused (E189), nothing is
    overwritten. The build's word lists (``build_*.tsv``) come too: ``dict check`` reads the
    stopwords and person names from them."""
    target = Path(directory)
    if target.exists():
        raise PipelineError("E189", path=target)
    files = sorted(PACKAGE_DICTIONARY_DIR.rglob("*.tsv"))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    except OSError as exc:
        raise PipelineError("E188", path=target, reason=exc.strerror or exc) from exc
    try:
        for path in files:
            copy = staging / path.relative_to(PACKAGE_DICTIONARY_DIR)
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, copy)
        staging.chmod(0o777 & ~_umask())
        staging.rename(target)  # whole or not at all
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise PipelineError("E188", path=target, reason=exc.strerror or exc) from exc
    return len(files)


def _umask() -> int:
    """This process's umask (read by setting it, then set back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


class AddedEntry(NamedTuple):
    """Where ``add_entry`` wrote, and what the row changes."""

    path: Path
    line: int
    #: the entry of another file the new one overrides (``curated.tsv`` only)
    overridden: LexiconEntry | None
    #: the file's own row the new one replaced (``replace=True``), else None
    replaced: LexiconEntry | None = None
    #: the row repeats the entry it overrides (same label and canonical): it changes no match
    redundant: bool = False


def add_entry(
    term: str,
    label: str,
    *,
    canonical: str | None = None,
    source: str = "curated",
    file: str = "curated.tsv",
    dictionaries: str | Path | None = None,
    note: str = "",
    replace: bool = False,
) -> AddedEntry:
    """Add ``term`` to ``<dictionaries>/entities/<file>``, or with ``replace`` update its row
    there in place (label, canonical, source, note: the old note described the old values).

    Rejects an unknown label, a term the loader would reject (one character, no letter), a
    file ``dict build`` writes (its next run would drop the term), a
    term already in the target file (unless ``replace``) or in ``curated.tsv``, or in any file
    when the target is not ``curated.tsv`` (naming ``file:line``), and values holding tabs or
    line breaks. A folder without ``entities/`` gets one.
    """
    directory = dictionary_dir(dictionaries)
    if not directory.is_dir():
        raise PipelineError("E190", path=directory)
    term = normalize_text(term.strip())
    canonical = normalize_text((canonical or term).strip())
    source, note = source.strip(), note.strip()
    if label not in LABELS:
        raise PipelineError("E184", label=label, labels=", ".join(LABELS))
    if not (term and canonical and source) or any(c in value for value in (term, canonical, source, note) for c in "\t\r\n"):
        raise PipelineError("E186", reason="term, canonical and source must be non-empty, and no value may hold tabs or line breaks")
    if Path(file).name != file or not file.endswith(".tsv"):
        raise PipelineError("E186", reason=f"--file must be a file name ending in .tsv, got {file!r}")
    overridden = replaced = None
    for path in sorted((directory / "entities").glob("*.tsv")):
        for entry in read_entity_file(path):
            if entry.term == term:
                if replace and path.name == file:
                    replaced = entry
                elif file != CURATED_FILE or path.name in (file, CURATED_FILE):
                    hint = ("; --replace updates that entry" if path.name == file
                            else "" if file == CURATED_FILE else f"; to change its entry, add it to {CURATED_FILE}, which wins")
                    raise PipelineError("E185", term=term, where=f"{path}:{entry.line}", label=entry.label, hint=hint)
                else:
                    overridden = entry

    path = directory / "entities" / file
    if path.is_file() and path.read_text(encoding="utf-8-sig").startswith(GENERATED_MARK):
        raise PipelineError("E192", path=path)
    path.parent.mkdir(exist_ok=True)
    columns = (*ENTITY_COLUMNS, "note") if note else ENTITY_COLUMNS  # of a new file
    lines = path.read_text(encoding="utf-8-sig").splitlines() if path.is_file() else [*NEW_FILE_HEADER.splitlines(), "\t".join(columns)]
    header_index = next(i for i, line in enumerate(lines) if line.strip() and not line.startswith("#"))
    header = [name.strip() for name in lines[header_index].split("\t")]
    values = {"term": term, "label": label, "canonical": canonical, "source": source, "note": note}
    if reason := unmatchable(term, label):
        raise PipelineError("E191", path=path, term=term, reason=reason)  # no line: it is in none
    if note and "note" not in header:
        raise PipelineError("E186", reason=f"{path} has no note column for --note")
    if replaced is not None:  # in place: the other columns (english) stay
        at = replaced.line - 1
        old = lines[at].split("\t")
        lines[at] = "\t".join(values.get(name, old[i] if i < len(old) else "") for i, name in enumerate(header))
    else:
        at = _sorted_position(lines, header_index, header.index("term") if "term" in header else 0, term)
        lines.insert(at, "\t".join(values.get(name, "") for name in header))
    _replace_validated(path, "\n".join(lines) + "\n")
    redundant = overridden is not None and (overridden.label, overridden.canonical) == (label, canonical)
    return AddedEntry(path, at + 1, overridden, replaced, redundant)


def _sorted_position(lines: list[str], header_index: int, term_column: int, term: str) -> int:
    """Index before the first data line whose term sorts after ``term`` (else after the last one)."""
    position = len(lines)
    while position > header_index + 1 and not lines[position - 1].strip():
        position -= 1  # keep trailing blank lines after the data
    for index in range(header_index + 1, len(lines)):
        line = lines[index]
        if line.strip() and not line.startswith("#") and line.split("\t")[term_column].strip() > term:
            return index
    return position


def _replace_validated(path: Path, content: str) -> None:
    handle = tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False)
    temporary = Path(handle.name)
    try:
        with handle:
            handle.write(content)
        read_entity_file(temporary)  # never install a file the loader would reject
        replace_file(temporary, path)
    except (OSError, DictionaryError):
        temporary.unlink(missing_ok=True)
        raise
