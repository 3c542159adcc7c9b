"""``python -m pipeline dict suggest``: candidate dictionary entries mined from records.

Nothing here is added automatically: the output is a TSV in the entity-file format for a
person to review, then ``dict add`` (or paste into ``dictionaries/entities/``). Rules:

* ``field``: items of a record's own lists (symptoms, checks, drugs, complications; the
  list → label map of ``eval_label_maps.tsv``) that no dictionary holds; items cut off
  with ``...`` are skipped.
* ``frequency``: the words right before a frequency expression, ``XXX(45%)``, that no
  dictionary match ends at: authors quote frequencies for symptoms and findings.
* ``head``: words of 3+ characters ending like an entity (``…综合征/…病/…炎/…症``, see
  ``suggest_heads.tsv``) that overlap no dictionary match.

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
        if label and len(word) >= 3 and not continued and _free_word(text, (start, end), covered):
            yield word, label, "head", start


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
