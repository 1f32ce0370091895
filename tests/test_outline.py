"""Outline: markers, the section tree, diagnostics. Sentences written for these tests in the style of policy texts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import zhpolicy
from zhpolicy import Marker, ParseError, parse_document
from zhpolicy.document import Document
from zhpolicy.outline import Section, number_path

MARKERS = [
    ("一、", "cn_dun", 1, "一、"),
    ("十二、", "cn_dun", 12, "十二、"),
    ("（一）", "cn_paren", 1, "（一）"),
    ("(一)", "cn_paren", 1, "（一）"),
    ("〔三〕", None, None, None),
    ("（十一）", "cn_paren", 11, "（十一）"),
    ("1.", "arabic_dot", 1, "1."),
    ("1．", "arabic_dot", 1, "1."),
    ("1、", "arabic_dot", 1, "1."),
    ("42.", "arabic_dot", 42, "42."),
    ("(1)", "arabic_paren", 1, "（1）"),
    ("（１）", "arabic_paren", 1, "（1）"),
    ("1)", "arabic_paren", 1, "（1）"),
    ("⑶", "arabic_paren", 3, "（3）"),
    ("①", "circled", 1, "①"),
    ("⑫", "circled", 12, "⑫"),
    ("第二十三条", "tiao", 23, "第二十三条"),
    ("第二十三條", "tiao", 23, "第二十三条"),
    ("第一章", "zhang", 1, "第一章"),
    ("第三節", "jie", 3, "第三节"),
    ("第二编", "bian", 2, "第二编"),
    ("一是", "inline", 1, "一是"),
    ("  三、 ", "cn_dun", 3, "三、"),
]


@pytest.mark.parametrize(("s", "kind", "number", "canonical"), MARKERS)
def test_marker_parse(s: str, kind: str | None, number: int | None, canonical: str | None) -> None:
    if kind is None:
        with pytest.raises(ParseError):
            Marker.parse(s)
        return
    m = Marker.parse(s)
    assert (m.kind, m.number, str(m)) == (kind, number, canonical)
    assert Marker.parse(str(m)) == m
    assert Marker.from_dict(m.to_dict()) == m
    assert m.text == s.strip()


@pytest.mark.parametrize("s", ["", "一", "1.5", "2.0", "（一", "一、二", "第条", "(0)", "0.", "abc", "1+1"])
def test_marker_parse_rejects(s: str) -> None:
    with pytest.raises(ParseError):
        Marker.parse(s)


NOT_HEADINGS = [
    "1.5亿元用于建设",
    "2.0版系统上线",
    "3.14是圆周率",
    "2020.9.17召开会议",
    "一、二级医院要加强管理",
    "按照（一）款规定执行",
    "1+1+1+X+Y模式",
    "全年完成12.5%的目标",
]


@pytest.mark.parametrize("line", NOT_HEADINGS)
def test_look_alikes_are_not_headings(line: str) -> None:
    text = f"前言。\n{line}\n结束。"
    assert Marker.find(text) == []
    assert parse_document(text).sections == ()


def starts(sections: tuple[Section, ...]) -> list[object]:
    return [(str(s.marker), starts(s.children)) for s in sections if s.marker.kind != "inline"]


def test_heading_alone_vs_heading_with_body() -> None:
    text = "（一）加大药品采购改革力度\n推进集中带量采购。\n（二）坚持统筹推进和协同联动。各地要健全工作机制。"
    doc = parse_document(text)
    first, second = doc.sections
    assert first.title == "加大药品采购改革力度"
    assert text[first.body_start : first.body_end].strip() == "推进集中带量采购。"
    assert second.title == "坚持统筹推进和协同联动"
    assert text[second.body_start : second.body_end] == "各地要健全工作机制。"
    assert first.start == 0 and second.start == text.index("（二）")
    assert text[first.start : first.end] == "（一）加大药品采购改革力度\n推进集中带量采购。"


def test_run_on_numbering_across_parents() -> None:
    lines = ["一、总体要求", "二、重点任务"]
    n = 1
    for i, cn in enumerate("一二三", 1):
        lines.append(f"（{cn}）第{i}项工作")
        for _ in range(3):
            lines.append(f"{n}.落实第{n}项措施。")
            n += 1
    lines.append("三、保障措施")
    for _ in range(2):
        lines.append(f"{n}.加强第{n}项保障。")
        n += 1
    doc = parse_document("\n".join(lines))
    assert starts(doc.sections) == [
        ("一、", []),
        (
            "二、",
            [
                ("（一）", [("1.", []), ("2.", []), ("3.", [])]),
                ("（二）", [("4.", []), ("5.", []), ("6.", [])]),
                ("（三）", [("7.", []), ("8.", []), ("9.", [])]),
            ],
        ),
        ("三、", [("10.", []), ("11.", [])]),
    ]
    assert doc.diagnostics == ()


def test_document_starting_at_second_level_kind() -> None:
    doc = parse_document("（一）总体思路\n1.明确目标。\n2.细化举措。\n（二）工作安排\n1.分步实施。")
    assert starts(doc.sections) == [("（一）", [("1.", []), ("2.", [])]), ("（二）", [("1.", [])])]


def test_skipped_level() -> None:
    doc = parse_document("一、主要目标\n1.提高覆盖率。\n2.降低费用。\n二、实施步骤\n1.试点先行。")
    assert starts(doc.sections) == [("一、", [("1.", []), ("2.", [])]), ("二、", [("1.", [])])]


def test_missing_number_is_a_diagnostic() -> None:
    doc = parse_document("（一）工作要求\n（1）统一标准。\n（3）规范流程。\n（4）强化督导。")
    assert starts(doc.sections) == [("（一）", [("（1）", []), ("（3）", []), ("（4）", [])])]
    assert [(d.code, d.offset) for d in doc.diagnostics] == [("skipped_number", doc.text.index("（3）"))]


def test_duplicate_and_gb_order_diagnostics() -> None:
    doc = parse_document("1.第一项\n（一）细则\n2.第二项\n2.又一项")
    codes = [d.code for d in doc.diagnostics]
    assert "level_order" in codes and "duplicate_number" in codes


def test_document_decides_depth_not_fixed_table() -> None:
    doc = parse_document("（一）总体要求\n1.坚持原则。\n（二）主要任务\n1.抓好落实。\n2.强化考核。")
    assert [d.code for d in doc.diagnostics] == []
    assert starts(doc.sections)[1] == ("（二）", [("1.", []), ("2.", [])])


def test_inline_enumeration_children_of_paragraph_section() -> None:
    text = "（一）强化组织领导。一是建立联席会议制度；二是明确责任分工；三是加强督查考核。\n（二）加强宣传"
    doc = parse_document(text)
    first = doc.sections[0]
    assert [(c.marker.kind, c.marker.number) for c in first.children] == [("inline", 1), ("inline", 2), ("inline", 3)]
    assert first.children[0].start == text.index("一是")
    assert Marker.find(text) == [m for m in Marker.find(text) if m.value.kind != "inline"]
    assert len(Marker.find(text)) == 2


def test_lone_yishi_is_not_enumeration() -> None:
    doc = parse_document("（一）总体要求。统一是前提。")
    assert doc.sections[0].children == ()


def test_legal_structure() -> None:
    text = "\n".join(
        [
            "第一章 总则",
            "第一条 为了规范管理，制定本办法。",
            "第二条 本办法适用于全省。",
            "第二章 管理",
            "第一节 职责",
            "第三条 主管部门负责监督。",
            "（一）制定标准；",
            "（二）组织检查。",
            "第四条 各地执行。",
        ]
    )
    doc = parse_document(text)
    assert starts(doc.sections) == [
        ("第一章", [("第一条", []), ("第二条", [])]),
        ("第二章", [("第一节", [("第三条", [("（一）", []), ("（二）", [])]), ("第四条", [])])]),
    ]
    assert doc.sections[0].children[0].title == "为了规范管理，制定本办法"


def test_chapter_after_article_closes_it() -> None:
    doc = parse_document("第一条 总则内容。\n第一章 一般规定\n第二条 具体规定。")
    assert starts(doc.sections) == [("第一条", []), ("第一章", [("第二条", [])])]


def test_traditional_and_full_width() -> None:
    doc = parse_document("一、總體要求\n（一）指導思想\n１．堅持黨的領導。\n（二）基本原則")
    assert starts(doc.sections) == [("一、", [("（一）", [("1.", [])]), ("（二）", [])])]
    assert doc.sections[0].title == "總體要求"


def test_walk_innermost_and_path() -> None:
    text = "一、目标\n二、任务\n（一）改革\n1.试点。\n2.推广。\n三、保障"
    doc = parse_document(text)
    assert [str(s.marker) for s in doc.walk()] == ["一、", "二、", "（一）", "1.", "2.", "三、"]
    offset = text.index("推广")
    assert doc.path_at(offset) == "二/（一）/2"
    section = doc.sections[1].innermost(offset)
    assert section is not None and section.title == "推广"
    assert doc.section_at(0) is doc.sections[0]
    assert number_path(doc.sections_at(text.index("保障"))) == "三"


def test_find_registered_and_offsets() -> None:
    text = "  一、 总则\n正文1.5亿元。\n（二）细则"
    found = [m for m in zhpolicy.find(text) if m.kind == "heading"]
    assert [(m.text, m.start) for m in found] == [("一、", 2), ("（二）", text.index("（二）"))]
    for m in found:
        assert text[m.start : m.end] == m.text


def test_parse_document_never_raises_on_odd_input() -> None:
    for text in ["", "\n\n", "（", "第条", "一、", "1.\n1.\n1.", "⑳\n①", "（一）。。。", "一是二是"]:
        doc = parse_document(text)
        assert isinstance(doc, Document)
        assert doc.to_dict()["sections"] is not None


def test_adversarial_runs_return() -> None:
    for unit in ["一", "（", "1.", "1", "第一", "一是", "\n1.", "一、\n", "（一）\n"]:
        parse_document(unit * (100_000 // len(unit)))


# Heading-like pieces, their look-alikes and the characters around them: markers in every printed variant, numbers
# the numbering check refuses (一一、 〇、 1234.), lookahead cases (十、一 1、2 1.5 1..), line breaks ``^`` does and
# does not know, indents and body text.
_HEADING_PIECES = st.sampled_from(
    [
        "一、", "十一、", "一一、", "二十、", "一百、", "两、", "〇、", "十、一",
        "（一）", "(十二)", "﹙三﹚", "〔四〕", "①", "⑳", "⑴", "⒇",
        "1.", "12．", "１．", "1、", "1、2", "1.5", "1..", "1234.",
        "(1)", "（１）", "1)", "2）", "第", "一是", "二是",
        "第一章", "第二节", "第三条", "第十编", "第12条", "第二十三條", "第一千条",
        "\n", "\n", "\n", "\r\n", "\r", "\u2028", " ", "\t", "\u3000",
        "。", "，", "（", "）", "(", ")", "、", ".",
        "一", "十", "百", "1", "9", "总体要求", "1.5亿元", "x",
    ]
)  # fmt: skip


@given(st.lists(_HEADING_PIECES, max_size=40).map("".join))
def test_line_start_scan_equals_a_whole_text_scan(text: str) -> None:
    from zhpolicy import outline

    t = zhpolicy.normalize(text)
    fast, plain = outline._find_headings(t), outline._find_headings_plain(t)
    assert [(m.start, m.end, m.text, m.value.kind, m.value.number, m.value.text) for m in fast] == [
        (m.start, m.end, m.text, m.value.kind, m.value.number, m.value.text) for m in plain
    ]
