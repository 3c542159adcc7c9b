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


# --- therapies review of medical_12 (2026-12-04, session from 15:21) ----------------------------


def rows(analyse, text: str, section: str = "治疗/治疗") -> list[tuple]:
    norm, entities, quantities, assertions = analyse(text, section)
    return [
        (t.therapy.canonical, t.dose, t.dose_unit, t.route, t.outcome, t.assertion)
        for t in extract_therapies(norm, entities, quantities, assertions)
    ]


def test_a_drug_whose_next_clause_opens_with_what_it_causes_is_no_treatment(analyse):
    assert rows(analyse, "长期大量使用外源性皮质激素,可导致肾上腺皮质萎缩。") == []


def test_a_test_given_in_a_text_on_prevention_is_a_present_treatment(analyse):
    found = rows(analyse, "应给予糖皮质激素静注免疫球蛋白等进行治疗。", "prevent_info")
    assert [(name, assertion) for name, *_, assertion in found] == [("糖皮质激素", "present"), ("免疫球蛋白", "present")]


@pytest.mark.parametrize("text", ["则停用异烟肼。", "可中断地塞米松治疗。"])
def test_a_stopped_drug_is_negated(analyse, text):
    assert [assertion for *_, assertion in rows(analyse, text)] == ["negated"]


def test_a_comma_list_shares_the_outcome_after_it(analyse):
    found = rows(analyse, "用化疗如长春新碱,放线菌素D,环磷酰胺,和顺铂可改善预后。")
    assert {name: outcome for name, _, _, _, outcome, _ in found if name != "化疗"} == dict.fromkeys(
        ["长春新碱", "放线菌素D", "环磷酰胺", "顺铂"], "改善")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("口服樟脑酊5滴每日3次。", ("樟脑酊", 5, "滴", "口服")),
        ("口服地塞米松20μg/(m2·d)。", ("地塞米松", 20, "μg/(m²·d)", "口服")),
        ("可用氟康唑涂擦患处。", ("氟康唑", None, "", "外用")),
        ("肌内注射维生素K1 0.5~1mg。", ("维生素K1", 0.5, "mg", "肌注")),
    ],
)
def test_units_routes_and_drugs_the_review_found_missing(analyse, text, expected):
    assert [row[:4] for row in rows(analyse, text)] == [expected]


@pytest.mark.parametrize(("text", "outcome"), [("各种抗癫痫药常有良好疗效。", "有效"), ("对泼尼松治疗反应好。", "有效")])
def test_outcome_words_the_review_found_missing(analyse, text, outcome):
    assert [row[4] for row in rows(analyse, text)] == [outcome]


@pytest.mark.parametrize(
    "text",
    [
        "立即静注阿托品，中毒症状可迅速缓解。",  # 中毒 opens the next clause: no verb of causing
        "首选腹腔镜手术，损伤小，恢复快。",
        "可用纳洛酮，过量者需重复给药。",
        "口服泼尼松，发生不良反应时减量。",
    ],
)
def test_a_causes_word_opening_the_next_clause_without_a_modal_verb_keeps_the_treatment(analyse, text):
    assert len(rows(analyse, text)) == 1


def test_a_finding_after_a_stopped_drug_is_there(analyse):
    norm, entities, _, assertions = analyse("停用激素后水肿再次出现。", "治疗/治疗")
    assert {e.text: a.assertion for e, a in zip(entities, assertions)} == {"激素": "negated", "水肿": "present"}


def test_a_combination_in_jia_shares_the_course_after_it(analyse):
    norm, entities, quantities, assertions = analyse("建议给吡嗪酰胺加氧氟沙星6~9个月。", "治疗/治疗")
    found = {t.therapy.canonical: (t.duration_value, t.duration_high) for t in extract_therapies(norm, entities, quantities, assertions)}
    assert found == {"吡嗪酰胺": (6, 9), "氧氟沙星": (6, 9)}


def test_a_dose_followed_by_the_days_amount_is_per_day(analyse):
    assert rows(analyse, "用红霉素1g的每天剂量,连续2周。")[0][:3] == ("红霉素", 1, "g/d")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("若口服4mg/d叶酸，可预防。", ("叶酸", 4, "mg/d", "口服")),  # a dose between the route and the drug
        ("投服维生素E 0.5～1.5mg/d。", ("维生素E", 0.5, "mg/d", "口服")),
    ],
)
def test_a_route_before_a_dose_before_the_drug_is_its(analyse, text, expected):
    assert rows(analyse, text)[0][:4] == expected


# --- therapies review of medical_6 (2026-12-05) -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("选用有效足量的抗菌素，以静脉给药为好。", {"抗生素": "静脉"}),  # continues: 以静脉
        ("可酌情静脉补充高价营养，如静脉用多种维生素、脂肪乳等。", {"多种维生素": "静脉", "脂肪乳": "静脉"}),
        ("早期可用热敷、理疗，外敷甲沟康。", {"热敷": "", "理疗": ""}),  # an operation has no route
        ("手术前晚清洁灌肠。", {"手术": ""}),
        ("地塞米松，以口服为主。", {"地塞米松": "口服"}),
    ],
)
def test_routes_of_the_medical_6_review(analyse, text, expected):
    assert routes(analyse, text) == expected
