"""Cases of the labs review of xywy medical_11 (2026-12-04): tiny sentences and the rows they
must (or must not) give."""

from __future__ import annotations

import functools

import pytest

from pipeline.clinical import extract_labs
from pipeline.tables.schema import TABLES


@functools.cache
def _labs_table(desc: str):
    import pipeline

    return pipeline.run([{"name": "测试病", "desc": desc}])["labs"]


def rows(analyse, text: str, section: str = "诊断/症状"):
    norm, entities, quantities, assertions = analyse(text, section, "测试病")
    return extract_labs(norm, entities, quantities, assertions)


def _documented_test_labels() -> set[str]:
    doc = next(column.doc for column in TABLES["labs"] if column.name == "test_label")
    return {label for label in ("test", "procedure", "body", "drug") if f"`{label}`" in doc.split(";")[0]}


def test_every_test_label_of_a_run_is_a_documented_one():
    labs = _labs_table(
        "血常规示嗜酸性粒细胞增多，嗜碱性粒细胞减少，单核细胞增多。Ph1染色体阳性。"
        "血清维生素E降低。肌电图示神经源性损害。血沉增快。"
    )
    assert _documented_test_labels() == {"test", "procedure"}
    assert set(labs["test_label"]) <= _documented_test_labels(), labs[["text", "test_label"]]
    by_text = dict(zip(labs["text"], labs["test_label"]))
    assert by_text["嗜酸性粒细胞"] == "test" and by_text["染色体"] == "test"
    assert by_text["肌电图"] == "procedure" and by_text["血沉"] == "test"
