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

Counts are occurrences over the corpus (records listing an item, for ``field``).
"""

from __future__ import annotations

import re
import sys
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
from ..resources import DEFAULT_DICTIONARY_DIR, dictionary_dir, read_tsv
from ..sentences import split_sentences
from .loader import load_lexicon

RULES = ("field", "frequency", "head")
HEADS_FILE = "suggest_heads.tsv"
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
    known = set(load_lexicon(directory).entries)
    nlp = nlp or load(directory)
    records = readable_records(inputs, [] if issues is None else issues)
    found = mine(records, nlp, known, record_list_labels(), entity_heads())
    return [s for s in found if s.count >= min_count]


def mine(
    records: Iterable[Record],
    nlp: Language,
    known: set[str],
    lists: dict[str, str],
    heads: tuple[tuple[str, str], ...],
) -> list[Suggestion]:
    """The pure part of ``suggest``: one suggestion per unknown term, best rule, by count."""
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
            for term, label, rule, start in _text_candidates(text, doc, heads):
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


def _text_candidates(text: str, doc: Doc, heads: tuple[tuple[str, str], ...]) -> Iterator[tuple[str, str, str, int]]:
    covered = [False] * len(text)
    for entity in doc.ents:
        covered[entity.start_char : entity.end_char] = [True] * (entity.end_char - entity.start_char)
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
        term = text[tokens[first][0] : before]
        if len(_CJK.findall(term)) >= 2 and not term[0].isdigit():
            yield term, head_label(term, heads) or "symptom", "frequency", tokens[first][0]
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
