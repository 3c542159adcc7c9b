"""Turning evaluation results into text for people and plain dicts for ``--json``."""

from __future__ import annotations

import unicodedata
from typing import Any

from .evaluate import EvalReport
from .scoring import Counts
from .silver import SilverReport

TOP = 20


def _prf(counts: Counts) -> dict[str, Any]:
    return {
        "precision": round(counts.precision, 4),
        "recall": round(counts.recall, 4),
        "f1": round(counts.f1, 4),
        "n_gold": counts.n_gold,
        "n_pred": counts.n_pred,
    }


def eval_to_dict(report: EvalReport, top: int = TOP) -> dict[str, Any]:
    scores = report.scores
    return {
        "gold": report.path,
        "format": report.fmt,
        "documents": report.n_docs,
        "labels": list(report.labels),
        "exact": {"micro": _prf(scores.micro_exact), **{label: _prf(scores.exact[label]) for label in report.labels}},
        "overlap": {"micro": _prf(scores.micro_overlap), **{label: _prf(scores.overlap[label]) for label in report.labels}},
        "confusion": [
            {"gold": gold, "ours": ours, "count": n} for (gold, ours), n in sorted(scores.confusion.items())
        ],
        "missed": [{"text": t, "label": label, "count": n} for (t, label), n in scores.missed.most_common(top)],
        "spurious": [{"text": t, "label": label, "count": n} for (t, label), n in scores.spurious.most_common(top)],
        "ignored_gold": dict(sorted(report.ignored_gold.items())),
        "unscored_ours": list(report.unscored_ours),
        "misaligned": len(report.misaligned),
    }


def format_eval(report: EvalReport, top: int = TOP) -> str:
    scores = report.scores
    lines = [
        f"gold: {report.path} ({report.fmt}, {report.n_docs} texts)",
        f"scored labels (in the gold after mapping and on our side): {', '.join(report.labels)}",
        f"not scored, gold types: {_counted(report.ignored_gold) or 'none'}",
        f"not scored, our labels the gold does not annotate: {', '.join(report.unscored_ours) or 'none'}",
        f"misaligned gold mentions skipped: {len(report.misaligned)}",
        "",
        f"{'label':<12} {'n_gold':>6} {'n_pred':>6}   {'exact P':>7} {'R':>5} {'F1':>5}   {'overlap P':>9} {'R':>5} {'F1':>5}",
    ]
    rows = [(label, scores.exact[label], scores.overlap[label]) for label in report.labels]
    rows.append(("micro", scores.micro_exact, scores.micro_overlap))
    for label, exact, overlap in rows:
        lines.append(
            f"{label:<12} {exact.n_gold:>6} {exact.n_pred:>6}   {exact.precision:>7.3f} {exact.recall:>5.3f} {exact.f1:>5.3f}"
            f"   {overlap.precision:>9.3f} {overlap.recall:>5.3f} {overlap.f1:>5.3f}"
        )
    lines += ["", "confusion (gold label → our label over it; (none) = nothing found):"]
    for (gold, ours), n in sorted(scores.confusion.items(), key=lambda item: (item[0][0], -item[1])):
        lines.append(f"  {gold:<12} → {ours:<12} {n}")
    lines += ["", f"most frequent missed (gold without an exact match), top {top}:"]
    lines += [f"  {n:>4}  {text}  ({label})" for (text, label), n in scores.missed.most_common(top)]
    lines += ["", f"most frequent spurious (ours without an exact match), top {top}:"]
    lines += [f"  {n:>4}  {text}  ({label})" for (text, label), n in scores.spurious.most_common(top)]
    return "\n".join(lines)


def silver_to_dict(report: SilverReport, top: int = TOP) -> dict[str, Any]:
    return {
        "records": report.n_records,
        "lists": [
            {"list": t.path, "label": t.label, "items": t.items, "in_text": t.in_text, "found": t.found, "recall": None if t.recall is None else round(t.recall, 4)}
            for t in report.totals
        ],
        "misses": [vars_of_miss(m) for m in report.misses[:top]],
    }


def vars_of_miss(miss: Any) -> dict[str, str]:
    return {name: getattr(miss, name) for name in miss.__slots__}


def format_silver(report: SilverReport, top: int = TOP) -> str:
    lines = [
        f"silver check over {report.n_records} records: items of a record's own lists that occur in its texts,",
        "found by one of our mentions with the list's label (same text or covering it)",
        "",
        f"{'list':<30} {'label':<9} {'items':>6} {'in text':>8} {'found':>6} {'recall':>7}",
    ]
    # the lists of the records' layout: eval_label_maps.tsv lists those of several layouts
    shown = [t for t in report.totals if t.items] or report.totals
    for t in shown:
        lines.append(f"{_left(t.path, 30)} {t.label:<9} {t.items:>6} {t.in_text:>8} {t.found:>6} {_share(t.recall)}")
    in_text = sum(t.in_text for t in report.totals)
    found = sum(t.found for t in report.totals)
    all_recall = found / in_text if in_text else None
    lines.append(f"{'all':<30} {'':<9} {sum(t.items for t in report.totals):>6} {in_text:>8} {found:>6} {_share(all_recall)}")
    if not in_text:
        lines.append(f"(n/a: no listed item occurs in the texts; the lists read are the record keys of {RECORD_LISTS_HINT})")
    if report.misses:  # no heading over nothing
        lines += ["", f"some misses (first {top}):"]
    for miss in report.misses[:top]:
        instead = f" — we have {miss.instead}" if miss.instead else ""
        lines.append(f"  [{miss.disease}] {miss.item} ({miss.label}){instead}: …{miss.context}…")
    return "\n".join(lines)


RECORD_LISTS_HINT = "dictionaries/eval_label_maps.tsv, format xywy-records"


def _left(text: str, width: int) -> str:
    """``text`` padded to ``width`` terminal columns: a Chinese character takes two (症状, 检查)."""
    columns = sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)
    return text + " " * max(width - columns, 0)


def _share(value: float | None) -> str:
    return f"{'n/a':>7}" if value is None else f"{value:>7.3f}"


def _counted(counter: Any) -> str:
    return ", ".join(f"{key} {n}" for key, n in sorted(counter.items(), key=lambda item: -item[1]))
