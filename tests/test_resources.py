"""Where the shipped data are found: in a checkout, and in an install that is none."""

import pytest

from pipeline.resources import PACKAGE_DICTIONARY_DIR, PACKAGE_SEEDS_DIR, shipped_folder
from tests.conftest import PROJECT_ROOT


def test_a_checkout_reads_the_dictionaries_and_seeds_where_they_are():
    assert PACKAGE_DICTIONARY_DIR == PROJECT_ROOT / "dictionaries"
    assert PACKAGE_SEEDS_DIR == PROJECT_ROOT / "seeds"


def test_an_install_reads_the_copy_inside_the_package(tmp_path):
    # pip install . (no checkout): pyproject.toml's package-dir puts dictionaries/ in pipeline/data/
    package = tmp_path / "site-packages" / "pipeline"
    (package / "data" / "dictionaries").mkdir(parents=True)
    assert shipped_folder("dictionaries", package) == package / "data" / "dictionaries"
    assert shipped_folder("seeds", package) == tmp_path / "site-packages" / "seeds"  # none inside: the checkout's place


def test_pyproject_ships_every_subpackage_and_the_data_folders():
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    # a UX review (2026-12-04): `pip install .` gave an install without its dictionaries (E026)
    setuptools = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    subpackages = {
        ".".join(path.parent.relative_to(PROJECT_ROOT).parts) for path in (PROJECT_ROOT / "pipeline").rglob("__init__.py")
    }
    assert subpackages <= set(setuptools["packages"])
    for package, folder in setuptools["package-dir"].items():
        assert package in setuptools["packages"] and (PROJECT_ROOT / folder).is_dir()
        globs = setuptools["package-data"][package]
        shipped = {path for pattern in globs for path in (PROJECT_ROOT / folder).glob(pattern)}
        tracked = {path for path in (PROJECT_ROOT / folder).rglob("*") if path.is_file() and path.suffix in (".tsv", ".json", ".md")}
        assert tracked and shipped == tracked
