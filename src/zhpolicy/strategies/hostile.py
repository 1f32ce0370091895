"""Hostile and near-valid text for fuzzing every entry point.

``hostile_text()`` mixes arbitrary Unicode (lone surrogates, controls, combining and RTL marks, U+FFFD) with
*grammar-aware* fragments: pieces of the conventions zhpolicy reads, cut and spliced so they almost parse.
"""

from __future__ import annotations

from hypothesis import strategies as st

from .render import SCRIPT_AND_WIDTH

__all__ = ["FRAGMENTS", "SPECIAL_CHARACTERS", "hostile_text"]

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


def hostile_text(max_pieces: int = 40) -> st.SearchStrategy[str]:
    """A string of fragments, special characters and arbitrary text, in any script and width."""
    piece = st.one_of(
        st.sampled_from(FRAGMENTS),
        st.sampled_from(SPECIAL_CHARACTERS),
        st.text(max_size=8),
        st.text(alphabet=st.characters(codec="utf-8"), max_size=4),
    )
    spliced = st.lists(piece, max_size=max_pieces).map("".join)
    return st.builds(_safe_render, SCRIPT_AND_WIDTH, spliced)


def _safe_render(render: object, s: str) -> str:
    try:
        return render(s)  # type: ignore[operator,no-any-return]
    except (UnicodeError, ValueError):  # OpenCC cannot convert lone surrogates: keep the text as it is
        return s
