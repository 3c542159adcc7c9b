"""Tests of pipeline/clinical/therapies.py (extract_therapies and what it reads from the clinical
vocabulary), ordered by what the module does: what is a treatment and what is not, categories,
doses and units, routes, schedules and durations, the instructions a list or a clause shares,
outcomes, patients, assertions, and the seed record.

Most are tiny sentences in the style of the xywy texts, run through the real entity and context
stages (the ``analyse`` fixture of conftest.py) or through ``pipeline.run``. A comment above each
test names the review that asked for it:

- the seed record (POEMS综合征), whose treatment text sits under 预防, and the seed tests on xywy texts;
- schedule tests: ``schedule`` from dose_schedules.tsv, as (times, times_high, every, every_high,
  unit), as FHIR's Timing gives it;
- the new-user review of 2026-12-04 (session from 15:21): routes written after a comma were given to
  the drug before them; measured on xywy medical_0–3 and 10–15, 26 rows lost a route, all of them the
  next drug's (口服避孕药, 肌注青霉素, 静脉输入丙种球蛋白);
- therapies reviews of xywy medical_2, 4, 5, 6, 7, 8, 9, 12 and 15 and of drugs (2026-12-04 and 05):
  each fix was measured on other xywy files before it was kept (drugs: medical_0–3, 6–8 and 10–13;
  medical_9: medical_0–3 and 10–11).
"""

from __future__ import annotations

import json
import shutil

import pandas as pd
import pytest

import pipeline
from pipeline.clinical import (
    DoseSchedule,
    extract_labs,
    extract_therapies,
    load_clinical_vocabulary,
)
from pipeline.clinical.therapies import tcm_principles
from pipeline.errors import DictionaryError
from pipeline.language import load
from pipeline.lexicon.loader import load_lexicon
from pipeline.process import process_record
from pipeline.reader import Record, Section
from pipeline.resources import DEFAULT_DICTIONARY_DIR
from tests.helpers import therapy_rows

# --- helpers: the extraction stage on one sentence (the analyse fixture) ------------------------


def therapies_by_text_and_norm(analyse, text: str, section: str = "预防/描述", *, about_treatment: bool = False):
    """``({therapy text: therapy}, norm)`` of ``text`` in a record of the seed's disease (POEMS综合征)."""
    norm, entities, quantities, assertions = analyse(text, section, "POEMS综合征")
    found = extract_therapies(norm, entities, quantities, assertions, about_treatment=about_treatment)
    return {t.therapy.text: t for t in found}, norm


def therapies_by_text(analyse, text: str, section: str = "治疗/治疗", *, about_treatment: bool = False):
    """``{therapy text: therapy}`` of ``text`` in a treatment section, with no disease of the record."""
    norm, entities, quantities, assertions = analyse(text, section)
    found = extract_therapies(norm, entities, quantities, assertions, about_treatment=about_treatment)
    return {t.therapy.text: t for t in found}


def therapy_and_norm(analyse, text: str, drug: str):
    """``(therapy, norm)``: the therapy of ``text`` written as ``drug``, with no section."""
    norm, entities, quantities, assertions = analyse(text)
    found = {t.therapy.text: t for t in extract_therapies(norm, entities, quantities, assertions)}
    return found[drug], norm


def therapies_and_labs(analyse, text: str, section: str = "治疗/治疗"):
    """The therapy rows of ``text`` as (therapy, dose, dose_high, dose_unit, route) tuples, and the
    tests of its lab rows."""
    norm, entities, quantities, assertions = analyse(text, section)
    therapies = [
        (t.therapy.canonical, t.dose, t.dose_high, t.dose_unit, t.route)
        for t in extract_therapies(norm, entities, quantities, assertions)
    ]
    return therapies, [f.test.canonical for f in extract_labs(norm, entities, quantities, assertions)]


def rows_with_assertion(analyse, text: str, section: str = "治疗/治疗") -> list[tuple]:
    """The therapy rows of ``text`` as (canonical, dose, dose_unit, route, outcome, assertion) tuples."""
    norm, entities, quantities, assertions = analyse(text, section)
    return [
        (t.therapy.canonical, t.dose, t.dose_unit, t.route, t.outcome, t.assertion)
        for t in extract_therapies(norm, entities, quantities, assertions)
    ]


def routes(analyse, text: str) -> dict[str, str]:
    """``{canonical: route}`` of the therapies of ``text`` in a treatment section."""
    norm, entities, quantities, assertions = analyse(text, "治疗/治疗")
    return {t.therapy.canonical: t.route for t in extract_therapies(norm, entities, quantities, assertions)}


@pytest.fixture(scope="module")
def nlp():
    return load(span_views=False, lexical_attributes=False)


# --- helpers: pipeline.run on a record of one section (the therapies table) ---------------------


def rows(text: str, section: str = "treat_info") -> list[tuple]:
    """(therapy, route, outcome) of the therapies of a record holding ``text`` in ``section``."""
    return therapy_rows(text, section)


def names(text: str, section: str = "treat_info") -> list[str]:
    """The therapies of a record holding ``text`` in ``section``."""
    return [therapy for therapy, _, _ in rows(text, section)]


def table(text: str, section: str = "prevent_info"):
    """The therapies table of a record holding ``text`` in ``section``."""
    return pipeline.run([{"name": "测试病", section: text}])["therapies"]


def rows_in(name: str, text: str, section: str = "prevent_info") -> list[str]:
    """The therapies of a record named ``name`` holding ``text`` in ``section``."""
    return pipeline.run([{"name": name, section: text}])["therapies"]["therapy"].tolist()


def detail_rows(*texts: str) -> list[str]:
    """The therapies of a record holding ``texts`` as its symptom details."""
    table = pipeline.run([{"name": "测试病", "symptom_data": {"symptom_detail": list(texts)}}])["therapies"]
    return list(table.therapy)


def doses(text: str) -> list[list]:
    """[therapy, dose, dose_high, dose_unit] of each therapy of ``text`` in treat_info."""
    table = pipeline.run([{"name": "测试病", "treat_info": text}])["therapies"]
    return table[["therapy", "dose", "dose_high", "dose_unit"]].values.tolist()


def categories(text: str, section: str = "nursing_info") -> list[list]:
    """[therapy, category] of each therapy of ``text``."""
    return pipeline.run([{"name": "测试病", section: text}])["therapies"][["therapy", "category"]].values.tolist()


def radiotherapy(text: str) -> list[list]:
    """[therapy, dose, dose_unit, sessions] of each therapy of ``text`` in nursing_info (None for missing)."""
    table = pipeline.run([{"name": "测试病", "nursing_info": text}])["therapies"]
    return table[["therapy", "dose", "dose_unit", "sessions"]].astype(object).where(table.notna(), None).values.tolist()


def amounts(text: str, section: str = "treat_detail") -> list[list]:
    """[therapy, dose, dose_unit, volume, volume_unit] of each therapy of ``text`` (None for missing)."""
    table = pipeline.run([{"name": "测试病", section: text}])["therapies"]
    columns = ["therapy", "dose", "dose_unit", "volume", "volume_unit"]
    return table[columns].astype(object).where(table[columns].notna(), None).values.tolist()


def _assertions(text: str, disease: str) -> dict[str, str]:
    """{therapy: assertion} of a record of ``disease`` holding ``text`` in prevent_info."""
    rows = pipeline.run([{"name": disease, "prevent_info": text}])["therapies"]
    return dict(zip(rows["therapy"], rows["assertion"]))


# --- what is a treatment: a use word, a dose, a route or a schedule -------------------------------


# therapies review of drugs, 2026-12-04
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
    therapies, _ = therapies_and_labs(analyse, text)
    assert therapies == expected


# therapies review of drugs, 2026-12-04
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
    therapies, _ = therapies_and_labs(analyse, text)
    assert [therapy for therapy, *_ in therapies] == expected


# therapies review of medical_6, 2026-12-05
def test_a_comma_list_of_drugs_goes_on_past_a_bracket():
    text = "应选用广谱类抗生素，常用的有氨苄西林(氨苄青霉素)，头孢氨苄，头孢塞肟，头孢替坦等。"
    assert names(text, "prevent_info") == ["抗生素", "氨苄西林", "头孢氨苄", "头孢噻肟", "头孢替坦"]
    assert names("减少过氧化氢(H2O2)，头孢氨苄的产生。", "prevent_info") == []  # no treatment before the list


# therapies review of medical_9, 2026-12-04
@pytest.mark.parametrize(
    "text",
    ["外阴丹毒首选青霉素，症状消失后5-7天才可停药。", "对所有病人青霉素应为首选药物。", "首选药物为青霉素。"],
)
def test_the_drug_of_first_choice_is_given(analyse, text):
    assert set(therapies_by_text(analyse, text, "预防/描述")) == {"青霉素"}


# schedule tests (dose_schedules.tsv), xywy texts
def test_a_schedule_makes_a_drug_a_treatment(analyse):
    norm, entities, quantities, assertions = analyse("红霉素，每日3次。")
    assert [t.therapy.text for t in extract_therapies(norm, entities, quantities, assertions)] == ["红霉素"]


# therapies review of medical_8, 2026-12-05
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("患生殖器疱疹的孕妇应采用剖宫产分娩。", [("剖宫产", None, None)]),
        ("对母儿生命威胁很大，可做选择性剖宫产手术。", [("剖宫产", None, None)]),
        # no use word before it: an indication, a risk, a rate
        ("正确处理产程，严格掌握剖宫产指征。", []),
        ("如年龄>35岁，肥胖，孕期长期卧床或不活动或剖宫产等。", []),
        ("应采用措施降低剖宫产率。", []),
    ],
)
def test_caesarean_section_is_a_surgery_only_after_a_use_word(text, expected):
    assert therapy_rows(text, "prevent_info") == expected


# therapies review of medical_5, 2026-12-04
def test_sedatives_and_airway_procedures_are_therapies():
    assert [r[0] for r in rows("必要时可用水合氯醛等镇静剂，严重者行气管插管，机械通气。", "desc")] == ["水合氯醛", "镇静剂", "气管插管", "机械通气"]


# therapies review of medical_5, 2026-12-04
def test_a_sitz_bath_stays_a_therapy_of_its_own():
    # 坐浴 as a route word would have taken the therapy itself away (温水坐浴)
    assert [r[0] for r in rows("可用温水坐浴。", "desc")] == ["坐浴"]


# therapies review of medical_6, 2026-12-05
def test_incision_and_drainage_is_a_surgery():
    # curated term: 切开引流 was no mention (脓肿切开引流手术 gave a bare 手术 only)
    assert names("B超诊出脓液后应及早切开引流。", "prevent_info") == ["切开引流"]
    assert names("脓肿引流通畅。", "prevent_info") == []


# therapies review of medical_15, 2026-12-04
def test_a_site_and_a_bare_shoushu_are_one_surgery():
    # therapies review of medical_15 (2026-12-04): 阑尾手术 was cut to 手术
    table = pipeline.run([{"name": "测试病", "treat_info": "可在腹腔镜下做阑尾手术。"}])["therapies"]
    assert [(r.therapy, r.category) for r in table.itertuples() if "手术" in r.therapy] == [("阑尾手术", "surgery")]


# therapies review of medical_6, 2026-12-05
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # same_operation: a generic 手术 right after an operation names it again, one row
        ("待脓肿局限以后应行脓肿切开引流手术释放积液。", ["切开引流"]),
        ("宫颈电熨，冷冻治疗等小手术，宜在月经净后尽早施行。", ["冷冻治疗"]),
        ("先行切开引流，再行手术治疗。", ["切开引流", "手术"]),  # another clause: another operation
    ],
)
def test_a_generic_operation_right_after_an_operation_is_the_same_one(text, expected):
    assert names(text, "prevent_info") == expected


# therapies review of medical_4, 2026-12-05
def test_a_bare_dosage_form_after_its_drug_is_no_second_row():
    # R4: 氯霉素眼药水 gave 眼药水 as well; the drug keeps the route and schedule read past the form
    table = pipeline.run([{"name": "测试病", "treat_info": "用氯霉素眼药水滴眼，每日3次。"}])["therapies"]
    assert [(r.therapy, r.route, r.times) for r in table.itertuples()] == [("氯霉素", "滴眼", 3)]
    assert rows("可用抗生素眼药水点眼。") == [("抗生素", "滴眼", None)]


# therapies review of medical_4, 2026-12-05
def test_a_dosage_form_alone_is_still_a_row():
    assert rows("用眼药水滴眼。") == [("眼药水", "滴眼", None)]


# seed tests, xywy texts
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
    found, _ = therapies_by_text_and_norm(analyse, text)
    assert found[drug].therapy.canonical == canonical


# seed tests, xywy texts
def test_pethidine_under_either_name_is_a_drug(analyse):
    found, _ = therapies_by_text_and_norm(analyse, "疼痛剧烈者可肌注杜冷丁或哌替啶。", "治疗/西医治疗")
    assert {s.therapy.canonical for s in found.values()} == {"哌替啶"}


# therapies review of medical_9, 2026-12-04
@pytest.mark.parametrize(
    ("text", "therapy", "canonical"),
    [
        ("早期应用甲氰咪胍0.2～0.4g静脉注射，1次/8h。", "甲氰咪胍", "西咪替丁"),  # an older name
        ("立止血1000U静脉注射，1次/8h。", "立止血", "血凝酶"),  # a brand name
        ("可用茄类或次碳酸铋。", "次碳酸铋", "碱式碳酸铋"),
        ("可用碱式碳酸铋4g研末外涂。", "碱式碳酸铋", "碱式碳酸铋"),
        ("普鲁卡因胺与维拉帕米合用，可获得较好效果。", "普鲁卡因胺", "普鲁卡因胺"),
        ("索他洛尔80mg口服，每日2次。", "索他洛尔", "索他洛尔"),
        ("溴苄胺5mg/kg静注。", "溴苄胺", "溴苄胺"),
        ("口服司坦唑醇2mg，每日3次。", "司坦唑醇", "司坦唑醇"),
        ("炔雌醇0.05mg口服。", "炔雌醇", "炔雌醇"),
        ("二氢麦角胺1mg肌注。", "二氢麦角胺", "二氢麦角胺"),
        ("经鼻胃管给予氢氧化镁治疗。", "氢氧化镁", "氢氧化镁"),
        ("对上述患者行电击复律后窦性心律出现。", "电击复律", "直流电复律"),
    ],
)
def test_drugs_and_procedures_the_lexicon_lacked(analyse, text, therapy, canonical):
    found = therapies_by_text(analyse, text)
    assert therapy in found
    assert found[therapy].therapy.canonical == canonical


# seed tests, xywy texts
def test_herbs_of_a_prescription_are_drugs_with_their_doses(analyse):
    # drug scan 2026-12-03: TCM herbs written before their doses were in no list
    found, _ = therapies_by_text_and_norm(analyse, "独活15g，秦艽9g防风9g，细辛3g，熟地30g，甘草6g。", "治疗/中医治疗")
    assert {t: (s.therapy.canonical, s.dose, s.dose_unit) for t, s in found.items() if t != "独活"} == {
        "秦艽": ("秦艽", 9, "g"), "防风": ("防风", 9, "g"), "细辛": ("细辛", 3, "g"),
        "熟地": ("熟地黄", 30, "g"), "甘草": ("甘草", 6, "g"),
    }


# --- what is no treatment: a test measured, a manoeuvre, what the body needs ----------------------


# the seed record (POEMS综合征)
def test_a_drug_without_treatment_words_is_no_therapy(analyse):
    text = "TGF-β1具有拮抗前炎性细胞因子的作用,通过减少过氧化氢和一氧化氮的产生以及IL-6和TNF-α的产生起作用。"
    assert therapies_by_text_and_norm(analyse, text, "发病机制/病因")[0] == {}


# therapies review of drugs, 2026-12-04
@pytest.mark.parametrize(
    ("text", "test"),
    [
        ("血清雌二醇降低。", "雌二醇"),
        ("部分病人丙种球蛋白增高。", "γ球蛋白"),
        ("生长激素水平降低。", "生长激素"),
    ],
)
def test_a_hormone_or_biologic_measured_stays_a_lab(analyse, text, test):
    therapies, labs = therapies_and_labs(analyse, text)
    assert therapies == []
    assert test in labs


# therapies review of drugs, 2026-12-04
@pytest.mark.parametrize(
    "text",
    [
        "采用放射免疫法测定血清雌二醇。",  # the use word is the method's
        "纠正血容量不足可补充血容量。",  # 血容量 is no substance given (not a given_test)
        "滥用雌激素。",  # 滥用 is no use word (not_use)
    ],
)
def test_a_test_without_a_use_word_dose_or_route_of_its_own_is_no_therapy(analyse, text):
    therapies, _ = therapies_and_labs(analyse, text)
    assert therapies == []


# therapies review of medical_9, 2026-12-04
@pytest.mark.parametrize(
    "text",
    [
        "按摩颈动脉窦后心率减慢。",  # a diagnostic manoeuvre
        "做诊断性颈动脉窦按摩有一定危险性。",
        "早期曾称为透析性脑病。",  # a disease, no dialysis given
    ],
)
def test_a_manoeuvre_or_a_disease_named_after_a_procedure_is_no_treatment(analyse, text):
    assert therapies_by_text(analyse, text) == {}


# therapies review of medical_9, 2026-12-04
def test_what_the_body_needs_is_no_treatment(analyse):
    # 需求 as 需求量: 维生素D的需求 is what the body needs
    assert set(therapies_by_text(analyse, "应用维生素D的需求增加。")) == set()


# seed tests, xywy texts
def test_guarding_against_wind_is_no_herb(analyse):
    found, _ = therapies_by_text_and_norm(analyse, "注意防风保暖，以防风寒。", "护理/护理")
    assert "防风" not in found


# --- what is no treatment: causes -----------------------------------------------------------------


# seed tests, xywy texts
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
    found, _ = therapies_by_text_and_norm(analyse, text)
    assert found == {}


# seed tests, xywy texts
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
    found, _ = therapies_by_text_and_norm(analyse, text, "概述/概述")
    assert set(found) == expected


# therapies review of medical_9, 2026-12-04
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("使用皮质激素或抗生素易促发本病。", set()),  # 促发: a cause
        ("无手术禁忌证者应争取早期手术治疗。", {"手术治疗"}),  # 手术禁忌证: no operation given
        ("存在手术禁忌症者可用药物治疗。", set()),
        ("如患儿接种过卡介苗后可用结核菌素试验。", set()),  # 接种过: the patient's past
    ],
)
def test_a_cause_a_contraindication_or_a_past_vaccination_is_no_treatment(analyse, text, expected):
    assert set(therapies_by_text(analyse, text)) == expected


# therapies review of medical_9, 2026-12-04
def test_stress_prevented_is_no_stress_caused(analyse):
    # 应激 is a causes cue (手术等应激状态); 预防应激性溃疡 is what the drug is given for
    assert set(therapies_by_text(analyse, "使用西咪替丁预防应激性溃疡。")) == {"西咪替丁"}


# therapies review of medical_2, 2026-12-05
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # R2: a drug named as a cause, before it or as the subject of a causing verb
        ("后者在我国的主要原因为皮质类固醇的应用及酗酒。", []),
        ("狼疮脑病因大剂量应用激素，使免疫功能降低。", []),
        ("还有的是继发于药物治疗，如皮质类固醇和青霉胺的使用。", []),  # past ，如
        ("有人提出大剂量糖皮质激素的使用及小剂量环孢霉素A的应用可诱发肾危象。", []),  # not 促进, which also helps (code review)
        # not touched: a drug given, 如 with no cause word before it
        ("可选用抗生素如青霉素、红霉素治疗。", ["抗生素", "青霉素", "红霉素"]),
        ("口服泼尼松治疗有效。", ["泼尼松"]),
    ],
)
def test_a_drug_named_as_a_cause_or_the_subject_of_a_causing_verb_is_no_therapy(text, expected):
    assert names(text, "gaishu_info") == expected


# therapies review of medical_2, 2026-12-05
def test_a_treatment_named_in_the_causes_makes_no_exposure_of_its_canonical_name():
    # therapies re-review of medical_2: 手术治疗 is 手术 now, and a cause section's patient group
    # (在手术治疗的胰腺癌中) made every 手术 of the record a cause
    record = {"name": "胰腺癌", "cause_info": "在手术治疗的胰腺癌中，多数为导管腺癌。", "prognosis": "手术死亡率较高。"}
    assert list(pipeline.run([record])["therapies"]["therapy"]) == ["手术"]
    # a drug the causes name is still one of its exposures
    record = {"name": "黄褐斑", "cause_info": "口服避孕药可诱发本病。", "symptom": "常有口服避孕药史或服用避孕药。"}
    assert list(pipeline.run([record])["therapies"]["therapy"]) == []


# therapies review of medical_2, 2026-12-05
@pytest.mark.parametrize(("text", "expected"), [
    # code review 2026-12-05: a conditional 如 after a cause word names no example of a cause
    ("由于病情较重，如泼尼松无效可加用环磷酰胺。", ["泼尼松", "环磷酰胺"]),
    ("由于感染，如果理疗无效。", ["理疗"]),
    # a course of treatment, and a result after 后, keep the operation
    ("术前放疗后再行手术切除。", ["放疗", "手术切除"]),
    ("放射治疗后肿瘤缩小。", ["放疗"]),
    # 促进 after a use also says it helps
    ("糖皮质激素的应用可促进炎症吸收。", ["糖皮质激素"]),
])
def test_what_the_code_review_found_stays_a_therapy(text, expected):
    assert names(text, section="treat_info") == expected


# therapies review of medical_4, 2026-12-05
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
        # code review 2026-12-05 (D1): a clause (控制肺炎, 预防感染) is no item of the list
        ("静脉滴注青霉素，控制肺炎等所致的发热。", "treat_info", ["青霉素"]),
        ("可口服泼尼松，地塞米松，预防感染等引起的并发症。", "treat_info", ["泼尼松", "地塞米松"]),
        ("(腹膜透析，肾切除术，肾移植)等均易招致本病。", "treat_info", []),
        ("因心力衰竭而使用利尿剂如速尿，利尿酸等引起代谢性碱中毒。", "treat_info", []),  # 如 opens examples
    ],
)
def test_an_item_of_a_list_of_causes_closed_by_deng_is_no_treatment(text, section, kept):
    assert names(text, section) == kept


# therapies review of medical_6, 2026-12-05
@pytest.mark.parametrize(
    "text",
    [
        # cause_before 可能与 … 有关, 是由 … 引起
        "近年报道增多，可能与广泛应用广谱抗生素有关。",
        "本病是由广泛应用的许多药物如抗生素引起的肾脏损害。",
    ],
)
def test_a_drug_named_within_a_cause_frame_is_no_therapy(text):
    assert names(text, "gaishu_info") == []


# therapies review of medical_6, 2026-12-05
def test_a_treatment_after_a_cause_cue_far_before_stays():
    assert names("本病可能与遗传有关，治疗可用泼尼松。", "gaishu_info") == ["泼尼松"]


# therapies review of medical_6, 2026-12-05
def test_a_bracket_after_a_drug_does_not_hide_what_it_causes():
    # the comma of (methotrexate，MTX) closed the clause before 发生
    text = "本病指长期应用免疫抑制剂甲氨蝶呤(methotrexate，MTX)的个体(类风湿关节炎的患者)发生的淋巴瘤。"
    assert names(text, "gaishu_info") == []


# therapies review of medical_6, 2026-12-05
def test_a_bracket_after_a_treatment_keeps_it_a_treatment():
    assert names("可用泼尼松(prednisone，PDN)治疗，疗效确切。", "gaishu_info") == ["泼尼松"]


# therapies review of medical_6, 2026-12-05
@pytest.mark.parametrize(
    "text",
    [
        # the later items of a comma list a cause_before word opens
        "对医源性传染如角膜移植，骨髓移植，生长激素等严加监控。",
        "可发生于囊内摘除，囊外摘除术后，前房人工晶状体植入术，囊膜有破孔的病例。",
    ],
)
def test_the_later_items_of_a_list_of_causes_are_no_therapy(text):
    assert names(text, "symptom_data") == []


# therapies review of medical_6, 2026-12-05
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("由于存在感染病灶，炎症扩散，应早行手术探查。", ["手术"]),  # a clause with more than the item
        ("避免因为疲劳等因素造成的劳损，如果可以进行理疗、热敷。", ["理疗", "热敷"]),  # a condition opens the clause
        # ten-file check (2026-12-05): an item holding a modal or a use word, or an outcome after it, tells a treatment
        ("输尿管肿瘤指发生在输尿管任何阶段上的肿瘤，常见为移性上皮癌，多半需手术治疗。", ["手术"]),
        ("肿瘤主要发生于20～40岁的青年人，2/3发生于男性，早期广泛局部切除，可获痊愈。", ["局部切除"]),
        ("在当今医疗护理水平下，层流病房，造血生长因素，成份输血和多种抗生素等早期治疗下，病人多能康复出院。", ["输血", "抗生素"]),
    ],
)
def test_a_treatment_in_a_later_clause_after_a_cause_stays(text, expected):
    assert names(text, "prevent_info") == expected


# therapies review of medical_6, 2026-12-05
@pytest.mark.parametrize(
    ("text", "section", "expected"),
    [
        # code review 2026-12-05 (medical_8): the items between a cause_before word and the drug must be
        # whole mentions; prose clauses are no list of causes
        ("多见于老人，好发于头皮与颈部，直径0.4～10cm，必要时手术切除。", "gaishu_info", ["手术切除"]),
        ("空洞可见于混合型(即大，小细胞型)，尽可能手术切除，肺门淋巴结阳性时需放疗。", "symptom_data", ["手术切除", "放疗"]),
        ("由于其易引起症状，故多在早期诊断并手术，周围病变多为实性。", "symptom_data", ["手术"]),
        ("本病多继发于上呼吸道感染，早期诊断，及时手术。", "treat_info", ["手术"]),
        ("损伤性休克多见于严重损伤，如骨折，挤压伤、大手术等。", "gaishu_info", []),  # whole items: causes
    ],
)
def test_a_treatment_after_prose_clauses_following_a_cause_stays(text, section, expected):
    assert names(text, section) == expected


# therapies review of medical_12, 2026-12-04
def test_a_drug_whose_next_clause_opens_with_what_it_causes_is_no_treatment(analyse):
    assert rows_with_assertion(analyse, "长期大量使用外源性皮质激素,可导致肾上腺皮质萎缩。") == []


# therapies review of medical_12, 2026-12-04
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
    assert len(rows_with_assertion(analyse, text)) == 1


# a record named after what a drug or an operation caused


# therapies review of medical_9, 2026-12-04
def test_a_record_named_after_drug_poisoning_has_no_drug_rows_outside_treatment(nlp):
    # 抗菌药中毒性肾病: the drugs its description names are its causes
    desc = Section("gaishu_info/desc", "卡那霉素静滴后可出现蛋白尿。")
    advice = Section("treat_info", "可口服泼尼松治疗。")
    record = Record("r1", "抗菌药中毒性肾病", "test", (desc, advice), ())
    assert [row["therapy"] for row in process_record(record, nlp)["therapies"]] == ["泼尼松"]


# therapies review of medical_8, 2026-12-05
@pytest.mark.parametrize(
    ("name", "text"),
    [
        # 类 and 物 the name puts into the drug's name: 非甾体(类)抗炎药(物)性
        ("非甾体类抗炎药物性肾病", "使用NSAIDs时应充分了解其作用机制和有关的不良反应。"),
        # named_cause 所致
        ("玻璃体及视网膜脱离手术所致青光眼", "手术中使用最少需要量的膨胀气体。"),
    ],
)
def test_a_therapy_the_records_name_says_caused_it_is_no_row(name, text):
    assert rows_in(name, text) == []


# therapies review of medical_8, 2026-12-05
@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("肾移植", "肾移植无疑是治疗慢性肾功能衰竭的最好方法。", ["肾移植"]),  # the name is the therapy
        ("核黄素缺乏病", "全身治疗给予核黄素口服，每日10-15毫克。", ["维生素B2"]),  # no cause word after it
        ("急性肾炎", "使用NSAIDs时应充分了解其作用机制。", ["非甾体抗炎药"]),
    ],
)
def test_a_therapy_the_name_does_not_blame_stays(name, text, expected):
    assert rows_in(name, text) == expected


# --- what is no treatment: exposures, risks and the patients named after a therapy ----------------


# seed tests, xywy texts
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
    found, _ = therapies_by_text_and_norm(analyse, text, section)
    assert set(found) == expected


# therapies review of medical_6, 2026-12-05
@pytest.mark.parametrize(
    "text",
    [
        # exposed_outcome after a group word, risk_close ending the clause: exposures, in any section
        "连续应用抗生素10天的患者患假丝酵母菌性外阴阴道炎占20%。",
        "抗生素的使用是患假丝酵母菌性外阴阴道炎的短期危险因素，",
        "对接受输血者的血源，严格检查以保证不被感染。",
    ],
)
def test_an_exposure_in_a_treatment_section_is_no_therapy(text):
    assert names(text, "nursing_info") == []


# therapies review of medical_6, 2026-12-05
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("用拇指轻轻按摩患儿患侧胸锁乳突肌肿块部位。", ["按摩"]),  # 患侧: the affected side
        ("手术是治疗本病的主要方法。", ["手术"]),  # no risk word
    ],
)
def test_a_treatment_with_a_group_or_是_after_it_stays(text, expected):
    assert names(text, "nursing_info") == expected


# therapies review of medical_6, 2026-12-05
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # risk_close: an operation that removes the risk (removes_risk between 是 and the risk word) is a treatment
        ("早期手术是去除诱因，预防复发的有效措施。", ["手术"]),
        ("及时手术是去除诱因。", ["手术"]),
        ("长期输血是本病的主要原因。", []),
    ],
)
def test_an_operation_removing_a_risk_is_a_treatment(text, expected):
    assert names(text, "treat_info") == expected


# therapies review of medical_6, 2026-12-05
def test_an_affected_part_after_患_is_no_falling_ill():
    # affected_part cues: 患眼, 患侧 after a group word are the patient's affected part
    assert names("术后患者患眼滴用妥布霉素滴眼液。", "nursing_info") == ["妥布霉素"]


# therapies review of medical_5, 2026-12-04
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


# therapies review of medical_5, 2026-12-04
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


# therapies review of medical_5, 2026-12-04
@pytest.mark.parametrize(("text", "kept"), [("本病可采用化疗与放疗两者结合，疗效良好。", "化疗"), ("可用手术与药物二者联合，疗效良好。", "手术")])
def test_both_of_two_therapies_is_no_group_of_patients(text, kept):
    # code review: the 者 of 两者/二者 took the first therapy away
    assert kept in detail_rows(text)


# therapies review of medical_6, 2026-12-05
@pytest.mark.parametrize(
    "text",
    [
        # treated_group after 的 closing its clause, in a nursing section: the patients the advice is for
        "放疗和化疗的患者，一般不宜进食凉食。",
        "长期使用激素治疗的患者，骨质较稀疏，要避免剧烈活动。",
    ],
)
def test_the_patients_nursing_advice_is_for_are_no_therapy(text):
    assert names(text, "nursing_info") == []


# therapies review of medical_6, 2026-12-05
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("对需要手术的患者，宜尽早手术。", ["手术", "手术"]),  # a treating word before: a treatment
        ("化疗患者应多饮水。", ["化疗"]),  # no 的, no clause end: left as it was
    ],
)
def test_a_group_needing_or_getting_treatment_stays(text, expected):
    assert names(text, "nursing_info") == expected


# --- what is no treatment: drugs avoided, forbidden or to be wary of ------------------------------


# seed tests, xywy texts
@pytest.mark.parametrize(
    "text",
    [
        # review of xywy medical_8–9 (2026-12-03, therapies): what is avoided is the whole list
        "避免使用阿司匹林或华法林、肝素等抗凝药。",
        "急性期要避免使用皮质类固醇激素药膏。",
    ],
)
def test_every_item_of_a_list_kept_away_from_is_no_treatment(analyse, text):
    found, _ = therapies_by_text_and_norm(analyse, text)
    assert found == {}


# seed tests, xywy texts
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
    found, _ = therapies_by_text_and_norm(analyse, text)
    assert set(found) == expected


# therapies review of medical_15, 2026-12-04
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


# therapies review of medical_6, 2026-12-05
@pytest.mark.parametrize(
    "text",
    [
        # avoid_after: a caution word closing the drug's clause (medical_6:438, medical_1:262, medical_0:462)
        "不可滥用药物，使用氯霉素、细胞毒类抗癌药、免疫抑制剂等药物时要小心谨慎。",
        "对扩张血管药，镇静剂，利尿剂等应慎用。",
        "阿司匹林应谨慎使用。",
    ],
)
def test_a_drug_to_be_wary_of_is_no_therapy(text):
    assert names(text, "prevent_info") == []


# therapies review of medical_6, 2026-12-05
def test_a_caution_for_some_patients_keeps_the_drug():
    # 者 before 慎用: the drug is given, only those patients are careful with it
    assert "阿司匹林" in names("可用阿司匹林100mg/d，出血倾向者慎用。", "prevent_info")
    assert "阿司匹林" in names("可用阿司匹林治疗但有出血倾向者应慎用。", "prevent_info")


# therapies review of medical_6, 2026-12-05
def test_the_other_name_of_a_drug_kept_away_from_is_kept_away_from_too():
    # avoid, then the same operation's name in brackets (medical_6:164)
    assert names("避免用肠道短路手术(空肠回肠吻合术)作为减肥方法。", "prevent_info") == []
    assert names("可用空肠回肠吻合术(肠道短路手术)治疗。", "prevent_info") != []
    # a bracket holding more than the next name is an aside, not the list (code review 2026-12-05)
    assert names("避免使用阿司匹林(对乙酰氨基酚可代替)。", "prevent_info") == ["对乙酰氨基酚"]


# --- what is no treatment: an operation that is only the time or setting of something -------------


# seed tests, xywy texts
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


# therapies review of medical_2, 2026-12-05
@pytest.mark.parametrize(
    "text",
    [
        "手术后每日换药，洗澡并配合理疗。",  # (术)后, no result in this clause or the next
        "放疗期间忌服辛辣香燥等刺激性食物。",  # an anchor, more of the clause after it
        "化疗前后保持口腔清洁。",
        "在施行手术的时候，应严格小心。",  # 在 … 的时候 closing the clause
        "胃切除术后胃酸缺乏。",
    ],
)
def test_an_operation_as_a_time_is_no_therapy_in_a_nursing_section(text):
    assert [t for t in names(text, "nursing_info") if t != "理疗"] == []


# therapies review of medical_2, 2026-12-05
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("手术切除后常有复发。", ["手术切除"]),  # a result of the surgery
        ("化疗期间可获缓解。", ["化疗"]),
        ("服用异烟肼时忌吃无鳞鱼。", ["异烟肼"]),  # a drug is not touched
        ("在自我按摩的同时，可稍用力挤压乳房。", ["按摩"]),  # 同时 is no setting_end
        ("手术时间较长。", ["手术"]),  # 时间 is no anchor
    ],
)
def test_an_operation_with_a_result_or_a_drug_stays(text, expected):
    assert names(text, "nursing_info") == expected


# therapies review of medical_6, 2026-12-05
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # anchor 前、手术后 (as 前后) and the typo 是应注意 (for 时应注意): the time of what the clause says
        ("向家长讲解需何种手术治疗，手术前、手术后需注意的问题。", ["手术"]),
        ("对于腓骨骨折外固定、手术是应注意保护腓总神经。", []),
        ("手术是治疗本病的主要方法。", ["手术"]),  # 是 alone: no time
    ],
)
def test_an_operation_as_the_time_of_advice_is_no_therapy(text, expected):
    assert names(text, "nursing_info") == expected


# therapies review of medical_7, 2026-12-04 night
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


# therapies review of medical_7, 2026-12-04 night
def test_in_nursing_an_operation_with_shi_stays_a_treatment():
    assert [r.therapy for r in table("需进行手术时，应做好准备。", "nursing_info").itertuples()] == ["手术"]


# therapies review of medical_7, 2026-12-04 night
def test_tongshi_is_no_setting():
    assert [r.therapy for r in table("在自我按摩的同时，可稍用力挤压乳房。", "gaishu_info").itertuples()] == ["按摩"]


# therapies review of medical_5, 2026-12-04
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


# therapies review of medical_15, 2026-12-04
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


# --- what is no treatment: the fluid a drug is given in -------------------------------------------


# therapies review of medical_9, 2026-12-04
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the fluid a drug is put in is no treatment of its own
        # 垂体后叶素 (a test in the lexicon) is given: a dose after it (given_test)
        ("垂体后叶素24单位加入10%葡萄糖40ml缓慢静脉推注。", {"垂体后叶素"}),
        ("或用头孢氨苄1.0加0.9%氯化钠20ml气管内灌注。", {"头孢氨苄"}),
        ("可用10%葡萄糖酸钙10ml加入20ml葡萄糖液内由静脉缓慢注射。", {"葡萄糖酸钙"}),
        ("或用脑垂体后叶素加入葡萄糖氯化钠中静脉滴注。", set()),
        # glucose or saline given for itself stays
        ("补充5%或10%的葡萄糖溶液。", {"葡萄糖"}),
        ("静脉滴注10%葡萄糖500～1500ml。", {"葡萄糖"}),
        ("葡萄糖液60～100ml加维生素C0.5～1g静注。", {"葡萄糖"}),  # the fluid first, the drug put in after
        # code review (2026-12-04): more glucose given is a treatment, not a diluent
        ("若未恢复可追加50%葡萄糖20ml静注。", {"葡萄糖"}),
        ("必要时增加10%葡萄糖500ml静滴维持。", {"葡萄糖"}),
    ],
)
def test_a_diluent_is_no_treatment(analyse, text, expected):
    assert set(therapies_by_text(analyse, text)) == expected


# therapies review of medical_9, 2026-12-04
def test_the_drug_before_a_diluent_keeps_its_dose_and_outcome(analyse):
    found = therapies_by_text(analyse, "氨茶碱0.25g加10%葡萄糖液20ml静注，症状缓解。")
    assert set(found) == {"氨茶碱"}
    assert (found["氨茶碱"].dose, found["氨茶碱"].dose_unit, found["氨茶碱"].outcome) == (0.25, "g", "缓解")


# therapies review of medical_8, 2026-12-05
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("口腔出血者可用去甲肾上腺素盐水含漱。", [("去甲肾上腺素", "含漱", None)]),
        ("用含新霉素100mg/L和多粘菌素B100mg/L的生理盐水冲洗。",
         [("新霉素", None, None), ("多黏菌素", None, None)]),
        # a fluid given for itself: after 葡萄糖, or alone
        ("可用生理盐水漱口。", [("生理盐水", "含漱", None)]),
        ("脱水者静脉滴注葡萄糖盐水。", [("葡萄糖", "静滴", None), ("盐水", "静滴", None)]),
    ],
)
def test_saline_a_drug_is_given_in_is_no_row(text, expected):
    assert therapy_rows(text, "nursing_info") == expected


# --- categories -----------------------------------------------------------------------------------


# seed tests, xywy texts
def test_a_patent_tcm_formula_is_a_tcm_therapy(analyse):
    found, _ = therapies_by_text_and_norm(analyse, "神昏者加安宫牛黄丸,口服归脾丸。")  # audit: 丸 ends a TCM formula
    assert {t: found[t].category for t in found} == {"安宫牛黄丸": "tcm", "归脾丸": "tcm"}


# therapies review of medical_7, 2026-12-04 night
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


# therapies review of medical_6, 2026-12-05
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # re-review of medical_6 (2026-12-05): a single herb given is tcm; named as food it is no row
        ("可服用丹参片，每日3次。", [("丹参", "tcm")]),
        ("中药黄芪每日6～9g连服2～3个月。", [("中药", "tcm"), ("黄芪", "tcm")]),
        ("多吃韭菜、海参、人参、乌鸡等。", []),
    ],
)
def test_a_single_herb_given_is_tcm_and_needs_a_use_word(text, expected):
    rows = pipeline.run([{"name": "测试病", "prevent_info": text}])["therapies"]
    assert [(r.therapy, r.category) for r in rows.itertuples()] == expected


# therapies review of medical_8, 2026-12-05
def test_a_decoction_named_by_its_canonical_is_tcm():
    # 四磨汤口服液 ends in no suffix of therapy_categories.tsv; its canonical 四磨汤 ends in 汤
    assert categories("必要时给予四磨汤口服液及缓泻剂。") == [["四磨汤", "tcm"], ["缓泻剂", "drug"]]
    assert categories("腹泻者可给予蒙脱石散口服。") == [["蒙脱石散", "drug"]]  # its exact row wins over 散


# therapies review of medical_8, 2026-12-05
def test_a_drug_canonicals_suffix_gives_only_a_drugs_category():
    # code review 2026-12-05, D4: 参苓白术 ends in 术 (the herb 白术), 微丸 and 睾丸 in 丸
    assert categories("脾虚者可口服参苓白术片治疗。") == [["参苓白术", "tcm"]]
    assert categories("可给予红霉素肠溶微丸胶囊口服治疗。") == [["红霉素肠溶微丸", "drug"]]
    assert categories("必要时给予四磨汤口服液及缓泻剂。") == [["四磨汤", "tcm"], ["缓泻剂", "drug"]]


# therapies review of medical_8, 2026-12-05
def test_no_drug_of_the_lexicon_is_an_operation():
    """The drug.tsv sweep of the code review (2026-12-05): a drug's text or canonical makes no surgery."""
    voc = load_clinical_vocabulary()
    categories = {(e.term, voc.category("drug", e.term, e.canonical or e.term))
                  for e in load_lexicon().entries.values() if e.label == "drug"}
    assert [c for c in categories if c[1] in ("surgery", "radiotherapy", "chemotherapy")] == []


# therapies review of medical_9, 2026-12-04
def test_lecithin_is_a_nutrient(analyse):
    assert therapies_by_text(analyse, "饮食护理：补充卵磷脂。")["卵磷脂"].category == "nutrient"


# therapies review of medical_9, 2026-12-04
def test_vitamin_b_complex_is_read_whole_as_a_nutrient(analyse):
    found = therapies_by_text(analyse, "早期使用维生素B族及神经营养药。")
    assert "维生素B族" in found and found["维生素B族"].category == "nutrient"


# --- doses and units ------------------------------------------------------------------------------


# seed tests, xywy texts
def test_dose_ranges_with_a_unit_on_both_ends_or_zhi(analyse):
    assert (lambda t: (t.dose, t.dose_high, t.dose_unit))(therapies_by_text_and_norm(analyse, "泼尼松每次0.5g～1.0g口服。")[0]["泼尼松"]) == (0.5, 1.0, "g")
    assert (lambda t: (t.dose, t.dose_high, t.dose_unit))(therapies_by_text_and_norm(analyse, "泼尼松1.5至2.0g/d口服。")[0]["泼尼松"]) == (1.5, 2.0, "g/d")


# seed tests, xywy texts
def test_a_dose_unit_is_read_whole_or_not_at_all(analyse):
    found, _ = therapies_by_text_and_norm(analyse, "环磷酰胺750mg/m2静滴。")
    assert (found["环磷酰胺"].dose, found["环磷酰胺"].dose_unit) == (750, "mg/m²")
    found, _ = therapies_by_text_and_norm(analyse, "用泼尼松治疗后血红蛋白升至100g/L。")  # a lab value, not a dose
    assert (found["泼尼松"].dose, found["泼尼松"].dose_unit) == (None, "")


# seed tests, xywy texts
def test_two_doses_joined_by_huo_are_a_range(analyse):
    # xywy 缺铁性贫血: 0.2 or 0.3 g a time
    found, _ = therapies_by_text_and_norm(analyse, "口服硫酸亚铁0.2或0.3g,每日3次。")
    assert (found["硫酸亚铁"].dose, found["硫酸亚铁"].dose_high, found["硫酸亚铁"].dose_unit) == (0.2, 0.3, "g")


# seed tests, xywy texts
@pytest.mark.parametrize(
    ("text", "drug", "dose"),
    [
        ("地塞米松10mg或20mg/kg静注。", "地塞米松", (10, 10, "mg")),  # two units: the first dose only
        ("泼尼松片5mg或10mg规格,口服。", "泼尼松", (5, 5, "mg")),  # two strengths, no range
    ],
)
def test_huo_joins_two_numbers_of_one_unit_only(analyse, text, drug, dose):
    found, _ = therapies_by_text_and_norm(analyse, text)
    assert (found[drug].dose, found[drug].dose_high, found[drug].dose_unit) == dose


# seed tests, xywy texts
@pytest.mark.parametrize(
    ("text", "drug", "dose"),
    [
        ("口服盐酸异丙嗪12.5-25毫克,每日2-3次。", "盐酸异丙嗪", (12.5, 25, "mg")),  # xywy: units in Chinese
        ("泼尼松每日1毫克/千克口服。", "泼尼松", (1, 1, "mg/(kg·d)")),
        ("黄芪15克,水煎服。", "黄芪", (15, 15, "g")),
    ],
)
def test_dose_units_written_in_chinese(analyse, text, drug, dose):
    found, _ = therapies_by_text_and_norm(analyse, text)
    assert (found[drug].dose, found[drug].dose_high, found[drug].dose_unit) == dose


# therapies review of medical_12, 2026-12-04
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
    assert [row[:4] for row in rows_with_assertion(analyse, text)] == [expected]


# therapies review of medical_8, 2026-12-05
def test_a_range_of_ten_thousands_keeps_its_low_end():
    assert doses("青霉素80万～200万U/d，分2次肌注。") == [["青霉素", 80.0, 200.0, "万U/d"]]
    assert doses("青霉素80万U/d肌注。") == [["青霉素", 80.0, 80.0, "万U/d"]]


# therapies review of drugs, 2026-12-04
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
    therapies, _ = therapies_and_labs(analyse, text)
    assert therapies == [expected]


# seed tests, xywy texts
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
    found, _ = therapies_by_text_and_norm(analyse, text)
    assert (found[drug].dose, found[drug].dose_high, found[drug].dose_unit) == dose


# therapies review of medical_9, 2026-12-04
@pytest.mark.parametrize(
    ("text", "drug", "dose"),
    [
        ("肌注青霉素80万U/d。", "青霉素", (80, 80, "万U/d")),
        ("给孕妇服维生素D，1000U/d。", "维生素D", (1000, 1000, "U/d")),
        ("给孕妇服维生素D，400IU/d。", "维生素D", (400, 400, "IU/d")),
    ],
)
def test_daily_doses_in_units(analyse, text, drug, dose):
    found = therapies_by_text(analyse, text)[drug]
    assert (found.dose, found.dose_high, found.dose_unit) == dose


# schedule tests (dose_schedules.tsv), xywy texts
def test_a_route_between_the_day_and_the_dose_keeps_it_daily(analyse):
    # xywy medical_6–7 review (2026-12-03): 每天口服0.3～1.2g is 0.3–1.2 g a day
    found, _ = therapy_and_norm(analyse, "阿司匹林每天口服0.3～1.2g。", "阿司匹林")
    assert (found.dose, found.dose_high, found.dose_unit, found.route) == (0.3, 1.2, "g/d", "口服")


# therapies review of medical_12, 2026-12-04
def test_a_dose_followed_by_the_days_amount_is_per_day(analyse):
    assert rows_with_assertion(analyse, "用红霉素1g的每天剂量,连续2周。")[0][:3] == ("红霉素", 1, "g/d")


# seed tests, xywy texts
def test_a_dose_written_before_a_drug_is_that_drugs(analyse):
    # review of xywy medical_6–7 (2026-12-03, round 7, therapies): the dose before the drug
    found, _ = therapies_by_text_and_norm(analyse, "每日服用1000IU维生素E及25000IU维生素A乳剂。")
    assert (found["维生素E"].dose, found["维生素E"].dose_unit) == (1000, "IU/d")
    assert (found["维生素A"].dose, found["维生素A"].dose_unit) == (25000, "IU")  # not the vitamin E's
    found, _ = therapies_by_text_and_norm(analyse, "每天口服325～650mg阿司匹林。")
    assert (found["阿司匹林"].dose, found["阿司匹林"].dose_high, found["阿司匹林"].dose_unit) == (325, 650, "mg/d")


# seed tests, xywy texts
def test_a_dose_right_after_a_drug_stays_its_own(analyse):
    found, _ = therapies_by_text_and_norm(analyse, "阿司匹林100mg 氯吡格雷75mg，每日1次口服。")
    assert (found["阿司匹林"].dose, found["氯吡格雷"].dose) == (100, 75)


# schedule tests (dose_schedules.tsv), xywy texts
def test_a_lab_value_per_day_after_a_drug_stays_no_dose(analyse):
    # 3.5g/24h after a drug's sentence is the urine protein, not the drug's dose
    found, _ = therapy_and_norm(analyse, "应用泼尼松治疗。尿蛋白>3.5g/24h。", "泼尼松")
    assert found.dose is None


# therapies review of medical_8, 2026-12-05
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # code review 2026-12-05, D3: the skipped saline's volume is the fluid given, never the drug's dose
        ("可用庆大霉素生理盐水200ml膀胱冲洗，每日2次。", [["庆大霉素", None, None, 200.0, "ml"]]),
        ("给予呋塞米生理盐水500ml静脉滴注。", [["呋塞米", None, None, 500.0, "ml"]]),
        # untouched: a drug's own dose before the saline (no vehicle then), and a saline given for itself
        ("可用庆大霉素8万U生理盐水200ml膀胱冲洗。", [["庆大霉素", 8.0, "万U", None, None], ["生理盐水", 200.0, "ml", None, None]]),
        ("静脉滴注生理盐水500ml。", [["生理盐水", 500.0, "ml", None, None]]),
    ],
)
def test_a_vehicles_volume_is_no_dose_of_the_drug(text, expected):
    assert amounts(text) == expected


# therapies review of medical_8, 2026-12-05
def test_a_radiation_dose_and_its_fractions_are_the_radiotherapys():
    text = "可应用放射治疗，尤其切除骨化块后更可应用，术后3～4天后进行，总量20Gy(2000rad)，分10次。"
    assert radiotherapy(text)[0] == ["放疗", 20.0, "Gy", 10]
    # no drug takes an absorbed dose
    assert radiotherapy("口服泼尼松，总量20Gy。") == [["泼尼松", None, None, None]]


# therapies review of medical_8, 2026-12-05
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # code review 2026-12-05, D6: a tolerance limit or threshold in another clause is no dose
        ("可行放射治疗，脊髓受照剂量超过45Gy时易发生放射性脊髓炎。", ["放疗", None, None, None]),
        ("可行放射治疗，放射量阈值在25Gy。", ["放疗", None, None, None]),
        ("放射治疗剂量不超过40Gy。", ["放疗", None, None, None]),
        # untouched: a clause opening with 总量 or 每次 gives the dose
        ("可应用放射治疗，尤其切除骨化块后更可应用，术后3～4天后进行，总量20Gy(2000rad)，分10次。", ["放疗", 20.0, "Gy", 10]),
        ("局部放射治疗，每次2Gy。", ["放疗", 2.0, "Gy", None]),
    ],
)
def test_a_radiation_limit_is_no_dose(text, expected):
    assert radiotherapy(text)[0] == expected


# code review 2026-12-05 (code notes): the comparators of a limit are built once, not on each amount
def test_a_limits_comparators_are_read_once(monkeypatch):
    import pipeline.clinical.vocabulary as vocabulary

    voc = vocabulary.load_clinical_vocabulary()
    voc.__dict__.pop("_comparator_patterns", None)
    calls = []
    real = vocabulary.load_quantity_resources
    monkeypatch.setattr(vocabulary, "load_quantity_resources", lambda *a: calls.append(1) or real(*a))
    text = "脊髓受照剂量超过45Gy，每次2Gy。"
    assert voc.is_a_limit(text, 0, 8, 12)
    assert not voc.is_a_limit(text, 13, 15, 18)
    assert len(calls) == 1


# --- routes ---------------------------------------------------------------------------------------


# new-user review of 2026-12-04 (whose route a route word is)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("可静脉注射地塞米松，口服泼尼松10mg，每日1次。", {"地塞米松": "静注", "泼尼松": "口服"}),
        ("先用甲氨蝶呤，口服叶酸5mg。", {"甲氨蝶呤": "", "叶酸": "口服"}),
    ],
)
def test_a_route_right_before_the_next_drug_is_that_drugs(analyse, text, expected):
    assert routes(analyse, text) == expected


# new-user review of 2026-12-04 (whose route a route word is)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("地塞米松，口服，每日3次。", {"地塞米松": "口服"}),  # a clause of its own: the drug's
        ("泼尼松口服、环磷酰胺静滴。", {"泼尼松": "口服", "环磷酰胺": "静滴"}),
    ],
)
def test_a_route_after_the_drug_is_its_own(analyse, text, expected):
    assert routes(analyse, text) == expected


# therapies review of medical_12, 2026-12-04
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("若口服4mg/d叶酸，可预防。", ("叶酸", 4, "mg/d", "口服")),  # a dose between the route and the drug
        ("投服维生素E 0.5～1.5mg/d。", ("维生素E", 0.5, "mg/d", "口服")),
    ],
)
def test_a_route_before_a_dose_before_the_drug_is_its(analyse, text, expected):
    assert rows_with_assertion(analyse, text)[0][:4] == expected


# therapies review of drugs, 2026-12-04
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
    therapies, _ = therapies_and_labs(analyse, text)
    assert therapies == [expected]


# therapies review of medical_6, 2026-12-05
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("选用有效足量的抗菌素，以静脉给药为好。", {"抗生素": "静脉"}),  # continues: 以静脉
        ("可酌情静脉补充高价营养，如静脉用多种维生素、脂肪乳等。", {"多种维生素": "静脉", "脂肪乳": "静脉"}),
        ("早期可用热敷、理疗，外敷甲沟康。", {"热敷": "", "理疗": ""}),  # an operation has no route
        ("可行手术，术前晚清洁灌肠。", {"手术": ""}),  # 手术前晚清洁灌肠: 手术 is the time (T6 class 3), no row
        ("地塞米松，以口服为主。", {"地塞米松": "口服"}),
    ],
)
def test_routes_of_the_medical_6_review(analyse, text, expected):
    assert routes(analyse, text) == expected


# therapies review of medical_6, 2026-12-05
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("面部可涂氯喹冷霜。", [("氯喹", "外用", None)]),  # 涂 before the drug is its route
        ("可口含制霉菌素50万单位日三次。", [("制霉菌素", "含服", None)]),
        ("局部应用糖皮质激素。", [("糖皮质激素", "外用", None)]),
        ("做好手术区皮肤准备。", []),  # a place of the operation, no treatment
        ("手术伤口要引流通畅，避免感染。", []),
    ],
)
def test_routes_before_a_drug_and_places_of_an_operation(text, expected):
    assert therapy_rows(text, "nursing_info") == expected


# therapies review of medical_9, 2026-12-04
@pytest.mark.parametrize(
    ("text", "drug", "route"),
    [
        ("鼻饲甘露醇以促导泻。", "甘露醇", "鼻饲"),
        ("生理盐水加抗生素经鼻胃管冲洗食管及胃。", "抗生素", "鼻饲"),
        ("庆大霉素4万U气管内滴药。", "庆大霉素", "气管内"),
        ("用糜蛋白酶5mg气管内灌注。", "糜蛋白酶", "气管内"),
        ("甲硝唑0.2g阴道内给药，每晚1次。", "甲硝唑", "阴道"),
        ("甲硝唑0.2g塞阴道，每晚1次。", "甲硝唑", "阴道"),
    ],
)
def test_nasogastric_intratracheal_and_vaginal_routes(analyse, text, drug, route):
    assert therapies_by_text(analyse, text)[drug].route == route


# therapies review of medical_5, 2026-12-04
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
    assert rows(text, "desc")[0] == expected


# therapies review of medical_8, 2026-12-05
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("咽痛者可用生理盐水漱口，有条件可在家中使用加湿器。", [("生理盐水", "含漱", None)]),
        ("或抗真菌药阴道局部使用，每周1次，连续6个月。", [("抗真菌药", "阴道", None)]),
        # 漱口液 is a drug of its own, not the saline's route
        ("可以用生理盐水和漱口液进行口腔护理，饮食注意清淡。", [("生理盐水", None, None)]),
    ],
)
def test_mouth_rinse_and_vaginal_routes(text, expected):
    assert therapy_rows(text, "nursing_info") == expected


# therapies review of medical_4, 2026-12-05
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # R6: 涂以 before the therapy, shared over an 或-list whose first item is no mention
        ("口唇上可涂以百多邦或红霉素眼膏，可滋润口唇。", [("红霉素", "外用", None)]),
        ("破溃处涂以1%～2%龙胆紫溶液。", [("龙胆紫", "外用", None)]),
        # 擦拭 after the therapy: the next therapy's, not the saline's before it
        ("每次便后用温盐水洗净后用碘伏擦拭，以免切口被污染。", [("盐水", None, None), ("碘伏", "外用", None)]),
        # 擦拭 in another clause, with its own object, is no route of the drug (code review 2026-12-05, D8)
        ("补充维生素B2，每日用温水擦拭皮肤。", [("维生素B2", None, None)]),
        ("可用碘伏擦拭患处。", [("碘伏", "外用", None)]),
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


# therapies review of medical_7, 2026-12-04 night
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


# therapies review of medical_15, 2026-12-04
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


# therapies review of medical_15, 2026-12-04
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


# --- schedules: how often -------------------------------------------------------------------------


# schedule tests (dose_schedules.tsv), xywy texts
@pytest.mark.parametrize(
    ("text", "schedule"),
    [
        ("阿莫西林0.5g口服，每日3次。", (3, 3, 1, 1, "d")),
        ("阿莫西林0.5g口服，每天两次。", (2, 2, 1, 1, "d")),
        ("硫酸亚铁0.3g口服，日三次。", (3, 3, 1, 1, "d")),  # 日 alone, without 每
        ("阿莫西林0.5g口服，一日3次。", (3, 3, 1, 1, "d")),
        ("阿莫西林0.5g口服，2次/d，共10天。", (2, 2, 1, 1, "d")),
        ("阿莫西林0.5g口服，3次/日。", (3, 3, 1, 1, "d")),
        ("甲硝唑0.2g口服，每日3～4次。", (3, 4, 1, 1, "d")),
        ("甲硝唑0.2g口服，3～4次/d。", (3, 4, 1, 1, "d")),
        ("红霉素0.25g每6小时1次口服。", (1, 1, 6, 6, "h")),
        ("环磷酰胺0.6g静滴，每隔3周1次，共6次。", (1, 1, 3, 3, "wk")),
        ("甲氨蝶呤10mg口服，1次/周。", (1, 1, 1, 1, "wk")),
        ("甲氨蝶呤10mg口服，1次/2周。", (1, 1, 2, 2, "wk")),
        ("泼尼松10mg口服，隔日1次。", (1, 1, 2, 2, "d")),
        ("泼尼松10mg tid口服。", (3, 3, 1, 1, "d")),  # Latin abbreviations, any case
        ("泼尼松10mg BID口服。", (2, 2, 1, 1, "d")),
        ("红霉素0.25g静滴q6h。", (1, 1, 6, 6, "h")),
        ("红霉素0.25g静滴,每4～6小时1次。", (1, 1, 4, 6, "h")),
        ("红霉素0.25g静滴,每6～4小时1次。", (1, 1, 4, 6, "h")),  # a range written high to low
        ("泼尼松10mg口服,每两日1次。", (1, 1, 2, 2, "d")),  # Chinese numerals before the period
        ("泼尼松10mg口服,每三日一次。", (1, 1, 3, 3, "d")),
        ("甲氨蝶呤10mg口服,每两周1次。", (1, 1, 2, 2, "wk")),
        ("泼尼松10mg口服,每隔日1次。", (1, 1, 2, 2, "d")),  # every other day, however written
        ("泼尼松10mg口服,每隔1天1次。", (1, 1, 2, 2, "d")),
        ("泼尼松10mg口服,隔1日1次。", (1, 1, 2, 2, "d")),
    ],
)
def test_how_often_after_the_dose(analyse, text, schedule):
    drug = next(name for name in ("阿莫西林", "硫酸亚铁", "甲硝唑", "红霉素", "环磷酰胺", "甲氨蝶呤", "泼尼松") if name in text)
    found, _ = therapy_and_norm(analyse, text, drug)
    assert found.schedule == DoseSchedule(*schedule)


# schedule tests (dose_schedules.tsv), xywy texts
@pytest.mark.parametrize(
    ("text", "drug", "schedule"),
    [
        ("红霉素0.25g静滴q6～8h。", "红霉素", (1, 1, 6, 8, "h")),  # every 6 to 8 hours
        ("阿莫西林0.5g口服,3次/D。", "阿莫西林", (3, 3, 1, 1, "d")),  # a Latin period in capitals
        ("红霉素30mg/(kg·d),分3～4次口服。", "红霉素", (3, 4, 1, 1, "d")),  # a daily dose in 3 to 4
        ("黄芪15克,每日1剂,分2次服。", "黄芪", (2, 2, 1, 1, "d")),  # the day's decoction in two
    ],
)
def test_more_ways_of_writing_how_often(analyse, text, drug, schedule):
    found, _ = therapy_and_norm(analyse, text, drug)
    assert found.schedule == DoseSchedule(*schedule)


# schedule tests (dose_schedules.tsv), xywy texts
def test_a_fixed_phrase_is_a_schedule(analyse):
    found, _ = therapy_and_norm(analyse, "泼尼松10mg口服,早晚各1次。", "泼尼松")  # xywy: morning and evening
    assert found.schedule == DoseSchedule(2, 2, 1, 1, "d")


# therapies review of medical_7, 2026-12-04 night
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


# therapies review of medical_7, 2026-12-04 night
def test_zaowan_of_zaowanqi_is_no_schedule():
    # code review: 早晚期 are the early and late stages
    r = next(table("早晚期胃癌均应手术切除。", "treat_info").itertuples())
    assert pd.isna(r.times)


# therapies review of medical_7, 2026-12-04 night
def test_no_zaowan_no_schedule():
    r = next(table("用3%过氧化氢溶液擦洗口腔。", "nursing_info").itertuples())
    assert pd.isna(r.times)


# schedule tests (dose_schedules.tsv), xywy texts
@pytest.mark.parametrize("text", ["每晚用温水坐浴。", "每晚服苯巴比妥0.03～0.06g。"])
def test_meiwan_in_the_clause_is_once_a_day(text: str) -> None:
    """每晚 anywhere in the therapy's clause: once every day (therapies review of medical_8, 2026-12-05)."""
    r = next(pipeline.run([{"name": "测试病", "治疗": text}])["therapies"].itertuples())
    assert (r.times, r.every, r.every_unit) == (1, 1, "d")


# therapies review of medical_9, 2026-12-04
@pytest.mark.parametrize(
    ("text", "drug", "schedule"),
    [
        ("长期应用泼尼松(尽量隔天顿服)。", "泼尼松", (1, 1, 2, 2, "d")),  # 隔天 as 隔日
        ("炔诺酮1mg，1片/d，连服28天。", "炔诺酮", (1, 1, 1, 1, "d")),  # one tablet a day
        ("口服炔诺酮，每日1片。", "炔诺酮", (1, 1, 1, 1, "d")),
    ],
)
def test_every_other_day_and_a_tablet_a_day(analyse, text, drug, schedule):
    assert therapies_by_text(analyse, text)[drug].schedule == DoseSchedule(*schedule)


# therapies review of medical_9, 2026-12-04
def test_two_tablets_a_day_is_no_schedule(analyse):
    # N=1 only: 2片/d may be one dose of two tablets
    assert therapies_by_text(analyse, "炔诺酮1mg，2片/d。")["炔诺酮"].schedule is None


# schedule tests (dose_schedules.tsv), xywy texts
def test_a_daily_dose_divided_gives_times_a_day(analyse):
    found, _ = therapy_and_norm(analyse, "红霉素30mg/(kg·d)，分4次服用，连续2天。", "红霉素")
    assert (found.dose_unit, found.schedule) == ("mg/(kg·d)", DoseSchedule(4, 4, 1, 1, "d"))
    assert (found.duration_value, found.duration_unit) == (2, "d")
    found, _ = therapy_and_norm(analyse, "泼尼松一日30mg，分3次口服。", "泼尼松")
    assert (found.dose_unit, found.schedule) == ("mg/d", DoseSchedule(3, 3, 1, 1, "d"))


# schedule tests (dose_schedules.tsv), xywy texts
def test_a_dose_per_time_divided_is_no_schedule(analyse):
    found, _ = therapy_and_norm(analyse, "泼尼松每次10mg，分3次口服。", "泼尼松")
    assert (found.dose_unit, found.schedule) == ("mg", None)


# schedule tests (dose_schedules.tsv), xywy texts
@pytest.mark.parametrize(
    ("text", "drug", "dose", "schedule"),
    [
        # xywy medical_8–9: a dose given every so long, written after its unit
        ("雷尼替丁50mg/6h和法莫替丁20mg/12h均能有效地维持胃内pH值。", "雷尼替丁", (50, "mg"), (1, 1, 6, 6, "h")),
        ("普通肝素5000U/12h或5000U/8h，皮下注射。", "肝素", (5000, "U"), (1, 1, 12, 12, "h")),
    ],
)
def test_a_dose_every_so_many_hours_is_a_dose_and_a_schedule_not_a_duration(analyse, text, drug, dose, schedule):
    found, _ = therapy_and_norm(analyse, text, drug)
    s = found.schedule
    assert ((found.dose, found.dose_unit), (s.times, s.times_high, s.every, s.every_high, s.unit)) == (dose, schedule)
    assert found.duration_value is None


# schedule tests (dose_schedules.tsv), xywy texts
def test_a_drug_named_without_its_salt_gets_its_instructions(analyse):
    # xywy 急性肾炎: 青霉素 is a term since the build strips salts at the end (青霉素钠, 青霉素钾)
    found, _ = therapy_and_norm(analyse, "其中以注射青霉素(80万单位,肌注,每天2次)效果最好。", "青霉素")
    assert (found.dose, found.dose_unit, found.route) == (80, "万U", "肌注")
    assert found.schedule == DoseSchedule(2, 2, 1, 1, "d")
    found, _ = therapy_and_norm(analyse, "肝素100U/kg静注,每4～6小时1次。", "肝素")
    assert (found.dose, found.dose_unit, found.schedule) == (100, "U/kg", DoseSchedule(1, 1, 4, 6, "h"))


# schedule tests (dose_schedules.tsv), xywy texts
@pytest.mark.parametrize(
    "text",
    [
        "异烟肼300mg口服，每天排便2次。",  # how often something else happens
        "异烟肼300mg口服，心率120次/min。",  # a rate, not a schedule
        "异烟肼300mg口服，第2日3次发作。",  # 日 after 第: a day, not a period
    ],
)
def test_other_counts_are_no_schedule(analyse, text):
    found, _ = therapy_and_norm(analyse, text, "异烟肼")
    assert (found.dose, found.schedule) == (300, None)


# schedule tests (dose_schedules.tsv), xywy texts
@pytest.mark.parametrize("written", ["每日0次", "0次/d", "q0h"])
def test_a_zero_is_no_schedule(analyse, written):
    found, _ = therapy_and_norm(analyse, f"泼尼松10mg口服,{written}。", "泼尼松")
    assert found.schedule is None


# schedule tests (dose_schedules.tsv), xywy texts
@pytest.mark.parametrize("written", ["第1天1次", "前1日2次", "11日3次"])
def test_a_day_counted_is_no_period(analyse, written):
    found, _ = therapy_and_norm(analyse, f"泼尼松10mg口服,{written}。", "泼尼松")
    assert found.schedule is None


# schedule tests (dose_schedules.tsv), xywy texts
def test_how_often_a_test_is_measured_is_no_schedule(analyse):
    # xywy: nursing after surgery; 每小时1次 is how often the vital signs are taken
    norm, entities, quantities, assertions = analyse("手术后患儿第1天测体温、脉搏、呼吸、血压,每小时1次。")
    found = {t.therapy.text: t for t in extract_therapies(norm, entities, quantities, assertions, about_treatment=True)}
    assert "手术" not in found  # the time of the nursing (therapies review of medical_2, 2026-12-05), no schedule


# schedule tests (dose_schedules.tsv), xywy texts
def test_a_test_the_dose_is_adjusted_by_does_not_block_the_schedule(analyse):
    # review: only a test named right before the schedule is what is measured
    norm, entities, quantities, assertions = analyse("胰岛素皮下注射,每次剂量根据血糖调整,每日3次。")
    (found,) = [t for t in extract_therapies(norm, entities, quantities, assertions) if t.therapy.text == "胰岛素"]
    assert found.schedule == DoseSchedule(3, 3, 1, 1, "d")


# seed tests, xywy texts
@pytest.mark.parametrize("how_often", ["每月1次", "每周1次", "隔日1次", "每隔3周1次"])
def test_sessions_after_how_often_in_its_own_clause(analyse, how_often):
    found, _ = therapies_by_text_and_norm(analyse, f"环磷酰胺0.6g静滴,{how_often},共6次。")
    assert (found["环磷酰胺"].dose, found["环磷酰胺"].sessions) == (0.6, 6)


# the schedule vocabulary (dose_schedules.tsv)


# schedule tests (dose_schedules.tsv), xywy texts
def test_abbreviation_rows_load_in_lower_case():
    voc = load_clinical_vocabulary()
    assert voc.schedule_abbreviations["b.i.d."] == DoseSchedule(2, 2, 1, 1, "d")
    assert voc.schedule_periods["小时"] == "h"


# schedule tests (dose_schedules.tsv), xywy texts
@pytest.mark.parametrize(
    ("row", "code"),
    [
        ("qxd\tabbreviation\ttwice\t1\td\tcurated\n", "E120"),  # times must be an integer
        ("qyd\tabbreviation\t1\t0\td\tcurated\n", "E120"),  # every must be positive
        ("旬\tperiod\t\t\tdecade\tcurated\n", "E027"),  # unit must be a UCUM code of the list
        ("旬\tperiod\t1\t10\td\tcurated\n", "E120"),  # a period word has no times of its own
        ("BID\tabbreviation\t2\t1\td\tcurated\n", "E023"),  # bid is listed: abbreviations match in any case
    ],
)
def test_bad_schedule_rows_name_file_and_line(tmp_path, row, code):
    directory = tmp_path / "dictionaries"
    shutil.copytree(DEFAULT_DICTIONARY_DIR, directory)
    path = directory / "dose_schedules.tsv"
    path.write_text(path.read_text(encoding="utf-8") + row, encoding="utf-8")
    with pytest.raises(DictionaryError) as error:
        load_clinical_vocabulary(directory)
    assert error.value.code == code and "dose_schedules.tsv" in str(error.value)


# --- durations ------------------------------------------------------------------------------------


# seed tests, xywy texts
@pytest.mark.parametrize("text", ["泼尼松连服3～5天。", "泼尼松连用3～5天。"])
def test_taking_a_drug_for_days_is_a_use(analyse, text):
    # not from the seed: a drug right before 连服/连用, with no other treatment word
    found, _ = therapies_by_text_and_norm(analyse, text)
    steroid = found["泼尼松"]
    assert (steroid.duration_value, steroid.duration_high, steroid.duration_unit) == (3.0, 5.0, "d")


# seed tests, xywy texts
def test_a_duration_range_keeps_both_ends(analyse):
    found, _ = therapies_by_text_and_norm(analyse, "氯喹每天0.15g，连服3～5天。")
    assert (found["氯喹"].duration_value, found["氯喹"].duration_high, found["氯喹"].duration_unit) == (3, 5, "d")
    found, _ = therapies_by_text_and_norm(analyse, "大剂量IgG 0.2g*kg-1*d-1静滴5d。")
    assert (found["大剂量IgG"].duration_value, found["大剂量IgG"].duration_high) == (5, 5)


# seed tests, xywy texts
@pytest.mark.parametrize("text", ["异烟肼口服,疗程应长于6个月。", "异烟肼口服,疗程不短于6个月。"])
def test_a_comparative_yu_is_no_point_in_time(analyse, text):
    assert therapies_by_text_and_norm(analyse, text)[0]["异烟肼"].duration_value == 6  # at least 6 months: a duration


# seed tests, xywy texts
def test_an_age_is_no_duration(analyse):
    found, _ = therapies_by_text_and_norm(analyse, "泼尼松口服，5岁以上患儿每次10mg。")
    assert (found["泼尼松"].dose, found["泼尼松"].duration_value) == (10, None)


# seed tests, xywy texts
@pytest.mark.parametrize(
    "text, duration",
    [
        ("阿司匹林20mg，2h后口服。", None),  # when it is given
        ("阿司匹林20mg，3天以后再用。", None),
        ("阿司匹林20mg口服，3天后体温下降。", 3),  # given for 3 days, then the outcome
    ],
)
def test_a_time_before_a_delay_word_and_the_giving_is_no_duration(analyse, text, duration):
    found, _ = therapies_by_text_and_norm(analyse, text)
    assert (found["阿司匹林"].dose, found["阿司匹林"].duration_value) == (20, duration)


# seed tests, xywy texts
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
    found, _ = therapies_by_text_and_norm(analyse, text, about_treatment=True)  # nursing texts (elsewhere 手术后 is no row)
    assert found[therapy].duration_value is None
    assert therapies_by_text_and_norm(analyse, "静滴青霉素5天。")[0]["青霉素"].duration_value == 5  # how long it is given


# schedule tests (dose_schedules.tsv), xywy texts
def test_the_schedule_is_no_duration_and_is_part_of_the_statement(analyse):
    found, norm = therapy_and_norm(analyse, "甲氨蝶呤10mg口服，1次/2周。", "甲氨蝶呤")
    assert (found.duration_value, found.duration_unit) == (None, "")  # 2周 is how often
    assert norm[found.start : found.end] == "甲氨蝶呤10mg口服,1次/2周"


# schedule tests (dose_schedules.tsv), xywy texts
def test_one_day_written_with_a_digit_is_the_period_not_the_duration(analyse):
    # xywy: 四环素或红霉素内服,1日4次 — not a course of one day
    found, _ = therapy_and_norm(analyse, "心得安20mg口服,1日3次。", "心得安")
    assert (found.schedule, found.duration_value) == (DoseSchedule(3, 3, 1, 1, "d"), None)


# schedule tests (dose_schedules.tsv), xywy texts
def test_the_schedule_of_a_measurement_is_no_duration_either(analyse):
    # xywy: q2~4h is how often the fetal heart is monitored; 4h is no course of oxygen
    norm, entities, quantities, assertions = analyse("吸氧及胎心监护,q2～4h。")
    found = {t.therapy.text: t for t in extract_therapies(norm, entities, quantities, assertions)}
    assert (found["吸氧"].duration_value, found["吸氧"].schedule) == (None, None)


# --- the instructions after a drug: the clauses that continue them, what a list shares ------------


# seed tests, xywy texts
def test_dosing_clauses_after_the_dose_keep_route_and_course(analyse):
    # 分2次口服 and 疗程2周 continue the instructions of the drug before them
    found, _ = therapies_by_text_and_norm(analyse, "泼尼松1.5～2.0g/d，分2次口服，疗程2周。")
    steroid = found["泼尼松"]
    assert (steroid.dose, steroid.dose_high, steroid.dose_unit) == (1.5, 2.0, "g/d")
    assert (steroid.route, steroid.duration_value, steroid.duration_unit) == ("口服", 2, "wk")


# schedule tests (dose_schedules.tsv), xywy texts
def test_a_clause_starting_with_a_schedule_continues_the_instructions(analyse):
    # 日三次 starts with no number or cue word: the schedule itself continues the dosing
    found, _ = therapy_and_norm(analyse, "硫酸亚铁0.3g，日三次，连服7天。", "硫酸亚铁")
    assert (found.schedule, found.duration_value) == (DoseSchedule(3, 3, 1, 1, "d"), 7)


# therapies review of medical_9, 2026-12-04
def test_diluting_continues_the_instructions(analyse):
    found = therapies_by_text(analyse, "普罗帕酮：首剂35～70mg，稀释后静注。")["普罗帕酮"]
    assert (found.dose, found.dose_high, found.dose_unit, found.route) == (35, 70, "mg", "静注")


# therapies review of medical_9, 2026-12-04
def test_taking_until_finished_continues_the_instructions(analyse):
    found = therapies_by_text(analyse, "炔诺酮1mg口服，直至服完，共3次。")["炔诺酮"]
    assert (found.route, found.sessions) == ("口服", 3)


# seed tests, xywy texts
def test_a_drug_heading_takes_the_instructions_after_its_colon(analyse):
    # review of xywy medical_6–7 (2026-12-03, round 7, therapies): no row at all before
    found, _ = therapies_by_text_and_norm(analyse, "A.磺胺嘧啶:体重>27kg者,剂量1.0g,1次/d。")
    assert (found["磺胺嘧啶"].dose, found["磺胺嘧啶"].dose_unit, found["磺胺嘧啶"].schedule.times) == (1.0, "g", 1)


# seed tests, xywy texts
def test_enumerated_therapies_share_the_instructions_after_the_last(analyse):
    # xywy 泌尿生殖系结核: how often is both drugs'
    found, _ = therapies_by_text_and_norm(analyse, "利福平与吡嗪酰胺每周2次,用药2个月。")
    assert found["利福平"].schedule == found["吡嗪酰胺"].schedule == DoseSchedule(2, 2, 1, 1, "wk")
    # a route before the first and a course after the last
    found, _ = therapies_by_text_and_norm(analyse, "口服泼尼松、环磷酰胺,疗程2周。")
    assert {(t.route, t.duration_value, t.duration_unit) for t in found.values()} == {("口服", 2, "wk")}


# seed tests, xywy texts
def test_a_duration_is_shared_whole_or_not_at_all(analyse):
    # review: 6个月到3年间 is no duration of 3年 for the surgery before the radiotherapy
    found, _ = therapies_by_text_and_norm(analyse, "根治性手术或放疗后6个月到3年间复发。")
    assert all((t.duration_value is None) == (t.duration_unit == "") for t in found.values())


# seed tests, xywy texts
def test_a_dose_after_the_last_is_every_ones_only_after_ge(analyse):
    # xywy 新生儿呼吸窘迫综合征: 各为24mg, each of them
    found, norm = therapies_by_text_and_norm(analyse, "倍他米松或地塞米松各为24mg,分2次肌注。")
    assert {(t.dose, t.dose_unit, t.route) for t in found.values()} == {(24, "mg", "肌注")}
    assert norm[found["倍他米松"].start : found["倍他米松"].end] == "倍他米松或地塞米松各为24mg,分2次肌注"
    # without 各 the dose is the last one's: the two are not given alike
    found, _ = therapies_by_text_and_norm(analyse, "泼尼松或地塞米松10mg口服。")
    assert (found["泼尼松"].dose, found["泼尼松"].route) == (None, "口服")
    assert found["地塞米松"].dose == 10


# therapies review of medical_12, 2026-12-04
def test_a_combination_in_jia_shares_the_course_after_it(analyse):
    norm, entities, quantities, assertions = analyse("建议给吡嗪酰胺加氧氟沙星6~9个月。", "治疗/治疗")
    found = {t.therapy.canonical: (t.duration_value, t.duration_high) for t in extract_therapies(norm, entities, quantities, assertions)}
    assert found == {"吡嗪酰胺": (6, 9), "氧氟沙星": (6, 9)}


# therapies review of medical_15, 2026-12-04
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


# --- outcomes -------------------------------------------------------------------------------------


# seed tests, xywy texts
@pytest.mark.parametrize(("text", "outcome"), [
    ("手术切除后很少复发。", "无复发"),  # audit: rarely recurs is no relapse
    ("物理治疗以改善肢体挛缩。", ""),  # the aim, not a result
    ("手术切除后复发。", "复发"),
    ("泼尼松治疗后症状得以缓解。", "缓解"),  # review: 得以缓解 is a result, 以缓解 an aim
])
def test_an_outcome_word_read_with_the_words_around_it(analyse, text, outcome):
    found, _ = therapies_by_text_and_norm(analyse, text)
    (therapy,) = found.values()
    assert therapy.outcome == outcome


# therapies review of medical_9, 2026-12-04
@pytest.mark.parametrize(
    ("text", "therapy", "outcome"),
    [
        # an outcome word right before 后 is a point in time, no outcome
        ("推荐开始时经静脉应用抗生素，待患者的发热等症状改善后，推荐使用口服药物。", "抗生素", ""),
        ("要暂停光疗，经处理体温恢复正常后，再继续光照治疗。", "光疗", ""),
        ("给予泼尼松治疗，病情好转后，无发热。", "泼尼松", ""),
        ("有时需急症手术治疗，肠梗阻症状缓解后仍有便秘。", "手术治疗", ""),
        # not 好转后 alone: the treatment's own outcome, then the next step
        ("如盲肠扭转非手术治疗好转后，应进一步检查发病原因。", "非手术治疗", "好转"),
        ("应用泼尼松后症状缓解。", "泼尼松", "缓解"),
    ],
)
def test_an_outcome_word_before_hou_is_a_time(analyse, text, therapy, outcome):
    assert therapies_by_text(analyse, text)[therapy].outcome == outcome


# therapies review of medical_12, 2026-12-04
@pytest.mark.parametrize(("text", "outcome"), [("各种抗癫痫药常有良好疗效。", "有效"), ("对泼尼松治疗反应好。", "有效")])
def test_outcome_words_the_medical_12_review_found_missing(analyse, text, outcome):
    assert [row[4] for row in rows_with_assertion(analyse, text)] == [outcome]


# therapies review of medical_5, 2026-12-04
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
def test_outcome_words_the_medical_5_review_found_missing(text, outcome):
    assert rows(text, "desc")[0][2] == outcome


# therapies review of medical_5, 2026-12-04
def test_easing_side_effects_is_no_outcome_on_the_disease():
    assert rows("配合化疗，并可减轻不良反应。", "desc")[0] == ("化疗", None, None)


# therapies review of medical_8, 2026-12-05
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本病手术切除可根治。", [("手术切除", None, "治愈")]),
        ("务期尽快地达到根治，可用青霉素。", [("青霉素", None, None)]),  # a goal
        ("早期手术切除，预后较好。", [("手术切除", None, "有效")]),  # the whole next clause
        ("化疗后，瘤体<5cm者预后较好。", [("化疗", None, None)]),  # a subgroup's prognosis
        ("对多种常用抗生素耐药，可选用万古霉素。", [("抗生素", None, "无效"), ("万古霉素", None, None)]),
        ("服用氯喹，以免疟原虫对它产生耐药性。", [("氯喹", "口服", None)]),
    ],
)
def test_cure_prognosis_and_resistance_words(text, expected):
    assert therapy_rows(text, "treat_info") == expected


# therapies review of medical_7, 2026-12-04 night
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


# seed tests, xywy texts
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
    found, _ = therapies_by_text_and_norm(analyse, text, "治疗/治疗")
    assert {s.outcome for s in found.values()} == {outcome}


# therapies review of medical_9, 2026-12-04
def test_a_poor_result_is_a_failure(analyse):
    assert therapies_by_text(analyse, "单纯手术治疗，其疗效也不理想。")["手术治疗"].outcome == "无效"


# therapies review of medical_7, 2026-12-04 night
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


# therapies review of medical_12, 2026-12-04
def test_a_comma_list_shares_the_outcome_after_it(analyse):
    found = rows_with_assertion(analyse, "用化疗如长春新碱,放线菌素D,环磷酰胺,和顺铂可改善预后。")
    assert {name: outcome for name, _, _, _, outcome, _ in found if name != "化疗"} == dict.fromkeys(
        ["长春新碱", "放线菌素D", "环磷酰胺", "顺铂"], "改善")


# --- patients -------------------------------------------------------------------------------------


# therapies review of medical_9, 2026-12-04
def test_patients_after_a_citation_are_that_studys(analyse):
    found = therapies_by_text(analyse, "转移因子治疗本病有一定疗效，Pahwa等(1989)用IL-2治疗31例。")
    assert found["转移因子"].n_patients is None
    assert therapies_by_text(analyse, "用泼尼松治疗12例，均有效。")["泼尼松"].n_patients == 12  # no citation: its own


# --- assertions -----------------------------------------------------------------------------------


# therapies review of medical_12, 2026-12-04
def test_a_test_given_in_a_text_on_prevention_is_a_present_treatment(analyse):
    found = rows_with_assertion(analyse, "应给予糖皮质激素静注免疫球蛋白等进行治疗。", "prevent_info")
    assert [(name, assertion) for name, *_, assertion in found] == [("糖皮质激素", "present"), ("免疫球蛋白", "present")]


# therapies review of medical_12, 2026-12-04
@pytest.mark.parametrize("text", ["则停用异烟肼。", "可中断地塞米松治疗。"])
def test_a_stopped_drug_is_negated(analyse, text):
    assert [assertion for *_, assertion in rows_with_assertion(analyse, text)] == ["negated"]


# therapies review of medical_12, 2026-12-04
def test_a_finding_after_a_stopped_drug_is_there(analyse):
    norm, entities, _, assertions = analyse("停用激素后水肿再次出现。", "治疗/治疗")
    assert {e.text: a.assertion for e, a in zip(entities, assertions)} == {"激素": "negated", "水肿": "present"}


# therapies review of medical_6, 2026-12-05
def test_a_complications_treatment_needs_no_owner():
    # 需要 as an `owner` cue was tried (地中海贫血需要定期输血 in 硫化血红蛋白血症) and dropped after the
    # code review of 2026-12-05: a complication of the record needs the same words for its own treatment
    assert _assertions("心力衰竭需要使用利尿剂和地高辛。", "扩张型心肌病") == {"利尿剂": "present", "地高辛": "present"}


# --- the seed record (POEMS综合征), whose treatment text sits under 预防 -------------------------------


def test_every_tcm_cue_holds_the_mark_a_text_is_first_looked_for():
    """``tcm_principles`` looks only in a text holding the character every cue holds (治): one without names none."""
    voc = load_clinical_vocabulary()
    assert voc.tcm_cue_mark and all(voc.tcm_cue_mark in word for word in voc.cues["tcm_cue"])
    assert tcm_principles("中医宜和营解肌、舒缓项强。", voc) == []
    assert [e.text for e in tcm_principles("治宜和营解肌、舒缓项强。", voc)] == ["和营解肌", "舒缓项强"]


# the seed record (POEMS综合征)
def test_tcm_principles_with_misspelling_kept_as_written():
    text = "中医认为POEMS综合症此病因体虚汗出,津液耗伤,筋脉失于濡养所致,中医治疗宜和营解肌、舒缓项强、通经活属。"
    found = tcm_principles(text, load_clinical_vocabulary())
    assert [(e.text, e.canonical) for e in found] == [
        ("和营解肌", "和营解肌"), ("舒缓项强", "舒缓项强"), ("通经活属", "通经活络"),
    ]
    assert all(text[e.start : e.end] == e.text for e in found)


# the seed record (POEMS综合征)
def test_tcm_principles_are_tcm_therapies(analyse):
    found, _ = therapies_by_text_and_norm(analyse, "中医治疗宜和营解肌、舒缓项强、通经活属。")
    assert {t: found[t].category for t in found} == {"和营解肌": "tcm", "舒缓项强": "tcm", "通经活属": "tcm"}
    assert {found[t].assertion for t in found} == {"present"}  # audit: no cue judged them, they are stated


# the seed record (POEMS综合征)
def test_main_treatments_and_categories(analyse):
    text = "现主要采用免疫干预治疗、手术及放射治疗。伴骨髓瘤者可化疗、放疗或手术切除浆细胞瘤方法来缓解症状,但不适合非骨髓瘤患者。"
    found, _ = therapies_by_text_and_norm(analyse, text)
    assert {t: s.category for t, s in found.items()} == {
        "免疫干预治疗": "immunotherapy", "手术": "surgery", "放射治疗": "radiotherapy",
        "化疗": "chemotherapy", "放疗": "radiotherapy", "手术切除": "surgery",
    }


# the seed record (POEMS综合征)
def test_ivig_dose_route_duration_patients_outcome(analyse):
    text = "用肾上腺皮质激素治疗,可使部分症状缓解有试用大剂量IgG 0.2g*kg-1*d-1静滴5d,治疗2例均有效。"
    found, norm = therapies_by_text_and_norm(analyse, text)
    ivig = found["大剂量IgG"]
    assert (ivig.dose, ivig.dose_high, ivig.dose_unit, ivig.route) == (0.2, 0.2, "g/(kg·d)", "静滴")
    assert (ivig.duration_value, ivig.duration_unit, ivig.n_patients, ivig.outcome) == (5, "d", 2, "有效")
    assert norm[ivig.start : ivig.end] == "大剂量IgG 0.2g*kg-1*d-1静滴5d,治疗2例均有效"
    steroid = found["肾上腺皮质激素"]
    assert (steroid.category, steroid.outcome, steroid.dose) == ("drug", "缓解", None)


# the seed record (POEMS综合征)
def test_outcome_follows_the_sentence_not_the_nearest_word(analyse):
    text = "1992年,Enveoldson等报道1例使用泼尼松、环磷酰胺无效的患者改用三苯氧胺(Tamoxfen)后,各种症状得到改善。"
    found, _ = therapies_by_text_and_norm(analyse, text)
    assert {t: s.outcome for t, s in found.items()} == {"泼尼松": "无效", "环磷酰胺": "无效", "三苯氧胺": "改善"}
    assert found["三苯氧胺"].therapy.canonical == "他莫昔芬"  # the text misspells Tamoxifen
    assert {s.n_patients for s in found.values()} == {1}


# the seed record (POEMS综合征)
def test_plasma_exchange_volume_sessions_outcome_and_effect_duration(analyse):
    text = (
        "有报道,对某些激素治疗无效者,应用血浆置换术,每次~3000ml共5次,多发性神经病和皮肤病变可好转。"
        "血桨交换法疗法运用范围比较狭窄,该疗法费用昂贵,治疗效果维持时间比较短,一般能维持在7~15天左右,故也不是治疗本病的有效方法。"
    )
    found, _ = therapies_by_text_and_norm(analyse, text)
    exchange = found["血浆置换术"]
    assert (exchange.category, exchange.volume, exchange.volume_unit, exchange.sessions) == ("procedure", 3000, "ml", 5)
    assert exchange.dose is None and exchange.outcome == "好转"
    assert (exchange.effect_low, exchange.effect_high, exchange.effect_unit) == (7, 15, "d")
    assert found["激素治疗"].outcome == "无效"


# the seed record (POEMS综合征)
def test_whole_seed_section(analyse, seed_path):
    text = json.loads(seed_path.read_text(encoding="utf-8"))["预防"]["描述"]
    found, _ = therapies_by_text_and_norm(analyse, text)
    assert {"和营解肌", "免疫干预治疗", "放射治疗", "大剂量IgG", "三苯氧胺", "血浆置换术"} <= set(found)
    assert "中医治疗" not in found and "西医治疗" not in found


# --- therapies review of medical_9, 2026-12-05 (measured on xywy medical_0–3 and 10–15) ---------


# R8: a vaccine only being made or studied is no treatment; one given stays
def test_a_vaccine_under_research_is_no_row():
    assert names("研制疫苗：目前有致力于有效的AIDS疫苗的研究。", "prevent_info") == []
    assert names("新生儿应接种乙肝疫苗。", "prevent_info") == ["乙肝疫苗"]


# code review of s10 (D9): research that found the vaccine works (研究证实) leaves it a treatment
def test_a_vaccine_research_found_working_stays():
    assert names("经临床研究证实接种乙肝疫苗可有效预防本病。", "prevent_info") == ["乙肝疫苗"]
    assert names("目前乙肝疫苗的研究尚无定论。", "prevent_info") == []


# R1: a drug naming a subtype of the disease is no row, and the outcome goes to the drugs before
def test_a_drug_naming_a_subtype_is_no_row():
    assert rows("地尔硫卓对预防维拉帕米敏感性室速发作有效。", "prevent_info") == [("地尔硫卓", None, "有效")]
    assert names("可口服维拉帕米治疗。", "prevent_info") == ["维拉帕米"]


# R3: X替代治疗 gives X (a drug, or a hormone the lexicon calls a test), not 替代治疗
def test_replacement_therapy_is_the_drug_before_it():
    assert categories("应予以甲状腺素替代治疗，以减少病残率。", "prevent_info") == [["甲状腺素", "drug"]]
    assert rows("绝经后激素替代治疗（HRT）对疼痛症状有一定的缓解作用。", "prevent_info") == [("激素", None, "缓解")]
    assert names("建议患者采用左甲状腺素钠(L-T4)替代治疗。", "prevent_info") == ["左甲状腺素钠"]
    assert names("必要时可行替代治疗。", "prevent_info") == ["替代治疗"]  # no drug before: the procedure stays


# code review of s10 (D11): the docs' example works end to end, now that jieba no longer keeps 雌激素替代治疗 whole
@pytest.mark.parametrize("text", ["应予以雌激素替代治疗。", "采用雌激素替代治疗。"])
def test_estrogen_replacement_therapy_is_estrogen(text):
    assert categories(text, "prevent_info") == [["雌激素", "drug"]]


# R5: 一定效果, 有一定的疗效 are 有效
def test_some_effect_is_effective():
    assert rows("维生素E对于硬皮病有一定的疗效。", "nursing_info") == [("维生素E", None, "有效")]
    assert rows("免疫抑制剂和手术治疗对某些病人也产生一定效果。", "prevent_info")[-1] == ("手术", None, "有效")


# R6: a clause opening with 剂量为 two clause breaks after a therapy gives it its dose; not past another therapy
def test_a_dose_clause_after_the_therapy():
    assert doses("卡介苗接种于左上臂三角肌上端，皮内注射，剂量为0.05mg/次。") == [["卡介苗", 0.05, 0.05, "mg/次"]]
    assert pd.isna(doses("卡介苗接种于左上臂三角肌上端，注意消毒，并口服维生素C，剂量为0.1g。")[0][1])


# R7: enteral nutrition is supportive; 深静脉营养 (central venous feeding) is parenteral nutrition, supportive too
def test_enteral_nutrition_is_supportive():
    assert categories("采用胃肠内营养和深静脉营养等方法。", "prevent_info") == [["肠内营养", "supportive"], ["肠外营养", "supportive"]]


# R2: 类 and 或 join a list that shares the outcome after it
def test_a_class_and_or_join_the_list_sharing_the_outcome():
    found = rows("一般的止咳药无效，而用抗组胺药，茶碱类或肾上腺皮质激素可缓解。", "treat_info")
    assert [r for r in found if r[0] in ("抗组胺药", "茶碱", "肾上腺皮质激素")] == [
        ("抗组胺药", None, "缓解"), ("茶碱", None, "缓解"), ("肾上腺皮质激素", None, "缓解")]


# R9: a negation of the patients (…者) does not negate the outcome after them
def test_a_patients_negation_is_not_the_outcomes():
    assert rows("中药扶正抗癌适用于无法耐受其他治疗者可改善机体全身状况。", "prevent_info") == [("中药", None, "改善")]
    assert rows("手术切除不能使本病治愈。", "prevent_info") == [("手术切除", None, "无效")]


# code review of s10 (D10): no outcome across a clause closed by 除…外 or opened by 据报道 (medical_6, 免疫缺陷性肺炎)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("除针对病原体应用抗微生物药物外，据报道Smzco对预防本病感染的发生有一定效果。", [("抗微生物药", None)]),
        ("应用青霉素治疗，据报道Smzco对本病有效。", [("青霉素", None)]),
        ("应用青霉素后，症状可缓解。", [("青霉素", "缓解")]),
        ("红霉素软膏外用，可缓解。", [("红霉素", "缓解")]),
    ],
)
def test_no_outcome_past_an_exception_or_a_report(text, expected):
    table = pipeline.run([{"name": "测试病", "symptom_data": {"symptom_detail": [text]}}])["therapies"]
    assert [(t, None if pd.isna(o) else o) for t, o in table[["therapy", "outcome"]].values.tolist()] == expected


# code review of s10 (D1): after 使/令/让 the patients are the object and the outcome stays denied; no
# patients closed without a modifier (未见患者复发) or by the 者 of 或者
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("手术切除不能使患者治愈。", ("手术切除", None, "无效")),
        ("化疗不能使病人完全缓解。", ("化疗", None, "无效")),
        ("泼尼松治疗无法使多数患者缓解。", ("泼尼松", None, "无效")),
        ("放疗后未见患者复发。", ("放疗", None, "无复发")),
        ("化疗不能根除或者完全缓解。", ("化疗", None, "无效")),
        ("中药扶正抗癌适用于无法耐受其他治疗者可改善机体全身状况。", ("中药", None, "改善")),
    ],
)
def test_a_causative_negation_stays_the_outcomes(text, expected):
    assert rows(text, "treat_info") == [expected]


# therapies review of medical_5 (rvT5), 2026-12-05: P4, P5
@pytest.mark.parametrize(
    "text",
    [
        "2、手术中要严格无菌观念，避免感染。",  # 中 right after an operation: its time
        "腹部手术中应严格遵守无菌技术。",
        "患者结束手术，平安离开手术室后，术后护理工作即已开始。",  # the operation is over
        "手术结束时于创腔内放置引流管。",
        "光疗结束后，清洁暖箱。",
    ],
)
def test_an_operation_during_or_over_is_a_setting(text):
    assert names(text, "nursing_info") == []


# therapies review of medical_5 (rvT5), 2026-12-05: P4 keeps these
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("阴道分娩困难时要及时行剖宫产中止妊娠。", ["剖宫产"]),  # 中止 is no 中 of a setting
        ("应手术治疗，中药调理。", ["手术", "中药"]),  # a comma between
        ("手术结束后症状消失。", ["手术"]),  # a result of it
    ],
)
def test_an_operation_before_another_zhong_word_or_with_a_result_stays(text, expected):
    assert names(text, "nursing_info") == expected


# therapies review of medical_5 (rvT5), 2026-12-05: P6
def test_a_generic_operation_in_the_prevention_of_a_record_named_after_one_is_guarded():
    assert rows_in("医源性胆管损伤", "选择合适的手术切口，有良好的显露。") == []
    assert rows_in("切口疝", "择期手术须待上述情况得到纠正或控制。") == []
    assert rows_in("切口疝", "需尽早手术治疗。", "gaishu_info/desc") == ["手术"]  # the description stays
    assert rows_in("切除术后内疝", "可行虹膜切除。") == ["虹膜切除"]  # a named operation stays
    assert rows_in("胃溃疡", "择期手术须待上述情况得到纠正或控制。") == ["手术"]  # another record


# therapies review of medical_5 (rvT5), 2026-12-05: P7, food named as the means of taking a nutrient in
@pytest.mark.parametrize(
    "text",
    [
        "要多吃蔬菜、水果和土豆、胡萝卜等根茎类食物以补充维生素。",
        "维生素B1的补充 ，可以通过粮食特别是粗杂粮食物获得。",
        "要经常食用能补充雌激素的天然食物，如大豆。",
        "从食物中补充足够的维生素B12和叶酸。",  # the list shares it
        "饮食中应注意补充维生素A、锌。",
        "多食蔬菜和水果可以补充维生素等营养物质。",
    ],
)
def test_a_nutrient_taken_in_from_food_is_no_therapy(text):
    assert names(text, "nursing_info") == []


# therapies review of medical_5 (rvT5), 2026-12-05: P7 must not touch a nutrient given
def test_a_nutrient_given_stays_beside_food():
    assert names("应补充维生素K。多进食、口服维生素C。", "nursing_info") == ["维生素K", "维生素C"]
    assert names("多吃新鲜蔬菜或补充维生素C可阻断体内亚硝胺的合成。", "prevent_info") == ["维生素C"]  # or: not food


# therapies review of medical_5 (rvT5), 2026-12-05: P2, P3, nursing and supportive procedures and drugs
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("①禁食，持续胃肠减压48～72h。", [("胃肠减压", "supportive")]),
        ("②肠外营养支持。", [("肠外营养", "supportive")]),
        ("必要时遵医嘱给予间断氧气吸入。", [("吸氧", "supportive")]),
        ("应给以冰敷、冰枕。", [("冰敷", "procedure")]),
        ("高热时给予物理降温，温水擦浴。", [("物理降温", "supportive"), ("温水擦浴", "supportive")]),
        ("及时吸痰，保持呼吸道通畅。", [("吸痰", "supportive")]),
        ("彻底清创。", [("清创", "surgery")]),
        ("加强心理疏导。", [("心理疏导", "procedure")]),
        ("术后早期进行功能锻炼。", [("功能锻炼", "procedure")]),
        ("阳性者预防性抗结核化疗。", [("抗结核治疗", "drug")]),  # not cancer chemotherapy
        ("服用大剂量次水杨酸铋可以预防。", [("次水杨酸铋", "drug")]),  # not 水杨酸
        ("用中药芦根、薄荷煎液含漱。", [("中药", "tcm"), ("芦根", "tcm"), ("薄荷", "tcm")]),
        ("可服用清热解毒口服液。", [("清热解毒口服液", "drug")]),  # the product, not the TCM principle
    ],
)
def test_nursing_procedures_and_drugs_of_medical_5_are_therapies(text, expected):
    found = table(text, "nursing_info")
    assert list(zip(found["therapy"], found["category"])) == expected


# therapies review of medical_5 (rvT5), 2026-12-05: P9, P10, P11
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("胎儿外科手术治疗，现也有成功的报道。", [("手术", None, "有效")]),
        ("采用化疗没有取得成功。", [("化疗", None, "无效")]),
        ("手术获得成功的前提是早期诊断。", [("手术", None, None)]),  # not before 的
        ("术前或术后高电压放射治疗的应用，已使5年存活率上升到30%～40%。", [("放疗", None, "改善")]),
        ("静脉高营养的应用，使存活率显著提高。", [("肠外营养", None, "改善")]),
        ("用莫匹罗星软膏搽鼻前庭部。", [("莫匹罗星", "外用", None)]),
    ],
)
def test_outcomes_and_routes_of_medical_5(text, expected):
    assert therapy_rows(text, "prevent_info") == expected


# code review of the merge d3cb8ff, 2026-12-05: a bare 注射 is a use word, as 接种 (可注射X。 gave no row)
@pytest.mark.parametrize(
    ("text", "expected"),
    [("可注射青霉素。", ["青霉素"]), ("可注射肺炎链球菌疫苗，以预防肺炎。", ["肺炎链球菌疫苗"]),
     ("丹参注射液可扩张冠状动脉。", [])],  # a dosage form is no use of the drug
)
def test_an_injection_is_a_use(text, expected):
    assert names(text, "prevent_info") == expected


def test_a_test_substance_after_an_injection_stays_measured():
    # clause_use: 注射 makes no test a substance given (that the mentions table would call present)
    mentions = pipeline.run([{"name": "测试病", "cause_info": "注射肾上腺素或应激状态下，粒细胞可由边缘池进入循环池。"}])["mentions"]
    assert mentions.loc[mentions.text == "肾上腺素", "assertion"].tolist() == ["background"]


# --- therapies review of medical_4 (rvT4), 2026-12-05 (measured on xywy medical_0–3 and 10–15) ---


# proposal 1: therapy words the lexicon lacked, with their canonical names
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一方面应进行加强营养支持治疗，另一方面加强抗感染，抗休克治疗。", [("营养支持", "supportive"), ("抗休克治疗", "supportive")]),
        ("主要是外科治疗或外用尖锐湿疣药物疗法。", [("手术", "surgery")]),
        ("可用皮质类固醇激素和氨苯砜治疗。", [("皮质类固醇", "drug"), ("氨苯砜", "drug")]),  # one row, not 激素 again
        ("可用1%麻黄素滴鼻。", [("麻黄碱", "drug")]),
        ("发现梅毒病人必须强迫进行隔离治疗。", [("隔离治疗", "procedure")]),
        ("可采用中医药治疗提高生活质量。", [("中医药治疗", "tcm")]),
        ("对萎缩的肌肉进行康复训练。", [("康复训练", "procedure")]),
        ("内腔镜手术在食道镜下进行。", [("内镜手术", "surgery")]),
    ],
)
def test_therapy_words_of_medical_4(text, expected):
    found = table(text, "prevent_info")
    assert list(zip(found["therapy"], found["category"])) == expected


# proposal 1 (托百士) and class 4: a brand in a list makes it one list, whose route all items share
def test_a_brand_name_in_a_list_shares_the_route():
    assert rows("然后用利福平、托百士或更昔洛韦滴眼液滴眼，交替使用。", "nursing_info") == [
        ("利福平", "滴眼", None), ("妥布霉素", "滴眼", None), ("更昔洛韦", "滴眼", None)]


# proposal 3: outcome words
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("用云南白药治疗有良效。", [("云南白药", None, "有效")]),
        ("治疗可用低剂量的泼尼松，有较好的疗效。", [("泼尼松", None, "有效")]),
        ("经过适当的心理治疗，都能得到较好的恢复。", [("心理治疗", None, "好转")]),
    ],
)
def test_outcome_words_of_medical_4(text, expected):
    assert rows(text, "prevent_info") == expected


# proposal 4 (2b): a group named by a drug used for long is exposed to it, in nursing too; not when the
# advice is on the drug itself (停药, 间断 after the group)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("长期应用免疫抑制剂者应主动给予预防性抗真菌药物。", ["抗真菌药"]),
        ("长期服用激素的患者不可随意自行停药。", ["激素"]),
    ],
)
def test_a_long_exposed_group_is_no_therapy_in_nursing(text, expected):
    assert names(text, "nursing_info") == expected


# proposal 4 (2c): 尽量不 / 尽量不用: a risk kept away from
@pytest.mark.parametrize("text", ["尽量不输血或注射血制品。", "尽量不用烷化剂类药物。", "硝酸甘油等扩血管药物尽量不用。"])
def test_what_is_kept_away_from_as_far_as_possible_is_no_therapy(text):
    assert names(text, "nursing_info") == []


# proposal 5: what a culture medium holds is no therapy; a vaccine outside the medium's bracket stays
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("需用选择性培养基：应用7%溶解的马血清琼脂加万古霉素，多粘菌素B和甲氧苄氨嘧啶(TMP)的Skirrow培养基。", []),
        ("即使用依链株制备疫苗(在含链霉素的培养基上才能生长繁殖的变异无毒株)，证明有较好的效果。", ["疫苗"]),
    ],
)
def test_a_culture_medium_ingredient_is_no_therapy(text, expected):
    assert names(text, "prevent_info") == expected


# proposal 6: what animal research found is no therapy, in the clause of 动物实验 or right after 动物实验表明，
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("动物实验表明，接种HSV死疫苗或减毒活疫苗，均有免疫效果。", []),
        ("干扰素及干扰素诱导剂对动物实验感染有保护作用，可给予肾上腺皮质激素。", ["肾上腺皮质激素"]),
    ],
)
def test_animal_research_is_no_therapy(text, expected):
    assert names(text, "prevent_info") == expected


# class 7: 尤其/特别是 before the 在 of a setting clause leave the operation its time
def test_an_operation_setting_after_尤其在_is_no_row():
    assert names("尤其在化疗过程中，患者往往会出现恶心、呕吐。", "nursing_info") == []


# therapies review of medical_4 (2a), 2026-12-05: the items of a list of causes (the context stage
# makes them background) are no treatment; a clause going on about treatment ends the list
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("这些因素包括妊娠，器官移植，应用免疫抑制剂或抗代谢药物，外科手术。", []),
        ("死亡原因有：休克，因此均应施行手术治疗。", ["手术"]),
    ],
)
def test_an_item_of_a_list_of_causes_opened_by_a_cause_word_is_no_treatment(text, kept):
    assert names(text, "symptom_data/symptom_detail/8") == kept


def test_a_cause_opening_that_opens_no_list_keeps_the_drugs():
    # code review #1 of s12: 病因有待… opens no list of causes, so the drugs after it are given
    assert names("病因有待明确，可选用青霉素，红霉素。") == ["青霉素", "红霉素"]


# row check of the s12 merge, class 3: in a symptom text, bed rest tells how a symptom changes or how severe
# it is (medical_13:150, medical_3:226), no treatment given; in nursing it is advice
@pytest.mark.parametrize("text", ["卧床休息后疼痛减轻，活动后则症状加剧。", "痛经较重难忍，需要卧床休息。"])
def test_bed_rest_in_a_symptom_text_is_no_therapy(text):
    assert detail_rows(text) == []


def test_bed_rest_advised_in_nursing_stays_a_therapy():
    assert names("急性期应绝对卧床休息。", "nursing_info") == ["卧床休息"]


# row check of the s12 merge, class 4: an outcome the therapy waits for or keeps off is none of it
# (medical_11:127, medical_15:179, medical_2:220); one right after it still is
@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("应卧床休息，待心功能好转。", None),
        ("应卧床休息，否则会加重。", None),
        ("卧床休息时最好半卧位，以免头部位置过低而加重。", None),
        ("应用泼尼松后症状好转。", "好转"),
    ],
)
def test_an_outcome_waited_for_or_kept_off_is_no_outcome(text, outcome):
    assert [o for _, _, o in rows(text, "nursing_info")] == [outcome]


# --- therapies review of medical_6 (T6), 2026-12-06 (measured on xywy medical_0–3 and 10–15) ---


# class 1: supportive care words the lexicon lacked (therapy_categories.tsv named 对症治疗 and 支持治疗 already)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("积极治疗原发病，同时加强营养和支持疗法。", [("支持治疗", "supportive")]),
        ("当儿童出现遗尿后，不应责备或体罚，应寻找原因，对症治疗。", [("对症治疗", "supportive")]),
        ("一旦发生大出血的征象应立即通知医师并给予及时的对症处理。", [("对症治疗", "supportive")]),
        ("加强支持对症治疗。", [("对症支持治疗", "supportive")]),
        ("必要时静脉补液。", [("补液", "supportive")]),
        ("食管静脉破裂出血时可采用非手术疗法和手术疗法。", [("非手术治疗", "supportive"), ("手术", "surgery")]),
    ],
)
def test_supportive_care_words_of_medical_6(text, expected):
    found = table(text, "prevent_info")
    assert list(zip(found["therapy"], found["category"])) == expected


def test_fluids_during_which_something_is_done_are_no_therapy():
    assert names("补液期间每天检查和清洁静脉穿刺部位。", "prevent_info") == []


# class 2: drug classes and names the lexicon lacked, with their canonical names
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("局部及时应用抗菌药物。", ["抗菌药物"]),
        ("则应使用胺碘酮或联合应用抗心律失常药物。", ["胺碘酮", "抗心律失常药"]),
        ("病人出现精神障碍时，要遵医嘱给予镇静药。", ["镇静剂"]),
        ("可给予祛痰药及物理疗法以助炎症吸收。", ["祛痰药", "理疗"]),
        ("可采用的药物有美托洛尔，普奈洛尔，噻吗洛尔等。", ["美托洛尔", "普萘洛尔", "噻吗洛尔"]),  # a misspelling broke the list
        ("确诊结核病以后，要立即用链霉素、雷米封、乙胺丁醇药物进行治疗。", ["链霉素", "异烟肼", "乙胺丁醇"]),
        ("对于早产儿可用维生素D3 7500μg(30万U)一次肌内注射。", ["维生素D3"]),
    ],
)
def test_drug_words_of_medical_6(text, expected):
    assert names(text, "prevent_info") == expected


# class 2: a new drug word does not cut a longer term that holds it
@pytest.mark.parametrize(
    ("text", "expected"),
    [("如镇痛剂性肾病、重金属中毒性肾病等.", ("镇痛剂性肾病", "disease", "镇痛剂肾病")),
     ("另外全身营养支持疗法不当，也是后期发生感染的主要原因。", ("营养支持疗法", "procedure", "营养支持")),
     ("4、遵医嘱使用静脉营养支持疗法。", ("静脉营养支持疗法", "procedure", "肠外营养")),
     ("长期服用解热镇痛剂及接触重金属等。", ("解热镇痛剂", "drug", "解热镇痛药"))],
)
def test_longer_terms_holding_the_new_words_stay_whole(text, expected):
    mentions = pipeline.run([{"name": "测试病", "cause_info": text}])["mentions"]
    assert expected in list(zip(mentions["text"], mentions["label"], mentions["canonical"]))


# class 3: 前 right after an operation is its time, as 前后 and 前准备 (medical_6:325, medical_0:368); not
# in a word of its own (手术治疗|前列腺增生)
@pytest.mark.parametrize(
    ("text", "section", "expected"),
    [
        ("肿瘤与结节性增生之间在手术前是不易确定的。", "gaishu_info", []),
        ("(1)手术前护理 ①禁食，持续胃肠减压。", "nursing_info", ["胃肠减压"]),
        ("化疗前病人每天要保证足够的睡眠时间。", "prevent_info", []),
        ("如手术治疗前列腺增生症和尿道狭窄。", "prevent_info", ["手术"]),
    ],
)
def test_an_operation_before_which_something_is_done_is_its_time(text, section, expected):
    assert names(text, section) == expected


# class 7: in a text about preventing or treating, a drug titling a numbered item is advised, with no use word in
# its title (medical_6:234 prevent_info); not where the symptoms are told or in nursing (recipes), nor without the
# item's number
@pytest.mark.parametrize(
    ("text", "section", "expected"),
    [
        ("目前已肯定有预防作用的药物有：\n(1)抗血小板药：已有多项临床试验结果证实。\n(4)他汀类降脂药：从4S等研究的结果显示。",
         "prevent_info", ["抗血小板药", "他汀类药物"]),
        ("②赛庚啶：血清素拮抗剂，也有抑制生长激素分泌作用。", "prevent_info", ["赛庚啶"]),
        ("(4)雪梨膏：鸭梨20个去核，榨取汁，兑炼蜜收膏。", "nursing_info", []),  # nursing: a recipe
        ("(1)抗血小板药：已有多项临床试验结果证实。", "symptom_data", []),
        ("抗血小板药：已有多项临床试验结果证实。", "prevent_info", []),
        ("桔梗：多年生草本植物，以根人药。", "prevent_info", []),
    ],
)
def test_a_drug_titling_a_numbered_item_of_advice_is_advised(text, section, expected):
    assert names(text, section) == expected


# --- therapies review of medical_7, 2026-12-06 (T7) ----------------------------------------------


# class 1: names the lexicon lacked or cut short (medical_7:234, 188, 180, 254, 19)
@pytest.mark.parametrize(
    ("text", "section", "expected"),
    [
        ("治疗可用非甾体类抗炎药及水杨酸盐制剂行抗风湿治疗。", "gaishu_info/desc", ["非甾体抗炎药", "水杨酸盐", "抗风湿治疗"]),
        ("恢复期可继续使用B族维生素，并酌情选用理疗、体疗、针灸。", "nursing_info", ["维生素B族", "理疗", "体疗", "针灸"]),
        ("必要时行静脉切开，确保液体疗法的实施。", "nursing_info", ["液体疗法"]),
        ("治疗上主要是采用氯喹和长效环氯胍等治疗。", "gaishu_info/desc", ["氯喹", "环氯胍"]),
        ("又有新发展的腹腔镜手术供胆石病治疗作选择。", "prevent_info", ["腹腔镜手术"]),
        ("使用外源性9α-氟氢可的松无反应。", "symptom_data", ["氟氢可的松"]),
        ("药物治疗主要包括5-氨基水杨酸类制剂。", "gaishu_info/desc", ["美沙拉嗪"]),  # mesalazine, no salicylate
    ],
)
def test_named_therapies_the_lexicon_lacked(text, section, expected):
    assert names(text, section) == expected


# class 1: anti-X treatment words are drug therapies, as 抗结核治疗
def test_anti_x_treatment_words_are_drug_therapies():
    assert categories("治疗上为抗菌治疗、抗病毒治疗。", "gaishu_info/desc") == [["抗菌治疗", "drug"], ["抗病毒治疗", "drug"]]


# class 1: a deficiency of the vitamins stays a symptom, not the drug B族维生素 (medical_1:203 cause_info)
def test_b_vitamin_deficiency_stays_a_symptom():
    table = pipeline.run([{"name": "测试病", "symptom_data": {"symptom_detail": ["如B族维生素缺乏，糖尿病等。"]}}])
    assert "维生素B族缺乏" in set(table["symptoms"].symptom) and table["therapies"].empty


# class 3: a drug before 性 is the adjective of a disease it brings about, no row (medical_7:331, 444)
@pytest.mark.parametrize(
    "text",
    ["还应与激素性青光眼区别。", "2.抗甲状腺药物性肝损害的诊断通常用排除法。", "2.皮质类固醇性多发性肌病。"],
)
def test_a_drug_before_xing_names_a_disease(text):
    assert names(text, "symptom_data") == []


# class 4: an operation right before 发现 is where a finding was made (medical_1:3, medical_10:97)
def test_an_operation_before_faxian_is_where_something_was_found():
    assert names("病人的临床过程存在差异，手术发现仅有局部淋巴结转移。", "symptom_data") == []
    assert names("手术切除后症状消失。", "symptom_data") == ["手术切除"]


# fix task T (2026-12-06; T7 class 9): 鼻饲 and 湿敷 are route words; with no drug they are routes of, the therapy
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("不能吞咽者给予鼻饲。", [("鼻饲", "supportive", None)]),
        ("(3)管饲或鼻饲全流饮食。", [("管饲", "supportive", None), ("鼻饲", "supportive", None)]),
        ("有糜烂渗出者湿敷治疗。", [("湿敷", "procedure", None)]),
        ("可以用干净的热毛巾湿敷，每次15分钟，每天3次。", [("湿敷", "procedure", None)]),
        ("鼻饲甘露醇以促导泻。", [("甘露醇", "drug", "鼻饲")]),  # the drug's route: no row of its own
        ("先用3%硼酸溶液湿敷。", [("硼酸", "drug", "外用")]),
    ],
)
def test_a_route_word_with_no_drug_is_the_therapy(text, expected):
    table = pipeline.run([{"name": "测试病", "nursing_info": text}])["therapies"]
    assert [(r.therapy, r.category, r.route if isinstance(r.route, str) else None) for r in table.itertuples()] == expected


# fix task T (2026-12-06): 输液 given is supportive care as 补液; 缩短病程 says the treatment worked
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("严重呕吐或伴有脱水、酮尿症者，均静脉输液治疗。", [["输液", "supportive"]]),
        ("对呕吐剧烈及脱水者，应输液，纠正水和电解质失调。", [["输液", "supportive"]]),
        ("需要静脉输液治疗时，应注意控制输液速度。", []),  # the time of an advice, and a rate
        ("尽量避免在患肢静脉穿刺输液。", []),
    ],
)
def test_an_infusion_given_is_supportive_care(text, expected):
    assert categories(text) == expected


def test_a_shortened_course_is_an_improvement():
    assert rows("口服红霉素，可缩短病程。") == [("红霉素", "口服", "改善")]


# therapies risk review 2026-12-06 (xywy medical_0–3, 10–15): 可使 reads both ways, the harm after it tells
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("少数患者在服用缓泻剂后可使腹泻加重。", []),  # harm_made after 可使 in the drug's clause
        ("静脉内迅速大量补液等均可加重心脏的负担。", []),  # a bare modal in its clause
        ("孕期母亲使用雄激素类药物，亦可使女胎发生男性化表现。", []),  # 使 opening the next clause
        ("服用苯巴比妥，苯妥英钠或利眠宁等药物，则使症状加重。", []),  # the rest of a list skipped
        ("中等剂量的肾上腺皮质激素可使其迅速缓解。", ["肾上腺皮质激素"]),  # no harm: a treatment
        ("应用泼尼松可使病情不再加重。", ["泼尼松"]),  # not_harm_made between
        ("发热时必须卧床休息，否则会加重心脏负担，使病情加重。", ["卧床休息"]),  # not_harm_skipped: 否则
        ("未进行有效的化疗，则病情将继续恶化。", ["化疗"]),  # a bare modal opening the next clause is another subject's
    ],
)
def test_a_drug_whose_effect_is_a_harm_is_named_as_a_risk(text, expected):
    assert names(text, "nursing_info") == expected


def test_a_drug_given_as_an_example_of_a_class_to_take_less_of_is_no_therapy():
    # 少服用 is an avoid word: the examples after the class and 如 are kept away from (therapies risk review 2026-12-06)
    assert names("尽量少服用干扰脂代谢的药物如利尿剂、速尿等，均可使血脂升高。", "nursing_info") == []
    assert names("每天至少服用维生素D。", "nursing_info") == ["维生素D"]  # 至少 (not_avoid): a dose to take


# therapies causes review 2026-12-06 (xywy medical_0–3, 10–15): the causing verb after a list of drugs or a use word
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("不恰当地使用镇静药，镇咳药及氧疗将可能诱发呼吸衰竭。", []),  # the list read past to its verb
        ("某些药物如洋地黄，母亲用β-受体阻滞药等，皆可引起窦性心动过缓。", []),  # 皆可 a modal opening the next clause
        ("首选青霉素，链球菌感染引起的扁桃体炎也可用红霉素。", ["青霉素", "红霉素"]),  # a finding is no item of the list
        ("同时用烷化剂，秋水仙碱对家族性地中海热引起的淀粉样变有预防作用。", ["烷化剂"]),  # a caused disease it may treat
        ("应用抗生素，激素可防止感染引起的肺炎。", ["抗生素", "激素"]),  # prevented: a treatment
        ("给予青霉素，红霉素治疗链球菌引起的咽炎。", ["青霉素", "红霉素"]),  # treating what is caused
    ],
)
def test_a_drug_opening_a_list_a_causing_verb_follows_is_no_therapy(text, expected):
    assert names(text, "prevent_info") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("长期大量抗生素的应用，可引起机体菌群失调。", []),  # 的应用, a comma, a modal and the verb
        ("尚可因病毒感染和洋地黄应用等而引起室性期前收缩。", []),  # 应用等而 before the verb
        ("抗生素和糖皮质激素的长期应用也是常见的诱发因素。", []),  # a use_manner word before 应用
        ("抗生素的应用，感染可得到控制。", ["抗生素"]),  # no causing verb after the comma
        ("药物引起的皮疹可用泼尼松治疗。", ["泼尼松"]),  # the drug treats a caused disease
    ],
)
def test_the_use_of_a_drug_named_before_a_causing_verb_is_no_therapy(text, expected):
    assert names(text, "prevent_info") == expected
