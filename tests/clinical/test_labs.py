"""extract_labs (pipeline/clinical/labs.py): tiny sentences, mostly out of the reviews of xywy records,
and the real sentences of the seed record, with the lab rows they must (or must not) give.

The tests are grouped by what the module does; the comment above each says which review asked for it.
Some run the real entity and context stages and then extract_labs (the ``analyse`` fixture of
conftest.py), others the whole pipeline on a record of 测试病 (``pipeline.run``)."""

from __future__ import annotations

import functools

import pandas as pd
import pytest

import pipeline
from pipeline.clinical import extract_labs
from pipeline.tables.schema import TABLES

# --- helpers: extract_labs over a sentence through the entity and context stages (analyse) -----


def findings_by_test(analyse, text: str, section: str = "诊断/诊断"):
    """``({test text: LabFinding}, norm)`` of ``text`` in a record of the seed's disease, POEMS综合征."""
    norm, entities, quantities, assertions = analyse(text, section, "POEMS综合征")
    return {f.test.text: f for f in extract_labs(norm, entities, quantities, assertions)}, norm


def lab_findings(analyse, text: str, section: str = "诊断/症状"):
    """The LabFindings of ``text`` in a record of 测试病, in order."""
    norm, entities, quantities, assertions = analyse(text, section, "测试病")
    return extract_labs(norm, entities, quantities, assertions)


def findings_and_assertions(analyse, text: str) -> list[tuple[str, str, str]]:
    """``(test text, finding, assertion)`` of each LabFinding of ``text`` (诊断/症状 of a record of 测试病)."""
    norm, entities, quantities, assertions = analyse(text, "诊断/症状", "测试病")
    return [(f.test.text, f.finding, f.assertion) for f in extract_labs(norm, entities, quantities, assertions)]


# --- helpers: the whole pipeline over a record of 测试病 ----------------------------------------------


def run_tables(text: str, section: str = "检查") -> dict[str, pd.DataFrame]:
    """Every table of a record of 测试病 with ``text`` in ``section``."""
    return pipeline.run([{"name": "测试病", section: text}])


def run_labs(text: str, section: str = "检查") -> pd.DataFrame:
    """The labs table of a record of 测试病 with ``text`` in ``section``."""
    return run_tables(text, section)["labs"]


@functools.cache
def _labs_table(desc: str):
    """The labs table of a record of 测试病 whose ``desc`` is ``desc`` (cached: tests share records)."""
    return pipeline.run([{"name": "测试病", "desc": desc}])["labs"]


def _row(desc: str, test: str):
    labs = _labs_table(desc)
    found = labs[labs["test"] == test]
    assert len(found) == 1, labs[["test", "text", "finding", "freq_pct"]]
    return found.iloc[0]


def _none(value) -> bool:
    return value is None or pd.isna(value)


def _documented_test_labels() -> set[str]:
    doc = next(column.doc for column in TABLES["labs"] if column.name == "test_label")
    return {label for label in ("test", "procedure", "body", "drug") if f"`{label}`" in doc.split(";")[0]}


def directions(text: str, section: str = "检查") -> list[tuple]:
    """``(test, direction)`` of each row of the labs table."""
    return [(row.test, row.direction) for row in run_labs(text, section).itertuples()]


def assertions(text: str, section: str = "检查") -> list[tuple]:
    """``(test, direction, assertion)`` of each row of the labs table."""
    return [(row.test, row.direction, row.assertion) for row in run_labs(text, section).itertuples()]


def values(text: str) -> list[tuple]:
    """``(test, value_low, unit, comparator)`` of each row of the labs table."""
    return [(row.test, row.value_low, row.unit, row.comparator) for row in run_labs(text).itertuples()]


def specimens(text: str) -> list[tuple[str, str | None]]:
    """``(test, specimen or None)`` of each row of the labs table."""
    return [(row.test, None if pd.isna(row.specimen) else row.specimen) for row in run_labs(text).itertuples()]


def specimens_and_signs(text: str, section: str = "检查") -> list[tuple[str, str | None, bool]]:
    """``(test, specimen or None, whether it is a sign)`` of each row of the labs table."""
    return [(row.test, None if pd.isna(row.specimen) else row.specimen, bool(row.sign))
            for row in run_labs(text, section).itertuples()]


def mentions(text: str) -> list[tuple[str, str, str]]:
    """``(text, label, canonical)`` of each row of the mentions table."""
    return [(row.text, row.label, row.canonical) for row in run_tables(text)["mentions"].itertuples()]


# --- reading tests: names, canonical names, labels ------------------------------------------------


# labs review of xywy medical_15, 2026-12-04
def test_blood_gas_abbreviations_are_tests(analyse):
    found, _ = findings_by_test(analyse, "血气分析：PaCO2偏高和PaO2下降。")
    assert (found["PaCO2"].test.canonical, found["PaCO2"].direction) == ("动脉血二氧化碳分压", "up")
    assert (found["PaO2"].test.canonical, found["PaO2"].direction) == ("动脉血氧分压", "down")


# labs review of xywy medical_4, 2026-12-05, R6: signs and tests the lexicon lacked or called symptoms
@pytest.mark.parametrize(("text", "canonical", "sign"), [
    ("尼氏征阳性。", "尼氏征", True),
    ("Nikolsky征阳性。", "尼氏征", True),
    ("Romberg征阳性。", "Romberg征", True),
    ("闭目难立征阳性。", "Romberg征", True),  # was a symptom
    ("吸吮反射阳性。", "吸吮反射", True),  # the symptom 吸吮反射阳性 holds the test
    ("掌颏反射阳性。", "掌颏反射", True),  # was a symptom
    ("噘嘴反射阳性。", "噘嘴反射", True),
    ("皮肤划痕反应阳性。", "皮肤划痕试验", True),
    ("外斐氏试验阳性。", "外斐反应", False),  # a serum test
    ("外斐反应阳性。", "外斐反应", False),
])
def test_bedside_signs_and_the_weil_felix_test_are_tests(text, canonical, sign):
    (row,) = run_labs(text).itertuples()
    assert (row.test, row.direction, bool(row.sign)) == (canonical, "positive", sign)


# left over from the labs review of medical_15, done 2026-12-04 (session from 15:21)
def test_renin_residual_urine_and_trh_are_tests(analyse):
    found, _ = findings_by_test(analyse, "血肾素、醛固酮增高，残余尿量增多。")
    assert (found["肾素"].specimen, found["肾素"].direction) == ("血", "up")
    assert found["醛固酮"].direction == "up"
    assert found["残余尿量"].direction == "up"
    for text in ("促甲状腺素释放激素", "甲状腺素释放激素"):
        norm, entities, _, _ = analyse(f"{text}兴奋试验阳性。", "诊断/诊断", "POEMS综合征")
        assert any(e.text == text and e.canonical == "促甲状腺激素释放激素" for e in entities)


# labs review of medical_6, 2026-12-04 (session from 15:21)
def test_named_antibodies_are_tests_not_the_bare_head(analyse):
    found, _ = findings_by_test(analyse, "临床检查可有平滑肌抗体，抗核抗体及肝肾微粒体抗体阳性。", "病因/病因")
    assert {f.test.canonical for f in found.values()} == {"抗平滑肌抗体", "抗核抗体", "抗肝肾微粒体抗体"}
    found, _ = findings_by_test(analyse, "或SM抗体阳性。")
    assert [f.test.canonical for f in found.values()] == ["抗Sm抗体"]


# labs review of medical_6, 2026-12-04 (session from 15:21)
def test_lh_is_a_test_and_arterial_blood_names_its_specimen(analyse):
    found, _ = findings_by_test(analyse, "使FSH和LH水平升高。")
    assert {(f.test.canonical, f.direction) for f in found.values()} == {("促卵泡激素", "up"), ("黄体生成素", "up")}
    found, _ = findings_by_test(analyse, "动脉血氧饱和度下降。")
    assert (found["动脉血氧饱和度"].specimen, found["动脉血氧饱和度"].direction) == ("血", "down")


# review of xywy medical_12–13, 2026-12-03 (five protein and cell names)
@pytest.mark.parametrize(("text", "test"), [
    ("尿β2微球蛋白增加。", "β2微球蛋白"),  # was read as 球蛋白
    ("网状红细胞计数增多。", "网状红细胞"),  # was read as 红细胞计数
])
def test_a_protein_or_cell_name_is_not_read_as_the_shorter_name_inside_it(analyse, text, test):
    found, _ = findings_by_test(analyse, text)
    assert test in found and "球蛋白" not in found and "红细胞计数" not in found


# labs review of xywy medical_11, 2026-12-04
@pytest.mark.parametrize(
    "text, test, canonical",
    [
        ("HDL和LDL的改变(HDL-TG升高、HDL-C下降和LDL-TG升高)。", "HDL-TG", "高密度脂蛋白甘油三酯"),
        ("HDL和LDL的改变(HDL-TG升高、HDL-C下降和LDL-TG升高)。", "LDL-TG", "低密度脂蛋白甘油三酯"),
        ("轻度贫血和(或)大红细胞增多。", "大红细胞", "大红细胞"),
        ("可见许多细胞外抗淀粉酶PAS阳性的透明小体。", "抗淀粉酶PAS", "过碘酸希夫染色"),
        ("血清抗MPO阳性。", "抗MPO", "抗髓过氧化物酶抗体"),
        ("使循环中雄激素与雌激素的比例显著上升。", "雄激素与雌激素的比例", "雄激素/雌激素比值"),
    ],
)
def test_a_named_test_is_not_cut_to_the_generic_analyte_inside_it(analyse, text, test, canonical):
    found = {f.test.text: f for f in lab_findings(analyse, text)}
    assert test in found and found[test].test.canonical == canonical, found
    assert not {"TG", "红细胞", "淀粉酶", "MPO", "雄激素"} & set(found), found


# labs review of xywy medical_9, 2026-12-05 (fresh review), R3
@pytest.mark.parametrize(("text", "test"), [
    # a measurement word before a test is part of its name (curated terms)
    ("血中非结合胆红素明显增高。", "非结合胆红素"),
    ("游离T4明显升高。", "游离甲状腺素"),
    ("眼动脉压降低。", "眼动脉压"),
    ("使得血清未结合胆红素过多。", "非结合胆红素"),  # not 结合胆红素, its opposite
    ("抗甲状腺自身抗体阳性。", "抗甲状腺自身抗体"),
    # but 结合 joins no other test, and 双眼 is the eyes, not part of 视力
    ("性激素结合球蛋白增高。", "性激素结合球蛋白"),
    ("双眼视力低下。", "视力"),
])
def test_a_measurement_word_before_a_test_is_part_of_its_name(text, test):
    assert list(run_labs(text).test) == [test]


# labs review of xywy medical_8, 2026-12-05, L1: curated terms
@pytest.mark.parametrize(("text", "expected"), [
    # the source lost the + of CD4+T细胞: the blank is what the text holds
    ("CD4 T细胞减少。", [("CD4 T细胞", "down")]),
    ("CD4+T细胞减少。", [("CD4 T细胞", "down")]),
    ("辅助性T细胞的数量减少。", [("辅助性T细胞", "down")]),
    ("血清甲状腺激素结合球蛋白增高。", [("甲状腺素结合球蛋白", "up")]),
    ("跟腱反射消失。", [("跟腱反射", "abnormal")]),
])
def test_curated_tests_of_the_review(text, expected):
    assert directions(text) == expected


# labs review of xywy medical_8, 2026-12-05, L1: curated terms
def test_achilles_reflex_lost_is_a_symptom_with_the_test_nested():
    assert ("跟腱反射消失", "symptom", "跟腱反射消失") in mentions("跟腱反射消失。")


# labs review of xywy medical_8, 2026-12-05, R1: an antigen written before 抗体 (the matcher's rule 18)
@pytest.mark.parametrize(("text", "expected"), [
    ("宫颈癌患者中HSV-Ⅱ抗体阳性率高。", [("HSV-Ⅱ抗体", "positive")]),
    ("血清抗GM1抗体升高。", [("抗GM1抗体", "up")]),
    ("出现抗-Yo抗体阳性。", [("抗Yo抗体", "positive")]),  # 抗- written as 抗
    ("β-EP抗体的下降。", [("β-EP抗体", "down")]),
    ("抗心磷脂抗体阳性。", [("抗心磷脂抗体", "positive")]),
])
def test_an_antigen_before_antibody_makes_one_test(text, expected):
    assert directions(text) == expected


# labs review of xywy medical_8, 2026-12-05, R1
@pytest.mark.parametrize("text", [
    "血清中抗体升高。",  # nothing before it
    "抗原和抗体的阳性率很高。",  # two things
    "抗麻风杆菌抗原的特异性抗体水平升高。",  # 的: the name is longer than the window
    "J o -1抗体阳性人群。",  # only the end of a Latin name
    "因子Ⅸ抗体水平正常。",  # the factor is named in Chinese
])
def test_no_antigen_joined(text):
    assert [test for test, _ in directions(text)] == ["抗体"]


# labs review of xywy medical_12, 2026-12-04 night
@pytest.mark.parametrize(
    "desc, test, text",
    [
        ("垂体分泌促甲状腺激素(TSH)过多。", "促甲状腺素", "促甲状腺激素(TSH)"),
        ("血清TSH升高。", "促甲状腺素", "TSH"),
        ("丙氨酸氨基转移酶升高。", "谷丙转氨酶", "丙氨酸氨基转移酶"),
        ("门脉压升高。", "门静脉压", "门脉压"),
        ("血中嗜酸细胞增多。", "嗜酸性粒细胞", "嗜酸细胞"),
        ("肝功异常。", "肝功能", "肝功"),
        ("运铁蛋白的产生减少。", "转铁蛋白", "运铁蛋白"),
        ("血清促红细胞生成素增高。", "红细胞生成素", "促红细胞生成素"),
        ("T细胞产生的干扰素γ减少。", "干扰素-γ", "干扰素γ"),
    ],
)
def test_one_canonical_name_per_analyte(desc, test, text):
    row = _row(desc, test)
    assert row["text"] == text, row


# labs review of xywy medical_11, 2026-12-04
def test_every_test_label_of_a_run_is_a_documented_one():
    labs = _labs_table(
        "血常规示嗜酸性粒细胞增多，嗜碱性粒细胞减少，单核细胞增多。Ph1染色体阳性。"
        "血清维生素E降低。肌电图示神经源性损害。血沉增快。"
    )
    assert _documented_test_labels() == {"test", "procedure"}
    assert set(labs["test_label"]) <= _documented_test_labels(), labs[["text", "test_label"]]
    by_text = dict(zip(labs["text"], labs["test_label"]))
    assert by_text["嗜酸性粒细胞"] == "test" and by_text["染色体"] == "test"
    assert by_text["肌电图"] == "procedure" and by_text["血沉"] == "test"


# --- reading tests: what is a lab subject (cells, nutrients, panels) ------------------------------


# xywy records, 2026-12-02 (cells are body substances)
@pytest.mark.parametrize(
    ("text", "cells", "direction"),
    [
        ("外周血淋巴细胞绝对值减少。", "淋巴细胞", "down"),  # cells are body substances, read as lab subjects
        ("患者体内B细胞数增多。", "B细胞", "up"),  # xywy: 数 between the cells and the result
        ("骨髓中粒细胞数目减少。", "粒细胞", "down"),
        ("诱导痰中嗜酸粒细胞增多。", "嗜酸粒细胞", "up"),  # review: whole, not its 粒细胞
    ],
)
def test_a_count_of_cells_is_a_lab_finding(analyse, text, cells, direction):
    found, _ = findings_by_test(analyse, text)
    assert found[cells].direction == direction


# review of xywy medical_12–13, 2026-12-02
@pytest.mark.parametrize(
    ("text", "cells", "finding"),
    [
        ("骨髓中粒细胞明显增生。", "粒细胞", "增生"),  # a specimen named: a marrow finding
        ("先天性巨核细胞增生不良。", "巨核细胞", "增生不良"),  # xywy review 2026-12-02 night: down, not up
        ("随后出现血小板减少和中性粒细胞减少。", "中性粒细胞", "减少"),  # whole, not its 粒细胞
    ],
)
def test_cells_growing_or_falling_with_their_specimen_or_a_result_of_their_own(analyse, text, cells, finding):
    found, _ = findings_by_test(analyse, text)
    assert found[cells].finding == finding


# review of xywy medical_12–13, 2026-12-02
@pytest.mark.parametrize("text", ["HIV感染导致淋巴细胞增生。", "各种刺激引起浆细胞增生。", "镜下可见浆细胞。"])
def test_cells_growing_with_no_specimen_named_are_no_lab_finding(analyse, text):
    found, _ = findings_by_test(analyse, text)  # xywy review 2026-12-02 night: tissue or mechanism
    assert found == {}


# third review, 2026-12-02
@pytest.mark.parametrize(
    ("text", "test", "finding"),
    [
        ("血清维生素E均降低。", "维生素E", "降低"),  # xywy review 2026-12-02: vitamins are drugs and lab subjects
        ("血中维生素A降低。", "维生素A", "降低"),
        ("血清维生素C可降低。", "维生素C", "降低"),  # nothing after the verb: its own level
        ("血清ALT可增高达正常的10倍。", "ALT", "增高"),  # 达 starts no object
        ("染色体数目异常。", "染色体", "异常"),  # a karyotype, though 染色体 is a body part
    ],
)
def test_a_nutrients_level_with_its_specimen_is_a_lab_finding(analyse, text, test, finding):
    found, _ = findings_by_test(analyse, text)
    assert found[test].finding == finding


# third review, 2026-12-02
@pytest.mark.parametrize("text", [
    "应用β-胡萝卜素可以降低体内40%的维生素E水平。",  # third review: no specimen named, an effect
    "正常人乳含维生素C约227.2～397.6μmol/L。",
    "维生素B6可减少草酸盐的生成。",  # a modal verb with an object the dictionaries lack
])
def test_a_nutrient_without_its_specimen_or_acting_on_another_is_no_lab_finding(analyse, text):
    found, _ = findings_by_test(analyse, text)
    assert found == {}


# xywy records, 2026-12-02 (panels)
@pytest.mark.parametrize(
    ("text", "findings"),
    [
        # xywy 李斯特菌病: a panel followed by a test it holds is no subject of its own
        ("周围血常规白细胞增高。", {"白细胞": "up"}),
        ("血常规示白细胞增高。", {"白细胞": "up"}),
        ("血常规正常。", {"血常规": "normal"}),  # alone, the panel is the subject
    ],
)
def test_a_panel_before_a_test_it_holds_gives_that_test_the_finding(analyse, text, findings):
    found, _ = findings_by_test(analyse, text)
    assert {test: lab.direction for test, lab in found.items()} == findings


# --- specimens ------------------------------------------------------------------------------------


# xywy records, 2026-12-01 (尿素氮, 尿素, 尿酸)
@pytest.mark.parametrize(
    ("text", "specimens"),
    [
        ("尿素氮升高。", {"尿素氮": ""}),  # urea nitrogen is no urine test (xywy 急性肾衰竭)
        ("血尿素氮和尿酸升高。", {"尿素氮": "血", "尿酸": "血"}),  # the word before still names it
        ("尿素氮和肌酐升高。", {"尿素氮": "", "肌酐": ""}),  # nor does 尿 inside 尿素氮 carry on
        ("尿蛋白阳性。", {"尿蛋白": "尿"}),
        # the 尿 before 尿酸 names this test's specimen only, not the next clause's
        ("尿尿酸增多,肌酐升高。", {"尿酸": "尿", "肌酐": ""}),
        # review of xywy medical_4–5 (2026-12-03, round 9): CSF names the specimen, not inside M-CSF
        ("此时CSF淋巴细胞增多。", {"淋巴细胞": "脑脊液"}),
        ("M-CSF刺激后淋巴细胞增多。", {"淋巴细胞": ""}),
    ],
)
def test_an_analyte_named_after_urine_is_no_urine_test(analyse, text, specimens):
    found, _ = findings_by_test(analyse, text)
    assert {test: found[test].specimen for test in specimens} == specimens


# labs review of xywy medical_9, 2026-12-05 (fresh review), R7: specimens
def test_coproporphyrin_is_no_faeces_test_by_its_name():
    # 粪卟啉 is an analyte: its specimen is the one written before it
    assert specimens("引起尿中粪卟啉增多。") == [("粪卟啉", "尿")]


# third review, 2026-12-02
@pytest.mark.parametrize(("text", "test"), [("血肾素、醛固酮增高。", "醛固酮"), ("致使血循环中血小板数减少。", "血小板数")])  # 血小板数: a count (mentions review of medical_6)
def test_a_blood_specimen_word_before_an_unknown_analyte_still_counts(analyse, text, test):
    found, _ = findings_by_test(analyse, text)  # third review: 血 only inside a word (心血管) is none
    assert found[test].specimen == "血"


# xywy records, 2026-12-02
@pytest.mark.parametrize(
    ("text", "specimen"),
    [
        ("外周血管脉搏正常。", ""),  # xywy 小儿大动脉转位: the peripheral vessels, no blood sample
        ("外周血白细胞计数增高。", "血"),
        ("血液检查可见白细胞减少。", "血"),  # review: an examination of blood keeps its specimen
        ("心血管系统表现 常有血压升高。", ""),  # audit: the 血 of 心血管 is no specimen
        ("周围血象白细胞增高。", "血"),  # 血象 is a specimen word of its own
        ("β-血栓蛋白和血小板第Ⅳ因子增高。", ""),  # fourth review: 血栓 is a clot, no blood sample
    ],
)
def test_a_specimen_word_cut_by_a_longer_mention_is_no_specimen(analyse, text, specimen):
    found, _ = findings_by_test(analyse, text)
    (lab,) = found.values()
    assert lab.specimen == specimen


# xywy review, 2026-12-02
@pytest.mark.parametrize(
    ("text", "specimens"),
    [
        # xywy review: blood pressure after a urine finding is no urine test, nor carries one on
        ("尿中白细胞增多,血压下降。", {"白细胞": "尿", "血压": ""}),
        ("血清钠降低,心率加快,体温升高。", {"心率": "", "体温": ""}),
    ],
)
def test_a_sign_measured_on_the_patient_has_no_specimen(analyse, text, specimens):
    found, _ = findings_by_test(analyse, text)
    assert {test: found[test].specimen for test in specimens} == specimens


# labs review of xywy medical_15, 2026-12-05
@pytest.mark.parametrize(("text", "expected"), [
    # a test named by 血 and an analyte is measured in blood; 血压 is a sign, with no specimen
    ("血钙降低，血钠浓度降低。", [("血钙", "血", False), ("血钠", "血", False)]),
    ("血压下降。", [("血压", None, True)]),
    # a bedside test is a sign
    ("直腿抬高试验阳性。", [("直腿抬高试验", None, True)]),
    ("支气管激发试验阳性。", [("支气管激发试验", None, False)]),
])
def test_specimens_and_signs(text, expected):
    assert specimens_and_signs(text) == expected


# labs review of xywy medical_9, 2026-12-05 (fresh review), R7: specimens
@pytest.mark.parametrize(("text", "expected"), [
    # a function measured on the patient has no specimen, own or carried
    ("血钙升高，心输出量增加。", [("血钙", "血"), ("心排出量", None)]),
    ("血清肌酐升高，肾小球滤过率下降。", [("血清肌酐", "血清"), ("肾小球滤过率", None)]),
    # a one-character 尿 right before a test names it and carries to no next test
    ("尿胆红素阳性，ALT升高。", [("胆红素", "尿"), ("谷丙转氨酶", None)]),
    # a test named after faeces is measured in faeces
    ("血钙降低，粪胆原排泄增加。", [("血钙", "血"), ("粪胆原", "粪便")]),
])
def test_specimens(text, expected):
    assert specimens(text) == expected


# labs review of xywy medical_9, 2026-12-05 (fresh review), R7: specimens
def test_a_specimen_written_apart_still_carries():
    # 尿中 and 血清 are no part of the test's name: they go on to the next test
    assert specimens("尿中白细胞增多，红细胞增多。") == [("白细胞", "尿"), ("红细胞", "尿")]
    assert specimens("血清ALT升高，AST升高。") == [("谷丙转氨酶", "血清"), ("谷草转氨酶", "血清")]


# labs review of xywy medical_11, 2026-12-04
@pytest.mark.parametrize(
    "text, test, specimen",
    [
        ("锑可以使生产人员的指甲中胱氨酸含量降低。", "胱氨酸", "指甲"),
        ("锑可以使生产人员的头发中胱氨酸含量降低。", "胱氨酸", "头发"),
        ("关节积液中白细胞增多。", "白细胞", "关节液"),
        ("胸腔积液检查：蛋白定量增高。", "蛋白定量", "胸水"),
    ],
)
def test_hair_nails_and_a_fluid_named_as_a_symptom_are_specimens(analyse, text, test, specimen):
    found = {f.test.text: f for f in lab_findings(analyse, text)}
    assert found[test].specimen == specimen, found


# labs review of xywy medical_11, 2026-12-04
def test_an_effusion_with_no_sampling_word_after_it_is_no_specimen(analyse):
    found = {f.test.text: f for f in lab_findings(analyse, "胸腔积液，白细胞增多。")}
    assert found["白细胞"].specimen == "", found


# labs review of xywy medical_11, 2026-12-04
def test_an_effusion_in_a_list_of_symptoms_is_no_specimen(analyse):
    found = {f.test.text: f for f in lab_findings(analyse, "表现为腹水、肝大、肝功异常及胰腺炎。")}
    assert found["肝功"].specimen == "", found


# labs review of xywy medical_11, 2026-12-04
def test_a_fluid_named_by_a_test_passes_to_the_next_test_not_named_after_blood(analyse):
    text = "腰穿检查时发现脑脊液压力增高，蛋白质增多而细胞数不增多，脑脊液含糖量增加。"
    found = {f.test.text: f for f in lab_findings(analyse, text)}
    assert found["细胞数"].specimen == "脑脊液", found
    assert (found["脑脊液含糖量"].test.canonical, found["脑脊液含糖量"].direction) == ("脑脊液葡萄糖", "up")
    assert {f.test.text: f.specimen for f in lab_findings(analyse, "脑脊液压力升高,血沉加快。")}["血沉"] == ""
    assert {f.test.text: f.specimen for f in lab_findings(analyse, "脑脊液蛋白和细胞数增加。")}["细胞数"] == "脑脊液"


# --- results and directions -----------------------------------------------------------------------


# review of xywy medical_12–13, 2026-12-03
@pytest.mark.parametrize(("text", "test", "direction"), [
    ("醛固酮分泌减少。", "醛固酮", "down"),  # review of medical_12–13: secretion words sit between test and result
    ("儿茶酚胺分泌量增加。", "儿茶酚胺", "up"),
    ("肾功能进行性下降。", "肾功能", "down"),
    ("网织红细胞稍增高。", "网织红细胞", "up"),
    ("肾功能基本正常。", "肾功能", "normal"),
    ("糖耐量曲线不正常。", "糖耐量", "abnormal"),
])
def test_words_between_a_test_and_its_result_do_not_hide_it(analyse, text, test, direction):
    found, _ = findings_by_test(analyse, text)
    assert found[test].direction == direction


# review of xywy medical_14–15, 2026-12-03
@pytest.mark.parametrize(("text", "test", "direction"), [
    # review of xywy medical_14–15 (2026-12-03): more words between a test and its result, 不足
    ("多尿期后尿量渐恢复正常。", "尿量", "normal"),
    ("血压又重新升高。", "血压", "up"),
    ("孕酮分泌不足。", "孕酮", "down"),
    ("血中雌激素水平也较正常对照组为高。", "雌激素", "up"),
])
def test_more_words_between_a_test_and_its_result(analyse, text, test, direction):
    found, _ = findings_by_test(analyse, text)
    assert found[test].direction == direction


# labs review of medical_6, 2026-12-04 (session from 15:21)
@pytest.mark.parametrize(
    ("text", "test", "finding", "direction"),
    [
        ("血或尿内HCG测定持续阳性。", "HCG", "阳性", "positive"),
        ("血尿素氮也可有不同程度的增高。", "尿素氮", "增高", "up"),
        ("尿醛固酮排量增加。", "尿醛固酮", "增加", "up"),
        ("舒张压并不增高。", "舒张压", "并不增高", "normal"),
        ("胸部X线检查可表现为心影扩大。", "X线检查", "心影扩大", "abnormal"),
    ],
)
def test_words_between_a_test_and_its_result_that_medical_6_had(analyse, text, test, finding, direction):
    found, _ = findings_by_test(analyse, text)
    assert (found[test].finding, found[test].direction) == (finding, direction)


# audit, 2026-12-02
@pytest.mark.parametrize(("text", "test", "direction"), [
    ("孕酮较正常为少。", "孕酮", "down"),  # audit: less than normal, not normal
    ("血钙低于正常。", "血钙", "down"),
    ("血糖较正常人高。", "血糖", "up"),
    ("血糖正常。", "血糖", "normal"),
    ("血清T4正常低限或轻度降低。", "T4", "normal"),  # fourth review: low-normal is normal
])
def test_a_level_compared_with_normal_is_read_as_its_direction(analyse, text, test, direction):
    found, _ = findings_by_test(analyse, text)
    assert found[test].direction == direction


# review of xywy medical_12–13, 2026-12-03
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review of xywy medical_12–13 (2026-12-03): 正常 before a noun it qualifies is a
        # reference, no result; compared with healthy people, the result word follows
        ("尿中尿酸正常值为0.5g。", {}),
        ("血清镁的正常浓度为0.8mmol/L。", {}),
        ("血中去甲肾上腺素浓度可较正常人增加2～3倍。", {"去甲肾上腺素": "up"}),
        ("白细胞移动抑制试验也较正常人群低下。", {"白细胞移动抑制试验": "down"}),
        ("血钾正常，肝功能在正常范围。", {"血钾": "normal", "肝功能": "normal"}),
    ],
)
def test_normal_before_a_noun_is_a_reference_not_a_result(analyse, text, expected):
    found, _ = findings_by_test(analyse, text)
    assert {test: lab.direction for test, lab in found.items()} == expected


# review of xywy medical_6–7 (labs), 2026-12-03
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review of xywy medical_6–7 (2026-12-03, labs): what healthy people have is a reference;
        # the patients' normal level going down is a result, and so is a ratio to normal
        ("正常时尿钾排泄量为38～150mmol/L。", set()),
        ("正常人的眼压为10～21mmHg。", set()),
        ("正常免疫球蛋白的产生减少。", {("免疫球蛋白", "down")}),
        # labs review of xywy medical_4, 2026-12-05, R2: 正常的 right before the test is healthy people's level
        ("环境温度要比正常的体温低1℃-1.5℃。", set()),
        ("正常的眼压为10～21mmHg。", set()),  # 正常的 and no change: a reference
        ("以及正常的痛觉与位置觉消失。", {("痛觉", "abnormal"), ("位置觉", "abnormal")}),  # the patients' sense, lost
        ("VEGF可达正常的10倍。", {("VEGF", "up")}),
        ("血清IgA为正常的1/3。", {("IgA", "down")}),
    ],
)
def test_what_healthy_people_have_is_no_result(analyse, text, expected):
    found, _ = findings_by_test(analyse, text)
    assert {(name, f.direction) for name, f in found.items()} == expected


# labs review of xywy medical_8, 2026-12-05, R6: 正常 before 或 and the other result still makes the row normal
@pytest.mark.parametrize(("text", "expected"), [
    ("维持血压正常或稍高。", [("血压", "normal", "normal")]),
    ("腱反射多正常或减弱。", [("腱反射", "normal", "normal")]),
    ("血小板正常或减少。", [("血小板", "normal", "normal")]),
    # any result of direction normal in lab_findings.tsv, not only 正常
    ("尿量不减少或反而增多。", [("尿量", "normal", "normal")]),
])
def test_normal_or_another_result_is_normal(text, expected):
    assert assertions(text) == expected


# labs review of xywy medical_8, 2026-12-05, R6
@pytest.mark.parametrize("text", [
    "血压升高至正常以上。",  # up, no normal result
    "脑脊液压力轻度增高或正常。",  # 或正常: the row is up
    "控制血糖在正常或正常稍偏高的水平。",  # another normal result after 或
])
def test_no_normal_without_a_normal_result_before_or(text):
    assert all(a != "normal" for _, _, a in assertions(text))


# review fixes, 2026-12-02
@pytest.mark.parametrize("text", [
    "恶性组织细胞增生病。", "粒细胞减少症。", "全身消耗性疾病如甲状腺功能亢进、恶性肿瘤。",
    "血中低维生素A含量增加患恶性肿瘤的危险性。",  # audit: a verb raising a risk, no level
    # xywy review 2026-12-02: a result word as the adjective of a disease, or before 综合征
    "属淋巴细胞增生性疾病。", "可见于继发性醛固酮增多综合征。",
    "维生素C可降低胆固醇。",  # what a vitamin can do to another, no level of its own
])
def test_a_result_word_inside_a_disease_name_is_no_result(analyse, text):
    found, _ = findings_by_test(analyse, text)  # review: 组织细胞增生|病 names a disease
    assert found == {}


# second review, 2026-12-02
@pytest.mark.parametrize(("text", "test"), [("部分HBsAg阴性病人细胞毒反应阳性。", "HBsAg"), ("血糖升高症状包括口渴。", "血糖")])
def test_a_result_word_before_bingren_or_zhengzhuang_is_a_result(analyse, text, test):
    found, _ = findings_by_test(analyse, text)  # second review: 病人, 症状 are no disease endings
    assert test in found


# third review, 2026-12-02
@pytest.mark.parametrize(("text", "test"), [("胆固醇升高是动脉粥样硬化的重要危险因素。", "胆固醇"), ("尿蛋白阳性提示肾损害可能性大。", "尿蛋白")])
def test_a_result_that_is_a_risk_factor_is_still_a_result(analyse, text, test):
    found, _ = findings_by_test(analyse, text)  # third review: only a verb raising a risk (增加…的危险性) is none
    assert test in found


# labs review of xywy medical_7, 2026-12-04
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("血冷球蛋白阳性。", [("冷球蛋白", "阳性", "present")]),  # was cut to 球蛋白
        # not enough to do something: no level
        ("PaCO2不足以兴奋呼吸。", []),
        ("孕酮分泌不足以致月经紊乱。", [("孕酮", "不足", "present")]),  # 以致: so that (code review)
        ("孕酮分泌不足。", [("孕酮", "不足", "present")]),
    ],
)
def test_analytes_and_words_that_are_no_result(analyse, text, expected):
    assert findings_and_assertions(analyse, text) == expected


# labs re-review of medical_6, 2026-12-04 (session from 15:21)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("体温逐渐升高，达到38~40℃。", {("体温", 38, 40)}),  # 达到 before the value of the next clause
        ("某些醛固酮增多症患者。", set()),  # a disease's name, no test and result
        ("血清丙氨酸转氨酶(ALT)降至正常。", {("谷丙转氨酶", None, None)}),  # not the bare 转氨酶
    ],
)
def test_cases_of_the_labs_re_review_of_medical_6(analyse, text, expected):
    found, _ = findings_by_test(analyse, text)
    assert {(f.test.canonical, f.value_low, f.value_high) for f in found.values()} == expected


# labs review of medical_6, 2026-12-04 (session from 15:21)
def test_a_word_of_degree_right_before_the_result_is_no_share_of_patients(analyse):
    found, _ = findings_by_test(analyse, "11号染色体的部分缺失。")
    assert (found["染色体"].finding, found["染色体"].qualifier) == ("缺失", "")
    found, _ = findings_by_test(analyse, "部分患者血钾降低。")
    assert found["血钾"].qualifier == "部分"  # before the test: how many patients


# labs review of xywy medical_9, 2026-12-05 (fresh review), R6
def test_an_accompaniment_word_after_the_finding_is_no_qualifier_of_it():
    rows = run_labs("血清钙降低常伴有血磷升高。")
    assert [(r.test, None if pd.isna(r.qualifier) else r.qualifier) for r in rows.itertuples()] == [
        ("血清钙", None), ("血磷", "常伴有")]
    # a frequency word between the test and its finding still says how often
    assert run_labs("血钙大多降低。").iloc[0].qualifier == "大多"


# --- values, units, comparators and changes -------------------------------------------------------


# quantity units, 2026-12-01
def test_lab_units_are_read_whole(analyse):
    for text, value, unit in [("尿蛋白3.5g/24h。", 3.5, "g/24h"), ("白细胞计数4.0×10^9/L。", 4.0, "×10^9/L")]:
        norm, entities, quantities, assertions = analyse(text, "诊断/检查", "某病")
        (finding,) = extract_labs(norm, entities, quantities, assertions)
        assert (finding.value_low, finding.unit) == (value, unit)


# labs review of medical_6, 2026-12-04 (session from 15:21)
@pytest.mark.parametrize(
    ("text", "test", "value", "unit"),
    [
        ("血红蛋白低于8g/100ml。", "血红蛋白", 8, "g/100mL"),
        ("总蛋白低于4.5g%。", "总蛋白", 4.5, "g%"),
    ],
)
def test_grams_per_100_ml_are_a_measure_not_the_result_word_di(analyse, text, test, value, unit):
    found, _ = findings_by_test(analyse, text)
    assert (found[test].value_low, found[test].unit, found[test].comparator, found[test].direction) == (value, unit, "<", "down")


# new-user review, 2026-12-04 (session from 15:21)
@pytest.mark.parametrize(
    ("text", "test", "value"),
    [
        ("24小时尿蛋白>0.5g。", "尿蛋白", 0.5),  # collected over a day: an amount in grams
        ("尿蛋白定量>3.5g。", "尿蛋白定量", 3.5),
    ],
)
def test_an_amount_collected_over_a_time_is_a_mass(analyse, text, test, value):
    found, _ = findings_by_test(analyse, text)
    assert (found[test].value_low, found[test].unit) == (value, "g")


# new-user review, 2026-12-04 (session from 15:21); made stricter by the code review
@pytest.mark.parametrize("text", ["尿蛋白0.5g。", "124小时尿蛋白0.5g。"])
def test_a_mass_after_a_test_not_collected_over_a_time_is_no_value(analyse, text):
    found, _ = findings_by_test(analyse, text)
    assert "尿蛋白" not in found  # a dose unit, no result word: no finding
    found, _ = findings_by_test(analyse, text.replace("尿蛋白", "24小时尿蛋白").replace("124小时24小时", "24小时"))
    assert found["尿蛋白"].value_low == 0.5  # the same mass collected over 24 hours is its value


# xywy records (medical_0–3), 2026-12-03
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # xywy: a number of times without a comparator is how often a test is done, no value of it
        ("每15min测量脉搏、血压1次。", {}),
        ("按医嘱送痰培养2次。", {}),
        ("成人每分钟心率超过100次。", {"心率": 100}),
        ("若脉搏在160次以上，需报告医师。", {"脉搏": 160}),
    ],
)
def test_times_are_a_value_only_with_a_comparator(analyse, text, expected):
    found, _ = findings_by_test(analyse, text)
    assert {test: lab.value_low for test, lab in found.items()} == expected


# labs review of xywy medical_15, 2026-12-04
@pytest.mark.parametrize(
    "text, test, direction",
    [
        ("一般以血浆血糖浓度<2.8mmol/L为低血糖。", "血糖", "down"),
        ("发病时体温38℃以上。", "体温", "up"),
        ("当心率>200次/分时可有心绞痛。", "心率", ""),  # a threshold: no finding, no direction
    ],
)
def test_a_comparator_gives_the_direction_no_result_word_gives(analyse, text, test, direction):
    found, _ = findings_by_test(analyse, text)
    assert found[test].direction == direction


# labs review of xywy medical_15, 2026-12-05
@pytest.mark.parametrize(("text", "direction", "comparator"), [
    ("高热，体温达40℃或更高。", "up", ">="),
    ("血钙降至2mmol/L或更低。", "down", "<="),
])
def test_or_higher_after_a_value_is_its_comparator(text, direction, comparator):
    row = pipeline.run([{"name": "测试病", "检查": text}])["labs"].iloc[0]
    assert (row.direction, row.comparator) == (direction, comparator)


# labs review of xywy medical_8, 2026-12-05, R5: a comparator past the same amount in another unit in brackets
@pytest.mark.parametrize(("text", "expected"), [
    ("血压降至5.6kPa(42mmHg)以下。", [("血压", 5.6, "kPa", "<=")]),
    ("眼压高达5.33kPa(40mmHg)以上。", [("眼压", 5.33, "kPa", ">=")]),
])
def test_a_comparator_past_a_bracket(text, expected):
    assert values(text) == expected


# left over from the labs review of medical_15, done 2026-12-04 (session from 15:21)
@pytest.mark.parametrize(
    "text, test, low, high, unit, comparator",
    [
        ("血钠浓度升高，大于150mmol/L。", "血钠", 150, 150, "mmol/L", ">"),
        ("血钙均升高，为2.7～3.9mmol/L，平均3.1mmol/L。", "血钙", 2.7, 3.9, "mmol/L", ""),
        ("心率减慢，<60次/min。", "心率", 60, 60, "次/min", "<"),
    ],
)
def test_a_clause_that_is_only_a_value_belongs_to_the_result_before_it(analyse, text, test, low, high, unit, comparator):
    found, norm = findings_by_test(analyse, text)
    finding = found[test]
    assert (finding.value_low, finding.value_high, finding.unit, finding.comparator) == (low, high, unit, comparator)
    assert norm[finding.end - 1] in "Lmn"  # the statement runs to the value's end


# left over from the labs review of medical_15, done 2026-12-04 (session from 15:21)
@pytest.mark.parametrize(
    "text",
    [
        "白细胞升高，占30%。",  # a percentage after the comma: whose share is unclear
        "血钾降低，3.5mmol/L者需补钾。",  # the value opens a clause about others
    ],
)
def test_a_value_after_the_comma_needs_a_whole_clause_of_measure(analyse, text):
    found, _ = findings_by_test(analyse, text)
    finding = next(iter(found.values()))
    assert finding.value_low is None


# new-user review, 2026-12-04 (session from 15:21)
def test_a_value_after_a_group_in_the_next_clause_is_the_results(analyse):
    found, _ = findings_by_test(analyse, "血尿酸升高，男性>420μmol/L。")
    assert (found["血尿酸"].value_low, found["血尿酸"].unit, found["血尿酸"].comparator) == (420, "μmol/L", ">")


# labs review of xywy medical_8, 2026-12-05, R2: a number right after a change verb is the size of the change, not the level
@pytest.mark.parametrize(("text", "expected"), [
    ("直立位的血压降低10mmHg。", [("血压", None, "", "")]),
    ("脉率增加20次/min。", [("脉率", None, "", "")]),
    ("可致血胆固醇增高大约0.52mmol/l(20mg/dl)。", [("胆固醇", None, "", "")]),
    ("肺动脉压可增加1倍。", [("肺动脉压", None, "", "")]),  # 倍: a ratio, always a change
])
def test_a_change_is_no_value(text, expected):
    rows = run_tables(text)["labs"]
    got = [(r.test, None if pd.isna(r.value_low) else r.value_low, r.unit if isinstance(r.unit, str) else "",
            r.comparator if isinstance(r.comparator, str) else "") for r in rows.itertuples()]
    assert got == expected
    assert all(d in ("up", "down") for d in rows["direction"])  # the direction stays


# labs review of xywy medical_8, 2026-12-05, R2
@pytest.mark.parametrize(("text", "expected"), [
    ("血压可骤升高195mmHg(26.0kPa)以上。", [("血压", 195.0, "mmHg", ">=")]),  # 以上: the level reached
    ("血钙降至1.5mmol/L。", [("血钙", 1.5, "mmol/L", "")]),  # 降至: the level
    ("血压升高至200mmHg。", [("血压", 200.0, "mmHg", "")]),
    ("浆细胞比例增高(15%)。", [("浆细胞比例", 15.0, "%", "")]),  # in brackets: the level
    # code review 2026-12-05: a multiple with a comparator is a bound of the level, not a change
    ("血清ALT高于正常值10倍以上。", [("谷丙转氨酶", 10.0, "倍", ">=")]),
])
def test_a_level_after_a_change_verb_stays(text, expected):
    rows = run_tables(text)["labs"]
    assert [(r.test, r.value_low, r.unit, r.comparator if isinstance(r.comparator, str) else "")
            for r in rows.itertuples()] == expected


# labs review of xywy medical_4, 2026-12-05, R5: a time phrase before a verb reaching a value (reached_after_time) is filler
@pytest.mark.parametrize(("text", "expected"), [
    ("体温于1～2日内达39℃～40℃，呈稽留热型。", ("体温", "", 39.0, 40.0, "℃", "")),
    ("体温1～2天内达40℃以上。", ("体温", "up", 40.0, 40.0, "℃", ">=")),
    ("血钙于2天内降至1.5mmol/L。", ("血钙", "down", 1.5, 1.5, "mmol/L", "")),
])
def test_a_time_phrase_before_reaching_a_value_is_filler(analyse, text, expected):
    (row,) = lab_findings(analyse, text)
    assert (row.test.text, row.direction, row.value_low, row.value_high, row.unit, row.comparator) == expected


def test_a_time_phrase_with_no_value_after_its_verb_gives_no_row(analyse):
    assert lab_findings(analyse, "体温于3日内降至正常。") == []  # no value after 降至: the rule reads nothing


# --- shares of patients, and percentages that are a test's value ----------------------------------


# xywy records, 2026-12-01
def test_a_share_printed_as_a_count_or_a_chinese_proportion_is_the_frequency(analyse):
    for text, pct in [("14例(60.8%)血清IgG升高。", 60.8), ("约三分之一患者血清IgG升高。", 33.3), ("14例血清IgG升高。", None)]:
        norm, entities, quantities, assertions = analyse(text, "诊断/检查", "某病")
        (finding,) = extract_labs(norm, entities, quantities, assertions)
        assert (finding.test.text, finding.direction, finding.freq_pct) == ("IgG", "up", pct)


# labs review of xywy medical_12, 2026-12-04 night
@pytest.mark.parametrize(
    "desc, test, freq",
    [
        ("M蛋白阳性可达75%。", "M蛋白", 75),
        # a rate word, or patients, in the clause before: how many of them
        ("甲胎蛋白的阳性率很高，达80%。", "甲胎蛋白", 80),
        ("对88例该病病人进行检测，发现抗心磷脂抗体为14%。", "抗心磷脂抗体", 14),
    ],
)
def test_a_share_of_patients_stays_a_frequency(desc, test, freq):
    row = _row(desc, test)
    assert row["freq_pct"] == freq and _none(row["value_low"]), row


# labs review of xywy medical_12, 2026-12-04 night
def test_a_reached_share_right_after_the_result_stays_a_frequency():
    row = _row("Graves病TRAb可高达83%～100%。", "促甲状腺激素受体抗体")
    assert (row["freq_low"], row["freq_high"]) == (83, 100) and _none(row["value_low"]), row


# labs review of xywy medical_12, 2026-12-04 night
@pytest.mark.parametrize(
    "desc, test, value, comparator",
    [
        # a level reached or bounded, with no patients nor rate near: the test's value, no share of patients
        ("酸性鞘磷脂酶活性低于正常值的5%。", "鞘磷脂酶", 5, None),
        ("巨球蛋白血症IgM>5g，血清黏稠度>6%即可发生。", "黏稠度", 6, ">"),
        ("如血中高铁血红蛋白达20%，临床出现缺氧。", "高铁血红蛋白", 20, None),
        # a part of another amount, a change: no number of the test, nor of its patients
        ("交感神经兴奋能使心室率增快10%～30%。", "心室率", None, None),
        ("在心输出量降低的情况下可低至30%。", "心排出量", None, None),
    ],
)
def test_a_percentage_that_is_no_share_of_patients_leaves_the_freq_columns_empty(desc, test, value, comparator):
    row = _row(desc, test)
    assert _none(row["freq_pct"]) and _none(row["freq_low"]), row
    assert (None if _none(row["value_low"]) else row["value_low"]) == value, row
    assert (None if _none(row["comparator"]) else row["comparator"]) == comparator, row


# xywy records, 2026-12-02
def test_a_percentage_that_is_another_tests_value_is_no_share_of_patients(analyse):
    # xywy (小儿呼吸衰竭): the 80 % is the saturation, not how many have a low PaO2
    norm, entities, quantities, assertions = analyse("当血氧饱和度<80%时(氧分压<6.67kPa)出现发绀。", "诊断/检查", "某病")
    found = {f.test.text: f for f in extract_labs(norm, entities, quantities, assertions)}
    assert (found["血氧饱和度"].value_high, found["血氧饱和度"].unit) == (80, "%")
    assert (found["氧分压"].value_high, found["氧分压"].freq_pct) == (6.67, None)


# xywy review, 2026-12-02
@pytest.mark.parametrize("text", ["严重左室功能不全(射血分数<40%)。", "左室射血分数降低至35%。"])
def test_an_ejection_fraction_percentage_is_its_value(analyse, text):
    # xywy review 2026-12-02: a measured fraction, not how many patients
    norm, entities, quantities, assertions = analyse(text, "诊断/检查", "某病")
    (lab,) = extract_labs(norm, entities, quantities, assertions)
    assert (lab.unit, lab.freq_pct) == ("%", None) and lab.value_high in (40, 35)


# xywy records, 2026-12-02
@pytest.mark.parametrize(
    ("text", "cells", "low", "comparator"),
    [
        ("淋巴细胞占30%。", "淋巴细胞", 30, ""),  # a differential count: the cells' value
        ("中性粒细胞占80%以上。", "中性粒细胞", 80, ">="),
    ],
)
def test_a_share_of_white_cells_is_their_value_not_a_share_of_patients(analyse, text, cells, low, comparator):
    found, _ = findings_by_test(analyse, text)
    assert (found[cells].value_low, found[cells].unit, found[cells].comparator, found[cells].freq_pct) == (low, "%", comparator, None)


# second review, 2026-12-02
def test_zhan_after_a_test_whose_percentage_is_of_patients_reads_no_value(analyse):
    found, _ = findings_by_test(analyse, "其中多形核白细胞占90%以上。")  # second review: no 白细胞 row with 90
    assert "白细胞" not in found


# review of xywy medical_12–13, 2026-12-03
def test_a_share_of_red_cells_of_a_shape_is_their_value(analyse):
    found, _ = findings_by_test(analyse, "外周血口形红细胞大于10%。")
    assert (found["口形红细胞"].value_low, found["口形红细胞"].unit, found["口形红细胞"].freq_pct) == (10, "%", None)


# --- lists of tests -------------------------------------------------------------------------------


# review of xywy medical_6–7 (labs), 2026-12-03
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review of xywy medical_6–7 (2026-12-03, labs): the specimen of the next test stands
        # between the items of a list
        ("血肌酐和血尿素氮升高。", {("血肌酐", "up"), ("尿素氮", "up")}),
        ("ALT及血胆红素可增高。", {("ALT", "up"), ("胆红素", "up")}),
    ],
)
def test_a_specimen_between_listed_tests_keeps_the_list(analyse, text, expected):
    found, _ = findings_by_test(analyse, text)
    assert {(name, f.direction) for name, f in found.items()} == expected


# labs review of xywy medical_8, 2026-12-05, R7: a comma joins a list of tests whose result comes at its end
def test_a_comma_joins_a_list_of_tests():
    assert directions("IgG，IgA和IgM均增高。") == [("免疫球蛋白G", "up"), ("免疫球蛋白A", "up"), ("免疫球蛋白M", "up")]


# labs review of xywy medical_8, 2026-12-05, R7
@pytest.mark.parametrize(("text", "expected"), [
    ("高血磷，肾功能损害。", [("肾功能", "abnormal")]),  # 高 before the first: its result is written in
    ("测不出暗适应曲线，色觉紊乱。", [("色觉", "abnormal")]),  # a result word before the first
    ("血压正常，心率增快。", [("血压", "normal"), ("心率", "up")]),  # each has its own result
])
def test_no_comma_list_after_a_result(text, expected):
    assert directions(text) == expected


# labs review of xywy medical_8, 2026-12-05, R7; code review D6
@pytest.mark.parametrize(("text", "expected"), [
    # code review 2026-12-05 (D6): the first test is what a verb of examining (examined_before) takes
    ("需复查血常规，尿常规异常者应做肾活检。", [("尿常规", "abnormal")]),
    ("应监测血糖，血钾降低者应补钾。", [("血钾", "down")]),
    # no verb before the first: still a list
    ("血糖，血钾均降低。", [("血糖", "down"), ("血钾", "down")]),
])
def test_no_comma_list_after_a_verb_of_examining(text, expected):
    assert directions(text) == expected


# labs review of xywy medical_4, 2026-12-05, R3: 低, 高 (own_result_before) right before a test, maybe with a
# specimen between, is its result, and the test is not joined to the next across 或/和
@pytest.mark.parametrize(("text", "expected"), [
    ("低血浆维生素A或甲状腺功能障碍。", [("维生素A", "down"), ("甲状腺功能", "abnormal")]),  # not 维生素A 障碍
    ("血肌酐和尿素氮升高。", [("血肌酐", "up"), ("尿素氮", "up")]),  # no such word: still a list
    ("可降低血糖和血脂。", []),  # the 低 of 降低 is no result of 血糖
    ("代谢紊乱如低血糖，低血钙及代谢性酸中毒等。", []),  # no test after 及: no list, the rule reads nothing
    # 缺乏 is no own_result_before: the context stage reads it as a negation, and the food or cells lack it
    # (medical_0:172, medical_1:435: 2 of 2 such rows wrong)
    ("饮食中缺乏VitB1和VitC可诱发大白鼠的血管炎。", []),
])
def test_low_or_high_right_before_a_test_is_its_result_not_the_next_ones(text, expected):
    assert directions(text) == expected


# labs review of xywy medical_4, 2026-12-05, R1: a test named again right after itself, more precisely or
# anew, gives one row, the second's
@pytest.mark.parametrize(("text", "expected"), [
    ("血清免疫球蛋白IgA下降。", [("免疫球蛋白A", "down")]),  # not 免疫球蛋白 as well
    ("维持正常体温体温过高时予降温。", [("体温", "up")]),  # one row, not two
    ("T3T4降低。", [("三碘甲状腺原氨酸", "down"), ("甲状腺素", "down")]),  # T4 does not begin with T3: two tests
    # the generic head still joins its list: TNF keeps the result (medical_11:436)
    ("肿瘤坏死因子(TNF)及免疫球蛋白IgM水平升高。", [("肿瘤坏死因子", "up"), ("免疫球蛋白M", "up")]),
])
def test_a_test_named_again_right_after_itself_gives_one_row(text, expected):
    assert directions(text) == expected


# --- assertions: conditions, consequences, targets, negation --------------------------------------


# review of xywy medical_8–9, 2026-12-02 night
def test_a_finding_that_is_the_condition_of_advice_is_hypothetical(analyse):
    found, _ = findings_by_test(analyse, "当血小板过低时,遵医嘱输注血小板。")  # xywy review 2026-12-02 night
    assert (found["血小板"].direction, found["血小板"].assertion) == ("down", "hypothetical")


# left over from the labs review of medical_15, done 2026-12-04 (session from 15:21)
@pytest.mark.parametrize(
    "text, test",
    [
        ("肾功能减退时，本病发生率更高。", "肾功能"),
        ("血压低时应去枕平卧。", "血压"),
        ("尿钠增高，常大于20mmol/L时应限水。", "尿钠"),  # the value after the comma, then 时
    ],
)
def test_a_result_right_before_shi_is_a_condition(analyse, text, test):
    found, _ = findings_by_test(analyse, text)
    assert found[test].assertion == "hypothetical"


# labs review of xywy medical_11, 2026-12-04; the code review's fixes
@pytest.mark.parametrize(
    "text, test, direction",
    [
        ("在血、尿糖控制相对稳定时，空腹血糖<7.8mmol/L或餐后2小时血糖<10mmol/L时，可在两餐或临睡前食用。", "空腹血糖", ""),
        ("正常人，血糖水平在3.6～3.9mmol/L(65～70mg/dl)时，升糖激素的反应被激活。", "血糖", ""),
        # a result word keeps its direction: only a threshold's value has none
        ("当机体产生抗自身血小板抗体，进而同时出现贫血和血小板减少(或全细胞减少)时，称之为Evans。", "血小板", "down"),
    ],
)
def test_a_result_in_a_clause_ending_in_shi_is_a_condition_with_no_direction(analyse, text, test, direction):
    found = [f for f in lab_findings(analyse, text) if f.test.text == test]
    assert found and found[0].assertion == "hypothetical" and found[0].direction == direction, found


# left over from the labs review of medical_15, done 2026-12-04 (session from 15:21)
def test_a_result_before_a_time_word_stays_a_finding(analyse):
    found, _ = findings_by_test(analyse, "凝血酶原时间延长。")
    assert (found["凝血酶原时间"].finding, found["凝血酶原时间"].assertion) == ("延长", "present")


# labs review of xywy medical_11, 2026-12-04
@pytest.mark.parametrize(
    "text, test",
    [
        ("血糖升高持续2小时。", "血糖"),  # the 时 of 小时
        ("患者血压升高，同时心率增快。", "血压"),
        ("3.能量代谢受累，水和电解质紊乱 葡萄糖无氧酵解时，ATP减少。", "电解质"),  # a heading, then its text
    ],
)
def test_a_clause_not_ending_in_a_when_shi_keeps_its_finding(analyse, text, test):
    found = [f for f in lab_findings(analyse, text) if f.test.text == test]
    assert found and found[0].assertion != "hypothetical", found


# labs review of medical_6, 2026-12-04 (session from 15:21); code review mends
@pytest.mark.parametrize(
    ("text", "test"),
    [
        ("白细胞减少时有发生。", "白细胞"),  # 时有: now and then, no condition
        ("血压升高时轻时重。", "血压"),
        ("利凡诺引产后血压升高。", "血压"),  # the 凡 of a drug's name
    ],
)
def test_shi_and_fan_that_open_no_condition(analyse, text, test):
    found, _ = findings_by_test(analyse, text)
    assert found[test].assertion != "hypothetical"


# labs review of medical_6, 2026-12-04 (session from 15:21)
def test_a_result_after_fan_is_a_condition_and_a_normal_gamete_no_result(analyse):
    found, _ = findings_by_test(analyse, "凡眼压升高的青光眼患者，即可诊断。")
    assert found["眼压"].assertion == "hypothetical"
    found, _ = findings_by_test(analyse, "形成含有23条染色体的正常配子。")
    assert "染色体" not in found


# labs review of xywy medical_15, 2026-12-04
def test_a_value_after_jishi_is_a_condition_and_jicha_a_result(analyse):
    found, _ = findings_by_test(analyse, "即使血钙水平在2mmol/L，也会引起临床症状。")
    assert (found["血钙"].value_low, found["血钙"].assertion) == (2.0, "hypothetical")
    found, _ = findings_by_test(analyse, "患者肝功能极差。")
    assert (found["肝功能"].finding, found["肝功能"].direction) == ("极差", "abnormal")


# labs review of xywy medical_11, 2026-12-04
@pytest.mark.parametrize(
    "text, tests",
    [
        ("和直立位时检查结果比较，直立位的血压降低10mmHg，脉率增加20次/min，则失血量超过1000ml。", {"血压", "脉率"}),
        ("如白蛋白进一步降低，则三酰甘油也增高。", {"白蛋白"}),
        ("如有雷诺现象者血沉正常，抗核抗体阴性，则很少可能为硬皮病。", {"血沉", "抗核抗体"}),
    ],
)
def test_a_result_in_the_clauses_before_ze_is_its_condition(analyse, text, tests):
    found = {f.test.text: f for f in lab_findings(analyse, text)}
    assert tests <= set(found) and all(found[t].assertion == "hypothetical" for t in tests), found


# labs review of xywy medical_11, 2026-12-04
@pytest.mark.parametrize(
    "text, test",
    [
        ("最终导致肾脏积水，肾功能减退，若双侧梗阻，则出现尿毒症。", "肾功能"),  # 则 is 若's
        ("当PCO2＞6.7kPa(50mmHg)时，血压明显上升，PCO2进一步升高，则血压反而下降。", "血压"),  # what happens then
        ("主要表现为粒细胞减少，若合并感染，则出现相应症状。", "粒细胞"),
    ],
)
def test_a_result_before_another_conditions_ze_stays_a_finding(analyse, text, test):
    found = [f for f in lab_findings(analyse, text) if f.test.text == test]
    assert found and found[0].assertion != "hypothetical", found


# labs review of xywy medical_11, 2026-12-04
@pytest.mark.parametrize(
    "text, test",
    [
        ("伤后初期，常有发热，如3～4天体温下降后，再度出现高热。", "体温"),
        ("所以在气管插管麻醉时，如发现血压升高，应注意检查是否有通气不良。", "血压"),
        ("胆汁中如胆固醇含量过多呈过饱和状态，则易析出形成胆固醇结石。", "胆固醇"),
        ("如体温升高，可提示继发感染。", "体温"),
    ],
)
def test_ru_opening_a_condition_makes_it_hypothetical(analyse, text, test):
    found = [f for f in lab_findings(analyse, text) if f.test.text == test]
    assert found and found[0].assertion == "hypothetical", found


# labs review of xywy medical_11, 2026-12-04
@pytest.mark.parametrize(
    "text, test",
    [
        ("(四)混合因素：如慢性特发性粒细胞减少症等，临床上上述三类白细胞减少常混合存在，宜注意分析。", "白细胞"),
        ("如体温升高，可提示继发感染，呼吸节律变化，可能提示脑水肿或电解质紊乱。", "电解质"),
        ("如无症状HBsAg携带者则表现为出现症状，肝功能异常，若原为肝硬化，则表现为症状加重。", "肝功能"),
    ],
)
def test_ru_of_examples_or_a_closed_condition_leaves_the_finding(analyse, text, test):
    found = [f for f in lab_findings(analyse, text) if f.test.text == test]
    assert found and found[0].assertion != "hypothetical", found


# labs review of xywy medical_11, 2026-12-04
def test_the_consequence_of_yidan_with_jiu_is_no_condition(analyse):
    text = "卵巢功能一旦衰竭或被切除和破坏，卵巢分泌的雌激素就会显著减少，一旦体内分泌的雌激素减少，就会引发器官的退行性变化。"
    found = [f for f in lab_findings(analyse, text, "病因") if f.test.text == "雌激素"]
    assert [f.assertion for f in found] == ["background", "hypothetical"], found


# labs review of xywy medical_11, 2026-12-04; the code review's fixes
@pytest.mark.parametrize(
    ("text", "test", "assertion"),
    [
        # code review: the 便 of 粪便/大便 is no consequence, so these conditions stay conditions
        ("若出现腹痛，粪便白细胞增多，应考虑细菌感染。", "粪便白细胞", "hypothetical"),
        ("若出现发热，大便潜血阳性，应考虑出血。", "大便潜血", "hypothetical"),
        # a point in the course is no condition
        ("患者血清淀粉酶升高多见于发病时。", "淀粉酶", "present"),
        ("血糖升高常在入院时。", "血糖", "present"),
    ],
)
def test_words_holding_a_consequence_or_a_time_are_no_condition_marks(text, test, assertion):
    labs = _labs_table(text)
    assert dict(zip(labs["test"], labs["assertion"]))[test] == assertion


# labs review of xywy medical_7, 2026-12-04
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an if, and the point a result back to normal is reached: conditions
        ("老人胆固醇较高的话，一周最多只能吃两个蛋黄。", [("胆固醇", "较高", "hypothetical")]),
        ("尿内红细胞正常后，恢复正常的生活。", [("红细胞", "正常", "hypothetical")]),
        ("尿蛋白转阴后，可逐渐减量。", [("尿蛋白", "转阴", "hypothetical")]),
        # a change after which something happens stays a finding
        ("血压升高后，出现头痛。", [("血压", "升高", "present")]),
        # a result word before the test (可见, 检出) has a direction too: no look-up of it fails
        ("尿中可见红细胞。", [("红细胞", "可见", "present")]),
        ("血清中检出抗血小板抗体。", [("抗血小板抗体", "检出", "present")]),
    ],
)
def test_if_so_and_once_reached_are_conditions(analyse, text, expected):
    assert findings_and_assertions(analyse, text) == expected


# labs review of xywy medical_9, 2026-12-05 (fresh review), R4
def test_a_value_followed_by_wei_yi_is_a_target():
    row = run_labs("运动时心率不超过125次/min为宜。", section="预防").iloc[0]
    assert (row.test, row.assertion, None if pd.isna(row.direction) else row.direction) == ("心率", "hypothetical", None)
    # without it the value is the patients' level
    assert run_labs("心率超过125次/min。").iloc[0].assertion == "present"


# labs review of xywy medical_11, 2026-12-04
def test_a_result_that_cannot_come_about_is_negated(analyse):
    found = {f.test.text: f for f in lab_findings(analyse, "直立时不能产生反射性心率增加和周围小动脉收缩。")}
    assert found["心率"].assertion == "negated", found


# code review of the merge d3cb8ff, 2026-12-05: 血容量减少 is one symptom (rule 16) that 不明显 negates
@pytest.mark.parametrize(
    ("text", "test", "expected"),
    [
        ("早期或轻症患者，由于血容量减少不明显，醛固酮分泌不增多。", "血容量", "negated"),
        ("老年病人常伴主动脉粥样硬化，故收缩压降低不明显。", "收缩压", "negated"),
        ("在晚期和重症病例，可因血容量减少，醛固酮分泌增多。", "血容量", "present"),
    ],
)
def test_a_finding_mention_negated_after_it_negates_its_row(text, test, expected):
    assert [(row.test, row.assertion) for row in run_labs(text).itertuples() if row.test == test] == [(test, expected)]


# --- rows that must not exist: a treatment's effect -----------------------------------------------


# labs review of xywy medical_7, 2026-12-04
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a treatment does is no finding of the patients
        ("利尿常能使血压下降。", []),
        ("激素可引起眼压增高。", []),
        ("长期服用激素可使患者血糖升高。", []),
        ("本病可使血压下降。", [("血压", "下降", "present")]),
        # untreated, delayed or stopped: the disease's own course (code review)
        ("延误治疗可导致血钙升高。", [("血钙", "升高", "present")]),
        ("停用激素可引起血糖升高。", [("血糖", "升高", "present")]),
    ],
)
def test_a_result_a_treatment_causes_is_no_finding(analyse, text, expected):
    assert findings_and_assertions(analyse, text) == expected


# labs review of xywy medical_12, 2026-12-04 night
@pytest.mark.parametrize(
    "desc",
    [
        "化疗药物对骨髓抑制常致成熟中性粒细胞减少。",  # a treatment word, 致 a few words after it
        "ACEI的应用仍可使肾小球滤过率下降。",  # a drug given (…的应用), 仍可使
        "经阿司匹林治疗的患儿中可使血小板减少。",  # a drug given (经…治疗)
        "利尿常能使血压下降。",
    ],
)
def test_a_result_a_treatment_causes_is_no_row(desc):
    labs = _labs_table(desc)
    assert labs.empty, labs[["test", "finding"]]


# labs review of xywy medical_12, 2026-12-04 night
@pytest.mark.parametrize(
    "desc, name, test",
    [
        ("停用激素可引起血糖升高。", "测试病", "血糖"),  # stopped: the disease's own course
        ("未经治疗可使血压持续升高。", "测试病", "血压"),  # untreated
        ("白细胞减少，以致感染。", "测试病", "白细胞"),  # 以致 is no causing word
        ("治疗后一致性血糖升高。", "测试病", "血糖"),  # nor 一致 (code review)
        # the record's disease is that result: 药物…致血小板减少 in 药物性血小板减少
        ("奎宁等药物可致血小板减少。", "药物性血小板减少症", "血小板"),
    ],
)
def test_a_result_no_treatment_causes_stays_a_row(desc, name, test):
    labs = pipeline.run([{"name": name, "desc": desc}])["labs"]
    assert test in set(labs["test"]), labs[["test", "finding"]]


# labs review of xywy medical_9, 2026-12-05 (fresh review), R8
def test_a_result_told_alongside_a_treatments_effect_is_no_finding():
    # the clause before holds a treatment and 使; this clause opens with the test
    assert run_labs("用重组红细胞生成素治疗使贫血改善，并使血浆组胺水平下降。", section="治疗").empty
    # a clause with more before the test, or no 使 after the treatment, keeps its row
    assert list(run_labs("经治疗后贫血改善，血浆组胺水平下降。", section="治疗").test) == ["组胺"]
    assert list(run_labs("用激素治疗使贫血改善，也说明血浆组胺水平下降。", section="治疗").test) == ["组胺"]
    # code review 2026-12-05 (D4): the 使 of 即使 is no effect (the result persists in spite of the treatment)
    assert list(run_labs("经抗结核治疗后即使症状好转，血沉仍可增快。", section="治疗").test) == ["血沉"]
    assert run_labs("经抗结核治疗后可使症状好转，血沉下降。", section="治疗").empty


# labs review of xywy medical_15, 2026-12-05
def test_a_treatments_effect_is_no_result():
    assert specimens_and_signs("静脉注射液体使电解质恢复正常。", section="治疗") == []


# --- rows that must not exist: comparison groups, healthy people, a part of a test ----------------


# labs review of xywy medical_11, 2026-12-04
@pytest.mark.parametrize(
    "text",
    [
        "高血压病人患冠心病者是血压正常者的4倍。",
        "一些正常妇女血糖可低至1.7mmol/L(30mg/dl)而无症状。",
        "正常小儿血浆中铜蓝蛋白的含量为200～400mg/L。",
    ],
)
def test_a_comparison_group_or_healthy_people_give_no_row(analyse, text):
    assert lab_findings(analyse, text) == []


# labs review of xywy medical_11, 2026-12-04; the code review's fixes
@pytest.mark.parametrize(("text", "kept"), [("抗体阳性者的发生率为20%。", True), ("血压正常者的4倍。", False),
                                            ("HBsAg阳性者的配偶应接种疫苗。", False)])
def test_only_a_comparison_or_a_relative_of_a_group_named_by_its_result_drops_the_row(text, kept):
    assert (len(_labs_table(text)) > 0) == kept


# labs review of xywy medical_8, 2026-12-05, R3: a test followed by 的 and a percentage (or a multiple), no result: a part of it, no row
@pytest.mark.parametrize("text", [
    "估计这些蛋白质不到血循环白蛋白的6%。",
    "约占血清总免疫球蛋白的15.2%。",
    "约占α1球蛋白的80%。",
    "当脑血流量少于心输出量的15%时，神经细胞功能将发生不可逆性损害。",  # was a row with no share (m12 review)
    "细胞大小约为成熟淋巴细胞的2～3倍。",
])
def test_a_part_of_a_test_is_no_row(text):
    assert directions(text) == []


# labs review of xywy medical_8, 2026-12-05, R3
@pytest.mark.parametrize(("text", "expected"), [
    ("血红蛋白超过125%时，可伴发。", ["血红蛋白"]),  # no 的: a value (the parser reads no number of it yet)
    ("浆细胞比例为15%。", ["浆细胞比例"]),
    ("M蛋白阳性的75%。", ["M蛋白"]),  # a result
])
def test_a_percentage_without_of_keeps_its_row(text, expected):
    assert [test for test, _ in directions(text)] == expected


# --- the seed record (POEMS综合征): real sentences of the seed ---------------------------------------


# the seed record (POEMS综合征), 2026-11-25
def test_esr_and_immunoglobulin_up_t3_t4_low_in_half(analyse):
    found, _ = findings_by_test(analyse, "2.血液 半数病人的T3T4偏低,血沉增快和免疫球蛋白增高也较常见。")
    assert (found["血沉"].finding, found["血沉"].direction) == ("增快", "up")
    assert (found["免疫球蛋白"].finding, found["免疫球蛋白"].direction) == ("增高", "up")
    for test in ("T3", "T4"):
        assert (found[test].finding, found[test].direction, found[test].qualifier) == ("偏低", "down", "半数")
    assert found["T3"].specimen == "血"


# the seed record (POEMS综合征), 2026-11-25
def test_csf_protein_up_and_cell_count_normal(analyse):
    found, norm = findings_by_test(analyse, "(2)脑脊液检查:脑脊液蛋白升高,细胞数正常。", "诊断/症状")
    protein, cells = found["脑脊液蛋白"], found["细胞数"]
    assert (protein.specimen, protein.finding, protein.direction) == ("脑脊液", "升高", "up")
    assert (cells.specimen, cells.finding, cells.direction) == ("脑脊液", "正常", "normal")
    assert norm[protein.start : protein.end] == "脑脊液蛋白升高"
    assert (protein.evidence_start, protein.evidence_end) == (0, len(norm))


# the seed record (POEMS综合征), 2026-11-25
def test_plasma_cells_in_marrow_as_values(analyse):
    found, _ = findings_by_test(analyse, "1.骨髓穿刺 半数病人可见浆细胞轻度增多(2%~5%),合并骨髓瘤者的浆细胞比例明显增高(>10%)。")
    cells, ratio = found["浆细胞"], found["浆细胞比例"]
    assert (cells.specimen, cells.direction, cells.value_low, cells.value_high, cells.unit) == ("骨髓", "up", 2, 5, "%")
    assert cells.freq_pct is None and cells.qualifier == "半数"
    assert (ratio.specimen, ratio.value_low, ratio.comparator) == ("骨髓", 10, ">")
    assert ratio.assertion == "other_disease"


# the seed record (POEMS综合征), 2026-11-25
def test_plasma_cells_below_five_percent(analyse):
    text = "(4)骨髓穿刺:可见浆细胞增生,骨化性骨髓瘤时浆细胞比例多在5%以下,多发性骨髓瘤(溶骨性)时多超过10%。"
    ratio = findings_by_test(analyse, text, "诊断/症状")[0]["浆细胞比例"]
    assert (ratio.value_high, ratio.comparator, ratio.unit, ratio.finding) == (5, "<=", "%", "")


# the seed record (POEMS综合征), 2026-11-25
def test_serum_cytokines(analyse):
    text = (
        "Gherardi等发现,14/15例POEMS综合征病人血清IL-1β水平增加,10例TNF-α增加,10例IL-6水平增加。"
        "血清IL-1β、TNF-α和IL-6水平高于没有神经病变的多发性骨髓瘤病人,而IL-2和干扰素γ(IFN-γ)水平正常。"
        "转移生长因子β1(TGF-β1)水平较低。"
    )
    norm, entities, quantities, assertions = analyse(text, "发病机制/病因", "POEMS综合征")
    rows = extract_labs(norm, entities, quantities, assertions)
    got = {(f.test.text, f.specimen, f.finding, f.direction) for f in rows}
    assert {
        ("IL-1β", "血清", "增加", "up"),
        ("TNF-α", "血清", "增加", "up"),
        ("IL-6", "血清", "增加", "up"),
        ("IL-2", "血清", "正常", "normal"),
        ("干扰素γ", "血清", "正常", "normal"),
        ("转移生长因子β1", "", "较低", "down"),
    } == got
    il1 = next(f for f in rows if f.test.text == "IL-1β")
    assert il1.freq_pct == 93.3  # 14/15例
    assert not any(f.test.text in ("IFN-γ", "TGF-β1") for f in rows)  # aliases get no row


# the seed record (POEMS综合征), 2026-11-25
def test_nerve_conduction(analyse):
    text = "2.神经传导速度 四肢运动、感觉神经传导速度均减慢或明显减慢,双侧腓总神经运动传导速度常不能引出。"
    found, _ = findings_by_test(analyse, text)
    assert (found["神经传导速度"].finding, found["神经传导速度"].direction) == ("减慢", "down")
    assert (found["腓总神经运动传导速度"].finding, found["腓总神经运动传导速度"].direction) == ("不能引出", "abnormal")


# the seed record (POEMS综合征), 2026-11-25
@pytest.mark.parametrize(
    ("text", "freq", "finding"),
    [("1.血清学检查 血中M蛋白阳性可达75%左右,因数值较低,常需用免疫电泳法才能检出。", 75, "阳性"),
     ("(1)血清学检查:血清蛋白电泳可有M蛋白(75%),但增高不显著,多为IgG,少数为IgA。", 75, "")],
)
def test_m_protein_in_75_percent(analyse, text, freq, finding):
    m_protein = findings_by_test(analyse, text)[0]["M蛋白"]
    assert (m_protein.freq_pct, m_protein.finding, m_protein.value_low) == (freq, finding, None)
    assert m_protein.specimen in ("血", "血清")


# the seed record (POEMS综合征), 2026-11-25
def test_bence_jones_protein_in_urine(analyse):
    found, _ = findings_by_test(analyse, "(3)尿检查:可有本-周(Bence-Jones)蛋白。", "诊断/症状")
    row = found["本-周(Bence-Jones)蛋白"]
    assert (row.specimen, row.finding, row.direction) == ("尿", "可有", "positive")


# the seed record (POEMS综合征), 2026-11-25
def test_antibodies_may_be_positive(analyse):
    text = "部分患者可有双克隆(biclonal)、多克隆蛋白(polyclonal albumen)、抗核抗体和类风湿因子可阳性。"
    found, _ = findings_by_test(analyse, text, "诊断/症状")
    assert {t: found[t].direction for t in ("抗核抗体", "类风湿因子")} == {"抗核抗体": "positive", "类风湿因子": "positive"}


# the seed record (POEMS综合征), 2026-11-25
def test_imaging_and_electromyography_findings(analyse):
    text = "(5)X线检查:包括骨硬化改变、溶骨性改变或两者并存。(6)肌电图检查:呈神经源性损害,运动和感觉传导速度均减慢。"
    norm, entities, quantities, assertions = analyse(text, "诊断/症状", "POEMS综合征")
    rows = {(f.test.text, f.finding, f.direction) for f in extract_labs(norm, entities, quantities, assertions)}
    assert ("X线检查", "骨硬化改变", "abnormal") in rows
    assert ("肌电图", "神经源性损害", "abnormal") in rows
    assert ("感觉传导速度", "减慢", "down") in rows
    assert next(f for f in extract_labs(norm, entities, quantities) if f.test.text == "肌电图").test.label == "procedure"


# --- labs review of xywy medical_6, 2026-12-05 (session 11) ----------------------------------------


# proposal 2: an imaging or electrophysiology subject with a generic result word (not 改变, not 正常人)
@pytest.mark.parametrize(("text", "test", "finding", "direction", "assertion"), [
    ("掌跖多汗的病人可出现心电图异常。", "心电图", "异常", "abnormal", "present"),  # one symptom word, 心电图 nested
    ("小鱼际肌及骨间肌肌电图异常。", "肌电图", "异常", "abnormal", "present"),
    ("X线检查无异常。", "X线检查", "无异常", "normal", "normal"),
    ("如果造影正常，则可排除。", "造影", "正常", "normal", "hypothetical"),
])
def test_imaging_with_a_generic_result(analyse, text, test, finding, direction, assertion):
    (row,) = lab_findings(analyse, text)
    assert (row.test.text, row.finding, row.direction, row.assertion) == (test, finding, direction, assertion)


@pytest.mark.parametrize("text", ["脑电图改变：弥漫性慢波。", "通过血管造影正常人夹角为30度。"])
def test_imaging_change_and_healthy_people_give_no_generic_result(analyse, text):
    assert lab_findings(analyse, text) == []


# proposal 5: results a treatment causes, in a clause after 使用…治疗时, listed after 可使, or describing a noun
@pytest.mark.parametrize("text", [
    "使用血管紧张素转换酶抑制剂治疗时，RAAS活性增高者血压可明显降低。",
    "尤其是用大量激素治疗时，尿钾排除增加。",
    "长期口服避孕药可使血压升高，血脂增高，糖耐量异常。",
    "肝糖原贮存不足，血糖升高的激素不足。",
    "尽可能避免服用可能引起粒细胞减少的药物。",
])
def test_treatment_effects_and_attributes_give_no_row(analyse, text):
    assert lab_findings(analyse, text) == []


def test_a_clause_in_shi_without_a_treatment_keeps_its_result(analyse):
    assert [(f.test.text, f.direction) for f in lab_findings(analyse, "用力咳嗽时，血压升高。")] == [("血压", "up")]


# proposals 1 and 3: tests and named bedside signs the dictionaries lacked; a 征 is a sign
@pytest.mark.parametrize(("text", "canonical", "finding", "sign"), [
    ("若血脂增高，应食用低胆固醇食物。", "血脂", "增高", False),
    ("70%患者大便隐血阳性。", "大便潜血", "阳性", False),
    ("血氟增高。", "血氟", "增高", False),
    ("毯层视网膜变性者ERG熄灭。", "视网膜电图", "熄灭", False),
    ("白色周围视野缺损。", "视野", "缺损", True),
    ("颈项强直明显，凯尔尼格征阳性。", "凯尔尼格征", "阳性", True),
    ("Brudzinski征阳性。", "布鲁津斯基征", "阳性", True),
    ("戈登(Gordon)征阳性。", "戈登征", "阳性", True),
    ("巴宾斯基征阳性。", "巴彬斯基征", "阳性", True),
])
def test_tests_and_bedside_signs_added(text, canonical, finding, sign):
    (row,) = run_labs(text).itertuples()
    assert (row.test, row.finding, bool(row.sign)) == (canonical, finding, sign)


# proposal 4: a reflex result the symptom 反射消失 swallowed
def test_deep_reflex_lost(analyse):
    (row,) = lab_findings(analyse, "被动活动肢体时伴疼痛，深反射消失。")
    assert (row.test.canonical, row.finding) == ("深反射", "消失")


# classes 8, 9 and 14: cell subjects
def test_cells_take_no_serum_from_another_clause(analyse):
    rows = lab_findings(analyse, "血浆总蛋白降低，血红蛋白及红细胞减少。")
    assert {f.test.text: f.specimen for f in rows}["红细胞"] == ""


@pytest.mark.parametrize(("text", "canonical"), [
    ("红细胞的寿命缩短。", "红细胞寿命"), ("导致红细胞活力下降。", "红细胞活力"), ("血小板存活期缩短。", "血小板寿命"),
])
def test_cell_life_and_activity_are_the_test(analyse, text, canonical):
    (row,) = lab_findings(analyse, text)
    assert row.test.canonical == canonical


def test_a_cause_headings_share_is_no_value(analyse):
    norm, entities, quantities, assertions = analyse("吞噬细胞(40%)：吞噬细胞功能缺陷。", "病因", "测试病")
    assert extract_labs(norm, entities, quantities, assertions, about_causes=True) == []


# 大便 names the specimen of a test named after it, as 粪 does (大便隐血 → 大便潜血 in 粪便)
def test_stool_occult_blood_is_measured_in_stool():
    assert specimens_and_signs("70%患者大便隐血阳性。") == [("大便潜血", "粪便", False)]


# --- labs review of xywy medical_5, 2026-12-05 ------------------------------------------------------


# class 1: test names the dictionaries lacked
@pytest.mark.parametrize(("text", "canonical", "finding"), [
    ("使心肌收缩力降低，心排血量降低。", "心排出量", "降低"),  # cardiac output, as 心排出量
    ("皮损查菌多为阴性。", "查菌", "阴性"),  # skin-smear bacteriology (麻风)
    ("皮损细菌检查一般为阴性。", "细菌检查", "阴性"),
])
def test_tests_the_review_found_missing(analyse, text, canonical, finding):
    rows = lab_findings(analyse, text)
    assert [(f.test.canonical, f.finding) for f in rows] == [(canonical, finding)]


# class 3: a result shortly after something given (给予, 给 … 后) is its effect, no row
@pytest.mark.parametrize("text", [
    "动物实验也表明，给予内啡肽后抗利尿激素增高。",
    "腹腔给予重组的人瘦素后，可使甲状腺激素升高。",
    "给肝硬化大鼠注射脂多糖后表现心率增快。",
])
def test_a_result_after_something_given_is_no_finding(analyse, text):
    assert lab_findings(analyse, text) == []


# code review s12 #3: 给 inside 供给, 补给 gives nothing
@pytest.mark.parametrize(("text", "expected"), [
    ("铁的供给不足后血红蛋白下降。", [("血红蛋白", "下降")]),
    ("热量补给不足后血糖降低。", [("血糖", "降低")]),
])
def test_a_word_holding_give_gives_nothing(analyse, text, expected):
    assert [(f.test.canonical, f.finding) for f in lab_findings(analyse, text)] == expected


def test_a_result_far_from_something_given_stays_a_row(analyse):
    # 给铁后 closes one finding; the next clause but one is a finding of the patients again
    text = "病人尿中去甲肾上腺素浓度增高，给铁后迅速恢复正常，提示神经精神变化与其代谢有关，血小板中单胺氧化酶活力降低。"
    assert "单胺氧化酶" in {f.test.text for f in lab_findings(analyse, text)}


# class 2: a result naming a group of patients (…者, …的病人) is hypothetical, unless a share of them follows
@pytest.mark.parametrize(("text", "expected"), [
    ("眼压升高的病人，常常可以继发角膜内皮的改变。", [("眼压", "升高", "hypothetical")]),
    ("血钾明显增高者可有：心律失常。", [("血钾", "增高", "hypothetical")]),
    ("发病时血压偏低者多见。", [("血压", "偏低", "present")]),
    ("严重肝功能异常者罕见。", [("肝功能", "异常", "present")]),
    ("运动激发试验阳性者占30%。", [("激发试验", "阳性", "present")]),
    ("而出现血糖增高者则略少些，约为18%。", [("血糖", "增高", "present")]),
    ("血清铁降低的病例较为多见。", [("血清铁", "降低", "present")]),  # code review s12 #5
    ("共筛查400万余人，发现HIV抗体阳性者1774例。", [("HIV抗体", "阳性", "present")]),
])
def test_a_result_naming_a_group_is_hypothetical(analyse, text, expected):
    assert findings_and_assertions(analyse, text) == expected


# classes 4, 7 and 8: analytes cut short to a broader test, small result words, 真菌检查 a test
@pytest.mark.parametrize(("text", "expected"), [
    ("血清，表皮，鳞屑的硫酸胆固醇水平升高。", [("硫酸胆固醇", "升高")]),  # not 胆固醇
    ("去氧血红蛋白的浓度增多。", [("去氧血红蛋白", "增多")]),  # not 血红蛋白
    ("左房压和右心房压升高，肺循环阻力增加。", [("左心房压", "升高"), ("右心房压", "升高"), ("肺循环阻力", "增加")]),
    ("脉压变窄，脉搏频速。", [("脉压", "变窄"), ("脉搏", "频速")]),
    ("肺动脉压稳定升高。", [("肺动脉压", "升高")]),  # 稳定 a filler
    ("发疹部位真菌检查阴性。", [("真菌检查", "阴性")]),
])
def test_analytes_and_result_words_the_review_found_missing(analyse, text, expected):
    assert [(f.test.canonical, f.finding) for f in lab_findings(analyse, text)] == expected


def test_catheter_pressures_have_no_specimen(analyse):
    (row,) = lab_findings(analyse, "血清钾正常，肺动脉平均压升高。")[1:]
    assert (row.test.canonical, row.specimen) == ("肺动脉平均压", "")


# --- labs review of xywy medical_7, 2026-12-06 ------------------------------------------------------


# class 1: 受损, 恶化 and 加速恶化 are results (not 加速, up); cells harmed are no count
@pytest.mark.parametrize(("text", "expected"), [
    ("由于讲话不清，动作笨拙，肝功能受损等症状。", [("肝功能", "受损", "abnormal")]),
    ("局部细胞变性、坏死，肺功能严重受损。", [("肺功能", "受损", "abnormal")]),
    ("导致肾功能急剧恶化。", [("肾功能", "恶化", "abnormal")]),
    ("故易继发肾盂肾炎，可使肾功能加速恶化。", [("肾功能", "加速恶化", "abnormal")]),
    ("主要使体内CD4淋巴细胞受损，导致全身免疫功能缺陷。", []),
])
def test_damage_and_worsening_are_results(analyse, text, expected):
    assert [(f.test.canonical, f.finding, f.direction) for f in lab_findings(analyse, text)] == expected


# class 2: PRL, 血色素 and 铜氧化酶 are tests; PRL瘤 and 血色素沉着症 stay diseases
@pytest.mark.parametrize(("text", "expected"), [
    ("或出现伴有PRL增高的停经-溢乳综合征。", [("催乳素", "增高")]),
    ("溶血性贫血表现为短期内血色素明显减少。", [("血红蛋白", "减少")]),
    ("实验室检查有血清铜氧化酶活力减低。", [("铜蓝蛋白", "减低")]),
])
def test_tests_named_by_other_words(analyse, text, expected):
    assert [(f.test.canonical, f.finding) for f in lab_findings(analyse, text)] == expected


@pytest.mark.parametrize(("text", "disease"), [
    ("其中PRL瘤最常见约占50%。", "催乳素腺瘤"), ("与血色素沉着病有关。", "血色病"),
])
def test_the_tumour_and_the_iron_disease_stay_diseases(analyse, text, disease):
    _, entities, _, _ = analyse(text)
    assert [(e.label, e.canonical) for e in entities if not e.nested] == [("disease", disease)]


# class 4: a result followed by 的 and a body part describes that part, no row
@pytest.mark.parametrize("text", [
    "有利于血小板在受损的肾小球毛细血管壁沉积。",
    "从HTLV-Ⅰ抗体阳性的淋巴细胞培养中分离出HTLV。",
])
def test_a_result_describing_a_body_part_is_no_row(analyse, text):
    assert lab_findings(analyse, text) == []


# class 5: 亦有 and 也有 between a list of tests and its result
@pytest.mark.parametrize("text", ["部分患者白细胞及血小板亦有轻度减少。", "白细胞和血小板也有轻度下降。"])
def test_also_have_between_the_tests_and_the_result(analyse, text):
    assert [f.test.canonical for f in lab_findings(analyse, text)] == ["白细胞", "血小板"]


# class 6: 是…的 states the result; 是 before a verb with an object does not
@pytest.mark.parametrize(("text", "expected"), [
    ("血碱性磷酸酶是增高的，其他生化检查均正常。", [("碱性磷酸酶", "增高")]),
    ("多数患者的TSH是正常的。", [("促甲状腺素", "正常")]),
    ("前者雌激素水平是逐渐下降的。", [("雌激素", "下降")]),
    ("胰岛素是降低血糖的唯一激素。", []),
])
def test_shi_de_states_the_result(analyse, text, expected):
    assert [(f.test.canonical, f.finding) for f in lab_findings(analyse, text)] == expected


# class 3: a bare 高 is a result only where its clause or list item ends (低 was a result word already)
@pytest.mark.parametrize(("text", "expected"), [
    ("病初期患儿水肿、血压高、尿少。", [("血压", "高", "up")]),
    ("肝功损害严重，血氨高，早期出现神志改变。", [("肝功能", "损害", "abnormal"), ("血氨", "高", "up")]),
    ("产后TPOAb水平高者往往提示其产后免疫反弹现象。", [("甲状腺过氧化物酶抗体", "高", "up")]),
    ("应在血压高峰时测压。", []),
    ("忌吃油腻胆固醇高的食物。", []),
    ("血浆雌二醇含量比睾酮含量高。", []),  # a comparison: which of the two is higher
])
def test_bare_high_and_low_close_their_clause(analyse, text, expected):
    assert [(f.test.canonical, f.finding, f.direction) for f in lab_findings(analyse, text)] == expected


# class 7: a cell's form, survival or lineage is the test, not its count
@pytest.mark.parametrize(("text", "canonical"), [
    ("伴有红细胞形态异常。", "红细胞形态"),
    ("血小板生存时间缩短。", "血小板寿命"),
    ("骨髓检查发现红细胞系显著减少。", "红细胞系"),
])
def test_a_cells_form_survival_or_lineage_is_the_test(analyse, text, canonical):
    (row,) = lab_findings(analyse, text)
    assert row.test.canonical == canonical


# class 2 (second part): the ketosteroids and neutralizing antibodies are tests
@pytest.mark.parametrize(("text", "expected"), [
    ("尿中17-酮类固醇增高，17羟皮质类固醇的含量增高。", [("17-酮类固醇", "增高"), ("17-羟皮质类固醇", "增高")]),
    ("血清中抗该肠病毒的中和抗体增加达4倍。", [("中和抗体", "增加")]),
])
def test_steroids_and_neutralizing_antibodies(analyse, text, expected):
    assert [(f.test.canonical, f.finding) for f in lab_findings(analyse, text)] == expected
