"""Chinese numerals: positional, 大写, mixed and digit-by-digit forms ↔ ``int`` / ``Decimal``.

Government documents write numbers four ways, and zhpolicy reads them all:

* **positional** (小写) — 一千二百三十四, 十二, 两万, 一万零五, 三千万: a digit before each unit (十 百 千, then 万 and
  亿 which multiply everything before them: 三万亿 = 3 × 10¹²); 零 (or 〇) marks skipped places, once per gap;
* **大写** (financial) — 叁仟伍佰万, 壹拾: the same grammar in the anti-forgery digits 壹贰叁肆伍陆柒捌玖 and
  units 拾佰仟, used for sums of money; hand-filled forms mix the scripts (壹百万), which is read too;
* **mixed** — Arabic digits with a Chinese magnitude: 3千万, 1.2万, 2.57亿, 5000万, 1亿2000万;
* **digit-by-digit** — 二〇二〇, 二零二一: one character per digit, used for years in dates.

GB/T 15835-2011 (numerals in publications) says which form to use where; GB/T 9704-2012 prints 发文字号 and the
date of issue in Arabic digits and numbers outline levels in Chinese (一、（一）). Older documents and prose use all
four. Arabic numbers may carry thousands separators (1,960; 12,345.67 — a comma followed by exactly three digits).
Input may be in traditional script or full width (萬, 兩, 貳, ２０２０): it is folded first.

    >>> from zhpolicy.numerals import parse_int, parse_decimal, to_chinese, to_financial, to_chinese_digits
    >>> parse_int("一千二百三十四"), parse_int("叁仟伍佰萬"), parse_int("二〇二〇"), parse_int("１,９６０")
    (1234, 35000000, 2020, 1960)
    >>> parse_decimal("2.57亿"), parse_decimal("一点五")
    (Decimal('257000000'), Decimal('1.5'))
    >>> to_chinese(105), to_chinese(20000000), to_financial(1010), to_chinese_digits(2020)
    ('一百零五', '二千万', '壹仟零壹拾', '二〇二〇')

Malformed numerals raise :class:`~zhpolicy.errors.ParseError`:

    >>> parse_int("一一一万")
    Traceback (most recent call last):
    ...
    zhpolicy.errors.ParseError: expected an integer numeral at offset 3: 一一一▶万

The pattern sources :data:`NUMBER`, :data:`INTEGER`, :data:`ARABIC` and :data:`CHINESE_DIGITS` are for other parsers
to embed (they hold no capture groups, and match *folded* text). A numeral never starts or ends inside a longer run
of numeral characters, so 十二五 (a plan's name) and 一一一万 yield nothing rather than a wrong number:

    >>> import regex
    >>> [m.group() for m in regex.finditer(NUMBER, "投入资金2.57亿元，共一千二百三十四人，十二五期间")]
    ['2.57亿', '一千二百三十四']
"""

from __future__ import annotations

import re
from decimal import Decimal, Inexact, localcontext
from functools import cache, lru_cache

import regex

from . import _numerals_data as _data
from .errors import ParseError
from .text import normalize

__all__ = [
    "ARABIC",
    "CHINESE_DIGITS",
    "INTEGER",
    "NUMBER",
    "parse_decimal",
    "parse_int",
    "plain_number_end",
    "to_chinese",
    "to_chinese_digits",
    "to_financial",
]

# Rendering covers 0 ≤ n < 10¹⁶: the largest unit is 万亿 (10¹²), and 9999万亿 still fits below 亿亿.
_LIMIT = 10**16


# ---------------------------------------------------------------------------------------------------------------
# Pattern sources. Everything below is a plain string; compilation happens lazily in the functions at the end.


def _positional(*, digits: str, two: str, zero: str, bare_ten: str) -> str:
    """Regex source of a positional integer (1 … 10¹⁶ - 1), without boundaries.

    ``digits`` are 1 … 9, ``two`` extra characters allowed as the multiplier of 百/千/万/亿 and alone (两), ``zero``
    the gap marks, ``bare_ten`` the ten that may stand without a digit where it leads the number or follows a zero
    (十二, 一千零十). The grammar is exact: one zero per gap, a zero only where a place is skipped, a trailing digit
    after 百/千/万/亿 only behind a zero (一万五 is colloquial for 15 000, so it is refused rather than read as 10 005).
    """
    d = f"[{digits}]"
    d2 = f"[{digits}{two}]"
    z = f"[{zero}]"
    # 千 before 瓦/克/米… is the kilo of a unit (千瓦), not a magnitude.
    th = f"{d2}[{_data.THOUSANDS}](?![{_data.KILO_UNIT_TAILS}])"
    hu = f"{d2}[{_data.HUNDREDS}]"
    te = f"{d}[{_data.TENS}]"
    te_free = f"(?:{te}|{bare_ten})"  # after a zero or at the very start
    tail2 = f"(?:{te}{d}?|{z}{d})?"
    tail3 = f"(?:{hu}{tail2}|{z}(?:{te_free}{d}?|{d}))?"
    full = f"{th}{tail3}"  # a section with its thousands place: follows 万/亿 without a gap
    low = f"(?:{hu}{tail2}|{te_free}{d}?|{d})"  # a section below a thousand: follows a zero
    lead = f"(?:{full}|{hu}{tail2}|{te_free}{d}?|{d2})"  # the first section of a number
    after_zero = f"(?:{full}|{low})"
    wan, yi = "万", "亿"
    below_yi_tail = f"(?:{full}|{z}{low})?"  # what may follow X万
    lead_below_yi = f"{lead}(?:{wan}{below_yi_tail})?"
    after_yi = f"(?:{full}{wan}{below_yi_tail}|{z}{low}{wan}{below_yi_tail}|{z}{after_zero})?"
    return f"(?:{lead_below_yi}(?:{yi}{after_yi})?)"


_ZEROS = _data.ORDINARY_ZEROS
_UNITS = _data.TENS + _data.HUNDREDS + _data.THOUSANDS + "万亿"
# Ordinary and 大写 share one grammar (壹百万 and 一千贰百 are read too); a lone 大写 digit is left out of the
# embeddable patterns (伍 in 队伍, 陆 in 大陆, 参 in 参加 are no numbers), and 大写 writes 壹拾, never a bare 拾.
_POSITIONAL = f"(?![{_data.FINANCIAL_DIGITS}](?![{_UNITS}]))" + _positional(
    digits=_data.ORDINARY_DIGITS + _data.FINANCIAL_DIGITS, two=_data.TWO, zero=_ZEROS, bare_ten="十"
)

_PLACE_DIGITS = _data.PLACE_ZEROS + _data.ORDINARY_DIGITS
_FRACTION = f"{_data.POINT}[{_PLACE_DIGITS}]++"

# Arabic: 1,960 and 12,345.67 (groups of exactly three after a comma), or a plain run of digits.
_ARABIC_INT = "(?>[0-9]{1,3}(?:,[0-9]{3})++(?![0-9])|[0-9]++)"
_ARABIC_DEC = rf"{_ARABIC_INT}(?:\.[0-9]++)?+"
_KILO = f"千(?![{_data.KILO_UNIT_TAILS}])"
# Spaces may stand between digits and 万/亿 (2.91 亿元: text pasted from PDF keeps the typesetter's gap); a number
# never ends before such a gap, so 2.91 alone is never read there.
_MAGNITUDE = f"(?:\\x20{{0,2}}(?:百|{_KILO})?(?:万亿|亿|万)|百|{_KILO})"
# 1亿2000万, 2亿3千万: the only compound mixed form documents print.
_COMPOUND = f"{_ARABIC_INT}亿(?:[0-9]{{1,4}}万|[1-9]{_KILO}万)"

# Boundaries: a numeral never starts right after, or ends right before, another numeral character of the same run
# (十二五 is a plan's name, 5万4千 a colloquial compound). A comma may separate two numbers (1，2，3 folds to 1,2,3);
# a point may not (1.5.3 is a clause number, not 1.5 and 3). Word tables keep 队伍三百人 and 十万参加 readable.
_RUN = _data.ORDINARY_DIGITS + _data.TWO + _data.PLACE_ZEROS + _UNITS + _data.MEGA
_ALL_NUMERAL_CHARS = _RUN + _data.FINANCIAL_DIGITS
_ENDING_WORDS = "|".join(_data.WORDS_ENDING_IN_A_DIGIT)
_STARTING_WORDS = "|".join(_data.WORDS_STARTING_WITH_A_DIGIT)
_BEFORE_ARABIC = f"(?<![0-9{_data.PLACE_ZEROS}{_UNITS}{_data.MEGA}]|[0-9]\\.|[0-9]{_data.POINT})"
_NOT_IN_A_RUN = f"(?<![{_RUN}0-9]|[{_ALL_NUMERAL_CHARS}0-9]{_data.POINT})"
_NOT_AFTER_A_DIGIT = f"(?:(?<={_ENDING_WORDS})|(?<![{_data.FINANCIAL_DIGITS}]))"  # 大写 digits end some words
_NOT_APPROXIMATE = f"(?!(?<=[{_data.APPROXIMATORS}])十)"  # 数十亿 is no 十亿
_BEFORE_CHINESE = _NOT_IN_A_RUN + _NOT_AFTER_A_DIGIT + _NOT_APPROXIMATE
_RUN_GOES_ON = f"[0-9]|\\.[0-9]|\\x20*+[万亿]|(?!{_STARTING_WORDS})[{_ALL_NUMERAL_CHARS}]"
_AFTER = f"(?!{_RUN_GOES_ON})"
_AFTER_INTEGER = f"(?!{_RUN_GOES_ON}|{_data.POINT}[{_PLACE_DIGITS}])"  # 一点五 holds no integer

# Checking the first character before the lookbehinds makes a scan ~15 times faster on running text.
_FIRST = f"(?=[0-9{_ALL_NUMERAL_CHARS}])"

# A Chinese decimal: 一点五, 零点五, 三点五万 (a magnitude only after a small integer part), 一万二千点五.
_CHINESE_DEC = f"(?:(?:{_POSITIONAL}|[{_ZEROS}]){_FRACTION}(?:万亿|亿|万)?)"

ARABIC: str = f"(?:(?=[0-9]){_BEFORE_ARABIC}{_ARABIC_DEC}(?![0-9]|\\.[0-9]))"
"""An Arabic number with optional thousands separators and decimals (``1,960``, ``12,345.67``, ``2020``)."""

CHINESE_DIGITS: str = (
    f"(?:(?=[{_data.ORDINARY_DIGITS}])(?<![{_ALL_NUMERAL_CHARS}0-9])"
    f"[{_data.ORDINARY_DIGITS}][{_PLACE_DIGITS}]++(?![{_ALL_NUMERAL_CHARS}0-9]))"
)
"""Two or more digit-by-digit Chinese digits not starting with zero (``二〇二〇``, ``二零二一``), as in years."""

INTEGER: str = (
    f"(?:{_FIRST}(?:{_BEFORE_ARABIC}(?:{_COMPOUND}|{_ARABIC_INT}{_MAGNITUDE}|{_ARABIC_INT}){_AFTER_INTEGER}"
    f"|{_BEFORE_CHINESE}{_POSITIONAL}{_AFTER_INTEGER}))"
)
"""One integer written without a decimal point: Arabic, positional, 大写 or mixed (``3千万``, ``5000万``)."""

NUMBER: str = (
    f"(?:{_FIRST}(?:{_BEFORE_ARABIC}(?:{_COMPOUND}|{_ARABIC_DEC}{_MAGNITUDE}|{_ARABIC_DEC}){_AFTER}"
    f"|{_BEFORE_CHINESE}(?:{_CHINESE_DEC}|{_POSITIONAL}){_AFTER}))"
)
"""One number in any form but digit-by-digit: what :data:`INTEGER` matches, plus ``1.5``, ``2.57亿``, ``一点五``."""

# A plain run of digits (85, 2.57), perhaps with 万/亿/万亿 after it (300万, 2.91 亿: up to two spaces, as _MAGNITUDE
# allows), is all NUMBER can match where it starts when none of these characters stands right before it or next
# after it and its spaces: no separator, decimal, other magnitude or Chinese numeral can extend it, shorten it or
# make it another number.
_PLAIN_RUN = re.compile(r"(?P<number>[0-9]+(?:\.[0-9]+)?(?:\x20{0,2}(?:万亿|亿|万))?)\x20*")
_BESIDE_A_PLAIN_RUN = frozenset(f"{_ALL_NUMERAL_CHARS}0123456789.,{_data.POINT}")


def plain_number_end(text: str, pos: int) -> int | None:
    """Where the number :data:`NUMBER` matches at ``pos`` of ``text`` (folded) ends, when it is a plain run of digits
    with perhaps 万, 亿 or 万亿 after it — ``None`` when it may be anything else (or nothing), and only matching
    :data:`NUMBER` tells.

    Most numbers in documents are written so; a parser that embeds :data:`NUMBER` can read them without the pattern:

        >>> plain_number_end("增长85%", 2), plain_number_end("投入2.57亿元", 2), plain_number_end("1,960万元", 0)
        (4, 7, None)
    """
    if pos > 0 and text[pos - 1] in _BESIDE_A_PLAIN_RUN:
        return None
    run = _PLAIN_RUN.match(text, pos)
    if run is None or (run.end() < len(text) and text[run.end()] in _BESIDE_A_PLAIN_RUN):
        return None
    return run.end("number")


# Whole strings accepted by the parsers: the embeddable forms plus the ones too ambiguous to look for in running
# text (a lone 大写 digit, a lone zero).
_WHOLE_INTEGER = f"(?:{INTEGER}|{CHINESE_DIGITS}|[{_data.FINANCIAL_DIGITS}]|[{_data.PLACE_ZEROS}])"
_WHOLE_NUMBER = f"(?:{NUMBER}|{CHINESE_DIGITS}|[{_data.FINANCIAL_DIGITS}]|[{_data.PLACE_ZEROS}])"


@cache
def _compiled(source: str) -> regex.Pattern[str]:
    return regex.compile(source)


@cache
def _token_pattern() -> regex.Pattern[str]:
    return regex.compile(f"[0-9][0-9,]*+(?:\\.[0-9]++)?+|{_data.POINT}[{_PLACE_DIGITS}]++|.", regex.DOTALL)


# ---------------------------------------------------------------------------------------------------------------
# Parsing


def _prepare(s: str) -> tuple[str, int]:
    """The folded string without surrounding whitespace, and the offset of its start in ``s``."""
    folded = normalize(s).folded
    stripped = folded.strip()
    return stripped, len(folded) - len(folded.lstrip())


def _fail(expected: str, s: str, body: str, start: int, source: str) -> ParseError:
    """A ParseError pointing at the first character that cannot continue a valid numeral."""
    pattern = _compiled(source)
    offset = 0
    for end in range(1, min(len(body), 64) + 1):
        if pattern.fullmatch(body[:end], partial=True) is None:
            offset = end - 1
            break
    else:
        offset = min(len(body), 64)
    return ParseError(expected, s, start + offset)


def _digit_by_digit(body: str) -> int:
    # through Decimal: int(str) refuses more than 4300 digits, int(Decimal) does not
    return int(Decimal("".join(str(_data.DIGIT_VALUES[c]) for c in body)))


def _exact(body: str) -> Decimal:
    """The value of a string known to match the grammar, computed without rounding (Inexact would raise)."""
    with localcontext() as context:
        # every character adds at most one digit, every 万/亿 at most eight: this precision never rounds
        context.prec = 8 * len(body) + 40
        context.traps[Inexact] = True
        return _evaluate(body)


def _evaluate(body: str) -> Decimal:
    """The value of a string already known to match the grammar (the grammar, not this loop, rejects bad forms)."""
    groups: list[tuple[Decimal, int]] = []  # finished parts ending in 万/亿, with the power they carry
    section = Decimal(0)  # the part below the last 万/亿: 二千三百 of 一万二千三百
    digit: Decimal | None = None
    for token in _token_pattern().findall(body):
        first = token[0]
        if first == " ":
            continue
        if "0" <= first <= "9":
            digit = Decimal(token.replace(",", ""))
        elif first == _data.POINT and len(token) > 1:
            fraction = Decimal("0." + "".join(str(_data.DIGIT_VALUES[c]) for c in token[1:]))
            digit, section = section + (digit or 0) + fraction, Decimal(0)
        elif first in _data.DIGIT_VALUES:
            # a zero only marks a gap: 一千零十 is 1000 + 十, not 1000 + 0 × 10
            digit = Decimal(_data.DIGIT_VALUES[first]) if _data.DIGIT_VALUES[first] else None
        elif first in _data.SMALL_UNITS:
            section += (Decimal(1) if digit is None else digit) * _data.SMALL_UNITS[first]
            digit = None
        else:
            unit = _data.BIG_UNITS[first]
            value, power = section + (digit or 0), 1
            while groups and groups[-1][1] < unit:
                smaller, smaller_power = groups.pop()
                value += smaller
                power = max(power, smaller_power)
            groups.append((value * unit, unit * power))
            section, digit = Decimal(0), None
    return sum((g for g, _ in groups), Decimal(0)) + section + (digit or 0)


def _canonical(value: Decimal) -> Decimal:
    """An exact Decimal without exponent noise: Decimal('257000000'), Decimal('1.5')."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    with localcontext() as context:
        context.prec = len(value.as_tuple().digits)  # normalize() rounds to the context precision
        return value.normalize()


def parse_decimal(s: str) -> Decimal:
    """The value of one number spanning ``s`` (surrounding whitespace allowed), exactly.

    Accepts every form :data:`NUMBER` matches (Arabic with separators and decimals, positional, 大写, mixed like
    ``2.57亿``, Chinese decimals like ``一点五``), digit-by-digit numerals, and a lone 大写 digit or zero.

        >>> parse_decimal("12,345.67"), parse_decimal("1.2萬"), parse_decimal("三点五万")
        (Decimal('12345.67'), Decimal('12000'), Decimal('35000'))
    """
    return _parse_decimal(s)


@lru_cache(maxsize=4096)
def _parse_decimal(s: str) -> Decimal:
    body, start = _prepare(s)
    if not body:
        raise ParseError("a number", s, start)
    if _compiled(_WHOLE_NUMBER).fullmatch(body) is None:
        raise _fail("a number", s, body, start, _WHOLE_NUMBER)
    if _compiled(CHINESE_DIGITS).fullmatch(body) is not None:
        return Decimal(_digit_by_digit(body))
    return _canonical(_exact(body))


def parse_int(s: str) -> int:
    """The value of one integer spanning ``s`` (surrounding whitespace allowed).

    Accepts every form :data:`INTEGER` matches, digit-by-digit numerals (``二〇二〇`` → 2020), a lone 大写 digit or
    zero, and mixed forms whose value is whole (``2.57亿``). ``1.5`` and ``一点五`` raise :class:`ParseError`.

        >>> parse_int("两万"), parse_int("一万零五"), parse_int("3千万"), parse_int("壹拾")
        (20000, 10005, 30000000, 10)
    """
    return _parse_int(s)


# Documents repeat the same few numerals (heading numbers, years, months) thousands of times.
@lru_cache(maxsize=4096)
def _parse_int(s: str) -> int:
    body, start = _prepare(s)
    if not body:
        raise ParseError("an integer numeral", s, start)
    if _compiled(_WHOLE_INTEGER).fullmatch(body) is None:
        if _compiled(_WHOLE_NUMBER).fullmatch(body) is not None:
            value = parse_decimal(body)
            if value == value.to_integral_value():
                return int(value)
        raise _fail("an integer numeral", s, body, start, _WHOLE_INTEGER)
    if _compiled(CHINESE_DIGITS).fullmatch(body) is not None:
        return _digit_by_digit(body)
    return int(_exact(body))


# ---------------------------------------------------------------------------------------------------------------
# Rendering


def _section(n: int, digits: str, units: tuple[str, ...], bare_ten: bool) -> str:
    """1 ≤ n ≤ 9999 in positional form; one zero per gap; 十 without 一 only when ``bare_ten``."""
    out: list[str] = []
    started = gap = False
    for place in (3, 2, 1, 0):
        d = n // 10**place % 10
        if d == 0:
            gap = started
            continue
        if gap:
            out.append(digits[0])
            gap = False
        if place == 1 and d == 1 and bare_ten and not started:
            out.append(units[1])
        else:
            out.append(digits[d] + units[place])
        started = True
    return "".join(out)


def _below_yi(n: int, digits: str, units: tuple[str, ...], lead: bool) -> str:
    """1 ≤ n < 10⁸ in positional form."""
    wan, rest = divmod(n, 10**4)
    if not wan:
        return _section(rest, digits, units, lead)
    out = _section(wan, digits, units, lead) + "万"
    if rest:
        out += (digits[0] if rest < 1000 else "") + _section(rest, digits, units, False)
    return out


def _positional_text(n: int, digits: str, units: tuple[str, ...], bare_ten: bool) -> str:
    if not 0 <= n < _LIMIT:
        raise ValueError(f"{n} is outside 0 … 10**16 - 1")
    if n == 0:
        return digits[0]
    yi, rest = divmod(n, 10**8)
    if not yi:
        return _below_yi(rest, digits, units, bare_ten)
    out = _below_yi(yi, digits, units, bare_ten) + "亿"
    if rest:
        out += (digits[0] if rest < 10**7 else "") + _below_yi(rest, digits, units, False)
    return out


def to_chinese(n: int) -> str:
    """``n`` (0 ≤ n < 10¹⁶) as a positional numeral: 1234 → 一千二百三十四.

    十 stands alone only at the very start (10 → 十, 15 → 十五, 100000 → 十万); elsewhere it is written 一十
    (110 → 一百一十, 1010 → 一千零一十). Zero is 零, written once per gap; 2 is always 二 (never 两).

        >>> to_chinese(0), to_chinese(10), to_chinese(100000), to_chinese(110), to_chinese(300000000000)
        ('零', '十', '十万', '一百一十', '三千亿')
    """
    return _positional_text(n, _data.TO_CHINESE_DIGITS, _data.TO_CHINESE_UNITS, bare_ten=True)


def to_financial(n: int) -> str:
    """``n`` (0 ≤ n < 10¹⁶) in 大写: 35000000 → 叁仟伍佰万. 拾 always has its digit (10 → 壹拾).

    >>> to_financial(10), to_financial(105), to_financial(120000)
    ('壹拾', '壹佰零伍', '壹拾贰万')
    """
    return _positional_text(n, _data.TO_FINANCIAL_DIGITS, _data.TO_FINANCIAL_UNITS, bare_ten=False)


def to_chinese_digits(n: int, zero: str = "〇") -> str:
    """``n`` ≥ 0 digit by digit, as years are written: 2020 → 二〇二〇; ``zero`` may be 〇, 零 or ○.

    >>> to_chinese_digits(2005), to_chinese_digits(2021, zero="零")
    ('二〇〇五', '二零二一')
    """
    if n < 0:
        raise ValueError(f"{n} is negative")
    if zero not in _data.PLACE_ZEROS:
        raise ValueError(f"zero must be one of {_data.PLACE_ZEROS!r}, not {zero!r}")
    table = zero + _data.TO_CHINESE_DIGITS[1:]
    return "".join(table[int(c)] for c in str(n))
