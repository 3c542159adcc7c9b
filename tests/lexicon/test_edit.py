import shutil

import pytest

from pipeline.cli import main
from pipeline.errors import PipelineError
from pipeline.lexicon.edit import add_entry
from pipeline.lexicon.loader import load_lexicon, read_entity_file
from tests.helpers import MINI_DICTIONARIES


@pytest.fixture
def dictionaries(tmp_path):
    copy = tmp_path / "dictionaries"
    shutil.copytree(MINI_DICTIONARIES, copy)
    return copy


def test_new_file_is_created_with_a_header_and_stays_sorted(dictionaries):
    add_entry("胸闷", "symptom", dictionaries=dictionaries)
    path, line, *_ = add_entry("乏力", "symptom", dictionaries=dictionaries)
    assert path == dictionaries / "entities" / "curated.tsv"
    entries = read_entity_file(path)
    assert [e.term for e in entries] == sorted(["胸闷", "乏力"])
    assert (entries[0].term, entries[0].line) == ("乏力", line)
    assert path.read_text(encoding="utf-8").startswith("# ")


def test_term_is_normalized_and_canonical_defaults_to_it(dictionaries):
    path, *_ = add_entry("ＩＬ－１０", "test", source="paper", dictionaries=dictionaries)
    (entry,) = read_entity_file(path)
    assert (entry.term, entry.canonical, entry.source) == ("IL-10", "IL-10", "paper")


def test_added_into_an_existing_file_in_term_order(dictionaries):
    drugs = dictionaries / "entities" / "drugs.tsv"
    drugs.write_text("# drugs\nterm\tlabel\tcanonical\tsource\n布洛芬\tdrug\t布洛芬\tcurated\n阿司匹林\tdrug\t阿司匹林\tcurated\n", encoding="utf-8")
    path, line, *_ = add_entry("泼尼松片", "drug", canonical="泼尼松", file="drugs.tsv", dictionaries=dictionaries)
    assert path.read_text(encoding="utf-8").splitlines()[line - 1] == "泼尼松片\tdrug\t泼尼松\tcurated"
    add_entry("对乙酰氨基酚", "drug", file="drugs.tsv", dictionaries=dictionaries)
    assert [e.term for e in read_entity_file(drugs)] == ["对乙酰氨基酚", "布洛芬", "泼尼松片", "阿司匹林"]
    assert drugs.read_text(encoding="utf-8").startswith("# drugs\n")


def test_existing_term_is_rejected_with_where_it_is(dictionaries):
    before = (dictionaries / "entities" / "mini.tsv").read_text(encoding="utf-8")
    with pytest.raises(PipelineError) as error:
        add_entry("多毛", "symptom", file="mini.tsv", dictionaries=dictionaries)
    assert error.value.code == "E185" and "mini.tsv:4" in str(error.value)
    assert (dictionaries / "entities" / "mini.tsv").read_text(encoding="utf-8") == before


def test_a_generated_label_is_corrected_in_curated_tsv_which_wins(dictionaries):
    # 多毛 is a symptom in mini.tsv; a hand-written entry in curated.tsv overrides it
    path, _, overridden, *_ = add_entry("多毛", "disease", canonical="多毛症", dictionaries=dictionaries)
    assert path.name == "curated.tsv"
    assert (overridden.file, overridden.line, overridden.label) == ("mini.tsv", 4, "symptom")
    entry = load_lexicon(dictionaries).entries["多毛"]
    assert (entry.file, entry.label, entry.canonical) == ("curated.tsv", "disease", "多毛症")
    with pytest.raises(PipelineError) as error:  # once in curated.tsv, it is there
        add_entry("多毛", "symptom", dictionaries=dictionaries)
    assert error.value.code == "E185" and "curated.tsv" in str(error.value)


def test_into_another_file_an_existing_term_is_refused_with_the_way_to_change_it(dictionaries):
    with pytest.raises(PipelineError, match="add it to curated.tsv"):
        add_entry("多毛", "disease", file="mine.tsv", dictionaries=dictionaries)


def test_a_folder_of_ones_own_starts_with_dict_add(tmp_path):
    mine = tmp_path / "mine"
    mine.mkdir()
    path, *_ = add_entry("羟氯喹", "drug", dictionaries=mine)
    assert path == mine / "entities" / "curated.tsv"
    assert list(load_lexicon(mine).entries) == ["羟氯喹"]


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"term": "%", "label": "symptom"}, "E191"),
        ({"term": "123", "label": "drug"}, "E191"),  # the README: no letter at all is refused
        ({"term": "1.5%", "label": "drug"}, "E191"),
        ({"term": "红", "label": "symptom"}, "E191"),
        ({"term": "（）", "label": "symptom"}, "E191"),
    ],
)
def test_terms_the_loader_would_reject_are_not_added(dictionaries, kwargs, code):
    with pytest.raises(PipelineError) as error:
        add_entry(dictionaries=dictionaries, **kwargs)
    assert error.value.code == code
    # the file it was for, not a temporary one, and no line: a line number named the entry next to it
    assert f"not added to {dictionaries / 'entities' / 'curated.tsv'}: it cannot be matched" in str(error.value)
    assert sorted(p.name for p in (dictionaries / "entities").iterdir()) == ["mini.tsv"]


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"label": "sign"}, "E184"),
        ({"label": "symptom", "file": "../escape.tsv"}, "E186"),
        ({"label": "symptom", "canonical": "a\tb"}, "E186"),
    ],
)
def test_bad_entries_are_rejected(dictionaries, kwargs, code):
    with pytest.raises(PipelineError) as error:
        add_entry("胸闷", dictionaries=dictionaries, **kwargs)
    assert error.value.code == code
    assert sorted(p.name for p in (dictionaries / "entities").iterdir()) == ["mini.tsv"]


def test_cli_add_then_the_term_is_found(dictionaries, capsys):
    assert main(["dict", "add", "胸闷", "--label", "symptom", "--dictionaries", str(dictionaries)]) == 0
    assert "curated.tsv:" in capsys.readouterr().err
    assert main(["dict", "add", "胸闷", "--label", "symptom", "--dictionaries", str(dictionaries)]) == 2
    assert "[E185]" in capsys.readouterr().err


def test_init_copies_the_shipped_dictionaries_to_a_new_folder_to_add_to(tmp_path, capsys):
    # UX review (2026-12-04): dict add --dictionaries DIR failed on a new DIR (E026), and a folder
    # holding one curated.tsv replaced all the shipped terms; an install has no dictionaries/ to copy
    from pipeline.resources import PACKAGE_DICTIONARY_DIR

    mine = tmp_path / "work" / "my_dictionaries"
    assert main(["dict", "init", str(mine)]) == 0
    shipped = {p.relative_to(PACKAGE_DICTIONARY_DIR) for p in PACKAGE_DICTIONARY_DIR.rglob("*.tsv")}
    assert {p.relative_to(mine) for p in mine.rglob("*")  if p.is_file()} == shipped
    assert len(load_lexicon(mine).entries) == len(load_lexicon(PACKAGE_DICTIONARY_DIR).entries)
    add_entry("带状疱疹前驱痛", "symptom", dictionaries=mine)
    assert len(load_lexicon(mine).entries) == len(load_lexicon(PACKAGE_DICTIONARY_DIR).entries) + 1
    add_entry("医院", "symptom", dictionaries=mine)  # a generic word: dict check finds it (build_stopwords.tsv came too)
    assert main(["dict", "check", "--dictionaries", str(mine)]) == 2
    assert main(["dict", "init", str(mine)]) == 2  # never over a folder that exists
    assert "[E189]" in capsys.readouterr().err
    assert [p.name for p in mine.parent.iterdir()] == ["my_dictionaries"]  # no staging folder left


def test_adding_to_a_folder_that_does_not_exist_points_at_init(tmp_path):
    with pytest.raises(PipelineError, match=r"\[E190\].*dict init"):
        add_entry("胸闷", "symptom", dictionaries=tmp_path / "none")


def test_replace_corrects_a_curated_row_in_place(dictionaries, capsys):
    # new-user walkthrough (2026-12): a wrong label in curated.tsv could only be fixed by editing the file
    assert main(["dict", "add", "胸闷", "--label", "disease", "--note", "typo", "--dictionaries", str(dictionaries)]) == 0
    curated = dictionaries / "entities" / "curated.tsv"
    line = len(curated.read_text(encoding="utf-8").splitlines())
    assert main(["dict", "add", "胸闷", "--label", "disease", "--dictionaries", str(dictionaries)]) == 2
    assert "--replace updates that entry" in capsys.readouterr().err
    args = ["dict", "add", "胸闷", "--label", "symptom", "--canonical", "胸部憋闷", "--source", "review", "--replace"]
    assert main([*args, "--dictionaries", str(dictionaries)]) == 0
    assert capsys.readouterr().err == f"replaced {curated}:{line} (was disease, canonical 胸闷, source curated)\n"
    assert curated.read_text(encoding="utf-8").splitlines()[line - 1] == "胸闷\tsymptom\t胸部憋闷\treview\t"  # the old note went too
    entry = load_lexicon(dictionaries).entries["胸闷"]
    assert (entry.file, entry.line, entry.label, entry.canonical) == ("curated.tsv", line, "symptom", "胸部憋闷")


def test_replace_never_touches_another_files_row(dictionaries):
    before = (dictionaries / "entities" / "mini.tsv").read_text(encoding="utf-8")
    with pytest.raises(PipelineError) as error:  # 多毛 is in mini.tsv: into mini.tsv, only as a new row there, refused
        add_entry("多毛", "disease", file="mine.tsv", replace=True, dictionaries=dictionaries)
    assert error.value.code == "E185" and (dictionaries / "entities" / "mini.tsv").read_text(encoding="utf-8") == before
    added = add_entry("多毛", "disease", replace=True, dictionaries=dictionaries)  # none in curated.tsv yet: added there
    assert added.replaced is None and added.overridden.file == "mini.tsv"


def test_a_curated_row_repeating_the_entry_it_would_override_is_called_redundant(dictionaries, capsys):
    # 多毛 is a symptom, canonical 多毛, in mini.tsv: the same again in curated.tsv overrides nothing
    assert main(["dict", "add", "多毛", "--label", "symptom", "--dictionaries", str(dictionaries)]) == 0
    err = capsys.readouterr().err
    assert "it is redundant: mini.tsv:4 has the same label and canonical (symptom, 多毛)" in err and "overrides" not in err
    assert main(["dict", "add", "多毛", "--label", "disease", "--replace", "--dictionaries", str(dictionaries)]) == 0
    assert "it overrides mini.tsv:4 (symptom)" in capsys.readouterr().err
