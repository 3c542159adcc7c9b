"""Temporary table files, and what a killed run leaves of them.

Tables are written to hidden temporary files in the output folder and renamed into place
only when a run succeeds (``TableSink``, ``write_tables``, through ``resources.replace_files``).
A run killed outright (``kill -9``, a power cut) cannot clean up after itself. The names
carry the run's host and process id (``resources.run_tag``), so the next run in that folder
tells a dead run's files (this host, no such process) from those of a run still going, and:

* a dead run that was still writing left incomplete tables: its temporary files are deleted;
* a dead run that had begun renaming (it left ``.old`` files, the previous tables it moved
  aside) had finished every table: its renaming is completed, so the folder holds all of its
  tables, never some new and some old. Then its ``.old`` files are deleted; one with no new
  table to replace it is put back instead.

``--engine dask`` writes its Parquet parts to a hidden folder, ``.dask-tables.<host>-<pid>.<random>``
(``partitioned_staging``), and moves each ``<table>/`` folder into place at the end
(``commit_partitioned``), after leaving a ``COMMITTING`` mark in it. The next run deletes a
dead run's folder, or completes its moves if the mark is there: the Parquet folders are then
all the dead run's, never some new and some old.

Files of another host's runs (a shared network folder) and, on Windows (no way to ask whether
a process lives), all files are left alone.
"""

from __future__ import annotations

import logging
import os
import re
import secrets
import shutil
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from ..resources import mode_for, run_tag
from .schema import FORMATS, TABLES

logger = logging.getLogger(__name__)

_TABLE_FILE = "|".join([*(re.escape(f"{table}.{fmt}") for table in TABLES for fmt in FORMATS), re.escape("manifest.json")])
#: ``.<table>.<format>.<host>-<pid>.<random>.tmp`` (``staging_name``) and
#: ``.<table>.<format>.<host>-<pid>.old`` (``resources.aside_path``); ``manifest.json`` is
#: staged and renamed with the tables (``pipeline.tables.manifest``).
_LEFT_BEHIND = re.compile(
    rf"\.(?P<name>{_TABLE_FILE})\.(?P<host>[0-9A-Za-z]+)-(?P<pid>\d+)(?:\.(?P<token>[0-9a-f]+)\.tmp|\.old)"
)

#: ``.dask-tables.<host>-<pid>.<random>`` (``partitioned_staging``).
_PARTITIONED = re.compile(r"\.dask-tables\.(?P<host>[0-9A-Za-z]+)-(?P<pid>\d+)\.[0-9a-f]+")
#: Left in a partitioned staging folder before its tables are moved into place.
COMMITTING = "COMMITTING"


def staging_name(out: Path, table: str, fmt: str) -> str:
    """A name for a new temporary file of ``<table>.<fmt>`` in ``out``, marked with this run.
    Record it before creating the file (``create_new``), so that an interrupt between the two
    never leaves a file nobody knows of."""
    return str(out / f".{table}.{fmt}.{run_tag()}.{secrets.token_hex(4)}.tmp")


def create_new(name: str) -> None:
    """Create the empty file ``name``, readable by this user only; fail if it exists."""
    os.close(os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def partitioned_staging(out: Path) -> Path:
    """A new folder in ``out`` for this run's partitioned tables (``<folder>/<table>/part-*``)."""
    folder = out / f".dask-tables.{run_tag()}.{secrets.token_hex(4)}"
    folder.mkdir(mode=0o700)
    return folder


def commit_partitioned(folder: Path, out: Path) -> list[Path]:
    """Move every ``<table>/`` of ``folder`` (``partitioned_staging``) to ``out/<table>``, the
    previous one into ``folder``, then delete ``folder``. The ``COMMITTING`` mark goes first, so
    that the next run completes the moves of a run killed among them. A move that fails puts
    the previous tables back and raises."""
    (folder / COMMITTING).touch()
    try:
        moved = _move_partitioned(folder, out)
    except OSError:
        _put_back_partitioned(folder, out)
        raise
    shutil.rmtree(folder, ignore_errors=True)
    return moved


def _put_back_partitioned(folder: Path, out: Path) -> None:
    """After a move failed: every previous table back in place, the new ones back in
    ``folder``; the mark goes last (a run killed meanwhile is completed instead)."""
    for table in TABLES:
        previous, target = folder / f"previous-{table}", out / table
        try:
            if previous.is_dir():
                if target.exists():
                    target.rename(folder / table)
                previous.rename(target)
        except OSError as exc:
            logger.warning("%s: could not put the previous %s table back: %s", out, table, exc)
            return
    (folder / COMMITTING).unlink(missing_ok=True)


def _move_partitioned(folder: Path, out: Path) -> list[Path]:
    """Two renames per table still in ``folder``: the previous table aside, the new one in."""
    moved = []
    for table in TABLES:
        new, target = folder / table, out / table
        if not new.is_dir():  # moved before the run was killed
            continue
        if target.exists():
            target.rename(folder / f"previous-{table}")
        new.rename(target)
        moved.append(target)
    return moved


#: A file of a partitioned table folder (``<table>/part-00000.parquet``).
_PART = re.compile(r"part-\d+\.parquet")


def remove_stale_tables(out: Path, previous: list[Path], written: list[Path], inputs: Iterable[Path] = ()) -> list[Path]:
    """Delete the tables the run before wrote in ``out`` (``previous``: what its manifest names,
    ``manifest.previous_tables``) that this run, which wrote ``written``, did not: its Parquet
    files when this one wrote CSV only, its ``<table>.parquet`` files when ``--engine dask``
    wrote ``<table>/`` (and the other way round). Otherwise ``pd.read_parquet`` reads an
    earlier run's rows beside the new CSV files. Never one of this run's ``inputs``, nor a
    folder holding anything but ``part-*.parquet`` files (or nothing): those are the user's.
    Returns what was deleted; one that cannot be deleted is logged, not raised: the new tables
    are in place. (Two runs writing into one folder at once are not supported: each may delete
    what the other wrote.)"""
    kept = {path.name for path in written} | {str(path.resolve()) for path in inputs}
    removed = []
    for path in previous:
        if path.name in kept or str(path.resolve()) in kept or path.is_symlink():
            continue
        try:
            if path.is_file():
                path.unlink()
            elif path.is_dir() and (parts := list(path.iterdir())) and all(_PART.fullmatch(part.name) for part in parts):
                shutil.rmtree(path)
            else:
                continue
        except OSError as exc:
            logger.warning("%s: could not delete %s of an earlier run: %s", out, path.name, exc)
            continue
        removed.append(path)
    if removed:
        logger.info("%s: deleted %s of the run before (this run wrote the others)", out, ", ".join(p.name for p in removed))
    return removed


def recover_interrupted(out: Path) -> None:
    """Clean up after the dead runs of this host in ``out`` (see the module's docstring)."""
    host, _, _ = run_tag().rpartition("-")
    runs: dict[int, list[tuple[Path, re.Match[str]]]] = defaultdict(list)
    folders: dict[int, list[Path]] = defaultdict(list)
    for path in sorted(out.iterdir()):
        found = _LEFT_BEHIND.fullmatch(path.name)
        if found is not None and found["host"] == host:
            runs[int(found["pid"])].append((path, found))
        found = _PARTITIONED.fullmatch(path.name)
        if found is not None and found["host"] == host:
            folders[int(found["pid"])].append(path)
    for pid in sorted(runs.keys() | folders.keys()):
        if _alive(pid):
            continue
        try:
            if any(path.suffix == ".old" for path, _ in runs[pid]):
                _finish_renaming(out, runs[pid])
            elif runs[pid]:
                for path, _ in runs[pid]:
                    path.unlink(missing_ok=True)
                logger.info("%s: removed %d temporary tables of an interrupted run", out, len(runs[pid]))
            for folder in folders[pid]:
                if (folder / COMMITTING).exists():
                    _move_partitioned(folder, out)
                    logger.warning("%s: completed the moves of the Parquet tables of a run killed while moving them", out)
                shutil.rmtree(folder)
        except OSError as exc:  # a read-only folder, a file another run just took
            logger.warning("%s: could not clean up after an interrupted run: %s", out, exc)


def _finish_renaming(out: Path, files: list[tuple[Path, re.Match[str]]]) -> None:
    """Put every finished table of a run killed while renaming in place, then drop the
    previous tables it had moved aside."""
    olds = {found["name"]: path for path, found in files if path.suffix == ".old"}
    for path, found in files:
        if path.suffix == ".tmp":
            target = out / found["name"]
            old = olds.get(found["name"])
            os.chmod(path, mode_for(old if old is not None else target))
            os.replace(path, target)
    for name, old in olds.items():
        if (out / name).exists():
            old.unlink()
        else:  # no new table to take its place (a run that failed putting the old ones back)
            os.replace(old, out / name)
    logger.warning("%s: completed the renaming of the tables of a run that was killed while renaming them", out)


def _alive(pid: int) -> bool:
    if pid == os.getpid() or os.name == "nt":  # Windows has no signal 0: os.kill would end the process
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # another user's process (or a pid this system cannot check): leave it
    return True
