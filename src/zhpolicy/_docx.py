""".docx → text for :func:`zhpolicy.load`, with the standard library only.

A .docx is a zip of XML. Hostile files are refused before anything is decompressed in bulk: too many entries, a
total uncompressed size over the cap (decompression bombs), or XML that declares a DTD (entity expansion, external
entities). Paragraphs become lines; a table row becomes one line with its cells separated by tabs, so a 任务分工表
reaches the parsers column by column.
"""

from __future__ import annotations

import io
import zipfile
from typing import NoReturn
from xml.etree import ElementTree
from xml.parsers import expat

from .errors import ParseError

__all__ = ["DOCX_MAX_ENTRIES", "DOCX_MAX_UNCOMPRESSED", "docx_to_text"]

DOCX_MAX_ENTRIES = 5_000
DOCX_MAX_UNCOMPRESSED = 256 * 1024 * 1024

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_to_text(data: bytes, *, name: str) -> str:
    """The text of the main document part of a .docx file."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ParseError("a .docx file (not a valid zip archive)", source=name) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > DOCX_MAX_ENTRIES:
            raise ParseError(f"a .docx file with at most {DOCX_MAX_ENTRIES} entries", source=name)
        if sum(i.file_size for i in infos) > DOCX_MAX_UNCOMPRESSED:
            raise ParseError(
                f"a .docx file of at most {DOCX_MAX_UNCOMPRESSED} bytes uncompressed (a decompression bomb?)",
                source=name,
            )
        try:
            xml = archive.read("word/document.xml")
        except KeyError:
            raise ParseError("a .docx file (no word/document.xml inside)", source=name) from None
        except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError) as exc:
            raise ParseError(f"a readable .docx file ({exc})", source=name) from None
    if _declares_dtd(xml):
        raise ParseError("a .docx file without a DTD (entity declarations are refused)", source=name)
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError as exc:
        raise ParseError(f"a .docx file with well-formed XML ({exc})", source=name) from None
    body = root.find(f"{_W}body")
    lines: list[str] = []
    if body is not None:
        _blocks(body, lines)
    return "\n".join(lines) + ("\n" if lines else "")


class _Declared(Exception):
    """Raised from expat's handlers: the XML declares a DTD, an entity or refers to an external one."""


class _Clean(Exception):
    """Raised at the root element: no DTD came before it, and none can come after."""


def _declares_dtd(xml: bytes) -> bool:
    # Ask expat rather than search the bytes: an XML part may be UTF-16 or declare another encoding, in which
    # "<!DOCTYPE" is not those ASCII bytes. The pass stops at the root element, before the document's body.
    parser = expat.ParserCreate()

    def declared(*_: object) -> NoReturn:
        raise _Declared

    def root(*_: object) -> NoReturn:
        raise _Clean

    parser.StartDoctypeDeclHandler = declared
    parser.EntityDeclHandler = declared
    parser.ExternalEntityRefHandler = declared
    parser.StartElementHandler = root
    try:
        parser.Parse(xml, True)
    except _Declared:
        return True
    except (_Clean, expat.ExpatError, ValueError):
        pass  # malformed XML is ElementTree's to report
    return False


def _blocks(body: ElementTree.Element, lines: list[str]) -> None:
    # A stack, not recursion: content controls nest, and a hostile file nests them ten thousand deep.
    stack = [iter(body)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif child.tag == f"{_W}p":
            lines.append(_paragraph(child))
        elif child.tag == f"{_W}tbl":
            for row in child.iter(f"{_W}tr"):
                cells = [" ".join(_paragraph(p) for p in cell.iter(f"{_W}p")) for cell in row.iter(f"{_W}tc")]
                lines.append("\t".join(cells))
        elif child.tag == f"{_W}sdt":  # content controls wrap ordinary paragraphs and tables
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                stack.append(iter(content))


def _paragraph(p: ElementTree.Element) -> str:
    out: list[str] = []
    for node in p.iter():
        if node.tag == f"{_W}t" and node.text:
            out.append(node.text)
        elif node.tag == f"{_W}tab":
            out.append("\t")
        elif node.tag in (f"{_W}br", f"{_W}cr"):
            out.append("\n")
    return "".join(out)
