"""Citations of other documents: ``Citation`` — a title in 《》, optionally its 发文字号 and issuer.

Documents cite each other as ``《关于…的通知》（国办发〔2017〕32号）``: the title in 书名号 《》 (titles quoted inside a
title use 〈〉 or ``<>``, and round brackets such as ``(试行)`` belong to the title), then the 发文字号 in round
brackets right after, spaces allowed. The issuer often precedes the title (``安徽省人民政府办公厅《…》``); it is
kept only when the characters just before 《 end like an organisation name (政府, 办公厅, 委员会, 局, 部 …).
The match spans the 《》 and the bracketed number; the issuer is a field, outside the span.

>>> [m] = Citation.find("按照省人民政府办公厅《关于贯彻落实〈关于…的通知〉的通知》（ 皖政办〔2017〕57号 ）要求")
>>> m.value.title, str(m.value.number), m.value.issuer
('关于贯彻落实<关于…的通知>的通知', '皖政办〔2017〕57号', '省人民政府办公厅')
>>> str(m.value)
'《关于贯彻落实<关于…的通知>的通知》（皖政办〔2017〕57号）'
>>> str(Citation.parse("《条例》"))
'《条例》'
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

import attrs
import regex

from . import scan
from ._docnumber_data import ORG_SUFFIXES
from .docnumber import DocNumber, left_edge
from .errors import ParseError
from .match import JSON, Match, read_dict, read_optional_str, read_str
from .text import Text, is_han, normalize

__all__ = ["Citation"]

KIND = "citation"
_MAX_TITLE = 300
_MAX_ISSUER = 40


@attrs.frozen
class Citation:
    """A cited document: ``title`` (simplified, inside 《》), its ``number`` and ``issuer`` when printed."""

    title: str
    number: DocNumber | None = None
    issuer: str | None = None

    def __str__(self) -> str:
        tail = "" if self.number is None else f"（{self.number}）"
        return f"《{self.title}》{tail}"

    @classmethod
    def parse(cls, s: str) -> Citation:
        """Read one citation spanning the whole of ``s``: ``[issuer]《title》[（number）]``."""
        t = normalize(s)
        folded = t.folded
        lead = len(folded) - len(folded.lstrip())
        end = len(folded.rstrip())
        open_at = folded.find("《", lead)
        if open_at < 0:
            raise ParseError("a title in 《》", s, lead)
        issuer = folded[lead:open_at] or None
        if issuer is not None and not _is_org(issuer):
            raise ParseError("an organisation name or 《", s, lead)
        found = _read(folded, open_at)
        if found is None:
            raise ParseError("a closing 》", s, open_at)
        cit_end, title, number = found
        if cit_end != end:
            raise ParseError("the end of the citation", s, cit_end)
        return cls(title, number, issuer)

    @staticmethod
    def find(text: str | Text) -> list[Match[Citation]]:
        """Every citation in ``text``, in reading order. Never raises."""
        return scan.find_typed(text, KIND, Citation)

    def to_dict(self) -> dict[str, JSON]:
        return {
            "title": self.title,
            "number": None if self.number is None else self.number.to_dict(),
            "issuer": self.issuer,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, JSON]) -> Citation:
        """The value back from :meth:`to_dict`."""
        number = None if d.get("number") is None else DocNumber.from_dict(read_dict(d, "number"))
        return cls(read_str(d, "title"), number, read_optional_str(d, "issuer"))


@cache
def _number_after() -> regex.Pattern[str]:
    # the 发文字号 in round brackets right after 》
    # (the number's own year may sit in round brackets too: （国办发(2017)32号）)
    return regex.compile(r"[ ]*+\(((?>[^()\n]{1,30})(?:\([^()\n]{1,8}\)[^()\n]{1,12})?)\)")


def _read(folded: str, open_at: int) -> tuple[int, str, DocNumber | None] | None:
    """From a 《 at ``open_at``: (end, title, number) or ``None`` when the title does not close on its line."""
    limit = min(len(folded), open_at + _MAX_TITLE)
    i = folded.find("》", open_at, limit)
    if i < 0 or folded.find("\n", open_at, i) >= 0:
        return None  # unclosed on its line (also the fast path for stray 《)
    if folded.count("《", open_at, i) > 1:  # nested 《》: find the matching 》
        i = _matching_close(folded, open_at, limit)
        if i < 0:
            return None
    title = folded[open_at + 1 : i].strip()
    if not title:
        return None
    end = i + 1
    number: DocNumber | None = None
    m = _number_after().match(folded, end)
    if m is not None:
        try:
            number = DocNumber.parse(m.group(1))
        except ValueError:
            number = None
        if number is not None:
            end = m.end()
    return end, title, number


def _matching_close(folded: str, open_at: int, limit: int) -> int:
    depth = 0
    for i in range(open_at, limit):
        c = folded[i]
        if c == "《":
            depth += 1
        elif c == "》":
            depth -= 1
            if depth == 0:
                return i
        elif c == "\n":
            return -1
    return -1


def _is_org(name: str) -> bool:
    return 2 <= len(name) <= _MAX_ISSUER and name.endswith(ORG_SUFFIXES) and all(is_han(c) for c in name)


def _issuer_before(folded: str, open_at: int) -> str | None:
    name = folded[left_edge(folded, open_at, _MAX_ISSUER + 8) : open_at]
    return name if _is_org(name) and len(name) >= 3 else None


def _finder(t: Text) -> list[Match[Any]]:
    folded = t.folded
    found: list[Match[Any]] = []
    pos = 0
    while True:
        open_at = folded.find("《", pos)
        if open_at < 0:
            return found
        read = _read(folded, open_at)
        if read is None:
            pos = open_at + 1
            continue
        end, title, number = read
        value = Citation(title, number, _issuer_before(folded, open_at))
        found.append(Match(KIND, value, open_at, end, t.original[open_at:end]))
        pos = end


scan.register(KIND, _finder)
