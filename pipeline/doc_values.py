"""Reading and writing the pipeline's ``doc._`` values without building an ``Underscore``.

Why: every ``doc._.name`` builds a fresh ``spacy.tokens.underscore.Underscore`` (about
1.8 µs). The stages hand their results to each other and to the table rows through
``doc._``, some 35 times per section: about 8 % of a batch run. spaCy keeps a Doc
extension's value (one registered with a ``default``) in ``doc.user_data`` under
``("._.", name, None, None)``; these helpers read and write that entry, so ``doc._.name``
shows exactly the same value. ``tests/test_doc_values.py`` pins that storage format.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc
from spacy.tokens.underscore import Underscore

_UNSET = object()


def doc_value(doc: Doc, name: str) -> Any:
    """``doc._.<name>``: the value set, else the extension's default."""
    value = doc.user_data.get(("._.", name, None, None), _UNSET)
    return getattr(doc._, name) if value is _UNSET else value


def set_doc_value(doc: Doc, name: str, value: Any) -> None:
    """``doc._.<name> = value`` (``name`` must be a registered Doc extension: what
    ``Doc.has_extension`` looks up, without its call)."""
    assert name in Underscore.doc_extensions, name
    doc.user_data[("._.", name, None, None)] = value
