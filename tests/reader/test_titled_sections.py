"""A list of titled texts inside a record is read as titled sections: ``{"内容": [{"标题": "病因",
"正文": "…"}]}`` is one section ``内容/病因`` (new-user report), not ``内容/0/标题`` and ``内容/0/正文``.
The title and text keys are rows of ``dictionaries/record_reading.tsv``."""

import pytest

import pipeline
from pipeline.context.sections import section_kind
from pipeline.reader import Record, read_value

GOUT = {
    "name": "痛风",
    "内容": [
        {"标题": "病因", "正文": "高嘌呤饮食、饮酒和肥胖可诱发痛风。"},
        {"标题": "治疗", "正文": "急性期用秋水仙碱。"},
    ],
}


def read_one(value):
    [record] = read_value(value)
    assert isinstance(record, Record)
    return record


def sections_of(value):
    return [(s.path, s.text) for s in read_one(value).sections]


def test_a_list_of_titled_texts_is_one_section_per_title():
    record = read_one(GOUT)
    assert [(s.path, s.text) for s in record.sections] == [
        ("内容/病因", "高嘌呤饮食、饮酒和肥胖可诱发痛风。"), ("内容/治疗", "急性期用秋水仙碱。")]
    # the titles are no sections (no prose): they are the list's labels, as a list of strings' items are
    assert record.fields == (("name", "痛风"), ("内容", "病因"), ("内容", "治疗"))


@pytest.mark.parametrize(("record", "paths"), [
    ({"name": "糖尿病", "sections": [{"title": "概述", "content": "一种代谢病。"}, {"title": "病因", "content": "遗传。"}]},
     ["sections/概述", "sections/病因"]),
    ({"name": "糖尿病", "章节": [{"heading": "临床表现", "text": "多饮、多尿。"}]}, ["章节/临床表现"]),
    ({"name": "糖尿病", "章节": [{"小标题": "治疗", "内容": "降糖。"}]}, ["章节/治疗"]),
])
def test_titled_texts_are_read_whatever_the_keys_record_reading_lists(record, paths):
    assert [path for path, _ in sections_of(record)] == paths


@pytest.mark.parametrize(("record", "paths"), [
    # a list of named things (complications, drugs, symptoms): the names stay texts of their own,
    # so they are mentions (code review 2026-12-04: as titles they were only record_fields)
    ({"name": "感冒", "并发症": [{"name": "肺炎", "desc": "咳嗽、咳痰。"}, {"name": "中耳炎", "desc": "耳痛。"}]},
     ["并发症/0/name", "并发症/0/desc", "并发症/1/name", "并发症/1/desc"]),
    ({"name": "感冒", "症状": [{"名称": "发热", "描述": "体温升高。"}]}, ["症状/0/名称", "症状/0/描述"]),
])
def test_named_items_are_read_key_by_key_so_their_names_are_mentions(record, paths):
    assert [path for path, _ in sections_of(record)] == paths


def test_a_named_complication_is_a_mention():
    tables = pipeline.run([{"name": "感冒", "并发症": [{"name": "肺炎", "desc": "多见于老年人。"}]}])
    assert ("肺炎", "disease") in set(zip(tables["mentions"]["text"], tables["mentions"]["label"]))


def test_a_title_met_twice_gets_a_number():
    record = {"name": "痛风", "内容": [{"标题": "病因", "正文": "饮酒。"}, {"标题": "病因", "正文": "肥胖。"}]}
    assert sections_of(record) == [("内容/病因", "饮酒。"), ("内容/病因#2", "肥胖。")]


def test_an_item_s_other_keys_are_read_as_before():
    record = {"name": "痛风", "内容": [{"标题": "病因", "正文": "饮酒。", "来源": "百科全书", "页": 12}]}
    found = read_one(record)
    assert [(s.path, s.text) for s in found.sections] == [("内容/病因", "饮酒。"), ("内容/0/来源", "百科全书")]
    assert ("内容/0/页", "12") in found.fields


def test_a_titled_text_that_is_a_placeholder_or_a_number_is_no_section():
    record = {"name": "痛风", "内容": [{"标题": "预防", "正文": "暂无"}, {"标题": "发病率", "正文": "0.1%"}, {"标题": "治疗", "正文": "秋水仙碱。"}]}
    found = read_one(record)
    assert [s.path for s in found.sections] == ["内容/治疗"]
    assert ("内容/发病率", "0.1%") in found.fields and ("内容", "预防") in found.fields


@pytest.mark.parametrize(("item", "paths"), [
    # two title keys, or two text keys: which one is the title, which the text?
    ({"标题": "肺炎", "title": "并发症", "desc": "咳嗽。"}, ["内容/0/标题", "内容/0/title", "内容/0/desc"]),
    ({"标题": "病因", "正文": "饮酒。", "描述": "肥胖。"}, ["内容/0/标题", "内容/0/正文", "内容/0/描述"]),
    # a title that is prose, or no string; a text that is no string
    ({"标题": "痛风的病因有哪些？", "正文": "饮酒。"}, ["内容/0/标题", "内容/0/正文"]),
    ({"标题": "痛风" * 16, "正文": "饮酒。"}, ["内容/0/标题", "内容/0/正文"]),
    ({"标题": 1, "正文": "饮酒。"}, ["内容/0/正文"]),
    ({"标题": "病因", "正文": {"遗传": "有家族史。"}}, ["内容/0/标题", "内容/0/正文/遗传"]),
    # no title key, or no text key
    ({"问题": "痛风是什么病", "回答": "代谢病。"}, ["内容/0/问题", "内容/0/回答"]),
    ({"部位": "关节", "正文": "红肿。"}, ["内容/0/部位", "内容/0/正文"]),
])
def test_an_item_that_is_no_titled_text_is_read_key_by_key_as_before(item, paths):
    assert [path for path, _ in sections_of({"name": "痛风", "内容": [item]})] == paths


def test_titled_texts_in_an_object_keyed_by_position_are_read_key_by_key():
    # only a list's items are titled sections (an object of them is left as it was)
    record = {"id": "1001", "章节": {"1": {"name": "概述", "内容": "多饮。"}}}
    assert [path for path, _ in sections_of(record)] == ["章节/1/name", "章节/1/内容"]


@pytest.mark.parametrize("document", [
    {"data": [{"name": "甲病", "desc": "头痛。"}, {"name": "乙病", "desc": "发热。"}]},
    [{"name": "甲病", "desc": "头痛。"}, {"name": "乙病", "desc": "发热。"}],
])
def test_a_list_of_records_is_still_records_not_titled_sections(document):
    # titled sections are read inside a record only: records with a name and a desc stay records
    records = list(read_value(document))
    assert [(r.disease, [(s.path, s.text) for s in r.sections]) for r in records] == [
        ("甲病", [("desc", "头痛。")]), ("乙病", [("desc", "发热。")])]


def test_a_file_of_nothing_but_sections_titled_by_headings_is_one_record():
    # code review (2026-12-04): title is a name key too, so this was read as records named 概述 and
    # 病因; titles that are section headings (section_headings.tsv, overview keys) name no records
    sections = [{"title": "概述", "content": "一种代谢病。"}, {"title": "病因", "content": "遗传。"}]
    assert [s.path for s in read_one({"sections": sections}).sections] == ["sections/概述", "sections/病因"]
    assert [s.path for s in read_one({"id": "1001", "sections": sections}).sections] == ["sections/概述", "sections/病因"]
    # items named by diseases are records still
    assert [r.disease for r in read_value({"data": [{"title": "甲病", "content": "头痛。"}, {"title": "乙病", "content": "发热。"}]})] == ["甲病", "乙病"]


def test_a_cause_section_read_from_a_titled_text_is_a_cause_section():
    [cause, treatment] = read_one(GOUT).sections
    assert (section_kind(cause.path), section_kind(treatment.path)) == ("cause", "")
    assert section_kind("内容/0/正文") == ""  # the path it had before: no cause section


def test_findings_in_a_titled_cause_section_are_background_end_to_end():
    mentions = pipeline.run(GOUT)["mentions"]
    rows = {(row.section, row.text): row.assertion for row in mentions.itertuples()}
    assert rows[("内容/病因", "肥胖")] == "background"  # read as 内容/0/正文 it was present
    assert rows[("内容/病因", "痛风")] == "present"  # the record's own disease stays present
    assert rows[("内容/治疗", "秋水仙碱")] == "present"


def test_the_readme_names_the_shipped_title_and_text_keys():
    import re

    from pipeline.reader.records import reading_rules
    from tests.conftest import PROJECT_ROOT

    readme = " ".join((PROJECT_ROOT / "README.md").read_text(encoding="utf-8").split())
    found = re.search(r"Title keys are (.*?); text keys (.*?)\. ", readme)
    assert found, "README lost its sentence naming the title and text keys"
    titles, texts = (set(re.findall(r"`([^`]+)`", group)) for group in found.groups())
    assert (titles, texts) == (reading_rules().section_title_keys, reading_rules().section_text_keys)
