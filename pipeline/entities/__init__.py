"""Stage 4a: dictionary entities (symptoms, diseases, drugs, tests, procedures …)."""

from .component import MedicalEntities
from .matcher import DictionaryMatcher

__all__ = ["DictionaryMatcher", "MedicalEntities"]
