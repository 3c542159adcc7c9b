"""Finding where a text defines an abbreviation or an English name, Schwartz–Hearst style.

Chinese medical texts define terms as ``中文术语(english long form, ABBR)``,
``中文术语(ABBR)``, ``中文术语(english long form)``, ``中文术语(简称ABBR)`` or
``中文术语,简称ABBR``. The Chinese term is the shortest honest guess: the run of term
characters before the bracket, cut at punctuation and at the stop words of
``abbreviation_cues.tsv`` (or, with ``term_label``, the longest dictionary suffix with the
modifiers and Latin words right before it: 急性肾损伤, IgA肾病; or the whole run when at most six
characters lie before that suffix and no ``clause`` word is among them: 滴虫阴道炎, 核磁共振成像,
not 治疗|勃起功能障碍), unless that suffix is only a
``head`` word that longer names end with (腺病毒(adenovirus,Ad), not 病毒). A run stopped by an ``inside``
stop word (释放, 减少, 抑制: names hold them as often as sentences do) after more term characters,
that is only a ``head`` word (激素, 紫癜), alone or after a ``suffix`` character (性, 物), goes on
over that word: 促甲状腺激素释放激素(TRH), 血栓性血小板减少性紫癜(TTP), 纤溶酶原激活物抑制物-1(PAI-1), to
the stop word before it and after the last ``clause`` word (产生|心肌抑制因子(MDF)); but
可导致糖尿病(DM) defines 糖尿病 (导致 ends a phrase), and 引起性传播疾病(STD) 性传播疾病. An
abbreviation given together with an English long form must spell it (Schwartz & Hearst
2003: its letters in order, the first at a word start), otherwise only the English name
is kept. Single letters defined in a row (``(polyneuropathy, P)、(organomegaly, o)…``)
compose an acronym when the text also uses it (``POEMS``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache

from ..resources import alternation
from ..serialization import packable
from .spelling import GREEK, GREEK_INITIAL
from .table import CURATED_SOURCE, AbbreviationEntry, Cues, canonical_abbr, load_abbreviations, load_cues

SHAPES = ("zh(en,ABBR)", "zh(ABBR)", "zh(en)", "ABBR(zh)", "acronym")
#: A Chinese term before a bracket is at most this long; longer runs are cut at the left.
MAX_TERM_CHARS = 20
#: A dictionary term's cut keeps at most this many characters before it as part of the name
#: (获得性婴儿轻|偏瘫), not a clause (生殖器肾上腺素能神经介质|去甲肾上腺素).
MAX_DROPPED_CHARS = 6
#: Single-letter definitions at most this far apart belong to one acronym.
MAX_ACRONYM_GAP = 3

_BRACKET = re.compile(r"[(（]([^()（）]{1,150})[)）]")
_PART = re.compile(r"[^,;，；]+")
_ABBR = re.compile(rf"[A-Za-z0-9{GREEK}](?:[A-Za-z0-9{GREEK}+/.'-]*[A-Za-z0-9{GREEK}+])?")
#: A unit written like a word (肌酐(mg/dl), 血糖(mmol/L)): no English name.
_UNIT = re.compile(r"[a-zμ]{1,4}/[A-Za-z0-9]{1,3}")
#: Any white space, a line break too: a bracket's English name goes on over one (颗粒细胞瘤(granular cell
#: \ntumor，GCT) in xywy's texts), and ``long_en`` has it collapsed to one space.
_ENGLISH = re.compile(rf"[A-Za-z][A-Za-z0-9{GREEK}\s'’./&+-]*")
_WHITE_SPACE = re.compile(r"\s+")
#: Accented Latin letters (Latin-1 and Latin Extended-A/B, not × ÷): eponyms hold them, and a run
#: must not start inside one (Klüver-Bucy综合征(KBS), not ver-Bucy综合征).
_ACCENTED = "\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F"
_TERM_CHAR = re.compile(rf"[\u4e00-\u9fffA-Za-z0-9{_ACCENTED}{GREEK}-]")
_LATIN_CHAR = re.compile(rf"[A-Za-z0-9{_ACCENTED}{GREEK}-]")
_LATIN_LETTER = re.compile("[A-Za-z]")
#: The characters of a Latin word a run may not start inside (Lange-Nielson, 5-HT).
_LATIN_WORD_CHAR = re.compile(f"[A-Za-z0-9{_ACCENTED}-]")
_LOWER_RUN = re.compile("[a-z]{3}")
_CITATION_YEAR = re.compile(r"[A-Za-z][ ,.]*(?:1[89]|20)[0-9]{2}\Z")
_NUMBER_UNIT = re.compile("[0-9.]+[a-z]")
_NUMBER_THEN = re.compile("[0-9]+(?:[.][0-9]+)?(?P<unit>[A-Za-z]+)")
_MARK = re.compile(f"[0-9{GREEK}]")
#: Codons paired by a hyphen (密码子129(ATG-GTG): the bases, no abbreviation), and an edition's year
#: after letters (TNM分期(AJCC1988，UICC1989): a staging system's edition, no name of its own).
#: Abbreviations review of medical_9, 2026-12-05 (R1).
_CODONS = re.compile("[ACGTU]{3}(?:-[ACGTU]{3})+")
_YEAR_ENDING = re.compile("[A-Za-z](?:19|20)[0-9]{2}\\Z")
#: Letters and a number: in a bracket after a term ending in the same letters and another number it is
#: a second one of a pair, not an abbreviation (持续窦性心动过速伴S3(S4): the third and fourth heart sounds).
_LETTERS_NUMBER = re.compile("([A-Za-z]+)[0-9]+")
_LATIN_TAIL = re.compile(f"[A-Za-z0-9{_ACCENTED}-]*$")
#: The Greek letters and digits an abbreviation opens with (β2MG, α1-AT), and how many Chinese
#: characters may lie between them and a dictionary term in the long form (β2|微|球蛋白).
_OPENING_MARK = re.compile(f"{_MARK.pattern}+")
_MARK_GAP = 3
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
#: A Chinese character: a long form or canonical name with one is Chinese.
CJK = re.compile(r"[\u4e00-\u9fff]")


#: The label of a long form that a gene named after it does not have (早幼粒细胞白血病(PML)基因).
_NOT_A_GENES_LABEL = "disease"


@packable
@dataclass(frozen=True, slots=True)
class Definition:
    """A definition in a text; offsets index that text.

    ``text[zh_start:zh_end] == long_zh`` and ``text[abbr_start:abbr_end]`` is the
    abbreviation as written (``abbr`` is its canonical spelling), except for
    ``shape == "acronym"``, whose ``long_zh``/``long_en`` join the letters' long forms and
    whose ``abbr_start`` is the first use of the acronym in the text.
    """

    abbr: str
    abbr_start: int | None
    abbr_end: int | None
    long_en: str
    long_zh: str
    zh_start: int
    zh_end: int
    start: int
    end: int
    shape: str
    #: 基因 right after the bracket: the abbreviation names the gene, not what the long form names
    #: (早幼粒细胞白血病(PML)基因: the PML gene, no disease).
    gene: bool = False
    #: Two names joined by a conjunction, as the English joins them, and no abbreviation naming them as one
    #: (恶心和呕吐(nausea and vomiting); not 出血性休克和脑病综合征(…,HSES)).
    coordination: bool = False

    def label_of(self, label: str) -> str:
        """The abbreviation's label given its long form's ``label``: none for the gene of a disease
        (早幼粒细胞白血病(PML)基因, then PML-RARα), for its row and its mentions alike; a test's gene
        keeps the test's (血管紧张素转换酶(ACE)基因多态性). Abbreviations review of medical_9, 2026-12-05
        (R6): 2 of 2. None for a coordination either: two names are not one entity."""
        return "" if self.coordination or (self.gene and label == _NOT_A_GENES_LABEL) else label


def find_definitions(
    text: str,
    term_label: Callable[[str], str | None] | None = None,
    *,
    cues: Cues | None = None,
    table: Mapping[str, AbbreviationEntry] | None = None,
) -> list[Definition]:
    """All definitions in ``text`` (bracket and cue-word shapes, then acronyms), by start."""
    cues = load_cues() if cues is None else cues
    found: list[Definition] = []
    if "(" in text or "（" in text:  # most sections hold no bracket: two quick scans, no regex one
        found = [
            definition
            for match in _BRACKET.finditer(text)
            if (definition := _bracket_definition(text, match, cues, term_label, table)) is not None
        ]
    found += _cue_definitions(text, cues, term_label, table)
    found.sort(key=lambda d: (d.start, d.end))
    return found + find_acronyms(text, found)


#: A type word alone (乙型, 丙型, 线型): the kind of something the sentence names before.
_BARE_TYPE = re.compile(r"[\u4e00-\u9fff]{1,2}型")


def without_bare_types(
    definitions: list[list[Definition]], table: Mapping[str, AbbreviationEntry]
) -> list[list[Definition]]:
    """The record's definitions (one list per section) without those whose long form is only a
    type word and no English, when the table or another definition of the record gives the
    abbreviation: 但以乙型(HBV)最为突出，丙型(HCV) says which hepatitis virus, the record's
    丙型肝炎病毒(HCV) and the table name it. 线型(LP), 苏丹型(EBOV-S) stay: nothing else names them.
    Abbreviations review of medical_8, 2026-12-05 (P5)."""
    def bare(definition: Definition) -> bool:
        return bool(definition.abbr) and not definition.long_en and _BARE_TYPE.fullmatch(definition.long_zh) is not None

    named = {d.abbr for found in definitions for d in found if d.abbr and not bare(d)}
    return [[d for d in found if not (bare(d) and (d.abbr in named or d.abbr in table))] for found in definitions]


def find_acronyms(text: str, definitions: list[Definition]) -> list[Definition]:
    """Acronyms spelled by consecutive single-letter definitions and used in ``text``."""
    letters = [d for d in definitions if len(d.abbr) == 1 and d.abbr.isalpha()]
    groups: list[list[Definition]] = []
    for definition in letters:
        if groups and definition.start - groups[-1][-1].end <= MAX_ACRONYM_GAP:
            groups[-1].append(definition)
        else:
            groups.append([definition])
    acronyms = []
    for group in groups:
        acronym = "".join(d.abbr for d in group)
        use = re.search(rf"(?<![A-Za-z]){acronym}(?![A-Za-z])", text) if len(group) > 1 else None
        if use is None:
            continue
        acronyms.append(Definition(
            abbr=acronym, abbr_start=use.start(), abbr_end=use.end(),
            long_en=", ".join(d.long_en for d in group), long_zh="、".join(d.long_zh for d in group),
            zh_start=group[0].zh_start, zh_end=group[-1].zh_end,
            start=group[0].start, end=group[-1].end, shape="acronym",
        ))
    return acronyms


def is_abbreviation_like(s: str) -> bool:
    """``HHV-8``, ``IgG``, ``TNF-α``, ``pH``, ``P`` yes; ``Tamoxfen``, ``Bence-Jones``, ``93%`` no."""
    if len(s) > 15 or not _ABBR.fullmatch(s) or not _LATIN_LETTER.search(s):
        return False
    if _LOWER_RUN.search(s) or _NUMBER_UNIT.match(s):  # Bence-Jones; 300mmHg
        return False
    if _CODONS.fullmatch(s) or _YEAR_ENDING.search(s):  # 密码子129(ATG-GTG); TNM分期(AJCC1988)
        return False
    if len(s) == 1:
        return True
    capitals = sum("A" <= char <= "Z" for char in s)
    marked = len(s) <= 3 or _MARK.search(s) is not None
    return capitals >= 2 or (capitals == 1 and marked)


def is_english_like(s: str) -> bool:
    """An English (or Latin) name: several letters, and lower case or several words; not a
    citation ending with its year (Novak 1974), nor a unit (mg/dl)."""
    return (bool(_ENGLISH.fullmatch(s)) and len(_LATIN_LETTER.findall(s)) >= 3
            and (_WHITE_SPACE.search(s) is not None or s != s.upper())
            and not _CITATION_YEAR.search(s) and not _UNIT.fullmatch(_WHITE_SPACE.sub("", s)))


def matches_long_form(abbr: str, long_form: str) -> bool:
    """Schwartz–Hearst: the abbreviation's letters and digits appear in order in the long
    form, matched from the right, and its first character starts a word."""
    chars = [c for c in abbr.lower().translate(GREEK_INITIAL) if c.isalnum()]
    long_form = long_form.lower().translate(GREEK_INITIAL)
    position = len(long_form) - 1
    for index in range(len(chars) - 1, -1, -1):
        char = chars[index]
        while position >= 0 and (
            long_form[position] != char
            or (index == 0 and position > 0 and long_form[position - 1].isalnum())
        ):
            position -= 1
        if position < 0:
            return False
        position -= 1
    return bool(chars)


def chinese_term_before(
    text: str, end: int, cues: Cues, term_label: Callable[[str], str | None] | None = None, *, abbr: str = ""
) -> tuple[int, int] | None:
    """``(start, end)`` of the Chinese term ending at ``end``, or None if there is none.

    A Latin tail of several letters is an English name, not part of the term, unless the
    abbreviation ``abbr`` ends with it too (糖化血红蛋白A1c(HbA1c)).
    """
    start = run_start = _past_openings(text, _run_start(text, end, end, cues), end, cues)
    known = None  # where the longest term of the dictionary ending the run starts
    if term_label is not None:
        known = next((i for i in range(start, end) if term_label(text[i:end])), None)
        cut = start if known is None else known
        if text[cut:end] not in cues.heads:  # 腺病毒(adenovirus,Ad), 黄体生成激素(LH): not 病毒, 激素
            start = _keep_opening_mark(text, start, _keep_modifiers(text, start, cut, cues, term_label), abbr)
        opens_inside = text[run_start - 1:run_start] in _WORD_OPENING_STOPS and "性" in text[run_start:run_start + 2]
        if start > run_start and not opens_inside and _names_more(text[run_start:start], cues):
            # 滴虫|阴道炎, 核|磁共振成像, 幼年|类风湿病: the dictionary lacks the longer name (not
            # 可|溶性|细胞间黏附分子: a stop word cut the run inside an adjective)
            start = run_start
        if start == run_start and opens_inside:
            start -= 1  # 可溶性白介素-2受体, 并发性…: the stop word is the adjective's first character
        if (known is None or text[known:end] in cues.heads) and start == run_start:
            # 采取|多学科综合诊断(MDD), 研究|乙类链球菌(GBS) (the dictionary's 链球菌 only a head)
            start = _after_the_last_verb(text, start, end, cues)
        start = _from_human(text, run_start, start, end, cues, abbr)
    while start < end and text[start] == "-":
        start += 1
    tail = _LATIN_TAIL.search(text[start:end]).group()
    english_tail = len(_LATIN_LETTER.findall(tail)) > 1 and not abbr.lower().endswith(tail.lower())
    if end - start < 2 or not CJK.search(text, start, end) or english_tail:
        return None  # no Chinese, or an English name at the end: 部分患者IL-3(SCF)
    if _only_a_head(text[run_start:end], cues) and (inside := _cut_inside_a_name(text, run_start, cues)):
        # 促甲状腺激素释放|激素(TRH), 心肌抑制|因子(MDF): the name goes on over the inside word, to
        # the stop before it (产生|心肌抑制因子)
        return _name_over(text, inside, end, cues)
    return start, end


#: The letter an abbreviation spells a ``human`` word with (人类绝经期促性腺激素(HMG)).
_HUMAN_INITIAL = "h"


def _from_human(text: str, run_start: int, start: int, end: int, cues: Cues, abbr: str) -> int:
    """``start`` moved left to the last ``human`` word (人类) of the run before it, when ``abbr`` opens
    with an H that nothing of ``text[start:end]`` spells: 人类绝经期促性腺激素(HMG), 人类乳头瘤病毒(HPV)
    (not 促性腺激素, 乳头瘤病毒); 人类|白细胞介素-6(IL-6) stays cut. Abbreviations review of medical_6,
    2026-12-05 (P4): in all 101 brackets 人类…(H…) of the xywy files the H is "human"."""
    if not abbr.lower().startswith(_HUMAN_INITIAL) or _HUMAN_INITIAL in text[start:end].lower():
        return start
    human = max((text.rfind(word, run_start, start) for word in cues.humans), default=-1)
    return human if human >= 0 else start


def _after_the_last_verb(text: str, start: int, end: int, cues: Cues) -> int:
    """``start`` moved past the last ``verb`` in ``text[start:end]`` that leaves two characters or more
    (采取|多学科综合诊断(MDD), 内皮分泌|前列环素(PGI2), 促进|二酰甘油(DAG)): in a run where the dictionary
    ends no term, the name is what the verb acts on. Not a verb inside a ``not_verb`` word (进行性,
    内分泌, 分泌物: names hold them). Abbreviations review of medical_11, 2026-12-05: 25 of 26 right.
    时 ("when": 先兆子痫时|免疫复合物(IC)) is one too: 10 of 11 changed rows right on xywy medical_0–3, 10–15, 7.
    A run that is only a verb names nothing: 有报道(Donald) (abbreviations review of medical_8, 2026-12-05, P1)."""
    if text[start:end] in cues.verbs:
        return end  # 有报道(Donald): the run is only the verb, it names nothing (自分泌(autocrine) does)
    last = _last_verb_end(text[start:end], cues)
    return start + last if last and end - start - last >= 2 else start


def _last_verb_end(run: str, cues: Cues) -> int:
    """Where the last ``verb`` of ``run`` ends (0 for none), not counting verbs inside ``not_verb``
    words (进行性, 内分泌, 研究所)."""
    for word in cues.not_verbs:
        run = run.replace(word, " " * len(word))
    return max((run.rfind(verb) + len(verb) for verb in cues.verbs if verb in run), default=0)


def _run_start(text: str, start: int, end: int, cues: Cues) -> int:
    """Where the run of term characters ending at ``start`` begins: at a stop word (not one ending
    a ``not_stop`` word that ends the run or comes before Chinese: 双侧输精管缺如(CBAVD), 卵巢功能缺如综合征;
    如 stops 例如, and 缺如 T和B细胞均缺如|SCID(T-B-SCID)), a character no term holds, or ``MAX_TERM_CHARS``
    before ``end``."""
    stops_ending_in = _by_last_character(cues.stop)
    while start > 0 and end - start < MAX_TERM_CHARS and _TERM_CHAR.match(text[start - 1]):
        stops = stops_ending_in.get(text[start - 1])
        if stops and text.endswith(stops, 0, start) and not _in_a_not_stop(text, start, end, cues):
            break
        start -= 1
    while end - start >= MAX_TERM_CHARS and (modifier := next(
            (m for m in cues.modifiers if start >= len(m) and text.startswith(m, start - len(m))), "")):
        # 家族性男性非|促性腺激素依赖性性早熟伴Leydig细胞和…: the limit fell after a modifier, which the name keeps
        # (without 非 its meaning flips; row check of the merged tables s12, class 2)
        start -= len(modifier)
    if end - start >= MAX_TERM_CHARS and start > 0 and _LATIN_WORD_CHAR.match(text[start - 1]) \
            and _LATIN_WORD_CHAR.match(text[start]):
        # Jervell-Lange-Nielson综合征(JLNS): the limit fell inside a Latin word, which is whole or not at all
        word_start = start
        while word_start > 0 and _LATIN_WORD_CHAR.match(text[word_start - 1]):
            word_start -= 1
        if end - word_start <= 2 * MAX_TERM_CHARS:
            return word_start
        while start < end and _LATIN_WORD_CHAR.match(text[start]):
            start += 1
    return start


def _in_a_not_stop(text: str, start: int, end: int, cues: Cues) -> bool:
    """Whether the character before ``start`` (where a stop word ends) is in a ``not_stop`` word of
    the run: one ending there that ends the run or comes before Chinese (双侧输精管缺如(CBAVD)), or one
    going on after it (还|原型谷胱甘肽(GSH): abbreviations review of medical_8, 2026-12-05, P4)."""
    for word in cues.not_stops:
        for opening in range(max(start - len(word), 0), start):
            closing = opening + len(word)
            if closing > end or not text.startswith(word, opening):
                continue
            if closing > start or start == end or CJK.match(text, start):
                return True
    return False


def _past_openings(text: str, start: int, end: int, cues: Cues) -> int:
    """``start`` moved past the ``opening`` words the run opens with (形成|高分子量, 类似|超氧化物歧化酶,
    亦|名|组织样麻风): verbs and parts of a sentence that no name opens with, although names may
    hold them (集落形成单位, 生长抑素类似物), so they cannot stop a run. Two characters stay at least."""
    moved = True
    while moved:
        moved = False
        for word in cues.openings:
            if text.startswith(word, start) and end - start - len(word) >= 2:
                start += len(word)
                moved = True
                break
    return start


def _name_over(text: str, inside: int, end: int, cues: Cues) -> tuple[int, int] | None:
    """``(start, end)`` of the name that holds the ``inside`` stop word starting at ``inside``:
    the run of term characters before it, cut at the stop words as any run is; None when no term
    character opens it."""
    start = _run_start(text, inside, end, cues)
    # and after the last clause word in it (下丘脑分泌|促甲状腺激素释放激素), without a suffix
    # character opening it
    start = max((text.rfind(word, start, inside) + len(word) for word in cues.clause if word in text[start:inside]),
                default=start)
    while start < inside and text[start] in cues.suffixes:
        start += 1
    return (start, end) if start < inside and CJK.search(text, start, inside) else None


def _names_more(dropped: str, cues: Cues) -> bool:
    """Whether the few characters a dictionary cut would drop are part of the name the text
    defines rather than of the sentence: no ``clause`` word in them (形成, 治疗), no
    ``clause_edge`` character opening or closing them (之, 故, 中), no ``verb`` (进行|抗核抗体(ANA):
    abbreviations review of medical_8, 2026-12-05, P1), no ``suffix`` character
    opening them (抑制|性T淋巴细胞: the run starts inside a word), no specimen opening them
    (血清|甲胎蛋白(AFP) defines 甲胎蛋白). In xywy, of 277 such cuts on medical_4–5 the whole run
    was right 210 times, the cut 48 times."""
    if len(dropped) > MAX_DROPPED_CHARS or dropped[0] in cues.clause_edges or dropped[-1] in cues.clause_edges:
        return False
    if dropped[0] in cues.suffixes:
        return False  # 抑制|性T淋巴细胞(Ts): the run opens inside a word
    if any(word in dropped for word in cues.clause) or _last_verb_end(dropped, cues):
        return False  # 进行|抗核抗体(ANA), 研究|乙类链球菌: a verb acts on the name
    return not any(dropped.startswith(specimen) for specimen in cues.specimens)


def _only_a_head(run: str, cues: Cues) -> bool:
    """A ``head`` word (激素), alone or after a ``suffix`` character (性紫癜), or a suffix
    character with no Chinese after it (物-1); not 性传播疾病."""
    if run in cues.heads:
        return True
    rest = run[1:].lstrip("-")
    return run[0] in cues.suffixes and (rest in cues.heads or not CJK.search(rest))


def _cut_inside_a_name(text: str, run_start: int, cues: Cues) -> int | None:
    """Where the ``inside`` stop word (释放, 减少, 抑制: names hold them as often as sentences do)
    that stopped the run before a bracket starts, if term characters come before it; else None."""
    inside = _word_ending_at_endpos(cues.inside)
    if inside is None:
        return None
    match = inside.search(text, max(run_start - _longest(cues.inside), 0), run_start)
    if match is not None and match.start() > 0 and _TERM_CHAR.match(text[match.start() - 1]) is not None:
        return match.start()
    return None


@cache
def _longest(words: frozenset[str]) -> int:
    """The longest word's length, once per cue list rather than once per bracket."""
    return max(map(len, words), default=0)


@cache
def _by_last_character(words: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """``words`` by their last character: whether one ends at a position is one lookup of the character before
    it, and most characters end none (a run is walked back character by character)."""
    by_last: dict[str, tuple[str, ...]] = {}
    for word in sorted(words):
        by_last[word[-1]] = (*by_last.get(word[-1], ()), word)
    return by_last


@cache
def _word_ending_at_endpos(words: frozenset[str]) -> re.Pattern[str] | None:
    """One of ``words`` ending where the search ends (its ``endpos``), or None without words."""
    return re.compile(rf"(?:{alternation(words)})\Z") if words else None


def _keep_modifiers(text: str, start: int, cut: int, cues: Cues,
                   term_label: Callable[[str], str | None] = lambda _: None) -> int:
    """``cut`` moved left (not past ``start``) over the modifiers, adjectives in 性 (or types in
    型, shapes in 状, stages in 期), Latin characters and the body parts, tests and microbes
    before it: the dictionary term is then the head of a longer term the dictionary lacks
    (急性|肾损伤, IgA|肾病, 假性|膀胱外翻, 阴道|念珠菌病, 婴儿型|特发性脊柱侧凸), and cutting there would
    lose what the text defines. Not over a specimen (血清|甲胎蛋白(AFP) defines 甲胎蛋白)."""
    while cut > start:
        if _LATIN_CHAR.match(text[cut - 1]):
            cut -= 1
            continue
        modifier = next((m for m in cues.modifiers if cut - len(m) >= start and text.startswith(m, cut - len(m))), "")
        if not modifier:
            modifier = next((text[i:cut] for i in range(max(start, cut - _LONGEST_PART), cut - 1)
                             if term_label(text[i:cut]) in _PART_LABELS), "")
            if not modifier or modifier in cues.specimens:
                break
        cut -= len(modifier)
    cut_inside = start > 0 and text[start - 1] in _WORD_OPENING_STOPS  # 可|溶性: 可 is a stop word
    if start < cut and _adjectives(cues.modifiers, cues.not_adjectives, cut_inside).fullmatch(text, start, cut):
        return start  # the whole run is adjectives: 原发性非典型性|肺炎
    return cut


#: Labels of dictionary terms that open a longer name as its site, analyte or organism
#: (阴道|念珠菌病, 红细胞|葡萄糖-6-磷酸脱氢酶, 肺泡|巨噬细胞), and the longest such term looked for.
_PART_LABELS = frozenset({"body", "test", "microbe"})
_LONGEST_PART = 8
#: One-character stop words that also open adjectives in 性 (可溶性, 并发性, 对称性, 有害性): a run
#: they cut may start inside one.
_WORD_OPENING_STOPS = frozenset("可并对有")


@cache
def _adjectives(modifiers: tuple[str, ...], not_adjectives: tuple[str, ...], cut_inside: bool = False) -> re.Pattern[str]:
    """Adjectives in 性, a 非 may open each, making up all of a run before a dictionary term:
    哮喘性|嗜酸粒细胞增多症, 假性|膀胱外翻, 非热带性|脂肪泻, 原发性非典型性|肺炎. Not a sex or a test
    result (``not_adjectives``: 女性|乳腺癌, 阳性|…); a listed modifier (慢性, 假性) is one adjective on
    its own, so 形成慢性渗出性 is no run of adjectives. When ``cut_inside`` (a stop word that opens adjectives
    cut the run), the first unlisted one needs two characters before its 性: the stop word may be
    its first (可|溶性, 并|发性), while 室性心动过速 and 如骨性关节炎 keep theirs."""
    listed = alternation(modifiers) if modifiers else ""
    no_adjective = alternation(not_adjectives)
    blocked = f"{no_adjective}|{listed}" if listed else no_adjective
    body = rf"(?:(?!{blocked})[\u4e00-\u6026\u6028-\u9fff])"  # any CJK character but 性
    one = f"(?!{no_adjective})非?{body}"
    kind = f"{body}{{1,2}}[型状期]"  # a type, shape or stage: 婴儿型, 盘状, 恢复期 (not 感染甲型)
    head, rest = f"{one}{{{2 if cut_inside else 1},5}}性|{kind}", f"{one}{{1,5}}性|{kind}"
    if listed:
        head, rest = f"{listed}|{head}", f"{listed}|{rest}"
    return re.compile(rf"(?:{head})(?:{rest})*")


def _keep_opening_mark(text: str, start: int, cut: int, abbr: str) -> int:
    """``cut`` moved left (not past ``start``) to the Greek letter or number the abbreviation
    opens with, when only a few Chinese characters lie between: β2|微|球蛋白(β2MG) defines
    β2微球蛋白, not the dictionary's 球蛋白."""
    mark = _OPENING_MARK.match(abbr)
    if mark is None:
        return cut
    found = text.rfind(mark.group(), max(start, cut - len(mark.group()) - _MARK_GAP), cut)
    if found < 0 or not _CJK_RUN.fullmatch(text, found + len(mark.group()), cut):
        return cut
    return found


def _is_quantity(s: str, cues: Cues) -> bool:
    """A number and a unit of the ``unit`` cues (230KD, 3.1Kb, 6Gy, 4000U), which
    ``is_abbreviation_like`` cannot tell from a numbered name (5-HT, 59Fe)."""
    m = _NUMBER_THEN.fullmatch(s)
    return m is not None and m["unit"] in cues.units


#: This many abbreviations in one bracket list the members of what the term before it names
#: (甲状腺激素(T3,T4,FT3,FT4)); two may be two spellings of one name (肌酸激酶(CK,CPK)).
_A_LIST = 3


def _bracket_definition(
    text: str,
    match: re.Match[str],
    cues: Cues,
    term_label: Callable[[str], str | None] | None,
    table: Mapping[str, AbbreviationEntry] | None,
) -> Definition | None:
    if not _LATIN_LETTER.search(text, match.start(1), match.end(1)):
        return _name_after(text, match, cues, table)  # most brackets: None ((图1), (约30%))
    english: list[tuple[int, int]] = []
    abbrs: list[tuple[int, int]] = []
    for part in _PART.finditer(text, match.start(1), match.end(1)):
        start, end = _strip(text, part.start(), part.end())
        cue = _alias_cue(cues.alias).match(text, start) if cues.alias else None
        if cue is not None:
            start, end = _strip(text, cue.end(), end)
            if is_abbreviation_like(text[start:end]):
                abbrs.append((start, end))
        elif _is_quantity(text[start:end], cues):
            return None  # 高分子量(230KD), 放疗的(6Gy): a number and its unit
        elif is_abbreviation_like(text[start:end]):
            abbrs.append((start, end))
        elif is_english_like(text[start:end]):
            tail = _trailing_abbreviation(text, start, end) if (start, end) == _strip(text, *match.span(1)) else None
            if tail is not None:
                english.append(tail[0])
                abbrs.append(tail[1])
            else:
                english.append((start, end))
        else:
            return None
    if len(english) > 1 or not (english or abbrs) or len(abbrs) >= _A_LIST:
        return None  # 血中甲状腺激素浓度(T3,T4,FT3,FT4): the members of what the term names
    long_en = _WHITE_SPACE.sub(" ", text[slice(*english[0])]) if english else ""  # (mad cow \ndisease，MCD)
    abbr_span = abbrs[0] if abbrs else None
    if abbr_span and long_en and not matches_long_form(text[slice(*abbr_span)], long_en):
        abbr_span = _same_in_the_table(text, match.start(), abbr_span, cues, term_label, table)
    if abbr_span is None and not long_en:
        return None
    if not long_en and abbr_span == _strip(text, *match.span(1)) and abbr_span[1] - abbr_span[0] == 1 \
            and text[match.start() - 1 : match.start()].isdigit():
        # 脂氧合酶12(R)(ALOX12B): one letter right after a number describes it (12R), it abbreviates
        # nothing. Abbreviations review of medical_5, 2026-12-05 (R3): 1 of 1 right on medical_5–6
        return None
    term = chinese_term_before(text, match.start(), cues, term_label, abbr=text[slice(*abbr_span)] if abbr_span else "")
    if abbr_span and not long_en and _pairs_the_terms_end(text[slice(*abbr_span)], text, match.start()):
        return None
    if term is None or (not long_en and text[slice(*term)] in cues.generic):
        return None  # 桥粒蛋白(desmin)基因(DES): a bare 基因 names no one gene
    if long_en:
        term = _past_a_patient_group(text, term, long_en, cues, term_label)
    if (abbr_span and "/" in text[slice(*abbr_span)]) or "/" in long_en:
        term = _over_a_slash(text, term, cues, term_label, text[slice(*abbr_span)] if abbr_span else "")
    if abbr_span and not long_en:
        term = _the_tables_ending(text, term, text[slice(*abbr_span)], table)
    if abbr_span is None and _a_persons_name_in_a_name(text, match.end(), long_en, text[slice(*term)], cues, term_label):
        return None
    coordinated = _over_a_conjunction(text, term, long_en, cues, term_label)
    shape = "zh(en)" if abbr_span is None else ("zh(en,ABBR)" if long_en else "zh(ABBR)")
    # an abbreviation names one thing (出血性休克和脑病综合征(…,HSES)); a gloss of two is none
    return _definition(text, coordinated or term, abbr_span, long_en, (coordinated or term)[0], match.end(), shape, table,
                       gene=text.startswith(_GENE, match.end()), coordination=coordinated is not None and not abbr_span)


_ENGLISH_WORD = re.compile("[a-z]+")


def _over_a_conjunction(
    text: str, term: tuple[int, int], long_en: str, cues: Cues, term_label: Callable[[str], str | None] | None
) -> tuple[int, int] | None:
    """``term`` moved left over the ``conjunction`` (和, 与, 及, 或) that cut it and the name before it (cut
    as any term before a bracket is: 常伴|恶心和呕吐), when the English long form joins names with a
    ``conjunction_en`` word (and, or): 恶心和呕吐(nausea and vomiting), 合成树脂与塑料(synthetic resins and
    plastics), not 呕吐, 塑料; else None. A Chinese character must end the name before (not 4、). Abbreviations
    review of medical_8, 2026-12-05 (P3)."""
    start = term[0]
    if (not long_en or start < 2 or text[start - 1] not in cues.conjunctions or not CJK.match(text, start - 2)
            or not cues.conjunctions_en.intersection(_ENGLISH_WORD.findall(long_en.lower()))):
        return None
    before = chinese_term_before(text, start - 1, cues, term_label)  # 常伴|恶心和呕吐: cut as any term
    return (before[0], term[1]) if before is not None else None


#: An English gloss that is only a proper name: one capitalized word, or up to four joined by hyphens
#: (Babinski, Bence-Jones); not capitalized words apart, a name's gloss: 胃节律紊乱(Gastric Dysrhythmia)综合征.
_PROPER_NAME = re.compile(r"[A-Z][a-zA-Z’'.]+(?:-[A-Z][a-zA-Z’'.]+){0,3}")


def _a_persons_name_in_a_name(
    text: str, after: int, long_en: str, long_zh: str, cues: Cues, term_label: Callable[[str], str | None] | None
) -> bool:
    """Whether ``long_zh(long_en)`` glosses a person's name inside an eponym: the English only a proper
    name, an ``eponym_head`` right after the bracket (not a ``not_eponym_head``: 小动脉(Arteriole)病变,
    恶性营养不良(Kwashiorkor)病人), and the Chinese no dictionary term. 戈登(Gordon)征, 阿尔茨海默(Alzheimer)病, 沙克(Salk)疫苗 name a sign, a
    disease, a vaccine; 戈登 alone is no term. Abbreviations review of medical_6, 2026-12-05 (P6): 60 of 60
    such rows eponym fragments on medical_4–9; on medical_0–3, 10–15 89 of 93 dropped rows, the wrong ones
    since excluded but 地衣红(Orecein)染色, a dye."""
    return (
        _PROPER_NAME.fullmatch(long_en) is not None
        and text.startswith(cues.eponym_heads, after)
        and not text.startswith(cues.not_eponym_heads, after)
        and not (term_label is not None and term_label(long_zh))
    )


def _past_a_patient_group(
    text: str, term: tuple[int, int], long_en: str, cues: Cues, term_label: Callable[[str], str | None] | None
) -> tuple[int, int]:
    """``term`` without the patient group it opens with (``patient_group`` cues and prefixes) when the
    English long form names no group: 老年|动脉栓塞(peripheral arterial embolism), 小儿|苯海拉明中毒
    (benadryl poisoning); not 老年急性胰腺炎(senile acute pancreatitis). Two characters stay at least.
    Abbreviations review of medical_9, 2026-12-05 (R3): 3 of 3 right (without the English condition 1 of 3:
    成人T细胞白血病(ATL) is one disease). The group stays when 性/型/期 follows it (老年性白内障(cataract))
    or the whole term is a dictionary term and the rest none of its label (老年痴呆(Alzheimer disease，AD),
    小儿麻痹症(poliomyelitis); the dictionary has xywy's 小儿心房扑动 as well as 心房扑动): code review of
    session s10, 2026-12-05 (D2). After the group, a ``name_forming`` cue (期, 性, 型) makes it part of the name:
    a period of life (新生儿期, 儿童期) or a word-forming 性/型 (老年性紫癜(SenilisPurpura), 婴儿型多囊肾)."""
    if _word_start_of(cues.patient_groups_en).search(long_en.lower()):
        return term  # a word start: senil matches SenilisPurpura
    group = next((g for g in cues.patient_groups if text.startswith(g, term[0])), "")
    if not group or term[1] - term[0] - len(group) < 2 or text.startswith(cues.name_forming, term[0] + len(group)):
        return term  # 新生儿期因B链球菌(group B streptococci): a period of life, no group opening a name
    rest = term[0] + len(group), term[1]
    if term_label is not None and term_label(text[slice(*term)]) not in (None, term_label(text[slice(*rest)])):
        return term  # 老年痴呆 is a disease, 痴呆 a symptom; 小儿|心房扑动(atrial flutter) is cut
    return rest


@functools.lru_cache(maxsize=8)
def _word_start_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for ``words`` each at a word start (senil in SenilisPurpura), built once per list."""
    return re.compile(rf"\b(?:{alternation(words)})")


def _pairs_the_terms_end(abbr: str, text: str, bracket: int) -> bool:
    """Whether ``abbr`` is letters and a number, and the text before the bracket ends with the same
    letters and a number: 伴S3(S4) pairs S3 and S4, it defines nothing."""
    shape = _LETTERS_NUMBER.fullmatch(abbr)
    before = re.search(rf"(?<![A-Za-z]){re.escape(shape[1])}[0-9]+\Z", text[max(0, bracket - 16):bracket]) if shape else None
    return before is not None and before.group() != abbr  # 血清IgG4(IgG4) names IgG4


def _same_in_the_table(
    text: str,
    bracket: int,
    abbr_span: tuple[int, int],
    cues: Cues,
    term_label: Callable[[str], str | None] | None,
    table: Mapping[str, AbbreviationEntry] | None,
) -> tuple[int, int] | None:
    """``abbr_span`` when the abbreviations table gives it the Chinese term before the bracket as its
    long form, though the English did not spell it: a misspelt gloss, 前列环素(prostacgclin，PGI2)
    (table: PGI2 → 前列环素); else None, as for any abbreviation the English does not spell."""
    table = load_abbreviations() if table is None else table
    entry = table.get(canonical_abbr(text[slice(*abbr_span)], table))
    term = chinese_term_before(text, bracket, cues, term_label, abbr=text[slice(*abbr_span)])
    if entry is None or term is None or not entry.long_zh or entry.long_zh != text[slice(*term)]:
        return None
    return abbr_span


#: The sources of table rows whose long forms are whole names: written by hand or from the MIT
#: list; ``mined:xywy`` rows are themselves sometimes cut (EIEC 侵袭性大肠埃希杆菌 for 肠侵袭性…).
_WHOLE_NAME_SOURCES = frozenset({CURATED_SOURCE, "clinical_abbr"})


def _the_tables_ending(
    text: str, term: tuple[int, int], abbr: str, table: Mapping[str, AbbreviationEntry] | None
) -> tuple[int, int]:
    """``term`` cut to the table's long form of ``abbr`` when the text's is longer and ends with
    it: ③多数获完全缓解(CR)的病人 defines 完全缓解, 衣原体热休克蛋白(HSP) 热休克蛋白 (table rows
    written by hand or from the MIT list only, and only without an English long form, which
    spells what the abbreviation names: 肠侵袭性大肠埃希杆菌(Enteroinvasive E.coli,EIEC)).
    Abbreviations review of medical_5, 2026-12-05 (R1): 8 of 9 changed rows right on medical_5–6;
    with mined rows or English long forms 20 of 30."""
    table = load_abbreviations() if table is None else table
    entry = table.get(canonical_abbr(abbr, table))
    if entry is None or entry.source not in _WHOLE_NAME_SOURCES or not entry.long_zh:
        return term
    written = text[slice(*term)]
    if len(written) > len(entry.long_zh) and written.endswith(entry.long_zh):
        return term[1] - len(entry.long_zh), term[1]
    return term


#: The mark an abbreviation ends with that its Chinese long form ends with too: a number (IL-1), a Greek
#: letter (TGF-β, IL-1α) or A2 (TXA2 血栓素A2).
_FINAL_MARK = re.compile(rf"-?(?:[0-9]+|[{GREEK}][0-9]*|A2)\Z")


def the_tables_with_its_mark(definition: Definition, table: Mapping[str, AbbreviationEntry]) -> AbbreviationEntry | None:
    """The table row (written by hand or from the MIT list) whose long form is the text's and the
    mark the abbreviation ends with, which the text left out: 白细胞介素(IL-1) names 白细胞介素-1,
    血栓素(TXA2) 血栓素A2, 转化生长因子(TGF-β) 转化生长因子-β; else None. Only without an English
    long form. Abbreviations review of medical_9, 2026-12-05 (R8): 5 of 5 right."""
    entry = table.get(definition.abbr)
    mark = _FINAL_MARK.search(definition.abbr)
    if (entry is None or mark is None or definition.long_en or entry.source not in _WHOLE_NAME_SOURCES
            or not entry.long_zh.startswith(definition.long_zh) or not definition.long_zh):
        return None
    added = entry.long_zh[len(definition.long_zh):]
    return entry if added and _FINAL_MARK.fullmatch(added) and added.lstrip("-") == mark.group().lstrip("-") else None


#: The Chinese characters ending a term before a slash (287bp插入/缺失(I/D): 插入), and what a Latin run
#: right before one holds (P/Q型电压门控钙通道).
_CJK_BEFORE = re.compile(r"[\u4e00-\u9fff]+\Z")
_LATIN_OR_DIGIT = re.compile("[A-Za-z0-9]")
_SLASHES = "/／"


def _over_a_slash(
    text: str, term: tuple[int, int], cues: Cues, term_label: Callable[[str], str | None] | None, abbr: str
) -> tuple[int, int]:
    """``term`` moved left over the term and the slash before it, when the bracket pairs two names
    with a slash too: 前胰岛素/胰岛素比值(PI/I), 晶状体/眼球容积比值(lens/eye volume ratio), not
    胰岛素比值 (the slash is no term character, so the run stopped there). Before the slash: the
    Latin run when it ends in a Latin letter or digit and holds a letter (P/Q型…), else the Chinese
    term, only its Chinese characters when it opens with a number (287bp插入/缺失(I/D): 插入/缺失).
    Abbreviations review of medical_7, 2026-12-05 (R1): 7 of 7 changed rows right on medical_7 and 9;
    on xywy medical_0–3, 10–15 first 3 of 7, then 5 of 6 with the letter and number conditions."""
    slash = term[0] - 1
    if slash < 1 or text[slash] not in _SLASHES:
        return term
    if _LATIN_OR_DIGIT.match(text, slash - 1):
        start = slash - 1
        while start > 0 and _LATIN_OR_DIGIT.match(text, start - 1):
            start -= 1
        # a number alone is no name: MODY 6/神经源性分化因子1(NeuroDL/BETA2) names the type's gene
        return (start, term[1]) if _LATIN_LETTER.search(text, start, slash) else term
    before = chinese_term_before(text, slash, cues, term_label, abbr=abbr)
    if before is None:
        return term
    if text[before[0]].isdigit():  # a quantity, not the name's Latin (成人T细胞白血病/淋巴瘤(ATL))
        chinese = _CJK_BEFORE.search(text, before[0], before[1])
        if chinese is None or chinese.end() - chinese.start() < 2:
            return term
        before = chinese.span()
    return before[0], term[1]


_LAST_WORD = re.compile(r"\s+(\S+)\Z")
_WORD_SPLIT = re.compile(r"[\s-]+")


def _trailing_abbreviation(text: str, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """An English gloss that is the whole bracket and ends with its abbreviation, no comma
    before it: ``家族性地中海热(Familial Mediterranean Fever FMF)``. The spans of the English
    words and of the abbreviation, when the last word is all capitals (two or more), the words
    before spell it, and all its letters but one open a word (not ``(verapamil-sensitive VT)``,
    where VT is a word of the name: 20 of 20 such brackets in the xywy records read right); three
    capitals or more need only be spelt in order, glued words too: ``(parathyroidsrrl hormon PTH)``."""
    last = _LAST_WORD.search(text, start, end)
    if last is None:
        return None
    abbr, words = last.group(1), _strip(text, start, last.start())
    long_en = text[slice(*words)]
    if len(abbr) < 2 or not abbr.isupper() or not is_abbreviation_like(abbr) or not is_english_like(long_en):
        return None
    letters = [c for c in abbr.lower() if c.isalpha()]
    initials = iter(word[0] for word in _WORD_SPLIT.split(long_en.lower()) if word)
    opening = sum(letter in initials for letter in letters)  # in order: ``in`` consumes the iterator
    if (opening < max(2, len(letters) - 1) and len(letters) < 3) or not matches_long_form(abbr, long_en):
        return None  # three capitals or more spelt in order are enough: (parathyroidsrrl hormon PTH)
    return words, last.span(1)


#: ``ABBR(中文)``: a bracket holding only a Chinese name (and a number ending it: 白介素-7,
#: 毒素1), after an abbreviation of at least two letters opening with one.
_CHINESE_NAME = re.compile(r"[\u4e00-\u9fff]{2,15}(?:-?[0-9]{1,2})?")
_ABBR_BEFORE = re.compile(rf"(?<![A-Za-z0-9{GREEK}.-]){_ABBR.pattern}\Z")
#: Three bases are a codon (CGT(精胺酸): the amino acid it codes, not its name).
_CODON = re.compile("[ACGTU]{3}")
#: A type: 1型NF(典型神经纤维瘤) and NF(混合型) say which kind, they do not name the abbreviation.
_TYPE = "型"
#: After the bracket, what the name only describes: the cells of HEP-2(人喉癌)细胞 (a cell line, no
#: 人喉癌), the gene of KAL1(卡尔曼综合征)基因.
_GENE = "基因"
_NOT_THE_NAME_AFTER = ("细胞", _GENE)
#: A bracket naming a part (CP(后部), CA(前部)) says where, not what the abbreviation is.
_A_PART = "部"


def _name_after(
    text: str, match: re.Match[str], cues: Cues, table: Mapping[str, AbbreviationEntry] | None
) -> Definition | None:
    """``SDH(琥珀酸脱氢酶)``, ``HBsAg(乙型肝炎表面抗原)``: the abbreviation written first, its Chinese
    name in the bracket; not a unit (5mg(含碘量)), a clause (PVE(术后2个月以内)) nor anything
    holding a ``stop`` cue (HGF(包括SCF), PTC(代表甲状腺乳头状癌))."""
    name_start, name_end = _strip(text, match.start(1), match.end(1))
    if not _CHINESE_NAME.fullmatch(text, name_start, name_end):
        return None
    abbr = _ABBR_BEFORE.search(text, max(0, match.start() - 16), match.start())
    if abbr is None or not abbr.group()[0].isalpha() or len(_LATIN_LETTER.findall(abbr.group())) < 2:
        return None
    name = text[name_start:name_end]
    if (not is_abbreviation_like(abbr.group()) or _CODON.fullmatch(abbr.group()) or name.endswith(_TYPE)
            or text.startswith(_NOT_THE_NAME_AFTER, match.end()) or name.endswith(_A_PART)
            or text[abbr.start() - 1 : abbr.start()] == _TYPE or any(word in name for word in cues.stop)):
        return None
    return _definition(text, (name_start, name_end), abbr.span(), "", abbr.start(), match.end(), "ABBR(zh)", table)


def _cue_definitions(
    text: str,
    cues: Cues,
    term_label: Callable[[str], str | None] | None,
    table: Mapping[str, AbbreviationEntry] | None,
) -> list[Definition]:
    """``中文术语,简称ABBR`` / ``中文术语又称ABBR`` outside brackets."""
    if not cues.alias or not any(mark in text for mark in _last_characters(cues.alias)):
        return []  # most texts: not even the last character of a cue (称, 叫, 名), which str's search finds fastest
    if (first := _alias_cue(cues.alias).search(text)) is None:
        return []
    # a definition opens at its cue, or at the blanks and the comma before it: none before the first cue's
    start = first.start()
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    if start > 0 and text[start - 1] in ",，":
        start -= 1
    found = []
    for match in _alias_definition(cues.alias).finditer(text, start):  # the comma first: slow from the text's start
        abbr_span = match.span(1)
        term = chinese_term_before(text, match.start(), cues, term_label, abbr=match.group(1))
        if term is None or not is_abbreviation_like(match.group(1)):
            continue
        term = _the_tables_ending(text, term, match.group(1), table)
        found.append(_definition(text, term, abbr_span, "", term[0], match.end(), "zh(ABBR)", table))
    return found


@cache
def _last_characters(words: tuple[str, ...]) -> frozenset[str]:
    """The characters ``words`` end with: a text holding none of them holds none of the words."""
    return frozenset(word[-1] for word in words if word)


@cache
def _alias_cue(alias: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the cues, the longest winning where several start at a place.
    Most texts have none, which this finds faster than ``_alias_definition``."""
    return re.compile(alternation(alias))


@cache
def _alias_definition(alias: tuple[str, ...]) -> re.Pattern[str]:
    """``,简称ABBR``: built once per cue list, not once per text. No line break before the cue:
    a line opening with 又称 names what its own line is about, not the heading above it
    (8.TSH增高型甲亢\n又称TSH毒症)."""
    return re.compile(rf"[,，]?[ \t]*(?:{_alias_cue(alias).pattern})\s*({_ABBR.pattern})(?![A-Za-z0-9{GREEK}-])")


def _definition(
    text: str,
    term: tuple[int, int],
    abbr_span: tuple[int, int] | None,
    long_en: str,
    start: int,
    end: int,
    shape: str,
    table: Mapping[str, AbbreviationEntry] | None,
    *,
    gene: bool = False,
    coordination: bool = False,
) -> Definition:
    abbr = canonical_abbr(text[slice(*abbr_span)], table, long_zh=text[slice(*term)]) if abbr_span else ""
    return Definition(
        abbr=abbr,
        abbr_start=abbr_span[0] if abbr_span else None,
        abbr_end=abbr_span[1] if abbr_span else None,
        long_en=long_en,
        long_zh=text[slice(*term)],
        zh_start=term[0],
        zh_end=term[1],
        start=start,
        end=end,
        shape=shape,
        gene=gene,
        coordination=coordination,
    )


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
