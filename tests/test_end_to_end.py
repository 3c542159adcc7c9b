"""The whole pipeline on the shipped seed with the shipped dictionaries."""

import json
import os
import subprocess
import sys

import pandas as pd
import pytest

import pipeline


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
        ("弥漫性色素沉着", "symptom"),  # 呈弥漫性色素沉着: the qualifier is written with it (matcher rule 14)
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


def test_every_offset_of_every_table_indexes_the_original_section_text(seed_tables, seed_sections):
    for table, column in (("symptoms", "text"), ("frequencies", "quantity"), ("labs", "statement"), ("therapies", "statement")):
        rows = seed_tables[table]
        assert len(rows) > 5, table
        for row in rows.itertuples():
            assert seed_sections[row.section][row.start : row.end] == getattr(row, column), (table, row)
    cues = seed_tables["mentions"].dropna(subset=["cue_start"])
    assert len(cues) > 5
    for row in cues.itertuples():
        assert seed_sections[row.section][row.cue_start : row.cue_end] == row.cue


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


def test_the_readmes_first_table_gives_the_seeds_counts(seed_tables):
    # new-user walkthrough (2026-12): the README said 506 mentions, the seed gave 505
    from tests.conftest import PROJECT_ROOT

    [record] = seed_tables["records"].to_dict("records")
    row = f"| `records` | record | POEMS综合征 · {record['n_sections']} sections · {record['n_mentions']} mentions |"
    assert row in (PROJECT_ROOT / "README.md").read_text(encoding="utf-8"), f"README: write {row}"


def test_same_input_gives_byte_identical_tables_whatever_the_hash_seed(seed_path, tmp_path):
    # separate interpreters with different PYTHONHASHSEED: set order must never leak into output
    record = json.loads(seed_path.read_text(encoding="utf-8"))
    record["诊断"]["补充"] = "高血压患者(30%)可有头痛，约95%的胆总管结石患者并存有胆囊结石。"
    source = tmp_path / "seed_plus.json"
    source.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    for out, hash_seed in (("a", "1"), ("b", "2")):
        command = [sys.executable, "-m", "pipeline", "run", str(source), "--out", str(tmp_path / out), "--no-progress"]
        subprocess.run(command, check=True, capture_output=True, env={**os.environ, "PYTHONHASHSEED": hash_seed})
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


def symptom_rows(tables, text, section=None):
    rows = tables["symptoms"]
    rows = rows[rows["text"] == text]
    if section:
        rows = rows[rows["section"] == section]
    return rows.to_dict("records")


@pytest.mark.parametrize(
    ("text", "freq_pct"),
    [("色素沉着", 93.0), ("多毛", 81.0), ("低热", 76.0), ("多汗", 66.0), ("杵状指", 56.0)],
)
def test_seed_symptom_frequencies(seed_tables, text, freq_pct):
    # by the symptom's name: 色素沉着 is written 弥漫性色素沉着 there
    rows = seed_tables["symptoms"]
    [row] = rows[(rows["symptom"] == text) & (rows["section"] == "诊断/症状")].to_dict("records")[-1:]
    assert row["freq_pct"] == freq_pct and row["assertion"] == "present"
    assert text in row["evidence"]


def test_only_the_last_item_of_an_enumeration_gets_its_number(seed_tables):
    [row] = symptom_rows(seed_tables, "皮肤增厚", "诊断/症状")
    assert pd.isna(row["freq_pct"])


def test_seed_frequency_words_and_their_rank(seed_tables):
    [edema] = [r for r in symptom_rows(seed_tables, "水肿", "诊断/症状") if not pd.isna(r["qualifier"])]
    assert (edema["qualifier"], edema["qualifier_rank"]) == ("较多见", 5)
    [pericardial] = symptom_rows(seed_tables, "心包积液")
    assert (pericardial["qualifier"], pericardial["assertion"]) == ("偶见", "rare")


def test_seed_frequencies_table(seed_tables):
    rows = seed_tables["frequencies"]
    hhv8 = rows[rows["quantity"] == "7/13例(54%)"].iloc[0]
    assert (hhv8["subject_text"], hhv8["numerator"], hhv8["denominator"], hhv8["pct_reported"]) == ("HHV-8", 7, 13, 54.0)
    assert bool(hhv8["consistent"])
    inconsistent = rows[rows["quantity"] == "6/7例(85%)"].iloc[0]
    assert (inconsistent["pct_computed"], bool(inconsistent["consistent"])) == (85.7, False)
    m_protein = rows[rows["subject_text"] == "M蛋白"]
    assert set(m_protein["pct_reported"]) == {75.0} and len(m_protein) == 2  # (75%) and 可达75%左右
    halves = rows[rows["quantity"] == "半数"]
    assert {"T3", "T4"} <= set(halves["subject_text"]) and set(halves["pct_reported"]) == {50.0}


@pytest.mark.parametrize(
    ("text", "assertion", "about"),
    [
        ("骨部疼痛", "other_disease", "多发性骨髓瘤"),
        ("皮肤损害", "other_disease", "慢性格林-巴利综合征"),
        ("脾功能亢进", "rare", None),
        ("心包积液", "rare", None),
        ("视盘水肿", "present", None),
    ],
)
def test_seed_assertions(seed_tables, text, assertion, about):
    mentions = seed_tables["mentions"]
    rows = mentions[(mentions["text"] == text) & mentions["section"].str.startswith("诊断")]
    assert assertion in set(rows["assertion"])
    if about:
        assert about in set(rows["about"].dropna())


def test_differential_diagnosis_findings_are_not_present_for_poems(seed_tables):
    mentions = seed_tables["mentions"]
    differential = mentions[(mentions["section"] == "诊断/诊断") & mentions["sentence"].str.contains("本病的首发症状是骨部疼痛")]
    assert set(differential["text"]) >= {"骨部疼痛", "骨质疏松"}
    # everything but the record's own disease (named in comparisons: 较POEMS综合征晚) belongs to 多发性骨髓瘤
    others = differential[differential["text"] != "POEMS综合征"]
    assert set(others["assertion"]) == {"other_disease"} and set(others["about"]) == {"多发性骨髓瘤"}
    negated = mentions[(mentions["text"] == "皮肤损害") & (mentions["section"] == "诊断/诊断")].iloc[0]
    assert (negated["modifier"], negated["cue"]) == ("negated", "不出现")


def test_seed_abbreviations(seed_tables):
    table = seed_tables["abbreviations"].set_index("abbr", drop=False)
    expected = {
        "HHV-8": ("human herpesvirus type 8", "人类疱疹病毒8型"),
        "MCD": ("multicentric Castlemans disease", "多中心Castleman病"),
        "HIV": ("human immunodeficiency virus", "人类免疫缺陷病毒"),
        "AIDS": ("acquired immunodeficiency syndrome", "获得性免疫缺陷综合征"),
        "VEGF": ("vascular endothelial growth factor", "血管内皮生长因子"),
        "VPF": ("vascular permeability factor", "血管通透因子"),
    }
    for abbr, (long_en, long_zh) in expected.items():
        assert (table.loc[abbr, "long_en"], table.loc[abbr, "long_zh"], table.loc[abbr, "source"]) == (long_en, long_zh, "text")
    for abbr in ("IL-6", "TGF-β1", "IFN-γ", "P", "O", "E", "M", "S", "POEMS"):
        assert table.loc[abbr, "source"] == "text", abbr
    for abbr in ("TNF-α", "IL-1β", "IL-2"):
        assert table.loc[abbr, "source"] == "dictionary:abbreviations.tsv", abbr
    assert table.loc["HIV", "label"] == "microbe" and table.loc["AIDS", "label"] == "disease"


def test_seed_poems_means_the_syndrome_not_its_letters(seed_tables):
    mentions = seed_tables["mentions"]
    assert set(mentions.loc[mentions["text"] == "POEMS", "canonical"]) == {"POEMS综合征"}  # 伴MCD的POEMS病人
    row = seed_tables["abbreviations"].set_index("abbr").loc["POEMS"]
    assert (row["source"], row["long_zh"], row["canonical"]) == (
        "text", "多发性神经病变、脏器肿大、内分泌病变、单克隆γ球蛋白病、皮肤改变", "POEMS综合征"
    )


def test_seed_labs(seed_tables):
    labs = seed_tables["labs"]

    def finding(text, **expected):
        rows = labs[labs["text"] == text].to_dict("records")
        assert any(all(row[k] == v for k, v in expected.items()) for row in rows), (text, rows)

    finding("血沉", finding="增快", direction="up")
    finding("T3", finding="偏低", direction="down", qualifier="半数")
    finding("T4", finding="偏低", direction="down", qualifier="半数")
    finding("脑脊液蛋白", specimen="脑脊液", direction="up")
    finding("细胞数", direction="normal")
    finding("IL-2", specimen="血清", direction="normal")
    finding("神经传导速度", finding="减慢", direction="down")
    finding("腓总神经运动传导速度", finding="不能引出")
    finding("浆细胞", specimen="骨髓", value_low=2.0, value_high=5.0, unit="%")
    finding("浆细胞比例", comparator=">", value_low=10.0)
    finding("M蛋白", direction="positive", freq_pct=75.0)
    finding("肌电图", test_label="procedure", finding="神经源性损害")


def test_seed_therapies(seed_tables):
    therapies = seed_tables["therapies"].set_index("text", drop=False)
    igg = therapies.loc["大剂量IgG"]
    assert (igg["dose"], igg["dose_unit"], igg["route"], igg["duration"], igg["duration_unit"]) == (0.2, "g/(kg·d)", "静滴", 5.0, "d")
    assert (igg["n_patients"], igg["outcome"]) == (2, "有效")
    assert therapies.loc["泼尼松", "outcome"] == "无效" and therapies.loc["环磷酰胺", "outcome"] == "无效"
    assert (therapies.loc["三苯氧胺", "therapy"], therapies.loc["三苯氧胺", "outcome"]) == ("他莫昔芬", "改善")
    exchange = therapies.loc["血浆置换术"]
    assert (exchange["volume"], exchange["sessions"], exchange["outcome"]) == (3000.0, 5, "好转")
    assert (exchange["effect_low"], exchange["effect_high"], exchange["effect_unit"]) == (7.0, 15.0, "d")
    assert set(therapies.loc[therapies["category"] == "tcm", "therapy"]) == {"和营解肌", "舒缓项强", "通经活络"}
    assert "免疫电泳" not in therapies.index  # a lab method, not a treatment


def test_bad_quantities_never_crash_or_give_impossible_values(tmp_path):
    record = {
        "name": "甲病",
        "desc": "发热(%)，咳嗽%，1/0例头痛，999999%的患者水肿，120%出现皮疹，8/5例(160%)腹泻。"
        "99999999999999999999/100000000000000000000例(99%)腹痛，治疗99999999999999999999例，"
        "泼尼松" + "9" * 400 + "mg口服，共99999999999999999999次。",
    }
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    tables = pipeline.run(path)
    assert tables["errors"].empty
    for table, columns in (("frequencies", ["pct_reported", "pct_low", "pct_high", "pct_computed"]), ("symptoms", ["freq_pct", "freq_low", "freq_high"])):
        values = tables[table][columns].stack().dropna()
        assert ((values >= 0) & (values <= 100)).all(), (table, values.tolist())
    doses = tables["therapies"]["dose"].dropna()
    assert (doses < float("inf")).all()
    fractions = tables["frequencies"].dropna(subset=["numerator", "denominator"])
    assert (fractions["numerator"] <= fractions["denominator"]).all() and (fractions["denominator"] > 0).all()
