import os

import pandas as pd
import pytest

from pipeline.tables import TABLES, to_frame, write_tables

ROW = {"record_id": "r1", "field": "symptom_data/symptoms", "value": "干咳"}


def test_frames_have_the_schema_columns_and_dtypes_even_when_empty():
    for table, columns in TABLES.items():
        frame = to_frame(table, [])
        assert list(frame.columns) == [c.name for c in columns]
        assert [str(t) for t in frame.dtypes] == [c.dtype for c in columns]


def test_csv_and_parquet_round_trip_with_types(tmp_path):
    rows = [{"record_id": "r1", "disease": "甲病", "source": "a.json", "n_sections": 2, "n_chars": 30, "n_mentions": None}]
    write_tables({"records": to_frame("records", rows)}, tmp_path)
    parquet = pd.read_parquet(tmp_path / "records.parquet")
    assert str(parquet["n_sections"].dtype) == "Int64" and parquet["n_mentions"].isna().all()
    assert pd.read_csv(tmp_path / "records.csv")["disease"].tolist() == ["甲病"]


def test_a_crash_while_writing_keeps_the_previous_table_and_leaves_no_temp_file(tmp_path, monkeypatch):
    write_tables({"record_fields": to_frame("record_fields", [ROW])}, tmp_path, ["csv"])
    before = (tmp_path / "record_fields.csv").read_bytes()

    def explode(self, path, *args, **kwargs):
        with open(path, "w") as handle:
            handle.write("record_id,fie")  # half a table…
        raise OSError("disk full")

    monkeypatch.setattr(pd.DataFrame, "to_csv", explode)
    with pytest.raises(OSError, match="disk full"):
        write_tables({"record_fields": to_frame("record_fields", [ROW, ROW])}, tmp_path, ["csv"])
    assert (tmp_path / "record_fields.csv").read_bytes() == before
    assert os.listdir(tmp_path) == ["record_fields.csv"]
