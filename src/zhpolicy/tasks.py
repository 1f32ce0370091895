"""The task table (任务分工表) of a work plan: outline items with who is responsible, by when, and for what target.

A 实施方案 or 工作要点 numbers its tasks in an outline (一、 / （一） / 1.) and closes each one with a responsibility
clause. :func:`build_tasks` walks the outline and makes one :class:`Task` per item that carries a clause in its own
text — the text before its first sub-item — or inherits one from the nearest ancestor that does (a clause closing
a heading covers the items under it). Each task also lists the deadlines and the quantity targets (amounts,
percentages) read in its own text, through whichever of those kinds are registered in :mod:`zhpolicy.scan` — a past
year (``较上年``) is a baseline, not a deadline.

The outline comes from :mod:`zhpolicy.outline`; any tree of objects with ``start``, ``end`` and ``children`` will do
(see :class:`SectionLike`).

    >>> import attrs
    >>> @attrs.frozen
    ... class Item:
    ...     start: int
    ...     end: int
    ...     children: tuple["Item", ...] = ()
    ...     number: str = ""
    >>> text = "一、加强监管\\n（一）开展检查（市医保局负责）\\n（二）公开信息（责任单位：▲市卫健委、市医保局）\\n"
    >>> first, second = text.index("（一）"), text.index("（二）")
    >>> items = (Item(first, second, number="（一）"), Item(second, len(text), number="（二）"))
    >>> outline = [Item(0, len(text), items, number="一")]
    >>> [(t.number, t.title, t.responsibility.leads) for t in build_tasks(outline, text)]
    [('一/（一）', '开展检查', ('市医保局',)), ('一/（二）', '公开信息', ('市卫健委',))]
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any, Protocol

import attrs
import regex

from . import citation, dates, docnumber, outline, quantities
from .dates import Date, Relative
from .errors import ParseError
from .match import JSON, Match, Value, json_value
from .responsibility import KIND as RESPONSIBILITY
from .responsibility import Responsibility
from .scan import find_kind, kinds
from .text import Text, normalize

__all__ = [
    "DEADLINE_KINDS",
    "ROW_FIELDS",
    "TARGET_KINDS",
    "SectionLike",
    "Task",
    "build_tasks",
    "match_from_dict",
    "tasks_json",
]

# Kinds read as a task's deadlines and as its quantity targets, where registered.
DEADLINE_KINDS = ("deadline", "relative_date", "recurring_date")
TARGET_KINDS = ("percentage", "percentage_points", "money", "count", "ratio", "rate", "quantity_range")


class SectionLike(Protocol):
    """What :func:`build_tasks` needs of an outline item: its span and its sub-items.

    A ``marker`` with a ``label`` (:class:`zhpolicy.outline.Marker`), or a ``number`` string, and a ``title`` are
    read when present; otherwise the number is taken from the heading marker at ``start`` and the title from the
    heading line. Items whose marker is of kind ``"inline"`` (一是…二是… inside a paragraph) are not tasks: their
    text is their parent's own text.
    """

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def children(self) -> Sequence[SectionLike]: ...


@attrs.frozen
class Task:
    """One row of a 任务分工表.

    Attributes:
        path: the outline numbers from the top item down (``("二", "（一）", "3")``).
        title: the item's heading (its first sentence when it has no separate heading line).
        start, end: the item's span in the original text (the body, sub-items included).
        responsibility: who leads and who supports.
        inherited: True when the clause belongs to an ancestor item, not to this one.
        deadlines: deadline matches in the item's own text.
        targets: quantity matches (percentages, amounts …) in the item's own text.
        reference: the document's own date, which relative deadlines (``年底前``) count from, if known.
    """

    path: tuple[str, ...]
    title: str
    start: int
    end: int
    responsibility: Responsibility
    inherited: bool = False
    deadlines: tuple[Match[Value], ...] = ()
    targets: tuple[Match[Value], ...] = ()
    reference: Date | None = None

    @property
    def number(self) -> str:
        """The number path joined with ``/`` (``二/（一）/3``)."""
        return "/".join(self.path)

    def to_dict(self) -> dict[str, JSON]:
        return {
            "number": self.number,
            "path": list(self.path),
            "title": self.title,
            "start": self.start,
            "end": self.end,
            "inherited": self.inherited,
            "responsibility": self.responsibility.to_dict(),
            "deadlines": [m.to_dict() for m in self.deadlines],
            "targets": [m.to_dict() for m in self.targets],
            "reference": json_value(self.reference),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, JSON]) -> Task:
        d: dict[str, Any] = dict(data)  # each field is converted (int(), str(), from_dict) as it is read
        return cls(
            path=tuple(str(p) for p in d["path"]),
            title=str(d["title"]),
            start=int(d["start"]),
            end=int(d["end"]),
            responsibility=Responsibility.from_dict(d["responsibility"]),
            inherited=bool(d.get("inherited", False)),
            deadlines=tuple(match_from_dict(m) for m in d.get("deadlines", ())),
            targets=tuple(match_from_dict(m) for m in d.get("targets", ())),
            reference=None if d.get("reference") is None else Date.from_dict(d["reference"]),
        )

    def due(self) -> tuple[str, ...]:
        """The deadlines as canonical text, relative ones resolved against ``reference`` (``年底前`` read in a
        document dated 2023 is ``2023年底前``)."""
        out: list[str] = []
        for m in self.deadlines:
            value = m.value
            if isinstance(value, Relative) and self.reference is not None and self.reference.year is not None:
                with contextlib.suppress(ParseError, ValueError):
                    value = value.resolve(self.reference)
            out.append(str(value))
        return tuple(out)

    def to_row(self) -> dict[str, str]:
        """A flat row for CSV: number, title, leads, partners, units (、-joined), whether the lead order is known,
        deadlines (canonical, relative ones resolved; ；-joined) and targets (as written)."""
        r = self.responsibility
        return {
            "number": self.number,
            "title": self.title,
            "leads": "、".join(r.leads),
            "partners": "、".join(r.partners),
            "units": "、".join(r.units),
            "lead_order_known": "yes" if r.lead_order_known else "no",
            "deadlines": "；".join(self.due()),
            "targets": "；".join(m.text for m in self.targets),
        }


ROW_FIELDS = ("number", "title", "leads", "partners", "units", "lead_order_known", "deadlines", "targets")


@cache
def _marker() -> regex.Pattern[str]:
    """A section's marker, used with match() at the section's start; the leading blanks are read only from the
    start of their run, so a pass over a long run of blanks stays linear too."""
    return regex.compile(
        r"(?:(?<![ \t\u3000])[ \t\u3000]++)?"
        r"(?P<marker>[(（][一二三四五六七八九十百零〇\d]{1,4}[)）]|[一二三四五六七八九十百零〇]{1,4}、"
        r"|\d{1,3}(?:\.\d{1,3}){0,3}[.．、]?|[①-⑳])"
    )


_TITLE_END = "。；;！!？?\n"


def _number(section: Any, text: str) -> str:
    label = getattr(getattr(section, "marker", None), "label", None)
    if isinstance(label, str) and label:
        return label
    for name in ("number", "marker", "label"):
        value = getattr(section, name, None)
        if isinstance(value, str) and value:
            return value.strip().rstrip("、.．")
    m = _marker().match(text, section.start)
    return m.group("marker").strip().rstrip("、.．") if m else ""


def _title(section: Any, text: str, own_end: int, clauses: list[Match[Value]]) -> str:
    value = getattr(section, "title", None)
    if isinstance(value, str) and value:
        # a heading that closes with its clause: the clause is not part of the title
        at = text.find(value, section.start, own_end)
        for clause in clauses:
            if at >= 0 and at < clause.start < at + len(value):
                return text[at : clause.start].strip()
        return value.strip()
    m = _marker().match(text, section.start)
    begin = m.end() if m else section.start
    stop = own_end
    for i in range(begin, own_end):
        if text[i] in _TITLE_END or text[i] in "(（":
            stop = i
            break
    return text[begin:stop].strip()


def _is_inline(section: Any) -> bool:
    return getattr(getattr(section, "marker", None), "kind", None) == "inline"


def _items(section: SectionLike) -> list[Any]:
    """The sub-items that are tasks of their own (not inline enumerations)."""
    return [child for child in section.children if not _is_inline(child)]


def _own_end(section: SectionLike) -> int:
    children = _items(section)
    return min(section.end, children[0].start) if children else section.end


def _is_deadline(m: Match[Value]) -> bool:
    """A past year (去年, 上年: ``较上年提高``) is a baseline, not a deadline; every other date expression of the
    deadline kinds is one."""
    return not (m.kind == "relative_date" and getattr(m.value, "years", 0) < 0)


def _inside(matches: list[Match[Value]], start: int, end: int) -> list[Match[Value]]:
    return [m for m in matches if start <= m.start < end]


def _deadlines_and_targets(t: Text) -> tuple[list[Match[Value]], list[Match[Value]]]:
    registered = set(kinds())
    deadlines = sorted(
        (m for k in DEADLINE_KINDS if k in registered for m in find_kind(t, k) if _is_deadline(m)),
        key=lambda m: (m.start, -m.end),
    )
    targets = sorted(
        (m for k in TARGET_KINDS if k in registered for m in find_kind(t, k)), key=lambda m: (m.start, -m.end)
    )
    return deadlines, targets


def build_tasks(sections: Sequence[SectionLike], text: str | Text, reference: Date | None = None) -> tuple[Task, ...]:
    """One :class:`Task` per outline item that has (or inherits) a responsibility clause, in reading order;
    ``reference`` (the document's own date) is kept on each task to resolve its relative deadlines."""
    t = normalize(text)
    original = t.original
    clauses = find_kind(t, RESPONSIBILITY)
    deadlines, targets = _deadlines_and_targets(t)
    tasks: list[Task] = []

    def walk(items: Sequence[SectionLike], path: tuple[str, ...], inherited: Responsibility | None) -> None:
        for section in items:
            if _is_inline(section):
                continue
            own_end = _own_end(section)
            number = _number(section, original)
            here = (*path, number) if number else path
            own = _inside(clauses, section.start, own_end)
            last = own[-1].value if own else inherited
            responsibility = last if isinstance(last, Responsibility) else None
            if responsibility is not None:
                tasks.append(
                    Task(
                        path=here,
                        title=_title(section, original, own_end, own),
                        start=section.start,
                        end=section.end,
                        responsibility=responsibility,
                        inherited=not own,
                        deadlines=tuple(_inside(deadlines, section.start, own_end)),
                        targets=tuple(_inside(targets, section.start, own_end)),
                        reference=reference,
                    )
                )
            walk(_items(section), here, responsibility)

    walk(sections, (), None)
    return tuple(tasks)


# Header cells of a task table (任务分工表) that name the row's number and its task.
_NUMBER_COLUMNS = ("序号", "编号")
_TITLE_COLUMN_WORDS = ("任务", "内容", "措施", "事项")
_MAX_CELL = 300


def _unit_column(header: str) -> bool:
    """A header that labels departments (牵头单位, 配合部门, 责任单位 …): the responsibility parser reads
    ``header：X`` as a clause."""
    if not 2 <= len(header) <= 12:
        return False
    try:
        Responsibility.parse(f"{header}:某某局")
    except ParseError:
        return False
    return True


def _cells(line: str, start: int) -> list[tuple[str, int, int]]:
    """The tab-separated cells of a line: ``(content, start, end)``, content stripped."""
    out: list[tuple[str, int, int]] = []
    pos = start
    for raw in line.split("\t"):
        lead = len(raw) - len(raw.lstrip())
        content = raw.strip()
        out.append((content, pos + lead, pos + lead + len(content)))
        pos += len(raw) + 1
    return out


def table_tasks(text: str | Text, reference: Date | None = None) -> tuple[Task, ...]:
    """One :class:`Task` per row of a task table — tab-separated cells, as :func:`zhpolicy.load` renders the tables
    of .docx and .html files — under a header row with a department column (牵头单位, 配合单位, 责任单位 …).

    The row's departments are read as the clause ``牵头单位：X；配合单位：Y`` its header spells; the number comes from
    a 序号 column, the title from a 任务/内容/措施 column; deadlines and targets from the row's text.
    """
    t = normalize(text)
    folded, original = t.folded, t.original
    if "\t" not in folded:
        return ()
    deadlines, targets = _deadlines_and_targets(t)
    tasks: list[Task] = []
    header: list[str] | None = None
    units: list[int] = []
    pos = 0
    while pos < len(folded):
        stop = folded.find("\n", pos)
        stop = len(folded) if stop < 0 else stop
        line = folded[pos:stop]
        cells = _cells(line, pos) if "\t" in line else []
        if header is not None and len(cells) == len(header):
            task = _row_task(
                header,
                units,
                cells,
                original=original,
                reference=reference,
                deadlines=deadlines,
                targets=targets,
                ordinal=len(tasks) + 1,
            )
            if task is not None:
                tasks.append(task)
        elif cells:
            names = [c[0].replace(" ", "") for c in cells]
            units = [i for i, name in enumerate(names) if _unit_column(name)]
            header = names if units else None
        else:
            header = None
        pos = stop + 1
    return tuple(tasks)


def _row_task(
    header: list[str],
    units: list[int],
    cells: list[tuple[str, int, int]],
    *,
    original: str,
    reference: Date | None,
    deadlines: list[Match[Value]],
    targets: list[Match[Value]],
    ordinal: int,
) -> Task | None:
    parts = [f"{header[i]}:{cells[i][0]}" for i in units if cells[i][0] and len(cells[i][0]) <= _MAX_CELL]
    if not parts:
        return None
    try:
        responsibility = Responsibility.parse(";".join(parts))
    except ParseError:
        return None
    others = [i for i in range(len(header)) if i not in units]
    number_at = next((i for i in others if header[i] in _NUMBER_COLUMNS), None)
    title_at = next((i for i in others if any(w in header[i] for w in _TITLE_COLUMN_WORDS)), None)
    if title_at is None:
        candidates = [i for i in others if i != number_at]
        title_at = max(candidates, key=lambda i: len(cells[i][0]), default=None)
    number = cells[number_at][0].rstrip(".、") if number_at is not None and cells[number_at][0] else str(ordinal)
    title = "" if title_at is None else original[cells[title_at][1] : cells[title_at][2]]
    start, end = min(c[1] for c in cells), max(c[2] for c in cells)
    return Task(
        path=(number,),
        title=title,
        start=start,
        end=max(end, start + 1),
        responsibility=responsibility,
        deadlines=tuple(_inside(deadlines, start, end)),
        targets=tuple(_inside(targets, start, end)),
        reference=reference,
    )


def _value_types() -> dict[str, Any]:
    """The value type of each kind ``zhpolicy.find`` reports (for reading matches back from ``to_dict``)."""
    types: dict[str, Any] = {
        "doc_number": docnumber.DocNumber,
        "citation": citation.Citation,
        "date": dates.Date,
        "period": dates.Period,
        "deadline": dates.Deadline,
        "relative_date": dates.Relative,
        "recurring_date": dates.Recurring,
        "heading": outline.Marker,
        RESPONSIBILITY: Responsibility,
    }
    for kind, name in _QUANTITY_TYPES.items():
        value_type = getattr(quantities, name, None)
        if value_type is not None:
            types[kind] = value_type
    return types


_QUANTITY_TYPES = {
    "money": "Money",
    "percentage": "Percentage",
    "percentage_points": "PercentagePoints",
    "count": "Count",
    "ratio": "Ratio",
    "rate": "Rate",
    "quantity_range": "Range",
}


def match_from_dict(data: Mapping[str, JSON]) -> Match[Value]:
    """A :class:`~zhpolicy.match.Match` back from its ``to_dict()``; ``ValueError`` for a kind with no known type."""
    d: dict[str, Any] = dict(data)
    kind = str(d["kind"])
    value_type = _value_types().get(kind)
    if value_type is None:
        raise ValueError(f"no value type is known for kind {kind!r}")
    return Match(kind, value_type.from_dict(d["value"]), int(d["start"]), int(d["end"]), str(d["text"]))


def tasks_json(tasks: Sequence[Task]) -> JSON:
    """The task table as JSON-ready data."""
    return [task.to_dict() for task in tasks]
