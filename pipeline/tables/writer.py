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
from ..resources import replace_file
from .schema import FORMATS, TABLES


def to_frame(table: str, rows: Iterable[Mapping[str, object]]) -> pd.DataFrame:
    """Rows (dicts) → a DataFrame with exactly the schema's columns, order and dtypes."""
    columns = TABLES[table]
    frame = pd.DataFrame.from_records(list(rows), columns=[c.name for c in columns])
    return frame.astype({c.name: c.dtype for c in columns})


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
