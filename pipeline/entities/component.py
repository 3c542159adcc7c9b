"""The ``medical_entities`` spaCy component: dictionary matches as ``doc.ents``.

Each entity span has ``label_`` (one of the nine labels), ``kb_id_`` (the canonical
name) and ``span._.source`` (the dictionary file), so ``displacy`` and users' own spaCy
code work on them. Where a match starts or ends inside a jieba token, the Doc is
re-tokenized so that the span aligns (``align_tokens``). ``doc.ents`` holds the outermost mentions; ``doc.spans["medical"]``
holds those plus the nested ones (``[[血沉]test 增快]symptom``), with ``span._.nested``. Where a chosen match starts or ends inside a jieba token, that token
is split so the span aligns.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..entity import Entity
from ..lexicon.loader import load_lexicon
from ..normalize import normalize_text
from ..resources import DEFAULT_DICTIONARY_DIR
from .matcher import DictionaryMatcher

SPAN_KEY = "medical"

for _name, _default in (("source", ""), ("nested", False)):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=_default)


@Language.factory(
    "medical_entities",
    default_config={"dictionaries": "", "min_free_length": 3, "nest_in": ["symptom"]},
)
def make_medical_entities(
    nlp: Language, name: str, *, dictionaries: str, min_free_length: int, nest_in: list[str]
) -> "MedicalEntities":
    return MedicalEntities(nlp, name, dictionaries=dictionaries, min_free_length=min_free_length, nest_in=nest_in)


class MedicalEntities:
    def __init__(
        self, nlp: Language, name: str, *, dictionaries: str = "", min_free_length: int = 3, nest_in: Iterable[str] = ("symptom",)
    ) -> None:
        self.name = name
        directory = Path(dictionaries) if dictionaries else DEFAULT_DICTIONARY_DIR
        self.matcher = DictionaryMatcher(load_lexicon(directory), min_free_length=min_free_length, nest_in=tuple(nest_in))

    def __call__(self, doc: Doc) -> Doc:
        text = doc._.normalized_text or normalize_text(doc.text)
        starts = doc.to_array(IDX).tolist()
        ends = [start + length for start, length in zip(starts, doc.to_array(LENGTH).tolist())]
        entities = self.matcher.find(text, set(starts), set(ends))
        doc = align_tokens(doc, {e.start for e in entities} | {e.end for e in entities}, starts)
        spans = [self._span(doc, entity) for entity in entities]
        doc.ents = [span for span in spans if not span._.nested]
        doc.spans[SPAN_KEY] = spans
        return doc

    @staticmethod
    def _span(doc: Doc, entity: Entity) -> Span:
        span = doc.char_span(entity.start, entity.end, label=entity.label, kb_id=entity.canonical)
        span._.source = f"entities/{entity.source}"
        span._.nested = entity.nested
        return span


def entities_of(doc: Doc) -> list[Entity]:
    """The mentions of ``doc.spans["medical"]`` as plain ``Entity`` values (normalized text),
    the form the pure functions of later stages take."""
    text = doc._.normalized_text or normalize_text(doc.text)
    return [
        Entity(s.start_char, s.end_char, text[s.start_char : s.end_char], s.label_, s.kb_id_, s._.source, s._.nested)
        for s in doc.spans.get(SPAN_KEY, ())
    ]


def align_tokens(doc: Doc, offsets: set[int], token_starts: list[int] | None = None) -> Doc:
    """A Doc whose tokens also break at every character offset of ``offsets``, so that
    spans starting or ending there can be made: ``doc`` itself when nothing needs cutting,
    else a new Doc with the same text, extension values, entities and span groups.

    Why a new Doc rather than ``doc.retokenize().split``: every split shifts the token
    arrays, which makes many splits in a long text quadratic; building the Doc again is
    one linear pass. Components return the Doc this gives them.
    """
    if token_starts is None:
        token_starts = doc.to_array(IDX).tolist()
    text = doc.text
    cuts = {offset for offset in offsets if 0 < offset < len(text)} - set(token_starts)
    if not cuts:
        return doc
    bounds = sorted({*token_starts, *cuts, len(text)})
    words = [text[a:b] for a, b in zip(bounds, bounds[1:])]
    aligned = Doc(doc.vocab, words=words, spaces=[False] * len(words))
    aligned.user_data.update(doc.user_data)  # extension values are keyed by character offsets
    aligned.ents = [aligned.char_span(e.start_char, e.end_char, label=e.label_, kb_id=e.kb_id_) for e in doc.ents]
    for key, group in doc.spans.items():
        aligned.spans[key] = [aligned.char_span(s.start_char, s.end_char, label=s.label_, kb_id=s.kb_id_) for s in group]
    return aligned
