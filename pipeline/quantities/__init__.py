"""Quantities in section texts and the findings they describe.

``find_quantities`` reads percentages, ranges, counts, fractions and frequency words;
``bind_frequencies`` attaches each frequency to the entity it is about.
"""

from .binding import FrequencyStatement, bind_frequencies, relative_changes, share_of_a_whole_before
from .patterns import (
    FREQUENCY_KINDS,
    FrequencyTerm,
    Quantity,
    QuantityResources,
    find_quantities,
    load_quantity_resources,
)

__all__ = [
    "FREQUENCY_KINDS",
    "FrequencyStatement",
    "FrequencyTerm",
    "Quantity",
    "QuantityResources",
    "bind_frequencies",
    "find_quantities",
    "load_quantity_resources",
    "relative_changes",
    "share_of_a_whole_before",
]
