"""bind_frequencies on a long clause: a text without punctuation is one clause of thousands of
numbers and mentions; each number must not rescan every mention against every other number."""

from __future__ import annotations

import random
from collections import Counter

from pipeline.entity import Entity
from pipeline.quantities import bind_frequencies
from pipeline.quantities import binding
from pipeline.quantities.binding import _windowed, _within_any
from pipeline.sentences import LONGEST_RUN


def _long_clause(n: int) -> tuple[str, list[Entity]]:
    text = "大病是一种疾病" + "患者可出现发热咳嗽头痛约30%有皮疹" * n
    found = []
    for term in ("发热", "咳嗽", "头痛", "皮疹"):
        start = text.find(term)
        while start >= 0:
            found.append(Entity(start, start + len(term), term, "symptom", term))
            start = text.find(term, start + 1)
    return text, sorted(found, key=lambda e: e.start)


def test_a_text_without_punctuation_is_read_in_windows(monkeypatch):
    # 2,000 numbers in one run of 36,007 characters: binding reads sentences of at most LONGEST_RUN characters,
    # so the work per number does not grow with the text; each number binds as in the short text
    longest = []  # per call: the longest sentence

    def sentences(norm):
        longest.append(max(end - start for start, end in split(norm)))
        return split(norm)

    split = binding.split_sentences
    monkeypatch.setattr(binding, "split_sentences", sentences)
    [(short, _)] = Counter(s.subject.text for s in bind_frequencies(*_long_clause(3))).most_common(1)
    longest.clear()
    text, found = _long_clause(2000)
    statements = bind_frequencies(text, found)
    assert len(statements) == 2000
    # the text's one sentence is measured once; binding reads windows of it (with their 。)
    assert longest[0] == len(text) and max(longest[1:]) <= LONGEST_RUN + 1
    # 36 cuts: the numbers on either side of one may bind otherwise
    assert Counter(s.subject and s.subject.text for s in statements)[short] >= 2000 - 2 * 36


def test_a_window_is_cut_outside_mentions_and_numbers():
    text, found = _long_clause(200)
    windowed = _windowed(text, found, ())
    cuts = [at for at, char in enumerate(windowed) if char != text[at]]
    assert len(windowed) == len(text) and len(cuts) == len(text) // (LONGEST_RUN + 1)
    assert all(windowed[at] == "。" and not any(e.start <= at < e.end for e in found) for at in cuts)


def test_a_record_text_is_not_windowed():
    # the longest run without a clause mark in xywy medical_*.json has 509 characters: no record text is cut
    run = ("患者可出现发热咳嗽头痛约30%有皮疹" * 56)[:LONGEST_RUN]
    text = "大病是一种疾病," + run + ",约10%有头痛。"
    assert _windowed(text, (), ()) == text
    longer = "大病是一种疾病," + run + "疹,约10%有头痛。"
    assert _windowed(longer, (), ()).count("。") == 2


def test_within_any_is_the_plain_scan():
    rng = random.Random(7)
    for size in (0, 3, 9, 40):
        spans = [Entity(s, s + rng.randint(1, 6), "x", "symptom", "x") for s in (rng.randint(0, 80) for _ in range(size))]
        within = _within_any(spans) or (lambda e: any(p.start <= e.start and e.end <= p.end for p in spans))
        for start in range(90):
            for length in range(1, 8):
                e = Entity(start, start + length, "y", "symptom", "y")
                assert within(e) == any(p.start <= e.start and e.end <= p.end for p in spans)
