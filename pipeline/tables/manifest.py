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
import re
from collections.abc import Mapping, Sequence
from importlib import metadata
from pathlib import Path

from .. import __version__
from ..resources import PACKAGE_DICTIONARY_DIR, replace_file
from .staging import create_new, staging_name

#: The manifest's file name in the output folder.
MANIFEST = "manifest.json"
#: Raised when the manifest's keys or their meaning change (README, "manifest.json").
MANIFEST_VERSION = 1
#: The libraries whose versions change what is found (segmentation, the Doc); pandas and
#: pyarrow only store the tables.
_LIBRARIES = ("jieba", "spacy")
#: What a file name's undecodable bytes become in Python (``surrogateescape``): no JSON
#: encoder writes them as UTF-8.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def build_manifest(
    *,
    inputs: Sequence[Path] | str,
    dictionaries: Path,
    entity_dictionaries: Path | None,
    segmenter: str,
    engine: str,
    formats: Sequence[str],
) -> dict[str, object]:
    """Everything but the row counts, which are known when the tables are finished.
    ``inputs`` is the list of files read, or the label of records given in memory
    (``<DataFrame>``, ``<list>``, ``<dict>``). ``dictionaries`` is the data folder every stage
    reads (the shipped one or ``ZH_MED_DICTIONARIES``); ``entity_dictionaries`` the folder
    given with ``--dictionaries``, whose entity files replace the shipped ones."""
    libraries = [*_LIBRARIES, "rjieba"] if segmenter == "rjieba" else list(_LIBRARIES)
    return {
        "manifest_version": MANIFEST_VERSION,
        "pipeline": {"name": "zh-med-pipeline", "version": __version__},
        "libraries": {name: _installed_version(name) for name in libraries},
        "segmenter": segmenter,
        "engine": engine,
        "formats": list(formats),
        "dictionaries": {
            "data": folder_digest(dictionaries, shipped=dictionaries.resolve() == PACKAGE_DICTIONARY_DIR),
            "entities": folder_digest(entity_dictionaries, shipped=False) if entity_dictionaries is not None else None,
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


def folder_digest(folder: Path, *, shipped: bool) -> dict[str, object]:
    """The SHA-256 of a dictionaries folder's data files (``**/*.tsv``: their paths in the
    folder and their bytes), their number, and whether it is the shipped folder. The folder's
    own path is left out: it differs between checkouts of the same dictionaries."""
    files = sorted((path for path in folder.rglob("*.tsv") if path.is_file()), key=lambda path: path.relative_to(folder).as_posix())
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.relative_to(folder).as_posix().encode("utf-8") + b"\0")
        digest.update(_sha256(path).encode("ascii") + b"\n")
    return {"sha256": digest.hexdigest(), "files": len(files), "shipped": shipped}


def file_digest(path: Path) -> dict[str, object]:
    """An input file as the user named it (relative paths stay relative) and as the tables'
    ``source`` column writes it (U+FFFD for a name's undecodable bytes), its size and SHA-256."""
    return {"path": _LONE_SURROGATE.sub("\ufffd", str(path)), "bytes": path.stat().st_size, "sha256": _sha256(path)}


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

