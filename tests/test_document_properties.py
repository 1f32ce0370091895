"""Properties of the whole Document: a lossless partition of any string; fields unchanged by chrome and script."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from strategies.document import plans
from strategies.hostile import hostile_text
from strategies.layout import GeneratedDocument, documents, with_chrome
from zhpolicy import Document, normalize, parse_document


def assert_lossless(text: str, document: Document) -> None:
    """Every character of ``text`` lies in exactly one block; the blocks give the text back; every span is inside."""
    assert document.text == text
    assert "".join(text[b.start : b.end] for b in document.blocks) == text
    position = 0
    for block in document.blocks:
        assert block.start == position < block.end
        position = block.end
    assert position == len(text)
    for m in document.matches:
        assert text[m.start : m.end] == m.text
    for section in document.walk():
        assert 0 <= section.start < section.end <= len(text)
        block = document.block_at(section.start)
        assert block is not None and block.kind.value in ("body", "attachment_text")
    for task in document.tasks:
        assert 0 <= task.start < task.end <= len(text)


def _folded(s: str | None) -> str | None:
    return None if s is None else normalize(s).folded


def fields(document: Document) -> dict[str, Any]:
    """Every value a reader sees, without offsets; strings read from the original text compared folded."""
    sig, printed, md = document.signature, document.printed_by, document.metadata
    chrome = {b.start for b in document.blocks if b.kind.value == "boilerplate"}

    def in_chrome(offset: int) -> bool:
        block = document.block_at(offset)
        return block is not None and block.start in chrome

    return {
        "title": document.title,
        "wrapper_title": document.wrapper_title,
        "doc_number": document.doc_number,
        "addressees": document.addressees,
        "signature": None if sig is None else (sig.organization, sig.date),
        "attachments": tuple((a.number, a.title, a.extension) for a in document.attachments),
        "notes": tuple((n.text, n.fields) for n in document.notes),
        "cc": None if document.cc is None else document.cc.recipients,
        "printed_by": None if printed is None else (printed.organization, printed.date),
        "reference": (document.reference_date, document.reference_source),
        "metadata": (md.index_number, md.issuer, md.doc_number, md.written_date, md.published_date, md.other),
        "metadata_entries": tuple((e.key, e.value) for e in md.entries),
        "outline": tuple((s.marker, _folded(s.title)) for s in document.walk()),
        "diagnostics": tuple(d.code for d in document.diagnostics),
        "tasks": tuple(
            (t.path, _folded(t.title), t.responsibility, t.inherited, t.due(), tuple(m.value for m in t.targets))
            for t in document.tasks
        ),
        "matches": tuple((m.kind, m.value) for m in document.matches if not in_chrome(m.start)),
        "resolved": tuple((r.match.value, r.value, r.reference, r.reference_source) for r in document.resolved_dates),
    }


def _check_plan(document: Document, plan: GeneratedDocument) -> None:
    expected = plan.expected
    assert document.title == expected["title"]
    assert document.wrapper_title == expected["wrapper_title"]
    assert document.addressees == expected["addressees"]
    got = [(t.number, _folded(t.title), t.responsibility.leads, t.responsibility.partners) for t in document.tasks]
    assert got == list(expected["tasks"])


@settings(max_examples=150, deadline=None)
@given(
    st.one_of(hostile_text(), st.text(), st.text(alphabet="\n \r\u3000一二、()（）附件:1.号〔2020〕年月日牵头负责▲"))
)
def test_any_string_is_partitioned_losslessly(text: str) -> None:
    document = parse_document(text)
    assert_lossless(text, document)
    json.dumps(document.to_dict())


@settings(max_examples=60, deadline=None)
@given(st.one_of(documents(), plans()))
def test_generated_documents_are_partitioned_and_round_trip(generated: GeneratedDocument) -> None:
    document = parse_document(generated.text)
    assert_lossless(generated.text, document)
    assert Document.from_dict(json.loads(json.dumps(document.to_dict()))) == document


@settings(max_examples=80, deadline=None)
@given(plans())
def test_generated_plans_give_their_task_tables(plan: GeneratedDocument) -> None:
    _check_plan(parse_document(plan.text), plan)


@settings(max_examples=80, deadline=None)
@given(st.data())
def test_boilerplate_lines_script_and_width_change_no_field(data: st.DataObject) -> None:
    generated = data.draw(st.one_of(documents(), plans()))
    page = data.draw(with_chrome(generated))
    plain, document = parse_document(generated.text), parse_document(page)
    assert_lossless(page, document)
    assert fields(document) == fields(plain)
    if "tasks" in generated.expected:
        _check_plan(document, generated)
