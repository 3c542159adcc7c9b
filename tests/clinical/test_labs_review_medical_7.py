"""Cases of the labs review of xywy medical_7 (2026-12-04): tiny sentences and the rows they
must (or must not) give."""

from __future__ import annotations

import pytest

from pipeline.clinical import extract_labs


def rows(analyse, text: str) -> list[tuple[str, str, str]]:
    norm, entities, quantities, assertions = analyse(text, "诊断/症状", "测试病")
    return [(f.test.text, f.finding, f.assertion) for f in extract_labs(norm, entities, quantities, assertions)]


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
    assert rows(analyse, text) == expected


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
    assert rows(analyse, text) == expected


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
    assert rows(analyse, text) == expected
