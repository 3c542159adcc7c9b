"""How often jieba-rs (``--segmenter rjieba``) cuts the text exactly where jieba does.

Both segmenters get our dictionaries (entity terms + segmentation words), as the pipeline's
tokenizer builds them; the texts are the section texts of the records, normalized. Reports
token-boundary agreement (|boundaries in both| / |boundaries in either|), the share of
sections segmented identically, the entity agreement (mentions of the whole pipeline), and
the segmentation speed of each.

    python benchmarks/segmenter_agreement.py                      # ../shared/data/xywy
    python benchmarks/segmenter_agreement.py --limit 1000
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "xywy"


def boundaries(words) -> set[int]:
    ends, position = set(), 0
    for word in words:
        position += len(word)
        ends.add(position)
    return ends


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="*", help="record files or folders (default: ../shared/data/xywy)")
    parser.add_argument("--limit", type=int, help="only the first N records")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from pipeline.language import load
    from pipeline.normalize import normalize_text
    from pipeline.reader import Record, iter_records

    records = [r for r in iter_records(args.corpus or [DEFAULT_CORPUS]) if isinstance(r, Record)][: args.limit]
    texts = [normalize_text(section.text) for record in records for section in record.sections]
    slow, fast = load(), load(segmenter="rjieba")
    timings = {}
    cuts = {}
    for name, nlp in (("jieba", slow), ("rjieba", fast)):
        start = time.perf_counter()
        cuts[name] = [list(nlp.tokenizer.cut(text)) for text in texts]
        timings[name] = time.perf_counter() - start
    both = either = same = 0
    for a, b in zip(cuts["jieba"], cuts["rjieba"]):
        left, right = boundaries(a), boundaries(b)
        both, either, same = both + len(left & right), either + len(left | right), same + (a == b)
    entity_both = entity_either = 0
    for text in texts[:: max(1, len(texts) // 5000)]:  # the whole pipeline on a sample of ≤5,000 sections
        left = {(e.start_char, e.end_char, e.label_) for e in slow(text).ents}
        right = {(e.start_char, e.end_char, e.label_) for e in fast(text).ents}
        entity_both, entity_either = entity_both + len(left & right), entity_either + len(left | right)
    n_chars = sum(map(len, texts))
    print(f"{len(records)} records, {len(texts)} sections, {n_chars:,} chars")
    print(f"token boundary agreement: {both / either:.4f}; sections segmented identically: {same / len(texts):.4f}")
    print(f"entity agreement (sampled sections): {entity_both / max(entity_either, 1):.4f}")
    print(f"segmentation speed: jieba {n_chars / timings['jieba']:,.0f} chars/s, rjieba {n_chars / timings['rjieba']:,.0f} chars/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
