"""Find quantities in a section text: percentages, ranges, case counts, fractions and
frequency words (半数, 偶见), with the comparators and hedges around them.

A hand-written scanner rather than a number tokenizer, because the clinical meaning sits in
the words around a number (超过10%, 5%以下, 可达75%左右, 7/13例(54%)). Those words are data:
``dictionaries/quantity_cues.tsv``, ``quantity_units.tsv`` and ``frequency_terms.tsv``.

Matching runs on ``normalize_text(text)``, which is 1:1, so raw text (``９３％``, ``2%～5%``)
works too and every offset indexes the text given. Values that cannot be frequencies are
dropped, not guessed: a percentage above 100 keeps its span but gets no value; a fraction with
a zero denominator or a numerator above its denominator yields no quantity at all. Bare
numbers without a unit (list markers ``1.``, ``(2)``) are not quantities.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from ..errors import DictionaryError
from ..labels import LABELS
from ..normalize import normalize_text
from ..resources import DEFAULT_DICTIONARY_DIR, alternation, alternation_in_order, choice, read_tsv, unique_rows
from ..serialization import packable

#: Kinds that state how often something occurs (the others are doses, durations, sizes).
FREQUENCY_KINDS = frozenset({"percent", "percent_range", "fraction", "count", "proportion"})
COMPARATORS = ("", ">", ">=", "<", "<=", "=")
CUE_ROLES = (
    "before", "after", "rate", "population", "verb", "copula", "not_after", "where_after", "concentration_of", "respectively",
    "link", "change_before", "subset", "subset_inline", "involvement", "condition", "measure",
    "occurrence", "strength_before", "strength_after", "reference_before", "level_before", "kind_before", "report", "modifier_after", "copula_modifier", "judged",
    "not_a_group", "comparative", "than", "not_than", "other_group", "of_the_disease", "body_fluid", "word_across", "amount_whole",
    "reaching", "chemical_end", "record_disease", "falls_ill", "group_lead", "area", "going_on_change", "change_to",
    "cohort_lead", "anaphor", "all_cases", "death_after", "among_not_group", "among_not_opening",
    "level_noun", "heading_anaphor", "size_before", "size_after", "part_before",
    "substance_after", "back_reference_turn", "back_reference_patients", "not_of_the_heading", "item_report",
    "group_link", "group_list", "not_in_group", "size_gap", "cause_after", "cause_patients",
    "part_after", "cause_having", "opening_anaphor", "group_copula", "group_connective", "pool_before",
    "patient_noun", "case_noun", "patient_suffix", "group_condition", "group_not_opening", "group_part", "opening_adverb",
    "having_after", "having_after_adverb", "condition_heading", "going_on_group", "history_after", "efficacy_before", "efficacy_after", "protection_after", "drug_share", "drug_share_not", "drug_share_after", "strength_noun", "falls_ill_alone",
    "group_conclusion", "zhe_not_a_group", "whole_link", "not_a_whole_after", "not_a_bare_whole", "not_a_bare_whole_opening",
    "not_an_arm_opening", "going_on_report", "going_on_other_part", "report_lead",
    "group_report", "no_group_opening", "no_group_word", "reported_count", "reporter", "reporter_verb", "reported_finding",
    "judged_report", "report_before_group", "study_source", "study_showed", "seen_there", "degree_adverb", "in_whom",
    "among_opening_lead", "whole_opening", "complicated_by", "list_closing_noun", "share_class_noun", "heading_class_noun", "defining_noun", "ranked_kind_noun", "how_common_adverb", "how_common", "how_common_main", "item_hedge", "type_word", "time_ending",
    "not_a_subtype", "subtype_common", "subtype_divided", "subtype_copula", "subtype_after",
)
UNIT_KINDS = ("count", "time", "age", "dose", "measure")


@packable
@dataclass(frozen=True, slots=True)
class Quantity:
    """One quantity; ``text`` is ``find_quantities``' input ``[start:end]``. The pipeline's
    stages pass the normalized text (``９３％`` reads ``93%``); the original is
    ``section_text[start:end]``, at the same offsets (the tables quote that).

    ``kind`` is one of ``percent``, ``percent_range``, ``fraction`` (n/N cases), ``count``
    (N cases), ``proportion`` (三分之一, 三成, 十之八九), ``range`` and ``number`` (with a
    non-percent unit) or ``frequency_word``. For percentages ``value``/``low``/``high`` are in
    percent; for ``fraction`` and ``count`` ``value`` is the percentage printed next to
    them (``7/13例(54%)`` → 54), or None.
    """

    start: int
    end: int
    text: str
    kind: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str = ""
    comparator: str = ""
    approx: bool = False
    numerator: int | None = None
    denominator: int | None = None
    qualifier: str = ""
    rank: int | None = None


@dataclass(frozen=True, slots=True)
class FrequencyTerm:
    term: str
    rank: int
    approx_low: float | None
    approx_high: float | None


@dataclass(frozen=True)
class QuantityResources:
    """The cue words, units and frequency terms, loaded once, with the compiled scanner."""

    before: Mapping[str, tuple[str, bool]]
    after: Mapping[str, tuple[str, bool]]
    rate: tuple[str, ...]
    population: tuple[str, ...]
    verb: tuple[str, ...]
    copula: tuple[str, ...]  # 为, 转变为: what follows is counted only if a finding starts right after
    not_after: tuple[str, ...]
    where_after: tuple[str, ...]  # 多数来源于, 80%发生于: where or when most cases are, about no finding
    concentration_of: frozenset[str]  # labels: a percentage right before such a mention is its strength
    respectively: tuple[str, ...]  # 分别: the numbers after it pair with the findings before it, in order
    link: tuple[str, ...]  # 为, 仅, 则: between a group noun and its number (发热者为80%)
    subset: tuple[str, ...]  # 其中, 称: a clause naming a part of what the sentence opened with
    subset_inline: tuple[str, ...]  # 中以: the same inside the opening disease's own clause
    degree_before: frozenset[str]  # frequency words that, right before a mention, say how much of it: 部分钙化
    group_quantifiers: frozenset[str]  # 半数, 多数: frequency words counting the members of a group
    part_after_mention: frozenset[str]  # 部分: right after a mention (or its 的), a part of it (坏死部分被清除)
    adverbs: frozenset[str]  # 常有, 往往: adverbs of how often, which bind forward only and give way to other words
    units: Mapping[str, str]
    time_codes: Mapping[str, str]  # 天 → d, 周 → wk: a unit of time as a UCUM code (quantity_units.tsv's ucum)
    frequency_terms: Mapping[str, FrequencyTerm]
    scanner: re.Pattern[str]
    scan_starts: re.Pattern[str]  # where a scanner match can begin (see find_quantities)
    reported_percent: re.Pattern[str]
    reported_fraction: re.Pattern[str]
    not_frequency: re.Pattern[str]
    change_before: tuple[str, ...]  # 减少, 降低: a share right after one is a change (减少1/3)
    involvement: tuple[str, ...]  # 受累, 转移: after a body part, what the number counts is its involvement
    condition: tuple[str, ...]  # 时: after a mention, it is when the number holds, not what it counts
    measure: tuple[str, ...]  # 生存率, 敏感性, and the occurrence ones: what a percentage after one measures
    occurrence: frozenset[str]  # 发生率, 阳性率: measures of how often a finding occurs
    of_the_disease: frozenset[str]  # 发病率, 病死率: about the record's disease when no mention is their subject
    body_fluid: tuple[str, ...]  # 血液, 尿液: a name in 液 after a percentage that is no solution
    strength_before: tuple[str, ...]  # 用, 含, 吸入: a percentage after one and before a mention is a strength
    strength_after: tuple[str, ...]  # 溶液, 软膏: a percentage shortly before one is a solution's strength
    reference_before: tuple[str, ...]  # 正常人的, 原有的: a share right after one is a relative level
    reaching: tuple[str, ...]  # 低至, 高达, 为: a verb reaching a level (labs: a test's level, not a share)
    chemical_end: tuple[str, ...]  # 钠, 铵, 酸: the end of a chemical's name a percentage right before is the strength of
    level_before: tuple[str, ...]  # 含量, 浓度: a percentage after one (link words between) is a level
    kind_before: re.Pattern[str]  # 一种 (较): a frequency word right after it says what kind of thing, not how often
    word_across: tuple[str, ...]  # 异常, 增多: a word a frequency word's first character ends (异常|伴有): no frequency word
    hedged_whole: re.Pattern[str]  # 约占…的: a hedge before the whole a share is of (约占病例总数的80%)
    report: tuple[str, ...]  # 报道, 统计: opens another report of cases
    modifier_after: tuple[str, ...]  # 型, 期: after a mention, it only qualifies a longer noun (溃疡型)
    copula_modifier: tuple[str, ...]  # 双侧, 轻度: between a copula and the finding it counts (约44%为双侧腹股沟斜疝)
    judged: tuple[str, ...]  # 很高, 较低: after a measure noun closing its clause, the number after is its (复发率很高，可达50%)
    not_a_group: tuple[str, ...]  # 呈, 患, 因: between a frequency word and a disease, it is no group counted
    comparative: tuple[str, ...]  # 高, 低: right before a share, with a than word before it, a difference
    than: tuple[str, ...]  # 比: what a comparative needs earlier in its clause
    not_than: tuple[str, ...]  # 比例, 比率: no than word
    other_group: tuple[str, ...]  # 近亲, 小鼠: a group that is not the record's patients (also a population)
    amount_whole: tuple[str, ...] = ()  # 热量, 输出量, 白细胞总数: a whole after 占 that is no group of cases
    record_disease: tuple[str, ...] = ()  # 本病, 本症: the record's own disease, named so
    falls_ill: tuple[str, ...] = ()  # 患, 罹患: a verb of falling ill, before the disease caught (2%～6%患本症)
    group_lead: tuple[str, ...] = ()  # 此外, 如, 多数: opening a group in 者 before its number, no part of it
    area: tuple[str, ...] = ()  # 范围, 面积: before a list of body parts and percentages, they are areas
    anaphor: tuple[str, ...] = ()  # 以此为, 此菌: a finding named before, counted after a share
    all_cases: tuple[str, ...] = ()  # 全部病例, 病例总数: a whole after 占 that is all the cases of the record's disease
    death_after: tuple[str, ...] = ()  # 死亡, 死于: after a share, the patients die (no anaphor's occurrence)
    heading_anaphor: tuple[str, ...] = ()  # 此型, 上述症状: before a share, the heading item the text is under
    back_reference_turn: tuple[str, ...] = ()  # 但, 而, 临床上: before a heading anaphor (但老年有上述症状者)
    back_reference_patients: tuple[str, ...] = ()  # 者, 患者: the patients after a heading anaphor (此型患者)
    not_of_the_heading: tuple[str, ...] = ()  # 死亡, 复发: between a heading and a number, another measure
    item_report: tuple[str, ...] = ()  # 报道, 发现: who found a heading item's share before 其 (…检查发现|其发生率)
    group_link: tuple[str, ...] = ()  # 后, 时, 中: between a group's disease and its measure's subject (脑外伤后|癫痫)
    group_list: tuple[str, ...] = ()  # 、, 和: between the diseases of a list making one group (胃溃疡和|十二指肠溃疡)
    not_in_group: tuple[str, ...] = ()  # 为, 是, 率: no group of a measure holds one
    size_gap: tuple[str, ...] = ()  # 约, 为: between a size noun and its share (直径|约|1/3)
    cause_after: tuple[str, ...] = ()  # 所致, 引起: after a mention, it is a cause (大多为颅内压升高所致)
    cause_patients: tuple[str, ...] = ()  # 患者: before such a mention in its clause, a word counts the patients
    going_on_change: tuple[str, ...] = ()  # 增加到, 升至: a clause going on to the level the share before reaches
    change_to: tuple[str, ...] = ()  # 下降, 升高: with 至/到 after it, between a share and the level it changed to
    going_on_group: tuple[str, ...] = ()  # 国内, 岁以上: closing a group no patient noun names, in a clause going on
    history_after: tuple[str, ...] = ()  # 家族史, 病史, 史: right after a share's subject, the share counts who had it
    efficacy_before: tuple[str, ...] = ()  # 疗效, 预防效果: right before a number (link words between), an efficacy
    efficacy_after: tuple[str, ...] = ()  # 有效, 阴转: closing a number's clause, the number is an efficacy
    protection_after: tuple[str, ...] = ()  # 保护作用: closing a number's clause, the number is a protection rate
    drug_share: tuple[str, ...] = ()  # 耐药, 服, 用: in a sentence, a drug may be what a share there counts
    drug_share_not: tuple[str, ...] = ()  # 作用, 费用: words holding a drug_share word that say no drug is taken
    drug_share_after: tuple[str, ...] = ()  # 治疗: right after a drug, the drug is given (与长春新碱治疗有关)
    strength_noun: tuple[str, ...] = ()  # 浓度: before a drug with no drug_share word, its number is its strength
    falls_ill_alone: tuple[str, ...] = ()  # 发病: right after a share, closing its clause, the record's disease
    cohort_lead: tuple[str, ...] = ()  # 对, 在, 分析: before a count, the count is the group looked at (对61例…病人)
    among_not_group: tuple[str, ...] = ()  # 治疗, 血, 人群: X in X中 ending so is no group of cases (在治疗中)
    among_not_opening: tuple[str, ...] = ()  # 于, 部分, 这些: X in X中 opening so, without a count, is no group named
    level_noun: tuple[str, ...] = ()  # 活动度, 浓度: a number shortly after one in its clause is a level (凝血酶原活动度<40%)
    size_before: tuple[str, ...] = ()  # 直径, 大小: a share right after one (约/为 between) is a size (直径1/3～1/2PD)
    size_after: tuple[str, ...] = ()  # PD, DD: a share right before one is a size in disc diameters (大小1/3～3/4PD)
    part_before: tuple[str, ...] = ()  # 成分, 比例: a share right after one and 占 is a part's (绒毛状成分占20%以下)
    group_connective: tuple[str, ...] = ()  # 因而, 所以: opening a group right before a share, no part of it (因而|病人常出现…)
    group_copula: tuple[str, ...] = ()  # 是, 为: a group right before a share starts after the last one (…也是|PD病人)
    opening_anaphor: tuple[str, ...] = ()  # 此, 其: a clause opening so points back; its finding is no share's after 占 (其|骨折约占全身骨折的12%)
    cause_having: tuple[str, ...] = ()  # 出现, 有: right before a cause_after mention, the patients have it (多数出现|腹泻导致脱水)
    part_after: tuple[str, ...] = ()  # 与…结合: a share right before one is a part of a body pool (镁25%与蛋白质结合)
    pool_before: tuple[str, ...] = ()  # 重吸收, 分泌: a share right after one is a part of a body pool (肾小管再吸收(98%～100%))
    condition_heading: tuple[str, ...] = ()  # 是否, 有无, 若, 如: a numbered heading opening with one is a question, no finding
    substance_after: tuple[str, ...] = ()  # 醋精, 苯甲酸: a percentage right before one (nothing between) is its strength
    patient_nouns: tuple[str, ...] = ()  # 患者, 病人, 患儿: the patients themselves (see patient_words)
    case_nouns: tuple[str, ...] = ()  # 病例: the cases, a patient noun but no patient group of the context stage
    patient_suffixes: tuple[str, ...] = ()  # 者: closing a group named by what comes before it (发热者)
    group_condition: tuple[str, ...] = ()  # 若, 则: in a group right before a share, a condition: no group
    group_not_opening: tuple[str, ...] = ()  # 此, 少数, 的: opening that group, an anaphor or a quantifier: no group
    group_part: tuple[str, ...] = ()  # 这些, 一部分: alone before its patient noun, an anaphor or a part (这些病人)
    opening_adverb: tuple[str, ...] = ()  # 一般, 此外: opening a clause, no part of the finding's subject_text
    having_after: tuple[str, ...] = ()  # 出现, 有: after a frequency word's parenthesis, leading on (多数(92.2%)出现昏迷)
    having_after_adverb: tuple[str, ...] = ()  # 可, 均: before a having_after verb
    group_conclusion: tuple[str, ...] = ()  # 故, 因此: opening a group before a measure's finding, no part of it
    zhe_not_a_group: tuple[str, ...] = ()  # 前者, 后者: a group in 者 naming none of its own (the items named before)
    whole_link: tuple[str, ...] = ()  # 约, 仅, 达: between 占X的 and the number (约占脑出血的|约|10%)
    not_a_whole_after: tuple[str, ...] = ()  # 位, 比例: right after 占, no whole (占位, 所占比例)
    not_a_bare_whole: tuple[str, ...] = ()  # 比例, 首位, 多数: in a whole after 占 with no 的, none (占首位)
    not_a_bare_whole_opening: tuple[str, ...] = ()  # 约, 到, 据: opening it, none (占约10%, 占据了大部分)
    not_an_arm_opening: tuple[str, ...] = ()  # 一, 本, 各, 其他组: opening X组 before a number, no arm of a study
    going_on_report: tuple[str, ...] = ()  # 报道, 统计: closing a group going on, who reported it (国内报道|占3%)
    going_on_other_part: tuple[str, ...] = ()  # 其中, 前者: opening that group, another part, no group going on
    report_lead: tuple[str, ...] = ()  # 报道, 观察: who reported a group or an arm, opening it, no part of it (据观察|有家族史者)
    group_report: tuple[str, ...] = ()  # 报道, 研究, 认为: who reported a patient group closing right before a share (据统计|病人约30%)
    no_group_opening: tuple[str, ...] = ()  # 有时, 平均, 高达: opening a clause going on, a hedge, no group of people
    no_group_word: tuple[str, ...] = ()  # 报道, 文献: anywhere in what opens a clause going on, a report, no group
    reported_count: tuple[str, ...] = ()  # 报道, 收治: before a count, who reported a group in 中 (报道322名…患者中)
    reporter: tuple[str, ...] = ()  # 作者, 国外: who reports, before a reporter_verb (有作者报道24例患者中)
    reporter_verb: tuple[str, ...] = ()  # 报告, 介绍: after a reporter (Catz报告…病人中)
    reported_finding: tuple[str, ...] = ()  # 调查, 观察到: not before 的, who found a group in 中 (据调查…)
    judged_report: tuple[str, ...] = ()  # 报道, 统计: a report opening a number's clause after a judged measure (有人报告|为29%)
    study_source: tuple[str, ...] = ()  # 研究, 资料: a study before a study_showed verb opening a group (…研究表明|…中)
    study_showed: tuple[str, ...] = ()  # 表明, 显示: after it, what the study found, no part of the group
    among_opening_lead: tuple[str, ...] = ()  # 目前, 而: opening a group in 中 before its shares, no part of it
    whole_opening: tuple[str, ...] = ()  # 全部, 所有: after 占, opening the whole a share is of
    complicated_by: tuple[str, ...] = ()  # 并发, 伴有: between a disease and its complication
    list_closing_noun: tuple[str, ...] = ()  # 症状, 体征: after 等 closing a list of findings
    share_class_noun: tuple[str, ...] = ()  # 症状, 并发症: a clause saying what kind a finding opening it is, before 占
    heading_class_noun: tuple[str, ...] = ()  # 症状, 并发症: after a heading's colon, what kind of finding it is
    defining_noun: tuple[str, ...] = ()  # 症状, 主诉: a clause defining the finding opening it
    ranked_kind_noun: tuple[str, ...] = ()  # 症状, 类型: the kind a superlative ranks, before 是 or 为
    how_common_adverb: tuple[str, ...] = ()  # 最, 较: before a how_common word closing a clause
    how_common: tuple[str, ...] = ()  # 多见, 少: after the finding closing a clause, how common it is
    how_common_main: tuple[str, ...] = ()  # 为主, 居多: after the finding closing a clause, it is the main one
    item_hedge: tuple[str, ...] = ()  # 有的, 个别: a hedge before a share of a heading item
    type_word: tuple[str, ...] = ()  # 类型, 此型: a type or kind named, the share is of it
    time_ending: tuple[str, ...] = ()  # 前, 时: ending a group, it is a time or condition, no group of people
    in_whom: tuple[str, ...] = ()  # 见于, 好发于: right before a mention, in whom or where the finding is (多见于|早产儿)
    seen_there: tuple[str, ...] = ()  # 可见, 触及: after a site or an examination, the finding is seen there
    report_before_group: tuple[str, ...] = ()  # 报道, 证实: who reported a measured group or a group in 者, no part of it
    not_a_subtype: tuple[str, ...] = ()  # 此型, 血型, 典型: a word ending in 型 or 期 that names no kind of the disease
    subtype_common: tuple[str, ...] = ()  # 最多见, 为主: between a type and its share, how common the type is
    subtype_divided: tuple[str, ...] = ()  # 分为, 分成: the disease before it is the one whose types are listed
    subtype_copula: tuple[str, ...] = ()  # 为, 属: after a share, before the type it counts (60%属Ⅰ期)
    subtype_after: tuple[str, ...] = ()  # 病变: after that type, closing the clause (属Ⅰ期病变)
    #: The words of ``outcomes.tsv`` that state an outcome (缓解, 有效, 无效 …; not its ``-`` rows).
    outcome_words: tuple[str, ...] = ()

    @functools.cached_property
    def patient_words(self) -> tuple[str, ...]:
        """The patient nouns (``patient_noun``, ``case_noun`` and ``patient_suffix`` rows: 患者, 病例, 者 …),
        the one list of them the frequencies, the context stage and the therapies read."""
        return (*self.patient_nouns, *self.case_nouns, *self.patient_suffixes)

    @functools.cached_property
    def hedges(self) -> frozenset[str]:
        """The words written before a number (约, 超过): no link between a group and its number
        on their own (binding's ``_having``)."""
        return frozenset(self.before)

    @functools.cached_property
    def other_group_pattern(self) -> re.Pattern[str]:
        """Finds an ``other_group`` word (近亲, 双生子) in a population as written (同卵双生子)."""
        return re.compile(alternation(self.other_group))

    @functools.cached_property
    def word_across_split(self) -> re.Pattern[str]:
        """Matches at a place inside a ``word_across`` word (异|常, 增|多): the rest of the word after each of its
        first characters, then the whole word read back (one match, not one per place the word could start)."""
        tails = {re.escape(word[cut:]) + f"(?<={re.escape(word)})" for word in self.word_across for cut in range(1, len(word))}
        return re.compile("|".join(sorted(tails)) or "(?!)")

    @functools.cached_property
    def time_units(self) -> frozenset[str]:
        """The units of time (a treatment's course, how long its effect lasts)."""
        return frozenset(unit for unit, kind in self.units.items() if kind == "time")


#: UCUM codes of the units of time (quantity_units.tsv's ``ucum``), as FHIR's Timing writes them.
UCUM_TIME = ("s", "min", "h", "d", "wk", "mo", "a")


@functools.cache  # the stages call it per mention: a hit must stay one look-up in C
def load_quantity_resources(directory: Path | str = DEFAULT_DICTIONARY_DIR) -> QuantityResources:
    """Read the three data files in ``directory`` and the outcome words of ``outcomes.tsv`` (cached per
    directory: the default and the same folder named are read, and their patterns compiled, once)."""
    return _read_quantity_resources(Path(directory))


@functools.cache
def _read_quantity_resources(directory: Path) -> QuantityResources:
    before: dict[str, tuple[str, bool]] = {}
    after: dict[str, tuple[str, bool]] = {}
    # the word lists of every role (before and after are the comparator cues, kept apart)
    words: dict[str, list[str]] = {role: [] for role in CUE_ROLES if role not in ("before", "after")}
    path = directory / "quantity_cues.tsv"
    rows = read_tsv(path, ["cue", "role", "source"], ["comparator", "approx"])
    for line, row in unique_rows(path, rows, ("cue", "role")):
        role = choice(path, line, row, "role", CUE_ROLES)
        comparator = choice(path, line, row, "comparator", COMPARATORS)
        approx = choice(path, line, row, "approx", ("", "yes")) == "yes"
        if role in ("before", "after"):
            (before if role == "before" else after)[row["cue"]] = (comparator, approx)
        elif role == "concentration_of" and row["cue"] not in LABELS:
            raise DictionaryError("E022", path=path, line=line, label=row["cue"], labels=LABELS)
        else:
            words[role].append(row["cue"])

    path = directory / "quantity_units.tsv"
    unit_rows = list(unique_rows(path, read_tsv(path, ["unit", "kind", "source"], ["ucum"]), ("unit",)))
    units = {row["unit"]: choice(path, line, row, "kind", UNIT_KINDS) for line, row in unit_rows}
    time_codes = {
        row["unit"]: code for line, row in unit_rows
        if (code := choice(path, line, row, "ucum", UCUM_TIME if units[row["unit"]] == "time" else ("",)))
    }

    path = directory / "frequency_terms.tsv"
    rows = read_tsv(
        path,
        ["term", "rank", "source"],
        ["approx_low", "approx_high", "before_mention", "quantifier", "after_mention", "adverb"],
        non_empty=["term", "rank", "source"],
    )
    terms = {}
    degrees = []
    group_quantifiers = []
    parts = []
    adverbs = []
    for line, row in unique_rows(path, rows, ("term",)):
        if not row["rank"].isdigit():
            raise DictionaryError(
                "E120", path=path, line=line, column="rank", expected="an integer", value=row["rank"]
            )
        low, high = (_percent_cell(path, line, row, column) for column in ("approx_low", "approx_high"))
        if (low is None) != (high is None):
            raise DictionaryError(
                "E120", path=path, line=line, column="approx_low/approx_high",
                expected="both filled or both empty", value=f"{low}/{high}",
            )
        if low is not None and high is not None and low > high:
            raise DictionaryError("E121", path=path, line=line, low=low, high=high)
        terms[row["term"]] = FrequencyTerm(row["term"], int(row["rank"]), low, high)
        if choice(path, line, row, "before_mention", ("", "degree")):
            degrees.append(row["term"])
        if choice(path, line, {"quantifier": "", **row}, "quantifier", ("", "group")):
            group_quantifiers.append(row["term"])
        if choice(path, line, {"after_mention": "", **row}, "after_mention", ("", "part")):
            parts.append(row["term"])
        if choice(path, line, {"adverb": "", **row}, "adverb", ("", "yes")):
            adverbs.append(row["term"])

    path = directory / "outcomes.tsv"
    outcomes = [row["word"] for _, row in unique_rows(path, read_tsv(path, ["word", "outcome", "source"], ["preventable"]), ("word",))
                if row["outcome"] != "-"]

    scanner, scan_starts = _build_scanner(before, after, units, terms)
    patient_words = words["patient_noun"] + words["case_noun"] + words["patient_suffix"]
    # adverbs of degree that may come between a ``kind_before`` word and a frequency word (一种较为罕见的), in file order
    degree_adverbs = alternation_in_order(words["degree_adverb"])
    return QuantityResources(
        before=before,
        after=after,
        rate=tuple(words["rate"]),
        population=tuple(patient_words + words["population"] + words["other_group"]),
        verb=tuple(words["verb"]),
        copula=tuple(words["copula"]),
        not_after=tuple(words["not_after"]),
        where_after=tuple(words["where_after"]),
        concentration_of=frozenset(words["concentration_of"]),
        respectively=tuple(words["respectively"]),
        link=tuple(words["link"]),
        subset=tuple(words["subset"]),
        subset_inline=tuple(words["subset_inline"]),
        degree_before=frozenset(degrees),
        group_quantifiers=frozenset(group_quantifiers),
        part_after_mention=frozenset(parts),
        adverbs=frozenset(adverbs),
        units=units,
        time_codes=time_codes,
        frequency_terms=terms,
        scanner=scanner,
        scan_starts=scan_starts,
        reported_percent=re.compile(
            rf"{_SP}(?:\({_SP}(?:约?占{_SP})?(?P<p>{SCANNED_NUMBER}){_SP}%{_SP}\)|约?占{_SP}(?P<bare>{SCANNED_NUMBER}){_SP}%)"
        ),
        reported_fraction=re.compile(
            rf"{_SP}\({_SP}(?P<n>[0-9]+)(?:{_SP}/{_SP}(?P<d>[0-9]+))?{_SP}"
            rf"(?P<u>{alternation(u for u, k in units.items() if k == 'count')})?{_SP}\)"
        ),
        not_frequency=re.compile(rf"{_SP}的?(?:{alternation(words['not_after'])})"),
        change_before=tuple(words["change_before"]),
        involvement=tuple(words["involvement"]),
        condition=tuple(words["condition"]),
        measure=tuple(words["measure"] + words["occurrence"]),
        occurrence=frozenset(words["occurrence"]),
        of_the_disease=frozenset(words["of_the_disease"]),
        body_fluid=tuple(words["body_fluid"]),
        strength_before=tuple(words["strength_before"]),
        strength_after=tuple(words["strength_after"]),
        reference_before=tuple(words["reference_before"]),
        reaching=tuple(words["reaching"]),
        chemical_end=tuple(words["chemical_end"]),
        level_before=tuple(words["level_before"]),
        report=tuple(words["report"]),
        modifier_after=tuple(words["modifier_after"]),
        copula_modifier=tuple(words["copula_modifier"]),
        judged=tuple(words["judged"]),
        not_a_group=tuple(words["not_a_group"]),
        comparative=tuple(words["comparative"]),
        than=tuple(words["than"]),
        not_than=tuple(words["not_than"]),
        other_group=tuple(words["other_group"]),
        amount_whole=tuple(words["amount_whole"]),
        record_disease=tuple(words["record_disease"]),
        falls_ill=tuple(words["falls_ill"]),
        group_lead=tuple(words["group_lead"]),
        area=tuple(words["area"]),
        going_on_change=tuple(words["going_on_change"]),
        change_to=tuple(words["change_to"]),
        going_on_group=tuple(words["going_on_group"]),
        history_after=tuple(words["history_after"]),
        efficacy_before=tuple(words["efficacy_before"]),
        efficacy_after=tuple(words["efficacy_after"]),
        protection_after=tuple(words["protection_after"]),
        drug_share=tuple(words["drug_share"]),
        drug_share_not=tuple(words["drug_share_not"]),
        drug_share_after=tuple(words["drug_share_after"]),
        strength_noun=tuple(words["strength_noun"]),
        falls_ill_alone=tuple(words["falls_ill_alone"]),
        anaphor=tuple(words["anaphor"]),
        all_cases=tuple(words["all_cases"]),
        death_after=tuple(words["death_after"]),
        heading_anaphor=tuple(words["heading_anaphor"]),
        back_reference_turn=tuple(words["back_reference_turn"]),
        back_reference_patients=tuple(words["back_reference_patients"]),
        not_of_the_heading=tuple(words["not_of_the_heading"]),
        item_report=tuple(words["item_report"]),
        group_link=tuple(words["group_link"]),
        group_list=tuple(words["group_list"]),
        not_in_group=tuple(words["not_in_group"]),
        size_gap=tuple(words["size_gap"]),
        cause_after=tuple(words["cause_after"]),
        cause_patients=tuple(words["cause_patients"]),
        cohort_lead=tuple(words["cohort_lead"]),
        among_not_group=tuple(words["among_not_group"]),
        among_not_opening=tuple(words["among_not_opening"]),
        level_noun=tuple(words["level_noun"]),
        size_before=tuple(words["size_before"]),
        size_after=tuple(words["size_after"]),
        part_before=tuple(words["part_before"]),
        part_after=tuple(words["part_after"]),
        pool_before=tuple(words["pool_before"]),
        condition_heading=tuple(words["condition_heading"]),
        cause_having=tuple(words["cause_having"]),
        opening_anaphor=tuple(words["opening_anaphor"]),
        group_copula=tuple(words["group_copula"]),
        group_connective=tuple(words["group_connective"]),
        substance_after=tuple(words["substance_after"]),
        patient_nouns=tuple(words["patient_noun"]),
        case_nouns=tuple(words["case_noun"]),
        patient_suffixes=tuple(words["patient_suffix"]),
        group_condition=tuple(words["group_condition"]),
        group_not_opening=tuple(words["group_not_opening"]),
        group_part=tuple(words["group_part"]),
        opening_adverb=tuple(words["opening_adverb"]),
        having_after=tuple(words["having_after"]),
        having_after_adverb=tuple(words["having_after_adverb"]),
        outcome_words=tuple(outcomes),
        group_conclusion=tuple(words["group_conclusion"]),
        zhe_not_a_group=tuple(words["zhe_not_a_group"]),
        whole_link=tuple(words["whole_link"]),
        not_a_whole_after=tuple(words["not_a_whole_after"]),
        not_a_bare_whole=tuple(words["not_a_bare_whole"]),
        not_a_bare_whole_opening=tuple(words["not_a_bare_whole_opening"]),
        not_an_arm_opening=tuple(words["not_an_arm_opening"]),
        going_on_report=tuple(words["going_on_report"]),
        going_on_other_part=tuple(words["going_on_other_part"]),
        report_lead=tuple(words["report_lead"]),
        group_report=tuple(words["group_report"]),
        no_group_opening=tuple(words["no_group_opening"]),
        no_group_word=tuple(words["no_group_word"]),
        reported_count=tuple(words["reported_count"]),
        reporter=tuple(words["reporter"]),
        reporter_verb=tuple(words["reporter_verb"]),
        reported_finding=tuple(words["reported_finding"]),
        judged_report=tuple(words["judged_report"]),
        report_before_group=tuple(words["report_before_group"]),
        study_source=tuple(words["study_source"]),
        study_showed=tuple(words["study_showed"]),
        seen_there=tuple(words["seen_there"]),
        in_whom=tuple(words["in_whom"]),
        among_opening_lead=tuple(words["among_opening_lead"]),
        whole_opening=tuple(words["whole_opening"]),
        complicated_by=tuple(words["complicated_by"]),
        list_closing_noun=tuple(words["list_closing_noun"]),
        share_class_noun=tuple(words["share_class_noun"]),
        heading_class_noun=tuple(words["heading_class_noun"]),
        defining_noun=tuple(words["defining_noun"]),
        ranked_kind_noun=tuple(words["ranked_kind_noun"]),
        how_common_adverb=tuple(words["how_common_adverb"]),
        how_common=tuple(words["how_common"]),
        how_common_main=tuple(words["how_common_main"]),
        item_hedge=tuple(words["item_hedge"]),
        type_word=tuple(words["type_word"]),
        time_ending=tuple(words["time_ending"]),
        not_a_subtype=tuple(words["not_a_subtype"]),
        subtype_common=tuple(words["subtype_common"]),
        subtype_divided=tuple(words["subtype_divided"]),
        subtype_copula=tuple(words["subtype_copula"]),
        subtype_after=tuple(words["subtype_after"]),
        kind_before=re.compile(rf"(?:{alternation(words['kind_before'])}){_SP}(?:{degree_adverbs})?{_SP}\Z"),
        word_across=tuple(words["word_across"]),
        # 约占病例总数的|80%; with no 的 only after a hedge ending in 占, a whole of at least two characters right
        # before the number (约占精索肿瘤|30%, ABO血型不合约占出生数|15%: frequencies review of medical_7, GS 3a)
        hedged_whole=re.compile(
            rf"(?:{alternation(cue for cue, (_, approx) in before.items() if approx and len(cue) >= 2)})"
            rf"[^0-9%‰,;:.!?。，、；：！？\n]{{1,{_HEDGE_REACH}}}的{_SP}\Z"
            + "".join(
                rf"|(?:{hedges})[^0-9%‰,;:.!?。，、；：！？()（）<>≤≥的之占\s]{{2,{_HEDGE_REACH}}}\Z"
                for hedges in [alternation(cue for cue, (_, approx) in before.items() if approx and len(cue) >= 2 and cue.endswith("占"))]
                if hedges
            )
        ),
    )


def find_quantities(text: str, resources: QuantityResources | None = None, *, normalized: bool = False) -> list[Quantity]:
    """Return the quantities in ``text``, sorted by start and non-overlapping. ``normalized``: ``text`` is
    ``normalize_text``'s output already (the pipeline's section text), which is its own normal form: not
    normalized again."""
    res = resources or load_quantity_resources()
    norm = text if normalized else normalize_text(text)
    found: list[Quantity] = []
    pos = 0  # where the next match may start
    # the scanner starts with optional words and lookbehinds, so ``re.search`` would try its whole alternation at
    # every character: it is tried only where a match can begin (digits and cue words, a few percent of a text),
    # those places found in one pass over the text
    for candidate in res.scan_starts.finditer(norm):
        if candidate.start() < pos or (match := res.scanner.match(norm, candidate.start())) is None:
            continue
        pos = max(match.end(), match.start() + 1)
        fields = _read_match(match, res)
        if fields is None:
            continue
        if fields["kind"] in ("percent", "frequency_word", "fraction") and res.not_frequency.match(norm, match.end()):
            if fields["kind"] != "percent":
                continue  # 常见原因, 很少报道: a word, not a frequency; 4～5/6级: a murmur's grade
            fields["value"] = None  # 95%CI
        if fields["kind"] == "frequency_word" and res.kind_before.search(norm, max(match.start() - 8, 0), match.start()):
            continue  # 是一种罕见的先天性心脏病: what kind of disease, not how often a finding occurs
        if fields["kind"] == "frequency_word" and _word_across(res, norm, match.start("fw"), match.end("fw")):
            pos = match.start("fw") + 1  # 月经|常伴有: a word may start after the first character
            continue  # 异常伴有, 增多有, 常有关: 常伴有, 多有 and 常有 are no words there
        start, end = match.start(), match.end()
        reach = max(start - _HEDGE_REACH - _HEDGE_MARGIN, 0)
        if not fields["approx"] and fields["kind"] in _SHARES and res.hedged_whole.search(norm, reach, start):
            fields["approx"] = True  # 约占病例总数的80%: the hedge is on the share, the whole comes between
        if fields["kind"] in ("fraction", "count", "percent"):
            end = _absorb_reported(norm, end, fields, res)
        start, end = _absorb_parentheses(norm, start, end, found)
        pos = end
        found.append(Quantity(start=start, end=end, text=text[start:end], **fields))
    return _adverbs_of_words_dropped(norm, found, res)


def _adverbs_of_words_dropped(norm: str, found: list[Quantity], res: QuantityResources) -> list[Quantity]:
    """``found`` without each ``adverb`` frequency word written right before another frequency word
    (blanks between): it says how often that word holds, and that word says how often the finding
    is (皮肤病变通常少见 → 少见, 往往较多见 → 较多见)."""
    return [
        q for q, after in zip(found, [*found[1:], None])
        if not (q.kind == "frequency_word" and q.qualifier in res.adverbs and after is not None
                and after.kind == "frequency_word" and not norm[q.end : after.start].strip(" \t"))
    ]


def _word_across(res: QuantityResources, norm: str, start: int, end: int) -> bool:
    """Whether a ``word_across`` word starts before ``start`` and ends after it (异常|伴有, 增多|有) or
    starts before ``end`` and ends after it (与…常|有关): the frequency word ``norm[start:end]`` (常伴有,
    多有, 常有) is cut out of other words and is none. The scan finds words as substrings, so without
    this 常有 would be found in 异常有."""
    return any(res.word_across_split.match(norm, boundary) is not None for boundary in (start, end))


#: Kinds of quantity that are a share of a whole.
_SHARES = frozenset({"percent", "percent_range", "fraction", "proportion"})
#: Characters at most between a hedge of two or more characters (约占, 大约, 接近) and the 的 closing the
#: whole a share is of (约占全部急性阑尾炎的3%～4%); one-character ones (约, 近) are too often part of a word.
_HEDGE_REACH = 20
#: What the search window holds besides: the hedge itself (at most 3 characters: 几乎占) and the 的.
_HEDGE_MARGIN = 4



# --- the scanner -------------------------------------------------------------------------

#: A decimal number as written in the texts (also the clinical stage's doses and values).
NUMBER = r"[0-9]+(?:\.[0-9]+)?"
_SP = r"[ \t]*"
# A blank beside the decimal point is a typesetting slip (60. 2%, 29 .1%: 26 and 3 in the xywy
# records, all decimals), but not where the number opens a line or a sentence: there 1. 10% is
# item 1, then 10% (…先兆。2. 30%的患者: code review).
_MID_LINE = r"(?:(?<=[^\s。;])|(?<=[^\s。;][ \t])|(?<=[^\s。;][ \t]{2}))"
#: A number as the scanner reads it: ``NUMBER``, or one with a blank beside its point
#: (``number_value`` reads both).
SCANNED_NUMBER = rf"(?:{_MID_LINE}[0-9]+(?:[ \t]\.[ \t]?|\.[ \t])[0-9]+|{NUMBER})"
# A number is not a piece of a name: IL-6, HHV-8, T3, B19, TGF-β1, 1.5 (after the dot).
_NUM_START = r"(?<![A-Za-z0-9.α-ωΑ-Ω])(?<![A-Za-z]-)"
# 0.9%--2.28%, 39%---50%, and 6%一7% (一 for a dash) as the texts write ranges too
_SEP = rf"{_SP}(?:~|-{{1,3}}|一(?=[0-9])|至|到){_SP}"
_CN_DIGITS = "一二两三四五六七八九十百千"


def _unit_alternation(units: Mapping[str, str], kinds: tuple[str, ...] | None = None) -> str:
    """Units, longest first; a Latin unit must not run on into a word (5d, not 5dB)."""
    chosen = sorted((u for u, k in units.items() if kinds is None or k in kinds), key=len, reverse=True)
    return "|".join(
        re.escape(u) + ("(?![A-Za-z])" if u[-1].isascii() and u[-1].isalpha() else "") for u in chosen
    ) or "(?!)"  # no units: match none (see resources.alternation)


def _build_scanner(before, after, units, terms) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The scanner, and where a match of it can begin (``find_quantities`` tries the scanner only there): each group of
    alternatives is written next to the strings its matches begin with and what must follow
    their first character, so they stay in step. The scanner enters a group only at one of
    those first characters and past the group's shared look-behind: most places tried are no
    quantity and fail there at once."""
    unit = _unit_alternation(units)
    count_unit = _unit_alternation(units, ("count",))
    # Alternatives are tried in order at each position: a range of fractions (1/3~1/2) before a
    # fraction, fraction before percent (7/13例(54%)),
    # percent range before percent, unit range before a single number.
    groups = (
        (
            tuple("0123456789"),
            _NUM_START,
            # the rest of the number, then a fraction bar, %, ‰, a range mark, 余/多 or a unit
            rf"[0-9]*(?:[ \t]?\.[ \t]?[0-9]+)?{_SP}(?:[/%‰~\-至到余多]|一[0-9]|{unit})",
            (
                # a rate per ten thousand people or more (13/10万～34/10万, 425.7/10万, 1/万), in percent
                rf"(?<![0-9]/)(?P<kl>{SCANNED_NUMBER}){_SP}(?:/{_SP}(?P<kld>[0-9]+)?{_SP}(?P<klu>[万亿]))?{_SEP}"
                rf"(?P<kh>{SCANNED_NUMBER}){_SP}/{_SP}(?P<khd>[0-9]+)?{_SP}(?P<khu>[万亿]){_NO_PEOPLE}",
                rf"(?<![0-9]/)(?P<k>{SCANNED_NUMBER}){_SP}/{_SP}(?P<kd>[0-9]+)?{_SP}(?P<ku>[万亿]){_NO_PEOPLE}",
                rf"(?<![0-9]/)(?P<xn>[0-9]+){_SP}/{_SP}(?P<xd>[0-9]+){_SEP}"
                rf"(?P<yn>[0-9]+){_SP}/{_SP}(?P<yd>[0-9]+)(?![0-9.]|{_SP}/|{_SP}(?:{unit}))",
                rf"(?<![A-Za-z] )(?<![0-9]/)(?P<fn>[0-9]+){_SP}/{_SP}(?P<fd>[0-9]+)(?![0-9.]|{_SP}/)"
                rf"(?:{_SP}(?P<fu>{count_unit}))?(?![万千百型]|{_SP}(?:{unit}))",
                rf"(?P<pl>{SCANNED_NUMBER}){_SP}%?{_SEP}(?P<ph>{SCANNED_NUMBER}){_SP}%",
                rf"(?P<p>{SCANNED_NUMBER}){_SP}%",
                rf"(?P<pml>{SCANNED_NUMBER}){_SP}‰?{_SEP}(?P<pmh>{SCANNED_NUMBER}){_SP}‰",
                rf"(?P<pm>{SCANNED_NUMBER}){_SP}‰",
                rf"(?P<rl>{SCANNED_NUMBER}){_SP}(?P<rlu>{unit})?{_SEP}(?P<rh>{SCANNED_NUMBER}){_SP}(?P<ru>{unit})",
                rf"(?P<n>{SCANNED_NUMBER})(?P<more>余|多)?{_SP}(?P<nu>{unit})",
            ),
        ),
        (
            tuple(_CN_DIGITS),
            rf"(?<![{_CN_DIGITS}])",
            rf"(?:[{_CN_DIGITS}]*分之|之|成)",  # 三分之一, 十之八九, 三成
            (
                rf"(?P<cd>[{_CN_DIGITS}]+)分之(?P<cn>[{_CN_DIGITS}]+)",
                r"十之(?P<c1>[一二三四五六七八九])(?P<c2>[一二三四五六七八九])",
                r"(?P<cc>[一二两三四五六七八九])成(?![人年员为分不])",  # not 一成不变
            ),
        ),
        (
            # a percentage range glued to an abbreviation of capitals before it (房颤发生率AMI10%～15%, PTML40%～85%):
            # both ends carry %, so the low end is no piece of a name (IL-6, T3 carry none); not after one letter
            # (FⅨ：C2%～5%, FⅨ：t225%～45%: a typo) (frequencies review of medical_9, 2026-12-05)
            tuple("0123456789"),
            r"(?<=[A-Z]{2})",
            rf"[0-9]*(?:\.[0-9]+)?{_SP}%",
            (rf"(?P<gl>{SCANNED_NUMBER}){_SP}%{_SEP}(?P<gh>{SCANNED_NUMBER}){_SP}%",),
        ),
        (tuple(terms), "", "", (rf"(?P<fw>{alternation(terms)})",)),
    )
    core = "|".join(
        f"{_first_character_guard(starts)}{look_behind}(?:{'|'.join(alternatives)})"
        for starts, look_behind, _, alternatives in groups
    )
    scanner = re.compile(
        rf"(?:(?P<pre>{alternation(before)}){_SP})?(?:{core})(?:{_SP}(?:{_OTHER_UNIT}{_SP})?(?P<post>{alternation(after)}))?"
    )
    entries = [(word, "", "") for word in before]
    entries += [(start, look_behind, follows) for starts, look_behind, follows, _ in groups for start in starts]
    return scanner, _starts_pattern(entries)


#: The same amount in another unit, in brackets between a number and its after word
#: (5.17mmol/L(200mg/dl)以下 <=, 眼压高达5.33kPa(40mmHg)以上 >=: labs review of medical_8, 2026-12-05):
#: the after word still bounds the number. Only a number and a Latin unit, no words.
_OTHER_UNIT = r"[(（][ \t]*[0-9][0-9.]*[ \t]*[A-Za-zμ][A-Za-zμ/0-9]{0,9}[ \t]*[)）]"


def _first_character_guard(starts: tuple[str, ...]) -> str:
    """A look-ahead for the first characters of ``starts`` (none when there are none)."""
    firsts = sorted({start[0] for start in starts if start})
    return f"(?=[{''.join(re.escape(char) for char in firsts)}])" if firsts else ""


def _starts_pattern(entries: list[tuple[str, str, str]]) -> re.Pattern[str]:
    """Where a scanner match can begin, one character a match so that ``finditer`` visits
    each such place. An entry ``(start, look_behind, follows)`` admits the first character of
    ``start`` where ``look_behind`` holds before it and the rest of ``start`` then ``follows``
    come after it: 约 of 约50%, 不 of 不足 but not of 不能, 1 of 1/3 but not of 1、 or 3 of T3.
    Each alternative begins with its character, which lets ``re`` skip ahead to those."""
    conditions: dict[str, set[str]] = {}
    for start, look_behind, follows in entries:
        if start:
            after = re.escape(start[1:]) + follows
            before = f"(?<={look_behind}[\\s\\S])" if look_behind else ""
            conditions.setdefault(start[0], set()).add(before + (f"(?={after})" if after else ""))
    return re.compile(
        "|".join(
            re.escape(char) + ("" if "" in found else "(?:" + "|".join(sorted(found)) + ")")
            for char, found in sorted(conditions.items())
        )
    )


def _read_match(m: re.Match[str], res: QuantityResources) -> dict | None:
    """The Quantity fields of one scanner match, or None when the values are impossible."""
    comparator, approx = res.before.get(m["pre"] or "", ("", False))
    post_comparator, post_approx = res.after.get(m["post"] or "", ("", False))
    fields: dict = {"comparator": comparator or post_comparator, "approx": approx or post_approx}
    if m["kh"] is not None:  # 13/10万～34/10万 (the first base may be left out: 13～34/10万)
        high = _per_population(m["kh"], m["khd"], m["khu"])
        low = _per_population(m["kl"], m["kld"] if m["klu"] else m["khd"], m["klu"] or m["khu"])
        if low is None or high is None or low > high:
            return None  # 2007-2/10万: no range of rates
        fields.update(kind="percent_range", unit="%", low=low, high=high)
    elif m["k"] is not None:  # 发病率为5.8/10万
        if (value := _per_population(m["k"], m["kd"], m["ku"])) is None:
            return None  # 5/0万, 200/1万: no rate
        fields.update(kind="percent", unit="%", value=value)
    elif m["xn"] is not None:  # 约占1/3~1/2
        (xn, xd), (yn, yd) = (int(m["xn"]), int(m["xd"])), (int(m["yn"]), int(m["yd"]))
        if not xd or not yd or not 0 <= xn / xd <= yn / yd <= 1:
            return None
        fields.update(kind="proportion", unit="%", low=round_half_up(100 * xn / xd, 1), high=round_half_up(100 * yn / yd, 1))
    elif m["fn"] is not None:
        numerator, denominator = int(m["fn"]), int(m["fd"])
        if denominator == 0 or numerator > denominator:
            return None
        fields.update(kind="fraction", numerator=numerator, denominator=denominator, unit=m["fu"] or "")
    elif m["pl"] is not None or m["gl"] is not None:
        low, high = (_percent(m["pl"]), _percent(m["ph"])) if m["pl"] is not None else (_percent(m["gl"]), _percent(m["gh"]))
        valid = low is not None and high is not None and low <= high
        fields.update(kind="percent_range", unit="%", low=low if valid else None, high=high if valid else None)
    elif m["p"] is not None:
        fields.update(kind="percent", unit="%", value=_percent(m["p"]))
    elif m["pml"] is not None:  # 3‰～6‰: a per-mille range, in percent
        low, high = number_value(m["pml"]), number_value(m["pmh"])
        valid = 0 <= low <= high <= 1000
        fields.update(kind="percent_range", unit="%", low=round(low / 10, 6) if valid else None,
                      high=round(high / 10, 6) if valid else None)
    elif m["pm"] is not None:  # 发生率为0.5‰: per mille, in percent
        per_mille = number_value(m["pm"])
        fields.update(kind="percent", unit="%", value=round(per_mille / 10, 6) if 0 <= per_mille <= 1000 else None)
    elif m["rl"] is not None:
        low, high = number_value(m["rl"]), number_value(m["rh"])
        # 1个月~2年: the ends are in different units, so neither bound is in ``unit``
        valid = low <= high and math.isfinite(high) and m["rlu"] in (None, m["ru"])
        fields.update(kind="range", unit=m["ru"], low=low if valid else None, high=high if valid else None)
    elif m["n"] is not None:
        unit = m["nu"]
        is_count = res.units[unit] == "count" and m["n"].isdigit()
        if m["more"] and not fields["comparator"]:
            fields["comparator"] = ">"
        if is_count:
            fields.update(kind="count", unit=unit, numerator=int(m["n"]))
        else:
            value = number_value(m["n"])
            fields.update(kind="number", unit=unit, value=value if math.isfinite(value) else None)
    elif m["cd"] is not None:
        numerator, denominator = chinese_number(m["cn"]), chinese_number(m["cd"])
        if not numerator or not denominator or numerator > denominator:
            return None
        fields.update(kind="proportion", unit="%", approx=True, value=round_half_up(100 * numerator / denominator, 1))
    elif m["c1"] is not None:
        low, high = sorted((10 * chinese_number(m["c1"]), 10 * chinese_number(m["c2"])))
        fields.update(kind="proportion", unit="%", approx=True, low=float(low), high=float(high))
    elif m["cc"] is not None:
        fields.update(kind="proportion", unit="%", approx=True, value=10.0 * chinese_number(m["cc"]))
    else:
        term = res.frequency_terms[m["fw"]]
        fields.update(kind="frequency_word", qualifier=term.term, rank=term.rank)
        if term.approx_low is not None:
            exact = term.approx_low == term.approx_high
            fields.update(
                approx=True,
                value=term.approx_low if exact else None,
                low=None if exact else term.approx_low,
                high=None if exact else term.approx_high,
            )
    return fields


def _absorb_reported(norm: str, end: int, fields: dict, res: QuantityResources) -> int:
    """Join the percentage printed after a count (``7/13例(54%)``, ``14例(60.8%)``,
    ``937例(占42.9%)``, ``12例占5.3%``) or the fraction printed after a percentage
    (``74%(25/34例)``) into one quantity."""
    if fields["kind"] in ("fraction", "count") and (m := res.reported_percent.match(norm, end)):
        fields["value"] = _percent(m["p"] or m["bare"])  # 12例(占30%) and 12例占5.3% too
        return m.end()
    if fields["kind"] == "percent" and (m := res.reported_fraction.match(norm, end)):
        numerator = int(m["n"])
        if m["d"] is None:  # 32.8%(61例)
            if m["u"]:
                fields.update(kind="count", numerator=numerator, unit=m["u"])
                return m.end()
        elif 0 < int(m["d"]) and numerator <= int(m["d"]):
            fields.update(kind="fraction", numerator=numerator, denominator=int(m["d"]), unit=m["u"] or "")
            return m.end()
    return end


def _absorb_parentheses(norm: str, start: int, end: int, found: list[Quantity]) -> tuple[int, int]:
    """``(93%)``: a parenthesis holding only the quantity belongs to it (binding reads it)."""
    left = start
    while left > 0 and norm[left - 1] in " \t":
        left -= 1
    right = end
    while right < len(norm) and norm[right] in " \t":
        right += 1
    if left > 0 and norm[left - 1] == "(" and right < len(norm) and norm[right] == ")":
        if not found or found[-1].end <= left - 1:
            return left - 1, right + 1
    return start, end


#: After a rate's 万 or 亿: not a unit of something else (1/10万U, 1/万元: a dose, money).
_NO_PEOPLE = "(?!U|IU|单位|元|次|片|粒|支)"
#: What 万 and 亿 after a rate's slash are worth (N/10万: N per 100,000 people).
_POPULATION_BASES = {"万": 10_000, "亿": 100_000_000}


def _per_population(number: str, base: str | None, word: str) -> float | None:
    """A rate per ``base`` ``word`` people (``13``, ``10``, ``万``: 13/10万) as a percentage,
    rounded to 6 decimals like per mille; None when above 100 % or the base is 0."""
    people = int(base or 1) * _POPULATION_BASES[word]
    value = number_value(number) / people * 100 if people else math.inf
    return round(value, 6) if 0 <= value <= 100 else None


def _percent(number: str) -> float | None:
    """A percentage that can be a frequency (0–100), else None."""
    value = number_value(number)
    return value if 0 <= value <= 100 else None


def chinese_number(digits: str) -> int:
    """一 … 九十九, 一百 and 一千; enough for 三分之一, 十之八九, 三成, 百分之五, 千分之五."""
    values = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}
    total, current = 0, 0
    for char in digits:
        if char == "十":
            total += (current or 1) * 10
            current = 0
        elif char in "百千":
            total += (current or 1) * (100 if char == "百" else 1000)
            current = 0
        else:
            current = current * 10 + values[char]
    return total + current


def number_value(number_text: str) -> float:
    """The value of a ``SCANNED_NUMBER``: ``60.2`` and ``60. 2`` → 60.2."""
    return float(_BLANKS.sub("", number_text))


def decimals(number_text: str) -> int:
    """How many decimals a number was written with: ``54`` → 0, ``60.8`` and ``60. 8`` → 1."""
    return len(_BLANKS.sub("", number_text).partition(".")[2])


_BLANKS = re.compile(r"[ \t]+")


def round_half_up(value: float, places: int) -> float:
    """Round as people do when they print a percentage (85.75 → 85.8), not banker's rounding."""
    return float(Decimal(repr(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


# --- data file checks --------------------------------------------------------------------






def _percent_cell(path: Path, line: int, row: dict[str, str], column: str) -> float | None:
    cell = row.get(column, "")
    if not cell:
        return None
    if not re.fullmatch(NUMBER, cell) or float(cell) > 100:
        raise DictionaryError(
            "E120", path=path, line=line, column=column, expected="a percentage 0-100", value=cell
        )
    return float(cell)
