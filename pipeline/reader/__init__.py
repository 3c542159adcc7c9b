"""Stage 1: read disease records of any reasonable JSON shape into plain ``Record`` values."""

from .records import (
    ReadIssue,
    Record,
    Section,
    discover_files,
    holds_records,
    iter_records,
    memory_source,
    read_file,
    read_value,
    readable_records,
)

__all__ = [
    "ReadIssue", "Record", "Section", "discover_files", "holds_records", "iter_records", "memory_source", "read_file", "read_value", "readable_records",
]
