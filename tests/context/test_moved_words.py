"""The word classes moved out of context/assertion.py into context_rules.tsv (s19): the loader refuses a row
read in the wrong direction, and a row a user adds takes effect, as the shipped words of its class do.

Each example is a shipped test sentence (test_assertion.py) with the shipped word swapped for one that is no
row: without the row it reads like any other text, with the row it reads as the shipped word does.
"""

from __future__ import annotations

import pytest

from pipeline.context import assertion, assign_context, load_context_rules
from pipeline.context.rules import MOVED_SIDES
from pipeline.errors import DictionaryError
from pipeline.resources import DEFAULT_DICTIONARY_DIR


OTHER_SIDE = {"forward": "backward", "backward": "forward", "both": "forward"}


@pytest.mark.parametrize("category", sorted(MOVED_SIDES))
def test_a_moved_word_read_in_the_wrong_direction_is_refused(tmp_path, category):
    # each class is read on one side of what it is read with: a row written for the other would be silently unused
    path = tmp_path / "rules.tsv"
    path.write_text(f"cue\tcategory\tdirection\tsource\n无\tnegated\tforward\tcurated\n"
                    f"之一\t{category}\t{OTHER_SIDE[MOVED_SIDES[category]]}\tcurated\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        load_context_rules(path)
    assert err.value.code == "E020" and ":3:" in str(err.value) and MOVED_SIDES[category] in str(err.value)


def test_every_moved_class_is_shipped_in_its_direction():
    shipped = {(r.category, r.direction) for r in load_context_rules()}
    assert set(MOVED_SIDES.items()) <= shipped


@pytest.fixture(name="added")
def added_fixture(tmp_path, monkeypatch):
    """Add one row to a copy of the shipped context_rules.tsv, read through the loader as a user's file is."""
    def add(word: str, category: str) -> None:
        path = tmp_path / "context_rules.tsv"
        shipped = (DEFAULT_DICTIONARY_DIR / "context_rules.tsv").read_text(encoding="utf-8")
        path.write_text(f"{shipped}{word}\t{category}\t{MOVED_SIDES[category]}\tcurated: a user's row\n", encoding="utf-8")
        monkeypatch.setattr(assertion, "load_context_rules", lambda: load_context_rules(path))
        forget()

    def forget() -> None:  # the words and what was judged with them (a record's names) are cached per process
        for function in vars(assertion).values():
            if hasattr(function, "cache_clear"):
                function.cache_clear()

    yield add
    forget()  # built again from the shipped file


SYMPTOM = {"section": "symptom", "record_disease": "心脾两虚"}
CAUSES = {"section": "cause_info"}
DIFFERENTIAL = {"section": "鉴别诊断", "record_disease": "痛风"}

CASES = [
    # (category, the user's word, text, terms, assign_context keywords, the last term's assertion without and with the row)
    ("causing", "继发", "早产婴缺乏维生素E可继发溶血性贫血", [("溶血性贫血", "disease")], {}, "negated", "present"),
    ("causing_adverb", "一人", "足月儿无一人发生视网膜病变", [("视网膜病变", "disease")], {}, "present", "negated"),
    ("effect", "引发", "防止速度过快而引发心衰", [("心衰", "disease")], {}, "present", "hypothetical"),
    ("placed", "出现在", "若感染出现在产后", [("感染", "disease")], {}, "hypothetical", "present"),
    ("search_ending", "发现", "未发现致病的细菌", [("细菌", "microbe")], {}, "present", "negated"),
    ("cause_marker", "源于", "可能是源于感冒的原因导致发热", [("感冒", "disease")], {}, "present", "possible"),
    ("cause_link_noun", "起病", "放射线因素可能与纤维肉瘤的起病有关。", [("纤维肉瘤", "disease")],
     {**CAUSES, "record_disease": "纤维肉瘤"}, "possible", "present"),
    ("cause_link", "的发作", "免疫功能状态的变化也可能参与风湿热的发作。", [("风湿热", "disease")],
     {**CAUSES, "record_disease": "风湿热"}, "possible", "present"),
    ("part_itself", "萌出", "沟底和侧壁无乳头萌出", [("乳头", "body")], {}, "present", "negated"),
    ("lesion_part", "面", "肌肉撕裂和骨折面裸露", [("肌肉", "body"), ("骨折", "disease")],
     {**CAUSES, "record_disease": "胫腓骨骨干骨折"}, "other_disease", "present"),
    ("back_to_the_record", "此病", "类风湿关节炎多为对称性小关节炎,而此病多为单关节炎,血尿酸升高。",
     [("类风湿关节炎", "disease"), ("血尿酸", "test")], DIFFERENTIAL, "other_disease", "present"),
    ("how_often", "居多", "骨不连者居多", [("骨不连", "disease")], {"record_disease": "跟骨骨折"}, "other_disease", "present"),
    ("unknown_cause", "依然", "干燥综合征的病因依然不清楚,可能与遗传有关。约半数患者合并类风湿关节炎。",
     [("类风湿关节炎", "disease")], {"section": "gaishu_info/desc", "record_disease": "干燥综合征"}, "other_disease", "present"),
    ("cannot", "不便", "不便手术者", [("手术", "procedure")], {}, "present", "negated"),
    ("cannot_adverb", "马上", "不能马上手术", [("手术", "procedure")], {}, "present", "negated"),
    ("cannot_verb", "施行", "不能施行手术者", [("手术", "procedure")], {}, "present", "negated"),
    ("disease_list_opening", "并见", "可并见高脂血症、脑水肿、耳源性眩晕等疾病。", [("高脂血症", "disease"), ("脑水肿", "symptom")],
     SYMPTOM, "present", "other_disease"),
    ("disease_list_noun", "疾患", "本证常见于虚劳、心悸、眩晕,以及西医的贫血、心肌炎等疾患。", [("心悸", "symptom"), ("贫血", "symptom")],
     SYMPTOM, "present", "other_disease"),
    ("confused_with", "误诊", "易与急性阑尾炎误诊。", [("急性阑尾炎", "disease")], SYMPTOM, "present", "other_disease"),
    ("compared_kind", "常见", "故与常见的室间隔缺损不同。", [("室间隔缺损", "disease")], {}, "present", "other_disease"),
    ("comparison_degree", "显著", "其预后与尤文氏肉瘤显著不同。", [("尤文氏肉瘤", "disease")], {}, "present", "other_disease"),
    ("comparison_end", "相近", "症状与肾母细胞瘤相近。", [("肾母细胞瘤", "disease")], {}, "present", "other_disease"),
    ("told_apart", "区分", "应与偏头痛区分。后者头痛伴视力异常。", [("偏头痛", "disease"), "头痛"],
     {"record_disease": "紧张性头痛"}, "present", "other_disease"),
    ("another_kind", "伪", "动脉瘤时有发热", [("动脉瘤", "disease"), "发热"], {"record_disease": "伪动脉瘤"},
     "present", "other_disease"),
    # moved s21: the shipped 症状 and 下述, 与, 疾病, 有 of test_assertion.py's sentences swapped for words that are no rows
    ("list_closing", "表现", "亦无联想增快、思维奔逸表现", ["思维奔逸"], {}, "present", "negated"),
    ("cause_colon_link", "同", "继发性二尖瓣脱垂可能同下述病因有关:遗传性结缔组织病、冠心病。", [("冠心病", "disease")],
     {"record_disease": "二尖瓣脱垂综合征"}, "present", "other_disease"),
    ("cause_colon_following", "下面", "继发性二尖瓣脱垂可能与下面病因有关:遗传性结缔组织病、冠心病。", [("冠心病", "disease")],
     {"record_disease": "二尖瓣脱垂综合征"}, "present", "other_disease"),
    ("cause_colon_noun", "疾患", "继发性二尖瓣脱垂可能与下述疾患有关:遗传性结缔组织病、冠心病。", [("冠心病", "disease")],
     {"record_disease": "二尖瓣脱垂综合征"}, "present", "other_disease"),  # no 病因 nor 疾病 in the text: the row is checked
    ("cause_colon_verb", "包含", "常见病因包含：冠心病、高血压\n本病可并发肺水肿。", [("冠心病", "disease")],
     {"record_disease": "心力衰竭"}, "present", "other_disease"),    # moved s22: the shipped 伴发 of test_assertion.py's title (白塞病伴发的精神障碍) swapped for a word that is no row
    ("base_link", "并发", "白塞病为自体免疫性疾病,病因尚不清", [("白塞病", "disease")],
     {"section": "cause_info", "record_disease": "白塞病并发的精神障碍"}, "other_disease", "present"),
]


def test_every_moved_class_has_an_example():
    assert {case[0] for case in CASES} == set(MOVED_SIDES)


@pytest.mark.parametrize(("category", "word", "text", "terms", "kwargs", "without", "with_row"), CASES,
                         ids=[case[0] for case in CASES])
def test_a_word_a_user_adds_to_a_moved_class_takes_effect(added, mark, category, word, text, terms, kwargs, without, with_row):
    assert assign_context(text, mark(text, *terms), **kwargs)[-1].assertion == without
    added(word, category)
    assert assign_context(text, mark(text, *terms), **kwargs)[-1].assertion == with_row


@pytest.mark.parametrize(
    ("disease", "record"),
    [
        ("动脉瘤", "伪动脉瘤"),  # the word before a broader name, and its first character before a lesion head
        ("关节炎", "幼年伪风湿性关节炎"),  # …in an adjective in 性 opening the name
        ("血管瘤", "伪海绵状血管瘤"),  # …in a kind or site opening it
        ("轻度肠梗阻", "伪肠梗阻"),  # …before a graded name
    ],
)
def test_one_another_kind_row_takes_full_effect(added, mark, disease, record):
    # 假性动脉瘤 is no 动脉瘤: a user's 伪 row is read wherever 假性 is (s19 had it in two constants, and a word added
    # to one alone left 伪动脉瘤 a kind of 动脉瘤)
    text = f"{disease}时有发热"
    assert [a.assertion for a in assign_context(text, mark(text, (disease, "disease"), "发热"), record_disease=record)] == [
        "present", "present"]
    added("伪", "another_kind")
    assert [a.assertion for a in assign_context(text, mark(text, (disease, "disease"), "发热"), record_disease=record)] == [
        "other_disease", "other_disease"]
