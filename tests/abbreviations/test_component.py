"""The medical_abbreviations component: abbreviation uses joined with the dictionary's mentions."""

import shutil

import pytest

from pipeline.doc_values import doc_value
from pipeline.language import load
from pipeline.process import process_record
from pipeline.reader import Record, Section
from pipeline.resources import DEFAULT_DICTIONARY_DIR


@pytest.fixture(scope="module")
def nlp():
    return load(span_views=False)


def mention(doc, text):
    (found,) = [e for e in doc_value(doc, "entities") if e.text == text and not e.nested]
    return found


def test_the_dictionarys_label_stands_where_the_table_knows_the_abbreviation_too(nlp):
    kub = mention(nlp("行KUB检查。"), "KUB")
    assert (kub.label, kub.canonical, kub.abbr) == ("procedure", "尿路平片", "KUB")


def test_a_dictionary_entry_without_a_chinese_name_takes_the_tables_expansion(nlp):
    ct = mention(nlp("CT示肺部阴影。"), "CT")
    assert (ct.label, ct.canonical) == ("procedure", "计算机断层扫描")


def test_a_users_entry_is_not_overridden_by_the_abbreviation_table(tmp_path):
    folder = tmp_path / "dictionaries"
    shutil.copytree(DEFAULT_DICTIONARY_DIR, folder)
    with (folder / "entities" / "curated.tsv").open("a", encoding="utf-8") as handle:
        handle.write("CC\ttest\t肌酐清除率\tuser\t\t\n")
    cc = mention(load(folder, span_views=False)("肾功能检查示CC偏低。"), "CC")
    assert (cc.label, cc.canonical) == ("test", "肌酐清除率")


def test_a_records_own_definition_still_names_the_abbreviation(nlp):
    doc = nlp("血管内皮生长因子(VEGF)升高，VEGF可达正常的10倍。")
    use = [e for e in doc_value(doc, "entities") if e.text == "VEGF"][-1]  # the one after the definition
    assert (use.label, use.canonical, use.source) == ("test", "血管内皮生长因子", "abbreviation:text")


def test_the_abbreviation_in_its_own_definition_has_the_long_form_as_canonical(nlp):
    # POEMS综合征 seed: the only VEGF of the record is the one in its definition's bracket
    doc = nlp("前炎性细胞因子和血管内皮生长因子(vascular endothelial growth factor,VEGF)的过度生成。")
    vegf = mention(doc, "VEGF")
    assert (vegf.label, vegf.canonical, vegf.abbr) == ("test", "血管内皮生长因子", "VEGF")
    assert vegf.source == "entities/curated.tsv"  # still the dictionary's mention, not a use
    # the definition's IL-6 and a later use are one thing
    doc = nlp("与人类白细胞介素-6(IL-6)类似的物质。IL-6水平升高。")
    defined, used = [e for e in doc_value(doc, "entities") if e.text == "IL-6"]
    assert defined.canonical == used.canonical == "白细胞介素-6"
    assert defined.abbr == used.abbr == "IL-6"


def test_the_records_own_long_form_names_the_abbreviation_in_its_bracket_too(nlp):
    # AF is 心房颤动 in the table and the dictionary; this text defines it otherwise
    doc = nlp("心房扑动(AF)患者中,AF常见。")
    defined, used = [e for e in doc_value(doc, "entities") if e.text == "AF"]
    assert defined.canonical == used.canonical == "心房扑动"


def test_an_abbreviation_the_record_defines_takes_the_label_of_its_long_forms_term(nlp):
    # the table knows SLE without a label, and the head word 疮 says nothing: the
    # dictionary term 系统性红斑狼疮 does
    doc = nlp("系统性红斑狼疮(SLE)常见。SLE患者有蛋白尿。")
    use = [e for e in doc_value(doc, "entities") if e.text == "SLE"][-1]
    assert (use.label, use.canonical, use.source) == ("disease", "系统性红斑狼疮", "abbreviation:text")


def test_a_defined_abbreviations_uses_take_the_label_of_its_row(nlp):
    # xywy medical_0 (ACH there): the head word 激素 guesses a test, but the dictionary knows
    # 肾上腺皮质激素 as a drug, and so does the abbreviations row: 孕妇用ACS is a drug
    record = Record("r1", "早产", "test", (Section("预防", "肾上腺皮质激素(ACS)可预防RDS。产前为孕妇用ACS。"),), ())
    rows = process_record(record, nlp)
    [row] = [row for row in rows["abbreviations"] if row["long_zh"] == "肾上腺皮质激素"]
    [use] = [row for row in rows["mentions"] if row["text"] == "ACS"]
    assert (row["label"], use["label"], use["source"]) == ("drug", "drug", "abbreviation:text")


def test_a_symptom_term_ending_a_diseases_name_gives_way_to_the_head_word(nlp):
    # xywy medical_1: the definition's long form is cut to 贫血 (a symptom term), whose head word
    # says disease: row and uses are a disease
    text = "纯红细胞再生障碍贫血(pure red cell anemia，PRCA)：PRCA是指骨髓红系造血干祖细胞受到损害。"
    rows = process_record(Record("r1", "贫血", "test", (Section("概述", text),), ()), nlp)
    [row] = [row for row in rows["abbreviations"] if row["abbr"] == "PRCA"]
    assert row["label"] == "disease"
    assert {use["label"] for use in rows["mentions"] if use["text"] == "PRCA"} == {"disease"}
    # an English gloss without abbreviation keeps the dictionary's symptom
    rows = process_record(Record("r1", "心衰", "test", (Section("概述", "患者出现水肿(edema)。"),), ()), nlp)
    assert [row["label"] for row in rows["abbreviations"] if row["long_zh"] == "水肿"] == ["symptom"]


def test_a_long_form_no_term_knows_keeps_the_head_words_label(nlp):
    # 胎盘生乳激素 is no dictionary term: its head word 激素 still makes HPL a test, row and uses
    record = Record("r1", "妊娠", "test", (Section("检查", "胎盘生乳激素(HPL)降低。HPL持续下降提示胎盘功能不良。"),), ())
    rows = process_record(record, nlp)
    [row] = [row for row in rows["abbreviations"] if row["abbr"] == "HPL"]
    assert row["label"] == "test"
    assert {use["label"] for use in rows["mentions"] if use["text"] == "HPL"} == {"test"}


def test_a_long_form_ending_with_a_dictionary_term_gives_its_label(nlp):
    # xywy (second review): 血管内皮素 is no term, 内皮素 is a test
    doc = nlp("血管内皮素(endothelin,ET)升高。ET可收缩血管。")
    use = [e for e in doc_value(doc, "entities") if e.text == "ET"][-1]
    assert (use.label, use.canonical) == ("test", "血管内皮素")


def test_an_abbreviated_long_form_ending_with_a_symptom_is_a_disease(nlp):
    # xywy 无症状型心肌缺血 (fourth review): 隐匿性心肌缺血 is no term, 心肌缺血 is a symptom; the
    # name abbreviated after it is a disease (abbreviations review of medical_6, P1), row and uses
    rows = process_record(Record("r1", "无症状型心肌缺血", "test", (Section("概述", "隐匿性心肌缺血(SMI)多见。SMI患者可猝死。"),), ()), nlp)
    assert [row["label"] for row in rows["abbreviations"] if row["abbr"] == "SMI"] == ["disease"]
    assert {use["label"] for use in rows["mentions"] if use["text"] == "SMI"} == {"disease"}


@pytest.mark.parametrize("text, long_zh, label", [
    ("即Jadassohn-Tiech蓝痣(bule nevus ceruleus)。", "Jadassohn-Tiech蓝痣", "disease"),  # xywy medical_6:194
    ("又称牙齿窦道(dental sinus)。", "牙齿窦道", None),  # medical_6:495: a gloss ending with a symptom is either
    ("热带性脂肪泻(tropic steatorrhea)。", "热带性脂肪泻", None),  # medical_12: … here a disease
    ("背胰导管(dorsal pancreatic duct)。", "背胰导管", None),  # a device ends it: no label
])
def test_a_rows_long_form_ending_with_a_dictionary_term_takes_its_label(nlp, text, long_zh, label):
    rows = process_record(Record("r1", "x", "test", (Section("概述", text),), ()), nlp)
    assert [(row["long_zh"], row["label"]) for row in rows["abbreviations"]] == [(long_zh, label)]


def test_a_table_abbreviation_kept_out_of_the_mentions_stays_out(nlp):
    # GLU has no label in the table on purpose (尿糖 is one meaning of several), though 尿糖
    # is a dictionary term
    assert not [e for e in doc_value(nlp("查GLU。"), "entities") if e.text == "GLU"]


def test_ad_alone_is_no_adenovirus(nlp):
    # xywy (review 2026-12-03): Ad型精原细胞 are A-dark spermatogonia; the table no longer says 腺病毒
    assert not [e for e in doc_value(nlp("Ad型精原细胞减少。"), "entities") if e.text == "Ad"]
    doc = nlp("腺病毒(adenovirus,Ad)感染。Ad可致肺炎。")  # a record defining it keeps it
    assert [e.canonical for e in doc_value(doc, "entities") if e.text == "Ad"][-1] == "腺病毒"


def test_an_abbreviation_in_a_context_of_another_sense_is_no_mention(nlp):
    # review of xywy medical_8–9 (2026-12-03, abbreviations): other_senses.tsv holds for the
    # table's abbreviations too: T3 of a tumour stage is no thyroid hormone
    doc = nlp("T3：癌浸润肠壁全层。血清T3下降。")
    assert [(e.text, e.start) for e in doc_value(doc, "entities") if e.text == "T3"] == [("T3", 13)]


def test_an_organisms_abbreviation_before_xing_and_a_disease_joins_it_nested(nlp):
    # context review of xywy medical_13 (2026-12-04): CMV性视网膜炎 is one disease (entities rule 8),
    # whose rate 其发生率 gives after CMV性视网膜炎是…最常见的眼内感染
    mentions = [(e.text, e.label, e.nested) for e in doc_value(nlp("CMV性视网膜炎是最常见的眼内感染。"), "entities")]
    assert mentions[:2] == [("CMV性视网膜炎", "disease", False), ("CMV", "microbe", True)]
    assert ("CMV", "microbe", False) in [(e.text, e.label, e.nested) for e in doc_value(nlp("CMV和视网膜炎。"), "entities")]


def test_an_organisms_abbreviation_before_ganran_is_one_infection_named_as_the_lexicon_does(nlp):
    # mentions review of xywy medical_8 (2026-12-05): 乳腺NTM感染 was NTM + a bare 感染; not 感染 with an
    # object (VIN感染HPV) nor the infected person (Hp感染者)
    mentions = [(e.text, e.label, e.canonical, e.nested) for e in doc_value(nlp("偶有隆乳术后引发乳腺NTM感染。"), "entities")]
    assert ("NTM感染", "disease", "非结核分枝杆菌感染", False) in mentions
    assert ("NTM", "microbe", "非结核分枝杆菌", True) in mentions
    assert mention(nlp("提示CMV感染与本病相关。"), "CMV感染").canonical == "巨细胞病毒感染"
    for text in ("VIN感染HPV。", "有Hp感染者。"):
        assert "感染" in [e.text for e in doc_value(nlp(text), "entities") if e.label == "disease"]


def test_a_test_sharing_a_finding_head_is_named_by_the_table_as_alone(nlp):
    # IgA of IgA、IgG、IgM升高 is a symptom (rule 17) and the test nested at the same place: 免疫球蛋白A
    mentions = doc_value(nlp("前列腺液中的IgA、IgG、IgM升高。"), "entities")
    assert [(e.text, e.canonical) for e in mentions if e.label == "test"] == [
        ("IgA", "免疫球蛋白A"), ("IgG", "免疫球蛋白G"), ("IgM", "免疫球蛋白M")]


def test_a_table_row_without_label_names_the_dictionarys_mention(nlp):
    # LH was mined from 黄体生成素(LH) without label; the entities know LH as a test
    lh = mention(nlp("使FSH和LH水平升高。"), "LH")
    assert (lh.label, lh.canonical, lh.abbr) == ("test", "黄体生成素", "LH")


def test_a_table_row_without_label_does_not_name_a_mention_inside_a_longer_word(nlp):
    assert mention(nlp("血清LH-RH升高。"), "LH").abbr == ""


def test_a_table_row_without_label_does_not_name_a_mention_the_dictionary_means_otherwise(tmp_path):
    # abbreviations.tsv: SP 申办方 (no label); a user's entry SP, no Chinese name (the shipped drug.tsv
    # had one from qasystem until it was retired: 0 of 29 such mentions in xywy were drugs)
    folder = tmp_path / "dictionaries"
    shutil.copytree(DEFAULT_DICTIONARY_DIR, folder)
    with (folder / "entities" / "curated.tsv").open("a", encoding="utf-8") as handle:
        handle.write("SP\tdrug\tSP\tuser\t\t\n")
    sp = mention(load(folder, span_views=False)("末梢释放SP。"), "SP")
    assert (sp.canonical, sp.abbr) == ("SP", "")


def test_two_mentions_at_the_same_offsets_both_stay_beside_an_abbreviation(nlp):
    found = [(e.label, e.canonical) for e in doc_value(nlp("使红，白细胞和血小板减少，LH升高。"), "entities") if e.text == "白细胞"]
    assert found == [("symptom", "白细胞减少"), ("test", "白细胞")]


def test_a_dictionaries_folder_extended_with_an_abbreviation_is_read(tmp_path):
    # a copy of the dictionaries extended for another disease: its abbreviations.tsv is read by
    # run(dictionaries=…), as its entity files are (it was read from the shipped folder only)
    import pipeline

    folder = tmp_path / "dictionaries"
    shutil.copytree(DEFAULT_DICTIONARY_DIR, folder)
    with (folder / "abbreviations.tsv").open("a", encoding="utf-8") as handle:
        handle.write("NMOSD\tneuromyelitis optica spectrum disorder\t视神经脊髓炎谱系疾病\tdisease\tuser\t\t\n")
    record = {"name": "视神经脊髓炎", "诊断": "NMOSD患者可见视力下降。"}
    rows = pipeline.run([record], dictionaries=folder)["abbreviations"]
    assert list(rows.loc[rows["abbr"] == "NMOSD", "long_zh"]) == ["视神经脊髓炎谱系疾病"]
    shipped = pipeline.run([record])["abbreviations"]  # the shipped table has no NMOSD
    assert "NMOSD" not in set(shipped["abbr"])


def test_lsd_alone_names_nothing(nlp):
    # abbreviations review of medical_6 (P7): the table's LSD (溶酶体贮积病) has no label; xywy's uses mean the drug
    assert not [e for e in doc_value(nlp("致幻剂(如LSD)滥用偶有报道。"), "entities") if e.text == "LSD"]


def test_a_misspelt_long_form_takes_the_canonical_name(nlp):
    # abbreviations review of medical_6 (P8): 转移 is a common slip for 转化
    rows = process_record(Record("r1", "x", "test", (Section("病因", "以及转移生长因子(TGF-β)增加。"),), ()), nlp)
    assert [row["canonical"] for row in rows["abbreviations"] if row["abbr"] == "TGF-β"] == ["转化生长因子"]


def rows_of(nlp, text, disease="x", path="病因"):
    return process_record(Record("r1", disease, "test", (Section(path, text),), ()), nlp)


def test_an_abbreviation_row_takes_the_tests_canonical_not_the_shared_head_finding(nlp):
    # row check 2026-12-05 (#1, medical_0:36): 伴IgG、IgM及IgA升高 gave IgM the canonical IgM升高, the finding
    # rule 17 makes of it; the abbreviation is the test
    rows = rows_of(nlp, "伴IgG、IgM及IgA升高。", path="检查")
    assert {row["abbr"]: row["canonical"] for row in rows["abbreviations"]} == {
        "IgG": "免疫球蛋白G", "IgM": "免疫球蛋白M", "IgA": "免疫球蛋白A"}
    assert [row["n_mentions"] for row in rows["abbreviations"]] == [1, 1, 1]  # the finding counts no use


def test_a_long_form_kept_with_its_human_word_takes_the_dictionarys_canonical(nlp):
    # row check 2026-12-05 (#7, medical_13:317): keeping 人类 (P4) gave HPV the canonical 人类乳头状瘤病毒
    rows = rows_of(nlp, "人类乳头状瘤病毒(HPV)感染与本病有关。HPV感染可持续存在。")
    (row,) = rows["abbreviations"]
    assert (row["long_zh"], row["canonical"], row["label"]) == ("人类乳头状瘤病毒", "人乳头瘤病毒", "microbe")
    assert {m["canonical"] for m in rows["mentions"] if m["text"] == "HPV"} == {"人乳头瘤病毒"}


def test_an_examination_keeps_the_tables_label_over_its_names_last_word(nlp):
    # row check 2026-12-05 (#7, medical_13:40): PET went procedure → test (体层摄影 is a test)
    (row,) = rows_of(nlp, "正电子发射体层摄影(PET)检查可见代谢降低。", path="检查")["abbreviations"]
    assert (row["abbr"], row["label"]) == ("PET", "procedure")


def test_a_disease_after_a_verb_of_doing_a_procedure_is_the_procedure(nlp):
    # row check 2026-12-05 (#7, medical_10:279): 进行选择性流产(selective abortion) was labelled disease
    (row,) = rows_of(nlp, "可进行选择性流产(selective abortion)。", path="治疗")["abbreviations"]
    assert (row["long_en"], row["label"]) == ("selective abortion", "procedure")
    (row,) = rows_of(nlp, "进行性骨化性肌炎(myositis ossificans progressiva)少见。")["abbreviations"]
    assert row["label"] == "disease"  # 进行性 is no verb
