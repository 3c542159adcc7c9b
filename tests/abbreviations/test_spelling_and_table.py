"""Canonical spelling and the shipped table."""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

import pytest

from pipeline.abbreviations import canonical_abbr, guess_label, load_abbreviations
from pipeline.abbreviations.table import AbbreviationEntry, load_abbreviation_data, load_cues
from pipeline.errors import DictionaryError
from pipeline.labels import LABELS


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("TNF-a", "TNF-α"),
        ("TNFα", "TNF-α"),
        ("TNF-α", "TNF-α"),
        ("IL-1a", "IL-1α"),
        ("TGFβ1", "TGF-β1"),
        ("IgG", "IgG"),
        ("IGG", "IgG"),  # table spelling, 3 letters, unique
        ("IL6", "IL-6"),  # hyphens do not count against the table
        ("HHV8", "HHV-8"),
        ("ＩＬ－６", "IL-6"),  # full width
        ("o", "O"),  # a lone letter of an acronym
        ("pH", "pH"),
        ("Ct", "Ct"),  # cycle threshold, not CT
        ("CT", "CT"),
        ("XYZ-9", "XYZ-9"),  # unknown: rules only
    ],
)
def test_canonical_abbr(written, canonical):
    assert canonical_abbr(written) == canonical


@pytest.mark.parametrize(
    ("written", "long_zh", "canonical"),
    [
        # medical_9: the mined Pap row is 巴氏, the text's PAP another thing
        ("PAP", "前列腺酸性磷酸酶", "PAP"),
        ("VLDL-C", "极低密度脂蛋白", "VLDL-C"),  # VLDL-c: 极低密度脂蛋白胆固醇
        ("VLDL-C", "极低密度脂蛋白胆固醇", "VLDL-c"),  # the row's own meaning: folded
        ("PAP", None, "Pap"),  # no long form to compare: folded as before
        ("IGG", "免疫球蛋白", "IgG"),  # a curated row: folded whatever the text's long form
        ("G6PD", "葡萄糖-6-磷酸脱氢酶缺乏", "G-6-PD"),  # hyphens only, no case: folded as before
    ],
)
def test_capitals_are_not_folded_to_a_mined_row_meaning_another_thing(written, long_zh, canonical):
    assert canonical_abbr(written, long_zh=long_zh) == canonical


def test_canonical_abbr_reads_each_tables_own_spellings_as_they_are_now():
    """Only the tables ``load_abbreviations`` returned are remembered (nothing can change them); any
    other table, a read-only view of a caller's dict included, is read anew: another table's
    spellings never answer for it, nor its own old ones."""
    def entry(abbr: str) -> AbbreviationEntry:
        return AbbreviationEntry(abbr, "", "某物", "test", "curated")

    hyphenated, plain = MappingProxyType({"XQ-7": entry("XQ-7")}), MappingProxyType({"XQ7": entry("XQ7")})
    assert canonical_abbr("XQ7", hyphenated) == "XQ-7"
    assert canonical_abbr("XQ-7", plain) == "XQ7"
    assert canonical_abbr("XQ7", hyphenated) == "XQ-7"
    changing = {"XQ-7": entry("XQ-7")}
    viewed = MappingProxyType(changing)
    assert canonical_abbr("XQ7", changing) == canonical_abbr("XQ7", viewed) == "XQ-7"
    changing.clear()
    changing["XQ7"] = entry("XQ7")
    assert canonical_abbr("XQ7", changing) == canonical_abbr("XQ7", viewed) == "XQ7"
    assert canonical_abbr("IL6", load_abbreviations()) == canonical_abbr("IL6") == "IL-6"


def test_table_rows_are_valid_and_cover_the_curated_set():
    table = load_abbreviations()
    for abbr in ["IL-1", "IL-1α", "IL-1β", "IL-2", "IL-6", "TNF-α", "TGF-β", "TGF-β1", "IFN-γ",
                 "IgG", "IgA", "IgM", "IgE", "T3", "T4", "DNA", "RNA", "mRNA", "VEGF", "CRP", "ESR"]:
        assert table[abbr].source == "curated"
    assert {entry.label for entry in table.values()} <= set(LABELS) | {""}
    assert (table["HIV"].label, table["AIDS"].label, table["CT"].label) == ("microbe", "disease", "procedure")
    assert {entry.source for entry in table.values()} == {"curated", "clinical_abbr", "mined:xywy"}


def test_acronyms_the_entities_know_are_in_the_table():
    # EEG异常者 … had no abbreviations row (abbreviations review of medical_7 2026-12-05)
    table = load_abbreviations()
    assert [(table[a].long_zh, table[a].label) for a in ("EEG", "FSH", "ATRA")] == [
        ("脑电图", "procedure"), ("促卵泡激素", "test"), ("全反式维A酸", "drug")]


def test_clinical_abbr_row_with_several_meanings_keeps_the_medical_one():
    # PT: Preferred Terms (no label) / Prothrombin Time (test)
    assert load_abbreviations()["PT"].long_zh == "凝血酶原时间"


def test_table_rejects_non_canonical_spelling(tmp_path: Path):
    path = tmp_path / "abbreviations.tsv"
    path.write_text("abbr\tlong_en\tlong_zh\tlabel\tsource\nTNF-a\t\t肿瘤坏死因子-α\ttest\tcurated\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="E140"):
        load_abbreviations(path)


def test_table_rejects_two_spellings_of_one_abbreviation(tmp_path: Path):
    path = tmp_path / "abbreviations.tsv"
    path.write_text(
        "abbr\tlong_en\tlong_zh\tlabel\tsource\nIL-6\t\t白细胞介素-6\ttest\tcurated\nIL6\t\t白介素6\ttest\tcurated\n",
        encoding="utf-8",
    )
    with pytest.raises(DictionaryError, match="E142"):
        load_abbreviations(path)


@pytest.mark.parametrize(
    ("long_zh", "label"),
    [
        ("人类免疫缺陷病毒", "microbe"),
        ("获得性免疫缺陷综合征", "disease"),
        ("人类疱疹病毒8型", "microbe"),
        ("转移生长因子β1", "test"),
        ("计算机断层扫描", "procedure"),
        ("置信区间", ""),
    ],
)
def test_guess_label_from_the_head_word(long_zh, label):
    assert guess_label(long_zh) == label


def test_cue_file_roles():
    cues = load_cues()
    assert {"的", "与", "和", "及", "是", "为", "在", "有", "由", "对", "于"} <= cues.stop
    assert "简称" in cues.alias and "因" not in cues.stop  # 因子
    assert set(cues.name_forming) == {"期", "性", "型"}  # 新生儿期, 老年性白内障, 婴儿型多囊肾 keep the group
    assert {"女性", "阳性"} <= set(cues.not_adjectives)


def test_an_unknown_cue_role_names_the_line(tmp_path):
    path = tmp_path / "abbreviation_cues.tsv"
    path.write_text("cue\trole\tlabel\tsource\n期\tname_forming\t\tcurated\n性\tname_formin\t\tcurated\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as error:
        load_cues(path)
    assert error.value.code == "E141" and ":3:" in str(error.value)


@pytest.mark.parametrize(
    ("abbr", "long_zh"),
    [
        # abbreviations review of medical_5 (2026-12-05, D1): curated rows over mined ones cut short
        ("EIEC", "肠侵袭性大肠埃希杆菌"), ("TSST", "中毒性休克综合征毒素"), ("ARMD", "年龄相关性黄斑变性"),
        ("HPL", "人胎盘催乳素"), ("NANC", "非肾上腺素能非胆碱能"), ("sTNFR", "可溶性TNF受体"),
        ("MMP", "基质金属蛋白酶"), ("OT", "旧结核菌素"),  # OT试验阳性: the tuberculin, not the test
    ],
)
def test_the_shipped_table_has_the_whole_long_form(abbr, long_zh):
    entry = load_abbreviations()[abbr]
    assert (entry.long_zh, entry.source) == (long_zh, "curated")


def test_a_folders_abbreviation_data_is_read_once(tmp_path):
    # the stages ask for it per section: looking the folder up each time cost a batch 26 % more
    # instructions (benchmarks/RESULTS.md, 2026-12-05); a folder is read once and shared
    assert load_abbreviation_data(tmp_path) is load_abbreviation_data(str(tmp_path))
    assert load_abbreviation_data(None) is load_abbreviation_data()
