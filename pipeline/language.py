"""Assembling the spaCy pipeline: ``spacy.blank("zh")`` with our tokenizer and components."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

from . import entities  # noqa: F401  (registers the component factories)
from .abbreviations import component as _abbreviations  # noqa: F401
from .context import component as _context  # noqa: F401
from . import tokenizer  # noqa: F401  (registers the tokenizer)
from .errors import PipelineError
from .resources import DEFAULT_DICTIONARY_DIR

PIPE_NAMES = ("medical_entities", "medical_abbreviations", "medical_context")


def load(dictionaries: str | Path | None = None) -> Language:
    """Return the configured ``Language``: jieba tokenizer + entity (and later) components.

    ``dictionaries`` is a folder laid out like the shipped ``dictionaries/``.
    """
    directory = Path(dictionaries) if dictionaries else DEFAULT_DICTIONARY_DIR
    if not directory.is_dir():
        raise PipelineError("E026", path=directory)
    config = {
        "nlp": {
            "tokenizer": {
                "@tokenizers": "zh_med.jieba_tokenizer.v1",
                "dictionaries": str(directory),
            }
        }
    }
    nlp = spacy.blank("zh", config=config)
    nlp.add_pipe("medical_entities", config={"dictionaries": str(directory)})
    nlp.add_pipe("medical_abbreviations", config={"dictionaries": str(directory)})
    nlp.add_pipe("medical_context")
    return nlp
