"""``doc_value`` / ``set_doc_value`` are ``doc._.<name>`` without the ``Underscore``: these
tests pin that they see and write the very values spaCy's ``doc._`` does."""

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.doc_values import doc_value, set_doc_value

Doc.set_extension("test_doc_values_plain", default=None, force=True)
Doc.set_extension("test_doc_values_section", default="", force=True)


@pytest.fixture
def doc() -> Doc:
    return spacy.blank("zh").make_doc("患者有发热")


def test_a_value_set_through_doc_underscore_is_read_back(doc):
    doc._.test_doc_values_plain = ["发热"]
    assert doc_value(doc, "test_doc_values_plain") == ["发热"]


def test_a_value_set_here_shows_in_doc_underscore(doc):
    set_doc_value(doc, "test_doc_values_plain", {"label": "symptom"})
    assert doc._.test_doc_values_plain == {"label": "symptom"}


def test_an_unset_value_is_the_extension_default(doc):
    assert doc_value(doc, "test_doc_values_section") == ""
    assert doc_value(doc, "test_doc_values_plain") is None


def test_a_value_survives_a_round_trip_through_bytes(doc):
    set_doc_value(doc, "test_doc_values_section", "诊断/症状")
    restored = Doc(doc.vocab).from_bytes(doc.to_bytes())
    assert restored._.test_doc_values_section == "诊断/症状"
    assert doc_value(restored, "test_doc_values_section") == "诊断/症状"


def test_a_name_that_is_no_extension_is_refused(doc):
    with pytest.raises(AssertionError):
        set_doc_value(doc, "test_doc_values_typo", 1)
    with pytest.raises(AttributeError):
        doc_value(doc, "test_doc_values_typo")
