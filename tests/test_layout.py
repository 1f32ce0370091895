"""Documents written in each layout pages and files use, and the parts a reader sees in them."""

from __future__ import annotations

from typing import Any

import pytest

from zhpolicy import normalize
from zhpolicy.dates import Date
from zhpolicy.docnumber import DocNumber
from zhpolicy.layout import BlockKind, Layout, read_layout

# A portal page: breadcrumb, a `key: value` header several to a line with an empty 文号, title, page line.
PORTAL_SEVERAL = """当前位置：首页 > 政务公开 > 政策文件
索引号： 000000000/2021-00042 发布单位： 某市医疗保障局
内容分类： 医疗保障 成文日期： 2021-06-30
公开方式： 主动公开 公开范围： 面向社会
有效性： 有效 文号：

关于调整门诊慢特病待遇标准的通知

时间： 10:12
点击次数：

各区医疗保障分局：
为减轻参保群众门诊费用负担，现就有关事项通知如下。
一、调整范围
本通知自印发之日起施行。
"""

# One key per line, 发布日期 only: the reference date falls back to it.
PORTAL_ONE_PER_LINE = """信息索引号：000001/2022-00007
主题分类：卫生、体育
发文机关：某县卫生健康局
发文字号：某卫发〔2022〕9号
发布日期：2022年3月1日
关于开展全民健身宣传周活动的通知
各乡镇卫生院：
为推动全民健身活动深入开展，决定开展宣传周活动。
"""

# Bulleted header: each key on its line, the value on a later one.
PORTAL_BULLETED = """政府信息公开
  • 信息索引号：

    000002/2020-00100

  • 体裁分类：

    通知

  • 发文字号：

    某政办发〔2020〕12号

  • 成文日期：

    2020-05-20

关于做好基层卫生人才培养工作的通知
访问次数：
各镇人民政府，各街道办事处：
为加强基层卫生人才队伍建设，现将有关事项通知如下。
"""

# GB/T 9704 layout: letterhead, number, title, addressees, 附件说明, joint signature in 〇 numerals, note, 版记.
OFFICIAL = """某市人民政府办公室文件
某政办发〔2020〕33号
某市人民政府办公室关于加强县域医疗共同体建设的意见
各县（市、区）人民政府，市政府各部门：
为推进优质医疗资源下沉，提出如下意见。
一、总体要求
坚持政府主导，强化县乡一体化管理。
附件：1．重点任务分工表
      2．考核评价指标
某市人民政府办公室
某市卫生健康委员会
二〇二〇年十一月二十三日
（此件公开发布）
抄送：市委办公室，市人大常委会办公室，市政协办公室。
某市人民政府办公室  2020年11月25日印发
"""

# A notice that 印发 a plan, the plan after a bare 附件 label, contact note, files attached below.
WRAPPER = """关于印发某市深化医药卫生体制改革实施方案的通知
各区县人民政府：
现将《某市深化医药卫生体制改革实施方案》印发给你们，请认真贯彻执行。
某市人民政府
2021年4月2日
（信息公开形式：主动公开）
附件
某市深化医药卫生体制改革实施方案
一、主要目标
到2022年，分级诊疗制度基本建立。
附件1：重点任务清单.docx
附件2：经费测算表.xls
"""

# The same notice without a signature: the plan's title is found because the notice cites it.
WRAPPER_UNSIGNED = """关于转发《某省公立医院绩效考核办法》的通知
各市卫生健康委：
现将《某省公立医院绩效考核办法》转发给你们，请遵照执行。
某省公立医院绩效考核办法
第一条 为规范公立医院绩效考核，制定本办法。
"""

# A reply letter on a portal: breadcrumb, title, page line, share bar, number, addressee, signature, contact note,
# an empty 附件:, and the related-articles footer.
REPLY = """首页 > 信息 > 建议提案办理
某市卫生健康委员会关于某市政协第二号提案答复的函

时间：2021-07-01 来源：本网
分享到：

某卫复案〔2021〕8号

王某某委员：
  您提出的关于加强社区医院建设的提案收悉，现答复如下。
  感谢您对卫生健康工作的关心和支持。

  某市卫生健康委员会
  2021年6月28日

  （联系人：李某，联系电话：12345678）

附件：
相关稿件：
"""

# A commercial site in traditional script: spam above, chrome, the policy, licence footer.
TRADITIONAL = """熱門推薦 免費下載 高清資源 精品專區
歡迎來到某某醫療信息網
當前位置：行業動態 > 政策文件
《某區家庭醫生簽約服務實施方案（試行）》政策解讀
發布時間：2020/07/10 信息來源：本站
一、起草背景
為落實家庭醫生簽約服務要求，區衛健委起草了本方案。
電信業務經營許可證：京ICP證000000號
京公網安備00000000000000號 版權所有
"""

# A signature with organisation and date on one line; an attached document's text after a bare 附件1 label.
ONE_LINE_SIGNATURE = """某县医疗保障局关于做好医保基金监管工作的通知
各定点医药机构：
请严格执行医保基金使用管理规定。
某县医疗保障局  2022年1月5日
附件1
定点医药机构自查表
一、基本情况
"""

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "several_per_line",
        PORTAL_SEVERAL,
        {
            "kinds": ["boilerplate", "metadata", "title", "boilerplate", "addressees", "body"],
            "title": "关于调整门诊慢特病待遇标准的通知",
            "addressees": "各区医疗保障分局",
            "doc_number": None,
            "reference": (Date(2021, 6, 30), "written_date"),
            "metadata": {
                "index_number": "000000000/2021-00042",
                "issuer": "某市医疗保障局",
                "subject": "医疗保障",
                "disclosure": "主动公开",
                "scope": "面向社会",
                "validity": "有效",
                "doc_number": None,
            },
        },
    ),
    (
        "one_per_line",
        PORTAL_ONE_PER_LINE,
        {
            "kinds": ["metadata", "title", "addressees", "body"],
            "title": "关于开展全民健身宣传周活动的通知",
            "doc_number": DocNumber("某卫发", 2022, 9),
            "reference": (Date(2022, 3, 1), "published_date"),
            "metadata": {"subject": "卫生、体育", "issuer": "某县卫生健康局", "published_date": Date(2022, 3, 1)},
        },
    ),
    (
        "bulleted",
        PORTAL_BULLETED,
        {
            "kinds": ["boilerplate", "metadata", "title", "boilerplate", "addressees", "body"],
            "title": "关于做好基层卫生人才培养工作的通知",
            "doc_number": DocNumber("某政办发", 2020, 12),
            "addressees": "各镇人民政府,各街道办事处",
            "reference": (Date(2020, 5, 20), "written_date"),
            "metadata": {"index_number": "000002/2020-00100", "genre": "通知"},
        },
    ),
    (
        "official",
        OFFICIAL,
        {
            "kinds": [
                "doc_number",
                "title",
                "addressees",
                "body",
                "attachments",
                "signature",
                "notes",
                "cc",
                "printed_by",
            ],
            "title": "某市人民政府办公室关于加强县域医疗共同体建设的意见",
            "doc_number": DocNumber("某政办发", 2020, 33),
            "addressees": "各县(市、区)人民政府,市政府各部门",
            "signature": ("某市人民政府办公室 某市卫生健康委员会", Date(2020, 11, 23)),
            "attachments": [(1, "重点任务分工表"), (2, "考核评价指标")],
            "notes": ["此件公开发布"],
            "cc": ("市委办公室", "市人大常委会办公室", "市政协办公室"),
            "printed_by": ("某市人民政府办公室", Date(2020, 11, 25)),
            "reference": (Date(2020, 11, 23), "signature"),
        },
    ),
    (
        "wrapper",
        WRAPPER,
        {
            "kinds": ["title", "addressees", "body", "signature", "notes", "title", "body", "attachments"],
            "title": "某市深化医药卫生体制改革实施方案",
            "wrapper_title": "关于印发某市深化医药卫生体制改革实施方案的通知",
            "signature": ("某市人民政府", Date(2021, 4, 2)),
            "attachments": [(1, "重点任务清单"), (2, "经费测算表")],
            "notes": ["信息公开形式:主动公开"],
        },
    ),
    (
        "wrapper_unsigned",
        WRAPPER_UNSIGNED,
        {
            "kinds": ["title", "addressees", "body", "title", "body"],
            "title": "某省公立医院绩效考核办法",
            "wrapper_title": "关于转发《某省公立医院绩效考核办法》的通知",
            "signature": None,
        },
    ),
    (
        "reply",
        REPLY,
        {
            "kinds": [
                "boilerplate",
                "title",
                "boilerplate",
                "doc_number",
                "addressees",
                "body",
                "signature",
                "notes",
                "attachments",
                "boilerplate",
            ],
            "title": "某市卫生健康委员会关于某市政协第二号提案答复的函",
            "doc_number": DocNumber("某卫复案", 2021, 8),
            "addressees": "王某某委员",
            "signature": ("某市卫生健康委员会", Date(2021, 6, 28)),
            "notes": ["联系人:李某,联系电话:12345678"],
            "attachments": [],
            "reference": (Date(2021, 6, 28), "signature"),
        },
    ),
    (
        "traditional",
        TRADITIONAL,
        {
            "kinds": ["boilerplate", "title", "metadata", "body", "boilerplate"],
            "title": "《某区家庭医生签约服务实施方案(试行)》政策解读",
            "reference": (Date(2020, 7, 10), "published_date"),
        },
    ),
    (
        "one_line_signature",
        ONE_LINE_SIGNATURE,
        {
            "kinds": ["title", "addressees", "body", "signature", "attachments", "attachment_text"],
            "signature": ("某县医疗保障局", Date(2022, 1, 5)),
            "attachments": [(1, "定点医药机构自查表")],
        },
    ),
]


def _check(layout: Layout, expected: dict[str, Any]) -> None:
    for field, value in expected.items():
        if field == "kinds":
            assert [b.kind.value for b in layout.blocks] == value
        elif field == "signature":
            sig = layout.signature
            assert (None if sig is None else (sig.organization, sig.date)) == value
        elif field == "attachments":
            assert [(a.number, a.title) for a in layout.attachments] == value
        elif field == "notes":
            assert [n.text for n in layout.notes] == value
        elif field == "cc":
            assert layout.cc is not None and layout.cc.recipients == value
        elif field == "printed_by":
            assert layout.printed_by is not None
            assert (layout.printed_by.organization, layout.printed_by.date) == value
        elif field == "reference":
            assert (layout.reference_date, layout.reference_source) == value
        elif field == "metadata":
            for key, v in value.items():
                assert getattr(layout.metadata, key) == v, key
        else:
            assert getattr(layout, field) == value, field


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_layouts(name: str, text: str, expected: dict[str, Any]) -> None:
    layout = read_layout(text)
    _check(layout, expected)
    assert layout.blocks[0].start == 0 and layout.blocks[-1].end == len(text)


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_spans_point_at_the_values(name: str, text: str, expected: dict[str, Any]) -> None:
    layout = read_layout(text)
    folded = normalize(text).folded
    if layout.title_span is not None and layout.wrapper_title is None:
        assert folded[slice(*layout.title_span)] == layout.title
    if layout.addressees_span is not None:
        assert folded[slice(*layout.addressees_span)].startswith(layout.addressees or "")
    if layout.doc_number_span is not None:
        assert DocNumber.parse(text[slice(*layout.doc_number_span)]) == layout.doc_number
    for a in layout.attachments:
        assert a.title in folded[a.start : a.end] or a.title == ""
    for n in layout.notes:
        assert folded[n.start : n.end] == f"({n.text})"
    if layout.signature is not None:
        assert text[layout.signature.start : layout.signature.end].strip()


def test_traditional_page_reads_like_simplified() -> None:
    from strategies.render import to_traditional

    simplified = read_layout(WRAPPER)
    traditional = read_layout(to_traditional(WRAPPER))
    assert traditional.title == simplified.title
    assert traditional.wrapper_title == simplified.wrapper_title
    assert traditional.signature == simplified.signature


def test_metadata_entries_keep_empty_values() -> None:
    layout = read_layout(PORTAL_SEVERAL)
    entries = {e.key: e.value for e in layout.metadata.entries}
    assert entries["文号"] == "" and entries["有效性"] == "有效"
    for e in layout.metadata.entries:
        assert normalize(PORTAL_SEVERAL).folded[e.start : e.end] == e.value


def test_to_dict_is_json() -> None:
    import json

    for _, text, _ in CASES:
        json.dumps(read_layout(text).to_dict(), ensure_ascii=False)


def test_block_at() -> None:
    layout = read_layout(REPLY)
    assert layout.block_at(0) is not None and layout.block_at(0).kind is BlockKind.BOILERPLATE  # type: ignore[union-attr]
    assert layout.block_at(len(REPLY)) is None
    assert layout.block_at(REPLY.index("感谢")).kind is BlockKind.BODY  # type: ignore[union-attr]


# Look-alikes: what must not be read as a part.
NEGATIVES: list[tuple[str, str, dict[str, Any]]] = [
    ("sentence_ending_in_colon", "现将有关事项通知如下：\n一、总体要求\n", {"addressees": None}),
    ("date_inside_body", "一、工作安排\n2021年3月5日\n召开全市推进会议，部署年度任务。\n", {"signature": None}),
    ("attachment_in_a_sentence", "附件是本通知的组成部分，请一并执行。\n", {"attachments": []}),
    ("plain_text", "今天天气很好，我们去公园散步。\n", {"kinds": ["body"], "title": None}),
    ("title_like_line_in_body", "各单位：\n请抓好落实。\n某市卫生健康工作要点\n继续推进。\n", {"title": None}),
    (
        "closing_formula_is_not_an_organisation",
        "各单位：\n请抓好落实。\n特此通知\n2021年3月5日\n",
        {"signature": (None, Date(2021, 3, 5))},
    ),
    (
        "unrelated_colon_line_on_top",
        "您好：某某科技有限公司\n关于开展义诊活动的通知\n请各单位积极参加。\n",
        {"title": "关于开展义诊活动的通知", "addressees": None},
    ),
    ("bracketed_line_that_is_not_a_note", "一、总体要求\n（一）工作目标\n", {"notes": []}),
    ("number_inside_a_sentence", "根据某政发〔2020〕1号文件精神，制定本办法。\n", {"doc_number": None}),
    ("empty", "", {"kinds": []}),
    ("blank_only", "\n \n\u3000\n", {"kinds": ["body"]}),
]


@pytest.mark.parametrize(("name", "text", "expected"), NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_look_alikes(name: str, text: str, expected: dict[str, Any]) -> None:
    _check(read_layout(text), expected)


@pytest.mark.parametrize(
    "text",
    [
        "附" * 1_000_000,
        "索引号：" * 200_000,
        "《" * 500_000 + "》" * 500_000,
        "（此件" * 300_000,
        "当前位置：首页 > " * 100_000,
        "二〇二〇年十一月二十三日" * 80_000,
        "一、总体要求\n" * 100_000,
        "附件：1．清单\n" * 50_000,
        "某市人民政府\n2021年4月2日\n" * 30_000,
        "\n" * 200_000 + "2021年4月2日\n",
        "：\n" * 100_000,
    ],
    ids=lambda s: repr(s[:8]),
)
def test_long_and_adversarial_input_returns(text: str) -> None:
    layout = read_layout(text)
    assert layout.blocks[-1].end == len(text)
