"""The therapy word classes moved out of clinical/therapies.py into therapy_cues.tsv (s19): an unknown role is
refused, and a row a user adds takes effect as the shipped words of its role do (each example is a shipped test
sentence with the shipped word swapped for one that is no row)."""

from __future__ import annotations

import shutil

import pytest

from pipeline.clinical import extract_therapies, load_clinical_vocabulary
from pipeline.errors import DictionaryError
from pipeline.resources import DEFAULT_DICTIONARY_DIR

MOVED_ROLES = (
    "class_ending", "relieved", "outcome_negation", "causes_next_modal", "causes_next", "harm_modal", "example_lead",
    "finding_after_gap", "list_end", "anchor_lead", "anchor_start",
)


@pytest.fixture(name="with_row")
def with_row_fixture(tmp_path):
    """The clinical vocabulary of a copy of the shipped dictionaries with one row added to therapy_cues.tsv."""
    def load(word: str, role: str):
        directory = tmp_path / "dictionaries"
        shutil.copytree(DEFAULT_DICTIONARY_DIR, directory)
        path = directory / "therapy_cues.tsv"
        path.write_text(f"{path.read_text(encoding='utf-8')}{word}\t{role}\tcurated: a user's row\n", encoding="utf-8")
        return load_clinical_vocabulary(directory)

    return load


@pytest.mark.parametrize("role", MOVED_ROLES)
def test_a_misspelt_moved_role_is_refused(with_row, role):
    with pytest.raises(DictionaryError) as error:
        with_row("不能", f"{role}s")
    assert error.value.code == "E027" and "therapy_cues.tsv" in str(error.value)


def test_the_moved_roles_are_shipped():
    cues = load_clinical_vocabulary().cues
    assert "抗生素" in cues["class_ending"] and "消失" in cues["relieved"] and "不能" in cues["outcome_negation"]


def therapies(analyse, text, section, vocabulary=None, **kwargs):
    norm, entities, quantities, assertions = analyse(text, section)
    return {t.therapy.text: t for t in extract_therapies(norm, entities, quantities, assertions, vocabulary, **kwargs)}


def test_a_class_ending_a_user_adds_leaves_the_examples_dose_to_it(analyse, with_row):
    # as 或非甾体抗炎药(NSAIDs)如依托考昔120mg口服 (new-user review, 2026-12-04): the dose of an example no
    # dictionary knows is not the class's; the class written as its abbreviation, once NSAIDs ends a class name
    text = "可用NSAIDs如依托考昔120mg口服。"
    assert therapies(analyse, text, "治疗")["NSAIDs"].dose == 120
    assert therapies(analyse, text, "治疗", with_row("NSAIDs", "class_ending"))["NSAIDs"].dose is None


def test_a_relieved_word_a_user_adds_keeps_the_drug_a_treatment(analyse, with_row):
    # as 应用抗生素后肿痛常减轻 (medical_0–5 review, 2026-12-03): the finding after 后 went, the drug treated it
    text = "应用抗生素后肿痛可缓和。"
    assert "抗生素" not in therapies(analyse, text, "", about_treatment=False)
    assert "抗生素" in therapies(analyse, text, "", with_row("缓和", "relieved"), about_treatment=False)


def test_an_outcome_negation_a_user_adds_makes_the_outcome_a_failure(analyse, with_row):
    # as 手术切除不能使IHA治愈 (review of medical_12–13, 2026-12-03): the treatment failed
    text = "手术切除难以使IHA治愈。"
    assert therapies(analyse, text, "治疗/治疗")["手术切除"].outcome == "治愈"
    assert therapies(analyse, text, "治疗/治疗", with_row("难以", "outcome_negation"))["手术切除"].outcome == "无效"


@pytest.mark.parametrize(
    ("text", "word", "role"),
    [
        # as 长期大量使用外源性皮质激素,可导致肾上腺皮质萎缩 (therapies review of medical_12, 2026-12-04): a modal and a
        # verb of causing opening the next clause make the drug a cause, no treatment (moved from vocabulary.py, s21)
        ("长期大量使用外源性皮质激素,可促成肾上腺皮质萎缩。", "促成", "causes_next"),
        ("长期大量使用外源性皮质激素,往往导致肾上腺皮质萎缩。", "往往", "causes_next_modal"),
    ],
)
def test_a_causing_verb_a_user_adds_opening_the_next_clause_makes_the_drug_a_cause(analyse, with_row, text, word, role):
    assert list(therapies(analyse, text, "治疗/治疗")) == ["皮质激素"]
    assert list(therapies(analyse, text, "治疗/治疗", with_row(word, role))) == []


@pytest.mark.parametrize(
    ("text", "drug", "word", "role"),
    [
        # as 服用缓泻剂后可使腹泻加重 (therapies risk review 2026-12-06): after a modal or 使 a harm word makes the
        # drug a risk, no treatment; a modal or a harm word a user adds takes effect
        ("静脉内迅速大量补液往往加重心脏的负担。", "补液", "往往", "harm_modal"),
        ("服用缓泻剂后可使腹泻迁延。", "缓泻剂", "迁延", "harm_made"),
    ],
)
def test_a_harm_word_a_user_adds_makes_the_drug_a_risk(analyse, with_row, text, drug, word, role):
    assert list(therapies(analyse, text, "护理")) == [drug]
    assert list(therapies(analyse, text, "护理", with_row(word, role))) == []


def test_an_example_lead_a_user_adds_leaves_the_examples_dose_to_it(analyse, with_row):
    # as 非甾体抗炎药(NSAIDs)如依托考昔120mg口服 (new-user review, 2026-12-04): after a class, the example's dose;
    # 譬如 opens the example once it is a row (moved from therapies._EXAMPLE_AFTER)
    text = "可用非甾体抗炎药譬如依托考昔120mg口服。"
    assert therapies(analyse, text, "治疗")["非甾体抗炎药"].dose == 120
    assert therapies(analyse, text, "治疗", with_row("譬如", "example_lead"))["非甾体抗炎药"].dose is None


def test_a_finding_after_gap_a_user_adds_makes_the_drug_the_time_of_the_finding(analyse, with_row):
    # as 手术后早期粘连性肠梗阻 (moved from therapies._FINDING_AFTER): a finding after (术)后 and a gap word follows
    # the therapy, which is then no treatment given
    text = "应用抗生素后不久肿痛。"
    assert "抗生素" in therapies(analyse, text, "", about_treatment=False)
    assert "抗生素" not in therapies(analyse, text, "", with_row("不久", "finding_after_gap"), about_treatment=False)


def test_a_list_end_a_user_adds_makes_the_last_item_a_listed_cause(analyse, with_row):
    # as 脱位，骨折，手术是其主要的致病因素 (moved from therapies._LIST_ENDS): a procedure listed with findings is a cause
    text = "感染，手术乃常见诱因。"
    assert "手术" in therapies(analyse, text, "治疗")
    assert "手术" not in therapies(analyse, text, "治疗", with_row("乃", "list_end"))


@pytest.mark.parametrize(
    ("text", "word", "role"),
    [
        # as 化疗治疗期间, 放疗开始时 (moved from vocabulary._ANCHOR_LEAD): between an operation and its anchor, a lead
        # word and a start word keep the operation the time of what its clause says, no row in any section
        ("放疗实施期间忌服辛辣。", "实施", "anchor_lead"),
        ("放疗起始时忌服辛辣。", "起始", "anchor_start"),
    ],
)
def test_an_anchor_lead_a_user_adds_makes_the_operation_a_time(analyse, with_row, text, word, role):
    assert list(therapies(analyse, text, "护理")) == ["放疗"]
    assert list(therapies(analyse, text, "护理", with_row(word, role))) == []


def _with_outcome(tmp_path, row: str):
    """The clinical vocabulary of a copy of the shipped dictionaries with one row added to outcomes.tsv."""
    directory = tmp_path / "dictionaries"
    shutil.copytree(DEFAULT_DICTIONARY_DIR, directory)
    path = directory / "outcomes.tsv"
    path.write_text(f"{path.read_text(encoding='utf-8')}{row}\n", encoding="utf-8")
    return load_clinical_vocabulary(directory)


def test_a_preventable_outcome_a_user_marks_is_none_after_a_prevents_cue(analyse, tmp_path):
    # as 磺胺嘧啶对预防RF复发 (moved from therapies._PREVENTABLE): after 预防 the recurrence did not happen, no outcome
    assert load_clinical_vocabulary().preventable_outcomes == {"复发", "恶化"}
    text = "长期口服磺胺嘧啶预防RF再发。"
    assert therapies(analyse, text, "治疗", _with_outcome(tmp_path / "a", "再发\t再发\tcurated: a user's row"))["磺胺嘧啶"].outcome == "再发"
    marked = _with_outcome(tmp_path / "b", "再发\t再发\tcurated: a user's row\tyes")
    assert therapies(analyse, text, "治疗", marked)["磺胺嘧啶"].outcome == ""


@pytest.mark.parametrize(("row", "code"), [("再发\t再发\tcurated: a user's row\tno", "E027"), ("防再发\t-\tcurated: a user's row\tyes", "E120")])
def test_a_preventable_value_other_than_yes_or_on_a_row_with_no_outcome_is_refused(tmp_path, row, code):
    with pytest.raises(DictionaryError) as error:
        _with_outcome(tmp_path, row)
    assert error.value.code == code and "outcomes.tsv" in str(error.value)
