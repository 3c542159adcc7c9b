"""Whose route a route word is: the new-user review of 2026-12-04 (session from 15:21) found routes
written after a comma given to the drug before them. Measured on xywy medical_0–3 and 10–15: 26
rows lost a route, all of them the next drug's (口服避孕药, 肌注青霉素, 静脉输入丙种球蛋白)."""

from __future__ import annotations

import pytest

from pipeline.clinical import extract_therapies


def routes(analyse, text: str) -> dict[str, str]:
    norm, entities, quantities, assertions = analyse(text, "治疗/治疗")
    return {t.therapy.canonical: t.route for t in extract_therapies(norm, entities, quantities, assertions)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("可静脉注射地塞米松，口服泼尼松10mg，每日1次。", {"地塞米松": "静注", "泼尼松": "口服"}),
        ("先用甲氨蝶呤，口服叶酸5mg。", {"甲氨蝶呤": "", "叶酸": "口服"}),
    ],
)
def test_a_route_right_before_the_next_drug_is_that_drugs(analyse, text, expected):
    assert routes(analyse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("地塞米松，口服，每日3次。", {"地塞米松": "口服"}),  # a clause of its own: the drug's
        ("泼尼松口服、环磷酰胺静滴。", {"泼尼松": "口服", "环磷酰胺": "静滴"}),
    ],
)
def test_a_route_after_the_drug_is_its_own(analyse, text, expected):
    assert routes(analyse, text) == expected
