"""Therapy rows a review of xywy medical_5 (2026-12-04) found wrong: routes written as topical or
eye words, outcome words, procedures and drugs the lexicon lacked."""

from __future__ import annotations

import pytest

import pipeline
from tests.helpers import therapy_rows


def rows(text: str, section: str = "desc") -> list[tuple]:
    return therapy_rows(text, section)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("维A酸乳膏外搽患处，一天2次。", ("维A酸", "外用", None)),
        ("先用3%硼酸溶液湿敷。", ("硼酸", "外用", None)),
        ("用抗生素眼液滴眼。", ("抗生素", "滴眼", None)),
        ("给予呋喃西林液含漱。", ("呋喃西林", "含漱", None)),
    ],
)
def test_topical_eye_and_mouth_routes(text, expected):
    assert rows(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("一般对肾上腺皮质激素反应良好。", "有效"),
        ("对硝酸甘油反应不佳。", "无效"),
        ("肾上腺皮质激素可有短暂疗效。", "有效"),
        ("角膜擦伤可用抗菌素软膏包扎数日即愈。", "治愈"),
        ("应用抗生素后症状可减轻。", "缓解"),
        ("Richter综合征患者对全身化疗反应很差。", "无效"),  # the re-review
        ("对左旋多巴治疗无反应或反应极小。", "无效"),
        ("部分病人手术后预后良好。", "有效"),
    ],
)
def test_outcome_words_the_review_found_missing(text, outcome):
    assert rows(text)[0][2] == outcome


def test_easing_side_effects_is_no_outcome_on_the_disease():
    assert rows("配合化疗，并可减轻不良反应。")[0] == ("化疗", None, None)


def test_sedatives_and_airway_procedures_are_therapies():
    assert [r[0] for r in rows("必要时可用水合氯醛等镇静剂，严重者行气管插管，机械通气。")] == ["水合氯醛", "镇静剂", "气管插管", "机械通气"]


def test_a_sitz_bath_stays_a_therapy_of_its_own():
    # 坐浴 as a route word would have taken the therapy itself away (温水坐浴)
    assert [r[0] for r in rows("可用温水坐浴。")] == ["坐浴"]


def detail_rows(*texts: str) -> list[str]:
    table = pipeline.run([{"name": "测试病", "symptom_data": {"symptom_detail": list(texts)}}])["therapies"]
    return list(table.therapy)


@pytest.mark.parametrize(
    "text",
    [
        "关节周围钙化可见于慢性肾衰透析患者，限磷可使病情缓解。",
        "可见于少数的严重肾衰患者，肾移植术后和血透患者，治疗后溃疡愈合。",
        "需要化疗及放疗者则宜先中止妊娠，能提高生存率。",
    ],
)
def test_a_therapy_naming_the_patients_who_had_it_is_no_treatment(text):
    # outside a section about treatment: 透析患者 are a patient group (review of medical_5)
    assert not {"透析", "肾移植", "血透", "化疗", "放疗"} & set(detail_rows(text))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("可行透析或者腹膜透析，病情缓解。", "透析"),  # the 者 of 或者
        ("轻柔按摩和保暖措施对患者有效。", "按摩"),  # a treatment for them
        ("常用克林霉素、也可以给患者注射弓形体素。", "克林霉素"),
    ],
)
def test_a_group_word_after_a_verb_or_or_keeps_the_treatment(text, kept):
    assert kept in detail_rows(text)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("患库欣综合征作双侧肾上腺切除后，有10%～30%病人可发现垂体肿瘤。", []),  # what happens after it
        ("可见于交感神经切除和甲状腺切除的患者。", []),  # the patients who had it
        ("这两种特殊表现在胆囊切除后均可获得好转。", ["胆囊切除术"]),  # the outcome: a treatment (named as the lexicon does)
        ("绝经后妇女应做全子宫双附件切除。", ["全子宫双附件切除"]),  # both organs, the side with them (rule 15)
    ],
)
def test_a_surgery_outside_treatment_texts_is_a_treatment_only_without_what_follows_it(text, rows):
    assert detail_rows(text) == rows


@pytest.mark.parametrize(("text", "kept"), [("本病可采用化疗与放疗两者结合，疗效良好。", "化疗"), ("可用手术与药物二者联合，疗效良好。", "手术")])
def test_both_of_two_therapies_is_no_group_of_patients(text, kept):
    # code review: the 者 of 两者/二者 took the first therapy away
    assert kept in detail_rows(text)
