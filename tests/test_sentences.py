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
