"""The per-record work against plain jieba, file by file (not part of the test suite).

For each file: its records through ``process_item`` (the batch Language, one process, the
collector set as the CLI sets it), then ``jieba.lcut`` over the same section texts; the
ratio (jieba's time ÷ the pipeline's) per file and in total. On a VM whose speed drifts by
a third within a 15-minute run, two cases measured minutes apart (throughput.py's a and d)
do not give a ratio to a few per cent; two measured seconds apart do. Start-up and table
output are not counted (the first file's time holds the rules' first-use compiling): this
compares versions of the per-record work, throughput.py measures the issue's end-to-end ratio.

    python benchmarks/interleaved.py ../shared/data/xywy/medical_*.json
    python benchmarks/interleaved.py --segmenter jieba ../shared/data/xywy/medical_4.json
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", help="record files (each one a slice)")
    parser.add_argument("--segmenter", default="rjieba", help="rjieba (default) or jieba")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    import jieba

    from pipeline.language import load
    from pipeline.reader import Record, discover_files
    from pipeline.runner import collect_less, process_item, read_items

    jieba.initialize()
    nlp = load(segmenter=args.segmenter, span_views=False, lexical_attributes=False)
    gc.freeze()  # as the CLI does once the Language is loaded
    collect_less()
    total_pipeline = total_jieba = 0.0
    for path in discover_files(args.inputs):
        items = list(read_items([path]))
        texts = [section.text for item in items if isinstance(item, Record) for section in item.sections]
        start = time.process_time()
        for item in items:
            process_item(item, nlp)
        pipeline_s = time.process_time() - start
        start = time.process_time()
        for text in texts:
            jieba.lcut(text)
        jieba_s = time.process_time() - start
        total_pipeline, total_jieba = total_pipeline + pipeline_s, total_jieba + jieba_s
        print(f"{path.name:20s} {len(items):5d} records {sum(map(len, texts)):9,d} chars  "
              f"pipeline {pipeline_s:7.2f} s  jieba {jieba_s:6.2f} s  ratio {jieba_s / pipeline_s:.3f}×", flush=True)
    print(f"total: pipeline {total_pipeline:.1f} s CPU, jieba {total_jieba:.1f} s CPU, ratio {total_jieba / total_pipeline:.3f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
