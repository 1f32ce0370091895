"""Character tables for :mod:`zhpolicy.numerals`.

All characters are in *folded* form (simplified script, ASCII digits): ``zhpolicy.normalize`` turns 萬 億 兩 貳 參 陸
into 万 亿 两 贰 参 陆 before any numeral is read.
"""

from __future__ import annotations

__all__ = [
    "APPROXIMATORS",
    "BIG_UNITS",
    "DIGIT_VALUES",
    "FINANCIAL_DIGITS",
    "FINANCIAL_ZERO",
    "HUNDREDS",
    "KILO_UNIT_TAILS",
    "MEGA",
    "MEGA_UNIT_TAILS",
    "ORDINARY_DIGITS",
    "ORDINARY_ZEROS",
    "PLACE_ZEROS",
    "POINT",
    "SMALL_UNITS",
    "TENS",
    "THOUSANDS",
    "TO_CHINESE_DIGITS",
    "TO_CHINESE_UNITS",
    "TO_FINANCIAL_DIGITS",
    "TO_FINANCIAL_UNITS",
    "TWO",
    "WORDS_ENDING_IN_A_DIGIT",
    "WORDS_STARTING_WITH_A_DIGIT",
]

# 1 … 9 in ordinary script, in value order (一 = 1).
ORDINARY_DIGITS = "一二三四五六七八九"
# 两 stands for 2 before a unit (两千, 两万) and alone (两个); never in the ones place or before 十.
TWO = "两"
# Zeros inside a positional numeral (一千零五, 一百〇五).
ORDINARY_ZEROS = "零〇"
# Zeros in digit-by-digit numerals (二〇二〇, 二零二一, and the circle ○ U+25CB that many web pages print).
PLACE_ZEROS = "〇零○"

# 大写 (financial) digits 1 … 9; 参 is the folded form of the traditional 參 (simplified 大写 writes 叁).
FINANCIAL_DIGITS = "壹贰叁参肆伍陆柒捌玖"
FINANCIAL_ZERO = "零"

# Decimal point of a Chinese decimal (一点五).
POINT = "点"

DIGIT_VALUES: dict[str, int] = {
    **{c: i + 1 for i, c in enumerate(ORDINARY_DIGITS)},
    TWO: 2,
    **dict.fromkeys(PLACE_ZEROS, 0),
    "壹": 1,
    "贰": 2,
    "叁": 3,
    "参": 3,
    "肆": 4,
    "伍": 5,
    "陆": 6,
    "柒": 7,
    "捌": 8,
    "玖": 9,
}

# Units inside a four-digit section, ordinary and 大写.
SMALL_UNITS: dict[str, int] = {"十": 10, "百": 100, "千": 1000, "拾": 10, "佰": 100, "仟": 1000}
# Units that multiply everything smaller before them (三万亿 = 3 × 10⁴ × 10⁸).
BIG_UNITS: dict[str, int] = {"万": 10**4, "亿": 10**8}

# Units of a four-digit section; the first of each pair is ordinary, the second 大写. Scripts may mix (壹百万).
TENS = "十拾"
HUNDREDS = "百佰"
THOUSANDS = "千仟"

# After 千, these characters make a unit word, not a magnitude: 5千瓦 is 5 kW, 300万千瓦 is 3 000 000 kW.
KILO_UNIT_TAILS = "瓦克米伏帕焦卡兆赫"
# 兆 is no magnitude in mainland documents (10⁶ or 10¹² depending on the reader); only its unit words are read.
MEGA = "兆"
MEGA_UNIT_TAILS = "瓦焦帕赫伏"

# Before a bare 十 these make an approximation: 几十万, 数十亿 are "some hundred thousands", not 十万.
APPROXIMATORS = "几数"

# Words ending in a 大写 digit: a number right after them is still a number (队伍三百人, 大陆十万人).
WORDS_ENDING_IN_A_DIGIT = (
    *("队伍", "入伍", "落伍", "退伍"),
    *("大陆", "内陆", "着陆", "登陆"),
    *("人参", "海参", "党参"),
    "放肆",
)
# Words starting with a numeral character: a number right before them still ends there (三人参加 is clear anyway,
# but 十万参加 must read 十万).
WORDS_STARTING_WITH_A_DIGIT = (
    *(f"千{tail}" for tail in KILO_UNIT_TAILS),
    *(f"兆{tail}" for tail in MEGA_UNIT_TAILS),
    "参加",
    "参与",
    "参照",
    "参考",
    "参会",
    "参赛",
    "参保",
    "参展",
    "参训",
    "参评",
    "参观",
    "参见",
    "陆续",
    "陆地",
    "陆路",
    "陆上",
    "陆域",
    "肆意",
)

# Rendering tables: index = digit value; units for the tens, hundreds and thousands places.
TO_CHINESE_DIGITS = "零一二三四五六七八九"
TO_CHINESE_UNITS = ("", "十", "百", "千")
TO_FINANCIAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
TO_FINANCIAL_UNITS = ("", "拾", "佰", "仟")
