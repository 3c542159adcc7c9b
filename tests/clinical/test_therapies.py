"""extract_therapies on the seed record (POEMS综合征), whose treatment text sits under 预防.
Each test is a real sentence of the seed run through the real entity and context stages."""

from __future__ import annotations

import pytest

from pipeline.clinical import DoseSchedule, extract_therapies


def therapies(analyse, text: str, section: str = "预防/描述", *, about_treatment: bool = False):
    norm, entities, quantities, assertions = analyse(text, section, "POEMS综合征")
    found = extract_therapies(norm, entities, quantities, assertions, about_treatment=about_treatment)
    return {t.therapy.text: t for t in found}, norm


def test_tcm_principles_with_misspelling_kept_as_written():
    from pipeline.clinical import load_clinical_vocabulary
    from pipeline.clinical.therapies import tcm_principles

    text = "中医认为POEMS综合症此病因体虚汗出,津液耗伤,筋脉失于濡养所致,中医治疗宜和营解肌、舒缓项强、通经活属。"
    found = tcm_principles(text, load_clinical_vocabulary())
    assert [(e.text, e.canonical) for e in found] == [
        ("和营解肌", "和营解肌"), ("舒缓项强", "舒缓项强"), ("通经活属", "通经活络"),
    ]
    assert all(text[e.start : e.end] == e.text for e in found)


def test_tcm_principles_are_tcm_therapies(analyse):
    found, _ = therapies(analyse, "中医治疗宜和营解肌、舒缓项强、通经活属。")
    assert {t: found[t].category for t in found} == {"和营解肌": "tcm", "舒缓项强": "tcm", "通经活属": "tcm"}
    assert {found[t].assertion for t in found} == {"present"}  # audit: no cue judged them, they are stated


def test_main_treatments_and_categories(analyse):
    text = "现主要采用免疫干预治疗、手术及放射治疗。伴骨髓瘤者可化疗、放疗或手术切除浆细胞瘤方法来缓解症状,但不适合非骨髓瘤患者。"
    found, _ = therapies(analyse, text)
    assert {t: s.category for t, s in found.items()} == {
        "免疫干预治疗": "immunotherapy", "手术": "surgery", "放射治疗": "radiotherapy",
        "化疗": "chemotherapy", "放疗": "radiotherapy", "手术切除": "surgery",
    }


def test_ivig_dose_route_duration_patients_outcome(analyse):
    text = "用肾上腺皮质激素治疗,可使部分症状缓解有试用大剂量IgG 0.2g*kg-1*d-1静滴5d,治疗2例均有效。"
    found, norm = therapies(analyse, text)
    ivig = found["大剂量IgG"]
    assert (ivig.dose, ivig.dose_high, ivig.dose_unit, ivig.route) == (0.2, 0.2, "g/(kg·d)", "静滴")
    assert (ivig.duration_value, ivig.duration_unit, ivig.n_patients, ivig.outcome) == (5, "d", 2, "有效")
    assert norm[ivig.start : ivig.end] == "大剂量IgG 0.2g*kg-1*d-1静滴5d,治疗2例均有效"
    steroid = found["肾上腺皮质激素"]
    assert (steroid.category, steroid.outcome, steroid.dose) == ("drug", "缓解", None)


def test_outcome_follows_the_sentence_not_the_nearest_word(analyse):
    text = "1992年,Enveoldson等报道1例使用泼尼松、环磷酰胺无效的患者改用三苯氧胺(Tamoxfen)后,各种症状得到改善。"
    found, _ = therapies(analyse, text)
    assert {t: s.outcome for t, s in found.items()} == {"泼尼松": "无效", "环磷酰胺": "无效", "三苯氧胺": "改善"}
    assert found["三苯氧胺"].therapy.canonical == "他莫昔芬"  # the text misspells Tamoxifen
    assert {s.n_patients for s in found.values()} == {1}


def test_plasma_exchange_volume_sessions_outcome_and_effect_duration(analyse):
    text = (
        "有报道,对某些激素治疗无效者,应用血浆置换术,每次~3000ml共5次,多发性神经病和皮肤病变可好转。"
        "血桨交换法疗法运用范围比较狭窄,该疗法费用昂贵,治疗效果维持时间比较短,一般能维持在7~15天左右,故也不是治疗本病的有效方法。"
    )
    found, _ = therapies(analyse, text)
    exchange = found["血浆置换术"]
    assert (exchange.category, exchange.volume, exchange.volume_unit, exchange.sessions) == ("procedure", 3000, "ml", 5)
    assert exchange.dose is None and exchange.outcome == "好转"
    assert (exchange.effect_low, exchange.effect_high, exchange.effect_unit) == (7, 15, "d")
    assert found["激素治疗"].outcome == "无效"


def test_whole_seed_section(analyse, seed_path):
    import json

    text = json.loads(seed_path.read_text(encoding="utf-8"))["预防"]["描述"]
    found, _ = therapies(analyse, text)
    assert {"和营解肌", "免疫干预治疗", "放射治疗", "大剂量IgG", "三苯氧胺", "血浆置换术"} <= set(found)
    assert "中医治疗" not in found and "西医治疗" not in found


def test_a_drug_without_treatment_words_is_no_therapy(analyse):
    text = "TGF-β1具有拮抗前炎性细胞因子的作用,通过减少过氧化氢和一氧化氮的产生以及IL-6和TNF-α的产生起作用。"
    assert therapies(analyse, text, "发病机制/病因")[0] == {}


@pytest.mark.parametrize("text", ["泼尼松连服3～5天。", "泼尼松连用3～5天。"])
def test_taking_a_drug_for_days_is_a_use(analyse, text):
    # not from the seed: a drug right before 连服/连用, with no other treatment word
    found, _ = therapies(analyse, text)
    steroid = found["泼尼松"]
    assert (steroid.duration_value, steroid.duration_high, steroid.duration_unit) == (3.0, 5.0, "d")


def test_dosing_clauses_after_the_dose_keep_route_and_course(analyse):
    # 分2次口服 and 疗程2周 continue the instructions of the drug before them
    found, _ = therapies(analyse, "泼尼松1.5～2.0g/d，分2次口服，疗程2周。")
    steroid = found["泼尼松"]
    assert (steroid.dose, steroid.dose_high, steroid.dose_unit) == (1.5, 2.0, "g/d")
    assert (steroid.route, steroid.duration_value, steroid.duration_unit) == ("口服", 2, "wk")


def test_an_age_is_no_duration(analyse):
    found, _ = therapies(analyse, "泼尼松口服，5岁以上患儿每次10mg。")
    assert (found["泼尼松"].dose, found["泼尼松"].duration_value) == (10, None)


def test_a_duration_range_keeps_both_ends(analyse):
    found, _ = therapies(analyse, "氯喹每天0.15g，连服3～5天。")
    assert (found["氯喹"].duration_value, found["氯喹"].duration_high, found["氯喹"].duration_unit) == (3, 5, "d")
    found, _ = therapies(analyse, "大剂量IgG 0.2g*kg-1*d-1静滴5d。")
    assert (found["大剂量IgG"].duration_value, found["大剂量IgG"].duration_high) == (5, 5)


@pytest.mark.parametrize(
    "text, duration",
    [
        ("阿司匹林20mg，2h后口服。", None),  # when it is given
        ("阿司匹林20mg，3天以后再用。", None),
        ("阿司匹林20mg口服，3天后体温下降。", 3),  # given for 3 days, then the outcome
    ],
)
def test_a_time_before_a_delay_word_and_the_giving_is_no_duration(analyse, text, duration):
    found, _ = therapies(analyse, text)
    assert (found["阿司匹林"].dose, found["阿司匹林"].duration_value) == (20, duration)


@pytest.mark.parametrize(
    "text, therapy",
    [
        ("手术后3天症状消失。", "手术"),  # xywy: a time after the operation (手术后3天可下床活动 is no row)
        ("用速尿利尿，3例患儿分别于1天后末梢循环改善。", "速尿"),  # when it worked
        ("手术的随访报告中，5年生存率为60%。", "手术"),  # the period of a rate
        ("泼尼松治疗第3天体温下降。", "泼尼松"),
        ("手术治疗后随访3年无复发。", "手术治疗"),
        # xywy review 2026-12-02: a surgery lasts no year; a calendar year; how long it is known
        ("手术1年后复查未见复发。", "手术"),
        ("应用蒿甲醚(1994~1996年)治疗疟疾。", "蒿甲醚"),
        ("青霉素应用于临床已有30多年。", "青霉素"),
    ],
)
def test_a_time_after_hou_or_yu_or_before_a_rate_is_no_duration(analyse, text, therapy):
    found, _ = therapies(analyse, text, about_treatment=True)  # nursing texts (elsewhere 手术后 is no row)
    assert found[therapy].duration_value is None
    assert therapies(analyse, "静滴青霉素5天。")[0]["青霉素"].duration_value == 5  # how long it is given


@pytest.mark.parametrize("text", ["异烟肼口服,疗程应长于6个月。", "异烟肼口服,疗程不短于6个月。"])
def test_a_comparative_yu_is_no_point_in_time(analyse, text):
    assert therapies(analyse, text)[0]["异烟肼"].duration_value == 6  # at least 6 months: a duration


def test_dose_ranges_with_a_unit_on_both_ends_or_zhi(analyse):
    assert (lambda t: (t.dose, t.dose_high, t.dose_unit))(therapies(analyse, "泼尼松每次0.5g～1.0g口服。")[0]["泼尼松"]) == (0.5, 1.0, "g")
    assert (lambda t: (t.dose, t.dose_high, t.dose_unit))(therapies(analyse, "泼尼松1.5至2.0g/d口服。")[0]["泼尼松"]) == (1.5, 2.0, "g/d")


def test_a_dose_unit_is_read_whole_or_not_at_all(analyse):
    found, _ = therapies(analyse, "环磷酰胺750mg/m2静滴。")
    assert (found["环磷酰胺"].dose, found["环磷酰胺"].dose_unit) == (750, "mg/m²")
    found, _ = therapies(analyse, "用泼尼松治疗后血红蛋白升至100g/L。")  # a lab value, not a dose
    assert (found["泼尼松"].dose, found["泼尼松"].dose_unit) == (None, "")


@pytest.mark.parametrize("how_often", ["每月1次", "每周1次", "隔日1次", "每隔3周1次"])
def test_sessions_after_how_often_in_its_own_clause(analyse, how_often):
    found, _ = therapies(analyse, f"环磷酰胺0.6g静滴,{how_often},共6次。")
    assert (found["环磷酰胺"].dose, found["环磷酰胺"].sessions) == (0.6, 6)


@pytest.mark.parametrize(
    ("text", "drug", "dose"),
    [
        ("异烟肼每天300mg口服。", "异烟肼", (300, 300, "mg/d")),  # xywy 肺结核: 每天300mg is 300 mg/d
        ("泼尼松每日1mg/kg口服。", "泼尼松", (1, 1, "mg/(kg·d)")),
        ("泼尼松每日剂量为30～40mg,口服。", "泼尼松", (30, 40, "mg/d")),
        ("泼尼松每次10mg口服。", "泼尼松", (10, 10, "mg")),  # per dose: as written
        ("泼尼松一日30mg,分3次口服。", "泼尼松", (30, 30, "mg/d")),
        ("甲氨蝶呤每隔一天10mg口服。", "甲氨蝶呤", (10, 10, "mg")),  # every other day: not per day
        ("异烟肼每公斤体重每日10mg口服。", "异烟肼", (10, 10, "mg/(kg·d)")),
    ],
)
def test_a_daily_dose_written_before_the_number_gets_a_daily_unit(analyse, text, drug, dose):
    found, _ = therapies(analyse, text)
    assert (found[drug].dose, found[drug].dose_high, found[drug].dose_unit) == dose


def test_two_doses_joined_by_huo_are_a_range(analyse):
    # xywy 缺铁性贫血: 0.2 or 0.3 g a time
    found, _ = therapies(analyse, "口服硫酸亚铁0.2或0.3g,每日3次。")
    assert (found["硫酸亚铁"].dose, found["硫酸亚铁"].dose_high, found["硫酸亚铁"].dose_unit) == (0.2, 0.3, "g")


@pytest.mark.parametrize(
    ("text", "drug", "dose"),
    [
        ("地塞米松10mg或20mg/kg静注。", "地塞米松", (10, 10, "mg")),  # two units: the first dose only
        ("泼尼松片5mg或10mg规格,口服。", "泼尼松", (5, 5, "mg")),  # two strengths, no range
    ],
)
def test_huo_joins_two_numbers_of_one_unit_only(analyse, text, drug, dose):
    found, _ = therapies(analyse, text)
    assert (found[drug].dose, found[drug].dose_high, found[drug].dose_unit) == dose


@pytest.mark.parametrize(
    ("text", "drug", "dose"),
    [
        ("口服盐酸异丙嗪12.5-25毫克,每日2-3次。", "盐酸异丙嗪", (12.5, 25, "mg")),  # xywy: units in Chinese
        ("泼尼松每日1毫克/千克口服。", "泼尼松", (1, 1, "mg/(kg·d)")),
        ("黄芪15克,水煎服。", "黄芪", (15, 15, "g")),
    ],
)
def test_dose_units_written_in_chinese(analyse, text, drug, dose):
    found, _ = therapies(analyse, text)
    assert (found[drug].dose, found[drug].dose_high, found[drug].dose_unit) == dose


def test_enumerated_therapies_share_the_instructions_after_the_last(analyse):
    # xywy 泌尿生殖系结核: how often is both drugs'
    found, _ = therapies(analyse, "利福平与吡嗪酰胺每周2次,用药2个月。")
    assert found["利福平"].schedule == found["吡嗪酰胺"].schedule == DoseSchedule(2, 2, 1, 1, "wk")
    # a route before the first and a course after the last
    found, _ = therapies(analyse, "口服泼尼松、环磷酰胺,疗程2周。")
    assert {(t.route, t.duration_value, t.duration_unit) for t in found.values()} == {("口服", 2, "wk")}


def test_a_duration_is_shared_whole_or_not_at_all(analyse):
    # review: 6个月到3年间 is no duration of 3年 for the surgery before the radiotherapy
    found, _ = therapies(analyse, "根治性手术或放疗后6个月到3年间复发。")
    assert all((t.duration_value is None) == (t.duration_unit == "") for t in found.values())


def test_a_dose_after_the_last_is_every_ones_only_after_ge(analyse):
    # xywy 新生儿呼吸窘迫综合征: 各为24mg, each of them
    found, norm = therapies(analyse, "倍他米松或地塞米松各为24mg,分2次肌注。")
    assert {(t.dose, t.dose_unit, t.route) for t in found.values()} == {(24, "mg", "肌注")}
    assert norm[found["倍他米松"].start : found["倍他米松"].end] == "倍他米松或地塞米松各为24mg,分2次肌注"
    # without 各 the dose is the last one's: the two are not given alike
    found, _ = therapies(analyse, "泼尼松或地塞米松10mg口服。")
    assert (found["泼尼松"].dose, found["泼尼松"].route) == (None, "口服")
    assert found["地塞米松"].dose == 10


@pytest.mark.parametrize(
    ("text", "drug", "canonical"),
    [
        ("可用强的松40mg/d口服。", "强的松", "泼尼松"),  # xywy writes the older names (curated.tsv)
        ("甲基强的松龙1g静滴,连用3天。", "甲基强的松龙", "甲泼尼龙"),
        ("口服消炎痛25mg,3次/d。", "消炎痛", "吲哚美辛"),
        ("静注速尿20mg。", "速尿", "呋塞米"),
    ],
)
def test_older_drug_names_are_therapies_under_their_generic_name(analyse, text, drug, canonical):
    found, _ = therapies(analyse, text)
    assert found[drug].therapy.canonical == canonical


def test_a_patent_tcm_formula_is_a_tcm_therapy(analyse):
    found, _ = therapies(analyse, "神昏者加安宫牛黄丸,口服归脾丸。")  # audit: 丸 ends a TCM formula
    assert {t: found[t].category for t in found} == {"安宫牛黄丸": "tcm", "归脾丸": "tcm"}


@pytest.mark.parametrize(("text", "outcome"), [
    ("手术切除后很少复发。", "无复发"),  # audit: rarely recurs is no relapse
    ("物理治疗以改善肢体挛缩。", ""),  # the aim, not a result
    ("手术切除后复发。", "复发"),
    ("泼尼松治疗后症状得以缓解。", "缓解"),  # review: 得以缓解 is a result, 以缓解 an aim
])
def test_an_outcome_word_read_with_the_words_around_it(analyse, text, outcome):
    found, _ = therapies(analyse, text)
    (therapy,) = found.values()
    assert therapy.outcome == outcome


def test_herbs_of_a_prescription_are_drugs_with_their_doses(analyse):
    # drug scan 2026-12-03: TCM herbs written before their doses were in no list
    found, _ = therapies(analyse, "独活15g，秦艽9g防风9g，细辛3g，熟地30g，甘草6g。", "治疗/中医治疗")
    assert {t: (s.therapy.canonical, s.dose, s.dose_unit) for t, s in found.items() if t != "独活"} == {
        "秦艽": ("秦艽", 9, "g"), "防风": ("防风", 9, "g"), "细辛": ("细辛", 3, "g"),
        "熟地": ("熟地黄", 30, "g"), "甘草": ("甘草", 6, "g"),
    }


def test_guarding_against_wind_is_no_herb(analyse):
    found, _ = therapies(analyse, "注意防风保暖，以防风寒。", "护理/护理")
    assert "防风" not in found


def test_pethidine_under_either_name_is_a_drug(analyse):
    found, _ = therapies(analyse, "疼痛剧烈者可肌注杜冷丁或哌替啶。", "治疗/西医治疗")
    assert {s.therapy.canonical for s in found.values()} == {"哌替啶"}


@pytest.mark.parametrize(
    ("text", "section", "expected"),
    [
        # review of xywy medical_10–11 (2026-12-03, therapies): a group exposed to a drug, no
        # treatment; a drug put on the skin is one
        ("经常口服避孕药者应定期检查肝脏。", "预防/预防", set()),
        ("正在接受放射治疗或免疫抑制剂治疗的患者，容易发生本病。", "概述/概述", set()),
        ("局部糜烂时，可涂氧化锌软膏保护。", "护理/护理", {"氧化锌软膏"}),
    ],
)
def test_exposed_groups_are_no_treatment_and_a_drug_put_on_is(analyse, text, section, expected):
    found, _ = therapies(analyse, text, section)
    assert set(found) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # medical_0–3 (2026-12-03, afternoon): a procedure listed with injuries and infections
        # is one of the causes; listed with treatments, or with a finding it fails to relieve,
        # it is a treatment
        ("如有各种应激，感染，手术，外伤，精神刺激等可诱发危象。", set()),
        ("脱位，骨折，手术是其主要的致病因素。", set()),
        ("腹痛，抗酸药难以缓解。", {"抗酸药"}),
        ("控制感染，手术切除病灶。", {"手术切除"}),
    ],
)
def test_a_procedure_listed_among_causes_is_no_treatment(analyse, text, expected):
    found, _ = therapies(analyse, text, "概述/概述")
    assert set(found) == expected


@pytest.mark.parametrize(
    ("text", "about_treatment", "expected"),
    [
        # medical_0–5 (2026-12-03, afternoon): a finding after 后 tells what followed the
        # procedure, outside a section about treatment; one that went is its outcome
        ("损伤性淋巴水肿：主要分放疗后淋巴水肿。", False, set()),
        ("需要特别提出的是手术后早期粘连性肠梗阻。", False, set()),
        ("二尖瓣狭窄手术后胸痛可消失。", False, {"手术"}),
        # therapies review of medical_2 (2026-12-05): in a section about treatment too
        ("化疗后骨髓抑制者，可输血治疗。", True, {"输血"}),
    ],
)
def test_a_finding_after_a_procedure_makes_it_a_time(analyse, text, about_treatment, expected):
    norm, entities, quantities, assertions = analyse(text)
    found = extract_therapies(norm, entities, quantities, assertions, about_treatment=about_treatment)
    assert {t.therapy.text for t in found} == expected


@pytest.mark.parametrize(
    "text",
    [
        # review of xywy medical_8–9 (2026-12-03, therapies): the use of a drug as the subject of
        # a causing verb, with 是 or two adverbs between
        "抗生素的应用是引起假膜性小肠结肠炎的主要诱因。",
        "而抗生素的应用也易诱发念珠菌阴道炎。",
    ],
)
def test_the_use_of_a_drug_that_causes_a_disease_is_no_treatment(analyse, text):
    found, _ = therapies(analyse, text)
    assert found == {}


@pytest.mark.parametrize(
    "text",
    [
        # review of xywy medical_8–9 (2026-12-03, therapies): what is avoided is the whole list
        "避免使用阿司匹林或华法林、肝素等抗凝药。",
        "急性期要避免使用皮质类固醇激素药膏。",
    ],
)
def test_every_item_of_a_list_kept_away_from_is_no_treatment(analyse, text):
    found, _ = therapies(analyse, text)
    assert found == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # medical_0–3 (2026-12-03, afternoon): what one is told not to take or do is no treatment;
        # not giving a treatment up is advice to give it
        ("不要给孩子服用阿司匹林。", set()),
        ("严禁口服碳酸氢钠。", set()),
        ("因此不要放弃手术治疗的机会。", {"手术治疗"}),
    ],
)
def test_a_prohibition_is_no_treatment(analyse, text, expected):
    found, _ = therapies(analyse, text)
    assert set(found) == expected


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # review of xywy medical_12–13 (2026-12-03, therapies): a negated outcome is the treatment failing
        ("手术切除不能使IHA治愈。", "无效"),
        ("这些症状用抗酸药及解痉药不易缓解。", "无效"),
        ("放疗后未见复发。", "无复发"),
        ("放疗可使症状缓解。", "缓解"),
    ],
)
def test_a_negated_outcome_is_a_failure(analyse, text, outcome):
    found, _ = therapies(analyse, text, "治疗/治疗")
    assert {s.outcome for s in found.values()} == {outcome}


def test_a_dose_written_before_a_drug_is_that_drugs(analyse):
    # review of xywy medical_6–7 (2026-12-03, round 7, therapies): the dose before the drug
    found, _ = therapies(analyse, "每日服用1000IU维生素E及25000IU维生素A乳剂。")
    assert (found["维生素E"].dose, found["维生素E"].dose_unit) == (1000, "IU/d")
    assert (found["维生素A"].dose, found["维生素A"].dose_unit) == (25000, "IU")  # not the vitamin E's
    found, _ = therapies(analyse, "每天口服325～650mg阿司匹林。")
    assert (found["阿司匹林"].dose, found["阿司匹林"].dose_high, found["阿司匹林"].dose_unit) == (325, 650, "mg/d")


def test_a_dose_right_after_a_drug_stays_its_own(analyse):
    found, _ = therapies(analyse, "阿司匹林100mg 氯吡格雷75mg，每日1次口服。")
    assert (found["阿司匹林"].dose, found["氯吡格雷"].dose) == (100, 75)


def test_a_drug_heading_takes_the_instructions_after_its_colon(analyse):
    # review of xywy medical_6–7 (2026-12-03, round 7, therapies): no row at all before
    found, _ = therapies(analyse, "A.磺胺嘧啶:体重>27kg者,剂量1.0g,1次/d。")
    assert (found["磺胺嘧啶"].dose, found["磺胺嘧啶"].dose_unit, found["磺胺嘧啶"].schedule.times) == (1.0, "g", 1)
