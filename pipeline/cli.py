"""Command line: ``python -m pipeline [run|dict|schema] …``.

Exit status: 0 all good; 1 some records or files could not be read or processed (the
rest was written, see the ``errors`` table); 2 a usage error (missing input, unwritable
output folder, bad dictionary), reported in one line without a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from .errors import PipelineError
from .tables import FORMATS, TABLES

DEFAULT_INPUT = "seeds"
DEFAULT_OUT = "outputs"

EPILOG = """\
examples:
  python -m pipeline                              # = run seeds --out outputs
  python -m pipeline run data/ more.jsonl --out results --format parquet
  python -m pipeline schema                       # the output tables' columns
  python -m pipeline dict build --shared ../shared/data

exit status: 0 ok; 1 some records failed (the others are written; see errors.csv);
2 usage error (missing input path, unwritable --out, invalid dictionary file)."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="Extract structured facts (mentions of symptoms, diseases, drugs, tests, "
        "procedures …) from Chinese disease encyclopedia records into CSV/Parquet tables.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug details (tracebacks of failed records)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = commands.add_parser(
        "run",
        help="process records and write the tables (the default command)",
        description="Read disease records (a JSON object, a JSON array, JSON Lines, or an object of records "
        "keyed by id; UTF-8 or GB18030) from files or folders (searched recursively for *.json, *.jsonl, "
        "*.txt) and write the tables records, mentions, record_fields and errors.",
    )
    run.add_argument("inputs", nargs="*", default=[DEFAULT_INPUT], metavar="INPUT", help=f"files or folders (default: {DEFAULT_INPUT})")
    run.add_argument("--out", default=DEFAULT_OUT, metavar="DIR", help=f"output folder (default: {DEFAULT_OUT})")
    run.add_argument(
        "--format",
        default=",".join(FORMATS),
        metavar="FMT[,FMT]",
        help="table formats to write, comma-separated: csv, parquet (default: csv,parquet)",
    )
    run.add_argument("--dictionaries", metavar="DIR", help="use another dictionaries folder (default: the shipped dictionaries/)")
    run.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")

    schema = commands.add_parser("schema", help="print the output tables' columns as Markdown")
    schema.add_argument("table", nargs="?", choices=sorted(TABLES), help="only this table")

    dict_parser = commands.add_parser("dict", help="build or check the dictionaries")
    dict_commands = dict_parser.add_subparsers(dest="dict_command", metavar="ACTION", required=True)
    build = dict_commands.add_parser("build", help="rebuild dictionaries/entities/*.tsv from the public lexicons")
    build.add_argument("--shared", metavar="DIR", help="the shared data folder (default: ../shared/data)")
    build.add_argument("--out", metavar="DIR", help="the dictionaries folder to write (default: dictionaries/)")
    check = dict_commands.add_parser("check", help="validate every dictionary file; exit 2 on errors")
    check.add_argument("--dictionaries", metavar="DIR", help="the folder to check (default: the shipped dictionaries/)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if not argv or argv[0] not in {"run", "schema", "dict", "-h", "--help", "-v", "--verbose"}:
        argv = ["run", *argv]
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*argv, "run"])
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO, format="%(levelname)s: %(message)s", stream=sys.stderr, force=True)
    try:
        if args.command == "schema":
            return _schema(args)
        if args.command == "dict":
            return _dict(args)
        return _run(args)
    except PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _run(args: argparse.Namespace) -> int:
    from .runner import run_batch  # imported here so --help stays instant

    formats = [f.strip() for f in args.format.split(",") if f.strip()]
    for fmt in formats:
        if fmt not in FORMATS:
            raise PipelineError("E013", fmt=fmt, choices=", ".join(FORMATS))
    result = run_batch(args.inputs, args.out, formats=formats, dictionaries=args.dictionaries, progress=not args.no_progress)
    mentions = result.tables["mentions"]
    print(f"records: {len(result.tables['records'])}", file=sys.stderr)
    counts = mentions["label"].value_counts().sort_index()
    per_label = ", ".join(f"{label} {n}" for label, n in counts.items()) or "none"
    print(f"mentions: {len(mentions)} ({per_label})", file=sys.stderr)
    print(f"tables: {len(result.written)} files in {args.out} ({', '.join(result.tables)} × {', '.join(formats)})", file=sys.stderr)
    print(f"errors: {result.n_errors}" + (f" (see {args.out}/errors.csv)" if result.n_errors else ""), file=sys.stderr)
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

        argv = [*(["--shared", args.shared] if args.shared else []), *(["--out", args.out] if args.out else [])]
        return build.main(argv)
    from pathlib import Path

    from .lexicon.check import check_dictionaries
    from .resources import DEFAULT_DICTIONARY_DIR

    problems = check_dictionaries(Path(args.dictionaries) if args.dictionaries else DEFAULT_DICTIONARY_DIR)
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(problems)} problem(s)", file=sys.stderr)
    return 2 if problems else 0

