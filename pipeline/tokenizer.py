"""Stage 3: jieba segmentation with our medical dictionaries, as a spaCy tokenizer.

Why our own tokenizer rather than spaCy's ``ChineseTokenizer(segmenter="jieba")``: that one
uses jieba's global dictionary, and jieba's pre-split pattern (``re_han_default``) cuts
every term holding a Greek letter, bracket, ``*``, ``/``, ``~`` or space (IL-1β, TNF-α,
单克隆γ球蛋白病, 本-周(Bence-Jones)蛋白) before the dictionary is consulted. Here each
tokenizer owns a ``jieba.Tokenizer`` loaded with our terms, and terms jieba cannot keep
whole are found first with an Aho-Corasick automaton and emitted as single tokens.

Segmentation runs on the normalized text, but the Doc's words are slices of the original
text (normalization is 1:1), so ``doc.text`` is exactly what the caller passed and the
normalized form is kept in ``doc._.normalized_text`` for the matching stages.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path

import ahocorasick
import jieba
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from .lexicon.loader import Lexicon, load_lexicon
from .normalize import normalize_text
from .resources import DEFAULT_DICTIONARY_DIR

#: jieba frequency given to every entity term: high enough that jieba keeps a term whole
#: rather than splitting it into common words, low enough not to swallow its neighbours.
ENTITY_WORD_FREQ = 1000

if not Doc.has_extension("normalized_text"):
    Doc.set_extension("normalized_text", default=None)

jieba.setLogLevel(logging.WARNING)


def jieba_keeps_whole(term: str) -> bool:
    """True when jieba's pre-split pattern leaves ``term`` in one block."""
    return jieba.re_han_default.fullmatch(term) is not None


def build_jieba(words: Iterable[tuple[str, int]]) -> jieba.Tokenizer:
    segmenter = jieba.Tokenizer()
    segmenter.initialize()
    for word, freq in words:
        segmenter.add_word(word, freq)
    return segmenter


class JiebaTokenizer:
    """Callable ``text → Doc``: protected terms first, jieba for the text between them."""

    def __init__(self, vocab: Vocab, lexicon: Lexicon, *, hmm: bool = True) -> None:
        self.vocab = vocab
        self.hmm = hmm
        terms = list(lexicon.entries)
        words = [(term, ENTITY_WORD_FREQ) for term in terms] + list(lexicon.segmentation_words)
        self.jieba = build_jieba((w, f) for w, f in words if jieba_keeps_whole(w))
        self.protected = ahocorasick.Automaton()
        for term in terms:
            if not jieba_keeps_whole(term):
                self.protected.add_word(term, len(term))
        if len(self.protected):
            self.protected.make_automaton()

    def __call__(self, text: str) -> Doc:
        normalized = normalize_text(text)
        ends = self.segment(normalized)
        words = [text[start:end] for start, end in zip([0, *ends], ends)]
        doc = Doc(self.vocab, words=words, spaces=[False] * len(words))
        doc._.normalized_text = normalized
        return doc

    def segment(self, text: str) -> list[int]:
        """Return the end offset of every token of ``text`` (already normalized)."""
        ends: list[int] = []
        position = 0
        for start, end in self._protected_spans(text):
            ends += self._jieba_ends(text, position, start)
            ends.append(end)
            position = end
        ends += self._jieba_ends(text, position, len(text))
        return ends

    def _jieba_ends(self, text: str, start: int, end: int) -> list[int]:
        ends = []
        position = start
        for word in self.jieba.cut(text[start:end], HMM=self.hmm):
            position += len(word)
            ends.append(position)
        return ends

    def _protected_spans(self, text: str) -> list[tuple[int, int]]:
        """Leftmost-longest, non-overlapping occurrences of the protected terms."""
        if not len(self.protected):
            return []
        found = sorted(((end + 1 - length, end + 1) for end, length in self.protected.iter(text)), key=lambda s: (s[0], -s[1]))
        spans: list[tuple[int, int]] = []
        for start, end in found:
            if not spans or start >= spans[-1][1]:
                spans.append((start, end))
        return spans


@registry.tokenizers("zh_med.jieba_tokenizer.v1")
def create_jieba_tokenizer(dictionaries: str = "", hmm: bool = True) -> Callable[[Language], JiebaTokenizer]:
    """spaCy config entry: ``[nlp.tokenizer] @tokenizers = "zh_med.jieba_tokenizer.v1"``."""

    def make(nlp: Language) -> JiebaTokenizer:
        directory = Path(dictionaries) if dictionaries else DEFAULT_DICTIONARY_DIR
        return JiebaTokenizer(nlp.vocab, load_lexicon(directory), hmm=hmm)

    return make
