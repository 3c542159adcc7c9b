import pytest

from pipeline.errors import PipelineError
from pipeline.evaluate import (
    LabeledSpan,
    default_label_map,
    map_labels,
    parse_map_overrides,
    read_gold,
)
from pipeline.labels import CMEEE_TO_LABEL
from tests.helpers import FIXTURES

EVAL = FIXTURES / "eval"


def test_chineseblue_misaligned_offsets_are_counted_and_skipped():
    gold = read_gold(EVAL / "mini_chineseblue.jsonl", "chineseblue")
    assert len(gold.texts) == 3
    # 多毛 is at 0 in 多毛是什么病, not at the given offset 1
    assert [(s.doc, s.text, s.start) for s in gold.misaligned] == [(1, "多毛", 1)]
    assert LabeledSpan(0, 7, 10, "drug", "布洛芬") in gold.spans
    assert LabeledSpan(2, 2, 4, "影像检查", "CT") in gold.spans  # cEHRNER's "label" key


def test_cmeee_end_index_is_inclusive():
    gold = read_gold(EVAL / "mini_cmeee.json", "cmeee")
    assert LabeledSpan(0, 4, 6, "sym", "多毛") in gold.spans
    assert not gold.misaligned


def test_default_maps_leave_types_without_counterpart_out():
    mapping = default_label_map("chineseblue")
    assert mapping["疾病和诊断"] == "disease" and mapping["影像检查"] == "procedure"
    mapped = map_labels(read_gold(EVAL / "mini_chineseblue.jsonl", "chineseblue").spans, mapping)
    assert mapped.ignored == {"time": 1}
    assert {s.label for s in mapped.spans} == {"symptom", "drug", "procedure", "disease"}


def test_cmeee_map_agrees_with_the_labels_module():
    assert default_label_map("cmeee") == CMEEE_TO_LABEL


def test_map_overrides_rename_or_ignore_types():
    assert parse_map_overrides(["treatment=procedure", "time="]) == {"treatment": "procedure", "time": ""}
    with pytest.raises(PipelineError) as bad_label:
        parse_map_overrides(["treatment=therapy"])
    assert bad_label.value.code == "E182"
    with pytest.raises(PipelineError):
        parse_map_overrides(["treatment"])


def test_unknown_format_and_broken_file_are_usage_errors(tmp_path):
    with pytest.raises(PipelineError) as unknown:
        read_gold(EVAL / "mini_cmeee.json", "conll")
    assert unknown.value.code == "E180"
    broken = tmp_path / "broken.json"
    broken.write_text('[{"text": "头痛"', encoding="utf-8")
    with pytest.raises(PipelineError) as invalid:
        read_gold(broken, "cmeee")
    assert invalid.value.code == "E181"
