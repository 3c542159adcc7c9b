"""Stage 1: read disease records of any reasonable JSON shape into plain ``Record`` values."""

from .records import (
    ReadIssue,
    Record,
    Section,
    discover_files,
    iter_records,
    read_file,
    readable_records,
)

__all__ = ["ReadIssue", "Record", "Section", "discover_files", "iter_records", "read_file", "readable_records"]
