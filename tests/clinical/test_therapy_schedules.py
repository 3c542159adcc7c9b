"""How often a therapy is given: ``schedule`` of extract_therapies, from dose_schedules.tsv.

Sentences in the style of the xywy treatment texts, run through the real entity and context
stages; a schedule is (times, times_high, every, unit), as FHIR's Timing gives it."""

from __future__ import annotations

import shutil

import pytest

from pipeline.clinical import DoseSchedule, extract_therapies, load_clinical_vocabulary
from pipeline.errors import DictionaryError
from pipeline.resources import DEFAULT_DICTIONARY_DIR


def therapy(analyse, text: str, drug: str):
    norm, entities, quantities, assertions = analyse(text)
    found = {t.therapy.text: t for t in extract_therapies(norm, entities, quantities, assertions)}
    return found[drug], norm


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
    found, _ = therapy(analyse, text, drug)
    assert found.schedule == DoseSchedule(*schedule)


def test_a_daily_dose_divided_gives_times_a_day(analyse):
    found, _ = therapy(analyse, "红霉素30mg/(kg·d)，分4次服用，连续2天。", "红霉素")
    assert (found.dose_unit, found.schedule) == ("mg/(kg·d)", DoseSchedule(4, 4, 1, 1, "d"))
    assert (found.duration_value, found.duration_unit) == (2, "d")
    found, _ = therapy(analyse, "泼尼松一日30mg，分3次口服。", "泼尼松")
    assert (found.dose_unit, found.schedule) == ("mg/d", DoseSchedule(3, 3, 1, 1, "d"))


def test_a_route_between_the_day_and_the_dose_keeps_it_daily(analyse):
    # xywy medical_6–7 review (2026-12-03): 每天口服0.3～1.2g is 0.3–1.2 g a day
    found, _ = therapy(analyse, "阿司匹林每天口服0.3～1.2g。", "阿司匹林")
    assert (found.dose, found.dose_high, found.dose_unit, found.route) == (0.3, 1.2, "g/d", "口服")


def test_a_dose_per_time_divided_is_no_schedule(analyse):
    found, _ = therapy(analyse, "泼尼松每次10mg，分3次口服。", "泼尼松")
    assert (found.dose_unit, found.schedule) == ("mg", None)


@pytest.mark.parametrize(
    "text",
    [
        "异烟肼300mg口服，每天排便2次。",  # how often something else happens
        "异烟肼300mg口服，心率120次/min。",  # a rate, not a schedule
        "异烟肼300mg口服，第2日3次发作。",  # 日 after 第: a day, not a period
    ],
)
def test_other_counts_are_no_schedule(analyse, text):
    found, _ = therapy(analyse, text, "异烟肼")
    assert (found.dose, found.schedule) == (300, None)


def test_the_schedule_is_no_duration_and_is_part_of_the_statement(analyse):
    found, norm = therapy(analyse, "甲氨蝶呤10mg口服，1次/2周。", "甲氨蝶呤")
    assert (found.duration_value, found.duration_unit) == (None, "")  # 2周 is how often
    assert norm[found.start : found.end] == "甲氨蝶呤10mg口服,1次/2周"


def test_a_clause_starting_with_a_schedule_continues_the_instructions(analyse):
    # 日三次 starts with no number or cue word: the schedule itself continues the dosing
    found, _ = therapy(analyse, "硫酸亚铁0.3g，日三次，连服7天。", "硫酸亚铁")
    assert (found.schedule, found.duration_value) == (DoseSchedule(3, 3, 1, 1, "d"), 7)


def test_a_schedule_makes_a_drug_a_treatment(analyse):
    norm, entities, quantities, assertions = analyse("红霉素，每日3次。")
    assert [t.therapy.text for t in extract_therapies(norm, entities, quantities, assertions)] == ["红霉素"]


def test_abbreviation_rows_load_in_lower_case():
    voc = load_clinical_vocabulary()
    assert voc.schedule_abbreviations["b.i.d."] == DoseSchedule(2, 2, 1, 1, "d")
    assert voc.schedule_periods["小时"] == "h"


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


def test_how_often_a_test_is_measured_is_no_schedule(analyse):
    # xywy: nursing after surgery; 每小时1次 is how often the vital signs are taken
    norm, entities, quantities, assertions = analyse("手术后患儿第1天测体温、脉搏、呼吸、血压,每小时1次。")
    found = {t.therapy.text: t for t in extract_therapies(norm, entities, quantities, assertions, about_treatment=True)}
    assert "手术" not in found  # the time of the nursing (therapies review of medical_2, 2026-12-05), no schedule


def test_a_drug_named_without_its_salt_gets_its_instructions(analyse):
    # xywy 急性肾炎: 青霉素 is a term since the build strips salts at the end (青霉素钠, 青霉素钾)
    found, _ = therapy(analyse, "其中以注射青霉素(80万单位,肌注,每天2次)效果最好。", "青霉素")
    assert (found.dose, found.dose_unit, found.route) == (80, "万U", "肌注")
    assert found.schedule == DoseSchedule(2, 2, 1, 1, "d")
    found, _ = therapy(analyse, "肝素100U/kg静注,每4～6小时1次。", "肝素")
    assert (found.dose, found.dose_unit, found.schedule) == (100, "U/kg", DoseSchedule(1, 1, 4, 6, "h"))


def test_one_day_written_with_a_digit_is_the_period_not_the_duration(analyse):
    # xywy: 四环素或红霉素内服,1日4次 — not a course of one day
    found, _ = therapy(analyse, "心得安20mg口服,1日3次。", "心得安")
    assert (found.schedule, found.duration_value) == (DoseSchedule(3, 3, 1, 1, "d"), None)


@pytest.mark.parametrize("written", ["每日0次", "0次/d", "q0h"])
def test_a_zero_is_no_schedule(analyse, written):
    found, _ = therapy(analyse, f"泼尼松10mg口服,{written}。", "泼尼松")
    assert found.schedule is None


def test_a_test_the_dose_is_adjusted_by_does_not_block_the_schedule(analyse):
    # review: only a test named right before the schedule is what is measured
    norm, entities, quantities, assertions = analyse("胰岛素皮下注射,每次剂量根据血糖调整,每日3次。")
    (found,) = [t for t in extract_therapies(norm, entities, quantities, assertions) if t.therapy.text == "胰岛素"]
    assert found.schedule == DoseSchedule(3, 3, 1, 1, "d")


def test_a_fixed_phrase_is_a_schedule(analyse):
    found, _ = therapy(analyse, "泼尼松10mg口服,早晚各1次。", "泼尼松")  # xywy: morning and evening
    assert found.schedule == DoseSchedule(2, 2, 1, 1, "d")


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
    found, _ = therapy(analyse, text, drug)
    assert found.schedule == DoseSchedule(*schedule)


def test_the_schedule_of_a_measurement_is_no_duration_either(analyse):
    # xywy: q2~4h is how often the fetal heart is monitored; 4h is no course of oxygen
    norm, entities, quantities, assertions = analyse("吸氧及胎心监护,q2～4h。")
    found = {t.therapy.text: t for t in extract_therapies(norm, entities, quantities, assertions)}
    assert (found["吸氧"].duration_value, found["吸氧"].schedule) == (None, None)


@pytest.mark.parametrize("written", ["第1天1次", "前1日2次", "11日3次"])
def test_a_day_counted_is_no_period(analyse, written):
    found, _ = therapy(analyse, f"泼尼松10mg口服,{written}。", "泼尼松")
    assert found.schedule is None


@pytest.mark.parametrize(
    ("text", "drug", "dose", "schedule"),
    [
        # xywy medical_8–9: a dose given every so long, written after its unit
        ("雷尼替丁50mg/6h和法莫替丁20mg/12h均能有效地维持胃内pH值。", "雷尼替丁", (50, "mg"), (1, 1, 6, 6, "h")),
        ("普通肝素5000U/12h或5000U/8h，皮下注射。", "肝素", (5000, "U"), (1, 1, 12, 12, "h")),
    ],
)
def test_a_dose_every_so_many_hours_is_a_dose_and_a_schedule_not_a_duration(analyse, text, drug, dose, schedule):
    found, _ = therapy(analyse, text, drug)
    s = found.schedule
    assert ((found.dose, found.dose_unit), (s.times, s.times_high, s.every, s.every_high, s.unit)) == (dose, schedule)
    assert found.duration_value is None


def test_a_lab_value_per_day_after_a_drug_stays_no_dose(analyse):
    # 3.5g/24h after a drug's sentence is the urine protein, not the drug's dose
    found, _ = therapy(analyse, "应用泼尼松治疗。尿蛋白>3.5g/24h。", "泼尼松")
    assert found.dose is None


@pytest.mark.parametrize("text", ["每晚用温水坐浴。", "每晚服苯巴比妥0.03～0.06g。"])
def test_meiwan_in_the_clause_is_once_a_day(text: str) -> None:
    """每晚 anywhere in the therapy's clause: once every day (therapies review of medical_8, 2026-12-05)."""
    import pipeline

    r = next(pipeline.run([{"name": "测试病", "治疗": text}])["therapies"].itertuples())
    assert (r.times, r.every, r.every_unit) == (1, 1, "d")
