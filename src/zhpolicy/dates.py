"""Dates, periods, deadlines, relative and recurring time expressions in policy text.

GB/T 9704-2012 (7.3.5.3) prints the date of issue in Arabic digits with 年月日 (``2021年8月4日``); the body of a
document names points (``2020年9月``, ``4月22日``), periods (``2020年第三季度``, ``上半年``, ``3月上旬``,
“十四五”时期), ranges (``2020年9月17日至10月31日``, ``2019—2021年``) and, above all, deadlines (``2020年9月底前``,
``到2022年``, ``自2021年1月1日起``), relative ones (``年底前``, ``明年``) and recurring ones (``每年3月底前``).

Five value types keep what the text says and no more:

* :class:`Date` — year, month, day, each optional (a partial date is real: ``4月22日``);
* :class:`Period` — a start and an end :class:`Date` (quarters, halves, 旬, ranges, five-year plans);
* :class:`Deadline` — a :class:`Date` and a bound: ``end`` (…底前), ``before`` (…前), ``by`` (到…), ``from`` (自…起);
* :class:`Relative` — a year counted from a reference (今年, 明年, 年底前, 上半年), with :meth:`Relative.resolve`;
* :class:`Recurring` — every year, quarter, month… (每年3月底前, 每季度).

    >>> from zhpolicy.dates import Date, Period, Deadline, Relative
    >>> Date.parse("二〇二〇年十一月二十三日")
    Date(year=2020, month=11, day=23)
    >>> str(Period.parse("2020年9月17日至10月31日"))
    '2020年9月17日至2020年10月31日'
    >>> Deadline.parse("2020年9月底前")
    Deadline(date=Date(year=2020, month=9, day=None), bound='end')
    >>> Relative.parse("年底前").resolve(Date(2021, 8, 4))
    Deadline(date=Date(year=2021, month=None, day=None), bound='end')
    >>> [(m.kind, m.text) for m in Deadline.find("请于2021年3月底前报送，义政办发〔2020〕47号")]
    [('deadline', '2021年3月底前')]

Overlaps among these kinds are resolved once: the leftmost expression wins, then the longest, so one span gets one
match (the date inside ``2021年3月底前`` is not reported again as a ``date``). Nothing inside a 发文字号 is a date.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Callable, Mapping
from functools import cache, lru_cache
from typing import Any, Literal, TypeAlias, TypeVar, cast

import attrs
import regex

from . import _dates_data as _data
from ._numerals_data import ORDINARY_DIGITS as _ORDINARY_DIGITS
from ._numerals_data import PLACE_ZEROS as _PLACE_ZEROS
from .errors import ParseError
from .match import JSON, Match, read_dict, read_int, read_optional_int, read_str
from .numerals import CHINESE_DIGITS, parse_int
from .scan import covered, find_typed, register
from .text import Text, normalize

__all__ = ["Bound", "Date", "Deadline", "Period", "Recurring", "Relative"]

Bound = Literal["end", "before", "by", "from"]
_BOUNDS: tuple[str, ...] = ("end", "before", "by", "from")


def _check_date(year: int | None, month: int | None, day: int | None) -> None:
    if year is None and month is None and day is None:
        raise ValueError("a date needs at least one of year, month, day")
    if year is not None and month is None and day is not None:
        raise ValueError("a date with a year and a day needs its month")
    if year is not None and not 1000 <= year <= 2999:
        raise ValueError(f"year out of range: {year}")
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"month out of range: {month}")
    if day is not None:
        last = 31 if month is None else calendar.monthrange(2000 if year is None else year, month)[1]
        if not 1 <= day <= last:
            raise ValueError(f"day out of range: {day}")


@attrs.frozen
class Date:
    """A point in the calendar at the precision the text gives: ``2021年8月4日``, ``2020年9月``, ``4月22日``.

    ``year``/``month``/``day`` are each ``None`` when the text leaves them out; no field is ever guessed.
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None

    def __attrs_post_init__(self) -> None:
        _check_date(self.year, self.month, self.day)

    def __str__(self) -> str:
        parts = [f"{self.year}年" if self.year is not None else ""]
        parts.append(f"{self.month}月" if self.month is not None else "")
        parts.append(f"{self.day}日" if self.day is not None else "")
        return "".join(parts)

    @property
    def precision(self) -> Literal["year", "month", "day"]:
        """The finest field given: ``"day"``, ``"month"`` or ``"year"``."""
        return "day" if self.day is not None else "month" if self.month is not None else "year"

    def to_date(self) -> datetime.date:
        """The :class:`datetime.date`; raises ``ValueError`` when a field is missing."""
        if self.year is None or self.month is None or self.day is None:
            raise ValueError(f"not a complete date: {self}")
        return datetime.date(self.year, self.month, self.day)

    @classmethod
    def parse(cls, s: str) -> Date:
        """One date spanning ``s``: 年月日 (Arabic or Chinese numerals), ``2020-09-17``, ``2020/7/10``."""
        return _parse(s, cls, "a date")

    @staticmethod
    def find(text: str | Text) -> list[Match[Date]]:
        """Every date not part of a longer period, deadline or relative expression, in reading order."""
        return find_typed(text, "date", Date)

    def to_dict(self) -> dict[str, JSON]:
        return {"year": self.year, "month": self.month, "day": self.day}

    @classmethod
    def from_dict(cls, d: Mapping[str, JSON]) -> Date:
        """The value back from :meth:`to_dict` (a missing field is ``None``)."""
        return cls(read_optional_int(d, "year"), read_optional_int(d, "month"), read_optional_int(d, "day"))


def _order_key(d: Date) -> tuple[int, ...]:
    return tuple(v for v in (d.year, d.month, d.day) if v is not None)


def _shape(d: Date) -> tuple[bool, bool, bool]:
    return (d.year is None, d.month is None, d.day is None)


@attrs.frozen
class Period:
    """A stretch of time from ``start`` to ``end`` (both included), each at the precision the text gives.

    Quarters and halves are month ranges (``2020年第三季度`` = 2020年7月至2020年9月), 旬 are day ranges, a
    five-year plan is a year range (“十四五”时期 = 2021年至2025年).
    """

    start: Date
    end: Date

    def __attrs_post_init__(self) -> None:
        if _shape(self.start) != _shape(self.end):
            raise ValueError("a period's start and end need the same precision")
        if _order_key(self.start) >= _order_key(self.end):
            raise ValueError("a period ends after it starts")

    def __str__(self) -> str:
        return f"{self.start}至{self.end}"

    @classmethod
    def parse(cls, s: str) -> Period:
        """One period spanning ``s``: a range (至/到/—/-/~), a quarter, a half, a 旬, a five-year plan."""
        return _parse(s, cls, "a period")

    @staticmethod
    def find(text: str | Text) -> list[Match[Period]]:
        return find_typed(text, "period", Period)

    def to_dict(self) -> dict[str, JSON]:
        return {"start": self.start.to_dict(), "end": self.end.to_dict()}

    @classmethod
    def from_dict(cls, d: Mapping[str, JSON]) -> Period:
        """The value back from :meth:`to_dict`."""
        return cls(Date.from_dict(read_dict(d, "start")), Date.from_dict(read_dict(d, "end")))


@attrs.frozen
class Deadline:
    """A bound on when something happens, at the precision of its :class:`Date`.

    ``bound`` is ``"end"`` — by the end of ``date`` (``2020年9月底前``, ``2020年底``, ``2021年内``); ``"before"`` —
    before ``date`` as written (``2020年12月31日前``); ``"by"`` — a target reached by ``date`` (``到2022年``,
    ``截至2022年6月``: some time up to and including that year or month, no day implied); ``"from"`` — starting at
    ``date`` (``自2021年1月1日起``).
    """

    date: Date
    bound: Bound

    def __attrs_post_init__(self) -> None:
        if self.bound not in _BOUNDS:
            raise ValueError(f"unknown bound: {self.bound!r}")
        if self.bound == "end" and self.date.day is not None:
            raise ValueError("the end of a day is not a deadline form (use bound='before')")

    def __str__(self) -> str:
        if self.bound == "end":
            return f"{self.date}底前"
        if self.bound == "before":
            return f"{self.date}前"
        if self.bound == "by":
            return f"到{self.date}"
        return f"自{self.date}起"

    @classmethod
    def parse(cls, s: str) -> Deadline:
        """One deadline spanning ``s`` (``2020年9月底前``, ``到2022年``, ``6月30日前``, ``自2021年1月1日起``)."""
        return _parse(s, cls, "a deadline")

    @staticmethod
    def find(text: str | Text) -> list[Match[Deadline]]:
        return find_typed(text, "deadline", Deadline)

    def to_dict(self) -> dict[str, JSON]:
        return {"date": self.date.to_dict(), "bound": self.bound}

    @classmethod
    def from_dict(cls, d: Mapping[str, JSON]) -> Deadline:
        """The value back from :meth:`to_dict`; ``ValueError`` for an unknown ``bound``."""
        bound = read_str(d, "bound")
        if bound not in _BOUNDS:
            raise ValueError(f"unknown bound: {bound!r}")
        return cls(Date.from_dict(read_dict(d, "date")), cast(Bound, bound))


AbsoluteValue: TypeAlias = Date | Period | Deadline


@attrs.frozen
class Relative:
    """A time counted from a reference year: ``years`` (−1 去年, 0 今年, 1 明年/次年) and what ``rest`` says of it.

    ``rest`` is canonical: ``""`` (the year itself), ``"底前"`` (年底前, 年末), ``"内"`` (年内), ``"上半年"``,
    ``"第一季度"`` …, or a partial date/period/deadline without a year (``"3月底前"``). ``即日起`` is
    ``Relative(0, "即日起")``: from the reference day on.
    """

    years: int
    rest: str = ""

    def __attrs_post_init__(self) -> None:
        if self.rest == "即日起":
            if self.years != 0:
                raise ValueError("即日起 has no year offset")
            return
        if self.years not in _data.RELATIVE_YEAR_NAMES:
            raise ValueError(f"unsupported year offset: {self.years}")
        if _canonical_rest(self.rest, None) != self.rest:
            raise ValueError(f"not a canonical relative expression: {self.rest!r}")

    def __str__(self) -> str:
        if self.rest == "即日起":
            return self.rest
        return _data.RELATIVE_YEAR_NAMES[self.years] + self.rest

    def resolve(self, reference: Date) -> AbsoluteValue:
        """The absolute value, counting from ``reference`` (a document's own date; its year is needed)."""
        if reference.year is None:
            raise ValueError("a reference date needs a year")
        if self.rest == "即日起":
            return Deadline(reference, "from")
        return cast(AbsoluteValue, _parse_any(f"{reference.year + self.years}年{self.rest}"))

    @classmethod
    def parse(cls, s: str) -> Relative:
        """One relative expression spanning ``s`` (``年底前``, ``年内``, ``明年3月底前``, ``上半年``, ``即日起``)."""
        return _parse(s, cls, "a relative date")

    @staticmethod
    def find(text: str | Text) -> list[Match[Relative]]:
        return find_typed(text, "relative_date", Relative)

    def to_dict(self) -> dict[str, JSON]:
        return {"years": self.years, "rest": self.rest}

    @classmethod
    def from_dict(cls, d: Mapping[str, JSON]) -> Relative:
        """The value back from :meth:`to_dict`."""
        return cls(read_int(d, "years"), read_str(d, "rest") if "rest" in d else "")


@attrs.frozen
class Recurring:
    """A time that comes back ``every`` 年/半年/季度/月/旬/周, optionally at ``rest`` (``每年3月底前``: every year,
    by the end of March; ``每月10日前``; ``每季度末`` is ``Recurring("季度", "底前")``)."""

    every: str
    rest: str = ""

    def __attrs_post_init__(self) -> None:
        if self.every not in set(_data.RECURRING_UNITS.values()):
            raise ValueError(f"unknown recurring unit: {self.every!r}")
        if _canonical_rest(self.rest, self.every) != self.rest:
            raise ValueError(f"not a canonical recurring expression: {self.rest!r}")

    def __str__(self) -> str:
        return f"每{self.every}{self.rest}"

    @classmethod
    def parse(cls, s: str) -> Recurring:
        return _parse(s, cls, "a recurring date")

    @staticmethod
    def find(text: str | Text) -> list[Match[Recurring]]:
        return find_typed(text, "recurring_date", Recurring)

    def to_dict(self) -> dict[str, JSON]:
        return {"every": self.every, "rest": self.rest}

    @classmethod
    def from_dict(cls, d: Mapping[str, JSON]) -> Recurring:
        """The value back from :meth:`to_dict`."""
        return cls(read_str(d, "every"), read_str(d, "rest") if "rest" in d else "")


Value: TypeAlias = Date | Period | Deadline | Relative | Recurring

# ---------------------------------------------------------------------------------------------------------------
# Pattern sources (folded text). Group names carry a suffix so one pattern can hold two dates (a range).

_CN = "一二三四五六七八九十"
_BARE_MONTH_LB = f"(?<![{_data.NOT_BEFORE_BARE_MONTH}])"


# A year is four digits, Arabic or Chinese (二〇二〇), from 1 or 一 to 2 or 二 (Date takes 1000–2999). A longer or
# shorter run of digits before 年 is no year and hides nothing after it (二〇年3月 reads 3月 as 20年3月 does), and a
# year reaches no further from its 年 (or a bare range's first year from its connective) than its four digits.
_CHINESE_YEAR = (
    f"(?=[一二][{_PLACE_ZEROS}{_ORDINARY_DIGITS}]{{3}}(?![{_PLACE_ZEROS}{_ORDINARY_DIGITS}])){CHINESE_DIGITS}"
)


def _y(s: str) -> str:
    return rf"(?P<y{s}>(?<![0-9.])[12][0-9]{{3}}(?![0-9])|{_CHINESE_YEAR})\x20?年"


def _m(s: str) -> str:
    return (
        rf"(?P<m{s}>(?<![0-9.])(?:1[0-2]|0?[1-9])(?![0-9])"
        rf"|(?<![{_CN}〇零○两百千万])(?:十[一二]?|[一二三四五六七八九])(?![{_CN}〇零○]))\x20?月"
    )


def _d(s: str) -> str:
    return (
        rf"(?P<d{s}>(?<![0-9.])(?:3[01]|[12][0-9]|0?[1-9])(?![0-9])"
        rf"|(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])(?![{_CN}]))\x20?[日号]"
    )


def _iso(s: str) -> str:
    return (
        rf"(?<![0-9.])(?P<y{s}>[12][0-9]{{3}})(?P<sep{s}>[-/.])(?P<m{s}>1[0-2]|0?[1-9])(?P=sep{s})"
        rf"(?P<d{s}>3[01]|[12][0-9]|0?[1-9])(?![0-9]|(?P=sep{s})[0-9]|\.[0-9])"
    )


# After a bare month, these make it a count of months (1月以上 = a month or more), not January.
_NOT_A_DURATION = r"(?!\x20?(?:以上|以下|以内|内|左右|多|余))"


def _date(s: str) -> str:
    ymd = rf"{_y(s)}(?:度|\x20?{_m(s)}(?:\x20?{_d(s)}|份)?)?"
    md = rf"{_BARE_MONTH_LB}{_m(s)}(?:\x20?{_d(s)}|份|{_NOT_A_DURATION})"
    return rf"(?:{_iso(s)}|{ymd}|{md})"


def _date_noday(s: str) -> str:
    return rf"(?:{_y(s)}(?:\x20?{_m(s)})?|{_BARE_MONTH_LB}{_m(s)})"


_CONN = r"\x20?(?:至|到|--?|~)\x20?"
# 前 not followed by 后 (2020年前后: around 2020) nor by a count (2021年前两个季度, 4月前4天: the first …).
_BEFORE = r"(?:以前|之前|前(?![后0-9一二三四五六七八九十两几半个]))"
_BY = "|".join(_data.BY_WORDS)
_QUARTER = (
    r"(?:第\x20?(?P<q>[一二三四1-4])\x20?季度"
    r"|(?<![0-9一二三四五六七八九十第每])(?P<q>[一二三四1-4])\x20?季度"
    r"|前(?P<qq>[二三])个?季度|(?P<h>[上下])半年)"
)
_YEAR_REST = (
    r"年?底前|年?底之前|年?底以前|年?底|年?末前|年?末|内|上半年|下半年"
    r"|第[一二三四1-4]季度|[一二三四1-4]季度|前[二三]季度"
)
_MONTH_REST = rf"{_m('0')}(?:\x20?{_d('0')}|份)?(?:\x20?[上中下]旬)?(?:\x20?(?:底|末))?(?:\x20?{_BEFORE})?"
_REL_WORDS = "|".join(sorted(_data.RELATIVE_YEARS, key=len, reverse=True))
_UNITS = "|".join(sorted(_data.RECURRING_UNITS, key=len, reverse=True))


def _sources(whole: bool) -> list[tuple[str, str]]:
    found = [
        ("range", rf"(?:[从自]\x20?)?{_date('1')}\x20?起?{_CONN}(?:{_date('2')}|{_d('2')})止?"),
        (
            "range_bare",
            rf"(?:[从自]\x20?)?(?:{_y('0')}\x20?)?(?:{_m('0')}\x20?)?"
            rf"(?<![周期拜第])(?P<n>(?<![0-9.])[0-9]{{1,4}}(?![0-9])|{_CHINESE_YEAR}|(?<![{_CN}])[{_CN}]{{1,3}}){_CONN}"
            rf"(?:{_y('2')}|{_m('2')}份?|{_d('2')})",
        ),
        ("quarter", rf"(?:{_y('0')}\x20?(?:度\x20?)?)?{_QUARTER}"),
        ("xun", rf"(?:{_y('0')}\x20?|{_BARE_MONTH_LB}){_m('0')}\x20?(?P<x>[上中下])旬"),
        ("plan", r"[“\"‘']?(?P<p>十[一二三四五]五)[”\"’']?\x20?(?:时期|期间)"),
        ("end", rf"(?:(?:{_BY})\x20?)?{_date_noday('0')}\x20?(?:[年月]\x20?)?(?:底|末)(?:\x20?{_BEFORE})?"),
        ("within", rf"{_y('0')}\x20?(?:度\x20?)?内"),
        ("before", rf"{_date('0')}\x20?{_BEFORE}"),
        ("by", rf"(?:{_BY})\x20?(?>{_date('0')})(?!\x20?[的0-9])"),
        ("from", rf"(?:(?P<fp>[自从])\x20?)?{_date('0')}(?:\x20?(?P<fs>起|开始))?"),
        ("now", r"(?:[自从]\x20?)?即日起"),
        (
            "relword",
            rf"(?<![基每一二三四五六七八九十两几多该此首])(?P<w>{_REL_WORDS})(?![纪龄级份检薪金])(?:度)?(?P<rest>{_YEAR_REST}|{_MONTH_REST})?",
        ),
        ("relbare", rf"(?<![{_data.NOT_BEFORE_BARE_YEAR_WORD}])年(?P<rest>底前|底之前|底以前|底|末前|末|内)"),
        (
            "recurring",
            rf"(?<!每\w{{1,2}})每\x20?(?P<u>{_UNITS})(?:度)?(?P<rest>的?(?:{_m('0')}(?:\x20?{_d('0')})?(?:\x20?[上中下]旬)?|{_d('0')})?"
            rf"(?:\x20?(?:底|末))?(?:\x20?{_BEFORE})?)",
        ),
        ("date", _date("0")),
    ]
    if whole:
        found.append(("day", _d("0")))
        found.append(("daybefore", rf"{_d('0')}\x20?{_BEFORE}"))
    return found


# Every match of these patterns holds a "core": a numeral written against 年 or 月, an ISO-style date's first
# separator (after its four-digit year), 季度 or 半年; a range's connective; a relative year's 年. Their sources open
# with lookbehinds and alternations the engine cannot skip over quickly, so over a whole document each runs only in
# windows reaching its own margins (_REACH) around the cores (cheap passes find them once). A window gives exactly
# what a pass over the whole text would when a match starts no further than ``before`` ahead of its first core, what
# it reads (to its last lookahead) ends no further than ``after`` past its last core, and its cores stand no further
# than before + after apart (so their windows merge). Lookbehinds read before a window's start: they count for
# nothing. 日/号 need no core of their own: the cored patterns read a day only after its month. A day alone ("day",
# "daybefore": parsing a whole string only) has no core: those patterns run over all of the (short) string.
# The core's last character is matched first and what comes before it looked back at. A pattern that opens with a
# character class is tried at every position of the text; one that opens with a literal character is skipped ahead
# to it. So each opening character's form of a core runs as a pattern of its own, led by that character
# (_core_passes; the one-pattern form of each core, _core_source, is what they are checked against:
# tests/test_dates.py). re checks the lookbehinds at each of those characters itself: 30% faster in CPU time than
# finding them by str.find and checking the character before each in Python. The tables below name the cores: a
# compiled re pattern as a key would be hashed from its whole program at every lookup. The passes are compiled by
# the first scan, not at import (9 ms of it, with the one-pattern forms the import compiled before).
_CORE_NUMERAL = "0123456789〇○零一二三四五六七八九十两"
# A range's core is its connective (至, 到, -, --, ~) right after a number or a date: ranges are rare, and their
# patterns cost more than a pass to find these cores does. What follows the connective ends its number in 年, 月, 日
# or 号 within 7 characters (S二〇二一S年), or is an ISO date (S2021-): a connective in 2-3个, 2017-2025 or a
# telephone number, or an ISO date's own separators, opens no window (tests/test_dates.py:
# test_a_range_core_looks_ahead_to_each_right_side reads each right side at its furthest, LONGEST["range"] the 年).
_CONNECTED = f"{_CORE_NUMERAL}年月日号度份起"  # what a range's connective follows
# A relative year (今年, 明年, 上一年 …) ends in 年 after one of a few characters (tests/test_dates.py: every relative
# year ends in 年).
_REL_YEAR_ENDS = "".join(sorted({w[-2] for w in _data.RELATIVE_YEARS}))
# The (opening characters, rest) forms of each core, by the core's name: a match is an opening character, then rest.
_CORE_FORMS: dict[str, tuple[tuple[str, str], ...]] = {
    "date": (
        ("年月", rf"(?:(?<=[{_CORE_NUMERAL}][年月])|(?<=[{_CORE_NUMERAL}]\x20[年月]))"),
        ("-/.", r"(?<=[0-9][0-9][0-9][0-9][-/.])(?=[0-9])"),
        ("季", "度"),
        ("半", "年"),
    ),
    "range": (
        (
            "至到~-",
            rf"(?:(?<=[{_CONNECTED}].)|(?<=[{_CONNECTED}]\x20.))(?:(?<=-)-)?(?=.{{0,6}}[年月日号]|\x20?[0-9]{{4}}[-/.])",
        ),
    ),
    "relative_year": (("年", f"(?<=[{_REL_YEAR_ENDS}]年)"),),
}


def _core_source(name: str) -> str:
    """The core ``name`` as one pattern: ``[opening]rest`` for each of its forms."""
    return "|".join(f"[{re.escape(opening)}]{rest}" for opening, rest in _CORE_FORMS[name])


@cache
def _core_passes() -> list[tuple[str, re.Pattern[str]]]:
    """(core name, pattern) for each opening character of each form: ``{character}rest``, compiled by re."""
    return [
        (name, re.compile(re.escape(c) + rest))
        for name, forms in _CORE_FORMS.items()
        for opening, rest in forms
        for c in opening
    ]


_CORED = {
    **dict.fromkeys(("quarter", "xun", "end", "within", "before", "by", "from", "date"), "date"),
    **dict.fromkeys(("range", "range_bare"), "range"),
    "relword": "relative_year",
}
# (before, after) for each cored pattern, counted in characters at its longest (S is a space, where the pattern
# allows one; tests/test_dates.py: test_each_pattern_reaches_its_margins reads each form, and fails with either
# margin one smaller):
_REACH = {
    # 2020S年 before its 年; 12-31 after an ISO date's first separator, then -5 or .5 its lookahead reads
    "date": (5, 7),
    # 2020S年; S三十一S日S以前 after 月
    "before": (5, 9),
    # 截止到S2020S年; S三十一S日 after 月, then S的 its lookahead reads
    "by": (9, 8),
    # 自S2020S年; S三十一S日S开始
    "from": (7, 9),
    # 截止到S2020S年; S月S底S以前 after 月 (or S年S底S以前 after 年)
    "end": (9, 7),
    # 2020S年; S度S内
    "within": (5, 4),
    # 2020S年 (第S三S before 季度, a core from its 季); nothing after 季度 or 半年, but 2020S年S度S第S三S季度 holds its
    # two cores 7 apart
    "quarter": (5, 2),
    # 2020S年; S上旬 after 月
    "xun": (5, 3),
    # 从S2020S年S十二S月S三十一S日S起S before 至; S2021S年S十二S月S三十一S日止 after it
    "range": (22, 19),
    # 从S2020S年S十二S月S二十九S before 至 (a longer first number after a year and a month gives no value, and neither
    # does the match without 从S); S2021S年 after it
    "range_bare": (18, 7),
    # 上一年 before its 年; 度十二S月S三十一S日S以前 after it (what it may read further, 上旬 or 底 after a day, makes
    # no rest that reads, and cut short still holds them: its value is the year alone either way)
    "relword": (2, 14),
}


def _core_spans(folded: str) -> dict[str, list[tuple[int, int]]]:
    """The spans of every core's matches in ``folded``, in order, by the core's name: what ``core.finditer``
    gives (the forms of one core never overlap)."""
    spans: dict[str, list[tuple[int, int]]] = {name: [] for name in _CORE_FORMS}
    for name, form in _core_passes():
        spans[name] += [m.span() for m in form.finditer(folded)]
    for core_spans in spans.values():
        core_spans.sort()
    return spans


# The cores of each kind are grouped once, for all the patterns that run around them: neighbours no further apart
# than any of those patterns' before + after share one window. A window spanning a group, from its first core to its
# last, gives what the merged windows of its cores would: a match it holds that starts, or reads, in a gap between
# windows still holds a core of the group, and reaches no further from it than those windows do.
_GROUP_REACH = {core: max(sum(_REACH[name]) for name, c in _CORED.items() if c == core) for core in _CORE_FORMS}


def _groups(spans: list[tuple[int, int]], reach: int) -> list[tuple[int, int]]:
    """The start of the first and the end of the last core of each group of cores (at ``spans``, in order) whose
    neighbours stand at most ``reach`` apart."""
    groups: list[tuple[int, int]] = []
    for start, end in spans:
        if groups and start - groups[-1][1] <= reach:
            groups[-1] = (groups[-1][0], end)
        else:
            groups.append((start, end))
    return groups


def _windows(groups: list[tuple[int, int]], before: int, after: int, length: int) -> list[tuple[int, int]]:
    """The windows reaching ``before`` characters left and ``after`` right of each group of cores, in a text of
    ``length``: what ``scan.windows`` gives when the groups were made with a reach of before + after."""
    windows = [(start - before, end + after) for start, end in groups]
    if windows:
        windows[0] = (max(0, windows[0][0]), windows[0][1])
        windows[-1] = (windows[-1][0], min(length, windows[-1][1]))
    return windows


# Words without which a pattern gives no value: its own literal (旬, 底/末, 截/到, 内, 季度/半年), or for "from" the
# 自/起/开始 that _value asks for (从2017年的… is a comparison, not a start); for "before", its 前 right after the
# last character of a date (at most a space and 以/之 between): a 前 elsewhere (前两年, 提前) stands in many windows
# that hold no such deadline. tests/test_dates.py: test_a_window_without_what_a_pattern_needs_holds_no_value.
_NEED_WORDS = {
    "xun": ("旬",),
    "end": ("底", "末"),
    "within": ("内",),
    "before": (r"[0-9年度月日号份]\x20?[以之]?前",),
    "by": ("截", "到"),
    "daybefore": ("前",),
    "from": ("自", "起", "开始"),
    "quarter": ("季度", "半年"),
}


@cache
def _needs() -> dict[str, re.Pattern[str]]:
    # re: an alternation of literals becomes a set of first characters to skip by
    return {name: re.compile("|".join(words)) for name, words in _NEED_WORDS.items()}


# A character every match of each need holds (its 前, 截/到, the first of 开始 …). The windows of a document's date
# cores are many and the searches for needs short, so the call, not the reading, is what costs: the anchors around
# every group are found by one search (_anchored), and a need is searched for only in a window holding an anchor of
# it. tests/test_dates.py: test_every_need_holds_an_anchor.
_ANCHORS = {
    "xun": "旬",
    "end": "底末",
    "within": "内",
    "before": "前",
    "by": "截到",
    "daybefore": "前",
    "from": "自起开",
    "quarter": "季半",
}
# the date-cored patterns with needs, the widest of their windows (where their anchors are read), and the patterns
# each anchor stands for; the anchors searched for are those (a need of a pattern with no core runs everywhere)
_ANCHORED_NAMES = [name for name in _ANCHORS if _CORED.get(name) == "date"]
_ANCHOR_REACH = (max(_REACH[name][0] for name in _ANCHORED_NAMES), max(_REACH[name][1] for name in _ANCHORED_NAMES))
_ANCHORED = {
    c: [name for name in _ANCHORED_NAMES if c in _ANCHORS[name]]
    for c in sorted({c for name in _ANCHORED_NAMES for c in _ANCHORS[name]})
}


@cache
def _anchor_characters() -> re.Pattern[str]:
    """Any one anchor: what _anchored searches for around each group of cores."""
    return re.compile(f"[{''.join(_ANCHORED)}]")


def _anchored(folded: str, groups: list[tuple[int, int]]) -> dict[str, list[tuple[int, int]]]:
    """Of the ``groups`` of date cores, those around which each pattern with a need may find it: those whose widest
    window holds one of its anchors."""
    before, after = _ANCHOR_REACH
    kept: dict[str, list[tuple[int, int]]] = {name: [] for name in _ANCHORED_NAMES}
    anchors = _anchor_characters()
    for group in groups:
        start, end = group
        for c in anchors.findall(folded, max(0, start - before), end + after):
            for name in _ANCHORED[c]:
                if not kept[name] or kept[name][-1] is not group:
                    kept[name].append(group)
    return kept


# The characters a match of each slow pattern can start with: a numeral, or 自/从/截/到 opening a deadline, or
# 第/前/上/下 opening a quarter or a half. Stating them in front lets the engine reject every other position at
# once (about 10× faster on documents); patterns that open with a literal need no such help.
_FIRST = {
    **dict.fromkeys(
        [*(name for name, core in _CORED.items() if core in ("date", "range")), "day", "daybefore"],
        f"{_CORE_NUMERAL}自从截到",
    ),
    "quarter": f"{_CORE_NUMERAL}第前上下",
}


_Pattern: TypeAlias = "re.Pattern[str] | regex.Pattern[str]"
_Match: TypeAlias = "re.Match[str] | regex.Match[str]"


@cache
def _patterns(whole: bool) -> list[tuple[str, _Pattern]]:
    return [
        (name, _compile(f"(?=[{_FIRST[name]}])(?:{src})" if name in _FIRST else src, windowed=name in _REACH))
        for name, src in _sources(whole)
    ]


# A cored pattern runs in some ninety short windows of a page, where the call, more than the reading, is what costs:
# the standard library's re takes half the time regex does there. Over a whole text regex is the faster: it skips
# ahead to the literal a pattern holds (即日起, 年, 每), where re tests every position of one opening with a
# lookbehind — so the patterns without a core stay with regex, as does "recurring" (re has no lookbehind of varying
# width). re wants group names unique, and a date's fields are named once in each of its forms (y0 in 2020-09-17
# and in 2020年): a repeated name is numbered apart (y0__2 …), and _group/_fields read the one that took part.
_NAMED = re.compile(r"\(\?P<(\w+)>")


def _compile(source: str, *, windowed: bool) -> _Pattern:
    if not windowed:
        return regex.compile(source)
    seen: dict[str, int] = {}

    def unique(m: re.Match[str]) -> str:
        name = m.group(1)
        seen[name] = seen.get(name, 0) + 1
        return m.group() if seen[name] == 1 else f"(?P<{name}__{seen[name]}>"

    return re.compile(_NAMED.sub(unique, source))


def _numbers(index: Mapping[str, int]) -> dict[str, tuple[int, ...]]:
    """The group numbers of each name in a pattern's ``groupindex``, its repeats (y0__2 …) after it."""
    numbers: dict[str, tuple[int, ...]] = {}
    for name, number in sorted(index.items(), key=lambda item: item[1]):
        base = name.partition("__")[0]
        numbers[base] = (*numbers.get(base, ()), number)
    return numbers


# ---------------------------------------------------------------------------------------------------------------
# From a regex match to a value


def _int(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        return parse_int(text)
    except ParseError:
        return None


# Each pattern's group numbers by name (a repeated name's after its first: see _compile): regex builds groupindex
# anew on every access, and a group read by number costs a quarter of one read by name. Keyed by the patterns'
# sources, a few dozen: a str keeps its hash, where a compiled re pattern hashes its whole program at every lookup.
_GROUP_NUMBERS: dict[str, dict[str, tuple[int, ...]]] = {}


def _group(m: _Match, name: str) -> str | None:
    """The group ``name`` of ``m``, ``None`` when it did not take part or the pattern has no such group."""
    numbers = _GROUP_NUMBERS.get(m.re.pattern)
    if numbers is None:
        numbers = _GROUP_NUMBERS[m.re.pattern] = _numbers(m.re.groupindex)
    for number in numbers.get(name, ()):
        value = m.group(number)
        if value is not None:
            return cast(str, value)
    return None


@lru_cache(maxsize=4096)  # a document names the same few dates again and again; a Date is immutable
def _make_date(y: int | None, mo: int | None, d: int | None) -> Date | None:
    try:
        return Date(y, mo, d)
    except ValueError:
        return None


def _fields(m: _Match, s: str) -> tuple[int | None, int | None, int | None] | None:
    """The (year, month, day) of the date with suffix ``s``; ``None`` when a written field does not read."""
    places = _FIELD_PLACES.get(m.re.pattern)
    if places is None:
        numbers = _numbers(m.re.groupindex)
        places = _FIELD_PLACES[m.re.pattern] = {
            suffix: tuple(tuple(n - 1 for n in numbers.get(field + suffix, ())) for field in "ymd") for suffix in "012"
        }
    groups = m.groups()  # one call for all (one by one costs more)
    y, mo, d = places[s]
    return _read_fields(_first(groups, y), _first(groups, mo), _first(groups, d))


def _first(groups: tuple[str | None, ...], places: tuple[int, ...]) -> str | None:
    """The field at the first of ``places`` that took part: one form of a date matched."""
    for i in places:
        if groups[i] is not None:
            return groups[i]
    return None


# For each pattern (by its source, as _GROUP_NUMBERS), where the year, month and day of the date with each suffix
# stand in its groups(): one place for each form that names the field, none when the pattern has no such group.
_FIELD_PLACES: dict[str, dict[str, tuple[tuple[int, ...], ...]]] = {}


@lru_cache(maxsize=4096)  # the same few dates again and again, as in _make_date
def _read_fields(y: str | None, mo: str | None, d: str | None) -> tuple[int | None, int | None, int | None] | None:
    """The fields' values; ``None`` when a written one does not read."""
    values = (_int(y), _int(mo), _int(d))
    if any(raw is not None and value is None for raw, value in zip((y, mo, d), values, strict=True)):
        return None
    return values


def _date_of(m: _Match, s: str) -> Date | None:
    f = _fields(m, s)
    return None if f is None else _make_date(*f)


def _period(start: Date | None, end: Date | None) -> Period | None:
    if start is None or end is None:
        return None
    try:
        return Period(start, end)
    except ValueError:
        return None


def _deadline(date: Date | None, bound: Bound) -> Deadline | None:
    if date is None:
        return None
    try:
        return Deadline(date, bound)
    except ValueError:
        return None


def _quarter(m: _Match, year: int | None) -> Value | None:
    q, qq, h = _group(m, "q"), _group(m, "qq"), _group(m, "h")
    if year is None:  # a quarter or half of no written year: relative to the reference year
        rest = m.group()
        canonical = _canonical_rest(rest, None)
        return None if canonical is None else Relative(0, canonical)
    if q is not None:
        first = _data.QUARTER_DIGITS[q]
        months = (3 * first - 2, 3 * first)
    elif qq is not None:
        months = (1, 3 * _data.QUARTER_DIGITS[qq])
    else:
        months = _data.HALVES[cast(str, h)]
    return _period(_make_date(year, months[0], None), _make_date(year, months[1], None))


@lru_cache(maxsize=1024)  # the same few spellings recur in every document (今年底, 每年3月底前)
def _canonical_rest(raw: str, unit: str | None) -> str | None:
    """The canonical form of what follows 今年/明年/每年… (``None`` when it is not one we read).

    ``unit`` is ``None`` for a relative year, else the recurring unit.
    """
    r = raw.replace(" ", "")
    if r.startswith("的") and unit is not None:
        r = r[1:]
    r = regex.sub("以前|之前", "前", r)
    r = regex.sub("^年(?=[底末])", "", r)  # 去年年底 = 去年底
    if r == "":
        return ""
    if r in ("底", "底前", "末", "末前"):
        return "底前" if unit in (None, "年", "半年", "季度", "月") else None
    if unit not in (None, "年"):
        if unit != "月":
            return None
        value = _parse_any_or_none(r)
        day_of = None if value is None else _first_date(value)
        if day_of is None:
            return None
        return str(value) if day_of.year is None and day_of.month is None else None
    if r == "内":
        return r if unit is None else None
    if r in ("上半年", "下半年", "前二季度", "前三季度"):
        return r
    q = regex.fullmatch(r"第?([一二三四1-4])季度", r)
    if q is not None:
        return "第" + "一二三四"[_data.QUARTER_DIGITS[q.group(1)] - 1] + "季度"
    value = _parse_any_or_none(r)
    first = None if value is None else _first_date(value)
    if value is None or first is None or first.year is not None or first.month is None:
        return None
    return str(value)


def _first_date(value: Value) -> Date | None:
    if isinstance(value, Date):
        return value
    if isinstance(value, Period):
        return value.start
    if isinstance(value, Deadline):
        return value.date
    return None


def _value(name: str, m: _Match) -> tuple[Value | None, int]:
    """The value a pattern's match stands for, and where it ends (a match may give back an unread tail)."""
    end = m.end()
    if name in ("date", "day"):  # most matches: asked first
        return _date_of(m, "0"), end
    if name == "range":
        left = _fields(m, "1")
        right = _fields(m, "2")
        if left is None or right is None:
            return None, end
        y2, m2, d2 = right
        if y2 is None:
            y2 = left[0]
            if m2 is None:
                m2 = left[1]
        start, stop = _make_date(*left), _make_date(y2, m2, d2)
        if start is None or stop is None or _shape(start) != _shape(stop) or start == stop:
            return None, end
        return _period(start, stop), end
    if name == "range_bare":
        y0, m0 = _int(_group(m, "y0")), _int(_group(m, "m0"))
        n = _int(_group(m, "n"))
        right = _fields(m, "2")
        if n is None or right is None:
            return None, end
        if not m.group("n").isdigit() and y0 is None and m0 is None and m.group()[0] not in "从自":
            return None, end  # 从上周四到十月一日: a bare Chinese numeral needs its year or month written
        y2, mo2, d2 = right
        if y2 is not None:
            if y0 is not None or m0 is not None or n < 1000:
                return None, end
            return _period(_make_date(n, None, None), _make_date(y2, None, None)), end
        if mo2 is not None:
            if m0 is not None:
                return None, end
            return _period(_make_date(y0, n, None), _make_date(y0, mo2, None)), end
        if m0 is None:
            return None, end
        return _period(_make_date(y0, m0, n), _make_date(y0, m0, d2)), end
    if name == "quarter":
        y = _int(_group(m, "y0"))
        if _group(m, "y0") is not None and y is None:
            return None, end
        return _quarter(m, y), end
    if name == "xun":
        f = _fields(m, "0")
        if f is None or f[1] is None:
            return None, end
        first, last = _data.XUN[cast(str, _group(m, "x"))]
        if last is None:
            last = calendar.monthrange(2000 if f[0] is None else f[0], f[1])[1]
        return _period(_make_date(f[0], f[1], first), _make_date(f[0], f[1], last)), end
    if name == "plan":
        first_year = _data.FIVE_YEAR_PLANS[cast(str, _group(m, "p"))]
        return _period(_make_date(first_year, None, None), _make_date(first_year + 4, None, None)), end
    if name in ("end", "within"):
        return _deadline(_date_of(m, "0"), "end"), end
    if name in ("before", "daybefore"):
        return _deadline(_date_of(m, "0"), "before"), end
    if name == "by":
        return _deadline(_date_of(m, "0"), "by"), end
    if name == "from":
        if _group(m, "fp") != "自" and _group(m, "fs") is None:  # 从2017年的… compares, 自 or 起 bound
            return None, end
        return _deadline(_date_of(m, "0"), "from"), end
    if name == "now":
        return Relative(0, "即日起"), end
    if name in ("relword", "relbare"):
        years = _data.RELATIVE_YEARS[_group(m, "w") or "今年"]
        rest = _group(m, "rest")
        canonical = _canonical_rest(rest or "", None)
        if canonical is None:
            if name == "relbare":
                return None, end
            canonical, end = "", m.start("rest")
        return Relative(years, canonical), end
    if name == "recurring":
        unit = _data.RECURRING_UNITS[cast(str, _group(m, "u"))]
        canonical = _canonical_rest(m.group("rest"), unit)
        if canonical is None:
            canonical, end = "", m.start("rest")
        return Recurring(unit, canonical), end
    raise AssertionError(f"no value for pattern {name!r}")


# ---------------------------------------------------------------------------------------------------------------
# Scanning, overlap resolution, parsing

Candidate = tuple[int, int, Value]


def _scan(folded: str, whole: bool, *, windowed: bool = True) -> list[Candidate]:
    found: list[tuple[int, int, int, Value]] = []
    everywhere = [(0, len(folded))]
    windows = dict.fromkeys(_REACH, everywhere)
    if windowed:
        groups = {core: _groups(spans, _GROUP_REACH[core]) for core, spans in _core_spans(folded).items()}
        anchored = _anchored(folded, groups["date"])
        for name, (before, after) in _REACH.items():
            windows[name] = _windows(anchored.get(name, groups[_CORED[name]]), before, after, len(folded))
    all_needs = _needs()
    for priority, (name, pattern) in enumerate(_patterns(whole)):
        needs = all_needs.get(name)
        for pos, endpos in windows.get(name, everywhere):
            if needs is not None and needs.search(folded, pos, endpos) is None:
                continue  # no match here can hold the word this pattern's values need
            for m in pattern.finditer(folded, pos, endpos):
                value, end = _value(name, m)
                if value is not None:
                    found.append((m.start(), end, priority, value))
    found.sort(key=lambda c: (c[0], -c[1], c[2]))
    return [(s, e, v) for s, e, _, v in found]


def _resolve(candidates: list[Candidate], masked: list[tuple[int, int]]) -> list[Candidate]:
    """Leftmost first, then longest: one span gets one match; nothing overlapping a masked span survives."""
    kept: list[Candidate] = []
    last_end = -1
    masks = sorted(masked)
    reach = 0  # masks before this index end before every later candidate starts
    for start, end, value in candidates:
        while reach < len(masks) and masks[reach][1] <= start:
            reach += 1
        if start < last_end or (reach < len(masks) and masks[reach][0] < end):
            continue
        kept.append((start, end, value))
        last_end = end
    return kept


def _parse_any_or_none(s: str) -> Value | None:
    t = normalize(s)
    body = t.folded.strip()
    kept = _resolve(_scan(body, True), [])
    if len(kept) == 1 and kept[0][0] == 0 and kept[0][1] == len(body):
        return kept[0][2]
    return None


def _parse_any(s: str) -> Value:
    value = _parse_any_or_none(s)
    if value is None:
        raise ParseError("a date, period or deadline", s, 0)
    return value


_T = TypeVar("_T")


def _parse(s: str, cls: type[_T], expected: str) -> _T:
    t = normalize(s)
    folded = t.folded
    lead = len(folded) - len(folded.lstrip())
    body = folded.strip()
    kept = _resolve(_scan(body, True), [])
    if len(kept) == 1 and kept[0][0] == 0 and kept[0][1] == len(body) and isinstance(kept[0][2], cls):
        return cast(_T, kept[0][2])
    offset = kept[0][1] if kept and kept[0][0] == 0 and isinstance(kept[0][2], cls) else 0
    raise ParseError(expected, s, lead + offset)


def _all(t: Text) -> list[Match[Any]]:
    def compute(t: Text) -> list[Match[Any]]:
        kept = _resolve(_scan(t.folded, False), covered(t, "doc_number"))
        return [Match(_KIND_OF[type(v)], v, s, e, t.original[s:e]) for s, e, v in kept]

    return t.cached("dates:all", compute)


_KIND_OF: dict[type, str] = {
    Date: "date",
    Period: "period",
    Deadline: "deadline",
    Relative: "relative_date",
    Recurring: "recurring_date",
}


def _finder(kind: str) -> Callable[[Text], list[Match[Any]]]:
    def find(t: Text) -> list[Match[Any]]:
        return [m for m in _all(t) if m.kind == kind]

    return find


for _kind in _KIND_OF.values():
    register(_kind, _finder(_kind), masked_by=("doc_number",))
