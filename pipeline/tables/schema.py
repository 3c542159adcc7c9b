"""The output tables' columns: name, pandas dtype and meaning. The one source of truth for
the writer (dtypes, column order) and for the README's schema section
(``python -m pipeline schema`` prints it)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    dtype: str  # a pandas extension dtype: string, Int64, Float64, boolean
    doc: str


def _columns(*specs: tuple[str, str, str]) -> tuple[Column, ...]:
    return tuple(Column(*spec) for spec in specs)


_RECORD = ("record_id", "string", "the record's id: its `id`/`_id` field, else `<file stem>:<key or index>`, else the file stem")
_DISEASE = ("disease", "string", "the record's disease name (`name`, `gaishu_info/name`, `疾病名称` …, else `X是一种…` of the overview, else the file stem)")
_SECTION = ("section", "string", "the section path: JSON keys joined with `/` (`诊断/症状`)")
_START = ("start", "Int64", "offset of the first character in the ORIGINAL section text")
_END = ("end", "Int64", "offset after the last character: `section_text[start:end] == text`")

TABLES: dict[str, tuple[Column, ...]] = {
    "records": _columns(
        _RECORD,
        _DISEASE,
        ("source", "string", "the input file the record came from"),
        ("n_sections", "Int64", "sections with text (placeholders such as `无` not counted)"),
        ("n_chars", "Int64", "characters in those sections"),
        ("n_mentions", "Int64", "rows of `mentions` for the record"),
    ),
    "mentions": _columns(
        _RECORD,
        _DISEASE,
        _SECTION,
        _START,
        _END,
        ("text", "string", "the mention as written in the original text"),
        ("label", "string", "symptom, disease, drug, test, procedure, body, microbe, equipment or department"),
        ("canonical", "string", "the preferred name (dictionary `canonical` column)"),
        ("source", "string", "what found it: `entities/<file>.tsv` for a dictionary entry"),
        ("nested", "boolean", "inside a longer mention of another label, as CMeEE nests them: 血沉 (test) in 血沉增快 (symptom)"),
        ("assertion", "string", "present, negated, rare, possible, normal or other_disease (see Context below)"),
        ("modifier", "string", "the cue-based verdict alone (present, negated, rare, possible, normal), also when the finding is another disease's"),
        ("about", "string", "the other disease, when assertion is other_disease"),
        ("cue", "string", "the words that decided `modifier` (explain mode); empty when present"),
        ("cue_start", "Int64", "offset of the cue in the section text"),
        ("cue_end", "Int64", "offset after the cue"),
        ("sentence", "string", "the sentence the mention sits in (original text)"),
    ),
    "abbreviations": _columns(
        _RECORD,
        ("abbr", "string", "the abbreviation in canonical spelling (TNF-α, IgG); empty for an English gloss without abbreviation"),
        ("long_en", "string", "the English long form, from the text's definition or the table"),
        ("long_zh", "string", "the Chinese long form as defined (or from the table)"),
        ("canonical", "string", "the dictionary's canonical name for the long form (what the abbreviation's mentions carry)"),
        ("label", "string", "the label of the long form (HIV → microbe, AIDS → disease); empty if none of the nine"),
        ("source", "string", "`text` (defined in the record) or `dictionary:abbreviations.tsv`"),
        ("n_mentions", "Int64", "uses of the abbreviation in the record that became mentions"),
        ("first_section", "string", "the section of the first use (or of the definition when unused)"),
        ("first_start", "Int64", "offset of the first use in that section (or of the definition)"),
        ("evidence", "string", "the definition as written (`血管内皮生长因子(vascular endothelial growth factor，VEGF)`), or the sentence of the first use"),
    ),
    "record_fields": _columns(
        _RECORD,
        ("field", "string", "the key path of a structured field (`symptom_data/symptoms`, `inspect_info`, `gaishu_info/name` …)"),
        ("value", "string", "one item of that field"),
    ),
    "errors": _columns(
        ("file", "string", "the input file"),
        ("record_id", "string", "the record, when known (`<file stem>:<line>` for a bad JSON line)"),
        ("stage", "string", "`read` (file or record could not be read) or `process` (extraction failed)"),
        ("message", "string", "what went wrong, starting with an error code such as `[E003]`"),
    ),
}
