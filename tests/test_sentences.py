from pipeline.sentences import split_sentences


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
