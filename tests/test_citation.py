"""Citation: find/parse tables, nested titles, issuers, look-alikes, properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from strategies.citation import citations, render_citation
from zhpolicy import Citation, DocNumber, ParseError

FIND = [
    # (sentence, matched text, title, number, issuer)
    ("按照《某市医疗集团建设实施方案》要求", "《某市医疗集团建设实施方案》", "某市医疗集团建设实施方案", None, None),
    (
        "根据《关于推进医联体建设的指导意见》（国办发〔2017〕32号）",
        "《关于推进医联体建设的指导意见》（国办发〔2017〕32号）",
        "关于推进医联体建设的指导意见",
        "国办发〔2017〕32号",
        None,
    ),
    (
        "省人民政府办公厅《关于推进县域医共体建设的意见》 ( 皖政办〔2017〕57号 )精神",
        "《关于推进县域医共体建设的意见》 ( 皖政办〔2017〕57号 )",
        "关于推进县域医共体建设的意见",
        "皖政办〔2017〕57号",
        "省人民政府办公厅",
    ),
    (
        "《關於貫徹落實〈關於推進醫共體改革的通知〉的通知》(六醫改辦〔2020〕3號)",
        "《關於貫徹落實〈關於推進醫共體改革的通知〉的通知》(六醫改辦〔2020〕3號)",
        "关于贯彻落实<关于推进医共体改革的通知>的通知",
        "六医改办〔2020〕3号",
        None,
    ),
    ("《某县医共体实施方案(试行)》", "《某县医共体实施方案(试行)》", "某县医共体实施方案(试行)", None, None),
    ("《规划（2021-2025年）》", "《规划（2021-2025年）》", "规划(2021-2025年)", None, None),
    ("《方案》（试行）", "《方案》", "方案", None, None),  # the brackets after 》 hold no 发文字号
    ("市卫生健康委《通知》", "《通知》", "通知", None, "市卫生健康委"),
    ("各地要结合《通知》", "《通知》", "通知", None, None),  # 各地要结合 is not an organisation
    ("2019年省卫健委《通知》", "《通知》", "通知", None, "省卫健委"),  # a date before the issuer is cut off
    ("《关于学习《某条例》的通知》", "《关于学习《某条例》的通知》", "关于学习《某条例》的通知", None, None),
]


@pytest.mark.parametrize(("sentence", "text", "title", "number", "issuer"), FIND)
def test_find(sentence: str, text: str, title: str, number: str | None, issuer: str | None) -> None:
    [m] = Citation.find(sentence)
    assert m.text == text == sentence[m.start : m.end]
    assert m.kind == "citation"
    assert m.value.title == title
    assert (None if m.value.number is None else str(m.value.number)) == number
    assert m.value.issuer == issuer


@pytest.mark.parametrize("s", ["没有书名号的句子", "《未闭合的标题", "《\n》", "《》", "《标题\n换行》"])
def test_look_alikes(s: str) -> None:
    assert Citation.find(s) == []


def test_str_and_parse() -> None:
    c = Citation.parse("《關于推進工作的通知》（國辦發[2017]32號）")
    assert c == Citation("关于推进工作的通知", DocNumber("国办发", 2017, 32))
    assert str(c) == "《关于推进工作的通知》（国办发〔2017〕32号）"
    assert str(Citation("条例")) == "《条例》"
    assert Citation.parse("省人民政府《条例》").issuer == "省人民政府"


@pytest.mark.parametrize("s", ["条例", "《条例》后文", "《条例", "按照《条例》"])
def test_parse_rejects(s: str) -> None:
    with pytest.raises(ParseError):
        Citation.parse(s)


def test_linear_on_adversarial_runs() -> None:
    for unit in ("《", "《标题", "》", "《a》(", "《a》( 国办发[2020]", "局"):
        Citation.find(unit * (100_000 // len(unit)))


@settings(max_examples=100)
@given(citations())
def test_round_trips(c: Citation) -> None:
    assert Citation.from_dict(c.to_dict()) == c
    assert Citation.parse(str(c)) == Citation(c.title, c.number)


@settings(max_examples=100)
@given(citations().flatmap(lambda c: render_citation(c).map(lambda s: (c, s))))
def test_renderings_found(case: tuple[Citation, str]) -> None:
    c, rendered = case
    sentence = "根据" + (c.issuer or "") + rendered + "要求"
    [m] = Citation.find(sentence)
    assert m.text == rendered
    assert m.value == c
