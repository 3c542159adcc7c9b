"""``clause_start`` and ``clause_end``: one regex scan each, the same positions as a search per mark."""

from __future__ import annotations

import random

from pipeline.clinical.vocabulary import CLAUSE_MARKS, clause_end, clause_start


def _start_per_mark(norm: str, pos: int) -> int:
    return max(norm.rfind(mark, 0, pos) for mark in CLAUSE_MARKS) + 1


def _end_per_mark(norm: str, pos: int) -> int:
    return min((i for mark in CLAUSE_MARKS if (i := norm.find(mark, pos)) >= 0), default=len(norm))


def test_clause_bounds_examples():
    norm = "口服泼尼松，每日3次。\n静滴5d"
    assert clause_start(norm, 7) == 6 and clause_end(norm, 7) == 10
    assert clause_start(norm, 0) == 0 and clause_end(norm, 0) == 5
    assert clause_start(norm, len(norm)) == 12 and clause_end(norm, 12) == len(norm)
    assert clause_start("", 3) == 0 and clause_end("", 3) == 0


def test_clause_bounds_agree_with_a_search_per_mark_also_for_negative_and_far_positions():
    rng = random.Random(13)
    alphabet = "ab治疗 \t" + CLAUSE_MARKS
    for _ in range(20000):
        norm = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        pos = rng.randint(-15, 15)
        assert clause_start(norm, pos) == _start_per_mark(norm, pos), (norm, pos)
        assert clause_end(norm, pos) == _end_per_mark(norm, pos), (norm, pos)


def test_a_labs_clause_start_stops_at_its_floor_as_a_backward_walk_does():
    from pipeline.clinical.labs import _CLAUSE_END
    from pipeline.clinical.vocabulary import clause_start as _clause_start

    def walked(norm: str, pos: int, floor: int) -> int:
        while pos > floor and norm[pos - 1] not in _CLAUSE_END:
            pos -= 1
        return pos

    rng = random.Random(8)
    alphabet = "ab治 \t" + CLAUSE_MARKS
    for _ in range(20000):
        norm = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        pos, floor = rng.randint(0, len(norm)), rng.randint(0, 13)
        assert _clause_start(norm, pos, floor) == walked(norm, pos, floor), (norm, pos, floor)
