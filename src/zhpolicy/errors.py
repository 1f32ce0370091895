"""The one exception zhpolicy raises: :class:`ParseError`.

``T.parse(s)`` raises it when ``s`` is not a valid value of ``T``; ``find`` never raises. The message says what was
expected, at which offset, and shows the text around that offset, so a user can see the problem at a glance::

    >>> from zhpolicy.errors import ParseError
    >>> err = ParseError("a 发文字号", "义政办发2020", 4)
    >>> print(err)
    expected a 发文字号 at offset 4: 义政办发▶2020
    >>> isinstance(err, ValueError)
    True
"""

from __future__ import annotations

__all__ = ["ParseError"]

_CONTEXT = 12  # characters shown on each side of the offending offset


class ParseError(ValueError):
    """A string is not a valid value of the type asked for.

    Attributes:
        expected: what the parser wanted to see (``"a 发文字号"``, ``"a Chinese numeral"``).
        text: the whole string that was parsed.
        offset: where in ``text`` the problem was found (0 … ``len(text)``).
        source: the file (or ``<stdin>``) when the whole input was wrong; the message then names it.
    """

    expected: str
    text: str
    offset: int
    source: str | None

    def __init__(self, expected: str, text: str = "", offset: int = 0, *, source: str | None = None) -> None:
        self.expected = expected
        self.text = text
        self.offset = max(0, min(offset, len(text)))
        self.source = source
        super().__init__(self._message())

    def _message(self) -> str:
        if self.source is not None:  # a whole input (a file, stdin) was wrong, not a place in a string
            return f"{self.source}: expected {self.expected}"
        if not self.text:
            return f"expected {self.expected}, got an empty string"
        before = self.text[max(0, self.offset - _CONTEXT) : self.offset]
        after = self.text[self.offset : self.offset + _CONTEXT]
        lead = "…" if self.offset > _CONTEXT else ""
        tail = "…" if self.offset + _CONTEXT < len(self.text) else ""
        return f"expected {self.expected} at offset {self.offset}: {lead}{before}▶{after}{tail}"

    def __reduce__(self) -> tuple[object, tuple[str, str, int, str | None]]:
        # keeps the error picklable (batch runs send errors between processes)
        return (_rebuild, (self.expected, self.text, self.offset, self.source))


def _rebuild(expected: str, text: str, offset: int, source: str | None) -> ParseError:
    return ParseError(expected, text, offset, source=source)
