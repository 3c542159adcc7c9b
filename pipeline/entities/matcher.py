"""Dictionary matching over the text itself, with token boundaries used only as a veto.

Why not match on tokens: a term found only when jieba happens to cut the text the same way
would depend on segmentation luck. Instead an Aho-Corasick automaton finds every dictionary
term in the normalized text, and the rules below choose among the candidates. (The
automaton is ``ahocorasick_rs``, Rust's aho-corasick: on xywy text it finds the same hits
as pyahocorasick about six times faster, 0.1 s instead of 0.6 s per 1,000 records.)

1. **Longest first.** Candidates are taken longest first (then leftmost); a candidate that
   overlaps one already taken is dropped (骨硬化性骨髓瘤 wins over 骨髓瘤 inside it). A name ending
   with 症 whose 症 opens 症状 is no candidate when the name without it is a term (低血糖症状:
   低血糖, not 低血糖症).
2. **Latin edges.** A term may not start or end in the middle of a Latin word or number:
   the character next to an edge must not be of the same class (letter/letter or
   digit/digit). ``IL-6`` is not found in ``IL-60``, nor ``CT`` in ``CTA``; ``HHV-8`` is
   found in ``HHV-8DNA`` and ``T3``/``T4`` in ``T3T4``. A Greek letter is inside a word
   next to any Latin letter, digit or Greek letter: ``TNF-α`` is not found in ``TNF-αR``,
   nor ``TGF-β`` in ``TGF-β2``, nor ``IL-1`` in ``IL-1β``. A term of Latin letters only may not
   be followed by a digit: ``TT`` is not found in ``TT3``, nor ``IgG`` in ``IgG4``.
3. **Short terms align with words.** A Chinese term shorter than ``min_free_length``
   characters must start and end on jieba token boundaries (不适 is not found in 不适合),
   because short strings are where substring hits are mostly wrong; but a short symptom or
   disease that ends a jieba word whose rest before it is a body part is the finding written
   with its site (胆囊|肿大, 肺|充血, 骨关节|结核: one mention of the whole word, the finding's
   label, itself as canonical name, a site of two or more characters nested as in rule 7), unless the word is a term of
   its own (颅骨骨折); and a short symptom or disease that opens a jieba word whose rest after it
   is a head marked ``short`` in ``compound_heads.tsv`` is a mention too (发热|时皮疹, 咳嗽|者,
   乙肝|患者: 时, 者, 患者, 病人; not 性, 病 or 期, after which a short term is mostly an adjective
   or part of another name: 感染|性, 胆石|病, 绝经|期); so is one that ends a jieba word whose
   rest before it is a verb or adverb of ``verb_prefixes.tsv`` (患|感冒, 受到|感染, 出|虚汗: the
   term alone). A longer Chinese term
   that ends inside a jieba word is taken only when the rest of the word is a head listed in
   ``compound_heads.tsv`` (高血压|病, 淋巴结|炎), not as part of another word (肾上腺 in
   肾上腺素, 白细胞 in 白细胞介素); otherwise longer terms are specific enough to be taken
   wherever they occur. A term opening with a character of ``word_final_characters.tsv``
   must start and end on token boundaries too (性障碍 is not found in 功能性障碍), unless it
   starts after one of that character's ``may_follow`` characters (及性|功能障碍). All-Latin
   terms (T3, CT) are guarded by rule 2 instead.
4. **Lower-case acronyms.** An all-capital Latin term (CT, HPV, CEA) is also found written
   in lower case (ct, hpv), as patients and some records write it; mixed-case terms (IgG)
   are matched as written.
5. **Nesting, one level.** Inside each chosen mention whose label is in ``nest_in``
   (default: symptom, as CMeEE nests inside 临床表现), terms of *another* label that start
   or end with it are kept as nested mentions: ``[[血沉]ite 增快]sym``,
   ``[[肺动脉]bod 高压]sym``; longest first, non-overlapping, at least two characters.
   Rule 3 does not apply to them (the outer mention is the word). A disease opening the
   mention one character short of its end is none when the mention ends with a word (a term
   or a ``segmentation.tsv`` word) that begins inside it: 皮肤病|变 (病变), 咽部异物|感 (异物感)
   hold no disease (a body part or test does open such a finding: 腰背|痛, 血红蛋白|尿).
6. **Likeness.** A term whose label a marker of ``likeness_markers.tsv`` lists, written right
   before that marker, names what something resembles, nested or not: 癫痫样发作 holds no
   epilepsy, 息肉样改变 no polyp, 猩红热样皮疹 no scarlet fever (the rash is still found). Not
   before a character that makes another word with the marker (样本, 样品). A symptom written
   right before 综合征 or 性疾病 (markers of the same file) is part of a name: 胎儿水肿综合征 holds no 水肿.
7. **Sites joined.** A body part whose last characters open a symptom or disease term
   (冠状动脉|硬化 over 动脉硬化, 股四头肌|无力 over 肌无力) adds the finding written with the
   whole site (冠状动脉硬化: the finding's label, itself as canonical name), which rule 1
   prefers; not where a term already spans both (视网膜炎). So does a body part of two or
   more characters written right before one (乳房|包块, 腰部|疼痛, 盆腔|充血: as CMeEE writes a
   finding with its site, the site nested); single characters are left alone (心|肾阴虚,
   肺|脾虚 in TCM text name two organs, not one site). It runs again after rule 14, for a site
   before a finding rules 7 and 14 made (腹部|肌肉紧张, 下肢|迟缓性瘫痪: mentions review of
   medical_13, 2026-12-04). Then a finding with only words of ``site_gap_words.tsv`` between it and a
   site (睾丸|的|萎缩, 肝|明显|肿大, 萎缩|的|睾丸) keeps its text and takes the canonical name of the lexicon
   term of its label the site written with it makes (睾丸萎缩; with a site coordinated before: 肝，脾均有轻度
   肿大 → 肝脾肿大); not after a verb whose object the site is (压迫|气管|的水肿). Symptoms review of
   medical_4, 2026-12-05: 40 of 40 sampled right of 417 rows on medical_0–3 and 10–15.
8. **Adjectives joined.** A symptom or disease written right before 性 and another one
   (坏疽|性|阑尾炎, 糖尿病|性|心肌病, 食管痉挛|性|疼痛) makes one mention of the second written
   whole with its adjective (and a 非 before it: 非肝硬化性门脉高压), with the second's label,
   itself as canonical name; rule 1 prefers it, so the adjective is no finding of its own.
   So does an organism (念珠菌|性|阴道炎, CMV|性|视网膜炎: one disease), which stays a mention
   nested in it (the organism of a disease term, 病毒性肝炎, is none, as before).
   A finding term opening with its own adjective in 性 takes a 非 written before it the same
   way (非化脓性关节炎, 非凹陷性水肿: an arthritis, an oedema of another kind, no negation).
   A body part written right before 痛 makes the pain of that site one symptom (肝区|痛, 神经根|痛,
   喉|痛: the site nested; itself as canonical name), not before 痛性 (an adjective: 痛性溃疡), 痛风,
   痛苦, 痛觉, 痛阈 or 痛经.
9. **Levels joined.** A substance or organism (a test, drug or microbe term) right before 血症
   or 尿症, or before 症 after 高 or 低, makes one disease written whole with a 高, 低 or 无 before
   it (高胆固醇血症, 低血糖症, 无纤维蛋白原血症, 病毒血症, 酪氨酸尿症: itself as canonical name);
   rule 1 prefers it, so the substance is no test of its own (and 异常纤维蛋白原血症 keeps its 异常).
    A term right after 抗 and before 药, 药物 or 剂 names a class of drugs: one drug mention written
    whole (抗惊厥药物, 抗甲状腺药, 抗高血压药, 抗抑郁剂; canonical name 抗…药 or 抗…剂), no seizure,
    thyroid or hypertension of its own; a short term glued to 抗 by jieba (抗惊厥) is taken there.
10. **Other senses.** A term listed in ``other_senses.tsv`` is no mention where a pattern of
    its own is found right before it, right after it, or in its sentence: T3 in T3N0M0, T3期
    or a sentence that also names T1 is a tumour stage, no thyroid hormone.
11. **Courses joined.** A prefix of ``disease_prefixes.tsv`` marked ``joins`` (急性, 亚急性, 慢性, 复发性)
    written right before a disease or symptom mention, and in no term with it, joins the mention:
    慢性|湿疹 is one mention 慢性湿疹 whose canonical name stays 湿疹 (the course names no other
    disease; the NER gold writes it with the disease). A term holding the prefix (急性胰腺炎) is
    found whole by rule 1 anyway.
12. **Body heads joined.** A body part written right before a head noun of ``body_heads.tsv``
    (肾小球|毛细血管, 支气管|黏膜, 盆腔|脏器, 肾上腺|皮质, 肾|组织, 胰管|壁) adds one body part written whole
    (label body, itself as canonical name), which rule 1 then prefers to the two: CMeEE writes
    such a phrase as one body mention. Heads chain (肾小球|毛细血管|基底膜). Not where a term
    already spans both (胃黏膜), nor where a longer term runs on from the head (肾小管|上皮细胞:
    上皮细胞 is a term; 肾上腺|皮质醇). The head is found in the text, a term or not (组织,
    皮质), and only right after the site: a list word or punctuation between them joins nothing;
    nor where any term runs on from the head (血浆|血管紧张素原: a substance; 皮肤|组织胺), nor after
    a site that ends a longer term (舌|甲状腺|组织: 舌甲状腺 is a disease).
    Rule 7 then joins a finding to the whole site (支气管黏膜|水肿); the symptom nests only the
    site's dictionary term (支气管), as rule 5 nests only terms found in the text.
13. **Procedure heads joined.** A body part written right before a head of ``procedure_heads.tsv``
    (肾|活检, 主动脉|造影, 胸膜|固定术, 肝脏|移植), or a disease or symptom before a head whose
    ``labels`` name them (the lesion removed or examined: 白内障|摘除术, 息肉|切除, 颈部肿块|活检), adds
    one procedure written whole (label procedure; named as the lexicon's procedure written with or
    without a final 术, else as its text without it: 阑尾切除术 → 阑尾切除), which rule 1 prefers to
    the parts: CMeEE writes such a phrase as one procedure mention. Body parts written right before
    the site join it (泪囊|鼻腔|吻合术, 心内膜|心肌|活检). The head is found in the text, a term or not,
    and only right after the site (a list word or punctuation between joins nothing); not before a
    word of the head's ``except`` (静脉|造影|剂: a contrast agent; 肾|移植|物: a graft) or 综合征 (心包|切开|
    综合征: a disease's name), nor where a term spans both (脾切除) or a candidate
    overlaps the head without lying inside it (造影剂肾病; 心室|壁瘤, 胆囊切除|术后发热; a procedure ending with
    the head is none: T细胞|移植 joins over 细胞移植), nor where a term
    runs on from the head (移植物抗宿主病), nor after a site ending a longer candidate (as rule 12).
    It runs after rules 7–9 and 12, so a joined site or lesion joins too (肾组织|活检, 心室壁瘤|切除).
14. **Qualifiers joined.** A word of two to four characters ending in 性 or 型, opening where a
    jieba word does (the shortest; a 低 or 高 jieba left alone before it opens it: 低|钾性|瘫痪), right
    before a symptom or disease mention (折返|性|心动过速, 闭角型|青光眼, 阵发性|咳嗽) adds the mention
    written with it (and a 非 before it, as rule 8: 非闭塞性肠系膜缺血): the finding's label and
    canonical name, which rule 1 then prefers, as CMeEE writes such a phrase. Not after a word of
    ``not_qualifiers.tsv`` (阳性, 男性, 典型, 急性: rule 11's), one opening with 该, 此, 如, 无 …, one
    holding 的, 和, 及 …, one after a lone character jieba cut off it (大|叶性, 易|复性: the longer
    qualifier is unknown), nor where a candidate lies in or over the word (坏疽|性: rule 8's). The
    finding's site stays nested (游走性|[关节]痛). Mentions review of medical_8, 2026-12-04: 2,061
    such findings of medical_8 were cut after the qualifier.
15. **Sides joined.** A side of ``body_sides.tsv`` (左, 右, 双) opening a jieba word right before a
    body part makes one body part with it (左|冠状动脉, 右|心房, 双|上肢: itself as canonical name), as
    CMeEE writes it; not where a term covers the side, nor where jieba joins it to the word before
    (2周左右|骨骼肌). It runs with rule 12, before rule 7, so a finding joins the whole site.
16. **Finding heads joined.** A body part, test, symptom, disease or drug written right before a head
    of ``finding_heads.tsv`` that joins its label (腮腺|肿瘤, 血小板|功能障碍, 皮肤转移|癌, 维生素A|缺乏症; a bare 障碍, 低下 …
    only after a test ending in 功能, the head's ``site_ends``: 肺通气功能|障碍) adds one finding written whole, of
    the head's label (``makes``) and its own canonical name (or the lexicon's for the site's canonical name with
    the head: CMV|感染 → 巨细胞病毒感染), which rule 1 prefers to the parts (a
    symptom keeps the test nested, rule 5: [血小板]功能障碍, as [血沉]增快). 肿瘤 is no term of its own,
    so rule 7 has nothing to join there. Not before a word of the head's ``except`` (组织细胞|肿瘤|性增生),
    nor where a candidate spans both (甲状腺功能减退), runs on past the head or into it from before the
    site, nor where a term runs on from the head, nor after a site ending a longer candidate (as rule 12), nor
    after a site written right after a Latin letter (Müllerian|上皮|肿瘤). Mentions review of
    medical_1, 2026-12-05: 99 of 104 body parts before 肿瘤 and 51 of 53 tests before the function
    words joined right.
17. **Shared heads.** A head of a ``finding_heads.tsv`` row with ``shared_over`` joiners (及, 和, 与, 、, 或)
    ending a symptom that opens with a mention of the row's ``joins`` is shared by the mention of those
    labels before the joiner (a chain of them), or else by the text before it that with the head is a
    lexicon symptom: 白细胞及[血小板]减少 → 白细胞 is also a symptom 白细胞减少 (the test nested), 肌张力及
    腱反射减低 → 肌张力 (肌张力减低); a head alone after the joiner takes the finding's opening (面色苍白或萎黄
    → 萎黄: 面色萎黄). The mention is the word as written, source ``rule:shared_head``. Symptoms review
    of medical_14, 2026-12-05: 14 rows on medical_14 and medical_10, 14 right. Over a list of body parts
    any head of two characters or more is shared (肝和[脑]损伤 → 肝 is 肝损伤 too, 口腔、咽喉部及[食道]水肿),
    the finding's label, not over 与 (横结肠与大网膜粘连) nor a head opening with a body part (直肠[肛门]畸形).
18. **Antigens joined.** A head of a ``finding_heads.tsv`` row that joins ``antigen`` (抗体), found as a
    term, with an antigen written right before it, a mention or not, makes one test written whole: a
    Latin, Greek or digit token, maybe after 抗 or 抗- (HSV-Ⅱ|抗体, 抗GM1|抗体, 抗-Yo|抗体, β-EP|抗体), or 抗 and
    one to six Chinese characters (抗心磷脂|抗体); named as written, 抗- as 抗 (抗Yo抗体). Not where a
    candidate runs on past the head or into the antigen from before it, nor for a Chinese antigen where a
    drug or procedure candidate starts with it (使用抗生素后产生|抗体; not 抗青霉素|抗体) or that holds an ``except`` word
    of the row (经抗结核治疗后|抗体). Labs review of medical_8,
    2026-12-05: 21 of 21 right on medical_8 and medical_11 (the tests were a bare 抗体).
"""

from __future__ import annotations

import functools
import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from operator import itemgetter
from typing import NamedTuple

from ahocorasick_rs import AhoCorasick, MatchKind

from ..entity import Entity
from ..labels import LABELS
from ..lexicon.loader import (FINDING_SITE_LABELS, PROCEDURE_SITE_LABELS, WRITTEN_ANTIGEN, Lexicon, LexiconEntry, OtherSense,
                              is_chinese)
from ..resources import DEFAULT_DICTIONARY_DIR, read_tsv
from ..sentences import SENTENCE_ENDS

_DIGITS = frozenset("0123456789")

#: Where rule 3 lets a term be a top-level mention (any term may still be nested, rule 5).
_ANYWHERE = 0  # terms ending in an ASCII character (IL-6, 维生素B12): rule 2 guards them
_WORD_END = 1  # longer Chinese terms: at a jieba word end, or before a compound head
_ON_TOKENS = 2  # short Chinese terms: on jieba token boundaries at both ends
_OPENING_WORD = 3  # terms opening with a word-final character: the same, or after a may_follow one


def _same_class(left: str, right: str) -> bool:
    """Both Latin letters or both digits (ASCII), or a Greek letter next to a word
    character: an edge between them is inside a word."""
    if _greek(left) or _greek(right):
        return _latin_edge(left) and _latin_edge(right)
    return left.isascii() and right.isascii() and left.isalnum() and right.isalnum() and left.isalpha() == right.isalpha()


def _greek(char: str) -> bool:
    return "α" <= char <= "ω" or "Α" <= char <= "Ω"


def _latin_edge(char: str) -> bool:
    """Whether a term starting or ending with ``char`` needs rule 2's check there (a word
    character: an ASCII letter or digit, or a Greek letter, as in TNF-α)."""
    return (char.isascii() and char.isalnum()) or _greek(char)


class _Term(NamedTuple):
    """What a mention of one term says: its text, label, canonical name and source."""

    text: str
    label: str
    canonical: str
    source: str


class _LatinEdges(NamedTuple):
    """Rule 2 for one term: whether its start and its end need the check, and whether it is
    a Latin word that a digit may not follow (TT in TT3)."""

    check_start: bool
    check_end: bool
    letters: bool


#: Per automaton pattern: the term, its ``_ANYWHERE``/``_WORD_END``/``_ON_TOKENS``/``_OPENING_WORD`` placement,
#: its rule 2 checks (None for a term with no Latin edge) and its rule 10 contexts (empty for most).
_TermRules = tuple[_Term, int, _LatinEdges | None, tuple[OtherSense, ...]]
#: An automaton hit: ``(pattern index, start, end)``.
_Match = tuple[int, int, int]
#: A hit that passed the rules: ``(start - end, start, end, term)``, so that plain tuple
#: order is longest first, then leftmost (no two hits share a span).
_Candidate = tuple[int, int, int, _Term]


class _Words(NamedTuple):
    """jieba's words in a text: their start offsets in text order (bisected for the word holding an
    offset), and their starts and ends as sets (whether a word starts or ends at an offset)."""

    starts: Sequence[int]
    start_set: frozenset[int]
    end_set: frozenset[int]


_match_end = itemgetter(2)
_candidate_start = itemgetter(1)
_candidate_end = itemgetter(2)


class DictionaryMatcher:
    """Finds lexicon terms in a normalized text; build once, call per text."""

    def __init__(self, lexicon: Lexicon, *, min_free_length: int = 3, nest_in: Collection[str] = ("symptom",)) -> None:
        self.min_free_length = min_free_length
        self.nest_in = frozenset(nest_in)
        terms = dict(lexicon.entries)
        self.other_senses = lexicon.other_senses
        for term, entry in lexicon.entries.items():
            if term.isascii() and term.isupper() and term.lower() not in lexicon.entries:
                terms[term.lower()] = entry
        self.terms = [term for term in terms if term]
        self.compound_heads = lexicon.compound_heads
        self.word_final = lexicon.word_final
        self.likeness = lexicon.likeness
        self.joined_prefixes = lexicon.joined_prefixes
        self.joined_prefix_ends = frozenset(prefix[-1] for prefix in self.joined_prefixes)
        self.likeness_labels = frozenset(label for labels, _ in self.likeness.values() for label in labels)
        self.likeness_openings = frozenset(marker[0] for marker in self.likeness)  # one look rules most hits out
        self.longest_head = max(map(len, self.compound_heads), default=0)
        self.short_heads = lexicon.short_heads
        self.verb_prefixes = lexicon.verb_prefixes
        self.not_qualifiers = lexicon.not_qualifiers
        self.qualifiers = lexicon.qualifiers
        self.body_sides = lexicon.body_sides
        self.body_heads = lexicon.body_heads
        self.body_head_lengths = tuple(sorted({len(head) for head in self.body_heads}, reverse=True))  # longest first
        self.body_head_openings = frozenset(head[0] for head in self.body_heads)  # one look rules most sites out
        self.procedure_heads = lexicon.procedure_heads
        self.procedure_head_lengths = tuple(sorted({len(head) for head in self.procedure_heads}, reverse=True))
        self.procedure_head_openings = frozenset(head[0] for head in self.procedure_heads)
        # rule 16 reads the rows with no joiners, rule 17 the rows with them (白细胞及血小板|减少)
        self.finding_heads = {head: rule16 for head, rows in lexicon.finding_heads.items()
                              if (rule16 := tuple(row for row in rows if not row[4] and WRITTEN_ANTIGEN not in row[1]))}
        # rule 18 reads the rows that join an antigen written out (HSV-Ⅱ|抗体)
        self.antigen_heads = {head: (row[0], row[3]) for head, rows in lexicon.finding_heads.items()
                              for row in rows if WRITTEN_ANTIGEN in row[1]}
        self.shared_heads = {head: (row[1], row[4]) for head, rows in lexicon.finding_heads.items() for row in rows if row[4]}
        self.shared_joiners = frozenset(c for _, joins in self.shared_heads.values() for c in joins)
        self.shared_head_ends = frozenset(head[-1] for head in self.shared_heads)
        self.shared_head_openings = frozenset(head[0] for head in self.shared_heads)
        self.finding_head_lengths = tuple(sorted({len(head) for head in self.finding_heads}, reverse=True))
        self.finding_head_openings = frozenset(head[0] for head in self.finding_heads)
        self.entries: dict[str, LexiconEntry] = terms  # term (and lower-case acronym) → its entry
        # rule 5's words an outer mention may end with (病变 of 皮肤病变): terms and segmentation words
        self.words = frozenset(terms).union(word for word, _ in lexicon.segmentation_words)
        self.rules = _RulesOnFirstHit(self)
        self.triggers = _RuleTriggers(self)
        self.automaton = self._automaton()

    def _automaton(self) -> AhoCorasick | None:
        """Every occurrence of every term, overlapping ones included (``MatchKind.Standard``)."""
        return AhoCorasick(self.terms, matchkind=MatchKind.Standard) if self.terms else None

    def __getstate__(self) -> dict[str, object]:
        """The Rust automaton does not pickle; it is rebuilt from the terms (0.04 s)."""
        return {**self.__dict__, "automaton": None}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self.automaton = self._automaton()

    def term_rules(self, index: int) -> _TermRules:
        """What each hit of the automaton's pattern ``index`` needs, computed once per term
        rather than per hit (a text has some fourteen hits, most of them short Chinese terms)."""
        term = self.terms[index]
        entry = self.entries[term]
        if term[0] in self.word_final:
            placement = _OPENING_WORD  # opening with a word's last character (性障碍)
        elif len(term) < self.min_free_length and not term.isascii():
            placement = _ON_TOKENS
        else:
            placement = _ANYWHERE if term[-1].isascii() else _WORD_END
        check_start, check_end = _latin_edge(term[0]), _latin_edge(term[-1])
        letters = term[-1].isascii() and term[-1].isalpha() and not any(char.isdigit() for char in term)
        edges = _LatinEdges(check_start, check_end, letters) if check_start or check_end else None
        # one string object per label and file, not per term: rows quote them by the
        # hundred thousand, and marshal writes an object met again as a short reference
        source = sys.intern(f"entities/{entry.file}")
        senses = self.other_senses.get(entry.term, ())
        return _Term(term, sys.intern(entry.label), entry.canonical, source), placement, edges, senses

    def find(
        self,
        text: str,
        token_starts: Sequence[int] | None = None,
        token_ends: Sequence[int] | None = None,
    ) -> list[Entity]:
        """Return the chosen matches in ``text``, sorted by start (a nested mention right
        after the mention holding it).

        ``token_starts``/``token_ends`` are the start and end offsets of the jieba tokens, in
        text order; without them the short-term rule is not applied. (Whether a word starts or
        ends at an offset is asked of sets of them: a text has some 90 tokens and 20 hits, and the
        35 look-ups by bisect cost three times what building the sets does.)
        """
        if self.automaton is None:
            return []
        matches: list[_Match] = self.automaton.find_matches_as_indexes(text, overlapping=True)
        matches.sort(key=_match_end)  # end order, which _longest_first and _nested use (the automaton gives it)
        top_level: list[_Candidate] = []
        rules = self.rules
        tokens = token_starts is not None
        starts, ends = token_starts or (), token_ends or ()
        words = _Words(starts, frozenset(starts), frozenset(ends))
        word_starts, word_ends, likeness_openings = words.start_set, words.end_set, self.likeness_openings  # asked per hit
        drug_classes = _AGAINST in text  # rule 9's 抗 opens every drug class
        # 低血糖症|状: a name ending with 症 before 状 lends it to 症状 when the name without it is a term,
        # which is then taken whatever jieba's cut (抑郁症|状)
        hit_spans = {(start, end) for _, start, end in matches} if _SYMPTOMS_WORD in text else ()
        for index, start, end in matches:
            term, placement, edges, senses = rules[index]
            if hit_spans and text.startswith(_SYMPTOMS_WORD, end - 1) and (start, end - 1) in hit_spans:
                continue
            if tokens and placement != _ANYWHERE:
                if placement == _ON_TOKENS:
                    placed = start in word_starts and end in word_ends
                elif placement == _OPENING_WORD:
                    placed = end in word_ends and (
                        start in word_starts or (start > 0 and text[start - 1] in self.word_final[text[start]]))  # 及性|功能障碍
                else:
                    placed = end in word_ends or self._head_follows(text, end, starts)
                if not placed and not (drug_classes and _in_a_drug_class(text, start, end)) and not (
                        hit_spans and text.startswith(_SYMPTOMS_WORD, end) and (start, end + 1) in hit_spans):
                    if placement != _ON_TOKENS or term.label not in _FINDING_LABELS:
                        continue  # rule 3's exceptions below are short symptoms' and diseases' (most misplaced hits are neither)
                    if not self._short_head_follows(text, start, end, words, term.label) and not self._verb_glued(
                            text, start, end, words, term.label):
                        site = self._site_glued(text, start, end, words, term.label)
                        if site < 0:
                            continue
                        written = text[site:end]  # 胆囊|肿大 as jieba's one word: the finding with its site
                        start, term = site, term._replace(text=written, canonical=written)
            if (text[end:end + 1] in likeness_openings and term.label in self.likeness_labels
                    and self._likeness_follows(text, end, term.label)):
                continue
            if senses and in_other_sense(text, start, end, senses):
                continue
            if edges is None or not _inside_latin_word(text, start, end, edges):
                top_level.append((start - end, start, end, term))
        triggers = self.triggers
        fires = triggers.of(text, top_level)
        candidates = top_level
        if fires & _BODY_HEADS:
            candidates, fires = triggers.merged(text, candidates, _body_heads_joined(
                text, candidates, self.body_heads, self.body_head_lengths, self.body_head_openings, self.entries), fires)
        if starts and fires & _SIDES:
            candidates, fires = triggers.merged(text, candidates, _sides_joined(text, candidates, word_starts, self.body_sides), fires)
        if fires & _PAINS:
            candidates, fires = triggers.merged(text, candidates, _pains_joined(text, candidates), fires)
        if fires & _SITE_MEETS_FINDING:
            candidates, fires = triggers.merged(text, candidates, _with_sites_joined(text, candidates), fires)
        if fires & _ADJECTIVES:
            candidates, fires = triggers.merged(text, candidates, _adjectives_joined(text, candidates), fires)
        if fires & _LEVELS:
            candidates, fires = triggers.merged(text, candidates, _levels_joined(text, candidates), fires)
        if fires & _DRUG_CLASSES:
            candidates, fires = triggers.merged(text, candidates, _drug_classes_joined(text, candidates), fires)
        if any(head in text for head in self.antigen_heads):  # every candidate is written as it stands in the text
            candidates, fires = triggers.merged(text, candidates, _antigens_joined(text, candidates, self.antigen_heads), fires)
        if fires & _FINDING_HEADS:
            candidates, fires = triggers.merged(text, candidates, _finding_heads_joined(
                text, candidates, self.finding_heads, self.finding_head_lengths, self.finding_head_openings, self.entries), fires)
        if fires & _PROCEDURE_HEADS:
            candidates, fires = triggers.merged(text, candidates, _procedure_heads_joined(
                text, candidates, self.procedure_heads, self.procedure_head_lengths, self.procedure_head_openings, self.entries), fires)
        qualified: dict[tuple[int, int], int] = {}
        if starts and fires & _QUALIFIERS:
            candidates, fires = triggers.merged(text, candidates, _qualifiers_joined(
                text, candidates, word_starts, self.not_qualifiers, qualified, self.qualifiers), fires)
        if fires & _PREFIXES:  # after rule 14: 慢性|进行性肝病
            candidates, fires = triggers.merged(text, candidates, _prefixes_joined(
                text, candidates, self.joined_prefixes, self.joined_prefix_ends), fires)
        # rule 7 again: a site before a finding rules 7 and 14 made (腹部|肌肉紧张, 下肢|迟缓性瘫痪)
        if (fires & _SITE_AND_FINDING) == _SITE_AND_FINDING:
            joined = _with_sites_joined(text, candidates) if fires & _SITE_MEETS_FINDING else []
            candidates = _sites_named_across_gaps(text, candidates, self.entries)
            if joined:
                candidates = sorted(candidates + joined, key=_candidate_end)
        mentions = []
        for _, start, end, term in _longest_first(candidates, 0, len(text)):
            mentions.append(Entity(start, end, term.text, term.label, term.canonical, term.source))
            if term.label in self.nest_in:
                mentions += self._nested(text, matches, start, end, term.label, qualified.get((start, end), start))
            elif term.label in _FINDING_LABELS and ADJECTIVE in term.text and term.text not in self.entries:
                mentions += self._organism_named(text, matches, start, end)
        if self.shared_joiners:
            mentions = _shared_heads_distributed(text, mentions, self.shared_heads, self.shared_joiners, self.entries,
                                                 self.shared_head_ends, self.shared_head_openings)
            mentions = _body_lists_shared(text, mentions, self.shared_joiners, self.entries)
        return mentions

    def _organism_named(self, text: str, matches: list[_Match], outer_start: int, outer_end: int) -> list[Entity]:
        """Rule 8's organism, nested: the microbe term a joined disease opens with before 性
        (念珠菌|性阴道炎), so that the organism stays a mention of its own (a term's, as 病毒性肝炎,
        is none, as before; nor one 非 rules out: 非淋球菌性尿道炎)."""
        if text[outer_start] == _NOT:
            return []  # 非淋球菌性尿道炎: the organism is ruled out, no mention of its own
        adjective = text.find(ADJECTIVE, outer_start + 1, outer_end)
        while adjective >= 0:
            first = bisect_left(matches, adjective, key=_match_end)
            for index, start, end in matches[first : bisect_right(matches, adjective, key=_match_end)]:
                term, _, edges, senses = self.rules[index]
                if (start == outer_start and term.label == "microbe"
                        and (edges is None or not _inside_latin_word(text, start, end, edges))
                        and not (senses and in_other_sense(text, start, end, senses))):
                    return [Entity(start, end, term.text, term.label, term.canonical, term.source, True)]
            adjective = text.find(ADJECTIVE, adjective + 1, outer_end)
        return []

    def _likeness_follows(self, text: str, end: int, label: str) -> bool:
        """Rule 6: whether a marker of likeness for ``label`` follows ``end`` (癫痫|样发作)."""
        for marker, (labels, other_words) in self.likeness.items():
            if label in labels and text.startswith(marker, end):
                after = end + len(marker)
                return after >= len(text) or text[after] not in other_words
        return False

    def _site_glued(self, text: str, start: int, end: int, words: _Words, label: str) -> int:
        """Rule 3's site: the start of the jieba word that a short finding ends, when the rest of
        that word before it is a body part (胆囊|肿大, 肺|充血, 骨关节|结核), else -1."""
        if label not in _FINDING_LABELS:
            return -1
        word_start = _word_ended_by(words, start, end)
        if word_start < 0 or word_start == start or text[word_start:end] in self.entries:
            return -1  # 颅骨骨折 is a term of its own, found as it is
        site = self.entries.get(text[word_start:start])
        return word_start if site is not None and site.label == "body" else -1

    def _short_head_follows(self, text: str, start: int, end: int, words: _Words, label: str) -> bool:
        """Rule 3's short heads: whether a short symptom or disease opens a jieba word whose rest
        after it is a head marked ``short`` in ``compound_heads.tsv`` (发热|时, 咳嗽|者, 乙肝|患者)."""
        if label not in _FINDING_LABELS or not self.short_heads or start not in words.start_set:
            return False
        following = bisect_right(words.starts, start)  # the word after the one ``start`` opens
        word_end = words.starts[following] if following < len(words.starts) else len(text)
        return end < word_end and text[end:word_end] in self.short_heads

    def _verb_glued(self, text: str, start: int, end: int, words: _Words, label: str) -> bool:
        """Rule 3's verbs: whether a short symptom or disease ends a jieba word whose rest before
        it is a prefix of ``verb_prefixes.tsv`` (患|感冒, 受到|感染, 出|虚汗)."""
        if label not in _FINDING_LABELS or not self.verb_prefixes:
            return False
        word_start = _word_ended_by(words, start, end)
        return word_start >= 0 and text[word_start:start] in self.verb_prefixes and text[word_start:end] not in self.entries

    def _head_follows(self, text: str, end: int, starts: Sequence[int]) -> bool:
        """Whether the rest of the jieba word that ``end`` falls inside is a compound head.
        A rest longer than the longest head is no head."""
        following = bisect_right(starts, end)
        word_end = starts[following] if following < len(starts) else len(text)
        return word_end - end <= self.longest_head and text[end:word_end] in self.compound_heads

    def _nested(self, text: str, matches: list[_Match], outer_start: int, outer_end: int, outer_label: str,
                head_start: int | None = None) -> list[Entity]:
        """Rule 5 inside one mention: among the hits ending inside it (``matches`` sorted by
        end), terms of another label, at least two characters long, that start where it
        starts (or where its finding starts after a qualifier rule 14 joined: 游走性|关节痛) or
        end where it ends (its own span excluded) and pass rule 2."""
        if outer_end - outer_start <= _SHORTEST_NESTED:
            return []  # a term nested in it would be as long, or too short: most symptoms are two characters (咳嗽)
        opening = (outer_start,) if head_start is None or head_start == outer_start else (outer_start, head_start)
        inside = []
        first, after = bisect_right(matches, outer_start, key=_match_end), bisect_right(matches, outer_end, key=_match_end)
        for index, start, end in matches[first:after]:
            term, _, edges, senses = self.rules[index]
            if (
                ((start in opening and end != outer_end) or (end == outer_end and start > outer_start))
                and end - start >= _SHORTEST_NESTED
                and term.label != outer_label
                and (edges is None or not _inside_latin_word(text, start, end, edges))
                and not (term.label in self.likeness_labels and self._likeness_follows(text, end, term.label))
                and not (senses and in_other_sense(text, start, end, senses))
                and not (term.label == "disease" and self._cuts_last_word(text, start, end, outer_start, outer_end))
            ):
                inside.append((start - end, start, end, term))
        return [
            Entity(start, end, term.text, term.label, term.canonical, term.source, True)
            for _, start, end, term in _longest_first(inside, outer_start, outer_end)
        ]

    def _cuts_last_word(self, text: str, start: int, end: int, outer_start: int, outer_end: int) -> bool:
        """Rule 5: whether a nested term opening its outer mention one character short of its end
        cuts a word the outer ends with (皮肤病|变: 病变; 咽部异物|感: 异物感; 心瓣膜病|变: 瓣膜病变):
        no skin disease in 皮肤病变, a lesion of the skin. Disease terms only (mentions review of
        medical_4, 2026-12-05: 30 of 30 right): a body part or test does open such a finding
        (腰背|痛, 下腹|痛, 血红蛋白|尿: 86 right nestings)."""
        if start != outer_start or outer_end - end != 1:
            return False
        return any(text[cut:outer_end] in self.words for cut in range(start + 1, end))


#: Rule 5: the fewest characters of a nested mention.
_SHORTEST_NESTED = 2
#: What ends the sentence a rule 10 pattern is looked for in.
_SENTENCE_ENDS = frozenset(SENTENCE_ENDS)
#: How far before a hit a ``before`` pattern may reach.
_BEFORE_REACH = 20


class _RulesOnFirstHit(dict[int, _TermRules]):
    """``DictionaryMatcher.term_rules`` of each pattern index, worked out at the term's first
    hit: working them out for all 29,000 terms took 0.15 s of every cold start, and a run
    meets a fraction of them."""

    def __init__(self, matcher: DictionaryMatcher) -> None:
        super().__init__()
        self.matcher = matcher

    def __missing__(self, index: int) -> _TermRules:
        rules = self[index] = self.matcher.term_rules(index)
        return rules


#: The join rules a text's candidates can set off (bits of ``_RuleTriggers.of``).
_BODY_HEADS, _SIDES, _PAINS, _ADJECTIVES, _LEVELS, _DRUG_CLASSES, _FINDING_HEADS, _PROCEDURE_HEADS, _QUALIFIERS, _PREFIXES = (
    1 << bit for bit in range(10))
#: Whether the candidates hold a body part and a finding (rule 7 names a finding across a gap from a site:
#: both are wanted), and whether a finding starts in or right after a body part (rule 7 joins the two).
_HAS_SITE, _HAS_FINDING, _SITE_MEETS_FINDING = 1 << 10, 1 << 11, 1 << 12
_SITE_AND_FINDING = _HAS_SITE | _HAS_FINDING


class _RuleTriggers:
    """Which join rules can add anything to a text's candidates, found in one pass over them. Each of
    rules 8, 9, 11–16 needs a candidate of some labels with one of some characters written right after
    it (a head's first character: 肾|活检) or right before it (a side, a qualifier's 性: 左|心房, 阵发性|咳嗽),
    and looks for nothing else: where no candidate has its trigger, the rule would only walk the list
    to return it unchanged, so ``find`` skips it. Rule 7 needs a body part and a finding, and joins them
    only where the finding starts in the body part or right after it."""

    def __init__(self, matcher: DictionaryMatcher) -> None:
        #: (bit, labels the candidate may have (None: any but drug), characters after it, characters before it)
        rules: tuple[tuple[int, Collection[str] | None, Collection[str], Collection[str]], ...] = (
            (_BODY_HEADS, (_BODY,), matcher.body_head_openings, ()),
            (_SIDES, (_BODY,), (), matcher.body_sides),
            (_PAINS, (_BODY,), (_PAIN,), ()),
            (_ADJECTIVES, _ADJECTIVE_LABELS, (ADJECTIVE,), (_NOT, _FALSE[-1])),  # 坏疽|性, 非|化脓性, 假性|痛风
            (_LEVELS, _SUBSTANCE_LABELS, {ending[0] for ending in (*_LEVEL_ENDINGS, _BARE_LEVEL_ENDING)}, ()),
            (_DRUG_CLASSES, None, (), (_AGAINST,)),
            (_FINDING_HEADS, _FINDING_SITES, matcher.finding_head_openings, ()),
            (_PROCEDURE_HEADS, _PROCEDURE_SITES, matcher.procedure_head_openings, ()),
            (_QUALIFIERS, _FINDING_LABELS, (), _QUALIFIER_ENDS),
            (_PREFIXES, _FINDING_LABELS, (), matcher.joined_prefix_ends),
        )
        self.after: dict[str, int] = {}
        self.before: dict[str, int] = {}
        for bit, _, after, before in rules:
            for char in after:
                self.after[char] = self.after.get(char, 0) | bit
            for char in before:
                self.before[char] = self.before.get(char, 0) | bit

        def rules_of(label: str) -> int:
            return sum(bit for bit, labels, _, _ in rules if (label != _DRUG if labels is None else label in labels))

        #: label → (the rules a candidate of it may set off, what rule 7 reads of it)
        self.by_label = {label: (rules_of(label), _HAS_SITE if label == _BODY else _HAS_FINDING if label in _FINDING_LABELS else 0)
                         for label in LABELS}
        self.other_label = (rules_of(""), 0)

    def of(self, text: str, candidates: list[_Candidate]) -> int:
        """The bits of the rules ``candidates`` (of ``text``, in end order) can set off, and of what rule 7
        needs. A finding meets a site only where it starts after the first site starts and no later than
        the last site before it (in end order) ends: a bound, which most texts' findings are past."""
        fires = 0
        first_site_start, last_site_end = len(text), -1
        by_label, other_label, after, before = self.by_label, self.other_label, self.after, self.before
        for _, start, end, term in candidates:
            rules, present = by_label.get(term.label, other_label)
            fires |= present | rules & (after.get(text[end:end + 1], 0) | before.get(text[start - 1:start], 0))
            if present == _HAS_SITE:
                first_site_start, last_site_end = min(first_site_start, start), end
            elif present == _HAS_FINDING and first_site_start < start <= last_site_end:
                fires |= _SITE_MEETS_FINDING
        return fires

    def merged(self, text: str, candidates: list[_Candidate], joined: list[_Candidate], fires: int) -> tuple[list[_Candidate], int]:
        """``candidates`` with the ``joined`` ones a rule added, in end order, and ``fires`` with what those
        can set off (read of them alone: the others' triggers are in ``fires`` already). Once a site and a
        finding are among them, an added one may meet any other: rule 7 then runs."""
        if not joined:
            return candidates, fires
        fires |= self.of(text, joined)
        if (fires & _SITE_AND_FINDING) == _SITE_AND_FINDING:
            fires |= _SITE_MEETS_FINDING
        return sorted(candidates + joined, key=_candidate_end), fires


def in_other_sense(text: str, start: int, end: int, senses: tuple[OtherSense, ...]) -> bool:
    """Rule 10: whether a context of ``senses`` surrounds the hit ``text[start:end]``
    (``before`` patterns end with ``\\Z``: the loader adds it)."""
    for sense in senses:
        if sense.place == "after":
            found = sense.pattern.match(text, end)
        elif sense.place == "before":
            found = sense.pattern.search(text, max(0, start - _BEFORE_REACH), start)
        else:
            opening, closing = start, end
            while opening > 0 and text[opening - 1] not in _SENTENCE_ENDS:
                opening -= 1
            while closing < len(text) and text[closing] not in _SENTENCE_ENDS:
                closing += 1
            found = sense.pattern.search(text, opening, closing)
        if found:
            return True
    return False


def _word_ended_by(words: _Words, start: int, end: int) -> int:
    """The start of the jieba word that the span ``start:end`` ends (the span opening inside it),
    else -1: rule 3's site and verb before a short finding (胆囊|肿大, 患|感冒)."""
    if end not in words.end_set:
        return -1
    starts = words.starts
    following = bisect_right(starts, start)  # the word holding ``start`` is the one before
    if not following or (following < len(starts) and starts[following] < end):
        return -1  # the span ends no word it opened inside
    return starts[following - 1]


def _inside_latin_word(text: str, start: int, end: int, edges: _LatinEdges) -> bool:
    """Rule 2: whether the match starts or ends inside a Latin word or number."""
    if edges.check_start and start > 0 and _same_class(text[start - 1], text[start]):
        return True
    return (
        edges.check_end
        and end < len(text)
        and (_same_class(text[end - 1], text[end]) or (edges.letters and text[end] in _DIGITS))
    )


#: Labels of the findings a body part written into their first characters joins (rule 7).
_FINDING_LABELS = frozenset({"symptom", "disease"})


#: A finding written in Latin letters and digits only (AIDS, SARS), which no site joins.
_LATIN_NAME = re.compile(r"[A-Za-z0-9\-]+")
#: The shortest body part that joins a finding written right after it (乳房|包块; not 心|脉痹阻).
_LEAST_SITE = 2


def _with_sites_joined(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """Rule 7: a body part whose last characters open a symptom or disease (冠状动脉|硬化 over
    动脉硬化, 股四头肌|无力 over 肌无力, 浅静脉|炎 over 静脉炎) adds that finding written with the
    whole site (冠状动脉硬化, with the finding's label; its canonical name is itself: 支气管阻塞 is
    no 气管阻塞), which the longest-first rule then prefers to both (a symptom keeps the site
    nested, rule 5). So does a site of ``_LEAST_SITE`` or more characters right before a
    finding (乳房|包块). Not where a term already spans both (视网膜炎). (A finding a few gap words away
    from a site is named by ``_sites_named_across_gaps``.) ``candidates`` are in end order; it returns
    the ones it adds."""
    sites = []
    findings_at: dict[int, list[_Candidate]] = {}  # by start, each in end order
    for candidate in candidates:
        label = candidate[3].label
        if label == _BODY:
            sites.append(candidate)
        elif label in _FINDING_LABELS:
            findings_at.setdefault(candidate[1], []).append(candidate)
    if not sites or not findings_at:
        return []
    spans: set[tuple[int, int]] | None = None  # of the candidates, wanted only once a site meets a finding
    joined = []
    for _, site_start, site_end, _ in sites:
        # overlapping (冠状动脉|硬化 over 动脉硬化), or, for a site of 2+ characters, right before
        last = site_end + 1 if site_end - site_start >= _LEAST_SITE else site_end
        for finding_start in range(site_start + 1, last):
            for _, _, end, finding in findings_at.get(finding_start, ()):
                if spans is None:
                    spans = {(start, stop) for _, start, stop, _ in candidates}
                if end > site_end and (site_start, end) not in spans and not _LATIN_NAME.fullmatch(text, finding_start, end):
                    # 视网膜炎 is a term of its own; 十二指肠|AIDS is no AIDS of the duodenum (mentions review
                    # of medical_9, 2026-12-04: a disease named in Latin letters is systemic, no site's)
                    written = text[site_start:end]
                    joined.append((site_start - end, site_start, end, finding._replace(text=written, canonical=written)))
    return joined


#: Rule 7 across a gap: the most characters of ``site_gap_words.tsv`` words between a site and its finding.
_LONGEST_GAP = 6


class _SiteGaps(NamedTuple):
    """``site_gap_words.tsv`` as patterns: the gap after a site, the gap after a finding, the
    verbs a site written right after is the object of, and what joins two sites a finding names together;
    and the characters the two gaps open and end with (one look rules most sites out)."""

    site_first: re.Pattern[str]
    finding_first: re.Pattern[str]
    verbs: tuple[str, ...]
    pairs: frozenset[str]  # 肝，脾均有肿大
    site_first_openings: frozenset[str]
    finding_first_endings: frozenset[str]


@functools.cache
def _site_gaps() -> _SiteGaps:
    """The words of ``site_gap_words.tsv``, as rule 7 reads them across a gap (longest first)."""
    rows = [row for _, row in read_tsv(DEFAULT_DICTIONARY_DIR / "site_gap_words.tsv", ("word", "order", "source"), ("note",))]

    def gap(words: list[str]) -> re.Pattern[str]:
        return re.compile(f"(?:{'|'.join(map(re.escape, words))})+" if words else "(?!)")

    after_site = sorted((row["word"] for row in rows if row["order"] in ("site_first", "both")), key=len, reverse=True)
    after_finding = sorted((row["word"] for row in rows if row["order"] == "both"), key=len, reverse=True)
    return _SiteGaps(gap(after_site), gap(after_finding),
                     tuple(row["word"] for row in rows if row["order"] == "object_of"),
                     frozenset(row["word"] for row in rows if row["order"] == "pair"),
                     frozenset(word[0] for word in after_site), frozenset(word[-1] for word in after_finding))


def _sites_named_across_gaps(text: str, candidates: list[_Candidate], terms: Mapping[str, LexiconEntry]) -> list[_Candidate]:
    """Rule 7 across a gap: a finding with only words of ``site_gap_words.tsv`` between it and a body
    part before it (睾丸|的|萎缩, 肝|明显|肿大), or with 的 between it and one after it (萎缩|的|睾丸), takes
    the canonical name of the lexicon term of its label the site written with it makes (睾丸萎缩), its text
    unchanged: the text names the finding of that site; with the body part coordinated right before the
    site where that makes a term (肝，脾均有轻度肿大 → 肝脾肿大). Not for a site written right after a verb it is
    the object of (压迫|气管|的水肿), nor where a candidate overlaps the gap or holds the site in a longer
    one (睾丸炎|的|肿大 is no testis's)."""
    gaps = _site_gaps()
    sites = [c for c in candidates if c[3].label == _BODY]
    # the sites a gap word opens right after or ends right before (most texts have none): the others name nothing
    gapped = [c for c in sites if text[c[2]:c[2] + 1] in gaps.site_first_openings
              or text[c[1] - 1:c[1]] in gaps.finding_first_endings]
    if not gapped:
        return candidates
    by_start: dict[int, list[int]] = {}
    by_end: dict[int, list[int]] = {}
    for i, (_, start, end, term) in enumerate(candidates):
        if term.label in _FINDING_LABELS:
            by_start.setdefault(start, []).append(i)
            by_end.setdefault(end, []).append(i)
    across: list[tuple[int, int, _Term, Sequence[int], list[int]]] = []  # each site with the findings across its gaps
    for _, site_start, site_end, site in gapped:
        # site first: 睾丸|的|萎缩; not after a verb whose object it is (压迫|气管)
        gap = gaps.site_first.match(text, site_end)
        after = (by_start.get(gap.end(), ()) if gap is not None and gap.end() - site_end <= _LONGEST_GAP
                 and not text.endswith(gaps.verbs, 0, site_start) else ())
        # finding first: 萎缩|的|睾丸
        before = [i for gap_start in range(site_start - 1, site_start - _LONGEST_GAP - 1, -1)
                  if gap_start in by_end and gaps.finding_first.fullmatch(text, gap_start, site_start) for i in by_end[gap_start]]
        if after or before:
            across.append((site_start, site_end, site, after, before))
    if not across:
        return candidates  # most gap words after a site lead to no finding (肝的|功能)
    covered = {(start, end) for _, start, end, term in candidates if term.label != _BODY}

    spans = [(s, e) for _, s, e, _ in candidates]

    def alone(start: int, end: int) -> bool:
        """No other candidate overlaps ``[start, end)`` except sub-spans of the same site (one spanning an
        empty gap holds its position). Asked only of a site a finding is found across a gap from: most
        texts have none, and indexing the candidates by character cost more than these scans."""
        return not any(s < end and start < e and not (start <= s and e <= end) for s, e in spans)

    def named(site: _Term, finding: _Term, before: str = "") -> str | None:
        for word in (site.text + finding.text, site.canonical + finding.text,
                     site.text + finding.canonical, site.canonical + finding.canonical):
            entry = terms.get(before + word)
            if entry is not None and entry.label == finding.label:
                return entry.canonical
        return None

    site_by_end: dict[int, str] = {}  # the first site ending at each position
    for _, _, stop, term in sites:
        site_by_end.setdefault(stop, term.text)

    def paired(site_start: int) -> str:
        """The body part coordinated right before a site (肝|脾, 肝，|脾: 肝脾肿大), if any."""
        end = site_start - 1 if site_start > 0 and text[site_start - 1] in gaps.pairs else site_start
        return site_by_end.get(end, "")

    renamed: dict[int, _Candidate] = {}
    for site_start, site_end, site, after, before in across:
        if (site_start, site_end) in covered or not alone(site_start, site_end):
            continue
        for i in after:
            _, start, end, finding = candidates[i]
            pair = paired(site_start)  # 肝，脾均有轻度肿大: 肝脾肿大 where the lexicon has it
            name = (pair and named(site, finding, pair)) or named(site, finding)
            if name is not None and alone(site_end, start) and i not in renamed:
                renamed[i] = (start - end, start, end, finding._replace(canonical=name))
        for i in before:
            _, start, end, finding = candidates[i]
            name = named(site, finding)
            if name is not None and alone(end, site_start) and i not in renamed:
                renamed[i] = (start - end, start, end, finding._replace(canonical=name))
    if not renamed:
        return candidates
    return [renamed.get(i, c) for i, c in enumerate(candidates)]


#: Rule 12: how many characters past a body head a term running on from it is looked for.
_RUN_ON = 8


def _body_heads_joined(text: str, candidates: list[_Candidate], heads: Collection[str],
                       lengths: Sequence[int], openings: Collection[str], terms: Collection[str]) -> list[_Candidate]:
    """Rule 12: a body part written right before a head noun of ``heads`` (longest first, of
    ``lengths``) adds one body part written whole (支气管黏膜: label body, itself as canonical name,
    the site's source), which rule 1 then prefers to the two; heads chain (肾小球毛细血管基底膜). Not
    where a candidate already spans both (胃黏膜), nor where one starting inside the head runs on
    past it (上皮|细胞 of 上皮细胞, 皮质|醇), nor where one of ``terms`` does, a candidate or not
    (血浆|血管紧张素原: rule 3 left 血管紧张素 no candidate inside jieba's word 血管紧张素原; 皮肤|组织胺).
    Neither a jieba word end nor jieba's own words are a guard: jieba writes 血管收缩, 血管阻力,
    黏膜下, 间质性 as one word (code review: taking segmentation words as terms here lost 130 right
    joins, 肾血管, 肺血管, for a few substances, which are terms now). Nor a site that ends a longer
    candidate starting before it (舌|甲状腺|组织: 舌甲状腺 is a disease; code review). ``openings``: the
    heads' first characters (one look rules most sites out).
    ``candidates`` are the top-level ones, in end order; it returns the ones it adds."""
    if not any(c[3].label == "body" for c in candidates):
        return []
    spans: set[tuple[int, int]] | None = None  # of the candidates, wanted only once a head is found
    joined = []
    for _, site_start, site_end, site in candidates:
        if site.label != "body":
            continue
        end = site_end
        while text[end:end + 1] in openings:
            head_end = next((end + n for n in lengths if end + n <= len(text) and text[end:end + n] in heads), None)
            if head_end is None:
                break
            if spans is None:
                spans = {(start, stop) for _, start, stop, _ in candidates}
            if (site_start, head_end) in spans or any(end <= start < head_end < stop for _, start, stop, _ in candidates):
                break  # 胃黏膜 is a term of its own; 上皮细胞 runs on from 上皮
            if _ends_a_longer_candidate(candidates, site_start, site_end):
                break  # 舌|甲状腺|组织: the site ends the disease 舌甲状腺, which the join would cut
            if _a_term_runs_on(text, end, head_end, terms):
                break  # 血管紧张素 runs on from 血管
            written = text[site_start:head_end]
            joined.append((site_start - head_end, site_start, head_end, site._replace(text=written, canonical=written)))
            end = head_end
    return joined


def _ends_a_longer_candidate(candidates: list[_Candidate], site_start: int, site_end: int) -> bool:
    """Rules 12 and 13: whether a candidate starting before the site ends where it does (舌|甲状腺: the
    disease 舌甲状腺), so that joining the site with a head would cut it."""
    return any(start < site_start < stop == site_end for _, start, stop, _ in candidates)


def _a_term_runs_on(text: str, end: int, head_end: int, terms: Collection[str]) -> bool:
    """Rules 12 and 13: whether a term starting at the head (``text[end:head_end]``) runs on past it
    (血管|紧张素, 移植|物抗宿主病), a candidate or not."""
    return any(text[end:stop] in terms for stop in range(head_end + 1, min(head_end + _RUN_ON, len(text)) + 1))


#: Rule 13: what, written right after a procedure head (its 术 or 后 before it or not), makes the
#: procedure part of a disease's name (心包切开综合征, 胃切除术后综合征: no procedure of their own).
_SYNDROME_AFTER = re.compile("术?后?综合征")
#: Rule 13: the labels of a joined procedure and of what it joins.
_PROCEDURE = "procedure"
_PROCEDURE_SITES = frozenset(PROCEDURE_SITE_LABELS)
#: Rule 13: right before the site, what makes it the place something is removed from (自颈椎切除骨赘;
#: not 自…以来, since), and the hand as the means (用手摘除): no procedure on that site.
_FROM, _HAND, _BY_HAND = "自", "手", "用以徒"
_SINCE = re.compile(r"[^,，。;；]*以来")


def _procedure_heads_joined(text: str, candidates: list[_Candidate], heads: Mapping[str, tuple[Collection[str], Sequence[str]]],
                            lengths: Sequence[int], openings: Collection[str], terms: Mapping[str, LexiconEntry]) -> list[_Candidate]:
    """Rule 13: a body part (or, for the heads that say so, a disease or symptom: the lesion removed)
    written right before a head of ``heads`` (longest first, of ``lengths``) adds one procedure written
    whole (肾活检, 白内障摘除术: label procedure, the site's source; its canonical name is the lexicon's
    procedure written with or without a final 术, else itself without it: 胆囊切除 → 胆囊切除术, 阑尾切除术
    → 阑尾切除), which rule 1
    then prefers to the parts. Not before a word of the head's ``except`` (静脉|造影|剂: a contrast agent)
    or a syndrome (心包|切开|综合征); not where a candidate already spans both (脾切除), nor where one
    overlaps the head without lying inside it (a term running on from it, 造影剂肾病, or one
    starting inside the site, 心室|壁瘤), nor where a term runs on from the head, a candidate or not;
    nor after a site that ends a longer candidate starting before it (as rule 12). Body parts written
    right before the site are part of it (泪囊|鼻腔|吻合术, 脾|肾静脉|吻合术, 心内膜|心肌|活检: the
    procedure joins the two). Runs after rules 7–9 and 12, so that the site may be a joined one
    (肾组织|活检, 胆囊结石|切除). ``openings``: the heads' first characters (one look rules most sites out).
    ``candidates`` are in end order; it returns the ones it adds."""
    spans: set[tuple[int, int]] | None = None  # of the candidates, wanted only once a head is found
    body_ending: dict[int, int] | None = None  # end → start of the longest body part ending there, the same
    joined = []
    for _, site_start, end, site in candidates:
        if site.label not in _PROCEDURE_SITES or text[end:end + 1] not in openings:
            continue
        head = next((text[end:end + n] for n in lengths if end + n <= len(text) and text[end:end + n] in heads), None)
        if head is None:
            continue
        labels, others = heads[head]
        head_end = end + len(head)
        if site.label not in labels or text.startswith(tuple(others), head_end) or _SYNDROME_AFTER.match(text, head_end):
            continue
        if spans is None:
            spans = {(start, stop) for _, start, stop, _ in candidates}
        if (site_start, head_end) in spans:
            continue  # 脾切除 is a term of its own
        if any(start < head_end and stop > end and not (end <= start and stop <= head_end)
               and not (site_start < start and stop == head_end and term.label == _PROCEDURE)
               for _, start, stop, term in candidates):
            continue  # 造影剂肾病 runs on from 造影; 室壁瘤 opens inside 心室 (but T|细胞移植: the procedure the
            # site's end and the head name, which the whole names more precisely: T细胞移植)
        if _ends_a_longer_candidate(candidates, site_start, end):
            continue  # the site ends a longer candidate, which the join would cut
        if _a_term_runs_on(text, end, head_end, terms):
            continue  # 移植物抗宿主病 runs on from 移植
        if body_ending is None:
            body_ending = {}
            for _, start, stop, term in candidates:  # the longest body part ending at each offset
                if term.label == "body" and start < body_ending.get(stop, stop):
                    body_ending[stop] = start
        start = site_start
        while start in body_ending and not any(before < body_ending[start] < stop == start for before, stop in spans):
            start = body_ending[start]  # 泪囊|鼻腔|吻合术: both organs the procedure joins
        if start > 0 and ((text[start - 1] == _FROM and not _SINCE.match(text, head_end))
                          or (text[start:head_end - len(head)] == _HAND and text[start - 1] in _BY_HAND)):
            continue  # 自|颈椎切除骨赘: what it is taken from (not 自肝脏移植技术发展以来); 用|手|摘除: by hand (code review)
        written = text[start:head_end]
        joined.append((start - head_end, start, head_end,
                       site._replace(text=written, label=_PROCEDURE, canonical=_procedure_name(written, terms))))
    return joined


#: Rule 16: the labels of a mention a finding head may follow.
_FINDING_SITES = frozenset(FINDING_SITE_LABELS)
#: Rule 16: the label of a site that must be a term as written (甘油三酯|增高; not 血清|甘油三酯|增高).
_TEST, _BODY = "test", "body"
#: Rule 16: right after a joined symptom, what makes it the name of a disease (性腺功能减退|症;
#: symptoms re-review of medical_10, 2026-12-05), but not the 症 of 症状 (肾功能减退|症状: code review).
_DISEASE_ENDING = "症"


def _finding_heads_joined(text: str, candidates: list[_Candidate],
                          heads: Mapping[str, tuple[tuple[str, Collection[str], str, tuple[str, ...]], ...]],
                          lengths: Sequence[int], openings: Collection[str], terms: Mapping[str, LexiconEntry]) -> list[_Candidate]:
    """Rule 16: a mention of ``FINDING_SITE_LABELS`` written right before a head of ``heads`` (longest first, of
    ``lengths``) whose row joins its label (and, where the row says so, whose text ends in the row's
    ``site_ends``: 肺通气功能|障碍) adds one finding written whole, of the row's label and its own
    canonical name (腮腺肿瘤, 皮肤转移癌: disease; 血小板功能障碍: symptom; with a 症 after it a disease:
    性腺功能减退症), or the lexicon's name of the site's canonical name with the head where that is a term
    of the label (CMV|感染 → 巨细胞病毒感染), which rule 1 then prefers to the parts.
    Not before a word of the row's ``except`` (肿瘤|性增生), nor where a candidate spans both (甲状腺功能
    减退), runs on past the head or into it from before the site (a finding from inside the site to
    the head's end, 肺通气[功能|障碍], is taken in), nor where a term runs on from the head, nor
    after a site ending a longer candidate (as rule 12), nor after a site written right after a Latin
    letter (Müllerian|上皮|肿瘤). ``openings``: the heads' first characters (one look rules most
    candidates out). ``candidates`` are in end order; it returns the ones it adds."""
    spans: set[tuple[int, int]] | None = None  # of the candidates, wanted only once a head is found
    body_ends: set[int] | None = None  # where a body candidate ends, and the offsets inside a candidate: once
    inside: set[int] | None = None  # per call, not per site (code review 2026-12-05, #12)
    joined = []
    for _, site_start, end, site in candidates:
        if site.label not in _FINDING_SITES or text[end:end + 1] not in openings:
            continue
        for n in lengths:
            if end + n > len(text) or (head := text[end:end + n]) not in heads:
                continue
            head_end = end + n
            row = next((row for row in heads[head] if site.label in row[1] and site.text.endswith(row[2])), None)
            if row is None or text.startswith(row[3], head_end):
                continue
            if site.label == _TEST and body_ends is None:
                body_ends = {stop for _, _, stop, other in candidates if other.label == _BODY}
                inside = {offset for _, start, stop, _ in candidates for offset in range(start + 1, stop)}
            if site.label == _TEST and (getattr(terms.get(site.text), "label", None) != _TEST
                                        or site_start in body_ends or site_start in inside):
                break  # 血清|甘油三酯|增高, 外周血|白细胞|增高, 网状[红细胞|计数]增多: a test with its specimen or site, or cut
                # out of a longer mention, stays the labs table's test and result
            if site_start > 0 and text[site_start - 1].isascii() and text[site_start - 1].isalpha():
                break  # Müllerian|上皮|肿瘤: the site is part of a Latin name
            if spans is None:
                spans = {(start, stop) for _, start, stop, _ in candidates}
            if (site_start, head_end) in spans or any(
                    start < head_end < stop or (start < site_start and end < stop <= head_end) for _, start, stop, _ in candidates):
                break  # 甲状腺功能减退 is a term of its own; a candidate runs on past the head or into it from before the site
            if _ends_a_longer_candidate(candidates, site_start, end) or _a_term_runs_on(text, end, head_end, terms):
                break
            label = row[0]
            if label == "symptom" and text.startswith(_DISEASE_ENDING, head_end) and not text.startswith(_SYMPTOMS_WORD, head_end):
                head_end, label = head_end + 1, "disease"  # 性腺功能减退|症: the disease it names
            written = text[site_start:head_end]
            named = terms.get(site.canonical + text[end:head_end])
            canonical = named.canonical if named is not None and named.label == label else written  # CMV|感染: 巨细胞病毒感染
            joined.append((site_start - head_end, site_start, head_end,
                           site._replace(text=written, label=label, canonical=canonical)))
            break
    return joined


#: ``source`` of a mention rule 17 made: the finding a coordinated word shares with the next one's head.
SHARED_HEAD_SOURCE = "rule:shared_head"
#: Where a word before a joiner may start (rule 17 without a mention): not across a clause mark or a
#: Latin letter, digit or bracket (structure: 肌张力及腱反射减低 looks back over 肌张力 only).
_OUT_OF_A_SHARING_WORD = frozenset("，,。；;：:、（）()[]【】 \t\n")


@functools.cache
def _direction_words() -> frozenset[str]:
    """The one-character result words with a direction of ``lab_findings.tsv`` (低, 高): written right
    before a test, they make a word that states its own direction (低血钙), which shares no head."""
    return frozenset(row["word"] for _, row in read_tsv(DEFAULT_DICTIONARY_DIR / "lab_findings.tsv", ("word", "role"),
                                                        ("direction", "source", "measure"))
                     if len(row["word"]) == 1 and row["role"] == "after" and row.get("direction"))


@functools.cache
def _specimen_words() -> frozenset[str]:
    """The words of ``specimens.tsv`` naming a specimen (血, 尿, 脑脊液; not the analytes of specimen ``-``)."""
    return frozenset(row["word"] for _, row in read_tsv(DEFAULT_DICTIONARY_DIR / "specimens.tsv", ("word", "specimen", "source"),
                                                        ("prefix", "cells", "carry"))
                     if row["specimen"] != "-")


#: The longest head of a finding after its site that rule 17 lets the site stand for it (面色|苍白).
_OWN_HEAD = 2


def _shared_heads_distributed(text: str, mentions: list[Entity], heads: Mapping[str, tuple[Collection[str], str]],
                              joiners: Collection[str], terms: Mapping[str, LexiconEntry],
                              head_ends: Collection[str], head_openings: Collection[str]) -> list[Entity]:
    """Rule 17: a head of ``finding_heads.tsv`` with ``shared_over`` joiners is shared by the word
    coordinated before a finding ending in it, as the text implies: 白细胞及[血小板]减少 → 白细胞 is also a
    symptom 白细胞减少 (the test nested, as in 血小板减少); 肌张力及腱反射减低 → 肌张力 (肌张力减低, a lexicon
    symptom); 面色苍白或萎黄 → 萎黄 (面色萎黄: the opening of the finding before takes the head written
    after the joiner). The mention is the word as written, its canonical the finding it stands for
    (the lexicon's, else the word with the head), its source ``SHARED_HEAD_SOURCE``. The finding must
    open with a mention of the row's ``joins`` (血小板) and the word before be one too (a chain of them:
    红细胞、白细胞及血小板减少; not a specimen before a test: 血 of 血和脑脊液乳酸增高), else a text that with the
    head is a lexicon symptom. ``joiners``: any row's shared_over character; ``head_ends``, ``head_openings``:
    the heads' last and first characters."""
    # a symptom after a joiner ending as a head does (白细胞及[血小板]减少), or before a joiner and a head (面色苍白或萎黄)
    near = [m for m in mentions if m.label == "symptom" and not m.nested
            and ((m.start > 0 and text[m.start - 1] in joiners and m.text[-1] in head_ends)
                 or (text[m.end:m.end + 1] in joiners and text[m.end + 1:m.end + 2] in head_openings))]
    if not near:
        return mentions  # most texts have no symptom next to a joiner and a head
    top = [m for m in mentions if not m.nested]
    by_end = {m.end: m for m in top}
    taken = [(m.start, m.end) for m in top]

    def free(start: int, end: int) -> bool:
        return not any(a < end and start < b for a, b in taken)

    def symptom_name(word: str, head: str, fallback: str) -> str:
        entry = terms.get(word + head)
        return entry.canonical if entry is not None and entry.label == "symptom" else fallback + head

    def whole_item(before: Entity) -> bool:
        """Whether the mention before a joiner is a coordinated item of its own, not the end of a word
        stating its own direction (可见白细胞|及; not 低|血钙|及碱性磷酸酶增高: ``_direction_words``)."""
        return before.start == 0 or text[before.start - 1] not in _direction_words()

    def is_specimen(before: Entity) -> bool:
        """Whether the word before a joiner is a specimen, which shares no test's head: 血|和[脑脊液乳酸]增高
        (row check 2026-12-05, medical_11:432)."""
        return before.label == _BODY and before.text in _specimen_words()

    def opening(m: Entity, labels: Collection[str], end: int) -> Entity | None:
        return next((n for n in mentions if n.nested and n.start == m.start and n.end == end and n.label in labels
                     and m.start <= n.start and n.end <= m.end), None)

    shared: dict[int, Entity] = {}  # start of a top-level mention → the symptom standing for it
    added: list[Entity] = []
    for m in near:
        for head, (labels, joiners) in heads.items():
            # 白细胞及[血小板]减少: the word before the joiner takes the head
            if m.text.endswith(head) and len(m.text) > len(head) and m.start > 0 and text[m.start - 1] in joiners:
                opened = opening(m, labels, m.end - len(head))
                opens = opened is not None
                joiner = m.start - 1
                before = by_end.get(joiner)
                if before is not None and not whole_item(before):
                    pass  # 低血钙及碱性磷酸酶增高: 血钙 is inside 低血钙, which has its own direction
                elif before is not None and not opens:  # 肝和脾肿大: the word before with the head is a lexicon symptom
                    entry = terms.get(before.text + head)
                    if entry is not None and entry.label == "symptom" and before.label in labels and before.start not in shared:
                        shared[before.start] = Entity(before.start, before.end, before.text, "symptom", entry.canonical,
                                                      SHARED_HEAD_SOURCE)
                elif before is not None and before.label in labels and not (opened.label == _TEST and is_specimen(before)):
                    while before is not None and before.label in labels and before.start not in shared and whole_item(before):
                        shared[before.start] = Entity(before.start, before.end, before.text, "symptom",
                                                      symptom_name(before.text, head, before.canonical), SHARED_HEAD_SOURCE)
                        joiner = before.start - 1
                        before = by_end.get(joiner) if joiner >= 0 and text[joiner] in joiners else None
                elif before is None:
                    for n in range(min(5, joiner), 1, -1):  # the longest word that with the head is a symptom
                        word = text[joiner - n:joiner]
                        if any(c in _OUT_OF_A_SHARING_WORD or c.isascii() for c in word) or not free(joiner - n, joiner):
                            continue
                        entry = terms.get(word + head)
                        if entry is not None and entry.label == "symptom":
                            added.append(Entity(joiner - n, joiner, word, "symptom", entry.canonical, SHARED_HEAD_SOURCE))
                            break
            # 面色苍白或萎黄: the head alone after the joiner takes the finding's opening
            after = m.end + 1 + len(head)
            if (m.end < len(text) and text[m.end] in joiners and text.startswith(head, m.end + 1)
                    and (after == len(text) or text[after] in _OUT_OF_A_SHARING_WORD) and free(m.end + 1, after)):
                # the site opening the finding, when only its own head follows (面色|苍白; not 角膜|反射迟钝)
                site = next((n for n in mentions if n.nested and n.start == m.start and m.end - _OWN_HEAD <= n.end < m.end
                             and n.label in labels), None)
                words = [site.text] if site is not None else []
                words += [m.text[:k] for k in range(len(m.text) - 1, 1, -1)]
                for word in words:
                    entry = terms.get(word + head)
                    if (entry is not None and entry.label == "symptom") or (site is not None and word == site.text):
                        canonical = entry.canonical if entry is not None and entry.label == "symptom" else word + head
                        added.append(Entity(m.end + 1, after, head, "symptom", canonical, SHARED_HEAD_SOURCE))
                        break
    if not shared and not added:
        return mentions
    result: list[Entity] = []
    for m in mentions:
        if not m.nested and m.start in shared and m.end == shared[m.start].end:
            result += [shared[m.start], replace(m, nested=True)]
        else:
            result.append(m)
    return sorted(result + added, key=lambda e: (e.start, e.nested, -e.end))


#: Rule 17 over body parts: the shortest head a body part before a joiner shares with the finding after it
#: (呼吸道和[肺部]感染); a one-character one is mostly no shared finding (分泌物和[肺]炎, 结膜、[尿道]炎综合征).
_SHORTEST_LIST_HEAD = 2
#: The joiner that mostly relates two parts rather than listing them (横结肠与大网膜粘连, 外胚层与内胚层粘连学说).
_RELATING = "与"


def _body_lists_shared(text: str, mentions: list[Entity], joiners: Collection[str],
                       terms: Mapping[str, LexiconEntry]) -> list[Entity]:
    """Rule 17 over a list of body parts: a symptom or disease right after a joiner (rule 17's, not 与)
    that opens with a body term and goes on with a head of two characters or more shares that head with
    the body part written right before the joiner, and with each one before it over more joiners, as the
    text implies: 肝和[脑]损伤 → 肝 is also 肝损伤, 口腔、咽喉部及[食道]水肿 → 口腔水肿, 咽喉部水肿. The mention
    is the body part as written, labelled and named as the lexicon names it with the head (else as the
    finding after it is labelled, its own canonical name with the head), source ``SHARED_HEAD_SOURCE``;
    the body part stays, nested. Not a head opening with a body part of two characters or more (尿道及直肠
    肛门畸形: 肛门畸形 is no head 尿道 shares), nor a specimen (血和[脑脊液]…), nor a body part rule 17
    already gave a finding (that one is nested by then). Mentions review of medical_6, 2026-12-06."""
    near = [m for m in mentions if not m.nested and m.label in _FINDING_LABELS and m.start > 0
            and text[m.start - 1] in joiners and text[m.start - 1] != _RELATING]
    if not near:
        return mentions  # most texts have no finding right after a joiner
    by_end = {m.end: m for m in mentions if not m.nested and m.label == _BODY}
    shared: dict[int, Entity] = {}  # start of a body mention → the finding it stands for
    for m in near:
        before = by_end.get(m.start - 1)
        if before is None:
            continue
        opening = next((k for k in range(len(m.text) - 1, 0, -1) if getattr(terms.get(m.text[:k]), "label", None) == _BODY), 0)
        if not opening or len(m.text) - opening < _SHORTEST_LIST_HEAD:
            continue  # 发热和[咳嗽]: no body part opens the finding; 鼻和[鼻窦]炎: too short a head
        head = m.text[opening:]
        # the head as the finding's canonical name has it (腰背的持续隐痛 → 腰背隐痛: 隐痛)
        named_head = m.canonical[opening:] if m.canonical.startswith(m.text[:opening]) else head
        if any(getattr(terms.get(head[:k]), "label", None) == _BODY for k in range(_SHORTEST_LIST_HEAD, len(head))):
            continue  # 尿道及直肠[肛门]畸形, 脑、脊髓和视[神经]神经损害: the head opens with a body part of its own
        while before is not None and before.start not in shared and before.text not in _specimen_words():
            entry = terms.get(before.text + head)
            named = entry is not None and entry.label in _FINDING_LABELS
            shared[before.start] = Entity(before.start, before.end, before.text, entry.label if named else m.label,
                                          entry.canonical if named else before.canonical + named_head, SHARED_HEAD_SOURCE)
            joiner = before.start - 1
            before = by_end.get(joiner) if joiner >= 0 and text[joiner] in joiners and text[joiner] != _RELATING else None
    if not shared:
        return mentions
    result: list[Entity] = []
    for m in mentions:
        if not m.nested and m.start in shared and m.end == shared[m.start].end and m.label == _BODY:
            result += [shared[m.start], replace(m, nested=True)]
        else:
            result.append(m)
    return sorted(result, key=lambda e: (e.start, e.nested, -e.end))


def _procedure_name(written: str, terms: Mapping[str, LexiconEntry]) -> str:
    """The canonical name of a procedure rule 13 joined: the lexicon's for the spelling with or
    without a final 术 (胆囊切除 is 胆囊切除术, a term), else the written text without it, so that
    阑尾切除 and 阑尾切除术 share one name (mentions re-review of medical_9); a name ending in 手术
    keeps it whole (阑尾手术)."""
    plain = written if written.endswith("手术") else written.removesuffix("术")  # 阑尾手术 keeps its 术
    for spelling in (written, plain, plain + "术"):
        entry = terms.get(spelling)
        if entry is not None and entry.label == _PROCEDURE:
            return entry.canonical
    return plain


#: Rule 8: what makes a finding the adjective of the next one (坏疽|性|阑尾炎), and the word
#: that may open that adjective (非肝硬化性门脉高压).
ADJECTIVE, _NOT = "性", "非"
#: Rule 8 too: what makes a finding another one, its likeness (假性|痛风 is pseudogout, no gout;
#: 假性|肥大, 假性|瘫痪): joined, itself as canonical name, unless a term already spans both (not
#: the 假性 of 虚假性: 虚假性腹泻 is a spurious diarrhoea).
_FALSE = "假性"
#: Labels of a term that rule 8 joins as the adjective of a finding after it: a finding, or the
#: organism causing it (念珠菌|性|阴道炎, CMV|性|视网膜炎; nested in the joined mention).
_ADJECTIVE_LABELS = frozenset({"symptom", "disease", "microbe"})
#: Characters that make a word with the 非 after them (而非, 并非, 绝非, 亦非, 若非, 虽非 …; not 是: 是非肉芽肿性…
#: is "is non-granulomatous").
_NOT_IN_A_WORD = frozenset("而并绝亦若虽既均")
#: A term that opens with its own adjective in 性 (化脓性关节炎, 恶性肿瘤; not 性病).
_OPENS_WITH_ADJECTIVE = re.compile("[\u4e00-\u9fff]{1,6}?性[\u4e00-\u9fff]")


def _after_non(text: str, start: int) -> bool:
    """Whether a 非 of its own (not of 而非, 并非 …) is written right before ``start``."""
    return start > 0 and text[start - 1] == _NOT and (start < 2 or text[start - 2] not in _NOT_IN_A_WORD)


def _adjectives_joined(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """Rule 8: a symptom, disease or organism right before 性 and a symptom or disease adds the
    second written with the adjective (坏疽性阑尾炎, 念珠菌性阴道炎: the second's label, itself as
    canonical name), which the longest-first rule then prefers to both; so does 假性 (假性痛风). Not
    where a term already spans both (出血性休克).
    ``candidates`` are in end order; it returns the ones it adds."""
    if ADJECTIVE not in text:
        return []
    heads: dict[int, _Candidate] = {}  # the longest finding starting at each offset
    for candidate in candidates:
        if candidate[3].label in _FINDING_LABELS and (candidate[1] not in heads or candidate[2] > heads[candidate[1]][2]):
            heads[candidate[1]] = candidate
    if not heads:
        return []
    spans = {(start, end) for _, start, end, _ in candidates}
    joined = []
    for start, head in heads.items():
        if _after_non(text, start) and _OPENS_WITH_ADJECTIVE.match(head[3].text) and (start - 1, head[2]) not in spans:
            written = text[start - 1 : head[2]]
            joined.append((start - 1 - head[2], start - 1, head[2], head[3]._replace(text=written, canonical=written)))
        if start >= 2 and text.startswith(_FALSE, start - 2) and (start < 3 or text[start - 3] != "虚") and (start - 2, head[2]) not in spans:
            written = text[start - 2 : head[2]]
            joined.append((start - 2 - head[2], start - 2, head[2], head[3]._replace(text=written, canonical=written)))
    for _, start, end, adjective in candidates:
        head = heads.get(end + 1)
        if head is None or adjective.label not in _ADJECTIVE_LABELS or not text.startswith(ADJECTIVE, end):
            continue
        if _after_non(text, start):
            start -= 1  # not the 非 of 而非, 并非 (风团性损害而非湿疹性皮损: a negation)
        head_end = head[2]
        if (start, head_end) not in spans:
            written = text[start:head_end]
            joined.append((start - head_end, start, head_end, head[3]._replace(text=written, canonical=written)))
    return joined


#: Rule 8: the pain of a site written right after it (肝区|痛), and the characters after 痛 that make
#: it another word (痛性溃疡, 痛风, 痛苦, 痛觉, 痛阈, 痛经).
_PAIN, _NOT_A_PAIN_AFTER = "痛", frozenset("性风苦觉阈经")


def _pains_joined(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """Rule 8: a body part right before 痛 adds the symptom written with it (肝区痛, 喉痛: label
    symptom, itself as canonical name, the body part's source), which rule 1 then prefers.
    ``candidates`` are in end order; it returns the ones it adds (a joined one ends one character later)."""
    if _PAIN not in text:
        return []
    joined = []
    for _, start, end, term in candidates:
        if (term.label == "body" and text.startswith(_PAIN, end)
                and (end + 1 >= len(text) or text[end + 1] not in _NOT_A_PAIN_AFTER)):
            written = text[start : end + 1]
            joined.append((start - end - 1, start, end + 1, term._replace(text=written, label="symptom", canonical=written)))
    return joined


def _prefixes_joined(text: str, candidates: list[_Candidate], prefixes: tuple[str, ...],
                     last_characters: Collection[str]) -> list[_Candidate]:
    """Rule 11: a symptom or disease written right after one of ``prefixes`` (longest first) adds
    the mention written with it (慢性|湿疹: the label and canonical name of 湿疹), which rule 1
    then prefers; not where a candidate already starts at the prefix (急性胰腺炎, a term).
    ``last_characters`` are the prefixes' last characters (性 of 急性): one look before a hit
    rules most of them out. ``candidates`` are in end order; it returns the ones it adds."""
    joined = []
    starts: set[int] | None = None  # of the candidates, wanted only once a prefix is found
    for _, start, end, term in candidates:
        if not start or text[start - 1] not in last_characters or term.label not in _FINDING_LABELS:
            continue
        prefix = next((p for p in prefixes if text.startswith(p, start - len(p))), None)
        if prefix is None or start < len(prefix):
            continue
        if starts is None:
            starts = {s for _, s, _, _ in candidates}
        if (opening := start - len(prefix)) not in starts:
            joined.append((opening - end, opening, end, term._replace(text=text[opening:end])))
    return joined


def _sides_joined(text: str, candidates: list[_Candidate], token_starts: Collection[int], sides: Collection[str]) -> list[_Candidate]:
    """Rule 15: a body part right after a side of ``body_sides.tsv`` (左|冠状动脉, 右|心房, 双|下肢)
    that opens a jieba word (not 2周左|右) adds the body part written with it, itself as canonical
    name, which rule 1 then prefers; not where a candidate covers the side. It runs before rule 7, so
    a finding joins the whole site (右胸腔|破溃)."""
    joined = []
    ends: list[int] | None = None  # of the candidates, in their (end) order, wanted once a side is found
    longest = 0
    for _, start, end, term in candidates:
        if start < 1 or text[start - 1] not in sides or term.label != "body" or start - 1 not in token_starts:
            continue
        if ends is None:
            ends = [e for _, _, e, _ in candidates]
            longest = max(e - s for _, s, e, _ in candidates)
        side = start - 1
        if any(candidates[i][1] <= side for i in range(bisect_right(ends, side), bisect_right(ends, side + longest))):
            continue  # a candidate covers the side (左心室 is a term)
        written = text[start - 1 : end]
        joined.append((start - 1 - end, start - 1, end, term._replace(text=written, canonical=written)))
    return joined


#: Rule 14: what a qualifier ends with; what none opens (该型, 此型: a pointer; 如|肠源性, 即|脑性,
#: 有|炎性, 无|全身性, 叫|牙源性: a word before it, re-review of medical_8); what none holds.
_QUALIFIER_ENDS = ("性", "型")
_NOT_OPENING = frozenset("该此本各这那其每何如即有无叫以为呈是")
_LINKS = frozenset("的地得和及或与并")
#: One-character words of level that open a qualifier jieba cuts (低|钾性, 高|选择性).
_LEVEL_PREFIXES = frozenset("低高")
#: One-character words that may stand right before a qualifier: any other lone character before it
#: is the start of a longer qualifier jieba cut (易|复性, 一|过性, 节|段性: no join, re-review of medical_8).
_BEFORE_A_QUALIFIER = frozenset("的呈为有见伴致及和或与是在可出发成等如并因由于而且也亦均多少较更最很不无未即则使以至到从对向被把将一二三四五六七八九十，,。、；;：:（(")


def _qualifiers_joined(text: str, candidates: list[_Candidate], token_starts: Collection[int],
                       not_qualifiers: Collection[str], heads: dict[tuple[int, int], int],
                       qualifiers: Collection[str] = ()) -> list[_Candidate]:
    """Rule 14: a symptom or disease right after a jieba word of two to four characters ending in
    性 or 型 (折返性|心动过速, 闭角型|青光眼, 变应性|肉芽肿) adds the mention written with it, the
    label and canonical name of the finding, which rule 1 then prefers; not after a word of
    ``not_qualifiers`` (阳性, 男性, 典型), one opening with 该, 此, 本 … or holding 的, 地 … unless it is
    one of ``qualifiers`` (无痛性, 地方性), nor where a candidate overlaps the word (坏疽性: rule 8's)."""
    joined = []
    ends: list[int] | None = None  # of the candidates, in their (end) order, wanted once a qualifier is found
    longest = 0
    for _, start, end, term in candidates:
        if start < 2 or text[start - 1] not in _QUALIFIER_ENDS or term.label not in _FINDING_LABELS:
            continue
        # the shortest word of two to four characters before it opening where a jieba word does
        # (折返|性|心动过速, 的|房性心动过速 as jieba cuts them)
        opening = next((p for p in range(start - 2, max(start - 4, 0) - 1, -1) if p in token_starts), -1)
        if opening < 0:
            continue
        word = text[opening:start]
        if word not in qualifiers and (word in not_qualifiers or word[0] in _NOT_OPENING or not is_chinese(word)
                                       or any(c in _LINKS for c in word)):
            continue
        if opening > 0 and text[opening - 1] in _LEVEL_PREFIXES and opening - 1 in token_starts:
            opening -= 1  # 低|钾性|瘫痪: a level jieba left alone opens the word
        if (opening > 0 and is_chinese(text[opening - 1]) and text[opening - 1] not in _BEFORE_A_QUALIFIER
                and text[opening - 1] != _NOT and opening - 1 in token_starts):
            continue  # 易|复性, 节|段性: a lone character jieba cut off the qualifier, which is longer
        if opening > 0 and text[opening - 1] == _NOT:
            opening -= 1  # 非闭塞性|肠系膜缺血: an ischaemia of another kind, as rule 8's 非化脓性关节炎
        if ends is None:
            ends = [e for _, _, e, _ in candidates]
            longest = max(e - s for _, s, e, _ in candidates)
        # a candidate in or over the word (坏疽|性, 急性: rules 8 and 11): one ending after the word
        # opens and at most the longest candidate after the finding starts (bisected: a text of
        # many qualified findings must not cost candidates × findings)
        if any(candidates[i][1] < start for i in range(bisect_right(ends, opening), bisect_right(ends, start + longest))):
            continue
        joined.append((opening - end, opening, end, term._replace(text=text[opening:end])))
        heads[(opening, end)] = start
    return joined


#: Rule 1: the word whose 症 a name ending with 症 must not take (低血糖症|状 is 低血糖 and 症状).
_SYMPTOMS_WORD = "症状"
#: Rule 9: what opens and what ends the name of a class of drugs (抗|惊厥|药物).
_AGAINST, _DRUG_ENDINGS = "抗", ("药物", "药", "剂")
_DRUG = "drug"


def _in_a_drug_class(text: str, start: int, end: int) -> bool:
    """Whether the hit ``text[start:end]`` stands between 抗 and a drug ending (抗|惊厥|药: jieba
    writes 抗惊厥 as one word, so the hit would fail rule 3; rule 9 joins it)."""
    return start > 0 and text[start - 1] == _AGAINST and text.startswith(_DRUG_ENDINGS, end)


def _drug_classes_joined(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """Rule 9: a term between 抗 and 药, 药物 or 剂 adds the drug class written whole (抗惊厥药物:
    label drug, canonical 抗惊厥药), which rule 1 then prefers to the term alone.
    ``candidates`` are in end order; it returns the ones it adds."""
    if _AGAINST not in text:
        return []
    joined = []
    for _, start, end, term in candidates:
        if term.label != _DRUG and _in_a_drug_class(text, start, end):
            ending = next(e for e in _DRUG_ENDINGS if text.startswith(e, end))
            written = text[start - 1 : end + len(ending)]
            canonical = text[start - 1 : end] + ending[0]  # 抗结核药物 is 抗结核药, as the lists write it
            joined.append((start - 1 - end - len(ending), start - 1, end + len(ending),
                           term._replace(text=written, label=_DRUG, canonical=canonical)))
    return joined


#: Rule 18: the antigen written right before 抗体 (structure, not vocabulary): a Latin, Greek or digit
#: token with its inner hyphens, slashes and Roman numerals, maybe after 抗 or 抗- (HSV-Ⅱ|抗体,
#: 抗-Yo|抗体, β-EP|抗体), or 抗 and one to six Chinese characters (抗心磷脂|抗体).
#: Not a Roman numeral opening the token (因子Ⅸ|抗体: the factor's name is Chinese), nor a list word or 的
#: in the Chinese antigen (抗原和|抗体, 抗原的特异性|抗体: two things, or a longer name), nor an antigen or
#: antibody itself after 抗 (多糖类抗原不能产生|抗体, 相应抗体是保护性|抗体).
_ANTIGEN_BEFORE = re.compile(r"(?:(抗-?)?[A-Za-z0-9α-ω][A-Za-z0-9Ⅰ-Ⅻα-ω\-/+]*-?|抗(?![原体])(?:(?![的和及与或])[\u4e00-\u9fff]){1,6})$")
#: Rule 18: what, right before the antigen, says the window cut a longer Latin name (J o -1|抗体).
_IN_A_LATIN_NAME = re.compile(r"[A-Za-z0-9\-/+]")
#: Rule 18: how far before the head an antigen is looked for.
_ANTIGEN_REACH = 24
#: Rule 18: an antigen written in Chinese (抗 and Chinese characters: 抗心磷脂|抗体).
_CHINESE_ANTIGEN = re.compile("抗[\u4e00-\u9fff]")
#: Rule 18: the labels of a candidate that, starting where a Chinese antigen does, make it none: what was
#: given or done before the antibody was made (使用抗生素后产生|抗体: 抗生素 is a drug); a drug after 抗 is
#: the antigen itself (抗青霉素|抗体, medical_12).
_NOT_IN_AN_ANTIGEN = frozenset({_DRUG, "procedure"})


def _antigens_joined(
    text: str, candidates: list[_Candidate], heads: Mapping[str, tuple[str, tuple[str, ...]]]
) -> list[_Candidate]:
    """Rule 18: a head term of ``heads`` (抗体 → test) with an antigen written right before it adds one
    mention written whole, of the head's label, named as written with 抗- as 抗: 血清HSV-Ⅱ|抗体阳性 →
    HSV-Ⅱ抗体, 出现抗-Yo|抗体阳性 → 抗Yo抗体; rule 1 then prefers it to the parts. Not where a candidate
    runs on past the head (or is the whole) or into the antigen from before it; nor for an antigen in
    Chinese where a drug or procedure candidate starts with it (使用抗生素后产生|抗体; not 抗青霉素|抗体) or that
    holds a word of the row's ``except`` (经抗结核治疗后|抗体: 治疗, 后). ``candidates`` are in
    end order; it returns the ones it adds."""
    joined = []
    for _, start, end, term in candidates:
        if term.text not in heads or term.label != heads[term.text][0]:
            continue
        found = _ANTIGEN_BEFORE.search(text, max(0, start - _ANTIGEN_REACH), start)
        if found is None or found.start() > 0 and _IN_A_LATIN_NAME.match(text, found.start() - 1):
            continue  # no antigen, or only the end of a longer Latin name (J o -1抗体)
        begin = found.start()
        if any((first < end < stop) or (first < begin < stop <= start) or (first == begin and stop == end)
               for _, first, stop, _ in candidates):
            continue  # 抗体滴度 runs on; a term reaches into the antigen; a term is the whole already
        if _CHINESE_ANTIGEN.match(found.group()) and (
            any(word in found.group() for word in heads[term.text][1])
            or any(first == begin and other.label in _NOT_IN_AN_ANTIGEN for _, first, _, other in candidates)
        ):
            continue  # 使用抗生素后产生抗体, 经抗结核治疗后抗体: a drug, a treatment, no antigen
        written = text[begin:end]
        canonical = "抗" + written[2:] if written.startswith("抗-") else written
        joined.append((begin - end, begin, end, term._replace(text=written, canonical=canonical)))
    return joined


#: Rule 9: the labels of a substance or organism whose level names a disease, what ends that
#: name, and the words of level before it (required before a bare 症: 高血钙症, not 皮质醇症).
_SUBSTANCE_LABELS = frozenset({"test", "drug", "microbe"})
_LEVEL_ENDINGS = ("血症", "尿症")
_BARE_LEVEL_ENDING = "症"  # after 高 or 低 only: 低血糖|症
_LEVEL_WORDS = ("异常", "高", "低", "无")


def _levels_joined(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """Rule 9: a test, drug or microbe before 血症 or 尿症 (or 症 after 高/低) adds the disease
    written whole, with its 高, 低, 无 or 异常 (高胆固醇血症, 低血糖症, 病毒血症, 异常纤维蛋白原血症).
    Not where a term already spans it. ``candidates`` are in end order; it returns the ones it adds."""
    if _BARE_LEVEL_ENDING not in text:  # every ending ends with it
        return []
    spans = {(start, end) for _, start, end, _ in candidates}
    joined = []
    for _, start, end, substance in candidates:
        if substance.label not in _SUBSTANCE_LABELS:
            continue
        level = next((word for word in _LEVEL_WORDS if text.endswith(word, 0, start)), "")
        if text.startswith(_LEVEL_ENDINGS, end):
            name_end = end + 2
        elif level and text.startswith(_BARE_LEVEL_ENDING, end) and substance.label == "test":
            name_end = end + 1
        else:
            continue
        name_start = start - len(level)
        if (name_start, name_end) not in spans:
            written = text[name_start:name_end]
            disease = substance._replace(text=written, label="disease", canonical=written)
            joined.append((name_start - name_end, name_start, name_end, disease))
    return joined


def _longest_first(candidates: list[_Candidate], offset: int, limit: int) -> list[_Candidate]:
    """Non-overlapping selection: longest first, then leftmost; result sorted by start.
    ``candidates`` come in end order and lie within ``offset``..``limit``. Most texts have
    no two that overlap, which one pass finds: then all are taken, in the order given."""
    previous_end = offset
    for _, start, end, _ in candidates:
        if start < previous_end:
            break
        previous_end = end
    else:
        return candidates
    taken = bytearray(limit - offset)
    chosen = []
    for candidate in sorted(candidates):
        _, start, end, _ = candidate
        if 1 in taken[start - offset : end - offset]:
            continue
        taken[start - offset : end - offset] = b"\x01" * (end - start)
        chosen.append(candidate)
    chosen.sort(key=_candidate_start)
    return chosen
