"""The ``medical_entities`` spaCy component: dictionary matches as ``doc.ents``.

Each entity span has ``label_`` (one of the nine labels), ``kb_id_`` (the canonical
name) and ``span._.source`` (the dictionary file), so ``displacy`` and users' own spaCy
code work on them. ``doc.ents`` holds the outermost mentions; ``doc.spans["medical"]``
holds those plus the nested ones (``[[血沉]test 增快]symptom``), with ``span._.nested``. Where a chosen match starts or ends inside a jieba token, that token
is split so the span aligns.
"""

from __future__ import annotations

from bisect import bisect_right
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
        align_tokens(doc, {e.start for e in entities} | {e.end for e in entities}, starts)
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


def align_tokens(doc: Doc, offsets: set[int], token_starts: list[int] | None = None) -> None:
    """Split the tokens that have one of the character ``offsets`` strictly inside, so that
    spans starting or ending there can be made.

    spaCy moves ``doc.ents`` along when tokens are split, but not the span groups of
    ``doc.spans``: those are rebuilt here from their character offsets (span extension
    values are keyed by offsets, label and kb_id, so they carry over).
    """
    if token_starts is None:
        token_starts = doc.to_array(IDX).tolist()
    cuts = {offset for offset in offsets if 0 < offset < len(doc._.normalized_text or doc.text)} - set(token_starts)
    if not cuts:
        return
    groups = {
        key: [(span.start_char, span.end_char, span.label_, span.kb_id_) for span in group]
        for key, group in doc.spans.items()
    }
    points: dict[int, list[int]] = {}
    for cut in sorted(cuts):
        i = bisect_right(token_starts, cut) - 1
        points.setdefault(i, []).append(cut - token_starts[i])
    with doc.retokenize() as retokenizer:
        for i, inside in points.items():
            token = doc[i]
            bounds = [0, *inside, len(token.text)]
            orths = [token.text[a:b] for a, b in zip(bounds, bounds[1:])]
            retokenizer.split(token, orths, heads=[(token, 0)] * len(orths))
    for key, spans in groups.items():
        doc.spans[key] = [doc.char_span(a, b, label=label, kb_id=kb_id) for a, b, label, kb_id in spans]
