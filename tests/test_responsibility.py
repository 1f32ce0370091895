"""Responsibility clauses: forms, conventions, look-alikes, properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from strategies.render import forms
from strategies.responsibility import clauses
from zhpolicy import ParseError, Responsibility
from zhpolicy.responsibility import Convention

# (clause, leads, partners)
KNOWN = [
    ("（责任单位：▲医保局、卫健局、财政局）", ["医保局"], ["卫健局", "财政局"]),
    ("(责任单位:▲医保局、卫健局)", ["医保局"], ["卫健局"]),
    ("（责任单位：▲县医保局、▲县卫健局、县财政局）", ["县医保局", "县卫健局"], ["县财政局"]),
    ("（▲区民政局、区财政局）", ["区民政局"], ["区财政局"]),
    ("（责任单位：卫健局）", ["卫健局"], []),
    ("（责任单位：▲县卫健局，县医保局，县财政局）", ["县卫健局"], ["县医保局", "县财政局"]),
    ("（牵头单位：市医保局；配合单位：市财政局、市卫健委）", ["市医保局"], ["市财政局", "市卫健委"]),
    ("(牵头单位:市医保局;配合单位:市财政局)", ["市医保局"], ["市财政局"]),
    ("（牵头部门：县卫健局，责任部门：县医保局、县审计局）", ["县卫健局"], ["县医保局", "县审计局"]),
    ("（主责单位：区民政局；协办单位：区财政局）", ["区民政局"], ["区财政局"]),
    ("（市医保局牵头，市财政局、市卫健委配合）", ["市医保局"], ["市财政局", "市卫健委"]),
    ("(市医保局牵头,市财政局配合)", ["市医保局"], ["市财政局"]),
    ("（市医改办负责，各相关部门参与）", ["市医改办"], ["各相关部门"]),
    ("（由县政府牵头负责，县直各有关单位协助）", ["县政府"], ["县直各有关单位"]),
    ("（市卫健委、市医保局分别负责）", ["市卫健委", "市医保局"], []),
    ("（市卫健委、市医保局、市药监局按职责分工分别负责）", ["市卫健委", "市医保局", "市药监局"], []),
    ("（市医改领导小组各成员单位按职责分工负责）", ["市医改领导小组各成员单位"], []),
    ("（市卫健委负责）", ["市卫健委"], []),
    ("（市卫健委和市医保局牵头，市财政局配合）", ["市卫健委", "市医保局"], ["市财政局"]),
    ("（市工业和信息化局牵头，市商务局配合）", ["市工业和信息化局"], ["市商务局"]),
    ("（各县(市、区)人民政府负责）", ["各县(市、区)人民政府"], []),
    ("（县卫健局、县医保局负责。排在第一位的为牵头部门）", ["县卫健局"], ["县医保局"]),
    ("（牵头单位：市医保局；配合单位：市财政局、市卫健委等）", ["市医保局"], ["市财政局", "市卫健委"]),
    ("（牵头单位：市医保局；配合单位：市财政局；完成时限：2022年6月底前）", ["市医保局"], ["市财政局"]),
    ("（各县(市、区)负责）", ["各县(市、区)"], []),
    ("（各乡镇(街道)按职责分工负责）", ["各乡镇(街道)"], []),
    ("（市卫健委(市中医药局)牵头，人民银行某市中心支行配合）", ["市卫健委(市中医药局)"], ["人民银行某市中心支行"]),
    ("（市卫健委与市医保局负责，市财政局参与）", ["市卫健委", "市医保局"], ["市财政局"]),
]


@pytest.mark.parametrize(("clause", "leads", "partners"), KNOWN)
def test_known_forms(clause: str, leads: list[str], partners: list[str]) -> None:
    for variant in forms(clause):
        value = Responsibility.parse(variant)
        assert list(value.leads) == leads, variant
        assert list(value.partners) == partners, variant
        assert value.lead_order_known
        assert Responsibility.parse(str(value)) == value
        assert Responsibility.from_dict(value.to_dict()) == value


@pytest.mark.parametrize(("clause", "leads", "partners"), KNOWN)
def test_find_reports_the_clause_span(clause: str, leads: list[str], partners: list[str]) -> None:
    text = "一是加强统筹协调，完善工作机制" + clause + "。"
    [m] = Responsibility.find(text)
    assert m.text == clause
    assert text[m.start : m.end] == clause
    assert list(m.value.leads) == leads


def test_flags_and_labels() -> None:
    v = Responsibility.parse("（市卫健委、市发改委、市财政局等按职责分工负责。排在第一位的为牵头单位）")
    assert v.open_list and v.by_duty and not v.each_leads_own_part
    assert v.convention is Convention.FIRST_LISTED_LEADS
    assert Responsibility.parse("（市卫健委、市医保局分别负责）").each_leads_own_part
    assert Responsibility.parse("（牵头单位：甲县民政局；配合单位：甲县财政局）").labels == ("牵头单位", "配合单位")
    assert Responsibility.parse("（責任單位：▲衛健局、醫保局）").labels == ("责任单位",)


UNKNOWN = [
    ("（市卫健委、市医保局负责）", ["市卫健委", "市医保局"]),
    ("（市卫健委、市发改委、市医保局等负责）", ["市卫健委", "市发改委", "市医保局"]),
    ("（责任单位：县卫健局、县医保局）", ["县卫健局", "县医保局"]),
]


@pytest.mark.parametrize(("clause", "units"), UNKNOWN)
def test_lead_order_unknown_without_convention(clause: str, units: list[str]) -> None:
    value = Responsibility.parse(clause)
    assert not value.lead_order_known
    assert value.leads == () and value.partners == ()
    assert list(value.units) == units
    assert value.convention is None
    assert Responsibility.parse(str(value)) == value


def test_declared_convention_applies_to_later_clauses() -> None:
    text = (
        "一、健全机制。开展试点（市卫健委、市医保局负责）。\n"
        "二、推进改革（市医保局、市卫健委负责。排在第一位的为牵头部门，下同）。\n"
        "三、强化监管（市市场监管局、市医保局等负责）。\n"
        "四、优化服务（市卫健委、市财政局分别负责）。\n"
    )
    values = [m.value for m in Responsibility.find(text)]
    assert [v.lead_order_known for v in values] == [False, True, True, True]
    assert values[1].leads == ("市医保局",) and values[2].leads == ("市市场监管局",)
    assert values[2].partners == ("市医保局",)
    assert values[2].convention is Convention.FIRST_LISTED_LEADS
    assert values[3].leads == ("市卫健委", "市财政局") and values[3].convention is None


def test_declaration_without_same_below_stays_in_its_clause() -> None:
    text = "（县卫健局、县医保局负责。排在第一位的为牵头部门）……（县医保局、县财政局负责）"
    first, second = (m.value for m in Responsibility.find(text))
    assert first.leads == ("县卫健局",)
    assert not second.lead_order_known


def test_each_leads_declaration_is_recorded() -> None:
    text = "（市医保局、市财政局分别负责。分别负责为各部门按职责分别牵头，下同）（市卫健委、市药监局分别负责）"
    values = [m.value for m in Responsibility.find(text)]
    assert [v.convention for v in values] == [Convention.EACH_LEADS_OWN_PART] * 2
    assert values[1].leads == ("市卫健委", "市药监局")


def test_standalone_declaration_applies_from_where_it_stands() -> None:
    text = "（区卫健局、区医保局负责）\n注：各项任务中排在第一位的为牵头单位。\n（区医保局、区财政局负责）"
    first, second = (m.value for m in Responsibility.find(text))
    assert not first.lead_order_known
    assert second.leads == ("区医保局",)


def test_line_forms() -> None:
    text = "1.加强药品监管。\n牵头单位：市药监局 责任单位：市卫健委、市医保局\n2.下一项"
    [m] = Responsibility.find(text)
    assert m.text == "牵头单位：市药监局 责任单位：市卫健委、市医保局"
    assert m.value.leads == ("市药监局",) and m.value.partners == ("市卫健委", "市医保局")
    text = "完善考核办法。责任单位：▲县卫健局、县人社局。"
    [m] = Responsibility.find(text)
    assert m.value.leads == ("县卫健局",)


NOT_CLAUSES = [
    "（试行）",
    "（以下简称DRGs）",
    "（以下简称市医保局）",
    "（附件1）",
    "（联系人：王明，电话：0531-12345678）",
    "（市医保局）",
    "（2020年）",
    "《关于完善医疗保障制度的实施意见（试行）》",
    "（具体由市医保局负责解释）",
    "（含市本级）",
    "（一）加强组织领导",
    "市医保局负责全市医保基金监管工作。",
    "（负责）",
    "（等负责）",
    "（完成时限：2022年底）",
    "（全市）",
    "（以县为单位负责）",
]


@pytest.mark.parametrize("text", NOT_CLAUSES)
def test_look_alikes_are_not_clauses(text: str) -> None:
    assert Responsibility.find(text) == []


@pytest.mark.parametrize("text", ["", "（试行）", "市医保局负责解释", "（）", "▲", "责任单位："])
def test_parse_rejects(text: str) -> None:
    with pytest.raises(ParseError):
        Responsibility.parse(text)


@settings(max_examples=150)
@given(clauses())
def test_generated_clauses_parse_back(clause: tuple[str, list[str], list[str]]) -> None:
    text, leads, partners = clause
    value = Responsibility.parse(text)
    assert list(value.leads) == leads
    assert list(value.partners) == partners
    assert Responsibility.parse(str(value)) == value
    assert Responsibility.from_dict(value.to_dict()) == value
    [m] = Responsibility.find("推进改革" + text + "。")
    assert m.value == value


@pytest.mark.parametrize(
    "run",
    [
        "(" * 50_000,
        "（▲" * 30_000,
        "、局" * 50_000,
        "责任单位：" * 20_000,
        "(市医保局、" * 10_000,
        "\n牵头单位:" * 20_000,
    ],
)
def test_adversarial_runs_return(run: str) -> None:
    Responsibility.find(run)


def test_a_bracketed_aside_with_its_own_list_stays_inside_the_name() -> None:
    # 各县〔市、区〕: the 、 inside the brackets does not split the name (found while wiring the task table)
    [m] = Responsibility.find("（各县〔市、区〕人民政府负责）")
    assert m.value.leads == ("各县[市、区]人民政府",)
    [m] = Responsibility.find("（责任单位：▲市卫生健康委、各县〔市、区〕人民政府）")
    assert (m.value.leads, m.value.partners) == (("市卫生健康委",), ("各县[市、区]人民政府",))


def test_a_lead_mark_inside_a_lead_label_still_picks_the_lead() -> None:
    v = Responsibility.parse("（牵头单位：▲市医保局、市卫生健康委）")
    assert (v.leads, v.partners) == (("市医保局",), ("市卫生健康委",))
    assert Responsibility.parse(str(v)) == v
