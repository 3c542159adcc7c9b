import random
from pathlib import Path

import pytest

from pipeline.language import load
from tests.helpers import MINI_DICTIONARIES


@pytest.fixture(scope="module")
def nlp():
    return load(MINI_DICTIONARIES)


@pytest.mark.parametrize("term", ["IL-1β", "TNF-α", "单克隆γ球蛋白病", "本-周(Bence-Jones)蛋白"])
def test_terms_jieba_would_cut_come_out_as_one_token(nlp, term):
    # jieba's re_han_default splits on γ, β, α, brackets: without protection these break up
    doc = nlp(f"患者可有{term}升高。")
    assert term in [token.text for token in doc]


def test_doc_text_is_the_original_text_and_normalized_form_is_kept(nlp):
    doc = nlp("血清ＩＬ－６与TNF-a（93％）")
    assert doc.text == "血清ＩＬ－６与TNF-a（93％）"
    assert doc._.normalized_text == "血清IL-6与TNF-α(93%)"
    assert "".join(token.text for token in doc) == doc.text


def test_dictionary_words_guide_jieba(nlp):
    assert "色素沉着" in [t.text for t in nlp("呈弥漫性色素沉着")]


def test_rjieba_segmenter_gives_the_same_entities_on_the_seed(seed_path):
    import json

    record = json.loads(seed_path.read_text(encoding="utf-8"))
    texts = [text for inner in record.values() for text in inner.values() if len(text) > 1]
    slow, fast = load(), load(segmenter="rjieba")
    for text in texts:
        assert [(e.start_char, e.end_char, e.label_) for e in slow(text).ents] == [
            (e.start_char, e.end_char, e.label_) for e in fast(text).ents
        ]
    protected = fast("患者可有单克隆γ球蛋白病")
    assert "单克隆γ球蛋白病" in [t.text for t in protected]


def test_unknown_segmenter_is_a_usage_error():
    from pipeline.errors import PipelineError

    with pytest.raises(PipelineError, match=r"\[E032\]"):
        load(MINI_DICTIONARIES, segmenter="thulac")


BLOCKY_TEXT = "约93%患者有色素沉着，\r\n 色素沉着多见于面部(M蛋白阳性); IgG-λ型  多见于男性。色素沉着！"


@pytest.mark.parametrize("hmm", [True, False])
def test_the_jieba_segmenter_remembers_blocks_and_cuts_exactly_as_jieba(hmm):
    from pipeline.jieba_cache import jieba_with_words
    from pipeline.tokenizer import BlockMemo, build_segmenter

    words = [("色素沉着", 1000), ("M蛋白", 1000)]
    segmenter = build_segmenter("jieba", words, hmm=hmm)
    assert isinstance(segmenter, BlockMemo)
    expected = list(jieba_with_words(words, cache_dir=None).cut(BLOCKY_TEXT, HMM=hmm))
    assert segmenter(BLOCKY_TEXT) == expected
    assert segmenter.blocks["色素沉着"] == ("色素沉着",)  # the block was met three times, cut once
    assert segmenter(BLOCKY_TEXT) == expected  # and from memory the same


def test_the_memory_of_blocks_is_emptied_when_full():
    from pipeline.tokenizer import BlockMemo

    calls = []
    memo = BlockMemo(lambda block: calls.append(block) or [block], size=2)
    assert memo("发热,头痛,发热,乏力") == ["发热", ",", "头痛", ",", "发热", ",", "乏力"]
    assert calls == ["发热", "头痛", "乏力"] and list(memo.blocks) == ["乏力"]


def test_terms_jieba_would_cut_are_taken_leftmost_then_longest():
    import spacy

    from pipeline.lexicon.loader import Lexicon, LexiconEntry
    from pipeline.tokenizer import JiebaTokenizer

    terms = ["IL-1β", "IL-1β转换酶", "β-干扰素"]
    lexicon = Lexicon({t: LexiconEntry(t, "test", t, "test", "t.tsv", 1) for t in terms}, (), Path("t"))
    tokenizer = JiebaTokenizer(spacy.blank("zh").vocab, lexicon, segmenter="rjieba")
    # β-干扰素 overlaps IL-1β, which starts first; at one start, the longer term wins
    assert [t.text for t in tokenizer("IL-1β-干扰素")] == ["IL-1β", "-", "干扰素"]
    assert [t.text for t in tokenizer("IL-1β转换酶与β-干扰素")] == ["IL-1β转换酶", "与", "β-干扰素"]


def test_docs_built_from_remembered_word_ids_are_the_docs_of_the_words():
    import spacy

    from pipeline.lexicon.loader import Lexicon, LexiconEntry
    from pipeline.tokenizer import JiebaTokenizer

    lexicon = Lexicon({"色素沉着": LexiconEntry("色素沉着", "symptom", "色素沉着", "symptom", "t.tsv", 1)}, (), Path("t"))
    nlp = spacy.blank("zh")
    tokenizer = JiebaTokenizer(nlp.vocab, lexicon, segmenter="rjieba")
    first, second = "面部色素沉着，（发热）", "发热伴色素沉着"
    words = [t.text for t in tokenizer(first)]
    assert tokenizer.lexeme_ids.ids == {word: nlp.vocab.strings[word] for word in words}
    again, other = tokenizer(first), tokenizer(second)  # from the ids remembered, and a text with words new to them
    assert again.text == first and [t.text for t in again] == words
    assert other.text == second and [t.text for t in other] == ["发热", "伴", "色素沉着"]
    assert [t.orth for t in other] == [nlp.vocab.strings[t.text] for t in other]
    # words met in a memory zone are not remembered: their lexemes are freed when it closes
    with nlp.memory_zone():
        assert [t.text for t in tokenizer("咳嗽与色素沉着")] == ["咳嗽", "与", "色素沉着"]
    assert "咳嗽" not in tokenizer.lexeme_ids.ids
    assert [t.text for t in tokenizer("咳嗽与色素沉着")] == ["咳嗽", "与", "色素沉着"]
    # a vocabulary loaded anew drops its lexemes, not its strings: the ids still name the words
    nlp.vocab.from_bytes(spacy.blank("zh").vocab.to_bytes())
    assert [t.text for t in tokenizer(second)] == ["发热", "伴", "色素沉着"]


@pytest.mark.parametrize(
    "text",
    [
        "血清ＩＬ－６与TNF-a（93％），见粘膜",  # the table's marks, a rule (TNF-a → TNF-α) and 粘 → 黏
        "约l0%的患者，（Ｏ.5%）",  # l0% → 10%, a rule after the table: every word is sliced again
        "（",
        "无须改变的文字",
    ],
)
def test_words_of_the_normalized_text_become_slices_of_the_original(text):
    from itertools import accumulate

    from pipeline.normalize import normalize_text
    from pipeline.tokenizer import as_written

    normalized = normalize_text(text)
    rng = random.Random(len(text))
    for _ in range(50):  # any cut of the normalized text
        cuts = sorted(rng.sample(range(1, len(text)), rng.randint(0, len(text) - 1))) if len(text) > 1 else []
        words = [normalized[start:end] for start, end in zip([0, *cuts], [*cuts, len(text)])]
        as_written(words, text)
        ends = list(accumulate(map(len, words)))
        assert words == [text[start:end] for start, end in zip([0, *ends], ends)]
