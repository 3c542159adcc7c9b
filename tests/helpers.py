"""Small helpers shared by tests (imported as ``tests.helpers``)."""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
MINI_DICTIONARIES = FIXTURES / "dictionaries"


def therapy_rows(text: str, section: str) -> list[tuple]:
    """The therapies of one record holding ``text`` in ``section``: (therapy, route, outcome)."""
    import pipeline

    table = pipeline.run([{"name": "测试病", section: text}])["therapies"]
    return [(r.therapy, r.route if isinstance(r.route, str) else None, r.outcome if isinstance(r.outcome, str) else None)
            for r in table.itertuples()]
