import json

import pytest

from pipeline.cli import main
from pipeline.errors import PipelineError
from pipeline.evaluate import read_gold, run_eval
from pipeline.evaluate.evaluate import evaluate_gold
from pipeline.evaluate.silver import run_silver
from tests.helpers import FIXTURES, MINI_DICTIONARIES

EVAL = FIXTURES / "eval"


@pytest.fixture(scope="module")
def cmeee_report():
    return run_eval(EVAL / "mini_cmeee.json", "cmeee", dictionaries=MINI_DICTIONARIES)


def test_only_labels_on_both_sides_are_scored(cmeee_report):
    # the mini dictionary has no body or department terms
    assert cmeee_report.labels == ("disease", "drug", "microbe", "procedure", "symptom", "test")
    assert cmeee_report.ignored_gold == {"bod": 2, "dep": 1}
    assert cmeee_report.unscored_ours == ()


def test_symptoms_exact_and_overlap(cmeee_report):
    exact, overlap = cmeee_report.scores.exact["symptom"], cmeee_report.scores.overlap["symptom"]
    # gold 多毛, 色素沉着, 双下肢水肿, 胸腔积液; ours 多毛, 色素沉着, 水肿 (inside 双下肢水肿), and a test
    # before 升高/降低 is one finding (IL-6升高, T4降低; T3 shares T4's head): 6 predicted, 3 of them spurious
    # where the gold marks only the nested test
    assert (exact.n_gold, exact.n_pred, exact.gold_found) == (4, 6, 2)
    assert (overlap.gold_found, overlap.pred_correct) == (3, 3)
    tests = cmeee_report.scores.exact["test"]
    assert (tests.n_gold, tests.n_pred, tests.gold_found) == (4, 1, 1)  # TNF-α; IL-6, T3, T4 inside findings
    assert ("双下肢水肿", "symptom") in cmeee_report.scores.missed
    assert ("IL-6", "test") in cmeee_report.scores.missed
    assert {("水肿", "symptom"), ("IL-6升高", "symptom"), ("T4降低", "symptom")} <= set(cmeee_report.scores.spurious)


def test_no_shared_label_is_an_error():
    gold = read_gold(EVAL / "mini_cmeee.json", "cmeee")
    with pytest.raises(PipelineError) as error:
        evaluate_gold(gold, [], {"bod": "body"}, {"symptom"})
    assert error.value.code == "E183"


def test_cli_json_reports_scores_confusion_and_misaligned(capsys):
    code = main(["eval", str(EVAL / "mini_chineseblue.jsonl"), "--format", "chineseblue", "--json",
                 "--dictionaries", str(MINI_DICTIONARIES), "--map", "影像检查="])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert out["misaligned"] == 1
    assert out["labels"] == ["disease", "drug", "symptom"]  # procedure (CT) dropped by --map
    assert out["ignored_gold"] == {"time": 1, "影像检查": 1}
    assert {"gold": "disease", "ours": "disease", "count": 1} in out["confusion"]
    # 头痛 and 发热 are not in the mini dictionary; the 多毛 we find has only a misaligned gold
    assert out["exact"]["symptom"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "n_gold": 2, "n_pred": 1}


def test_cli_text_names_the_scored_labels(capsys):
    main(["eval", str(EVAL / "mini_cmeee.json"), "--format", "cmeee", "--dictionaries", str(MINI_DICTIONARIES)])
    out = capsys.readouterr().out
    assert "scored labels (in the gold after mapping and on our side): disease, drug, microbe" in out
    assert "双下肢水肿" in out


def test_cli_without_format_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["eval", str(EVAL / "mini_cmeee.json")])
    assert exit_.value.code == 2


def test_silver_check_finds_list_items_in_the_record_texts(tmp_path):
    record = {
        "gaishu_info": {"name": "甲病", "desc": "甲病常见多毛、皮肤变黑。", "common_drug": ["三苯氧胺"]},
        "symptom_data": {"symptoms": ["多毛", "皮肤变黑", "乏力"], "symptom_detail": ["患者多毛。"]},
    }
    path = tmp_path / "records.json"
    path.write_text(json.dumps({"0": record}, ensure_ascii=False), encoding="utf-8")
    report = run_silver([path], dictionaries=MINI_DICTIONARIES)
    symptoms = next(t for t in report.totals if t.label == "symptom")
    assert (symptoms.items, symptoms.in_text, symptoms.found) == (3, 2, 1)  # 乏力 is not in the text
    drugs = next(t for t in report.totals if t.label == "drug")
    assert (drugs.items, drugs.in_text, drugs.recall) == (1, 0, None)  # nothing checked is no recall of 0
    assert [(m.item, m.disease) for m in report.misses] == [("皮肤变黑", "甲病")]


def test_silver_check_cli_reports_an_unreadable_line_and_exits_1(tmp_path, capsys):
    from pipeline.cli import main

    record = {"gaishu_info": {"name": "甲病", "desc": "甲病常见多毛。"}, "symptom_data": {"symptoms": ["多毛"]}}
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n{not json\n" + json.dumps(record, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    assert main(["eval", "--records", str(path), "--dictionaries", str(MINI_DICTIONARIES), "--json"]) == 1
    out, err = capsys.readouterr()
    assert json.loads(out)["records"] == 2  # both good lines were checked
    assert "[E003]" in err and "records.jsonl: line 2" in err


def test_silver_check_of_lists_under_other_keys_says_n_a_and_where_the_keys_are(tmp_path, capsys):
    from pipeline.cli import main

    record = {"name": "甲病", "desc": "甲病常见多毛。", "主要表现": ["多毛"]}  # a list under a key of one's own
    path = tmp_path / "records.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    assert main(["eval", "--records", str(path), "--dictionaries", str(MINI_DICTIONARIES)]) == 0
    out = capsys.readouterr().out
    assert "0.000" not in out and "n/a" in out and "eval_label_maps.tsv" in out


def test_silver_check_reads_the_lists_of_a_csv_export_and_shows_only_its_layout(tmp_path, capsys):
    from pipeline.cli import main

    path = tmp_path / "records.csv"
    path.write_text("疾病名称,疾病描述,症状\n甲病,甲病常见多毛。,\"多毛,水肿\"\n", encoding="utf-8")
    assert main(["eval", "--records", str(path), "--dictionaries", str(MINI_DICTIONARIES)]) == 0
    out = capsys.readouterr().out
    assert "症状" in out and "symptom_data/symptoms" not in out  # the other layouts' lists have no items here
    [row] = [line.split() for line in out.splitlines() if line.startswith("症状")]
    assert row[1:5] == ["symptom", "2", "1", "1"]  # 多毛 in the text and found; 水肿 not in the text


def test_silver_check_aligns_chinese_list_names_and_shows_no_empty_misses(tmp_path, capsys):
    # task U (2026-12-06): 症状 was padded as 2 columns, not 4, and "some misses" headed nothing
    from pipeline.cli import main

    path = tmp_path / "records.csv"
    path.write_text("疾病名称,疾病描述,症状\n甲病,甲病常见多毛。,\"多毛,水肿\"\n", encoding="utf-8")
    assert main(["eval", "--records", str(path), "--dictionaries", str(MINI_DICTIONARIES)]) == 0
    lines = capsys.readouterr().out.splitlines()
    header = next(line for line in lines if line.startswith("list"))
    row = next(line for line in lines if line.startswith("症状"))
    assert len(row) + 2 == len(header)  # two wide characters: the columns line up on a terminal
    assert not any(line.startswith("some misses") for line in lines)


def test_cmedqaner_dev_runs_and_counts_misaligned(shared_data):
    report = run_eval(shared_data / "ner" / "cMedQANER" / "dev.json", "chineseblue", dictionaries=MINI_DICTIONARIES)
    assert report.n_docs == 175
    assert len(report.misaligned) > 0
    assert report.scores.micro_exact.n_gold > 100


def test_silver_check_cli_says_why_no_record_was_readable(tmp_path, capsys):
    from pipeline.cli import main

    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")
    assert main(["eval", "--records", str(path), "--dictionaries", str(MINI_DICTIONARIES)]) == 2
    err = capsys.readouterr().err
    assert "[E002]" in err and "broken.json" in err  # the reason, before "no records to check"
    assert "E187" in err
