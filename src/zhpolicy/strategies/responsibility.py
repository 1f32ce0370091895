"""Hypothesis strategies for responsibility clauses: realistic department names and every clause form.

``clauses()`` draws ``(text, leads, partners)``: a clause printed in one of the forms work plans use (▲ lists,
label pairs, verbs, 分别负责, declared conventions), with random separators, bracket width and script, and the
leads/partners it must parse back to.
"""

from __future__ import annotations

from hypothesis import strategies as st

from .render import SCRIPT_AND_WIDTH

__all__ = ["clauses", "department_names", "responsibilities"]

LEVELS = ("市", "县", "区", "省", "市委", "县委", "")
AGENCIES = (
    "卫健委",
    "卫生健康委",
    "医保局",
    "财政局",
    "人社局",
    "人力资源社会保障局",
    "市场监管局",
    "发展改革委",
    "民政局",
    "教育局",
    "编办",
    "宣传部",
    "网信办",
    "药监局",
    "审计局",
    "税务局",
    "统计局",
    "大数据中心",
    "工业和信息化局",
    "医改办",
    "司法局",
)
COLLECTIVES = (
    "各相关部门",
    "各有关单位",
    "市医改领导小组各成员单位",
    "县医改领导小组办公室",
    "各县(市、区)人民政府",
    "各乡镇人民政府",
)


@st.composite
def department_names(draw: st.DrawFn) -> str:
    """One department name as a work plan prints it (simplified script, ASCII brackets: the folded form)."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.sampled_from(COLLECTIVES))
    return draw(st.sampled_from(LEVELS)) + draw(st.sampled_from(AGENCIES))


def _unique(n_min: int, n_max: int) -> st.SearchStrategy[list[str]]:
    return st.lists(department_names(), min_size=n_min, max_size=n_max, unique=True)


@st.composite
def clauses(draw: st.DrawFn) -> tuple[str, list[str], list[str]]:
    """A clause in a random form, script and punctuation, with the leads and partners it means."""
    sep = draw(st.sampled_from(["、", "、", "，"]))
    semi = draw(st.sampled_from(["；", "，"]))
    form = draw(st.sampled_from(["marked", "pair", "verbs", "each", "single", "declared"]))
    if form == "marked":
        units = draw(_unique(2, 5))
        n_leads = draw(st.integers(1, len(units) - 1))
        leads, partners = units[:n_leads], units[n_leads:]
        label = draw(st.sampled_from(["责任单位：", "责任部门：", ""]))
        body = label + sep.join("▲" + u for u in leads) + "、" + sep.join(partners)
    elif form == "pair":
        leads, partners = draw(_unique(1, 2)), draw(_unique(1, 3))
        if set(leads) & set(partners):
            partners = [p for p in partners if p not in leads] or ["各相关部门"]
            leads = [x for x in leads if x != "各相关部门"] or ["市医保局"]
        lead_label, partner_label = draw(
            st.sampled_from([("牵头单位", "配合单位"), ("牵头部门", "责任部门"), ("主责单位", "协办单位")])
        )
        body = f"{lead_label}：{'、'.join(leads)}{semi}{partner_label}：{'、'.join(partners)}"
    elif form == "verbs":
        units = draw(_unique(2, 4))
        leads, partners = units[:1], units[1:]
        lead_verb, partner_verb = draw(st.sampled_from([("牵头", "配合"), ("负责", "参与"), ("牵头负责", "协助")]))
        body = f"{leads[0]}{lead_verb}，{'、'.join(partners)}{partner_verb}"
    elif form == "each":
        leads, partners = draw(_unique(2, 4)), []
        body = "、".join(leads) + draw(st.sampled_from(["分别负责", "按职责分工分别负责"]))
    elif form == "single":
        leads, partners = draw(_unique(1, 1)), []
        body = draw(st.sampled_from(["责任单位：{}", "{}负责", "{}按职责分工负责", "{}牵头"])).format(leads[0])
    else:
        units = draw(_unique(2, 5))
        leads, partners = units[:1], units[1:]
        verb = draw(st.sampled_from(["负责", "等负责"]))
        declaration = draw(st.sampled_from(["排在第一位的为牵头部门，下同", "排在首位的为牵头单位"]))
        body = "、".join(units) + verb + "。" + declaration
    brackets = draw(st.sampled_from([("（", "）"), ("(", ")")]))
    text = draw(SCRIPT_AND_WIDTH)(brackets[0] + body + brackets[1])
    return text, leads, partners


@st.composite
def responsibilities(draw: st.DrawFn) -> str:
    """A clause text alone (for round-trip properties)."""
    text, _, _ = draw(clauses())
    return text
