"""Chinese numerals: tables of forms and values, look-alikes that must fail, round trips and embedding."""

from __future__ import annotations

import contextlib
from decimal import Decimal

import pytest
import regex
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from strategies.hostile import hostile_text
from strategies.numerals import decimals_rendered, integers_rendered, round_integers
from zhpolicy import ParseError, normalize
from zhpolicy.numerals import (
    ARABIC,
    CHINESE_DIGITS,
    INTEGER,
    NUMBER,
    parse_decimal,
    parse_int,
    plain_number_end,
    to_chinese,
    to_chinese_digits,
    to_financial,
)

INTEGERS = [
    # (text, value)
    # Arabic
    ("0", 0),
    ("7", 7),
    ("2020", 2020),
    ("1,960", 1960),
    ("12,345,678", 12345678),
    ("１９６０", 1960),
    ("１，９６０", 1960),
    (" 42 ", 42),
    # positional
    ("一", 1),
    ("十", 10),
    ("十二", 12),
    ("二十", 20),
    ("一十二", 12),
    ("一百", 100),
    ("一百零五", 105),
    ("一百一十", 110),
    ("一百一十五", 115),
    ("一千二百三十四", 1234),
    ("一千零一十", 1010),
    ("一千零十", 1010),
    ("一千零五", 1005),
    ("一千〇五", 1005),
    ("两百", 200),
    ("两千", 2000),
    ("两万", 20000),
    ("两", 2),
    ("一万零五", 10005),
    ("一万零五百", 10500),
    ("一万二千", 12000),
    ("一万两千", 12000),
    ("十万", 100000),
    ("十万零一十", 100010),
    ("三千万", 30000000),
    ("二千万", 20000000),
    ("一亿", 100000000),
    ("一亿零五", 100000005),
    ("一亿零三千", 100003000),
    ("一亿零五百万", 105000000),
    ("一亿五千万", 150000000),
    ("十亿", 1000000000),
    ("三万亿", 3 * 10**12),
    ("一万零五亿", 1000500000000),
    ("一千二百三十四亿五千六百七十八万九千零一十二", 123456789012),
    # traditional script
    ("兩萬", 20000),
    ("三億", 300000000),
    ("一萬零五", 10005),
    # 大写
    ("壹拾", 10),
    ("壹拾贰", 12),
    ("叁仟伍佰万", 35000000),
    ("壹佰零伍", 105),
    ("壹万零伍拾", 10050),
    ("貳拾參萬", 230000),
    ("叄仟陸佰", 3600),
    ("伍", 5),
    ("壹百万", 1000000),  # scripts may mix
    ("一千贰百", 1200),
    ("壹千零壹", 1001),
    # mixed
    ("3千万", 30000000),
    ("5000万", 50000000),
    ("5,000万", 50000000),
    ("12万亿", 12 * 10**12),
    ("3千亿", 300000000000),
    ("3百万", 3000000),
    ("5千", 5000),
    ("1亿2000万", 120000000),
    ("2亿3千万", 230000000),
    ("３千萬", 30000000),
    ("1.2万", 12000),
    ("2.57亿", 257000000),
    # digit by digit
    ("二〇二〇", 2020),
    ("二零二一", 2021),
    ("二○一九", 2019),
    ("一九四九", 1949),
    ("二〇〇〇", 2000),
    ("〇", 0),
    ("零", 0),
]

DECIMALS = [
    ("1.5", Decimal("1.5")),
    ("1.50", Decimal("1.5")),
    ("0.25", Decimal("0.25")),
    ("12,345.67", Decimal("12345.67")),
    ("１２．５", Decimal("12.5")),
    ("1.2万", Decimal("12000")),
    ("2.57亿", Decimal("257000000")),
    ("2.91 亿", Decimal("291000000")),
    ("724\u3000万", Decimal("7240000")),
    ("1.2万亿", Decimal("1200000000000")),
    ("247.57万", Decimal("2475700")),
    ("0.5万", Decimal("5000")),
    ("一点五", Decimal("1.5")),
    ("零点五", Decimal("0.5")),
    ("十二点五", Decimal("12.5")),
    ("三点五万", Decimal("35000")),
    ("一点二亿", Decimal("120000000")),
    ("一百二十三点零四", Decimal("123.04")),
    ("一萬二千點五", Decimal("12000.5")),
    *[(text, Decimal(value)) for text, value in INTEGERS],
]

NOT_INTEGERS = [
    "",
    "   ",
    "一一一万",
    "万亿亿",
    "十十",
    "百",
    "千",
    "万",
    "亿",
    "拾",  # 大写 writes 壹拾
    "零零",  # digit-by-digit numbers do not start with zero
    "〇五",
    "二〇二〇万",
    "1.5",
    "一点五",
    "12,345.67",
    "一万五",  # colloquial 15 000, never 10 005: refused
    "一百五",
    "三千五",
    "一千零二百",  # a zero where no place is skipped
    "一千零零五",
    "一百十",
    "一亿五千",  # colloquial 一亿五千万: refused
    "十二五",
    "两十",
    "一百两",
    "1,9600",
    "1,23",
    "12,3456",
    "3千5",
    "5千瓦",
    "1.5.3",
    "1亿20000万",
    "二十一世纪",
    "abc",
    "一二三四五六七八九十",
]

NOT_NUMBERS = [s for s in NOT_INTEGERS if s not in ("1.5", "一点五", "12,345.67")] + ["1.", ".5", "一点", "点五"]

# NUMBER inside running text: (sentence, the numerals it must find)
SENTENCES = [
    ("投入资金2.57亿元", ["2.57亿"]),
    ("共一千二百三十四人", ["一千二百三十四"]),
    ("全年共计1,960万元，同比增长12.5%", ["1,960万", "12.5"]),
    ("新增装机300万千瓦，单机5千瓦", ["300万", "5"]),
    ("“十四五”期间", []),  # a plan's name, not 14 and 5
    ("十二五规划", []),
    ("第1.2.3条", []),  # a clause number
    ("唯一一家", []),  # 一一 is a run, not a number
    ("干部队伍伍佰人", ["伍佰"]),  # the first 伍 ends 队伍
    ("叁仟伍佰伍元", []),  # a run that is no numeral: nothing, not 伍佰
    ("金额叁仟伍佰万元整", ["叁仟伍佰万"]),
    ("参加培训", []),  # a lone 大写 digit is not looked for
    ("干部队伍三百人", ["三百"]),  # 伍 ends a word here
    ("大陆2000万人", ["2000万"]),
    ("组织十万参加", ["十万"]),
    ("5万4千6百", []),  # a colloquial compound: nothing rather than 6百
    ("1千零1", []),
    ("四十九兆九千五百九十二亿", []),  # 兆 is no magnitude here
    ("装机5兆瓦", ["5"]),
    ("安排资金2.91 亿元用于", ["2.91 亿"]),
    ("安排资金2.91  亿元", ["2.91  亿"]),
    ("安排资金2.91   亿元", []),  # too wide a gap: nothing rather than 2.91
    ("吸引投资数十亿元", []),  # an approximation, not 十亿
    ("几十万人", []),
    ("人数十分稳定", []),  # 数十 reads as an approximation even here: nothing rather than a guess
    ("参保人数100万", ["100万"]),
    ("二〇二〇年", []),  # digit-by-digit years are CHINESE_DIGITS, not NUMBER
    ("下午十二点三十分", ["十二"]),
    ("约一万五千人", ["一万五千"]),
    ("约一万五人", []),
    ("分别为1,2,3个", ["1", "2", "3"]),
    ("1亿2000万人次", ["1亿2000万"]),
    ("一点五倍", ["一点五"]),
    ("兩萬餘人", ["两万"]),
]


@pytest.mark.parametrize(("text", "value"), INTEGERS)
def test_parse_int(text: str, value: int) -> None:
    assert parse_int(text) == value
    assert type(parse_int(text)) is int


@pytest.mark.parametrize(("text", "value"), DECIMALS)
def test_parse_decimal(text: str, value: Decimal) -> None:
    result = parse_decimal(text)
    assert result == value
    assert str(result) == str(value)  # no exponent noise: Decimal('257000000'), Decimal('1.5')


@pytest.mark.parametrize("text", NOT_INTEGERS)
def test_parse_int_rejects(text: str) -> None:
    with pytest.raises(ParseError) as error:
        parse_int(text)
    assert error.value.text == text
    assert 0 <= error.value.offset <= len(text)


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_parse_decimal_rejects(text: str) -> None:
    with pytest.raises(ParseError):
        parse_decimal(text)


def test_long_numbers_stay_exact() -> None:
    digits = "9" * 100
    assert parse_int(digits) == int(digits)
    assert parse_decimal(digits + ".25") == Decimal(digits + ".25")
    assert parse_decimal(digits + "亿") == Decimal(digits + "00000000")
    assert parse_int("一" + "〇" * 60) == 10**60


def test_error_points_at_the_problem() -> None:
    with pytest.raises(ParseError) as error:
        parse_int("一千二百三十四十")
    assert error.value.offset == 7


@pytest.mark.parametrize(
    ("value", "positional", "financial"),
    [
        (0, "零", "零"),
        (1, "一", "壹"),
        (10, "十", "壹拾"),
        (15, "十五", "壹拾伍"),
        (20, "二十", "贰拾"),
        (105, "一百零五", "壹佰零伍"),
        (110, "一百一十", "壹佰壹拾"),
        (1010, "一千零一十", "壹仟零壹拾"),
        (1234, "一千二百三十四", "壹仟贰佰叁拾肆"),
        (10005, "一万零五", "壹万零伍"),
        (100000, "十万", "壹拾万"),
        (100010, "十万零一十", "壹拾万零壹拾"),
        (20000000, "二千万", "贰仟万"),
        (35000000, "三千五百万", "叁仟伍佰万"),
        (100000005, "一亿零五", "壹亿零伍"),
        (105000000, "一亿零五百万", "壹亿零伍佰万"),
        (3 * 10**12, "三万亿", "叁万亿"),
        (10**16 - 1, "九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九", None),
    ],
)
def test_render(value: int, positional: str, financial: str | None) -> None:
    assert to_chinese(value) == positional
    if financial is not None:
        assert to_financial(value) == financial


def test_render_digits() -> None:
    assert to_chinese_digits(2020) == "二〇二〇"
    assert to_chinese_digits(2021, zero="零") == "二零二一"
    assert to_chinese_digits(0) == "〇"
    with pytest.raises(ValueError, match="zero"):
        to_chinese_digits(5, zero="0")


@pytest.mark.parametrize("value", [-1, 10**16])
def test_render_out_of_range(value: int) -> None:
    for render in (to_chinese, to_financial):
        with pytest.raises(ValueError, match="outside"):
            render(value)
    if value < 0:
        with pytest.raises(ValueError, match="negative"):
            to_chinese_digits(value)


@settings(max_examples=200)
@given(st.integers(0, 10**12 - 1))
def test_round_trip_below_a_trillion(n: int) -> None:
    assert parse_int(to_chinese(n)) == n
    assert parse_int(to_financial(n)) == n
    assert parse_int(to_chinese_digits(n)) == n
    assert parse_int(to_chinese_digits(n, zero="零")) == n


@settings(max_examples=100)
@given(round_integers(10**16 - 1))
def test_round_trip_whole_range(n: int) -> None:
    assert parse_int(to_chinese(n)) == n
    assert parse_int(to_financial(n)) == n


@settings(max_examples=200)
@given(integers_rendered())
def test_rendered_integers_parse(case: tuple[int, str]) -> None:
    value, text = case
    assert parse_int(text) == value
    assert parse_decimal(text) == value


@settings(max_examples=200)
@given(decimals_rendered())
def test_rendered_decimals_parse(case: tuple[Decimal, str]) -> None:
    value, text = case
    assert parse_decimal(text) == value


# Alone, a zero or a 大写 digit is too often part of a word (零售, 队伍) to be looked for in running text.
_NOT_LOOKED_FOR = set("零〇壹贰叁参肆伍陆柒捌玖")


@settings(max_examples=200)
@given(integers_rendered(styles=("arabic", "separated", "positional", "liang", "financial", "mixed", "mixed_decimal")))
def test_number_finds_the_whole_numeral_in_a_sentence(case: tuple[int, str]) -> None:
    value, text = case
    original = f"计划新增{text}人"
    folded = normalize(original).folded
    assume(folded[4:-1] not in _NOT_LOOKED_FOR)
    found = [(m.start(), m.end()) for m in regex.finditer(NUMBER, folded)]
    assert found == [(4, 4 + len(text))]
    if "." not in folded:
        assert [(m.start(), m.end()) for m in regex.finditer(INTEGER, folded)] == found
    assert parse_decimal(original[4 : 4 + len(text)]) == value


@settings(max_examples=100)
@given(decimals_rendered())
def test_number_finds_decimals_in_a_sentence(case: tuple[Decimal, str]) -> None:
    value, text = case
    folded = normalize(f"约为{text}元").folded
    assume(folded[2:-1] not in _NOT_LOOKED_FOR)
    assert [m.group() for m in regex.finditer(NUMBER, folded)] == [folded[2 : 2 + len(text)]]
    assert parse_decimal(text) == value


@pytest.mark.parametrize(("sentence", "numerals"), SENTENCES)
def test_number_in_sentences(sentence: str, numerals: list[str]) -> None:
    folded = normalize(sentence).folded
    assert [m.group() for m in regex.finditer(NUMBER, folded)] == numerals


def test_integer_and_the_narrow_patterns() -> None:
    assert [m.group() for m in regex.finditer(INTEGER, "增长12.5%，新增3千万元，共三十人")] == ["3千万", "三十"]
    assert [m.group() for m in regex.finditer(INTEGER, "一点五倍")] == []
    assert [m.group() for m in regex.finditer(ARABIC, "2020年投入1,960.5万元，第1.2.3条")] == ["2020", "1,960.5"]
    assert [m.group() for m in regex.finditer(CHINESE_DIGITS, "二〇二〇年十二月，二零二一年，二〇二〇万")] == [
        "二〇二〇",
        "二零二一",
    ]


@pytest.mark.parametrize("source", [NUMBER, INTEGER, ARABIC, CHINESE_DIGITS])
def test_patterns_embed_without_groups(source: str) -> None:
    assert regex.compile(source).groups == 0
    embedded = regex.compile(f"共(?P<n>{source})人")
    assert embedded.groups == 1
    sentence = "安排资金2.91 亿元，共一千二百三十四人，二〇二〇年"
    assert regex.findall(source, sentence, flags=regex.VERBOSE) == regex.findall(source, sentence)


_NUMERAL_ALPHABET = "0123456789,.点零〇○一二三四五六七八九两十百千万亿兆壹贰叁参肆伍陆柒捌玖拾佰仟瓦队加人"


@settings(max_examples=200)
@given(st.text(alphabet=_NUMERAL_ALPHABET, max_size=16))
def test_every_match_parses(text: str) -> None:
    for match in regex.finditer(NUMBER, text):
        parse_decimal(match.group())
    for match in regex.finditer(INTEGER, text):
        parse_int(match.group())
    for match in regex.finditer(CHINESE_DIGITS, text):
        parse_int(match.group())


@settings(max_examples=200)
@given(st.text(alphabet=_NUMERAL_ALPHABET, max_size=12))
def test_parsers_raise_only_parse_error(text: str) -> None:
    for parse in (parse_int, parse_decimal):
        with contextlib.suppress(ParseError):
            parse(text)


@settings(max_examples=100)
@given(hostile_text())
def test_hostile_text(text: str) -> None:
    for parse in (parse_int, parse_decimal):
        with contextlib.suppress(ParseError):
            parse(text)
    folded = normalize(text).folded
    for match in regex.finditer(NUMBER, folded):
        parse_decimal(match.group())
    for match in regex.finditer(INTEGER, folded):
        parse_int(match.group())


@pytest.mark.parametrize(
    "run",
    [
        "一" * 100_000,
        "1," * 50_000,
        "1." * 50_000,
        "万" * 100_000,
        "1" * 100_000 + "万万",
        "十二" * 50_000,
        "一点" * 50_000,
        "1,111" * 20_000,
        "二〇" * 50_000 + "万",
        "壹拾" * 50_000,
        "一千零" * 30_000,
        "一万零一十" * 20_000,
        "九千九百九十九万" * 12_000,
        "1亿2" * 30_000,
        "队伍" * 50_000,
        "伍佰" * 50_000,
        "千瓦" * 50_000,
        "1 " * 50_000,
        "1" + " " * 100_000 + "万",
    ],
)
def test_linear_on_adversarial_runs(run: str) -> None:
    assert plain_number_end(run, 0) in (None, len(run))
    for source in (NUMBER, INTEGER, ARABIC, CHINESE_DIGITS):
        regex.compile(source).findall(run)


@pytest.mark.parametrize(
    ("text", "pos", "end"),
    [
        ("增长85%", 2, 4),
        ("共25家", 1, 3),
        ("投入2.57亿元", 2, 7),
        ("300万元", 0, 4),
        ("3万亿元", 0, 3),
        ("2020", 0, 4),
        ("共 8 项", 2, 3),
        ("2.91 亿元", 0, 6),
        ("724  万元", 0, 6),
        ("300万 元", 0, 4),
        ("5 ", 0, 1),
        # none: NUMBER reads more, less or otherwise here, or nothing
        ("1,960万元", 0, None),
        ("5   万元", 0, None),
        ("5 百万元", 0, None),
        ("8 百分点", 0, None),
        ("300万 亿", 0, None),
        ("1.5 .3", 0, None),
        ("3千万元", 0, None),
        ("1.5.3", 0, None),
        ("12.", 0, None),
        ("1亿2000万", 0, None),
        ("300亿万", 0, None),
        ("五5个", 1, None),
        ("10百分点", 0, None),
        ("5千瓦", 0, None),
        ("第一5", 2, None),
        ("元", 0, None),
    ],
)
def test_plain_number_end(text: str, pos: int, end: int | None) -> None:
    assert plain_number_end(text, pos) == end


_PLAIN_PIECES = st.sampled_from(
    ["5", "85", "2020", "1", "0", ".", ".5", ",", ",960", "万", "亿", "万亿", "千", "百", "点", "五", "两", "兆",
     " ", "元", "%", "个", "家", "瓦", "参加", "第", "\n"]
)  # fmt: skip


@settings(max_examples=300)
@given(st.lists(_PLAIN_PIECES, max_size=12).map("".join))
def test_a_plain_number_ends_where_number_ends(text: str) -> None:
    """The shortcut gives, wherever it answers, the very number NUMBER matches there."""
    number = regex.compile(NUMBER)
    for pos in range(len(text)):
        end = plain_number_end(text, pos)
        if end is not None:
            m = number.match(text, pos)
            assert m is not None and m.end() == end, (text, pos)
