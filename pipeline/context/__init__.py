"""Context of findings (negation, rarity, uncertainty, normality, other disease) and the
subsections of a section text. Pure functions over text plus :class:`~pipeline.entity.Entity`."""

from .assertion import Assertion, assertion_labels, assign_context, find_cues, is_a_listed_cause
from .rules import ContextRule, HeadingRule, load_context_rules, load_heading_rules
from .sections import Item, Subsection, find_items, find_subsections, section_kind

__all__ = [
    "Assertion",
    "ContextRule",
    "HeadingRule",
    "Item",
    "Subsection",
    "assertion_labels",
    "assign_context",
    "find_cues",
    "find_items",
    "find_subsections",
    "is_a_listed_cause",
    "load_context_rules",
    "load_heading_rules",
    "section_kind",
]
