"""Property tests: generated outlines parse back to the same tree; markers round-trip."""

from __future__ import annotations

from hypothesis import given, settings

from strategies.outline import OutlineNode, markers, outlines
from zhpolicy import Marker, parse_document
from zhpolicy.outline import Section


def shape_of_nodes(nodes: list[OutlineNode]) -> list[object]:
    return [(n.kind, n.number, n.title, n.start, shape_of_nodes(n.children)) for n in nodes]


def shape_of_sections(sections: tuple[Section, ...]) -> list[object]:
    return [
        (s.marker.kind, s.marker.number, s.title, s.start, shape_of_sections(s.children))
        for s in sections
        if s.marker.kind != "inline"
    ]


@settings(max_examples=150, deadline=None)
@given(outlines())
def test_rendered_outline_parses_back(case: tuple[str, list[OutlineNode]]) -> None:
    text, forest = case
    doc = parse_document(text)
    assert shape_of_sections(doc.sections) == shape_of_nodes(forest)
    # random kinds per level may break GB order; numbering itself is always consistent
    assert [d for d in doc.diagnostics if d.code != "level_order"] == []
    for section in doc.walk():
        assert section.start < section.end <= len(text)
        assert section.body_start <= section.body_end


@settings(max_examples=150, deadline=None)
@given(markers())
def test_marker_round_trip(case: tuple[str, int, str]) -> None:
    kind, number, printed = case
    m = Marker.parse(printed)
    assert (m.kind, m.number) == (kind, number)
    assert Marker.parse(str(m)) == m
    assert Marker.from_dict(m.to_dict()) == m
