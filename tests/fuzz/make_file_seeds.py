"""Write the seed files of the ``extract`` target (``tests/fuzz/seeds-files/``): a .docx, HTML pages, text in the
encodings sites serve. The text is ours, in the style of real notices. Run once; the output is committed.

    python tests/fuzz/make_file_seeds.py
"""

from __future__ import annotations

import codecs
import io
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "seeds-files"
NOTICE = (
    "青川市卫生健康委员会关于做好2022年医改工作的通知\n青卫发〔2022〕3号\n各县（市、区）卫生健康局：\n"
    "（一）加强领导。（责任单位：▲市卫生健康委）\n"
)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx(body: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        xml = f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}</w:body></w:document>'
        archive.writestr("word/document.xml", xml)
    return buffer.getvalue()


def paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def main() -> None:
    OUT.mkdir(exist_ok=True)
    table = "<w:tbl><w:tr><w:tc>" + paragraph("1") + "</w:tc><w:tc>" + paragraph("▲市医保局") + "</w:tc></w:tr></w:tbl>"
    content = "<w:sdt><w:sdtContent>" + paragraph("附件：1.分工表") + "</w:sdtContent></w:sdt>"
    files = {
        "notice.docx": docx("".join(paragraph(line) for line in NOTICE.splitlines()) + table + content),
        "notice-gbk.html": (
            '<!DOCTYPE html><html><head><meta charset="gbk"><title>青川市</title><script>var a = "<p>";</script>'
            "</head><body><div>首页 &gt; 政策</div><p>" + NOTICE.replace("\n", "</p><p>") + "</p>"
            '<table><tr><td>序号</td><td>任务</td></tr></table><img src="http://example.invalid/a.png"><!-- c -->'
            "<pre>  一、\n  二、</pre></body></html>"
        ).encode("gbk"),
        "notice-utf16.txt": codecs.BOM_UTF16_LE + NOTICE.encode("utf-16-le"),
        "notice-utf8-bom.txt": codecs.BOM_UTF8 + NOTICE.encode("utf-8"),
        "notice-gb18030.txt": NOTICE.encode("gb18030"),
    }
    for name, data in files.items():
        (OUT / name).write_bytes(data)


if __name__ == "__main__":
    main()
