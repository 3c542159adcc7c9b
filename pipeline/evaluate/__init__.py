"""Measuring the pipeline against human labels (ChineseBLUE, CMeEE) and silver record lists."""

from .evaluate import EvalReport, evaluate_gold, predict, run_eval
from .gold import (
    FORMATS,
    GoldSet,
    MappedGold,
    default_label_map,
    map_labels,
    parse_map_overrides,
    read_gold,
)
from .scoring import Counts, LabeledSpan, Scores, score
from .silver import (
    ListTotals,
    SilverMiss,
    SilverReport,
    record_list_labels,
    silver_check,
)

__all__ = [
    "FORMATS",
    "Counts",
    "EvalReport",
    "GoldSet",
    "LabeledSpan",
    "ListTotals",
    "MappedGold",
    "Scores",
    "SilverMiss",
    "SilverReport",
    "default_label_map",
    "evaluate_gold",
    "map_labels",
    "parse_map_overrides",
    "predict",
    "read_gold",
    "record_list_labels",
    "run_eval",
    "score",
    "silver_check",
]
