"""Building typed DataFrames from plain rows and writing them atomically.

A table is written to a temporary file in the output folder and renamed over the old
one (``os.replace`` is atomic on one file system), so a crash leaves the previous table,
never half of a new one.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any, TextIO

import pandas as pd
import pyarrow as pa

from ..errors import PipelineError
from ..resources import replace_file
from .schema import FORMATS, TABLES


def to_frame(table: str, rows: Iterable[Mapping[str, object]]) -> pd.DataFrame:
    """Rows (dicts) → a DataFrame with exactly the schema's columns, order and dtypes."""
    columns = TABLES[table]
    frame = pd.DataFrame.from_records(list(rows), columns=[c.name for c in columns])
    return frame.astype({c.name: c.dtype for c in columns})


@cache
def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of ``table``, with the pandas metadata that makes
    ``pd.read_parquet`` give back the schema's dtypes (Int64, boolean … not float/object)."""
    return pa.Table.from_pandas(to_frame(table, []), preserve_index=False).schema


def to_arrow(table: str, rows: Sequence[Mapping[str, object]]) -> pa.Table:
    """Rows (dicts) → an Arrow table of ``table``'s schema, built in Arrow's C++ (the runner's
    hot path: building a DataFrame first costs more than processing the records did).
    A value of another type than its column's (an int id in a string column) goes the
    DataFrame way, which converts it as ``to_frame`` does."""
    try:
        return pa.Table.from_pylist(list(rows), schema=arrow_schema(table))
    except (pa.ArrowTypeError, pa.ArrowInvalid):
        return pa.Table.from_pandas(to_frame(table, rows), schema=arrow_schema(table), preserve_index=False)


def write_csv_rows(handle: TextIO, table: str, rows: Iterable[Mapping[str, Any]], *, header: bool) -> None:
    """Append rows to an open CSV file exactly as ``to_frame(table, rows).to_csv(handle,
    index=False, lineterminator="\n")`` would write them, without building the DataFrame.

    The csv module already writes None as an empty cell, ``str()`` of ints and bools and
    ``repr()`` of floats, as pandas does; only numbers of the other numeric kind (an int in
    a Float64 column prints ``3.0``) and NaN in a numeric column (an empty cell) need converting. Callers
    build the Arrow table first (``to_arrow``), which rejects values of the wrong kind."""
    columns = TABLES[table]
    names = [c.name for c in columns]
    numeric = [(i, _AS_DTYPE[c.dtype]) for i, c in enumerate(columns) if c.dtype in _AS_DTYPE]
    lines = [[row.get(name) for name in names] for row in rows]
    for line in lines:
        for i, (kind, convert) in numeric:
            value = line[i]
            if value is None:
                continue
            if value != value:  # NaN: missing, as pandas writes it
                line[i] = None
            elif type(value) is not kind:
                line[i] = convert(value)
    writer = csv.writer(handle, lineterminator="\n")
    if header:
        writer.writerow(names)
    writer.writerows(lines)


_AS_DTYPE: dict[str, tuple[type, Callable[[Any], Any]]] = {"Float64": (float, float), "Int64": (int, int), "boolean": (bool, bool)}


def write_tables(frames: Mapping[str, pd.DataFrame], out: Path, formats: Iterable[str] = FORMATS) -> list[Path]:
    """Write every frame as ``<out>/<table>.<format>``, all or nothing: every file is written
    to a temporary name first and only then renamed over the old ones. Returns the paths."""
    out = Path(out)
    staged: list[tuple[str, Path]] = []
    try:
        out.mkdir(parents=True, exist_ok=True)
        for table, frame in frames.items():
            for fmt in formats:
                handle, temporary = tempfile.mkstemp(prefix=f".{table}.{fmt}.", suffix=".tmp", dir=out)
                os.close(handle)
                staged.append((temporary, out / f"{table}.{fmt}"))
                if fmt == "csv":
                    frame.to_csv(temporary, index=False, encoding="utf-8", lineterminator="\n")
                else:
                    frame.to_parquet(temporary, index=False, engine="pyarrow")
        for temporary, target in staged:
            replace_file(temporary, target)
    except OSError as exc:
        if not out.is_dir() or not os.access(out, os.W_OK):
            raise PipelineError("E012", path=out, reason=exc.strerror or exc) from exc
        raise
    finally:
        for temporary, _ in staged:
            if os.path.exists(temporary):
                os.unlink(temporary)
    return [target for _, target in staged]
