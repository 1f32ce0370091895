"""Responsibility clauses: forms, conventions, look-alikes, properties."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from strategies.render import forms
from strategies.responsibility import clauses
from zhpolicy import ParseError, Responsibility, normalize
from zhpolicy import _responsibility_data as _data
from zhpolicy import responsibility as resp
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


def test_a_label_must_be_a_clause_label() -> None:
    # 负责 is a verb: a value holding it as a label had nothing to print (str() raised KeyError)
    with pytest.raises(ValueError, match="负责"):
        Responsibility(("市卫健委",), (), ("市卫健委",), labels=("负责",))
    assert Responsibility(("市卫健委",), (), ("市卫健委",), labels=("牵头单位",)).labels == ("牵头单位",)


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


# ---------------------------------------------------------------------------------------------------------------
# The finder's shortcuts: each must find exactly what the plain pass it stands for finds.

_TOKENS = [
    *_data.LABELS, *_data.OTHER_LABELS, ":", "：", " ", "\t", "\r", "\n", "。", "，", "；", "、", "(", ")", "（", "）",
    "▲", "负责", "牵头", "配合", "等", "下同", "排在第一位的为牵头部门", "排在首位的为牵头单位，下同", "注：",
    "分别负责为各部门按职责分别牵头", "牵头单位排在第一位", "主责", "主办", "见附件", "市医保局", "县卫健局",
]  # fmt: skip
_names_list = st.lists(
    st.sampled_from(["市医保局", "▲县卫健局", "区财政局", "各县(市、区)人民政府"]), min_size=1, max_size=3
)
_labelled = st.tuples(
    st.sampled_from(["", " ", "\t"]),
    st.sampled_from([*_data.LABELS, *_data.OTHER_LABELS]),
    st.sampled_from([":", "：", " ：", ""]),
    _names_list.map("、".join),
    st.sampled_from(["", ";", "，", "负责", "等", "；配合单位：市财政局"]),
).map("".join)
_sentence = st.one_of(_labelled, st.sampled_from(_TOKENS), st.lists(st.sampled_from(_TOKENS), max_size=4).map("".join))
_break = st.sampled_from(["\n", "。", "(", ")", "（", "）", "", "\r\n"])
_documents = st.lists(st.tuples(_sentence, _break).map("".join), max_size=30).map("".join)


@settings(max_examples=300)
@given(_documents)
def test_spans_are_what_one_pass_finds(text: str) -> None:
    # _spans looks for labelled lists only in sentences with a colon, and drops those inside a bracketed span
    folded = normalize(text).folded
    one_pass = regex.compile(f"{resp._bracket_pattern().pattern}|{resp._line_pattern().pattern}", regex.MULTILINE)
    expected = []
    for m in one_pass.finditer(folded):
        start, end = m.span("line") if m.group("line") is not None else m.span()
        while m.group("line") is not None and end > start and folded[end - 1] in " \t\r;,":
            end -= 1
        expected.append((start, end))
    assert [(start, end) for start, end, _ in resp._spans(folded)] == expected


@settings(max_examples=300)
@given(_documents)
def test_declarations_are_what_one_pass_finds(text: str) -> None:
    folded = normalize(text).folded
    one_pass = [(d.span(), d.groups()) for d in resp._declaration_pattern().finditer(folded)]
    assert [(d.span(), d.groups()) for d in resp._declarations(folded)] == one_pass


@given(st.from_regex("|".join([*_data.FIRST_LEADS_PATTERNS, *_data.EACH_LEADS_PATTERNS]), fullmatch=True))
def test_every_declaration_holds_a_declaration_word(declaration: str) -> None:
    # _declarations reads only the sentences holding one of these words
    assert any(word in declaration for word in _data.DECLARATION_WORDS)


_pieces = st.tuples(
    st.sampled_from(["", "由", "由 "]),
    st.sampled_from(["", "", *[label + ":" for label in _data.LABELS], "责任单位 : ", "完成时限:"]),
    st.lists(
        st.sampled_from([*_TOKENS, "市卫健委(市中医药局)", "按职责分工", "按照各自职责", "等有关单位"]), max_size=6
    ),
    st.sampled_from(["", "", *_data.VERBS, "等负责", "按职责分工分别负责", "等相关部门"]),
).map(lambda p: p[0] + p[1] + "".join(p[2]) + p[3])


@settings(max_examples=500)
@given(_pieces)
def test_the_group_pattern_matches_as_without_its_guard(piece: str) -> None:
    # the group pattern stops its lazy names only where a tail word can begin (and is compiled by re): same groups
    labels, verbs = resp._alternation(_data.LABELS), resp._alternation(_data.VERBS)
    plain = regex.compile(
        rf"(?:由)?(?:(?P<label>{labels})[ \t]*+:[ \t]*+)?(?P<names>.+?)"
        rf"(?P<open>{_data.OPEN_LIST})?(?P<duty>{_data.BY_DUTY})?(?P<each>{_data.EACH})?(?P<verb>{verbs})?",
    )
    piece = normalize(piece).folded
    expected, got = plain.fullmatch(piece), resp._group_pattern().fullmatch(piece)
    assert (None if expected is None else expected.groups()) == (None if got is None else got.groups())


def test_groups_read_by_position() -> None:
    assert resp._group_pattern().groupindex == {"label": 1, "names": 2, "open": 3, "duty": 4, "each": 5, "verb": 6}
    assert resp._line_pattern().groupindex == {"line": 1}
    assert resp._first_characters("等(?:相关)?单位", "(?:按照|按|依据)职责", "分别") == "[依分按等]"


@given(st.text(alphabet="局、 \t()[]市", max_size=20))
def test_split_top_without_an_opening_bracket_splits_anywhere(s: str) -> None:
    assert resp._split_top(s, "、 \t") == resp._split_walking(s, "、 \t")


def test_many_declarations_among_many_clauses() -> None:
    # the declarations inside clauses (no 下同: each stays in its clause) must not be taken for standing ones; the
    # note between the halves applies from where it stands; a list opening inside a bracketed span is no clause
    n = 300
    block = (
        "任务（县卫健局、县医保局负责。排在第一位的为牵头部门）。任务（县医保局、县财政局负责）。\n"
        "牵头单位：县卫健局；配合单位：县医保局\n"
        "（见附件。责任单位：▲县卫健局、县医保局）\n"
    )
    text = block * n + "注：各项任务中排在第一位的为牵头单位。\n" + block * n
    found = Responsibility.find(text)
    assert len(found) == 6 * n
    inside, plain, line = found[0::3], found[1::3], found[2::3]
    assert all(m.value.leads == ("县卫健局",) and m.value.convention is Convention.FIRST_LISTED_LEADS for m in inside)
    assert [m.value.lead_order_known for m in plain] == [False] * n + [True] * n
    assert all(m.value.leads == ("县医保局",) for m in plain[n:])
    assert all(m.text == "牵头单位：县卫健局；配合单位：县医保局" and m.value.partners == ("县医保局",) for m in line)


def test_a_name_read_once_keeps_its_mark_per_clause() -> None:
    # the items of a list are read once per text and kept: a ▲ belongs to the clause it is printed in
    first, second = Responsibility.find("（▲市医保局、市卫健委）（市医保局、▲市卫健委）")
    assert (first.value.leads, second.value.leads) == (("市医保局",), ("市卫健委",))


def test_a_declaration_right_after_a_clause_stands_outside_it() -> None:
    text = "（区卫健局、区医保局负责）排在第一位的为牵头单位\n（区医保局、区财政局负责）"
    first, second = (m.value for m in Responsibility.find(text))
    assert not first.lead_order_known
    assert second.leads == ("区医保局",)
