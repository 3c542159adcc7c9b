"""The ``medical_context`` spaCy component: ConText-style assertion on every entity.

Reads the section path, the record's disease and its other names from ``doc._.section``,
``doc._.record_disease`` and ``doc._.record_aliases`` (set them before running the pipe; they
default to "" and ()), and
puts one :class:`~pipeline.context.assertion.Assertion` per mention in ``doc._.assertions``
(parallel to ``doc._.entities``; mentions replaced later by ``set_mentions`` show
``present`` until the pipe runs again). Each span of ``doc.spans["medical"]`` shows its mention's
``._.assertion``, ``._.modifier``, ``._.about`` and the cue that decided it (``._.cue``,
``._.cue_start``, ``._.cue_end``: explain mode).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..doc_values import doc_value, set_doc_value
from ..entities.component import mention_position
from ..normalize import normalize_text
from .assertion import PRESENT, assign_context
from .rules import load_context_rules, load_disease_heads, load_disease_prefixes, load_heading_rules

for _name, _default in (("section", ""), ("record_disease", ""), ("record_aliases", ()), ("assertions", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)

#: ``user_data`` key of the ``doc._.entities`` list the assertions were decided for.
_DECIDED_FOR = ("zh_med", "assertions_for")


def _assertion_field(field: str) -> Callable[[Span], Any]:
    def get(span: Span) -> Any:
        doc = span.doc
        decided, entities = doc.user_data.get(_DECIDED_FOR), doc_value(doc, "entities")
        current = decided is entities  # not outdated by set_mentions
        if not current and decided is not None and decided == entities:  # a copy, after a round trip through bytes
            doc.user_data[_DECIDED_FOR], current = entities, True
        position = mention_position(span) if current else None
        assertions = doc_value(doc, "assertions")
        if position is None or assertions is None:
            return getattr(PRESENT, field)
        return getattr(assertions[position], field)

    return get


for _field in ("assertion", "modifier", "about", "cue", "cue_start", "cue_end"):
    Span.set_extension(_field, getter=_assertion_field(_field), force=True)  # force: see entities


@Language.factory("medical_context", default_config={})
def make_medical_context(nlp: Language, name: str) -> "MedicalContext":
    return MedicalContext(name)


class MedicalContext:
    def __init__(self, name: str) -> None:
        self.name = name
        # read (and validated) now: a bad data file is a usage error before any record,
        # not an error on each record that needs it
        load_context_rules()
        load_heading_rules()
        load_disease_prefixes()
        load_disease_heads()

    def __call__(self, doc: Doc) -> Doc:
        entities = doc_value(doc, "entities") or []
        doc.user_data[_DECIDED_FOR] = entities
        if not entities:
            set_doc_value(doc, "assertions", [])
            return doc
        text = doc_value(doc, "normalized_text") or normalize_text(doc.text)
        assertions = assign_context(
            text, list(entities), section=doc_value(doc, "section"), record_disease=doc_value(doc, "record_disease"),
            record_aliases=doc_value(doc, "record_aliases") or (),
        )
        set_doc_value(doc, "assertions", assertions)
        return doc
