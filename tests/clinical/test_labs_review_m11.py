"""Cases of the labs review of xywy medical_11 (2026-12-04): tiny sentences and the rows they
must (or must not) give."""

from __future__ import annotations

import functools

import pytest

from pipeline.clinical import extract_labs
from pipeline.tables.schema import TABLES


@functools.cache
def _labs_table(desc: str):
    import pipeline

    return pipeline.run([{"name": "测试病", "desc": desc}])["labs"]


def rows(analyse, text: str, section: str = "诊断/症状"):
    norm, entities, quantities, assertions = analyse(text, section, "测试病")
    return extract_labs(norm, entities, quantities, assertions)


def _documented_test_labels() -> set[str]:
    doc = next(column.doc for column in TABLES["labs"] if column.name == "test_label")
    return {label for label in ("test", "procedure", "body", "drug") if f"`{label}`" in doc.split(";")[0]}


def test_every_test_label_of_a_run_is_a_documented_one():
    labs = _labs_table(
        "血常规示嗜酸性粒细胞增多，嗜碱性粒细胞减少，单核细胞增多。Ph1染色体阳性。"
        "血清维生素E降低。肌电图示神经源性损害。血沉增快。"
    )
    assert _documented_test_labels() == {"test", "procedure"}
    assert set(labs["test_label"]) <= _documented_test_labels(), labs[["text", "test_label"]]
    by_text = dict(zip(labs["text"], labs["test_label"]))
    assert by_text["嗜酸性粒细胞"] == "test" and by_text["染色体"] == "test"
    assert by_text["肌电图"] == "procedure" and by_text["血沉"] == "test"


@pytest.mark.parametrize(
    "text, test, direction",
    [
        ("在血、尿糖控制相对稳定时，空腹血糖<7.8mmol/L或餐后2小时血糖<10mmol/L时，可在两餐或临睡前食用。", "空腹血糖", ""),
        ("正常人，血糖水平在3.6～3.9mmol/L(65～70mg/dl)时，升糖激素的反应被激活。", "血糖", ""),
        # a result word keeps its direction: only a threshold's value has none
        ("当机体产生抗自身血小板抗体，进而同时出现贫血和血小板减少(或全细胞减少)时，称之为Evans。", "血小板", "down"),
    ],
)
def test_a_result_in_a_clause_ending_in_shi_is_a_condition_with_no_direction(analyse, text, test, direction):
    found = [f for f in rows(analyse, text) if f.test.text == test]
    assert found and found[0].assertion == "hypothetical" and found[0].direction == direction, found


@pytest.mark.parametrize(
    "text, test",
    [
        ("血糖升高持续2小时。", "血糖"),  # the 时 of 小时
        ("患者血压升高，同时心率增快。", "血压"),
        ("3.能量代谢受累，水和电解质紊乱 葡萄糖无氧酵解时，ATP减少。", "电解质"),  # a heading, then its text
    ],
)
def test_a_clause_not_ending_in_a_when_shi_keeps_its_finding(analyse, text, test):
    found = [f for f in rows(analyse, text) if f.test.text == test]
    assert found and found[0].assertion != "hypothetical", found


@pytest.mark.parametrize(
    "text, tests",
    [
        ("和直立位时检查结果比较，直立位的血压降低10mmHg，脉率增加20次/min，则失血量超过1000ml。", {"血压", "脉率"}),
        ("如白蛋白进一步降低，则三酰甘油也增高。", {"白蛋白"}),
        ("如有雷诺现象者血沉正常，抗核抗体阴性，则很少可能为硬皮病。", {"血沉", "抗核抗体"}),
    ],
)
def test_a_result_in_the_clauses_before_ze_is_its_condition(analyse, text, tests):
    found = {f.test.text: f for f in rows(analyse, text)}
    assert tests <= set(found) and all(found[t].assertion == "hypothetical" for t in tests), found


@pytest.mark.parametrize(
    "text, test",
    [
        ("最终导致肾脏积水，肾功能减退，若双侧梗阻，则出现尿毒症。", "肾功能"),  # 则 is 若's
        ("当PCO2＞6.7kPa(50mmHg)时，血压明显上升，PCO2进一步升高，则血压反而下降。", "血压"),  # what happens then
        ("主要表现为粒细胞减少，若合并感染，则出现相应症状。", "粒细胞"),
    ],
)
def test_a_result_before_another_conditions_ze_stays_a_finding(analyse, text, test):
    found = [f for f in rows(analyse, text) if f.test.text == test]
    assert found and found[0].assertion != "hypothetical", found


@pytest.mark.parametrize(
    "text, test",
    [
        ("伤后初期，常有发热，如3～4天体温下降后，再度出现高热。", "体温"),
        ("所以在气管插管麻醉时，如发现血压升高，应注意检查是否有通气不良。", "血压"),
        ("胆汁中如胆固醇含量过多呈过饱和状态，则易析出形成胆固醇结石。", "胆固醇"),
        ("如体温升高，可提示继发感染。", "体温"),
    ],
)
def test_ru_opening_a_condition_makes_it_hypothetical(analyse, text, test):
    found = [f for f in rows(analyse, text) if f.test.text == test]
    assert found and found[0].assertion == "hypothetical", found


@pytest.mark.parametrize(
    "text, test",
    [
        ("(四)混合因素：如慢性特发性粒细胞减少症等，临床上上述三类白细胞减少常混合存在，宜注意分析。", "白细胞"),
        ("如体温升高，可提示继发感染，呼吸节律变化，可能提示脑水肿或电解质紊乱。", "电解质"),
        ("如无症状HBsAg携带者则表现为出现症状，肝功能异常，若原为肝硬化，则表现为症状加重。", "肝功能"),
    ],
)
def test_ru_of_examples_or_a_closed_condition_leaves_the_finding(analyse, text, test):
    found = [f for f in rows(analyse, text) if f.test.text == test]
    assert found and found[0].assertion != "hypothetical", found


def test_the_consequence_of_yidan_with_jiu_is_no_condition(analyse):
    text = "卵巢功能一旦衰竭或被切除和破坏，卵巢分泌的雌激素就会显著减少，一旦体内分泌的雌激素减少，就会引发器官的退行性变化。"
    found = [f for f in rows(analyse, text, "病因") if f.test.text == "雌激素"]
    assert [f.assertion for f in found] == ["background", "hypothetical"], found


@pytest.mark.parametrize(
    "text, test, canonical",
    [
        ("HDL和LDL的改变(HDL-TG升高、HDL-C下降和LDL-TG升高)。", "HDL-TG", "高密度脂蛋白甘油三酯"),
        ("HDL和LDL的改变(HDL-TG升高、HDL-C下降和LDL-TG升高)。", "LDL-TG", "低密度脂蛋白甘油三酯"),
        ("轻度贫血和(或)大红细胞增多。", "大红细胞", "大红细胞"),
        ("可见许多细胞外抗淀粉酶PAS阳性的透明小体。", "抗淀粉酶PAS", "过碘酸希夫染色"),
        ("血清抗MPO阳性。", "抗MPO", "抗髓过氧化物酶抗体"),
        ("使循环中雄激素与雌激素的比例显著上升。", "雄激素与雌激素的比例", "雄激素/雌激素比值"),
    ],
)
def test_a_named_test_is_not_cut_to_the_generic_analyte_inside_it(analyse, text, test, canonical):
    found = {f.test.text: f for f in rows(analyse, text)}
    assert test in found and found[test].test.canonical == canonical, found
    assert not {"TG", "红细胞", "淀粉酶", "MPO", "雄激素"} & set(found), found


@pytest.mark.parametrize(
    "text, test, specimen",
    [
        ("锑可以使生产人员的指甲中胱氨酸含量降低。", "胱氨酸", "指甲"),
        ("锑可以使生产人员的头发中胱氨酸含量降低。", "胱氨酸", "头发"),
        ("关节积液中白细胞增多。", "白细胞", "关节液"),
        ("胸腔积液检查：蛋白定量增高。", "蛋白定量", "胸水"),
    ],
)
def test_hair_nails_and_a_fluid_named_as_a_symptom_are_specimens(analyse, text, test, specimen):
    found = {f.test.text: f for f in rows(analyse, text)}
    assert found[test].specimen == specimen, found


def test_an_effusion_with_no_sampling_word_after_it_is_no_specimen(analyse):
    found = {f.test.text: f for f in rows(analyse, "胸腔积液，白细胞增多。")}
    assert found["白细胞"].specimen == "", found


def test_an_effusion_in_a_list_of_symptoms_is_no_specimen(analyse):
    found = {f.test.text: f for f in rows(analyse, "表现为腹水、肝大、肝功异常及胰腺炎。")}
    assert found["肝功"].specimen == "", found


def test_a_result_that_cannot_come_about_is_negated(analyse):
    found = {f.test.text: f for f in rows(analyse, "直立时不能产生反射性心率增加和周围小动脉收缩。")}
    assert found["心率"].assertion == "negated", found


@pytest.mark.parametrize(
    "text",
    [
        "高血压病人患冠心病者是血压正常者的4倍。",
        "一些正常妇女血糖可低至1.7mmol/L(30mg/dl)而无症状。",
        "正常小儿血浆中铜蓝蛋白的含量为200～400mg/L。",
    ],
)
def test_a_comparison_group_or_healthy_people_give_no_row(analyse, text):
    assert rows(analyse, text) == []


def test_a_fluid_named_by_a_test_passes_to_the_next_test_not_named_after_blood(analyse):
    text = "腰穿检查时发现脑脊液压力增高，蛋白质增多而细胞数不增多，脑脊液含糖量增加。"
    found = {f.test.text: f for f in rows(analyse, text)}
    assert found["细胞数"].specimen == "脑脊液", found
    assert (found["脑脊液含糖量"].test.canonical, found["脑脊液含糖量"].direction) == ("脑脊液葡萄糖", "up")
    assert {f.test.text: f.specimen for f in rows(analyse, "脑脊液压力升高,血沉加快。")}["血沉"] == ""
    assert {f.test.text: f.specimen for f in rows(analyse, "脑脊液蛋白和细胞数增加。")}["细胞数"] == "脑脊液"



@pytest.mark.parametrize(
    ("text", "test", "assertion"),
    [
        # code review: the 便 of 粪便/大便 is no consequence, so these conditions stay conditions
        ("若出现腹痛，粪便白细胞增多，应考虑细菌感染。", "粪便白细胞", "hypothetical"),
        ("若出现发热，大便潜血阳性，应考虑出血。", "大便潜血", "hypothetical"),
        # a point in the course is no condition
        ("患者血清淀粉酶升高多见于发病时。", "淀粉酶", "present"),
        ("血糖升高常在入院时。", "血糖", "present"),
    ],
)
def test_words_holding_a_consequence_or_a_time_are_no_condition_marks(text, test, assertion):
    labs = _labs_table(text)
    assert dict(zip(labs["test"], labs["assertion"]))[test] == assertion


@pytest.mark.parametrize(("text", "kept"), [("抗体阳性者的发生率为20%。", True), ("血压正常者的4倍。", False),
                                            ("HBsAg阳性者的配偶应接种疫苗。", False)])
def test_only_a_comparison_or_a_relative_of_a_group_named_by_its_result_drops_the_row(text, kept):
    assert (len(_labs_table(text)) > 0) == kept
