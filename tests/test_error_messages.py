"""Every ``T.parse`` failure is a ``ParseError`` that says what was expected, at which offset, and shows the text
around it — for every public type, on look-alikes and on arbitrary strings."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import zhpolicy
from strategies.hostile import hostile_text
from zhpolicy import ParseError
from zhpolicy.numerals import parse_decimal, parse_int

PARSERS = {
    name: getattr(zhpolicy, name).parse
    for name in zhpolicy.__all__
    if isinstance(getattr(zhpolicy, name), type) and callable(getattr(getattr(zhpolicy, name), "parse", None))
}
PARSERS["numerals.parse_int"] = parse_int
PARSERS["numerals.parse_decimal"] = parse_decimal

BAD = ["", "   ", "x", "根据国办发文件", "〔2020〕47号", "《未闭合的标题", "2020年13月", "一一一万", "百分之"]
BAD += ["（责任单位：）", "第〇条", "6:3:", "达到%以上"]


def check(err: ParseError, s: str) -> None:
    assert err.expected and err.text == s
    assert 0 <= err.offset <= len(s)
    message = str(err)
    assert message.startswith(f"expected {err.expected}")
    if s:
        assert f"at offset {err.offset}: " in message
        before, _, after = message.split(": ", 1)[1].partition("▶")
        assert before.removeprefix("…") == s[max(0, err.offset - 12) : err.offset]
        assert after.removesuffix("…") == s[err.offset : err.offset + 12]
    else:
        assert message.endswith("got an empty string")


def test_every_public_type_with_parse_is_covered() -> None:
    assert {"DocNumber", "Citation", "Date", "Money", "Marker", "Responsibility"} <= set(PARSERS)


@pytest.mark.parametrize("name", sorted(PARSERS))
@pytest.mark.parametrize("s", BAD)
def test_look_alikes_give_a_parse_error_with_context(name: str, s: str) -> None:
    try:
        PARSERS[name](s)
    except ParseError as err:
        check(err, s)


@pytest.mark.parametrize("name", sorted(PARSERS))
def test_the_empty_string_is_refused_with_a_message(name: str) -> None:
    with pytest.raises(ParseError) as info:
        PARSERS[name]("")
    check(info.value, "")


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(PARSERS)), hostile_text(8) | st.text(max_size=40))
def test_parse_raises_nothing_but_parse_error(name: str, s: str) -> None:
    try:
        PARSERS[name](s)
    except ParseError as err:
        check(err, s)


def test_a_file_error_names_the_file(tmp_path: object) -> None:
    with pytest.raises(ParseError) as info:
        zhpolicy.load("/nonexistent/plan.txt")
    assert str(info.value) == "/nonexistent/plan.txt: expected an existing file"
