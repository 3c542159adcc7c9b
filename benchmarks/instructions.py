"""Machine instructions a batch of records costs, for comparing two versions on a busy machine
(not part of the test suite).

CPU seconds on a shared VM drift by ±15 % between rounds; the number of instructions executed
does not depend on what else runs. This script loads the batch Language and runs
``process_item`` over the first ``--limit`` records of the given files, nothing else; run it under
valgrind twice, with ``--limit 0`` (the load alone) and with the batch, and subtract::

    export PYTHONHASHSEED=0 ZH_MED_CACHE=/tmp/zh_med_cache_$(git rev-parse --short HEAD)
    python benchmarks/instructions.py ../shared/data/xywy/medical_4.json --limit 0   # fill the cache
    for n in 0 200; do
      valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \\
        "$(python -c 'import sys; print(sys.executable)')" \\
        benchmarks/instructions.py ../shared/data/xywy/medical_4.json --limit $n 2>&1 | grep "I *refs"
    done

(valgrind needs the real interpreter, not a shell shim; a cache folder per checkout keeps one
version's parsed lexicon from evicting the other's.)
"""

from __future__ import annotations

import argparse
from itertools import islice

from pipeline.language import load
from pipeline.reader import discover_files
from pipeline.runner import process_item, read_items


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", help="record files or folders")
    parser.add_argument("--limit", type=int, default=200, help="records to process (default: 200; 0: only load)")
    parser.add_argument("--segmenter", default="rjieba", help="rjieba (default) or jieba")
    args = parser.parse_args(argv)
    nlp = load(segmenter=args.segmenter, span_views=False, lexical_attributes=False)
    for item in islice(read_items(discover_files(args.inputs)), args.limit):
        process_item(item, nlp)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
