"""assign_context over real hospital records (cEHRNER train) with their gold 症状 mentions."""

from __future__ import annotations

import json
from collections import Counter

from pipeline.context import assign_context
from pipeline.entity import Entity
from pipeline.normalize import normalize_text


def test_ehr_symptoms_after_wu_are_negated_and_others_mostly_present(shared_data):
    counts: Counter[tuple[str, str]] = Counter()
    with open(shared_data / "ner" / "cEHRNER" / "train.json", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            text = normalize_text(row["text"])
            entities = []
            for m in row["mention_data"]:
                start = int(m["offset"])
                end = start + len(m["mention"])
                if m["label"] == "症状" and text[start:end] == normalize_text(m["mention"]):
                    entities.append(Entity(start, end, text[start:end], "symptom", m["mention"]))
            for entity, a in zip(entities, assign_context(text, entities)):
                before = text[max(0, entity.start - 1):entity.start]
                counts[("after_wu" if before == "无" else "other", a.assertion)] += 1
    after_wu = sum(n for (where, _), n in counts.items() if where == "after_wu")
    assert counts[("after_wu", "negated")] >= 0.97 * after_wu
    assert counts[("other", "present")] > counts[("other", "rare")] + counts[("other", "possible")]
    assert not any(a == "other_disease" for _, a in counts)
