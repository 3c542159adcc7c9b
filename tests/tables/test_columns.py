import pytest

from pipeline.tables.columns import column_rows, merge_columns, to_columns

R1 = {"records": [{"record_id": "r1", "disease": "甲病", "n_sections": 2, "not_a_column": 1}],
      "record_fields": [{"record_id": "r1", "field": "desc", "value": "头痛"}]}
R2 = {"records": [{"record_id": "r2", "disease": "乙病"}]}


def test_rows_of_several_records_become_columns_in_schema_order():
    columns = to_columns([R1, R2])
    assert columns["records"] == [["r1", "r2"], ["甲病", "乙病"], [None, None], [2, None], [None, None], [None, None]]
    assert columns["record_fields"] == [["r1"], ["desc"], ["头痛"]]


def test_columns_read_back_as_the_rows_with_every_column():
    rows = column_rows("records", to_columns([R2])["records"])
    assert rows == [{"record_id": "r2", "disease": "乙病", "source": None, "n_sections": None, "n_chars": None, "n_mentions": None}]


def test_merged_parts_keep_their_order_and_leave_the_parts_alone():
    first, second = to_columns([R1]), to_columns([R2])
    merged = merge_columns([first, second])
    assert merged["records"][0] == ["r1", "r2"] and merged["record_fields"][2] == ["头痛"]
    assert first["records"][0] == ["r1"]


def test_columns_of_uneven_length_are_an_error_not_a_shifted_table(tmp_path):
    from pipeline.tables.sink import TableSink
    from pipeline.tables.writer import columns_to_arrow

    with pytest.raises(ValueError, match="record_fields"):
        columns_to_arrow("record_fields", [["r1", "r2"], ["f"], ["v1", "v2"]])
    with pytest.raises(ValueError):
        with TableSink(None) as sink:
            sink.add_columns({"record_fields": [["r1"], ["f"]]})  # a column short


def test_rows_with_every_column_and_rows_lacking_some_give_the_same_columns():
    full = {"record_id": "r1", "field": "desc", "value": "头痛"}
    lacking = {"record_id": "r2", "field": "desc"}
    assert to_columns([{"record_fields": [full]}])["record_fields"] == [["r1"], ["desc"], ["头痛"]]
    assert to_columns([{"record_fields": [full, lacking]}])["record_fields"] == [["r1", "r2"], ["desc", "desc"], ["头痛", None]]
    assert to_columns([{"record_fields": []}])["record_fields"] == [[], [], []]


def test_a_mapping_with_defaults_still_reads_a_missing_column_as_missing():
    from collections import defaultdict

    row = defaultdict(lambda: "默认", {"record_id": "r1", "field": "desc"})
    assert to_columns([{"record_fields": [row]}])["record_fields"] == [["r1"], ["desc"], [None]]


def test_every_table_has_several_columns_so_a_rows_values_are_a_tuple():
    """``itemgetter`` of one name gives the value itself, not a 1-tuple: the fast path relies on this."""
    from pipeline.tables.columns import COLUMN_NAMES

    assert min(len(names) for names in COLUMN_NAMES.values()) > 1
