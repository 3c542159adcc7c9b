"""The plain value passed between stages: one dictionary or rule match in a section text.

Stages exchange these (not spaCy objects) so per-record work stays picklable and each
stage can be tested with hand-written entities.
"""

from __future__ import annotations

from dataclasses import dataclass

from .serialization import packable


@packable
@dataclass(frozen=True, slots=True)
class Entity:
    """A mention. ``text`` is the matched text as the stages see it, normalized (``ＩＬ－６``
    reads ``IL-6``), so rules can compare it with dictionary forms; the original is
    ``section_text[start:end]``, at the same offsets (the tables quote that).

    ``nested`` marks a mention inside a longer one of another label, as CMeEE annotates
    them: ``[[血沉]test 增快]symptom``. ``abbr`` is set on the use of an abbreviation
    (``VEGF`` with canonical 血管内皮生长因子).
    """

    start: int
    end: int
    text: str
    label: str
    canonical: str
    source: str = ""
    nested: bool = False
    abbr: str = ""
