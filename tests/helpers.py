"""Small helpers shared by tests (imported as ``tests.helpers``)."""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
MINI_DICTIONARIES = FIXTURES / "dictionaries"
