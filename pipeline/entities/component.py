"""The ``medical_entities`` spaCy component: dictionary matches as ``doc.ents``.

The mentions are kept once, as plain :class:`~pipeline.entity.Entity` values in
``doc._.entities`` (outermost and nested, in text order): the later stages and the tables
read them there. ``doc.ents`` (the outermost mentions) and ``doc.spans["medical"]`` (all,
nested ones too: ``[[血沉]test 增快]symptom``) are spaCy views of the same list, so
``displacy`` and users' own spaCy code work: each span has ``label_``, ``kb_id_`` (the
canonical name), and ``span._.source``, ``span._.nested``, ``span._.abbr`` read from its
entity. Why views rather than values stored on every span: a spaCy extension write costs
more than finding the mention did, and the corpus has a hundred mentions per record.

Where a match starts or ends inside a jieba token, the Doc is re-tokenized so that the span
aligns (``align_tokens``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from spacy.attrs import IDX, ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..doc_values import doc_value, set_doc_value
from ..entity import Entity
from ..lexicon.loader import load_lexicon
from ..normalize import normalize_text
from ..resources import dictionary_dir
from ..serialization import TransientCache
from .matcher import DictionaryMatcher

SPAN_KEY = "medical"

_INDEX_KEY = ("zh_med", "mention_index")


def offset_index(doc: Doc, cache_key: tuple[str, str], items: Sequence[Any], label: str) -> dict[tuple[int, int, str], int]:
    """``(start, end, <label attribute>)`` → position in ``items``, built once per list and
    kept in ``doc.user_data`` (span getters look their value up here; it is not serialized)."""
    cached = doc.user_data.get(cache_key)
    if not isinstance(cached, TransientCache) or cached.key is not items:
        index = {(item.start, item.end, getattr(item, label)): i for i, item in enumerate(items)}
        cached = doc.user_data[cache_key] = TransientCache(items, index)
    return cached.value


def mention_position(span: Span) -> int | None:
    """The index in ``doc._.entities`` of the mention ``span`` shows, or None. (Replace the
    mentions with ``set_mentions``; a list changed in place would outdate this index.)"""
    entities = doc_value(span.doc, "entities")
    if not entities:
        return None
    return offset_index(span.doc, _INDEX_KEY, entities, "label").get((span.start_char, span.end_char, span.label_))


def mention_of(span: Span) -> Entity | None:
    position = mention_position(span)
    return None if position is None else doc_value(span.doc, "entities")[position]


def _entity_field(field: str) -> Callable[[Span], Any]:
    default = Entity.__dataclass_fields__[field].default

    def get(span: Span) -> Any:
        entity = mention_of(span)
        return default if entity is None else getattr(entity, field)

    return get


if not Doc.has_extension("entities"):
    Doc.set_extension("entities", default=None)
for _field in ("source", "nested", "abbr"):  # force: a plain value registered earlier would hide them
    Span.set_extension(_field, getter=_entity_field(_field), force=True)


@Language.factory(
    "medical_entities",
    default_config={"dictionaries": "", "min_free_length": 3, "nest_in": ["symptom"], "span_views": True},
)
def make_medical_entities(
    nlp: Language, name: str, *, dictionaries: str, min_free_length: int, nest_in: list[str], span_views: bool
) -> "MedicalEntities":
    return MedicalEntities(
        nlp, name, dictionaries=dictionaries, min_free_length=min_free_length, nest_in=nest_in, span_views=span_views
    )


class MedicalEntities:
    """``span_views``: also show the mentions as ``doc.ents`` and ``doc.spans["medical"]``.
    Batch runs turn it off: the tables read ``doc._.entities``, and spans cost more than
    finding the mentions did (tokens cut to fit them, a Span per mention)."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        dictionaries: str = "",
        min_free_length: int = 3,
        nest_in: Iterable[str] = ("symptom",),
        span_views: bool = True,
    ) -> None:
        self.name = name
        self.span_views = span_views
        directory = dictionary_dir(dictionaries)
        self.matcher = DictionaryMatcher(load_lexicon(directory), min_free_length=min_free_length, nest_in=tuple(nest_in))

    def __call__(self, doc: Doc) -> Doc:
        text = doc_value(doc, "normalized_text") or normalize_text(doc.text)
        starts, ends = token_offsets(doc)
        found = self.matcher.find(text, starts, ends)
        return set_mentions(doc, found, token_starts=starts, span_views=self.span_views)


def token_offsets(doc: Doc) -> tuple[list[int], list[int]]:
    """The start and end character offset of every token. The ends come from the next
    token's start less the space between them rather than from ``start + LENGTH``: IDX and
    SPACY are read from the token array, LENGTH is a lexeme look-up per token (it took
    twice the time); the subtraction is numpy's, over the whole array (a Python loop over
    the tokens took as long as reading the array). Read from the Doc every time, never kept
    from the tokenizer: a pipe may have retokenized it."""
    if not len(doc):
        return [], []
    offsets = doc.to_array([IDX, SPACY])
    ends = (offsets[1:, 0] - offsets[:-1, 1]).tolist()
    last = doc[-1]
    ends.append(last.idx + len(last))
    return offsets[:, 0].tolist(), ends


def entities_of(doc: Doc) -> list[Entity]:
    """The mentions of ``doc`` (``doc._.entities``) as a new list, the form the pure
    functions of later stages take."""
    return list(doc_value(doc, "entities") or ())


def set_mentions(
    doc: Doc, entities: Sequence[Entity], *, token_starts: list[int] | None = None, span_views: bool = True
) -> Doc:
    """Make ``entities`` (in text order) the mentions of ``doc``: ``doc._.entities`` and,
    with ``span_views``, its views ``doc.spans["medical"]`` and ``doc.ents``. Returns the Doc
    to pass on (a new one when tokens had to be cut, see ``align_tokens``)."""
    if not span_views:
        set_doc_value(doc, "entities", list(entities))
        return doc
    doc = align_tokens(doc, {e.start for e in entities} | {e.end for e in entities}, token_starts)
    set_doc_value(doc, "entities", list(entities))
    spans = char_spans(doc, [(e.start, e.end, e.label, e.canonical) for e in entities])
    doc.ents = [span for span, entity in zip(spans, entities) if not entity.nested]
    doc.spans[SPAN_KEY] = spans
    return doc


def align_tokens(doc: Doc, offsets: Iterable[int], token_starts: list[int] | None = None) -> Doc:
    """A Doc whose tokens also break at every character offset of ``offsets``, so that
    spans starting or ending there can be made: ``doc`` itself when nothing needs cutting,
    else a new Doc with the same text, extension values, entities and span groups.

    Why a new Doc rather than ``doc.retokenize().split``: every split shifts the token
    arrays, which makes many splits in a long text quadratic; building the Doc again is
    one linear pass. Components return the Doc this gives them.
    """
    if token_starts is None:
        token_starts = doc.to_array(IDX).tolist()
    length = doc[-1].idx + len(doc[-1]) if len(doc) else 0
    cuts = {offset for offset in offsets if 0 < offset < length} - set(token_starts)
    if not cuts:
        return doc
    strings = doc.vocab.strings
    orths, spaces = doc.to_array(ORTH).tolist(), doc.to_array(SPACY).tolist()
    text = "".join([strings[orth] + " " * space for orth, space in zip(orths, spaces)])  # doc.text, cheaper
    bounds = sorted({*token_starts, *cuts, len(text)})
    words = [text[a:b] for a, b in zip(bounds, bounds[1:])]
    aligned = Doc(doc.vocab, words=words, spaces=[False] * len(words))
    aligned.user_data.update(doc.user_data)  # extension values are keyed by character offsets
    index = token_index(aligned)
    aligned.ents = char_spans(aligned, [_offsets(span) for span in doc.ents], index)
    for key, group in doc.spans.items():
        aligned.spans[key] = char_spans(aligned, [_offsets(span) for span in group], index)
    return aligned


TokenIndex = tuple[dict[int, int], dict[int, int]]


def token_index(doc: Doc) -> TokenIndex:
    """Character offset → index of the token starting there, and → index after the token
    ending there."""
    starts, ends = token_offsets(doc)
    return {start: i for i, start in enumerate(starts)}, {end: i + 1 for i, end in enumerate(ends)}


def char_spans(
    doc: Doc, offsets: Sequence[tuple[int, int, str, str]], index: TokenIndex | None = None
) -> list[Span | None]:
    """``doc.char_span(start, end, label=label, kb_id=kb_id)`` for each tuple: None where an
    offset is not a token boundary. One token index per Doc (``index``, else built here)
    instead of a search per span, which is what makes spans cheap for a text with hundreds
    of mentions."""
    if not offsets:
        return []
    first_token, after_token = index or token_index(doc)
    spans: list[Span | None] = []
    for start, end, label, kb_id in offsets:
        first, after = first_token.get(start), after_token.get(end)
        if first is None or after is None or after <= first:
            spans.append(doc.char_span(start, end, label=label, kb_id=kb_id))  # spaCy's answer for odd cases
        else:
            spans.append(Span(doc, first, after, label=label, kb_id=kb_id))
    return spans


def _offsets(span: Span) -> tuple[int, int, str, str]:
    return span.start_char, span.end_char, span.label_, span.kb_id_
