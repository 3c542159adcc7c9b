"""The per-record work: one ``Record`` in, plain table rows out.

A plain function with no state beyond the loaded ``Language`` (dictionaries loaded once),
so it can run in worker processes or on a cluster and its rows can be pickled.
"""

from __future__ import annotations

import functools
import math
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .abbreviations import Definition
from .abbreviations.definitions import without_bare_types
from .abbreviations.table import load_abbreviation_data
from .abbreviations.component import canonical_of, definitions_in, term_labeller
from .abbreviations.mentions import TABLE_SOURCE, TEXT_SOURCE, curated_meaning, defined_label
from .clinical import (
    ClinicalVocabulary, DoseSchedule, LabFinding, is_exposure, load_clinical_vocabulary, named_as_causes, no_share_of_patients,
)
from .context.rules import load_disease_prefixes
from .context.sections import section_kind
from .context.assertion import BACKGROUND, BACKGROUND_KINDS, INNER_XING, NEGATED, PRESENT, Assertion
from .doc_values import doc_value, set_doc_value
from .entity import Entity
from .entities.matcher import SHARED_HEAD_SOURCE
from .lexicon.loader import Lexicon, load_lexicon
from .quantities import FrequencyStatement, load_quantity_resources, share_of_a_whole_before
from .quantities.binding import NUMBERED_HEADING
from .reader import Record, Section
from .reader.records import reading_rules
from .sentences import LONGEST_RUN, quotable, sentences_of
from .tables.schema import TABLES

Rows = dict[str, list[dict[str, Any]]]


@dataclass
class SectionView:
    """One processed section: its original text, its Doc and its sentences, and the Doc's
    values that every kind of row reads (taken from ``doc._`` once, not per row)."""

    section: Section
    doc: Doc
    sentences: Sequence[tuple[int, int]]

    def __post_init__(self) -> None:
        self.entities: list[Entity] = doc_value(self.doc, "entities")
        if len(self.section.text) > LONGEST_RUN:  # a text without punctuation: its rows quote pieces
            self.sentences = quotable(self.section.text, self.sentences, ((e.start, e.end) for e in self.entities))
        # where each sentence's offsets begin: at its start, the first one's at 0 (the blank
        # before it is no sentence's, and reads as the first's)
        self._starts = [0, *(start for start, _ in self.sentences[1:])]
        # one string object per sentence, however many rows quote it, so the rows a worker
        # process sends back carry it once (marshal and pickle both write an object met again
        # as a reference)
        self._texts = [self.section.text[start:end] for start, end in self.sentences]
        self.assertions: list[Assertion] = doc_value(self.doc, "assertions")
        self.normalized: str = doc_value(self.doc, "normalized_text")
        #: The section's frequency statements by the span of the mention they are about (read
        #: by the symptom and the lab rows).
        self.frequencies_by_subject: dict[tuple[int, int], list[FrequencyStatement]] = defaultdict(list)
        for statement in doc_value(self.doc, "frequencies") or ():
            if statement.subject is not None:
                self.frequencies_by_subject[statement.subject.start, statement.subject.end].append(statement)

    def sentence_of(self, offset: int) -> tuple[int, int]:
        return self.sentences[bisect_right(self._starts, offset) - 1]

    def sentence_text(self, offset: int) -> str:
        """The sentence around ``offset`` (the same string object for every row quoting it)."""
        return self._texts[bisect_right(self._starts, offset) - 1]


def process_record(record: Record, nlp: Language) -> Rows:
    """Run the pipeline over every section of ``record`` and return its rows per table."""
    lexicon = _lexicon_of(nlp)
    docs = _docs(record, nlp)
    definitions = without_bare_types([definitions_in(doc_value(doc, "normalized_text"), lexicon) for doc in docs],
                                     load_abbreviation_data(lexicon.directory).table)
    record_definitions = [d for found in definitions for d in found]
    for doc in docs:
        set_doc_value(doc, "abbreviation_definitions", record_definitions)
    views = [
        SectionView(section, doc, sentences_of(section.text, doc_value(doc, "normalized_text")))
        for section, doc in zip(record.sections, nlp.pipe(docs))
    ]
    rows: Rows = defaultdict(list)
    rows["mentions"] = [row for view in views for row in _mention_rows(record, view)]
    rows["abbreviations"] = _abbreviation_rows(record, views, definitions, lexicon)
    exposures = named_as_causes([(view.section.path, view.entities) for view in views])
    own_names, own_spreads = _own_disease_names(record, lexicon), _own_spreads(record)
    own = _OwnNames(own_names, _heads_after_a_site(record, lexicon), record.disease or "")
    for previous, view in zip([None, *views], views):
        rows["frequencies"] += _frequency_rows(record, view, after_a_type=_heads_a_type(record, previous, view))
        rows["symptoms"] += _symptom_rows(record, view, own, own_spreads)
        rows["labs"] += _lab_rows(record, view)
        rows["therapies"] += _therapy_rows(record, view, exposures)
    rows["record_fields"] = [
        {"record_id": record.record_id, "field": field, "value": value} for field, value in record.fields
    ]
    rows["records"] = [
        {
            "record_id": record.record_id,
            "disease": record.disease,
            "source": record.source,
            "n_sections": len(record.sections),
            "n_chars": sum(len(section.text) for section in record.sections),
            "n_mentions": len(rows["mentions"]),
        }
    ]
    for table, table_rows in rows.items():
        if numeric := _NUMERIC_COLUMNS[table]:
            for row in table_rows:
                _blank_unstorable(row, numeric)
    return dict(rows)


_INT64_MAX = 2**63 - 1
#: Numbers the pipeline counts itself (offsets into a text, counts of sections or mentions)
#: always fit; only numbers read from the text can be absurd.
_COUNTED = {"start", "end", "cue_start", "cue_end", "first_start", "n_sections", "n_chars", "n_mentions"}
_NUMERIC_COLUMNS = {
    table: tuple(column.name for column in columns if column.dtype in ("Int64", "Float64") and column.name not in _COUNTED)
    for table, columns in TABLES.items()
}


def _blank_unstorable(row: dict[str, Any], numeric_columns: tuple[str, ...]) -> None:
    """Blank numbers no table column can hold (a 20-digit case count, an infinite dose), so
    that one absurd number in one record never breaks the writing of a whole table."""
    for key in numeric_columns:
        value = row.get(key)
        kind = type(value)  # bool is not int here
        if (kind is int and not -_INT64_MAX <= value <= _INT64_MAX) or (kind is float and not math.isfinite(value)):
            row[key] = None


def _lexicon_of(nlp: Language) -> Lexicon:
    return nlp.get_pipe("medical_abbreviations").lexicon if "medical_abbreviations" in nlp.pipe_names else load_lexicon()


def _same_list(previous: str, path: str) -> bool:
    """Whether two section paths are items of one list (symptom_data/symptom_detail/0 and …/1); two
    top-level sections (cause_info, prevent_info) are none, though neither has a parent (code review 2026-12-05)."""
    parent = path.rpartition("/")[0]
    return bool(parent) and previous.rpartition("/")[0] == parent


def _docs(record: Record, nlp: Language) -> list[Doc]:
    """Tokenized Docs that carry the section path and record disease for later stages."""
    docs = []
    for previous, section in zip([None, *record.sections], record.sections):
        doc = nlp.make_doc(section.text)
        set_doc_value(doc, "section", section.path)
        # 2.单纯血压降低型 / 刺激颈动脉窦时…,此型约占…: a heading anaphor in the text points back to that item (rule 9c)
        heading_item = previous is not None and _same_list(previous.path, section.path) \
            and NUMBERED_HEADING.fullmatch(previous.text.strip()) is not None
        set_doc_value(doc, "after_heading_item", heading_item)
        # 2.顿挫型 / 约占全部感染者的4%～8%: the type a share there counts (rule subtype)
        set_doc_value(doc, "heading_item", previous.text.strip() if heading_item else "")
        set_doc_value(doc, "record_disease", record.disease)
        set_doc_value(doc, "record_aliases", record.aliases)
        docs.append(doc)
    return docs


def _given_not_background(view: SectionView, entity: Entity, assertion: Assertion) -> Assertion:
    """``assertion``, or present for a background test mention the therapies stage would call given
    (``is_given``: a ``given_test`` hormone or biologic after a use word or before a dose, route or
    ``use_after`` word: 目前临床上用EPO治疗慢性疾病性贫血, 用甲状腺素替代治疗后): a drug given, not a
    level measured; not one a 的 follows (用EPO的改变来解释: what is used is the change). Context
    review of medical_9 (2026-12-05, P2)."""
    if assertion.assertion != BACKGROUND or entity.label != "test":
        return assertion
    norm = view.normalized
    if norm.startswith(_OF, entity.end) or not load_clinical_vocabulary().is_given(norm, entity):
        return assertion
    return PRESENT


_OF = "的"


def _mention_rows(record: Record, view: SectionView) -> list[dict[str, Any]]:
    """One row per mention of the section."""
    record_id, disease, path, text = record.record_id, record.disease, view.section.path, view.section.text
    rows = []
    for entity, assertion in zip(view.entities, view.assertions):
        assertion = _given_not_background(view, entity, assertion)
        rows.append({
            "record_id": record_id,
            "disease": disease,
            "section": path,
            "start": entity.start,
            "end": entity.end,
            "text": text[entity.start : entity.end],
            "label": entity.label,
            "canonical": entity.canonical,
            "source": entity.source,
            "nested": entity.nested,
            "assertion": assertion.assertion,
            "modifier": assertion.modifier,
            "about": assertion.about or None,
            "cue": assertion.cue or None,
            "cue_start": assertion.cue_start,
            "cue_end": assertion.cue_end,
            "sentence": view.sentence_text(entity.start),
        })
    return rows


#: A list item that is only a heading: short, no sentence in it (1.无症状型(即隐性感染), (2)脑叶出血).
_HEADING_ITEM = re.compile(r"[^。，,；;：:！!？?]{1,30}")


def _heads_a_type(record: Record, previous: SectionView | None, view: SectionView) -> bool:
    """Whether the text before ``view`` in the same list is a heading item naming a type or another
    disease, which the text goes on about: a numbered short item (``["3.骨盆直肠间隙脓肿",
    "约占肛周脓肿的2.5%～9%"]`` in 肛管直肠周围脓肿, ``["(2)脑叶出血", "…约占脑出血的10%"]`` in 出血性脑中风),
    else a short one naming another disease. A numbered item names a type or a kind, whatever label its
    mention has (脓肿: a symptom; code review of 8cdcdff, medical_8, 肛管直肠周围脓肿)."""
    if previous is None or not _same_list(previous.section.path, view.section.path):
        return False
    heading = previous.section.text.strip()
    if NUMBERED_HEADING.fullmatch(heading) is not None:
        return True
    if _HEADING_ITEM.fullmatch(heading) is None:
        return False
    return any(entity.label == "disease" and not entity.nested and entity.canonical != record.disease
               for entity in previous.entities)


def _frequency_rows(record: Record, view: SectionView, *, after_a_type: bool = False) -> list[dict[str, Any]]:
    """Every numeric frequency statement of the section, whatever it is about, with the
    assertion of the mention it is about (30%～40%的患儿不合并颅骨骨折: negated).
    ``after_a_type``: the text goes on from a heading item naming a type or another disease; a
    share of a whole in it is that one's (2.顿挫型 / 约占全部感染者的4%～8%), not the record's disease."""
    rows = []
    assertions = None
    for statement in doc_value(view.doc, "frequencies") or ():
        if statement.quantity.kind == "frequency_word" and statement.numerator is None and statement.pct_reported is None:
            continue
        subject = statement.subject
        # not a file's stem standing in for a disease the record does not name (E040)
        of_the_record = subject is None and statement.rule == "record" and bool(record.disease) and record.disease_named
        rule = statement.rule
        # 1.亚急性型:常见,约占乙状结肠扭转的75%～85% (in that record): a share of the disease is a part's, not its own;
        # the share keeps the rule the binding gives a share of a whole with no subject (rate)
        if of_the_record and (after_a_type or record.disease in (statement.population or "")) and share_of_a_whole_before(
            view.section.text, view.sentence_of(statement.quantity.start)[0], statement.quantity.start
        ):
            of_the_record, rule = False, "rate"
        if subject is not None and assertions is None:
            assertions = _assertions_by_span(view)
        # rule subtype: the share of a type of a disease (①回结型：占85%), the record's unless the text names another
        of_a_type = (statement.subtype_of or (record.disease if record.disease_named else "")) if statement.subtype else ""
        rows.append(
            {
                "record_id": record.record_id,
                "disease": record.disease,
                "section": view.section.path,
                # rule record: a measure of the record's own disease (病死率高达40%), no mention
                "subject": subject.canonical if subject else record.disease if of_the_record else of_a_type or None,
                # 银屑病家族史: a history the share counts, written so (proposal 5 of the review of medical_4)
                "subject_text": view.section.text[subject.start : statement.history_end or subject.end] if subject else None,
                "subject_label": subject.label if subject else "disease" if of_the_record or of_a_type else None,
                "subtype": statement.subtype or None,
                "quantity": view.section.text[statement.quantity.start : statement.quantity.end],
                "numerator": statement.numerator,
                "denominator": statement.denominator,
                "pct_reported": statement.pct_reported,
                "pct_low": statement.pct_low,
                "pct_high": statement.pct_high,
                "comparator": statement.comparator or None,
                "approx": statement.approx,
                "pct_computed": statement.pct_computed,
                "consistent": statement.consistent,
                "population": statement.population or None,
                "measure": statement.measure or None,
                "rule": rule or None,
                "assertion": _assertion_of(statement, assertions) if subject else None,
                "evidence": view.section.text[statement.evidence_start : statement.evidence_end],
                "start": statement.quantity.start,
                "end": statement.quantity.end,
            }
        )
    return rows


def _assertion_of(statement: FrequencyStatement, assertions: dict[tuple[int, int], Assertion]) -> str | None:
    """The assertion of a statement's subject; a history the share counts (约70%有长期的溃疡病史) is background,
    unless negated (约10%病人没有溃疡病史), also where a cause section makes it another disease's (its modifier is
    negated: row check of fa5429b..075a798, class 1)."""
    found = assertions.get((statement.subject.start, statement.subject.end))
    if statement.history_end is None:
        return found.assertion if found else None
    return NEGATED if found is not None and found.modifier == NEGATED else BACKGROUND


def _assertions_by_span(view: SectionView) -> dict[tuple[int, int], Assertion]:
    """The context of each mention of the section, by its span (the first mention of a span)."""
    found: dict[tuple[int, int], Assertion] = {}
    for entity, assertion in zip(view.entities, view.assertions):
        found.setdefault((entity.start, entity.end), assertion)
    return found


def _numeric(statements: list[Any]) -> Any:
    """The statement giving a number of patients: a printed percentage or range first, else a
    count (3/5例出现发热: no printed percentage). Not one whose ``measure`` is no occurrence
    (结肠坏死的病死率可达50%: how many die, not how many have the necrosis), nor one about
    another group than the patients (40%的近亲有热性惊厥), nor the share of cases a cause heading
    prints (rule ``cause``: 感冒头痛(28%)：), nor how many had it (约50%的患者有变态反应史: a history)."""
    resources = load_quantity_resources()
    statements = [
        s for s in statements
        if (not s.measure or s.measure in resources.occurrence) and s.rule != "cause" and s.history_end is None
        and not resources.other_group_pattern.search(s.population)  # 同卵双生子, 一级亲属
    ]
    return next((s for s in statements if s.pct_reported is not None or s.pct_low is not None), None) or next(
        (s for s in statements if s.pct_computed is not None), None
    )


def _percent(numeric: Any) -> float | None:
    return numeric.pct_reported if numeric.pct_reported is not None else numeric.pct_computed


#: A type written before a disease's name: an adjective in 性 or a type in 型 (真性|乳头内陷,
#: 假性|性早熟, Ⅱ型|冷球蛋白血症); 非 says another disease (非霍奇金淋巴瘤).
_TYPE_OF_IT = re.compile(r"(?:(?!非)[\u4e00-\u9fff]{1,4}?性|(?!非)[\u4e00-\u9fff]{1,3}?型|[ⅠⅡⅢⅣⅤA-Za-z0-9]{1,3}型)")


def _own_disease_names(record: Record, lexicon: Lexicon | None = None) -> tuple[str, ...]:
    """The record's disease name and the other names its overview gives it, 症 and 征 alike; the
    rest of its name after the longest patient group opening it or a cause linked to it (休克 of
    老年休克, 室性心动过速 of 老年人室性心动过速, 精神障碍 of 躯体感染伴发的精神障碍: ``name_group`` and
    ``name_link`` in ``record_reading.tsv``, and the ``patient_group`` prefixes of
    ``disease_prefixes.tsv``, which the context stage reads too), or after a ``qualifier`` prefix of that
    file (腹泻 of 慢性腹泻, 耳聋 of 突发性耳聋: symptoms review of medical_4, 2026-12-05); and each disease a name joins
    (``name_join``: 胸腔积液 of 老年人胸腔积液与胸膜炎: symptoms review of medical_9, 2026-12-05) that is a disease or
    symptom term of the lexicon on its own: not the fragment of a shared head or modifier (急性 of
    急性及亚急性脑内血肿, 羊水 of 羊水与胎粪吸入综合征, 颤动 of 心室扑动与颤动; code review 2026-12-05, D7)."""
    disease = record.disease or ""
    lexicon = lexicon or load_lexicon()
    rules = reading_rules()
    rests = [rest] if (rest := _without_patient_group(disease)) != disease else []
    rests += [rest for name in (rests or [disease])  # 慢性|腹泻, 小儿|急性|腹泻; not 急性|及亚急性脑内血肿
              if (rest := _without_qualifier(name)) != name and not rules.name_join.match(rest)]
    rests += [disease[disease.index(link) + len(link):].lstrip("的") for link in rules.name_links if link in disease]
    joined = []
    for name in (disease, *rests):
        parts = rules.split_name(name)  # name_join, name_join_not in record_reading.tsv
        if len(parts) > 1 and all(len(part) >= 2 for part in parts):
            joined += [part for part in parts if _names_a_finding(lexicon, part)]
    text = "".join(section.text for section in record.sections)
    heads = [head for name in (disease, *rests, *joined) for built_on in _names_built_on(lexicon, name, text) for head in built_on]
    names = (disease, *(record.aliases or ()), *rests, *joined, *heads)
    return tuple(dict.fromkeys(name.replace("症", "征") for name in names if len(name) >= 2))


def _heads_after_a_site(record: Record, lexicon: Lexicon | None = None) -> frozenset[str]:
    """The findings after a site opening the record's name (水肿 of 脑水肿), as ``_own_disease_names``
    has them (症 read as 征): such a finding at another place is no name of the record (``_at_another_place``)."""
    lexicon = lexicon or load_lexicon()
    disease = record.disease or ""
    return frozenset(head.replace("症", "征") for name in {disease, _without_qualifier(disease)}
                     for head in _names_built_on(lexicon, name, "")[1])


@functools.cache
def _name_qualifiers() -> tuple[str, ...]:
    """The ``qualifier`` prefixes of ``disease_prefixes.tsv`` (急性, 先天性, 突发性), longest first: the
    rest of a record's name after one is the disease itself (腹泻 of 慢性腹泻: symptoms review of medical_4,
    2026-12-05). Descriptors that make another disease (多形|红斑, 带状|疱疹) are none of them."""
    prefixes = (p for p, kind in load_disease_prefixes().items() if kind == "qualifier")
    return tuple(sorted(prefixes, key=lambda q: (-len(q), q)))


def _without_qualifier(name: str) -> str:
    """``name`` without the longest ``_name_qualifiers`` prefix opening it, if two characters are left."""
    qualifier = next((q for q in _name_qualifiers() if name.startswith(q) and len(name) - len(q) >= 2), "")
    return name[len(qualifier):]


@functools.cache
def _name_groups() -> tuple[str, ...]:
    """The patient groups that may open a record's name, longest first: ``name_group`` of
    ``record_reading.tsv`` and the ``patient_group`` prefixes of ``disease_prefixes.tsv``."""
    prefixes = (p for p, kind in load_disease_prefixes().items() if kind == "patient_group")
    return tuple(sorted({*reading_rules().name_groups, *prefixes}, key=lambda g: (-len(g), g)))


def _without_patient_group(name: str) -> str:
    """``name`` without the longest ``_name_groups`` patient group opening it (休克 of 老年休克)."""
    group = next((group for group in _name_groups() if name.startswith(group)), "")
    return name[len(group):]


#: The ending after which the bare finding may be another one (糖尿 of 糖尿病: glycosuria), and how
#: often, against the whole name, the record's text must write it alone (more than a tenth) to use it for the
#: disease (腹泻 of 小儿腹泻病: 52 alone, 8 whole; 糖尿 of 糖尿病: 0 and 30, of 小儿糖尿病: 1 and 22).
_DISEASE_WORD, _USED_ALONE = "病", 0.1


def _names_built_on(lexicon: Lexicon, name: str, text: str) -> tuple[list[str], list[str]]:
    """The symptom a record's name is built on, which names the disease itself there (symptoms review
    of medical_5, 2026-12-05): the name without its closing 症, 病 or 综合征 (失眠 of 失眠症, 肌张力障碍 of
    肌张力障碍综合征, 维生素C缺乏 of 维生素C缺乏病: the ``disease_ending`` words of ``record_reading.tsv``), and the finding after a site opening the name (纤维化 of
    腹膜后纤维化: `纤维化向两侧延伸`), as (bare, after the site). Not after another word (肌无力 in a record on
    重症肌无力 is its cardinal sign, a finding), nor the bare name before 病 that the record's ``text``
    hardly writes alone: there it is another finding (`多饮多尿,糖尿,体重下降` in a record on 糖尿病; code
    review 2026-12-05, #3)."""
    bare = [name[: -len(end)] for end in reading_rules().disease_endings if name.endswith(end)][:1]
    if bare and name.endswith(_DISEASE_WORD) and _written_alone(text, bare[0], name) <= _USED_ALONE * text.count(name):
        bare = []
    after_site = [name[cut:] for cut in range(1, len(name) - 1) if _is_site(lexicon, name[:cut])]
    bare, after_site = ([h for h in heads if len(h) >= 2 and _is_label(lexicon, h, "symptom")][:1] for heads in (bare, after_site))
    return bare, after_site


def _is_site(lexicon: Lexicon, word: str) -> bool:
    """Whether ``word`` opening a record's name is its site: a body term or a ``name_site`` of
    ``record_reading.tsv`` (手足, 咽旁), or two of them (肛门|直肠)."""
    sites = reading_rules().name_sites

    def one(part: str) -> bool:
        return part in sites or _is_label(lexicon, part, "body")

    return one(word) or any(one(word[:cut]) and one(word[cut:]) for cut in range(1, len(word)))


def _written_alone(text: str, bare: str, name: str) -> int:
    """How often ``text`` writes ``bare`` (糖尿) not as the start of ``name`` (糖尿病)."""
    return text.count(bare) - text.count(name)


def _is_label(lexicon: Lexicon, term: str, label: str) -> bool:
    entry = lexicon.entries.get(term)
    return entry is not None and entry.label == label


def _names_a_finding(lexicon: Lexicon, part: str) -> bool:
    entry = lexicon.entries.get(part)
    return entry is not None and entry.label in ("disease", "symptom")


def _own_spreads(record: Record) -> tuple[str, ...]:
    """The spread words (``name_spread`` in ``record_reading.tsv``: 转移) whose mentions are no
    finding of this record: all of them in a record named on a spread (心脏转移瘤) or on no tumour
    (``spread_of``: 瘤, 癌, 葡萄胎, 霍奇金病 …; 脑水肿), none in a record on a tumour (黏液纤维肉瘤: 除肺和骨转移之外;
    侵蚀性葡萄胎常发生肺转移)."""
    disease = record.disease or ""
    rules = reading_rules()
    on_tumour = any(word in disease for word in rules.spread_of)
    return tuple(word for word in rules.name_spreads if word in disease or not on_tumour)


def _names_own_spread(entity: Entity, spreads: tuple[str, ...]) -> bool:
    """Whether a symptom mention is a tumour's spread that is no finding of the record (symptoms
    re-review of medical_10, 2026-12-05): 心脏转移 and 心包转移 in a record on 心脏转移瘤 are the disease
    and a type of it (心脏转移多于心包转移), 脑转移 in one on 脑水肿 a cause (肺癌，绒癌等的脑转移)."""
    return bool(spreads) and (entity.text.endswith(spreads) or entity.canonical.endswith(spreads))


@functools.lru_cache(maxsize=64)
def _names_without_inner_xing(names: tuple[str, ...]) -> frozenset[str]:
    """The record's names without an inner 性, worked out once per record, not per mention."""
    return frozenset(INNER_XING.sub("", name) for name in names)


@functools.lru_cache(maxsize=4096)
def _names_own_disease(text: str, canonical: str, names: tuple[str, ...]) -> bool:
    """Whether a symptom mention is the record's disease itself, or a type of it: no finding of
    it (symptoms review of medical_10, 2026-12-05: `真性乳头内陷双侧常见` in a record on 乳头内陷,
    `乳糜尿系因广泛曲张淋巴管破裂` in one on 乳糜尿). Only a whole name of ``_own_disease_names`` (with
    ``_names_built_on``: 纤维化 of 腹膜后纤维化): 肌无力 in a record on 重症肌无力 is a finding; ``mentions``
    keeps the mention. Of a mention written ``text``, named ``canonical``; cached, as a record
    names its symptoms again and again."""
    for written in (text, canonical):
        written = written.replace("症", "征")
        if INNER_XING.sub("", written) in _names_without_inner_xing(names):
            return True  # 心脏性猝死 in a record on 老年人心脏猝死 (symptoms review of medical_9)
        if not written.endswith(names):
            continue  # most mentions: no name ends them
        for name in names:
            if written == name or (written.endswith(name) and _TYPE_OF_IT.fullmatch(written, 0, len(written) - len(name))
                                   and not _another_qualifier(written[: len(written) - len(name)], names[0])):
                return True
    return False


def _another_qualifier(type_: str, disease: str) -> bool:
    """Whether a type written before a name is a qualifier of ``disease_prefixes.tsv`` other than the one
    the record's name opens with: 继发性痛经 in a record on 原发性痛经 is the other disease (symptoms review
    of medical_4, 2026-12-05), after the patient group opening the name too (小儿|原发性痛经: code review s12, #2)."""
    disease = _without_patient_group(disease)
    own = next((q for q in _name_qualifiers() if disease.startswith(q)), None)
    return own is not None and type_ != own and type_ in _name_qualifiers()


@dataclass(frozen=True)
class _OwnNames:
    """A record's own names (``_own_disease_names``), the findings among them after its name's site
    (``_heads_after_a_site``) and the name itself."""

    names: tuple[str, ...]
    site_heads: frozenset[str]
    disease: str


def _at_another_place(view: SectionView, entity: Entity, own: _OwnNames) -> bool:
    """Whether a mention of the finding after the site of the record's name is written at another
    place: after a ``head_place`` word of ``record_reading.tsv`` (全身|水肿) or right after a body part
    that is not in the record's name, so it is a finding of the record, not its name (`晚期可出现全身
    水肿` in a record on 脑水肿: code review 2026-12-05, #3)."""
    if entity.text.replace("症", "征") not in own.site_heads:
        return False
    if view.normalized[: entity.start].endswith(reading_rules().head_places):
        return True
    return any(other.label == "body" and other.end == entity.start and other.text not in own.disease
               for other in view.entities)


def _symptom_rows(
    record: Record, view: SectionView, own: _OwnNames, spreads: tuple[str, ...]
) -> list[dict[str, Any]]:
    """One row per symptom mention, and per disease mention a symptom text lists among symptoms
    (``_listed_among_symptoms``), with the frequency bound to it (if any); none for a mention
    of the record's own disease (``own``: the names of ``_own_disease_names``, unless written at
    another place, ``_at_another_place``; ``spreads``: of ``_own_spreads``)."""
    bound = view.frequencies_by_subject
    in_symptoms = section_kind(view.section.path) == _SYMPTOM_KIND  # cached per path
    rows = []
    previous: Entity | None = None  # the last mention not nested in another, a list's item before
    for index, (entity, assertion) in enumerate(zip(view.entities, view.assertions)):
        if entity.nested:
            continue
        before, previous = previous, entity
        if entity.label != "symptom" and not (
                in_symptoms and entity.label == "disease" and _listed_among_symptoms(view, index, before)):
            continue
        if _names_own_spread(entity, spreads):
            continue
        if _names_own_disease(entity.text, entity.canonical, own.names) and not _at_another_place(view, entity, own):
            continue
        statements = bound.get((entity.start, entity.end))
        numeric = _numeric(statements) if statements else None
        worded = next((s for s in statements if s.qualifier), None) if statements else None
        sentence = view.sentence_text(entity.start)
        rows.append(
            {
                "record_id": record.record_id,
                "disease": record.disease,
                "section": view.section.path,
                "symptom": entity.canonical,
                "text": view.section.text[entity.start : entity.end],
                "freq_pct": _percent(numeric) if numeric else None,
                "freq_low": numeric.pct_low if numeric else None,
                "freq_high": numeric.pct_high if numeric else None,
                "comparator": (numeric.comparator or None) if numeric else None,
                "approx": numeric.approx if numeric else None,
                "qualifier": worded.qualifier if worded else None,
                "qualifier_rank": worded.rank if worded else None,
                "population": ((numeric or worded).population or None) if (numeric or worded) else None,
                "assertion": assertion.assertion,
                "evidence": sentence,
                "start": entity.start,
                "end": entity.end,
            }
        )
    return rows


#: The section kind of a record's symptom texts (``section_headings.tsv``: symptom_data).
_SYMPTOM_KIND = "symptom"
#: Between two items of a list of findings (发热、湿疹，肿胀).
_LIST_MARKS = frozenset("、,，")


def _listed_among_symptoms(view: SectionView, index: int, before: Entity | None) -> bool:
    """Whether the disease mention ``view.entities[index]`` is an item of a list of symptoms, a symptom
    mention on each side with only a list mark between: a manifestation the lexicon calls a disease (and
    CMeEE too, so the label stays: 色素沉着、糜烂、湿疹、肿胀; 鼻出血，牙龈出血，月经过多，血尿: symptoms review of medical_7,
    S7 class 3). Read in symptom texts only, where a list of findings is the record's (elsewhere it may list
    causes or complications)."""
    entity, norm = view.entities[index], view.normalized
    if before is None or before.label != "symptom" or norm[before.end:entity.start] not in _LIST_MARKS:
        return False
    for after in range(index + 1, len(view.entities)):  # the next mention not nested in another: mostly the next
        if not view.entities[after].nested:
            return view.entities[after].label == "symptom" and norm[entity.end:view.entities[after].start] in _LIST_MARKS
    return False


def _statement_row(record: Record, view: SectionView, statement: Any, fields: dict[str, Any]) -> dict[str, Any]:
    """A ``labs``/``therapies`` row: where it is, what it says (``fields``), its evidence."""
    text = view.section.text
    return {
        "record_id": record.record_id,
        "disease": record.disease,
        "section": view.section.path,
        **fields,
        "assertion": statement.assertion or None,
        "statement": text[statement.start : statement.end],
        "evidence": text[statement.evidence_start : statement.evidence_end],
        "start": statement.start,
        "end": statement.end,
    }


def _lab_rows(record: Record, view: SectionView) -> list[dict[str, Any]]:
    """One row per lab statement. How many patients: what the lab reader found in the statement
    (``M蛋白阳性可达75%``), else the frequency bound to the test's mention or to one holding it
    (``血沉增快者占14/15例``, ``约30%~50%的患者…M蛋白阳性``)."""
    text = view.section.text
    bound = view.frequencies_by_subject
    voc = load_clinical_vocabulary()
    # cells in a text on causes are its background, as the tests there are (寒冷可造成…吞噬细胞数目减少);
    # the context stage leaves body parts present, being no findings
    in_background = section_kind(view.section.path) in BACKGROUND_KINDS
    norm = view.normalized
    rows = []
    for lab in doc_value(view.doc, "labs") or ():
        # a percentage read as the test's value (浆细胞比例>10%) is never also a share of patients
        own = lab.freq_pct is not None or lab.unit == "%"
        # nor a percentage bound to it that is no share of patients (在心输出量降低的情况下可低至30%:
        # the saturation's level; 心室率增快10%～30%: a change; labs review of medical_12, 2026-12-04 night)
        numeric = None if own else _numeric([s for s in _bound_to_test(bound, lab.test) if _may_count_patients(norm, lab, s)])
        row = _statement_row(record, view, lab, {
            "test": lab.test.canonical,
            "test_label": _test_label(lab.test),
            "text": text[lab.test.start : lab.test.end],
            "specimen": lab.specimen or None,
            "sign": _is_a_sign(voc, lab.test),
            "finding": lab.finding or None,
            "direction": lab.direction or None,
            "value_low": lab.value_low,
            "value_high": lab.value_high,
            "unit": lab.unit or None,
            "comparator": lab.comparator or None,
            "freq_pct": lab.freq_pct if numeric is None else _percent(numeric),
            "freq_low": numeric.pct_low if numeric else None,
            "freq_high": numeric.pct_high if numeric else None,
            "qualifier": lab.qualifier or None,
        })
        if in_background and lab.test.label == "body" and row["assertion"] == "present":
            row["assertion"] = "background"
        if (row["direction"] == "normal" and row["assertion"] in ("present", "background")
                and _normal_or_else(norm, lab, voc)):
            row["assertion"] = "normal"
        rows.append(row)
    return rows


#: Between two results, one or the other (血压正常或稍高).
_OR = "或"


def _normal_or_else(norm: str, lab: LabFinding, voc: ClinicalVocabulary) -> bool:
    """Whether the row's normal result (its ``direction`` in ``lab_findings.tsv``) has 或 right after it and no
    other normal result after that (维持血压正常或稍高, 腱反射多正常或减弱, IgM正常或升高): the row is normal, as
    血压正常 is. The context cue 正常 judges only what ends its clause (细胞计数正常或轻度增高 stays present for
    the mention); labs review of medical_8, 2026-12-05: 24 of 25 rows right."""
    at = norm.find(lab.finding, lab.test.end, lab.end) if lab.finding else -1
    if at < 0 or not norm.startswith(_OR, at + len(lab.finding)):
        return False
    other = voc.finding_pattern.match(norm, at + len(lab.finding) + len(_OR))
    return other is None or voc.findings[other.group()] != lab.direction


#: The labels of the labs table's ``test_label`` (see the schema): a procedure mention keeps its own.
_PROCEDURE_LABEL, _TEST_LABEL = "procedure", "test"


def _test_label(test: Entity) -> str:
    """``procedure`` for an imaging or electrophysiology subject, else ``test``: a cell counted
    (嗜酸性粒细胞增多, a body mention), a karyotype (染色体, body) or a nutrient's level (血清维生素E,
    a drug mention) is reported as what it is there, a test (labs review of medical_11, 2026-12-04:
    37 rows were body or drug, outside the documented values); ``mentions`` keeps the mention's label."""
    return _PROCEDURE_LABEL if test.label == _PROCEDURE_LABEL else _TEST_LABEL


def _is_a_sign(voc: ClinicalVocabulary, test: Entity) -> bool:
    """Whether a lab row's subject is a sign measured or examined at the bedside, in no sample
    nor image (血压, 体温, 视力: ``sampled`` sign in ``lab_subjects.tsv``; not 肾功能)."""
    rule = voc.subject(test.label, test.text, test.canonical)
    return rule is not None and rule.sign


def _may_count_patients(norm: str, lab: LabFinding, statement: FrequencyStatement) -> bool:
    """Whether a frequency bound to a lab's test may be a share of patients: not a percentage that
    ``no_share_of_patients`` reads as a part, a change or a level (可低至30%), unless it follows the
    lab's result right away (TRAb可高达83%～100%: how many have it)."""
    q = statement.quantity
    if q.unit != "%":
        return True
    why = no_share_of_patients(norm, q, statement.evidence_start)
    return not why or (why == "level" and bool(lab.finding) and not norm[lab.end : q.start].strip())


def _bound_to_test(bound: dict[tuple[int, int], list[Any]], test: Entity) -> list[Any]:
    """The frequencies bound to a test's mention, else to a mention holding it (the finding
    [血沉]增快 of 血沉增快者占14/15例)."""
    return bound.get((test.start, test.end)) or next(
        (statements for (start, end), statements in bound.items() if start <= test.start and test.end <= end), []
    )


def _therapy_rows(record: Record, view: SectionView, exposures: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    """The section's therapies, less those only naming again what the record's causes name (or
    any drug, in a record named after drugs as its cause: 药物性胃病), those the record is named
    after as a cause (氨茶碱 in 氨茶碱中毒, radiotherapy in 放射性肺炎) and the generic operation its
    prevention and nursing guard (手术 in 切口疝)."""
    text = view.section.text
    therapies = doc_value(view.doc, "therapies") or ()
    voc = load_clinical_vocabulary()
    every_drug = bool(therapies) and voc.drugs_cause(record.disease)
    if (exposures or every_drug) and therapies:
        kind, norm = section_kind(view.section.path), view.normalized
        therapies = [t for t in therapies if not is_exposure(t, norm, kind, exposures, voc, every_drug=every_drug)]
    if therapies and record.disease:
        named, kind = voc.categories_named_by(record.disease), section_kind(view.section.path)
        therapies = [t for t in therapies if not (t.category in named
                                                  or voc.guards_an_operation(record.disease, kind, t.therapy.canonical)
                                                  or voc.names_the_cause(record.disease, text[t.therapy.start : t.therapy.end])
                                                  or voc.names_the_cause(record.disease, t.therapy.canonical))]
    return [
        _statement_row(record, view, therapy, {
            "therapy": therapy.therapy.canonical,
            "text": text[therapy.therapy.start : therapy.therapy.end],
            "category": therapy.category or None,
            "dose": therapy.dose,
            "dose_high": therapy.dose_high,
            "dose_unit": therapy.dose_unit or None,
            "route": therapy.route or None,
            **_schedule_columns(therapy.schedule),
            "duration": therapy.duration_value,
            "duration_high": therapy.duration_high,
            "duration_unit": therapy.duration_unit or None,
            "sessions": therapy.sessions,
            "volume": therapy.volume,
            "volume_unit": therapy.volume_unit or None,
            "n_patients": therapy.n_patients,
            "outcome": therapy.outcome or None,
            "effect_low": therapy.effect_low,
            "effect_high": therapy.effect_high,
            "effect_unit": therapy.effect_unit or None,
        })
        for therapy in therapies
    ]



def _schedule_columns(schedule: DoseSchedule | None) -> dict[str, Any]:
    if schedule is None:
        return dict.fromkeys(("times", "times_high", "every", "every_high", "every_unit"))
    return {
        "times": schedule.times, "times_high": schedule.times_high,
        "every": schedule.every, "every_high": schedule.every_high, "every_unit": schedule.unit,
    }

def _abbreviation_rows(
    record: Record, views: list[SectionView], definitions: list[list[Definition]], lexicon: Lexicon
) -> list[dict[str, Any]]:
    """One row per abbreviation defined in the record or used from the table, plus one per
    English gloss without abbreviation (``骨硬化性骨髓瘤(osteosclerotic myeloma)``)."""
    data = load_abbreviation_data(lexicon.directory)
    table = data.table
    uses: dict[str, list[tuple[SectionView, Entity]]] = defaultdict(list)
    for view in views:
        for entity in view.entities:
            if entity.abbr and entity.source != SHARED_HEAD_SOURCE:  # IgM of IgG、IgM及IgA升高 is the test, not IgM升高
                uses[entity.abbr].append((view, entity))
    rows: list[dict[str, Any]] = []
    defined: set[str] = set()
    for view, found in zip(views, definitions):
        for definition in found:
            if definition.abbr and definition.abbr in defined:
                continue
            defined.add(definition.abbr)
            known = table.get(definition.abbr)
            curated = curated_meaning(definition, table)
            named = curated.long_zh if curated else definition.long_zh  # the mentions' meaning
            label = defined_label(named, data.cues, known, term_labeller(lexicon), abbreviated=bool(definition.abbr))
            label = definition.label_of(label)  # 早幼粒细胞白血病(PML)基因
            # the abbreviation in its own definition's bracket is no use, a dictionary mention or not
            used = [(where, entity) for where, entity in uses.get(definition.abbr, []) if definition.abbr and not (
                where is view and definition.start <= entity.start < definition.end)]
            first_view, first_start = (used[0][0], used[0][1].start) if used else (view, definition.start)
            rows.append(
                {
                    "record_id": record.record_id,
                    "abbr": definition.abbr or None,
                    "long_en": definition.long_en or None,
                    # as written (粘附分子, not the normalized 黏附分子), but for an acronym's joined long forms
                    "long_zh": definition.long_zh if definition.shape == "acronym"
                    else view.section.text[definition.zh_start : definition.zh_end],
                    "canonical": canonical_of(named, lexicon, data.cues),
                    "label": label or None,
                    "source": TEXT_SOURCE,
                    "n_mentions": len(used),
                    "first_section": first_view.section.path,
                    "first_start": first_start,
                    "evidence": view.section.text[definition.start : definition.end],
                }
            )
    for abbr, used in uses.items():
        if abbr in defined or abbr not in table:
            continue
        known = table[abbr]
        entry = lexicon.entries.get(known.long_zh)
        view, entity = used[0]
        rows.append(
            {
                "record_id": record.record_id,
                "abbr": abbr,
                "long_en": known.long_en or None,
                "long_zh": known.long_zh,
                "canonical": entity.canonical,
                "label": known.label or (entry.label if entry else None),
                "source": TABLE_SOURCE,
                "n_mentions": len(used),
                "first_section": view.section.path,
                "first_start": entity.start,
                "evidence": view.sentence_text(entity.start),
            }
        )
    return rows

