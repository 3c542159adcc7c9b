"""Does time grow with text length, and no faster? (Not part of the test suite.)

Builds texts of growing length from the shipped seed's sections (repeated), runs the
Language on each, and prints microseconds per character for the tokenizer and every
component: flat columns mean linear time. Each number is the best of ``--repeat`` runs.

    python benchmarks/long_texts.py                       # 25k … 400k chars, jieba
    python benchmarks/long_texts.py --segmenter rjieba
"""

from __future__ import annotations

import argparse
import gc
import platform
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lengths", default="25000,50000,100000,200000,400000", help="text lengths in characters")
    parser.add_argument("--segmenter", default="jieba", help="jieba (default) or rjieba")
    parser.add_argument("--repeat", type=int, default=3, help="runs per length; the fastest is kept (default: 3)")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    from pipeline.language import load
    from pipeline.reader import Record, read_file

    [record] = [item for item in read_file(ROOT / "seeds" / "poems_syndrome.json") if isinstance(item, Record)]
    unit = "\n".join(section.text for section in record.sections)
    nlp = load(segmenter=args.segmenter)
    nlp(unit[:1000])  # warm: lexemes, caches
    print(f"# {date.today()} · {platform.processor() or platform.machine()} · Python {platform.python_version()} · segmenter {args.segmenter} · µs per character, best of {args.repeat}")
    stages = ["tokenizer", *nlp.pipe_names]
    print("| chars | " + " | ".join(stages) + " | total |")
    print("|---:|" + "---:|" * (len(stages) + 1))
    for length in (int(n) for n in args.lengths.split(",")):
        text = (unit * (length // len(unit) + 1))[:length]
        best: dict[str, float] = {}
        for _ in range(args.repeat):
            gc.collect()
            started = time.perf_counter()
            doc = nlp.make_doc(text)
            times = {"tokenizer": time.perf_counter() - started}
            for name, component in nlp.pipeline:
                started = time.perf_counter()
                doc = component(doc)
                times[name] = time.perf_counter() - started
            for name, seconds in times.items():
                best[name] = min(best.get(name, float("inf")), seconds)
        per_char = [best[name] / length * 1e6 for name in stages]
        print(f"| {length:,} | " + " | ".join(f"{value:.2f}" for value in per_char) + f" | {sum(per_char):.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
