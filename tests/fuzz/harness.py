"""Coverage-guided fuzzing of zhpolicy's entry points with atheris (not run by pytest).

    python -m pip install atheris
    python tests/fuzz/harness.py TARGET [-max_total_time=600] [-jobs=1] [corpus_dir …]

TARGET is one of: normalize, find, parse_document, extract, parse (every public type), parse:<Type> (e.g.
parse:DocNumber), or a kind name (doc_number, money, …). The seed corpus in ``tests/fuzz/seeds/`` (written by us,
fragments of every convention; ``extract`` also gets the files of ``tests/fuzz/seeds-files/``) is used (read-only)
when no corpus folder is given; what atheris finds goes to ``tests/fuzz/corpus/TARGET``. ``extract`` is
structure-aware: the first byte says whether the rest is a file as it is, an HTML page, a .docx's document.xml or
the body of one, so the zip and XML checks are reached, not only the zip signature.
The invariants checked are the library's promises: ``find``/``parse_document`` never raise
and report exact spans, ``T.parse`` raises only ``ParseError`` and round-trips, ``extract`` raises only
``ParseError``. A violation raises, and atheris saves the input as ``crash-*``.
"""

from __future__ import annotations

import io
import json
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import zhpolicy
    from zhpolicy import ParseError, scan
    from zhpolicy.io import extract

SEEDS = Path(__file__).resolve().parent / "seeds"
FILE_SEEDS = Path(__file__).resolve().parent / "seeds-files"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
PARSE_TYPES = (
    "DocNumber", "Citation", "Date", "Period", "Deadline", "Relative", "Recurring", "Marker", "Responsibility",
    "Money", "Percentage", "PercentagePoints", "Count", "Ratio", "Rate", "Range",
)  # fmt: skip
CORPUS = Path(__file__).resolve().parent / "corpus"  # generated, not committed (.gitignore)


def _text(data: bytes) -> str:
    return atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data))


def _check_matches(text: str, matches: list[object]) -> None:
    for m in matches:
        assert 0 <= m.start <= m.end <= len(text), m  # type: ignore[attr-defined]
        assert text[m.start : m.end] == m.text, m  # type: ignore[attr-defined]


def target(name: str) -> Callable[[bytes], None]:
    if name == "normalize":
        return lambda data: _check_normalize(_text(data))
    if name == "find":
        return lambda data: _check_matches(t := _text(data), zhpolicy.find(t))
    if name == "parse_document":
        return lambda data: _check_document(_text(data))
    if name == "extract":
        return _check_extract
    if name == "parse":  # every public value type, the first byte choosing which
        types = [getattr(zhpolicy, n) for n in PARSE_TYPES]
        return lambda data: _check_parse(types[data[0] % len(types)], _text(data[1:])) if data else None
    if name.startswith("parse:"):
        cls = getattr(zhpolicy, name.partition(":")[2])
        return lambda data: _check_parse(cls, _text(data))
    if name in scan.kinds():
        return lambda data: _check_matches(t := _text(data), scan.find_kind(t, name))
    raise SystemExit(f"unknown target {name!r}")


def _check_normalize(text: str) -> None:
    assert len(zhpolicy.normalize(text).folded) == len(text)


def _check_document(text: str) -> None:
    document = zhpolicy.parse_document(text)
    assert document.text == text
    # the blocks partition the text: contiguous, non-empty, covering it exactly
    position = 0
    for block in document.blocks:
        assert block.start == position < block.end, (block, position)
        position = block.end
    assert position == len(text)
    for m in document.matches:
        assert text[m.start : m.end] == m.text, m
    for task in document.tasks:
        assert 0 <= task.start < task.end <= len(text), task
    assert zhpolicy.Document.from_dict(json.loads(json.dumps(document.to_dict()))) == document


def _docx(document_xml: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", document_xml)
    return buffer.getvalue()


def _check_extract(data: bytes) -> None:
    if not data:
        return
    mode, rest = data[0] % 4, data[1:]
    if mode == 1:
        data, suffix = rest, ".html"
    elif mode == 2:
        data, suffix = _docx(rest), ".docx"
    elif mode == 3:
        data, suffix = _docx(b"<w:document " + W.encode() + b"><w:body>" + rest + b"</w:body></w:document>"), ""
    else:
        data, suffix = rest, ""
    try:
        text = extract(data, name="fuzz", suffix=suffix)
    except ParseError:
        return
    assert isinstance(text, str)


def _check_parse(cls: type, text: str) -> None:
    try:
        value = cls.parse(text)  # type: ignore[attr-defined]
    except ParseError:
        return
    if isinstance(value, zhpolicy.Citation):
        value = zhpolicy.Citation(value.title, value.number)  # str() leaves the issuer out, by design
    assert cls.parse(str(value)) == value, (text, value)  # type: ignore[attr-defined]


def main() -> None:
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    name = sys.argv.pop(1)
    fuzz = target(name)
    args = sys.argv
    if not any(not a.startswith("-") for a in args[1:]):
        # libFuzzer writes what it finds into the first folder: a working corpus per target, seeds read-only
        work = CORPUS / name.replace(":", "_")
        work.mkdir(parents=True, exist_ok=True)
        args = [*args, str(work), str(SEEDS)] + ([str(FILE_SEEDS)] if name == "extract" else [])
    atheris.Setup(args, fuzz)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
