"""One strategy per public value type, for tests that hold for every value (``to_dict``/``from_dict``, the schema).

``values()`` draws ``(type, value)`` pairs across every type that has ``to_dict``; leaf values are built from the
per-convention strategies, and the document-level types (Document, Task, ResolvedDate, the layout parts) are taken
from parsing generated work plans, so they are the values real parsing produces.
"""

from __future__ import annotations

from hypothesis import strategies as st

from strategies.citation import citations
from strategies.dates import dates, deadlines, periods, recurrings, relatives
from strategies.docnumber import doc_numbers
from strategies.document import plans
from strategies.layout import documents, with_chrome
from strategies.outline import markers
from strategies.quantities import rendered_quantities, rendered_ranges, rendered_rates, rendered_ratios
from strategies.responsibility import department_names
from zhpolicy import Diagnostic, Document, Marker, Match, Responsibility, Section, parse_document
from zhpolicy.match import Value
from zhpolicy.responsibility import Convention

__all__ = ["documents_parsed", "leaves", "parts_of", "responsibilities", "sections", "values"]


@st.composite
def responsibilities(draw: st.DrawFn) -> Responsibility:
    """Any combination of fields a clause can give (not necessarily one a clause would print)."""
    units = draw(st.lists(department_names(), min_size=1, max_size=4, unique=True))
    known = draw(st.booleans())
    cut = draw(st.integers(1, len(units)))
    return Responsibility(
        leads=units[:cut] if known else (),
        partners=units[cut:] if known else (),
        units=units,
        lead_order_known=known,
        each_leads_own_part=draw(st.booleans()),
        open_list=draw(st.booleans()),
        by_duty=draw(st.booleans()),
        labels=draw(
            st.lists(st.sampled_from(["责任单位", "牵头单位", "配合单位", "牵头部门"]), max_size=2, unique=True)
        ),
        convention=draw(st.none() | st.sampled_from(Convention)),
    )


@st.composite
def _markers(draw: st.DrawFn) -> Marker:
    kind, number, printed = draw(markers())
    return Marker(kind, number, printed)


@st.composite
def sections(draw: st.DrawFn, depth: int = 2) -> Section:
    start = draw(st.integers(0, 10_000))
    body_start = start + draw(st.integers(1, 40))
    end = body_start + draw(st.integers(0, 400))
    children = draw(st.lists(sections(depth - 1), max_size=2)) if depth > 0 else []
    return Section(
        draw(_markers()),
        draw(st.sampled_from(["总体要求", "加强组织领导", "", "提升基层服务能力。"])),
        start,
        end,
        body_start,
        draw(st.integers(body_start, end)),
        tuple(children),
    )


diagnostics = st.builds(
    Diagnostic,
    st.sampled_from(["skipped_number", "duplicate_number", "out_of_order", "level_order"]),
    st.integers(0, 10_000),
    st.sampled_from(["（三） follows （一）: （二） is missing", "1. twice under 二、"]),
)


def _first(pair_strategy: st.SearchStrategy[tuple[Value, str]]) -> st.SearchStrategy[Value]:
    return pair_strategy.map(lambda pair: pair[0])


@st.composite
def documents_parsed(draw: st.DrawFn) -> Document:
    """A generated work plan or laid-out document (sometimes on a portal page), parsed."""
    generated = draw(plans() | documents())
    text = draw(st.sampled_from([generated.text, draw(with_chrome(generated))]))
    return parse_document(text)


_LEAVES: list[st.SearchStrategy[Value]] = [
    doc_numbers(),
    citations(),
    dates(),
    periods(),
    deadlines(),
    relatives,
    recurrings,
    _markers(),
    diagnostics,
    sections(),
    responsibilities(),
    _first(rendered_quantities()),
    _first(rendered_ranges()),
    _first(rendered_rates()),
    _first(rendered_ratios()),
]


@st.composite
def _matches(draw: st.DrawFn) -> Match[Value]:
    value = draw(st.one_of(*_LEAVES[:8], responsibilities(), _first(rendered_quantities())))
    start = draw(st.integers(0, 1000))
    text = str(value)
    kind = _KIND[type(value).__name__]
    return Match(kind, value, start, start + len(text), text)


_KIND = {
    "DocNumber": "doc_number",
    "Citation": "citation",
    "Date": "date",
    "Period": "period",
    "Deadline": "deadline",
    "Relative": "relative_date",
    "Recurring": "recurring_date",
    "Marker": "heading",
    "Money": "money",
    "Percentage": "percentage",
    "PercentagePoints": "percentage_points",
    "Count": "count",
    "Ratio": "ratio",
    "Rate": "rate",
    "Range": "quantity_range",
    "Responsibility": "responsibility",
}


def parts_of(document: Document) -> list[Value]:
    """Every value inside a parsed document that has its own ``to_dict``."""
    found: list[Value] = [document, document.metadata, *document.blocks, *document.metadata.entries]
    found += [v for v in (document.signature, document.cc, document.printed_by) if v is not None]
    found += [*document.attachments, *document.notes, *document.resolved_dates, *document.tasks]
    found += [*document.matches, *document.diagnostics, *document.walk()]
    return found


def leaves() -> st.SearchStrategy[Value]:
    """A value of a convention's type (not a document part), or a match of one."""
    return st.one_of(*_LEAVES, _matches())


def values() -> st.SearchStrategy[Value]:
    """A value of any public type with ``to_dict``: a leaf value, a match, or a part of a parsed document."""
    parts = documents_parsed().flatmap(lambda d: st.sampled_from(parts_of(d)))
    return st.one_of(leaves(), parts)
