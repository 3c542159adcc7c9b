import pytest
from spacy import displacy

from pipeline.language import load
from tests.helpers import MINI_DICTIONARIES


@pytest.fixture(scope="module")
def nlp():
    return load(MINI_DICTIONARIES)


def test_entities_are_doc_ents_with_label_canonical_and_source(nlp):
    doc = nlp("使用泼尼松无效的患者改用三苯氧胺(Tamoxfen)后，色素沉着减轻。")
    assert [(e.text, e.label_, e.kb_id_, e._.source) for e in doc.ents] == [
        ("三苯氧胺", "drug", "他莫昔芬", "entities/mini.tsv"),
        ("色素沉着", "symptom", "色素沉着", "entities/mini.tsv"),
    ]


def test_offsets_index_the_original_text_even_when_it_is_full_width(nlp):
    text = "血清ＩＬ－６和TNF-a阳性"
    doc = nlp(text)
    assert [(text[e.start_char:e.end_char], e.label_) for e in doc.ents] == [("ＩＬ－６", "test"), ("TNF-a", "test")]


def test_a_match_inside_a_jieba_token_splits_that_token(nlp):
    # 浆细胞骨髓瘤 is not in the dictionary; 骨髓瘤 (3 chars) is taken even if jieba glues it on
    doc = nlp("伴浆细胞骨髓瘤者")
    assert [e.text for e in doc.ents] == ["骨髓瘤"]
    assert doc.text == "伴浆细胞骨髓瘤者"


def test_displacy_renders_our_entities(nlp):
    html = displacy.render(nlp("呈弥漫性色素沉着"), style="ent")
    assert "色素沉着" in html and "SYMPTOM" in html.upper()


def test_nested_mentions_are_in_the_span_group_not_in_doc_ents(nlp):
    doc = nlp("血沉增快")
    assert [e.text for e in doc.ents] == ["血沉增快"]
    assert [(s.text, s.label_, s._.nested) for s in doc.spans["medical"]] == [
        ("血沉增快", "symptom", False),
        ("血沉", "test", True),
    ]


def test_splitting_tokens_keeps_every_span_group_in_place(nlp):
    from pipeline.entities.component import align_tokens

    doc = nlp("血清IL-6水平增加，呈弥漫性色素沉着")
    before = [(s.start_char, s.end_char, s.label_, s._.source) for s in doc.spans["medical"]]
    doc = align_tokens(doc, {13})  # cut 弥漫性 into 弥|漫性
    assert [t.text for t in doc][6:8] == ["弥", "漫性"]
    assert [(s.start_char, s.end_char, s.label_, s._.source) for s in doc.spans["medical"]] == before


def test_doc_entities_hold_the_mentions_the_spans_show(nlp):
    doc = nlp("血沉增快，血清VEGF水平升高")
    assert [(e.text, e.label, e.nested) for e in doc._.entities] == [
        (s.text, s.label_, s._.nested) for s in doc.spans["medical"]
    ]
    vegf = next(s for s in doc.spans["medical"] if s.text == "VEGF")
    assert (vegf._.abbr, vegf.kb_id_) == ("VEGF", "血管内皮生长因子")


def test_a_span_the_user_adds_has_the_extension_defaults(nlp):
    doc = nlp("呈弥漫性色素沉着")
    mine = doc.char_span(0, 1, label="symptom")
    assert (mine._.source, mine._.nested, mine._.abbr, mine._.assertion, mine._.cue) == ("", False, "", "present", "")


def test_mentions_replaced_after_context_do_not_take_other_mentions_assertions(nlp):
    from pipeline.entities.component import set_mentions

    doc = nlp("无水肿，伴血沉增快")
    assert [(s.text, s._.assertion) for s in doc.ents] == [("水肿", "negated"), ("血沉增快", "present")]
    doc = set_mentions(doc, doc._.entities[1:])
    assert [(s.text, s._.assertion) for s in doc.ents] == [("血沉增快", "present")]


def test_aligning_tokens_keeps_the_text_of_a_doc_with_spaces(nlp):
    from spacy.tokens import Doc

    from pipeline.entities.component import align_tokens

    doc = Doc(nlp.vocab, words=["ab", "cd"], spaces=[True, False])
    assert align_tokens(doc, {1}).text == "ab cd"


def test_char_spans_are_what_doc_char_span_gives_at_every_offset(nlp):
    from pipeline.entities.component import char_spans

    doc = nlp("血清IL-6 水平增加，\n呈弥漫性色素沉着")
    size = len(doc.text)
    offsets = [(start, end, "test", "kb") for start in range(-2, size + 3) for end in range(max(start, 0), size + 3)]
    expected = [doc.char_span(start, end, label=label, kb_id=kb) for start, end, label, kb in offsets]
    found = char_spans(doc, offsets)
    assert sum(span is not None for span in expected) > 20
    assert [(s.start, s.end, s.label_, s.kb_id_) if s is not None else None for s in found] == [
        (s.start, s.end, s.label_, s.kb_id_) if s is not None else None for s in expected
    ]


@pytest.mark.parametrize(
    "text, mentions",
    [
        # 肾上腺 is part of the word 肾上腺素, not the gland (review 2026-12-02 night: the hormone is a test)
        ("静脉推注肾上腺素", [("肾上腺素", "test")]),
        ("前列腺素偏高", [("前列腺素", "test")]),
        ("高血压患者多见", [("高血压", "disease")]),
        # curated segmentation words (build_segmentation_words.tsv) keep the common word whole
        ("精神神经症状的改变", [("精神神经症状", "symptom")]),  # neural symptoms, not 神经症 (a neurosis) + 状
        ("宜食高热能的食物", []),  # high-calorie, not 高热 (a high fever) + 能
        ("患者有神经症和高热", [("神经症", "disease"), ("高热", "symptom")]),
        # 病变 outweighs 变 (build_segmentation_words.tsv): a lesion, not 心脏病 + 变; one finding with its site
        ("心脏病变", [("心脏病变", "symptom")]),
        ("糖尿病人", [("糖尿病", "disease")]),
    ],
)
def test_a_term_ending_inside_a_word_is_a_mention_only_before_a_compound_head(text, mentions):
    from pipeline.doc_values import doc_value

    doc = load(span_views=False)(text)
    assert [(e.text, e.label) for e in doc_value(doc, "entities") if not e.nested] == mentions


@pytest.mark.parametrize(
    "text, mentions",
    [
        # xywy: 性 ends the word before it, so no 性障碍, 性病 or 性窒息 is found there …
        ("需与胃肠道功能性障碍相鉴别", [("胃肠道", "body")]),
        ("以脊髓局灶性病变为特征", [("脊髓", "body")]),
        ("呼吸完全停止者为完全性窒息", [("完全性窒息", "symptom")]),  # rule 14 joins the qualifier whole
        # … but where jieba starts a word with it
        ("出现性欲减退", [("性欲减退", "symptom")]),
        ("女性性交疼痛", [("性交疼痛", "symptom")]),
        # … or after a character jieba glues it to (review: 梗阻及性功能障碍, medical_2)
        ("梗阻及性功能障碍", [("梗阻", "symptom"), ("性功能障碍", "disease")]),
        ("可有性功能障碍", [("性功能障碍", "disease")]),
    ],
)
def test_a_term_opening_with_a_word_final_character_must_start_a_word(text, mentions):
    from pipeline.doc_values import doc_value

    doc = load(span_views=False)(text)
    assert [(e.text, e.label) for e in doc_value(doc, "entities") if not e.nested] == mentions


def _read_from_tokens(doc):
    return [t.idx for t in doc], [t.idx + len(t) for t in doc]


def test_token_offsets_follow_the_doc_when_a_pipe_retokenized_it(nlp):
    from pipeline.entities.component import align_tokens, token_offsets

    doc = nlp.make_doc("血清IL-6 水平增加，\n呈弥漫性色素沉着")
    assert token_offsets(doc) == _read_from_tokens(doc)
    aligned = align_tokens(doc, {16})  # a cut inside a token: one token more
    assert token_offsets(aligned) == _read_from_tokens(aligned)
    doc = nlp.make_doc("患者发热头痛乏力")
    with doc.retokenize() as retokenizer:  # one merge and one split: as many tokens as before
        retokenizer.merge(doc[0:2])
        retokenizer.split(doc[2], ["头", "痛"], heads=[(doc[2], 0), (doc[2], 0)])
    assert [t.text for t in doc] == ["患者发热", "头", "痛", "乏力"]
    assert token_offsets(doc) == ([0, 4, 5, 6], [4, 5, 6, 8])


def test_token_offsets_of_a_doc_from_another_tokenizer(nlp):
    from spacy.tokens import Doc

    from pipeline.entities.component import token_offsets

    doc = Doc(nlp.vocab, words=["ab", "cd", "e"], spaces=[True, False, False])
    assert token_offsets(doc) == ([0, 3, 5], [2, 5, 6])


def test_the_shipped_dictionaries_name_hydroxychloroquine_not_chloroquine_inside_it():
    doc = load()("口服羟氯喹或氯喹")
    assert [(e.text, e.label) for e in doc._.entities] == [("羟氯喹", "drug"), ("氯喹", "drug")]


def test_the_shipped_dictionaries_find_bleeding_alone_but_not_inside_longer_words():
    # 出血 was a stopword ("too broad"); alone it is a symptom (CMeEE), cMedQANER F1 +0.8 points
    doc = load()("继发出血亦非罕见，出血性疾病，脑出血")
    assert [(e.text, e.label) for e in doc._.entities] == [("出血", "symptom"), ("出血性疾病", "disease"), ("脑出血", "disease")]


def test_bare_infection_and_inflammation_are_diseases_but_a_bare_tumour_or_poisoning_is_none():
    # cMedQANER labels 感染 and 炎症 diseases; a bare 肿瘤 mostly refers back to the record's
    # own tumour and a bare 中毒 ends a poisoning the dictionaries lack (阿片|中毒): stopwords
    doc = load()("易合并感染，局部有炎症，肿瘤较大，误服后中毒")
    assert [(e.text, e.label) for e in doc._.entities if e.label != "body"] == [("感染", "disease"), ("炎症", "disease")]


def test_the_shipped_dictionaries_name_vitamins_drugs_and_chromosomes_body_parts():
    # xywy review: 补充维生素A and 常染色体隐性遗传 were read as tests (1,322 and 908 mentions in
    # 1,000 records); 染色体核型分析 is the test. An inheritance mode names no chromosome of the
    # patient (mentions review of medical_12, 2026-12-05: other_senses.tsv), but 常染色体隐性遗传病
    # is one disease
    doc = load()("多补充维生素A和β-胡萝卜素，属常染色体隐性遗传，应做染色体核型分析，常染色体位于核内")
    assert [(e.text, e.label) for e in doc._.entities if not e.nested] == [
        ("维生素A", "drug"), ("β-胡萝卜素", "drug"), ("染色体核型分析", "test"), ("常染色体", "body"),
    ]
    assert [(e.text, e.label) for e in load()("本病为常染色体隐性遗传病")._.entities if not e.nested] == [
        ("常染色体隐性遗传病", "disease")]


def test_the_shipped_dictionaries_name_frequent_findings_no_list_had():
    # xywy review 2026-12-02: each was found only by its last word (摩擦音, 疱疹, 囊肿, 水肿) or not at all
    doc = load()("可闻及心包摩擦音，伴肾功能损害，见汗疱疹、胰腺假性囊肿及黏液水肿")
    assert [e.text for e in doc._.entities if not e.nested and e.label != "body"] == [
        "心包摩擦音", "肾功能损害", "汗疱疹", "胰腺假性囊肿", "黏液水肿",  # the site joined (rule 7)
    ]


@pytest.mark.parametrize(
    "text, mentions",
    [
        # review of xywy medical_14–15: words no list had, and labels the lists had wrong
        ("在血管破口周围形成血肿", [("血管", "body"), ("血肿", "symptom")]),
        ("若兼见心烦口干", [("心烦", "symptom"), ("口干", "symptom")]),
        ("大多数患者有器质性心脏病", [("器质性心脏病", "disease")]),
        ("动脉粥样硬化或高血压等慢性疾病", [("动脉粥样硬化", "disease"), ("高血压", "disease")]),
        # other senses (other_senses.tsv): weather in advice, a food's warmth, a garment
        ("避免受风寒", []),
        ("感受风寒之邪", [("风寒", "disease")]),
        ("忌羊肉等温热性食物", []),
        ("用眼应以不觉疲倦为度", []),  # how long to use the eyes (symptoms re-review of medical_10)
        ("部分患者早期表现疲倦", [("疲倦", "symptom")]),
        # symptoms review of medical_8 (2026-12-05): a microbe's name, no abscess nor ulcer
        ("皮肤软组织若为脓肿分枝杆菌引起", [("皮肤", "body"), ("软组织", "body"), ("分枝杆菌", "microbe")]),
        ("溃疡分枝杆菌常引起小腿无痛性结节", [("分枝杆菌", "microbe"), ("小腿无痛性结节", "symptom")]),
        ("形成局限性脓肿和溃疡", [("局限性脓肿", "symptom"), ("溃疡", "symptom")]),
        ("阴囊袋内裤", []),
        ("该疗法运用范围比较狭窄", []),  # a narrow range of use (the POEMS seed), no stenosis
        ("意识范围狭窄", [("狭窄", "symptom")]),
        # second review (xywy medical_0–1)
        ("右心室增大伴肺泡积液", [("右心室", "body"), ("肺泡积液", "symptom")]),
        # review of xywy medical_15 (2026-12-02, night)
        ("宜低脂肪、低胆固醇食品", []),  # a nutrient of food, no lab test
        ("以致齿牙宣露", []),  # teeth exposed, no disease
        ("避免各种耳毒性药物", []),  # ototoxic, no body part
        ("不暴饮暴食,避免过劳", []),  # behaviours in advice, no symptoms
        ("上腹部隐痛,有触痛", [("上腹部隐痛", "symptom"), ("触痛", "symptom")]),
        # review of xywy medical_6–7 (2026-12-02, night)
        ("当站立,紧张激动时加重", []),  # a trigger, no symptom
        ("服用后可解除紧张", []),  # relieving tension, no symptom
        ("常发生在创伤,行走和运动后", [("创伤", "disease")]),  # an injury, as 外伤
        ("自主神经功能紊乱", [("自主神经功能紊乱", "symptom")]),  # the whole site
        ("巨噬细胞积聚", [("巨噬细胞", "body")]),
        ("不可看惊险紧张的影视片", []),
        ("乳腺导管内癌", [("乳腺", "body")]),
        ("烟碱中毒", [("烟碱中毒", "disease")]),
        # review of xywy medical_4 (2026-12-03): symptom words no list had
        ("心悸,潮热,出汗", [("心悸", "symptom"), ("潮热", "symptom"), ("出汗", "symptom")]),
        ("咳嗽,气促,全身乏力", [("咳嗽", "symptom"), ("气促", "symptom"), ("全身乏力", "symptom")]),
        ("亦可在新部位发疹", [("发疹", "symptom")]),
        ("出疹性发热", [("出疹性发热", "symptom")]),  # an adjective of the longer name, no rash (rule 14 joins it)
        # review of xywy medical_5 (2026-12-03): words no list had, and senses the lists had wrong
        ("心排出量降低,排尿困难", [("心排出量降低", "symptom"), ("排尿困难", "symptom")]),  # the test nested
        ("可见丘疱疹和小结节", [("丘疱疹", "symptom"), ("小结节", "symptom")]),
        ("炎症细胞浸润", [("炎症细胞浸润", "symptom")]),  # the cells (炎症细胞, a body part) nested: rule 7 with 细胞浸润
        ("生精功能下降,给予抗病毒治疗", [("抗病毒治疗", "procedure")]),  # spermatogenesis, an effect: no drugs
        # (抗病毒治疗 a treatment term since the therapies review of medical_7, T7 class 1)
        ("酵母样菌", [("酵母", "microbe")]),
        # review of xywy medical_6–8 (2026-12-03): terms a longer jieba word hid, named diseases
        ("肘关节肿胀,皮肤出血点", [("肘关节肿胀", "symptom"), ("皮肤出血点", "symptom")]),
        ("神经节苷脂沉积", []),  # gangliosides, no ganglion
        ("并发溶血性贫血和气胸", [("溶血性贫血", "disease"), ("气胸", "disease")]),
        ("偏头痛伴湿疹", [("偏头痛", "disease"), ("湿疹", "disease")]),
        # one procedure with its site (rule 13, procedure_heads.tsv: CMeEE writes 主动脉造影 as one pro)
        ("主动脉造影示大血管受压", [("主动脉造影", "procedure"), ("大血管", "body")]),
        ("椎动脉造影", [("椎动脉造影", "procedure")]),
        ("巨大血管瘤", [("血管瘤", "disease")]),  # a giant vessel tumour, no great vessels
        ("膀胱结石和体癣", [("膀胱结石", "disease"), ("体癣", "disease")]),  # head words 结石, 癣
        # review of xywy medical_4 and medical_7 (2026-12-03, frequencies): subjects no list had
        ("可有颈痛和眼部抽动", [("颈痛", "symptom"), ("眼部抽动", "symptom")]),  # 颈痛 was a drug
        ("皮损中马拉色菌检出率高", [("皮损", "symptom"), ("马拉色菌", "microbe")]),
        ("EEG异常,肌阵挛发作", [("EEG", "procedure"), ("肌阵挛发作", "symptom")]),
        # drug scan (2026-12-03): herbs and drugs before their doses
        ("白术15g,茯苓30g,哌替啶50mg", [("白术", "drug"), ("茯苓", "drug"), ("哌替啶", "drug")]),
        # review of xywy medical_10–11 (2026-12-03, abbreviations): names the definitions cut at 抑制
        ("ACEI类降压药,下丘脑PIF", [("ACEI", "drug"), ("降压药", "drug"), ("下丘脑", "body"), ("PIF", "test")]),
        # review of xywy medical_8–9 (2026-12-03, symptoms): findings no list had, and other senses
        ("偏瘫,失语,咽下困难", [("偏瘫", "symptom"), ("失语", "symptom"), ("咽下困难", "symptom")]),
        ("易发生室性心动过速", [("室性心动过速", "symptom")]),
        ("应用抗心律失常药物", [("抗心律失常药物", "drug")]),  # a drug class (therapies review T6 of medical_6), no arrhythmia
        ("分为坏死型,肉芽肿型", []),  # pathological types, no necrosis nor granuloma (a symptom before 型: a subtype)
        ("熟睡后咳嗽反射减弱", [("咳嗽反射减弱", "symptom")]),
        # review of xywy medical_9 and 13 (2026-12-03, mentions)
        ("性格改变和精神症状,突眼,异物感", [("性格改变", "symptom"), ("精神症状", "symptom"), ("突眼", "symptom"),
                                        ("异物感", "symptom")]),
        ("以大肠埃希杆菌多见", [("大肠埃希杆菌", "microbe")]),  # not the colon
        ("妊娠头4个月", []),  # the first months, no head
        # review of xywy medical_12 and 14 (2026-12-03, symptoms)
        ("可致失明,倦怠,烦渴", [("失明", "symptom"), ("倦怠", "symptom"), ("烦渴", "symptom")]),
        ("手指发凉、苍白", [("手指", "body"), ("苍白", "symptom")]),
        ("苍白球受损,绝经后阴道流血", [("苍白球", "body"), ("阴道流血", "symptom")]),  # the globus pallidus (a term since round 12), a time of life
        # review of xywy medical_10 and 15 (2026-12-03, mentions): brain parts, 流感, its bacterium
        ("丘脑和脑干受累,眼震", [("丘脑", "body"), ("脑干", "body"), ("眼震", "symptom")]),
        ("类似流感,流感杆菌感染", [("流感", "disease"), ("流感杆菌感染", "disease")]),
        # review of xywy medical_13 and 15 (2026-12-03, symptoms)
        ("肉眼血尿或镜下血尿,发冷,溢泪", [("肉眼血尿", "symptom"), ("镜下血尿", "symptom"), ("发冷", "symptom"),
                                        ("溢泪", "symptom")]),
        # review of xywy medical_11 and 12 (2026-12-03, mentions)
        ("变态反应,性激素,卵泡", [("变态反应", "symptom"), ("性激素", "test"), ("卵泡", "body")]),
        ("血管活性激素和卵泡抑制蛋白", [("血管", "body")]),  # no sex hormone, no follicle
        # review of xywy medical_4–5 (2026-12-03, mentions): short forms, longer terms, other senses
        ("金葡菌,表葡菌", [("金葡菌", "microbe"), ("表葡菌", "microbe")]),
        ("以上腹部不适最常见", [("上腹部不适", "symptom")]),  # jieba cuts 以上|腹部
        ("腓骨小头处压痛", [("腓骨", "body"), ("压痛", "symptom")]),  # the head of a bone, no microcephaly
        ("大疱型脓疱疮,融合成大疱", [("大疱型脓疱疮", "disease"), ("大疱", "symptom")]),  # rule 14
        # review of xywy medical_14–15 (2026-12-03, symptoms): TCM signs, short forms, diseases
        ("舌淡,苔白,脉细,便溏", [("舌淡", "symptom"), ("苔白", "symptom"), ("脉细", "symptom"), ("便溏", "symptom")]),
        ("舌淡红,苔薄白", [("苔薄白", "symptom")]),  # the normal tongue
        ("并发颅内出血或角膜溃疡", [("颅内出血", "disease"), ("角膜溃疡", "disease")]),
    ],
)
def test_reviewed_words_and_their_other_senses(text, mentions):
    from pipeline.doc_values import doc_value

    doc = load(span_views=False)(text)
    assert [(e.text, e.label) for e in doc_value(doc, "entities") if not e.nested] == mentions


def test_the_shipped_dictionaries_name_a_spread_a_finding_but_a_fracture_or_dislocation_a_disease():
    # symptoms re-review of medical_10, 2026-12-05: 骨转移 and 肺部转移 are findings of a cancer again
    # (除肺和骨转移之外); 骨折 and 脱位 stay disease heads (build_head_words.tsv), but 晶状体脱位
    # or 半脱位 is a sign (curated.tsv); 骨转移癌 is one disease (finding_heads.tsv 癌)
    doc = load()("晚期有肺部转移、骨转移，可见晶状体脱位或半脱位，颅骨骨折伴肘关节脱位，骨转移癌较少")
    assert [(e.text, e.label) for e in doc._.entities if not e.nested] == [
        ("肺部转移", "symptom"), ("骨转移", "symptom"), ("晶状体脱位或半脱位", "symptom"), ("颅骨骨折", "disease"),
        ("肘关节脱位", "disease"), ("骨转移癌", "disease"),
    ]
