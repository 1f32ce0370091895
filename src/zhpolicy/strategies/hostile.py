"""Hostile and near-valid text for fuzzing every entry point.

``hostile_text()`` mixes arbitrary Unicode (lone surrogates, controls, combining and RTL marks, U+FFFD) with
*grammar-aware* fragments: pieces of the conventions zhpolicy reads, cut and spliced so they almost parse.
``near_valid()`` is one value as documents print it (a 发文字号, a citation, a date, an amount, a marker, a
responsibility clause), then damaged: cut short, a character dropped or doubled, a bracket or a control character
put in. ``damaged_documents()`` does the same to whole generated work plans and laid-out documents.
"""

from __future__ import annotations

from hypothesis import strategies as st

from .citation import citations, render_citation
from .dates import dates, render_date
from .docnumber import rendered_doc_numbers
from .outline import markers
from .quantities import rendered_quantities, rendered_ranges, rendered_rates, rendered_ratios
from .render import SCRIPT_AND_WIDTH
from .responsibility import department_names

__all__ = ["BRACKETS", "FRAGMENTS", "SPECIAL_CHARACTERS", "damage", "damaged_documents", "hostile_text", "near_valid"]

SPECIAL_CHARACTERS = [
    "\ud800", "\udfff",  # lone surrogates: legal in a Python str, illegal in UTF-8
    "\x00", "\x07", "\x1b", "\r", "\n", "\t", "\x0b", "\x0c", "\x85", "\u2028", "\u2029",
    "\u0301", "\u20dd",  # combining marks
    "\u200e", "\u200f", "\u202e", "\u2066",  # direction marks and overrides
    "\ufeff", "\ufffd", "\uffff", "\U0010ffff", "\U0001f600",
]  # fmt: skip

FRAGMENTS = [
    # 发文字号 and citations, whole and cut
    "义政办发〔2020〕47号", "义政办发〔2020", "〔2020〕", "〕47号", "国办发[2017]32號", "第47号", "字第08号",
    "京ICP证140722号", "《", "》", "《关于", "〈", "〉", "《关于印发<实施方案>的通知》", "（", "）", "(", ")",
    "〔", "〕", "[", "]", "【", "】",
    # outline markers
    "一、", "（一）", "(十一)", "1.", "1．", "42、", "（1）", "1)", "①", "⑳", "第一章", "第二十三条", "第三节",
    "一是", "二是", "首先，", "其次，", "\n",
    # responsibility clauses
    "（责任单位：", "▲", "▲医保局、", "卫健局", "牵头单位：", "；配合单位：", "负责）", "分别负责", "等负责",
    "排在第一位的为牵头部门，下同",
    # quantities
    "85%", "以上", "百分之", "四十", "个百分点", "5000余万元", "2.57亿元", "1,960", "万元", "不少于", "不超过",
    "控制在", "以内", "6:3:1", "6∶3", "4.1万元/人·年", "叁仟伍佰", "1.5亿元", "2.0版",
    # dates
    "2021年8月4日", "二〇二〇年十一月二十三日", "2020-09-17", "9月底前", "年内", "到2022年", "至", "—", "~",
    "年", "月", "日", "底前", "每年", "第三季度", "上半年",
    # numerals
    "一", "十", "百", "千", "万", "亿", "零", "〇", "两", "壹", "拾", "0", "1", "9", ".", ",",
]  # fmt: skip


BRACKETS = list("《》〈〉<>（）()〔〕[]【】［］｛｝{}「」『』")


@st.composite
def damage(draw: st.DrawFn, text: str, max_cuts: int = 3) -> str:
    """``text`` with up to ``max_cuts`` injuries: cut at either end, a character dropped or doubled, a bracket,
    a special character or a fragment of another convention put in."""
    for _ in range(draw(st.integers(1, max_cuts))):
        at = draw(st.integers(0, len(text)))
        injury = draw(st.sampled_from(["cut_end", "cut_start", "drop", "double", "bracket", "special", "fragment"]))
        if injury == "cut_end":
            text = text[:at]
        elif injury == "cut_start":
            text = text[at:]
        elif injury == "drop":
            text = text[:at] + text[at + 1 :]
        elif injury == "double":
            text = text[:at] + text[at : at + 1] * draw(st.integers(2, 6)) + text[at + 1 :]
        else:
            table = {"bracket": BRACKETS, "special": SPECIAL_CHARACTERS, "fragment": FRAGMENTS}[injury]
            text = text[:at] + draw(st.sampled_from(table)) + text[at:]
    return text


def _printed(pair: tuple[object, str]) -> str:
    return pair[1]


def _clause(units: list[str]) -> str:
    return "（责任单位：▲" + "、".join(units) + "）"


def _valid_printings() -> st.SearchStrategy[str]:
    """One value as documents print it, of any convention."""
    return st.one_of(
        rendered_doc_numbers().map(_printed),
        citations().flatmap(render_citation),
        dates().flatmap(render_date),
        st.one_of(rendered_quantities(), rendered_ranges(), rendered_rates(), rendered_ratios()).map(_printed),
        markers().map(lambda marker: marker[2]),
        st.lists(department_names(), min_size=1, max_size=3).map(_clause),
    )


def near_valid() -> st.SearchStrategy[str]:
    """A value as documents print it, then damaged (see :func:`damage`): half a 发文字号, a citation without its
    closing 》, a clause cut after its label."""
    return _valid_printings().flatmap(damage)


@st.composite
def damaged_documents(draw: st.DrawFn) -> str:
    """A generated work plan or laid-out document with injuries anywhere in it (see :func:`damage`)."""
    from .document import plans  # whole documents: imported when asked for, they build larger tables
    from .layout import documents

    return draw(damage(draw(plans() | documents()).text, max_cuts=6))


def hostile_text(max_pieces: int = 40) -> st.SearchStrategy[str]:
    """A string of fragments, damaged values, special characters and arbitrary text, in any script and width."""
    piece = st.one_of(
        st.sampled_from(FRAGMENTS),
        st.sampled_from(SPECIAL_CHARACTERS),
        st.text(max_size=8),
        st.text(alphabet=st.characters(codec="utf-8"), max_size=4),
        near_valid(),
    )
    spliced = st.lists(piece, max_size=max_pieces).map("".join)
    return st.builds(_safe_render, SCRIPT_AND_WIDTH, spliced)


def _safe_render(render: object, s: str) -> str:
    try:
        return render(s)  # type: ignore[operator,no-any-return]
    except (UnicodeError, ValueError):  # OpenCC cannot convert lone surrogates: keep the text as it is
        return s
