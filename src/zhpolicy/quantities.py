"""Quantity targets: ``Money``, ``Percentage``, ``PercentagePoints``, ``Count``, ``Ratio``, ``Rate`` and ``Range``.

Policy documents state their targets as quantities with a comparator: ``85%以上``, ``提高5个百分点``, ``5000余万元``,
``不少于1500人次``, ``控制在10%以内``. Each value keeps the number exactly (``Decimal``, never ``float``), its
``bound`` — one of ``"="``, ``"~"``, ``">"``, ``">="``, ``"<"``, ``"<="`` — and the target verb written before it:

    >>> from zhpolicy import Money, Percentage, PercentagePoints
    >>> p = Percentage.parse("达到85%以上")
    >>> p.value, p.bound, p.verb, p.aim
    (Decimal('85'), '>=', '达到', 'level')
    >>> m = Money.parse("5000余万元")
    >>> m.value, m.bound, m.unit, str(m)
    (Decimal('50000000'), '>', '万元', '超过5000万元')
    >>> PercentagePoints.parse("提高5个百分点").aim
    'change'

Comparators before the number (不少于, 超过, 不超过, 不足, 约, ≥ …), after the unit (以上, 以内, 左右 …) and between
the number and its unit (余, 多) are tables in ``_quantities_data.py``; ``docs/quantities.md`` lists them all.
"""

from __future__ import annotations

import decimal
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from decimal import Decimal
from functools import cache
from typing import Any, Literal, NamedTuple, TypeAlias, TypeVar, cast

import attrs
import regex

from . import _quantities_data as _data
from .errors import ParseError
from .match import JSON, Match, read_dict, read_list, read_optional_str, read_str
from .numerals import NUMBER, parse_decimal, plain_number_end
from .scan import register, sentences, windows
from .text import Text, normalize

__all__ = [
    "Bound",
    "Count",
    "Money",
    "Percentage",
    "PercentagePoints",
    "Quantity",
    "Range",
    "Rate",
    "Ratio",
]

Bound: TypeAlias = Literal["=", "~", ">", ">=", "<", "<="]
Aim: TypeAlias = Literal["level", "change"]

_LEVEL = frozenset(_data.LEVEL_VERBS)
_CHANGE = frozenset(_data.CHANGE_VERBS)


def _decimal(value: Decimal | int | str) -> Decimal:
    d = value if isinstance(value, Decimal) else Decimal(str(value))
    if not d.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    return d


def _bound(value: str) -> Bound:
    if value not in _data.BOUNDS:
        raise ValueError(f"bound must be one of {_data.BOUNDS}, not {value!r}")
    return cast(Bound, value)


def _read_bound(d: Mapping[str, JSON]) -> Bound:
    return _bound(read_optional_str(d, "bound") or "=")


def _verb(value: str | None) -> str | None:
    if value is not None and value not in _LEVEL and value not in _CHANGE:
        raise ValueError(f"not a target verb: {value!r}")
    return value


def _fmt(d: Decimal) -> str:
    """``d`` in plain positional notation, without trailing zeros (``Decimal('5E+3')`` → ``5000``), exactly —
    ``normalize()`` would round to the context's 28 digits."""
    text = f"{d:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


# A context that never rounds: scaleb() in the default one rounds to 28 digits.
_EXACT = decimal.Context(prec=decimal.MAX_PREC, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN)


def _times(d: Decimal, factor: int, *, divide: bool = False) -> Decimal:
    """``d`` × ``factor`` (or ÷ with ``divide``), ``factor`` a power of ten, without rounding: a shift of the
    exponent."""
    power = len(str(factor)) - 1
    shifted = d.scaleb(-power if divide else power, _EXACT)
    integral = shifted.to_integral_value()
    return Decimal(int(integral)) if shifted == integral else shifted  # 50000000, not 5.000E+7


def _aim(verb: str | None) -> Aim | None:
    if verb is None:
        return None
    return "level" if verb in _LEVEL else "change"


def _wrap(verb: str | None, bound: Bound, number: str) -> str:
    before, after = _data.CANONICAL_BOUNDS[bound]
    return f"{verb or ''}{before}{number}{after}"


class _Quantity:
    """What the one-number quantities share: ``value``, ``bound``, ``verb`` and the ``aim`` the verb gives."""

    __slots__ = ()
    value: Decimal
    bound: Bound
    verb: str | None

    @property
    def aim(self) -> Aim | None:
        """``"level"`` when the verb names where the measure should stand (达到, 提高至, 控制在 …), ``"change"``
        when it names by how much it should move (提高, 增长, 下降 …), ``None`` without a verb."""
        return _aim(self.verb)

    def _common(self) -> dict[str, JSON]:
        return {"value": _fmt(self.value), "bound": self.bound, "verb": self.verb, "text": str(self)}


_Q = TypeVar("_Q")


def _parse(cls: type[_Q], s: str, expected: str) -> _Q:
    """The one value of type ``cls`` spanning all of ``s`` (surrounding whitespace allowed)."""
    t = normalize(s)
    folded = t.folded
    lead = len(folded) - len(folded.lstrip())
    body = folded.strip()
    found = [c for c in _scan(body, windowed=False) if c[0] == 0]  # one value: no need for windows
    if found and found[0][1] == len(body) and isinstance(found[0][2], cls):
        return found[0][2]
    offset = found[0][1] if found and isinstance(found[0][2], cls) else 0
    raise ParseError(expected, s, lead + offset)


def _finder(cls: type) -> Callable[[str | Text], list[Match[Any]]]:
    kind = _KIND_OF[cls]

    def find(text: str | Text) -> list[Match[Any]]:
        from .scan import find_kind

        return find_kind(text, kind)

    return find


@attrs.frozen
class Percentage(_Quantity):
    """A percentage: ``value`` in percent (``85%`` → 85, ``百分之一点五`` → 1.5), ``bound`` and ``verb``."""

    value: Decimal = attrs.field(converter=_decimal)
    bound: Bound = attrs.field(default="=", converter=_bound)
    verb: str | None = attrs.field(default=None, converter=_verb)

    def __str__(self) -> str:
        return _wrap(self.verb, self.bound, f"{_fmt(self.value)}%")

    @classmethod
    def parse(cls, s: str) -> Percentage:
        """Read one percentage spanning ``s``: ``85%以上``, ``百分之四十``, ``≥70%``, ``８５％``."""
        return _parse(cls, s, "a percentage")

    @staticmethod
    def find(text: str | Text) -> list[Match[Percentage]]:
        """Every percentage in ``text``, in reading order. Never raises."""
        return _finder(Percentage)(text)

    def to_dict(self) -> dict[str, JSON]:
        return self._common()

    @classmethod
    def from_dict(cls, d: Mapping[str, JSON]) -> Percentage:
        return cls(read_str(d, "value"), _read_bound(d), read_optional_str(d, "verb"))


@attrs.frozen
class PercentagePoints(_Quantity):
    """A difference of percentages: ``40个百分点`` → 40 — never a :class:`Percentage`."""

    value: Decimal = attrs.field(converter=_decimal)
    bound: Bound = attrs.field(default="=", converter=_bound)
    verb: str | None = attrs.field(default=None, converter=_verb)

    def __str__(self) -> str:
        return _wrap(self.verb, self.bound, f"{_fmt(self.value)}个百分点")

    @classmethod
    def parse(cls, s: str) -> PercentagePoints:
        """Read one amount of percentage points spanning ``s``: ``5个百分点``, ``提高0.5个百分点``."""
        return _parse(cls, s, "percentage points (个百分点)")

    @staticmethod
    def find(text: str | Text) -> list[Match[PercentagePoints]]:
        """Every amount of percentage points in ``text``, in reading order. Never raises."""
        return _finder(PercentagePoints)(text)

    def to_dict(self) -> dict[str, JSON]:
        return self._common()

    @classmethod
    def from_dict(cls, d: Mapping[str, JSON]) -> PercentagePoints:
        return cls(read_str(d, "value"), _read_bound(d), read_optional_str(d, "verb"))


def _money_unit(value: str) -> str:
    if value not in _data.MONEY_UNITS:
        raise ValueError(f"money unit must be one of {tuple(_data.MONEY_UNITS)}, not {value!r}")
    return value


@attrs.frozen
class Money(_Quantity):
    """An amount of money in 元: ``value`` (``2.57亿元`` → 257000000), ``bound``, ``verb``, and the ``unit`` as written
    (元/万元/亿元 …), kept for formatting only — ``2.57亿元`` and ``25700万元`` are equal."""

    value: Decimal = attrs.field(converter=_decimal)
    bound: Bound = attrs.field(default="=", converter=_bound)
    verb: str | None = attrs.field(default=None, converter=_verb)
    unit: str = attrs.field(default="元", converter=_money_unit, eq=False)

    def __str__(self) -> str:
        return _wrap(self.verb, self.bound, self.amount)

    @property
    def amount(self) -> str:
        """The number and unit without comparator or verb: ``5000万元``."""
        return f"{_fmt(_times(self.value, _data.MONEY_UNITS[self.unit], divide=True))}{self.unit}"

    @classmethod
    def parse(cls, s: str) -> Money:
        """Read one amount of money spanning ``s``: ``5000余万元``, ``1,960万元``, ``人民币叁仟伍佰万元整``."""
        return _parse(cls, s, "an amount of money (…元)")

    @staticmethod
    def find(text: str | Text) -> list[Match[Money]]:
        """Every amount of money in ``text``, in reading order (amounts inside rates and ranges excepted)."""
        return _finder(Money)(text)

    def to_dict(self) -> dict[str, JSON]:
        return {**self._common(), "unit": self.unit}

    @classmethod
    def from_dict(cls, d: Mapping[str, JSON]) -> Money:
        unit = read_optional_str(d, "unit") or "元"
        return cls(read_str(d, "value"), _read_bound(d), read_optional_str(d, "verb"), unit)


def _is_measure_word(value: str) -> bool:
    return bool(value) and not any(c.isspace() or c.isdigit() for c in value)


def _count_unit(value: str) -> str:
    # the units the finder reads are checked once, below: no need to look at each character again
    if value not in _KNOWN_COUNT_UNITS and not _is_measure_word(value):
        raise ValueError(f"not a measure word: {value!r}")
    return value


_KNOWN_COUNT_UNITS = frozenset(filter(_is_measure_word, _data.COUNT_UNITS))


def _magnitude(value: Decimal) -> str:
    """A count in the form documents print: 10万 for 100000, 1.5亿 for 150000000, else the plain number."""
    for power, name in ((8, "亿"), (4, "万")):
        if abs(value) >= 10**power:
            scaled = _fmt(value.scaleb(-power))
            if len(scaled.partition(".")[2]) <= 2:
                return f"{scaled}{name}"
    return _fmt(value)


@attrs.frozen
class Count(_Quantity):
    """A number of things: ``value`` and the ``unit`` — the measure word or noun (个/名/家/项/人次 …)."""

    value: Decimal = attrs.field(converter=_decimal)
    unit: str = attrs.field(converter=_count_unit)
    bound: Bound = attrs.field(default="=", converter=_bound)
    verb: str | None = attrs.field(default=None, converter=_verb)

    def __str__(self) -> str:
        return _wrap(self.verb, self.bound, f"{_magnitude(self.value)}{self.unit}")

    @classmethod
    def parse(cls, s: str) -> Count:
        """Read one count spanning ``s``: ``171名``, ``不少于1500人次``, ``10万人次``, ``20余家``."""
        return _parse(cls, s, "a count with its measure word")

    @staticmethod
    def find(text: str | Text) -> list[Match[Count]]:
        """Every count in ``text``, in reading order. Never raises."""
        return _finder(Count)(text)

    def to_dict(self) -> dict[str, JSON]:
        return {**self._common(), "unit": self.unit}

    @classmethod
    def from_dict(cls, d: Mapping[str, JSON]) -> Count:
        return cls(read_str(d, "value"), read_str(d, "unit"), _read_bound(d), read_optional_str(d, "verb"))


def _parts(values: Iterable[Decimal | int | str]) -> tuple[Decimal, ...]:
    parts = tuple(_decimal(v) for v in values)
    if len(parts) < 2 or any(p < 0 for p in parts):
        raise ValueError("a ratio needs two or more parts, none negative")
    return parts


@attrs.frozen
class Ratio:
    """A ratio of two or more parts: ``6:3:1`` → ``parts == (6, 3, 1)``. Read only where the words before it say
    it is a ratio (比例, 按…分配), so a time of day or a score is never one."""

    parts: tuple[Decimal, ...] = attrs.field(converter=_parts)

    def __str__(self) -> str:
        return ":".join(_fmt(p) for p in self.parts)

    @classmethod
    def parse(cls, s: str) -> Ratio:
        """Read a ratio spanning ``s`` (``6:3:1``, ``6∶3∶1``, ``６：３：１``); no context is needed here."""
        t = normalize(s)
        body = t.folded.strip()
        m = _ratio_pattern().fullmatch(body)
        if m is None:
            lead = len(t.folded) - len(t.folded.lstrip())
            raise ParseError("a ratio such as 6:3:1", s, lead)
        return cls(m.group("r").split(":"))

    @staticmethod
    def find(text: str | Text) -> list[Match[Ratio]]:
        """Every ratio in ``text`` whose clause names it one, in reading order. Never raises."""
        return _finder(Ratio)(text)

    def to_dict(self) -> dict[str, JSON]:
        return {"parts": [_fmt(p) for p in self.parts], "text": str(self)}

    @classmethod
    def from_dict(cls, d: Mapping[str, JSON]) -> Ratio:
        return cls(str(part) for part in read_list(d, "parts"))


def _per(values: Iterable[str]) -> tuple[str, ...]:
    per = tuple(values)
    if not per or any(p not in _data.PER_UNITS for p in per):
        raise ValueError(f"per units must come from {_data.PER_UNITS}, not {per!r}")
    return per


@attrs.frozen
class Rate:
    """An amount per unit(s): ``4.1万元/人·年`` → ``amount == Money(41000)``, ``per == ("人", "年")``."""

    amount: Money
    per: tuple[str, ...] = attrs.field(converter=_per)

    def __str__(self) -> str:
        # the comparator wraps the whole rate: 1300元/次以上, not 1300元以上/次
        a = self.amount
        return _wrap(a.verb, a.bound, f"{a.amount}/{'·'.join(self.per)}")

    @classmethod
    def parse(cls, s: str) -> Rate:
        """Read one rate spanning ``s``: ``4.1万元/人·年``, ``100元/人/年``, ``每人每年5元``."""
        return _parse(cls, s, "a rate such as 100元/人·年")

    @staticmethod
    def find(text: str | Text) -> list[Match[Rate]]:
        """Every rate in ``text``, in reading order. Never raises."""
        return _finder(Rate)(text)

    def to_dict(self) -> dict[str, JSON]:
        return {"amount": self.amount.to_dict(), "per": list(self.per), "text": str(self)}

    @classmethod
    def from_dict(cls, d: Mapping[str, JSON]) -> Rate:
        return cls(Money.from_dict(read_dict(d, "amount")), (str(p) for p in read_list(d, "per")))


Quantity: TypeAlias = "Money | Percentage | PercentagePoints | Count"


def _check_range(instance: Range, attribute: Any, high: Quantity) -> None:
    if type(instance.low) is not type(high):
        raise ValueError("a range joins two quantities of one type")
    if isinstance(high, Count) and isinstance(instance.low, Count) and high.unit != instance.low.unit:
        raise ValueError("a range of counts shares one unit")


@attrs.frozen
class Range:
    """Two quantities of one type joined by 至/到/-/~: ``1000万至2000万元``, ``2-3个``, ``4%-6%``."""

    low: Quantity
    high: Quantity = attrs.field(validator=_check_range)

    def __str__(self) -> str:
        return f"{self.low}至{self.high}"

    @classmethod
    def parse(cls, s: str) -> Range:
        """Read one range spanning ``s``; the low end shares the high end's unit when it has none."""
        return _parse(cls, s, "a range of quantities (…至…)")

    @staticmethod
    def find(text: str | Text) -> list[Match[Range]]:
        """Every range of quantities in ``text``, in reading order. Never raises."""
        return _finder(Range)(text)

    def to_dict(self) -> dict[str, JSON]:
        return {
            "type": type(self.high).__name__,
            "low": self.low.to_dict(),
            "high": self.high.to_dict(),
            "text": str(self),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, JSON]) -> Range:
        kind = read_str(d, "type")
        readers: dict[str, Callable[[Mapping[str, JSON]], Quantity]] = {
            "Money": Money.from_dict,
            "Percentage": Percentage.from_dict,
            "PercentagePoints": PercentagePoints.from_dict,
            "Count": Count.from_dict,
        }
        if kind not in readers:
            raise TypeError(f"field 'type' must name a quantity type, not {kind!r}")
        return cls(readers[kind](read_dict(d, "low")), readers[kind](read_dict(d, "high")))


# ---------------------------------------------------------------------------------------------------------------
# Patterns (folded text)


def _alternation(words: Iterable[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


_MAGNITUDES = ("十万", "百万", "千万", "十亿", "百亿", "千亿", "万亿", "亿", "万", "千")


def _unit_alternatives() -> str:
    parts = []
    for unit in sorted(_data.COUNT_UNITS, key=len, reverse=True):
        not_before = _data.COUNT_UNIT_NOT_BEFORE.get(unit)
        parts.append(regex.escape(unit) + (f"(?!{not_before})" if not_before else ""))
    return "|".join(parts)


def _after_the_number() -> str:
    """The part of a quantity after its number (in the number's own branch): approximator, then unit. Read by regex
    (in _core_pattern) and by re (_tail_pattern)."""
    per = _alternation(_data.PER_UNITS)
    mags = _alternation(_MAGNITUDES)
    return rf"""
        \x20?(?P<approx>余|多)?\x20?
        (?:
            (?P<pct>[%‰‱])
          | (?P<pp>个?百分点)
          | (?P<mag>{mags})?\x20?(?P<yuan>[元圆])
            (?:(?P<jiao>[0-9一二三四五六七八九])角)?(?:(?P<fen>[0-9一二三四五六七八九])分)?
            (?P<zheng>整)?(?:\x20?(?P<rmb_after>人民币))?(?P<per>/(?:{per})(?:[·/](?:{per}))*+)?
          | (?P<unit>{_unit_alternatives()})
        )
        """


def _after_the_unit() -> str:
    """What may follow every quantity: (含), a comparator."""
    return rf"""
        (?:\x20?\(含\))?  # 50万元（含）以上: the bound includes the number
        (?P<suffix>{_alternation(_data.SUFFIX_COMPARATORS)})?
        """


@cache
def _core_pattern() -> regex.Pattern[str]:
    """A number with its unit: the part of every quantity that needs no look back."""
    return regex.compile(
        rf"""
        (?=[0-9百千万一二三四五六七八九十两〇零壹贰叁肆伍陆柒捌玖拾])
        (?:
            (?<![{_NUMERAL_END}])(?P<of>百分之|千分之|万分之)(?:(?P<hundred>百)(?!分)|(?P<cn_pct>{NUMBER}))
          | (?<![0-9.])(?P<pp_num>[0-9]++(?:\.[0-9]++)?+)\x20?(?P<pp_bare>百分点)  # NUMBER reads 1百 as 100
          | (?P<num>{NUMBER}){_after_the_number()}
        )
        {_after_the_unit()}
        """,
        regex.VERBOSE,
    )


@cache
def _tail_pattern() -> re.Pattern[str]:
    """What the core pattern reads after a plain run of digits (see numerals.plain_number_end and _core_at). Compiled
    by the standard library's re, which matches it in half the time regex takes (its call costs less)."""
    return re.compile(_after_the_number() + _after_the_unit(), re.VERBOSE)


@cache
def _range_pattern() -> regex.Pattern[str]:
    """The low end of a range and its connective, right before a quantity (1000万至|2-|4%~)."""
    mags = _alternation(_MAGNITUDES)
    unit = rf"(?:[%‰‱]|(?:{mags})?元|个?百分点|{_unit_alternatives()})"
    return regex.compile(rf"(?P<lo>{NUMBER})\x20?(?P<lo_unit>{unit})?(?:\x20?\(含\))?\x20?(?:至|到|--?|~)\x20?\Z")


# What stands before a quantity is read backwards from it: the patterns below match the reversed text before it
# (_prefix), so their parts come in the reverse of reading order and each word is reversed. The standard library's
# re reads them so at well under half the cost of regex's REVERSE mode, whose call is most of it (a prefix is read
# before every quantity after a verb or a comparator); tests/test_quantities.py compares the two readings.
@cache
def _prefix_pattern(shortest_comparator_first: bool = False) -> re.Pattern[str]:
    """What may stand right before a quantity, reversed: 人民币 before money, a comparator before that, a target verb
    before those, 每X每Y before them all (a rate). Read backwards, the first comparator that fits wins;
    ``shortest_comparator_first`` gives the other reading (扩大约: 扩大 + 约, not 扩 + 大约)."""
    per = _alternation(w[::-1] for w in _data.PER_UNITS)
    verbs = _verb_pattern().pattern
    comparators = sorted(_data.PREFIX_COMPARATORS, key=len, reverse=not shortest_comparator_first)
    return re.compile(
        r"(?P<rmb>\x20{0,3}币民人)?"
        rf"(?:\x20?(?P<cmp>{'|'.join(re.escape(c[::-1]) for c in comparators)}))?"
        rf"(?:\x20?了?(?P<verb>{verbs}))?"
        rf"(?:[^\n,.;:，。；：]{{0,6}}?(?P<p2>{per})每(?P<p1>{per})每)?"
    )


@cache
def _verb_pattern() -> re.Pattern[str]:
    """A target verb, reversed (see _prefix_pattern)."""
    return re.compile(_alternation(w[::-1] for w in [*_data.LEVEL_VERBS, *_data.CHANGE_VERBS]))


@cache
def _between_pattern() -> regex.Pattern[str]:
    """The "A与" before B in ``A与B间`` (between A and B), matched right before B."""
    return regex.compile(rf"(?<![{_NUMERAL_END}]){NUMBER}\x20?(?:{_alternation(_data.BETWEEN_JOINERS)})\x20?\Z")


@cache
def _ratio_pattern() -> regex.Pattern[str]:
    part = r"[0-9]++(?:\.[0-9]++)?+"
    return regex.compile(rf"(?<![0-9.:])(?P<r>{part}(?::{part}){{1,7}}+)(?![0-9:]|\.[0-9])")


@cache
def _ratio_context() -> regex.Pattern[str]:
    return regex.compile(rf"(?:{_alternation(_data.RATIO_CONTEXT)})[^\n。；;!?！？]{{0,12}}\Z")


# ---------------------------------------------------------------------------------------------------------------
# Scanning

Value: TypeAlias = "Money | Percentage | PercentagePoints | Count | Rate | Range | Ratio"


class Groups(NamedTuple):
    """A core match's groups, in the order the core pattern's ``Match.groups()`` gives them (those from ``num`` on
    are the tail pattern's, in the same order; tests/test_quantities.py checks both): read from one groups() call
    by position, where a dict of them by name cost a tenth of reading a core."""

    of: str | None
    hundred: str | None
    cn_pct: str | None
    pp_num: str | None
    pp_bare: str | None
    num: str | None
    approx: str | None
    pct: str | None
    pp: str | None
    mag: str | None
    yuan: str | None
    jiao: str | None
    fen: str | None
    zheng: str | None
    rmb_after: str | None
    per: str | None
    unit: str | None
    suffix: str | None


_HEAD_GROUPS = Groups._fields.index("num")  # the core pattern's groups before "num": of, hundred, cn_pct, …


Core: TypeAlias = "tuple[int, int, Groups]"  # a core match: start, end, groups
Candidate: TypeAlias = "tuple[int, int, Value]"

_SINGLE_CHINESE = frozenset("一二三四五六七八九两十")
_LOOK_BACK = 24  # the longest prefix: 每人每年 … 提高到 不低于 人民币


def _money_unit_of(number: str, mag: str | None) -> tuple[str, int]:
    """The unit as written and the factor the parsed number still needs."""
    if mag:
        return f"{mag}元", _data.MONEY_UNITS.get(f"{mag}元", 1)
    stripped = number.replace(" ", "")
    if stripped[-1:] not in _MAGNITUDE_ENDS:
        return "元", 1  # 300元: the common case, decided without trying each magnitude
    # 2.57亿元 is written in 亿元; 三千万元 in 万元 (a Chinese numeral's 千 belongs to the number)
    units = _MONEY_MAGNITUDE_UNITS[any(map(str.isdigit, stripped))]
    for magnitude, unit in units:
        if stripped.endswith(magnitude):
            return unit, 1
    return "元", 1


# (magnitude, money unit) to try against a number's end, longest first: all of them after Arabic digits (True),
# only 万亿/亿/万 after a Chinese numeral (False)
_MONEY_MAGNITUDE_UNITS: dict[bool, tuple[tuple[str, str], ...]] = {
    arabic: tuple(
        (magnitude, f"{magnitude}元")
        for magnitude in sorted(_MAGNITUDES if arabic else ("万亿", "亿", "万"), key=len, reverse=True)
        if f"{magnitude}元" in _data.MONEY_UNITS
    )
    for arabic in (True, False)
}
_MAGNITUDE_ENDS = frozenset(magnitude[-1] for magnitude in _MAGNITUDES)


def _number(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        return parse_decimal(text)
    except ParseError:
        return None


def _one(g: Groups, number: Decimal, bound: Bound, verb: str | None, low: bool = False) -> Quantity | Rate:
    """The value a core match names (its high end for a range), with ``bound`` and ``verb`` applied."""
    if g.of is not None:  # 百分之 / 千分之 / 万分之
        return Percentage(_times(number, {"百分之": 1, "千分之": 10, "万分之": 100}[g.of], divide=True), bound, verb)
    if g.pct is not None:
        factor = _data.PERCENT_SIGNS[g.pct]
        return Percentage(number if factor == 1 else _times(number, factor, divide=True), bound, verb)
    if g.pp is not None or g.pp_bare is not None:
        return PercentagePoints(number, bound, verb)
    if g.yuan is not None:
        unit, factor = _money_unit_of(g.num or "", g.mag)
        amount = number if factor == 1 else _times(number, factor)  # parse_decimal's number needs no tidying
        if g.jiao or g.fen:  # 123元1角1分
            for digit, power in ((g.jiao, 1), (g.fen, 2)):
                if digit:
                    amount += _decimal(parse_decimal(digit)).scaleb(-power)
        money = Money(amount, bound, verb, unit)
        per = g.per
        if per and not low:
            return Rate(money, regex.split(r"[·/]", per[1:]))
        return money
    return Count(number, cast(str, g.unit), bound, verb)


def _low(r: regex.Match[str], g: Groups, high: Quantity) -> Quantity | None:
    """The low end of a range (``r`` matched it before the high end, whose groups are ``g``): its own unit when
    written, else the high end's — 3-5万元 is 3万 to 5万 元."""
    text = r.group("lo")
    value = _number(text)
    if value is None:
        return None
    written = r.group("lo_unit")
    high_text = (g.num or "").replace(" ", "")
    if isinstance(high, Money):
        if written is not None and not written.endswith("元"):
            return None
        unit, factor = _money_unit_of(text, written[:-1] if written else None)
        coefficient = _times(high.value, _data.MONEY_UNITS[high.unit], divide=True)
        if written is None and unit == "元" and high.unit != "元" and value < coefficient:
            # 3-5万元, 一千到两千万元: the low end shares the magnitude; 5千-1万元 does not (5000 > 1)
            unit, factor = high.unit, _data.MONEY_UNITS[high.unit]
        return Money(_times(value, factor), "=", None, unit)
    if isinstance(high, Percentage):
        sign = written if written is not None else g.pct or "%"  # 3-5‰: the low end shares the high end's sign
        if sign not in _data.PERCENT_SIGNS:
            return None
        return Percentage(_times(value, _data.PERCENT_SIGNS[sign], divide=True))
    if isinstance(high, PercentagePoints):
        return PercentagePoints(value) if written is None or "百分点" in written else None
    if written not in (None, high.unit):
        return None
    if written is None and not any(c in text for c in "万亿"):
        for magnitude, factor in (("亿", 10**8), ("万", 10**4)):
            if high_text.endswith(magnitude) and value < _times(high.value, factor, divide=True):
                value = _times(value, factor)
                break
    return Count(value, high.unit)


# Characters that make what follows no quantity: an ordinal's 第, a name's +, a fraction's point, a web address.
_NOT_BEFORE = frozenset("第+.%&=?/_")

# The last characters of whatever can stand right before a quantity; anything else needs no look back.
_PREFIX_ENDS: frozenset[str] = frozenset(
    "了 币" + "".join(w[-1] for w in [*_data.PREFIX_COMPARATORS, *_data.LEVEL_VERBS, *_data.CHANGE_VERBS])
)


@attrs.frozen
class _Prefix:
    """What stands right before a quantity: ``每X每Y`` (``per``), a target verb, a comparator, 人民币."""

    start: int
    per: tuple[str, ...] = ()
    verb: str | None = None
    verb_start: int = 0
    cmp: str | None = None
    cmp_start: int = 0
    rmb_start: int | None = None


def _ends_an_amount(c: str) -> bool:
    """Whether ``c`` can end the low end of a range (4%-6%, 5元-10元, 2-3个): then a following - is no minus sign."""
    return (c.isascii() and c.isalnum()) or c in _NUMERAL_END or c in _UNIT_FIRST or c in "%‰‱)含"


def _prefix(folded: str, begin: int) -> _Prefix | None:
    if begin == 0 or (folded[begin - 1] not in _PREFIX_ENDS and folded.find("每", max(0, begin - 16), begin) < 0):
        return None  # nothing before can end a prefix: the common case, decided without a regex
    back = folded[max(0, begin - _LOOK_BACK) : begin][::-1]  # read backwards from the quantity
    p = _prefix_pattern().match(back)
    if p is None or p.end() == 0:
        return None
    if p.group("cmp") and not p.group("verb"):
        other = _prefix_pattern(shortest_comparator_first=True).match(back)
        if other is not None and other.end() > p.end():
            p = other  # the reading that accounts for more of the text
    # a group's span in the reversed text, end to start, is begin - end … begin - start in folded
    verb, verb_start = _reversed(p.group("verb")), begin - p.end("verb")
    cmp, cmp_start = _reversed(p.group("cmp")), begin - p.end("cmp")
    if cmp and not verb:
        # 节约1万元: the comparator 约 is the end of the verb 节约 — read backwards, the shorter word came first
        cmp_end = begin - p.start("cmp")
        v = _verb_pattern().match(folded[max(0, cmp_end - 4) : cmp_end][::-1])
        if v is not None and cmp_end - v.end() < cmp_start:
            verb, verb_start, cmp = v.group()[::-1], cmp_end - v.end(), None
    rmb = begin - p.end("rmb") if p.group("rmb") else None
    p1, p2 = _reversed(p.group("p1")), _reversed(p.group("p2"))
    per = (p1, p2) if p1 and p2 else ()
    start = begin - p.end() if per or cmp or rmb is not None else verb_start
    return _Prefix(start, per, verb, verb_start, cmp, cmp_start, rmb)


def _reversed(word: str | None) -> str | None:
    return None if word is None else word[::-1]


def _after_a_low_end(folded: str, start: int) -> bool:
    """Whether what stands right before ``start`` may be a range's low end and connective, as _range_pattern reads
    them: a connective (至, 到, -, --, ~), then at most one space, after what a number, a unit or (含) ends with
    (at most one space between). Most connectives before a quantity end a verb (提高至, 达到): no search then."""
    at = start - 1
    if at > 0 and folded[at] == " ":
        at -= 1
    if at < 1 or folded[at] not in _CONNECTIVES:
        return False
    at -= 1
    if at > 0 and folded[at] == "-" and folded[at + 1] == "-":
        at -= 1  # the connective --
    if at > 0 and folded[at] == " ":
        at -= 1
    return folded[at] in _LOW_END_LAST


_CONNECTIVES = frozenset("至到-~")


def _after_a_joiner(folded: str, start: int) -> bool:
    """Whether a joiner of ``A与B间`` (与, 和, 及) ends right before ``start`` (perhaps a space between), as
    _between_pattern needs: its search tries every place before a count in 间 otherwise, each with the whole
    numeral pattern."""
    at = start - 1
    if at > 0 and folded[at] == " ":
        at -= 1
    return at > 0 and folded[at] in _JOINER_ENDS


_JOINER_ENDS = frozenset(joiner[-1] for joiner in _data.BETWEEN_JOINERS)


def _core_value(folded: str, core: Core) -> Candidate | None:
    start, end, g = core
    before = folded[start - 1] if start > 0 else ""
    if (before in _NOT_BEFORE and folded[start - 2 : start] not in (">=", "<=")) or (
        before.isascii() and before.isalpha()
    ):
        return None  # 第三批 is an ordinal, 4+7 a name, .5 a fragment, %28 or q=30 part of a web address
    if end < len(folded) and (folded[end] == "+" or (folded[end].isascii() and folded[end].isalpha())):
        return None  # 15K: not a quantity this library reads
    number_text = "百" if g.hundred else g.cn_pct or g.pp_num or g.num
    number = Decimal(100) if g.hundred else _number(number_text)
    if number is None:
        return None
    signed = before == "负" or (before == "-" and (start < 2 or not _ends_an_amount(folded[start - 2])))
    if signed and (g.pct or g.of or g.pp or g.pp_bare):
        number, start = -number, start - 1  # 负3.9%, -22.2%: a fall written as a signed rate
    suffix = g.suffix
    approx = g.approx
    # a range: its low end and connective right before
    r = None
    if _after_a_low_end(folded, start) and g.cn_pct is None and not approx:
        r = _range_pattern().search(folded, max(0, start - _LOOK_BACK), start)
    begin = start if r is None else r.start()
    p = _prefix(folded, begin)
    prefix_bound = _data.PREFIX_COMPARATORS.get(p.cmp) if p and p.cmp else None
    verb = p.verb if p else None
    if (
        (g.unit is not None or g.yuan is not None)
        and number_text in _SINGLE_CHINESE
        and prefix_bound is None
        and not (number_text == "十" and approx)  # 十余家, 十多个: 余/多 is the comparator
    ):
        return None  # 一个机制, 二元结构, 降低一个档次: a lone Chinese digit counts only after a comparator
    if (
        g.unit in _data.BETWEEN_UNITS
        and _after_a_joiner(folded, start)
        and _between_pattern().search(folded, max(0, start - _MARGIN), start)
    ):
        return None  # 10000与20000间: between two numbers, not 20000 rooms
    value: Value
    if r is not None:
        if prefix_bound is not None or suffix:
            return None
        high = _one(g, number, "=", None, low=True)
        if high is None or isinstance(high, Rate):
            return None
        low = _low(r, g, high)
        if low is None or low.value >= high.value:
            return None
        value = Range(low, high)
    else:
        bound = cast(
            Bound,
            prefix_bound
            or (_data.SUFFIX_COMPARATORS[suffix] if suffix else None)
            or (_data.APPROXIMATORS[approx] if approx else "="),
        )
        single = _one(g, number, bound, verb)
        if single is None:
            return None
        value = single
    if p is not None:
        if p.per and isinstance(value, Money):
            value, begin = Rate(value, p.per), p.start
        elif p.verb and not isinstance(value, Range):
            begin = p.verb_start
        elif p.cmp:
            begin = p.cmp_start
        elif isinstance(value, Money) and p.rmb_start is not None:
            begin = p.rmb_start
    return begin, end, value


# Every core match holds a numeral followed, within a few spaces, approximators and magnitudes, by the first
# character of a unit (or opens with 百分之); every ratio holds a colon between digits. Those cores are found by
# one cheap pass. A core match starts in the run of number characters that ends at its core (or at 百分之), so
# the pattern is tried only at those positions, as finditer would try them; ratios run in windows around their
# colons (see scan.windows). A number or a ratio is never longer than _MARGIN characters.
# _core_starts matches one character, where a core starts, and looks ahead for the rest: so consecutive numerals each
# open a core of their own (5000余百分之5: the 百 too), as an overlapped search would give. It is compiled by the
# standard library's re, which steps over a character class about five times faster than regex does here — and
# only when the pattern opens with that one class, outside any group or alternation, does re skip ahead by it
# (another three times faster): so the 百分之 branch (its empty "of" group) is tested after the character.
_NUMERAL_END = "0-9一二三四五六七八九十两百千万亿〇零壹贰叁肆伍陆柒捌玖拾佰仟"
_UNIT_FIRST = "".join(sorted({u[0] for u in _data.COUNT_UNITS} | set("%‰‱元圆个百")))
_RATIO_CORE = re.compile(r":(?<=[0-9]:)(?=[0-9])")  # the literal first, for re to skip ahead by
_MARGIN = 32
_NUMBER_CHARS = frozenset("0123456789,.点〇○零一二三四五六七八九十两百千万亿壹贰叁肆伍陆柒捌玖拾佰仟")
# The characters a range's low end may end with (its number, its unit, or (含)): see _after_a_low_end.
_LOW_END_LAST = _NUMBER_CHARS | {unit[-1] for unit in _data.COUNT_UNITS} | frozenset("%‰‱元)")


@cache
def _core_starts() -> re.Pattern[str]:
    return re.compile(
        rf"[{_NUMERAL_END}](?:(?P<of>(?<=[百千万])(?=分之))|(?=[\x20余多万亿千百十]{{0,7}}[{_UNIT_FIRST}]))"
    )


def _core_matches(folded: str, pos: int = 0, endpos: int | None = None) -> Iterator[Core]:
    """What ``_core_pattern().finditer(folded)`` yields from ``pos`` to ``endpos`` (as _core_at reads it), found by
    trying the pattern only where a match can start."""
    last_end = pos
    for core in _core_starts().finditer(folded, pos, len(folded) if endpos is None else endpos):
        at = core.start()
        if at < last_end:
            continue
        begin = at
        if core.group("of") is None:
            limit = max(last_end, at - _MARGIN)
            while begin > limit and folded[begin - 1] in _NUMBER_CHARS:
                begin -= 1
        for position in range(max(begin, last_end), at + 1):
            m = _core_at(folded, position)
            if m is not None:
                last_end = m[1]
                yield m
                break


def _core_at(folded: str, position: int, *, plain: bool = True) -> Core | None:
    """The core pattern's match at ``position``. Most numbers are plain runs of digits, which the pattern's number
    branches read as nothing else: then only what follows the run is matched, by _tail_pattern (about a third of
    the cost; ``plain=False`` always runs the whole pattern — tests compare the two)."""
    run_end = plain_number_end(folded, position) if plain else None
    if run_end is None:
        m = _core_pattern().match(folded, position)
        return None if m is None else _core_of(m)
    tail = _tail_pattern().match(folded, run_end)
    if tail is None:
        return None
    return position, tail.end(), Groups._make((*(None,) * _HEAD_GROUPS, folded[position:run_end], *tail.groups()))


def _core_of(m: regex.Match[str]) -> Core:
    return m.start(), m.end(), Groups._make(m.groups())  # groupdict() costs 30×


# No quantity, nor anything read to decide one, holds a line break or a 。 (no pattern here reads one inside a
# match), so the text divides at them into sentences that can be read on their own and in any order: a caller who
# asks only for money reads the sentences that hold 元 or 圆 (test_quantities: test_pieces_read_alone_agree_…).
_MONEY_WORDS = ("元", "圆")


def _gaps(pieces: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """What ``pieces`` (in order, apart) leave of ``[0, length)``: sentences again, each opening with a break."""
    ends = [0] + [e for _, e in pieces]
    starts = [s for s, _ in pieces] + [length]
    return [(e, s) for e, s in zip(ends, starts, strict=True) if e < s]


def _scan(folded: str, pieces: list[tuple[int, int]] | None = None, *, windowed: bool = True) -> list[Candidate]:
    """Every quantity in ``folded`` (in ``pieces`` of it: see _MONEY_WORDS), leftmost first, without overlaps."""
    found: list[Candidate] = []
    if pieces is None or not windowed:
        pieces = [(0, len(folded))]
    for pos, endpos in pieces:
        cores = _core_matches(folded, pos, endpos) if windowed else map(_core_of, _core_pattern().finditer(folded))
        for core in cores:
            candidate = _core_value(folded, core)
            if candidate is not None:
                found.append(candidate)
        ratios = (
            m
            for start, end in (
                windows(folded, _RATIO_CORE, _MARGIN, _MARGIN, pos=pos, endpos=endpos) if windowed else pieces
            )
            for m in _ratio_pattern().finditer(folded, start, end)
        )
        for m in ratios:
            context = _ratio_context().search(folded, max(0, m.start() - 16), m.start())
            after = folded[m.end() : m.end() + 3]
            if context is not None or after.startswith(("的比例", "比例")):
                found.append((m.start(), m.end(), Ratio(m.group("r").split(":"))))
    found.sort(key=lambda c: (c[0], -c[1]))
    kept: list[Candidate] = []
    last_end = -1
    for c in found:
        if c[0] >= last_end:
            kept.append(c)
            last_end = c[1]
        elif isinstance(c[2], Range) and c[0] >= kept[-1][0] and c[1] > last_end:
            # 控制在5%-8%: the amount read first (控制在5%) is the range's low end, not a target of its own
            kept[-1] = c
            last_end = c[1]
    return _respectively(folded, kept)


_SUFFIXES_LONGEST = tuple(sorted(_data.SUFFIX_COMPARATORS, key=len, reverse=True))


def _respectively(folded: str, found: list[Candidate]) -> list[Candidate]:
    """``分别控制在4.5‰、6‰以下``: a list after 分别 shares its first member's verb and its last member's suffix
    comparator; each member keeps its own span."""
    out = list(found)
    i = 0
    while i < len(out):
        start, _, first = out[i]
        if not isinstance(first, (Money, Percentage, PercentagePoints, Count)) or not folded[
            max(0, start - 3) : start
        ].endswith(_data.RESPECTIVELY):
            i += 1
            continue
        j = i
        while (
            j + 1 < len(out)
            and folded[out[j][1] : out[j + 1][0]] in _data.LIST_SEPARATORS
            and type(out[j + 1][2]) is type(first)
        ):
            j += 1
        last_end, last = out[j][1], out[j][2]
        suffix = folded.endswith(_SUFFIXES_LONGEST, 0, last_end)  # no copy of the text before
        for k in range(i, j + 1):
            s, e, member = out[k]
            assert isinstance(member, (Money, Percentage, PercentagePoints, Count))
            verb = member.verb if member.verb is not None else first.verb
            bound = last.bound if suffix and member.bound == "=" and isinstance(last, _Quantity) else member.bound
            if (verb, bound) != (member.verb, member.bound):
                out[k] = (s, e, attrs.evolve(member, verb=verb, bound=bound))
        i = j + 1
    return out


@attrs.define
class _Read:
    """The quantities of one text, read as far as asked: only the pieces holding money while only money (or
    rates of money) is asked for, the rest once another kind is."""

    money_pieces: list[tuple[int, int]] | None = None
    in_money_pieces: list[Candidate] | None = None
    everything: list[Candidate] | None = None


def _candidates(t: Text, money_only: bool) -> list[Candidate]:
    read = t.cached("quantities:read", lambda _: _Read())
    if read.everything is not None:
        return read.everything
    folded = t.folded
    if read.money_pieces is None or read.in_money_pieces is None:
        if not money_only:
            read.everything = _scan(folded)
            return read.everything
        read.money_pieces = sentences(folded, _MONEY_WORDS)
        read.in_money_pieces = _scan(folded, read.money_pieces)
    if money_only:
        return read.in_money_pieces
    rest = _scan(folded, _gaps(read.money_pieces, len(folded)))
    read.everything = sorted(read.in_money_pieces + rest, key=lambda c: c[0])
    return read.everything


def _all(t: Text) -> list[Match[Any]]:
    def compute(t: Text) -> list[Match[Any]]:
        return [Match(_KIND_OF[type(v)], v, s, e, t.original[s:e]) for s, e, v in _candidates(t, False)]

    return t.cached("quantities:all", compute)


_KIND_OF: dict[type, str] = {
    Money: "money",
    Percentage: "percentage",
    PercentagePoints: "percentage_points",
    Count: "count",
    Ratio: "ratio",
    Rate: "rate",
    Range: "quantity_range",
}


_MONEY_KINDS = {"money": Money, "rate": Rate}  # their values hold 元 or 圆


def _kind_finder(kind: str) -> Callable[[Text], list[Match[Any]]]:
    def find(t: Text) -> list[Match[Any]]:
        if kind in _MONEY_KINDS and "quantities:all" not in t._cache:
            cls = _MONEY_KINDS[kind]
            candidates = _candidates(t, money_only=True)
            return [Match(kind, v, s, e, t.original[s:e]) for s, e, v in candidates if type(v) is cls]
        return [m for m in _all(t) if m.kind == kind]

    return find


for _kind in _KIND_OF.values():
    register(_kind, _kind_finder(_kind), masked_by=("doc_number",))
