"""``clause_start`` and ``clause_end``: the marks of a text found once, then bisected."""

from __future__ import annotations

from pipeline.clauses import clause_end, clause_start


def test_clause_bounds_examples():
    text = "发热,头痛。皮疹常见"
    assert clause_start(text, 4, ",。") == 3 and clause_end(text, 4, ",。") == 5
    assert clause_start(text, 0, ",。") == 0 and clause_end(text, 0, ",。") == 2
    assert clause_start(text, 3, ",。") == 3  # a mark right before pos opens its clause
    assert clause_end(text, 8, ",。") == len(text) and clause_end(text, 99, ",。") == len(text)
    assert clause_start(text, -1, ",。") == 0 and clause_end(text, -1, ",。") == 2  # before the text: its start


def test_each_text_and_set_of_marks_has_its_own_marks():
    """Another text of the same length, or another set of marks, must not get the first one's marks."""
    first, second = "发热,头痛。皮疹常见", "发热头痛,皮疹。常见"
    assert clause_start(first, 8, ",。") == 6 and clause_start(second, 8, ",。") == 8
    assert clause_start(first, 8, ",") == 3 and clause_end(first, 3, ",") == len(first)


def test_a_floor_stops_the_clause_start_as_a_walk_back_would():
    text = "发热,头痛。皮疹常见"
    assert clause_start(text, 8, ",", floor=6) == 6  # the sentence's start, not the comma before it
    assert clause_start(text, 8, ",。", floor=2) == 6
    assert clause_start(text, 4, ",", floor=5) == 4  # at or before the floor: its own start


def test_a_clause_needs_marks():
    import pytest

    with pytest.raises(ValueError, match="at least one mark"):
        clause_start("发热,头痛", 3, "")
