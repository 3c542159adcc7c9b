"""Bad input never crashes; the vocabulary files are validated with file:line errors."""

from __future__ import annotations

import shutil

import pytest

from pipeline.clinical import extract_labs, extract_therapies, load_clinical_vocabulary
from pipeline.clinical.labs import spell_unit
from pipeline.context import Assertion
from pipeline.entity import Entity
from pipeline.errors import DictionaryError
from pipeline.quantities import find_quantities
from pipeline.resources import DEFAULT_DICTIONARY_DIR


@pytest.mark.parametrize("text", ["", "。。。", "血沉", "增高", "静滴5d", "共5次", "\n\n", "１２３ｍｇ"])
def test_odd_texts_give_no_rows(text):
    assert extract_labs(text, [], find_quantities(text)) == []
    assert extract_therapies(text, [], find_quantities(text)) == []


def test_entities_outside_the_text_and_mismatched_assertions_are_ignored():
    text = "血沉增快"
    entities = [Entity(0, 2, "血沉", "test", "血沉"), Entity(10, 14, "泼尼松", "drug", "泼尼松")]
    rows = extract_labs(text, entities, [], assertions=[])
    assert [(r.test.text, r.direction, r.assertion) for r in rows] == [("血沉", "up", "")]
    assert extract_therapies(text, entities, [], assertions=[]) == []


def test_an_entity_outside_the_text_does_not_shift_the_others_assertions():
    text = "未用泼尼松。血沉增快"
    entities = [Entity(0, 1, "未", "drug", "未"), Entity(40, 43, "甲药", "drug", "甲药"),
                Entity(2, 5, "泼尼松", "drug", "泼尼松"), Entity(6, 8, "血沉", "test", "血沉")]
    assertions = [Assertion("present"), Assertion("present"), Assertion("negated", "negated"), Assertion("rare", "rare")]
    (therapy,) = [r for r in extract_therapies(text, entities, [], assertions) if r.therapy.text == "泼尼松"]
    assert therapy.assertion == "negated"
    (lab,) = extract_labs(text, entities, [], assertions)
    assert (lab.test.text, lab.assertion) == ("血沉", "rare")


def test_raw_full_width_text_keeps_offsets():
    text = "泼尼松４０ｍｇ口服，治疗３例均有效。"
    entities = [Entity(0, 3, "泼尼松", "drug", "泼尼松")]
    (row,) = extract_therapies(text, entities, find_quantities(text))
    assert (row.dose, row.dose_unit, row.route, row.n_patients, row.outcome) == (40, "mg", "口服", 3, "有效")
    assert text[row.evidence_start : row.evidence_end] == text


def test_hand_built_entities_are_enough():
    text = "使用甲药无效的患者改用乙药后,症状得到改善。"
    entities = [Entity(2, 4, "甲药", "drug", "甲药"), Entity(11, 13, "乙药", "drug", "乙药")]
    rows = extract_therapies(text, entities, find_quantities(text))
    assert [(r.therapy.text, r.outcome) for r in rows] == [("甲药", "无效"), ("乙药", "改善")]


def test_diagnostic_procedures_are_no_therapies():
    text = "骨髓穿刺可见浆细胞增多。"
    entities = [Entity(0, 4, "骨髓穿刺", "procedure", "骨髓穿刺"), Entity(6, 9, "浆细胞", "body", "浆细胞")]
    assert extract_therapies(text, entities, find_quantities(text)) == []
    (lab,) = extract_labs(text, entities, find_quantities(text))
    assert (lab.test.text, lab.specimen, lab.finding) == ("浆细胞", "骨髓", "增多")


def test_shipped_vocabulary_loads():
    voc = load_clinical_vocabulary()
    assert voc.findings["不能引出"] == "abnormal"
    assert voc.dose_units["g*kg-1*d-1"] == ("g/(kg·d)", "dose")
    assert voc.tcm_principles["通经活属"] == "通经活络"
    assert voc.category("procedure", "骨髓穿刺", "骨髓穿刺") is None
    assert voc.category("procedure", "放疗", "放疗") == "radiotherapy"


@pytest.mark.parametrize(
    ("row", "code"),
    [
        ("飙升\tafter\tsky-high\tcurated", "E027"),  # no such direction
        ("飙升\tneeds_specimen\t\tcurated", "E120"),  # a needs_specimen word must be a result word
    ],
)
def test_a_bad_lab_findings_row_names_file_line_and_word(tmp_path, row, code):
    directory = tmp_path / "dictionaries"
    shutil.copytree(DEFAULT_DICTIONARY_DIR, directory)
    path = directory / "lab_findings.tsv"
    path.write_text(path.read_text(encoding="utf-8") + row + "\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as error:
        load_clinical_vocabulary(directory)
    assert error.value.code == code and "lab_findings.tsv" in str(error.value)


def test_an_abbreviation_is_a_lab_subject_by_its_canonical_name_too():
    # xywy: EF<40% is the ejection fraction's value; EF alone says nothing of a percentage
    voc = load_clinical_vocabulary()
    assert voc.subject("test", "EF", "射血分数").percent == "value"
    assert voc.subject("test", "EF").percent == "frequency"


def test_a_lab_subject_rule_is_the_longest_suffix_of_the_text_or_of_the_canonical_name():
    """Rules looked up by a name's own suffixes answer as a scan of every row would: the longest suffix wins, the
    text's on a tie with the canonical name's, an alias bracket at the end left out."""
    voc = load_clinical_vocabulary()

    def scanned(label: str, text: str, canonical: str = ""):
        best = None
        for name in (text, canonical) if canonical and canonical != text else (text,):
            name = name.split("(")[0] or name
            for (rule_label, suffix), rule in voc.subjects.items():
                if rule_label == label and name.endswith(suffix) and (best is None or len(suffix) > best[0]):
                    best = (len(suffix), rule)
        return best[1] if best else None

    for label, suffix in voc.subjects:
        for text, canonical in ((suffix, ""), ("甲" + suffix, "乙" + suffix), ("X" + suffix, suffix + "Y"),
                                (suffix + "(ABC)", ""), ("无关", "甲" + suffix)):
            assert voc.subject(label, text, canonical) is scanned(label, text, canonical), (label, text, canonical)
    assert voc.subject("drug", "不是任何药的名字") is None


@pytest.mark.parametrize(
    ("written", "spelled"),
    [
        # review of xywy medical_14–15 (2026-12-03, labs): one unit, one value of the column
        ("umol/L", "μmol/L"), ("mmol/l", "mmol/L"), ("mg/dl", "mg/dL"), ("ml/h", "mL/h"),
        ("次/分", "次/min"), ("μmol/L", "μmol/L"), ("mmHg", "mmHg"), ("mol/L", "mol/L"), ("×109/L", "×109/L"),
    ],
)
def test_a_lab_unit_is_spelled_as_si_writes_it(written, spelled):
    assert spell_unit(written) == spelled


def test_a_lab_value_carries_its_unit_spelled_as_si_writes_it(analyse):
    norm, entities, quantities, assertions = analyse("血钾3.0mmol/l。", "诊断/诊断")
    (finding,) = extract_labs(norm, entities, quantities, assertions)
    assert (finding.value_low, finding.unit) == (3.0, "mmol/L")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review of xywy medical_14–15 (2026-12-03, labs): what a food holds is no level of the
        # patient's; the patient's own level still is
        ("少吃含尿酸较高的食物。", []),
        ("含胆固醇较低的肉类。", []),
        ("血清胆固醇较高。", [("血清胆固醇", "较高")]),
    ],
)
def test_a_level_of_what_food_holds_is_no_lab_finding(analyse, text, expected):
    norm, entities, quantities, assertions = analyse(text, "food_info", "高脂血症")
    assert [(f.test.text, f.finding) for f in extract_labs(norm, entities, quantities, assertions)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review of xywy medical_14–15 (2026-12-03, labs): advice to those with a result makes
        # it a condition; a description of them does not
        ("白细胞下降者应行保护性隔离。", "hypothetical"),
        ("血钾升高者应限制钾盐摄入量。", "hypothetical"),
        # no advice after 可, but the result names a group of them (labs review of medical_5, 2026-12-05, class 2)
        ("泌乳素轻度增高者,可为排卵性月经。", "hypothetical"),
        # review of xywy medical_8–9 (2026-12-03, labs): a condition opened by 若, 如果, 一旦
        ("若体温正常或偏低,则为休克表现。", "hypothetical"),
        ("一旦血钾升高,应立即停药。", "hypothetical"),
        # review of xywy medical_12–13 (2026-12-03, round 8, labs): 当 opens a condition without 时
        ("当血压下降,肾脏血管灌流量减少。", "hypothetical"),
        ("适当控制后血压下降。", "present"),  # the 当 of 适当
        # review of xywy medical_14–15 (2026-12-03, round 11, labs): the later clauses of a condition,
        # up to what to do then
        ("若胃管内引流出大量鲜血,病人出现烦躁,血压下降,应考虑吻合口出血。", "hypothetical"),
        ("如果病情好转,水肿消退,血压恢复正常,则可开始轻工作。", "hypothetical"),
        ("若在内缘破坏,则表现为骨密度减低。", "present"),  # the consequence itself
        ("当发热持续时,血压下降,应及早就医。", "present"),  # 当…时 closes the condition
        ("若出现呕吐,病情多较重;血压下降,应及早就医。", "present"),  # a semicolon ends it
        ("喂养不当,血糖下降,就会产生食欲。", "present"),  # the 当 of 不当
    ],
)
def test_a_result_of_those_told_what_to_do_is_a_condition(analyse, text, expected):
    norm, entities, quantities, assertions = analyse(text, "诊断/诊断", "某病")
    (finding,) = extract_labs(norm, entities, quantities, assertions)
    assert finding.assertion == expected


@pytest.mark.parametrize("row", ["预后尚可\tbare_outcome\tcurated", "敏感性\tframed_outcome\tcurated"])
def test_an_outcome_cue_missing_from_outcomes_tsv_stops_the_loader(tmp_path, row):
    # a bare_outcome (耐药) or framed_outcome (敏感) word takes its outcome from outcomes.tsv: one not
    # there (预后尚可) or there as no outcome would never be read
    directory = tmp_path / "dictionaries"
    shutil.copytree(DEFAULT_DICTIONARY_DIR, directory)
    path = directory / "therapy_cues.tsv"
    path.write_text(path.read_text(encoding="utf-8") + row + "\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as error:
        load_clinical_vocabulary(directory)
    assert error.value.code == "E120" and "therapy_cues.tsv" in str(error.value) and row.split("\t")[0] in str(error.value)


@pytest.mark.parametrize(
    ("text", "check", "roles"),
    [
        ("高血压患者宜多吃含维生素的水果，叶酸缺乏", "is_nutrient", ("food", "deficiency")),
        ("连续应用抗生素10天的患者患假丝酵母菌性外阴阴道炎占20%", "names_an_exposure", ("exposed_outcome", "risk_close")),
        ("抗生素的使用是患假丝酵母菌性外阴阴道炎的短期危险因素，", "names_an_exposure", ("exposed_outcome", "risk_close")),
        ("长期应用免疫抑制剂者应主动给予预防性抗真菌药物", "names_a_long_exposed_group", ("long_exposure",)),
    ],
)
def test_a_mention_check_skipped_without_its_cue_words_needs_one(text, check, roles):
    """``_candidates`` skips these checks in a text holding no word of their cues (and, for an exposure, no
    bracket): they must find one. Each is true somewhere in the text, and false everywhere once the words are gone."""
    voc = load_clinical_vocabulary()

    def anywhere(written: str) -> bool:
        return any(getattr(voc, check)(written, start, end)
                   for start in range(len(written)) for end in range(start + 1, len(written) + 1))

    assert anywhere(text)
    for role in roles:
        for word in sorted(voc.cues[role], key=len, reverse=True):
            text = text.replace(word, "某" * len(word))
    assert not voc.holds_a_cue(text, *roles) and not anywhere(text)


@pytest.mark.parametrize("guard", ["(?!{})(?:{})", "{}(?:{})"])
def test_words_written_first_match_as_a_guard_before_them_would(guard):
    """``words_not_opening`` writes ``(?!longer)(?:words)`` word first, ``words_not_after`` ``(?<!b1)(?<!b2)(?:words)``:
    the same matches, on random words and texts, searched from any position."""
    import random
    import re

    from pipeline.clinical.vocabulary import words_not_after, words_not_opening
    from pipeline.resources import alternation

    rng = random.Random(7)

    def some(count: int) -> list[str]:
        return ["".join(rng.choice("ab性") for _ in range(rng.randint(1, 4))) for _ in range(count)]

    for _ in range(300):
        words, others = some(rng.randint(1, 4)), some(rng.randint(0, 3))
        if guard.startswith("(?!"):
            before = re.compile(guard.format(alternation(others), alternation(words)) if others else alternation(words))
            first = re.compile(words_not_opening(words, others))
        else:
            before = re.compile(guard.format("".join(f"(?<!{w})" for w in others), alternation(words)))
            first = re.compile(words_not_after(words, others))
        for text in ("".join(rng.choice("ab性c") for _ in range(12)) for _ in range(20)):
            for pos in (0, 3):
                assert [m.span() for m in before.finditer(text, pos)] == [m.span() for m in first.finditer(text, pos)], (
                    words, others, text, pos)


@pytest.mark.parametrize(
    ("name", "lookbehind_first"),
    [
        ("_IS_A_CONSEQUENCE", "(?<![规原否准法细])则|就(?![诊医])|(?<![大小粪])便(?![秘血])"),
        ("condition_opening_pattern", "若(?!干)|如果|一旦|倘若|假如|假若|(?<![平非马雷利])凡(?![士德])|(?<![相适应恰正妥充担每不])当(?![地然天日中前年时今做作成])"),
        ("_OF_A_WHOLE", r"(?<![患病人者例])的[ \t]*(?:约|大约)?[ \t]*\Z"),
        ("_RU_INNER_CONSEQUENCE", "(?<![反适相效对供感响])应|须|提示"),
        ("_MAKES", "(?<![即假纵])使(?!用)"),
    ],
)
def test_a_lookbehind_written_over_its_character_finds_what_one_before_it_does(name, lookbehind_first):
    """labs.py writes a character's lookbehind after it (``当(?<![相适…]当)``) so that ``re`` skips to the
    character, and so does the vocabulary's pattern of lab_findings.tsv's ``condition_opening`` words: the same
    matches as the lookbehind first, on random texts of the patterns' characters."""
    import random
    import re

    from pipeline.clinical import labs, load_clinical_vocabulary

    before = re.compile(lookbehind_first)
    after = getattr(labs, name) if hasattr(labs, name) else getattr(load_clinical_vocabulary(), name)
    alphabet = sorted(set(re.sub(r"[\\\[\]()?!<|*{}.:Z=]", "", lookbehind_first)) | set("x \t"))
    rng = random.Random(3)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        for pos in (0, 2):
            assert [m.span() for m in before.finditer(text, pos)] == [m.span() for m in after.finditer(text, pos)], text


def test_find_schedule_finds_what_the_schedule_pattern_does():
    """``find_schedule`` first looks for what every schedule holds: in any window the same match, or none."""
    voc = load_clinical_vocabulary()
    text = "口服泼尼松，每日3次，3～4次/日，BID，q8h，50mg/6h，每天1片，隔日1次，早晚各一次，日三次，连用2周。"
    texts = [text, *voc.schedule_abbreviations, "静滴5天", "每日", "一天两次", "1剂/日"]
    for written in texts:
        for start in range(len(written)):
            for end in range(start, len(written) + 1):
                expected = voc.schedule_pattern.search(written, start, end)
                found = voc.find_schedule(written, start, end)
                assert (found and found.span()) == (expected and expected.span()), (written, start, end)
    assert voc.find_schedule("口服泼尼松") is None and voc.find_schedule(text).group() == "每日3次"


def test_a_therapy_category_is_the_longest_suffix_or_contained_pattern_as_a_scan_finds_it():
    """Categories looked up by a form's own suffixes and the contains rows answer as a scan of every row would: the
    longest pattern, the first row on a tie; for a drug with none, its canonical name's longest suffix of a drug's category."""
    from pipeline.clinical.vocabulary import _DRUG_CATEGORIES, _category

    voc = load_clinical_vocabulary()

    def scanned(label: str, text: str, canonical: str):
        for name in (text, canonical):
            if ("exact", name) in voc.categories:
                return _category(voc.categories[("exact", name)])
        best = None
        for (match, pattern), category in voc.categories.items():
            hit = (match == "suffix" and text.endswith(pattern)) or (match == "contains" and pattern in text)
            if hit and (best is None or len(pattern) > best[0]):
                best = (len(pattern), category)
        if best is None and label == "drug" and canonical != text:
            best = max(((len(pattern), category) for (match, pattern), category in voc.categories.items()
                        if match == "suffix" and canonical.endswith(pattern)), default=None)
            best = best if best is not None and best[1] in _DRUG_CATEGORIES else None
        return _category(best[1]) if best is not None else ("drug" if label == "drug" else None)

    patterns = [pattern for match, pattern in voc.categories if match != "exact"]
    for first in patterns:
        for second in patterns[::3]:
            for label in ("drug", "procedure"):
                for text, canonical in ((first + second, second), ("某" + first, ""), ("某", "甲" + first)):
                    assert voc._find_category(label, text, canonical) == scanned(label, text, canonical), (text, canonical)


def test_a_clause_continues_instructions_as_one_pattern_of_all_its_openings_would_say():
    """``continues_instructions`` tries each opening where the blanks may end: what one pattern ``[ \\t]*(?:…)``
    holding the schedule patterns finds, at every position of texts of clauses."""
    import re

    from pipeline.resources import alternation

    voc = load_clinical_vocabulary()
    words = (*voc.cues["continues"], *voc.cues["sessions"], *voc.routes)
    one = re.compile(
        rf"[ \t]*(?:[0-9]|{alternation(words)}|{voc.schedule_pattern.pattern}|{voc.divided_pattern.pattern})")
    texts = ["泼尼松，每日3次，  口服，\t 0.5g，分3次服，bid，q8h，疗程2周，剂量为1mg，连用5天。",
             "磺胺嘧啶: 体重>27kg者,剂量1.0g, 日三次 ,3次/d,静滴", *voc.routes, *voc.cues["continues"]]
    for text in texts:
        for pos in range(len(text) + 1):
            assert voc.continues_instructions(text, pos) == (one.match(text, pos) is not None), (text, pos)


def test_a_given_substance_is_followed_by_what_one_pattern_of_a_dose_or_route_would_find():
    """``_given_after`` tries a dose, a route or a ``use_after`` word wherever the blanks after a mention may end:
    what ``[ \\t]*(?:dose|words)`` finds, at every position of a few texts."""
    import re

    from pipeline.resources import alternation

    voc = load_clinical_vocabulary()
    one = re.compile(rf"[ \t]*(?:{voc.dose_pattern.pattern}|{alternation((*voc.routes, *voc.cues['use_after']))})")
    texts = ["雌二醇2mg，丙种球蛋白 肌注, 雌激素\t替代治疗，生长激素  0.1U/kg，免疫球蛋白静滴", *voc.routes]
    for text in texts:
        for pos in range(len(text) + 1):
            assert voc._given_after(text, pos) == (one.match(text, pos) is not None), (text, pos)
