"""Hypothesis strategies for the outline: markers in every printed style, and whole outline trees rendered to text.

A generated document picks one kind per level (up to 5 levels; legal 编/章/节/条 keep their fixed order above the
numbered kinds), numbers children from 1 or runs the numbering on across parents, and prints each title either on
its own line or as the first sentence of its paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import strategies as st

from zhpolicy.numerals import to_chinese

from .render import to_full_width, to_traditional

__all__ = ["OutlineNode", "marker_styles", "markers", "outlines", "render_marker"]

NUMBERED = ("cn_dun", "cn_paren", "arabic_dot", "arabic_paren", "circled")
LEGAL = ("bian", "zhang", "jie", "tiao")
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
#: Title words: no numeral characters, no 是, no 。 — a title never looks like a marker or an enumeration.
WORDS = ("加强", "组织", "领导", "完善", "机制", "推进", "医疗", "保障", "改革", "服务", "监督", "管理", "健全", "体系")


def marker_styles(kind: str, number: int) -> list[str]:
    """Every way documents print the marker ``kind``/``number``."""
    cn = to_chinese(number)
    styles = {
        "cn_dun": [f"{cn}、"],
        "cn_paren": [f"（{cn}）", f"({cn})"],
        "arabic_dot": [f"{number}.", f"{number}．", f"{number}、"],
        "arabic_paren": [f"（{number}）", f"({number})", to_full_width(f"({number})")],
        "circled": [CIRCLED[number - 1]] if number <= len(CIRCLED) else [],
        "bian": [f"第{cn}编"],
        "zhang": [f"第{cn}章"],
        "jie": [f"第{cn}节"],
        "tiao": [f"第{cn}条"],
        "inline": [f"{cn}是"],
    }[kind]
    return styles + [to_traditional(s) for s in styles if to_traditional(s) != s]


@st.composite
def markers(draw: st.DrawFn) -> tuple[str, int, str]:
    """``(kind, number, printed)`` for one marker."""
    kind = draw(st.sampled_from((*NUMBERED, *LEGAL, "inline")))
    number = draw(st.integers(1, 20 if kind == "circled" else 99))
    return kind, number, draw(st.sampled_from(marker_styles(kind, number)))


def render_marker(kind: str, number: int, style: int) -> str:
    styles = marker_styles(kind, number)
    return styles[style % len(styles)]


@dataclass
class OutlineNode:
    """An expected section: what the parser must give back."""

    kind: str
    number: int
    title: str
    start: int = 0
    children: list[OutlineNode] = field(default_factory=list)


@st.composite
def _levels(draw: st.DrawFn) -> list[str]:
    legal = [k for k in LEGAL if draw(st.booleans())] if draw(st.booleans()) else []
    numbered = draw(st.permutations(NUMBERED))
    depth = draw(st.integers(1, 5))
    return (legal + list(numbered))[:depth]


@st.composite
def outlines(draw: st.DrawFn) -> tuple[str, list[OutlineNode]]:
    """A rendered document and the forest of sections it must parse to."""
    levels = draw(_levels())
    run_on = {k: draw(st.booleans()) for k in levels}
    counters: dict[str, int] = {}
    parts: list[str] = [draw(st.sampled_from(["", "关于加强管理的意见\n", "各有关单位：\n"]))]
    pos = len(parts[0])

    def title() -> str:
        return "".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=3)))

    def emit(level: int, budget: list[int]) -> list[OutlineNode]:
        nonlocal pos
        kind = levels[level]
        count = draw(st.integers(1, 3))
        if not run_on[kind]:
            counters[kind] = 0
        nodes: list[OutlineNode] = []
        for _ in range(count):
            if budget[0] <= 0 or (kind == "circled" and counters.get(kind, 0) >= len(CIRCLED)):
                break
            budget[0] -= 1
            counters[kind] = counters.get(kind, 0) + 1
            number = counters[kind]
            marker = render_marker(kind, number, draw(st.integers(0, 5)))
            heading_title = title()
            sep = " " if kind in LEGAL else draw(st.sampled_from(["", "", " "]))
            if draw(st.booleans()):
                line = f"{marker}{sep}{heading_title}\n{title()}。\n"
            else:
                line = f"{marker}{sep}{heading_title}。{title()}。\n"
            node = OutlineNode(kind, number, heading_title, pos)
            parts.append(line)
            pos += len(line)
            if level + 1 < len(levels) and draw(st.booleans()):
                node.children = emit(level + 1, budget)
            nodes.append(node)
        return nodes

    forest = emit(0, [draw(st.integers(1, 25))])
    return "".join(parts), forest
