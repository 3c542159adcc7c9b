"""The output tables' columns: name, pandas dtype and meaning. The one source of truth for
the writer (dtypes, column order) and for the README's schema section
(``python -m pipeline schema`` prints it)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..errors import PipelineError

#: File formats each table can be written in.
FORMATS = ("csv", "parquet")


def table_formats(formats: str | Iterable[str]) -> list[str]:
    """The formats asked for, checked: ``"csv,parquet"`` or ``["csv", "parquet"]``, each once,
    in the order given. An unknown or empty one is a usage error (E013), never a file
    nobody can read."""
    chosen: list[str] = []
    for name in formats.split(",") if isinstance(formats, str) else formats:
        name = name.strip().lower() if isinstance(name, str) else name  # CSV is csv
        if name == "":
            continue
        if name not in FORMATS:
            raise PipelineError("E013", fmt=name, choices=", ".join(FORMATS))
        if name not in chosen:
            chosen.append(name)
    if not chosen:
        raise PipelineError("E013", fmt=formats, choices=", ".join(FORMATS))
    return chosen


#: Rows buffered per table before a chunk (a Parquet row group) is written.
CHUNK_ROWS = 10_000


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    dtype: str  # a pandas extension dtype: string, Int64, Float64, boolean
    doc: str


def _columns(*specs: tuple[str, str, str]) -> tuple[Column, ...]:
    return tuple(Column(*spec) for spec in specs)


_RECORD = ("record_id", "string", "the record's id: its `id`/`_id` field, else `<file stem>:<n>` (in JSON Lines n is the line "
           "number, from 1; in a JSON array or a CSV/TSV file the index, from 0: `sle:1` is a .jsonl file's first line, `wrapped:0` "
           "an array's first item) or `<file stem>:<key>` (an object of records), else the file stem")
_DISEASE = ("disease", "string", "the record's disease name (`name`, `gaishu_info/name`, `疾病名称` …, else `X是一种…` of the overview, else the file stem)")
_SECTION = ("section", "string", "the section path: JSON keys joined with `/` (`诊断/症状`)")
_START = ("start", "Int64", "offset of the first character in the ORIGINAL section text")
_END = ("end", "Int64", "offset after the last character: `section_text[start:end] == text`")

TABLES: dict[str, tuple[Column, ...]] = {
    "records": _columns(
        _RECORD,
        _DISEASE,
        ("source", "string", "the input file the record came from (`<DataFrame>`, `<list>`, `<dict>` for records given in memory to `pipeline.run`)"),
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
        ("source", "string", "what found it: `entities/<file>.tsv` for a dictionary entry, `abbreviation:text` for a use of an abbreviation the record defines, `abbreviation:abbreviations.tsv` for one known from the table, `rule:shared_head` for a word that shares the head of the finding coordinated after it (`白细胞及血小板减少`: 白细胞, canonical 白细胞减少, the test nested; `面色苍白或萎黄`: 萎黄, canonical 面色萎黄)"),
        ("nested", "boolean", "inside a longer mention of another label, as CMeEE nests them: 血沉 (test) in 血沉增快 (symptom)"),
        ("assertion", "string", "present, negated, rare, possible, normal, hypothetical, other_disease or background (see Context below)"),
        ("modifier", "string", "the cue-based verdict alone (present, negated, rare, possible, normal, hypothetical), also when the finding is another disease's"),
        ("about", "string", "the other disease, when assertion is other_disease"),
        ("cue", "string", "the words that decided `modifier` (explain mode); missing when present"),
        ("cue_start", "Int64", "offset of the cue in the section text"),
        ("cue_end", "Int64", "offset after the cue"),
        ("sentence", "string", "the sentence the mention sits in (original text; in a text without punctuation, OCR or PDF output, a piece of at most 1,000 characters holding the mention)"),
    ),
    "symptoms": _columns(
        _RECORD,
        _DISEASE,
        _SECTION,
        ("symptom", "string", "the symptom's canonical name (also of a disease mention a symptom text lists between two symptom mentions: 湿疹 of `色素沉着、糜烂、湿疹、肿胀`); no row for the record's own disease or a type of it (`真性乳头内陷` in a record on 乳头内陷; 休克 in one on 老年休克 or 小儿休克, 抽搐 in one on 抽搐与惊厥, 精神障碍 in one on 躯体感染伴发的精神障碍; the finding its name is built on after a site or before a closing 症, 病 or 综合征: 纤维化 in one on 腹膜后纤维化, 失眠 in one on 失眠症, not 肌无力 in one on 重症肌无力: `name_group`, `name_link`, `name_site` in `record_reading.tsv` and the `patient_group` and `qualifier` prefixes of `disease_prefixes.tsv`: 腹泻 in one on 慢性腹泻, 皲裂 in one on 手足皲裂; `mentions` keeps it)"),
        ("text", "string", "the symptom as written (a word sharing the head of the finding after it is written alone: `白细胞` of `白细胞及血小板减少`, symptom 白细胞减少; mentions' `source` `rule:shared_head`)"),
        ("freq_pct", "Float64", "the percentage of patients reported for it (`色素沉着(93%)` → 93; `半数` → 50; `3/5例出现发热` → 60; not a rate the frequencies' `measure` calls no occurrence: `坏死的病死率可达50%`; nor a share of another group than the patients: `40%的近亲有热性惊厥`; nor a cause heading's share, rule `cause`: `感冒头痛(28%)：`)"),
        ("freq_low", "Float64", "lower bound of a reported range (`2%~5%` → 2)"),
        ("freq_high", "Float64", "upper bound of a reported range"),
        ("comparator", "string", "`>`, `>=`, `<`, `<=` for `超过10%`, `5%以下` …; empty for an exact value"),
        ("approx", "boolean", "the number is hedged (`约`, `左右`, `可达…左右`, `半数`)"),
        ("qualifier", "string", "the frequency word bound to it (`偶见`, `较多见`, `半数`)"),
        ("qualifier_rank", "Int64", "that word's rank on the scale of `dictionaries/frequency_terms.tsv` (7 几乎所有 … 1 罕见)"),
        ("population", "string", "the patient group the frequency is about (`胆总管结石患者`; the whole a share is of: `继发性脑室内出血` in `脑干出血约占继发性脑室内出血的2%`), when stated"),
        ("assertion", "string", "as in `mentions`: filter on `present` for the record's own findings"),
        ("evidence", "string", "the sentence"),
        _START,
        _END,
    ),
    "frequencies": _columns(
        _RECORD,
        _DISEASE,
        _SECTION,
        ("subject", "string", "canonical name of the mention the frequency is about; the record's disease for a measure of it no mention is the subject of (rule `record`: `本病发病率为0.5%`, `病死率高达40%`); the disease a share of whose type or stage the number is (rule `subtype`: see `subtype`); empty when none was found"),
        ("subject_text", "string", "that mention as written, with a history word right after it (`12%～55%病例有银屑病家族史` → 银屑病家族史: the share counts who had it; `history_after` in `quantity_cues.tsv`)"),
        ("subject_label", "string", "its label (symptom, test, microbe …)"),
        ("subtype", "string", "the type or stage of the disease in `subject` whose share of its cases the number is, as written (rule `subtype`: `①回结型：占85%` → 回结型, `以局限型较为多见，约占90%` → 局限型, `诊断时60%属Ⅰ期` → Ⅰ期); only for a share no rule found a subject for, the subject then the disease the whole after 占 names (`该型占外阴黑色素瘤的0%～10%`), else the first of the sentence of a verb dividing it into types shortly before (`原发性肠套叠…分为4型：①回结型`: `subtype_divided` in `quantity_cues.tsv`), else the record's disease; empty otherwise"),
        ("quantity", "string", "the frequency as written (`7/13例(54%)`, `(93%)`, `半数`)"),
        ("numerator", "Int64", "cases with the finding (`7/13例` → 7; none for a share written as a fraction: `约1/3` → `pct_reported` 33.3; `69/142` counts)"),
        ("denominator", "Int64", "cases examined (`7/13例` → 13)"),
        ("pct_reported", "Float64", "the percentage as printed (or implied: `半数` → 50; a rate per mille or per 10,000 people and more in percent: `0.5‰` → 0.05, `20/10万` → 0.02)"),
        ("pct_low", "Float64", "lower bound of a range (`2%~5%`)"),
        ("pct_high", "Float64", "upper bound of a range"),
        ("comparator", "string", "`>`, `>=`, `<`, `<=`, or empty"),
        ("approx", "boolean", "hedged (`约95%`, `75%左右`, `约占病例总数的80%`)"),
        ("pct_computed", "Float64", "100·numerator/denominator, 1 decimal"),
        ("consistent", "boolean", "the printed percent equals the fraction at the printed precision (`6/7例(85%)` → false); empty when there is nothing to compare"),
        ("population", "string", "the patient group (`胆总管结石患者`; a finding's patients defined by what no mention names: `精神障碍有家族史者`; the whole a share is of: `继发性脑室内出血` in `脑干出血约占继发性脑室内出血的2%`, even when no subject was found: `所有消化道肿瘤` in `大约占所有消化道肿瘤的2%`; the group opening the clause before 中 and the number: `双胎妊娠` in `双胎妊娠中有10%合并有羊水过多`, or closing a clause in 中 for the numbers of the clauses right after it (`53例羊水栓塞` in `Gilbert报道的53例羊水栓塞中，32例(60%)有剖宫产史`: who reported it is left out); the cases of a disease after a frequency word and its 的 (`室壁瘤` in `约有一半的室壁瘤有附壁血栓形成`); a patient group a 的 inside defines after the number (`抗磷脂抗体阳性的系统性红斑狼疮患者` in `约40%的抗磷脂抗体阳性的系统性红斑狼疮患者可出现血小板减少`, its finding the subject); the disease its subject complicates: `川崎病` in `川崎病并发心肌梗死者占1%～2%`; a group before a measure of the record's disease: `有家族史者` in `有家族史者发病率高达28%`; a group in 者 opening the clause right before a number a predicate follows: `不伴发心律失常者` in `如不伴发心律失常者仅6%猝死`; a group in 中 right before the number or closing the clause before it in 在X中, over none or a bare 患者/病人: `慢性小腿肌筋膜间室综合征` in `在慢性小腿肌筋膜间室综合征中，将近一半的患者存在肌疝` (not a place, a process, a share, a body part nor the record's own disease: `在ICU病房中`, `排便中`, `约2/3患者中`, `脑实质中`, `在室管膜瘤中` in a record on 室管膜肿瘤); the whole after 占 over a group before it: `高血压死亡病例` in `高血压病人死于尿毒症者…仅占高血压死亡病例的1.5%～5%`; those with the finding of the number right before a share opening its clause with 其中: `胰岛细胞瘤` in `胰岛细胞瘤占病人30%～75%，其中约40%肿瘤来自β细胞`), when stated; or another group than the patients (`近亲`, `双生子`, `小鼠`: `other_group` of `quantity_cues.tsv`)"),
        ("measure", "string", "what the number measures, when a noun before it says (`发病率`, `阳性率`, `生存率`, `病死率`, `敏感性`: `5年生存率为75%` → 生存率; `发病率和病死率分别为10%和5%` → 发病率, 病死率), or one closing its clause right after it (`每年将有2%～4%的出血率` → 出血率), or one judged closing the clause before a number alone (`哮喘病的患病率明显增加，为6.8%～17%` → 患病率, `病死率较高，有人报告为29%～52%`: `judged` in `quantity_cues.tsv`); 有效率 for an efficacy (`疗效多在75%左右`, `60%有明显效果`) and 保护率 for a protection (`100%的保护作用`: `efficacy_before`, `efficacy_after`, `protection_after` in `quantity_cues.tsv`); empty for a plain share of patients (`30%的患者有发热`); the symptoms' and labs' `freq_pct` take only occurrence measures (发生率, 患病率, 阳性率, 检出率 …) or none"),
        ("rule", "string", "the binding rule that chose the subject: paren, rate, forward, backward, respectively, word; topic: a clause opening with 占 is about the disease its sentence opens with (肝血管瘤是…,占肝良性肿瘤的84%); heading: right after a finding heading with a colon, the number is about it ((2)咯血：发生率约15%～30%); heading_item: a share no other rule bound further in the sentence of a heading item, a finding before a colon or, numbered, before a blank, with only a report, 其, 本病 or an anaphor, a measure and link words before it in its clause (or a whole in 占…的) and nothing after it, is about the heading (4.斜头畸形 又称偏头畸形，…，约占4%; 青光眼：…，但摘除的眼球组织学检查发现其发生率高达45%), and so is one rule previous gave the class a clause in 是 names (…，是颅缝早闭中最常见的头颅畸形，约占40%～70%); not a share with a predicate after it (约10%为多发), of a group in 者 or in 其中, right after a clause opening with a subgroup (前者, 后者, a group in 者, a type in 型: 前者在受伤后1个月内出现，占10%～15%), after another measure (生存率, 复发率 …) in the sentence, nor when the heading names the record's own disease; and so is a share with no subject a heading anaphor opens, only link words or a whole in 占…的 between (此型, 上述症状: `heading_anaphor` in `quantity_cues.tsv`), later in the heading item's line or in a text going on from a numbered heading item of its list (2.单纯血压降低型 / 刺激颈动脉窦时…，此型约占颈动脉窦综合征患者的5%～11%), a group who have it before the anaphor its population (但老年有上述症状者仅占25% → 老年), with no subject when no mention names the heading; previous: a clause opening with 占 or 约占 after a comma is about the finding closing the clause before it, only how common it is between (头痛最多，约占78%; 以大肠埃希菌为主，约占70%), not an item of a list (but a finding opening its clause and said to be common is none: 肘部皮损最为常见，约占70%以上), a class in 的, nor where the sentence names a type or the share's whole holds the finding; and a clause opening with 见于 is about the finding opening the clause before (皮疹为重要体征，见于80%以上的病例), a number alone after a clause closing with those with a finding about that finding (但无痛经者，占25%左右; not after a rate: 生存率在90%以上，伴有心室间隔缺损者，则仅为80%), or closing with a finding and its case count, the numerator (肢体乏力者11例，占27.3%); so is a share after a clause saying what kind of finding opens it (颈静脉怒张是常见的征象，占50%～90%; 甲状腺未分化癌为高度恶性肿瘤，占…), 其 before the rate word or not (可引起尿崩症，其发生率约20%); where: a share of cases by place or time (80%发生于女性), about no finding; record: a measure of a disease (发病率, 患病率, 病死率, 生存率, 复发率 …: `of_the_disease` in `quantity_cues.tsv`) with no mention as its subject and no disease named before it in its clause is about the record's own disease (本病发病率为0.5%, 5年生存率为10%), and so is a share with no subject whose clause goes on with falling ill with the record's disease (结节性硬化症者20%以上发生本病, 同胞中有2%～6%患本症: `record_disease` in `quantity_cues.tsv`) or with a verb of falling ill alone (易感者接触患者后约90%发病: `falls_ill_alone`), and so is a share of a whole opening its sentence, or after 本病, with only a report, a measure and link words before 占 (约占整个心脏肿瘤的8%; 本病呈散发性，…，据统计约占病毒性脑炎的10%～20%; not after a heading, another 占 or 其中 in its sentence, nor when the whole is or names the record's disease (约占本病的80%: a type's share) or is all its cases (约占全部病例的70%: a subgroup's share; `all_cases` in `quantity_cues.tsv`), nor in a text going on from a list item that is a heading: a numbered short item (3.骨盆直肠间隙脓肿 / 约占肛周脓肿的2.5%～9%) or one naming another disease; such a share keeps rule rate), the subject that disease and `subject_text` empty, or, rule topic or heading, about the disease opening its sentence (恶性纤维组织细胞瘤恶性程度较高，局部复发率达40%～55%; the heading named again after its colon is no other disease: (1)原发性中枢神经系统淋巴瘤：原发性中枢神经系统恶性淋巴瘤极为少见，正常人群发病率…) or, rule topic, the disease a clause before with no number measures (近年来肠闭锁的死亡率明显下降，国内存活率在51.3%～73.3%); a share 在X中约占N% is the record's as 约占X的N% is (在全身骨折中约占0.3%); a clause going on with another group and its number (发热的发生率在成人为60%，儿童为30%) takes the rule, subject and measure of the statement before it, the group its population (after any rule when a population or `going_on_group` word closes the group and the number closes its clause, the number before in the clause before: 误诊率35%～50%，新生儿达90%以上; 国外报道…血便占60%～90%，国内报道占3%～10%), and so does one reaching another level after a statement of rule forward, the same patients' unless a group is named (满2岁时可增加到85%～90%: `going_on_change` in `quantity_cues.tsv`; not with a …率 noun in it), and so does an age or a month going on with no link word after a statement about a finding or the record's disease, the age its population (60～64岁患病率约1%，…，70～74岁约4%; 发生率可高达50%，第2个月30%), and so does the level a share changed to from a number before it in its clause (发生率已由过去50%下降至10%～20%); anaphor: a share with no subject whose clause names a finding back by an `anaphor` word after it (约有1/3病人以此为首发症状: `anaphor` in `quantity_cues.tsv`) is about the disease or symptom opening its sentence, else the nearest one before its clause in its sentence or the one before, unless the clause says the patients die (约5%的患者死于此症: a mortality; `death_after` in `quantity_cues.tsv`); subtype: a share no other rule found a subject for that counts the cases of one type or stage of a disease, named in the heading or list item its text is under (①回结型：占85%; Ⅱ型：…，约占10%; Ⅲ型：…此型最多见，占85%～90%), before it in its clause or the clause before, only its bracket, how common it is, link words or a whole in 占…的 between (心上型占55%; 以局限型较为多见，约占90%: `subtype_common` in `quantity_cues.tsv`), or after it by a copula closing its clause (诊断时60%属Ⅰ期: `subtype_copula`), or in the first line of a text going on from a numbered heading item naming a type, only link words, a heading anaphor or a whole in 占…的 before it (2.顿挫型 / 约占全部感染者的4%～8%); not a share inside a type (产后型80%阳性, 此型…其中90%的病例并无症状) nor a word naming no type (此型, 血型: `not_a_subtype`); cause: in a section on causes, a heading's share in brackets before its colon or closing its line (外伤(35%)：, 环境因素(35%)) is the share of cases that cause accounts for, its subject the cause when a mention names it, and no symptom's freq_pct; with an empty subject, the rule that looked for one and found no mention where it looked (forward: after the number; backward, rate: before it, or backward with a predicate after the number, which makes the mention before it the group or the whole: 假性胰腺囊肿约80%为单发; paren: before the parenthesis or after its patient group; respectively: in the list before 分别), and empty when none applied"),
        ("assertion", "string", "the subject's assertion, as in `mentions`: `negated` when the share is of patients without it (`30%～40%的患儿不合并颅骨骨折`), `other_disease` for a cause or another disease's finding (a cause section's `感染(30%)`), `rare` for `极少数为鳞癌(5%)`; `background` for a history (`约70%有长期的溃疡病史`; `negated` stays: `约10%病人没有溃疡病史`); empty without a subject mention (and for rules `record` and `subtype`)"),
        ("evidence", "string", "the sentence"),
        ("start", "Int64", "offset of the quantity in the original section text"),
        ("end", "Int64", "offset after the quantity"),
    ),
    "labs": _columns(
        _RECORD,
        _DISEASE,
        _SECTION,
        ("test", "string", "canonical name of the test (or of the imaging/electrophysiology procedure: X线, 肌电图)"),
        ("test_label", "string", "`test`, or `procedure` for imaging and electrophysiology (CMeEE); a cell count (嗜酸性粒细胞增多), a karyotype (染色体) or a nutrient's level (血清维生素E) is a `test` here, whatever its mention's label (`body`, `drug`) in `mentions`"),
        ("text", "string", "the test as written"),
        ("specimen", "string", "血清, 血, 脑脊液, 尿, 骨髓, 关节液, 头发, 指甲 … when stated (`关节积液中`, `胸腔积液检查`: a symptom that is the fluid sampled)"),
        ("sign", "boolean", "a sign measured or examined on the patient, in no sample nor image (血压, 体温, 心率, 视力: `sampled` sign in `lab_subjects.tsv`; not 肾功能): `labs[~labs.sign]` keeps the laboratory and imaging findings"),
        ("finding", "string", "the words of the result: 升高, 增快, 偏低, 阳性, 正常, 不能引出, 骨硬化 …"),
        ("direction", "string", "up, down, positive, negative, normal or abnormal; from the comparator when no result word says it (`血糖<2.8mmol/L` → down), not for a threshold or target (assertion hypothetical)"),
        ("value_low", "Float64", "the measured value, or the low end of a range (`2%~5%` → 2)"),
        ("value_high", "Float64", "the high end (equal to value_low for one number)"),
        ("unit", "string", "the value's unit (`%`, `mg/L` …), spelled as SI writes it: μ for micro, L for the litre, min for minutes (`umol/L` → `μmol/L`, `mg/dl` → `mg/dL`, `次/分` → `次/min`)"),
        ("comparator", "string", "`>`, `>=`, `<`, `<=` (`>10%`, `5%以下`), or empty"),
        ("freq_pct", "Float64", "share of patients with this finding (`M蛋白阳性可达75%`, `血沉增快者占14/15例` → 93.3; not a survival, mortality or other rate that is no occurrence; nor a percentage of a level, a part or a change: `血清黏稠度>6%` is the value, `心输出量的15%`, `心室率增快10%～30%` are neither)"),
        ("freq_low", "Float64", "lower bound of a range of patients (`约30%~50%的患者M蛋白阳性` → 30; a word's range from `frequency_terms.tsv`: `偶有` → 0)"),
        ("freq_high", "Float64", "upper bound of that range"),
        ("qualifier", "string", "frequency word (`半数`, `较常见`)"),
        ("assertion", "string", "the test mention's assertion (see `mentions`); `background` for cells and other body subjects in a text on causes, prevention, nursing or diet, as for the tests there (the mentions of body parts stay present); `hypothetical` for a condition or threshold: a result in a clause opened by 若, 如果, 一旦, 当 …, or ending in 时 (`空腹血糖<7.8mmol/L或餐后2小时血糖<10mmol/L时`), in the clauses before one opening with 则 (`血压降低10mmHg，脉率增加20次/min，则失血量超过1000ml`), after a 如 opening a clause that a consequence closes (`如发现血压升高，应注意…`; not the 如 of examples) or that ends in 后 (`如3～4天体温下降后，`), in a clause ending in 的话 (`胆固醇较高的话`), a result back to normal or negative right before 后， (`尿蛋白转阴后，可逐渐减量`), but not in the consequence (`…一旦衰竭，雌激素就会显著减少`); `negated` after a denied cause (`不能产生反射性心率增加`). No row for a result a treatment causes (`利尿常能使血压下降`, `激素可引起眼压增高`), nor for one opening the clause after such an effect (`…治疗可使血压下降，醛固酮分泌减少`) nor for 不足以 (not enough to)"),
        ("statement", "string", "the words from test to result"),
        ("evidence", "string", "the sentence"),
        ("start", "Int64", "offset of the statement in the original section text"),
        ("end", "Int64", "offset after the statement"),
    ),
    "therapies": _columns(
        _RECORD,
        _DISEASE,
        _SECTION,
        ("therapy", "string", "canonical name of the drug or procedure (三苯氧胺 → 他莫昔芬)"),
        ("text", "string", "as written"),
        ("category", "string", "drug, nutrient, procedure, surgery, radiotherapy, chemotherapy, immunotherapy, tcm, supportive …"),
        ("dose", "Float64", "dose, or the low end of a range (`0.2g*kg-1*d-1` → 0.2)"),
        ("dose_high", "Float64", "high end of a dose range (equal to dose for one number)"),
        ("dose_unit", "string", "normalized unit: `g/(kg·d)`, `mg`, `mg/d` …; a daily dose written 每天300mg is `mg/d`"),
        ("route", "string", "静滴, 静注, 口服, 肌注, 皮下 …"),
        ("times", "Int64", "how often: doses per period, or the low end of a range (`每日3次`, `3次/d`, `tid` → 3; `每日3～4次` → 3)"),
        ("times_high", "Int64", "the high end (`每日3～4次` → 4; equal to times for one number)"),
        ("every", "Float64", "the period's length, or the low end of a range (`每日3次` → 1; `每8小时1次`, `q8h` → 8; `隔日1次` → 2; `每4～6小时1次` → 4)"),
        ("every_high", "Float64", "the high end (`每4～6小时1次` → 6; equal to every for one number)"),
        ("every_unit", "string", "the period's unit, a UCUM code as in FHIR's Timing: `h`, `d`, `wk`, `mo`"),
        ("duration", "Float64", "how long it was given, or the low end of a range (`5d` → 5; `连服3～5天` → 3)"),
        ("duration_high", "Float64", "the high end (`连服3～5天` → 5; equal to duration for one number)"),
        ("duration_unit", "string", "the unit, a UCUM code as `every_unit` (`连服7天` → `d`; `wk`, `mo`, `a`, `h`, `min`)"),
        ("sessions", "Int64", "number of sessions (`共5次` → 5)"),
        ("volume", "Float64", "volume per session (`每次～3000ml` → 3000); a drug's: the fluid it is given in (`庆大霉素生理盐水200ml` → 200)"),
        ("volume_unit", "string", "`ml`, `L` …"),
        ("n_patients", "Int64", "patients treated (`治疗2例` → 2)"),
        ("outcome", "string", "有效, 无效, 好转, 改善, 缓解, 完全缓解, 复发, 无复发 (很少复发, 不易复发) …"),
        ("effect_low", "Float64", "how long the effect lasted, low end (`7~15天` → 7)"),
        ("effect_high", "Float64", "… high end (15)"),
        ("effect_unit", "string", "… unit, a UCUM code as `duration_unit` (`7~15天` → `d`)"),
        ("assertion", "string", "the therapy mention's assertion (see `mentions`)"),
        ("statement", "string", "the words bound to the therapy"),
        ("evidence", "string", "the sentence"),
        ("start", "Int64", "offset of the statement in the original section text"),
        ("end", "Int64", "offset after the statement"),
    ),
    "abbreviations": _columns(
        _RECORD,
        ("abbr", "string", "the abbreviation in canonical spelling (TNF-α, IgG); empty for an English gloss without abbreviation"),
        ("long_en", "string", "the English long form, from the text's definition or the table"),
        ("long_zh", "string", "the Chinese long form as defined (or from the table)"),
        ("canonical", "string", "what the abbreviation's mentions carry: the dictionary's canonical name for the long form, or for an acronym its curated table row's (POEMS → POEMS综合征)"),
        ("label", "string", "the label of the long form (HIV → microbe, AIDS → disease); empty if none of the nine"),
        ("source", "string", "`text` (defined in the record) or `dictionary:abbreviations.tsv`"),
        ("n_mentions", "Int64", "uses of the abbreviation in the record that became mentions, not counting its own definition's bracket (`黄体生成素(LH)` alone: 0)"),
        ("first_section", "string", "the section of the first use (or of the definition when unused)"),
        ("first_start", "Int64", "offset of the first use in that section (or of the definition)"),
        ("evidence", "string", "the definition as written (`血管内皮生长因子(vascular endothelial growth factor，VEGF)`), or the sentence of the first use"),
    ),
    "record_fields": _columns(
        _RECORD,
        ("field", "string", "the key path of a structured field (`symptom_data/symptoms`, `inspect_info`, `gaishu_info/name`, `gaishu_info/cure_prob` …)"),
        ("value", "string", "one item of that field (a list gives one row per item)"),
    ),
    "errors": _columns(
        ("file", "string", "the input file (`<DataFrame>` … for records in memory)"),
        ("record_id", "string", "the record, when known (`<file stem>:<line>` for a bad JSON line, its line number from 1)"),
        ("stage", "string", "`read` (file or record could not be read) or `process` (extraction failed)"),
        ("message", "string", "what went wrong, starting with an error code such as `[E003]`"),
    ),
}
