"""Therapy rows a review of xywy medical_2 (2026-12-05) found wrong: an operation that is only the
time of nursing, diet or a finding, also in a section about treatment or nursing (R1)."""

from __future__ import annotations

import pytest

import pipeline


def therapies(text: str, section: str = "nursing_info") -> list[str]:
    return list(pipeline.run([{"name": "测试病", section: text}])["therapies"]["therapy"])


@pytest.mark.parametrize(
    "text",
    [
        "手术后每日换药，洗澡并配合理疗。",  # (术)后, no result in this clause or the next
        "放疗期间忌服辛辣香燥等刺激性食物。",  # an anchor, more of the clause after it
        "化疗前后保持口腔清洁。",
        "在施行手术的时候，应严格小心。",  # 在 … 的时候 closing the clause
        "胃切除术后胃酸缺乏。",
    ],
)
def test_an_operation_as_a_time_is_no_therapy_in_a_nursing_section(text):
    assert [t for t in therapies(text) if t != "理疗"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("手术切除后常有复发。", ["手术切除"]),  # a result of the surgery
        ("化疗期间可获缓解。", ["化疗"]),
        ("服用异烟肼时忌吃无鳞鱼。", ["异烟肼"]),  # a drug is not touched
        ("在自我按摩的同时，可稍用力挤压乳房。", ["按摩"]),  # 同时 is no setting_end
        ("手术时间较长。", ["手术"]),  # 时间 is no anchor
    ],
)
def test_an_operation_with_a_result_or_a_drug_stays(text, expected):
    assert therapies(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # R2: a drug named as a cause, before it or as the subject of a causing verb
        ("后者在我国的主要原因为皮质类固醇的应用及酗酒。", []),
        ("狼疮脑病因大剂量应用激素，使免疫功能降低。", []),
        ("还有的是继发于药物治疗，如皮质类固醇和青霉胺的使用。", []),  # past ，如
        ("有人提出大剂量糖皮质激素的使用及小剂量环孢霉素A的应用可诱发肾危象。", []),  # not 促进, which also helps (code review)
        # not touched: a drug given, 如 with no cause word before it
        ("可选用抗生素如青霉素、红霉素治疗。", ["抗生素", "青霉素", "红霉素"]),
        ("口服泼尼松治疗有效。", ["泼尼松"]),
    ],
)
def test_a_drug_named_as_a_cause_is_no_therapy(text, expected):
    assert therapies(text, "gaishu_info") == expected


def test_a_treatment_named_in_the_causes_makes_no_exposure_of_its_canonical_name():
    # therapies re-review of medical_2: 手术治疗 is 手术 now, and a cause section's patient group
    # (在手术治疗的胰腺癌中) made every 手术 of the record a cause
    record = {"name": "胰腺癌", "cause_info": "在手术治疗的胰腺癌中，多数为导管腺癌。", "prognosis": "手术死亡率较高。"}
    assert list(pipeline.run([record])["therapies"]["therapy"]) == ["手术"]
    # a drug the causes name is still one of its exposures
    record = {"name": "黄褐斑", "cause_info": "口服避孕药可诱发本病。", "symptom": "常有口服避孕药史或服用避孕药。"}
    assert list(pipeline.run([record])["therapies"]["therapy"]) == []


@pytest.mark.parametrize(("text", "expected"), [
    # code review 2026-12-05: a conditional 如 after a cause word names no example of a cause
    ("由于病情较重，如泼尼松无效可加用环磷酰胺。", ["泼尼松", "环磷酰胺"]),
    ("由于感染，如果理疗无效。", ["理疗"]),
    # a course of treatment, and a result after 后, keep the operation
    ("术前放疗后再行手术切除。", ["放疗", "手术切除"]),
    ("放射治疗后肿瘤缩小。", ["放疗"]),
    # 促进 after a use also says it helps
    ("糖皮质激素的应用可促进炎症吸收。", ["糖皮质激素"]),
])
def test_what_the_code_review_found_stays_a_therapy(text, expected):
    assert therapies(text, section="treat_info") == expected
