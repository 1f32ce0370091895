"""Hypothesis strategies for quantities: a value and one of the ways a document prints it.

``rendered_quantities()`` draws ``(value, text)`` where ``text`` prints the value with Arabic, Chinese or 大写
numerals, with any spelling of its comparator (before the number, after the unit, or 余/多 between), with or
without a target verb, in either script and width. ``rendered_ranges()``, ``rendered_rates()`` and
``rendered_ratios()`` do the same for the composite types.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from zhpolicy import Count, Money, Percentage, PercentagePoints, Range, Rate, Ratio
from zhpolicy import _quantities_data as data
from zhpolicy.numerals import to_financial

from .numerals import render_decimal
from .render import SCRIPT_AND_WIDTH

__all__ = [
    "SAFE_COUNT_UNITS",
    "rendered_quantities",
    "rendered_ranges",
    "rendered_rates",
    "rendered_ratios",
]

# Units a generated count is printed with; a sentence built around them closes with 。 so nothing follows.
SAFE_COUNT_UNITS = ("个", "名", "家", "项", "人次", "所", "张", "台", "件", "户", "种", "批", "例", "座", "辆", "套")
_BOUNDS = ("=", "~", ">", ">=", "<", "<=")
_PREFIXES = {b: [w for w, v in data.PREFIX_COMPARATORS.items() if v == b] for b in _BOUNDS}
_SUFFIXES = {b: [w for w, v in data.SUFFIX_COMPARATORS.items() if v == b] for b in _BOUNDS}
_SINGLE = set("一二三四五六七八九十两")


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")


@st.composite
def _values(draw: st.DrawFn, max_whole: int = 10**6, places: int = 2) -> Decimal:
    whole = draw(st.integers(1, max_whole))
    n = draw(st.integers(0, places))
    fraction = draw(st.integers(0, 10**n - 1)) if n else 0
    return (Decimal(whole) + Decimal(fraction).scaleb(-n)).normalize()


@st.composite
def _number_text(draw: st.DrawFn, value: Decimal, allow_chinese: bool = True) -> str:
    styles = ["arabic", "separated"] + (["chinese"] if allow_chinese and value < 10**8 else [])
    texts = [t for s in styles if (t := render_decimal(value, s)) is not None]
    if allow_chinese and value == int(value) and 10 <= value < 10**8:  # a lone 大写 digit is no number in text
        texts.append(to_financial(int(value)))
    return draw(st.sampled_from(texts))


@st.composite
def _comparator(draw: st.DrawFn, bound: str) -> tuple[str, str]:
    """(before the number, after the unit) for ``bound``: one spelling of the table's."""
    where = []
    if _PREFIXES[bound]:
        where.append("prefix")
    if _SUFFIXES[bound]:
        where.append("suffix")
    if bound == "=":
        return "", ""
    side = draw(st.sampled_from(where))
    if side == "prefix":
        return draw(st.sampled_from(_PREFIXES[bound])), ""
    return "", draw(st.sampled_from(_SUFFIXES[bound]))


@st.composite
def rendered_quantities(draw: st.DrawFn) -> tuple[Money | Percentage | PercentagePoints | Count, str]:
    """A quantity of one of the four one-number types and a printing of it."""
    kind = draw(st.sampled_from(["money", "percentage", "points", "count"]))
    bound = draw(st.sampled_from(_BOUNDS))
    verb = draw(st.one_of(st.none(), st.sampled_from([*data.LEVEL_VERBS, *data.CHANGE_VERBS])))
    before, after = draw(_comparator(bound))
    if kind == "money":
        unit = draw(st.sampled_from(["元", "万元", "亿元"]))
        amount = draw(_values(10**5))
        value = amount * data.MONEY_UNITS[unit]
        number = draw(_number_text(amount)) if unit == "元" else _plain(amount)
        if number in _SINGLE and not before:
            number = _plain(amount)
        text = f"{number}{unit}"
        if unit == "元" and not after and draw(st.booleans()):
            text += "整"
        if bound == ">" and not before and draw(st.booleans()) and unit != "元" and amount == int(amount):
            text = f"{_plain(amount)}{draw(st.sampled_from(['余', '多']))}{unit}"
        q: Money | Percentage | PercentagePoints | Count = Money(value, bound, verb, unit)
    elif kind == "percentage":
        value = draw(_values(1000))
        number = draw(_number_text(value))
        text = draw(st.sampled_from([f"{number}%", f"百分之{number}"])) if number[0] != "0" else f"{number}%"
        q = Percentage(value, bound, verb)
    elif kind == "points":
        value = draw(_values(100))
        number = draw(_number_text(value))
        # 百分点 without 个 only after Arabic digits: 一百分点 would read as a hundred
        unit = draw(st.sampled_from(["个百分点", "百分点"])) if number.isascii() else "个百分点"
        text = f"{number}{unit}"
        q = PercentagePoints(value, bound, verb)
    else:
        unit = draw(st.sampled_from(SAFE_COUNT_UNITS))
        value = Decimal(draw(st.integers(1, 10**6)))
        number = draw(_number_text(value))
        if number in _SINGLE and not before:
            number = _plain(value)
        text = f"{number}{unit}"
        if bound == ">" and not before and draw(st.booleans()):
            text = f"{_plain(value)}{draw(st.sampled_from(['余', '多']))}{unit}"
        q = Count(value, unit, bound, verb)
    if bound == ">" and not before and not after and "余" not in text and "多" not in text:
        before = "超过"
    printed = f"{verb or ''}{before}{text}{after}"
    return q, draw(SCRIPT_AND_WIDTH)(printed)


@st.composite
def rendered_ranges(draw: st.DrawFn) -> tuple[Range, str]:
    """A range (money, percentages or counts) printed with 至/到/-/~, the low end with or without its unit."""
    kind = draw(st.sampled_from(["money", "percentage", "count"]))
    low = Decimal(draw(st.integers(1, 5000)))
    high = low + Decimal(draw(st.integers(1, 5000)))
    sep = draw(st.sampled_from(["至", "到", "-", "~", "—"]))
    own_unit = draw(st.booleans())
    if kind == "money":
        unit = draw(st.sampled_from(["元", "万元", "亿元"]))
        factor = data.MONEY_UNITS[unit]
        value = Range(Money(low * factor, unit=unit), Money(high * factor, unit=unit))
        text = f"{low}{unit if own_unit else ''}{sep}{high}{unit}"
    elif kind == "percentage":
        value = Range(Percentage(low), Percentage(high))
        text = f"{low}{'%' if own_unit else ''}{sep}{high}%"
    else:
        unit = draw(st.sampled_from(SAFE_COUNT_UNITS))
        value = Range(Count(low, unit), Count(high, unit))
        text = f"{low}{unit if own_unit else ''}{sep}{high}{unit}"
    return value, draw(SCRIPT_AND_WIDTH)(text)


@st.composite
def rendered_rates(draw: st.DrawFn) -> tuple[Rate, str]:
    """A rate printed ``4.1万元/人·年``, ``100元/人/年`` or ``每人每年5元``."""
    unit = draw(st.sampled_from(["元", "万元"]))
    amount = draw(_values(10**4, 1))
    per = tuple(draw(st.lists(st.sampled_from(["人", "年", "月", "床", "户", "次", "人次"]), min_size=1, max_size=2)))
    rate = Rate(Money(amount * data.MONEY_UNITS[unit], unit=unit), per)
    money = f"{_plain(amount)}{unit}"
    forms = [f"{money}/{'·'.join(per)}", f"{money}/{'/'.join(per)}"]
    if len(per) == 2:
        forms.append(f"每{per[0]}每{per[1]}{money}")
    return rate, draw(SCRIPT_AND_WIDTH)(draw(st.sampled_from(forms)))


@st.composite
def rendered_ratios(draw: st.DrawFn) -> tuple[Ratio, str]:
    """A ratio of two to four parts printed with : ∶ or ：."""
    parts = draw(st.lists(st.integers(1, 99), min_size=2, max_size=4))
    colon = draw(st.sampled_from([":", "∶", "："]))
    return Ratio(parts), colon.join(str(p) for p in parts)
