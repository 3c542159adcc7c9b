"""``python -m pipeline dict suggest``: candidate dictionary entries mined from records.

Nothing here is added automatically: the output is a TSV in the entity-file format for a
person to review, then ``dict add`` (or paste into ``dictionaries/entities/``). Rules:

* ``field``: items of a record's own lists (symptoms, checks, drugs, complications; the
  list → label map of ``eval_label_maps.tsv``) that no dictionary holds; items cut off
  with ``...`` are skipped.
* ``frequency``: the words right before a frequency expression, ``XXX(45%)``, that no
  dictionary match ends at: authors quote frequencies for symptoms and findings.
* ``head``: words of 3+ characters ending like an entity (``…综合征/…病/…炎/…症``, see
  ``suggest_heads.tsv``) that overlap no dictionary match, and a head cut off as a word of its
  own with the name before it (``亨特|综合征``, ``Ramsay-Hunt|综合征``).
* ``dose``: the word right before a dose, ``XXX 120mg`` (a number with a unit of
  ``dose_units.tsv``, as the therapies read it), that no dictionary match ends at, as a drug;
  never a number, unit, route, schedule word, hedge, a word jieba tags a verb (增加, 抽血) or one
  of ``suggest_not_drugs.tsv`` (每次, 成人, 为).

A name read back over words drops a function word of ``suggest_not_drugs.tsv`` jieba glued to its
start (或非|布司|他 gives 非布司他), and no candidate is a piece of a longer dictionary or
segmentation word the text spells around it (马隆 of 苯溴马隆, which ``segmentation.tsv`` holds as
苯溴马隆片): jieba cut the unknown name across its characters.

Counts are occurrences over the corpus (records listing an item, for ``field``).
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import PipelineError
from ..normalize import normalize_text
from ..reader import ReadIssue, Record, readable_records
from ..resources import DEFAULT_DICTIONARY_DIR, PACKAGE_DICTIONARY_DIR, dictionary_dir, read_tsv
from ..sentences import split_sentences
from .loader import load_lexicon

RULES = ("field", "frequency", "head", "dose")
HEADS_FILE = "suggest_heads.tsv"
NOT_DRUGS_FILE = "suggest_not_drugs.tsv"
#: jieba's tags of verbs: a word so tagged right before a dose says what is done with an amount
#: (每天增加|80g, 抽血|1ml, 可达|100ml), it names no drug.
_VERB_TAGS = frozenset({"v", "vd", "vn", "vg"})
#: jieba's tags of words no name holds (verbs, conjunctions, adverbs, prepositions, pronouns): a
#: name read back from a dose stops at one (可以|红花, 相当于|纯酒精), unless the word after it is
#: none of jieba's, a piece of a name it does not know (依托|考昔).
_NOT_NAME_TAGS = _VERB_TAGS | {"c", "d", "p", "r"}
MAX_TERM_CHARS = 12
#: The longest name a bare head takes with Latin words before it (Ramsay-Hunt综合征).
_MAX_NAMED_CHARS = 20
#: The longest Latin code before the Chinese word of such a name (Q-T|延长综合征).
_MAX_LATIN_BEFORE_CHINESE = 4
#: A letter or Chinese character: what a name before a bare head must hold.
_NAME_CHARACTER = re.compile(r"[A-Za-z\u4e00-\u9fff]")
_FREQUENCY = re.compile(r"\(\s*\d+(?:\.\d+)?\s*%\s*\)")
_TRUNCATED = re.compile(r"(\.\.\.|…)$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_WORD_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9α-ωΑ-Ω-]")


@dataclass(frozen=True, slots=True)
class Suggestion:
    term: str
    label: str
    rule: str  # one of RULES
    count: int
    example: str  # a sentence where it occurs (or the list it came from)


@dataclass(frozen=True)
class DoseWords:
    """What the ``dose`` rule reads: where a dose is, the words that name no drug, and the drug
    stems (单抗, 霉素) a name cut off before its stem is read back from (贝利|尤|单抗)."""

    dose: re.Pattern[str]
    not_drugs: frozenset[str]
    stems: frozenset[str]
    #: the one-character words of ``suggest_not_drugs.tsv`` (为, 达, 至): jieba glues them to the
    #: word before (仅为, 应达, 加至), which then ends no name either
    function_characters: frozenset[str]


@cache
def dose_words(directory: Path = DEFAULT_DICTIONARY_DIR) -> DoseWords:
    """The therapies' dose pattern, and every word a dose may follow that is no drug name:
    routes, schedule words and per-day, each, use or treating cues (``routes.tsv``, ``dose_schedules.tsv``,
    ``therapy_cues.tsv``), units, hedges and verbs of having (``dose_units.tsv``,
    ``quantity_units.tsv``, ``quantity_cues.tsv``) and ``suggest_not_drugs.tsv``; the stems are
    ``build_drug_stems.tsv``'s."""
    from ..clinical.vocabulary import load_clinical_vocabulary
    from ..quantities.patterns import load_quantity_resources
    from .build import read_term_list

    vocabulary = load_clinical_vocabulary(directory)
    quantities = load_quantity_resources(directory)
    own = directory / NOT_DRUGS_FILE  # a copy of the dictionaries older than this file has none
    listed = read_term_list(own if own.is_file() else PACKAGE_DICTIONARY_DIR / NOT_DRUGS_FILE, required=True)
    not_drugs = {
        *vocabulary.routes, *vocabulary.schedule_periods, *vocabulary.schedule_abbreviations, *vocabulary.dose_units,
        *(word for role in ("per_day", "each", "use", "treating") for word in vocabulary.cues[role]),  # 也可用|溴夫定
        *quantities.before, *quantities.after, *quantities.verb, *quantities.units,
        *listed,
    }
    stems = frozenset(read_term_list(directory / "build_drug_stems.tsv", "stem"))
    characters = frozenset(word for word in listed if len(word) == 1 and _CJK.match(word))
    return DoseWords(vocabulary.dose_pattern, frozenset(not_drugs), stems, characters)


@cache
def _jieba_tags() -> dict[str, str]:
    """jieba's part-of-speech tag of each word of its own dictionary (增加 → v)."""
    import jieba.posseg

    jieba.posseg.dt.initialize()
    return jieba.posseg.dt.word_tag_tab


@cache
def entity_heads(directory: Path = DEFAULT_DICTIONARY_DIR) -> tuple[tuple[str, str], ...]:
    """``(head, label)`` pairs, longest head first."""
    rows = read_tsv(directory / HEADS_FILE, ("head", "label", "source"))
    return tuple(sorted(((row["head"], row["label"]) for _, row in rows), key=lambda pair: -len(pair[0])))


def head_label(word: str, heads: Iterable[tuple[str, str]]) -> str | None:
    """The label of the longest head ``word`` ends with; ``None`` for none, or the bare head."""
    for head, label in heads:  # longest first
        if word.endswith(head):
            return label if len(word) > len(head) else None
    return None


def suggest(
    inputs: Iterable[str | Path],
    *,
    dictionaries: str | Path | None = None,
    min_count: int = 2,
    nlp: Language | None = None,
    issues: list[ReadIssue] | None = None,
) -> list[Suggestion]:
    """Mine candidates from the records of ``inputs``, most frequent first. What could not
    be read is skipped, and added to ``issues`` when given."""
    from ..evaluate.silver import record_list_labels
    from ..language import load

    directory = dictionary_dir(dictionaries)
    lexicon = load_lexicon(directory)
    known = set(lexicon.entries)
    nlp = nlp or load(directory)
    records = readable_records(inputs, [] if issues is None else issues)
    words = known.union(word for word, _ in lexicon.segmentation_words)
    found = mine(records, nlp, known, record_list_labels(), entity_heads(), words=words)
    return [s for s in found if s.count >= min_count]


def mine(
    records: Iterable[Record],
    nlp: Language,
    known: set[str],
    lists: dict[str, str],
    heads: tuple[tuple[str, str], ...],
    doses: DoseWords | None = None,
    *,
    words: Iterable[str] | None = None,
) -> list[Suggestion]:
    """The pure part of ``suggest``: one suggestion per unknown term, best rule, by count
    (``doses``: the shipped ``dose_words()`` unless given; ``words``: the dictionary words a
    candidate may be a piece of, ``known`` unless given)."""
    doses = doses or dose_words()
    longer = sorted(known if words is None else words)
    counts: Counter = Counter()  # (term, label, rule) → count
    examples: dict[tuple[str, str, str], str] = {}
    for record in records:
        texts = [normalize_text(section.text) for section in record.sections]
        listed = {(normalize_text(item.strip()), lists[path]) for path, item in record.fields if path in lists}
        for term, label in sorted(listed):
            if len(term) >= 2 and term not in known and not _TRUNCATED.search(term):
                key = (term, label, "field")
                counts[key] += 1
                examples.setdefault(key, _example(texts, term) or f"listed by {record.disease}")
        for text, doc in zip(texts, nlp.pipe(texts)):
            for term, label, rule, start in _text_candidates(text, doc, heads, doses, longer):
                if term not in known:
                    key = (term, label, rule)
                    counts[key] += 1
                    examples.setdefault(key, _sentence_at(text, start))
    best: dict[str, tuple[str, str, str]] = {}
    for key in counts:  # one row per term (a dictionary holds a term once): its most counted rule
        term = key[0]
        if term not in best or (counts[key], -RULES.index(key[2])) > (counts[best[term]], -RULES.index(best[term][2])):
            best[term] = key
    rows = [Suggestion(term, label, rule, counts[(term, label, rule)], examples[(term, label, rule)]) for term, label, rule in best.values()]
    return sorted(rows, key=lambda s: (-s.count, s.term))


def _text_candidates(
    text: str, doc: Doc, heads: tuple[tuple[str, str], ...], doses: DoseWords, longer: list[str]
) -> Iterator[tuple[str, str, str, int]]:
    """Every rule's candidates in ``text`` but the pieces of a longer word of ``longer``."""
    covered = [False] * len(text)
    for entity in doc.ents:
        covered[entity.start_char : entity.end_char] = [True] * (entity.end_char - entity.start_char)
    for candidate in _rule_candidates(text, doc, covered, heads, doses):
        if not _inside_a_longer_word(text, candidate[3], candidate[0], longer, covered):
            yield candidate


def _rule_candidates(
    text: str, doc: Doc, covered: list[bool], heads: tuple[tuple[str, str], ...], doses: DoseWords
) -> Iterator[tuple[str, str, str, int]]:
    tokens = [(t.idx, t.idx + len(t)) for t in doc]
    ends_at = {end: i for i, (_, end) in enumerate(tokens)}
    for match in _FREQUENCY.finditer(text):
        before = match.start()
        while before > 0 and text[before - 1] == " ":
            before -= 1
        if before == 0 or covered[before - 1] or before not in ends_at:
            continue
        last = ends_at[before]
        if not _free_word(text, tokens[last], covered):
            continue
        first = last  # extend left over content words, stopping at one-character words (和/及/有)
        while first > 0 and _content_word(text, tokens[first - 1], covered) and before - tokens[first - 1][0] <= MAX_TERM_CHARS:
            first -= 1
            if _function_word_length(text[slice(*tokens[first])], doses):
                break  # 或者|皮肤增厚: the name starts after it
        start = tokens[first][0] + _function_word_length(text[slice(*tokens[first])], doses)
        term = text[start:before]
        if len(_CJK.findall(term)) >= 2 and not term[0].isdigit():
            yield term, head_label(term, heads) or "symptom", "frequency", start
    for i, (start, end) in enumerate(tokens):
        word = text[start:end]
        label = head_label(word, heads)
        # a one-character word right after is usually the rest of a longer word (神经病|变)
        continued = i + 1 < len(tokens) and tokens[i + 1][1] - tokens[i + 1][0] == 1 and _CJK.match(text[tokens[i + 1][0]])
        if continued or not _free_word(text, (start, end), covered):
            continue
        if label is None and (bare := _bare_head(word, heads)) is not None:
            first = _name_before(text, tokens, i, covered)  # 亨特|综合征, Ramsay|-|Hunt|综合征
            if first < i:
                yield text[tokens[first][0] : end], bare, "head", tokens[first][0]
        elif label and len(word) >= 3:
            yield word, label, "head", start
    yield from _dose_candidates(text, tokens, covered, doses)


def _dose_candidates(
    text: str, tokens: list[tuple[int, int]], covered: list[bool], doses: DoseWords
) -> Iterator[tuple[str, str, str, int]]:
    """The name right before each dose, read as the frequency rule reads the words before a
    percentage: the last word, then the content words before it (no one-character word, but
    inside a name cut off before a drug stem: 贝利|尤|单抗), stopping at a word that names no
    drug (口服|托法替布) or the unit of a number (0.5 mol|乳酸钠); nothing when the last word is
    one (每次|10mg, 口服|40mg) or a verb (增加|80g)."""
    starts = {start for start, _ in tokens}
    ends_at = {end: i for i, (_, end) in enumerate(tokens)}
    for match in doses.dose.finditer(text):
        before = match.start()
        while before > 0 and text[before - 1] == " ":
            before -= 1
        if match.start() not in starts or before == 0 or covered[before - 1] or before not in ends_at:
            continue  # not B1|2mg: a dose opens a word
        last = ends_at[before]
        word = text[tokens[last][0] : before]
        if not _free_word(text, tokens[last], covered) or _no_drug(text, tokens, last, doses) \
                or _jieba_tags().get(word) in _VERB_TAGS or word[-1] in doses.function_characters:
            continue
        first = last
        while first > 0 and before - tokens[first - 1][0] <= MAX_TERM_CHARS and not _no_drug(text, tokens, first - 1, doses) and (
            _content_word(text, tokens[first - 1], covered) and not _ends_the_name(text, tokens, first - 1)
            or text[tokens[first][0] : before] in doses.stems and _free_word(text, tokens[first - 1], covered)
        ):
            first -= 1
            if _function_word_length(text[slice(*tokens[first])], doses):
                break  # 别嘌醇|或非|布司|他: the name starts inside 或非
        start = tokens[first][0] + _function_word_length(text[slice(*tokens[first])], doses)
        term = text[start:before]
        if len(term) >= 2 and _NAME_CHARACTER.match(term) and term not in doses.not_drugs:
            yield term, "drug", "dose", start


def _function_word_length(word: str, doses: DoseWords) -> int:
    """How many characters at the start of ``word``, the first word of a name read back, are a
    function word of ``suggest_not_drugs.tsv`` rather than the name's: a conjunction jieba glued to
    the name's first characters (或非|布司|他: 或非 is a jieba conjunction) or cut as a word (或者)."""
    if not word or word[0] not in doses.function_characters or _jieba_tags().get(word) not in _NOT_NAME_TAGS:
        return 0
    return len(word) if word in doses.not_drugs else 1


def _inside_a_longer_word(text: str, start: int, term: str, words: list[str], covered: list[bool]) -> bool:
    """Whether the characters right before ``term`` (at ``start``), none of a dictionary match, and
    ``term`` spell the start of a longer word of ``words`` (sorted): 苯溴|马隆 of 苯溴马隆片, cut
    by jieba as 药苯|溴|马隆; not 淋病|合并症, whose 淋病 is a mention of its own."""
    for before in range(start - 1, max(start - MAX_TERM_CHARS, 0) - 1, -1):
        if covered[before] or not _WORD_CHAR.match(text[before]):
            return False
        spelled = text[before : start] + term
        at = bisect_left(words, spelled)
        if at < len(words) and words[at].startswith(spelled):
            return True
    return False


def _ends_the_name(text: str, tokens: list[tuple[int, int]], i: int) -> bool:
    """Whether token ``i``, before a name read back from a dose, is a word no name holds (可以|红花),
    not the first piece of a name jieba does not know (依托|考昔), or a Chinese word before a Latin
    name (可用|Tamoxifen: the sentence's, as before a Latin name with a head)."""
    word, after = (text[start:end] for start, end in tokens[i : i + 2])
    if _CJK.match(word) and not _CJK.match(after):
        return True
    tags = _jieba_tags()
    return tags.get(word) in _NOT_NAME_TAGS and after in tags


def _no_drug(text: str, tokens: list[tuple[int, int]], i: int, doses: DoseWords) -> bool:
    """Whether token ``i`` is no part of a drug's name: a number, one of ``doses.not_drugs``
    (口服, 每日, mg, 约, 成人) or the unit right after a number (0.5 mol|乳酸钠)."""
    word = text[tokens[i][0] : tokens[i][1]]
    if not _NAME_CHARACTER.search(word) or word in doses.not_drugs or word.lower() in doses.not_drugs:
        return True
    previous = i - 1
    while previous >= 0 and text[tokens[previous][0] : tokens[previous][1]].isspace():
        previous -= 1
    return previous >= 0 and text[tokens[previous][1] - 1].isdigit()


def _ends_a_longer_word(tokens: list[tuple[int, int]], j: int, covered: list[bool]) -> bool:
    """Whether token ``j`` is likely the end of a longer name: right after a dictionary match
    (心功能|不全|综合征; a one-character word before it may be the sentence's: 可|见|亨特综合征)."""
    return j > 0 and covered[tokens[j - 1][1] - 1]


@cache
def _verbs() -> frozenset[str]:
    """The verbs of having and showing (出现, 伴有, 可见 …: ``quantity_cues.tsv``'s ``verb``)."""
    from ..quantities.patterns import load_quantity_resources

    return frozenset(load_quantity_resources().verb)


def _bare_head(word: str, heads: tuple[tuple[str, str], ...]) -> str | None:
    """The label of a head that is the whole of ``word`` (综合征 cut off its name), else None."""
    return next((label for head, label in heads if word == head), None)


def _name_before(text: str, tokens: list[tuple[int, int]], i: int, covered: list[bool]) -> int:
    """The first token of the name a bare head ends, none covered by a dictionary match: Latin
    words and hyphens (Ramsay-Hunt|综合征, Basedow|病) and, before a head of two or more characters,
    one Chinese word of two or more that is no verb (亨特|综合征, Q-T|延长|综合征; not 出现|综合征, nor
    包括|癌: a one-character head after a Chinese word is mostly a word of the sentence), not before a
    Latin name (故称|Barrett综合征) nor the end of a longer one (心功能|不全|综合征); ``i`` for none."""
    first, chinese = i, tokens[i][1] - tokens[i][0] < 2  # a one-character head takes no Chinese word
    chinese_at = None  # where the Chinese word starts, once taken
    while first > 0 and _free_word(text, tokens[first - 1], covered):
        start, end = tokens[first - 1]
        if tokens[i][1] - start > _MAX_NAMED_CHARS or (chinese_at is not None and chinese_at - start > _MAX_LATIN_BEFORE_CHINESE):
            break  # not DSM-IV|诊断|综合征: before a Chinese word only a short code (Q-T|延长|综合征)
        if _CJK.match(text[start]):
            if chinese or first < i and not _CJK.match(text[tokens[first][0]]) or end - start < 2 \
                    or not all(_CJK.match(c) for c in text[start:end]) or text[start:end] in _verbs() \
                    or _ends_a_longer_word(tokens, first - 1, covered):
                break  # nor 故称|Barrett综合征: a Chinese word before a Latin name is the sentence's
            chinese, chinese_at = True, start
        first -= 1
    while first < i and not text[tokens[first][0]].isalnum():
        first += 1  # not -Lee-Zellweger综合征: the name does not open with a hyphen
    if not _NAME_CHARACTER.search(text, tokens[first][0], tokens[i][0]):
        return i  # not 3|综合征: a number names nothing
    return first


def _free_word(text: str, token: tuple[int, int], covered: list[bool]) -> bool:
    start, end = token
    return not any(covered[start:end]) and all(_WORD_CHAR.match(c) for c in text[start:end])


def _content_word(text: str, token: tuple[int, int], covered: list[bool]) -> bool:
    start, end = token
    return _free_word(text, token, covered) and (end - start > 1 or not _CJK.match(text[start]))


def _sentence_at(text: str, offset: int) -> str:
    for start, end in split_sentences(text):
        if start <= offset < end:
            return text[start:end][:100]
    return text[offset : offset + 100]


def _example(texts: list[str], term: str) -> str:
    for text in texts:
        offset = text.find(term)
        if offset >= 0:
            return _sentence_at(text, offset)
    return ""


def write_suggestions(suggestions: Iterable[Suggestion], out: str | Path | None = None) -> None:
    """TSV in the entity-file format (``source=suggest:<rule>``; the note has count and example)."""
    lines = ["# Candidate entries from python -m pipeline dict suggest: review before adding (dict add).", "term\tlabel\tcanonical\tsource\tnote"]
    for s in suggestions:
        example = " ".join(s.example.split()).replace("\t", " ")
        lines.append(f"{s.term}\t{s.label}\t{s.term}\tsuggest:{s.rule}\tcount={s.count}; e.g. {example}")
    content = "\n".join(lines) + "\n"
    if out is None:
        sys.stdout.write(content)
        return
    try:
        Path(out).write_text(content, encoding="utf-8")
    except OSError as exc:
        raise PipelineError("E188", path=out, reason=exc.strerror or type(exc).__name__) from exc
