import dataclasses
import pickle

import pytest

from pipeline.entity import Entity


def test_an_entity_holds_the_values_it_was_made_with_in_field_order():
    values = (3, 5, "肝区", "body", "肝", "entities/body.tsv", True, "HBV")
    entity = Entity(*values)
    assert tuple(getattr(entity, field.name) for field in dataclasses.fields(Entity)) == values
    assert Entity(3, 5, "肝区", "body", "肝") == Entity(start=3, end=5, text="肝区", label="body", canonical="肝",
                                                         source="", nested=False, abbr="")


def test_an_entity_stays_frozen_hashable_replaceable_and_picklable():
    entity = Entity(0, 2, "咳嗽", "symptom", "咳嗽")
    with pytest.raises(dataclasses.FrozenInstanceError):
        entity.start = 1
    assert hash(entity) == hash(Entity(0, 2, "咳嗽", "symptom", "咳嗽"))
    assert dataclasses.replace(entity, nested=True) == Entity(0, 2, "咳嗽", "symptom", "咳嗽", nested=True)
    assert pickle.loads(pickle.dumps(entity)) == entity
