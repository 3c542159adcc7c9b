"""Clinical statements read from section texts: lab findings and treatments.

Pure functions over normalized text, :class:`~pipeline.entity.Entity` mentions and
:class:`~pipeline.quantities.Quantity` values; the word lists are TSV data files.
"""

from .labs import LabFinding, extract_labs, no_share_of_patients
from .therapies import TherapyStatement, extract_therapies, is_exposure, named_as_causes
from .vocabulary import ClinicalVocabulary, DoseSchedule, load_clinical_vocabulary

__all__ = [
    "ClinicalVocabulary",
    "DoseSchedule",
    "LabFinding",
    "TherapyStatement",
    "extract_labs",
    "extract_therapies",
    "is_exposure",
    "load_clinical_vocabulary",
    "named_as_causes",
    "no_share_of_patients",
]
