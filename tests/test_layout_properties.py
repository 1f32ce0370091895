"""Properties of the layout: a lossless partition of any string; fields unchanged by chrome, script and width."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from strategies.hostile import hostile_text
from strategies.layout import CHROME_LINES, FOOTER_LINES, SPAM_LINES, GeneratedDocument, documents, with_chrome
from zhpolicy.layout import Layout, read_layout

_INSERTED = {*CHROME_LINES, *SPAM_LINES, *FOOTER_LINES}


def _is_inserted(line: str) -> bool:
    from zhpolicy import normalize

    return normalize(line).folded in {normalize(c).folded for c in _INSERTED}


def _assert_partition(text: str, layout: Layout) -> None:
    if not text:
        assert layout.blocks == ()
        return
    assert layout.blocks[0].start == 0
    assert layout.blocks[-1].end == len(text)
    for block, after in zip(layout.blocks, layout.blocks[1:], strict=False):
        assert block.end == after.start
        assert block.start < block.end
        assert block.kind is not after.kind


def _date(d: Any) -> tuple[int, int, int] | None:
    return None if d is None else (d.year, d.month, d.day)


def fields(layout: Layout) -> dict[str, Any]:
    """Every value a reader sees, without offsets."""
    sig, printed = layout.signature, layout.printed_by
    md = layout.metadata
    return {
        "title": layout.title,
        "wrapper_title": layout.wrapper_title,
        "doc_number": None if layout.doc_number is None else str(layout.doc_number),
        "addressees": layout.addressees,
        "signature": None if sig is None else (sig.organization, _date(sig.date)),
        "attachments": tuple(a.title for a in layout.attachments),
        "notes": tuple(n.text for n in layout.notes),
        "cc": None if layout.cc is None else layout.cc.recipients,
        "printed_by": None if printed is None else (printed.organization, _date(printed.date)),
        "reference_date": _date(layout.reference_date),
        "reference_source": layout.reference_source,
        "metadata": (
            md.index_number,
            md.issuer,
            None if md.doc_number is None else str(md.doc_number),
            _date(md.written_date),
            md.other,
            tuple((e.key, e.value) for e in md.entries),
        ),
    }


def _check_expected(document: GeneratedDocument, layout: Layout) -> None:
    got = fields(layout)
    expected = document.expected
    assert got["title"] == expected["title"]
    assert got["wrapper_title"] == expected["wrapper_title"]
    assert got["doc_number"] == expected["doc_number"]
    assert got["addressees"] == expected["addressees"]
    assert got["signature"] == expected["signature"]
    assert got["attachments"] == expected["attachments"]
    assert got["notes"] == expected["notes"]
    assert got["reference_date"] == expected["reference_date"]
    assert got["cc"] == expected.get("cc")
    assert got["printed_by"] == expected.get("printed_by")
    if "metadata" in expected:
        assert layout.metadata.index_number == expected["metadata"]["index_number"]
        assert layout.metadata.issuer == expected["metadata"]["issuer"]


@settings(max_examples=150, deadline=None)
@given(st.one_of(hostile_text(), st.text(), st.text(alphabet="\n \r\u3000附件:1.号〔2020〕年月日()此件通知关于")))
def test_blocks_partition_any_string(text: str) -> None:
    layout = read_layout(text)
    _assert_partition(text, layout)
    layout.to_dict()


@settings(max_examples=100, deadline=None)
@given(documents())
def test_generated_documents_read_right(document: GeneratedDocument) -> None:
    layout = read_layout(document.text)
    _assert_partition(document.text, layout)
    _check_expected(document, layout)


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_chrome_script_and_width_change_no_field(data: st.DataObject) -> None:
    document = data.draw(documents())
    page = data.draw(with_chrome(document))
    plain = read_layout(document.text)
    layout = read_layout(page)
    _assert_partition(page, layout)
    assert fields(layout) == fields(plain)
    _check_expected(document, layout)
    # every chrome line inserted is reported as boilerplate (never dropped, never read as the document)
    offset = 0
    for line in page.split("\n"):
        if _is_inserted(line):
            block = layout.block_at(offset)
            assert block is not None and block.kind.value == "boilerplate", line
        offset += len(line) + 1
