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

    def explode(handle, arrow, *, header):
        handle.write(b"record_id,fie")  # half a table…
        raise OSError("disk full")

    monkeypatch.setattr("pipeline.tables.writer.write_csv_table", explode)
    with pytest.raises(OSError, match="disk full"):
        write_tables({"record_fields": to_frame("record_fields", [ROW, ROW])}, tmp_path, ["csv"])
    assert (tmp_path / "record_fields.csv").read_bytes() == before
    assert os.listdir(tmp_path) == ["record_fields.csv"]


AWKWARD_FREQUENCIES = [
    {"record_id": "r1", "disease": "POEMS综合征", "section": "诊断/症状", "subject": "色素沉着", "quantity": "93%",
     "numerator": 7, "denominator": 13, "pct_reported": 93, "pct_low": 0.00001, "pct_high": 1234567890123.5,
     "approx": True, "consistent": False, "evidence": '含逗号,引号"和\n换行', "start": 0, "end": 3},
    {"record_id": "r2", "disease": "甲病", "section": "a", "subject": "肠套叠", "subject_label": "disease", "subtype": "Ⅱ型",
     "quantity": "2%~5%", "pct_low": 2.0, "pct_high": 5,
     "pct_computed": float("nan"), "approx": False, "start": 10, "end": 15},
]


def _write_csv(path, *chunks, header=True):
    from pipeline.tables.writer import write_csv_table

    with open(path, "wb") as handle:
        for i, chunk in enumerate(chunks):
            write_csv_table(handle, chunk, header=header and i == 0)
    return path.read_text(encoding="utf-8")


def test_csv_written_in_chunks_reads_back_as_the_frame(tmp_path):
    from pipeline.tables import read_table
    from pipeline.tables.writer import to_arrow

    text = _write_csv(
        tmp_path / "frequencies.csv", to_arrow("frequencies", AWKWARD_FREQUENCIES[:1]), to_arrow("frequencies", AWKWARD_FREQUENCIES[1:])
    )
    assert text.startswith("record_id,disease,section,")
    assert '"含逗号,引号""和\n换行"' in text
    pd.testing.assert_frame_equal(read_table(tmp_path / "frequencies.csv"), to_frame("frequencies", AWKWARD_FREQUENCIES))


def test_csv_quotes_strings_and_leaves_numbers_bare(tmp_path):
    from pipeline.tables.writer import to_arrow

    rows = [{"record_id": 17, "field": "gaishu_info/age", "value": 3}]
    text = _write_csv(tmp_path / "r.csv", to_arrow("record_fields", rows))
    assert text == 'record_id,field,value\n"17","gaishu_info/age","3"\n'
    frequency = {"record_id": "r1", "quantity": "93%", "numerator": 7, "pct_reported": 93.0, "approx": True, "start": 0, "end": 3}
    row = _write_csv(tmp_path / "f.csv", to_arrow("frequencies", [frequency]), header=False)
    assert row == '"r1",,,,,,,"93%",7,,93,,,,true,,,,,,,,0,3\n'  # subtype is the 7th column


def test_a_nan_is_an_empty_cell(tmp_path):
    from pipeline.tables.writer import to_arrow

    row = _write_csv(tmp_path / "f.csv", to_arrow("frequencies", AWKWARD_FREQUENCIES[1:]), header=False)
    assert "nan" not in row and ",2,5,," in row


def test_a_carriage_return_in_a_value_is_quoted_so_pandas_reads_the_row_whole(tmp_path):
    from pipeline.tables.writer import to_arrow

    rows = [{"record_id": "r1", "field": "desc", "value": "第一行\r第二行"}, {"record_id": "r2", "field": "a", "value": "b"}]
    _write_csv(tmp_path / "r.csv", to_arrow("record_fields", rows))
    assert '"第一行\r第二行"'.encode() in (tmp_path / "r.csv").read_bytes()
    assert pd.read_csv(tmp_path / "r.csv")["value"].tolist() == ["第一行\r第二行", "b"]


def test_a_string_repeated_on_many_rows_is_written_on_each(tmp_path):
    from pipeline.tables import read_table
    from pipeline.tables.writer import to_arrow

    sentence = '他说"发热,咳嗽"。'
    rows = [{"record_id": f"r{i}", "field": "f", "value": sentence if i % 2 else None} for i in range(4)]
    text = _write_csv(tmp_path / "record_fields.csv", to_arrow("record_fields", rows))
    assert text.count('"他说""发热,咳嗽""。"') == 2
    pd.testing.assert_frame_equal(read_table(tmp_path / "record_fields.csv"), to_frame("record_fields", rows))


def test_awkward_numbers_read_back_exactly(tmp_path):
    from pipeline.tables import read_table
    from pipeline.tables.writer import to_arrow

    rows = [
        {"record_id": "r1", "quantity": "x", "pct_low": 1e16, "pct_high": -0.0, "pct_computed": 5e-324,
         "numerator": 2**62, "denominator": -3, "approx": True, "start": 0, "end": 1},
        {"record_id": "r2", "quantity": " 两端有空格 ", "pct_low": float("inf"), "pct_high": 1234567890123.5,
         "pct_computed": 0.1 + 0.2, "start": 0, "end": 1},
    ]
    _write_csv(tmp_path / "frequencies.csv", to_arrow("frequencies", rows))
    back = read_table(tmp_path / "frequencies.csv")
    pd.testing.assert_frame_equal(back, to_frame("frequencies", rows))
    assert back["pct_computed"][1] == 0.1 + 0.2 and back["quantity"][1] == " 两端有空格 "


def test_a_one_column_row_with_nothing_in_it_is_not_a_blank_line(tmp_path):
    import pyarrow as pa

    text = _write_csv(tmp_path / "x.csv", pa.table({"x": pa.array([None, "a", ""], pa.string())}))
    assert text == 'x\n""\n"a"\n""\n'
    assert len(pd.read_csv(tmp_path / "x.csv")) == 3


def test_tables_written_at_once_quote_a_carriage_return_too(tmp_path):
    rows = [{"record_id": "r1", "field": "desc", "value": "第一行\r第二行"}]
    write_tables({"record_fields": to_frame("record_fields", rows)}, tmp_path, ["csv"])
    assert pd.read_csv(tmp_path / "record_fields.csv")["value"].tolist() == ["第一行\r第二行"]


def test_read_table_gives_the_same_frame_from_csv_and_parquet_a_real_na_included(tmp_path):
    from pipeline.tables import read_table

    rows = [
        {"record_id": "r1", "disease": "流行性感冒", "section": "病因", "start": 5, "end": 7, "text": "NA",
         "label": "test", "canonical": "神经氨酸酶", "source": "abbreviation:text", "nested": False,
         "assertion": "present", "modifier": "present", "about": None, "cue": None, "sentence": "神经氨酸酶(NA)"},
    ]
    write_tables({"mentions": to_frame("mentions", rows)}, tmp_path)
    from_csv, from_parquet = read_table(tmp_path / "mentions.csv"), read_table(tmp_path / "mentions.parquet")
    pd.testing.assert_frame_equal(from_csv, from_parquet)
    assert from_csv.loc[0, "text"] == "NA" and pd.isna(from_csv.loc[0, "about"])


def test_the_seed_tables_read_back_the_same_from_both_formats(tmp_path, seed_path):
    import pipeline
    from pipeline.tables import read_table

    pipeline.run(seed_path, out=tmp_path)
    for table in TABLES:
        pd.testing.assert_frame_equal(read_table(tmp_path / f"{table}.csv"), read_table(tmp_path / f"{table}.parquet"))


def test_errors_of_whole_files_read_back_the_same_from_both_formats(tmp_path):
    import pipeline
    from pipeline.tables import read_table

    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "broken.json").write_text("{not json", encoding="utf-8")
    (inputs / "empty.json").write_text("", encoding="utf-8")
    pipeline.run(inputs, out=tmp_path / "out")
    from_csv, from_parquet = read_table(tmp_path / "out" / "errors.csv"), read_table(tmp_path / "out" / "errors.parquet")
    pd.testing.assert_frame_equal(from_csv, from_parquet)
    assert from_parquet["record_id"].isna().all()  # no record is known: missing, not ""


def test_write_tables_checks_its_formats(tmp_path):
    from pipeline.errors import PipelineError

    frames = {"errors": to_frame("errors", [])}
    with pytest.raises(PipelineError, match=r"\[E013\]"):
        write_tables(frames, tmp_path, ["xlsx"])
    assert not list(tmp_path.iterdir())
    assert [p.name for p in write_tables(frames, tmp_path, "csv")] == ["errors.csv"]  # a string, not letters


def test_read_table_says_what_it_cannot_read(tmp_path, seed_path):
    import shutil

    import pipeline
    from pipeline.errors import PipelineError
    from pipeline.tables import read_table

    pipeline.run(seed_path, out=tmp_path)
    with pytest.raises(PipelineError, match=r"\[E015\].*nope\.csv"):
        read_table(tmp_path / "nope.csv")
    shutil.copy(tmp_path / "mentions.csv", tmp_path / "my_mentions.csv")
    with pytest.raises(PipelineError, match=r"\[E014\].*my_mentions\.csv.*table=") as error:
        read_table(tmp_path / "my_mentions.csv")
    assert "mentions" in str(error.value)  # the tables it could be
    expected = read_table(tmp_path / "mentions.csv")
    pd.testing.assert_frame_equal(read_table(tmp_path / "my_mentions.csv", table="mentions"), expected)
    shutil.copy(tmp_path / "mentions.csv", tmp_path / "UPPER.CSV")
    pd.testing.assert_frame_equal(read_table(tmp_path / "UPPER.CSV", table="mentions"), expected)
    with pytest.raises(PipelineError, match=r"\[E014\]"):
        read_table(tmp_path / "records.csv", table="no_such_table")


def test_a_header_cell_that_needs_quotes_gets_them(tmp_path):
    import pyarrow as pa

    text = _write_csv(tmp_path / "x.csv", pa.table({"a,b": ["1"], 'c"d': ["2"], "e": ["3"]}))
    assert text.splitlines()[0] == '"a,b","c""d",e'
    assert pd.read_csv(tmp_path / "x.csv").columns.tolist() == ["a,b", 'c"d', "e"]
