"""``python -m pipeline dict check``: every problem of every dictionary file, not just the first.

Entity files: the file loads (columns, labels, duplicates within the file, terms the loader
rejects: one-character terms other than body parts, terms with no letter); a term defined in
two files (unless one is ``curated.tsv``, which wins); over-generic terms (listed in
``build_stopwords.tsv``) and people's names (``build_person_names.tsv``). The other data files,
the lexicon's helper files (``segmentation.tsv``, ``compound_heads.tsv`` …) among them: each is
read by its own loader, which validates it; a ``ZH_MED_DICTIONARIES`` folder must
hold them all (E019). ``jieba_notes`` lists the terms jieba's pre-split
would cut (Greek letters, brackets, spaces): not errors, our tokenizer keeps them whole.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import DictionaryError, message
from ..resources import (
    DEFAULT_DICTIONARY_DIR,
    PACKAGE_DICTIONARY_DIR,
    missing_data_files,
)
from .loader import (
    CURATED_FILE,
    HELPER_FILE_READERS,
    PROCEDURE_HEADS_FILE,
    SEGMENTATION_FILE,
    LexiconEntry,
    entity_files,
    procedure_head,
    read_entity_file,
    read_procedure_heads,
)


def check_dictionaries(directory: Path) -> list[str]:
    """Return ``file:line: problem`` messages; an empty list means the dictionaries are valid."""
    problems: list[str] = []
    try:
        files = entity_files(directory)
    except DictionaryError as exc:
        return [str(exc)]
    generic = _listed_terms(directory / "build_stopwords.tsv", problems)
    names = _listed_terms(directory / "build_person_names.tsv", problems)
    first_seen: dict[str, LexiconEntry] = {}
    terms_curated: set[str] = set()
    for path in files:
        bad_rows: list[DictionaryError] = []
        try:
            entries = read_entity_file(path, on_error=bad_rows.append)
        except DictionaryError as exc:  # not readable as a table at all
            problems.append(str(exc))
            continue
        # in line order: rows that are no table row come first from the reading
        problems += [str(error) for error in sorted(bad_rows, key=lambda error: error.fields.get("line", 0))]
        for entry in entries:
            where = f"{path}:{entry.line}"
            if entry.term in generic:
                problems.append(f"{where}: {entry.term!r} is a generic word (build_stopwords.tsv), not an entity")
            if entry.term in names:
                problems.append(f"{where}: {entry.term!r} is a person's name (build_person_names.tsv), not an entity")
            if entry.file == CURATED_FILE:
                terms_curated.add(entry.term)
                continue  # it wins over any other file's entry
            first = first_seen.setdefault(entry.term, entry)
            if first is not entry:
                first_at = f"{first.file}:{first.line}, {first.label}"
                problems.append(str(DictionaryError("E023", path=path, line=entry.line, term=entry.term, first=first_at)))
    problems += _check_data_files(directory)
    problems += _hidden_procedures(directory, set(first_seen) | terms_curated)
    if directory == DEFAULT_DICTIONARY_DIR != PACKAGE_DICTIONARY_DIR and (missing := missing_data_files(directory)):
        problems.append(message("E019", path=directory, files=", ".join(missing)))
    return problems


def _hidden_procedures(directory: Path, terms: set[str]) -> list[str]:
    """A segmentation word ending with a head of ``procedure_heads.tsv`` that is no entity term (角膜移植术):
    jieba keeps it whole, so the matcher finds neither the procedure nor the body part and head in it
    (therapies review of medical_5, 2026-12-05); ``dict build`` makes such THUOCL words procedures."""
    segmentation, heads = directory / SEGMENTATION_FILE, directory / PROCEDURE_HEADS_FILE
    if not segmentation.exists() or not heads.exists():
        return []
    try:
        words, known = HELPER_FILE_READERS[SEGMENTATION_FILE](segmentation), read_procedure_heads(heads)
    except DictionaryError:
        return []  # reported by _check_data_files
    return [f"{segmentation}: {word!r} ends with the procedure head {head!r} (procedure_heads.tsv) but is no entity term:"
            " jieba would hide the procedure; make it an entity or drop it"
            for word, _ in words if word not in terms and (head := procedure_head(word, known))]


def jieba_notes(directory: Path) -> list[str]:
    """Terms that jieba's pre-split pattern would cut; the tokenizer protects them."""
    from ..tokenizer import jieba_keeps_whole

    return [
        f"{path}:{entry.line}: {entry.term!r} is kept whole by the tokenizer, not by jieba"
        for path in entity_files(directory)
        for entry in read_entity_file(path)
        if not jieba_keeps_whole(entry.term)
    ]


def _listed_terms(path: Path, problems: list[str]) -> frozenset[str]:
    """The terms of one of the build's term lists (none when it is absent or broken: then its
    problem is reported)."""
    from .build import read_term_list

    try:
        return frozenset(read_term_list(path))
    except DictionaryError as exc:
        problems.append(str(exc))
        return frozenset()


def _data_file_loaders(directory: Path) -> list[tuple[str, Callable[[], object]]]:
    """Each non-entity data file with the loader that validates it (uncached calls)."""
    from ..abbreviations.table import load_abbreviations, load_cues, load_numeral_classes
    from ..clinical.vocabulary import load_clinical_vocabulary
    from ..context.rules import (
        load_context_rules,
        load_disease_heads,
        load_disease_prefixes,
        load_heading_rules,
    )
    from ..quantities.patterns import load_quantity_resources
    from ..reader.records import placeholder_texts, reading_rules

    def fresh(loader: Callable, argument: object) -> Callable[[], object]:
        return lambda: getattr(loader, "__wrapped__", loader)(argument)

    lexicon_helpers = [(name, fresh(reader, directory / name)) for name, reader in HELPER_FILE_READERS.items()]
    return [
        *lexicon_helpers,
        ("abbreviations.tsv", fresh(load_abbreviations, directory / "abbreviations.tsv")),
        ("abbreviation_cues.tsv", fresh(load_cues, directory / "abbreviation_cues.tsv")),
        ("abbreviation_classes.tsv", fresh(load_numeral_classes, directory / "abbreviation_classes.tsv")),
        ("context_rules.tsv", fresh(load_context_rules, directory / "context_rules.tsv")),
        ("section_headings.tsv", fresh(load_heading_rules, directory / "section_headings.tsv")),
        ("disease_prefixes.tsv", fresh(load_disease_prefixes, directory / "disease_prefixes.tsv")),  # its kind column
        ("disease_heads.tsv", fresh(load_disease_heads, directory / "disease_heads.tsv")),
        ("frequency_terms.tsv", fresh(load_quantity_resources, directory)),
        ("therapy_categories.tsv", fresh(load_clinical_vocabulary, directory)),
        ("placeholders.tsv", fresh(placeholder_texts, directory)),
        ("record_reading.tsv", fresh(reading_rules, directory)),
    ]


def _check_data_files(directory: Path) -> list[str]:
    """Validate the data files present in ``directory`` (a folder holding only entity
    files is fine: the shipped data files are used for the rest)."""
    problems = []
    for marker, load in _data_file_loaders(directory):
        if not (directory / marker).is_file():
            continue
        try:
            load()
        except DictionaryError as exc:
            problems.append(str(exc))
        except FileNotFoundError as exc:
            problems.append(f"{directory}: missing data file {exc.filename} (read with {marker})")
    return list(dict.fromkeys(problems))  # a file two loaders read (disease_prefixes.tsv) once per problem
