"""What a killed run leaves in the output folder is cleaned up by the next run there."""

import os
import subprocess
import sys

import pandas as pd
import pytest

from pipeline.resources import run_tag
from pipeline.tables.schema import TABLES
from pipeline.tables.sink import TableSink
from pipeline.tables.staging import (
    COMMITTING,
    commit_partitioned,
    partitioned_staging,
    recover_interrupted,
    remove_stale_tables,
    staging_name,
)

pytestmark = pytest.mark.skipif(os.name == "nt", reason="Windows cannot ask whether a process lives: nothing is recovered there")

RECORD = {"record_id": "r1", "disease": "肺结核", "source": "a.json", "n_sections": 1, "n_chars": 4, "n_mentions": 0}
HOST = run_tag().rpartition("-")[0]


def dead_run() -> str:
    """The tag of a run of this host that has ended (process ids are not reused this soon)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return f"{HOST}-{child.pid}"


def names(folder):
    return sorted(p.name for p in folder.iterdir())


def test_a_dead_runs_temporary_tables_are_removed_and_other_files_kept(tmp_path):
    dead = dead_run()
    (tmp_path / f".mentions.csv.{dead}.0a1b2c3d.tmp").write_text("half a table")
    (tmp_path / f".mentions.csv.{run_tag()}.0a1b2c3d.tmp").write_text("this run's")  # alive
    (tmp_path / f".mentions.csv.otherhost-{dead.rpartition('-')[2]}.0a1b2c3d.tmp").write_text("a shared folder")
    (tmp_path / f".notes.txt.{dead}.0a1b2c3d.tmp").write_text("not a table of ours")
    recover_interrupted(tmp_path)
    assert names(tmp_path) == sorted(
        [f".mentions.csv.{run_tag()}.0a1b2c3d.tmp", f".mentions.csv.otherhost-{dead.rpartition('-')[2]}.0a1b2c3d.tmp",
         f".notes.txt.{dead}.0a1b2c3d.tmp"]
    )


def test_a_run_killed_while_renaming_is_completed_never_half_old(tmp_path):
    dead = dead_run()
    # killed after moving records.csv aside and before moving mentions.csv aside
    (tmp_path / f".records.csv.{dead}.old").write_text("old records")
    (tmp_path / "mentions.csv").write_text("old mentions")
    (tmp_path / f".records.csv.{dead}.0000aaaa.tmp").write_text("new records")
    (tmp_path / f".mentions.csv.{dead}.0000bbbb.tmp").write_text("new mentions")
    recover_interrupted(tmp_path)
    assert names(tmp_path) == ["mentions.csv", "records.csv"]
    assert (tmp_path / "records.csv").read_text() == "new records"
    assert (tmp_path / "mentions.csv").read_text() == "new mentions"


def test_an_old_table_with_nothing_to_replace_it_is_put_back(tmp_path):
    dead = dead_run()
    (tmp_path / f".records.csv.{dead}.old").write_text("old records")  # its run failed putting it back
    (tmp_path / "mentions.csv").write_text("mentions")
    (tmp_path / f".mentions.csv.{dead}.old").write_text("older mentions")
    recover_interrupted(tmp_path)
    assert names(tmp_path) == ["mentions.csv", "records.csv"]
    assert (tmp_path / "records.csv").read_text() == "old records"
    assert (tmp_path / "mentions.csv").read_text() == "mentions"


def test_temporary_tables_carry_the_host_and_process_id(tmp_path):
    name = os.path.basename(staging_name(tmp_path, "labs", "parquet"))
    assert name.startswith(f".labs.parquet.{HOST}-{os.getpid()}.") and name.endswith(".tmp")


def test_a_run_after_a_killed_one_leaves_only_the_tables(tmp_path):
    killed = dead_run()
    for name in ("records.parquet", "labs.csv"):
        (tmp_path / f".{name}.{killed}.a1b2c3d4.tmp").write_bytes(b"half a table")
    with TableSink(tmp_path, ["csv", "parquet"]) as sink:
        sink.add({"records": [RECORD]})
    assert not [name for name in names(tmp_path) if name.startswith(".")]
    assert pd.read_parquet(tmp_path / "records.parquet")["disease"].tolist() == ["肺结核"]


def table_folder(folder, text):
    """A partitioned table: a folder holding one part (its text says which run wrote it)."""
    folder.mkdir(parents=True)
    (folder / "part-00000.parquet").write_text(text)
    return folder


def part_text(folder):
    return (folder / "part-00000.parquet").read_text()


def test_a_dead_dask_runs_unfinished_tables_are_deleted_and_a_live_ones_kept(tmp_path):
    dead = dead_run()
    table_folder(tmp_path / f".dask-tables.{dead}.0a1b2c3d" / "records", "half a table")
    live = partitioned_staging(tmp_path)
    table_folder(tmp_path / "records", "previous")
    recover_interrupted(tmp_path)
    assert names(tmp_path) == sorted([live.name, "records"])
    assert part_text(tmp_path / "records") == "previous"


def test_a_dask_run_killed_while_moving_its_tables_is_completed_never_half_old(tmp_path):
    staging = tmp_path / f".dask-tables.{dead_run()}.0a1b2c3d"
    # killed after moving records into place and before moving mentions
    table_folder(staging / "previous-records", "old records")
    table_folder(tmp_path / "records", "new records")
    table_folder(tmp_path / "mentions", "old mentions")
    table_folder(staging / "mentions", "new mentions")
    (staging / COMMITTING).touch()
    recover_interrupted(tmp_path)
    assert names(tmp_path) == ["mentions", "records"]
    assert (part_text(tmp_path / "mentions"), part_text(tmp_path / "records")) == ("new mentions", "new records")


def test_committing_partitioned_tables_replaces_them_all_and_leaves_no_folder(tmp_path):
    table_folder(tmp_path / "records", "old records")
    staging = partitioned_staging(tmp_path)
    for table in TABLES:
        table_folder(staging / table, f"new {table}")
    moved = commit_partitioned(staging, tmp_path)
    assert [path.name for path in moved] == list(TABLES) and names(tmp_path) == sorted(TABLES)
    assert part_text(tmp_path / "records") == "new records"


def test_a_move_that_fails_puts_the_previous_tables_back(tmp_path, monkeypatch):
    table_folder(tmp_path / "records", "old records")
    table_folder(tmp_path / "mentions", "old mentions")
    staging = partitioned_staging(tmp_path)
    for table in TABLES:
        table_folder(staging / table, f"new {table}")
    rename = type(tmp_path).rename

    def failing_rename(self, target):
        if self.name == "mentions" and self.parent == staging:
            raise OSError(28, "No space left on device")
        return rename(self, target)

    monkeypatch.setattr(type(tmp_path), "rename", failing_rename)
    with pytest.raises(OSError):
        commit_partitioned(staging, tmp_path)
    assert names(tmp_path) == sorted([staging.name, "mentions", "records"])
    assert (part_text(tmp_path / "records"), part_text(tmp_path / "mentions")) == ("old records", "old mentions")
    assert not (staging / COMMITTING).exists()  # nothing for a later run to complete


def test_tables_the_run_before_wrote_and_this_one_did_not_are_deleted(tmp_path):
    # UX review (2026-12-04): a CSV-only run left the earlier run's Parquet files beside its CSV;
    # code review: only what that run's manifest names, never an input nor a folder of the user's
    for name in ("records.csv", "records.parquet", "mentions.parquet", "labs.csv", "input.csv", "manifest.json"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "symptoms").mkdir()  # a dask run's partitioned table
    (tmp_path / "symptoms" / "part-00000.parquet").write_text("x", encoding="utf-8")
    (tmp_path / "errors").mkdir()  # empty: the user's
    previous = [tmp_path / n for n in ("records.parquet", "mentions.parquet", "symptoms", "errors", "input.csv")]
    removed = remove_stale_tables(tmp_path, previous, [tmp_path / "records.csv", tmp_path / "manifest.json"], [tmp_path / "input.csv"])
    assert sorted(p.name for p in removed) == ["mentions.parquet", "records.parquet", "symptoms"]
    assert names(tmp_path) == ["errors", "input.csv", "labs.csv", "manifest.json", "records.csv"]  # labs.csv: no run named it
