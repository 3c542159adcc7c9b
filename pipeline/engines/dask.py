"""``--engine dask``: the per-record function on a ``dask.distributed`` cluster.

Why: a corpus larger than one machine's cores. Batches of records are sent to the
workers (a ``LocalCluster`` by default, or an existing scheduler), each worker process loads
the ``Language`` once and runs each batch in a spaCy memory zone (its threads take turns),
and the rows come back to this process, which writes one Parquet part per batch and table
(with ``parquet`` among the formats): ``<out>/<table>/part-00000.parquet`` …,
readable as one table with ``pd.read_parquet(out / table)``. Parts are numbered in input
order, so the concatenated tables equal the local engine's. CSV tables are written as by
the local engine, one ``<out>/<table>.csv`` each (identical files). Needs the optional
dependency ``dask[distributed]``.
"""

from __future__ import annotations

import logging
import shutil
import threading
from collections import Counter, deque
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
from tqdm import tqdm

from .. import runner
from ..errors import PipelineError
from ..lexicon.loader import load_lexicon
from ..reader import ReadIssue, Record, discover_files
from ..resources import check_output_path, dictionary_dir, make_output_folder
from ..runner import (
    MemoryZones,
    Rows,
    RunResult,
    batched,
    check_workers,
    progress_bar,
    read_items,
    report_error,
)
from ..tables import TABLES, table_formats
from ..tables.manifest import MANIFEST, build_manifest, manifest_bytes, previous_tables, write_manifest
from ..tables.sink import TableSink
from ..tables.staging import (
    COMMITTING,
    commit_partitioned,
    partitioned_staging,
    recover_interrupted,
    remove_stale_tables,
)
from ..tables.writer import to_arrow

#: Records per task: fewer, larger parts than the local engine's batches.
DASK_BATCH_RECORDS = 100


def run_dask(
    inputs: str | Path | Iterable[str | Path],
    out: str | Path,
    *,
    dictionaries: str | Path | None = None,
    segmenter: str = "jieba",
    scheduler: str | None = None,
    workers: int = 2,
    batch_records: int = DASK_BATCH_RECORDS,
    progress: bool = False,
    formats: str | Sequence[str] = ("parquet",),
) -> RunResult:
    """Process ``inputs`` on dask and write the tables under ``out``: partitioned Parquet
    (``parquet``) and/or one CSV file per table (``csv``)."""
    formats = table_formats(formats)
    workers = check_workers(workers)
    check_output_path(out)
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise PipelineError("E221") from exc
    files = discover_files(inputs)
    directory = dictionary_dir(dictionaries)
    if not directory.is_dir():
        raise PipelineError("E026", path=directory)
    load_lexicon(directory)  # a bad file: one line here, not a worker's traceback
    manifest = build_manifest(
        inputs=files,
        dictionaries=dictionaries,
        segmenter=segmenter,
        engine="dask",
        formats=formats,
    )
    logging.getLogger("distributed").setLevel(logging.WARNING)  # its INFO lines would bury the summary
    out = Path(out)
    try:
        make_output_folder(out)
        recover_interrupted(out)
        previous = previous_tables(out)  # what the run before wrote, by its manifest
        staging = partitioned_staging(out)
    except OSError as exc:
        raise PipelineError("E012", path=out, reason=exc.strerror or exc) from exc
    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    try:
        client = Client(scheduler or cluster)
    except (OSError, TimeoutError) as exc:  # no scheduler at that address
        if cluster is not None:
            cluster.close()
        shutil.rmtree(staging, ignore_errors=True)
        raise PipelineError("E225", address=scheduler, reason=exc) from exc
    counts = {table: 0 for table in TABLES}
    labels: Counter[str] = Counter()
    parquet = "parquet" in formats
    csv_formats = [fmt for fmt in formats if fmt == "csv"]
    try:
        with client, TableSink(out, csv_formats, keep=False) as csv_tables:
            in_flight = 2 * max(len(client.scheduler_info().get("workers", {})), 1)
            pending: deque[Any] = deque()
            with progress_bar(progress) as bar:
                part = 0

                def collect(batch_rows: list[Rows]) -> int:
                    if csv_formats:
                        for rows in batch_rows:
                            csv_tables.add(rows)
                    return _write_part(batch_rows, staging if parquet else None, part, counts, labels, bar)

                for batch in batched(read_items(files), batch_records):
                    pending.append(client.submit(process_batch, batch, str(dictionaries) if dictionaries else None, segmenter, pure=False))
                    if len(pending) >= in_flight:
                        part = collect(pending.popleft().result())
                while pending:
                    part = collect(pending.popleft().result())
                if part == 0 and parquet:  # no records: still one empty part per table, with the schema
                    _write_part([], staging, part, counts, labels, bar)
            # the tables are committed in steps (CSV, then each Parquet folder), the manifest last:
            # a run failing or killed among the steps leaves no manifest rather than a wrong one
            try:
                (out / MANIFEST).unlink(missing_ok=True)
            except OSError as exc:
                raise PipelineError("E012", path=out, reason=exc.strerror or exc) from exc
        # the CSV tables are in place once the sink is left; only then the Parquet folders
        try:
            written = csv_tables.written + (commit_partitioned(staging, out) if parquet else [])
            written.append(write_manifest(out, manifest_bytes(manifest, counts)))  # last: it describes the tables in place
            remove_stale_tables(out, previous, written, files)
        except OSError as exc:
            raise PipelineError("E012", path=out, reason=exc.strerror or exc) from exc
    finally:
        if not (staging / COMMITTING).exists():  # else tables could not be put back: the next run completes the moves
            shutil.rmtree(staging, ignore_errors=True)
        if cluster is not None:
            cluster.close()
    return RunResult({}, written, counts, dict(sorted(labels.items())))


def process_batch(batch: list[Record | ReadIssue], dictionaries: str | None, segmenter: str = "jieba") -> list[Rows]:
    """The task run on a dask worker: the local engine's per-record function, per batch, in
    the worker's spaCy memory zones as a local worker runs them (``runner.MemoryZones``: the
    first ~1,000 records keep their words, then zones of ~1,000 records; the rows are plain
    values and outlive them), so a worker's memory stays flat however many batches it runs,
    without rebuilding the common words' lexemes for every batch."""
    with _LANGUAGE_LOCK:
        return _zones(dictionaries, segmenter).process(batch)


#: A dask worker may run tasks in several threads; they take turns on its one Language
#: (the work holds the GIL anyway), so a memory zone never closes under another task's Doc.
_LANGUAGE_LOCK = threading.Lock()


@cache
def _zones(dictionaries: str | None, segmenter: str) -> MemoryZones:
    """One Language per worker process, loaded by its first task, without span views and
    lexical attributes as in the local engine (no table reads them), and its memory zones."""
    from ..language import load

    records = runner.ZONE_RECORDS
    return MemoryZones(load(dictionaries, segmenter, span_views=False, lexical_attributes=False), records, warm_up=records)


def _write_part(
    batch_rows: list[Rows], staging: Path | None, part: int, counts: dict[str, int], labels: Counter[str], bar: tqdm
) -> int:
    """Count and report a batch's rows, and write them as Parquet part ``part`` unless
    ``staging`` is None (no Parquet asked for)."""
    for table in TABLES:
        rows = [row for rows in batch_rows for row in rows.get(table, ())]
        if staging is not None:
            (staging / table).mkdir(exist_ok=True)
            pq.write_table(to_arrow(table, rows), staging / table / f"part-{part:05d}.parquet")
        counts[table] += len(rows)
        if table == "errors":
            for row in rows:
                report_error(row)
        if table == "mentions":
            labels.update(row["label"] for row in rows)
    bar.update(sum(len(rows.get("records", ())) for rows in batch_rows))  # as the summary's records:
    return part + 1

