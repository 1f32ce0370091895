"""DocNumber: parse/find tables, look-alikes, GB/T 9704 violations, properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from strategies.docnumber import doc_numbers, rendered_doc_numbers, sentences_around
from zhpolicy import DocNumber, ParseError, find
from zhpolicy.docnumber import DocNumberViolation as V

PARSE = [
    ("义政办发〔2020〕47号", DocNumber("义政办发", 2020, 47)),
    ("义政办发[2020]47号", DocNumber("义政办发", 2020, 47)),
    ("义政办发［2020］47号", DocNumber("义政办发", 2020, 47)),
    ("义政办发(2020)47号", DocNumber("义政办发", 2020, 47)),
    ("义政办发（2020）47号", DocNumber("义政办发", 2020, 47)),
    ("义政办发【2020】47号", DocNumber("义政办发", 2020, 47)),
    ("义政办发﹝2020﹞47号", DocNumber("义政办发", 2020, 47)),
    ("皖醫改秘函〔2020〕4號", DocNumber("皖医改秘函", 2020, 4)),
    ("国卫办医发〔2019〕第323号", DocNumber("国卫办医发", 2019, 323)),
    ("粤府字〔2018〕第12号", DocNumber("粤府字", 2018, 12)),
    ("川财规〔2021〕08号", DocNumber("川财规", 2021, 8)),
    ("国医改发〔2019〕2号 ", DocNumber("国医改发", 2019, 2)),
    ("国医改发 〔 2019 〕 2 号", DocNumber("国医改发", 2019, 2)),
    ("浙医改联席办〔２０２０〕２号", DocNumber("浙医改联席办", 2020, 2)),
    ("  国办发〔2017〕32号\n", DocNumber("国办发", 2017, 32)),
]


@pytest.mark.parametrize(("s", "expected"), PARSE)
def test_parse(s: str, expected: DocNumber) -> None:
    assert DocNumber.parse(s) == expected


@pytest.mark.parametrize(
    "s",
    [
        "〔2020〕47号",
        "义政办发2020年47号",
        "京ICP证140722号",
        "义政办发〔2020〕",
        "义政办发〔2020〕47号文件",
        "",
        "国办发〔20〕3号",
    ],
)
def test_parse_rejects(s: str) -> None:
    with pytest.raises(ParseError):
        DocNumber.parse(s)


FIND = [
    # (sentence, [(matched text, value)])  — the left-edge rule: cut after the last verb/particle
    ("根据国办发〔2017〕32号文件精神", [("国办发〔2017〕32号", DocNumber("国办发", 2017, 32))]),
    (
        "按照省政府办公厅《关于印发某方案的通知》（皖政办〔2017〕57号）",
        [("皖政办〔2017〕57号", DocNumber("皖政办", 2017, 57))],
    ),
    ("依据国办发[2017]32号和国卫医发[2018]1号", [("国办发[2017]32号", None), ("国卫医发[2018]1号", None)]),
    ("国办发〔2017〕32号、国卫医发〔2018〕1号", [("国办发〔2017〕32号", None), ("国卫医发〔2018〕1号", None)]),
    ("2020年12月国办发〔2020〕3号", [("国办发〔2020〕3号", DocNumber("国办发", 2020, 3))]),
    ("转发国卫办医发〔2019〕323号的通知", [("国卫办医发〔2019〕323号", None)]),
    ("现将义政办发（2020）第08号印发", [("义政办发（2020）第08号", DocNumber("义政办发", 2020, 8))]),
]


@pytest.mark.parametrize(("sentence", "expected"), FIND)
def test_find(sentence: str, expected: list[tuple[str, DocNumber | None]]) -> None:
    found = DocNumber.find(sentence)
    assert [m.text for m in found] == [text for text, _ in expected]
    for m, (_, value) in zip(found, expected, strict=True):
        assert sentence[m.start : m.end] == m.text
        assert m.kind == "doc_number"
        if value is not None:
            assert m.value == value


NOT_DOC_NUMBERS = [
    "京ICP证140722号",
    "京ICP备[2020]140722号",
    "第4115号提案",
    "2020年47号文件",
    "〔2020〕",
    "〔2020〕47号",
    "联系电话：0551-62999999",
    "（2020）年度报告",
    "2020年12月3号",
    "国办发〔2017〕",
    "《规划（2021-2025年）》",
    "于（2019）届毕业",
]


@pytest.mark.parametrize("s", NOT_DOC_NUMBERS)
def test_look_alikes(s: str) -> None:
    assert DocNumber.find(s) == []


def test_canonical_form_and_doc_type() -> None:
    d = DocNumber.parse("皖醫改秘函［2020］第０４號")
    assert str(d) == "皖医改秘函〔2020〕4号"
    assert d.doc_type == "函"
    assert DocNumber("国办发", 2017, 32).doc_type == "发"
    assert DocNumber("川财规", 2021, 8).doc_type is None


VIOLATIONS = [
    ("义政办发〔2020〕47号", ()),
    ("义政办发[2020]47号", (V.WRONG_BRACKETS,)),
    ("义政办发〔2020〕第47号", (V.SERIAL_PREFIX_DI,)),
    ("义政办发〔2020〕07号", (V.PADDED_SERIAL,)),
    ("裕政辦〔2018〕28號", (V.TRADITIONAL_SCRIPT,)),
    ("国医改发〔2019〕 2号", (V.SPACES,)),
    ("义政办发〔２０２０〕４７号", (V.FULL_WIDTH_DIGITS,)),
    ("粤府字（2018）第012號", (V.WRONG_BRACKETS, V.SERIAL_PREFIX_DI, V.PADDED_SERIAL, V.TRADITIONAL_SCRIPT)),
]


@pytest.mark.parametrize(("s", "expected"), VIOLATIONS)
def test_violations(s: str, expected: tuple[V, ...]) -> None:
    assert DocNumber.violations(s) == expected


def test_date_mask_mechanism() -> None:
    # dates register with masked_by=("doc_number",): nothing of another kind may sit inside a 发文字号
    text = "根据国办发〔2017〕32号文件"
    spans = [(m.start, m.end) for m in DocNumber.find(text)]
    for m in find(text):
        if m.kind == "date":
            assert not any(s < m.end and m.start < e for s, e in spans)


def test_linear_on_adversarial_runs() -> None:
    for unit in ("国", "〔2020〕", "[", "〔2020〕 ", "发〔2020〕第", " ", "号"):
        DocNumber.find(unit * (100_000 // len(unit)))


@settings(max_examples=150)
@given(rendered_doc_numbers())
def test_every_rendering_parses_back(case: tuple[DocNumber, str]) -> None:
    d, rendered = case
    assert DocNumber.parse(rendered) == d


@settings(max_examples=150)
@given(rendered_doc_numbers().flatmap(lambda c: sentences_around(c[1]).map(lambda s: (c, s))))
def test_find_in_sentences(case: tuple[tuple[DocNumber, str], tuple[str, int]]) -> None:
    (d, rendered), (sentence, at) = case
    [m] = DocNumber.find(sentence)
    assert m.value == d
    assert m.text == rendered.rstrip()
    assert m.start == at


@settings(max_examples=100)
@given(doc_numbers())
def test_round_trips(d: DocNumber) -> None:
    assert DocNumber.parse(str(d)) == d
    assert DocNumber.from_dict(d.to_dict()) == d
    assert DocNumber.violations(str(d)) == ()
