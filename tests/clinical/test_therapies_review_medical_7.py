"""Therapy rows a review of xywy medical_7 (2026-12-04 night) found wrong: herbs read as western
drugs, a bare 服 with no route, operations that are only the time of something, 早晚 with no
schedule, 对…敏感 with no outcome."""

from __future__ import annotations

import pandas as pd
import pytest

import pipeline
from tests.helpers import therapy_rows


def table(text: str, section: str = "prevent_info"):
    return pipeline.run([{"name": "测试病", section: text}])["therapies"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decoction word anywhere in the sentence
        ("熏洗：蛇床子30克，苦参30克，黄柏10克，水煎，先熏洗后坐浴。", {"蛇床子": "tcm", "苦参": "tcm", "黄柏": "tcm"}),
        # after 中药 … 可用
        ("中药降温可用柴胡注射液、清开灵注射液。", {"柴胡": "tcm", "清开灵": "tcm"}),
        # 中药 elsewhere in the sentence does not make a drug tcm
        ("可用阿司匹林治疗，也可配合中药。", {"阿司匹林": "drug"}),
        # a drug before the lead stays a drug
        ("可口服阿司匹林，中药可用柴胡注射液。", {"阿司匹林": "drug", "柴胡": "tcm"}),
        # code review: only the list the decoction word closes or the lead opens
        ("口服阿莫西林0.5g，同时用金银花30克水煎服。", {"阿莫西林": "drug", "金银花": "tcm"}),
        ("中药可用丹参注射液，西药可用阿司匹林、氯吡格雷。", {"丹参": "tcm", "阿司匹林": "drug", "氯吡格雷": "drug"}),
        ("可用麦芽60g，煎汤代茶;或己烯雌酚5mg，口服。", {"己烯雌酚": "drug"}),
        # a decoction word opening its list with a colon
        ("可按下方抓药煎汤喝：连翘、银花。", {"连翘": "tcm"}),
    ],
)
def test_herbs_boiled_or_after_a_tcm_lead_are_tcm(text, expected):
    got = {r.therapy: r.category for r in table(text).itertuples()}
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("服抗酸药治疗无效。", "口服"),
        ("体虚者可常服玉屏风散。", "口服"),
        # a longer word ending in 服 is no bare 服: 含服 is a route of its own
        ("舌下含服硝酸甘油。", "含服"),
    ],
)
def test_a_bare_fu_before_a_drug_is_by_mouth(text, expected):
    assert [r.route for r in table(text, "treat_info").itertuples()][:1] == [expected]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an operation ending its clause with 时: the setting of the next clause
        ("在年轻人作阑尾手术时，可偶然发现此病。", []),
        ("全子宫切除时，应注意输尿管的走行。", []),
        # done to something: a treatment (tests/clinical/test_real_records.py keeps this one too)
        ("对发生的内疝施行手术时，应注意。", ["手术"]),
    ],
)
def test_an_operation_ending_its_clause_with_shi_is_a_setting(text, kept):
    assert [r.therapy for r in table(text, "gaishu_info").itertuples()] == kept


def test_in_nursing_an_operation_with_shi_stays_a_treatment():
    assert [r.therapy for r in table("需进行手术时，应做好准备。", "nursing_info").itertuples()] == ["手术"]


def test_tongshi_is_no_setting():
    assert [r.therapy for r in table("在自我按摩的同时，可稍用力挤压乳房。", "gaishu_info").itertuples()] == ["按摩"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("早晚各盐水坐浴一次。", (2, 1, "d")),
        ("早晚给患者用3%过氧化氢溶液擦洗口腔。", (2, 1, "d")),
        # a schedule read after the therapy wins
        ("早晚服用阿司匹林，每日3次。", (3, 1, "d")),
    ],
)
def test_zaowan_in_the_clause_is_twice_a_day(text, expected):
    r = next(table(text, "nursing_info").itertuples())
    assert (r.times, r.every, r.every_unit) == expected


def test_zaowan_of_zaowanqi_is_no_schedule():
    # code review: 早晚期 are the early and late stages
    r = next(table("早晚期胃癌均应手术切除。", "treat_info").itertuples())
    assert pd.isna(r.times)


def test_no_zaowan_no_schedule():
    r = next(table("用3%过氧化氢溶液擦洗口腔。", "nursing_info").itertuples())
    assert pd.isna(r.times)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该肿瘤对放射治疗敏感。", "有效"),
        ("本病对皮质类固醇治疗较敏感。", "有效"),
        ("该肿瘤对放射治疗不敏感。", "无效"),
        # hypersensitivity, a measure, no 对: no outcome
        ("患者对口服降糖药特别敏感。", None),
        ("应观察激素治疗的敏感性。", None),
        ("该肿瘤对放疗敏感度低。", None),
        ("放射治疗敏感的肿瘤。", None),
    ],
)
def test_minggan_is_effective_only_after_dui(text, expected):
    assert [o for _, _, o in therapy_rows(text, "treat_info")][:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # therapies re-review of medical_7: a negation inside a condition closed by 时 denies no outcome
        ("氨茶碱对两者不易鉴别时亦有效。", "有效"),
        ("用氨茶碱治疗不能使哮喘缓解。", "无效"),
    ],
)
def test_a_negation_inside_a_condition_denies_no_outcome(text, expected):
    assert [o for _, _, o in therapy_rows(text, "treat_info")][:1] == [expected]
