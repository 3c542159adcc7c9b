"""A private ``jieba.Tokenizer`` with our words added, its prefix dictionary cached on disk.

Why: building one the plain way is most of the pipeline's cold start. ``initialize()``
reads jieba's own 9 MB cache with ``marshal.load(file)``, which pulls the file object by
object (~0.55 s), and ``add_word`` then walks every prefix of our ~36,000 words in Python
(~0.15 s). Here the finished ``(FREQ, total)`` pair is stored once per word list and read
back with a single ``marshal.loads`` of the whole file (~0.2 s).

The state is the one ``add_word`` produces, so segmentation is unchanged. The file name
is a hash of the words (in order: a repeated word adds to ``total`` twice), jieba's
version and dictionary file, and the Python version (``marshal``'s format may change).
A missing, unreadable or corrupt file is rebuilt; an unwritable folder only costs time.
"""

from __future__ import annotations

import hashlib
import importlib
import marshal
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from . import disk_cache
from .disk_cache import default_cache_dir


def _import_jieba() -> ModuleType:
    """Import jieba without ``pkg_resources``: jieba 0.42 imports that slow, deprecated module
    (~0.08 s of a cold start) only to open its own ``dict.txt``, and opens the same file by its
    path when the import fails. Nothing else here needs it, so it is hidden for this import only."""
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        return importlib.import_module("jieba")
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # makes the import raise ImportError
    try:
        return importlib.import_module("jieba")
    finally:
        del sys.modules["pkg_resources"]


jieba = _import_jieba()  # jieba.finalseg comes with it


PrefixDict = tuple[dict[str, int], int]


def jieba_with_words(words: Sequence[tuple[str, int]], cache_dir: Path | None | str = "default") -> jieba.Tokenizer:
    """The same tokenizer as ``jieba.Tokenizer()`` + ``initialize()`` + ``add_word(word, freq)``
    for each of ``words``, its prefix dictionary read from ``cache_dir`` when there
    (``"default"``: ``default_cache_dir()`` at the time of the call; ``None``: no cache)."""
    if cache_dir == "default":
        cache_dir = default_cache_dir()
    path = Path(cache_dir) / f"jieba-{cache_key(words)}.marshal" if cache_dir is not None else None
    state = _read(path) if path is not None else None
    if state is None:
        state = _build(words)
        if path is not None:
            _write(path, state)
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ, tokenizer.total = state
    tokenizer.initialized = True
    for word, freq in words:
        if freq == 0:  # add_word's other effect, on jieba's global HMM
            jieba.finalseg.add_force_split(word)
    return tokenizer


def cache_key(words: Sequence[tuple[str, int]]) -> str:
    """Hash of everything the prefix dictionary depends on."""
    dictionary = Path(jieba.__file__).with_name(jieba.DEFAULT_DICT_NAME).stat()
    digest = hashlib.sha256()
    digest.update(f"{sys.version_info[:2]} {marshal.version} {jieba.__version__} ".encode())
    digest.update(f"{dictionary.st_size} {dictionary.st_mtime_ns}\n".encode())
    digest.update("\n".join(f"{word}\t{freq}" for word, freq in words).encode())
    return digest.hexdigest()[:32]


def _build(words: Sequence[tuple[str, int]]) -> PrefixDict:
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for word, freq in words:
        tokenizer.add_word(word, freq)
    return tokenizer.FREQ, tokenizer.total


def _read(path: Path) -> PrefixDict | None:
    return disk_cache.read(path, _is_prefix_dict)


def _is_prefix_dict(state: object) -> bool:
    return isinstance(state, tuple) and len(state) == 2 and isinstance(state[0], dict) and isinstance(state[1], int)


def _write(path: Path, state: PrefixDict) -> None:
    disk_cache.write(path, state)
