"""bind_frequencies on a long clause: a text without punctuation is one clause of thousands of
numbers and mentions; each number must not rescan every mention against every other number."""

from __future__ import annotations

import random
import time

from pipeline.entity import Entity
from pipeline.quantities import bind_frequencies
from pipeline.quantities.binding import _within_any


def _long_clause(n: int) -> tuple[str, list[Entity]]:
    text = "大病是一种疾病" + "患者可出现发热咳嗽头痛约30%有皮疹" * n
    found = []
    for term in ("发热", "咳嗽", "头痛", "皮疹"):
        start = text.find(term)
        while start >= 0:
            found.append(Entity(start, start + len(term), term, "symptom", term))
            start = text.find(term, start + 1)
    return text, sorted(found, key=lambda e: e.start)


def test_a_long_clause_without_punctuation_binds_in_time():
    # 300 numbers, 1,200 mentions in one clause: 20 s and more before (cubic), under 1 s now
    text, found = _long_clause(300)
    began = time.perf_counter()
    statements = bind_frequencies(text, found)
    assert time.perf_counter() - began < 8
    assert len(statements) == 300


def test_within_any_is_the_plain_scan():
    rng = random.Random(7)
    for size in (0, 3, 9, 40):
        spans = [Entity(s, s + rng.randint(1, 6), "x", "symptom", "x") for s in (rng.randint(0, 80) for _ in range(size))]
        within = _within_any(spans) or (lambda e: any(p.start <= e.start and e.end <= p.end for p in spans))
        for start in range(90):
            for length in range(1, 8):
                e = Entity(start, start + length, "y", "symptom", "y")
                assert within(e) == any(p.start <= e.start and e.end <= p.end for p in spans)
