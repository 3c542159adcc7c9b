"""One catalogue of the messages users see, in the spirit of ``spacy.errors``.

Every user-facing error is a code plus a template, so messages stay consistent and
tests can assert on the code rather than on wording.
"""

from __future__ import annotations


class Errors:
    E001 = "cannot read {path}: {reason}"
    E002 = "{path}: invalid JSON: {reason}"
    E003 = "{path}: line {line}: invalid JSON: {reason}"
    E004 = "{path}: unknown record shape: {reason}"
    E005 = "{path}: record {record_id} has no text to process"
    E006 = "{path} was not UTF-8; decoded as GB18030"
    E007 = "{path}: byte {offset} (line {line}) is neither UTF-8 nor GB18030; read as UTF-8 with U+FFFD in place of the bad bytes"
    E008 = "{path}: {where}valid JSON, but beyond Python's limits: {reason}"
    E009 = "{path}: empty file: no records"
    E010 = "input path does not exist: {path}"
    E011 = "no input files (*.json, *.jsonl, *.txt, *.csv, *.tsv, each maybe .gz, *.parquet) found under {path}{skipped}"
    E012 = "cannot write to output directory {path}: {reason}"
    E013 = "unknown table format {fmt!r}; choose from {choices}"
    E014 = "{path}: not a table file of this pipeline: read_table takes <table>.csv (or table=<table> for a renamed CSV file), <table>.parquet or a folder of Parquet parts; tables: {tables}"
    E015 = "{path}: no such table file or folder"
    E016 = "inputs must be paths (a str or pathlib.Path, or a list of them) or records in memory (a pandas DataFrame, a dict, a list of dicts), got {kind}"
    E017 = "dictionaries must be a folder path (str or pathlib.Path), got {kind}"
    E018 = "{path}: empty file: no header row"
    E019 = ("ZH_MED_DICTIONARIES={path} lacks data files every stage reads from there: {files}; make it a whole copy "
            "(python -m pipeline dict init NEW_FOLDER copies the shipped ones)")
    E039 = "ZH_MED_DICTIONARIES={path} is no folder; start one with: python -m pipeline dict init {path}"
    E020 = "{path}:{line}: {reason}"
    E021 = "{path}: missing required column(s) {missing}; header is {header}"
    E022 = "{path}:{line}: unknown label {label!r}; expected one of {labels}"
    E023 = "{path}:{line}: duplicate term {term!r} (first at {first})"
    E024 = "{path}:{line}: empty value in required column {column!r}{hint}"
    E025 = "{path}:{line}: expected {expected} fields (the header's columns: {columns}), found {found}"
    E026 = "dictionary directory not found: {path}"
    E027 = "{path}:{line}: unknown {column} {value!r}; expected one of {choices}"
    E028 = "{path}: no entity files (*.tsv){others}"
    E029 = "{path}:{line}: term {term!r} cannot be matched: {reason}"
    E030 = "record processing failed in stage {stage}: {reason}"
    E031 = "--segmenter rjieba needs the optional dependency rjieba: pip install rjieba"
    E032 = "unknown segmenter {name!r}; choose from {choices}"
    E033 = "{path}: records read from {where}; left out, as no record: {keys}"
    E034 = "{path}: line {line}: invalid CSV: {reason}"
    E035 = "unknown command {given!r} (no such input path either); did you mean {command!r}? (python -m pipeline --help)"
    E036 = "interrupted (Ctrl-C): nothing more was written; a run's output folder keeps its previous tables"
    E037 = "no records found in {inputs}: the tables written are empty"
    E038 = (
        "--dictionaries {path} gives only the entity dictionaries (entities/*.tsv and the lexicon's helper files); "
        "the other data files are read from {used}, and these of {path} differ from them (edited, or copied from "
        "another version of the pipeline) and are not read: {files}. To use every data file of that folder, run "
        "with ZH_MED_DICTIONARIES={path} (a copy from another version then also brings that version's rules)"
    )
    E040 = (
        "{path}: record {record_id} names no disease (no name key of record_reading.tsv, no overview "
        "opening 'X是…'): its disease is {stem!r}, its input's name; so is that of any other such record of it"
    )
    E041 = "{path}: byte {offset} is no valid {encoding} (its byte order mark says so); read with U+FFFD in place of the bad bytes"
    E042 = "{path} skipped: {plain} is in the same folder (the same records compressed?); name both to read both"
    E043 = "{path}: {count} bytes after the gzip data ignored (as gzip -d does)"
    E044 = "{path}: padding after the JSON text ignored (NUL, Ctrl-Z or undecodable bytes: {count})"
    E100 = "lexicon file not found: {path} (is --shared the shared data directory?)"
    E101 = "{path}:{line}: unknown value {value!r} in column 'use'; expected both or description"
    E102 = ("{path} not found: the build leaves the curated terms out of the files it writes, so the folder would "
            "lack them; build into a copy of the shipped dictionaries (python -m pipeline dict init DIR), or write "
            "a curated.tsv holding only its header to build without curated terms")
    E120 = "{path}:{line}: {column} must be {expected}, found {value!r}"
    E121 = "{path}:{line}: approx_low {low} is greater than approx_high {high}"
    E140 = "{path}:{line}: abbreviation {abbr!r} is not spelled canonically; write {expected!r}"
    E141 = "{path}:{line}: unknown cue role {role!r}; expected one of {roles}"
    E142 = "{path}:{line}: {abbr!r} is spelled like {other!r} (line {first}); merge the two rows"
    E143 = "no xywy records (medical_*.json) found under {path}"
    E161 = "{path}:{line}: max_scope must be a non-negative integer, found {value!r}"
    E180 = "unknown gold format {fmt!r}; choose from {choices}"
    E181 = "{path}: cannot read gold annotations: {reason}"
    E182 = "bad --map {value!r}: {reason}"
    E183 = "no label to evaluate: gold labels after mapping {gold} and ours {ours} have none in common"
    E184 = "unknown label {label!r}; expected one of {labels}"
    E185 = "term {term!r} is already in {where} ({label}){hint}"
    E186 = "bad dictionary entry: {reason}"
    E187 = "no records to check in {path}"
    E188 = "cannot write {path}: {reason}"
    E189 = "{path} exists: dict init makes a new folder (a copy of the shipped dictionaries); name one that does not exist"
    E190 = "dictionary directory not found: {path}; start one with: python -m pipeline dict init {path}"
    E191 = "term {term!r} was not added to {path}: it cannot be matched: {reason}"
    E192 = ("{path} is written by `dict build`, which would drop the term at its next run; add it to curated.tsv "
            "(the default) or to a file of your own")
    E220 = "workers (--workers) must be a whole number of at least 1, got {workers!r}"
    E221 = "--engine dask needs the optional dependency dask[distributed]: pip install 'dask[distributed]'"
    E222 = "--scheduler is only used with --engine dask"
    E223 = "the worker process died while processing this record (a crash in compiled code or out of memory); the other records were processed"
    E224 = "unexpected error (a bug; please report it): {reason}; -v shows the traceback"
    E225 = "cannot connect to the dask scheduler {address}: {reason}"


def message(code: str, **fields: object) -> str:
    """The user-facing text of an error: ``[E003] file.jsonl: line 2: invalid JSON: …``."""
    return f"[{code}] " + getattr(Errors, code).format(**fields)


class PipelineError(Exception):
    """An error caused by user input or user data, reported without a traceback."""

    def __init__(self, code: str, **fields: object) -> None:
        self.code = code
        self.fields = fields
        super().__init__(message(code, **fields))

    def __reduce__(self) -> tuple[object, ...]:
        # keyword fields: the default (args-only) pickling cannot rebuild it, and worker
        # processes (the local pool, dask) send errors back pickled
        return _rebuild, (type(self), self.code, self.fields)


def _rebuild(cls: type[PipelineError], code: str, fields: dict[str, object]) -> PipelineError:
    return cls(code, **fields)


class DictionaryError(PipelineError):
    """A dictionary (TSV data) file is malformed; the message names file:line."""
