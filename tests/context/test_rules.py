"""The cue and heading tables load, and a bad row is reported with file:line."""

from __future__ import annotations

import pytest

from pipeline.context import load_context_rules, load_heading_rules
from pipeline.errors import DictionaryError


def test_shipped_cue_table_has_every_category_and_the_required_cues():
    rules = load_context_rules()
    by_cue = {(r.cue, r.category) for r in rules}
    for cue in ("无", "未", "未见", "不", "非", "没有", "否认", "不伴", "缺乏", "不出现", "无明显"):
        assert (cue, "negated") in by_cue
    for cue in ("很少", "少见", "罕见", "偶见", "不常见", "较少", "少数"):
        assert (cue, "rare") in by_cue
    for cue in ("可能", "疑似", "或许", "尚不清楚", "可疑"):
        assert (cue, "possible") in by_cue
    for cue in ("正常", "多正常", "无异常", "未见异常"):
        assert (cue, "normal") in by_cue
    for cue in ("但", "而", "然而", "但是", "却"):
        assert (cue, "terminate") in by_cue
    for cue in ("并非罕见", "不少见", "不仅", "无论", "无力", "不适"):
        assert (cue, "pseudo") in by_cue
    assert load_heading_rules()


def test_unknown_category_names_file_and_line(tmp_path):
    path = tmp_path / "rules.tsv"
    path.write_text("# comment\ncue\tcategory\tdirection\tsource\n无\tnegative\tforward\tcurated\n",
                    encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        load_context_rules(path)
    assert err.value.code == "E027" and ":3:" in str(err.value)


def test_a_relation_cue_that_is_not_backward_is_refused(tmp_path):
    # a relation word follows what it relates (Y的原因): a forward row would be silently unused
    path = tmp_path / "rules.tsv"
    path.write_text("cue\tcategory\tdirection\tsource\n原因\trelation\tforward\tcurated\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        load_context_rules(path)
    assert err.value.code == "E020" and ":2:" in str(err.value) and "backward" in str(err.value)


@pytest.mark.parametrize("category", ["condition", "consequence"])
def test_a_condition_or_consequence_word_that_is_not_forward_is_refused(tmp_path, category):
    # both stand before what they judge (若出现发热，则…)
    path = tmp_path / "rules.tsv"
    path.write_text(f"cue\tcategory\tdirection\tsource\n若\t{category}\tboth\tcurated\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        load_context_rules(path)
    assert err.value.code == "E020" and ":2:" in str(err.value) and "forward" in str(err.value)


def test_an_attribute_word_that_is_not_forward_is_refused(tmp_path):
    # an attribute word stands after a negation, before a 的 (无典型的心绞痛)
    path = tmp_path / "rules.tsv"
    path.write_text("cue\tcategory\tdirection\tsource\n典型\tattribute\tboth\tcurated\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        load_context_rules(path)
    assert err.value.code == "E020" and ":2:" in str(err.value) and "forward" in str(err.value)



def test_the_words_read_around_a_predicate_and_a_patient_group_are_shipped():
    """The words context/assertion.py reads around a predicate (本病多为鳞癌, 本病属结核之一), a patient group after a
    condition (如有视野缺损的病人) and a head after 的 (出现肠梗阻的机会较少) are rows, moved from the code (code review of s11)."""
    by_cue = {(r.cue, r.category, r.direction) for r in load_context_rules()}
    expected = {
        ("多", "predicate_adverb", "forward"), ("大多数", "predicate_adverb", "forward"),
        ("是", "predicate_copula", "forward"), ("属于", "predicate_copula", "forward"), ("为", "predicate_copula", "forward"),
        ("一种", "predicate_kind", "forward"), ("之一", "predicate_end", "backward"), ("一个变异", "predicate_end", "backward"),
        ("感染", "not_predicated", "both"), ("合并", "having", "forward"), ("机会", "not_a_head", "backward"),
    }
    assert expected <= by_cue


def test_the_nouns_closing_a_list_and_a_manifestation_are_shipped():
    """The nouns context/assertion.py reads after a comma list (乏力等全身症状, 等上呼吸道感染) and after the record's
    disease (心脏扩大是AIDS心脏受累的重要表现) are rows, moved from the code (code review of s11)."""
    by_cue = {(r.cue, r.category, r.direction) for r in load_context_rules()}
    assert {("症状", "list_noun", "backward"), ("畸形", "list_noun", "backward"), ("感染", "noun_occurrence", "both"),
            ("表现", "manifestation_noun", "backward"), ("征象", "manifestation_noun", "backward")} <= by_cue


@pytest.mark.parametrize(
    ("category", "direction", "expected"),
    [
        ("predicate_adverb", "backward", "forward"),
        ("predicate_copula", "both", "forward"),
        ("predicate_kind", "backward", "forward"),
        ("having", "both", "forward"),
        ("predicate_end", "forward", "backward"),
        ("not_a_head", "forward", "backward"),
        ("not_predicated", "forward", "both"),
        ("list_noun", "forward", "backward"),
        ("manifestation_noun", "both", "backward"),
        ("noun_occurrence", "forward", "both"),
        # the words moved out of assertion.py (refactor of 2026-12-05)
        ("risk_opening", "backward", "forward"), ("own_copula", "both", "forward"), ("risk_degree", "forward", "backward"),
        ("risk_dated", "both", "backward"), ("not_own_copula", "forward", "both"), ("not_a_cause_list", "backward", "forward"),
        ("not_comes_with_after", "forward", "backward"),
    ],
)
def test_a_word_read_around_a_predicate_in_the_wrong_direction_is_refused(tmp_path, category, direction, expected):
    # each is read on one side of what it is about: a row written for the other would be silently unused
    path = tmp_path / "rules.tsv"
    path.write_text(f"cue\tcategory\tdirection\tsource\n是\tpossible\tforward\tcurated\n之一\t{category}\t{direction}\tcurated\n",
                    encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        load_context_rules(path)
    assert err.value.code == "E020" and ":3:" in str(err.value) and expected in str(err.value)


def test_bad_max_scope(tmp_path):
    path = tmp_path / "rules.tsv"
    path.write_text("cue\tcategory\tdirection\tsource\tmax_scope\n非\tnegated\tforward\tcurated\tfew\n",
                    encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        load_context_rules(path)
    assert err.value.code == "E161"


def test_a_cue_written_twice_for_the_same_category_and_direction_names_both_lines(tmp_path):
    path = tmp_path / "rules.tsv"
    path.write_text("cue\tcategory\tdirection\tsource\n可能\tpossible\tforward\tcurated\n"
                    "可能\tpossible\tbackward\tcurated\n可能\tpossible\tforward\tcurated\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        load_context_rules(path)
    assert err.value.code == "E023" and ":4:" in str(err.value) and "line 2" in str(err.value)


def test_unknown_heading_kind(tmp_path):
    path = tmp_path / "headings.tsv"
    path.write_text("heading\tkind\twhere\tsource\n鉴别诊断\tdiff\ttext\tcurated\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        load_heading_rules(path)
    assert err.value.code == "E027"


def test_the_shipped_lesion_heads_load_and_a_one_character_head_is_refused(tmp_path):
    from pipeline.context.rules import load_disease_heads

    assert {"骨折", "动脉瘤"} <= load_disease_heads()
    path = tmp_path / "disease_heads.tsv"
    path.write_text("head\tsource\n骨折\tcurated\n瘘\tcurated\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        load_disease_heads(path)
    assert err.value.code == "E020" and ":3:" in str(err.value)


def test_the_words_around_a_lowered_risk_and_an_own_copula_are_shipped():
    """The words context/assertion.py reads around a lowered risk (减少患肾癌的几率, 降低SMI发作频率, 减少肺炎发生后的
    死亡) and around the copula of a clause on the record's disease (心脏扩大是…表现; not 认为) are rows, moved from
    the code (s12 refactor)."""
    by_cue = {(r.cue, r.category, r.direction) for r in load_context_rules()}
    assert {("患", "risk_opening", "forward"), ("频率", "risk_degree", "backward"), ("以后", "risk_dated", "backward"),
            ("系", "own_copula", "forward"), ("认为", "not_own_copula", "both")} <= by_cue


def test_the_words_after_a_cause_list_and_a_comes_with_disease_are_shipped():
    """因素有关, 原因有三 open no list; 发生于疤痕部位, 继发于…的血液浓缩 name no disease the record's comes with:
    ``not_a_cause_list`` and ``not_comes_with_after`` rows, moved from the code (s12 refactor)."""
    by_cue = {(r.cue, r.category, r.direction) for r in load_context_rules()}
    assert {("关", "not_a_cause_list", "forward"), ("以下", "not_a_cause_list", "forward"),
            ("部位", "not_comes_with_after", "backward"), ("的", "not_comes_with_after", "backward")} <= by_cue
