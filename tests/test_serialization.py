import pytest
import srsly
from spacy.tokens import Doc, DocBin

from pipeline.entity import Entity
from pipeline.language import load
from pipeline.quantities import Quantity
from pipeline.serialization import TransientCache

TEXT = "患者出现色素沉着93%，无发热，VEGF升高。"


@pytest.fixture(scope="module")
def nlp():
    return load()


def _facts(doc: Doc) -> list[tuple]:
    return [(s.text, s.label_, s._.source, s._.assertion, s._.cue) for s in doc.spans["medical"]]


def test_a_doc_round_trips_through_bytes_with_every_extension_value(nlp):
    doc = nlp(TEXT)
    copy = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    for name in ("entities", "quantities", "frequencies", "assertions", "labs", "therapies", "abbreviation_definitions"):
        assert getattr(copy._, name) == getattr(doc._, name), name
    assert ("发热", "symptom", "entities/curated.tsv", "negated", "无") in _facts(copy)
    assert _facts(copy) == _facts(doc)
    assert [(s.text, s._.quantity.value) for s in copy.spans["quantities"]] == [("93%", 93.0)]


def test_a_docbin_with_user_data_keeps_the_mentions_and_their_context(nlp):
    doc = nlp(TEXT)
    bin_ = DocBin(store_user_data=True)
    bin_.add(doc)
    (copy,) = DocBin().from_bytes(bin_.to_bytes()).get_docs(nlp.vocab)
    for name in ("entities", "quantities", "assertions", "labs", "therapies"):
        assert list(getattr(copy._, name)) == getattr(doc._, name), name  # DocBin gives tuples
    assert _facts(copy) == _facts(doc)


def test_nlp_pipe_with_two_processes_gives_the_same_mentions(nlp):
    texts = ["头痛，无发热。", TEXT]
    assert [_facts(d) for d in nlp.pipe(texts, n_process=2)] == [_facts(nlp(t)) for t in texts]


def test_nested_values_pack_as_tagged_maps_and_come_back_equal():
    value = {"mention": Entity(0, 2, "发热", "symptom", "发热"), "share": [Quantity(3, 6, "93%", "percent", value=93.0)]}
    assert srsly.msgpack_loads(srsly.msgpack_dumps(value)) == value


def test_caches_pack_as_nil():
    assert srsly.msgpack_loads(srsly.msgpack_dumps({"index": TransientCache([], {(0, 1, "x"): 0})})) == {"index": None}


def test_values_are_packed_by_field_name_so_old_bytes_still_load():
    entity = Entity(0, 2, "发热", "symptom", "发热")
    assert srsly.msgpack_loads(srsly.msgpack_dumps(entity)) == entity
    fields = {"start": 0, "end": 2, "text": "发热", "label": "symptom", "canonical": "发热", "gone": 1}
    written_before_abbr_existed = srsly.msgpack_dumps({"__zh_med__": "Entity", "fields": fields})
    assert srsly.msgpack_loads(written_before_abbr_existed) == entity  # abbr takes its default, gone is ignored
