"""Stage 4a: dictionary entities (symptoms, diseases, drugs, tests, procedures …)."""

from .component import SPAN_KEY, MedicalEntities
from .matcher import DictionaryMatcher

__all__ = ["SPAN_KEY", "DictionaryMatcher", "MedicalEntities"]
