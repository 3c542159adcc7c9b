"""Loading the context cues (``context_rules.tsv``), subsection headings
(``section_headings.tsv``), disease-name prefixes (``disease_prefixes.tsv``) and lesion heads
(``disease_heads.tsv``) once, validated, as frozen values."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from ..errors import DictionaryError
from ..resources import DEFAULT_DICTIONARY_DIR, choice, read_tsv, unique_rows

MODIFIERS: tuple[str, ...] = ("negated", "rare", "possible", "normal", "hypothetical")
#: The word classes moved out of context/assertion.py (s19), each with the one direction it is read in: forward
#: before what it is read with (无法|手术), backward after it (骨折|端), both on either side (引起).
MOVED_SIDES: dict[str, str] = {
    "causing": "both", "causing_adverb": "forward", "effect": "forward", "placed": "backward", "search_ending": "forward",
    "cause_marker": "forward", "cause_link_noun": "backward", "cause_link": "backward", "part_itself": "backward",
    "lesion_part": "backward", "back_to_the_record": "forward", "how_often": "backward", "unknown_cause": "forward",
    "cannot": "forward", "cannot_adverb": "forward", "cannot_verb": "forward", "disease_list_opening": "forward",
    "disease_list_noun": "backward", "confused_with": "backward", "another_kind": "forward",
    "compared_kind": "forward", "comparison_degree": "backward", "comparison_end": "backward", "told_apart": "backward",
    "list_closing": "backward", "cause_colon_link": "forward", "cause_colon_following": "forward",
    "cause_colon_noun": "forward", "cause_colon_verb": "forward", "base_link": "backward",
}
#: Categories that are no cues: words read around a cue (see ``context_rules.tsv``).
READ_AROUND: tuple[str, ...] = (
    "attribute", "occurrence", "modal", "preposition", "manifestation", "presentation", "consequence", "counting",
    "thinking", "complication", "resemblance", "unlike", "obligation", "this_disease", "hedge", "unlike_end",
    "lowering", "risk", "this_type", "name_closing",
    "predicate_adverb", "predicate_copula", "predicate_kind", "predicate_end", "not_predicated", "having", "not_a_head",
    "list_noun", "noun_occurrence", "manifestation_noun", "comes_with", "host_group", "cause_list", "cause_list_end",
    "addressed", "risk_opening", "risk_degree", "risk_dated", "own_copula", "not_own_copula", "not_a_cause_list",
    "not_comes_with_after", "own_having", "own_having_adverb", "not_own_having", "absence", "site_suffix", *MOVED_SIDES,
)
#: Every category: the modifiers and cues, then the words read around them.
CATEGORIES: tuple[str, ...] = (
    *MODIFIERS, "condition", "terminate", "pseudo", "differential", "owner", "relation", "generic", *READ_AROUND,
)
DIRECTIONS: tuple[str, ...] = ("forward", "backward", "both")
KINDS: tuple[str, ...] = (
    "differential",
    "cause",
    "mechanism",
    "treatment_tcm",
    "treatment_western",
    "treatment",
    "examination",
    "symptom",
    "complication",
    "prevention",
    "nursing",
    "prognosis",
    "diet",
)
WHERE: tuple[str, ...] = ("text", "section", "both")
PREFIX_KINDS: tuple[str, ...] = ("patient_group", "qualifier", "severity")


@dataclass(frozen=True, slots=True)
class ContextRule:
    """One row of ``context_rules.tsv``."""

    cue: str
    category: str
    direction: str
    max_scope: int | None = None


@dataclass(frozen=True, slots=True)
class HeadingRule:
    """One row of ``section_headings.tsv``."""

    heading: str
    kind: str
    where: str



@functools.cache
def load_context_rules(path: Path = DEFAULT_DICTIONARY_DIR / "context_rules.tsv") -> tuple[ContextRule, ...]:
    """Read and validate the cue table; cached, so the file is read once per path."""
    rules = []
    rows = read_tsv(path, ("cue", "category", "direction", "source"), ("max_scope", "note"))
    for line, row in unique_rows(path, rows, ("cue", "category", "direction")):
        category = choice(path, line, row, "category", CATEGORIES)
        direction = choice(path, line, row, "direction", DIRECTIONS)
        if category == "relation" and direction != "backward":
            reason = "a relation cue follows what it relates (X的原因): its direction is backward"
            raise DictionaryError("E020", path=path, line=line, reason=reason)
        if category in ("condition", "consequence") and direction != "forward":
            reason = f"a {category} word opens or ends a condition before what it judges (若出现发热，则…): its direction is forward"
            raise DictionaryError("E020", path=path, line=line, reason=reason)
        if category == "attribute" and direction != "forward":
            reason = "an attribute word follows a negation (无典型的心绞痛): its direction is forward"
            raise DictionaryError("E020", path=path, line=line, reason=reason)
        if category == "complication" and direction != "forward":
            reason = "a complication verb comes before the findings it brings (本病常并发甲亢): its direction is forward"
            raise DictionaryError("E020", path=path, line=line, reason=reason)
        if category in ("resemblance", "unlike", "obligation", "this_disease", "hedge", "unlike_end",
                        "lowering", "this_type", "comes_with", "host_group", "cause_list", "cause_list_end", "not_a_cause_list") and direction != "forward":
            reason = f"a {category} word comes before the disease it is about (类似急性阑尾炎, 不同于鹦鹉热肺炎): its direction is forward"
            raise DictionaryError("E020", path=path, line=line, reason=reason)
        if category == "risk" and direction != "backward":
            reason = "a risk word follows what it is the risk of (减少感染的机会): its direction is backward"
            raise DictionaryError("E020", path=path, line=line, reason=reason)
        if category in ("predicate_adverb", "predicate_copula", "predicate_kind", "having", "addressed", "risk_opening",
                        "own_copula", "own_having", "own_having_adverb", "not_own_having") and direction != "forward":
            reason = f"a {category} word comes before the disease it is about (本病多为鳞癌, 如有视野缺损的病人): its direction is forward"
            raise DictionaryError("E020", path=path, line=line, reason=reason)
        if category in ("predicate_end", "not_a_head", "list_noun", "manifestation_noun", "risk_degree",
                        "risk_dated", "not_comes_with_after", "absence", "site_suffix") and direction != "backward":
            reason = f"a {category} word follows the entity it is read with (本病属结核之一, 出现肠梗阻的机会较少): its direction is backward"
            raise DictionaryError("E020", path=path, line=line, reason=reason)
        if category in ("generic", "not_predicated", "noun_occurrence") and direction != "both":
            reason = f"a {category} disease word is no cue and has no direction: write both"
            raise DictionaryError("E020", path=path, line=line, reason=reason)
        if category == "not_own_copula" and direction != "both":
            reason = "a not_own_copula word (认为, 但是) is no cue and has no direction: write both"
            raise DictionaryError("E020", path=path, line=line, reason=reason)
        side = MOVED_SIDES.get(category)
        if side is not None and direction != side:
            reason = (f"a {category} word is read on either side of what it is read with: write both" if side == "both" else
                      f"a {category} word stands {'before' if side == 'forward' else 'after'} what it is read with: "
                      f"its direction is {side}")
            raise DictionaryError("E020", path=path, line=line, reason=reason)
        max_scope = row.get("max_scope", "")
        if max_scope and not max_scope.isdigit():
            raise DictionaryError("E161", path=path, line=line, value=max_scope)
        rules.append(ContextRule(row["cue"], category, direction, int(max_scope) if max_scope else None))
    return tuple(rules)


@functools.cache
def load_heading_rules(path: Path = DEFAULT_DICTIONARY_DIR / "section_headings.tsv") -> tuple[HeadingRule, ...]:
    """Read and validate the subsection heading table; cached per path."""
    return tuple(
        HeadingRule(
            row["heading"],
            choice(path, line, row, "kind", KINDS),
            choice(path, line, row, "where", WHERE),
        )
        for line, row in read_tsv(path, ("heading", "kind", "where", "source"))
    )


@functools.cache
def load_disease_prefixes(path: Path = DEFAULT_DICTIONARY_DIR / "disease_prefixes.tsv") -> dict[str, str]:
    """Prefix → kind (``patient_group``, ``qualifier`` or ``severity``) of the words that open a
    disease name without changing the disease (小儿, 急性, 轻度 …); cached per path."""
    return {
        row["prefix"]: choice(path, line, row, "kind", PREFIX_KINDS)
        for line, row in read_tsv(path, ("prefix", "kind", "source"), ("note", "joins"))
    }


@functools.cache
def load_disease_heads(path: Path = DEFAULT_DICTIONARY_DIR / "disease_heads.tsv") -> frozenset[str]:
    """The lesions a site opens a disease name of (骨折 of 距骨骨折, 动脉瘤 of 颅内动脉瘤); cached
    per path. A head of one character names nothing by itself: refused (E020)."""
    heads = []
    for line, row in read_tsv(path, ("head", "source"), ("note",)):
        if len(row["head"]) < 2:
            reason = f"a head of one character ({row['head']}) names no disease by itself"
            raise DictionaryError("E020", path=path, line=line, reason=reason)
        heads.append(row["head"])
    return frozenset(heads)
