"""Small ``marshal`` files that spare a cold start work done before (jieba's prefix
dictionary, the parsed lexicon), kept in a per-user folder.

A file's name holds a hash of everything its content depends on, so a changed input means
another file, never a stale one. A missing, unreadable, corrupt or foreign file is rebuilt;
an unwritable folder only costs time. Files are written atomically and the least recently
used ones beyond ``KEEP`` per kind are removed.
"""

from __future__ import annotations

import marshal
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .resources import replace_file

#: Files kept per kind (most recently used first).
KEEP = 4


def default_cache_dir() -> Path:
    """``$ZH_MED_CACHE``, else ``~/.cache/zh_med_pipeline``; with no home folder, a folder of
    this user's in the temp folder (never one another user could have written)."""
    if os.environ.get("ZH_MED_CACHE"):
        return Path(os.environ["ZH_MED_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    if base.startswith("~"):
        return Path(tempfile.gettempdir()) / f"zh_med_pipeline-{os.getuid() if hasattr(os, 'getuid') else 'user'}"
    return Path(base) / "zh_med_pipeline"


def read(path: Path, valid: Callable[[Any], bool]) -> Any | None:
    """The value stored at ``path`` if it is there, this user's and ``valid``; else None."""
    try:
        if hasattr(os, "getuid") and path.stat().st_uid != os.getuid():
            return None  # marshal is not for data someone else wrote
        state = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not valid(state):
        return None
    try:
        os.utime(path)  # marks it recently used, for _prune
    except OSError:
        pass
    return state


def write(path: Path, state: Any) -> None:
    """Write atomically (readers never see half a file), then drop the least recently used
    files of the same kind (the name's part before its first ``-``)."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(descriptor, "wb") as file:
            marshal.dump(state, file)
        replace_file(temporary, path)
    except (OSError, ValueError):  # ValueError: a value marshal cannot write
        Path(temporary).unlink(missing_ok=True)
        return
    _prune(path.parent, f"{path.name.split('-', 1)[0]}-*{path.suffix}")


def _prune(folder: Path, pattern: str) -> None:
    def last_used(file: Path) -> float:
        try:
            return file.stat().st_mtime
        except OSError:
            return 0.0

    for old in sorted(folder.glob(pattern), key=last_used, reverse=True)[KEEP:]:
        try:
            old.unlink()
        except OSError:  # another process removed it, or the folder is read-only
            pass
