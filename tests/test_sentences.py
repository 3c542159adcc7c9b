import random
import re

from pipeline.sentences import _STOP_BETWEEN_WORDS, LONGEST_RUN, quotable, split_sentences


def test_splits_on_chinese_stops_and_newlines_but_not_decimal_points():
    text = "可见浆细胞(2%～5%)。用0.2g*kg-1*d-1静滴5d，治疗2例均有效。\n有报道！"
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "可见浆细胞(2%～5%)。",
        "用0.2g*kg-1*d-1静滴5d，治疗2例均有效。",
        "有报道！",
    ]


def test_blank_text_has_no_sentences():
    assert split_sentences(" \n ") == ()


def test_a_full_stop_between_chinese_words_ends_a_sentence():
    # xywy 肠梗阻 and 垂体功能减退: some records end sentences with an ASCII full stop
    text = "若此时梗阻不能得到缓解.便可产生肠壁的坏死。二.病因 见上文.1.5g口服"
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "若此时梗阻不能得到缓解.",
        "便可产生肠壁的坏死。",
        "二.病因 见上文.1.5g口服",  # a list number, and a stop before a digit, end nothing
    ]


def test_the_sentences_of_a_text_are_those_of_its_normalized_form_unless_it_made_a_full_stop():
    import random

    from pipeline.normalize import _TABLE, normalize_text
    from pipeline.sentences import sentences_of

    # the marks, spaces, words and what the rules change, and now and then any character the table changes
    common, table = "。！？!?\n.．、·lOo%％0123５病毒粘膜一二 \u3000\xa0\r", "".join(map(chr, _TABLE))
    rng = random.Random(17)
    differ = 0
    for _ in range(3000):
        text = "".join(rng.choice(common) if rng.random() < 0.8 else rng.choice(table) for _ in range(rng.randint(0, 30)))
        normalized = normalize_text(text)
        assert sentences_of(text, normalized) == split_sentences(text), text
        differ += split_sentences(normalized) != split_sentences(text)
    assert differ  # some texts whose normalized form splits otherwise were met
    assert sentences_of("见上文．便可", "见上文.便可") == ((0, 6),)  # a full stop made: the text's own split


def test_a_full_stop_is_found_as_the_look_behind_first_pattern_found_it():
    """The pattern opens with the stop (fast); it must mark exactly the stops the look-behind-first
    pattern did, on texts of Chinese words, numerals, digits and stops."""
    look_behind_first = re.compile(r"(?<=[\u4e00-\u9fff])(?<![一二三四五六七八九十])\.(?=[\u4e00-\u9fff])")
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice("..一二十肝病a3 。") for _ in range(rng.randrange(12)))
        assert _STOP_BETWEEN_WORDS.sub("。", text) == look_behind_first.sub("。", text), text


def test_a_text_without_punctuation_is_quoted_in_pieces_that_keep_each_mention_whole():
    text = "患者可出现发热咳嗽头痛约30%有皮疹" * 100  # 1,900 characters, no clause mark: one sentence
    mentions = [(m.start(), m.end()) for m in re.finditer("发热|咳嗽|头痛|皮疹", text)]
    pieces = quotable(text, split_sentences(text), mentions)
    assert len(pieces) == 2 and pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(end - start <= LONGEST_RUN for start, end in pieces)
    assert all(a_end == b_start for (_, a_end), (b_start, _) in zip(pieces, pieces[1:]))  # nothing lost
    assert not any(start < cut < end for cut, _ in pieces[1:] for start, end in mentions)


def test_a_long_sentence_with_commas_is_quoted_whole():
    text = "，".join(["患者可出现发热咳嗽头痛"] * 150) + "。"  # 1,650 characters, a comma every 11
    assert quotable(text, split_sentences(text), []) == split_sentences(text) == ((0, len(text)),)
