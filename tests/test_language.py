import pytest

from pipeline.errors import PipelineError
from pipeline.language import load
from pipeline.process import process_record
from pipeline.reader import read_file
from tests.helpers import MINI_DICTIONARIES

# a nested mention (血沉 in the jieba word 血沉增快: its span needs a cut token),
# an abbreviation defined and used (VEGF), a frequency, lab values and a negation
TEXT = "伴浆细胞骨髓瘤者血沉增快(93%)，血管内皮生长因子(VEGF)升高，VEGF可达正常的10倍，无水肿。"
VALUES = ("entities", "quantities", "frequencies", "assertions", "labs", "therapies")


@pytest.fixture(scope="module")
def with_views():
    return load(MINI_DICTIONARIES)


@pytest.fixture(scope="module")
def without_views():
    return load(MINI_DICTIONARIES, span_views=False)


def test_without_span_views_the_doc_values_are_the_same(with_views, without_views):
    full, plain = with_views(TEXT), without_views(TEXT)
    assert [e.text for e in full._.entities] == ["骨髓瘤", "血沉增快", "血沉", "VEGF", "水肿"]
    assert [a.assertion for a in full._.assertions][-1] == "negated"
    assert [lab.test.text for lab in full._.labs] == ["血沉", "VEGF"]
    for name in VALUES:
        assert getattr(plain._, name) == getattr(full._, name), name


def test_without_span_views_no_spans_are_made_and_no_token_is_cut(with_views, without_views):
    full, plain = with_views(TEXT), without_views(TEXT)
    assert [e.text for e in full.ents] == ["骨髓瘤", "血沉增快", "VEGF", "水肿"]
    assert set(full.spans) == {"medical", "quantities"}
    assert plain.ents == () and not plain.spans
    assert "血沉增快" in [t.text for t in plain]  # a jieba word
    assert "血沉" in [t.text for t in full]  # cut for the nested mention's span
    assert plain.text == full.text == TEXT


def test_the_seed_gives_the_same_rows_with_and_without_span_views(seed_path):
    record = next(iter(read_file(seed_path)))
    rows = process_record(record, load(span_views=False))
    assert sum(len(table_rows) for table_rows in rows.values()) > 100
    assert rows == process_record(record, load())


def test_the_seed_gives_the_same_rows_without_lexical_attributes(seed_path):
    record = next(iter(read_file(seed_path)))
    rows = process_record(record, load(span_views=False, lexical_attributes=False))
    assert sum(len(table_rows) for table_rows in rows.values()) > 100
    assert rows == process_record(record, load())


def test_without_lexical_attributes_the_doc_values_are_the_same(without_views):
    bare = load(MINI_DICTIONARIES, span_views=False, lexical_attributes=False)
    doc, plain = bare(TEXT), without_views(TEXT)
    assert [t.text for t in doc] == [t.text for t in plain]
    for name in VALUES:
        assert getattr(doc._, name) == getattr(plain._, name), name


def test_without_lexical_attributes_no_word_gets_them():
    doc = load(MINI_DICTIONARIES, span_views=False, lexical_attributes=False)("无水肿，93%。")
    assert not any(token.is_punct or token.like_num for token in doc)
    assert [t.is_punct for t in load(MINI_DICTIONARIES)("无水肿，93%。")].count(True) == 2


def test_the_pipeline_saves_to_disk_and_spacy_loads_it_back(tmp_path):
    import spacy

    from pipeline.language import load

    nlp = load()
    nlp.to_disk(tmp_path / "zh_med")
    again = spacy.load(tmp_path / "zh_med")  # the factories are registered: pipeline.language is imported
    text = "呈弥漫性色素沉着(93%),血管内皮生长因子(VEGF)升高,无发热。"
    assert again.pipe_names == nlp.pipe_names
    assert again.max_length == nlp.max_length > 10**9  # texts of any length, as load() promises
    assert [(e.text, e.label_, e._.assertion) for e in again(text).ents] == [
        (e.text, e.label_, e._.assertion) for e in nlp(text).ents
    ]
    assert [t.text for t in load().from_bytes(nlp.to_bytes())(text)] == [t.text for t in nlp(text)]


def test_a_bad_context_data_file_fails_when_the_pipeline_is_loaded(monkeypatch):
    # not on the first record that needs it (one errors row per record, exit 1)
    from pipeline.context import component
    from pipeline.errors import DictionaryError
    from pipeline.language import load

    def broken(*args):
        raise DictionaryError("E027", path="disease_prefixes.tsv", line=9, column="kind", value="group",
                              choices=["patient_group", "qualifier"])

    monkeypatch.setattr(component, "load_disease_prefixes", broken)
    with pytest.raises(DictionaryError, match="disease_prefixes.tsv:9"):
        load()


@pytest.mark.parametrize(
    ("arguments", "code"),
    [
        ({"segmenter": 3}, "E032"),
        ({"segmenter": "pkuseg"}, "E032"),
        ({"dictionaries": 3}, "E017"),
        ({"dictionaries": "/no/such/folder"}, "E026"),
    ],
)
def test_wrong_arguments_are_catalogue_errors_not_config_tracebacks(arguments, code):
    with pytest.raises(PipelineError) as error:
        load(**arguments)
    assert error.value.code == code


def test_a_zh_med_dictionaries_folder_without_the_data_files_is_named_with_what_it_lacks(tmp_path, monkeypatch):
    import pipeline.language as language

    (tmp_path / "entities").mkdir()
    (tmp_path / "entities" / "curated.tsv").write_text("term\tlabel\tcanonical\tsource\n羟氯喹\tdrug\t羟氯喹\tcurated\n", encoding="utf-8")
    monkeypatch.setattr(language, "DEFAULT_DICTIONARY_DIR", tmp_path)  # as ZH_MED_DICTIONARIES=tmp_path does
    with pytest.raises(PipelineError) as error:
        load(tmp_path)
    assert error.value.code == "E019" and "context_rules.tsv" in str(error.value)


def test_data_files_a_dictionaries_folder_holds_but_no_stage_reads_from_it_are_named(tmp_path):
    # dict init, then context_rules.tsv edited: --dictionaries reads only the entity files
    from pipeline.language import unread_data_files
    from pipeline.lexicon.edit import init_dictionaries

    copy = tmp_path / "mine"
    init_dictionaries(copy)
    assert unread_data_files(copy) == []  # an unedited copy: the files read instead are the same
    with (copy / "context_rules.tsv").open("a", encoding="utf-8") as rules:
        rules.write("\n未曾\tnegated\tforward\tcurated\n")
    with (copy / "other_senses.tsv").open("a", encoding="utf-8") as senses:
        senses.write("\n狭窄\tafter\t的路\tcurated\ta lexicon helper: read from the folder\n")
    (copy / "build_stopwords.tsv").write_text("term\tsource\n的\tcurated\n", encoding="utf-8")  # only dict build reads it
    with (copy / "abbreviations.tsv").open("a", encoding="utf-8") as table:  # read from the folder too
        table.write("NMOSD\t\t视神经脊髓炎谱系疾病\tdisease\tuser\t\t\n")
    assert unread_data_files(copy) == ["context_rules.tsv"]


def test_loading_with_such_a_folder_warns_once_with_the_way_to_read_them(tmp_path, caplog):
    from pipeline.lexicon.edit import init_dictionaries

    copy = tmp_path / "mine"
    init_dictionaries(copy)
    with (copy / "quantity_cues.tsv").open("a", encoding="utf-8") as cues:
        cues.write("\n")  # any change of the bytes
    with caplog.at_level("WARNING", logger="pipeline.language"):
        load(copy)
        load(copy)
    warnings = [record.getMessage() for record in caplog.records if "[E038]" in record.getMessage()]
    assert len(warnings) == 1
    assert "quantity_cues.tsv" in warnings[0] and f"ZH_MED_DICTIONARIES={copy}" in warnings[0]


def test_a_zh_med_dictionaries_folder_that_does_not_exist_says_so_and_how_to_start_one(tmp_path, monkeypatch):
    import pipeline.language as language

    import pipeline.resources as resources

    missing = tmp_path / "not_made"
    monkeypatch.setattr(language, "DEFAULT_DICTIONARY_DIR", missing)  # as ZH_MED_DICTIONARIES=not_made does
    monkeypatch.setattr(resources, "DEFAULT_DICTIONARY_DIR", missing)
    with pytest.raises(PipelineError) as error:
        load()
    assert error.value.code == "E039" and f"dict init {missing}" in str(error.value)  # not E019's list of 25 files


def test_a_copy_of_the_dictionaries_older_than_a_commands_file_still_runs(tmp_path):
    # code review (2026-12-04): every run refused a copy lacking suggest_not_drugs.tsv, which only
    # dict suggest reads (and falls back on the shipped one)
    from pipeline.lexicon.edit import init_dictionaries
    from pipeline.resources import missing_data_files

    copy = tmp_path / "older"
    init_dictionaries(copy)
    (copy / "suggest_not_drugs.tsv").unlink()
    (copy / "verb_prefixes.tsv").unlink()  # the lexicon takes the shipped one
    (copy / "body_heads.tsv").unlink()  # the same
    (copy / "procedure_heads.tsv").unlink()  # the same
    (copy / "finding_heads.tsv").unlink()  # the same
    assert missing_data_files(copy) == []
    (copy / "context_rules.tsv").unlink()
    assert missing_data_files(copy) == ["context_rules.tsv"]
