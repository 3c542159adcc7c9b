"""The per-record work: one ``Record`` in, plain table rows out.

A plain function with no state beyond the loaded ``Language`` (dictionaries loaded once),
so it can run in worker processes or on a cluster and its rows can be pickled.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .entities import SPAN_KEY
from .reader import Record
from .sentences import split_sentences

Rows = dict[str, list[dict[str, Any]]]


def process_record(record: Record, nlp: Language) -> Rows:
    """Run the pipeline over every section of ``record`` and return its rows per table."""
    rows: Rows = defaultdict(list)
    texts = [section.text for section in record.sections]
    for section, doc in zip(record.sections, nlp.pipe(_docs(record, nlp))):
        sentences = split_sentences(section.text)
        sentence_starts = [start for start, _ in sentences]
        for ent in doc.spans[SPAN_KEY]:
            first, last = sentences[bisect_right(sentence_starts, ent.start_char) - 1]
            rows["mentions"].append(
                {
                    "record_id": record.record_id,
                    "disease": record.disease,
                    "section": section.path,
                    "start": ent.start_char,
                    "end": ent.end_char,
                    "text": ent.text,
                    "label": ent.label_,
                    "canonical": ent.kb_id_,
                    "source": ent._.source,
                    "nested": ent._.nested,
                    "assertion": ent._.assertion,
                    "modifier": ent._.modifier,
                    "about": ent._.about,
                    "cue": ent._.cue,
                    "cue_start": ent._.cue_start,
                    "cue_end": ent._.cue_end,
                    "sentence": section.text[first:last],
                }
            )
    rows["record_fields"] = [
        {"record_id": record.record_id, "field": field, "value": value} for field, value in record.fields
    ]
    rows["records"] = [
        {
            "record_id": record.record_id,
            "disease": record.disease,
            "source": record.source,
            "n_sections": len(record.sections),
            "n_chars": sum(len(text) for text in texts),
            "n_mentions": len(rows["mentions"]),
        }
    ]
    return dict(rows)


def _docs(record: Record, nlp: Language) -> Iterator[Doc]:
    """Tokenized Docs that carry the section path and record disease for the context stage."""
    for section in record.sections:
        doc = nlp.make_doc(section.text)
        doc._.section = section.path
        doc._.record_disease = record.disease
        yield doc
