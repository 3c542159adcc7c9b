"""Lab and examination findings: which test, in what specimen, with what result.

Rules, applied per sentence (all word lists are data, see ``vocabulary.py``):

1. **Subjects.** Every ``test`` mention, plus mentions ``lab_subjects.tsv`` admits: cell
   counts (``浆细胞``, body) and imaging or electrophysiology procedures (``X线``, ``肌电图``).
   A test nested in a drug (``大剂量IgG``) is not a subject; one nested in a symptom is
   (``[血沉]增快``). A mention in brackets right after another (``干扰素γ(IFN-γ)``) is its
   alias and gets no row of its own, nor does one right before another subject whose canonical begins
   with its own (``免疫球蛋白IgA下降``: 免疫球蛋白A only; not ``T3T4``).
2. **Enumerations share a result.** Subjects joined only by ``、和及与或/``, nothing
   (``T3T4``), the next one's specimen (``血肌酐和血尿素氮``) or an alias bracket form one group; the
   result after the last applies to all
   (``抗核抗体和类风湿因子可阳性``), unless 低 or 高 stands before the first: that is its result
   (``低血浆维生素A或甲状腺功能障碍``: 维生素A down).
3. **The result follows in the same clause.** After the group, filler words (``水平``,
   ``常``, ``轻度``), frequency words and a bracketed alias may come before the result word
   (``增高``, ``不能引出``) and a value (``(2%~5%)``, ``5%以下``), and so may a time phrase before a verb reaching a
   value (``体温于1～2日内达39℃～40℃``); the scan stops at the first
   other word or clause mark. A result word before the test counts when nothing follows it
   (``可有本-周蛋白``). Imaging subjects take the symptom or disease mentions that follow
   (also across ``：``): ``X线检查：包括骨硬化改变`` → 骨硬化改变, ``abnormal``; with none, a generic
   ``imaging_after`` word (``X线检查无异常`` → normal, ``心电图异常``, one symptom word holding its subject).
4. **A percentage is a value or a frequency** as ``lab_subjects.tsv`` says for the subject:
   ``浆细胞比例 >10%`` is a value (also as the next clause, a measure but no percentage:
   ``血钠浓度升高，大于150mmol/L``); ``M蛋白阳性可达75%`` is how many patients (``freq_pct``).
   A fraction or percentage before the subject in its clause is a frequency too
   (``14/15例…血清IL-1β水平增加`` → 93.3). A single value fills both ``value_low`` and
   ``value_high``; only percentages and measure units of ``quantity_units.tsv`` are values
   (``20g/L``, not a dose ``0.4mg``); ``comparator`` keeps ``>``/``<=`` from ``超过``/``以下``,
   and with no result word gives the direction (``血糖<2.8mmol/L`` → down), unless the value is a
   threshold or a target. A number right after a change verb (``change_verb``: ``血压降低10mmHg``) or in
   倍 (``肺动脉压可增加1倍``) is the size of a change, no value; the direction stays. A test with only 的 and
   a percentage or multiple after it is what the number is a part of, no row (``约占α1球蛋白的80%``).
5. **Specimen**: the test's own first word when ``specimens.tsv`` marks it a prefix
   (``脑脊液蛋白``, ``尿本-周蛋白``), else the last specimen word earlier in its clause that
   is not inside a disease, symptom, drug, microbe or test mention (``血清IL-1β``,
   ``骨髓穿刺 半数病人可见浆细胞``), else the specimen of the previous subject when that is
   in the same or the previous clause and not read from its own name
   (``血清IL-1β水平增加,10例TNF-α增加``; not ``脑脊液压力升高,血沉加快``), else a
   specimen in the sentence's heading before ``:`` (``(3)尿检查:可有本-周蛋白``). A sign
   measured on the patient (``血压``, ``肾功能``: ``sampled`` no or sign in ``lab_subjects.tsv``) has none.

Only the first result word of ``增高或正常`` is kept. Frequency words set ``qualifier``
(``半数``), not ``freq_pct``. What healthy people have is a reference, no row: a normal value
(``尿酸正常值为…``), a clause about them (``正常时``, ``正常人``, ``健康人``: ``正常人的眼压为10～21mmHg``),
``正常`` right before the test unless the result says it changed (``正常白细胞计数是4～10×10^9/L``;
``正常免疫球蛋白的产生减少`` is a row; so is ``正常的``: ``正常的眼压为10～21mmHg``, but ``正常的痛觉…消失`` is a row),
``比正常(的)`` or ``较正常(的)`` right before it whatever the result (``比正常的体温低1℃``). A ratio to normal is a result, up or down (``可达正常的10倍``,
``为正常的1/3``). What a food holds is no level of the patient's (``少吃含尿酸较高的食物``: the
``content``, ``rich`` and ``food`` cues of ``therapy_cues.tsv``, as for nutrients).
A result of those told what to do is a condition, ``hypothetical`` (``白细胞下降者应行保护性隔离``:
者 or 患者 and 应, 宜, 需, 须 or 要 after it; 可 describes them: ``泌乳素轻度增高者,可为排卵性月经`` is a group, below).
So is one in a clause opened by 若, 如果, 一旦, 倘若, 假如 or 当 (``若体温正常或偏低,…则为休克表现``,
``当血压下降,肾脏血管灌流量减少``; not the 当 of 相当, 适当, 应当), one right before 时
(``肾功能减退时…发生率更高``, ``血压低时应去枕平卧``) or in a clause ending in 时
(``空腹血糖<7.8mmol/L或餐后2小时血糖<10mmol/L时``), one in the clause or two before a clause opening
with 则 (``血压降低10mmHg，脉率增加20次/min，则失血量超过1000ml``; not when 若, 如, 当 … open another
condition between), and one after a 如 opening a clause when a consequence closes it (``如发现血压升高，应注意…``)
or its clause ends in 后 (``如3～4天体温下降后，``); a 如 with neither lists examples. A clause with 就, 便
or 则 is the consequence, no condition (``卵巢功能一旦衰竭…，雌激素就会显著减少``). A result after a denied
cause is negated (``不能产生反射性心率增加``); a group named by its result is no result of the patients
(``是血压正常者的4倍``), nor are healthy women, infants or children (``一些正常妇女血糖可低至1.7mmol/L``).
A statement that is one finding mention holding its test (``血容量减少``) takes that mention's negation by
a cue after it (``血容量减少不明显``: negated). A result naming a group of patients (``眼压升高的病人，常常…``,
``血钾明显增高者可有：``) is hypothetical, unless a share of them follows (``血压偏低者多见``, ``阳性者占30%``);
one shortly after something given (``给予内啡肽后抗利尿激素增高``) is its effect, no row.
A result with 的 and a body part after it only says which part (``血小板在受损的肾小球…``, ``HBeAg阳性的血中``): no
row. 是…的 states a result (``TSH是正常的``); a bare 高 is one only where its clause or list item ends (``血氨高，``).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..context import Assertion, assertion_labels
from ..entity import Entity
from ..normalize import normalize_text
from ..quantities import Quantity, load_quantity_resources
from ..quantities.patterns import round_half_up
from ..resources import alternation
from ..sentences import split_sentences
from ..serialization import packable
from .vocabulary import clause_start as _clause_start  # its callers name their result clause_start
from .vocabulary import (
    CLAUSE_MARKS, NOT_A_SPECIMEN, ClinicalVocabulary, LabSubject, load_clinical_vocabulary, words_not_after,
)

_CLAUSE_END = set(CLAUSE_MARKS)
_JOINER = re.compile(r"[ \t、和及与或/]*")
#: A comma between two subjects of one kind, the second right after it: a list whose result comes at its
#: end (IgG，IgA和IgM均增高; labs review of medical_8, 2026-12-05).
_COMMA_JOINER = re.compile(r"[ \t]*[，,][ \t]*")
_ALIAS = re.compile(r"[ \t]*\([^()]{1,40}\)")
_VALUE_KINDS = ("percent", "percent_range", "number", "range")
_NOT_SPECIMEN_HOST = ("disease", "symptom", "drug", "microbe", "test")


@packable
@dataclass(frozen=True, slots=True)
class LabFinding:
    """One test result; ``start``/``end`` span the statement, ``evidence_*`` the sentence."""

    test: Entity
    specimen: str
    finding: str
    direction: str
    value_low: float | None
    value_high: float | None
    unit: str
    comparator: str
    freq_pct: float | None
    qualifier: str
    start: int
    end: int
    evidence_start: int
    evidence_end: int
    assertion: str = ""


def extract_labs(
    text: str,
    entities: Sequence[Entity],
    quantities: Sequence[Quantity],
    assertions: Sequence[Assertion] | None = None,
    vocabulary: ClinicalVocabulary | None = None,
    disease: str = "",
    about_causes: bool = False,
) -> list[LabFinding]:
    """The lab findings of one section text, in text order (see the module docstring); ``disease``
    is the record's (a result a treatment causes that names it is kept: 药物性血小板减少). In a section on
    causes (``about_causes``) a percentage in brackets closing a heading is the share of cases by that cause,
    no value nor frequency of a test (吞噬细胞(40%)：; labs review of medical_6, 2026-12-05, class 14)."""
    voc = vocabulary or load_clinical_vocabulary()
    subject_labels = voc.subject_labels
    ruled = [(e, rule) for e in entities
             if e.label in subject_labels and (rule := voc.subject(e.label, e.text, e.canonical)) is not None]
    if not ruled:
        return []  # most sections name no test, cell count or imaging: skip the per-sentence work
    norm = normalize_text(text or "")
    length = len(norm)
    in_text = [e for e in entities if 0 <= e.start < e.end <= length]
    ordered = sorted(in_text, key=_text_order)
    # a stable sort of the ruled mentions in text: the order they have among ``ordered``
    ruled = sorted(((e, rule) for e, rule in ruled if 0 <= e.start < e.end <= length), key=lambda c: _text_order(c[0]))
    subjects = _subjects(norm, ordered, ruled, voc)
    status = assertion_labels(entities, assertions, among={e for e, _ in subjects})
    quantities = sorted((q for q in quantities if 0 <= q.start < q.end <= len(norm)
                         and not (about_causes and _closes_a_cause_heading(norm, q))), key=lambda q: q.start)
    findings: list[LabFinding] = []
    entity_starts = [e.start for e in ordered]
    treated_from = _first_treatment(norm, ordered, voc)
    subject_starts = [e.start for e, _ in subjects]
    quantity_starts = [q.start for q in quantities]
    for s_start, s_end in split_sentences(norm):
        # bisect to the sentence: long texts must not cost entities × sentences
        in_sentence = subjects[bisect_left(subject_starts, s_start) : bisect_left(subject_starts, s_end)]
        if not in_sentence:
            continue
        nearby = ordered[bisect_left(entity_starts, s_start) : bisect_left(entity_starts, s_end)]
        specimens = _specimens(norm, in_sentence, nearby, voc, (s_start, s_end))
        # a nutrient is a lab subject only with its specimen named (血清维生素E降低)
        in_sentence = [(e, rule) for e, rule in in_sentence if not rule.needs_specimen or specimens[e]]
        # what a food holds is no level of the patient's (少吃含胆固醇较高的食物)
        in_sentence = [(e, rule) for e, rule in in_sentence if not voc.held_by_food(norm, e.start, e.end)]
        sentence_quantities = quantities[bisect_left(quantity_starts, s_start) : bisect_left(quantity_starts, s_end)]
        # 血清免疫球蛋白IgA下降: 免疫球蛋白 is named again as IgA and gives no row, but still joins its list
        # (肿瘤坏死因子(TNF)及免疫球蛋白IgM水平升高: TNF too)
        named_again = {e for (e, _), (after, _) in zip(in_sentence, in_sentence[1:]) if _renamed_by_next(e, after)}
        for group in _groups(norm, in_sentence, voc):
            findings.extend(
                f for f in _read_group(norm, group, nearby, sentence_quantities, voc, status, (s_start, s_end), specimens, disease,
                                 treated_from)
                if f.test not in named_again
            )
    return _judged_as_a_whole(findings, entities, assertions)


#: The cues judging the statement a finding mention holds, which its nested test does not share.
_WHOLE_JUDGED = frozenset({"negated"})


def _judged_as_a_whole(findings: list[LabFinding], entities: Sequence[Entity],
                       assertions: Sequence[Assertion] | None) -> list[LabFinding]:
    """A statement that is one finding mention holding its test (血容量减少, made by the matcher's rule 16)
    and that a backward negation after it judges (血容量减少不明显) is negated: the context stage leaves the
    nested test present (it only qualifies the phrase the cue speaks of), and the row is the phrase
    (code review of the merge d3cb8ff, 2026-12-05)."""
    if not findings or not assertions or len(assertions) != len(entities):
        return findings
    wholes = {
        (entity.start, entity.end): judged.assertion
        for entity, judged in zip(entities, assertions)
        if not entity.nested and entity.label in ("symptom", "disease") and judged.assertion in _WHOLE_JUDGED
        and judged.cue_start is not None and judged.cue_start >= entity.end
    }
    if not wholes:
        return findings
    return [
        replace(f, assertion=wholes[f.start, f.end])
        if (f.start, f.end) in wholes and f.test.nested and f.test.start == f.start else f
        for f in findings
    ]


#: After a bracketed percentage: a colon, the end of a line or of the text (吞噬细胞(40%)：, 血浆蛋白降低(15%)).
_HEADING_CLOSES = re.compile(r"[ \t]*(?:[:：\n]|\Z)")


def _closes_a_cause_heading(norm: str, q: Quantity) -> bool:
    """Whether percentage ``q`` is written in brackets closing a heading (吞噬细胞(40%)：)."""
    return q.unit == "%" and q.text.startswith(("(", "（")) and _HEADING_CLOSES.match(norm, q.end) is not None


def _text_order(entity: Entity) -> tuple[int, int]:
    """Mentions in text order, the longer first where two start together."""
    return entity.start, -entity.end


def _subjects(norm: str, entities: list[Entity], ruled: list[tuple[Entity, LabSubject]],
              voc: ClinicalVocabulary) -> list[tuple[Entity, LabSubject]]:
    """Rule 1: the mentions a finding can be about, aliases left out. ``entities``: the section's mentions in text
    order (``_text_order``); ``ruled``: those of them that ``voc.subject`` gives a rule, with it, in that order."""
    found: list[tuple[Entity, LabSubject]] = []
    starts = [e.start for e in entities]  # sorted by start
    longest = max((e.end - e.start for e in entities), default=0)
    for entity, rule in ruled:
        if entity.nested:
            # a mention holding this one starts at most `longest` before it: look only there
            around = entities[bisect_left(starts, entity.end - longest) : bisect_right(starts, entity.start)]
            if any(
                o.start <= entity.start and entity.end <= o.end and not o.nested
                and (o.label != "symptom" or (o.start != entity.start and not _QUALIFIED.fullmatch(norm, o.start, entity.start)))
                and not (rule.kind == "imaging" and o.start == entity.start
                         and _generic_imaging_result(norm, entity.end, o.end, voc) == o.end)
                for o in around
            ):
                continue  # 大剂量[IgG], 高[血压]; but [血沉]增快 is a test and its result, and so is
                # 进行性[视力]减退 (a qualifier the matcher's rule 14 joined before it), and [心电图]异常
        if found and _is_alias(norm, found[-1][0], entity):
            continue
        if rule.kind == "panel":
            if _names_a_test_it_holds(norm, entity, entities, voc):
                continue  # 血常规白细胞增高: the finding is the white cells'
            rule = _PANEL_ALONE
        found.append((entity, rule))
    return found


def _renamed_by_next(entity: Entity, following: Entity) -> bool:
    """Whether the next subject starts right where ``entity`` ends and its canonical name begins with
    ``entity``'s: the test named again, more precisely or anew, and only that one gives a row (血清免疫球蛋白IgA下降:
    免疫球蛋白A only; 维持正常体温体温过高时: one 体温; not T3T4, whose T4 does not begin with T3; labs review of
    medical_4, 2026-12-05, R1)."""
    name = entity.canonical or entity.text
    return following.start == entity.end and (following.canonical or following.text).startswith(name)


#: A qualifier in 性 or 型 opening a symptom before the test it holds (进行性|视力减退, 窦性|心率增快).
_QUALIFIED = re.compile(r"[\u4e00-\u9fff]{1,4}[性型]")
#: A panel with no test of its own after it is a lab subject: 血常规正常.
_PANEL_ALONE = LabSubject("frequency", "lab")
#: Between a panel and a test it holds: nothing, or a word that shows its result (血常规示白细胞增高).
_PANEL_GAP = re.compile(r"[ \t]*(?:检查)?(?:提示|显示|示|中|:|：)?[ \t]*")


def _names_a_test_it_holds(norm: str, panel: Entity, entities: list[Entity], voc: ClinicalVocabulary) -> bool:
    """Whether a lab test mention follows the ``panel`` mention right after its gap words."""
    after = _PANEL_GAP.match(norm, panel.end).end()
    return any(
        e.start == after and e.label in voc.subject_labels and (r := voc.subject(e.label, e.text, e.canonical)) is not None
        and r.kind == "lab"
        for e in entities
    )


def _is_alias(norm: str, before: Entity, entity: Entity) -> bool:
    gap = norm[before.end : entity.start]
    return gap.strip(" \t") == "(" and norm[entity.end : entity.end + 1] == ")"


def _groups(norm: str, subjects: list[tuple[Entity, LabSubject]], voc: ClinicalVocabulary) -> list[list[tuple[Entity, LabSubject]]]:
    """Rule 2: enumerated subjects of one kind form a group; the specimen of the next one may
    stand between them (血肌酐和血尿素氮升高, ALT及血胆红素可增高)."""
    groups: list[list[tuple[Entity, LabSubject]]] = []
    for entity, rule in subjects:
        if groups:
            last, last_rule = groups[-1][-1]
            gap_start = _skip_alias(norm, last.end)
            first = groups[-1][0][0].start
            if (
                last_rule.kind == rule.kind
                and gap_start <= entity.start
                and ((_joined(norm, gap_start, entity.start, voc) and not _has_own_result_before(norm, first, voc))
                     or _comma_joined(norm, gap_start, entity.start, first, voc))
            ):
                groups[-1].append((entity, rule))
                continue
        groups.append([(entity, rule)])
    return groups


def _joined(norm: str, start: int, end: int, voc: ClinicalVocabulary) -> bool:
    """Whether only list separators, and maybe a specimen the next subject is measured in, lie
    between two subjects."""
    gap = _JOINER.match(norm, start, end).end()
    if gap == end:
        return True
    specimen = voc.specimen_pattern.fullmatch(norm, gap, end)
    return specimen is not None and voc.specimens[specimen.group()] != NOT_A_SPECIMEN


def _has_own_result_before(norm: str, start: int, voc: ClinicalVocabulary) -> bool:
    """Whether an ``own_result_before`` word (低, 高), maybe with a specimen, stands right before the subject at
    ``start``: its result is written there, and it is joined to no next subject across 或/和 (低血浆维生素A或甲状腺功能
    障碍: 维生素A is low, the 障碍 is 甲状腺功能's; labs review of medical_4, 2026-12-05, R3)."""
    return voc.own_result_before(norm, _clause_start(norm, start), start) is not None


def _comma_joined(norm: str, start: int, end: int, first: int, voc: ClinicalVocabulary) -> bool:
    """Whether only a comma (and maybe the next subject's specimen) lies between two subjects of one kind,
    so that the result after the second is the list's (IgG，IgA和IgM均增高: three rows). Not after a list
    whose first subject comes right after a result word, 高 or 低 (高血磷，肾功能损害; 测不出暗适应曲线，色觉紊乱;
    可见IgM，…: the first has its result already), nor after a verb of examining (``examined_before``: 需复查血常规，
    尿常规异常者; 应监测血糖，血钾降低者: the first is what is examined, the result after the comma is the next's)."""
    comma = _COMMA_JOINER.match(norm, start, end)
    if comma is None or comma.end() == start or not _joined(norm, comma.end(), end, voc):
        return False
    return not norm.endswith(voc.before_a_listed_test, 0, first)


def _skip_alias(norm: str, pos: int) -> int:
    """Past a bracketed alias at ``pos`` (not a percentage: (40%)), else ``pos``."""
    match = _ALIAS.match(norm, pos)
    return match.end() if match and not _PERCENT_INSIDE.search(match.group()) else pos


_PERCENT_INSIDE = re.compile(r"[0-9]\s*%")


def _read_group(norm, group, entities, quantities, voc, status, sentence, specimens, disease="", treated_from=0) -> list[LabFinding]:
    """Rules 3 and 4 for one group of subjects; ``treated_from``: where the text's first treatment is named
    (``_first_treatment``)."""
    if group[0][1].kind == "imaging":
        return _read_imaging(norm, group, entities, voc, status, sentence)
    rule = group[-1][1]
    first, last = group[0][0], group[-1][0]
    clause_start = _clause_start(norm, first.start, sentence[0])
    by_start = {q.start: q for q in quantities}
    pos, end = last.end, last.end
    finding, direction, value, qualifier = "", "", None, ""
    while pos < sentence[1] and norm[pos] not in _CLAUSE_END:
        while pos < sentence[1] and norm[pos] in " \t":
            pos += 1
        q = by_start.get(pos)
        if q is not None and q.kind == "frequency_word" and finding and _ACCOMPANIED.search(norm, q.start, q.end):
            break  # 血清钙降低常伴有血清磷升高: 伴 opens the next finding, no qualifier of this one
        if q is not None and q.kind == "frequency_word":
            # 11号染色体的部分缺失: a word of degree right before the result says how much, not how many
            # (frequency_terms.tsv's before_mention degree; labs review of medical_6, 2026-12-04)
            degree = q.qualifier in load_quantity_resources().degree_before and voc.finding_pattern.match(norm, q.end)
            qualifier, pos = ("" if degree else q.qualifier) or qualifier, q.end
        elif q is not None and q.kind in _VALUE_KINDS and value is None and (_is_measure(q) or _is_amount(q, norm, last, voc)):
            value, pos = q, q.end
        elif not finding and (m := voc.finding_pattern.match(norm, pos)):
            if m.group() in voc.closing_findings and voc.compared_before_pattern.search(norm, clause_start, first.start):
                break  # 血浆雌二醇含量比睾酮含量高: what is higher is named before 比, not this test
            if voc.disease_end_pattern.match(norm, m.end()):
                return []  # 恶性组织细胞增生病: a disease named after the finding, no result
            if m.group() == _NORMAL and (ratio := _RATIO_TO_NORMAL.match(norm, m.end())):
                # 可达正常的10倍, 是正常的一半: a ratio to the normal level, up or down
                finding, direction, pos = norm[m.start() : ratio.end()], _ratio_direction(ratio), ratio.end()
                end = pos
                continue
            if m.group() == _NORMAL and (attribute := voc.normal_attribute_pattern.match(norm, m.end())):
                if _COMPARED_WITH.search(norm, max(m.start() - 2, 0), m.start()):
                    pos = attribute.end()  # 可较正常人增加2～3倍: compared with healthy people, read on
                    continue
                return []  # 尿酸正常值为…, 血清镁的正常浓度: a reference, no result of the patients
            if m.group().endswith("不足") and norm.startswith("以", m.end()) and not norm.startswith(("以致", "以至"), m.end()):
                return []  # PaCO2不足以兴奋呼吸: not enough to do something, no level (labs review of medical_7)
            if m.group() in voc.effect_verbs and voc.risk_object_pattern.match(norm, m.end()):
                return []  # 维生素C可增加子痫的危险性: the word raises a risk, no level of the test
            if m.group() in voc.effect_verbs and _acts_on_a_mention(norm, m.start(), m.end(), entities, voc):
                return []  # 维生素C可降低胆固醇: what it can do to another, no level of its own
            finding, direction, pos = m.group(), voc.findings[m.group()], m.end()
        elif not finding and (alias := _skip_alias(norm, pos)) > pos:
            pos = alias
            continue
        elif value is None and not finding and (timed := _time_before_a_level(norm, pos, by_start, voc)) is not None:
            pos = timed  # 体温于1～2日内达39℃～40℃: when it gets there, then the verb and the value
            continue
        elif (filled := _filler(norm, pos, voc)) is not None:
            pos = filled
            continue
        elif rule.percent == "value" and value is None and not finding and (share := voc.share_pattern.match(norm, pos)):
            pos = share.end()  # 淋巴细胞占30%: the cells' value, read only for such subjects
            continue
        elif not finding and norm.startswith("是", pos) and _closed_by_de(norm, pos + 1, voc):
            pos += 1  # 血碱性磷酸酶是增高的, 多数患者的TSH是正常的: 是…的 states the result
            continue
        else:
            break
        end = pos
    if value is None and finding and (gap := voc.value_after_comma_pattern.match(norm, pos, sentence[1])):
        # 血钠浓度升高，大于150mmol/L: a clause that is only the value of the result before it
        q = by_start.get(gap.end())
        if (q is not None and q.kind in _VALUE_KINDS and q.unit != "%" and _is_measure(q)
                and (q.end >= sentence[1] or norm[q.end] in _CLAUSE_END or _WHEN.match(norm, q.end))):
            value, end = q, q.end
    if not finding and value is not None and value.unit in _PARTS and _OF_THE_TEST.fullmatch(norm, last.end, value.start):
        return []  # 约占α1球蛋白的80%, 约为成熟淋巴细胞的2～3倍: a part or a multiple of it, no level of the test
    start = first.start
    if (reference := voc.normal_before_pattern.search(norm, clause_start, first.start)) and (
            reference.group() not in voc.words.get("normal_alone", ())
            or not finding or voc.findings[finding] == _NORMAL_DIRECTION):
        return []  # 正常时尿钾排泄量为38～150mmol/L, 外周血正常白细胞计数是…: the reference, no result
        # (正常Ig含量的减低 is the patients' level going down)
    if treated_from < first.start and _caused_by_a_treatment(norm, clause_start, first.start, entities, voc) and not (
            finding and first.text + finding in disease):
        return []  # 利尿常能使血压下降, 激素可引起眼压增高: what a treatment does, no finding of the patients
        # (but 药物…可致血小板减少 in 药物性血小板减少: the record's disease itself)
    if _after_something_given(norm, sentence[0], first.start, voc):
        return []  # 给予内啡肽后抗利尿激素增高: what followed something given, its effect
    if finding and voc.described_noun_pattern.match(norm, end):
        return []  # 引起粒细胞减少的药物, 血糖升高的激素: the result describes a drug or hormone, no finding
    if finding and norm.startswith("的", end) and _describes_a_part(end + 1, entities):
        return []  # 血小板在受损的肾小球…, HBeAg阳性的血中: the result describes a body part, no finding
    if finding and voc.group_of_them_pattern.match(norm, end):
        return []  # 高血压病人患冠心病者是血压正常者的4倍, HBsAg阳性者的配偶: a group compared or related, no result
    if not finding and value is None and (own := _own_result_before_a_list(norm, group, pos, clause_start, entities, voc)):
        # 低血浆维生素A或甲状腺功能障碍: the word before the test is its result (R3, see _has_own_result_before)
        finding, direction, start = own["word"], voc.own_result_directions[own["word"]], own.start()
    if not finding and value is None:
        m = voc.finding_before_pattern.search(norm, clause_start, first.start)
        if m is None or (pos < sentence[1] and norm[pos] not in _CLAUSE_END):
            return []
        finding, direction, start = m.group(), voc.findings_before[m.group()], m.start()
    before = [
        q for q in quantities
        if clause_start <= q.start and q.end <= first.start and not _value_of_a_test(norm, q, entities, voc)
    ]
    qualifier = qualifier or next((q.qualifier for q in reversed(before) if q.kind == "frequency_word"), "")
    freq_pct = next(
        (pct for q in reversed(before) if q.kind in _SHARES and (pct := _frequency(q)) is not None
         and not (q.unit == "%" and no_share_of_patients(norm, q, sentence[0]))), None
    )  # 14例(60.8%)血清IgG升高, 约三分之一患者…; not 当脑血流量少于心输出量的15%时 (a part of an amount)
    low = high = None
    unit = comparator = ""
    # 体温<31℃时应加用热风, 维持动脉血氧分压在…: a threshold or a target, not a finding
    threshold = value is not None and voc.is_threshold(norm, clause_start, first.start, value.end)
    # 当血小板过低时，遵医嘱输注血小板; 肾功能减退时…发生率更高, 血压低时应去枕平卧: a condition, not a
    # finding (labs review of medical_15: 40 of 40 such rows of medical_0–3 and 10–15 were conditions)
    threshold = threshold or (bool(finding) and _WHEN.match(norm, end) is not None)
    # 空腹血糖<7.8mmol/L或餐后2小时血糖<10mmol/L时, 血糖水平在3.6～3.9mmol/L(65～70mg/dl)时, 当血钠浓度增高和
    # 细胞外液扩张达到一定程度时: a clause ending in 时 is a condition, whatever follows the result in it
    # (labs review of medical_11, 2026-12-04)
    threshold = threshold or _CLAUSE_ENDS_WHEN.match(norm, end) is not None
    # 老人胆固醇较高的话, 尿内红细胞正常后，恢复正常的生活: an if, a point reached (labs review of medical_7)
    threshold = threshold or _IF_SO.match(norm, end) is not None or (
        direction in _REACHED and _ONCE_REACHED.match(norm, end) is not None)
    # 体温较高者应立即给予…, 结核菌素试验阴性者应行卡介苗接种: those with it are told what to do
    threshold = threshold or _ADVICE_FOR_THOSE.match(norm, end) is not None
    # 直立位的血压降低10mmHg，脉率增加20次/min，则失血量超过1000ml: the clauses before 则 are its condition
    # (labs review of medical_11, 2026-12-04), unless the result's own clause is a consequence (则…, …就…)
    threshold = threshold or (_THEN_AFTER.match(norm, end) is not None
                              and _IS_A_CONSEQUENCE.search(norm, clause_start, first.start) is None
                              and not _AFTER_WHEN.search(norm, max(sentence[0], clause_start - _OPENS_REACH), clause_start))
    # 若肺功能正常…, 一旦血钾升高: a condition, not a finding
    threshold = threshold or voc.condition_opening_pattern.search(norm, clause_start, first.start) is not None
    # 如发现血压升高，应注意…; 胆汁中如胆固醇含量过多…，则…; 如3～4天体温下降后，…: 如 opening a condition, not
    # the 如 of a list of examples (如血糖、血脂升高; labs review of medical_11, 2026-12-04)
    threshold = threshold or _in_a_ru_condition(norm, clause_start, first.start, end, sentence, voc)
    # 若右下腹肿块逐渐增大,体温持续升高,应考虑…: a later clause of the condition
    threshold = threshold or _in_a_condition(norm, clause_start, end, sentence, voc)
    # 直立时不能产生反射性心率增加, 吸入水不会导致持续水电解质紊乱: a result that does not come about
    not_caused = voc.not_caused_pattern.search(norm, clause_start, first.start) is not None
    # 眼压升高的病人，常常可以…, 血钾明显增高者可有：: those with the result, a group, no result of the patients
    # (but 血压偏低者多见, 阳性者占30%: how many have it)
    a_group = _names_a_group(norm, end, sentence[1], by_start, voc)
    if value is not None and _is_a_change(norm, value, voc):
        value = None  # 血压降低10mmHg, 肺动脉压可增加1倍: by how much it changed, no level; the direction stays
    if value is not None:
        # 血清黏稠度>6%, 酸性鞘磷脂酶活性低于正常值的5%: a level, the test's value; 心输出量的15%,
        # 心室率增快10%～30%: a part of another amount or a change, no number of the test nor of its patients
        no_share = no_share_of_patients(norm, value, sentence[0]) if value.unit == "%" and rule.percent == "frequency" else ""
        if no_share == "level" and finding:
            no_share = ""  # M蛋白阳性可达75%, TRAb可高达83%～100%: how many have the result
        if no_share in _NO_NUMBER_OF_IT:
            value = None
        elif value.unit == "%" and rule.percent == "frequency" and not no_share:
            freq_pct = value.value if value.kind == "percent" else freq_pct
        else:
            low = value.low if value.value is None else value.value
            high = value.high if value.value is None else value.value
            unit, comparator = spell_unit(value.unit), value.comparator
    if not direction and not threshold and comparator:
        # 血糖浓度<2.8mmol/L, 心率>200次/分: a bound beyond which the value lies says which way
        # (labs review of medical_15, 2026-12-04; not a threshold or target, marked hypothetical)
        direction = "up" if comparator.startswith(">") else "down" if comparator.startswith("<") else ""
    return [
        LabFinding(
            test=_cell_life(norm, entity, last, voc), specimen=specimens.get(entity, ""), finding=finding,
            direction=direction, value_low=low, value_high=high, unit=unit, comparator=comparator,
            freq_pct=freq_pct, qualifier=qualifier, start=min(start, first.start), end=max(end, last.end),
            evidence_start=sentence[0], evidence_end=sentence[1],
            assertion="hypothetical" if threshold else "negated" if not_caused else (
                "hypothetical" if a_group and status.get(entity, "") in _FOUND else status.get(entity, "")),
        )
        for entity, _ in group
        # HIV感染导致淋巴细胞增生: cells growing in a tissue, unless a specimen is named (骨髓)
        if not (entity.label == "body" and finding in voc.needs_specimen and not specimens.get(entity))
    ]


#: The assertions of a result found in the patients, which a group named by it makes hypothetical.
_FOUND = frozenset({"present", "normal", ""})
#: Quantities right after a group that say how many have its result (罕见, 约占20%, 约1/3, 发现…阳性者1774例).
_GROUP_SHARE_KINDS = frozenset({"frequency_word", "percent", "percent_range", "fraction", "count"})
#: What may close a ``group_share`` word with no number after it (者居多。, 者多)等).
_SHARE_CLOSE = re.compile(r"[ \t]*(?:[,，;；。:：!?！？)）、]|等|\Z)")


def _describes_a_part(pos: int, entities: Sequence[Entity]) -> bool:
    """Whether a body mention starts at ``pos``, right after a result and 的: the result tells which part (受损的肾小球,
    HTLV-Ⅰ抗体阳性的淋巴细胞), no level of the patients (labs review of medical_7, 2026-12-06). Called only after 的."""
    return any(e.start == pos and e.label == "body" for e in entities)


def _names_a_group(norm: str, end: int, sentence_end: int, by_start, voc: ClinicalVocabulary) -> bool:
    """Whether a patient word (quantity_cues.tsv's ``patient_noun``, ``case_noun``, ``patient_suffix``: 患者, 病例,
    者), maybe after 的, follows the result at ``end`` and no share of them comes after it (a ``group_share`` word
    closing the clause or before a number, or a frequency or a share: 阳性者占30%, 偏低者多见, 异常者罕见): the
    result names a group of patients (眼压升高的病人，常常…; 血小板减少患者一般对…反应), no finding of the record's
    (labs review of medical_5, 2026-12-05, class 2)."""
    group = _patients_after().match(norm, end, sentence_end)
    if group is None:
        return False
    pos = voc.group_adverbs_pattern.match(norm, group.end(), sentence_end).end()
    if (q := by_start.get(pos)) is not None and q.kind in _GROUP_SHARE_KINDS:
        return False
    share = voc.group_share_pattern.match(norm, pos, sentence_end)
    return share is None or not (
        ((q := by_start.get(share.end())) is not None and q.kind in _GROUP_SHARE_KINDS)
        or _SHARE_CLOSE.match(norm, share.end(), sentence_end))


@functools.cache
def _patients_after() -> re.Pattern[str]:
    """A patient word, maybe after 的, right after a result (的患者, 者, 病例)."""
    return re.compile(f"[ \\t]*的?[ \\t]*(?:{alternation(load_quantity_resources().patient_words)})")


#: How a cell subject's name ends (粒细胞, 红细胞, 血小板).
CELL_ENDINGS = ("细胞", "血小板")


def _cell_life(norm: str, entity: Entity, last: Entity, voc: ClinicalVocabulary) -> Entity:
    """``entity``, or for a cell the last of its group with a ``cell_life`` word of lab_findings.tsv right
    after it (how long the cells live or how active they are: 红细胞的寿命缩短, 巨噬细胞活力可上升; that, not the
    count, is the result's test), the same mention named as that measure (红细胞 → 红细胞寿命)."""
    name = entity.canonical or entity.text
    if entity is not last or not name.endswith(CELL_ENDINGS) or not (life := voc.cell_life_pattern.match(norm, entity.end)):
        return entity
    return replace(entity, canonical=name + voc.cell_life[life["what"]])


#: A time phrase after a test, before a verb reaching a level (``reached_after_time``) and its value: 于1～2日内 of
#: 体温于1～2日内达39℃～40℃, 1～2天内 of 体温1～2天内达40℃以上 (labs review of medical_4, 2026-12-05, R5).
_TIME_PHRASE = re.compile(
    r"(?:于|在)?[ \t]*(?:[0-9]+(?:\.[0-9]+)?(?:[~～\-－][0-9]+(?:\.[0-9]+)?)?|[一二三四五六七八九十两数]+)[ \t]*个?"
    r"(?:日|天|小时|周)(?:内|后|左右)?[ \t]*(?:即|可)?[ \t]*"
)


def _time_before_a_level(norm: str, pos: int, by_start, voc: ClinicalVocabulary) -> int | None:
    """The end of a time phrase at ``pos`` that a ``reached_after_time`` verb and a value follow, or None."""
    timed = _TIME_PHRASE.match(norm, pos)
    if timed is None or (verb := voc.reached_after_time_pattern.match(norm, timed.end())) is None:
        return None
    q = by_start.get(verb.end())
    return timed.end() if q is not None and q.kind in _VALUE_KINDS else None


def _own_result_before_a_list(norm, group, pos, clause_start, entities, voc) -> re.Match[str] | None:
    """The ``own_result_before`` word right before a lone subject that only a joiner (或, 和, 、) and the next
    lab subject follow, which ``_groups`` did not join it to (低血浆维生素A或甲状腺功能障碍 → 低)."""
    if len(group) != 1:
        return None
    test = group[0][0]
    after = _JOINER.match(norm, test.end).end()  # the scan may have read 或 as a filler already: pos is after it
    if after == test.end or after < pos or not any(
        e.start == after and e.label in voc.subject_labels and voc.subject(e.label, e.text, e.canonical) is not None
        for e in entities
    ):
        return None  # 低血钙及代谢性酸中毒: no list of tests, no reading (the rule is about the list only)
    return voc.own_result_before(norm, clause_start, test.start)


#: In a frequency word, 伴 (伴有, 常伴有, 多伴有, 常伴): what comes with the finding, said after it
#: (血清钙降低常伴有血清磷升高; labs review of medical_9, 2026-12-05).
_ACCOMPANIED = re.compile("伴")


#: Between a test and a percentage or multiple with no result word: 的 (约 may follow), the test is the whole the
#: number is a part of (不到血循环白蛋白的6%, 约占血清总免疫球蛋白的15.2%; labs review of medical_8, 2026-12-05, R3)
#: or what something is compared with (约为成熟淋巴细胞的2～3倍); not 血红蛋白超过125%时 (a value, no 的).
_OF_THE_TEST = re.compile(r"[ \t]*的[ \t]*(?:约|大约)?[ \t]*")
#: Right before a percentage: 的 (约 may follow) closing a whole or a level it is a part of, not a
#: group of patients (酸性鞘磷脂酶活性低于正常值的5%, 占总IgG的70%, 孕妇血糖的60%～75%; not 占患者的30%,
#: 占本病的10%, 占病例的5%: labs review of medical_12, 2026-12-04 night).
_OF_A_WHOLE = re.compile(r"的(?<![患病人者例]的)[ \t]*(?:约|大约)?[ \t]*\Z")  # the lookbehind over 的, as _IS_A_CONSEQUENCE's
#: Comparators a quantity carries in its own text (血清黏稠度>6%).
_COMPARATORS = frozenset({">", ">=", "<", "<="})
#: A percentage after a comparator or reaching verb is a share of patients only with a rate word or
#: a group of people in its clause or the one before (阳性率很高，达80%; 88例…病人，发现…抗体为14%).
_RATE_CHARACTER = "率"
#: Why ``no_share_of_patients`` says a percentage is none: the number is no value of the test either.
_NO_NUMBER_OF_IT = frozenset({"whole", "change"})


def no_share_of_patients(norm: str, q: Quantity, floor: int) -> str:
    """Why percentage ``q`` (in the sentence from ``floor``) is no share of patients, or '' when it
    may be one: ``reference`` (正常值的5%: the test's level), ``whole`` (心输出量的15%, 细菌培养阳性总数的10%:
    a part of another amount), ``change`` (心室率增快10%～30%) or ``level`` (血清黏稠度>6%, 高铁血红蛋白达20%:
    no patients nor rate word near). The freq columns must be a share of patients (labs review of
    medical_12, 2026-12-04 night: 13 of 13 such rows of medical_12–13 were none)."""
    cues = _share_cues()
    clause_start = _clause_start(norm, q.start, floor)
    before = norm[clause_start : q.start]
    if cues.population_after.match(norm, q.end):
        return ""  # 组织学正常的40%病人: the number counts the people after it
    if cues.reference.search(before):
        return "reference"
    if _OF_A_WHOLE.search(before) and not cues.population_of.search(before):
        return "whole"
    if cues.change.search(before) and not q.text.startswith(("(", "（")):
        return "change"  # not 浆细胞比例明显增高(>10%): the level, in brackets
    if cues.reaching.search(before) or q.comparator in _COMPARATORS:
        near = norm[_clause_start(norm, max(clause_start - 1, floor), floor) : q.start]
        if _RATE_CHARACTER not in near and not cues.population.search(near):
            return "level"
    return ""


@dataclass(frozen=True)
class _ShareCues:
    reference: re.Pattern[str]
    population_of: re.Pattern[str]
    change: re.Pattern[str]
    reaching: re.Pattern[str]
    population: re.Pattern[str]
    population_after: re.Pattern[str]  # right after a percentage, the people it counts (40%病人, 30%的患者)


_SHARE_CUES: dict[int, tuple[object, _ShareCues]] = {}


def _share_cues() -> _ShareCues:
    """``quantity_cues.tsv``'s words as the quantities stage reads them (``reference_before``,
    ``change_before``, comparators of ``before``, ``population``), compiled once per loaded resources."""
    res = load_quantity_resources()
    cached = _SHARE_CUES.get(id(res))
    if cached is None:
        comparators = [w for w, (comparator, _) in res.before.items() if comparator and not any(r in w for r in res.rate)]
        people = (*res.population, "例", "人")
        cached = _SHARE_CUES[id(res)] = (res, _ShareCues(
            reference=re.compile(f"(?:{alternation(res.reference_before)})[ \\t]*\\Z"),
            population_of=re.compile(f"(?:{alternation(people)})的[ \\t]*(?:约|大约)?[ \\t]*\\Z"),
            change=re.compile(f"(?:{alternation(res.change_before)})了?[ \\t]*(?:约|常常)?[ \\t]*\\Z"),
            # a verb reaching a level (高铁血红蛋白达20%, 可低至30%: ``reaching``) or a comparator (超过, 低于, >)
            reaching=re.compile(f"(?:{alternation((*res.reaching, *comparators))})[ \\t]*约?[ \\t]*\\Z"),
            population=re.compile(alternation(people)),
            population_after=re.compile(f"[ \\t]*的?[ \\t]*(?:{alternation(people)})"),
        ))
    return cached[1]


#: Right after a result word: when it is so, a condition (血压低时, 当血小板过低时; not 时间, 时期, nor
#: 时有发生, 时轻时重, 时高时低: code review).
_WHEN = re.compile("时(?![间期有而轻重高低好常])")
#: The rest of a clause ending in 时 (when): not 同时, 及时, 有时, 平时, 此时 …, nor the 时 of 小时, nor a
#: point in the course (发病时, 入院时, 就诊时, 分娩时, 手术时: 血清淀粉酶升高多见于发病时; code review); a
#: blank ends the clause (水和电解质紊乱 葡萄糖无氧酵解时: a heading, then its text).
_CLAUSE_ENDS_WHEN = re.compile(r"[^,，;；。:：!?！？ \t]*(?<![同及暂随有平临此当那彼届按准定适少多幼儿小病院诊娩术])时[ \t]*(?:[,，;；。:：!?！？]|\Z)")
#: The rest of a clause ending in 的话 (if so): 胆固醇较高的话.
_IF_SO = re.compile(r"[^,，;；。:：!?！？]*的话")
#: Right after a result back to normal or negative, (以|之)后 closing the clause: the time it is
#: reached, what follows is done then (尿内红细胞正常后，恢复正常的生活; 尿蛋白转阴后，…).
_ONCE_REACHED = re.compile(r"[ \t]*(?:以|之)?后[ \t]*[,，]")
_REACHED = frozenset({"normal", "negative"})
#: After a result: the rest of its clause and at most one more, then a clause opening with 则 (then),
#: the consequence of a condition (血压降低10mmHg，脉率增加20次/min，则失血量超过1000ml); not when a
#: condition of its own opens between (肾功能减退，若双侧梗阻，则…; 心率增加而缩短，当…时，则…).
_THEN_AFTER = re.compile(
    r"(?:(?!若|如|当|待|但|而|一旦|假|倘|时[,，])[^,，;；。:：!?！？])*"
    r"(?:[,，](?:(?!若|如|当|待|但|而|一旦|假|倘|时[,，]|则)[^,，;；。:：!?！？])*)?[,，][ \t]*则"
)
#: Right before a clause: a clause in 时 ends, the clause is what happens then (当PCO2＞6.7kPa时，血压明显上升).
_AFTER_WHEN = re.compile(r"时[,，][ \t]*\Z")
#: In a clause before its test: words of a consequence (则, 就, 便), the clause is no condition.
#: Not the 便 of 大便, 粪便, 小便, 便秘, 便血; the 就 of 就诊, 就医; the 则 of 规则, 原则, 否则 (code review:
#: 若出现腹痛，粪便白细胞增多，应考虑… is a condition).
#: (Here and below a character's lookbehind is written after it, over it: ``re`` then skips to the character rather
#: than trying the lookbehind at every position of a clause or sentence.)
_IS_A_CONSEQUENCE = re.compile("则(?<![规原否准法细]则)|就(?![诊医])|便(?<![大小粪]便)(?![秘血])")
#: What ends a condition before a consequence: a clause in 时 (当…时, the clauses after it are what
#: happens then), or a semicolon or colon.
_CONDITION_ENDS = re.compile(r"时[,，]|[;；:：]")
#: At most this many commas between the word opening a condition and the finding's clause.
_CONDITION_CLAUSES = 3
_COMMAS = re.compile("[,，]")


def _in_a_condition(norm: str, clause_start: int, end: int, sentence: tuple[int, int], voc: ClinicalVocabulary) -> bool:
    """Whether the clause at ``clause_start`` continues a condition that a ``condition_opening`` word opened in
    one of the few clauses before it in its sentence and that a consequence (``voc.consequence_pattern``)
    after ``end`` closes, with only commas and no other consequence (若在内缘破坏,则表现为…骨密度减低)
    or end of the condition between."""
    opening = None
    for opening in voc.condition_opening_pattern.finditer(norm, sentence[0], clause_start):
        pass  # the last one
    if (opening is None or voc.consequence_pattern.search(norm, opening.end(), end)
            or _CONDITION_ENDS.search(norm, opening.end(), clause_start)
            # 卵巢功能一旦衰竭…，卵巢分泌的雌激素就会显著减少: a clause with 就, 便 or 则 is the consequence
            or _IS_A_CONSEQUENCE.search(norm, clause_start, end)
            or len(_COMMAS.findall(norm, opening.end(), clause_start)) > _CONDITION_CLAUSES):
        return False
    consequence = voc.consequence_pattern.search(norm, end, sentence[1])
    return consequence is not None and _CONDITION_ENDS.search(norm, end, consequence.start()) is None


#: 如 (if, such as) opening a clause; not 如下, 如此, 如何, 如同, 如上, 如前, 如期 …
_RU = re.compile("如(?![下此何同上前今期实意其果])")
#: Right before a 如 that opens a clause: a clause mark, a list number (2、), or 中/时 ending a phrase of
#: place or time (胆汁中如…, 锻炼时如…); not a colon (混合因素：如慢性特发性粒细胞减少症等: examples).
_RU_OPENS = re.compile(r"(?:[,，;；。]|[0-9][、.]|[中时])[ \t]*\Z")
#: How far back ``_RU_OPENS`` and ``_AFTER_WHEN`` (patterns anchored at the end) are looked for: a mark
#: and a few blanks; searched from the sentence's start they made a long sentence quadratic (code review).
_OPENS_REACH = 8
#: Between 如 and the result: a consequence inside a clause (…无二尖瓣杂音时应考虑为…所致): 如's condition has ended.
_RU_INNER_CONSEQUENCE = re.compile("应(?<![反适相效对供感响]应)|须|提示")
#: The rest of the clause a 如 opens, ending in 后 (after): a condition of time (如3～4天体温下降后，再度出现高热).
_RU_AFTER = re.compile(r"[^,，;；。:：!?！？]*后[ \t]*[,，]")
#: At most this many commas between a finding and the consequence of the 如 before it.
_RU_CLAUSES = 2


def _in_a_ru_condition(
    norm: str, clause_start: int, first_start: int, end: int, sentence: tuple[int, int], voc: ClinicalVocabulary
) -> bool:
    """Whether the result at ``first_start:end`` is in a condition a clause-opening 如 begins (in its
    clause or a few before): a consequence (``voc.ru_consequence_pattern``) must follow it within a few clauses
    with no other 如 nor end of the condition between, or the clause 如 opens ends in 后. A 如 with
    neither lists examples (如血糖、血脂升高等)."""
    opening = None
    for m in _RU.finditer(norm, sentence[0], first_start):
        if m.start() == sentence[0] or _RU_OPENS.search(norm, max(sentence[0], m.start() - _OPENS_REACH), m.start()):
            opening = m
    if (opening is None or voc.ru_consequence_pattern.search(norm, opening.end(), end)
            or _CONDITION_ENDS.search(norm, opening.end(), clause_start)
            or _IS_A_CONSEQUENCE.search(norm, opening.end(), first_start)
            or _RU_INNER_CONSEQUENCE.search(norm, opening.end(), first_start)
            or len(_COMMAS.findall(norm, opening.end(), clause_start)) > _CONDITION_CLAUSES):
        return False
    if opening.start() >= clause_start and _RU_AFTER.match(norm, end):
        return True
    consequence = voc.ru_consequence_pattern.search(norm, end, sentence[1])
    return (consequence is not None and _CONDITION_ENDS.search(norm, end, consequence.start()) is None
            and _RU.search(norm, end, consequence.start()) is None
            and voc.condition_opening_pattern.search(norm, end, consequence.start()) is None
            and len(_COMMAS.findall(norm, end, consequence.start())) <= _RU_CLAUSES)


#: Between a treatment and the test after it, before its causing word (``lab_findings.tsv``'s
#: ``causing``): adverbs only (常能使, 可引起, 仍可使), maybe with a few words after the verb
#: (使患者|血压下降).
_CAUSING_ADVERBS = "(?:常|多|均|亦|也|仍|可以|可|能|会|则)*"
#: At most this many characters between a treatment word or a given drug and the test, a causing
#: word among them (化疗药物|对骨髓抑制常致成熟|中性粒细胞减少, 经阿司匹林|治疗的特定年幼病儿中可使|…).
_CAUSED_REACH = 12
_TREATMENT_LABELS = frozenset({"drug", "procedure"})


@dataclass(frozen=True)
class _TreatmentCues:
    right_after: re.Pattern[str]  # adverbs and a causing word right after a drug (激素|可引起)
    causing: re.Pattern[str]  # a causing word anywhere in the gap (所致 being its own)
    not_causing: re.Pattern[str]  # words holding one that cause nothing (以致, 一致, 致病), masked first
    treating: re.Pattern[str]  # a treatment word, given
    given_before: re.Pattern[str]
    given_after: re.Pattern[str]
    giving: re.Pattern[str]  # a given_before word anywhere (使用, 用, 给予)
    given_then: re.Pattern[str]  # a given_then word and …后 (给予内啡肽后)
    stopped: re.Pattern[str]  # a ``stopped`` word ending a text, blanks after it (停用激素: not given)
    stopped_reach: int  # how far before a drug such a word may start: the longest and one blank

    def is_stopped(self, norm: str, start: int) -> bool:
        """Whether a ``stopped`` word stands right before ``start`` (停用激素可引起血糖升高: the disease's own course)."""
        return self.stopped.search(norm, max(0, start - self.stopped_reach), start) is not None


_TREATMENT_CUES: dict[int, tuple[ClinicalVocabulary, _TreatmentCues]] = {}


def _treatment_cues(voc: ClinicalVocabulary) -> _TreatmentCues:
    """``lab_findings.tsv``'s treatment roles compiled once per vocabulary."""
    cached = _TREATMENT_CUES.get(id(voc))
    if cached is None:
        def any_of(role: str) -> str:
            return alternation(voc.treatment_words.get(role, ()))
        causing = f"(?:{any_of('causing')})"
        # before a treatment word, a ``not_given_before`` word: it is not given (未经治疗可使血压持续升高, 延误治疗, 停止透析)
        not_given = voc.treatment_words.get("not_given_before", ())
        given_then = words_not_after(voc.treatment_words.get("given_then", ()), (*not_given, *_not_given_then(voc)))
        stopped = voc.treatment_words.get("stopped", ())
        cached = _TREATMENT_CUES[id(voc)] = (voc, _TreatmentCues(
            right_after=re.compile(f"[ \\t]*{_CAUSING_ADVERBS}{causing}[^,，;；。:：]{{0,4}}"),
            causing=re.compile(causing),
            not_causing=re.compile(any_of("not_causing")),
            treating=re.compile(words_not_after(voc.treatment_words.get("treatment", ()), not_given)),
            given_before=re.compile(f"(?:{any_of('given_before')})[ \\t]*\\Z"),
            given_after=re.compile(f"[ \\t]*(?:{any_of('given_after')})"),
            giving=re.compile(words_not_after(voc.treatment_words.get("given_before", ()), not_given)),
            given_then=re.compile(f"(?:{given_then}){_until_after(voc)}"),
            stopped=re.compile(f"(?:{'|'.join(map(re.escape, stopped)) or '(?!)'})[ \\t]*\\Z"),
            stopped_reach=max(map(len, stopped), default=0) + 1,
        ))
    return cached[1]


def _not_given_then(voc: ClinicalVocabulary) -> tuple[str, ...]:
    """What comes before a ``given_then`` word in a ``not_given_then`` word ending in it (供 of 供给, 补 of 补给: 铁的
    供给不足后血红蛋白下降 gives nothing): no given_then word right after one."""
    given = voc.treatment_words.get("given_then", ())
    return tuple(w[:-len(g)] for w in voc.treatment_words.get("not_given_then", ()) for g in given
                 if w.endswith(g) and len(w) > len(g))


def _until_after(voc: ClinicalVocabulary) -> str:
    """From a ``given_then`` word to its 后: at most 14 characters, no clause mark, not the 后 of a
    ``not_given_then_after`` word (术后, 餐后, 食后, 球后: a time or a place; 后遗, 后果)."""
    words = voc.treatment_words.get("not_given_then_after", ())
    closing = "".join(f"(?<!{re.escape(w[:-1])})" for w in words if len(w) > 1 and w.endswith("后"))
    opening = alternation(w[1:] for w in words if len(w) > 1 and w.startswith("后"))
    return f"[^,，;；。:：!！?？]{{0,14}}?{closing}{_GIVEN_THEN_AFTER}(?!{opening})"


#: The 后 closing every ``given_then`` match (``_until_after``): a window without it holds none.
_GIVEN_THEN_AFTER = "后"
#: At most this many characters, and one clause mark, between the 后 of something given and the test.
_GIVEN_REACH = 30


def _after_something_given(norm: str, sentence_start: int, test_start: int, voc: ClinicalVocabulary) -> bool:
    """Whether a ``given_then`` word and its 后 stand shortly before the test in its sentence (给予内啡肽后抗利尿
    激素增高, 给予重组的人瘦素后，可使甲状腺激素升高): the result follows what was given, its effect, no finding
    of the patients (labs review of medical_5, 2026-12-05, class 3)."""
    window_start = max(sentence_start, test_start - _GIVEN_REACH - 16)
    if norm.find(_GIVEN_THEN_AFTER, window_start, test_start) < 0:
        return False  # most windows: no 后, so no given_then match
    return any(
        test_start - m.end() <= _GIVEN_REACH and sum(norm.count(c, m.end(), test_start) for c in _CLAUSE_END) <= 1
        for m in _treatment_cues(voc).given_then.finditer(norm, window_start, test_start)
    )


def _first_treatment(norm: str, entities: Sequence[Entity], voc: ClinicalVocabulary) -> int:
    """Where the first drug or procedure mention or treatment word (``treating``) of the text starts, else its
    length: a result before it is no treatment's effect (``_caused_by_a_treatment`` reads only treatments before the
    test). A ``treating`` match in any window of the text starts at or after the first match in the whole text
    (the words are plain, the pattern looks only behind), so one search per text answers for every test."""
    first = next((e.start for e in entities if e.label in _TREATMENT_LABELS), len(norm))
    treating = _treatment_cues(voc).treating.search(norm, 0, first)
    return first if treating is None else treating.start()


def _caused_by_a_treatment(norm: str, clause_start: int, test_start: int, entities: Sequence[Entity],
                           voc: ClinicalVocabulary) -> bool:
    """Whether a treatment in the test's clause causes its result: a drug or procedure right before
    a causing word (利尿常能使血压下降, 激素可引起眼压增高), or a treatment word or a drug given (经,
    使用…, …治疗, …的应用) a few words before one (化疗药物对骨髓抑制常致成熟中性粒细胞减少, ACEI的应用仍可使
    GFR下降): the effect of a treatment, no finding of the patients (labs reviews of medical_7 and
    medical_12, 2026-12-04). Not one untreated, delayed or stopped (未经治疗可使血压持续升高, 停用激素可引起
    血糖升高: the disease's own course), nor a drug merely named (药物可致血小板减少 in an ITP record:
    any drug so read was right 7 times of 26)."""
    cues = _treatment_cues(voc)

    def without_false_causes(gap: str) -> str:
        return cues.not_causing.sub(lambda m: "\x00" * len(m.group()), gap)  # 治疗后一致性…: no 致

    def causes_from(end: int) -> bool:
        gap = norm[end:test_start]
        return (len(gap) <= _CAUSED_REACH and cues.causing.search(without_false_causes(gap)) is not None
                and not _CLAUSE_END & set(gap))

    for e in entities:
        if e.label not in _TREATMENT_LABELS or not (clause_start <= e.start and e.end <= test_start):
            continue
        if cues.is_stopped(norm, e.start):
            continue
        if cues.right_after.fullmatch(without_false_causes(norm[e.end:test_start])):
            return True
        if (cues.given_before.search(norm, max(clause_start, e.start - 3), e.start)
                or cues.given_after.match(norm, e.end)) and causes_from(e.end):
            return True
    return any(
        causes_from(m.end()) and not cues.is_stopped(norm, m.start())
        for m in cues.treating.finditer(norm, clause_start, test_start)
    ) or _coordinated_with_an_effect(norm, clause_start, test_start, entities, voc, cues) or _after_treated_when(
        norm, clause_start, entities, cues)


#: The end of a clause in 时 (when), blanks after it: 用大量激素治疗时|，
_ENDS_IN_WHEN = re.compile(r"时[ \t]*\Z")


def _after_treated_when(norm: str, clause_start: int, entities: Sequence[Entity], cues: _TreatmentCues) -> bool:
    """Whether the clause before, after a comma, ends in 时 and gives a treatment: a ``given_before`` word
    (使用, 用, 给予) and after it a drug or procedure mention or a treatment word (使用血管紧张素转换酶抑制剂治疗时，
    …血压可明显降低; 用大量激素治疗时，尿钾排除增加): the results of this clause are its effects (labs review of
    medical_6, 2026-12-05, class 5). Not 用力…时: no treatment named."""
    if clause_start < 1 or norm[clause_start - 1] not in "，,":
        return False
    before_end = clause_start - 1
    if not _ENDS_IN_WHEN.search(norm, max(0, before_end - 3), before_end):
        return False
    before_start = _clause_start(norm, before_end)
    for given in cues.giving.finditer(norm, before_start, before_end):
        if any(e.label in _TREATMENT_LABELS and given.end() <= e.start and e.end <= before_end for e in entities):
            return True
        if cues.treating.search(norm, given.end(), before_end):
            return True
    return False


#: A clause opening with the test, maybe after 并, 且, 亦, 也 and 使 (并使|血浆组胺水平下降): its result is
#: told alongside the clause before it (labs review of medical_9, 2026-12-05).
_OPENS_ALONG = re.compile(r"[ \t]*(?:并|且|亦|也)?(?:使)?[ \t]*")
#: In the clause before, after the treatment: 使, 能使, 可使, not 使用 (降脂药物能使系膜增宽明显减轻), nor the
#: 使 of 即使, 假使, 纵使 (经抗结核治疗后即使症状好转，血沉仍可增快: in spite of it; code review 2026-12-05).
_MAKES = re.compile("使(?<![即假纵]使)(?!用)")  # the lookbehind over 使, as _IS_A_CONSEQUENCE's


def _coordinated_with_an_effect(norm: str, clause_start: int, test_start: int, entities: Sequence[Entity],
                                voc: ClinicalVocabulary, cues: _TreatmentCues) -> bool:
    """Whether the clause before, after a comma, holds a treatment (a drug, a procedure or a treatment
    word) with 使 after it, and the test's clause opens with the test (maybe after 并使 or a specimen
    word): the result is one more effect of that treatment (降脂药物能使系膜增宽明显减轻，尿蛋白排出显著减少;
    针刺疗法能使RA患者疼痛减轻，血沉降低). Not a clause holding more before the test (也说明EPO分泌不足,
    有的病人长期血糖增高: labs review of medical_9, 2026-12-05)."""
    if clause_start < 1 or norm[clause_start - 1] not in "，,":
        return False
    opening = _OPENS_ALONG.match(norm, clause_start, test_start).end()
    if opening < test_start and not voc.specimen_pattern.fullmatch(norm, opening, test_start):
        return False
    before_end = clause_start - 1
    before_start = _clause_start(norm, before_end)
    # 长期口服避孕药可使血压升高，血脂增高，糖耐量异常: walk back over clauses that are only a test and its
    # result, to the clause of the treatment (labs review of medical_6, 2026-12-05, class 5)
    for _ in range(_LISTED_EFFECTS):
        if before_start < 1 or norm[before_start - 1] not in "，," or not _only_a_result(norm, before_start, before_end, entities, voc):
            break
        before_end = before_start - 1
        before_start = _clause_start(norm, before_end)
    treatment_ends = [
        e.end for e in entities
        if e.label in _TREATMENT_LABELS and before_start <= e.start and e.end <= before_end
        and not cues.is_stopped(norm, e.start)
    ] + [
        m.end() for m in cues.treating.finditer(norm, before_start, before_end)
        if not cues.is_stopped(norm, m.start())
    ]
    return any(_MAKES.search(norm, end, before_end) for end in treatment_ends)


#: At most this many clauses of one test and its result between a treatment with 使 and the test's clause.
_LISTED_EFFECTS = 3


def _only_a_result(norm: str, start: int, end: int, entities: Sequence[Entity], voc: ClinicalVocabulary) -> bool:
    """Whether ``norm[start:end]`` is only a lab subject (after 并, 使 …), filler words and one result word
    (血脂增高, 并使血浆组胺水平下降)."""
    opening = _OPENS_ALONG.match(norm, start, end).end()
    test = next((e for e in entities if e.start == opening and e.end <= end and e.label in voc.subject_labels
                 and voc.subject(e.label, e.text, e.canonical) is not None), None)
    if test is None:
        return False
    pos, found = test.end, False
    while pos < end:
        if not found and (m := voc.finding_pattern.match(norm, pos)) and m.end() <= end:
            pos, found = m.end(), True
        elif (filled := _filler(norm, pos, voc)) is not None and filled <= end:
            pos = filled
        else:
            return False
    return found


#: Right after a finding: advice to those who have it, a condition (阴性者应行卡介苗接种).
_ADVICE_FOR_THOSE = re.compile(r"[的]?(?:者|患者|病人)[,，]?(?:均|则|亦|也)?(?:应|宜|需|须|要|必须|应该)")


def _read_imaging(norm, group, entities, voc, status, sentence) -> list[LabFinding]:
    """Rule 3 for imaging: the symptom/disease mentions listed after the procedure."""
    last = group[-1][0]
    results = [e for e in entities if e.label in ("symptom", "disease") and not e.nested and e.start >= last.end
               and not _generic_imaging_result(norm, last.end, e.end, voc) == e.end]  # not [心电图异常] itself
    pos, chosen = last.end, []
    for entity in results:
        gap = norm[pos : entity.start]
        if entity.start >= sentence[1] or not _imaging_gap(gap, voc, bool(chosen)):
            break
        chosen.append(entity)
        pos = entity.end
    read = [(result.text, "abnormal", result.end) for result in chosen]
    if not read and (end := _generic_imaging_result(norm, last.end, sentence[1], voc)) is not None:
        # X线检查无异常, 肌电图异常, 心电图异常 (one symptom word): a generic result (labs review of medical_6, 2026-12-05)
        word = voc.imaging_finding_pattern.search(norm, last.end, end).group()
        read = [(word, voc.imaging_findings[word], end)]
        # 如果造影正常，则…, 若脑电图异常时: a condition, as for lab results
        clause_start = _clause_start(norm, group[0][0].start, sentence[0])
        if (voc.condition_opening_pattern.search(norm, clause_start, group[0][0].start) or _WHEN.match(norm, end)
                or _CLAUSE_ENDS_WHEN.match(norm, end)):
            status = {test: "hypothetical" for test, _ in group}
    return [
        LabFinding(
            test=test, specimen="", finding=finding, direction=direction, value_low=None, value_high=None,
            unit="", comparator="", freq_pct=None, qualifier="", start=group[0][0].start, end=end,
            evidence_start=sentence[0], evidence_end=sentence[1], assertion=status.get(test, ""),
        )
        for finding, direction, end in read
        for test, _ in group
    ]


def _generic_imaging_result(norm: str, pos: int, limit: int, voc: ClinicalVocabulary) -> int | None:
    """The end of an ``imaging_after`` word (异常, 未见异常) after the imaging subject ending at ``pos``, only
    filler words between (检查, 可, 多, 轻度), before ``limit``; None when there is none."""
    while pos < limit and norm[pos] in " \t":
        pos += 1
    while pos < limit:
        if (m := voc.imaging_finding_pattern.match(norm, pos)) and m.end() <= limit:
            return m.end()
        if (end := _filler(norm, pos, voc)) is None or end > limit:
            return None
        pos = end
    return None


def _imaging_gap(gap: str, voc: ClinicalVocabulary, listing: bool) -> bool:
    if listing:
        return bool(_JOINER.fullmatch(gap))
    pos = 0
    while pos < len(gap):
        if gap[pos] in " \t:：":
            pos += 1
        elif (end := _filler(gap, pos, voc)) is not None:
            pos = end
        else:
            return False
    return True


def _closed_by_de(norm: str, pos: int, voc: ClinicalVocabulary) -> bool:
    """Whether a result word, maybe after filler words, starts at ``pos`` and 的 closes it: the 是…的 of
    ``TSH是正常的``, ``GHRH是减低的`` (labs review of medical_7, 2026-12-06; not 胰岛素是降低血糖的激素)."""
    while (filled := _filler(norm, pos, voc)) is not None:
        pos = filled
    match = voc.finding_pattern.match(norm, pos)
    return match is not None and norm.startswith("的", match.end())


def _filler(text: str, pos: int, voc: ClinicalVocabulary) -> int | None:
    """The end of the (longest) filler word at ``pos``, or None."""
    match = voc.filler_pattern.match(text, pos)
    return match.end() if match else None


#: Right before a test: the time its amount is collected over (24小时尿蛋白, 24h尿钙).
_COLLECTED_OVER = re.compile(r"(?<![0-9])(?:24|12)[ \t]*(?:小时|h)[ \t]*\Z")


def _is_amount(q: Quantity, norm: str, test: Entity, voc: ClinicalVocabulary) -> bool:
    """Whether ``q`` is the mass an amount test measures (尿蛋白定量>0.5g, 24小时尿蛋白>0.5g;
    new-user reviews): a ``dose`` unit of a mass, only after such a test, where a dose cannot be meant: a test
    named as an amount over a time (an ``amount_test_end`` word ends it: 尿尿酸排泄量) or one collected over it."""
    if load_quantity_resources().units.get(q.unit) != "dose" or not q.unit.endswith("g"):
        return False
    return test.text.endswith(voc.words.get("amount_test_end", ())) or _COLLECTED_OVER.search(norm, max(test.start - 8, 0), test.start) is not None


#: The unit of a ratio (肺动脉压可增加1倍, 较正常人增加2～3倍): a value in it is a change, never a level.
_TIMES_OVER = "倍"
#: The units of a number after 的 that is a part or a multiple of the test (``_OF_THE_TEST``).
_PARTS = frozenset({"%", _TIMES_OVER})


def _is_a_change(norm: str, q: Quantity, voc: ClinicalVocabulary) -> bool:
    """Whether value ``q`` says by how much the test changed, not its level: a value in 倍, or one right after
    a ``change_verb`` of ``lab_findings.tsv`` (血压降低10mmHg, 脉率增加20次/min, 胆固醇增高大约0.52mmol/l). Not
    one with a comparator, as 以上/以下 after it give (血压可骤升高195mmHg(26.0kPa)以上 is the level reached,
    ALT高于正常值10倍以上 a bound of it; labs review of medical_8, 2026-12-05, R2: 6 of 6 right with this guard,
    though a comparator cannot tell a drop of at least so much, 收缩压降低2.7kPa以上, from a level), nor one
    in brackets (浆细胞比例增高(15%)). A level written right after the verb (收缩压可轻度升高19～21kPa) reads as a
    change too: the words do not tell them apart (code review, 2026-12-05)."""
    if q.comparator:
        return False
    if q.unit == _TIMES_OVER:
        return True
    return (not q.text.startswith(("(", "（"))
            and voc.change_before_pattern.search(norm, max(0, q.start - _CHANGE_REACH), q.start) is not None)


#: How far before a value its change verb and the words after it (了, 大约) may start.
_CHANGE_REACH = 8


def _is_measure(q: Quantity) -> bool:
    """A lab value is a percentage or a measure (20g/L), not a dose, time or count (0.4mg); a
    number of times (次) only with a comparator (心率超过100次, 脉搏在160次以上): without one it
    says how often the test is done (测血压1次, 送痰培养2次, 每月查肝功能1～2次: 9 of 11 such rows of
    medical_0–3 were that)."""
    if q.unit == _TIMES and not q.comparator:
        return False
    return q.unit == "%" or load_quantity_resources().units.get(q.unit) == "measure"


_TIMES = "次"


#: Quantity kinds that can say which share of patients has a finding.
_SHARES = ("percent", "fraction", "count", "proportion")


def _inside_a_word(norm: str, start: int, end: int, entities: list[Entity], voc: ClinicalVocabulary) -> bool:
    """Whether a one-character specimen word (血, 尿) at ``start:end`` is inside another word:
    Chinese on both sides (心|血|管), no mention right after it and no ``specimen_list_after`` or
    ``sampled_after`` word after it (血|尿素氮, 血及尿中, 尿检查, but also 使血循环中: 血循环 is a specimen word)."""
    if start == 0 or end >= len(norm) or not _HAN.match(norm, start - 1) or not _HAN.match(norm, end):
        return False
    return voc.after_a_specimen_pattern.match(norm, end) is None and not any(e.start == end for e in entities)


_HAN = re.compile(r"[\u4e00-\u9fff]")


#: After 正常: a noun it qualifies (``normal_attribute``: 正常人, 正常值, 正常浓度): a reference, no result (review of
#: xywy medical_12–13: 正常+noun about 10 wrong rows; 正常范围 stays a result).
_NORMAL = "正常"
#: Before 正常人: a comparison with healthy people, whose result word follows (较正常人增加).
_COMPARED_WITH = re.compile(r"(?:较|比|高于|低于)\Z")
#: Before a test in its clause: what healthy people have (``voc.normal_before_pattern``: 正常时, 正常人, 正常|白细胞计数;
#: 一些正常妇女血糖可低至1.7mmol/L, 正常小儿血浆中铜蓝蛋白的含量: labs review of medical_11); 比 or 较 and 正常(的) right
#: before it, whatever the result (要比正常的体温低1℃-1.5℃: a difference from healthy people's level; labs review of
#: medical_4, 2026-12-05, R2).
#: 正常 or 正常的 alone right before the test (``normal_alone``): a reference only when no result says the level
#: changed (正常的眼压为10～21mmHg; not 正常的痛觉与位置觉消失, the patients' lost sense).
_NORMAL_DIRECTION = "normal"
#: After 正常: a ratio to the normal level (是正常的一半, 可达正常的10倍).
_RATIO_TO_NORMAL = re.compile(
    r"的(?:(?P<part>一半|[一二三四五六七八九十]+分之[一二三四五六七八九]|[0-9]+/[0-9]+|[0-9.]+%)"
    r"|(?P<times>[0-9.]+)(?:~[0-9.]+)?倍|[两二三四五六七八九十百]+倍)"
)


def _ratio_direction(ratio: re.Match[str]) -> str:
    """Down for a part of the normal level (一半, 1/3, 50%) or less than once it, else up."""
    if ratio["part"] or (ratio["times"] and float(ratio["times"].strip(".") or 0) < 1):
        return "down"
    return "up"


def _acts_on_a_mention(norm: str, start: int, end: int, entities: Sequence[Entity], voc: ClinicalVocabulary) -> bool:
    """Whether the change verb at ``start:end`` follows a modal (``effect_modal``: 可, 能, 会; maybe 可显著) and an
    object follows it, a mention or another word, or 了 and a word follow it: an effect on it
    (维生素C可降低胆固醇, 维生素B6可减少草酸盐, Y染色体降低了…生长速度), not the subject's result
    (白细胞可增高, 可增高或正常, 可降低至1.5mmol/L, 血钾降低了。, 血钙可显著降低而出现…)."""
    if _DONE_TO.match(norm, end):
        return True  # Y染色体降低了男性胎儿的生长速度: 了 and its object
    return voc.effect_modal_pattern.search(norm, max(0, start - 8), start) is not None and (
        any(e.start == end for e in entities) or _OBJECT.match(norm, end) is not None
    )


#: After a change verb, 了 and a word: the verb has an object.
_DONE_TO = re.compile(r"了[\u4e00-\u9fffA-Za-z]")
#: After a change verb, the start of its object: a word that is no link to more results.
_OBJECT = re.compile(r"[\u4e00-\u9fffA-Za-z](?<![或及和与至到达为于以数倍的了者等明显而时])")


def _value_of_a_test(norm: str, q: Quantity, entities: Sequence[Entity], voc: ClinicalVocabulary) -> bool:
    """Whether percentage ``q`` is written right after another test, as its value: then it is
    no share of patients for a test after it (当血氧饱和度<80%时(PaO2<6.67kPa): the saturation)."""
    return any(
        e.end <= q.start and e.label in voc.subject_labels and voc.value_gap_pattern.fullmatch(norm, e.end, q.start)
        and voc.subject(e.label, e.text, e.canonical) is not None
        for e in entities
    )


def _frequency(q: Quantity) -> float | None:
    if q.value is not None:
        return q.value
    if q.numerator is not None and q.denominator:
        return round_half_up(100 * q.numerator / q.denominator, 1)
    return None


def _specimens(norm, subjects: list[tuple[Entity, LabSubject]], entities, voc, sentence) -> dict[Entity, str]:
    """Rule 5 for every subject of a sentence, in order (a specimen carries to the next; a sign
    measured on the patient, 血压, has none and carries none)."""
    heading_end = norm.find(":", sentence[0], min(sentence[0] + 16, sentence[1]))
    heading = _specimen_in(norm, sentence[0], heading_end, entities, voc) if heading_end >= 0 else ""
    found: dict[Entity, str] = {}
    previous: tuple[int, str] | None = None
    for test, rule in subjects:
        if not rule.sampled:
            found[test], previous = "", None
            continue
        clause_start = _clause_start(norm, test.start, sentence[0])
        named = voc.specimen_prefix_pattern.match(test.text)
        prefix = voc.specimens[named.group()] if named else ""
        if prefix == NOT_A_SPECIMEN:  # 尿素氮: named after urine, measured in blood
            prefix = ""
        elif not prefix and voc.specimens.get(test.text, NOT_A_SPECIMEN) != NOT_A_SPECIMEN:
            prefix = voc.specimens[test.text]  # 血钙, 血糖: a test named by a specimen word (labs review of medical_15)
        read = "" if prefix else _specimen_in(norm, clause_start, test.start, entities, voc)
        own = prefix or read
        if (not own and previous and _clause_start(norm, max(clause_start - 1, sentence[0]), sentence[0]) <= previous[0]
                and not (previous[1] in voc.carried_fluids and test.text.startswith(voc.own_specimen_words))
                and not (previous[1] in voc.cell_free and (test.canonical or test.text).endswith(CELL_ENDINGS))):
            own = previous[1]
        found[test] = own or heading
        # a specimen named by the test itself (脑脊液压力), or one read for a test named after
        # an analyte (尿|尿酸), says nothing about the next test; but a fluid of its own, not blood
        # nor urine, does about the next test not named after blood or urine (脑脊液压力增高，蛋白质增多而
        # 细胞数不增多, 脑脊液蛋白和细胞数增加; labs review of medical_11, 2026-12-04)
        # a one-character specimen word with a prefix row written right before the test spells it
        # as one name (尿|胆红素 for 尿胆红素) and carries nothing either (尿胆红素阳性，ALT升高: ALT no
        # urine test; labs review of medical_9, 2026-12-05)
        spelled = bool(read) and test.start > 0 and (
            (word := voc.specimen_prefix_pattern.match(norm, test.start - 1)) is not None and word.end() == test.start)
        carried = found[test] if not (named or spelled) or (found[test] in voc.carried_fluids) else ""
        previous = (test.start, carried)
    return found


def _specimen_in(norm: str, start: int, end: int, entities: list[Entity], voc: ClinicalVocabulary) -> str:
    """The last specimen word in ``norm[start:end]`` not inside a disease, symptom, … mention,
    nor cut by a longer body part (外周血|管: the vessels, 外周血管, no peripheral blood; but the
    procedure 血液检查 is an examination of blood), nor a single character inside another word
    (the 血 of 心血管系统)."""
    best = ""
    first = voc.specimen_start_pattern.search(norm, start, end)
    if first is None:
        return best  # most windows before a test: no character a specimen word starts with
    for m in voc.specimen_pattern.finditer(norm, first.start(), end):  # nothing matches before that character
        specimen = voc.specimens[m.group()]
        if len(m.group()) == 1 and _inside_a_word(norm, m.start(), m.end(), entities, voc):
            continue  # the 血 of 心血管系统
        # a mention that is just the specimen word, with 中 or an examination word after it, is the
        # fluid sampled (关节积液中有较多的白细胞, 胸腔积液检查: symptoms; labs review of medical_11)
        # (a ``sampled_after`` word; not a list mark: 腹水、肝大、肝功异常 is the symptom)
        sampled = voc.sampled_after_pattern.match(norm, m.end()) is not None
        if specimen != NOT_A_SPECIMEN and not any(
            e.start < m.end() and m.start() < e.end
            and not (sampled and (e.start, e.end) == m.span())
            and (e.label in _NOT_SPECIMEN_HOST or (e.label == "body" and (e.start < m.start() or m.end() < e.end)))
            for e in entities
        ):
            best = specimen
    return best


#: Micro written u before a unit (umol/L, ug), the litre written l (mmol/l, mg/dl, ml/h), minutes written 分.
_MICRO_AS_U = re.compile(r"(?<![A-Za-z])u(?=(?:mol|g|IU|U|L|l)(?![a-z]))")
_LITRE_AS_L = re.compile(r"(?:(?<=[/mμnpdk0-9])|^)l(?![a-z])")
_PER_MINUTE = re.compile(r"/分钟?$")


def spell_unit(unit: str) -> str:
    """``unit`` as SI writes it, so that one unit is one value of the column: μ for micro
    (umol/L → μmol/L), L for the litre (mmol/l → mmol/L, mg/dl → mg/dL), min for minutes
    (次/分 → 次/min); other units as written."""
    return _PER_MINUTE.sub("/min", _LITRE_AS_L.sub("L", _MICRO_AS_U.sub("μ", unit)))
