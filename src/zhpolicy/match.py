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

from decimal import Decimal
from typing import Generic, Protocol, TypeAlias, TypeVar

import attrs

__all__ = ["JSON", "Match", "Value", "json_value"]

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
