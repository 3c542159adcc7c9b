"""find_subsections / find_items / section_kind on run-in headings of encyclopedia text."""

from __future__ import annotations

from pipeline.context import find_items, find_subsections, section_kind


def test_run_in_headings_of_the_seed_diagnosis_section():
    # POEMS综合征 seed, 诊断/诊断 (shortened)
    text = ("POEMS综合征的检查化验1.血清学检查 血中M蛋白阳性可达75%左右。"
            "POEMS综合征的鉴别诊断需注意与下列疾病鉴别:①多发性骨髓瘤,本病的首发症状是骨部疼痛。")
    subs = find_subsections(text)
    assert [(s.heading, s.kind) for s in subs] == [
        ("POEMS综合征的检查化验", "examination"), ("POEMS综合征的鉴别诊断", "differential")]
    assert subs[0].start == 0 and subs[0].end == subs[1].start == text.index("POEMS综合征的鉴别")
    assert subs[1].end == len(text)


def test_enumerated_headings_and_treatment_headings():
    # POEMS综合征 seed, 发病机制/病因 and 预防/描述 (shortened)
    text = "(一)发病原因本病病因不清。(二)发病机制发病机制不清。"
    assert [(s.heading, s.kind) for s in find_subsections(text)] == [
        ("(一)发病原因", "cause"), ("(二)发病机制", "mechanism")]
    text = "POEMS综合征的中医治疗中医认为此病因体虚汗出,中医治疗宜和营解肌。POEMS综合征的西医治疗目前尚无特殊治疗方法。"
    assert [s.kind for s in find_subsections(text)] == ["treatment_tcm", "treatment_western"]


def test_heading_words_inside_a_clause_are_not_headings():
    assert find_subsections("本病需要与多种疾病作鉴别诊断,中医治疗宜和营解肌") == []


def test_a_heading_starts_at_its_words_after_blanks_and_line_breaks():
    text = "  鉴别诊断需与结核鉴别。\n\n  (二)发病机制不清;病因不明"
    assert [(s.start, s.heading, s.kind) for s in find_subsections(text)] == [
        (2, "鉴别诊断", "differential"), (text.index("(二)"), "(二)发病机制", "mechanism"),
        (text.index("病因"), "病因", "cause")]


def test_items_use_one_marker_style_and_skip_decimals():
    text = "鉴别:①多发性骨髓瘤,(1)骨痛;(2)贫血。②结缔组织病,IgG 0.2g"
    items = find_items(text)
    assert [i.marker for i in items] == ["①", "②"]
    assert text[items[0].body_start:items[0].end] == "多发性骨髓瘤,(1)骨痛;(2)贫血。"
    assert find_items("剂量0.2g,IL-1.5") == []
    assert [i.marker for i in find_items("化验1.血清学检查 2.血液")] == ["1.", "2."]


def test_section_kind_from_the_json_path():
    assert section_kind("发病机制/病因") == "cause"
    assert section_kind("cause_info") == "cause"
    assert section_kind("诊断/鉴别诊断") == "differential"
    assert section_kind("诊断/症状") == ""


def test_no_heading_words_to_look_for_finds_no_headings():
    assert find_subsections("发热。咳嗽", only=("no_such_kind",)) == []


def test_heading_words_before_a_comma_are_a_sentence_not_a_heading():
    # xywy medical_0–3: 173 heading words followed by a comma, none a heading (review 2026-12-03)
    assert find_subsections("Howard和Jorden根据囊肿形成的病因,将胰腺囊肿分为三类。") == []
    assert find_subsections("发热。贫血是最常见的临床表现,80%患者有贫血。") == []
    assert [s.heading for s in find_subsections("病因,目前不明。(二)发病机制 不清。")] == ["(二)发病机制"]
    assert [s.heading for s in find_subsections("POEMS综合征的鉴别诊断需注意与下列疾病鉴别")] == ["POEMS综合征的鉴别诊断"]
