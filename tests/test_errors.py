from __future__ import annotations

import pickle

import pytest

from zhpolicy import ParseError


def test_is_a_value_error_with_fields() -> None:
    err = ParseError("a 发文字号", "义政办发2020", 4)
    assert isinstance(err, ValueError)
    assert (err.expected, err.text, err.offset) == ("a 发文字号", "义政办发2020", 4)


@pytest.mark.parametrize(
    ("text", "offset", "message"),
    [
        ("", 0, "expected a number, got an empty string"),
        ("十十", 1, "expected a number at offset 1: 十▶十"),
        ("x" * 40, 20, "expected a number at offset 20: …xxxxxxxxxxxx▶xxxxxxxxxxxx…"),
        ("ab", 99, "expected a number at offset 2: ab▶"),
    ],
)
def test_message_names_expectation_offset_and_context(text: str, offset: int, message: str) -> None:
    assert str(ParseError("a number", text, offset)) == message


def test_pickles() -> None:
    err = pickle.loads(pickle.dumps(ParseError("a number", "abc", 1)))
    assert isinstance(err, ParseError)
    assert str(err) == "expected a number at offset 1: a▶bc"


def test_whole_input_errors_name_the_source() -> None:
    err = ParseError("a non-empty file", source="notice.txt")
    assert str(err) == "notice.txt: expected a non-empty file"
    again = pickle.loads(pickle.dumps(err))
    assert (again.source, str(again)) == ("notice.txt", str(err))
