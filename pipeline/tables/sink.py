"""Streaming table output: rows arrive a batch at a time (as columns), tables are written in chunks.

Why: a corpus of thousands of records must not be held in memory as rows or Docs. Each
table is written to a temporary file in the output folder (Parquet row groups, CSV
appends) and, only when the whole run succeeded, renamed over the previous table
(``os.replace``: atomic on one file system). A crash leaves the previous tables and no
temporary files behind (a run killed outright leaves its temporary files to the next run in
that folder: ``staging``). A table's buffer is written once it holds ``chunk_rows`` rows or more,
at the end of the batch that filled it; batches are the same whatever the number of workers,
so the output is the same bytes.

The files are written by one background thread, in the order the chunks were made: Arrow's
Parquet and CSV writers release the GIL, so while a chunk is encoded and written the records
after it are processed (about 2 s of an 8,000-record run that a single process no longer
waits for). A write that fails is raised when the next chunk is handed over, or at exit,
and nothing is committed.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, BinaryIO

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import PipelineError
from ..resources import make_output_folder, replace_files
from .columns import COLUMN_NAMES, Columns, n_rows, to_columns
from .manifest import manifest_bytes
from .schema import CHUNK_ROWS, TABLES
from .staging import create_new, recover_interrupted, staging_name
from .writer import FORMATS, columns_to_arrow, to_frame, write_csv_table

#: ``manifest.json`` as a (table, format) key of the temporary files: it is renamed into
#: place with the tables, all or nothing.
_MANIFEST_KEY = ("manifest", "json")
#: Chunks handed to the writer thread and not yet written: enough to keep it busy, few
#: enough that memory stays flat if the disk is slower than the processing.
PENDING_WRITES = 4


class TableSink:
    """Collects rows per table; writes them under ``out`` (if given) and/or keeps frames.

    Use as a context manager: tables are committed on a clean exit, discarded on error.
    With ``manifest`` (``pipeline.tables.manifest``), ``manifest.json`` is written with them.
    """

    def __init__(
        self,
        out: str | Path | None,
        formats: Sequence[str] = FORMATS,
        *,
        keep: bool = True,
        chunk_rows: int = CHUNK_ROWS,
        manifest: Mapping[str, object] | None = None,
    ) -> None:
        self.out = Path(out) if out is not None else None
        self.formats = list(formats)
        self.keep = keep
        self.chunk_rows = chunk_rows
        self.manifest = manifest if out is not None else None
        self.row_counts = {table: 0 for table in TABLES}
        self._buffers: Columns = {table: _no_rows(table) for table in TABLES}
        self._kept: dict[str, list[pd.DataFrame]] = {table: [] for table in TABLES}
        self._temporary: dict[tuple[str, str], str] = {}
        self._parquet: dict[str, pq.ParquetWriter] = {}
        self._csv: dict[str, BinaryIO] = {}
        self._writer: ThreadPoolExecutor | None = None
        self._pending: deque[Future[None]] = deque()
        self.written: list[Path] = []

    def __enter__(self) -> TableSink:
        if self.out is not None:
            try:
                make_output_folder(self.out)
                recover_interrupted(self.out)
                for table in TABLES:
                    for fmt in self.formats:
                        name = self._temporary[table, fmt] = staging_name(self.out, table, fmt)
                        create_new(name)
                if self.manifest is not None:
                    name = self._temporary[_MANIFEST_KEY] = staging_name(self.out, *_MANIFEST_KEY)
                    create_new(name)
            except BaseException as exc:  # also Ctrl-C or kill arriving now: no __exit__ would follow
                self._discard()
                if isinstance(exc, OSError):
                    raise PipelineError("E012", path=self.out, reason=exc.strerror or exc) from exc
                raise
        return self

    def add(self, rows_by_table: Mapping[str, Iterable[Mapping[str, Any]]]) -> None:
        """Add one record's rows (``process_record``'s output)."""
        self.add_columns(to_columns([rows_by_table]))

    def add_columns(self, columns_by_table: Columns) -> None:
        """Add rows as columns (``pipeline.tables.columns``): what the runner sends a batch as."""
        for table, columns in columns_by_table.items():
            buffer = self._buffers[table]
            for values, more in zip(buffer, columns, strict=True):
                values.extend(more)
            if n_rows(buffer) >= self.chunk_rows:
                self._flush(table)

    def tables(self) -> dict[str, pd.DataFrame]:
        """The kept tables (``keep=True``), in schema order and dtypes."""
        return {
            table: pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0] if frames else to_frame(table, [])
            for table, frames in self._kept.items()
        }

    def __exit__(self, exc_type: object, exc: object, traceback: object) -> None:
        if exc_type is not None:
            self._discard()
            return
        try:
            for table in TABLES:
                self._flush(table, final=True)
            self._wait_for_writes()
            pairs = [(name, self.out / f"{table}.{fmt}") for (table, fmt), name in self._temporary.items()]  # type: ignore[operator]
            try:
                self._close_handles()  # writes the Parquet footers and the CSV buffers' last bytes
                if self.manifest is not None:
                    with open(self._temporary[_MANIFEST_KEY], "wb") as handle:
                        handle.write(manifest_bytes(self.manifest, self.row_counts))
                replace_files(pairs)
            except OSError as exc:
                raise PipelineError("E012", path=self.out, reason=exc.strerror or exc) from exc
            self.written += [target for _, target in pairs]
            self._temporary.clear()
        finally:
            self._discard()

    def _flush(self, table: str, *, final: bool = False) -> None:
        buffer = self._buffers[table]
        if not n_rows(buffer) and not (final and self.row_counts[table] == 0):
            return
        arrow = columns_to_arrow(table, buffer)
        self._buffers[table] = _no_rows(table)
        self.row_counts[table] += arrow.num_rows
        if self.keep:
            self._kept[table].append(arrow.to_pandas())
        if self.out is None or not self.formats:
            return
        if self._writer is None:
            self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="table-writer")
        while self._pending and (self._pending[0].done() or len(self._pending) >= PENDING_WRITES):
            self._pending.popleft().result()  # raises a write that failed
        self._pending.append(self._writer.submit(self._write, table, arrow))

    def _write(self, table: str, arrow: pa.Table) -> None:
        """Append one chunk to the table's files (in the writer thread, one chunk at a time)."""
        try:
            self._append(table, arrow)
        except OSError as exc:  # a full disk, a folder gone: the user's to fix, not a bug
            raise PipelineError("E012", path=self.out, reason=exc.strerror or exc) from exc

    def _append(self, table: str, arrow: pa.Table) -> None:
        if "parquet" in self.formats:
            writer = self._parquet.get(table)
            if writer is None:
                writer = self._parquet[table] = pq.ParquetWriter(self._temporary[table, "parquet"], arrow.schema)
            writer.write_table(arrow)
        if "csv" in self.formats:
            handle = self._csv.get(table)
            first = handle is None
            if handle is None:
                handle = self._csv[table] = open(self._temporary[table, "csv"], "wb")
            write_csv_table(handle, arrow, header=first)

    def _wait_for_writes(self) -> None:
        """Let the writer thread finish; raise the first write that failed."""
        try:
            while self._pending:
                self._pending.popleft().result()
        finally:
            self._stop_writer()

    def _stop_writer(self) -> None:
        if self._writer is not None:
            self._writer.shutdown(wait=True, cancel_futures=True)
            self._writer = None
        self._pending.clear()

    def _close_handles(self) -> None:
        """Close every file, even when one fails to (then raise the first failure)."""
        handles: list[pq.ParquetWriter | BinaryIO] = [*self._parquet.values(), *self._csv.values()]
        self._parquet.clear()
        self._csv.clear()
        failures = []
        for handle in handles:
            try:
                handle.close()
            except OSError as exc:
                failures.append(exc)
        if failures:
            raise failures[0]

    def _discard(self) -> None:
        try:
            self._stop_writer()
            self._close_handles()
        finally:
            for name in self._temporary.values():
                if os.path.exists(name):
                    os.unlink(name)
            self._temporary.clear()


def _no_rows(table: str) -> list[list[Any]]:
    return [[] for _ in COLUMN_NAMES[table]]
