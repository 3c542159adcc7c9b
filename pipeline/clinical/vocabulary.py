"""The word lists behind lab findings and treatment statements, loaded once per directory.

Each list is a TSV file in ``dictionaries/`` (format in its comment header); this module
only reads and checks them. Lookups used by the extractors are longest-first regular
expressions built here, so the extractors never see the files.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence, Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path

from ..entity import Entity
from ..labels import LABELS
from .. import clauses
from ..quantities.patterns import NUMBER, chinese_number, load_quantity_resources
from ..errors import DictionaryError
from ..resources import DEFAULT_DICTIONARY_DIR, alternation, alternation_in_order, choice, read_tsv, unique_rows
from ..serialization import packable

DIRECTIONS = ("up", "down", "positive", "negative", "normal", "abnormal")
#: The specimen of a word that names an analyte, not a specimen (尿素, 尿酸: blood tests).
NOT_A_SPECIMEN = "-"
#: ``lab_findings.tsv`` roles of words around a test that are no result, each read by one pattern of labs.py (配偶 of
#: 阳性者的配偶, 不能 and 引起 of 不能引起…, 定量 of 尿蛋白定量, 风险 of 增加…的风险): no direction.
WORD_ROLES = (
    "group_of_them", "not_caused_modal", "not_caused_verb", "amount_test_end", "risk_object", "normal_attribute",
    "normal_people", "healthy_people", "condition_opening", "not_condition_opening", "consequence", "ru_consequence",
    "sampled_after", "specimen_list_after", "effect_modal", "effect_modal_degree", "compared_before", "disease_end",
    "disease_end_opens", "disease_end_always", "normal_alone", "value_link", "value_clause_group", "value_clause_adverb",
    "value_clause_link",
)
FINDING_ROLES = (
    "after", "before", "filler", "share", "threshold_after", "threshold_before", "needs_specimen",
    "treatment", "causing", "not_causing", "given_before", "given_after", "given_then", "not_given_then",
    "not_given_then_after", "own_result_before",
    "examined_before", "change_verb", "change_filler", "effect_verb", "reached_after_time", "imaging_after",
    "described_noun", "cell_life", "group_share", "group_share_adverb", "group_share_degree", "closing_after",
    "not_given_before", "stopped", *WORD_ROLES,
)
#: ``lab_findings.tsv`` roles of what a treatment causes (化疗…常致中性粒细胞减少: no finding of the patients).
TREATMENT_ROLES = (
    "treatment", "causing", "not_causing", "given_before", "given_after", "given_then", "not_given_then",
    "not_given_then_after", "not_given_before", "stopped",
)
PERCENT_MEANINGS = ("value", "frequency")
SUBJECT_KINDS = ("lab", "imaging", "panel")
#: ``lab_subjects.tsv``'s ``sampled``: in a specimen, measured on the patient, or a lab subject
#: only with its specimen named.
SAMPLING = ("yes", "no", "required", "sign")
MATCH_KINDS = ("exact", "suffix", "contains", "record_name")
CATEGORIES = (
    "drug", "nutrient", "procedure", "surgery", "radiotherapy", "chemotherapy", "immunotherapy", "tcm", "supportive", "-",
)
UNIT_KINDS = ("dose", "volume", "radiation")
#: The ``dose_units.tsv`` kind of a bare multiplier written after the low number of a range (80万~200万U/d).
MULTIPLIER = "multiplier"
SCHEDULE_KINDS = ("period", "abbreviation", "phrase", "clause")
#: UCUM codes of a schedule's period, as FHIR's ``Timing.periodUnit``.
SCHEDULE_UNITS = ("h", "d", "wk", "mo")
#: What ends the clause or list item of a ``closing_after`` result word (血氨高，, 血压高、, 水平高者, 眼压高及).
_CLOSING_AFTER = r"[ \t]*(?:[，,。;；:：、)）]|及|和|或|而|者|\Z)"
#: Chinese numerals: before 日 they count days (第三日, 两日), so 日 is no period there.
_CN_COUNT = "一二两三四五六七八九十"
#: A count of doses: 3, 三, 两, 十, 十二, 二十四.
_COUNT = "(?:[0-9]+|[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九])"
_COUNT_RANGE = rf"(?:[ \t]*(?:[~-]|至|到)[ \t]*(?P<{{}}>{_COUNT}))?"
#: At most this many characters between a drug and the ``avoid_after`` word closing its clause
#: (使用氯霉素|、细胞毒类抗癌药、免疫抑制剂等药物时要|小心谨慎: 21).
_AVOID_AFTER_REACH = 30
#: Where a sentence ends for a list closed by 等 (the list may run over commas: 抗生素，皮质激素及化疗，放疗等诱发因素).
_SENTENCE_STOP = re.compile(r"[。！？!?;；:：\n]")
#: Between the items of such a list: list words, commas, brackets and spaces ((腹膜透析，肾切除术，肾移植)等).
_LIST_ITEM_SPLIT = re.compile(r"[、，,及和或与()（）\s]+")
#: One item of such a list: what lies between those separators.
_LIST_ITEM = re.compile(r"[^、，,及和或与()（）\s]+")


#: Opening the first of the examples of a list item (利尿剂如速尿，利尿酸等引起).
_EXAMPLES_OPEN = re.compile("(?:例如|比如|如)")


def _only_mentions_between(norm: str, start: int, end: int, mentions: AbstractSet[tuple[int, int]]) -> bool:
    """Whether each item of ``norm[start:end]`` (the pieces between list separators, ``_LIST_ITEM_SPLIT``)
    is nothing but ``mentions`` (spans): no free word around a mention (控制|肺炎, 预防|感染: a clause, not an
    item). A piece holding no mention at all is an item the lexicon lacks (肾切除术 of
    (腹膜透析，肾切除术，肾移植)等均易招致) and is kept."""
    for piece in _LIST_ITEM.finditer(norm[start:end]):
        lo, hi = start + piece.start(), start + piece.end()
        if (example := _EXAMPLES_OPEN.match(norm, lo, hi)) is not None:
            lo = example.end()  # 使用利尿剂|如|速尿，利尿酸等引起: the examples of the drug are items too
        inside = sorted((s, e) for s, e in mentions if s < hi and e > lo)
        if not inside:
            continue
        pos = lo
        for s, e in inside:
            if s > pos or e > hi:
                return False
            pos = max(pos, e)
        if pos < hi:
            return False
    return True


#: At most this many characters in one item of such a list (皮质激素: 4; 长期大剂量应用广谱抗生素 is a clause).
_LIST_ITEM_LIMIT = 12
CUE_ROLES = (
    "use", "clause_use", "not_use", "sessions", "continues", "patients", "effect", "tcm_cue", "delay", "per_day", "each",
    "at", "period_of", "food", "content", "rich", "not_food", "deficiency", "prevents", "causes",
    "history_before", "history_after", "cause_before", "avoid", "not_avoid", "anchor", "not_anchor", "not_causes",
    "treating", "exposure_before", "exposed_group", "exposure_acts", "treated_group", "named_cause", "drug_cause_name",
    "diluent", "dilutes", "given_test", "combined", "listed_route", "decoction", "tcm_lead", "tcm_lead_end",
    "takes", "not_takes", "setting_end", "not_setting_end", "not_setting", "not_setting_before", "setting_result", "then_treated", "use_causes",
    "framed_outcome", "frame_before", "frame_gap", "not_framed_outcome", "bare_outcome", "same_operation",
    "exposed_outcome", "risk_close", "herb", "removes_risk", "affected_part", "avoid_after",
    "needs_use_before", "use_before", "not_use_after", "vehicle", "not_vehicle_after", "holds",
    "radiation_lead", "dose_limit", "list_causes", "dosage_form", "eye_drop_before", "not_holds",
    "route_in_clause", "research", "research_subject", "subtype_after", "use_after", "dose_clause", "patient_group",
    "not_patient_group", "research_evidence", "except_end", "report_lead", "operation_anchor", "over_before",
    "over_after", "operation_name", "generic_operation", "food_source", "takes_in", "given_by",
    "long_exposure", "long_exposed_group", "exposure_kept", "culture_medium", "animal_research", "setting_lead",
    "not_before_long_exposed_group", "symptom_course", "until_lead", "outcome_wall", "not_treating",
    "class_ending", "relieved", "outcome_negation", "harm_made", "harm_modal", "not_harm_made", "not_harm_skipped",
    "causes_next_modal", "causes_next", "use_manner", "example_lead", "finding_after_gap", "list_end",
    "anchor_lead", "anchor_start",
)
#: The ``therapy_cues.tsv`` roles of patients, which hold the patient nouns of ``quantity_cues.tsv`` (患者, 病例,
#: 者 …: ``patient_noun``, ``case_noun``, ``patient_suffix``) besides their own rows (人群 of ``exposed_group``).
_PATIENT_CUE_ROLES = ("patient_group", "treated_group", "exposed_group", "long_exposed_group")
#: The ``therapy_cues.tsv`` roles of outcome words, whose outcome ``outcomes.tsv`` gives: each word
#: must be there, with an outcome (耐药: 无效), or the loader stops.
_OUTCOME_CUE_ROLES = ("framed_outcome", "bare_outcome")
#: At most this many characters between a ``use_before`` word and the procedure waiting for it
#: (可做|选择性|剖宫产手术: 3).
_USE_BEFORE_GAP = 6
#: At most this many characters between an operation and the ``setting_end`` word ending its
#: clause (经阴道手术|分娩|时，; not 手术|后24小时).
_SETTING_GAP = 8
#: The section kinds where an operation a record is named after is the one guarded (``operation_name``).
_GUARDING_KINDS = frozenset({"prevention", "nursing"})
#: At most this many characters between a ``food_source`` word and a nutrient it names (经常食用能补充|雌激素).
_EATEN_REACH = 16
#: The longest ``over_before`` word and the spaces before an operation (结束|手术).
_OVER_REACH = 6
#: Right after a surgery, radiotherapy or chemotherapy: its time (手术后每日换药, 胃切除术后胃酸缺乏, 放疗|治疗后);
#: not 后期, 后续, 后来 or 后遗症 (手术后遗症 is no time).
_AFTER_OPERATION = re.compile(r"(?:治疗|术)?后(?![期续来遗])")
#: At most this many characters between an ``exposure_before`` word and the drug (the items of a
#: list before it: 长期使用肾上腺皮质激素或其他|免疫抑制剂者), and between the drug and the group.
_EXPOSURE_BEFORE = 14
_EXPOSURE_AFTER = 10
#: At most this many characters between a ``long_exposure`` word and its group word (长期应用|免疫抑制剂|者).
_LONG_EXPOSURE_REACH = 12
#: At most this many characters from a bracket's opening to a drug in it and from the drug to its closing,
#: for ``culture_medium`` (在含链霉素的培养基上才能生长…).
_BRACKET_REACH = 60
_BRACKETED = re.compile(r"\([^()]*\)")
#: Marks ending a clause (treatment details and lab results stay inside one).
CLAUSE_MARKS = "。！？!?;；,，:：\n"


def words_not_opening(words: Iterable[str], longer: Iterable[str]) -> str:
    """A regex of ``words``, longest first, none where it opens a word of ``longer`` there (敏感, not the 敏感 of
    敏感性): ``(?!longer)(?:words)`` written word first, each word with a lookahead for the rest of the longer words it
    opens, and without the words a longer one is a prefix of (they never match). Both find the same matches (a word
    and a longer one match at one place only when one opens the other), but with a word first ``re`` skips to where
    one can start instead of trying the lookahead at every position."""
    longer = set(longer)
    kept = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        if any(word.startswith(blocker) for blocker in longer):
            continue  # 耐药 with 耐药 among the longer ones: never a match of its own
        rests = [blocker[len(word):] for blocker in longer if blocker.startswith(word)]
        kept.append(re.escape(word) + (f"(?!{alternation(rests)})" if rests else ""))
    return "|".join(kept) or "(?!)"


def _one_of(chars: Sequence[str]) -> str:
    """One character of ``chars`` as a regex: itself alone, else a class in their order."""
    escaped = "".join(map(re.escape, chars))
    return escaped if len(chars) == 1 else f"[{escaped}]"


def _one_of_in_order(words: Sequence[str]) -> str:
    """``words`` in their order as a regex: one-character words as ``_one_of``, else an alternation (none: empty)."""
    if words and all(len(word) == 1 for word in words):
        return _one_of(words)
    return f"(?:{alternation_in_order(words)})" if words else ""


def words_not_after(words: Iterable[str], before: Iterable[str]) -> str:
    """A regex of ``words``, longest first, none right after a word of ``before`` (治疗, not the 治疗 of 未经治疗):
    ``(?<!b1)(?<!b2)…(?:words)`` written word first, each word with its lookbehinds over the word too
    (``(?<!b1治疗)``). Both find the same matches, but with a word first ``re`` skips to where one can start instead
    of trying the lookbehinds at every position."""
    before = sorted(set(before))
    return "|".join(
        re.escape(word) + "".join(f"(?<!{re.escape(b + word)})" for b in before)
        for word in sorted(set(words), key=lambda w: (-len(w), w))
    ) or "(?!)"


_BLANKS = re.compile(r"[ \t]*")
_ASCII_DIGITS = frozenset("0123456789")


def _slice_index(norm: str, pos: int) -> int:
    """``pos`` as a slice bound reads it: a negative one counts from the text's end."""
    return max(len(norm) + pos, 0) if pos < 0 else pos


def clause_start(norm: str, pos: int, floor: int = 0) -> int:
    """Where the clause holding ``pos`` starts (after a ``CLAUSE_MARKS`` mark before ``pos``, or ``floor``), not
    before ``floor`` (a sentence's start; see ``pipeline.clauses.clause_start``). A negative ``pos`` counts from
    the text's end, as a slice does."""
    return clauses.clause_start(norm, _slice_index(norm, pos), CLAUSE_MARKS, floor)


def clause_end(norm: str, pos: int) -> int:
    """Where the clause holding ``pos`` ends (at a ``CLAUSE_MARKS`` mark from ``pos`` on, or the text's end)."""
    return clauses.clause_end(norm, _slice_index(norm, pos), CLAUSE_MARKS)


def _clause_before(norm: str, start: int) -> str:
    """The clause before the one starting at ``start`` (after its mark), without trailing spaces."""
    return norm[clause_start(norm, start - 1) : start - 1].rstrip(" \t")


_UNKNOWN = object()  # a memo's "not looked up yet" (None is an answer)
#: What may come between a ``use`` word and a ``causes`` verb for the treatment to be the cause
#: (治疗|引起, 治疗后|可导致, 的应用|是引起, 的应用|也易诱发, 使用不当|可引起, 应用|等而|引起: therapies causes review
#: 2026-12-06; not 治疗|药物|引起的皮疹: it treats the rash).
_TREATMENT_CAUSES_GAP = re.compile(
    r"[ \t]*(?:后|时|中|不当|过多|过久)?[ \t]*(?:等而?)?[ \t]*(?:是|为)?[ \t]*(?:可能|可|会|也|亦|易|均|常|所){0,2}[ \t]*"
)
#: Between two items of a list of drugs and procedures (镇静药|，|镇咳药|及|氧疗).
_LIST_JOINER = re.compile(r"[ \t]*(?:[、，,]|以及|及|和|或|与)[ \t]*")
#: A bracketed alias ending a term: 血氧饱和度|(SaO2)
_ALIAS_AT_END = re.compile(r"[(（][^()（）]*[)）]\Z")
#: A bracket, as the abbreviations stage reads one, holding no sentence end: an English name or
#: abbreviation (甲氨蝶呤|(methotrexate,MTX)), whose comma closes no clause, or an aside
#: (的个体|(自身免疫性疾病如类风湿关节炎…的患者)|发生).
_ASIDE = re.compile(r"[ \t]*[(（][^()（）。!?！？;；]{1,60}[)）]")
#: How far after a drug or procedure ``_aliases_skipped`` looks for such brackets.
_ALIAS_REACH = 120


def after_aside(norm: str, pos: int) -> int:
    """Past a bracket (``_ASIDE``) right at ``pos``, else ``pos``: 氨苄西林|(氨苄青霉素)|，头孢氨苄."""
    m = _ASIDE.match(norm, pos)
    return m.end() if m else pos


#: After a drug or procedure, the end of its item in a comma list (骨髓移植|，生物制剂; 大手术|等).
_LIST_ITEM_END = re.compile(r"[ \t]*(?:[,，、。;；]|等|\Z)")
#: After a mention in a list item, its time (囊外摘除|术后), and the joiner to the next mention (挤压伤|、|大手术).
_ITEM_JOINER = re.compile(r"[ \t]*(?:术?后)?[ \t]*(?:[、和及与或/][ \t]*)?")


def _whole_mentions(norm: str, start: int, end: int, mentions: AbstractSet[tuple[int, int]]) -> bool:
    """Whether ``norm[start:end]`` holds nothing but mentions (``mentions``: their spans), joined by
    、和及与或 and maybe each with a bracket after it (如骨折，|挤压伤、|大手术等; not 好发于头皮与颈部, 必要时)."""
    pos = _ITEM_JOINER.match(norm, start, end).end() if norm[start:start + 1] in " \t" else start
    while pos < end:
        ends = [e for s, e in mentions if s == pos and e <= end]
        if not ends:
            return False
        pos = max(ends)
        if (aside := _ASIDE.match(norm, pos, end)) is not None:
            pos = aside.end()
        pos = _ITEM_JOINER.match(norm, pos, end).end()
    return True


def _aliases_skipped(norm: str, end: int) -> str:
    """``norm`` with the brackets shortly after ``end`` cut out, so a look-ahead reads past them
    (长期应用免疫抑制剂甲氨蝶呤(methotrexate,MTX)的个体(自身免疫性疾病…的患者)发生…: 发生 is the
    drug's, a cause; therapies review of medical_6, 2026-12-05). Positions up to ``end`` stay."""
    stop = end + _ALIAS_REACH
    if "(" not in norm[end:stop] and "（" not in norm[end:stop]:
        return norm
    return norm[:end] + _ASIDE.sub("", norm[end:stop]) + norm[stop:]



@dataclass(frozen=True, slots=True)
class LabSubject:
    """How a mention can be a lab subject: what a percentage next to it means, and whether
    its results are words (lab) or symptom/disease mentions (imaging); a panel (血常规) is a
    lab subject unless a test it holds follows it (血常规白细胞增高: the white cells'). What is
    measured on the patient (血压, 肾功能) is not ``sampled``: it has no specimen; a ``sign`` is
    measured or examined at the bedside (血压, 体温, 视力), not in a laboratory or an image."""

    percent: str
    kind: str
    sampled: bool = True
    #: a lab subject only with a specimen named (血清维生素E降低; not 可降低体内的维生素E水平)
    needs_specimen: bool = False
    sign: bool = False


@packable
@dataclass(frozen=True, slots=True)
class DoseSchedule:
    """How often a therapy is given: ``times`` (to ``times_high``) every ``every`` (to
    ``every_high``) ``unit`` (每日3～4次: 3 to 4 every 1 d; 每8小时1次: 1 every 8 h; 每4～6小时1次:
    1 every 4 to 6 h; 隔日1次: 1 every 2 d)."""

    times: int
    times_high: int
    every: float
    every_high: float
    unit: str


#: The treatment word between a therapy and 的 + the patients it names when they close their clause
#: (对使用肠外营养|治疗|的患者，应常规补充镁).
_TREATMENT_WORD = "治疗"


@dataclass(frozen=True)
class ClinicalVocabulary:
    """All clinical word lists of one dictionary directory."""

    findings: Mapping[str, str]  # result word after a test → direction
    findings_before: Mapping[str, str]  # result word before a test → direction
    fillers: tuple[str, ...]
    shares: tuple[str, ...]  # 占: between a subject whose percentage is a value and that value
    thresholds_after: tuple[str, ...]  # 时, 者 right after a value: a threshold, not a finding
    thresholds_before: tuple[str, ...]  # 当, 若, 维持 in the clause before the test: the same
    needs_specimen: frozenset[str]  # 增生: a cell's finding only with a specimen named
    treatment_words: Mapping[str, tuple[str, ...]]  # TREATMENT_ROLES role → words (化疗, 致, 使用, 的应用)
    specimens: Mapping[str, str]  # word -> specimen, or NOT_A_SPECIMEN (尿素 of 尿素氮)
    specimen_prefixes: tuple[str, ...]  # specimen words that name the specimen as a test's first word
    subjects: Mapping[tuple[str, str], LabSubject]  # (label, suffix) → subject
    routes: Mapping[str, str]
    dose_units: Mapping[str, tuple[str, str]]  # unit as written → (normalized, kind)
    outcomes: Mapping[str, str]
    #: 复发, 恶化: outcomes a therapy can prevent, which after a ``prevents`` cue did not happen (预防RF复发)
    preventable_outcomes: frozenset[str]
    categories: Mapping[tuple[str, str], str]  # (match, pattern) → category
    cues: Mapping[str, tuple[str, ...]]  # role → words
    tcm_principles: Mapping[str, str]
    schedule_periods: Mapping[str, str]  # 日 → d, 小时 → h (keys in lower case)
    schedule_abbreviations: Mapping[str, DoseSchedule]  # bid, 早晚各1次 → 2 every 1 d (keys in lower case)
    clause_schedules: Mapping[str, DoseSchedule] = field(default_factory=dict)  # 早晚 anywhere in the clause
    #: 高, 低 right before the first test of a comma list: its result is written into it (高血磷，肾功能损害)
    own_results_before: tuple[str, ...] = ()
    own_result_directions: Mapping[str, str] = field(default_factory=dict)  # 高 → up, 低 → down
    #: 复查, 监测 right before the first test of a comma list: it is examined, the list ends (需复查血常规，尿常规异常者)
    examined_before: tuple[str, ...] = ()
    #: 降低, 增加 right before a number: by how much the test changed, no value (血压降低10mmHg)
    change_verbs: tuple[str, ...] = ()
    change_fillers: tuple[str, ...] = ()  # 了, 约, 大约: between a change verb and its number
    effect_verbs: frozenset[str] = frozenset()  # 增加, 降低: a result word acting on a risk or a mention after it
    reached_after_time: tuple[str, ...] = ()  # 达, 升至: after a time phrase, before a value (体温于1～2日内达39℃)
    #: 异常, 正常, 未见异常: a generic result an imaging subject takes when no symptom or disease follows (心电图异常)
    imaging_findings: Mapping[str, str] = field(default_factory=dict)
    #: 药物, 激素, 因素: a noun that a result and 的 describe (引起粒细胞减少的药物, 血糖升高的激素): no row
    described_nouns: tuple[str, ...] = ()
    group_shares: tuple[str, ...] = ()  # 多见, 居多, 占: how many of a group named by its result (阳性者占30%)
    group_share_adverbs: tuple[str, ...] = ()  # 中, 则, 也: between the group and its share (者中约30%)
    group_share_degrees: tuple[str, ...] = ()  # 略, 较: after one, before the share (者则略少些)
    #: 万, 千: a bare multiplier after the low number of a range whose unit opens with it (80万~200万U/d)
    dose_multipliers: tuple[str, ...] = ()
    #: 血清, 血浆: specimens without cells, never carried to a cell subject from another test
    cell_free: frozenset[str] = frozenset()
    #: 脑脊液, 胸水: fluids a test named after one (脑脊液蛋白) passes on to the next test
    carried_fluids: frozenset[str] = frozenset()
    #: 血, 尿: a test whose name opens with one keeps its own specimen after such a fluid (脑脊液压力升高，血沉加快)
    own_specimen_words: tuple[str, ...] = ()
    #: 寿命, 存活期, 活力 → the measure they name after a cell subject (红细胞的寿命缩短 → 红细胞寿命)
    cell_life: Mapping[str, str] = field(default_factory=dict)
    #: 高: result words (in ``findings``) only where their clause or a list item ends (血氨高，早期出现神志改变)
    closing_findings: frozenset[str] = frozenset()
    #: WORD_ROLES role → words, in their rows' order (配偶, 家属 of group_of_them)
    words: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    _subject_memo: dict[tuple[str, str], LabSubject | None] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _category_memo: dict[tuple[str, str, str], str | None] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _cue_patterns: dict[tuple[str, ...], re.Pattern[str]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def subject(self, label: str, text: str, canonical: str = "") -> LabSubject | None:
        """The lab-subject rule for a mention: the longest matching suffix of its label, of its
        text or its canonical name (EF, canonical 射血分数, ends with 射血分数), an alias in
        brackets at the end left out (血氧饱和度(SaO2) ends with 饱和度). Remembered per (label,
        text, canonical): mentions are dictionary terms, so there are few."""
        key = (label, text, canonical)
        rule = self._subject_memo.get(key, _UNKNOWN)
        if rule is _UNKNOWN:
            best: tuple[int, LabSubject] | None = None
            suffixes = self._subjects_by_label.get(label, {})
            for name in (text, canonical) if canonical and canonical != text else (text,):
                name = _ALIAS_AT_END.sub("", name) or name
                # the longest suffix first: the first one listed is the name's rule (the text's on a tie)
                found = next((start for start in range(len(name) + 1) if name[start:] in suffixes), None)
                if found is not None and (best is None or len(name) - found > best[0]):
                    best = (len(name) - found, suffixes[name[found:]])
            rule = self._subject_memo[key] = best[1] if best else None
        return rule

    @functools.cached_property
    def _subjects_by_label(self) -> dict[str, dict[str, LabSubject]]:
        """``subjects`` as label → suffix → rule: a name's rule is found by its own suffixes, not by every row."""
        by_label: dict[str, dict[str, LabSubject]] = {}
        for (label, suffix), subject in self.subjects.items():
            by_label.setdefault(label, {})[suffix] = subject
        return by_label

    @functools.cached_property
    def subject_labels(self) -> frozenset[str]:
        """The labels some ``lab_subjects.tsv`` row names: a cheap first test before ``subject``."""
        return frozenset(label for label, _ in self.subjects)

    def category(self, label: str, text: str, canonical: str) -> str | None:
        """The therapy category of a drug or procedure mention, or None when it is no treatment.
        Remembered per mention form, as ``subject`` is: a lookup scans every suffix rule."""
        key = (label, text, canonical)
        category = self._category_memo.get(key, _UNKNOWN)
        if category is _UNKNOWN:
            category = self._category_memo[key] = self._find_category(label, text, canonical)
        return category

    def _find_category(self, label: str, text: str, canonical: str) -> str | None:
        for name in (text, canonical):
            if ("exact", name) in self.categories:
                return _category(self.categories[("exact", name)])
        suffixes, contained = self._category_rows
        # the longest suffix or contained pattern, the first row of the file on a tie: (length, -row, category)
        hits = [(len(text) - start, -suffixes[text[start:]][0], suffixes[text[start:]][1])
                for start in range(len(text) + 1) if text[start:] in suffixes]
        hits += [(len(pattern), -row, category) for row, pattern, category in contained if pattern in text]
        best = max(hits, default=None)
        if best is None and label == "drug" and canonical != text:
            # a drug's canonical's suffix when its text has none: 四磨汤口服液 → 四磨汤 → 汤, tcm (therapies
            # review of medical_8). Not a procedure's: an abbreviation's canonical (BAL → 支气管肺泡灌洗术) would
            # make a test or a setting a surgery (BAL对疑诊LCH有诊断价值, CABG术后肺间质水肿: 6 of 11 right).
            # Only a category a drug can have: 参苓白术片 → 参苓白术 ends in 术, no surgery (code review 2026-12-05)
            longest = next((start for start in range(len(canonical) + 1) if canonical[start:] in suffixes), None)
            if longest is not None and suffixes[canonical[longest:]][1] in _DRUG_CATEGORIES:
                best = (0, 0, suffixes[canonical[longest:]][1])
        if best is not None:
            return _category(best[2])
        return "drug" if label == "drug" else None

    @functools.cached_property
    def _category_rows(self) -> tuple[dict[str, tuple[int, str]], tuple[tuple[int, str, str], ...]]:
        """The ``suffix`` rows of ``categories`` as pattern → (row, category), its ``contains`` rows as (row, pattern,
        category): a form's category is found by its own suffixes and a few substring tests, not a scan of all rows."""
        suffixes: dict[str, tuple[int, str]] = {}
        contained: list[tuple[int, str, str]] = []
        for row, ((match, pattern), category) in enumerate(self.categories.items()):
            if match == "suffix":
                suffixes[pattern] = (row, category)
            elif match == "contains":
                contained.append((row, pattern, category))
        return suffixes, tuple(contained)

    @functools.cached_property
    def herbs(self) -> frozenset[str]:
        """The single TCM herbs of the ``herb`` cues: a drug row named so is category tcm."""
        return frozenset(self.cues["herb"])

    @functools.cached_property
    def open_findings(self) -> tuple[str, ...]:
        """The result words that are results wherever they stand (all but the ``closing_after`` ones, 高)."""
        return tuple(word for word in self.findings if word not in self.closing_findings)

    @functools.cached_property
    def finding_pattern(self) -> re.Pattern[str]:
        """A result word after a test, the longest at a position; a ``closing_after`` word (高) only where its
        clause or list item ends (血氨高，, 血压高、尿少, 水平高者), not 高峰, 高的食物."""
        plain = alternation(self.open_findings)
        if not self.closing_findings:
            return re.compile(plain)
        return re.compile(f"{plain}|(?:{alternation(self.closing_findings)})(?={_CLOSING_AFTER})")

    @functools.cached_property
    def filler_pattern(self) -> re.Pattern[str]:
        """One filler word, the longest at a position (可见 before 可)."""
        return re.compile(alternation(self.fillers))

    @functools.cached_property
    def value_path_pattern(self) -> re.Pattern[str]:
        """Result and filler words, any number of them (see ``percent_is_value``)."""
        return re.compile(f"(?:[ \\t]|{alternation((*self.open_findings, *self.fillers))})*")

    @functools.cached_property
    def share_pattern(self) -> re.Pattern[str]:
        """A ``share`` word (占), blanks around it."""
        return re.compile(f"[ \\t]*(?:{alternation(self.shares)})[ \\t]*")

    def percent_is_value(self, entity: Entity, gap: str) -> bool:
        """Whether a percentage written ``gap`` after ``entity`` is its measured value:
        ``lab_subjects.tsv`` says so for the mention and ``gap`` holds only result and filler
        words (浆细胞比例 <5%, 血氧饱和度降至85%, EF<40%; not 白细胞正常或低于正常者达38.7%), or only
        a ``share`` word (淋巴细胞占30%)."""
        rule = self.subject(entity.label, entity.text, entity.canonical)
        if rule is None or rule.percent != "value":
            return False
        return self.value_path_pattern.fullmatch(gap) is not None or self.share_pattern.fullmatch(gap) is not None

    @functools.cached_property
    def finding_before_pattern(self) -> re.Pattern[str]:
        return re.compile(f"(?:{alternation(self.findings_before)})$")

    @functools.cached_property
    def reached_after_time_pattern(self) -> re.Pattern[str]:
        """A ``reached_after_time`` verb and the blanks after it (体温于1～2日内|达|39℃)."""
        return re.compile(f"(?:{alternation(self.reached_after_time)})[ \\t]*")

    @functools.cached_property
    def group_of_them_pattern(self) -> re.Pattern[str]:
        """Right after a result: those who have it, then a multiple or a ``group_of_them`` word (血压正常者的4倍,
        HBsAg阳性者的配偶): a group compared with the patients or related to them, no result of theirs."""
        return re.compile(
            r"的?者的(?:[0-9.]+|[一二两三四五六七八九十百]+)倍|的?者的(?:" + self._in_order("group_of_them") + ")"
        )

    @functools.cached_property
    def not_caused_pattern(self) -> re.Pattern[str]:
        """Right before a test: a ``not_caused_modal`` and a ``not_caused_verb`` word, a few characters after them
        (不能产生反射性|心率增加): the result does not come about."""
        return re.compile(
            f"(?:{self._in_order('not_caused_modal')})(?:{self._in_order('not_caused_verb')})[^,，;；。:：]{{0,4}}\\Z"
        )

    @functools.cached_property
    def risk_object_pattern(self) -> re.Pattern[str]:
        """After a result word, a short object ending with a ``risk_object`` noun (可增加子痫前期-子痫发病的危险性)."""
        return re.compile(
            f"(?:(?!是|为|提示)[^,;:。!?]){{1,16}}?的?(?:{self._in_order('risk_object')})(?!因素)"
        )

    @functools.cached_property
    def normal_attribute_pattern(self) -> re.Pattern[str]:
        """Right after 正常, a ``normal_attribute`` noun it qualifies (正常人, 正常值, 正常浓度): a reference, no result."""
        return re.compile(self._in_order("normal_attribute"))

    @functools.cached_property
    def normal_before_pattern(self) -> re.Pattern[str]:
        """Before a test in its clause, what healthy people have: 正常 and a ``normal_people`` word (正常时, 正常人,
        一些正常妇女…), a ``healthy_people`` word (健康人), or 正常(的) right before it, after 比 or 较 or alone."""
        alone = self._in_order("normal_alone")
        return re.compile(
            f"正常(?:{self._in_order('normal_people')})|{self._in_order('healthy_people')}|(?:比|较)(?:{alone})\\Z|(?:{alone})\\Z"
        )

    @functools.cached_property
    def condition_opening_pattern(self) -> re.Pattern[str]:
        """A ``condition_opening`` word (若, 一旦, 当), in file order, none inside a ``not_condition_opening`` word that
        holds it (若干, 相当, 当然): the result after it in its clause is a condition (若肺功能正常)."""
        return re.compile(self._guarded_in_order("condition_opening", "not_condition_opening"))

    @functools.cached_property
    def consequence_pattern(self) -> re.Pattern[str]:
        """A comma and a ``consequence`` word opening the next clause (若…，体温持续升高，应考虑…): what to do, which
        closes a condition."""
        return re.compile(f"[,，]\\s*(?:{self._in_order('consequence')})")

    @functools.cached_property
    def ru_consequence_pattern(self) -> re.Pattern[str]:
        """As ``consequence_pattern``, with the ``ru_consequence`` words too (如体温升高，可提示继发感染): what closes a
        condition 如 opens."""
        return re.compile(f"[,，]\\s*(?:{self._in_order('consequence')}|{self._in_order('ru_consequence')})")

    @functools.cached_property
    def after_a_specimen_pattern(self) -> re.Pattern[str]:
        """Right after a one-character specimen word, a ``sampled_after`` or ``specimen_list_after`` word (血及尿中,
        尿检查): the specimen word itself, not a character inside another word (心血管)."""
        words = (*self.words.get("sampled_after", ()), *self.words.get("specimen_list_after", ()))
        chars = "".join(re.escape(word) for word in words if len(word) == 1)
        longer = "|".join(re.escape(word) for word in words if len(word) > 1)
        return re.compile("|".join(filter(None, (f"[{chars}]" if len(chars) > 1 else chars, longer))) or "(?!)")

    @functools.cached_property
    def sampled_after_pattern(self) -> re.Pattern[str]:
        """A ``sampled_after`` word after a mention that is just a specimen word (关节积液中, 胸腔积液检查): the fluid
        sampled, no symptom."""
        return re.compile(self._in_order("sampled_after"))

    @functools.cached_property
    def effect_modal_pattern(self) -> re.Pattern[str]:
        """An ``effect_modal`` right before a change verb, maybe with an ``effect_modal_degree`` adverb and 地 between
        (可显著增加肝脏血流量): with an object after the verb, an effect on it."""
        return re.compile(f"(?:{self._in_order('effect_modal')})(?:{self._in_order('effect_modal_degree')})?地?\\Z")

    @functools.cached_property
    def compared_before_pattern(self) -> re.Pattern[str]:
        """A ``compared_before`` word opened before a test (比, 较之): a ``closing_after`` result then says which of two
        is higher (HLA-D出现的频率比HLA-B8高), no level."""
        return re.compile(self._in_order("compared_before"))

    @functools.cached_property
    def disease_end_pattern(self) -> re.Pattern[str]:
        """Right after a result word, the end of a disease's name: a ``disease_end`` word with no ``disease_end_opens``
        character after it (粒细胞减少|症; not 升高|症状), or a ``disease_end_always`` word (醛固酮增多|综合征, 血小板减少|性紫癜)."""
        ends = _one_of_in_order(self.words.get("disease_end", ()))
        opens = _one_of_in_order(self.words.get("disease_end_opens", ()))
        guarded = f"{ends}(?!{opens})" if opens else ends
        always = "|".join(map(re.escape, self.words.get("disease_end_always", ())))
        return re.compile("|".join(filter(None, (guarded, always))) or "(?!)")

    @functools.cached_property
    def value_gap_pattern(self) -> re.Pattern[str]:
        """Between a test and its value: blanks and maybe a ``value_link`` verb (血氧饱和度|<80%, 血钙|降至|1.5mmol/L)."""
        return re.compile(f"[ \\t]*(?:{self._in_order('value_link')})?[ \\t]*")

    @functools.cached_property
    def value_after_comma_pattern(self) -> re.Pattern[str]:
        """After a result word, a comma and maybe a ``value_clause_group``, a ``value_clause_adverb`` and a
        ``value_clause_link`` word, in this order, before a value that is the whole next clause (升高，常大于150mmol/L,
        升高，男性>420μmol/L)."""
        return re.compile(
            f"[,，][ \\t]*(?:{self._in_order('value_clause_group')})?(?:{self._in_order('value_clause_adverb')})?"
            f"(?:{self._in_order('value_clause_link')})?[ \\t]*"
        )

    def _guarded_in_order(self, role: str, not_role: str) -> str:
        """``role``'s words in file order, each not inside a ``not_role`` word holding it: what that word has before
        it a lookbehind over the word, after it a lookahead (凡 of 平凡, 非凡, 凡士: ``凡(?<![平非]凡)(?!士)``); one-character
        affixes in a class, in file order."""
        blocked = self.words.get(not_role, ())
        alternatives = []
        for word in self.words.get(role, ()):
            before = [other[: -len(word)] for other in blocked if other.endswith(word) and other != word]
            after = [other[len(word):] for other in blocked if other.startswith(word) and other != word]
            text = re.escape(word)
            if before and all(len(b) == 1 for b in before):
                text += f"(?<!{_one_of(before)}{re.escape(word)})"
            else:
                text += "".join(f"(?<!{re.escape(b + word)})" for b in before)
            if after:
                text += f"(?!{_one_of(after) if all(len(a) == 1 for a in after) else '|'.join(map(re.escape, after))})"
            alternatives.append(text)
        return "|".join(alternatives) or "(?!)"

    def _in_order(self, role: str) -> str:
        """The alternation of a WORD_ROLES role's words in their rows' order (as the code had them); none: never."""
        return alternation_in_order(self.words.get(role, ()))

    @functools.cached_property
    def group_share_pattern(self) -> re.Pattern[str]:
        """A ``group_share`` word (者居多, 者约占20%)."""
        return re.compile(alternation(self.group_shares))

    @functools.cached_property
    def group_adverbs_pattern(self) -> re.Pattern[str]:
        """Between a group and its share, a ``group_share_adverb`` then a ``group_share_degree`` word, each
        optional (者中|约30%, 者则略|少些)."""
        return re.compile(
            f"[ \\t]*(?:{alternation(self.group_share_adverbs)})?(?:{alternation(self.group_share_degrees)})?")

    @functools.cached_property
    def described_noun_pattern(self) -> re.Pattern[str]:
        """的 and a ``described_noun`` right after a result: the result describes that noun (升高的激素)."""
        return re.compile(f"[ \\t]*的[ \\t]*(?:{alternation(self.described_nouns)})")

    @functools.cached_property
    def imaging_finding_pattern(self) -> re.Pattern[str]:
        """An ``imaging_after`` word not opening a reference (正常人, 正常值: 通过血管造影正常人夹角为…)."""
        return re.compile(f"(?:{alternation(self.imaging_findings)})(?![人值])")

    @functools.cached_property
    def change_before_pattern(self) -> re.Pattern[str]:
        """A ``change_verb`` ending the text searched, maybe with ``change_filler`` words after it (了, 约, 大约, 近, 可:
        增高大约|0.52mmol/l, 血压降低|10mmHg, 降低了|20%): the number that follows is the size of the change (labs' R2)."""
        return re.compile(f"(?:{alternation(self.change_verbs)})(?:{alternation(self.change_fillers)})*[ \\t]*\\Z")

    @functools.cached_property
    def specimen_pattern(self) -> re.Pattern[str]:
        """A specimen word; a Latin one only as a word of its own (CSF, not the CSF of M-CSF)."""
        latin = [word for word in self.specimens if word.isascii()]
        guarded = rf"(?<![A-Za-z0-9-])(?:{alternation(latin)})(?![A-Za-z0-9])"
        chinese = alternation(word for word in self.specimens if not word.isascii())
        return re.compile(f"{guarded}|{chinese}" if latin else chinese)

    @functools.cached_property
    def specimen_start_pattern(self) -> re.Pattern[str]:
        """A character some specimen word starts with: where a ``specimen_pattern`` match can start. One class
        is scanned fast; the specimen pattern, a lookbehind first, is tried at every position."""
        return re.compile(f"[{''.join(sorted({re.escape(word[0]) for word in self.specimens}))}]")

    @functools.cached_property
    def specimen_prefix_pattern(self) -> re.Pattern[str]:
        """The longest specimen prefix a test's name begins with and goes on after (脑脊液|蛋白),
        or an analyte word it begins with (尿酸, 尿素|氮: ``NOT_A_SPECIMEN``)."""
        analytes = [word for word in self.specimen_prefixes if self.specimens[word] == NOT_A_SPECIMEN]
        named = rf"(?:{alternation(self.specimen_prefixes)})(?=[\s\S])"
        return re.compile(rf"(?:{alternation(analytes)})|{named}" if analytes else named)

    @functools.cached_property
    def cell_life_pattern(self) -> re.Pattern[str]:
        """After a cell subject: maybe 的, then a ``cell_life`` word (group ``what``: 的|寿命, 活力)."""
        return re.compile(rf"的?(?P<what>{alternation(self.cell_life)})")

    @functools.cached_property
    def route_pattern(self) -> re.Pattern[str]:
        return re.compile(alternation(self.routes))

    @functools.cached_property
    def route_at_end_pattern(self) -> re.Pattern[str]:
        """A route ending where the searched window ends (静滴|免疫球蛋白)."""
        return re.compile(rf"(?:{alternation(self.routes)})\Z")

    @functools.cached_property
    def longest_route(self) -> int:
        return max(map(len, self.routes), default=0)

    @functools.cached_property
    def tcm_cue_pattern(self) -> re.Pattern[str]:
        return re.compile(alternation(self.cues["tcm_cue"]))

    @functools.cached_property
    def tcm_cue_mark(self) -> str:
        """A character every ``tcm_cue`` word holds (治 of 治宜, 中医治疗宜), or "" when they share none: a text
        without it holds no cue, which ``in`` tells much faster than a scan of the cue pattern."""
        shared = set.intersection(*map(set, self.cues["tcm_cue"])) if self.cues["tcm_cue"] else set()
        return min(shared, default="")

    # The therapy rules' patterns, compiled once here rather than looked up in ``re``'s cache
    # for every therapy (each lookup first builds and hashes a pattern string of all the words).

    @functools.cached_property
    def not_use_pattern(self) -> re.Pattern[str]:
        return re.compile(alternation(self.cues["not_use"]))

    @functools.cached_property
    def relieved_pattern(self) -> re.Pattern[str]:
        return re.compile(alternation(self.cues["relieved"]))

    @functools.cached_property
    def example_after_pattern(self) -> re.Pattern[str]:
        """Right after a class of drugs, maybe after its abbreviation, an ``example_lead`` word (如, 例如; in the file's
        order) opening its examples (非甾体抗炎药(NSAIDs)如依托考昔120mg); not 如果, 如需 … (if)."""
        leads = alternation_in_order(self.cues["example_lead"])
        return re.compile(rf"(?:[ \t]*\([^()]{{0,20}}\))?[ \t]*(?P<marker>{leads})(?![果需有出病不能无前上下此同])")

    @functools.cached_property
    def finding_after_pattern(self) -> re.Pattern[str]:
        """After a drug or procedure, (术)后 and maybe a ``finding_after_gap`` word (的, 早期; in the file's order)
        before a finding that follows it (放疗后淋巴水肿, 手术后早期粘连性肠梗阻)."""
        gaps = alternation_in_order(self.cues["finding_after_gap"])
        return re.compile(rf"(?:术)?后(?:{gaps})?")

    @functools.cached_property
    def negated_outcome_pattern(self) -> re.Pattern[str]:
        """An ``outcome_negation`` word before an outcome word in its clause (不能使IHA治愈, 未能缓解), not inside a
        condition closed by 时 (不易鉴别时亦有效); ``causative``: 使/令/让 right after it."""
        return re.compile(
            rf"(?:{alternation(self.cues['outcome_negation'])})(?P<causative>使|令|让)?(?P<gap>(?:(?!时)[^,，;；。]){{0,8}})\Z")

    def is_condition(self, norm: str, clause_start: int, test_start: int) -> bool:
        """Whether a ``threshold_before`` word (当, 若, 如果, 一旦) comes earlier in the test's clause."""
        return self._threshold_patterns[1].search(norm, clause_start, test_start) is not None

    def is_threshold(self, norm: str, clause_start: int, test_start: int, value_end: int) -> bool:
        """Whether a value read for a test is a threshold, a target or a condition, not a finding:
        a ``threshold_after`` word right after it (体温<31℃时, 心率超过160次/分者) or a
        ``threshold_before`` word earlier in its clause (若…, 维持动脉血氧分压在…)."""
        after, before = self._threshold_patterns
        return bool(after.match(norm, value_end) or before.search(norm, clause_start, test_start))

    @functools.cached_property
    def _threshold_patterns(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        return (
            re.compile(rf"[ \t]*(?:以上|以下)?[ \t]*(?:{alternation(self.thresholds_after)})"),
            re.compile(alternation(self.thresholds_before)),
        )

    @functools.cached_property
    def named_cause_pattern(self) -> re.Pattern[str]:
        """A ``named_cause`` word: after a drug or procedure in a record's name, it names the
        record after what the drug or procedure causes (氨茶碱|中毒, 胆囊切除术|后综合征)."""
        return re.compile(alternation(self.cues["named_cause"]) if self.cues["named_cause"] else "(?!)")

    def categories_named_by(self, disease: str) -> frozenset[str]:
        """The therapy categories whose effect the record's name ``disease`` names (a
        ``record_name`` row of therapy_categories.tsv: 放射性 → radiotherapy in 放射性肺炎):
        there every statement of such a therapy is of the cause, none a treatment."""
        return frozenset(category for pattern, category in self._record_name_categories if pattern in disease)

    @functools.cached_property
    def _record_name_categories(self) -> tuple[tuple[str, str], ...]:
        return tuple((pattern, category) for (match, pattern), category in self.categories.items() if match == "record_name")

    def names_the_cause(self, disease: str, therapy: str) -> bool:
        """Whether the record's name ``disease`` holds ``therapy`` followed by a ``named_cause``
        word: every statement of it in the record is of the cause, no treatment. The name is also
        read without a 类 between characters and a 物 before 性 (非甾体类抗炎药物性肾病 names
        非甾体抗炎药 as its cause); never when the name is the therapy itself (肾移植)."""
        if len(therapy) < 2:
            return False
        for name in dict.fromkeys((disease, _NAME_FILLER.sub("", disease))):
            at = name.find(therapy)
            if at >= 0 and name != therapy and self.named_cause_pattern.match(name, at + len(therapy)):
                return True
        return False

    def guards_an_operation(self, disease: str, kind: str, canonical: str) -> bool:
        """Whether a generic operation (``generic_operation``: 手术) in a section of ``kind`` is the
        operation the record's name ``disease`` says brings it about (an ``operation_name`` word:
        切口疝, 医源性胆管损伤): in prevention and nursing text it is the operation guarded, no
        treatment (切口疝: 择期手术须待上述情况得到纠正; therapies review of medical_5)."""
        return (kind in _GUARDING_KINDS and canonical in self.cues["generic_operation"]
                and any(word in disease for word in self.cues["operation_name"]))

    def drugs_cause(self, disease: str) -> bool:
        """Whether the record's name ``disease`` says drugs cause it (a ``drug_cause_name`` word:
        药物性胃病, 药疹): a drug named outside its treating sections is then an exposure."""
        return any(word in disease for word in self.cues["drug_cause_name"])

    @functools.cached_property
    def treating_pattern(self) -> re.Pattern[str]:
        """A ``treating`` word: a drug or procedure the record's causes name is still advice with one."""
        return re.compile(alternation(self.cues["treating"]))

    @functools.cached_property
    def _exposure_treating_pattern(self) -> re.Pattern[str]:
        """A ``not_treating`` word (group ``not``, tried first at each position) or a ``treating`` word."""
        return re.compile(rf"(?P<not>{alternation(self.cues['not_treating'])})|{alternation(self.cues['treating'])}")

    def advises_the_exposure(self, norm: str, start: int, end: int, drug_end: int) -> bool:
        """Whether a ``treating`` word in ``norm[start:end]`` makes the drug ending at ``drug_end`` advice in
        a record named after drugs as its cause (``drug_cause_name``), where its use is the exposure: not the
        treating word right after the drug (环孢素治疗患者…) nor one inside a ``not_treating`` word (the 应 of
        长期应用环孢素). Only there: elsewhere a use with its effect (应用胰岛素…死亡率下降) reads like a cause."""
        return any(found.lastgroup is None and found.start() != drug_end
                   for found in self._exposure_treating_pattern.finditer(norm, start, end))

    @functools.cached_property
    def treatment_word_pattern(self) -> re.Pattern[str]:
        """A use cue (``clause_use`` too), route or outcome word: one in a drug's clause makes the drug a
        treatment."""
        # 敏感 only in its frame (胰岛素敏感性下降: no treatment), 预后较好 only right after the therapy
        framed = {*self.cues["framed_outcome"], *self.cues["bare_outcome"]}
        outcomes = (word for word, outcome in self.outcomes.items() if outcome != "-" and word not in framed)
        return re.compile(alternation((*self.cues["use"], *self.cues["clause_use"], *self.routes, *outcomes)))

    @functools.cached_property
    def dosed_number_pattern(self) -> re.Pattern[str]:
        """A number with a dose unit (0.4g): one in a drug's clause makes the drug a treatment."""
        return re.compile(rf"{NUMBER}\s*(?:{self.dose_unit_pattern})")

    @functools.cached_property
    def dose_pattern(self) -> re.Pattern[str]:
        """``number [unit] [~ number] unit`` (0.4g, 0.5~1.0g, 0.5g~1.0g; 0.2或0.3g as 0.2~0.3g, but
        not 5mg或10mg: two strengths). The low unit may be a bare multiplier the unit opens with
        (80万~200万U/d: 80–200 万U/d; ``low_unit`` is then 万: a ``multiplier`` of ``dose_units.tsv``)."""
        units = self.dose_unit_pattern
        return re.compile(
            rf"(?P<low>{NUMBER})(?:(?:[ \t]*(?P<low_unit>{units}|{alternation(self.dose_multipliers)})?[ \t]*(?:[~-]|至|到)|[ \t]*或)[ \t]*(?P<high>{NUMBER}))?"
            rf"[ \t]*(?P<unit>{units})"
        )

    @functools.cached_property
    def per_day_pattern(self) -> re.Pattern[str]:
        """A ``per_day`` cue ending the searched window, right before a dose (每日剂量为|30mg), maybe
        with a route between (每天口服|0.3~1.2g)."""
        return re.compile(
            rf"(?<![隔第前后])(?:{alternation(self.cues['per_day'])})(?:剂?量)?(?:为|是)?[ \t]*"
            rf"(?:(?:{alternation(self.routes)})[ \t]*)?$"
        )

    @functools.cached_property
    def each_pattern(self) -> re.Pattern[str]:
        """Right after the last of enumerated therapies, an ``each`` cue: the dose after it is
        every one's (倍他米松或地塞米松|各为24mg, A和B的剂量均为…)."""
        return re.compile(rf"[ \t]*的?(?:剂量|用量)?(?:{alternation(self.cues['each'])})")

    @functools.cached_property
    def listed_route_pattern(self) -> re.Pattern[str]:
        """A ``listed_route`` word (水煎服, 代茶饮): said once after a list of herbs and their doses."""
        return re.compile(alternation(self.cues["listed_route"]))

    @functools.cached_property
    def decoction_pattern(self) -> re.Pattern[str]:
        """A ``decoction`` word (水煎, 煎服): boiled herbs, so the drugs of the sentence are TCM."""
        return re.compile(alternation(self.cues["decoction"]))

    @functools.cached_property
    def tcm_lead_pattern(self) -> re.Pattern[str]:
        """A ``tcm_lead`` word, at most 6 characters of its clause, then a ``tcm_lead_end`` word: the
        drugs after it are TCM (中药降温可用|柴胡注射液, 服中药：|丹参30克)."""
        lead, end = alternation(self.cues["tcm_lead"]), alternation(self.cues["tcm_lead_end"])
        return re.compile(rf"(?:{lead})[^{CLAUSE_MARKS}]{{0,6}}?(?:{end})" if lead and end else r"(?!)")

    @functools.cached_property
    def list_item_gap(self) -> re.Pattern[str]:
        """Between two items of a list of drugs with their doses: a dose (maybe after 各) and a
        separator (柴胡|6克、|当归, 麦冬|各30克，|制附子)."""
        return re.compile(rf"[ \t]*(?:各[ \t]*)?(?:{self.dose_pattern.pattern})?[ \t]*[、,，][ \t]*")

    @functools.cached_property
    def combined_pattern(self) -> re.Pattern[str]:
        """All that stands between two therapies given together (泼尼松|联合|环磷酰胺, 手术|配合|化疗):
        a ``combined`` cue, maybe with 应用 or 使用 after it."""
        return re.compile(rf"[ \t]*(?:{alternation(self.cues['combined'])})(?:应用|使用)?[ \t]*")

    @functools.cached_property
    def per_kg_pattern(self) -> re.Pattern[str]:
        """Before a daily dose, a dose per kilogram of body weight (每公斤体重每日10mg)."""
        return re.compile(r"每(?:公斤|千克|kg)")

    @functools.cached_property
    def route_before_pattern(self) -> re.Pattern[str]:
        """A route ending the searched window, maybe with a ``use`` word, a strength or a dose after
        it (静脉滴注10%|葡萄糖, 经鼻胃管给予|甲硝唑, 若口服4mg/d|叶酸: therapies re-review of medical_12)."""
        return re.compile(
            rf"(?P<route>{alternation(self.routes)})[ \t]*(?:{alternation(self.cues['use'])})?[ \t]*"
            rf"(?:(?:{NUMBER}[ \t]*%?[ \t]*[~～-][ \t]*)?{NUMBER}[ \t]*%"  # 涂以1%～2%|龙胆紫溶液 (review of medical_4)
            rf"|{NUMBER}(?:[ \t]*[~～-][ \t]*{NUMBER})?[ \t]*(?:{alternation(self.dose_units)}))?[ \t]*$"
        )

    @functools.cached_property
    def route_over_an_item_pattern(self) -> re.Pattern[str]:
        """A route before the first item of an 或-list, ending the searched window at the next item: it is
        shared (口唇上可涂以百多邦或|红霉素眼膏: 外用 for 红霉素 too, 百多邦 being no mention; therapies review of
        medical_4, 2026-12-05). The item is short and holds no clause mark nor another route."""
        routes = alternation(self.routes)
        return re.compile(
            rf"(?P<route>{routes})[ \t]*(?:(?!{routes})[^{CLAUSE_MARKS}或和及、]){{1,8}}或[ \t]*$"
        )

    @functools.cached_property
    def eye_drop_before_pattern(self) -> re.Pattern[str]:
        """An ``eye_drop_before`` word right before a drug named for the eye (勤滴|眼药水, 点|眼膏): 滴眼."""
        return re.compile(rf"(?:{alternation(self.cues['eye_drop_before'])})[ \t]*$")  # none listed: (?!) never matches

    def taken_by_mouth_at(self, norm: str, start: int) -> int | None:
        """Where a bare ``takes`` word right before the drug at ``start`` starts (服|抗酸药, 常服|玉屏风散),
        or None; not the end of a ``not_takes`` word (含服|硝酸甘油 has a route of its own)."""
        window = max(0, start - 8)
        before = norm[window:start].rstrip(" \t")
        found = self._takes_pattern.search(before)
        return None if found is None or self._not_takes_pattern.search(before) else window + found.start()

    @functools.cached_property
    def _takes_pattern(self) -> re.Pattern[str]:
        return re.compile(rf"(?:{alternation(self.cues['takes'])})\Z" if self.cues["takes"] else r"(?!)")

    @functools.cached_property
    def _not_takes_pattern(self) -> re.Pattern[str]:
        return re.compile(rf"(?:{alternation(self.cues['not_takes'])})\Z" if self.cues["not_takes"] else r"(?!)")

    def continues_instructions(self, norm: str, pos: int) -> bool:
        """Whether the clause opening at ``pos`` goes on with a therapy's instructions: after blanks, a number, a
        ``continues`` or ``sessions`` cue, a route, or a schedule (日三次, bid, 分3～4次). Each is tried wherever the
        blanks may end, as one pattern of them all would, with the schedule patterns as compiled for themselves (one
        pattern holding copies of them cost more to compile than all the clauses a run reads)."""
        blanks_end = _BLANKS.match(norm, pos).end()
        return any(
            norm[at:at + 1] in _ASCII_DIGITS or self._continuing_words.match(norm, at) is not None
            or self.schedule_pattern.match(norm, at) is not None or self.divided_pattern.match(norm, at) is not None
            for at in range(blanks_end, pos - 1, -1)
        )

    @functools.cached_property
    def _continuing_words(self) -> re.Pattern[str]:
        return re.compile(alternation((*self.cues["continues"], *self.cues["sessions"], *self.routes)))

    @functools.cached_property
    def delay_pattern(self) -> re.Pattern[str]:
        """Right after a time quantity, a delay word and then the giving itself (a route or a
        ``use`` cue): the time is when it is given, not for how long (2h后口服). Followed by
        anything else the time is still the duration (静滴抗生素3~5天后体温下降)."""
        giving = alternation((*self.routes, *self.cues["use"]))
        return re.compile(rf"[ \t]*(?:{alternation(self.cues['delay'])})[ \t]*(?:再|即)?(?:{giving})")

    @functools.cached_property
    def time_point_pattern(self) -> re.Pattern[str]:
        """Ending right before a time quantity, a delay word (手术后|3天, 术前|3天) or an ``at``
        word (于|1天后, 第|3天, 随访|3年): the time is when something happens or how long patients
        were followed, not how long a therapy is given."""
        return re.compile(rf"(?:{alternation((*self.cues['delay'], *self.cues['at']))})[ \t]*\Z")

    @functools.cached_property
    def period_pattern(self) -> re.Pattern[str]:
        """Right after a time quantity, a ``period_of`` word (5年|生存率, 3年|随访): the period of a
        rate or a follow-up, not how long a therapy is given."""
        return re.compile(rf"[ \t]*(?:{alternation(self.cues['period_of'])})")

    @functools.cached_property
    def _nutrient_patterns(self) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
        cue = {role: alternation(self.cues[role]) for role in ("food", "content", "rich", "not_food", "deficiency")}
        return (
            re.compile(rf"的?(?:{cue['deficiency']})"),  # 维生素B1的缺乏
            re.compile(rf"(?:{cue['rich']})"),
            re.compile(rf"(?:{cue['content']})(?=[^{CLAUSE_MARKS}]{{0,12}}\Z)"),
            re.compile(rf"(?P<between>[^{CLAUSE_MARKS}]{{0,14}}?)(?:{cue['food']})"),
            re.compile(cue["not_food"]),
        )

    @functools.cached_property
    def _causes_pattern(self) -> re.Pattern[str]:
        # also a verb of causing (``causes_next``) with its modal (``causes_next_modal``) opening the next clause
        # (长期大量使用外源性皮质激素,可导致肾上腺皮质萎缩: therapies review of medical_12, 2026-12-04); not any causes
        # word there (立即静注阿托品,中毒症状可迅速缓解; 首选腹腔镜手术,损伤小: code review); in the file's order
        modals, verbs = (alternation_in_order(self.cues[role]) for role in ("causes_next_modal", "causes_next"))
        return re.compile(
            rf"(?:[^{CLAUSE_MARKS}]{{0,12}}?(?P<verb>{alternation(self.cues['causes'])})"
            rf"|[^{CLAUSE_MARKS}]{{0,12}}?[,，][ \t]*(?:{modals})(?P<next_verb>{verbs}))"
        )

    def causes_something(self, norm: str, end: int) -> bool:
        """Whether a ``causes`` verb follows the drug or procedure ending at ``end`` in its
        clause or opens the next one, with no ``use`` nor ``prevents`` word between, or one right before the verb: it
        is a cause or an adverse effect, no treatment (手术操作不当造成感染, 长期服用激素可引起骨质
        疏松, 长期糖皮质激素和NSAID治疗引起…; not 中药能减少激素引起的…, 用泼尼松治疗药物引起的皮疹).
        A bracketed English name or abbreviation between is read past (``_aliases_skipped``)."""
        norm = _aliases_skipped(norm, end)
        if self._use_causes_pattern.match(norm, end):
            return True  # 大剂量糖皮质激素|的使用及小剂量环孢霉素A的应用可促进
        found = self._causes_pattern.match(norm, end)
        if found is None:
            return False
        verb = found.start("verb") if found.group("verb") is not None else found.start("next_verb")
        if self._not_causes_pattern.search(norm, end, found.end() + self._longest_not_causes):
            # 手术并发症多, 硫糖铝组肺炎的发生率: masked, then looked for again
            window = self._not_causes_pattern.sub(
                lambda m: " " * len(m.group()), norm[end : found.end() + self._longest_not_causes]
            )
            if (found := self._causes_pattern.match(window)) is None:
                return False
            verb = end + (found.start("verb") if found.group("verb") is not None else found.start("next_verb"))
        giving = None
        for giving in self._giving_or_preventing.finditer(norm, end, verb):
            pass
        # …激素和NSAID治疗|引起, 泼尼松治疗后|可导致: the treatment itself causes it
        return giving is None or _TREATMENT_CAUSES_GAP.fullmatch(norm, giving.end(), verb) is not None

    def causes_after_a_list(self, norm: str, end: int, given: Mapping[int, int]) -> bool:
        """Whether the drug or procedure ending at ``end`` opens a list of drugs and procedures (``given``: where
        each starts, its longest end; joined by commas, 、, 及, 和, 或, 与, each maybe with a bracket after it: 夫西地酸|(梭链孢酸))
        that a causes verb follows (``causes_something`` from the list's end): the list names causes, no
        treatment (不恰当地使用镇静药，镇咳药及氧疗将可能诱发…: therapies causes review 2026-12-06). Only drugs and
        procedures are items: a finding after the comma is what a treatment treats (首选青霉素，链球菌感染引起的…),
        and so may be what a verb with 的 after it names (用烷化剂，秋水仙碱对家族性地中海热引起的AA淀粉样变有…作用)."""
        pos, items = after_aside(norm, end), 0
        while (joiner := _LIST_JOINER.match(norm, pos)) is not None:
            if (item_end := given.get(joiner.end())) is None:
                break
            pos, items = after_aside(norm, item_end), items + 1
        if not items or not self.causes_something(norm, pos):
            return False
        read = _aliases_skipped(norm, pos)
        found = self._causes_pattern.match(read, pos)
        return found is None or not read.startswith("的", found.end())

    @functools.cached_property
    def _harm_made_pattern(self) -> re.Pattern[str]:
        # in the drug's clause a modal (the modals of ``_causes_pattern``, 常, or 而), 使 or both (not 使用); or
        # 使, maybe after a modal, opening one of the next three short clauses (``skipped``: the rest of a list,
        # 服用苯巴比妥，苯妥英钠或利眠宁等药物，则使症状加重; a bare modal there is mostly another subject's:
        # 未进行有效的化疗，则病情将…恶化);
        # then the rest of that clause up to a harm_made word; the words are cues (``harm_modal``, in the file's
        # order), the frame is structure
        modal = alternation_in_order(self.cues["harm_modal"])
        return re.compile(
            rf"(?:[^{CLAUSE_MARKS}]{{0,12}}?(?:(?:{modal})(?:使(?!用))?|使(?!用))"
            rf"|(?P<skipped>(?:[^{CLAUSE_MARKS}]{{0,12}}?[,，][ \t]*){{1,3}})(?:{modal})?使(?!用))"
            rf"(?P<effect>[^{CLAUSE_MARKS}]{{0,24}}?)(?:{alternation(self.cues['harm_made'])})"
        )

    def makes_a_harm(self, norm: str, end: int) -> bool:
        """Whether the drug or procedure ending at ``end`` is followed by a modal or 使 whose effect a
        ``harm_made`` word names a harm (服用缓泻剂后可使腹泻加重, 补液等均可加重…负担, 雄激素类药物，亦可使女胎发生男性化;
        使 may open one of the next three short clauses, the rest of a list), with no ``not_harm_made`` word
        between (可使病情不再加重) and no ``not_harm_skipped`` word in the clauses skipped (必须卧床休息，否则会加重
        心脏负担，使病情加重: what not giving it brings): named as a risk, no treatment. 可使 reads both ways,
        so only the harm tells (可使症状缓解 stays a treatment: therapies risk review 2026-12-06)."""
        found = self._harm_made_pattern.match(_aliases_skipped(norm, end), end)
        if found is None or any(word in found.group("effect") for word in self.cues["not_harm_made"]):
            return False
        return not any(word in (found.group("skipped") or "") for word in self.cues["not_harm_skipped"])

    @functools.cached_property
    def _list_causes_pattern(self) -> re.Pattern[str]:
        # 等, maybe 均/都 and a modal, then the cue: structure around the list_causes words
        # ((腹膜透析，肾切除术，肾移植)等均易招致: therapies review of medical_4, 2026-12-05)
        return re.compile(rf"等(?:均|都)?(?:可能|容易|易|可)?(?:{alternation(self.cues['list_causes'])})")

    def closes_a_list_of_causes(
        self, norm: str, end: int, mentions: AbstractSet[tuple[int, int]] = frozenset()
    ) -> bool:
        """Whether the drug or procedure ending at ``end`` is an item of a list closed in its sentence by
        等 and a ``list_causes`` word: the list names causes, no treatment (抗生素，皮质激素及化疗，放疗等诱发因素;
        (腹膜透析，肾切除术，肾移植)等均易招致). Only list items between: nothing but ``mentions`` (the spans of
        the drug, procedure, body and finding mentions) and list separators (``_LIST_ITEM_SPLIT``), each item at
        most 12 characters, with no ``use`` or ``combined`` word and no 后 or 时 (not 化疗后白细胞减少等引起: a
        time, not an item; not 静脉滴注青霉素，控制肺炎等所致的发热: 控制 is no mention, so a clause, not an item:
        code review 2026-12-05)."""
        stop = _SENTENCE_STOP.search(norm, end)
        found = self._list_causes_pattern.search(norm, end, stop.start() if stop else len(norm))
        if found is None:
            return False
        gap = norm[end : found.start()]
        if any(len(item) > _LIST_ITEM_LIMIT for item in _LIST_ITEM_SPLIT.split(gap)) or "后" in gap or "时" in gap:
            return False
        if not _only_mentions_between(norm, end, found.start(), mentions):
            return False
        return self._gap_use_pattern.search(gap) is None

    @functools.cached_property
    def _gap_use_pattern(self) -> re.Pattern[str]:
        return re.compile(alternation((*self.cues["use"], *self.cues["combined"])))

    @functools.cached_property
    def _use_causes_pattern(self) -> re.Pattern[str]:
        """The use of the drug, maybe with the rest of a short list and a ``use_manner`` word (的长期应用), as the
        subject of a ``use_causes`` verb in its clause or, after a ``causes_next_modal`` word, opening the next
        (糖皮质激素|的使用及小剂量环孢霉素A的应用可促进, 皮质类固醇|和青霉胺的使用可导致: therapies review of medical_2;
        抗生素|的应用，可引起: therapies causes review 2026-12-06); the verbs are cues, the frame is structure."""
        verbs = alternation(self.cues["use_causes"])
        modals = alternation_in_order(self.cues["causes_next_modal"])
        return re.compile(
            rf"(?:[和及、][^{CLAUSE_MARKS}和及、]{{1,8}}?)?的(?:{alternation(self.cues['use_manner'])})?(?:使用|应用)"
            rf"(?:[^{CLAUSE_MARKS}]{{0,14}}?(?:可|能|常|均)?|[,，][ \t]*(?:{modals}))(?:{verbs})"
        )

    @functools.cached_property
    def _not_causes_pattern(self) -> re.Pattern[str]:
        return re.compile(alternation(self.cues["not_causes"]))

    @functools.cached_property
    def _longest_not_causes(self) -> int:
        return max(map(len, self.cues["not_causes"]), default=0)

    @functools.cached_property
    def _history_patterns(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        before = alternation(self.cues["history_before"])
        after = alternation(self.cues["history_after"])
        return (
            re.compile(rf"(?:{before})[^{CLAUSE_MARKS}]{{0,6}}\Z" if before else "(?!)"),
            re.compile(rf"[^{CLAUSE_MARKS}]{{0,3}}?(?:{after})" if after else "(?!)"),
        )

    def is_history(self, norm: str, start: int, end: int) -> bool:
        """Whether the drug or procedure at ``start:end`` is part of the patient's history, not a
        treatment: a ``history_before`` word shortly before it in its clause (既往有腹部手术,
        有无手术) or a ``history_after`` word right after it (手术史, 应用广谱抗生素史)."""
        before, after = self._history_patterns
        return before.search(norm, max(0, start - 12), start) is not None or after.match(norm, end) is not None

    @functools.cached_property
    def _diluent_patterns(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """Before a ``diluent`` (葡萄糖, 氯化钠): a ``dilutes`` word, maybe with a strength or a volume
        between (加入|10%|葡萄糖, 加入|20ml|葡萄糖); after it: maybe 液, 溶液, 注射液, then a volume or
        中/内 (葡萄糖|250ml, 葡萄糖|液内, 葡萄糖氯化钠|中)."""
        volume = alternation(unit for unit, (_, kind) in self.dose_units.items() if kind == "volume")
        amount = rf"{NUMBER}[ \t]*(?:%|{volume})(?![A-Za-z])"
        return (
            # not the 加 of 追加, 增加, 再加, 附加 (more glucose given: a treatment; code review)
            re.compile(rf"(?<![增追附再外添])(?:{alternation(self.cues['dilutes'])})[ \t]*(?:{amount}[ \t]*){{0,2}}\Z"),
            re.compile(rf"(?:注射液|溶液|液)?[ \t]*(?:{amount}|中|内)"),
        )

    def is_diluent(self, norm: str, entity: Entity) -> bool:
        """Whether the drug at ``entity`` is the fluid another drug is put in, no treatment of its own
        (垂体后叶素加入10%葡萄糖40ml缓慢静脉推注, 头孢氨苄1.0加0.9%氯化钠20ml气管内灌注): a ``diluent``
        right after a ``dilutes`` word and followed by a volume or 中/内. Glucose given for itself
        (静脉输注25%葡萄糖, 补充5%葡萄糖溶液) has no dilutes word before it."""
        if entity.text not in self.cues["diluent"] and entity.canonical not in self.cues["diluent"]:
            return False
        before, after = self._diluent_patterns
        return before.search(norm, max(0, entity.start - 24), entity.start) is not None and after.match(norm, entity.end) is not None

    @functools.cached_property
    def radiation_lead_pattern(self) -> re.Pattern[str]:
        """A clause opening with a ``radiation_lead`` (|总量20Gy): its Gy amount is the radiotherapy's."""
        return re.compile(rf"[ \t]*(?:{alternation(self.cues['radiation_lead'])})")

    @functools.cached_property
    def _dose_limit_pattern(self) -> re.Pattern[str]:
        return re.compile(alternation(self.cues["dose_limit"]))

    def is_a_limit(self, norm: str, clause: int, start: int, end: int) -> bool:
        """Whether the amount at ``start``–``end`` is a limit, no dose: a comparator of quantity_cues.tsv
        right before or after it (超过|45Gy, 1Gy|以上) or a ``dose_limit`` word before it in its clause
        (阈值在|25Gy)."""
        before, after = self._comparator_patterns
        if before.search(norm[clause:start].rstrip(" \t")):
            return True
        if after.match(norm[end : end + 4].lstrip(" \t")):
            return True
        return self._dose_limit_pattern.search(norm, clause, start) is not None

    @functools.cached_property
    def _comparator_patterns(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """The comparator words of quantity_cues.tsv, built once: the ``before`` ones ending a text,
        the ``after`` ones opening it (超过|45Gy, 1Gy|以上)."""
        resources = load_quantity_resources()
        before = alternation(word for word, (comparator, _) in resources.before.items() if comparator)
        after = alternation(word for word, (comparator, _) in resources.after.items() if comparator)
        return re.compile(rf"(?:{before})\Z"), re.compile(after)

    def is_vehicle(self, norm: str, entity: Entity, glued_to: Entity | None) -> bool:
        """Whether the drug at ``entity`` is a ``vehicle`` (盐水) another drug is given in: written right
        after that drug's mention ``glued_to`` (去甲肾上腺素盐水含漱), unless a ``not_vehicle_after`` one
        (葡萄糖盐水: a fluid given for itself), or closing a ``holds`` …的 phrase in its clause
        (含新霉素100mg/L和多粘菌素B100mg/L的生理盐水冲洗; therapies review of medical_8, R7)."""
        vehicles = self.cues["vehicle"]
        if entity.text not in vehicles and entity.canonical not in vehicles:
            return False
        if glued_to is not None:
            fluids = self.cues["not_vehicle_after"]
            return glued_to.text not in fluids and glued_to.canonical not in fluids
        return self._holding_pattern.search(norm, clause_start(norm, entity.start), entity.start) is not None

    @functools.cached_property
    def _holding_pattern(self) -> re.Pattern[str]:
        """A ``holds`` word not opening a ``not_holds`` one (the routes 含漱, 含服, 含化), then its clause up to a 的
        right before the vehicle: 含|新霉素100mg/L和多粘菌素B100mg/L|的|生理盐水."""
        return re.compile(
            rf"(?!{alternation(self.cues['not_holds'])})(?:{alternation(self.cues['holds'])})[^{CLAUSE_MARKS}]{{1,40}}的[ \t]*$")

    @functools.cached_property
    def _given_patterns(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """Before a given substance: a ``use`` word, maybe with a strength (给予|雌二醇, 补充20%|白蛋白);
        after it, besides a dose (``dose_pattern``): a route or a ``use_after`` word (丙种球蛋白|肌注, 雌激素|替代治疗)."""
        return (
            re.compile(rf"(?:{alternation(self.cues['use'])})[ \t]*(?:{NUMBER}[ \t]*%)?[ \t]*\Z"),
            re.compile(alternation((*self.routes, *self.cues["use_after"]))),
        )

    def _given_after(self, norm: str, pos: int) -> bool:
        """Whether a dose, a route or a ``use_after`` word follows ``pos`` after blanks (雌二醇|2mg, 丙种球蛋白|肌注), tried
        wherever the blanks may end as one pattern of them would, with ``dose_pattern`` as compiled for itself."""
        words = self._given_patterns[1]
        return any(self.dose_pattern.match(norm, at) is not None or words.match(norm, at) is not None
                   for at in range(_BLANKS.match(norm, pos).end(), pos - 1, -1))

    def may_be_given(self, entity: Entity) -> bool:
        """Whether a test mention names a substance also given as a drug (``given_test``: 雌二醇,
        免疫球蛋白, 生长激素): the lexicon calls it a test, as it is measured far more often."""
        return entity.text in self.cues["given_test"] or entity.canonical in self.cues["given_test"]

    def is_given(self, norm: str, entity: Entity) -> bool:
        """Whether the test mention at ``entity`` is a substance given here, not measured: one
        ``may_be_given`` with a ``use`` word right before it (给予雌二醇, a ``not_use`` word masked:
        滥用) or a dose or route right after it (雌二醇2mg, 丙种球蛋白肌注). 血清雌二醇降低 stays a test."""
        if not self.may_be_given(entity):
            return False
        if self._given_after(norm, entity.end):
            return True
        before = self._given_patterns[0]
        window_start = max(0, entity.start - 8)
        window = self.not_use_pattern.sub(lambda m: " " * len(m.group()), norm[window_start : entity.start])
        return before.search(window) is not None

    def is_researched(self, norm: str, entity: Entity) -> bool:
        """Whether ``entity`` is a ``research_subject`` drug (a vaccine) with a ``research`` word in its
        clause: one only being made or studied, no treatment (研制疫苗：目前有致力于有效的AIDS疫苗的研究;
        therapies review of medical_9, R8). Not a research word right before a ``research_evidence`` word:
        the research found the vaccine works (经临床研究证实接种乙肝疫苗可有效预防本病; code review of s10, D9)."""
        if not any(word in entity.text for word in self.cues["research_subject"]):
            return False
        found = self._research_pattern.finditer(norm, clause_start(norm, entity.start), clause_end(norm, entity.end))
        return any(not m.group("evidence") for m in found)

    @functools.cached_property
    def _research_pattern(self) -> re.Pattern[str]:
        evidence = alternation(self.cues["research_evidence"])
        return re.compile(rf"(?:{alternation(self.cues['research'])})[ \t]*(?P<evidence>{evidence})?")

    def names_a_subtype(self, norm: str, end: int) -> bool:
        """Whether a ``subtype_after`` word follows the drug ending at ``end``: the drug names a subtype
        of a disease (维拉帕米敏感性室速, 激素抵抗型哮喘), no treatment (therapies review of medical_9, R1)."""
        return norm.startswith(tuple(self.cues["subtype_after"]), end)

    @functools.cached_property
    def use_after_words(self) -> frozenset[str]:
        """The ``use_after`` words (替代治疗): a procedure mention of one right after a drug is no row of its own."""
        return frozenset(self.cues["use_after"])

    @functools.cached_property
    def dose_clause_pattern(self) -> re.Pattern[str]:
        """A clause opening with a ``dose_clause`` word and a dose (剂量为0.05mg/次): the ``dose`` group."""
        lead = alternation(self.cues["dose_clause"])
        return re.compile(rf"[ \t]*(?:{lead})[ \t]*(?P<dose>{self.dose_pattern.pattern})")

    def outcome_walled(self, norm: str, start: int, end: int) -> bool:
        """Whether between a therapy (its instructions end at ``start``) and an outcome word at ``end`` its
        clause closes with an ``except_end`` word (除…外，) or a clause opens with a ``report_lead`` word
        (据报道): the outcome is another subject's (除针对病原体应用抗微生物药物外，据报道Smzco对预防本病感染
        的发生有一定效果: not 抗微生物药物's; code review of s10, D10). Nor when a clause opens with an
        ``until_lead`` word or an ``outcome_wall`` word comes between: the therapy waits for the outcome or keeps
        it off (卧床休息，待心功能好转; 卧床休息，否则会加重)."""
        return self._outcome_wall_pattern.search(norm, start, end) is not None

    @functools.cached_property
    def _outcome_wall_pattern(self) -> re.Pattern[str]:
        # a clause break is one of therapies' _CLAUSE_BREAKS (normalized ，；：)
        return re.compile(rf"(?:{alternation(self.cues['except_end'])})[ \t]*[,;:]"
                          rf"|[,;:][ \t]*(?:{alternation((*self.cues['report_lead'], *self.cues['until_lead']))})"
                          rf"|{alternation(self.cues['outcome_wall'])}")

    def patient_group_in(self, norm: str, start: int, end: int) -> re.Match[str] | None:
        """The first ``patient_group`` word in ``norm[start:end]`` after at least one character (the words
        it closes: 无法耐受其他治疗|者), not inside a ``not_patient_group`` word (或者)."""
        for found in self._patient_group_pattern.finditer(norm, start, end):
            if found.group("group") and found.start() > start:
                return found
        return None

    @functools.cached_property
    def _patient_group_pattern(self) -> re.Pattern[str]:
        return re.compile(rf"{alternation(self.cues['not_patient_group'])}|(?P<group>{alternation(self.cues['patient_group'])})")

    # (an empty role's alternation is (?!), which never matches)
    def lacks_its_use_word(self, norm: str, entity: Entity) -> bool:
        """Whether ``entity`` is a ``needs_use_before`` procedure (剖宫产) with no ``use_before`` word
        at most ``_USE_BEFORE_GAP`` characters before it in its clause, or a ``not_use_after`` word right
        after it: alone it is a risk or an indication (严格掌握剖宫产指征, 孕期…或剖宫产等), no
        treatment; 应立即行剖宫产术, 可做选择性剖宫产手术 are (therapies review of medical_8, R8)."""
        needs = self.cues["needs_use_before"]
        if entity.text not in needs and entity.canonical not in needs:
            return False
        before, not_after = self._use_before_patterns
        return not_after.match(norm, entity.end) is not None or before.search(
            norm, clause_start(norm, entity.start), entity.start) is None

    @functools.cached_property
    def _use_before_patterns(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        return (
            re.compile(rf"(?:{alternation(self.cues['use_before'])})[^{CLAUSE_MARKS}]{{0,{_USE_BEFORE_GAP}}}$"),
            re.compile(alternation(self.cues["not_use_after"])),
        )

    @functools.cached_property
    def _cause_before_pattern(self) -> re.Pattern[str]:
        # the examples after ，如 are named as causes too (继发于药物治疗，如|皮质类固醇和青霉胺的使用: therapies
        # review of medical_2); not 如果, 如若, 如同, 如有 (code review)
        return re.compile(
            rf"(?:{alternation(self.cues['cause_before'])})[^{CLAUSE_MARKS}]{{0,15}}"
            rf"(?P<examples>[,，][ \t]*如(?![果若同有])[^{CLAUSE_MARKS}]{{0,15}})?"
            # the later items of a comma list that stretch opens (医源性传染如角膜移植，|骨髓移植: therapies review of
            # medical_6); is_cause_by_what_precedes checks that they are items
            rf"(?P<listed>(?:[,，][^{CLAUSE_MARKS}]{{1,10}}){{0,3}}[,，][^{CLAUSE_MARKS}]{{0,8}})?\Z"
        )

    @functools.cached_property
    def _avoid_pattern(self) -> re.Pattern[str]:
        return re.compile(rf"(?:{alternation(self.cues['avoid'])})[^{CLAUSE_MARKS}]{{0,6}}\Z")

    @functools.cached_property
    def _not_avoid_pattern(self) -> re.Pattern[str]:
        return re.compile(alternation(self.cues["not_avoid"]))

    @functools.cached_property
    def _anchor_pattern(self) -> re.Pattern[str]:
        return re.compile(rf"(?!{alternation(self.cues['not_anchor'])})(?:{alternation(self.cues['anchor'])})")

    def is_cause_by_what_precedes(self, norm: str, start: int, end: int | None = None,
                                  mentions: AbstractSet[tuple[int, int]] = frozenset()) -> bool:
        """Whether a ``cause_before`` word comes shortly before the drug or procedure at
        ``start:end`` in its clause (at most 15 characters between): it is named as a cause or a
        setting, no treatment (由于感染、化疗导致, 继发于长程透析, 研究显示应用β-胡萝卜素可降低…), and so
        are the examples after a ，如 closing that stretch (继发于药物治疗，如皮质类固醇和青霉胺的使用) and
        the later items of a comma list it opens (医源性传染如角膜移植，骨髓移植，生长激素等): the stretch
        ends with a mention and every item before the drug's is whole ``mentions`` (the spans of the
        drug, procedure, disease, symptom and body mentions), with no ``use`` cue or outcome after. Not
        多见于老人，好发于头皮与颈部，…，必要时手术切除 (code review 2026-12-05)."""
        found = self._cause_before_pattern.search(norm, max(0, start - 45), start)
        if found is not None and found.group("listed") is not None and \
                (plain := self._cause_before_pattern.search(norm, found.start("listed"), start)) is not None:
            found = plain  # 继发于…放疗后，亦可见于长期服用|泼尼松: the nearer cue, in the drug's own clause
        if found is None:
            return False
        if found.group("examples") is not None and self.outcome_pattern.search(norm, found.start("examples"), clause_end(norm, start)):
            return False  # 由于病情较重，如泼尼松无效可加用…: a condition on a treatment (code review)
        if found.group("listed") is not None and (
                end is None or not _LIST_ITEM_END.match(norm, end)
                or not self._listed_items(norm, found.start("listed"), start, mentions)
                or self.treatment_word_pattern.search(norm, found.start("listed"), clause_end(norm, end))
                or self.outcome_pattern.search(norm, end, clause_end(norm, clause_end(norm, end) + 1))):
            # 由于存在感染病灶，…应早行手术探查; 多种抗生素等早期治疗下; 早期广泛局部切除，可获痊愈: a clause
            # with more than the item, or one telling a treatment, no list of causes
            return False
        return True

    @staticmethod
    def _listed_items(norm: str, listed: int, start: int, mentions: AbstractSet[tuple[int, int]]) -> bool:
        """Whether the comma list from ``listed`` (its first comma) to the drug at ``start`` is a list of
        mentions: the stretch before the first comma ends with one (如角膜移植|，; not 见于老人|，), each
        later item is whole mentions (，骨髓移植，; not ，直径0.4～10cm，) and so is the drug's item
        before it (，挤压伤、|大手术; not ，必要时|手术切除)."""
        stretch_end = listed
        while stretch_end > 0 and norm[stretch_end - 1] in " \t等":
            stretch_end -= 1
        if not any(e == stretch_end for _, e in mentions):
            return False
        commas = [i for i in range(listed, start) if norm[i] in ",，"]
        items = list(zip([c + 1 for c in commas], commas[1:] + [start]))
        if not all(_whole_mentions(norm, a, b, mentions) and a < b for a, b in items[:-1]):
            return False
        a = items[-1][0]
        if _whole_mentions(norm, a, start, mentions):
            return True
        # a one-character qualifier glued to the drug after whole mentions and a joiner (，挤压伤、大|手术)
        joiner = max(norm.rfind(mark, a, start) for mark in "、和及与或")
        return a < joiner >= start - 2 and _whole_mentions(norm, a, joiner + 1, mentions)

    @functools.cached_property
    def _exposure_patterns(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        before = alternation(self.cues["exposure_before"])
        group = alternation(self.cues["exposed_group"])
        acting = alternation(self.cues["exposure_acts"])
        return (
            re.compile(rf"(?:{before})[^{CLAUSE_MARKS}]{{0,{_EXPOSURE_BEFORE}}}\Z"),
            # 或者 is no 者; a word of the drug acting (可降低, 能) before the group: a treatment
            re.compile(rf"(?:(?!{acting})[^{CLAUSE_MARKS}]){{0,{_EXPOSURE_AFTER}}}?(?<![或再前后读])(?:{group})"),
        )

    def names_an_exposed_group(self, norm: str, start: int, end: int) -> bool:
        """Whether the drug or procedure at ``start:end`` tells who was exposed to it: an
        ``exposure_before`` word shortly before it (room for the items of a list) and an
        ``exposed_group`` word shortly after it with no ``exposure_acts`` word between
        (需较长期使用肾上腺皮质激素或其他免疫抑制剂者, 长期服用激素病人): a risk group, no
        treatment; not 长期服用阿司匹林可降低患者再梗死率, nor 长期服用泼尼松或者环磷酰胺."""
        exposure, group = self._exposure_patterns
        return (exposure.search(norm, max(0, start - _EXPOSURE_BEFORE - 8), start) is not None
                and group.match(_aliases_skipped(norm, end), end) is not None)

    @functools.cached_property
    def _long_exposure_pattern(self) -> re.Pattern[str]:
        acting = alternation(self.cues["exposure_acts"])
        # 长期应用|免疫抑制剂|者: no clause mark and no word of the drug acting between (长期服用阿司匹林可降低患者…), no
        # ``not_before_long_exposed_group`` character right before the group word (泼尼松或者|环磷酰胺)
        return re.compile(
            rf"(?:{alternation(self.cues['long_exposure'])})(?P<exposure>(?:(?!{acting})[^{CLAUSE_MARKS}]){{1,{_LONG_EXPOSURE_REACH}}}?)"
            + "".join(f"(?<!{re.escape(c)})" for c in self.cues["not_before_long_exposed_group"])
            + f"(?:{alternation(self.cues['long_exposed_group'])})")

    def names_a_long_exposed_group(self, norm: str, start: int, end: int) -> bool:
        """Whether the drug or procedure at ``start:end`` stands between a ``long_exposure`` word and a
        patient noun, in any section (nursing too): the group is named by what it was exposed to for long,
        a risk group, no treatment (长期应用免疫抑制剂者应主动给予预防性抗真菌药物: therapies review of
        medical_4, 2b). Not when an ``exposure_kept`` word follows in the group's clause or the next: the
        advice is on the drug itself (长期服用激素的患者不可随意自行停药, 长期服用钙者，间断服用更为合理)."""
        floor = clause_start(norm, start)
        for found in self._long_exposure_pattern.finditer(norm, floor, clause_end(norm, end)):
            if found.start("exposure") <= start and end <= found.end("exposure"):
                after = clause_end(norm, found.end())
                rest = norm[found.end() : clause_end(norm, min(after + 1, len(norm)))]
                return not any(word in rest for word in self.cues["exposure_kept"])
        return False

    def holds_a_cue(self, norm: str, *roles: str) -> bool:
        """Whether ``norm`` holds a word of one of the ``therapy_cues.tsv`` roles ``roles`` anywhere: a cheap test
        before the per-mention checks of a rare role (培养基, 动物实验). One search of all their words."""
        pattern = self._cue_patterns.get(roles)
        if pattern is None:
            pattern = self._cue_patterns[roles] = re.compile(alternation(w for role in roles for w in self.cues[role]))
        return pattern.search(norm) is not None

    def is_a_culture_ingredient(self, norm: str, entity: Entity) -> bool:
        """Whether the drug ``entity`` is in the clause or the bracket of a ``culture_medium`` word: what a
        culture medium holds, no treatment (需用含抗生素和半胱氨酸、铁的选择性特殊培养基; (在含链霉素的培养基上
        才能生长…): therapies review of medical_4, 5)."""
        words = self.cues["culture_medium"]
        start = clause_start(norm, entity.start)
        # a bracket of the clause the drug is not in is another's (制备疫苗(在含链霉素的培养基上…): the vaccine stays)
        clause = _BRACKETED.sub(lambda m: m.group() if m.start() <= entity.start - start < m.end() else "",
                                norm[start : clause_end(norm, entity.end)])
        if any(word in clause for word in words):
            return True
        if start > 0 and norm[start - 1] in ":：" and _clause_before(norm, start).endswith(tuple(words)):
            return True  # 选择性培养基：应用7%溶解的马血清琼脂加万古霉素: the medium's recipe after its colon
        opening = norm.rfind("(", max(0, entity.start - _BRACKET_REACH), entity.start)
        if opening < 0 or ")" in norm[opening : entity.start]:
            return False
        closing = norm.find(")", entity.end, entity.end + _BRACKET_REACH)
        return closing >= 0 and any(word in norm[opening:closing] for word in words)

    def is_in_animal_research(self, norm: str, entity: Entity) -> bool:
        """Whether the drug ``entity`` is in the clause of an ``animal_research`` word, or in the clause
        right after one holding such a word and ending with a ``research_evidence`` word: what animal
        research found, no treatment, whatever it found (干扰素及干扰素诱导剂对动物实验感染有保护作用;
        动物实验表明，接种HSV死疫苗或减毒活疫苗，均有免疫效果: therapies review of medical_4, 6)."""
        words = self.cues["animal_research"]
        start = clause_start(norm, entity.start)
        if any(word in norm[start : clause_end(norm, entity.end)] for word in words):
            return True
        if start == 0 or norm[start - 1] not in ",，":
            return False
        before = _clause_before(norm, start)
        return any(word in before for word in words) and before.endswith(tuple(self.cues["research_evidence"]))

    def names_an_exposure(self, norm: str, start: int, end: int) -> bool:
        """Whether the drug or procedure at ``start:end`` is named as an exposure in any section, treatment
        sections too: an ``exposed_group`` word shortly after it with an ``exposed_outcome`` word right after
        the group (连续应用抗生素10天的患者患假丝酵母菌性外阴阴道炎占20%, 对接受输血者的血源); or 是 after it in
        its clause and a ``risk_close`` word ending the clause (抗生素的使用是患…的短期危险因素，; not 早期手术是去除诱因，).
        Not a part after 患 (``affected_part``: 按摩患儿患侧胸锁乳突肌)."""
        _, group = self._exposure_patterns
        after = _aliases_skipped(norm, end)
        found = group.match(after, end)
        if found is not None and any(after.startswith(word, found.end())
                                     and not after.startswith(tuple(self.cues["affected_part"]), found.end() + len(word))
                                     for word in self.cues["exposed_outcome"]):
            return True
        return self._risk_close_pattern.match(after, end) is not None

    @functools.cached_property
    def _risk_close_pattern(self) -> re.Pattern[str]:
        # 抗生素|的使用是患假丝酵母菌性外阴阴道炎的短期危险因素，: 是 within 6 characters, the risk word closing the clause,
        # no removes_risk word between (早期手术|是去除诱因: the operation removes it, code review 2026-12-05)
        return re.compile(
            rf"[^{CLAUSE_MARKS}是]{{0,6}}是(?:(?!{alternation(self.cues['removes_risk'])})[^{CLAUSE_MARKS}]){{0,24}}?"
            rf"(?:{alternation(self.cues['risk_close'])})(?=[{CLAUSE_MARKS}]|\Z)")

    @functools.cached_property
    def _treated_group_pattern(self) -> re.Pattern[str]:
        group = alternation(self.cues["treated_group"])
        # the rest of a list holds no verb of giving nor 对 (轻柔按摩和保暖措施对患者: a treatment for them)
        # not the 者 of 两者, 二者, 前者, 或者, 工作者, 学者 (化疗与放疗两者结合: code review)
        # 使用肠外营养|治疗的患者，: the treatment word only before 的 (row check 2026-12-05, medical_1:424)
        return re.compile(rf"(?:术后|后|治疗(?=的))?(?:[和及与、或][^{CLAUSE_MARKS}和及与、或对给也可用效]{{1,6}}?)?的?(?<![两二三前后或作学读])(?:{group})")

    def names_a_treated_group(self, norm: str, end: int, *, closing: bool = False) -> bool:
        """Whether a ``treated_group`` word follows the drug or procedure ending at ``end``, maybe
        after 术后/后, 治疗 before 的 (closing its clause, a ``treating`` word in the next: advice for
        them), or the rest of a short list (慢性肾衰透析|患者, 肾移植|术后和血透患者, 甲状腺切除|的患者,
        使用肠外营养|治疗的患者): the
        patients who had it, no treatment. Not the 者 of 或者 (透析或者腹膜透析). ``closing``: the group,
        after 的, must also end its clause (放疗和化疗的患者，一般不宜进食凉食: the patients advice is for;
        not 行胰、十二指肠切除术者，应密切观察, nursing after the operation given)."""
        found = self._treated_group_pattern.match(norm, end)
        if found is None or norm.startswith("或者", end):
            return False
        if found.group().startswith(_TREATMENT_WORD):  # closing its clause, with advice in the next one
            after = found.end()  # (not 早期用抗生素|治疗的病例，症状较轻: the treatment given, with its effect)
            return clause_end(norm, after) == after and self.treating_pattern.search(
                norm, after, clause_end(norm, min(after + 1, len(norm)))) is not None
        return not closing or ("的" in found.group() and clause_end(norm, found.end()) == found.end())

    def is_avoided(self, norm: str, start: int, end: int) -> bool:
        """Whether an ``avoid`` word comes shortly before the drug or procedure at ``start:end``
        (at most 6 characters between), with no ``not_avoid`` word near it or in the rest of
        the clause: a risk to keep away from, no treatment (应减少抗生素的使用, 避免服用磺胺类
        药物; not 可以逐渐减少激素的用量, 避免延误手术时机)."""
        found = self._avoid_pattern.search(norm, max(0, start - 10), start)
        if found is None:
            return False
        near = norm[max(0, found.start() - 2) : start] + norm[end : clause_end(norm, end)]
        return self._not_avoid_pattern.search(near) is None

    @functools.cached_property
    def before_a_listed_test(self) -> tuple[str, ...]:
        """The words after which a test opens no comma list of tests (labs' ``_comma_joined``): result
        words, ``own_result_before`` (高, 低) and ``examined_before`` (复查, 监测)."""
        return (*self.findings, *self.findings_before, *self.own_results_before, *self.examined_before)

    def own_result_before(self, norm: str, floor: int, start: int) -> re.Match[str] | None:
        """An ``own_result_before`` word (group ``word``: 低, 高) and maybe a specimen word right before
        ``start`` (低血浆|维生素A), not the end of a longer result or change word (降低|血糖, 提高|血红蛋白)."""
        found = self._own_result_pattern.search(norm, floor, start)
        if found is None:
            return None
        word_end = found.end("word")
        if any(norm.endswith(longer, floor, word_end) for longer in self._own_result_tails[found["word"]]):
            return None
        return found

    @functools.cached_property
    def _own_result_pattern(self) -> re.Pattern[str]:
        specimens = [w for w, s in self.specimens.items() if s != NOT_A_SPECIMEN]
        return re.compile(f"(?P<word>{alternation(self.own_result_directions)})(?:{alternation(specimens)})?\\Z")

    @functools.cached_property
    def _own_result_tails(self) -> Mapping[str, tuple[str, ...]]:
        longer = (*self.findings, *self.change_verbs)
        return {own: tuple(w for w in longer if len(w) > len(own) and w.endswith(own)) for own in self.own_result_directions}

    @functools.cached_property
    def _avoid_after_pattern(self) -> re.Pattern[str]:
        # the rest of the clause after a drug, ending with the caution word: 、巴比妥类应慎用或忌用
        return re.compile(
            rf"[^{CLAUSE_MARKS}者人]{{0,{_AVOID_AFTER_REACH}}}(?:{alternation(self.cues['avoid_after'])})[ \t]*(?=[{CLAUSE_MARKS}]|\Z)"
        )

    def is_avoided_after(self, norm: str, end: int) -> bool:
        """Whether an ``avoid_after`` word closes the clause of the drug ending at ``end`` (at most
        30 characters between, no patients named there, no ``not_avoid`` word): the drug is one
        to be wary of, no treatment (使用氯霉素、细胞毒类抗癌药、免疫抑制剂等药物时要小心谨慎; 利尿剂等应慎用;
        not 出血倾向者慎用, which keeps the drug for the others)."""
        found = self._avoid_after_pattern.match(norm, end)
        return found is not None and self._not_avoid_pattern.search(found.group()) is None

    @functools.cached_property
    def _avoided_class_pattern(self) -> re.Pattern[str]:
        """An ``avoid`` word, then a class of drugs (its last character 药, 剂, 类, 素 or 物) and 如
        opening its examples, which reach the end of the searched window: 避免应用对肝脏有害的药物如|
        巴比妥类、雌激素、; not a conditional 如 (避免用利血平等降压药，如有关节炎…必需服用激素), nor past
        a comma (避免应用肾毒性药物如庆大霉素，可给予青霉素: code review)."""
        return re.compile(
            rf"(?:{alternation(self.cues['avoid'])})[^{CLAUSE_MARKS}]{{0,20}}[药剂类素物][ \t]*[,，]?[ \t]*如"
            rf"(?![有需要因果为在是系此能可出发])[^。；;：:!！?？\n如,，]{{0,40}}\Z"
        )

    def is_an_avoided_example(self, norm: str, start: int) -> bool:
        """Whether the drug at ``start`` is one of the examples after 如 of a class kept away from
        (避免应用对肝脏有害的药物如巴比妥类、雌激素、铁剂: 铁剂; therapies review of medical_15), with
        no ``not_avoid`` word there."""
        found = self._avoided_class_pattern.search(norm, max(0, start - 70), start)
        return found is not None and self._not_avoid_pattern.search(found.group()) is None

    def is_a_time_or_place(self, norm: str, start: int, end: int, *, operation: bool = False) -> bool:
        """Whether an ``anchor`` word right after the drug or procedure at ``start:end`` makes it
        the time or place of what the rest of its clause says (手术时发现, 放疗期间忌服, 手术部位
        出血): not when that rest is empty (施行手术时，…), nor with a ``use`` word, route or
        outcome elsewhere in the clause (舌下含服硝酸甘油时, 化疗期间可获缓解; 延误手术时机 is
        ``not_anchor``). An ``operation`` (a surgery or procedure) may also be a setting (``is_a_setting``)."""
        if operation and self.is_a_setting(norm, start, end):
            return True
        found = self._anchor_pattern.match(norm, end)
        if found is None:
            return False
        end_of_clause = clause_end(norm, found.end())
        if end_of_clause == found.end():
            return False
        start_of_clause = clause_start(norm, start)
        masked = self.not_use_pattern.sub(lambda m: " " * len(m.group()), norm[start_of_clause:end_of_clause])
        treatment = self.treatment_word_pattern
        return (treatment.search(masked, 0, start - start_of_clause) is None
                and treatment.search(masked, found.end() - start_of_clause) is None)

    def is_an_operation_setting(self, norm: str, start: int, end: int, *, after: bool = False) -> bool:
        """Whether the operation at ``start:end`` (a surgery, procedure, radiotherapy or chemotherapy) is
        the time of what its clause says, in any section (therapies review of medical_2): an ``anchor``
        right after it, maybe after 治疗/的/开始, with more of the clause after it (放疗期间忌服辛辣, 化疗前后
        保持口腔清洁); a clause opening with 在 and ending with a ``setting_end`` word (在施行手术的时候，); or,
        (maybe after a ``setting_lead`` word: 尤其在化疗过程中，); or ``after`` (not a procedure), (术|治疗)后 (手术后每日换药, 胃切除术后胃酸缺乏). Not when the rest of
        the clause (after 后, also the next clause) has an outcome or a ``setting_result`` word: a result
        of the treatment (手术切除后常有复发, 化疗期间可获缓解). An ``operation_anchor`` (手术中严格无菌操作) is
        an anchor of operations only; an ``over_before`` or ``over_after`` word (结束手术, 手术完毕) makes
        the operation one that is over, the setting of its clause even when nothing follows in it."""
        found = self._operation_anchor_pattern.match(norm, end)
        if found is not None and found.end() < (stop := clause_end(norm, found.end())):
            return not self._setting_result_pattern.search(norm, found.end(), stop)
        over = self._over_after_pattern.match(norm, end)
        if over is not None or self._over_before_pattern.search(norm, max(0, start - _OVER_REACH), start):
            stop = clause_end(norm, over.end() if over is not None else end)
            return not self._setting_result_pattern.search(norm, end, stop)  # 患者结束手术，…; 手术结束时应将…抽吸
        opening, stop = clause_start(norm, start), clause_end(norm, end)
        closing = self._setting_close_pattern.search(norm, end, stop)
        lead = norm[opening:start].lstrip(" \t")
        lead = lead[next((len(w) for w in self._setting_leads if lead.startswith(w)), 0):]  # 尤其在化疗过程中，
        if (closing is not None and lead.startswith("在")
                and not any(norm.endswith(word, end, closing.end()) for word in self.cues["not_setting_end"])
                and not self._setting_result_pattern.search(norm, end, stop)):
            return True  # 在施行手术的时候，应严格小心; not 在自我按摩的同时，
        found = _AFTER_OPERATION.match(norm, end) if after else None
        if found is None or self._then_treated_pattern.match(norm, found.end()):
            return False  # 术前放疗后再行手术切除, 化疗后进行自体造血干细胞移植: a course of treatment (code review)
        stop = clause_end(norm, found.end())
        if stop < len(norm):
            stop = clause_end(norm, stop + 1)
        return not self._setting_result_pattern.search(norm, found.end(), stop)

    @functools.cached_property
    def _anchor_lead(self) -> str:
        """Between an operation and its ``anchor`` or ``over_after`` word: maybe an ``anchor_lead`` word, then maybe
        an ``anchor_start`` word, each in the file's order (化疗|治疗期间, 手术|的时候, 放疗|开始时)."""
        lead, start = (alternation_in_order(self.cues[role]) for role in ("anchor_lead", "anchor_start"))
        return f"(?:{lead})?(?:{start})?"

    @functools.cached_property
    def _operation_anchor_pattern(self) -> re.Pattern[str]:
        """An ``anchor`` after the lead words, or an ``operation_anchor`` right after the operation's own
        word: 手术中 is the time of its clause; 手术治疗中 (a mention ending in 治疗) is under the treatment,
        the treatment's own complication (手术治疗中包囊破裂可引起种植)."""
        not_anchor = alternation(self.cues["not_anchor"])
        return re.compile(rf"{self._anchor_lead}(?!{not_anchor})(?:{alternation(self.cues['anchor'])})"
                          rf"|(?<!治疗)(?!{not_anchor})(?:{alternation(self.cues['operation_anchor'])})")

    @functools.cached_property
    def _over_before_pattern(self) -> re.Pattern[str]:
        return re.compile(rf"(?:{alternation(self.cues['over_before'])})[ \t]*\Z")

    @functools.cached_property
    def _over_after_pattern(self) -> re.Pattern[str]:
        return re.compile(rf"{self._anchor_lead}(?:{alternation(self.cues['over_after'])})")

    @functools.cached_property
    def _setting_leads(self) -> tuple[str, ...]:
        """The ``setting_lead`` words, longest first (尤其是 before 尤其)."""
        return tuple(sorted(self.cues["setting_lead"], key=len, reverse=True))

    @functools.cached_property
    def _setting_close_pattern(self) -> re.Pattern[str]:
        return re.compile(rf"(?:{alternation(self.cues['setting_end'])})(?=[{CLAUSE_MARKS}]|\Z)")

    @functools.cached_property
    def _then_treated_pattern(self) -> re.Pattern[str]:
        return re.compile(rf"[ \t]*(?:{alternation(self.cues['then_treated'])})")

    @functools.cached_property
    def _setting_result_pattern(self) -> re.Pattern[str]:
        outcomes = (word for word, outcome in self.outcomes.items() if outcome != "-")
        return re.compile(alternation((*outcomes, *self.cues["setting_result"])))

    def is_a_setting(self, norm: str, start: int, end: int) -> bool:
        """Whether the operation at ``start:end`` is the setting of what the next clause says: a
        ``setting_end`` word ends its clause before a comma at most ``_SETTING_GAP`` characters after
        it (在年轻人作阑尾手术时，可偶然发现此病; 经阴道手术分娩时，术前常规导尿), with no ``not_setting``
        word between (需进行手术治疗时), not a ``not_setting_end`` word (手术后24小时), and no
        ``not_setting_before`` word before it in its clause (对发生的内疝施行手术时，应注意: a treatment)."""
        found = self._setting_pattern.match(norm, end)
        if found is None or any(norm.endswith(word, end, found.end()) for word in self.cues["not_setting_end"]):
            return False
        if self._not_setting_pattern.search(norm, end, found.start("end")):
            return False
        return self._not_setting_before_pattern.search(norm, clause_start(norm, start), start) is None

    @functools.cached_property
    def _setting_pattern(self) -> re.Pattern[str]:
        ends = alternation(self.cues["setting_end"])
        return re.compile(rf"[^{CLAUSE_MARKS}]{{0,{_SETTING_GAP}}}?(?P<end>{ends})(?=[,，])" if ends else r"(?!)")

    @functools.cached_property
    def _not_setting_pattern(self) -> re.Pattern[str]:
        return re.compile(alternation(self.cues["not_setting"]))

    @functools.cached_property
    def _not_setting_before_pattern(self) -> re.Pattern[str]:
        return re.compile(alternation(self.cues["not_setting_before"]))

    @functools.cached_property
    def _giving_or_preventing(self) -> re.Pattern[str]:
        return re.compile(alternation((*self.cues["use"], *self.cues["prevents"])))

    def is_nutrient(self, norm: str, start: int, end: int) -> bool:
        """Whether the drug mention at ``start:end`` is a nutrient, not a treatment: one lacking
        (叶酸|缺乏) or one food holds: a content word before it or right after it, and a food
        word later in its clause with no treatment word between (含丰富纤维素和|维生素|的水果,
        维生素|丰富的食物; not 叶酸|及富含叶酸的食物 nor 胰岛素|治疗的同时控制饮食); or one its clause
        takes in from food (``taken_from_food``; not in labs: 补充水和电解质的丧失 is a finding)."""
        return (self._nutrient_patterns[0].match(norm, end) is not None or self.held_by_food(norm, start, end)
                or self.taken_from_food(norm, start, end))

    def held_by_food(self, norm: str, start: int, end: int) -> bool:
        """Whether the mention at ``start:end`` is what a food holds (含丰富纤维素和|维生素|的水果,
        少吃含|胆固醇|较高的食物): a ``content`` word before it or a ``rich`` word right after it, and
        a ``food`` word later in its clause with no treatment word between."""
        _, rich, content_before, food_after, not_food = self._nutrient_patterns
        food = food_after.match(norm, end)
        if food is None:
            return False
        tail = rich.match(norm, end)
        between = food.group("between")[tail.end() - end if tail else 0 :]
        if not_food.search(between):
            return False
        if tail is not None:
            return True
        # the content word nearest the drug (高血压患者宜多吃含|维生素: 含, not the 高 of 高血压),
        # with no giving word after it (高血压患者服用|硝苯地平, 含服|硝酸甘油)
        nearest = None
        for nearest in content_before.finditer(norm, max(0, start - 16), start):
            pass
        return nearest is not None and not not_food.search(norm, nearest.end(), start)

    def taken_from_food(self, norm: str, start: int, end: int) -> bool:
        """Whether the clause of the mention at ``start:end`` names food as the means of taking it
        in, not a treatment (therapies review of medical_5): a ``food_source`` word, food and a
        ``takes_in`` word before it, maybe with items of a list between (多吃蔬菜…等根茎类食物以补充|维生素,
        从食物中补充足够的维生素B12和|叶酸),
        or food then a ``takes_in`` word (饮食中应注意补充|维生素A); a ``food_source`` word before
        it and 的 (maybe 天然) and food after it (经常食用能补充|雌激素|的天然食物); or, after it,
        ``takes_in`` then a ``food_source`` word and food (维生素B1|的补充，可以通过粮食…获得). Never
        with a ``given_by`` word between the source and the mention (多进食、口服维生素)."""
        means_before, eats_before, food_after, takes_after, given = self._food_means_patterns
        opening = clause_start(norm, start)
        found = means_before.search(norm, opening, start)
        if found is not None and not given.search(norm, found.start("gap"), start):
            return True
        if takes_after.match(norm, end):
            return True
        eaten = None
        for eaten in eats_before.finditer(norm, max(opening, start - _EATEN_REACH), start):
            pass
        return (eaten is not None and food_after.match(norm, end) is not None
                and not given.search(norm, eaten.end(), start))

    @functools.cached_property
    def _food_means_patterns(self) -> tuple[re.Pattern[str], ...]:
        cue = {role: alternation(self.cues[role]) for role in ("food", "food_source", "takes_in", "given_by")}
        marks = re.escape(CLAUSE_MARKS)
        sentence_marks = re.escape("。！？!?;；\n")
        return (
            re.compile(rf"(?:(?:{cue['food_source']})[^{marks}]*?(?:{cue['food']})[中里]?(?:来|以|可以|可)?"
                       rf"|(?:{cue['food']})[中里][应要宜]?(?:注意)?多?)(?:{cue['takes_in']})"
                       rf"(?P<gap>[^{marks}]{{0,8}}?(?:[^{marks}和及与、]{{1,10}}[和及与、]){{0,4}})\Z"),
            re.compile(cue["food_source"]),
            re.compile(rf"[^{marks}]{{0,14}}?的(?:天然)?(?:{cue['food']})"),
            re.compile(rf"的?(?:{cue['takes_in']})[ \t]*[,，]?[ \t]*(?:可以|可)?(?:{cue['food_source']})"
                       rf"[^{sentence_marks}]{{0,20}}?(?:{cue['food']})"),
            re.compile(cue["given_by"]),
        )

    @functools.cached_property
    def schedule_pattern(self) -> re.Pattern[str]:
        """How often a dose is given, in one of three shapes (read by ``schedule``):
        a period then a count (每日3次, 日三次, 一天两次, 1日3次, 每8小时1次, 每两周1次, 每隔3周1次,
        隔日1次, 每日1剂), a count per period (3次/d, 3～4次/日, 1剂/日, 1次/2周), or a Latin
        abbreviation (bid, q8h). A bare period word needs 每/一/隔 (or 1 before 日/天) before it,
        except 日 (日三次) not after 第/前/后 or a number."""
        periods = f"(?i:{alternation(self.schedule_periods)})"  # 3次/D as 3次/d
        latin_end = "(?![A-Za-z])"
        before = (
            rf"(?:(?P<each>每隔|每|一|(?<![第前后0-9])1(?=[日天]))|(?P<other>隔)"
            rf"|(?<![第前后今昨明次当这那本同0-9{_CN_COUNT}])(?=日))"
        )
        period_then_count = (
            rf"{before}(?:(?P<a_every>{_COUNT}){_COUNT_RANGE.format('a_every_high')})?个?(?P<a_unit>{periods}){latin_end}"
            rf"[ \t]*(?P<a_low>{_COUNT}){_COUNT_RANGE.format('a_high')}[ \t]*[次剂]"
        )
        count_per_period = (
            rf"(?<![0-9.])(?P<b_low>{_COUNT}){_COUNT_RANGE.format('b_high')}[ \t]*[次剂][ \t]*/[ \t]*每?"
            rf"(?:(?P<b_every>[0-9]+){_COUNT_RANGE.format('b_every_high')})?(?P<b_unit>{periods}){latin_end}"
        )
        abbreviation = (
            rf"(?<![A-Za-z.])(?i:(?P<abbr>{alternation(self.schedule_abbreviations)})"
            rf"|q(?P<q_every>[0-9]+)(?:[~-](?P<q_every_high>[0-9]+))?h){latin_end}"
        )
        return re.compile(f"{period_then_count}|{count_per_period}|{abbreviation}|(?<=[A-Za-z])/{self._per_interval()}")

    def find_schedule(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """The first ``schedule_pattern`` match in ``text[start:end]``. Most windows hold no character a schedule
        needs (``_schedule_needs``): the pattern, lookbehinds first, is slow to try at each of their positions."""
        end = len(text) if end is None else end
        if self._schedule_needs.search(text, start, end) is None:
            return None
        return self.schedule_pattern.search(text, start, end)

    @functools.cached_property
    def _schedule_needs(self) -> re.Pattern[str]:
        """What every ``schedule_pattern`` match holds: 次 or 剂 closing a count (每日3次, 3次/d), the / of an
        interval (50mg/6h), the q of q8h, or an abbreviation of ``dose_schedules.tsv`` holding neither: by its first
        letter in any case, as the pattern reads it (bid, tid), or as written (每天1片, 隔日). Not any Latin letter:
        the mg or g of a dose is no schedule."""
        counted = re.compile("[次剂/]")
        others = [abbr for abbr in self.schedule_abbreviations if not counted.search(abbr)]
        letters = sorted({"q", *(abbr[0].lower() for abbr in others if abbr[0].isascii() and abbr[0].isalpha())})
        written = [abbr for abbr in others if not (abbr[0].isascii() and abbr[0].isalpha())]
        return re.compile(f"[次剂/]|(?i:[{''.join(letters)}])|{alternation(written)}")

    def _per_interval(self, *, named: bool = True) -> str:
        """What follows the ``/`` after a dose's unit when it is given every so long (50mg/6h,
        0.25g/8h: one dose every 6 or 8 hours)."""
        every, high, unit = ("?P<i_every>", "?P<i_every_high>", "?P<i_unit>") if named else ("?:", "?:", "?:")
        periods = f"(?i:{alternation(self.schedule_periods)})"
        return rf"({every}[0-9]+)(?:[~-]({high}[0-9]+))?({unit}{periods})(?![A-Za-z])"

    def schedule(self, m: re.Match[str]) -> DoseSchedule | None:
        """The schedule a ``schedule_pattern`` match states, or None for a zero (每日0次, q0h).
        After 隔 the period is every other one: 隔日, 每隔日, 每隔1天 → every 2 d; 每隔3周 → 3 wk."""
        if m["abbr"]:
            return self.schedule_abbreviations[m["abbr"].lower()]
        if m["q_every"]:
            every, every_high = sorted((float(m["q_every"]), float(m["q_every_high"] or m["q_every"])))
            return DoseSchedule(1, 1, every, every_high, "h") if every else None
        if m["i_every"]:
            every, every_high = sorted((float(m["i_every"]), float(m["i_every_high"] or m["i_every"])))
            return DoseSchedule(1, 1, every, every_high, self.schedule_periods[m["i_unit"].lower()]) if every else None
        shape = "a" if m["a_unit"] else "b"
        low = count_of(m[f"{shape}_low"])
        high = count_of(m[f"{shape}_high"]) if m[f"{shape}_high"] else low
        every = count_of(m[f"{shape}_every"]) if m[f"{shape}_every"] else 1
        every_high = count_of(m[f"{shape}_every_high"]) if m[f"{shape}_every_high"] else every
        if m["other"] or m["each"] == "每隔":
            every, every_high = (2, 2) if every_high == 1 else (every, every_high)
        low, high = sorted((low, high))
        every, every_high = sorted((every, every_high))
        if low == 0 or every == 0:
            return None
        unit = self.schedule_periods[m[f"{shape}_unit"].lower()]  # 3次/D as 3次/d
        return DoseSchedule(low, high, float(every), float(every_high), unit)

    @functools.cached_property
    def clause_schedule_pattern(self) -> re.Pattern[str]:
        """A ``clause`` schedule word (早晚各): anywhere in the therapy's clause, its schedule; not
        早晚期 (early and late stages: 早晚期胃癌均应手术切除; code review)."""
        return re.compile(f"(?:{alternation(self.clause_schedules)})(?!期)" if self.clause_schedules else r"(?!)")

    @functools.cached_property
    def divided_pattern(self) -> re.Pattern[str]:
        """A daily dose divided into doses (分3次服, 分3～4次): that many a day."""
        return re.compile(rf"分(?P<n>{_COUNT}){_COUNT_RANGE.format('n_high')}次")

    @functools.cached_property
    def sessions_pattern(self) -> re.Pattern[str]:
        return re.compile(rf"(?:{alternation(self.cues['sessions'])})[ \t]*(?P<n>[0-9]+)[ \t]*次")

    @functools.cached_property
    def patients_cue_at_end_pattern(self) -> re.Pattern[str]:
        """A patients cue ending the searched window (治疗|N例)."""
        return re.compile(rf"(?:{alternation(self.cues['patients'])})[ \t]*$")

    @functools.cached_property
    def effect_cue_pattern(self) -> re.Pattern[str]:
        return re.compile(alternation(self.cues["effect"]))

    @functools.cached_property
    def outcome_pattern(self) -> re.Pattern[str]:
        """The outcome words, but a ``framed_outcome`` (敏感), which only ``framed_outcome_pattern`` finds:
        elsewhere it makes no drug a treatment (胰岛素敏感性下降, 对细菌敏感的抗生素)."""
        framed = {*self.cues["framed_outcome"], *self.cues["bare_outcome"]}
        return re.compile(alternation(word for word in self.outcomes if word not in framed))

    @functools.cached_property
    def bare_outcome_pattern(self) -> re.Pattern[str]:
        """A ``bare_outcome`` word (预后较好, 耐药), not opening a longer outcome word (耐药性: -)."""
        bare = set(self.cues["bare_outcome"])
        if not bare:
            return re.compile(r"(?!)")
        longer = [w for w in self.outcomes if w not in bare and any(w.startswith(b) for b in bare)]
        return re.compile(words_not_opening(bare, longer))

    def bare_in_place(self, norm: str, last_end: int, outcome_start: int, outcome_end: int) -> bool:
        """Whether a ``bare_outcome`` word stands right after the therapies ending at ``last_end``
        (at most two ``frame_gap`` words between: 对多种常用抗生素|耐药, 手术治疗|预后较好) or is the
        whole clause after theirs (早期手术切除，|预后较好。); not 瘤体<5cm者预后较好 after 化疗."""
        if self._frame_gap_pattern.fullmatch(norm, last_end, outcome_start):
            return True
        opens = clause_start(norm, outcome_start)
        return (not norm[opens:outcome_start].strip(" \t") and opens > last_end
                and not norm[outcome_end:clause_end(norm, outcome_end)].strip(" \t"))

    @functools.cached_property
    def framed_outcome_pattern(self) -> re.Pattern[str]:
        """A ``framed_outcome`` word (敏感), not opening a ``not_framed_outcome`` word (敏感性)."""
        return re.compile(words_not_opening(self.cues["framed_outcome"], self.cues["not_framed_outcome"]))

    def in_its_frame(self, norm: str, first_start: int, last_end: int, outcome_start: int) -> bool:
        """Whether a ``framed_outcome`` word (敏感) at ``outcome_start`` stands in its frame after the
        therapies at ``first_start:last_end``: a ``frame_before`` word before them in their clause and
        at most two ``frame_gap`` words between (该肿瘤对放射治疗|敏感; not 对…口服降糖药特别敏感)."""
        return (
            self._frame_gap_pattern.fullmatch(norm, last_end, outcome_start) is not None
            and self._frame_before_pattern.search(norm, clause_start(norm, first_start), first_start) is not None
        )

    @functools.cached_property
    def _frame_gap_pattern(self) -> re.Pattern[str]:
        return re.compile(rf"[ \t]*(?:(?:{alternation(self.cues['frame_gap']) or '(?!)'})[ \t]*){{0,2}}")

    @functools.cached_property
    def _frame_before_pattern(self) -> re.Pattern[str]:
        return re.compile(alternation(self.cues["frame_before"]))

    @functools.cached_property
    def prevented_pattern(self) -> re.Pattern[str]:
        """A ``prevents`` cue (group 1), then up to 8 characters of its clause, ending the searched window
        (预防RF|复发: the outcome is what is prevented)."""
        return re.compile(rf"({alternation(self.cues['prevents'])})[^{CLAUSE_MARKS}]{{0,8}}$")

    @functools.cached_property
    def dose_unit_pattern(self) -> str:
        """The dose units, longest first; none may run on into a longer unit this file does
        not know (750mg/m2 is no dose in mg, 100g/L is a lab value, not a dose in g), but one may
        be given every so long (50mg/6h)."""
        units = "|".join(
            re.escape(u) + ("(?![A-Za-z])" if u[-1].isascii() and u[-1].isalpha() else "")
            for u in sorted(self.dose_units, key=len, reverse=True)
        )
        return f"(?:{units})(?![·*])(?!/(?!{self._per_interval(named=False)}))"


def count_of(written: str) -> int:
    """A count written in digits or Chinese numerals (3, 三, 两)."""
    return int(written) if written.isdigit() else chinese_number(written)


#: The categories a drug's canonical's suffix may give it (汤 → tcm), never a procedure's (术, 治疗, 放疗).
_DRUG_CATEGORIES = frozenset({"tcm", "nutrient", "drug"})


def _category(value: str) -> str | None:
    return None if value == "-" else value


#: Filler a record's name puts into a drug's name: 类 between characters, 物 before 性
#: (非甾体类抗炎药物性肾病 → 非甾体抗炎药性肾病, so 非甾体抗炎药 is found followed by 性).
_NAME_FILLER = re.compile(r"(?<=[\u4e00-\u9fff])类(?=[\u4e00-\u9fff])|物(?=性)")


SPECIMENS_FILE = "specimens.tsv"


def read_specimens(path: Path) -> tuple[dict[str, str], list[str], frozenset[str], frozenset[str], tuple[str, ...]]:
    """``specimens.tsv``: word → specimen (``NOT_A_SPECIMEN`` for an analyte), the words
    that open a test's name as its specimen (prefix ``yes``: 血清, 脑脊液), the specimens
    without cells (cells ``no``: 血清, 血浆), the fluids a test named after one passes on to the
    next test (carry ``named``: 脑脊液, 胸水) and the words opening the name of a test that keeps its
    own specimen after such a fluid (carry ``own``: 血, 尿; in the file's order)."""
    specimens: dict[str, str] = {}
    prefixes: list[str] = []
    cell_free: set[str] = set()
    carried: set[str] = set()
    own: list[str] = []
    rows = read_tsv(path, ["word", "specimen", "prefix", "source"], ["cells", "carry"], non_empty=["word", "specimen", "source"])
    for line, row in unique_rows(path, rows, ("word",)):
        specimens[row["word"]] = row["specimen"]
        if choice(path, line, row, "prefix", ("", "yes")):
            prefixes.append(row["word"])
        if choice(path, line, {**row, "cells": row.get("cells", "")}, "cells", ("", "no")):
            cell_free.add(row["specimen"])
        carry = choice(path, line, {**row, "carry": row.get("carry", "")}, "carry", ("", "named", "own"))
        if carry == "named":
            carried.add(row["specimen"])
        elif carry == "own":
            own.append(row["word"])
    return specimens, prefixes, frozenset(cell_free), frozenset(carried), tuple(own)


def _sampling(value: str) -> tuple[bool, bool, bool]:
    """``lab_subjects.tsv``'s ``sampled`` as (sampled, needs_specimen, sign)."""
    return value not in ("no", "sign"), value == "required", value == "sign"


@functools.cache
def load_clinical_vocabulary(directory: Path = DEFAULT_DICTIONARY_DIR) -> ClinicalVocabulary:
    """Read the clinical word lists in ``directory`` (cached per directory)."""
    directory = Path(directory)

    path = directory / "lab_findings.tsv"
    findings: dict[str, str] = {}
    before: dict[str, str] = {}
    fillers: list[str] = []
    shares: list[str] = []
    thresholds: dict[str, list[str]] = {"threshold_after": [], "threshold_before": []}
    needs_specimen: dict[str, int] = {}  # word → its line, checked against the after words below
    own_results: dict[str, str] = {}
    examined: list[str] = []
    change_verbs: list[str] = []
    change_fillers: list[str] = []
    effect_verbs: list[str] = []
    reached_after_time: list[str] = []
    imaging_findings: dict[str, str] = {}
    described_nouns: list[str] = []
    group_shares: list[str] = []
    group_share_adverbs: list[str] = []
    group_share_degrees: list[str] = []
    treatment: dict[str, list[str]] = {role: [] for role in TREATMENT_ROLES}
    plain: dict[str, list[str]] = {role: [] for role in WORD_ROLES}
    cell_life: dict[str, str] = {}
    closing: dict[str, str] = {}
    rows = read_tsv(path, ["word", "role", "direction", "source"], ["measure"], non_empty=["word", "role", "source"])
    for line, row in unique_rows(path, rows, ("word", "role")):
        role = choice(path, line, row, "role", FINDING_ROLES)
        if role == "cell_life":
            cell_life[row["word"]] = row.get("measure") or row["word"]
        elif role in ("filler", "share"):
            (fillers if role == "filler" else shares).append(row["word"])
        elif role in thresholds:
            thresholds[role].append(row["word"])
        elif role == "needs_specimen":
            needs_specimen[row["word"]] = line
        elif role == "own_result_before":
            own_results[row["word"]] = choice(path, line, row, "direction", DIRECTIONS)
        elif role == "examined_before":
            examined.append(row["word"])
        elif role in ("change_verb", "change_filler"):
            (change_verbs if role == "change_verb" else change_fillers).append(row["word"])
        elif role == "effect_verb":
            effect_verbs.append(row["word"])
        elif role == "reached_after_time":
            reached_after_time.append(row["word"])
        elif role == "described_noun":
            described_nouns.append(row["word"])
        elif role == "group_share":
            group_shares.append(row["word"])
        elif role in ("group_share_adverb", "group_share_degree"):
            (group_share_adverbs if role == "group_share_adverb" else group_share_degrees).append(row["word"])
        elif role == "imaging_after":
            imaging_findings[row["word"]] = choice(path, line, row, "direction", DIRECTIONS)
        elif role in treatment or role in plain:
            if row["direction"]:  # 停用, 配偶 are no result: a direction there would be read nowhere
                raise DictionaryError("E120", path=path, line=line, column="direction",
                                      expected=f"empty on a {role} row (no result word)", value=row["direction"])
            (treatment if role in treatment else plain)[role].append(row["word"])
        elif role == "closing_after":
            closing[row["word"]] = choice(path, line, row, "direction", DIRECTIONS)
        else:
            (findings if role == "after" else before)[row["word"]] = choice(path, line, row, "direction", DIRECTIONS)

    for word, line in needs_specimen.items():
        if word not in findings and word not in before:
            raise DictionaryError("E120", path=path, line=line, column="word", expected="a word of role after or before", value=word)

    specimens, prefixes, cell_free, carried_fluids, own_specimen_words = read_specimens(directory / SPECIMENS_FILE)

    path = directory / "lab_subjects.tsv"
    subjects = {}
    rows = read_tsv(
        path, ["suffix", "label", "percent", "kind", "source"], ["sampled"], non_empty=["label", "percent", "kind", "source"]
    )
    for line, row in unique_rows(path, rows, ("label", "suffix")):
        label = choice(path, line, row, "label", LABELS)
        subjects[(label, row["suffix"])] = LabSubject(
            choice(path, line, row, "percent", PERCENT_MEANINGS),
            choice(path, line, row, "kind", SUBJECT_KINDS),
            *_sampling(choice(path, line, {**row, "sampled": row.get("sampled") or "yes"}, "sampled", SAMPLING)),
        )

    path = directory / "routes.tsv"
    routes = {row["word"]: row["route"] for _, row in unique_rows(path, read_tsv(path, ["word", "route", "source"]), ("word",))}

    path = directory / "dose_units.tsv"
    dose_units = {}
    dose_multipliers = []
    for line, row in unique_rows(path, read_tsv(path, ["unit", "normalized", "kind", "source"]), ("unit",)):
        if (kind := choice(path, line, row, "kind", (*UNIT_KINDS, MULTIPLIER))) == MULTIPLIER:
            dose_multipliers.append(row["unit"])  # 万, 千: no unit of its own
        else:
            dose_units[row["unit"]] = (row["normalized"], kind)

    path = directory / "outcomes.tsv"
    outcomes: dict[str, str] = {}
    preventable: set[str] = set()
    for line, row in unique_rows(path, read_tsv(path, ["word", "outcome", "source"], ["preventable"]), ("word",)):
        outcomes[row["word"]] = row["outcome"]
        if choice(path, line, {**row, "preventable": row.get("preventable", "")}, "preventable", ("", "yes")):
            if row["outcome"] == "-":
                raise DictionaryError("E120", path=path, line=line, column="preventable",
                                      expected="empty on a row with no outcome (-)", value=row["preventable"])
            preventable.add(row["outcome"])

    path = directory / "therapy_categories.tsv"
    categories = {}
    for line, row in unique_rows(path, read_tsv(path, ["pattern", "match", "category", "source"]), ("pattern", "match")):
        match = choice(path, line, row, "match", MATCH_KINDS)
        categories[(match, row["pattern"])] = choice(path, line, row, "category", CATEGORIES)

    path = directory / "therapy_cues.tsv"
    cues: dict[str, list[str]] = {role: [] for role in CUE_ROLES}
    for role in _PATIENT_CUE_ROLES:
        cues[role].extend(load_quantity_resources(directory).patient_words)
    for line, row in unique_rows(path, read_tsv(path, ["word", "role", "source"]), ("word", "role")):
        role = choice(path, line, row, "role", CUE_ROLES)
        cues[role].append(row["word"])
        if role in _OUTCOME_CUE_ROLES and outcomes.get(row["word"], "-") == "-":
            # 耐药 as a bare_outcome only says where the outcome counts; outcomes.tsv says it is 无效
            raise DictionaryError(
                "E120", path=path, line=line, column="word",
                expected=f"a word of outcomes.tsv with an outcome (a {role} is read as it)", value=row["word"],
            )

    path = directory / "tcm_principles.tsv"
    rows = read_tsv(path, ["term", "canonical", "source"], ["note"])
    tcm = {row["term"]: row["canonical"] for _, row in unique_rows(path, rows, ("term",))}

    path = directory / "dose_schedules.tsv"
    periods: dict[str, str] = {}
    abbreviations: dict[str, DoseSchedule] = {}
    clause_schedules: dict[str, DoseSchedule] = {}
    rows = read_tsv(path, ["word", "kind", "times", "every", "unit", "source"], non_empty=["word", "kind", "unit", "source"])
    for line, row in unique_rows(path, rows, ("word",)):
        kind = choice(path, line, row, "kind", SCHEDULE_KINDS)
        unit = choice(path, line, row, "unit", SCHEDULE_UNITS)
        if kind == "period":
            if row["times"] or row["every"]:
                raise DictionaryError(
                    "E120", path=path, line=line, column="times/every", expected="empty on a period row",
                    value=f"{row['times']}/{row['every']}",
                )
            periods[row["word"].lower()] = unit  # matched in any case, like the abbreviations
            continue
        if row["word"].lower() in abbreviations:  # matched in any case: BID and bid are one word
            raise DictionaryError("E023", path=path, line=line, term=row["word"], first="a row in another case")
        if not row["times"].isdigit() or int(row["times"]) < 1:
            raise DictionaryError("E120", path=path, line=line, column="times", expected="a positive integer", value=row["times"])
        if not re.fullmatch(NUMBER, row["every"]) or float(row["every"]) <= 0:
            raise DictionaryError("E120", path=path, line=line, column="every", expected="a positive number", value=row["every"])
        times = int(row["times"])
        every = float(row["every"])
        if kind == "clause":
            clause_schedules[row["word"]] = DoseSchedule(times, times, every, every, unit)
            continue
        abbreviations[row["word"].lower()] = DoseSchedule(times, times, every, every, unit)

    return ClinicalVocabulary(
        findings={**closing, **findings},
        closing_findings=frozenset(closing) - set(findings),
        findings_before=before,
        fillers=tuple(fillers),
        shares=tuple(shares),
        thresholds_after=tuple(thresholds["threshold_after"]),
        thresholds_before=tuple(thresholds["threshold_before"]),
        needs_specimen=frozenset(needs_specimen),
        own_results_before=tuple(own_results),
        own_result_directions=own_results,
        reached_after_time=tuple(reached_after_time),
        imaging_findings=imaging_findings,
        described_nouns=tuple(described_nouns),
        group_shares=tuple(group_shares),
        group_share_adverbs=tuple(group_share_adverbs),
        group_share_degrees=tuple(group_share_degrees),
        examined_before=tuple(examined),
        change_verbs=tuple(change_verbs),
        change_fillers=tuple(change_fillers),
        effect_verbs=frozenset(effect_verbs),
        treatment_words={role: tuple(words) for role, words in treatment.items()},
        words={role: tuple(words) for role, words in plain.items()},
        specimens=specimens,
        specimen_prefixes=tuple(sorted(prefixes, key=len, reverse=True)),
        cell_free=cell_free,
        carried_fluids=carried_fluids,
        own_specimen_words=own_specimen_words,
        cell_life=cell_life,
        subjects=subjects,
        routes=routes,
        dose_units=dose_units,
        dose_multipliers=tuple(dose_multipliers),
        outcomes=outcomes,
        preventable_outcomes=frozenset(preventable),
        categories=categories,
        cues={role: tuple(words) for role, words in cues.items()},
        tcm_principles=tcm,
        schedule_periods=periods,
        schedule_abbreviations=abbreviations,
        clause_schedules=clause_schedules,
    )



