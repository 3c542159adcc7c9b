import subprocess
import sys

import jieba
import pytest

from pipeline.disk_cache import KEEP
from pipeline.jieba_cache import jieba_with_words
from pipeline.lexicon.loader import load_lexicon
from pipeline.normalize import normalize_text
from pipeline.tokenizer import ENTITY_WORD_FREQ, jieba_keeps_whole

# POEMS综合征 (the seed record) and xywy's 淋巴瘤 record
SENTENCES = [
    "POEMS综合征是一种与浆细胞病有关的多系统病变",
    "临床上以多发性周围神经病、脏器肿大、内分泌障碍、M蛋白血症和皮肤病变为特征",
    "呈弥漫性色素沉着,以四肢及躯干多见",
    "无痛性进行性淋巴结肿大或局部肿块是淋巴瘤共同的临床表现",
]
WORDS = [("浆细胞病", 1000), ("色素沉着", 1000), ("淋巴结肿大", 1000), ("浆细胞病", 5), ("多系统病变", 40)]


def plain_jieba(words):
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for word, freq in words:
        tokenizer.add_word(word, freq)
    return tokenizer


@pytest.fixture(scope="module")
def plain():
    return plain_jieba(WORDS)


def cuts(tokenizer):
    return [list(tokenizer.cut(text, HMM=hmm)) for text in SENTENCES for hmm in (True, False)]


def test_built_and_cached_tokenizers_match_plain_jieba(plain, tmp_path):
    built = jieba_with_words(WORDS, tmp_path)
    assert len(list(tmp_path.glob("jieba-*.marshal"))) == 1
    cached = jieba_with_words(WORDS, tmp_path)
    for tokenizer in (built, cached):
        assert tokenizer.FREQ == plain.FREQ
        assert tokenizer.total == plain.total  # the repeated 浆细胞病 counts twice, as in add_word
        assert cuts(tokenizer) == cuts(plain)
    assert ["浆细胞病"] == [word for word in cached.cut(SENTENCES[0]) if word == "浆细胞病"]


def test_seed_segmentation_with_the_shipped_dictionaries_is_unchanged(tmp_path, seed_path):
    import json

    lexicon = load_lexicon()
    words = [(term, ENTITY_WORD_FREQ) for term in lexicon.entries] + list(lexicon.segmentation_words)
    words = [(word, freq) for word, freq in words if jieba_keeps_whole(word)]
    plain = plain_jieba(words)
    jieba_with_words(words, tmp_path)
    cached = jieba_with_words(words, tmp_path)
    record = json.loads(seed_path.read_text(encoding="utf-8"))
    texts = [normalize_text(text) for inner in record.values() for text in inner.values()]
    assert [list(cached.cut(text)) for text in texts] == [list(plain.cut(text)) for text in texts]


def test_a_corrupt_cache_file_is_rebuilt(plain, tmp_path):
    jieba_with_words(WORDS, tmp_path)
    (path,) = tmp_path.glob("jieba-*.marshal")
    path.write_bytes(path.read_bytes()[:1000])
    assert cuts(jieba_with_words(WORDS, tmp_path)) == cuts(plain)
    assert path.stat().st_size > 1000


def test_an_unusable_cache_folder_only_costs_time(plain, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    assert cuts(jieba_with_words(WORDS, blocked)) == cuts(plain)
    assert cuts(jieba_with_words(WORDS, None)) == cuts(plain)


def test_only_the_most_recently_used_files_are_kept(tmp_path):
    for count in range(KEEP + 2):
        jieba_with_words([("色素沉着", 1000 + count)], tmp_path)
    assert len(list(tmp_path.glob("jieba-*.marshal"))) == KEEP


def test_the_cache_folder_is_read_from_the_environment_at_each_call(tmp_path, monkeypatch):
    monkeypatch.setenv("ZH_MED_CACHE", str(tmp_path / "here"))
    jieba_with_words(WORDS)
    assert len(list((tmp_path / "here").glob("jieba-*.marshal"))) == 1


def test_the_tests_keep_their_cache_apart_from_the_users():
    from pipeline.disk_cache import default_cache_dir

    assert default_cache_dir().name == "tests"


def test_jieba_is_imported_without_pkg_resources_and_still_finds_its_dictionary():
    script = (
        "import sys, pipeline.tokenizer, jieba._compat\n"
        "assert 'pkg_resources' not in sys.modules, 'pkg_resources was imported'\n"
        "print(jieba._compat.get_module_res(jieba.DEFAULT_DICT_NAME).readline().decode().split()[0])\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "AT&T"  # the first word of jieba's dict.txt
