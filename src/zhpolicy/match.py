"""What every ``find`` returns: a :class:`Match` — a typed value and where it was read.

>>> from zhpolicy import DocNumber
>>> text = "根据国办发〔2017〕32号文件"
>>> [m] = DocNumber.find(text)
>>> m.start, m.end, m.text
(2, 14, '国办发〔2017〕32号')
>>> text[m.start:m.end] == m.text
True
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Generic, Protocol, TypeAlias, TypeVar

import attrs

__all__ = [
    "JSON",
    "Match",
    "Value",
    "json_value",
    "read_dict",
    "read_int",
    "read_list",
    "read_optional_int",
    "read_optional_str",
    "read_str",
]

JSON: TypeAlias = "str | int | float | bool | list[JSON] | dict[str, JSON] | None"


class Value(Protocol):
    """The contract every value type meets: a canonical ``str`` and a JSON-ready ``to_dict``."""

    def to_dict(self) -> dict[str, JSON]: ...


V_co = TypeVar("V_co", bound=Value, covariant=True)


@attrs.frozen
class Match(Generic[V_co]):
    """A value found in a text.

    Attributes:
        kind: the registered name of the value's kind (``"doc_number"``, ``"money"``, …).
        value: the typed value.
        start: offset of the first character in the caller's original string.
        end: offset just past the last character (``original[start:end] == text``).
        text: the characters read, exactly as the caller's string has them.
    """

    kind: str
    value: V_co
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, JSON]:
        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value.to_dict(),
        }

    @staticmethod
    def from_dict(d: Mapping[str, JSON]) -> Match[Value]:
        """A match back from :meth:`to_dict`; the value's type is the one registered for its ``kind``.

        ``ValueError`` for a kind no value type is known for."""
        from .tasks import match_from_dict  # the kind → type table lives with the task table, above this module

        found: Match[Value] = match_from_dict(dict(d))
        return found


def json_value(value: object) -> JSON:
    """Render a field for ``to_dict``: ``Decimal`` as an exact string, tuples as lists, values via ``to_dict``."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (tuple, list)):
        return [json_value(v) for v in value]
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        result: JSON = to_dict()
        return result
    return str(value)


# Readers for ``from_dict``: a field of a JSON-ready dict, checked, so a malformed dict fails with its key named.


def _field(d: Mapping[str, JSON], key: str) -> JSON:
    if key not in d:
        raise KeyError(f"missing field {key!r}")
    return d[key]


def _wrong(key: str, wanted: str, value: JSON) -> TypeError:
    return TypeError(f"field {key!r} must be {wanted}, not {type(value).__name__}")


def read_int(d: Mapping[str, JSON], key: str) -> int:
    """``d[key]`` as an ``int`` (a bool is not one)."""
    value = _field(d, key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _wrong(key, "an integer", value)
    return value


def read_optional_int(d: Mapping[str, JSON], key: str) -> int | None:
    """``d[key]`` as an ``int``, or ``None`` when it is null or missing."""
    return None if d.get(key) is None else read_int(d, key)


def read_str(d: Mapping[str, JSON], key: str) -> str:
    """``d[key]`` as a ``str``."""
    value = _field(d, key)
    if not isinstance(value, str):
        raise _wrong(key, "a string", value)
    return value


def read_optional_str(d: Mapping[str, JSON], key: str) -> str | None:
    """``d[key]`` as a ``str``, or ``None`` when it is null or missing."""
    return None if d.get(key) is None else read_str(d, key)


def read_dict(d: Mapping[str, JSON], key: str) -> dict[str, JSON]:
    """``d[key]`` as an object."""
    value = _field(d, key)
    if not isinstance(value, dict):
        raise _wrong(key, "an object", value)
    return value


def read_list(d: Mapping[str, JSON], key: str) -> list[JSON]:
    """``d[key]`` as a list (``[]`` when missing)."""
    value = d.get(key, [])
    if not isinstance(value, list):
        raise _wrong(key, "a list", value)
    return value
