"""``python -m pipeline dict check``: every problem of every entity file, not just the first.

Checks: the file loads (columns, labels, duplicates within the file); a term defined in two
files; one-character terms (too ambiguous to match in running text).
"""

from __future__ import annotations

from pathlib import Path

from ..errors import DictionaryError
from .loader import LexiconEntry, entity_files, read_entity_file


def check_dictionaries(directory: Path) -> list[str]:
    """Return ``file:line: problem`` messages; an empty list means the dictionaries are valid."""
    problems: list[str] = []
    try:
        files = entity_files(directory)
    except DictionaryError as exc:
        return [str(exc)]
    first_seen: dict[str, LexiconEntry] = {}
    for path in files:
        try:
            entries = read_entity_file(path)
        except DictionaryError as exc:
            problems.append(str(exc))
            continue
        for entry in entries:
            where = f"{path}:{entry.line}"
            if len(entry.term) < 2:
                problems.append(f"{where}: one-character term {entry.term!r} is too ambiguous to match")
            first = first_seen.setdefault(entry.term, entry)
            if first is not entry:
                problems.append(
                    f"{where}: term {entry.term!r} ({entry.label}) is already in {first.file}:{first.line} ({first.label})"
                )
    return problems
