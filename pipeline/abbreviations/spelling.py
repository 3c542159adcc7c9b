"""Spelling rules for abbreviations, before any table look-up.

``TNF-a``/``TNFα`` → ``TNF-α`` (a Greek letter after capitals takes a hyphen, as in the
WHO/HGNC style the xywy texts mostly use), ``IL-1a`` → ``IL-1α`` (after a digit it does
not), a lone lower-case letter → upper case (``organomegaly, o`` is the O of POEMS).
Everything else (``IgG``, ``mRNA``, ``pH``) keeps its case: case carries meaning
(``pH`` is not ``PH``, ``Ct`` is not ``CT``).
"""

from __future__ import annotations

import re

from ..normalize import normalize_text

GREEK = "αβγδεκλμθ"
#: How a Greek letter is spelled in an English long form ("tumor necrosis factor alpha").
GREEK_INITIAL = str.maketrans({"α": "a", "β": "b", "γ": "g", "δ": "d", "ε": "e", "κ": "k",
                               "λ": "l", "μ": "m", "θ": "t"})
_CAPITAL_GREEK = re.compile(rf"([A-Z])([{GREEK}])")


def spell_abbr(s: str) -> str:
    """Apply the spelling rules only (no table): the form a table row must already have."""
    s = normalize_text(s).strip()
    s = _CAPITAL_GREEK.sub(r"\1-\2", s)
    if len(s) == 1 and s.isascii() and s.isalpha():
        s = s.upper()
    return s


def spelling_key(s: str) -> str:
    """What two spellings of one abbreviation share: no hyphens, dots or spaces."""
    return re.sub(r"[-.\s]", "", spell_abbr(s))
