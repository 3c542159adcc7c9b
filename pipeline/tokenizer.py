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

``segmenter="rjieba"`` swaps in jieba-rs (the optional ``rjieba`` package: same default
dictionary, same algorithm, compiled): about 10x faster segmentation, with 99.8% of token
boundaries identical to jieba's on the xywy corpus with our dictionaries
(``benchmarks/segmenter_agreement.py``). jieba stays the default; it remembers how it cut each
block of text (``BlockMemo``), since encyclopedia texts repeat their phrases.
"""

from __future__ import annotations

import logging
from bisect import bisect_right
from collections.abc import Callable, Iterable
from itertools import accumulate
from pathlib import Path

from ahocorasick_rs import AhoCorasick, MatchKind
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from .doc_values import set_doc_value
from .errors import PipelineError
from .jieba_cache import jieba, jieba_with_words
from .lexicon.loader import Lexicon, load_lexicon
from .normalize import normalize_text, table_changes
from .resources import dictionary_dir

#: jieba frequency given to every entity term: high enough that jieba keeps a term whole
#: rather than splitting it into common words, low enough not to swallow its neighbours.
ENTITY_WORD_FREQ = 1000

if not Doc.has_extension("normalized_text"):
    Doc.set_extension("normalized_text", default=None)

jieba.setLogLevel(logging.WARNING)


def jieba_keeps_whole(term: str) -> bool:
    """True when jieba's pre-split pattern leaves ``term`` in one block."""
    return jieba.re_han_default.fullmatch(term) is not None


SEGMENTERS = ("jieba", "rjieba")
#: How jieba's ``cut`` splits a text before its dictionary is consulted (``BlockMemo``).
_BLOCKS, _SPACES = jieba.re_han_default, jieba.re_skip_default


def build_segmenter(name: str, words: Iterable[tuple[str, int]], *, hmm: bool = True) -> Callable[[str], list[str]]:
    """A ``text → words`` function (a new list each time): a private jieba (or jieba-rs) with ``words`` added."""
    if name == "rjieba":
        try:
            import rjieba
        except ImportError as exc:
            raise PipelineError("E031") from exc
        fast = rjieba.Jieba()
        for word, freq in words:
            fast.add_word(word, freq, None)
        return lambda text: fast.cut(text, hmm)
    if name != "jieba":
        raise PipelineError("E032", name=name, choices=", ".join(SEGMENTERS))
    segmenter = jieba_with_words(list(words))
    cut_block = getattr(segmenter, "_Tokenizer__cut_DAG" if hmm else "_Tokenizer__cut_DAG_NO_HMM", None)
    if cut_block is None:  # a jieba whose internals differ from 0.42's: no memory of blocks
        return lambda text: list(segmenter.cut(text, HMM=hmm))
    return BlockMemo(cut_block)


class BlockMemo:
    """``jieba.Tokenizer.cut(text)`` (accurate mode), remembering how each block was cut.

    jieba cuts a text block by block: each run of Han characters, Latin letters and digits
    (``jieba.re_han_default``) on its own, and every other character alone (``\\r\\n`` as one).
    So a block met before is cut the same way again, and a remembered cut gives
    exactly jieba's words. Encyclopedia texts repeat their phrases (多见于儿童, 预后良好):
    on xywy a quarter of the blocks were met before, mostly short ones, and segmenting the
    8,000 records took 12 % less CPU time (67.2 → 59.2 s, best of 2, this VM at half speed).
    The memory is emptied when it holds ``size`` blocks (about 60 MB for 100,000)."""

    def __init__(self, cut_block: Callable[[str], Iterable[str]], size: int = 100_000) -> None:
        self.cut_block, self.size = cut_block, size
        self.blocks: dict[str, tuple[str, ...]] = {}

    def __call__(self, text: str) -> list[str]:
        words: list[str] = []
        # a split on a pattern with a group alternates: text between blocks, then a block
        for i, piece in enumerate(_BLOCKS.split(text)):
            if not piece:
                continue
            if i % 2:
                cut = self.blocks.get(piece)
                if cut is None:
                    if len(self.blocks) >= self.size:
                        self.blocks.clear()
                    cut = self.blocks[piece] = tuple(self.cut_block(piece))
                words += cut
            else:
                for run in _SPACES.split(piece):
                    if _SPACES.match(run):
                        words.append(run)
                    else:
                        words += run  # one word per character
        return words


class LexemeIds:
    """The ids (``orth``) of the words whose lexemes stay in ``vocab`` for good, to build Docs from.

    Why: ``Doc(vocab, words=[str, …])`` hashes each word twice (spaCy's ``StringStore``
    ``__getitem__`` and ``__contains__``); given a word's id instead, it takes the lexeme
    straight from the vocabulary. Only lexemes made outside a memory zone are remembered:
    one made inside is freed when the zone closes, and its id would then name no string
    (the strings of the others stay: ``Vocab.from_disk`` and ``from_bytes`` keep them).
    At most ``size`` words (about 13 MB; a batch run remembers its warm-up records' words,
    ``runner.MemoryZones``: some 47,000, 6 MB)."""

    def __init__(self, vocab: Vocab, size: int = 100_000) -> None:
        self.vocab, self.size = vocab, size
        self.ids: dict[str, int] = {}

    def words_or_ids(self, words: list[str]) -> list[str | int]:
        """``words``, each remembered one replaced by its id (``Doc`` takes either)."""
        return list(map(self.ids.get, words, words))

    def remember(self, words_or_ids: list[str | int]) -> None:
        """Remember the ids of the words left in ``words_or_ids`` (a Doc of them was just
        built, so their lexemes exist), unless they may be freed (in a memory zone)."""
        if self.vocab.in_memory_zone or len(self.ids) >= self.size:
            return
        strings = self.vocab.strings
        for word in words_or_ids:
            if word.__class__ is str:
                self.ids[word] = strings[word]


class JiebaTokenizer:
    """Callable ``text → Doc``: protected terms first, jieba for the text between them."""

    def __init__(self, vocab: Vocab, lexicon: Lexicon, *, hmm: bool = True, segmenter: str = "jieba") -> None:
        self.vocab = vocab
        self.lexeme_ids = LexemeIds(vocab)
        terms = list(lexicon.entries)
        # no boost for a term opening with a character that ends the word before it (功能性|障碍
        # is no 功能|性障碍): jieba cuts there as it would anyway
        boosted = [term for term in terms if term[:1] not in lexicon.word_final]
        words = [(term, ENTITY_WORD_FREQ) for term in boosted] + list(lexicon.segmentation_words)
        self.cut = build_segmenter(segmenter, [(w, f) for w, f in words if jieba_keeps_whole(w)], hmm=hmm)
        protected = [term for term in terms if term and not jieba_keeps_whole(term)]
        self.protected = AhoCorasick(protected, matchkind=MatchKind.LeftmostLongest) if protected else None

    def __call__(self, text: str) -> Doc:
        normalized = normalize_text(text)
        words = self.words(normalized)
        if normalized is not text:  # normalization changed characters: the Doc shows the original
            as_written(words, text)
        words_or_ids = self.lexeme_ids.words_or_ids(words)
        doc = Doc(self.vocab, words=words_or_ids, spaces=[False] * len(words))
        self.lexeme_ids.remember(words_or_ids)
        set_doc_value(doc, "normalized_text", normalized)
        return doc

    # ``nlp.to_disk``/``spacy.load`` and ``nlp.to_bytes``/``from_bytes`` ask every part for
    # its state. The tokenizer has none of its own: its dictionaries folder and segmenter are
    # in the saved config (``[nlp.tokenizer]``), and it is built again from there.
    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> JiebaTokenizer:
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> JiebaTokenizer:
        return self

    def words(self, text: str) -> list[str]:
        """The tokens of ``text`` (already normalized): protected terms whole, jieba's words
        between them."""
        spans = self._protected_spans(text)
        if not spans:
            return self.cut(text)
        words: list[str] = []
        position = 0
        for start, end in spans:
            words += self.cut(text[position:start])
            words.append(text[start:end])
            position = end
        words += self.cut(text[position:])
        return words

    def _protected_spans(self, text: str) -> list[tuple[int, int]]:
        """Leftmost-longest, non-overlapping occurrences of the protected terms."""
        if self.protected is None:
            return []
        return [(start, end) for _, start, end in self.protected.find_matches_as_indexes(text)]


def as_written(words: list[str], text: str) -> None:
    """Make ``words``, the tokens of ``text`` normalized, slices of ``text`` itself (in place).

    Only the words holding a character normalization changed differ from their slice (a
    section has some ten, mostly full-width marks), so only those are sliced again: the
    ones the translation table changes, and all of them should the words still not spell
    ``text`` (a rule after the table changed a character: l0% → 10%)."""
    ends = list(accumulate(map(len, words)))
    for position in table_changes(text):
        i = bisect_right(ends, position)
        words[i] = text[ends[i] - len(words[i]) : ends[i]]
    if "".join(words) != text:
        words[:] = [text[end - len(word) : end] for word, end in zip(words, ends)]


@registry.tokenizers("zh_med.jieba_tokenizer.v1")
def create_jieba_tokenizer(
    dictionaries: str = "", hmm: bool = True, segmenter: str = "jieba"
) -> Callable[[Language], JiebaTokenizer]:
    """spaCy config entry: ``[nlp.tokenizer] @tokenizers = "zh_med.jieba_tokenizer.v1"``."""

    def make(nlp: Language) -> JiebaTokenizer:
        directory = dictionary_dir(dictionaries)
        return JiebaTokenizer(nlp.vocab, load_lexicon(directory), hmm=hmm, segmenter=segmenter)

    return make
