import pytest

from pipeline.errors import DictionaryError
from pipeline.lexicon.check import check_dictionaries
from pipeline.lexicon.loader import load_lexicon
from pipeline.resources import DEFAULT_DICTIONARY_DIR
from tests.helpers import MINI_DICTIONARIES

HEADER = "term\tlabel\tcanonical\tsource\n"


def dictionary_dir(tmp_path, **files):
    folder = tmp_path / "entities"
    folder.mkdir()
    for name, body in files.items():
        (folder / f"{name}.tsv").write_text(body, encoding="utf-8")
    return tmp_path


def test_loads_entries_normalized_with_their_origin():
    entry = load_lexicon(MINI_DICTIONARIES).entries["本-周(Bence-Jones)蛋白"]
    assert (entry.label, entry.canonical, entry.source, entry.file) == ("test", "本-周蛋白", "curated", "mini.tsv")


def test_full_width_terms_are_stored_normalized(tmp_path):
    folder = dictionary_dir(tmp_path, a=HEADER + "ＩＬ－６\ttest\tIL-6\tcurated\n")
    assert "IL-6" in load_lexicon(folder).entries


@pytest.mark.parametrize(
    ("body", "code", "where"),
    [
        ("term\tlabel\tsource\n色素沉着\tsymptom\tcurated\n", "E021", "a.tsv"),  # no canonical column
        (HEADER + "色素沉着\tsign\t色素沉着\tcurated\n", "E022", "a.tsv:2"),  # unknown label
        (HEADER + "色素沉着\tsymptom\t色素沉着\tcurated\n色素沉着\tdisease\t色素沉着\tcurated\n", "E023", "a.tsv:3"),
        (HEADER + "色素沉着\tsymptom\t色素沉着\t\n", "E024", "a.tsv:2"),  # entry without a source
        (HEADER + "色素沉着\tsymptom\t色素沉着\tcurated\textra\n", "E025", "a.tsv:2"),
        (HEADER + "羟氯喹 drug 羟氯喹 curated\n", "E024", "columns are separated by tabs"),  # spaces, not tabs
        (HEADER + "羟氯喹\tdrug\t羟氯喹\tcurated\thydroxychloroquine\n", "E025", "the header's columns: term, label"),
        ("# only a comment\n", "E018", "a.tsv: empty file"),
        (HEADER + "咳\tsymptom\t咳嗽\tcurated\n", "E029", "a.tsv:2"),  # one character: only body parts
        (HEADER + "%\tsymptom\t%\tcurated\n", "E029", "a.tsv:2"),  # no letter at all
        (HEADER + "123\tdrug\t123\tcurated\n", "E029", "a.tsv:2"),  # digits alone: every 123 a drug
    ],
)
def test_bad_lines_are_reported_with_file_and_line(tmp_path, body, code, where):
    folder = dictionary_dir(tmp_path, a=body)
    with pytest.raises(DictionaryError) as error:
        load_lexicon(folder)
    assert error.value.code == code
    assert where in str(error.value)


@pytest.mark.parametrize("other", ["abc", "generated"])  # read before and after curated.tsv
def test_curated_tsv_wins_over_the_same_term_in_another_file(tmp_path, other):
    folder = dictionary_dir(
        tmp_path, curated=HEADER + "关节痛\tsymptom\t关节痛\tcurated\n", **{other: HEADER + "关节痛\tdisease\t关节痛\txywy:diseases\n"}
    )
    entry = load_lexicon(folder).entries["关节痛"]
    assert (entry.file, entry.label) == ("curated.tsv", "symptom")
    assert check_dictionaries(folder) == []


def test_a_term_in_two_files_names_both_places(tmp_path):
    folder = dictionary_dir(
        tmp_path, a=HEADER + "贫血\tsymptom\t贫血\tcurated\n", b=HEADER + "# comment\n贫血\tdisease\t贫血\tcurated\n"
    )
    with pytest.raises(DictionaryError, match=r"b\.tsv:3.*first at a\.tsv:2"):
        load_lexicon(folder)
    assert any(p.startswith("[E023]") and "b.tsv:3" in p and "a.tsv:2" in p for p in check_dictionaries(folder))  # as the run says it


def test_check_reports_every_problem_not_only_the_first(tmp_path):
    folder = dictionary_dir(
        tmp_path, a=HEADER + "肝\tbody\t肝\tcurated\n咳\tsymptom\t咳嗽\tcurated\n", b=HEADER + "水肿\tsign\t水肿\tcurated\n"
    )
    problems = check_dictionaries(folder)
    assert len(problems) == 2
    assert "[E029]" in problems[0] and "one-character symptom term" in problems[0] and "a.tsv:3" in problems[0]  # 肝 (body) is fine
    assert "E022" in problems[1]


def test_check_reports_every_bad_row_of_one_file(tmp_path):
    # the three problems the helper's review appended to one file: each is reported, in line order
    body = (HEADER + "水肿\tsymptom\t水肿\t\n"  # no source
            + "乏力\tsymptoms\t乏力\tcurated\n"  # unknown label
            + "发热\tsymptom\t发热\tcurated\n发热\tsymptom\t发热\tcurated\n"  # twice
            + "头痛\tsymptom\t头痛\tcurated\textra\n")  # a field too many
    problems = check_dictionaries(dictionary_dir(tmp_path, a=body))
    assert [p.split("]")[0] + "]" for p in problems] == ["[E024]", "[E022]", "[E023]", "[E025]"]
    assert [p.split(": ")[0].rsplit(":", 1)[1] for p in problems] == ["2", "3", "5", "6"]


def test_shipped_dictionaries_are_valid():
    from pipeline.resources import DEFAULT_DICTIONARY_DIR

    assert check_dictionaries(DEFAULT_DICTIONARY_DIR) == []


def test_check_validates_the_other_data_files_too(tmp_path):
    folder = dictionary_dir(tmp_path, a=HEADER + "水肿\tsymptom\t水肿\tcurated\n")
    (folder / "context_rules.tsv").write_text("cue\tcategory\tdirection\tsource\n无\tabsent\tforward\tcurated\n", encoding="utf-8")
    [problem] = check_dictionaries(folder)
    assert "context_rules.tsv:2" in problem and "absent" in problem


def test_check_reports_a_segmentation_word_hiding_a_procedure(tmp_path):
    # jieba keeps 角膜移植术 whole: with no entity row, neither it nor 角膜|移植术 is found
    folder = dictionary_dir(tmp_path, a=HEADER + "水肿\tsymptom\t水肿\tcurated\n")
    (folder / "segmentation.tsv").write_text("term\tfreq\tsource\n角膜移植术\t42\tthuocl\n移植术后\t5\tthuocl\n", encoding="utf-8")
    (folder / "procedure_heads.tsv").write_text("head\tlabels\tsource\n移植术\tbody\tcurated\n", encoding="utf-8")
    [problem] = check_dictionaries(folder)
    assert "角膜移植术" in problem and "移植术" in problem


def test_check_rejects_generic_words_as_entities(tmp_path):
    folder = dictionary_dir(tmp_path, a=HEADER + "患者\tsymptom\t患者\tcurated\n")
    (folder / "build_stopwords.tsv").write_text("term\tsource\n患者\tcurated\n", encoding="utf-8")
    [problem] = check_dictionaries(folder)
    assert "a.tsv:2" in problem and "generic" in problem


def test_check_rejects_a_persons_name_as_an_entity(tmp_path):
    folder = dictionary_dir(tmp_path, a=HEADER + "闫敏\tsymptom\t闫敏\tqasystem:symptom\n")
    (folder / "build_person_names.tsv").write_text("term\tsource\n闫敏\treview:qasystem-symptom\n", encoding="utf-8")
    [problem] = check_dictionaries(folder)
    assert "a.tsv:2" in problem and "person's name" in problem


def test_the_shipped_dictionaries_hold_no_listed_persons_name():
    assert not [problem for problem in check_dictionaries(DEFAULT_DICTIONARY_DIR) if "person's name" in problem]


def test_a_file_that_is_not_utf8_is_named_with_its_line(tmp_path):
    folder = dictionary_dir(tmp_path)
    (folder / "entities" / "a.tsv").write_bytes((HEADER + "发热\tsymptom\t发热\tcurated\n").encode("gbk"))
    with pytest.raises(DictionaryError, match=r"a\.tsv:2: not UTF-8"):
        load_lexicon(folder)


def test_without_its_own_segmentation_file_a_folder_uses_the_shipped_words(tmp_path):
    folder = dictionary_dir(tmp_path, a=HEADER + "头痛\tsymptom\t头痛\tcurated\n")
    assert load_lexicon(folder).segmentation_words == load_lexicon().segmentation_words != ()


def test_word_final_characters_are_the_folders_own_else_the_shipped_ones(tmp_path):
    folder = dictionary_dir(tmp_path, a=HEADER + "头痛\tsymptom\t头痛\tcurated\n")
    assert "及" in load_lexicon(folder).word_final["性"]
    (folder / "word_final_characters.tsv").write_text("character\tsource\n型\tcurated\n", encoding="utf-8")
    assert load_lexicon(folder).word_final == {"型": ""}
    (folder / "word_final_characters.tsv").write_text("character\tsource\n性型\tcurated\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="one character"):
        load_lexicon(folder)


def test_likeness_markers_are_the_folders_own_else_the_shipped_ones(tmp_path):
    folder = dictionary_dir(tmp_path, a=HEADER + "头痛\tsymptom\t头痛\tcurated\n")
    labels, other_words = load_lexicon(folder).likeness["样"]
    assert labels == {"disease", "symptom"} and "本" in other_words
    (folder / "likeness_markers.tsv").write_text("marker\tlabels\tsource\n状\tsymptom\tcurated\n", encoding="utf-8")
    assert load_lexicon(folder).likeness == {"状": (frozenset({"symptom"}), "")}
    (folder / "likeness_markers.tsv").write_text("marker\tlabels\tsource\n状\tsymptoms\tcurated\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"\[E022\].*symptoms"):
        load_lexicon(folder)


def test_joined_prefixes_are_the_disease_prefixes_marked_joins(tmp_path):
    folder = dictionary_dir(tmp_path, a=HEADER + "头痛\tsymptom\t头痛\tcurated\n")
    assert load_lexicon(folder).joined_prefixes == ("亚临床型", "亚临床", "亚急性", "复发性", "急性", "慢性")  # the shipped file, longest first
    own = folder / "disease_prefixes.tsv"
    own.write_text("prefix\tkind\tsource\tjoins\n慢性\tqualifier\tcurated\tmention\n小儿\tpatient_group\tcurated\n", encoding="utf-8")
    assert load_lexicon(folder).joined_prefixes == ("慢性",)
    own.write_text("prefix\tkind\tsource\tjoins\n慢性\tqualifier\tcurated\tyes\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"\[E027\].*joins"):
        load_lexicon(folder)


def test_short_heads_are_the_compound_heads_marked_short(tmp_path):
    folder = dictionary_dir(tmp_path, a=HEADER + "头痛\tsymptom\t头痛\tcurated\n")
    assert load_lexicon(folder).short_heads == {"时", "者", "患者", "病人"}  # the shipped file
    own = folder / "compound_heads.tsv"
    own.write_text("rest\tsource\tshort\n时\tcurated\tyes\n病\tcurated\n", encoding="utf-8")
    lexicon = load_lexicon(folder)
    assert (lexicon.compound_heads, lexicon.short_heads) == ({"时", "病"}, {"时"})
    own.write_text("rest\tsource\tshort\n时\tcurated\ttrue\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"\[E027\].*short"):
        load_lexicon(folder)


@pytest.mark.parametrize(
    ("file", "column", "attribute", "shipped", "bad_rows", "error"),
    [
        ("verb_prefixes.tsv", "prefix", "verb_prefixes", {"患", "受到"}, "患 \tcurated\nget\tcurated\n",
         r"verb_prefixes\.tsv:3: prefix must be Chinese characters"),
        # one character is too ambiguous a body head
        ("body_heads.tsv", "head", "body_heads", {"黏膜", "毛细血管"}, "黏膜\tcurated\n膜\tcurated\n",
         r"body_heads\.tsv:3: head must be two Chinese characters or more"),
    ],
)
def test_matcher_word_lists_are_the_folders_own_else_the_shipped_ones(tmp_path, file, column, attribute, shipped,
                                                                      bad_rows, error):
    folder = dictionary_dir(tmp_path, a=HEADER + "头痛\tsymptom\t头痛\tcurated\n")
    assert shipped <= getattr(load_lexicon(folder), attribute)  # the shipped file
    own = folder / file
    first = next(iter(sorted(shipped)))
    own.write_text(f"{column}\tsource\n{first}\tcurated\n", encoding="utf-8")
    assert getattr(load_lexicon(folder), attribute) == {first}
    own.write_text(f"{column}\tsource\n{bad_rows}", encoding="utf-8")
    with pytest.raises(DictionaryError, match=error):
        load_lexicon(folder)


def test_other_senses_are_the_folders_own_else_the_shipped_ones(tmp_path):
    folder = dictionary_dir(tmp_path, a=HEADER + "头痛\tsymptom\t头痛\tcurated\n")
    assert {sense.place for sense in load_lexicon(folder).other_senses["T3"]} == {"before", "after", "sentence"}
    own = folder / "other_senses.tsv"
    own.write_text("term\tplace\tpattern\tsource\n头痛\tafter\t药\tcurated\n头痛\tbefore\t偏\tcurated\n", encoding="utf-8")
    after, before = load_lexicon(folder).other_senses["头痛"]
    assert after.pattern.match("药") and before.pattern.search("偏头痛", 0, 1) and not before.pattern.search("偏头", 0, 2)


def test_an_other_sense_needs_a_known_place_and_a_valid_pattern(tmp_path):
    folder = dictionary_dir(tmp_path, a=HEADER + "头痛\tsymptom\t头痛\tcurated\n")
    own = folder / "other_senses.tsv"
    own.write_text("term\tplace\tpattern\tsource\n头痛\tbehind\t药\tcurated\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"other_senses\.tsv:2: unknown place 'behind'"):
        load_lexicon(folder)
    own.write_text("term\tplace\tpattern\tsource\n头痛\tafter\t药(\tcurated\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"other_senses\.tsv:2: pattern must be a regular expression"):
        load_lexicon(folder)


def test_an_edited_file_is_read_again(tmp_path):
    folder = dictionary_dir(tmp_path, a=HEADER + "头痛\tsymptom\t头痛\tcurated\n")
    assert "某某综合征" not in load_lexicon(folder).entries
    with (folder / "entities" / "a.tsv").open("a", encoding="utf-8") as handle:
        handle.write("某某综合征\tdisease\t某某综合征\tcurated\n")
    assert load_lexicon(folder).entries["某某综合征"].label == "disease"


def test_a_folder_without_entity_files_is_an_error_not_a_run_without_mentions(tmp_path):
    folder = dictionary_dir(tmp_path)
    (folder / "entities" / "mine.txt").write_text(HEADER + "头痛\tsymptom\t头痛\tcurated\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"\[E028\].*mine\.txt"):
        load_lexicon(folder)


@pytest.mark.parametrize("names", [("body", "drug"), ("disease", "drug")])  # before and after curated.tsv
def test_two_generated_files_with_one_term_clash_even_when_curated_has_it(tmp_path, names):
    row = "头痛症状\tsymptom\t头痛\txywy:symptoms\n"
    folder = dictionary_dir(tmp_path, curated=HEADER + row, **{name: HEADER + row for name in names})
    with pytest.raises(DictionaryError, match=r"\[E023\]"):
        load_lexicon(folder)
    assert [p for p in check_dictionaries(folder) if p.startswith("[E023]")]


def test_a_one_character_body_head_needs_its_row_to_say_so(tmp_path):
    # 壁 (血管壁, 胃壁) was measured; other one-character heads stay too ambiguous (膜)
    folder = dictionary_dir(tmp_path, a=HEADER + "头痛\tsymptom\t头痛\tcurated\n")
    assert "壁" in load_lexicon(folder).body_heads
    (folder / "body_heads.tsv").write_text("head\tsource\tone_character\n黏膜\tcurated\t\n壁\tcurated\tyes\n", encoding="utf-8")
    assert load_lexicon(folder).body_heads == {"黏膜", "壁"}
    (folder / "body_heads.tsv").write_text("head\tsource\tone_character\n壁\tcurated\tmaybe\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"\[E027\].*one_character"):
        load_lexicon(folder)


def test_procedure_heads_are_the_folders_own_else_the_shipped_ones(tmp_path):
    folder = dictionary_dir(tmp_path, a=HEADER + "头痛\tsymptom\t头痛\tcurated\n")
    shipped = load_lexicon(folder).procedure_heads
    assert shipped["造影"] == ({"body", "symptom"}, ("剂",)) and shipped["移植"][0] == {"body"}
    (folder / "procedure_heads.tsv").write_text("head\tlabels\texcept\tsource\n活检\tbody, disease\t钳,针\tcurated\n", encoding="utf-8")
    assert load_lexicon(folder).procedure_heads == {"活检": ({"body", "disease"}, ("钳", "针"))}


def test_finding_heads_are_the_folders_own_else_the_shipped_ones(tmp_path):
    folder = dictionary_dir(tmp_path, a=HEADER + "头痛\tsymptom\t头痛\tcurated\n")
    shipped = load_lexicon(folder).finding_heads
    assert shipped["肿瘤"] == (("disease", {"body"}, "", ("性", "标志"), ""),) and shipped["障碍"][0][2] == "功能"
    (folder / "finding_heads.tsv").write_text(
        "head\tmakes\tjoins\tsite_ends\tsource\n减退\tsymptom\ttest\t功能\tcurated\n减退\tsymptom\tbody, test\t\tcurated\n",
        encoding="utf-8")
    assert load_lexicon(folder).finding_heads == {"减退": (("symptom", {"test"}, "功能", (), ""), ("symptom", {"body", "test"}, "", (), ""))}


def test_not_qualifiers_are_the_folders_own_else_the_shipped_ones(tmp_path):
    folder = dictionary_dir(tmp_path, a=HEADER + "头痛\tsymptom\t头痛\tcurated\n")
    assert {"阳性", "男性", "典型"} <= load_lexicon(folder).not_qualifiers
    (folder / "not_qualifiers.tsv").write_text("word\tsource\n阳性\tcurated\n", encoding="utf-8")
    assert load_lexicon(folder).not_qualifiers == {"阳性"}
    (folder / "not_qualifiers.tsv").write_text("word\tsource\tqualifies\n阳性\tcurated\t\n无痛性\tcurated\tyes\n", encoding="utf-8")
    lexicon = load_lexicon(folder)
    assert (lexicon.not_qualifiers, lexicon.qualifiers) == ({"阳性"}, {"无痛性"})


def test_a_folder_of_ones_own_takes_the_packages_segmentation_words(tmp_path, monkeypatch):
    import pipeline.lexicon.loader as loader

    folder = dictionary_dir(tmp_path, curated=HEADER + "羟氯喹\tdrug\t羟氯喹\tcurated\n")
    monkeypatch.setattr(loader, "DEFAULT_DICTIONARY_DIR", folder)  # as ZH_MED_DICTIONARIES=folder does
    assert load_lexicon(folder).segmentation_words  # not a FileNotFoundError


def _lexicon_parts(lexicon):
    senses = {term: [(s.place, s.pattern.pattern) for s in found] for term, found in lexicon.other_senses.items()}
    return (lexicon.entries, lexicon.segmentation_words, lexicon.compound_heads, dict(lexicon.word_final),
            dict(lexicon.likeness), senses, lexicon.short_heads, lexicon.verb_prefixes, lexicon.body_heads,
            dict(lexicon.procedure_heads), lexicon.not_qualifiers, lexicon.body_sides, dict(lexicon.finding_heads),
            lexicon.qualifiers)


def test_a_lexicon_read_back_from_the_disk_cache_is_the_one_parsed(tmp_path, monkeypatch):
    # the parsed files are kept in the cache folder: a cold start reads them in a fifth of the time
    from pipeline.lexicon.loader import _load_lexicon

    monkeypatch.setenv("ZH_MED_CACHE", str(tmp_path / "cache"))
    folder = dictionary_dir(tmp_path, a=HEADER + "头痛\tsymptom\t头痛\tcurated\nT3\ttest\tT3\tcurated\n")
    files = (("a.tsv", 1, 2),)
    parsed = _load_lexicon.__wrapped__(folder, files)
    [stored] = (tmp_path / "cache").glob("lexicon-*.marshal")
    cached = _load_lexicon.__wrapped__(folder, files)
    assert _lexicon_parts(cached) == _lexicon_parts(parsed) and cached.directory == folder
    assert cached.other_senses["T3"][0].pattern.search("T3N0M0", 2)  # patterns compiled again
    stored.write_bytes(b"not marshal")  # a corrupt file is parsed again, not trusted
    assert _lexicon_parts(_load_lexicon.__wrapped__(folder, files)) == _lexicon_parts(parsed)


def test_other_files_or_times_are_other_cache_entries():
    from pipeline.lexicon.loader import _cache_key

    assert _cache_key((("a.tsv", 1, 2),)) != _cache_key((("a.tsv", 3, 2),)) != _cache_key((("b.tsv", 3, 2),))


@pytest.mark.parametrize(
    ("name", "body", "where"),
    [
        ("compound_heads.tsv", "rest\tsource\tshort\n病\tcurated\tsometimes\n", "compound_heads.tsv:2"),
        ("verb_prefixes.tsv", "prefix\tsource\nget\tcurated\n", "verb_prefixes.tsv:2"),
        ("body_heads.tsv", "head\tsource\n膜\tcurated\n", "body_heads.tsv:2"),  # one character: too ambiguous
        ("procedure_heads.tsv", "head\tlabels\tsource\n活检\tdrug\tcurated\n", "procedure_heads.tsv:2"),  # no site's label
        ("procedure_heads.tsv", "head\tlabels\tsource\n术\tbody\tcurated\n", "procedure_heads.tsv:2"),  # one character
        ("finding_heads.tsv", "head\tmakes\tjoins\tsource\n肿瘤\tdrug\tbody\tcurated\n", "finding_heads.tsv:2"),  # no finding's label
        ("finding_heads.tsv", "head\tmakes\tjoins\tsource\n肿瘤\tdisease\tprocedure\tcurated\n", "finding_heads.tsv:2"),  # joins no site
        ("finding_heads.tsv", "head\tmakes\tjoins\tsource\nca\tdisease\tsymptom\tcurated\n", "finding_heads.tsv:2"),  # no Chinese
        ("finding_heads.tsv", "head\tmakes\tjoins\tsource\n肿瘤\tdisease\tbody\tcurated\n肿瘤\tsymptom\tbody\tcurated\n",
         "finding_heads.tsv:3"),  # a second row for the same ending
        ("word_final_characters.tsv", "character\tsource\n性病\tcurated\n", "word_final_characters.tsv:2"),
        ("likeness_markers.tsv", "marker\tlabels\tsource\n样\tsign\tcurated\n", "likeness_markers.tsv:2"),
        ("other_senses.tsv", "term\tplace\tpattern\tsource\nT3\tafter\t[N\tcurated\n", "other_senses.tsv:2"),
        ("segmentation.tsv", "term\tfreq\tsource\n色素沉着\tmany\tcurated\n", "segmentation.tsv:2"),
        ("disease_prefixes.tsv", "prefix\tkind\tsource\tjoins\n急性\tqualifier\tcurated\tdisease\n", "disease_prefixes.tsv:2"),
        ("procedure_heads.tsv", "head\tlabels\tsource\n活检\tbody\tcurated\n活检\tbody,disease\tcurated\n", "procedure_heads.tsv:3"),
        ("not_qualifiers.tsv", "word\tsource\n阳性\tcurated\n典型病例\tcurated\n", "not_qualifiers.tsv:3"),  # no 性 or 型 at its end
        ("not_qualifiers.tsv", "word\tsource\n性\tcurated\n", "not_qualifiers.tsv:2"),  # one character
        ("not_qualifiers.tsv", "word\tsource\tqualifies\n无痛性\tcurated\tmaybe\n", "not_qualifiers.tsv:2"),
        ("body_sides.tsv", "side\tsource\n左侧\tcurated\n", "body_sides.tsv:2"),  # one character only
    ],
)
def test_check_validates_the_lexicons_helper_files(tmp_path, name, body, where):
    # a bad row of a matcher's word list is found by `dict check`, not first by a run
    folder = dictionary_dir(tmp_path, a=HEADER + "水肿\tsymptom\t水肿\tcurated\n")
    (folder / name).write_text(body, encoding="utf-8")
    [problem] = check_dictionaries(folder)
    assert where in problem
    with pytest.raises(DictionaryError, match=where.replace(".", r"\.")):
        load_lexicon(folder)
