"""The ``medical_clinical`` spaCy component: lab findings and therapy statements.

Runs after ``medical_context`` (it carries each finding's assertion over) and writes
``doc._.labs`` (:class:`LabFinding` list) and ``doc._.therapies``
(:class:`TherapyStatement` list); offsets index the section text.

A section about causes (``cause_info``, ``病因``: ``section_kind`` cause) gives no therapies: a
drug or procedure there is an exposure or a cause (约70%继发于使用烷化剂或放疗后, 长期服用复方炔诺酮片),
not a treatment. On 500 xywy records, a third of the therapy rows came from such sections. Nor
does a section about food (``food_info``: kind diet): its 维生素 and 当归 are nutrients and recipe
herbs (多食新鲜的水果和蔬菜,以保证维生素的摄入量; 黄氏当归羊肉汤).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..context.sections import section_kind
from ..doc_values import doc_value, set_doc_value
from ..entities.component import entities_of
from ..normalize import normalize_text
from ..quantities import component as _quantities  # noqa: F401 (registers doc._.quantities)
from ..quantities import relative_changes
from .labs import extract_labs
from .therapies import extract_therapies
from .vocabulary import load_clinical_vocabulary

for _name in ("labs", "therapies"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


#: Section kinds whose drugs and procedures are no treatments: causes and food.
_NO_THERAPY_KINDS = frozenset({"cause", "diet"})
#: Section kinds about treating the disease: a procedure there followed by 后, 时 … is its own.
_TREATMENT_KINDS = frozenset({"treatment", "treatment_tcm", "treatment_western", "nursing"})
#: Section kinds advising drugs, where one titling a numbered item is advised (not nursing, whose numbered
#: items are mostly recipes: 2、桔梗：多年生草本植物…, (4)雪梨膏：…; therapies review of medical_6, T6 class 7).
_ADVICE_KINDS = frozenset({"treatment", "treatment_western", "prevention"})


@Language.factory("medical_clinical", default_config={})
def make_medical_clinical(nlp: Language, name: str) -> "MedicalClinical":
    return MedicalClinical(name)


class MedicalClinical:
    def __init__(self, name: str) -> None:
        self.name = name
        self.vocabulary = load_clinical_vocabulary()
        self._kinds: dict[str, str] = {}  # section path → its kind

    def __call__(self, doc: Doc) -> Doc:
        text = doc_value(doc, "normalized_text") or normalize_text(doc.text)
        entities = entities_of(doc)
        quantities = doc_value(doc, "quantities") or []
        assertions = doc_value(doc, "assertions")
        if changes := relative_changes(text, quantities, entities):  # 较运动前下降超过15%: no share of patients
            shares = [q for q in quantities if id(q) not in changes]
        else:
            shares = quantities
        kind = self._kinds.get(section := doc_value(doc, "section") or "")
        if kind is None:
            kind = self._kinds[section] = section_kind(section)
        set_doc_value(doc, "labs", extract_labs(text, entities, shares, assertions, self.vocabulary,
                                                disease=doc_value(doc, "record_disease") or "", about_causes=kind == "cause"))
        therapies = [] if kind in _NO_THERAPY_KINDS else extract_therapies(
            text, entities, quantities, assertions, self.vocabulary, about_treatment=kind in _TREATMENT_KINDS,
            about_symptoms=kind == "symptom", advises_drugs=kind in _ADVICE_KINDS,
        )
        set_doc_value(doc, "therapies", therapies)
        return doc
