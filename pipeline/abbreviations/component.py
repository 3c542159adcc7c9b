"""The ``medical_abbreviations`` spaCy component: abbreviation uses as mentions.

Definitions are record-level: ``process_record`` finds them in every section first and
puts the record's list in ``doc._.abbreviation_definitions``; used alone on a Doc, the
component finds the definitions of that Doc. Every use of a defined (or, failing that,
known: ``dictionaries/abbreviations.tsv``) abbreviation becomes a mention whose
``kb_id_`` is the Chinese long form (VEGF → 血管内皮生长因子), mapped to the dictionary's
canonical name when the long form is a dictionary term.

How uses combine with dictionary mentions: a use at exactly the span of a dictionary
mention gives it the long form as canonical (so does the abbreviation in its own
definition's bracket, which is no use); a use overlapping nothing becomes a new
mention; a use inside a longer mention of another label becomes a nested one
(``HIV感染`` disease ⊃ ``HIV`` microbe); an organism's use right before 性 and a symptom or
disease joins it as the entity matcher's rule 8 does (``CMV性视网膜炎`` disease ⊃ ``CMV``). Abbreviations whose long form has none of the
nine labels (DNA) stay out of the mentions, but are still in the ``abbreviations`` table;
a table row without label still names a dictionary mention meaning the same (LH 黄体生成素).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import cache
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from ..doc_values import doc_value, set_doc_value
from ..entities.component import entities_of, set_mentions
from ..entities.matcher import ADJECTIVE, in_other_sense
from ..entity import Entity
from ..lexicon.loader import Lexicon, load_lexicon
from ..normalize import normalize_text
from ..resources import dictionary_dir
from .definitions import CJK, Definition, find_definitions, without_bare_types
from .mentions import (
    TEXT_SOURCE,
    AbbreviationMention,
    defined_here,
    find_abbreviation_mentions,
)
from .table import Cues, load_abbreviation_data

if not Doc.has_extension("abbreviation_definitions"):
    Doc.set_extension("abbreviation_definitions", default=None)


@Language.factory("medical_abbreviations", default_config={"dictionaries": "", "span_views": True})
def make_medical_abbreviations(
    nlp: Language, name: str, *, dictionaries: str, span_views: bool
) -> "MedicalAbbreviations":
    return MedicalAbbreviations(name, dictionaries=dictionaries, span_views=span_views)


def definitions_in(text: str, lexicon: Lexicon) -> list[Definition]:
    """The definitions in one (normalized) text, using the dictionary to delimit terms and the
    abbreviation files of the dictionary's folder."""
    data = load_abbreviation_data(lexicon.directory)
    return find_definitions(text, term_label=term_labeller(lexicon), cues=data.cues, table=data.table)


def canonical_of(long_zh: str, lexicon: Lexicon, cues: Cues) -> str:
    """The lexicon's canonical name of a long form, else the long form. One opening with a ``human``
    word of ``abbreviation_cues.tsv`` (人类, kept for the H it spells) takes the lexicon's name of the
    rest, with a ``human_short`` word (人) or without it (人类乳头状瘤病毒(HPV) → 人乳头瘤病毒, as
    乳头状瘤病毒: row check 2026-12-05)."""
    norm = normalize_text(long_zh)
    forms = [norm] + [form for word in cues.humans if norm.startswith(word) and len(norm) > len(word) + 1
                      for form in (*(short + norm[len(word):] for short in cues.human_short), norm[len(word):])]
    entry = next((lexicon.entries[form] for form in forms if form in lexicon.entries), None)
    return entry.canonical if entry else long_zh


@cache
def term_labeller(lexicon: Lexicon) -> Callable[[str], str | None]:
    """The label of a dictionary term, or None for a word that is none."""
    entries = lexicon.entries

    def label(text: str) -> str | None:
        entry = entries.get(text)
        return None if entry is None else entry.label

    return label


class MedicalAbbreviations:
    """``span_views`` as for ``medical_entities``: whether new mentions also become spans."""

    def __init__(self, name: str, *, dictionaries: str = "", span_views: bool = True) -> None:
        self.name = name
        self.span_views = span_views
        self.lexicon = load_lexicon(dictionary_dir(dictionaries))
        self.data = load_abbreviation_data(self.lexicon.directory)
        self.table = self.data.table
        self.term_label = term_labeller(self.lexicon)  # looked up once, not per section (it hashes the lexicon)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_value(doc, "normalized_text") or normalize_text(doc.text)
        definitions = doc_value(doc, "abbreviation_definitions")
        if definitions is None:
            definitions = without_bare_types([definitions_in(text, self.lexicon)], self.table)[0]
            set_doc_value(doc, "abbreviation_definitions", definitions)
        senses = self.lexicon.other_senses
        uses = [
            use for use in map(self._labelled, find_abbreviation_mentions(
                text, definitions, self.table, cues=self.data.cues, classes=self.data.classes,
                term_label=self.term_label))
            if (use.label or use.source != TEXT_SOURCE)
            and not (use.text in senses and in_other_sense(text, use.start, use.end, senses[use.text]))
        ]  # not where other_senses.tsv says the term means something else (T3 in T3N0M0: a stage)
        if uses:
            doc = self._add(doc, text, uses)
        return self._name_defined(doc, text, definitions)

    def _labelled(self, use: AbbreviationMention) -> AbbreviationMention:
        """A use of an abbreviation the record defines, whose long form ends with a body part or a
        device, takes that term's label when nothing else gave one: ``defined_label`` gives the other
        endings' (血管内皮素(ET) a test, 内皮素), which the row leaves out (4 of 9 wrong there).
        Not for the table's meanings: a table row without a label is one
        kept out of the mentions on purpose (TP, GLU: too ambiguous as written)."""
        if use.label or use.source != TEXT_SOURCE or use.gene:  # 早幼粒细胞白血病(PML)基因: no disease
            return use
        long_zh = normalize_text(use.long_zh)
        entries = self.lexicon.entries
        entry = next((entries[long_zh[i:]] for i in range(len(long_zh) - 1) if long_zh[i:] in entries), None)
        return replace(use, label=entry.label) if entry else use

    def _canonical(self, long_zh: str) -> str:
        return canonical_of(long_zh, self.lexicon, self.data.cues)

    def _add(self, doc: Doc, text: str, uses: list[AbbreviationMention]) -> Doc:
        entities = entities_of(doc)
        top = sorted((e.start, e.end, e.label) for e in entities if not e.nested)
        top_starts = [start for start, _, _ in top]
        by_offsets: dict[tuple[int, int], Entity] = {}
        twins = []  # kept as they are: 白细胞 of 使红，白细胞和血小板减少 is a symptom (rule:shared_head) and a nested test
        for e in entities:
            if (e.start, e.end) in by_offsets:
                twins.append(e)
            else:
                by_offsets[e.start, e.end] = e
        for use in uses:
            source = "abbreviation:text" if use.source == TEXT_SOURCE else "abbreviation:" + use.source.split(":", 1)[-1]
            same = by_offsets.get((use.start, use.end))
            if not use.label:  # a table row without label: only to name a dictionary mention
                if same is not None and _stands_alone(text, use) and same.canonical == self._canonical(use.long_zh):
                    by_offsets[use.start, use.end] = self._known(same, use)
                continue
            if same is not None:
                by_offsets[use.start, use.end] = (
                    self._entity(use, source, nested=same.nested) if use.source == TEXT_SOURCE else self._known(same, use)
                )
                continue
            # top-level mentions do not overlap: only the one starting last before use.start
            # and those starting inside the use can overlap it
            first = max(bisect_right(top_starts, use.start) - 1, 0)
            overlapping = [t for t in top[first : bisect_left(top_starts, use.end)] if t[1] > use.start]
            if not overlapping:
                named = _finding_named_after(text, use, top, top_starts, by_offsets)
                if named is not None:  # CMV|性|视网膜炎, CMV|感染: one disease, the organism nested (entities rules 8, 16)
                    by_offsets.pop((named.start, named.end))
                    written = text[use.start : named.end]
                    canonical = written
                    if named.start == use.end:  # CMV|感染 as the lexicon names it: 巨细胞病毒感染
                        entry = self.lexicon.entries.get(self._canonical(use.long_zh) + named.text)
                        canonical = entry.canonical if entry is not None and entry.label == named.label else written
                    by_offsets[use.start, named.end] = replace(named, start=use.start, text=written, canonical=canonical)
                by_offsets[use.start, use.end] = self._entity(use, source, nested=named is not None)
            elif len(overlapping) == 1:
                outer_start, outer_end, outer_label = overlapping[0]
                if outer_start <= use.start and use.end <= outer_end and outer_label != use.label:
                    by_offsets[use.start, use.end] = self._entity(use, source, nested=True)
        labelled = {(use.start, use.end): use for use in uses if use.label and use.source != TEXT_SOURCE}
        twins = [self._known(twin, labelled[twin.start, twin.end])  # IgA of IgA和IgG升高: 免疫球蛋白A, as alone
                 if (twin.start, twin.end) in labelled and twin.label == labelled[twin.start, twin.end].label else twin
                 for twin in twins]
        ordered = sorted([*by_offsets.values(), *twins], key=lambda e: (e.start, e.nested, e.start - e.end))
        return set_mentions(doc, ordered, span_views=self.span_views)

    def _name_defined(self, doc: Doc, text: str, definitions: list[Definition]) -> Doc:
        """A dictionary mention of the abbreviation in its own definition (``血管内皮生长因子
        (…,VEGF)``) is named like its uses, by the record's long form: no use itself (the
        bracket is skipped), it is the same thing. Its label and source stay the dictionary's."""
        at = {
            (d.abbr_start, d.abbr_end): d
            for d in definitions
            if d.abbr_start is not None and d.long_zh and d.shape != "acronym" and defined_here(text, d)
        }
        if not at:
            return doc
        entities = entities_of(doc)
        named = [
            replace(e, canonical=self._canonical(at[e.start, e.end].long_zh), abbr=at[e.start, e.end].abbr)
            if (e.start, e.end) in at and not e.abbr else e
            for e in entities
        ]
        return doc if named == entities else set_mentions(doc, named, span_views=self.span_views)

    def _known(self, entry: Entity, use: AbbreviationMention) -> Entity:
        """A dictionary mention that the abbreviation table also knows: the dictionary's label
        stands (the user's ``CC	test	肌酐清除率`` is no 宫颈癌), and its canonical form too
        when it names the thing in Chinese; else the table's expansion does (CT → 计算机断层扫描)."""
        canonical = entry.canonical if CJK.search(entry.canonical) else self._canonical(use.long_zh)
        return replace(entry, canonical=canonical, abbr=use.abbr)

    def _entity(self, use: AbbreviationMention, source: str, *, nested: bool) -> Entity:
        return Entity(use.start, use.end, use.text, use.label, self._canonical(use.long_zh), source, nested, use.abbr)


#: A Latin letter, digit or hyphen next to a mention: it is part of a longer name there.
_GLUED = re.compile(r"[A-Za-z0-9-]")


def _stands_alone(text: str, use: AbbreviationMention) -> bool:
    """Whether nothing Latin touches the use. A table row without label (LH, mined from
    ``黄体生成素(LH)``) names the dictionary's own mention of it (``使FSH和LH水平升高``) when the
    dictionary means the same (黄体生成素; not drug.tsv's bare SP, TP), but not where the
    entity matcher matched inside a longer word: RA in ``CD45RA``, PCR in ``RT-PCR``."""
    return not (
        (use.start > 0 and _GLUED.match(text, use.start - 1)) or (use.end < len(text) and _GLUED.match(text, use.end))
    )


#: Labels of a dictionary mention an organism's abbreviation names in 性 (CMV性视网膜炎).
_FINDING_LABELS = frozenset({"symptom", "disease"})
#: The disease an organism's abbreviation names written right before it (NTM感染), and what after it
#: makes it the infected person (HIV感染者), no disease.
_INFECTION, _INFECTED_PERSON = "感染", "者"


def _finding_named_after(
    text: str, use: AbbreviationMention, top: list[tuple[int, int, str]], top_starts: list[int],
    by_offsets: dict[tuple[int, int], Entity],
) -> Entity | None:
    """The top-level symptom or disease right after an organism's abbreviation and 性
    (CMV|性|视网膜炎, HSV|性|角膜炎), which rule 8 of the entity matcher would join, had the
    abbreviation been a dictionary term, or the disease 感染 right after it (NTM|感染, Hp|感染:
    ``finding_heads.tsv`` joins a microbe term so, rule 16) unless 感染 is a verb with an object
    (感染|HPV) or the infected person (感染|者); else None. Mentions review of medical_8, 2026-12-05."""
    if use.label != "microbe":
        return None
    opens = use.end + 1 if text.startswith(ADJECTIVE, use.end) else use.end
    at = bisect_left(top_starts, opens)
    if at == len(top) or top[at][0] != opens or top[at][2] not in _FINDING_LABELS:
        return None
    if opens == use.end:
        end = top[at][1]
        if (text[use.start:end].removeprefix(use.text) != _INFECTION or text.startswith(_INFECTED_PERSON, end)
                or _GLUED.match(text, end) or (at + 1 < len(top) and top[at + 1][0] == end)):
            return None
    return by_offsets.get(top[at][:2])

