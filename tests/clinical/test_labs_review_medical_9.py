"""Labs review of xywy medical_9 (2026-12-05, fresh review): rows the review found wrong, as examples."""

from __future__ import annotations

import pandas as pd
import pytest

import pipeline


def run(text: str, section: str = "检查") -> pd.DataFrame:
    return pipeline.run([{"name": "测试病", section: text}])["labs"]


def specimens(text: str) -> list[tuple[str, str | None]]:
    return [(row.test, None if pd.isna(row.specimen) else row.specimen) for row in run(text).itertuples()]


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


def test_a_specimen_written_apart_still_carries():
    # 尿中 and 血清 are no part of the test's name: they go on to the next test
    assert specimens("尿中白细胞增多，红细胞增多。") == [("白细胞", "尿"), ("红细胞", "尿")]
    assert specimens("血清ALT升高，AST升高。") == [("谷丙转氨酶", "血清"), ("谷草转氨酶", "血清")]



def test_an_accompaniment_word_after_the_finding_is_no_qualifier_of_it():
    rows = run("血清钙降低常伴有血磷升高。")
    assert [(r.test, None if pd.isna(r.qualifier) else r.qualifier) for r in rows.itertuples()] == [
        ("血清钙", None), ("血磷", "常伴有")]
    # a frequency word between the test and its finding still says how often
    assert run("血钙大多降低。").iloc[0].qualifier == "大多"


def test_a_value_followed_by_wei_yi_is_a_target():
    row = run("运动时心率不超过125次/min为宜。", section="预防").iloc[0]
    assert (row.test, row.assertion, None if pd.isna(row.direction) else row.direction) == ("心率", "hypothetical", None)
    # without it the value is the patients' level
    assert run("心率超过125次/min。").iloc[0].assertion == "present"


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
    assert list(run(text).test) == [test]


def test_a_result_told_alongside_a_treatments_effect_is_no_finding():
    # the clause before holds a treatment and 使; this clause opens with the test
    assert run("用重组红细胞生成素治疗使贫血改善，并使血浆组胺水平下降。", section="治疗").empty
    # a clause with more before the test, or no 使 after the treatment, keeps its row
    assert list(run("经治疗后贫血改善，血浆组胺水平下降。", section="治疗").test) == ["组胺"]
    assert list(run("用激素治疗使贫血改善，也说明血浆组胺水平下降。", section="治疗").test) == ["组胺"]


def test_coproporphyrin_is_no_faeces_test_by_its_name():
    # 粪卟啉 is an analyte: its specimen is the one written before it
    assert specimens("引起尿中粪卟啉增多。") == [("粪卟啉", "尿")]
