"""The runner streams rows into the tables, alone or with worker processes."""

import gc
import json
import os
import signal

import pandas as pd
import pytest
import spacy

from pipeline.errors import PipelineError
from pipeline.process import process_record
import pipeline.language
import pipeline.runner
from pipeline.runner import YOUNG_GENERATION_THRESHOLD, _init_worker, run_batch
from pipeline.tables import TABLES, table_formats, to_frame
from pipeline.tables.writer import write_tables
from tests.helpers import MINI_DICTIONARIES

RECORDS = [
    {"id": "r1", "name": "甲病", "desc": "呈弥漫性色素沉着(93%)，并有多毛。", "symptoms": ["多毛", "水肿"]},
    {"id": "r2", "name": "乙病", "desc": "患者无水肿，可伴骨髓瘤。"},
    {"id": "r3", "name": "丙病", "desc": "单克隆γ球蛋白病，IL-1β升高。"},
    {"id": "r4", "name": "丁病", "desc": "全身不适。"},
    {"id": "r5", "name": "戊病", "desc": "骨硬化性骨髓瘤伴色素沉着。"},
]


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [json.dumps(record, ensure_ascii=False) for record in RECORDS]
    (folder / "a.jsonl").write_text("\n".join(lines[:3] + ["{not json"]) + "\n", encoding="utf-8")
    (folder / "b.jsonl").write_text("\n".join(lines[3:]) + "\n", encoding="utf-8")
    return folder


def fail_on_r2(record, nlp):
    """A per-record function that breaks on one record (module level: workers import it)."""
    if record.record_id == "r2":
        raise ValueError("boom")
    return process_record(record, nlp)


def crash_on_r2(record, nlp):
    """A per-record function whose worker dies on one record, as a crash in C code would."""
    if record.record_id == "r2":
        os._exit(3)
    return process_record(record, nlp)


def crash_on_r4(record, nlp):
    if record.record_id == "r4":
        os._exit(3)
    return process_record(record, nlp)


class Tag(str):
    """A str subclass: a value marshal cannot write, as a custom process may return."""


def tagged_disease(record, nlp):
    rows = process_record(record, nlp)
    for row in rows["records"]:
        row["disease"] = Tag(row["disease"])
    return rows


def unlabelled_mentions(record, nlp):
    rows = process_record(record, nlp)
    for row in rows["mentions"]:
        del row["label"]
    return rows


def files_of(folder):
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_streaming_writes_the_same_tables_as_writing_kept_frames_at_once(corpus, tmp_path):
    result = run_batch(corpus, tmp_path / "streamed", dictionaries=MINI_DICTIONARIES, chunk_rows=2)
    write_tables(result.tables, tmp_path / "at_once")
    assert files_of(tmp_path / "streamed").keys() == {*files_of(tmp_path / "at_once").keys(), "manifest.json"}
    for table in TABLES:
        streamed = pd.read_parquet(tmp_path / "streamed" / f"{table}.parquet")
        pd.testing.assert_frame_equal(streamed, result.tables[table])
        assert (tmp_path / "streamed" / f"{table}.csv").read_bytes() == (tmp_path / "at_once" / f"{table}.csv").read_bytes()
    assert result.tables["records"]["record_id"].tolist() == ["r1", "r2", "r3", "r4", "r5"]
    assert result.tables["mentions"]["text"].tolist()[:2] == ["弥漫性色素沉着", "多毛"]
    assert result.row_counts["records"] == 5 and result.n_errors == 1  # the bad JSON line
    assert result.label_counts == result.tables["mentions"]["label"].value_counts().sort_index().to_dict()


def test_without_keep_tables_are_written_but_not_held(corpus, tmp_path):
    result = run_batch(corpus, tmp_path / "out", dictionaries=MINI_DICTIONARIES, keep=False)
    assert result.tables == {}
    assert len(pd.read_parquet(tmp_path / "out" / "records.parquet")) == result.row_counts["records"] == 5


def test_two_workers_write_the_same_bytes_as_one(corpus, tmp_path):
    one = run_batch(corpus, tmp_path / "one", dictionaries=MINI_DICTIONARIES, keep=False)
    two = run_batch(corpus, tmp_path / "two", dictionaries=MINI_DICTIONARIES, keep=False, workers=2, batch_records=1)
    assert files_of(tmp_path / "one") == files_of(tmp_path / "two")
    assert one.row_counts == two.row_counts and one.label_counts == two.label_counts


def test_rows_marshal_cannot_write_still_come_back_from_workers(corpus, tmp_path):
    from pipeline.runner import _pack

    tagged = {"records": [[Tag("甲病")]]}
    assert _pack(tagged) is tagged  # sent pickled, not as marshal bytes
    assert isinstance(_pack({"records": [["甲病"]]}), bytes)
    result = run_batch(corpus, None, dictionaries=MINI_DICTIONARIES, workers=2, process=tagged_disease)
    assert result.tables["records"]["disease"].tolist() == ["甲病", "乙病", "丙病", "丁病", "戊病"]


def test_mentions_without_a_label_are_written_and_not_counted(corpus, tmp_path):
    result = run_batch(corpus, tmp_path / "out", dictionaries=MINI_DICTIONARIES, process=unlabelled_mentions)
    assert result.label_counts == {} and result.row_counts["mentions"] > 0
    assert result.tables["mentions"]["label"].isna().all()


@pytest.mark.parametrize("workers", [1, 2])
def test_a_record_failing_in_a_worker_becomes_an_errors_row(corpus, tmp_path, workers):
    result = run_batch(corpus, None, dictionaries=MINI_DICTIONARIES, workers=workers, process=fail_on_r2)
    errors = result.tables["errors"]
    failed = errors[errors["stage"] == "process"]
    assert failed["record_id"].tolist() == ["r2"]
    assert failed["message"].iloc[0].startswith("[E030]") and "ValueError: boom" in failed["message"].iloc[0]
    assert result.tables["records"]["record_id"].tolist() == ["r1", "r3", "r4", "r5"]


def test_a_record_that_kills_its_worker_becomes_an_errors_row_and_the_rest_is_written(corpus, tmp_path):
    result = run_batch(corpus, None, dictionaries=MINI_DICTIONARIES, workers=2, batch_records=2, process=crash_on_r2)
    failed = result.tables["errors"].query("stage == 'process'")
    assert failed["record_id"].tolist() == ["r2"] and failed["message"].iloc[0].startswith("[E223]")
    assert result.tables["records"]["record_id"].tolist() == ["r1", "r3", "r4", "r5"]


def test_a_worker_dying_while_the_main_process_is_busy_costs_only_its_record(corpus, tmp_path, monkeypatch):
    import time

    from pipeline.tables.sink import TableSink

    add = TableSink.add_columns
    monkeypatch.setattr(TableSink, "add_columns", lambda self, columns: (time.sleep(0.5), add(self, columns)))  # a slow writer
    result = run_batch(corpus, None, dictionaries=MINI_DICTIONARIES, workers=2, batch_records=1, process=crash_on_r4)
    failed = result.tables["errors"].query("stage == 'process'")
    assert failed["record_id"].tolist() == ["r4"]
    assert result.tables["records"]["record_id"].tolist() == ["r1", "r2", "r3", "r5"]


def test_a_failed_run_keeps_the_previous_tables(corpus, tmp_path):
    out = tmp_path / "out"
    run_batch(corpus, out, dictionaries=MINI_DICTIONARIES, formats=["csv"])
    before = files_of(out)
    with pytest.raises(PipelineError):
        run_batch([corpus, tmp_path / "missing"], out, dictionaries=MINI_DICTIONARIES, formats=["csv"])
    with pytest.raises(PipelineError):
        run_batch(corpus, out, dictionaries=tmp_path / "no_dictionaries", formats=["csv"])
    assert files_of(out) == before


@pytest.mark.parametrize("formats", [["xlsx"], "csv,xlsx", [], ""])
def test_an_unknown_format_is_a_usage_error_before_any_output(corpus, tmp_path, formats):
    with pytest.raises(PipelineError) as error:
        run_batch([corpus], tmp_path / "out", formats=formats)
    assert error.value.code == "E013"
    assert not (tmp_path / "out").exists()


def test_format_names_are_read_whatever_their_case():
    # UX review (2026-12-04): --format CSV was refused
    assert table_formats("CSV, Parquet,csv") == ["csv", "parquet"]


def test_a_generator_of_records_is_read_like_a_list():
    records = (record for record in RECORDS)
    assert run_batch(records, dictionaries=MINI_DICTIONARIES).row_counts == run_batch(RECORDS, dictionaries=MINI_DICTIONARIES).row_counts


@pytest.mark.parametrize("inputs", [None, 3, b"records.json", [3], [None, "records.json"], [RECORDS[0], "a.json"], pd.Series(["a.json"])])
def test_inputs_that_are_no_paths_are_a_usage_error(tmp_path, inputs):
    with pytest.raises(PipelineError) as error:
        run_batch(inputs, tmp_path / "out")
    assert error.value.code == "E016"
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("workers", ["2", 0, -1, 2.0, True])
def test_workers_must_be_a_whole_number_of_at_least_one(corpus, tmp_path, workers):
    with pytest.raises(PipelineError) as error:
        run_batch([corpus], tmp_path / "out", workers=workers)
    assert error.value.code == "E220"
    assert repr(workers) in str(error.value)


def test_workers_may_be_a_numpy_integer(corpus, tmp_path):
    import numpy as np

    assert run_batch([corpus], None, workers=np.int64(1)).row_counts["records"] > 0


def test_one_path_is_read_like_a_list_of_one(corpus, tmp_path):
    assert run_batch(str(corpus), None).row_counts == run_batch([corpus], None).row_counts


def test_formats_may_be_given_as_the_command_lines_string(corpus, tmp_path):
    run_batch([corpus], tmp_path / "out", formats="parquet, csv,parquet")
    assert sorted(p.suffix for p in (tmp_path / "out").glob("mentions.*")) == [".csv", ".parquet"]


def test_empty_tables_keep_their_schema(tmp_path):
    (tmp_path / "only_bad.jsonl").write_text("{not json\n", encoding="utf-8")
    result = run_batch(tmp_path / "only_bad.jsonl", tmp_path / "out", dictionaries=MINI_DICTIONARIES)
    assert result.tables["mentions"].dtypes.equals(to_frame("mentions", []).dtypes)
    assert pd.read_parquet(tmp_path / "out" / "mentions.parquet").columns.tolist() == [c.name for c in TABLES["mentions"]]


@pytest.mark.parametrize("workers", [1, 2])
def test_bad_dictionaries_are_a_usage_error_before_any_output(corpus, tmp_path, workers):
    with pytest.raises(PipelineError, match=r"\[E026\]"):
        run_batch(corpus, tmp_path / "out", dictionaries=tmp_path / "nowhere", workers=workers)
    assert not (tmp_path / "out").exists()


def test_dask_engine_writes_the_same_tables_as_the_local_engine(corpus, tmp_path):
    pytest.importorskip("distributed", reason="--engine dask needs the optional dependency dask[distributed]")
    from pipeline.engines.dask import run_dask

    local = run_batch(corpus, tmp_path / "local", dictionaries=MINI_DICTIONARIES, formats=["csv"])
    result = run_dask(corpus, tmp_path / "out", dictionaries=MINI_DICTIONARIES, workers=1, batch_records=2, formats=["csv", "parquet"])
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted([*TABLES, *(f"{t}.csv" for t in TABLES), "manifest.json"])
    assert len(list((tmp_path / "out" / "mentions").glob("part-*.parquet"))) == 3  # 5 records + 1 bad line, 2 per part
    for table in TABLES:
        parts = pd.read_parquet(tmp_path / "out" / table)
        pd.testing.assert_frame_equal(parts.reset_index(drop=True), local.tables[table])
        assert (tmp_path / "out" / f"{table}.csv").read_bytes() == (tmp_path / "local" / f"{table}.csv").read_bytes()
    assert result.row_counts == {table: len(frame) for table, frame in local.tables.items()}
    assert result.label_counts == local.label_counts
    manifests = [json.loads((tmp_path / name / "manifest.json").read_text(encoding="utf-8")) for name in ("local", "out")]
    assert manifests[1]["engine"] == "dask" and manifests[1]["formats"] == ["csv", "parquet"]
    assert {**manifests[1], "engine": "local", "formats": ["csv"]} == manifests[0]


def test_dask_engine_without_a_scheduler_at_the_address_is_a_usage_error(corpus, tmp_path):
    pytest.importorskip("distributed", reason="--engine dask needs the optional dependency dask[distributed]")
    import dask

    from pipeline.engines.dask import run_dask

    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}), pytest.raises(PipelineError, match=r"\[E225\]"):
        run_dask(corpus, tmp_path / "out", dictionaries=MINI_DICTIONARIES, scheduler="tcp://127.0.0.1:1")
    assert list((tmp_path / "out").iterdir()) == []


def test_dask_engine_reports_a_bad_dictionary_before_starting_workers(corpus, tmp_path, monkeypatch):
    distributed = pytest.importorskip("distributed", reason="--engine dask needs the optional dependency dask[distributed]")
    import shutil

    def no_cluster(*args, **kwargs):
        raise AssertionError("a cluster was started")

    monkeypatch.setattr(distributed, "LocalCluster", no_cluster)

    from pipeline.engines.dask import run_dask
    from pipeline.errors import DictionaryError

    bad = tmp_path / "dictionaries"
    shutil.copytree(MINI_DICTIONARIES, bad)
    (bad / "entities" / "bad.tsv").write_text("term\tlabel\tcanonical\tsource\n头痛\tsign\t头痛\tcurated\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"\[E022\]"):
        run_dask(corpus, tmp_path / "out", dictionaries=bad, workers=1)


def _without_sources(tables):
    return {name: frame.drop(columns=["source", "file"], errors="ignore") for name, frame in tables.items()}


@pytest.mark.parametrize("as_value", [list, pd.DataFrame], ids=["list of dicts", "DataFrame"])
def test_records_in_memory_give_the_tables_of_the_same_records_in_a_file(tmp_path, as_value):
    path = tmp_path / "records.json"
    path.write_text(json.dumps(RECORDS, ensure_ascii=False), encoding="utf-8")
    from_file = run_batch(path, dictionaries=MINI_DICTIONARIES).tables
    in_memory = run_batch(as_value(RECORDS), dictionaries=MINI_DICTIONARIES, workers=2).tables
    assert from_file["records"]["record_id"].tolist() == ["r1", "r2", "r3", "r4", "r5"]
    assert in_memory["records"]["source"].unique().tolist() == [f"<{as_value.__name__}>"]
    for name, frame in _without_sources(from_file).items():
        pd.testing.assert_frame_equal(_without_sources(in_memory)[name], frame, obj=name)


def test_one_record_in_memory_and_values_json_has_no_type_for(tmp_path):
    import numpy as np

    result = run_batch({"name": "甲病", "desc": "头痛。", "病程": np.int64(3), "score": float("nan")}, dictionaries=MINI_DICTIONARIES)
    assert result.tables["records"][["record_id", "disease", "source"]].values.tolist() == [["records", "甲病", "<dict>"]]
    assert result.tables["record_fields"][["field", "value"]].values.tolist() == [["name", "甲病"], ["病程", "3"]]  # NaN: missing


def test_a_record_in_memory_that_json_cannot_write_is_an_errors_row(tmp_path):
    looped = {"name": "甲病", "desc": "头痛。"}
    looped["self"] = looped
    result = run_batch([looped], dictionaries=MINI_DICTIONARIES)
    assert result.tables["errors"]["message"].tolist() == ["[E004] <list>: unknown record shape: not readable as JSON: Circular reference detected"]


def test_a_record_id_used_twice_is_made_unique(tmp_path):
    import json

    for name in ("a.json", "b.json"):
        (tmp_path / name).write_text(json.dumps({"id": "x1", "name": "甲病", "desc": "头痛。"}, ensure_ascii=False), encoding="utf-8")
    result = run_batch(tmp_path, dictionaries=MINI_DICTIONARIES)
    assert result.tables["records"]["record_id"].tolist() == ["x1", "x1#2"]


def test_a_renamed_record_id_never_takes_an_id_already_used(tmp_path):
    from pipeline.runner import read_items

    path = tmp_path / "r.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "desc": "头痛。"}) for i in ["a", "a", "a#2", "a"]), encoding="utf-8")
    assert [record.record_id for record in read_items([path])] == ["a", "a#2", "a#2#2", "a#3"]


def test_lone_surrogates_and_a_file_name_that_is_not_utf8_do_not_stop_the_tables(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "cut.json").write_text(r'{"name": "甲病\ud83d", "desc": "呈弥漫性色素沉着。"}', encoding="utf-8")
    with open(os.fsencode(folder) + b"/x\xff.json", "w", encoding="utf-8") as file:
        file.write(json.dumps({"name": "乙病", "desc": "可伴水肿。"}, ensure_ascii=False))
    result = run_batch(folder, tmp_path / "out", dictionaries=MINI_DICTIONARIES)
    records = pd.read_parquet(tmp_path / "out" / "records.parquet")
    assert records[["record_id", "disease"]].values.tolist() == [["cut", "甲病\ufffd"], ["x\ufffd", "乙病"]]
    assert result.n_errors == 0
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert [entry["path"] for entry in manifest["inputs"]] == records["source"].tolist()


def test_a_section_over_a_million_characters_is_processed(tmp_path):
    # spaCy's max_length (1,000,000) guards its parser, which the pipeline does not use
    (tmp_path / "long.json").write_text(json.dumps({"name": "甲病", "desc": "头痛。" * 333_334}, ensure_ascii=False), encoding="utf-8")
    result = run_batch(tmp_path / "long.json", dictionaries=MINI_DICTIONARIES)
    assert result.n_errors == 0 and result.tables["records"]["n_chars"].tolist() == [1_000_002]


def test_written_tables_are_readable_by_others(corpus, tmp_path):
    import os
    import stat

    umask = os.umask(0o022)
    try:
        run_batch(corpus, tmp_path / "out", dictionaries=MINI_DICTIONARIES)
    finally:
        os.umask(umask)
    modes = {stat.S_IMODE((tmp_path / "out" / name).stat().st_mode) for name in os.listdir(tmp_path / "out")}
    assert modes == {0o644}


def test_an_unwritable_out_is_reported_before_any_record_is_processed(corpus, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    seen = []

    def spy(record, nlp):
        seen.append(record.record_id)
        return process_record(record, nlp)

    with pytest.raises(PipelineError, match=r"\[E012\]"):
        run_batch(corpus, blocker / "out", dictionaries=MINI_DICTIONARIES, process=spy)
    assert seen == []


def test_strings_interned_while_processing_are_freed_zone_by_zone():
    from pipeline.language import load
    from pipeline.reader import Record, Section
    from pipeline.runner import MemoryZones

    nlp = load(MINI_DICTIONARIES)
    records = [
        Record(f"r{i}", "甲病", "a.json", (Section("desc", f"第{i}例患者呈弥漫性色素沉着，词{i}{i}{i}。"),), ())
        for i in range(6)
    ]
    before = set(nlp.vocab.strings)
    zones = MemoryZones(nlp, size=2, warm_up=2)
    rows = [zones.process([record]) for record in records[:2]]
    warmed = set(nlp.vocab.strings)  # the warm-up records' words stay: the corpus's common words
    assert any("0" in string for string in warmed - before)
    rows.append(zones.process([records[2]]))
    assert any("2" in string for string in set(nlp.vocab.strings) - warmed)  # the zone is open
    rows.append(zones.process([records[3]]))
    assert set(nlp.vocab.strings) == warmed  # the zone of records 2 and 3 closed by itself
    rows += [zones.process([record]) for record in records[4:]]
    zones.close()
    assert set(nlp.vocab.strings) == warmed
    assert [r[0]["mentions"][0]["text"] for r in rows] == ["弥漫性色素沉着"] * 6


def test_pipeline_errors_survive_pickling_as_workers_send_them():
    import pickle

    from pipeline.errors import DictionaryError

    error = DictionaryError("E022", path="entities/x.tsv", line=3, label="symtom", labels="symptom, disease")
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), copy.code, str(copy)) == (DictionaryError, "E022", str(error))


def test_a_run_leaves_no_table_of_an_earlier_run_in_another_format_or_layout(corpus, tmp_path):
    # UX review (2026-12-04): pd.read_parquet read the earlier run's rows beside the new CSV files
    pytest.importorskip("distributed", reason="--engine dask needs the optional dependency dask[distributed]")
    from pipeline.engines.dask import run_dask

    out = tmp_path / "out"
    run_batch(corpus, out, dictionaries=MINI_DICTIONARIES, formats=["csv", "parquet"])
    run_batch(corpus, out, dictionaries=MINI_DICTIONARIES, formats=["csv"])
    assert sorted(p.name for p in out.iterdir()) == sorted([*(f"{t}.csv" for t in TABLES), "manifest.json"])
    run_dask(corpus, out, dictionaries=MINI_DICTIONARIES, workers=1, formats=["parquet"])
    assert sorted(p.name for p in out.iterdir()) == sorted([*TABLES, "manifest.json"])
    run_batch(corpus, out, dictionaries=MINI_DICTIONARIES, formats=["parquet"])  # no <table>/ beside <table>.parquet
    assert sorted(p.name for p in out.iterdir()) == sorted([*(f"{t}.parquet" for t in TABLES), "manifest.json"])


def test_a_run_deletes_none_of_the_users_files_nor_its_input(tmp_path):
    # code review (2026-12-04): a Parquet run into a folder holding its input records.csv deleted it
    (tmp_path / "records.csv").write_text("疾病名称,疾病描述\n甲病,常有头痛。\n", encoding="utf-8")
    (tmp_path / "labs.csv").write_text("my own notes\n", encoding="utf-8")
    for _ in range(2):
        run_batch([tmp_path / "records.csv"], tmp_path, dictionaries=MINI_DICTIONARIES, formats=["parquet"])
    assert (tmp_path / "records.csv").read_text(encoding="utf-8").startswith("疾病名称")
    assert (tmp_path / "labs.csv").read_text(encoding="utf-8") == "my own notes\n"


def test_dask_engine_writes_only_the_formats_asked_for(corpus, tmp_path):
    pytest.importorskip("distributed", reason="--engine dask needs the optional dependency dask[distributed]")
    from pipeline.engines.dask import run_dask

    run_dask(corpus, tmp_path / "out", dictionaries=MINI_DICTIONARIES, workers=1, formats=["csv"])
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted([*(f"{t}.csv" for t in TABLES), "manifest.json"])


def test_a_dask_worker_keeps_its_warm_up_words_and_frees_later_ones_zone_by_zone(monkeypatch):
    pytest.importorskip("distributed", reason="--engine dask needs the optional dependency dask[distributed]")
    from pipeline.engines.dask import _zones, process_batch
    from pipeline.reader.records import build_record

    def batch(first, n):
        return [build_record({"name": f"病{i}", "desc": f"患者第{i}次出现色素沉着(9{i}%)，伴多毛{i}号。"}, source="t", default_id=str(i), file_stem="t") for i in range(first, first + n)]

    monkeypatch.setattr("pipeline.runner.ZONE_RECORDS", 3)  # a warm-up of 3 records, then zones of 3
    _zones.cache_clear()
    try:
        vocab = _zones(str(MINI_DICTIONARIES), "jieba").nlp.vocab
        before = len(vocab.strings)
        warm = process_batch(batch(0, 3), str(MINI_DICTIONARIES))
        after_warm_up = len(vocab.strings)
        rows = process_batch(batch(3, 6), str(MINI_DICTIONARIES))  # one zone, closed after it
        assert after_warm_up > before and len(vocab.strings) == after_warm_up
        assert [r["text"] for r in rows[0]["mentions"]] == [r["text"] for r in warm[0]["mentions"]] == ["色素沉着", "多毛"]
    finally:
        _zones.cache_clear()


def test_a_second_dask_run_replaces_the_parts_of_the_first(corpus, tmp_path):
    pytest.importorskip("distributed", reason="--engine dask needs the optional dependency dask[distributed]")
    from pipeline.engines.dask import run_dask

    run_dask(corpus, tmp_path / "out", dictionaries=MINI_DICTIONARIES, workers=1, batch_records=1)
    run_dask(corpus, tmp_path / "out", dictionaries=MINI_DICTIONARIES, workers=1, batch_records=10)
    assert [p.name for p in (tmp_path / "out" / "mentions").iterdir()] == ["part-00000.parquet"]
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".")]


@pytest.fixture(autouse=True)
def keep_the_interrupt_handler():
    """``_init_worker`` makes a process ignore Ctrl-C, as a worker must; run here, the tests'
    process would pass that on to every program it starts later (the CLI tests')."""
    handler = signal.getsignal(signal.SIGINT)
    yield
    signal.signal(signal.SIGINT, handler)


def test_a_worker_ignores_ctrl_c_which_the_main_process_handles(monkeypatch):
    monkeypatch.setattr(pipeline.language, "load", lambda **language: spacy.blank("zh"))
    monkeypatch.setattr("pipeline.runner._worker", {})
    thresholds = gc.get_threshold()
    try:
        _init_worker({}, None)
    finally:
        gc.set_threshold(*thresholds)
    assert signal.getsignal(signal.SIGINT) == signal.SIG_IGN


def test_a_worker_process_collects_garbage_less_often(monkeypatch):
    monkeypatch.setattr(pipeline.language, "load", lambda **language: spacy.blank("zh"))
    monkeypatch.setattr("pipeline.runner._worker", {})
    thresholds = gc.get_threshold()
    try:
        _init_worker({}, None)
        assert gc.get_threshold() == (YOUNG_GENERATION_THRESHOLD, *thresholds[1:])
    finally:
        gc.set_threshold(*thresholds)


def test_a_forked_worker_takes_the_language_the_main_process_loaded(monkeypatch):
    language = {"dictionaries": None, "segmenter": "jieba"}
    loaded_here = spacy.blank("zh")
    monkeypatch.setattr(pipeline.language, "load", lambda **language: pytest.fail("loaded again"))
    monkeypatch.setattr("pipeline.runner._worker", {"inherited": (language, loaded_here)})
    thresholds = gc.get_threshold()
    try:
        _init_worker(language, None)
    finally:
        gc.set_threshold(*thresholds)
    assert pipeline.runner._worker["zones"].nlp is loaded_here
    assert "inherited" not in pipeline.runner._worker


def test_a_worker_loads_its_own_language_when_the_inherited_one_is_another(monkeypatch):
    own = spacy.blank("zh")
    monkeypatch.setattr(pipeline.language, "load", lambda **language: own)
    monkeypatch.setattr("pipeline.runner._worker", {"inherited": ({"segmenter": "rjieba"}, spacy.blank("zh"))})
    thresholds = gc.get_threshold()
    try:
        _init_worker({"segmenter": "jieba"}, None)
    finally:
        gc.set_threshold(*thresholds)
    assert pipeline.runner._worker["zones"].nlp is own


def test_workers_fork_on_linux_and_the_main_process_lets_go_of_their_language(corpus, tmp_path):
    import sys

    from pipeline.runner import worker_start_method

    assert worker_start_method() == ("fork" if sys.platform.startswith("linux") else "spawn")
    run_batch(corpus, tmp_path / "out", dictionaries=MINI_DICTIONARIES, keep=False, workers=2)
    assert "inherited" not in pipeline.runner._worker
    assert gc.get_freeze_count() == 0


def test_the_progress_bar_shows_in_a_terminal_only_and_names_the_file_it_is_in(corpus, tmp_path, monkeypatch):
    # UX review (2026-12-04): the bar wrote its updates into log files, and gave no sense of how far
    import pipeline.runner as runner

    bars = []

    class Bar:
        def __init__(self, **options):
            self.options, self.postfixes, self.n = options, [], 0
            self.disable = options["disable"] is True  # as tqdm's, once it has looked at the terminal
            bars.append(self)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def set_postfix_str(self, text, refresh=True):
            self.postfixes.append(text)

        def update(self, n):
            self.n += n

    monkeypatch.setattr(runner, "tqdm", Bar)
    run_batch(corpus, tmp_path / "out", dictionaries=MINI_DICTIONARIES, formats=["csv"], progress=True, batch_records=2)
    run_batch(corpus / "a.jsonl", tmp_path / "one", dictionaries=MINI_DICTIONARIES, formats=["csv"], progress=False)
    assert [bar.options["disable"] for bar in bars] == [None, True]  # None: tqdm shows it on a terminal only
    assert bars[0].postfixes[0] == "file 1/2" and bars[0].postfixes[-1] == "file 2/2"
    assert bars[0].n == 5 and bars[1].postfixes == []  # records written, as the summary counts: not a.jsonl's broken line


def test_an_empty_out_is_an_error_not_the_current_folder(tmp_path, monkeypatch):
    # code review (2026-12-04): pipeline.run(..., out="") wrote 18 tables into the current folder
    from pipeline.errors import PipelineError

    monkeypatch.chdir(tmp_path)
    with pytest.raises(PipelineError) as error:
        run_batch([{"name": "感冒", "病因": "病毒感染。"}], out="  ")
    assert error.value.code == "E012" and list(tmp_path.iterdir()) == []


KILLED_MAIN_PROCESS = """
import os, signal, sys
from pipeline.runner import _WorkerPool
language = {"dictionaries": sys.argv[1], "segmenter": "jieba", "span_views": False, "lexical_attributes": False}
pool = _WorkerPool(2, language, None)
print(" ".join(str(pid) for pid in pool.pool._processes), flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def _alive(pid: int) -> bool:
    """Whether the process runs (a zombie, exited and not yet reaped, does not)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads /proc")
def test_workers_end_when_the_main_process_is_killed_outright(tmp_path):
    # probe (2026-12-06): after `kill -9` of a --workers 2 run, both workers slept for ever
    # (reparented to init), 230 MB each
    import subprocess
    import sys
    import time

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env = {**os.environ, "PYTHONPATH": root + os.pathsep + os.environ.get("PYTHONPATH", "")}
    output = tmp_path / "pids"  # a file, not a pipe: orphaned workers would hold a pipe open
    with output.open("w") as pids:
        done = subprocess.run([sys.executable, "-c", KILLED_MAIN_PROCESS, str(MINI_DICTIONARIES)], stdout=pids, stderr=pids, env=env)
    assert done.returncode == -signal.SIGKILL, output.read_text()
    workers = [int(pid) for pid in output.read_text().split()]
    assert len(workers) == 2
    for _ in range(120):  # a liveness check, not a speed one: the workers poll once a second
        if not any(_alive(pid) for pid in workers):
            break
        time.sleep(0.5)
    alive = [pid for pid in workers if _alive(pid)]
    for pid in alive:  # never leave them behind, whatever the verdict
        os.kill(pid, signal.SIGKILL)
    assert alive == []
