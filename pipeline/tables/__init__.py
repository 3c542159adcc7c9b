"""Stage 6: tidy tables (schemas, typed DataFrames, atomic CSV/Parquet writing)."""

from .schema import TABLES, Column
from .writer import FORMATS, to_frame, write_tables

__all__ = ["FORMATS", "TABLES", "Column", "to_frame", "write_tables"]
