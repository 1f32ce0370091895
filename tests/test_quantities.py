"""Quantities: money, percentages, percentage points, counts, ratios, rates and ranges, with their comparators."""

from __future__ import annotations

from decimal import Decimal

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

import zhpolicy
from strategies.quantities import rendered_quantities, rendered_ranges, rendered_rates, rendered_ratios
from strategies.render import forms
from zhpolicy import Count, Money, ParseError, Percentage, PercentagePoints, Range, Rate, Ratio
from zhpolicy._quantities_data import COUNT_UNITS

QUANTITY_KINDS = ["money", "percentage", "percentage_points", "count", "ratio", "rate", "quantity_range"]


def found(text: str) -> list[tuple[str, str, object]]:
    return [(m.kind, m.text, m.value) for m in zhpolicy.find(text, QUANTITY_KINDS)]


# --- parsing every spelling -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("5000余万元", Money(50_000_000, ">")),
        ("2.57亿元", Money(257_000_000)),
        ("1,960万元", Money(19_600_000)),
        ("2.91 亿元", Money(291_000_000)),
        ("2,685.5万元", Money(26_855_000)),
        ("叁仟伍佰万元", Money(35_000_000)),
        ("三千万元", Money(30_000_000)),
        ("人民币三千万元整", Money(30_000_000)),
        ("100多万元", Money(1_000_000, ">")),
        ("提高至79元", Money(79, "=", "提高至")),
        ("约5000万元", Money(50_000_000, "~")),
        ("不超过10万元", Money(100_000, "<=")),
        ("５０００萬元", Money(50_000_000)),
    ],
)
def test_money(text: str, value: Money) -> None:
    assert Money.parse(text) == value


def test_money_keeps_the_unit_as_written_for_formatting_only() -> None:
    a, b = Money.parse("2.57亿元"), Money.parse("25700万元")
    assert a == b and (a.unit, b.unit) == ("亿元", "万元")
    assert (str(a), str(b)) == ("2.57亿元", "25700万元")
    assert a.amount == "2.57亿元"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("85%", Percentage(85)),
        ("85%以上", Percentage(85, ">=")),
        ("８５％以上", Percentage(85, ">=")),
        ("百分之四十", Percentage(40)),
        ("百分之一点五", Percentage(Decimal("1.5"))),
        ("≥70%", Percentage(70, ">=")),
        ("不低于90%", Percentage(90, ">=")),
        ("不超过10%", Percentage(10, "<=")),
        ("控制在10%以内", Percentage(10, "<=", "控制在")),
        ("9.8%以内", Percentage(Decimal("9.8"), "<=")),
        ("增长150%以上", Percentage(150, ">=", "增长")),
        ("达到85%以上", Percentage(85, ">=", "达到")),
        ("不足5%", Percentage(5, "<")),
        ("10%左右", Percentage(10, "~")),
        ("超过60%", Percentage(60, ">")),
        ("超过了百分之零点九", Percentage(Decimal("0.9"), ">")),
        ("5‰以下", Percentage(Decimal("0.5"), "<=")),  # per mille, as 千分之五
        ("５‱", Percentage(Decimal("0.05"))),
    ],
)
def test_percentage(text: str, value: Percentage) -> None:
    assert Percentage.parse(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("40个百分点", PercentagePoints(40)),
        ("提高5个百分点", PercentagePoints(5, "=", "提高")),
        ("0.5个百分点以上", PercentagePoints(Decimal("0.5"), ">=")),
        ("下降两个百分点", PercentagePoints(2, "=", "下降")),
    ],
)
def test_percentage_points(text: str, value: PercentagePoints) -> None:
    assert PercentagePoints.parse(text) == value


def test_percentage_points_are_never_a_percentage() -> None:
    [m] = zhpolicy.find("支付比例最高相差40个百分点。", QUANTITY_KINDS)
    assert m.kind == "percentage_points" and not isinstance(m.value, Percentage)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("171名", Count(171, "名")),
        ("不少于1500人次", Count(1500, "人次", ">=")),
        ("10万人次", Count(100_000, "人次")),
        ("20余家", Count(20, "家", ">")),
        ("不少于两名", Count(2, "名", ">=")),
        ("逾30万人次", Count(300_000, "人次", ">")),
        ("近500人次", Count(500, "人次", "~")),
        ("至少有1名", Count(1, "名", ">=")),  # 每个村卫生室至少有1名乡村医生
        ("约有500人", Count(500, "人", "~")),
        ("最多有3家", Count(3, "家", "<=")),
        ("8间", Count(8, "间")),
        ("十余家", Count(10, "家", ">")),  # a lone 十 with 余/多: the approximator is the comparator
    ],
)
def test_count(text: str, value: Count) -> None:
    assert Count.parse(text) == value


def test_ratio_rate_and_range() -> None:
    assert Ratio.parse("6∶3∶1") == Ratio((6, 3, 1))
    assert Rate.parse("4.1万元/人·年") == Rate(Money(41_000, unit="万元"), ("人", "年"))
    assert Rate.parse("100元/人/年") == Rate(Money(100), ("人", "年"))
    assert Rate.parse("每人每年5元") == Rate(Money(5), ("人", "年"))
    assert Range.parse("1000万至2000万元") == Range(Money(10_000_000), Money(20_000_000))
    assert Range.parse("3-5万元") == Range(Money(30_000), Money(50_000))
    assert Range.parse("2-3个") == Range(Count(2, "个"), Count(3, "个"))
    assert Range.parse("5万-10万人") == Range(Count(50_000, "人"), Count(100_000, "人"))
    assert Range.parse("4%-6%") == Range(Percentage(4), Percentage(6))
    assert Range.parse("4～6%") == Range(Percentage(4), Percentage(6))
    assert Range.parse("3-5‰") == Range(Percentage(Decimal("0.3")), Percentage(Decimal("0.5")))


def test_target_verbs_say_level_or_change() -> None:
    assert Money.parse("提高至79元").aim == "level"
    assert Percentage.parse("增长150%以上").aim == "change"
    assert Percentage.parse("控制在10%以内").aim == "level"
    assert Percentage.parse("85%").aim is None


def test_canonical_forms() -> None:
    assert str(Money.parse("5000余万元")) == "超过5000万元"
    assert str(Percentage.parse("≥70%")) == "70%以上"
    assert str(Percentage.parse("控制在10%以内")) == "控制在10%以下"
    assert str(Count.parse("不少于1500人次")) == "1500人次以上"
    assert str(Count(100_000, "人次")) == "10万人次"
    assert str(Ratio((6, 3, 1))) == "6:3:1"
    assert str(Range(Count(2, "个"), Count(3, "个"))) == "2个至3个"


def test_to_dict_round_trips() -> None:
    values: list[object] = [
        Money(50_000_000, ">", None, "万元"),
        Percentage(Decimal("9.8"), "<=", "控制在"),
        PercentagePoints(5, "=", "提高"),
        Count(1500, "人次", ">="),
        Ratio((6, 3, 1)),
        Rate(Money(41_000, unit="万元"), ("人", "年")),
        Range(Money(10_000_000), Money(20_000_000)),
        Range(Count(2, "个"), Count(3, "个")),
    ]
    for v in values:
        assert type(v).from_dict(v.to_dict()) == v  # type: ignore[attr-defined]


def test_invalid_values_are_refused() -> None:
    with pytest.raises(ValueError, match="bound"):
        Percentage(5, "≈")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="target verb"):
        Percentage(5, "=", "想要")
    with pytest.raises(ValueError, match="money unit"):
        Money(5, unit="美元")
    with pytest.raises(ValueError, match="two or more"):
        Ratio((6,))
    with pytest.raises(ValueError, match="one type"):
        Range(Money(1), Percentage(2))


@pytest.mark.parametrize(
    ("cls", "text"),
    [
        (Money, "85%"),
        (Percentage, "5000万元"),
        (Percentage, "5个百分点"),
        (Count, "一个"),
        (Money, ""),
        (Ratio, "6:"),
        (Range, "5%"),
        (Rate, "5元"),
    ],
)
def test_parse_refuses_other_things(cls: type, text: str) -> None:
    with pytest.raises(ParseError):
        cls.parse(text)  # type: ignore[attr-defined]


def test_parse_error_says_what_and_where() -> None:
    with pytest.raises(ParseError) as info:
        Percentage.parse("  85%以上还有")
    assert info.value.expected == "a percentage"
    assert info.value.offset == 7


# --- finding in documents -----------------------------------------------------------------------------------


def test_find_in_a_sentence_with_offsets() -> None:
    text = "到2022年，县域就诊率达到90%以上，较上年提高5个百分点，新增投入5000余万元，按6:3:1比例分配。"
    assert found(text) == [
        ("percentage", "达到90%以上", Percentage(90, ">=", "达到")),
        ("percentage_points", "提高5个百分点", PercentagePoints(5, "=", "提高")),
        ("money", "5000余万元", Money(50_000_000, ">")),
        ("ratio", "6:3:1", Ratio((6, 3, 1))),
    ]
    for m in zhpolicy.find(text, QUANTITY_KINDS):
        assert text[m.start : m.end] == m.text


def test_offsets_in_traditional_full_width_text() -> None:
    text = "醫保基金支付比例達到８５％以上，投入５０００餘萬元。"
    assert [(m.kind, m.text) for m in zhpolicy.find(text, QUANTITY_KINDS)] == [
        ("percentage", "達到８５％以上"),
        ("money", "５０００餘萬元"),
    ]


def test_each_type_finds_its_own() -> None:
    text = "投入2.57亿元，覆盖率85%，提高3个百分点，培训171名，按4.1万元/人·年补助，按6:3:1分配，设置2-3个。"
    assert [m.text for m in Money.find(text)] == ["2.57亿元"]
    assert [m.text for m in Percentage.find(text)] == ["85%"]
    assert [m.text for m in PercentagePoints.find(text)] == ["提高3个百分点"]
    assert [m.text for m in Count.find(text)] == ["171名"]
    assert [m.text for m in Rate.find(text)] == ["4.1万元/人·年"]
    assert [m.text for m in Ratio.find(text)] == ["6:3:1"]
    assert [m.text for m in Range.find(text)] == ["2-3个"]


# --- look-alikes that are not quantities --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "1.加大财政投入力度",  # a heading marker
        "（1）完善补偿机制",
        "根据义政办发〔2020〕47号文件",  # a 发文字号
        "〔2020〕47号",
        "2020年全面完成",  # a date
        "联系电话：0631-5212345",  # a phone number
        "第三批试点城市",  # an ordinal
        "一是加强领导，二是完善机制",
        "推行一站式结算",  # idioms with numerals
        "推进三医联动改革",
        "实现六医统筹",
        "开展4+7城市药品集中采购",
        "构建1+1+1+X+Y服务模式",
        "创建三甲医院",
        "建立一个机制，形成二元结构",
        "会议于8:30召开，比分3:1",  # a time of day and a score, not ratios
        "党的十九届五中全会",
        "京ICP证140722号",
        "持续3个月以上",  # a duration
        "取值在10000与20000间",  # between two numbers, not 20000 rooms
        "坚持统一多元、三多个",  # 一 before 多元 is no 一多元 (more than one 元)
    ],
)
def test_look_alikes_are_not_quantities(text: str) -> None:
    assert found(text) == []


def test_nothing_inside_a_document_number() -> None:
    assert found("按照国卫办医发〔2020〕13号要求") == []


def test_find_never_raises_on_hostile_runs() -> None:
    for run in ["1", "百分之", "%", "余万元", "1,", "6:", "至", "一", "每人", "不超过", "1-"]:
        text = run * 20_000
        for m in zhpolicy.find(text, QUANTITY_KINDS):
            assert text[m.start : m.end] == m.text


def test_find_finishes_on_long_adversarial_runs() -> None:
    # every pattern is linear: a run of one number, or of 百分之 waiting for its number, is read in one pass
    runs = ["1" * 100_000, "百分之" * 30_000, "1%-" * 30_000, "不少于" * 30_000 + "5%", "分别为1%、2%以上；" * 10_000]
    for text in runs:
        matches = zhpolicy.find(text, QUANTITY_KINDS)
        assert all(text[m.start : m.end] == m.text for m in matches)
    assert [m.text for m in zhpolicy.find("不少于" * 30_000 + "5%", QUANTITY_KINDS)] == ["不少于5%"]


def _spellings() -> list[tuple[str, str, str]]:
    from zhpolicy import _quantities_data as data

    return [(w, "", b) for w, b in data.PREFIX_COMPARATORS.items()] + [
        ("", w, b) for w, b in data.SUFFIX_COMPARATORS.items()
    ]


@pytest.mark.parametrize(("before", "after", "bound"), _spellings())
def test_every_comparator_spelling_in_both_scripts_and_widths(before: str, after: str, bound: str) -> None:
    for cls, body, value in [
        (Percentage, "85%", Decimal(85)),
        (Money, "2.57亿元", Decimal(257_000_000)),
        (Count, "1500人次", Decimal(1500)),
        (PercentagePoints, "5个百分点", Decimal(5)),
    ]:
        for text in forms(f"{before}{body}{after}"):
            q = cls.parse(text)  # type: ignore[attr-defined]
            assert (q.value, str(q.bound)) == (value, bound), text
            assert [m.value for m in zhpolicy.find(f"全市{text}。", QUANTITY_KINDS)] == [q], text


@pytest.mark.parametrize("approximator", ["余", "多", "餘"])
def test_approximators_between_number_and_unit(approximator: str) -> None:
    for text in forms(f"5000{approximator}万元"):
        assert Money.parse(text) == Money(50_000_000, ">")


def test_the_docs_list_every_comparator_and_every_verb() -> None:
    # docs/quantities.md promises the full table: each word of the data tables stands in its bound's (or aim's) row
    from pathlib import Path

    from zhpolicy import _quantities_data as data

    page = (Path(__file__).resolve().parents[1] / "docs" / "quantities.md").read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip(): line for line in page.splitlines() if line.startswith("| `")}

    def words(row: str) -> set[str]:
        return {w.strip("`(),") for w in rows[row].split()}

    for table in (data.PREFIX_COMPARATORS, data.SUFFIX_COMPARATORS, data.APPROXIMATORS):
        for word, bound in table.items():
            assert word in words(f"`{bound}`"), (word, bound)
    for verb in data.LEVEL_VERBS:
        assert verb in words('`"level"`'), verb
    for verb in data.CHANGE_VERBS:
        assert verb in words('`"change"`'), verb


# --- properties ---------------------------------------------------------------------------------------------


@given(rendered_quantities())
def test_every_printing_parses_back(pair: tuple[Money | Percentage | PercentagePoints | Count, str]) -> None:
    value, text = pair
    assert type(value).parse(text) == value


@given(rendered_quantities())
def test_canonical_form_round_trips(pair: tuple[Money | Percentage | PercentagePoints | Count, str]) -> None:
    value, _ = pair
    assert type(value).parse(str(value)) == value
    assert type(value).from_dict(value.to_dict()) == value
    for form in forms(str(value)):
        assert type(value).parse(form) == value


@given(rendered_quantities(), st.sampled_from(["全市", "各地", "力争", "\n"]))
def test_found_in_a_sentence(pair: tuple[Money | Percentage | PercentagePoints | Count, str], lead: str) -> None:
    value, text = pair
    sentence = f"{lead}{text}。"
    [m] = zhpolicy.find(sentence, QUANTITY_KINDS)
    assert (m.value, m.text) == (value, text)
    assert sentence[m.start : m.end] == text


@given(rendered_ranges())
def test_ranges_parse_back(pair: tuple[Range, str]) -> None:
    value, text = pair
    assert Range.parse(text) == value
    assert Range.parse(str(value)) == value


@given(rendered_rates())
def test_rates_parse_back(pair: tuple[Rate, str]) -> None:
    value, text = pair
    assert Rate.parse(text) == value
    assert Rate.parse(str(value)) == value


@given(rendered_ratios())
def test_ratios_parse_back_and_are_found_in_context(pair: tuple[Ratio, str]) -> None:
    value, text = pair
    assert Ratio.parse(text) == value
    assert [m.value for m in Ratio.find(f"资金按{text}的比例分配")] == [value]
    assert Ratio.find(f"会议于{text}举行") == []


def test_to_dict_keeps_every_digit_beyond_decimal_context_precision() -> None:
    # found by fuzzing parse_document: normalize() rounded values to 28 digits, so from_dict gave another value
    for text in ["0." + "6" * 30 + "%", "1." + "1" * 30 + "万元", "3." + "3" * 30 + "万个"]:
        [m] = zhpolicy.find(text, QUANTITY_KINDS)
        assert type(m.value).from_dict(m.value.to_dict()) == m.value
        assert type(m.value).parse(str(m.value)) == m.value


def test_parse_reads_numbers_longer_than_the_find_windows() -> None:
    assert Percentage.parse("0." + "6" * 60 + "%").value == Decimal("0." + "6" * 60)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一千到两千万元", Range(Money(10_000_000), Money(20_000_000))),  # the low end shares 万
        ("八到九百亿元", Range(Money(800_000_000), Money(90_000_000_000))),
        ("5千-1万元", Range(Money(5000), Money(10_000))),  # 5000 > 1: no sharing
        ("500-1万人", Range(Count(500, "人"), Count(10_000, "人"))),
        ("1万(含)-5万元", Range(Money(10_000), Money(50_000))),
    ],
)
def test_range_ends_share_a_magnitude_only_where_the_low_end_is_below_the_high_coefficient(
    text: str, value: Range
) -> None:
    assert Range.parse(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("50万元（含）以上", Money(500_000, ">=")),
        ("123元1角1分", Money(Decimal("123.11"))),
        ("壹仟玖佰圆整", Money(1900)),
        ("人民币  50元", Money(50)),
        ("8亿元人民币", Money(800_000_000)),
        ("千分之三", Percentage(Decimal("0.3"))),
        ("万分之五以内", Percentage(Decimal("0.05"), "<=")),
        ("百分之百", Percentage(100)),
        ("负3.9%", Percentage(Decimal("-3.9"))),
        ("增长-3.9%", Percentage(Decimal("-3.9"), "=", "增长")),
    ],
)
def test_forms_found_through_the_peer_suites(text: str, value: object) -> None:
    assert type(value).parse(text) == value  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        "q=30%25%2020%",  # a web address
        "五百分之2.2",  # 百分之 inside a fraction
        "不到1.9万台币",  # 台 of 台币 is no measure word
        "百分之15K",  # a colloquial k
    ],
)
def test_more_look_alikes_from_the_peer_suites(text: str) -> None:
    assert found(text) == []


def test_a_list_after_fenbie_shares_the_first_verb_and_the_last_comparator() -> None:
    text = "婴儿死亡率、孕产妇死亡率分别控制在4.5‰、6‰以下，两项指标分别达到95%和90%以上。"
    assert found(text) == [
        ("percentage", "控制在4.5‰", Percentage(Decimal("0.45"), "<=", "控制在")),
        ("percentage", "6‰以下", Percentage(Decimal("0.6"), "<=", "控制在")),
        ("percentage", "达到95%", Percentage(95, ">=", "达到")),
        ("percentage", "90%以上", Percentage(90, ">=", "达到")),
    ]
    # without 分别 the list is not known to share anything
    assert [m.value for m in zhpolicy.find("达到95%、90%以上", QUANTITY_KINDS)] == [
        Percentage(95, "=", "达到"),
        Percentage(90, ">="),
    ]


def test_a_range_after_a_target_verb_is_one_range_not_its_low_end() -> None:
    # the low end is read first, with the verb before it; the range that follows it is the target
    for text, value in [
        ("药占比控制在5%-8%", Range(Percentage(5), Percentage(8))),
        ("年均增长10%—15%", Range(Percentage(10), Percentage(15))),
        ("补助标准达到3-5万元", Range(Money(30_000), Money(50_000))),
    ]:
        assert [m.value for m in zhpolicy.find(text, QUANTITY_KINDS)] == [value]


def test_a_dash_between_two_amounts_is_a_range_not_a_minus_sign() -> None:
    assert Range.parse("4%-6%") == Range(Percentage(4), Percentage(6))
    assert [m.kind for m in zhpolicy.find("比例为5元-10元", QUANTITY_KINDS)] == ["quantity_range"]


# The core pattern is tried only where a match can start (quantities._core_matches): over whole texts that must
# change nothing.
_PIECES = st.sampled_from(
    ["5000", "余", "万", "元", "%", "1,960", "2.57", "亿", "个", "百分点", "百分之", "四十", "一", "十", "两",
     "人次", "名", "至", "-", "不少于", "以上", " ", "，", "第", "+", "6:3:1", "比例", "每人每年", "/人·年", "点",
     "三千", "整", "（含）", "负", "台币", "q=", "\n"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_anchored_scan_equals_a_whole_text_scan(text: str) -> None:
    from zhpolicy import quantities as module

    folded = zhpolicy.normalize(text).folded
    assert module._scan(folded) == module._scan(folded, windowed=False)


# The text divides at line breaks and 。 into sentences read on their own (scan.sentences): asking for money alone
# reads only the pieces holding 元 or 圆. That must change nothing — no quantity may hold a break, and pieces read
# in any order must give what one whole read gives.
_NUMBER_PIECES = st.sampled_from(
    ["5", "85", "300", "2.57", "1,960", "0", ".", ",", " ", "万", "亿", "万亿", "千", "百", "三", "两", "点五",
     "余", "多", "元", "万元", "%", "‰", "个", "个百分点", "百分点", "家", "人次", "名", "/人·年", "整", "角", "分",
     "（含）", "以上", "以内", "左右", "人民币", "-", "至", "第", "+", "x", "\n"]
)  # fmt: skip


@settings(max_examples=300)
@given(st.lists(_NUMBER_PIECES, max_size=14).map("".join))
def test_a_plain_number_is_read_as_the_core_pattern_reads_it(text: str) -> None:
    """_core_at reads a plain run of digits and matches only what follows it; everywhere the whole pattern gives
    the same match (and the tail's groups are the core pattern's after "num", in order)."""
    from zhpolicy import quantities as module

    core, tail = module._core_pattern().groupindex, module._tail_pattern().groupindex
    names = module.Groups._fields
    assert names == tuple(sorted(core, key=core.__getitem__))
    assert names[module._HEAD_GROUPS :] == ("num", *sorted(tail, key=tail.__getitem__))
    folded = zhpolicy.normalize(text).folded
    for position in range(len(folded)):
        assert module._core_at(folded, position) == module._core_at(folded, position, plain=False), position


# A range's low end is searched for only where quantities._after_a_low_end allows one: after a connective that
# follows what a number, a unit or (含) ends with. Everywhere else the search finds nothing.
_LOW_END_PIECES = st.one_of(
    _NUMBER_PIECES,
    st.sampled_from(
        ["至", "到", "--", "~", "提高", "达", "增加", "兆", "叁", "参", "拾", "佰", "仟", "〇", "零", "廿", "k", "m²"]
    ),
    st.sampled_from(sorted(COUNT_UNITS)),
)


@settings(max_examples=300)
@given(st.lists(_LOW_END_PIECES, max_size=12).map("".join))
def test_a_range_low_end_stands_only_where_the_check_allows_one(text: str) -> None:
    from zhpolicy import quantities as module

    folded = zhpolicy.normalize(text).folded
    for start in range(len(folded) + 1):
        low = module._range_pattern().search(folded, max(0, start - module._LOOK_BACK), start)
        assert low is None or module._after_a_low_end(folded, start), (start, low)


@settings(max_examples=300)
@given(
    st.lists(st.one_of(_NUMBER_PIECES, st.sampled_from(["与", "和", "及", "间", "之", "两"])), max_size=12).map("".join)
)
@example("10000与20000间")
@example("三 和 五间")
def test_a_between_is_looked_for_after_a_joiner_only(text: str) -> None:
    # quantities._after_a_joiner: the search for the "A与" of A与B间 runs only where a joiner stands right before B
    from zhpolicy import quantities as module

    folded = zhpolicy.normalize(text).folded
    for start in range(len(folded) + 1):
        found = module._between_pattern().search(folded, max(0, start - module._MARGIN), start)
        assert found is None or module._after_a_joiner(folded, start), (start, found)


def test_a_range_low_end_is_looked_for_after_a_number_or_unit_only() -> None:
    from zhpolicy import quantities as module

    for before in ["3-", "3--", "3 - ", "5万元至", "5% ~", "20个百分点到", "3家-", "3(含)至", "3 (含) 至 "]:
        assert module._after_a_low_end(before + "5", len(before)), before
    for before in ["提高至", "达到", "增加至 ", "标准-", "", "至", "-", " 至", "3至  ", "3  至"]:
        assert not module._after_a_low_end(before + "5", len(before)), before


_WITH_BREAKS = st.lists(
    st.one_of(_PIECES, st.sampled_from(["。", "\n", "元。", "5元", "/人", "和", "、"])), max_size=40
)


@given(_WITH_BREAKS.map("".join))
def test_no_quantity_holds_a_line_break_or_a_full_stop(text: str) -> None:
    from zhpolicy import quantities as module

    folded = zhpolicy.normalize(text).folded
    for start, end, _ in module._scan(folded) + module._scan(folded, windowed=False):
        assert "。" not in folded[start:end]
        assert "\n" not in folded[start:end]


@given(_WITH_BREAKS.map("".join))
def test_pieces_read_alone_agree_with_a_whole_text_read(text: str) -> None:
    from zhpolicy import quantities as module

    folded = zhpolicy.normalize(text).folded
    money = zhpolicy.scan.sentences(folded, module._MONEY_WORDS)
    rest = module._gaps(money, len(folded))
    assert all("元" in folded[s:e] or "圆" in folded[s:e] for s, e in money)
    assert sorted(money + rest) == [p for p in sorted(money + rest) if p[0] < p[1]]  # apart, in order, none empty
    pieces = sorted(module._scan(folded, money) + module._scan(folded, rest), key=lambda c: c[0])
    assert pieces == module._scan(folded)


@given(_WITH_BREAKS.map("".join))
def test_money_asked_for_alone_is_the_money_of_everything(text: str) -> None:
    def seen(kinds: list[str] | None, t: str | zhpolicy.Text) -> list[tuple[str, int, int, object]]:
        return [(m.kind, m.start, m.end, m.value) for m in zhpolicy.find(t, kinds)]

    everything = seen(None, text)
    for kinds in (["money"], ["rate"], ["money", "rate"]):
        assert seen(kinds, text) == [m for m in everything if m[0] in kinds]
    t = zhpolicy.normalize(text)  # money first, then the rest of the same text: its pieces are not read twice
    assert seen(["money"], t) == [m for m in everything if m[0] == "money"]
    assert seen(None, t) == everything


def test_money_alone_reads_only_the_pieces_that_hold_money() -> None:
    from zhpolicy import quantities as module

    text = "增长5%，新增200个。\n投入资金5000万元，占比30%。\n覆盖率达到85%以上。"
    t = zhpolicy.normalize(text)
    assert [m.text for m in Money.find(t)] == ["5000万元"]
    read = t.cached("quantities:read", lambda _: module._Read())
    assert read.everything is None
    assert read.in_money_pieces is not None
    assert [str(v) for *_, v in read.in_money_pieces] == ["5000万元", "30%"]
    assert [m.text for m in zhpolicy.find(t, QUANTITY_KINDS)] == ["增长5%", "200个", "5000万元", "30%", "达到85%以上"]


@given(st.decimals(allow_nan=False, allow_infinity=False), st.integers(0, 40), st.booleans())
def test_a_power_of_ten_shifts_the_exponent_without_rounding(d: Decimal, power: int, divide: bool) -> None:
    # quantities._times: 2.57亿 is 257000000 exactly, however many digits; an integral result has exponent 0
    from zhpolicy.quantities import _times

    sign, digits, exponent = d.as_tuple()
    assert isinstance(exponent, int)
    shifted = Decimal((sign, digits, exponent + (-power if divide else power)))
    expected = Decimal(int(shifted)) if shifted == shifted.to_integral_value() else shifted
    assert _times(d, 10**power, divide=divide).as_tuple() == expected.as_tuple()


# What stands before a quantity is read backwards (quantities._prefix): re matches patterns of the reversed words on
# the reversed text. The reading must be the one regex's REVERSE mode gives the same words in reading order.
def _read_backwards_by_regex(shortest_comparator_first: bool) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    from zhpolicy import _quantities_data as data
    from zhpolicy.quantities import _alternation

    per = _alternation(data.PER_UNITS)
    verbs = _alternation([*data.LEVEL_VERBS, *data.CHANGE_VERBS])
    comparators = sorted(data.PREFIX_COMPARATORS, key=len, reverse=not shortest_comparator_first)
    prefix = regex.compile(
        rf"(?:每(?P<p1>{per})每(?P<p2>{per})[^\n,.;:，。；：]{{0,6}}?)?"
        rf"(?:(?P<verb>{verbs})了?\x20?)?"
        rf"(?:(?P<cmp>{'|'.join(regex.escape(c) for c in comparators)})\x20?)?"
        rf"(?P<rmb>人民币\x20{{0,3}})?",
        regex.REVERSE,
    )
    return prefix, regex.compile(verbs, regex.REVERSE)


def _prefix_pieces() -> st.SearchStrategy[str]:
    from zhpolicy import _quantities_data as data

    words = [*data.PER_UNITS, *data.LEVEL_VERBS, *data.CHANGE_VERBS, *data.PREFIX_COMPARATORS]
    return st.sampled_from([*words, "每", "了", " ", "人民币", "的", "资金", "5", ",", "。", "\n", "约", "大"])


@settings(max_examples=300)
@given(st.lists(_prefix_pieces(), max_size=10).map("".join))
@example("按每人每年标准提高到不低于人民币 ")
@example("节约")
@example("扩大约")
@example("提高了 ")
@example("每人每年每人每年")
def test_the_prefix_read_backwards_is_the_reverse_reading(text: str) -> None:
    from zhpolicy import quantities as module

    back = text[::-1]
    end = len(text)
    for shortest in (False, True):
        reference, _ = _read_backwards_by_regex(shortest)
        expected = reference.match(text, 0, end)
        got = module._prefix_pattern(shortest).match(back)
        assert (expected is None) == (got is None)
        if expected is None or got is None:
            continue
        assert expected.start() == end - got.end()
        for name in ("p1", "p2", "verb", "cmp", "rmb"):
            word = got.group(name)
            assert expected.group(name) == (None if word is None else word[::-1]), name
            if word is not None:
                assert expected.span(name) == (end - got.end(name), end - got.start(name)), name
    _, verbs = _read_backwards_by_regex(False)
    expected_verb = verbs.match(text, max(0, end - 4), end)
    got_verb = module._verb_pattern().match(text[max(0, end - 4) :][::-1])
    assert (None if expected_verb is None else expected_verb.group()) == (
        None if got_verb is None else got_verb.group()[::-1]
    )
