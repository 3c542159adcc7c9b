"""Stage 6: tidy tables (schemas, typed DataFrames, atomic CSV/Parquet writing)."""

from __future__ import annotations

from typing import Any

from .schema import FORMATS, TABLES, Column, table_formats

__all__ = ["FORMATS", "TABLES", "Column", "read_table", "table_formats", "to_frame", "write_tables"]


def __getattr__(name: str) -> Any:
    """``read_table``, ``to_frame`` and ``write_tables`` on first use: pandas takes ~0.4 s to
    import, which ``--help`` and ``schema`` do not need."""
    if name in ("read_table", "to_frame", "write_tables"):
        from . import writer

        return getattr(writer, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
