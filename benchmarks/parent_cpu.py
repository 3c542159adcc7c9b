"""CPU seconds of the parent process and of its workers in one pipeline run (not part of the
test suite).

With ``--workers N`` the parent loads the Language, forks the workers, receives their rows and
writes the tables; whatever it spends there no other core can share while it loads, and it
competes with the workers while it writes. This runs ``python -m pipeline`` in this process and
reports ``getrusage`` for itself and for its children::

    python benchmarks/parent_cpu.py run ../shared/data/xywy/medical_4.json \\
        ../shared/data/xywy/medical_5.json --workers 2 --out /tmp/pw --no-progress

Everything after the script's name is passed to the pipeline's command line.
"""

from __future__ import annotations

import resource
import sys
import time

from pipeline.cli import main as pipeline_main


def main(argv: list[str]) -> int:
    started = time.perf_counter()
    try:
        code = pipeline_main(argv)
    except SystemExit as stop:  # the command line exits with the run's code
        code = stop.code if isinstance(stop.code, int) else 1
    wall = time.perf_counter() - started
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"wall {wall:.1f} s; parent CPU {own.ru_utime + own.ru_stime:.1f} s; "
          f"workers' CPU {children.ru_utime + children.ru_stime:.1f} s")
    return code or 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
