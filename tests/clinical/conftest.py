"""Fixtures for clinical tests: running the real entity and context stages over a sentence."""

from __future__ import annotations

import functools

import pytest

from pipeline.context import assign_context
from pipeline.entity import Entity
from pipeline.normalize import normalize_text
from pipeline.quantities import find_quantities


@functools.cache
def _nlp():
    import pipeline

    return pipeline.load()


def analyse(text: str, section: str = "", disease: str = ""):
    """``(norm, entities, quantities, assertions)`` of ``text`` as the pipeline sees it."""
    norm = normalize_text(text)
    doc = _nlp()(norm)
    entities = [
        Entity(s.start_char, s.end_char, s.text, s.label_, s.kb_id_, s._.source, s._.nested)
        for s in doc.spans["medical"]
    ]
    assertions = assign_context(norm, entities, section=section, record_disease=disease)
    return norm, entities, find_quantities(norm), assertions


@pytest.fixture(name="analyse")
def analyse_fixture():
    return analyse
