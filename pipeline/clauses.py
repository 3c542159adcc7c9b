"""Where the clause holding a position starts and ends: a clause runs between two marks (commas,
stops …), each caller naming its own marks. The marks of a text are found once and then bisected:
a clause bound is asked for many times per text, and a search for the last mark before a position
runs back to the text's start when the clause has none."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left


@functools.lru_cache(maxsize=16)
def mark_positions(text: str, marks: str) -> tuple[int, ...]:
    """Where each of the characters ``marks`` stands in ``text``, in order: once per text and set of marks
    (a few texts are read at a time, each with a few sets of marks)."""
    if not marks:
        raise ValueError("a clause needs at least one mark to end it")
    return tuple(m.start() for m in re.finditer(f"[{re.escape(marks)}]", text))


def clause_start(text: str, pos: int, marks: str, floor: int = 0) -> int:
    """Where the clause holding ``pos`` starts: right after the last of ``marks`` before ``pos``, but not before
    ``floor`` (a sentence's start), as a walk back from ``pos`` stopping there would: a ``pos`` at or before
    ``floor`` starts its own clause (a negative one: 0)."""
    if pos <= floor:
        return max(pos, 0)
    found = mark_positions(text, marks)
    at = bisect_left(found, pos)
    return max(found[at - 1] + 1, floor) if at else floor


def clause_end(text: str, pos: int, marks: str) -> int:
    """Where the clause holding ``pos`` ends: at the first of ``marks`` from ``pos`` on, or the text's end."""
    found = mark_positions(text, marks)
    at = bisect_left(found, pos)
    return found[at] if at < len(found) else len(text)
