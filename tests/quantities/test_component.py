"""Quantities and frequency binding inside the spaCy pipeline (rules: test_patterns/test_binding)."""

import pytest

import pipeline
from pipeline.language import load
from tests.helpers import MINI_DICTIONARIES


@pytest.fixture(scope="module")
def nlp():
    return load(MINI_DICTIONARIES)


@pytest.fixture(scope="module")
def shipped_nlp():
    return load()


def test_quantities_are_spans_with_parsed_values(nlp):
    doc = nlp("呈弥漫性色素沉着(93%)，浆细胞轻度增多(2%～5%)，7/13例(54%)检测到HHV-8。")
    found = [(s.text, s.label_, s._.quantity.value, s._.quantity.low, s._.quantity.high) for s in doc.spans["quantities"]]
    assert found == [
        ("(93%)", "percent", 93.0, None, None),
        ("(2%～5%)", "percent_range", None, 2.0, 5.0),
        ("7/13例(54%)", "fraction", 54.0, None, None),
    ]


def test_frequencies_are_bound_to_the_mention_they_follow(nlp):
    doc = nlp("并有皮肤增厚、坏死和多毛(81%)。")
    [statement] = doc._.frequencies
    assert (statement.subject.text, statement.pct_reported) == ("多毛", 81.0)


def test_quantity_spans_keep_entity_spans_intact(nlp):
    # the quantity tokens are split out of jieba words; entity spans must survive that
    doc = nlp("水肿较多见，色素沉着(93%)")
    assert [s.text for s in doc.spans["medical"]] == ["水肿", "色素沉着"]


@pytest.mark.parametrize(
    "text, lab_value",
    [
        ("骨髓中浆细胞比例<5%。", ("浆细胞比例", 5.0, "<")),
        ("糖化血红蛋白>6.5%可诊断糖尿病。", ("糖化血红蛋白", 6.5, ">")),
        ("血氧饱和度降至85%。", ("血氧饱和度", 85.0, "")),
    ],
)
def test_a_measured_percentage_is_a_lab_value_not_a_frequency(shipped_nlp, text, lab_value):
    doc = shipped_nlp(text)
    assert doc._.frequencies == []
    assert [(f.test.text, f.value_low, f.comparator) for f in doc._.labs] == [lab_value]


def test_a_share_of_patients_with_a_lab_result_stays_a_frequency(shipped_nlp):
    doc = shipped_nlp("血白细胞正常或低于正常者达38.7%，M蛋白(75%)。")
    assert [(f.subject.text, f.pct_reported) for f in doc._.frequencies] == [("白细胞", 38.7), ("M蛋白", 75.0)]


def test_a_share_of_patients_with_a_cell_count_finding_is_a_frequency_in_both_tables(shipped_nlp):
    doc = shipped_nlp("白细胞减少(40%)，血小板减少(30%)。")
    assert [(f.subject.text, f.pct_reported) for f in doc._.frequencies] == [("白细胞减少", 40.0), ("血小板减少", 30.0)]
    assert [(f.test.text, f.value_low, f.freq_pct) for f in doc._.labs] == [("白细胞", None, 40.0), ("血小板", None, 30.0)]


def test_a_part_word_right_before_a_finding_is_no_frequency_of_it(shipped_nlp):
    doc = shipped_nlp("肿块部分钙化，部分患者有发热。")
    assert [(f.subject.text, f.qualifier) for f in doc._.frequencies] == [("发热", "部分")]



def test_misprinted_numbers_give_frequency_rows_that_quote_the_text_as_printed():
    text = "男性占1。9%,其中尚有l0%～30%的病例,发病率 11. 11%,消瘦(3l%)。"
    rows = pipeline.run([{"name": "痛风", "流行病学": text}])["frequencies"]
    rows = rows.astype(object).where(rows.notna(), None)
    assert [text[start:end] for start, end in zip(rows["start"], rows["end"])] == rows["quantity"].tolist()
    assert rows[["quantity", "pct_reported", "pct_low", "pct_high"]].values.tolist() == [
        ["1。9%", 1.9, None, None],
        ["l0%～30%", None, 10.0, 30.0],
        ["11. 11%", 11.11, None, None],
        ["(3l%)", 31.0, None, None],
    ]
    assert rows.loc[rows["quantity"] == "(3l%)", "subject_text"].tolist() == ["消瘦"]


def test_a_share_before_or_after_a_body_part_with_a_size_or_shape_head_is_a_frequency_of_the_finding(shipped_nlp):
    # frequencies review of medical_8 (R5): the subject was empty (左房 alone is a body part)
    doc = shipped_nlp("左房扩大10%～40%，12.8%有指甲凹陷。")
    assert [(f.subject.text, f.pct_low, f.pct_high) for f in doc._.frequencies][:1] == [("左房扩大", 10.0, 40.0)]
    assert ("指甲凹陷", 12.8) in [(f.subject.text, f.pct_reported) for f in doc._.frequencies]


def test_a_section_with_only_doses_binds_nothing_and_the_next_one_still_binds(nlp):
    """The frequencies stage skips a text whose quantities are no frequencies (a dose, a duration) without reading
    its mentions; the next text, with a share, is bound as before."""
    doc = nlp("水肿者口服5mg，3天后复查。")
    assert [q.kind for q in doc._.quantities] == ["number", "number"] and doc._.frequencies == []
    doc = nlp("水肿较多见，色素沉着(93%)")
    assert [(f.subject.text, f.pct_reported) for f in doc._.frequencies if f.pct_reported] == [("色素沉着", 93.0)]
