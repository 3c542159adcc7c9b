"""The context stage inside the spaCy pipeline (the rules themselves: test_rules.py)."""

import pytest

from pipeline.language import load
from tests.helpers import MINI_DICTIONARIES


@pytest.fixture(scope="module")
def nlp():
    return load(MINI_DICTIONARIES)


def run(nlp, text, section=""):
    doc = nlp.make_doc(text)
    doc._.section = section
    return [(e.text, e._.assertion, e._.modifier, e._.about, e._.cue) for e in nlp(doc).ents]


def test_cues_decide_the_assertion_and_are_kept(nlp):
    assert run(nlp, "偶见多毛，无水肿，呈弥漫性色素沉着。") == [
        ("多毛", "rare", "rare", "", "偶见"),
        ("水肿", "negated", "negated", "", "无"),
        ("弥漫性色素沉着", "present", "present", "", ""),
    ]


def test_findings_in_a_differential_item_belong_to_that_disease(nlp):
    text = "POEMS综合征的鉴别诊断需注意与下列疾病鉴别：①多发性骨髓瘤，可有色素沉着。②慢性格林—巴利综合征，一般不出现水肿。"
    rows = run(nlp, text, section="诊断/诊断")
    assert ("色素沉着", "other_disease", "present", "多发性骨髓瘤", "") in rows
    assert ("水肿", "other_disease", "negated", "慢性格林-巴利综合征", "不出现") in rows
