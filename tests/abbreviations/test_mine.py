"""The miner's consistency rule, the table merge, and a real run on one xywy file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from pipeline.abbreviations.mine import (
    _pair_row,
    clinical_abbr_rows,
    consistent_pairs,
    merge_into_table,
    mine,
)
from pipeline.abbreviations.table import Cues

REPO_ROOT = Path(__file__).resolve().parents[2]
CUES = Cues(stop=frozenset(), alias=(), label_suffixes=(("病毒", "microbe"), ("酶", "test")),
            reject=frozenset({"AB"}), modifiers=())


def test_majority_long_form_with_longer_variants_agreeing():
    by_record = {
        "r1": {("LDH", "乳酸脱氢酶", "lactate dehydrogenase")},
        "r2": {("LDH", "血清乳酸脱氢酶", "")},
        "r3": {("LDH", "乳酸脱氢酶", "")},
        "r4": {("LDH", "肝酶", "")},
    }
    [pair] = consistent_pairs(by_record, cues=CUES)
    assert (pair.abbr, pair.long_zh, pair.long_en, pair.label, pair.count, pair.total) == (
        "LDH", "乳酸脱氢酶", "lactate dehydrogenase", "test", 3, 4)
    assert pair.note == "other long forms: 肝酶×1"


def test_a_long_form_cut_short_now_and_then_does_not_win_by_its_support():
    # xywy: 去甲肾上腺素(NE) ×16, 肾上腺素(NE) ×1; every 去甲肾上腺素 ends with 肾上腺素 too
    by_record = {f"r{i}": {("NE", "去甲肾上腺素", "")} for i in range(4)} | {"r9": {("NE", "肾上腺素", "")}}
    [pair] = consistent_pairs(by_record, cues=CUES)
    assert (pair.long_zh, pair.count, pair.total) == ("去甲肾上腺素", 4, 5)


def test_the_best_supported_form_when_the_most_written_lacks_a_majority():
    # 血清免疫球蛋白E is written most, in 4 records of 7: no majority; 免疫球蛋白E ends 5 of them
    by_record = {f"r{i}": {("IgE", "血清免疫球蛋白E", "")} for i in range(4)}
    by_record |= {"r5": {("IgE", "免疫球蛋白E", "")}, "r6": {("IgE", "IgE介导", "")}, "r7": {("IgE", "I型过敏反应", "")}}
    [pair] = consistent_pairs(by_record, cues=CUES, specimen_prefixes=())
    assert (pair.long_zh, pair.count, pair.total) == ("免疫球蛋白E", 5, 7)


def test_unclear_single_rejected_and_case_variants():
    by_record = {
        "r1": {("CA", "癌抗原", ""), ("HPV", "人乳头瘤病毒", ""), ("AB", "实际碳酸氢", "")},
        "r2": {("CA", "钙", ""), ("HPV", "人乳头瘤病毒", ""), ("AB", "实际碳酸氢", "")},
        "r3": {("CA", "囊腺癌", ""), ("5-FU", "氟尿嘧啶", ""), ("5-Fu", "氟尿嘧啶", "")},
        "r4": {("5-FU", "氟尿嘧啶", ""), ("MCD", "多中心Castleman病", "")},
        "r5": {("5-Fu", "氟尿嘧啶", "")},
        "r6": {("5-FU", "氟尿嘧啶", "")},
    }
    assert [(p.abbr, p.count) for p in consistent_pairs(by_record, cues=CUES)] == [("5-FU", 3), ("HPV", 2)]


def test_merge_rewrites_generated_rows_and_keeps_curated_ones(tmp_path: Path):
    table = tmp_path / "abbreviations.tsv"
    table.write_text(
        "# comment stays\nabbr\tlong_en\tlong_zh\tlabel\tsource\tcount\tnote\n"
        "HIV\t\t人类免疫缺陷病毒\tmicrobe\tcurated\t\t\n"
        "OLD\t\t旧的\t\tmined:xywy\t2\t\n",
        encoding="utf-8",
    )
    row = {"long_en": "", "label": "", "source": "mined:xywy", "count": "3", "note": ""}
    written = merge_into_table(table, {"mined:xywy": [
        {"abbr": "HIV", "long_zh": "艾滋病毒", **row}, {"abbr": "NEW", "long_zh": "新的", **row},
    ]})
    assert table.read_text(encoding="utf-8").splitlines() == [
        "# comment stays",
        "abbr\tlong_en\tlong_zh\tlabel\tsource\tcount\tnote",
        "HIV\t\t人类免疫缺陷病毒\tmicrobe\tcurated\t\t",
        "NEW\t\t新的\t\tmined:xywy\t3\t",
    ]
    assert written["mined:xywy skipped (already in table)"] == 1


def test_mining_one_real_file(shared_data: Path, tmp_path: Path):
    shutil.copy(shared_data / "xywy" / "medical_6.json", tmp_path / "medical_6.json")
    by_record, stats = mine(tmp_path)
    assert stats["records"] == 500
    assert 500 < stats["definitions"] < 5000
    poems = next(found for found in by_record.values() if ("POEMS", "多发性神经病变、脏器肿大、内分泌病变、单克隆γ球蛋白病、皮肤改变",
                                                           "polyneuropathy, organomegaly, endocrinopathy, monoclonal gammopathy, skin changes") in found)
    assert ("HHV-8", "人类疱疹病毒8型", "human herpesvirus type 8") in poems
    pairs = {p.abbr: p for p in consistent_pairs(by_record)}
    assert 20 < len(pairs) < 300


def test_a_test_measured_in_several_specimens_is_kept_without_them():
    by_record = {
        "r1": {("β2-MG", "血清β2微球蛋白", "")},
        "r2": {("β2-MG", "血清β2微球蛋白", "")},
        "r3": {("β2-MG", "脑脊液β2微球蛋白", "")},
        "r4": {("β2-MG", "脑脊液β2微球蛋白", "")},
        "r5": {("ALD", "血清醛缩酶", "")},
        "r6": {("ALD", "血清醛缩酶", "")},
    }
    pairs = {p.abbr: (p.long_zh, p.count, p.total) for p in consistent_pairs(by_record, cues=CUES, specimen_prefixes=("脑脊液", "血清"))}
    assert pairs == {"β2-MG": ("β2微球蛋白", 4, 4), "ALD": ("血清醛缩酶", 2, 2)}  # one specimen: as written


def test_a_specimen_word_does_not_merge_tests_that_only_share_an_ending():
    by_record = {
        "r1": {("UP", "尿蛋白", "")}, "r2": {("UP", "尿蛋白", "")},
        "r3": {("UP", "总蛋白", "")}, "r4": {("UP", "总蛋白", "")}, "r5": {("UP", "血清总蛋白", "")},
    }
    [pair] = consistent_pairs(by_record, cues=CUES, specimen_prefixes=("血清", "尿"))
    assert (pair.long_zh, pair.count, pair.total) == ("总蛋白", 3, 5)  # not 蛋白, 5 of 5


def test_clinical_abbr_rows_take_the_entity_dictionaries_labels(tmp_path: Path):
    abbr_json = tmp_path / "abbr.json"
    abbr_json.write_text(json.dumps([
        {"name": "KUB", "content": {"full_name": "Plain Film of Kidney, Ureter and Bladder", "description": "尿路平片"}},
        {"name": "ITT", "content": {"full_name": "Intention-To-Treat", "description": "意向性治疗"}},
        {"name": "TP", "content": [{"full_name": "Total Protein", "description": "总蛋白"},
                                   {"full_name": "Syphilis", "description": "梅毒"}]},
    ], ensure_ascii=False), encoding="utf-8")
    rows = {row["abbr"]: row for row in clinical_abbr_rows(abbr_json)}
    assert rows["KUB"]["label"] == "procedure"  # an X-ray, not a drug (片)
    assert rows["ITT"]["label"] == ""  # trial jargon: no mention, though 治疗 ends it
    assert (rows["TP"]["long_zh"], rows["TP"]["label"]) == ("梅毒", "")  # the listed sense; too ambiguous as written
    assert rows["TP"]["note"] == "also: Total Protein = 总蛋白"


def test_the_shipped_table_is_what_the_miner_makes_of_the_shared_data(shared_data: Path, tmp_path: Path):
    by_record, _ = mine(shared_data / "xywy")
    generated = {
        "clinical_abbr": clinical_abbr_rows(shared_data / "lexicons" / "clinical_abbr" / "abbr.json"),
        "mined:xywy": [_pair_row(pair) for pair in consistent_pairs(by_record)],
    }
    shipped = REPO_ROOT / "dictionaries" / "abbreviations.tsv"
    regenerated = shutil.copy(shipped, tmp_path / "abbreviations.tsv")
    merge_into_table(regenerated, generated)
    assert regenerated.read_text(encoding="utf-8") == shipped.read_text(encoding="utf-8"), (
        "dictionaries/abbreviations.tsv is stale: regenerate it (see its header)")
