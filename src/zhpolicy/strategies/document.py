"""Whole work plans — head, outline, responsibility clauses, signature, tail — with the task table each must give.

``plans()`` draws a :class:`~strategies.layout.GeneratedDocument` whose ``expected`` holds, besides the layout
fields of :func:`strategies.layout.documents`, ``"tasks"``: ``(number, title, leads, partners)`` per task, in
simplified script. A plan is printed plain (ASCII brackets in names, full-width around them) or as a notice that
印发 the plan after its own signature. ``strategies.layout.with_chrome`` puts either on a portal page.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from zhpolicy.numerals import to_chinese

from .layout import GeneratedDocument
from .responsibility import department_names

__all__ = ["clause_forms", "plans"]

ORGANIZATIONS = ["某市人民政府办公室", "某县卫生健康局", "某区深化医药卫生体制改革领导小组办公室"]
PLANS = ["某市推进分级诊疗制度建设实施方案", "某县2022年医改重点工作任务", "某区医保基金监管工作要点"]
HEADINGS = ["总体要求", "重点任务", "完善服务体系", "深化支付改革", "保障措施"]
TASKS = ["推进集中采购", "加强基金监管", "建设共享中心", "完善考核办法", "提升基层能力", "推广家庭医生签约"]
PROSE = [
    "年底前完成全部试点任务。",
    "2022年9月底前出台实施细则。",
    "覆盖率达到90%以上。",
    "安排补助资金3000万元。",
    "建立健全工作机制,确保各项任务落到实处。",
]


@st.composite
def clause_forms(draw: st.DrawFn) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """A clause whose leads do not depend on a document convention: ``(text, leads, partners)``."""
    form = draw(st.sampled_from(["marked", "pair", "verbs", "single"]))
    units = draw(st.lists(department_names(), min_size=2, max_size=4, unique=True))
    if form == "marked":
        n = draw(st.integers(1, len(units) - 1))
        leads, partners = units[:n], units[n:]
        label = draw(st.sampled_from(["责任单位:", "责任部门:", ""]))
        body = label + "、".join("▲" + u for u in leads) + "、" + "、".join(partners)
    elif form == "pair":
        leads, partners = units[:1], units[1:]
        body = f"牵头单位:{leads[0]};配合单位:{'、'.join(partners)}"
    elif form == "verbs":
        leads, partners = units[:1], units[1:]
        body = f"{leads[0]}牵头,{'、'.join(partners)}配合"
    else:
        leads, partners = units[:1], []
        body = f"责任单位:{leads[0]}"
    return f"({body})", tuple(leads), tuple(partners)


@st.composite
def _outline(draw: st.DrawFn) -> tuple[list[str], list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]]:
    lines: list[str] = []
    tasks: list[tuple[str, str, tuple[str, ...], tuple[str, ...]]] = []
    item = 0
    for top in range(1, draw(st.integers(1, 3)) + 1):
        lines.append(f"{to_chinese(top)}、{draw(st.sampled_from(HEADINGS))}")
        for _ in range(draw(st.integers(0, 3))):
            item += 1
            title = draw(st.sampled_from(TASKS))
            prose = "".join(draw(st.lists(st.sampled_from(PROSE), max_size=2)))
            number = f"{to_chinese(top)}/（{to_chinese(item)}）"  # labels print full-width brackets
            if draw(st.booleans()):
                clause, leads, partners = draw(clause_forms())
                tasks.append((number, title, leads, partners))
            else:
                clause = ""
            lines.append(f"({to_chinese(item)}){title}。{prose}{clause}")
    return lines, tasks


@st.composite
def plans(draw: st.DrawFn) -> GeneratedDocument:
    """A work plan, alone or wrapped in the notice that 印发 it, with the tasks it must give."""
    org = draw(st.sampled_from(ORGANIZATIONS))
    plan = draw(st.sampled_from(PLANS))
    year, month, day = draw(st.integers(2015, 2025)), draw(st.integers(1, 12)), draw(st.integers(1, 28))
    wrapper = draw(st.booleans())
    outline, tasks = draw(_outline())
    lines: list[str] = []
    if draw(st.booleans()):
        lines += [f"索引号:000000/{year}-00012", f"发文机关:{org}", f"成文日期:{year}-{month:02d}-{day:02d}"]
    signature = [org, f"{year}年{month}月{day}日"]
    if wrapper:
        lines += [f"关于印发{plan}的通知", "各区县人民政府,市政府各部门:"]
        lines += [f"现将《{plan}》印发给你们,请认真贯彻执行。", *signature, "(此件公开发布)", plan, *outline]
    else:
        lines += [plan, "各区县人民政府,市政府各部门:", "为推进医改工作,制定本方案。", *outline, *signature]
    expected: dict[str, Any] = {
        "title": plan,
        "wrapper_title": f"关于印发{plan}的通知" if wrapper else None,
        "addressees": "各区县人民政府,市政府各部门",
        "signature": (org, (year, month, day)),
        "reference_date": (year, month, day),
        "tasks": tasks,
    }
    return GeneratedDocument(tuple(lines), expected)
