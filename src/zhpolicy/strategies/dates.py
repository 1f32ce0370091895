"""Hypothesis strategies for :mod:`zhpolicy.dates` values, and renderers that print them as documents do."""

from __future__ import annotations

import calendar

from hypothesis import assume
from hypothesis import strategies as st

from zhpolicy.dates import Bound, Date, Deadline, Period, Recurring, Relative
from zhpolicy.numerals import to_chinese, to_chinese_digits

from .render import forms

__all__ = [
    "complete_dates",
    "date_styles",
    "dates",
    "deadlines",
    "periods",
    "recurrings",
    "relatives",
    "render_date",
]

years = st.integers(1950, 2060)


@st.composite
def complete_dates(draw: st.DrawFn) -> Date:
    year = draw(years)
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, calendar.monthrange(year, month)[1]))
    return Date(year, month, day)


@st.composite
def dates(draw: st.DrawFn) -> Date:
    """Complete and partial dates: 2021年8月4日, 2020年9月, 2020年, 4月22日, 9月."""
    full = draw(complete_dates())
    shape = draw(st.sampled_from(["ymd", "ym", "y", "md", "m"]))
    return Date(
        full.year if "y" in shape else None,
        full.month if "m" in shape else None,
        full.day if "d" in shape else None,
    )


def _chinese_year(year: int, zero: str) -> str:
    return to_chinese_digits(year, zero=zero)


def date_styles(d: Date) -> list[str]:
    """``d`` printed in every style documents use (before script/width variants)."""
    out = [str(d)]
    for zero in ("〇", "零"):
        parts = []
        if d.year is not None:
            parts.append(_chinese_year(d.year, zero) + "年")
        if d.month is not None:
            parts.append(to_chinese(d.month) + "月")
        if d.day is not None:
            parts.append(to_chinese(d.day) + "日")
        out.append("".join(parts))
    if d.year is not None and d.month is not None and d.day is not None:
        out += [f"{d.year}-{d.month:02d}-{d.day:02d}", f"{d.year}/{d.month}/{d.day}", f"{d.year}.{d.month}.{d.day}"]
        out.append(f"{d.year}年{d.month:02d}月{d.day:02d}日")
        out.append(f"{d.year}年{d.month}月{d.day}号")
    if d.year is not None and d.month is None:
        out.append(f"{d.year} 年")
    return out


@st.composite
def render_date(draw: st.DrawFn, d: Date) -> str:
    """One rendering of ``d``: a style, then traditional script and/or full width."""
    return draw(st.sampled_from([f for s in date_styles(d) for f in forms(s)]))


@st.composite
def periods(draw: st.DrawFn) -> Period:
    """Ranges at one precision (start before end): years, months, days, with or without the year."""
    shape = draw(st.sampled_from(["ymd", "ym", "y", "md"]))
    a, b = draw(complete_dates()), draw(complete_dates())
    if shape == "md":
        b = Date(a.year, b.month, min(b.day or 1, 28))

    def cut(d: Date) -> Date:
        return Date(
            d.year if "y" in shape else None, d.month if "m" in shape else None, d.day if "d" in shape else None
        )

    a, b = sorted([cut(a), cut(b)], key=lambda d: tuple(v for v in (d.year, d.month, d.day) if v is not None))
    assume(a != b)
    return Period(a, b)


@st.composite
def deadlines(draw: st.DrawFn) -> Deadline:
    d = draw(dates())
    bound: Bound = draw(st.sampled_from(["end", "before", "by", "from"]))
    if bound == "end" and d.day is not None:
        bound = "before"
    return Deadline(d, bound)


relatives = st.builds(
    Relative,
    st.sampled_from([-1, 0, 1]),
    st.sampled_from(
        ["", "底前", "内", "上半年", "下半年", "第一季度", "第四季度", "前三季度", "3月底前", "6月30日前", "9月"]
    ),
)

recurrings = st.one_of(
    st.builds(Recurring, st.just("年"), st.sampled_from(["", "底前", "3月底前", "6月30日前", "1月"])),
    st.builds(Recurring, st.sampled_from(["季度", "半年", "月"]), st.sampled_from(["", "底前"])),
    st.builds(Recurring, st.just("月"), st.sampled_from(["10日前", "5日"])),
    st.builds(Recurring, st.sampled_from(["旬", "周"])),
)
