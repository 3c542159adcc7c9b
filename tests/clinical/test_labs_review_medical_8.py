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

