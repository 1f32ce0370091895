"""Whole documents in the layouts real pages use, with the values a reader should get from each.

``documents()`` draws a :class:`GeneratedDocument`: its ``text`` and the ``expected`` fields. ``with_chrome()``
then inserts portal chrome (breadcrumbs, counters, share bars between any two lines; spam above; licence footer
below) and re-renders the whole page in another script/width — none of which may change a field.
"""

from __future__ import annotations

from typing import Any

import attrs
from hypothesis import strategies as st

from .render import SCRIPT_AND_WIDTH

__all__ = [
    "CHROME_LINES",
    "FOOTER_LINES",
    "SPAM_LINES",
    "GeneratedDocument",
    "documents",
    "with_chrome",
]

ORGANIZATIONS = ["某市卫生健康委员会", "某县人民政府办公室", "某区医疗保障局", "某省深化医药卫生体制改革领导小组办公室"]
PLANS = ["某市基层医疗卫生服务能力提升实施方案", "某县公立医院综合改革工作要点", "某区家庭医生签约服务管理办法(试行)"]
TITLES = [
    "关于做好春季传染病防控工作的通知",
    "关于加强县域医疗共同体建设的意见",
    "关于某市政协第十三届会议第二号提案答复的函",
]
ADDRESSEES = ["各区县人民政府,市政府各部门", "各区卫生健康局、各有关单位", "王某委员"]
PROSE = [
    "为进一步提升基层医疗服务水平,结合本地实际,制定本方案。",
    "各地要建立健全工作机制,明确责任分工,确保各项任务落到实处。",
    "到年底,全市家庭医生签约服务覆盖率达到百分之六十以上。",
    "请于每月底前报送工作进展情况。",
]
HEADINGS = ["一、总体要求", "二、重点任务", "(一)加强组织领导", "(二)强化经费保障"]
ATTACHMENT_TITLES = ["重点任务清单", "经费测算表", "工作联系人名单"]
NUMBERS = ["某政办发〔2021〕12号", "某卫发〔2020〕3号", "某医保函〔2021〕45号"]

CHROME_LINES = [
    "当前位置:首页 > 政务公开 > 通知公告",
    "点击次数:128",
    "【字体:大 中 小】",
    "分享到:",
    "打印本页 关闭窗口",
    "时间:2021-03-05 来源:本站",
    "首页 > 信息公开 > 政策文件",
]
SPAM_LINES = ["欢迎访问某某门户网站", "热门推荐 免费下载 高清资源", "您好:某某科技有限公司"]
FOOTER_LINES = ["版权所有 某市人民政府", "京ICP备12345678号 京公网安备11010802000001号", "相关稿件:"]

_CN = "〇一二三四五六七八九"


def _chinese_date(year: int, month: int, day: int) -> str:
    def small(n: int) -> str:
        if n < 10:
            return _CN[n]
        return ("十" if n < 20 else _CN[n // 10] + "十") + (_CN[n % 10] if n % 10 else "")

    return "".join(_CN[int(c)] for c in str(year)) + f"年{small(month)}月{small(day)}日"


@attrs.frozen
class GeneratedDocument:
    lines: tuple[str, ...]
    expected: dict[str, Any]

    @property
    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


@st.composite
def documents(draw: st.DrawFn) -> GeneratedDocument:
    """A document in one of the layouts: disclosure header, title (or notice + plan), number, addressees, body,
    signature, notes, attachments, 抄送 and 印发."""
    lines: list[str] = []
    org = draw(st.sampled_from(ORGANIZATIONS))
    number = draw(st.none() | st.sampled_from(NUMBERS))
    year, month, day = draw(st.integers(2015, 2025)), draw(st.integers(1, 12)), draw(st.integers(1, 28))
    wrapper = draw(st.booleans())
    plan = draw(st.sampled_from(PLANS))
    title = f"关于印发{plan}的通知" if wrapper else draw(st.sampled_from(TITLES))
    expected: dict[str, Any] = {
        "title": plan if wrapper else title,
        "wrapper_title": title if wrapper else None,
        "doc_number": number,
        "signature": (org, (year, month, day)),
        "reference_date": (year, month, day),
    }
    header = draw(st.sampled_from(["none", "one_per_line", "several_per_line", "bulleted"]))
    metadata = [
        ("索引号", f"000000/{year}-00012"),
        ("发文机关", org),
        ("文号", number or ""),
        ("成文日期", f"{year}-{month:02d}-{day:02d}"),
    ]
    if header == "one_per_line":
        lines += [f"{k}:{v}" for k, v in metadata]
    elif header == "several_per_line":
        lines += [f"{k}: {v} {k2}: {v2}" for (k, v), (k2, v2) in zip(metadata[::2], metadata[1::2], strict=False)]
    elif header == "bulleted":
        for k, v in metadata:
            lines += [f"  • {k}:", "", f"    {v}", ""] if v else [f"  • {k}:", ""]
    if header != "none":
        expected["metadata"] = {"index_number": metadata[0][1], "issuer": org}
    lines.append(title)
    if number is not None:
        lines.append(number)
    addressees = draw(st.none() | st.sampled_from(ADDRESSEES))
    expected["addressees"] = addressees
    if addressees is not None:
        lines.append(addressees + ":")
    before_signature = draw(st.booleans())
    attachments = draw(st.lists(st.sampled_from(ATTACHMENT_TITLES), unique=True, max_size=3))
    if wrapper:
        lines.append(f"现将《{plan}》印发给你们,请认真贯彻执行。")
    else:
        lines += draw(st.lists(st.sampled_from(PROSE + HEADINGS), min_size=1, max_size=5))
        lines.append(PROSE[0])
    if attachments and before_signature:
        lines.append(f"附件:1.{attachments[0]}")
        lines += [f"    {i}.{a}" for i, a in enumerate(attachments[1:], 2)]
    lines.append(org)
    chinese = draw(st.booleans())
    lines.append(_chinese_date(year, month, day) if chinese else f"{year}年{month}月{day}日")
    note = draw(st.sampled_from([None, "此件公开发布", "联系人:张某,联系电话:12345678"]))
    if note is not None:
        lines.append(f"({note})")
    expected["notes"] = (note,) if note else ()
    if wrapper:
        lines.append(plan)
        lines += draw(st.lists(st.sampled_from(PROSE + HEADINGS), min_size=1, max_size=5))
        lines.append(PROSE[1])
    if attachments and not before_signature:
        lines += [f"附件{i}:{a}.docx" for i, a in enumerate(attachments, 1)]
    expected["attachments"] = tuple(attachments)
    if draw(st.booleans()):
        lines.append("抄送:市委办公室,市人大常委会办公室,市政协办公室。")
        lines.append(f"{org}  {year}年{month}月{day}日印发")
        expected["cc"] = ("市委办公室", "市人大常委会办公室", "市政协办公室")
        expected["printed_by"] = (org, (year, month, day))
    return GeneratedDocument(tuple(lines), expected)


@st.composite
def with_chrome(draw: st.DrawFn, document: GeneratedDocument) -> str:
    """``document`` on a portal page: chrome lines anywhere, spam above, footer below, in any script and width."""
    lines = list(document.lines)
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(lines)))
        lines.insert(at, draw(st.sampled_from(CHROME_LINES)))
    spam = draw(st.lists(st.sampled_from(SPAM_LINES + CHROME_LINES), max_size=3))
    footer = draw(st.lists(st.sampled_from(FOOTER_LINES), max_size=3))
    text = "\n".join([*spam, *lines, *footer]) + "\n"
    render = draw(SCRIPT_AND_WIDTH)
    return str(render(text))
