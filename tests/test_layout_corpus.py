"""The layout of every real document in ``../shared/corpus``: no exception, an exact partition, and the values a
reader sees (``tests/data/corpus_expected.json``, checked by reading each document) are right."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from zhpolicy.dates import Date
from zhpolicy.layout import read_layout

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
EXPECTED: dict[str, Any] = json.loads((ROOT / "tests" / "data" / "corpus_expected.json").read_text("utf-8"))
EXPECTED.pop("_about")

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not checked out beside the project")


def _iso(date: Date | None) -> str | None:
    if date is None:
        return None
    return "-".join(f"{v:02d}" if i else str(v) for i, v in enumerate((date.year, date.month, date.day)) if v)


def _files() -> list[Path]:
    return sorted(CORPUS.rglob("*.txt")) if CORPUS.is_dir() else []


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.name)
def test_every_corpus_document_is_partitioned(path: Path) -> None:
    text = path.read_text("utf-8")
    layout = read_layout(text)
    assert layout.blocks[0].start == 0 and layout.blocks[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(layout.blocks, layout.blocks[1:], strict=False))
    json.dumps(layout.to_dict())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_values(name: str) -> None:
    matches = [p for p in _files() if p.name == name]
    if not matches:
        pytest.skip(f"{name} is not in the corpus")
    expected = EXPECTED[name]
    layout = read_layout(matches[0].read_text("utf-8"))
    got = {
        "title": layout.title,
        "wrapper_title": layout.wrapper_title,
        "doc_number": None if layout.doc_number is None else str(layout.doc_number),
        "reference_date": _iso(layout.reference_date),
        "reference_source": layout.reference_source,
        "written_date": _iso(layout.metadata.written_date),
        "addressees": layout.addressees,
        "signature_organization": None if layout.signature is None else layout.signature.organization,
        "attachments": [a.title for a in layout.attachments],
    }
    assert got == expected
