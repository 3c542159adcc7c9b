"""Sentences copied from /work/shared/data/xywy/medical_*.json (normalized: ,: for ，：),
each naming its record, with hand-written expected rows. They run without the shared data."""

from __future__ import annotations

import pytest

from pipeline.clinical import extract_labs, extract_therapies


def run(analyse, text: str, section: str = "", disease: str = ""):
    norm, entities, quantities, assertions = analyse(text, section, disease)
    return (
        extract_labs(norm, entities, quantities, assertions),
        extract_therapies(norm, entities, quantities, assertions),
    )


def test_thyroiditis_lab_panel(analyse):
    # 甲状腺炎 (medical_15.json "183", symptom_detail)
    text = "检查可有白细胞轻中度增高,ESR 明显增高,一般40mm/h 以上,甲功五项T3、T4增高,TSH降低,甲状腺摄碘率降低,出现分离现象。"
    labs, _ = run(analyse, text, "symptom_data/symptom_detail", "甲状腺炎")
    assert {(f.test.text, f.direction) for f in labs} == {
        ("白细胞", "up"), ("ESR", "up"), ("T3", "up"), ("T4", "up"), ("TSH", "down"),
    }


def test_occult_glomerulonephritis_negative_antibodies(analyse):
    # 隐匿性肾小球肾炎 (medical_1.json "188", symptom_detail)
    text = "红细胞呈多形性,多样性,肾功能正常,类风湿因子及抗核抗体阴性,补体正常,同位素肾,肾脏B超及静脉肾盂造影正常。"
    labs, _ = run(analyse, text, "symptom_data/symptom_detail", "隐匿性肾小球肾炎")
    got = {(f.test.text, f.finding, f.direction) for f in labs}
    assert {("肾功能", "正常", "normal"), ("类风湿因子", "阴性", "negative"), ("抗核抗体", "阴性", "negative")} <= got


def test_myeloma_light_chain_in_urine(analyse):
    # 多发性骨髓瘤 (medical_1.json "399", symptom_detail)
    text = "但血清蛋白电泳发现有单克隆经过免疫球蛋白(IG)峰,或尿中轻链阳性,称之为“骨髓瘤前期”。"
    labs, _ = run(analyse, text, "symptom_data/symptom_detail", "多发性骨髓瘤")
    light = next(f for f in labs if f.test.text == "轻链")
    assert (light.specimen, light.direction) == ("尿", "positive")


def test_csf_pressure_does_not_lend_its_specimen(analyse):
    # Hughes-Stovin综合征 (medical_8.json "431", symptom_detail)
    text = "1.第1期:由于颈静脉血栓形成而有颅内压升高,患者有头痛、呕吐、视力障碍等,脑脊液压力升高,血沉加快。"
    labs, _ = run(analyse, text, "symptom_data/symptom_detail", "Hughes-Stovin综合征")
    got = {f.test.text: (f.specimen, f.direction) for f in labs}
    assert got["脑脊液压力"] == ("脑脊液", "up") and got["血沉"] == ("", "up")


def test_serum_albumin_threshold_value(analyse):
    # 膜性肾小球肾炎 (medical_1.json "134", prevent_info)
    text = "(2)血栓及栓塞并发症:一般认为,当血浆白蛋白浓度低于20g/L时,提示存在高凝状态,即应开始预防性抗凝治疗。"
    labs, _ = run(analyse, text, "prevent_info", "膜性肾小球肾炎")
    albumin = next(f for f in labs if f.test.text == "白蛋白")
    assert (albumin.specimen, albumin.value_low, albumin.value_high, albumin.unit, albumin.comparator) == (
        "血浆", 20, 20, "g/L", "<",
    )


@pytest.mark.parametrize(("text", "value"), [
    # new-user review (2026-12-04) and medical_1 "178": an amount test's value is a mass
    ("24小时尿蛋白定量>0.5g。", (0.5, "g", ">")),
    ("尿蛋白定量>0.1g,或尿蛋白阳性。", (0.1, "g", ">")),
])
def test_an_amount_test_takes_a_mass_as_its_value(analyse, text, value):
    labs, _ = run(analyse, text, "诊断/实验室检查", "痛风")
    [amount] = [f for f in labs if f.test.text == "尿蛋白定量"]
    assert (amount.value_low, amount.unit, amount.comparator) == value


def test_a_mass_after_another_test_is_no_value(analyse):
    labs, _ = run(analyse, "血钾0.5g。", "诊断/实验室检查", "痛风")
    assert all(f.value_low is None for f in labs)


def test_steroid_pulse_then_prednisone(analyse):
    # 过敏性肉芽肿性血管炎相关巩膜炎 (medical_8.json "426", prevent_info)
    text = "对重症患者可每日静脉注射甲泼尼龙 0.5~ 1g ,连用 3~5 天后改为泼尼松 40~60mg/d 口服 8 周左右,酌减其量,维持治疗。"
    _, therapies = run(analyse, text, "prevent_info", "过敏性肉芽肿性血管炎相关巩膜炎")
    got = {t.therapy.text: t for t in therapies}
    pulse, pred = got["甲泼尼龙"], got["泼尼松"]
    assert (pulse.dose, pulse.dose_high, pulse.dose_unit, pulse.route) == (0.5, 1.0, "g", "静注")
    assert (pred.dose, pred.dose_high, pred.dose_unit, pred.route) == (40, 60, "mg/d", "口服")
    assert (pred.duration_value, pred.duration_unit) == (8, "wk")


def test_ivig_given_to_the_mother(analyse):
    # 同种免疫性新生儿血小板减少性紫癜 (medical_6.json "371", prevent_info); 免疫球蛋白 is a
    # test in the lexicon, a drug here because a route comes before it; the dose is no lab value
    text = "若产前超声波检查证实胎儿有颅内出血时,应立即给母亲静滴免疫球蛋白0.4mg/(kg·d),直到分娩,大多数胎儿血小板数能升高。"
    labs, therapies = run(analyse, text, "prevent_info", "同种免疫性新生儿血小板减少性紫癜")
    ivig = next(t for t in therapies if t.therapy.text == "免疫球蛋白")
    assert (ivig.dose, ivig.dose_unit, ivig.route, ivig.category) == (0.4, "mg/(kg·d)", "静滴", "immunotherapy")
    assert not any(f.test.text == "免疫球蛋白" for f in labs)


def test_isoniazid_dose_in_the_next_clause(analyse):
    # 小儿急性血行播散型肺结核 (medical_12.json "147", prevent_info)
    text = "用于化学预防药物主要为异烟肼,剂量为10mg/(kg·d),利福平(同异烟肼)联合治疗,疗程3个月。"
    _, therapies = run(analyse, text, "prevent_info", "小儿急性血行播散型肺结核")
    first = therapies[0]
    assert (first.therapy.text, first.dose, first.dose_unit) == ("异烟肼", 10, "mg/(kg·d)")


def test_glucose_infusion_rate_route_before_and_outcome(analyse):
    # 肝性血卟啉病综合征 (medical_2.json "173", prevent_info)
    text = "急性发作时,静脉滴注10%葡萄糖液100-150ml/h,或25%葡萄糖液40-60ml/h,连续24h,配合高糖饮食能使症状迅速缓解。"
    _, therapies = run(analyse, text, "prevent_info", "肝性血卟啉病综合征")
    first, second = therapies
    assert (first.route, first.dose, first.dose_high, first.dose_unit) == ("静滴", 100, 150, "ml/h")
    assert (second.dose, second.duration_value, second.duration_unit, second.outcome) == (40, 24, "h", "缓解")


def test_route_word_in_the_drug_lexicon_is_no_therapy(analyse):
    # 其他类精神活性物质依赖 (medical_10.json "347", symptom_detail): 肌注 is a route
    text = "阿片类物质很易成瘾,例如吗啡30mg肌注,连用2周,便可成瘾。"
    _, therapies = run(analyse, text, "symptom_data/symptom_detail", "其他类精神活性物质依赖")
    assert not any(t.therapy.text == "肌注" for t in therapies)


@pytest.mark.parametrize(
    "text",
    [
        "结节性甲状腺肿宜争取早日手术治疗，防止恶化。",  # medical_5.json "217", treat
        "术后应长期服用甲状腺素，避免复发。",  # the same record, prevent_info
        "手术前，后均应使用有效的抗生素，控制继发感染。",  # xywy: an effective kind of drug
        "本病无有效的预防措施，可行手术。",
        # xywy 风湿热: what is prevented written between the cue and the outcome word
        "长期应用抗生素治疗，预防风湿热的复发。",
        "激素治疗可防止病情恶化。",
    ],
)
def test_an_outcome_to_prevent_is_no_outcome(analyse, text):
    _, therapies = run(analyse, text, "prevent_info", "结节性甲状腺肿")
    assert therapies and all(t.outcome == "" for t in therapies)


@pytest.mark.parametrize(
    ("text", "therapies"),
    [
        # xywy review 2026-12-02: the patient's past is no treatment
        ("既往有腹部手术史者易发生粘连。", []),
        ("询问有无手术及输血。", []),
        ("北京友谊医院儿科曾用中药玉屏风散治疗,每次3g,口服。", ["中药", "玉屏风散"]),  # a report of a use, no past (玉屏风散 a drug since the formula endings)
        ("发病前有应用广谱抗生素史。", []),
        ("应用广谱抗生素治疗。", ["抗生素"]),
    ],
)
def test_a_drug_or_procedure_of_the_patients_history_is_no_therapy(analyse, text, therapies):
    _, found = run(analyse, text, "symptom_data", "肠梗阻")
    assert [t.therapy.text for t in found] == therapies


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # xywy review 2026-12-02: an outcome two clause breaks past the instructions is another's
        ("手术切除为好,如不加以治疗,囊肿破裂会暂时消退。", ""),
        ("红霉素30mg/(kg·d),口服一日三次,可改善症状。", "改善"),  # the instructions reach to 三次
        ("改用三苯氧胺后,各种症状得到改善。", "改善"),
    ],
)
def test_an_outcome_binds_within_a_clause_of_the_instructions(analyse, text, outcome):
    _, therapies = run(analyse, text, "treat", "风湿热")
    assert [t.outcome for t in therapies] == [outcome]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("磺胺嘧啶对预防RF复发有效。", "有效"),  # effective at preventing: the outcome after it
        ("手术切除后复发。", "复发"),
    ],
)
def test_an_outcome_after_a_prevented_one_still_counts(analyse, text, outcome):
    _, therapies = run(analyse, text, "treat", "风湿热")
    assert [t.outcome for t in therapies] == [outcome]


@pytest.mark.parametrize(
    ("text", "therapies"),
    [
        ("1、多食用含丰富纤维素和维生素的水果、蔬菜。", []),  # xywy food_info: what food contains
        ("给予高热量、高蛋白、高维生素、易消化饮食。", []),
        ("宜吃含有叶酸丰富的食物。", []),
        ("患者平时应多食用维生素丰富的食物。", []),
        ("部分维生素B12或叶酸缺乏的巨幼细胞性贫血患者，表现为血小板减少。", []),  # a deficiency
        ("与消化不良、维生素不足等因素有关。", []),
        # still treatments: a supplement given, and food named after another clause word
        ("给予富含多种维生素的饮食，给予B族维生素，避免过多活动。", ["B族维生素"]),  # the whole name (T7 review of medical_7)
        ("使用利尿剂而饮食不好的患者也应适当补充镁。", ["利尿剂"]),  # (长期使用…患者: a risk group)
        ("妊娠后期可补充叶酸，多食新鲜蔬菜。", ["叶酸"]),
        # review: a drug given next to a diet is still given
        ("口服叶酸及富含叶酸的食物。", ["叶酸"]),
        ("糖尿病患者应在胰岛素治疗的同时控制饮食。", ["胰岛素"]),
        ("给予泼尼松治疗同时给予低盐饮食。", ["泼尼松"]),
        ("为避免因注射部位皮下脂肪改变而导致胰岛素吸收不良，应有计划地改换注射部位。", ["胰岛素"]),
        # second review: content characters inside other words
        ("高血压患者服用硝苯地平及低盐饮食。", ["硝苯地平"]),
        ("舌下含服硝酸甘油后进流质饮食。", ["硝酸甘油"]),
        ("阿托伐他汀多与低脂饮食同时应用。", ["阿托伐他汀"]),
        # third review: the content word nearest the drug counts, not the 高 of 高血压
        ("高血压患者应给予富含维生素的易消化饮食。", []),
        ("高龄孕妇应补充富含叶酸的食物。", []),
        # xywy: a diet holding enough of it; enough of a drug is still a treatment
        ("给予足够热量、维生素和易消化的食物。", []),
        ("给予足够的抗生素治疗。", ["抗生素"]),
        # xywy review: vitamins are drugs now; what the body needs, stores or is poisoned by is none
        ("正常维生素B6需要量，婴儿为0.3～0.5mg/d。", []),
        ("维生素A中毒可致颅内压增高，应停用。", []),
        ("每天服用100～200毫克的维生素C。", ["维生素C"]),
        # a nutrient needs a word of treatment: a dose alone is what food holds or the body needs
        ("一杯甘蓝只包含了50mg的维生素C和13U的维生素E。", []),
        ("约需要0.4mg维生素E。", []),
        ("预防维生素B1的缺乏。", []),
        ("应补充维生素K。", ["维生素K"]),
        ("对非母乳喂养儿,投服维生素E 0.5～1.5mg/d。", ["维生素E"]),  # third review: 投服 gives it
    ],
)
def test_a_nutrient_of_food_or_a_deficiency_is_no_therapy(analyse, text, therapies):
    _, found = run(analyse, text, "nursing_info", "贫血")
    assert [t.therapy.text for t in found] == therapies


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("雌性激素偶尔可以引起无巨核细胞性血小板减少", "无巨核细胞性血小板减少"),  # xywy: no lab row 血小板 减少 negated
        ("表现为无黄疸型肝炎", "无黄疸型肝炎"),
        ("胆囊炎中无结石性胆囊炎约占5%", "无结石性胆囊炎"),
        ("某些免疫缺陷病如无丙种球蛋白血症", "无丙种球蛋白血症"),  # xywy: not a negated 球蛋白
        ("无脉病等也可引起视神经损害", "无脉病"),  # xywy: pulseless disease
    ],
)
def test_a_disease_named_by_what_is_absent_is_one_mention_and_not_negated(analyse, text, term):
    _, entities, _, assertions = analyse(text)
    found = {(e.text, a.modifier) for e, a in zip(entities, assertions)}
    assert (term, "present") in found or (term, "rare") in found
    labs, _ = run(analyse, text)
    assert not any(lab.assertion == "negated" for lab in labs)


def test_a_test_named_with_its_alias_keeps_what_its_percentages_are(analyse):
    # xywy: a saturation of 80% is a value, not 80% of the patients
    labs, _ = run(analyse, "严重者血氧饱和度(SaO2)为80%。")
    assert [(lab.test.text, lab.value_low, lab.unit, lab.freq_pct) for lab in labs] == [
        ("血氧饱和度(SaO2)", 80.0, "%", None)
    ]


@pytest.mark.parametrize(
    ("text", "therapies"),
    [
        # review of xywy medical_10–11: causes, settings and risks named around a procedure or drug
        ("外阴前庭炎通常在一些激发因素(如手术，分娩，感染)影响下急性发作。", []),
        ("血液透析相关性淀粉样变性病。", []),
        ("吻合手术并发内疝的报道。", []),
        ("少部分患者是因为其他疾病剖腹手术时偶然发现。", []),
        ("放疗期间忌服辛辣香燥等刺激性食物。", []),
        ("应减少抗生素的使用次数。", []),
        ("研究显示应用β-胡萝卜素可以降低体内40%的维生素E水平。", []),
        # review of xywy medical_12–13: risk groups, disinfectants, what a finding relates to,
        # a procedure as the setting
        ("结素试验阳性小儿需较长期使用肾上腺皮质激素或其他免疫抑制剂者。", []),
        ("长期服用肾上腺皮质激素病人。", []),
        ("接触者双手用0.1%过氧乙酸消毒。", []),
        ("与移植后多次输血有关。", []),
        ("应提高手术操作水平。", []),
        ("可长期服用小剂量秋水仙碱。", ["秋水仙碱"]),  # no group: a long course of treatment
        ("长期服用阿司匹林可降低患者再梗死率。", ["阿司匹林"]),  # the drug acts on the patients
        ("长期服用泼尼松或者环磷酰胺。", ["泼尼松", "环磷酰胺"]),  # 或者 names no group
        # therapies review of medical_2 (2026-12-05): before and after an operation is its time
        ("讲解手术前后有关康复知识。", []),
        # still treatments: the clause ends with the anchor, a use word gives it, an outcome follows,
        # a delay is avoided, the amount is reduced
        ("对发生的内疝施行手术时，应注意。", ["手术"]),
        ("舌下含服硝酸甘油时应坐下。", ["硝酸甘油"]),
        ("避免延误手术时机。", ["手术"]),
        ("逐渐减少泼尼松用量至5mg/d。", ["泼尼松"]),
    ],
)
def test_a_cause_a_setting_or_a_risk_is_no_therapy(analyse, text, therapies):
    _, found = run(analyse, text, "symptom_data/symptom_detail", "某病")
    assert [t.therapy.text for t in found] == therapies


@pytest.mark.parametrize(
    ("text", "outcomes"),
    [
        # review of xywy medical_8–9: failures named as conditions, rates and attributes
        ("硝酸甘油无缓解。", {"硝酸甘油": "无效"}),
        ("内科保守治疗无效时尽快手术。", {"保守治疗": None, "手术": None}),
        ("使化疗的有效率较低。", {"化疗": None}),
    ],
)
def test_an_outcome_word_that_is_a_condition_or_a_rate_is_no_outcome(analyse, text, outcomes):
    _, found = run(analyse, text, "treat_info", "某病")
    assert {t.therapy.text: t.outcome or None for t in found} == outcomes


def test_a_herb_is_tcm(analyse):
    _, found = run(analyse, "蒲公英、板蓝根、金银花各30克,煎服。", "treat_info", "某病")
    assert {t.therapy.text: t.category for t in found} == {"蒲公英": "tcm", "板蓝根": "tcm", "金银花": "tcm"}


def test_in_a_nursing_section_an_operation_is_a_setting_too(analyse):
    # therapies review of medical_2 (2026-12-05): the time of the advice in any section, no treatment
    text = "手术时应操作轻巧，避免眼内容溢出过快。"
    norm, entities, quantities, assertions = analyse(text, "nursing_info", "青光眼")
    own = extract_therapies(norm, entities, quantities, assertions, about_treatment=True)
    elsewhere = extract_therapies(norm, entities, quantities, assertions)
    assert own == [] and elsewhere == []


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        # review of xywy medical_10–11: a route after 或, 和, 及 or 、 opens another item
        ("便秘时可用开塞露或灌肠。", {"开塞露": ""}),
        ("静脉推注50%葡萄糖和肌注胰高血糖素。", {"葡萄糖": "静注", "胰高血糖素": "肌注"}),
        # a therapy after the 、: the route after the last is shared
        ("激素、抗生素静滴。", {"激素": "静滴", "抗生素": "静滴"}),
    ],
)
def test_a_route_after_a_list_word_is_another_items(analyse, text, routes):
    _, found = run(analyse, text, "nursing_info", "某病")
    assert {t.therapy.text: t.route for t in found} == routes


def test_conservative_treatment_is_no_surgery(analyse):
    _, found = run(analyse, "非手术治疗无效者应立即手术探查。", "nursing_info", "肠扭转")
    assert [(t.therapy.text, t.category, t.outcome) for t in found][0] == ("非手术治疗", "supportive", "无效")


@pytest.mark.parametrize(
    ("text", "therapies"),
    [
        # second review (xywy medical_6–7): complications and rates of a treatment are no causes
        ("少儿手术的危险性大、并发症多。", ["手术"]),
        ("应用硫糖铝组肺炎的发生率为10%～19%。", ["硫糖铝"]),
        ("手术时常难以彻底切除。", ["手术"]),
        # what a drug or operation brings about still is a cause
        ("口服避孕药可产生黄褐斑。", []),
        ("白内障手术后继发青光眼。", []),
    ],
)
def test_second_review_causes_and_their_exceptions(analyse, text, therapies):
    _, found = run(analyse, text, "symptom_data/symptom_detail", "某病")
    assert [t.therapy.text for t in found] == therapies


def test_an_effect_lasts_only_after_a_word_of_effect(analyse):
    _, found = run(analyse, "静滴地塞米松,疗效可维持7～15天。", "nursing_info", "某病")
    assert (found[0].effect_low, found[0].effect_high) == (7, 15)
    _, found = run(analyse, "口服泼尼松10mg,头痛持续30min到几个小时。", "nursing_info", "某病")
    assert found[0].effect_low is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # review of xywy medical_2–3 (labs): cells of a tissue are no lab subjects; adverbs and
        # words of activity may stand between a test and its result; 恢复正常 and 低下 are results
        ("腺管上皮细胞增生。", set()),
        ("骨髓中浆细胞增多。", {("浆细胞", "up")}),
        ("血压突然升高。", {("血压", "up")}),
        ("溶菌酶活性降低。", {("溶菌酶", "down")}),
        ("体温恢复正常。", {("体温", "normal")}),
        ("HLA-B27阳性。", {("HLA-B27", "positive")}),
    ],
)
def test_labs_review_subjects_fillers_and_results(analyse, text, found):
    labs, _ = run(analyse, text, "symptom_data/symptom_detail", "某病")
    assert {(f.test.text, f.direction) for f in labs} == found


@pytest.mark.parametrize(
    ("text", "assertion"),
    [
        # review of xywy medical_2–3 (labs): a value that is a threshold or a target is no finding
        ("体温<31℃时，应加用热风。", "hypothetical"),
        ("但心率超过160次/分时，应引起注意。", "hypothetical"),
        ("若收缩压>180mmHg，应立即降压。", "hypothetical"),
        # a value the patients have stays the finding
        ("体温多在38～39℃。", "present"),
        ("早期发病者的血钙常低于1.75mmol/L。", "present"),
    ],
)
def test_a_threshold_or_target_value_is_hypothetical(analyse, text, assertion):
    labs, _ = run(analyse, text, "symptom_data/symptom_detail", "某病")
    assert [lab.assertion for lab in labs if lab.value_low is not None] == [assertion]


@pytest.mark.parametrize(
    "text",
    [
        "有人认为Y染色体降低了男性胎儿的生长速度。",  # 性心理障碍 (medical_5): 了 and an object
        "动脉内灌注胰高血糖素可显著增加肝脏和肠道血流量。",  # 门静脉高压 (medical_5): 可显著 + object
    ],
)
def test_a_change_verb_with_an_object_is_no_result_of_the_test(analyse, text):
    labs, _ = run(analyse, text, "cause_info", "某病")
    assert labs == []


@pytest.mark.parametrize(("text", "direction"), [
    ("白细胞可显著增高。", "up"), ("血钾降低了。", "down"),
    ("血钙可显著降低而出现手足搐搦现象。", "down"),  # 胰腺炎 (medical_0): 而 opens the next verb
    ("血清胰多肽也可显著增高时,应疑及本病的可能。", "up"),  # 时: a condition, but a result
])
def test_a_change_verb_without_an_object_stays_the_result(analyse, text, direction):
    labs, _ = run(analyse, text, "symptom_data/symptom_detail", "某病")
    assert [f.direction for f in labs] == [direction]


def test_a_class_followed_by_an_example_leaves_the_examples_dose_to_it(analyse):
    # new-user review (2026-12-04): the class took the dose of a drug no dictionary knew
    text = "或非甾体抗炎药(NSAIDs)如依托考昔120mg口服,每日1次。可用抗生素如青霉素80万U肌注。"
    _, therapies = run(analyse, text, "治疗", "痛风")
    got = {t.therapy.text: (t.dose, t.dose_unit, t.route) for t in therapies}
    assert got["非甾体抗炎药"] == (None, "", "")
    assert got["抗生素"] == (None, "", "") and got["青霉素"] == (80, "万U", "肌注")


@pytest.mark.parametrize("text", ["泼尼松如无效可加至60mg口服。", "泼尼松如患者耐受可加至60mg口服。",
                                  "泼尼松如效果不佳可加量至60mg口服。"])
def test_an_if_after_a_drug_is_no_example(analyse, text):
    _, therapies = run(analyse, text, "治疗", "痛风")
    [prednisone] = therapies
    assert (prednisone.dose, prednisone.route) == (60, "口服")


def test_heparin_is_no_class_with_examples(analyse):
    # code review (2026-12-04): 肝素 ends like 激素 but is one drug; its 如 is "if"
    _, therapies = run(analyse, "肝素如持续静脉滴注,每小时1000U。", "治疗", "肺栓塞")
    [heparin] = [t for t in therapies if t.therapy.text == "肝素"]
    assert heparin.route == "静滴"

