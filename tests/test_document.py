"""The Document: layout fields, outline over the body only, matches by section, relative dates, the task table."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from test_document_properties import assert_lossless, fields
from zhpolicy import Date, Deadline, DocNumber, Document, load, parse_document
from zhpolicy.document import ResolvedDate
from zhpolicy.layout import BlockKind

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
PLAN = (EXAMPLES / "implementation_plan.txt").read_text("utf-8")


@pytest.fixture(scope="module")
def plan() -> Document:
    return parse_document(PLAN)


# ------------------------------------------------------------------------------------------------------------------
# The layout fields, merged.


def test_a_notice_wrapping_a_plan_on_a_portal_page(plan: Document) -> None:
    assert plan.title == "临江市推进紧密型县域医疗卫生共同体建设实施方案"
    assert plan.wrapper_title == "临江市人民政府办公室关于印发临江市推进紧密型县域医疗卫生共同体建设实施方案的通知"
    assert plan.doc_number == DocNumber("临政办发", 2023, 9)
    assert plan.addressees == "各县(市、区)人民政府,市政府各部门、各直属机构"
    assert plan.signature is not None
    assert (plan.signature.organization, plan.signature.date) == ("临江市人民政府办公室", Date(2023, 4, 12))
    assert (plan.reference_date, plan.reference_source) == (Date(2023, 4, 12), "signature")
    assert plan.metadata.index_number == "11330200MB7654321Y/2023-00208"
    assert plan.metadata.written_date == Date(2023, 4, 12)
    assert [(a.number, a.title) for a in plan.attachments] == [
        (1, "临江市紧密型县域医共体建设重点任务分工表"),
        (2, "临江市紧密型县域医共体监测指标"),
    ]
    assert [n.text for n in plan.notes] == ["此件公开发布"]
    assert plan.cc is not None and plan.cc.recipients == ("市委办公室", "市人大常委会办公室", "市政协办公室")
    assert plan.printed_by is not None and plan.printed_by.date == Date(2023, 4, 13)
    # the plan's body, then the notice's
    assert PLAN[slice(*plan.body)].startswith("为推动优质医疗资源下沉")
    assert plan.wrapper_body is not None and PLAN[slice(*plan.wrapper_body)].startswith("经市政府同意")


def test_boilerplate_is_reported_not_dropped(plan: Document) -> None:
    chrome = [PLAN[start:end] for start, end in plan.boilerplate]
    assert chrome[0].startswith("当前位置：首页") and "打印本页" in chrome[0]
    assert chrome[-1].startswith("网站地图") and "ICP备" in chrome[-1]
    assert_lossless(PLAN, plan)
    assert [b.kind for b in plan.blocks_of("boilerplate")] == [BlockKind.BOILERPLATE] * 2


SIGNATURES = [
    ("某市卫生健康委员会\n二〇二〇年十一月二十三日\n", ("某市卫生健康委员会", Date(2020, 11, 23))),
    ("某县医疗保障局  2022年1月5日\n", ("某县医疗保障局", Date(2022, 1, 5))),
    (
        "某市人民政府办公室\n某市卫生健康委员会\n2021年4月2日\n",
        ("某市人民政府办公室 某市卫生健康委员会", Date(2021, 4, 2)),
    ),
    ("2021年4月2日\n（此件公开发布）\n", (None, Date(2021, 4, 2))),
]


@pytest.mark.parametrize(("tail", "expected"), SIGNATURES, ids=["chinese", "one_line", "joint", "date_only"])
def test_signature_styles(tail: str, expected: tuple[str | None, Date]) -> None:
    document = parse_document("关于做好医保基金监管工作的通知\n各定点医药机构：\n请严格执行有关规定。\n" + tail)
    assert document.signature is not None
    assert (document.signature.organization, document.signature.date) == expected
    assert document.reference_source == "signature"


def test_attachment_styles_and_the_outline_skips_the_attachment_list() -> None:
    text = (
        "关于开展义诊活动的通知\n各社区卫生服务中心：\n一、活动安排\n请按要求组织。\n"
        "附件：1．义诊安排表\n      2．联系人名单\n某区卫生健康局\n2021年9月1日\n附件3：经费预算.xlsx\n"
    )
    document = parse_document(text)
    assert [(a.number, a.title, a.extension) for a in document.attachments] == [
        (1, "义诊安排表", None),
        (2, "联系人名单", None),
        (3, "经费预算", "xlsx"),
    ]
    # "2．联系人名单" starts a line but is an attachment, not a section
    assert [str(s.marker) for s in document.walk()] == ["一、"]


def test_the_text_of_an_attached_document_has_an_outline() -> None:
    text = (
        "关于做好医保基金监管工作的通知\n各定点医药机构：\n请对照自查。\n某县医疗保障局  2022年1月5日\n"
        "附件1\n定点医药机构自查表\n一、基本情况\n（一）机构名称。\n二、自查内容\n"
    )
    document = parse_document(text)
    assert [b.kind.value for b in document.blocks][-2:] == ["attachments", "attachment_text"]
    assert [s.marker.label for s in document.walk()] == ["一", "（一）", "二"]


def test_notes_with_fields() -> None:
    document = parse_document(
        "关于报送材料的通知\n各单位：\n请按时报送。\n某市卫生健康委员会\n2021年6月28日\n（联系人：李某，联系电话：12345678）\n"
    )
    assert [n.fields for n in document.notes] == [(("联系人", "李某"), ("联系电话", "12345678"))]


def test_traditional_script_and_full_width_give_the_same_fields() -> None:
    from strategies.render import to_full_width, to_traditional

    page = to_full_width(to_traditional(PLAN))
    assert fields(parse_document(page)) == fields(parse_document(PLAN))


# ------------------------------------------------------------------------------------------------------------------
# Matches by section; relative dates.


def test_every_match_is_reachable_from_its_section(plan: Document) -> None:
    section = next(s for s in plan.walk() if s.marker.label == "3")
    own = plan.matches_in(section, own=True)
    assert {m.kind for m in own} >= {"deadline", "responsibility"}
    assert all(plan.section_of(m) is section for m in own)
    assert plan.matches_in(section, "deadline")[0].text == "2024年6月底前"
    top = plan.sections[1]
    assert set(plan.matches_in(top)) > set(own)  # sub-sections included
    data = plan.to_dict()["matches"]
    assert isinstance(data, list)
    assert {"section": "二/（二）/3", "text": "2024年6月底前"}.items() <= next(
        m for m in data if isinstance(m, dict) and m["text"] == "2024年6月底前"
    ).items()
    # matches outside the outline (the 发文字号 line) are there too, in no section
    number = plan.find("doc_number")[0]
    assert plan.section_of(number) is None


@pytest.mark.parametrize(
    ("head", "reference"),
    [
        ("成文日期：2021-06-30\n", (Date(2021, 6, 30), "written_date")),
        ("发布日期：2020-07-10\n", (Date(2020, 7, 10), "published_date")),
        ("", (None, None)),
    ],
)
def test_relative_dates_count_from_the_documents_own_date(head: str, reference: tuple[Date | None, str | None]) -> None:
    document = parse_document(head + "关于做好体检工作的通知\n各单位：\n请于年底前完成体检，明年3月底前复查。\n")
    assert (document.reference_date, document.reference_source) == reference
    if reference[0] is None:
        assert document.resolved_dates == ()
        return
    year = reference[0].year
    assert year is not None
    assert [(r.match.text, r.value) for r in document.resolved_dates] == [
        ("年底前", Deadline(Date(year), "end")),
        ("明年3月底前", Deadline(Date(year + 1, 3), "end")),
    ]
    assert all(r.reference == reference[0] and r.reference_source == reference[1] for r in document.resolved_dates)
    assert ResolvedDate.from_dict(document.resolved_dates[0].to_dict()) == document.resolved_dates[0]


# ------------------------------------------------------------------------------------------------------------------
# The task table.


def test_the_task_table_of_the_example_plan(plan: Document) -> None:
    rows = [(t.number, t.title, t.responsibility.leads, t.responsibility.partners, t.inherited) for t in plan.tasks]
    assert rows == [
        ("二/（一）", "健全管理体制", ("市卫生健康委",), ("市委编办",), False),
        ("二/（一）/1", "组建医共体管理委员会", ("市卫生健康委",), ("市委编办",), True),
        ("二/（一）/2", "落实医共体经营管理自主权", ("市卫生健康委",), ("市人力社保局",), False),
        ("二/（二）/3", "建设县域共享中心", ("市卫生健康委",), ("市财政局", "市医保局"), False),
        ("二/（二）/4", "推进信息互联互通", ("市大数据局",), ("市卫生健康委",), False),
        ("二/（三）/5", "实行医保基金总额付费", ("市医保局", "市财政局", "市卫生健康委"), (), False),
        ("二/（三）/6", "推进按病种付费", ("市医保局",), ("市卫生健康委",), False),
        ("三/（一）", "加强组织领导", ("各县(市、区)人民政府",), (), False),
    ]
    # the declared convention (排在第一位的为牵头部门，下同) decided the lead of 2.
    assert plan.tasks[2].responsibility.convention is not None
    # deadlines: relative ones resolved against the signature's date; a past year (较上年) is not a deadline
    assert [t.due() for t in plan.tasks[1:4]] == [("2023年底前",), ("2023年9月底前",), ("2024年6月底前",)]
    assert plan.tasks[6].due() == ("2024年3月底前",)
    assert plan.tasks[7].due() == ("每季度",)


def test_task_targets_come_from_whatever_quantity_kinds_are_registered(plan: Document) -> None:
    from zhpolicy.tasks import TARGET_KINDS

    for task in plan.tasks:
        assert all(m.kind in TARGET_KINDS for m in task.targets)
        assert all(task.start <= m.start < task.end for m in task.targets)
    texts = [m.text for t in plan.tasks for m in t.targets]
    assert "3000万元" in texts or "money" not in {m.kind for m in plan.matches}


def test_inline_enumerations_are_not_tasks() -> None:
    text = "一、重点任务\n（一）推进改革。一是完善机制；二是强化监管。（责任单位：▲市医保局、市卫健委）\n"
    document = parse_document(text)
    assert [(t.number, t.title, t.responsibility.leads) for t in document.tasks] == [
        ("一/（一）", "推进改革", ("市医保局",))
    ]


def test_a_clause_that_leaves_the_lead_open_says_so() -> None:
    document = parse_document("一、重点任务\n（一）完善考核办法。（市卫健委、市医保局负责）\n")
    [task] = document.tasks
    assert not task.responsibility.lead_order_known
    assert task.to_row()["lead_order_known"] == "no" and task.to_row()["units"] == "市卫健委、市医保局"


# ------------------------------------------------------------------------------------------------------------------
# Output, round trip, odd input.


def test_to_dict_from_dict_round_trip(plan: Document) -> None:
    data = json.loads(json.dumps(plan.to_dict(), ensure_ascii=False))
    assert data["text"] == PLAN
    assert Document.from_dict(data) == plan


def test_summary(plan: Document) -> None:
    summary = plan.summary()
    assert "title: 临江市推进紧密型县域医疗卫生共同体建设实施方案" in summary
    assert "number: 临政办发〔2023〕9号" in summary
    assert "date: 2023年4月12日 (from signature)" in summary
    assert "  二、重点任务  [7 tasks]" in summary
    assert summary.endswith("tasks: 8\n")


@pytest.mark.parametrize("text", ["", "\n\n", "今天天气很好。", "\x00\ufeff\u202e", "附件：\n1.\n", "（）" * 50])
def test_anything_is_a_document(text: str) -> None:
    document = parse_document(text)
    assert_lossless(text, document)
    assert document.tasks == () and document.title is None
    assert Document.from_dict(document.to_dict()) == document


# ------------------------------------------------------------------------------------------------------------------
# Input formats: the same document from .txt in any encoding, .html and .docx.


def _docx(paragraphs: list[str]) -> bytes:
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(
            "word/document.xml", f'<?xml version="1.0"?><w:document {ns}><w:body>{body}</w:body></w:document>'
        )
    return buffer.getvalue()


def test_a_task_table_in_a_docx_reaches_the_task_table(tmp_path: Path) -> None:
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def p(text: str) -> str:
        return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"

    def row(*cells: str) -> str:
        return "<w:tr>" + "".join(f"<w:tc>{p(c)}</w:tc>" for c in cells) + "</w:tr>"

    table = row("序号", "重点任务", "牵头单位", "配合单位", "完成时限") + row(
        "1", "推进分级诊疗", "市卫生健康委", "市医保局、市财政局", "年底前"
    )
    body = p("某市医改重点任务分工表") + f"<w:tbl>{table}</w:tbl>" + p("某市医改办") + p("2022年3月1日")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", f"<w:document {ns}><w:body>{body}</w:body></w:document>")
    path = tmp_path / "tasks.docx"
    path.write_bytes(buffer.getvalue())
    document = parse_document(load(path))
    [task] = document.tasks
    assert (task.number, task.title, task.responsibility.leads, task.responsibility.partners) == (
        "1",
        "推进分级诊疗",
        ("市卫生健康委",),
        ("市医保局", "市财政局"),
    )
    assert task.due() == ("2022年底前",)


def _html(lines: list[str]) -> bytes:
    body = "".join(f"<p>{line}</p>" for line in lines)
    page = (
        f"<html><head><title>政务公开</title><script>var a = '一、不是标题';</script></head><body>{body}</body></html>"
    )
    return page.encode("utf-8")


@pytest.mark.parametrize(
    ("name", "encode"),
    [
        ("plan.txt", lambda lines: "\n".join(lines).encode("gb18030")),
        ("plan.txt", lambda lines: "\n".join(lines).encode("utf-16")),
        ("plan.txt", lambda lines: "\n".join(lines).encode("utf-8-sig")),
        ("plan.html", _html),
        ("plan.docx", _docx),
    ],
    ids=["gb18030", "utf-16", "utf-8-bom", "html", "docx"],
)
def test_every_input_format_gives_the_same_document(name: str, encode: object, tmp_path: Path) -> None:
    lines = PLAN.splitlines()
    path = tmp_path / name
    path.write_bytes(encode(lines))  # type: ignore[operator]
    text = load(path)
    document = parse_document(text)
    assert_lossless(text, document)
    reference = parse_document(PLAN)
    assert (document.title, document.wrapper_title, document.doc_number) == (
        reference.title,
        reference.wrapper_title,
        reference.doc_number,
    )
    assert document.signature is not None and reference.signature is not None
    assert document.signature.date == reference.signature.date
    assert [(t.number, t.responsibility) for t in document.tasks] == [
        (t.number, t.responsibility) for t in reference.tasks
    ]
