"""The dictionary build on tiny hand-written lexicons, and its reproducibility on the real ones."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline.errors import PipelineError
from pipeline.lexicon.build import build_dictionaries, main
from pipeline.normalize import normalize_text
from pipeline.resources import read_tsv

REPO_DICTIONARIES = Path(__file__).resolve().parents[2] / "dictionaries"
ENTITY_OPTIONAL = ["english", "note"]

LISTS = {
    "xywy/lexicons/symptoms.txt": ["贫血", "脓液为巧克力色...", "HIV感染", "发热，咳嗽", "痒", "便秘"],
    "xywy/lexicons/diseases.txt": [
        "贫血", "多发性骨髓瘤", "小儿IgA肾病", "新生儿呼吸窘迫综合征", "小儿贫血", "小儿乳积", "小儿中暑和暑热症", "新生儿出血症", "糖尿病", "小儿糖尿病", "小儿胃炎", "小儿唐氏综合征",
        "新生儿多发性骨髓瘤", "红斑",
    ],
    "xywy/lexicons/checks.txt": ["血清蛋白电泳", "胃镜检查", "体位", "血清铁蛋白", "尿蛋白质", "血浆醛固酮", "C反应蛋白(CRP)"],
    "xywy/lexicons/drugs.txt": ["阿莫西林胶囊", "己烯雌酚片", "柏子养心丸", "磷酸氯喹片", "盐酸吗啉胍片", "硫酸吗啉胍片", "盐酸多巴胺注射液",
        "注射用青霉素钠", "注射用青霉素钾", "氯化钠注射液", "氯化钾注射液", "硫酸镁注射液", "硫酸锌口服溶液", "注射用头孢呋辛钠"],
    "xywy/lexicons/departments.txt": ["血液科"],
    "lexicons/qasystem/symptom.txt": ["贫血", "闫敏", "湿啰音"],
    "lexicons/qasystem/disease.txt": [],
    "lexicons/qasystem/check.txt": [],
    "lexicons/qasystem/drug.txt": ["阿莫西林片"],
    "lexicons/qasystem/department.txt": [],
    "lexicons/qasystem/producer.txt": ["先声药业阿莫西林胶囊", "常克"],
    "lexicons/thuocl/THUOCL_medical.txt": [
        "检查\t580138", "贫血\t5774", "骨髓\t900", "一捻金胶囊\t2", "X线片\t300",
        "地西泮注射液\t50", "地西泮\t40", "止咳颗粒\t10", "止咳\t100", "肾上腺素注射液\t2", "肾上腺素\t1150",
        "氯喹\t300", "多巴胺\t900", "头孢呋辛\t50",
        "万古霉素\t92", "氯硝西泮\t48", "前列环素\t2", "注射用美罗培南\t1", "霉素\t5",
        "铁蛋白\t189", "蛋白质\t14062",
        "腮腺炎\t50", "心瓣膜病\t20", "杂病\t5", "舞蹈病\t5", "急性炎症\t10", "沙门氏菌\t20", "痘病毒\t3",
        "淋巴细胞\t625", "小细胞\t178", "胃大部切除术\t32", "骨髓移植\t40",
    ],
}



def annotated(*mentions: tuple[str, str]) -> list[str]:
    """ChineseBLUE JSON lines, one text per mention (``type`` as in cMedQANER)."""
    return [json.dumps({"text": m, "mention_data": [{"mention": m, "type": t, "offset": "0"}]}, ensure_ascii=False) for m, t in mentions]


LISTS["ner/cMedQANER/train.json"] = annotated(
    *[("压痛", "symptom")] * 3, *[("宫颈", "body")] * 2, *[("上火", "disease")] * 3, *[("腺瘤", "symptom")] * 3,
    *[("红斑", "symptom")] * 5, *[("便秘", "disease")] * 5, *[("憋气", "symptom")] * 2, *[("hpv", "test")] * 5,
    *[("体检", "test")] * 4,
)
LISTS["ner/cEHRNER/train.json"] = [
    json.dumps({"text": "宫颈", "mention_data": [{"mention": "宫颈", "label": "解剖部位", "offset": "0"}]}, ensure_ascii=False)
]
ABBR = [
    {"name": "ESR", "content": {"full_name": "Erythrocyte Sedimentation Rate",
                                "description": "红细胞沉降率"}},
    {"name": "CRF", "content": {"full_name": "Case Report Form", "description": "病例报告表"}},
]
CURATED = (
    "# hand-written\n"
    "term\tlabel\tcanonical\tsource\tenglish\tnote\n"
    "多发性骨髓瘤\tdisease\t多发性骨髓瘤\tcurated\t\tseed\n"
    "唐氏综合征\tdisease\t唐氏综合征\tcurated\t\tcurated only: no list has it\n"
    "血清蛋白电泳\tprocedure\t血清蛋白电泳\tcurated\t\tCMeEE: electrophoresis is a procedure\n"
)


@pytest.fixture()
def tiny(tmp_path: Path) -> tuple[Path, Path]:
    """A shared-data folder with a few items per list, and an out dir with curated.tsv."""
    shared, out = tmp_path / "shared", tmp_path / "out"
    for rel, items in LISTS.items():
        (shared / rel).parent.mkdir(parents=True, exist_ok=True)
        (shared / rel).write_text("".join(f"{item}\n" for item in items), encoding="utf-8")
    abbr = shared / "lexicons/clinical_abbr/abbr.json"
    abbr.parent.mkdir(parents=True)
    abbr.write_text(json.dumps(ABBR, ensure_ascii=False), encoding="utf-8")
    (out / "entities").mkdir(parents=True)
    (out / "entities" / "curated.tsv").write_text(CURATED, encoding="utf-8")
    return shared, out


def build(shared: Path, out: Path) -> dict[str, dict[str, str]]:
    build_dictionaries(shared, out, rules_dir=REPO_DICTIONARIES)
    rows = {}
    for path in sorted((out / "entities").glob("*.tsv")):
        if path.name == "curated.tsv":
            continue
        for _, row in read_tsv(path, ["term", "label", "canonical", "source"], ENTITY_OPTIONAL):
            assert row["term"] not in rows, f"{row['term']} written twice"
            rows[row["term"]] = row
    return rows


def test_truncated_list_like_short_and_stopword_items_are_dropped(tiny):
    rows = build(*tiny)
    assert "脓液为巧克力色..." not in rows
    assert "发热,咳嗽" not in rows and "发热" not in rows
    assert "痒" not in rows
    assert "体位" not in rows


def test_a_persons_name_in_a_symptom_list_is_dropped_and_counted(tiny):
    shared, out = tiny
    rows = build(shared, out)
    assert "闫敏" not in rows  # a doctor's name in the qasystem symptom list
    assert rows["湿啰音"]["label"] == "symptom"  # its neighbour in that list, a real sign
    assert "| `person-name` (qasystem:symptom 1) | 1 |" in (out / "BUILD_REPORT.md").read_text(encoding="utf-8")


def test_drug_product_gets_generic_canonical_and_generic_entry(tiny):
    rows = build(*tiny)
    assert rows["阿莫西林胶囊"]["canonical"] == "阿莫西林"
    assert rows["阿莫西林胶囊"]["source"] == "xywy:drugs;qasystem:producer"
    assert rows["阿莫西林"]["source"] == "derived:drug-generic"
    assert rows["阿莫西林"]["label"] == "drug"


def test_generic_of_a_single_unattested_product_is_only_a_canonical(tiny):
    rows = build(*tiny)
    assert rows["己烯雌酚片"]["canonical"] == "己烯雌酚"
    assert "己烯雌酚" not in rows
    assert rows["柏子养心丸"]["canonical"] == "柏子养心丸"  # 丸 is not stripped


def test_a_thuocl_products_stem_that_thuocl_also_lists_is_a_drug_unless_it_is_two_characters(tiny):
    rows = build(*tiny)
    assert (rows["地西泮注射液"]["canonical"], rows["地西泮"]["label"]) == ("地西泮", "drug")
    assert rows["地西泮"]["source"] == "derived:drug-generic;thuocl"
    assert rows["止咳颗粒"]["canonical"] == "止咳" and "止咳" not in rows  # an effect, as often as a drug
    assert "一捻金" not in rows  # one product, and no list has the stem: only a canonical name
    # reviewed as no drug in the texts (build_not_generic.tsv): a hormone there
    assert rows["肾上腺素注射液"]["canonical"] == "肾上腺素" and "肾上腺素" not in rows


def test_a_drug_without_its_salt_is_a_term_when_thuocl_has_it_or_two_salts_name_it(tiny):
    rows = build(*tiny)
    assert rows["磷酸氯喹片"]["canonical"] == "磷酸氯喹"  # the product keeps its salt name
    assert (rows["氯喹"]["label"], rows["氯喹"]["source"]) == ("drug", "derived:drug-base;thuocl")
    assert rows["吗啉胍"]["source"] == "derived:drug-base"  # 盐酸吗啉胍 and 硫酸吗啉胍
    assert "多巴胺" not in rows  # reviewed: a neurotransmitter in most texts (build_not_generic.tsv)


def test_a_drug_without_a_salt_at_its_end_is_a_term_too(tiny):
    rows = build(*tiny)
    assert rows["注射用青霉素钠"]["canonical"] == "青霉素钠"  # the product keeps its salt name
    assert (rows["青霉素"]["label"], rows["青霉素"]["source"]) == ("drug", "derived:drug-base")  # 钠 and 钾
    assert rows["青霉素"]["note"] == "drug-base: 青霉素钠 without its salt"
    assert rows["头孢呋辛"]["source"] == "derived:drug-base;thuocl"  # one salt, and THUOCL has the word
    assert "氯化" not in rows  # 氯化钠 and 氯化钾: reviewed as no drug (build_not_generic.tsv)
    assert "硫酸" not in rows  # 硫酸镁 and 硫酸锌: a salt prefix is no drug


def test_a_thuocl_word_ending_with_an_inn_stem_is_a_drug(tiny):
    rows = build(*tiny)
    assert (rows["万古霉素"]["label"], rows["万古霉素"]["source"]) == ("drug", "thuocl")  # -mycin
    assert rows["万古霉素"]["note"] == "thuocl-drug-stem: ends with 霉素"
    assert rows["氯硝西泮"]["label"] == "drug"  # -azepam
    assert "前列环素" not in rows  # reviewed: made by the body (build_not_generic.tsv)
    assert "霉素" not in rows  # the stem alone
    assert "注射用美罗培南" not in rows  # a product form: no stem rule for it


def test_a_test_named_with_its_specimen_gives_the_analyte_when_thuocl_has_it(tiny):
    shared, out = tiny
    rows = build(shared, out)
    assert (rows["铁蛋白"]["label"], rows["铁蛋白"]["source"]) == ("test", "derived:test-base;thuocl")
    assert rows["铁蛋白"]["note"] == "test-base: 血清铁蛋白 without its specimen"
    assert rows["血清铁蛋白"]["label"] == "test"  # the listed name stays a term
    assert "醛固酮" not in rows  # THUOCL does not have it in this tiny build
    assert "蛋白质" not in rows  # reviewed: a nutrient in most texts (build_not_test_base.tsv)
    assert "| `test-base-reviewed-not-a-test` (derived:test-base 1) | 1 |" in (out / "BUILD_REPORT.md").read_text(encoding="utf-8")


def test_a_disease_listed_for_a_patient_group_gives_the_disease_itself(tiny):
    rows = build(*tiny)
    assert (rows["IgA肾病"]["label"], rows["IgA肾病"]["source"]) == ("disease", "derived:disease-base")
    assert rows["IgA肾病"]["note"] == "disease-base: 小儿IgA肾病 without its patient group"
    assert rows["呼吸窘迫综合征"]["label"] == "disease"
    assert rows["小儿IgA肾病"]["label"] == "disease"  # the listed name stays a term
    assert rows["糖尿病"]["source"] == "xywy:diseases"  # a listed name is left as it is
    # curated (小儿唐氏综合征 → 唐氏综合征): the curated row stands alone, nothing is derived
    assert "| disease-base: disease name without its patient group added as a term | 2 |" in (
        tiny[1] / "BUILD_REPORT.md").read_text(encoding="utf-8")  # IgA肾病 and 呼吸窘迫综合征 only
    assert "乳积" not in rows  # no disease head word (病, 症, 炎 …)
    assert "胃炎" not in rows  # two characters: too short
    assert "中暑和暑热症" not in rows  # two diseases named together
    assert "出血症" not in rows  # too short for a name ending in 症: jieba would cut it out of 出血症状


def test_a_thuocl_word_ending_with_a_head_word_gets_its_label(tiny):
    rows = build(*tiny)
    assert (rows["腮腺炎"]["label"], rows["腮腺炎"]["source"]) == ("disease", "thuocl")
    assert rows["腮腺炎"]["note"] == "thuocl-head: ends with 炎"
    assert rows["心瓣膜病"]["label"] == "disease"
    assert (rows["沙门氏菌"]["label"], rows["沙门氏菌"]["note"]) == ("microbe", "thuocl-head: ends with 菌")
    assert "杂病" not in rows and "舞蹈病" not in rows  # too short for a name in 病: 出血症状, 肺结核病人
    assert "急性炎症" not in rows and "痘病毒" not in rows  # reviewed stopwords: a process, a word inside 猴痘病毒
    assert (rows["淋巴细胞"]["label"], rows["淋巴细胞"]["note"]) == ("body", "thuocl-head: ends with 细胞")
    assert "小细胞" not in rows  # reviewed stopword: a word inside 小细胞肺癌


def test_a_thuocl_word_ending_with_a_procedure_head_is_a_procedure_or_left_to_the_matcher(tiny):
    # therapies review of medical_5, 2026-12-05: as segmentation words they hid the procedure (胃大部切除术,
    # 结肠造口术); a body part and the head (骨髓|移植) is no word at all, so rule 13 joins the site written
    shared, out = tiny
    rows = build(shared, out)
    assert (rows["胃大部切除术"]["label"], rows["胃大部切除术"]["note"]) == ("procedure", "thuocl-head: ends with 切除术")
    seg = {row["term"] for _, row in read_tsv(out / "segmentation.tsv", ["term", "freq", "source"])}
    assert "骨髓移植" not in rows and "骨髓移植" not in seg


def test_a_microbe_gives_its_infection_as_a_disease(tiny):
    rows = build(*tiny)
    assert (rows["沙门氏菌感染"]["label"], rows["沙门氏菌感染"]["source"]) == ("disease", "derived:microbe-infection")
    assert rows["沙门氏菌感染"]["note"] == "microbe-infection: 沙门氏菌"
    assert "HIV感染" in rows and rows["HIV感染"]["source"] != "derived:microbe-infection"  # listed: left as it is


def test_producer_brand_without_dosage_form_is_dropped(tiny):
    assert "常克" not in build(*tiny)


def test_conflict_gives_one_row_with_a_note(tiny):
    row = build(*tiny)["贫血"]
    assert row["label"] == "symptom"
    assert row["source"] == "xywy:symptoms;qasystem:symptom;thuocl"
    assert row["note"] == "also: disease (xywy:diseases)"


def test_head_word_moves_symptom_list_item_to_disease(tiny):
    rows = build(*tiny)
    assert rows["HIV感染"]["label"] == "disease"
    assert "head-word 感染" in rows["HIV感染"]["note"]
    assert rows["胃镜检查"]["label"] == "procedure"


def test_curated_wins_and_is_never_rewritten(tiny):
    shared, out = tiny
    rows = build(shared, out)
    assert "多发性骨髓瘤" not in rows and "血清蛋白电泳" not in rows
    assert (out / "entities" / "curated.tsv").read_text(encoding="utf-8") == CURATED


def test_abbreviation_entries_carry_english_and_unlisted_ones_are_dropped(tiny):
    rows = build(*tiny)
    assert rows["ESR"]["canonical"] == "红细胞沉降率"
    assert rows["ESR"]["english"] == "Erythrocyte Sedimentation Rate"
    assert rows["红细胞沉降率"]["label"] == "test"
    assert "CRF" not in rows and "病例报告表" not in rows


def test_thuocl_words_without_type_go_to_segmentation(tiny):
    shared, out = tiny
    rows = build(shared, out)
    seg = {row["term"]: row for _, row in read_tsv(out / "segmentation.tsv", ["term", "freq", "source"])}
    thuocl = sorted(term for term, row in seg.items() if row["source"] == "thuocl")
    # 地西泮 became a drug term (its product 地西泮注射液), 万古霉素 one by its stem, 铁蛋白 a test,
    # 骨髓 a body part by its head word 髓
    assert thuocl == ["X线片", "前列环素", "多巴胺", "杂病", "止咳", "注射用美罗培南", "肾上腺素", "舞蹈病", "蛋白质", "霉素"]
    assert seg["止咳"] == {"term": "止咳", "freq": "100", "source": "thuocl"}
    assert rows["骨髓"]["label"] == "body"


def test_curated_segmentation_words_join_the_thuocl_ones(tiny, tmp_path):
    shared, out = tiny
    rules = tmp_path / "rules"
    shutil.copytree(REPO_DICTIONARIES, rules)
    (rules / "build_segmentation_words.tsv").write_text(
        "term\tfreq\tsource\tnote\n神经症状\t100\tcurated\tnot 神经症|状\n止咳\t5\tcurated\t\n贫血\t10\tcurated\t\n",
        encoding="utf-8",
    )
    build_dictionaries(shared, out, rules_dir=rules)
    seg = {row["term"]: row for _, row in read_tsv(out / "segmentation.tsv", ["term", "freq", "source"])}
    assert seg["神经症状"] == {"term": "神经症状", "freq": "100", "source": "curated"}
    assert seg["止咳"] == {"term": "止咳", "freq": "5", "source": "curated"}  # the curated row wins
    assert "贫血" not in seg  # a term is no mere segmentation word
    assert "| curated segmentation word is an entity term (skipped) | 1 |" in (out / "BUILD_REPORT.md").read_text(encoding="utf-8")


def test_thuocl_word_with_a_dosage_form_is_a_drug_product(tiny):
    row = build(*tiny)["一捻金胶囊"]
    assert (row["label"], row["canonical"], row["source"]) == ("drug", "一捻金", "thuocl")


def test_every_row_has_a_source_and_a_known_label(tiny):
    rows = build(*tiny)
    assert rows
    assert all(row["source"] for row in rows.values())


def test_same_input_gives_identical_bytes(tiny, tmp_path):
    shared, out = tiny
    second = tmp_path / "out2"
    shutil.copytree(out, second)
    build(shared, out)
    build(shared, second)
    names = sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file())
    assert names == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    for name in names:
        assert (out / name).read_bytes() == (second / name).read_bytes(), name


def test_missing_lexicon_is_reported_with_its_path(tiny):
    shared, out = tiny
    (shared / "xywy/lexicons/drugs.txt").unlink()
    with pytest.raises(PipelineError, match="E100.*drugs.txt"):
        build(shared, out)


def test_curated_terms_are_normalized_and_unique():
    rows = read_tsv(
        REPO_DICTIONARIES / "entities" / "curated.tsv",
        ["term", "label", "canonical", "source"],
        ENTITY_OPTIONAL,
    )
    terms = [row["term"] for _, row in rows]
    assert len(terms) == len(set(terms))
    assert [t for t in terms if normalize_text(t) != t] == []
    assert {row["source"] for _, row in rows} == {"curated"}


@pytest.mark.parametrize(
    ("term", "label", "canonical"),
    [
        ("色素沉着", "symptom", "色素沉着"),
        ("M蛋白", "test", "M蛋白"),
        # short forms share their full name's canonical (curated.tsv)
        ("心衰", "disease", "心力衰竭"),
        ("甲亢", "disease", "甲状腺功能亢进症"),
        ("房颤", "disease", "心房颤动"),
        ("本-周(Bence-Jones)蛋白", "test", "本-周(Bence-Jones)蛋白"),
        ("单克隆γ球蛋白病", "disease", "单克隆γ球蛋白病"),
        ("Castleman病", "disease", "Castleman病"),
        ("血浆置换术", "procedure", "血浆置换术"),
        ("三苯氧胺", "drug", "他莫昔芬"),
        ("HHV-8", "microbe", "HHV-8"),
        ("IgG", "test", "IgG"),
        ("TNF-α", "test", "TNF-α"),
        ("淋巴结肿大", "symptom", "淋巴结肿大"),
        ("阿莫西林胶囊", "drug", "阿莫西林"),
        ("腹水", "symptom", "腹水"),
    ],
)
def test_committed_dictionaries_label_seed_terms(term, label, canonical):
    """Key terms of the seed record (POEMS综合征) in the committed files."""
    found = []
    for path in sorted((REPO_DICTIONARIES / "entities").glob("*.tsv")):
        for _, row in read_tsv(path, ["term", "label", "canonical", "source"], ENTITY_OPTIONAL):
            if row["term"] == term:
                found.append((row["label"], row["canonical"]))
    assert found == [(label, canonical)]


def test_committed_files_are_reproducible_from_the_real_data(shared_data, tmp_path):
    out = tmp_path / "dictionaries"
    (out / "entities").mkdir(parents=True)
    shutil.copy(REPO_DICTIONARIES / "entities" / "curated.tsv", out / "entities")
    assert main(["--shared", str(shared_data), "--out", str(out)]) == 0
    generated = sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file())
    assert Path("entities/symptom.tsv") in generated
    for name in generated:
        assert (out / name).read_bytes() == (REPO_DICTIONARIES / name).read_bytes(), name


def test_cli_a_wrong_shared_folder_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "out" / "entities").mkdir(parents=True)
    shutil.copy(REPO_DICTIONARIES / "entities" / "curated.tsv", tmp_path / "out" / "entities")
    assert main(["--shared", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err.startswith("error: [E100]")


def test_cli_a_folder_without_curated_tsv_is_refused(tmp_path, capsys):
    # dict build --out NEW: the generated files leave the curated terms out (curated wins), so a
    # folder without curated.tsv silently got other dictionaries (task U, 2026-12-06)
    assert main(["--shared", str(tmp_path), "--out", str(tmp_path / "new")]) == 2
    error = capsys.readouterr().err
    assert error.startswith("error: [E102]") and "curated.tsv not found" in error and "dict init" in error
    assert not (tmp_path / "new").exists()


def test_annotated_words_of_the_train_sets_become_terms(tiny):
    rows = build(*tiny)
    assert (rows["压痛"]["label"], rows["压痛"]["source"]) == ("symptom", "cMedQANER:train")
    assert (rows["宫颈"]["label"], rows["宫颈"]["source"]) == ("body", "cMedQANER:train;cEHRNER:train")
    assert rows["腺瘤"]["label"] == "disease"  # the head word 瘤 decides, as for the lists
    assert "上火" not in rows  # a disease without a disease head word
    assert "憋气" not in rows  # annotated twice only
    assert "hpv" not in rows  # Latin letters: abbreviations come from their own table
    assert "体检" not in rows  # build_stopwords.tsv


def test_a_listed_term_annotated_as_a_symptom_becomes_one_but_not_the_other_way(tiny):
    rows = build(*tiny)
    assert rows["红斑"]["label"] == "symptom"  # the portal lists it as a disease
    assert "also: disease (xywy:diseases)" in rows["红斑"]["note"]
    assert rows["便秘"]["label"] == "symptom"  # cMedQANER calls it a disease; CMeEE a symptom


def test_a_name_listed_with_its_abbreviation_in_brackets_has_the_name_as_canonical(tiny):
    # review of xywy medical_8–9 (2026-12-03, labs): 351 test names kept their (ABBR) in the canonical
    row = build(*tiny)["C反应蛋白(CRP)"]
    assert (row["label"], row["canonical"]) == ("test", "C反应蛋白")


def test_a_symptom_item_glueing_two_findings_is_dropped(tiny):
    """Rule "symptom-pair" (symptoms review of medical_8): 恶心与呕吐 is two findings, each a term;
    下肢肿胀 (body 下肢 + symptom 肿胀) is one too, which the matcher joins (no term of its own);
    腹泻与便秘交替 (head 交替) and 咽喉及口内刺痒 (口内刺痒 no term) stay whole."""
    shared, out = tiny
    symptoms = shared / "xywy/lexicons/symptoms.txt"
    extra = ["恶心与呕吐", "恶心", "呕吐", "腹泻", "腹泻与便秘交替", "下肢肿胀和乏力", "乏力", "肿胀", "下肢",
             "咽喉及口内刺痒", "咽喉"]
    symptoms.write_text(symptoms.read_text(encoding="utf-8") + "".join(f"{t}\n" for t in extra), encoding="utf-8")
    (out / "entities" / "curated.tsv").write_text(
        CURATED + "下肢\tbody\t下肢\tcurated\t\t\n咽喉\tbody\t咽喉\tcurated\t\t\n", encoding="utf-8")
    rows = build(shared, out)
    assert "恶心与呕吐" not in rows and rows["恶心"]["source"] == "xywy:symptoms"
    assert "下肢肿胀和乏力" not in rows
    assert "下肢肿胀" not in rows and rows["乏力"]["label"] == "symptom"
    assert rows["腹泻与便秘交替"]["label"] == "symptom"
    assert rows["咽喉及口内刺痒"]["label"] == "symptom"
    assert "| `symptom-pair` (xywy:symptoms 2) | 2 |" in (out / "BUILD_REPORT.md").read_text(encoding="utf-8")
