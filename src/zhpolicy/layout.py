"""The layout of a whole document: portal chrome, metadata, title, 发文字号, addressees, body, signature, tail.

GB/T 9704-2012 §7 orders an official document in three parts, and what users scrape adds chrome around them:

* 版头 (§7.2): 发文机关标志 (``…文件``) and 发文字号 on a line of its own;
* 主体 (§7.3): 标题, 主送机关 (a line ending in ``：``), 正文, 附件说明 (``附件：1.…``), 发文机关署名 and 成文日期
  (``二〇二〇年十一月二十三日`` or ``2020年11月23日``), 附注 in round brackets (``（此件公开发布）``);
* 版记 (§7.4): 抄送 and 印发机关和印发日期 (``…办公室 2020年9月17日印发``);
* around them, on a portal: breadcrumbs, counters, share bars, licence footers, and a disclosure header
  (索引号, 主题分类, 发文机关, 成文日期 …) in one of several layouts.

A notice that 印发/转发 a plan carries the plan after its own signature: the plan's title is the document's
``title`` and the notice's is ``wrapper_title``.

:func:`read_layout` cuts the text into whole lines and gives every line one kind, so the :class:`Block` s partition
the text exactly (blank lines go with the block before them); it never raises.

    >>> layout = read_layout("当前位置：首页 > 政策文件\\n关于做好春季防疫工作的通知\\n"
    ...                      "各区卫生健康局：\\n现就有关事项通知如下。\\n某市卫生健康委员会\\n二〇二一年三月五日\\n")
    >>> [b.kind.value for b in layout.blocks]
    ['boilerplate', 'title', 'addressees', 'body', 'signature']
    >>> layout.title, layout.addressees
    ('关于做好春季防疫工作的通知', '各区卫生健康局')
    >>> layout.signature.organization, str(layout.signature.date)
    ('某市卫生健康委员会', '2021年3月5日')

Values (titles, names) are read from the folded text — simplified script, half-width — so a page in traditional
script gives the same values; every part keeps its ``start``/``end`` into the original string.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any, TypeVar

import attrs
import regex

from . import _layout_data as _data
from .dates import Date
from .docnumber import DocNumber
from .errors import ParseError
from .match import JSON, json_value, read_dict, read_int, read_list, read_optional_int, read_optional_str, read_str
from .numerals import parse_int
from .text import Text, normalize

__all__ = [
    "Attachment",
    "Block",
    "BlockKind",
    "CarbonCopy",
    "Layout",
    "Metadata",
    "MetadataEntry",
    "Note",
    "PrintedBy",
    "Signature",
    "read_layout",
]


class BlockKind(str, enum.Enum):  # noqa: UP042 — enum.StrEnum would change what str() of a member gives
    """What a block of whole lines is."""

    BOILERPLATE = "boilerplate"
    METADATA = "metadata"
    TITLE = "title"
    DOC_NUMBER = "doc_number"
    ADDRESSEES = "addressees"
    BODY = "body"
    SIGNATURE = "signature"
    NOTES = "notes"
    ATTACHMENTS = "attachments"
    ATTACHMENT_TEXT = "attachment_text"
    CC = "cc"
    PRINTED_BY = "printed_by"

    def __str__(self) -> str:
        return self.value


@attrs.frozen
class Block:
    """Whole lines ``[start, end)`` of one kind (a line's newline goes with its line)."""

    kind: BlockKind
    start: int
    end: int

    def to_dict(self) -> dict[str, JSON]:
        return {"kind": self.kind.value, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: Mapping[str, JSON]) -> Block:
        return cls(BlockKind(read_str(d, "kind")), read_int(d, "start"), read_int(d, "end"))


@attrs.frozen
class MetadataEntry:
    """One ``key: value`` pair of a disclosure header, as printed; ``value`` spans ``[start, end)``."""

    key: str
    field: str
    value: str
    start: int
    end: int

    def to_dict(self) -> dict[str, JSON]:
        return {"key": self.key, "field": self.field, "value": self.value, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: Mapping[str, JSON]) -> MetadataEntry:
        return cls(
            read_str(d, "key"), read_str(d, "field"), read_str(d, "value"), read_int(d, "start"), read_int(d, "end")
        )


@attrs.frozen
class Metadata:
    """The disclosure header a portal prints (索引号, 主题分类, 发文机关, 发文字号, 成文日期 …), typed.

    Keys without a typed field are kept in ``other`` as ``(key, value)``; ``entries`` lists every pair read, with
    the span of its value. An empty value (``文号:``) reads as ``None``.
    """

    index_number: str | None = None
    subject: str | None = None
    genre: str | None = None
    issuer: str | None = None
    doc_number: DocNumber | None = None
    written_date: Date | None = None
    published_date: Date | None = None
    disclosure: str | None = None
    scope: str | None = None
    validity: str | None = None
    file_name: str | None = None
    other: tuple[tuple[str, str], ...] = ()
    entries: tuple[MetadataEntry, ...] = ()

    def to_dict(self) -> dict[str, JSON]:
        return {
            "index_number": self.index_number,
            "subject": self.subject,
            "genre": self.genre,
            "issuer": self.issuer,
            "doc_number": json_value(self.doc_number),
            "written_date": json_value(self.written_date),
            "published_date": json_value(self.published_date),
            "disclosure": self.disclosure,
            "scope": self.scope,
            "validity": self.validity,
            "file_name": self.file_name,
            "other": [[k, v] for k, v in self.other],
            "entries": [e.to_dict() for e in self.entries],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, JSON]) -> Metadata:
        texts = ("index_number", "subject", "genre", "issuer", "disclosure", "scope", "validity", "file_name")
        return cls(
            **{name: read_optional_str(d, name) for name in texts},
            doc_number=_optional(DocNumber.from_dict, d, "doc_number"),
            written_date=_optional(Date.from_dict, d, "written_date"),
            published_date=_optional(Date.from_dict, d, "published_date"),
            other=tuple(_pair(p) for p in read_list(d, "other")),
            entries=tuple(MetadataEntry.from_dict(_object(e)) for e in read_list(d, "entries")),
        )


@attrs.frozen
class Signature:
    """发文机关署名 and 成文日期: the issuing organisation(s) (joined by a space) and the date."""

    organization: str | None
    date: Date | None
    start: int
    end: int

    def to_dict(self) -> dict[str, JSON]:
        return {
            "organization": self.organization,
            "date": json_value(self.date),
            "start": self.start,
            "end": self.end,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, JSON]) -> Signature:
        date = _optional(Date.from_dict, d, "date")
        return cls(read_optional_str(d, "organization"), date, read_int(d, "start"), read_int(d, "end"))


@attrs.frozen
class Attachment:
    """One entry of the 附件说明 (``附件：1.…``, ``附件2：….docx``): its number, title and file extension."""

    number: int | None
    title: str
    start: int
    end: int
    extension: str | None = None

    def to_dict(self) -> dict[str, JSON]:
        return {
            "number": self.number,
            "title": self.title,
            "extension": self.extension,
            "start": self.start,
            "end": self.end,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, JSON]) -> Attachment:
        return cls(
            read_optional_int(d, "number"),
            read_str(d, "title"),
            read_int(d, "start"),
            read_int(d, "end"),
            read_optional_str(d, "extension"),
        )


@attrs.frozen
class Note:
    """A 附注 line in round brackets: its inner ``text`` and the ``key: value`` pairs in it (联系人, 联系电话 …)."""

    text: str
    fields: tuple[tuple[str, str], ...]
    start: int
    end: int

    def to_dict(self) -> dict[str, JSON]:
        return {"text": self.text, "fields": [[k, v] for k, v in self.fields], "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: Mapping[str, JSON]) -> Note:
        fields = tuple(_pair(p) for p in read_list(d, "fields"))
        return cls(read_str(d, "text"), fields, read_int(d, "start"), read_int(d, "end"))


@attrs.frozen
class CarbonCopy:
    """The 抄送 line of the 版记: the organisations copied."""

    recipients: tuple[str, ...]
    start: int
    end: int

    def to_dict(self) -> dict[str, JSON]:
        return {"recipients": list(self.recipients), "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: Mapping[str, JSON]) -> CarbonCopy:
        return cls(tuple(str(r) for r in read_list(d, "recipients")), read_int(d, "start"), read_int(d, "end"))


@attrs.frozen
class PrintedBy:
    """印发机关和印发日期 (``某市人民政府办公室 2020年9月17日印发``)."""

    organization: str | None
    date: Date | None
    start: int
    end: int

    def to_dict(self) -> dict[str, JSON]:
        return {
            "organization": self.organization,
            "date": json_value(self.date),
            "start": self.start,
            "end": self.end,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, JSON]) -> PrintedBy:
        date = _optional(Date.from_dict, d, "date")
        return cls(read_optional_str(d, "organization"), date, read_int(d, "start"), read_int(d, "end"))


Span = tuple[int, int]

_T = TypeVar("_T")


def _optional(read: Callable[[Mapping[str, JSON]], _T], d: Mapping[str, JSON], key: str) -> _T | None:
    """``read(d[key])``, or ``None`` for a missing or null value (``from_dict`` of an optional field)."""
    return None if d.get(key) is None else read(read_dict(d, key))


def _object(value: JSON) -> dict[str, JSON]:
    if not isinstance(value, dict):
        raise TypeError(f"expected an object, not {type(value).__name__}")
    return value


def _pair(value: JSON) -> tuple[str, str]:
    """A ``[key, value]`` pair of strings (how ``to_dict`` writes a tuple of two)."""
    if not isinstance(value, list) or len(value) != 2 or not all(isinstance(v, str) for v in value):
        raise TypeError(f"expected a [key, value] pair of strings, not {value!r}")
    return str(value[0]), str(value[1])


@attrs.frozen
class Layout:
    """A document cut into typed parts; ``blocks`` partition ``[0, len(text))`` exactly.

    ``title`` is the document's own title (the embedded plan's where a notice wraps one, the notice's title then
    being ``wrapper_title``); ``body`` is the span of the main body (the plan's, when wrapped; ``wrapper_body`` the
    notice's). ``reference_date`` is the document's own date: the signature's, else 成文日期, else 发布日期, and
    ``reference_source`` says which (``"signature"``, ``"written_date"``, ``"published_date"`` or ``None``).
    """

    blocks: tuple[Block, ...]
    metadata: Metadata = Metadata()
    title: str | None = None
    title_span: Span | None = None
    wrapper_title: str | None = None
    wrapper_title_span: Span | None = None
    doc_number: DocNumber | None = None
    doc_number_span: Span | None = None
    addressees: str | None = None
    addressees_span: Span | None = None
    body: Span = (0, 0)
    wrapper_body: Span | None = None
    signature: Signature | None = None
    attachments: tuple[Attachment, ...] = ()
    notes: tuple[Note, ...] = ()
    cc: CarbonCopy | None = None
    printed_by: PrintedBy | None = None
    reference_date: Date | None = None
    reference_source: str | None = None

    def blocks_of(self, kind: BlockKind | str) -> tuple[Block, ...]:
        """The blocks of one kind, in reading order."""
        wanted = BlockKind(kind)
        return tuple(b for b in self.blocks if b.kind is wanted)

    def block_at(self, offset: int) -> Block | None:
        """The block containing ``offset`` (``None`` outside the text)."""
        lo, hi = 0, len(self.blocks)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.blocks[mid].end <= offset:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(self.blocks) and self.blocks[lo].start <= offset:
            return self.blocks[lo]
        return None

    def to_dict(self) -> dict[str, JSON]:
        def span(s: Span | None) -> JSON:
            return None if s is None else [s[0], s[1]]

        return {
            "blocks": [b.to_dict() for b in self.blocks],
            "metadata": self.metadata.to_dict(),
            "title": self.title,
            "title_span": span(self.title_span),
            "wrapper_title": self.wrapper_title,
            "wrapper_title_span": span(self.wrapper_title_span),
            "doc_number": json_value(self.doc_number),
            "doc_number_span": span(self.doc_number_span),
            "addressees": self.addressees,
            "addressees_span": span(self.addressees_span),
            "body": span(self.body),
            "wrapper_body": span(self.wrapper_body),
            "signature": json_value(self.signature),
            "attachments": [a.to_dict() for a in self.attachments],
            "notes": [n.to_dict() for n in self.notes],
            "cc": json_value(self.cc),
            "printed_by": json_value(self.printed_by),
            "reference_date": json_value(self.reference_date),
            "reference_source": self.reference_source,
        }


def read_layout(text: str | Text) -> Layout:
    """Cut ``text`` into typed parts; never raises (text with no document features is one ``body`` block)."""
    t = normalize(text)
    return t.cached("layout", _read)


# ---------------------------------------------------------------------------------------------------------------
# Patterns (compiled lazily).


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def _heading() -> regex.Pattern[str]:
    cn = "一二三四五六七八九十百零〇"
    return regex.compile(
        rf"(?:[{cn}]{{1,4}}[、.]|\(\s*+[{cn}\d]{{1,4}}\s*+\)|\d{{1,3}}(?:[.、)]|\.\d)|[①-⑳]"
        rf"|第[{cn}\d]{{1,4}}[章节条款编]|第[{cn}\d]{{1,4}}部分)"
    )


@cache
def _chrome() -> regex.Pattern[str]:
    sep = r"[\s|丨/·•\[\]()]*+"
    tokens = "|".join(_data.CHROME_TOKENS)
    # not after a separator: a pass over a long run of them tries each run once, not at every position in it
    return regex.compile(rf"(?<![\s|丨/·•\[\]()])(?:{sep}(?:{tokens}))++{sep}")


@cache
def _keys() -> regex.Pattern[str]:
    keys = [*_data.METADATA_KEYS, *_data.OTHER_METADATA_KEYS, *_data.PAGE_KEYS]
    spaced = sorted(set(keys), key=len, reverse=True)
    alternation = "|".join(r"\s?".join(regex.escape(c) for c in k) for k in spaced)
    return regex.compile(rf"(?<![^\s\[(|•·])(?P<key>{alternation})\s*+:")


@cache
def _bullet() -> regex.Pattern[str]:
    return regex.compile(r"[•·▪●◆■□◇○\-*]++\s*+")


_DATE_SOURCE = (
    r"(?:\d{4}\s*+年\s*+\d{1,2}\s*+月\s*+\d{1,2}\s*+日"
    r"|[〇零一二三四五六七八九○]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})"
)


@cache
def _date_line() -> regex.Pattern[str]:
    return regex.compile(rf"(?P<date>{_DATE_SOURCE})")


@cache
def _date_at_end() -> regex.Pattern[str]:
    return regex.compile(rf"\s(?P<date>{_DATE_SOURCE})$")


@cache
def _printed() -> regex.Pattern[str]:
    return regex.compile(rf"(?P<date>{_DATE_SOURCE})\s*+印发$")


@cache
def _attachment() -> regex.Pattern[str]:
    return regex.compile(
        rf"(?:{_alternation(_data.ATTACHMENT_LABELS)})\s*+(?P<num>\d{{1,3}}|[一二三四五六七八九十]{{1,3}})?"
        r"\s*+(?P<colon>:)?\s*+(?P<rest>.*+)"
    )


@cache
def _numbered() -> regex.Pattern[str]:
    return regex.compile(r"(?P<num>\d{1,3})\s*+[.、:)]\s*+(?P<rest>\S.*+)")


@cache
def _extension() -> regex.Pattern[str]:
    return regex.compile(rf"\.(?P<ext>{_alternation(_data.ATTACHMENT_EXTENSIONS)})$", regex.IGNORECASE)


@cache
def _cc() -> regex.Pattern[str]:
    return regex.compile(rf"(?:{_alternation(_data.CC_LABELS)})\s*+:(?P<rest>.*+)")


@cache
def _title_end() -> regex.Pattern[str]:
    return regex.compile(rf"(?:{_alternation(_data.TITLE_WORDS)}){_data.TITLE_SUFFIX}$")


@cache
def _wrapper() -> regex.Pattern[str]:
    return regex.compile(
        rf"(?:{_alternation(_data.WRAPPER_VERBS)})\s*+《?(?P<x>[^《》]{{2,120}}?)》?\s*+的(?:通知|通报|决定)"
        rf"{_data.TITLE_SUFFIX}$"
    )


@cache
def _cited() -> regex.Pattern[str]:
    return regex.compile(r"《(?P<x>[^《》\n]{2,120}+)》")


_SENTENCE = frozenset("。;!?")
_ORG_STOP = frozenset(',;:。!?"“”《》0123456789')

# ---------------------------------------------------------------------------------------------------------------
# Lines and their classes.

_BLANK, _OTHER, _CHROME, _FOOTER, _META, _DOCNO, _DATE, _SIGLINE, _PRINTED, _CC = range(10)
_ATTACH, _LABEL, _NOTE, _ADDR, _HEADING, _TITLE, _LETTERHEAD, _PROSE = range(10, 18)

_STRONG = frozenset({_META, _DOCNO, _TITLE, _ADDR, _LETTERHEAD, _HEADING, _PROSE})
_HEAD = frozenset({_META, _DOCNO, _TITLE, _ADDR, _LETTERHEAD})
_MAX_TITLE = 120
_SPAM_WINDOW = 20
_HEAD_LOOKAHEAD = 3


@attrs.define
class _Line:
    start: int  # the line, newline included: [start, end)
    end: int
    cs: int  # the content, stripped: [cs, ce)
    ce: int
    s: str  # folded content
    tag: int = _OTHER
    payload: Any = None
    kind: BlockKind | None = None


def _split(folded: str) -> list[_Line]:
    lines: list[_Line] = []
    pos, n = 0, len(folded)
    while pos < n:
        nl = folded.find("\n", pos)
        stop = n if nl < 0 else nl
        end = n if nl < 0 else nl + 1
        raw = folded[pos:stop]
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip()) if stripped else 0
        cs = pos + lead
        lines.append(_Line(pos, end, cs, cs + len(stripped), stripped))
        pos = end
    return lines


def _is_heading(s: str) -> bool:
    return _heading().match(s) is not None


def _is_title(s: str) -> bool:
    if not 4 <= len(s) <= _MAX_TITLE or any(c in s for c in "。;:!?,") or s[-1] in "、":
        return False
    if _is_heading(s):
        return False
    if _title_end().search(s) is not None:
        return True
    return s.startswith("《") and s.endswith("》") and s.count("《") == 1


def _is_org(s: str) -> bool:
    if not 2 <= len(s) <= 40 or any(c in _ORG_STOP for c in s):
        return False
    if _is_heading(s) or s.replace(" ", "").startswith(_data.CLOSING_FORMULAS):
        return False
    return _title_end().search(s) is None


def _is_addressee(s: str) -> bool:
    if not 2 <= len(s) <= 300 or not s.endswith(":") or "。" in s:
        return False
    body = s[:-1].rstrip()
    if not body or any(w in body for w in ("如下", "以下", "下列")) or ":" in body:
        return False
    last = regex.split(r"[,、;]", body)[-1].strip()
    last = regex.sub(r"\([^()]{0,20}\)$", "", last).strip()
    return 1 <= len(last) <= 60 and last.endswith(_data.ADDRESSEE_ENDINGS)


def _parse_date(s: str) -> Date | None:
    try:
        return Date.parse(s)
    except (ParseError, ValueError):
        return None


def _full_date(s: str) -> Date | None:
    date = _parse_date(s)
    if date is None or date.year is None or date.month is None or date.day is None:
        return None
    return date


def _parse_doc_number(s: str) -> DocNumber | None:
    try:
        return DocNumber.parse(s)
    except (ParseError, ValueError):
        return None


def _classify(line: _Line) -> None:
    s = line.s
    if not s:
        line.tag = _BLANK
        return
    n = len(s)
    meta = _meta_pairs(s)
    if meta is not None:
        line.tag, line.payload = _META, meta
        return
    if _is_footer(s):
        line.tag = _FOOTER
        return
    if n <= 400 and _chrome().fullmatch(s) is not None:
        line.tag = _CHROME
        return
    if s[0] == "(" and s[-1] == ")" and s[1:].startswith(_data.NOTE_LABELS) and n <= 300:
        line.tag = _NOTE
        return
    if s.startswith(_data.ATTACHMENT_LABELS) and n <= 300:
        m = _attachment().fullmatch(s)
        if m is not None and (m.group("colon") or not m.group("rest")):
            line.tag = _ATTACH if m.group("colon") else _LABEL
            line.payload = m
            return
    if s.startswith(_data.CC_LABELS) and n <= 1000:
        m = _cc().fullmatch(s)
        if m is not None:
            line.tag, line.payload = _CC, m
            return
    if s.endswith("印发") and n <= 80:
        m = _printed().search(s)
        if m is not None:
            org = s[: m.start()].strip()
            date = _full_date(m.group("date"))
            if date is not None and (not org or _is_org(org)):
                line.tag, line.payload = _PRINTED, (org or None, date)
                return
    if n <= 60 and "号" in s and ("]" in s or ")" in s):
        number = _parse_doc_number(s.split("签发人")[0] if "签发人" in s else s)
        if number is not None:
            line.tag, line.payload = _DOCNO, number
            return
    if n <= 24 and _date_line().fullmatch(s) is not None:
        date = _full_date(s)
        if date is not None:
            line.tag, line.payload = _DATE, date
            return
    if n <= 64 and s[-1] in "日0123456789":
        m = _date_at_end().search(s)
        if m is not None:
            org = s[: m.start()].strip()
            date = _full_date(m.group("date"))
            if date is not None and _is_org(org):
                line.tag, line.payload = _SIGLINE, (org, date)
                return
    if _is_addressee(s):
        line.tag = _ADDR
        return
    if _is_heading(s):
        line.tag = _HEADING
        return
    if _is_title(s):
        line.tag = _TITLE
        return
    if n <= 30 and s.endswith(_data.LETTERHEAD_SUFFIX) and not any(c in _ORG_STOP for c in s):
        line.tag = _LETTERHEAD
        return
    if any(c in _SENTENCE for c in s) or (n >= 15 and "," in s):
        line.tag = _PROSE


def _is_footer(s: str) -> bool:
    if "。" in s:
        return False
    if any(m in s for m in _data.FOOTER_ANYWHERE) and len(s) <= 400:
        return True
    if len(s) <= 100 and any(m in s for m in _data.FOOTER_SHORT):
        return True
    return s.startswith(_data.FOOTER_STARTS) and len(s) <= 100


_Pair = tuple[str, str, int, int]  # key (spaces removed), field, value start, value end (in the content string)


def _meta_pairs(s: str) -> tuple[bool, list[_Pair]] | None:
    """The ``key: value`` pairs of a metadata line, or ``None`` when ``s`` does not start with a metadata key."""
    bullet = _bullet().match(s)
    offset = bullet.end() if bullet else 0
    keys = _keys()
    first = keys.match(s, offset)
    if first is None:
        return None
    first_key = first.group("key").replace(" ", "")
    if first_key not in _data.METADATA_KEYS and first_key not in _data.OTHER_METADATA_KEYS:
        return None
    found = [first, *keys.finditer(s, first.end())]
    pairs: list[_Pair] = []
    for i, m in enumerate(found):
        key = m.group("key").replace(" ", "")
        stop = found[i + 1].start() if i + 1 < len(found) else len(s)
        value = s[m.end() : stop]
        lead = len(value) - len(value.lstrip())
        vs, ve = m.end() + lead, m.end() + len(value.rstrip())
        pairs.append((key, _data.METADATA_KEYS.get(key, "other"), vs, max(vs, ve)))
    return bullet is not None, pairs


# ---------------------------------------------------------------------------------------------------------------
# Assembly.


class _Reader:
    """One pass of the layout over the classified lines."""

    def __init__(self, t: Text) -> None:
        self.t = t
        self.lines = _split(t.folded)
        for line in self.lines:
            _classify(line)
        self.entries: list[MetadataEntry] = []
        self.titles: list[tuple[int, int]] = []  # (first line, last line) of head titles
        self.doc_number: tuple[DocNumber, Span] | None = None
        self.addressees: int | None = None
        self.signatures: list[Signature] = []
        self.attachments: list[Attachment] = []
        self.notes: list[Note] = []
        self.cc: CarbonCopy | None = None
        self.printed_by: PrintedBy | None = None
        self.embedded: tuple[int, int] | None = None  # (first line, title line) of an embedded document

    # -- helpers -------------------------------------------------------------------------------------------------

    def _next(self, i: int) -> int:
        """The index of the next line from ``i`` on that is neither blank nor chrome (``len(lines)`` if none)."""
        lines = self.lines
        while i < len(lines) and lines[i].tag in (_BLANK, _CHROME):
            i += 1
        return i

    def _tag(self, i: int) -> int:
        return self.lines[i].tag if i < len(self.lines) else _BLANK

    def _set(self, i: int, kind: BlockKind) -> None:
        self.lines[i].kind = kind

    def _meta_line(self, i: int, pairs: list[_Pair]) -> None:
        line = self.lines[i]
        for key, field, vs, ve in pairs:
            value = line.s[vs:ve]
            self.entries.append(MetadataEntry(key, field, value, line.cs + vs, line.cs + ve))
        self._set(i, BlockKind.METADATA)

    def _value_line(self, i: int, bulleted: bool, pairs: list[_Pair]) -> int | None:
        """For a lone ``key:`` with nothing after it, the line holding its value, if the layout puts it there."""
        if len(pairs) != 1 or pairs[0][2] != pairs[0][3]:
            return None
        j = self._next(i + 1)
        if j >= len(self.lines):
            return None
        nxt = self.lines[j]
        if nxt.tag in (_META, _ADDR, _HEADING, _FOOTER) or len(nxt.s) > 200 or "。" in nxt.s:
            return None
        if bulleted:
            return j
        field = pairs[0][1]
        if field == "doc_number":
            return j if nxt.tag == _DOCNO else None
        if field in ("written_date", "published_date"):
            return j if _parse_date(nxt.s) is not None else None
        if field == "file_name":
            return j if nxt.tag == _TITLE else None
        return j if nxt.tag not in (_TITLE, _PROSE) and len(nxt.s) <= 60 else None

    # -- head ----------------------------------------------------------------------------------------------------

    def _doc_start(self) -> int:
        seen = 0
        for i, line in enumerate(self.lines):
            if line.tag in (_BLANK, _CHROME, _FOOTER):
                continue
            if line.tag in _STRONG:
                return i
            seen += 1
            if seen >= _SPAM_WINDOW:
                break
        return self._next(0)

    def _head_follows(self, i: int) -> bool:
        j = i
        for _ in range(_HEAD_LOOKAHEAD):
            j = self._next(j + 1)
            if j >= len(self.lines):
                return False
            if self.lines[j].tag in _HEAD:
                return True
        return False

    def head(self) -> int:
        """Assign the head's lines; return the index of the first body line."""
        lines = self.lines
        start = self._doc_start()
        for i in range(start):
            if lines[i].tag != _BLANK:
                self._set(i, BlockKind.BOILERPLATE)
        i = start
        while i < len(lines):
            line = lines[i]
            tag = line.tag
            if tag == _BLANK:
                pass
            elif tag in (_CHROME, _FOOTER):
                self._set(i, BlockKind.BOILERPLATE)
            elif tag == _META:
                bulleted, pairs = line.payload
                self._meta_line(i, pairs)
                j = self._value_line(i, bulleted, pairs)
                if j is not None:
                    key, field, _, _ = pairs[-1]
                    value = lines[j]
                    self.entries[-1] = MetadataEntry(key, field, value.s, value.cs, value.ce)
                    for k in range(i + 1, j):
                        if lines[k].tag != _BLANK:
                            self._set(k, BlockKind.BOILERPLATE)
                    self._set(j, BlockKind.METADATA)
                    i = j
            elif tag in (_DOCNO, _LETTERHEAD):
                if tag == _DOCNO and self.doc_number is None:
                    self.doc_number = (line.payload, (line.cs, line.ce))
                self._set(i, BlockKind.DOC_NUMBER)
            elif tag == _TITLE:
                if len(self.titles) >= 2:
                    return i
                self.titles.append((i, i))
                self._set(i, BlockKind.TITLE)
            elif tag == _ADDR:
                self.addressees = i
                self._set(i, BlockKind.ADDRESSEES)
                return i + 1
            elif tag == _OTHER and self.titles and self._subtitle(i):
                self._set(i, BlockKind.TITLE)
            elif tag == _OTHER and self._head_follows(i):
                self._set(i, BlockKind.BOILERPLATE)
            else:
                return i
            i += 1
        return i

    def _subtitle(self, i: int) -> bool:
        """A line right after the title that belongs to it: ``（试行）``, ``（2021年3月1日…通过）``, ``——…讲话``."""
        s = self.lines[i].s
        first, last = self.titles[-1]
        if self._prev(i) != last:
            return False
        if (s.startswith("(") and s.endswith(")")) or s.startswith("-"):
            self.titles[-1] = (first, i)
            return True
        return False

    def _prev(self, i: int) -> int:
        j = i - 1
        while j >= 0 and self.lines[j].tag in (_BLANK, _CHROME):
            j -= 1
        return j

    # -- body and tail -------------------------------------------------------------------------------------------

    def body(self, start: int, wrapper_x: str | None) -> None:
        lines = self.lines
        n = len(lines)
        footer = False
        slot = False  # right after the first signature: an embedded document's title may come
        attached = False  # inside the text of an attachment (after a bare 附件N label)
        cited: set[str] = set()
        if wrapper_x is not None:
            cited.add(_key(wrapper_x))
        i = start
        while i < n:
            line = lines[i]
            tag = line.tag
            if tag == _BLANK:
                i += 1
                continue
            if footer:
                if tag in (_ATTACH, _LABEL):
                    i = self._attachment_list(i)
                    continue
                self._set(i, BlockKind.BOILERPLATE)
            elif tag == _FOOTER:
                footer = True
                self._set(i, BlockKind.BOILERPLATE)
            elif tag == _CHROME:
                self._set(i, BlockKind.BOILERPLATE)
            elif tag == _NOTE:
                self._note(i)
            elif tag == _ATTACH or (tag == _LABEL and self._list_follows(i)):
                slot = attached = False
                i = self._attachment_list(i)
                continue
            elif tag == _LABEL:
                nxt = self._next(i + 1)
                if self.embedded is None and (slot or wrapper_x is not None) and self._tag(nxt) == _TITLE:
                    self.embedded = (i, nxt)
                    for k in range(i, nxt + 1):
                        if lines[k].tag != _BLANK:
                            self._set(k, BlockKind.TITLE if lines[k].tag != _CHROME else BlockKind.BOILERPLATE)
                    slot, attached = False, False
                    i = nxt + 1
                    continue
                attached = True
                i = self._bare_attachment(i, nxt)
                continue
            elif attached and tag not in (_CC, _PRINTED):
                self._set(i, BlockKind.ATTACHMENT_TEXT)
            elif tag == _CC:
                self._cc(i)
            elif tag == _PRINTED:
                org, date = line.payload
                if self.printed_by is None:
                    self.printed_by = PrintedBy(org, date, line.cs, line.ce)
                self._set(i, BlockKind.PRINTED_BY)
            elif tag in (_DATE, _SIGLINE) and self._signature(i):
                if len(self.signatures) == 1 and self.embedded is None:
                    slot = True
            elif tag == _META:
                self._meta_line(i, line.payload[1])
            elif (
                tag == _TITLE and self.embedded is None and (slot or (wrapper_x is not None and _key(line.s) in cited))
            ):
                self.embedded = (i, i)
                self._set(i, BlockKind.TITLE)
                slot = False
            else:
                self._set(i, BlockKind.BODY)
                slot = False
                if wrapper_x is not None and self.embedded is None and "《" in line.s:
                    cited.update(_key(m.group("x")) for m in _cited().finditer(line.s))
            i += 1

    def _note(self, i: int) -> None:
        line = self.lines[i]
        inner = line.s[1:-1].strip()
        fields: list[tuple[str, str]] = []
        for part in regex.split(r"[,;]", inner):
            if ":" in part:
                key, _, value = part.partition(":")
                fields.append((key.strip(), value.strip()))
        self.notes.append(Note(inner, tuple(fields), line.cs, line.ce))
        self._set(i, BlockKind.NOTES)

    def _list_follows(self, i: int) -> bool:
        j = self._next(i + 1)
        return j < len(self.lines) and _numbered().fullmatch(self.lines[j].s) is not None

    def _attachment_list(self, i: int) -> int:
        """An attachment list from line ``i`` (``附件:`` …) and the numbered lines under it; the next index."""
        lines = self.lines
        line = lines[i]
        m = line.payload
        number = _number(m.group("num"))
        rest = m.group("rest").rstrip()
        at = m.start("rest")
        if rest:
            item = _numbered().fullmatch(rest)
            if item is not None and number is None:
                number, at, rest = int(item.group("num")), at + item.start("rest"), item.group("rest")
            self._add_attachment(number, rest, line.cs + at, line.cs + at + len(rest))
        self._set(i, BlockKind.ATTACHMENTS)
        j = i + 1
        while True:
            k = self._next(j)
            if k >= len(lines) or lines[k].tag in (_ATTACH, _LABEL):
                return j
            s = lines[k].s
            item = _numbered().fullmatch(s)
            if (item is None and _extension().search(s) is None) or len(s) > 150 or "。" in s:
                return j
            for between in range(j, k):
                if lines[between].tag == _CHROME:
                    self._set(between, BlockKind.BOILERPLATE)
            if item is not None:
                title = item.group("rest")
                self._add_attachment(int(item.group("num")), title, lines[k].cs + item.start("rest"), lines[k].ce)
            else:
                self._add_attachment(None, s, lines[k].cs, lines[k].ce)
            self._set(k, BlockKind.ATTACHMENTS)
            j = k + 1

    def _bare_attachment(self, i: int, nxt: int) -> int:
        """A bare ``附件N`` label and the attached text's title under it; the index of the next line to read."""
        line = self.lines[i]
        number = _number(line.payload.group("num"))
        self._set(i, BlockKind.ATTACHMENTS)
        if nxt < len(self.lines) and self.lines[nxt].tag in (_TITLE, _OTHER) and len(self.lines[nxt].s) <= 80:
            title = self.lines[nxt]
            self._add_attachment(number, title.s, title.cs, title.ce)
            for k in range(i + 1, nxt):
                if self.lines[k].tag == _CHROME:
                    self._set(k, BlockKind.BOILERPLATE)
            self._set(nxt, BlockKind.ATTACHMENTS)
            return nxt + 1
        self._add_attachment(number, "", line.cs, line.ce)
        return i + 1

    def _add_attachment(self, number: int | None, title: str, start: int, end: int) -> None:
        title = title.strip()
        extension = None
        m = _extension().search(title)
        if m is not None:
            extension = m.group("ext").lower()
            title = title[: m.start()].rstrip()
        self.attachments.append(Attachment(number, title, start, end, extension))

    def _cc(self, i: int) -> None:
        lines = self.lines
        line = lines[i]
        text = line.payload.group("rest")
        end = line.ce
        self._set(i, BlockKind.CC)
        j = i + 1
        while text.rstrip().endswith((",", "、")) and j < len(lines) and lines[j].tag in (_OTHER, _PROSE):
            text += lines[j].s
            end = lines[j].ce
            self._set(j, BlockKind.CC)
            j += 1
        recipients = tuple(r for r in (p.strip(" 。") for p in regex.split(r"[,、;\s]+", text)) if r)
        if self.cc is None:
            self.cc = CarbonCopy(recipients, line.cs, end)

    def _signature(self, i: int) -> bool:
        """Line ``i`` holds a date (alone, or after an organisation): claim it and the organisation lines above."""
        lines = self.lines
        line = lines[i]
        orgs: list[int] = []
        if line.tag == _SIGLINE:
            org_text, date = line.payload
            names = [org_text]
        else:
            date = line.payload
            names = []
        j = i - 1
        while len(orgs) < 3:
            while j >= 0 and lines[j].tag in (_BLANK, _CHROME):
                j -= 1
            if j < 0 or lines[j].kind is not BlockKind.BODY or lines[j].tag not in (_OTHER, _LETTERHEAD):
                break
            if not _is_org(lines[j].s):
                break
            orgs.append(j)
            j -= 1
        if not orgs and line.tag == _DATE:
            k = self._next(i + 1)
            if k < len(lines) and lines[k].tag in (_BODY_FOLLOWERS):
                return False
        for k in orgs:
            self._set(k, BlockKind.SIGNATURE)
        names = [lines[k].s for k in reversed(orgs)] + names
        start = lines[orgs[-1]].cs if orgs else line.cs
        self.signatures.append(Signature(" ".join(names) or None, date, start, line.ce))
        self._set(i, BlockKind.SIGNATURE)
        return True


# A date line without an organisation above it is a signature only when the document's tail follows it.
_BODY_FOLLOWERS = (_OTHER, _PROSE, _HEADING, _ADDR, _LETTERHEAD, _DOCNO)


def _number(s: str | None) -> int | None:
    if not s:
        return None
    try:
        return parse_int(s)
    except (ParseError, ValueError):
        return None


def _key(s: str) -> str:
    """A title compared with another: no spaces, no title marks."""
    return regex.sub(r"[\s《》]++", "", s)


def _blocks(lines: list[_Line], length: int) -> tuple[Block, ...]:
    """Runs of lines of one kind; a blank line joins the block before it (the first block, at the start)."""
    blocks: list[Block] = []
    kind: BlockKind | None = None
    first = next((line.kind for line in lines if line.kind is not None), BlockKind.BODY)
    start = 0
    for line in lines:
        this = line.kind
        if this is None:
            this = kind if kind is not None else first
        if this is not kind:
            if kind is not None:
                blocks.append(Block(kind, start, line.start))
            kind, start = this, line.start
    if kind is not None:
        blocks.append(Block(kind, start, length))
    return tuple(blocks)


def _span_of(blocks: tuple[Block, ...], kind: BlockKind, lo: int, hi: int) -> Span | None:
    inside = [b for b in blocks if b.kind is kind and lo <= b.start < hi]
    if not inside:
        return None
    return inside[0].start, inside[-1].end


def _typed_metadata(entries: list[MetadataEntry]) -> Metadata:
    values: dict[str, Any] = {}
    other: list[tuple[str, str]] = []
    for e in entries:
        if e.field == "other":
            other.append((e.key, e.value))
            continue
        if e.field in values or not e.value:
            continue
        if e.field == "doc_number":
            number = _parse_doc_number(e.value)
            if number is not None:
                values[e.field] = number
        elif e.field in ("written_date", "published_date"):
            date = _parse_date(e.value)
            if date is None:
                found = Date.find(e.value)
                date = found[0].value if found and found[0].start == 0 else None
            if date is not None:
                values[e.field] = date
        else:
            values[e.field] = e.value
    return Metadata(**values, other=tuple(other), entries=tuple(entries))


def _read(t: Text) -> Layout:
    reader = _Reader(t)
    lines = reader.lines
    body_start = reader.head()
    head_title = reader.titles[-1] if reader.titles else None
    for first, last in reader.titles[:-1]:  # earlier title-like lines of the head: the portal's page title
        for k in range(first, last + 1):
            if lines[k].tag != _BLANK:
                lines[k].kind = BlockKind.BOILERPLATE
    title_text: str | None = None
    title_span: Span | None = None
    if head_title is not None:
        first = _title_up(lines, head_title[0])
        title_text = "".join(lines[k].s for k in range(first, head_title[0] + 1))
        for k in range(first, head_title[0]):
            lines[k].kind = BlockKind.TITLE
        title_span = (lines[first].cs, lines[head_title[0]].ce)
    metadata = _typed_metadata(reader.entries)
    if title_text is None and metadata.file_name:
        entry = next(e for e in metadata.entries if e.field == "file_name" and e.value)
        title_text, title_span = entry.value, (entry.start, entry.end)
    wrapper_x = None
    if title_text is not None:
        m = _wrapper().search(title_text)
        wrapper_x = m.group("x") if m is not None else None
    reader.body(body_start, wrapper_x)

    blocks = _blocks(lines, len(t.original))
    wrapper_title = wrapper_title_span = wrapper_body = None
    if reader.embedded is not None:
        label, at = reader.embedded
        wrapper_title, wrapper_title_span = title_text, title_span
        title_text, title_span = lines[at].s, (lines[at].cs, lines[at].ce)
        split = lines[at].end
        body = _span_of(blocks, BlockKind.BODY, split, len(t.original))
        wrapper_body = _span_of(blocks, BlockKind.BODY, 0, lines[label].start)
    else:
        body = _span_of(blocks, BlockKind.BODY, 0, len(t.original))
    if body is None:
        anchor = lines[body_start].start if body_start < len(lines) else len(t.original)
        body = (anchor, anchor)

    doc_number = doc_number_span = None
    if reader.doc_number is not None:
        doc_number, doc_number_span = reader.doc_number
    elif metadata.doc_number is not None:
        doc_number = metadata.doc_number
        entry = next(e for e in metadata.entries if e.field == "doc_number" and e.value)
        doc_number_span = (entry.start, entry.end)

    addressees = addressees_span = None
    if reader.addressees is not None:
        line = lines[reader.addressees]
        addressees = line.s[:-1].rstrip()
        addressees_span = (line.cs, line.ce)

    signature = reader.signatures[0] if reader.signatures else None
    reference, source = _reference(signature, metadata)
    return Layout(
        blocks=blocks,
        metadata=metadata,
        title=title_text,
        title_span=title_span,
        wrapper_title=wrapper_title,
        wrapper_title_span=wrapper_title_span,
        doc_number=doc_number,
        doc_number_span=doc_number_span,
        addressees=addressees,
        addressees_span=addressees_span,
        body=body,
        wrapper_body=wrapper_body,
        signature=signature,
        attachments=tuple(reader.attachments),
        notes=tuple(reader.notes),
        cc=reader.cc,
        printed_by=reader.printed_by,
        reference_date=reference,
        reference_source=source,
    )


def _title_up(lines: list[_Line], i: int) -> int:
    """A title wrapped over two lines: the line just above joins when it opens the title (关于…, an open 《)."""
    if i == 0:
        return i
    above = lines[i - 1]
    if above.tag not in (_OTHER, _TITLE) or above.kind not in (None, BlockKind.BOILERPLATE):
        return i
    s = above.s
    if len(s) > 60 or any(c in s for c in "。;:!?"):
        return i
    if s.startswith("关于") or s.count("《") > s.count("》") or s.count("“") > s.count("”"):
        return i - 1
    return i


def _reference(signature: Signature | None, metadata: Metadata) -> tuple[Date | None, str | None]:
    if signature is not None and signature.date is not None:
        return signature.date, "signature"
    if metadata.written_date is not None:
        return metadata.written_date, "written_date"
    if metadata.published_date is not None:
        return metadata.published_date, "published_date"
    return None, None
