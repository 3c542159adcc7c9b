"""spaCy components for quantities (EDS-NLP style: recognition and binding as two pipes).

* ``medical_quantities``: every parsed :class:`~pipeline.quantities.Quantity` (numbers you
  can filter on) in ``doc._.quantities``, and as a span of ``doc.spans["quantities"]`` whose
  ``label_`` is its kind (percent, fraction, frequency_word …) and ``span._.quantity`` the
  quantity.
* ``medical_frequencies``: binds frequencies to the mentions (``doc._.entities``) they
  describe; the :class:`~pipeline.quantities.FrequencyStatement` list is in
  ``doc._.frequencies`` (subjects are ``Entity`` values with the mention's offsets).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..clinical.vocabulary import load_clinical_vocabulary
from ..context.sections import section_kind
from ..doc_values import doc_value, set_doc_value
from ..entities.component import align_tokens, char_spans, entities_of, offset_index
from ..normalize import normalize_text
from .binding import BOUND_KINDS, bind_frequencies
from .patterns import Quantity, find_quantities, load_quantity_resources

QUANTITY_KEY = "quantities"
_INDEX_KEY = ("zh_med", "quantity_index")


def _quantity_of(span: Span) -> Quantity | None:
    """The quantity a span of ``doc.spans["quantities"]`` shows."""
    quantities = doc_value(span.doc, "quantities") or []
    position = offset_index(span.doc, _INDEX_KEY, quantities, "kind").get((span.start_char, span.end_char, span.label_))
    return None if position is None else quantities[position]


for _name in ("quantities", "frequencies"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
# the text goes on from a numbered heading item of its list (2.单纯血压降低型): process sets it (rule 9c)
if not Doc.has_extension("after_heading_item"):
    Doc.set_extension("after_heading_item", default=False)
# that heading item's text (2.顿挫型): a type the shares of the text's first line may count (rule subtype)
if not Doc.has_extension("heading_item"):
    Doc.set_extension("heading_item", default="")
Span.set_extension("quantity", getter=_quantity_of, force=True)  # force: see entities


@Language.factory("medical_quantities", default_config={"span_views": True})
def make_medical_quantities(nlp: Language, name: str, *, span_views: bool) -> "MedicalQuantities":
    return MedicalQuantities(name, span_views=span_views)


@Language.factory("medical_frequencies", default_config={})
def make_medical_frequencies(nlp: Language, name: str) -> "MedicalFrequencies":
    return MedicalFrequencies(name)


class MedicalQuantities:
    """``span_views``: also show the quantities as ``doc.spans["quantities"]`` (see
    ``medical_entities``; batch runs read ``doc._.quantities`` only)."""

    def __init__(self, name: str, *, span_views: bool = True) -> None:
        self.name = name
        self.span_views = span_views
        self.resources = load_quantity_resources()

    def __call__(self, doc: Doc) -> Doc:
        text = doc_value(doc, "normalized_text") or normalize_text(doc.text)
        quantities = find_quantities(text, self.resources, normalized=True)
        if not self.span_views:
            set_doc_value(doc, "quantities", quantities)
            return doc
        doc = align_tokens(doc, {q.start for q in quantities} | {q.end for q in quantities})
        set_doc_value(doc, "quantities", quantities)
        doc.spans[QUANTITY_KEY] = char_spans(doc, [(q.start, q.end, q.kind, "") for q in quantities])
        return doc


class MedicalFrequencies:
    def __init__(self, name: str) -> None:
        self.name = name
        self.resources = load_quantity_resources()
        self.lab_subjects = load_clinical_vocabulary()

    def __call__(self, doc: Doc) -> Doc:
        quantities = doc_value(doc, "quantities") or []
        if not any(q.kind in BOUND_KINDS for q in quantities):
            set_doc_value(doc, "frequencies", [])  # nothing to bind (most sections): not even the mentions are read
            return doc
        text = doc_value(doc, "normalized_text") or normalize_text(doc.text)
        entities = entities_of(doc)
        measured = self.lab_subjects.percent_is_value
        about_causes = section_kind(doc_value(doc, "section") or "") == "cause"
        set_doc_value(doc, "frequencies", bind_frequencies(text, entities, quantities, self.resources, measured,
                                                           about_causes=about_causes,
                                                           record_disease=doc_value(doc, "record_disease") or "",
                                                           record_aliases=doc_value(doc, "record_aliases") or (),
                                                           after_heading_item=bool(doc_value(doc, "after_heading_item")),
                                                           heading_item=doc_value(doc, "heading_item") or "",
                                                           normalized=True))
        return doc
