"""bind_frequencies: which finding each number or frequency word is about.

Sentences marked with a disease name are copied from that record of
/work/shared/data/xywy/medical_*.json (normalized: ，→ ,); entities are built by hand.
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from pipeline.entity import Entity
from pipeline.normalize import normalize_text
from pipeline.quantities import bind_frequencies


def mentions(text: str, *terms: str) -> list[Entity]:
    """Every occurrence of each term, as the dictionary stage would find it."""
    found = []
    for term in terms:
        start = text.find(term)
        while start >= 0:
            found.append(Entity(start, start + len(term), term, "symptom", term))
            start = text.find(term, start + 1)
    return found


def bound(text: str, *terms: str) -> dict[str, object]:
    """subject text → statement (subject None under the key None)."""
    return {
        s.subject.text if s.subject else None: s for s in bind_frequencies(text, mentions(text, *terms))
    }


# --- the required examples (POEMS综合征, the seed record) ---------------------------------


def test_parenthesis_after_mention():
    s = bound("呈弥漫性色素沉着(93%)", "色素沉着")["色素沉着"]
    assert (s.pct_reported, s.rule) == (93, "paren")


@pytest.mark.parametrize("text", ["头痛较多见(30%)", "头痛常见(30%)", "头痛最常见(约占30%)"])
def test_parenthesis_after_a_frequency_word_after_the_mention(text):
    s = bound(normalize_text(text), "头痛")["头痛"]  # xywy: 腔内纤维化常见(80%)
    assert (s.pct_reported, s.rule) == (30, "paren")


@pytest.mark.parametrize("text", ["头痛常见(30%)关节痛", "头痛多数(30%)有关节痛"])
def test_no_parenthesis_binding_over_a_frequency_word_when_a_finding_or_verb_follows(text):
    found = bound(normalize_text(text), "头痛", "关节痛")
    assert not any(s.rule == "paren" for key, s in found.items() if key == "头痛")


def test_enumeration_number_binds_only_to_last_item():
    result = bound("乳晕呈黑色,并有皮肤增厚、坏死和多毛(81%)。", "皮肤增厚", "坏死", "多毛")
    assert set(result) == {"多毛"} and result["多毛"].pct_reported == 81


def test_enumeration_each_item_with_its_own_number():
    result = bound("部分病人可合并有胸腔积液、腹水、低热(76%)、多汗(66%)及杵状指(56%)", "低热", "多汗", "杵状指")
    assert {k: s.pct_reported for k, s in result.items()} == {"低热": 76, "多汗": 66, "杵状指": 56}


@pytest.mark.parametrize("text", ["血清蛋白电泳可有M蛋白(75%)", "血中M蛋白阳性可达75%左右"])
def test_m_protein_75(text):
    s = bound(text, "M蛋白", "血清蛋白电泳")["M蛋白"]
    assert s.pct_reported == 75


def test_approximate_hedge_is_kept():
    assert bound("血中M蛋白阳性可达75%左右", "M蛋白")["M蛋白"].approx is True


def test_fraction_before_verb_binds_to_object():
    s = bound("7/13例(54%)检测到HHV-8DNA序列", "HHV-8")["HHV-8"]
    assert (s.numerator, s.denominator, s.pct_reported, s.pct_computed, s.consistent) == (7, 13, 54, 53.8, True)


def test_computed_percentage_is_rounded_half_up():
    s = bound("1/16例(6.3%)有头痛", "头痛")["头痛"]
    assert (s.pct_computed, s.consistent) == (6.3, True)


def test_a_printed_percentage_with_a_blank_after_its_point_is_checked_with_its_decimals():
    s = bound("7/13例(53. 8%)有头痛", "头痛")["头痛"]
    assert (s.pct_reported, s.pct_computed, s.consistent) == (53.8, 53.8, True)


def test_respectively_reads_numbers_with_a_blank_after_the_point():
    found = bound("发热、皮疹分别占60. 2%,5. 5%", "发热", "皮疹")
    assert {k: v.pct_reported for k, v in found.items()} == {"发热": 60.2, "皮疹": 5.5}


def test_respectively_pairs_the_listed_findings_with_the_numbers_in_order():
    found = bound("发热、皮疹和关节痛分别占80%、50%和30%", "发热", "皮疹", "关节痛")
    assert {k: (v.pct_reported, v.rule) for k, v in found.items()} == {
        "发热": (80, "respectively"), "皮疹": (50, "respectively"), "关节痛": (30, "respectively"),
    }


def test_numbers_before_respectively_go_with_the_findings_after_it():
    # 神经莱姆病 (xywy medical_5, review 2026-12-03): 8% went to 神经系统, 15% to nothing
    found = bound("约15%和8%的患者分别出现明显的头痛和心悸", "头痛", "心悸")
    assert {k: (v.pct_reported, v.rule) for k, v in found.items()} == {
        "头痛": (15, "respectively"), "心悸": (8, "respectively"),
    }


def test_respectively_reads_numbers_listed_past_a_comma():
    # xywy review 2026-12-02: 24% and 5% were clauses of their own (no subject), 10% went to 难产
    found = bound("巨大胎儿、早产以及肩难产的发病率分别为10%,24%和5%", "巨大胎儿", "早产", "肩难产")
    assert {k: (v.pct_reported, v.rule) for k, v in found.items()} == {
        "巨大胎儿": (10, "respectively"), "早产": (24, "respectively"), "肩难产": (5, "respectively"),
    }


def test_respectively_reads_findings_listed_in_the_clauses_before_its_own():
    # xywy review 2026-12-02: all four numbers went to 消瘦, the one finding of the cue's clause
    found = bound("腹胀,腹痛,腹块,消瘦的发生率分别是79%,29%,33%,27.3%", "腹胀", "腹痛", "腹块", "消瘦")
    assert {k: v.pct_reported for k, v in found.items()} == {"腹胀": 79, "腹痛": 29, "腹块": 33, "消瘦": 27.3}


def test_a_share_written_as_a_fraction_is_a_percentage_and_a_larger_fraction_counts_cases():
    [share] = bind_frequencies("约1/3患者有发热", mentions("约1/3患者有发热", "发热"))
    assert (share.pct_reported, share.numerator, share.denominator) == (33.3, None, None)
    [counted] = bind_frequencies("7/18患者有发热", mentions("7/18患者有发热", "发热"))
    assert (counted.pct_computed, counted.numerator, counted.denominator) == (38.9, 7, 18)


def test_respectively_with_a_count_that_does_not_match_binds_nothing():
    found = bound("发热和皮疹分别占80%、50%和30%", "发热", "皮疹")
    assert set(found) == {None}


@pytest.mark.parametrize(
    "text",
    [
        "白大衣高血压和隐性高血压者分别占23.2%和8.1%",  # review: the second is a patient group
    ],
)
def test_respectively_after_a_list_or_a_group_gives_the_one_finding_nothing(text):
    entities = labelled(text, *((t, "disease") for t in ("白大衣高血压", "隐性高血压") if t in text))
    entities += labelled(text, *((("肝", "body"),) if "肝" in text else ()))
    assert {s.subject for s in bind_frequencies(text, entities)} == {None}


def test_respectively_after_one_finding_and_a_list_of_times_gives_it_every_number():
    text = "SLE 5年及10年存活率分别在95%及85%以上"  # second review: one disease, two time points
    statements = bind_frequencies(text, labelled(text, ("SLE", "disease")))
    assert [s.subject.text for s in statements] == ["SLE", "SLE"]


def test_respectively_after_one_finding_gives_it_every_number():
    # xywy 硬脑膜动静脉畸形: one finding, its share in two groups
    text = "发生颅内出血的机会分别为20%和42%"
    statements = bind_frequencies(text, mentions(text, "颅内出血"))
    assert [(s.subject.text, s.pct_reported) for s in statements] == [("颅内出血", 20), ("颅内出血", 42)]


@pytest.mark.parametrize("text", ["本组20例患者中发热(80%)", "20例中发热(80%)"])
def test_the_size_of_the_group_looked_at_is_no_numerator(text):
    s = bound(text, "发热")["发热"]
    assert (s.pct_reported, s.numerator) == (80, None)


def test_those_with_a_finding_share():
    s = bound("发热者占80%", "发热")["发热"]
    assert (s.pct_reported, s.rule, s.population) == (80, "rate", "")


def test_after_yici_each_number_still_follows_its_own_finding():
    found = bound("结肠癌依次为乙状结肠(10.8%)、盲肠(6.5%)", "结肠癌", "乙状结肠", "盲肠")
    assert {k: (v.pct_reported, v.rule) for k, v in found.items()} == {"乙状结肠": (10.8, "paren"), "盲肠": (6.5, "paren")}


def test_a_comma_inside_parentheses_does_not_end_the_clause():
    s = bound("头痛(20例,35%)", "头痛")["头痛"]
    assert (s.pct_reported, s.numerator, s.rule) == (35, 20, "paren")


def test_inconsistent_percentage_is_flagged():
    s = bound("在伴MCD的POEMS病人中,6/7例(85%)检测到DNA序列", "DNA序列")["DNA序列"]
    assert (s.pct_computed, s.consistent) == (85.7, False)


def test_percent_of_population_binds_to_finding_after_it():
    s = bound("约95%的胆总管结石患者并存有胆囊结石", "胆总管结石", "胆囊结石")
    assert set(s) == {"胆囊结石"}
    assert (s["胆囊结石"].pct_reported, s["胆囊结石"].approx) == (95, True)
    assert s["胆囊结石"].population == "胆总管结石患者"


def test_word_frequency_applies_to_every_entity_in_clause():
    result = bound("半数病人的T3T4偏低,血沉增快和免疫球蛋白增高也较常见。", "T3", "T4", "血沉", "免疫球蛋白")
    assert {k: (s.pct_reported, s.approx, s.qualifier) for k, s in result.items()} == {
        "T3": (50, True, "半数"),
        "T4": (50, True, "半数"),
        "血沉": (None, False, "较常见"),
        "免疫球蛋白": (None, False, "较常见"),
    }
    assert result["T3"].population == "病人"


def test_word_frequencies_without_numbers():
    s = bound("偶见心包积液。", "心包积液")["心包积液"]
    assert (s.qualifier, s.rank, s.pct_low, s.pct_high) == ("偶见", 1, 0, 5)
    s = bound("水肿较多见,多数为凹陷性", "水肿")["水肿"]
    assert (s.qualifier, s.rank) == ("较多见", 5)


def test_word_frequency_does_not_override_a_number():
    result = bound("部分病人可合并有腹水、低热(76%)", "腹水", "低热")
    assert (result["腹水"].qualifier, result["低热"].qualifier, result["低热"].pct_reported) == ("部分", "", 76)


def test_each_clause_has_its_own_word():
    text = "最常见为骨硬化性骨髓瘤(osteosclerotic myeloma),其次为髓外浆细胞瘤,溶骨性多发性骨髓瘤少见。"
    result = bound(text, "骨硬化性骨髓瘤", "髓外浆细胞瘤", "溶骨性多发性骨髓瘤")
    assert {k: s.rank for k, s in result.items()} == {"骨硬化性骨髓瘤": 5, "髓外浆细胞瘤": 3, "溶骨性多发性骨髓瘤": 2}


def test_evidence_is_the_sentence():
    text = "本病起病隐袭。呈弥漫性色素沉着(93%),以四肢为主。乳晕呈黑色。"
    (s,) = bind_frequencies(text, mentions(text, "色素沉着"))
    assert text[s.evidence_start : s.evidence_end] == "呈弥漫性色素沉着(93%),以四肢为主。"


# --- the same rules on other diseases ------------------------------------------------------


def test_paren_rule_other_diseases():
    # 髓母细胞瘤
    text = "首发症状为头痛(68.75%)、呕吐(53.75%)、走路不稳(36.25%)"
    assert {k: s.pct_reported for k, s in bound(text, "头痛", "呕吐", "走路不稳").items()} == {
        "头痛": 68.75,
        "呕吐": 53.75,
        "走路不稳": 36.25,
    }
    # 牛带绦虫病: ranges in parentheses
    result = bound("此外还可有恶心(15.7%~46%)、呕吐(11%)、腹泻(10%~50%)等", "恶心", "呕吐", "腹泻")
    assert (result["恶心"].pct_low, result["恶心"].pct_high, result["呕吐"].pct_reported) == (15.7, 46, 11)


def test_paren_without_adjacent_entity_has_no_subject():
    # 急性尿道炎: the cause group is not an entity; no guess further back
    result = bound("尿道内结石等,停顿稍久即可导致尿道感染。生理因素(25%)", "尿道感染")
    assert set(result) == {None} and result[None].pct_reported == 25


def test_count_lends_numerator_to_the_paren_statement():
    # 先天性动静脉瘘
    result = bound("42例有血管杂音(93%),34例可扪及震颤及静脉搏动(86%)", "血管杂音", "震颤", "静脉搏动")
    assert (result["血管杂音"].numerator, result["血管杂音"].pct_reported) == (42, 93)
    assert (result["静脉搏动"].numerator, result["静脉搏动"].pct_reported) == (34, 86)


@pytest.mark.parametrize(
    "text, population, finding, pct",
    [
        # 小儿感染性心内膜炎
        ("92%的感染性心内膜炎患者均有原发心脏病变", "感染性心内膜炎患者", "原发心脏病变", 92),
        # 子宫恶性肿瘤
        ("约有20%的内膜癌患者有家族史", "内膜癌患者", "家族史", 20),
        # 胆石症
        ("约有15%的胆囊结石患者可并存有胆总管结石", "胆囊结石患者", "胆总管结石", 15),
        # 肺并殖吸虫病
        ("约20%的卫氏并殖吸虫病患者有此征象", "卫氏并殖吸虫病患者", None, 20),
    ],
)
def test_percent_of_patients_with_x(text, population, finding, pct):
    terms = [t for t in ("感染性心内膜炎", "原发心脏病变", "内膜癌", "家族史", "胆囊结石", "胆总管结石", "卫氏并殖吸虫病") if t in text]
    result = bound(text, *terms)
    assert set(result) == {finding}
    assert (result[finding].population, result[finding].pct_reported) == (population, pct)


@pytest.mark.parametrize(
    "text, finding, low, high",
    [
        # 窦性心动过缓
        ("窦性心动过缓的发生率为20%~40%", "窦性心动过缓", 20, 40),
        # 脑动静脉畸形
        ("脑过度灌注现象发生率为1%~3%", "脑过度灌注", 1, 3),
        # 中耳癌
        ("据报道上呼吸道感染中突聋发生率为8%~30%", "突聋", 8, 30),
    ],
)
def test_rate_noun(text, finding, low, high):
    result = bound(text, finding, "上呼吸道感染")
    assert (result[finding].pct_low, result[finding].pct_high, result[finding].rule) == (low, high, "rate")


def test_rate_noun_with_parenthesis():
    # 完全性房室传导阻滞
    result = bound("进而发展为晕厥(发生率可达60%)、阿-斯综合征等。", "晕厥", "阿-斯综合征")
    assert set(result) == {"晕厥"} and result["晕厥"].pct_reported == 60


def test_rate_in_patient_group():
    # 类肺炎性胸腔积液: the patients are the population, chest pain is the finding
    s = bound("无胸腔积液的肺部感染患者胸膜炎性胸痛发生率为59%", "胸腔积液", "肺部感染", "胸痛")["胸痛"]
    assert s.pct_reported == 59


def test_count_with_percent_before_verb():
    # 糖尿病伴发的葡萄膜炎
    s = bound("Cheng等对23例患者分析发现,14例(60.8%)出现葡萄膜炎或眼内炎。", "葡萄膜炎", "眼内炎")["葡萄膜炎"]
    assert (s.numerator, s.pct_reported) == (14, 60.8)


def test_percent_then_fraction():
    # 外阴黑色棘皮症
    s = bound("黑人74%(25/34例)患者具有不同程度的黑棘皮病", "黑棘皮病")["黑棘皮病"]
    assert (s.pct_reported, s.numerator, s.denominator, s.pct_computed, s.consistent) == (74, 25, 34, 73.5, True)


def test_percent_of_patients_finding_before():
    # 老年人主动脉夹层分离: X见于N%的患者
    s = bound("上腹疼痛见于10%~50%的患者,常伴有恶心", "上腹疼痛", "恶心")
    assert s["上腹疼痛"].population == "患者"
    assert set(s) == {"上腹疼痛", "恶心"} and s["恶心"].qualifier == "常伴有"  # frequency adverbs, 2026-12-04


@pytest.mark.parametrize(
    "text, word, finding",
    [
        ("少数患者有发热", "少数", "发热"),  # 链球菌中毒性休克综合征
        ("半数有发热", "半数", "发热"),  # 先天性梅毒性肝硬化
        ("偶见有浸润癌", "偶见", "浸润癌"),  # 肿瘤性息肉
        ("少数患者表现为红斑水肿或斑块", "少数", "红斑"),  # 日光皮炎
    ],
)
def test_word_rule_other_diseases(text, word, finding):
    s = bound(text, finding)[finding]
    assert s.qualifier == word and s.rule == "word"


@pytest.mark.parametrize("text", ["多数学者认为本病与高血压有关", "大多数认为本病与高血压有关", "少数文献报道本病与高血压有关"])
def test_how_many_authors_think_so_is_not_a_frequency(text):
    # xywy 恶性黑色素瘤: 多数学者认为 counts scholars, not patients with hypertension
    assert bound(text, "高血压") == {}


def test_common_cause_is_not_a_frequency():
    # 谵妄综合征
    assert bound("药物中毒为老年谵妄的常见原因", "药物中毒", "谵妄") == {}


def labelled(text: str, *terms: tuple[str, str], nested: tuple[str, ...] = ()) -> list[Entity]:
    """The first occurrence of each ``(term, label)``; those in ``nested`` are nested in a longer one."""
    return [Entity(text.index(t), text.index(t) + len(t), t, label, t, "", t in nested) for t, label in terms]


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        # xywy 尿道结石: where the stones come from
        ("尿道结石多数来源于膀胱和上尿路", [("尿道结石", "disease"), ("膀胱", "body"), ("上尿路", "body")]),
        ("胃癌半数以上发生于胃窦部", [("胃癌", "disease"), ("胃窦部", "body")]),  # xywy 胃癌: where it grows
        ("腹痛多数起源于胃肠道", [("腹痛", "symptom"), ("胃肠道", "body")]),
    ],
)
def test_a_frequency_word_before_an_origin_or_place_is_no_frequency(text, terms):
    # 多数来源于/发生于 say where most of them are or come from, not how many patients have them
    assert bind_frequencies(text, labelled(text, *terms)) == []


@pytest.mark.parametrize(
    ("text", "terms", "subject"),
    [
        # xywy 胎盘早剥: most of them have hypertension
        ("胎盘早剥多数发生于高血压的患者", [("胎盘早剥", "disease"), ("高血压", "disease")], "高血压"),
        # xywy 宫腔粘连: about 14% had an abortion before
        ("宫腔粘连患者中,约14%发生在流产后", [("宫腔粘连", "disease"), ("流产", "procedure")], "流产"),
    ],
)
def test_where_words_before_a_finding_still_say_how_many_have_it(text, terms, subject):
    statements = bind_frequencies(text, labelled(text, *terms))
    assert subject in [s.subject.text for s in statements if s.subject] and all(s.rule != "where" for s in statements)


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        # the finding after the where word names a patient group, or is no object of it
        ("脑出血约30%发生于高血压患者", [("脑出血", "disease"), ("高血压", "disease")]),
        ("溃疡80%位于胃窦部并引起腹痛", [("溃疡", "disease"), ("胃窦部", "body"), ("腹痛", "symptom")]),
    ],
)
def test_only_the_mention_right_after_a_where_word_can_undo_it(text, terms):
    statements = bind_frequencies(text, labelled(text, *terms))
    assert [(s.subject, s.rule) for s in statements] == [(None, "where")]


def test_a_share_of_cases_by_place_or_time_is_kept_about_no_finding():
    # xywy 涎腺混合瘤: 80% of the tumours arise in the parotid; not how many patients have one
    text = "涎腺混合瘤80%以上发生在腮腺"
    statements = bind_frequencies(text, labelled(text, ("涎腺混合瘤", "disease"), ("腮腺", "body")))
    assert [(s.subject, s.pct_reported, s.comparator, s.rule) for s in statements] == [(None, 80, ">=", "where")]
    # a bare fraction is kept too, and a patient group stays with its number
    text = "颅底骨折有1/3发生于此"
    assert [(s.subject, s.rule) for s in bind_frequencies(text, labelled(text, ("颅底骨折", "disease")))] == [(None, "where")]
    text = "一部分病人(32.3%)发生在夜间"
    [statement] = bind_frequencies(text, [])
    assert (statement.rule, statement.population) == ("where", "病人")


def test_a_nearer_where_word_keeps_a_farther_frequency_word_off():
    # xywy 恶性黑色素瘤: 多数 belongs to the scholars, 一半 to where the melanomas arise
    text = "多数学者认为恶性黑色素瘤约近一半发生在已有的皮肤基础上"
    assert bind_frequencies(text, labelled(text, ("恶性黑色素瘤", "disease"), ("皮肤", "body"))) == []


def test_a_frequency_word_before_a_reason_still_says_how_many_patients():
    # xywy 急性肾小球肾炎: very few patients, owing to cortical necrosis, develop oliguria
    s = bound("极少数由于肾皮质缺血坏死而出现少尿", "少尿")["少尿"]
    assert (s.qualifier, s.rule) == ("极少数", "word")


def test_part_of_organ_is_not_a_frequency():
    # 宫颈浸润癌: 阴道下1/3 is a place
    assert bound("Ⅱ期:病变超出宫颈,但未至盆壁,阴道浸润未到阴道下1/3。", "宫颈") == {}
    # xywy 脑肿瘤, 股骨干骨折: after 上 or 下 a fraction is a part, even with a finding after it
    assert bound("只出现对侧上1/4的象限性偏盲。", "象限性偏盲") == {}
    assert bound("股骨下1/3骨折时,由于血管位于后方。", "骨折") == {}
    assert bound("患者中1/3有发热。", "发热")["发热"].rule == "forward"  # 中 alone: among them
    assert bound("临床上1/3患者有发热。", "发热")["发热"].rule == "forward"  # 临床上: clinically
    assert bound("在这种情况下1/3患者可出现发热。", "发热")["发热"].rule == "forward"  # patients after it
    assert bound("起源于蝶骨嵴内1/3脑膜瘤。", "脑膜瘤") == {}  # third review: 内, 外, 前, 后 are places too
    assert bound("其中1/3有发热。", "发热")["发热"].rule == "forward"  # not 其中
    assert bound("过期妊娠死产中1/3是由于胎儿生长受限。", "胎儿生长受限")["胎儿生长受限"].rule == "forward"
    # xywy 先天性胫骨假关节: a word of place right after the fraction, even after a bare 中
    assert bound("患儿的小腿中1/3处向前弯曲畸形。", "畸形") == {}
    assert bound("尿道远段1/3处的细菌被挤入膀胱。", "膀胱") == {}
    assert bound("约半数病人意识模糊,1/3处于昏迷状态。", "昏迷")["昏迷"].rule == "forward"  # 处于: in a state


def test_raw_text_gives_same_offsets():
    raw = "低热（76％）、多汗（66％）"
    statements = bind_frequencies(raw, mentions(raw, "低热", "多汗"))
    assert [(s.subject.text, s.pct_reported) for s in statements] == [("低热", 76), ("多汗", 66)]
    assert raw[statements[0].quantity.start : statements[0].quantity.end] == "（76％）"


def test_no_entities_no_crash():
    assert [s.subject for s in bind_frequencies("发生率为5%。", [])] == [None]
    assert bind_frequencies("", []) == []


# --- real records -------------------------------------------------------------------------


def _record_texts(record):
    parts = [record["gaishu_info"].get("desc", ""), record.get("cause_info", ""), record.get("prevent_info", "")]
    parts += (record.get("symptom_data") or {}).get("symptom_detail") or []
    return "\n".join(p for p in parts if isinstance(p, str))


def test_real_records_give_sane_statements(shared_data):
    lexicon = [
        t for t in (shared_data / "xywy" / "lexicons" / "symptoms.txt").read_text(encoding="utf-8").split() if len(t) >= 2
    ]
    records = json.loads((shared_data / "xywy" / "medical_6.json").read_text(encoding="utf-8"))
    seen = 0
    for key in list(records)[:60]:
        text = normalize_text(_record_texts(records[key]))
        entities = [e for term in lexicon if term in text for e in mentions(text, term)]
        for s in bind_frequencies(text, entities):
            seen += 1
            assert s.evidence_start <= s.quantity.start < s.quantity.end <= s.evidence_end
            for pct in (s.pct_reported, s.pct_low, s.pct_high, s.pct_computed):
                assert pct is None or 0 <= pct <= 100
            if s.numerator is not None and s.denominator is not None:
                assert s.numerator <= s.denominator
    assert seen > 50


def test_a_specimen_before_a_test_is_not_the_subject():
    # POEMS综合征 seed, 发病机制/病因
    text = "14/15例POEMS综合征病人血清IL-1β水平增加"
    entities = [
        Entity(7, 14, "POEMS综合征", "disease", "POEMS综合征"),
        Entity(16, 18, "血清", "body", "血清"),
        Entity(18, 23, "IL-1β", "test", "白细胞介素-1β"),
    ]
    [statement] = bind_frequencies(text, entities)
    assert statement.subject.text == "IL-1β"
    assert (statement.numerator, statement.denominator) == (14, 15)


def _measured_when_only_fillers_between(entity: Entity, gap: str) -> bool:
    return entity.text.endswith("比例") and gap in ("", "降至")


@pytest.mark.parametrize("text", ["浆细胞比例<5%。", "浆细胞比例(5%)。", "浆细胞比例降至5%。"])
def test_a_measured_percentage_is_no_frequency(text):
    assert bind_frequencies(text, mentions(text, "浆细胞比例"), measured=_measured_when_only_fillers_between) == []


@pytest.mark.parametrize(
    "text", ["浆细胞比例增高者占30%。", "浆细胞比例异常者达30%。", "30%的患者浆细胞比例增高。"]
)
def test_a_share_of_patients_stays_a_frequency_of_a_measured_subject(text):
    [statement] = bind_frequencies(text, mentions(text, "浆细胞比例"), measured=_measured_when_only_fillers_between)
    assert (statement.subject.text, statement.pct_reported) == ("浆细胞比例", 30.0)


def _with_drugs(text: str, *drugs: str) -> list[Entity]:
    return [Entity(e.start, e.end, e.text, "drug", e.text) for e in mentions(text, *drugs)]


@pytest.mark.parametrize("text", ["对酸中毒者应酌情静脉滴注5%碳酸氢钠。", "以25%～50% 葡萄糖液40～60ml稀释后静注。"])
def test_a_percentage_before_a_drug_is_its_strength_not_a_frequency(text):
    assert bind_frequencies(text, _with_drugs(text, "碳酸氢钠", "葡萄糖")) == []


@pytest.mark.parametrize(
    "text",
    [
        "用0.02%的呋喃西林,患者多可痊愈",  # the patient noun is in the next clause
        "用70%乙醇及5%的煤酚皂液消毒",  # a bare 的 after the listed strength
        "用5%的碳酸氢钠溶液湿敷",  # xywy: 的 between a strength and its substance
        "如70%乙醇及5%煤酚皂液等消毒剂",  # the next strength in a list, of a substance no dictionary has
        "应立即用1∶5000高锰酸钾或0.5%鞣酸洗胃",  # after a dilution
    ],
)
def test_a_strength_written_with_de_or_listed_after_another_is_no_frequency(text):
    text = normalize_text(text)
    assert bind_frequencies(text, _with_drugs(text, "碳酸氢钠", "乙醇", "高锰酸钾", "呋喃西林")) == []


def _with_tests(text: str, *tests: str) -> list[Entity]:
    return [Entity(e.start, e.end, e.text, "test", e.text) for e in mentions(text, *tests)]


@pytest.mark.parametrize(
    "text",
    [
        "约60%的TTP患者可以获得缓解,若用5%白蛋白治疗则病情恶化",  # xywy 血栓性血小板减少性紫癜
        "当吸入含5%一氧化碳的空气时",  # xywy: a gas's strength
    ],
)
def test_a_percentage_after_a_verb_of_giving_is_the_strength_of_any_mention(text):
    assert [s.subject.text for s in bind_frequencies(text, _with_tests(text, "白蛋白", "一氧化碳")) if s.subject] == []


@pytest.mark.parametrize(
    ("text", "subject", "pct"),
    [
        # xywy 血色病: a list written number first, the finding right after each number
        ("69%有肝硬化,83%肝肿大,13%脾肿大", "肝肿大", 83.0),
        ("69%有肝硬化,83%肝肿大,13%脾肿大", "脾肿大", 13.0),
        ("甲亢患者中60%～90%LATS增多", "LATS", 60.0),
        # review: a disease with more words after it names those who have it, as 患者 would
        ("Jones报告75%胆囊癌伴有胆石", "胆石", 75.0),
        ("有的作者发现约6%溃疡性结肠炎合并AS", "AS", 6.0),
    ],
)
def test_a_mention_right_after_a_number_is_what_it_counts(text, subject, pct):
    entities = mentions(text, "肝硬化", "肝肿大", "脾肿大", "LATS", "胆石", "AS")
    entities += [Entity(e.start, e.end, e.text, "disease", e.text) for e in mentions(text, "胆囊癌", "溃疡性结肠炎")]
    s = {x.subject.text: x for x in bind_frequencies(text, entities) if x.subject}[subject]
    assert (s.pct_low if s.pct_reported is None else s.pct_reported, s.rule) == (pct, "forward")


def test_a_percentage_after_a_drug_still_binds_to_it():
    text = "应用泼尼松有效者约占60%。"
    [statement] = bind_frequencies(text, _with_drugs(text, "泼尼松"))
    assert (statement.subject.text, statement.pct_reported) == ("泼尼松", 60.0)


def test_without_the_concentration_rule_the_strength_would_be_a_frequency():
    from dataclasses import replace

    from pipeline.quantities import load_quantity_resources

    text = "静脉滴注5%碳酸氢钠。"
    plain = replace(load_quantity_resources(), concentration_of=frozenset(), strength_before=(), chemical_end=())
    assert [s.pct_reported for s in bind_frequencies(text, _with_drugs(text, "碳酸氢钠"), resources=plain)] == [5.0]


def test_a_percentage_before_the_verb_biao_xian_binds_forward():
    # 霍奇金淋巴瘤 (xywy): 表现 alone, not only 表现为, leads to the finding
    s = bound("90%患者以淋巴结肿大就诊,约70%表现颈部淋巴结肿大,50%具有纵隔淋巴结肿大。", "颈部淋巴结肿大")
    assert (s["颈部淋巴结肿大"].pct_reported, s["颈部淋巴结肿大"].rule) == (70.0, "forward")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("色素型占基底细胞癌的6%", None),  # medical_5.json "193": a subtype's share of the disease
        ("雷诺现象占系统性硬化病的30%", "雷诺现象"),  # made-up: the finding before 占 is counted
        # xywy 功能性消化不良: the whole is a noun phrase that opens with a mention
        ("功能性消化不良占消化内科专科门诊的30%", "功能性消化不良"),
        ("雷诺现象占系统性硬化病患者总数的30%", "雷诺现象"),
    ],
)
def test_the_mention_a_share_is_taken_of_is_not_its_subject(text, subject):
    found = mentions(text, "基底细胞癌", "雷诺现象", "系统性硬化病", "功能性消化不良", "消化内科")
    (statement,) = bind_frequencies(text, found)
    assert (statement.subject.text if statement.subject else None, statement.pct_reported) == (subject, 6 if subject is None else 30)


@pytest.mark.parametrize(
    "text",
    [
        "此类型的面神经麻痹占所有面神经麻痹的12%",  # 面肌瘫痪 (xywy medical_5)
        "事实上先天性脑动脉瘤占脑动脉瘤的12%",  # 颅内动脉瘤: the kind written longer than the whole
    ],
)
def test_a_kind_of_the_whole_a_share_is_taken_of_is_written_whole(text):
    # frequencies review of medical_8, R4: the kind, written up to 占, is what is counted (its mention the
    # whole's); not after an anaphor (此类型)
    (statement,) = bind_frequencies(text, mentions(text, "面神经麻痹", "脑动脉瘤"))
    kind = None if text.startswith("此") else "先天性脑动脉瘤"
    assert (statement.subject.text if statement.subject else None, statement.pct_reported) == (kind, 12)


@pytest.mark.parametrize(
    "text, finding",
    [
        ("肿块部分钙化。", "钙化"),  # partly calcified
        ("经治疗后部分缓解。", "缓解"),
        ("行甲状腺大部分切除术", "切除术"),
    ],
)
def test_a_part_word_right_before_a_finding_is_its_degree_not_a_frequency(text, finding):
    assert bound(text, finding, "肿块") == {}


@pytest.mark.parametrize(
    "text, terms",
    [
        # review of xywy medical_10–11 (2026-12-03, round 7): a part of the finding, no share of patients
        ("坏死部分被清除后", ("坏死",)),
        ("结节间狭细萎缩部分交替存在", ("结节", "萎缩")),
        ("惊厥可作为脑型疟疾的一部分出现", ("惊厥", "脑型疟疾")),
    ],
)
def test_a_part_word_right_after_a_finding_names_a_part_of_it(text, terms):
    assert bound(text, *terms) == {}


def test_a_part_word_after_a_disease_or_before_patients_still_counts_them():
    text = "急性胰腺炎大部分可出现腹痛"
    disease = Entity(0, 5, "急性胰腺炎", "disease", "急性胰腺炎")
    (statement,) = bind_frequencies(text, [disease, *mentions(text, "腹痛")])
    assert (statement.subject.text, statement.qualifier) == ("腹痛", "大部分")
    assert bound("头痛，部分患者伴呕吐", "头痛", "呕吐")["呕吐"].qualifier == "部分"


def test_a_finding_qualified_by_a_part_word_takes_no_other_word_and_later_ones_take_it():
    assert set(bound("部分坏死后的脓肿呈一半固体", "坏死")) == set()  # not 一半
    result = bound("部分结节可见钙化", "结节", "钙化")  # some nodules: the calcification is in some
    assert set(result) == {"钙化"} and result["钙化"].qualifier == "部分"


@pytest.mark.parametrize(
    "text, finding",
    [
        ("部分患者出现发热", "发热"),
        ("部分可有发热", "发热"),
        ("部分肝癌患者有发热", "发热"),  # 部分 before a patient group: some patients
        ("部分肝癌的患者有发热", "发热"),
        ("部分弓形体病人可有发热", "发热"),  # 弓形体病 + 病人
        ("胶质瘤患者大部分生长缓慢", "生长缓慢"),  # after a patient group
    ],
)
def test_a_part_word_before_patients_or_a_verb_is_a_frequency(text, finding):
    s = bound(text, finding, "肝癌", "弓形体病", "胶质瘤")[finding]
    assert s.qualifier in ("部分", "大部分") and s.rule == "word"


@pytest.mark.parametrize(
    "text, first, label, finding",
    [
        ("部分ABO溶血病黄疸较轻", "ABO溶血病", "disease", "黄疸"),  # some patients with the disease
        ("部分ANA阳性", "ANA", "test", "ANA"),  # some patients' test
    ],
)
def test_a_part_word_before_a_disease_or_a_test_is_a_frequency(text, first, label, finding):
    entities = [Entity(text.index(first), text.index(first) + len(first), first, label, first)]
    if finding != first:
        entities.append(Entity(text.index(finding), text.index(finding) + len(finding), finding, "symptom", finding))
    found = {s.subject.text: s for s in bind_frequencies(text, entities)}
    assert found[finding].qualifier == "部分"


# --- those with a finding, and body parts that only qualify a longer noun --------------------


@pytest.mark.parametrize(
    ("text", "finding", "body"),
    [
        ("伴胸腔积液者为64%", "胸腔积液", "胸腔"),  # xywy: those with pleural effusion are 64 %
        ("发生主动脉瓣钙化者占71%", "钙化", "主动脉瓣"),  # xywy 老年性心瓣膜病
        ("高血压患者占45%", "高血压", None),
    ],
)
def test_a_group_named_by_its_finding_right_before_the_number_is_that_finding(text, finding, body):
    terms = [(finding, "symptom")] + ([(body, "body")] if body else [])
    (s,) = bind_frequencies(text, labelled(text, *terms, nested=("胸腔",)))
    assert (s.subject.text if s.subject else None, s.rule) == (finding, "rate")


def test_a_group_named_by_a_place_is_not_what_is_counted():
    text = "嗜铬细胞瘤位于肾上腺者占80%～90%"  # xywy: where the tumour is
    found = bind_frequencies(text, labelled(text, ("嗜铬细胞瘤", "disease"), ("肾上腺", "body")))
    # neither the adrenal nor the tumour (all its patients have it): those whose tumour is there
    # (before 2026-12-04 the tumour, which put 出血 10% in the symptoms of 大咯血 from 出血来自肺循环者仅占10%)
    assert [(s.subject, s.population) for s in found] == [(None, "嗜铬细胞瘤位于肾上腺者")]


@pytest.mark.parametrize(
    ("text", "terms", "population"),
    [
        # frequencies review of medical_3 (2026-12-04 evening): groups of people are populations
        # (…约有半数是白内障所致 is now a share of the causes, no statement: test_a_cause_takes_no_frequency_word)
        ("全世界4000万盲人中，约有半数患有白内障", [("白内障", "disease")], "全世界4000万盲人"),
        ("90%的宿主无症状", [], "宿主"),
        # …but not 成人 of 成人型 (code review)
        ("约50%的成人型多囊肾有高血压", [("成人型多囊肾", "disease"), ("高血压", "symptom")], "成人型多囊肾"),
    ],
)
def test_groups_of_people_are_populations(text, terms, population):
    text = normalize_text(text)
    (s,) = bind_frequencies(text, labelled(text, *terms))
    assert s.population == population


def test_a_group_noun_before_a_number_that_leads_forward_is_the_population():
    text = "高血压患者的30%出现蛋白尿"
    (s,) = bind_frequencies(text, labelled(text, ("高血压", "disease"), ("蛋白尿", "symptom")))
    assert (s.subject.text, s.rule) == ("蛋白尿", "forward")


@pytest.mark.parametrize(
    "text",
    [
        "卵巢恶性生殖细胞肿瘤占卵巢恶性肿瘤的5～15%",  # xywy: the tumour is no entity; 卵巢 only qualifies it
        "小肝癌的血管内癌栓形成率达30%",
    ],
)
def test_a_body_part_qualifying_a_longer_noun_is_no_subject(text):
    text = normalize_text(text)
    terms = [(t, "body") for t in ("卵巢", "淋巴结", "血管") if t in text]
    statements = bind_frequencies(text, labelled(text, *terms))
    assert statements and all(s.subject is None for s in statements)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("股骨约占40%", "股骨"),  # xywy: the number right after the part (约 belongs to it)
        ("肝脏受累者占40%", "肝脏"),  # an involvement word after the part
        ("腹股沟淋巴结转移率一般低于15%", "淋巴结"),
    ],
)
def test_a_body_part_before_its_number_or_an_involvement_word_stays_the_subject(text, part):
    (s,) = bind_frequencies(text, labelled(text, (part, "body")))
    assert s.subject.text == part


def test_a_group_noun_right_before_the_number_is_no_subject_without_a_link_word():
    text = "高血压患者约30%死于心力衰竭"  # review: those who die of heart failure, not those with 高血压
    (s,) = bind_frequencies(text, labelled(text, ("高血压", "disease"), ("心力衰竭", "disease")))
    assert s.subject is None or s.subject.text != "高血压"


def test_a_body_part_with_its_own_number_stays_the_subject():
    text = "主要受累器官为肺(80%),皮肤(40%～45%)"  # xywy: how often each organ is involved
    found = {s.subject.text: s.pct_low or s.pct_reported for s in bind_frequencies(text, labelled(text, ("肺", "body"), ("皮肤", "body")))}
    assert found == {"肺": 80, "皮肤": 40}


@pytest.mark.parametrize(
    ("text", "finding", "pct"),
    [
        ("约25%患者有视神经萎缩,50%伴弓形足", "弓形足", 50),  # xywy 遗传性共济失调: 伴 alone
        ("20%存在蛋白尿", "蛋白尿", 20),
        ("老年耳聋中70%患有动脉粥样硬化", "动脉粥样硬化", 70),  # xywy: not the 耳聋 before it
    ],
)
def test_a_verb_after_the_number_makes_the_mention_after_it_the_finding(text, finding, pct):
    found = bound(text, "视神经萎缩", "弓形足", "蛋白尿", "耳聋", "动脉粥样硬化")
    assert (found[finding].rule, found[finding].pct_reported) == ("forward", pct)


@pytest.mark.parametrize(
    "text",
    [
        "肝血管瘤是肝内最常见的良性肿瘤,占肝良性肿瘤的84%",  # xywy: a share of a category, its topic in the first clause
        "2.神经纤维肉瘤是较少见的一种肿瘤,约占恶性软组织肿瘤的5%～10%",
        "肝血管瘤是常见的良性肿瘤,占肝脏良性肿瘤的84%",  # the whole (肝脏良性肿瘤) is no mention
    ],
)
def test_a_clause_opening_with_zhan_is_about_the_disease_the_sentence_opens_with(text):
    text = normalize_text(text)
    disease = "肝血管瘤" if "肝血管瘤" in text else "神经纤维肉瘤"
    wholes = [w for w in ("肝良性肿瘤", "恶性软组织肿瘤") if w in text]
    statements = bind_frequencies(text, labelled(text, (disease, "disease"), *[(w, "disease") for w in wholes]))
    (s,) = [s for s in statements if s.quantity.kind != "frequency_word"]  # not 最常见
    assert (s.subject.text, s.rule) == (disease, "topic")


def test_no_topic_when_the_clause_names_its_own_subject_or_the_sentence_opens_otherwise():
    text = "肝血管瘤是一种肿瘤,发热者占20%"
    (s,) = bind_frequencies(text, labelled(text, ("肝血管瘤", "disease"), ("发热", "symptom")))
    assert s.subject.text == "发热"
    text = "在成人中,肝血管瘤较多,占肝良性肿瘤的84%"  # the sentence does not open with the disease
    (s,) = bind_frequencies(text, labelled(text, ("肝血管瘤", "disease"), ("肝良性肿瘤", "disease")))
    assert s.rule != "topic"  # (rule previous: the finding said to be common closes the clause before)
    text = "在成人中,肝血管瘤可见于各年龄,占肝良性肿瘤的84%"
    (s,) = bind_frequencies(text, labelled(text, ("肝血管瘤", "disease"), ("肝良性肿瘤", "disease")))
    assert s.subject is None


def test_no_topic_when_another_disease_is_named_in_a_clause_between():
    text = "顶叶肿瘤发生率较低,肿瘤多为胶质瘤,约占颅内胶质瘤的8.52%"  # xywy: about 胶质瘤, not 顶叶肿瘤
    statements = bind_frequencies(text, labelled(text, ("顶叶肿瘤", "disease"), ("胶质瘤", "disease")))
    assert [s.rule for s in statements if s.subject is not None and s.subject.text == "顶叶肿瘤"] == []


def test_no_topic_after_a_clause_introducing_a_part_of_it():
    text = "脑膜瘤分为多型,其中最常见的是脑膜内皮型,约占脑膜瘤的53.5%"  # xywy: the share is the subtype's
    statements = bind_frequencies(text, labelled(text, ("脑膜瘤", "disease")))
    assert [s.subject for s in statements if s.quantity.kind != "frequency_word"] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "世界上的癌症将减少1/3",  # xywy: cancer would drop by a third
        "可使病死率和再梗死率降低20%～25%",
        "蛋白尿减少了85%",
        "其血浆容量较正常人增加约15%",
        "结肠癌发病率分别降低90%和88%",  # the second one too
        "死亡率分别减少67%,80%及44%",
        "患睾丸癌的危险比一般人高出87%",  # xywy: a comparison, not 87 % of patients
        "黑色素瘤发病率增长10%",
        "右心室从正常上界到超出100%",
    ],
)
def test_a_share_right_after_a_change_verb_is_a_change_not_a_frequency(text):
    text = normalize_text(text)
    assert bind_frequencies(text, mentions(text, "癌症", "病死率", "蛋白尿", "结肠癌", "死亡率", "睾丸癌", "黑色素瘤", "右心室")) == []


@pytest.mark.parametrize(
    "text",
    [
        "心房扑动时心率可减为原有的1/2",  # xywy: the rate halves
        "其血清α1-AT仅为正常人的10%～15%",
        "动脉氧分压降至正常值的10%～15%时才发生脑损伤",
        "GPⅡb/Ⅲa复合物的量少于正常的5%",
        "肺通气量约为健康人的70%～80%",  # xywy review 2026-12-02
        "血清转铁蛋白浓度是正常的一半",  # a frequency word too
        "IgG低于正常值下界的一半",
        "维生素E值为母亲维生素E值的1/3～1/2",
    ],
)
def test_a_share_of_a_reference_level_is_a_level_not_a_frequency(text):
    text = normalize_text(text)
    terms = ("心房扑动", "心率", "血清", "氧分压", "脑损伤", "GP", "肺通气量", "转铁蛋白", "IgG", "维生素E")
    assert bind_frequencies(text, mentions(text, *terms)) == []


@pytest.mark.parametrize(
    "text",
    [
        "狭窄程度超过50%时可出现心绞痛",  # xywy review 2026-12-02: when, not how many
        "气胸在压缩20%以上时,可有呼吸困难",
        "当血氧饱和度<80%时出现发绀",
    ],
)
def test_a_share_before_a_condition_word_is_a_threshold_not_a_frequency(text):
    text = normalize_text(text)
    assert bind_frequencies(text, mentions(text, "心绞痛", "气胸", "呼吸困难", "发绀", "血氧饱和度")) == []


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("寰椎沟环畸形,占正常人的2%～3%", "2%~3%"),  # xywy: 占: a share of people
        ("在剩余组织学正常的40%病人,提示有胆道运动障碍", "40%"),  # patients follow
    ],
)
def test_a_reference_level_before_zhan_or_patients_keeps_the_share(text, share):
    text = normalize_text(text)
    assert [s.quantity.text for s in bind_frequencies(text, mentions(text, "寰椎沟环畸形", "胆道运动障碍"))] == [share]


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("头痛时常发作者约占30%", "头痛"),  # 时常 is a word, not the condition 时
        ("发热时间超过1周者占20%", "发热"),
        ("超出80%的病例出现黄疸", "黄疸"),  # 超出: more than, not a change
        ("外涂75%乙醇,30%患者出现皮疹", "皮疹"),  # after a strength, a number naming what follows
        ("约10%的阿司匹林哮喘患者伴有鼻息肉", "鼻息肉"),  # 的 + a patient group: no strength
    ],
)
def test_words_near_the_new_rules_that_are_none_of_them(text, finding):
    text = normalize_text(text)
    entities = mentions(text, "头痛", "发热", "黄疸", "皮疹", "鼻息肉") + _with_drugs(text, "乙醇", "阿司匹林")
    assert finding in {s.subject.text for s in bind_frequencies(text, entities) if s.subject is not None}


def test_a_patient_group_named_by_its_disease_right_after_a_number_leads_forward():
    text = "约50%急性胆囊炎病人胆汁细菌培养阳性"  # xywy: the cultures are positive, not the cholecystitis
    [statement] = bind_frequencies(text, labelled(text, ("急性胆囊炎", "disease"), ("细菌培养", "test")))
    assert (statement.subject.text, statement.population, statement.rule) == ("细菌培养", "急性胆囊炎病人", "forward")


def test_bing_you_after_a_number_names_the_finding():
    found = bound("病人约75%有卵圆孔未闭,25%并有房间隔缺损", "卵圆孔未闭", "房间隔缺损")
    assert found["房间隔缺损"].pct_reported == 25


def test_a_mention_made_a_condition_by_shi_is_not_what_the_number_counts():
    # POEMS综合征 (seed): the plasma cells exceed 10 % in myeloma, not 10 % of patients have myeloma
    text = normalize_text("骨化性骨髓瘤时浆细胞比例多在5%以下,多发性骨髓瘤(溶骨性)时多超过10%")
    statements = bind_frequencies(text, mentions(text, "多发性骨髓瘤"))
    assert [(s.quantity.text, s.subject) for s in statements if "10" in s.quantity.text] == [("超过10%", None)]
    assert bound("发热时约30%患者出现抽搐", "发热", "抽搐")["抽搐"].pct_reported == 30  # the finding after it


@pytest.mark.parametrize(
    ("text", "finding", "pct"),
    [
        ("出血54%,意识障碍42%,体重减轻71%", "体重减轻", 71),  # the verb ends a symptom: a list of findings
        ("血小板减少约占30%", "血小板减少", 30),  # 占: a share of the patients
        ("其子女发生情感障碍的几率则增加到50%", "情感障碍", 50),  # 增加到: the level reached
    ],
)
def test_a_change_verb_inside_a_mention_or_before_zhan_or_dao_keeps_the_share(text, finding, pct):
    text = normalize_text(text)
    found = bound(text, "出血", "意识障碍", "体重减轻", "血小板减少", "情感障碍")
    assert (found[finding].pct_reported or found[finding].pct_low) == pct


@pytest.mark.parametrize(
    "text",
    [
        "就诊前6个月内无其他原因体重减轻10%以上",  # xywy: by how much the weight fell
        "平均体重下降8.3%也无改变",
        "在半年以内不明原因的体重下降10%",
        # xywy review 2026-12-02: two changes in one sentence are no list of how many have each
        "注射胰岛素可使其体重增加10%～25%,输注葡萄糖可使其体重增加10%～20%",
    ],
)
def test_a_share_right_after_a_mention_ending_with_a_change_verb_is_how_much_it_changed(text):
    text = normalize_text(text)
    assert bind_frequencies(text, mentions(text, "体重减轻", "体重下降", "体重增加")) == []


def test_a_large_share_after_a_change_verb_is_how_many_have_it():
    # second review: a 71 % weight loss is implausible; 71 % of the patients lost weight
    text = normalize_text("主要表现为乏力,体重减轻71%,肝大")
    assert [(s.subject.text, s.pct_reported) for s in bind_frequencies(text, mentions(text, "体重减轻"))] == [("体重减轻", 71)]


def test_a_disease_right_after_a_number_with_words_after_it_is_the_population():
    # second review (xywy 非霍奇金淋巴瘤): a share of NHL cases, about no finding
    text = "约25%NHL发生于结外"
    [s] = bind_frequencies(text, [Entity(4, 7, "NHL", "disease", "非霍奇金淋巴瘤")])
    assert (s.subject, s.population) == (None, "NHL")


def test_case_counts_after_those_with_each_finding():
    text = "肠损伤者17例(8.5%),胃损伤者13例(6.5%)"  # xywy: a list of injuries and their counts
    found = {s.subject.text: s.pct_reported for s in bind_frequencies(text, mentions(text, "肠损伤", "胃损伤")) if s.subject}
    assert found == {"肠损伤": 8.5, "胃损伤": 6.5}


def test_a_change_verb_before_a_parenthesized_share_keeps_it():
    text = "腹内压增高(25%)"
    (s,) = bind_frequencies(text, mentions(text, "腹内压"))
    assert s.pct_reported == 25


@pytest.mark.parametrize(
    ("text", "finding", "subject"),
    [
        ("肝脾肿大者约占10%左右", "肝脾肿大", "肝脾肿大"),  # 约占 is written as part of the number
        ("有胆绞痛者80%,大出血63%", "胆绞痛", "胆绞痛"),  # the number ends its clause: a list
        ("闭角型45岁以上患者占青光眼病人68.2%", "青光眼", None),  # review: after 占 the group is the whole
        ("急性风湿热患者80%～100%呈阳性", "风湿热", None),  # review: what follows is what is counted
    ],
)
def test_which_group_nouns_right_before_a_number_name_what_it_counts(text, finding, subject):
    """The first number of the text is the one each case is about."""
    text = normalize_text(text)
    first = min(bind_frequencies(text, mentions(text, finding, "大出血")), key=lambda s: s.quantity.start)
    assert (first.subject.text if first.subject else None) == subject


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        # second review, from xywy: a body part naming part of a longer noun after the number
        ("约1/3的病例并发脑囊尾蚴病", [("脑", "body")], {None}),
        ("约1/2有淋巴结转移", [("淋巴结", "body")], {"淋巴结"}),  # an involvement word after it
        ("发热者不足10%。", [("发热", "symptom")], {"发热"}),  # the number ends its sentence
        ("使用后病死率降低20%,30%患者出现发热。", [("发热", "symptom")], {"发热"}),  # not listed with the change
        # the part is no topic; the share after the comma is about the finding closing the clause before
        ("肺癌中以鳞癌最多见,占40%～50%", [("肺癌", "disease"), ("鳞癌", "disease")], {"鳞癌"}),
        ("肺癌好发于40岁以上男性,约占肺癌的80%", [("肺癌", "disease")], {None}),  # the topic is the whole
        ("肝血管瘤是良性肿瘤,约占84%", [("肝血管瘤", "disease")], {"肝血管瘤"}),  # 约占 written with the number
    ],
)
def test_second_review_cases(text, terms, expected):
    statements = [s for s in bind_frequencies(text, labelled(text, *terms)) if s.quantity.kind != "frequency_word"]
    assert {s.subject.text if s.subject else None for s in statements} == expected


def test_a_place_fraction_after_a_body_part_gives_no_row():
    text = "胆总管下2/3段位于腹膜后间隙"  # second review: a part of the duct, not a share of patients
    assert bind_frequencies(text, labelled(text, ("胆总管", "body"), ("腹膜后", "body"))) == []


def test_another_name_in_the_topics_clause_keeps_the_topic():
    text = "毒性弥漫性甲状腺肿又称突眼性甲状腺肿,占全部甲亢的90%"  # xywy: 又称 names it again
    (s,) = bind_frequencies(text, labelled(text, ("毒性弥漫性甲状腺肿", "disease"), ("甲亢", "disease")))
    assert (s.subject.text, s.rule) == ("毒性弥漫性甲状腺肿", "topic")


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        ("乳腺癌5年生存率为75%", ["生存率"]),  # xywy: a survival rate, not how many have breast cancer
        ("血清抗核抗体阳性率高达75%以上", ["阳性率"]),
        ("心律失常发生率分别为52.4%和32.7%", ["发生率", "发生率"]),  # the listed one too
        ("FOBT筛检结肠癌的敏感性为40%", ["敏感性"]),
        ("约30%的患者有发热", [""]),  # a plain share of patients
        ("本病发病率和病死率分别为10%和5%", ["发病率", "病死率"]),  # listed nouns, in order
        ("发热患者的病死率为20%和30%的患者有头痛", ["病死率", ""]),  # the second counts patients
        ("结肠息肉的癌变率为2%～4%", ["癌变率"]),  # xywy review 2026-12-02
        ("头孢吡肟敏感率也只有60%左右", ["敏感率"]),  # 也只有 links the noun to its number
        # xywy review 2026-12-03 (frequencies, medical_4 and medical_7): treatment results
        ("原来异常的EEG的转阴率高达73.5%", ["转阴率"]),
        ("发作完全控制率仅为50%～85%", ["控制率"]),
        ("接种后抗体阳转率在95%以上", ["阳转率"]),
    ],
)
def test_the_noun_before_a_percentage_says_what_it_measures(text, measures):
    text = normalize_text(text)
    statements = bind_frequencies(text, mentions(text, "乳腺癌", "抗核抗体", "心律失常", "结肠癌", "发热", "头痛"))
    assert [s.measure for s in statements] == measures


def test_a_heading_before_a_frequency_word_is_no_finding():
    text = normalize_text("1.骨髓穿刺 半数病人可见浆细胞轻度增多")  # the seed's 诊断 section
    entities = labelled(text, ("骨髓穿刺", "procedure"), ("浆细胞", "body"))
    assert {s.subject.text for s in bind_frequencies(text, entities)} == {"浆细胞"}
    text = normalize_text("2.腹部肿块 约半数以上患者可扪及包块")  # xywy: a symptom heading is what is counted
    assert {s.subject.text for s in bind_frequencies(text, mentions(text, "腹部肿块"))} == {"腹部肿块"}



@pytest.mark.parametrize(
    "text",
    [
        "溃疡型占51.2%",  # xywy review 2026-12-02: a type of the record's cancer, no ulcer
        "黏液细胞癌约占5%",  # a cancer the dictionaries lack, no mucus
        "绝经后期为36.1%",  # a period, not the menopause
    ],
)
def test_a_mention_before_a_modifier_word_is_not_what_the_number_counts(text):
    text = normalize_text(text)
    [statement] = bind_frequencies(text, mentions(text, "溃疡", "黏液", "绝经"))
    assert statement.subject is None


def test_a_frequency_word_is_about_no_body_part_but_cells_or_an_involved_part():
    # xywy review 2026-12-02: where a finding is, not what half the patients have
    text = normalize_text("半数病人在腹部触及包块,约半数患者乳房女性化")
    entities = labelled(text, ("腹部", "body"), ("包块", "symptom"), ("乳房", "body"))
    assert [s.subject.text for s in bind_frequencies(text, entities)] == ["包块"]
    text = normalize_text("约半数有肾受累")
    assert [s.subject.text for s in bind_frequencies(text, labelled(text, ("肾", "body")))] == ["肾"]


def test_a_body_part_opening_a_noun_the_dictionaries_lack_leads_on_to_the_finding():
    # xywy (review): 25% have pleural pain and pneumothorax; 胸膜 opens 胸膜痛, which is no mention
    text = "约25%有胸膜痛及自发性气胸"
    [statement] = bind_frequencies(text, labelled(text, ("胸膜", "body"), ("自发性气胸", "disease")))
    assert (statement.subject.text, statement.rule) == ("自发性气胸", "forward")
    # another body part after it is no finding either (fourth review)
    text = "约70%的脾静脉血汇入门静脉"
    [statement] = bind_frequencies(text, labelled(text, ("脾静脉", "body"), ("门静脉", "body")))
    assert statement.subject is None
    # a body part that is the subject itself stays (受累: involved)
    text = "约20%胫骨受累"
    [statement] = bind_frequencies(text, labelled(text, ("胫骨", "body")))
    assert statement.subject.text == "胫骨"


@pytest.mark.parametrize(
    ("text", "terms", "subject", "population"),
    [
        # xywy 先天性膈疝: the share of hernias that have a malrotation
        ("约25%的膈疝伴有肠旋转不良", (("膈疝", "disease"), ("肠旋转不良", "disease")), "肠旋转不良", "膈疝"),
        ("25%的胃癌为印戒细胞癌", (("胃癌", "disease"), ("印戒细胞癌", "disease")), "印戒细胞癌", "胃癌"),
        ("30%的肝癌", (("肝癌", "disease"),), "肝癌", ""),  # nothing after it: the disease is what it counts
    ],
)
def test_a_disease_after_a_share_and_de_names_the_patients_of_what_follows(text, terms, subject, population):
    [statement] = bind_frequencies(text, labelled(text, *terms))
    assert (statement.subject.text, statement.population) == (subject, population)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("该病在眩晕中约占5.9%", None),  # xywy 眩晕: a share of all vertigo, not how many have vertigo
        ("在急性白血病中约占20%", None),
        ("在肺癌中鳞癌约占40%", "鳞癌"),
        ("眩晕中约占5.9%", "眩晕"),  # no 在: 中 alone may end the mention's own clause
    ],
)
def test_a_mention_between_zai_and_zhong_is_the_whole_not_the_subject(text, subject):
    entities = labelled(text, *((t, "disease") for t in ("急性白血病", "肺癌", "鳞癌") if t in text))
    entities += labelled(text, *((("眩晕", "symptom"),) if "眩晕" in text else ()))
    [statement] = bind_frequencies(text, entities)
    assert (statement.subject.text if statement.subject else None) == subject


def test_the_zai_of_cunzai_opens_no_whole():
    text = "存在于糖尿病中约30%"  # review: 存在于, not 在…中
    [statement] = bind_frequencies(text, labelled(text, ("糖尿病", "disease")))
    assert statement.population == ""


def test_the_whole_between_zai_and_zhong_is_the_patient_group():
    text = "在闭合性肾损伤中1/3并发其他内脏损伤"  # xywy 肾损伤: kept, a third of these injuries
    [statement] = bind_frequencies(text, labelled(text, ("肾损伤", "disease")))
    assert (statement.subject, statement.population, statement.pct_reported) == (None, "闭合性肾损伤", 33.3)


def test_a_disease_with_its_de_may_come_between_a_share_and_where_it_occurs():
    text = "15%的骨血管瘤发生于脊柱"  # xywy: where these tumours are, about no finding
    [statement] = bind_frequencies(text, labelled(text, ("骨血管瘤", "disease"), ("脊柱", "body")))
    assert (statement.subject, statement.rule, statement.population) == (None, "where", "骨血管瘤")


@pytest.mark.parametrize(
    ("text", "terms", "subject"),
    [
        # review of xywy medical_12–13: a predicate after the number makes the mention before it
        # the group or the whole, not what is counted (four in five such rows were wrong)
        ("假性胰腺囊肿约80%为单发。", ["假性胰腺囊肿"], None),
        ("热性惊厥中仅2.4%以后转为癫痫。", ["热性惊厥"], None),
        ("IgG仅40%沉积于血管内。", ["IgG"], None),
        # after an operation right before the number: when the patients are counted (row check of the s11 merge, #3)
        ("精索静脉曲张术后35%,", ["精索静脉曲张"], None),
        # the number closing its clause, or followed by its patients, is said of the mention
        ("肠道感染13%，", ["肠道感染"], "肠道感染"),
        ("血中M蛋白阳性可达75%左右。", ["M蛋白"], "M蛋白"),
        ("典型的蝶形红斑仅见于50%病例。", ["蝶形红斑"], "蝶形红斑"),
    ],
)
def test_a_number_is_said_of_the_mention_before_it_only_when_it_closes_its_clause(text, terms, subject):
    [statement] = bind_frequencies(text, mentions(text, *terms))
    assert (statement.subject.text if statement.subject else None) == subject
    assert statement.rule == "backward"


def test_review_measures_strengths_and_reference_levels():
    # review of xywy medical_12–13
    [rate] = bind_frequencies("骨髓移植在本病的成功率可达90%。", mentions("骨髓移植在本病的成功率可达90%。", "骨髓移植"))
    assert rate.measure == "成功率"
    [chance] = bind_frequencies("发生血小板减少的几率为0%～8.2%。", mentions("发生血小板减少的几率为0%～8.2%。", "血小板减少"))
    assert chance.measure == "几率" and chance.subject.text == "血小板减少"
    # a dosage form after the percentage: a strength; 液 alone is no form (乳头溢液)
    assert bind_frequencies("(10%溶液每次0.3～0.5ml/kg)", []) == []
    assert bind_frequencies("外阴可用2%硼酸洗液清洗。", []) == []
    [share] = bind_frequencies("25%～40%表现为乳头溢液。", mentions("25%～40%表现为乳头溢液。", "乳头溢液"))
    assert share.subject.text == "乳头溢液"
    # a level relative to the normal one
    assert bind_frequencies("FⅤ水平在正常2%～14%。", mentions("FⅤ水平在正常2%～14%。", "FⅤ")) == []


@pytest.mark.parametrize("text", ["HbBart含量70%～100%。", "血氧饱和度为90%。", "FⅤ水平2%～14%的患者出现血栓。"])
def test_a_percentage_after_a_measured_amount_is_a_level(text):
    assert bind_frequencies(text, mentions(text, "HbBart", "血氧饱和度", "FⅤ", "血栓")) == []


def test_review_groups_and_grades():
    # review of xywy medical_12–13: a murmur's grade is no share; women are a patient group
    assert bind_frequencies("可及4～5/6级的喷射性收缩期杂音。", mentions("可及4～5/6级的喷射性收缩期杂音。", "收缩期杂音")) == []
    [share] = bind_frequencies("约20%的女性有骨质疏松。", mentions("约20%的女性有骨质疏松。", "骨质疏松"))
    assert share.subject.text == "骨质疏松" and share.population == "女性"


@pytest.mark.parametrize(
    ("text", "terms", "subject"),
    [
        # review of xywy medical_12–13: the finding right after 为, 转变为, 死于 is what is counted
        ("大约有5%转变为神经纤维肉瘤。", ["神经纤维肉瘤"], "神经纤维肉瘤"),
        ("小儿阴道恶性肿瘤中，90%以上为葡萄状肉瘤。", ["葡萄状肉瘤"], "葡萄状肉瘤"),
        ("50%死于充血性心力衰竭。", ["充血性心力衰竭"], "充血性心力衰竭"),
    ],
)
def test_a_finding_right_after_a_copula_is_what_a_number_counts(text, terms, subject):
    [statement] = bind_frequencies(text, mentions(text, *terms))
    assert (statement.subject.text, statement.rule) == (subject, "forward")


def test_a_count_with_its_share_after_zhan_is_one_quantity():
    # review of xywy medical_12–13: 占 inside or without the parenthesis
    [girls] = bind_frequencies("本组2183例中女孩937例(占42.9%)。", [])
    assert (girls.numerator, girls.denominator, girls.pct_reported) == (937, 2183, 42.9)
    [fever] = bind_frequencies("其中发热12例占30%。", mentions("其中发热12例占30%。", "发热"))
    assert (fever.subject.text, fever.numerator, fever.pct_reported) == ("发热", 12, 30.0)


def test_a_patient_group_right_before_the_number_is_its_population():
    # second review (xywy medical_14–15): 中 or 有 may come between; a bare 者 names a finding
    text = "小细胞肺癌患者中90%以上的人有吸烟史。"
    [statement] = bind_frequencies(text, mentions(text, "小细胞肺癌", "吸烟史"))
    assert (statement.subject.text, statement.population) == ("吸烟史", "小细胞肺癌患者")
    text = "发热者中30%有皮疹。"  # a group in 者 with a predicate after the number: those with fever (review of medical_13)
    [statement] = bind_frequencies(text, mentions(text, "发热", "皮疹"))
    assert (statement.subject.text, statement.population) == ("皮疹", "发热者")
    text = "伴发热者为30%。"  # a bare 者 with no predicate after: those with the finding are what is counted
    [statement] = bind_frequencies(text, mentions(text, "发热"))
    assert (statement.subject.text, statement.population) == ("发热", "")


# --- review of xywy medical_10–11 (2026-12-02, night) ---------------------------------------


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        # where or when most cases are, told after a group with its modifiers
        ("虽然97%的幼年型颗粒细胞瘤发生在30岁以前", [("颗粒细胞瘤", "disease")]),
        ("约2/3病例发生于真皮", [("真皮", "body")]),
        ("但74%的血肿发生在肝右叶的前壁", [("血肿", "symptom"), ("肝右叶", "body")]),
    ],
)
def test_a_share_of_a_group_told_where_it_occurs_counts_no_finding(text, terms):
    assert [s.subject for s in bind_frequencies(text, labelled(text, *terms))] == [None]


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        # a share of the whole after 占, with no 的 after the whole
        ("且占全部乳头溢液80%以上", [("乳头溢液", "symptom")]),
        ("占所有食管穿孔15%,但其病死率高达", [("食管穿孔", "disease")]),
    ],
)
def test_the_whole_after_zhan_is_never_what_the_share_counts(text, terms):
    assert all(s.subject is None for s in bind_frequencies(text, labelled(text, *terms)))


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        # the disease next to a frequency word is the group counted, not a finding of half of them
        ("半数的生殖细胞瘤对人绒毛膜促性腺激素表达阳性", [("生殖细胞瘤", "disease")]),
        ("小儿急性白血病半数以上病例急性发病", [("急性白血病", "disease")]),
    ],
)
def test_a_disease_naming_the_group_a_frequency_word_counts_is_no_subject(text, terms):
    assert all(s.subject is None for s in bind_frequencies(text, labelled(text, *terms)))


@pytest.mark.parametrize(
    ("text", "disease"),
    [
        # an adverb of frequency counts no group: the disease is what is rare or occasional
        ("单独三尖瓣关闭不全很少见", "三尖瓣关闭不全"),
        ("偶有门静脉高压而表现为腹水", "门静脉高压"),
        ("半数以上因急腹症入院", "急腹症"),  # 因: the disease is what brought them in, no group
        ("半数呈急进性肾小球肾炎表现", "急进性肾小球肾炎"),  # 呈: how they present
        ("最终有一半以上病儿患严重关节炎", "关节炎"),  # 患: what they have
    ],
)
def test_a_frequency_word_before_a_not_a_group_word_still_counts_the_disease(text, disease):
    assert [s.subject.text for s in bind_frequencies(text, labelled(text, (disease, "disease")))] == [disease]


@pytest.mark.parametrize(
    ("text", "measure"),
    [("病人年出血率为0.25%～3.1%", "出血率"), ("在单合子双胎同胞发病的一致性为50%", "一致性"), ("谵妄的流行率高达30%～40%", "流行率")],
)
def test_more_measures_are_read(text, measure):
    [s] = bind_frequencies(text, mentions(text, "出血", "谵妄"))
    assert s.measure == measure


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("据世界卫生组织调查显示:尿床孩子的智商比正常儿童低17%-23%", [("智商", "test")]),
        ("患者血循环中的雄激素水平约比正常女性高50%～100%", [("雄激素", "test")]),
    ],
)
def test_a_difference_after_a_comparative_is_no_share_of_patients(text, terms):
    assert bind_frequencies(text, labelled(text, *terms)) == []


@pytest.mark.parametrize("text", ["发热高达80%", "发热的比例高达80%"])  # no 比, or the 比 of 比例
def test_a_comparative_without_than_keeps_the_share(text):
    assert [s.subject.text for s in bind_frequencies(text, labelled(text, ("发热", "symptom")))] == ["发热"]


@pytest.mark.parametrize(
    ("text", "finding", "population"),
    [
        ("约10%出现临床发作,40%的近亲有热性惊厥", "热性惊厥", "近亲"),  # a patient noun after the number
        ("双卵双生子同患类风湿性关节炎的几率为13%", "类风湿性关节炎", "双生子"),  # before the finding
    ],
)
def test_a_share_of_another_group_than_the_patients_names_that_group(text, finding, population):
    [s] = [s for s in bind_frequencies(text, labelled(text, (finding, "disease"))) if s.subject]
    assert (s.subject.text, s.population) == (finding, population)


# --- review of xywy medical_8–9 (2026-12-02, night) -----------------------------------------


@pytest.mark.parametrize(
    ("text", "terms", "subject"),
    [
        # the cases a share counts, named with a few modifiers after N%的: the finding comes later
        ("约60%的初诊AML有不同程度出血", [("AML", "disease"), ("出血", "symptom")], "出血"),
        ("约1/3的功能尿失禁是由尿路感染引起", [("尿失禁", "symptom"), ("尿路感染", "disease")], "尿路感染"),
        # review of xywy medical_10–11 (2026-12-04, frequencies): a site or organism opening the
        # group's name says which kind of it, and the group still counts what follows
        ("90%以上的胃MALT淋巴瘤存在Hp感染", [("胃", "body"), ("MALT", "body"), ("淋巴瘤", "disease"), ("Hp", "microbe")], "Hp"),
        ("40%的铜绿假单胞菌败血症的原发病为尿路感染", [("铜绿假单胞菌", "microbe"), ("败血症", "disease"), ("尿路感染", "disease")],
         "尿路感染"),
    ],
)
def test_a_group_named_with_modifiers_after_n_percent_de_is_no_subject(text, terms, subject):
    assert [s.subject.text for s in bind_frequencies(text, labelled(text, *terms)) if s.subject] == [subject]


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("慢性咳嗽等均多见于老年人", [("慢性咳嗽", "symptom")]),  # in whom, not how many
        ("便血以左侧大肠多见", [("便血", "symptom")]),  # the whole, the part most cases are in
        ("比家族性息肉少见", [("息肉", "disease")]),  # the reference of a comparison
    ],
)
def test_a_frequency_word_about_where_a_part_or_a_reference_binds_no_finding(text, terms):
    assert [s for s in bind_frequencies(text, labelled(text, *terms)) if s.subject] == []


def test_a_rate_of_metabolism_is_a_level():
    text = "LDL平均分解代谢率为45%"
    assert bind_frequencies(text, labelled(text, ("LDL", "test"))) == []


# --- review of xywy medical_10–11 (2026-12-03, frequencies) ----------------------------------


@pytest.mark.parametrize(
    ("text", "site", "finding"),
    [
        # a site or an examination where the finding is seen is not what the share counts
        ("约1/3患者腹部可触及肿块。", ("腹部", "body"), "肿块"),
        ("35%病人胸片检查可示肺炎。", ("胸片检查", "procedure"), "肺炎"),
        ("胸片中80%病人肺部可见结节样阴影。", ("肺部", "body"), "结节样阴影"),
    ],
)
def test_a_site_or_examination_before_what_is_seen_there_is_not_the_subject(text, site, finding):
    start = text.index(site[0])
    entities = [Entity(start, start + len(site[0]), site[0], site[1], site[0]), *mentions(text, finding)]
    (statement,) = bind_frequencies(text, entities)
    assert statement.subject.text == finding


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # review of xywy medical_10–13 (2026-12-03, frequencies): a finding heading before a colon
        # is what the number right after it counts
        ("(2)咯血:发生率约15%～30%,多见于中重度二尖瓣狭窄病人。", "咯血"),
        ("③多毛:较常见,发生率可达69%。", "多毛"),
        ("(4)心律失常:见于75%～95%的病人。", "心律失常"),
        # the share in whom it is the first symptom (None before the review of medical_5, 2026-12-04)
        ("(1)出血:多见于青年人,另有约20%为首发症状。", "出血"),
        # round 7 (medical_14–15): how common it is, as a clause of its own, before the number
        ("(五)腹水:较少见,发生率约10%。", "腹水"),
        ("(1)疼痛:是最常见的症状,约占70%。", "疼痛"),
        # round 13 (medical_8–9, 14–15): what kind of finding it is, as a clause before the number
        ("1.腰痛:是大多数患者最先出现的症状,发生率约91%。", "腰痛"),
        ("①上腹不适:是胃癌中最常见的初发症状,约80%患者有此表现。", "上腹不适"),
        # review of medical_5 (2026-12-04): any words between, when no other finding is named
        # there and a verb or mark says how many have it
        ("1.头晕: 最为多发,发生率可达90%以上。", "头晕"),
        ("(2)合并青光眼:常见于老年人,估计发病率占10%～15%。", "青光眼"),
        ("(5)癫痫:各种发作形式均可出现,见于约40%的病人。", "癫痫"),
        ("⑥腹水:正常人摄入的镁60%由粪便排泄。", None),  # a part of what is named right before it
        ("(1)出血:多见于青年人,伴腹痛者约20%。", "腹痛"),  # another finding between
        # code review (2026-12-04): a part of its cases, or another measure, is not how common it is
        ("1.头晕:多见于老年人,其中女性占60%。", None),
        ("(2)合并青光眼:常见于老年人,死亡率为10%。", None),
    ],
)
def test_a_finding_heading_is_the_subject_of_the_number_after_its_colon(text, subject):
    (statement,) = bind_frequencies(text, mentions(text, "咯血", "多毛", "心律失常", "出血", "腹水", "疼痛", "腰痛", "上腹不适",
                                                   "头晕", "青光眼", "癫痫", "腹痛"))
    assert (statement.subject.text if statement.subject else None) == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # review of xywy medical_12–13 (2026-12-03, frequencies): a short group word before the
        # patient noun still makes the number count what follows
        ("晚期30%成人病例可发生心房颤动。", "心房颤动"),
        ("约20%儿童患者出现惊厥。", "惊厥"),
    ],
)
def test_a_group_word_before_the_patient_noun_leads_forward(text, subject):
    (statement,) = bind_frequencies(text, mentions(text, "心房颤动", "惊厥"))
    assert statement.subject is not None and statement.subject.text == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # review of xywy medical_6–7 (2026-12-03, frequencies): a share after a comma is about
        # the finding closing the clause before it
        ("首先是头痛最多,约占78%,病人常有头昏。", "头痛"),
        ("肺部放线菌病不多见,约占15%。", "肺部放线菌病"),
        ("以腺癌最为常见,约占80%。", "腺癌"),  # review of xywy medical_8–9 (2026-12-03, frequencies)
        ("常出现眼球运动障碍和复视,约占67%。", None),  # a list: not its last item alone
        ("Ⅰ型骨折有轻微的移位,约占28.8%。", None),  # a type
        ("是一种少见的先天性心脏病,约占先天性心脏病的0.1%。", None),  # the whole: a class
    ],
)
def test_a_share_after_a_comma_is_about_the_finding_closing_the_clause_before(text, subject):
    (statement,) = [s for s in bind_frequencies(text, mentions(text, "头痛", "肺部放线菌病", "眼球运动障碍", "复视", "骨折", "先天性心脏病", "腺癌"))
                    if s.quantity.text.endswith("%")]
    assert (statement.subject.text if statement.subject else None) == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # review of xywy medical_10–11 (2026-12-04, frequencies): a share after a clause saying
        # what kind of finding the one opening it is belongs to that finding
        ("颈静脉怒张是常见的征象,占50%～90%。", "颈静脉怒张"),
        ("(2)腹胀:腹胀为早期症状之一,约占87%。", "腹胀"),
        ("肝脏肿大为脂肪肝的常见体征,发生率可高达75%以上。", "肝脏肿大"),
        ("(三)头痛 为常见症状,占68.6%。", "头痛"),
        ("头痛是常见的原因,占60%。", None),  # no kind of finding: a cause
        ("癫痫发作常是首发症状,其发生率约为33.3%。", "癫痫发作"),  # 其: its rate
        ("急性肾功能衰竭是恶性疟的严重并发症之一,其发生率约为0.45%。", "急性肾功能衰竭"),
        ("肿瘤可引起尿崩症,其发生率约20%。", "尿崩症"),  # the finding closing the clause before
        ("呼吸暂停多见于早产儿,其发病率可高达50%～60%。", None),  # 其 points past in whom it is seen
        ("易发生缺血性损伤,最常见于冠心病,约占75%。", "冠心病"),  # without 其: the cases of 冠心病
        ("甲状腺未分化癌为高度恶性肿瘤,占甲状腺癌的2%～3%。", "甲状腺未分化癌"),  # X为…Y: Y is X's class
        ("头痛病人常是高血压的表现,占60%。", None),  # the patients open it
        # 其 after X是…Y: Y says what X is, the rate is X's (medical_15); not after X为…Y
        ("CMV性视网膜炎是AIDS患者最常见的眼内感染,其发生率高达6%～45%。", "CMV性视网膜炎"),
        ("颅内肿瘤多为胶质瘤,其发生率约为40%。", "胶质瘤"),
    ],
)
def test_a_share_after_a_clause_saying_what_kind_of_finding_it_is(text, subject):
    terms = ("CMV性视网膜炎", "感染", "颅内肿瘤", "胶质瘤", "颈静脉怒张", "腹胀", "肝脏肿大", "头痛", "呕吐", "癫痫发作", "急性肾功能衰竭", "尿崩症", "呼吸暂停", "早产儿", "冠心病", "甲状腺未分化癌", "恶性肿瘤", "甲状腺癌")
    (statement,) = [s for s in bind_frequencies(text, mentions(text, *terms)) if "%" in s.quantity.text]
    assert (statement.subject.text if statement.subject else None) == subject


@pytest.mark.parametrize(
    ("text", "terms", "subject"),
    [
        # review of xywy medical_12–13 (2026-12-03, symptoms): a superlative ranks what follows
        # 是 or 为 among the kind it names, no share of that kind
        ("最常见的心律失常是室性期前收缩。", ("心律失常", "室性期前收缩"), "室性期前收缩"),
        ("最常见的出血症状为鼻出血。", ("出血", "鼻出血"), "鼻出血"),
        ("最常见的症状是头痛。", ("头痛",), "头痛"),
    ],
)
def test_a_superlative_ranks_what_follows_shi_among_its_kind(text, terms, subject):
    assert [s.subject.text for s in bind_frequencies(text, mentions(text, *terms))] == [subject]


@pytest.mark.parametrize(
    ("text", "terms", "measure", "subject"),
    [
        # review of xywy medical_6–7 (2026-12-03, frequencies): the whole between the measure
        # noun and its number keeps the noun; a heading's 占 is a link word
        ("发病率为葡萄胎病人的2%～4%。", (), "发病率", None),
        ("其发生率占肺癌者的4%。", ("肺癌",), "发生率", None),
        ("(2)耳聋:占66%。", ("耳聋",), "", "耳聋"),
    ],
)
def test_a_measure_noun_before_the_whole_and_a_heading_before_zhan(text, terms, measure, subject):
    (statement,) = bind_frequencies(text, mentions(text, *terms))
    assert (statement.measure, statement.subject.text if statement.subject else None) == (measure, subject)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # review of xywy medical_4–5 (2026-12-03, round 8, frequencies): a clause opening with 见于
        # tells how many have the finding the clause before opens with
        ("皮疹为重要体征,见于80%以上的病例。", "皮疹"),
        ("休克多在起病后数小时至1周内发生,见于20%的病人。", "休克"),
        ("胃泌素瘤病人最常见的临床表现是消化性溃疡,见于90%～95%的病人。", None),  # the patients open it
    ],
)
def test_a_clause_opening_with_jianyu_is_about_the_finding_opening_the_clause_before(text, subject):
    found = [Entity(text.find(t), text.find(t) + len(t), t, label, t)
             for t, label in (("皮疹", "symptom"), ("休克", "symptom"), ("胃泌素瘤", "disease")) if t in text]
    (statement,) = bind_frequencies(text, found)
    assert (statement.subject.text if statement.subject else None) == subject


@pytest.mark.parametrize(
    ("text", "numerator", "denominator"),
    [
        # review of xywy medical_4–5 (2026-12-03, round 8, frequencies): a comma and 其中 after the
        # group looked at, as 中 after it does
        ("诊断Rh溶血病122例,其中47例(38.5%)有黄疸。", 47, 122),
        ("小肠套叠668例,其中383例(57%)为肿瘤。", 383, 668),
        ("21例发生术后肠梗阻,其中6例(28.6%)为肠套叠。", 6, 21),
    ],
)
def test_a_count_before_qizhong_is_the_group_looked_at(text, numerator, denominator):
    statement = next(s for s in bind_frequencies(text, []) if s.numerator == numerator)
    assert (statement.denominator, statement.consistent) == (denominator, True)


@pytest.mark.parametrize(
    ("text", "mentions", "subject"),
    [
        # reviews of xywy medical_14–15 and 10–11 (2026-12-03, rounds 7 and 9, frequencies): a mention
        # before 时 is when the finding after it is seen, not what the number counts
        ("约1/3患者在手术时已有子宫外转移。", (("手术", "procedure"), ("子宫外转移", "symptom")), "子宫外转移"),
        ("20%～30%的患者剖腹探查时包膜已穿破。", (("剖腹探查", "procedure"), ("包膜已穿破", "symptom")), "包膜已穿破"),
    ],
)
def test_forward_binding_passes_over_a_mention_made_a_time(text, mentions, subject):
    found = [Entity(text.find(t), text.find(t) + len(t), t, label, t) for t, label in mentions]
    (statement,) = bind_frequencies(text, found)
    assert statement.subject.text == subject


@pytest.mark.parametrize(
    ("text", "mentions", "subject", "rule"),
    [
        # review of xywy medical_14–15 (2026-12-03, round 7, frequencies): the cause headings' template
        ("外伤(35%):多见于车祸。", (("外伤", "disease"),), "外伤", "cause"),
        ("其他因素(10%):", (), None, "cause"),
        ("感冒头痛(28%):外感风热。", (("头痛", "symptom"),), "头痛", "cause"),
        ("Ⅰ型三尖瓣闭锁(69%):该型特点是大血管关系正常。", (("三尖瓣闭锁", "disease"),), "三尖瓣闭锁", "paren"),  # a type
        # review of xywy medical_14–15 (2026-12-03, round 12, frequencies): the heading as a line of its own
        ("环境因素(35%)\n多见于冬季。", (), None, "cause"),
        ("1、情绪异常引起月经失调(40%)\n", (("月经失调", "symptom"),), "月经失调", "cause"),
        ("病毒感染(25%)。", (("病毒感染", "disease"),), "病毒感染", "cause"),
    ],
)
def test_a_cause_headings_share_in_a_section_on_causes(text, mentions, subject, rule):
    found = [Entity(text.find(t), text.find(t) + len(t), t, label, t) for t, label in mentions]
    (statement,) = bind_frequencies(text, found, about_causes=True)
    assert ((statement.subject.text if statement.subject else None), statement.rule) == (subject, rule)
    (elsewhere,) = bind_frequencies(text, found)  # the same heading in another section: rule 1 alone
    assert elsewhere.rule == "paren"


@pytest.mark.parametrize(
    "text",
    [
        # review of xywy medical_10–11 (2026-12-04, frequencies): the group with a predicate
        # after it but no finding named there has no subject, never the group itself
        "仅有2%的上皮细胞型胸腺瘤发生非典型改变",
        "10%～20%的顶叶或枕叶血肿多因暴力直接打击所引起",
    ],
)
def test_a_group_whose_finding_is_no_mention_gives_no_subject(text):
    terms = [(t, label) for t, label in (("上皮细胞", "body"), ("胸腺瘤", "disease"), ("顶叶", "body"), ("枕叶血肿", "disease")) if t in text]
    (statement,) = bind_frequencies(text, labelled(text, *terms))
    assert statement.subject is None and statement.population in ("胸腺瘤", "枕叶血肿")


@pytest.mark.parametrize(
    ("text", "terms", "population"),
    [
        # review of xywy medical_10–11 (2026-12-04, frequencies): a finding's patients defined by
        # what they have, which no mention names, are the group a share after it counts
        ("精神障碍有家族史者占2%～8%。", [("精神障碍", "disease")], "精神障碍有家族史者"),
        ("尿毒症性心包炎有明显症状者仅占6%～17%。", [("尿毒症性心包炎", "disease")], "尿毒症性心包炎有明显症状者"),
        ("视神经胶质瘤伴发此症者高达15%～50%。", [("视神经胶质瘤", "disease")], "视神经胶质瘤伴发此症者"),
    ],
)
def test_a_group_defined_by_what_no_mention_names_is_no_subject(text, terms, population):
    (statement,) = bind_frequencies(text, labelled(text, *terms))
    assert (statement.subject, statement.population) == (None, population)


def test_a_group_defined_by_a_finding_named_keeps_that_finding():
    text = "高血压患者中伴蛋白尿者占30%。"
    (statement,) = bind_frequencies(text, labelled(text, ("高血压", "disease"), ("蛋白尿", "symptom")))
    assert statement.subject is not None and statement.subject.text == "蛋白尿"


@pytest.mark.parametrize(
    ("text", "terms", "subject", "population"),
    [
        # whole-session review (2026-12-04): 其 points to the finding just named, not the topic
        ("肺结核可并发气胸,其发生率约为5%。", [("肺结核", "disease"), ("气胸", "disease")], "气胸", ""),
        ("腹部创伤在平时都是常见的严重创伤,其发生率约占各种损伤的1%。", [("腹部创伤", "disease")], "腹部创伤", "各种损伤"),
        # a site with an adjective in 性 before the kind it names
        ("尽管75%的胆管囊性畸形在婴儿期出现症状。", [("胆管", "body"), ("畸形", "disease")], None, "畸形"),
        # 无症状 is no kind of finding; a finding closing an X为…Y clause is X's class only before
        # a share of a whole
        ("镜下血尿多为无症状,约占60%。", [("镜下血尿", "symptom")], None, ""),
        ("贫血为缺铁性贫血,占50%。", [("贫血", "symptom"), ("缺铁性贫血", "disease")], "缺铁性贫血", ""),
        # 有关者 and 有的 define no group; a negation before the finding belongs to the group
        ("本病与高血压有关者占30%。", [("高血压", "disease")], "高血压", ""),
        ("无骨折出现此征者亦有20%。", [("骨折", "disease")], None, "无骨折出现此征者"),
        # a site before a verb names no kind of the finding after it
        ("80%的心脏可闻及杂音。", [("心脏", "body"), ("杂音", "symptom")], "心脏", ""),
        # UX review of medical_5 (2026-12-04): those whose finding comes from or sits somewhere are
        # a subgroup of its cases, not the patients who have it
        ("而出血来自肺循环者仅占10%左右。", [("出血", "symptom")], None, "出血来自肺循环者"),
        ("肿瘤多位于左侧者约占60%。", [("肿瘤", "disease")], None, "肿瘤多位于左侧者"),
        ("发热见于小儿者占30%。", [("发热", "symptom")], "发热", ""),  # 见于: in whom it is seen
        # symptoms review of medical_14 (2026-12-04): a share of a whole is of that whole's cases
        ("脑干出血约占继发性脑室内出血的2%。", [("脑干出血", "symptom")], "脑干出血", "继发性脑室内出血"),
        ("头痛占本病患者的60%。", [("头痛", "symptom")], "头痛", "本病患者"),
        ("头痛占本病患者中的60%。", [("头痛", "symptom")], "头痛", "本病患者"),
    ],
)
def test_the_new_rules_leave_these_alone(text, terms, subject, population):
    found = labelled(text, *terms)
    if (class_at := text.find("严重创伤")) >= 0:  # the class, a second 创伤 after the topic's own
        found.append(Entity(class_at + 2, class_at + 4, "创伤", "disease", "创伤"))
    (statement,) = [s for s in bind_frequencies(text, found) if "%" in s.quantity.text]
    assert (statement.subject.text if statement.subject else None, statement.population) == (subject, population)


def test_a_finding_named_twice_near_one_frequency_word_gets_it_once():
    # symptoms review of medical_14 (2026-12-04): a heading and the text both had 50%, counted twice
    text = "3 咯血 约半数患者有咯血症状,常伴发热。"
    first, second = text.index("咯血"), text.index("咯血", 4)
    found = [Entity(first, first + 2, "咯血", "symptom", "咯血"), Entity(second, second + 2, "咯血", "symptom", "咯血")]
    assert [(s.quantity.text, s.subject.start) for s in bind_frequencies(text, found)] == [("约半数", first)]
    text = "约半数患者有头痛、呕吐。"  # two findings: each has it
    assert [s.subject.text for s in bind_frequencies(text, mentions(text, "头痛", "呕吐"))] == ["头痛", "呕吐"]


@pytest.mark.parametrize(
    ("text", "populations"),
    [
        # frequencies review of medical_5 (2026-12-04): a sentence opening with a group as a clause of
        # its own; the shares after it are of that group
        ("在住院患者中,约30%有发热。", ["住院患者"]),
        ("在单独发生强直性脊椎炎的患者中,67.5%以上呈阳性。", ["单独发生强直性脊椎炎的患者"]),
        # who reported it is no part of the group; another group or a turn ends its reach
        ("Jensen就报道322名外阴阴道感染患者中,86%有发热,71%述头痛。", ["322名外阴阴道感染患者"] * 2),
        ("在McCarty报道的30例患者中,发热约占30%。", ["30例患者"]),
        ("Catz报告结节性甲状腺肿病人中,约21.7%有发热。", ["结节性甲状腺肿病人"]),
        ("在观察组患者中,30%出现头痛。", ["观察组患者"]),  # code review: no reporter there
        ("在新发现的患者中,30%出现头痛。", ["新发现的患者"]),
        ("在中老年患者中,30%出现头痛。", ["中老年患者"]),  # 中 in the group (code review)
        ("205例女性患者中,25%有发热,而2095例对照中仅有17%有发热。", ["205例女性患者", "2095例对照"]),  # the control group in 中 right before its number (medical_9 review)
        # no group word: not a group (在病程中, 在我国)
        ("在病程中,约30%有发热。", [""]),
    ],
)
def test_a_sentence_opening_with_a_group_makes_it_the_population_of_its_shares(text, populations):
    statements = bind_frequencies(text, mentions(text, "发热", "头痛"))
    assert [s.population for s in statements] == populations


@pytest.mark.parametrize(
    ("text", "terms", "population"),
    [
        # frequencies review of medical_12 (2026-12-04): a disease closing the opening group is whom
        # the shares are of
        ("在右心室双出口中,约30%伴有肺动脉狭窄。", [("右心室双出口", "disease"), ("肺动脉狭窄", "disease")], "右心室双出口"),
        # a body part or a word no disease mention closes is no group
        ("在血液中,约30%伴有肺动脉狭窄。", [("血液", "body"), ("肺动脉狭窄", "disease")], ""),
    ],
)
def test_a_sentence_opening_with_a_disease_as_a_group_makes_it_the_population(text, terms, population):
    (statement,) = bind_frequencies(text, labelled(text, *terms))
    assert (statement.subject.text, statement.population) == ("肺动脉狭窄", population)


def test_the_whole_of_a_share_may_end_with_zhi():
    # frequencies review of medical_5 (2026-12-04): 占口腔恶性肿瘤之4%～9% made the whole the subject
    text = "严重者可致大出血约占尿毒症死亡总数之5%。"
    (statement,) = bind_frequencies(text, mentions(text, "大出血", "尿毒症"))
    assert (statement.subject.text, statement.population) == ("大出血", "尿毒症死亡总数")


def test_cheng_before_a_finding_leads_forward_to_it():
    # frequencies review of medical_5 (2026-12-04): 67.5%以上呈HLA-B27抗原阳性 had no subject
    text = "67.5%以上呈HLA-B27抗原阳性。"
    (statement,) = bind_frequencies(text, mentions(text, "HLA-B27"))
    assert (statement.subject.text, statement.rule) == ("HLA-B27", "forward")



@pytest.mark.parametrize(
    "text, measure",
    [
        ("本病发病率为0.5%。", "发病率"),
        ("病死率可高达40%～70%。", "病死率"),
        ("预后较差，5年生存率为10%。", "生存率"),
        ("双亲均患本病者，则子女患病率高达60%。", "患病率"),
    ],
)
def test_a_measure_of_the_disease_with_no_subject_is_about_the_record(text, measure):
    (statement,) = bind_frequencies(text, [])
    assert (statement.subject, statement.rule, statement.measure) == (None, "record", measure)


@pytest.mark.parametrize(
    "text, terms",
    [
        ("发生率约20%。", ()),  # of a complication or finding far more often: no subject
        ("有效率可达97%。", ()),  # a treatment's
        ("并发肾结石者病死率约10%。", ("肾结石",)),  # another disease named first in the clause
    ],
)
def test_other_measures_or_a_disease_named_first_are_not_the_record(text, terms):
    entities = [Entity(e.start, e.end, e.text, "disease", e.text) for e in mentions(text, *terms)]
    (statement,) = bind_frequencies(text, entities)
    assert statement.subject is None and statement.rule != "record"


@pytest.mark.parametrize(
    "text, opening, rule",
    [
        ("恶性纤维组织细胞瘤恶性程度较高，局部复发率达40%～55%。", "恶性纤维组织细胞瘤", "topic"),
        ("(5)血管平滑肌肉瘤：首选手术治疗，有报道术后复发率达75%。", "血管平滑肌肉瘤", "heading"),
    ],
)
def test_a_measure_of_a_disease_opening_its_sentence_is_about_that_disease(text, opening, rule):
    entities = [Entity(e.start, e.end, e.text, "disease", e.text) for e in mentions(text, opening)]
    (statement,) = bind_frequencies(text, entities)
    assert (statement.subject.text, statement.rule) == (opening, rule)


@pytest.mark.parametrize(
    "text, cells",
    [
        ("而且也可有30%以上的红细胞在脾内阻留。", "红细胞"),  # physiology: a share of the cells
        ("外周血白细胞数明显升高，有>10%的各阶段不成熟粒细胞。", "粒细胞"),  # a smear
    ],
)
def test_a_share_of_cells_is_no_frequency(text, cells):
    entities = [Entity(e.start, e.end, e.text, "body", e.text) for e in mentions(text, cells)]
    assert bind_frequencies(text, entities) == []


@pytest.mark.parametrize(
    "text, cells, label, subject",
    [
        ("新生儿中，22%有血小板降低。", "血小板", "test", "血小板"),  # 有: patients have it
        ("约1/3病人的尿中出现红细胞。", "红细胞", "body", "红细胞"),  # a patient group
        ("而87.5%的颗粒细胞癌表达远曲小管抗原。", "颗粒细胞", "body", None),  # tumours the cells name
    ],
)
def test_a_share_of_patients_or_tumours_before_cells_stays(text, cells, label, subject):
    entities = [Entity(e.start, e.end, e.text, label, e.text) for e in mentions(text, cells)]
    (statement,) = bind_frequencies(text, entities)
    assert (statement.subject.text if statement.subject else None) == subject


@pytest.mark.parametrize(
    "text, population",
    [
        ("据观察有家族史者发病率高达28%。", "有家族史者"),
        ("总起来说，男性一级亲属的患病率为2.4%。", "男性一级亲属"),
        ("经特效治疗者病死率为10%;而免疫缺损患者病死率可达80%。", "免疫缺损患者"),
        ("发病率约占不育症的1%～2%。", "不育症"),  # the whole
    ],
)
def test_a_measure_of_the_record_disease_keeps_the_group_written_before_it(text, population):
    statement = bind_frequencies(text, [])[-1]
    assert (statement.rule, statement.population) == ("record", population)


@pytest.mark.parametrize(
    "text, statements",
    [
        ("以10%氢氧化钾液加入分泌物中。", 0),  # a reagent's strength
        ("误服或自服25%杀虫脒原液时，均可中毒。", 0),
        ("21%尿液标本为阳性。", 1),  # a body fluid: a share of the patients' samples
        ("约7%左右表现为恶液质。", 1),  # 恶液质 is no solution
    ],
)
def test_a_percentage_before_a_name_in_ye_is_a_strength_unless_a_body_fluid(text, statements):
    assert len(bind_frequencies(text, [])) == statements


@pytest.mark.parametrize(
    "text, subject",
    [
        ("重者多数(92.2%)出现昏迷，发作性抽搐。", "昏迷"),  # xywy medical_14
        ("绝大多数(90%)出现消化不良。", "消化不良"),
        ("多数(80%～90%)患者有肝病。", None),  # the patients after it: no verb right after the parenthesis
    ],
)
def test_a_frequency_word_and_its_parenthesis_lead_on_to_the_finding_after_a_verb(text, subject):
    entities = [Entity(e.start, e.end, e.text, "symptom", e.text) for e in mentions(text, "昏迷", "消化不良", "肝病")]
    (statement,) = [s for s in bind_frequencies(text, entities) if s.quantity.text.startswith("(")]
    assert (statement.subject.text if statement.subject else None) == subject


@pytest.mark.parametrize(
    "text, subject, population",
    [
        ("川崎病并发心肌梗死者占1%～2%。", "心肌梗死", "川崎病"),
        ("HBV感染伴有肾小球肾炎的发病率约为6.8%～20.0%。", "肾小球肾炎", "HBV感染"),
    ],
)
def test_the_disease_a_rates_subject_complicates_is_the_population(text, subject, population):
    entities = [Entity(e.start, e.end, e.text, "disease", e.text) for e in mentions(text, subject, population)]
    (statement,) = bind_frequencies(text, entities)
    assert (statement.subject.text, statement.population) == (subject, population)


def test_a_hedge_between_a_measure_and_its_number_keeps_the_measure():
    (statement,) = bind_frequencies("手术后复发率几乎为100%。", [])
    assert (statement.measure, statement.rule) == ("复发率", "record")


@pytest.mark.parametrize(
    "text, rows",
    [
        # (subject, measure, population, rule) of each number: a clause going on with another group
        # says the same of it
        ("发热的发生率在成人为60%，儿童为30%。", [("发热", "发生率", "成人", "rate"), ("发热", "发生率", "儿童", "rate")]),
        ("本病患病率在发达国家为4.3%～9.4%，我国台湾地区为0.3%。",
         [(None, "患病率", "发达国家", "record"), (None, "患病率", "我国台湾地区", "record")]),
        ("厌氧菌占10%～15%，但有时可高达45%。", [("厌氧菌", "", "", "rate"), ("厌氧菌", "", "", "rate")]),  # a hedge, no group
        ("其次为肺结核占17.3%，特发性气胸为13.4%。", [("肺结核", "", "", "rate"), ("特发性气胸", "", "", "backward")]),
        ("存活率为80%，存活率半年为93%。", [(None, "存活率", "", "record"), (None, "", "", "")]),  # a measure of its own
        # frequencies review of medical_12 (2026-12-04): 可达 after the group, and a group named by a
        # mention said to be one by 在…中
        ("本病发病率为4%，在早产儿中可达20%以上。", [(None, "发病率", "", "record"), (None, "发病率", "早产儿", "record")]),
        ("发热的发生率为10%，个别高达30%。", [("发热", "发生率", "", "rate"), ("发热", "发生率", "", "rate")]),  # no group
        ("发热的发生率为10%，偶可达30%。", [("发热", "发生率", "", "rate"), ("发热", "发生率", "", "rate")]),  # code review
        ("发热的发生率为10%，当病情进展时可达30%。", [("发热", "发生率", "", "rate"), ("发热", "发生率", "", "rate")]),
        ("本病死亡率为50%，而后者可达80%。", [(None, "死亡率", "", "record"), (None, "", "", "")]),  # something else
        # frequencies review of medical_3 (2026-12-04 evening), rule D: a group with numbers in it
        ("3岁以下者总患病率为0.76%，3～7岁儿童为1.10%。",
         [(None, "患病率", "3岁以下者", "record"), (None, "患病率", "3~7岁儿童", "record")]),
        ("本病的5年生存率为41%～58%，4个以上转移者为8%～26%。",
         [(None, "生存率", "", "record"), (None, "生存率", "4个以上转移者", "record")]),
        ("本病发病率为4%，1979年为5%。", [(None, "发病率", "", "record"), (None, "", "", "")]),  # a year, no group
    ],
)
def test_a_clause_going_on_with_another_group_repeats_the_subject_and_measure(text, rows):
    entities = [Entity(e.start, e.end, e.text, "disease", e.text)
                for e in mentions(text, "发热", "厌氧菌", "肺结核", "特发性气胸", "早产儿")]
    statements = [s for s in bind_frequencies(text, entities) if s.quantity.kind != "frequency_word"]
    assert [(s.subject.text if s.subject else None, s.measure, s.population, s.rule) for s in statements] == rows


# --- code review of the session's rules (2026-12-04) --------------------------------------


@pytest.mark.parametrize("text", ["由于98%的人群中血小板有PLA1,故本病罕见。", "约20%的儿童血小板减少。"])
def test_a_share_of_people_before_cells_stays(text):
    entities = [Entity(e.start, e.end, e.text, "test", e.text) for e in mentions(text, "血小板")]
    (statement,) = bind_frequencies(text, entities)
    assert statement.subject.text == "血小板"


@pytest.mark.parametrize(
    "text, population",
    [
        ("穿透伤的病死率在第一次世界大战初期为49.3%。", ""),  # a time, no group
        ("复发率在术后为10%。", ""),
        ("发病率在成人为2%,高龄产妇为15%。", "高龄产妇"),  # 高 inside a group is no hedge
        ("其中女性病死率为3%。", "女性"),
        ("研究中还发现, 4天以后给药者发病率为4.55%。", "4天以后给药者"),
    ],
)
def test_the_population_of_a_measure_of_the_disease_is_a_group_of_people(text, population):
    assert bind_frequencies(text, [])[-1].population == population


def test_a_measure_of_the_opening_disease_keeps_its_group_too():
    text = "恶性纤维组织细胞瘤恶性程度较高,有家族史者发病率高达28%。"
    entities = [Entity(e.start, e.end, e.text, "disease", e.text) for e in mentions(text, "恶性纤维组织细胞瘤")]
    (statement,) = bind_frequencies(text, entities)
    assert (statement.rule, statement.population) == ("topic", "有家族史者")


def test_a_lotion_is_a_solution():
    assert bind_frequencies("可外涂5%硫磺乳液。", []) == []


# --- symptoms review of medical_7 (2026-12-04, session from 15:21) -----------------------------


@pytest.mark.parametrize(
    ("text", "terms", "word"),
    [
        ("部分患者可有低热，盗汗，乏力，厌食和消瘦。", ("低热", "盗汗", "乏力", "厌食", "消瘦"), "部分"),
        ("常见有丘疹，结节，斑块等。", ("丘疹", "结节", "斑块"), "常见"),
        ("其次为头痛，失眠，腹泻等。", ("头痛", "失眠", "腹泻"), "其次"),
    ],
)
def test_a_frequency_word_is_every_item_of_the_comma_list_after_it(text, terms, word):
    result = bound(text, *terms)
    assert {term: result[term].qualifier for term in terms} == dict.fromkeys(terms, word)


@pytest.mark.parametrize(
    ("text", "terms", "unqualified"),
    [
        # a negated clause: the anaemia after it is every case's
        ("少数病例无水肿及腹水，重度贫血，苍白。", ("水肿", "腹水", "贫血", "苍白"), {"贫血", "苍白"}),
        # a clause with a verb of its own is no list item
        ("少数病人可发生黄疸，休克，肺部可闻及湿啰音。", ("黄疸", "休克", "湿啰音"), {"湿啰音"}),
    ],
)
def test_the_list_ends_at_a_negation_or_a_verb(text, terms, unqualified):
    result = bound(text, *terms)
    assert {term for term in terms if term not in result or not result[term].qualifier} == unqualified


def test_a_number_is_no_frequency_word_of_the_list_after_it():
    result = bound("约30%患者有发热，头痛。", "发热", "头痛")
    assert result["发热"].pct_reported == 30 and "头痛" not in result


# --- frequencies review of medical_8 (2026-12-04, session from 15:21) ---------------------------


def test_a_group_in_zai_zhong_later_in_the_sentence_is_the_population_of_the_shares_after_it():
    text = "TSAb阳性率达83%～100%，在未治疗的Graves病者中，TRAb的阳性率可高达88.2%。"
    result = bound(text, "TSAb", "TRAb")
    assert result["TRAb"].population == "未治疗的Graves病者"
    assert result["TSAb"].population == ""  # before the group: not its share


def test_what_the_patients_are_is_no_population():
    statements = bind_frequencies("肾脏病患者90%为黑人男性。", [])
    assert [(s.pct_reported, s.population) for s in statements] == [(90, "患者")]


def test_where_most_grow_is_no_share_of_patients():
    s = bound("绝大多数肺内错构瘤(约80%以上)生长在肺的周边部。", "错构瘤")
    assert (s[None].rule, s[None].pct_reported) == ("where", 80)  # the number: where most are


def test_respectively_reads_past_the_whole_its_shares_are_of():
    result = bound("霍奇金病和非霍奇金淋巴瘤分别占肺部肿瘤的0.5%和0.33%。", "霍奇金病", "非霍奇金淋巴瘤", "肺部")
    assert (result["霍奇金病"].pct_reported, result["非霍奇金淋巴瘤"].pct_reported) == (0.5, 0.33)


def test_the_share_after_a_main_one_is_its_not_the_topics():
    text = "脑膜炎的致病菌以革兰阴性杆菌为主，占60%～80%。"
    statements = bind_frequencies(text, [Entity(0, 3, "脑膜炎", "disease", "脑膜炎"), Entity(8, 14, "革兰阴性杆菌", "microbe", "革兰阴性杆菌")])
    assert [(s.subject.text, s.rule) for s in statements] == [("革兰阴性杆菌", "previous")]


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("部分患者可有腹部不适，恶心，呕吐。", ("腹部不适", "恶心", "呕吐")),  # the 不 of 不适 is no negation
        ("少数患者可有四肢无力，头晕，心悸。", ("四肢无力", "头晕", "心悸")),
    ],
)
def test_a_negation_inside_a_finding_does_not_end_the_list(text, terms):
    result = bound(text, *terms)
    assert all(result[term].qualifier for term in terms)


@pytest.mark.parametrize(
    ("text", "terms", "population"),
    [
        # frequencies review of medical_8 (2026-12-04): the topic is in the sentence before, yet the
        # whole after 占 is what the share is of
        ("大约占所有消化道肿瘤的2%。", [("消化道", "body")], "所有消化道肿瘤"),
        ("是比较少见的皮肤恶性肿瘤,占皮肤恶性肿瘤的2.2%～8.4%。", [("皮肤恶性肿瘤", "disease")], "皮肤恶性肿瘤"),
        ("占肛周脓肿的15%～25%,位于坐骨直肠窝内。", [("肛周脓肿", "disease")], "肛周脓肿"),
    ],
)
def test_a_share_of_a_whole_with_no_subject_keeps_the_whole_as_its_population(text, terms, population):
    text = normalize_text(text)
    (statement,) = [s for s in bind_frequencies(text, labelled(text, *terms)) if s.quantity.kind != "frequency_word"]
    assert (statement.subject, statement.population) == (None, population)


def test_a_share_with_a_subject_or_without_a_whole_is_left_alone():
    text = "约80%发生于腮腺。"  # where: no whole
    (statement,) = bind_frequencies(text, labelled(text, ("腮腺", "body")))
    assert (statement.subject, statement.population, statement.rule) == (None, "", "where")
    text = "假性胰腺囊肿约80%为单发。"  # a predicate after the number, no 占…的
    (statement,) = bind_frequencies(text, labelled(text, ("假性胰腺囊肿", "disease")))
    assert (statement.subject, statement.population) == (None, "")


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        # frequencies re-review of medical_8 (2026-12-04): a share of an amount or a structure is no frequency
        ("饱和脂肪酸摄入量占总热量的14%。", [("饱和脂肪酸", "drug")]),
        ("正常成人周围血中嗜酸性粒细胞占白细胞总数的0～6%。", [("嗜酸性粒细胞", "body")]),
        ("肾脏的血流量占心输出量的20%～25%。", [("肾脏", "body")]),
        ("约占整个基因组的7%～10%。", []),
        # frequencies review of medical_7 (2026-12-05, NF)
        ("约占X染色体全长的0.1%。", []),
        ("肺小动脉壁厚度占血管外径的27.2%。", []),
        ("环状胰腺占肠管周径2/3～4/5。", []),  # no 的 (GS 3a)
        ("多价不饱和脂肪酸摄入量占每天总热量达10%。", []),
        ("近来发现正常时脑主要动脉占整个脑血管阻力20%～30%。", []),
    ],
)
def test_a_share_of_an_amount_or_a_structure_is_no_frequency(text, terms):
    text = normalize_text(text)
    assert [s for s in bind_frequencies(text, labelled(text, *terms)) if "%" in s.quantity.text] == []


@pytest.mark.parametrize(
    ("text", "terms", "row"),
    [
        # frequencies review of medical_7 (GS 3a): a whole with no 的 is read as 占…的N% is: the population, and
        # the mention inside it is no subject; 约占 makes the share approximate
        ("家族性白血病占白血病例总数0.7%。", [("家族性白血病", "disease"), ("白血病", "disease")],
         ("家族性白血病", "白血病例总数", False)),
        ("国外统计ABO血型不合约占出生数15%。", [("ABO血型不合", "disease")], ("ABO血型不合", "出生数", True)),
        ("腺癌占原发性膀胱癌2%以下。", [("腺癌", "disease"), ("膀胱癌", "disease")], ("腺癌", "原发性膀胱癌", False)),
        # most cases, its ratio: no whole
        ("黄疸型病例占绝大多数(98.2%)。", [], (None, "", False)),
        ("所占比例(9.4%～12.5%)。", [], (None, "", False)),
        ("而回答获取信息占到了46.1%。", [], (None, "", False)),  # the rest of the verb
    ],
)
def test_a_whole_after_zhan_with_no_de_is_the_population(text, terms, row):
    text = normalize_text(text)
    (statement,) = [s for s in bind_frequencies(text, labelled(text, *terms)) if s.quantity.kind != "frequency_word"]
    assert (statement.subject.text if statement.subject else None, statement.population, statement.quantity.approx) == row


@pytest.mark.parametrize(
    ("text", "terms", "row"),
    [
        # frequencies review of medical_7 (GS 3c): the arm of a study right before its number is the population,
        # and a mention in its name is no subject
        ("其猝死病例,非持续性室性心动过速组为5.4%。", [("猝死", "symptom"), ("室性心动过速", "disease")],
         (None, "非持续性室性心动过速组")),
        ("而未用雌激素组仅1%。", [("雌激素", "drug")], (None, "未用雌激素组")),
        # a case series is no arm
        ("有一组为38%。", [], (None, "")),
        # an arm of one character is one (code review 11 #4)
        ("甲组为60%。", [], (None, "甲组")),
        ("乙组为30%。", [], (None, "乙组")),
        # (PM 5a) a group in 者 or with a patient noun right before a measure's subject is its population
        ("高龄患者房颤发生率可达70%。", [("房颤", "disease")], ("房颤", "高龄患者")),
        ("据报道高龄患者房颤发生率可达70%。", [("房颤", "disease")], ("房颤", "高龄患者")),
    ],
)
def test_an_arm_or_a_group_right_before_is_the_population(text, terms, row):
    text = normalize_text(text)
    (statement,) = bind_frequencies(text, labelled(text, *terms))
    assert (statement.subject.text if statement.subject else None, statement.population) == row


def test_an_operation_before_the_number_is_no_subject():
    # row check of the s11 merge (#3): 疝修补术后 is when the hydroceles are counted
    text = "疝修补术后0.9%--2.28%,"
    [statement] = bind_frequencies(text, labelled(text, ("疝修补术", "procedure")))
    assert statement.subject is None


def test_a_share_of_a_whole_of_cases_stays():
    text = "脑干出血约占继发性脑室内出血的2%。"  # 出血 is no amount
    (statement,) = bind_frequencies(text, labelled(text, ("脑干出血", "symptom")))
    assert (statement.subject.text, statement.population) == ("脑干出血", "继发性脑室内出血")


@pytest.mark.parametrize(
    ("text", "terms", "subject"),
    [
        # frequencies re-review of medical_8 (2026-12-04): said to be common, the finding is no item of a list
        ("四肢易受外伤部位,肘部皮损最为常见,约占70%以上。", [("肘部皮损", "symptom")], "肘部皮损"),
        ("胸部损伤时,肋骨骨折最为常见,约占胸廓骨折的90%。", [("肋骨骨折", "disease")], "肋骨骨折"),
        # a bare item after a comma stays one of a list
        ("可有头晕,耳鸣,约占30%。", [("头晕", "symptom"), ("耳鸣", "symptom")], None),
        # code review: said to be common, but after an item of the same list
        ("头痛,呕吐较多,约占60%。", [("头痛", "symptom"), ("呕吐", "symptom")], None),
    ],
)
def test_a_finding_said_to_be_common_after_a_comma_is_the_subject_of_the_share_after_it(text, terms, subject):
    (statement,) = [s for s in bind_frequencies(text, labelled(text, *terms)) if "%" in s.quantity.text]
    assert (statement.subject.text if statement.subject else None) == subject


@pytest.mark.parametrize(
    ("text", "terms", "subject", "population"),
    [
        # frequencies re-review of medical_8 (2026-12-04): the group before 中 is whom the share is of
        ("双胎妊娠中有10%合并有羊水过多。", [("双胎妊娠", "disease"), ("羊水过多", "symptom")], "羊水过多", "双胎妊娠"),
        ("有报道小肝癌中仅3%伴有卫星结节。", [("小肝癌", "disease"), ("卫星结节", "symptom")], "卫星结节", "小肝癌"),
        ("风湿性二尖瓣狭窄病例中约仅50%有风湿热。", [("风湿性二尖瓣狭窄", "disease"), ("风湿热", "disease")], "风湿热", "风湿性二尖瓣狭窄病例"),
        ("继发性高血压中80%可能与肾脏疾病有关。", [("继发性高血压", "disease")], None, "继发性高血压"),
        # not a place, nor a counted cohort, nor a group no mention or patient noun closes
        ("在工业发达国家中70%左右的钝性腹部损伤系车祸所致。", [("钝性腹部损伤", "disease")], None, "钝性腹部损伤"),
        ("肾小球滤过液中约99%钠由肾小管再重吸收。", [("肾小管", "body")], None, ""),
    ],
)
def test_a_group_before_zhong_opening_the_clause_is_the_population(text, terms, subject, population):
    (statement,) = [s for s in bind_frequencies(text, labelled(text, *terms)) if "%" in s.quantity.text]
    assert (statement.subject.text if statement.subject else None, statement.population) == (subject, population)


def test_the_strength_of_oxygen_breathed_is_no_frequency():
    # frequencies re-review of medical_8 (2026-12-04): 病人吸入100%氧时 gave a row of 100 %; 氧气, 纯氧, 氧吸入 say it
    from pipeline import run

    rows = run([{"name": "测试病", "desc": "需吸入40%氧气，100%氧吸入6h，可用60%～100%的纯氧。约30%病人有发热，70%出现低氧血症。"}])["frequencies"]
    assert list(rows.quantity) == ["约30%", "70%"]  # not a bare 氧: 低氧血症



@pytest.mark.parametrize("text", ["占人体内总镁量的60%～70%。", "肾脏血流量占全身的25%。", "占全天总热能来源的20%～25%。"])
def test_a_whole_that_is_an_amount_is_no_population(text):
    # code review: the whole-as-population fallback took amounts the amount_whole words missed
    assert [s.population for s in bind_frequencies(text, labelled(text)) if "%" in s.quantity.text] in ([], [""], [None])


# --- frequencies review of medical_12 (2026-12-04) ----------------------------------------


@pytest.mark.parametrize(
    ("text", "terms", "subject"),
    [
        # a side or a severity between the copula and the finding it counts
        ("早产儿患者中约44%为双侧腹股沟斜疝。", [("腹股沟斜疝", "disease")], "腹股沟斜疝"),
        ("约25%为轻度贫血。", [("贫血", "symptom")], "贫血"),
        ("约30%为急性胰腺炎。", [("急性胰腺炎", "disease")], "急性胰腺炎"),
        # no finding after it: no subject
        ("约44%为双侧。", [], None),
    ],
)
def test_a_side_or_severity_after_the_copula_keeps_the_finding_counted(text, terms, subject):
    (statement,) = bind_frequencies(text, labelled(text, *terms))
    assert (statement.subject.text if statement.subject else None) == subject


@pytest.mark.parametrize(
    ("text", "terms", "subject", "measure"),
    [
        # a measure judged at the end of its clause: the number opening the next is its
        ("甲胎蛋白的阳性率很高，达80%。", [("甲胎蛋白", "test")], "甲胎蛋白", "阳性率"),
        ("本型息肉癌变率高，可达30%～58.3%。", [], None, "癌变率"),
        # a number with more than link words before it is another statement
        ("发病率较高，患者中30%有发热。", [("发热", "symptom")], "发热", ""),
        # words between the measure and the word judging it, a report before the number (frequencies review of
        # medical_5, class 5)
        ("在FA的患者中哮喘病的患病率明显增加，为6.8%～17%。", [("FA", "disease"), ("哮喘病", "disease")], "哮喘病", "患病率"),
        ("病死率较高，有人报告为 29%～52%。", [], None, "病死率"),
        ("其发生率各家报告的差别较大，0.3%～10%不等。", [], None, "发生率"),
        # the measure nearest its judgement, not a noun before it (机会 of 机会感染)
        ("患者合并机会感染的几率较大，约为15%左右。", [("机会感染", "disease")], "机会感染", "几率"),
        # a share opening with 占 after words between the measure and its judgement is of the cases, not the
        # measure's value; right after the judged measure it is the measure's
        ("其中直肠癌的发病率最高，占66.9%。", [("直肠癌", "disease")], None, ""),
        ("隆起型中高分化腺癌的比例较高，约占30%。", [("高分化腺癌", "disease")], "高分化腺癌", "比例"),
    ],
)
def test_a_judged_measure_closing_its_clause_measures_the_number_after_it(text, terms, subject, measure):
    (statement,) = bind_frequencies(text, labelled(text, *terms))
    assert (statement.subject.text if statement.subject else None, statement.measure) == (subject, measure)


# --- frequencies review of medical_3 (2026-12-04 evening), rules C and D --------------------------


@pytest.mark.parametrize(
    ("text", "terms", "subject", "population"),
    [
        # a group closed by 中 in any clause of the sentence, not only its first
        # (…约有半数是白内障所致 is a share of the causes since rule B of the symptoms review of medical_8)
        ("据估计，目前全世界4000万盲人中，约有半数患有白内障。", [("白内障", "disease")], "白内障", "全世界4000万盲人"),
        # a finding after the number is what the share counts, though the group's name holds it
        ("在溃疡病急性穿孔的病人中，约70%有长期的溃疡病史。", [("溃疡病", "disease")], "溃疡病", "溃疡病急性穿孔的病人"),
        # a frequency word's 的 opening a disease with more said of it: its cases are the group
        ("约有一半的室壁瘤有附壁血栓形成。", [("室壁瘤", "disease"), ("血栓形成", "symptom")], "血栓形成", "室壁瘤"),
        ("8%的美国黑人患有镰状细胞贫血。", [("镰状细胞贫血", "disease")], "镰状细胞贫血", "美国黑人"),
    ],
)
def test_the_group_a_share_is_of_is_its_population(text, terms, subject, population):
    text = normalize_text(text)
    entities = [replace(e, label=label) for term, label in terms for e in mentions(text, term)]
    (s,) = bind_frequencies(text, entities)
    assert (s.subject.text if s.subject else None, s.population) == (subject, population)


def test_a_group_of_children_before_a_measure_of_the_disease_is_its_population():
    (s,) = bind_frequencies("我国2岁以下小儿的发病率为10%～48.3%。", [])
    assert (s.measure, s.population, s.rule) == ("发病率", "我国2岁以下小儿", "record")


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("未破裂的AVM每年将有2%～4%的出血率。", "出血率"),  # the noun after the number is what it measures
        ("未破裂的AVM每年将有2%～4%的出血率\n其他。", "出血率"),  # a line may end there (code review)
        ("约30%的患者出血。", ""),  # a share of patients: no measure
    ],
)
def test_a_measure_noun_after_the_number_is_its_measure(text, measure):
    entities = [Entity(e.start, e.end, e.text, "symptom", e.text) for e in mentions(text, "出血")]
    (s,) = bind_frequencies(text, entities)
    assert (s.measure, s.population) == (measure, "" if measure else "患者")


def test_a_group_inside_a_sentence_counts_the_numbers_right_after_it():
    text = normalize_text("本病少见，北京儿童医院收治的170例HS中，贫血169例(99%)，黄疸133例(78%)，发热是常见症状，另有文献报道头痛占10%。")
    entities = sorted([e for term in ("贫血", "黄疸", "发热", "头痛") for e in mentions(text, term)]
                      + [replace(e, label="disease") for e in mentions(text, "HS")], key=lambda e: e.start)
    found = {s.subject.text: s.population for s in bind_frequencies(text, entities) if s.subject is not None}
    # who reported the group is no part of it; a clause without a number ends its reach
    assert found == {"贫血": "170例HS", "黄疸": "170例HS", "发热": "", "头痛": ""}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # frequencies re-review of medical_3 (2026-12-04 night): a chemical the dictionaries lack
        ("可用30%亚硝酸钠10～20ml静注。", []),
        ("可口服4%氯化铵或5%～10%酒石酸铵。", []),
        # patients, not a chemical; a finding going on after the name
        ("20%病人低钾，", ["20%"]),
        ("约30%患者出现酸中毒。", ["约30%"]),
        ("5%～10%的病例有高血钾，", ["5%～10%"]),
    ],
)
def test_a_percentage_before_a_chemical_is_its_strength(text, kept):
    assert [s.quantity.text for s in bind_frequencies(text, [])] == kept


@pytest.mark.parametrize(
    ("text", "terms", "subject"),
    [
        # frequencies review of medical_3, rule B: those with a finding, named before a number alone
        ("月经正常，但无痛经者，占25%左右。", ["痛经"], "痛经"),
        ("并发胃和十二指肠溃疡者，可达30～40%。", ["十二指肠溃疡"], "十二指肠溃疡"),
        # not with more words before the 者, nor a patient noun
        ("发热持续3天以上者，占20%。", ["发热"], None),
        ("多数患者，占20%。", [], None),
        # a rate going on to a group: the group, not what is counted
        ("术后生存率在90%以上，伴有心室间隔缺损者，则仅为80%。", ["心室间隔缺损"], None),
    ],
)
def test_those_with_a_finding_before_a_number_alone_are_its_subject(text, terms, subject):
    text = normalize_text(text)
    entities = sorted((e for term in terms for e in mentions(text, term)), key=lambda e: e.start)
    s = [s for s in bind_frequencies(text, entities) if s.quantity.kind != "frequency_word"][-1]
    assert (s.subject.text if s.subject else None) == subject


@pytest.mark.parametrize(
    ("text", "terms", "population"),
    [
        # frequencies review of medical_13 (2026-12-05): the whole after 占 wins over a group before it,
        # which names what is counted; a measure noun closing the whole is no part of it
        ("但高血压病人死于尿毒症者在我国仅占高血压死亡病例的1.5%～5%。", [("尿毒症", "disease")], "高血压死亡病例"),
        ("胸段发生硬脊膜脓肿者约占病人总数的50%。", [("硬脊膜脓肿", "disease")], "病人总数"),
        ("国外报道占白血病发病率的2%～3%。", [("白血病", "disease")], "白血病"),
    ],
)
def test_the_whole_after_zhan_is_the_population_over_a_group_before_it(text, terms, population):
    text = normalize_text(text)
    (statement,) = bind_frequencies(text, labelled(text, *terms))
    assert statement.population == population


def test_the_whole_after_zhan_is_the_population_of_a_frequency_word():
    text = "因室速或室颤发作而猝死占总死亡数的半数以上。"
    found = bind_frequencies(text, labelled(text, ("猝死", "symptom")))
    assert [(s.subject.text, s.population) for s in found] == [("猝死", "总死亡数")]


@pytest.mark.parametrize(
    "text",
    [
        "血小板FⅤ约占血液FⅤ的20%。",  # an amount of a clotting factor, no share of patients
    ],
)
def test_a_share_of_a_clotting_factor_is_no_frequency(text):
    assert bind_frequencies(text, labelled(text, ("血液", "body"))) == []


def test_zhanwei_opens_no_whole():
    text = "可发展为实性眼眶占位性病变或可以是全身淋巴瘤之部分。"  # 占位: a mass, no share of a whole
    found = bind_frequencies(text, labelled(text, ("眼眶占位性病变", "symptom")))
    assert len(found) == 1 and not (found[0].population or "").startswith("位")  # 之部分 stays, with no such whole


@pytest.mark.parametrize(
    "text",
    [
        # frequencies review of medical_13 (2026-12-05): a share with no subject that falls ill with 本病
        "结节性硬化症者20%以上发生本病。",
        "本症患儿的同胞中有2%～6%患本症。",
        "其下一代100%罹患本病。",
    ],
)
def test_a_share_that_gets_the_record_disease_is_of_the_record(text):
    text = normalize_text(text)
    (statement,) = bind_frequencies(text, [])
    assert (statement.subject, statement.rule) == (None, "record")


@pytest.mark.parametrize("text", [
    # code review 2026-12-05: 本病 as the group, or what a share is part of, makes no record subject
    "约20%的本病患者可自愈。", "60%以上本病患者有家族史。", "约30%为本病的早期表现。",
])
def test_the_record_disease_after_a_share_needs_a_verb_and_no_group(text):
    text = normalize_text(text)
    assert all(s.rule != "record" for s in bind_frequencies(text, []))


def test_group_leads_cut_no_word_and_a_share_is_no_whole():
    # code review 2026-12-05: 系统性…, 其他… stay whole; 所占比例 names no whole; a bare 范围 is no area
    text = normalize_text("系统性红斑狼疮合并肾炎者30%死于肾衰竭。")
    assert [s.population for s in bind_frequencies(text, labelled(text, ("肾衰竭", "disease")))] == ["系统性红斑狼疮合并肾炎者"]
    text = normalize_text("胆源性胰腺炎在胰腺炎中所占比例估计可超过总数的2/3以上。")
    (s,) = bind_frequencies(text, labelled(text, ("胆源性胰腺炎", "disease")))
    assert "比例" not in (s.population or "")
    text = normalize_text("本病累及范围广，发生部位依次为下肢60%，上肢30%，躯干10%。")
    assert len(bind_frequencies(text, labelled(text, ("下肢", "body"), ("上肢", "body"), ("躯干", "body")))) == 3


def test_a_share_of_a_finding_before_the_record_disease_is_left_alone():
    text = "本病30%出现发热。"  # the finding is counted, not 本病
    (statement,) = bind_frequencies(text, labelled(text, ("发热", "symptom")))
    assert (statement.subject.text, statement.rule) != (None, "record")


@pytest.mark.parametrize(
    ("text", "terms", "population"),
    [
        # frequencies review of medical_13 (2026-12-05): a group in 者 right before a number a predicate follows
        ("Miller等报道变异型心绞痛病人有上述表现者42% 猝死。", [("猝死", "symptom")], "变异型心绞痛病人有上述表现者"),
        ("如不伴发心律失常者仅6%猝死。", [("猝死", "symptom")], "不伴发心律失常者"),
        ("有材料头颈部外照射者20%～30%将来发展结节性甲状腺肿。", [("结节性甲状腺肿", "disease")], "头颈部外照射者"),
    ],
)
def test_a_group_in_zhe_before_a_number_a_predicate_follows_is_the_population(text, terms, population):
    text = normalize_text(text)
    (statement,) = bind_frequencies(text, labelled(text, *terms))
    assert statement.population == population


@pytest.mark.parametrize(
    "text",
    [
        "合并白内障者43.1%,",  # no predicate: those with it are what is counted
        "深度在1.4～1.7mm的有近40%发病,2.3mm者仅有1%发病。",  # no group opening with a measurement (前房深度 is its group)
    ],
)
def test_a_group_in_zhe_is_no_population_without_a_predicate_or_opening_with_a_number(text):
    text = normalize_text(text)
    found = bind_frequencies(text, labelled(text, ("白内障", "disease")) if "白内障" in text else [])
    assert found and all(not (s.population or "").endswith("者") for s in found)


def test_percentages_after_body_parts_listed_after_an_area_word_are_no_frequencies():
    # frequencies review of medical_13 (2026-12-05): body-surface shares of a scleredema
    text = normalize_text("硬肿范围计算方法,头颈部20%,双上肢18%,臀部8%,双下肢26%。")
    parts = [(p, "body") for p in ("头颈部", "双上肢", "臀部", "双下肢")]
    assert bind_frequencies(text, labelled(text, *parts)) == []
    text = normalize_text("头颈部20%,双上肢18%,臀部8%,双下肢26%。")  # no area word: left alone
    assert len(bind_frequencies(text, labelled(text, *parts))) == 4


def test_a_clause_going_on_to_another_level_repeats_the_finding():
    # frequencies review of medical_13 (2026-12-05): 增加到, 升至 … after a statement of rule forward
    text = normalize_text("婴儿痉挛症初发时60%～70%的患儿智力低下,满2岁时可增加到85%～90%。")
    found = bind_frequencies(text, labelled(text, ("智力低下", "symptom")))
    assert [(s.subject.text, s.population) for s in found] == [("智力低下", "患儿"), ("智力低下", "患儿")]


def test_a_clause_going_on_to_another_level_with_a_rate_of_its_own_is_left_alone():
    text = normalize_text("卡那霉素耐药率较低,约30%患者对卡那霉素耐药,新霉素耐药率已降至12.0%～17.9%。")
    found = bind_frequencies(text, labelled(text, ("卡那霉素", "drug")))
    level = [s for s in found if s.quantity.text.startswith("12")]
    assert len(level) == 1 and level[0].subject is None


# --- a cohort led by 对, 在, 分析 … before a list of items (frequencies re-review of medical_13, 2026-12-05) ---


def test_a_led_cohort_is_the_population_and_denominator_of_its_items():
    text = normalize_text("据对61例发生心脏性猝死病人的动态心电图记录分析，发生致死性心律失常包括：3例(5%)原发性室颤和1例(2%)房性心动过速。")
    s = bound(text, "原发性室颤", "房性心动过速")["房性心动过速"]  # xywy 心脏性猝死
    assert (s.numerator, s.denominator, s.population) == (1, 61, "发生心脏性猝死病人")


def test_a_led_cohort_is_the_population_of_bare_percentages_up_to_another_report():
    text = normalize_text("有人对71例本病患儿经检查发现异常者达73%，有脑萎缩(49%)，脑积水(6%)，亦有报道结节性硬化症者20%以上发生本病。")
    found = bound(text, "脑萎缩", "脑积水")  # xywy 婴儿痉挛症
    assert found["脑萎缩"].population == found["脑积水"].population == "本病患儿"
    (other,) = [s for s in bind_frequencies(text, mentions(text)) if s.quantity.text == "20%以上"]
    assert other.population == "结节性硬化症者"  # another report's group


def test_a_far_count_takes_the_cohort_when_its_percentage_agrees():
    text = normalize_text("报道在意大利28个家族61例HE中，18例(29%)有4.1蛋白部分缺乏，31例(51%)有膜收缩蛋白二聚体增多，12例(20%)未见异常。")
    s = next(s for s in bind_frequencies(text, mentions(text, "HE")) if s.quantity.text == "12例(20%)")
    assert (s.denominator, s.population) == (61, "HE")


@pytest.mark.parametrize("text, quantity", [
    ("Chabriat等报道2例病人出现CSF寡克隆带和1例CSF细胞数增多。", "1例"),  # a bare count: no agreeing percentage
    ("Turi报道47例中系膜增生17例，我国上海市儿童医院50例活检结果，系膜增生性肾炎27例(54%)，IgA肾病7例(14%)，IgM肾病3例(6%)。", "3例(6%)"),
])
def test_no_led_or_far_cohort_without_a_percentage_that_agrees(text, quantity):
    text = normalize_text(text)
    found = [s for s in bind_frequencies(text, mentions(text, "细胞数", "IgM肾病")) if s.quantity.text == quantity]
    assert all(s.denominator is None for s in found)


def test_a_part_named_former_is_not_the_cohorts():
    text = normalize_text("Vajro等对92例小儿慢性肝炎进行了前瞻性研究，其中乙型肝炎和自身免疫性肝炎各46例，前者32%发展为肝硬化。")
    s = bound(text, "慢性肝炎", "肝硬化")["肝硬化"]
    assert not s.population  # not 小儿, the 92 children


# --- a strength right after a verb of giving or holding (frequencies re-review of medical_13, 2026-12-05) ---


@pytest.mark.parametrize("text", [
    "用0.25%布比卡因2～3ml局部封闭",  # xywy 颈部综合征: a drug no dictionary has
    "在皮肤上涂15%邻苯二甲酸丁酯乳剂及防蚴油可阻止尾蚴钻入皮肤",  # xywy 血吸虫病
    "正常肝和肌组织中分别含有约4%和2%糖原",  # a content, and the next in its list
])
def test_a_percentage_right_after_a_verb_of_giving_is_no_frequency(text):
    assert bind_frequencies(normalize_text(text), []) == []


def test_a_percentage_after_a_verb_of_giving_that_counts_patients_stays():
    text = normalize_text("口服30%患者出现皮疹")
    assert [s.pct_reported for s in bind_frequencies(text, mentions(text, "皮疹"))] == [30]


def test_a_led_cohorts_group_stops_at_a_semicolon_for_bare_percentages():
    text = normalize_text("对85170名儿童进行的调查结果显示，儿童总患病率为1.20%;城市总患病率为0.70%。")
    found = {s.quantity.text: s.population for s in bind_frequencies(text, [])}
    assert found.get("0.70%", "") != "儿童"


@pytest.mark.parametrize(
    "text, terms, rule, population",
    [
        ("约占整个心脏肿瘤的8%。", (), "record", "整个心脏肿瘤"),  # 心脏横纹肌瘤 (medical_6)
        ("本病呈散发性，据统计约占病毒性脑炎的10%～20%。", (), "record", "病毒性脑炎"),  # 单纯疱疹性脑炎
        ("急性型占成人ITP不到10%。", ("急性型",), "backward", None),  # a finding before 占: its share
        ("(1)痉挛型：发病率最高，占全部病人的60%～70%。", (), "", "全部病人"),  # a type heading's share
        ("恶性黑色素瘤占肛周癌的1%～4%，占所有恶性黑色素瘤的1%～2%。", ("恶性黑色素瘤",), "", None),  # another's going on
        ("约占本病的80%，在青春发育期前不易发现。", (), "", "本病"),  # a type's share of the record's disease
        # code review of 8cdcdff: a share of all the cases (all_cases) is a subgroup's (肺泡蛋白沉着症, medical_0)
        ("本病多见于男性，约占全部病例的70%。", (), "", "全部病例"),
        ("本病任何年龄均可发病，但30～50岁的中年人常见，约占病例总数的80%。", (), "", "病例总数"),
        ("占活产新生儿的0.3%～2.0%。", (), "record", "活产新生儿"),  # a population, not all the cases: kept
    ],
)
def test_a_share_of_a_whole_opening_its_sentence_counts_the_record_disease(text, terms, rule, population):
    statement = bind_frequencies(text, mentions(text, *terms))[-1]
    if rule == "record":
        assert (statement.subject, statement.rule, statement.population) == (None, "record", population)
    else:
        assert statement.rule != "record"


@pytest.mark.parametrize(
    "text, terms, subject",
    [
        ("震颤也是PD三主征之一，最为常见，约有1/3病人以此为首发症状。", ("震颤", "PD"), "震颤"),  # the sentence's opening
        ("头痛较常见。约30%的患者有此症状。", ("头痛",), "头痛"),  # the sentence before
        ("约30%的患者有此症状。", (), None),  # none named before: no subject
        ("婴儿肠道内难辨梭状芽孢杆菌可占细菌总量的50%以上，有30%的婴幼儿肠道中携带此菌。", ("细菌",), None),  # not 此菌
        # code review of 8cdcdff (medical_8, medical_14): how many die of it (death_after) is no share having it
        ("严重的喉部病变可导致声音嘶哑，呼吸道塌陷或窒息，其中10%的患者因此症死亡。", ("声音嘶哑", "窒息"), None),
        ("头痛常见，约5%的患者死于此症。", ("头痛",), None),
        ("窒息较常见。约10%的患者以此为首发症状而后坏死。", ("窒息",), "窒息"),  # 坏死 is no death: kept
    ],
)
def test_an_anaphor_after_a_share_counts_the_finding_named_before(text, terms, subject):
    statement = bind_frequencies(text, mentions(text, *terms))[-1]
    assert (statement.subject.text if statement.subject else None) == subject
    assert statement.rule == ("anaphor" if subject else "forward") or subject is None


@pytest.mark.parametrize(
    "text, terms, found",
    [
        # frequencies review of medical_6, #59: each later item of a list of counts is its own finding's share
        ("44例中，肢体麻木者23例占49.9%;肢体乏力者11例，占27.3%，根性疼痛者10例，占22.8%。",
         ("肢体麻木", "肢体乏力", "根性疼痛"), [("肢体麻木", 23), ("肢体乏力", 11), ("根性疼痛", 10)]),
        ("阴道排液28例，占12.8%；疼痛11例，占6.9%；其他6例，占2.7%。", ("阴道排液", "疼痛"),
         [("阴道排液", 28), ("疼痛", 11), (None, None)]),  # 其他: no finding
        ("本组共12例，占10%。", ("本组",), [(None, None)]),  # no finding before the count
    ],
)
def test_a_share_alone_after_a_finding_and_its_count_is_that_findings(text, terms, found):
    text = normalize_text(text)
    statements = [s for s in bind_frequencies(text, mentions(text, *terms)) if s.pct_reported is not None]
    assert [(s.subject.text if s.subject else None, s.numerator) for s in statements] == found


def test_a_group_in_which_stops_at_another_group_reported():
    # frequencies review of medical_6, #76: the symptoms listed are of utledge's 219 cases, not of 有症状的患者
    text = normalize_text("在有症状的患者中，主要为阴道流血，utledge报道219例宫颈腺癌，常见症状如下：阴道流血159例，占72.6%；"
                          "疼痛11例，占6.9%。")
    populations = {s.quantity.text: s.population for s in bind_frequencies(text, mentions(text, "阴道流血", "疼痛"))}
    assert "有症状的患者" not in populations.values()
    text = normalize_text("在观察的巩膜炎患者中，10例术中失血，内中9例发生KCS，KCS占12.5%。")  # a subgroup of the group
    assert bind_frequencies(text, mentions(text, "KCS"))[-1].population == "观察的巩膜炎患者"


@pytest.mark.parametrize(
    "text, group, subject, population",
    [
        # frequencies review of medical_6 (#20, #28) and medical_13: a group right before a measure's finding
        ("周东丰等报道双相情感障碍DST阳性率为52%。", ("双相情感障碍", "disease"), ("DST", "test"), "双相情感障碍"),
        ("发现观察组维生素B1缺乏症的患病率为1.1%。", None, ("维生素B1缺乏症", "disease"), "观察组"),
        ("7～14岁中小学生甲状腺肿大率>50%。", None, ("甲状腺肿大", "symptom"), "7~14岁中小学生"),
        # 者 too (frequencies review of medical_7, PM 5a), not 前者, 后者
        ("有发热者气胸的发生率为5%。", None, ("气胸", "symptom"), "有发热者"),
        ("后者气胸的发生率为5%。", None, ("气胸", "symptom"), ""),
        ("在系统型患者循环免疫复合物测定阳性率高达50%以上。", None, ("循环免疫复合物", "test"), "系统型患者"),
    ],
)
def test_a_group_right_before_a_measures_finding_is_its_population(text, group, subject, population):
    text = normalize_text(text)
    found = [Entity(text.find(t), text.find(t) + len(t), t, label, t) for t, label in (group or ("", ""), subject) if t]
    (statement,) = bind_frequencies(text, found)
    assert (statement.subject.text, statement.population) == (subject[0], population)


def test_a_group_heading_its_sentence_is_the_population():
    # frequencies review of medical_6, #41
    text = normalize_text("②成人：75%有胆总管结石。")
    assert bind_frequencies(text, mentions(text, "胆总管结石"))[0].population == "成人"
    text = normalize_text("②发热者：75%有胆总管结石。")  # 者: those with a finding, no heading group
    assert bind_frequencies(text, mentions(text, "胆总管结石"))[0].population == ""


def test_a_body_part_joined_by_a_hyphen_to_more_is_no_subject():
    # frequencies review of medical_6, #46: 肾盂 opens the name 肾盂-肾反流, which no mention covers
    text = normalize_text("29%的移植肾有肾盂-肾反流。")
    found = [Entity(8, 10, "肾盂", "body", "肾盂"), Entity(11, 12, "肾", "body", "肾"), Entity(12, 14, "反流", "symptom", "反流")]
    assert bind_frequencies(text, found)[0].subject is None
    text = normalize_text("29%的移植肾有肾盂积水。")  # a finding after the part: its subject
    assert bind_frequencies(text, mentions(text, "肾盂积水"))[0].subject.text == "肾盂积水"


# --- frequencies re-review of medical_6 (2026-12-05): another disease than the record's -----------


@pytest.mark.parametrize(
    "text, terms, rows",
    [
        # 艾滋病神经系统损害: the heading named again right after its colon is no other disease; the
        # clause going on (而…却高达) is of AIDS patients
        ("(1)原发性中枢神经系统淋巴瘤：原发性中枢神经系统恶性淋巴瘤极为少见，正常人群发病率估计为0.0001%，而AIDS病人却高达2%。",
         ("原发性中枢神经系统淋巴瘤", "原发性中枢神经系统恶性淋巴瘤", "AIDS"),
         [("原发性中枢神经系统淋巴瘤", "heading", "正常人群"), ("原发性中枢神经系统淋巴瘤", "heading", "AIDS病人")]),
        # 先天性长结肠: the clause before measures 肠闭锁
        ("近年来肠闭锁的死亡率明显下降，国内存活率在51.3%～73.3%。", ("肠闭锁",), [("肠闭锁", "topic", "")]),
        # not: a disease named without its measure in the clause before
        ("多见于肠闭锁患儿，存活率在51.3%～73.3%。", ("肠闭锁",), [(None, "record", "")]),
    ],
)
def test_a_measure_after_another_diseases_heading_or_measure_is_that_diseases(text, terms, rows):
    text = normalize_text(text)
    entities = [Entity(e.start, e.end, e.text, "disease", e.text) for e in mentions(text, *terms)]
    statements = [s for s in bind_frequencies(text, entities) if s.quantity.kind != "frequency_word"]
    assert [(s.subject.text if s.subject else None, s.rule, s.population) for s in statements] == rows


@pytest.mark.parametrize(
    "text, rule, population",
    [
        ("在全身骨折中约占0.3%，仍应引起注意。", "record", "全身骨折"),  # 足舟骨骨折 (medical_6)
        ("在本病中约占0.3%。", "", ""),  # a type's share of the record's disease
        ("在病例总数中约占80%。", "", "病例总数"),  # a subgroup's share of all cases
        ("在成人中为60%。", "", "成人"),  # a group, no share
    ],
)
def test_a_share_written_among_a_whole_counts_the_record_disease(text, rule, population):
    (statement,) = bind_frequencies(normalize_text(text), [])
    assert (statement.subject, statement.rule, statement.population) == (None, rule, population)


@pytest.mark.parametrize(
    ("text", "terms", "rows"),
    [
        # frequencies review of medical_6 (2026-12-05): a heading item names the subject of a share further in its
        # sentence that no rule bound
        ("4.斜头畸形 又称偏头畸形,是单侧冠状缝骨化所致,约占4%,颅骨双侧生长不对称。", ("斜头畸形",),
         [("约占4%", "斜头畸形", "heading_item")]),
        ("青光眼:RA性巩膜炎可引起眼压升高,但摘除的眼球组织学检查发现其发生率高达45%。", ("青光眼", "RA性巩膜炎"),
         [("45%", "青光眼", "heading_item")]),
        ("(1)接触性皮炎:在杨国亮等调查的电镀厂534名工人中仅发现少数患者,国内有关的几篇报道,其皮炎发生率不一,有的高达29.3%。", ("接触性皮炎",),
         [("29.3%", "接触性皮炎", "heading_item")]),
        ("2.舟状头畸形 又称长头畸形,是颅缝早闭中最常见的头颅畸形,约占40%～70%。", ("舟状头畸形", "头颅畸形"),
         [("约占40%～70%", "舟状头畸形", "heading_item")]),  # not the class rule previous found
        # not a share with a predicate after it (of the heading's cases), of a group in 者, nor after another measure
        ("8.食管溃疡:其发生也是和酸性胃液接触的结果,溃疡多发生于食管下段,多为单发,直径一般小于一厘米,约10%为多发。", ("食管溃疡",), [("约10%", None, "")]),
        ("(1)真两性畸形:性腺,生殖器及性征具有男,女两性的特点,即性腺为卵巢与睾丸,或为卵睾,染色体为46,XX者占50%左右。", ("真两性畸形",), [("50%左右", None, "")]),
        ("(4)纵隔脂肪肉瘤:5年生存率40%～64%,术后复发率高,有报道达24%。", ("纵隔脂肪肉瘤",),
         [("40%～64%", None, ""), ("24%", None, "")]),  # rule record, not the heading's
        # nor a heading that is the record's own disease (月经性气胸 in 气胸: a type)
        ("(1)气胸:即与月经周期有关的反复发作的气胸,本病于1958年首先由Maurer报道,多见于青年女性,约占25%。", ("气胸",), [("约占25%", None, "")]),
        # the last finding of a numbered heading ending at its colon (frequencies review of medical_7, SM 2a)
        ("(6)眩晕和晕厥:发生率约30%。", ("眩晕", "晕厥"), [("约30%", "晕厥", "heading_item")]),
        # not past another finding, which the share may be about
        ("(1)幼儿急疹(ES):HHV-7感染是引起幼儿急疹的另一病原,可占幼儿急疹病因的10%。", ("幼儿急疹", "HHV-7感染"),
         [("10%", None, "")]),
        ("(2)单纯运动性轻偏瘫(PMH):最常见,约占60%。", ("轻偏瘫",), [("约占60%", "轻偏瘫", "heading_item")]),
        # nor a heading asking a question or setting a condition: its finding is the group (row check of the s11 merge, #5)
        ("③是否合并肝硬化:合并肝硬化患者易发生转移,转移率达84%。", ("肝硬化",), [("84%", None, "")]),
    ],
)
def test_a_heading_item_is_the_subject_of_a_share_no_rule_bound(text, terms, rows):
    statements = bind_frequencies(text, mentions(text, *terms), record_disease="气胸")
    assert [(s.quantity.text, s.subject.text if s.subject else None, s.rule if s.subject else "")
            for s in statements if s.quantity.kind != "frequency_word"] == rows


@pytest.mark.parametrize(
    "text, terms, rows",
    [
        # the clause before names a subgroup: the share is its (code review 2026-12-05, D3)
        ("(6)外伤性癫痫：可分为早发和晚发，前者在受伤后1个月内出现，占10%～15%;晚发者多出现于受伤后2年内，占85%。",
         ("外伤性癫痫",), [("10%~15%", None, ""), ("85%", None, "")]),
        # the clause before is the heading's again, a comparison or the heading's cases counted: the heading's
        ("(1)格子样变性：由此产生裂孔者占裂孔性脱离眼的40%，在正常眼球中亦可见到，约为7%。",
         ("格子样变性",), [("40%", None, ""), ("约为7%", "格子样变性", "heading_item")]),
        ("2.猝倒：主要是由于基底动脉缺血所致，其发生率较前者为低，50%～60%。",
         ("猝倒",), [("50%~60%", "猝倒", "heading_item")]),
    ],
)
def test_a_share_after_a_clause_naming_a_subgroup_is_no_heading_items(text, terms, rows):
    statements = bind_frequencies(normalize_text(text), mentions(normalize_text(text), *terms))
    assert [(s.quantity.text, s.subject.text if s.subject else None, s.rule if s.subject else "")
            for s in statements if s.quantity.kind != "frequency_word"] == rows


# --- a group in 中 before the number names whom it counts (frequencies review of medical_9, 2026-12-05) ---


@pytest.mark.parametrize(
    "text, terms, population",
    [
        ("在慢性小腿肌筋膜间室综合征中，将近一半的患者存在肌疝。", ("肌疝",), "慢性小腿肌筋膜间室综合征"),
        ("如FOSTER等报道在自检组中，乳腺癌5年生存率为75%。", ("乳腺癌",), "自检组"),
        ("患颈动脉疾病病人中约40%存在无症状性冠心病。", ("无症状性冠心病",), "患颈动脉疾病病人"),
        ("有报道空肠憩室中44%～50%病例并存结肠憩室。", ("结肠憩室",), "空肠憩室"),
    ],
)
def test_a_group_in_zhong_before_the_number_is_its_population(text, terms, population):
    assert [s.population for s in bind_frequencies(text, mentions(text, *terms))] == [population]


@pytest.mark.parametrize(
    "text, terms",
    [
        ("在治疗中，约30%的患者出现发热。", ("发热",)),  # a time, no group
        ("这些病人中约30%出现发热。", ("发热",)),  # an anaphor
        ("部分人中0.5%出现发热。", ("发热",)),  # a part, no group
    ],
)
def test_no_group_in_zhong_is_taken_from_a_time_an_anaphor_or_a_part(text, terms):
    assert [s.population for s in bind_frequencies(text, mentions(text, *terms))][0] in ("", "患者", "病人")


@pytest.mark.parametrize(
    "text, terms, population",
    [
        ("在ICU病房中约30%的患者出现谵妄。", ("谵妄",), "患者"),  # a place
        ("迁徙性损害可出现在约2/3患者中，最常见的是多发性肺部浸润。", ("肺部浸润",), "患者"),  # a share, no group
        ("如排便中有1/4时间需用力则提示盆底功能障碍。", ("盆底功能障碍",), ""),  # a process
        ("45，X个体中8%有心脏畸形。", ("心脏畸形",), ""),  # a karyotype cut at its comma
        ("3.常见症状 这一组症状中最常见的是麻木，约30%。", ("麻木",), ""),  # a kind of finding
    ],
)
def test_no_group_in_zhong_is_a_place_a_share_a_process_a_karyotype_or_findings(text, terms, population):
    """Code review 2026-12-05 (D2)."""
    assert [s.population for s in bind_frequencies(normalize_text(text), mentions(normalize_text(text), *terms))
            if s.quantity.kind != "frequency_word"][:1] == [population]


def test_a_group_in_zhong_that_is_a_body_mention_is_no_population():
    text = "脑实质中30%有小脓肿。"
    found = mentions(text, "小脓肿") + [Entity(0, 3, "脑实质", "body", "脑实质")]
    assert [s.population for s in bind_frequencies(text, found)] == [""]


def test_the_records_own_disease_in_zhong_is_no_population_but_another_disease_is():
    text = "研究发现在室管膜瘤中，50%以上有染色体异常。"
    assert [s.population for s in bind_frequencies(text, mentions(text, "染色体异常"), record_disease="室管膜瘤")] == [""]
    assert [s.population for s in bind_frequencies(text, mentions(text, "染色体异常"), record_disease="室管膜肿瘤")] == [""]
    assert [s.population for s in bind_frequencies(text, mentions(text, "染色体异常"), record_disease="胶质瘤",
                                                   record_aliases=("室管膜瘤",))] == [""]
    assert [s.population for s in bind_frequencies(text, mentions(text, "染色体异常"), record_disease="胶质瘤")] == ["室管膜瘤"]


def test_a_group_in_zhong_with_a_count_of_cases_stays():
    text = "咳嗽≥2周的153例成人中有12%为百日咳。"
    assert [s.population for s in bind_frequencies(text, mentions(text, "百日咳"))] == ["咳嗽≥2周的153例成人"]


# --- a level noun shortly before a number: a level, no frequency (frequencies review of medical_9, 2026-12-05) ---


@pytest.mark.parametrize("text", ["凝血酶原活动度<40%。", "钠排泄分数小于1%。"])
def test_a_number_shortly_after_a_level_noun_is_no_frequency(text):
    assert [s for s in bind_frequencies(normalize_text(text), []) if s.quantity.kind != "frequency_word"] == []


@pytest.mark.parametrize("text", ["肌酐清除率下降约30%的患者需透析。", "血药浓度不足时约30%的患者复发。"])
def test_a_share_with_patients_after_it_past_a_level_noun_stays(text):
    """Code review 2026-12-05 (D7): the patient noun after the number makes it a share of them."""
    assert [(s.quantity.text, s.population) for s in bind_frequencies(normalize_text(text), [])] == [("约30%", "患者")]


def test_a_level_change_with_no_patients_after_it_is_no_frequency():
    assert [s for s in bind_frequencies(normalize_text("血药浓度降低约30%。"), []) if s.quantity.kind != "frequency_word"] == []


def test_a_share_of_those_with_a_level_stays():
    text = "肌酐清除率下降者占30%。"  # those with it: a share of patients
    assert [s.quantity.text for s in bind_frequencies(normalize_text(text), [])] == ["30%"]


@pytest.mark.parametrize(
    "text, kept",
    [
        ("腹内脏器活动度过大(15%)。", ["(15%)"]),  # a cause's share in parentheses, not the level
        ("通过相对浓度法证实80%病眼房水内有IgG。", ["80%"]),  # a method, not a level
        ("钠排泄分数(FENa)大于1%。", []),  # the short name between
    ],
)
def test_a_level_noun_leaves_shares_of_cases(text, kept):
    statements = bind_frequencies(normalize_text(text), [])
    assert [s.quantity.text for s in statements if s.quantity.kind != "frequency_word"] == kept


# --- a heading anaphor (此型, 上述症状) opening a share's clause points back to the heading item (rule 9c;
# frequencies back-references, review of medical_9 category 4, 2026-12-05) ---


@pytest.mark.parametrize(
    ("text", "terms", "after_item", "row"),
    [
        # the heading is a mention: it is the subject; the group who have it before the anaphor is the population
        ("②神经系统症状：常使病人神经过敏，易于激动。但老年有上述症状者仅占25%，相反老年人都表现为寡言。",
         ("神经系统症状", "神经过敏"), False, ("25%", "神经系统症状", "heading_item", "老年")),
        # a lead word or a time before 有 is no group (code review 2026-12-05, D5)
        ("②精神神经系统症状：头痛、失眠、眩晕。其中有上述症状者约占30%。",
         ("精神神经系统症状", "头痛"), False, ("约占30%", "精神神经系统症状", "heading_item", "")),
        ("②精神神经系统症状：头痛、失眠、眩晕。同时有上述症状者约占30%。",
         ("精神神经系统症状", "头痛"), False, ("约占30%", "精神神经系统症状", "heading_item", "")),
        # the heading is no mention: no subject, the rule that looked for it
        ("(1)胆总管梗阻型胆管炎：主要由于胆总管的梗阻而发生，此型占80%以上，病理范围波及整个胆道系统。",
         ("胆总管",), False, ("80%以上", None, "heading_item", "")),
        # 此种类型, 此类型 point back as 此型 do (frequencies review of medical_7, SM)
        ("(1)非对称性单关节炎：此种类型占5%～10%，主要表现为膝关节炎。",
         ("膝关节炎",), False, ("5%~10%", None, "heading_item", "")),
        ("(5)致残性关节炎：此类型约占5%，关节炎表现严重。",
         ("关节炎",), False, ("约占5%", None, "heading_item", "")),
        # the heading is the list item before the text (2.单纯血压降低型): the whole after 占 stays the population
        ("刺激颈动脉窦时出现收缩压降低，此型约占颈动脉窦综合征患者的5%～11%左右，此型晕厥以瘦长型个体为主。",
         ("收缩压",), True, ("5%~11%左右", None, "heading_item", "颈动脉窦综合征患者")),
    ],
)
def test_a_heading_anaphor_makes_a_share_the_heading_items(text, terms, after_item, row):
    norm = normalize_text(text)
    (statement,) = [s for s in bind_frequencies(norm, mentions(norm, *terms), after_heading_item=after_item)
                    if s.quantity.text == row[0]]
    assert (statement.quantity.text, statement.subject.text if statement.subject else None, statement.rule,
            statement.population) == row


@pytest.mark.parametrize(
    ("text", "terms", "after_item"),
    [
        # no heading item the text is under: 此型 is a type the text names (not the heading's)
        ("故此型多并发胃食管反流，临床上此型最为多见，占85%～90%。", ("胃食管反流",), False),
        ("刺激颈动脉窦时出现收缩压降低，此型约占颈动脉窦综合征患者的5%～11%左右。", ("收缩压",), False),
        # a predicate after the number: a share of the type's cases
        ("(1)胆总管梗阻型胆管炎：此型中约30%合并结石。", ("结石",), False),
        ("坏死性血管炎：此种类型的15%有α1抗胰蛋白酶缺乏。", ("坏死性血管炎",), False),
    ],
)
def test_a_heading_anaphor_without_a_heading_item_binds_nothing_new(text, terms, after_item):
    norm = normalize_text(text)
    assert all(s.rule != "heading_item" for s in bind_frequencies(norm, mentions(norm, *terms), after_heading_item=after_item))


@pytest.mark.parametrize(
    ("text", "terms", "row"),
    [
        # a group its 的 defines, longer than a plain one, after N%的: the population; the finding after it the subject
        # (frequencies review of medical_9, category 3)
        ("约40%的抗磷脂抗体阳性的系统性红斑狼疮患者可出现血小板减少。", ("抗磷脂抗体", "系统性红斑狼疮", "血小板减少"),
         ("血小板减少", "抗磷脂抗体阳性的系统性红斑狼疮患者")),
        # a plain group as before
        ("约30%的高血压患者有蛋白尿。", ("高血压", "蛋白尿"), ("蛋白尿", "高血压患者")),
    ],
)
def test_a_group_a_de_defines_after_the_number_is_the_population(text, terms, row):
    norm = normalize_text(text)
    (statement,) = bind_frequencies(norm, mentions(norm, *terms))
    assert (statement.subject.text, statement.population) == row


# --- a size or a part of a tissue is no frequency (frequencies review of medical_6, 2026-12-05, R1) ---


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("视盘旁出血斑直径1/3～1/2PD。", []),  # a size in disc diameters
        ("病灶大小1/3～3/4PD。", []),
        ("水肿直径约1/3视盘直径。", []),
        ("管状腺瘤绒毛状成分占20%以下。", []),  # a part of the adenoma
        ("骨髓中幼稚细胞比例占5%～75%。", []),
        # shares of patients stay
        ("出现头痛的病例比例占40%。", ["40%"]),  # a bare 比例 is no part (code review 2026-12-05, D3)
        ("革兰阴性杆菌的比例占20%。", ["20%"]),
        ("约20%患者视盘水肿。", ["约20%"]),
        ("女性患者占20%。", ["20%"]),
    ],
)
def test_a_size_or_a_part_of_a_tissue_is_no_frequency(text, kept):
    statements = bind_frequencies(normalize_text(text), [])
    assert [s.quantity.text for s in statements if s.quantity.kind != "frequency_word"] == kept


# --- an amount, a body pool or an anatomical third is no frequency (frequencies review of medical_8, R3) ---


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("心脏容积少于30%。", []),  # an amount
        ("可减少地毯中尘螨数量的40%～80%。", []),
        ("血清中镁25%与蛋白质结合。", []),  # a body pool
        ("HCO3-85%在近曲小管被重吸收。", []),
        ("尿渗透压约50%由葡萄糖来维持。", []),
        # frequencies review of medical_7 (2026-12-05, NF): a part of a substance the body moves
        ("在肾小管中10%～30%被重吸收。", []),
        ("类癌患者所摄入的色氨酸一半以上被色氨酸脱羧酶转化为5-HTP。", []),
        ("近端肾小管再吸收(98%～100%),分泌(50%)。", []),
        ("正常胆囊黏膜能吸收50%的胆汁钙。", []),
        ("髓核内含水率高达90%。", []),  # a level
        ("4.内分泌 6%～8%的患者有男性乳房发育。", ["6%~8%"]),  # a heading, then patients
        ("约20%被误诊。", ["约20%"]),  # patients
        # shares of patients stay
        ("约25%的患者与饮酒有关。", ["约25%"]),
    ],
)
def test_an_amount_a_body_pool_or_a_place_is_no_frequency(text, kept):
    statements = bind_frequencies(normalize_text(text), [])
    assert [s.quantity.text for s in statements if s.quantity.kind != "frequency_word"] == kept


def test_a_frequency_word_before_a_body_pool_verb_is_no_frequency():
    # frequencies review of medical_7 (NF): half of the substance, not of the patients
    text = normalize_text("类癌患者所摄入的色氨酸一半以上被色氨酸脱羧酶转化为5-HTP。")
    assert bind_frequencies(text, labelled(text, ("色氨酸", "drug"))) == []


# --- a substance right after a percentage, and a hyphenated 酒-精 (frequencies review of medical_6, R1c) ---


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("小鼠在15%醋精中存活。", []),
        ("对5%苯甲酸产生阳性反应。", []),
        ("自备75%酒-精棉球。", []),
        # a 的 between and patients after it: a share of patients
        ("近80%的酒中毒患者有肝病。", ["近80%"]),
    ],
)
def test_a_percentage_right_before_a_substance_is_its_strength(text, kept):
    statements = bind_frequencies(normalize_text(text), [])
    assert [s.quantity.text for s in statements if s.quantity.kind != "frequency_word"] == kept


# --- the group of a measure is the disease right before its subject (frequencies review of medical_6, R3) ---


def _labelled(text: str, *terms: tuple[str, str]) -> list[Entity]:
    found = []
    for term, label in terms:
        start = text.find(term)
        while start >= 0:
            found.append(Entity(start, start + len(term), term, label, term))
            start = text.find(term, start + 1)
    return found


@pytest.mark.parametrize(
    ("text", "terms", "population"),
    [
        ("慢性胃炎Hp检出率54%～100%，", [("慢性胃炎", "disease"), ("Hp", "microbe")], "慢性胃炎"),
        ("某些临床事件如脑外伤后癫痫发生率为20%，", [("脑外伤", "disease"), ("癫痫", "disease")], "脑外伤"),
        # a list of diseases joined by 和: the whole list; not across a comma, which may close another item
        ("胃溃疡和十二指肠溃疡Hp检出率为90%，",
         [("胃溃疡", "disease"), ("十二指肠溃疡", "disease"), ("Hp", "microbe")], "胃溃疡和十二指肠溃疡"),
        ("原发性肿瘤如神经胶质瘤，脑膜瘤癫痫发生率约10%，",
         [("神经胶质瘤", "disease"), ("脑膜瘤", "disease"), ("癫痫", "disease")], "脑膜瘤"),
        ("银屑病中巩膜炎发生率为5%，", [("银屑病", "disease"), ("巩膜炎", "disease")], "银屑病"),  # no trailing 中
        # nothing before the subject, or the record's own disease: no group
        ("癫痫发生率为20%，", [("癫痫", "disease")], ""),
        ("胃炎Hp检出率54%，", [("胃炎", "disease"), ("Hp", "microbe")], ""),
    ],
)
def test_a_disease_right_before_a_measured_subject_is_its_group(text, terms, population):
    text = normalize_text(text)
    [s] = [s for s in bind_frequencies(text, _labelled(text, *terms), record_disease="胃炎") if s.quantity.kind != "frequency_word"]
    assert s.population == population


def _cues_copy(tmp_path, *rows: str):
    """A copy of the quantity dictionaries with ``rows`` added to quantity_cues.tsv (a folder of its own: the
    resources are cached per folder)."""
    from pipeline.resources import DEFAULT_DICTIONARY_DIR

    tmp_path = tmp_path / str(len(list(tmp_path.iterdir())))
    tmp_path.mkdir()
    for name in ("frequency_terms.tsv", "quantity_cues.tsv", "quantity_units.tsv", "outcomes.tsv"):
        (tmp_path / name).write_text((DEFAULT_DICTIONARY_DIR / name).read_text(encoding="utf-8"), encoding="utf-8")
    with (tmp_path / "quantity_cues.tsv").open("a", encoding="utf-8") as handle:
        handle.writelines(f"{row}\n" for row in rows)
    return tmp_path


def test_back_reference_words_are_read_from_quantity_cues(tmp_path):
    """Rule 9c's turn and patient words are ``back_reference_turn`` and ``back_reference_patients`` rows."""
    from pipeline.quantities import load_quantity_resources

    text = "②神经系统症状：常使病人神经过敏，易于激动。此外老年有上述症状者仅占25%。"
    norm = normalize_text(text)

    def population(resources=None):
        (s,) = [s for s in bind_frequencies(norm, mentions(norm, "神经系统症状", "神经过敏"), resources=resources)
                if s.quantity.text == "25%"]
        return s.rule, s.population

    assert population() == ("heading_item", "此外老年")  # 此外 is no turn word
    more = load_quantity_resources(_cues_copy(tmp_path, "此外\tback_reference_turn\t\t\tcurated: test"))
    assert population(more) == ("heading_item", "老年")
    norm = normalize_text("(1)胆总管梗阻型胆管炎：主要由于胆总管的梗阻而发生，此型的病例占80%以上。")
    assert [s.rule for s in bind_frequencies(norm, mentions(norm, "胆总管"))] == [""]  # 的病例: no patients word
    assert [s.rule for s in bind_frequencies(norm, mentions(norm, "胆总管"), resources=load_quantity_resources(
        _cues_copy(tmp_path, "的病例\tback_reference_patients\t\t\tcurated: test")))] == ["heading_item"]


# --- the words read around a group, a finding's clause and a treatment are rows (code review of s11: moved from the code) ---


def _bound(text: str, terms: tuple[str, ...], label: str = "symptom", resources=None) -> list[tuple]:
    norm = normalize_text(text)
    found = [replace(e, label=label) for e in mentions(norm, *terms)]
    return [(s.quantity.text, s.subject and s.subject.text, s.population)
            for s in bind_frequencies(norm, found, resources=resources)]


def test_a_patient_noun_row_ends_the_group_written_right_before_a_share(tmp_path):
    """The group before a share ends in a patient noun (``patient_noun`` rows: 病人, 患者, 患儿)."""
    from pipeline.quantities import load_quantity_resources

    assert _bound("欧美AIDS病号50%感染NTM。", ("感染",)) == [("50%", "感染", "")]
    more = load_quantity_resources(_cues_copy(tmp_path, "病号\tpatient_noun\t\t\tcurated: test"))
    assert _bound("欧美AIDS病号50%感染NTM。", ("感染",), resources=more) == [("50%", "感染", "欧美AIDS病号")]


@pytest.mark.parametrize(
    ("text", "row", "before", "after"),
    [
        # a condition anywhere in the group (若, 则), a quantifier or an anaphor opening it (少数, 此): no group
        ("假如糖尿病病人30%有发热。", "假如\tgroup_condition", "假如糖尿病病人", "病人"),
        ("那些病人30%有发热。", "那\tgroup_not_opening", "那些病人", "病人"),
        # a part or an anaphor alone before the patient noun (这些, 一部分): no group named
        ("那些病人30%有发热。", "那些\tgroup_part", "那些病人", "病人"),
    ],
)
def test_the_words_making_a_group_before_a_share_none_are_rows(tmp_path, text, row, before, after):
    from pipeline.quantities import load_quantity_resources

    assert _bound(text, ("发热",)) == [("30%", "发热", before)]
    more = load_quantity_resources(_cues_copy(tmp_path, f"{row}\t\t\tcurated: test"))
    assert _bound(text, ("发热",), resources=more) == [("30%", "发热", after)]


def test_the_adverbs_opening_a_findings_clause_are_opening_adverb_rows(tmp_path):
    """一般|复数菌败血症约占…: the subject written from the clause's start leaves the ``opening_adverb`` words out."""
    from pipeline.quantities import load_quantity_resources

    text = "通常复数菌败血症约占败血症总数的5%。"
    assert [s[1] for s in _bound(text, ("败血症",))] == ["通常复数菌败血症"]
    more = load_quantity_resources(_cues_copy(tmp_path, "通常\topening_adverb\t\t\tcurated: test"))
    assert [s[1] for s in _bound(text, ("败血症",), resources=more)] == ["复数菌败血症"]


def test_a_verb_leading_on_after_a_parenthesis_is_a_having_after_row(tmp_path):
    """重者多数(92.2%)出现昏迷: a ``having_after`` verb right after the parenthesis gives it the finding after it."""
    from pipeline.quantities import load_quantity_resources

    text = "绝大多数(90%)伴发消化不良。"
    assert _bound(text, ("消化不良",)) == [("绝大多数", "消化不良", ""), ("(90%)", None, "")]
    more = load_quantity_resources(_cues_copy(tmp_path, "伴发\thaving_after\t\t\tcurated: test"))
    assert _bound(text, ("消化不良",), resources=more) == [("(90%)", "消化不良", "")]


def test_the_outcome_of_a_treatment_a_share_counts_is_a_word_of_outcomes_tsv(tmp_path):
    """约半数患者经环磷酰胺治疗可能缓解: the drug is no subject when an outcome word (outcomes.tsv) follows 治疗."""
    from pipeline.quantities import load_quantity_resources

    text = "约半数患者经环磷酰胺治疗可见效。"
    assert _bound(text, ("环磷酰胺",), "drug") == [("约半数", "环磷酰胺", "患者")]  # 见效 is no outcome word
    folder = _cues_copy(tmp_path)
    with (folder / "outcomes.tsv").open("a", encoding="utf-8") as handle:
        handle.write("见效\t有效\tcurated: test\n")
    assert _bound(text, ("环磷酰胺",), "drug", load_quantity_resources(folder)) == [("约半数", None, "患者")]


@pytest.mark.parametrize(
    ("text", "heading", "rule"),
    [
        ("(2)咯血：经治疗后好转，发生率约15%～30%。", "咯血", "heading"),  # rule 9
        ("4.斜头畸形 又称偏头畸形，治疗后好转，约占4%。", "斜头畸形", "heading_item"),  # rule 9b
    ],
)
def test_not_of_the_heading_words_are_read_from_quantity_cues(tmp_path, text, heading, rule):
    """A ``not_of_the_heading`` word between a heading and a share makes it no frequency of the heading."""
    from pipeline.quantities import load_quantity_resources

    norm = normalize_text(text)
    (s,) = bind_frequencies(norm, mentions(norm, heading))
    assert (s.subject.text if s.subject else None, s.rule) == (heading, rule)  # 好转 is no such word
    more = load_quantity_resources(_cues_copy(tmp_path, "好转\tnot_of_the_heading\t\t\tcurated: test"))
    (s,) = bind_frequencies(norm, mentions(norm, heading), resources=more)
    assert (s.subject, s.rule) == (None, "")


def test_item_report_words_are_read_from_quantity_cues(tmp_path):
    """An ``item_report`` word closes who found a heading item's share before 其 (rule 9b)."""
    from pipeline.quantities import load_quantity_resources

    def bound(text, resources=None):
        norm = normalize_text(text)
        return [(s.subject.text if s.subject else None, s.rule)
                for s in bind_frequencies(norm, mentions(norm, "青光眼"), resources=resources)]

    assert bound("3.青光眼 可继发于本病，但摘除的眼球组织学检查发现其发生率高达45%。") == [("青光眼", "heading_item")]
    text = "3.青光眼 可继发于本病，但摘除的眼球组织学检查证实其发生率高达45%。"
    assert bound(text) == [(None, "")]  # 证实 is no item_report word
    more = load_quantity_resources(_cues_copy(tmp_path, "证实\titem_report\t\t\tcurated: test"))
    assert bound(text, more) == [("青光眼", "heading_item")]


@pytest.mark.parametrize(
    ("text", "terms", "row", "more_row"),
    [
        ("脑外伤伴癫痫发生率为20%。", ("脑外伤", "癫痫"), ("癫痫", ""), ("癫痫", "脑外伤")),  # 伴: a group_link
        ("胃溃疡兼十二指肠溃疡Hp检出率为70%。", ("胃溃疡", "十二指肠溃疡", "Hp"),
         ("Hp", "十二指肠溃疡"), ("Hp", "胃溃疡兼十二指肠溃疡")),  # 兼: a group_list word
    ],
)
def test_group_words_are_read_from_quantity_cues(tmp_path, text, terms, row, more_row):
    """The group of a measure with none before its subject is read with ``group_link`` and ``group_list`` rows."""
    from pipeline.quantities import load_quantity_resources

    norm = normalize_text(text)
    more = load_quantity_resources(_cues_copy(tmp_path, "伴\tgroup_link\t\t\tcurated: test", "兼\tgroup_list\t\t\tcurated: test"))
    for resources, expected in ((None, row), (more, more_row)):
        (s,) = bind_frequencies(norm, mentions(norm, *terms), resources=resources)
        assert (s.subject.text, s.population) == expected


def test_size_gap_words_are_read_from_quantity_cues(tmp_path):
    """A ``size_gap`` word may come between a ``size_before`` noun and the share that is then a size."""
    from pipeline.quantities import load_quantity_resources

    norm = normalize_text("视盘旁出血斑直径达1/3～1/2。")
    assert [s.quantity.text for s in bind_frequencies(norm, [])] == ["1/3~1/2"]  # 达 is no size_gap word
    more = load_quantity_resources(_cues_copy(tmp_path, "达\tsize_gap\t\t\tcurated: test"))
    assert bind_frequencies(norm, [], resources=more) == []


@pytest.mark.parametrize(
    ("text", "terms", "bound_to"),
    [
        # symptoms review of medical_8 (2026-12-05, rule B): a mention a cause word follows is a cause,
        # the frequency word a share of the causes, not of patients with it
        ("视盘水肿发生原因,大多为颅内压升高所致", ("颅内压升高",), []),  # 红细胞增多症视网膜病变
        ("其中半数以上由黏连引起", ("黏连",), []),  # 妊娠合并肠梗阻 (粘连, normalized)
        ("大多由尿酸盐结晶或结石等引起", ("结石",), []),  # 等 between
        ("全世界4000万盲人中,约有半数是白内障所致", ("白内障",), []),  # frequencies review of medical_3
        # a patient noun before it in its clause: the patients who have it
        ("部分患者视力障碍或癫痫发作造成生活不能自理", ("视力障碍", "癫痫发作"), ["视力障碍", "癫痫发作"]),
        # a verb of having right before it, or the group in 中 right before the word (code review of s10, D8)
        ("多数出现腹泻导致脱水", ("腹泻", "脱水"), ["腹泻", "脱水"]),
        ("常见的有口腔损害导致的小口畸形", ("口腔损害", "小口畸形"), ["小口畸形"]),  # xywy medical_12: what it causes
        ("胎动减少中约有半数是因胎儿宫内窘迫所致", ("胎儿宫内窘迫",), ["胎儿宫内窘迫"]),  # xywy medical_6
        # no cause word after it: untouched
        ("大多为颅内压升高,伴头痛", ("颅内压升高", "头痛"), ["颅内压升高"]),
    ],
)
def test_a_cause_takes_no_frequency_word(text, terms, bound_to):
    text = normalize_text(text)
    assert sorted(s.subject.text for s in bind_frequencies(text, mentions(text, *terms)) if s.subject) == sorted(bound_to)


def test_cause_words_are_read_from_quantity_cues(tmp_path):
    """``cause_after`` rows make a mention a cause (here 诱发, which the shipped file lacks)."""
    from pipeline.quantities import load_quantity_resources

    norm = normalize_text("大多为情绪激动诱发")
    assert [s.subject.text for s in bind_frequencies(norm, mentions(norm, "情绪激动"))] == ["情绪激动"]
    more = load_quantity_resources(_cues_copy(tmp_path, "诱发\tcause_after\t\t\tcurated: test"))
    assert [s.subject for s in bind_frequencies(norm, mentions(norm, "情绪激动"), resources=more)] == []

# --- a finding opening its clause and a share of it after 占 (frequencies review of medical_8, R4) ---


@pytest.mark.parametrize(
    ("text", "terms", "subject"),
    [
        ("睾丸肿痛最具特征性,约占男性患者的20%～40%。", ("睾丸肿痛",), "睾丸肿痛"),  # xywy 流行性腮腺炎
        ("不规则阴道出血是宫颈癌患者的主要临床症状,占80%～85%。", ("阴道出血", "宫颈癌"), "阴道出血"),
        # the whole of the same finding: the kind counted, written up to 占 (ETEC所致腹泻)
        ("ETEC所致腹泻占全部腹泻的20%。", ("腹泻",), "ETEC所致腹泻"),
        ("一般复数菌败血症约占败血症总数的5%。", ("败血症",), "复数菌败血症"),
        # not a clause opening with an anaphor
        ("此类型的面神经麻痹约占全部面神经麻痹的10%。", ("面神经麻痹",), None),
        # nor one opening with 其 (code review of s10, D7; xywy medical_6 胫腓骨骨折)
        ("胫腓骨骨折为人体最常见的长骨骨折之一,其骨折约占全身骨折的12%。", ("骨折",), None),
        ("上述腹泻约占全部腹泻的20%。", ("腹泻",), None),
    ],
)
def test_a_finding_opening_its_clause_is_what_its_share_after_zhan_counts(text, terms, subject):
    norm = normalize_text(text)
    found = []
    for term in terms:
        start = norm.find(term)
        while start >= 0:
            found.append(Entity(start, start + len(term), term, "symptom", term))
            start = norm.find(term, start + 1)
    (statement,) = [s for s in bind_frequencies(norm, found) if s.quantity.kind != "frequency_word"]
    assert (statement.subject.text if statement.subject else None) == subject


# --- the patient group written right before a share is its population (frequencies review of medical_8, R6) ---


@pytest.mark.parametrize(
    ("text", "terms", "population"),
    [
        ("欧美AIDS病人50%感染NTM。", ("感染",), "欧美AIDS病人"),  # not 感染
        ("先天性膈疝的婴儿50%～80%死于肺功能衰竭。", ("肺功能衰竭",), "先天性膈疝的婴儿"),
        ("据报道服用白消安的病人约有6%发生肺纤维化。", ("肺纤维化",), "服用白消安的病人"),  # who reported it is none
        # not a bare 者, which names a finding, nor the record's own patients, nor without a predicate
        ("本病患者30%有发热。", ("发热",), "患者"),
        ("这些病人30%有发热。", ("发热",), "病人"),
        ("高血压患者占45%。", ("高血压",), ""),
        # code review of s10 (D3): 有 opening a relative clause in 的 is the group's (not 有的病人, a quantifier);
        # a connective (因而, 所以) is none of it; a copula before it says what the group has
        ("有糖尿病的病人约30%出现视网膜病变。", ("视网膜病变",), "有糖尿病的病人"),
        ("有的病人30%出现视网膜病变。", ("视网膜病变",), "病人"),
        ("因而病人约30%出现视网膜病变。", ("视网膜病变",), "病人"),
        ("所以服用白消安的病人约有6%发生肺纤维化。", ("肺纤维化",), "服用白消安的病人"),
        ("自主神经功能障碍也是PD病人约30%出现的症状。", ("神经功能障碍",), "PD病人"),
        ("以腹痛为主的病人约30%出现呕吐。", ("腹痛", "呕吐"), "以腹痛为主的病人"),
        ("痛经为女性30%出现的症状。", (), "女性"),  # a bare group after the copula (痛经为女性常见病, medical_14)
    ],
)
def test_the_group_written_right_before_a_share_is_its_population(text, terms, population):
    norm = normalize_text(text)
    (statement,) = [s for s in bind_frequencies(norm, mentions(norm, *terms)) if s.quantity.kind != "frequency_word"]
    assert statement.population == population


# --- a share of the cases by sex is about no finding (frequencies review of medical_8, R1) ---


@pytest.mark.parametrize(
    ("text", "terms", "row"),
    [
        # xywy 副银屑病: the heading's disease is whose cases they are
        ("1.点滴型副银屑病:多见于儿童及青年,约2/3为男性,无明显自觉症状。", ("副银屑病",), (None, "where", "")),  # a symptom
        ("本病约60%的患者为男性。", (), (None, "where", "患者")),
        # a finding starting with the sex word is what the share counts
        ("约70%为女性化乳房。", ("女性化乳房",), ("女性化乳房", "forward", "")),
    ],
)
def test_a_share_of_the_cases_by_sex_is_about_no_finding(text, terms, row):
    norm = normalize_text(text)
    (statement,) = [s for s in bind_frequencies(norm, mentions(norm, *terms)) if s.quantity.kind != "frequency_word"]
    assert (statement.subject.text if statement.subject else None, statement.rule, statement.population) == row


@pytest.mark.parametrize(
    "text",
    [
        "流行病学:多见于青年,约2/3为男性。",
        "一、临床表现:多见于青年,约2/3为男性。",
        "1.点滴型副银屑病:多见于儿童及青年,约2/3为男性。",  # 副银屑病 a symptom here: no disease named
    ],
)
def test_a_heading_naming_no_disease_is_no_population_of_a_sex_share(text):
    """Code review of s10, D4: a section or topic label before a colon is no disease whose cases these are."""
    norm = normalize_text(text)
    (statement,) = [s for s in bind_frequencies(norm, mentions(norm, "副银屑病", "青年")) if s.quantity.kind != "frequency_word"]
    assert (statement.subject, statement.rule, statement.population) == (None, "where", "")


def test_a_heading_ending_in_a_disease_mention_is_the_population_of_a_sex_share():
    norm = normalize_text("1.点滴型副银屑病:多见于儿童及青年,约2/3为男性,无明显自觉症状。")
    found = [replace(e, label="disease") for e in mentions(norm, "副银屑病")]
    (statement,) = [s for s in bind_frequencies(norm, found) if s.quantity.kind != "frequency_word"]
    assert (statement.subject, statement.rule, statement.population) == (None, "where", "点滴型副银屑病")

# --- a drug is no finding a share counts, and its strength no frequency (frequencies review of medical_8, R7) ---


def drugs(text: str, *terms: str) -> list[Entity]:
    return [replace(e, label="drug") for e in mentions(text, *terms)]


def test_a_drug_given_in_a_treatment_whose_outcome_is_counted_is_no_subject():
    # xywy 血管炎: one statement, about no finding
    text = normalize_text("约半数患者经环磷酰胺和皮质激素治疗可能缓解。")
    statements = bind_frequencies(text, drugs(text, "环磷酰胺", "皮质激素"))
    assert [(s.subject, s.population) for s in statements] == [(None, "患者")]


# code review of s10: only the 经 of a treatment, not that of 神经 or 月经 (the bare "经" check is gone)
@pytest.mark.parametrize(
    ("text", "terms", "subjects"),
    [
        ("约半数患者经环磷酰胺和皮质激素治疗可能缓解。", ("环磷酰胺", "皮质激素"), [None]),
        ("约半数患者经静脉环磷酰胺治疗可缓解。", ("环磷酰胺",), [None]),
        ("约30%的患者神经损害与长春新碱治疗有关而难以缓解。", ("长春新碱",), ["长春新碱"]),
    ],
)
def test_only_the_jing_of_a_treatment_makes_a_drug_given(text, terms, subjects):
    norm = normalize_text(text)
    assert [s.subject and s.subject.text for s in bind_frequencies(norm, drugs(norm, *terms))] == subjects


def test_a_drug_a_share_is_allergic_to_stays_the_subject():
    text = normalize_text("约30%的患者对阿司匹林过敏。")
    (statement,) = bind_frequencies(text, drugs(text, "阿司匹林"))
    assert statement.subject.text == "阿司匹林"


@pytest.mark.parametrize("text", ["海水含氯化钠19.3%左右。", "维A酸乳膏或软膏(0.025%～0.1%)外用。"])
def test_a_strength_after_held_or_a_dosage_form_is_no_frequency(text):
    norm = normalize_text(text)
    assert bind_frequencies(norm, drugs(norm, "氯化钠", "维A酸")) == []


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("胸段发生硬脊膜脓肿者约占病人总数的50%。", ("硬脊膜脓肿",)),  # a share by site
    ],
)
def test_no_finding_opening_a_share_after_zhan_when_cut_from_its_site_or_placed(text, terms):
    norm = normalize_text(text)
    assert all(s.subject is None for s in bind_frequencies(norm, mentions(norm, *terms)) if s.quantity.kind != "frequency_word")


# --- frequencies review of medical_4 (2026-12-05) --------------------------------------------


@pytest.mark.parametrize(
    "text, term, rows",
    [
        # proposal 1: a group word, a link and a number closing its clause go on with the statement before
        ("国内外报道婴幼儿急性阑尾炎的误诊率35%～50%，新生儿达90%以上。", "急性阑尾炎",
         [("急性阑尾炎", "误诊率", "婴幼儿"), ("急性阑尾炎", "误诊率", "新生儿")]),
        ("国外报道小儿空肠弯曲菌肠炎血便占60%～90%，国内报道占3%～10%，可能由于菌株不同。", "血便",
         [("血便", "", ""), ("血便", "", "国内")]),
        ("其年发病率为0.43‰～0.69‰，15岁以上为0.30‰～1.20‰(Babigian,1975)。", "",
         [(None, "发病率", ""), (None, "发病率", "15岁以上")]),
        ("驼背或瘫痪的女性为22.2%，男性为7%，这种性别差别。", "瘫痪", [("瘫痪", "", ""), ("瘫痪", "", "男性")]),
        # not a group holding a mention, nor a clause going on past its number
        ("瘫痪的女性为22.2%，男性瘫痪为7%。", "瘫痪", [("瘫痪", "", ""), ("瘫痪", "", "")]),
        ("瘫痪的女性为22.2%，男性有7%出现骨折。", "瘫痪", [("瘫痪", "", ""), (None, "", "男性")]),
    ],
)
def test_a_clause_of_a_group_word_going_on_repeats_the_statement_before(text, term, rows):
    text = normalize_text(text)
    entities = [Entity(e.start, e.end, e.text, "symptom", e.text) for e in mentions(text, term)] if term else []
    statements = [s for s in bind_frequencies(text, entities) if s.quantity.kind != "frequency_word"]
    assert [(s.subject.text if s.subject else None, s.measure, s.population) for s in statements] == rows


@pytest.mark.parametrize(
    "text",
    ["用20%漂白粉或10%石灰乳消毒。", "皮肤涂擦15%邻苯二甲酸丁二酯。", "剂型为2.5%乳油。", "用10%福马林固定。",
     "置于含10% CO2的环境中培养。", "用0.1%升汞水浸泡。", "对25%山梨酸呈阳性反应。"],
)
def test_a_strength_of_a_solution_the_dictionaries_lack_is_no_frequency(text):
    # proposal 2 of the review of medical_4: 酯 ends a chemical; 乳油, 石灰乳, 福马林, CO2 are forms; 山梨酸 a substance
    assert bind_frequencies(normalize_text(text), []) == []


def test_a_share_of_patients_with_a_disease_in_zhi_stays():
    text = normalize_text("约20%患者有胆脂瘤。")  # not 脂: a disease, no chemical
    (s,) = bind_frequencies(text, [Entity(e.start, e.end, e.text, "disease", e.text) for e in mentions(text, "胆脂瘤")])
    assert s.subject.text == "胆脂瘤"


@pytest.mark.parametrize(
    "text",
    [
        "肺包虫病占人体包虫病的14.81%，男多于女(约2：1)，儿童占25%～30%。",  # the number before is not in the clause before
        "亦有部分病例表现为肾炎，成人占20%，儿童仅5%。",  # a frequency word before
    ],
)
def test_a_group_word_going_on_needs_a_number_right_before(text):
    text = normalize_text(text)
    entities = [Entity(e.start, e.end, e.text, "disease", e.text) for e in mentions(text, "肺包虫病", "肾炎")]
    going_on = [s for s in bind_frequencies(text, entities) if s.quantity.text.startswith(("25", "5%"))]
    assert all(s.subject is None for s in going_on)


def test_a_chemical_name_holds_no_verb_in_zai():
    text = normalize_text("这种突变几乎总是(98%)发生在同一核苷酸(第1138号)。")
    assert len(bind_frequencies(text, [])) == 1  # no strength of a 核苷酸


@pytest.mark.parametrize(
    "text, term, history",
    [
        ("12%～55%病例有银屑病家族史。", "银屑病", "银屑病家族史"),
        ("25%以上的股疝病人有腹股沟疝修补手术史。", "腹股沟疝", "腹股沟疝修补手术史"),
        ("约50%的患者有个人或家庭变态反应史。", "变态反应", "变态反应史"),
        ("50%SCID有阳性家族史。", "SCID", None),  # 有 between: the subject is what they have
        ("约50%的患者有发热。", "发热", None),
    ],
)
def test_a_history_after_the_subject_is_what_the_share_counts(text, term, history):
    # proposal 5 of the review of medical_4: the subject's history word, not the finding itself
    text = normalize_text(text)
    (s,) = bind_frequencies(text, [Entity(e.start, e.end, e.text, "disease", e.text) for e in mentions(text, term)])
    assert (text[s.subject.start : s.history_end] if s.history_end else None) == history


@pytest.mark.parametrize(
    "text, measures",
    [
        # proposal 4 of the review of medical_4: an efficacy or a protection, no share of patients with a finding
        ("疗效多在75%左右。", ["有效率"]),
        ("其预防感染的效果小儿可达97%，成人中可达93%。", ["有效率", "有效率"]),
        ("每周口服25mg组的预防效果为32%，200mg组为86%。", ["有效率", "有效率"]),
        ("治疗10例，60%有明显效果。", ["有效率"]),
        ("使95%左右的患者咽试子培养阴转。", ["有效率"]),
        ("可获得100%的保护作用。", ["保护率"]),
        ("防护效果比较可靠：95%的患者无不适。", [""]),  # not across a colon
        ("约30%的患者有发热。", [""]),
    ],
)
def test_an_efficacy_is_measured_as_one(text, measures):
    text = normalize_text(text)
    assert [s.measure for s in bind_frequencies(text, []) if s.quantity.kind != "frequency_word"] == measures


@pytest.mark.parametrize(
    "text, subjects",
    [
        # proposal 3 of the review of medical_4: a drug counts a share only when it is taken or resisted
        ("显示对四环素耐药率达71.1%～83.6%，氯霉素33.9%～35.8%。", ["四环素", "氯霉素"]),
        ("34%有服氯霉素病史。", ["氯霉素"]),
        ("胺碘酮的有效率达40%～50%。", ["胺碘酮"]),  # a measure of the drug
        ("可待因毒性为吗啡的1/4。", [None]),
        ("可待因的镇痛作用为吗啡的1/4。", [None]),  # code review of fa5429b..075a798, 4: the 用 of 作用 takes no drug
        ("皮试液浓度为青霉素500u/ml，普鲁卡因0.25%。", []),  # a strength
    ],
)
def test_a_drug_is_a_shares_subject_only_when_taken_or_resisted(text, subjects):
    text = normalize_text(text)
    entities = [Entity(e.start, e.end, e.text, "drug", e.text) for e in mentions(text, "四环素", "氯霉素", "胺碘酮", "吗啡", "普鲁卡因")]
    assert [s.subject.text if s.subject else None for s in bind_frequencies(text, entities)] == subjects


@pytest.mark.parametrize(
    "text, rule", [("易感者接触患者后约90%发病。", "record"), ("一级亲属约50%发病，", "record"), ("约30%发病率较高。", "")]
)
def test_a_share_falling_ill_alone_counts_the_records_disease(text, rule):
    # the review of medical_4, class 2: nothing after 发病 but its clause's end
    (s,) = bind_frequencies(normalize_text(text), [])
    assert (s.subject, s.rule) == (None, rule)


# --- the words around a measure's group, a whole after 占 and an arm are rows (s12 refactor: moved from the code) ---


@pytest.mark.parametrize(
    ("text", "term", "row", "before", "after"),
    [
        # a conclusion word opening the group is no part of it (故|本病患者消化性溃疡发生率)
        ("于是本病患者皮损发生率为10%。", "皮损", "于是\tgroup_conclusion", "于是本病患者", "本病患者"),
        # a group in 者 naming none of its own (前者, 后者)
        ("余者皮损发生率为90%。", "皮损", "余者\tzhe_not_a_group", "余者", ""),
        # an arm of a study before its number, unless a case series or the others (其他组为60%)
        ("发热者中，某组为40%。", "发热", "某\tnot_an_arm_opening", "某组", "发热者"),
    ],
)
def test_the_words_around_a_measures_group_and_an_arm_are_rows(tmp_path, text, term, row, before, after):
    from pipeline.quantities import load_quantity_resources

    assert [s[2] for s in _bound(text, (term,))] == [before]
    more = load_quantity_resources(_cues_copy(tmp_path, f"{row}\t\t\tcurated: test"))
    assert [s[2] for s in _bound(text, (term,), resources=more)] == [after]


@pytest.mark.parametrize(
    ("text", "row", "before"),
    [
        ("约占脑出血的将近10%", "将近\twhole_link", False),  # 占X的|约|10%: a link word between
        ("所占总数的10%", "总数\tnot_a_whole_after", True),  # 占位, 所占比例: no whole
        ("占大半30%", "大半\tnot_a_bare_whole", True),  # 占首位, 占绝大多数: no whole
        ("占将近30%", "将\tnot_a_bare_whole_opening", True),  # 占约10%, 占到了46.1%: a hedge or a verb's rest
    ],
)
def test_the_words_of_a_whole_after_zhan_are_rows(tmp_path, text, row, before):
    from pipeline.quantities import load_quantity_resources, share_of_a_whole_before

    at = next(i for i, c in enumerate(text) if c.isdigit())
    assert share_of_a_whole_before(text, 0, at) is before
    more = load_quantity_resources(_cues_copy(tmp_path, f"{row}\t\t\tcurated: test"))
    assert share_of_a_whole_before(text, 0, at, more) is not before


@pytest.mark.parametrize(
    ("text", "term", "row", "before", "after"),
    [
        # who reported closes the group going on, no part of it (国内报道|占3%～10%)
        ("国外报道小儿空肠弯曲菌肠炎血便占60%～90%，国内调查占3%～10%。", "血便", "调查\tgoing_on_report",
         [("血便", ""), (None, "")], [("血便", ""), ("血便", "国内")]),
        # a word opening it that names another part (其中, 前者): no group going on
        ("驼背或瘫痪的女性为22.2%，另外男性为7%。", "瘫痪", "另外\tgoing_on_other_part",
         [("瘫痪", ""), ("瘫痪", "另外男性")], [("瘫痪", ""), (None, "")]),
    ],
)
def test_the_words_around_a_group_going_on_are_rows(tmp_path, text, term, row, before, after):
    from pipeline.quantities import load_quantity_resources

    def read(resources=None):
        norm = normalize_text(text)
        entities = [Entity(e.start, e.end, e.text, "symptom", e.text) for e in mentions(norm, term)]
        return [(s.subject.text if s.subject else None, s.population)
                for s in bind_frequencies(norm, entities, resources=resources) if s.quantity.kind != "frequency_word"]

    assert read() == before
    assert read(load_quantity_resources(_cues_copy(tmp_path, f"{row}\t\t\tcurated: test"))) == after


def test_a_subgroup_in_qizhong_going_on_keeps_the_finding():
    # medical_15:69 (下肢放射痛：80%以上病例出现此症，其中后型者可达95%以上): 其中 opens the subgroup the share is of,
    # not another part (code review of fa5429b..075a798, 8: _THE_ONE_OR_OTHER is not going_on_other_part)
    text = "发热的发生率为80%，其中后型者可达95%。"
    entities = [Entity(e.start, e.end, e.text, "disease", e.text) for e in mentions(text, "发热")]
    assert [s.subject.text if s.subject else None for s in bind_frequencies(text, entities)] == ["发热", "发热"]


def test_clause_start_reads_each_text_and_set_of_marks_apart():
    """The mark positions behind ``_clause_start`` are remembered per text and set of marks: another
    text of the same length, or another set of marks, must not get the first one's answer."""
    from pipeline.quantities.binding import _clause_start, _sentence_start

    first, second = "发热,头痛。皮疹常见", "发热头痛,皮疹。常见"
    assert _clause_start(first, 8) == 6 and _sentence_start(first, 8) == 6
    assert _clause_start(second, 8) == 8 and _sentence_start(second, 8) == 8
    assert _clause_start(second, 6) == 5 and _sentence_start(second, 6) == 0
    assert _clause_start(first, 0) == 0 and _clause_start(first, 3) == 3  # a mark right before pos opens its clause
    assert _clause_start("发热(约30%", 5, ",;:。!?\n(") == 3


def test_an_already_normalized_text_binds_the_same():
    """``normalized=True`` (the pipeline's section text) skips normalizing again: same statements."""
    text = "皮肤增厚（８１％），约半数病人有发热"
    norm = normalize_text(text)
    entities = mentions(norm, "皮肤增厚", "发热")
    expected = bind_frequencies(norm, entities)
    assert expected and bind_frequencies(norm, entities, normalized=True) == expected


# --- frequencies fix F (2026-12-06): ages going on, subgroups in 其中 --------------------------


@pytest.mark.parametrize("text, populations", [
    # 阿尔茨海默病 (medical_1:192, shortened): the rate goes on by age, with no link word
    ("60～64岁患病率约1%，70～74岁约4%，75～79岁约8%。", ["", "70~74岁", "75~79岁"]),
    # 先天性风疹 (medical_0:171): the month of pregnancy at infection
    ("胎儿先天性风疹综合征发生率可高达50%，第2个月30%，第3个月20%。", ["", "第2个月", "第3个月"]),
])
def test_an_age_going_on_takes_the_measure_and_subject_before(text, populations):
    norm = normalize_text(text)
    statements = bind_frequencies(norm, mentions(norm, "先天性风疹综合征"))
    assert [s.population for s in statements] == populations
    assert len({(s.subject.text if s.subject else None, s.measure, s.rule) for s in statements}) == 1


def test_an_age_going_on_needs_a_subject_or_the_record_before():
    # 呼吸道合胞病毒肺炎 (medical_0:41): 脐带血阳性率93%,出生至1个月为89% — of what, the text does not say
    norm = normalize_text("脐带血阳性率93%，出生至1个月为89%。")
    assert [(s.measure, s.population) for s in bind_frequencies(norm, [])] == [("阳性率", ""), ("", "")]


def test_an_age_after_a_share_by_place_is_no_rate_going_on():
    # 涎腺混合瘤 (medical_1:385): a share of the cases by place, then by age
    norm = normalize_text("涎腺混合瘤80%以上发生在腮腺，1～3岁10.7%。")
    gland = Entity(norm.find("腮腺"), norm.find("腮腺") + 2, "腮腺", "body", "腮腺")
    assert [(s.rule, s.population) for s in bind_frequencies(norm, [gland])] == [("where", ""), ("", "")]


@pytest.mark.parametrize("text, finding, population", [
    # 多发性内分泌肿瘤综合征Ⅰ型 (medical_1:312)
    ("胰岛细胞瘤占病人30%～75%，其中约40%肿瘤来自β细胞。", "胰岛细胞瘤", "胰岛细胞瘤"),
    ("肝硬化患者，71%有显性糖尿病，其中60%为胰岛素依赖型。", "显性糖尿病", "显性糖尿病"),
])
def test_a_share_opening_with_qizhong_counts_those_with_the_finding_before(text, finding, population):
    norm = normalize_text(text)
    last = bind_frequencies(norm, mentions(norm, finding))[-1]
    assert (last.subject, last.population) == (None, population)


def test_qizhong_after_the_record_disease_names_no_population():
    # 心脏肿瘤 (medical_*): 原发性心脏肿瘤…发病率0.002%～0.3%,其中25%为恶性肿瘤 — the record's own patients
    norm = normalize_text("本病发病率0.002%～0.3%，其中25%为恶性。")
    assert [s.population for s in bind_frequencies(norm, [])] == ["", ""]


def test_a_metastasis_rate_with_no_subject_is_the_record_diseases():
    # 原发性肝癌 (medical_1:82): 合并肝硬化患者易发生转移，转移率达84%
    norm = normalize_text("合并肝硬化患者易发生转移，转移率达84%。")
    assert [(s.measure, s.rule) for s in bind_frequencies(norm, [])] == [("转移率", "record")]


@pytest.mark.parametrize("text", [
    "外用避光剂：如5%对氨基苯甲酸乳剂或酊剂。",  # 日光皮炎 (medical_10:474)
    "在哺乳后局部涂敷10%复方安息香酸酊。",  # 乳头破裂 (medical_*, shortened)
    "常用产品有1%敌鼠粉剂。",  # 敌鼠中毒
])
def test_a_strength_before_a_long_name_and_its_dosage_form_is_no_frequency(text):
    assert bind_frequencies(normalize_text(text), []) == []


def test_a_share_of_patients_before_a_dosage_form_stays():
    assert [s.pct_reported for s in bind_frequencies(normalize_text("约30%患者需长期外用糖皮质激素软膏。"), [])] == [30]


def test_qizhong_after_a_body_part_names_no_population():
    # 特发性嗜酸性粒细胞增多综合征 (medical_11:202): 心脏 (受累) names no one the half is of
    norm = normalize_text("约80%的患者心脏受累，其中半数有心力衰竭。")
    heart = Entity(norm.find("心脏"), norm.find("心脏") + 2, "心脏", "body", "心脏")
    failure = mentions(norm, "心力衰竭")
    assert all(s.population != "心脏" for s in bind_frequencies(norm, [heart, *failure]))


@pytest.mark.parametrize("text, finding", [
    ("Osler结的发生率已由过去50%下降至10%～20%。", "Osler结"),  # 感染性心内膜炎 (medical_*, shortened)
    ("皮下肝素疗法使手术后深静脉血栓形成的发病率由25%降至7%。", "深静脉血栓形成"),  # 肺栓塞
])
def test_the_level_a_share_changed_to_is_the_same_findings(text, finding):
    norm = normalize_text(text)
    before, after = bind_frequencies(norm, mentions(norm, finding))
    assert after.subject is not None and (after.subject.text, after.measure, after.rule) == (
        before.subject.text, before.measure, before.rule)


def test_a_change_not_from_a_share_before_takes_nothing():
    norm = normalize_text("头痛见于30%的患者，血压可降至50%以下。")
    assert bind_frequencies(norm, mentions(norm, "头痛"))[-1].subject is None


def test_a_change_from_a_rate_of_nothing_named_takes_nothing():
    # 胸部丝虫病 (medical_13:138): 微丝蚴的阳性率从治疗前的10%降至1% — of what, no mention says
    norm = normalize_text("微丝蚴的阳性率从治疗前的10%降至1%。")
    assert [s.measure for s in bind_frequencies(norm, [])] == ["阳性率", ""]


# --- rule subtype: the share of a type or stage of a disease (frequencies review s18, class 1) -------------------


def _subtypes(text: str, *diseases: str, record_disease: str = "某病") -> list[tuple[str, str, str, str]]:
    """(number, rule, subtype, subtype_of) of each number's statement with no subject."""
    norm = normalize_text(text)
    entities = [Entity(e.start, e.end, e.text, "disease", e.text) for e in mentions(norm, *diseases)]
    return [(norm[s.quantity.start : s.quantity.end], s.rule, s.subtype, s.subtype_of)
            for s in bind_frequencies(norm, entities, record_disease=record_disease)
            if s.subject is None and s.quantity.kind != "frequency_word"]


@pytest.mark.parametrize(
    ("text", "diseases", "expected"),
    [
        # a type heading a list item, the share after its colon (medical_11, 肠套叠): the disease divided into types
        ("常见原发性肠套叠按其发生部位分为4型：①回结型：占85%；②回回结型：占10%。", ("原发性肠套叠",),
         [("85%", "subtype", "回结型", "原发性肠套叠"), ("10%", "subtype", "回回结型", "原发性肠套叠")]),
        # further in the heading's text (medical_13), after a heading anaphor and how common (medical_1)
        ("Ⅱ型：又称全身型，全身各种细胞都缺乏b5R的活性，约占10%。", (), [("约占10%", "subtype", "Ⅱ型", "")]),
        ("3.Ⅲ型： 食管上段为盲管，下段与气管相通，此型最多见，占85%～90%或以上。", (),
         [("85%~90%或以上", "subtype", "Ⅲ型", "")]),
        ("②普通段型，最多见，病变自肛门向上达乙状结肠远端，约占75%。", (), [("约占75%", "subtype", "普通段型", "")]),
        # a type before its share in the clause or the one before (medical_0; medical_0, 完全性肺静脉异位回流)
        ("主动脉瓣上狭窄病变以局限型较为多见，约占90%。", (), [("约占90%", "subtype", "局限型", "")]),
        ("将完全性肺静脉异位回流分成四型：①心上型占55%，肺静脉在左心房后方汇合。", ("完全性肺静脉异位回流",),
         [("55%", "subtype", "心上型", "完全性肺静脉异位回流")]),
        ("2.膨胀型(约占22%)：肿瘤边界清楚。", (), [("(约占22%)", "subtype", "膨胀型", "")]),
        ("以上各型中常见型占75%左右，全结肠型占3%～5%。", (),
         [("75%左右", "subtype", "常见型", ""), ("3%~5%", "subtype", "全结肠型", "")]),
        # brackets right after the type close the share; the first disease of the dividing sentence (medical_10)
        ("(4)畸胎瘤：是生殖细胞瘤中最常见的，可分为成熟型(99%)与不成熟型(1%)。", ("畸胎瘤", "生殖细胞瘤"),
         [("(99%)", "subtype", "成熟型", "畸胎瘤"), ("(1%)", "subtype", "不成熟型", "畸胎瘤")]),
        # a Latin name opening the type, types listed, stages joined (medical_12, medical_0, medical_1, medical_0)
        ("CMTⅠA型最常见(56%～60%)，由PMP-22基因突变所致。", (), [("(56%~60%)", "subtype", "CMTⅠA型", "")]),
        ("④Ebstein畸形型约占6%，右心房与右心室间形成闭锁的三尖瓣。", (), [("约占6%", "subtype", "Ebstein畸形型", "")]),
        ("因此，混合型和脊髓型约占临床病例的80%。", (), [("80%", "subtype", "混合型和脊髓型", "")]),
        ("Dukes A+B期占71.4%。", (), [("71.4%", "subtype", "A+B期", "")]),
        ("在筛出的病例中Dukes’A和B期占71.4%。", (), [("71.4%", "subtype", "Dukes’A和B期", "")]),
        # 其中 and a list marker are no part of the type (medical_2, medical_13)
        ("肱骨髁上骨折约占肘部骨折的30%～40%，其中伸直型占90%左右。", (), [("30%~40%", "", "", ""), ("90%左右", "subtype", "伸直型", "")]),
        ("⑷残毁性关节炎型：占5%，为严重关节破坏型。", (), [("5%", "subtype", "残毁性关节炎型", "")]),
        # the disease the whole after 占 names is the one the type is of (medical_11, 外阴黑色素瘤)
        ("(3)雀斑型：覆盖面积大，该型占外阴黑色素瘤的0%～10%。", ("外阴黑色素瘤",),
         [("0%~10%", "subtype", "雀斑型", "外阴黑色素瘤")]),
        # a stage after the share (medical_10, medical_12)
        ("诊断时60%属Ⅰ期病变，偶为双侧病变。", (), [("60%", "subtype", "Ⅰ期", "")]),
        # not a measure listed by stage, nor a finding's share going on in a type (medical_1, medical_3)
        ("治疗后三年生存率分别为Ⅰ期88.2%，Ⅱ期60.0%。", (), [("88.2%", "", "", ""), ("60.0%", "", "", "")]),
        ("小柳型的脑膜刺激症状较轻;原田型可高达90%。", (), [("90%", "", "", "")]),
        ("肿瘤处于T1期时头晕发生率为86%，T2和T3期为65%～66%。", (), [("86%", "", "", ""), ("65%~66%", "", "", "")]),
        # not a share inside a type, nor a word in 型 naming no type (medical_15, medical_2, medical_1)
        ("散发性50%阳性，产后型80%阳性。", (), [("50%", "", "", ""), ("80%", "", "", "")]),
        ("(4)完全脊柱裂型：此型常可发现，其中90%的病例并无症状。", (), [("90%", "forward", "", "")]),
        ("O型血多见，占患儿的44.23%。", (), [("44.23%", "", "", "")]),
        ("此型病例占所有胆囊病变患者的2%～10%。", (), [("2%~10%", "", "", "")]),
    ],
)
def test_a_share_of_a_type_or_stage_names_the_type(text, diseases, expected):
    assert _subtypes(text, *diseases) == expected


def test_a_share_with_a_subject_or_a_measure_keeps_it():
    # never re-bound: a finding the share counts, a measure of the type (a measure, no share of the cases)
    text = "Ⅱ型：约30%出现发热，病死率约10%。"
    statements = bind_frequencies(text, mentions(text, "发热"))
    assert [(s.subject.text if s.subject else None, s.measure, s.subtype) for s in statements] == [
        ("发热", "", ""), (None, "病死率", "")]


@pytest.mark.parametrize(
    ("row", "text", "before", "after"),
    [
        ("心上型\tnot_a_subtype", "心上型占55%。", "心上型", ""),  # 此型, 核型: no type
        ("偶见\tsubtype_common", "Ⅱ型偶见，约占5%。", "", "Ⅱ型"),  # how common, between a type and its share
        ("处于\tsubtype_copula", "约60%处于Ⅰ期。", "", "Ⅰ期"),  # 属, 为: the type after the share
        ("改变\tsubtype_after", "约60%属Ⅰ期改变。", "", "Ⅰ期"),  # 病变: closing the clause after the type
    ],
)
def test_the_words_of_a_subtype_are_rows(tmp_path, row, text, before, after):
    from pipeline.quantities import load_quantity_resources

    def read(resources=None):
        return [s.subtype for s in bind_frequencies(text, [], resources=resources) if s.quantity.kind != "frequency_word"]

    assert read() == [before]
    assert read(load_quantity_resources(_cues_copy(tmp_path, f"{row}\t\t\tcurated: test"))) == [after]


def test_a_verb_dividing_another_disease_into_types_is_a_row(tmp_path):
    from pipeline.quantities import load_quantity_resources

    text = "常见肠套叠可归为4型：①回结型：占85%。"
    entities = [Entity(2, 5, "肠套叠", "disease", "肠套叠")]
    more = load_quantity_resources(_cues_copy(tmp_path, "归为\tsubtype_divided\t\t\tcurated: test"))
    assert [s.subtype_of for s in bind_frequencies(text, entities) if s.subtype] == [""]
    assert [s.subtype_of for s in bind_frequencies(text, entities, resources=more) if s.subtype] == ["肠套叠"]


@pytest.mark.parametrize(
    ("heading", "text", "expected"),
    [
        # the first line of a text going on from a numbered heading item naming a type (medical_12 脊髓灰质炎)
        ("2.顿挫型", "约占全部感染者的4%～8%，临床上表现为发热。", [("subtype", "顿挫型")]),
        ("4.瘫痪型", "本型只占全部感染者的1%～2%，其特征为肢体瘫痪。", [("subtype", "瘫痪型")]),
        # not a finding's share there, nor a heading naming no type
        ("1、急性型", "病程多为自限性，80%以上可自行缓解。", [("", "")]),
        ("2.临床分型", "约占全部病例的40%。", [("", "")]),
        ("1、胃肠炎型", "约占沙门菌病的70%。在沙门菌性食物中毒中，鼠伤寒沙门菌占首位，为30%左右。", [("subtype", "胃肠炎型"), ("", "")]),
        ("1、胃肠炎型", "约占沙门菌病的70%，在沙门菌性食物中毒中，鼠伤寒沙门菌占首位，为30%左右。", [("subtype", "胃肠炎型"), ("", "")]),
    ],
)
def test_a_share_going_on_from_a_type_heading_item_is_the_types(heading, text, expected):
    statements = bind_frequencies(text, [], heading_item=heading, after_heading_item=True)
    assert [(s.rule, s.subtype) for s in statements if s.quantity.kind != "frequency_word"] == expected


@pytest.mark.parametrize(
    "text, reported, population",
    [
        ("据研究有家族史者发病率高达28%。", "据研究有家族史者", "有家族史者"),  # a group (xywy: 据观察有家族史者)
        ("治疗组有效率为80%，研究对照组仅20%。", "研究对照组", "对照组"),  # an arm of a study (xywy: 而对照组仅20%)
    ],
)
def test_a_report_lead_row_opens_a_group_or_an_arm_as_no_part_of_it(tmp_path, text, reported, population):
    """Who reported a group or an arm opening it (``report_lead`` rows: 报道, 观察; moved from binding.py, s20)."""
    from pipeline.quantities import load_quantity_resources

    norm = normalize_text(text)
    assert bind_frequencies(norm, [])[-1].population == reported  # 研究 is no row
    more = load_quantity_resources(_cues_copy(tmp_path, "研究\treport_lead\t\t\tcurated: test"))
    assert bind_frequencies(norm, [], resources=more)[-1].population == population


def test_a_misspelt_quantity_cue_role_is_refused(tmp_path):
    from pipeline.errors import DictionaryError
    from pipeline.quantities import load_quantity_resources

    with pytest.raises(DictionaryError) as err:
        load_quantity_resources(_cues_copy(tmp_path, "研究\treport_leads\t\t\tcurated: test"))
    assert err.value.code == "E027"


@pytest.mark.parametrize(
    "text, row, mentions, without, with_row",
    [
        # moved from binding.py (s21); each shipped word (in the comment) swapped for one that is no row
        ("据分析病人约30%有发热。", "分析\tgroup_report", [], "分析病人", "病人"),  # 据统计|病人约30%
        ("发热的发生率在成人为60%,往往为90%。", "往往\tno_group_opening", [], "往往", ""),  # 有时|可高达45%
        ("发热的发生率在成人为60%,国内资料为18.9%。", "资料\tno_group_word", [], "国内资料", ""),  # 国内王氏报道为18.9%
        ("记录30例病人中,10%有发热。", "记录\treported_count", [], "记录30例病人", "30例病人"),  # 报道322名…患者中
        ("国外专家介绍的病人中,10%有发热。", "专家\treporter", [], "国外专家介绍的病人", "病人"),  # 有作者报道…
        ("国外学者描述的30例病人中,10%有发热。", "描述\treporter_verb", [], "国外学者描述的30例病人", "30例病人"),  # Catz报告…
        ("据普查城市居民中,10%有发热。", "普查\treported_finding", [], "据普查城市居民", "城市居民"),  # 据调查…
        ("Miller等总结变异型心绞痛病人有上述表现者42%猝死。", "总结\treport_before_group", [("变异型心绞痛", "disease")],
         "Miller等总结变异型心绞痛病人有上述表现者", "变异型心绞痛病人有上述表现者"),  # Miller等报道…
        ("一项综述表明咳嗽2周的153例成人中有12%发热。", "综述\tstudy_source", [],  # 一项研究表明…
         "一项综述表明咳嗽2周的153例成人", "咳嗽2周的153例成人"),
        ("一项研究揭示咳嗽2周的153例成人中有12%发热。", "揭示\tstudy_showed", [],  # 一项研究表明…
         "一项研究揭示咳嗽2周的153例成人", "咳嗽2周的153例成人"),
    ],
)
def test_a_moved_report_or_no_group_row_takes_effect(tmp_path, text, row, mentions, without, with_row):
    """Who reported a group is no part of it, nor is a hedge or a report opening a clause going on a group (rows of
    quantity_cues.tsv moved from binding.py, s21): a user's word does what the shipped ones do."""
    from pipeline.quantities import load_quantity_resources

    norm = normalize_text(text)
    entities = [Entity(norm.index(t), norm.index(t) + len(t), t, label, t) for t, label in mentions]
    assert bind_frequencies(norm, entities)[-1].population == without
    more = load_quantity_resources(_cues_copy(tmp_path, f"{row}\t\t\tcurated: test"))
    assert bind_frequencies(norm, entities, resources=more)[-1].population == with_row


def test_a_judged_report_row_lets_the_number_after_it_take_the_judged_measure(tmp_path):
    """病死率较高，有人报告为29%～52%: the number after a report is the judged measure's (``judged_report``, moved from
    binding.py, s21); 记载 is no row."""
    from pipeline.quantities import load_quantity_resources

    norm = normalize_text("病死率较高,有人记载为29%～52%。")
    assert [(s.measure, s.rule) for s in bind_frequencies(norm, [])] == [("", "")]
    more = load_quantity_resources(_cues_copy(tmp_path, "记载\tjudged_report\t\t\tcurated: test"))
    assert [(s.measure, s.rule) for s in bind_frequencies(norm, [], resources=more)] == [("病死率", "record")]


def test_a_seen_there_row_makes_the_finding_after_a_site_what_a_share_counts(tmp_path):
    """80%病人肺部可见结节样阴影, 眼底检查可见…: the finding, not the site or the examination (``seen_there``, moved from
    binding.py, s21); 发觉 is no row."""
    from pipeline.quantities import load_quantity_resources

    norm = normalize_text("35%病人胸片检查可发觉肺炎。")  # xywy: 35%病人胸片检查可示肺炎
    entities = [Entity(5, 9, "胸片检查", "procedure", "胸片检查"), Entity(12, 14, "肺炎", "disease", "肺炎")]
    assert [s.subject.text for s in bind_frequencies(norm, entities)] == ["胸片检查"]
    more = load_quantity_resources(_cues_copy(tmp_path, "发觉\tseen_there\t\t\tcurated: test"))
    assert [s.subject.text for s in bind_frequencies(norm, entities, resources=more)] == ["肺炎"]


def test_a_degree_adverb_row_may_come_between_a_kind_and_a_frequency_word(tmp_path):
    """本病是一种较为少见的肿瘤: what kind of disease, not how often (``degree_adverb``, moved from patterns.py, s21);
    颇为 is no row."""
    from pipeline.quantities import find_quantities, load_quantity_resources

    text = "本病是一种颇为少见的肿瘤"
    assert [q.text for q in find_quantities(text) if q.kind == "frequency_word"] == ["少见"]
    more = load_quantity_resources(_cues_copy(tmp_path, "颇为\tdegree_adverb\t\t\tcurated: test"))
    assert [q.text for q in find_quantities(text, more) if q.kind == "frequency_word"] == []


def test_an_in_whom_row_keeps_qi_from_pointing_back_to_the_mention_after_it(tmp_path):
    """呼吸暂停多见于早产儿,其发病率…: 其 points past in whom the finding is seen (``in_whom``, moved from binding.py,
    s21); 出现于 is no row."""
    from pipeline.quantities import load_quantity_resources

    text = "呼吸暂停多出现于早产儿,其发病率可高达50%～60%。"
    entities = mentions(text, "呼吸暂停", "早产儿")
    assert [s.subject.text for s in bind_frequencies(text, entities) if s.subject] == ["早产儿"]
    more = load_quantity_resources(_cues_copy(tmp_path, "出现于\tin_whom\t\t\tcurated: test"))
    assert [s.subject.text for s in bind_frequencies(text, entities, resources=more) if s.subject] == []


@pytest.mark.parametrize(
    "text, row, mentions, without, with_row",
    [
        # moved from binding.py (s22); each shipped word (in the comment) swapped for one that is no row;
        # a statement as (subject, rule, population, subtype_of)
        ("现今普通人群中,10%有发热。", "现今\tamong_opening_lead", [("发热", "symptom")],  # 目前|全世界4000万盲人中
         [("发热", "forward", "现今普通人群", "")], [("发热", "forward", "普通人群", "")]),
        ("浅表蔓延型约占全体皮肤黑色素瘤的70%。", "全体\twhole_opening", [("皮肤黑色素瘤", "disease")],  # 占全部…
         [(None, "subtype", "全体皮肤黑色素瘤", "")], [(None, "subtype", "全体皮肤黑色素瘤", "皮肤黑色素瘤")]),
        ("急性心肌梗死兼有心房扑动者占5%。", "兼有\tcomplicated_by",  # 急性心肌梗死合并心房扑动者
         [("急性心肌梗死", "disease"), ("心房扑动", "symptom")],
         [("心房扑动", "rate", "", "")], [("心房扑动", "rate", "急性心肌梗死", "")]),
        ("(2)兼有青光眼:常见于老年人,估计发病率占10%～15%。", "兼有\tcomplicated_by", [("青光眼", "disease")],  # (2)合并青光眼:
         [(None, "record", "", "")], [("青光眼", "heading", "", "")]),
        ("部分患者可有低热,盗汗等全身反应。", "反应\tlist_closing_noun", [("低热", "symptom"), ("盗汗", "symptom")],  # 等全身症状
         [("低热", "word", "患者", "")], [("低热", "word", "患者", ""), ("盗汗", "word", "患者", "")]),
        ("不规则阴道出血是宫颈癌患者的主要临床特点,占80%～85%。", "特点\tshare_class_noun",  # …主要临床症状,占…
         [("阴道出血", "symptom"), ("宫颈癌", "disease")], [(None, "", "", "")], [("阴道出血", "previous", "", "")]),
        ("1.疼痛:是老年人最常见的主诉,约占70%。", "主诉\theading_class_noun", [("疼痛", "symptom")],  # 是最常见的症状,
         [("疼痛", "heading_item", "", "")], [("疼痛", "heading", "", "")]),
        ("咯血是本病最常见的特点,约占80%。", "特点\tdefining_noun", [("咯血", "symptom")],  # 咯血是本病最常见的症状
         [("咯血", "word", "", ""), (None, "", "", "")], [("咯血", "word", "", ""), ("咯血", "previous", "", "")]),
        ("最常见的细菌种类为大肠埃希菌。", "种类\tranked_kind_noun",  # 最常见的出血症状为鼻出血
         [("细菌", "microbe"), ("大肠埃希菌", "microbe")],
         [("细菌", "word", "", ""), ("大肠埃希菌", "word", "", "")], [("大肠埃希菌", "word", "", "")]),
        ("头痛极多,约占78%。", "极\thow_common_adverb", [("头痛", "symptom")],  # 头痛最多
         [(None, "", "", "")], [("头痛", "previous", "", "")]),
        ("头痛最普遍,约占78%。", "普遍\thow_common", [("头痛", "symptom")],  # 头痛最多
         [(None, "", "", "")], [("头痛", "previous", "", "")]),
        ("以头痛为首,约占78%。", "为首\thow_common_main", [("头痛", "symptom")],  # 以革兰阴性杆菌为主
         [(None, "", "", "")], [("头痛", "previous", "", "")]),
        ("4.斜头畸形 又称偏头畸形,其发生率不一,偶尔高达29.3%。", "偶尔\titem_hedge",  # 有的高达29.3%
         [("斜头畸形", "disease"), ("偏头畸形", "disease")], [(None, "", "", "")], [("斜头畸形", "heading_item", "", "")]),
        ("此种肌瘤最多见,占60%。", "此种\ttype_word", [("肌瘤", "disease")],  # 此类肌瘤最多见
         [("肌瘤", "word", "", ""), ("肌瘤", "previous", "", "")], [("肌瘤", "word", "", ""), (None, "", "", "")]),
        ("复发率在手术之际为10%。", "之际\ttime_ending", [],  # 复发率在术后为10%
         [(None, "record", "手术之际", "")], [(None, "record", "", "")]),
    ],
)
def test_a_moved_finding_or_group_row_takes_effect(tmp_path, text, row, mentions, without, with_row):
    """Words around a finding, a group or a whole that steer which finding a number counts (rows of quantity_cues.tsv
    moved from binding.py, s22): a user's word does what the shipped ones do."""
    from pipeline.quantities import load_quantity_resources

    def read(resources=None):
        return [(s.subject.text if s.subject else None, s.rule, s.population, s.subtype_of)
                for s in bind_frequencies(norm, entities, resources=resources)]

    norm = normalize_text(text)
    entities = sorted((Entity(norm.index(t), norm.index(t) + len(t), t, label, t) for t, label in mentions),
                      key=lambda e: e.start)
    assert read() == without
    assert read(load_quantity_resources(_cues_copy(tmp_path, f"{row}\t\t\tcurated: test"))) == with_row
