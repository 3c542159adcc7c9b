"""``manifest.json`` says what made a folder of tables, the same bytes for the same run."""

import hashlib
import json
import os
import shutil
import subprocess
import sys
from importlib import metadata

import pandas as pd
import pytest

import pipeline
import pipeline.tables.manifest
from pipeline.resources import PACKAGE_DICTIONARY_DIR, run_tag
from pipeline.runner import run_batch
from pipeline.tables.manifest import MANIFEST, folder_digest
from pipeline.tables.schema import TABLES
from pipeline.tables.sink import TableSink
from pipeline.tables.staging import recover_interrupted
from tests.helpers import MINI_DICTIONARIES

RECORDS = [
    {"id": "r1", "name": "甲病", "desc": "呈弥漫性色素沉着(93%)，并有多毛。"},
    {"id": "r2", "name": "乙病", "desc": "患者无水肿。"},
]


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "in" / "a.jsonl"
    path.parent.mkdir()
    path.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in RECORDS) + "{not json\n", encoding="utf-8")
    return path


def manifest_of(folder):
    return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))


def test_a_run_names_its_version_settings_inputs_and_row_counts(corpus, tmp_path):
    result = run_batch(corpus, tmp_path / "out", dictionaries=MINI_DICTIONARIES, formats=["parquet"])
    manifest = manifest_of(tmp_path / "out")
    assert manifest["pipeline"] == {"name": "zh-med-pipeline", "version": pipeline.__version__}
    assert (manifest["segmenter"], manifest["engine"], manifest["formats"]) == ("jieba", "local", ["parquet"])
    assert manifest["libraries"]["jieba"] == metadata.version("jieba")
    assert manifest["inputs"] == [
        {"path": str(corpus), "bytes": corpus.stat().st_size, "sha256": hashlib.sha256(corpus.read_bytes()).hexdigest()}
    ]
    assert manifest["dictionaries"]["data"]["shipped"] is True
    assert manifest["dictionaries"]["entities"] == folder_digest(MINI_DICTIONARIES, shipped=False)
    # the counts are those of the tables written (the bad line is an errors row)
    assert manifest["tables"] == {table: len(pd.read_parquet(tmp_path / "out" / f"{table}.parquet")) for table in TABLES}
    assert manifest["tables"] == result.row_counts and manifest["tables"]["errors"] == 1
    assert tmp_path / "out" / MANIFEST in result.written


def test_the_same_run_gives_the_same_bytes_and_an_edited_dictionary_another_hash(corpus, tmp_path):
    run_batch(corpus, tmp_path / "a", dictionaries=MINI_DICTIONARIES)
    run_batch(corpus, tmp_path / "b", dictionaries=MINI_DICTIONARIES, workers=2)  # workers change no output
    assert (tmp_path / "a" / MANIFEST).read_bytes() == (tmp_path / "b" / MANIFEST).read_bytes()
    edited = shutil.copytree(MINI_DICTIONARIES, tmp_path / "mine")
    entity_file = next(edited.glob("entities/*.tsv"))
    text = entity_file.read_text(encoding="utf-8")
    entity_file.write_text(text.replace("curated", "curatex", 1), encoding="utf-8")  # same size, other bytes
    assert entity_file.stat().st_size == (MINI_DICTIONARIES / entity_file.relative_to(edited)).stat().st_size
    run_batch(corpus, tmp_path / "c", dictionaries=edited)
    before, after = manifest_of(tmp_path / "a")["dictionaries"], manifest_of(tmp_path / "c")["dictionaries"]
    assert before["data"] == after["data"]
    assert before["entities"]["sha256"] != after["entities"]["sha256"]


def test_records_in_memory_are_named_by_their_kind(tmp_path):
    run_batch(RECORDS, tmp_path / "out", dictionaries=MINI_DICTIONARIES, formats=["csv"])
    manifest = manifest_of(tmp_path / "out")
    assert manifest["inputs"] == [{"path": "<list>"}]
    assert manifest["tables"]["records"] == 2


def test_no_manifest_without_an_output_folder():
    assert run_batch(RECORDS, None, dictionaries=MINI_DICTIONARIES).written == []


def test_a_failed_run_keeps_the_previous_manifest_with_the_previous_tables(tmp_path):
    record = {"record_id": "r1", "disease": "肺结核", "source": "a.json", "n_sections": 1, "n_chars": 4, "n_mentions": 0}
    with TableSink(tmp_path, ["csv"], manifest={"run": 1}) as sink:
        sink.add({"records": [record]})
    before = {path.name: path.read_bytes() for path in tmp_path.iterdir()}
    assert json.loads(before[MANIFEST]) == {"run": 1, "tables": {**{table: 0 for table in TABLES}, "records": 1}}
    with pytest.raises(RuntimeError), TableSink(tmp_path, ["csv"], manifest={"run": 2}) as sink:
        sink.add({"records": [record, record]})
        raise RuntimeError("a bug in the middle of the run")
    assert {path.name: path.read_bytes() for path in tmp_path.iterdir()} == before


@pytest.mark.skipif(os.name == "nt", reason="Windows cannot ask whether a process lives: nothing is recovered there")
def test_a_killed_runs_temporary_manifest_is_removed_by_the_next_run(tmp_path):
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    dead = f"{run_tag().rpartition('-')[0]}-{child.pid}"
    (tmp_path / f".manifest.json.{dead}.0a1b2c3d.tmp").write_text("half a manifest")
    recover_interrupted(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_the_shipped_dictionaries_digest_covers_every_data_file():
    digest = folder_digest(PACKAGE_DICTIONARY_DIR, shipped=True)
    assert digest["files"] == len(list(PACKAGE_DICTIONARY_DIR.rglob("*.tsv")))
    assert len(digest["sha256"]) == 64


def test_the_installed_version_is_the_packages_own():
    # pyproject.toml reads the version from pipeline.__version__: one place to change it
    assert metadata.version("zh-med-pipeline") == pipeline.__version__


def test_an_input_that_cannot_be_hashed_has_a_null_hash_and_sinks_no_run(corpus, tmp_path, monkeypatch):
    # (reading a file that cannot be read is an errors row, E001: the manifest must not fail first)
    unreadable = corpus.with_name("b.json")
    unreadable.write_text('{"name": "丙病", "desc": "头痛。"}', encoding="utf-8")

    def refuse(path):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(pipeline.tables.manifest, "_sha256", lambda path: refuse(path) if path == unreadable else hashlib.sha256(path.read_bytes()).hexdigest())
    result = run_batch(corpus.parent, tmp_path / "out", dictionaries=MINI_DICTIONARIES, formats=["csv"])
    assert result.row_counts["records"] == 3
    inputs = manifest_of(tmp_path / "out")["inputs"]
    assert inputs[1] == {"path": str(unreadable), "bytes": None, "sha256": None}
    assert inputs[0]["sha256"] == hashlib.sha256(corpus.read_bytes()).hexdigest()


def test_an_output_folder_inside_the_input_folder_is_not_read_back(corpus, tmp_path):
    out = corpus.parent / "out"
    first = run_batch(corpus.parent, out, dictionaries=MINI_DICTIONARIES, formats=["csv"])
    manifest = (out / MANIFEST).read_bytes()
    second = run_batch(corpus.parent, out, dictionaries=MINI_DICTIONARIES, formats=["csv"])
    assert second.row_counts == first.row_counts and (out / MANIFEST).read_bytes() == manifest
    assert [entry["path"] for entry in manifest_of(out)["inputs"]] == [str(corpus)]


def test_a_dictionary_file_name_that_is_not_utf8_is_hashed_too(tmp_path):
    (tmp_path / "entities").mkdir()
    (tmp_path / "entities" / "a.tsv").write_text("term\tlabel\tcanonical\tsource\n", encoding="utf-8")
    before = folder_digest(tmp_path, shipped=False)
    with open(os.fsencode(tmp_path) + b"/entities/old\xb2\xe2.tsv", "wb") as handle:
        handle.write(b"term\tlabel\tcanonical\tsource\n")
    after = folder_digest(tmp_path, shipped=False)
    assert (before["files"], after["files"]) == (1, 2) and before["sha256"] != after["sha256"]


def test_a_dask_run_that_fails_after_its_tables_moved_leaves_no_stale_manifest(corpus, tmp_path, monkeypatch):
    pytest.importorskip("distributed", reason="--engine dask needs the optional dependency dask[distributed]")
    import pipeline.engines.dask as dask_engine
    from pipeline.errors import PipelineError

    run_batch(RECORDS, tmp_path / "out", dictionaries=MINI_DICTIONARIES, formats=["parquet"])
    assert manifest_of(tmp_path / "out")["inputs"] == [{"path": "<list>"}]

    def full_disk(out, content):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(dask_engine, "write_manifest", full_disk)
    with pytest.raises(PipelineError, match=r"\[E012\]"):
        dask_engine.run_dask(corpus, tmp_path / "out", dictionaries=MINI_DICTIONARIES, workers=1, formats=["parquet"])
    assert not (tmp_path / "out" / MANIFEST).exists()
    assert len(pd.read_parquet(tmp_path / "out" / "records")) == 2  # the new tables are in place


def test_a_dictionary_file_that_cannot_be_read_leaves_no_hash_and_sinks_no_run(tmp_path, monkeypatch):
    (tmp_path / "notes.tsv").write_text("old notes\n", encoding="utf-8")
    real = pipeline.tables.manifest._sha256

    def refuse(path):
        if path.name == "notes.tsv":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(pipeline.tables.manifest, "_sha256", refuse)
    assert folder_digest(tmp_path, shipped=False) == {"sha256": None, "files": 1, "shipped": False}
