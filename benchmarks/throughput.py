"""Throughput, memory and cold-start benchmark (not part of the test suite).

Reports in one run, side by side:

a. plain ``jieba.lcut`` (default dictionary) over exactly the section texts the pipeline
   processes, in this process, after ``jieba.initialize()``;
b. the full pipeline end to end (``python -m pipeline run … --workers 1``: read → every
   table written), as a subprocess;
c. the same with ``--workers 2``;
d. and e. b and c with ``--segmenter rjieba`` (the compiled jieba-rs segmenter; skipped with
   ``--no-rjieba``);

with chars/s, records/s, ratios b/a and c/b, CPU seconds and peak memory. Peak RSS is
sampled every 50 ms as the SUM over the subprocess and all its descendants (/proc), since
``wait4``/``RUSAGE_CHILDREN`` maxrss is the largest single process, not the tree; both are shown.
Forked workers share the pages of the Language their parent loaded, which a sum of RSS
counts once per process: the tree's peak PSS (``/proc/<pid>/smaps_rollup``, each shared
page divided among its sharers) is the memory the run really takes. PSS is read once a
second only: the kernel walks every page of a process to sum it (about 6 ms for a worker),
and at every 50 ms the sampler took a third of a core, which a 2-worker run on 2 cores lost.
CPU seconds are the user + system time of the run's whole process tree (``wait4``), and of
this process for case a.
Then cold start (``--help`` and the seed run, best of 3; where ``PYTHONDONTWRITEBYTECODE`` is set,
the seed run also with the bytecode cache Python writes by default) and flatness: peak RSS with
1,000 records vs the whole corpus.

    python benchmarks/throughput.py                    # ../shared/data/xywy, 8,000 records
    python benchmarks/throughput.py --limit 500        # quick run
    python benchmarks/throughput.py --repeat 2         # each case twice, interleaved; fastest kept

``--repeat`` is for machines whose speed drifts (this VM: ±15 % between back-to-back runs):
the cases alternate (a b c d e a b c d e: plain jieba is measured in every round too), so a
slow spell hits all of them; each keeps its fastest run, and the ratios are also given per
round.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "xywy"
PAGE = os.sysconf("SC_PAGE_SIZE")
#: Seconds between two readings of the tree's PSS (see the module's docstring).
PSS_EVERY = 1.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="*", help="record files or folders (default: ../shared/data/xywy/medical_*.json)")
    parser.add_argument("--limit", type=int, help="only the first N records")
    parser.add_argument("--workers", type=int, default=2, help="workers for case c (default: 2)")
    parser.add_argument("--flat", type=int, default=1000, help="records for the flatness run (default: 1000; 0 skips it)")
    parser.add_argument("--no-rjieba", action="store_true", help="skip cases d and e (--segmenter rjieba)")
    parser.add_argument(
        "--repeat", type=int, default=1,
        help="run each pipeline case N times, interleaved, and keep its fastest run (default: 1)",
    )
    parser.add_argument("--engine-args", default="", help="extra arguments for the pipeline runs (e.g. '--format parquet')")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    corpus_files = args.corpus or [str(path) for path in sorted(DEFAULT_CORPUS.glob("medical_*.json"))]
    from pipeline.reader import Record, discover_files, read_file

    records = [item for path in discover_files(corpus_files) for item in read_file(path) if isinstance(item, Record)]
    with tempfile.TemporaryDirectory(prefix="bench.") as scratch:
        scratch_dir = Path(scratch)
        if args.limit:
            records = records[: args.limit]
        corpus = [_subset(corpus_files, args.limit, scratch_dir / "corpus.jsonl")] if args.limit else corpus_files
        texts = [section.text for record in records for section in record.sections]
        n_chars, n_records = sum(map(len, texts)), len(records)
        print(f"corpus: {len(corpus_files)} file(s) — {n_records} records, {len(texts)} sections, {n_chars:,} chars", file=sys.stderr)

        extra = args.engine_args.split()
        cases = {
            "out1": ["--workers", "1", *extra],
            f"out{args.workers}": ["--workers", str(args.workers), *extra],
        }
        if not args.no_rjieba:
            cases["fast1"] = ["--workers", "1", "--segmenter", "rjieba", *extra]
            cases["fast2"] = ["--workers", str(args.workers), "--segmenter", "rjieba", *extra]
        runs: dict[str, list[dict[str, float]]] = {name: [] for name in cases}
        jieba_runs: list[dict[str, float]] = []
        for _ in range(args.repeat):  # interleaved, so a slow spell of the machine hits every case
            jieba_runs.append(_plain_jieba(texts))
            print(f"plain jieba → {jieba_runs[-1]['wall']:.1f} s", file=sys.stderr)
            for name, options in cases.items():
                runs[name].append(_pipeline(corpus, scratch_dir / name, options))
        jieba_s = min(run["wall"] for run in jieba_runs)
        jieba_cpu = min(run["cpu"] for run in jieba_runs)
        best = {name: _best(results) for name, results in runs.items()}
        single, multi = best["out1"], best[f"out{args.workers}"]
        same = _same_files(scratch_dir / "out1", scratch_dir / f"out{args.workers}")
        fast, fast_multi = best.get("fast1"), best.get("fast2")
        flat = None
        if args.flat and args.flat < n_records:
            small = [_subset(corpus_files, args.flat, scratch_dir / "flat.jsonl")]
            flat = _pipeline(small, scratch_dir / "flat_out", ["--workers", "1", *extra])
        help_s = min(_wall([sys.executable, "-m", "pipeline", "--help"]) for _ in range(3))
        seed = ["run", str(ROOT / "seeds" / "poems_syndrome.json"), "--out", str(scratch_dir / "seed"), "--no-progress"]
        seed_s = min(_wall([sys.executable, "-m", "pipeline", *seed]) for _ in range(3))
        seed_cached_s = None
        if os.environ.get("PYTHONDONTWRITEBYTECODE"):  # this environment keeps Python from caching bytecode
            with_cache = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
            _wall([sys.executable, "-m", "pipeline", *seed], with_cache)  # writes the pipeline's __pycache__
            seed_cached_s = min(_wall([sys.executable, "-m", "pipeline", *seed], with_cache) for _ in range(3))

    rows = [
        ("a. jieba.lcut", jieba_s, jieba_cpu, None, None, None),
        ("b. pipeline, 1 process", *_memory_row(single)),
        (f"c. pipeline, --workers {args.workers}", *_memory_row(multi)),
    ]
    if fast and fast_multi:
        rows += [
            ("d. pipeline, 1 process, --segmenter rjieba", *_memory_row(fast)),
            (f"e. pipeline, --workers {args.workers}, --segmenter rjieba", *_memory_row(fast_multi)),
        ]
    print(f"\n{date.today()} · {platform.node()} · {os.cpu_count()} cores · Python {platform.python_version()}")
    print(f"command: python benchmarks/{Path(__file__).name} {' '.join(argv if argv is not None else sys.argv[1:])}")
    print(f"corpus: {n_records} records, {n_chars:,} chars; pipeline cases: fastest of {args.repeat} run(s)\n")
    print("| case | wall s | CPU s | chars/s | records/s | peak RSS tree MB | peak PSS tree MB | largest process MB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, seconds, cpu, tree, pss, largest in rows:
        print(f"| {name} | {seconds:.1f} | {cpu:.1f} | {n_chars / seconds:,.0f} | {n_records / seconds:,.1f} | {_mb(tree)} "
              f"| {_mb(pss)} | {_mb(largest)} |")
    print(f"\nratio b/a (pipeline ÷ jieba speed): {jieba_s / single['wall']:.3f}× (per round: {_per_round(jieba_runs, runs['out1'], 3)})")
    print(f"ratio c/b (workers {args.workers} ÷ 1 process speed): {single['wall'] / multi['wall']:.2f}× "
          f"(per round: {_per_round(runs['out1'], runs[f'out{args.workers}'])})")
    print(f"workers {args.workers} output identical to 1 worker: {same}")
    if fast and fast_multi:
        print(f"ratio d/a (rjieba pipeline ÷ jieba speed): {jieba_s / fast['wall']:.3f}× (per round: "
              f"{_per_round(jieba_runs, runs['fast1'], 3)}); "
              f"e/a: {jieba_s / fast_multi['wall']:.3f}×; e/d: {fast['wall'] / fast_multi['wall']:.2f}× "
              f"(per round: {_per_round(runs['fast1'], runs['fast2'])})")
        print(f"in CPU seconds: d/a {jieba_cpu / fast['cpu']:.3f}×; e used {fast_multi['cpu'] / fast['cpu']:.2f}× the CPU "
              f"time of d")
    if flat:
        growth = single["tree_peak"] / flat["tree_peak"] - 1
        print(f"flatness: peak RSS {args.flat} records {_mb(flat['tree_peak'])} MB vs {n_records} records "
              f"{_mb(single['tree_peak'])} MB ({growth:+.0%})")
    print(f"cold start (best of 3): --help {help_s:.2f} s; seed run {seed_s:.2f} s")
    if seed_cached_s is not None:
        print(f"  (PYTHONDONTWRITEBYTECODE is set here, so the pipeline's own modules were compiled in every run; "
              f"with the bytecode cache Python keeps by default: seed run {seed_cached_s:.2f} s)")
    return 0


def _subset(source: list[str], n: int, path: Path) -> Path:
    """The first ``n`` records of ``source`` as JSON Lines of their raw objects (same
    texts, same sections; files in the reader's order)."""
    from pipeline.reader import discover_files

    written = 0
    with path.open("w", encoding="utf-8") as handle:
        for file in discover_files(source):
            try:
                document = json.loads(file.read_text(encoding="utf-8"))
            except (json.JSONDecodeError, UnicodeDecodeError):
                continue  # not a record file (the pipeline reports such files as errors)
            values = document.values() if isinstance(document, dict) and "0" in document else [document]
            for value in values:
                if written == n:
                    return path
                handle.write(json.dumps(value, ensure_ascii=False) + "\n")
                written += 1
    return path


def _plain_jieba(texts: list[str]) -> dict[str, float]:
    import jieba

    jieba.initialize()
    start, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        jieba.lcut(text)
    return {"wall": time.perf_counter() - start, "cpu": time.process_time() - cpu}


def _pipeline(corpus: list[str] | list[Path], out: Path, options: list[str]) -> dict[str, float]:
    command = [sys.executable, "-m", "pipeline", "run", *map(str, corpus), "--out", str(out), "--no-progress", *options]
    print("running:", " ".join(command), file=sys.stderr)
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    tree_peak = pss_peak = 0
    pss_read = -PSS_EVERY  # the first sample reads it too: a run shorter than a second gets one
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        tree = _tree(child.pid)
        tree_peak = max(tree_peak, _rss(tree))
        if time.perf_counter() - pss_read >= PSS_EVERY:
            pss_peak, pss_read = max(pss_peak, sum(map(_pss, tree))), time.perf_counter()
        time.sleep(0.05)
    wall = time.perf_counter() - start
    stderr = child.stderr.read() if child.stderr else ""
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"pipeline failed ({status}):\n{stderr}")
    print(stderr.strip().splitlines()[-4:], file=sys.stderr)
    # wait4's maxrss: the largest single process of the subtree (KiB on Linux)
    result = {"wall": wall, "tree_peak": tree_peak, "pss_peak": pss_peak, "max_single": usage.ru_maxrss * 1024,
              "cpu": usage.ru_utime + usage.ru_stime}
    print(f"  → {wall:.1f} s, peak RSS tree {_mb(tree_peak)} MB", file=sys.stderr)  # kept if a later case fails
    return result


def _per_round(slower: list[dict[str, float]], faster: list[dict[str, float]], digits: int = 2) -> str:
    """The speed ratio of each round on its own: the fastest-of-N ratio can pair a lucky run
    with an unlucky one, so both are reported."""
    return " / ".join(f"{one['wall'] / many['wall']:.{digits}f}×" for one, many in zip(slower, faster))


def _best(runs: list[dict[str, float]]) -> dict[str, float]:
    """The fastest wall time and the least CPU time of the runs, with the largest memory any
    of them used."""
    return {
        "wall": min(run["wall"] for run in runs),
        "cpu": min(run["cpu"] for run in runs),
        "tree_peak": max(run["tree_peak"] for run in runs),
        "pss_peak": max(run["pss_peak"] for run in runs),
        "max_single": max(run["max_single"] for run in runs),
    }


def _memory_row(run: dict[str, float]) -> tuple[float, float, float, float, float]:
    return run["wall"], run["cpu"], run["tree_peak"], run["pss_peak"], run["max_single"]


def _tree(root: int) -> list[int]:
    """``root`` and all its descendants now: from each thread's ``children`` file (Linux /proc),
    else from every process's parent (a scan of /proc, a hundred times slower)."""
    try:
        return _walk(root, _listed_children)
    except FileNotFoundError:  # no children files in this kernel, or a process just ended
        parents = _parents()
        return _walk(root, lambda pid: [child for child, parent in parents.items() if parent == pid])


def _walk(root: int, children_of: Callable[[int], list[int]]) -> list[int]:
    tree, frontier = [root], [root]
    while frontier:
        children = children_of(frontier.pop())
        tree += children
        frontier += children
    return tree


def _listed_children(pid: int) -> list[int]:
    return [int(child) for task in os.listdir(f"/proc/{pid}/task")
            for child in Path(f"/proc/{pid}/task/{task}/children").read_text().split()]


def _parents() -> dict[int, int]:
    """Every process's parent (a scan of /proc)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    return parents


def _rss(pids: list[int]) -> int:
    """Bytes resident (RSS) in ``pids`` now."""
    rss = 0
    for pid in pids:
        try:
            rss += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
        except OSError:
            continue
    return rss


def _pss(pid: int) -> int:
    """The process's PSS in bytes (0 where the kernel has no ``smaps_rollup``, or the process
    has ended)."""
    try:
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0
    return next((int(line.split()[1]) * 1024 for line in rollup.splitlines() if line.startswith("Pss:")), 0)


def _wall(command: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def _same_files(left: Path, right: Path) -> bool:
    names = sorted(p.name for p in left.iterdir())
    return names == sorted(p.name for p in right.iterdir()) and all(
        (left / name).read_bytes() == (right / name).read_bytes() for name in names
    )


def _mb(value: float | None) -> str:
    return "—" if value is None or value != value else f"{value / 2**20:,.0f}"


if __name__ == "__main__":
    sys.exit(main())
