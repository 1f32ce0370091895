"""Hypothesis strategies for :class:`zhpolicy.DocNumber`, and renderers that print one as documents do."""

from __future__ import annotations

from hypothesis import strategies as st

from zhpolicy.docnumber import DocNumber

from .render import to_full_width, to_traditional

__all__ = ["agencies", "doc_numbers", "render_doc_number", "rendered_doc_numbers", "sentences_around"]

# agency codes are built from the pieces real codes are made of: a place, an organ, an office, a type character
_PLACES = ["国", "皖", "京", "浙", "义", "六", "裕", "威", "粤", "川", "沪", "济"]
_ORGANS = ["政", "卫", "医改", "卫健", "财", "教", "府", "人社", "医保", "发改"]
_OFFICES = ["", "办", "秘", "联席办", "医", "规"]
_TYPES = ["发", "函", "字", "令", "", "通"]

_BRACKETS = [("〔", "〕"), ("[", "]"), ("［", "］"), ("(", ")"), ("（", "）"), ("【", "】"), ("﹝", "﹞")]


@st.composite
def agencies(draw: st.DrawFn) -> str:
    code = draw(st.sampled_from(_PLACES)) + draw(st.sampled_from(_ORGANS))
    return code + draw(st.sampled_from(_OFFICES)) + draw(st.sampled_from(_TYPES))


def doc_numbers() -> st.SearchStrategy[DocNumber]:
    return st.builds(DocNumber, agencies(), st.integers(1950, 2049), st.integers(1, 9999))


@st.composite
def render_doc_number(draw: st.DrawFn, d: DocNumber) -> str:
    """``d`` printed in one of the ways documents print it: brackets, 第, padding, spaces, script, width."""
    left, right = draw(st.sampled_from(_BRACKETS))
    serial = str(d.serial)
    if draw(st.booleans()):
        serial = serial.zfill(draw(st.integers(2, 4)))
    di = draw(st.sampled_from(["", "第"]))
    space = draw(st.sampled_from(["", " ", "\u3000"]))
    s = f"{d.agency}{left}{d.year}{right}{space}{di}{serial}号"
    if draw(st.booleans()):
        s = to_traditional(s)
    if draw(st.booleans()):
        s = to_full_width(s)
    return s


@st.composite
def rendered_doc_numbers(draw: st.DrawFn) -> tuple[DocNumber, str]:
    d = draw(doc_numbers())
    return d, draw(render_doc_number(d))


_BEFORE = ["根据", "按照", "依据", "详见", "转发", "《关于加强管理的通知》（", "现将", "", "各地要落实", "按"]
_AFTER = ["文件精神", "要求", "）", "", "。", "的规定，"]


@st.composite
def sentences_around(draw: st.DrawFn, rendered: str) -> tuple[str, int]:
    """A sentence holding ``rendered``; returns the sentence and where ``rendered`` starts in it."""
    before = draw(st.sampled_from(_BEFORE))
    after = draw(st.sampled_from(_AFTER))
    if before.endswith("（") and not after.startswith("）"):
        after = "）" + after
    return before + rendered + after, len(before)
