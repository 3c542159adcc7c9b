"""Rows as columns: the form in which a batch's rows travel back from a worker and wait in
the sink to be written.

Why: a list of values per schema column marshals and unmarshals in a third of the time a
dict per row takes, Arrow builds its arrays straight from it, and the reshaping runs in the
workers rather than in the one process that writes every table. Imports no pandas, so
worker processes stay light.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from operator import itemgetter
from typing import Any

from .schema import TABLES

#: Table → one list of values per schema column (in schema order), all of one length.
Columns = dict[str, list[list[Any]]]

COLUMN_NAMES = {table: tuple(column.name for column in columns) for table, columns in TABLES.items()}

#: Table → a function giving a row's values in schema order, as a tuple (every table has
#: several columns, so ``itemgetter`` gives a tuple).
_ROW_VALUES: dict[str, Callable[[Mapping[str, Any]], tuple[Any, ...]]] = {
    table: itemgetter(*names) for table, names in COLUMN_NAMES.items()
}


def table_columns(table: str, rows: Iterable[Mapping[str, Any]]) -> list[list[Any]]:
    """``rows`` (dicts) of ``table`` as its columns; a missing key is a missing value and a
    key that is no column of the table is left out (as ``to_frame`` does).

    Why two ways: the pipeline's own rows are plain dicts with every column, and taking each
    row's values as one tuple (in C) and transposing those reads each row once, not once per
    column: a third of the time on the mentions table. Rows lacking a column, or of another
    mapping type (whose missing keys might not read as missing), take the key-by-key way."""
    rows = rows if isinstance(rows, list) else list(rows)
    names = COLUMN_NAMES[table]
    if not rows:
        return [[] for _ in names]
    if set(map(type, rows)) == {dict}:
        try:
            return [list(values) for values in zip(*map(_ROW_VALUES[table], rows))]
        except KeyError:
            pass  # a row lacks a column
    return [[row.get(name) for row in rows] for name in names]


def to_columns(rows_per_record: Iterable[Mapping[str, Iterable[Mapping[str, Any]]]]) -> Columns:
    """The rows of several records (each ``process_record``'s output) as columns per table."""
    gathered: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for rows in rows_per_record:
        for table, table_rows in rows.items():
            gathered[table].extend(table_rows)
    return {table: table_columns(table, rows) for table, rows in gathered.items()}


def merge_columns(parts: Iterable[Columns]) -> Columns:
    """One ``Columns`` holding every part's rows, part after part."""
    merged: Columns = {}
    for part in parts:
        for table, columns in part.items():
            if table in merged:
                for mine, more in zip(merged[table], columns, strict=True):
                    mine.extend(more)
            else:
                merged[table] = [list(values) for values in columns]
    return merged


def n_rows(columns: list[list[Any]]) -> int:
    return len(columns[0]) if columns else 0


def column_rows(table: str, columns: list[list[Any]]) -> list[dict[str, Any]]:
    """Columns back as rows (dicts): for the few rows read one by one (``errors``)."""
    return [dict(zip(COLUMN_NAMES[table], values, strict=True)) for values in zip(*columns, strict=True)]
