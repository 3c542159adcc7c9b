"""Mine abbreviation definitions from the xywy records and merge them into the table.

    python -m pipeline.abbreviations.mine [--corpus DIR] [--min-count N] [--min-share F]
                                          [--out FILE] [--merge TABLE] [--clinical-abbr FILE]

Every string leaf of every record is normalized and searched with ``find_definitions``.
A pair is kept when the abbreviation is defined in at least ``--min-count`` records and
its most frequent Chinese long form (or a longer form ending with it, such as
血清乳酸脱氢酶 for 乳酸脱氢酶) is used by at least ``--min-share`` of those records.
``--merge TABLE`` rewrites the generated rows of TABLE (source ``mined:xywy`` and, with
``--clinical-abbr``, ``clinical_abbr``) and keeps every other line as it is; rows written
by hand (``curated``) win over ``clinical_abbr``, which wins over ``mined:xywy``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..clinical.vocabulary import load_clinical_vocabulary
from ..errors import PipelineError
from ..lexicon.build import load_abbr_labels
from ..lexicon.loader import load_lexicon
from ..normalize import normalize_text
from ..resources import DEFAULT_DICTIONARY_DIR
from .definitions import find_definitions
from .spelling import spelling_key
from .table import (
    CURATED_SOURCE,
    MINED_SOURCE,
    TABLE_COLUMNS,
    TABLE_OPTIONAL,
    Cues,
    guess_label,
    load_abbreviations,
    load_cues,
)

DEFAULT_CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "xywy"
CLINICAL_SOURCE = "clinical_abbr"
HEADER = "\t".join(TABLE_COLUMNS + TABLE_OPTIONAL)


@dataclass(frozen=True, slots=True)
class MinedPair:
    """An abbreviation with its consistent long form; ``count`` records of ``total`` agree."""

    abbr: str
    long_en: str
    long_zh: str
    label: str
    count: int
    total: int
    note: str


def iter_records(corpus: Path) -> Iterator[tuple[str, list[str]]]:
    """``(record id, every string leaf)`` for each record of ``medical_*.json``."""
    files = sorted(corpus.glob("medical_*.json"))
    if not files:
        raise PipelineError("E143", path=corpus)
    for path in files:
        for key, record in json.loads(path.read_text(encoding="utf-8")).items():
            yield f"{path.stem}:{key}", list(_strings(record))


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def consistent_pairs(
    definitions_by_record: dict[str, set[tuple[str, str, str]]],
    min_count: int = 2,
    min_share: float = 0.6,
    cues: Cues | None = None,
    specimen_prefixes: Sequence[str] | None = None,
    term_label: Callable[[str], str | None] | None = None,
) -> list[MinedPair]:
    """Apply the consistency rule to ``{record: {(abbr, long_zh, long_en)}}``.

    A pair's label is the ``label`` cue its long form ends with, else, for an abbreviation of
    ``LEXICON_LABEL_LENGTH`` characters or more with two Latin letters or more, ``term_label`` of the
    long form (default: the shipped lexicon's label: SLE → 系统性红斑狼疮, disease).

    A long form that starts with a specimen (``specimens.tsv`` prefixes: 血清, 脑脊液 …) also
    proposes the test without it, which wins when it unites several specimens: 血清β2微球蛋白
    ×3 and 脑脊液β2微球蛋白 ×3 give β2-MG → β2微球蛋白 (6 of 6), where neither form alone has a
    majority. With one specimen the form as written stays (血清醛缩酶)."""
    cues = load_cues() if cues is None else cues
    if term_label is None:
        entries = load_lexicon().entries
        term_label = lambda term: entry.label if (entry := entries.get(term)) else None  # noqa: E731
    if specimen_prefixes is None:
        specimen_prefixes = load_clinical_vocabulary().specimen_prefixes
    forms: dict[str, dict[str, set[tuple[str, str]]]] = defaultdict(lambda: defaultdict(set))
    for record, triples in definitions_by_record.items():
        for abbr, long_zh, long_en in triples:
            forms[abbr][record].add((long_zh, long_en))
    pairs = []
    for abbr, by_record in sorted(forms.items()):
        if len(abbr) < 2 or abbr in cues.reject:
            continue
        zh_counts = Counter(zh for uses in by_record.values() for zh in {zh for zh, _ in uses})
        candidates = set(zh_counts) | _tests_in_several_specimens(zh_counts, specimen_prefixes)
        support = {
            form: sum(any(zh.endswith(form) for zh, _ in uses) for uses in by_record.values())
            for form in candidates
        }
        agreeing = []
        for best in _by_preference(candidates, support, zh_counts):
            agreeing = [uses for uses in by_record.values() if any(zh.endswith(best) for zh, _ in uses)]
            if len(agreeing) >= min_count and len(agreeing) >= min_share * len(by_record):
                break
        else:
            continue
        english = Counter(en for uses in agreeing for zh, en in uses if en and zh.endswith(best))
        # ties in count by text, not by set order (which changes with every process's hash seed)
        others = [f"{zh}×{n}" for zh, n in _by_count(zh_counts) if not zh.endswith(best)][:3]
        pairs.append(MinedPair(
            abbr, _by_count(english)[0][0] if english else "", best, guess_label(best, cues) or _lexicon_label(abbr, best, term_label),
            len(agreeing), len(by_record), ("other long forms: " + "; ".join(others)) if others else "",
        ))
    return _drop_case_variants(pairs)


#: A mined abbreviation this long or longer, with two Latin letters or more, takes the lexicon's label
#: of its long form when no label cue gives one (SLE, GFR, PGE2, 5-HT: 52 of 53 right, abbreviations
#: review of medical_11, 2026-12-05); shorter ones stay unlabelled, as their uses are too often other
#: things (B1 of 黄曲霉素B1, E2 of viral proteins, Cl of ions).
LEXICON_LABEL_LENGTH = 3
_LATIN_LETTERS = re.compile("[A-Za-z]")


def _lexicon_label(abbr: str, long_zh: str, term_label: Callable[[str], str | None]) -> str:
    if len(abbr) < LEXICON_LABEL_LENGTH or len(_LATIN_LETTERS.findall(abbr)) < 2:
        return ""
    return term_label(long_zh) or ""


#: A long form written as such at least this share of the support of the best-supported one
#: competes with it on how often it is written: 一氧化氮 ×17 is supported by 20 records, the
#: 氧化氮 it was sometimes cut to (×2) by 22.
NEAR_SUPPORT = 0.8


def _by_preference(candidates: Iterable[str], support: dict[str, int], zh_counts: Counter[str]) -> list[str]:
    """The long forms to try, best first: of those with nearly the most support (records
    whose form ends with it), the one written most often (去甲肾上腺素 ×16 over the 肾上腺素 ×1
    that every 去甲肾上腺素 also supports; 乳酸脱氢酶 ×2 over 血清乳酸脱氢酶 ×1, which has less
    support); then the best-supported one, should the first lack a majority of the records."""
    top = max(support.values())
    near = sorted((zh for zh in candidates if support[zh] >= NEAR_SUPPORT * top),
                  key=lambda zh: (-zh_counts[zh], -support[zh], len(zh), zh))
    return [near[0], min(candidates, key=lambda zh: (-support[zh], -zh_counts[zh], len(zh), zh))]


def _by_count(counts: Counter[str]) -> list[tuple[str, int]]:
    """Most frequent first; equal counts in text order."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def _tests_in_several_specimens(long_forms: Iterable[str], specimen_prefixes: Sequence[str]) -> set[str]:
    """Tests that two or more of ``long_forms`` name with different specimens (or one
    without): 血清β2微球蛋白 and 脑脊液β2微球蛋白 → β2微球蛋白. A form that only shares an
    ending (尿蛋白 beside 血清总蛋白) proposes nothing."""
    written: dict[str, set[str]] = defaultdict(set)
    for long_zh in long_forms:
        written[long_zh].add(long_zh)
        for prefix in specimen_prefixes:  # longest first
            if long_zh.startswith(prefix) and len(long_zh) - len(prefix) >= 2:
                written[long_zh[len(prefix) :]].add(long_zh)
                break
    return {test for test, forms in written.items() if len(forms) >= 2}


def _drop_case_variants(pairs: list[MinedPair]) -> list[MinedPair]:
    """``5-FU``/``5-Fu`` with one long form: keep the spelling more records use."""
    kept: dict[tuple[str, str], MinedPair] = {}
    for pair in sorted(pairs, key=lambda p: -p.count):
        kept.setdefault((spelling_key(pair.abbr).casefold(), pair.long_zh), pair)
    return sorted(kept.values(), key=lambda p: p.abbr)


def mine(corpus: Path, table: Path | None = None) -> tuple[dict[str, set[tuple[str, str, str]]], Counter[str]]:
    """Definitions with an abbreviation, by record, and counts of everything found.

    Spellings are folded to those of the table's curated rows only (``canonical_abbr``), not
    to its generated rows: otherwise each regeneration would depend on the last one and the
    table would never settle (a mined ``tPA`` row made the next run spell ``TPA`` as ``tPA``).
    ``table`` is the table to be merged into (default: the shipped one)."""
    curated = {abbr: entry for abbr, entry in load_abbreviations(table).items() if entry.source == CURATED_SOURCE}
    by_record: dict[str, set[tuple[str, str, str]]] = {}
    stats: Counter[str] = Counter()
    for record, texts in iter_records(corpus):
        stats["records"] += 1
        found = set()
        for text in texts:
            stats["texts"] += 1
            for definition in find_definitions(normalize_text(text), table=curated):
                stats["definitions"] += 1
                stats[f"shape {definition.shape}"] += 1
                if definition.abbr:
                    found.add((definition.abbr, definition.long_zh, definition.long_en))
        stats["abbreviation definitions (distinct per record)"] += len(found)
        by_record[record] = found
    return by_record, stats


def clinical_abbr_rows(path: Path, rules_dir: Path = DEFAULT_DICTIONARY_DIR) -> list[dict[str, str]]:
    """Rows from the MIT clinical abbreviation list. The label is the one
    ``build_abbr_labels.tsv`` gives the sense (the entity dictionaries' own choice). No label,
    so no mention of the abbreviation, for a sense it does not list (trial jargon: ITT
    意向性治疗, IST …) or lists for its description only (TP, GLU, CC: too ambiguous as
    written). Of several senses the first listed one is chosen, the rest go to ``note``."""
    labels = load_abbr_labels(rules_dir)
    rows = []
    for item in json.loads(path.read_text(encoding="utf-8")):
        meanings = item["content"] if isinstance(item["content"], list) else [item["content"]]
        chosen = next((m for m in meanings if (item["name"], m["description"]) in labels), meanings[0])
        rest = [f"{m['full_name']} = {m['description']}" for m in meanings if m is not chosen]
        label, use = labels.get((item["name"], chosen["description"]), ("", ""))
        rows.append({
            "abbr": item["name"], "long_en": chosen["full_name"], "long_zh": chosen["description"],
            "label": label if use == "both" else "", "source": CLINICAL_SOURCE,
            "count": "", "note": ("also: " + "; ".join(rest)) if rest else "",
        })
    return rows


def merge_into_table(table: Path, generated: dict[str, list[dict[str, str]]]) -> Counter[str]:
    """Replace the rows of each generated source in ``table``; keep every other line.

    ``generated`` maps source → rows, in priority order; a row whose spelling key is
    already taken by a kept line or an earlier source is skipped.
    """
    kept_lines, taken = [], set()
    for line in table.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if not line.startswith("#") and len(fields) > 4 and fields[4] in generated:
            continue
        if not line.startswith("#") and line.strip() and line != HEADER:
            taken.add(spelling_key(fields[0]))
        kept_lines.append(line)
    written: Counter[str] = Counter()
    for source, rows in generated.items():
        for row in rows:
            key = spelling_key(row["abbr"])
            if key in taken:
                written[f"{source} skipped (already in table)"] += 1
                continue
            taken.add(key)
            kept_lines.append("\t".join(row[c] for c in TABLE_COLUMNS + TABLE_OPTIONAL))
            written[f"{source} written"] += 1
    table.write_text("\n".join(kept_lines) + "\n", encoding="utf-8")
    return written


def _pair_row(pair: MinedPair) -> dict[str, str]:
    return {
        "abbr": pair.abbr, "long_en": pair.long_en, "long_zh": pair.long_zh, "label": pair.label,
        "source": MINED_SOURCE, "count": str(pair.count), "note": pair.note,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.abbreviations.mine", description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--min-share", type=float, default=0.6)
    parser.add_argument("--out", type=Path, help="write the kept pairs as TSV here")
    parser.add_argument("--merge", type=Path, help="rewrite the generated rows of this table")
    parser.add_argument("--clinical-abbr", type=Path, help="with --merge: also refresh clinical_abbr rows")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    try:
        by_record, stats = mine(args.corpus, args.merge)
    except PipelineError as error:
        print(error, file=sys.stderr)
        return 1
    pairs = consistent_pairs(by_record, args.min_count, args.min_share)
    for name, value in stats.items():
        print(f"{name}: {value}")
    print(f"distinct abbreviations defined: {len({a for found in by_record.values() for a, _, _ in found})}")
    print(f"kept (≥{args.min_count} records, ≥{args.min_share:.0%} agree): {len(pairs)}")
    rows = [_pair_row(pair) for pair in pairs]
    if args.out:
        args.out.write_text(HEADER + "\n" + "".join("\t".join(r.values()) + "\n" for r in rows), encoding="utf-8")
    if args.merge:
        generated = {}
        if args.clinical_abbr:
            generated[CLINICAL_SOURCE] = clinical_abbr_rows(args.clinical_abbr)
        generated[MINED_SOURCE] = rows
        for name, value in merge_into_table(args.merge, generated).items():
            print(f"{name}: {value}")
    print(f"time: {time.perf_counter() - began:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
