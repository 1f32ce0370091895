"""Hypothesis strategies for numerals: a value and one of the ways a document prints it.

``integers_rendered()`` and ``decimals_rendered()`` draw ``(value, text)`` pairs where ``text`` is the value in
Arabic (with or without thousands separators), positional Chinese (with 两 where documents use it), 大写, mixed
(``3千万``, ``1.2万``), Chinese decimals (``十二点五``) or digit by digit (``二〇二〇``), each then possibly in
traditional script and/or full width. Other strategy modules build sentences from them, so the names are stable.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import regex
from hypothesis import strategies as st

from zhpolicy.numerals import to_chinese, to_chinese_digits, to_financial

from .render import SCRIPT_AND_WIDTH

__all__ = [
    "INTEGER_STYLES",
    "decimals_rendered",
    "integers_rendered",
    "render_decimal",
    "render_integer",
    "round_integers",
]

# Magnitudes that mixed forms (3千万, 5000万, 2.57亿) are written with, largest first.
_MAGNITUDES = (("亿", 8), ("千万", 7), ("万", 4), ("千", 3), ("百", 2))


def _arabic(n: int) -> str | None:
    return str(n)


def _separated(n: int) -> str | None:
    return f"{n:,}"


def _positional(n: int) -> str | None:
    return to_chinese(n)


def _with_liang(n: int) -> str | None:
    """二 → 两 where documents write it: as the multiplier that leads a number or follows 万/亿 (两万, 一万两千)."""
    text = regex.sub("(^|[万亿])二(?=[百千万亿])", r"\1两", to_chinese(n))
    return text if "两" in text else None


def _financial(n: int) -> str | None:
    return to_financial(n)


def _digits(n: int) -> str | None:
    return to_chinese_digits(n)


def _digits_zero(n: int) -> str | None:
    return to_chinese_digits(n, zero="零") if "0" in str(n) and n >= 10 else None


def _mixed(n: int) -> str | None:
    """Arabic digits with a Chinese magnitude: 3千万, 5000万, 12万亿 — only where documents would write it."""
    for unit, power in _MAGNITUDES:
        head, rest = divmod(n, 10**power)
        if head and not rest and (head < 10 or unit in ("万", "亿")):
            return f"{head}{unit}"
    return None


def _mixed_decimal(n: int) -> str | None:
    """A whole number written with a decimal head: 12000 → 1.2万, 257000000 → 2.57亿."""
    for unit, power in (("亿", 8), ("万", 4)):
        if n >= 10**power and n % 10 ** (power - 2) == 0 and n % 10**power:
            return f"{_plain(Decimal(n).scaleb(-power))}{unit}"
    return None


INTEGER_STYLES: dict[str, Callable[[int], str | None]] = {
    "arabic": _arabic,
    "separated": _separated,
    "positional": _positional,
    "liang": _with_liang,
    "financial": _financial,
    "digits": _digits,
    "digits_zero": _digits_zero,
    "mixed": _mixed,
    "mixed_decimal": _mixed_decimal,
}
"""Renderers of an integer; each returns None where documents would not print that value in that style."""


def render_integer(n: int, style: str) -> str | None:
    """``n`` in the named style of :data:`INTEGER_STYLES`, or None where the style does not apply."""
    return INTEGER_STYLES[style](n)


def _plain(value: Decimal) -> str:
    """A Decimal as digits without exponent: Decimal('1.20') → '1.2', Decimal('3E+2') → '300'."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def round_integers(max_value: int = 10**12 - 1) -> st.SearchStrategy[int]:
    """Integers in 0 … max_value, half of them round (a few significant digits), as documents print them."""
    round_ones = st.builds(
        lambda head, power: head * 10**power, st.integers(1, 9999), st.integers(0, len(str(max_value)) - 1)
    ).filter(lambda n: n <= max_value)
    return st.one_of(st.integers(0, max_value), round_ones)


@st.composite
def integers_rendered(
    draw: st.DrawFn, max_value: int = 10**12 - 1, styles: tuple[str, ...] = tuple(INTEGER_STYLES)
) -> tuple[int, str]:
    """``(n, text)``: ``n`` in 0 … max_value printed in one of ``styles``, then in one script and width."""
    n = draw(round_integers(max_value))
    candidates = [text for style in styles if (text := render_integer(n, style)) is not None]
    text = draw(st.sampled_from(candidates)) if candidates else str(n)
    return n, draw(SCRIPT_AND_WIDTH)(text)


def render_decimal(value: Decimal, style: str) -> str | None:
    """A non-negative Decimal in one style: arabic (12.5), separated (1,234.5), chinese (十二点五), mixed (1.2万)."""
    whole = int(value)
    fraction = _plain(value - whole)[2:] if value != whole else ""
    if style == "arabic":
        return _plain(value)
    if style == "separated":
        return f"{whole:,}" + (f".{fraction}" if fraction else "")
    if style == "chinese":
        if not fraction:
            return to_chinese(whole)
        return to_chinese(whole) + "点" + "".join(to_chinese_digits(int(c)) for c in fraction)
    if style == "mixed":
        for unit, power in (("亿", 8), ("万", 4)):
            head = value.scaleb(-power)
            if head >= 1 and len(_plain(head).partition(".")[2]) <= 2:
                return _plain(head) + unit
        return None
    raise ValueError(f"unknown style {style!r}")


@st.composite
def decimals_rendered(draw: st.DrawFn, max_whole: int = 10**9) -> tuple[Decimal, str]:
    """``(value, text)``: a non-negative Decimal with up to four decimals, printed as a document would print it."""
    whole = draw(st.integers(0, max_whole))
    places = draw(st.integers(0, 4))
    fraction = draw(st.integers(0, 10**places - 1)) if places else 0
    value = Decimal(whole) + Decimal(fraction).scaleb(-places)
    value = Decimal(int(value)) if value == int(value) else value.normalize()
    styles = ["arabic", "separated", "mixed"] + (["chinese"] if whole < 10**8 else [])
    candidates = [text for style in styles if (text := render_decimal(value, style)) is not None]
    return value, draw(SCRIPT_AND_WIDTH)(draw(st.sampled_from(candidates)))
