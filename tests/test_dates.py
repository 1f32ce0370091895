"""Tests for zhpolicy.dates: tables of real-style expressions, look-alikes, properties."""

from __future__ import annotations

import datetime
import itertools
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import zhpolicy
from strategies.dates import (
    complete_dates,
    date_styles,
    dates,
    deadlines,
    periods,
    recurrings,
    relatives,
    render_date,
)
from strategies.render import forms
from zhpolicy import Date, Deadline, ParseError, Period
from zhpolicy.dates import Recurring, Relative

KINDS = ("date", "period", "deadline", "relative_date", "recurring_date")


def found(text: str) -> list[tuple[str, str, str]]:
    return [(m.kind, m.text, str(m.value)) for m in zhpolicy.find(text, KINDS)]


# --- Date ---------------------------------------------------------------------------------------------------------

DATES = [
    ("2021年8月4日", Date(2021, 8, 4)),
    ("二〇二〇年十一月二十三日", Date(2020, 11, 23)),
    ("二零二零年", Date(2020)),
    ("二○一九年十二月", Date(2019, 12)),
    ("2020-09-17", Date(2020, 9, 17)),
    ("2020/07/10", Date(2020, 7, 10)),
    ("2020.9.17", Date(2020, 9, 17)),
    ("２０２０年９月１７日", Date(2020, 9, 17)),
    ("2020 年", Date(2020)),
    ("2020年度", Date(2020)),
    ("2020年9月份", Date(2020, 9)),
    ("4月22日", Date(None, 4, 22)),
    ("10月1号", Date(None, 10, 1)),
    ("9月", Date(None, 9)),
    ("  2021年8月4日 ", Date(2021, 8, 4)),
    ("二〇二一年八月四號", Date(2021, 8, 4)),
]


@pytest.mark.parametrize(("text", "value"), DATES)
def test_date_parse(text: str, value: Date) -> None:
    assert Date.parse(text) == value
    assert Date.parse(str(value)) == value


@pytest.mark.parametrize(
    "text",
    [
        "",
        "2020",
        "2020年13月",
        "2021年2月29日",
        "2020年9月32日",
        "三年",
        "5年",
        "100周年",
        "〔2020〕",
        "2020-13-01",
        "2021年8月4日前",
        "十二五",
        "年底",
    ],
)
def test_date_parse_rejects(text: str) -> None:
    with pytest.raises(ParseError):
        Date.parse(text)


def test_date_fields_and_to_date() -> None:
    d = Date.parse("2021年8月4日")
    assert d.to_date() == datetime.date(2021, 8, 4)
    assert d.precision == "day" and Date(2020, 9).precision == "month" and Date(2020).precision == "year"
    with pytest.raises(ValueError):
        Date(2020, 9).to_date()
    with pytest.raises(ValueError):
        Date(2020, None, 4)
    with pytest.raises(ValueError):
        Date()


def test_parse_error_names_what_was_expected() -> None:
    with pytest.raises(ParseError, match="expected a date"):
        Date.parse("下周一")


# --- Period -------------------------------------------------------------------------------------------------------

PERIODS = [
    ("2020年9月17日至10月31日", Period(Date(2020, 9, 17), Date(2020, 10, 31))),
    ("2020年9月17日至30日", Period(Date(2020, 9, 17), Date(2020, 9, 30))),
    ("2020年4月29日至2020年5月7日", Period(Date(2020, 4, 29), Date(2020, 5, 7))),
    ("2019—2021年", Period(Date(2019), Date(2021))),
    ("2019年-2021年", Period(Date(2019), Date(2021))),
    ("2019年～2021年", Period(Date(2019), Date(2021))),
    ("从2016年到2018年", Period(Date(2016), Date(2018))),
    ("二〇一六年至二〇一八年", Period(Date(2016), Date(2018))),
    ("2020年1-3月", Period(Date(2020, 1), Date(2020, 3))),
    ("9月10日-15日", Period(Date(None, 9, 10), Date(None, 9, 15))),
    ("2020年9月10-15日", Period(Date(2020, 9, 10), Date(2020, 9, 15))),
    ("自2021年1月1日起至2023年12月31日止", Period(Date(2021, 1, 1), Date(2023, 12, 31))),
    ("2020年第三季度", Period(Date(2020, 7), Date(2020, 9))),
    ("2020年一季度", Period(Date(2020, 1), Date(2020, 3))),
    ("2020年第4季度", Period(Date(2020, 10), Date(2020, 12))),
    ("2021年上半年", Period(Date(2021, 1), Date(2021, 6))),
    ("2021年下半年", Period(Date(2021, 7), Date(2021, 12))),
    ("2021年前三季度", Period(Date(2021, 1), Date(2021, 9))),
    ("2021年3月上旬", Period(Date(2021, 3, 1), Date(2021, 3, 10))),
    ("2021年3月中旬", Period(Date(2021, 3, 11), Date(2021, 3, 20))),
    ("2021年2月下旬", Period(Date(2021, 2, 21), Date(2021, 2, 28))),
    ("3月下旬", Period(Date(None, 3, 21), Date(None, 3, 31))),
    ("“十四五”时期", Period(Date(2021), Date(2025))),
    ("十三五期间", Period(Date(2016), Date(2020))),
]


@pytest.mark.parametrize(("text", "value"), PERIODS)
def test_period_parse(text: str, value: Period) -> None:
    assert Period.parse(text) == value
    assert Period.parse(str(value)) == value


@pytest.mark.parametrize(
    "text", ["2021年至2019年", "2020年9月至2021年", "2020年10月31日至9月17日", "5-10年", "1-2个月", "十四五规划"]
)
def test_period_parse_rejects(text: str) -> None:
    with pytest.raises(ParseError):
        Period.parse(text)


# --- Deadline -----------------------------------------------------------------------------------------------------

DEADLINES = [
    ("2020年9月底前", Deadline(Date(2020, 9), "end")),
    ("2021年3月底前", Deadline(Date(2021, 3), "end")),
    ("2020年12月底前", Deadline(Date(2020, 12), "end")),
    ("9月底前", Deadline(Date(None, 9), "end")),
    ("2020年底前", Deadline(Date(2020), "end")),
    ("2020年底", Deadline(Date(2020), "end")),
    ("2020年年底", Deadline(Date(2020), "end")),
    ("到2025年底", Deadline(Date(2025), "end")),
    ("截至2019年底", Deadline(Date(2019), "end")),
    ("2025年末", Deadline(Date(2025), "end")),
    ("2021年内", Deadline(Date(2021), "end")),
    ("2020年12月31日前", Deadline(Date(2020, 12, 31), "before")),
    ("6月30日以前", Deadline(Date(None, 6, 30), "before")),
    ("2021年6月之前", Deadline(Date(2021, 6), "before")),
    ("到2022年", Deadline(Date(2022), "by")),
    ("截至2022年6月", Deadline(Date(2022, 6), "by")),
    ("截止2019年12月31日", Deadline(Date(2019, 12, 31), "by")),
    ("自2021年1月1日起", Deadline(Date(2021, 1, 1), "from")),
    ("从2021年起", Deadline(Date(2021), "from")),
    ("2019年起", Deadline(Date(2019), "from")),
    ("自2021年1月1日", Deadline(Date(2021, 1, 1), "from")),
    ("2021年3月1日开始", Deadline(Date(2021, 3, 1), "from")),
]


@pytest.mark.parametrize(("text", "value"), DEADLINES)
def test_deadline_parse(text: str, value: Deadline) -> None:
    assert Deadline.parse(text) == value
    assert Deadline.parse(str(value)) == value


def test_deadline_keeps_precision() -> None:
    d = Deadline.parse("2020年9月底前")
    assert d.date.day is None and str(d) == "2020年9月底前"
    with pytest.raises(ValueError):
        Deadline(Date(2020, 9, 30), "end")
    with pytest.raises(ValueError):
        Deadline(Date(2020), "soon")  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["2020年前后", "5年内", "三年内", "2021年8月4日", "年底前", "至2022年", "从2017年"])
def test_deadline_parse_rejects(text: str) -> None:
    with pytest.raises(ParseError):
        Deadline.parse(text)


# --- Relative and recurring -----------------------------------------------------------------------------------------

RELATIVES = [
    ("年内", Relative(0, "内"), Deadline(Date(2021), "end")),
    ("年底前", Relative(0, "底前"), Deadline(Date(2021), "end")),
    ("年底", Relative(0, "底前"), Deadline(Date(2021), "end")),
    ("年末", Relative(0, "底前"), Deadline(Date(2021), "end")),
    ("今年", Relative(0, ""), Date(2021)),
    ("本年度", Relative(0, ""), Date(2021)),
    ("明年", Relative(1, ""), Date(2022)),
    ("次年", Relative(1, ""), Date(2022)),
    ("去年", Relative(-1, ""), Date(2020)),
    ("上年度", Relative(-1, ""), Date(2020)),
    ("明年3月底前", Relative(1, "3月底前"), Deadline(Date(2022, 3), "end")),
    ("今年6月30日以前", Relative(0, "6月30日前"), Deadline(Date(2021, 6, 30), "before")),
    ("上半年", Relative(0, "上半年"), Period(Date(2021, 1), Date(2021, 6))),
    ("一季度", Relative(0, "第一季度"), Period(Date(2021, 1), Date(2021, 3))),
    ("明年第二季度", Relative(1, "第二季度"), Period(Date(2022, 4), Date(2022, 6))),
    ("即日起", Relative(0, "即日起"), Deadline(Date(2021, 8, 4), "from")),
    ("自即日起", Relative(0, "即日起"), Deadline(Date(2021, 8, 4), "from")),
]


@pytest.mark.parametrize(("text", "value", "resolved"), RELATIVES)
def test_relative(text: str, value: Relative, resolved: object) -> None:
    assert Relative.parse(text) == value
    assert Relative.parse(str(value)) == value
    assert value.resolve(Date(2021, 8, 4)) == resolved


def test_relative_needs_a_reference_year() -> None:
    with pytest.raises(ValueError):
        Relative(0, "底前").resolve(Date(None, 8, 4))
    with pytest.raises(ValueError):
        Relative(5, "")
    with pytest.raises(ValueError):
        Relative(0, "底")  # not canonical


RECURRINGS = [
    ("每年3月底前", Recurring("年", "3月底前")),
    ("每年的3月底前", Recurring("年", "3月底前")),
    ("每季度", Recurring("季度")),
    ("每季", Recurring("季度")),
    ("每季度末", Recurring("季度", "底前")),
    ("每月10日前", Recurring("月", "10日前")),
    ("每月底前", Recurring("月", "底前")),
    ("每半年", Recurring("半年")),
    ("每年", Recurring("年")),
    ("每年度", Recurring("年")),
]


@pytest.mark.parametrize(("text", "value"), RECURRINGS)
def test_recurring(text: str, value: Recurring) -> None:
    assert Recurring.parse(text) == value
    assert Recurring.parse(str(value)) == value


@pytest.mark.parametrize("text", ["每月3月底前", "每季度10日前", "每周底前", "每人"])
def test_recurring_rejects(text: str) -> None:
    with pytest.raises(ParseError):
        Recurring.parse(text)


# --- find: spans, overlaps, look-alikes -----------------------------------------------------------------------------

FIND = [
    ("请各地于2021年3月底前报送。", [("deadline", "2021年3月底前", "2021年3月底前")]),
    ("力争到2022年，实现全覆盖。", [("deadline", "到2022年", "到2022年")]),
    ("本办法自2021年1月1日起施行。", [("deadline", "自2021年1月1日起", "自2021年1月1日起")]),
    (
        "征求意见时间为2020年9月17日至10月31日。",
        [("period", "2020年9月17日至10月31日", "2020年9月17日至2020年10月31日")],
    ),
    ("年内完成试点，明年全面推开。", [("relative_date", "年内", "今年内"), ("relative_date", "明年", "明年")]),
    (
        "各单位每年3月底前报送上年度情况。",
        [("recurring_date", "每年3月底前", "每年3月底前"), ("relative_date", "上年度", "去年")],
    ),
    ("2021年是中国共产党成立100周年。", [("date", "2021年", "2021年")]),
    ("于2020年年底前完成。", [("deadline", "2020年年底前", "2020年底前")]),
    ("由2017年的3%提高到2019年的5%。", [("date", "2017年", "2017年"), ("date", "2019年", "2019年")]),
    ("到2022年6月的目标", [("date", "2022年6月", "2022年6月")]),
    ("从2017年的3.0%提高到2019年28.5%", [("date", "2017年", "2017年"), ("date", "2019年", "2019年")]),
    ("“十四五”时期是关键期", [("period", "“十四五”时期", "2021年至2025年")]),
]


@pytest.mark.parametrize(("text", "expected"), FIND)
def test_find(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


NOT_DATES = [
    "实施三年行动计划",
    "5年内完成改造",
    "一年内、半年内、三年内",
    "成立100周年",
    "单价10.1元",
    "2.0版系统",
    "推进5G建设",
    "4+7城市药品集中采购",
    "〔2020〕",
    "开具1月以上药量的长处方",
    "近3月以来",
    "全年任务",
    "十四五规划",
    "年龄在65岁以上",
    "以上年龄段",
    "基本年薪",
    "每次年检",
    "符合以上年份要求",
    "1-2个月",
    "5-10年",
    "第1季",
    "每人每次",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_look_alikes_are_not_dates(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    ["义政办发〔2020〕47号", "国办发[2017]32号", "国办发〔2017〕32号", "浙政发〔2021〕3号", "国卫医发〔2020〕2020号"],
)
def test_nothing_inside_a_document_number(text: str) -> None:
    sentence = f"根据{text}文件精神"
    numbers = [(m.start, m.end) for m in zhpolicy.find(sentence, ["doc_number"])]
    for m in zhpolicy.find(sentence, KINDS):
        assert not any(s < m.end and m.start < e for s, e in numbers)
    assert found(sentence) == []


def test_offsets_in_original_with_traditional_and_full_width() -> None:
    text = "請於２０２０年９月底前完成，並於2021年內總結"
    ms = zhpolicy.find(text, KINDS)
    assert [m.text for m in ms] == ["２０２０年９月底前", "2021年內"]
    for m in ms:
        assert text[m.start : m.end] == m.text


def test_one_span_one_match() -> None:
    ms = zhpolicy.find("2020年9月底前、2021年第一季度", KINDS)
    spans = [(m.start, m.end) for m in ms]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    assert Date.find("2020年9月底前") == []


def test_find_never_raises_on_hostile_runs() -> None:
    # ~100 KB runs of what the patterns loop on; linear time: this must simply return
    for unit in ["2020年", "年底", "每年", "十一月十一日", "2020年1-"]:
        assert isinstance(zhpolicy.find(unit * (100_000 // len(unit)), KINDS), list)
    for unit in ["12月", "二〇二〇", "-2020", "至", "1-", "2020-09-", "日前", "从"]:
        assert isinstance(zhpolicy.find(unit * 5_000, KINDS), list)


# --- properties -----------------------------------------------------------------------------------------------------


@given(dates())
def test_date_round_trip(d: Date) -> None:
    assert Date.parse(str(d)) == d
    assert Date.from_dict(d.to_dict()) == d


@settings(max_examples=150)
@given(st.data(), dates())
def test_date_every_style_parses_back(data: st.DataObject, d: Date) -> None:
    assert Date.parse(data.draw(render_date(d))) == d


@given(complete_dates())
def test_every_style_of_a_complete_date(d: Date) -> None:
    for style in date_styles(d):
        for form in forms(style):
            assert Date.parse(form) == d, form


@given(periods())
def test_period_round_trip(p: Period) -> None:
    assert Period.parse(str(p)) == p
    assert Period.from_dict(p.to_dict()) == p


@given(deadlines())
def test_deadline_round_trip(d: Deadline) -> None:
    assert Deadline.parse(str(d)) == d
    assert Deadline.from_dict(d.to_dict()) == d
    for form in forms(str(d)):
        assert Deadline.parse(form) == d


@given(relatives, complete_dates())
def test_relative_round_trip_and_resolve(r: Relative, ref: Date) -> None:
    assert Relative.parse(str(r)) == r
    assert Relative.from_dict(r.to_dict()) == r
    resolved = r.resolve(ref)
    # resolving is writing the reference year (plus the offset) in front of the rest
    assert ref.year is not None
    assert type(resolved).parse(f"{ref.year + r.years}年{r.rest}") == resolved  # type: ignore[union-attr]
    if isinstance(resolved, Date):
        first = resolved
    else:
        first = resolved.start if isinstance(resolved, Period) else resolved.date
    assert first.year == ref.year + r.years


@given(recurrings)
def test_recurring_round_trip(r: Recurring) -> None:
    assert Recurring.parse(str(r)) == r
    assert Recurring.from_dict(r.to_dict()) == r


@given(dates())
def test_found_in_a_sentence(d: Date) -> None:
    text = f"会议于{d}召开"
    assert [(m.kind, m.value) for m in zhpolicy.find(text, KINDS)] == [("date", d)]


# The slow patterns run only in windows around their numerals, from their first possible character on
# (dates._windows, dates._FIRST): over whole texts that must change nothing.
_DATE_PIECES = st.sampled_from(
    [
        "2020年",
        "9月",
        "17日",
        "至",
        "到",
        "-",
        "底前",
        "自",
        "截至",
        "起",
        "二〇二〇年",
        "十一月",
        "上旬",
        "第三季度",
        "2020-09-17",
        "2020.9",
        "2020/7/10",
        "2020-9",
        "2020",
        "19",
        ".",
        "/",
        "年内",
        "年末",
        "即日起",
        "即日",
        "每年",
        "今年",
        "上一年",
        "度",
        "底",
        "三十一日",
        "31 号",
        "12 月",
        "以前",
        "前",
        "开始",
        "，",
        "。",
        "\n",
        "工作",
        "一",
        "两",
        "1",
        " ",
        "号",
        "份",
    ]
)


@given(st.lists(_DATE_PIECES, max_size=40).map("".join))
def test_windowed_scan_equals_a_whole_text_scan(text: str) -> None:
    from zhpolicy import dates as module

    folded = zhpolicy.normalize(text).folded
    assert module._scan(folded, False) == module._scan(folded, False, windowed=False)


@given(st.lists(_DATE_PIECES, max_size=40).map("".join))
@example("2020-09-17, 2020年3月5日, 截至2021年12月31日, 2020年第三季度, 从2020年1月至2021年6月")
def test_a_windowed_pattern_reads_by_re_what_regex_reads(text: str) -> None:
    # dates._compile: the windowed patterns are compiled by re, their repeated group names numbered apart; every
    # match, and every field read from it, is what regex gives with the source as written
    import regex

    from zhpolicy import dates as module

    folded = zhpolicy.normalize(text).folded
    for name, pattern in module._patterns(False):
        if name not in module._REACH:
            continue
        reference = regex.compile(regex.sub(r"\(\?P<(\w+)__\d+>", r"(?P<\1>", pattern.pattern))
        got, expected = list(pattern.finditer(folded)), list(reference.finditer(folded))
        assert [m.span() for m in got] == [m.span() for m in expected], name
        for m, r in zip(got, expected, strict=True):
            for group in reference.groupindex:
                assert module._group(m, group) == r.group(group), (name, group)
            for suffix in "012":
                assert module._fields(m, suffix) == module._fields(r, suffix), (name, suffix)


@given(st.lists(_DATE_PIECES, max_size=40).map("".join))
@example("2020 年 以前")
@example("十二 月 三十一 日 之前")
@example("2020-12-31前")
@example("2020年度前")
@example("3月份 前")
@example("2021年3月 前完成")
@example("3月5号前")
@example("十二月 底前")
@example("2020 年 度 内")
def test_a_window_without_what_a_pattern_needs_holds_no_value(text: str) -> None:
    # dates._needs: a pattern is not run where what its values need is absent (nor where none of the characters
    # standing for that need is, dates._ANCHORS); run everywhere it finds no more
    from zhpolicy import dates as module

    folded = zhpolicy.normalize(text).folded
    needs = module._needs()
    saved, anchored = dict(needs), module._anchored
    needs.clear()
    module._anchored = lambda folded, groups: {}  # every window of every group
    try:
        everywhere = module._scan(folded, False)
    finally:
        needs.update(saved)
        module._anchored = anchored
    assert module._scan(folded, False) == everywhere


@given(st.text(alphabet="0123456789 年度月日号份以之前旬底末内截到自起开始季半x", max_size=30))
@example("2020年底前, 3月上旬, 截至2021年, 自2020年起, 开始, 第三季度, 上半年, 年度内")
def test_every_need_holds_an_anchor(text: str) -> None:
    # dates._ANCHORS: a window without an anchor of a need is passed over without searching for the need, so every
    # match of the need must hold one
    from zhpolicy import dates as module

    assert module._ANCHORS.keys() == module._needs().keys()
    for name, need in module._needs().items():
        for m in need.finditer(text):
            assert any(c in module._ANCHORS[name] for c in m.group()), (name, m.group())


@given(st.lists(_DATE_PIECES, max_size=40).map("".join))
# every form of every core, each after each kind of character its lookbehinds read (a space among them)
@example("2020 年3 月, 二〇二〇年十二月, 2020-09-17, 2020/7/10, 2020.07.10, 第三季度, 上半年")
@example("2020年 至2021年, 5日 到 8日, 9月 - 10月, 2019--2021, 3 ~ 5, 十 至 十二")
@example("今年, 明年, 去年, 上一年, 下一年, 前年, 次年")
@example(" ".join(f"201{d}{sep}1{sep}1 {d}年 {d}至" for d in range(10) for sep in "-/."))  # each digit before
def test_the_core_search_finds_the_cores(text: str) -> None:
    # each opening character's form of a core runs as a pattern of its own (dates._core_passes): together they
    # find what one pass of the core's pattern finds
    from zhpolicy import dates as module
    from zhpolicy.scan import windows

    folded = zhpolicy.normalize(text).folded
    spans = module._core_spans(folded)
    assert spans.keys() == set(module._CORED.values())
    for name, (before, after) in module._REACH.items():
        core = module._CORED[name]
        pattern = re.compile(module._core_source(core))
        assert spans[core] == [m.span() for m in pattern.finditer(folded)]
        groups = module._groups(spans[core], before + after)
        assert module._windows(groups, before, after, len(folded)) == windows(folded, pattern, before, after)


@pytest.mark.parametrize(
    "text",
    [
        "2020-09-17至2020-10-01",
        "3月5号至 8号",
        "2020年至 二〇二一 年",
        "9月 ~ 十二 月",
        "3月5日至 三十一 日",
        "2019--2021年",
    ],
)
def test_a_range_core_looks_ahead_to_each_right_side(text: str) -> None:
    # a range's connective opens a window only when 年/月/日/号 follows within 7 characters or an ISO date does
    # (dates._CORE_FORMS["range"]): each right side, at its furthest, still opens one
    from zhpolicy import dates as module

    filler = "各地要加强组织领导。" * 3
    folded = zhpolicy.normalize(f"{filler}{text}，{filler}").folded
    found = module._scan(folded, False)
    assert found == module._scan(folded, False, windowed=False)
    assert any(isinstance(value, Period) for _, _, value in found)


def test_every_relative_year_ends_in_nian() -> None:
    from zhpolicy import _dates_data

    # dates._CORE_FORMS["relative_year"] finds them by it
    assert all(w.endswith("年") for w in _dates_data.RELATIVE_YEARS)


def _optional(*choices: str) -> st.SearchStrategy[str]:
    """One of ``choices`` or nothing, with or without a space before it."""
    return st.tuples(st.sampled_from(["", " "]), st.sampled_from(["", *choices])).map("".join)


# What may follow 今年 in the order documents write it, at its longest: 度 十二 月 二十九 号 以前 (spaced), or a
# shorter month, day or word.
_RELATIVE_YEAR_REST = st.tuples(
    st.sampled_from(["", "度"]),
    st.sampled_from(["", "十二 月", "十二月", "12 月", "3月"]),  # right after the year: no space before
    _optional("二十九 号", "三十一 日", "31日", "份"),
    _optional("上旬"),
    _optional("底", "末"),
    _optional("以前", "之前", "前", "内"),
).map("".join)


@given(
    st.lists(_DATE_PIECES, max_size=12).map("".join),
    st.sampled_from(["今年", "明年", "去年", "上一年", "下一年", "次年"]),
    _RELATIVE_YEAR_REST,
    st.lists(_DATE_PIECES, max_size=12).map("".join),
)
def test_a_relative_year_is_read_in_its_window(before: str, year: str, rest: str, after: str) -> None:
    # what follows 今年 reaches further than the other patterns' margin: its windows have their own
    from zhpolicy import dates as module

    folded = zhpolicy.normalize(before + year + rest + after).folded
    assert module._scan(folded, False) == module._scan(folded, False, windowed=False)


# The longest a match reaches around its month or its ISO date's first separator: a year before it, a day after it
# (日 and 号 are no cores), then what may follow the day; spaces wherever the patterns allow one.
_MONTH_DAY = st.tuples(
    st.sampled_from(["", "自", "从 ", "截止到 ", "到"]),
    st.sampled_from(["", "2020 年 ", "二〇二〇 年", "2021年"]),
    st.sampled_from(["12 月", "十二 月", "9月", "1 月"]),
    _optional("三十一 日", "31 号", "二十九日", "1日", "份"),
    _optional("以前", "之前", "前", "起", "开始", "底", "内", "以上"),
).map("".join)
_ISO_DATE = st.tuples(
    st.sampled_from(["", "自", "截止到 "]),
    st.sampled_from(["2020", "1999"]),
    st.sampled_from(["-", "/", "."]),
    st.sampled_from(["09", "9", "12"]),
    st.sampled_from(["-", "/", "."]),
    st.sampled_from(["17", "1", "31"]),
    _optional("以前", "前", "起", "开始", "0", ".5"),
).map("".join)


@given(
    st.lists(_DATE_PIECES, max_size=12).map("".join),
    st.one_of(_MONTH_DAY, _ISO_DATE),
    st.lists(_DATE_PIECES, max_size=12).map("".join),
)
def test_a_day_is_read_in_its_months_window(before: str, date: str, after: str) -> None:
    # a day is found in the window of its month (or its ISO date's year): a document scan needs no core at 日/号,
    # and parsing a whole string reads a day alone (which has no core) over the whole string
    from zhpolicy import dates as module

    folded = zhpolicy.normalize(before + date + after).folded
    assert module._scan(folded, False) == module._scan(folded, False, windowed=False)
    assert module._scan(folded, True) == module._scan(folded, True, windowed=False)


@pytest.mark.parametrize(
    "date",
    [
        "十二 月 三十一 日 以前",
        "截止到 二〇二〇 年 十二 月 三十一 日",
        "自 2021 年 1 月 1 日 开始",
        "截至2020年12月31日",
        "2020-12-31 以前",
        "截止到 2020/12/31",
        "自2020.1.1 开始",
    ],
)
def test_the_longest_reach_past_a_month_is_read(date: str) -> None:
    # the forms reaching furthest past their month (or their ISO date's first separator), in and out of context
    from zhpolicy import dates as module

    for text in (date, f"工作{date}工作", f"2020年{date}。"):
        folded = zhpolicy.normalize(text).folded
        assert module._scan(folded, False) == module._scan(folded, False, windowed=False), text


# A year is four digits (dates._CHINESE_YEAR): a longer or shorter run of them before 年 (or before a bare range's
# connective) is no year, is read the same in a window as over the whole text, and hides nothing after it.
@given(
    st.lists(_DATE_PIECES, max_size=8).map("".join),
    st.sampled_from(["二", "一", "2", "1"]),
    st.tuples(st.sampled_from(["〇", "二", "0"]), st.integers(0, 30)).map(lambda c: c[0] * c[1]),
    st.sampled_from(["年3月", " 年3月至5月", "年第三季度", "年3月底前", "至2021年3至5月", "至二〇二一年", "年度内"]),
    st.lists(_DATE_PIECES, max_size=8).map("".join),
)
def test_a_run_of_digits_is_read_alike_in_its_window(before: str, first: str, rest: str, tail: str, after: str) -> None:
    from zhpolicy import dates as module

    folded = zhpolicy.normalize(before + first + rest + tail + after).folded
    assert module._scan(folded, False) == module._scan(folded, False, windowed=False)
    assert module._scan(folded, True) == module._scan(folded, True, windowed=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("二" + "〇" * 20 + "年3月", [("date", "3月", "3月")]),
        ("二〇年3月", [("date", "3月", "3月")]),  # as 20年3月
        ("二〇二〇二〇年3月", [("date", "3月", "3月")]),  # as 202020年3月
        ("二" * 20 + "至2021年3至5月", [("period", "2021年3至5月", "2021年3月至2021年5月")]),
        ("二〇二〇年3月", [("date", "二〇二〇年3月", "2020年3月")]),
        ("一九九九年", [("date", "一九九九年", "1999年")]),
        ("从二〇一九至二〇二一年", [("period", "从二〇一九至二〇二一年", "2019年至2021年")]),
    ],
)
def test_a_year_is_four_digits(text: str, expected: list[tuple[str, str, str]]) -> None:
    from zhpolicy import dates as module

    assert found(text) == expected
    folded = zhpolicy.normalize(text).folded
    assert module._scan(folded, False) == module._scan(folded, False, windowed=False)


# Each cored pattern's longest forms (dates._REACH): the furthest a match starts before its first core, and reads
# after its last; each is found alike in its window and over the whole text, and not with either margin one smaller.
LONGEST = {
    "date": ["2020 年", "二〇二〇 年十二 月", "2020-12-31.5", "2020/12/31-5", "十二 月 三十一 日", "十二 月 以上"],
    "before": ["2020 年 以前", "十二 月 三十一 日 以前", "十二 月 三十一 日 前"],
    "by": ["截止到 2020 年", "截止到 十二 月 三十一 日 的", "截止到 2020-12-31"],
    "from": ["自 2020 年", "自 2020 年 十二 月 三十一 日 开始", "自 十二 月 三十一 日 开始"],
    "end": ["截止到 2020 年 底", "截止到 十二 月 月 底 以前", "2020 年 年 底 以前", "十二 月 月 底 前"],
    "within": ["2020 年 度 内"],
    "quarter": ["2020 年 第三季度", "第 三 季度", "2020 年 度 第 三 季度"],
    "xun": ["2020 年 十二 月 上旬", "十二 月 上旬"],
    "range": [
        "从 2020 年 十二 月 三十一 日 起 至 2021 年 十二 月 三十一 日止",
        "2020年3月 至 2021 年 十二 月 三十一 日止",
        "从 2020 年 十二 月 三十一 日 起 至 2021年1月1日",
    ],
    "range_bare": ["从 2020 年 十二 月 二十九 至 三十一 日", "2020 至 2021 年"],
    "relword": [
        "上一年度十二 月 三十一 日 以前",
        "上一年度十二 月 三十一 日 前",
        "上一年度十二 月 三十一 日 上旬 底 以前",
    ],
}


def _reach_scans(text: str, name: str, reach: tuple[int, int]) -> tuple[object, object]:
    from zhpolicy import dates as module

    # the pattern's margins alone: its cores grouped by its own before + after
    folded = zhpolicy.normalize(text).folded
    core = module._CORED[name]
    saved = module._REACH[name], module._GROUP_REACH[core]
    module._REACH[name], module._GROUP_REACH[core] = reach, sum(reach)
    try:
        return module._scan(folded, False), module._scan(folded, False, windowed=False)
    finally:
        module._REACH[name], module._GROUP_REACH[core] = saved


def _in_context(form: str) -> list[str]:
    return [form, f"工作{form}工作", f"2020年{form}。", f"{form}1"]


@pytest.mark.parametrize("name", sorted(LONGEST))
def test_each_pattern_reaches_its_margins(name: str) -> None:
    from zhpolicy import dates as module

    before, after = module._REACH[name]
    texts = [text for form in LONGEST[name] for text in _in_context(form)]
    for text in texts:
        windowed, whole = _reach_scans(text, name, (before, after))
        assert windowed == whole, text
    for smaller in ((before - 1, after), (before, after - 1)):
        assert any(len({*map(repr, _reach_scans(text, name, smaller))}) == 2 for text in texts), smaller


def test_every_cored_pattern_has_its_reach() -> None:
    from zhpolicy import dates as module

    assert module._REACH.keys() == module._CORED.keys() == LONGEST.keys()


@given(st.data(), dates())
def test_a_date_far_from_others_is_found_in_its_window(data: st.DataObject, d: Date) -> None:
    filler = "各地要加强组织领导。" * data.draw(st.integers(0, 12))
    text = f"{filler}会议于{data.draw(render_date(d))}召开。{filler}"
    assert [(m.kind, m.value) for m in zhpolicy.find(text, KINDS)] == [("date", d)]
