"""The outline: the numbered levels of a document, built into a tree of :class:`Section` objects.

GB/T 9704-2012 §7.3.3 numbers the levels of a document's structure 一、 → （一） → 1. → （1）, and documents go
on with ① for a fifth level; laws and regulations use 第X编/章/节/条. Real documents bend the rule: they start at
（一）, skip a level (一、 then 1.), or run a numbering on across parents (1.–36. over （一）…（七）). So the depth
of a kind is decided by the document — a kind nests under the kinds open when it is first seen — with the GB
order kept for telling where the document breaks it (a :class:`Diagnostic`).

A heading marker stands at the start of a line. Its title is the first sentence: up to 。 or the end of the
line. Inline enumerations (一是…二是… inside one paragraph) are kept as children of their paragraph's section
with kind ``"inline"``; they are not headings, and :meth:`Marker.find` (kind ``"heading"`` in
:func:`zhpolicy.find`) reports headings only.

    >>> m = Marker.parse("（十一）")
    >>> m.kind, m.number, str(m)
    ('cn_paren', 11, '（十一）')
    >>> str(Marker.parse("(3)")), str(Marker.parse("3．")), str(Marker.parse("第二十三條"))
    ('（3）', '3.', '第二十三条')
    >>> [str(m.value) for m in Marker.find("一、总体要求\\n（一）指导思想。坚持…\\n1.5亿元")]
    ['一、', '（一）']
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from itertools import chain, pairwise

import attrs
import regex

from . import _outline_data as _data
from .errors import ParseError
from .match import JSON, Match, read_dict, read_int, read_list, read_optional_str, read_str
from .numerals import parse_int, to_chinese
from .scan import find_typed, register
from .text import Text, normalize

__all__ = ["Diagnostic", "Marker", "Section", "build_outline", "number_path"]

KIND = "heading"

_RANK = {name: rank for name, rank, _ in _data.KINDS}
_TEMPLATE = {name: template for name, _, template in _data.KINDS}


def _marker_source() -> str:
    cn = f"[{_data.CN_DIGITS}]"
    return rf"""
    (?:
        第(?P<legal>{cn}{{1,6}}+|[0-9]{{1,3}}+)(?P<unit>[编章节条])
      | (?P<dun>{cn}{{1,4}}+)、(?!{cn})
      | \((?P<cnp>{cn}{{1,4}}+)\)
      | (?P<dot>[0-9]{{1,3}}+)(?:\.(?![0-9.])|、(?![0-9]))
      | \((?P<ap>[0-9]{{1,3}}+)\)
      | (?P<ap2>[0-9]{{1,3}}+)\)
      | (?P<circ>[{_data.CIRCLED}])
      | (?P<pd>[{_data.PAREN_DIGITS}])
    )"""


@cache
def _heading_pattern() -> regex.Pattern[str]:
    """A marker at the start of a line (after optional spaces)."""
    return regex.compile(r"^[ \t]*+" + _marker_source(), regex.MULTILINE | regex.VERBOSE)


@cache
def _whole_pattern() -> regex.Pattern[str]:
    """One marker — a heading marker or an inline 一是 — spanning the whole string."""
    inline = f"(?P<inline>[{_data.CN_DIGITS}]{{1,3}}+)是"
    # (?<!\s): a pass over a run of white space tries it once, not at every position in it
    return regex.compile(r"(?<!\s)\s*+(?:" + _marker_source() + "|" + inline + r")\s*+", regex.VERBOSE)


@cache
def _inline_pattern() -> regex.Pattern[str]:
    """一是/二是… after the start of a line or a punctuation mark."""
    source = r"(?:^|(?<=[。；;，,：:\s]))[ \t]*+(?P<inline>[一二三四五六七八九十]{1,3}+)是"
    return regex.compile(source, regex.MULTILINE)


def _number(s: str) -> int | None:
    try:
        n = parse_int(s)
    except ParseError:
        return None
    return n if n > 0 else None


def _cn_number(s: str, limit: int) -> int | None:
    """A marker's Chinese numeral: positional (十一, not 一一), and one whose canonical form — ``str()`` of the
    marker — fits the ``limit`` characters the pattern reads, so that it parses back."""
    if len(s) > 1 and "十" not in s and "百" not in s:
        return None  # 一一、 is a stutter or a string of digits, not the eleventh heading
    n = _number(s)
    if n is None:
        return None
    canonical = to_chinese(n)
    return n if len(canonical) <= limit and all(c in _data.CN_DIGITS for c in canonical) else None


@cache
def _group_names(pattern: regex.Pattern[str]) -> tuple[str, ...]:
    return tuple(sorted(pattern.groupindex, key=pattern.groupindex.__getitem__))


def _from_match(m: regex.Match[str]) -> tuple[str, int | None]:
    """The kind and number a match of the marker pattern names."""
    g = dict(zip(_group_names(m.re), m.groups(), strict=True))  # groupdict() costs 30× more
    if g["legal"] is not None:
        legal = g["legal"]
        return _data.LEGAL_UNITS[g["unit"]], _number(legal) if legal.isdigit() else _cn_number(legal, 6)
    if g["dun"] is not None:
        return "cn_dun", _cn_number(g["dun"], 4)
    if g["cnp"] is not None:
        return "cn_paren", _cn_number(g["cnp"], 4)
    if g["dot"] is not None:
        return "arabic_dot", _number(g["dot"])
    if g["ap"] is not None or g["ap2"] is not None:
        return "arabic_paren", _number(g["ap"] or g["ap2"])
    if g["circ"] is not None:
        return "circled", _data.CIRCLED.index(g["circ"]) + 1
    if g["pd"] is not None:
        return "arabic_paren", _data.PAREN_DIGITS.index(g["pd"]) + 1
    return "inline", _cn_number(g.get("inline") or "", 3)


def _canonical(kind: str, number: int) -> str:
    circled = _data.CIRCLED[number - 1] if kind == "circled" and 0 < number <= len(_data.CIRCLED) else ""
    return _TEMPLATE[kind].format(cn=to_chinese(number), n=number, circled=circled)


@attrs.frozen
class Marker:
    """A numbering marker: its ``kind`` (see ``_outline_data.KINDS``), its ``number`` and the ``text`` as printed.

    ``text`` is left out of equality: ``(一)`` and ``（一）`` are the same marker.
    """

    kind: str
    number: int
    text: str = attrs.field(default="", eq=False)

    def __attrs_post_init__(self) -> None:
        if not self.text:
            object.__setattr__(self, "text", str(self))

    def __str__(self) -> str:
        return _canonical(self.kind, self.number)

    @property
    def label(self) -> str:
        """The marker without its punctuation, as used in a number path: ``二``, ``（一）``, ``3``, ``第五条``."""
        return str(self).removesuffix("、").removesuffix(".").removesuffix("是")

    @property
    def gb_rank(self) -> int:
        """The kind's place in GB/T 9704 order (smaller = shallower)."""
        return _RANK[self.kind]

    @classmethod
    def parse(cls, s: str) -> Marker:
        """One marker spanning ``s``, in any printed variant (full width, traditional, bracket variants)."""
        t = normalize(s)
        m = _whole_pattern().fullmatch(t.folded)
        if m is None:
            raise ParseError("an outline marker (一、 （一） 1. （1） ① 第一条 一是)", s, 0)
        kind, number = _from_match(m)
        if number is None or (kind == "circled" and number > len(_data.CIRCLED)):
            raise ParseError("an outline marker with a positive number", s, 0)
        return cls(kind, number, s.strip())

    @staticmethod
    def find(text: str | Text) -> list[Match[Marker]]:
        """Every heading marker (at a line start) in reading order; never raises."""
        return find_typed(text, KIND, Marker)

    def to_dict(self) -> dict[str, JSON]:
        return {"kind": self.kind, "number": self.number, "text": self.text}

    @classmethod
    def from_dict(cls, d: Mapping[str, JSON]) -> Marker:
        """The value back from :meth:`to_dict` (a missing ``text`` is the canonical form)."""
        kind = read_str(d, "kind")
        if kind not in _RANK:
            raise ValueError(f"unknown marker kind: {kind!r}")
        return cls(kind, read_int(d, "number"), read_optional_str(d, "text") or "")


# A heading match opens a line (at 0 or after a \n: the only line break ``^`` knows), spaces aside, with a character
# a marker opens with; ``re`` steps from line to line in C, far faster than ``regex`` tries ``^`` at every position.
_LINE_CORE = re.compile("\n[ \t]*[第(0-9" + _data.CN_DIGITS + _data.CIRCLED + _data.PAREN_DIGITS + "]")


def _find_headings(t: Text) -> list[Match[Marker]]:
    """Every heading marker: :func:`_find_headings_plain`'s result, found faster (tests pin the two equal)."""
    folded = t.folded
    pattern = _heading_pattern()
    # a match never holds a \n, so one anchored try per candidate line start finds what finditer finds
    found = chain([pattern.match(folded)], (pattern.match(folded, c.start() + 1) for c in _LINE_CORE.finditer(folded)))
    # a document repeats a few dozen markers: read each printed one once and share its (frozen) Marker
    read: dict[tuple[str, str], tuple[Marker | None, int]] = {}
    out: list[Match[Marker]] = []
    for m in found:
        if m is None:
            continue
        start, end = m.span()
        key = (m.group(), t.original[start:end])
        known = read.get(key)
        if known is None:
            known = read[key] = _heading_marker(m, key[1])
        marker, lead = known
        if marker is not None:
            out.append(Match(KIND, marker, start + lead, end, marker.text))
    return out


def _heading_marker(m: regex.Match[str], printed: str) -> tuple[Marker | None, int]:
    """The marker of a heading match (``None`` for a number that is not one) and the length of its indent."""
    lead = len(m.group()) - len(m.group().lstrip(" \t"))
    kind, number = _from_match(m)  # the groups follow from the matched text alone: any match of it reads the same
    return (None if number is None else Marker(kind, number, printed[lead:])), lead


def _find_headings_plain(t: Text) -> list[Match[Marker]]:
    """The plain pass over the whole text that :func:`_find_headings` must equal."""
    out: list[Match[Marker]] = []
    for m in _heading_pattern().finditer(t.folded):
        marker, lead = _heading_marker(m, t.original[m.start() : m.end()])
        if marker is not None:
            out.append(Match(KIND, marker, m.start() + lead, m.end(), marker.text))
    return out


register(KIND, _find_headings)


@attrs.frozen
class Diagnostic:
    """Where a document's numbering breaks the rules: ``code`` is one of ``skipped_number``, ``duplicate_number``,
    ``out_of_order``, ``level_order``; ``offset`` is the marker's start."""

    code: str
    offset: int
    message: str

    def to_dict(self) -> dict[str, JSON]:
        return {"code": self.code, "offset": self.offset, "message": self.message}

    @classmethod
    def from_dict(cls, d: Mapping[str, JSON]) -> Diagnostic:
        """The value back from :meth:`to_dict`."""
        return cls(read_str(d, "code"), read_int(d, "offset"), read_str(d, "message"))


@attrs.frozen
class Section:
    """One numbered section: ``start`` at its marker's first character, ``end`` after its last non-space
    character; ``title`` is the first sentence after the marker (up to 。 or the line end), and
    ``body_start``/``body_end`` the text after the title up to the first child (or the end)."""

    marker: Marker
    title: str
    start: int
    end: int
    body_start: int
    body_end: int
    children: tuple[Section, ...] = ()

    def walk(self) -> Iterator[Section]:
        """This section and every section below it, in reading order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def innermost(self, offset: int) -> Section | None:
        """The deepest section (this one or below) whose span contains ``offset``, else ``None``."""
        if not self.start <= offset < self.end:
            return None
        for child in self.children:
            found = child.innermost(offset)
            if found is not None:
                return found
        return self

    def to_dict(self) -> dict[str, JSON]:
        return {
            "marker": self.marker.to_dict(),
            "title": self.title,
            "start": self.start,
            "end": self.end,
            "body": [self.body_start, self.body_end],
            "children": [c.to_dict() for c in self.children],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, JSON]) -> Section:
        """The section and its sub-sections back from :meth:`to_dict` (``body`` is ``[body_start, body_end]``)."""
        body = read_list(d, "body")
        ends = [x for x in body if isinstance(x, int) and not isinstance(x, bool)]
        if len(body) != 2 or len(ends) != 2:
            raise TypeError("field 'body' must be [body_start, body_end]")
        children = []
        for child in read_list(d, "children"):
            if not isinstance(child, dict):
                raise TypeError("field 'children' must be a list of objects")
            children.append(Section.from_dict(child))
        return cls(
            Marker.from_dict(read_dict(d, "marker")),
            read_str(d, "title"),
            read_int(d, "start"),
            read_int(d, "end"),
            ends[0],
            ends[1],
            tuple(children),
        )


def number_path(path: Sequence[Section]) -> str:
    """The labels of a chain of sections joined by ``/``: ``二/（一）/3``."""
    return "/".join(s.marker.label for s in path)


@attrs.define
class _Node:
    marker: Marker
    start: int
    title: str
    body_start: int
    end: int = 0
    children: list[_Node] = attrs.Factory(list)

    def freeze(self) -> Section:
        kids = tuple(c.freeze() for c in self.children)
        body_end = kids[0].start if kids else self.end
        body_end = max(body_end, self.body_start)
        return Section(self.marker, self.title, self.start, self.end, min(self.body_start, self.end), body_end, kids)


def _title(folded: str, original: str, pos: int) -> tuple[str, int]:
    """The first sentence from ``pos`` (up to 。 or the line end) and where the body starts."""
    line_end = folded.find("\n", pos)
    if line_end < 0:
        line_end = len(folded)
    stop = folded.find("。", pos, line_end)
    if stop < 0:
        return original[pos:line_end].strip(), line_end
    return original[pos:stop].strip(), stop + 1


_TRAILING_SPACE = regex.compile(r"\s++", regex.REVERSE)


def _rstrip_end(folded: str, end: int, floor: int) -> int:
    """``end`` moved back over white space, not below ``floor`` — in C: a document's blanked chrome can be long."""
    m = _TRAILING_SPACE.match(folded, floor, end)
    return end if m is None else m.start()


def _inline_enums(t: Text, lo: int, hi: int) -> list[_Node]:
    """一是/二是… runs inside the lines of ``[lo, hi)``: numbered 1, 2, … within one paragraph."""
    out: list[_Node] = []
    folded = t.folded
    pos = lo
    while pos < hi:
        line_end = folded.find("\n", pos, hi)
        if line_end < 0:
            line_end = hi
        run: list[_Node] = []
        for m in _inline_pattern().finditer(folded, pos, line_end):
            n = _number(m.group("inline"))
            if n != len(run) + 1:
                if n == 1:
                    run = []
                else:
                    continue
            start = m.start("inline")
            title, body = _title(folded, t.original, m.end())
            run.append(_Node(Marker("inline", n, t.original[start : m.end()]), start, title, body))
        if len(run) >= 2:
            for a, b in pairwise(run):
                a.end = _rstrip_end(folded, b.start, a.start)
                if a.body_start > b.start:  # the item's sentence ends at the next item, not at 。
                    a.title = t.original[a.start + len(a.marker.text) : b.start].strip().rstrip("，,；;：: ")
                    a.body_start = b.start
            run[-1].end = _rstrip_end(folded, line_end, run[-1].start)
            out.extend(run)
        pos = line_end + 1
    return out


def _pops(new: str, top: str, first_seen: dict[str, int]) -> bool:
    """Does a heading of kind ``new`` close an open section of kind ``top``?"""
    if new == top:
        return True
    if new in _data.LEGAL and top in _data.LEGAL:
        return _RANK[new] < _RANK[top]
    if new in first_seen:
        return first_seen[new] < first_seen[top]
    return False


def build_outline(text: str | Text) -> tuple[tuple[Section, ...], tuple[Diagnostic, ...]]:
    """The forest of top-level sections of ``text`` and the diagnostics of its numbering; never raises."""
    t = normalize(text)
    folded = t.folded
    roots: list[_Node] = []
    stack: list[_Node] = []
    first_seen: dict[str, int] = {}
    last_number: dict[str, int] = {}
    diagnostics: list[Diagnostic] = []
    headings = Marker.find(t)

    def close(node: _Node, at: int) -> None:
        node.end = _rstrip_end(folded, at, node.start)

    for match in headings:
        marker = match.value
        kind = marker.kind
        line_start = folded.rfind("\n", 0, match.start) + 1
        while stack and _pops(kind, stack[-1].marker.kind, first_seen):
            close(stack.pop(), line_start)
        parent = stack[-1] if stack else None
        siblings = parent.children if parent is not None else roots
        title, body = _title(folded, t.original, match.end)
        node = _Node(marker, match.start, title, body)
        _check(node, siblings, parent, last_number, diagnostics)
        siblings.append(node)
        stack.append(node)
        first_seen.setdefault(kind, len(first_seen))
        last_number[kind] = marker.number
    for node in stack:
        close(node, len(folded))
    for node in [n for r in roots for n in _walk_nodes(r)]:
        lo = node.body_start
        hi = node.children[0].start if node.children else node.end
        if lo < hi:
            node.children[:0] = _inline_enums(t, lo, hi)
    return tuple(r.freeze() for r in roots), tuple(diagnostics)


def _walk_nodes(node: _Node) -> Iterator[_Node]:
    yield node
    for child in node.children:
        yield from _walk_nodes(child)


def _check(
    node: _Node,
    siblings: list[_Node],
    parent: _Node | None,
    last_number: dict[str, int],
    diagnostics: list[Diagnostic],
) -> None:
    marker = node.marker
    n = marker.number
    previous = next((s.marker.number for s in reversed(siblings) if s.marker.kind == marker.kind), None)
    expected = (previous + 1) if previous is not None else None
    if previous is None and n != 1 and n != last_number.get(marker.kind, 0) + 1:
        expected = last_number.get(marker.kind, 0) + 1
    if expected is not None and n != expected:
        if previous is not None and n == previous:
            code = "duplicate_number"
        elif n > expected:
            code = "skipped_number"
        else:
            code = "out_of_order"
        diagnostics.append(Diagnostic(code, node.start, f"{marker.text}: expected {_canonical(marker.kind, expected)}"))
    if parent is not None and parent.marker.gb_rank > marker.gb_rank:
        diagnostics.append(
            Diagnostic("level_order", node.start, f"{marker.text} under {parent.marker.text}: against GB/T 9704 order")
        )
