"""find_quantities: what each quantity reads as, and that bad input yields nothing impossible."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.errors import DictionaryError
from pipeline.normalize import normalize_text
from pipeline.quantities import find_quantities, load_quantity_resources
from pipeline.quantities.patterns import _word_across
from pipeline.resources import DEFAULT_DICTIONARY_DIR


def only(text: str):
    quantities = find_quantities(text)
    assert len(quantities) == 1, quantities
    return quantities[0]


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("呈弥漫性色素沉着93%", "93%", 93),
        ("呈弥漫性色素沉着(93%)", "(93%)", 93),
        ("色素沉着（９３％）", "（９３％）", 93),
        ("发生率约0.0025%", "约0.0025%", 0.0025),
    ],
)
def test_percentages(text, span, value):
    q = only(text)
    assert (q.text, q.kind, q.value, q.unit) == (span, "percent", value, "%")
    assert text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    "text, kind, low, high, unit, approx",
    [
        ("浆细胞轻度增多(2%～5%)", "percent_range", 2, 5, "%", False),
        ("发生率为10%~20%", "percent_range", 10, 20, "%", False),
        ("发生率为10~20%", "percent_range", 10, 20, "%", False),
        ("病程2-3个月", "range", 2, 3, "个月", False),
        ("一般能维持在7~15天左右", "range", 7, 15, "天", True),
        ("病程6周~8周", "range", 6, 8, "周", False),
        # dashes as the texts write them: doubled, tripled, and 一 for one
        ("疝修补术后0.9%--2.28%", "percent_range", 0.9, 2.28, "%", False),
        ("约有39%---50%的脑瘫儿童", "percent_range", 39, 50, "%", True),
        ("有6%一7%的患者有癫痫发作", "percent_range", 6, 7, "%", False),
        ("发病3一5天", "range", 3, 5, "天", False),
        # a range glued to Latin letters before it (frequencies review of medical_9, 2026-12-05)
        ("房颤发生率AMI10%～15%", "percent_range", 10, 15, "%", False),
    ],
)
def test_ranges(text, kind, low, high, unit, approx):
    q = only(text)
    assert (q.kind, q.low, q.high, q.unit, q.approx) == (kind, low, high, unit, approx)


@pytest.mark.parametrize(
    "text, value, comparator, approx",
    [
        ("浆细胞比例明显增高(>10%)", 10, ">", False),
        ("浆细胞比例多在5%以下", 5, "<=", False),
        ("多发性骨髓瘤时多超过10%", 10, ">", False),
        ("血中M蛋白阳性可达75%左右", 75, "", True),
        ("约95%的胆总管结石患者", 95, "", True),
        ("不足5%", 5, "<", False),
        ("高于20%", 20, ">", False),
        ("大于30%", 30, ">", False),
        ("小于1%", 1, "<", False),
        ("60%以上", 60, ">=", False),
        # 或更高/或更低 after a number include it, as 以上/以下 do (体温达40℃或更高)
        ("75%或更多", 75, ">=", False),
        ("10%或以下", 10, "<=", False),
        ("约占30%", 30, "", True),
        ("大约占到50%", 50, "", True),  # frequencies review of medical_9, 2026-12-05
        ("约达到30%", 30, "", True),
        ("占到50%", 50, "", False),
        # the hedge is on the share when the whole comes between (约占…的N%)
        ("约占病例总数的80%", 80, "", True),
        ("大约占所有恶性肿瘤的1%", 1, "", True),
        ("占病例总数的80%", 80, "", False),
        ("近年来国内报道的20%", 20, "", False),  # 近 alone is too often part of a word
        ("约占总数，其中的20%", 20, "", False),  # not across a clause
    ],
)
def test_comparators_and_hedges(text, value, comparator, approx):
    q = only(text)
    assert (q.value, q.comparator, q.approx) == (value, comparator, approx)


# The same amount in another unit in brackets between a number and 以上/以下 (labs review of
# medical_8, 2026-12-05): the after word still bounds the first number.
@pytest.mark.parametrize(
    "text, value, unit, comparator",
    [
        ("合适的血浆胆固醇水平为5.17mmol/L(200mg/dl)以下", 5.17, "mmol/L", "<="),
        ("眼压高达5.33kPa(40mmHg)以上", 5.33, "kPa", ">="),
        ("收缩压降至10.7kPa(80mmHg)或以下", 10.7, "kPa", "<="),
        ("血钙2.5mmol/L(10mg/dl)，血磷升高", 2.5, "mmol/L", ""),  # no after word: no comparator
        ("血压5.6kPa(见表1)以下", 5.6, "kPa", ""),  # words in the brackets: no other unit
    ],
)
def test_an_after_word_past_the_same_amount_in_another_unit(text, value, unit, comparator):
    q = find_quantities(text)[0]
    assert (q.value, q.unit, q.comparator) == (value, unit, comparator)


# Misprinted numbers as the xywy records print them (medical_N/record): each is read as the
# number meant, and the quantity's offsets still give the text as printed.
@pytest.mark.parametrize(
    "text, span, kind, value, low, high",
    [
        ("男性占1。9%。", "1。9%", "percent", 1.9, None, None),  # 。 for the point (5/364)
        ("中段者占68、90%,", "68、90%", "percent", 68.9, None, None),  # 、 for the point (0/461)
        ("尚有l0%~30%的病例", "l0%~30%", "percent_range", None, 10, 30),  # l for 1 (0/415)
        ("还有消瘦(3l%),多尿(28%)", "(3l%)", "percent", 31, None, None),  # (11/472)
        ("病死率为7O%,", "7O%", "percent", 70, None, None),  # O for 0 (6/238)
        ("H U S发病率 11. 11%,给磷霉素组", "11. 11%", "percent", 11.11, None, None),  # a blank after the point (1/147)
        ("有畸形者占6. 5 % 。", "6. 5 %", "percent", 6.5, None, None),  # (3/298)
        ("占胶质瘤总数的23 .9%,", "23 .9%", "percent", 23.9, None, None),  # a blank before it (14/312)
        ("距离是0. 24~0. 96 cm。", "0. 24~0. 96 cm", "range", None, 0.24, 0.96),  # (1/329)
    ],
)
def test_misprinted_numbers(text, span, kind, value, low, high):
    q = find_quantities(text)[0]
    assert (text[q.start : q.end], q.kind, q.value, q.low, q.high) == (span, kind, value, low, high)


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("\n1. 10%的患者有发热", "10%", 10),  # item 1, then 10%: no 1.10%
        ("  2. 5%的患者有发热", "5%", 5),
        ("2、50%患者在AMI发病前", "50%", 50),  # item 2, then 50% (15/296)
        ("即HSV-2。10%为HSV-1", "10%", 10),  # a sentence ends with a name
    ],
)
def test_a_number_after_a_list_marker_or_a_sentence_is_not_its_decimals(text, span, value):
    q = find_quantities(text)[0]
    assert (text[q.start : q.end], q.value) == (span, value)


@pytest.mark.parametrize(
    "text, kind, numerator, denominator, value",
    [
        ("7/13例(54%)检测到HHV-8DNA序列", "fraction", 7, 13, 54),
        ("9/18例(50%)检测到循环抗-HHV-8抗体", "fraction", 9, 18, 50),
        ("14/15例POEMS综合征病人血清IL-1β水平增加", "fraction", 14, 15, None),
        ("19/30例淋巴结标本", "fraction", 19, 30, None),
        ("Belec等对18例POEMS综合征病人", "count", 18, None, None),
        ("治疗2例均有效", "count", 2, None, None),
        # 烟雾病 (medical_*.json): a count with its percentage
        ("13例(72.2%)预后良好", "count", 13, None, 72.2),
        # 外阴黑色棘皮症: the percentage first, the fraction in parentheses
        ("黑人74%(25/34例)患者", "fraction", 25, 34, 74),
        # 子宫颈浸润癌: 32.8%(61例)
        ("性伴侣中32.8%(61例)亦同时有阴茎上皮内瘤变", "count", 61, None, 32.8),
    ],
)
def test_counts_and_fractions(text, kind, numerator, denominator, value):
    q = find_quantities(text)[0]
    assert (q.kind, q.numerator, q.denominator, q.value) == (kind, numerator, denominator, value)


def test_count_with_more_than():
    q = only("有人报告10余例")
    assert (q.kind, q.numerator, q.comparator) == ("count", 10, ">")


@pytest.mark.parametrize(
    "text, value, low, high",
    [
        ("半数病人的T3T4偏低", 50, None, None),
        ("约三分之一的患者", 33.3, None, None),
        ("十之八九", None, 80, 90),
        ("三成患者", 30, None, None),
        ("百分之五", 5, None, None),
    ],
)
def test_chinese_number_frequencies(text, value, low, high):
    q = only(text)
    assert (q.value, q.low, q.high, q.approx) == (value, low, high, True)


@pytest.mark.parametrize(
    "text, term, rank",
    [
        ("几乎所有病例都合并浆细胞增生性疾病", "几乎所有", 7),
        ("绝大多数患者", "绝大多数", 7),
        ("大多数患者", "大多数", 6),
        ("水肿较多见", "较多见", 5),
        ("最常见为骨硬化性骨髓瘤", "最常见", 5),
        ("部分病人仅有运动障碍", "部分", 3),
        ("其次为髓外浆细胞瘤", "其次", 3),
        ("溶骨性多发性骨髓瘤少见", "少见", 2),
        ("少数为IgA", "少数", 2),
        ("偶见心包积液", "偶见", 1),
        ("很少有食管静脉曲张", "很少", 1),
    ],
)
def test_frequency_words(text, term, rank):
    q = only(text)
    assert (q.kind, q.qualifier, q.rank) == ("frequency_word", term, rank)


def test_frequency_scale_is_ordered():
    terms = load_quantity_resources().frequency_terms
    order = ["几乎所有", "多数", "常见", "半数", "部分", "少数", "偶见"]
    ranks = [terms[t].rank for t in order]
    assert ranks == sorted(ranks, reverse=True) and len(set(ranks)) == len(ranks)


def test_words_that_are_not_frequencies():
    # 谵妄综合征: 常见原因 names a cause, it does not say how often a finding occurs
    assert find_quantities("药物中毒为老年谵妄的常见原因") == []
    # 宫颈浸润癌: a confidence level is not a frequency
    q = find_quantities("OR值为3.91(95%CI,1.58~9.65)")[0]
    assert q.text == "95%" and q.value is None


@pytest.mark.parametrize(
    ("text", "qualifiers"),
    [
        ("主动脉窦瘤是一种罕见的先天性心脏病", []),  # xywy: what kind of disease, not how often
        ("本病是一种较为少见的肿瘤", []),
        ("一组常见的内分泌病", []),
        ("本病罕见发热", ["罕见"]),
        ("继发出血亦非罕见", ["非罕见"]),  # a negated rare word is its own, common, word
        ("出血并不多见", ["不多见"]),
    ],
)
def test_a_frequency_word_after_yizhong_names_a_kind(text, qualifiers):
    assert [q.qualifier for q in find_quantities(text) if q.kind == "frequency_word"] == qualifiers


def test_a_negated_frequency_word_ranks_as_its_meaning():
    terms = load_quantity_resources().frequency_terms
    assert terms["非罕见"].rank == terms["常见"].rank and terms["不多见"].rank == terms["少见"].rank


@pytest.mark.parametrize(
    "text",
    ["%", "(%)", "1/0例", "15/13例", "IL-6水平升高", "HHV-8DNA", "T3T4", "HPV 16/18阳性", "阴道下", "", "1.进行性"],
)
def test_nothing_impossible_is_read(text):
    for q in find_quantities(text):
        assert q.kind not in ("fraction", "percent") or q.value is None


@pytest.mark.parametrize("text, low, high", [("约1/3～1/2", 33.3, 50), ("3/5~4/5", 60, 80)])
def test_a_range_of_fractions_is_one_share(text, low, high):
    q = only(text)
    assert (q.kind, q.low, q.high) == ("proportion", low, high)


@pytest.mark.parametrize("text, value", [("发生率为0.5‰", 0.05), ("千分之五", 0.5), ("2000‰", None)])
def test_per_mille_in_percent(text, value):
    assert only(text).value == value


@pytest.mark.parametrize("text, low, high", [("发生率为3‰～6‰", 0.3, 0.6), ("约4.6‰～21‰", 0.46, 2.1), ("3～6‰", 0.3, 0.6)])
def test_a_per_mille_range_is_one_range_in_percent(text, low, high):
    # review of xywy medical_12–13 (2026-12-03, frequencies): 3‰～6‰ was two numbers
    q = only(text)
    assert (q.kind, q.low, q.high) == ("percent_range", low, high)


@pytest.mark.parametrize("text, kind, value", [
    # frequencies review of medical_5 (2026-12-04): no rate per 100,000 was read (8 in one record)
    ("年发病率为20/10万", "percent", 0.02),
    ("患病率为425.7/10万", "percent", 0.4257),
    ("发病率为5.8/10万人口", "percent", 0.0058),
    ("大约是1/100万", "percent", 0.0001),
    ("发病率高达2.3/万", "percent", 0.023),
    ("13/10万～34/10万", "percent_range", (0.013, 0.034)),
    ("13～34/10万", "percent_range", (0.013, 0.034)),
    ("约1/1000", "fraction", None),  # a fraction of its own, as before
])
def test_a_rate_per_ten_thousand_people_or_more_is_a_percentage(text, kind, value):
    q = only(text)
    assert q.kind == kind
    assert (q.low, q.high) == value if kind == "percent_range" else q.value == value


@pytest.mark.parametrize("text", ["费用1/万元", "5/0万", "2/10万~1/10万", "200000/1万"])
def test_no_rate_per_people_where_no_people_or_no_valid_rate_is_meant(text):
    # code review (2026-12-04): money, a zero base, a falling range, above 100 %: no empty rate
    assert not [q for q in find_quantities(text) if q.kind in ("percent", "percent_range")]


def test_a_dose_in_ten_thousand_units_stays_a_dose():
    assert [(q.kind, q.text) for q in find_quantities("1/10万U")] == [("number", "10万U")]


@pytest.mark.parametrize("text", ["病程1个月～2年", "2天～3周"])
def test_a_range_with_two_units_has_no_bounds_in_either(text):
    q = only(text)
    assert q.kind == "range" and (q.low, q.high) == (None, None)


@pytest.mark.parametrize("text", ["于2019/1/3出现发热", "2019/1/3", "1/3/2019"])
def test_a_date_is_no_fraction(text):
    assert [q for q in find_quantities(text) if q.kind == "fraction"] == []


def test_a_proportion_is_rounded_as_printed_not_to_even():
    assert only("约十六分之一").value == 6.3  # 6.25


@pytest.mark.parametrize("text", ["999999%", "120%", "9" * 400 + "%"])
def test_percentages_above_100_have_no_value(text):
    q = only(text)
    assert q.kind == "percent" and q.value is None


def test_range_of_ratios_above_100_has_no_bounds():
    # 外阴黑色棘皮症: 超过理想体重120%~150% is a ratio, not a frequency
    q = only("超过理想体重120%~150%")
    assert q.kind == "percent_range" and (q.low, q.high) == (None, None)


def test_results_sorted_non_overlapping_and_on_raw_text():
    raw = "低热（76％）、多汗(66%)及杵状指(56%)，浆细胞增多(2%～5%)，7/13例(54%)"
    quantities = find_quantities(raw)
    assert [q.text for q in quantities] == ["（76％）", "(66%)", "(56%)", "(2%～5%)", "7/13例(54%)"]
    assert all(a.end <= b.start for a, b in zip(quantities, quantities[1:]))
    assert find_quantities(normalize_text(raw))[0].value == 76


def test_doses_and_durations_are_numbers():
    quantities = find_quantities("大剂量IgG 0.2g*kg-1*d-1静滴5d")
    assert [(q.kind, q.value, q.unit) for q in quantities] == [("number", 0.2, "g"), ("number", 5, "d")]


def _write(directory, name, text):
    (directory / name).write_text(text, encoding="utf-8")


@pytest.fixture
def dictionary_copy(tmp_path):
    source = DEFAULT_DICTIONARY_DIR
    for name in ("frequency_terms.tsv", "quantity_cues.tsv", "quantity_units.tsv", "outcomes.tsv"):
        _write(tmp_path, name, (source / name).read_text(encoding="utf-8"))
    return tmp_path


@pytest.mark.parametrize(
    "name, line, code",
    [
        ("frequency_terms.tsv", "很多\tmany\t\t\t\tcurated\n", "E120"),
        ("frequency_terms.tsv", "很多\t6\t90\t50\t\tcurated\n", "E121"),
        ("frequency_terms.tsv", "很多\t6\t90\t\t\tcurated\n", "E120"),
        ("frequency_terms.tsv", "偶见\t1\t0\t5\t\tcurated\n", "E023"),
        ("frequency_terms.tsv", "局部\t3\t\t\tdegre\tcurated\n", "E027"),
        ("quantity_cues.tsv", "约莫\tbefor\t\tyes\tcurated\n", "E027"),
        ("quantity_cues.tsv", "约莫\tbefore\t~\t\tcurated\n", "E027"),
        ("quantity_units.tsv", "粒\tpill\tcurated\n", "E027"),
        ("quantity_units.tsv", "旬\ttime\tcurated\tdecade\n", "E027"),  # no UCUM code of time
        ("quantity_units.tsv", "粒\tdose\tcurated\td\n", "E027"),  # a code for a unit of no time
        ("quantity_units.tsv", "旬\ttime\tcurated\n", "E027"),  # a unit of time needs its code
        ("quantity_cues.tsv", "medicine\tconcentration_of\t\t\tcurated\n", "E022"),
        ("quantity_cues.tsv", "占\tlink\t\t\tcurated\n", "E023"),  # a word once per role (占 is rate and link)
        ("quantity_cues.tsv", "病号\tpatient_nouns\t\t\tcurated\n", "E027"),  # the role is patient_noun
        ("quantity_cues.tsv", "患者\tpatient_noun\t\t\tcurated\n", "E023"),  # written once
        ("quantity_cues.tsv", "患儿\tgeneric_population\t\t\tcurated\n", "E027"),  # the patient nouns are that now
        ("outcomes.tsv", "缓解\t缓解\tcurated\n", "E023"),
    ],
)
def test_bad_data_files_name_the_line(dictionary_copy, name, line, code):
    with (dictionary_copy / name).open("a", encoding="utf-8") as handle:
        handle.write(line)
    with pytest.raises(DictionaryError) as error:
        load_quantity_resources(dictionary_copy)
    assert error.value.code == code and name in str(error.value)


def test_the_patient_nouns_are_one_list_and_population_words_too():
    """patient_noun, case_noun and patient_suffix rows are the patient nouns the frequencies, the context stage
    and the therapies read (code review of s11: they were kept in four places); every one heads a population."""
    resources = load_quantity_resources()
    assert resources.patient_words == ("患者", "病人", "患儿", "病例", "者")
    assert set(resources.patient_words) < set(resources.population)
    assert "病儿" in resources.population and "病儿" not in resources.patient_words  # a population row only


def test_the_outcome_words_are_those_of_outcomes_tsv_with_an_outcome():
    words = load_quantity_resources().outcome_words
    assert {"缓解", "好转", "有效", "治愈", "无效"} <= set(words) and "有效方法" not in words  # 有效方法: -


def test_the_default_folder_named_or_not_is_read_once():
    """The clinical vocabulary names the folder; the quantities stage does not: one load, one compile."""
    default = load_quantity_resources()
    assert load_quantity_resources(DEFAULT_DICTIONARY_DIR) is default
    assert load_quantity_resources(str(DEFAULT_DICTIONARY_DIR)) is default


def test_custom_dictionary_directory_is_used(dictionary_copy):
    with (dictionary_copy / "frequency_terms.tsv").open("a", encoding="utf-8") as handle:
        handle.write("屡见\t5\t\t\t\tcurated\n")
    q = find_quantities("屡见心包积液", load_quantity_resources(dictionary_copy))[0]
    assert (q.qualifier, q.rank) == ("屡见", 5)


def _every_match(text: str, find) -> list[tuple[int, int]]:
    resources, found, pos = load_quantity_resources(), [], 0
    while (match := find(resources, text, pos)) is not None:
        found.append(match.span())
        pos = match.end() if match.end() > match.start() else match.start() + 1
    return found


def test_the_scanner_is_tried_wherever_a_match_can_begin(seed_path):
    """``find_quantities`` tries the scanner only at the characters ``scan_starts`` lists; that must find
    exactly what ``scanner.search`` finds, on real text and on random strings of the scanner's alphabet."""
    import random

    from pipeline.reader import read_file

    def plain_search(resources, text, pos):
        return resources.scanner.search(text, pos)

    def _search(resources, text, pos):
        starts = resources.scan_starts.finditer(text)
        return next((m for c in starts if c.start() >= pos and (m := resources.scanner.match(text, c.start()))), None)

    texts = [normalize_text(section.text) for section in next(iter(read_file(seed_path))).sections]
    alphabet = "0123456789一二两三四五六七八九十百分之成约近达超过以上下～~-至%/() 例人次占者常见偶罕少数倍天dmgkgIL"
    rng = random.Random(8)
    texts += ["".join(rng.choice(alphabet) for _ in range(60)) for _ in range(2000)]
    assert sum(len(_every_match(text, plain_search)) for text in texts[:5]) > 20
    # find_quantities visits the places in one pass, skipping those inside a match: it needs each place to be
    # one character, or a place inside another's would be skipped unseen
    resources = load_quantity_resources()
    assert {m.end() - m.start() for text in texts for m in resources.scan_starts.finditer(text)} == {1}
    for text in texts:
        assert _every_match(text, _search) == _every_match(text, plain_search), text


@pytest.mark.parametrize("emptied", ["frequency_terms.tsv", "quantity_cues.tsv", "quantity_units.tsv"])
def test_a_data_file_left_without_rows_matches_nothing_rather_than_everything(dictionary_copy, emptied):
    path = dictionary_copy / emptied
    header = next(line for line in path.read_text(encoding="utf-8").splitlines(keepends=True) if not line.startswith("#"))
    path.write_text(header, encoding="utf-8")
    resources = load_quantity_resources(dictionary_copy)
    assert [q.text for q in find_quantities("约有半数", resources)] == {
        "frequency_terms.tsv": [], "quantity_cues.tsv": ["半数"], "quantity_units.tsv": ["约有半数"]}[emptied]
    assert [q.text for q in find_quantities("见表1所示，色素沉着93%，静滴5d", resources)][0] == "93%"


def test_yi_cheng_bu_bian_is_no_share():
    # frequencies review of medical_5 (2026-12-04): 一成不变 (unchanging) was read as 10 %
    assert find_quantities("饮食一成不变") == []
    assert [q.value for q in find_quantities("约三成患者")] == [30.0]



def test_a_number_glued_to_latin_letters_without_a_range_stays_none():
    """IL-6 and T3 are names; a single percentage glued to letters (CD34 5%) is read as before."""
    assert [q.text for q in find_quantities("IL-6水平升高,T3T4偏低")] == []
    assert [q.text for q in find_quantities("轻型(FⅨ：t225%～45%)")] == ["45%"]  # one letter: as before


@pytest.mark.parametrize("text", ["色素沉着（９３％），约半数病人有发热", "发生率为l0%～2O%，偶见皮疹"])
def test_an_already_normalized_text_reads_the_same(text):
    """``normalized=True`` (the pipeline's section text) skips normalizing again: same quantities as the raw text's,
    whose ``text`` is the normalized one's."""
    norm = normalize_text(text)
    assert norm != text
    raw = find_quantities(text)
    assert raw and find_quantities(norm, normalized=True) == [replace(q, text=norm[q.start : q.end]) for q in raw]


def test_a_word_across_is_found_at_every_place_inside_it():
    """``_word_across`` (one match at a boundary) is True exactly where a ``word_across`` word runs across it."""
    res = load_quantity_resources()
    for word in res.word_across:
        text = f"，{word}，"
        inside = {1 + cut for cut in range(1, len(word))}
        for at in range(len(text) + 1):
            assert _word_across(res, text, at, at) == (at in inside), (word, at)
