"""Fixes from the therapies review of drugs (2026-12-04): hormones and biologics the lexicon calls
tests, given as drugs. Each was measured on xywy medical_0–3, 6–8 and 10–13 before it was kept.
Tiny sentences in the style of the xywy texts, run through the real entity and context stages."""

from __future__ import annotations

import pytest

from pipeline.clinical import extract_labs, extract_therapies


def rows(analyse, text: str, section: str = "治疗/治疗"):
    """The therapy rows of ``text`` as (therapy, dose, dose_high, dose_unit, route) tuples, and the
    tests of its lab rows."""
    norm, entities, quantities, assertions = analyse(text, section)
    therapies = [
        (t.therapy.canonical, t.dose, t.dose_high, t.dose_unit, t.route)
        for t in extract_therapies(norm, entities, quantities, assertions)
    ]
    return therapies, [f.test.canonical for f in extract_labs(norm, entities, quantities, assertions)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("给予雌二醇2mg。", [("雌二醇", 2, 2, "mg", "")]),  # a use word before it, a dose after it
        ("生长激素0.1U/kg皮下注射。", [("生长激素", 0.1, 0.1, "U/kg", "皮下")]),  # a dose
        ("接触患者的婴幼儿可肌内注射丙种球蛋白3～6ml。", [("γ球蛋白", 3, 6, "ml", "肌注")]),  # a route before it
        ("IL-2 10万U静滴。", [("白细胞介素-2", 10, 10, "万U", "静滴")]),
        ("给予白细胞介素-2治疗。", [("白细胞介素-2", None, None, "", "")]),
        ("可用丙种球蛋白肌注。", [("γ球蛋白", None, None, "", "肌注")]),  # a route after it
        ("胎盘娩出后即予催产素肌注。", [("催产素", None, None, "", "肌注")]),
        # listed right after a therapy: 雌激素 after 雄激素, 白蛋白 after 输血
        ("应用雄激素、雌激素有良效。", [("雄激素", None, None, "", ""), ("雌激素", None, None, "", "")]),
        ("必要时输血、白蛋白等。", [("输血", None, None, "", ""), ("白蛋白", None, None, "", "")]),
    ],
)
def test_a_hormone_or_biologic_given_is_a_therapy(analyse, text, expected):
    therapies, _ = rows(analyse, text)
    assert therapies == expected


@pytest.mark.parametrize(
    ("text", "test"),
    [
        ("血清雌二醇降低。", "雌二醇"),
        ("部分病人丙种球蛋白增高。", "γ球蛋白"),
        ("生长激素水平降低。", "生长激素"),
    ],
)
def test_a_hormone_or_biologic_measured_stays_a_lab(analyse, text, test):
    therapies, labs = rows(analyse, text)
    assert therapies == []
    assert test in labs


@pytest.mark.parametrize(
    "text",
    [
        "采用放射免疫法测定血清雌二醇。",  # the use word is the method's
        "纠正血容量不足可补充血容量。",  # 血容量 is no substance given (not a given_test)
        "滥用雌激素。",  # 滥用 is no use word (not_use)
    ],
)
def test_a_test_without_a_use_word_dose_or_route_of_its_own_is_no_therapy(analyse, text):
    therapies, _ = rows(analyse, text)
    assert therapies == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a comma an item has a clause of its own, with no use word: it joins the list
        ("可选用青霉素，红霉素，克林霉素。", ["青霉素", "红霉素", "克林霉素"]),
        ("可用甲硝唑，替硝唑，克林霉素等治疗。", ["甲硝唑", "替硝唑", "克林霉素"]),
        ("常用的有卡托普利，依那普利，贝那普利和福辛普利等。", ["卡托普利", "依那普利", "贝那普利", "福辛普利"]),
        # a use word after the list is its last item's alone (…等药合用必须慎重; …口服避孕药等可致)
        ("与解热镇痛药，降压药等药合用可增强疗效。", ["降压药"]),
        # …等药合用必须慎重: a caution closing the clause (avoid_after), no row at all
        ("与解热镇痛药，降压药等药合用必须慎重。", []),
    ],
)
def test_each_item_of_a_comma_list_after_a_use_word_is_a_row(analyse, text, expected):
    therapies, _ = rows(analyse, text)
    assert [therapy for therapy, *_ in therapies] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a route, then a use word, then the drug: the route is the drug's
        ("经鼻胃管给予甲硝唑0.5g，每日3次。", ("甲硝唑", 0.5, 0.5, "g", "鼻饲")),
        ("口服给予维生素D。", ("维生素D", None, None, "", "口服")),
        ("应静脉或肌肉注射补充维生素B2。", ("维生素B2", None, None, "", "肌注")),
        # 静脉 with a use word is a route whose way is unsaid; 静脉输注 is an infusion
        ("静脉给予免疫球蛋白治疗。", ("免疫球蛋白", None, None, "", "静脉")),
        ("必要时口服或静脉补充钙剂。", ("钙剂", None, None, "", "静脉")),
        ("应立即静脉输注葡萄糖。", ("葡萄糖", None, None, "", "静滴")),
        # 静脉 alone is a body part, no route
        ("静脉血栓形成者可用肝素。", ("肝素", None, None, "", "")),
    ],
)
def test_a_route_before_a_use_word_is_the_drugs(analyse, text, expected):
    therapies, _ = rows(analyse, text)
    assert therapies == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rate of infusion is a dose (mg was no dose before /min)
        ("硝普钠0.5mg/min静滴。", ("硝普钠", 0.5, 0.5, "mg/min", "静滴")),
        ("异丙肾上腺素2μg/min静滴。", ("异丙肾上腺素", 2, 2, "μg/min", "静滴")),
        ("硝普钠2～10μg/(kg·min)静滴。", ("硝普钠", 2, 10, "μg/(kg·min)", "静滴")),
        ("硝普钠以1μg/kg/min静滴。", ("硝普钠", 1, 1, "μg/(kg·min)", "静滴")),
    ],
)
def test_a_rate_per_minute_is_a_dose(analyse, text, expected):
    therapies, _ = rows(analyse, text)
    assert therapies == [expected]
