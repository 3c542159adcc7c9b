"""assign_context: one Assertion per entity, from cues, scopes and the disease a passage is about.

Sentences are literals copied from public records; the comment names the record (xywy
disease name, or the cEHRNER hospital-record corpus). Texts are normalized as the pipeline
does (， → ,), so the literals use half-width punctuation where the pipeline would.
"""

from __future__ import annotations

import pytest

from pipeline.context import Assertion, assign_context, find_cues, is_a_listed_cause
from pipeline.entity import Entity
from pipeline.normalize import normalize_text


def modifiers(text, entities, **kwargs):
    return [a.assertion for a in assign_context(text, entities, **kwargs)]


# --- cue categories ----------------------------------------------------------------------

def test_enumeration_after_wu_is_negated_and_comma_ends_scope(mark):
    # cEHRNER train (hospital record): 、 keeps the scope open, , closes it
    text = "今无腹痛、腹胀、腹泻,无恶心、呕吐,伴发热"
    ents = mark(text, "腹痛", "腹胀", "腹泻", "恶心", "呕吐", "发热")
    result = assign_context(text, ents)
    assert [a.assertion for a in result] == ["negated"] * 5 + ["present"]
    assert (result[0].cue, result[0].cue_start, result[0].cue_end) == ("无", 1, 2)
    assert result[3].cue_start == text.index("无恶心")
    assert result[5].cue == "" and result[5].cue_start is None


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        # xywy 新生儿肝炎综合征, 早孕反应, 糖尿病酮症酸中毒: the negation judges a word of its
        # own, and the 、 after it lists what follows with that phrase
        ("如症状持续不改善、黄疸加深", ["黄疸"], ["present"]),
        ("嗜睡、缺乏食欲、恶心、晨起呕吐", ["嗜睡", "恶心", "呕吐"], ["present"] * 3),
        ("但无酮味、血压下降、脉弱", ["血压下降"], ["present"]),
        # a finding right after it: the list shares the negation
        ("无发热、咳嗽", ["发热", "咳嗽"], ["negated", "negated"]),
        ("不伴明显发热、咳嗽", ["发热", "咳嗽"], ["negated", "negated"]),
        # review: a prohibition forbids the whole list; 等 or 症状 closes a list of findings; a verb
        # after 不 takes every object of the list
        ("禁用冰枕、冷敷及乙醇擦浴", [("乙醇", "drug")], ["negated"]),
        ("患者禁服非甾体类消炎药、阿司匹林", [("阿司匹林", "drug")], ["negated"]),
        ("亦无联想增快、思维奔逸等症状", ["思维奔逸"], ["negated"]),
        ("少吃或不吃蔗糖、葡萄糖等精糖类食品", [("葡萄糖", "drug")], ["negated"]),
        # the negation is itself an item of the list: the list goes on after it
        ("乏力、嗜睡、缺乏食欲、恶心、晨起呕吐等症状", ["恶心", "呕吐"], ["present", "present"]),
        # second review: 不 or 未 before a verb ends there whatever follows but a drug; a remark in
        # brackets ends before the 、
        ("胰管未融合、胰管融合异常", [("胰管", "body"), ("胰管", "body")], ["present", "present"]),
        ("(即直立时心率无相应增加)、无汗、勃起功能障碍和夜尿等", [("勃起功能障碍", "disease")], ["present"]),
    ],
)
def test_a_negation_of_a_word_that_is_no_mention_ends_at_the_list_mark(mark, text, terms, expected):
    assert modifiers(text, mark(text, *terms)) == expected


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        # xywy 甲状腺癌, 大肠息肉, 肺炎支原体肺炎: what is not evident is how the disease shows
        ("甲状腺癌早期临床表现不明显", ("甲状腺癌", "disease"), "present"),
        ("大肠息肉临床症状常不明显", ("大肠息肉", "disease"), "present"),
        ("肺部体征多不明显", ("肺部", "body"), "present"),
        # a symptom's manifestations are the symptom
        ("口干症状一般不显著", "口干", "negated"),
        ("早期大肠癌不明显", ("大肠癌", "disease"), "negated"),
    ],
)
def test_a_backward_not_evident_after_manifestations_judges_them_not_the_disease(mark, text, term, expected):
    assert modifiers(text, mark(text, term)) == [expected]


def test_longest_cue_wins(mark):
    # cEHRNER train: 无明显 over 无; 未见异常 over 未见
    text = "自觉全身乏力,无明显腹胀、腹痛"
    result = assign_context(text, mark(text, "乏力", "腹胀", "腹痛"))
    assert [a.assertion for a in result] == ["present", "negated", "negated"]
    assert result[1].cue == "无明显"
    # xywy 膈下食管憩室: 造影检查未见异常 → the examination is normal, not negated
    text = "术后重复上消化道钡餐造影检查未见异常"
    (a,) = assign_context(text, mark(text, ("上消化道钡餐造影检查", "procedure")))
    assert (a.assertion, a.cue) == ("normal", "未见异常")


def test_cue_inside_an_entity_is_not_a_cue(mark):
    # POEMS综合征 seed and hospital records: 无 of 无力, 不 of 不适, 非 of 非霍奇金淋巴瘤
    text = "乏力、四肢无力"
    assert modifiers(text, mark(text, "乏力", "四肢无力")) == ["present", "present"]
    text = "患者腹部不适"
    assert modifiers(text, mark(text, "不适")) == ["present"]
    text = "包括类风湿关节炎、霍奇金病和B细胞非霍奇金淋巴瘤"
    ents = mark(text, ("类风湿关节炎", "disease"), ("霍奇金病", "disease"), ("非霍奇金淋巴瘤", "disease"))
    assert modifiers(text, ents) == ["present"] * 3


def test_symptom_words_are_pseudo_cues_even_without_an_entity(mark):
    # cEHRNER train: 无明显诱因 means the complaint is there
    text = "无明显诱因出现腹痛"
    assert modifiers(text, mark(text, "腹痛")) == ["present"]
    # cEHRNER train: "无腹痛腹胀胀不适" — 不适 untagged: 不 must not start a new cue
    text = "无恶心,无腹痛腹胀胀不适"
    assert modifiers(text, mark(text, "恶心", "腹痛", "腹胀")) == ["negated"] * 3


@pytest.mark.parametrize(
    ("text", "term", "expected", "cue"),
    [
        # POEMS综合征 seed, 诊断/症状
        ("且很少有食管静脉曲张和脾功能亢进表现", "食管静脉曲张", "rare", "很少"),
        ("且很少有食管静脉曲张和脾功能亢进表现", "脾功能亢进", "rare", "很少"),
        ("偶见心包积液", "心包积液", "rare", "偶见"),
        ("但肝功多正常", ("肝功", "test"), "normal", "多正常"),
        ("脑脊液蛋白升高,细胞数正常", ("细胞数", "test"), "normal", "正常"),
        # a disease or symptom is never normal: a measure of it is (xywy 皮肤肿瘤, 恶性黑色素瘤)
        ("良性肿瘤局部温度正常", ("良性肿瘤", "disease"), "present", ""),
        ("我国恶性黑色素瘤的发病率不高", ("恶性黑色素瘤", "disease"), "present", ""),
        ("脑神经损害主要为视盘水肿", "视盘水肿", "present", ""),
        # xywy 胼胝体进行性变性: post-position rarity
        ("视放射和前连合受累罕见", "受累", "rare", "罕见"),
        # xywy 曲霉球
        ("患者一般无发热", "发热", "negated", "无"),
        # xywy 原发性中枢神经系统淋巴瘤
        ("表现为双侧性下肢肌力减退,不伴有背部疼痛", "背部疼痛", "negated", "不伴有"),
        # xywy 婴儿骨皮质增生症
        ("但Fairbank认为本病可能为一种由病毒引起的感染性疾患", "感染性疾患", "possible", "可能为"),
        # cEHRNER train
        ("否认高血压病史", "高血压", "negated", "否认"),
        ("右肺结节,肺癌待排", "肺癌", "possible", "待排"),
        # review of xywy medical_6–7 (2026-12-02, night): rarity written after the finding
        ("惊厥亦不多见", "惊厥", "rare", "不多见"),
        ("肢体瘫痪和畸形则少见", "畸形", "rare", "则少见"),  # 则 would end the scope as a contrast
        ("很少出现胸痛或气短", "气短", "rare", "很少出现"),
        # hospital-record diagnosis: the question mark is the cue and the clause's end
        ("诊断:肺癌?", "肺癌", "possible", "?"),
        # review of xywy medical_4 (2026-12-03): rarity of a few patients, 偶 + another verb
        ("个别儿童可出现泛发性丘疹", "丘疹", "rare", "个别儿童"),  # 手足口病
        ("个别病例有少量白痰或白泡沫痰", "白痰", "rare", "个别病例"),
        ("周围视网膜有水肿或偶伴有出血", "出血", "rare", "偶伴"),  # longer than the terminate 伴
        ("偶留有疤痕和色素沉着", "疤痕", "rare", "偶留"),
        ("轻症病例呼吸困难及神经症状不著", "呼吸困难", "negated", "不著"),  # 不著 = 不显著
        ("对老年新发生的房颤都应考虑排除甲亢的可能", "甲亢", "possible", "考虑排除"),  # medical_8–9
        ("无或少量蛋白尿", "蛋白尿", "possible", "无或少量"),
        # review of xywy medical_6–7 (2026-12-03, round 7): a Latin name in brackets does not count
        # toward the cue's reach, as an entity between does not
        ("气管闭合性损伤(closed injury of trachea)不多见", "气管闭合性损伤", "rare", "不多见"),
        ("网膜原发性节段性梗死(Idiopathic Segmental Infarction)较为罕见", "网膜原发性节段性梗死", "rare", "罕见"),
        # context review of medical_5 (2026-12-06): a terminate word right after a backward negated or
        # normal cue ends its clause as a comma does (xywy 自身免疫性肝炎, 脑脓肿, 胎盘早剥)
        ("Ⅱ型指抗核抗体阴性而抗-LKM-I阳性", "抗核抗体", "negated", "阴性"),
        ("体温正常或有低热", ("体温", "test"), "normal", "正常"),
        ("压痛不明显或仅有轻度局部压痛", "压痛", "negated", "不明显"),
        # not a rare or possible cue: an attribute of what follows, the cue's own verb (xywy 风湿病, 脊柱侧凸)
        ("当RS患者出现某些少见而严重的临床表现", "RS患者", "present", ""),
        ("先天性脊柱侧凸还可能伴有心血管系统异常", "先天性脊柱侧凸", "present", ""),
        # context fix C (2026-12-06): 缺如 (absent) closing its clause negates what is missing (xywy
        # 外阴阴道发育异常, 先天性再生障碍性贫血; the recall miss 子宫颈缺如 of medical_5), not a term holding it
        ("子宫颈缺如。", ("子宫颈", "body"), "negated", "缺如"),
        ("棘突亦缺如,而上一椎节的棘突较长", ("棘突", "body"), "negated", "缺如"),
        # not less or none, nor what is farther than a few words (xywy 先天性再生障碍性贫血, 脂肪肝)
        ("网织红细胞减少或缺如。", ("网织红细胞", "test"), "present", ""),
        ("有时肝病相关症状仍可缺如", ("肝病", "disease"), "present", ""),
        ("可伴有先天性桡骨缺如", ("先天性桡骨缺如", "disease"), "present", ""),
        ("有副耳,耳前瘘管,耳聋和外耳道缺如。", "耳聋", "present", ""),  # an anomaly, not what is missing
    ],
)
def test_cue_categories(mark, text, term, expected, cue):
    (a,) = assign_context(text, mark(text, term))
    assert (a.assertion, a.cue) == (expected, cue)
    if cue:
        assert text[a.cue_start:a.cue_end] == cue


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # review of xywy medical_14 (2026-12-02, night)
        ("语出《金匮要略?妇人妊娠病脉症并治》少腹如扇", "少腹如扇"),  # a character the source lost
        ("少腹如扇?妇人妊娠病", "少腹如扇"),  # the same, right after the finding
        ("流产可以预防吗?", "流产"),  # a question to the reader
        ("如处理不及时可形成脓肿", "脓肿"),  # a delay, not a negation
        ("因G6PD缺乏诱发的严重的急性溶血性贫血", "溶血性贫血"),  # the lack causes it
        ("夫此病未有不因于痰火者", "痰火"),  # double negation
        ("椎间盘钙化症在临床上并非少见", "椎间盘钙化症"),
        # review of xywy medical_4 (2026-12-03): forms of a disease named with 无 or 非, a typo
        ("男性无合并症淋病", "淋病"),
        ("称无疹性带状疱疹", "带状疱疹"),
        ("而非功能性胰岛细胞瘤", "胰岛细胞瘤"),
        ("可出现终未血尿", "血尿"),  # 终末
        # review of xywy medical_8–9 (2026-12-03): places, "unless", "not all", aggravating
        ("东非锥虫病的病情可以快速恶化", "锥虫病"),
        ("多睾症一般无症状,除非睾丸扭转时才引起重视", "睾丸扭转"),
        ("并不是所有哮喘患者对激素的治疗都显示出疗效", "哮喘"),
        ("还可能会加重自身的焦虑情绪", "焦虑"),
    ],
)
def test_look_alike_cues_leave_the_finding_present(mark, text, term):
    assert modifiers(text, mark(text, term)) == ["present"]


@pytest.mark.parametrize(
    "text",
    [
        "自发性血胸在临床上并非罕见",  # xywy 血胸
        "持续性室性心动过速亦不少见",  # xywy 查加斯病
    ],
)
def test_double_negation_is_not_rare(mark, text):
    term = "血胸" if "血胸" in text else "室性心动过速"
    assert modifiers(text, mark(text, term)) == ["present"]


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        ("病后不久出现黄疸", "黄疸", "present"),
        ("不时出现头痛", "头痛", "present"),
        ("不对称性关节肿胀", "关节肿胀", "present"),
        ("治疗未及时导致肺炎", "肺炎", "present"),
        ("观察有无发热", "发热", "present"),
        ("无论有无发热均需治疗", "发热", "present"),
        ("不一定出现发热", "发热", "possible"),  # not the pseudo 不一
        ("伴或不伴发热", "发热", "possible"),  # with or without: not the negation 不伴
        ("不能解释的肺动脉高压", "肺动脉高压", "present"),  # unexplained, not absent
        ("伴有或不伴有发热", "发热", "possible"),
        ("有或无发热", "发热", "possible"),
    ],
)
def test_cue_characters_inside_ordinary_words(mark, text, term, expected):
    # encyclopedia phrasing: 不久, 不时, 不对称, 未及时, 有无 are words, not negations
    assert modifiers(text, mark(text, term)) == [expected]


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        # xywy 基底细胞癌: 无机砷 is inorganic arsenic
        ("长期接触无机砷(如复方亚砷酸钾溶液)或饮用含砷较高的饮水或食物等易患基底细胞癌",
         ("基底细胞癌", "disease"), "present"),
        # xywy 结节性甲状腺肿: 无意中 = by chance
        ("患者多不在意,无意中发现甲状腺结节而来就诊检查", "甲状腺结节", "present"),
        # xywy 原发性骨淋巴瘤: 无裂细胞 is a cell type
        ("弥漫性大无裂细胞性淋巴瘤细胞和成熟B细胞抗原的反应是阳性", ("淋巴瘤", "disease"), "present"),
        # xywy 风湿病性贫血: 不当 = improper
        ("如应用不当可并发消化性溃疡", "消化性溃疡", "present"),
        # xywy 胫骨平台骨折: an undisplaced fracture is a fracture
        ("Hohl根据805例做了简单分类:无移位骨折及移位骨折", ("骨折", "disease"), "present"),
        # xywy 慢性自律性房性心动过速: incessant
        ("或无休止性房性心动过速", "心动过速", "present"),
        # xywy 盖氏骨折: an incomplete fracture
        ("或由不完全性骨折所致尺骨外伤性弯曲者", ("骨折", "disease"), "present"),
        # xywy 脉络膜转移癌: amelanotic melanoma
        ("这时与脉络膜无色素性黑色素瘤很难区别", ("黑色素瘤", "disease"), "present"),
        # xywy 高免疫球蛋白E综合征: 不足 = insufficient
        ("抗体产生不足和细胞因子分泌异常", ("细胞因子", "test"), "present"),
        # xywy 遗尿: an unstable bladder
        ("这种不稳定膀胱可使患儿功能性膀胱容量进一步缩小", ("膀胱", "body"), "present"),
        # xywy 麻风: indeterminate leprosy
        ("早期未定类麻风患者一部分可自愈", ("麻风", "disease"), "present"),
        # xywy 肘外翻畸形: an unreduced dislocation
        ("其他因素包括未经复位或复位不良的肘关节脱位", "肘关节脱位", "present"),
        # xywy 骨纤维肉瘤: a comparison
        ("另外有肿胀,疼痛的程度不如骨肉瘤重", ("骨肉瘤", "disease"), "present"),
        # xywy 髌腱断裂: must be done
        ("往往不得不施行重建手术", ("手术", "procedure"), "present"),
        # xywy 希恩综合征 and others: a finding written with 不 (乳汁不通, 听力不好) in a list of findings
        ("乏力、嗜睡、食欲不振、腹泻、浮肿、乳汁不通、脱发、畏寒等", "畏寒", "present"),
        ("如果还伴有听力不好、明显打鼾等症状", "打鼾", "hypothetical"),  # 不好 negates nothing; 如果 opens a condition
        ("从咯血丝至大咯血不止甚至窒息死亡", "窒息", "present"),  # unceasing
        ("外踝下方正常凹陷消失等,不难作出骨折判断", ("骨折", "disease"), "present"),  # not hard to
        ("可引起突发的和不可预测的脑卒中", ("脑卒中", "disease"), "present"),  # unpredictable
        ("黄疸不消退", "黄疸", "present"),  # does not subside: still there
        # xywy 新生儿肝炎, 肾病综合征: subsiding is the course of a finding that was there
        ("皮肤及巩膜黄疸逐渐消退", "黄疸", "present"),
        ("应卧床休息至水肿消退", "水肿", "present"),
        ("高热不退,伴寒战", "寒战", "present"),
        ("也可不通过肝硬化而直接由慢性肝炎发展而来", ("肝硬化", "disease"), "negated"),  # 不通过, not 不通
        ("单纯型不合并高血压", ("高血压", "disease"), "negated"),  # 不 + 合并: not with
        ("母婴血型不合并发新生儿溶血病", ("新生儿溶血病", "disease"), "present"),  # 血型不合 + 并发
        ("主要与创面处理不当和不合理应用抗生素有关", ("抗生素", "drug"), "present"),  # improper use
        ("不合血型输血造成的急性溶血", ("输血", "procedure"), "present"),
        # xywy review 2026-12-02: states and limits written with 不
        ("重者可发生意识丧失(昏迷不醒)、呕吐", "呕吐", "present"),
        ("可出现与体温升高不成比例的窦性心动过速", ("窦性心动过速", "disease"), "present"),
        ("可有不显性出血", "出血", "present"),
        ("少许造影剂倒流,不超过大腿近端", ("大腿", "body"), "present"),
        ("比如无处不在的细菌", ("细菌", "microbe"), "present"),
        ("病人不免产生紧张焦虑情绪", "焦虑", "present"),  # inevitably
        ("水样鼻涕有时可不自觉从鼻孔滴下", ("鼻孔", "body"), "present"),  # involuntarily
        ("患儿不停地咳嗽", "咳嗽", "present"),
        # review 2026-12-02 (evening): irregular, the denial stage, apathy
        ("起居无常、顽固性失眠", "顽固性失眠", "present"),
        ("病人可有否认期、愤怒期、抑郁期", "抑郁", "present"),
        ("如无欲、嗜睡或精神错乱", "嗜睡", "present"),
        # xywy: 或有 (or has) adds another finding, it hedges nothing, and ends a negation
        ("者可触及肝脾肿大或有腹水征", "腹水", "present"),
        ("无压痛或有深在性压痛", "深在性压痛", "present"),
        ("无或有肺动脉狭窄", ("肺动脉狭窄", "disease"), "possible"),  # with or without
        ("眩晕发作时或有头痛", "头痛", "possible"),  # 时或有: may have
        ("尽可能保持肢体运动功能", ("肢体", "body"), "present"),  # as far as possible
        ("此时不可能发生心绞痛", "心绞痛", "negated"),  # impossible
        # xywy: words in 无 that name a kind, not an absence
        ("白色小囊泡,内含无色黏液", "黏液", "present"),
        ("呈半球形隆起无蒂息肉状", "息肉", "present"),
        ("又出现上腹部无规律疼痛、饱胀不适", "疼痛", "present"),  # irregular
        ("硬化剂,无水乙醇等均可致膀胱组织坏死", "组织坏死", "present"),  # absolute alcohol
        # xywy: a space between Chinese words separates items; a forward cue stops there
        ("凡有肝肾功能不全者忌用双胍类 糖尿病人有肾盂肾炎", ("肾盂肾炎", "disease"), "present"),
        ("①预防感冒 感冒是MS患者病情反复的诱因", ("MS", "disease"), "present"),
        ("3,无芽胞厌氧菌感染", ("厌氧菌感染", "disease"), "present"),
        ("询问疼痛的部位、性质、有无寒战、高热", "寒战", "present"),  # whether, after a 、
        # a cue right before a list mark ends its phrase: a deficiency, an inability, then a list
        ("正常压脑积水、维生素B12缺乏、低糖血症、甲状腺功能减退等", ("甲状腺功能减退", "disease"), "present"),
        ("症状主要为两眼上视不能、动眼神经麻痹", "动眼神经麻痹", "present"),
        ("积极预防、治疗妇科疾病", ("妇科疾病", "disease"), "hypothetical"),  # not a negation: shared
        # an attribute named by what is absent (atonic)
        ("可有无张力性膀胱", ("膀胱", "body"), "present"),
        # xywy 肠梗阻: a full stop between Chinese words ends the sentence and the scope
        ("若此时梗阻不能得到缓解.便可产生肠壁的坏死和穿孔", "坏死", "present"),
        # the negations next to them stay: xywy 假性肠梗阻 (无机械 over the pseudo 无机), 全面性发作
        ("而无机械性肠梗阻的阵发性腹绞痛", ("肠梗阻", "disease"), "negated"),
        ("肌阵挛性发作持续时间较短,可无意识障碍", "意识障碍", "negated"),
        # xywy review 2026-12-02: a deficiency as a noun, the future, an irregular shape
        ("锌缺乏将导致食欲减退", "食欲减退", "present"),
        ("碘缺乏与甲状腺功能低下有关", ("甲状腺功能低下", "disease"), "present"),
        ("未来50年房颤的患病人数将增加", ("房颤", "disease"), "present"),
        ("可见不整形溃疡", "溃疡", "present"),
    ],
)
def test_cue_characters_inside_other_words_of_the_records(mark, text, term, expected):
    # xywy review: these 无/不/未 are parts of words, not negations (the modifier: 与…区别 makes
    # the melanoma another disease)
    assert [a.modifier for a in assign_context(text, mark(text, term))] == [expected]


@pytest.mark.parametrize("text", ["不能除外肺炎", "未排除肺炎", "不能完全排除肺炎", "无法排除肺炎", "肺炎不能除外"])
def test_a_diagnosis_not_ruled_out_is_possible(mark, text):
    # hospital-record phrasing: a double negation of 除外/排除, not a negation
    assert modifiers(text, mark(text, ("肺炎", "disease"))) == ["possible"]


def test_contrast_word_ends_the_scope(mark):
    # made-up minimal pair: 但 ends the scope of 无
    text = "无发热但有腹痛"
    assert modifiers(text, mark(text, "发热", "腹痛")) == ["negated", "present"]


@pytest.mark.parametrize("text", ["多数不发热或只有低热", "无发热或仅有低热"])
def test_or_only_having_ends_the_scope(mark, text):
    # xywy (a colitis record): no fever, or only a low one
    assert modifiers(text, mark(text, "发热", "低热")) == ["negated", "present"]


@pytest.mark.parametrize(
    ("text", "drug"),
    [("本病禁用阿司匹林", "阿司匹林"), ("故忌用碳酸氢钠", "碳酸氢钠"), ("孕妇禁止服用利巴韦林", "利巴韦林"),
     ("禁用一切镇静剂和吗啡", "吗啡")],
)
def test_a_contraindicated_drug_is_negated(mark, text, drug):
    # xywy prevent_info: what must not be given is no therapy given
    assert modifiers(text, mark(text, (drug, "drug"))) == ["negated"]


@pytest.mark.parametrize(
    ("text", "term"), [("二甲双胍禁用于肾功能不全患者", ("肾功能不全", "disease")), ("切忌用力咳嗽", "咳嗽")]
)
def test_contraindicated_in_patients_with_is_no_negation(mark, text, term):
    # review: the patients have the disease; 忌用 inside 切忌用力
    assert modifiers(text, mark(text, term)) == ["present"]


def test_only_having_alone_keeps_the_cue_before_it(mark):
    text = "平时病人可能仅有腰酸"  # xywy: still possible
    assert modifiers(text, mark(text, "腰酸")) == ["possible"]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # xywy 婴儿期短暂性低丙球蛋白血症
        ("免疫学检查血清γ-球蛋白含量低于正常", ("球蛋白", "test")),
        # xywy 肝肾综合征
        ("部分患者后期发生急性肾小管坏死,尿比重低于正常", ("尿比重", "test")),
        # xywy 滋养细胞肿瘤
        ("血或尿内HCG含量持续不正常", ("HCG", "test")),
        # xywy 骨产道异常性难产: whether it is abnormal
        ("应仔细做内诊检查明确骨盆有无异常", ("骨盆", "body")),
    ],
)
def test_below_above_or_not_normal_is_not_normal(mark, text, term):
    assert modifiers(text, mark(text, term)) == ["present"]


def test_backward_cue_fires_only_at_the_end_of_its_clause(mark):
    # POEMS综合征 seed: 细胞计数正常或轻度增高 is not 'normal'
    text = "细胞计数正常或轻度增高"
    assert modifiers(text, mark(text, ("细胞计数", "test"))) == ["present"]
    # and 脑脊液压力轻度增高或正常 is not either (或正常 is a pseudo cue)
    text = "脑脊液压力轻度增高或正常"
    assert modifiers(text, mark(text, ("脑脊液压力", "test"))) == ["present"]


def test_a_negation_before_de_is_an_attribute_of_what_follows(mark):
    # xywy 成人类风湿性关节炎性巩膜炎: patients with RA but no scleritis
    text = "RA性巩膜炎患者比无巩膜炎的RA性疾病患者更多出现晚期关节炎"
    ents = mark(text, ("RA", "disease"), ("巩膜炎", "disease"), ("巩膜炎", "disease"), ("RA", "disease"),
                ("关节炎", "disease"))
    assert modifiers(text, ents) == ["present", "present", "negated", "present", "present"]
    # xywy 药物性皮炎
    text = "多种药物可诱发或加重无皮肤表现的红斑狼疮"  # 皮肤 only says where the absent 表现 would be
    assert modifiers(text, mark(text, ("皮肤", "body"), ("红斑狼疮", "disease"))) == ["present", "present"]
    # with no entity before 的 the negation still reaches: xywy 薄肾小球基底膜病
    text = "包括家族性良性血尿,没有明显的蛋白尿"
    assert modifiers(text, mark(text, "蛋白尿")) == ["negated"]
    text = "无真正的眼球震颤"  # a degree word of two characters before 的
    assert modifiers(text, mark(text, "眼球震颤")) == ["negated"]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("缺乏运动的人很容易得到粥状动脉硬化", ("动脉硬化", "disease")),  # xywy 动脉硬化: people who lack exercise
        ("目前没有明确的证据表明吸烟会导致肺癌", ("肺癌", "disease")),  # no evidence that…
        ("没有特殊的治疗方法能够根治糖尿病", ("糖尿病", "disease")),
        ("无明显的诱因下出现头痛", "头痛"),
    ],
)
def test_a_negation_before_de_does_not_reach_a_mention_after_the_noun_it_qualifies(mark, text, term):
    assert modifiers(text, mark(text, term)) == ["present"]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # xywy: the words from the negation to the 的 describe the noun after it, which is there
        ("合文献资料,未破裂的AVM每年将有2%出血", ("AVM", "disease")),
        ("未经治疗的衣原体尿道炎症状可自行减轻", ("尿道炎", "disease")),
        ("无家族史的散发性白内障", ("白内障", "disease")),
        ("冷空气接触到不健康的牙齿会感觉牙痛", ("牙齿", "body")),
        ("常常与临床上未发现的肌腱端炎有关", ("肌腱端炎", "disease")),
        ("腹痛时脐周可有较轻而不恒定的深压痛", "压痛"),
        ("无明确病因的AIHA为原发性AIHA", ("AIHA", "disease")),  # 明确 before a noun, not the 的
        ("有不完整的三联征", "三联征"),  # 不 negates the attribute itself
        # review: 未出现, 未发现 are no verbs of finding a 的 phrase; a place noun is no attribute
        ("未出现转移的肺癌可手术切除", ("肺癌", "disease")),
        ("未发现症状的糖尿病患者", ("糖尿病", "disease")),
        ("无固定部位的压痛", "压痛"),  # 无固定: not fixed
    ],
)
def test_a_negation_in_a_relative_clause_does_not_reach_its_noun(mark, text, term):
    assert modifiers(text, mark(text, term)) == ["present"]


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("未引起严重的腹泻", ["腹泻"]),  # an attribute word before the 的, after a verb
        ("慢性乙肝一般没有剧烈的疼痛", ["疼痛"]),
        ("缺乏典型的痢疾样粪便", [("痢疾", "disease")]),
        ("未见肝脏的肿大", [("肝脏", "body"), "肿大"]),  # a body part before the 的 says whose finding it is
        ("无明显腹部的压痛", [("腹部", "body"), "压痛"]),
        # review: an adjective in 性, a degree or a place word before the 的; a verb of finding
        ("无急性的腹痛", ["腹痛"]),
        ("没有过度的疲劳", ["疲劳"]),  # (不要过度的疲劳 is advice: hypothetical, review of medical_4–5)
        ("听诊无双侧肺部的湿啰音", [("肺部", "body"), "湿啰音"]),
        ("神经节中找不到感染的病毒", [("病毒", "microbe")]),
        ("未检出致病的细菌", [("细菌", "microbe")]),
        # third review: a place or a size before the 的
        ("常无其他部位的孢子丝菌病", [("孢子丝菌病", "disease")]),
        ("注射处未出现直径超过1cm的红斑", ["红斑"]),
    ],
)
def test_a_negation_reaches_past_a_de_after_an_attribute_word(mark, text, terms):
    assert modifiers(text, mark(text, *terms))[-1] == "negated"


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        # xywy: X者 names those with (or without) X; what follows is said of them
        ("人群未注射甲肝疫苗者对HAV普遍易感", ("HAV", "microbe"), "present"),
        ("无明显病因者称单纯性肥胖", ("单纯性肥胖", "disease"), "present"),
        ("甚至在未曾作过胃切除术者也可发生倾倒综合征", ("倾倒综合征", "disease"), "present"),
        ("无发热者预后较好", "发热", "negated"),  # before the 者: still negated
        ("无发热或者咳嗽", "咳嗽", "negated"),  # 或者: or
        ("未从后者中分离出病毒", ("病毒", "microbe"), "negated"),  # 后者: the latter
        ("无癫痫发作者海马硬化发生率为9%", ("海马硬化", "disease"), "present"),  # 发作者: those with seizures
        ("严重缺乏维生素A时可见血细胞生成不良形成贫血", "贫血", "present"),  # a condition in 时
        ("无一时性脑缺血发作", "脑缺血", "negated"),  # 一时性: transient, no condition
        ("二级预防是指已患上冠心病的患者", ("冠心病", "disease"), "present"),  # already ill
        ("说明有可能在原有糖尿病的基础上又发生了酮症", ("糖尿病", "disease"), "present"),  # pre-existing
        ("未能及时调整剂量及更换敏感抗生素", ("抗生素", "drug"), "negated"),  # 及时: in time
        ("但迄今为止未能从Crohn病患者的肠组织中分离出真正的病毒颗粒", ("病毒", "microbe"), "negated"),
        ("少数病情严重者可有谵妄", "谵妄", "rare"),  # a quantifier goes on past it
    ],
)
def test_a_negation_ends_with_the_noun_phrase_of_zhe(mark, text, term, expected):
    assert modifiers(text, mark(text, term)) == [expected]


def test_a_negation_before_de_still_reaches_a_mention_right_after_it(mark):
    text = "无典型的转移性右下腹疼痛史"  # a few characters between: still negated
    assert modifiers(text, mark(text, "右下腹疼痛")) == ["negated"]
    text = "无明显的运动性抑制或精神病"  # a list after the 的
    assert modifiers(text, mark(text, ("精神病", "disease"))) == ["negated"]
    text = "患者无明显的反复发作性上腹部疼痛"  # an adjective in 性 before the mention
    assert modifiers(text, mark(text, "上腹部疼痛")) == ["negated"]
    text = "没有典型的夜间阵发性呼吸困难"
    assert modifiers(text, mark(text, "呼吸困难")) == ["negated"]


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        # xywy 肺癌: the risk factor is uncertain, lung cancer is not
        ("分泌功能失调等也可能是肺癌的高危因素", ("肺癌", "disease"), "present"),
        # xywy 老年人革兰阴性杆菌肺炎
        ("这可能是造成老年人革兰阴性杆菌肺炎的主要原因", ("肺炎", "disease"), "present"),
        ("高血压不是脑出血的唯一原因", ("脑出血", "disease"), "present"),
        ("吸烟很少是肺癌的诱因", ("肺癌", "disease"), "present"),
        # a relation word further than max_scope after the 的 (or with no 的) is no relation
        ("可能是肺癌的早期临床表现及其原因", ("肺癌", "disease"), "possible"),
        ("可能是肺癌原因", ("肺癌", "disease"), "possible"),
        # other heads after 的 leave the cue alone: the history of hypertension is uncertain
        ("可能有高血压的病史", ("高血压", "disease"), "possible"),
        ("可能是肺癌", ("肺癌", "disease"), "possible"),
    ],
)
def test_a_cue_before_the_cause_of_a_disease_judges_the_cause(mark, text, term, expected):
    # X可能是Y的主要原因: 可能 speaks of the cause; Y is only what it causes
    assert modifiers(text, mark(text, term)) == [expected]


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        # xywy 类风湿关节炎: a list before 的 is what the cause is of, every item
        ("亦可能为类风湿关节炎、系统性红斑狼疮等自身免疫性疾病的诱发因素之一",
         [("类风湿关节炎", "disease"), ("系统性红斑狼疮", "disease"), ("自身免疫性疾病", "disease")]),
        # xywy 焦虑症
        ("说不出他仍焦虑和抑郁的原因", ["焦虑", "抑郁"]),
        # a mention right before another: 脑 of 脑胶质母细胞瘤, 睾丸 of 睾丸肿胀
        ("可能是脑胶质母细胞瘤的高危因素", [("脑", "body"), ("胶质母细胞瘤", "disease")]),
        ("可能是造成睾丸肿胀的原因", [("睾丸", "body"), "肿胀"]),
    ],
)
def test_every_mention_of_what_a_cause_is_of_is_judged_alike(mark, text, terms):
    assert modifiers(text, mark(text, *terms)) == ["present"] * len(terms)


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        # the cue names the topic, no verb makes it a cause: xywy 妊娠期甲亢, and a made-up one
        ("疑似肺癌的主要原因是吸烟", ("肺癌", "disease"), "possible"),
        # 由于/因为/合并 X的原因: X is the cause itself
        ("可能是由于感冒的原因导致发热", ("感冒", "disease"), "possible"),
        # xywy 先天性脑积水
        ("个别出现较早的患者可能为合并颅内肿瘤或蛛网膜囊肿的原因", ("蛛网膜囊肿", "disease"), "possible"),
    ],
)
def test_a_cause_word_after_a_mention_that_is_no_relation_leaves_the_cue(mark, text, term, expected):
    assert modifiers(text, mark(text, term)) == [expected]


def test_a_backward_cue_governs_the_head_of_the_phrase_before_it(mark):
    # xywy 癣菌疹: the examination is negative, the rash is there
    text = "这种继发性皮疹真菌检查阴性"
    ents = mark(text, "皮疹", ("真菌检查", "procedure"))
    assert modifiers(text, ents) == ["present", "negated"]
    # xywy 庚型病毒性肝炎: the serum is the specimen
    text = "但一直未出现肝炎,血清丙氨酸转氨酶正常"
    ents = mark(text, ("血清", "body"), ("丙氨酸转氨酶", "test"))
    assert modifiers(text, ents) == ["present", "normal"]
    # xywy 肝肾综合征: 血压 nested in 血压下降
    text = "血压下降不明显"
    ents = [*mark(text, "血压下降"), Entity(0, 2, "血压", "test", "血压")]
    assert modifiers(text, ents) == ["negated", "present"]


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        # xywy 胸椎椎管狭窄症: a comparison, not a qualifier; what it is compared with is not rare
        # (review of medical_6 and 11, 2026-12-03: 较[管状腺瘤]少见, 远比Zenker[憩室]少见)
        ("胸椎椎管狭窄症远较腰椎和颈椎少见", [("胸椎椎管狭窄症", "disease"), ("腰椎", "body"), ("颈椎", "body")],
         ["rare", "present", "present"]),
        ("咽食管憩室远比Zenker憩室少见", [("咽食管憩室", "disease"), ("憩室", "disease")], ["rare", "present"]),
        # xywy POEMS综合征: a bracketed gloss
        ("而IL-2和干扰素γ(IFN-γ)水平正常", [("IL-2", "test"), ("干扰素γ", "test"), ("IFN-γ", "test")],
         ["normal"] * 3),
    ],
)
def test_entities_side_by_side_before_a_backward_cue_are_all_governed(mark, text, terms, expected):
    assert modifiers(text, mark(text, *terms)) == expected


def test_short_leash_of_single_character_cues(mark):
    # POEMS综合征 seed, 发病原因: 非AIDS相关性 does not negate the sarcoma
    text = "和非AIDS相关性Kaposi肉瘤"
    assert modifiers(text, mark(text, ("Kaposi肉瘤", "disease"))) == ["present"]


def test_leash_is_measured_to_the_entity_judged(mark):
    # POEMS综合征 seed, 发病原因: AIDS right after 非 does not bring the sarcoma into its leash
    text = "和非AIDS相关性Kaposi肉瘤。"
    ents = mark(text, ("AIDS", "disease"), ("Kaposi肉瘤", "disease"))
    assert modifiers(text, ents) == ["negated", "present"]
    # made-up: other entities and 、 of a list are not counted against the leash of 阴性 (8)
    text = "乙肝表面抗原、丙肝抗体、HIV抗体、梅毒抗体阴性"
    ents = mark(text, ("乙肝表面抗原", "test"), ("丙肝抗体", "test"), ("HIV抗体", "test"), ("梅毒抗体", "test"))
    assert modifiers(text, ents) == ["negated"] * 4


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        # xywy 结节性甲状腺肿: 碘缺乏地区 = an iodine-deficient area
        ("5.如来自碘缺乏地区的结节性甲状腺肿患者,其甲状腺功能可有低下表现", ("结节性甲状腺肿", "disease"),
         "present"),
        # xywy 氨基酸代谢病: the enzyme's deficiency causes the disease
        ("胱硫醚合成酶缺乏引起的同型胱氨酸尿症", ("同型胱氨酸尿症", "disease"), "present"),
        # xywy 低钾血症肾病
        ("镁缺乏亦可导致尿钾排出增多引起低血钾", "低血钾", "present"),
        # the verb still negates its object: xywy 脑室内脑膜瘤
        ("这些病人仅有阵发性头痛史,而缺乏定位体征", "定位体征", "negated"),
    ],
)
def test_quefa_after_a_noun_is_a_deficiency_not_a_negation(mark, text, term, expected):
    assert modifiers(text, mark(text, term)) == [expected]


def test_fei_negates_only_the_word_right_after_it(mark):
    # xywy 非淋球菌性细菌性关节炎: a non-gonococcal arthritis is an arthritis
    text = "即使得到及时有效的治疗,非淋球菌性化脓性关节炎仍比淋球菌性关节炎有更高的并发症"
    ents = mark(text, ("淋球菌", "microbe"), ("化脓性关节炎", "disease"))
    assert modifiers(text, ents) == ["negated", "present"]
    # xywy 过敏性急性小管间质性肾炎: 非少尿型 names a kind of renal failure
    text = "特别是30%~40%的病例系非少尿型肾功能衰竭"
    assert modifiers(text, mark(text, "少尿", "肾功能衰竭")) == ["negated", "present"]


def test_raw_full_width_text_gives_the_same_offsets(mark):
    raw = "无腹痛，伴发热"
    ents = mark(raw, "腹痛", "发热")
    assert modifiers(raw, ents) == ["negated", "present"]
    assert assign_context(raw, ents) == assign_context(normalize_text(raw), ents)


def test_find_cues_resolves_overlaps_longest_first():
    text = "未见异常,并非罕见"
    assert [(text[c.start:c.end]) for c in find_cues(text)] == ["未见异常", "并非罕见"]


# --- other diseases ----------------------------------------------------------------------

# POEMS综合征 seed, 诊断/诊断 (normalized), from the differential-diagnosis heading on
DIFFERENTIAL = normalize_text(
    "POEMS综合征的鉴别诊断需注意与下列疾病鉴别：①多发性骨髓瘤，本病的首发症状是骨部疼痛，"
    "而非多发性周围神经病，其发病年龄较POEMS综合征晚，肝、脾肿大常见，但周围淋巴结肿大较后者少，"
    "血沉增快，血钙增高及M蛋白、尿本-周蛋白出现的频率明显高于POEMS综合征，X线普遍显示骨质疏松、"
    "多发性溶骨性破坏，骨硬化少见。合并肾脏损害多见，可有淀粉样变，内分泌改变较POEMS综合征少，"
    "骨髓穿刺浆细胞明显增高。②慢性格林—巴利综合征，主要表现为多发性周围神经病变及脑脊液蛋白的增高，"
    "一般不出现皮肤损害及内分泌功能障碍，无骨骼损害及M蛋白、浆细胞浸润等。③结缔组织病，"
    "也可出现多系统损害，但其肌肉损害多为肌源性，血清蛋白电泳不出现M蛋白，血中可测出自身抗体等以鉴别。"
)


def test_differential_items_belong_to_their_disease(mark):
    ents = mark(
        DIFFERENTIAL,
        ("多发性骨髓瘤", "disease"), "骨部疼痛", "多发性周围神经病", ("POEMS综合征", "disease"),
        "血钙增高", "骨质疏松", "骨硬化", "淀粉样变",
        ("慢性格林-巴利综合征", "disease"), "皮肤损害", "内分泌功能障碍", "骨骼损害",
        ("结缔组织病", "disease"), ("M蛋白", "test"),
    )
    got = {e.text: a for e, a in zip(ents, assign_context(DIFFERENTIAL, ents, section="诊断/诊断",
                                                           record_disease="POEMS综合征"))}
    for term in ("骨部疼痛", "血钙增高", "骨质疏松", "淀粉样变"):
        assert (got[term].assertion, got[term].about) == ("other_disease", "多发性骨髓瘤")
    assert got["多发性周围神经病"].modifier == "negated"  # 而非
    assert got["骨硬化"].modifier == "rare"  # 骨硬化少见
    assert got["POEMS综合征"].assertion == "present"  # the record's own disease
    skin = got["皮肤损害"]
    assert (skin.assertion, skin.modifier, skin.about, skin.cue) == (
        "other_disease", "negated", "慢性格林-巴利综合征", "不出现")
    assert DIFFERENTIAL[skin.about_start:skin.about_end] == "慢性格林-巴利综合征"
    assert got["骨骼损害"].modifier == "negated"
    m = got["M蛋白"]
    assert (m.assertion, m.modifier, m.about) == ("other_disease", "negated", "结缔组织病")


def test_item_without_a_disease_entity_takes_its_first_phrase(mark):
    ents = mark(DIFFERENTIAL, "骨部疼痛")
    (a,) = assign_context(DIFFERENTIAL, ents)
    assert (a.assertion, a.about) == ("other_disease", "多发性骨髓瘤")


def test_numbered_items_outside_a_differential_are_not_other_diseases(mark):
    # POEMS综合征 seed, 诊断/症状
    text = "1.进行性多发性周围神经病 常为首发症状,表现为四肢对称性运动、感觉障碍"
    assert modifiers(text, mark(text, "感觉障碍"), section="诊断/症状") == ["present"]


def test_differential_section_path_without_heading(mark):
    text = "①偏头痛,多有家族史,无发热"
    ents = mark(text, ("偏头痛", "disease"), "发热")
    result = assign_context(text, ents, section="鉴别诊断")
    assert [(a.assertion, a.modifier, a.about) for a in result] == [
        ("other_disease", "present", "偏头痛"), ("other_disease", "negated", "偏头痛")]


@pytest.mark.parametrize(("text", "terms", "expected"), [
    # new-user review (2026-12-04): the sentence after the cue was the record's (膝关节肿痛 of 痛风)
    ("本病需与假性痛风相鉴别。假性痛风多见于老年人,常有膝关节肿痛,血尿酸正常。",
     [("假性痛风", "disease"), ("假性痛风", "disease"), "膝关节肿痛", ("血尿酸", "test")],
     [("other_disease", "假性痛风")] * 4),
    ("假性痛风:多见于老年人,常有膝关节肿痛。", [("假性痛风", "disease"), "膝关节肿痛"], [("other_disease", "假性痛风")] * 2),
    # up to a clause turning back to the record's disease
    ("类风湿关节炎多为对称性小关节炎,而本病多为单关节炎,血尿酸升高。",
     [("类风湿关节炎", "disease"), ("单关节炎", "disease"), ("血尿酸", "test")],
     [("other_disease", "类风湿关节炎"), ("present", ""), ("present", "")]),
    # a sentence opening with the record's disease stays its own
    ("痛风多见于中年男性,常有第一跖趾关节红肿。", [("痛风", "disease"), "第一跖趾关节红肿"], [("present", "")] * 2),
    # code review (2026-12-04): a clause turning to the record's disease by name ends the other's
    ("假性痛风多见于老年人,而痛风多见于中年男性,常有关节红肿。",
     [("假性痛风", "disease"), ("痛风", "disease"), "关节红肿"], [("other_disease", "假性痛风"), ("present", ""), ("present", "")]),
])
def test_a_sentence_of_a_differential_without_numbers_belongs_to_the_disease_opening_it(mark, text, terms, expected):
    result = assign_context(text, mark(text, *terms), section="鉴别诊断", record_disease="痛风")
    assert [(a.assertion, a.about) for a in result] == expected


def test_a_sentence_like_a_heading_does_not_end_a_differential_section(mark):
    # xywy style 鉴别诊断: 本病的临床表现 reads like a symptom heading but is a sentence
    text = "本病的临床表现与下列疾病相似,应注意鉴别:1.肺结核:常有低热、盗汗。2.肺癌:常有咯血。"
    ents = mark(text, ("肺结核", "disease"), "低热", "盗汗", ("肺癌", "disease"), "咯血")
    result = assign_context(text, ents, section="鉴别诊断")
    assert [(a.assertion, a.about) for a in result] == [("other_disease", "肺结核")] * 3 + [
        ("other_disease", "肺癌")] * 2


def test_an_item_naming_the_record_disease_has_no_owner(mark):
    # made-up, after the 多发性骨髓瘤 record of the xywy style: its own list names itself first
    text = "①多发性骨髓瘤,常见骨痛、贫血。②POEMS综合征,常见多发性周围神经病。"
    ents = mark(text, ("多发性骨髓瘤", "disease"), "骨痛", "贫血", ("POEMS综合征", "disease"), "多发性周围神经病")
    result = assign_context(text, ents, section="鉴别诊断", record_disease="多发性骨髓瘤")
    assert [(a.assertion, a.about) for a in result] == [("present", "")] * 3 + [("other_disease", "POEMS综合征")] * 2


def test_an_item_naming_the_record_disease_without_its_patient_group_has_no_owner(mark):
    # made-up, xywy style; 毛细支气管炎 left unmarked: the item's phrase itself is compared
    text = "①毛细支气管炎,常见喘憋。②支气管哮喘,常见喘息。"
    ents = mark(text, "喘憋", ("支气管哮喘", "disease"), "喘息")
    result = assign_context(text, ents, section="鉴别诊断", record_disease="小儿毛细支气管炎")
    assert [(a.assertion, a.about) for a in result] == [("present", ""), ("other_disease", "支气管哮喘"),
                                                         ("other_disease", "支气管哮喘")]


def test_record_disease_spelt_with_zheng_or_zheng(mark):
    # POEMS综合征 seed, 诊断/诊断 (shortened): 综合症 is the record's disease, 综合征 spelt otherwise
    text = "③结缔组织病,也可出现多系统损害。但有报告硬皮病与POEMS综合症同时存在"
    ents = mark(text, ("结缔组织病", "disease"), ("硬皮病", "disease"), ("POEMS综合症", "disease"))
    result = assign_context(text, ents, section="鉴别诊断", record_disease="POEMS综合征")
    assert [a.assertion for a in result] == ["other_disease", "other_disease", "present"]


@pytest.mark.parametrize(
    ("text", "disease", "finding", "about"),
    [
        # POEMS综合征 seed, 诊断/诊断
        ("半数病人可见浆细胞轻度增多(2%~5%),合并骨髓瘤者的浆细胞比例明显增高(>10%)",
         "骨髓瘤", "浆细胞比例明显增高", "骨髓瘤"),
        # POEMS综合征 seed, 诊断/症状
        ("骨化性骨髓瘤时浆细胞比例多在5%以下,多发性骨髓瘤(溶骨性)时多超过10%",
         "多发性骨髓瘤", "多超过10%", "多发性骨髓瘤"),
        # xywy 心肌炎
        ("心肌损害严重或心力衰竭者,可闻舒张期奔马律,合并心包炎者可闻心包摩擦音",
         "心包炎", "心包摩擦音", "心包炎"),
    ],
)
def test_clause_initial_condition_gives_the_clause_to_that_disease(mark, text, disease, finding, about):
    ents = mark(text, (disease, "disease"), finding)
    result = assign_context(text, ents, record_disease="POEMS综合征")
    assert [(a.assertion, a.about) for a in result] == [("other_disease", about)] * 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # xywy 跟骨骨折: how often X is seen, X is no patient group
        ("骨不连者甚少见", ["rare"]),
        ("骨不连者较多", ["present"]),
        # X者 with findings after it: they are X's
        ("骨不连者可有疼痛", ["other_disease", "other_disease"]),
    ],
)
def test_x_zhe_followed_by_how_often_it_is_seen_owns_nothing(mark, text, expected):
    terms = [("骨不连", "disease")] + (["疼痛"] if "疼痛" in text else [])
    assert modifiers(text, mark(text, *terms), record_disease="跟骨骨折") == expected


def test_condition_must_start_the_clause_and_not_be_the_record_disease(mark):
    # POEMS综合征 seed, 发病机制: the record's own patients
    text = "因为伴孤立性浆细胞瘤的POEMS综合征病人手术或局部放疗后可以完全缓解"
    ents = mark(text, ("POEMS综合征", "disease"), "完全缓解")
    assert modifiers(text, ents, record_disease="POEMS综合征") == ["present", "present"]
    # xywy 心肌炎: the earlier clause stays this disease's
    text = "可闻舒张期奔马律,合并心包炎者可闻心包摩擦音"
    assert modifiers(text, mark(text, "舒张期奔马律")) == ["present"]


@pytest.mark.parametrize(
    ("text", "disease", "finding", "record"),
    [
        # xywy 小儿毛细支气管炎, 护理: the record's disease without its patient group
        ("2.毛细支气管炎时有不同程度的发热,水分蒸发较大", "毛细支气管炎", "发热", "小儿毛细支气管炎"),
        # after a run of patient group and qualifiers (disease_prefixes.tsv)
        ("胰腺炎时有发热", "胰腺炎", "发热", "老年人急性胰腺炎"),
        # xywy 老年期抑郁症 and 老人腹股沟斜疝 open with other words for the elderly
        ("抑郁症患者常有失眠", "抑郁症", "失眠", "老年期抑郁症"),
        ("腹股沟斜疝患者可有腹痛", "腹股沟斜疝", "腹痛", "老人腹股沟斜疝"),
        # xywy 早期乳腺癌 (review 2026-12-02): a stage opens the name as a course does
        ("乳腺癌病人可有乳头溢液", "乳腺癌", "乳头溢液", "早期乳腺癌"),
        ("Still病患者可有发热", "Still病", "发热", "成人Still病"),
        # review: a group word that also opens a type in 型 (青少年型) still leaves the type an adjective
        ("青光眼患者可有头痛", "青光眼", "头痛", "原发性青少年型青光眼"),
        ("慢性粒细胞白血病患者可有发热", "慢性粒细胞白血病", "发热", "小儿成人型慢性粒细胞白血病"),
        # xywy cause_info review: a short head after qualifiers, adjectives in 性 (恶性, 外伤性,
        # 流行性), and the name without its last character 症, 病 or 眼
        ("肝癌时有发热", "肝癌", "发热", "原发性肝癌"),
        ("淋巴瘤时有发热", "淋巴瘤", "发热", "恶性淋巴瘤"),
        ("白内障患者可有畏光", "白内障", "畏光", "外伤性白内障"),
        ("低血糖时有出汗", "低血糖", "出汗", "低血糖症"),
        ("远视者可有头痛", "远视", "头痛", "远视眼"),
        # a kind of the record's disease, named with a qualifier or an adjective in 性
        ("细菌性前列腺炎时有发热", "细菌性前列腺炎", "发热", "前列腺炎"),
        ("急性心肌梗死时有胸痛", "急性心肌梗死", "胸痛", "心肌梗死"),
        # xywy 苯中毒 and others: the record's disease graded
        ("轻度中毒者可有头痛", "轻度中毒", "头痛", "苯中毒"),
        ("重型肝炎患者可有腹水", "重型肝炎", "腹水", "戊型病毒性肝炎"),
        # xywy 距骨骨折, 颅内动脉瘤: a lesion (disease_heads.tsv) without its site
        ("骨折患者可有肿胀", "骨折", "肿胀", "距骨骨折"),
        ("动脉瘤破裂时有头痛", "动脉瘤", "头痛", "颅内动脉瘤"),
        ("烧伤患者可有休克", "烧伤", "休克", "头皮及颅骨烧伤"),
        # a type in 型 opens a name as an adjective in 性 does
        ("心肌病患者可有心悸", "心肌病", "心悸", "限制型心肌病"),
        ("青光眼患者可有头痛", "青光眼", "头痛", "原发性开角型青光眼"),
        # xywy review 2026-12-02: the name with its 症; a kind of it in a record on its patients
        ("遗尿症者可有自卑", "遗尿症", "自卑", "小儿遗尿"),
        ("急性呼吸衰竭时有发绀", "急性呼吸衰竭", "发绀", "小儿呼吸衰竭"),
    ],
)
def test_the_record_diseases_head_is_the_record_disease(mark, text, disease, finding, record):
    ents = mark(text, (disease, "disease"), finding)
    assert modifiers(text, ents, record_disease=record) == ["present", "present"]


@pytest.mark.parametrize(
    ("disease", "record"),
    [
        ("霍奇金淋巴瘤", "非霍奇金淋巴瘤"),  # 非 makes it another disease (both are xywy records)
        ("小细胞肺癌", "非小细胞肺癌"),
        ("支气管炎", "小儿毛细支气管炎"),  # 毛细 is no qualifier: bronchiolitis is not bronchitis
        ("肺炎", "肺炎链球菌肺炎"),  # a microbe opens the name: another pneumonia
        ("肠梗阻", "假性肠梗阻"),  # pseudo-obstruction is no obstruction
        ("假性肠梗阻", "肠梗阻"),
        ("肌无力", "重度肌无力"),  # a grade is no opening the name can drop
        # review 2026-12-02: 假 or 类 inside the opening; an adjective before a short name; a
        # two-character name claims no kind made with an adjective; a grade of another disease
        ("淋巴瘤", "肺假性淋巴瘤"),
        ("关节炎", "幼年类风湿性关节炎"),
        ("贫血", "缺铁性贫血"),
        ("感冒", "小儿流行性感冒"),
        ("流行性感冒", "感冒"),
        ("自发性气胸", "气胸"),
        ("轻度肠梗阻", "假性肠梗阻"),
        ("前列腺炎", "非细菌性前列腺炎"),
        ("肾", "肾病"),  # one character is no name
        ("动脉瘤", "假性动脉瘤"),  # a lesion head after 假: another disease
        ("肾炎", "肾盂肾炎"),  # 炎 is no lesion head: pyelonephritis is not nephritis
        ("水过多", "羊水过多"),
        ("肾病", "小儿肾"),  # a two-character name with its 病 claims no record
        ("流行性感冒", "小儿感冒"),  # nor a kind of a two-character name made with an adjective
    ],
)
def test_the_end_of_the_record_diseases_name_after_other_words_is_another_disease(mark, disease, record):
    text = f"{disease}时有发热"
    ents = mark(text, (disease, "disease"), "发热")
    assert modifiers(text, ents, record_disease=record) == ["other_disease", "other_disease"]


def test_an_infection_by_the_microbe_the_record_is_named_after_is_the_records_own():
    # xywy 布氏杆菌性关节炎 (review): the record's own cause, not another disease
    text = "由布氏杆菌感染所致"
    ents = [Entity(1, 7, "布氏杆菌感染", "disease", "布氏杆菌感染")]
    assert modifiers(text, ents, record_disease="布氏杆菌性关节炎", section="cause_info") == ["present"]
    assert modifiers(text, ents, record_disease="类风湿关节炎", section="cause_info") == ["other_disease"]


def test_a_canonical_name_in_zheng_names_a_record_written_without_it():
    # xywy 妊娠合并甲状腺功能减退 (fourth review): 甲减's canonical is 甲状腺功能减退症
    text = "可引起甲减"
    ents = [Entity(3, 5, "甲减", "disease", "甲状腺功能减退症")]
    assert modifiers(text, ents, record_disease="妊娠合并甲状腺功能减退", section="cause_info") == ["present"]


def test_a_mention_nested_in_the_records_disease_is_part_of_its_name():
    # xywy 羊水过多, 痉挛性斜颈: the dictionary's shorter disease inside the record's name
    text = "是引起羊水过多的主要因素"
    ents = [Entity(3, 7, "羊水过多", "symptom", "羊水过多"), Entity(4, 7, "水过多", "disease", "水过多", nested=True)]
    assert modifiers(text, ents, record_disease="羊水过多", section="cause_info") == ["present", "present"]
    # another record's cause: background (a cause text's finding), its nested word another disease's
    assert modifiers(text, ents, record_disease="胎盘早剥", section="cause_info") == ["background", "other_disease"]


@pytest.mark.parametrize(
    ("text", "disease", "record", "expected"),
    [
        # xywy 颈椎管狭窄症: the dictionary has 椎管狭窄, the text completes the record's name
        ("2.退变性颈椎管狭窄。", "椎管狭窄", "颈椎管狭窄症", "present"),
        ("继发性颈椎管狭窄", "椎管狭窄", "颈椎管狭窄症", "present"),
        ("由于很多疾病可以引起上消化道出血", "消化道出血", "上消化道出血", "present"),
        # another site before it, or a mark between: another disease
        ("2.退变性腰椎管狭窄。", "椎管狭窄", "颈椎管狭窄症", "other_disease"),
        ("下消化道出血", "消化道出血", "上消化道出血", "other_disease"),
        ("颈、椎管狭窄", "椎管狭窄", "颈椎管狭窄症", "other_disease"),
    ],
)
def test_the_words_right_before_a_mention_may_complete_the_records_disease(mark, text, disease, record, expected):
    ents = mark(text, (disease, "disease"))
    assert [a.assertion for a in assign_context(text, ents, section="cause_info", record_disease=record)] == [expected]


@pytest.mark.parametrize(
    ("text", "site", "record", "expected"),
    [
        # review: a lesion written after another site is that site's (xywy 腕舟状骨骨折, 肋骨骨折)
        ("肘关节以上肱骨髁上处的骨折", "肱骨", "腕舟状骨骨折", "other_disease"),
        ("应与锁骨骨折鉴别", "锁骨", "肋骨骨折", "other_disease"),
        # the record's own site before it: still the record's (xywy 锁骨骨折)
        ("撞击锁骨外端造成骨折", "锁骨", "锁骨骨折", "present"),
        # second review: a part far before the lesion, or the lesion's own ends (xywy 胫腓骨骨干骨折)
        ("作用于骨骼某一部位而致该部骨折", "骨骼", "足舟骨骨折", "present"),
        ("肌肉撕裂和骨折端裸露", "肌肉", "胫腓骨骨干骨折", "present"),
    ],
)
def test_a_lesion_after_another_site_is_another_disease(mark, text, site, record, expected):
    ents = mark(text, (site, "body"), ("骨折", "disease"))
    assert [a.assertion for a in assign_context(text, ents, section="cause_info", record_disease=record)][-1] == expected


def test_a_record_disease_written_with_a_character_variant_is_still_the_records(mark):
    # review: 粘连性肠梗阻 is normalized to 黏连性肠梗阻 in the text; the record's name must be too
    text = "粘连性肠梗阻时可有腹痛"
    ents = [Entity(0, 6, "黏连性肠梗阻", "disease", "黏连性肠梗阻"), Entity(9, 11, "腹痛", "symptom", "腹痛")]
    assert modifiers(text, ents, record_disease="粘连性肠梗阻") == ["present", "present"]
    other = assign_context(text, ents, record_disease="肠套叠")
    assert [a.about for a in other] == ["粘连性肠梗阻", "粘连性肠梗阻"]  # as written


def test_a_body_part_is_no_variant_of_the_records_disease_name(mark):
    # review: 先天性心脏病 without 病 is 心脏, a body part of the rheumatic fever's clause
    text = "风湿热患者的心脏常受累"
    ents = mark(text, ("风湿热", "disease"), ("心脏", "body"))
    assert modifiers(text, ents, record_disease="先天性心脏病") == ["other_disease", "other_disease"]


def test_diseases_in_a_cause_subsection_are_other_diseases(mark):
    # POEMS综合征 seed, 发病机制/病因
    text = ("(一)发病原因本病病因不清。MCD是一种意义不明确的非肿瘤性淋巴增殖性疾病,可能与各种免疫缺陷状态有关,"
            "包括类风湿关节炎、霍奇金病和POEMS综合征。(二)发病机制IL-6水平升高与血小板增多相关。")
    ents = mark(text, ("类风湿关节炎", "disease"), ("霍奇金病", "disease"), ("POEMS综合征", "disease"),
                ("血小板增多", "disease"))
    result = assign_context(text, ents, section="发病机制/病因", record_disease="POEMS综合征")
    assert [(a.assertion, a.about) for a in result] == [
        ("other_disease", "类风湿关节炎"), ("other_disease", "霍奇金病"), ("present", ""), ("background", "")]


def test_cause_section_path_applies_before_any_heading(mark):
    # xywy cause_info of 胸内肾 style: a disease named as a cause
    text = "多由糖尿病引起"
    assert modifiers(text, mark(text, ("糖尿病", "disease")), section="cause_info") == ["other_disease"]
    assert modifiers(text, mark(text, ("糖尿病", "disease")), section="symptom_data") == ["present"]


def test_yu_x_jianbie_sentence(mark):
    text = "本病应与偏头痛及丛集性头痛鉴别。可有头痛"
    ents = mark(text, ("偏头痛", "disease"), ("丛集性头痛", "disease"), "头痛")
    result = assign_context(text, ents)
    assert [(a.assertion, a.about) for a in result] == [
        ("other_disease", "偏头痛"), ("other_disease", "丛集性头痛"), ("present", "")]


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        # context review of medical_13 (2026-12-04): a disease right after 与 and before a verb of
        # comparing is another one (the sentence-wide 鉴别 scope had caught these by chance)
        ("其预后与尤文氏肉瘤明显不同。", [("尤文氏肉瘤", "disease")], ["other_disease"]),
        ("故与一般的室间隔缺损不同。", [("室间隔缺损", "disease")], ["other_disease"]),
        ("症状与肾母细胞瘤相似。", [("肾母细胞瘤", "disease")], ["other_disease"]),
        ("溃疡形态与口腔溃疡相似。", [("口腔溃疡", "symptom")], ["present"]),  # a symptom may be the record's own
        ("与巩膜炎不同。", [("巩膜炎", "disease")], ["present"]),  # the record's disease
        ("头痛与发热不同时出现。", [("发热", "disease")], ["present"]),  # no comparison: 不同时
        ("本病与糖尿病不同程度相关。", [("糖尿病", "disease")], ["present"]),  # 不同程度: to some degree
    ],
)
def test_a_disease_a_finding_is_compared_with_is_another(mark, text, terms, expected):
    assert modifiers(text, mark(text, *terms), record_disease="巩膜炎") == expected


def test_none_or_mild_is_no_negation(mark):
    # context review of xywy medical_13 (2026-12-04): 无或轻度黄疸 says the jaundice may be there
    text = "一般无贫血,无或轻度黄疸,无或轻度脾大。"
    assert modifiers(text, mark(text, "贫血", "黄疸", "脾大")) == ["negated", "possible", "possible"]


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        # context review of xywy medical_13 (2026-12-04): a 鉴别 cue reaches the clause of its 与
        # and what follows, not the clauses before (IBD性巩膜炎: the record's own findings)
        ("巩膜炎易复发,也可有巩膜外层炎,因此是否出现这些眼病是区分CD和UC的鉴别点之一。",
         [("巩膜炎", "disease"), ("巩膜外层炎", "disease"), ("CD", "disease"), ("UC", "disease")],
         ["present", "present", "other_disease", "other_disease"]),
        ("应与急性胃炎,胆囊炎,胰腺炎等相鉴别。", [("急性胃炎", "disease"), ("胆囊炎", "disease"), ("胰腺炎", "disease")],
         ["other_disease"] * 3),
        ("肺结核,肺癌等均需鉴别。", [("肺结核", "disease"), ("肺癌", "disease")], ["other_disease"] * 2),  # the list before
        ("需与以下疾病鉴别:肺结核,肺癌。", [("肺结核", "disease"), ("肺癌", "disease")], ["other_disease"] * 2),  # after
        # a bare cue (no name, no 与 in its clause) looks back at the whole sentence
        ("上颌窦炎的脓液多在中鼻道的后下方,筛窦炎可见脓性分泌物,可资鉴别。", [("上颌窦炎", "disease"), ("筛窦炎", "disease")],
         ["other_disease"] * 2),
        # a 与 naming the record's disease alone: what is told from it comes before
        ("囊性肾癌会出现类似囊性结构,应与巩膜炎鉴别。", [("囊性肾癌", "disease"), ("巩膜炎", "disease")], ["other_disease", "present"]),
        ("肺癌常有咯血,应与本病鉴别。", [("肺癌", "disease")], ["other_disease"]),
        # 有区别 says things vary: no differential diagnosis
        ("症状因肿瘤原发位置不同而有区别,可有黄斑变性。", [("黄斑变性", "disease")], ["present"]),
    ],
)
def test_a_differential_cue_reaches_the_clause_of_its_yu_and_what_follows(mark, text, terms, expected):
    assert modifiers(text, mark(text, *terms), record_disease="巩膜炎") == expected


def test_bare_list_ending_in_deng_continues_the_clause_before(mark):
    # cEHRNER train: commas used as enumeration, closed by 等
    text = "无恶心,呕吐,无头痛,头晕等。睡眠可"
    ents = mark(text, "恶心", "呕吐", "头痛", "头晕")
    # a clause of its own (无头痛) closes the list 呕吐 ends (symptoms review of medical_7, 2026-12-04)
    assert modifiers(text, ents) == ["negated", "negated", "negated", "negated"]
    text = "无头痛。头晕等"  # a full stop still ends it
    assert modifiers(text, mark(text, "头痛", "头晕")) == ["negated", "present"]


def test_a_list_closed_by_deng_reaches_back_over_all_its_items(mark):
    # cEHRNER style: each comma-separated item, not only the last, continues 无
    text = "无头痛,头晕,乏力等"
    assert modifiers(text, mark(text, "头痛", "头晕", "乏力")) == ["negated"] * 3
    text = "无头痛,头晕,乏力"  # the text's end closes the list too
    assert modifiers(text, mark(text, "头痛", "头晕", "乏力")) == ["negated"] * 3
    text = "无头痛,头晕,乏力加重"  # not to an item with a predicate of its own, which closes the list
    assert modifiers(text, mark(text, "头痛", "头晕", "乏力")) == ["negated", "negated", "present"]
    # an entity nested in another (皮肤 in 皮肤损害, as the pipeline marks it) keeps the list bare;
    # the nested part only says where the absent 损害 is
    text = "无发热,皮肤损害等"
    ents = [*mark(text, "发热", "皮肤损害"), Entity(4, 6, "皮肤", "body", "皮肤")]
    assert modifiers(text, ents) == ["negated", "negated", "present"]


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        # review of xywy medical_10–11 (2026-12-03, round 7): a list of bare items to the sentence's
        # end continues the clause before it, when that clause ends with an item
        ("少数有心悸,气促。", ("心悸", "气促"), ["rare", "rare"]),
        ("少数还可有皮疹,淋巴结肿大与压痛,恶心,呕吐与腹泻。", ("皮疹", "淋巴结肿大", "压痛", "恶心", "呕吐", "腹泻"), ["rare"] * 6),
        ("仅偶见腹痛,腹泻,肛门瘙痒以及夜间磨牙。", ("腹痛", "腹泻", "肛门瘙痒", "夜间磨牙"), ["rare"] * 4),
        ("偶可发现玫瑰疹,腹泻较多见。", ("玫瑰疹", "腹泻"), ["rare", "present"]),  # a predicate of its own
        ("血压测不出,无尿。", ("无尿",), ["present"]),  # 不 of 测不出 negates its own verb
        ("幻觉少见,情感淡漠。", ("幻觉", "情感淡漠"), ["rare", "present"]),
        # symptoms re-review of medical_6 (2026-12-04): the noun closing the list may have words before it
        ("少数患者有发热,寒战,肌痛和腹泻等前驱期症状。", ("发热", "寒战", "肌痛", "腹泻"), ["rare"] * 4),
        ("少数有发热,头晕、乏力等症状和体征。", ("发热", "头晕", "乏力"), ["rare"] * 3),  # code review: a lazy tail
    ],
)
def test_a_list_running_to_the_sentence_end_continues_the_clause_before(mark, text, terms, expected):
    assert modifiers(text, mark(text, *terms)) == expected


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        # symptoms review of medical_7 (2026-12-04): a list of bare items that a clause of its own
        # closes continues the clause before it, when that clause ends with an item; the closing
        # clause, with a verb of its own, stays out of the cue's reach
        ("很少有血栓,出血或钙化,血管间有正常的脑组织。", ("血栓", "出血", "钙化", ("血管", "body"), ("脑组织", "body")),
         ["rare", "rare", "rare", "present", "present"]),
        ("少数病人可发生黄疸,休克,肺部可闻及湿啰音。", ("黄疸", "休克", ("肺部", "body"), "湿啰音"),
         ["rare", "rare", "present", "present"]),
        ("少数病人有多尿,多饮,夜尿,尿浓缩不良及低血钾。", ("多尿", "多饮", "夜尿", "低血钾"),
         ["rare", "rare", "rare", "present"]),  # 尿浓缩不良 is no mention: its clause is no bare item
        ("一般不出现包块,腹胀,不适等盆腔压迫症状。", ("包块", "腹胀"), ["negated", "negated"]),
        # not when the clause before ends with its own verb
        ("血压测不出,无尿,心率加快。", ("无尿", "心率加快"), ["present", "present"]),
    ],
)
def test_a_list_a_clause_of_its_own_closes_continues_the_clause_before(mark, text, terms, expected):
    assert modifiers(text, mark(text, *terms)) == expected


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        # a clause that only says how rare the clause before is judges that clause's findings
        ("可导致肾功能衰竭,但较少见。", ("肾功能衰竭",), ["rare"]),
        ("亦可发生继发性青光眼,但不常见。", ("继发性青光眼",), ["rare"]),
        ("也可出现心包积液,但临床上较为少见。", ("心包积液",), ["rare"]),
        ("可有发热,但少见于儿童。", ("发热",), ["present"]),  # what is rare is said after the cue
        ("可有发热,但较少见,多为低热。", ("发热",), ["present"]),  # the sentence goes on
        ("运动障碍较前额部为多,而较额后肿瘤少见。", ("运动障碍",), ["present"]),  # a comparison
        # without a contrast word such a clause often says how rare the disease is
        # (黑棘皮病可发生在任何年龄,较少见): left alone
        ("可有发热,少见。", ("发热",), ["present"]),
    ],
)
def test_a_clause_of_rarity_after_a_contrast_word_judges_the_clause_before(mark, text, terms, expected):
    assert modifiers(text, mark(text, *terms)) == expected


def test_a_clause_of_rarity_leaves_the_record_disease_alone(mark):
    text = "淋巴瘤也可发生在儿童,但罕见。"
    assert modifiers(text, mark(text, "淋巴瘤"), record_disease="淋巴瘤") == ["present"]


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        # review of xywy medical_6–7 (2026-12-03, round 11): the noun summing a list up closes it
        # without 等, the sentence going on after it
        ("个别病人有胸痛,呼吸困难症状,需吸氧。", ("胸痛", "呼吸困难"), ["rare", "rare"]),
        ("个别患者有关节疼痛,杵状指及低血糖的表现,X线表现正常。", ("关节疼痛", "杵状指", "低血糖"), ["rare"] * 3),
        ("少数有胸痛,呼吸困难加重,需吸氧。", ("胸痛", "呼吸困难"), ["rare", "present"]),  # a predicate of its own
    ],
)
def test_a_list_closed_by_the_noun_summing_it_up_continues_the_clause_before(mark, text, terms, expected):
    assert modifiers(text, mark(text, *terms)) == expected


def test_ban_ends_a_negation(mark):
    # cEHRNER train
    text = "无腹痛、伴腹胀"
    assert modifiers(text, mark(text, "腹痛", "腹胀")) == ["negated", "present"]


def test_you_after_a_dunhao_ends_a_negation(mark):
    # hospital-record history: 有 after 、 starts a present finding, as 伴 does
    text = "否认高血压、有糖尿病史"
    assert modifiers(text, mark(text, ("高血压", "disease"), ("糖尿病", "disease"))) == ["negated", "present"]
    text = "否认有高血压"  # a bare 有 is no terminator
    assert modifiers(text, mark(text, ("高血压", "disease"))) == ["negated"]


def test_seed_symptom_section_in_full(seed_path, mark):
    import json

    text = normalize_text(json.loads(seed_path.read_text(encoding="utf-8"))["诊断"]["症状"])
    ents = mark(text, "视盘水肿", ("肝功", "test"), "食管静脉曲张", "脾功能亢进", "淋巴结肿大", "心包积液",
                ("多发性骨髓瘤", "disease"), ("脑脊液蛋白", "test"), ("细胞数", "test"),
                ("多发性骨髓瘤", "disease"), "多超过10%")
    got = [a.assertion for a in assign_context(text, ents, section="诊断/症状", record_disease="POEMS综合征")]
    assert got == ["present", "normal", "rare", "rare", "present", "rare",
                   "rare", "present", "normal", "other_disease", "other_disease"]


def test_a_sentence_without_cues_leaves_its_findings_present_next_to_one_with_an_owner(mark):
    # xywy 心肌炎 (the second sentence): the first sentence has no cue at all
    text = "患者可有发热。合并心包炎者可闻心包摩擦音"
    ents = mark(text, "发热", ("心包炎", "disease"), "心包摩擦音")
    result = assign_context(text, ents, record_disease="心肌炎")
    assert [(a.assertion, a.modifier, a.about, a.cue) for a in result] == [
        ("present", "present", "", ""), ("other_disease", "present", "心包炎", ""),
        ("other_disease", "present", "心包炎", "")]


def test_a_disease_mention_running_over_a_comma_opens_no_clause_and_breaks_nothing():
    # a dictionary term may hold a comma; the clause-owner rule then has no clause to read
    symptom, disease = Entity(0, 2, "肺癌", "symptom", "肺癌"), Entity(0, 5, "肺癌,伴咳", "disease", "肺癌,伴咳")
    assertions = assign_context("肺癌,伴咳嗽,无发热", [symptom, disease])
    assert [a.assertion for a in assertions] == ["present", "present"]


@pytest.mark.parametrize(
    ("text", "disease"),
    [
        ("增龄性黄斑变性的发病原因目前尚不清楚", "增龄性黄斑变性"),  # medical_5.json "489", cause_info
        ("肺泡蛋白沉积症的发病机制尚不清楚", "肺泡蛋白沉积症"),  # made-up, the same wording
    ],
)
def test_an_unclear_cause_leaves_the_disease_present(mark, text, disease):
    (result,) = assign_context(text, mark(text, (disease, "disease")), record_disease=disease)
    assert (result.modifier, result.assertion) == ("present", "present")
    # the disease itself unclear stays possible
    text = f"{disease}尚不清楚"
    (result,) = assign_context(text, mark(text, (disease, "disease")), record_disease=disease)
    assert result.modifier == "possible"


def test_each_disease_a_record_title_joins_is_the_records_own(mark):
    # medical_5.json "121" 神经性厌食症与神经性贪食症, symptom_detail (shortened)
    text = "神经性贪食症患者体重减轻不严重"
    ents = mark(text, ("神经性贪食症", "disease"), "体重减轻")
    assert modifiers(text, ents, record_disease="神经性厌食症与神经性贪食症") == ["present", "present"]
    # a disease of another title is still another disease's
    assert modifiers(text, ents, record_disease="神经性厌食症")[1] == "other_disease"


@pytest.mark.parametrize(
    ("text", "findings"),
    [
        ("查体无腹部的压痛及反跳痛", ("压痛", "反跳痛")),  # the body part before 的 says whose finding
        ("未见肝脏的肿大", ("肿大",)),
    ],
)
def test_a_negation_reaches_past_a_body_part_and_its_de(mark, text, findings):
    ents = mark(text, ("腹部" if "腹部" in text else "肝脏", "body"), *findings)
    assert modifiers(text, ents)[1:] == ["negated"] * len(findings)


def test_a_body_part_named_in_a_two_disease_title_is_no_disease_of_the_record(mark):
    # xywy 膀胱与尿道结石, 鉴别诊断: 膀胱 is a body part, the item is about 膀胱肿瘤
    text = "1.膀胱肿瘤:膀胱镜检查可见膀胱内肿物"
    ents = mark(text, ("膀胱肿瘤", "disease"), ("膀胱", "body"))
    body = [a for e, a in zip(ents, assign_context(text, ents, section="诊断/鉴别诊断", record_disease="膀胱与尿道结石"))
            if e.label == "body"]
    assert [(a.assertion, a.about) for a in body] == [("other_disease", "膀胱肿瘤")]


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        # xywy: 不能 (cannot) judges the verb after it, not the mention
        ("呕吐后不能使腹痛缓解", "腹痛", "present"),
        ("临床上不能单凭血红蛋白在下降来判断出血是否继续", ("血红蛋白", "test"), "present"),
        ("千万不能给发热宝宝穿过多的衣服", "发热", "present"),
        # … except in the verbs of finding and of naming
        ("故此二期不能称为糖尿病肾病", ("糖尿病肾病", "disease"), "negated"),
        ("而肛管浅表裂伤不能视为肛裂", ("肛裂", "disease"), "negated"),
        ("涂片不能发现细菌", ("细菌", "microbe"), "negated"),
        ("尚不能明确诊断为冠心病", ("冠心病", "disease"), "possible"),
        ("哺乳期不能服用四环素", ("四环素", "drug"), "negated"),  # contraindicated, like 禁用
        ("病损中也不能找到结核杆菌", ("结核杆菌", "microbe"), "negated"),  # review: verbs of finding
        ("孕妇不能吃阿司匹林", ("阿司匹林", "drug"), "negated"),  # prohibited
        ("因此DIC不能作为ATN的普遍发病机制", ("ATN", "disease"), "present"),  # the mechanism is denied
        ("检查找不到原因的肺含铁血黄素沉着症", ("肺含铁血黄素沉着症", "disease"), "present"),  # no known cause
    ],
)
def test_cannot_is_no_negation_of_what_follows(mark, text, term, expected):
    assert modifiers(text, mark(text, term)) == [expected]


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        # xywy 缺铁性贫血: a diagnosis to rule out is a possibility, not an absence
        ("一旦出现胸痛,应注意排除系统性红斑狼疮", ("系统性红斑狼疮", "disease"), "possible"),
        ("需排除肺结核", ("肺结核", "disease"), "possible"),
        ("以排除肺癌", ("肺癌", "disease"), "possible"),
        # symptoms review of medical_7 (2026-12-04): tests done to rule it out, still a possibility
        ("宫颈活组织检查等排除恶变", ("恶变", "symptom"), "possible"),
        ("恶性肿瘤等可排除风湿性多肌痛的诊断", ("风湿性多肌痛", "disease"), "negated"),  # 可排除: ruled out
        ("已排除肺癌", ("肺癌", "disease"), "negated"),  # ruled out: absent
        ("心室水平无分流,可以排除心室间隔穿破", ("心室间隔穿破", "disease"), "negated"),  # xywy 心肌梗死
        ("经检查予以排除肺结核", ("肺结核", "disease"), "negated"),
        ("已加以排除肺癌", ("肺癌", "disease"), "negated"),
        ("不可以排除肺癌", ("肺癌", "disease"), "possible"),
        ("不可排除肺癌", ("肺癌", "disease"), "possible"),
        # xywy 消化性溃疡: the ulcer is there, without symptoms
        ("指无明显症状的消化性溃疡患者", ("消化性溃疡", "disease"), "present"),
        ("无症状的胆囊结石", ("胆囊结石", "disease"), "present"),
        ("无症状性心肌缺血", ("心肌缺血", "disease"), "present"),
        ("患者无症状", ("患者", "body"), "present"),  # a sanity row: no finding negated
        # xywy 糖尿病: the drugs are avoided; lactic acidosis is only what they cause
        ("尽量不用可引起乳酸性酸中毒的药物", ("乳酸性酸中毒", "disease"), "present"),
        ("无治疗肺癌的药物", ("肺癌", "disease"), "present"),
        ("无高血压的病史", ("高血压", "disease"), "negated"),  # a history of it: still absent
    ],
)
def test_rule_out_and_attributes_of_other_heads(mark, text, term, expected):
    assert modifiers(text, mark(text, term)) == [expected]


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        # xywy prevention and nursing sections: what is to be avoided is not there
        ("及时清除分泌物及呕吐物,以防窒息", "窒息", "hypothetical"),
        ("预防的关键是预防胎儿宫内或产时缺氧", "缺氧", "hypothetical"),
        ("要防止因出汗过多导致虚脱", "虚脱", "hypothetical"),
        ("避免受凉感冒", ("感冒", "disease"), "hypothetical"),
        ("预防性使用抗生素后仍出现发热", "发热", "present"),  # prophylactic, an adjective
        ("病程中不可避免地出现肝硬化", ("肝硬化", "disease"), "present"),
        ("叶酸预防神经管畸形的机制至今还不明确", ("神经管畸形", "disease"), "hypothetical"),  # no relation rule
    ],
)
def test_what_prevention_is_for_is_hypothetical(mark, text, term, expected):
    assert modifiers(text, mark(text, term)) == [expected]


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        # context review of medical_4 (2026-12-04 evening): a finding in a condition is not
        # asserted, to the end of its clause
        ("如果出现发热、咳嗽，应及时就医", ["发热", "咳嗽"], ["hypothetical", "hypothetical"]),
        ("一旦发生休克，病死率高", ["休克"], ["hypothetical"]),
        # …or to a consequence word: what the condition brings is no condition
        ("若合并感染可发生膀胱炎", [("感染", "disease"), ("膀胱炎", "disease")], ["hypothetical", "present"]),
        ("一旦确诊该病首选手术治疗", [("手术治疗", "procedure")], ["present"]),
        # 若干 (several) opens no condition
        ("若干患者有头痛", ["头痛"], ["present"]),
        # context re-review of medical_4: a finding opening the condition with a property after it
        # is there, only the property is in question; one a verb of happening follows is not
        ("如果隐睾位于腹股沟管内", ["隐睾"], ["present"]),
        ("若疼痛明显，可服止痛药", ["疼痛"], ["present"]),
        ("若感染发生于产后", [("感染", "disease")], ["present"]),
        ("若感染扩散，则出现高热", [("感染", "disease"), "高热"], ["present", "present"]),
        ("若感染发生，则出现高热", [("感染", "disease"), "高热"], ["hypothetical", "present"]),
        # …and one closing the condition, alone or in a list (大便 holds no consequence 便)
        ("一旦感冒，病情加重", [("感冒", "disease")], ["hypothetical"]),
        ("若大便干燥、排便困难时，用力会加重", ["大便干燥", "排便困难"], ["hypothetical", "hypothetical"]),
        ("一旦发病皮疹很难消退", ["皮疹"], ["present"]),
        # mentions review of medical_13: 如 with a verb of happening opens a condition; bare 如 is none
        ("如出现发热、咳嗽，应及时就医", ["发热", "咳嗽"], ["hypothetical", "hypothetical"]),
        ("如有尿路感染应给适当抗生素治疗", [("尿路感染", "disease"), ("抗生素", "drug")], ["hypothetical", "present"]),
        ("常见并发症如肺炎、心衰", [("肺炎", "disease"), ("心衰", "disease")], ["present", "present"]),
        # code review (2026-12-04 evening): consequence words inside other words (不规则, 大便出现), a
        # consequence verb right after the cue, 时 of 时间, cue words inside others, the 患 of 患儿
        ("若出现不规则阴道出血，应及时就医", ["阴道出血"], ["hypothetical"]),
        ("若大便出现脓血，应就医", ["脓血"], ["hypothetical"]),
        ("如果引起肺部感染，应及时使用抗生素", [("肺部感染", "disease")], ["hypothetical"]),
        ("若发热持续时间超过3天", ["发热"], ["present"]),
        ("若发热时间超过3天", ["发热"], ["present"]),
        ("若患儿惊厥持续时间长", ["惊厥"], ["present"]),
        ("常有若有若无的腹痛", ["腹痛"], ["present"]),
        ("常见症状例如有发热、咳嗽", ["发热", "咳嗽"], ["present", "present"]),
        ("如有的病人很快出现被害妄想", ["被害妄想"], ["present"]),  # mentions re-review: 如 of an example
    ],
)
def test_a_finding_in_a_condition_is_hypothetical(mark, text, terms, expected):
    assert modifiers(text, mark(text, *terms)) == expected


def test_the_records_own_disease_in_a_condition_is_there(mark):
    # context re-review of medical_4: a condition on the course of the disease the text is about
    text = "一旦羊水过少发展，应终止妊娠"
    ents = mark(text, ("羊水过少", "disease"))
    assert modifiers(text, ents) == ["hypothetical"]
    assert modifiers(text, ents, record_disease="羊水过少") == ["present"]


def test_a_generic_disease_word_owns_no_clause(mark):
    # review 2026-12-02 (子宫颈肉瘤): the discharge of the record's patients with an infection
    text = "合并感染时可有脓性分泌物"
    ents = mark(text, ("感染", "disease"), "脓性分泌物")
    assert modifiers(text, ents, record_disease="子宫颈肉瘤") == ["present", "present"]
    text = "合并心包炎时可有心包摩擦音"  # a named disease still does
    ents = mark(text, ("心包炎", "disease"), "心包摩擦音")
    assert modifiers(text, ents, record_disease="子宫颈肉瘤")[1] == "other_disease"


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        # audit (胃穿孔): a prohibition reaches past the 的 of the class it forbids, to its drugs
        ("应禁用能损伤胃粘膜的药物如阿司匹林", [("阿司匹林", "drug")], ["negated"]),
        ("本品禁用于有出血倾向的患者", ["出血倾向"], ["present"]),  # a condition, not what is forbidden
        ("切忌暴饮暴食", ["暴饮暴食"], ["negated"]),  # fourth review: 切忌 with no room after it
        ("切忌经常挤皮疹", ["皮疹"], ["present"]),  # the rash is there; squeezing it is forbidden
    ],
)
def test_a_prohibition_forbids_the_drugs_of_the_class_it_names(mark, text, terms, expected):
    assert modifiers(text, mark(text, *terms)) == expected


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        # review of xywy medical_8–9: a body part before the finding only says where it is; the
        # negation, doubt or prevention judges the finding (two thirds of negated parts were wrong)
        ("患者无肺部慢性感染史", [("肺部", "body")], ["present"]),
        ("无腹部压痛", [("腹部", "body"), "压痛"], ["present", "negated"]),
        ("预防口腔感染", [("口腔", "body")], ["present"]),
        ("可能是肛门和泌尿系发生感染", [("泌尿系", "body")], ["present"]),
        # a part that ends its phrase, or lists with the next, is what is absent or not felt
        ("尿中无红细胞，", [("红细胞", "body")], ["negated"]),
        ("病变又缺乏嗜酸细胞，", [("嗜酸细胞", "body")], ["negated"]),
        ("触摸不到淋巴结或扁桃体", [("淋巴结", "body"), ("扁桃体", "body")], ["negated", "negated"]),
        ("先天性无胆囊", [("胆囊", "body")], ["negated"]),
        # a lab result after it is the part's own (the labs table reads it): still judged
        ("未见染色体异常", [("染色体", "body")], ["negated"]),
        # tests keep the verdict: their result words are what is negated (未见血压升高)
        ("但并没有血压变化", [("血压", "test")], ["negated"]),
    ],
)
def test_a_body_part_naming_where_a_judged_finding_is_keeps_present(mark, text, terms, expected):
    assert modifiers(text, mark(text, *terms)) == expected


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        # review of xywy medical_8–9: 不 or 未 before another verb judge that verb
        ("不正规扩张宫颈", [("宫颈", "body")], ["present"]),
        ("但不抑制低血糖所致之胰升糖素升高", ["低血糖"], ["present"]),
        ("粪便不成形或稀便", ["稀便"], ["present"]),
        ("伴不规则发热", ["发热"], ["present"]),
        # through a verb of happening, having, finding or using they reach the finding
        ("一般肝内胆管结石不引起黄疸", ["黄疸"], ["negated"]),
        ("不遗留畸形", ["畸形"], ["negated"]),
        ("血清中未检出抗体", [("抗体", "test")], ["negated"]),
        ("患者不会被感染", [("感染", "disease")], ["negated"]),
        ("未从后者中分离出病毒", [("病毒", "microbe")], ["negated"]),
        ("不宜使用利尿剂", [("利尿剂", "drug")], ["negated"]),
        # nothing between: as before
        ("未治疗的患者", [("治疗", "procedure")], ["negated"]),
    ],
)
def test_a_verb_negation_reaches_a_finding_only_through_a_verb_of_occurrence(mark, text, terms, expected):
    assert modifiers(text, mark(text, *terms)) == expected


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        # review of xywy medical_8–9: a predicate of its own ends a negation's scope
        ("还缺乏证据表明老年肥胖确实有害", ["肥胖"], ["present"]),
        ("多数无杂音或仅二尖瓣区有轻度收缩期杂音", [("二尖瓣", "body"), "收缩期杂音"], ["present", "present"]),
        # 预防 in a name; a lack as the subject of what it causes
        ("美国疾病预防和控制中心报告禽流感病毒", [("禽流感病毒", "microbe")], ["present"]),
        ("Vit B12缺乏能造成神经的髓鞘脱失", [("神经", "body")], ["present"]),
        # a diagnosis to rule out first is a possibility
        ("应首先除外前列腺癌", [("前列腺癌", "disease")], ["possible"]),
    ],
)
def test_review_scope_ends_names_and_ruling_out(mark, text, terms, expected):
    assert modifiers(text, mark(text, *terms)) == expected


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        # second review (xywy medical_4–5): a part that is itself absent is no site
        ("沟底和侧壁无乳头生长", [("乳头", "body")], ["negated"]),
        ("腹股沟区无肌肉保护", [("肌肉", "body")], ["negated"]),
        # a 的 after the part: the lesion after it is judged
        ("但无皮肤的病变", [("皮肤", "body")], ["present"]),
        # more verbs of occurrence and modal words
        ("一般不留疤痕", ["疤痕"], ["negated"]),
        ("也不感疼痛", ["疼痛"], ["negated"]),
        ("肿物不与皮肤粘连", ["皮肤粘连"], ["negated"]),
        ("患者不敢咳嗽", ["咳嗽"], ["negated"]),
        ("不要用力擤鼻", [("鼻", "body")], ["present"]),
        # labs review of medical_7: 受损 judges the part; the closing_after 高 is no result word here
        ("无眼睑皮肤受损", [("皮肤", "body")], ["negated"]),
        ("无禁忌证患者可采取大隐静脉高位结扎", [("大隐静脉", "body")], ["present"]),
    ],
)
def test_second_review_sites_and_verbs(mark, text, terms, expected):
    assert modifiers(text, mark(text, *terms)) == expected


@pytest.mark.parametrize(
    ("text", "terms", "section", "expected"),
    [
        # review of xywy medical_9–10 (symptoms): what texts on causes, prevention, nursing and
        # diet name is mostly no manifestation of the record's disease
        ("长期出现精神紧张、焦虑、烦燥等情绪", ["焦虑"], "nursing_info", ["background"]),
        ("由于长期少量尿潴留，易导致泌尿系统感染", ["尿潴留"], "cause_info", ["background"]),
        ("忌吃对神经具有麻痹作用的食物", ["麻痹"], "food_info", ["background"]),
        # a drug is advice there; a cue's verdict stands; the same words in a symptom text are present
        ("可服用阿司匹林", [("阿司匹林", "drug")], "prevent_info", ["present"]),
        ("避免受凉感冒", ["感冒"], "prevent_info", ["hypothetical"]),
        ("长期出现精神紧张、焦虑", ["焦虑"], "symptom_data/symptom_detail/0", ["present"]),
        # a sentence defining the record's disease, and the disease itself, stay present
        ("胼胝是由于长期摩擦发生的角质增厚", [("胼胝", "disease"), "角质增厚"], "cause_info", ["present", "present"]),
    ],
)
def test_findings_of_texts_on_causes_prevention_nursing_and_diet_are_background(mark, text, terms, section, expected):
    assert modifiers(text, mark(text, *terms), section=section, record_disease="胼胝") == expected


@pytest.mark.parametrize(
    ("text", "terms", "record", "expected"),
    [
        # fourth review (xywy medical_13–14): the disease under a broader or narrower name, and a
        # sentence telling how it shows, stay present in a text on prevention
        ("根据感冒病因不同，采取不同应对措施", [("感冒", "disease")], "风寒感冒", ["present"]),
        ("在纵隔部位的未成熟畸胎瘤", [("畸胎瘤", "disease")], "纵隔畸胎瘤", ["present"]),
        ("临床表现面色发灰，嗜睡，昏迷", ["嗜睡", "昏迷"], "小儿中毒型痢疾", ["present", "present"]),
        ("本病以便血，脱出及便秘为主要症状", ["便血", "便秘"], "内痔", ["present", "present"]),  # 2026-12-03
        # a word too general to name the disease stays background
        ("易导致感染的慢性疾病", [("感染", "disease")], "阴沟肠杆菌感染", ["background"]),
        # symptoms review of medical_7 (2026-12-04): the causes listed before the manifestation
        # word in its sentence stay background, what it shows is present
        ("内在因素主要有狭窄，息肉，主要表现为腹痛", ["息肉", "腹痛"], "肾积水", ["background", "present"]),
        ("患者常表现为腹痛", ["腹痛"], "肾积水", ["present"]),
        # context review of medical_4: a name in 症 is part of a title in 症 (the key writes 征)
        ("恐怖症的诱因", [("恐怖症", "disease")], "社交恐怖症", ["present"]),
    ],
)
def test_the_disease_by_another_name_and_its_manifestations_are_no_background(mark, text, terms, record, expected):
    assert modifiers(text, mark(text, *terms), section="prevent_info", record_disease=record) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # context review of medical_14 (2026-12-04 night): Chinese medicine tells the patient's
        # presentation with the tongue and pulse, in the sentence holding them
        ("伴见口渴引饮，大便干结，舌红少苔，脉细数。", ["present", "present", "present", "present"]),
        ("伴见口渴引饮，大便干结，舌质红，脉象弦。", ["present", "present", "present", "present"]),
        # and on a line opening with a syndrome's heading
        ("3.阴虚火炎证：口渴引饮，大便干结。", ["present", "present"]),
        # not without them
        ("口渴引饮，大便干结，多因饮食不节所致。", ["background", "background"]),
        # nor a tongue's pain (舌尖疼痛 is no inspection of the tongue), nor a line of indications (code review)
        ("口渴引饮，大便干结，舌尖疼痛。", ["background", "background", "background"]),
        ("适应证：口渴引饮，大便干结。", ["background", "background"]),
    ],
)
def test_a_presentation_of_chinese_medicine_is_no_background(mark, text, expected):
    terms = [t for t in ("口渴引饮", "大便干结", "舌红少苔", "舌质红", "脉细数", "脉象弦", "舌尖疼痛") if t in text]
    assert modifiers(text, mark(text, *terms), section="cause_info", record_disease="消渴") == expected


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        # context review of medical_5 (2026-12-05): a complication verb with a modal tells the
        # record's own complications in a text on causes (xywy 眼科重症肌无力, 先天性冠状动脉瘘; their
        # part on the mechanism, where a disease is no cause)
        ("因此本病常并发甲状腺功能亢进", [("甲状腺功能亢进", "disease")], ["present"]),
        ("随着年龄的增长可并发充血性心力衰竭，冠状动脉瘘", [("充血性心力衰竭", "disease")], ["present"]),
        # its 如 in a clause of its own (xywy 巴雷特食管)
        ("如溃疡穿透食管壁，可并发纵隔组织纤维化", ["纵隔组织纤维化"], ["present"]),
        # not another disease's (X可并发Y), nor a condition, a negation or prevention before the finding
        ("急性早幼粒白血病可并发DIC", [("急性早幼粒白血病", "disease"), ("DIC", "disease")], ["background", "background"]),
        ("若不及时治疗可并发心力衰竭", [("心力衰竭", "disease")], ["background"]),
        ("以防并发心力衰竭", [("心力衰竭", "disease")], ["hypothetical"]),
        # nor a bare 并发, 并发生, nor the next clause
        ("急性早幼粒白血病的患者并发DIC", [("DIC", "disease")], ["background"]),
        ("易并发生心力衰竭", [("心力衰竭", "disease")], ["background"]),
        ("多并发于温热病之中", [("温热病", "disease")], ["background"]),  # xywy 婴幼儿舌下囊肿: what it comes with
        ("可并发肺炎，长期吸烟", [("肺炎", "disease"), ("吸烟", "symptom")], ["present", "background"]),
        # nor the listed diseases' when the clause goes on from the list (code review 2026-12-05, D6)
        ("白血病，淋巴瘤，结节病等，也可并发腺垂体功能减退症",
         [("白血病", "disease"), ("淋巴瘤", "disease"), ("结节病", "disease"), ("腺垂体功能减退症", "disease")],
         ["background"] * 4),
        ("可并发充血性心力衰竭", [("充血性心力衰竭", "disease")], ["present"]),
        ("此型多造成上腔静脉梗阻，亦可并发肺静脉狭窄", [("上腔静脉梗阻", "symptom"), ("肺静脉狭窄", "symptom")],
         ["background", "present"]),  # no list closed by 等 before: the record's own (xywy 原发性纵隔感染)
        ("如溃疡穿透食管壁，可并发纵隔组织纤维化", [("溃疡", "disease"), ("纵隔组织纤维化", "disease")],
         ["background", "present"]),
    ],
)
def test_a_complication_verb_with_a_modal_tells_the_records_own_in_a_text_on_causes(mark, text, terms, expected):
    text = "(二)发病机制\n" + text
    assert modifiers(text, mark(text, *terms), section="cause_info", record_disease="巴雷特食管") == expected


@pytest.mark.parametrize(
    ("text", "record", "terms", "expected"),
    [
        # context fix C (2026-12-06): a verb of having after the record's disease, its patients or
        # 本病 and an adverb tells the record's own findings in a text on causes, over a short comma list
        # (xywy 小儿软骨发育不全, 睾丸肿瘤, 盆底腹膜疝, 脑室内出血)
        ("本病常伴有小腿内翻畸形", "小儿软骨发育不全", ["小腿内翻畸形"], ["present"]),
        ("睾丸肿瘤患者可有AFP和(或)HCG水平增高", "睾丸肿瘤",
         [("睾丸肿瘤", "disease"), ("AFP", "test"), ("HCG", "test")], ["present"] * 3),
        ("本病常同时伴有直肠前突，直肠内脱垂，在排便困难的患者中约18%出现腹痛", "盆底腹膜疝",
         [("直肠前突", "disease"), ("直肠内脱垂", "disease"), "腹痛"], ["present", "present", "background"]),
        ("脑室内出血大多伴有广泛性脑挫裂伤", "脑室内出血",
         [("脑室内出血", "disease"), ("广泛性脑挫裂伤", "disease")], ["present", "present"]),
        # not another disease's, nor a verb without an adverb or patients (本病有…), a relation, sources
        # listed, a verb with nothing after it in its clause, a condition before it
        ("前列腺炎常伴有尿道炎", "精囊炎", [("前列腺炎", "disease"), ("尿道炎", "disease")], ["background"] * 2),
        ("本病有维生素D吸收障碍", "继发性甲状旁腺功能亢进症", ["吸收障碍"], ["background"]),
        ("本病的发生多认为与嗜酸性粒细胞增多有关", "勒夫勒心内膜炎", ["嗜酸性粒细胞增多"], ["background"]),
        ("血胸可以有以下来源：肺组织裂伤出血", "血胸", [("血胸", "disease"), "出血"], ["present", "background"]),
        ("痉挛性斜颈伴发，耳聋，眩晕不属于其特征", "痉挛性斜颈", [("痉挛性斜颈", "disease"), "耳聋", "眩晕"],
         ["present", "background", "background"]),
        ("如本病患者出现感染", "肾病综合征", [("感染", "disease")], ["background"]),
        # nor an infection (a cause), a chance, an item of the list opening with no finding (xywy 原发性肝癌,
        # 妊娠合并原发性高血压, 小儿心肌炎)
        ("肝癌常有HBV感染的背景", "原发性肝癌", [("肝癌", "disease"), ("HBV感染", "disease")], ["present", "background"]),
        ("原发性高血压合并妊娠还增加肾功能衰竭等的危险性", "原发性高血压",
         [("原发性高血压", "disease"), ("肾功能衰竭", "disease")], ["present", "background"]),
        ("本病多伴有心包炎，在慢性病例", "病毒性心肌炎", [("心包炎", "disease"), ("慢性病", "disease")], ["present", "background"]),
        # nor the disease as an object, what it comes with, a finding far from the verb (xywy 慢性支气管炎, 小儿尿道下裂,
        # 小儿低钠血症)
        ("营养对支气管炎也有一定影响，维生素C缺乏", "慢性支气管炎", [("支气管炎", "disease"), "维生素C缺乏"],
         ["present", "background"]),
        ("尿道下裂常伴发于隐睾，两性畸形就与此相关", "小儿尿道下裂", [("尿道下裂", "disease"), "两性畸形"], ["present", "background"]),
        ("低钠血症同时还有体内钠与水异常潴留的情况通常是那些能够引起水肿形成的疾病", "小儿低钠血症",
         [("低钠血症", "disease"), "水肿"], ["present", "background"]),
    ],
)
def test_a_verb_of_having_after_the_record_tells_its_own_in_a_text_on_causes(mark, text, record, terms, expected):
    text = "(二)发病机制\n" + text  # a part on the mechanism, where a disease is no cause
    assert modifiers(text, mark(text, *terms), section="cause_info", record_disease=record) == expected


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        # context review of medical_5 (2026-12-05): 少数 counting cells says how many cells, not how
        # few cases (xywy 神经莱姆病, 前房积血与青光眼)
        ("伴有少数嗜酸性粒细胞和浆细胞浸润", ["浆细胞浸润"], ["present"]),
        ("见到房水中有少数浮游的红细胞", [("红细胞", "test")], ["present"]),
        # a verb after the cue: the cases are few
        ("极少数出现肉眼血尿及红细胞管型", ["肉眼血尿", "红细胞管型"], ["rare", "rare"]),
        ("少数可恶变为鳞状细胞癌", [("鳞状细胞癌", "disease")], ["rare"]),
        ("少数患者有发热", ["发热"], ["rare"]),
        # patients or tumours counted (xywy 阴道转移性肿瘤, 肾母细胞瘤)
        ("少数患者尤其是妊娠滋养细胞肿瘤患者因阴道转移结节的溃破导致阴道大出血", ["阴道大出血"], ["rare"]),
        ("极少数肾母细胞瘤自发破溃", ["破溃"], ["rare"]),
        # a population word between: people counted (code review 2026-12-05, D7)
        ("少数儿童白细胞减少", ["白细胞减少"], ["rare"]),
        ("极少数女性白细胞减少", ["白细胞减少"], ["rare"]),
        # context review of medical_5 (2026-12-06): fibres counted (xywy 肌肉肌腱单位的急性损伤), not 纤维化
        ("一级 少数肌肉纤维出现光镜下可见的撕裂", [("肌肉", "body")], ["present"]),
        ("少数可见肺纤维化", ["肺纤维化"], ["rare"]),
    ],
)
def test_a_counting_cue_that_counts_cells_is_no_rare_cue(mark, text, terms, expected):
    assert modifiers(text, mark(text, *terms)) == expected


def test_a_complication_verb_outside_a_text_on_causes_changes_nothing(mark):
    text = "(二)发病机制\n本病常并发甲状腺功能亢进"
    assert modifiers(text, mark(text, ("甲状腺功能亢进", "disease")), section="prevent_info", record_disease="x") == [
        "background"]


def test_a_presentation_word_inside_a_sentence_reaches_only_it(mark):
    text = "饮食不节可致腹胀。舌红，脉细。"
    assert modifiers(text, mark(text, "腹胀", "舌红", "脉细"), section="cause_info", record_disease="消渴") == [
        "background", "present", "present"]


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        # context review of medical_14: what 可防 prevents is hypothetical
        ("常吃大蒜可防胃癌", [("胃癌", "disease")], ["hypothetical"]),
        # a pseudo cue holds the 无 of a name the dictionaries know without it
        ("无排卵性功血患者", [("排卵性功血", "disease")], ["present"]),
        ("无规律性腹痛", ["腹痛"], ["present"]),
        ("不显性失水增加", ["显性失水"], ["present"]),
        ("无腹痛", ["腹痛"], ["negated"]),
        # a pseudo cue reaching one character into the term is a negation of it
        ("患者可无关节痛", ["关节痛"], ["negated"]),
        ("90%患者无痛风结节", ["痛风结节"], ["negated"]),
        ("括约肌无功能障碍", ["功能障碍"], ["negated"]),
        ("可有效预防性病的感染", [("性病", "disease")], ["hypothetical"]),
        ("慢性不全性肠梗阻", ["全性肠梗阻"], ["present"]),
    ],
)
def test_cues_of_the_medical_14_review(mark, text, terms, expected):
    assert modifiers(text, mark(text, *terms), section="symptom_info", record_disease="测试病") == expected


def test_an_alias_names_only_a_finding(mark):
    # code review (2026-12-04 evening): 尿崩症's overview once gave 抗利尿激素 as an alias
    text = "抗利尿激素分泌不足"
    ents = mark(text, ("抗利尿激素", "test"))
    assert modifiers(text, ents, section="cause_info", record_disease="尿崩症", record_aliases=("抗利尿激素",)) == ["background"]


@pytest.mark.parametrize(
    ("section", "text", "expected"),
    [
        # context review of medical_4 (2026-12-04 evening): the overview of 无精症 opens 无精子症是指…
        ("cause_info", "营养不良可致无精子症", ["background", "present"]),
        ("symptom_info", "需与无精子症鉴别", ["present"]),
    ],
)
def test_a_name_the_overview_gives_the_disease_is_the_records_own(mark, section, text, expected):
    terms = [("营养不良", "symptom")] if "营养不良" in text else []
    ents = mark(text, *terms, ("无精子症", "disease"))
    assert modifiers(text, ents, section=section, record_disease="无精症") != expected  # without the alias
    assert modifiers(text, ents, section=section, record_disease="无精症", record_aliases=("无精子症",)) == expected


def test_the_same_words_asked_for_in_turn_by_two_records_keep_each_records_answer(mark):
    # the record-level caches (_record_keys, _words_name_the_record) are keyed by the record's names
    # and other names: asked in turn, each record keeps its own answer
    text = "营养不良可致无精子症"
    ents = mark(text, ("营养不良", "symptom"), ("无精子症", "disease"))
    for _ in range(2):
        assert modifiers(text, ents, section="cause_info", record_disease="无精子症") == ["background", "present"]
        assert modifiers(text, ents, section="cause_info", record_disease="无精症") == ["background", "other_disease"]
        assert modifiers(text, ents, section="cause_info", record_disease="无精症",
                         record_aliases=("无精子症",)) == ["background", "present"]


@pytest.mark.parametrize(
    ("text", "term", "record"),
    [
        # review of xywy medical_4 (2026-12-03): a bare 感染 or 炎症 in a cause text is mostly the
        # record's own infection (14 of 30), not another disease
        ("进入机体可引起全身相应部位的感染", "感染", "假单胞菌感染"),
        ("一次感染后有较持久的免疫力", "感染", "炭疽病"),
        ("在急性感染的机体内", "急性感染", "淋病"),
    ],
)
def test_a_generic_infection_in_a_cause_text_is_no_other_disease(mark, text, term, record):
    ents = mark(text, (term, "disease"))
    assert modifiers(text, ents, record_disease=record, section="cause_info") != ["other_disease"]


@pytest.mark.parametrize(
    ("text", "owner", "finding", "record"),
    [
        # review of xywy medical_14–15 (2026-12-03): a TCM pattern (证) of the record's own
        # patients owns no clause as another disease would
        ("肾虚者静息时亦有气喘", "肾虚", "气喘", "虚喘"),
        ("阴虚火旺者更见面红", "阴虚火旺", "面红", "肾虚腰痛"),
    ],
)
def test_a_tcm_pattern_of_the_records_patients_owns_no_clause(mark, text, owner, finding, record):
    ents = mark(text, (owner, "disease"), finding)
    assert modifiers(text, ents, record_disease=record)[1] == "present"



@pytest.mark.parametrize(
    ("text", "owner", "finding", "record"),
    [
        # review of xywy medical_14–15 (2026-12-03): a record named after a disease and its
        # complication or form (糖尿病肾病): the patients of the disease opening the name are its
        # own (45 rows on medical_0–3, all right in a sample of 20)
        ("糖尿病患者常有多尿", "糖尿病", "多尿", "糖尿病肾病"),
        ("高血压患者可有头痛", "高血压", "头痛", "高血压脑病"),
        ("痛风时有发热", "痛风", "发热", "痛风性关节炎"),
    ],
)
def test_an_owner_opening_the_record_name_is_the_records_own(mark, text, owner, finding, record):
    ents = mark(text, (owner, "disease"), finding)
    assert modifiers(text, ents, record_disease=record)[1] == "present"


def test_an_owner_apart_from_the_record_name_still_owns_its_clause(mark):
    text = "肺炎患者常有高热"
    ents = mark(text, ("肺炎", "disease"), "高热")
    assert modifiers(text, ents, record_disease="感冒")[1] == "other_disease"


def test_a_cause_unknown_sentence_in_an_overview_makes_no_cause_region_after_it(mark):
    # review of xywy medical_14–15 (2026-12-03): 肾癌的病因至今不清,… is a sentence, not a heading
    # whose region runs over the rest of the text
    text = "干燥综合征的病因尚不清楚，可能与遗传有关。约半数患者合并类风湿关节炎。"
    ents = mark(text, ("类风湿关节炎", "disease"))
    assert modifiers(text, ents, section="gaishu_info/desc", record_disease="干燥综合征") == ["present"]
    text = "干燥综合征的病因包括病毒感染。约半数患者合并类风湿关节炎。"  # a cause heading goes on
    ents = mark(text, ("类风湿关节炎", "disease"))
    assert modifiers(text, ents, section="gaishu_info/desc", record_disease="干燥综合征") == ["other_disease"]


def test_a_wrong_diagnosis_is_negated(mark):
    # review of xywy medical_8–9 (2026-12-03): 误诊为 names what the patient does not have
    text = "术前易误诊为阑尾脓肿"
    assert modifiers(text, mark(text, ("阑尾脓肿", "disease"))) == ["negated"]


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        # review of xywy medical_6 and 11 (2026-12-03): a definition calling the disease rare is no
        # rarity of a finding; 不一定伴有 makes one possible
        ("单心房是一种罕见的先天性心脏病", ("先天性心脏病", "disease"), ["present"]),
        ("永存动脉干是极为罕见的复杂先天性心血管畸形", ("心血管畸形", "disease"), ["present"]),
        ("少见的症状有腹泻", "腹泻", ["rare"]),
        ("但不一定伴有腹泻", "腹泻", ["possible"]),
    ],
)
def test_a_definition_calling_the_disease_rare_rates_no_finding(mark, text, term, expected):
    assert modifiers(text, mark(text, term)) == expected


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        # review of xywy medical_12–13 (2026-12-03): 可能伴 is possible though 伴 ends scopes; a
        # lack named as a noun (X缺乏患者) negates nothing; few reports make no finding rare
        ("面部葡萄酒色斑可能伴有颅内血管瘤", ("颅内血管瘤", "disease"), ["possible"]),
        ("因子Ⅶ缺乏患者中发生血栓", ("血栓", "symptom"), ["present"]),
        ("该病国内报道较少", ("该病", "disease"), ["present"]),
    ],
)
def test_cues_of_the_medical_12_13_review(mark, text, term, expected):
    assert modifiers(text, mark(text, term)) == expected


@pytest.mark.parametrize(
    ("text", "record", "expected"),
    [
        # review of xywy medical_12–13 (2026-12-03, context): a hedge before the record's own
        # disease tied to a cause judges the cause, not the disease; another disease stays possible
        ("放射线因素可能与纤维肉瘤的发病有关。", "纤维肉瘤", ["present"]),
        ("免疫功能状态的变化也可能参与风湿热的发生。", "风湿热", ["present"]),
        ("放射线因素可能与纤维肉瘤的发病有关。", "骨肉瘤", ["possible"]),
        ("应想到纤维肉瘤的可能。", "纤维肉瘤", ["possible"]),
    ],
)
def test_a_hedged_cause_of_the_record_disease_leaves_it_present(mark, text, record, expected):
    ents = mark(text, ("纤维肉瘤" if "纤维肉瘤" in text else "风湿热", "disease"))
    assert [a.modifier for a in assign_context(text, ents, section="cause_info", record_disease=record)] == expected


@pytest.mark.parametrize(
    ("text", "record", "expected"),
    [
        # review of xywy medical_4–5 (2026-12-03, mentions): a type of the record's disease is its
        # own, however short its name; 非典型 names another disease
        ("瘤型麻风患者还可产生过量的抗体", "麻风", ["present", "present"]),
        ("非典型肺炎患者还可产生过量的抗体", "肺炎", ["other_disease", "other_disease"]),
    ],
)
def test_a_type_of_the_record_disease_is_its_own(mark, text, record, expected):
    ents = mark(text, (text[: text.index("患者")], "disease"), ("抗体", "test"))
    assert modifiers(text, ents, section="symptom", record_disease=record) == expected


@pytest.mark.parametrize(
    "text",
    [
        # review of xywy medical_12–13 (2026-12-03, context): 等 and the noun summing the list up
        # still close a comma list that continues the negated clause
        "无水肿,高血压,肾功能不全等改变",
        "没有发热,食欲减退,高血压等全身反应",
    ],
)
def test_a_comma_list_closed_by_deng_and_a_noun_is_negated_whole(mark, text):
    ents = mark(text, *[(t, "symptom") for t in sorted(("水肿", "高血压", "肾功能不全", "发热", "食欲减退"), key=text.find) if t in text])
    assert modifiers(text, ents) == ["negated"] * len(ents)


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        # review of xywy medical_14–15 (2026-12-03, symptoms): 伴 right after a cue is the cue's
        # own verb, not a terminate word; after a comma it still ends the negation
        ("个别患者伴有发热", "发热", ["rare"]),
        ("少数病人可伴呕吐", "呕吐", ["rare"]),
        ("面部葡萄酒色斑可能伴有颅内血管瘤", "颅内血管瘤", ["possible"]),
        ("但不一定伴有腹泻", "腹泻", ["possible"]),
        ("无头痛,伴有恶心", "恶心", ["present"]),
        # review of xywy medical_10–11 (2026-12-03, context): two adverbs or a time between
        ("少数病例也可伴颈部淋巴结肿大", "颈部淋巴结肿大", ["rare"]),
        ("少数病人于抽搐时伴有面部疼痛", "面部疼痛", ["rare"]),
        ("极少数病例可伴有发热", "发热", ["rare"]),
    ],
)
def test_ban_right_after_a_cue_does_not_end_its_scope(mark, text, term, expected):
    assert modifiers(text, mark(text, (term, "symptom"))) == expected


@pytest.mark.parametrize(
    ("text", "term", "record", "expected"),
    [
        # review of xywy medical_14–15 (2026-12-03, symptoms): a disease after 见于 is another one
        # the record's condition comes with; not the record's own, nor the time of something
        ("雷诺氏现象,见于结肠癌及胰腺癌", ("胰腺癌", "disease"), "副肿瘤综合征", ["other_disease"]),
        ("关节痛可见于类风湿性关节炎", ("类风湿性关节炎", "disease"), "关节痛", ["other_disease"]),
        ("此型多见于胰腺癌患者", ("胰腺癌", "disease"), "胰腺癌", ["present"]),
        ("见于严重的功能性呕吐时", ("功能性呕吐", "disease"), "小儿呕吐", ["present"]),
    ],
)
def test_a_disease_the_condition_is_seen_in_is_another(mark, text, term, record, expected):
    assert modifiers(text, mark(text, term), section="symptom", record_disease=record) == expected


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        # review of xywy medical_14–15 (2026-12-03, round 10): the items of a list of diseases are
        # diseases of their own, symptoms among them
        ("本证常见于虚劳、心悸、眩晕,以及西医的贫血、心肌炎等疾病。", (("心悸", "symptom"), ("眩晕", "symptom"), ("贫血", "symptom"), ("心肌炎", "disease")), ["other_disease"] * 4),
        ("可伴见高脂血症、脑水肿、耳源性眩晕等疾病。", (("高脂血症", "disease"), ("脑水肿", "symptom"), ("耳源性眩晕", "symptom")), ["other_disease"] * 3),
        ("见于大量出血,脱水,烧伤等情况。", (("出血", "symptom"), ("脱水", "symptom")), ["present"] * 2),  # no diseases
        ("本病多见于青年,常有头痛,不伴有高血压等疾病。", (("头痛", "symptom"),), ["present"]),  # a clause of its own between
    ],
)
def test_the_items_of_a_list_of_diseases_are_other_diseases(mark, text, terms, expected):
    assert modifiers(text, mark(text, *terms), section="symptom", record_disease="心脾两虚") == expected


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        # review of xywy medical_8–9 (2026-12-03, round 12, context): what a finding is confused with
        ("易与急性阑尾炎相混淆。", (("急性阑尾炎", "disease"),), ["other_disease"]),
        ("可与慢性支气管炎和上呼吸道感染混淆,出现发热。", (("慢性支气管炎", "disease"), ("上呼吸道感染", "disease"), ("发热", "symptom")),
         ["other_disease", "other_disease", "present"]),
        ("心脾两虚易与阑尾炎相混淆。", (("心脾两虚", "disease"), ("阑尾炎", "disease")), ["present", "other_disease"]),
    ],
)
def test_what_a_finding_is_confused_with_is_another_disease(mark, text, terms, expected):
    assert modifiers(text, mark(text, *terms), section="symptom", record_disease="心脾两虚") == expected


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        # review of xywy medical_4–5 (2026-12-03, context): advice not to worry is what it is for;
        # 不是每 says some have it; a small amount is no rare finding
        ("请不要过于紧张", ("紧张", "symptom"), ["hypothetical"]),
        ("不是每例患者都具有黄疸", ("黄疸", "symptom"), ["present"]),
        ("咯血量一般较少", ("咯血", "symptom"), ["present"]),
    ],
)
def test_cues_of_the_medical_4_5_review(mark, text, term, expected):
    assert modifiers(text, mark(text, term)) == expected


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        # review of xywy medical_4–5 (2026-12-03, context): a negation of what causes the finding
        # does not reach it; one of the causing does
        ("早产婴缺乏维生素E可发生溶血性贫血", ("溶血性贫血", "disease"), ["present"]),
        ("重症患者没有明显外伤也可发生出血", ("出血", "symptom"), ["present"]),
        ("胆囊结石并不引起黄疸", ("黄疸", "symptom"), ["negated"]),
        ("足月儿无一例发生视网膜病变", ("视网膜病变", "disease"), ["negated"]),
        ("无合并鼻腔损伤或发生感染时", ("感染", "disease"), ["negated"]),
    ],
)
def test_a_negated_cause_leaves_its_effect_present(mark, text, term, expected):
    assert modifiers(text, mark(text, term)) == expected


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        # review of xywy medical_10–11 (2026-12-03, context): what is prevented, or how few
        # patients have it, is the effect 而 introduces
        ("防止速度过快而导致心衰", ("心衰", "disease"), ["hypothetical"]),
        ("以免吸入毒物而致肺炎", ("肺炎", "disease"), ["hypothetical"]),
        ("少数患者可因椎体束受累而出现病理反射", ("病理反射", "symptom"), ["rare"]),
        # a negation negates the cause; another verb after 而 is no effect
        ("无明显诱因而发生腹痛", ("腹痛", "symptom"), ["present"]),
        ("避免因疼痛而拒绝咳嗽", ("咳嗽", "symptom"), ["present"]),
    ],
)
def test_a_prevention_or_a_rare_cue_reaches_the_effect_after_er(mark, text, term, expected):
    assert modifiers(text, mark(text, term)) == expected


@pytest.mark.parametrize(
    ("text", "term", "record"),
    [
        # review of xywy medical_4–5 (2026-12-03, context): the disease whose manifestation the
        # title names is the record's own
        ("继发性淀粉样变病可由许多疾病诱发", ("淀粉样变病", "disease"), "淀粉样变病的胃肠道表现"),
        ("白塞病为自体免疫性疾病,病因尚不清", ("白塞病", "disease"), "白塞病伴发的精神障碍"),
    ],
)
def test_the_disease_a_title_names_the_manifestation_of_is_the_records_own(mark, text, term, record):
    assert modifiers(text, mark(text, term), section="cause_info", record_disease=record) == ["present"]


@pytest.mark.parametrize(
    "text",
    [
        # review of xywy medical_14–15 (2026-12-03, therapies): what cannot be done is not
        "恶性病变已有多处转移无法手术者",
        "中晚期不能手术或者年龄较大的患者",
        "不能耐受手术者",
        "急腹症时不能热敷",
    ],
)
def test_a_procedure_that_cannot_be_done_is_negated(mark, text):
    term = "热敷" if "热敷" in text else "手术"
    assert modifiers(text, mark(text, (term, "procedure"))) == ["negated"]


def test_a_procedure_after_a_cannot_that_judges_another_verb_stays(mark):
    text = "不能判断是否需要手术"
    assert modifiers(text, mark(text, ("手术", "procedure"))) == ["present"]


@pytest.mark.parametrize(
    ("text", "term", "about"),
    [
        # review of xywy medical_8–9 (2026-12-03, symptoms): a finding between 与 and 鉴别 is
        # what the record's condition is told from, the disease's whose finding it is named
        ("心源性呼吸困难须与神经性呼吸困难相鉴别", ("神经性呼吸困难", "symptom"), "神经性呼吸困难"),
        ("与冠心病的心绞痛较难鉴别", ("心绞痛", "symptom"), "冠心病"),
    ],
)
def test_a_finding_the_condition_is_told_from_is_another_diseases(mark, text, term, about):
    ents = mark(text, ("冠心病", "disease"), term) if "冠心病" in text else mark(text, term)
    (result,) = [a for e, a in zip(ents, assign_context(text, ents)) if e.text == term[0]]
    assert (result.assertion, result.about) == ("other_disease", about)


def test_how_two_kinds_differ_tells_nothing_from(mark):
    text = "浸润溃疡型与隆起溃疡型的主要区别在于后者外观呈火山口状"
    assert modifiers(text, mark(text, "溃疡")) == ["present"]


def test_a_normal_cue_judges_no_drug(mark):
    # review of xywy medical_10–11 (2026-12-03, therapies): what became normal is the tissue
    text = "补充维生素A能使结肠上皮转化为正常"
    assert modifiers(text, mark(text, ("维生素A", "drug"))) == ["present"]
    text = "脑电图检查正常"  # an examination's result still is
    assert modifiers(text, mark(text, ("脑电图检查", "procedure"))) == ["normal"]


def test_a_negated_cause_leaves_the_effect_of_zhi_present(mark):
    # review of xywy medical_14–15 (2026-12-03, context): 致 is a verb of causing too
    text = "长期未经适当治疗可致记忆力减退"
    assert modifiers(text, mark(text, "记忆力减退")) == ["present"]
    text = "一般不致昏迷"
    assert modifiers(text, mark(text, "昏迷")) == ["negated"]


def test_what_to_watch_out_for_is_hypothetical_even_the_records_own_disease(mark):
    # review of xywy medical_8–9 (2026-12-03, round 8): 警惕 as 谨防, so the rule that keeps an
    # uncertain cause of the record's disease present (可能与MCTD有关) does not apply to it
    text = "应警惕羊水栓塞的发生"
    (a,) = assign_context(text, mark(text, ("羊水栓塞", "disease")), section="prevent_info", record_disease="羊水栓塞")
    assert (a.assertion, a.cue) == ("hypothetical", "警惕")


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        # review of xywy medical_12–13 (2026-12-03, round 9): a backward cue judges the noun after
        # 的, not the entity that says whose it is
        ("Hp的传染源和传播途径目前尚不清楚", ("Hp", "microbe"), "present"),
        ("说明肾脏的排泄功能正常", ("肾脏", "body"), "present"),
        ("慢性肝病的体征相对少见", ("慢性肝病", "disease"), "present"),
        # but a noun of how often it occurs or of whom leaves the finding judged
        ("出现肠梗阻的机会较少", ("肠梗阻", "disease"), "rare"),
        ("双侧同时患结核的病例罕见", ("结核", "disease"), "rare"),
    ],
)
def test_a_backward_cue_judges_the_noun_after_de(mark, text, term, expected):
    (a,) = assign_context(text, mark(text, term))
    assert a.assertion == expected


def test_every_name_of_the_records_disease_ends_with_a_character_its_endings_hold():
    # a completion (颈|椎管狭窄) is only tried after such a character: no accepted name may end otherwise
    from pipeline.context.assertion import _disease_key, _name_endings, _names_record_disease

    records = ["颈椎管狭窄症", "苯中毒", "小儿遗尿", "低血糖症", "远视眼", "麻风", "气胸", "心肌梗死", "距骨骨折",
               "小儿呼吸衰竭", "神经性厌食症与神经性贪食症", "淀粉样变病的胃肠道表现", "妊娠合并甲状腺功能减退", "POEMS综合征"]
    names = ["椎管狭窄", "颈椎管狭窄", "退变性颈椎管狭窄", "轻度中毒", "中毒", "遗尿症", "遗尿", "低血糖", "远视",
             "瘤型麻风", "自发性气胸", "急性心肌梗死", "骨折", "急性呼吸衰竭", "神经性贪食症", "淀粉样变病",
             "甲状腺功能减退症", "POEMS综合症", "老年人急性胰腺炎", "Ⅱ型糖尿病", "小儿遗尿症", "重型低血糖症"]
    accepted = 0
    for record in records:
        key = _disease_key(record)
        for name in names + [record[i:] for i in range(len(record) - 1)] + [p + record for p in ("急性", "轻度", "小儿", "外伤性")]:
            if _names_record_disease(name, key):
                accepted += 1
                assert _disease_key(name)[-1] in _name_endings(key), (name, record)
    assert accepted > 20  # the check ran over names that do name their records


@pytest.mark.parametrize(("text", "disease", "record", "expected"), [
    # context review of medical_13 (2026-12-04), pattern 2: the record's disease named more
    # broadly in its cause text was another disease
    ("肺炎是由多种病原体引起的", "肺炎", "小儿支气管肺炎", "present"),
    ("有关白血病的确切病因尚不清楚", "白血病", "小儿急性髓样白血病", "present"),
    # a cause disease, a qualified one, another kind: still another disease
    ("糖尿病可引起本病", "糖尿病", "糖尿病肾病", "other_disease"),
    ("下消化道出血多由肿瘤引起", "消化道出血", "上消化道出血", "other_disease"),
    ("动脉瘤多由动脉粥样硬化引起", "动脉瘤", "假性动脉瘤", "other_disease"),
    ("急性白血病是由多种原因引起的", "急性白血病", "眼眶急性白血病", "present"),  # at the text's start
])
def test_the_records_disease_named_more_broadly_in_its_cause_text_is_its_own(text, disease, record, expected):
    start = text.index(disease)
    ents = [Entity(start, start + len(disease), disease, "disease", disease)]
    assert modifiers(text, ents, record_disease=record, section="cause_info") == [expected]


@pytest.mark.parametrize(("name", "record", "expected"), [
    # context review of medical_0 (2026-12-05): a kind or a site of the record's disease is its own
    ("海绵状血管瘤", "血管瘤", True),
    ("乙状结肠扭转", "结肠扭转", True),
    ("阿米巴肝脓肿", "肝脓肿", True),
    ("球后视神经炎", "视神经炎", True),
    # not a name changed by 类, 亚 …, Latin letters or a list, nor a longer opening, nor a short name
    ("类风湿关节炎", "关节炎", False),
    ("亚急性感染性心内膜炎", "急性感染性心内膜炎", False),
    ("Wegener肉芽肿", "肉芽肿", False),
    ("脊柱裂和有关畸形", "颅骨裂和有关畸形", False),
    ("慢性肾炎", "肾炎", True),  # an adjective, as before
    ("肾盂肾炎", "肾炎", False),  # a two-character name takes no kind
])
def test_a_kind_or_site_of_the_records_disease_is_its_own(name, record, expected):
    from pipeline.context.assertion import _disease_key, _names_record_disease

    assert _names_record_disease(name, _disease_key(record)) is expected


def test_a_kind_of_the_records_disease_in_a_differential_diagnosis_is_another(mark):
    # code review 2026-12-05: what a differential diagnosis tells the record's disease from
    text = "需与毛细支气管炎鉴别。"
    (a,) = assign_context(text, mark(text, ("毛细支气管炎", "disease")), record_disease="支气管炎")
    assert (a.assertion, a.about) == ("other_disease", "毛细支气管炎")


def test_what_follows_the_latter_is_the_other_diseases(mark):
    # symptoms review of medical_14, labs review of medical_15 (2026-12-05): 后者 after a comparison
    text = "应与偏头痛鉴别。后者头痛伴视力异常，严重者亦有恶心呕吐。本病头痛持续。"
    terms = [("偏头痛", "disease"), "头痛", "恶心", "呕吐", "头痛"]
    found = assign_context(text, mark(text, *terms), record_disease="紧张性头痛")
    assert [(a.assertion, a.about) for a in found] == [("other_disease", "偏头痛")] * 4 + [("present", "")]
    # back on another disease: the record's own findings again
    text = "与成骨肉瘤不同，后者的范围常易确定，在软骨肉瘤中常有钙化灶。"
    found = assign_context(text, mark(text, ("成骨肉瘤", "disease"), ("软骨肉瘤", "disease"), "钙化灶"), record_disease="软骨肉瘤")
    assert [a.assertion for a in found][1:] == ["present", "present"]


def test_what_is_thought_of_alone_is_possible(mark):
    # context review of medical_0 (2026-12-05): the finding before 考虑 is observed
    text = "动脉搏动减弱时要考虑外周动脉栓塞的可能"
    assert modifiers(text, mark(text, ("动脉", "body"), "外周动脉栓塞")) == ["present", "possible"]


@pytest.mark.parametrize(("text", "record", "terms", "expected"), [
    # context review of medical_0 (2026-12-05): a list of causes announced with a colon names other diseases
    ("继发性二尖瓣脱垂可能与下述病因有关:遗传性结缔组织病、冠心病。", "二尖瓣脱垂综合征",
     [("遗传性结缔组织病", "disease"), ("冠心病", "disease")], ["other_disease", "other_disease"]),
    ("常见病因有：\n①感染\n②肝硬化。患者肝硬化明显。", "脾功能亢进症",
     [("感染", "disease"), ("肝硬化", "disease"), ("肝硬化", "disease")], ["other_disease", "other_disease", "present"]),
    # code review: a line that is no item ends the list
    ("常见病因有：冠心病、高血压\n本病可并发肺水肿。", "心力衰竭",
     [("冠心病", "disease"), ("肺水肿", "disease")], ["other_disease", "present"]),
    ("常见病因有：\n感染、肝硬化\n结节病。", "脾功能亢进症",
     [("感染", "disease"), ("结节病", "disease")], ["other_disease", "present"]),
    # a few of the record's own cases: what follows is rare, not the disease
    ("少数肺大泡病人有咯血。", "肺大泡", [("肺大泡", "disease"), ("咯血", "symptom")], ["present", "rare"]),
    ("极个别的食管平滑肌瘤蔓延到胃壁。", "食管平滑肌瘤", [("食管平滑肌瘤", "disease")], ["present"]),
    ("本病少数为先天性，少数肺大泡。", "肺大泡", [("肺大泡", "disease")], ["rare"]),  # the clause ends with it
    ("偶见多发性肠套叠。", "肠套叠", [("多发性肠套叠", "disease")], ["rare"]),  # a kind that is rare
])
def test_a_list_of_causes_and_a_few_of_its_cases(mark, text, record, terms, expected):
    results = assign_context(text, mark(text, *terms), record_disease=record)
    assert [a.assertion if a.assertion != "other_disease" or a.about else "?" for a in results] == expected


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        # mentions re-review of xywy medical_9 (2026-12-04): a cue in a bracketed remark judges
        # what is in the bracket, nothing after it
        ("是由细菌(极少数为真菌)引起的感染性炎症", [("细菌", "microbe"), ("真菌", "microbe"), ("炎症", "disease")],
         ["present", "rare", "present"]),
        ("可伴有(也可不伴有)虚脱、出汗", ["虚脱", "出汗"], ["present", "present"]),
        ("发热(少见)", ["发热"], ["rare"]),  # a backward cue in the bracket judges what it follows
        ("无发热(体温正常)及咳嗽", ["发热", "咳嗽"], ["negated", "negated"]),  # a cue outside still reaches past it
    ],
)
def test_a_cue_in_brackets_judges_nothing_after_them(mark, text, terms, expected):
    assert modifiers(text, mark(text, *terms)) == expected


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        # code review: a closing bracket with none opened is a list's numbering, no remark
        ("不伴有1)发热、2)咳嗽", ["发热", "咳嗽"], ["negated", "negated"]),
        ("罕见1)头痛、2)呕吐", ["头痛", "呕吐"], ["rare", "rare"]),
    ],
)
def test_a_numbering_bracket_keeps_the_cue_in_reach(mark, text, terms, expected):
    assert modifiers(text, mark(text, *terms)) == expected


# --- context review of medical_7, mentions review of medical_7, symptoms review of medical_8 (2026-12-05)

def test_what_a_disease_differs_from_is_another_disease(mark):
    # xywy (context review of medical_7): 不同于 X: X and what follows in its clause are another disease's
    text = "此病不同于慢性炎症性脱髓鞘性多发性神经病和运动神经元病,"
    terms = [("慢性炎症性脱髓鞘性多发性神经病", "disease"), ("运动神经元病", "disease")]
    result = assign_context(text, mark(text, *terms), record_disease="格林-巴利综合征")
    assert [(a.assertion, a.about, a.cue) for a in result] == [("other_disease", "慢性炎症性脱髓鞘性多发性神经病", "不同于")] * 2
    text = "不同于免疫球蛋白的A蛋白"  # no disease or symptom: negated as before, no other disease
    assert modifiers(text, mark(text, ("免疫球蛋白", "test"))) == ["negated"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # code review 2026-12-05 (D6): what 不同于 names ends at 之处, 在于, 的是 or a verb (unlike_end words);
        # the findings after it are the record's own
        ("本病不同于肺结核之处在于常伴有发热和皮疹", ["other_disease", "present", "present"]),
        ("本病不同于肺结核的是常伴有发热和皮疹", ["other_disease", "present", "present"]),
        ("本病不同于肺结核伴有发热和皮疹", ["other_disease", "present", "present"]),
        ("不同于肺结核和皮疹", ["other_disease"] * 2),  # no end word: the whole clause, as before
    ],
)
def test_what_a_disease_differs_from_ends_before_its_own_features(mark, text, expected):
    terms = [("肺结核", "disease"), "发热", "皮疹"] if "发热" in text else [("肺结核", "disease"), "皮疹"]
    result = assign_context(text, mark(text, *terms), record_disease="测试病")
    assert [a.assertion for a in result] == expected


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        # a condition cue judges the patient group a disease names, not the disease
        ("如果是糖尿病患者,应控制血糖", [("糖尿病", "disease")], ["present"]),
        ("避免接触传染病人", [("传染病", "disease")], ["present"]),
        ("如有视野缺损的病人", ["视野缺损"], ["hypothetical"]),  # a verb of having: part of the condition
        ("如果家中已有呼吸道传染病人", [("呼吸道传染病", "disease")], ["hypothetical"]),
        ("如果出现糖尿病,应控制血糖", [("糖尿病", "disease")], ["hypothetical"]),  # no group
    ],
)
def test_a_condition_does_not_judge_a_patient_group(mark, text, terms, expected):
    assert modifiers(text, mark(text, *terms)) == expected


@pytest.mark.parametrize(
    ("text", "terms", "record", "expected"),
    [
        # the disease a finding resembles is not the patient's (negated, as after 酷似)
        ("临床表现类似急性阑尾炎", [("急性阑尾炎", "disease")], "", ["negated"]),
        ("临床表现似心肌炎", [("心肌炎", "disease")], "", ["negated"]),
        ("重者似刺痛或刀割样", ["刺痛"], "", ["present"]),  # a symptom: the patient's own pain
        ("具有类似骨关节病的症状", [("骨关节病", "disease")], "血色病性骨关节病", ["present"]),  # the record's own
        ("类似芽生菌病的皮损", [("芽生菌病", "disease")], "芽生菌病样脓皮病", ["negated"]),  # 样: like another
        ("疑似心绞痛", ["心绞痛"], "", ["possible"]),  # a cue of its own
    ],
)
def test_the_disease_a_finding_resembles_is_negated(mark, text, terms, record, expected):
    assert modifiers(text, mark(text, *terms), record_disease=record) == expected


def test_only_the_disease_a_finding_resembles_is_negated_not_a_body_part_at_its_start():
    # xywy 风湿性二尖瓣狭窄 (ten-file check): 类似二尖瓣面容: the body part nested at the same start stays
    text = "颧颊潮红类似二尖瓣面容"
    start = text.index("二尖瓣")
    ents = [Entity(start, start + 5, "二尖瓣面容", "disease", "二尖瓣面容"), Entity(start, start + 3, "二尖瓣", "body", "二尖瓣")]
    assert modifiers(text, ents) == ["negated", "present"]


def test_the_records_disease_written_without_an_inner_xing_is_its_own():
    # xywy 小儿急性淋巴细胞性白血病 (mentions review of medical_7): ALL = 急性淋巴细胞白血病, its own disease
    text = "其他与ALL发病可能有关的化学物品有除草剂"
    start = text.index("ALL")
    ents = [Entity(start, start + 3, "ALL", "disease", "急性淋巴细胞白血病")]
    assert modifiers(text, ents, section="cause_info", record_disease="小儿急性淋巴细胞性白血病") == ["present"]
    text = "小儿腹股沟斜疝多见"  # another patient group: another disease
    ents = [Entity(0, 7, "小儿腹股沟斜疝", "disease", "小儿腹股沟斜疝")]
    assert modifiers(text, ents, section="cause_info", record_disease="成人腹股沟斜疝") != ["present"]


def test_what_differs_from_a_microbe_still_negates_it(mark):
    # xywy 非霍乱弧菌感染: 不同于 keeps negating what is no disease or symptom
    text = "这类弧菌在生化和血清学方面均不同于霍乱弧菌"
    assert modifiers(text, mark(text, ("霍乱弧菌", "microbe"))) == ["negated"]


def test_a_condition_joining_a_finding_stays_hypothetical(mark):
    # xywy 新生儿呕吐: 如合并瘘管者 is a condition on the fistula, no group of patients
    text = "如合并瘘管者可以作瘘管造影"
    assert modifiers(text, mark(text, "瘘管")) == ["hypothetical"]


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        # xywy 甲亢性肝损害 (medical_7 review, R5): after 应 the commas do not end what is told apart
        ("故应与病毒性肝炎,抗甲状腺药物引起的肝损害鉴别,", [("病毒性肝炎", "disease"), "肝损害"],
         ["other_disease", "other_disease"]),
        # xywy 妊娠合并子宫颈癌: a symptom in the middle of the list
        ("早期应与妊娠常见的子宫颈慢性炎症,宫颈糜烂和良性乳头状瘤鉴别,", ["宫颈糜烂"], ["other_disease"]),
        # no obligation word before 与: the comma still ends it (the patient's own finding)
        ("常与病毒性肝炎并存,肝损害明显,应注意鉴别。", ["肝损害"], ["present"]),
    ],
)
def test_an_obligation_word_carries_a_differential_over_commas(mark, text, terms, expected):
    assert modifiers(text, mark(text, *terms), record_disease="甲亢") == expected


def test_an_obligation_word_reaches_no_further_than_its_own_differential(mark):
    # xywy 神经性呕吐 (medical_1): the second disease is what is told apart, by another 须与
    text = "神经性呕吐须与慢性胃病,妊娠呕吐,尿毒症等鉴别,神经性厌食须与胃癌,早期妊娠反应鉴别。"
    ents = mark(text, ("慢性胃病", "disease"), "神经性厌食", "妊娠反应")
    assert modifiers(text, ents, record_disease="神经性呕吐") == ["other_disease", "present", "other_disease"]


@pytest.mark.parametrize(
    ("text", "terms", "record_disease", "expected"),
    [
        # xywy (medical_7 review, R4): what the record's disease is, in its cause text, is no other disease
        ("(一)发病原因\n心脏黏液瘤是心脏的良性肿瘤,起源于心房内膜", [("心脏黏液瘤", "disease"), ("良性肿瘤", "disease")],
         "心脏黏液瘤", ["present", "present"]),
        ("1.发病原因:本病为常染色体隐性遗传病,极少数为常染色体显性遗传病。", [("常染色体隐性遗传病", "disease")],
         "白化病", ["present"]),
        # a hedge before it in its clause: possible
        ("而推测本病为结缔组织病;先天性畸形", [("结缔组织病", "disease")], "膀胱颈梗阻", ["possible"]),
        ("病因不明,有作者认为本病属脓疱性银屑病的一型,以往认为", [("脓疱性银屑病", "disease")], "连续性肢端皮炎",
         ["possible"]),
        ("认为光泽苔藓是扁平苔藓的一个变异,但根据", [("光泽苔藓", "disease"), ("扁平苔藓", "disease")], "光泽苔藓",
         ["present", "possible"]),
        # a list going on in the next clause, and an infection (a cause): left as they were
        ("(一)发病原因\n放射性心包炎是乳腺癌,霍奇金病和非霍奇金淋巴瘤放射治疗的严重并发症",
         [("放射性心包炎", "disease"), ("乳腺癌", "disease"), ("霍奇金病", "disease")], "放射性心包炎",
         ["present", "other_disease", "other_disease"]),
        ("病毒性食管炎主要是单纯疱疹病毒感染。", [("病毒性食管炎", "disease"), ("单纯疱疹病毒感染", "disease")],
         "病毒性食管炎", ["present", "other_disease"]),
    ],
)
def test_what_the_record_disease_is_said_to_be_is_no_other_disease(mark, text, terms, record_disease, expected):
    assert modifiers(text, mark(text, *terms), section="cause_info", record_disease=record_disease) == expected


@pytest.mark.parametrize(
    ("text", "terms", "record_disease", "expected"),
    [
        # xywy (medical_7 review, R2): the record's disease opening its clause before a backward rare cue
        # is what is rare, there when the record is about it
        ("多形性脂肪瘤(pleomorphic lipoma)少见,好发于", [("多形性脂肪瘤", "disease")], "多形性脂肪瘤", ["present"]),
        ("阴道黑色素瘤比外阴黑色素瘤更少见,", [("阴道黑色素瘤", "disease")], "阴道黑色素瘤", ["present"]),
        ("2.慢性汞中毒小儿少见,但水俣病和肢痛症为慢性汞中毒的综合征。", [("慢性汞中毒", "disease")], "慢性汞中毒",
         ["present"]),
        # a form of it written before it, a kind of it, its patients, what it brings: still rare
        ("逆行性肠套叠少见。", [("肠套叠", "disease")], "肠套叠", ["rare"]),
        ("由葡萄球菌引起的急性宫颈炎较少见。", [("急性宫颈炎", "disease")], "急性宫颈炎", ["rare"]),
        ("原发性食管结核极为罕见,", [("原发性食管结核", "disease")], "食管结核", ["rare"]),
        ("神经系统结节病患者出现卒中样表现十分罕见,", [("神经系统结节病", "disease")], "神经系统结节病", ["rare"]),
        ("继发性肾上腺皮质功能减退症引起危象比较少,", [("继发性肾上腺皮质功能减退症", "disease")],
         "继发性肾上腺皮质功能减退症", ["rare"]),
    ],
)
def test_the_record_disease_before_a_backward_rare_cue_is_present(mark, text, terms, record_disease, expected):
    assert modifiers(text, mark(text, *terms), record_disease=record_disease) == expected


@pytest.mark.parametrize(
    ("text", "terms", "record_disease", "expected"),
    [
        # xywy (medical_9 review, P1): lowering the chance of a finding is preventing it
        ("减少感染机会", [("感染", "disease")], "肾盂肾炎", ["hypothetical"]),
        ("平时注意减少患肾癌的几率", [("肾癌", "disease")], "肾癌", ["hypothetical"]),
        ("可降低前列腺癌的发生率", [("前列腺癌", "disease")], "", ["hypothetical"]),
        ("治疗高血压能显著减少脑出血的危险度", [("高血压", "disease"), ("脑出血", "disease")], "",
         ["background", "hypothetical"]),
        # a lowered frequency or degree, a noun's lowering, a list after the verb: no prevention
        ("β阻滞药能降低SMI发作频率", [("SMI", "disease")], "", ["background"]),
        ("氧供减少和心绞痛发作", [("心绞痛", "disease")], "", ["background"]),
        ("表皮生长因子的减少等也是慢性胃炎的发病原因", [("慢性胃炎", "disease")], "慢性胃炎", ["present"]),
        # a risk word that dates something else: the deaths after it are lowered (code review 11 #5)
        ("抗生素可以减少肺炎发生后的死亡", [("肺炎", "disease")], "", ["background"]),
    ],
)
def test_lowering_the_risk_of_a_finding_is_prevention(mark, text, terms, record_disease, expected):
    assert modifiers(text, mark(text, *terms), section="prevent_info", record_disease=record_disease) == expected


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        # xywy (medical_9 review, P3): the noun 等 sums the list up in is a mention itself
        ("极少数病例还可伴发肌肉萎缩,脊柱侧凸,高弓足等畸形。", ["肌肉萎缩", "脊柱侧凸", "高弓足", "畸形"], ["rare"] * 4),
        ("有些病人平素无咳嗽,咳痰等呼吸道症状", ["咳嗽", "咳痰", "呼吸道症状"], ["negated"] * 3),
        ("一般无肝掌,蜘蛛痣等肝硬化的体征", ["肝掌", "蜘蛛痣", ("肝硬化", "disease")], ["negated"] * 3),
        # a site or cell after 等, no finding word: no list closed
        ("缺乏T4,心脏等组织细胞", [("心脏", "body"), ("组织细胞", "body")], ["present", "present"]),
        # a verb after 等: a clause of its own, not a noun summing the list up (code review 11 #2)
        ("无发热,咳嗽等易继发肺部感染。", ["发热", "咳嗽", ("肺部感染", "disease")], ["negated", "present", "present"]),
    ],
)
def test_a_list_closed_by_a_mention_after_deng_shares_the_cue(mark, text, terms, expected):
    assert modifiers(text, mark(text, *terms)) == expected


@pytest.mark.parametrize(
    ("text", "terms", "record_disease", "expected"),
    [
        # xywy (medical_9 review, P4): in a cause text, what is said to be how the record's disease shows
        ("吞咽困难和食管胃反流是膈上食管憩室最常见的症状", ["吞咽困难", "食管胃反流", ("膈上食管憩室", "disease")],
         "膈上食管憩室", ["present"] * 3),
        ("高脂血症是其特征性的表现", [("高脂血症", "disease")], "脂蛋白肾小球病", ["present"]),
        # another disease's manifestation: background as before
        ("早期的炎症浸润是应激性心肌炎的表现", ["炎症浸润", ("应激性心肌炎", "disease")], "放射性心脏损害",
         ["background", "other_disease"]),
        # (P5) the record's own type, named by the head of its name
        ("有人发现这型肾炎常有抗肾小管基底膜抗体存在", [("肾炎", "disease")], "老年人急进性肾炎", ["present"]),
        ("免疫复合物型肾炎(Ⅱ型)(20%):", [("肾炎", "disease")], "老年人急进性肾炎", ["other_disease"]),
        # 是 of 而不是, 但是, 系 of 关系, a negated copula: not told as its manifestation (code review 11 #1)
        ("过敏性鼻炎是本病的诱因而不是本病的症状。", [("过敏性鼻炎", "disease")], "支气管哮喘", ["other_disease"]),
        ("过敏性鼻炎不是本病的症状。", [("过敏性鼻炎", "disease")], "支气管哮喘", ["other_disease"]),
        ("过敏性鼻炎与本病有关系其症状相似。", [("过敏性鼻炎", "disease")], "支气管哮喘", ["other_disease"]),
        ("过敏性鼻炎可有发热但是本病的表现不同。", [("过敏性鼻炎", "disease"), "发热"], "支气管哮喘",
         ["other_disease", "background"]),
        # its patients, from the list of patient nouns (患儿 too)
        ("喂养困难是本病患儿的首发症状", ["喂养困难"], "先天性甲状腺功能减低症", ["present"]),
    ],
)
def test_a_cause_text_telling_the_record_disease_keeps_it_present(mark, text, terms, record_disease, expected):
    assert modifiers(text, mark(text, *terms), section="cause_info", record_disease=record_disease) == expected


def test_a_manifestation_of_another_diseases_patients_is_no_own_one(mark):
    # xywy 心房颤动 (medical_13): 该病 is the cardiomyopathy of the patients named before it
    text = "其中酒精性心肌病患者心房颤动常是该病的首发表现,发生率高"
    ents = mark(text, ("酒精性心肌病", "disease"), ("心房颤动", "disease"))
    assert modifiers(text, ents, section="cause_info", record_disease="心房颤动") == ["other_disease", "present"]


# --- context review of medical_4 (2026-12-05) ---------------------------------------------

@pytest.mark.parametrize(
    ("text", "disease", "record", "expected"),
    [
        # 1a: a qualifier in 性 or 型 and a tail of the record's name after a patient group or a lesion
        ("与外展型骨折相反,骨折远端内收", "外展型骨折", "肱骨外科颈骨折", "background"),
        # a patient group before a two-character tail: no kind (流行性感冒 is no 感冒)
        ("易患流行性感冒", "流行性感冒", "小儿感冒", "other_disease"),
        ("多为横行骨折,粉碎骨折或开放性骨折", "开放性骨折", "肱骨干骨折", "background"),
        # other words before the tail: kinds side by side
        ("发病与药物有关者占3%～12%,系统性红斑狼疮", "系统性红斑狼疮", "盘状红斑狼疮", "other_disease"),
        ("可见化脓性脑膜炎", "化脓性脑膜炎", "结核性脑膜炎", "other_disease"),
    ],
)
def test_a_kind_in_xing_or_xing_of_the_record_name_tail_is_the_records(mark, text, disease, record, expected):
    assert modifiers(text, mark(text, (disease, "disease")), record_disease=record, section="cause_info") == [expected]


@pytest.mark.parametrize(
    ("text", "disease", "record", "expected"),
    [
        # 2a: what the record's disease comes with, in a symptom text
        ("有报道AIDS病人面部有巨大的软疣", "AIDS", "传染性软疣", "other_disease"),  # an owner prefix
        ("偶有报道以精索静脉曲张为唯一主诉", "精索静脉曲张", "肾血管畸形与压迫", "rare"),  # a rare cue, no owner
        ("多见衰弱的老年人及恶性淋巴瘤患者。", "恶性淋巴瘤", "带状疱疹", "other_disease"),
        ("大多继发于病毒性肺部感染", "病毒性肺部感染", "细菌性肺炎", "other_disease"),
        # a 的 between: where it arises; a mention holding the record's name: a kind of it
        ("常发生于口腔的恶性肿瘤", "恶性肿瘤", "口腔白斑", "present"),
        ("可继发于葡萄球菌败血症", "葡萄球菌败血症", "葡萄球菌感染", "present"),
        # a time or a place after it, or a noun it qualifies (xywy 小儿莱施-尼汉综合征, 微小病变型肾病)
        ("多发生于高尿酸血症10～20年后", "高尿酸血症", "小儿莱施-尼汉综合征", "present"),
        ("由于继发于低蛋白血症的血液浓缩", "低蛋白血症", "微小病变型肾病", "present"),
    ],
)
def test_a_disease_the_records_comes_with_in_a_symptom_text(mark, text, disease, record, expected):
    section = "symptom_data/symptom_detail/4"
    assert modifiers(text, mark(text, (disease, "disease")), record_disease=record, section=section) == [expected]


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        # 4: a list of causes (xywy 外耳湿疹, 先天性巨细胞包涵体病)
        ("常见的内在因素如:胃肠功能紊乱,神经功能障碍,内分泌失调", ["胃肠功能紊乱", "内分泌失调"], ["background"] * 2),
        ("这些因素包括妊娠,器官移植,应用免疫抑制剂", [("器官移植", "procedure"), ("免疫抑制剂", "drug")],
         ["background"] * 2),
        # no list: 有关, a count, a clause going on about something else
        ("可能与遗传因素有关,发热", ["发热"], ["present"]),
        # xywy 食管克罗恩病, 移植物抗宿主病, 小儿单纯性血尿: an opening a mention runs into, a causing
        # verb, the record's own finding
        ("急性期食管克罗恩病因有食管炎常引起吞咽疼痛", [("食管克罗恩病", "disease"), "疼痛"], ["present", "present"]),
        ("原因包括食管炎及相互粘连而引起食管狭窄", ["粘连"], ["present"]),
        ("死亡原因有:休克,因此均应施行手术治疗", ["休克", ("手术", "procedure")], ["background", "present"]),
        # code review #1 of s12: 有待, 有所 after the opening are no list
        ("本病病因有待阐明,临床表现为发热,头痛", ["发热", "头痛"], ["present"] * 2),
        ("原因有所不同,患者可有发热,头痛", ["发热", "头痛"], ["present"] * 2),
        # medical_2:401: 着凉 is an item, not the 着 of 因素有着密切的关系
        ("引起机体抵抗力下降的因素如着凉,劳累,局部损伤,手术", [("手术", "procedure")], ["background"]),
    ],
)
def test_the_items_of_a_list_of_causes_are_background(mark, text, terms, expected):
    section = "symptom_data/symptom_detail/8"
    assert modifiers(text, mark(text, *terms), record_disease="外耳湿疹", section=section) == expected


def test_an_item_of_a_list_of_causes_says_so(mark):
    # code review #9 of s12: the therapies stage drops a drug background as a listed cause, and only such a one
    text = "这些因素包括妊娠,器官移植,应用免疫抑制剂"
    ents = mark(text, ("免疫抑制剂", "drug"))
    [assertion] = assign_context(text, ents, record_disease="外耳湿疹", section="symptom_data/symptom_detail/8")
    assert (assertion.assertion, assertion.cue) == ("background", "因素包括")
    assert is_a_listed_cause(assertion) and not is_a_listed_cause(Assertion("background"))


def test_a_short_part_of_a_joined_title_held_by_another_part_is_the_records(mark):
    # 6a: xywy 伤寒与副伤寒, cause_info: 伤寒 is a name of the record's disease as 副伤寒 is
    text = "伤寒,副伤寒是由伤寒和副伤寒杆菌甲,乙,丙引起的急性消化道传染病"
    ents = mark(text, ("伤寒", "disease"), ("副伤寒", "disease"))
    assert modifiers(text, ents, record_disease="伤寒与副伤寒", section="cause_info") == ["present", "present"]


def test_a_type_heading_of_a_cause_text_and_its_later_mentions_are_the_records(mark):
    # 1c: xywy 胆囊息肉, cause_info: (1)胆固醇息肉： heads a type of the record's polyp; CPs there is it
    text = "(1)胆固醇息肉:最常见,Kubota组CPs占65%\n(2)炎性息肉:少见"
    cps = text.index("CPs")
    ents = [*mark(text, ("胆固醇息肉", "disease")), Entity(cps, cps + 3, "CPs", "disease", "胆固醇息肉")]
    assert modifiers(text, ents, record_disease="胆囊息肉", section="cause_info") == ["background", "background"]


@pytest.mark.parametrize(("text", "term"), [
    # symptoms review of medical_4 (2026-12-05): 对X者 names the patients a measure is for (addressed words)
    ("对肥胖者精囊往往触诊不清。", "肥胖"),
    ("对于产后发热者，首先考虑产褥感染。", "产后发热"),
])
def test_a_finding_naming_the_patients_addressed_is_background(mark, text, term):
    (a,) = assign_context(text, mark(text, term), section="gaishu_info/desc")
    assert a.assertion == "background"


def test_a_finding_after_dui_without_a_patient_noun_stays_present(mark):
    (a,) = assign_context("对发热应及时处理。", mark("对发热应及时处理。", "发热"), section="gaishu_info/desc")
    assert a.assertion == "present"


# --- once-per-text and once-per-record shortcuts (speed): they give the answers the full rules give ---

def test_spans_cover_a_position_as_any_of_the_spans_does():
    from pipeline.context.assertion import _Spans

    cases = [[], [(3, 3)], [(5, 9), (0, 2)], [(0, 4), (2, 6), (6, 8)], [(10, 12), (1, 11), (20, 21)], [(4, 5), (5, 6)]]
    for spans in cases:
        covered = _Spans(spans)
        for pos in range(-1, 24):
            assert covered.cover(pos) == any(start <= pos < end for start, end in spans), (spans, pos)


@pytest.mark.parametrize(("text", "term", "record", "aliases"), [
    ("颈椎管狭窄的患者", ("椎管狭窄", "disease"), "颈椎管狭窄症", ()),  # completed by the words before it
    ("低血糖时可出现心悸", ("低血糖", "symptom"), "低血糖症", ()),
    ("轻度中毒者", ("轻度中毒", "disease"), "苯中毒", ()),
    ("需与无精子症鉴别", ("无精子症", "disease"), "无精症", ("无精子症",)),  # by another name
    ("布氏杆菌感染多见", ("布氏杆菌感染", "disease"), "布氏杆菌性关节炎", ()),  # the record's own cause
    ("POEMS综合症的表现", ("POEMS综合症", "disease"), "POEMS综合征", ()),  # 症 written for 征
])
def test_a_mention_naming_the_records_disease_passes_the_last_character_check(text, term, record, aliases):
    from pipeline.context.assertion import _disease_key, _is_record_disease, _may_name_the_record, _Record, _record_name_endings

    word, label = term
    start = text.index(word)
    entity = Entity(start, start + len(word), word, label, word)
    key, alias_keys = _disease_key(record), tuple(_disease_key(a) for a in aliases)
    checked = _Record(key, frozenset(), text, [entity], alias_keys, _record_name_endings(key, alias_keys))
    assert _is_record_disease(entity, checked)
    assert _may_name_the_record(entity, checked)
    unchecked = checked._replace(endings=frozenset(text))  # every character: the check lets all through
    assert _is_record_disease(entity, unchecked)


def test_a_mention_ending_otherwise_is_no_record_disease_whatever_the_record(mark):
    from pipeline.context.assertion import _disease_key, _is_record_disease, _may_name_the_record, _Record, _record_name_endings

    text = "可伴有头痛和发热"
    for record in ("头痛", "肺炎"):
        key = _disease_key(record)
        entities = mark(text, "头痛", "发热")
        checked = _Record(key, frozenset(), text, entities, (), _record_name_endings(key, ()))
        answers = [_is_record_disease(e, checked) for e in entities]
        assert answers == ([True, False] if record == "头痛" else [False, False])
        assert [_may_name_the_record(e, checked) for e in entities] == answers


def test_the_part_of_the_record_name_is_kept_per_record(mark):
    # _words_part_of_the_record_name is cached by the mention's words and the record's name: two records in turn
    text = "长期感冒"
    ents = mark(text, ("感冒", "disease"))
    for _ in range(2):
        assert modifiers(text, ents, section="prevent_info", record_disease="风寒感冒") == ["present"]
        assert modifiers(text, ents, section="prevent_info", record_disease="肺炎") == ["background"]


@pytest.mark.parametrize(("text", "terms", "expected"), [
    # cues that can neither set a modifier, tell diseases apart nor close a clause's owner (但, 而, 不能 before
    # a verb): the text skips the loop, and what is decided before any cue still holds
    ("但不能手术而需保守治疗", [("手术", "procedure")], ["negated"]),
    ("但临床表现类似急性阑尾炎", [("急性阑尾炎", "disease")], ["negated"]),
    ("但常有头痛而无其他表现", ["头痛"], ["present"]),
])
def test_a_text_whose_cues_qualify_nothing_keeps_what_is_decided_without_them(mark, text, terms, expected):
    from pipeline.context.assertion import _cues_can_qualify, find_cues

    ents = mark(text, *terms)
    if "无" not in text:
        assert not _cues_can_qualify(text, find_cues(text, ents), ents)
    assert modifiers(text, ents) == expected


@pytest.mark.parametrize(("text", "qualify", "expected"), [
    # an owner suffix right after a disease, or after a gloss or blank there, may close a clause's owner
    ("肺炎患者常有高热", True, ["other_disease", "other_disease"]),
    ("肺炎(pneumonia)患者常有高热", True, ["other_disease", "other_disease"]),
    ("肺炎 患者常有高热", True, ["other_disease", "other_disease"]),
    # a suffix after no disease closes no owner: the loop is skipped, with the same answer
    ("肺炎常见,患者常有高热", False, ["present", "present"]),
])
def test_an_owner_suffix_qualifies_only_after_a_disease(mark, text, qualify, expected):
    from pipeline.context.assertion import _cues_can_qualify, find_cues

    ents = mark(text, ("肺炎", "disease"), "高热")
    assert _cues_can_qualify(text, find_cues(text, ents), ents) is qualify
    assert modifiers(text, ents, record_disease="感冒") == expected


def test_list_filler_is_blanks_and_the_list_links():
    from pipeline.context.assertion import _filler_end

    text = "头痛、 以及头晕和乏力"
    assert _filler_end(text, 2, len(text)) == 6  # 、, a blank and 以及: up to 头晕
    assert _filler_end(text, 8, len(text)) == 9  # 和
    assert _filler_end(text, 0, len(text)) == 0  # a clause opening with a word: no filler


# context review 2026-12-06 (variant names of the record's disease, xywy medical_0–3, 10–15): a site written
# with or without 部/脏 (site_suffix rows) names the record's own disease; other variants stay another's
@pytest.mark.parametrize(
    ("text", "term", "record", "expected"),
    [
        ("鼻部血管瘤的病因有如下几种学说:", "鼻部血管瘤", "鼻血管瘤", "present"),
        ("肾脏损伤多出现在肾脏表面。", "肾脏损伤", "肾损伤", "present"),
        ("继发感染在颈淋巴结结核发病中较为常见。", "颈淋巴结结核", "颈部淋巴结结核", "present"),
        ("产生类癌综合征的主要物质是血清素。", "类癌综合征", "类癌", "other_disease"),  # 综合征: no site suffix
    ],
)
def test_the_records_disease_with_its_site_written_long_or_short_is_its_own(mark, text, term, record, expected):
    (result,) = assign_context(text, mark(text, (term, "disease")), section="cause_info", record_disease=record)
    assert result.assertion == expected
