"""Assembling the spaCy pipeline: ``spacy.blank("zh")`` with our tokenizer and components."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.util import registry

# Imported for their registrations (@Language.factory, @registry.tokenizers):
from . import tokenizer  # noqa: F401
from .abbreviations import component as _abbreviations  # noqa: F401
from .abbreviations.table import FOLDER_FILES as ABBREVIATION_FILES
from .clinical import component as _clinical  # noqa: F401
from .context import component as _context  # noqa: F401
from .entities import component as _entities  # noqa: F401
from .errors import PipelineError, message
from .lexicon.loader import LEXICON_HELPER_FILES
from .quantities import component as _quantities  # noqa: F401
from .resources import (
    DEFAULT_DICTIONARY_DIR,
    PACKAGE_DICTIONARY_DIR,
    check_data_folder,
    dictionary_dir,
    missing_data_files,
)

PIPE_NAMES = (
    "medical_entities",
    "medical_abbreviations",
    "medical_quantities",
    "medical_frequencies",
    "medical_context",
    "medical_clinical",
)
#: Components configured with the entity dictionaries folder (``--dictionaries``).
USES_ENTITY_DICTIONARIES = frozenset({"medical_entities", "medical_abbreviations"})
#: Components that can show their results as spaCy spans (``span_views``).
HAS_SPAN_VIEWS = frozenset({"medical_entities", "medical_abbreviations", "medical_quantities"})

logger = logging.getLogger(__name__)
#: The ``--dictionaries`` folders already warned about (E038), so that a notebook loading
#: again, or a forked worker, does not repeat it.
_warned_unread: set[Path] = set()


@registry.callbacks("zh_med.any_length.v1")
def any_length() -> Callable[[Language], Language]:
    """``[nlp.after_creation]``: no ``max_length`` (see ``load``)."""

    def unlimited(nlp: Language) -> Language:
        nlp.max_length = sys.maxsize
        return nlp

    return unlimited


def load(
    dictionaries: str | Path | None = None,
    segmenter: str = "jieba",
    *,
    span_views: bool = True,
    lexical_attributes: bool = True,
) -> Language:
    """Return the configured ``Language``: the jieba tokenizer and the ``PIPE_NAMES``
    components, in that order.

    ``dictionaries`` is a folder with ``entities/*.tsv`` (and optionally
    ``segmentation.tsv`` and the abbreviation files) replacing the shipped entity dictionaries; the other data files
    (context rules, quantity cues …) come from the shipped ``dictionaries/``
    (or ``ZH_MED_DICTIONARIES``): E038 warns when the folder holds edited copies of them.
    ``segmenter`` is ``jieba`` (default) or ``rjieba`` (faster; see ``pipeline.tokenizer``).
    ``span_views=False`` leaves ``doc.ents`` and span groups empty (the ``doc._`` values
    and so the tables are the same): what batch runs use, as no table reads spans.
    ``lexical_attributes=False`` leaves spaCy's per-word attributes (``token.is_punct``,
    ``token.like_num``, ``token.shape_`` …) unset: no stage reads them, and computing them
    is more than half the cost of building Docs of words the vocabulary has not seen
    (0.71 → 0.30 s for 1,000 xywy records). Batch runs turn it off.

    Texts of any length are accepted: spaCy's ``max_length`` (1,000,000 characters) guards
    its parser and NER (about 1 GB per 100,000 characters), and this pipeline has neither. A
    section of 1,000,000 characters of prose takes about 6 s and 0.5 GB (peak RSS) here.
    """
    check_data_folder()
    if DEFAULT_DICTIONARY_DIR != PACKAGE_DICTIONARY_DIR and (missing := missing_data_files(DEFAULT_DICTIONARY_DIR)):
        raise PipelineError("E019", path=DEFAULT_DICTIONARY_DIR, files=", ".join(missing))
    if segmenter not in tokenizer.SEGMENTERS:
        raise PipelineError("E032", name=segmenter, choices=", ".join(tokenizer.SEGMENTERS))
    directory = dictionary_dir(dictionaries)
    if not directory.is_dir():
        raise PipelineError("E026", path=directory)
    if directory not in _warned_unread and (unread := unread_data_files(directory)):
        _warned_unread.add(directory)
        logger.warning(message("E038", path=directory, files=", ".join(unread), used=DEFAULT_DICTIONARY_DIR))
    config = {
        "nlp": {
            "tokenizer": {
                "@tokenizers": "zh_med.jieba_tokenizer.v1",
                "dictionaries": str(directory),
                "segmenter": segmenter,
            },
            # in the config, so that a pipeline saved with nlp.to_disk keeps it after spacy.load
            "after_creation": {"@callbacks": "zh_med.any_length.v1"},
        }
    }
    nlp = spacy.blank("zh", config=config)
    if not lexical_attributes:
        nlp.vocab.lex_attr_getters = {}
    for name in PIPE_NAMES:
        pipe_config: dict[str, str | bool] = {"dictionaries": str(directory)} if name in USES_ENTITY_DICTIONARIES else {}
        if name in HAS_SPAN_VIEWS:
            pipe_config["span_views"] = span_views
        nlp.add_pipe(name, config=pipe_config)
    return nlp


def unread_data_files(directory: Path) -> list[str]:
    """The data files of a ``dictionaries`` folder that no stage reads from it and that differ
    from those read instead (``DEFAULT_DICTIONARY_DIR``'s): a copy made by ``dict init`` with
    its ``context_rules.tsv`` edited, say. Only the entity files, ``LEXICON_HELPER_FILES`` and
    ``ABBREVIATION_FILES`` come from that folder; the build's word lists are read by ``dict build`` alone."""
    if directory.resolve() == DEFAULT_DICTIONARY_DIR.resolve():
        return []
    unread = []
    for path in sorted(directory.glob("*.tsv")):
        used = DEFAULT_DICTIONARY_DIR / path.name
        if path.name in LEXICON_HELPER_FILES or path.name in ABBREVIATION_FILES or path.name.startswith("build_") or not used.is_file():
            continue
        if path.read_bytes() != used.read_bytes():
            unread.append(path.name)
    return unread
