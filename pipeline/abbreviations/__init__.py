"""English abbreviations in Chinese text: definitions, canonical spelling, the table, mentions."""

from .definitions import Definition, find_acronyms, find_definitions, matches_long_form
from .mentions import AbbreviationMention, find_abbreviation_mentions
from .table import (
    AbbreviationEntry,
    canonical_abbr,
    guess_label,
    load_abbreviations,
    load_cues,
)

__all__ = [
    "AbbreviationEntry",
    "AbbreviationMention",
    "Definition",
    "canonical_abbr",
    "find_abbreviation_mentions",
    "find_acronyms",
    "find_definitions",
    "guess_label",
    "load_abbreviations",
    "load_cues",
    "matches_long_form",
]
