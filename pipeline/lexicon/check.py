"""``python -m pipeline dict check``: every problem of every entity file, not just the first.

Checks: the file loads (columns, labels, duplicates within the file); a term defined in two
files; one-character terms other than body parts (肝, 脾 are words of their own; a
one-character symptom or drug is too ambiguous to match in running text). Like every term
shorter than three characters, a one-character term only matches a whole jieba token.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import DictionaryError
from .loader import LexiconEntry, entity_files, read_entity_file

#: Labels whose terms may be a single character.
ONE_CHARACTER_LABELS = frozenset({"body"})


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
            if len(entry.term) < 2 and entry.label not in ONE_CHARACTER_LABELS:
                problems.append(f"{where}: one-character {entry.label} term {entry.term!r} is too ambiguous to match")
            first = first_seen.setdefault(entry.term, entry)
            if first is not entry:
                problems.append(
                    f"{where}: term {entry.term!r} ({entry.label}) is already in {first.file}:{first.line} ({first.label})"
                )
    return problems
