"""Adverbs of how often (常有, 常伴有, 往往, 多有) and 有的/有些 + a patient noun as frequency words,
and the guards around them (xywy review 2026-12-04, frequency adverbs)."""

from __future__ import annotations

import pytest

from pipeline.normalize import normalize_text
from pipeline.quantities import bind_frequencies, find_quantities

from .test_binding import mentions


def qualifiers(text: str, *terms: str) -> dict[str, str]:
    text = normalize_text(text)
    return {s.subject.text: s.qualifier for s in bind_frequencies(text, mentions(text, *terms)) if s.subject}


def words(text: str) -> list[str]:
    return [q.qualifier for q in find_quantities(normalize_text(text)) if q.kind == "frequency_word"]


@pytest.mark.parametrize(("text", "word"), [
    ("患者常有低热，盗汗", "常有"),
    ("大量蛋白尿，常伴有血尿", "常伴有"),
    ("常伴意识障碍", "常伴"),
    ("往往伴尿急", "往往"),
    ("对有中毒性休克者，多有呼吸急促", "多有"),
    ("有的病人面部潮红", "有的病人"),
    ("有些患者可有全腹痛", "有些患者"),
    ("一些病人常常出现感觉过敏", "一些病人"),  # symptoms review of medical_6, 2026-12-04 evening
    ("许多患者有头痛", "许多患者"),
    ("患者常常伴有发热", "常伴有"),  # 常常 is no word; its second 常 opens 常伴有
])
def test_the_words(text, word):
    assert word in words(text)


def test_comma_list_takes_the_adverb():
    assert qualifiers("患者常有低热，盗汗", "低热", "盗汗") == {"低热": "常有", "盗汗": "常有"}


@pytest.mark.parametrize("closing", ["", "等", "等症状", "等全身症状", "等消化道症状"])
def test_the_list_closed_by_a_noun_of_findings_takes_the_adverb(closing):
    # symptoms review of medical_6 (2026-12-04 evening): 常有发热，寒战等全身症状 left 寒战 out
    text = f"常有发热，寒战{closing}。"
    assert qualifiers(text, "发热", "寒战") == {"发热": "常有", "寒战": "常有"}


def test_a_list_closed_by_other_words_does_not_take_the_adverb():
    assert qualifiers("常有发热，寒战等加重的诱因。", "发热", "寒战") == {"发热": "常有"}


@pytest.mark.parametrize("text", [
    "心电图异常伴有心悸",  # 异常|伴有
    "功能异常可出现头痛",
    "心律失常有时发作",
    "白细胞增多有时伴发热",  # 增多|有
    "月经过多有时是唯一症状",
    "与遗传因素常有关。",  # 常|有关 (written with what follows it)
    "与血小板破坏增多有关",
    "几乎所有的患者都有发热",  # 所有|的患者: all, not some
    "通常为良性",  # 通常: left out
    "通常伴有发热",  # …and its 常 opens no 常伴有
    "应经常复查",  # 经常: left out
    "经常饮酒",
    "进食常可缓解疼痛",  # 常可: left out
    "多为良性",
    "常见于儿童",
    "故出血症状并非常见",  # 非常|见: not common
    "至少有四方面精神障碍",  # 至少|有: at least (symptoms review of medical_10, 2026-12-05)
    "不少有关蛋白尿的报道",  # 不少|有关: many reports
])
def test_no_word_there(text):
    assert not set(words(text)) & {"常有", "常伴有", "常伴", "常出现", "常表现为", "往往", "多有", "多伴有",
                                   "有的患者", "有的病人", "常见", "通常", "经常", "常可", "常常", "少有"}


@pytest.mark.parametrize(("text", "term", "word"), [
    # symptoms review of medical_10 (2026-12-05): rare cues that were no frequency words
    ("本病少有幻觉", "幻觉", "少有"),
    ("少部分患者有上睑下垂", "上睑下垂", "少部分"),
    ("极少部分病例出现恶变", "恶变", "极少部分"),
    ("个别可带脓血", "脓血", "个别可"),
    ("个别有发热等全身症状", "发热", "个别有"),
    ("Paget骨痛偶为剧痛", "剧痛", "偶为"),
    ("偶因癌瘤坏死", "坏死", "偶因"),
])
def test_a_rare_word_says_how_often(text, term, word):
    assert qualifiers(text, term) == {term: word}


@pytest.mark.parametrize(("text", "term", "word"), [
    # symptoms review of medical_5 (2026-12-05): 有时 with a verb of occurring says sometimes
    ("又很快发生昏迷，有时出现痉挛", "痉挛", "有时出现"),
    ("有时可伴有关节积液", "关节积液", "有时可伴有"),
])
def test_sometimes_with_a_verb_of_occurring_says_how_often(text, term, word):
    assert qualifiers(text, term) == {term: word}


def test_sometimes_alone_is_no_frequency_word():
    assert "有时" not in words("有时心前区疼痛可很轻微")


def test_a_word_right_after_an_adverb_says_how_often():
    assert qualifiers("皮肤病变通常少见", "皮肤病变") == {"皮肤病变": "少见"}
    assert qualifiers("皮疹往往较多见", "皮疹") == {"皮疹": "较多见"}


def test_the_word_counting_the_patients_wins():
    assert qualifiers("部分患者常有低热", "低热") == {"低热": "部分"}
    assert qualifiers("多数病人往往有头痛", "头痛") == {"头痛": "多数"}


def test_an_adverb_binds_forward_only():
    # the mention before it is the topic that has what follows
    assert qualifiers("鼻中隔穿孔也常有鼻衄症状", "鼻中隔穿孔", "鼻衄") == {"鼻衄": "常有"}


def test_more_common_is_still_a_word():
    assert "多见" in words("硬化型炎性假瘤伴疼痛更多见")
    assert "常见" in words("心律失常常见")


@pytest.mark.parametrize(("text", "term", "word"), [
    ("偶有关节痛", "关节痛", "偶有"),  # code review: 有关 (related to) is written with what follows it
    ("常有关节肿胀", "关节肿胀", "常有"),
    ("多有关闭不全", "关闭不全", "多有"),
    ("往往常伴有发热", "发热", "常伴有"),  # no 往常 across 往往|常伴有
])
def test_a_word_across_is_only_the_word_as_written(text, term, word):
    assert qualifiers(text, term) == {term: word}


def test_an_adverb_gives_way_only_to_a_word_counting_the_patients():
    # code review: 少见 later in the clause is about 皮疹, not about how often 发热 is
    assert qualifiers("患者常有发热及少见的皮疹", "发热", "皮疹") == {"发热": "常有", "皮疹": "少见"}
    assert qualifiers("部分患者常有发热", "发热") == {"发热": "部分"}
