"""Bind each frequency (a percentage, fraction, count with a percentage, proportion or
frequency word) to the finding it describes.

Binding works inside one clause (a sentence cut at , ; : outside parentheses), because
encyclopedia prose packs one finding and its number per clause. Rules, first that applies wins:

1. ``paren`` — a parenthesized quantity binds to the entity ending right before it:
   ``色素沉着(93%)``. In an enumeration ``皮肤增厚、坏死和多毛(81%)`` only 多毛 gets the number;
   if no entity ends there, the statement has no subject (never a guess further back),
   unless a patient noun ends there (``大部分患者(94%)可有X``): then it reads forward as in 3.
2. ``rate`` — a rate noun (发生率, 阳性率, 占 … from ``quantity_cues.tsv``) between an entity
   and the number: ``X的发生率为5%`` → X. A noun phrase opening with a mention between the
   rate noun and a 的 right before the number is the whole the number is a share of:
   ``雷诺现象占系统性硬化病的30%`` and ``功能性消化不良占消化内科专科门诊的30%`` → the mention
   before 占, ``色素型占基底细胞癌的6%`` → no subject. A share with no subject after all rules keeps
   the whole of its ``占X的`` as its population (``(类癌…。)大约占所有消化道肿瘤的2%`` → 所有消化道肿瘤;
   medical_0–3, 10–15: 573 statements, about 40 of 45 read right). A whole that ``amount_whole``
   ends is an amount, a substance or a structure, no group of cases: no statement (``占总热量的30%``,
   ``嗜酸性粒细胞占白细胞总数的0～6%``; 75 statements, 39 of 40 read right). A group opening the number's
   clause and closed by 中 right before it, a disease, symptom or patient noun ending it, is the population
   (``双胎妊娠中有10%合并有羊水过多``, ``有报道小肝癌中仅3%伴有卫星结节``), and no subject inside it
   (``继发性高血压中80%…``); 55 statements, about 42 of 45 read right. A group named by its finding right
   before the number, only ``link`` words between (为, 仅, 占), is those with it: ``发热者占80%``,
   ``伴胸腔积液者为64%``, ``高血压患者仅占45%`` → the finding (unless the number leads forward,
   3: ``高血压患者的30%出现蛋白尿``).
   A measure (…率) whose finding a group opens its clause right before, after who reported it, takes the group
   as its population: a patient noun or 组 (``发现观察组维生素B1缺乏症的患病率为1.1%``, ``成人脑炎病死率``), or a
   disease before a test (``双相情感障碍DST阳性率为52%``); medical_6+13: 11 statements, all right.
3. ``forward`` — after the number comes 的, a patient noun (maybe after a short group word:
   ``30%成人病例可发生Y``) or a verb (``N%的X患者…Y``,
   ``7/13例(54%)检测到Y``, ``N%发生Y``), or the quantity is a case count/fraction: the finding
   is the first entity after it; ``X患者`` between is the population, not the finding, and a
   site or examination where the finding is seen is no finding (``1/3患者腹部可触及肿块``). Cells
   right after a share, with no verb nor patient group between, are what it counts: no statement
   (``30%以上的红细胞在脾内阻留``; medical_0–3, 10–15: 22 statements, about 19 right).
4. ``backward`` — otherwise the nearest entity before the number with no other number between
   them: ``血中M蛋白阳性可达75%左右`` → M蛋白; only when the number (with its patient noun or
   的) closes its clause: a predicate after it makes the mention the group or the whole
   (``假性胰腺囊肿约80%为单发``, ``IgG仅40%沉积于血管内``) and the statement has no subject.
   After 2 or 4, a finding followed by a group of its patients defined by what no mention names
   (``精神障碍有家族史者占2%～8%``, ``视神经胶质瘤伴发此症者高达15%～50%``) is that group, the
   population, and the statement has no subject (on xywy medical_0–3 and 10–11: 9 statements,
   8 right, and one wrong subject left empty); a negation before the finding is the group's
   (``无骨折出现此征者``); not 有效者, 有关者, 有的患者.
5. ``respectively`` (tried before 1–4) — after 分别 (``quantity_cues.tsv``), the numbers
   pair with the findings listed before it, in order: ``发热、皮疹和关节痛分别占80%、50%和30%``;
   when the counts differ, the numbers get no subject (never the nearest finding).
6. ``word`` — a frequency word (半数, 偶见, 较多见) applies to every entity of its clause that
   has no number of its own (the nearest word if there are several): ``半数病人的T3T4偏低``
   → T3 ≈50 and T4 ≈50; ``水肿较多见`` → 水肿. A word before 的 and a kind followed by 是 or 为 ranks
   what follows among that kind: ``最常见的心律失常是室性期前收缩`` → 室性期前收缩 only. Not to a body part, unless an ``involvement``
   word follows it (``约半数有肾受累``) or it is cells, which are counted (``半数病人可见浆细胞
   增多``): ``半数病人在腹部触及包块`` says where the mass is.
7. ``where`` (applied after 1–5) — a number or frequency word right before a ``where_after``
   word (来源于, 发生于, 位于 …) says where or when most cases are (``80%以上发生在腮腺``,
   ``尿道结石多数来源于膀胱``): the number keeps its patient group and binds to no finding, and
   the word binds to none; unless the first mention after it is a disease, symptom or procedure
   naming no patient group (``多数发生于高血压的患者``, ``约14%发生在流产后``: most of them have it),
   when 1–6 apply.
8. ``topic`` (after 2) — a clause that opens with a rate word (``占``, ``约占``) and names no
   subject is about the disease its sentence opens with: ``肝血管瘤是肝内最常见的良性肿瘤,
   占肝良性肿瘤的84%`` → 肝血管瘤 (a share of a category of diseases); not when a disease,
   symptom or body part is named after the topic's own clause
   (``…,肿瘤多为胶质瘤,约占颅内胶质瘤的8.52%``), nor a part of it introduced (``subset`` cues:
   ``其中最常见的是脑膜内皮型,约占脑膜瘤的53.5%``; ``subset_inline``: ``肺癌中以鳞癌最多见``).
9. ``heading`` (after 1–8 found no subject) — a sentence that opens with a finding and a colon
   (after a list marker) is about it when its number follows the colon with only how common it
   is, a rate word or a link word between: ``(2)咯血:发生率约15%～30%``, ``心律失常:见于75%～95%的病人``.
   9b. ``heading_item`` (after 1–13) — further in the sentence of such a heading, or of a numbered one before a
   blank (``4.斜头畸形 又称偏头畸形,…,约占4%``), a share no rule bound with only a report, 其, a measure and link
   words (or a whole in 占…的) before it in its clause and nothing after it is the heading's; not after another
   measure (生存率, 复发率), nor a heading naming the record's disease. Ten xywy files: 46 statements, 42 right.
   9c. (after 9b) — a share no rule bound whose clause opens with a ``heading_anaphor`` (此型, 上述症状), only the
   patients, a measure and link words (or a whole in 占…的) after it, is the heading item's, later in the item's line
   too or in a text going on from a numbered heading item (``2.单纯血压降低型`` / ``…,此型约占颈动脉窦综合征患者的
   5%～11%``): its mention, or no subject with rule heading_item when no mention names the heading.
10. ``previous`` (after 9) — a clause opening with rate and link words only (约占78%) right after a
   comma is about the disease, symptom or organism closing the clause before, with only how common
   it is between (``头痛最多,约占78%``, ``以大肠埃希菌为主,约占70%``, ``肺部放线菌病不多见,约占15%``): not an
   item of a list (``眼球运动障碍和复视,约占67%``; but one opening its clause after a comma and said to be common
   is none: ``肘部皮损最为常见,约占70%以上``, 3 more statements on medical_0–3, 10–15, all right), nor the head of a phrase in 的 (``最常见的病原菌``), nor
   when the share's whole names it (``是一种先天性心脏病,占先天性心脏病的1%``: a class) or the sentence names
   a type (``Ⅰ型骨折…,占28.8%``: the share is of the type). On xywy medical_0–3: 58 statements, about 52 right.
   So is a number alone after a clause a finding and its case count close, the count its numerator
   (``…;肢体乏力者11例,占27.3%,根性疼痛者10例,占22.8%``; medical_6+13: 7 statements, all right).
   A clause opening with 见于 before its number is about the finding opening the clause before
   (``皮疹为重要体征,见于80%以上的病例``, ``休克多在起病后数小时至1周内发生,见于20%的病人``).
   So is a share after a clause that only says what kind of finding the one opening it is
   (``颈静脉怒张是常见的征象,占50%～90%``, ``肝脏肿大为脂肪肝的常见体征,发生率可高达75%``: 是, 为 …
   up to 症状, 体征, 表现, 并发症, 主诉 or 征象; not 无症状); on xywy medical_0–3: 5 statements, all right.
   Before a share of a whole, so is one after a clause a finding closes, the class of the one
   opening it (``甲状腺未分化癌为高度恶性肿瘤,占甲状腺癌的2%～3%``).
   A clause opening with 其 before its rate word (``可引起尿崩症,其发生率约20%``) is read as one
   opening with the rate word (rules 8 and 10: 13 more statements on medical_0–3 and 10–11, 12
   right); then a finding after 见于 or 发生于 closes no clause for rule 10 (``呼吸暂停多见于早产儿,
   其发病率…``: 其 points past in whom it is seen; without 其, ``最常见于冠心病,约占75%`` does). A
   其 clause tries rule 10 before rule 8 (``肺结核可并发气胸,其发生率约为5%``: 气胸), unless the
   finding closing the clause before is the topic's class (``腹部创伤…严重创伤,其发生率…``).
11. ``cause`` (after 1–10, in a section on causes only) — a heading with a share in brackets before
   its colon (``外伤(35%):``, ``肝外胆管梗阻(30%):``) prints the share of cases that cause accounts for,
   not of patients with a finding: the statement keeps the subject rule 1 found (the cause, when a
   mention names it) and its rule says so, so no symptom takes the number; not a type
   (``Ⅰ型三尖瓣闭锁(69%):``, a share of the record's cases).
12. ``record`` (last) — a measure of a disease (``of_the_disease`` in ``quantity_cues.tsv``: 发病率,
   病死率, 生存率, 复发率 …) whose number no rule bound and with no disease named before it in the
   clause is about the record's own disease: ``本病发病率为0.5%``, ``病死率可高达40%～70%``; the
   statement keeps no subject (the text names none) and the rows take the record's disease. Not
   发生率 (most often of a complication) nor 有效率. When its sentence opens with a disease (rule 8's
   topic, or a heading: ``(5)血管平滑肌肉瘤:…术后复发率达75%``) and no other disease comes between,
   the number is about that one instead (rule topic or heading: ``恶性纤维组织细胞瘤恶性程度较高,
   局部复发率达40%～55%``, a kind the record covers; the heading named again right after its colon is no other
   disease: ``(1)原发性中枢神经系统淋巴瘤:原发性中枢神经系统恶性淋巴瘤极为少见,正常人群发病率…``). So is one after
   a clause with no number that measures a disease (rule topic: ``近年来肠闭锁的死亡率明显下降,国内存活率在51.3%～73.3%``),
   and a share ``在X中约占N%`` counts the record's disease as ``约占X的N%`` does (``在全身骨折中约占0.3%``);
   medical_6+13: 4 statements, all right. On xywy medical_0–3 and 10–15: 386
   statements, about 37 of 40 read right; 26 to the opening disease, all right. A group of
   patients or people right before the measure noun (``有家族史者发病率``, ``男性一级亲属的患病率``)
   or the whole after 占 (``发病率约占不育症的1%～2%``) is its population (27 statements, 25 right).

13. going on (after 1–12) — a clause of another group and its number alone (``…,儿童为30%``,
   ``…,我国台湾地区为0.3%``) right after a statement with a measure or a rate's subject repeats its
   subject, measure and rule, the group its population (a hedge or a report opening it, ``但有时可高达
   45%``, ``平均为6.7%``, is no group; a mention there, ``特发性气胸为13.4%``, is another finding). A
   measure written with among whom (``患病率在发达国家为4.3%``) keeps them as the population. On xywy
   medical_0–3 and 10–15: about 100 statements changed, about 9 in 10 right.
14. ``subtype`` (last, only a share with no subject nor measure) — a share of the cases of one type or stage of a
   disease, named in the heading or numbered item its text is under (``①回结型：占85%``), before it in its clause or
   the clause before (``以局限型较为多见，约占90%``) or after it by a copula (``诊断时60%属Ⅰ期``): ``subtype`` is the type,
   ``subtype_of`` the disease the whole after 占 or a dividing verb names (else the record's); the subject stays None.
   On xywy medical_0–3 and 10–15: 172 statements, 36 of 40 read right.

Everywhere, an entity directly followed by a patient noun (``胆总管结石患者``) is the
population, not the finding, and so are the mentions inside it. A body part followed by more
Chinese that is no cue word only qualifies a longer noun the dictionaries lack
(``卵巢恶性生殖细胞肿瘤占…``, ``血管内癌栓形成率达30%``): rules 2 and 4 give such a statement no
subject, nor do rule 3's (``约1/3的病例并发脑囊尾蚴病``), unless an ``involvement`` word follows
the part (``肝脏受累者占40%``, ``淋巴结转移率``, ``约1/2有淋巴结转移``). A mention followed by a
``condition`` word (时, a parenthesis may come between) is when the number holds, never its
subject: ``多发性骨髓瘤(溶骨性)时多超过10%`` counts plasma cells, not myeloma.
A case count without a percentage (``42例有血管杂音(93%)``) is not a statement on its own: it
lends its numerator to the statement about the same finding in its clause, unless it is the group looked at (``本组20例患者中发热(80%)``). Numeric
frequencies without a subject are still returned (subject None), except a bare fraction with
neither subject nor patient group (``阴道下1/3`` is a place) or written right after a word of
place (上, 下, 内, 外, 近侧 …: ``对侧下1/4象限性偏盲``, a field, whatever follows but patients;
``_PLACE_BEFORE``), or followed by one (``小腿中1/3处``, ``_PLACE_AFTER``); frequency words are
returned only when they bind.

A percentage written right before a mention whose label ``quantity_cues.tsv`` lists as
``concentration_of`` (drug) is that substance's strength, not a frequency: ``静滴5%碳酸氢钠``,
``10%葡萄糖液`` give no statement. Likewise a part word (``before_mention`` ``degree`` in
``frequency_terms.tsv``: 部分, 大部分) right before a mention says how much of that finding, not
how many patients have it (``肿块部分钙化``, ``部分切除``): that mention takes no frequency word,
nor do those before the part word; later ones still take it (``部分结节可见钙化`` → 钙化). Not
before a disease or a test, nor next to a patient group (``部分ANA阳性``, ``部分肝癌的患者``).

A percentage that ``measured(mention, text between)`` calls a measured value of the mention
(浆细胞比例 <5%, 血氧饱和度降至85%; in the pipeline ``lab_subjects.tsv`` and the result words
decide) is a lab value, not a frequency: rules 1 and 4 give no statement for it, unless a
patient group is named.

Known limits: a percentage that is a share of a population (``…的老年人50%~60%是女性``)
binds like a frequency; a frequency word that modifies
a category noun further on (``常见的3种类型是X``) still binds to X; subjects in an earlier
clause are not found. A run of more than 1,000 characters without a clause mark (OCR or PDF text without
punctuation; none in the xywy records) is read in windows of at most 1,000, as sentences (``_windowed``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from ..entity import Entity
from ..normalize import normalize_text
from ..resources import alternation, alternation_in_order
from ..sentences import LONGEST_RUN, split_sentences
from ..serialization import packable
from .. import clauses as clause_bounds
from .patterns import (
    FREQUENCY_KINDS,
    SCANNED_NUMBER,
    Quantity,
    QuantityResources,
    decimals,
    find_quantities,
    load_quantity_resources,
    round_half_up,
)

Span = tuple[int, int]

# A clause runs to the first , ; or : that is not after an unclosed "(" (one regex match,
# not a scan back for parentheses at every comma).
_CLAUSE = re.compile(r"(?:[^(,;:]+|\([^)]*\)?)*")
#: The quantity kinds binding reads: frequencies and frequency words.
BOUND_KINDS = FREQUENCY_KINDS | {"frequency_word"}
_PERCENT_TEXT = re.compile(rf"({SCANNED_NUMBER})[ \t]*%")


@packable
@dataclass(frozen=True, slots=True)
class FrequencyStatement:
    """How often ``subject`` occurs, according to one quantity in one sentence.

    ``pct_computed`` is 100·numerator/denominator rounded to 1 decimal; ``consistent`` says
    whether the printed percentage equals it to the precision it was printed with (None when
    there is nothing to compare). ``rule`` names the binding rule that fired; ``measure`` the
    ``measure`` noun written before the number (发病率, 生存率, 敏感性), empty for a plain share.
    ``history_end``: where a history word right after the subject ends (银屑病家族史, 高血压病史): the
    number counts who had the finding or whose family had it, not who have it; None otherwise.
    ``subtype`` (rule ``subtype``, no subject): the type or stage of a disease whose share of the cases the number
    is (①回结型：占85%); ``subtype_of``: that disease when the text names another than the record's (the rows'
    subject), else empty. Kept out of ``subject``: no symptom or test takes such a share.
    """

    subject: Entity | None
    quantity: Quantity
    population: str
    pct_reported: float | None
    pct_low: float | None
    pct_high: float | None
    comparator: str
    approx: bool
    numerator: int | None
    denominator: int | None
    pct_computed: float | None
    consistent: bool | None
    evidence_start: int
    evidence_end: int
    qualifier: str = ""
    rank: int | None = None
    rule: str = ""
    measure: str = ""
    history_end: int | None = None
    subtype: str = ""
    subtype_of: str = ""


def bind_frequencies(
    text: str,
    entities: Iterable[Entity],
    quantities: Sequence[Quantity] | None = None,
    resources: QuantityResources | None = None,
    measured: Callable[[Entity, str], bool] | None = None,
    *,
    about_causes: bool = False,
    record_disease: str = "",
    record_aliases: Sequence[str] = (),
    after_heading_item: bool = False,
    heading_item: str = "",
    normalized: bool = False,
) -> list[FrequencyStatement]:
    """Return the frequency statements of ``text``, in text order. ``measured(mention, gap)``
    tells whether a percentage ``gap`` after a mention is its measured value (default: never).
    ``about_causes``: the text is a section on causes, whose headings may print the share of
    cases each cause accounts for (rule 11). ``record_disease``: the record's disease, which a heading item
    naming it is no subject of (rule 9b: 月经性气胸 in 气胸 names a type); with ``record_aliases``, its names,
    which no group in 中 is (在室管膜瘤中 in a record on it: its own patients, the empty population).
    ``after_heading_item``: the text goes on from a numbered heading item of its list (2.单纯血压降低型), which a
    ``heading_anaphor`` in its first line points back to (rule 9c); ``heading_item``: that item's text, a type a share
    in the first line may count (2.顿挫型 / 约占全部感染者的4%～8%: rule subtype). ``normalized``: ``text`` is ``normalize_text``'s
    output already (see ``find_quantities``)."""
    res = resources or load_quantity_resources()
    norm = text if normalized else normalize_text(text)
    if quantities is None:
        quantities = find_quantities(text, res, normalized=normalized)
    # only frequencies and frequency words bind or steer a binding (doses, durations and sizes
    # never do), and most sections have none
    quantities = sorted((q for q in quantities if q.kind in BOUND_KINDS), key=lambda q: q.start)
    if not quantities:
        return []
    quantity_starts = [q.start for q in quantities]
    entities = sorted(entities, key=lambda e: (e.start, -e.end))
    entity_starts = [e.start for e in entities]
    # a run without a clause mark lies in a sentence: the sentences (split below, cached) are longer than that rarely,
    # and a scan of the text for runs would cost every long section
    if len(norm) > LONGEST_RUN and max(end - start for start, end in split_sentences(norm)) > LONGEST_RUN:
        norm = _windowed(norm, entities, quantities)  # OCR or PDF text without punctuation (never a record's)
    cues = _cues_of(res)
    own_names = {_name_key(n) for n in (record_disease, *record_aliases) if n}
    # a drug's strength (5%碳酸氢钠), a relative change (减少1/3), a level relative to a
    # reference (为正常人的10%) or a threshold (超过50%时) is no frequency
    excluded = _strengths(norm, quantities, entities, res.concentration_of, cues)
    excluded |= _changes(norm, quantities, entities, cues)
    excluded |= _relative_levels(norm, quantities, cues)
    excluded |= _differences(norm, quantities, cues)
    excluded |= _thresholds(norm, quantities, cues)
    excluded |= _body_areas(norm, quantities, entities, cues)
    excluded |= _sizes_and_parts(norm, quantities, cues)
    statements: list[FrequencyStatement] = []
    sentence_before = this_sentence = 0  # where the sentence before starts: an anaphor's finding may be there
    for sent_start, sent_end in split_sentences(norm):
        sentence_before, this_sentence = this_sentence, sent_start
        last = bisect_left(quantity_starts, sent_end) - 1
        if last < 0 or quantity_starts[last] < sent_start:
            continue  # no quantity in the sentence: no clause to cut
        in_sentence = quantities[bisect_left(quantity_starts, sent_start) : last + 1]
        # the topic and heading a sentence opens with steer the rules binding a number (1-5, 8-12), not a frequency
        # word's (6): looked for only in a sentence with a number (not most sentences with a frequency word)
        numbered = any(q.kind != "frequency_word" for q in in_sentence)
        topic = _topic(norm, sent_start, entities, entity_starts) if numbered else None
        heading = _heading(norm, sent_start, entities, entity_starts, cues) if numbered else None
        heading_reach = _heading_reach(heading, entities, entity_starts, sent_end) if heading is not None else -1
        # where the first disease after the one opening the sentence starts (rule 12's opening disease)
        opening = _opening_disease(topic, heading)
        restated = _heading_restated(norm, opening, heading, entities, entity_starts)
        next_disease = sent_end if opening is None else next((
            e.start for e in entities[bisect_left(entity_starts, opening.end) : bisect_left(entity_starts, sent_end)]
            if e.label == "disease" and (restated is None or e.start >= restated.end)
        ), sent_end)
        # each group looked at, with where its items end: at the first count whose printed percentage
        # disagrees with it (…47例中…,我国上海市儿童医院50例活检结果,系膜增生性肾炎27例(54%): of another group)
        cohorts = [
            (q, next((c.start for c in in_sentence if c.start >= q.end and c.kind == "count" and c.value is not None
                      and c.numerator and abs(100 * c.numerator / q.numerator - c.value) > 1), sent_end))
            for q in in_sentence
            if q.kind == "count" and q.value is None and q.numerator
            and (_is_cohort(norm, q.end, sent_end) or _is_led_cohort(norm, q, sent_start, cues))
        ]
        clause_before = None
        first_of_sentence = len(statements)
        clauses = _number_lists_joined(norm, _clauses(norm, sent_start, sent_end), cues)
        for start, end in _word_lists_joined(norm, clauses, quantities, quantity_starts, entities, entity_starts, cues):
            span_before, clause_before = clause_before, (start, end)
            if start > quantity_starts[last]:
                break  # past the sentence's last quantity
            # bisect to the clause: long texts must not cost entities × clauses
            in_clause = quantities[bisect_left(quantity_starts, start) : bisect_left(quantity_starts, end)]
            if not in_clause:
                continue  # most clauses: nothing to bind
            nearby = entities[bisect_left(entity_starts, start) : bisect_left(entity_starts, end)]
            clause_entities = [e for e in nearby if e.end <= end]
            clause_quantities = [
                q for q in in_clause if not any(_overlaps(q, e) for e in clause_entities) and id(q) not in excluded
            ]
            earlier = entities[bisect_left(entity_starts, sent_start) : bisect_left(entity_starts, start)] if topic else ()
            after_a_clause = span_before is not None and norm[start - 1] == ","
            # the finding closing the clause before and the disease it measures steer rules 10 and 12, for a number only
            number_after_a_clause = after_a_clause and any(q.kind != "frequency_word" for q in clause_quantities)
            previous = None
            if number_after_a_clause:
                its = norm.startswith("其", _BLANKS.match(norm, start).end())
                previous = (_finding_opening(norm, span_before, entities, entity_starts, cues) if _SEEN_IN_SHARE.match(norm, start)
                            else _finding_defined(norm, span_before, entities, entity_starts, cues,
                                                  share_of_a_whole=bool(_SHARE_OF_A_WHOLE.match(norm, start)), its=its)
                            or _finding_closing(norm, span_before, entities, entity_starts, cues, in_whom=res.in_whom if its else ()))
            group_before = counted = None
            if (after_a_clause and _A_NUMBER_ALONE.fullmatch(norm, cues.link_gap.match(norm, start).end(), end)
                    and not (len(statements) > first_of_sentence and statements[-1].measure)):
                # not after a measure (生存率在90%以上,伴有心室间隔缺损者,则仅为80%: the group a rate goes on to)
                group_before = _those_with_closing(norm, span_before, entities, entity_starts)
                if group_before is None and (counted := _counted_closing(norm, span_before, entities, entity_starts, quantities,
                                                                         quantity_starts)) is not None:
                    group_before = counted[1]  # 肢体乏力者11例,占27.3%: a later item of a list of counts
            clause_statements = _bind_clause(
                norm, start, end, clause_entities, clause_quantities, cues, (sent_start, sent_end), measured, topic, earlier,
                cohorts, heading, previous, heading_reach, next_disease, group_before,
                # after a comma only: not 明显低于白血病的发病率;慢性再障发病率为0.60/10万 (medical_1)
                _measure_named_before(norm, span_before, entities, entity_starts, cues) if number_after_a_clause else None,
            )
            # before a clause going on takes its measure: 25mg组的预防效果为32%，200mg组为86%
            clause_statements = [_an_efficacy(norm, s, cues) for s in clause_statements]
            if counted is not None:
                clause_statements = [_lend_numerator(s, (counted,)) for s in clause_statements]
            clause_statements = [_measured_in_group(norm, start, s, entities, entity_starts, cues) for s in clause_statements]
            if len(statements) > first_of_sentence and span_before is not None:
                clause_statements = _going_on(norm, start, statements[-1], clause_statements, clause_entities, cues)
            clause_statements = _anaphora(norm, start, end, clause_statements, entities, entity_starts, sent_start, sentence_before, cues)
            statements += clause_statements
        if len(statements) == first_of_sentence:
            continue  # no statement in the sentence (most with a frequency word): the passes below only rewrite its own
        # 在单独发生强直性脊椎炎的患者中,67.5%以上呈…阳性: the shares are of them, up to another group
        # or a turn (…资料中,; ,而…对照中); who reported it is no part of the group (Jensen报道322名…患者中).
        # Also a clause in 在…中 later in the sentence (…阳性率达83%～100%,在未治疗的Graves病者中,TRAb的
        # 阳性率可高达88.2%: frequencies review of medical_8, 2026-12-04), for the shares after it.
        # Any clause of the sentence may be such a group (据估计,目前全世界4000万盲人中,约有半数…: frequencies
        # review of medical_3, rule C); a subject written inside the group is the group's, not what it counts.
        opening = _LIST_MARKER.match(norm, sent_start).end()
        # the group ends in 中: none in a sentence without one (most sentences)
        group_openings = (opening, *(m.end() for m in _CLAUSE_OPENING.finditer(norm, sent_start, sent_end))) \
            if norm.find("中", sent_start, sent_end) >= 0 else ()
        for at in group_openings:
            among = _AMONG_OPENING.match(norm, at, sent_end)
            if among is None or not (among.group("group").endswith(cues.population_words)
                                     or _closed_by_a_disease(among.span("group"), entities, entity_starts)):
                continue
            group = cues.among_opening_lead.sub("", cues.reported_by.sub("", among.group("group")))
            turn = _ANOTHER_GROUP.search(norm, among.end(), sent_end)
            reach = turn.start() if turn else sent_end
            # nor past another group looked at (在有症状的患者中,…,utledge报道219例宫颈腺癌,…:疼痛11例,占6.9%:
            # of the 219; frequencies review of medical_6, #76), but a subgroup of it does not end it (在Foster等观察的
            # 32例RA性巩膜炎中,…4例中的2例: the 2 are of the 32 too)
            reach = min((c.start for c, _ in cohorts if among.end() <= c.start < reach and not _is_cohort(norm, c.end, sent_end)),
                        default=reach)
            if at != opening and not norm.startswith("在", at):
                # a group told inside a sentence counts the numbers right after it, up to a clause
                # without one (…死亡的婴儿中,三尖瓣闭锁占2.5%,发绀是…: not the survival Keith reported later)
                reach = min(reach, _numbers_reach(norm, among.end(), sent_end, quantities, quantity_starts))
            statements[first_of_sentence:] = [
                replace(s, population=group)
                if not s.population and at <= s.quantity.start < reach and (s.subject is None or not (
                    at <= s.subject.start < among.end() or s.subject.start < s.quantity.start and s.subject.text in group
                ))  # 在溃疡病急性穿孔的病人中,约70%有长期的溃疡病史: the history is what the share counts
                else s
                for s in statements[first_of_sentence:]
            ]
        # rules 9b and 9c give a share a subject (never a frequency word): the headings are looked for only then
        shares = any(s.quantity.kind != "frequency_word" for s in statements[first_of_sentence:])
        # 4.斜头畸形 又称偏头畸形,…,约占4%: a share no rule bound further in a heading item's sentence (rule 9b)
        whole_heading = _heading(norm, sent_start, entities, entity_starts, cues, spaced=True) if shares else None
        if shares and (item := whole_heading or _last_heading_finding(norm, sent_start, entities, entity_starts)) is not None and (
                not item.nested and (not record_disease or item.canonical != record_disease)):
            statements[first_of_sentence:] = [
                replace(s, subject=item, rule=_HEADING_ITEM)
                if _of_the_heading_item(norm, s, item, cues) and (
                    whole_heading is not None or not _another_finding_between(norm, item, s.quantity, entities, entity_starts))
                else s
                for s in statements[first_of_sentence:]
            ]
        # 2.单纯血压降低型 / 刺激颈动脉窦时…,此型约占颈动脉窦综合征患者的5%～11%: a share a heading anaphor opens is the
        # heading item's (rule 9c)
        if shares and (line := _item_heading_line(norm, sent_start, entities, entity_starts, after_heading_item, cues)) is not None and (
                line[0] is None or not record_disease or line[0].canonical != record_disease):
            statements[first_of_sentence:] = [_of_a_back_reference(norm, s, *line, cues) for s in statements[first_of_sentence:]]
        # ②成人：75%有胆总管结石: a group heading the sentence is whom its shares count (frequencies review of
        # medical_6, #41)
        if (heading_group := _GROUP_HEADING.match(norm, _LIST_MARKER.match(norm, sent_start).end(), sent_end)) is not None and (
                heading_group.group("group").endswith(cues.population_words) and not heading_group.group("group").endswith(cues.patient_suffixes)):
            statements[first_of_sentence:] = [s if s.population else replace(s, population=heading_group.group("group"))
                                              for s in statements[first_of_sentence:]]
        for at, (cohort, turn) in enumerate(cohorts):
            group = _cohort_group(norm, cohort, sent_end, entities, entity_starts, cues)
            if group is None:
                continue
            turn = min(turn, cohorts[at + 1][0].start) if at + 1 < len(cohorts) else turn
            reach = _items_reach(norm, cohort.end, turn, quantities, quantity_starts, cues)
            statements[first_of_sentence:] = [
                replace(s, population=norm[group[0] : group[1]])
                if _an_item_of(norm, s, cohort, group, reach, cues) else s
                for s in statements[first_of_sentence:]
            ]
        if len(statements) > first_of_sentence + 1 and cues.a_change_to.search(norm, sent_start, sent_end) is not None:
            # 病死率已从过去的30%下降至6%左右: the level it fell to is the same finding's
            statements[first_of_sentence:] = _changed_to(norm, statements[first_of_sentence:], cues)
        if norm.find("其中", sent_start, sent_end) >= 0:  # 其中约40%肿瘤来自β细胞: part of those the clause before counts
            statements[first_of_sentence:] = _subgroups(norm, statements[first_of_sentence:], cues)
        # 在慢性小腿肌筋膜间室综合征中，将近一半的患者存在肌疝: a group in 中 right before the number or closing
        # the clause before names whom a share with no population or a generic one (患者) counts (frequencies
        # review of medical_9, 2026-12-05)
        statements[first_of_sentence:] = [
            replace(s, population=group)
            if (not s.population or s.population in cues.generic_population)
            and (group := _among_named(norm, s.quantity, sent_start, entities, own_names, cues)) is not None and group != s.population
            else s
            for s in statements[first_of_sentence:]
        ]
        # 慢性胃炎Hp检出率54%～100%, 脑外伤后癫痫发生率为20%: the group of a measure with none is the run of
        # mentions closed by a disease or symptom right before its subject
        statements[first_of_sentence:] = [
            replace(s, population=group)
            if s.measure and not s.population and (group := _group_before_subject(norm, s, entities, entity_starts, own_names, cues))
            else s
            for s in statements[first_of_sentence:]
        ]
        if about_causes and (share := _CAUSE_SHARE.match(norm, sent_start, sent_end)) is not None:
            statements[first_of_sentence:] = [
                replace(s, rule=_CAUSE) if s.quantity.start in range(*share.span("share")) else s
                for s in statements[first_of_sentence:]
            ]
    statements = [_opening_finding_of_a_share(norm, s, entities, entity_starts, cues) for s in statements]
    statements = [_group_right_before(norm, s, cues) for s in statements]
    statements = [_heading_of_a_sex_share(norm, s, entities, entity_starts, cues) for s in statements]
    statements = _no_treatment_subject(norm, statements, cues)
    statements = [_of_a_history(norm, s, cues) for s in statements]
    statements = [d for s in statements if (d := _a_drug_share(norm, s, cues)) is not None]
    if "型" in norm or "期" in norm:  # no type nor stage named: no share of one (most sections)
        statements = [_of_a_subtype(norm, s, entities, entity_starts, cues) for s in statements]
    if heading_item and (item_type := _TYPE_HEADING_ITEM.fullmatch(heading_item)) is not None:
        statements = [_of_a_heading_type(norm, s, item_type.group("type"), entities, entity_starts, cues) for s in statements]
    return sorted(statements, key=lambda s: (s.quantity.start, s.subject.start if s.subject else -1))


def _of_a_history(norm: str, s: FrequencyStatement, cues: _Cues) -> FrequencyStatement:
    """A subject written with a history word right after it (12%～55%病例有银屑病家族史, 25%以上的股疝病人有腹股沟
    疝修补手术史, 约有1/4…有红斑史) is the history the share counts: the statement says where it ends. Frequencies
    review of medical_4, 2026-12-05, proposal 5."""
    if s.subject is None or (history := cues.history_after.match(norm, s.subject.end)) is None:
        return s
    return replace(s, history_end=history.end())


def _an_efficacy(norm: str, s: FrequencyStatement, cues: _Cues) -> FrequencyStatement:
    """A number with no measure that an efficacy noun stands right before, in its clause (疗效多在75%左右, 25mg组的
    预防效果为32%; not across a colon: 防护效果比较可靠：95%乙醇), or whose clause closes saying it works (治疗10例，60%有
    明显效果, 对40%的…患者有效, 使95%左右的患者咽试子培养阴转; 100%的保护作用) is an efficacy (有效率) or a protection
    rate (保护率), which no symptom's freq_pct takes. Frequencies review of medical_4, 2026-12-05, proposal 4."""
    if s.measure or s.quantity.kind == "frequency_word":
        return s
    q = s.quantity
    if cues.efficacy_before.search(norm, _clause_start(norm, q.start), q.start) is not None:
        return replace(s, measure=_EFFICACY)
    closing = norm[q.end : _clause_end(norm, q.end)]
    if cues.protection_after.search(closing) is not None:
        return replace(s, measure=_PROTECTION)
    if cues.efficacy_after.search(closing) is not None:
        return replace(s, measure=_EFFICACY)
    return s


def _a_drug_share(norm: str, s: FrequencyStatement, cues: _Cues) -> FrequencyStatement | None:
    """A drug bound before or after a share with no measure is what the share counts only when its sentence says
    the drug is taken, resisted or not borne (``drug_share``: 对四环素耐药率达71.1%, 有服氯霉素病史, 服用避孕药, 对阿司匹林
    过敏), or a treatment word follows the drug (``drug_share_after``: 神经损害与长春新碱治疗有关); otherwise the
    share has no subject (可待因毒性为吗啡的1/4, 85%的病人C1 INH浓度降低, 约占10%的乙酰肝素), and after a
    ``strength_noun`` before the drug in its sentence (皮试液浓度为…普鲁卡因0.25%) the number is its strength: None.
    Frequencies review of medical_4, 2026-12-05, proposal 3."""
    if s.subject is None or s.subject.label != "drug" or s.rule not in ("backward", "forward") or s.measure:
        return s
    sentence = _sentence_start(norm, s.quantity.start), _clause_end(norm, max(s.quantity.end, s.subject.end))
    if _takes_a_drug(norm, *sentence, cues) or cues.drug_share_after.match(norm, s.subject.end):
        return s
    if cues.strength_noun.search(norm, sentence[0], s.subject.start) is not None:
        return None
    return replace(s, subject=None)


def _takes_a_drug(norm: str, start: int, end: int, cues: _Cues) -> bool:
    """Whether ``norm[start:end]`` holds a ``drug_share`` word that is no part of a ``drug_share_not`` word: the 用 of
    作用 or 费用 takes no drug (可待因的镇痛作用为吗啡的1/4). Code review of fa5429b..075a798, finding 4."""
    masked = [m.span() for m in cues.drug_share_not.finditer(norm, start, end)]
    return any(
        not any(a <= m.start() and m.end() <= b for a, b in masked) for m in cues.drug_share.finditer(norm, start, end)
    )


#: The measures of an efficacy and of a protection (``measure`` rows of quantity_cues.tsv).
_EFFICACY = "有效率"
_PROTECTION = "保护率"


#: A treatment and its outcome around a drug: 约半数患者经|环磷酰胺和皮质激素|治疗可能缓解; not the 经 of a word
#: (神经, 月经, 痛经, 已经, 经常, 经期 …: 约半数患者月经期服用布洛芬 is no 经 treatment).
_TREATED_BY = re.compile(r"(?<![神月痛闭绝曾已])经(?![常期络脉验典济历血])[^,;:。]{0,4}\Z")
#: Between two drugs of one treatment: 环磷酰胺|和|皮质激素.
_DRUG_JOINER = re.compile(r"[ \t]*(?:和|及|与|、|或|以及)[ \t]*")


def _no_treatment_subject(norm: str, statements: list[FrequencyStatement], cues: _Cues) -> list[FrequencyStatement]:
    """A drug given in a treatment whose outcome a share counts is no finding: the share has no subject (约半数患者
    经环磷酰胺和皮质激素治疗可能缓解 → one statement, no subject; not 环磷酰胺, 皮质激素). Frequencies review of
    medical_8, R7. A drug is given when 经 comes shortly before it, or it is listed right after a drug that is
    (皮质激素 after 环磷酰胺); a 经 in any word (神经, 月经, 经常) is none (code review of s10). The outcome is any
    word of ``outcomes.tsv`` that states one (缓解, 好转, 有效, 治愈, 无效 …) after 治疗 in the drug's clause."""
    out: list[FrequencyStatement] = []
    given_end: dict[int, int] = {}  # a share's quantity start -> the end of the last drug found given
    for s in sorted(statements, key=lambda s: (s.quantity.start, s.subject.start if s.subject else -1)):
        e = s.subject
        if e is not None and e.label == "drug" and e.start >= s.quantity.end:
            start = max(_clause_start(norm, e.start), s.quantity.end)
            listed = given_end.get(s.quantity.start)
            if _TREATED_BY.search(norm, start, e.start) or (
                    listed is not None and _DRUG_JOINER.fullmatch(norm, listed, e.start)):
                given_end[s.quantity.start] = e.end
                if cues.treated_with_outcome.match(norm, e.end, _clause_end(norm, e.end)):
                    s = replace(s, subject=None)
                    if any(o.subject is None and o.quantity is s.quantity for o in out):
                        continue  # the other drugs of the treatment: the same statement
        out.append(s)
    return out


#: The rule of a share saying where or when most cases are (no finding).
_WHERE = "where"
#: A heading naming a disease before its colon, after a list marker: 1.点滴型副银屑病:…
_NAMED_HEADING = re.compile(r"[ \t]*(?:[(（]?[0-9一二三四五六七八九十]{1,2}[)）.、．]|[①-⑳])?[ \t]*(?P<name>[^,;:。()0-9%]{2,20}):")


def _heading_of_a_sex_share(norm: str, s: FrequencyStatement, entities: Sequence[Entity], entity_starts: list[int],
                            cues: _Cues) -> FrequencyStatement:
    """A share of the cases by sex (a ``where_after`` cue opening with a copula: 约2/3为男性) under a heading naming
    a disease is of that disease's cases: its population (1.点滴型副银屑病:多见于儿童及青年,约2/3为男性 →
    点滴型副银屑病). Frequencies review of medical_8, R1. The name must end in a disease mention: a section or
    topic label is none (流行病学:多见于青年,约2/3为男性; code review of s10, D4)."""
    if s.rule != _WHERE or s.population:
        return s
    cue = cues.where.match(norm, _BLANKS.match(norm, s.quantity.end).end())
    if cue is None or not cue.group().startswith(("为", "是", "系")):
        return s
    sent_start = _sentence_start(norm, s.quantity.start)
    heading = _NAMED_HEADING.match(norm, sent_start)
    if heading is None:
        return s
    name_start, name_end = heading.span("name")
    name_end = len(norm[:name_end].rstrip(" \t"))
    if not any(e.label == "disease" and e.end == name_end and e.start >= name_start
               for e in entities[bisect_left(entity_starts, name_start) : bisect_left(entity_starts, name_end)]):
        return s
    return replace(s, population=norm[name_start:name_end].strip(" \t"))


#: A patient group closing right before a number, 中, 有 and hedges between (欧美AIDS病人|50%感染NTM, 先天性膈疝的
#: 婴儿|50%～80%死于肺功能衰竭, 服用白消安的病人|约有|6%…); who reported it and a lead word are no part of it.
_GROUP_CLOSING = re.compile(r"(?P<group>[^,;:。()]+?)(?:之?中)?[ \t]*(?:约有|仅有|只有|中有|有|约|大约|仅|近|将近)?[ \t]*\Z")
_GROUP_REPORT = r"\A(?:.*?(?:{reports})[了的]?|.*?在(?=[^在]*\Z)|{connectives})*"  # reports: ``group_report`` words
#: 有 opening a relative clause closed by 的 is part of the group it defines (有糖尿病的病人, not 有的病人).
_HAVING_CLAUSE = re.compile(r"[^的]+的")


def _last_copula(group: str, cues: _Cues) -> int | None:
    """Where a group starts after the last ``group_copula`` (是, 为) in it with no 的 after it: what comes before
    says what the group has (自主神经功能障碍也是PD病人 → PD病人); not a copula inside a relative clause
    (以腹痛为主的病人, 诊断为糖尿病的病人)."""
    found = [m for m in cues.group_copula.finditer(group) if "的" not in group[m.end():]]
    return found[-1].end() if found else None


def _group_right_before(norm: str, s: FrequencyStatement, cues: _Cues) -> FrequencyStatement:
    """The patient group written right before a share that a predicate follows is its population, written whole
    (欧美AIDS病人50%感染NTM → 欧美AIDS病人, over 感染; 合并慢性虹膜睫状体炎JRA患儿80%…), when it ends in a patient
    noun (not a bare 者, which names a finding: 伴胸腔积液者为64%) and the statement has no group yet or one that is
    none. Frequencies review of medical_8, R6."""
    q = s.quantity
    if q.kind not in (*_SHARE_KINDS, "frequency_word") or q.text.startswith("(") or (
            s.population and s.population not in cues.generic_population and s.population.endswith(cues.population_words)):
        return s  # 少数患者(10%): the number restates a quantifier
    clause_start = _clause_start(norm, q.start)
    if cues.population_word.search(norm, clause_start, q.start) is None:
        return s  # the group ends with a patient noun: none before the number in its clause (most)
    after = norm[q.end : _clause_end(norm, q.end)].strip(" \t")
    if not after or after.startswith(("的", ")")) or cues.population.match(after):
        return s  # no predicate (…病人约占30%), or a group after it (30%的患者…, 1/3患者有…)
    found = _GROUP_CLOSING.search(norm, clause_start, q.start)
    if found is None:
        return s
    group = re.split(r"[ \t]|[0-9]+\.(?![0-9])|[①-⑳]", found.group("group"))[-1]  # 6.出血 因…的病人: after the heading
    lead = cues.group_report.match(group).end()
    if group[:lead].endswith("有") and _HAVING_CLAUSE.match(group, lead):
        lead -= 1  # 有糖尿病的病人: those who have it
    group = group[lead:].strip(" \t")
    if cut := _last_copula(group, cues):
        group = group[cut:].strip(" \t")  # 自主神经功能障碍也是|PD病人; 为|小儿常见心律失常
    if cues.group_not.search(group):
        return s  # 若有此突变则其本人及子女: a condition; 少数患者, 有些病人: a quantifier, no group
    noun = next((noun for noun in cues.population_words if group.endswith(noun)), None)
    if noun is None or noun in cues.patient_suffixes or group in cues.generic_population or (len(group) <= len(noun) and not cut) or (
            cues.record_disease.fullmatch(group[: -len(noun)].rstrip("的")) or cues.group_part.fullmatch(group[: -len(noun)])):
        return s  # 本病患者: the record's own patients, no group named; 这些病人, 一部分病人: an anaphor or a part
    if s.subject is None and after.startswith(("为", "是", "系")):
        return s  # 肾脏病患者90%为黑人男性: what the patients are, no share of a group having a finding
    return replace(s, population=group)


#: Between a finding opening its clause and a share of it (frequencies review of medical_8, R4): 占 and its whole
#: (肿瘤性胸腔积液占全部胸腔积液的38%～53%), a clause saying what kind of finding it is (不规则阴道出血是宫颈癌
#: 患者的主要临床症状,占80%～85%), or that it is the most common, a share of patients after it (睾丸肿痛最具
#: 特征性,约占男性患者的20%～40%), or 者 and 占 in brackets (…者多(约占…的N%).
#: (The patients of the third are the ``patient_noun`` and ``case_noun`` words, the kinds of the second the
#: ``share_class_noun`` words: ``_Cues.opening_finding_shares``.)
_OPENING_FINDING_SHARES = (
    ("rate", r"[ \t]*者?(?:约|大约)?占(?P<whole>[^,;:。]*?)的?(?:约)?[ \t]*\Z"),
    ("previous", r"[ \t]*(?:是|为)[^,;:。]{0,20}(?:{kinds}),[ \t]*(?:约|大约)?占(?:[^,;:。]*?的)?(?:约)?[ \t]*\Z"),
    ("previous", r"[ \t]*(?:最具特征性|最常见|最为常见|最多见),[ \t]*(?:约|大约)?占[^,;:。]*?(?:{patients})的(?:约)?[ \t]*\Z"),
    ("rate", r"[ \t]*者多?\((?:约|大约)?占(?P<whole>[^,;:。)]*?)的[ \t]*\Z"),
)
#: At most this many characters before such a finding in its clause (不规则|阴道出血, ETEC所致|腹泻).
_OPENING_REACH = 6
_OPENING_LABELS = frozenset({"disease", "symptom", "test", "microbe"})
#: A place the finding occurs in written before it: 胸段发生硬脊膜脓肿者约占病人总数的50% (a share by site).
_OPENING_WHERE = re.compile("发生")
_NOT_REOPENED = frozenset({"record", _WHERE, "cause", "heading_item", "heading", "topic", "anaphor"})


def _opening_finding_of_a_share(norm: str, s: FrequencyStatement, entities: Sequence[Entity],
                                entity_starts: list[int], cues: _Cues) -> FrequencyStatement:
    """A share no rule gave a subject that a finding opening its clause is linked to by 占 or by a clause on
    how characteristic or common it is: that finding (睾丸肿痛最具特征性,约占男性患者的20%～40% → 睾丸肿痛).
    When the whole after 占 is of the same finding (ETEC所致腹泻占全部腹泻的…), the subject is written as the
    clause up to 占 (ETEC所致腹泻), the kind of it that is counted. Frequencies review of medical_8, R4. Not a clause
    opening with an ``opening_anaphor`` (此类型的面神经麻痹…, 其骨折约占全身骨折的12%): it is about something
    named before (code review of s10, D7)."""
    q = s.quantity
    if s.subject is not None or s.rule in _NOT_REOPENED or q.kind not in _SHARE_KINDS:
        return s
    sent_start = _sentence_start(norm, q.start)
    for e in entities[bisect_left(entity_starts, max(sent_start, q.start - 60)) : bisect_left(entity_starts, q.start)]:
        if e.label not in _OPENING_LABELS or e.nested or e.end > q.start:
            continue
        clause_start = _clause_start(norm, e.start, _CLAUSE_MARKS + "(")  # …者多(|约占…
        lead = cues.opening_adverbs.match(norm, clause_start, e.start).end()
        if e.start - clause_start > _OPENING_REACH or cues.opening_anaphor.match(norm, lead) or any(
                c in norm[clause_start:e.start] for c in "0123456789%"):
            continue
        for rule, pattern in cues.opening_finding_shares:
            if (found := pattern.match(norm, e.end, q.start)) is None:
                continue
            subject = e
            whole = found.groupdict().get("whole")
            if whole and e.text in whole and lead < e.start:
                at = e.end + norm[e.end : q.start].index("占")
                at = len(norm[:at].rstrip(" \t约者大"))
                subject = replace(e, start=lead, end=at, text=norm[lead:at])
            elif _OPENING_WHERE.search(norm, lead, e.start) or any(
                    lead <= o.start < e.start and not o.nested for o in entities[bisect_left(entity_starts, lead) :]):
                return s  # 主动脉瓣下|狭窄: a finding cut from its site; 胸段发生|硬脊膜脓肿者: where it is
            return replace(s, subject=subject, rule=rule)
    return s


def _group_before_subject(norm: str, s: FrequencyStatement, entities: Sequence[Entity], entity_starts: list[int],
                          own_names: set[str], cues: _Cues) -> str | None:
    """The group a measure with no population is of: in its clause, a disease or symptom mention (not the
    record's own disease, not overlapping the subject) ending right before the subject mention, only
    后, 时, a patient noun, 中 and 的 between (慢性胃炎Hp检出率54%～100%; 脑外伤后癫痫发生率为20%: 脑外伤), with the
    mentions written right before it and a list of diseases before it joined by 、, 和 … (胃溃疡和十二指肠溃疡Hp检出率);
    no 为, 是, 有 nor 率 inside, a trailing 后, 时, 中 or 的 dropped (银屑病中) (frequencies review of medical_6)."""
    subject = s.subject
    if subject is None or subject.start >= s.quantity.start or subject.start < _clause_start(norm, s.quantity.start):
        return None
    clause_start = _clause_start(norm, subject.start)
    before = [e for e in entities[bisect_left(entity_starts, clause_start) : bisect_left(entity_starts, subject.start)]
              if e.end <= subject.start]
    group = next((e for e in reversed(before)
                  if e.label in ("disease", "symptom") and cues.group_link.fullmatch(norm, e.end, subject.start)
                  and _name_key(e.canonical) not in own_names and _name_key(e.text) not in own_names
                  and e.text not in subject.text and subject.text not in e.text), None)
    if group is None:
        return None
    start = group.start
    while True:  # the mentions written right before it, and the earlier items of a list of diseases
        ending = [e for e in entities[bisect_left(entity_starts, start - 30) : bisect_left(entity_starts, start)] if e.end == start
                  or e.end < start and norm[e.end : start] in cues.group_list and e.label in ("disease", "symptom")]
        if not ending:
            break
        start = min(e.start for e in ending)
    found = cues.group_link_end.sub("", norm[start : subject.start])
    if not found or cues.not_in_group.search(found):
        return None
    return found


def _numbers_reach(norm: str, start: int, end: int, quantities: Sequence[Quantity], quantity_starts: list[int]) -> int:
    """The end of the run of clauses from ``start`` each holding a quantity (贫血169例(99%),黄疸133例(78%),),
    a number after the first (…中,三尖瓣闭锁占2.5%,|发绀是最常见的临床表现: no more of the group's)."""
    reach = start
    for clause_start, clause_end in _clauses(norm, start, end):
        held = quantities[bisect_left(quantity_starts, clause_start) : bisect_left(quantity_starts, clause_end)]
        if not any(reach == start or q.kind != "frequency_word" for q in held):
            break
        reach = clause_end
    return reach


def _closed_by_a_disease(group: Span, entities: Sequence[Entity], entity_starts: list[int]) -> bool:
    """Whether a disease mention ends the group of an ``_AMONG_OPENING`` (在右心室双出口中,约30%…:
    the patients with it; frequencies review of medical_12, 2026-12-04)."""
    start, end = group
    return any(e.end == end and e.label == "disease" and not e.nested
               for e in entities[bisect_left(entity_starts, start) : bisect_left(entity_starts, end)])


_BLANKS = re.compile(r"[ \t]*")
_HOSTS = frozenset({"disease", "symptom", "microbe"})


def _host_before(norm: str, subject: Entity, entities: Sequence[Entity], cues: _Cues) -> Entity | None:
    """The finding a rate's subject complicates, written right before it with 并发, 合并, 伴发 or
    伴有 (``complicated_by``: ``急性心肌梗死合并心房扑动者占0.8%～5.3%``): its patients are the population
    (frequencies review of medical_14, 2026-12-04)."""
    word = cues.complicated_by.search(norm, max(subject.start - 4, 0), subject.start)
    if word is None:
        return None
    return next((e for e in entities if e.end == word.start() and e.label in _HOSTS), None)


#: A clause going on with another group and its number only (…,儿童为30%; 我国台湾地区为0.3%; 在早产儿中可达20%).
_ANOTHER_GROUP_GOING_ON = re.compile(
    r"[ \t]*(?:而|但)?(?:在)?(?P<group>[^,;:。的]{1,10}?)(?:中)?(?:则|亦|也|仅|可|更|却)?(?:约为|仅为|为|是|高达|达)[ \t]*\Z"
)
#: The rules whose subject or measure a clause going on repeats.
_GOING_ON_RULES = frozenset({"rate", "record", "topic", "heading", ""})


#: What an anaphor points back to. Not 此菌 (a microbe): 有30%～90%的…婴幼儿肠道中携带此菌 found 细菌 of 细菌总量
#: before it, not 难辨梭状芽孢杆菌 (2 of 4 right on the ten files).
_ANAPHOR_LABELS = frozenset({"disease", "symptom"})


def _anaphora(norm: str, start: int, end: int, clause: list[FrequencyStatement], entities: Sequence[Entity],
              entity_starts: list[int], sentence: int, since: int, cues: _Cues) -> list[FrequencyStatement]:
    """A share with no subject whose clause names a finding by an ``anaphor`` after it (震颤……。约有1/3病人以此为首发
    症状) counts the disease or symptom opening its sentence, else the nearest one before its clause, in its
    sentence or the one before (``since``); with none there it keeps no subject. Not when the clause says the patients
    die (约5%的患者死于此症: code review of 8cdcdff). Frequencies review of medical_6."""
    resolved = []
    for statement in clause:
        if statement.subject is None and statement.rule in ("forward", "") and (
            cues.anaphor.search(norm, statement.quantity.end, end)
        ) and not cues.death_after.search(norm, statement.quantity.end, end):
            # not 窒息,其中10%的患者因此症死亡: how many die of it (a mortality), not how many have it
            before = [e for e in entities[bisect_left(entity_starts, since) : bisect_left(entity_starts, start)]
                      if e.end <= start and e.label in _ANAPHOR_LABELS and not e.nested]
            # the finding opening the sentence, which the clauses after speak of ((3)震颤(tremor)也是PD三主征之一,
            # 最为常见,约有1/3病人以此为首发症状: not PD), else the nearest
            opening = _LIST_MARKER.match(norm, sentence).end()
            found = next((e for e in before if e.start == opening), before[-1] if before else None)
            if found is not None:
                statement = replace(statement, subject=found, rule="anaphor")
        resolved.append(statement)
    return resolved


def _going_on(
    norm: str, start: int, before: FrequencyStatement, clause: list[FrequencyStatement], entities: Sequence[Entity],
    cues: _Cues,
) -> list[FrequencyStatement]:
    """A clause of a group and a number alone right after a statement with a measure or a rate's
    subject (发热的发生率在成人为60%,儿童为30%; 患病率在发达国家为4.3%～9.4%,我国台湾地区为0.3%) says the
    same of that group: the first statement of ``clause`` takes the subject, measure and rule of
    ``before``, its group the population, unless the group is a mention (其次为肺结核占17.3%,特发性气胸
    为13.4%: another cause) or no group but a hedge or a report (但有时可高达45%, 平均为6.7%, 国内王氏报道为
    18.9%: the same finding, no population). Frequencies review of medical_14, 2026-12-04."""
    if not clause or not (before.measure or before.subject is not None):
        return clause
    first = clause[0]
    if first.subject is not None or first.measure or first.quantity.kind == "frequency_word":
        return clause
    if (change := cues.going_on_change.fullmatch(norm, start, first.quantity.start)) is not None and before.rule in (
        *_GOING_ON_RULES, "forward"
    ) and "率" not in norm[start : first.quantity.start]:
        # 60%～70%的患儿智力低下,满2岁时可增加到85%～90%; 有19.5%患者发生脑损害,…,则升至51.9%: the same finding,
        # at a time or in a group; not 耐药率已降至12.0%～17.9% (a rate of its own). Frequencies review of medical_13
        group = change.group("group")
        if cues.no_group.search(group) or cues.a_time.search(group) or any(e.start < change.end("group") and start < e.end for e in entities):
            population = before.population  # 满2岁时: still the same patients
        else:
            population = group
        return [replace(first, subject=before.subject, measure=before.measure, rule=before.rule, population=population), *clause[1:]]
    if (named := _named_group_going_on(norm, start, before, first, entities, cues)) is not None:
        return [named, *clause[1:]]
    if (age := _an_age_going_on(norm, start, before, first)) is not None:
        return [replace(first, subject=before.subject, measure=before.measure, rule=before.rule, population=age), *clause[1:]]
    if before.rule not in _GOING_ON_RULES:
        return clause
    group = _ANOTHER_GROUP_GOING_ON.fullmatch(norm, start, first.quantity.start)
    if group is None or cues.any_measure.search(group.group("group")) or any(c.isdigit() for c in group.group("group")) and not (
        group.group("group").endswith((*cues.population_words, "组"))  # 3～7岁儿童为1.10%, 4个以上转移者为8%～26%
    ):
        return clause  # 存活率半年为93%: a measure of its own; 1979年为…: a time
    if first.population and first.population != group.group("group"):
        return clause  # a population found otherwise (在早产儿中 is the group itself)
    if group.group("group") in _THE_ONE_OR_OTHER:
        return clause  # 前者死亡率为50%，而后者可达80%: of something else
    among = norm.startswith("中", group.end("group")) and group.start("group") > 0 and norm[group.start("group") - 1] == "在"
    if not among and any(e.start < group.end("group") and group.start("group") < e.end
                         and not (e.label == "disease" and cues.population.fullmatch(norm, e.end, group.end("group")))
                         for e in entities):
        # 特发性气胸为13.4%: another cause (not 在早产儿中可达20%: a group, said so; nor 而AIDS病人却高达2%: its patients)
        return clause
    population = "" if cues.no_group.search(group.group("group")) else group.group("group")
    return [replace(first, subject=before.subject, measure=before.measure, rule=before.rule, population=population), *clause[1:]]


def _subgroups(norm: str, statements: list[FrequencyStatement], cues: _Cues) -> list[FrequencyStatement]:
    """A share whose clause opens with 其中 right before its number counts part of those with the finding the
    number of the clause right before is about (胰岛细胞瘤占病人30%～75%,其中约40%肿瘤来自β细胞; 烧心85%,其中81%随
    体位改变而加重; 71%有显性糖尿病,其中60%为胰岛素依赖型): that finding as written is its population, where none or
    only a patient noun was found. Not after a number about no mention (the record's own disease: its patients
    are the empty population) nor about a body part. Frequencies fix F (2026-12-06), class 7."""
    found = []
    for s in statements:
        start = _clause_start(norm, s.quantity.start)
        if (s.population and s.population not in cues.generic_population) or not _AMONG_THEM.fullmatch(norm, start, s.quantity.start):
            found.append(s)
            continue
        before = _clause_start(norm, max(start - 1, 0))
        counted = [b for b in statements if before <= b.quantity.start < start and b.subject is not None and b.rule != _RECORD
                   and b.subject.label != "body"]  # 约80%的患者心脏受累,其中半数…: 心脏 names no one
        if not counted:
            found.append(s)
            continue
        last = max(counted, key=lambda b: (b.quantity.start, b.subject.start))  # the number nearest, its subject nearest
        found.append(replace(s, population=norm[last.subject.start : last.history_end or last.subject.end]))
    return found


def _changed_to(norm: str, statements: list[FrequencyStatement], cues: _Cues) -> list[FrequencyStatement]:
    """A number a share went to from a number before it in its clause (病死率已从过去的30%下降至6%左右, Osler结的发生率
    已由过去50%下降至10%～20%) is the same finding's, now: with no subject nor measure of its own it takes those, the
    population and the rule of the statement of the number it came from, when that is about a finding or the record's
    disease. Frequencies fix F (2026-12-06), class 3."""
    found: list[FrequencyStatement] = []
    for s in statements:
        if s.subject is None and not s.measure and s.quantity.kind != "frequency_word":
            start = s.quantity.start
            came_from = next((b for b in reversed(found) if b.quantity.end <= start and b.quantity.kind != "frequency_word"
                              and (b.subject is not None or b.rule == _RECORD)  # not 阳性率从…10%降至1%: of what?
                              and cues.changed_to.fullmatch(norm, b.quantity.end, start)
                              and _FROM.search(norm, max(b.quantity.start - _FROM_REACH, 0), b.quantity.start)), None)
            if came_from is not None:
                s = replace(s, subject=came_from.subject, measure=came_from.measure, population=came_from.population,
                            rule=came_from.rule)
        found.append(s)
    return found


#: 由 or 从 shortly before a number a share changed from (从过去的|30%, 由应用抗生素前的|85%).
_FROM = re.compile(r"[由从][^,;:。!?由从]{0,8}\Z")
_FROM_REACH = 10


#: 其中 and link words opening a clause, right before its number (其中约40%, 但其中只有1%, 其中有).
_AMONG_THEM = re.compile(r"[ \t]*(?:而且|而|但|且|只是)?其中[ \t]*(?:只有|仅有|约有|仅|约|有|可|又)?[ \t]*")


def _named_group_going_on(
    norm: str, start: int, before: FrequencyStatement, first: FrequencyStatement, entities: Sequence[Entity], cues: _Cues,
) -> FrequencyStatement | None:
    """A clause of a group word, a link and a number closing it (新生儿达90%以上, 国内报道占3%～10%, 男性为7%,
    15岁以上为0.30‰) says the statement right before it of that group, whatever rule bound that one: ``first``
    takes its subject, measure and rule, the group is its population. None when the clause is no such one: a
    group no population or ``going_on_group`` word closes, or one holding a mention or a measure noun (another
    finding), or opening with 其中, 前者 … (another part). Frequencies review of medical_4, 2026-12-05, proposal 1."""
    if (before.rule in (_CAUSE, _WHERE) or before.quantity.kind == "frequency_word"
            or _CLAUSE_MARK.search(norm, before.quantity.end, start - 1) is not None
            or not _CLOSES_ITS_CLAUSE.match(norm, first.quantity.end)):
        # the number right before, in the clause right before (not …14.81%,男多于女(约2:1),儿童占25%～30%: a share
        # of the cases; nor 部分病例…,成人占20%: a word)
        return None
    found = _GROUP_GOING_ON.fullmatch(norm, start, first.quantity.start)
    if found is None:
        return None
    group = cues.going_on_report.sub("", found.group("group"))
    if (not group.endswith(cues.going_on_groups) or cues.going_on_other_part.match(group) or "率" in group
            or cues.any_measure.search(group)
            or any(e.start < found.end("group") and found.start("group") < e.end for e in entities)):
        return None
    if first.population and first.population != group:
        return None
    return replace(first, subject=before.subject, measure=before.measure, rule=before.rule, population=group)


def _an_age_going_on(norm: str, start: int, before: FrequencyStatement, first: FrequencyStatement) -> str | None:
    """The age or month of a clause going on with it and a number alone (link words may be missing), right
    after a statement with a subject or measure in the clause before (60～64岁患病率约1%,…,70～74岁约4%; 胎儿先天性
    风疹综合征发生率可高达50%,第2个月30%; 50岁的左束支阻滞的发病率为0.4%,75岁为2.3%): the same finding at that age,
    which is the number's population. None for any other clause, after a statement with no subject, nor the record's
    disease (脐带血阳性率93%,出生至1个月为89%: of what, it does not say) and after a share by place or cause (rules
    where, cause), whose numbers by age are shares of the cases. Frequencies fix F (2026-12-06), class 3."""
    if (before.subject is None and before.rule != _RECORD or before.rule in (_CAUSE, _WHERE) or first.population
            or _CLAUSE_MARK.search(norm, before.quantity.end, start - 1) is not None
            or not _CLOSES_ITS_CLAUSE.match(norm, first.quantity.end)):
        return None
    age = _AGE_GOING_ON.fullmatch(norm, start, first.quantity.start)
    return None if age is None else age.group("group")


_AGE = r"(?:第[0-9]+(?:个)?(?:月|周)|[<>≤≥]?[0-9]+(?:[~～—至到-][0-9]+)?[ \t]*(?:个月|岁半|岁|周岁)(?:以上|以下|以内|内|前|后)?)"
#: A clause going on with an age or a month (and its list), a hedge and a link before its number (70～74岁约,
#: 第2个月, 1～6个月为, 2岁及3 岁均达, 而30～34岁组上升至; not 1979年为: a year of a report).
_AGE_GOING_ON = re.compile(
    rf"[ \t]*(?:而|但|在)?(?P<group>(?:出生(?:至|到|后))?{_AGE}(?:[ \t]*(?:及|和|、|至|到)[ \t]*{_AGE})*(?:时|者|组)?)(?:中)?"
    r"[ \t]*(?:则|亦|也|仅|可|均|更|已|约)?(?:为|达|高达|可达|增至|升至|上升至|降至|有|占)?[ \t]*\Z"
)


#: A clause going on with a group word and a link before its number (而新生儿达, 国内报道占, 女性有, 男性仅).
_GROUP_GOING_ON = re.compile(
    r"[ \t]*(?:而|但)?(?:在)?(?P<group>[^,;:。的()]{1,10}?)(?:中)?"
    r"(?:(?:则|亦|也|仅|可|更|却|约|高)?(?:为|是|达|占|有)|仅)[ \t]*\Z"
)
#: A number closing its clause (a bracket, such as a citation, may follow it).
_CLOSES_ITS_CLAUSE = re.compile(r"[ \t]*(?:\([^()]*\))?[ \t]*(?:[,;:。!?\n]|\Z)")


#: What opening a clause going on names another thing than the statement before (而后者可达80%); not
#: ``going_on_other_part``, whose 其中 opens a subgroup the share is of here (…,其中后型者可达95%以上: reading it
#: here loses 2 right rows on the ten files).
_THE_ONE_OR_OTHER = frozenset({"前者", "后者"})


#: The rule of a measure of the record's own disease (``of_the_disease``): no mention is its subject.
_RECORD = "record"


def _a_share_of_the_record(norm: str, start: int, whole_before: re.Match[str], evidence: Span, cues: _Cues) -> bool:
    """Whether the share of a whole opening its clause (``约占帕金森综合征的3-12%``) counts the record's
    own disease: nothing but a report, 本病, a measure and link words before 占 (约占整个心脏肿瘤的8%, 本病发生率
    占乳腺恶性肿瘤的…), the clause opening its sentence or 本病 before it (本病呈散发性,…,据统计约占病毒性脑炎的10%～20%),
    and earlier in its sentence no heading (a type's share: (1)痉挛型:发病率最高,占全部病人的60%～70%), no 占
    (恶性黑色素瘤占肛周癌的1%～4%,占所有恶性黑色素瘤的1%～2%: another's shares going on) and no subset
    (其中最常见的是脑膜内皮型,约占嗅沟脑膜瘤的53.5%); nor a whole that is 本病 or all cases (``all_cases``).
    Frequencies review of medical_6, 2026-12-05."""
    whole = whole_before.group("whole").strip()
    if cues.record_disease.fullmatch(whole):
        return False  # 约占本病的80%: a type's share of the record's disease
    if cues.all_cases.fullmatch(whole):
        return False  # 30～50岁的中年人常见,约占病例总数的80%: a subgroup's share of the record's cases
    at = cues.report_lead.match(norm, start).end()
    at = m.end() if (m := cues.record_disease.match(norm, at)) else at
    at = m.end() if (m := cues.any_measure.match(norm, at)) else at
    if not cues.link_gap.fullmatch(norm, at, whole_before.start()):
        return False
    before = norm[evidence[0] : start]
    if ":" in before or "占" in before or cues.subset.search(before):
        return False
    # the clause opens its sentence, or 本病 came before: a clause before may name another subject (子宫内膜异位症
    # 最好发于直肠和乙状结肠,占肠道受累的75%～90%; 是新生儿期喉喘鸣最常见的原因,约占新生儿喉鸣的60%～70%)
    return _LIST_MARKER.match(norm, evidence[0]).end() >= start or cues.record_disease.search(norm, evidence[0], whole_before.start()) is not None


def _heading_restated(norm: str, opening: Entity | None, heading: Entity | None, entities: Sequence[Entity],
                      entity_starts: list[int]) -> Entity | None:
    """The disease opening the text right after a heading's colon when it names the heading again, ending
    with the same two characters ((1)原发性中枢神经系统淋巴瘤:原发性中枢神经系统恶性淋巴瘤极为少见,正常人群发病率估计为
    0.0001%): no other disease between the heading and a measure of it (rule 12). Frequencies re-review of
    medical_6, #24."""
    if opening is None or opening is not heading:
        return None
    at = _BLANKS.match(norm, heading.end + 1).end()
    return next((e for e in entities[bisect_left(entity_starts, at) :]
                 if e.start == at and e.label == "disease" and e.text[-2:] == heading.text[-2:]), None)


#: Right after a disease: a measure of it (肠闭锁|的死亡率, 本病|病死率).
_ITS_MEASURE = re.compile(r"[ \t]*的?[ \t]*")


def _measure_named_before(norm: str, clause: Span, entities: Sequence[Entity], entity_starts: list[int],
                          cues: _Cues) -> Entity | None:
    """The last disease of the clause before whose measure that clause names (近年来肠闭锁的死亡率明显下降,国内存活率在
    51.3%～73.3%): a measure of no disease in the clause after is that disease's (rule 12), not the record's.
    Frequencies re-review of medical_6, #64."""
    found = None
    if any(map(str.isdigit, norm[clause[0] : clause[1]])):
        return None  # 新生儿CMV感染的发生率为1.2%,在中等度发达国家发病率为0.39%: a statement of its own goes on (rule 13)
    for e in entities[bisect_left(entity_starts, clause[0]) : bisect_left(entity_starts, clause[1])]:
        if e.label != "disease" or e.end > clause[1]:
            continue
        its = cues.any_measure.match(norm, _ITS_MEASURE.match(norm, e.end).end())
        # a measure of a disease (死亡率), not 高钾血症发生率与少尿型引起者相近 (medical_1)
        if its is not None and its.group() in cues.of_the_disease:
            found = e
    return found


def _opening_disease(topic: Entity | None, heading: Entity | None) -> Entity | None:
    """The disease a sentence opens with, as its heading or its topic (rule 12)."""
    return heading if heading is not None and heading.label == "disease" else topic
#: A sentence opening with the group its numbers are shares of, as a clause of its own (在单独发生强直性
#: 脊椎炎的患者中,67.5%以上呈…阳性; 本组病例中,…): the group must end with a ``population`` word
#: (frequencies review of medical_5, 2026-12-04); ``_AMONG`` is the short one inside a number's clause.
_AMONG_OPENING = re.compile(r"在?(?P<group>[^,;。:在]{1,30}?)中[ \t]*,")
#: Where a clause opens after a comma: it may name the group of the shares after it (…,在…病者中,).
_CLAUSE_OPENING = re.compile(r"[,;][ \t]*")
#: Where the shares of such a group end: another group (…病理资料中,) or a turn to one (,而…).
_ANOTHER_GROUP = re.compile(r"[^,;。:]{1,30}?中[ \t]*,|[,;][ \t]*(?:而|但)")
#: After a mention, the rest of a noun phrase up to its 的: 基底细胞癌|的, 消化内科|专科门诊的
_WHOLE_TAIL = re.compile(r"[ \t]*[\u4e00-\u9fff]{0,6}[的之][ \t]*")


_SHARE_KINDS = frozenset({"percent", "percent_range", "fraction", "proportion"})
#: Right before a fraction with no hedge (约) nor patients after it, a word of place makes it a
#: part of an organ or a field (股骨下1/3骨折, 对侧下1/4象限性偏盲, 中下1/3, 尺骨近侧1/3, 远段2/3, 蝶骨嵴内1/3,
#: 大脑镰后1/3); not 以下, 如下, the 上 of 临床上, 实际上 …, a bare 中 (死产中1/3: among them), the 内 of 年内,
#: the 外 of 此外, 另外, the 前 and 后 of 术前, 术后, 以后 … (and 在这种情况下1/3患者: the patients
#: after it count).
_PLACE_BEFORE = re.compile(
    r"(?:中[上下]|[近远][侧端段]|(?<![以如际床实体本论统则面史])[上下]"
    r"|(?<![年月周日天期时之以])内|(?<![此另以之意国])外|(?<![术产以之目年生病])前|(?<![术产病之以然最背])后)[ \t]*\Z"
)


#: Right after a fraction, a word of place: it is a part of an organ (小腿中1/3处向前弯曲, 股骨中1/3段);
#: not 处于 (1/3处于昏迷状态: a share of patients), 处理, 处置, 段时间.
_PLACE_AFTER = re.compile(r"[ \t]*(?:处(?![于理置])|段(?!时间)|交界)")


def _patients_follow(norm: str, end: int, cues: _Cues) -> bool:
    """Whether a patient noun (not a bare 者: 胃黏膜的上1/3者为轻度) follows the number ending at
    ``end``, after an optional 的."""
    noun = cues.population.match(norm, _STRENGTH_GAP.match(norm, end).end())
    return noun is not None and noun.group() not in cues.patient_suffixes
#: What separates the items of a list: 分别降低90%和88%, 70%乙醇及5%煤酚皂液.
_LIST_CHARACTERS = " \t、,和及与或"
_LISTED = re.compile(f"[{_LIST_CHARACTERS}]*")


def _changes(norm: str, quantities: Sequence[Quantity], entities: Sequence[Entity], cues: _Cues) -> set[int]:
    """The ids of the shares that say by how much something changed, not how many patients
    have a finding: right after a ``change_before`` verb that is no part of a mention
    (癌症将减少1/3, 病死率降低20%～25%; not 血小板减少约占30%, 升高(75%) nor 超出80%的病例
    出现黄疸), or that ends a mention written right before a share with a comparator or of at
    most 40 % when no other mention of the sentence has a share right after it (6个月内体重减轻10%
    以上; not 意识障碍42%，体重减轻71%，肝大25%: a list of how many have each), and those listed
    right after one (分别降低90%和88%)."""
    changes: set[int] = set()
    previous = None
    for q in quantities:
        if q.kind not in _SHARE_KINDS:
            previous = None
            continue
        if previous is not None and _LISTED.fullmatch(norm, previous.end, q.start) and not _names_what_follows(norm, _BLANKS.match(norm, q.end).end(), cues):
            changes.add(id(q))  # 分别降低90%和88%; not 降低20%,30%患者出现发热
            previous = q
            continue
        verb = cues.change.search(norm, max(q.start - cues.longest_change, 0), q.start)
        if (
            verb is not None
            and norm[q.start] != "("  # 升高(75%): how many patients, in parentheses
            and not _counts_what_follows(norm, q.end, cues)  # 超出80%的病例出现黄疸: patients
            and not cues.rate.search(norm, q.start, q.end)  # 减少约占30%: a share of the whole
            and not any(
                e.start < verb.end() and verb.start() < e.end
                and not (e.end == verb.end() and _ends_at(norm, e, q) and _plausible_change(q)
                         and not _a_list_of_shares(norm, q, quantities, entities, cues))
                for e in entities
            )
        ):
            changes.add(id(q))
            previous = q
        else:
            previous = None
    return changes


#: Fewest body parts, each with its bare percentage, that make a list of areas.
_FEWEST_AREAS = 3


def _body_areas(norm: str, quantities: Sequence[Quantity], entities: Sequence[Entity], cues: _Cues) -> set[int]:
    """The bare percentages right after body parts in a sentence with at least three such pairs and an
    ``area`` word before them are the parts' shares of the body surface, no frequency (硬肿范围计算方法，
    头颈部20%，双上肢18%，前胸及腹部14%，…; frequencies review of medical_13, 2026-12-05)."""
    excluded: set[int] = set()
    if cues.area.search(norm) is None:
        return excluded  # most texts name no area: no sentence to look at
    ends = {e.end for e in entities if e.label == "body"}
    for sent_start, sent_end in split_sentences(norm):
        pairs = [
            q for q in quantities
            if sent_start <= q.start < sent_end and q.kind in ("percent", "percent_range") and not q.text.startswith("(")
            and any(end in ends and not norm[end : q.start].strip() for end in range(max(sent_start, q.start - 2), q.start + 1))
        ]
        if len(pairs) >= _FEWEST_AREAS and cues.area.search(norm, sent_start, pairs[0].start):
            excluded |= {id(q) for q in pairs}
    return excluded


def _sizes_and_parts(norm: str, quantities: Sequence[Quantity], cues: _Cues) -> set[int]:
    """The ids of the shares that are a size or a part of a tissue, no frequency: right after a
    ``size_before`` noun (约/为 may come between: 病灶大小1/3～3/4PD, 直径约1/3), right before a
    ``size_after`` unit (直径1/3～1/2PD: disc diameters), or right after a ``part_before`` noun and 占
    (所/约 may come between: 绒毛状成分占20%以下, 幼稚细胞比例占5%～75%; frequencies review of medical_6,
    2026-12-05). Also a share of an amount (``size_before`` 容积, 数量: 心脏容积少于30%, 尘螨数量的40%～80%), of a
    body pool (a ``part_after`` cue after it: 血清中镁25%与蛋白质结合, 尿渗透压约50%由…葡萄糖来维持; frequencies
    review of medical_8, 2026-12-05), or one right after a ``pool_before`` verb (近端肾小管再吸收(98%～100%),
    黏膜能吸收50%的胆汁钙; frequencies review of medical_7, 2026-12-05)."""
    parts = set()
    for q in quantities:
        if q.kind == "frequency_word" and cues.part_after.match(norm, q.end):
            parts.add(id(q))  # 色氨酸一半以上被色氨酸脱羧酶转化为5-HTP: a part of the substance
            continue
        if q.kind not in _SHARE_KINDS:
            continue
        if (cues.size_before.search(norm, max(q.start - cues.longest_size, 0), q.start)
                or cues.size_after.match(norm, q.end)
                or cues.part_before.search(norm, max(q.start - cues.longest_part, 0), q.start)
                or cues.part_after.match(norm, q.end)
                or cues.pool_before.search(norm, max(q.start - cues.longest_pool - 1, 0), q.start)):
            parts.add(id(q))
    return parts


def _relative_levels(norm: str, quantities: Sequence[Quantity], cues: _Cues) -> set[int]:
    """The ids of the shares written right after a reference level (酶活性仅为正常人的10%, 心率
    可减为原有的1/2): a level relative to it, not how many patients have a finding. Not after
    占 (占正常人的2%～3%: a share of people), nor when patients follow (组织学正常的40%病人). And of
    the percentages right after a ``level_before`` noun, link words between (HbBart含量70%～100%,
    浓度为5%): a measured level, patients after it or not; and of the numbers shortly after a ``level_noun``
    with no patient noun after them (凝血酶原活动度<40%; not 肌酐清除率下降约30%的患者需透析)."""
    levels = set()
    for q in quantities:
        if q.kind in ("percent", "percent_range") and cues.level.search(norm, max(q.start - cues.longest_level, 0), q.start):
            levels.add(id(q))
            continue
        if _level_noun_before(norm, q, cues) and (
                norm[q.start] != "(" or q.comparator) and not (  # 腹内脏器活动度过大(15%): the cases with it, not the level
                _patients_follow(norm, q.end, cues)):  # 肌酐清除率下降约30%的患者需透析: a share of patients
            levels.add(id(q))  # 凝血酶原活动度<40%, 钠排泄分数小于1%: a level (frequencies review of medical_9)
            continue
        if q.kind not in _SHARE_KINDS and q.kind != "frequency_word":  # 转铁蛋白是正常的一半
            continue
        reference = cues.reference.search(norm, max(q.start - cues.longest_reference, 0), q.start)
        if (
            reference is not None
            and not norm[max(reference.start() - 3, 0) : reference.start()].rstrip(" \t").endswith("占")
            and not _counts_what_follows(norm, q.end, cues)
        ):
            levels.add(id(q))
    return levels


def _level_noun_before(norm: str, q: Quantity, cues: _Cues) -> bool:
    """Whether a ``level_noun`` stands shortly before ``q`` in its clause (凝血酶原活动度<40%). The clause's start is
    looked for only when one stands shortly before it at all (a level noun is rare): a match in the clause is one in
    the longer span."""
    reach = max(q.start - cues.longest_level_noun, 0)
    return cues.level_noun.search(norm, reach, q.start) is not None and (
        cues.level_noun.search(norm, max(reach, _clause_start(norm, q.start)), q.start) is not None)


def _differences(norm: str, quantities: Sequence[Quantity], cues: _Cues) -> set[int]:
    """The ids of the shares right after a ``comparative`` with a ``than`` word before it in
    its clause (智商比正常儿童低17%～23%): how much more or less, not how many have a finding."""
    differences = set()
    for q in quantities:
        if q.kind not in _SHARE_KINDS:
            continue
        comparative = cues.comparative.search(norm, max(q.start - cues.longest_comparative, 0), q.start)
        if comparative is not None and cues.than.search(norm, _clause_start(norm, comparative.start()), comparative.start()):
            differences.add(id(q))
    return differences


def _thresholds(norm: str, quantities: Sequence[Quantity], cues: _Cues) -> set[int]:
    """The ids of the shares written right before a ``condition`` word (狭窄程度超过50%时,
    气胸在压缩20%以上时): the threshold of a condition, not how many patients have a finding."""
    return {
        id(q) for q in quantities
        if q.kind in _SHARE_KINDS and cues.condition.match(norm, _BLANKS.match(norm, q.end).end())
    }


#: The largest share a mention ending with a change verb is read to have changed by, unless the
#: number has a comparator (体重减轻10%以上): 体重减轻71% is how many lost weight.
_LARGEST_CHANGE = 40.0


def _plausible_change(q: Quantity) -> bool:
    """Whether share ``q`` reads as how much a finding changed: with a comparator, or small."""
    high = q.high if q.high is not None else q.value
    return bool(q.comparator) or (high is not None and high <= _LARGEST_CHANGE)


def _ends_at(norm: str, e: Entity, q: Quantity) -> bool:
    """Whether mention ``e`` ends right before share ``q``, only blanks or a 了 between."""
    return _CHANGE_GAP.fullmatch(norm, e.end, q.start) is not None


#: Between a mention ending with a change verb and the share it changed by: 体重减轻|了约|10%.
_CHANGE_GAP = re.compile(r"[ \t]*了?[ \t]*")


def _a_list_of_shares(
    norm: str, q: Quantity, quantities: Sequence[Quantity], entities: Sequence[Entity], cues: _Cues
) -> bool:
    """Whether another share of ``q``'s sentence comes right after a mention, as in a list of
    how many have each finding (意识障碍42%，体重减轻71%，肝大25%); not after a mention ending with
    a change verb too (体重增加10%～25%，…体重增加10%～20%: two changes)."""
    start, end = next(((s, e) for s, e in split_sentences(norm) if s <= q.start < e), (0, len(norm)))
    return any(
        o is not q and o.kind in _SHARE_KINDS and start <= o.start < end
        and any(
            start <= e.end <= o.start and not norm[e.end : o.start].strip(" \t")
            and not cues.change.search(norm, e.start, e.end)
            for e in entities
        )
        for o in quantities
    )


def _names_what_follows(norm: str, after: int, cues: _Cues) -> bool:
    """At ``after`` (past a number and its blanks), 的, a patient noun (maybe after a short
    group word: 30%成人病例, 约20%儿童患者) or a verb: the number counts what follows it."""
    return norm.startswith("的", after) or bool(cues.population.match(norm, after) or cues.verb.match(norm, after)) or any(
        _GROUP_WORD.fullmatch(norm, after, after + n) and cues.population.match(norm, after + n)
        and not cues.verb.search(norm, after, after + n)
        for n in range(1, _LONGEST_GROUP_WORD + 1)
    )


#: A short word naming a group before its patient noun (成人|病例, 男性|患者, 儿童|患者).
_GROUP_WORD = re.compile(r"[\u4e00-\u9fff]+")
_LONGEST_GROUP_WORD = 3


def relative_changes(
    text: str, quantities: Sequence[Quantity], entities: Iterable[Entity], resources: QuantityResources | None = None
) -> set[int]:
    """The ids of the ``quantities`` of ``text`` that are relative changes (癌症将减少1/3), for
    stages other than this one that read shares (the labs' frequencies)."""
    res = resources or load_quantity_resources()
    quantities = sorted((q for q in quantities if q.kind in BOUND_KINDS), key=lambda q: q.start)
    if not any(q.kind in _SHARE_KINDS for q in quantities):
        return set()
    return _changes(normalize_text(text), quantities, list(entities), _cues_of(res))


def _strengths(
    norm: str, quantities: Sequence[Quantity], entities: Sequence[Entity], labels: frozenset[str], cues: _Cues
) -> set[int]:
    """The ids of the percentages that are a solution's strength, not how often something
    occurs: written right before a mention of one of ``labels`` (``5%碳酸氢钠``, ``0.01%的高锰酸钾``;
    not ``约10%的阿司匹林哮喘患者``, a patient group), or of any label after a ``strength_before``
    verb (``若用5%白蛋白治疗``, ``吸入含5%一氧化碳的空气``), or next in a list of strengths (``70%乙醇及5%
    煤酚皂液``, ``1∶5000高锰酸钾或0.5%鞣酸``: the second solution is no mention; not ``75%乙醇,30%患者
    出现皮疹``, a number that names what follows it), or right after such a verb with no patients nor verb
    after it (``用0.25%布比卡因``: a drug no dictionary has)."""
    if not any(q.kind in ("percent", "percent_range") for q in quantities):
        return set()  # a strength is a percentage: none to look at (most texts), no substance either
    substances = {e.start: e for e in entities if e.label in labels}
    ends = {e.end: e for e in substances.values()}
    strengths: set[int] = set()
    strengthened: dict[int, Entity | None] = {}  # end offset -> a substance written with its strength (None: unnamed)
    for e in substances.values():
        if _RATIO_BEFORE.search(norm, max(e.start - 12, 0), e.start):
            strengthened[e.end] = e  # 1∶5000高锰酸钾
    for q in quantities:
        if q.kind not in ("percent", "percent_range"):
            continue
        gap = _STRENGTH_GAP.match(norm, q.end)
        substance = substances.get(gap.end())
        a_group = "的" in gap.group() and _population_after(norm, gap.end(), _clause_end(norm, gap.end()), cues)
        if substance is None and not a_group and cues.strength_before.search(norm, max(q.start - 6, 0), q.start):
            # after a verb of giving or holding, any mention is the substance: 若用5%白蛋白治疗
            substance = next((e for e in entities if e.start == gap.end()), None)
        if substance is not None and not a_group:
            strengths.add(id(q))
            strengthened[substance.end] = substance
            continue
        if not a_group and cues.strength_before.search(norm, max(q.start - 6, 0), q.start) \
                and not _counts_what_follows(norm, q.end, cues):
            # right after a verb of giving or holding, a name no dictionary has: 用0.25%布比卡因2～3ml局部封闭,
            # 在皮肤上涂15%邻苯二甲酸丁酯乳剂, 慎用25%高渗葡萄糖, 含有50%的正常纤维蛋白原 (frequencies re-review of
            # medical_13, 2026-12-05); not 口服后30%患者…, whose number counts patients
            strengths.add(id(q))
            strengthened[q.end] = None  # and the next in its list: 分别含有约4%和2%糖原
            continue
        if (held := ends.get(len(norm[: q.start].rstrip(" \t")))) is not None and _HELD.search(norm, max(held.start - 3, 0), held.start):
            strengths.add(id(q))  # 含氯化钠19.3%: the salt's strength (frequencies review of medical_8, R7)
            continue
        if q.text.startswith("(") and cues.strength_form_before.search(norm, max(q.start - cues.longest_form, 0), q.start):
            strengths.add(id(q))  # 维A酸乳膏或软膏(0.025%～0.1%): the cream's strength (frequencies review of medical_8, R7)
            continue
        if cues.substance_after.match(norm, q.end):
            strengths.add(id(q))  # 在15%醋精中存活: the vinegar's strength (frequencies review of medical_6)
            continue
        if not a_group and cues.strength_after.match(norm, q.end):
            strengths.add(id(q))  # (10%溶液每次0.3～0.5ml/kg), 0.12%氯已定液: the form names a solution
            continue
        if not a_group and cues.strength_form_after.match(norm, q.end):
            strengths.add(id(q))  # 涂敷10%复方安息香酸酊: a long name, then its form (frequencies fix F, 2026-12-06, class 5)
            continue
        if (solution := cues.solution.match(norm, q.end)) is not None and not solution.group().endswith(cues.body_fluid):
            strengths.add(id(q))  # 以10%氢氧化钾液加入分泌物中: a name in 液, no body fluid
            continue
        if not norm.startswith("的", q.end) and cues.chemical.match(norm, q.end):
            strengths.add(id(q))  # 30%亚硝酸钠10～20ml: a chemical the dictionaries lack (frequencies re-review of medical_3)
            continue
        before = q.start
        while before > 0 and norm[before - 1] in _LIST_CHARACTERS:
            before -= 1
        if before < q.start and before in strengthened and not _counts_what_follows(norm, q.end, cues):
            strengths.add(id(q))
    return strengths


#: Holding right before a substance whose strength follows it: 海水含|氯化钠|19.3%.
_HELD = re.compile(r"含有?[ \t]*\Z")


_CLAUSE_MARKS = ",;:。!?\n"
_CLAUSE_MARK = re.compile(f"[{_CLAUSE_MARKS}]")

#: Binding reads a run without a clause mark (,;:。!?, a line break) longer than ``LONGEST_RUN`` in windows: each
#: number of such a text (OCR or PDF output, one clause to the rules) would scan all of it, hours for a few hundred KB.
_LONG_RUN = re.compile(rf"(?:\A|(?<=[{_CLAUSE_MARKS}]))[^{_CLAUSE_MARKS}]{{{LONGEST_RUN + 1},}}")


def _windowed(norm: str, entities: Sequence[Entity], quantities: Sequence[Quantity]) -> str:
    """``norm`` with a sentence end (。) put in every run longer than ``LONGEST_RUN`` characters without a clause
    mark, at most every ``LONGEST_RUN`` characters, on a character no mention nor frequency covers: binding then reads
    windows of the run as sentences, in time proportional to the run's length. Same length: offsets hold."""
    covered = bytearray(len(norm))
    for span in (*entities, *quantities):
        covered[span.start : span.end] = b"\x01" * (span.end - span.start)
    cuts = []
    for run in _LONG_RUN.finditer(norm):
        start, end = run.span()
        while end - start > LONGEST_RUN:
            cut = start + LONGEST_RUN
            while cut > start and covered[cut]:
                cut -= 1
            if cut == start:  # one mention or number over all of the window: cut after it
                cut = start + LONGEST_RUN
                while cut < end and covered[cut]:
                    cut += 1
                if cut == end:
                    break
            cuts.append(cut)
            start = cut + 1
    if not cuts:
        return norm
    chars = list(norm)
    for cut in cuts:
        chars[cut] = "。"
    return "".join(chars)


def _clause_end(norm: str, pos: int) -> int:
    """Where the clause holding ``pos`` ends (a comma or a stop), or the text's end."""
    return clause_bounds.clause_end(norm, pos, _CLAUSE_MARKS)


def _clause_start(norm: str, pos: int, marks: str = _CLAUSE_MARKS) -> int:
    """Where the clause holding ``pos`` starts (after a comma or a stop: ``_CLAUSE_MARKS``, or ``marks``), or 0."""
    return clause_bounds.clause_start(norm, pos, marks)


def _sentence_start(norm: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (after a stop or a line break), or 0: a heading opens it
    (1.点滴型副银屑病:多见于儿童及青年,约2/3为男性)."""
    return _clause_start(norm, pos, "。!?\n")


def _patients_follow(norm: str, end: int, cues: _Cues) -> bool:
    """Whether a patient noun follows the number ending at ``end``, after an optional 的: it counts
    them (血药浓度不足时约30%的患者复发), whatever level noun comes before."""
    pos = _BLANKS.match(norm, end).end()
    if norm.startswith("的", pos):
        pos = _BLANKS.match(norm, pos + 1).end()
    return cues.population.match(norm, pos) is not None


def _counts_what_follows(norm: str, end: int, cues: _Cues) -> bool:
    """Whether the number ending at ``end`` counts patients or a finding named after it: a
    patient noun or a verb follows, after an optional 的 (30%患者出现皮疹, 80%的病例出现黄疸;
    not a bare 的: 5%的煤酚皂液)."""
    pos = _BLANKS.match(norm, end).end()
    if norm.startswith("的", pos):
        pos = _BLANKS.match(norm, pos + 1).end()
    return bool(cues.population.match(norm, pos) or cues.verb.match(norm, pos))


#: Between a strength and its substance: blanks and an optional 的 (0.01%的高锰酸钾).
_STRENGTH_GAP = re.compile(r"[ \t]*(?:的[ \t]*)?")
#: A dilution written right before a substance: 1∶5000高锰酸钾, 1:1000.
_RATIO_BEFORE = re.compile(r"1[ \t]*[:∶][ \t]*[0-9]+[ \t]*\Z")


class _Cues:
    """Compiled cue patterns from the resources."""

    def __init__(self, res: QuantityResources) -> None:
        self.degree = res.degree_before
        self.of_the_disease = res.of_the_disease
        self.group_quantifiers = res.group_quantifiers
        self.part_after_mention = res.part_after_mention
        self.adverbs = res.adverbs
        self.subset_inline = _compile(res.subset_inline)
        self.involvement = _compile(res.involvement)
        self.modifier_after = _compile(res.modifier_after)
        self.not_a_group = _compile(res.not_a_group)
        # a comparative ending where a share starts: 比正常儿童|低|17%, 约比正常女性|高|50%～100%
        self.comparative = re.compile(f"(?:{alternation(res.comparative)})[了约达 \\t]*\\Z")
        self.longest_comparative = max(map(len, res.comparative), default=0) + 3
        self.other_group = _compile(res.other_group)
        self.than = re.compile(f"(?!{alternation(res.not_than)})(?:{alternation(res.than)})")
        # a mention made a condition: 多发性骨髓瘤(溶骨性)时|多超过10% (a parenthesis may come between)
        # (not 时间, 时常, 时有, 时期, 时而: words that start with 时; 头痛时常发作者约占30%)
        self.condition = re.compile(f"(?:\\([^()]*\\))?(?:{alternation(res.condition)})(?![间常有期而])")
        # a change verb (and 了) ending where a share starts: 减少|1/3, 降低了|20%
        self.change = re.compile(f"(?:{alternation(res.change_before)})了?[ \\t]*\\Z")
        self.longest_change = max(map(len, res.change_before), default=0) + 3
        self.subset = _compile(res.subset)
        self.report = _compile(res.report)
        # a reference level ending where a share starts: 为正常人的|10%, 减为原有的|1/2
        self.reference = re.compile(f"(?:{alternation(res.reference_before)})[ \\t]*\\Z")
        self.longest_reference = max(map(len, res.reference_before), default=0) + 2
        # between a group noun and its number only these: 伴胸腔积液者|为|64%, 高血压患者|仅占|45%
        # (not a rate noun: in 脉管炎患者阳性率达78% the group is whom a test was positive in)
        self.link_gap = re.compile(f"(?:[ \\t]|{alternation(res.link)})*")
        # a measured level ending where a percentage starts (link words between): HbBart含量|70%～100%
        self.level = re.compile(f"(?:{alternation(res.level_before)}){self.link_gap.pattern}\\Z")
        self.longest_level = max(map(len, res.level_before), default=0) + 6
        # a level noun, then at most 4 characters (no 者 nor 占: 清除率下降者占30% counts patients) up to the number
        # (not a method: 通过相对浓度法证实80%病眼…; its Latin short name may follow: 钠排泄分数(FENa)大于1%)
        self.level_noun = re.compile(f"(?:{alternation(res.level_noun)})(?!法)(?:\\([A-Za-z]+\\))?[^者占]{{0,4}}\\Z")
        self.longest_level_noun = max(map(len, res.level_noun), default=0) + 12
        # a size noun ending where a share starts, ``size_gap`` words 约/为 between (视盘水肿直径|约|1/3), or a size unit right after
        # it (1/3～1/2|PD); a part's noun and 占 (所/约 between) ending where it starts (绒毛状成分|占|20%以下)
        self.size_before = re.compile(f"(?:{alternation(res.size_before)})(?:{alternation(res.size_gap)}|[ \\t])*\\Z")
        self.longest_size = max(map(len, res.size_before), default=0) + 4
        self.size_after = re.compile(f"[ \\t]*(?:{alternation(res.size_after)})")
        self.part_before = re.compile(f"(?:{alternation(res.part_before)})所?约?占[ \\t]*\\Z")
        self.longest_part = max(map(len, res.part_before), default=0) + 4
        # a part_after cue, each … at most 12 characters of its clause (血清中镁25%|与蛋白质结合, HCO3-85%|在近曲小管被重吸收)
        self.part_after = re.compile(
            "[ \t]*(?:" + "|".join("[^,;:。]{0,12}?".join(map(re.escape, cue.split("…"))) for cue in res.part_after) + ")"
        ) if res.part_after else re.compile("(?!)")
        # a pool_before verb ending where a share starts, its bracket between (近端肾小管再吸收|(98%～100%)); not
        # after 内 nor a blank (4.内分泌 6%～8%的…: a heading, then a share of patients)
        self.pool_before = re.compile(f"(?<!内)(?:{alternation(res.pool_before)})\\Z") if res.pool_before else re.compile("(?!)")
        self.longest_pool = max(map(len, res.pool_before), default=0)
        # 为, 占; not 约 alone, nor 只有/仅有, which may count what follows (甲减患者仅有40%以舒张压增高为主)
        self.links = _compile(res.link)
        self.strong_links = frozenset(w for w in res.link if w not in res.hedges and not w.endswith("有"))
        self.after_rate = re.compile(f"(?:{alternation(res.rate)})\\Z")  # 占|青光眼病人68%: the whole
        # right after a body part, a word that does not go on naming something longer (肺部|为30%)
        self.link_word = _compile((*res.link, *res.rate, *res.population))
        self.where = _compile(res.where_after)
        self.longest_where = max(map(len, res.where_after), default=0)
        # after a finding, those whose finding comes from or sits somewhere (出血|来自肺循环者): a
        # subgroup of its cases, which a number after counts (not 见于: in whom it is seen)
        self.where_group = re.compile(
            f"[ \t]*(?:均|多|则|常|主要|可)?(?:{alternation(w for w in res.where_after if w != '见于')})[^,，;；。:：]{{1,12}}?者"
        )
        self.rate = _compile(res.rate)
        self.respectively = _compile(res.respectively)
        self.population = re.compile(f"(?:{alternation(res.population)})(?![期型])")  # not 婴儿期, 成人型
        # the group a measure of the disease is of, right before it (有家族史者|发病率, 男性一级亲属的|患病率)
        self.group_before_measure = re.compile(
            f"(?P<group>[^,;:。的]{{0,12}}?(?:{self.population.pattern}))的?(?:年|总|终生|累积)?"
            f"(?:{alternation(res.of_the_disease)})"
        )
        self.population_words = tuple(sorted(res.population, key=len, reverse=True))
        self.population_word = _compile(res.population)  # anywhere, whatever follows it
        # the groups a clause going on may name (男性, 新生儿, 国内, 15岁以上), no bare 者 (发热者: a finding's)
        self.going_on_groups = tuple(w for w in (*res.population, *res.going_on_group) if w not in res.patient_suffixes)
        self.verb = _compile(res.verb)
        self.copula = _compile(res.copula)
        # after a copula, words saying which side or how severe: 为|双侧|腹股沟斜疝, 为|轻度|贫血
        self.copula_modifier = _compile(res.copula_modifier)
        # measure nouns (a list of them before 分别), then link words, ending where a number
        # starts: 5年生存率|为|75%, 发病率和病死率|分别为|10%
        noun = alternation(res.measure)
        # (a word judging the measure may close its clause before the number, a few words between: 复发率很高，|可达50%,
        # 哮喘病的患病率明显增加，|为6.8%, 病死率较高，有人报告为|29%～52%; see _number_lists_joined)
        # (no other measure noun in the gap: 机会感染的|几率较大, not 机会|感染的几率较大)
        # a report opening the number's clause after such a measure (``judged_report``: 有人报告|为29%～52%,
        # 文献报道|可达81.8%, 早期报告|高达40%)
        judged_report = f"[ \\t]*(?:[^,;:。0-9]{{0,6}}?(?:{alternation_in_order(res.judged_report)})了?)?[ \\t]*"
        self.judged_report = re.compile(judged_report)
        judged = f"(?:(?:(?!{noun}){_JUDGED_CHARACTER}){{0,{_JUDGED_GAP_LENGTH}}}?(?:{alternation(res.judged)})[ \\t]*,{judged_report})?"
        self.measure = re.compile(f"((?:{noun})(?:[{_LIST_CHARACTERS}]+(?:{noun}))*){judged}(?:分别)?{self.link_gap.pattern}\\Z")
        # a word judging a measure (很高, 较低 …): the judged-measure join runs only in sentences with one
        self.judged = _compile(res.judged)
        self.judged_words = tuple(res.judged)
        # a clause closing with a measure noun and a word judging it: the number opening the next is its
        # (a few words may come between, no number: 发病率明显增加, 发生率也较松果体区者高)
        rate = alternation(w for w in res.rate if w != "占")
        self.judged_measure = re.compile(
            f"(?:{noun}|{rate})(?P<gap>{_JUDGED_CHARACTER}{{0,{_JUDGED_GAP_LENGTH}}}?)(?:{alternation(res.judged)})[ \\t]*\\Z")
        # the noun right after a number and its 的: 2%～4%的|出血率 (not a noun going on: 40%的发病率高的地区)
        self.measure_after = re.compile(f"[ \\t]*的?[ \\t]*({noun})(?=[ \\t]*(?:[,;。:)\\n]|\\Z))")
        self.longest_measure = 3 * max(map(len, res.measure), default=0) + 10
        self.any_measure = re.compile(noun)
        # right after a share, the record's own disease it counts: 20%以上|发生本病, 2%～6%|患本症, 100%|罹患本病
        # (a verb before it: not 20%的本病患者, which is the group; nor 30%为本病的早期表现, a part of it: code review)
        self.record_disease_after = re.compile(
            f"[ \\t]*(?:以上|以下|左右)?[ \\t]*的?[ \\t]*(?:{self.population.pattern})?[ \\t]*(?:可|将|会)?"
            f"(?:{alternation((*res.verb, *res.copula, *res.falls_ill))})[ \\t]*(?:{alternation(res.record_disease)})"
            f"(?![ \\t]*(?:的|{self.population.pattern}))"
        ) if res.record_disease else re.compile("(?!)")
        self.record_disease = _compile(res.record_disease)  # 本病, 该病
        self.anaphor = _compile(res.anaphor)  # 以此为, 此症
        self.heading_anaphor = _compile(res.heading_anaphor)  # 此型, 上述症状
        # between a heading and a number further on, another measure than how common it is (死亡率为10%, 5年生存率是95%):
        # not the heading's frequency (rule 9b, heading items); rule 9 stops at 其中 too, a part of its cases (其中女性占60%),
        # which rule 9b checks only in the share's own clause (code review)
        self.not_of_the_heading = _compile(res.not_of_the_heading)
        self.not_of_the_heading_or_part = re.compile(f"其中|{self.not_of_the_heading.pattern}")
        # before a heading item's share, who found it, however long, when 其 follows (青光眼:…,但摘除的眼球组织学检查发现|
        # 其发生率高达45%): 其 points back to the heading (rule 9b; ``item_report`` words)
        self.item_report = re.compile(f"[ \\t]*[^,;:。]{{0,16}}?(?:{alternation(res.item_report)})了?(?=其)")
        # between a group's disease and the subject of its measure: a ``group_link`` word (dropped from the group's end)
        # or a ``patient_noun``, kept, then 的 (脑外伤|后|癫痫, 急性心肌梗死|时|完全性房室传导阻滞, RA|患者的|皮下结节);
        # a ``group_list`` word between the diseases of a list making one group (胃溃疡|和|十二指肠溃疡Hp检出率; not a
        # comma, which may close another item: 不孕和异位妊娠，|急性盆腔炎…); no ``not_in_group`` word in the group
        self.group_link = re.compile(
            f"(?:{alternation([*res.group_link, *res.patient_nouns])})?的?")
        self.group_link_end = re.compile(f"(?:{alternation(res.group_link)})?的?\\Z")
        self.group_list = frozenset(res.group_list)
        self.not_in_group = _compile(res.not_in_group)
        # rule 9c: before a heading anaphor opening a share's clause, a ``back_reference_turn`` word and a group who
        # have it (但|老年有|上述症状者仅占25%); after it, the ``back_reference_patients`` it names (此型|患者, 上述症状|者)
        self.back_reference_lead = re.compile(
            f"[ \\t]*(?:{alternation(res.back_reference_turn)})?[ \\t]*(?:(?P<group>[^,;:。 \\t有]{{1,6}})有)?")
        self.back_reference_patients = re.compile(f"[ \\t]*(?:{alternation(res.back_reference_patients)})?")
        self.all_cases = _compile(res.all_cases)  # 全部病例, 病例总数
        self.death_after = _compile(res.death_after)  # 死亡, 死于
        # a mention with 所致/引起 after it (等 between) is a cause; a patient noun before it keeps the word's binding
        self.cause_after = re.compile(f"等?(?:{alternation(res.cause_after)})")
        self.cause_patients = _compile(res.cause_patients)
        self.cause_having_before = re.compile(f"(?:{alternation(res.cause_having)})了?[ \\t]*\\Z")  # 多数出现|腹泻导致脱水
        self.opening_anaphor = _compile(res.opening_anaphor)  # 此类型的|面神经麻痹, 其|骨折约占…
        # 据|因而|病人约30%…: who reported it and the connectives opening a group before a share (_group_right_before)
        self.group_report = re.compile(
            _GROUP_REPORT.format(reports=alternation_in_order(res.group_report), connectives=alternation(res.group_connective))
        )
        self.group_copula = _compile(res.group_copula)
        self.group_lead = re.compile(f"(?:{alternation(res.group_lead)})*")  # 如|不伴发心律失常者
        self.generic_population = frozenset(res.patient_words)  # 患者, 者: no group named
        self.patient_suffixes = res.patient_suffixes  # 者: a bare one names a finding's group (发热者), no patients
        self.among_not_group = tuple(res.among_not_group)  # 在治疗中: no group
        self.among_not_opening = tuple(res.among_not_opening)  # 这些病人中: no group named
        # a copula or a where word inside X of X中 makes it a clause, no group (not 系: 系统性红斑狼疮患者中)
        self.among_predicate = _compile((*(w for w in res.copula if not w.startswith("系")), *res.where_after))
        # opening a group in 中: list markers, lead words (而, 结果, 据) and 对/在 (of ``cohort_lead``): 结果|51例…病人中
        self.among_lead = re.compile(
            r"\A(?:[ \t]|[①-⑳]|[(（][0-9一二三四五六七八九十]{1,2}[)）]|[0-9]{1,2}[.、．]"
            f"|(?:{alternation((*res.group_lead, *(w for w in res.cohort_lead if len(w) == 1)))})(?!照))+"  # not 对|照组
        )
        self.area = _compile(res.area)  # 硬肿|范围|计算方法，头颈部20%，…
        # a verb of falling or rising and 至/到 between a share and the level it changed to: 由50%|下降至|10%～20%
        change = f"(?:{alternation(res.change_to)})了?(?:至|到)了?" if res.change_to else "(?!)"
        self.a_change_to = re.compile(change)
        self.changed_to = re.compile(f"[ \t]*(?:已|则|可)?[ \t]*{change}[ \t]*")
        # a clause going on with another group (or a time) and a verb reaching a level: 满2岁时可|增加到|85%～90%
        self.going_on_change = re.compile(
            r"[ \t]*(?:而|但)?(?:在)?(?P<group>[^,;:。的]{1,10}?)(?:中)?(?:则|亦|也|仅|可|更)?"
            f"(?:{alternation(res.going_on_change)})[ \t]*\\Z"
        ) if res.going_on_change else re.compile("(?!)")
        self.measure_end = re.compile(f"(?:{noun})\\Z")  # 占白血病|发病率|的2%～3%: the whole is 白血病
        # a word leading the group looked at, ending where its count starts: 据对|61例…病人, 收治的|170例
        self.cohort_lead = re.compile(
            f"(?:{alternation(res.cohort_lead)})[了的]?[ \t]*(?:共|约)?[ \t]*\\Z"
        ) if res.cohort_lead else re.compile("(?!)")
        # the noun, then among whom: 患病率在|发达国家|为4.3%～9.4%, 发生率在|成人|为60%
        self.measure_among = re.compile(
            f"(?P<measure>{noun})(?:在|于)(?P<group>[^,;:。的]{{1,10}}?)(?:中)?(?:分别)?{self.link_gap.pattern}\\Z"
        )
        # the same noun with the whole the number is a share of: 发病率为|葡萄胎病人的|2%, 其发生率占|肺癌者的|4%
        self.measure_of_a_whole = re.compile(
            f"((?:{noun})){self.link_gap.pattern}[\u4e00-\u9fff]{{1,{_LONGEST_WHOLE}}}的{self.link_gap.pattern}\\Z"
        )
        # a verb of giving or holding ending where a percentage starts: 若用|5%白蛋白, 含|5%一氧化碳
        self.strength_before = re.compile(f"(?:{alternation(res.strength_before)})[ \\t]*\\Z")
        # a dosage form shortly after a percentage: (10%|溶液每次…), 2%～4%碳酸氢钠|液 is a mention anyway
        # a dosage form (a strength_after word ending in 膏, 液, 剂, 酊 or 水; not 气体, 浓度: 来自咽下的气体(68%) is a
        # cause's share) right before a bracketed percentage: 维A酸乳膏或软膏|(0.025%～0.1%), 高渗盐水|(3%)
        forms = [w for w in res.strength_after if w.endswith(("膏", "液", "剂", "酊", "水"))]
        self.strength_form_before = re.compile(f"(?:{_hyphenated(forms).pattern})[ \\t]*\\Z") if forms else re.compile("(?!)")
        self.longest_form = max(map(len, forms), default=0) + 2
        self.strength_after = re.compile(f"[^，,。；;：:！!？?\\n]{{0,5}}?(?:{_hyphenated(res.strength_after).pattern})")
        # further after it, a name of Chinese characters no dictionary has before a dosage form of those: 15%对氨安息香酸软膏,
        # 1%氯硝柳胺碱性溶液 (no 的, no patient, link or list word in the name: 31%为液体化学物…)
        self.strength_form_after = re.compile(
            f"(?:(?![的为是有者例患病症率中和或与及所由])[\u4e00-\u9fff]){{6,10}}?(?:{_hyphenated(forms).pattern})"
        ) if forms else re.compile("(?!)")
        # a substance right after a percentage, nothing between: 在15%|醋精中存活, 对5%|苯甲酸产生阳性反应
        # an efficacy noun right before a number (a group and link words between): 疗效|多在|75%, 预防效果|为|32%,
        # 预防感染的效果|小儿可达|97%
        self.efficacy_before = re.compile(
            f"(?:{alternation(res.efficacy_before)})(?:{alternation(res.population)})?中?(?:多|均|可|一般)?"
            f"{self.link_gap.pattern}(?:在)?[ \\t]*\\Z"
        ) if res.efficacy_before else re.compile("(?!)")
        # closing a number's clause, it works: 60%|有明显效果, 100%|的保护作用
        self.efficacy_after = re.compile(f"(?:{alternation(res.efficacy_after)})[ \\t]*\\Z") if res.efficacy_after else re.compile("(?!)")
        self.protection_after = re.compile(
            f"(?:{alternation(res.protection_after)})[ \\t]*\\Z"
        ) if res.protection_after else re.compile("(?!)")
        # right after a share, falling ill closing its clause: 约90%|发病, 约50%|的人可发病 (not 发病率, 发病年龄)
        self.falls_ill_alone = re.compile(
            f"[ \\t]*(?:以上|以下|左右)?[ \\t]*(?:的人|的患者)?[ \\t]*(?:可|会|将)?(?:{alternation(res.falls_ill_alone)})"
            f"[ \\t]*(?=[,;。!?\\n]|\\Z)"
        ) if res.falls_ill_alone else re.compile("(?!)")
        self.drug_share = _compile(res.drug_share)
        self.drug_share_not = _compile(res.drug_share_not)
        self.drug_share_after = _compile(res.drug_share_after)
        self.strength_noun = _compile(res.strength_noun)
        # right after a share's subject, its history: 银屑病|的阳性家族史, 腹股沟疝|修补手术史, 红斑|史
        self.history_after = re.compile(
            f"[ \\t]*的?[ \\t]*(?:阳性)?(?:{alternation(res.history_after)})"
        ) if res.history_after else re.compile("(?!)")
        self.substance_after = re.compile(f"(?:{_hyphenated(res.substance_after).pattern})")
        self.body_fluid = tuple(res.body_fluid)
        # right after a percentage, a chemical's name (30%|亚硝酸钠10～20ml, 4%|氯化铵或…, 10%|氢氟酸; up to 7
        # characters before its end: 15%|邻苯二甲酸丁二酯): no 的 nor 在 (总是(98%)|发生在同一核苷酸), no patients in
        # it, and a dose, a list word or the clause's end after it (not 20%病人低钾血症)
        self.chemical = re.compile(
            f"[ \\t]*(?:(?!{alternation(res.patient_words)}|的|在)[\\u4e00-\\u9fff]){{1,7}}?(?:{alternation(res.chemical_end)})"
            f"(?=[ \\t]*(?:[0-9(、,;。]|或|和|及|与|溶液|水溶液|\\Z))" if res.chemical_end else "(?!)"
        )
        # the end of a whole after 占 that is an amount or a structure: 占|总热量|的30%, 占|白细胞总数|的0～6%
        self.amount_whole = re.compile(f"(?:{alternation(res.amount_whole)})\\Z")
        # the patient and case nouns (not 者): right after a percentage, a name ending in 液 holds none (的 may open it,
        # 20%的复方液; no verb, patients or number between; not 液体, 恶液质); one closes the whole after 占 of a share
        # a finding opening its clause is linked to (睾丸肿痛最具特征性,约占男性|患者|的20%～40%)
        patients = alternation((*res.patient_nouns, *res.case_nouns))
        self.solution = re.compile(f"[ \\t]*(?![为是有见可呈伴约占])(?:(?!{patients})[\\u4e00-\\u9fff]){{1,6}}?液(?![体质])")
        self.opening_finding_shares = tuple(
            (rule, re.compile(pattern.replace("{patients}", patients).replace("{kinds}", alternation_in_order(res.share_class_noun))))
            for rule, pattern in _OPENING_FINDING_SHARES)
        # a group right before a share: no group when a condition is in it (若有此突变则其本人及子女) or an anaphor, a
        # quantifier or a bare 的 opens it (少数患者, 有些病人); an anaphor or a part alone before its noun (这些病人)
        self.group_not = re.compile(f"{alternation(res.group_condition)}|^(?:{alternation(res.group_not_opening)})")
        self.group_part = re.compile(f"(?:{alternation(res.group_part)})的?")
        # words opening a finding's clause, left out of a subject_text that runs from the clause's start (一般|复数菌败血症)
        self.opening_adverbs = re.compile(f"(?:{alternation(res.opening_adverb)})*[ \\t]*")
        # right after a frequency word and its parenthesis, a verb of having that leads on to the finding (重者多数(92.2%)
        # 出现昏迷, 腹部多数(28%)有局限性轻压痛; not 多数(80%～90%)患者…, 多见(80%)的病变为…)
        self.having_after = re.compile(
            f"[ \\t]*(?:{alternation(res.having_after_adverb)})?(?:{alternation(res.having_after)})")
        # a treatment and its outcome after a drug in its clause: …皮质激素|治疗可能缓解 (``outcomes.tsv``)
        self.treated_with_outcome = re.compile(f"[^,;:。]*?治疗[^,;:。]*?(?:{alternation(res.outcome_words)})")
        # a conclusion word or 在 opening a group before a measure's finding, no part of it (``group_conclusion``: 故|本病
        # 患者消化性溃疡发生率, 在|系统型患者循环免疫复合物测定阳性率); a group in 者 that names none of its own
        # (``zhe_not_a_group``: 前者, 后者, the items named before)
        self.group_conclusion = re.compile(f"[ \\t]*(?:{alternation(res.group_conclusion)})?[ \\t]*在?[ \\t]*")
        self.zhe_not_a_group = frozenset(res.zhe_not_a_group)
        # 占, a whole and its 的 right before a number, or a whole with no 的 (``_WholeBefore``)
        self.whole_before = _WholeBefore(res)
        # in a clause going on with a group: who reported, closing it, no part of it (``going_on_report``: 国内报道);
        # a word opening it that names another part than the group before (``going_on_other_part``: 其中, 前者)
        self.going_on_report = re.compile(f"(?:{alternation(res.going_on_report)})$")
        self.going_on_other_part = _compile(res.going_on_other_part)
        # who reported a group (a ``report_lead`` word: 据观察|有家族史者), or a conjunction, opening it (而|免疫缺损患者,
        # 其|子女): no part of the group; of an arm so, or 在 or 有 (而|对照组仅20%, 有|一组为38%): no part of the arm
        reported = f"[^,;:。]{{0,6}}?(?:{alternation_in_order(res.report_lead)})了?"
        self.report_lead = re.compile(f"[ \\t]*(?:{reported}(?:指出|表明)?)?(?:其中|而|则|其|但|且)?(?:如|目前)?[ \\t]*")
        self.arm_lead = re.compile(f"[ \\t]*(?:{reported})?(?:其中|而|则|但|且)?(?:在|有|另有)?[ \\t]*")
        # words showing that what opens a clause going on is no group of people: a hedge opening it (``no_group_opening``:
        # 有时|可高达, 平均, 个别|高达, 当|病情进展时可达) or a report in it (``no_group_word``: 国外报道), a conjunction alone, a time
        self.no_group = re.compile(
            f"^(?:{alternation_in_order(res.no_group_opening)})|{alternation_in_order(res.no_group_word)}|^[也亦则而]$|时$"
        )
        # who reported a group in 中, written before it, no part of it: before a count (``reported_count``: 报道322名…
        # 患者中, 收治的170例…), after who reports (``reporter``, ``reporter_verb``: Catz报告…病人中, Gad(1989)报告的…,
        # 有作者报道24例患者中), 有人认为…, or a finding not before 的 (``reported_finding``: 据调查…, 近年来发现…;
        # not 观察组患者中, 新发现的患者中: code review)
        self.reported_by = re.compile(
            f"^(?:.*?(?:{alternation_in_order(res.reported_count)})了?的?(?=[0-9一二三四五六七八九十百两])"
            f"|.*?(?:[A-Za-z)]|{alternation_in_order(res.reporter)})(?:就|曾)?(?:{alternation_in_order(res.reporter_verb)})了?的?"
            "|(?:有人|有学者)?认为"
            f"|(?:据|并|近年来)?[^,;。]{{0,6}}?(?:{alternation_in_order(res.reported_finding)})(?!的))"
        )
        # who reported a measured group or a group in 者 (``report_before_group``: 周东丰等报道|双相情感障碍DST阳性率,
        # Miller等报道|…者42%): no part of it
        # a study's finding told before the group (``study_source``, ``study_showed``: 旧金山市的一项研究表明|咳嗽≥2周的
        # 153例成人中有12%…): no part of it
        self.study_showed = re.compile(f"\\A.*?(?:{alternation_in_order(res.study_source)})(?:{alternation_in_order(res.study_showed)})")
        # the words saying a finding is seen at a site or by an examination (``seen_there``: 肺部|可见, 眼底检查|可见):
        # the clause's first such word counts
        self.seen_there = re.compile(alternation_in_order(res.seen_there))
        self.report_before_group = re.compile(
            f"[ \\t]*(?:[^,;:。]{{0,12}}?(?:{alternation_in_order(res.report_before_group)})了?(?:指出|表明)?)?[ \\t]*"
        )
        # no arm of a study before its number: a case series, all or each arm, the others, a digit or 组 alone
        # (``not_an_arm_opening``: 一组, 本组, 全组, 各组, 其他组为…)
        self.no_arm = re.compile(f"^(?:[1-9]|{alternation(res.not_an_arm_opening)})|^组$")
        # rule subtype: the words of a type before its share (心上型|最多见，约占|55%; 缺血型|(占|25%), after it (60%|属|Ⅰ期病变)
        self.not_a_subtype = tuple(res.not_a_subtype)  # 此型, 血型: names no type
        common = f"(?:{alternation(res.subtype_common)})"
        whole = f"(?:(?:{alternation(res.whole_link)})*占[^,;:。()]{{0,16}}?[的之]{self.link_gap.pattern})?"
        self.subtype_gap = re.compile(
            f"(?<=[型期])[ \t]*(?:\\([^()]{{0,30}}\\))?[ \t]*(?:{common}[ \t]*,|{common})?[ \t]*\\(?{self.link_gap.pattern}{whole}\\Z"
        )
        self.subtype_lead = re.compile(
            f"[ \t]*(?:(?:{alternation(res.heading_anaphor)})[ \t]*{common}?[ \t]*,?)?{self.link_gap.pattern}{whole}"
        )
        self.subtype_after_share = re.compile(
            f"[ \t]*\\)?[ \t]*的?(?:{alternation(res.patient_words)})?[^,;:。()\\n]{{0,6}}?(?:{alternation(res.subtype_copula)})"
            f"[ \t]*(?P<type>[^,;:。()\\n]{{1,{_LONGEST_TYPE}}}?[型期])[ \t]*(?:{alternation(res.subtype_after)})?"
            f"(?=[ \t]*(?:[,;:。!?\\n)、]|\\Z))"
        )
        # what makes the words between a type and a number a share of it: 占, how common, a copula or a bracket
        self.whole_patients = frozenset(("", *res.patient_nouns, *res.case_nouns))  # 脑性瘫痪|患儿: closing a whole
        self.subtype_share = re.compile(f"占|{common}|\\(|(?:{alternation(res.subtype_copula)})")
        self.subtype_copulas = frozenset(res.subtype_copula)
        self.subtype_divided = re.compile(f"(?:{alternation(res.subtype_divided)})[^,;:。\\n]{{0,12}}?型")
        # words opening a group in 中 that join or time it, no part of who is in it (``among_opening_lead``: 目前|全世界
        # 4000万盲人, 而|普通人群)
        self.among_opening_lead = re.compile(f"^(?:{alternation_in_order(res.among_opening_lead)})+")
        # after 占, before the whole a share is of when no 的 follows it (``whole_opening``: 占|全部|乳头溢液80%以上)
        self.whole_opening = re.compile(f"[ \\t]*(?:{alternation_in_order(res.whole_opening)})?[ \\t]*")
        # between a disease and its complication (``complicated_by``: 川崎病|并发|心肌梗死, HBV感染|伴有|肾小球肾炎), and
        # before the finding of a heading: it comes with the disease ((2)合并青光眼:, 3.伴发癫痫:)
        complicated_by = alternation_in_order(res.complicated_by)
        self.complicated_by = re.compile(f"(?:{complicated_by})[ \\t]*\\Z")
        self.heading_opening = re.compile(f"(?:{complicated_by})?")
        # what may close the last item of a list in one clause (头晕等, 斑块等表现, 寒战等全身症状: ``list_closing_noun``;
        # symptoms review of medical_6, 2026-12-04; the sentence's full stop)
        self.list_close = re.compile(
            f"[ \\t]*(?:等(?:[\\u4e00-\\u9fff]{{0,5}}?(?:{alternation_in_order(res.list_closing_noun)}))?)?[ \\t]*[。.!?]?[ \\t]*"
        )
        # between a heading's colon and its number: how common it is, or what kind of finding it is
        # (``heading_class_noun``), a rate word, a link word (咯血:发生率约15%～30%; 多毛:较常见,发生率可达69%; 腹水:较少见,
        # 发生率约10%; 疼痛:是最常见的症状,约占70%; 潮热出汗:是更年期最典型的症状,发生率为70%～80%; 心律失常:见于75%～95%;
        # 耳聋:占66%)
        heading_kinds = alternation_in_order(res.heading_class_noun)
        self.heading_lead = re.compile(
            f"(?:(?:是|为)?(?:较|最|很|更|不|相对)*为?(?:常见|多见|少见|罕见)(?:的(?:{heading_kinds}))?[,，]"
            f"|(?:是|为)[^,，;；:：。]{{0,14}}?的?(?:{heading_kinds})(?:之一)?[,，])?"
            "(?:发生率|出现率|发病率|阳性率|检出率)?[ \\t]*(?:约|为|可|达|高|在|见于|占)*[ \\t]*"
        )
        # rule 9b: before a share in its heading item's sentence, only a hedge going on from a report (``item_hedge``:
        # 其皮炎发生率不一,有的高达29.3%) besides who reported it, 其, 本病 or an anaphor, a measure and link words
        self.item_hedge = re.compile(f"(?:{alternation_in_order(res.item_hedge)})?")
        # after the finding closing a clause, before the comma: how common it is (``how_common_adverb``, ``how_common``:
        # 头痛最多, 肾栓塞 最常见, 最为常见, 肺部放线菌病不多见), it is the main one (``how_common_main``: 以大肠埃希菌为主), or
        # nothing; the main one also up to the next clause (以革兰阴性杆菌为主,)
        main = alternation_in_order(res.how_common_main)
        self.how_common_after = re.compile(
            f"[ \\t]*(?:(?:{alternation_in_order(res.how_common_adverb)})*为?(?:{alternation_in_order(res.how_common)})|{main})?[ \\t]*"
        )
        self.mainly = re.compile(f"[ \\t]*(?:{main})[ \\t]*[,;][ \\t]*")
        # a type or kind named in the sentence: the share is of it (Ⅰ型骨折…,占28.8%; ``type_word``: 此类肌瘤最多见,占…)
        self.a_type = re.compile(f"[ⅠⅡⅢⅣⅤⅥⅦ0-9一二三四五六七]型|{alternation_in_order(res.type_word)}")
        # a clause saying what kind of finding its opening finding is (``defining_noun``: 咯血|是本病最常见的症状, 腰痛|为主要
        # 体征之一): the share in the clause after it is that finding's
        self.defines_a_finding = re.compile(
            f"[ \\t]*(?:常|多|亦|也|则|即)?(?:是|为|乃|系)[^,，;；:：。]{{0,16}}?(?<!无)(?:{alternation_in_order(res.defining_noun)})"
            "(?:之一)?[ \\t]*"
        )
        # after the kind a superlative frequency word ranks, 是 or 为 (``ranked_kind_noun``: 最常见的出血|症状|为鼻出血)
        self.is_one_of = re.compile(f"[ \\t]*(?:{alternation_in_order(res.ranked_kind_noun)})?[ \\t]*(?:是|为)")
        # a time or a condition, no group of people (``time_ending``: 第一次世界大战初期, 术后, 抗生素应用之前, 儿童期)
        self.a_time = re.compile(f"(?:{alternation_in_order(res.time_ending)})$")


#: Compiled once per loaded resources (they are cached per folder), not once per text; the
#: resources are kept with their cues so that their id is never reused.
_COMPILED: dict[int, tuple[QuantityResources, _Cues]] = {}


def _cues_of(res: QuantityResources) -> _Cues:
    compiled = _COMPILED.get(id(res))
    if compiled is None:
        compiled = _COMPILED[id(res)] = (res, _Cues(res))
    return compiled[1]


def _compile(words: Iterable[str]) -> re.Pattern[str]:
    """``alternation(words)`` compiled: the words, longest first; none: a pattern that never matches."""
    return re.compile(alternation(words))


def _hyphenated(words: Iterable[str]) -> re.Pattern[str]:
    """Like ``_compile``, but a word may be written with a hyphen between its characters, as a line
    broken in the source left it (自备75%酒-精棉球: 酒精)."""
    words = sorted(set(words), key=len, reverse=True)
    return re.compile("|".join("-?".join(map(re.escape, w)) for w in words) or r"(?!)")


def _clauses(norm: str, start: int, end: int) -> Iterator[Span]:
    """The clauses of a sentence, in order; a comma inside parentheses does not end one:
    头痛(20例,35%). Lazily, so that a caller stops after the last one it needs."""
    left = start
    while True:
        right = _CLAUSE.match(norm, left, end).end()
        if left < right:
            yield left, right
        if right == end:
            return
        left = right + 1  # past the , ; or :


#: A clause that goes on with a list of numbers: 分别为10%,|24%和5%.
_NUMBER_ITEM = re.compile(rf"[ \t]*(?:以及|[和及与或])?[ \t]*{SCANNED_NUMBER}[ \t]*(?:%|[~-][ \t]*[0-9])")  # not 1979年…


#: A clause holding a number alone (after link words): 达80%, 约为1%～3%左右 (not 60%有腹水: a statement of its own).
_A_NUMBER_ALONE = re.compile(
    rf"[ \t]*{SCANNED_NUMBER}[ \t]*%?(?:[ \t]*(?:[~～-]|至|到)[ \t]*{SCANNED_NUMBER}[ \t]*%?)?[ \t]*(?:左右|以上|以下|之间|上下|不等)?[ \t]*[。！？!?]?"
)
#: Between a measure closing its clause and the word judging it, a few words with no number, bracket or clause mark
#: (发病率|明显|增加, 发生率|也较松果体区者|高, 出现率|各家报道|不一): frequencies review of medical_5 (2026-12-06), class 5.
_JUDGED_GAP_LENGTH = 10
_JUDGED_CHARACTER = r"[^,;:。!?！？()\[\]0-9]"
#: How much further back a measure judged in the clause before may be: the gap, its judgement and a report.
_JUDGED_REACH = _JUDGED_GAP_LENGTH + 24


def _number_lists_joined(norm: str, clauses: Iterable[Span], cues: _Cues) -> list[Span]:
    """The clauses, with the list around 分别 in one: the clauses after its own that go on with
    its numbers (妊娠期糖尿病、巨大胎儿以及肩难产的发病率分别为10%,24%和5%), and the bare list
    items before it (腹胀,腹痛,腹块,消瘦的发生率分别是79%,29%,33%,27.3%: four findings, four
    numbers); and a clause closing with a measure judged (``judged`` cues) with the number opening
    the next (甲胎蛋白的阳性率很高,达80%)."""
    clauses = list(clauses)
    # 分别 and the judged words (很高) are words: found in no clause when not in all of them together (most sentences)
    respectively = bool(clauses) and cues.respectively.search(norm, clauses[0][0], clauses[-1][1]) is not None
    judged = bool(clauses) and cues.judged.search(norm, clauses[0][0], clauses[-1][1]) is not None
    joined: list[Span] = []
    for start, end in clauses:
        if respectively and joined and _NUMBER_ITEM.match(norm, start) and cues.respectively.search(norm, *joined[-1]):
            joined[-1] = (joined[-1][0], end)
            continue
        if (judged and joined and norm[start - 1] == ","
                and norm[joined[-1][0] : joined[-1][1]].rstrip(" \t").endswith(cues.judged_words)  # 很高,: else no match below
                and (judged_measure := cues.judged_measure.search(norm, *joined[-1])) is not None
                and _a_number_reported_alone(norm, start, end, cues, share=not judged_measure.group("gap"))):
            # 甲胎蛋白的阳性率很高,|达80%; 哮喘病的患病率明显增加,|为6.8%～17%; 病死率较高,|有人报告为29%～52%: one statement
            joined[-1] = (joined[-1][0], end)
            continue
        if respectively and cues.respectively.search(norm, start, end):
            while joined and _LIST_ITEM.fullmatch(norm, *joined[-1]):
                start = joined.pop()[0]
        joined.append((start, end))
    return joined


def _a_number_reported_alone(norm: str, start: int, end: int, cues: _Cues, *, share: bool) -> bool:
    """Whether the clause ``start:end`` is a number alone, after link words and a report of it (达80%, 有人报告为
    29%～52%, 文献报道可达81.8%, 0.3%～10%不等); a share opening with 占 only when ``share`` (比例较高,|约占30%), not
    after words between the measure and its judgement (发病率最高,|占66.9%: of the cases, not the rate's value)."""
    at = cues.link_gap.match(norm, cues.judged_report.match(norm, cues.link_gap.match(norm, start).end()).end()).end()
    return (share or "占" not in norm[start:at]) and _A_NUMBER_ALONE.fullmatch(norm, at, end) is not None


def _word_lists_joined(
    norm: str, clauses: list[Span], quantities: Sequence[Quantity], quantity_starts: Sequence[int],
    entities: Sequence[Entity], entity_starts: Sequence[int], cues: _Cues,
) -> list[Span]:
    """The clauses, with a clause whose only quantities are frequency words and that ends with a
    mention joined to the clauses after it that are bare items of its list: the word is every
    item's (部分患者可有低热，盗汗，乏力，厌食和消瘦; 常见有丘疹，结节，斑块等). Symptoms review of
    medical_7, 2026-12-04: the word reached the first item only."""
    joined: list[Span] = []
    for start, end in clauses:
        if joined:
            last_start, last_end = joined[-1]
            words = quantities[bisect_left(quantity_starts, last_start) : bisect_left(quantity_starts, last_end)]
            if words and all(q.kind == "frequency_word" for q in words) \
                    and _bare_items(norm, start, end, entities, entity_starts, cues) \
                    and not _negated_outside_mentions(norm, last_start, last_end, entities, entity_starts) \
                    and _ends_with_a_mention(norm, last_start, last_end, entities, entity_starts):
                joined[-1] = (last_start, end)
                continue
        joined.append((start, end))
    return joined


#: In a clause of a frequency word, a negation: the items after it are no longer its list (少数病例无水肿及腹水，
#: 重度贫血，苍白: the anaemia is every case's).
_NOT = re.compile("[无不未没]")
#: Between the items of a list in one clause (厌食和消瘦; what may close its last: ``_Cues.list_close``).
_ITEM_JOINER = re.compile(r"[ \t]*(?:以及|[、和及与或/])?[ \t]*")


def _negated_outside_mentions(norm: str, start: int, end: int, entities: Sequence[Entity], entity_starts: Sequence[int]) -> bool:
    """Whether a negation (``_NOT``) stands in clause ``start:end`` outside its mentions (not the 不 of
    不适, the 无 of 无力: code review)."""
    spans = [(e.start, e.end) for e in entities[bisect_left(entity_starts, max(0, start - 40)) : bisect_left(entity_starts, end)]]
    return any(
        not any(s <= m.start() < t for s, t in spans) for m in _NOT.finditer(norm, start, end)
    )


def _bare_items(norm: str, start: int, end: int, entities: Sequence[Entity], entity_starts: Sequence[int],
                cues: _Cues) -> bool:
    """Whether clause ``start:end`` is only mentions joined by list words, maybe closed by 等 (``cues.list_close``)."""
    pos, found = _BLANKS.match(norm, start, end).end(), False
    while pos < end:
        at = entities[bisect_left(entity_starts, pos) : bisect_right(entity_starts, pos)]
        longest = max((e.end for e in at if e.end <= end), default=None)
        if longest is None:
            return found and cues.list_close.fullmatch(norm, pos, end) is not None
        found, pos = True, _ITEM_JOINER.match(norm, longest, end).end()
    return found


def _ends_with_a_mention(norm: str, start: int, end: int, entities: Sequence[Entity], entity_starts: Sequence[int]) -> bool:
    """Whether clause ``start:end`` ends with a mention (blanks after it), not with 等 or another word."""
    last = end
    while last > start and norm[last - 1] in " \t":
        last -= 1
    return any(e.end == last for e in entities[bisect_left(entity_starts, max(start, last - 40)) : bisect_left(entity_starts, last)])


#: A clause that is only a listed name: a few letters, no number, no punctuation (腹胀, 腹痛).
_LIST_ITEM = re.compile(r"[ \t]*[\u4e00-\u9fffA-Za-z\-]{1,10}[ \t]*")


def _overlaps(q: Quantity, e: Entity) -> bool:
    return q.start < e.end and e.start < q.end


#: A list marker: ⑵, (2), 1., 1、, ①.
_MARKER = r"(?:[(（]?[0-9一二三四五六七八九十]{1,2}[)）.、．]|[①-⑳])"
_LIST_MARKER = re.compile(rf"[ \t]*{_MARKER}?[ \t]*")
#: A numbered heading item: a list marker, then at most 20 characters with no sentence in it (3.骨盆直肠间隙脓肿,
#: (2)脑叶出血, 1.无症状型(即隐性感染), ②精神神经系统症状). The one pattern of such a heading: rule 9c reads it opening
#: a line before a colon or a blank (``_ITEM_HEADING_LINE``), the process stage as a whole list item before a text
#: (``after_heading_item``; code review 2026-12-05). Full-width marks too: the process stage reads raw text.
NUMBERED_HEADING = re.compile(rf"[ \t]*{_MARKER}[ \t]*[^,;:。!?，；：！？]{{1,20}}?")
#: Rule 11: a heading of a section on causes with the share of cases the cause accounts for in
#: brackets before its colon or as the whole sentence (外伤(35%)：, 肝外胆管梗阻(30%)：, 环境因素(35%),
#: 1、情绪异常引起月经失调(40%)); not a type (Ⅰ型三尖瓣闭锁(69%)：).
_CAUSE_SHARE = re.compile(rf"{_LIST_MARKER.pattern}(?![^(]*[型类])"
                          r"[^\s,;:。!?()0-9]{1,20}[ \t]*(?P<share>\([ \t]*[0-9]+(?:\.[0-9]+)?[ \t]*%[ \t]*\))[ \t]*(?::|[。\n]|$)")
_CAUSE = "cause"
#: Rule 9b's rule: a heading item names the subject of a share further in its sentence.
_HEADING_ITEM = "heading_item"


_SUBTYPE = "subtype"
#: The rules of a share with no subject that rule subtype reads further: not cause, where, record (they say what
#: the share is of), nor a measure's (发病率, 病死率 of a type: a measure, no share of the cases).
_SUBTYPE_RULES = frozenset({"", "paren", "rate", "forward", "backward", "respectively", _HEADING_ITEM})
#: A numeral naming a type or stage (Ⅱ型, Ⅳa期, I型, 3期, B型), stages joined by + (C+D期).
_TYPE_NUMERAL = r"(?:(?:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+|[IVX]+|[0-9]{1,2})[a-dA-D]?|[A-Da-d]|[一二三四五六])(?:\+(?:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+|[A-Da-d]))*"
#: A Latin name opening a type (CMTⅠA型, Dukes'A期, Ebstein畸形型).
_TYPE_LATIN = r"[A-Za-z][A-Za-z'’\-]{0,7}"
#: A type or a stage ending where the search ends: a numeral and 型 or 期, or up to 7 Chinese characters and 型 after a
#: word no type holds (以局限型, 分缺血型: not 以, 分; 弥漫性大细胞型, 回结型), either after a Latin name or not.
_TYPE_WORD = re.compile(
    rf"(?<![A-Za-z0-9'’\-])(?:{_TYPE_LATIN})?(?:{_TYPE_NUMERAL})[型期]\Z"
    r"|(?:(?<=[以的为是和及与或而但则属呈其各分型、])|(?<=[型其]中)|(?<![\u4e00-\u9fffA-Za-z0-9'’\-]))(?!(?<=[型其])中)"
    rf"(?:{_TYPE_LATIN})?[^\x00-\x7f①-⑳⑴-⒛ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ以的为是和及与或而但则属呈其各分型、,;:。()\s]{{1,7}}型\Z"
)
_LONGEST_TYPE = 16
#: A numeral alone listed before a type or stage (A和B期, Ⅰ、Ⅱ型): one of the types.
_BARE_TYPE_NUMERAL = re.compile(rf"(?<![A-Za-z0-9'’\-])(?:{_TYPE_LATIN})?(?:{_TYPE_NUMERAL})\Z")
#: Between two types of a list (混合型和脊髓型约占80%): the share is of them all, written so.
_TYPE_LIST = "、和及与"
#: A heading that is a type or stage before its colon or comma (its bracket between), opening its line or after a
#: list marker (①回结型：, Ⅱ型：又称全身型, ②普通段型，最多见，): the shares of its text are that type's.
_TYPE_HEADING = re.compile(rf"(?:^[ \t]*(?:{_MARKER}|[⑴-⒛])?|{_MARKER}|[⑴-⒛])[ \t]*(?P<type>[^,;:。!?()\n]{{1,{_LONGEST_TYPE}}}?[型期])[ \t]*(?:\([^()\n]*\))?[ \t]*[:,]", re.M)
#: A numbered heading item that is a type ((一)神经根型, 2.顿挫型): the type.
_TYPE_HEADING_ITEM = re.compile(rf"[ \t]*(?:{_MARKER}|[⑴-⒛])[ \t]*(?P<type>[^,;:。!?()\n]{{1,{_LONGEST_TYPE}}}?[型期])[ \t]*")
#: How far after a share a type or stage it counts may end (75%病例诊断时属Ⅰ期).
_TYPE_AFTER_REACH = 32
#: How far before a type a verb dividing a disease into types is looked for (…分为4型：①回结型：…；②…).
_DIVIDED_REACH = 300


def _a_type(norm: str, start: int, end: int, cues: _Cues) -> str | None:
    """The type or stage written from ``start`` to ``end`` (Ⅱ型, 回结型, Ⅰ期), or None: another word (此型, 血型:
    ``not_a_subtype``)."""
    word = _TYPE_WORD.search(norm, max(start, end - _LONGEST_TYPE), end)
    if word is None or word.start() != start or word.group().endswith(cues.not_a_subtype):
        return None
    return word.group()


def _a_type_before(norm: str, end: int, start: int, cues: _Cues) -> tuple[str, int] | None:
    """The type or stage ending at ``end`` (the word starting no earlier than ``start``), with where it starts; the
    types listed before it too (混合型和脊髓型)."""
    word = _TYPE_WORD.search(norm, max(start, end - _LONGEST_TYPE), end)
    if word is None or word.group().endswith(cues.not_a_subtype):
        return None
    at = word.start()
    while at - 1 > start and norm[at - 1] in _TYPE_LIST and (
            (listed := _TYPE_WORD.search(norm, max(start, at - 1 - _LONGEST_TYPE), at - 1)) is not None
            and not listed.group().endswith(cues.not_a_subtype)
            or (listed := _BARE_TYPE_NUMERAL.search(norm, max(start, at - 1 - _LONGEST_TYPE), at - 1)) is not None):
        at = listed.start()
    return norm[at:end], at


def _of_a_subtype(norm: str, s: FrequencyStatement, entities: Sequence[Entity], entity_starts: list[int],
                  cues: _Cues) -> FrequencyStatement:
    """Rule ``subtype``: a share no rule found a subject nor a measure for that counts the cases of one type or stage
    of a disease, named in the heading its text is under (①回结型：占85%; Ⅱ型：又称全身型，…，约占10%; Ⅲ型：…此型最多见，
    占85%), before it in its clause or the clause before (心上型占55%; 以局限型较为多见，约占90%; 缺血型(占25%)) or
    after it (诊断时60%属Ⅰ期; 4例(50%)为弥漫性大细胞型). The disease is the one the whole after 占 names (浅表蔓延型约占
    皮肤黑色素瘤的70%), else the first of the sentence of a verb dividing it into types shortly before (常见原发性肠套叠…
    分为4型), else the record's. Types are seldom mentions, hence no subject: the rows
    write the disease (frequencies review s18, class 1: about 2,200 of 6,312 rows with no subject were such shares)."""
    q = s.quantity
    if s.subject is not None or s.measure or s.rule not in _SUBTYPE_RULES or q.kind == "frequency_word":
        return s
    line_start = norm.rfind("\n", 0, q.start) + 1
    after = q.end + _TYPE_AFTER_REACH
    if norm.find("型", line_start, after) < 0 and norm.find("期", line_start, after) < 0:
        return s  # no type nor stage in its line up to shortly after it (most shares)
    closes = _closes_its_clause(norm, q.end, _clause_end_or_list_item(norm, q.end))
    # a share in brackets right after its type is closed by them (可分为成熟型(99%)与不成熟型(1%))
    found = _type_before_share(norm, q, cues) if closes or norm[q.end - 1] == ")" else None
    if found is None:
        found = _type_heading(norm, q, line_start, cues) if closes else _type_after_share(norm, q, cues)
    if found is None:
        return s
    subtype, at = found
    of = _whole_disease(norm, q, entities, entity_starts, cues) or _divided_disease(
        norm, at + len(subtype), entities, entity_starts, cues)
    return replace(s, rule=_SUBTYPE, subtype=subtype, subtype_of=of)


def _whole_disease(norm: str, q: Quantity, entities: Sequence[Entity], entity_starts: list[int], cues: _Cues) -> str:
    """The disease the whole after 占 names, of which a type's share is: opening it (after 全部, 所有) and closing it or
    before a patient or case noun (浅表蔓延型约占皮肤黑色素瘤的70%; 占脑性瘫痪患儿的50%～70%; not 感染 of 全部感染者, nor 骨折
    of 单纯性齿突骨折), or empty."""
    whole = cues.whole_before.search(norm, _clause_start(norm, q.start), q.start)
    if whole is None:
        return ""
    start, end = cues.whole_opening.match(norm, *whole.span("whole")).end(), whole.end("whole")
    return next((e.canonical for e in entities[bisect_left(entity_starts, start) : bisect_left(entity_starts, end)]
                 if e.start == start and e.label == "disease" and not e.nested and e.end <= end
                 and norm[e.end : end] in cues.whole_patients), "")


def _of_a_heading_type(norm: str, s: FrequencyStatement, heading: str, entities: Sequence[Entity],
                       entity_starts: list[int], cues: _Cues) -> FrequencyStatement:
    """Rule ``subtype`` in the first sentence of a text going on from a numbered heading item naming a type (2.顿挫型 /
    约占全部感染者的4%～8%; 4.瘫痪型 / 本型只占全部感染者的1%～2%): a share with no subject there whose clause holds only
    link words (占 among them), a heading anaphor or a whole in 占…的 before the number is that type's; a share of a whole too (rule
    record: the record's disease is the whole, not what the share counts)."""
    q = s.quantity
    if s.subject is not None or s.measure or s.subtype or s.rule not in _SUBTYPE_RULES and s.rule != _RECORD \
            or q.kind == "frequency_word" or norm.find("\n", 0, q.start) >= 0 or norm.find("。", 0, q.start) >= 0:
        return s  # its first sentence only (not …。在报道的沙门菌性食物中毒中，鼠伤寒沙门菌占首位，为30%左右)
    subtype = _a_type(heading, 0, len(heading), cues)
    if subtype is None or not _closes_its_clause(norm, q.end, _clause_end_or_list_item(norm, q.end)):
        return s
    start = _clause_start(norm, q.start)
    if cues.subtype_lead.fullmatch(norm, start, q.start) is None or norm.find("占", start, q.end) < 0:
        return s  # a share, 占 in its clause (not 鼠伤寒沙门菌占首位，为30%左右)
    of = _whole_disease(norm, q, entities, entity_starts, cues)
    return replace(s, rule=_SUBTYPE, subtype=subtype, subtype_of=of)


def _type_before_share(norm: str, q: Quantity, cues: _Cues) -> tuple[str, int] | None:
    """A type closing the text before the share, with only its bracket, how common it is and a comma, link words or a
    whole in 占…的 between, 占, how common, a copula or a bracket among them (心上型占55%, 以局限型较为多见，约占90%,
    缺血型(占25%), 以混合型为主，占60%, 钟摆型为30.3%)."""
    start = _clause_start(norm, q.start)
    if start > 0 and norm[start - 1] == ",":
        start = _clause_start(norm, start - 1)
    gap = cues.subtype_gap.search(norm, start, q.start)
    # nor a number after link words alone: of a measure listed by type (生存率分别为Ⅰ期88.2%，Ⅱ期60.0%) or of a finding
    # going on (小柳型50%患者有脑膜刺激症状;原田型可高达90%)
    if gap is None or (share := cues.subtype_share.search(norm, gap.start(), q.end)) is None:
        return None
    if share.group() in cues.subtype_copulas and cues.any_measure.search(norm, _sentence_start(norm, q.start), gap.start()):
        return None  # a measure going on by stage (头晕发生率为86%，T2和T3期为65%～66%), no share of cases
    return _a_type_before(norm, gap.start(), start, cues)


def _type_heading(norm: str, q: Quantity, line_start: int, cues: _Cues) -> tuple[str, int] | None:
    """The type heading the share's line or list item (the last before it), when the share's clause (or the one
    before with a heading anaphor and how common it is) holds only link words or a whole in 占…的 before the number
    (①回结型：占85%; Ⅱ型：…，约占10%; Ⅲ型：…。此型最多见，占85%～90%)."""
    heading = None
    for heading in _TYPE_HEADING.finditer(norm, line_start, q.start):
        pass
    if heading is None:
        return None
    subtype = _a_type(norm, heading.start("type"), heading.end("type"), cues)
    if subtype is None:
        return None
    start = max(_clause_start(norm, q.start), heading.end())
    if cues.subtype_lead.fullmatch(norm, start, q.start) is None and not (
            start > heading.end() and norm[start - 1] == ","
            and cues.subtype_lead.fullmatch(norm, max(_clause_start(norm, start - 1), heading.end()), q.start) is not None):
        return None
    return subtype, heading.start("type")


def _type_after_share(norm: str, q: Quantity, cues: _Cues) -> tuple[str, int] | None:
    """A type or stage a copula after the share leads to, closing its clause (诊断时60%属Ⅰ期病变, 75%病例诊断时属Ⅰ期,
    4例(50%)为弥漫性大细胞型)."""
    after = cues.subtype_after_share.match(norm, q.end)
    if after is None:
        return None
    subtype = _a_type(norm, after.start("type"), after.end("type"), cues)
    return None if subtype is None else (subtype, after.start("type"))


def _divided_disease(norm: str, end: int, entities: Sequence[Entity], entity_starts: list[int], cues: _Cues) -> str:
    """The first disease of the sentence of a verb dividing it into types shortly before ``end``, the end of the type
    (常见原发性肠套叠按其发生部位分为4型：①回结型; (4)畸胎瘤：是生殖细胞瘤中最常见的，可分为成熟型…: 畸胎瘤), or empty:
    the record's."""
    divided = None
    for divided in cues.subtype_divided.finditer(norm, max(0, end - _DIVIDED_REACH), end):
        pass
    if divided is None:
        return ""
    before = entities[bisect_left(entity_starts, _sentence_start(norm, divided.start())) : bisect_left(entity_starts, divided.start())]
    return next((e.canonical for e in before if e.label == "disease" and not e.nested and e.end <= divided.start()), "")


def _topic(norm: str, sent_start: int, entities: Sequence[Entity], entity_starts: list[int]) -> Entity | None:
    """The disease a sentence opens with (after a list marker: 2.神经纤维肉瘤是…), if any."""
    opening = _LIST_MARKER.match(norm, sent_start).end()
    at = bisect_left(entity_starts, opening)
    if at < len(entities) and entities[at].start == opening and entities[at].label == "disease":
        return entities[at]
    return None


#: How far after its heading a number is about it when no other finding comes between (1.头晕:
#: 最为多发,发生率可达90%以上; (2)合并青光眼:常见于老年人,估计发病率占10%～15%): new-user and frequencies
#: reviews of 2026-12-04 (54 numbers without a subject after a heading in medical_5).
_HEADING_REACH = 40
#: Right before a number further on that is about the heading: a verb or mark saying how many
#: have it (发生率为6%, 见于10%的患者, 约占…的60%, 最常见(占70%)), not a noun the number is a part of
#: (正常人摄入的镁60%由粪便排泄, 大小约为1/4…乳头直径, 其中20%与碳酸氢根结合).
_HEADING_NUMBER_AFTER = re.compile(r"(?:占|为|达|于|在|有|是|率|的|[,:(])(?:约|有|达|为|可达|高达|仅|亦)*[ \t]*\Z")
#: Labels of a mention between a heading and a number that the number may be about instead.
_NOT_THE_HEADINGS = frozenset({"symptom", "disease", "test", "microbe", "procedure", "drug"})


def _heading_reach(heading: Entity, entities: Sequence[Entity], entity_starts: list[int], sent_end: int) -> int:
    """Up to where a number is about ``heading`` whatever words come between: the next finding
    (or test, drug …) of its sentence, at most ``_HEADING_REACH`` characters after it."""
    reach = min(sent_end, heading.end + _HEADING_REACH)
    for e in entities[bisect_left(entity_starts, heading.end) :]:
        if e.start >= reach:
            break
        if e.label in _NOT_THE_HEADINGS and not e.nested and e.start >= heading.end:
            return e.start
    return reach


#: Labels of a finding a sentence opens with as its heading (⑵咯血:, 1.不典型胸痛:).
_HEADING_LABELS = frozenset({"symptom", "disease"})


def _heading(norm: str, sent_start: int, entities: Sequence[Entity], entity_starts: list[int], cues: _Cues, *,
             spaced: bool = False) -> Entity | None:
    """The finding a sentence opens with as its heading, alone before a colon (after a list
    marker: ⑵咯血:, 1.不典型胸痛:, and a word for a complication: (2)合并青光眼:), if any. With ``spaced``,
    also one after a list marker and before a blank (4.斜头畸形 又称偏头畸形,…: a numbered heading item)."""
    marked = _LIST_MARKER.match(norm, sent_start)
    opening = cues.heading_opening.match(norm, marked.end()).end()
    at = bisect_left(entity_starts, opening)
    if at < len(entities) and entities[at].start == opening and entities[at].label in _HEADING_LABELS:
        if norm.startswith((":", "："), entities[at].end):
            return entities[at]
        if spaced and marked.group().strip() and norm.startswith((" ", "\t"), entities[at].end):
            return entities[at]
    return None


#: A numbered heading up to its colon (a list marker, at most 24 characters with no sentence in it): (3)双颞侧偏盲:
_NUMBERED_COLON_HEADING = re.compile(rf"[ \t]*{_MARKER}[ \t]*(?P<heading>[^,;:。!?\n]{{1,24}}?)[ \t]*:")
#: Between a heading's last finding and its colon: its short name in brackets (单纯运动性轻偏瘫(PMH):).
_ABBREVIATION_BEFORE_COLON = re.compile(r"[ \t]*(?:\([A-Za-z0-9 \-]{1,10}\))?[ \t]*\Z")


def _last_heading_finding(norm: str, sent_start: int, entities: Sequence[Entity], entity_starts: list[int]) -> Entity | None:
    """Rule 9b's heading item when no mention is the whole heading: the last finding of a numbered heading ending at its
    colon, words of site or kind before it and a bracketed short name after it ((1)早期或晚期发生眼球内陷:, (4)前臂尺侧
    及小指麻木感:, 单纯运动性轻偏瘫(PMH):; of a list, the last: (6)眩晕和晕厥:). Frequencies review of medical_7, SM 2a."""
    heading = _NUMBERED_COLON_HEADING.match(norm, sent_start)
    if heading is None or norm.startswith(load_quantity_resources().condition_heading, heading.start("heading")):
        return None  # ③是否合并肝硬化: a question, whose finding is the group (row check of the s11 merge, #5)
    start, colon = heading.span("heading")
    found = [e for e in entities[bisect_left(entity_starts, start) : bisect_left(entity_starts, colon)]
             if e.end <= colon and e.label in _HEADING_LABELS and not e.nested
             and _ABBREVIATION_BEFORE_COLON.match(norm, e.end, colon) is not None]
    return max(found, key=lambda e: (e.end, -e.start), default=None)


def _another_finding_between(norm: str, item: Entity, q: Quantity, entities: Sequence[Entity], entity_starts: list[int]) -> bool:
    """Whether a finding other than the heading's (not written in the heading) comes between a heading's colon and a
    share: with a finding only ending the heading, the share may be that one's (幼儿急疹(ES):HHV-7感染…可占幼儿急疹
    病因的10%, 咯血是本病的重要症状,发生率为50%～85%); one the heading's words name again, or a part of them (肺部感染:
    …感染), is the heading's."""
    colon = norm.find(":", item.end)
    heading_text = norm[norm.rfind("\n", 0, item.start) + 1 : colon]
    return any(e.label in _NOT_THE_HEADINGS and e.text not in heading_text
               for e in entities[bisect_left(entity_starts, colon) : bisect_left(entity_starts, q.start)] if e.end <= q.start)


#: The rules of a statement a heading item may give a subject: none found, a rate word's, or a share read forward
#: whose patients close its clause (见于33%非霍奇金淋巴瘤的儿童).
_ITEM_RULES = frozenset({"", "rate", "forward"})
#: A clause saying what class the heading item is (2.舟状头畸形 又称长头畸形,…,是颅缝早闭中最常见的头颅畸形,约占40%～70%):
#: the finding closing it, which rule 10 found, is the class, not the share's subject.
_CLASS_CLAUSE = re.compile(r"[ \t]*(?:是|系)")


#: A clause opening with a subgroup of a heading item's cases: 前者, 后者, a group in 者 or a type in 型
#: ((6)外伤性癫痫：…，前者在受伤后1个月内出现，占10%～15%; 晚发者多出现于受伤后2年内，占85%; ①原发性心肌病：…，
#: 扩张型心肌病的猝死发生率也高，约30%). Not 患者, 病者, 典型, a comparison (其发生率较前者为低) nor the heading's
#: cases counted (由异物引起者328例，占38.6%).
_SUBGROUP_OPENING = re.compile(
    r"[ \t]*(?:前者|后者|[^,;:。 \t较比]{1,8}?(?<![患病或再])者(?![0-9]+例)|[^,;:。 \t较比]{1,8}?(?<!典)型)")


def _of_the_heading_item(norm: str, s: FrequencyStatement, heading: Entity, cues: _Cues) -> bool:
    """Rule 9b: whether a share with no subject further in the sentence of a heading item (a finding before a
    colon or, numbered, a blank) is the heading's: the number (and its patients) closes its clause and only
    who reported it, 其, 本病 or an anaphor, a measure, 见于 and link words come before it, or a whole in 占…的
    (4.斜头畸形 又称偏头畸形,…,约占4%; 青光眼:…,但摘除的眼球组织学检查发现其发生率高达45%; 1.右上腹疼痛:…,此症状占84%).
    Not a share with a predicate after it (约10%为多发, 50%可改善: of the heading's cases), nor of a group in 者
    (XX者占50%左右), nor one in 其中, nor one right after a clause opening with a subgroup (前者在受伤后1个月内出现，占10%～15%:
    the early cases'; code review 2026-12-05). Frequencies review of medical_6, 2026-12-05."""
    q = s.quantity
    if q.kind == "frequency_word" or q.start < heading.end or cues.not_of_the_heading.search(norm, heading.end, q.start):
        return False
    if s.rule == "previous" and s.subject is not None and s.subject.text != heading.text:
        class_clause = _clause_start(norm, s.subject.start)
        if class_clause <= heading.end or not _CLASS_CLAUSE.match(norm, class_clause):
            return False  # 2.腺瘤性息肉 系来源于胃黏膜上皮的良性胃肿瘤,约占胃息肉的10%～25%: the heading, not the class
    elif s.subject is not None or s.rule not in _ITEM_RULES:
        return False
    clause_end = _clause_end_or_list_item(norm, q.end)
    after = q.end
    if s.rule == "forward":
        population = cues.population.search(norm, q.end, clause_end)
        if population is None:
            return False
        after = population.end()
    if not _closes_its_clause(norm, after, clause_end):
        return False
    start = _clause_start(norm, q.start)
    if start <= heading.end:
        start = heading.end + 1  # the first clause after the heading's colon or blank
    lead = norm[start : q.start]
    if "其中" in lead or "者" in lead:
        return False
    if start - 1 > heading.end and norm[start - 1] in ",;" and _SUBGROUP_OPENING.match(
            norm, max(_clause_start(norm, start - 1), heading.end + 1)):
        return False  # 前者在受伤后1个月内出现，占10%～15%: the share is of the subgroup the clause before names
    at = m.end() if (m := cues.item_report.match(norm, start)) else cues.report_lead.match(norm, start).end()
    at = cues.item_hedge.match(norm, at).end()
    at += norm.startswith("其", at)
    at = m.end() if (m := cues.record_disease.match(norm, at) or cues.anaphor.match(norm, at)) else at
    at = m.end() if (m := cues.any_measure.match(norm, at)) else at
    at = m.end() if (m := _SEEN_IN_SHARE.match(norm, at)) else at
    if cues.link_gap.fullmatch(norm, at, q.start):
        return True
    whole = cues.whole_before.search(norm, at, q.start)
    return whole is not None and cues.link_gap.fullmatch(norm, at, whole.start()) is not None


#: Rule 9c: a line opening with a heading item: a list marker and a short heading before a colon or a blank
#: (②精神神经系统症状:, 2.单纯血压降低型 …), or a type numbered in Roman before a colon (Ⅱ型:限局溃疡型,…).
_ITEM_HEADING_LINE = re.compile(rf"{NUMBERED_HEADING.pattern}(?=[:\s])|[ \t]*[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+型(?=:)")


def _item_heading_line(norm: str, sent_start: int, entities: Sequence[Entity], entity_starts: list[int],
                       after_heading_item: bool, cues: _Cues) -> tuple[Entity | None, int] | None:
    """Rule 9c: the heading item the line of a sentence opens with, as (its mention or None, where the heading ends),
    or, in a text's first line going on from a numbered heading item (``after_heading_item``), (None, -1)."""
    line_start = norm.rfind("\n", 0, sent_start) + 1
    if (m := _ITEM_HEADING_LINE.match(norm, line_start)) is not None:
        item = _heading(norm, line_start, entities, entity_starts, cues, spaced=True)
        return (item if item is not None and item.end == m.end() else None), m.end()
    return (None, -1) if after_heading_item and line_start == 0 else None


def _of_a_back_reference(norm: str, s: FrequencyStatement, item: Entity | None, heading_end: int,
                         cues: _Cues) -> FrequencyStatement:
    """Rule 9c: a share no rule bound whose clause opens with a ``heading_anaphor`` (此型, 上述症状) and then only
    the patients, a measure and link words (or a whole in 占…的), the number closing its clause, is the heading item's:
    its mention, or no subject when none names the heading (2.单纯血压降低型 / …,此型约占颈动脉窦综合征患者的5%～11%).
    A group who have it before the anaphor is the population (②精神神经系统症状:…。但老年有上述症状者仅占25% → 老年),
    when the rules of a group going on accept it (not 其中, 若, 同时: ``group_lead`` words, ``cues.no_group``, ``time_ending``).
    Frequencies back-references (review of medical_9, category 4), 2026-12-05."""
    q = s.quantity
    if s.subject is not None or s.rule not in ("", "rate") or q.kind == "frequency_word" or q.start <= heading_end:
        return s
    clause_end = _clause_end_or_list_item(norm, q.end)
    if not _closes_its_clause(norm, q.end, clause_end):
        return s
    start = max(_clause_start(norm, q.start), heading_end + 1)
    lead = cues.back_reference_lead.match(norm, start, q.start)
    anaphor = cues.heading_anaphor.match(norm, lead.end(), q.start)
    if anaphor is None:
        return s
    at = cues.back_reference_patients.match(norm, anaphor.end(), q.start).end()
    at = m.end() if (m := cues.any_measure.match(norm, at, q.start)) else at
    whole = cues.whole_before.search(norm, at, q.start)
    if not (cues.link_gap.fullmatch(norm, at, q.start)
            or whole is not None and cues.link_gap.fullmatch(norm, at, whole.start()) is not None):
        return s
    group = lead.group("group") or ""
    if cues.group_lead.fullmatch(group) or cues.no_group.search(group) or cues.a_time.search(group):
        group = ""  # 其中有上述症状者, 同时有…, 若有…: a lead word or a time, no group (code review 2026-12-05, D5)
    return replace(s, subject=item, rule=_HEADING_ITEM, population=s.population or group)


#: Right before a finding: it is an item of a list (耳鸣、眩晕; 眼球运动障碍和复视), which a share after the
#: list is not about alone.
_LISTED_BEFORE = frozenset("、和及与或伴,")
_PREVIOUS_LABELS = frozenset({"disease", "symptom", "microbe"})




def _finding_closing(
    norm: str, clause: Span, entities: Sequence[Entity], entity_starts: list[int], cues: _Cues, *,
    in_whom: tuple[str, ...] = (),
) -> Entity | None:
    """Rule 10: the disease, symptom or organism that closes ``clause`` (only how common it is
    after it), not an item of a list nor the head of a noun phrase in 的 (最常见的病原菌: a class).
    Not one right after an ``in_whom`` word (见于, 发生于, 好发于), given when the clause after opens with 其: 其 points
    back past where or in whom the finding is seen (呼吸暂停多见于早产儿,其发病率…; but 最常见于冠心病,约占75%)."""
    in_clause = [e for e in entities[bisect_left(entity_starts, clause[0]) : bisect_left(entity_starts, clause[1])]
                 if not e.nested and e.end <= clause[1]]
    if not in_clause:
        return None
    last = max(in_clause, key=lambda e: (e.end, e.end - e.start))
    if last.label not in _PREVIOUS_LABELS or not cues.how_common_after.fullmatch(norm, last.end, clause[1]):
        return None
    if in_whom and norm.endswith(in_whom, clause[0], last.start):
        return None
    listed = last.start > 0 and norm[last.start - 1] in _LISTED_BEFORE and not (
        norm[last.start - 1] == "," and norm[last.end : clause[1]].strip()
        and not _item_before(norm, last.start - 1, entities[: bisect_left(entity_starts, last.start)])
    )  # 肘部皮损最为常见,约占70%: a finding opening its clause and said to be common is no item of a list
    # (but 头痛,呕吐较多,约占60%: the clause before is an item of the same list; code review)
    return None if listed or norm[last.start - 1 : last.start] == "的" else last


def _those_with_closing(norm: str, clause: Span, entities: Sequence[Entity], entity_starts: list[int]) -> Entity | None:
    """The finding right before the 者 closing ``clause`` (但无痛经者, 并发胃和十二指肠溃疡者): those with it,
    whom a number alone in the next clause counts (frequencies review of medical_3, rule B); not a patient
    noun (患者), nor a finding with more words before the 者 (发热持续3天以上者)."""
    at = len(norm[clause[0] : clause[1]].rstrip(" \t")) + clause[0] - 1  # where the 者 should be
    if at <= clause[0] or norm[at] != "者":
        return None
    i = bisect_left(entity_starts, at) - 1
    while i >= 0 and entities[i].end > at:
        i -= 1
    found = [e for e in entities[max(0, i - 3) : i + 1] if e.end == at and not e.nested and e.start >= clause[0]]
    found = [e for e in found if e.label in _PREVIOUS_LABELS]
    return max(found, key=lambda e: e.end - e.start) if found else None




def _measured_in_group(norm: str, start: int, s: FrequencyStatement, entities: Sequence[Entity], entity_starts: list[int],
                       cues: _Cues) -> FrequencyStatement:
    """A measure (…率) of a finding whose clause opens with a group right before the finding, after who reported
    it: the group is the population (frequencies review of medical_6, #20 and #28): a disease before a test
    (周东丰等报道双相情感障碍|DST阳性率为52%) or a patient noun, 者 or 组 (发现观察组|维生素B1缺乏症的患病率为1.1%,
    合并骨髓异常增生症者|皮损发生率为90%: frequencies review of medical_7, PM 5a; not 前者, 后者)."""
    if s.rule not in ("rate", "backward") or not s.measure or s.population or s.subject is None or s.subject.start <= start:
        return s
    at = _LIST_MARKER.match(norm, start).end()
    at = cues.report_before_group.match(norm, at, s.subject.start).end()
    at = cues.group_lead.match(norm, at, s.subject.start).end()
    at = cues.group_conclusion.match(norm, at, s.subject.start).end()
    end = s.subject.start - (norm[s.subject.start - 1] == "的")
    if end - at < 2:
        return s
    group = norm[at:end]
    if group.endswith((*cues.population_words, "组")) and group not in cues.zhe_not_a_group:
        return replace(s, population=group)
    if s.subject.label == "test" and any(e.start == at and e.end == end and e.label == "disease" for e in entities[
            bisect_left(entity_starts, at) : bisect_right(entity_starts, at)]):
        return replace(s, population=group)
    return s


def _counted_closing(
    norm: str, clause: Span, entities: Sequence[Entity], entity_starts: list[int], quantities: Sequence[Quantity],
    quantity_starts: list[int],
) -> tuple[Quantity, Entity] | None:
    """The count closing ``clause`` and the finding right before it (maybe with 者): ``肢体乏力者11例``,
    ``疼痛11例``, whose share a number alone in the next clause prints (…;肢体乏力者11例,占27.3%,
    根性疼痛者10例,占22.8%: frequencies review of medical_6, #59 and #76); not a group looked at."""
    end = len(norm[clause[0] : clause[1]].rstrip(" \t")) + clause[0]
    i = bisect_left(quantity_starts, end) - 1
    if i < 0 or quantities[i].end != end or quantities[i].start < clause[0]:
        return None
    count = quantities[i]
    if count.kind != "count" or count.value is not None or not count.numerator:
        return None
    at = count.start
    while at > clause[0] and norm[at - 1] in " \t者":
        at -= 1
    found = [e for e in entities[bisect_left(entity_starts, clause[0]) : bisect_left(entity_starts, at)]
             if e.end == at and not e.nested and e.label in _PREVIOUS_LABELS]
    return (count, max(found, key=lambda e: e.end - e.start)) if found else None


#: What ends the item of a comma list before a comma (no 、: 、 joins words inside an item).
_ITEM_MARKS = ",，;；。:："


def _item_before(norm: str, comma: int, entities: Sequence[Entity]) -> bool:
    """Whether the clause ending at ``comma`` is one mention alone: an item of a comma list."""
    start = clause_bounds.clause_start(norm, comma, _ITEM_MARKS)
    return any(e.start == start and e.end == comma for e in entities)




def _finding_defined(
    norm: str, clause: Span, entities: Sequence[Entity], entity_starts: list[int], cues: _Cues, *, share_of_a_whole: bool,
    its: bool = False,
) -> Entity | None:
    """Rule 10 after a clause that only says what kind of finding the finding opening it is: the
    disease or symptom opening ``clause`` (after a list number): ``咯血是本病最常见的症状,发生率为80%``,
    ``黄疸为本病的主要表现之一,约占60%``; and before a share of a whole (``share_of_a_whole``: 占…的N%),
    the finding opening a clause that a finding closes, its class (``甲状腺未分化癌为高度恶性肿瘤,占甲状腺癌的
    2%～3%``; but ``贫血为缺铁性贫血,占50%`` is the iron deficiency's); and before 其 (``its``), X是…Y
    (``CMV性视网膜炎是AIDS患者最常见的眼内感染,其发生率…``: its rate is X's, Y says what X is). Disease,
    symptom or organism; not a patient group (胃泌素瘤|病人最常见的…); not 无症状 (镜下血尿多为无症状,约占60%)."""
    at = _LIST_MARKER.match(norm, clause[0]).end()
    first = bisect_left(entity_starts, at)
    if first == len(entities) or entities[first].start != at or entities[first].end > clause[1]:
        return None
    opening = max((e for e in entities[first:] if e.start == at and not e.nested), key=lambda e: e.end, default=None)
    if opening is None or opening.label not in _PREVIOUS_LABELS or cues.population.match(norm, opening.end):
        return None
    if cues.defines_a_finding.fullmatch(norm, opening.end, clause[1]):
        return opening
    is_a = _IS_A.match(norm, opening.end) if share_of_a_whole else _IS.match(norm, opening.end) if its else None
    if is_a is None:
        return None
    closing = _finding_closing(norm, clause, entities, entity_starts, cues)
    return opening if closing is not None and closing.start >= is_a.end() and "是" not in norm[is_a.end() : closing.start] else None


#: A short group and a colon opening a sentence (after a list marker): ②成人：75%有胆总管结石
_GROUP_HEADING = re.compile(r"(?P<group>[^,;:。()0-9%]{1,8})[ \t]*:")
#: Right after the finding opening a clause: what follows says what it is (X是…, X为…).
_IS_A = re.compile(r"[ \t]*(?:是|为)")
#: The same with 是 only: 为 also says what X mostly turns out to be (肿瘤多为胶质瘤), whose rate 其 may give.
_IS = re.compile(r"[ \t]*(?:常|多|亦|也|则|即)?是")
#: Between a share's subject and its number, the whole it is a share of (脑干出血|约占|继发性脑室内出血|的|2%,
#: 头痛占|本病患者|的|60%): the group the number is about (symptoms review of medical_14, 2026-12-04);
#: not 占位 (眼眶占位性病变或可以是全身淋巴瘤之部分: a mass, no share), nor 所占比例 (its share, no whole: code review).
#: (The words after 占 and between 的 and the number: ``not_a_whole_after`` and ``whole_link`` rows, ``_Cues``.)
_WHOLE_OF_BEFORE = r"占(?!{not_a_whole})(?P<whole>[^,，;；。:：的之]{{1,20}}?)(?:中)?[的之][ \t]*(?:{links})*[ \t]*\Z"
#: The same whole with no 的 (占白血病例总数0.7%, 约占精索肿瘤30%, MCN占肾病综合征63%～93%; 到/了 may come after
#: 占: 占到Hb总量40%), at least two characters, no number opening it and no other 占 in it (frequencies review of
#: medical_7, GS 3a).
_BARE_WHOLE_BEFORE = re.compile(
    r"占(?!位)(?:到了?|了)?(?P<whole>(?![0-9.～~\-])[^,，;；。:：的之占()（）<>≤≥ \t]{2,20}?)(?:中)?"
    r"[ \t]*(?:约|仅|只|大约|不足|不到|达|为|近)*[ \t]*\Z"
)


class _WholeBefore:
    """占, a whole and its 的 ending at ``endpos`` (约占脑出血的|10%), or a whole with no 的 (约占精索肿瘤|30%) when the
    number is not bracketed (占绝大多数|(80%以上)); ``search`` as a compiled pattern's, the group ``whole`` the whole.
    A whole with no 的 is none when it is a share's rank, its ratio or most cases (``not_a_bare_whole`` rows: 占首位,
    所占比例, 占有率约为, 占绝大多数(80%以上), 占优势), or a hedge or the rest of a verb opens it
    (``not_a_bare_whole_opening`` rows: 占约10%, 占大约95%, 占到了46.1%, 占据了大部分)."""

    def __init__(self, res: QuantityResources) -> None:
        self._of = re.compile(_WHOLE_OF_BEFORE.format(
            not_a_whole=alternation(res.not_a_whole_after), links=alternation(res.whole_link)))
        self._not_bare = re.compile(
            f"{alternation(res.not_a_bare_whole)}|^(?:{alternation(res.not_a_bare_whole_opening)})")

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        endpos = len(text) if endpos is None else endpos
        if (found := self._of.search(text, pos, endpos)) is not None:
            return found
        if text.startswith(("(", "（"), endpos):
            return None
        found = _BARE_WHOLE_BEFORE.search(text, pos, endpos)
        return None if found is None or self._not_bare.search(found.group("whole")) else found


#: A share of a whole written with among (…单纯骨折者虽非多发,但亦非罕见。在全身骨折中约占0.3%): read by
#: ``_a_share_of_the_record`` as 约占全身骨折的0.3% is. The quantity may hold the 占 (约占0.3%).
_AMONG_SHARE = re.compile(r"在(?P<whole>[^,，;；。:：在]{1,20}?)中[ \t]*(?:(?:约|仅|只|大约)*(?P<share>占)[ \t]*(?:约|仅|只|大约|不足|达|为|近)*)?[ \t]*\Z")


def share_of_a_whole_before(text: str, start: int, at: int, resources: QuantityResources | None = None) -> bool:
    """Whether 占, a whole and its 的 end at ``at``, in ``text[start:at]`` (约占脑出血的|10%): the number is a
    share of that whole. The one test of a share of a whole, for the binding and the tables alike."""
    return _cues_of(resources or load_quantity_resources()).whole_before.search(text, start, at) is not None


#: A group a number is a share of, opening its clause and closed by 中 right before the number, maybe
#: after a report and with a hedge between (有报道小肝癌|中仅|3%, 双胎妊娠|中有|10%, 肝硬化者|中|90%).
_AMONG_GROUP = re.compile(r"(?P<group>[^,，;；。:：0-9%为是占于]{2,15}?)中[ \t]*(?:有|约|仅|只|大约|约有|只有|仅有)*[ \t]*\Z")


def _among_group(norm: str, start: int, q: Quantity, entities: Sequence[Entity], cues: _Cues) -> Span | None:
    """The group before 中 that opens the number's clause (after a report: 有报道, 据调查; 而, 但),
    when a disease or symptom mention or a patient noun closes it: ``MGUS中有29%～71%合并周围神经病``,
    ``风湿性二尖瓣狭窄病例中约仅50%有风湿热`` (frequencies re-review of medical_8, 2026-12-04); not a
    counted cohort (``125例中8例``: its own rule), a place (在工业发达国家中), a fluid (肾小球滤过液中), a
    finding and a bare 者 (发热者中30%有皮疹), nor before 占 (眩晕中约占5.9%) or after 于 (存在于糖尿病中)."""
    lead = cues.report_lead.match(norm, start).end()
    found = _AMONG_GROUP.match(norm, lead, q.start)
    if found is None or norm.startswith("在", lead) or cues.any_measure.search(found.group("group")) or "占" in q.text:
        return None  # 眩晕中约占5.9%: 中 may end the mention's own clause before 占
    group_start, group_end = found.span("group")
    closing = any(e.end == group_end and e.start >= group_start and e.label in ("disease", "symptom") for e in entities)
    patients = cues.population.search(norm, max(group_start, group_end - 2), group_end)
    if closing or patients is not None and patients.group() not in cues.patient_suffixes:  # 发热者中30%有皮疹: a bare 者 names a finding
        return group_start, group_end
    return None


#: A group closed by 中 right before a number (hedges and 的 between), opening the number's clause or after
#: 在: 在艾滋病病人中约50%的病人可有脂肪吸收障碍, 成人中30%～50%患者有轻度持续性高血压.
_AMONG_RIGHT_BEFORE = re.compile(r"(?:\A|在)(?P<group>[^在,;:。]{2,25}?)中[ \t]*(?:有|约有|约|仅有|仅|近|将近|大约)?[ \t]*的?[ \t]*\Z")
#: A clause closing with 在X中, whose group the number of the clause after it counts: 在自检组中,|乳腺癌5年生存率为75%.
_AMONG_CLOSING = re.compile(r"在(?P<group>[^在,;:。]{2,25})中[ \t]*\Z")




#: A share inside the group (约2/3患者中, 半数病人中): the group is what the share counts, not whom.
_SHARE_IN_GROUP = re.compile(r"[0-9]%|[0-9]/[0-9]|分之|半数|一半")
#: A karyotype cut at its comma (45,X个体中8%): the group regex starts after the comma, at X.
_KARYOTYPE_CUT = re.compile(r"[0-9],\Z")


def _name_key(name: str) -> str:
    """A disease name as compared with the record's: 症 and 征 alike, 肿瘤 as 瘤 (在室管膜瘤中 in a record on
    室管膜肿瘤 names its own patients)."""
    return name.replace("症", "征").replace("肿瘤", "瘤")


def _among_named(norm: str, q: Quantity, sent_start: int, entities: Sequence[Entity], own_names: Sequence[str],
                 cues: _Cues) -> str | None:
    """The group X of ``[在]X中`` right before ``q`` in its clause, or of a clause before it (after a comma,
    in its sentence) closing with ``在X中``, without who reported it and a lead word (据统计, 有报道, 而, 结果):
    ``在慢性小腿肌筋膜间室综合征中，将近一半的患者存在肌疝`` → 慢性小腿肌筋膜间室综合征. Not a time, a process,
    a fluid, a source, a place or a kind of finding (``among_not_group``: 在治疗中, 在血中, 文献中, 在ICU病房中,
    这一组症状中), a group opening with an anaphor or a part and no count (``among_not_opening``: 这些病人中,
    部分人中, 于橄榄油中), one holding a share (约2/3患者中), a karyotype cut at its comma (45,X个体中), a group
    that is one body mention (脑实质中偶有小脓肿), a bare patient word, nor the record's disease: 本病 or one of
    ``own_names``, its name and aliases (在室管膜瘤中 in a record on it: its own patients, the empty population)."""
    if norm.find("中", sent_start, q.start) < 0:
        return None  # no 中 before the number in its sentence (most): no group in 中 to read
    clause = max(_clause_start(norm, q.start), sent_start)
    base = clause
    found = _AMONG_RIGHT_BEFORE.search(norm[clause : q.start])
    if found is None and clause > sent_start and norm[clause - 1] == ",":
        base = max(_clause_start(norm, clause - 1), sent_start)
        found = _AMONG_CLOSING.search(norm[base : clause - 1])
    if found is None:
        return None
    group_start, group_end = base + found.start("group"), base + found.end("group")
    if _KARYOTYPE_CUT.search(norm, max(group_start - 2, 0), group_start) and norm.startswith(("X", "Y"), group_start):
        return None
    if any(e.label == "body" and group_start <= e.start and e.end == group_end and not norm[group_start : e.start].strip(" \t")
           for e in entities):
        return None
    group = cues.study_showed.sub("", cues.reported_by.sub("", found.group("group").strip(" \t")))
    if not group.startswith("组", lead := cues.report_lead.match(group).end()):  # not 观察|组患者
        group = group[lead:]
    group = cues.among_lead.sub("", group).strip(" \t")
    if (len(group) < 2 or _SHARE_IN_GROUP.search(group) or group in cues.generic_population
            or group.endswith(cues.among_not_group)
            or cues.record_disease.fullmatch(group)  # 在本病中约占0.3%: the record's own patients, left empty
            or _name_key(group) in own_names
            or cues.among_predicate.search(group)  # 双相热型主要见于儿童中, 发病率为乳腺癌中: a clause, no group
            or (group.startswith(cues.among_not_opening) and not any(c.isdigit() for c in group))):
        return None
    return group


#: A clause opening with a share of a whole, up to the whole's 的 (占甲状腺癌的2%～3%).
_SHARE_OF_A_WHOLE = re.compile(r"[ \t]*(?:约|仅|只|大约)*占[^,，;；:：。]{1,20}?[的之]")




#: A clause opening with 见于 right before its number (,约见于90%以上病例): it tells how many have the
#: finding the clause before opens with.
_SEEN_IN_SHARE = re.compile(r"[ \t]*(?:约|可|多|常|仅|亦|也)*见于[ \t]*")


def _finding_opening(norm: str, clause: Span, entities: Sequence[Entity], entity_starts: list[int], cues: _Cues) -> Entity | None:
    """Rule 10 before a clause opening with 见于: the disease, symptom or organism that opens
    ``clause`` (after a list number): 皮疹|为重要体征,见于80%以上的病例."""
    at = _LIST_MARKER.match(norm, clause[0]).end()
    first = bisect_left(entity_starts, at)
    if first < len(entities) and entities[first].start == at and entities[first].end <= clause[1]:
        opening = entities[first]
        if opening.label in _PREVIOUS_LABELS and not opening.nested and not cues.population.match(norm, opening.end):
            return opening  # (not 胃泌素瘤|病人最常见的临床表现是消化性溃疡: the patients, not what is seen)
    return None


def _share_opening(norm: str, start: int, q: Quantity, cues: _Cues) -> re.Match[str] | None:
    """The rate word of a clause that opens with rate and link words only, up to the number
    (约占78%, 占肝良性肿瘤的84%), maybe after 其 (its: 其发生率约为5%), else None."""
    lead = cues.link_gap.match(norm, q.start).end()  # 约占 written as part of the number
    opening = cues.rate.search(norm, start, lead)
    after_its = _ITS.match(norm, start).end()
    return opening if opening is not None and cues.link_gap.fullmatch(norm, after_its, opening.start()) else None


#: 其 opening a clause before its rate word: the rate of what the clause before named.
_ITS = re.compile(r"[ \t]*其?")


def _about_topic(norm: str, start: int, q: Quantity, topic: Entity, between: Sequence[Entity], cues: _Cues) -> bool:
    """Rule 8: the clause opens with link and rate words only (约占…的5%, 约占84%), the topic is
    no patient group nor the whole after 占, after the topic's own clause no disease, symptom or
    body part is named (肿瘤多为胶质瘤,约占…: about 胶质瘤; 其次为峡部,占20～25%), and no part
    of it is introduced (``subset`` cues after its clause: 其中最常见的是…; ``subset_inline`` in
    it: 肺癌中以鳞癌最多见)."""
    opening = _share_opening(norm, start, q, cues)
    if opening is None or topic.end > start:
        return False
    if cues.population.match(norm, topic.end) or topic.text in norm[opening.end() : q.start]:
        return False  # 类癌患者…: a group; 肺癌好发于…,约占肺癌的80%: the whole
    topic_clause_end = next(_clauses(norm, topic.start, start))[1]
    if cues.subset.search(norm, topic_clause_end, start) or cues.subset_inline.search(norm, topic.end, topic_clause_end):
        return False  # …,其中最常见的是脑膜内皮型,约占脑膜瘤的53.5%; 肺癌中以鳞癌最多见,占…: about that part
    return not any(
        topic_clause_end <= e.start and e.end <= start and e.label in ("disease", "symptom", "body") and not e.nested
        for e in between
    )


def _the_whole(whole_before: re.Match[str], population: Span | None, cues: _Cues) -> Span:
    """The whole written right before a share (占X的N%) is the group it is a share of, over a group found
    earlier in the clause, which names what is counted (高血压病人死于尿毒症者…仅占高血压死亡病例的1.5%～5%:
    高血压死亡病例, not 尿毒症者); a measure noun closing the whole is no part of it (占白血病发病率的2%～3%:
    白血病). A group inside the whole or holding it stays (frequencies review of medical_13, 2026-12-05)."""
    start, end = whole_before.span("whole")
    if population is not None and (start <= population[0] and population[1] <= end or population[0] <= start and end <= population[1]):
        return population
    if (measure := cues.measure_end.search(whole_before.string, start, end)) is not None and measure.start() > start:
        end = measure.start()
    return start, end


def _bind_clause(norm, start, end, entities, quantities, cues: _Cues, evidence, measured, topic=None, entities_before=(),
                 cohorts=(), heading=None, previous=None, heading_reach=-1, next_disease=0, group_before=None,
                 measure_before=None):
    # a list in text order, longest first at a start: ties below must not depend on set order
    population_entities = sorted(
        {e for e in entities if cues.population.match(norm, e.end)}, key=lambda e: (e.start, -e.end)
    )
    statements: list[FrequencyStatement] = []
    pending_measures: list[str] = []
    counts: list[tuple[Quantity, Entity | None]] = []
    populations: list[Span] = []
    # 分别 pairs numbers (rule 5), not frequency words
    listed = _respectively(norm, start, end, entities, quantities, population_entities, cues) if any(
        q.kind != "frequency_word" for q in quantities) else {}
    where = _where(norm, end, quantities, entities, cues)
    for q in quantities:
        if q.kind not in FREQUENCY_KINDS or q.kind == "frequency_word":
            continue
        if q.kind == "percent" and q.value is None or q.kind == "percent_range" and q.low is None:
            continue  # 120%: a ratio, not a frequency
        whole_before = cues.whole_before.search(norm, start, q.start)  # 占X的 right before the number, or None
        if whole_before and cues.amount_whole.search(whole_before.group("whole")):
            continue  # 占总热量的30%, 占心输出量的20%～25%, 占白细胞总数的0～6%: a share of an amount, not of patients
        if id(q) in listed:
            subject, population, rule = listed[id(q)], None, "respectively"
        else:
            subject, population, rule = _bind_number(norm, start, end, q, entities, quantities, population_entities, cues)
            if _a_share_of_cells(norm, q, subject, population, rule, entities):
                continue  # 约1/3血小板…被阻留在脾脏, 30%以上的红细胞在脾内阻留: a share of the cells, not of patients
            if subject is not None and rule in ("rate", "backward", "forward") and _qualifies_a_longer_noun(norm, subject, q, cues):
                subject = None  # 卵巢恶性生殖细胞肿瘤占…5%: not about the ovary, and the tumour is no mention
            if subject is not None and rule in ("rate", "backward") and subject.label in _GROUP_LABELS and (
                having := _HAVING_UNNAMED.match(norm, subject.end, q.start) or cues.where_group.match(norm, subject.end, q.start)
            ) is not None:
                # 精神障碍有家族史者占2%～8%: the share is of those with what no mention names (a
                # negation before the finding is theirs: 无骨折出现此征者亦有20%); 出血来自肺循环者仅占10%:
                # of the cases whose bleeding comes from there (UX review of medical_5, 2026-12-04)
                negated = subject.start > 0 and norm[subject.start - 1] in _NEGATION_BEFORE
                subject, population = None, (subject.start - negated, having.end())
            if subject is None and population is None and rule in ("rate", "") and topic is not None and not (
                previous is not None and previous.text not in topic.text
                and (norm.startswith("其", _BLANKS.match(norm, start).end()) or cues.mainly.match(norm, previous.end, start))
            ):  # 肺结核可并发气胸,其发生率…: 其 is the finding just named (rule 10), not the sentence's topic;
                # 脑膜炎的致病菌以革兰阴性杆菌为主,占60%～80%: the share of the main one (review of medical_8);
                # but 腹部创伤…是较为常见的严重创伤,其发生率…: that finding is the topic's class
                if _about_topic(norm, start, q, topic, entities_before, cues):
                    subject, rule = topic, "topic"  # 肝血管瘤是…,占肝良性肿瘤的84%
            if subject is None and rule in ("rate", "forward", "") and heading is not None:
                if cues.heading_lead.fullmatch(norm, heading.end + 1, q.start) or (
                    q.start <= heading_reach and _HEADING_NUMBER_AFTER.search(norm, max(heading.end, q.start - 6), q.start)
                    and not cues.not_of_the_heading_or_part.search(norm, heading.end, q.start)
                    and not any(m.start() == 0 or norm[heading.end + m.start() - 1] != "于"  # 常见于老年人: where it is seen
                                for m in cues.population.finditer(norm[heading.end : q.start]))
                ):
                    subject, rule = heading, "heading"  # (2)咯血:发生率约15%～30%; 1.头晕:最为多发,发生率可达90%以上
            if subject is None and population is None and rule in ("rate", "") and previous is not None:
                if (_share_opening(norm, start, q, cues) and previous.text not in norm[start : q.start]
                        and not cues.a_type.search(norm, evidence[0], q.start)):
                    subject, rule = previous, "previous"  # 头痛最多,约占78%
            if subject is None and previous is not None and _SEEN_IN_SHARE.fullmatch(norm, start, q.start):
                subject, rule = previous, "previous"  # 皮疹为重要体征,见于80%以上的病例
            if subject is None and population is None and group_before is not None:
                subject, rule = group_before, "previous"  # 但无痛经者,占25%左右; 并发十二指肠溃疡者,可达30%
            among_share = None if whole_before else _AMONG_SHARE.search(norm, start, q.start)
            if among_share is not None and not (among_share.group("share") or "占" in q.text):
                among_share = None  # 在成人中为60%: a group, no share of a whole
            if subject is None and rule in ("rate", "") and (whole_before or among_share) and topic is None and heading is None and (
                _a_share_of_the_record(norm, start, whole_before or among_share, evidence, cues)
            ):
                rule = _RECORD  # 本病呈散发性,…,据统计约占病毒性脑炎的10%～20%: the record's own disease
                if among_share is not None and population is None:
                    population = among_share.span("whole")  # 在全身骨折中约占0.3%: of all fractures
        if id(q) in where:  # kept, with its patient group, about no finding
            subject, rule = None, _WHERE
        if measured and subject is not None and population is None and rule in ("paren", "backward", "rate"):
            if q.kind in ("percent", "percent_range") and measured(subject, norm[subject.end : q.start]):
                continue  # 浆细胞比例 <5%, 淋巴细胞占30%: a lab value
        if rule == "backward" and subject is not None and not _closes_its_clause(
            norm, population[1] if population is not None and population[0] >= q.end else q.end, end
        ):
            subject = None  # 假性胰腺囊肿约80%为单发: the mention is the whole, not what is counted
        if rule == "backward" and subject is not None and (
            (operation := _AFTER_AN_OPERATION.fullmatch(norm, subject.end, q.start)) is not None
            and (subject.label == "procedure" or operation.group("operated"))
        ):
            subject = None  # 疝修补术后0.9%, 精索静脉曲张术后35%: after the operation, the patients' time, no subject
        if subject is not None and (other := _other_group_before(norm, start, subject.start, cues)) is not None:
            population = other  # 双卵双生子同患类风湿性关节炎的几率为13%, 30%的患儿一级亲属有偏头痛: not the patients'
        elif subject is not None and population is None and (whole := cues.whole_before.search(norm, subject.end, q.start)):
            population = whole.span("whole")  # 脑干出血约占继发性脑室内出血的2%: of that whole's cases
        elif subject is not None and population is None and rule == "rate" and (host := _host_before(norm, subject, entities, cues)):
            population = host.start, host.end  # 川崎病并发心肌梗死者占1%～2%: of the patients with 川崎病
        if population is not None:
            populations.append(population)
        if q.kind == "count" and q.denominator is None:
            looked_at = _is_cohort(norm, q.end, end) or _is_led_cohort(norm, q, evidence[0], cues)  # 本组20例中, 对61例…病人
            if not looked_at and (q.value is not None or subject is not None) and (
                cohort := _cohort_before(norm, q, cohorts, cues)
            ) is not None:
                q = replace(q, denominator=cohort.numerator)  # 本组20例中8例发热, 260例幸存者中4例(1.5%)
            elif q.value is None:
                if not looked_at:
                    counts.append((q, subject))
                continue
        if q.kind == "fraction" and not q.unit and q.value is None and (
            (subject is None and population is None and rule != _WHERE)
            or (q.text[:1].isdigit() and _PLACE_BEFORE.search(norm, start, q.start)
                and not _patients_follow(norm, q.end, cues))
            or _PLACE_AFTER.match(norm, q.end)
        ):
            continue  # 阴道下1/3, 对侧下1/4象限性偏盲: a part of an organ or a field, not a share of patients
        measure = _measure(norm, start, q, statements, pending_measures, cues)
        if not measure and (among_group := cues.measure_among.search(norm, max(start, q.start - cues.longest_measure - 10), q.start)) \
                and not any(c.isdigit() for c in among_group.group("group")):
            measure = among_group.group("measure")  # 患病率在发达国家为4.3%
            if not cues.a_time.search(among_group.group("group")):  # 病死率在第一次世界大战初期为49.3%, 复发率在术后为10%
                population = population or among_group.span("group")
        if subject is None and measure in cues.of_the_disease and rule not in (_WHERE, "cause"):
            opening = _opening_disease(topic, heading)
            if any(e.label == "disease" and e.end <= q.start for e in entities):
                pass  # 并发肾结石者病死率约10%: another disease's, or its patients'
            else:
                if opening is not None and opening.end <= start and next_disease >= start:
                    # 恶性纤维组织细胞瘤恶性程度较高,局部复发率达40%～55%; (5)血管平滑肌肉瘤:…术后复发率达75%
                    subject, rule = opening, "heading" if opening is heading else "topic"
                elif measure_before is not None:
                    # 近年来肠闭锁的死亡率明显下降,国内存活率在51.3%～73.3%: the disease the clause before measures
                    subject, rule = measure_before, "topic"
                else:
                    rule = _RECORD  # 本病发病率为0.5%, 病死率高达40%～70%: the record's own disease
                if population is None:  # 有家族史者发病率高达28%, 发病率约占不育症的1%～2%
                    group = cues.group_before_measure.search(norm, start, q.start)
                    population = (
                        (cues.report_lead.match(norm, group.start("group")).end(), group.end("group")) if group
                        else whole_before.span("whole") if whole_before else None
                    )
        if subject is None and rule not in (_WHERE, "respectively") and (
            cues.record_disease_after.match(norm, q.end) or cues.falls_ill_alone.match(norm, q.end)
        ):
            # 结节性硬化症者20%以上发生本病, 同胞中有2%～6%患本症, 易感者接触患者后约90%发病: the record's own disease
            rule = _RECORD
        if population is None and rule not in (_WHERE, "cause", "respectively") and (
            among := _among_group(norm, start, q, entities, cues)
        ) is not None:
            population = among  # MGUS中有29%～71%合并周围神经病, 双胎妊娠中有10%合并有羊水过多: among those
            if subject is not None and among[0] <= subject.start and subject.end <= among[1]:
                subject = None  # 继发性高血压中80%…: the group, not what it counts
        if population is None and rule not in (_WHERE, "cause", "respectively") and (
            group := _group_in_zhe(norm, q, cues)
        ) is not None:
            population = group  # Miller等报道变异型心绞痛病人有上述表现者42% 猝死: of those
        if rule not in (_WHERE, "cause") and whole_before:
            population = _the_whole(whole_before, population, cues)  # (类癌…。)大约占所有消化道肿瘤的2%: the whole it is a share of
        if rule not in (_WHERE, "cause", "respectively") and (arm := _arm_before(norm, start, q.start, cues)) is not None:
            # 克霉唑组仅55.56%, 而未用雌激素组仅1%: the arm of a study whose share it is, and no finding in its name
            if subject is not None and arm[0] <= subject.start and subject.end <= arm[1]:
                subject = None
            if population is None or not (arm[0] <= population[0] and population[1] <= arm[1]):
                population = arm
        statements.append(_statement(norm, q, subject, population, rule, evidence, measure))
    if len(counts) == 1 and len(statements) == 1:
        counts = [(counts[0][0], statements[0].subject)]  # 34例可扪及震颤(86%): one count, one number
    statements = [_lend_numerator(s, counts) for s in statements]

    bound = {s.subject for s in statements if s.subject is not None}
    worded: list[tuple[int, Entity, FrequencyStatement]] = []  # (distance to its word, mention, statement)
    words = [q for q in quantities if q.kind == "frequency_word" and not _names_a_part(norm, q, entities, end, cues)]
    if any(q.qualifier in cues.group_quantifiers for q in words):
        # 部分患者常有发热, 多数病人往往有X: the word counting the patients says how many have it (not
        # any word: 患者常有发热及少见的皮疹 keeps 常有 for 发热; code review)
        words = [q for q in words if q.qualifier not in cues.adverbs]
    word_populations = {id(word): _word_population(norm, word, end, entities, cues) for word in words}
    populations += [population for population in word_populations.values() if population is not None]
    degree_of = _degrees(norm, start, words, entities, population_entities, end, cues)
    qualified = {id(mention) for mention in degree_of.values()}
    for e in entities:
        if not words or e in bound or e in population_entities or id(e) in qualified:
            continue
        if any(s <= e.start and e.end <= t for s, t in populations):
            continue
        if any(o is not e and o.start <= e.start and e.end <= o.end for o in entities):
            continue  # 色素沉着 inside 弥漫性色素沉着: the longer mention carries it
        if e.label == "body" and not e.text.endswith(_CELLS) and cues.involvement.match(norm, e.end) is None:
            continue  # 约半数患者乳房女性化: where a finding is, not what half the patients have
        # a degree word says nothing of the finding it qualifies nor of those before it
        usable = [w for w in words if (d := degree_of.get(id(w))) is None or e.start >= d.end]
        # an adverb of how often (常有, 往往) is about what follows it; a mention before it is the topic
        # that has what follows (鼻中隔穿孔也常有鼻衄, 动脉干瓣膜关闭不全常有水冲脉)
        usable = [w for w in usable if w.qualifier not in cues.adverbs or w.end <= e.start]
        if not usable:
            continue
        word = min(usable, key=lambda q: _distance(q, e))
        if id(word) in where:
            continue  # its nearest word says where most cases are, not how many have it
        if word.start >= e.end and _WHOLE_BY.search(norm, e.end, word.start):
            continue  # 便血以左侧大肠多见, 幻觉以幻视多见: the whole, not the part most cases are
        if word.start >= e.end and _is_the_reference(norm, start, e, cues):
            continue  # 感觉异常比运动障碍更常见, 比家族性息肉少见: the reference of a comparison
        if word.end <= e.start and _RANKED_AMONG.match(norm, word.end, e.start) and cues.is_one_of.match(norm, e.end) \
                and any(o.start >= e.end for o in entities):
            continue  # 最常见的心血管畸形是房间隔缺损: the word ranks what follows 是 among the kind it names
        if _a_cause(norm, e, word, cues):
            continue  # 大多为颅内压升高所致, 其中半数以上由粘连引起: a share of the causes, not of patients with it
        if e.label == "disease" and _names_a_group(norm, word, e, end, cues):
            continue  # 半数的生殖细胞瘤对HCG表达阳性: the group counted, not what they have
        if word.start >= e.end and e.label in _EXAMINATIONS and _is_heading(norm, start, e):
            continue  # 1.骨髓穿刺 半数病人可见浆细胞增多: an examination heading is no finding
        population = word_populations[id(word)]
        if whole_before := cues.whole_before.search(norm, start, word.start):
            population = _the_whole(whole_before, population, cues)  # 猝死占总死亡数的半数以上: of 总死亡数
        worded.append((_distance(word, e), e, _statement(norm, word, e, population, "word", evidence)))
    # one finding named twice near one word (3 咯血 约半数患者有咯血症状: a heading, then the text)
    # gets it once, at the mention nearest to it: else its patients would be counted twice
    nearest: dict[tuple[int, str], int] = {}
    for distance, e, statement in worded:
        key = (id(statement.quantity), e.canonical)
        nearest[key] = min(nearest.get(key, distance), distance)
    statements += [s for distance, e, s in worded if distance == nearest[id(s.quantity), e.canonical]]
    return statements


def _word_population(norm: str, word: Quantity, end: int, entities: Sequence[Entity], cues: _Cues) -> Span | None:
    """The group a frequency word counts: a patient noun after it (半数的患者), or a disease its
    的 opens with more said of it (约有一半的室壁瘤有附壁血栓形成: frequencies review of medical_3, rule C)."""
    if (population := _population_after(norm, word.end, end, cues)) is not None:
        return population
    if norm.startswith("的", word.end) and (named := _group_named_after(norm, word.end + 1, end, entities, cues)):
        return named.start, named.end
    return None


def _distance(word: Quantity, e: Entity) -> int:
    """Characters between a frequency word and a mention, on either side."""
    return min(abs(word.start - e.end), abs(e.start - word.end))


def _a_cause(norm: str, e: Entity, word: Quantity, cues: _Cues) -> bool:
    """Whether mention ``e`` is a cause, which frequency word ``word`` does not count: a ``cause_after`` word right
    after it, 等 maybe between (视盘水肿发生原因…大多为颅内压升高所致; 其中半数以上由粘连引起: how
    many of the cases it causes), unless a ``cause_patients`` noun stands before it in its clause
    (部分患者视力障碍或癫痫发作造成生活不能自理: the patients who have it), or a ``cause_having`` verb right before
    it and no 的 after the cause word (多数出现腹泻导致脱水: they have it; not 常见的有口腔损害导致的小口畸形), or the group whose cases it causes is written, in 中 right before the
    word (胎动减少中约有半数是因胎儿宫内窘迫所致: a share of that group). Code review of s10, D8."""
    if not (cause := cues.cause_after.match(norm, e.end)):
        return False
    clause_start = _clause_start(norm, e.start)
    if cues.cause_having_before.search(norm, clause_start, e.start) and not norm.startswith("的", cause.end()):
        return False  # not 常见的有|口腔损害导致的|小口畸形: what they have is what it causes
    if word.end <= e.start and _AMONG_RIGHT_BEFORE.search(norm[_clause_start(norm, word.start) : word.start]):
        return False
    return cues.cause_patients.search(norm, clause_start, e.start) is None


def _names_a_part(norm: str, word: Quantity, entities: Sequence[Entity], end: int, cues: _Cues) -> bool:
    """Whether frequency word ``word`` (``after_mention`` ``part``: 部分) names a part of the mention
    right before it, not a share of patients: a finding or site written right before it (坏死部分被清除,
    狭窄部分切除) or any mention and 的 (脑型疟疾的一部分); not with a patient noun after it (肝癌部分患者),
    nor a disease right before it, which names the patients who have it (急性胰腺炎大部分可自愈)."""
    if word.qualifier not in cues.part_after_mention or _population_after(norm, word.end, end, cues) is not None:
        return False
    joined = word.start - 1 if norm.startswith("的", word.start - 1) else None
    return any(e.end == joined or (e.end == word.start and e.label != "disease") for e in entities)


#: Between a superlative frequency word and the kind it ranks: 最常见|的|心血管畸形|是房间隔缺损 (after that kind:
#: ``_Cues.is_one_of``).
_RANKED_AMONG = re.compile(r"的[ \t]*\Z")


def _names_a_group(norm: str, word: Quantity, e: Entity, end: int, cues: _Cues) -> bool:
    """Whether disease ``e`` next to frequency word ``word``, one counting the members of a
    group (``group_quantifiers``: 半数, 多数), is the group it counts, not what they have: right
    after the word (a 的 and a few modifiers between, no verb nor a ``not_a_group`` word:
    半数以上因急腹症入院) with more of the clause after it (半数的生殖细胞瘤对HCG表达阳性), or right
    before it (nothing, 中 or 的 between) with more of the clause after the word (小儿急性白血病
    半数以上病例急性发病). Never for an adverb of frequency (单独三尖瓣关闭不全很少见, 偶有门静脉高压)."""
    if word.qualifier not in cues.group_quantifiers:
        return False
    if e.start >= word.end:
        at = _BLANKS.match(norm, word.end).end()
        at = at + 1 if norm.startswith("的", at) else at
        if (e.start - at > _GROUP_MODIFIERS or not _NOUN_GAP.fullmatch(norm, at, e.start)
                or cues.verb.search(norm, at, e.start) or cues.not_a_group.search(norm, at, e.start)):
            return False
        return _BLANKS.match(norm, e.end, end).end() < end and not cues.population.match(norm, e.end)
    if e.end <= word.start and _GROUP_BEFORE_WORD.fullmatch(norm, e.end, word.start):
        return _BLANKS.match(norm, word.end, end).end() < end
    return False


#: At most this many characters of modifiers between a frequency word and the group after it.
_GROUP_MODIFIERS = 6
#: Between a disease and a frequency word after it that counts it: 小儿急性白血病|半数, …之中|约半数.
_GROUP_BEFORE_WORD = re.compile(r"[ \t]*(?:之?中|的)?[ \t]*")
#: A run of a noun's characters: the modifiers before a mention (幼年型|颗粒细胞瘤).
_NOUN_GAP = re.compile(r"[\u4e00-\u9fffA-Za-z0-9\-]{0,8}")


#: Between a mention and a frequency word after it, 以 opening the part most cases are: 便血|以左侧大肠|多见
#: (not 以上, 以下, 以及, 可以, 所以 …).
_WHOLE_BY = re.compile(r"(?<![可所难予加得足])以(?![上下内外后前及致免便为])")
#: Between 比 and the reference mention: a few modifiers (比|家族性|息肉少见).
_REFERENCE_GAP = re.compile(r"[\u4e00-\u9fffA-Za-z0-9\-]{0,6}")


def _is_the_reference(norm: str, start: int, e: Entity, cues: _Cues) -> bool:
    """Whether mention ``e`` follows a ``than`` word of its clause with only a few modifiers
    between (比|家族性|息肉少见): what the finding is compared with, not what is frequent."""
    than = cues.than.search(norm, start, e.start)
    return than is not None and _REFERENCE_GAP.fullmatch(norm, than.end(), e.start) is not None


#: How the name of cells ends: a body part a frequency word may be about (半数病人可见浆细胞增多).
_CELLS = "细胞"
#: Cells a share right before is a share of (a smear, physiology), not of patients: 30%以上的红细胞在脾内阻留.
_COUNTED_CELLS = (_CELLS, "血小板")
#: Between such a share and its cells only 的 and words of the cells (外周血T细胞, 的各阶段不成熟粒细胞, 的衰老
#: 红细胞), no verb saying patients have them (22%有血小板降低, 15例(28%)在血管内皮细胞…内查见) nor people
#: (98%的人群中血小板有PLA1, 约20%的儿童血小板减少): frequencies review of medical_14, 2026-12-04.
_CELLS_OF_THE_SHARE = re.compile(r"[ \t]*的?(?:(?![有见在出伴发可患人儿童群例者])[^\x00-\x7f,;:。、])*")
#: After cells, the head of a longer noun they only qualify (颗粒细胞癌, 干细胞瘤): tumours, not cells.
_LONGER_THAN_CELLS = re.compile("[癌瘤病症型]")


def _a_share_of_cells(norm: str, q: Quantity, subject: Entity | None, population: Span | None, rule: str,
                      entities: Sequence[Entity]) -> bool:
    """Whether a share that rule 3 binds forward counts cells, not patients: cells right after it
    (``_CELLS_OF_THE_SHARE``), no case count (2例(11.1%)粒细胞…), no patient group, no other mention
    between (50%以上变形性骨炎的破骨细胞: the patients with it), no tumour the cells name."""
    return (
        rule == "forward" and subject is not None and population is None and q.kind != "count"
        and subject.text.endswith(_COUNTED_CELLS) and not _LONGER_THAN_CELLS.match(norm, subject.end)
        and _CELLS_OF_THE_SHARE.fullmatch(norm, q.end, subject.start) is not None
        and not any(q.end <= e.start and e.end <= subject.start for e in entities)
    )


#: Labels of a mention after a ``where_after`` word that make the quantity a share of patients
#: again: 多数发生于高血压的患者, 约14%发生在流产后 (most of them have it), unlike 发生于胃窦部.
_FINDING_LABELS = frozenset({"disease", "symptom", "procedure"})


#: Between a group and a ``where_after`` word: 约2/3病例|多|发生于.
_WHERE_ADVERB = re.compile(r"[ \t]*(?:均|多|则|常|主要|可)?[ \t]*")
#: At most this many characters from a number to the end of the group after it (97%的|幼年型颗粒细胞瘤).
_WHERE_GROUP = 12


def _where(norm: str, end: int, quantities: Sequence[Quantity], entities: Sequence[Entity], cues: _Cues) -> set[int]:
    """The ids of the quantities that say where or when most cases are (80%发生于女性,
    尿道结石多数来源于膀胱, 约70%位于肺内: a ``where_after`` word right after them) and so bind to
    no finding, unless the first mention after that word is a disease, symptom or procedure that
    names no patient group (多数发生于高血压的患者, but not 约30%发生于高血压患者). A disease may
    come between, with its 的: 15%的骨血管瘤|发生于脊柱, or a group with a few modifiers
    (97%的幼年型颗粒细胞瘤|发生在30岁以前, 约2/3病例|发生于真皮)."""
    where: set[int] = set()
    # each word read below starts after a number, past blanks, 的, mentions of the clause, a patient noun and an
    # adverb, none of which runs past the clause's end (and its blanks): a clause with no word there (most) has none
    closing = _BLANKS.match(norm, end).end()
    first = min((q.end for q in quantities), default=closing)
    if cues.where.search(norm, first, closing + cues.longest_where) is None:
        return where
    for q in quantities:
        pos = _BLANKS.match(norm, q.end).end()
        if norm.startswith("的", pos):
            at = _BLANKS.match(norm, pos + 1).end()
            group = next((e for e in entities if e.start == at and e.label == "disease"), None)
            if group is not None:
                pos = _BLANKS.match(norm, group.end).end()
        cue = cues.where.match(norm, pos) or _where_after_a_group(norm, q, entities, cues)
        if cue is None:
            continue
        # a mention holding the cue's end is after it too (约70%为|女性化乳房: a finding, not 为女性)
        first = next((e for e in entities if e.end > cue.end() and e.start >= cue.start() and e.end <= end), None)
        if first is None or first.label not in _FINDING_LABELS or cues.population.match(norm, first.end):
            where.add(id(q))
    return where


def _other_group_before(norm: str, start: int, end: int, cues: _Cues) -> Span | None:
    """The last ``other_group`` word (近亲, 小鼠) in ``norm[start:end]``, the clause up to a
    finding: the group the number is about is not the record's patients."""
    found = None
    for found in cues.other_group.finditer(norm, start, end):
        pass
    return found.span() if found is not None else None


def _where_after_a_group(norm: str, q: Quantity, entities: Sequence[Entity], cues: _Cues) -> re.Match[str] | None:
    """The ``where_after`` word after the group right after ``q`` (a patient noun, or a mention
    with a few modifiers before it and an adverb after it): 约2/3病例|发生于, 97%的幼年型颗粒细胞瘤|
    发生在, 74%的血肿|发生在肝右叶."""
    at = _BLANKS.match(norm, q.end).end()
    at = _BLANKS.match(norm, at + 1).end() if norm.startswith("的", at) else at
    noun = cues.population.match(norm, at)
    ends = [noun.end()] if noun is not None else [
        e.end for e in entities
        if at <= e.start and e.end - at <= _WHERE_GROUP and _NOUN_GAP.fullmatch(norm, at, e.start)
        and not cues.verb.search(norm, at, e.start)
    ]
    return next((cue for group_end in ends if (cue := cues.where.match(norm, _WHERE_ADVERB.match(norm, group_end).end()))), None)


#: Labels a part word before is a share of patients, never a degree: 部分ABO溶血病黄疸较轻 (some
#: patients with it), 部分ANA阳性 (some patients' test).
_NO_DEGREE_LABELS = frozenset({"disease", "test"})


def _degrees(norm, start, words, entities, population_entities, end, cues: _Cues) -> dict[int, Entity]:
    """``id(word) → mention`` for each degree word (``degree_before``) that says how much of
    the mention right after it rather than how many patients: ``肿块部分钙化``. Not before a
    disease or test, nor next to a patient group: ``部分肝癌的患者``, ``部分弓形体病人``,
    ``胶质瘤患者大部分生长缓慢``."""
    found: dict[int, Entity] = {}
    for word in words:
        if word.qualifier not in cues.degree or _population_after(norm, word.end, end, cues) is not None:
            continue
        if _population_ending(norm, start, word.start, population_entities, cues) is not None:
            continue
        at = _BLANKS.match(norm, word.end).end()
        mention = next((e for e in entities if e.start == at), None)  # the longest one there
        if mention is not None and mention.label not in _NO_DEGREE_LABELS:
            found[id(word)] = mention
    return found


def _respectively(norm, start, end, entities, quantities, population_entities, cues) -> dict[int, Entity | None]:
    """Rule 5: ``id(number) → finding`` for the numbers after 分别, paired in order with the
    findings listed before it (outermost mentions, patient groups left out); all of them to
    the one finding when only one disease, symptom or procedure is named and no patient group
    comes before the cue (its share in several groups: 男、女耳聋的发生率分别为81%和19%, SLE 5年及10年
    存活率分别在95%及85%以上; not 白大衣高血压和隐性高血压者分别占…, nor a body part: 正常肝和肌组织中
    分别含有…); every number → None when the counts differ otherwise. Not when findings come
    between the cue and the numbers. Numbers written before the cue go with the findings after
    it (``_numbers_before``)."""
    cue = cues.respectively.search(norm, start, end)
    if cue is None:
        return {}
    numbers = [q for q in quantities if q.start >= cue.end() and q.kind in FREQUENCY_KINDS and q.kind != "frequency_word"]
    if len(numbers) < 2 and (before := _numbers_before(cue, start, entities, quantities, population_entities)):
        return _paired_after(cue, end, before, entities, population_entities)
    # 分别占肺部肿瘤的0.5%或0.33%: the whole the shares are of holds no finding of its own
    whole = _WHOLE_AFTER_CUE.match(norm, cue.end(), numbers[0].start) if numbers else None
    after = whole.end() if whole is not None and whole.end() == numbers[0].start else cue.end()
    if len(numbers) < 2 or any(after <= e.start < numbers[-1].start for e in entities):
        return {}  # 依次为乙状结肠(10.8%)、盲肠(6.5%): each number follows its own finding
    findings = [
        e for e in entities
        if e.end <= cue.start() and e not in population_entities
        and not any(o is not e and o.start <= e.start and e.end <= o.end for o in entities)
    ]
    if (
        len(findings) == 1 and findings[0].label in _FINDING_LABELS
        and not any(p.end <= cue.start() for p in population_entities)
    ):
        return {id(q): findings[0] for q in numbers}  # 发生颅内出血的机会分别为20%和42%: one finding, several groups
    if len(findings) != len(numbers):
        return {id(q): None for q in numbers}
    return {id(q): e for q, e in zip(numbers, findings)}


#: After 分别, the whole its shares are of, up to the first number: 分别|占肺部肿瘤的|0.5%或0.33%
#: (frequencies review of medical_8, 2026-12-04).
_WHOLE_AFTER_CUE = re.compile(r"[ \t]*(?:约|均|各)?占[^,;。:]{1,20}?的[ \t]*(?:约)?")


def _numbers_before(cue, start, entities, quantities, population_entities) -> list[Quantity]:
    """Two or more numbers of the clause before 分别, no finding between the first and the cue
    but patient groups (约15%和8%的患者|分别出现…): they are paired with the findings after it."""
    before = [q for q in quantities if start <= q.start and q.end <= cue.start()
              and q.kind in FREQUENCY_KINDS and q.kind != "frequency_word"]
    if len(before) < 2 or any(
        before[0].start <= e.start < cue.start() and e not in population_entities for e in entities
    ):
        return []
    return before


def _paired_after(cue, end, numbers, entities, population_entities) -> dict[int, Entity | None]:
    """The numbers before 分别 paired in order with the findings after it (outermost disease,
    symptom or procedure mentions); every number → None when the counts differ."""
    findings = [
        e for e in entities
        if cue.end() <= e.start and e.end <= end and e not in population_entities and e.label in _FINDING_LABELS
        and not any(o is not e and o.start <= e.start and e.end <= o.end for o in entities)
    ]
    if not findings and not any(cue.end() <= e.start and e.end <= end for e in entities):
        return {}  # 1/3和2/3的病人分别在24,48h内出现: the findings came before, the usual rules apply
    if len(findings) != len(numbers):
        return {id(q): None for q in numbers}
    return {id(q): e for q, e in zip(numbers, findings)}


def _bind_number(norm, start, end, q, entities, quantities, population_entities, cues):
    """(subject, population, rule) for a numeric frequency. A noun between 在 and 中 before it is
    the whole the number is a share of, and its patient group when none other is named
    (在闭合性肾损伤中1/3并发其他内脏损伤; 该病在眩晕中约占5.9%: no share of vertigo patients)."""
    among = None
    for match in _AMONG.finditer(norm, start, q.start):
        among = match.span(1)
    subject, population, rule = _bind_one(norm, start, end, q, entities, quantities, population_entities, cues, among)
    if (
        among is not None and population is None
        and not (subject is not None and among[0] <= subject.start < among[1])
        and (cues.population.search(norm, *among) or any(
            among[0] <= e.start and e.end <= among[1] and e.label in _FINDING_LABELS for e in entities
        ))
    ):
        population = among  # 在重型肝炎中, 在1066例儿童肾病中; not 在病程中, 在痰杯中
    return subject, population, rule




def _within_any(spans) -> Callable[[Entity], bool] | None:
    """A test whether a mention lies within one of ``spans``, or None when they are few (8 or
    fewer, the usual case: scan them). With more it bisects their starts and reads a running
    furthest end instead of scanning them all for each mention: a long clause (a text without
    punctuation) has thousands of groups and mentions."""
    if len(spans) <= 8:
        return None
    ordered = sorted(spans, key=lambda p: p.start)
    starts = [p.start for p in ordered]
    reach, furthest = [], -1
    for p in ordered:
        furthest = max(furthest, p.end)
        reach.append(furthest)

    def within(e):
        i = bisect_right(starts, e.start)
        return i > 0 and reach[i - 1] >= e.end

    return within


def _bind_one(norm, start, end, q, entities, quantities, population_entities, cues, among):
    opening = q.start if norm[q.start] == "(" else _opening_parenthesis(norm, start, q.start)  # (93%), 头痛(20例,35%)
    leads_on = False  # a frequency word, the parenthesis, then what follows: 重者多数(92.2%)出现昏迷
    if opening is not None:
        # a frequency word may come between: 纤维化常见(80%), 头痛较多见(30%); not when a verb or
        # a mention follows the parenthesis (腹部多数(28%)有局限性轻压痛: about what follows)
        closing = norm.find(")", q.end - 1)
        word = next((o for o in quantities if o.kind == "frequency_word" and o.end == opening), None)
        if word is not None and closing >= 0:
            after_parenthesis = _BLANKS.match(norm, closing + 1).end()
            if _names_what_follows(norm, after_parenthesis, cues) or any(e.start == after_parenthesis for e in entities):
                word = None  # 系统性红斑狼疮常见(50%)关节痛: about the finding after it
                leads_on = (verb := cues.having_after.match(norm, after_parenthesis)) is not None and any(
                    e.label in ("symptom", "disease") and verb.end() <= e.start <= verb.end() + 8 for e in entities
                )
        before_parenthesis = word.start if word is not None else opening
        # mentions ending right before it, only blanks between (found by one backward scan, not a
        # slice per mention: a long clause of many numbers would be cubic)
        blank_from = before_parenthesis
        while blank_from > 0 and norm[blank_from - 1].isspace():
            blank_from -= 1
        if ending := [e for e in entities if blank_from <= e.end <= before_parenthesis]:
            return min(ending, key=lambda e: e.start), None, "paren"
    if norm[q.start] == "(":
        group = _population_ending(norm, start, q.start, population_entities, cues)
        if leads_on and group is None:
            return next(e for e in entities if e.start >= q.end and e.label in ("symptom", "disease")), None, "paren"
        if group is None:
            return None, None, "paren"
        following = [e for e in entities if e.start >= q.end and e not in population_entities]
        return (following[0] if following else None), group, "paren"  # 大部分患者(94%)可有X

    inside_group = _within_any(population_entities)
    # no other frequency between a mention and the number: the last one ending before the number
    # starts before the mention's end (one pass per number, not one per mention and number)
    last_frequency = max((o.start for o in quantities if o.kind in FREQUENCY_KINDS and o.end <= q.start), default=-1)
    before = [
        e
        for e in entities
        if e.end <= q.start
        and not (  # 伴[胸腔]积液者
            any(p.start <= e.start and e.end <= p.end for p in population_entities) if inside_group is None
            else inside_group(e)
        )
        and e.end > last_frequency
        and not cues.condition.match(norm, e.end, q.start)  # 多发性骨髓瘤时多超过10%: when, not what
        and not (among is not None and among[0] <= e.start and e.end <= among[1])
    ]
    after = _BLANKS.match(norm, q.end, end).end()
    # …or a patient group named by its disease (约50%|急性胆囊炎病人胆汁细菌培养阳性), or a mention
    # right after it (a 的 may come between): a list written number first (69%有肝硬化，83%肝肿大，
    # 13%脾肿大). A disease there with more words after it in the clause names those who have it,
    # as 患者 would: 约有15%抑郁症可有精神病性症状 is about the psychotic symptoms, 约25%的横膈疝伴有
    # 肠旋转不良 about the malrotation
    at = _BLANKS.match(norm, after + 1, end).end() if norm.startswith("的", after) else after  # 约25%的|横膈疝伴有…
    mention_after = next((e for e in entities if e.start == at), None)
    group_after = None
    if (mention_after is not None and mention_after.label == "disease"
            and _BLANKS.match(norm, mention_after.end, end).end() < end):
        group_after = mention_after
        population_entities = [*population_entities, mention_after]
    elif norm.startswith("的", after) and (named := _group_named_after(norm, at, end, entities, cues)) is not None:
        group_after = named  # 约60%的初诊AML有…出血, 约1/3的功能尿失禁是由尿路感染…引起
        population_entities = [*population_entities, named]
    copula = cues.copula.match(norm, after)
    starts = _after_a_modifier(norm, copula.end(), cues) if copula is not None else ()
    if starts and (complement := next((e for e in entities if e.start in starts and e.label in _COPULA_LABELS), None)) is not None:
        return complement, None, "forward"  # 90%以上为葡萄状肉瘤, 约44%为双侧腹股沟斜疝: the finding right after the verb
    names_what_follows = (_names_what_follows(norm, after, cues) or any(p.start == after for p in population_entities)
                          or mention_after is not None)
    if not names_what_follows and (having := _having(norm, start, end, q, population_entities, cues)) is not None:
        return having, None, "rate"  # 发热者占80%, 伴胸腔积液者为64%, 血沉增快者占14/15例
    leads_forward = names_what_follows or q.kind in ("fraction", "count")
    rate = rate_population = None
    for rate in cues.rate.finditer(norm, start, q.start):
        pass
    whole = [e for e in before if e.start >= rate.end()] if rate is not None else []
    if whole and (_WHOLE_TAIL.fullmatch(norm, max(e.end for e in whole), q.start) or (
        rate.group().endswith("占") and any(
            cues.whole_opening.fullmatch(norm, rate.end(), e.start) and _BLANKS.fullmatch(norm, e.end, q.start) for e in whole
        )
    ) or rate.group().endswith("占") and (bare := cues.whole_before.search(norm, rate.end() - 1, q.start)) is not None
            and bare.start() == rate.end() - 1
    ):  # 占全部乳头溢液80%以上, MCN占肾病综合征63%～93%, 占白血病例总数0.7%: the whole, no 的 after it
        # 色素型占基底细胞癌的6%, 占消化内科专科门诊的30%: the noun phrase between the rate noun
        # and 的 is the whole the number is a share of, never what it counts; the subject comes
        # before the rate noun
        candidates = [e for e in before if e.end <= rate.start()]
        population = _population_before(norm, start, rate.start(), population_entities, cues)
        nearest = _nearest(candidates) if candidates else None
        if nearest is not None and any(e.canonical == nearest.canonical for e in whole):
            nearest = None  # 此类型的面神经麻痹占所有面神经麻痹的12%: a kind of the whole, unnamed
        return nearest, population, "rate"
    if rate is not None and not any(e.start >= rate.end() for e in before):
        rate_population = _population_before(norm, start, rate.start(), population_entities, cues)
        if candidates := [e for e in before if e.end <= rate.start()]:
            return _nearest(candidates), rate_population, "rate"

    if leads_forward:
        population = _population_after(norm, after, end, cues)
        if population is None and group_after is not None:
            population = (group_after.start, group_after.end)  # 约25%NHL发生于结外: a share of NHL
        if population is None and rate is None:
            population = _group_before_number(norm, start, q.start, population_entities, cues)
        first = population[1] if population else after
        grouped = set(population_entities) if len(population_entities) > 8 else population_entities
        following = [
            e for e in entities
            if e.start >= first and e not in grouped
            and not (group_after is not None and e.canonical == group_after.canonical)  # 9%的前列腺癌和45%的…前列腺癌
        ]
        # a body part or specimen written right before another mention qualifies it:
        # 14/15例病人血清IL-1β水平增加 is about IL-1β, not 血清; so does one opening a noun the
        # dictionaries lack (25%有胸膜|痛及自发性气胸): the finding is further on
        while len(following) > 1 and following[0].label == "body" and (
            following[1].start == following[0].end
            or (following[1].label != "body" and _qualifies_a_longer_noun(norm, following[0], q, cues))
        ):
            following.pop(0)
        # a site or an examination where the finding is seen: 80%病人肺部可见结节样阴影,
        # 约1/3病例眼底检查在黄斑部可见樱桃红斑点 count the finding, not the lung or the examination
        while len(following) > 1 and following[0].label in _WHERE_SEEN and (
            seen := cues.seen_there.search(norm, following[0].end, end)
        ) and any(e.start >= seen.end() and e.label in _SEEN_LABELS for e in following[1:]):
            following.pop(0)
        # a mention made the time of the finding: 约1/3患者在手术时已有子宫外转移, 20%～30%的患者剖腹探查时
        # 包膜已穿破 count the metastasis and the rupture, not the operation
        while len(following) > 1 and cues.condition.match(norm, following[0].end) and following[1].start > following[0].end:
            following.pop(0)
        if following:
            return following[0], population, "forward"
        if before:
            return _nearest(before), population, "backward"
        return None, population, "forward"
    if before:
        return _nearest(before), None, "backward"
    return None, rate_population, "rate" if rate_population else ""


#: Labels of a mention a finding is seen in or by (肺部|可见, 眼底检查|可见), and of what is seen.
_WHERE_SEEN = frozenset({"body", "procedure"})
_SEEN_LABELS = frozenset({"symptom", "disease"})
#: Labels of a mention that can name the cases a share counts (约60%的初诊AML有…出血).
_GROUP_LABELS = frozenset({"disease", "symptom"})


def _group_named_after(norm: str, at: int, end: int, entities: Sequence[Entity], cues: _Cues) -> Entity | None:
    """After ``N%的``, a disease or symptom opening a noun phrase (a few modifiers before it:
    初诊|AML, 功能|尿失禁, 家族性|ALS) with a predicate after it in the clause: the cases of it
    the number counts, not what they have (约60%的初诊AML有不同程度出血, 20%的家族性ALS有SOD1基因突变);
    a site or organism among the modifiers names the kind (90%以上的胃MALT淋巴瘤存在Hp感染,
    40%的铜绿假单胞菌败血症的原发病为…: on xywy medical_0–3 and 10–11, 7 statements, 6 right and
    one left without a subject where its finding is no mention).
    Not when a patient noun follows it (约30%的高血压患者: the population rules read that), nor
    after a modifier with its own 的 (近25%的增大的腺体的梗死现象: what a quarter of the glands show)."""
    if cues.any_measure.match(norm, at):
        return None  # 2%～4%的出血率: the measure, not a group
    for e in entities:
        if e.start < at or e.start - at > _GROUP_MODIFIERS or e.nested:
            continue
        if e.label in _NAMING_A_KIND and any(_KIND_GAP.fullmatch(norm, e.end, o.start) for o in entities if o.start >= e.end):
            # a site or organism naming the kind, right before another mention (an adjective in 性 or
            # 型, or 或, between at most): 90%以上的胃|MALT|淋巴瘤存在…, 40%的铜绿假单胞菌|败血症的…,
            # 75%的胆管|囊性|畸形在…; not 80%的心脏可闻及杂音
            continue
        gap = norm[at : e.start]
        if (e.label not in _GROUP_LABELS or not _NOUN_GAP.fullmatch(gap) or "的" in gap
                or cues.verb.search(gap) or cues.not_a_group.search(gap) or cues.population.search(gap)):
            return None
        if cues.population.match(norm, e.end) or _BLANKS.match(norm, e.end, end).end() >= end:
            return None
        return e
    return None


#: After a finding, a group of its patients defined by what they have (有家族史者, 伴发此症者; not
#: 有效者, those a treatment helps, nor 有关者, 有的患者): a number after it counts them, not the
#: finding (review of xywy medical_10–11, 2026-12-04).
_HAVING_UNNAMED = re.compile(
    r"[ \t]*(?:中|患者|病人|病例|患儿)?[均都仍亦也常多可尚已]{0,2}(?:有(?![效关的些])|伴有|伴发|伴|出现|合并|并发)[^,，;；。:：]{1,12}?者"
)
#: Between a site or organism and the mention of the kind it names (胆管|囊性|畸形, 上皮细胞|型|胸腺瘤).
_KIND_GAP = re.compile(r"(?:[\u4e00-\u9fff]?[性型]|或)?")
#: Right before a finding, a negation that makes a group of those without it (无骨折…者).
_NEGATION_BEFORE = frozenset("无未非不")
#: Labels of a mention that, opening a disease's name, says which kind of it (a site, an organism).
_NAMING_A_KIND = frozenset({"body", "microbe"})


def _after_a_modifier(norm: str, at: int, cues: _Cues) -> tuple[int, ...]:
    """Where the finding after a copula ending at ``at`` may start: right there, or after a
    ``copula_modifier`` (为|双侧|腹股沟斜疝; frequencies review of medical_12, 2026-12-04)."""
    modifier = cues.copula_modifier.match(norm, at)
    return (at, modifier.end()) if modifier is not None else (at,)


#: What a number followed by a ``copula`` verb can count (not a body part, a test or a drug:
#: 63%为小肠, 40%转为高铁血红蛋白).
_COPULA_LABELS = frozenset({"disease", "symptom", "microbe"})


def _closes_its_clause(norm: str, position: int, end: int) -> bool:
    """Whether nothing but a 的 follows ``position`` (after the number and its patient group)
    in the clause: only then is the number said of the mention before it (肠道感染13%，,
    蝶形红斑仅见于50%病例). A predicate after it makes the mention the group or the whole
    (假性胰腺囊肿约80%为单发, 热性惊厥中仅2.4%以后转为癫痫, IgG仅40%沉积于血管内): a review of
    xywy found four in five such rows wrong."""
    if norm.startswith("的", position):
        position += 1
    position = _BLANKS.match(norm, position, end).end()
    return position >= end or norm[position] in _CLAUSE_ENDS


#: What ends a clause or an item of a list in it (a closing bracket too, after a number: ``_CLAUSE_ENDS``).
_CLAUSE_OR_ITEM_MARKS = "，,、。；;：:！!？?"
_CLAUSE_ENDS = frozenset(_CLAUSE_OR_ITEM_MARKS + "）)")


def _clause_end_or_list_item(norm: str, pos: int) -> int:
    """Where the clause or list item holding ``pos`` ends (at a comma, 、 or a stop), or the text's end."""
    return clause_bounds.clause_end(norm, pos, _CLAUSE_OR_ITEM_MARKS)


#: Characters after 中 that make it another word (中心, 中国, 中毒, 中位数 …), not "among".
_NOT_AMONG = "心国医药间枢毒耳年度期午等性风文线央部段位止断"
#: 在, a short noun phrase, 中: among what (在先天性心脏病中占0.26%, 在成人颈椎骨折脱位中); not the
#: 中 of 中心, 中国, 中毒 …, nor the 在 of 存在, 现在 …
_AMONG = re.compile(rf"(?<![存实所现内外自潜])在((?:(?!在)[\u4e00-\u9fffA-Za-z0-9\-]){{1,12}}?)(?:之)?中(?![{_NOT_AMONG}])")


def _having(norm: str, start: int, end: int, q: Quantity, population_entities: Sequence[Entity], cues: _Cues) -> Entity | None:
    """The mention of a group noun (者, 患者 …) ending right before the number, only link words
    between: its finding is what is counted (伴胸腔积液者|为|64%, 肝脾肿大者|约占10%, 高血压患者|仅占|45%).
    With no such word other than a hedge (约), only before a case count (胃损伤者|13例) or a
    number that ends its clause (有胆绞痛者80%,大出血63%): in 高血压患者约30%死于心力衰竭 the
    number counts those who die. Not a group after a rate word (占青光眼病人68%: the whole), nor a
    body part (位于肾上腺者占80% says where); the longest mention when several end there."""
    lead = cues.link_gap.match(norm, q.start).end()  # 约占 written as part of the number
    counted = q.kind in ("count", "fraction") or not any(char.isalnum() for char in norm[q.end : end])  # 发热者30%。
    found = None
    for e in population_entities:
        if e.start < start or e.end > q.start or e.label == "body" or cues.after_rate.search(norm, start, e.start):
            continue
        noun = cues.population.match(norm, e.end)
        gap = norm[noun.end() : q.start]
        if not cues.link_gap.fullmatch(gap):
            continue
        strong = any(word in cues.strong_links for word in cues.links.findall(gap + norm[q.start : lead]))
        if (counted or strong) and (found is None or e.end > found.end):
            found = e
    return found


def _qualifies_a_longer_noun(norm: str, e: Entity, q: Quantity, cues: _Cues) -> bool:
    """A body part followed, before the number, by more Chinese that is no cue word
    (卵巢|恶性生殖细胞肿瘤, 血管|内癌栓形成率): it only qualifies a noun the dictionaries do not
    have. Not when the number follows it (股骨约占40%) nor an ``involvement`` word (肝脏受累者).
    A mention of another label qualifies one only before a ``modifier_after`` word (溃疡|型占30%,
    绝经|后期为36.1%)."""
    if e.end == q.start or e.end >= len(norm):
        return False
    if e.label != "body":
        return cues.modifier_after.match(norm, e.end) is not None
    after = norm[e.end]
    if after == "-" and e.end + 1 < len(norm) and "\u4e00" <= norm[e.end + 1] <= "\u9fff":
        return True  # 29%的移植肾有肾盂|-肾反流: the first part of a joined name (frequencies review of medical_6, #46)
    return (
        "\u4e00" <= after <= "\u9fff"
        and cues.link_word.match(norm, e.end) is None
        and cues.involvement.match(norm, e.end) is None
    )


def _is_heading(norm: str, start: int, e: Entity) -> bool:
    """Whether ``e`` opens its clause (after an item number) and a blank follows it: a heading
    (``1.骨髓穿刺 半数病人…``)."""
    return norm[e.end : e.end + 1] in (" ", "\t") and _ITEM_NUMBER.fullmatch(norm, start, e.start) is not None


#: Labels of a heading the text after it reports the results of (1.骨髓穿刺 …); a symptom heading
#: is what the text describes (2.腹部肿块 约半数以上患者…扪及…包块).
_EXAMINATIONS = frozenset({"test", "procedure", "body"})
#: Blanks and an item number before a heading: 1., 2、, (3), ①.
_ITEM_NUMBER = re.compile(r"\s*(?:[0-9]{1,2}[.、]|\([0-9]{1,2}\)|[①-⑳])?\s*")


def _is_cohort(norm: str, pos: int, end: int) -> bool:
    """``本组20例患者中``, ``260例心脏停搏幸存者中``: the count after which ``pos`` comes is the
    group looked at (a denominator), not the patients with the finding."""
    return _COHORT.match(norm, pos, end) is not None


#: After a count, a short noun phrase and 中 (not the 中 of 中毒, 中国, 中位 …), or a comma and 其中
#: (小肠套叠668例,其中383例(57%)): the group looked at.
_COHORT = re.compile(rf"[ \t]*[^\s,;:。!?()0-9]{{0,12}}?(?:,[ \t]*其)?中(?![{_NOT_AMONG}])")


def _cohort_before(norm: str, q: Quantity, cohorts: Sequence[tuple[Quantity, int]], cues: _Cues) -> Quantity | None:
    """The group looked at (``_is_cohort``, ``_is_led_cohort``) that count ``q`` is a share of: the
    last one before it in its sentence and at least as large (本组20例中8例发热: 8 of those 20), at most
    ``_COHORT_REACH`` characters before it unless a printed percentage agrees within rounding (61例HE中,…,
    12例(20%)未见异常). None when a printed percentage disagrees with it by more than rounding (其中6例(28.6%):
    of another count) or one did before ``q``, when a ``subset`` word (…21例发生术后肠梗阻, 其中6例: a
    part of the 21) or a ``report`` verb after the cohort's clause comes between (…Koga等报道59例: another
    report), and for a bare count after a led cohort (报道2例病人出现…和1例…)."""
    cohort, items_end = next(((c, end) for c, end in reversed(cohorts) if c.end <= q.start), (None, 0))
    if cohort is None or q.start > items_end or q.numerator is None or cohort.numerator < q.numerator:
        return None
    if q.start - cohort.end > _COHORT_REACH and q.value is None:
        return None  # farther only a printed percentage that agrees (61例HE中,18例(29%)…,31例(51%)…,12例(20%))
    if cues.report.search(norm, min(_clause_end(norm, cohort.end), q.start), q.start):
        return None  # not the verb of the cohort's own clause (据对61例…病人的动态心电图记录分析,)
    if q.value is not None:
        # far from it, only rounding (…47例中…,我国上海市儿童医院50例活检结果,…IgA肾病7例(14%): not 7 of 47)
        near = q.start - cohort.end <= _COHORT_REACH
        return cohort if abs(100 * q.numerator / cohort.numerator - q.value) <= (1 if near else 0.5) else None
    if not _is_cohort(norm, cohort.end, q.start):
        return None  # a count led by 对, 报道 … with no 中 (报道2例病人出现…和1例…): only a percentage that agrees tells
    return None if cues.subset.search(norm, cohort.end, q.start) else cohort


#: How far after the group looked at a count may be to count a share of it.
_COHORT_REACH = 40


def _is_led_cohort(norm: str, q: Quantity, sent_start: int, cues: _Cues) -> bool:
    """A count right after a ``cohort_lead`` word is the group looked at, with no 中 after it
    (据对61例发生心脏性猝死病人的动态心电图记录分析,…: frequencies re-review of medical_13)."""
    return cues.cohort_lead.search(norm, max(sent_start, q.start - 8), q.start) is not None


def _cohort_group(
    norm: str, cohort: Quantity, end: int, entities: Sequence[Entity], entity_starts: list[int], cues: _Cues
) -> Span | None:
    """The noun phrase after a cohort's count naming who they are: up to its first patient word
    (对71例本病患儿经检查…: 本病患儿), else a mention closing it before 中, 的 or the clause's end
    (61例HE中: HE; 检查76例再复性腹痛,: 再复性腹痛); None if neither (小肠套叠668例,其中: the group is before)."""
    if _MODIFIED.search(norm, max(0, cohort.start - 2), cohort.start):
        return None  # 在无骶髂关节炎的119例患者中: who they are is told before the count
    start, stop = _COHORT_TAIL.match(norm, cohort.end, end).span("tail")
    words = [m.end() for m in cues.population.finditer(norm, start, stop)]
    if words and words[-1] == stop:
        return start, stop  # a patient word closes it: 100例婴儿泌尿系统感染病例中
    noun = _COHORT_NOUN.match(norm, start, stop).end()
    if noun > start and not norm.startswith(("的", "之"), noun) and any(
        e.end == noun and e.label != "body"
        for e in entities[bisect_left(entity_starts, start) : bisect_left(entity_starts, noun)]
    ):  # a mention closes it: 20例小儿厌食中, 76例再复性腹痛,; not 报道275例大动脉的损伤
        return start, noun
    # else up to its first patient word: 对71例本病患儿经检查发现异常者达73%
    return (start, words[0]) if words else None


#: After a cohort's count, its noun phrase: up to 16 characters before a stop, 中 or a number.
_COHORT_TAIL = re.compile(r"[ \t]*(?P<tail>[^\s,;:。!?()0-9中]{0,16})")
#: The same up to its first 的 or 之: 61例|HE|中, 76例|再复性腹痛|,
_COHORT_NOUN = re.compile(r"[^的之]*")
#: A modifier in 的 right before a count: 无骶髂关节炎的|119例患者中.
_MODIFIED = re.compile(r"的[ \t]*\Z")


def _items_reach(norm: str, start: int, end: int, quantities: Sequence[Quantity], quantity_starts: list[int], cues: _Cues) -> int:
    """The end of the items a cohort (ending at ``start``) is the group of: up to two clauses without a
    number (…病人的动态心电图记录分析,发生致死性心律失常包括:), then the run of clauses each holding one
    (26例(43%)单形性室速,15例(25%)…), up to one opening another report (…,有报道…75%) or group (,而|,但)."""
    reach, leading = start, 0
    for clause_start, clause_end in _clauses(norm, start, end):
        held = quantities[bisect_left(quantity_starts, clause_start) : bisect_left(quantity_starts, clause_end)]
        if not any(q.kind != "frequency_word" for q in held):
            if reach > start or leading == 2:
                break
            leading += 1
            continue
        if reach > start and (cues.report.search(norm, clause_start, held[0].start) or _TURN.match(norm, clause_start - 1)):
            break
        reach = clause_end
    return reach


#: A clause turning to another group: ,而… ,但…
_TURN = re.compile(r"[,;][ \t]*(?:而|但)")


def _an_item_of(norm: str, s: FrequencyStatement, cohort: Quantity, group: Span, reach: int, cues: _Cues) -> bool:
    """Whether statement ``s`` is an item of the cohort's list: after it within ``reach``, with no
    population yet, a count it is the denominator of or a percentage with no count, not a part
    named by a subset word in its clause (其中70%超过39℃), nor about the group itself."""
    q = s.quantity
    if s.population or not cohort.end <= q.start < reach:
        return False
    if s.subject is not None and group[0] <= s.subject.start < group[1]:
        return False  # 对61例发生心脏性猝死病人: the group, not what it counts
    if q.kind == "count":
        return s.denominator == cohort.numerator
    clause_start = _clause_start(norm, q.start)
    if ";" in norm[cohort.end : q.start]:
        return False  # …85170名儿童进行的调查…总患病率为1.20%;城市总患病率为0.70%: another group's, unchecked
    return q.kind in ("percent", "percent_range") and not (
        cues.subset.search(norm, clause_start, q.start) or _ONE_OF_THEM.search(norm, clause_start, q.start)
    )


#: A part of a cohort named before: 对92例小儿慢性肝炎…,其中乙型肝炎和自身免疫性肝炎各46例,前者32%发展为肝硬化.
_ONE_OF_THEM = re.compile("前者|后者")


def _opening_parenthesis(norm: str, start: int, pos: int) -> int | None:
    """The offset of the ``(`` (after ``start``) that ``pos`` is inside of, if any."""
    opening = norm.rfind("(", start, pos)
    return opening if opening >= 0 and norm.find(")", opening, pos) < 0 else None


def _nearest(entities: list[Entity]) -> Entity:
    """The entity ending last; of those, the longest (弥漫性色素沉着 over 色素沉着)."""
    return max(entities, key=lambda e: (e.end, -e.start))


#: How far after a number and its 的 a group a 的 inside defines may end (约40%的抗磷脂抗体阳性的系统性红斑狼疮患者:
#: 17 characters; frequencies review of medical_9, category 3).
_MODIFIED_GROUP_REACH = 30


def _population_after(norm: str, pos: int, end: int, cues: _Cues) -> Span | None:
    """``的胆总管结石患者并存有…`` → the span of 胆总管结石患者, if a patient noun comes
    before any verb and within a short noun phrase."""
    if norm.startswith("的", pos):
        pos += 1
    elif norm.startswith(("为", "是"), pos):
        return None  # 患者90%为黑人男性: what they are, not the group counted (frequencies review of medical_8)
    noun = cues.population.search(norm, pos, min(end, pos + 16))
    if noun is None and (longer := cues.population.search(norm, pos, min(end, pos + _MODIFIED_GROUP_REACH))) is not None and (
            "的" in norm[pos : longer.start()]):
        noun = longer  # 约40%的|抗磷脂抗体阳性的系统性红斑狼疮患者|可出现血小板减少: a group its 的 defines, longer
    if noun is None:
        return None
    verb = cues.verb.search(norm, pos, noun.start()) or cues.where.search(norm, pos, noun.start())  # 约15%|见于|青少年
    if verb is not None or re.search(r"[0-9%()]", norm[pos : noun.start()]):
        return None
    noun_end = noun.end()
    while (more := cues.population.match(norm, noun_end, end)) is not None:
        noun_end = more.end()  # 1/3300白人|婴儿: the whole group
    return pos, noun_end


def _population_before(norm: str, start: int, pos: int, population_entities, cues: _Cues) -> Span | None:
    """``在RA患者中的发病率为…`` → the span of RA患者 (the last patient group before ``pos``)."""
    groups = [e for e in population_entities if start <= e.start and e.end <= pos]
    if not groups:
        return None
    group = max(groups, key=lambda e: (e.end, e.end - e.start))
    return group.start, cues.population.match(norm, group.end).end()


#: A clause's group closing with 者 right before its number (中, 有, 约, 仅 between): 变异型心绞痛病人有上述
#: 表现者|42% 猝死, 260例心脏停搏幸存者中|4例(1.5%)
_GROUP_IN_ZHE = re.compile(r"(?P<group>[^,;:。!?\n]{2,30}?者)[ \t]*(?:之?中)?[ \t]*(?:约有|仅有|只有|有|约|仅|只)*[ \t]*\Z")
#: A numbered heading opening the clause, before its text: 2.局限性神经损害 |…
_HEADING_BEFORE_TEXT = re.compile(r"[ \t]*[0-9]{1,2}[.、][^ \t,;:。]{1,12}[ \t]+")
#: Right after a number, a predicate: a word, not a list word nor the clause's end (42%|猝死, 20%以上|发生本病;
#: not 白内障者43.1%|, where those with the finding are what is counted)
_PREDICATE_AFTER = re.compile(r"[ \t]*(?:以上|以下|左右)?[ \t]*(?![和及与或])[\u4e00-\u9fffA-Za-z]")


#: Between a mention and the number right after it: after an operation, its own (疝修补术后) or one on the
#: mention (精索静脉曲张术后35%): when the patients are counted, not what (row check of the s11 merge, #3).
_AFTER_AN_OPERATION = re.compile(r"(?P<operated>术)?后[ \t]*")


#: The arm of a study right before its number, link words between (非梗阻组为|60%, 克霉唑组仅|55.56%); not a case
#: series (一组, 本组, 该组: 有一组为38%), nor all or each arm (全组, 各组, 两组); an arm of one character is one
#: (甲组, 乙组, A组: code review 11 #4).
_ARM_BEFORE = re.compile(
    r"(?P<arm>[^,，;；。:：、()（）\s]{1,14}?组)[ \t]*(?:为|仅|约|占|则为|仅为|约为|约占|仅占|是|达)*[ \t]*\Z"
)


def _arm_before(norm: str, start: int, at: int, cues: _Cues) -> Span | None:
    """The arm of a study (X组) written right before the number at ``at``: the group whose share it is (frequencies
    review of medical_7, GS 3c); a report or a conjunction opening it is no part of it (而|对照组仅20%)."""
    if norm.startswith(("(", "（"), at) and at > start and norm[at - 1] == "组":
        return None  # 对照组(78.5%): rule paren reads it
    found = _ARM_BEFORE.search(norm, start, at)
    if found is None:
        return None
    arm_start = cues.arm_lead.match(norm, found.start("arm"), found.end("arm")).end()
    if cues.no_arm.search(norm[arm_start : found.end("arm")]):
        return None
    return arm_start, found.end("arm")


def _group_in_zhe(norm: str, q: Quantity, cues: _Cues) -> Span | None:
    """The group in 者 opening the clause of a number that a predicate follows is whom the number
    counts (Miller等报道变异型心绞痛病人有上述表现者42% 猝死: of 变异型心绞痛病人有上述表现者; 如不伴发心律失常者
    仅6%猝死), without a numbered heading, a report or a lead word before it (``group_lead``); not one
    opening with a number, a measurement (2.3mm者仅有1%发病). Frequencies review of medical_13, 2026-12-05."""
    if not _PREDICATE_AFTER.match(norm, q.end):
        return None
    group = _GROUP_IN_ZHE.match(norm, _clause_start(norm, q.start), q.start)
    if group is None:
        return None
    start, end = group.span("group")
    start = _HEADING_BEFORE_TEXT.match(norm, start, end).end() if _HEADING_BEFORE_TEXT.match(norm, start, end) else start
    start = cues.report_before_group.match(norm, start, end).end()
    start = cues.group_lead.match(norm, start, end).end()
    if end - start < 2 or norm[start].isdigit() or norm[start] in ".%":
        return None
    return start, end


def _group_before_number(norm: str, start: int, pos: int, population_entities, cues: _Cues) -> Span | None:
    """The patient group written right before a number that counts what follows it, only 中
    and 有, 约有, 仅有 between (小细胞肺癌患者中90%以上的人有吸烟史, 卵巢肿瘤的病人中约有20%的人合并
    乳腺疾病); not a bare 者, which names those with a finding (伴胸腔积液者为64%)."""
    gap = _GROUP_GAP.search(norm, start, pos)
    if gap is None:
        return None
    before = norm[start : gap.start()].rstrip(" \t")
    noun = next((noun for noun in cues.population_words if before.endswith(noun)), None)
    if noun is None or noun in cues.patient_suffixes:
        return None
    return _population_ending(norm, start, gap.start(), population_entities, cues)


#: Between a patient group and the number after it: 中, 有 (小细胞肺癌患者中|90%…, 病人中约有|20%).
_GROUP_GAP = re.compile(r"(?:之?中)?[ \t]*(?:约有|仅有|只有|有)?[ \t]*\Z")


def _population_ending(norm: str, start: int, pos: int, population_entities, cues: _Cues) -> Span | None:
    """The patient group ending right before ``pos``: ``胆囊结石患者`` or a bare ``患者``."""
    text = norm[start:pos].rstrip(" \t")
    for noun in cues.population_words:
        if text.endswith(noun):
            noun_start = start + len(text) - len(noun)
            group = [e for e in population_entities if e.end == noun_start]  # longest first
            return (group[0].start if group else noun_start), start + len(text)
    return None


def _lend_numerator(statement: FrequencyStatement, counts) -> FrequencyStatement:
    """``42例有血管杂音(93%)``: the count 42 joins the statement about 血管杂音."""
    if statement.numerator is not None or statement.subject is None:
        return statement
    for q, subject in counts:
        if subject == statement.subject:
            return replace(statement, numerator=q.numerator)
    return statement


def _measure(
    norm: str, start: int, q: Quantity, earlier: Sequence[FrequencyStatement], pending: list[str], cues: _Cues
) -> str:
    """What the number measures: the ``measure`` noun right before it, link words between
    (5年生存率为75%, 阳性率高达75%以上), or, for a number listed after one (分别为52.4%和32.7%),
    the next of the nouns listed before 分别 (发病率和病死率分别为10%和5%), else the same one;
    empty when none is written (约30%的患者有发热: a share of patients), nor for a listed number
    that names what follows it (病死率为20%和30%的患者有头痛). ``pending`` keeps the listed nouns
    not yet given."""
    # a clause joined to a judged measure before it (see _number_lists_joined) is the only one with a comma: the
    # judgement and a report lie between its measure and the number
    reach = cues.longest_measure + (_JUDGED_REACH if "," in norm[start : q.start] else 0)
    found = cues.measure.search(norm, max(start, q.start - reach), q.start) or cues.measure_of_a_whole.search(
        norm, max(start, q.start - cues.longest_measure - _LONGEST_WHOLE), q.start)
    if found is not None:
        nouns = _LIST_SPLIT.split(found.group(1))
        pending[:] = nouns[1:]
        return nouns[0]
    if (after := cues.measure_after.match(norm, q.end)) is not None:
        pending.clear()
        return after.group(1)  # 每年将有2%～4%的出血率, 有40%的几率: what the number is (frequencies review of medical_3, rule D)
    if (
        earlier
        and (previous := earlier[-1]).measure
        and _LISTED.fullmatch(norm, previous.quantity.end, q.start)
        and not _counts_what_follows(norm, q.end, cues)
    ):
        return pending.pop(0) if pending else previous.measure
    pending.clear()
    return ""


_LIST_SPLIT = re.compile(f"[{_LIST_CHARACTERS}]+")
#: The longest whole written between a measure noun and its number (葡萄胎病人的).
_LONGEST_WHOLE = 12


#: The largest denominator of a share written as a fraction (1/3, 3/4, 1/10); above it, or with
#: all counted (10/10), a fraction without a unit counts cases (69/142).
_LARGEST_SHARE_DENOMINATOR = 10


def _is_proportion(q: Quantity) -> bool:
    """Whether fraction ``q`` is a share written as a fraction (约1/3), not a count of cases."""
    return (
        q.kind == "fraction" and not q.unit and q.value is None and q.numerator is not None
        and q.denominator is not None and q.numerator < q.denominator <= _LARGEST_SHARE_DENOMINATOR
    )


def _statement(
    norm: str, q: Quantity, subject, population: Span | None, rule, evidence, measure: str = ""
) -> FrequencyStatement:
    computed = consistent = None
    numerator, denominator, reported = q.numerator, q.denominator, q.value
    if _is_proportion(q):
        # 约1/3, 2/3: a share written as a fraction, no cases counted (but 69/142, 10/10 are)
        numerator = denominator = None
        reported = round_half_up(100 * q.numerator / q.denominator, 1)
    if numerator is not None and denominator:
        exact = 100 * q.numerator / q.denominator
        computed = round_half_up(exact, 1)
        printed = _PERCENT_TEXT.search(normalize_text(q.text))
        if q.value is not None and printed is not None:
            consistent = round_half_up(exact, decimals(printed.group(1))) == q.value
    return FrequencyStatement(
        subject=subject,
        quantity=q,
        population=norm[population[0] : population[1]] if population else "",
        pct_reported=reported,
        pct_low=q.low,
        pct_high=q.high,
        comparator=q.comparator,
        approx=q.approx,
        numerator=numerator,
        denominator=denominator,
        pct_computed=computed,
        consistent=consistent,
        evidence_start=evidence[0],
        evidence_end=evidence[1],
        qualifier=q.qualifier,
        rank=q.rank,
        rule=rule,
        measure=measure,
    )
