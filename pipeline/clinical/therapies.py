"""Treatment statements: which therapy, how given, to how many patients, with what result.

Rules, applied per sentence wherever treatment text sits (the seed's is under ``预防``); the
word lists are data (``vocabulary.py``):

1. **Therapies.** Drug mentions (not a route the lexicon calls a drug, 肌注; a route it calls a procedure,
   鼻饲 or 湿敷, only with no drug it is the route of: ``给予鼻饲``, not ``硼酸溶液湿敷``), test
   mentions given by a route (``静滴免疫球蛋白``), hormones and biologics the lexicon calls tests
   (``given_test`` cues) where given: a use word right before, a dose or route right after, or
   listed right after a therapy (``给予雌二醇2mg``, ``应用雄激素、雌激素``; not ``血清雌二醇降低``),
   and procedure mentions that ``therapy_categories.tsv``
   calls a treatment (``放疗``, ``血浆置换术``; not ``骨髓穿刺`` or the heading word
   ``中医治疗``; ``剖宫产`` only after a use word: ``needs_use_before`` cues, ``应采用剖宫产分娩``). A drug counts only in a sentence with a ``use`` cue (用, 治疗, 改用), a
   route, a dose or an outcome, so ``减少过氧化氢的产生`` is no treatment (an item of a comma list after
   a treatment is one too: ``可选用青霉素,红霉素,克林霉素``); nor is a drug that
   food holds or a patient lacks (``富含维生素的食物``, ``维生素丰富的食物``, ``叶酸缺乏``:
   ``content``, ``rich``, ``food`` and ``deficiency`` cues; ``口服叶酸及富含叶酸的食物`` still
   gives the first 叶酸), nor one kept away from, with the rest of its list
   (``避免使用阿司匹林或华法林、肝素等抗凝药``) or as an example of a class kept away from
   (``避免应用对肝脏有害的药物如…铁剂``), nor one listed with injuries or infections
   (``感染，手术，外伤等可诱发``), nor, outside treatment sections, one a finding follows after 后
   (``放疗后淋巴水肿``) or a surgery before (术)后 (the time of what follows), unless its clause, or
   the next when 后 ends the clause, says how it worked (``手术切除后，关节症状消失``), nor, in any section,
   a surgery, procedure, radiotherapy or chemotherapy that is the time of what its clause says (an
   ``anchor`` after it, 在…时, or (术)后 with no outcome or ``setting_result`` word after:
   ``手术后每日换药``, ``放疗期间忌服辛辣``, ``化疗前后保持口腔清洁``; ``化疗期间可获缓解`` stays), nor the fluid another drug is put in (``diluent`` and ``dilutes`` cues:
   ``加入10%葡萄糖40ml``). An alias in
   brackets (``三苯氧胺(Tamoxfen)``) joins its therapy. TCM principles listed after a
   ``tcm_cue`` (``中医治疗宜和营解肌、舒缓项强、通经活属``) become therapies of category
   ``tcm``: 、/,-separated four-character items (or listed ones), the canonical spelling
   from ``tcm_principles.tsv`` (通经活属 → 通经活络; the text stays as written).
2. **Dose, route, schedule, duration, volume, sessions right after the therapy**: in its clause and
   in following clauses that continue the instructions (they start with a number, a route,
   a ``continues`` cue such as ``每次`` or ``剂量为``, or ``共``; after a therapy heading's colon, any:
   ``A.磺胺嘧啶:体重>27kg者,剂量1.0g``), up to the next therapy. The first ``number [~ number] unit`` with a
   unit of ``dose_units.tsv`` is the dose (normalized unit: ``0.2g*kg-1*d-1`` → 0.2
   ``g/(kg·d)``); a volume unit is ``volume`` for procedures (``每次~3000ml``) and a dose
   for drugs. A dose written right before the next therapy, after other words, is that one's
   (``1000IU维生素E及25000IU维生素A``), and a therapy with no dose after it takes one written right
   before it (``每天口服325～650mg阿司匹林``), unless that dose follows the therapy before (``阿司匹林100mg
   氯吡格雷``). The first route word is the route, unless the next therapy follows it right away
   (``地塞米松，口服泼尼松``: 泼尼松's), else one right before the therapy
   (``口服泼尼松``, ``静脉滴注10%葡萄糖``, ``经鼻胃管给予甲硝唑``). The first schedule (``dose_schedules.tsv``: 每日3次,
   3次/d, 隔日1次, bid, q8h, 50mg/6h; ``分3次服`` after a daily dose) says how often it is given, unless a
   test is named right before it (``测体温、血压,每小时1次``: how often that is measured). The
   first time quantity not after 每/隔, nor before a ``delay`` cue (``2h后``), nor after one
   or an ``at`` cue (``手术后3天``, ``于1天后``: a point in time; ``随访3年``), nor before a
   ``period_of`` cue (``5年生存率``), nor in the schedule, nor a calendar year (``1994年``), is
   the duration (``静滴5d``); a surgery has none (``发生在手术1年后``, ``手术后24小时内``: times
   after it);
   ``共N次`` gives sessions. Enumerated therapies share
   the route, schedule and duration read after the last one (``利福平与吡嗪酰胺每周2次``), its dose
   only after an ``each`` cue (``倍他米松或地塞米松各为24mg``), and a route before the first. A
   ``listed_route`` word (水煎服, 煎汤内服, 代茶饮) after a list of herbs each with its dose is every
   item's route (``柴胡6克、当归12克煎汤内服``).
3. **Outcome: the nearest therapy group before it.** Enumerated therapies (``泼尼松、
   环磷酰胺``) and therapies given together (``combined`` cues: ``泼尼松联合环磷酰胺``) form a group; each outcome word in a sentence goes to the nearest group before
   it that has none, in the clause where its instructions end or the next one (a negated one is a
   failure: ``不能使IHA治愈`` 无效, ``未见复发`` 无复发), so
   ``使用泼尼松、环磷酰胺无效的患者改用三苯氧胺后，各种症状得到改善``
   gives 无效, 无效, 改善. Words marked ``-`` in ``outcomes.tsv`` (有效方法) are not outcomes.
4. **Patients**: ``治疗N例`` after the group (before the next one), else ``N例`` earlier in
   the therapy's clause (``报道1例使用泼尼松``).
5. **Effect duration**: a sentence with an ``effect`` cue (维持, 持续) and a time quantity
   after it gives ``effect_low/high/unit`` to the last therapy group before the cue, in that
   sentence or else the previous one (``…血浆置换术… 。…一般能维持在7~15天左右``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence, Set as AbstractSet
from dataclasses import dataclass

from ..context import Assertion, assertion_labels, is_a_listed_cause
from ..context.sections import section_kind
from ..entity import Entity
from ..normalize import normalize_text
from ..quantities import Quantity, load_quantity_resources
from ..sentences import split_sentences
from ..serialization import packable
from .vocabulary import (
    CLAUSE_MARKS, ClinicalVocabulary, DoseSchedule, after_aside, clause_end, clause_start, count_of, load_clinical_vocabulary,
)

#: Between enumerated therapies: list words, or 加 alone (吡嗪酰胺加氧氟沙星6~9个月: a combination,
#: therapies review of medical_12).
_JOINER = re.compile(r"[ \t、和及与或/]*|[ \t]*加[ \t]*")
#: Between the items of a list and the class summing them up (阿司匹林、肝素等抗凝药), maybe past an
#: item's other name in brackets or into it (谨慎使用巴比妥、甲丙氨酯(眠尔通)、磺胺类药及苯妥英钠); into it
#: only when the bracket holds nothing but that name (``_listed_after``).
_LISTED_AFTER = re.compile(r"[ \t、和及与或/]*(?:\([^()]{0,20}\)|[()])?[ \t、和及与或/]*等?")


def _listed_after(norm: str, avoided_end: int, entity: Entity) -> bool:
    """Whether ``entity`` is a later item of the list kept away from that ends at ``avoided_end``:
    only list words, a bracket or 等 between; a bracket opening right before it must close right
    after it (甲丙氨酯|(|眠尔通): its other name, not 避免使用阿司匹林(对乙酰氨基酚可代替), an alternative:
    code review 2026-12-05)."""
    if not (0 <= avoided_end <= entity.start and (gap := _LISTED_AFTER.fullmatch(norm, avoided_end, entity.start))):
        return False
    return not gap.group().rstrip(" \t").endswith("(") or norm.startswith(")", entity.end)
_CJK_ITEM = re.compile(r"[\u4e00-\u9fff]{2,8}")
#: Between a drug and a ``use_after`` word: nothing, or its other name in brackets (左甲状腺素钠(L-T4)替代治疗).
_BRACKETED_ALIAS = re.compile(r"[ \t]*(?:\([^()]{0,20}\))?[ \t]*")
_ALIAS = re.compile(r"[ \t]*\([A-Za-z][^()]{0,40}\)")  # 三苯氧胺(Tamoxfen)
TCM_SOURCE = "tcm_principles"
def _given(assertion: str) -> str:
    """A treatment's assertion: what a text on causes, prevention, nursing or diet names is
    background for a test (免疫球蛋白 as a level), but given it is advice, present as a drug named
    there is (应给予糖皮质激素静注免疫球蛋白: therapies review of medical_12, 2026-12-04)."""
    return _PRESENT if assertion == _BACKGROUND else assertion


_BACKGROUND, _PRESENT = "background", "present"
#: Labels that are no treatment when listed as causes.
_CAUSE_LABELS = frozenset({"drug", "procedure"})


def _listed_causes(entities: Sequence[Entity], assertions: Sequence[Assertion] | None) -> set[Entity]:
    """The drug and procedure mentions the context stage made background as items of a list of causes; none when
    the assertions are not parallel to ``entities`` (as :func:`assertion_labels`)."""
    if not assertions or len(assertions) != len(entities):
        return set()
    return {entity for entity, a in zip(entities, assertions) if entity.label in _CAUSE_LABELS and is_a_listed_cause(a)}
#: The assertion of a TCM principle, which no context cue judges (the context stage never saw it):
#: a principle the text states for the disease (治宜祛风清热).
_PRINCIPLE_STATED = "present"
#: The labels ``_candidates`` can take a therapy from (a test only when given: by a route, or as a
#: ``given_test`` hormone or biologic).
_THERAPY_LABELS = frozenset({"drug", "procedure", "test"})


@packable
@dataclass(frozen=True, slots=True)
class TherapyStatement:
    """One therapy as stated; ``start``/``end`` span the therapy and what was bound to it
    in its sentence, ``evidence_*`` the sentence. ``dose``/``dose_high`` and
    ``duration_value``/``duration_high`` are the low and high ends of a range (equal for one
    number)."""

    therapy: Entity
    category: str
    dose: float | None = None
    dose_high: float | None = None
    dose_unit: str = ""
    route: str = ""
    schedule: DoseSchedule | None = None
    duration_value: float | None = None
    duration_high: float | None = None
    duration_unit: str = ""
    sessions: int | None = None
    volume: float | None = None
    volume_unit: str = ""
    n_patients: int | None = None
    outcome: str = ""
    effect_low: float | None = None
    effect_high: float | None = None
    effect_unit: str = ""
    start: int = 0
    end: int = 0
    evidence_start: int = 0
    evidence_end: int = 0
    assertion: str = ""


def extract_therapies(
    text: str,
    entities: Sequence[Entity],
    quantities: Sequence[Quantity],
    assertions: Sequence[Assertion] | None = None,
    vocabulary: ClinicalVocabulary | None = None,
    *,
    about_treatment: bool = False,
    about_symptoms: bool = False,
    advises_drugs: bool = False,
) -> list[TherapyStatement]:
    """The treatment statements of one section text, in text order (see the module docstring).
    ``about_treatment``: the section is about treating or nursing the disease; ``about_symptoms``: it
    describes the symptoms, where a ``symptom_course`` therapy tells a symptom's course (卧床休息后疼痛减轻);
    ``advises_drugs``: it tells how to treat or prevent the disease, so a drug titling a numbered item there is
    advised (``_titles_an_item``)."""
    voc = vocabulary or load_clinical_vocabulary()
    norm = normalize_text(text or "")
    length = len(norm)
    in_text = [e for e in entities if e.label in _THERAPY_LABELS and 0 <= e.start < e.end <= length
               and not (about_symptoms and e.canonical in voc.cues["symptom_course"])]
    carriers: list[tuple[int, int]] = []  # the vehicles skipped: what is written right after one is the fluid's
    if in_text:
        findings = {(e.start, e.end) for e in entities if e.label in _FINDING_LABELS and not e.nested}
        mentions = findings | {(e.start, e.end) for e in entities if e.label in _LISTED_LABELS and not e.nested}
        candidates, causes, vehicles = _candidates(norm, in_text, voc, about_treatment, findings, mentions, carriers)
    else:  # most sections name no drug, procedure or test: only a TCM principle can be a therapy there
        candidates, causes, vehicles = [], [], []
    candidates += [(e, "tcm") for e in tcm_principles(norm, voc)]
    if not candidates:
        return []  # most sections name no treatment: skip the per-sentence work
    candidates.sort(key=lambda c: c[0].start)
    status = assertion_labels(entities, assertions, among={e for e, _ in candidates})
    # a drug or procedure listed as a cause is no treatment (这些因素包括…器官移植，应用免疫抑制剂)
    listed = _listed_causes(entities, assertions)
    candidates = [c for c in candidates if not (c[0].label in _CAUSE_LABELS and c[0] in listed)]
    if not candidates:
        return []
    quantities = sorted((q for q in quantities if 0 <= q.start < q.end <= length), key=lambda q: q.start)
    candidate_starts = [c[0].start for c in candidates]
    bounds = sorted(candidates + causes + vehicles, key=lambda c: c[0].start)  # where a statement ends
    bound_starts = [c[0].start for c in bounds]
    tests = sorted((e.start, e.end) for e in in_text if e.label == "test")
    quantity_starts = [q.start for q in quantities]
    rows: list[tuple[tuple[int, int], dict]] = []
    previous: list[list[dict]] = []
    for sentence in split_sentences(norm):
        # bisect to the sentence: long texts must not cost sentences × mentions
        in_sentence = candidates[bisect_left(candidate_starts, sentence[0]) : bisect_left(candidate_starts, sentence[1])]
        if not in_sentence and not previous:
            continue  # no treatment here nor one before whose effect this sentence could give
        nearby = quantities[bisect_left(quantity_starts, sentence[0]) : bisect_left(quantity_starts, sentence[1])]
        groups = _treatment_groups(norm, in_sentence, voc, sentence, advice=advises_drugs)
        ends = bounds[bisect_left(bound_starts, sentence[0]) : bisect_left(bound_starts, sentence[1])]
        for group in groups:
            for row in group:
                _read_details(norm, row, nearby, voc, sentence, ends, tests, carriers)
            _share_instructions(norm, group, voc)
        _share_a_listed_route(norm, groups, voc, sentence)
        _make_herbs_tcm(norm, groups, voc, sentence)
        _bind_outcomes(norm, groups, voc, sentence, [c[0].start for c in causes if sentence[0] <= c[0].start < sentence[1]])
        _bind_patients(norm, groups, nearby, voc, sentence)
        _bind_effect(norm, groups or previous, nearby, voc, sentence, status)
        rows.extend((sentence, row) for group in groups for row in group)
        previous = groups
    return [
        TherapyStatement(
            therapy=row["entity"], evidence_start=sentence[0], evidence_end=sentence[1],
            assertion=_given(status.get(row["entity"], _PRINCIPLE_STATED if row["entity"].source == TCM_SOURCE else "")),
            **{k: v for k, v in row.items() if k != "entity"},
        )
        for sentence, row in rows
    ]


def tcm_principles(norm: str, voc: ClinicalVocabulary) -> list[Entity]:
    """Rule 1: the TCM principles listed after a tcm cue, as procedure mentions."""
    found: list[Entity] = []
    if voc.tcm_cue_mark not in norm:
        return found  # most texts: no character all the cues hold
    for m in voc.tcm_cue_pattern.finditer(norm):
        pos = m.end()
        while item := _CJK_ITEM.match(norm, pos):
            word = item.group()
            if len(word) != 4 and word not in voc.tcm_principles:
                break
            found.append(Entity(item.start(), item.end(), word, "procedure", voc.tcm_principles.get(word, word), TCM_SOURCE))
            pos = item.end()
            if pos < len(norm) and norm[pos] in "、,，":
                pos += 1
            else:
                break
    return found


#: Right before a route: the route opens another item of a list, not this therapy's (开塞露或灌肠,
#: 静脉推注50%葡萄糖和肌注胰高血糖素); 激素、抗生素静滴 is the last therapy's and shared.
_ANOTHER_ITEM = frozenset("或和及、")
#: Right after a procedure: what follows happens during it (手术治疗中包囊破裂可引起种植), the
#: procedure itself causes nothing (but 输血过程中…造成 and 应用肝素后…引起 are causes).
_DURING = "中"


def _candidates(
    norm: str,
    entities: list[Entity],
    voc: ClinicalVocabulary,
    about_treatment: bool = False,
    findings: AbstractSet[tuple[int, int]] = frozenset(),
    mentions: AbstractSet[tuple[int, int]] = frozenset(),
    carriers: list[tuple[int, int]] | None = None,
) -> tuple[list[tuple[Entity, str]], list[tuple[Entity, str]], list[tuple[Entity, str]]]:
    """The treatment candidates, the drugs and procedures that cause something or are the
    time of it (no rows, but a statement before them ends there), and the diluents (葡萄糖 of
    加入10%葡萄糖40ml: no rows, and a statement before them ends there too). In any section an
    operation followed by 时, 期间, 前后 or (术)后 with no result in its clause is the time of what
    the clause says, not a treatment (手术后每日换药, 放疗期间忌服辛辣; 化疗期间可获缓解 stays).
    ``findings``: the spans of the disease and symptom mentions, which make a list of causes;
    ``mentions``: those and the drug, procedure and body mentions, the items of a list of causes;
    ``carriers``: filled with the spans of the vehicles skipped (盐水 of 去甲肾上腺素盐水含漱)."""
    found: list[tuple[Entity, str]] = []
    causes: list[tuple[Entity, str]] = []
    vehicles: list[tuple[Entity, str]] = []  # diluents: they end a statement, as causes, but hold no outcome back
    avoided_end = -1  # the end of the last drug or procedure kept away from
    operation_end = -1  # the end of the last surgery or procedure mention
    drug_ends: dict[int, Entity] = {}  # where the drugs so far end (by ``label``: a test given as one, 雌二醇, too): a vehicle is glued to one
    last_drug: Entity | None = None  # the last drug mention: a bare dosage form glued to it is its form
    # almost no text names a culture medium or animal research: their clause checks only where one does
    cultured = voc.holds_a_cue(norm, "culture_medium")
    in_animals = voc.holds_a_cue(norm, "animal_research")
    # nor, in half the texts or more, food or a lack, an exposure's outcome or risk, a long exposure: each of these
    # checks needs a word of its cues in the text (or, for an exposure, read past a bracket it cuts out)
    eaten = voc.holds_a_cue(norm, "food", "deficiency")
    exposed = "(" in norm or voc.holds_a_cue(norm, "exposed_outcome", "risk_close")
    long_exposed = voc.holds_a_cue(norm, "long_exposure")
    given: dict[int, int] = {}  # list items: where each drug or procedure starts, its longest end
    for e in entities:
        if e.label in ("drug", "procedure") and not e.nested:
            given[e.start] = max(e.end, given.get(e.start, e.end))
    for entity in sorted(entities, key=lambda e: (e.start, -e.end)):
        if entity.nested or (entity.text in voc.routes and _routes_a_drug(norm, entity, entities)):
            continue  # a route the lexicon calls a drug (肌注), or the route of a drug (硼酸溶液湿敷, 鼻饲甘露醇)
        if entity.label == "procedure":
            if 0 <= operation_end <= entity.start and norm[operation_end : entity.end].strip(" \t") in voc.cues["same_operation"]:
                continue  # 脓肿切开引流手术, 冷冻治疗等小手术: the operation just named, no second row
            if entity.text in voc.use_after_words and found and found[-1][0].end <= entity.start and \
                    _BRACKETED_ALIAS.fullmatch(norm, found[-1][0].end, entity.start):
                continue  # 雌激素替代治疗, 左甲状腺素钠(L-T4)替代治疗: the drug is the row (therapies review of medical_9, R3)
            if voc.category("procedure", entity.text, entity.canonical) in _OPERATIONS:
                operation_end = entity.end
        route_end = entity.start
        while route_end > 0 and norm[route_end - 1] in " \t":
            route_end -= 1
        # a route, then only spaces or tabs
        if entity.label == "test" and (
            voc.route_at_end_pattern.search(norm, max(route_end - voc.longest_route, 0), route_end)
            or voc.is_given(norm, entity)
            or (voc.may_be_given(entity) and found and _JOINER.fullmatch(norm, found[-1][0].end, entity.start))
        ):
            label = "drug"  # 静滴免疫球蛋白, 给予雌二醇2mg, 应用雌激素、孕激素: a test substance given as a drug
        elif entity.label in ("drug", "procedure"):
            label = entity.label
        else:
            continue
        if label == "drug" and (voc.names_a_subtype(norm, entity.end) or voc.is_researched(norm, entity)
                                or (cultured and voc.is_a_culture_ingredient(norm, entity))
                                or (in_animals and voc.is_in_animal_research(norm, entity))):
            continue  # 维拉帕米敏感性室速: a subtype's name; 研制疫苗: a vaccine studied (therapies review of medical_9, R1, R8);
            # 含链霉素的培养基: what a culture medium holds; 动物实验表明，接种…疫苗: animal research (review of medical_4)
        if label == "drug" and last_drug is not None and last_drug.start < entity.start <= last_drug.end and (
                _is_a_dosage_form(entity, voc) and not _is_a_dosage_form(last_drug, voc)):
            continue  # 氯霉素眼药水: the form of 氯霉素, no row; 氯霉素's row reads its route past it (…眼药水滴眼)
        if label == "drug":
            drug_ends[entity.end] = entity
            last_drug = entity
        category = voc.category(label, entity.text, entity.canonical)
        if category is None or (label == "drug" and eaten and voc.is_nutrient(norm, entity.start, entity.end)):
            continue  # no treatment, or a nutrient of food (含维生素的食物) or lacking (叶酸缺乏)
        if voc.lacks_its_use_word(norm, entity):
            continue  # 严格掌握剖宫产指征, 降低剖宫产率: 剖宫产 is a treatment only after 行, 采用 … (应采用剖宫产分娩)
        if voc.is_history(norm, entity.start, entity.end):
            continue  # 既往有腹部手术史, 应用广谱抗生素史: the patient's past, no treatment
        if label == "drug" and voc.is_diluent(norm, entity):
            vehicles.append((entity, category))
            continue  # 加入10%葡萄糖40ml: the fluid the drug before is put in, no row; its statement ends there
        if label == "drug" and voc.is_vehicle(norm, entity, drug_ends.get(entity.start)):
            if carriers is not None:
                carriers.append((entity.start, entity.end))
            continue  # 去甲肾上腺素盐水含漱, 含新霉素…的生理盐水冲洗: the fluid the drug is in, no row; 含漱 is the drug's
        if voc.is_avoided(norm, entity.start, entity.end) or voc.is_an_avoided_example(norm, entity.start) or (
                label == "drug" and voc.is_avoided_after(norm, entity.end)) or (
                _listed_after(norm, avoided_end, entity)):
            avoided_end = entity.end
            continue  # 应减少抗生素的使用, 避免使用阿司匹林或抗凝药: a risk kept away from, no treatment
        if voc.is_cause_by_what_precedes(norm, entity.start, entity.end, mentions) or (exposed and voc.names_an_exposure(
                norm, entity.start, entity.end)) or (long_exposed and voc.names_a_long_exposed_group(
                norm, entity.start, entity.end)) or (
            not about_treatment
            and (voc.is_a_time_or_place(norm, entity.start, entity.end, operation=category in _OPERATIONS)
                 or voc.names_an_exposed_group(norm, entity.start, entity.end)
                 or voc.names_a_treated_group(norm, entity.end))
        ):
            causes.append((entity, category))
            continue  # 由于感染，化疗导致; 长期应用免疫抑制剂者 (any section); 手术时发现, 长期服用激素病人, 透析患者
            # (outside a section about treatment)
        if about_treatment and voc.names_a_treated_group(norm, entity.end, closing=True) and not \
                voc.treating_pattern.search(norm, clause_start(norm, entity.start), entity.start):
            causes.append((entity, category))
            continue  # 放疗和化疗的患者，一般不宜进食凉食: the patients nursing advice is for (not 对需要手术的患者，)
        if category in _SET_OPERATIONS and voc.is_an_operation_setting(
                norm, entity.start, entity.end, after=category != "procedure"):
            causes.append((entity, category))
            continue  # 手术后每日换药, 放疗期间忌服辛辣, 化疗前后保持口腔清洁: the time of what the clause says, in any section
        if (_listed_with_a_finding(norm, entity, findings, voc)
                or (not about_treatment and (_followed_by_a_finding(norm, entity, findings, voc)
                                             or (category == "surgery" and _SURGERY_AFTER.match(norm, entity.end))))) \
                and not voc.outcome_pattern.search(norm, entity.end, _outcome_reach(norm, entity)) \
                and not voc.relieved_pattern.search(norm, entity.end, _outcome_reach(norm, entity)):
            causes.append((entity, category))
            continue  # 外伤，感染，手术，麻醉等应激可诱发: listed among causes; 放疗后淋巴水肿: the time of a finding;
            # 作双侧肾上腺切除后，有10%～30%病人…可发现垂体肿瘤: a surgery after which something happens, no
            # treatment of the record's disease (outside sections about treatment; 胆囊切除后均可获得好转 stays)
        if voc.causes_something(norm, entity.end) and not (label == "procedure" and norm.startswith(_DURING, entity.end)):
            causes.append((entity, category))
            continue  # a cause or an adverse effect: 手术操作不当造成感染, 化疗或放疗引起骨髓抑制
        if voc.makes_a_harm(norm, entity.end):
            causes.append((entity, category))
            continue  # named as a risk: 服用缓泻剂后可使腹泻加重 (可使症状缓解 stays a treatment)
        if voc.closes_a_list_of_causes(norm, entity.end, mentions):
            causes.append((entity, category))
            continue  # 抗生素，皮质激素及化疗，放疗等诱发因素: an item of a list of causes
        if voc.causes_after_a_list(norm, entity.end, given):
            causes.append((entity, category))
            continue  # 使用镇静药，镇咳药及氧疗将可能诱发: the first of a list of drugs a causes verb follows
        if found and norm[found[-1][0].end : entity.start].strip(" \t") == "(" and norm[entity.end : entity.end + 1] == ")":
            continue  # an alias: 三苯氧胺(Tamoxfen)
        found.append((entity, category))
    return found, causes, vehicles


#: At most this many characters between a route the lexicon calls a procedure and the drug after it that it is the
#: route of (鼻饲甘露醇, 喂(或鼻饲)葡萄糖液).
_ROUTE_GAP = 2


def _routes_a_drug(norm: str, entity: Entity, entities: Sequence[Entity]) -> bool:
    """Whether a mention written as a route word is a route, no therapy of its own: always when the lexicon calls it a
    drug (肌注); a procedure (鼻饲, 湿敷) only when a drug stands before it in its clause or right after it, whose row
    reads it as its route (先用3%硼酸溶液湿敷, 鼻饲甘露醇); else it is the therapy given (不能吞咽者给予鼻饲, 以热毛巾
    湿敷: therapies reviews of medical_7, T7 class 9). Only route words reach this check: a few mentions a text."""
    if entity.label != "procedure":
        return True
    opening = clause_start(norm, entity.start)
    return any(
        other.label == "drug" and not other.nested
        and ((opening <= other.start and other.end <= entity.start) or entity.end <= other.start <= entity.end + _ROUTE_GAP)
        for other in entities
    )


def _is_a_dosage_form(entity: Entity, voc: ClinicalVocabulary) -> bool:
    """Whether the drug mention is a bare ``dosage_form`` (眼药水, 软膏): the form of the drug written
    right before it, if any (氯霉素眼药水: therapies review of medical_4, 2026-12-05)."""
    forms = voc.cues["dosage_form"]
    return entity.text in forms or entity.canonical in forms


#: The categories of an operation, which a clause-final 时 can make a setting (阑尾手术时，…).
_OPERATIONS = frozenset({"surgery", "procedure"})
#: The categories of an operation that an anchor, 在…时 or (术)后 makes a time in any section (放疗期间忌服辛辣).
_SET_OPERATIONS = frozenset({"surgery", "procedure", "radiotherapy", "chemotherapy"})
#: The labels of the mentions a list of causes holds besides drugs and procedures.
_FINDING_LABELS = frozenset({"disease", "symptom"})
#: The labels of the mentions besides findings a list of causes holds (角膜移植，骨髓移植; 前房|人工晶状体植入术: a site).
_LISTED_LABELS = frozenset({"drug", "procedure", "body"})
#: Between the items of a list (外伤、感染或手术); an item ends at these or a clause mark.
_SEPARATORS = "、,，或"
_ITEM_ENDS = frozenset(_SEPARATORS + "。；;：:！？!?\n")
_ITEM = re.compile(rf"[^{''.join(sorted(_ITEM_ENDS))}]*")


def _listed_with_a_finding(norm: str, entity: Entity, findings: AbstractSet[tuple[int, int]], voc: ClinicalVocabulary) -> bool:
    """Whether the drug or procedure is a whole item of a list whose item before or after it is
    a whole disease or symptom mention (脱位，骨折，手术是其主要的致病因素; 感染，手术，麻醉): a
    treatment is listed with treatments, a cause with injuries and infections. Not 抗感染、手术
    nor 控制感染，手术切除: those items are acts, not the finding alone (nor, the caller checks,
    腹痛，抗酸药或抗胆碱药难以缓解: an outcome in its clause)."""
    if not findings:
        return False
    if _ITEM.match(norm, entity.end).end() != entity.end and not norm.startswith(voc.cues["list_end"], entity.end):
        return False  # more after the drug or procedure in its item (手术切除病灶), other than a list_end word (手术|是)
    if entity.start > 0 and norm[entity.start - 1] not in _ITEM_ENDS:
        return False  # more before it (需行手术)
    if entity.start > 0 and norm[entity.start - 1] in _SEPARATORS:
        before_end = before_start = entity.start - 1
        while before_start > 0 and norm[before_start - 1] not in _ITEM_ENDS:
            before_start -= 1
        if (before_start, before_end) in findings:
            return True
    if entity.end < len(norm) and norm[entity.end] in _SEPARATORS:
        after = _ITEM.match(norm, entity.end + 1)
        if (after.start(), after.end()) in findings:
            return True
    return False


#: Right after a surgery: what follows happens after it (胃切除后, 鼓膜切开术后).
_SURGERY_AFTER = re.compile(r"术?后")


def _outcome_reach(norm: str, entity: Entity) -> int:
    """Where a drug's or procedure's outcome may be said: the end of its clause, or of the next
    one when the clause ends right after (术)后 (脾切除后，出血症状消失: the surgery worked)."""
    end = clause_end(norm, entity.end)
    after = _SURGERY_AFTER.match(norm, entity.end)
    if after is not None and after.end() == end and norm[end:end + 1] in ",，":
        return clause_end(norm, end + 1)
    return end


def _followed_by_a_finding(norm: str, entity: Entity, findings: AbstractSet[tuple[int, int]], voc: ClinicalVocabulary) -> bool:
    """Whether a disease or symptom mention follows the drug or procedure after 后: what it is the
    time of (化疗后骨髓抑制者, 手术后的等渗脱水), not a treatment given; unless the clause says the
    finding went, a ``relieved`` word besides the outcome words (手术后胸痛可消失, 应用抗生素后肿痛常减轻)."""
    after = voc.finding_after_pattern.match(norm, entity.end)
    return (after is not None and any(start == after.end() for start, _ in findings)
            and not voc.relieved_pattern.search(norm, after.end(), clause_end(norm, after.end())))


def _groups(norm: str, candidates: list[tuple[Entity, str]], voc: ClinicalVocabulary) -> list[list[dict]]:
    """Enumerated therapies, and therapies given together (泼尼松联合环磷酰胺: ``combined`` cues), form
    one group; each member is a row dict being filled in."""
    groups: list[list[dict]] = []
    last_end = None
    for entity, category in candidates:
        row = {"entity": entity, "category": category, "start": entity.start, "end": _after_alias(norm, entity.end)}
        if groups and last_end is not None and last_end <= entity.start and (
                _JOINER.fullmatch(norm, last_end, entity.start)
                or voc.combined_pattern.fullmatch(norm, last_end, entity.start)):
            groups[-1].append(row)
        else:
            groups.append([row])
        last_end = row["end"]
    return groups


#: Right after a dose: it is the day's (1g的每天剂量, 1g的日剂量).
_DAILY_AFTER = re.compile(r"[ \t]*的?(?:每[天日]|日)剂?量")
#: Between the items of a comma list (可选用青霉素,红霉素,克林霉素): each item is a group of its own.
_COMMA = re.compile(r"[ \t]*,[ \t]*")


def _treatment_groups(norm: str, candidates: list[tuple[Entity, str]], voc: ClinicalVocabulary,
                      sentence: tuple[int, int], *, advice: bool = False) -> list[list[dict]]:
    """Rule 1 for a sentence's groups: those that are treatments, and each item of a comma list
    after one that is (可选用青霉素,红霉素,克林霉素; 氨苄西林(氨苄青霉素),头孢氨苄: past a bracket): an item
    after a comma has a clause of its own, which holds no use word. Only forward: a treatment word after the list's last item
    (…,降压药等药合用必须慎重; …,口服避孕药等可使…) is that item's alone. ``advice``: the section advises
    drugs, so one titling a numbered item is advised (``_titles_an_item``)."""
    treatments: list[list[dict]] = []
    previous_kept: list[dict] | None = None  # the group before, if it is a treatment
    for group in _groups(norm, candidates, voc):
        listed = previous_kept is not None and _COMMA.fullmatch(
            norm, after_aside(norm, previous_kept[-1]["end"]), group[0]["start"])
        previous_kept = group if listed or _is_treatment(norm, group, voc, sentence) or (
            advice and _titles_an_item(norm, group)) else None
        if previous_kept is not None:
            treatments.append(group)
    return treatments


def _after_alias(norm: str, pos: int) -> int:
    m = _ALIAS.match(norm, pos)
    return m.end() if m else pos


#: Categories of drugs that are treatments only with a word of treatment in their clause.
_NEED_A_CUE = frozenset({"drug", "nutrient"})


def _is_treatment(norm, group, voc, sentence) -> bool:
    """Rule 1: a drug needs a treatment word, route, dose, schedule or outcome in its clause; a
    nutrient (维生素C) a treatment word or schedule: a dose alone is what food holds or the body
    needs (一杯甘蓝只包含了50mg的维生素C)."""
    if any(row["category"] not in _NEED_A_CUE or row["entity"].label == "procedure" for row in group):
        return True
    start = clause_start(norm, group[0]["start"], floor=sentence[0])
    end = _window(norm, group[-1]["end"], sentence[1], voc)
    clause = voc.not_use_pattern.sub(lambda m: " " * len(m.group()), norm[start:end])
    if voc.treatment_word_pattern.search(clause) or voc.find_schedule(clause):
        return True
    return any(row["category"] == "drug" for row in group) and bool(voc.dosed_number_pattern.search(clause))


#: Right before a drug that titles a numbered item: the item's number (1.… (1)… ①…) at a line, sentence or
#: clause start.
_ITEM_NUMBER_BEFORE = re.compile(r"(?:\A|[\n。;；:：,，])[ \t]*(?:\([ \t]*\d{1,2}[ \t]*\)|\d{1,2}[.、．]|[①-⑳])[ \t]*\Z")
#: How far back the item's number may start (a clause mark, spaces, ``(12)``).
_ITEM_NUMBER_REACH = 10


def _titles_an_item(norm: str, group: list[dict]) -> bool:
    """Whether the group is one drug (no nutrient or herb) titling a numbered item: in a text advising drugs,
    the drugs a paragraph recommends, item by item, each followed by what it does
    (目前已肯定有预防作用的药物有：(1)抗血小板药：已有多项临床试验…; ②赛庚啶：…用量为8～24mg/d), with no use
    word in the title's own clause (therapies review of medical_6, T6 class 7)."""
    if len(group) != 1 or group[0]["category"] != "drug" or norm[group[0]["end"]:group[0]["end"] + 1] not in ":：":
        return False  # most groups: no colon right after
    start = group[0]["start"]
    return _ITEM_NUMBER_BEFORE.search(norm, max(0, start - _ITEM_NUMBER_REACH), start) is not None


def _window(norm: str, start: int, limit: int, voc: ClinicalVocabulary) -> int:
    """Rule 2: the end of the therapy's clause and of the clauses continuing its instructions."""
    pos = start
    while (pos := clause_end(norm, pos)) < limit:  # from clause mark to clause mark
        if pos == start and norm[pos] in ":：":  # 磺胺嘧啶:体重>27kg者,剂量1.0g: a heading, its instructions after
            pos += 1
            continue
        if pos + 1 < limit and voc.continues_instructions(norm, pos + 1):
            pos += 1
            continue
        return pos
    return limit


def _read_details(norm, row, quantities, voc, sentence, in_sentence, tests, carriers=()) -> None:
    entity = row["entity"]
    later = [c[0].start for c in in_sentence if c[0].start >= row["end"]]
    limit = min(later + [sentence[1]])
    end = _window(norm, row["end"], limit, voc)
    consumed = row["end"]
    floor = row["end"]  # where a per-day cue before the dose may start
    if entity.text.endswith(voc.cues["class_ending"]) and (example := voc.example_after_pattern.match(norm, row["end"], end)) is not None:
        end = example.start("marker")  # 非甾体抗炎药(NSAIDs)如依托考昔120mg口服: the example's dose, route …
    m = voc.dose_pattern.search(norm, row["end"], end)
    if m is not None and later and _doses_the_next(norm, row["end"], m, min(later)):
        m = None  # 1000IU维生素E及|25000IU|维生素A: the next drug's dose
    if m is None:
        before = [c[0].end for c in in_sentence if c[0].end <= entity.start]
        previous_end = max(before) if before else None
        if (m := _dose_before(norm, entity.start, previous_end, sentence[0], voc)) is not None:
            row["start"] = min(row["start"], m.start())
            floor = sentence[0] if previous_end is None else previous_end
        elif (m := _dose_clause(norm, row["end"], limit, voc)) is not None:
            floor = m.start()  # 卡介苗接种于左上臂三角肌上端，皮内注射，剂量为0.05mg/次
    if m is not None and voc.dose_units[m["unit"]][1] == _RADIATION and row["category"] != "radiotherapy":
        m = None  # 20Gy: an absorbed dose, never a drug's or an operation's
    if m is not None and voc.dose_units[m["unit"]][1] == _RADIATION and voc.is_a_limit(
            norm, clause_start(norm, m.start()), m.start(), m.end()):
        m = None  # 放疗剂量不超过40Gy, 不应小于40cGy: a limit, no dose (code review 2026-12-05, D6)
    fluid = m is not None and any(
        row["end"] <= start and end <= m.start() and not norm[end : m.start()].strip(" \t") for start, end in carriers)
    if m is None and row["category"] == "radiotherapy":
        m = _radiation_dose(norm, row["end"], in_sentence, sentence[1], voc)
    if m is not None:
        low = float(m["low"])
        high = float(m["high"]) if m["high"] else low
        unit, kind = voc.dose_units[m["unit"]]
        low_unit = m["low_unit"]
        if low_unit in voc.dose_multipliers:
            same_unit = m["unit"].startswith(low_unit)  # 80万~200万U/d: a bare multiplier
        else:
            same_unit = low_unit is None or voc.dose_units[low_unit][0] == unit  # 0.5g~1.0g, not 500mg~1g
        if low <= high and same_unit:
            if kind == "volume" and (row["category"] != "drug" or fluid):
                row.update(volume=low, volume_unit=unit)  # 庆大霉素生理盐水200ml膀胱冲洗: the fluid given, no dose
            elif not fluid:  # a vehicle's amount in another unit is never the drug's dose
                if voc.per_day_pattern.search(norm, floor, m.start()):
                    per_kg = voc.per_kg_pattern.search(norm, floor, m.start()) and "/" not in unit
                    unit = _per_day(f"{unit}/kg" if per_kg else unit)  # 每公斤体重每日10mg: mg/(kg·d)
                elif "/" not in unit and _DAILY_AFTER.match(norm, m.end()):
                    unit = _per_day(unit)  # 用红霉素1g的每天剂量: 1 g/d (therapies review of medical_12)
                row.update(dose=low, dose_high=high, dose_unit=unit)
            consumed = max(consumed, m.end())
            if kind == _RADIATION and (fractions := _FRACTIONS.match(norm, m.end())):
                row["sessions"] = int(fractions["n"])  # 总量20Gy(2000rad)，分10次: given in 10 sessions
                consumed = max(consumed, fractions.end())
    # an operation is given by no route: 热敷、理疗，外敷甲沟康 (外敷 is the next item's), 手术前晚清洁灌肠
    m = voc.route_pattern.search(norm, row["end"], end) if row["category"] not in _OPERATIONS else None
    if m is not None and later and not norm[m.end() : min(later)].strip(" \t"):
        m = None  # 静脉注射地塞米松，|口服|泼尼松: the route of the next drug, written right before it
    if m is None and row["category"] not in _OPERATIONS:
        m = _route_past_a_diluent(norm, row["end"], in_sentence, sentence[1], voc)
    if m is not None and m.group() in voc.cues["route_in_clause"] and any(
            mark in norm[row["end"] : m.start()] for mark in CLAUSE_MARKS):
        m = None  # 补充维生素B2，每日用温水擦拭皮肤: a verb with its own object, in another clause (code review 2026-12-05)
    if m is not None and norm[m.start() - 1] not in _ANOTHER_ITEM:
        row["route"] = voc.routes[m.group()]
        consumed = max(consumed, m.end())
    elif row["category"] not in _OPERATIONS and (m := voc.route_before_pattern.search(norm, sentence[0], entity.start)):
        row["route"] = voc.routes[m["route"]]
        row["start"] = m.start()
    elif row["category"] not in _OPERATIONS and (m := voc.route_over_an_item_pattern.search(norm, sentence[0], entity.start)):
        row["route"] = voc.routes[m["route"]]  # 涂以百多邦或|红霉素眼膏: the route said before the list
    elif entity.text.startswith(_EYE) and (m := voc.eye_drop_before_pattern.search(norm, sentence[0], entity.start)):
        row["route"] = _EYE_DROPS  # 勤滴|眼药水
        row["start"] = m.start()
    elif (taken := voc.taken_by_mouth_at(norm, entity.start)) is not None:
        row["route"] = _BY_MOUTH  # 服抗酸药治疗无效: a bare 服 (therapies review of medical_7)
        row["start"] = taken
    m = voc.find_schedule(norm, row["end"], end)
    schedule_span = m.span() if m else (0, 0)  # never a duration, whoever's schedule it is
    schedule = voc.schedule(m) if m else None
    if schedule is not None and _measured_before(norm, row["end"], m.start(), tests):
        schedule = None  # 手术后…测体温、血压,每小时1次: how often something is measured
    if schedule is not None:
        row["schedule"] = schedule
        consumed = max(consumed, m.end())
    once_a_day = schedule == _ONCE_A_DAY  # 每日1剂,分2次服: the day's dose, taken in two
    if (schedule is None and _is_daily(row.get("dose_unit", ""))) or once_a_day:
        if (m := voc.divided_pattern.search(norm, row["end"], end)) and (times := count_of(m["n"])):
            high = max(times, count_of(m["n_high"])) if m["n_high"] else times
            row["schedule"] = DoseSchedule(times, high, 1.0, 1.0, "d")  # 30mg/d, 分3次: three times a day
            consumed = max(consumed, m.end())
    if row.get("schedule") is None and (m := voc.clause_schedule_pattern.search(
            norm, clause_start(norm, entity.start), clause_end(norm, entity.end))):
        row["schedule"] = voc.clause_schedules[m.group()]  # 早晚各盐水坐浴一次: twice a day (review of medical_7)
    resources = load_quantity_resources()
    time_units = resources.time_units
    for q in quantities if row["category"] != "surgery" else ():  # 手术1年后, 手术后24h: after it

        if row["end"] <= q.start and q.end <= end and q.unit in time_units and q.kind in ("number", "range"):
            if norm[max(q.start - 1, 0) : q.start] in ("每", "隔", "/") or voc.delay_pattern.match(norm, q.end):
                continue  # 每6小时, 5000U/8h: how often
            if voc.time_point_pattern.search(norm, row["end"], q.start) or voc.period_pattern.match(norm, q.end):
                continue  # 手术后3天, 分别于1天后, 5年生存率: a point in time or a rate's period
            if schedule_span[0] <= q.start < schedule_span[1]:
                continue  # 1次/2周: how often, not how long
            if q.unit == "年" and (q.value or q.low or 0) >= _FIRST_YEAR:
                continue  # 蒿甲醚(1994~1996年): when, not how long
            if q.value is None and q.low is None:
                break  # 6个月到3年: a course in two units, no number of one (nor a later time)
            row.update(
                duration_value=q.value if q.value is not None else q.low,
                duration_high=q.value if q.value is not None else q.high,
                duration_unit=resources.time_codes.get(q.unit, q.unit),  # 连服7天 → d, as every_unit
            )
            consumed = max(consumed, q.end)
            break
    if m := voc.sessions_pattern.search(norm, row["end"], end):
        row["sessions"] = int(m["n"])
        consumed = max(consumed, m.end())
    row["end"] = max(consumed, entity.end)


#: How the name of a drug for the eye begins (眼药水, 眼膏), and the route an ``eye_drop_before`` word gives it.
_EYE, _EYE_DROPS = "眼", "滴眼"


def _route_past_a_diluent(norm, end, in_sentence, sentence_end, voc) -> re.Match[str] | None:
    """The route after the diluent clause that ends the statement of the drug ending at ``end``: the
    route is the drug's (0.25g氨茶碱溶于50%葡萄糖液40ml缓慢静注: 静注; therapies review of medical_4,
    2026-12-05), read in the diluent's clause up to the next therapy."""
    later = sorted((c[0] for c in in_sentence if c[0].start >= end), key=lambda e: e.start)
    if not later or not voc.is_diluent(norm, later[0]) or any(mark in norm[end : later[0].start] for mark in CLAUSE_MARKS):
        return None
    limit = later[1].start if len(later) > 1 else sentence_end
    found = voc.route_pattern.search(norm, later[0].end, _window(norm, later[0].end, limit, voc))
    if found is not None and len(later) > 1 and not norm[found.end() : limit].strip(" \t"):
        return None  # …加入10%葡萄糖40ml,口服|泼尼松: the next drug's route
    return found


#: The ``dose_units.tsv`` kind of an absorbed dose (Gy): a radiotherapy's only.
_RADIATION = "radiation"
#: Right after a radiation dose, maybe past the dose in other units and a comma: the number of
#: fractions, the sessions (总量20Gy|(2000rad)，分10次).
_FRACTIONS = re.compile(r"(?:[ \t]*\([^()]{0,20}\))?[ \t]*[,，]?[ \t]*分[ \t]*(?P<n>[0-9]+)[ \t]*次")


def _radiation_dose(norm: str, start: int, bounds: list, limit: int, voc: ClinicalVocabulary) -> re.Match[str] | None:
    """The first radiation dose (Gy) after a radiotherapy row with none in its clauses, up to the next
    radiotherapy in the sentence: in its own clause, or in a later one opening with a ``radiation_lead``
    (可应用放射治疗，尤其切除骨化块后…更可应用，术后3～4天后进行，总量20Gy; therapies review of medical_8).
    Never a limit: a Gy amount with a comparator or a ``dose_limit`` word before it in its clause
    (脊髓受照剂量超过45Gy时, 曾接受1Gy以上辐射, 放射量阈值在25Gy; code review 2026-12-05, D6)."""
    later = [entity.start for entity, category in bounds if category == "radiotherapy" and entity.start >= start]
    stop = min(later + [limit])
    own_end = clause_end(norm, start)
    for m in voc.dose_pattern.finditer(norm, start, stop):
        if voc.dose_units[m["unit"]][1] != _RADIATION:
            continue
        opening = max(clause_start(norm, m.start()), start)
        if m.start() >= own_end and not voc.radiation_lead_pattern.match(norm, opening):
            continue
        if voc.is_a_limit(norm, opening, m.start(), m.end()):
            continue
        return m
    return None


#: Rule 2: at most this many clause breaks between a therapy and a clause opening with a ``dose_clause``
#: word that gives its dose (卡介苗接种于左上臂三角肌上端，皮内注射，剂量为0.05mg/次: two).
_DOSE_CLAUSE_REACH = 2


def _dose_clause(norm: str, start: int, limit: int, voc: ClinicalVocabulary) -> re.Match[str] | None:
    """The dose of a clause opening with a ``dose_clause`` word (剂量为, 用量为) at most
    ``_DOSE_CLAUSE_REACH`` clause breaks after the therapy ending at ``start`` and before the next
    therapy (``limit``): the therapy's, when its own clauses hold none (therapies review of medical_9, R6)."""
    pos = start
    for _ in range(_DOSE_CLAUSE_REACH):
        pos = clause_end(norm, pos)
        if pos >= limit or norm[pos] not in _CLAUSE_BREAKS + "，":
            return None
        pos += 1
        if (found := voc.dose_clause_pattern.match(norm, pos, limit)) is not None:
            return voc.dose_pattern.match(norm, found.start("dose"), found.end("dose"))
    return None


def _doses_the_next(norm: str, after: int, dose: re.Match[str], next_start: int) -> bool:
    """Whether ``dose``, found after a drug ending at ``after``, is the next drug's: written right
    before it, with other words (a list word, a verb) between the first drug and the dose
    (1000IU维生素E及|25000IU|维生素A); not a dose right after its drug (阿司匹林100mg 氯吡格雷)."""
    return bool(norm[after : dose.start()].strip()) and not norm[dose.end() : next_start].strip()


def _dose_before(norm: str, start: int, previous_end: int | None, sentence_start: int,
                 voc: ClinicalVocabulary) -> re.Match[str] | None:
    """The dose written right before a drug that has none after it (每天口服325～650mg|阿司匹林,
    掺入1g|硫酸锌), unless it is right after the therapy before (``previous_end``): that one's."""
    floor = sentence_start if previous_end is None else previous_end
    doses = list(voc.dose_pattern.finditer(norm, floor, start))
    found = doses[-1] if doses else None
    if found is None or norm[found.end() : start].strip():
        return None
    if previous_end is not None and not norm[previous_end : found.start()].strip():
        return None
    return found


_ONCE_A_DAY = DoseSchedule(1, 1, 1.0, 1.0, "d")
#: The route a bare ``takes`` word (服) gives: by mouth, as routes.tsv normalizes 服用.
_BY_MOUTH = "口服"
#: A number of years this large is a calendar year (1994~1996年), no duration.
_FIRST_YEAR = 1000
#: What enumerated therapies share, each tuple whole or not at all.
_SHARED = (("route",), ("schedule",), ("duration_value", "duration_high", "duration_unit"))
_DOSE = ("dose", "dose_high", "dose_unit")


def _measured_before(norm: str, start: int, pos: int, tests: list[tuple[int, int]]) -> bool:
    """A test named right before ``pos``, only punctuation between (测体温、血压,|每小时1次):
    the schedule says how often it is measured. Not 根据血糖调整,|每日3次."""
    before = [end for test_start, end in tests[: bisect_left(tests, (pos, pos))] if test_start >= start]
    return bool(before) and not norm[before[-1] : pos].strip(" \t,;:、")


def _share_instructions(norm, group, voc) -> None:
    """Rule 2 for enumerated therapies: the route, schedule and duration read after the last
    one are every one's (利福平与吡嗪酰胺每周2次), and so is its dose after an ``each`` cue
    (倍他米松或地塞米松各为24mg); a route before the first is every one's (口服泼尼松、环磷酰胺)."""
    if len(group) < 2:
        return
    last, first = group[-1], group[0]
    shared = [keys for keys in _SHARED if last.get(keys[0]) not in (None, "")]
    if last.get("dose") is not None and voc.each_pattern.match(norm, _after_alias(norm, last["entity"].end)):
        shared.append(_DOSE)
    for row in group[:-1]:
        taken = [keys for keys in shared if all(row.get(key) in (None, "") for key in keys)]
        for keys in taken:
            row.update({key: last.get(key) for key in keys})
        if taken:
            row["end"] = max(row["end"], last["end"])
    if first.get("route") and first["start"] < first["entity"].start:  # the route was written before it
        for row in group[1:]:
            row.setdefault("route", first["route"])


def _share_a_listed_route(norm: str, groups: list[list[dict]], voc: ClinicalVocabulary, sentence: tuple[int, int]) -> None:
    """Rule 2 for a list of herbs each with its dose: a ``listed_route`` word after the last item
    (柴胡6克、当归12克、王不留行9克煎汤内服; 人参5克，麦冬各30克，水煎服) is the route of every item before
    it that has none, back to where something else than a dose and a separator stands between two
    items."""
    for i in range(len(groups) - 1, 0, -1):
        last = groups[i][-1]
        route = voc.route_pattern.search(norm, _after_alias(norm, last["entity"].end), sentence[1])
        if not last.get("route") or route is None or not voc.listed_route_pattern.fullmatch(route.group()):
            continue
        for j in range(i - 1, -1, -1):
            if not voc.list_item_gap.fullmatch(norm, _after_alias(norm, groups[j][-1]["entity"].end), groups[j + 1][0]["start"]):
                break
            for row in groups[j]:
                row.setdefault("route", last["route"])
        return


def _make_herbs_tcm(norm: str, groups: list[list[dict]], voc: ClinicalVocabulary, sentence: tuple[int, int]) -> None:
    """Rule 1: the drugs of the list a ``decoction`` word closes (蛇床子30克，苦参30克，…水煎，先熏洗后坐浴;
    also open with a colon: 抓药煎汤喝：连翘、银花) and of the list a ``tcm_lead`` opens (中药降温可用柴胡注射液、
    穿琥宁; 服中药：丹参30克，白茅根30克…) are TCM herbs or preparations: category tcm. Not 中药 anywhere in
    the sentence: 中药 or IgG, 阿司匹林 … are drugs of their own (therapies review of medical_7: 40 of 40
    changes right; 40 of 44 with any 中药); nor the drugs of another list (口服阿莫西林0.5g，同时用金银花30克
    水煎服; …煎汤代茶;或己烯雌酚5mg; 中药可用丹参注射液，西药可用阿司匹林: code review, and 8 of 95 changes on
    xywy medical_0–3 and 10–15). A list runs over the clauses that open with a drug or hold only a dose
    (麝香0.1克); the clause opening it otherwise (治用柴胡10克) is its first. A ``herb`` (丹参, 当归) is tcm
    wherever it is given."""
    members = [row for group in groups for row in group]  # the list's items, whatever their category
    rows = [row for row in members if row["category"] == "drug"]
    if not rows:
        return
    herbal: set[int] = set()

    def take(start: int, end: int) -> None:
        herbal.update(id(row) for row in rows if start <= row["entity"].start < end)

    for boiled in voc.decoction_pattern.finditer(norm, *sentence):
        first = clause_start(norm, boiled.start())
        opened = any(first <= row["entity"].start < boiled.start() for row in members) and not _an_item(
            norm, first, boiled.start(), members, voc)  # 同时用金银花30克水煎服: the list opens in its own clause
        while not opened and first > sentence[0] and norm[first - 1] != ";":
            first = max(clause_start(norm, first - 1), sentence[0])
            opened = not _an_item(norm, first, clause_end(norm, first), members, voc)
        take(first, boiled.start())
        if _LEADS_A_LIST.match(norm, boiled.end()):
            take(boiled.end(), _list_end(norm, clause_end(norm, boiled.end()), sentence[1], members, voc))
    for lead in voc.tcm_lead_pattern.finditer(norm, *sentence):
        take(lead.end(), _list_end(norm, clause_end(norm, lead.end()), sentence[1], members, voc))
    for row in rows:
        if id(row) in herbal or row["entity"].text in voc.herbs or row["entity"].canonical in voc.herbs:
            row["category"] = "tcm"  # 丹参, 五味子10克: a single herb, wherever it is given


def _an_item(norm: str, start: int, end: int, rows: list[dict], voc: ClinicalVocabulary) -> bool:
    """Whether clause ``start:end`` is an item of a list of drugs: it opens with one (at most
    ``_ITEM_LEAD`` characters before it: 生|大黄3克) or holds a dose and none (麝香0.1克)."""
    at = len(norm[start:end]) - len(norm[start:end].lstrip(" \t")) + start
    held = [row for row in rows if start <= row["entity"].start < end]
    if held:
        return min(row["entity"].start for row in held) - at <= _ITEM_LEAD
    return voc.dose_pattern.search(norm, start, end) is not None


def _list_end(norm: str, end: int, sentence_end: int, rows: list[dict], voc: ClinicalVocabulary) -> int:
    """Where a list of drugs going on past ``end`` (a clause's end) ends: after the clauses that are items."""
    while end < sentence_end and norm[end] != ";" and _an_item(norm, end + 1, clause_end(norm, end + 1), rows, voc):
        end = clause_end(norm, end + 1)
    return end


#: Right after a decoction word, a colon opening the list it is made of (煎汤喝：连翘、银花).
_LEADS_A_LIST = re.compile(r"[\u4e00-\u9fff]{0,2}:")
#: At most this many characters (生, 炒) before the drug opening a clause that is an item of a list.
_ITEM_LEAD = 1


def _is_daily(unit: str) -> bool:
    """A dose unit of one day: mg/d, g/(kg·d)."""
    return unit.endswith(("/d", "·d)"))


def _per_day(unit: str) -> str:
    """A dose unit of one day: mg → mg/d, mg/kg → mg/(kg·d); a unit with another divisor
    (mg/m², ml/h) stays as written."""
    if "/" not in unit:
        return f"{unit}/d"
    return f"{unit[:-3]}/(kg·d)" if unit.endswith("/kg") else unit


#: Rule 3: how many clause breaks may lie between a therapy's instructions and its outcome
#: (改用三苯氧胺后,各种症状得到改善: one).
_OUTCOME_REACH = 1
_CLAUSE_BREAKS = ",;:"


def _bind_outcomes(norm, groups, voc, sentence, causes=()) -> None:
    """Rule 3: each outcome word goes to the nearest group before it, if that has none, no
    drug or procedure that causes something (``causes``, their starts) comes between
    (…合用氨基糖苷类抗生素所引起,常在全身性疾病好转时: no outcome of the first drug), and at
    most ``_OUTCOME_REACH`` clause breaks lie between the group's instructions and the word."""
    if not groups:
        return  # a sentence read only for the effect of the sentence before: no outcome to look for
    found = list(voc.outcome_pattern.finditer(norm, sentence[0], sentence[1]))
    framed = [f for pattern in (voc.framed_outcome_pattern, voc.bare_outcome_pattern)
              for f in pattern.finditer(norm, sentence[0], sentence[1])
              if not any(m.start() <= f.start() < m.end() for m in found)]  # not the 敏感 of 不敏感
    for m in sorted(found + framed, key=lambda m: m.start()):
        outcome = voc.outcomes[m.group()]
        before = [g for g in groups if g[0]["entity"].start < m.start() and g[-1]["entity"].end <= m.start()]
        if outcome == "-" or not before or before[-1][0].get("outcome"):
            continue
        if any(before[-1][-1]["entity"].end <= start < m.start() for start in causes):
            continue
        if m.re is voc.framed_outcome_pattern and not voc.in_its_frame(
                norm, before[-1][0]["entity"].start, _after_alias(norm, before[-1][-1]["entity"].end), m.start()):
            continue  # 敏感 only in 对…X(治疗)?敏感 (该肿瘤对放射治疗敏感: therapies review of medical_7)
        if m.re is voc.bare_outcome_pattern and not voc.bare_in_place(
                norm, _after_alias(norm, before[-1][-1]["entity"].end), m.start(), m.end()):
            continue  # 预后较好 only right after the therapy or as the next clause (therapies review of medical_8)
        reached = max(row["end"] for row in before[-1])
        if sum(norm.count(mark, reached, m.start()) for mark in _CLAUSE_BREAKS) > _OUTCOME_REACH:
            continue  # 手术切除为好,如不加以治疗,囊肿破裂会暂时消退: another clause's course
        if voc.outcome_walled(norm, reached, m.start()):
            continue  # 除…应用抗微生物药物外，据报道Smzco对…有一定效果: Smzco's effect (code review of s10, D10)
        if outcome in voc.preventable_outcomes and (
            prevention := voc.prevented_pattern.search(norm, max(sentence[0], m.start() - 12), m.start())
        ) and not voc.outcome_pattern.search(norm, prevention.end(1), m.start()):
            continue  # 磺胺嘧啶对预防RF复发: a recurrence prevented, none that happened (对预防猝死有效 is an outcome)
        if _negated(norm, clause_start(norm, m.start()), m.start(), voc):
            outcome = _OUTCOME_DENIED.get(outcome)  # 手术切除不能使IHA治愈: it failed
            if outcome is None:
                continue
        for group in _comma_listed(norm, before):
            for row in group:
                row["outcome"] = outcome
                row["end"] = max(row["end"], m.end())


#: Between the items of a comma list, maybe with 和 before the last (长春新碱,放线菌素D,环磷酰胺,和顺铂), or 或
#: alone; maybe after 类 or 类药物 closing an item (抗组胺药，β2-受体激动剂，茶碱类或肾上腺皮质激素可缓解:
#: therapies review of medical_9, R2).
_LIST_COMMA = re.compile(r"(?:类药物|类)?[ \t]*(?:,[ \t]*(?:和|及|以及|或者|或)?|或者|或)[ \t]*")


def _comma_listed(norm: str, before: list[list[dict]]) -> list[list[dict]]:
    """The last group of ``before`` and the groups right before it that a bare comma joins to it,
    none with an outcome: a comma list shares the outcome after it (给铁剂,维生素B12,皮质激素治疗无效:
    therapies review of medical_12, 2026-12-04)."""
    listed = [before[-1]]
    for group in reversed(before[:-1]):
        if group[0].get("outcome") or not _LIST_COMMA.fullmatch(norm, group[-1]["end"], listed[-1][0]["start"]):
            break
        listed.append(group)
    return listed


def _negated(norm: str, start: int, end: int, voc: ClinicalVocabulary) -> bool:
    """Whether a negation (an ``outcome_negation`` word: 不能使IHA治愈, 未能缓解; not one inside a condition closed by
    时: 不易鉴别时亦有效, therapies re-review of medical_7) comes before the outcome word at ``end`` in its clause (from
    ``start``), unless the negation only describes patients: its scope ends in a ``patient_group`` word it modifies, after at
    least one character (无法耐受其他治疗者可改善: 改善 stays; therapies review of medical_9, R9). Never so
    after 使/令/让, which make the patients the object (手术切除不能使患者治愈: 无效), nor for 未见患者复发
    (no modifier) or the 者 of 或者 (code review of s10, D1)."""
    while (found := voc.negated_outcome_pattern.search(norm, start, end)) is not None:
        if found.group("causative"):
            return True
        group = voc.patient_group_in(norm, found.start("gap"), end)
        if group is None:
            return True
        start = group.end()
    return False


#: What a negated outcome means; an outcome not listed says nothing negated (不会恶化).
_OUTCOME_DENIED = {"治愈": "无效", "缓解": "无效", "完全缓解": "无效", "好转": "无效", "改善": "无效", "有效": "无效",
                   "复发": "无复发"}


#: A citation of a study (Pahwa等(1989), 王某等(2001)): the patients after it are that study's.
_CITATION = re.compile(r"等[ \t]*\((?:19|20)[0-9]{2}\)")


def _bind_patients(norm, groups, quantities, voc, sentence) -> None:
    """Rule 4: 治疗N例 after the group, else N例 earlier in the clause."""
    if not groups:
        return
    counts = [q for q in quantities if sentence[0] <= q.start < sentence[1] and q.kind == "count" and q.numerator]
    cue_before = voc.patients_cue_at_end_pattern
    for index, group in enumerate(groups):
        after_end = groups[index + 1][0]["entity"].start if index + 1 < len(groups) else sentence[1]
        if cited := _CITATION.search(norm, group[-1]["entity"].end, after_end):
            after_end = cited.start()  # Pahwa等(1989)用IL-2治疗31例: another study's patients
        first = group[0]["entity"]
        chosen = None
        for q in counts:
            if group[-1]["entity"].end <= q.start < after_end and cue_before.search(norm, sentence[0], q.start):
                chosen = q
                break
        if chosen is None:
            opening = clause_start(norm, first.start, floor=sentence[0])
            earlier = [q for q in counts if opening <= q.start and q.end <= first.start]
            chosen = earlier[-1] if earlier else None
        if chosen is not None:
            for row in group:
                row["n_patients"] = chosen.numerator


def _bind_effect(norm, groups, quantities, voc, sentence, status) -> None:
    """Rule 5: how long the effect lasts, for the last group before the cue; none for a
    therapy not given (如未予抗生素治疗，以上证候可持续1周: how long the disease lasts)."""
    if not groups or not voc.cues["effect"]:
        return
    resources = load_quantity_resources()
    time_units = resources.time_units
    for m in voc.effect_cue_pattern.finditer(norm, sentence[0], sentence[1]):
        cue_at = m.start()
        q = next(
            (q for q in quantities if cue_at < q.start < sentence[1] and q.unit in time_units and q.kind in ("number", "range")),
            None,
        )
        before = [g for g in groups if g[0]["entity"].start < cue_at]
        if q is None or not before:
            continue
        if status.get(before[-1][0]["entity"]) == "negated":
            return
        low, high = (q.value, q.value) if q.value is not None else (q.low, q.high)
        for row in before[-1]:
            row.update(effect_low=low, effect_high=high, effect_unit=resources.time_codes.get(q.unit, q.unit))
        return


#: Section kinds about treating, nursing or preventing: a drug or procedure there is advice,
#: whatever the record's causes name.
_TREATING_KINDS = frozenset({"treatment", "treatment_tcm", "treatment_western", "nursing", "prevention"})


def named_as_causes(sections: Sequence[tuple[str, Sequence[Entity]]]) -> frozenset[str]:
    """The canonical names of the drugs and procedures a record's cause sections name
    (``cause_info``: 口服避孕药, 锂剂, 手术误伤): the record's exposures. A name written with 治疗 is
    taken as written: 在手术治疗的胰腺癌中 names a group of patients, and makes no 手术 an exposure
    (its canonical name, since 手术治疗 is 手术: therapies re-review of medical_2, 2026-12-05)."""
    return frozenset(
        e.text if e.text.endswith(_TREATING_SUFFIX) else e.canonical
        for path, entities in sections if section_kind(path) == "cause"
        for e in entities if e.label in ("drug", "procedure") and not e.nested
    )


#: See ``named_as_causes``.
_TREATING_SUFFIX = "治疗"


def is_exposure(
    statement: TherapyStatement, text: str, kind: str, exposures: frozenset[str], voc: ClinicalVocabulary | None = None,
    *, every_drug: bool = False,
) -> bool:
    """Whether ``statement`` (in a section of ``kind``, over normalized ``text``) only names one of
    the record's ``exposures`` again: outside a section about treating, nursing or preventing,
    with no outcome and no ``treating`` word in its clause (黄褐斑: 药物如锂剂、口服避孕药 in its
    symptoms, when its causes name 口服避孕药; not 需手术切断). A nutrient stays (叶酸 of 叶酸缺乏症).
    ``every_drug``: the record is named after drugs as its cause (药物性胃病), and every drug is one
    of its exposures; a treating word right after it, or the 应 of 应用, is then the exposure told
    again, no advice (免疫抑制药和抗癌药中毒性肾病: 环孢素治疗患者移植后无尿, 长期应用环孢素)."""
    named = (statement.therapy.canonical in exposures or statement.therapy.text in exposures
             or (every_drug and statement.therapy.label == "drug"))
    if kind in _TREATING_KINDS or not named or statement.outcome:
        return False
    if statement.category == "nutrient":
        return False
    voc = voc or load_clinical_vocabulary()
    start = max(clause_start(text, statement.therapy.start), statement.evidence_start)
    end = min(clause_end(text, statement.therapy.end), statement.evidence_end)
    if every_drug:
        return not voc.advises_the_exposure(text, start, end, statement.therapy.end)
    return voc.treating_pattern.search(text, start, end) is None

