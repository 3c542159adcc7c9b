"""Therapy rows a review of xywy medical_4 (2026-12-05) found wrong: drugs and procedures in a list
of causes closed by 等, a bare dosage form after the drug it belongs to, routes read from 涂以, 擦拭,
滴眼药水 and a diluent clause, and 有疗效 as an outcome."""

from __future__ import annotations

import pytest

from tests.helpers import therapy_rows


def rows(text: str, section: str = "treat_info") -> list[tuple]:
    return therapy_rows(text, section)


def names(text: str, section: str = "treat_info") -> list[str]:
    return [therapy for therapy, _, _ in rows(text, section)]


@pytest.mark.parametrize(
    ("text", "section", "kept"),
    [
        # R1: a list closed by 等 and a cause word
        ("长期腹膜透析，肾切除术，肾移植等均易招致本病。", "treat_info", []),
        ("抗生素，皮质激素及化疗，放疗等诱发因素可致皮肤念珠菌病。", "treat_info", []),
        ("应用皮质醇，代谢紊乱等都可能导致谵妄。", "treat_info", []),
        # a use word between: the list is of treatments
        ("可用抗生素治疗，感染等引起的发热随之消退。", "treat_info", ["抗生素"]),
        # 后 between: a time, not an item
        ("化疗后白细胞减少等引起感染时应用抗生素。", "treat_info", ["抗生素"]),
    ],
)
def test_an_item_of_a_list_of_causes_closed_by_deng_is_no_treatment(text, section, kept):
    assert names(text, section) == kept


def test_a_bare_dosage_form_after_its_drug_is_no_second_row():
    # R4: 氯霉素眼药水 gave 眼药水 as well; the drug keeps the route and schedule read past the form
    import pipeline

    table = pipeline.run([{"name": "测试病", "treat_info": "用氯霉素眼药水滴眼，每日3次。"}])["therapies"]
    assert [(r.therapy, r.route, r.times) for r in table.itertuples()] == [("氯霉素", "滴眼", 3)]
    assert rows("可用抗生素眼药水点眼。") == [("抗生素", "滴眼", None)]


def test_a_dosage_form_alone_is_still_a_row():
    assert rows("用眼药水滴眼。") == [("眼药水", "滴眼", None)]
