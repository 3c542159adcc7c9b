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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # R6: 涂以 before the therapy, shared over an 或-list whose first item is no mention
        ("口唇上可涂以百多邦或红霉素眼膏，可滋润口唇。", [("红霉素", "外用", None)]),
        ("破溃处涂以1%～2%龙胆紫溶液。", [("龙胆紫", "外用", None)]),
        # 擦拭 after the therapy: the next therapy's, not the saline's before it
        ("每次便后用温盐水洗净后用碘伏擦拭，以免切口被污染。", [("盐水", None, None), ("碘伏", "外用", None)]),
        # 滴 right before a drug for the eye
        ("勤滴眼药水，加强卫生。", [("眼药水", "滴眼", None)]),
        # the route after the diluent clause is the drug's
        ("也可采用0.25g氨茶碱溶于50%葡萄糖液40ml缓慢静注，以降低肺动脉压。", [("氨茶碱", "静注", None)]),
        # not the next drug's route written right before it
        ("地塞米松10mg加入10%葡萄糖40ml，口服泼尼松。", [("地塞米松", None, None), ("泼尼松", "口服", None)]),
    ],
)
def test_routes_from_tuyi_cashi_eye_drops_and_a_diluent_clause(text, expected):
    assert rows(text) == expected
