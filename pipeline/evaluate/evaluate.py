"""Running the pipeline over a gold set and scoring it (``python -m pipeline eval``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from ..errors import PipelineError
from ..lexicon.loader import load_lexicon
from ..resources import dictionary_dir
from .gold import GoldSet, default_label_map, map_labels, read_gold
from .scoring import LabeledSpan, Scores, score


@dataclass(frozen=True)
class EvalReport:
    """What ``eval`` prints: scores on the shared labels and everything left out, counted."""

    path: str
    fmt: str
    n_docs: int
    labels: tuple[str, ...]  # scored: present in the gold (after mapping) and on our side
    scores: Scores
    ignored_gold: Counter  # gold type → spans not scored (no counterpart, or a label we lack)
    unscored_ours: tuple[str, ...]  # our labels the gold set does not annotate
    misaligned: tuple[LabeledSpan, ...]


def predict(nlp: Language, texts: Sequence[str], batch_size: int = 64) -> list[LabeledSpan]:
    """Our entities of every text, as spans (``doc`` = index in ``texts``)."""
    spans: list[LabeledSpan] = []
    for index, doc in enumerate(nlp.pipe(texts, batch_size=batch_size)):
        spans.extend(LabeledSpan(index, e.start_char, e.end_char, e.label_, e.text) for e in doc.ents)
    return spans


def our_labels(dictionaries: Path, predicted: Iterable[LabeledSpan]) -> set[str]:
    """Labels the pipeline can produce: those of its dictionaries and of its predictions."""
    lexicon = load_lexicon(Path(dictionaries))
    return {entry.label for entry in lexicon.entries.values()} | {span.label for span in predicted}


def evaluate_gold(
    gold: GoldSet,
    predicted: Sequence[LabeledSpan],
    mapping: dict[str, str],
    ours: set[str],
    *,
    path: str = "",
    fmt: str = "",
) -> EvalReport:
    """Score ``predicted`` against ``gold`` relabelled by ``mapping``, on the labels both have."""
    mapped = map_labels(gold.spans, mapping)
    gold_labels = {span.label for span in mapped.spans}
    labels = tuple(sorted(gold_labels & ours))
    if not labels:
        raise PipelineError("E183", gold=sorted(gold_labels), ours=sorted(ours))
    ignored = Counter(mapped.ignored)
    for span in gold.spans:
        if mapping.get(span.label) and mapping[span.label] not in labels:
            ignored[span.label] += 1
    return EvalReport(
        path=path,
        fmt=fmt,
        n_docs=len(gold.texts),
        labels=labels,
        scores=score(mapped.spans, predicted, labels),
        ignored_gold=ignored,
        unscored_ours=tuple(sorted(ours - gold_labels)),
        misaligned=gold.misaligned,
    )


def run_eval(
    path: str | Path,
    fmt: str,
    *,
    overrides: dict[str, str] | None = None,
    dictionaries: str | Path | None = None,
    nlp: Language | None = None,
) -> EvalReport:
    """Read the gold file, run the pipeline over its texts, and score."""
    from ..language import load

    directory = dictionary_dir(dictionaries)
    gold = read_gold(path, fmt)
    mapping = {**default_label_map(fmt), **(overrides or {})}
    nlp = nlp or load(directory)
    predicted = predict(nlp, gold.texts)
    return evaluate_gold(gold, predicted, mapping, our_labels(directory, predicted), path=str(path), fmt=fmt)
