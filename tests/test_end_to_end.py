"""The whole pipeline on the shipped seed with the shipped dictionaries."""

import json

import pytest

import pipeline
from pipeline.cli import main


@pytest.fixture(scope="module")
def seed_tables(seed_path):
    return pipeline.run(seed_path)


@pytest.fixture(scope="module")
def seed_sections(seed_path):
    record = json.loads(seed_path.read_text(encoding="utf-8"))
    return {f"{a}/{b}": text for a, inner in record.items() for b, text in inner.items()}


def labels_of(mentions, text):
    return set(mentions.loc[mentions["text"] == text, "label"])


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("色素沉着", "symptom"),
        ("多毛", "symptom"),
        ("视盘水肿", "symptom"),
        ("泼尼松", "drug"),
        ("环磷酰胺", "drug"),
        ("三苯氧胺", "drug"),
        ("血沉", "test"),
        ("M蛋白", "test"),
        ("IL-1β", "test"),
        ("TNF-α", "test"),
        ("VEGF", "test"),
        ("骨髓瘤", "disease"),
        ("骨硬化性骨髓瘤", "disease"),
        ("单克隆γ球蛋白病", "disease"),
        ("血浆置换术", "procedure"),
        ("肌电图", "procedure"),
        ("HHV-8", "microbe"),
    ],
)
def test_seed_mentions_have_the_right_labels(seed_tables, text, label):
    assert labels_of(seed_tables["mentions"], text) == {label}


def test_hard_terms_are_single_mentions(seed_tables):
    texts = set(seed_tables["mentions"]["text"])
    assert {"IL-1β", "TNF-α", "单克隆γ球蛋白病", "本-周(Bence-Jones)蛋白"} <= texts
    # TNF-a is written with a Latin a; it is found and means the same as TNF-α
    mentions = seed_tables["mentions"]
    canonical = {text: set(mentions.loc[mentions["text"] == text, "canonical"]) for text in ("TNF-a", "TNF-α")}
    assert canonical["TNF-a"] == canonical["TNF-α"] == {"肿瘤坏死因子-α"}


def test_every_mention_offset_indexes_its_original_section_text(seed_tables, seed_sections):
    mentions = seed_tables["mentions"]
    assert len(mentions) > 200
    for row in mentions.itertuples():
        section = seed_sections[row.section]
        assert section[row.start : row.end] == row.text
        assert row.text in row.sentence and row.sentence in section


def test_records_table_counts_the_seed(seed_tables):
    [record] = seed_tables["records"].to_dict("records")
    assert record["disease"] == "POEMS综合征"
    assert record["n_sections"] == 6  # 治疗, 预后, 随访, 疑难病例 hold the placeholder 无
    assert record["n_mentions"] == len(seed_tables["mentions"])
    assert seed_tables["errors"].empty


def test_same_input_gives_byte_identical_tables(seed_path, tmp_path):
    for out in ("a", "b"):
        assert main(["run", str(seed_path), "--out", str(tmp_path / out), "--no-progress"]) == 0
    for produced in sorted((tmp_path / "a").iterdir()):
        assert produced.read_bytes() == (tmp_path / "b" / produced.name).read_bytes(), produced.name


def test_real_xywy_file_runs_without_errors(shared_data):
    tables = pipeline.run(shared_data / "xywy" / "medical_0.json")
    assert tables["errors"].empty
    records = tables["records"]
    assert len(records) == 500
    per_record = records["n_mentions"] / records["n_chars"] * 1000
    # a disease text has mentions throughout: several per thousand characters, in every record
    assert per_record.median() > 10 and (records["n_mentions"] > 0).mean() > 0.98
    assert set(tables["mentions"]["label"]) >= {"symptom", "disease", "drug", "test", "procedure"}
