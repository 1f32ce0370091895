"""The document: the text and, for now, its outline — the forest of numbered sections and their diagnostics.

``parse_document`` never raises: whatever the input, it returns a :class:`Document` (an empty outline when the
text has no numbered headings). Later issues add metadata, title and blocks as further fields.

    >>> doc = parse_document("一、总体要求\\n（一）指导思想。坚持问题导向。\\n（二）基本原则\\n二、重点任务")
    >>> [number for number in (str(s.marker) for s in doc.walk())]
    ['一、', '（一）', '（二）', '二、']
    >>> doc.path_at(doc.text.index("坚持"))
    '一/（一）'
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from .match import JSON
from .outline import Diagnostic, Section, build_outline, number_path
from .text import Text, normalize

__all__ = ["Document", "parse_document"]


@attrs.frozen
class Document:
    """A parsed document: the original ``text``, its top-level ``sections`` and the outline ``diagnostics``."""

    text: str
    sections: tuple[Section, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()

    def walk(self) -> Iterator[Section]:
        """Every section, depth first, in reading order."""
        for section in self.sections:
            yield from section.walk()

    def sections_at(self, offset: int) -> tuple[Section, ...]:
        """The chain of sections containing ``offset``, outermost first (empty outside every section)."""
        chain: list[Section] = []
        level = self.sections
        while True:
            inside = next((s for s in level if s.start <= offset < s.end), None)
            if inside is None:
                return tuple(chain)
            chain.append(inside)
            level = inside.children

    def section_at(self, offset: int) -> Section | None:
        """The innermost section containing ``offset``."""
        chain = self.sections_at(offset)
        return chain[-1] if chain else None

    def path_at(self, offset: int) -> str:
        """The number path of the innermost section containing ``offset``: ``二/（一）/3`` (``""`` outside)."""
        return number_path(self.sections_at(offset))

    def to_dict(self) -> dict[str, JSON]:
        return {
            "sections": [s.to_dict() for s in self.sections],
            "diagnostics": [d.to_dict() for d in self.diagnostics],
        }

    def summary(self) -> str:
        """A table of contents: one indented line per heading."""
        lines: list[str] = []

        def visit(sections: tuple[Section, ...], depth: int) -> None:
            for s in sections:
                if s.marker.kind == "inline":
                    continue
                lines.append("  " * depth + f"{s.marker.text}{s.title}")
                visit(s.children, depth + 1)

        visit(self.sections, 0)
        return "\n".join(lines)


def parse_document(text: str | Text) -> Document:
    """Parse ``text`` into a :class:`Document`; never raises."""
    t = normalize(text)
    sections, diagnostics = build_outline(t)
    return Document(t.original, sections, diagnostics)
