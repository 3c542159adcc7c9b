"""Building typed DataFrames from plain rows and writing them atomically.

A table is written to a temporary file in the output folder and renamed over the old
one (``os.replace`` is atomic on one file system), so a crash leaves the previous table,
never half of a new one.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd

from ..errors import PipelineError
from .schema import TABLES

FORMATS = ("csv", "parquet")


def to_frame(table: str, rows: Iterable[Mapping[str, object]]) -> pd.DataFrame:
    """Rows (dicts) → a DataFrame with exactly the schema's columns, order and dtypes."""
    columns = TABLES[table]
    frame = pd.DataFrame.from_records(list(rows), columns=[c.name for c in columns])
    return frame.astype({c.name: c.dtype for c in columns})


def write_tables(frames: Mapping[str, pd.DataFrame], out: Path, formats: Iterable[str] = FORMATS) -> list[Path]:
    """Write every frame as ``<out>/<table>.<format>``; returns the paths written."""
    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PipelineError("E012", path=out, reason=exc.strerror or exc) from exc
    written = []
    for table, frame in frames.items():
        for fmt in formats:
            target = out / f"{table}.{fmt}"
            _atomic_write(frame, target, fmt)
            written.append(target)
    return written


def _atomic_write(frame: pd.DataFrame, target: Path, fmt: str) -> None:
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise PipelineError("E012", path=target.parent, reason=exc.strerror or exc) from exc
    os.close(handle)
    try:
        if fmt == "csv":
            frame.to_csv(temporary, index=False, encoding="utf-8", lineterminator="\n")
        else:
            frame.to_parquet(temporary, index=False, engine="pyarrow")
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
