"""Docs carrying our extension values survive spaCy's serialization.

``doc.to_bytes()``, ``DocBin(store_user_data=True)`` and ``nlp.pipe(n_process=2)`` pack
``doc.user_data`` with msgpack, which knows no dataclasses: without this module they raise
``TypeError: can not serialize 'Entity' object``. The plain values the stages keep there
(:class:`~pipeline.entity.Entity`, ``Quantity``, ``Assertion`` …) are marked
:func:`packable` and travel as tagged maps of field name → value, through srsly's encoder
and decoder registries (the way msgpack-numpy adds arrays); by name, so bytes written
before a field was added still load (the new field takes its default). :class:`TransientCache`
values — lookups the span getters build — pack as nil and are rebuilt when first needed.

Decoding needs these registrations, i.e. ``import pipeline.language`` (or anything that loads
the pipeline) before reading the bytes; ``DocBin`` gives lists back as tuples (spaCy unpacks
its user data with ``use_list=False``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar

import srsly

_TAG = "__zh_med__"
_T = TypeVar("_T")
_TYPES: dict[str, type] = {}
_FIELDS: dict[type, tuple[str, tuple[str, ...]]] = {}


def packable(cls: type[_T]) -> type[_T]:
    """Class decorator: instances of this dataclass pack as ``{__zh_med__: name, fields: {field: value}}``."""
    name = cls.__name__
    if _TYPES.get(name, cls) is not cls:
        raise TypeError(f"two packable classes named {name}")
    _TYPES[name] = cls
    _FIELDS[cls] = (name, tuple(field.name for field in dataclasses.fields(cls)))
    return cls


class TransientCache:
    """A ``user_data`` value that is not worth storing: it packs as nil (``None``)."""

    __slots__ = ("key", "value")

    def __init__(self, key: Any, value: Any) -> None:
        self.key = key
        self.value = value


def _encode(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    known = _FIELDS.get(type(obj))
    if known is not None:
        name, names = known
        return {_TAG: name, "fields": {field: getattr(obj, field) for field in names}}
    if isinstance(obj, TransientCache):
        return None
    return obj if chain is None else chain(obj)


def _decode(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    name = obj.get(_TAG) if isinstance(obj, dict) else None
    if name is not None and name in _TYPES:
        cls = _TYPES[name]
        known = _FIELDS[cls][1]
        return cls(**{field: value for field, value in obj["fields"].items() if field in known})
    return obj if chain is None else chain(obj)


srsly.msgpack_encoders.register("zh_med_pipeline", func=_encode)
srsly.msgpack_decoders.register("zh_med_pipeline", func=_decode)
