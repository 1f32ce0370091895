"""The document: what a scraped page, a .docx or a .txt holds, as one typed :class:`Document`.

``parse_document`` assembles every other part of zhpolicy over one text:

* the **layout** (:mod:`zhpolicy.layout`): the text cut into blocks — portal chrome, disclosure header, title,
  发文字号, addressees, body, signature, attachments, notes, 抄送, 印发 — so that every character belongs to exactly
  one block, plus the typed values read from them (``metadata``, ``title``, ``signature`` …);
* the **outline** (:mod:`zhpolicy.outline`) over the body (and the text of attached documents), not over the
  chrome, the 附件说明 list or the 版记;
* every **match** :func:`zhpolicy.find` reports, each reachable from the section it sits in;
* **relative dates** (``年底前``, ``明年``) resolved against the document's own date — the signature's 成文日期,
  else the header's 成文日期, else its 发布日期 — with the reference used recorded;
* the **task table** (:mod:`zhpolicy.tasks`): one row per outline item carrying a responsibility clause, and one
  per row of a table (.docx, .html) with a department column.

``parse_document`` never raises: whatever the input, it returns a :class:`Document` (a text with no document
features is one body block with nothing found).

    >>> doc = parse_document("一、总体要求\\n（一）指导思想。坚持问题导向。\\n（二）基本原则\\n二、重点任务")
    >>> [number for number in (str(s.marker) for s in doc.walk())]
    ['一、', '（一）', '（二）', '二、']
    >>> doc.path_at(doc.text.index("坚持"))
    '一/（一）'
    >>> doc = parse_document("关于做好体检工作的通知\\n各单位：\\n年底前完成体检（市卫健委负责）。\\n"
    ...                      "某市人民政府\\n2021年3月5日\\n")
    >>> doc.title, doc.addressees, str(doc.signature.date)
    ('关于做好体检工作的通知', '各单位', '2021年3月5日')
    >>> [(r.match.text, str(r.value), r.reference_source) for r in doc.resolved_dates]
    [('年底前', '2021年底前', 'signature')]
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, cast

import attrs
import regex

from .dates import Date, Deadline, Period, Relative
from .docnumber import DocNumber
from .errors import ParseError
from .layout import (
    Attachment,
    Block,
    BlockKind,
    CarbonCopy,
    Metadata,
    Note,
    PrintedBy,
    Signature,
    read_layout,
)
from .match import JSON, Match, Value, json_value
from .outline import Diagnostic, Marker, Section, build_outline, number_path
from .scan import find, paused_gc
from .tasks import Task, build_tasks, match_from_dict, table_tasks
from .text import Text, normalize

__all__ = ["Document", "ResolvedDate", "parse_document"]

Span = tuple[int, int]

# The blocks the outline is read in: the body (the notice's and the plan's) and the text of attached documents.
OUTLINE_BLOCKS = frozenset({BlockKind.BODY, BlockKind.ATTACHMENT_TEXT})


@attrs.frozen
class ResolvedDate:
    """A relative time expression (``年底前``, ``明年3月底前``, ``即日起``) read against the document's own date.

    Attributes:
        match: the :class:`~zhpolicy.dates.Relative` as found in the text.
        value: the absolute :class:`~zhpolicy.dates.Date`, :class:`~zhpolicy.dates.Period` or
            :class:`~zhpolicy.dates.Deadline` it means.
        reference: the date it was counted from.
        reference_source: where that date was read: ``"signature"``, ``"written_date"`` (the header's 成文日期) or
            ``"published_date"`` (the header's 发布日期).
    """

    match: Match[Relative]
    value: Date | Period | Deadline
    reference: Date
    reference_source: str

    def to_dict(self) -> dict[str, JSON]:
        return {
            "match": self.match.to_dict(),
            "kind": _ABSOLUTE_KIND[type(self.value)],
            "value": self.value.to_dict(),
            "reference": self.reference.to_dict(),
            "reference_source": self.reference_source,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, JSON]) -> ResolvedDate:
        d: dict[str, Any] = dict(data)  # each field is converted (int(), str(), from_dict) as it is read
        value_type: Any = {kind: t for t, kind in _ABSOLUTE_KIND.items()}[d["kind"]]
        return cls(
            cast("Match[Relative]", match_from_dict(d["match"])),
            value_type.from_dict(d["value"]),
            Date.from_dict(d["reference"]),
            str(d["reference_source"]),
        )


_ABSOLUTE_KIND: dict[type, str] = {Date: "date", Period: "period", Deadline: "deadline"}


@attrs.frozen
class Document:
    """A parsed document.

    Attributes:
        text: the text parsed, exactly as given (``load`` output for a file); every offset indexes it.
        sections, diagnostics: the outline of the body (see :mod:`zhpolicy.outline`).
        blocks: the layout's blocks; they partition ``[0, len(text))`` exactly — ``boilerplate`` blocks are the
            portal chrome, reported, never dropped.
        metadata: the portal's disclosure header (索引号, 发文机关, 成文日期 …), typed.
        title, title_span: the document's own title (the embedded plan's, when a notice 印发/转发 one).
        wrapper_title, wrapper_title_span: the title of the notice that wraps the plan, if one does.
        doc_number, doc_number_span: the 发文字号 (the number line's, else the header's).
        addressees, addressees_span: the 主送机关 line, without its colon.
        body, wrapper_body: the span of the main body (the plan's when wrapped) and of the notice's body.
        signature: 发文机关署名 and 成文日期; attachments: the 附件说明; notes: 附注 lines; cc: 抄送; printed_by: 印发.
        reference_date, reference_source: the document's own date and where it was read (see
            :class:`ResolvedDate`).
        matches: everything :func:`zhpolicy.find` reports anywhere in the text, in reading order.
        resolved_dates: every relative date, resolved against ``reference_date``.
        tasks: the task table: one :class:`~zhpolicy.tasks.Task` per outline item with a responsibility clause and
            per row of a task table with a department column (牵头单位, 责任单位 …), in reading order.
    """

    text: str
    sections: tuple[Section, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    blocks: tuple[Block, ...] = ()
    metadata: Metadata = attrs.field(factory=Metadata)
    title: str | None = None
    title_span: Span | None = None
    wrapper_title: str | None = None
    wrapper_title_span: Span | None = None
    doc_number: DocNumber | None = None
    doc_number_span: Span | None = None
    addressees: str | None = None
    addressees_span: Span | None = None
    body: Span = (0, 0)
    wrapper_body: Span | None = None
    signature: Signature | None = None
    attachments: tuple[Attachment, ...] = ()
    notes: tuple[Note, ...] = ()
    cc: CarbonCopy | None = None
    printed_by: PrintedBy | None = None
    reference_date: Date | None = None
    reference_source: str | None = None
    matches: tuple[Match[Value], ...] = ()
    resolved_dates: tuple[ResolvedDate, ...] = ()
    tasks: tuple[Task, ...] = ()

    # -- blocks ----------------------------------------------------------------------------------------------------

    @property
    def boilerplate(self) -> tuple[Span, ...]:
        """The spans classified as portal chrome (breadcrumbs, counters, share bars, licence footers, spam)."""
        return tuple((b.start, b.end) for b in self.blocks if b.kind is BlockKind.BOILERPLATE)

    def blocks_of(self, kind: BlockKind | str) -> tuple[Block, ...]:
        """The blocks of one kind (``"body"``, ``"boilerplate"`` …), in reading order."""
        wanted = BlockKind(kind)
        return tuple(b for b in self.blocks if b.kind is wanted)

    def block_at(self, offset: int) -> Block | None:
        """The block containing ``offset`` (``None`` outside the text)."""
        return next((b for b in self.blocks if b.start <= offset < b.end), None)

    # -- sections ----------------------------------------------------------------------------------------------------

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

    # -- matches -----------------------------------------------------------------------------------------------------

    def section_of(self, match: Match[Value]) -> Section | None:
        """The innermost section the match sits in (by its first character)."""
        return self.section_at(match.start)

    def matches_in(self, section: Section, kind: str | None = None, *, own: bool = False) -> tuple[Match[Value], ...]:
        """The matches (of ``kind``, if given) inside ``section`` — sub-sections included, or, with ``own=True``,
        only those whose innermost section is ``section`` itself."""
        inside = (
            m for m in self.matches if section.start <= m.start < section.end and (kind is None or m.kind == kind)
        )
        if not own:
            return tuple(inside)
        return tuple(m for m in inside if self.section_at(m.start) is section)

    def find(self, kind: str) -> tuple[Match[Value], ...]:
        """The matches of one kind, in reading order."""
        return tuple(m for m in self.matches if m.kind == kind)

    # -- output ------------------------------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, JSON]:
        def span(s: Span | None) -> JSON:
            return None if s is None else [s[0], s[1]]

        return {
            "text": self.text,
            "blocks": [b.to_dict() for b in self.blocks],
            "metadata": self.metadata.to_dict(),
            "title": self.title,
            "title_span": span(self.title_span),
            "wrapper_title": self.wrapper_title,
            "wrapper_title_span": span(self.wrapper_title_span),
            "doc_number": json_value(self.doc_number),
            "doc_number_span": span(self.doc_number_span),
            "addressees": self.addressees,
            "addressees_span": span(self.addressees_span),
            "body": span(self.body),
            "wrapper_body": span(self.wrapper_body),
            "signature": json_value(self.signature),
            "attachments": [a.to_dict() for a in self.attachments],
            "notes": [n.to_dict() for n in self.notes],
            "cc": json_value(self.cc),
            "printed_by": json_value(self.printed_by),
            "reference_date": json_value(self.reference_date),
            "reference_source": self.reference_source,
            "sections": [s.to_dict() for s in self.sections],
            "diagnostics": [d.to_dict() for d in self.diagnostics],
            "matches": [{**m.to_dict(), "section": self.path_at(m.start)} for m in self.matches],
            "resolved_dates": [r.to_dict() for r in self.resolved_dates],
            "tasks": [t.to_dict() for t in self.tasks],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, JSON]) -> Document:
        """The document back from :meth:`to_dict` (``Document.from_dict(doc.to_dict()) == doc``)."""
        d: dict[str, Any] = dict(data)  # each field is converted (int(), str(), from_dict) as it is read

        def span(s: Any) -> Span | None:
            return None if s is None else (int(s[0]), int(s[1]))

        def optional(read: Any, value: Any) -> Any:
            return None if value is None else read(value)

        return cls(
            text=str(d["text"]),
            sections=tuple(_section_from_dict(s) for s in d.get("sections", ())),
            diagnostics=tuple(
                Diagnostic(str(x["code"]), int(x["offset"]), str(x["message"])) for x in d.get("diagnostics", ())
            ),
            blocks=tuple(Block.from_dict(b) for b in d.get("blocks", ())),
            metadata=Metadata.from_dict(d["metadata"]) if d.get("metadata") else Metadata(),
            title=d.get("title"),
            title_span=span(d.get("title_span")),
            wrapper_title=d.get("wrapper_title"),
            wrapper_title_span=span(d.get("wrapper_title_span")),
            doc_number=optional(DocNumber.from_dict, d.get("doc_number")),
            doc_number_span=span(d.get("doc_number_span")),
            addressees=d.get("addressees"),
            addressees_span=span(d.get("addressees_span")),
            body=span(d.get("body")) or (0, 0),
            wrapper_body=span(d.get("wrapper_body")),
            signature=optional(Signature.from_dict, d.get("signature")),
            attachments=tuple(Attachment.from_dict(a) for a in d.get("attachments", ())),
            notes=tuple(Note.from_dict(n) for n in d.get("notes", ())),
            cc=optional(CarbonCopy.from_dict, d.get("cc")),
            printed_by=optional(PrintedBy.from_dict, d.get("printed_by")),
            reference_date=optional(Date.from_dict, d.get("reference_date")),
            reference_source=d.get("reference_source"),
            matches=tuple(match_from_dict(m) for m in d.get("matches", ())),
            resolved_dates=tuple(ResolvedDate.from_dict(r) for r in d.get("resolved_dates", ())),
            tasks=tuple(Task.from_dict(t) for t in d.get("tasks", ())),
        )

    def outline(self) -> str:
        """A table of contents: one indented line per heading, with the count of tasks under it."""
        lines: list[str] = []
        titles = {t.start: t.title for t in self.tasks}  # a task's title is without its closing clause

        def visit(sections: tuple[Section, ...], depth: int) -> None:
            for s in sections:
                if s.marker.kind == "inline":
                    continue
                count = sum(1 for t in self.tasks if s.start <= t.start < s.end)
                tail = f"  [{count} task{'s' if count != 1 else ''}]" if count else ""
                lines.append("  " * depth + f"{s.marker.text}{titles.get(s.start, s.title)}{tail}")
                visit(s.children, depth + 1)

        visit(self.sections, 0)
        return "\n".join(lines)

    def summary(self) -> str:
        """A readable summary: the fields a reader sees, the header, the outline with task counts, what was found."""
        lines: list[str] = []

        def field(name: str, value: object) -> None:
            if value not in (None, "", ()):
                lines.append(f"{name}: {value}")

        field("title", self.title)
        field("wrapped in", self.wrapper_title)
        field("number", self.doc_number)
        field("addressees", self.addressees)
        if self.signature is not None:
            field("signed", " ".join(str(v) for v in (self.signature.organization, self.signature.date) if v))
        if self.reference_date is not None:
            field("date", f"{self.reference_date} (from {self.reference_source})")
        for entry in self.metadata.entries:
            if entry.value:
                lines.append(f"header: {entry.key}: {entry.value}")
        for a in self.attachments:
            number = "" if a.number is None else f"{a.number}. "
            lines.append(f"attachment: {number}{a.title}{'.' + a.extension if a.extension else ''}")
        for n in self.notes:
            lines.append(f"note: {n.text}")
        if self.cc is not None:
            field("cc", "、".join(self.cc.recipients))
        if self.printed_by is not None:
            field("printed by", " ".join(str(v) for v in (self.printed_by.organization, self.printed_by.date) if v))
        chrome = self.boilerplate
        if chrome:
            lines.append(f"boilerplate: {len(chrome)} block(s), {sum(e - s for s, e in chrome)} characters")
        outline = self.outline()
        if outline:
            lines += ["outline:", *("  " + line for line in outline.split("\n"))]
        counts: dict[str, int] = {}
        for m in self.matches:
            counts[m.kind] = counts.get(m.kind, 0) + 1
        if counts:
            lines.append("found: " + ", ".join(f"{kind} {n}" for kind, n in counts.items()))
        lines.append(f"tasks: {len(self.tasks)}")
        return "\n".join(lines) + "\n"


def _section_from_dict(d: dict[str, Any]) -> Section:
    body_start, body_end = d["body"]
    return Section(
        Marker.from_dict(d["marker"]),
        str(d["title"]),
        int(d["start"]),
        int(d["end"]),
        int(body_start),
        int(body_end),
        tuple(_section_from_dict(c) for c in d.get("children", ())),
    )


_NOT_NEWLINE = regex.compile(r"[^\n]++")


def _outline_text(t: Text, blocks: tuple[Block, ...]) -> Text:
    """``t`` with every block outside the outline blocked out by spaces (same length, same lines, same offsets)."""
    if all(b.kind in OUTLINE_BLOCKS for b in blocks):
        return t
    original = t.original
    parts = [
        original[b.start : b.end]
        if b.kind in OUTLINE_BLOCKS
        else _NOT_NEWLINE.sub(lambda m: " " * len(m.group()), original[b.start : b.end])
        for b in blocks
    ]
    return normalize("".join(parts))


def _resolve(matches: list[Match[Value]], reference: Date | None, source: str | None) -> tuple[ResolvedDate, ...]:
    if reference is None or reference.year is None or source is None:
        return ()
    resolved: list[ResolvedDate] = []
    for m in matches:
        if m.kind != "relative_date" or not isinstance(m.value, Relative):
            continue
        try:
            value = m.value.resolve(reference)
        except (ParseError, ValueError):  # a reference year the calendar cannot count from
            continue
        resolved.append(ResolvedDate(cast("Match[Relative]", m), value, reference, source))
    return tuple(resolved)


def parse_document(text: str | Text) -> Document:
    """Parse ``text`` into a :class:`Document`; never raises."""
    with paused_gc():
        return _parse_document(normalize(text))


def _parse_document(t: Text) -> Document:
    layout = read_layout(t)
    sections, diagnostics = build_outline(_outline_text(t, layout.blocks))
    matches = find(t)
    return Document(
        text=t.original,
        sections=sections,
        diagnostics=diagnostics,
        blocks=layout.blocks,
        metadata=layout.metadata,
        title=layout.title,
        title_span=layout.title_span,
        wrapper_title=layout.wrapper_title,
        wrapper_title_span=layout.wrapper_title_span,
        doc_number=layout.doc_number,
        doc_number_span=layout.doc_number_span,
        addressees=layout.addressees,
        addressees_span=layout.addressees_span,
        body=layout.body,
        wrapper_body=layout.wrapper_body,
        signature=layout.signature,
        attachments=layout.attachments,
        notes=layout.notes,
        cc=layout.cc,
        printed_by=layout.printed_by,
        reference_date=layout.reference_date,
        reference_source=layout.reference_source,
        matches=tuple(matches),
        resolved_dates=_resolve(matches, layout.reference_date, layout.reference_source),
        tasks=tuple(
            sorted(
                build_tasks(sections, t, layout.reference_date) + table_tasks(t, layout.reference_date),
                key=lambda task: task.start,
            )
        ),
    )
