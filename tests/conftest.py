"""Shared fixtures. Tests that need ``../shared/data`` skip with a reason when it is absent
(a fresh clone), and run whenever it is present.

The tests keep their disk cache (jieba's prefix dictionaries, parsed lexicons of their
small dictionaries) in a ``tests`` folder of their own inside the cache folder: the cache
keeps the few most recent files per kind, and the tests' many small dictionaries would
otherwise push out the user's. Set here, before any test loads a Language; subprocesses
(the CLI tests) inherit it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.disk_cache import default_cache_dir

os.environ["ZH_MED_CACHE"] = str(default_cache_dir() / "tests")

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
