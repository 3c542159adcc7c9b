"""extract_labs on the seed record (POEMS综合征): each test is a real sentence of the seed,
run through the real entity and context stages."""

from __future__ import annotations

import pytest

from pipeline.clinical import extract_labs


def labs(analyse, text: str, section: str = "诊断/诊断"):
    norm, entities, quantities, assertions = analyse(text, section, "POEMS综合征")
    return {f.test.text: f for f in extract_labs(norm, entities, quantities, assertions)}, norm


def test_esr_and_immunoglobulin_up_t3_t4_low_in_half(analyse):
    found, _ = labs(analyse, "2.血液 半数病人的T3T4偏低,血沉增快和免疫球蛋白增高也较常见。")
    assert (found["血沉"].finding, found["血沉"].direction) == ("增快", "up")
    assert (found["免疫球蛋白"].finding, found["免疫球蛋白"].direction) == ("增高", "up")
    for test in ("T3", "T4"):
        assert (found[test].finding, found[test].direction, found[test].qualifier) == ("偏低", "down", "半数")
    assert found["T3"].specimen == "血"


def test_csf_protein_up_and_cell_count_normal(analyse):
    found, norm = labs(analyse, "(2)脑脊液检查:脑脊液蛋白升高,细胞数正常。", "诊断/症状")
    protein, cells = found["脑脊液蛋白"], found["细胞数"]
    assert (protein.specimen, protein.finding, protein.direction) == ("脑脊液", "升高", "up")
    assert (cells.specimen, cells.finding, cells.direction) == ("脑脊液", "正常", "normal")
    assert norm[protein.start : protein.end] == "脑脊液蛋白升高"
    assert (protein.evidence_start, protein.evidence_end) == (0, len(norm))


def test_plasma_cells_in_marrow_as_values(analyse):
    found, _ = labs(analyse, "1.骨髓穿刺 半数病人可见浆细胞轻度增多(2%~5%),合并骨髓瘤者的浆细胞比例明显增高(>10%)。")
    cells, ratio = found["浆细胞"], found["浆细胞比例"]
    assert (cells.specimen, cells.direction, cells.value_low, cells.value_high, cells.unit) == ("骨髓", "up", 2, 5, "%")
    assert cells.freq_pct is None and cells.qualifier == "半数"
    assert (ratio.specimen, ratio.value_low, ratio.comparator) == ("骨髓", 10, ">")
    assert ratio.assertion == "other_disease"


def test_plasma_cells_below_five_percent(analyse):
    text = "(4)骨髓穿刺:可见浆细胞增生,骨化性骨髓瘤时浆细胞比例多在5%以下,多发性骨髓瘤(溶骨性)时多超过10%。"
    ratio = labs(analyse, text, "诊断/症状")[0]["浆细胞比例"]
    assert (ratio.value_high, ratio.comparator, ratio.unit, ratio.finding) == (5, "<=", "%", "")


def test_serum_cytokines(analyse):
    text = (
        "Gherardi等发现,14/15例POEMS综合征病人血清IL-1β水平增加,10例TNF-α增加,10例IL-6水平增加。"
        "血清IL-1β、TNF-α和IL-6水平高于没有神经病变的多发性骨髓瘤病人,而IL-2和干扰素γ(IFN-γ)水平正常。"
        "转移生长因子β1(TGF-β1)水平较低。"
    )
    norm, entities, quantities, assertions = analyse(text, "发病机制/病因", "POEMS综合征")
    rows = extract_labs(norm, entities, quantities, assertions)
    got = {(f.test.text, f.specimen, f.finding, f.direction) for f in rows}
    assert {
        ("IL-1β", "血清", "增加", "up"),
        ("TNF-α", "血清", "增加", "up"),
        ("IL-6", "血清", "增加", "up"),
        ("IL-2", "血清", "正常", "normal"),
        ("干扰素γ", "血清", "正常", "normal"),
        ("转移生长因子β1", "", "较低", "down"),
    } == got
    il1 = next(f for f in rows if f.test.text == "IL-1β")
    assert il1.freq_pct == 93.3  # 14/15例
    assert not any(f.test.text in ("IFN-γ", "TGF-β1") for f in rows)  # aliases get no row


def test_nerve_conduction(analyse):
    text = "2.神经传导速度 四肢运动、感觉神经传导速度均减慢或明显减慢,双侧腓总神经运动传导速度常不能引出。"
    found, _ = labs(analyse, text)
    assert (found["神经传导速度"].finding, found["神经传导速度"].direction) == ("减慢", "down")
    assert (found["腓总神经运动传导速度"].finding, found["腓总神经运动传导速度"].direction) == ("不能引出", "abnormal")


@pytest.mark.parametrize(
    ("text", "freq", "finding"),
    [("1.血清学检查 血中M蛋白阳性可达75%左右,因数值较低,常需用免疫电泳法才能检出。", 75, "阳性"),
     ("(1)血清学检查:血清蛋白电泳可有M蛋白(75%),但增高不显著,多为IgG,少数为IgA。", 75, "")],
)
def test_m_protein_in_75_percent(analyse, text, freq, finding):
    m_protein = labs(analyse, text)[0]["M蛋白"]
    assert (m_protein.freq_pct, m_protein.finding, m_protein.value_low) == (freq, finding, None)
    assert m_protein.specimen in ("血", "血清")


def test_bence_jones_protein_in_urine(analyse):
    found, _ = labs(analyse, "(3)尿检查:可有本-周(Bence-Jones)蛋白。", "诊断/症状")
    row = found["本-周(Bence-Jones)蛋白"]
    assert (row.specimen, row.finding, row.direction) == ("尿", "可有", "positive")


def test_antibodies_may_be_positive(analyse):
    text = "部分患者可有双克隆(biclonal)、多克隆蛋白(polyclonal albumen)、抗核抗体和类风湿因子可阳性。"
    found, _ = labs(analyse, text, "诊断/症状")
    assert {t: found[t].direction for t in ("抗核抗体", "类风湿因子")} == {"抗核抗体": "positive", "类风湿因子": "positive"}


def test_imaging_and_electromyography_findings(analyse):
    text = "(5)X线检查:包括骨硬化改变、溶骨性改变或两者并存。(6)肌电图检查:呈神经源性损害,运动和感觉传导速度均减慢。"
    norm, entities, quantities, assertions = analyse(text, "诊断/症状", "POEMS综合征")
    rows = {(f.test.text, f.finding, f.direction) for f in extract_labs(norm, entities, quantities, assertions)}
    assert ("X线检查", "骨硬化改变", "abnormal") in rows
    assert ("肌电图", "神经源性损害", "abnormal") in rows
    assert ("感觉传导速度", "减慢", "down") in rows
    assert next(f for f in extract_labs(norm, entities, quantities) if f.test.text == "肌电图").test.label == "procedure"


def test_a_share_printed_as_a_count_or_a_chinese_proportion_is_the_frequency(analyse):
    for text, pct in [("14例(60.8%)血清IgG升高。", 60.8), ("约三分之一患者血清IgG升高。", 33.3), ("14例血清IgG升高。", None)]:
        norm, entities, quantities, assertions = analyse(text, "诊断/检查", "某病")
        (finding,) = extract_labs(norm, entities, quantities, assertions)
        assert (finding.test.text, finding.direction, finding.freq_pct) == ("IgG", "up", pct)


def test_a_percentage_that_is_another_tests_value_is_no_share_of_patients(analyse):
    # xywy (小儿呼吸衰竭): the 80 % is the saturation, not how many have a low PaO2
    norm, entities, quantities, assertions = analyse("当血氧饱和度<80%时(氧分压<6.67kPa)出现发绀。", "诊断/检查", "某病")
    found = {f.test.text: f for f in extract_labs(norm, entities, quantities, assertions)}
    assert (found["血氧饱和度"].value_high, found["血氧饱和度"].unit) == (80, "%")
    assert (found["氧分压"].value_high, found["氧分压"].freq_pct) == (6.67, None)


@pytest.mark.parametrize("text", ["严重左室功能不全(射血分数<40%)。", "左室射血分数降低至35%。"])
def test_an_ejection_fraction_percentage_is_its_value(analyse, text):
    # xywy review 2026-12-02: a measured fraction, not how many patients
    norm, entities, quantities, assertions = analyse(text, "诊断/检查", "某病")
    (lab,) = extract_labs(norm, entities, quantities, assertions)
    assert (lab.unit, lab.freq_pct) == ("%", None) and lab.value_high in (40, 35)


def test_lab_units_are_read_whole(analyse):
    for text, value, unit in [("尿蛋白3.5g/24h。", 3.5, "g/24h"), ("白细胞计数4.0×10^9/L。", 4.0, "×10^9/L")]:
        norm, entities, quantities, assertions = analyse(text, "诊断/检查", "某病")
        (finding,) = extract_labs(norm, entities, quantities, assertions)
        assert (finding.value_low, finding.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "specimens"),
    [
        ("尿素氮升高。", {"尿素氮": ""}),  # urea nitrogen is no urine test (xywy 急性肾衰竭)
        ("血尿素氮和尿酸升高。", {"尿素氮": "血", "尿酸": "血"}),  # the word before still names it
        ("尿素氮和肌酐升高。", {"尿素氮": "", "肌酐": ""}),  # nor does 尿 inside 尿素氮 carry on
        ("尿蛋白阳性。", {"尿蛋白": "尿"}),
        # the 尿 before 尿酸 names this test's specimen only, not the next clause's
        ("尿尿酸增多,肌酐升高。", {"尿酸": "尿", "肌酐": ""}),
        # review of xywy medical_4–5 (2026-12-03, round 9): CSF names the specimen, not inside M-CSF
        ("此时CSF淋巴细胞增多。", {"淋巴细胞": "脑脊液"}),
        ("M-CSF刺激后淋巴细胞增多。", {"淋巴细胞": ""}),
    ],
)
def test_an_analyte_named_after_urine_is_no_urine_test(analyse, text, specimens):
    found, _ = labs(analyse, text)
    assert {test: found[test].specimen for test in specimens} == specimens


@pytest.mark.parametrize(
    ("text", "test", "finding"),
    [
        ("血清维生素E均降低。", "维生素E", "降低"),  # xywy review 2026-12-02: vitamins are drugs and lab subjects
        ("血中维生素A降低。", "维生素A", "降低"),
        ("血清维生素C可降低。", "维生素C", "降低"),  # nothing after the verb: its own level
        ("血清ALT可增高达正常的10倍。", "ALT", "增高"),  # 达 starts no object
        ("染色体数目异常。", "染色体", "异常"),  # a karyotype, though 染色体 is a body part
    ],
)
def test_a_nutrients_level_with_its_specimen_is_a_lab_finding(analyse, text, test, finding):
    found, _ = labs(analyse, text)
    assert found[test].finding == finding


@pytest.mark.parametrize("text", [
    "应用β-胡萝卜素可以降低体内40%的维生素E水平。",  # third review: no specimen named, an effect
    "正常人乳含维生素C约227.2～397.6μmol/L。",
    "维生素B6可减少草酸盐的生成。",  # a modal verb with an object the dictionaries lack
])
def test_a_nutrient_without_its_specimen_or_acting_on_another_is_no_lab_finding(analyse, text):
    found, _ = labs(analyse, text)
    assert found == {}


@pytest.mark.parametrize(
    ("text", "specimens"),
    [
        # xywy review: blood pressure after a urine finding is no urine test, nor carries one on
        ("尿中白细胞增多,血压下降。", {"白细胞": "尿", "血压": ""}),
        ("血清钠降低,心率加快,体温升高。", {"心率": "", "体温": ""}),
    ],
)
def test_a_sign_measured_on_the_patient_has_no_specimen(analyse, text, specimens):
    found, _ = labs(analyse, text)
    assert {test: found[test].specimen for test in specimens} == specimens


@pytest.mark.parametrize(
    ("text", "cells", "direction"),
    [
        ("外周血淋巴细胞绝对值减少。", "淋巴细胞", "down"),  # cells are body substances, read as lab subjects
        ("患者体内B细胞数增多。", "B细胞", "up"),  # xywy: 数 between the cells and the result
        ("骨髓中粒细胞数目减少。", "粒细胞", "down"),
        ("诱导痰中嗜酸粒细胞增多。", "嗜酸粒细胞", "up"),  # review: whole, not its 粒细胞
    ],
)
def test_a_count_of_cells_is_a_lab_finding(analyse, text, cells, direction):
    found, _ = labs(analyse, text)
    assert found[cells].direction == direction


@pytest.mark.parametrize(
    ("text", "cells", "finding"),
    [
        ("骨髓中粒细胞明显增生。", "粒细胞", "增生"),  # a specimen named: a marrow finding
        ("先天性巨核细胞增生不良。", "巨核细胞", "增生不良"),  # xywy review 2026-12-02 night: down, not up
        ("随后出现血小板减少和中性粒细胞减少。", "中性粒细胞", "减少"),  # whole, not its 粒细胞
    ],
)
def test_cells_growing_or_falling_with_their_specimen_or_a_result_of_their_own(analyse, text, cells, finding):
    found, _ = labs(analyse, text)
    assert found[cells].finding == finding


@pytest.mark.parametrize("text", ["HIV感染导致淋巴细胞增生。", "各种刺激引起浆细胞增生。", "镜下可见浆细胞。"])
def test_cells_growing_with_no_specimen_named_are_no_lab_finding(analyse, text):
    found, _ = labs(analyse, text)  # xywy review 2026-12-02 night: tissue or mechanism
    assert found == {}


def test_a_finding_that_is_the_condition_of_advice_is_hypothetical(analyse):
    found, _ = labs(analyse, "当血小板过低时,遵医嘱输注血小板。")  # xywy review 2026-12-02 night
    assert (found["血小板"].direction, found["血小板"].assertion) == ("down", "hypothetical")


@pytest.mark.parametrize("text", [
    "恶性组织细胞增生病。", "粒细胞减少症。", "全身消耗性疾病如甲状腺功能亢进、恶性肿瘤。",
    "血中低维生素A含量增加患恶性肿瘤的危险性。",  # audit: a verb raising a risk, no level
    # xywy review 2026-12-02: a result word as the adjective of a disease, or before 综合征
    "属淋巴细胞增生性疾病。", "可见于继发性醛固酮增多综合征。",
    "维生素C可降低胆固醇。",  # what a vitamin can do to another, no level of its own
])
def test_a_result_word_inside_a_disease_name_is_no_result(analyse, text):
    found, _ = labs(analyse, text)  # review: 组织细胞增生|病 names a disease
    assert found == {}


@pytest.mark.parametrize(("text", "test"), [("部分HBsAg阴性病人细胞毒反应阳性。", "HBsAg"), ("血糖升高症状包括口渴。", "血糖")])
def test_a_result_word_before_bingren_or_zhengzhuang_is_a_result(analyse, text, test):
    found, _ = labs(analyse, text)  # second review: 病人, 症状 are no disease endings
    assert test in found


@pytest.mark.parametrize(
    ("text", "cells", "low", "comparator"),
    [
        ("淋巴细胞占30%。", "淋巴细胞", 30, ""),  # a differential count: the cells' value
        ("中性粒细胞占80%以上。", "中性粒细胞", 80, ">="),
    ],
)
def test_a_share_of_white_cells_is_their_value_not_a_share_of_patients(analyse, text, cells, low, comparator):
    found, _ = labs(analyse, text)
    assert (found[cells].value_low, found[cells].unit, found[cells].comparator, found[cells].freq_pct) == (low, "%", comparator, None)


def test_zhan_after_a_test_whose_percentage_is_of_patients_reads_no_value(analyse):
    found, _ = labs(analyse, "其中多形核白细胞占90%以上。")  # second review: no 白细胞 row with 90
    assert "白细胞" not in found


@pytest.mark.parametrize(
    ("text", "specimen"),
    [
        ("外周血管脉搏正常。", ""),  # xywy 小儿大动脉转位: the peripheral vessels, no blood sample
        ("外周血白细胞计数增高。", "血"),
        ("血液检查可见白细胞减少。", "血"),  # review: an examination of blood keeps its specimen
        ("心血管系统表现 常有血压升高。", ""),  # audit: the 血 of 心血管 is no specimen
        ("周围血象白细胞增高。", "血"),  # 血象 is a specimen word of its own
        ("β-血栓蛋白和血小板第Ⅳ因子增高。", ""),  # fourth review: 血栓 is a clot, no blood sample
    ],
)
def test_a_specimen_word_cut_by_a_longer_mention_is_no_specimen(analyse, text, specimen):
    found, _ = labs(analyse, text)
    (lab,) = found.values()
    assert lab.specimen == specimen


@pytest.mark.parametrize(
    ("text", "findings"),
    [
        # xywy 李斯特菌病: a panel followed by a test it holds is no subject of its own
        ("周围血常规白细胞增高。", {"白细胞": "up"}),
        ("血常规示白细胞增高。", {"白细胞": "up"}),
        ("血常规正常。", {"血常规": "normal"}),  # alone, the panel is the subject
    ],
)
def test_a_panel_before_a_test_it_holds_gives_that_test_the_finding(analyse, text, findings):
    found, _ = labs(analyse, text)
    assert {test: lab.direction for test, lab in found.items()} == findings


@pytest.mark.parametrize(("text", "test", "direction"), [
    ("孕酮较正常为少。", "孕酮", "down"),  # audit: less than normal, not normal
    ("血钙低于正常。", "血钙", "down"),
    ("血糖较正常人高。", "血糖", "up"),
    ("血糖正常。", "血糖", "normal"),
    ("血清T4正常低限或轻度降低。", "T4", "normal"),  # fourth review: low-normal is normal
])
def test_a_level_compared_with_normal_is_read_as_its_direction(analyse, text, test, direction):
    found, _ = labs(analyse, text)
    assert found[test].direction == direction


@pytest.mark.parametrize(("text", "test"), [("胆固醇升高是动脉粥样硬化的重要危险因素。", "胆固醇"), ("尿蛋白阳性提示肾损害可能性大。", "尿蛋白")])
def test_a_result_that_is_a_risk_factor_is_still_a_result(analyse, text, test):
    found, _ = labs(analyse, text)  # third review: only a verb raising a risk (增加…的危险性) is none
    assert test in found


@pytest.mark.parametrize(("text", "test"), [("血肾素、醛固酮增高。", "醛固酮"), ("致使血循环中血小板数减少。", "血小板")])
def test_a_blood_specimen_word_before_an_unknown_analyte_still_counts(analyse, text, test):
    found, _ = labs(analyse, text)  # third review: 血 only inside a word (心血管) is none
    assert found[test].specimen == "血"


@pytest.mark.parametrize(("text", "test", "direction"), [
    ("醛固酮分泌减少。", "醛固酮", "down"),  # review of medical_12–13: secretion words sit between test and result
    ("儿茶酚胺分泌量增加。", "儿茶酚胺", "up"),
    ("肾功能进行性下降。", "肾功能", "down"),
    ("网织红细胞稍增高。", "网织红细胞", "up"),
    ("肾功能基本正常。", "肾功能", "normal"),
    ("糖耐量曲线不正常。", "糖耐量", "abnormal"),
])
def test_words_between_a_test_and_its_result_do_not_hide_it(analyse, text, test, direction):
    found, _ = labs(analyse, text)
    assert found[test].direction == direction


@pytest.mark.parametrize(("text", "test"), [
    ("尿β2微球蛋白增加。", "β2微球蛋白"),  # was read as 球蛋白
    ("网状红细胞计数增多。", "网状红细胞"),  # was read as 红细胞计数
])
def test_a_protein_or_cell_name_is_not_read_as_the_shorter_name_inside_it(analyse, text, test):
    found, _ = labs(analyse, text)
    assert test in found and "球蛋白" not in found and "红细胞计数" not in found


def test_a_share_of_red_cells_of_a_shape_is_their_value(analyse):
    found, _ = labs(analyse, "外周血口形红细胞大于10%。")
    assert (found["口形红细胞"].value_low, found["口形红细胞"].unit, found["口形红细胞"].freq_pct) == (10, "%", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review of xywy medical_12–13 (2026-12-03): 正常 before a noun it qualifies is a
        # reference, no result; compared with healthy people, the result word follows
        ("尿中尿酸正常值为0.5g。", {}),
        ("血清镁的正常浓度为0.8mmol/L。", {}),
        ("血中去甲肾上腺素浓度可较正常人增加2～3倍。", {"去甲肾上腺素": "up"}),
        ("白细胞移动抑制试验也较正常人群低下。", {"白细胞移动抑制试验": "down"}),
        ("血钾正常，肝功能在正常范围。", {"血钾": "normal", "肝功能": "normal"}),
    ],
)
def test_normal_before_a_noun_is_a_reference_not_a_result(analyse, text, expected):
    found, _ = labs(analyse, text)
    assert {test: lab.direction for test, lab in found.items()} == expected


@pytest.mark.parametrize(("text", "test", "direction"), [
    # review of xywy medical_14–15 (2026-12-03): more words between a test and its result, 不足
    ("多尿期后尿量渐恢复正常。", "尿量", "normal"),
    ("血压又重新升高。", "血压", "up"),
    ("孕酮分泌不足。", "孕酮", "down"),
    ("血中雌激素水平也较正常对照组为高。", "雌激素", "up"),
])
def test_more_words_between_a_test_and_its_result(analyse, text, test, direction):
    found, _ = labs(analyse, text)
    assert found[test].direction == direction


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # xywy: a number of times without a comparator is how often a test is done, no value of it
        ("每15min测量脉搏、血压1次。", {}),
        ("按医嘱送痰培养2次。", {}),
        ("成人每分钟心率超过100次。", {"心率": 100}),
        ("若脉搏在160次以上，需报告医师。", {"脉搏": 160}),
    ],
)
def test_times_are_a_value_only_with_a_comparator(analyse, text, expected):
    found, _ = labs(analyse, text)
    assert {test: lab.value_low for test, lab in found.items()} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review of xywy medical_6–7 (2026-12-03, labs): the specimen of the next test stands
        # between the items of a list
        ("血肌酐和血尿素氮升高。", {("血肌酐", "up"), ("尿素氮", "up")}),
        ("ALT及血胆红素可增高。", {("ALT", "up"), ("胆红素", "up")}),
    ],
)
def test_a_specimen_between_listed_tests_keeps_the_list(analyse, text, expected):
    found, _ = labs(analyse, text)
    assert {(name, f.direction) for name, f in found.items()} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review of xywy medical_6–7 (2026-12-03, labs): what healthy people have is a reference;
        # the patients' normal level going down is a result, and so is a ratio to normal
        ("正常时尿钾排泄量为38～150mmol/L。", set()),
        ("正常人的眼压为10～21mmHg。", set()),
        ("正常免疫球蛋白的产生减少。", {("免疫球蛋白", "down")}),
        ("VEGF可达正常的10倍。", {("VEGF", "up")}),
        ("血清IgA为正常的1/3。", {("IgA", "down")}),
    ],
)
def test_what_healthy_people_have_is_no_result(analyse, text, expected):
    found, _ = labs(analyse, text)
    assert {(name, f.direction) for name, f in found.items()} == expected


# --- labs review of xywy medical_15 (2026-12-04) ------------------------------------------


def test_blood_gas_abbreviations_are_tests(analyse):
    found, _ = labs(analyse, "血气分析：PaCO2偏高和PaO2下降。")
    assert (found["PaCO2"].test.canonical, found["PaCO2"].direction) == ("动脉血二氧化碳分压", "up")
    assert (found["PaO2"].test.canonical, found["PaO2"].direction) == ("动脉血氧分压", "down")


def test_a_value_after_jishi_is_a_condition_and_jicha_a_result(analyse):
    found, _ = labs(analyse, "即使血钙水平在2mmol/L，也会引起临床症状。")
    assert (found["血钙"].value_low, found["血钙"].assertion) == (2.0, "hypothetical")
    found, _ = labs(analyse, "患者肝功能极差。")
    assert (found["肝功能"].finding, found["肝功能"].direction) == ("极差", "abnormal")


@pytest.mark.parametrize(
    "text, test, direction",
    [
        ("一般以血浆血糖浓度<2.8mmol/L为低血糖。", "血糖", "down"),
        ("发病时体温38℃以上。", "体温", "up"),
        ("当心率>200次/分时可有心绞痛。", "心率", ""),  # a threshold: no finding, no direction
    ],
)
def test_a_comparator_gives_the_direction_no_result_word_gives(analyse, text, test, direction):
    found, _ = labs(analyse, text)
    assert found[test].direction == direction


# --- left over from the labs review of medical_15, done 2026-12-04 (session from 15:21) ---------


@pytest.mark.parametrize(
    "text, test",
    [
        ("肾功能减退时，本病发生率更高。", "肾功能"),
        ("血压低时应去枕平卧。", "血压"),
        ("尿钠增高，常大于20mmol/L时应限水。", "尿钠"),  # the value after the comma, then 时
    ],
)
def test_a_result_right_before_shi_is_a_condition(analyse, text, test):
    found, _ = labs(analyse, text)
    assert found[test].assertion == "hypothetical"


def test_a_result_before_a_time_word_stays_a_finding(analyse):
    found, _ = labs(analyse, "凝血酶原时间延长。")
    assert (found["凝血酶原时间"].finding, found["凝血酶原时间"].assertion) == ("延长", "present")


@pytest.mark.parametrize(
    "text, test, low, high, unit, comparator",
    [
        ("血钠浓度升高，大于150mmol/L。", "血钠", 150, 150, "mmol/L", ">"),
        ("血钙均升高，为2.7～3.9mmol/L，平均3.1mmol/L。", "血钙", 2.7, 3.9, "mmol/L", ""),
        ("心率减慢，<60次/min。", "心率", 60, 60, "次/min", "<"),
    ],
)
def test_a_clause_that_is_only_a_value_belongs_to_the_result_before_it(analyse, text, test, low, high, unit, comparator):
    found, norm = labs(analyse, text)
    finding = found[test]
    assert (finding.value_low, finding.value_high, finding.unit, finding.comparator) == (low, high, unit, comparator)
    assert norm[finding.end - 1] in "Lmn"  # the statement runs to the value's end


@pytest.mark.parametrize(
    "text",
    [
        "白细胞升高，占30%。",  # a percentage after the comma: whose share is unclear
        "血钾降低，3.5mmol/L者需补钾。",  # the value opens a clause about others
    ],
)
def test_a_value_after_the_comma_needs_a_whole_clause_of_measure(analyse, text):
    found, _ = labs(analyse, text)
    finding = next(iter(found.values()))
    assert finding.value_low is None


def test_renin_residual_urine_and_trh_are_tests(analyse):
    found, _ = labs(analyse, "血肾素、醛固酮增高，残余尿量增多。")
    assert (found["肾素"].specimen, found["肾素"].direction) == ("血", "up")
    assert found["醛固酮"].direction == "up"
    assert found["残余尿量"].direction == "up"
    for text in ("促甲状腺素释放激素", "甲状腺素释放激素"):
        norm, entities, _, _ = analyse(f"{text}兴奋试验阳性。", "诊断/诊断", "POEMS综合征")
        assert any(e.text == text and e.canonical == "促甲状腺激素释放激素" for e in entities)


# --- new-user review, 2026-12-04 (session from 15:21) -----------------------------------------


def test_a_value_after_a_group_in_the_next_clause_is_the_results(analyse):
    found, _ = labs(analyse, "血尿酸升高，男性>420μmol/L。")
    assert (found["血尿酸"].value_low, found["血尿酸"].unit, found["血尿酸"].comparator) == (420, "μmol/L", ">")


@pytest.mark.parametrize(
    ("text", "test", "value"),
    [
        ("24小时尿蛋白>0.5g。", "尿蛋白", 0.5),  # collected over a day: an amount in grams
        ("尿蛋白定量>3.5g。", "尿蛋白定量", 3.5),
    ],
)
def test_an_amount_collected_over_a_time_is_a_mass(analyse, text, test, value):
    found, _ = labs(analyse, text)
    assert (found[test].value_low, found[test].unit) == (value, "g")


@pytest.mark.parametrize("text", ["尿蛋白0.5g。", "124小时尿蛋白0.5g。"])
def test_a_mass_after_a_test_not_collected_over_a_time_is_no_value(analyse, text):
    found, _ = labs(analyse, text)
    assert "尿蛋白" not in found  # a dose unit, no result word: no finding
    found, _ = labs(analyse, text.replace("尿蛋白", "24小时尿蛋白").replace("124小时24小时", "24小时"))
    assert found["尿蛋白"].value_low == 0.5  # the same mass collected over 24 hours is its value


# --- labs review of medical_6 (2026-12-04, session from 15:21) -------------------------------


@pytest.mark.parametrize(
    ("text", "test", "value", "unit"),
    [
        ("血红蛋白低于8g/100ml。", "血红蛋白", 8, "g/100mL"),
        ("总蛋白低于4.5g%。", "总蛋白", 4.5, "g%"),
    ],
)
def test_grams_per_100_ml_are_a_measure_not_the_result_word_di(analyse, text, test, value, unit):
    found, _ = labs(analyse, text)
    assert (found[test].value_low, found[test].unit, found[test].comparator, found[test].direction) == (value, unit, "<", "down")


def test_named_antibodies_are_tests_not_the_bare_head(analyse):
    found, _ = labs(analyse, "临床检查可有平滑肌抗体，抗核抗体及肝肾微粒体抗体阳性。", "病因/病因")
    assert {f.test.canonical for f in found.values()} == {"抗平滑肌抗体", "抗核抗体", "抗肝肾微粒体抗体"}
    found, _ = labs(analyse, "或SM抗体阳性。")
    assert [f.test.canonical for f in found.values()] == ["抗Sm抗体"]


def test_lh_is_a_test_and_arterial_blood_names_its_specimen(analyse):
    found, _ = labs(analyse, "使FSH和LH水平升高。")
    assert {(f.test.canonical, f.direction) for f in found.values()} == {("促卵泡激素", "up"), ("黄体生成素", "up")}
    found, _ = labs(analyse, "动脉血氧饱和度下降。")
    assert (found["动脉血氧饱和度"].specimen, found["动脉血氧饱和度"].direction) == ("血", "down")


def test_a_result_after_fan_is_a_condition_and_a_normal_gamete_no_result(analyse):
    found, _ = labs(analyse, "凡眼压升高的青光眼患者，即可诊断。")
    assert found["眼压"].assertion == "hypothetical"
    found, _ = labs(analyse, "形成含有23条染色体的正常配子。")
    assert "染色体" not in found


@pytest.mark.parametrize(
    ("text", "test", "finding", "direction"),
    [
        ("血或尿内HCG测定持续阳性。", "HCG", "阳性", "positive"),
        ("血尿素氮也可有不同程度的增高。", "尿素氮", "增高", "up"),
        ("尿醛固酮排量增加。", "尿醛固酮", "增加", "up"),
        ("舒张压并不增高。", "舒张压", "并不增高", "normal"),
        ("胸部X线检查可表现为心影扩大。", "X线检查", "心影扩大", "abnormal"),
    ],
)
def test_words_between_a_test_and_its_result_that_medical_6_had(analyse, text, test, finding, direction):
    found, _ = labs(analyse, text)
    assert (found[test].finding, found[test].direction) == (finding, direction)


@pytest.mark.parametrize(
    ("text", "test"),
    [
        ("白细胞减少时有发生。", "白细胞"),  # 时有: now and then, no condition
        ("血压升高时轻时重。", "血压"),
        ("利凡诺引产后血压升高。", "血压"),  # the 凡 of a drug's name
    ],
)
def test_shi_and_fan_that_open_no_condition(analyse, text, test):
    found, _ = labs(analyse, text)
    assert found[test].assertion != "hypothetical"


def test_a_word_of_degree_right_before_the_result_is_no_share_of_patients(analyse):
    found, _ = labs(analyse, "11号染色体的部分缺失。")
    assert (found["染色体"].finding, found["染色体"].qualifier) == ("缺失", "")
    found, _ = labs(analyse, "部分患者血钾降低。")
    assert found["血钾"].qualifier == "部分"  # before the test: how many patients


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("体温逐渐升高，达到38~40℃。", {("体温", 38, 40)}),  # 达到 before the value of the next clause
        ("某些醛固酮增多症患者。", set()),  # a disease's name, no test and result
        ("血清丙氨酸转氨酶(ALT)降至正常。", {("谷丙转氨酶", None, None)}),  # not the bare 转氨酶
    ],
)
def test_cases_of_the_labs_re_review_of_medical_6(analyse, text, expected):
    found, _ = labs(analyse, text)
    assert {(f.test.canonical, f.value_low, f.value_high) for f in found.values()} == expected
