"""Later uses of defined or known abbreviations."""

from __future__ import annotations

import pytest

from pipeline.abbreviations import (
    AbbreviationEntry,
    Definition,
    find_abbreviation_mentions,
    find_definitions,
    load_abbreviations,
)
from pipeline.abbreviations.mentions import TABLE_SOURCE
from pipeline.normalize import normalize_text

TABLE = {
    "HHV-8": AbbreviationEntry("HHV-8", "human herpesvirus 8", "人疱疹病毒8型", "microbe", "curated"),
    "DNA": AbbreviationEntry("DNA", "deoxyribonucleic acid", "脱氧核糖核酸", "", "curated"),
    "IL-6": AbbreviationEntry("IL-6", "interleukin-6", "白细胞介素-6", "test", "curated"),
    "CT": AbbreviationEntry("CT", "computed tomography", "计算机断层扫描", "procedure", "curated"),
    "T3": AbbreviationEntry("T3", "triiodothyronine", "三碘甲状腺原氨酸", "test", "curated"),
    "T4": AbbreviationEntry("T4", "thyroxine", "甲状腺素", "test", "curated"),
    "TNF-α": AbbreviationEntry("TNF-α", "tumor necrosis factor alpha", "肿瘤坏死因子-α", "test", "curated"),
}


def mentions(text: str, definitions=()) -> list[tuple[str, str, str, str]]:
    found = find_abbreviation_mentions(text, definitions, TABLE)
    assert all(text[m.start:m.end] == m.text for m in found)
    return [(m.text, m.abbr, m.long_zh, m.source) for m in found]


def test_record_definition_overrides_the_table_and_its_own_bracket_is_no_mention():
    # POEMS综合征
    text = normalize_text(
        "最新的研究提示人类疱疹病毒8型(human herpesvirus type 8，HHV-8)感染。7/13例(54%)检测到HHV-8DNA序列。"
    )
    found = mentions(text, find_definitions(text))
    assert found == [
        ("HHV-8", "HHV-8", "人类疱疹病毒8型", "text"),
        ("DNA", "DNA", "脱氧核糖核酸", "dictionary:abbreviations.tsv"),
    ]


def test_definitions_from_another_section_apply_without_offsets():
    cause = normalize_text("获得性免疫缺陷综合征(acquired immunodeficiency syndrome，AIDS)")
    later = "和非AIDS相关性Kaposi肉瘤"
    assert mentions(later, find_definitions(cause)) == [("AIDS", "AIDS", "获得性免疫缺陷综合征", "text")]


def test_ascii_word_boundaries():
    assert mentions("IL-60升高") == []
    assert mentions("CTA检查") == []
    assert mentions("IL-6R阳性") == []
    assert [m[0] for m in mentions("IL-6升高,CT示,T3T4正常")] == ["IL-6", "CT", "T3", "T4"]


def test_a_run_of_letters_is_never_split_into_known_abbreviations():
    # COPD and DBIL are not in the shipped table, but CO, PD, DB and IL are
    text = "患者有COPD病史10年,DBIL升高,HHV-8DNA阳性,T3T4正常"
    found = find_abbreviation_mentions(text, [], load_abbreviations())
    assert [m.text for m in found] == ["HHV-8", "DNA", "T3", "T4"]


def test_spelling_variants_without_hyphen():
    assert [m[1] for m in mentions("TNFα和IL6")] == ["TNF-α", "IL-6"]


def test_a_record_definition_also_gives_the_spelling_without_hyphen_its_meaning():
    definitions = find_definitions(normalize_text("恶病质素(tumor necrosis factor alpha，TNF-α)"))
    assert mentions("TNFα和TNF-α升高,IL6正常", definitions) == [
        ("TNFα", "TNF-α", "恶病质素", "text"),
        ("TNF-α", "TNF-α", "恶病质素", "text"),
        ("IL6", "IL-6", "白细胞介素-6", "dictionary:abbreviations.tsv"),
    ]


def test_single_letters_are_never_mentions():
    text = normalize_text("多发性神经病变(polyneuropathy，P)、脏器肿大(organomegaly，o)。P和B细胞")
    assert mentions(text, find_definitions(text)) == []


def test_label_of_a_record_definition_comes_from_its_long_form():
    text = normalize_text("人类免疫缺陷病毒(human immunodeficiency virus，HIV)感染,HIV阳性")
    found = find_abbreviation_mentions(text, find_definitions(text), TABLE)
    assert [(m.abbr, m.label, m.start) for m in found] == [("HIV", "microbe", text.rindex("HIV"))]


@pytest.mark.parametrize(
    ("source", "long_zh", "found_in"),
    [
        ("curated", "POEMS综合征", "dictionary:abbreviations.tsv"),
        ("mined:xywy", "多发性神经病变、脏器肿大、内分泌病变、单克隆γ球蛋白病、皮肤改变", "text"),
    ],
)
def test_a_curated_row_names_an_acronym_better_than_its_letters(source, long_zh, found_in):
    # POEMS综合征: the acronym's long form only joins its letters'
    text = normalize_text(
        "多发性神经病变(polyneuropathy，P)、脏器肿大(organomegaly，o)、内分泌病变(endocrinopathy，E)、"
        "单克隆γ球蛋白病(monoclonal gammopathy，M)和皮肤改变(skin changes，S)。伴MCD的POEMS病人"
    )
    table = {**TABLE, "POEMS": AbbreviationEntry("POEMS", "", "POEMS综合征", "disease", source)}
    [mention] = find_abbreviation_mentions(text, find_definitions(text), table)
    assert (mention.text, mention.long_zh, mention.source) == ("POEMS", long_zh, found_in)


@pytest.mark.parametrize(
    ("text", "long_zh", "found_in"),
    [
        # abbreviations review of medical_9 (2026-12-05, R8): the text left out the final mark
        ("炎症介质如白细胞介素(IL-1)释放,IL-1增多", "白细胞介素-1", "dictionary:abbreviations.tsv"),
        ("血小板产生血栓素(TXA2),TXA2引起血小板聚集", "血栓素A2", "dictionary:abbreviations.tsv"),
        ("转化生长因子(TGF-β)增多,TGF-β促进纤维化", "转化生长因子-β", "dictionary:abbreviations.tsv"),
        ("肿瘤坏死因子(TNF-α)增多,TNF-α升高", "肿瘤坏死因子-α", "dictionary:abbreviations.tsv"),
        # the text's own long form, not the table's, when it differs by more than the mark
        ("白介素(IL-6)增多,IL-6升高", "白介素", "text"),
    ],
)
def test_a_long_form_without_the_abbreviations_final_mark_takes_the_tables(text, long_zh, found_in):
    table = {
        **TABLE,
        "IL-1": AbbreviationEntry("IL-1", "interleukin-1", "白细胞介素-1", "test", "curated"),
        "TXA2": AbbreviationEntry("TXA2", "thromboxane A2", "血栓素A2", "test", "curated"),
        "TGF-β": AbbreviationEntry("TGF-β", "", "转化生长因子-β", "test", "clinical_abbr"),
    }
    text = normalize_text(text)
    [mention] = find_abbreviation_mentions(text, find_definitions(text, table=table), table)
    assert (mention.long_zh, mention.source) == (long_zh, found_in)


@pytest.mark.parametrize(
    ("text", "abbr", "long_zh", "label"),
    [
        # review of xywy medical_6–7 (2026-12-03, abbreviations): shipped table rows for
        # abbreviations the records use without defining them
        ("并发DIC时,肾小球毛细血管内可见微血栓", "DIC", "弥散性血管内凝血", "disease"),
        ("用ELISA法检测", "ELISA", "酶联免疫吸附试验", "test"),
        ("长期使用NSAIDs", "NSAIDs", "非甾体抗炎药", "drug"),
        # labs review of medical_9 (2026-12-05): the miner took 尿谷草转氨酶 from the xywy check
        # name 尿谷草转氨酶（GOT）; in prose GOT is the serum enzyme (a curated row overrides)
        ("血清中线粒体型GOT增加", "GOT", "谷草转氨酶", "test"),
    ],
)
def test_the_shipped_table_names_common_undefined_abbreviations(text, abbr, long_zh, label):
    entry = load_abbreviations()[abbr]
    (found,) = find_abbreviation_mentions(text, (), load_abbreviations())
    assert (found.abbr, found.long_zh, entry.label) == (abbr, long_zh, label)


def test_a_roman_numeral_after_a_test_makes_another_name():
    text = normalize_text("胰岛素样生长因子IGF-Ⅱ升高，血小板膜糖蛋白GPⅡb/Ⅲa，IGF-Ⅱ型受体。")
    found = find_abbreviation_mentions(text, [], load_abbreviations())
    assert [m.text for m in found] == ["IGF"]  # IGF-Ⅱ型: a type word after the numeral


@pytest.mark.parametrize(
    ("text", "uses"),
    [
        # code review 2026-12-05 (D1): medical_5:68 lost its 11 HTLV mentions and its HTLV row
        ("HTLV-Ⅱ感染也可引起本病。", ["HTLV"]),
        ("HSV-Ⅱ感染。HSV-Ⅱ型感染。", ["HSV", "HSV"]),
        ("HTLV-Ⅰ感染细胞后可出现HLA-Ⅱ抗原。", ["HTLV", "HLA"]),  # HLA: abbreviation_classes.tsv
    ],
)
def test_a_roman_numeral_after_an_organism_is_its_type_and_after_hla_its_class(text, uses):
    found = find_abbreviation_mentions(normalize_text(text), [], load_abbreviations())
    assert [m.text for m in found] == uses


def test_a_roman_numeral_after_a_disease_is_its_grade():
    text = normalize_text("宫颈上皮内瘤变(CIN)分为CINⅠ，CINⅡ，CINⅢ。")
    found = find_abbreviation_mentions(text, find_definitions(text), load_abbreviations())
    assert [m.text for m in found] == ["CIN", "CIN", "CIN"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # abbreviations review of medical_9 (2026-12-05, R6): 基因 after the bracket: the gene, no disease
        ("早幼粒细胞白血病(PML)基因形成PML-RARα融合基因,PML蛋白", ""),
        # without it, the disease
        ("早幼粒细胞白血病(PML)患者,PML缓解", "disease"),
        # a gene of a test keeps the test's label
        ("血管紧张素转换酶(ACE)基因多态性,ACE升高", "test"),
    ],
)
def test_a_disease_abbreviation_followed_by_gene_names_the_gene(text, label):
    text = normalize_text(text)
    found = find_abbreviation_mentions(text, find_definitions(text, table={}), {})
    assert found and {m.label for m in found} == {label}


def test_a_defined_abbreviation_whose_long_form_is_a_term_takes_the_terms_label():
    # xywy medical_0: 肾上腺皮质激素 is a drug in the dictionary, though its head word 激素 says test
    text = "肾上腺皮质激素(ACS)可预防。孕妇用ACS。"
    terms = {"肾上腺皮质激素": "drug"}.get
    [use] = find_abbreviation_mentions(text, find_definitions(text), TABLE, term_label=terms)
    assert (use.text, use.label) == ("ACS", "drug")
    # a long form no term knows keeps its head word's label
    text = "胎盘生乳激素(HPL)降低。HPL下降。"
    [use] = find_abbreviation_mentions(text, find_definitions(text), TABLE, term_label=terms)
    assert (use.text, use.label) == ("HPL", "test")


def test_a_text_without_letters_mentions_only_abbreviations_spelled_without_one():
    """The letter precheck skips a text of digits only when no form lacks a letter: a table or a
    definition spelling an abbreviation with digits alone still finds it."""
    text = "服药12天后复查"
    assert find_abbreviation_mentions(text, [], TABLE) == []
    digits = {"12": AbbreviationEntry("12", "", "十二", "test", "test")}
    [mention] = find_abbreviation_mentions(text, [], digits)
    assert (mention.start, mention.end, mention.long_zh) == (2, 4, "十二")
    defined = Definition(abbr="12", abbr_start=None, abbr_end=None, long_en="", long_zh="十二", zh_start=0,
                         zh_end=0, start=20, end=24, shape="zh(ABBR)")
    [mention] = find_abbreviation_mentions(text, [defined], TABLE)
    assert (mention.start, mention.end, mention.source) == (2, 4, "text")


def test_a_run_of_digits_is_split_only_when_some_form_lacks_a_letter():
    """In a text with letters too, a run of digits is skipped when every form holds a letter; a table or a
    definition spelling an abbreviation with digits alone still finds it there."""
    text = "IL-6升高，服药12天后复查"
    assert [m.text for m in find_abbreviation_mentions(text, [], TABLE)] == ["IL-6"]
    digits = {"12": AbbreviationEntry("12", "", "十二", "test", "test"),
              "IL-6": AbbreviationEntry("IL-6", "", "白细胞介素-6", "test", "test")}
    assert [m.text for m in find_abbreviation_mentions(text, [], digits)] == ["IL-6", "12"]
    defined = Definition(abbr="12", abbr_start=None, abbr_end=None, long_en="", long_zh="十二", zh_start=0,
                         zh_end=0, start=30, end=34, shape="zh(ABBR)")
    found = find_abbreviation_mentions(text, [defined], TABLE)
    assert [(m.text, m.source) for m in found] == [("IL-6", TABLE_SOURCE), ("12", "text")]
