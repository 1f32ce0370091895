"""The task table (任务分工表) of a work plan: outline items with who is responsible, by when, and for what target.

A 实施方案 or 工作要点 numbers its tasks in an outline (一、 / （一） / 1.) and closes each one with a responsibility
clause. :func:`build_tasks` walks the outline and makes one :class:`Task` per item that carries a clause in its own
text — the text before its first sub-item — or inherits one from the nearest ancestor that does (a clause closing
a heading covers the items under it). Each task also lists the deadlines and the quantity targets (amounts,
percentages) read in its own text, through whichever of those kinds are registered in :mod:`zhpolicy.scan`.

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

from collections.abc import Sequence
from typing import Any, Protocol

import attrs
import regex

from .match import JSON, Match, json_value
from .responsibility import KIND as RESPONSIBILITY
from .responsibility import Responsibility
from .scan import find_kind, kinds
from .text import Text, normalize

__all__ = ["DEADLINE_KINDS", "ROW_FIELDS", "TARGET_KINDS", "SectionLike", "Task", "build_tasks", "tasks_json"]

# Kinds read as a task's deadlines and as its quantity targets, where registered.
DEADLINE_KINDS = ("deadline", "relative_date", "recurring_date")
TARGET_KINDS = ("percentage", "percentage_points", "money", "quantity")


class SectionLike(Protocol):
    """What :func:`build_tasks` needs of an outline item: its span and its sub-items.

    ``number``/``marker``/``path`` and ``title`` are read when present; otherwise the number is taken from the
    heading marker at ``start`` and the title from the heading line.
    """

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def children(self) -> Sequence[Any]: ...


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
    """

    path: tuple[str, ...]
    title: str
    start: int
    end: int
    responsibility: Responsibility
    inherited: bool = False
    deadlines: tuple[Match[Any], ...] = ()
    targets: tuple[Match[Any], ...] = ()

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
        }

    def to_row(self) -> dict[str, str]:
        """A flat row for CSV: number, title, leads, partners (、-joined), lead order, deadlines, targets."""
        r = self.responsibility
        return {
            "number": self.number,
            "title": self.title,
            "leads": "、".join(r.leads),
            "partners": "、".join(r.partners),
            "units": "、".join(r.units),
            "lead_order_known": "yes" if r.lead_order_known else "no",
            "deadlines": "；".join(m.text for m in self.deadlines),
            "targets": "；".join(m.text for m in self.targets),
        }


ROW_FIELDS = ("number", "title", "leads", "partners", "units", "lead_order_known", "deadlines", "targets")

_MARKER = regex.compile(
    r"[ \t\u3000]*+(?P<marker>[(（][一二三四五六七八九十百零〇\d]{1,4}[)）]|[一二三四五六七八九十百零〇]{1,4}、"
    r"|\d{1,3}(?:\.\d{1,3}){0,3}[.．、]?|[①-⑳])"
)
_TITLE_END = "。；;！!？?\n"


def _number(section: Any, text: str) -> str:
    for name in ("number", "marker", "label"):
        value = getattr(section, name, None)
        if isinstance(value, str) and value:
            return value.strip().rstrip("、.．")
    m = _MARKER.match(text, section.start)
    return m.group("marker").strip().rstrip("、.．") if m else ""


def _title(section: Any, text: str, own_end: int) -> str:
    value = getattr(section, "title", None)
    if isinstance(value, str) and value:
        return value.strip()
    m = _MARKER.match(text, section.start)
    begin = m.end() if m else section.start
    stop = own_end
    for i in range(begin, own_end):
        if text[i] in _TITLE_END or text[i] in "(（":
            stop = i
            break
    return text[begin:stop].strip()


def _own_end(section: SectionLike) -> int:
    children = list(section.children)
    return min(section.end, children[0].start) if children else section.end


def _inside(matches: list[Match[Any]], start: int, end: int) -> list[Match[Any]]:
    return [m for m in matches if start <= m.start < end]


def build_tasks(sections: Sequence[SectionLike], text: str | Text) -> tuple[Task, ...]:
    """One :class:`Task` per outline item that has (or inherits) a responsibility clause, in reading order."""
    t = normalize(text)
    original = t.original
    registered = set(kinds())
    clauses = find_kind(t, RESPONSIBILITY)
    deadlines = sorted(
        (m for k in DEADLINE_KINDS if k in registered for m in find_kind(t, k)), key=lambda m: (m.start, -m.end)
    )
    targets = sorted(
        (m for k in TARGET_KINDS if k in registered for m in find_kind(t, k)), key=lambda m: (m.start, -m.end)
    )
    tasks: list[Task] = []

    def walk(items: Sequence[SectionLike], path: tuple[str, ...], inherited: Responsibility | None) -> None:
        for section in items:
            own_end = _own_end(section)
            number = _number(section, original)
            here = (*path, number) if number else path
            own = _inside(clauses, section.start, own_end)
            responsibility = own[-1].value if own else inherited
            if responsibility is not None:
                tasks.append(
                    Task(
                        path=here,
                        title=_title(section, original, own_end),
                        start=section.start,
                        end=section.end,
                        responsibility=responsibility,
                        inherited=not own,
                        deadlines=tuple(_inside(deadlines, section.start, own_end)),
                        targets=tuple(_inside(targets, section.start, own_end)),
                    )
                )
            walk(section.children, here, responsibility)

    walk(sections, (), None)
    return tuple(tasks)


def tasks_json(tasks: Sequence[Task]) -> JSON:
    """The task table as JSON-ready data."""
    return json_value([task.to_dict() for task in tasks])
