from dataclasses import replace

from pipeline.entities import DictionaryMatcher
from pipeline.lexicon.loader import Lexicon, LexiconEntry, load_lexicon
from tests.helpers import MINI_DICTIONARIES

MATCHER = DictionaryMatcher(load_lexicon(MINI_DICTIONARIES))


def found(text, starts=None, ends=None):
    return [(e.text, e.label) for e in MATCHER.find(text, starts, ends)]


def test_longest_match_wins_over_the_term_inside_it():
    assert found("最常见为骨硬化性骨髓瘤") == [("骨硬化性骨髓瘤", "disease")]


def test_latin_terms_do_not_match_inside_latin_words_or_numbers():
    assert found("IL-60与CTA") == []
    assert found("检测到HHV-8DNA序列") == [("HHV-8", "microbe")]
    assert found("半数病人的T3T4偏低") == [("T3", "test"), ("T4", "test")]


def test_a_term_of_letters_is_not_found_before_a_digit():
    assert found("CT2示阴影,CT示阴影") == [("CT", "procedure")]  # CT2 is another code


def test_greek_letters_are_part_of_latin_words():
    assert found("TGF-β2升高,TNF-αR阳性") == []
    assert found("TGF-β和TNF-α阳性,IL-6正常") == [("TGF-β", "test"), ("TNF-α", "test"), ("IL-6", "test")]


def test_short_terms_must_align_with_jieba_tokens():
    text = "但不适合非骨髓瘤患者"
    # tokens: 但|不|适合|非|骨髓瘤|患者 — 不适 would cut through 适合
    starts, ends = [0, 1, 2, 4, 5, 8], [1, 2, 4, 5, 8, 10]
    assert found(text, starts, ends) == [("骨髓瘤", "disease")]
    assert ("不适", "symptom") in found(text)  # without tokens the rule is not applied


def test_a_longer_term_ending_inside_a_jieba_word_needs_a_compound_head_after_it():
    # one jieba word each: 病 is a compound head (高血压|病, 淋巴结|炎), 素 is none (肾上腺素)
    assert found("骨髓瘤病", [0], [4]) == [("骨髓瘤", "disease")]
    assert found("骨髓瘤素", [0], [4]) == []


def test_a_short_finding_ending_a_jieba_word_after_a_body_part_is_one_finding_with_its_site():
    # review of xywy medical_7 (symptoms): jieba writes 胆囊肿大 as one word, and rule 3 lost both
    # 胆囊 and 肿大; the word is the finding with its site (the site nested, as rule 7 writes it)
    terms = {"胆囊": "body", "肿大": "symptom", "囊肿": "symptom", "肺": "body", "充血": "symptom",
             "颅骨": "body", "骨折": "disease", "颅骨骨折": "symptom", "明显": "test", "肾上腺": "body", "素": "drug"}
    entries = {term: LexiconEntry(term, label, term, "curated", "mini.tsv", 1) for term, label in terms.items()}
    matcher = DictionaryMatcher(Lexicon(entries, (), MINI_DICTIONARIES))
    assert [(e.text, e.label, e.canonical, e.nested) for e in matcher.find("胆囊肿大", [0], [4])] == [
        ("胆囊肿大", "symptom", "胆囊肿大", False), ("胆囊", "body", "胆囊", True)
    ]
    assert [(e.text, e.label) for e in matcher.find("有肺充血", [0, 1], [1, 4])] == [("肺充血", "symptom")]
    # a term of its own keeps its label (颅骨骨折 is no disease 骨折 with a site)
    assert [(e.text, e.label) for e in matcher.find("颅骨骨折", [0], [4])][0] == ("颅骨骨折", "symptom")
    # not before the rest of the word (胆|囊肿|大), nor after a rest that is no body part
    assert matcher.find("胆囊肿大术", [0], [5]) == []
    assert matcher.find("明显肿大", [0], [4]) == []
    assert matcher.find("肾上腺素", [0], [4]) == []  # no finding: rule 3 as before
    assert found("但不适合", [0, 1, 2], [1, 2, 4]) == []


def test_a_disease_or_symptom_before_a_marker_of_likeness_is_no_mention():
    # xywy: 癫痫样发作 is an epileptiform seizure, 息肉样改变 a polypoid change (likeness_markers.tsv)
    assert found("可见骨髓瘤样改变") == []
    assert found("出现水肿样变") == []
    assert found("骨髓瘤样本") == [("骨髓瘤", "disease")]  # 样本: a sample
    assert found("与骨髓瘤一样") == [("骨髓瘤", "disease")]


def test_a_symptom_naming_a_syndrome_or_a_class_of_diseases_is_no_mention():
    # review of xywy medical_12–13 (2026-12-03, symptoms): 鸟脸畸形综合征, 运动障碍性疾病 hold no
    # finding of the patient (likeness_markers.tsv); a disease there is still one
    assert found("胎儿水肿综合征的发生") == found("及水肿性疾病") == []
    assert found("骨髓瘤综合征") == [("骨髓瘤", "disease")]
    assert found("出现水肿,综合征") == [("水肿", "symptom")]
    # review of xywy medical_10–11 (2026-12-03, mentions): a symptom before 型 names a subtype
    assert found("水肿型骨髓瘤") == [("骨髓瘤", "disease")]
    assert found("刺激水肿中枢") == []  # a centre in the brain (口渴中枢), no finding


def test_a_substance_naming_its_receptor_is_no_mention():
    # review of xywy medical_8–9 (2026-12-03, mentions): 雄激素受体 is the receptor, no hormone
    terms = {"雄激素": "test", "白细胞": "test"}
    entries = {term: LexiconEntry(term, label, term, "curated", "mini.tsv", 1) for term, label in terms.items()}
    matcher = DictionaryMatcher(replace(load_lexicon(MINI_DICTIONARIES), entries=entries))  # the shipped markers
    assert [e.start for e in matcher.find("靶器官雄激素受体不足,白细胞三烯升高,雄激素水平正常")] == [19]


def test_a_substance_before_its_level_ending_makes_one_disease():
    # xywy review: 高【球蛋白】血症 and 无【纤维蛋白原】血症 were tests (and the 无 a negation)
    terms = {"球蛋白": "test", "纤维蛋白原": "test", "血糖": "test", "病毒": "microbe", "皮质醇": "test"}
    entries = {term: LexiconEntry(term, label, term, "curated", "mini.tsv", 1) for term, label in terms.items()}
    matcher = DictionaryMatcher(Lexicon(entries, (), MINI_DICTIONARIES))
    text = "高球蛋白血症,无纤维蛋白原血症,低血糖症,病毒血症,皮质醇症"
    assert [(e.text, e.label, e.canonical) for e in matcher.find(text)] == [
        ("高球蛋白血症", "disease", "高球蛋白血症"),
        ("无纤维蛋白原血症", "disease", "无纤维蛋白原血症"),
        ("低血糖症", "disease", "低血糖症"),
        ("病毒血症", "disease", "病毒血症"),
        ("皮质醇", "test", "皮质醇"),  # a bare 症 needs 高 or 低 before the substance
    ]


def test_t3_and_t4_are_tumour_stages_or_vertebrae_in_their_other_senses():
    # xywy, other_senses.tsv: the thyroid hormones only where no stage or vertebra is meant
    assert found("血清T3，T4偏低，TSH正常") == [("T3", "test"), ("T4", "test")]
    assert found("Ⅲ期为T3N0M0") == found("T3:癌浸润肠壁全层") == found("T4期为51%") == []
    assert found("T1为8%，T2为36%，T3和T4为66%") == []  # a sentence naming T1 speaks of stages
    assert found("食管上段常位于T3~T4水平") == [] == found("NIH3T3成纤维细胞")
    assert found("T1为8%。血清T3偏低") == [("T3", "test")]  # another sentence


def test_a_body_part_opening_a_finding_is_written_into_it():
    # xywy: 冠状动脉硬化 is one disease, not the site and a bare 硬化
    terms = {"冠状动脉": "body", "动脉硬化": "disease", "股四头肌": "body", "肌无力": "symptom"}
    entries = {term: LexiconEntry(term, label, term, "curated", "mini.tsv", 1) for term, label in terms.items()}
    matcher = DictionaryMatcher(Lexicon(entries, (), MINI_DICTIONARIES))
    [entity] = matcher.find("可有冠状动脉硬化")
    assert (entity.text, entity.label, entity.canonical) == ("冠状动脉硬化", "disease", "冠状动脉硬化")
    assert [(e.text, e.nested) for e in matcher.find("股四头肌无力")] == [("股四头肌无力", False), ("股四头肌", True)]
    assert [e.text for e in matcher.find("冠状动脉和动脉硬化")] == ["冠状动脉", "动脉硬化"]
    # review: a term spanning both keeps its own canonical name (视网膜炎 is no 网膜炎)
    entries["视网膜"] = LexiconEntry("视网膜", "body", "视网膜", "curated", "mini.tsv", 1)
    entries["网膜炎"] = LexiconEntry("网膜炎", "disease", "网膜炎", "curated", "mini.tsv", 1)
    entries["视网膜炎"] = LexiconEntry("视网膜炎", "disease", "视网膜炎", "curated", "mini.tsv", 1)
    [entity] = DictionaryMatcher(Lexicon(entries, (), MINI_DICTIONARIES)).find("视网膜炎")
    assert (entity.text, entity.canonical) == ("视网膜炎", "视网膜炎")


def test_a_short_finding_opening_a_jieba_word_before_a_short_head_is_a_mention():
    # xywy medical_0–3: jieba writes 发热时, 肥胖者 and 乙肝患者 as one word each, and rule 3 lost the
    # finding; compound_heads.tsv marks 时, 者, 患者 and 病人 short: they may follow a short term too
    terms = {"发热": "symptom", "皮疹": "symptom", "肥胖": "symptom", "乙肝": "disease", "胆石": "disease",
             "感染": "disease", "肝": "body", "肝脏": "body"}
    entries = {term: LexiconEntry(term, label, term, "curated", "mini.tsv", 1) for term, label in terms.items()}
    lexicon = Lexicon(entries, (), MINI_DICTIONARIES, frozenset({"时", "者", "患者", "病", "性"}), short_heads=frozenset({"时", "者", "患者"}))
    matcher = DictionaryMatcher(lexicon)
    assert [(e.text, e.label) for e in matcher.find("发热时皮疹", [0, 3], [3, 5])] == [("发热", "symptom"), ("皮疹", "symptom")]
    assert [(e.text, e.label) for e in matcher.find("肥胖者与乙肝患者", [0, 3, 4], [3, 4, 8])] == [("肥胖", "symptom"), ("乙肝", "disease")]
    # not before a head the file does not mark short: 胆石|病 is a cut name, 感染|性 an adjective
    assert matcher.find("胆石病", [0], [3]) == [] and matcher.find("感染性", [0], [3]) == []
    # nor a finding that does not open the word, nor a body part (肝脏|时)
    assert matcher.find("再感染者", [0], [4]) == [] and matcher.find("肝脏时", [0], [3]) == []


def test_a_short_finding_ending_a_jieba_word_after_a_verb_prefix_is_a_mention():
    # xywy medical_0–3: jieba writes 患感冒, 受到感染 and 出虚汗 as one word each, and rule 3 lost the
    # finding; verb_prefixes.tsv lists the verbs and adverbs that leave it a mention (the term alone)
    terms = {"感冒": "disease", "感染": "disease", "虚汗": "symptom", "创伤": "disease", "肝": "body", "肝脏": "body"}
    entries = {term: LexiconEntry(term, label, term, "curated", "mini.tsv", 1) for term, label in terms.items()}
    matcher = DictionaryMatcher(Lexicon(entries, (), MINI_DICTIONARIES, verb_prefixes=frozenset({"患", "受到", "出"})))
    assert [(e.text, e.label, e.start) for e in matcher.find("易患感冒", [0, 1], [1, 4])] == [("感冒", "disease", 2)]
    assert [(e.text, e.label) for e in matcher.find("受到感染,出虚汗", [0, 4, 5], [4, 5, 8])] == [("感染", "disease"), ("虚汗", "symptom")]
    # not after another rest (无|创伤 is non-invasive), nor before the rest of the word, nor a body part
    assert matcher.find("无创伤", [0], [3]) == []
    assert matcher.find("患感冒者", [0], [4]) == []
    assert matcher.find("患肝脏", [0], [3]) == []


def test_a_body_part_written_right_before_a_finding_is_its_site():
    # review of xywy medical_15: 乳房包块 is one symptom with its site, as CMeEE writes it
    terms = {"乳房": "body", "包块": "symptom", "心": "body", "肾阴虚": "disease", "胫骨": "body", "结节": "symptom",
             "胫骨结节": "body"}
    entries = {term: LexiconEntry(term, label, term, "curated", "mini.tsv", 1) for term, label in terms.items()}
    matcher = DictionaryMatcher(Lexicon(entries, (), MINI_DICTIONARIES))
    assert [(e.text, e.label, e.nested) for e in matcher.find("扪及乳房包块")] == [
        ("乳房包块", "symptom", False), ("乳房", "body", True)
    ]
    assert [e.text for e in matcher.find("心肾阴虚")] == ["心", "肾阴虚"]  # one character: two organs
    assert [e.text for e in matcher.find("乳房,包块")] == ["乳房", "包块"]
    assert [(e.text, e.label) for e in matcher.find("胫骨结节")] == [("胫骨结节", "body")]  # a landmark


def test_a_site_joins_a_finding_another_rule_made():
    # mentions review of medical_13 (2026-12-04 evening): 腹部|肌肉紧张 (rule 7's own join) and
    # 下肢|迟缓性瘫痪 (rule 14's) stayed two mentions; rule 7 runs again after rule 14
    terms = {"腹部": "body", "肌肉": "body", "紧张": "symptom", "下肢": "body", "瘫痪": "symptom"}
    entries = {term: LexiconEntry(term, label, term, "curated", "mini.tsv", 1) for term, label in terms.items()}
    matcher = DictionaryMatcher(Lexicon(entries, (), MINI_DICTIONARIES))
    found = [(e.text, e.label, e.nested) for e in matcher.find("腹部肌肉紧张")]
    assert ("腹部肌肉紧张", "symptom", False) in found and ("腹部", "body", True) in found
    text = "下肢迟缓性瘫痪"
    found = [(e.text, e.label, e.nested) for e in matcher.find(text, [0, 2, 5], [2, 5, 7])]
    assert ("下肢迟缓性瘫痪", "symptom", False) in found and ("下肢", "body", True) in found


def test_a_body_part_written_right_before_a_body_head_is_one_body_part_with_it():
    # review of xywy medical_9 (mentions): 肾小球|毛细血管, 支气管|黏膜 came out as two body parts;
    # CMeEE writes such a phrase as one body mention (rule 12, body_heads.tsv)
    terms = {"肾小球": "body", "毛细血管": "body", "基底膜": "body", "支气管": "body", "黏膜": "body", "肺": "body",
             "胃": "body", "胃黏膜": "body", "肾": "body", "肾小管": "body", "上皮细胞": "body", "肾上腺": "body", "皮质醇": "test",
             "血管紧张素": "test"}
    entries = {term: LexiconEntry(term, label, term, "curated", "mini.tsv", 1) for term, label in terms.items()}
    heads = frozenset({"黏膜", "毛细血管", "血管", "基底膜", "上皮", "组织", "皮质"})
    matcher = DictionaryMatcher(Lexicon(entries, (), MINI_DICTIONARIES, body_heads=heads))
    found = lambda text: [(e.text, e.label, e.canonical) for e in matcher.find(text)]  # noqa: E731
    assert found("可见支气管黏膜") == [("支气管黏膜", "body", "支气管黏膜")]
    assert found("肾小球毛细血管基底膜") == [("肾小球毛细血管基底膜", "body", "肾小球毛细血管基底膜")]  # heads chain
    assert found("肺组织") == [("肺组织", "body", "肺组织")]  # a head that is no term of its own
    assert found("胃黏膜") == [("胃黏膜", "body", "胃黏膜")]  # a term already spans both
    assert found("肾小管上皮细胞") == [("肾小管", "body", "肾小管"), ("上皮细胞", "body", "上皮细胞")]  # 上皮细胞 runs on
    assert [e.text for e in matcher.find("肾上腺皮质醇")] == ["肾上腺", "皮质醇"]
    assert [e.text for e in matcher.find("支气管和黏膜")] == ["支气管", "黏膜"]  # a list word between
    assert [e.text for e in matcher.find("支气管,黏膜")] == ["支气管", "黏膜"]
    assert [e.text for e in matcher.find("肺泡")] == ["肺"]  # no head after the site
    # nor where a term runs on from the head that rule 3 left no candidate (jieba: 肾|血管紧张素原)
    assert [e.text for e in matcher.find("肾血管紧张素原", [0, 1], [1, 7])] == ["肾"]
    assert [e.text for e in matcher.find("肾血管收缩", [0, 1], [1, 5])] == ["肾血管"]  # jieba's 血管收缩 is no guard


def test_a_finding_written_as_the_adjective_of_another_is_one_mention_with_it():
    # xywy: 坏疽性阑尾炎 is one disease, not a gangrene and an appendicitis (rule 8)
    terms = {"坏疽": "symptom", "阑尾炎": "disease", "肝硬化": "disease", "门脉高压": "symptom",
             "出血": "symptom", "休克": "symptom", "出血性休克": "symptom"}
    entries = {term: LexiconEntry(term, label, term, "curated", "mini.tsv", 1) for term, label in terms.items()}
    matcher = DictionaryMatcher(Lexicon(entries, (), MINI_DICTIONARIES))
    [entity] = matcher.find("如坏疽性阑尾炎")
    assert (entity.text, entity.label, entity.canonical) == ("坏疽性阑尾炎", "disease", "坏疽性阑尾炎")
    assert [e.text for e in matcher.find("非肝硬化性门脉高压")] == ["非肝硬化性门脉高压"]  # the 非 is kept
    assert [e.text for e in matcher.find("而非肝硬化性门脉高压") if not e.nested] == ["肝硬化性门脉高压"]  # review: 而非 negates
    assert [e.text for e in matcher.find("原因是非肝硬化性门脉高压") if not e.nested] == ["非肝硬化性门脉高压"]  # is non-
    assert [e.text for e in matcher.find("出血性休克")] == ["出血性休克"]  # a term of its own
    assert [e.text for e in matcher.find("坏疽和阑尾炎")] == ["坏疽", "阑尾炎"]


def test_a_finding_after_jiaxing_is_its_likeness_another_finding():
    # new-user review (2026-12-04): 假性痛风 was 痛风, the record's own disease, in its differential
    terms = {"痛风": "disease", "肥大": "symptom", "假性近视": "symptom", "近视": "symptom"}
    entries = {term: LexiconEntry(term, label, term, "curated", "mini.tsv", 1) for term, label in terms.items()}
    matcher = DictionaryMatcher(Lexicon(entries, (), MINI_DICTIONARIES))
    found = lambda text: [(e.text, e.label, e.canonical) for e in matcher.find(text) if not e.nested]  # noqa: E731
    assert found("需与假性痛风相鉴别") == [("假性痛风", "disease", "假性痛风")]
    assert found("腓肠肌假性肥大") == [("假性肥大", "symptom", "假性肥大")]
    assert found("假性近视") == [("假性近视", "symptom", "假性近视")]  # a term of its own
    assert found("虚假性肥大") == [("肥大", "symptom", "肥大")]  # 虚假性: spurious, no likeness (code review)
    assert found("痛风性关节炎,性痛风") == [("痛风", "disease", "痛风"), ("痛风", "disease", "痛风")]


def test_an_organism_written_as_the_adjective_of_a_disease_is_one_mention_with_it_nested():
    # context review of xywy medical_13 (2026-12-04): CMV|性|视网膜炎 was an organism and a disease,
    # so 其发生率 after CMV性视网膜炎是…感染 had no disease opening its clause (133 joins in 10 files)
    terms = {"念珠菌": "microbe", "阴道炎": "disease", "CMV": "microbe", "视网膜炎": "disease", "病毒": "microbe",
             "病毒性肝炎": "disease", "淋球菌": "microbe", "尿道炎": "disease", "发热": "symptom"}
    entries = {term: LexiconEntry(term, label, term, "curated", "mini.tsv", 1) for term, label in terms.items()}
    matcher = DictionaryMatcher(Lexicon(entries, (), MINI_DICTIONARIES))
    found = lambda text: [(e.text, e.label, e.nested) for e in matcher.find(text)]  # noqa: E731
    assert found("外阴念珠菌性阴道炎") == [("念珠菌性阴道炎", "disease", False), ("念珠菌", "microbe", True)]
    assert found("CMV性视网膜炎是") == [("CMV性视网膜炎", "disease", False), ("CMV", "microbe", True)]
    assert found("非淋球菌性尿道炎") == [("非淋球菌性尿道炎", "disease", False)]  # 非: no gonococcus
    assert found("病毒性肝炎") == [("病毒性肝炎", "disease", False)]  # a term: its organism is no mention
    assert found("念珠菌和阴道炎") == [("念珠菌", "microbe", False), ("阴道炎", "disease", False)]
    assert found("念珠菌性发热") == [("念珠菌性发热", "symptom", False), ("念珠菌", "microbe", True)]  # rule 5 nests it


def test_a_course_written_before_a_finding_joins_it_and_keeps_its_canonical_name():
    # review of xywy medical_4–5 (2026-12-03, round 10): 慢性|湿疹 was cut to 湿疹 (rule 11)
    terms = {"湿疹": ("disease", "湿疹"), "心肌梗塞": ("disease", "心肌梗死"), "咳嗽": ("symptom", "咳嗽"),
             "急性胰腺炎": ("disease", "急性胰腺炎"), "胰腺炎": ("disease", "胰腺炎"), "肝脏": ("body", "肝脏")}
    entries = {term: LexiconEntry(term, label, canonical, "curated", "mini.tsv", 1) for term, (label, canonical) in terms.items()}
    matcher = DictionaryMatcher(Lexicon(entries, (), MINI_DICTIONARIES, joined_prefixes=("亚急性", "急性", "慢性")))
    found = lambda text: [(e.text, e.label, e.canonical) for e in matcher.find(text) if not e.nested]  # noqa: E731
    assert found("可发展为慢性湿疹") == [("慢性湿疹", "disease", "湿疹")]
    assert found("亚急性湿疹") == [("亚急性湿疹", "disease", "湿疹")]  # the longest prefix
    assert found("急性心肌梗塞") == [("急性心肌梗塞", "disease", "心肌梗死")]
    assert found("慢性咳嗽") == [("慢性咳嗽", "symptom", "咳嗽")]
    assert found("急性胰腺炎") == [("急性胰腺炎", "disease", "急性胰腺炎")]  # a term of its own
    assert found("慢性肝脏") == [("肝脏", "body", "肝脏")]  # no finding
    plain = DictionaryMatcher(Lexicon(entries, (), MINI_DICTIONARIES))  # no prefix marked joins
    assert [e.text for e in plain.find("慢性湿疹")] == ["湿疹"]


def test_a_non_before_a_term_opening_with_its_own_adjective_joins_it():
    # review of xywy medical_14–15 (2026-12-03): 非化脓性关节炎 is an arthritis of another kind,
    # no negated suppurative arthritis (rule 8; 49 mentions of medical_0–3)
    terms = {"化脓性关节炎": "disease", "凹陷性水肿": "symptom", "性病": "disease", "关节炎": "disease"}
    entries = {term: LexiconEntry(term, label, term, "curated", "mini.tsv", 1) for term, label in terms.items()}
    matcher = DictionaryMatcher(Lexicon(entries, (), MINI_DICTIONARIES))
    [entity] = [e for e in matcher.find("应与非化脓性关节炎鉴别") if not e.nested]
    assert (entity.text, entity.label, entity.canonical) == ("非化脓性关节炎", "disease", "非化脓性关节炎")
    assert [e.text for e in matcher.find("呈非凹陷性水肿") if not e.nested] == ["非凹陷性水肿"]
    assert [e.text for e in matcher.find("而非化脓性关节炎") if not e.nested] == ["化脓性关节炎"]  # 而非 negates
    assert [e.text for e in matcher.find("虽非化脓性关节炎") if not e.nested] == ["化脓性关节炎"]
    assert [e.text for e in matcher.find("非关节炎") if not e.nested] == ["关节炎"]  # no adjective: 非 negates


def test_canonical_and_source_come_from_the_dictionary():
    [entity] = MATCHER.find("改用三苯氧胺后")
    assert (entity.start, entity.end, entity.canonical, entity.source) == (2, 6, "他莫昔芬", "entities/mini.tsv")


def test_a_term_of_another_label_at_the_edge_of_a_mention_is_nested():
    entities = MATCHER.find("血沉增快和骨硬化性骨髓瘤", [0, 4, 5], [4, 5, 12])
    assert [(e.text, e.label, e.nested) for e in entities] == [
        ("血沉增快", "symptom", False),
        ("血沉", "test", True),  # [[血沉]test 增快]symptom, as CMeEE annotates it
        ("骨硬化性骨髓瘤", "disease", False),  # 骨髓瘤 inside is the same label: not nested
    ]


def test_a_nested_disease_cutting_the_last_word_of_its_mention_is_none():
    # mentions review of xywy medical_4 (2026-12-05): 皮肤病|变 is a lesion of the skin (病变), no skin
    # disease; 咽部异物|感 a feeling (异物感, a segmentation word here), no foreign body disease
    terms = {"皮肤病变": "symptom", "皮肤病": "disease", "病变": "symptom", "咽部异物感": "symptom",
             "咽部异物": "disease", "痛风石": "symptom", "痛风": "disease", "腰背痛": "symptom", "腰背": "body",
             "背痛": "symptom"}
    entries = {term: LexiconEntry(term, label, term, "curated", "mini.tsv", 1) for term, label in terms.items()}
    matcher = DictionaryMatcher(Lexicon(entries, (("异物感", 5),), MINI_DICTIONARIES))
    found = lambda text: [(e.text, e.label, e.nested) for e in matcher.find(text)]  # noqa: E731
    assert found("皮肤病变") == [("皮肤病变", "symptom", False)]
    assert found("咽部异物感") == [("咽部异物感", "symptom", False)]
    # no word begins inside 痛风 (风石 is none): the gout of a tophus stays
    assert found("痛风石") == [("痛风石", "symptom", False), ("痛风", "disease", True)]
    # a body part is still nested where 背痛 begins inside it (disease terms only)
    assert found("腰背痛") == [("腰背痛", "symptom", False), ("腰背", "body", True)]


def test_capital_acronyms_are_also_found_in_lower_case():
    assert found("做个ct看看") == [("ct", "procedure")]
    assert [e.canonical for e in MATCHER.find("做个ct看看")] == ["CT"]
    assert found("ctA") == []  # still a Latin word edge


def test_the_automaton_finds_every_occurrence_of_every_term():
    """Every (start, end) where a term (or the lower-case form of an all-capital one) occurs,
    overlapping ones included: what the rules then choose from."""
    from pipeline.lexicon.loader import load_lexicon
    from tests.helpers import MINI_DICTIONARIES

    matcher = DictionaryMatcher(load_lexicon(MINI_DICTIONARIES))
    text = "𠮷骨硬化性骨髓瘤伴多毛、ct及CT示IL-6升高，血沉增快，骨髓瘤骨髓瘤"
    expected = sorted(
        (start, start + len(term))
        for term in matcher.terms
        for start in range(len(text))
        if text.startswith(term, start)
    )
    hits = sorted((start, end) for _, start, end in matcher.automaton.find_matches_as_indexes(text, overlapping=True))
    assert hits == expected and len(hits) >= 10


def test_a_pickled_matcher_finds_the_same_mentions():
    import pickle

    from pipeline.lexicon.loader import load_lexicon
    from tests.helpers import MINI_DICTIONARIES

    matcher = DictionaryMatcher(load_lexicon(MINI_DICTIONARIES))
    text = "骨硬化性骨髓瘤伴多毛，血沉增快"
    assert pickle.loads(pickle.dumps(matcher)).find(text) == matcher.find(text) != []
    copy = pickle.loads(pickle.dumps(matcher))  # rules already worked out travel with it
    assert copy.rules == matcher.rules and copy.rules.matcher is copy and copy.find(text) == matcher.find(text)


def test_a_term_s_rules_are_worked_out_at_its_first_hit():
    matcher = DictionaryMatcher(load_lexicon(MINI_DICTIONARIES))
    assert len(matcher.rules) == 0  # nothing at load: a cold start meets few of the terms
    matcher.find("血沉增快")
    assert {matcher.terms[index] for index in matcher.rules} == {"血沉", "血沉增快"}
    assert matcher.rules[matcher.terms.index("血沉")][0].label == "test"


def test_a_site_written_right_before_pain_is_one_symptom_with_it():
    # review of xywy medical_8–9 (2026-12-03): 肝区痛, 神经根痛 … were a body part and no symptom (rule 8)
    terms = {"肝区": "body", "神经根": "body", "外阴部": "body", "痛风": "disease"}
    entries = {term: LexiconEntry(term, label, term, "curated", "mini.tsv", 1) for term, label in terms.items()}
    matcher = DictionaryMatcher(Lexicon(entries, (), MINI_DICTIONARIES))
    found = [(e.text, e.label, e.nested) for e in matcher.find("发热和肝区痛,神经根痛")]
    assert found == [("肝区痛", "symptom", False), ("肝区", "body", True), ("神经根痛", "symptom", False), ("神经根", "body", True)]
    assert [(e.text, e.label) for e in matcher.find("外阴部痛性溃疡")] == [("外阴部", "body")]  # 痛性: an adjective
    assert [(e.text, e.label) for e in matcher.find("神经根痛觉减退")] == [("神经根", "body")]  # 痛觉: a sense


def test_a_term_between_kang_and_a_drug_ending_is_a_class_of_drugs():
    # xywy: 抗惊厥药物 was a seizure, 抗甲状腺药物 a thyroid, 抗高血压药 a hypertension (246 in the corpus)
    terms = {"惊厥": "symptom", "甲状腺": "body", "高血压": "disease", "抗体": "test"}
    entries = {term: LexiconEntry(term, label, term, "curated", "mini.tsv", 1) for term, label in terms.items()}
    matcher = DictionaryMatcher(Lexicon(entries, (), MINI_DICTIONARIES))
    found = [(e.text, e.label, e.canonical) for e in matcher.find("应用抗甲状腺药物,抗惊厥药及抗高血压剂", [], [])]
    assert found == [("抗甲状腺药物", "drug", "抗甲状腺药"), ("抗惊厥药", "drug", "抗惊厥药"), ("抗高血压剂", "drug", "抗高血压剂")]
    assert [(e.text, e.label) for e in matcher.find("抗惊厥治疗和抗体")] == [("惊厥", "symptom"), ("抗体", "test")]


def test_a_name_ending_with_zheng_lends_it_to_zhengzhuang():
    # xywy: 低血糖症状 is 低血糖 and 症状 (105 such in half the corpus), 神经症状 no neurosis
    terms = {"低血糖": "disease", "低血糖症": "disease", "神经": "body", "神经症": "disease", "毒血症": "disease"}
    entries = {term: LexiconEntry(term, label, term, "curated", "mini.tsv", 1) for term, label in terms.items()}
    matcher = DictionaryMatcher(Lexicon(entries, (), MINI_DICTIONARIES))
    assert [e.text for e in matcher.find("低血糖症状和神经症状", [], [])] == ["低血糖", "神经"]  # whatever jieba's cut
    assert [e.text for e in matcher.find("患低血糖症。全身毒血症状")] == ["低血糖症", "毒血症"]  # no shorter term


def test_a_site_or_test_written_right_before_a_finding_head_is_one_finding_with_it():
    # mentions review of xywy medical_1 (2026-12-05): 腮腺|肿瘤 came out as the site alone (肿瘤 is no
    # term), 血小板|功能障碍 as two rows; rule 16 (finding_heads.tsv) makes one finding of each
    terms = {"腮腺": "body", "上皮": "body", "组织细胞": "body", "血小板": "test", "肺通气功能": "test",
             "功能障碍": "symptom", "甲状腺": "body", "甲状腺功能": "test", "甲状腺功能减退": "disease", "尿酸": "test",
             "皮肤转移": "symptom", "息肉": "symptom", "骨": "body", "眼": "body"}
    entries = {term: LexiconEntry(term, label, term, "curated", "mini.tsv", 1) for term, label in terms.items()}
    body, test = frozenset({"body"}), frozenset({"test"})
    heads = {"肿瘤": (("disease", body, "", ("性", "标志"), ""),), "功能障碍": (("symptom", test, "", ("性",), ""),),
             "障碍": (("symptom", test, "功能", ("性",), ""),), "减退": (("symptom", test, "功能", ("性",), ""),),
             "癌": (("disease", frozenset({"symptom"}), "", ("变", "灶"), ""),),
             "畸形": (("symptom", body, "", ("性", "综合征"), ""),)}
    matcher = DictionaryMatcher(Lexicon(entries, (), MINI_DICTIONARIES, finding_heads=heads))
    found = lambda text: [(e.text, e.label, e.canonical, e.nested) for e in matcher.find(text)]  # noqa: E731
    assert found("腮腺肿瘤多见") == [("腮腺肿瘤", "disease", "腮腺肿瘤", False)]  # nothing nests in a disease
    assert found("可致血小板功能障碍") == [("血小板功能障碍", "symptom", "血小板功能障碍", False), ("血小板", "test", "血小板", True)]
    assert found("肺通气功能障碍") == [("肺通气功能障碍", "symptom", "肺通气功能障碍", False), ("肺通气功能", "test", "肺通气功能", True)]
    assert [e.text for e in matcher.find("尿酸障碍")] == ["尿酸"]  # a bare 障碍 joins only a function
    assert [e.text for e in matcher.find("甲状腺功能减退")] == ["甲状腺功能减退"]  # a term spans both
    assert [e.text for e in matcher.find("组织细胞肿瘤性增生")] == ["组织细胞"]  # except 性: an adjective
    assert [e.text for e in matcher.find("Müllerian上皮肿瘤")] == ["上皮"]  # part of a Latin name
    assert [e.text for e in matcher.find("腮腺和肿瘤")] == ["腮腺"]  # a list word between
    assert [e.text for e in matcher.find("血小板肿瘤")] == ["血小板"]  # 肿瘤 joins body parts only
    assert [e.text for e in matcher.find("腮腺肿瘤标志物")] == ["腮腺"]  # except 标志: a test (code review)
    # symptoms review of medical_10: 皮肤转移|癌 is a disease, no metastasis of the patient's skin
    assert found("皮肤转移癌通常") == [("皮肤转移癌", "disease", "皮肤转移癌", False)]
    assert [e.text for e in matcher.find("息肉癌变率")] == ["息肉"]  # except 变: the polyp turning malignant
    assert [e.text for e in matcher.find("腮腺癌")] == ["腮腺"]  # 癌 joins symptoms only
    # symptoms review of medical_10: a one-character site rule 7 leaves alone (骨|畸形)
    assert found("轻度骨畸形") == [("骨畸形", "symptom", "骨畸形", False)]  # one character nests nothing (rule 5)
    assert [e.text for e in matcher.find("头面下颌与眼畸形综合征")] == ["眼"]  # the syndrome's name
    # symptoms re-review of medical_10: with 症 after it, the joined finding names a disease
    assert found("原发性血小板功能障碍症")[0][:2] == ("血小板功能障碍症", "disease")
    assert found("出现血小板功能障碍症状")[0][:2] == ("血小板功能障碍", "symptom")  # 症状 (code review)


def test_a_head_shared_over_a_joiner_makes_the_word_before_a_finding_too():
    # symptoms review of xywy medical_14 (recall): 白细胞及血小板减少 gave only 血小板减少, 面色苍白或萎黄 no
    # 面色萎黄; rule 17 (finding_heads.tsv rows with shared_over) gives the word its finding
    terms = {"白细胞": "test", "红细胞": "test", "血小板": "test", "血小板减少": "symptom", "肌张力减低": "symptom",
             "腱反射": "test", "腱反射减低": "symptom", "面色苍白": "symptom", "面色萎黄": "symptom", "发热": "symptom"}
    entries = {term: LexiconEntry(term, label, term, "curated", "mini.tsv", 1) for term, label in terms.items()}
    shared = frozenset({"body", "test"})
    heads = {"减少": (("symptom", shared, "", (), "及和与、或"),), "减低": (("symptom", shared, "", (), "及和与、或"),),
             "萎黄": (("symptom", shared, "", (), "及和与、或"),)}
    matcher = DictionaryMatcher(Lexicon(entries, (), MINI_DICTIONARIES, finding_heads=heads))
    found = lambda text: [(e.text, e.label, e.canonical, e.nested, e.source) for e in matcher.find(text)]  # noqa: E731
    rule = "rule:shared_head"
    assert found("白细胞及血小板减少")[:2] == [("白细胞", "symptom", "白细胞减少", False, rule), ("白细胞", "test", "白细胞", True, "entities/mini.tsv")]
    assert [e.canonical for e in matcher.find("红细胞、白细胞和血小板减少") if e.label == "symptom"] == [
        "红细胞减少", "白细胞减少", "血小板减少"]  # a chain of them
    assert found("肌张力及腱反射减低")[0] == ("肌张力", "symptom", "肌张力减低", False, rule)  # a lexicon symptom
    assert found("面色苍白或萎黄。")[1] == ("萎黄", "symptom", "面色萎黄", False, rule)
    assert [e.source for e in matcher.find("发热及白细胞减少")] == ["entities/mini.tsv"] * 2  # no finding ends in the head
    assert [e.label for e in matcher.find("白细胞及血小板计数")] == ["test", "test"]  # no head


def test_a_word_stating_its_own_direction_before_a_joiner_shares_no_head():
    # code review 2026-12-05 (medical_8): 低血钙及碱性磷酸酶增高 gave 血钙增高, the opposite of the text
    terms = {"血钙": "test", "碱性磷酸酶": "test", "碱性磷酸酶增高": "symptom", "白细胞": "test", "肝": "body",
             "脾": "body", "脾肿大": "symptom", "肝肿大": "symptom"}
    entries = {term: LexiconEntry(term, label, term, "curated", "mini.tsv", 1) for term, label in terms.items()}
    row = ("symptom", frozenset({"body", "test"}), "", (), "及和与、或")
    matcher = DictionaryMatcher(Lexicon(entries, (), MINI_DICTIONARIES, finding_heads={"增高": (row,), "肿大": (row,)}))
    shared = lambda text: [e.canonical for e in matcher.find(text) if e.source == "rule:shared_head"]  # noqa: E731
    assert shared("低血钙及碱性磷酸酶增高。") == []
    assert shared("可见白细胞及碱性磷酸酶增高。") == ["白细胞增高"]  # a whole item after 见
    # the first branch: the finding opens with no mention of its joins, the word with the head is a lexicon symptom
    assert shared("可见肝和脾肿大。") == ["肝肿大"]


def test_a_specimen_before_a_joiner_shares_no_head_with_a_test():
    # row check 2026-12-05 (medical_11:432): 血和脑脊液乳酸增高 gave 血 the finding 血增高; only a word of the
    # finding's own label (a test before a test) shares its head
    terms = {"血": "body", "脑脊液乳酸": "test", "脑脊液乳酸增高": "symptom", "白细胞": "test"}
    entries = {term: LexiconEntry(term, label, term, "curated", "mini.tsv", 1) for term, label in terms.items()}
    row = ("symptom", frozenset({"body", "test"}), "", (), "及和与、或")
    matcher = DictionaryMatcher(Lexicon(entries, (), MINI_DICTIONARIES, finding_heads={"增高": (row,)}))
    shared = lambda text: [e.canonical for e in matcher.find(text) if e.source == "rule:shared_head"]  # noqa: E731
    assert shared("血和脑脊液乳酸增高。") == []
    assert shared("白细胞和脑脊液乳酸增高。") == ["白细胞增高"]


def test_a_body_part_before_a_joiner_shares_the_head_of_the_finding_after_it():
    # mentions review of xywy medical_6 (2026-12-06): 肝和脑损伤 gave the body part 肝 alone, no 肝损伤; a body
    # part before a joiner shares any head of two characters or more of a finding opening with a body part
    terms = {"肝": "body", "脑": "body", "脑损伤": "disease", "呼吸道": "body", "肺部": "body", "肺部感染": "disease",
             "口腔": "body", "咽喉部": "body", "食道": "body", "食道水肿": "symptom", "分泌物": "body", "肺": "body",
             "肺炎": "disease", "横结肠": "body", "大网膜": "body", "大网膜粘连": "symptom", "血": "body",
             "脑脊液": "body", "脑脊液蛋白增高": "symptom", "呼吸道感染": "disease", "白细胞": "test"}
    entries = {term: LexiconEntry(term, label, term, "curated", "mini.tsv", 1) for term, label in terms.items()}
    row = ("symptom", frozenset({"body", "test"}), "", (), "及和与、或")
    matcher = DictionaryMatcher(Lexicon(entries, (), MINI_DICTIONARIES, finding_heads={"减少": (row,)}))
    found = lambda text: [(e.text, e.label, e.canonical, e.nested, e.source) for e in matcher.find(text)]  # noqa: E731
    shared = lambda text: [e.canonical for e in matcher.find(text) if e.source == "rule:shared_head"]  # noqa: E731
    assert found("肝和脑损伤")[:2] == [("肝", "disease", "肝损伤", False, "rule:shared_head"),
                                       ("肝", "body", "肝", True, "entities/mini.tsv")]
    assert shared("肝、脑损伤") == ["肝损伤"]
    assert shared("口腔、咽喉部及食道水肿") == ["口腔水肿", "咽喉部水肿"]  # a chain of them
    assert found("主要引起呼吸道和肺部感染")[0][1:3] == ("disease", "呼吸道感染")  # the lexicon's name
    assert shared("支气管内分泌物和肺炎的渗出物") == []  # a one-character head (炎) is mostly no shared finding
    assert shared("横结肠与大网膜粘连") == []  # 与 relates the two: no list
    assert shared("血和脑脊液蛋白增高") == []  # a specimen
    entries["肛门"] = LexiconEntry("肛门", "body", "肛门", "curated", "mini.tsv", 1)
    entries["直肠肛门畸形"] = LexiconEntry("直肠肛门畸形", "symptom", "直肠肛门畸形", "curated", "mini.tsv", 1)
    entries["尿道"] = LexiconEntry("尿道", "body", "尿道", "curated", "mini.tsv", 1)
    entries["直肠"] = LexiconEntry("直肠", "body", "直肠", "curated", "mini.tsv", 1)
    matcher = DictionaryMatcher(Lexicon(entries, (), MINI_DICTIONARIES, finding_heads={"减少": (row,)}))
    assert shared("尿道及直肠肛门畸形") == []  # the head opens with a body part of its own
    entries["鼻"] = LexiconEntry("鼻", "body", "鼻", "curated", "mini.tsv", 1)
    entries["鼻窦"] = LexiconEntry("鼻窦", "body", "鼻窦", "curated", "mini.tsv", 1)
    entries["鼻窦炎"] = LexiconEntry("鼻窦炎", "disease", "鼻窦炎", "curated", "mini.tsv", 1)
    matcher = DictionaryMatcher(Lexicon(entries, (), MINI_DICTIONARIES, finding_heads={"减少": (row,)}))
    assert shared("鼻和鼻窦炎") == []  # the longest body part opening it (鼻窦) leaves one character
    assert shared("肝和肺炎") == shared("肝和鼻窦炎") == []
    entries["发热"] = LexiconEntry("发热", "symptom", "发热", "curated", "mini.tsv", 1)
    matcher = DictionaryMatcher(Lexicon(entries, (), MINI_DICTIONARIES, finding_heads={"减少": (row,)}))
    assert shared("肝和发热") == []  # no body part opens the finding


def test_two_shared_over_rows_for_one_head_are_an_error(tmp_path):
    import shutil

    import pytest

    from pipeline.errors import DictionaryError

    folder = tmp_path / "dictionaries"
    shutil.copytree(MINI_DICTIONARIES, folder)
    path = folder / "finding_heads.tsv"
    text = path.read_text(encoding="utf-8") if path.exists() else "head\tmakes\tjoins\tsite_ends\texcept\tsource\tnote\tshared_over\n"
    text += "减少\tsymptom\ttest\t\t\tcurated\t\t及\n减少\tsymptom\ttest\t细胞\t\tcurated\t\t和\n"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DictionaryError, match="shared_over"):
        load_lexicon(folder)


def test_a_site_stands_for_a_finding_a_lone_shared_head_follows_only_before_the_findings_own_head():
    # ten-file check of rule 17 (2026-12-05): 角膜反射迟钝或消失 gave 角膜消失
    terms = {"角膜": "body", "角膜反射迟钝": "symptom", "面色": "body", "面色苍白": "symptom"}
    entries = {term: LexiconEntry(term, label, term, "curated", "mini.tsv", 1) for term, label in terms.items()}
    row = ("symptom", frozenset({"body", "test"}), "", (), "及和与、或")
    matcher = DictionaryMatcher(Lexicon(entries, (), MINI_DICTIONARIES, finding_heads={"消失": (row,), "萎黄": (row,)}))
    shared = lambda text: [e.canonical for e in matcher.find(text) if e.source == "rule:shared_head"]  # noqa: E731
    assert shared("面色苍白或萎黄。") == ["面色萎黄"]
    assert shared("角膜反射迟钝或消失。") == []


def test_a_site_or_lesion_written_right_before_a_procedure_head_is_one_procedure_with_it():
    # mentions review of xywy medical_9: 白内障|摘除术后, 肾|活检, 主动脉|造影 came out as the site or
    # lesion alone; CMeEE writes such a phrase as one procedure mention (rule 13, procedure_heads.tsv)
    terms = {"白内障": "disease", "肾": "body", "主动脉": "body", "活检": "procedure", "造影": "procedure",
             "静脉": "body", "心包": "body", "息肉": "symptom", "脾切除": "procedure", "血液": "body", "心室": "body",
             "室壁瘤": "disease", "移植后淋巴增殖性疾病": "disease", "骨髓": "body", "泪囊": "body", "鼻腔": "body",
             "胸膜": "body", "肾小球": "body", "组织": "body", "肺癌": "disease", "T细胞": "body",
             "软骨细胞": "body", "细胞移植": "procedure"}
    entries = {term: LexiconEntry(term, label, term, "curated", "mini.tsv", 1) for term, label in terms.items()}
    everything, body = frozenset({"body", "disease", "symptom"}), frozenset({"body"})
    heads = {"摘除术": (everything, ()), "切除": (everything, ()), "切除术": (everything, ()), "活检": (everything, ("钳",)),
             "造影": (frozenset({"body", "symptom"}), ("剂",)), "切开": (everything, ()), "移植": (body, ("物",)),
             "吻合术": (body, ()), "固定术": (body, ())}
    lexicon = Lexicon(entries, (), MINI_DICTIONARIES, body_heads=frozenset({"组织"}), procedure_heads=heads)
    matcher = DictionaryMatcher(lexicon)
    found = lambda text: [(e.text, e.label, e.canonical) for e in matcher.find(text)]  # noqa: E731
    assert found("白内障摘除术后") == [("白内障摘除术", "procedure", "白内障摘除")]  # a lesion removed; named without 术
    assert found("肾活检复查显示") == [("肾活检", "procedure", "肾活检")]  # the head a term of its own
    assert found("主动脉造影") == [("主动脉造影", "procedure", "主动脉造影")]
    assert found("经内镜息肉切除") == [("息肉切除", "procedure", "息肉切除")]
    assert found("对于肺癌切除术的患者") == [("肺癌切除术", "procedure", "肺癌切除")]  # the longest head
    assert found("作胸膜固定术") == [("胸膜固定术", "procedure", "胸膜固定")]  # a head that is no term
    assert found("脾切除和肾切除") == [("脾切除", "procedure", "脾切除"), ("肾切除", "procedure", "肾切除")]
    assert found("肾组织活检") == [("肾组织活检", "procedure", "肾组织活检")]  # after rule 12
    assert found("泪囊鼻腔吻合术") == [("泪囊鼻腔吻合术", "procedure", "泪囊鼻腔吻合")]  # both organs
    assert [e.text for e in matcher.find("白内障和摘除术")] == ["白内障"]  # a list word between
    # one name with or without 术, the lexicon's where it has one (mentions re-review of medical_9)
    assert found("肾切除术和肾切除") == [("肾切除术", "procedure", "肾切除"), ("肾切除", "procedure", "肾切除")]
    assert [e.text for e in matcher.find("肾,活检")] == ["肾", "活检"]
    assert [e.text for e in matcher.find("血液造影剂外渗")] == ["血液", "造影"]  # a contrast agent: except 剂
    assert [e.text for e in matcher.find("肾活检钳")] == ["肾", "活检"]  # an instrument
    assert [e.text for e in matcher.find("心包切开综合征")] == ["心包"]  # a disease's name
    assert [e.text for e in matcher.find("心包切开术后综合征")] == ["心包"]
    assert [e.text for e in matcher.find("肾移植后淋巴增殖性疾病")] == ["肾", "移植后淋巴增殖性疾病"]  # a term runs on
    assert [e.text for e in matcher.find("心室壁瘤切除")] == ["心室壁瘤切除"]  # rule 7 joins 心室|室壁瘤 first
    assert [e.text for e in matcher.find("息肉移植")] == ["息肉"]  # 移植 joins body parts only
    assert [e.text for e in matcher.find("肺癌造影")] == ["肺癌", "造影"]  # 造影: after a body part or symptom
    # a procedure made of the site's end and the head (细胞移植) joins the whole (code review of the merge d3cb8ff)
    assert found("进行去T细胞移植时") == [("T细胞移植", "procedure", "T细胞移植")]
    assert found("通过骺板软骨细胞移植") == [("软骨细胞移植", "procedure", "软骨细胞移植")]
    assert found("作为器官和细胞移植后") == [("细胞移植", "procedure", "细胞移植")]


def test_an_antigen_written_before_antibody_makes_one_test():
    # labs review of xywy medical_8 (2026-12-05): HSV-Ⅱ|抗体阳性 gave a bare 抗体; rule 18 (a finding_heads.tsv
    # row joining `antigen`) makes one test of the antigen, a mention or not, and the head
    terms = {"抗体": "test", "HSV": "microbe", "抗体滴度": "test"}
    entries = {term: LexiconEntry(term, label, term, "curated", "mini.tsv", 1) for term, label in terms.items()}
    heads = {"抗体": (("test", frozenset({"antigen"}), "", (), ""),)}
    matcher = DictionaryMatcher(Lexicon(entries, (), MINI_DICTIONARIES, finding_heads=heads))
    found = lambda text: [(e.text, e.canonical) for e in matcher.find(text) if e.label == "test"]  # noqa: E731
    assert found("HSV-Ⅱ抗体阳性") == [("HSV-Ⅱ抗体", "HSV-Ⅱ抗体")]
    assert found("出现抗-Yo抗体阳性") == [("抗-Yo抗体", "抗Yo抗体")]  # 抗- named as 抗
    assert found("血清抗GM1抗体升高") == [("抗GM1抗体", "抗GM1抗体")]
    assert found("抗心磷脂抗体阳性") == [("抗心磷脂抗体", "抗心磷脂抗体")]
    assert found("GM1抗体滴度升高") == [("抗体滴度", "抗体滴度")]  # a term runs on past the head
    assert found("抗原和抗体阳性") == [("抗体", "抗体")]  # a list word: two things
    assert found("因子Ⅸ抗体正常") == [("抗体", "抗体")]  # a Roman numeral opens no antigen
    assert found("多糖类抗原不能产生抗体") == [("抗体", "抗体")]  # 抗原 is no antigen written before


def test_a_drug_or_a_treatment_before_antibody_is_no_antigen():
    # code review 2026-12-05 (D10): rule 18 made one test 抗生素后产生抗体 and lost the drug
    terms = {"抗体": "test", "抗生素": "drug", "抗心磷脂": "test", "青霉素": "drug"}
    entries = {term: LexiconEntry(term, label, term, "curated", "mini.tsv", 1) for term, label in terms.items()}
    heads = {"抗体": (("test", frozenset({"antigen"}), "", ("后", "治疗", "产生"), ""),)}
    matcher = DictionaryMatcher(Lexicon(entries, (), MINI_DICTIONARIES, finding_heads=heads))
    found = lambda text: [(e.text, e.label) for e in matcher.find(text)]  # noqa: E731
    assert found("使用抗生素后产生抗体") == [("抗生素", "drug"), ("抗体", "test")]  # a drug starts the antigen
    assert found("经抗结核治疗后抗体转阴") == [("抗体", "test")]  # except words 治疗, 后
    assert found("抗心磷脂抗体阳性") == [("抗心磷脂抗体", "test")]  # a test there: still an antigen
    assert found("抗青霉素抗体很常见") == [("抗青霉素抗体", "test")]  # a drug after 抗 is the antigen (medical_12)


def test_a_finding_a_few_gap_words_from_its_site_takes_the_name_of_the_two():
    # symptoms review of medical_4 (proposal 1): 萎缩的睾丸 → 睾丸萎缩, 鼓膜明显充血 → 鼓膜充血; the text stays
    terms = {"睾丸": "body", "萎缩": "symptom", "睾丸萎缩": "symptom", "鼓膜": "body", "充血": "symptom",
             "鼓膜充血": "symptom", "气管": "body", "水肿": "symptom", "气管水肿": "symptom", "肝": "body", "脾": "body",
             "肿大": "symptom", "脾肿大": "symptom", "肝脾肿大": "symptom"}
    entries = {term: LexiconEntry(term, label, term, "curated", "mini.tsv", 1) for term, label in terms.items()}
    matcher = DictionaryMatcher(Lexicon(entries, (), MINI_DICTIONARIES))

    def named(text):
        return [(e.text, e.canonical) for e in matcher.find(text) if e.label == "symptom"]

    assert named("萎缩的睾丸对促性腺激素无反应") == [("萎缩", "睾丸萎缩")]
    assert named("鼓膜明显充血") == [("充血", "鼓膜充血")]
    assert named("鼓膜，充血") == [("充血", "充血")]  # a clause mark parts them
    assert named("压迫气管的水肿") == [("水肿", "水肿")]  # the trachea is the object of 压迫
    assert named("脾可肿大") == [("肿大", "脾肿大")]
    assert named("肝，脾均有轻度肿大") == [("肿大", "肝脾肿大")]  # two sites coordinated: the lexicon's term


def test_a_site_inside_a_longer_candidate_names_no_finding_across_a_gap():
    # the site must stand alone: 睾丸 of 睾丸炎 is the orchitis's, and 萎缩 stays a bare atrophy (s13: whether
    # a site stands alone is now asked only once a finding is found across a gap, by a scan of the candidates)
    terms = {"睾丸": "body", "萎缩": "symptom", "睾丸萎缩": "symptom", "睾丸炎": "disease"}
    entries = {term: LexiconEntry(term, label, term, "curated", "mini.tsv", 1) for term, label in terms.items()}
    matcher = DictionaryMatcher(Lexicon(entries, (), MINI_DICTIONARIES))

    def named(text):
        return [(e.text, e.canonical) for e in matcher.find(text) if e.label == "symptom"]

    assert named("萎缩的睾丸对激素无反应") == [("萎缩", "睾丸萎缩")]
    assert named("萎缩的睾丸炎") == [("萎缩", "萎缩")]
    assert named("睾丸的萎缩，睾丸炎") == [("萎缩", "睾丸萎缩")]  # an orchitis elsewhere in the text does not matter


def test_the_words_joining_two_sites_are_data():
    """``site_gap_words.tsv`` ``pair`` rows (code review s12, #7): 肝，脾均有轻度肿大 reads 肝脾肿大."""
    from pipeline.entities.matcher import _site_gaps

    assert _site_gaps().pairs == frozenset("，,、和及与")


def test_rules_skipped_for_want_of_a_trigger_would_have_added_nothing():
    # find runs a join rule only where a candidate has its trigger (_RuleTriggers); with every rule
    # forced to run, the mentions are the same, for texts where each rule fires and where none does
    from pipeline.resources import DEFAULT_DICTIONARY_DIR

    matcher = DictionaryMatcher(load_lexicon(DEFAULT_DICTIONARY_DIR))
    texts = ["支气管黏膜水肿，肾小球毛细血管基底膜增厚", "左冠状动脉狭窄，双下肢水肿", "肝区痛，喉痛", "冠状动脉硬化，乳房包块",
             "睾丸的萎缩，肝，脾均有轻度肿大", "坏疽性阑尾炎，念珠菌性阴道炎，非化脓性关节炎，假性痛风", "高胆固醇血症，病毒血症",
             "服用抗惊厥药物", "血清HSV-Ⅱ抗体阳性，抗心磷脂抗体", "腮腺肿瘤，血小板功能障碍", "肾活检，白内障摘除术",
             "阵发性咳嗽，闭角型青光眼", "慢性湿疹，急性胰腺炎", "白细胞及血小板减少，面色苍白或萎黄", "患者今日无不适", ""]
    forced = DictionaryMatcher(load_lexicon(DEFAULT_DICTIONARY_DIR))
    forced.triggers.of = lambda text, candidates: -1  # every bit set: every rule runs
    for text in texts:
        starts, ends = list(range(len(text))), list(range(1, len(text) + 1))
        assert matcher.find(text, starts, ends) == forced.find(text, starts, ends), text
        assert matcher.find(text) == forced.find(text), text
    # rule 14 wants jieba's cut: 患者|阵发性|咳嗽
    assert matcher.find("患者阵发性咳嗽", [0, 2, 5], [2, 5, 7]) == forced.find("患者阵发性咳嗽", [0, 2, 5], [2, 5, 7])
    assert ("阵发性咳嗽", "symptom") in [(e.text, e.label) for e in matcher.find("患者阵发性咳嗽", [0, 2, 5], [2, 5, 7])]


def test_rule_triggers_name_the_rules_a_candidate_can_set_off():
    from pipeline.entities.matcher import _BODY_HEADS, _PROCEDURE_HEADS, _QUALIFIERS, _SITE_AND_FINDING, _Term

    triggers = MATCHER.triggers
    site, finding = _Term("肾", "body", "肾", ""), _Term("咳嗽", "symptom", "咳嗽", "")
    assert triggers.of("肾活检", [(-1, 0, 1, site)]) & _PROCEDURE_HEADS
    assert not triggers.of("肾的", [(-1, 0, 1, site)]) & (_PROCEDURE_HEADS | _BODY_HEADS)
    assert triggers.of("阵发性咳嗽", [(-2, 3, 5, finding)]) & _QUALIFIERS
    assert not triggers.of("阵发咳嗽", [(-2, 2, 4, finding)]) & _QUALIFIERS
    assert triggers.of("肾咳嗽", [(-1, 0, 1, site), (-2, 1, 3, finding)]) & _SITE_AND_FINDING == _SITE_AND_FINDING
    assert triggers.of("", []) == 0


def test_a_rule_s_joined_candidates_are_merged_in_end_order_with_their_triggers():
    # each join rule returns only what it adds; merged sorts it in and reads the triggers of the added alone
    from pipeline.entities.matcher import _PROCEDURE_HEADS, _SITE_AND_FINDING, _SITE_MEETS_FINDING, _Term

    triggers = MATCHER.triggers
    site, finding = _Term("肾", "body", "肾", ""), _Term("咳嗽", "symptom", "咳嗽", "")
    candidates = [(-2, 3, 5, finding)]
    same, fires = triggers.merged("阵发性咳嗽", candidates, [], 0)
    assert same is candidates and fires == 0  # nothing added: the very same list, not a copy
    merged, fires = triggers.merged("肾活检咳嗽", candidates, [(-1, 0, 1, site)], 0)
    assert merged == [(-1, 0, 1, site), (-2, 3, 5, finding)]
    assert fires & _PROCEDURE_HEADS  # 肾|活检, read of the added site
    # the finding was there before (its bit in fires): with a site added, rule 7 may join them
    _, fires = triggers.merged("肾活检咳嗽", candidates, [(-1, 0, 1, site)], triggers.of("肾活检咳嗽", candidates))
    assert fires & _SITE_AND_FINDING == _SITE_AND_FINDING and fires & _SITE_MEETS_FINDING
