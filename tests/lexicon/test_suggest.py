import pytest

from pipeline.cli import main
from pipeline.language import load
from pipeline.lexicon.loader import load_lexicon, read_entity_file
from pipeline.lexicon.suggest import (
    Suggestion,
    entity_heads,
    head_label,
    mine,
    write_suggestions,
)
from pipeline.reader.records import build_record
from tests.helpers import MINI_DICTIONARIES

LISTS = {"symptom_data/symptoms": "symptom", "gaishu_info/common_drug": "drug"}
RECORD = {
    "gaishu_info": {"name": "甲病", "desc": "呈弥漫性色素沉着(93%),并有皮肤增厚(81%)。常并发糖尿病。", "common_drug": ["三苯氧胺"]},
    "symptom_data": {"symptoms": ["多毛", "杵状指", "乏力..."], "symptom_detail": ["部分病人有皮肤增厚(40%)。"]},
}


@pytest.fixture(scope="module")
def suggestions():
    nlp = load(MINI_DICTIONARIES)
    known = set(load_lexicon(MINI_DICTIONARIES).entries)
    record = build_record(RECORD, source="test", default_id="0", file_stem="test")
    return {s.term: s for s in mine([record], nlp, known, LISTS, entity_heads())}


def test_list_items_missing_from_the_dictionaries(suggestions):
    assert suggestions["杵状指"] == Suggestion("杵状指", "symptom", "field", 1, "listed by 甲病")
    assert "多毛" not in suggestions and "三苯氧胺" not in suggestions  # already known
    assert not any(term.startswith("乏力") for term in suggestions)  # cut off by the portal


def test_words_before_a_frequency_unless_already_matched(suggestions):
    thickening = suggestions["皮肤增厚"]
    assert (thickening.label, thickening.rule, thickening.count) == ("symptom", "frequency", 2)
    assert thickening.example == "呈弥漫性色素沉着(93%),并有皮肤增厚(81%)。"
    assert not any("色素沉着" in term for term in suggestions)  # 色素沉着 is in the dictionary


def test_words_with_a_disease_head(suggestions):
    assert (suggestions["糖尿病"].label, suggestions["糖尿病"].rule) == ("disease", "head")


def test_a_head_cut_off_as_a_word_takes_the_name_before_it():
    # UX review (2026-12-04): 亨特|综合征 and Ramsay-Hunt|综合征 were never suggested
    nlp = load(MINI_DICTIONARIES)
    record = build_record({"name": "带状疱疹", "desc": "亦可见亨特综合征。Ramsay-Hunt综合征少见。患者出现综合征。"},
                          source="test", default_id="0", file_stem="test")
    found = {s.term: (s.label, s.rule) for s in mine([record], nlp, set(load_lexicon(MINI_DICTIONARIES).entries), LISTS, entity_heads())}
    assert found["亨特综合征"] == found["Ramsay-Hunt综合征"] == ("disease", "head")
    assert not any(term.endswith("出现综合征") for term in found)  # one Chinese word before it at most
    record = build_record({"name": "乙病", "desc": "采用DSM-IV诊断综合征。研究显示3综合征。Q-T延长综合征少见。"},
                          source="test", default_id="0", file_stem="test")
    found = {s.term for s in mine([record], nlp, set(load_lexicon(MINI_DICTIONARIES).entries), LISTS, entity_heads())}
    assert "Q-T延长综合征" in found and not any(term.endswith(("DSM-IV诊断综合征", "3综合征")) for term in found)


def test_longest_head_decides_and_a_bare_head_is_no_word():
    heads = (("综合征", "disease"), ("瘤", "disease"), ("征", "symptom"))
    assert head_label("POEMS综合征", heads) == "disease"
    assert head_label("综合征", heads) is None


def test_output_is_a_valid_entity_file(tmp_path):
    out = tmp_path / "suggested.tsv"
    write_suggestions([Suggestion("皮肤增厚", "symptom", "frequency", 2, "并有皮肤增厚(81%)。")], out)
    (entry,) = read_entity_file(out)
    assert (entry.term, entry.label, entry.source) == ("皮肤增厚", "symptom", "suggest:frequency")
    assert "count=2; e.g. 并有皮肤增厚(81%)。" in out.read_text(encoding="utf-8")


def test_cli_min_count_filters(tmp_path, capsys):
    import json

    path = tmp_path / "records.json"
    path.write_text(json.dumps({"0": RECORD}, ensure_ascii=False), encoding="utf-8")
    assert main(["dict", "suggest", str(path), "--dictionaries", str(MINI_DICTIONARIES), "--min-count", "2"]) == 0
    rows = [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()[2:]]
    assert rows == ["皮肤增厚"]


@pytest.mark.parametrize("count", ["0", "-1", "two"])
def test_cli_min_count_below_one_is_a_usage_error(tmp_path, capsys, count):
    with pytest.raises(SystemExit) as exit_:
        main(["dict", "suggest", str(tmp_path), "--min-count", count])
    assert exit_.value.code == 2 and "--min-count: expected a whole number of at least 1" in capsys.readouterr().err


def test_cli_reports_each_unreadable_input_and_exits_1(tmp_path, capsys):
    import json

    good, broken = tmp_path / "records.json", tmp_path / "broken.json"
    good.write_text(json.dumps({"0": RECORD}, ensure_ascii=False), encoding="utf-8")
    broken.write_text("{not json", encoding="utf-8")
    args = ["dict", "suggest", str(good), str(broken), "--dictionaries", str(MINI_DICTIONARIES), "--min-count", "2"]
    assert main(args) == 1
    out, err = capsys.readouterr()
    assert [line.split("\t")[0] for line in out.splitlines()[2:]] == ["皮肤增厚"]  # the good file still counts
    assert "ERROR: [E002]" in err and "broken.json" in err


@pytest.mark.parametrize("where", ["missing/folder/suggestions.tsv", "."])  # no such folder; a folder
def test_cli_an_unwritable_out_is_a_usage_error(tmp_path, capsys, where):
    import json

    path = tmp_path / "records.json"
    path.write_text(json.dumps({"0": RECORD}, ensure_ascii=False), encoding="utf-8")
    args = ["dict", "suggest", str(path), "--dictionaries", str(MINI_DICTIONARIES), "--out", str(tmp_path / where)]
    assert main(args) == 2
    assert "error: [E188]" in capsys.readouterr().err


def test_words_before_a_dose_are_suggested_as_drugs():
    # new-user report: prose records naming unknown drugs with their doses gave no suggestion
    nlp = load(MINI_DICTIONARIES)
    record = build_record({"name": "丙病", "desc": (
        "非甾体抗炎药如依托考昔120mg口服 每日1次。贝利尤单抗10mg/kg静滴。托法替布5mg口服 每日2次。"
        "可用Tamoxifen 20mg。口服托法替布5mg。静脉滴注0.5 mol乳酸钠10ml/kg。"
    )}, source="test", default_id="0", file_stem="test")
    found = {s.term: s for s in mine([record], nlp, set(load_lexicon(MINI_DICTIONARIES).entries), LISTS, entity_heads())}
    assert found["托法替布"] == Suggestion("托法替布", "drug", "dose", 2, "托法替布5mg口服 每日2次。")
    for term in ("依托考昔", "贝利尤单抗", "Tamoxifen", "乳酸钠"):  # pieces jieba cut (贝利|尤|单抗); a Latin name
        assert (found[term].label, found[term].rule) == ("drug", "dose")
    assert not any(term.startswith(("口服", "mol")) for term in found)  # a route or a unit is no part of the name


def test_no_dose_suggestion_for_a_known_drug_a_generic_word_or_a_verb():
    nlp = load(MINI_DICTIONARIES)
    record = build_record({"name": "丙病", "desc": (
        "三苯氧胺10mg口服。每次10mg。口服40mg,每日3次。成人剂量5mg/kg。每天增加80g。摄入量为850mg。多者可达100ml。"
    )}, source="test", default_id="0", file_stem="test")
    found = {s.term for s in mine([record], nlp, set(load_lexicon(MINI_DICTIONARIES).entries), LISTS, entity_heads())}
    assert not found & {"三苯氧胺", "每次", "口服", "成人", "剂量", "成人剂量", "增加", "每天增加", "摄入量为", "可达", "多者可达"}
    assert not any(s.rule == "dose" for s in mine([record], nlp, set(load_lexicon(MINI_DICTIONARIES).entries), LISTS, entity_heads()))


def test_a_name_does_not_open_with_a_conjunction_jieba_glued_to_it():
    # new-user walkthrough (2026-12): 别嘌醇或非布司他40mg gave 或非布司他 (jieba cuts 或非|布司|他)
    nlp = load(MINI_DICTIONARIES)
    record = build_record({"name": "痛风", "desc": "可用别嘌醇或非布司他40mg口服。或者皮肤增厚(30%)。"},
                          source="test", default_id="0", file_stem="test")
    found = {s.term: s.rule for s in mine([record], nlp, set(load_lexicon(MINI_DICTIONARIES).entries), LISTS, entity_heads())}
    assert found["非布司他"] == "dose" and found["皮肤增厚"] == "frequency"
    assert not any(term.startswith(("或", "可用")) or term.endswith("或非布司他") for term in found)


def test_a_name_does_not_open_with_a_treating_word():
    # task U (2026-12-06): 也可用溴夫定125mg口服 gave 可用溴夫定 (cut 也|可用|溴夫定; 可用 a treating cue)
    nlp = load(MINI_DICTIONARIES)
    record = build_record({"name": "带状疱疹", "desc": "也可用溴夫定125mg口服，每日1次。"},
                          source="test", default_id="0", file_stem="test")
    found = {s.term: s.rule for s in mine([record], nlp, set(load_lexicon(MINI_DICTIONARIES).entries), LISTS, entity_heads())}
    assert found == {"溴夫定": "dose"}


def test_no_piece_of_a_longer_word_the_text_spells_around_it():
    # 苯溴马隆50mg is cut 药苯|溴|马隆|50mg; segmentation.tsv holds 苯溴马隆片, so 马隆 is a piece of it
    nlp = load(MINI_DICTIONARIES)
    record = build_record({"name": "痛风", "desc": "促尿酸排泄药苯溴马隆50mg口服。"}, source="test", default_id="0", file_stem="test")
    known = set(load_lexicon(MINI_DICTIONARIES).entries)
    assert "马隆" in {s.term for s in mine([record], nlp, known, LISTS, entity_heads())}  # no longer word known
    assert "马隆" not in {s.term for s in mine([record], nlp, known, LISTS, entity_heads(), words=known | {"苯溴马隆片"})}


def test_cli_suggest_reads_the_segmentation_words_as_longer_words(tmp_path, capsys):
    # the walkthrough's command, with the shipped dictionaries: 或非布司他 and 马隆 were suggested
    (tmp_path / "gout.json").write_text(
        '{"name": "痛风", "desc": "降尿酸可用别嘌醇或非布司他40mg口服。促尿酸排泄药苯溴马隆50mg口服。"}', encoding="utf-8")
    assert main(["dict", "suggest", str(tmp_path), "--min-count", "1", "--out", str(tmp_path / "s.tsv")]) == 0
    terms = [line.split("\t")[0] for line in (tmp_path / "s.tsv").read_text(encoding="utf-8").splitlines()[2:]]
    assert terms == ["非布司他"]
