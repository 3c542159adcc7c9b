"""process_record: one record in, the rows of every table out."""

import pytest

from pipeline.language import load
from pipeline.process import _own_disease_names, process_record
from pipeline.reader import Record, Section


@pytest.fixture(scope="module")
def nlp():
    return load(span_views=False, lexical_attributes=False)


def rows_of(nlp, text: str, path: str = "诊断/症状", disease: str = "某病") -> dict:
    return process_record(Record("r1", disease, "test", (Section(path, text),), ()), nlp)


def test_rows_of_a_text_without_punctuation_quote_a_piece_of_it_holding_their_mention(nlp):
    text = "患者可出现发热咳嗽头痛约30%有皮疹" * 200  # OCR text: one "sentence" of 3,800 characters
    rows = rows_of(nlp, text)
    assert len(rows["mentions"]) == 800 and rows["frequencies"]
    assert all(len(row["sentence"]) <= 1_000 and row["text"] in row["sentence"] for row in rows["mentions"])
    assert all(len(row["evidence"]) <= 1_001 for table in ("symptoms", "frequencies") for row in rows[table])


@pytest.mark.parametrize("text, symptom, pct", [("3/5例出现发热。", "发热", 60.0), ("头痛占1/3。", "头痛", 33.3)])
def test_a_fraction_alone_gives_the_symptom_its_computed_percentage(nlp, text, symptom, pct):
    (row,) = [row for row in rows_of(nlp, text)["symptoms"] if row["text"] == symptom]
    assert row["freq_pct"] == pct


def test_a_printed_percentage_wins_over_the_computed_one(nlp):
    (row,) = [row for row in rows_of(nlp, "7/13例出现发热(54%)。")["symptoms"] if row["text"] == "发热"]
    assert row["freq_pct"] == 54


@pytest.mark.parametrize(
    "text, symptom, pct, measure",
    [
        ("胰腺炎伴发结肠坏死的病死率可达50%左右。", "结肠坏死", None, "病死率"),  # xywy: how many die
        ("本病发热的发生率为30%。", "发热", 30.0, "发生率"),  # how many have it
    ],
)
def test_only_a_measure_of_occurrence_gives_a_symptom_its_frequency(nlp, text, symptom, pct, measure):
    rows = rows_of(nlp, text)
    (row,) = [row for row in rows["symptoms"] if row["text"] == symptom]
    assert row["freq_pct"] == pct
    assert [row["measure"] for row in rows["frequencies"]] == [measure]


def test_a_cause_headings_share_is_no_frequency_of_its_symptom(nlp):
    # review of xywy medical_14–15 (2026-12-03, round 7): the template of cause sections
    rows = rows_of(nlp, "感冒头痛(28%)：外感风热。", path="cause_info")
    assert [(row["subject_text"], row["rule"]) for row in rows["frequencies"]] == [("头痛", "cause")]
    assert [row["freq_pct"] for row in rows["symptoms"] if row["text"] == "头痛"] == [None]
    elsewhere = rows_of(nlp, "头痛(28%)：多为胀痛。")  # a symptom heading in a symptom section keeps its share
    assert [row["freq_pct"] for row in elsewhere["symptoms"] if row["text"] == "头痛"] == [28.0]


@pytest.mark.parametrize(
    "text, subject, assertion",
    [
        ("30%～40%的患儿不合并颅骨骨折。", "颅骨骨折", "negated"),  # xywy: the share is of patients without it
        ("约30%的患者有发热。", "发热", "present"),
        ("本病约占住院病人的5%。", None, None),
    ],
)
def test_a_frequency_row_carries_its_subjects_assertion(nlp, text, subject, assertion):
    (row,) = rows_of(nlp, text)["frequencies"]
    assert (row["subject_text"], row["assertion"]) == (subject, assertion)


def test_a_file_stem_standing_for_an_unnamed_disease_is_no_subject(nlp):
    record = Record("r1", "随访资料", "随访资料.json", (Section("概述", "病死率约3%。"),), (), disease_named=False)
    (row,) = process_record(record, nlp)["frequencies"]
    assert (row["subject"], row["rule"]) == (None, "record")


@pytest.mark.parametrize("disease, subject", [("痛风", "痛风"), (None, None)])
def test_a_measure_of_the_record_disease_names_it_as_the_subject(nlp, disease, subject):
    rows = rows_of(nlp, "本病病死率约3%。", path="概述", disease=disease)
    assert [(row["subject"], row["subject_text"], row["subject_label"], row["rule"]) for row in rows["frequencies"]] == [
        (subject, None, "disease" if subject else None, "record")
    ]
    assert not [row for row in rows["symptoms"] if row["freq_pct"] is not None]


@pytest.mark.parametrize(
    "text, disease, expected",
    [
        # medical_0, 主动脉瓣狭窄: the record's disease
        ("主动脉瓣上狭窄病变以局限型较为多见，约占90%。", "主动脉瓣狭窄", ("主动脉瓣狭窄", "disease", "局限型", "subtype")),
        # medical_11: another disease the text divides into types
        ("常见原发性肠套叠按其发生部位分为4型：①回结型：占85%。", "小儿肠套叠", ("肠套叠", "disease", "回结型", "subtype")),
    ],
)
def test_a_share_of_a_type_names_the_disease_and_its_type(nlp, text, disease, expected):
    rows = rows_of(nlp, text, path="概述", disease=disease)
    (row,) = [row for row in rows["frequencies"] if row["subtype"]]
    assert (row["subject"], row["subject_label"], row["subtype"], row["rule"]) == expected
    assert (row["subject_text"], row["measure"], row["assertion"]) == (None, None, None)
    assert not [row for row in rows["symptoms"] if row["freq_pct"] is not None]


def test_a_share_under_a_type_heading_item_names_the_type(nlp):
    # medical_12, 脊髓灰质炎: the heading item and its text are two items of one list
    sections = (Section("symptom_data/symptom_detail/0", "2.顿挫型"),
                Section("symptom_data/symptom_detail/1", "约占全部感染者的4%～8%，临床上表现为发热。"))
    rows = process_record(Record("r1", "脊髓灰质炎", "test", sections, ()), nlp)
    assert [(row["subject"], row["subtype"], row["rule"]) for row in rows["frequencies"]] == [("脊髓灰质炎", "顿挫型", "subtype")]


@pytest.mark.parametrize(
    "text, symptom, numerator, denominator, pct",
    [
        ("本组20例中8例发热。", "发热", 8, 20, 40.0),  # the group looked at is the denominator
        ("260例心脏停搏幸存者中4例(1.5%)发生心肌梗死。", "心肌梗死", 4, 260, 1.5),  # xywy
        ("61例HE中,18例(29%)有溶血。", "溶血", 18, 61, 29.5),  # xywy: another clause of the sentence
        ("10例中毒患者中3例昏迷。", "昏迷", 3, 10, 30.0),  # 中毒 is no 中
    ],
)
def test_a_count_after_the_group_looked_at_is_a_share_of_it(nlp, text, symptom, numerator, denominator, pct):
    (row,) = [row for row in rows_of(nlp, text)["frequencies"] if row["subject_text"] == symptom]
    assert (row["numerator"], row["denominator"], row["pct_computed"]) == (numerator, denominator, pct)


def test_a_count_larger_than_the_group_before_it_is_no_share_of_it(nlp):
    assert rows_of(nlp, "3例中有5例发热。")["frequencies"] == []


@pytest.mark.parametrize(
    "text",
    [
        "586例中,21例发生肠梗阻,其中6例有发热。",  # xywy: 6 of the 21, not of the 586
        "收治的82例中,Roback等报告55例,1例有发热。",  # another report between
        "1180例中,合并发热者142例(93.4%)。",  # the printed percentage is of another group
    ],
)
def test_a_count_after_another_group_or_a_part_is_no_share_of_the_first(nlp, text):
    rows = rows_of(nlp, text)["frequencies"]
    assert [row["denominator"] for row in rows if row["subject_text"] == "发热"] in ([], [None])


def test_a_differential_count_gives_no_frequency_row(nlp):
    rows = rows_of(nlp, "淋巴细胞占30%,发热者占80%。")
    assert [(row["subject_text"], row["pct_reported"]) for row in rows["frequencies"]] == [("发热", 80)]


def test_an_abbreviation_defined_after_a_modifier_means_the_whole_term(nlp):
    rows = rows_of(nlp, "患者出现急性肾损伤(AKI),AKI恢复慢。")
    assert [(row["abbr"], row["long_zh"]) for row in rows["abbreviations"]] == [("AKI", "急性肾损伤")]
    assert [row["canonical"] for row in rows["mentions"] if row["text"] == "AKI"] == ["急性肾损伤"]


def test_an_abbreviations_long_form_is_given_as_written(nlp):
    # normalization reads 粘 as 黏 (the dictionary's spelling); the table shows the text's
    rows = rows_of(nlp, "患者的细胞间粘附分子(ICAM)升高。")
    assert [row["long_zh"] for row in rows["abbreviations"] if row["abbr"] == "ICAM"] == ["细胞间粘附分子"]


@pytest.mark.parametrize(
    "text, test, freq",
    [
        ("血沉增快者占14/15例。", "血沉", (93.3, None, None)),  # the count after the finding
        ("约30%~50%的患者血清M蛋白阳性。", "M蛋白", (None, 30.0, 50.0)),  # a range of patients
        ("血清蛋白电泳可有M蛋白(75%)。", "M蛋白", (75.0, None, None)),  # read by the lab stage itself
        ("骨髓浆细胞比例>10%。", "浆细胞比例", (None, None, None)),  # a value, not a share of patients
    ],
)
def test_a_lab_row_carries_how_many_patients_have_the_finding(nlp, text, test, freq):
    (row,) = [row for row in rows_of(nlp, text, path="检查")["labs"] if row["test"] == test]
    assert (row["freq_pct"], row["freq_low"], row["freq_high"]) == freq


def test_a_relative_change_before_a_lab_finding_is_no_share_of_patients(nlp):
    # xywy 运动性哮喘: the fall in FEV1 that makes the test positive, not how many have it
    (row,) = [r for r in rows_of(nlp, "若FEV1较运动前下降超过15%则为运动激发试验阳性。", path="检查")["labs"] if r["finding"] == "阳性"]
    assert (row["freq_pct"], row["freq_low"]) == (None, None)


def test_a_section_about_causes_gives_no_therapy_rows(nlp):
    # medical_5.json "117", cause_info: the drugs are what caused the disease
    text = "约70%继发于使用烷化剂或放疗后，亦可见于长期服用泼尼松10mg者。"
    assert rows_of(nlp, text, path="cause_info")["therapies"] == []
    assert rows_of(nlp, text, path="cause")["therapies"] == []  # the older record format's key
    # 继发于 and 见于 make them causes in any section now; words naming none are rows elsewhere only
    assert rows_of(nlp, text, path="treat_info")["therapies"] == []
    text = "长期服用泼尼松10mg。"
    assert rows_of(nlp, text, path="cause_info")["therapies"] == []
    assert [row["therapy"] for row in rows_of(nlp, text, path="treat_info")["therapies"]] == ["泼尼松"]


def test_a_section_about_food_gives_no_therapy_rows(nlp):
    # audit (气瘤, food_info): a nutrient of the diet, no drug given
    text = "新鲜蔬菜可以供给多种维生素和无机盐。"
    assert rows_of(nlp, text, path="food_info/good_diet_text")["therapies"] == []
    assert rows_of(nlp, text, path="treat_info")["therapies"]  # the same words elsewhere


@pytest.mark.parametrize("text", [
    "如果手术操作不当造成感染,很容易造成输卵管粘连。", "长期服用激素可引起骨质疏松。",
    "多为化疗或放疗引起骨髓抑制。",  # fourth review: a list partner between
    "长期大剂量服用他莫昔芬(三苯氧胺)可引起子宫内膜增生。",  # an alias between
    "在应用肝素后可引起血小板减少。",  # a drug's 后 is no setting
    # xywy review 2026-12-02: the treatment itself causes it, its word right before the verb
    "长期糖皮质激素和NSAID治疗引起胃溃疡。", "泼尼松治疗后可导致感染。",
])
def test_a_drug_or_procedure_that_causes_something_is_no_therapy(nlp, text):
    assert rows_of(nlp, text, path="treat_info")["therapies"] == []  # audit: a cause, an adverse effect


@pytest.mark.parametrize(("text", "therapy"), [
    ("清利湿热中药能减少激素引起的医源性柯兴氏副反应。", "中药"),  # third review: the cause is 激素
    ("手术治疗中包囊破裂可引起种植。", "手术"),  # what happens during the surgery (手术治疗 is 手术)
    ("用泼尼松治疗药物引起的皮疹。", "泼尼松"),  # it treats the rash a drug caused
])
def test_a_treatment_whose_clause_names_another_cause_stays_a_therapy(nlp, text, therapy):
    assert [row["therapy"] for row in rows_of(nlp, text, path="treat_info")["therapies"]] == [therapy]


def test_no_outcome_is_bound_across_a_drug_that_causes_something(nlp):
    text = "皮质类固醇治疗合用氨基糖苷类抗生素所引起,常在全身性疾病好转时出现。"
    assert [(row["therapy"], row["outcome"]) for row in rows_of(nlp, text, path="treat_info")["therapies"]] == [("皮质类固醇", None)]


def test_a_treatment_of_the_cause_is_a_treatment(nlp):
    text = "病因治疗可口服泼尼松10mg。"
    assert [row["therapy"] for row in rows_of(nlp, text, path="治疗/病因治疗")["therapies"]]


def test_a_drug_the_records_causes_name_is_no_therapy_in_its_symptoms(nlp):
    # second review (xywy 黄褐斑): the causes name 口服避孕药; the symptoms name it again as a cause
    causes = Section("cause_info", "常见原因有垂体微腺瘤、口服避孕药等。")
    symptoms = Section("symptom_data/symptom_detail", "服用避孕药后，面部出现褐色斑片。")
    advice = Section("symptom_data/symptom_detail/1", "宜停用口服避孕药。")
    record = Record("r1", "黄褐斑", "test", (causes, symptoms, advice), ())
    therapies = process_record(record, nlp)["therapies"]
    assert [(row["section"], row["therapy"]) for row in therapies] == [("symptom_data/symptom_detail/1", "避孕药")]
    alone = Record("r2", "黄褐斑", "test", (symptoms,), ())  # no cause section names it: a therapy row
    assert [row["therapy"] for row in process_record(alone, nlp)["therapies"]] == ["避孕药"]
    exposed = Section("symptom_data/symptom_detail", "服用口服避孕药者，面部出现褐色斑片。")  # a group exposed
    assert process_record(Record("r3", "黄褐斑", "test", (exposed,), ()), nlp)["therapies"] == []  # to it (口服…者)


def test_a_record_named_after_drugs_as_its_cause_has_no_therapy_rows_of_drugs_in_its_symptoms(nlp):
    # review of xywy medical_12–13 (2026-12-03, round 10): 药物性胃病 names its causes in its symptoms
    symptoms = Section("symptom_data/symptom_detail/5", "许多口服抗菌药如四环素,红霉素等,口服易引起恶心,呕吐。")
    advice = Section("treat_info", "可口服雷尼替丁治疗。")  # a treating section keeps its drugs
    record = Record("r1", "药物性胃病", "test", (symptoms, advice), ())
    assert [row["therapy"] for row in process_record(record, nlp)["therapies"]] == ["雷尼替丁"]
    # with an outcome, the drug of a symptom section treats (自应用皮质类固醇后,病程可以显著缩短)
    treated = Section("symptom_data/symptom_detail/26", "应用泼尼松后,病情好转。")
    record = Record("r2", "药物过敏", "test", (treated,), ())
    assert [row["therapy"] for row in process_record(record, nlp)["therapies"]] == ["泼尼松"]
    other = Record("r3", "胃炎", "test", (symptoms,), ())  # another record: the drugs (and their class) stay therapies
    assert [row["therapy"] for row in process_record(other, nlp)["therapies"]] == ["抗菌药物", "四环素", "红霉素"]


def test_a_record_named_after_drugs_reads_its_drug_with_treating_word_after_it_as_the_exposure(nlp):
    # therapies review of medical_7 (2026-12-06, T7 class 2): 免疫抑制药和抗癌药中毒性肾病 tells its exposure as 环孢素治疗,
    # and the 应 of 应用 is no advice; a treating word elsewhere in the clause still is (是否停用环孢素)
    symptoms = Section("symptom_data/symptom_detail/2", "研究报道，环孢素治疗患者移植后无尿的发生率高。与长期应用环孢素引起的环孢素慢性肾病不同。")
    advice = Section("symptom_data/symptom_detail/3", "对于无尿时间延长的患者是否停用环孢素仍有争议。")
    record = Record("r1", "免疫抑制药和抗癌药中毒性肾病", "test", (symptoms, advice), ())
    assert [row["section"] for row in process_record(record, nlp)["therapies"]] == ["symptom_data/symptom_detail/3"]
    other = Record("r2", "肾病", "test", (symptoms,), ())  # another record: the drug stays a therapy
    assert [row["therapy"] for row in process_record(other, nlp)["therapies"]] == ["环孢素", "环孢素"]


def test_the_records_own_treatment_stays_a_therapy_though_its_causes_name_it(nlp):
    # fourth review: the causes name 放疗 (radiation as a cause); the tumour's own treatment stays
    causes = Section("cause_info", "头颈部放疗后可发生本病。")
    symptoms = Section("symptom_data/symptom_detail", "此肿瘤术后辅以放疗。")
    record = Record("r1", "甲状腺癌", "test", (causes, symptoms), ())
    assert [row["therapy"] for row in process_record(record, nlp)["therapies"]] == ["放疗"]


@pytest.mark.parametrize(
    "text",
    [
        "40%的近亲有抽搐,30%的患者有发热。",  # 近亲: relatives, not the patients
        "约13%的同卵双生子有抽搐,30%的患者有发热。",  # the group written longer than the listed word
        "40%的患儿一级亲属有抽搐,30%的患者有发热。",  # the patients' relatives
    ],
)
def test_a_share_of_another_group_gives_no_symptom_frequency(nlp, text):
    rows = process_record(Record("r1", "热性惊厥", "test", (Section("诊断/症状", text),), ()), nlp)
    freq = {r["symptom"]: r["freq_pct"] for r in rows["symptoms"]}
    assert freq == {"抽搐": None, "发热": 30.0}


@pytest.mark.parametrize("text", [
    # review of xywy medical_5 (2026-12-03): a past exposure, a caution, the body using a substance
    "曾接受烷化剂的治疗者易发生本病。",
    "注意严格掌握手术适应证,避免医源性气胸。",
    "组织细胞对胰岛素介导的葡萄糖利用的反应性降低。",
    # review of xywy medical_6–7 (2026-12-03): a source of infection, abuse, a cause
    "HGV感染的主要来源是输血。",
    "禁止滥用避孕药及含雌激素美容用品。",
    "免疫抑制剂均能激活病毒。",
    "因为助产及吸氧可致眼底出血。",
    # review of xywy medical_12–13 (2026-12-03, round 10): where a finding arises (发生在…后)
    "切口疝多发生在手术1年后。",
])
def test_an_exposure_a_caution_or_the_body_using_a_substance_is_no_therapy(nlp, text):
    assert rows_of(nlp, text, path="prevent")["therapies"] == []


def test_how_long_an_untreated_disease_lasts_is_no_effect_of_the_therapy(nlp):
    # 立克次体痘 (xywy medical_5): the therapy is negated, the week is the disease's course
    (row,) = rows_of(nlp, "如未予特异抗生素治疗,以上证候可持续1周。", path="treat_info")["therapies"]
    assert (row["therapy"], row["assertion"], row["effect_low"]) == ("抗生素", "negated", None)



def test_a_hormone_naming_a_tumour_type_is_no_subject_and_link_words_keep_the_measure(nlp):
    # review of xywy medical_10–11 (2026-12-03): GH瘤 is a tumour, 已达到 and 一般 link a rate
    rows = rows_of(nlp, "其次为GH瘤20%,ACTH瘤5%。治愈率已达到80%。转移率一般低于15%。", disease="垂体腺瘤")
    assert [(r["subject_text"], r["measure"]) for r in rows["frequencies"]] == [
        (None, None), (None, None), (None, "治愈率"), (None, "转移率"),
    ]


@pytest.mark.parametrize(
    ("disease", "expected"),
    [
        # review of xywy medical_12–13 (2026-12-03, therapies): a record named after what a drug
        # causes (氨茶碱中毒) states no treatment with that drug; in another record it is one
        ("咖啡因与氨茶碱中毒", []),
        ("支气管哮喘", ["氨茶碱"]),
        ("维生素A缺乏病", ["氨茶碱"]),
    ],
)
def test_a_drug_the_record_is_named_after_as_a_cause_is_no_therapy(nlp, disease, expected):
    rows = rows_of(nlp, "可静脉滴注氨茶碱0.25g,每日2次。", path="treat_info", disease=disease)
    assert [row["therapy"] for row in rows["therapies"]] == expected


@pytest.mark.parametrize(
    ("disease", "expected"),
    [
        # review of xywy medical_14–15 (2026-12-03, therapies): a record named after what
        # radiotherapy causes (放射性肠炎: therapy_categories.tsv, record_name) states none as a
        # treatment; in another record it is one
        ("放射性肠炎", []),
        ("鼻咽癌", ["放疗"]),
    ],
)
def test_a_therapy_category_the_record_is_named_after_is_no_therapy(nlp, disease, expected):
    rows = rows_of(nlp, "症状严重者，可暂停放疗。", path="treat_info", disease=disease)
    assert [row["therapy"] for row in rows["therapies"]] == expected


@pytest.mark.parametrize(
    "text, test, sign", [("晕厥时血压降低。", "血压", True), ("血清钾降低。", "钾", False), ("肾功能迅速减退。", "肾功能", False)]
)
def test_a_lab_row_says_whether_its_subject_is_a_sign_taken_on_the_patient(nlp, text, test, sign):
    # labs review of medical_15 (2026-12-04): a quarter of the rows are vital signs
    (row,) = [row for row in rows_of(nlp, text)["labs"] if test in row["test"]]
    assert row["sign"] is sign


def test_cells_in_a_text_on_causes_are_background_as_its_tests_are(nlp):
    # labs review of medical_15 (2026-12-04): 吞噬细胞 stayed present in cause_info
    (row,) = rows_of(nlp, "寒冷可造成咽部粘膜血管收缩，外周血淋巴细胞减少。", path="cause_info")["labs"]
    assert (row["test"], row["assertion"]) == ("淋巴细胞", "background")
    (row,) = rows_of(nlp, "外周血淋巴细胞减少。")["labs"]
    assert row["assertion"] == "present"


def test_the_records_aliases_reach_the_context_stage(nlp):
    # code review (2026-12-04 evening): Record.aliases → doc._.record_aliases → assign_context
    sections = (Section("cause_info", "营养不良可致无精子症。"),)
    assertions = {}
    for aliases in ((), ("无精子症",)):
        rows = process_record(Record("r1", "无精症", "test", sections, (), aliases=aliases), nlp)["mentions"]
        assertions[aliases] = next(row["assertion"] for row in rows if row["text"] == "无精子症")
    assert assertions == {(): "other_disease", ("无精子症",): "present"}


def test_a_share_opening_the_item_after_a_heading_item_is_the_headings_not_the_records(nlp):
    # frequencies review of medical_2 (2026-12-05): 脊髓灰质炎 lists its types as heading items
    texts = ("1.无症状型(即隐性感染)", "占全部感染者的90%～95%，感染后无症状出现。", "占全身病例的5%。", "(2)脑叶出血",
             "系大脑皮质支血管破裂所致。约占脑出血的10%。")
    sections = tuple(Section(f"symptom_detail/{n}", text) for n, text in enumerate(texts))
    rows = process_record(Record("r1", "脊髓灰质炎", "test", sections, ()), nlp)["frequencies"]
    assert [(row["section"], row["subject"]) for row in rows] == [
        ("symptom_detail/1", None), ("symptom_detail/2", "脊髓灰质炎"), ("symptom_detail/4", None)]


def test_a_share_after_a_numbered_heading_item_is_the_items_and_keeps_no_record_rule(nlp):
    # code review of 8cdcdff (medical_8, 肛管直肠周围脓肿): 3.骨盆直肠间隙脓肿 names a type whose head the
    # lexicon tags a symptom; a refused record share keeps rule rate, not record with an empty subject
    texts = ("1.肛周皮下脓肿", "占肛管直肠周围脓肿的40%～45%，位于肛门。", "3.骨盆直肠间隙脓肿", "约占肛周脓肿的2.5%～9%。",
             "本病较常见。", "约占肛门疾病的8%。")
    sections = tuple(Section(f"symptom_detail/{n}", text) for n, text in enumerate(texts))
    rows = process_record(Record("r1", "肛管直肠周围脓肿", "test", sections, ()), nlp)["frequencies"]
    assert [(row["section"], row["subject"], row["rule"]) for row in rows] == [
        ("symptom_detail/1", None, "rate"), ("symptom_detail/3", None, "rate"),
        ("symptom_detail/5", "肛管直肠周围脓肿", "record")]  # after a sentence, no heading: the record's



def test_two_top_level_sections_are_no_list(nlp):
    # code review 2026-12-05: a short numbered top-level section heads no type in the next top-level one
    # (both paths have no parent); items of one list still do (the test above)
    sections = (Section("cause_info", "3.骨盆直肠间隙脓肿"), Section("symptom_info", "约占肛周脓肿的2.5%～9%。"))
    rows = process_record(Record("r1", "肛管直肠周围脓肿", "test", sections, ()), nlp)["frequencies"]
    assert [(row["section"], row["rule"]) for row in rows] == [("symptom_info", "record")]


@pytest.mark.parametrize("disease, text, own", [
    ("乳头内陷", "真性乳头内陷双侧常见，伴乳头溢液。", "真性乳头内陷"),  # a type of it
    ("乳糜尿", "乳糜尿可有腰痛。", "乳糜尿"),  # itself
    # symptoms re-review of medical_10: the rest of the name after a patient group or a linked cause
    ("老年休克", "休克时可有少尿。", "休克"),
    ("躯体感染伴发的精神障碍", "精神障碍伴发热。", "精神障碍"),
    # symptoms review of medical_9, 2026-12-05: the longest group (老年人, not 老年), a patient_group
    # prefix of disease_prefixes.tsv, each disease a name joins, and the name without an inner 性
    ("老年人低血压", "低血压时可有头晕。", "低血压"),
    ("老年性昏迷", "昏迷时可有发热。", "昏迷"),
    ("新生儿呕吐", "呕吐时可有发热。", "呕吐"),
    ("抽搐与惊厥", "抽搐时可有发热。", "抽搐"),
    ("老年人心脏猝死", "心脏性猝死前可有胸痛。", "心脏性猝死"),
    # symptoms re-review of medical_10, 2026-12-05: a spread in a record named on a spread
    ("心脏转移瘤", "心脏转移常见，可有胸痛。", "心脏转移"),
    # symptoms review of medical_5, 2026-12-05: the finding the name is built on, after a site opening
    # it or before a closing 症, 病 or 综合征
    ("腹膜后纤维化", "纤维化向两侧延伸，可有腰痛。", "纤维化"),
    ("失眠症", "失眠时可有头痛。", "失眠"),
    ("肌张力障碍综合征", "散发性肌张力障碍伴震颤。", "散发性肌张力障碍"),
    # code review 2026-12-05 (#3): the finding after the name's site is the disease, 出血 in one on 子宫出血
    ("子宫出血", "出血可持续数天，可有贫血。", "出血"),
    ("维生素C缺乏病", "维生素C缺乏时可有牙龈出血。", "维生素C缺乏"),  # more than one word before 病
    # symptoms review of medical_4, 2026-12-05: the rest after a qualifier of disease_prefixes.tsv, and the
    # finding after a name_site of record_reading.tsv or a chain of sites
    ("慢性腹泻", "腹泻时可有腹痛。", "腹泻"),
    ("突发性耳聋", "耳聋前可有耳鸣。", "耳聋"),
    ("手足皲裂", "皮肤增厚，皲裂。", "皲裂"),
    ("咽旁脓肿", "脓肿形成时可有发热。", "脓肿"),
])
def test_the_records_own_disease_is_no_symptom_row(nlp, disease, text, own):
    rows = rows_of(nlp, text, disease=disease)
    assert own not in [row["text"] for row in rows["symptoms"]]
    assert own in [row["text"] for row in rows["mentions"]]  # the mention stays
    assert len(rows["symptoms"]) == 1  # its finding keeps its row


@pytest.mark.parametrize("disease, text, finding", [
    ("重症肌无力", "眼外肌无力最常见，肌无力于活动后加重。", "肌无力"),  # no whole name of the record
    ("妊娠呕吐", "少数孕妇出现频繁呕吐。", "呕吐"),
    # code review 2026-12-05 (#3): the finding after the name's site written at another place is the
    # record's finding (generalized edema)
    ("脑水肿", "头痛,呕吐,晚期可出现全身水肿。", "水肿"),
    # an opening or closing 性 is part of the word (性功能障碍), or no name (狭窄性 of an alias list)
    ("性功能障碍", "心理障碍没有了，功能障碍自然也就没有了。", "功能障碍"),
    # a descriptor that makes another disease is no qualifier: the erythema of 多形红斑 is its finding
    ("多形红斑", "皮损为红斑，可有水疱。", "红斑"),
    # another qualifier names the other disease (symptoms review of medical_4, 2026-12-05)
    ("原发性痛经", "应与继发性痛经鉴别。", "继发性痛经"),
    ("小儿原发性痛经", "应与继发性痛经鉴别。", "继发性痛经"),  # after a patient group too (code review s12, #2, #11)
])
def test_a_finding_the_records_name_ends_with_keeps_its_row(nlp, disease, text, finding):
    assert finding in [row["text"] for row in rows_of(nlp, text, disease=disease)["symptoms"]]


@pytest.mark.parametrize("disease, names", [
    ("抽搐与惊厥", ("抽搐与惊厥", "抽搐", "惊厥")),
    # and the finding after a site opening a name (积液 of 胸腔积液: symptoms review of medical_5)
    ("老年人胸腔积液与胸膜炎", ("老年人胸腔积液与胸膜炎", "胸腔积液与胸膜炎", "胸膜炎", "胸腔积液", "积液")),
    ("鳃裂囊肿和瘘管", ("鳃裂囊肿和瘘管", "瘘管")),
    # a part is kept only as a disease or symptom term of its own: no fragment of a shared head or
    # modifier (code review 2026-12-05, D7)
    ("老年人心室扑动与颤动", ("老年人心室扑动与颤动", "心室扑动与颤动", "心室扑动")),
    ("急性及亚急性脑内血肿", ("急性及亚急性脑内血肿",)),
    ("羊水与胎粪吸入综合征", ("羊水与胎粪吸入综合征", "胎粪吸入综合征")),
    ("糖尿病及其并发症", ("糖尿病及其并发征",)),  # 及其 joins no second disease (症 read as 征)
    ("埃及血吸虫病", ("埃及血吸虫病",)),  # nor the 及 of a word
    ("先天性耳聋", ("先天性耳聋", "耳聋")),  # a qualifier of disease_prefixes.tsv (symptoms review of medical_4)
])
def test_the_records_own_names_are_its_name_its_rest_and_the_diseases_it_joins(disease, names):
    assert _own_disease_names(Record("r1", disease, "test", (), ())) == names


@pytest.mark.parametrize("disease, text, spreads", [
    # symptoms re-review of medical_10, 2026-12-05: a cancer's spread is a finding of the cancer record
    ("黏液纤维肉瘤", "除肺和骨转移之外，可有疼痛。", ["骨转移"]),
    ("青少年及小儿子宫颈癌", "有骨转移者可出现相应部位的持续性疼痛。", ["骨转移"]),
    # code review 2026-12-05 (D5): tumours named without 瘤 or 癌 (spread_of 葡萄胎, 霍奇金病)
    ("侵蚀性葡萄胎", "侵蚀性葡萄胎常发生肺转移，可有咯血。", ["肺转移"]),
    ("霍奇金病", "晚期可有骨转移。", ["骨转移"]),
    # but not a leukaemia's name (类白血病反应 is no tumour; 霍奇金病 here is a cause)
    ("小儿类白血病反应", "肿瘤：霍奇金病、肿瘤有骨转移等。", []),
    # none in a record on a spread (心包转移 a type of it), nor in one on no tumour (a cause)
    ("心脏转移瘤", "心脏转移多于心包转移，可有胸痛。", []),
    ("脑水肿", "肺癌，绒癌等的脑转移，在病灶的周围都有严重的脑水肿。", []),
])
def test_a_tumours_spread_is_a_finding_only_of_a_record_on_a_tumour(nlp, disease, text, spreads):
    rows = rows_of(nlp, text, disease=disease)
    assert [row["text"] for row in rows["symptoms"] if row["text"].endswith("转移")] == spreads


def test_a_dislocated_lens_is_a_sign_a_dislocation_injury_a_disease(nlp):
    # symptoms re-review of medical_10, 2026-12-05: 晶状体脱位 is Marfan syndrome's cardinal sign
    # (curated.tsv); the head word 脱位 keeps 肘关节脱位 a disease (build_head_words.tsv)
    rows = rows_of(nlp, "眼部主要表现为高度近视，晶状体脱位或半脱位。", disease="马方综合征")
    assert "晶状体脱位或半脱位" in [row["text"] for row in rows["symptoms"]]
    rows = rows_of(nlp, "桡骨头骨折常合并肘关节脱位。", disease="桡骨头骨折")
    assert [(m["text"], m["label"]) for m in rows["mentions"] if m["text"] == "肘关节脱位"] == [("肘关节脱位", "disease")]


def test_an_abbreviation_in_its_own_definition_is_no_use_of_it() -> None:
    """LH is a dictionary term, so its bracket is a mention; it is still no use (abbreviations review of
    medical_7, 2026-12-05: FSH counted once though never used again)."""
    import pipeline

    rows = pipeline.run([{"name": "测试病", "诊断": "黄体生成素(LH)升高。"},
                         {"name": "测试病", "诊断": "黄体生成素(LH)升高，LH水平下降。"}])["abbreviations"]
    lh = rows[rows["abbr"] == "LH"].set_index("record_id")
    assert list(lh["n_mentions"]) == [0, 1]
    assert list(lh["first_start"]) == [0, 12]  # the definition when unused, else the first use after it


def test_curated_names_the_code_review_asked_for() -> None:
    """纯红细胞再障 is no 再障 (aplastic anaemia); 寰枢脱位 is the disease 寰枢椎脱位 itself in a record on it
    (code review 2026-12-05)."""
    import pipeline

    tables = pipeline.run([{"name": "慢性淋巴细胞白血病", "诊断": "有报道合并纯红细胞再障患者可高达6%。"},
                           {"name": "寰枢椎脱位", "诊断": "可导致寰枢脱位。"},
                           {"name": "唐氏综合征", "诊断": "可导致寰枢脱位。"}])
    mentions = tables["mentions"]
    assert "再生障碍性贫血" not in set(mentions["canonical"])
    assert "纯红细胞再生障碍" in set(mentions["canonical"])
    symptoms = tables["symptoms"]
    assert list(symptoms["record_id"][symptoms["symptom"] == "寰枢椎脱位"]) == ["records:2"]


def test_a_glued_pair_of_the_symptom_lists_gives_a_row_for_each_finding(nlp):
    # symptoms review of medical_8 (rule D): the lists' 恶心与呕吐 is two findings (build rule
    # "symptom-pair"), each with the share before them; 腹泻与便秘交替 stays one finding
    rows = rows_of(nlp, "约半数的MVT患者可发生恶心与呕吐。")["symptoms"]
    assert sorted((row["text"], row["freq_pct"]) for row in rows) == [("呕吐", 50.0), ("恶心", 50.0)]
    rows = rows_of(nlp, "患者可出现腹泻与便秘交替伴腹部不适。")["symptoms"]
    assert "腹泻与便秘交替" in [row["text"] for row in rows]


def test_the_halves_of_a_dropped_glued_pair_are_found_with_their_sites(nlp):
    # symptoms review of medical_8 (rule D): 下肢肿胀和乏力 (髂静脉压迫综合征) was one row
    rows = rows_of(nlp, "初期：下肢肿胀和乏力为最常见的早期症状。")["symptoms"]
    assert sorted(row["text"] for row in rows) == ["下肢肿胀", "乏力"]


def test_a_diseases_gene_has_no_label_in_its_row_nor_its_mentions() -> None:
    """早幼粒细胞白血病(PML)基因: PML names the gene; one rule (``Definition.label_of``) blanks the label of
    the abbreviations row and of the mentions alike (code review of session s10, 2026-12-05); without
    基因 both are the disease's."""
    import pipeline

    tables = pipeline.run([{"name": "测试病", "诊断": "早幼粒细胞白血病(PML)基因形成PML-RARα融合基因。"},
                           {"name": "测试病", "诊断": "早幼粒细胞白血病(PML)患者，PML缓解。"}])
    assert list(tables["abbreviations"]["label"].fillna("")) == ["", "disease"]
    mentions = tables["mentions"]
    assert list(mentions["record_id"][mentions["text"] == "PML"]) == ["records:1"]  # the gene's PML is no disease


@pytest.mark.parametrize(
    ("text", "term", "assertion"),
    [
        # xywy (medical_9 review, P2): a hormone or biologic given as a drug in a cause text is no background
        ("目前临床上用EPO治疗慢性疾病性贫血。", "EPO", "present"),
        ("用甲状腺素替代治疗后，血压明显下降。", "甲状腺素", "present"),
        # measured, or what is used is a change of it: background
        ("成年男性睾酮6～8y8/L(600～800ng/100ml)。", "睾酮", "background"),
        ("用EPO的改变来解释贫血的发生。", "EPO", "background"),
    ],
)
def test_a_test_substance_given_as_a_drug_is_no_background(nlp, text, term, assertion):
    rows = rows_of(nlp, text, path="cause_info", disease="慢性病贫血")
    assert [row["assertion"] for row in rows["mentions"] if row["text"] == term] == [assertion]


@pytest.mark.parametrize("path", ["cause_info", "gaishu_info/desc"])
def test_an_abbreviation_of_part_of_the_records_name_is_its_own_disease(nlp, path):
    # row check 2026-12-05 (#2, medical_3:68): DVT (深静脉血栓) in a record on 下肢深静脉血栓形成 was
    # other_disease in its cause text: the abbreviation names the record's disease
    text = "深静脉血栓(DVT)可见于任何年龄层者。尸体解剖发现卧床0～7天的病人DVT的发病率为15%。"
    rows = rows_of(nlp, text, path=path, disease="下肢深静脉血栓形成")
    assert {m["assertion"] for m in rows["mentions"] if m["text"] == "DVT"} == {"present"}


def test_a_bare_name_before_bing_the_record_hardly_writes_alone_is_another_finding(nlp):
    # code review 2026-12-05 (#3): 糖尿 (glycosuria) in a record on 糖尿病, whose text writes 糖尿病 and
    # hardly ever 糖尿 alone, is a finding; 腹泻 in one on 小儿腹泻病, which writes 腹泻 alone most, is the disease
    overview = "。".join(["糖尿病是常见病", "1型糖尿病多见于儿童", "2型糖尿病多见于成人", "糖尿病可致酮症",
                         "糖尿病需长期治疗", "糖尿病病人应控制饮食", "糖尿病可遗传", "糖尿病常伴肥胖",
                         "糖尿病可致失明", "糖尿病足常见"]) + "。"
    record = Record("r1", "糖尿病", "test", (Section("概述", overview), Section("诊断/症状", "多饮多尿,糖尿,体重下降。")), ())
    assert "糖尿" in [row["text"] for row in process_record(record, nlp)["symptoms"]]
    rows = rows_of(nlp, "腹泻时可有发热。腹泻多为水样便。", disease="小儿腹泻病")
    assert [row["text"] for row in rows["symptoms"]] == ["发热", "水样便"]


def test_tai_jia_qiu_protein_is_alpha_fetoprotein_not_a_globulin(nlp):
    # row check 2026-12-05 (#4, medical_10:163): 血清中胎甲球蛋白升高 gave the finding 球蛋白升高
    rows = rows_of(nlp, "血清中胎甲球蛋白升高。", path="检查")
    assert ("胎甲球蛋白", "test", "甲胎蛋白") in [(m["text"], m["label"], m["canonical"]) for m in rows["mentions"]]
    assert "球蛋白升高" not in [row["symptom"] for row in rows["symptoms"]]


def test_an_abbreviation_of_a_disease_the_records_name_goes_on_from_is_another_disease(nlp):
    # row check 2026-12-05 (#2): DM (糖尿病) in a record on 小儿糖尿病肾病 is its cause, no name of it
    rows = rows_of(nlp, "糖尿病(DM)患者中约30%发生肾病。DM病程越长越易发生。", path="cause_info", disease="小儿糖尿病肾病")
    assert {m["assertion"] for m in rows["mentions"] if m["text"] == "DM"} == {"other_disease"}


@pytest.mark.parametrize("path", ["治疗", "prevent_info"])
def test_a_treatment_naming_the_patients_advice_is_for_is_no_therapy(nlp, path):
    # row check 2026-12-05 (#6, medical_1:424): 对使用肠外营养治疗的患者 names who the advice is for
    assert rows_of(nlp, "对使用肠外营养治疗的患者，应常规补充镁。", path=path)["therapies"] == []
    assert [row["therapy"] for row in rows_of(nlp, "可使用肠外营养治疗，应常规补充镁。", path=path)["therapies"]] == ["肠外营养"]
    # nor where the next clause tells the treatment's effect, no advice for the group
    text = "但在早期用抗生素治疗的病例，症状较轻。"
    assert [row["therapy"] for row in rows_of(nlp, text, path="symptom_data/symptom_detail/1")["therapies"]] == ["抗生素"]


def test_an_abbreviation_written_with_another_type_than_the_records_is_another_disease(nlp):
    # row check 2026-12-05 (#2): GSD-Ⅰ in a record on 小儿糖原贮积病Ⅲ型 is another type; GSD-Ⅲ its own
    text = "糖原贮积病(GSD)有多型。本型临床症状远较GSD-Ⅰ为轻缓。GSD-Ⅲ患儿可有肝大。"
    rows = rows_of(nlp, text, path="cause_info", disease="小儿糖原贮积病Ⅲ型")
    assert [m["assertion"] for m in rows["mentions"] if m["text"] == "GSD"] == ["other_disease", "present"]


def test_a_share_of_a_history_is_background_and_no_symptom_frequency(nlp):
    # proposal 5 of the frequencies review of medical_4 (2026-12-05): 约有1/4…有红斑史
    rows = rows_of(nlp, "约50%的患者有红斑史。")
    assert [(row["subject_text"], row["assertion"]) for row in rows["frequencies"]] == [("红斑史", "background")]
    assert [row["freq_pct"] for row in rows["symptoms"] if row["text"] == "红斑"] == [None]


# in a cause section the history is another disease's, its modifier still negated (row check of fa5429b..075a798, 1)
@pytest.mark.parametrize("path", ["诊断/症状", "cause_info"])
def test_a_share_without_a_history_stays_negated(nlp, path):
    rows = rows_of(nlp, "约10%病人没有溃疡病史。", path)
    assert [(row["subject_text"], row["assertion"]) for row in rows["frequencies"]] == [("溃疡病史", "negated")]


@pytest.mark.parametrize(
    "text, subject",
    [
        # the DICT gaps of the frequencies review of medical_4 (2026-12-05)
        ("本病约6%伴有Rendu-Osler-Weber综合征。", "遗传性出血性毛细血管扩张"),
        ("约10%的患儿有先天性喉鸣。", "先天性喉喘鸣"),
        ("疱疹性湿疹病死率可达10%～50%。", "疱疹样湿疹"),
    ],
)
def test_a_synonym_the_review_added_names_the_shares_subject(nlp, text, subject):
    assert [row["subject"] for row in rows_of(nlp, text)["frequencies"]] == [subject]


def test_a_gloss_of_two_names_joined_as_the_english_joins_them_has_no_label(nlp):
    """恶心和呕吐(nausea and vomiting): two symptoms, no one entity (abbreviations review of medical_8, P3);
    but an abbreviation names one thing: HSES is a disease."""
    rows = rows_of(nlp, "常伴恶心和呕吐(nausea and vomiting)。出血性休克和脑病综合征(hemorrhagic shock and encephalopathy syndrome，HSES)")
    assert [(row["abbr"], row["long_zh"], row["label"]) for row in rows["abbreviations"]] == [
        (None, "恶心和呕吐", None), ("HSES", "出血性休克和脑病综合征", "disease")]


def test_a_mention_quotes_the_sentence_around_it_one_string_per_sentence(nlp):
    rows = rows_of(nlp, "患者常有发热、头痛。偶见发热伴皮疹。")["mentions"]
    sentences = {row["text"] + str(row["start"]): row["sentence"] for row in rows}
    assert sentences["发热4"] == sentences["头痛7"] == "患者常有发热、头痛。"
    assert sentences["发热12"] == sentences["皮疹15"] == "偶见发热伴皮疹。"
    assert sentences["发热4"] is sentences["头痛7"]  # the rows carry one object per sentence


def test_the_own_name_check_of_one_record_is_not_another_records():
    from pipeline.process import _names_own_disease

    assert _names_own_disease("乳头内陷", "乳头内陷", ("乳头内陷",))
    assert not _names_own_disease("乳头内陷", "乳头内陷", ("乳糜尿",))  # same mention, another record's names
    assert _names_own_disease("真性乳头内陷", "真性乳头内陷", ("乳头内陷",))  # a type of it
    assert not _names_own_disease("头痛", "头痛", ("乳头内陷",))


@pytest.mark.parametrize(
    ("text", "path", "expected"),
    [  # fix task T (2026-12-06; symptoms review of medical_7, S7 class 3): a disease listed between symptoms
        ("鼻出血，牙龈出血，月经过多，血尿等。", "symptom_data/symptom_detail/0", ["鼻出血", "牙龈出血", "月经过多", "血尿"]),
        ("色素沉着、糜烂、湿疹、肿胀。", "symptom_data/symptom_detail/0", ["色素沉着", "糜烂", "湿疹", "肿胀"]),
        ("女性患者可有月经过多，颅内出血。", "symptom_data/symptom_detail/0", []),  # no symptom on either side
        ("鼻出血，牙龈出血，月经过多，血尿等。", "cause_info", ["鼻出血", "牙龈出血", "血尿"]),  # not a symptom text
    ],
)
def test_a_disease_listed_between_symptoms_in_a_symptom_text_is_a_symptom_row(nlp, text, path, expected):
    assert [row["symptom"] for row in rows_of(nlp, text, path)["symptoms"]] == expected
