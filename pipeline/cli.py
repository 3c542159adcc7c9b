"""Command line: ``python -m pipeline [run|dict|schema] …``.

Exit status: 0 all good; 1 some records or files could not be read or processed (the
rest was written, see the ``errors`` table); 2 a usage error (missing input, unwritable
output folder, bad dictionary), reported in one line without a traceback; 3 an unexpected
error (a bug), reported in one line (``-v`` adds the traceback): not 1, which says the
tables were written.
"""

from __future__ import annotations

import argparse
import difflib
import gc
import logging
import os
import signal
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import __version__
from .errors import PipelineError, message
from .resources import check_output_path
from .tables import FORMATS, TABLES, table_formats

if TYPE_CHECKING:
    from .reader import ReadIssue

DEFAULT_INPUT = "seeds"
DEFAULT_OUT = "outputs"

EPILOG = """\
examples:
  python -m pipeline                              # = run seeds --out outputs
  python -m pipeline run data/ more.jsonl --out results --format parquet
  python -m pipeline schema                       # the output tables' columns
  python -m pipeline dict build --shared ../shared/data
  python -m pipeline eval ../shared/data/ner/cMedQANER/dev.json --format chineseblue
  python -m pipeline eval --records ../shared/data/xywy/medical_0.json   # silver check
  python -m pipeline dict suggest new_records.json --out suggestions.tsv
  python -m pipeline dict add 胸闷气短 --label symptom
  python -m pipeline dict init my_dictionaries     # a copy of the shipped ones, to add to

environment:
  ZH_MED_DICTIONARIES  a copy of dictionaries/ that every stage reads instead of the shipped one
  ZH_MED_CACHE         where jieba's dictionary with our words is cached (~/.cache/zh_med_pipeline)

exit status: 0 ok; 1 some records failed (the others are written; see the errors table);
2 usage error (missing input path, unwritable --out, invalid dictionary file);
3 unexpected error, a bug (a run writes no tables then; -v shows the traceback);
130 stopped by Ctrl-C, 143 by kill (SIGTERM): the previous tables are kept."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="Extract structured facts (mentions of symptoms, diseases, drugs, tests, "
        "procedures …) from Chinese disease encyclopedia records into CSV/Parquet tables.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug details (tracebacks of failed records)")
    parser.add_argument("--version", action="version", version=f"zh-med-pipeline {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = commands.add_parser(
        "run",
        help="process records and write the tables (the default command)",
        description="Read disease records (a JSON object, a JSON array, JSON Lines, or an object of records "
        "keyed by id or name, a DataFrame written by pandas' to_json (one record per row; the README says which "
        "orients and indexes), or a wrapper object around them such as {\"data\": [...]}; UTF-8, GB18030, or UTF-16/32 with a byte order mark) from files "
        "or folders (searched recursively for *.json, *.jsonl, *.txt; and *.csv, *.tsv with a header row, one "
        "record per row, read from a folder when the header names a disease and an overview, e.g. 疾病名称 and "
        "疾病描述, or *.parquet as such a table; any but Parquet may be gzip-compressed, e.g. corpus.jsonl.gz) and "
        "write the tables " + ", ".join(TABLES) + " (python -m pipeline schema describes them).",
    )
    run.add_argument("inputs", nargs="*", metavar="INPUT",
                     help=f"files or folders (default: {DEFAULT_INPUT}, or the seeds shipped with the package where there is none)")
    run.add_argument("--out", default=DEFAULT_OUT, metavar="DIR", help=f"output folder (default: {DEFAULT_OUT})")
    run.add_argument(
        "--format",
        default=",".join(FORMATS),
        metavar="FMT[,FMT]",
        help="table formats to write, comma-separated: csv, parquet (default: csv,parquet)",
    )
    run.add_argument("--dictionaries", metavar="DIR", help="use another folder of entity dictionaries (entities/*.tsv, optionally segmentation.tsv and abbreviations.tsv; "
                     "default: the shipped dictionaries/); its entity files replace the shipped ones (copy dictionaries/ "
                     "to add to them); the other data files come from the shipped folder, or "
                     "from ZH_MED_DICTIONARIES")
    run.add_argument(
        "--segmenter",
        default="jieba",
        metavar="NAME",
        help="word segmenter: jieba (default) or rjieba (jieba-rs, ~10x faster segmentation, 99.8%% identical token "
        "boundaries; pip install rjieba)",
    )
    run.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    run.add_argument("--workers", type=int, default=1, metavar="N", help="worker processes (default: 1); output is identical for any N")
    run.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local: this machine, one file per table (default); dask: dask.distributed, Parquet as <table>/part-*.parquet",
    )
    run.add_argument("--scheduler", metavar="ADDRESS", help="with --engine dask: an existing scheduler (default: a LocalCluster of --workers)")

    schema = commands.add_parser("schema", help="print the output tables' columns as Markdown")
    schema.add_argument("table", nargs="?", choices=sorted(TABLES), help="only this table")

    dict_parser = commands.add_parser("dict", help="build, check, start or add to the dictionaries")
    dict_commands = dict_parser.add_subparsers(dest="dict_command", metavar="ACTION", required=True)
    build = dict_commands.add_parser("build", help="rebuild dictionaries/entities/*.tsv from the public lexicons")
    build.add_argument("--shared", metavar="DIR", help="the shared data folder (default: ../shared/data)")
    build.add_argument("--out", metavar="DIR", help="the dictionaries folder to write (default: dictionaries/)")
    check = dict_commands.add_parser("check", help="validate every dictionary file; exit 2 on errors")
    check.add_argument("--dictionaries", metavar="DIR", help="the folder to check (default: the shipped dictionaries/)")
    suggest = dict_commands.add_parser("suggest", help="mine candidate dictionary entries from records, for review")
    suggest.add_argument("corpus", nargs="+", metavar="INPUT", help="record files or folders")
    suggest.add_argument("--out", metavar="FILE", help="write the TSV here (default: standard output)")
    suggest.add_argument("--min-count", type=_count, default=2, metavar="N", help="keep candidates seen at least N times (default: 2)")
    suggest.add_argument("--dictionaries", metavar="DIR", help="the dictionaries to compare with (default: the shipped dictionaries/)")
    init = dict_commands.add_parser(
        "init", help="start dictionaries of your own: a copy of the shipped ones in a new folder",
        description="Copy the shipped dictionaries (entities/*.tsv and the other data files) to a new folder, "
        "wherever the package is installed; then add to it (dict add --dictionaries DIR) and run with it "
        "(run --dictionaries DIR, or ZH_MED_DICTIONARIES=DIR for every data file).",
    )
    init.add_argument("directory", metavar="DIR", help="the new folder (must not exist)")
    add = dict_commands.add_parser(
        "add", help="add one entry to a dictionary file, keeping it sorted and valid",
        description="Add one entry to an entity file, keeping it sorted and valid. A term another file has can only "
        "go to curated.tsv, whose entries win over every other file: that is how a generated label is corrected.",
    )
    add.add_argument("term")
    add.add_argument("--label", required=True, help="one of the nine labels (symptom, disease, drug, …)")
    add.add_argument("--canonical", help="the preferred name (default: the term)")
    add.add_argument("--source", default="curated", help="where the entry comes from (default: curated)")
    add.add_argument("--file", default="curated.tsv", help="file in dictionaries/entities/ (default: curated.tsv)")
    add.add_argument("--note", default="", help="a note for the entry's note column (why it is there)")
    add.add_argument("--replace", action="store_true", help="the file has the term already: update its row in place "
                     "(label, canonical, source, note), e.g. to correct a label")
    add.add_argument("--dictionaries", metavar="DIR", help="the dictionaries folder (default: the shipped dictionaries/)")

    evaluate = commands.add_parser(
        "eval",
        help="score the entities against human labels (or records' own lists)",
        description="Run the pipeline over a labelled NER set and print precision, recall and F1 per label and "
        "micro-averaged, for exact and overlapping spans, the label confusion and the most frequent missed and "
        "spurious strings. Only labels present on both sides (after mapping) are scored. With --records, check "
        "instead how many items of each record's own lists that occur in its texts are found.",
    )
    evaluate.add_argument("gold", nargs="?", metavar="GOLD", help="the labelled file")
    evaluate.add_argument("--format", dest="gold_format", choices=("chineseblue", "cmeee"), help="format of GOLD")
    evaluate.add_argument("--map", action="append", default=[], metavar="GOLD_LABEL=OURS", help="override the label map (empty OURS ignores the type); repeatable")
    evaluate.add_argument("--records", nargs="+", metavar="INPUT", help="silver check over these record files instead of GOLD")
    evaluate.add_argument("--json", action="store_true", help="print JSON")
    evaluate.add_argument("--dictionaries", metavar="DIR", help="use another dictionaries folder (default: the shipped dictionaries/)")
    # the innermost command's parser reports its own mistakes, with its own usage (`main`)
    for command in (run, schema, dict_parser, build, check, suggest, init, add, evaluate):
        command.set_defaults(command_parser=command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """The command line; ``argv`` defaults to ``sys.argv[1:]``. Returns the exit status."""
    as_program = argv is None  # not called from Python code (tests, notebooks)
    argv = list(sys.argv[1:] if argv is None else argv)
    # `python -m pipeline schema | head` ends quietly. Not when called from Python: the
    # default action would kill the caller on any broken pipe (a dead worker's, say).
    if as_program and hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    if as_program:
        signal.signal(signal.SIGTERM, _terminated)
    parser = build_parser()
    # -v belongs to the program, wherever it is written (`run … -v`, `dict check -v`)
    verbose = [arg for arg in argv if arg in ("-v", "--verbose")]
    argv = verbose + [arg for arg in argv if arg not in ("-v", "--verbose")]
    first = len(verbose)  # `run` is the default command: insert it after the -v
    if first == len(argv) or argv[first] not in {*_COMMANDS, "-h", "--help", "--version"}:
        if first < len(argv) and (typo := _mistyped_command(argv[first])) is not None:
            print(f"error: {message('E035', given=argv[first], command=typo)}", file=sys.stderr)
            return 2
        argv.insert(first, "run")
    args, unknown = parser.parse_known_args(argv)
    if unknown:  # `run seeds --fromat csv`: run's usage, not the program's (`COMMAND ...`)
        args.command_parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO, format="%(levelname)s: %(message)s", stream=sys.stderr, force=True)
    try:
        if args.command == "schema":
            return _schema(args)
        if args.command == "dict":
            return _dict(args)
        if args.command == "eval":
            return _eval(args, parser)
        return _run(args, own_process=as_program)
    except KeyboardInterrupt:  # Ctrl-C: one line, not a traceback; the run has cleaned up
        print(f"error: {message('E036')}", file=sys.stderr)
        return 128 + signal.SIGINT
    except PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # a bug: one clear line and its own status, not Python's 1
        logging.getLogger(__name__).debug("unexpected error", exc_info=True)
        print(f"error: {message('E224', reason=f'{type(exc).__name__}: {exc}')}", file=sys.stderr)
        return 3


_COMMANDS = ("run", "schema", "dict", "eval")


def _count(value: str) -> int:
    """A count of 1 or more (``--min-count 0`` would keep every candidate seen no times)."""
    try:
        count = int(value)
    except ValueError:
        count = 0
    if count < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return count


def _default_input() -> str:
    """``seeds`` in the working folder, else the seeds shipped with the package: ``python -m
    pipeline`` works from any folder (its tables still go to ``outputs`` there)."""
    from .resources import PACKAGE_SEEDS_DIR

    return DEFAULT_INPUT if os.path.exists(DEFAULT_INPUT) or not PACKAGE_SEEDS_DIR.is_dir() else str(PACKAGE_SEEDS_DIR)


def _mistyped_command(word: str) -> str | None:
    """The command ``word`` looks like a typo of (``shema``), when it is no path either: the
    default command would read it as a missing input."""
    if os.path.exists(word) or not word.isalpha():
        return None
    close = difflib.get_close_matches(word.lower(), _COMMANDS, n=1, cutoff=0.6)
    return close[0] if close else None


def _terminated(signum: int, frame: object) -> None:
    """``kill`` (SIGTERM) unwinds like Ctrl-C: temporary tables are removed, the previous
    ones kept, worker processes shut down; the status is the shell's 128 + 15."""
    raise SystemExit(128 + signum)


def _run(args: argparse.Namespace, *, own_process: bool) -> int:
    # imported here so --help stays instant
    from .runner import check_workers, collect_less, run_batch

    if own_process:  # not when called from Python: the caller's collector stays as it is
        collect_less()
    formats = table_formats(args.format)  # csv,csv is csv
    check_workers(args.workers)
    if args.scheduler and args.engine != "dask":
        raise PipelineError("E222")
    if args.workers == 1 and args.engine != "dask":  # this process loads the Language
        from . import language, process  # noqa: F401
    # Imported modules live as long as the process: freezing their ~100,000 objects keeps
    # every later full collection from walking them again (~0.3 s of a cold start). Not when
    # called from Python: frozen objects are never collected, the caller's garbage included.
    if own_process:
        gc.freeze()
    args.inputs = args.inputs or [_default_input()]
    if args.engine == "dask":
        from .engines.dask import run_dask

        result = run_dask(
            args.inputs, args.out, dictionaries=args.dictionaries, segmenter=args.segmenter, scheduler=args.scheduler, workers=args.workers,
            progress=not args.no_progress, formats=formats,
        )
        formats = [f"{fmt} (partitioned)" if fmt == "parquet" else fmt for fmt in formats]
    else:
        result = run_batch(
            args.inputs, args.out, formats=formats, dictionaries=args.dictionaries, segmenter=args.segmenter, progress=not args.no_progress,
            workers=args.workers, keep=False,
        )
    print(f"records: {result.row_counts['records']}", file=sys.stderr)
    if not result.row_counts["records"] and not result.n_errors:  # ([] or {} alone): not silently
        print(f"warning: {message('E037', inputs=', '.join(map(str, args.inputs)))}", file=sys.stderr)
    from .lexicon.loader import load_lexicon
    from .resources import DEFAULT_DICTIONARY_DIR, PACKAGE_DICTIONARY_DIR

    if args.dictionaries:  # a folder of one's own replaces the shipped terms: say so
        n_terms = len(load_lexicon(args.dictionaries).entries)
        print(f"dictionaries: {args.dictionaries} ({n_terms} terms, in place of the shipped ones)", file=sys.stderr)
    if DEFAULT_DICTIONARY_DIR != PACKAGE_DICTIONARY_DIR:  # ZH_MED_DICTIONARIES: every data file from there
        if args.dictionaries:
            print(f"data files: {DEFAULT_DICTIONARY_DIR} (ZH_MED_DICTIONARIES)", file=sys.stderr)
        else:
            n_terms = len(load_lexicon(DEFAULT_DICTIONARY_DIR).entries)
            print(f"dictionaries: {DEFAULT_DICTIONARY_DIR} ({n_terms} terms and every data file, from ZH_MED_DICTIONARIES)", file=sys.stderr)
    per_label = ", ".join(f"{label} {n}" for label, n in result.label_counts.items()) or "none"
    print(f"mentions: {result.row_counts['mentions']} ({per_label})", file=sys.stderr)
    from .tables.manifest import MANIFEST

    tables = [path for path in result.written if path.name != MANIFEST]
    print(
        f"tables: {len(tables)} files in {args.out} ({', '.join(result.row_counts)} × {', '.join(formats)}), and {MANIFEST}",
        file=sys.stderr,
    )
    errors_table = next((path for path in result.written if path.name in ("errors.csv", "errors.parquet", "errors")), None)
    print(f"errors: {result.n_errors}" + (f" (see {errors_table})" if result.n_errors and errors_table else ""), file=sys.stderr)
    return 1 if result.n_errors else 0


def _schema(args: argparse.Namespace) -> int:
    for table, columns in TABLES.items():
        if args.table and table != args.table:
            continue
        print(f"#### `{table}`\n\n| column | type | meaning |\n|---|---|---|")
        for column in columns:
            print(f"| `{column.name}` | {column.dtype} | {column.doc} |")
        print()
    return 0


def _dict(args: argparse.Namespace) -> int:
    if args.dict_command == "build":
        from .lexicon import build

        if args.out is not None:
            check_output_path(args.out)
        argv = [*(["--shared", args.shared] if args.shared else []), *(["--out", args.out] if args.out else [])]
        return build.main(argv)
    if args.dict_command == "suggest":
        return _dict_suggest(args)
    if args.dict_command == "add":
        return _dict_add(args)
    if args.dict_command == "init":
        from .lexicon.edit import init_dictionaries

        n_files = init_dictionaries(args.directory)
        print(f"{args.directory}: {n_files} dictionary files, a copy of the shipped ones; "
              f"add with: python -m pipeline dict add TERM --label LABEL --dictionaries {args.directory}", file=sys.stderr)
        return 0
    from pathlib import Path

    from .lexicon.check import check_dictionaries, jieba_notes
    from .resources import DEFAULT_DICTIONARY_DIR

    directory = Path(args.dictionaries) if args.dictionaries else DEFAULT_DICTIONARY_DIR
    problems = check_dictionaries(directory)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        notes = jieba_notes(directory)
        for note in notes if args.verbose else ():
            print(note, file=sys.stderr)
        print(f"note: {len(notes)} terms hold characters jieba's pre-split cuts (Greek letters, brackets, "
              "spaces); the tokenizer keeps them whole (-v lists them)", file=sys.stderr)
    print(f"{len(problems)} problem(s)", file=sys.stderr)
    return 2 if problems else 0



def _dict_suggest(args: argparse.Namespace) -> int:
    from .lexicon.suggest import suggest, write_suggestions

    issues: list[ReadIssue] = []
    suggestions = suggest(args.corpus, dictionaries=args.dictionaries, min_count=args.min_count, issues=issues)
    write_suggestions(suggestions, args.out)
    print(f"{len(suggestions)} suggestion(s)" + (f" written to {args.out}" if args.out else ""), file=sys.stderr)
    return _report_unreadable(issues)


def _report_unreadable(issues: list[ReadIssue]) -> int:
    """Each input that could not be read, on stderr as ``run`` reports it; exit code 1 if
    there was any."""
    from .runner import report_error, vars_of

    for issue in issues:
        report_error(vars_of(issue))
    return 1 if issues else 0


def _dict_add(args: argparse.Namespace) -> int:
    from .lexicon.edit import add_entry

    added = add_entry(
        args.term, args.label, canonical=args.canonical, source=args.source, file=args.file, dictionaries=args.dictionaries,
        note=args.note, replace=args.replace,
    )
    if added.replaced:
        was = added.replaced
        print(f"replaced {added.path}:{added.line} (was {was.label}, canonical {was.canonical}, source {was.source})", file=sys.stderr)
    else:
        print(f"added to {added.path}:{added.line}", file=sys.stderr)
    if (other := added.overridden) and added.redundant:  # not "overrides": it changes nothing
        print(f"it is redundant: {other.file}:{other.line} has the same label and canonical ({other.label}, {other.canonical})", file=sys.stderr)
    elif other:
        print(f"it overrides {other.file}:{other.line} ({other.label})", file=sys.stderr)
    return 0


def _eval(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    import json

    from .evaluate import report

    if args.records:
        if args.gold:
            parser.error("eval: give either GOLD or --records, not both")
        from .evaluate.silver import run_silver

        issues: list[ReadIssue] = []
        try:
            result = run_silver(args.records, dictionaries=args.dictionaries, issues=issues)
        except PipelineError:  # no readable record at all: say why first
            _report_unreadable(issues)
            raise
        print(json.dumps(report.silver_to_dict(result), ensure_ascii=False, indent=1) if args.json else report.format_silver(result))
        return _report_unreadable(issues)
    if not args.gold or not args.gold_format:
        parser.error("eval: GOLD and --format are required (or --records for the silver check)")
    from .evaluate import parse_map_overrides, run_eval

    result = run_eval(args.gold, args.gold_format, overrides=parse_map_overrides(args.map), dictionaries=args.dictionaries)
    print(json.dumps(report.eval_to_dict(result), ensure_ascii=False, indent=1) if args.json else report.format_eval(result))
    return 0
