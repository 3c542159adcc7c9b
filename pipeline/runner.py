"""Batch runs: read inputs, process each record, stream the rows into the tables.

A record whose processing fails becomes a row of ``errors`` (stage ``process``) and the
batch goes on; so does a file or record that cannot be read (stage ``read``).

Memory stays flat: records are read lazily, each record's rows go straight into a
``TableSink`` (written in chunks), and no Doc outlives its record. With ``workers > 1``
batches of records go to a process pool (forked on Linux from the process that loaded
the ``Language``; elsewhere spawned, each worker loading it once in its initializer) and
the rows come back in input order, so the tables are the same bytes whatever the number
of workers. A worker that dies costs only the record it died on (an ``errors`` row),
never the run.
"""

from __future__ import annotations

import gc
import logging
import marshal
import multiprocessing
import numbers
import os
import signal
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack, contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tqdm import tqdm
from tqdm.contrib.logging import logging_redirect_tqdm

from .errors import PipelineError, message
from .reader import ReadIssue, Record, discover_files, holds_records, memory_source, read_file, read_value
from .resources import check_output_path
from .reader.records import display_safe
from .tables.columns import (
    COLUMN_NAMES,
    Columns,
    column_rows,
    merge_columns,
    to_columns,
)
from .tables.schema import CHUNK_ROWS, FORMATS, table_formats

if TYPE_CHECKING:
    from typing import TypeAlias

    import pandas as pd
    from spacy.language import Language

    #: What a run reads: files or folders, or records in memory (``reader.read_value``).
    Inputs: TypeAlias = str | Path | Iterable[str | Path] | pd.DataFrame | dict[str, Any] | list[dict[str, Any]]

logger = logging.getLogger(__name__)

Rows = dict[str, list[dict[str, Any]]]
Process = Callable[[Record, "Language"], Rows]

#: Records sent to a worker at a time: large enough to amortize sending them, small enough
#: that the progress bar moves and in-flight rows stay few.
BATCH_RECORDS = 8
#: Records per spaCy memory zone, and records run before the first zone (see ``MemoryZones``).
ZONE_RECORDS = 1000


@dataclass
class RunResult:
    """What a run produced: the kept tables (empty with ``keep=False``), the files written,
    rows per table and mentions per label (for the summary, also when nothing is kept)."""

    tables: dict[str, pd.DataFrame]
    written: list[Path] = field(default_factory=list)
    row_counts: dict[str, int] = field(default_factory=dict)
    label_counts: dict[str, int] = field(default_factory=dict)

    @property
    def n_errors(self) -> int:
        return self.row_counts.get("errors", 0)


def run(
    inputs: Inputs,
    out: str | Path | None = None,
    *,
    formats: str | Iterable[str] = FORMATS,
    dictionaries: str | Path | None = None,
    segmenter: str = "jieba",
    progress: bool = False,
    workers: int = 1,
) -> dict[str, pd.DataFrame]:
    """Run the pipeline over files/folders, or over records in memory (a DataFrame with a row per
    record, a record dict, a list of them); return the tables (and write them to ``out``)."""
    return run_batch(
        inputs, out, formats=formats, dictionaries=dictionaries, segmenter=segmenter, progress=progress, workers=workers
    ).tables


def run_batch(
    inputs: Inputs,
    out: str | Path | None = None,
    *,
    formats: str | Iterable[str] = FORMATS,
    dictionaries: str | Path | None = None,
    segmenter: str = "jieba",
    progress: bool = False,
    workers: int = 1,
    keep: bool = True,
    chunk_rows: int = CHUNK_ROWS,
    batch_records: int = BATCH_RECORDS,
    process: Process | None = None,
) -> RunResult:
    """Stream every record of ``inputs`` through ``process`` into the tables.

    ``keep=False`` writes without holding the tables (the CLI); ``process`` (default
    ``process_record``) must be a module-level function when ``workers > 1``. It gets the
    batch Language: no spaCy spans and no lexical attributes (``load``'s ``span_views`` and
    ``lexical_attributes`` off), since no table reads them.
    """
    # imported here, not at the top: worker processes import this module and need no pandas
    from .tables.manifest import build_manifest, previous_tables
    from .tables.sink import TableSink
    from .tables.staging import remove_stale_tables

    formats = table_formats(formats)
    workers = check_workers(workers)
    if out is not None:
        check_output_path(out)
    if isinstance(inputs, Iterator):  # a generator of paths or of records: looked at before it is read
        inputs = list(inputs)
    if holds_records(inputs):
        items = unique_ids(read_value(inputs))
        sources: list[Path] | str = memory_source(inputs)
    else:
        sources = discover_files(inputs)  # user mistakes (missing paths) fail here, before any work
        items = read_items(sources)
    labels: Counter[str] = Counter()
    batches = batched(items, batch_records)
    # the Language is loaded (and bad dictionaries reported) before any output is opened
    # no table reads spaCy spans or lexical attributes: the batch Language does not make them
    # (same tables, faster)
    language = {
        "dictionaries": str(dictionaries) if dictionaries else None,
        "segmenter": segmenter,
        "span_views": False,
        "lexical_attributes": False,
    }
    with _processor(language, workers, process) as process_batches:
        manifest = None if out is None else build_manifest(  # after the load, which checked the dictionaries
            inputs=sources,
            dictionaries=dictionaries,
            segmenter=segmenter,
            engine="local",
            formats=formats,
        )
        # the bar only where someone watches it (a terminal: disable=None), not in a log file;
        # with several files it says which one the run is in (records have no total up front)
        file_number = {display_safe(str(path)): i for i, path in enumerate(sources, 1)} if isinstance(sources, list) else {}
        previous = previous_tables(Path(out)) if out is not None else []  # before the sink replaces the manifest
        with TableSink(out, formats, keep=keep, chunk_rows=chunk_rows, manifest=manifest) as sink:
            with progress_bar(progress) as bar:
                for _, columns in process_batches(batches):
                    for row in column_rows("errors", columns.get("errors", [])):
                        report_error(row)
                    if "mentions" in columns:
                        labels.update(label for label in columns["mentions"][_LABEL] if label is not None)
                    sink.add_columns(columns)
                    if len(file_number) > 1 and (sources_done := columns.get("records", [[]] * (_SOURCE + 1))[_SOURCE]):
                        bar.set_postfix_str(f"file {file_number.get(sources_done[-1], '?')}/{len(file_number)}", refresh=False)
                    bar.update(len(columns["records"][0]) if "records" in columns else 0)  # as the summary's records:
    if out is not None:
        remove_stale_tables(Path(out), previous, sink.written, sources if isinstance(sources, list) else ())
    return RunResult(sink.tables() if keep else {}, sink.written, dict(sink.row_counts), dict(sorted(labels.items())))


@contextmanager
def progress_bar(progress: bool) -> Iterator[tqdm]:
    """The run's bar of records written, only where someone watches it (a terminal: tqdm's
    ``disable=None``), not in a log file; while it is shown, log lines go through ``tqdm.write``,
    each on a line of its own rather than after the bar's text."""
    with tqdm(unit="record", disable=None if progress else True, leave=False) as bar:
        with nullcontext() if bar.disable else logging_redirect_tqdm():
            yield bar


def check_workers(workers: object) -> int:
    """``workers`` as an ``int``; E220 unless it is a whole number of at least 1
    (``numpy.int64(2)`` is; ``"2"``, ``2.0`` and ``True`` are not)."""
    if not isinstance(workers, numbers.Integral) or isinstance(workers, bool) or workers < 1:
        raise PipelineError("E220", workers=workers)
    return int(workers)


class MemoryZones:
    """Runs batches inside spaCy memory zones of about ``size`` records each, after a
    warm-up of about ``warm_up`` records outside any zone.

    spaCy interns every new token text for good; over a corpus that is most of the memory
    growth. Strings interned inside a zone are freed when it closes, so memory stays flat
    however many records stream through (the rows are plain values and outlive it). Why
    not one zone per record: spaCy would then rebuild the lexemes of common words for
    every record. Measured on 1,000 xywy records (tokenizer alone, jieba): zones of 50
    records 3.0 s, of 250 2.2 s, of 1,000 1.75 s; peak RSS of a 3,000-record run 480 MB
    with zones of 250, 486 MB with zones of 1,000.

    The warm-up records (whole batches, until ``warm_up`` is reached) keep their words:
    the common words of the corpus stay in the vocabulary, so later zones build lexemes
    only for words new to them (rjieba, records 1,001–2,000 of xywy: 44k → 19.6k new
    lexemes, tokenizing 1.57 → 1.2 s). Each process's vocabulary (each worker's) grows by
    its warm-up records' words once, not per zone.
    """

    def __init__(self, nlp: Language, size: int = ZONE_RECORDS, *, warm_up: int = ZONE_RECORDS) -> None:
        self.nlp, self.size = nlp, size
        self._zone: ExitStack | None = None
        self._records = 0
        self._warm_up = warm_up

    def process(self, batch: list[Record | ReadIssue], process: Process | None = None) -> list[Rows]:
        if self._warm_up > 0:
            self._warm_up -= len(batch)
            return [process_item(item, self.nlp, process) for item in batch]
        if self._zone is None:
            self._zone = ExitStack()
            self._zone.enter_context(self.nlp.memory_zone())
        rows = [process_item(item, self.nlp, process) for item in batch]
        self._records += len(batch)
        if self._records >= self.size:
            self.close()
        return rows

    def close(self) -> None:
        if self._zone is not None:
            self._zone.close()
        self._zone, self._records = None, 0


def process_item(item: Record | ReadIssue, nlp: Language, process: Process | None = None) -> Rows:
    """One read item → its rows; a ReadIssue or a failing record becomes an ``errors`` row."""
    if isinstance(item, ReadIssue):
        return {"errors": [vars_of(item)]}
    if process is None:
        from .process import process_record as process
    try:
        return process(item, nlp)
    except Exception as exc:  # one broken record never sinks the batch
        reason = f"{type(exc).__name__}: {exc}"
        logger.debug("record %s failed", item.record_id, exc_info=True)
        issue = ReadIssue(item.source, item.record_id, "process", message("E030", stage="process", reason=reason))
        return {"errors": [vars_of(issue)]}


def vars_of(issue: ReadIssue) -> dict[str, str | None]:
    return {"file": issue.file, "record_id": issue.record_id, "stage": issue.stage, "message": issue.message}


def read_items(files: list[Path]) -> Iterator[Record | ReadIssue]:
    """Every record of ``files`` in order, each with an id of its own (``unique_ids``)."""
    return unique_ids(item for path in files for item in read_file(path))


def unique_ids(items: Iterable[Record | ReadIssue]) -> Iterator[Record | ReadIssue]:
    """``items`` in order; a record_id used before in the run gets the first ``#2``, ``#3`` …
    suffix that is not in use either (with a warning), so ``record_id`` joins the tables
    reliably: ids ``a, a, a#2`` become ``a, a#2, a#2#2``."""
    used: set[str] = set()
    tried: Counter[str] = Counter()  # suffixes tried per id: n copies of an id cost n look-ups, not n²
    for item in items:
        if isinstance(item, Record):
            record_id = item.record_id
            while record_id in used:
                tried[item.record_id] += 1
                record_id = f"{item.record_id}#{tried[item.record_id] + 1}"
            if record_id != item.record_id:
                logger.warning("%s: record id %s is used again; this one is %s", item.source, item.record_id, record_id)
                item = replace(item, record_id=record_id)
            used.add(record_id)
        yield item


def batched(items: Iterator[Record | ReadIssue], size: int) -> Iterator[list[Record | ReadIssue]]:
    while batch := list(islice(items, size)):
        yield batch


Batches = Iterator[list[Record | ReadIssue]]
#: A processed batch: how many records it had, and their rows as columns.
Processed = tuple[int, Columns]
#: Where ``label`` is among the mention columns (for the summary's counts).
_LABEL = COLUMN_NAMES["mentions"].index("label")
#: Where ``source`` is among the records columns (for the progress bar's file number).
_SOURCE = COLUMN_NAMES["records"].index("source")


@contextmanager
def _processor(
    language: dict[str, Any], workers: int, process: Process | None
) -> Iterator[Callable[[Batches], Iterator[Processed]]]:
    """A function: batches → each batch's size and rows (as columns), in input order; run in
    this process or in a pool of ``workers`` processes. ``language`` are ``load``'s
    arguments."""
    if workers <= 1:
        from .language import load

        nlp = load(**language)
        zones = MemoryZones(nlp)
        try:
            yield lambda batches: ((len(batch), to_columns(zones.process(batch, process))) for batch in batches)
        finally:
            zones.close()
        return
    with _WorkerPool(workers, language, process) as pool:
        yield pool.rows_of


class _WorkerPool:
    """A ``ProcessPoolExecutor`` that survives a worker dying (a crash in compiled
    code, the out-of-memory killer). A dead worker breaks the whole pool, so every batch in
    flight fails with it: the pool is restarted, the oldest of those batches is done again
    one record per task, and the others are resubmitted whole. A record that kills its
    worker when alone becomes an ``errors`` row (E223); the run goes on."""

    def __init__(self, workers: int, language: dict[str, Any], process: Process | None) -> None:
        self.workers, self.initargs = workers, (language, process)
        method = worker_start_method()
        if method == "fork":  # bad dictionaries raise here, before any worker starts
            _worker["inherited"] = (language, _load(language))
            gc.freeze()  # the workers' collector then never visits (and so copies) its objects
        try:
            self.pool = self._start(method)
            try:
                # one empty task per worker, so that all start (and load the Language) at once;
                # a failure every worker shares (bad dictionaries) raises here
                for probe in [self.pool.submit(_work, []) for _ in range(workers)]:
                    probe.result()
            except BaseException:
                self.pool.shutdown(wait=True, cancel_futures=True)
                raise
        finally:
            _worker.pop("inherited", None)  # the workers have their copy; restarts spawn
            gc.unfreeze()

    def __enter__(self) -> _WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)

    def _start(self, method: str) -> ProcessPoolExecutor:
        context = multiprocessing.get_context(method)
        return ProcessPoolExecutor(self.workers, mp_context=context, initializer=_init_worker, initargs=self.initargs)

    def _restart(self) -> None:
        """A new pool after a worker died: spawned, as by then this process runs threads
        (the pool's, Arrow's) that a fork would copy in whatever state they are."""
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool = self._start("spawn")

    def _submit(self, batch: list[Record | ReadIssue]) -> Future[Any]:
        """The batch's future; a pool that broke since the last result fails it, like the
        batches that were running, rather than raising here."""
        try:
            return self.pool.submit(_work, batch)
        except BrokenProcessPool as exc:
            failed: Future[Any] = Future()
            failed.set_exception(exc)
            return failed

    def rows_of(self, batches: Batches) -> Iterator[Processed]:
        """Each batch's size and rows, in input order; at most two batches in flight per
        worker, so memory stays bounded."""
        pending: deque[tuple[list[Record | ReadIssue], Future[Any]]] = deque()
        for batch in batches:
            pending.append((batch, self._submit(batch)))
            if len(pending) >= 2 * self.workers:
                yield self._result(pending)
        while pending:
            yield self._result(pending)

    def _result(self, pending: deque[tuple[list[Record | ReadIssue], Future[Any]]]) -> Processed:
        batch, future = pending.popleft()
        try:
            return len(batch), _unpack(future.result())
        except BrokenProcessPool:
            self._restart()
            columns = merge_columns([self._alone(item) for item in batch])
            for i, (waiting, _) in enumerate(pending):  # they died with the pool
                pending[i] = (waiting, self._submit(waiting))
            return len(batch), columns

    def _alone(self, item: Record | ReadIssue) -> Columns:
        try:
            return _unpack(self._submit([item]).result())
        except BrokenProcessPool:
            self._restart()
            logger.debug("a worker died on record %s", getattr(item, "record_id", ""))
            file = item.source if isinstance(item, Record) else item.file
            return to_columns([{"errors": [vars_of(ReadIssue(file, item.record_id, "process", message("E223")))]}])


#: How many new container objects (dicts, lists, tuples …) start a collection of the youngest
#: generation in a process the pipeline owns; Python's default is 700. A record makes thousands
#: of them (rows, entities, offsets) and none in a cycle, so each collection finds nothing to
#: free: at 700, they took 5 % of a run's CPU time (``collect_less``).
YOUNG_GENERATION_THRESHOLD = 50_000


def collect_less() -> None:
    """Let Python's cyclic garbage collector run less often, in the CLI and its worker
    processes only: a caller's own process keeps its settings. Memory is freed by reference
    counting either way; the older generations keep their default thresholds."""
    _, middle, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_GENERATION_THRESHOLD, middle, oldest)


def worker_start_method() -> str:
    """How worker processes start: forked on Linux, where they inherit the Language the
    main process loaded just before (no imports and no second load per worker: 2 × ~2.5 s
    of CPU on a 2-core machine, 4 % of a corpus run); spawned elsewhere (macOS and Windows
    fork unsafely or not at all), where each worker imports and loads it itself."""
    return "fork" if sys.platform.startswith("linux") else "spawn"


#: The worker process's Language and per-record function, set once by ``_init_worker``;
#: ``inherited`` holds, in the main process while forking, the Language the workers take.
_worker: dict[str, Any] = {}


def _load(language: dict[str, Any]) -> Language:
    from .language import load

    return load(**language)


def _init_worker(language: dict[str, Any], process: Process | None) -> None:
    # Ctrl-C reaches the whole process group: the main process alone stops the run (and
    # removes its temporary tables), the workers print no tracebacks of their own
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    exit_with_parent()
    collect_less()
    _worker["process"] = process
    inherited = _worker.pop("inherited", None)
    try:
        nlp = inherited[1] if inherited and inherited[0] == language else _load(language)
        _worker["zones"] = MemoryZones(nlp)
    except Exception as exc:  # raised by the first task instead: a failing initializer breaks the pool
        _worker["failure"] = exc


#: How often a worker process looks whether the process that started it is still there.
PARENT_POLL_SECONDS = 1.0


def exit_with_parent() -> None:
    """In a worker process, a daemon thread that ends the process once its parent is gone. Why:
    a main process killed outright (``kill -9``, the out-of-memory killer) cannot stop its
    workers, and they would wait for tasks for ever, each holding its Language (~230 MB), as
    orphans of init. Its parent's id changes then (to init's or a subreaper's): polled, as no
    signal says so on every system. Nothing is started outside a worker process."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch(pid: int | None) -> None:
        while os.getppid() == pid:
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(1)  # no cleanup to do: what the worker holds dies with it

    threading.Thread(target=watch, args=(parent.pid,), name="exit-with-parent", daemon=True).start()


def _work(batch: list[Record | ReadIssue]) -> bytes | Columns:
    if "failure" in _worker:
        raise _worker["failure"]
    return _pack(to_columns(_worker["zones"].process(batch, _worker["process"])))


def _pack(columns: Columns) -> bytes | Columns:
    """The batch's rows (as columns) as ``marshal`` bytes, which the pool then sends as they
    are: the values are plain strings and numbers, and marshal writes and reads them in a
    fraction of the time pickle takes (rows of 1,000 xywy records, in a worker and the main
    process together: pickled dicts 1.1 s, marshalled columns 0.25 s). Both ends are the
    same Python, as marshal needs. Values marshal cannot write (a custom ``process``'s own
    types) go back as they are, pickled."""
    try:
        return marshal.dumps(columns)
    except ValueError:
        return columns


def _unpack(packed: bytes | Columns) -> Columns:
    return marshal.loads(packed) if isinstance(packed, bytes) else packed


def report_error(row: dict[str, str | None]) -> None:
    where = f"{row['file']} [{row['record_id']}]" if row["record_id"] else row["file"]
    logger.error("%s", row["message"] if row["file"] in row["message"] else f"{where}: {row['message']}")
