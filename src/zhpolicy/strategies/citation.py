"""Hypothesis strategies for :class:`zhpolicy.Citation`, and renderers that print one as documents do."""

from __future__ import annotations

from hypothesis import strategies as st

from zhpolicy.citation import Citation

from .docnumber import doc_numbers, render_doc_number
from .render import to_traditional

__all__ = ["citations", "render_citation", "titles"]

_TOPICS = ["推进医疗联合体建设", "加强基层卫生工作", "深化医药卫生体制改革", "做好药品集中采购"]
_KINDS = ["的通知", "的意见", "实施方案", "实施方案(试行)", "工作要点", "暂行办法(试行)"]
_ISSUERS = [None, "省人民政府办公厅", "市卫生健康委员会", "县医疗保障局"]


@st.composite
def titles(draw: st.DrawFn) -> str:
    title = "关于" + draw(st.sampled_from(_TOPICS)) + draw(st.sampled_from(_KINDS))
    if draw(st.booleans()):  # a title quoting another title
        inner = "关于" + draw(st.sampled_from(_TOPICS)) + "的通知"
        title = "关于贯彻落实<" + inner + ">的通知"
    return title


def citations() -> st.SearchStrategy[Citation]:
    return st.builds(Citation, titles(), st.none() | doc_numbers(), st.sampled_from(_ISSUERS))


@st.composite
def render_citation(draw: st.DrawFn, c: Citation) -> str:
    """``c`` printed as documents print it: 〈〉 or <> inside, （） or (), spaces, traditional script."""
    title = c.title
    if draw(st.booleans()):
        title = title.replace("<", "〈").replace(">", "〉")
    if draw(st.booleans()):
        title = title.replace("(", "（").replace(")", "）")
    number = ""
    if c.number is not None:
        left, right = draw(st.sampled_from([("（", "）"), ("(", ")")]))
        space = draw(st.sampled_from(["", " "]))
        number = left + space + draw(render_doc_number(c.number)) + space + right
    s = f"《{title}》{number}"
    if draw(st.booleans()):
        s = to_traditional(s)
    return s
