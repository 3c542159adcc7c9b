"""Reading human-labelled NER sets into texts + ``LabeledSpan`` values, and mapping labels.

Formats:

* ``chineseblue`` (cMedQANER, cEHRNER): JSON lines ``{"text", "mention_data": [{"mention",
  "type" | "label", "offset"}]}``; ``offset`` is a string. A mention whose offset does not
  point at its text is *misaligned*: counted and skipped, since guessing where it belongs
  would score our guess rather than the annotators'.
* ``cmeee`` (CBLUE CMeEE): a JSON array ``{"text", "entities": [{"start_idx", "end_idx",
  "type", ["entity"]}]}`` with ``end_idx`` inclusive.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import PipelineError
from ..labels import LABELS
from ..resources import DEFAULT_DICTIONARY_DIR, read_tsv
from .scoring import LabeledSpan

FORMATS = ("chineseblue", "cmeee")
LABEL_MAP_FILE = "eval_label_maps.tsv"


@dataclass(frozen=True)
class GoldSet:
    """Texts (index = ``LabeledSpan.doc``) and their gold spans, labels as in the file."""

    texts: tuple[str, ...]
    spans: tuple[LabeledSpan, ...]
    misaligned: tuple[LabeledSpan, ...] = ()


@dataclass(frozen=True)
class MappedGold:
    spans: tuple[LabeledSpan, ...]
    ignored: Counter = field(default_factory=Counter)  # gold type → spans with no counterpart


def read_gold(path: str | Path, fmt: str) -> GoldSet:
    """Read a gold file of format ``fmt`` (one of ``FORMATS``)."""
    if fmt not in FORMATS:
        raise PipelineError("E180", fmt=fmt, choices=", ".join(FORMATS))
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise PipelineError("E181", path=path, reason=getattr(exc, "strerror", None) or exc) from exc
    try:
        documents = list(_chineseblue_documents(raw)) if fmt == "chineseblue" else json.loads(raw)
    except json.JSONDecodeError as exc:
        raise PipelineError("E181", path=path, reason=f"invalid JSON: {exc.msg} (line {exc.lineno})") from exc
    if not isinstance(documents, list):
        raise PipelineError("E181", path=path, reason=f"expected a JSON array, got {type(documents).__name__}")
    spans_of = _chineseblue_spans if fmt == "chineseblue" else _cmeee_spans
    texts: list[str] = []
    spans: list[LabeledSpan] = []
    misaligned: list[LabeledSpan] = []
    for index, document in enumerate(documents):
        if not isinstance(document, dict) or not isinstance(document.get("text"), str):
            raise PipelineError("E181", path=path, reason=f"document {index} has no \"text\"")
        text = document["text"]
        texts.append(text)
        for span, mention in spans_of(index, document):
            aligned = 0 <= span.start < span.end <= len(text) and (mention is None or text[span.start : span.end] == mention)
            if aligned:
                spans.append(LabeledSpan(index, span.start, span.end, span.label, text[span.start : span.end]))
            else:
                misaligned.append(span)
    return GoldSet(tuple(texts), tuple(spans), tuple(misaligned))


def _chineseblue_documents(raw: str) -> Iterator[Any]:
    for line in raw.splitlines():
        if line.strip():
            yield json.loads(line)


def _chineseblue_spans(index: int, document: dict[str, Any]) -> Iterator[tuple[LabeledSpan, str | None]]:
    for mention in document.get("mention_data") or []:
        text = str(mention.get("mention", ""))
        label = str(mention.get("type") or mention.get("label") or "")
        offset = str(mention.get("offset", "")).strip()
        start = int(offset) if offset.isdigit() else -1
        yield LabeledSpan(index, start, start + len(text), label, text), text


def _cmeee_spans(index: int, document: dict[str, Any]) -> Iterator[tuple[LabeledSpan, str | None]]:
    for entity in document.get("entities") or []:
        start, end = int(entity["start_idx"]), int(entity["end_idx"]) + 1
        text = entity.get("entity")
        yield LabeledSpan(index, start, end, str(entity["type"]), text or ""), text


@cache
def default_label_map(fmt: str, directory: Path = DEFAULT_DICTIONARY_DIR) -> dict[str, str]:
    """Gold label → our label for ``fmt``, from ``dictionaries/eval_label_maps.tsv``."""
    path = directory / LABEL_MAP_FILE
    mapping: dict[str, str] = {}
    for line, row in read_tsv(path, ("format", "gold_label", "our_label", "source")):
        if row["our_label"] not in LABELS:
            raise PipelineError("E022", path=path, line=line, label=row["our_label"], labels=", ".join(LABELS))
        if row["format"] == fmt:
            mapping[row["gold_label"]] = row["our_label"]
    return mapping


def parse_map_overrides(values: Iterable[str]) -> dict[str, str]:
    """``["treatment=procedure", "crowd="]`` → overrides; an empty right side ignores the type."""
    overrides: dict[str, str] = {}
    for value in values:
        gold, sep, ours = value.partition("=")
        if not sep or not gold.strip():
            raise PipelineError("E182", value=value, reason="expected GOLD_LABEL=OUR_LABEL")
        ours = ours.strip()
        if ours and ours not in LABELS:
            raise PipelineError("E182", value=value, reason=f"{ours!r} is not one of {', '.join(LABELS)}")
        overrides[gold.strip()] = ours
    return overrides


def map_labels(spans: Iterable[LabeledSpan], mapping: dict[str, str]) -> MappedGold:
    """Relabel gold spans with ``mapping``; spans of unmapped types are counted, not kept."""
    kept: list[LabeledSpan] = []
    ignored: Counter = Counter()
    for span in spans:
        ours = mapping.get(span.label)
        if ours:
            kept.append(LabeledSpan(span.doc, span.start, span.end, ours, span.text))
        else:
            ignored[span.label] += 1
    return MappedGold(tuple(kept), ignored)
