"""TableSink: rows in record by record, tables out in chunks, committed atomically."""

import os
import random
import time

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline.errors import PipelineError
from pipeline.tables import TABLES
from pipeline.tables.sink import TableSink
from pipeline.tables.writer import write_csv_table

FIELDS = [{"record_id": f"r{i}", "field": "symptom_data/symptoms", "value": value} for i, value in enumerate(["干咳", "发热", "乏力", "盗汗", "咯血"])]
RECORD = {"record_id": "r1", "disease": "肺结核", "source": "a.json", "n_sections": 2, "n_chars": 30, "n_mentions": None}


def write(out, chunk_rows, **kwargs):
    with TableSink(out, chunk_rows=chunk_rows, **kwargs) as sink:
        for row in FIELDS:  # one record's rows at a time, as the runner adds them
            sink.add({"record_fields": [row]})
        sink.add({"records": [RECORD]})
    return sink


def test_chunks_of_two_rows_give_the_same_tables_as_one_chunk(tmp_path):
    chunked = write(tmp_path / "chunked", chunk_rows=2)
    whole = write(tmp_path / "whole", chunk_rows=1000)
    for table in TABLES:
        left = pd.read_parquet(tmp_path / "chunked" / f"{table}.parquet")
        pd.testing.assert_frame_equal(left, pd.read_parquet(tmp_path / "whole" / f"{table}.parquet"))
        assert (tmp_path / "chunked" / f"{table}.csv").read_bytes() == (tmp_path / "whole" / f"{table}.csv").read_bytes()
        pd.testing.assert_frame_equal(chunked.tables()[table], whole.tables()[table])
    assert pd.read_csv(tmp_path / "chunked" / "record_fields.csv")["value"].tolist() == ["干咳", "发热", "乏力", "盗汗", "咯血"]
    assert chunked.row_counts["record_fields"] == 5 and chunked.row_counts["errors"] == 0


def test_keep_false_writes_without_holding_frames(tmp_path):
    sink = write(tmp_path, chunk_rows=2, keep=False)
    assert all(len(frame) == 0 for frame in sink.tables().values())
    assert len(pd.read_parquet(tmp_path / "record_fields.parquet")) == 5


def test_without_out_the_tables_are_only_kept(tmp_path):
    sink = write(None, chunk_rows=2)
    assert sink.written == [] and sink.tables()["record_fields"]["value"].tolist()[-1] == "咯血"


def test_an_error_inside_keeps_the_previous_tables_and_no_temp_file(tmp_path):
    write(tmp_path, chunk_rows=2, formats=["csv"])
    before = {name: (tmp_path / name).read_bytes() for name in os.listdir(tmp_path)}
    with pytest.raises(RuntimeError):
        with TableSink(tmp_path, ["csv"], chunk_rows=2) as sink:
            sink.add({"record_fields": FIELDS})
            raise RuntimeError("crash mid-run")
    assert {name: (tmp_path / name).read_bytes() for name in os.listdir(tmp_path)} == before


def test_a_table_that_cannot_be_replaced_leaves_every_previous_table(tmp_path, monkeypatch):
    write(tmp_path, chunk_rows=1000)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    real = os.replace

    def fail_on_mentions(source, target):  # the new mentions table cannot be put in place
        if str(source).endswith(".tmp") and str(target).endswith("mentions.parquet"):
            raise PermissionError(1, "Operation not permitted")
        real(source, target)

    monkeypatch.setattr(os, "replace", fail_on_mentions)
    with pytest.raises(PipelineError, match="cannot write to output directory .*not permitted"), TableSink(tmp_path) as sink:
        sink.add({"records": [{**RECORD, "disease": "肺炎"}]})
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_a_rewritten_table_keeps_the_permissions_of_the_old_one(tmp_path):
    write(tmp_path, chunk_rows=1000)
    (tmp_path / "records.csv").chmod(0o600)
    write(tmp_path, chunk_rows=1000)
    assert (tmp_path / "records.csv").stat().st_mode & 0o777 == 0o600


def test_a_write_that_fails_in_the_writer_thread_is_raised_and_nothing_is_committed(tmp_path, monkeypatch):
    write(tmp_path, chunk_rows=1000)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def disk_full(handle, arrow, *, header):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("pipeline.tables.sink.write_csv_table", disk_full)
    with pytest.raises(PipelineError, match="cannot write to output directory .*No space left"):
        write(tmp_path, chunk_rows=2)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_chunks_are_written_in_order_however_many_wait_for_the_writer(tmp_path, monkeypatch):
    rows = [{"record_id": f"r{i}", "field": "f", "value": str(i)} for i in range(50)]
    real_write, delays = write_csv_table, random.Random(0)

    def slow_and_uneven(handle, arrow, *, header):  # later chunks would overtake a parallel writer
        time.sleep(delays.choice([0, 0.002, 0.01]))
        real_write(handle, arrow, header=header)

    monkeypatch.setattr("pipeline.tables.sink.write_csv_table", slow_and_uneven)
    with TableSink(tmp_path, ["csv", "parquet"], chunk_rows=1) as sink:
        for row in rows:  # 50 one-row chunks: more than the writer thread is ever given at once
            sink.add({"record_fields": [row]})
    assert pd.read_parquet(tmp_path / "record_fields.parquet")["value"].tolist() == [str(i) for i in range(50)]
    assert pd.read_csv(tmp_path / "record_fields.csv")["value"].tolist() == list(range(50))


def test_an_interrupt_while_the_temporary_tables_are_created_leaves_none(tmp_path, monkeypatch):
    created = []

    def interrupted_on_the_third(name):
        if len(created) == 2:
            raise KeyboardInterrupt  # Ctrl-C (or kill, as SystemExit) before the with-block begins
        open(name, "x").close()
        created.append(name)

    monkeypatch.setattr("pipeline.tables.sink.create_new", interrupted_on_the_third)
    with pytest.raises(KeyboardInterrupt), TableSink(tmp_path):
        pass
    assert len(created) == 2 and list(tmp_path.iterdir()) == []


def test_a_footer_that_cannot_be_written_is_e012_and_every_file_is_closed(tmp_path, monkeypatch):
    closed = []
    real_close = pq.ParquetWriter.close

    def full_disk(self):
        real_close(self)
        closed.append(self)
        if len(closed) == 1:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(pq.ParquetWriter, "close", full_disk)
    with pytest.raises(PipelineError, match="cannot write to output directory .*No space left"):
        write(tmp_path, chunk_rows=1000)
    assert len(closed) == len(TABLES)  # the other writers were closed too
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_is_raised_when_the_next_chunk_is_handed_over(tmp_path, monkeypatch):
    calls = []

    def disk_full(handle, arrow, *, header):
        calls.append(header)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("pipeline.tables.sink.write_csv_table", disk_full)
    with pytest.raises(PipelineError), TableSink(tmp_path, ["csv"], chunk_rows=1) as sink:
        sink.add({"record_fields": [FIELDS[0]]})
        for _ in range(200):  # the failure is raised by one of the next chunks (not 4 later at best)
            if calls:
                time.sleep(0.05)
                sink.add({"record_fields": [FIELDS[1]]})
                pytest.fail("the failed write was not raised")  # pragma: no cover
            time.sleep(0.01)
    assert list(tmp_path.iterdir()) == []
