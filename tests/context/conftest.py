"""Fixtures for context tests: building entities by hand."""

from __future__ import annotations

import pytest

from pipeline.entity import Entity


def mark(text: str, *terms: str | tuple[str, str]) -> list[Entity]:
    """Entities for ``terms`` found in ``text`` left to right (each search starts after the end of the
    previous hit, so repeated words are told apart by order). A term is ``"腹胀"``
    (label symptom) or ``("多发性骨髓瘤", "disease")``."""
    entities, pos = [], 0
    for term in terms:
        word, label = (term, "symptom") if isinstance(term, str) else term
        start = text.index(word, pos)
        entities.append(Entity(start, start + len(word), word, label, word))
        pos = start + len(word)
    return entities


@pytest.fixture(name="mark")
def mark_fixture():
    return mark
