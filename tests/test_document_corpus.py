"""``parse_document`` on every real document in ``../shared/corpus``: no exception, a lossless partition, a JSON
round trip, and the values a reader sees (``tests/data/corpus_expected.json``, checked by reading each document)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from test_document_properties import assert_lossless
from zhpolicy import Document, parse_document
from zhpolicy.dates import Date

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
EXPECTED: dict[str, Any] = json.loads((ROOT / "tests" / "data" / "corpus_expected.json").read_text("utf-8"))
EXPECTED.pop("_about")

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not checked out beside the project")


def _files() -> list[Path]:
    return sorted(CORPUS.rglob("*.txt")) if CORPUS.is_dir() else []


def _iso(date: Date | None) -> str | None:
    if date is None:
        return None
    return "-".join(f"{v:02d}" if i else str(v) for i, v in enumerate((date.year, date.month, date.day)) if v)


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.name)
def test_every_corpus_document_parses_losslessly_and_round_trips(path: Path) -> None:
    text = path.read_text("utf-8")
    document = parse_document(text)
    assert_lossless(text, document)
    assert Document.from_dict(json.loads(json.dumps(document.to_dict(), ensure_ascii=False))) == document
    # every responsibility clause inside the outline is some task's own clause
    own = [(t.start, t.end) for t in document.tasks if not t.inherited]
    for clause in document.find("responsibility"):
        if document.section_of(clause) is not None:
            assert any(start <= clause.start < end for start, end in own), clause.text
    assert document.summary()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_document_fields(name: str) -> None:
    matches = [p for p in _files() if p.name == name]
    if not matches:
        pytest.skip(f"{name} is not in the corpus")
    expected = EXPECTED[name]
    document = parse_document(matches[0].read_text("utf-8"))
    got = {
        "title": document.title,
        "wrapper_title": document.wrapper_title,
        "doc_number": None if document.doc_number is None else str(document.doc_number),
        "reference_date": _iso(document.reference_date),
        "reference_source": document.reference_source,
        "written_date": _iso(document.metadata.written_date),
        "addressees": document.addressees,
        "signature_organization": None if document.signature is None else document.signature.organization,
        "attachments": [a.title for a in document.attachments],
    }
    assert got == expected
