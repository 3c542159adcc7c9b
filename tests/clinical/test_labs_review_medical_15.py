"""Labs review of xywy medical_15 (2026-12-05): rows the review found wrong, as examples."""

from __future__ import annotations

import pandas as pd
import pytest

import pipeline


def labs(text: str, section: str = "检查") -> list[tuple[str, str | None, bool]]:
    rows = pipeline.run([{"name": "测试病", section: text}])["labs"]
    return [(row.test, None if pd.isna(row.specimen) else row.specimen, bool(row.sign)) for row in rows.itertuples()]


@pytest.mark.parametrize(("text", "expected"), [
    # a test named by 血 and an analyte is measured in blood; 血压 is a sign, with no specimen
    ("血钙降低，血钠浓度降低。", [("血钙", "血", False), ("血钠", "血", False)]),
    ("血压下降。", [("血压", None, True)]),
    # a bedside test is a sign
    ("直腿抬高试验阳性。", [("直腿抬高试验", None, True)]),
    ("支气管激发试验阳性。", [("支气管激发试验", None, False)]),
])
def test_specimens_and_signs(text, expected):
    assert labs(text) == expected


def test_a_treatments_effect_is_no_result():
    assert labs("静脉注射液体使电解质恢复正常。", section="治疗") == []


@pytest.mark.parametrize(("text", "direction", "comparator"), [
    ("高热，体温达40℃或更高。", "up", ">="),
    ("血钙降至2mmol/L或更低。", "down", "<="),
])
def test_or_higher_after_a_value_is_its_comparator(text, direction, comparator):
    row = pipeline.run([{"name": "测试病", "检查": text}])["labs"].iloc[0]
    assert (row.direction, row.comparator) == (direction, comparator)
