"""Labs review of xywy medical_8 (2026-12-05): the rules it proposed, as examples."""

from __future__ import annotations

import pandas as pd
import pytest

import pipeline


def run(text: str, section: str = "检查") -> dict[str, pd.DataFrame]:
    return pipeline.run([{"name": "测试病", section: text}])


def labs(text: str, section: str = "检查") -> list[tuple]:
    rows = run(text, section)["labs"]
    return [(row.test, row.direction) for row in rows.itertuples()]


def mentions(text: str) -> list[tuple[str, str, str]]:
    rows = run(text)["mentions"]
    return [(row.text, row.label, row.canonical) for row in rows.itertuples()]


# L1: curated terms -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # the source lost the + of CD4+T细胞: the blank is what the text holds
    ("CD4 T细胞减少。", [("CD4 T细胞", "down")]),
    ("CD4+T细胞减少。", [("CD4 T细胞", "down")]),
    ("辅助性T细胞的数量减少。", [("辅助性T细胞", "down")]),
    ("血清甲状腺激素结合球蛋白增高。", [("甲状腺素结合球蛋白", "up")]),
    ("跟腱反射消失。", [("跟腱反射", "abnormal")]),
])
def test_curated_tests_of_the_review(text, expected):
    assert labs(text) == expected


def test_achilles_reflex_lost_is_a_symptom_with_the_test_nested():
    assert ("跟腱反射消失", "symptom", "跟腱反射消失") in mentions("跟腱反射消失。")


# R1: an antigen written before 抗体 (the matcher's rule 18) --------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("宫颈癌患者中HSV-Ⅱ抗体阳性率高。", [("HSV-Ⅱ抗体", "positive")]),
    ("血清抗GM1抗体升高。", [("抗GM1抗体", "up")]),
    ("出现抗-Yo抗体阳性。", [("抗Yo抗体", "positive")]),  # 抗- written as 抗
    ("β-EP抗体的下降。", [("β-EP抗体", "down")]),
    ("抗心磷脂抗体阳性。", [("抗心磷脂抗体", "positive")]),
])
def test_an_antigen_before_antibody_makes_one_test(text, expected):
    assert labs(text) == expected


@pytest.mark.parametrize("text", [
    "血清中抗体升高。",  # nothing before it
    "抗原和抗体的阳性率很高。",  # two things
    "抗麻风杆菌抗原的特异性抗体水平升高。",  # 的: the name is longer than the window
    "J o -1抗体阳性人群。",  # only the end of a Latin name
    "因子Ⅸ抗体水平正常。",  # the factor is named in Chinese
])
def test_no_antigen_joined(text):
    assert [test for test, _ in labs(text)] == ["抗体"]


# R7: a comma joins a list of tests whose result comes at its end ---------------------------------

def test_a_comma_joins_a_list_of_tests():
    assert labs("IgG，IgA和IgM均增高。") == [("免疫球蛋白G", "up"), ("免疫球蛋白A", "up"), ("免疫球蛋白M", "up")]


@pytest.mark.parametrize(("text", "expected"), [
    ("高血磷，肾功能损害。", [("肾功能", "abnormal")]),  # 高 before the first: its result is written in
    ("测不出暗适应曲线，色觉紊乱。", [("色觉", "abnormal")]),  # a result word before the first
    ("血压正常，心率增快。", [("血压", "normal"), ("心率", "up")]),  # each has its own result
])
def test_no_comma_list_after_a_result(text, expected):
    assert labs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # code review 2026-12-05 (D6): the first test is what a verb of examining (examined_before) takes
    ("需复查血常规，尿常规异常者应做肾活检。", [("尿常规", "abnormal")]),
    ("应监测血糖，血钾降低者应补钾。", [("血钾", "down")]),
    # no verb before the first: still a list
    ("血糖，血钾均降低。", [("血糖", "down"), ("血钾", "down")]),
])
def test_no_comma_list_after_a_verb_of_examining(text, expected):
    assert labs(text) == expected


# R6: 正常 before 或 and the other result still makes the row normal -------------------------------

def assertions(text: str, section: str = "检查") -> list[tuple]:
    rows = run(text, section)["labs"]
    return [(row.test, row.direction, row.assertion) for row in rows.itertuples()]


@pytest.mark.parametrize(("text", "expected"), [
    ("维持血压正常或稍高。", [("血压", "normal", "normal")]),
    ("腱反射多正常或减弱。", [("腱反射", "normal", "normal")]),
    ("血小板正常或减少。", [("血小板", "normal", "normal")]),
    # any result of direction normal in lab_findings.tsv, not only 正常
    ("尿量不减少或反而增多。", [("尿量", "normal", "normal")]),
])
def test_normal_or_another_result_is_normal(text, expected):
    assert assertions(text) == expected


@pytest.mark.parametrize("text", [
    "血压升高至正常以上。",  # up, no normal result
    "脑脊液压力轻度增高或正常。",  # 或正常: the row is up
    "控制血糖在正常或正常稍偏高的水平。",  # another normal result after 或
])
def test_no_normal_without_a_normal_result_before_or(text):
    assert all(a != "normal" for _, _, a in assertions(text))


# R5: a comparator past the same amount in another unit in brackets --------------------------------

def values(text: str) -> list[tuple]:
    rows = run(text)["labs"]
    return [(row.test, row.value_low, row.unit, row.comparator) for row in rows.itertuples()]


@pytest.mark.parametrize(("text", "expected"), [
    ("血压降至5.6kPa(42mmHg)以下。", [("血压", 5.6, "kPa", "<=")]),
    ("眼压高达5.33kPa(40mmHg)以上。", [("眼压", 5.33, "kPa", ">=")]),
])
def test_a_comparator_past_a_bracket(text, expected):
    assert values(text) == expected


# R2: a number right after a change verb is the size of the change, not the level --------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("直立位的血压降低10mmHg。", [("血压", None, "", "")]),
    ("脉率增加20次/min。", [("脉率", None, "", "")]),
    ("可致血胆固醇增高大约0.52mmol/l(20mg/dl)。", [("胆固醇", None, "", "")]),
    ("肺动脉压可增加1倍。", [("肺动脉压", None, "", "")]),  # 倍: a ratio, always a change
])
def test_a_change_is_no_value(text, expected):
    rows = run(text)["labs"]
    got = [(r.test, None if pd.isna(r.value_low) else r.value_low, r.unit if isinstance(r.unit, str) else "",
            r.comparator if isinstance(r.comparator, str) else "") for r in rows.itertuples()]
    assert got == expected
    assert all(d in ("up", "down") for d in rows["direction"])  # the direction stays


@pytest.mark.parametrize(("text", "expected"), [
    ("血压可骤升高195mmHg(26.0kPa)以上。", [("血压", 195.0, "mmHg", ">=")]),  # 以上: the level reached
    ("血钙降至1.5mmol/L。", [("血钙", 1.5, "mmol/L", "")]),  # 降至: the level
    ("血压升高至200mmHg。", [("血压", 200.0, "mmHg", "")]),
    ("浆细胞比例增高(15%)。", [("浆细胞比例", 15.0, "%", "")]),  # in brackets: the level
    # code review 2026-12-05: a multiple with a comparator is a bound of the level, not a change
    ("血清ALT高于正常值10倍以上。", [("谷丙转氨酶", 10.0, "倍", ">=")]),
])
def test_a_level_after_a_change_verb_stays(text, expected):
    rows = run(text)["labs"]
    assert [(r.test, r.value_low, r.unit, r.comparator if isinstance(r.comparator, str) else "")
            for r in rows.itertuples()] == expected


# R3: a test followed by 的 and a percentage (or a multiple), no result: a part of it, no row ------------

@pytest.mark.parametrize("text", [
    "估计这些蛋白质不到血循环白蛋白的6%。",
    "约占血清总免疫球蛋白的15.2%。",
    "约占α1球蛋白的80%。",
    "当脑血流量少于心输出量的15%时，神经细胞功能将发生不可逆性损害。",  # was a row with no share (m12 review)
    "细胞大小约为成熟淋巴细胞的2～3倍。",
])
def test_a_part_of_a_test_is_no_row(text):
    assert labs(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("血红蛋白超过125%时，可伴发。", ["血红蛋白"]),  # no 的: a value (the parser reads no number of it yet)
    ("浆细胞比例为15%。", ["浆细胞比例"]),
    ("M蛋白阳性的75%。", ["M蛋白"]),  # a result
])
def test_a_percentage_without_of_keeps_its_row(text, expected):
    assert [test for test, _ in labs(text)] == expected
