from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from zhpolicy import ParseError, load
from zhpolicy.io import decode

SAMPLE = "关于印发《青川市医改工作要点》的通知（青政办发〔2022〕15号）"


@pytest.mark.parametrize(
    "data",
    [
        SAMPLE.encode("utf-8"),
        codecs.BOM_UTF8 + SAMPLE.encode("utf-8"),
        SAMPLE.encode("utf-16"),  # with BOM
        codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"),
        SAMPLE.encode("gb18030"),
        SAMPLE.encode("gbk"),
    ],
)
def test_decodes_every_encoding_sites_serve(data: bytes, tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(data)
    assert load(path) == SAMPLE
    assert decode(data) == SAMPLE


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "a non-empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a text file (NUL byte at byte 8: binary data?)"),
        (b"\xff\xfe\xff", "text in UTF-8, UTF-16 or GB18030"),
        (bytes([0x81, 0x20]), "text in UTF-8, UTF-16 or GB18030"),
    ],
)
def test_bad_bytes_raise_parse_error(data: bytes, expected: str) -> None:
    with pytest.raises(ParseError) as info:
        decode(data, name="x.txt")
    assert info.value.expected.startswith(expected)
    assert info.value.source == "x.txt"
    assert str(info.value).startswith("x.txt: expected ")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="an existing file"):
        load(tmp_path / "missing.txt")
    with pytest.raises(ParseError, match="not a directory"):
        load(tmp_path)


def test_size_cap_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("医" * 100, encoding="utf-8")
    with pytest.raises(ParseError, match="at most 10 bytes"):
        load(path, max_bytes=10)
    assert load(path, max_bytes=1000) == "医" * 100
