"""Batch runs: read inputs, process each record, collect rows, write the tables.

A record whose processing fails becomes a row of ``errors`` (stage ``process``) and the
batch goes on; so does a file or record that cannot be read (stage ``read``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from .errors import message
from .language import load
from .process import process_record
from .reader import ReadIssue, discover_files, read_file
from .tables import FORMATS, TABLES, to_frame, write_tables

logger = logging.getLogger(__name__)


@dataclass
class RunResult:
    tables: dict[str, pd.DataFrame]
    written: list[Path] = field(default_factory=list)

    @property
    def n_errors(self) -> int:
        return len(self.tables["errors"])


def run(
    inputs: str | Path | Iterable[str | Path],
    out: str | Path | None = None,
    *,
    formats: Iterable[str] = FORMATS,
    dictionaries: str | Path | None = None,
    progress: bool = False,
) -> dict[str, pd.DataFrame]:
    """Run the pipeline over files/folders; return the tables (and write them to ``out``)."""
    return run_batch(inputs, out, formats=formats, dictionaries=dictionaries, progress=progress).tables


def run_batch(
    inputs: str | Path | Iterable[str | Path],
    out: str | Path | None = None,
    *,
    formats: Iterable[str] = FORMATS,
    dictionaries: str | Path | None = None,
    progress: bool = False,
) -> RunResult:
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    files = discover_files(inputs)  # user mistakes (missing paths) fail here, before any work
    nlp = load(dictionaries)
    rows: dict[str, list[dict]] = {table: [] for table in TABLES}
    bar = tqdm(unit="record", disable=not progress, leave=False)
    for path in files:
        for item in read_file(path):
            if isinstance(item, ReadIssue):
                _report(item)
                rows["errors"].append(vars_of(item))
                continue
            try:
                record_rows = process_record(item, nlp)
            except Exception as exc:  # one broken record never sinks the batch
                reason = f"{type(exc).__name__}: {exc}"
                issue = ReadIssue(item.source, item.record_id, "process", message("E030", stage="process", reason=reason))
                logger.debug("record %s failed", item.record_id, exc_info=True)
                _report(issue)
                rows["errors"].append(vars_of(issue))
                continue
            for table, table_rows in record_rows.items():
                rows[table].extend(table_rows)
            bar.update(1)
    bar.close()
    tables = {table: to_frame(table, table_rows) for table, table_rows in rows.items()}
    written = write_tables(tables, Path(out), formats) if out is not None else []
    return RunResult(tables, written)


def vars_of(issue: ReadIssue) -> dict[str, str]:
    return {"file": issue.file, "record_id": issue.record_id, "stage": issue.stage, "message": issue.message}


def _report(issue: ReadIssue) -> None:
    where = f"{issue.file} [{issue.record_id}]" if issue.record_id else issue.file
    logger.error("%s", issue.message if issue.file in issue.message else f"{where}: {issue.message}")
