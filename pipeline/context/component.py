"""The ``medical_context`` spaCy component: ConText-style assertion on every entity.

Reads the section path and the record's disease from ``doc._.section`` and
``doc._.record_disease`` (set them before running the pipe; both default to ""), and
writes on each entity span of ``doc.spans["medical"]`` ``._.assertion``, ``._.modifier``, ``._.about`` and the cue
that decided it (``._.cue``, ``._.cue_start``, ``._.cue_end``: explain mode). The
``Assertion`` values, parallel to the span group, are also kept in ``doc._.assertions``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..entities.component import SPAN_KEY, entities_of
from ..normalize import normalize_text
from .assertion import assign_context

for _name, _default in (("section", ""), ("record_disease", ""), ("assertions", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)
for _name, _default in (
    ("assertion", "present"),
    ("modifier", "present"),
    ("about", ""),
    ("cue", ""),
    ("cue_start", None),
    ("cue_end", None),
):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=_default)


@Language.factory("medical_context", default_config={})
def make_medical_context(nlp: Language, name: str) -> "MedicalContext":
    return MedicalContext(name)


class MedicalContext:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        spans = list(doc.spans.get(SPAN_KEY, ()))
        if not spans:
            return doc
        text = doc._.normalized_text or normalize_text(doc.text)
        entities = entities_of(doc)
        decisions = assign_context(text, entities, section=doc._.section, record_disease=doc._.record_disease)
        doc._.assertions = decisions
        for span, decision in zip(spans, decisions):
            span._.assertion = decision.assertion
            span._.modifier = decision.modifier
            span._.about = decision.about
            span._.cue = decision.cue
            span._.cue_start = decision.cue_start
            span._.cue_end = decision.cue_end
        return doc
