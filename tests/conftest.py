"""Shared fixtures. Tests that need ``../shared/data`` skip with a reason when it is absent
(a fresh clone), and run whenever it is present."""

from __future__ import annotations

from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = PROJECT_ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"real-data check: {SHARED_DATA} is not present (fresh clone)")
    return SHARED_DATA


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return PROJECT_ROOT / "seeds" / "poems_syndrome.json"
