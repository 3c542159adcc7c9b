"""Silver check: do we find, in a record's own texts, the items of the record's own lists?

An xywy record lists its symptoms, checks, drugs and complications (``Record.fields``). An
item that literally occurs in one of the record's sections should be found there by a
mention of the list's label, with that exact text or covering it (symptom ``头痛`` inside
our ``剧烈头痛``). No human labelled these texts, so this is recall on silver labels only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.language import Language

from ..errors import PipelineError
from ..normalize import normalize_text
from ..reader import ReadIssue, Record, readable_records
from ..resources import DEFAULT_DICTIONARY_DIR, dictionary_dir
from .gold import default_label_map

RECORD_FORMAT = "xywy-records"


@dataclass(frozen=True, slots=True)
class ListTotals:
    path: str  # the list's key path in the record (``symptom_data/symptoms``)
    label: str
    items: int  # items listed (distinct per record)
    in_text: int  # … that occur literally in a section of the record
    found: int  # … covered there by one of our mentions with ``label``

    @property
    def recall(self) -> float | None:
        """None when no item occurs in the texts: nothing was checked, which is not 0."""
        return self.found / self.in_text if self.in_text else None


@dataclass(frozen=True, slots=True)
class SilverMiss:
    disease: str
    path: str
    item: str
    label: str
    instead: str  # what we found over the item's first occurrence (``text/label``), or ""
    context: str


@dataclass(frozen=True)
class SilverReport:
    n_records: int
    totals: tuple[ListTotals, ...]
    misses: tuple[SilverMiss, ...]


@cache
def record_list_labels(directory: Path = DEFAULT_DICTIONARY_DIR) -> dict[str, str]:
    """List path → label, from ``eval_label_maps.tsv`` (format ``xywy-records``)."""
    return default_label_map(RECORD_FORMAT, directory)


def silver_check(records: Iterable[Record], nlp: Language, lists: dict[str, str]) -> SilverReport:
    """Check every record; ``lists`` maps a list path to the label its items should get."""
    counts = {path: [0, 0, 0] for path in lists}
    misses: list[SilverMiss] = []
    n_records = 0
    for record in records:
        n_records += 1
        items = {(path, normalize_text(item.strip())) for path, item in record.fields if path in lists and item.strip()}
        if not items:
            continue
        texts = [normalize_text(section.text) for section in record.sections]
        docs = None
        for path, item in sorted(items):
            label = lists[path]
            counts[path][0] += 1
            where = [(i, text.find(item)) for i, text in enumerate(texts) if item in text]
            if not where:
                continue
            counts[path][1] += 1
            if docs is None:
                docs = list(nlp.pipe(texts))
            if any(_covered(docs[i], text_index, item, label) for i, _ in where for text_index in _occurrences(texts[i], item)):
                counts[path][2] += 1
                continue
            i, start = where[0]
            instead = [f"{e.text}/{e.label_}" for e in docs[i].ents if e.start_char < start + len(item) and start < e.end_char]
            context = texts[i][max(0, start - 15) : start + len(item) + 15]
            misses.append(SilverMiss(record.disease, path, item, label, " ".join(instead), context))
    totals = tuple(ListTotals(path, lists[path], *counts[path]) for path in lists)
    return SilverReport(n_records, totals, tuple(misses))


def run_silver(
    inputs: Iterable[str | Path],
    *,
    dictionaries: str | Path | None = None,
    nlp: Language | None = None,
    issues: list[ReadIssue] | None = None,
) -> SilverReport:
    """Read records and check them with the pipeline. What could not be read is skipped,
    and added to ``issues`` when given."""
    from ..language import load

    directory = dictionary_dir(dictionaries)
    inputs = list(inputs)
    records = list(readable_records(inputs, [] if issues is None else issues))
    if not records:
        raise PipelineError("E187", path=", ".join(map(str, inputs)))
    return silver_check(records, nlp or load(directory), record_list_labels())


def _occurrences(text: str, item: str) -> list[int]:
    found, start = [], text.find(item)
    while start >= 0:
        found.append(start)
        start = text.find(item, start + 1)
    return found


def _covered(doc, start: int, item: str, label: str) -> bool:
    end = start + len(item)
    return any(e.label_ == label and e.start_char <= start and end <= e.end_char for e in doc.ents)
