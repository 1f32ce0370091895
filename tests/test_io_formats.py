"""HTML and .docx input: visible text only, structure kept as lines and tabs, hostile files refused."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from zhpolicy import ParseError, _docx, load
from zhpolicy.io import extract

PAGE = """<!DOCTYPE html>
<html><head><meta charset="gbk"><title>青川市人民政府</title>
<style>p {{ color: red }}</style><script>var x = "《不是标题》";</script></head>
<body><div class="nav">首页 &gt; 政策文件</div>
<h1>关于印发  医改工作要点的通知</h1>
<p>各县（市、区）人民政府：</p><p>现将《工作要点》印发给你们。<br>请认真贯彻执行。</p>
<table><tr><td>序号</td><td>任务</td><td>责任单位</td></tr>
<tr><td>1</td><td>推进分级诊疗</td><td>市卫生健康委</td></tr></table>
<noscript>请启用脚本</noscript><img src="http://example.invalid/a.png">
</body></html>"""

EXPECTED_HTML = (
    "青川市人民政府\n首页 > 政策文件\n关于印发 医改工作要点的通知\n各县（市、区）人民政府：\n"
    "现将《工作要点》印发给你们。\n请认真贯彻执行。\n序号\t任务\t责任单位\n1\t推进分级诊疗\t市卫生健康委\n"
)


@pytest.mark.parametrize("encoding", ["gbk", "utf-8"])
def test_html_visible_text_by_suffix(encoding: str, tmp_path: Path) -> None:
    page = PAGE if encoding == "gbk" else PAGE.replace('charset="gbk"', 'charset="utf-8"')
    path = tmp_path / "page.html"
    path.write_bytes(page.encode(encoding))
    assert load(path) == EXPECTED_HTML


def test_html_sniffed_without_suffix_and_wrong_charset_declaration() -> None:
    # declared gbk, served as UTF-8: the declaration fails to decode, the bytes are sniffed instead
    assert extract(PAGE.encode("utf-8"), name="page") == EXPECTED_HTML


def make_docx(document_xml: str, extra: dict[str, bytes] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document_xml)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DOCUMENT = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W}><w:body>
<w:p><w:r><w:t>青川市医改重点任务分工</w:t></w:r></w:p>
<w:p><w:r><w:t>一、推进</w:t></w:r><w:r><w:t xml:space="preserve">分级诊疗</w:t></w:r>
<w:r><w:br/><w:t>第二行</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>任务</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>责任单位</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>建设医共体</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>▲市卫生健康委、市医保局</w:t></w:r></w:p></w:tc></w:tr>
</w:tbl>
<w:sdt><w:sdtContent><w:p><w:r><w:t>附件：1.分工表</w:t></w:r></w:p></w:sdtContent></w:sdt>
</w:body></w:document>"""


def test_docx_paragraphs_and_table_columns(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    path.write_bytes(make_docx(DOCUMENT))
    assert load(path) == (
        "青川市医改重点任务分工\n一、推进分级诊疗\n第二行\n任务\t责任单位\n"
        "建设医共体\t▲市卫生健康委、市医保局\n附件：1.分工表\n"
    )


def test_docx_sniffed_by_signature() -> None:
    assert extract(make_docx(DOCUMENT), name="upload.bin").startswith("青川市医改重点任务分工\n")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04 not really a zip", "not a valid zip archive"),
        (make_docx("<w:document/>").replace(b"word/document.xml", b"word/other.xml!!!"), "no word/document.xml"),
        (make_docx(f'<!DOCTYPE x [<!ENTITY a "aaaa">]><w:document {W}><w:body/></w:document>'), "without a DTD"),
        (make_docx("<w:document><unclosed>"), "well-formed XML"),
    ],
)
def test_hostile_or_broken_docx_is_refused(data: bytes, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        extract(data, name="x.docx", suffix=".docx")


def test_docx_decompression_bomb_is_refused_before_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_docx, "DOCX_MAX_UNCOMPRESSED", 1_000_000)
    bomb = make_docx(DOCUMENT, {"word/media/zeros.bin": b"\0" * 2_000_000})
    assert len(bomb) < 10_000
    with pytest.raises(ParseError, match="decompression bomb"):
        extract(bomb, name="bomb.docx")


def test_docx_with_too_many_entries_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_docx, "DOCX_MAX_ENTRIES", 3)
    with pytest.raises(ParseError, match="at most 3 entries"):
        extract(make_docx(DOCUMENT, {"a": b"", "b": b""}), name="many.docx")


@pytest.mark.parametrize(
    ("data", "suffix"), [(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, ""), (b"anything", ".doc")]
)
def test_old_word_files_get_a_clear_error(data: bytes, suffix: str) -> None:
    with pytest.raises(ParseError, match=r"save as \.docx"):
        extract(data, name="old.doc", suffix=suffix)


def test_html_input_never_reaches_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    # scripts, images, frames, stylesheets and external entities are text to drop, never addresses to fetch
    import socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("zhpolicy tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    page = (
        '<!DOCTYPE html [<!ENTITY x SYSTEM "http://example.invalid/x">]><html><head>'
        '<link rel="stylesheet" href="http://example.invalid/s.css"><script src="http://example.invalid/a.js">'
        "</script></head><body><iframe src='http://example.invalid/'></iframe><p>正文&x;</p>"
        '<img src="http://example.invalid/a.png"></body></html>'
    ).encode()
    text = extract(page, suffix=".html")
    assert "正文" in text and "example.invalid" not in text
