from pipeline.evaluate import Counts, LabeledSpan, score
from pipeline.evaluate.scoring import NOTHING

# 患者右下腹疼痛伴发热。 gold: 右下腹疼痛 (symptom, 2-7), 发热 (symptom, 8-10)
GOLD = [LabeledSpan(0, 2, 7, "symptom", "右下腹疼痛"), LabeledSpan(0, 8, 10, "symptom", "发热")]


def test_exact_match_needs_same_borders_and_label():
    predicted = [LabeledSpan(0, 8, 10, "symptom", "发热")]
    scores = score(GOLD, predicted)
    assert scores.exact["symptom"] == Counts(n_gold=2, n_pred=1, gold_found=1, pred_correct=1)
    assert (scores.micro_exact.precision, scores.micro_exact.recall) == (1.0, 0.5)
    assert round(scores.micro_exact.f1, 4) == 0.6667


def test_overlap_credits_other_borders_but_not_other_labels():
    predicted = [LabeledSpan(0, 4, 7, "symptom", "腹疼痛"), LabeledSpan(0, 8, 10, "disease", "发热")]
    scores = score(GOLD, predicted)
    assert scores.exact["symptom"].gold_found == 0
    assert scores.overlap["symptom"] == Counts(n_gold=2, n_pred=1, gold_found=1, pred_correct=1)
    assert scores.overlap["disease"] == Counts(n_gold=0, n_pred=1, gold_found=0, pred_correct=0)
    assert scores.missed == {("右下腹疼痛", "symptom"): 1, ("发热", "symptom"): 1}
    assert scores.spurious == {("腹疼痛", "symptom"): 1, ("发热", "disease"): 1}


def test_confusion_maps_gold_labels_to_what_we_put_over_them():
    predicted = [LabeledSpan(0, 8, 10, "disease", "发热")]
    scores = score(GOLD, predicted, labels={"symptom"})
    # the disease prediction is not scored, but shows in the confusion
    assert scores.confusion == {("symptom", "disease"): 1, ("symptom", NOTHING): 1}
    assert scores.labels == ["symptom"] and scores.spurious == {}


def test_spans_in_different_documents_never_match():
    scores = score(GOLD, [LabeledSpan(1, 8, 10, "symptom", "发热")])
    assert scores.micro_overlap.gold_found == 0 and scores.micro_overlap.pred_correct == 0


def test_empty_sides_give_zero_not_division_errors():
    assert score([], []).micro_exact.f1 == 0.0
    assert score(GOLD, []).micro_overlap.precision == 0.0
