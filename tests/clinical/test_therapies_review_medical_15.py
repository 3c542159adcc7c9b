"""Therapy rows a review of xywy medical_15 (2026-12-04) found wrong: routes of herbal medicine,
surgeries cut to a bare 手术, drugs kept away from or named for the harm they do; and two the closing
note of the session before left: therapies given together share what is said of them, and a
surgery's outcome may follow in the clause after it."""

from __future__ import annotations

import pytest

import pipeline
from tests.helpers import therapy_rows


def rows(text: str, section: str = "treat_info") -> list[tuple]:
    return therapy_rows(text, section)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # therapies review of medical_15 (2026-12-04): routes of herbal medicine and a drip
        ("内服六味地黄丸。", ("六味地黄丸", "口服", None)),
        ("用西洋参煎水服。", ("西洋参", "口服", None)),
        ("给予甘露醇快速静脉滴入。", ("甘露醇", "静滴", None)),
    ],
)
def test_routes_of_herbal_medicine_and_drips(text, expected):
    assert rows(text)[0] == expected


def test_a_site_and_a_bare_shoushu_are_one_surgery():
    # therapies review of medical_15 (2026-12-04): 阑尾手术 was cut to 手术
    table = pipeline.run([{"name": "测试病", "treat_info": "可在腹腔镜下做阑尾手术。"}])["therapies"]
    assert [(r.therapy, r.category) for r in table.itertuples() if "手术" in r.therapy] == [("阑尾手术", "surgery")]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the examples after 如 of a class kept away from
        ("避免应用对肝脏有害的药物如巴比妥类、雌激素、铁剂。", []),
        ("禁止服用对骨髓细胞有损害的药物如氯霉素、乙双吗琳等。", []),
        # a conditional 如: the drug is given
        ("避免用利血平等降压药，如有关节炎必需服用激素。", ["激素"]),
        # the examples end at a comma (code review)
        ("避免应用肾毒性药物如庆大霉素，可给予青霉素治疗。", ["青霉素"]),
        # 如 after a treatment: examples of what to give
        ("避免感染，可用抗生素如青霉素、红霉素。", ["抗生素", "青霉素", "红霉素"]),
        # the harm a drug does
        ("应用氨基糖甙类抗生素致聋的患者。", []),
        ("合理使用利尿剂避免使用肾毒性药物。", ["利尿剂"]),
        ("可用链霉素治疗，注意其耳毒性。", ["链霉素"]),
    ],
)
def test_a_drug_kept_away_from_or_doing_harm_is_no_treatment(text, kept):
    assert [therapy for therapy, _, _ in rows(text, section="prevent_info")] == kept


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


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        # therapies re-review of medical_15: a decoction said once after herbs and their doses
        ("可用柴胡6克、当归12克煎汤内服。", [("柴胡", "口服"), ("当归", "口服")]),
        # not past another drug between (a herb the dictionaries lack) nor for routes said of one drug
        ("口服泼尼松10mg，地塞米松5mg。", [("泼尼松", "口服"), ("地塞米松", None)]),
    ],
)
def test_a_decoction_said_after_a_list_of_herbs_is_every_ones_route(text, routes):
    assert [(therapy, route) for therapy, route, _ in rows(text)] == routes

