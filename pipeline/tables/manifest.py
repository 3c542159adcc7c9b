"""``manifest.json``: what made a folder of tables.

Why: a table read months later, or sent to a colleague, must say which version of the
pipeline, which dictionaries, which segmenter and which input files produced it, so that
it can be produced again or told apart from a newer run. Everything in the manifest follows
from the inputs and the settings (no clock, no host name, no absolute path of this machine),
so the same run gives the same bytes, as the tables do. A dictionary or input file is named
by the SHA-256 of its bytes: an edited file changes the manifest even when its size does not.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping, Sequence
from importlib import metadata
from pathlib import Path

from .. import __version__
from ..reader.records import OWN_MANIFEST, display_safe
from ..resources import DEFAULT_DICTIONARY_DIR, PACKAGE_DICTIONARY_DIR, replace_file
from .schema import FORMATS, TABLES
from .staging import create_new, staging_name

#: The manifest's file name in the output folder (a folder of inputs skips it: ``pipeline.reader``).
MANIFEST = OWN_MANIFEST
#: Raised when the manifest's keys or their meaning change (README, "manifest.json").
MANIFEST_VERSION = 1
#: The libraries whose versions change what is found (segmentation, the Doc); pandas and
#: pyarrow only store the tables.
_LIBRARIES = ("jieba", "spacy")


def build_manifest(
    *,
    inputs: Sequence[Path] | str,
    dictionaries: str | os.PathLike[str] | None,
    segmenter: str,
    engine: str,
    formats: Sequence[str],
) -> dict[str, object]:
    """Everything but the row counts, which are known when the tables are finished.
    ``inputs`` is the list of files read, or the label of records given in memory
    (``<DataFrame>``, ``<list>``, ``<dict>``). ``dictionaries`` is the run's ``--dictionaries``
    folder (its entity files replace the shipped ones), beside the data folder every stage
    reads (the shipped one or ``ZH_MED_DICTIONARIES``)."""
    libraries = [*_LIBRARIES, "rjieba"] if segmenter == "rjieba" else list(_LIBRARIES)
    return {
        "manifest_version": MANIFEST_VERSION,
        "pipeline": {"name": "zh-med-pipeline", "version": __version__},
        "libraries": {name: _installed_version(name) for name in libraries},
        "segmenter": segmenter,
        "engine": engine,
        "formats": sorted(formats),  # csv,parquet and parquet,csv write the same tables
        "dictionaries": {
            "data": folder_digest(DEFAULT_DICTIONARY_DIR, shipped=DEFAULT_DICTIONARY_DIR.resolve() == PACKAGE_DICTIONARY_DIR),
            "entities": folder_digest(Path(dictionaries), shipped=False) if dictionaries else None,
        },
        "inputs": [{"path": inputs}] if isinstance(inputs, str) else [file_digest(path) for path in inputs],
    }


def manifest_bytes(manifest: Mapping[str, object], row_counts: Mapping[str, int]) -> bytes:
    """The manifest with the tables' row counts, as the UTF-8 JSON written to the folder."""
    return (json.dumps({**manifest, "tables": dict(row_counts)}, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_manifest(out: Path, content: bytes) -> Path:
    """Write ``content`` as ``out/manifest.json`` atomically (a temporary file renamed over it)."""
    temporary = staging_name(out, "manifest", "json")
    create_new(temporary)
    try:
        with open(temporary, "wb") as handle:
            handle.write(content)
        replace_file(temporary, out / MANIFEST)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return out / MANIFEST


def previous_tables(out: Path) -> list[Path]:
    """The table files and folders the run that wrote ``out/manifest.json`` wrote (its
    ``tables``, in its ``formats``; Parquet as ``<table>/`` for the dask engine), or none
    when there is no such manifest: what a new run may delete if it does not write them
    again (``staging.remove_stale_tables``). Only this pipeline's manifest names them, so a
    user's own ``records.csv`` in the folder is never one."""
    try:
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        engine, formats, tables = manifest["engine"], manifest["formats"], manifest["tables"]
    except (OSError, ValueError, TypeError, KeyError):
        return []
    if not (isinstance(formats, list) and isinstance(tables, dict)):
        return []
    return [
        out / table if engine == "dask" and fmt == "parquet" else out / f"{table}.{fmt}"
        for table in tables if table in TABLES
        for fmt in formats if fmt in FORMATS
    ]


def folder_digest(folder: Path, *, shipped: bool) -> dict[str, object]:
    """The SHA-256 of a dictionaries folder's data files (``**/*.tsv``: their paths in the
    folder and their bytes; ``None`` when one cannot be read), their number, and whether it is
    the shipped folder. The folder's own path is left out: it differs between checkouts of the
    same dictionaries."""
    names = sorted(os.fsencode(path.relative_to(folder).as_posix()) for path in folder.rglob("*.tsv") if path.is_file())
    digest = hashlib.sha256()
    try:
        for name in names:  # bytes, as a name that is no UTF-8 has them
            digest.update(name + b"\0" + _sha256(folder / os.fsdecode(name)).encode("ascii") + b"\n")
    except OSError:  # a file no stage reads (notes, an old copy) that cannot be read: no hash, no failed run
        return {"sha256": None, "files": len(names), "shipped": shipped}
    return {"sha256": digest.hexdigest(), "files": len(names), "shipped": shipped}


def file_digest(path: Path) -> dict[str, object]:
    """An input file as the user named it (relative paths stay relative) and as the tables'
    ``source`` column writes it (U+FFFD for a name's undecodable bytes), its size and SHA-256;
    ``null`` for both when it cannot be read (reading it reports that: an ``errors`` row)."""
    try:
        size, sha256 = path.stat().st_size, _sha256(path)
    except OSError:
        size = sha256 = None
    return {"path": display_safe(str(path)), "bytes": size, "sha256": sha256}


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _installed_version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None
