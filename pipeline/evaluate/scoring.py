"""Pure scoring of predicted spans against gold spans: exact and overlap P/R/F1, confusion.

Two matching criteria, because a dictionary often finds the right thing with other borders
(gold 右下腹疼痛, ours 腹疼痛):

* **exact**: same document, start, end and label;
* **overlap**: same document and label, and the character ranges intersect. Recall counts
  gold spans that some prediction overlaps; precision counts predictions that overlap some
  gold span (so one long prediction covering two gold spans is one correct prediction).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

#: The confusion column for a gold span that no prediction overlaps.
NOTHING = "(none)"


@dataclass(frozen=True, slots=True, order=True)
class LabeledSpan:
    """``text == document_text[start:end]``; ``doc`` tells the documents of a set apart."""

    doc: int
    start: int
    end: int
    label: str
    text: str = ""

    def overlaps(self, other: "LabeledSpan") -> bool:
        return self.doc == other.doc and self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Counts:
    """Numerators and denominators of precision and recall (they differ for overlap)."""

    n_gold: int = 0
    n_pred: int = 0
    gold_found: int = 0
    pred_correct: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(
            self.n_gold + other.n_gold,
            self.n_pred + other.n_pred,
            self.gold_found + other.gold_found,
            self.pred_correct + other.pred_correct,
        )

    @property
    def precision(self) -> float:
        return self.pred_correct / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.gold_found / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Scores:
    """Per-label counts for both criteria, the confusion, and the strings behind the errors.

    ``confusion[(gold_label, our_label)]`` counts gold spans overlapped by a prediction of
    ``our_label`` (any label, each once per gold span; ``NOTHING`` when none overlaps).
    ``missed``/``spurious`` count ``(text, label)`` of gold spans / predictions without an
    exact match.
    """

    exact: dict[str, Counts]
    overlap: dict[str, Counts]
    confusion: Counter = field(default_factory=Counter)
    missed: Counter = field(default_factory=Counter)
    spurious: Counter = field(default_factory=Counter)

    @property
    def labels(self) -> list[str]:
        return sorted(self.exact)

    @property
    def micro_exact(self) -> Counts:
        return sum(self.exact.values(), Counts())

    @property
    def micro_overlap(self) -> Counts:
        return sum(self.overlap.values(), Counts())


def score(
    gold_spans: Iterable[LabeledSpan],
    predicted_spans: Iterable[LabeledSpan],
    labels: Collection[str] | None = None,
) -> Scores:
    """Score predictions against gold.

    Only ``labels`` (default: every label of either side) are scored; spans of other labels
    are left out, except that predictions of any label show in the confusion, where a gold
    symptom found as a disease is worth seeing.
    """
    every_prediction = sorted(set(predicted_spans))
    gold = sorted(s for s in set(gold_spans) if labels is None or s.label in labels)
    predicted = [s for s in every_prediction if labels is None or s.label in labels]
    gold_keys = {(s.doc, s.start, s.end, s.label) for s in gold}
    pred_keys = {(s.doc, s.start, s.end, s.label) for s in predicted}
    pred_by_doc: dict[int, list[LabeledSpan]] = defaultdict(list)
    gold_by_doc: dict[int, list[LabeledSpan]] = defaultdict(list)
    for span in every_prediction:
        pred_by_doc[span.doc].append(span)
    for span in gold:
        gold_by_doc[span.doc].append(span)

    exact: dict[str, Counts] = defaultdict(Counts)
    overlap: dict[str, Counts] = defaultdict(Counts)
    confusion: Counter = Counter()
    missed: Counter = Counter()
    spurious: Counter = Counter()
    for span in gold:
        hit = (span.doc, span.start, span.end, span.label) in pred_keys
        overlapping = [p for p in pred_by_doc[span.doc] if p.overlaps(span)]
        found = any(p.label == span.label for p in overlapping)
        exact[span.label] += Counts(n_gold=1, gold_found=int(hit))
        overlap[span.label] += Counts(n_gold=1, gold_found=int(found))
        for label in sorted({p.label for p in overlapping}) or [NOTHING]:
            confusion[(span.label, label)] += 1
        if not hit:
            missed[(span.text, span.label)] += 1
    for span in predicted:
        hit = (span.doc, span.start, span.end, span.label) in gold_keys
        correct = any(g.label == span.label and g.overlaps(span) for g in gold_by_doc[span.doc])
        exact[span.label] += Counts(n_pred=1, pred_correct=int(hit))
        overlap[span.label] += Counts(n_pred=1, pred_correct=int(correct))
        if not hit:
            spurious[(span.text, span.label)] += 1
    return Scores(dict(exact), dict(overlap), confusion, missed, spurious)
