"""Loader tests of ``pipeline/clinical/vocabulary.py``: roles read from the dictionary files change the behaviour."""

from __future__ import annotations

import shutil

import pytest

from pipeline.clinical.labs import extract_labs
from pipeline.clinical.vocabulary import WORD_ROLES, load_clinical_vocabulary
from pipeline.context import assign_context
from pipeline.entity import Entity
from pipeline.errors import DictionaryError
from pipeline.resources import DEFAULT_DICTIONARY_DIR

from .conftest import analyse


def _copy_with(tmp_path, name: str, *rows: str):
    """A copy of the dictionaries with ``rows`` added to ``name`` (a folder of its own: loaders cache per folder)."""
    folder = tmp_path / f"d{len(list(tmp_path.iterdir()))}"
    shutil.copytree(DEFAULT_DICTIONARY_DIR, folder)
    with (folder / name).open("a", encoding="utf-8") as handle:
        handle.writelines(f"{row}\n" for row in rows)
    return folder


def _values(text: str, vocabulary=None) -> list[tuple]:
    norm, entities, quantities, assertions = analyse(text)
    return [(f.test.text, f.value_low) for f in extract_labs(norm, entities, quantities, assertions, vocabulary=vocabulary)]


def test_cell_life_words_and_cell_free_specimens_are_read_from_the_files(tmp_path):
    """``cell_life`` rows of lab_findings.tsv name a cell subject's test, by their ``measure`` (存活期 → 寿命); ``cells``
    no in specimens.tsv marks a specimen never carried to a cell subject (moved from labs.py, code review of s11)."""
    voc = load_clinical_vocabulary()
    assert voc.cell_life == {
        "寿命": "寿命", "存活期": "寿命", "活力": "活力", "形态": "形态", "存活时间": "寿命", "生存时间": "寿命", "系": "系",
    }
    assert voc.cell_free == {"血清", "血浆"}
    more = load_clinical_vocabulary(_copy_with(tmp_path, "lab_findings.tsv", "生存期\tcell_life\t\tcurated: test\t寿命"))
    assert more.cell_life["生存期"] == "寿命" and more.cell_life_pattern.match("的生存期缩短")["what"] == "生存期"


def _labs_specimens(text: str, vocabulary=None) -> dict[str, str]:
    norm, entities, quantities, assertions = analyse(text)
    return {f.test.text: f.specimen for f in extract_labs(norm, entities, quantities, assertions, vocabulary=vocabulary)}


def test_a_fluid_carried_from_a_test_named_after_it_is_read_from_specimens_tsv(tmp_path):
    """``carry`` named in specimens.tsv: a test named after the fluid (脑脊液蛋白) passes it on to the next test;
    ``carry`` own: a test whose name opens with the word keeps its own (脑脊液压力升高，血沉加快; moved from
    labs._FLUIDS_NAMED_CARRY and labs._BLOOD_OR_URINE)."""
    voc = load_clinical_vocabulary()
    assert voc.carried_fluids == {"脑脊液", "胸水", "腹水", "关节液"} and voc.own_specimen_words == ("血", "尿")
    folder = _copy_with(tmp_path, "specimens.tsv")
    path = folder / "specimens.tsv"
    path.write_text(path.read_text(encoding="utf-8").replace("血清\t血清\tyes\tcurated\tno\n", "血清\t血清\tyes\tcurated\tno\tnamed\n"), encoding="utf-8")
    assert _labs_specimens("血清白蛋白降低，胆固醇升高。")["胆固醇"] == ""
    assert _labs_specimens("血清白蛋白降低，胆固醇升高。", load_clinical_vocabulary(folder))["胆固醇"] == "血清"
    own = load_clinical_vocabulary(_copy_with(tmp_path, "specimens.tsv", "淀粉酶\t-\t\tcurated: a user's row\t\town"))
    assert _labs_specimens("脑脊液压力升高，淀粉酶升高。")["淀粉酶"] == "脑脊液"
    assert _labs_specimens("脑脊液压力升高，淀粉酶升高。", own)["淀粉酶"] == ""
    with pytest.raises(DictionaryError) as error:
        load_clinical_vocabulary(_copy_with(tmp_path, "specimens.tsv", "胃液\t胃液\t\tcurated: a user's row\t\tcarried"))
    assert error.value.code == "E027" and "specimens.tsv" in str(error.value)


def test_closing_after_words_are_results_only_where_their_clause_ends(tmp_path):
    """``closing_after`` rows of lab_findings.tsv (高) are result words only before a clause mark, 、, 及, 和, 或, 而
    or 者 (labs review of medical_7, 2026-12-06)."""
    voc = load_clinical_vocabulary()
    assert voc.findings["高"] == "up" and voc.finding_pattern.match("高，") and not voc.finding_pattern.match("高峰")
    more = load_clinical_vocabulary(_copy_with(tmp_path, "lab_findings.tsv", "少\tclosing_after\tdown\tcurated: test"))
    assert more.finding_pattern.match("少者") and not more.finding_pattern.match("少数")


def test_change_fillers_are_read_from_lab_findings(tmp_path):
    """``change_filler`` words of lab_findings.tsv may come between a change verb and the size of the change."""
    assert _values("可致血胆固醇增高大约0.52mmol/l。") == [("胆固醇", None)]  # 大约: a change_filler
    assert _values("可致血胆固醇增高达0.52mmol/l。") == [("胆固醇", 0.52)]  # 达 is none: the level reached
    more = load_clinical_vocabulary(_copy_with(tmp_path, "lab_findings.tsv", "达\tchange_filler\t\tcurated: test"))
    assert _values("可致血胆固醇增高达0.52mmol/l。", more) == [("胆固醇", None)]


def _therapies(text: str, vocabulary=None) -> list[str]:
    from pipeline.clinical.therapies import extract_therapies

    norm, entities, quantities, assertions = analyse(text)
    return [t.therapy.text for t in extract_therapies(norm, entities, quantities, assertions, vocabulary,
                                                      about_treatment=True)]


def test_not_holds_words_are_read_from_therapy_cues(tmp_path):
    """A ``holds`` word (含) opening a ``not_holds`` one of therapy_cues.tsv opens no phrase of a vehicle's."""
    text = "用含新霉素100mg/L的生理盐水冲洗。"
    assert _therapies(text) == ["新霉素"]  # 含…的生理盐水: the vehicle, no row
    more = load_clinical_vocabulary(_copy_with(tmp_path, "therapy_cues.tsv", "含新\tnot_holds\tcurated: test"))
    assert _therapies(text, more) == ["新霉素", "生理盐水"]


def test_the_patients_a_therapy_names_are_the_patient_nouns_of_quantity_cues(tmp_path):
    """``treated_group`` (and ``patient_group``, ``exposed_group``) hold the patient nouns of quantity_cues.tsv, the one
    list of them (code review of s11): 放疗和化疗的患者，… names the patients the advice is for, no treatment."""
    assert _therapies("放疗和化疗的患者，一般不宜进食凉食。") == []
    assert _therapies("放疗和化疗的病号，一般不宜进食凉食。") == ["放疗", "化疗"]  # 病号 is no patient noun
    more = load_clinical_vocabulary(_copy_with(tmp_path, "quantity_cues.tsv", "病号\tpatient_noun\t\t\tcurated: test"))
    assert _therapies("放疗和化疗的病号，一般不宜进食凉食。", more) == []


def test_effect_verbs_are_read_from_lab_findings(tmp_path):
    """An ``effect_verb`` of lab_findings.tsv before a risk it raises is no result of the test before it."""
    assert _values("血钙增加子痫的危险性。") == []  # 增加: an effect_verb
    assert _values("血钙增多患肾结石的危险性。") == [("血钙", None)]  # 增多 is none: a result
    more = load_clinical_vocabulary(_copy_with(tmp_path, "lab_findings.tsv", "增多\teffect_verb\t\tcurated: test"))
    assert _values("血钙增多患肾结石的危险性。", more) == []


def _doses(text: str, vocabulary=None) -> list[tuple]:
    from pipeline.clinical.therapies import extract_therapies

    norm, entities, quantities, assertions = analyse(text)
    return [(t.therapy.text, t.dose, t.dose_high, t.dose_unit)
            for t in extract_therapies(norm, entities, quantities, assertions, vocabulary, about_treatment=True)]


def test_dose_multipliers_are_read_from_dose_units(tmp_path):
    """A ``multiplier`` of dose_units.tsv after the low number of a range makes it a number of the unit opening so."""
    assert _doses("青霉素80万~200万U/d，肌注。") == [("青霉素", 80.0, 200.0, "万U/d")]  # 万: a multiplier
    text = "青霉素1亿~2亿U，肌注。"
    unit = load_clinical_vocabulary(_copy_with(tmp_path, "dose_units.tsv", "亿U\t亿U\tdose\tcurated: test"))
    assert _doses(text, unit) == [("青霉素", 2.0, 2.0, "亿U")]  # 1亿 is read as no number of 亿U
    more = load_clinical_vocabulary(_copy_with(tmp_path, "dose_units.tsv", "亿U\t亿U\tdose\tcurated: test",
                                               "亿\t亿\tmultiplier\tcurated: test"))
    assert _doses(text, more) == [("青霉素", 1.0, 2.0, "亿U")]


def test_the_words_between_a_group_and_its_share_are_read_from_lab_findings(tmp_path):
    """``group_share_adverb`` and ``group_share_degree`` rows may come between a result's group and its share
    (血糖增高者则略少些: moved from labs.py, s12 refactor)."""
    voc = load_clinical_vocabulary()
    assert voc.group_adverbs_pattern.match("则略少些").end() == 2
    assert voc.group_adverbs_pattern.match("尚略少些").end() == 0
    more = load_clinical_vocabulary(_copy_with(tmp_path, "lab_findings.tsv", "尚\tgroup_share_adverb\t\tcurated: test"))
    assert more.group_adverbs_pattern.match("尚略少些").end() == 2


def test_the_words_in_hou_that_are_no_hou_of_something_given_are_read_from_lab_findings(tmp_path):
    """给予内啡肽后|抗利尿激素增高: what was given before 后 causes the result, no row; a ``not_given_then_after`` word
    is no such 后 (术后, 餐后: moved from labs.py, s12 refactor)."""
    text = "给予内啡肽后抗利尿激素增高。"
    norm, entities, quantities, assertions = analyse(text)
    assert [f.test.text for f in extract_labs(norm, entities, quantities, assertions)] == []
    more = load_clinical_vocabulary(_copy_with(tmp_path, "lab_findings.tsv", "肽后\tnot_given_then_after\t\tcurated: test"))
    assert [f.test.text for f in extract_labs(norm, entities, quantities, assertions, vocabulary=more)] == ["抗利尿激素"]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # xywy (labs review of medical_12): 停用激素可引起血糖升高, 延误治疗可导致血钙升高: not given, the disease's own course
        ("撤除激素可引起血糖升高。", "撤除\tstopped\t\tcurated: test"),
        ("推迟治疗可导致血钙升高。", "推迟\tnot_given_before\t\tcurated: test"),
    ],
)
def test_the_words_of_a_treatment_not_given_are_read_from_lab_findings(tmp_path, text, row):
    """A ``stopped`` word before a drug and a ``not_given_before`` word before a treatment word make it not given, so
    the result after it is a finding, no effect of it (moved from labs.py, s20)."""
    norm, entities, quantities, assertions = analyse(text)
    assert extract_labs(norm, entities, quantities, assertions) == []  # what the treatment does
    more = load_clinical_vocabulary(_copy_with(tmp_path, "lab_findings.tsv", row))
    assert [f.finding for f in extract_labs(norm, entities, quantities, assertions, vocabulary=more)] == ["升高"]


@pytest.mark.parametrize("row", ["撤除\tstoped\t\tcurated: test", "撤除\tstopped\tdown\tcurated: test"])
def test_a_misspelt_role_or_a_direction_on_a_word_of_treating_is_refused(tmp_path, row):
    with pytest.raises(DictionaryError) as err:
        load_clinical_vocabulary(_copy_with(tmp_path, "lab_findings.tsv", row))
    assert err.value.code == ("E027" if "stoped" in row else "E120")


def test_the_characters_making_zhe_another_word_are_read_from_therapy_cues(tmp_path):
    """长期服用泼尼松或者环磷酰胺: 或者 names no group exposed for long (``not_before_long_exposed_group``: moved from
    vocabulary.py, s12 refactor)."""
    voc = load_clinical_vocabulary()
    assert not voc.names_a_long_exposed_group("长期服用泼尼松或者环磷酰胺。", 4, 7)
    assert voc.names_a_long_exposed_group("长期服用泼尼松者。", 4, 7)
    more = load_clinical_vocabulary(_copy_with(tmp_path, "therapy_cues.tsv", "松\tnot_before_long_exposed_group\tcurated: test"))
    assert not more.names_a_long_exposed_group("长期服用泼尼松者。", 4, 7)



def test_in_a_record_named_after_drugs_the_ying_of_yingyong_is_no_advice():
    """与长期应用环孢素引起的环孢素慢性肾病: in a record named after drugs as its cause the 应 of 应用 (a
    ``not_treating`` word of therapy_cues.tsv) is no advice, nor 治疗 right after the drug (环孢素治疗患者);
    宜停用环孢素 is advice (therapies review of medical_7, T7 class 2)."""
    voc = load_clinical_vocabulary()
    assert not voc.advises_the_exposure("与长期应用环孢素引起的", 0, 11, 8)
    assert voc.advises_the_exposure("宜停用环孢素", 0, 6, 6)
    assert voc.advises_the_exposure("应停用环孢素", 0, 6, 6)
    assert not voc.advises_the_exposure("环孢素治疗患者", 0, 7, 3)
    assert voc.advises_the_exposure("适当合理使用β受体阻滞药如应用比索洛尔", 0, 20, 20)  # 合理使用: advice (药物性心肌病)


@pytest.mark.parametrize(
    ("text", "row", "without", "with_row"),
    [
        # moved from labs.py (s21): each shipped word swapped for one that is no row
        # (HBsAg阳性者的配偶: people related to those with the result, no result of theirs)
        ("HBsAg阳性者的邻居应定期检查。", "邻居\tgroup_of_them\t\tcurated: test", [("阳性", "hypothetical")], []),
        # (不能产生反射性心率增加: the result does not come about)
        ("难以引起血钾升高。", "难以\tnot_caused_modal\t\tcurated: test", [("升高", "present")], [("升高", "negated")]),
        ("不能造成血钾升高。", "造成\tnot_caused_verb\t\tcurated: test", [("升高", "present")], [("升高", "negated")]),
        # (血中低维生素A含量增加患恶性肿瘤的危险性: a verb raising a risk, no level)
        ("血中维生素A含量增加患恶性肿瘤的可能性。", "可能性\trisk_object\t\tcurated: test", [("增加", "present")], []),
        # (尿中尿酸正常值为0.5g, 正常时尿钾排泄量为38～150mmol/L, 健康人…: what healthy people have, a reference)
        ("尿中尿酸正常水平为0.5g。", "水平\tnormal_attribute\t\tcurated: test", [("正常", "present")], []),
        ("正常状态下尿钾排泄量为38～150mmol/L。", "状态下\tnormal_people\t\tcurated: test", [("", "present")], []),
        ("无病者尿钾排泄量为38～150mmol/L。", "无病者\thealthy_people\t\tcurated: test", [("", "present")], []),
        # (若肺功能正常, 当血糖浓度减低到…: a condition; not the 当 of 相当, 当然)
        ("假使血钾升高，应立即停药。", "假使\tcondition_opening\t\tcurated: test", [("升高", "present")], [("升高", "hypothetical")]),
        ("当心血钾升高。", "当心\tnot_condition_opening\t\tcurated: test", [("升高", "hypothetical")], [("升高", "present")]),
        # (若…，体温持续升高，应考虑…: a consequence closes the condition; 如体温升高，可提示继发感染)
        ("当腹泻加重，血钾降低，务必补钾。", "务必\tconsequence\t\tcurated: test", [("降低", "present")], [("降低", "hypothetical")]),
        ("腹泻加重，如血钾降低，表明缺钾。", "表明\tru_consequence\t\tcurated: test", [("降低", "present")], [("降低", "hypothetical")]),
        # (可显著增加肝脏血流量: a modal, maybe an adverb of degree, and an object: an effect, no level)
        ("血钙可极度降低神经兴奋性。", "极度\teffect_modal_degree\t\tcurated: test", [("降低", "present")], []),
        # (HLA-D出现的频率比HLA-B8高: which of two is higher, no level)
        ("HLA-D的频率相较HLA-B8高。", "相较\tcompared_before\t\tcurated: test", [("高", "present")], []),
        # (粒细胞减少|症, 醛固酮增多|综合征: a disease named after the result; not 升高|症状, 阳性|病人)
        ("血小板减少征。", "征\tdisease_end\t\tcurated: test", [("减少", "present")], []),
        ("血糖升高病号需复查。", "号\tdisease_end_opens\t\tcurated: test", [], [("升高", "present")]),
        ("醛固酮增多综合症。", "综合症\tdisease_end_always\t\tcurated: test", [("增多", "present")], []),
        # (正常的眼压为10～21mmHg: healthy people's level, no result)
        ("正常状态的眼压为10～21mmHg。", "正常状态的\tnormal_alone\t\tcurated: test", [("", "present")], []),
    ],
)
def test_the_words_around_a_result_that_are_no_result_are_read_from_lab_findings(tmp_path, text, row, without, with_row):
    norm, entities, quantities, assertions = analyse(text)
    assert [(f.finding, f.assertion) for f in extract_labs(norm, entities, quantities, assertions)] == without
    more = load_clinical_vocabulary(_copy_with(tmp_path, "lab_findings.tsv", row))
    assert [(f.finding, f.assertion) for f in extract_labs(norm, entities, quantities, assertions, vocabulary=more)] == with_row


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # (血钠浓度升高，常大于150mmol/L, 升高，男性>420μmol/L: the next clause is only the value; _VALUE_AFTER_COMMA, cue4)
        ("血钠浓度升高，老人大于150mmol/L。", "老人\tvalue_clause_group\t\tcurated: test"),
        ("血钠浓度升高，往往大于150mmol/L。", "往往\tvalue_clause_adverb\t\tcurated: test"),
        ("血钠浓度升高，常至150mmol/L。", "至\tvalue_clause_link\t\tcurated: test"),
    ],
)
def test_a_word_a_user_adds_before_a_value_in_the_next_clause_makes_it_the_results_value(tmp_path, text, row):
    assert _values(text) == [("血钠", None)]
    assert _values(text, load_clinical_vocabulary(_copy_with(tmp_path, "lab_findings.tsv", row))) == [("血钠", 150.0)]


def test_a_value_link_a_user_adds_makes_a_percentage_another_tests_value(tmp_path):
    """当血氧饱和度<80%时: a percentage after a test and a ``value_link`` word (moved from labs.py's _VALUE_GAP, cue4) is
    its value, no share of the patients with a result after it."""
    norm, entities, quantities, assertions = analyse("血氧饱和度仅80%的患者氧分压降低。")
    assert [f.freq_pct for f in extract_labs(norm, entities, quantities, assertions)] == [80.0]
    more = load_clinical_vocabulary(_copy_with(tmp_path, "lab_findings.tsv", "仅\tvalue_link\t\tcurated: test"))
    assert [f.freq_pct for f in extract_labs(norm, entities, quantities, assertions, vocabulary=more)] == [None]


def test_an_effect_modal_a_user_adds_makes_a_change_verb_with_an_object_an_effect(tmp_path):
    """维生素C可降低胆固醇: a modal (``effect_modal``, moved from labs.py's _MODAL_BEFORE, cue4) before a change verb with
    an object is an effect, no level; 将 read as a filler only leaves the level."""
    norm, entities, quantities, assertions = analyse("血钾将降低心肌收缩力。")
    filler = "将\tfiller\t\tcurated: test"
    only_filler = load_clinical_vocabulary(_copy_with(tmp_path, "lab_findings.tsv", filler))
    assert [f.finding for f in extract_labs(norm, entities, quantities, assertions, vocabulary=only_filler)] == ["降低"]
    modal = load_clinical_vocabulary(_copy_with(tmp_path, "lab_findings.tsv", filler, "将\teffect_modal\t\tcurated: test"))
    assert extract_labs(norm, entities, quantities, assertions, vocabulary=modal) == []


@pytest.mark.parametrize(
    ("text", "row", "without", "with_row"),
    [
        # (关节积液中, 胸腔积液检查: the fluid sampled, moved from labs.py's _SAMPLED_AFTER, cue4)
        ("胸腔积液测定白细胞增多。", "测定\tsampled_after\t\tcurated: test", "", "胸水"),
        # (血及尿中: the 血 is the specimen, no character inside another word; _AFTER_A_SPECIMEN, cue4)
        ("其血内白细胞增多。", "内\tsampled_after\t\tcurated: test", "", "血"),
        ("患者的血暨腹腔积液中白细胞增多。", "暨\tspecimen_list_after\t\tcurated: test", "", "血"),
    ],
)
def test_the_words_after_a_specimen_word_are_read_from_lab_findings(tmp_path, text, row, without, with_row):
    norm, entities, quantities, assertions = analyse(text)
    assert [f.specimen for f in extract_labs(norm, entities, quantities, assertions)] == [without]
    more = load_clinical_vocabulary(_copy_with(tmp_path, "lab_findings.tsv", row))
    assert [f.specimen for f in extract_labs(norm, entities, quantities, assertions, vocabulary=more)] == [with_row]


def test_a_test_ending_in_an_amount_test_end_row_takes_a_mass_as_its_value(tmp_path):
    """尿蛋白定量>0.5g: a mass after a test named as an amount is its value, no dose (``amount_test_end``, moved from
    labs.py, s21); 总量 is no row."""
    norm, _, quantities, _ = analyse("尿蛋白总量>0.5g。")
    entities = [Entity(0, 5, "尿蛋白总量", "test", "尿蛋白总量")]
    assertions = assign_context(norm, entities)
    assert extract_labs(norm, entities, quantities, assertions) == []
    more = load_clinical_vocabulary(_copy_with(tmp_path, "lab_findings.tsv", "总量\tamount_test_end\t\tcurated: test"))
    assert [(f.test.text, f.value_low, f.unit) for f in extract_labs(norm, entities, quantities, assertions, vocabulary=more)] == [
        ("尿蛋白总量", 0.5, "g")]


@pytest.mark.parametrize("role", WORD_ROLES)
def test_a_direction_on_a_word_that_is_no_result_is_refused(tmp_path, role):
    with pytest.raises(DictionaryError) as err:
        load_clinical_vocabulary(_copy_with(tmp_path, "lab_findings.tsv", f"邻居\t{role}\tup\tcurated: test"))
    assert err.value.code == "E120"
