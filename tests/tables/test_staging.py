"""What a killed run leaves in the output folder is cleaned up by the next run there."""

import os
import subprocess
import sys

import pandas as pd

from pipeline.tables.sink import TableSink
from pipeline.tables.staging import recover_interrupted, staging_file

RECORD = {"record_id": "r1", "disease": "肺结核", "source": "a.json", "n_sections": 1, "n_chars": 4, "n_mentions": 0}


def dead_pid() -> int:
    """The id of a process that has exited (ids are not reused this soon)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_dead_runs_temporary_tables_are_removed_and_a_live_runs_are_kept(tmp_path):
    dead, alive = dead_pid(), os.getpid()
    left = tmp_path / f".mentions.csv.{dead}.k3x9q_ab.tmp"
    running = tmp_path / f".mentions.csv.{alive}.zz1y2x3w.tmp"
    mine = tmp_path / f".notes.txt.{dead}.abcdefgh.tmp"  # not a table of ours: never touched
    for path in (left, running, mine):
        path.write_text("partial")
    recover_interrupted(tmp_path)
    assert not left.exists() and running.exists() and mine.exists()


def test_a_table_moved_aside_by_a_dead_run_is_put_back_only_where_it_is_missing(tmp_path):
    dead = dead_pid()
    (tmp_path / f".records.csv.{dead}.old").write_text("previous records")
    (tmp_path / "mentions.csv").write_text("new mentions")
    (tmp_path / f".mentions.csv.{dead}.old").write_text("previous mentions")
    recover_interrupted(tmp_path)
    assert (tmp_path / "records.csv").read_text() == "previous records"
    assert (tmp_path / "mentions.csv").read_text() == "new mentions"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mentions.csv", "records.csv"]


def test_temporary_tables_carry_the_process_id(tmp_path):
    name = os.path.basename(staging_file(tmp_path, "labs", "parquet"))
    assert name.startswith(f".labs.parquet.{os.getpid()}.") and name.endswith(".tmp")


def test_a_run_after_a_killed_one_leaves_only_the_tables(tmp_path):
    killed = dead_pid()
    for name in ("records.parquet", "labs.csv"):
        (tmp_path / f".{name}.{killed}.a1b2c3d4.tmp").write_bytes(b"half a table")
    with TableSink(tmp_path, ["csv", "parquet"]) as sink:
        sink.add({"records": [RECORD]})
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert pd.read_parquet(tmp_path / "records.parquet")["disease"].tolist() == ["肺结核"]
