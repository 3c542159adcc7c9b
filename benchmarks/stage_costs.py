"""Where a record's time goes, stage by stage (not part of the test suite).

Runs ``process_record`` (the batch Language: no spans, no lexical attributes) over the records
of the given files, after a warm-up, and prints the wall time of the tokenizer and of every
component, and the rest (row building, glue). Per-stage timing wraps each ``__call__``, so
the numbers are for comparing stages and versions, not for throughput (see throughput.py).

    python benchmarks/stage_costs.py ../shared/data/xywy/medical_4.json ../shared/data/xywy/medical_5.json
    python benchmarks/stage_costs.py --segmenter jieba seeds
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from pipeline.language import load
from pipeline.reader import discover_files
from pipeline.runner import process_item, read_items


def _timed(costs: Counter[str], name: str, call: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return call(*args, **kwargs)
        finally:
            costs[name] += time.perf_counter() - start

    return wrapper


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", help="record files or folders")
    parser.add_argument("--segmenter", default="rjieba", help="rjieba (default) or jieba")
    parser.add_argument("--warm-up", type=int, default=30, help="records run first and not counted (default: 30)")
    args = parser.parse_args(argv)

    nlp = load(segmenter=args.segmenter, span_views=False, lexical_attributes=False)
    items = list(read_items(discover_files(args.inputs)))
    costs: Counter[str] = Counter()
    for name, part in [("tokenizer", nlp.tokenizer), *nlp.pipeline]:
        type(part).__call__ = _timed(costs, name, type(part).__call__)
    for item in items[: args.warm_up]:
        process_item(item, nlp)
    costs.clear()
    start, cpu = time.perf_counter(), time.process_time()
    for item in items:
        process_item(item, nlp)
    total, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(f"{len(items)} records, segmenter {args.segmenter}: {total:.2f} s wall, {cpu:.2f} s CPU")
    for name, seconds in costs.most_common():
        print(f"  {name:24s} {seconds:6.2f} s")
    print(f"  {'rows and glue':24s} {total - sum(costs.values()):6.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
