"""Building typed DataFrames from plain rows and writing them atomically.

A table is written to a temporary file in the output folder and renamed over the old
one (``os.replace`` is atomic on one file system), so a crash leaves the previous table,
never half of a new one.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import BinaryIO

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from ..errors import PipelineError
from ..resources import make_output_folder, replace_files
from .columns import column_rows, table_columns
from .schema import FORMATS, TABLES, table_formats
from .staging import create_new, recover_interrupted, staging_name


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
    """Rows (dicts) → an Arrow table of ``table``'s schema (see ``columns_to_arrow``)."""
    return columns_to_arrow(table, table_columns(table, rows))


def columns_to_arrow(table: str, columns: list[list[object]]) -> pa.Table:
    """Columns (``pipeline.tables.columns``) → an Arrow table of ``table``'s schema, built in
    Arrow's C++, one ``pa.array`` per column (the runner's hot path: building a DataFrame
    first costs more than processing the records did, and ``pa.Table.from_pylist`` twice
    this). A value of another type than its column's (an int id in a string column) goes
    the DataFrame way, which converts it as ``to_frame`` does."""
    schema = arrow_schema(table)
    if len(columns) != len(schema) or len({len(values) for values in columns}) > 1:
        raise ValueError(f"{table}: expected {len(schema)} columns of one length, got lengths {[len(v) for v in columns]}")
    try:
        return pa.Table.from_arrays([pa.array(values, type=field.type) for values, field in zip(columns, schema)], schema=schema)
    except (pa.ArrowTypeError, pa.ArrowInvalid):
        return pa.Table.from_pandas(to_frame(table, column_rows(table, columns)), schema=schema, preserve_index=False)


def read_table(path: str | Path, table: str | None = None) -> pd.DataFrame:
    """A table written by the pipeline (``<out>/<table>.csv`` or ``.parquet``, or a folder of
    Parquet parts) as the same DataFrame whichever format: the schema's dtypes, and in CSV
    only an empty cell is missing (pandas' default would also read a real ``NA``, the
    abbreviation of 神经氨酸酶, as missing). A CSV file's name says which table it is
    (``mentions.csv``); for a renamed one, give ``table``."""
    path = Path(path)
    if not path.exists():
        raise PipelineError("E015", path=path)
    suffix = path.suffix.lower()
    if path.is_dir() or suffix == ".parquet":
        return pd.read_parquet(path)
    name = table or path.stem
    if suffix != ".csv" or name not in TABLES:
        raise PipelineError("E014", path=path, tables=", ".join(TABLES))
    return pd.read_csv(path, dtype={c.name: c.dtype for c in TABLES[name]}, keep_default_na=False, na_values=[""])


#: Rows only (the header is written once, unquoted); Arrow quotes every string.
_CSV_ROWS = pacsv.WriteOptions(include_header=False, quoting_style="needed")


def write_csv_table(handle: BinaryIO, arrow: pa.Table, *, header: bool) -> None:
    """Append an Arrow table (from ``columns_to_arrow``) to a CSV file opened in binary mode, with
    Arrow's C++ writer: formatting the cells in Python cost more than half of what the
    runner spent writing tables (a mention table's sentences are most of its bytes).

    UTF-8 and ``\n`` line ends; every string is quoted (its quotes doubled), so a comma,
    quote, ``\r`` or ``\n`` inside a value never breaks a row; missing values and NaN are
    empty cells; bools are ``true``/``false``. ``read_table`` (or ``pd.read_csv``) reads it
    back as the frame. In a one-column table a missing value is written as ``""``, so that
    its row is not a blank line (which readers skip)."""
    if header:
        handle.write((",".join(map(_header_cell, arrow.column_names)) + "\n").encode("utf-8"))
    if arrow.num_rows:
        pacsv.write_csv(_csv_ready(arrow), handle, _CSV_ROWS)


def _header_cell(name: str) -> str:
    """A column name as a header cell: bare (the schema's names), quoted when it must be."""
    return '"' + name.replace('"', '""') + '"' if any(char in name for char in ',"\r\n') else name


def _csv_ready(arrow: pa.Table) -> pa.Table:
    """NaN as missing (Arrow would write ``nan``); a one-column table's missing values as ``""``."""
    columns = [
        pc.if_else(pc.is_nan(column), pa.scalar(None, column.type), column) if pa.types.is_floating(column.type) else column
        for column in arrow.columns
    ]
    if len(columns) == 1:
        columns = [pc.fill_null(columns[0].cast(pa.large_string()), "")]
    return pa.Table.from_arrays(columns, names=arrow.column_names)


def write_tables(frames: Mapping[str, pd.DataFrame], out: Path, formats: str | Iterable[str] = FORMATS) -> list[Path]:
    """Write every frame as ``<out>/<table>.<format>``, all or nothing: every file is written
    to a temporary name first and only then renamed over the old ones. Returns the paths."""
    formats = table_formats(formats)
    out = Path(out)
    staged: list[tuple[str, Path]] = []
    try:
        make_output_folder(out)
        recover_interrupted(out)
        for table, frame in frames.items():
            for fmt in formats:
                temporary = staging_name(out, table, fmt)
                staged.append((temporary, out / f"{table}.{fmt}"))
                create_new(temporary)
                if fmt == "csv":
                    with open(temporary, "wb") as csv_file:
                        write_csv_table(csv_file, pa.Table.from_pandas(frame, preserve_index=False), header=True)
                else:
                    frame.to_parquet(temporary, index=False, engine="pyarrow")
        replace_files(staged)
    except OSError as exc:
        if not out.is_dir() or not os.access(out, os.W_OK):
            raise PipelineError("E012", path=out, reason=exc.strerror or exc) from exc
        raise
    finally:
        for temporary, _ in staged:
            if os.path.exists(temporary):
                os.unlink(temporary)
    return [target for _, target in staged]
