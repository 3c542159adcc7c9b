"""Cases of the labs review of xywy medical_12 (2026-12-04 night): tiny sentences and the rows they
must (or must not) give."""

from __future__ import annotations

import functools

import pandas as pd
import pytest


@functools.cache
def _labs_table(desc: str):
    import pipeline

    return pipeline.run([{"name": "测试病", "desc": desc}])["labs"]


def _row(desc: str, test: str):
    labs = _labs_table(desc)
    found = labs[labs["test"] == test]
    assert len(found) == 1, labs[["test", "text", "finding", "freq_pct"]]
    return found.iloc[0]


def _none(value) -> bool:
    return value is None or pd.isna(value)


@pytest.mark.parametrize(
    "desc, test, value, comparator",
    [
        # a level reached or bounded, with no patients nor rate near: the test's value, no share of patients
        ("酸性鞘磷脂酶活性低于正常值的5%。", "鞘磷脂酶", 5, None),
        ("巨球蛋白血症IgM>5g，血清黏稠度>6%即可发生。", "黏稠度", 6, ">"),
        ("如血中高铁血红蛋白达20%，临床出现缺氧。", "高铁血红蛋白", 20, None),
        # a part of another amount, a change: no number of the test, nor of its patients
        ("交感神经兴奋能使心室率增快10%～30%。", "心室率", None, None),
        ("在心输出量降低的情况下可低至30%。", "心排出量", None, None),
    ],
)
def test_a_percentage_that_is_no_share_of_patients_leaves_the_freq_columns_empty(desc, test, value, comparator):
    row = _row(desc, test)
    assert _none(row["freq_pct"]) and _none(row["freq_low"]), row
    assert (None if _none(row["value_low"]) else row["value_low"]) == value, row
    assert (None if _none(row["comparator"]) else row["comparator"]) == comparator, row


@pytest.mark.parametrize(
    "desc, test, freq",
    [
        ("M蛋白阳性可达75%。", "M蛋白", 75),
        # a rate word, or patients, in the clause before: how many of them
        ("甲胎蛋白的阳性率很高，达80%。", "甲胎蛋白", 80),
        ("对88例该病病人进行检测，发现抗心磷脂抗体为14%。", "抗心磷脂抗体", 14),
    ],
)
def test_a_share_of_patients_stays_a_frequency(desc, test, freq):
    row = _row(desc, test)
    assert row["freq_pct"] == freq and _none(row["value_low"]), row


def test_a_reached_share_right_after_the_result_stays_a_frequency():
    row = _row("Graves病TRAb可高达83%～100%。", "促甲状腺激素受体抗体")
    assert (row["freq_low"], row["freq_high"]) == (83, 100) and _none(row["value_low"]), row


@pytest.mark.parametrize(
    "desc, test, text",
    [
        ("垂体分泌促甲状腺激素(TSH)过多。", "促甲状腺素", "促甲状腺激素(TSH)"),
        ("血清TSH升高。", "促甲状腺素", "TSH"),
        ("丙氨酸氨基转移酶升高。", "谷丙转氨酶", "丙氨酸氨基转移酶"),
        ("门脉压升高。", "门静脉压", "门脉压"),
        ("血中嗜酸细胞增多。", "嗜酸性粒细胞", "嗜酸细胞"),
        ("肝功异常。", "肝功能", "肝功"),
        ("运铁蛋白的产生减少。", "转铁蛋白", "运铁蛋白"),
        ("血清促红细胞生成素增高。", "红细胞生成素", "促红细胞生成素"),
        ("T细胞产生的干扰素γ减少。", "干扰素-γ", "干扰素γ"),
    ],
)
def test_one_canonical_name_per_analyte(desc, test, text):
    row = _row(desc, test)
    assert row["text"] == text, row


@pytest.mark.parametrize(
    "desc",
    [
        "化疗药物对骨髓抑制常致成熟中性粒细胞减少。",  # a treatment word, 致 a few words after it
        "ACEI的应用仍可使肾小球滤过率下降。",  # a drug given (…的应用), 仍可使
        "经阿司匹林治疗的患儿中可使血小板减少。",  # a drug given (经…治疗)
        "利尿常能使血压下降。",
    ],
)
def test_a_result_a_treatment_causes_is_no_row(desc):
    labs = _labs_table(desc)
    assert labs.empty, labs[["test", "finding"]]


@pytest.mark.parametrize(
    "desc, name, test",
    [
        ("停用激素可引起血糖升高。", "测试病", "血糖"),  # stopped: the disease's own course
        ("未经治疗可使血压持续升高。", "测试病", "血压"),  # untreated
        ("白细胞减少，以致感染。", "测试病", "白细胞"),  # 以致 is no causing word
        ("治疗后一致性血糖升高。", "测试病", "血糖"),  # nor 一致 (code review)
        # the record's disease is that result: 药物…致血小板减少 in 药物性血小板减少
        ("奎宁等药物可致血小板减少。", "药物性血小板减少症", "血小板"),
    ],
)
def test_a_result_no_treatment_causes_stays_a_row(desc, name, test):
    import pipeline

    labs = pipeline.run([{"name": name, "desc": desc}])["labs"]
    assert test in set(labs["test"]), labs[["test", "finding"]]
