"""发文字号 (document numbers): ``DocNumber``.

GB/T 9704-2012 §7.2.4 defines the 发文字号 as 发文机关代字 + year + serial: the year in full, in 六角括号 〔〕, the
serial without 第 and without leading zeros, then 号 — ``义政办发〔2020〕47号``. Real documents print every variant:
other brackets (``[]``, ``()``, ``【】``, ``﹝﹞``), 號 and other traditional forms, ``第47号``, ``字第47号``, padded
serials (``08号``), spaces, full-width digits. They all parse to the same value; the rules a spelling breaks are
reported by :meth:`DocNumber.violations`.

>>> d = DocNumber.parse("皖醫改秘函［2020］第０４號")
>>> d
DocNumber(agency='皖医改秘函', year=2020, serial=4)
>>> str(d)
'皖医改秘函〔2020〕4号'
>>> d.doc_type
'函'
>>> [v.name for v in DocNumber.violations("皖醫改秘函［2020］第０４號")]
['WRONG_BRACKETS', 'SERIAL_PREFIX_DI', 'PADDED_SERIAL', 'TRADITIONAL_SCRIPT', 'FULL_WIDTH_DIGITS']

The agency code's left edge in running text: the code is the run of Chinese characters just before the bracketed
year, cut after the last verb or particle of running text (根据, 按照, 的, 和, 、 …) and at any punctuation:

>>> [m.text for m in DocNumber.find("根据国办发〔2017〕32号文件精神")]
['国办发〔2017〕32号']
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from functools import cache
from typing import Any

import attrs
import regex

from . import scan
from ._docnumber_data import CANONICAL_BRACKETS, DOC_TYPE_CHARS, LEFT_STOPS
from .errors import ParseError
from .match import JSON, Match, read_int, read_str
from .text import Text, is_han, normalize

__all__ = ["DocNumber", "DocNumberViolation"]

KIND = "doc_number"
_MAX_AGENCY = 12


class DocNumberViolation(enum.Enum):
    """A GB/T 9704-2012 §7.2.4 rule that a printed 发文字号 breaks."""

    WRONG_BRACKETS = "year not in 六角括号 〔〕"
    SERIAL_PREFIX_DI = "serial preceded by 第"
    PADDED_SERIAL = "serial with leading zeros"
    TRADITIONAL_SCRIPT = "traditional characters"
    SPACES = "spaces inside the number"
    FULL_WIDTH_DIGITS = "full-width digits"


@cache
def _tail() -> regex.Pattern[str]:
    # bracketed year, optional 第, serial, 号 — matched against the folded text
    return regex.compile(
        r"[\[(] {0,3}((?:19|20)\d{2}) {0,3}[\])] {0,3}(第 {0,3})?(\d{1,6})(?!\d) {0,3}号",
    )


@cache
def _stops() -> regex.Pattern[str]:
    alternatives = "|".join(sorted(LEFT_STOPS, key=len, reverse=True))
    return regex.compile(f"(?:{alternatives})")


def left_edge(folded: str, end: int, limit: int) -> int:
    """Start of the name that ends at ``end``: the run of Chinese characters before it (at most ``limit``), cut
    after the last verb or particle of running text (``LEFT_STOPS``) and after a date (``2020年``).

    Also finds a citation's issuer (citation.py); internal, not in ``__all__``."""
    start = end
    while start > 0 and end - start < limit and is_han(folded[start - 1]):
        start -= 1
    run = folded[start:end]
    cut = 0
    for m in _stops().finditer(run, overlapped=True):
        if m.end() < len(run) - 1:  # a stop word may not swallow the whole name
            cut = max(cut, m.end())
    start += cut
    if start > 0 and start < end and folded[start - 1].isdigit() and folded[start] in "年月日":
        start += 1  # a date just before the name: 2020年12月国办发…
    return start


def _agency_start(folded: str, end: int) -> tuple[int, int] | None:
    """(start, end) of the agency code before the bracket at ``end``, or ``None`` when no plausible code is there."""
    while end > 0 and folded[end - 1] == " " and folded[end - 2 : end] != "  ":
        end -= 1  # one space may stand between the code and the bracket
    start = left_edge(folded, end, _MAX_AGENCY + 4)
    if not 2 <= end - start <= _MAX_AGENCY:
        return None
    if start > 0 and (folded[start - 1].isascii() and folded[start - 1].isalnum()):
        return None  # 京ICP证…: a code is never glued to Latin letters or digits
    return start, end


def _scan(folded: str) -> list[tuple[int, int, str, int, int]]:
    """(start, end, agency, year, serial) for every 发文字号 in ``folded``."""
    found: list[tuple[int, int, str, int, int]] = []
    for m in _tail().finditer(folded):
        found_start = _agency_start(folded, m.start())
        if found_start is None:
            continue
        start, agency_end = found_start
        agency = folded[start:agency_end]
        found.append((start, m.end(), agency, int(m.group(1)), int(m.group(3))))
    return found


@attrs.frozen
class DocNumber:
    """A 发文字号: agency code (发文机关代字, simplified), year and serial.

    Equality is by value: every spelling of the same number is equal.
    """

    agency: str
    year: int
    serial: int

    def __str__(self) -> str:
        return f"{self.agency}{CANONICAL_BRACKETS[0]}{self.year}{CANONICAL_BRACKETS[1]}{self.serial}号"

    @property
    def doc_type(self) -> str | None:
        """The trailing document-type character of the code (发, 函, 字, 令 …), or ``None``."""
        last = self.agency[-1]
        return last if last in DOC_TYPE_CHARS else None

    @classmethod
    def parse(cls, s: str) -> DocNumber:
        """Read one 发文字号 spanning the whole of ``s`` (surrounding whitespace allowed)."""
        t = normalize(s)
        folded = t.folded
        lead = len(folded) - len(folded.lstrip())
        body_end = len(folded.rstrip())
        m = _tail().search(folded, lead)
        if m is None:
            raise ParseError("a bracketed year and serial (〔2020〕47号)", s, lead)
        if m.end() != body_end:
            raise ParseError("the end of the 发文字号", s, m.end())
        agency = folded[lead : m.start()].rstrip()
        if not 1 <= len(agency) <= _MAX_AGENCY or not all(is_han(c) for c in agency):
            raise ParseError("an agency code (发文机关代字)", s, lead)
        return cls(agency, int(m.group(1)), int(m.group(3)))

    @staticmethod
    def find(text: str | Text) -> list[Match[DocNumber]]:
        """Every 发文字号 in ``text``, in reading order. Never raises."""
        return scan.find_typed(text, KIND, DocNumber)

    @staticmethod
    def violations(spelling: str) -> tuple[DocNumberViolation, ...]:
        """The GB/T 9704 rules a printed 发文字号 (e.g. ``Match.text``) breaks; empty when it is canonical."""
        t = normalize(spelling)
        s = spelling.strip()
        found: list[DocNumberViolation] = []
        if any(c in s for c in "[]［］()（）【】﹝﹞〖〗﹙﹚"):
            found.append(DocNumberViolation.WRONG_BRACKETS)
        m = _tail().search(t.folded)
        if m is not None:
            if m.group(2):
                found.append(DocNumberViolation.SERIAL_PREFIX_DI)
            if len(m.group(3)) > 1 and m.group(3).startswith("0"):
                found.append(DocNumberViolation.PADDED_SERIAL)
        if t.has_traditional or "號" in s:
            found.append(DocNumberViolation.TRADITIONAL_SCRIPT)
        if any(c.isspace() for c in s):
            found.append(DocNumberViolation.SPACES)
        if any("０" <= c <= "９" for c in s):
            found.append(DocNumberViolation.FULL_WIDTH_DIGITS)
        return tuple(found)

    def to_dict(self) -> dict[str, JSON]:
        return {"agency": self.agency, "year": self.year, "serial": self.serial, "text": str(self)}

    @classmethod
    def from_dict(cls, d: Mapping[str, JSON]) -> DocNumber:
        """The value back from :meth:`to_dict` (``text``, the canonical form, is derived and not read)."""
        return cls(read_str(d, "agency"), read_int(d, "year"), read_int(d, "serial"))


def _finder(t: Text) -> list[Match[Any]]:
    return [
        Match(KIND, DocNumber(agency, year, serial), start, end, t.original[start:end])
        for start, end, agency, year, serial in _scan(t.folded)
    ]


scan.register(KIND, _finder)
