"""Therapy rows a review of xywy medical_8 (2026-12-05) found wrong or missing: routes written
as 漱口 or 阴道局部使用, records named after what a drug caused, outcome words, 剖宫产 as a
surgery, 万 dose ranges and TCM preparations named by their canonical."""

from __future__ import annotations

import pytest

from tests.helpers import therapy_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("咽痛者可用生理盐水漱口，有条件可在家中使用加湿器。", [("生理盐水", "含漱", None)]),
        ("或抗真菌药阴道局部使用，每周1次，连续6个月。", [("抗真菌药", "阴道", None)]),
        # 漱口液 is a drug of its own, not the saline's route
        ("可以用生理盐水和漱口液进行口腔护理，饮食注意清淡。", [("生理盐水", None, None)]),
    ],
)
def test_mouth_rinse_and_vaginal_routes(text, expected):
    assert therapy_rows(text, "nursing_info") == expected


def rows_in(name: str, text: str, section: str = "prevent_info") -> list[str]:
    import pipeline

    return pipeline.run([{"name": name, section: text}])["therapies"]["therapy"].tolist()


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # 类 and 物 the name puts into the drug's name: 非甾体(类)抗炎药(物)性
        ("非甾体类抗炎药物性肾病", "使用NSAIDs时应充分了解其作用机制和有关的不良反应。"),
        # named_cause 所致
        ("玻璃体及视网膜脱离手术所致青光眼", "手术中使用最少需要量的膨胀气体。"),
    ],
)
def test_a_therapy_the_records_name_says_caused_it_is_no_row(name, text):
    assert rows_in(name, text) == []


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("肾移植", "肾移植无疑是治疗慢性肾功能衰竭的最好方法。", ["肾移植"]),  # the name is the therapy
        ("核黄素缺乏病", "全身治疗给予核黄素口服，每日10-15毫克。", ["维生素B2"]),  # no cause word after it
        ("急性肾炎", "使用NSAIDs时应充分了解其作用机制。", ["非甾体抗炎药"]),
    ],
)
def test_a_therapy_the_name_does_not_blame_stays(name, text, expected):
    assert rows_in(name, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本病手术切除可根治。", [("手术切除", None, "治愈")]),
        ("务期尽快地达到根治，可用青霉素。", [("青霉素", None, None)]),  # a goal
        ("早期手术切除，预后较好。", [("手术切除", None, "有效")]),  # the whole next clause
        ("化疗后，瘤体<5cm者预后较好。", [("化疗", None, None)]),  # a subgroup's prognosis
        ("对多种常用抗生素耐药，可选用万古霉素。", [("抗生素", None, "无效"), ("万古霉素", None, None)]),
        ("服用氯喹，以免疟原虫对它产生耐药性。", [("氯喹", "口服", None)]),
    ],
)
def test_cure_prognosis_and_resistance_words(text, expected):
    assert therapy_rows(text, "treat_info") == expected


def dose(text: str) -> list[list]:
    import pipeline

    table = pipeline.run([{"name": "测试病", "treat_info": text}])["therapies"]
    return table[["therapy", "dose", "dose_high", "dose_unit"]].values.tolist()


def test_a_range_of_ten_thousands_keeps_its_low_end():
    assert dose("青霉素80万～200万U/d，分2次肌注。") == [["青霉素", 80.0, 200.0, "万U/d"]]
    assert dose("青霉素80万U/d肌注。") == [["青霉素", 80.0, 80.0, "万U/d"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("患生殖器疱疹的孕妇应采用剖宫产分娩。", [("剖宫产", None, None)]),
        ("对母儿生命威胁很大，可做选择性剖宫产手术。", [("剖宫产", None, None)]),
        # no use word before it: an indication, a risk, a rate
        ("正确处理产程，严格掌握剖宫产指征。", []),
        ("如年龄>35岁，肥胖，孕期长期卧床或不活动或剖宫产等。", []),
        ("应采用措施降低剖宫产率。", []),
    ],
)
def test_caesarean_section_is_a_surgery_only_after_a_use_word(text, expected):
    assert therapy_rows(text, "prevent_info") == expected


def categories(text: str, section: str = "nursing_info") -> list[list]:
    import pipeline

    return pipeline.run([{"name": "测试病", section: text}])["therapies"][["therapy", "category"]].values.tolist()


def test_a_decoction_named_by_its_canonical_is_tcm():
    # 四磨汤口服液 ends in no suffix of therapy_categories.tsv; its canonical 四磨汤 ends in 汤
    assert categories("必要时给予四磨汤口服液及缓泻剂。") == [["四磨汤", "tcm"], ["缓泻剂", "drug"]]
    assert categories("腹泻者可给予蒙脱石散口服。") == [["蒙脱石散", "drug"]]  # its exact row wins over 散


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("口腔出血者可用去甲肾上腺素盐水含漱。", [("去甲肾上腺素", "含漱", None)]),
        ("用含新霉素100mg/L和多粘菌素B100mg/L的生理盐水冲洗。",
         [("新霉素", None, None), ("多黏菌素", None, None)]),
        # a fluid given for itself: after 葡萄糖, or alone
        ("可用生理盐水漱口。", [("生理盐水", "含漱", None)]),
        ("脱水者静脉滴注葡萄糖盐水。", [("葡萄糖", "静滴", None), ("盐水", "静滴", None)]),
    ],
)
def test_saline_a_drug_is_given_in_is_no_row(text, expected):
    assert therapy_rows(text, "nursing_info") == expected


def radiotherapy(text: str) -> list[list]:
    import pipeline

    table = pipeline.run([{"name": "测试病", "nursing_info": text}])["therapies"]
    return table[["therapy", "dose", "dose_unit", "sessions"]].astype(object).where(table.notna(), None).values.tolist()


def test_a_radiation_dose_and_its_fractions_are_the_radiotherapys():
    text = "可应用放射治疗，尤其切除骨化块后更可应用，术后3～4天后进行，总量20Gy(2000rad)，分10次。"
    assert radiotherapy(text)[0] == ["放疗", 20.0, "Gy", 10]
    # no drug takes an absorbed dose
    assert radiotherapy("口服泼尼松，总量20Gy。") == [["泼尼松", None, None, None]]


def amounts(text: str, section: str = "treat_detail") -> list[list]:
    import pipeline

    table = pipeline.run([{"name": "测试病", section: text}])["therapies"]
    columns = ["therapy", "dose", "dose_unit", "volume", "volume_unit"]
    return table[columns].astype(object).where(table[columns].notna(), None).values.tolist()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # code review 2026-12-05, D3: the skipped saline's volume is the fluid given, never the drug's dose
        ("可用庆大霉素生理盐水200ml膀胱冲洗，每日2次。", [["庆大霉素", None, None, 200.0, "ml"]]),
        ("给予呋塞米生理盐水500ml静脉滴注。", [["呋塞米", None, None, 500.0, "ml"]]),
        # untouched: a drug's own dose before the saline (no vehicle then), and a saline given for itself
        ("可用庆大霉素8万U生理盐水200ml膀胱冲洗。", [["庆大霉素", 8.0, "万U", None, None], ["生理盐水", 200.0, "ml", None, None]]),
        ("静脉滴注生理盐水500ml。", [["生理盐水", 500.0, "ml", None, None]]),
    ],
)
def test_a_vehicles_volume_is_no_dose_of_the_drug(text, expected):
    assert amounts(text) == expected


def test_a_drug_canonicals_suffix_gives_only_a_drugs_category():
    # code review 2026-12-05, D4: 参苓白术 ends in 术 (the herb 白术), 微丸 and 睾丸 in 丸
    assert categories("脾虚者可口服参苓白术片治疗。") == [["参苓白术", "tcm"]]
    assert categories("可给予红霉素肠溶微丸胶囊口服治疗。") == [["红霉素肠溶微丸", "drug"]]
    assert categories("必要时给予四磨汤口服液及缓泻剂。") == [["四磨汤", "tcm"], ["缓泻剂", "drug"]]


def test_no_drug_of_the_lexicon_is_an_operation():
    """The drug.tsv sweep of the code review (2026-12-05): a drug's text or canonical makes no surgery."""
    from pipeline.clinical.vocabulary import load_clinical_vocabulary
    from pipeline.lexicon.loader import load_lexicon

    voc = load_clinical_vocabulary()
    categories = {(e.term, voc.category("drug", e.term, e.canonical or e.term))
                  for e in load_lexicon().entries.values() if e.label == "drug"}
    assert [c for c in categories if c[1] in ("surgery", "radiotherapy", "chemotherapy")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # code review 2026-12-05, D6: a tolerance limit or threshold in another clause is no dose
        ("可行放射治疗，脊髓受照剂量超过45Gy时易发生放射性脊髓炎。", ["放疗", None, None, None]),
        ("可行放射治疗，放射量阈值在25Gy。", ["放疗", None, None, None]),
        ("放射治疗剂量不超过40Gy。", ["放疗", None, None, None]),
        # untouched: a clause opening with 总量 or 每次 gives the dose
        ("可应用放射治疗，尤其切除骨化块后更可应用，术后3～4天后进行，总量20Gy(2000rad)，分10次。", ["放疗", 20.0, "Gy", 10]),
        ("局部放射治疗，每次2Gy。", ["放疗", 2.0, "Gy", None]),
    ],
)
def test_a_radiation_limit_is_no_dose(text, expected):
    assert radiotherapy(text)[0] == expected
