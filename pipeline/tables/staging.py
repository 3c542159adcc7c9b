"""Temporary table files, and what a killed run leaves of them.

Tables are written to hidden temporary files in the output folder and renamed into place
only when a run succeeds (``TableSink``, ``write_tables``). A run killed outright
(``kill -9``, a power cut) cannot clean up: its temporary files stay, and if it died in the
few milliseconds of renaming, a previous table it had moved aside may be missing. The
names carry the run's process id, so the next run in that folder can tell a dead run's
files from those of a run still going: it deletes the dead run's temporary files and puts
back any previous table that is missing.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
from pathlib import Path

from .schema import FORMATS, TABLES

logger = logging.getLogger(__name__)

_TABLE_FILE = "|".join(re.escape(f"{table}.{fmt}") for table in TABLES for fmt in FORMATS)
#: ``.<table>.<format>.<pid>.<random>.tmp`` (``staging_file``) and ``.<table>.<format>.<pid>.old``
#: (``resources.aside_path``).
_LEFT_BEHIND = re.compile(rf"\.(?P<name>{_TABLE_FILE})\.(?P<pid>\d+)(?:\.[^.]+\.tmp|\.old)")


def staging_file(out: Path, table: str, fmt: str) -> str:
    """A new empty temporary file in ``out`` for ``<table>.<fmt>``, named after this process."""
    handle, name = tempfile.mkstemp(prefix=f".{table}.{fmt}.{os.getpid()}.", suffix=".tmp", dir=out)
    os.close(handle)
    return name


def recover_interrupted(out: Path) -> None:
    """Delete the temporary tables of runs in ``out`` that died, and put back a previous table
    such a run had moved aside when the table itself is missing (an existing table is never
    overwritten)."""
    for path in sorted(out.iterdir()):
        found = _LEFT_BEHIND.fullmatch(path.name)
        if found is None or _alive(int(found["pid"])):
            continue
        target = out / found["name"]
        try:
            if path.suffix == ".old" and not target.exists():
                os.replace(path, target)
                logger.warning("%s: put back the previous table, which an interrupted run had moved aside", target)
            else:
                path.unlink()
                logger.info("%s: removed, left by an interrupted run", path)
        except OSError as exc:  # another run got there first, or the folder is read-only
            logger.debug("could not clean up %s: %s", path, exc)


def _alive(pid: int) -> bool:
    if pid == os.getpid() or os.name == "nt":  # Windows has no signal 0: os.kill would end the process
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # another user's process (or a pid this system cannot check): leave it
    return True
