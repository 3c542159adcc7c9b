"""spaCy components for quantities (EDS-NLP style: recognition and binding as two pipes).

* ``medical_quantities``: every quantity as a span of ``doc.spans["quantities"]`` whose
  ``label_`` is its kind (percent, fraction, frequency_word …) and ``span._.quantity`` the
  parsed :class:`~pipeline.quantities.Quantity` (numbers you can filter on).
* ``medical_frequencies``: binds frequencies to the mentions of ``doc.spans["medical"]``
  they describe; the :class:`~pipeline.quantities.FrequencyStatement` list is in
  ``doc._.frequencies`` (subjects are ``Entity`` values with the mention's offsets).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..entities.component import align_tokens, entities_of
from ..normalize import normalize_text
from .binding import bind_frequencies
from .patterns import find_quantities, load_quantity_resources

QUANTITY_KEY = "quantities"

if not Span.has_extension("quantity"):
    Span.set_extension("quantity", default=None)
if not Doc.has_extension("frequencies"):
    Doc.set_extension("frequencies", default=None)


@Language.factory("medical_quantities", default_config={})
def make_medical_quantities(nlp: Language, name: str) -> "MedicalQuantities":
    return MedicalQuantities(name)


@Language.factory("medical_frequencies", default_config={})
def make_medical_frequencies(nlp: Language, name: str) -> "MedicalFrequencies":
    return MedicalFrequencies(name)


class MedicalQuantities:
    def __init__(self, name: str) -> None:
        self.name = name
        self.resources = load_quantity_resources()

    def __call__(self, doc: Doc) -> Doc:
        text = doc._.normalized_text or normalize_text(doc.text)
        quantities = find_quantities(text, self.resources)
        doc = align_tokens(doc, {q.start for q in quantities} | {q.end for q in quantities})
        spans = []
        for quantity in quantities:
            span = doc.char_span(quantity.start, quantity.end, label=quantity.kind)
            span._.quantity = quantity
            spans.append(span)
        doc.spans[QUANTITY_KEY] = spans
        return doc


class MedicalFrequencies:
    def __init__(self, name: str) -> None:
        self.name = name
        self.resources = load_quantity_resources()

    def __call__(self, doc: Doc) -> Doc:
        text = doc._.normalized_text or normalize_text(doc.text)
        entities = entities_of(doc)
        quantities = [span._.quantity for span in doc.spans.get(QUANTITY_KEY, ())]
        doc._.frequencies = bind_frequencies(text, entities, quantities, self.resources)
        return doc
