"""Therapies given together share what is said of them, and a surgery's outcome may follow in the
clause after it (closing note of 2026-12-04: both were read wrong)."""

from __future__ import annotations

import pytest

import pipeline


def rows(text: str, section: str = "treat_info") -> list[tuple]:
    table = pipeline.run([{"name": "测试病", section: text}])["therapies"]
    return [(r.therapy, r.route if isinstance(r.route, str) else None, r.outcome if isinstance(r.outcome, str) else None)
            for r in table.itertuples()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("泼尼松联合环磷酰胺治疗有效。", [("泼尼松", None, "有效"), ("环磷酰胺", None, "有效")]),
        ("手术配合化疗效果好。", [("手术", None, "有效"), ("化疗", None, "有效")]),
        ("泼尼松联合应用环磷酰胺口服，有效。", [("泼尼松", "口服", "有效"), ("环磷酰胺", "口服", "有效")]),
        # not given together: the first failed before the second was added
        ("激素治疗无效时加用环磷酰胺有效。", [("激素治疗", None, None), ("环磷酰胺", None, "有效")]),
    ],
)
def test_therapies_given_together_share_the_outcome_and_route(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("手术后，症状明显改善。", [("手术", None, "改善")]),
        ("手术后，疗效良好。", [("手术", None, "有效")]),
        # what happens after it, with no outcome: the surgery is a time, no row
        ("作双侧肾上腺切除后，有10%～30%病人可发现垂体肿瘤。", []),
        ("手术后，血压下降。", []),
    ],
)
def test_outside_treatment_texts_a_surgery_with_its_outcome_in_the_next_clause_is_a_treatment(text, expected):
    assert rows(text, section="desc") == expected

