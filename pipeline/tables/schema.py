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
    "symptoms": _columns(
        _RECORD,
        _DISEASE,
        _SECTION,
        ("symptom", "string", "the symptom's canonical name"),
        ("text", "string", "the symptom as written"),
        ("freq_pct", "Float64", "the percentage of patients reported for it (`色素沉着(93%)` → 93; `半数` → 50)"),
        ("freq_low", "Float64", "lower bound of a reported range (`2%~5%` → 2)"),
        ("freq_high", "Float64", "upper bound of a reported range"),
        ("comparator", "string", "`>`, `>=`, `<`, `<=` for `超过10%`, `5%以下` …; empty for an exact value"),
        ("approx", "boolean", "the number is hedged (`约`, `左右`, `可达…左右`, `半数`)"),
        ("qualifier", "string", "the frequency word bound to it (`偶见`, `较多见`, `半数`)"),
        ("qualifier_rank", "Int64", "that word's rank on the scale of `dictionaries/frequency_terms.tsv` (7 几乎所有 … 1 罕见)"),
        ("population", "string", "the patient group the frequency is about (`胆总管结石患者`), when stated"),
        ("assertion", "string", "as in `mentions`: filter on `present` for the record's own findings"),
        ("evidence", "string", "the sentence"),
        _START,
        _END,
    ),
    "frequencies": _columns(
        _RECORD,
        _DISEASE,
        _SECTION,
        ("subject", "string", "canonical name of the mention the frequency is about; empty when none was found"),
        ("subject_text", "string", "that mention as written"),
        ("subject_label", "string", "its label (symptom, test, microbe …)"),
        ("quantity", "string", "the frequency as written (`7/13例(54%)`, `(93%)`, `半数`)"),
        ("numerator", "Int64", "cases with the finding (`7/13例` → 7)"),
        ("denominator", "Int64", "cases examined (`7/13例` → 13)"),
        ("pct_reported", "Float64", "the percentage as printed (or implied: `半数` → 50)"),
        ("pct_low", "Float64", "lower bound of a range (`2%~5%`)"),
        ("pct_high", "Float64", "upper bound of a range"),
        ("comparator", "string", "`>`, `>=`, `<`, `<=`, or empty"),
        ("approx", "boolean", "hedged (`约95%`, `75%左右`)"),
        ("pct_computed", "Float64", "100·numerator/denominator, 1 decimal"),
        ("consistent", "boolean", "the printed percent equals the fraction at the printed precision (`6/7例(85%)` → false); empty when there is nothing to compare"),
        ("population", "string", "the patient group (`胆总管结石患者`), when stated"),
        ("rule", "string", "the binding rule that chose the subject: paren, rate, forward, backward, word"),
        ("evidence", "string", "the sentence"),
        ("start", "Int64", "offset of the quantity in the original section text"),
        ("end", "Int64", "offset after the quantity"),
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
