"""Stage 2: normalize text for matching without moving any offset.

Every rule here replaces one character by exactly one character, so a position in the
normalized text *is* the position in the original text: ``original[start:end]`` is
always the surface form of a match found at ``normalized[start:end]``. Rules that would
change the length (``Ⅱ`` → ``II``) are deliberately not done here.

What is normalized:

* full-width ASCII (``ＩＬ－６``, ``９３％``, ``（``, ``，``) → half-width; ideographic space → space;
* tilde and dash variants (``〜 ∼ ～``, ``‐ ‑ ‒ – — ― −``) → ``~`` and ``-``;
* the character variant 粘 → 黏 (``粘膜`` is ``黏膜``, the standard term; records write both);
* Latin stand-ins for Greek letters in biomarker names (``TNF-a`` → ``TNF-α``,
  ``IL-1b`` → ``IL-1β``, ``TGF-b1`` → ``TGF-β1``, ``IFN-g`` → ``IFN-γ``) and look-alike
  code points (``ɑ`` → ``α``, ``ß`` → ``β``, ``µ`` → ``μ``);
* misprinted numbers, only where the neighbours make the character part of a number (each
  shape was checked on the xywy records, where these stand-ins occur): a lone Latin ``l``
  touching a digit is a 1 (``l0%``, ``2l%``, ``62l例``, ``l/3``, ``l~2天``; never one next to
  another Latin letter or after a unit's slash, as in ``mmol/l``, ``iu/l2016``, nor a litre
  after a number, ``2l以上``, ``3l/d``, nor a lumbar vertebra, ``l4椎体``, ``l5/s1``, ``l4-5``),
  an ``O`` before a decimal point or in a
  percentage is a 0 (``O.5%``, ``7O%``, ``3.O%``; never one between digits, as in ``H2O2``),
  and an ideographic full stop, an enumeration comma or a middle dot between the digits of
  a percentage is its decimal point (``1。9%``, ``52、69%``, ``0·5%``; not after a line's or a
  sentence's start, where ``2、50%`` is item 2, nor after a name, fraction or ratio, ``HSV-2。10%``,
  ``1/3。20%``, ``1∶1。20%``). These rules run until nothing changes (``l~l2`` → ``1~12``), so that
  a normalized text is its own normal form.
"""

from __future__ import annotations

import re

_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_VARIANTS = {
    0x3000: " ",  # ideographic space
    0x00A0: " ",  # no-break space
    0x301C: "~",  # wave dash
    0x223C: "~",  # tilde operator
    0x02DC: "~",  # small tilde
    0x2010: "-",
    0x2011: "-",
    0x2012: "-",
    0x2013: "-",
    0x2014: "-",
    0x2015: "-",
    0x2212: "-",
    0x0251: "α",  # Latin alpha
    0x00DF: "β",  # German sharp s, often typed for beta
    0x00B5: "μ",  # micro sign
    0x7C98: "黏",  # 粘 → 黏: the standard form of medical terms (黏膜, 黏液, 黏连); records use both
}
_TABLE = str.maketrans({**_FULLWIDTH, **{k: v for k, v in _VARIANTS.items()}})
#: Each character the table changes, and what it becomes (never itself a character it changes).
_REPLACEMENTS = {chr(code): chr(code).translate(_TABLE) for code in _TABLE}
# A character the table changes. ``str.translate`` costs a dict lookup per character (~50 ns
# on Chinese text); finding the few distinct characters a text needs changed with a regex and
# replacing each with ``str.replace`` is 5x faster on records (a section holds some 10 of
# them, mostly the same full-width marks ，（）：) and 15x on the (already normalized) dictionary files.
_TRANSLATED = re.compile("[" + "".join(re.escape(chr(code)) for code in _TABLE) + "]")

_GREEK = {"a": "α", "b": "β", "g": "γ", "d": "δ", "k": "κ"}
# An upper-case marker name (TNF, IL-1, TGF, IFN, HIF-1 …), then, right after a hyphen or a
# digit, one Latin letter standing for a Greek one, not followed by another letter: TNF-a,
# IL-1b, TGF-b1, IFN-g. Requiring 2+ capitals keeps IgA and HBeAg untouched; requiring the
# hyphen or digit keeps antibody and immunoglobulin suffixes (TPOAb, HBIg) untouched. The
# "no letter before" look-behind comes after the first capital: a pattern starting with a
# capital lets the regex engine skip to the capitals (3x faster than testing every position).
_GREEK_STANDIN = re.compile(r"([A-Z](?<![A-Za-z][A-Z])[A-Z]{1,5}(?:-?\d{1,2}-?|-))([abgdk])(?![A-Za-z])")

# Misprinted numbers. Each pattern starts with the character it matches, the conditions after
# it: ``re`` skips to those characters (10x faster than testing a look-behind everywhere).
# A lone l (no Latin letter on either side) next to a digit, or before a digit behind a
# fraction bar, range mark or point, or before a percent sign: 1; but not a lumbar vertebra
# (l4椎体, l4/5, l5/s1, l4-5, l3~l4) nor a litre (iu/l2016-12-2, 10^/9l: a date glued on, a slip;
# 2l以上, 3l/d), as the lower-cased NER sets and some records write them.
_MISPRINTED_ONE = re.compile(
    r"l(?<![A-Za-z]l)(?<![A-Za-z]/l)(?<![/^][0-9]l)(?![A-Za-z]|[1-5](?:[椎/~-]|s[0-9]))"
    r"(?:(?<=[0-9]l)(?!以上|以下|左右|/)|(?=[0-9%]|[./~-][0-9]))"
)
# An O or o (no Latin letter before) before a decimal point, an O between a number and its
# percent sign, or after a decimal point and before a percent sign or range mark: 0.
# (One [Oo] opens all three: ``re`` then skips to those letters, 2x faster than three branches.)
_MISPRINTED_ZERO = re.compile(r"[Oo](?:(?<![A-Za-z][Oo])(?=\.[0-9])|(?<=[0-9]O)(?=%)|(?<=[0-9]\.O)(?=%|[~-][0-9]))")
# The whole number of a percentage, then 。、· as its point: the number follows a character
# that is no blank nor full stop (a line's or a sentence's start: 2、50% is item 2) and
# is not part of a name, a fraction or a ratio (HSV-2。10%, 1/3。20%, 1∶1。20%: a sentence ends there).
_MISPRINTED_POINT = re.compile(
    r"[0-9](?<=[^\sA-Za-z0-9./。;][0-9])(?<![A-Za-z]-[0-9])(?<![0-9][∶:][0-9])[0-9]*[。、·][0-9]+(?=[ \t]*%)"
)
_POINT = str.maketrans("。、·", "...")


def table_changes(text: str) -> list[int]:
    """Where the translation table changes ``text``: most of the characters ``normalize_text``
    changes (the full-width marks), not those the rules after it change (``l0%`` → ``10%``)."""
    return [match.start() for match in _TRANSLATED.finditer(text)]


#: Recent texts and their normalized forms, each normalized form also under itself.
_RECENT: dict[str, str] = {}
_RECENT_SIZE = 128


def normalize_text(text: str) -> str:
    """Return ``text`` normalized for matching; ``len(result) == len(text)`` always.

    Cached (a few recent texts): every stage normalizes the section it is given, so that
    its pure function also works on raw text, and a section passes through six stages, most
    of them handed the normalized text already: a result is remembered as its own normal form."""
    normalized = _RECENT.get(text)
    if normalized is None:
        normalized = text
        for char in set(_TRANSLATED.findall(text)):
            normalized = normalized.replace(char, _REPLACEMENTS[char])
        normalized = _GREEK_STANDIN.sub(lambda m: m.group(1) + _GREEK[m.group(2)], normalized)
        # until nothing changes: a digit made may make the next one (l~l2: 1~12), and the
        # result must be its own normal form (it is remembered as one)
        before = None
        while normalized != before:
            before = normalized
            normalized = _MISPRINTED_ONE.sub("1", normalized)
            normalized = _MISPRINTED_ZERO.sub("0", normalized)
            if "%" in normalized:  # what _MISPRINTED_POINT ends on; most texts have none
                normalized = _MISPRINTED_POINT.sub(lambda m: m.group().translate(_POINT), normalized)
        if len(_RECENT) >= _RECENT_SIZE:
            _RECENT.clear()
        _RECENT[text] = _RECENT[normalized] = normalized
    return normalized
