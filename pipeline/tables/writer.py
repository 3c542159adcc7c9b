"""Building typed DataFrames from plain rows and writing them atomically.

A table is written to a temporary file in the output folder and renamed over the old
one (``os.replace`` is atomic on one file system), so a crash leaves the previous table,
never half of a new one.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import TextIO

import pandas as pd
import pyarrow as pa

from ..errors import PipelineError
from ..resources import replace_files
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


def read_table(path: str | Path) -> pd.DataFrame:
    """A table written by the pipeline (``<out>/<table>.csv`` or ``.parquet``, or a folder of
    Parquet parts) as the same DataFrame whichever format: the schema's dtypes, and in CSV
    only an empty cell is missing (pandas' default would also read a real ``NA``, the
    abbreviation of 神经氨酸酶, as missing)."""
    path = Path(path)
    if path.suffix != ".csv":
        return pd.read_parquet(path)
    return pd.read_csv(path, dtype={c.name: c.dtype for c in TABLES[path.stem]}, keep_default_na=False, na_values=[""])


#: A CSV cell holding one of these is quoted (its quotes doubled).
_NEEDS_QUOTES = re.compile(r'[,"\r\n]')


def write_csv_table(handle: TextIO, arrow: pa.Table, *, header: bool) -> None:
    """Append an Arrow table (from ``to_arrow``) to an open CSV file exactly as
    ``to_frame(table, rows).to_csv(handle, index=False, lineterminator="\n")`` writes its
    rows with Python ≥ 3.11.9 / 3.12.3, without building the DataFrame. (Older Pythons'
    csv module leaves a value holding a carriage return unquoted, and pandas' reader then
    breaks the row there; here it is always quoted.)

    Why not the csv module: most of a table's bytes are sentences repeated on every row
    that quotes them (a mention's, a symptom's evidence), and here each distinct string is
    scanned and quoted once per chunk. Cells are written as pandas writes them: missing
    (None or NaN) as nothing, ints with ``str``, floats with ``repr``, bools as True/False;
    a row that is one empty cell as ``""``, so that it is not a blank line."""
    cells = [_csv_cells(column.to_pylist(), column.type) for column in arrow.columns]
    if len(cells) == 1:
        cells[0] = [cell or '""' for cell in cells[0]]
    if header:
        handle.write(",".join(_csv_cells(arrow.column_names, pa.string())) + "\n")
    if arrow.num_rows:
        handle.write("\n".join(map(",".join, zip(*cells))) + "\n")


def _csv_cells(values: list[object], kind: pa.DataType) -> list[str]:
    if pa.types.is_boolean(kind):
        return ["" if value is None else "True" if value else "False" for value in values]
    if pa.types.is_integer(kind):
        return ["" if value is None else str(value) for value in values]
    if pa.types.is_floating(kind):
        return ["" if value is None or value != value else repr(value) for value in values]
    encoded: dict[object, str] = {None: ""}
    cells = []
    for value in values:
        cell = encoded.get(value)
        if cell is None:
            text = str(value)
            cell = encoded[value] = '"' + text.replace('"', '""') + '"' if _NEEDS_QUOTES.search(text) else text
        cells.append(cell)
    return cells


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
                    with open(temporary, "w", encoding="utf-8", newline="") as csv_file:
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
