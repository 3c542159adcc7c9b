"""The plain value passed between stages: one dictionary or rule match in a section text.

Stages exchange these (not spaCy objects) so per-record work stays picklable and each
stage can be tested with hand-written entities.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Entity:
    """A mention: ``section_text[start:end] == text`` always holds."""

    start: int
    end: int
    text: str
    label: str
    canonical: str
    source: str = ""
