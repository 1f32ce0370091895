"""Reading documents from files: text, HTML and .docx in the encodings real sites serve → one ``str``.

    >>> import tempfile, pathlib, zhpolicy
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "notice.txt"
    >>> _ = path.write_bytes("关于印发实施方案的通知".encode("gb18030"))
    >>> zhpolicy.load(path)
    '关于印发实施方案的通知'

Plain text is decoded as UTF-8 (with or without a BOM), UTF-16 (with a BOM) or GB18030 (which covers GBK and
GB2312), in that order. HTML (by suffix or by its opening tag) is decoded by its BOM or declared charset and reduced
to its visible text, one line per block; .docx (by suffix or by its zip signature) is read with the standard library,
tables row by row with tab-separated cells. Offsets zhpolicy reports refer to the text returned here.
A file that decodes under none of them, that holds NUL bytes outside UTF-16, or an old binary .doc, raises
:class:`~zhpolicy.errors.ParseError` naming the file.
"""

from __future__ import annotations

import codecs
import os
import stat

from .errors import ParseError

__all__ = ["DEFAULT_MAX_BYTES", "decode", "extract", "load"]

_HTML_SUFFIXES = frozenset((".html", ".htm", ".xhtml", ".shtml"))
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old Word (.doc), Excel (.xls): compound binary files

DEFAULT_MAX_BYTES = 64 * 1024 * 1024  # larger inputs are refused with a clear error (configurable per call)


def load(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read ``path`` and return its text.

    Raises:
        ParseError: the file is missing, a directory, unreadable, too large, empty, or not text.
    """
    name = os.fspath(path)
    try:
        status = os.stat(name)
        if stat.S_ISDIR(status.st_mode):
            raise ParseError("a file, not a directory", source=name)
        if status.st_size > max_bytes:
            raise ParseError(f"a file of at most {max_bytes} bytes (it has {status.st_size})", source=name)
        with open(name, "rb") as fh:
            # a device or a pipe has no size to check first (/dev/zero never ends): read one byte past the limit
            data = fh.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise ParseError(f"a file of at most {max_bytes} bytes (it has more)", source=name)
    except FileNotFoundError:
        raise ParseError("an existing file", source=name) from None
    except PermissionError:
        raise ParseError("a readable file (permission denied)", source=name) from None
    except OSError as exc:
        raise ParseError(f"a readable file ({exc.strerror or exc})", source=name) from None
    return extract(data, name=name, suffix=os.path.splitext(name)[1].lower())


def extract(data: bytes, *, name: str = "<bytes>", suffix: str = "", max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The text of a file's bytes: .docx, HTML or plain text, by ``suffix`` (``".html"``) or by content.

    Raises:
        ParseError: the bytes are empty, more than ``max_bytes``, or not a document zhpolicy reads.
    """
    if not data:
        raise ParseError("a non-empty file", source=name)
    if len(data) > max_bytes:
        raise ParseError(f"a file of at most {max_bytes} bytes (it has {len(data)})", source=name)
    if data.startswith(_OLE) or suffix in (".doc", ".xls", ".wps"):
        raise ParseError("a .txt, .html or .docx file (old binary Word/WPS files: save as .docx first)", source=name)
    if suffix == ".docx" or data.startswith(_ZIP):
        # Imported here, on the first .docx: zipfile and xml.etree are a tenth of `import zhpolicy`.
        from ._docx import docx_to_text

        return docx_to_text(data, name=name)
    if suffix in _HTML_SUFFIXES or _looks_like_html(data):
        # Imported here, on the first page, as _docx: html's entity table and the tokenizer's patterns cost 3 ms.
        from ._html import html_to_text, sniff_charset

        charset = sniff_charset(data)
        if charset and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            try:
                return html_to_text(data.decode(_charset_alias(charset)))
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong declaration is common: fall back to sniffing the bytes
        return html_to_text(decode(data, name=name))
    return decode(data, name=name)


def _looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in data[:4096].lower()


def _charset_alias(charset: str) -> str:
    # Pages that say gb2312 or gbk routinely hold characters only GB18030 has.
    return "gb18030" if charset in ("gb2312", "gbk", "gb_2312-80", "x-gbk") else charset


def decode(data: bytes, *, name: str = "<bytes>") -> str:
    """Decode the bytes of a text file: UTF-8 (BOM optional), UTF-16 with BOM, else GB18030."""
    if not data:
        raise ParseError("a non-empty file", source=name)
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name)
    if b"\x00" in data:
        at = data.index(b"\x00")
        raise ParseError(f"a text file (NUL byte at byte {at}: binary data?)", source=name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _strict(data, "gb18030", name)


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ParseError(f"text in UTF-8, UTF-16 or GB18030 (undecodable byte at {exc.start})", source=name) from None
