"""JSON Schema (draft 2020-12) of zhpolicy's JSON output, generated from the value types.

Consumers in other languages validate what ``to_dict()`` and the ``--json`` commands print against the schemas
that ship in ``zhpolicy/schemas/``:

* ``document.schema.json`` — :meth:`Document.to_dict` (``zhpolicy parse --json``);
* ``matches.schema.json`` — a list of :meth:`Match.to_dict` (``zhpolicy find --json``);
* ``tasks.schema.json`` — a list of :meth:`Task.to_dict` (``zhpolicy tasks --json``);
* ``batch-record.schema.json`` — one line of ``zhpolicy batch`` output.

Each object's properties come from the attrs fields of its type and their annotations (``int`` → integer,
``Decimal`` → an exact decimal string, ``X | None`` → X or null, ``tuple[T, ...]`` → array, an enum or
``Literal`` → its values, another value type → a reference). The few keys ``to_dict`` writes that are not fields —
the canonical ``text`` of a value, a range's ``type``, a task's ``number`` — are listed in ``_DERIVED`` below;
every key is required and no other key is allowed, so any drift between a type and its schema fails validation.

    >>> from zhpolicy.schema import schema
    >>> s = schema("document")
    >>> s["$defs"]["DocNumber"]["required"]
    ['agency', 'year', 'serial', 'text']
    >>> s["$defs"]["Date"]["properties"]["month"]
    {'anyOf': [{'type': 'integer'}, {'type': 'null'}]}

Regenerate the checked-in files after changing a type: ``python -m zhpolicy.schema --write`` (the test suite
fails while they differ from what :func:`schema` generates).
"""

from __future__ import annotations

import argparse
import enum
import json
import sys
import types
import typing
from collections.abc import Callable, Iterator
from decimal import Decimal
from importlib import resources
from pathlib import Path

import attrs

from .citation import Citation
from .dates import Date, Deadline, Period, Recurring, Relative
from .docnumber import DocNumber
from .document import Document, ResolvedDate
from .layout import Attachment, Block, CarbonCopy, Metadata, MetadataEntry, Note, PrintedBy, Signature
from .match import JSON, Match
from .outline import Diagnostic, Marker, Section
from .quantities import Count, Money, Percentage, PercentagePoints, Range, Rate, Ratio
from .responsibility import Responsibility
from .tasks import Task

__all__ = ["NAMES", "VALUE_TYPES", "dumps", "load_schema", "schema"]

DRAFT = "https://json-schema.org/draft/2020-12/schema"

#: The value type of each kind :func:`zhpolicy.find` reports (``Match.value`` of that kind).
VALUE_TYPES: dict[str, type] = {
    "doc_number": DocNumber,
    "citation": Citation,
    "date": Date,
    "period": Period,
    "deadline": Deadline,
    "relative_date": Relative,
    "recurring_date": Recurring,
    "heading": Marker,
    "money": Money,
    "percentage": Percentage,
    "percentage_points": PercentagePoints,
    "count": Count,
    "ratio": Ratio,
    "rate": Rate,
    "quantity_range": Range,
    "responsibility": Responsibility,
}

# Every type whose to_dict() output the schemas describe, in the order their definitions are written.
_TYPES: tuple[type, ...] = (
    Document,
    Block,
    Metadata,
    MetadataEntry,
    Signature,
    Attachment,
    Note,
    CarbonCopy,
    PrintedBy,
    Section,
    Marker,
    Diagnostic,
    ResolvedDate,
    Task,
    *dict.fromkeys(VALUE_TYPES.values()),
)

_CANONICAL: JSON = {"type": "string", "description": "str(value): the canonical form"}

# Keys to_dict() writes that are not attrs fields: the canonical text of a value, a discriminator, a derived name.
_DERIVED: dict[type, dict[str, JSON]] = {
    DocNumber: {"text": _CANONICAL},
    Money: {"text": _CANONICAL},
    Percentage: {"text": _CANONICAL},
    PercentagePoints: {"text": _CANONICAL},
    Count: {"text": _CANONICAL},
    Ratio: {"text": _CANONICAL},
    Rate: {"text": _CANONICAL},
    Range: {
        "type": {"enum": ["Money", "Percentage", "PercentagePoints", "Count"], "description": "the type of both ends"},
        "text": _CANONICAL,
    },
    ResolvedDate: {
        "kind": {"enum": ["date", "period", "deadline"], "description": "the type of value: Date, Period, Deadline"},
    },
    Task: {"number": {"type": "string", "description": "the path joined with / (二/（一）/3)"}},
}

# Pairs of int fields that to_dict() writes as one [start, end] array.
_JOINED: dict[type, dict[str, tuple[str, str]]] = {Section: {"body": ("body_start", "body_end")}}

# Fields whose items to_dict() writes with an extra key: a document's matches carry their section path.
_REPLACED: dict[tuple[type, str], JSON] = {
    (Document, "matches"): {"type": "array", "items": {"$ref": "#/$defs/SectionMatch"}},
}

_DECIMAL: dict[str, JSON] = {
    "type": "string",
    "pattern": r"^-?[0-9]+(\.[0-9]+)?$",
    "description": "an exact decimal number, written out in full (no exponent)",
}

#: The schemas shipped in ``zhpolicy/schemas/``: file stem → (title, root).
NAMES: dict[str, tuple[str, JSON]] = {
    "document": ("zhpolicy Document (Document.to_dict, zhpolicy parse --json)", {"$ref": "#/$defs/Document"}),
    "matches": (
        "zhpolicy matches (Match.to_dict, zhpolicy find --json)",
        {"type": "array", "items": {"$ref": "#/$defs/Match"}},
    ),
    "tasks": (
        "zhpolicy task table (Task.to_dict, zhpolicy tasks --json)",
        {"type": "array", "items": {"$ref": "#/$defs/Task"}},
    ),
    "batch-record": (
        "one line of zhpolicy batch output",
        {
            "oneOf": [
                {
                    "type": "object",
                    "properties": {
                        "path": {"type": "string"},
                        "ok": {"const": True},
                        "document": {"$ref": "#/$defs/Document"},
                    },
                    "required": ["path", "ok", "document"],
                    "additionalProperties": False,
                },
                {
                    "type": "object",
                    "properties": {"path": {"type": "string"}, "ok": {"const": False}, "error": {"type": "string"}},
                    "required": ["path", "ok", "error"],
                    "additionalProperties": False,
                },
            ]
        },
    ),
}


def _summary(cls: type) -> str:
    """The first paragraph of a class's docstring, on one line."""
    doc = (cls.__doc__ or "").strip().split("\n\n")[0]
    return " ".join(line.strip() for line in doc.splitlines())


def _attribute_docs(cls: type) -> dict[str, str]:
    """Field descriptions from the ``Attributes:`` section of a Google-style docstring."""
    doc = cls.__doc__ or ""
    if "Attributes:" not in doc:
        return {}
    found: dict[str, str] = {}
    names: list[str] = []
    for line in doc.split("Attributes:", 1)[1].splitlines():
        stripped = line.strip()
        head, sep, rest = stripped.partition(": ")
        candidates = [n.strip() for n in head.split(",")]
        if sep and all(n.isidentifier() for n in candidates):
            names = candidates
            for n in names:
                found[n] = rest
        elif stripped and names:
            for n in names:
                found[n] += " " + stripped
        elif not stripped and names:
            names = []
    return found


def _type_schema(tp: object) -> JSON:
    """The schema of one annotated type."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if tp is type(None):
        return {"type": "null"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is str:
        return {"type": "string"}
    if tp is Decimal:
        return {"$ref": "#/$defs/decimal"}
    if origin is typing.Union or origin is types.UnionType:
        return {"anyOf": [_type_schema(a) for a in args]}
    if origin is typing.Literal:
        return {"enum": list(args)}
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": _type_schema(args[0])}
        items: list[JSON] = [_type_schema(a) for a in args]
        return {"type": "array", "prefixItems": items, "minItems": len(args), "maxItems": len(args), "items": False}
    if tp is Match or origin is Match:
        return {"$ref": "#/$defs/Match"}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [member.value for member in tp]}
    if isinstance(tp, type) and attrs.has(tp):
        return {"$ref": f"#/$defs/{tp.__name__}"}
    raise TypeError(f"no JSON Schema for {tp!r}")


def _object(cls: type) -> dict[str, JSON]:
    """The schema of ``cls.to_dict()``."""
    hints = typing.get_type_hints(cls)
    docs = _attribute_docs(cls)
    joined = _JOINED.get(cls, {})
    joined_at = {first: name for name, (first, _) in joined.items()}
    joined_fields = {name for pair in joined.values() for name in pair}
    properties: dict[str, JSON] = {}
    for field in attrs.fields(cls):
        if field.name in joined_at:  # the pair is written where its first field stands
            first, second = joined[joined_at[field.name]]
            pair = [_type_schema(hints[first]), _type_schema(hints[second])]
            properties[joined_at[field.name]] = {
                "type": "array",
                "prefixItems": pair,
                "minItems": 2,
                "maxItems": 2,
                "items": False,
            }
        if field.name in joined_fields:
            continue
        prop = _REPLACED.get((cls, field.name)) or _type_schema(hints[field.name])
        if field.name in docs and isinstance(prop, dict):
            prop = {**prop, "description": docs[field.name]}
        properties[field.name] = prop
    properties.update(_DERIVED.get(cls, {}))
    return {
        "type": "object",
        "description": _summary(cls),
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


def _match(extra: dict[str, JSON] | None = None) -> dict[str, JSON]:
    """A match: its ``value`` is the type registered for its ``kind``."""
    properties: dict[str, JSON] = {
        "kind": {"enum": list(VALUE_TYPES)},
        "start": {"type": "integer", "minimum": 0},
        "end": {"type": "integer", "minimum": 0},
        "text": {"type": "string"},
        "value": {"type": "object"},
        **(extra or {}),
    }
    by_kind: list[JSON] = [
        {
            "if": {"properties": {"kind": {"const": kind}}},
            "then": {"properties": {"value": {"$ref": f"#/$defs/{value_type.__name__}"}}},
        }
        for kind, value_type in VALUE_TYPES.items()
    ]
    return {
        "type": "object",
        "description": _summary(Match),
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
        "allOf": by_kind,
    }


def _definitions() -> dict[str, JSON]:
    defs: dict[str, JSON] = {"decimal": _DECIMAL, "Match": _match()}
    defs["SectionMatch"] = _match({"section": {"type": "string", "description": "the section path (二/（一）/3)"}})
    for cls in _TYPES:
        defs[cls.__name__] = _object(cls)
    return defs


def _references(node: JSON) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref.removeprefix("#/$defs/")
        for value in node.values():
            yield from _references(value)
    elif isinstance(node, list):
        for value in node:
            yield from _references(value)


def schema(name: str = "document") -> dict[str, JSON]:
    """The JSON Schema named ``name`` (a key of :data:`NAMES`), with the definitions it reaches."""
    title, root = NAMES[name]
    every = _definitions()
    needed: dict[str, None] = {}
    todo = list(_references(root))
    while todo:
        ref = todo.pop()
        if ref not in needed:
            needed[ref] = None
            todo.extend(_references(every[ref]))
    defs = {key: value for key, value in every.items() if key in needed}
    return {"$schema": DRAFT, "title": title, **_root(root), "$defs": defs}


def _root(root: JSON) -> dict[str, JSON]:
    return dict(root) if isinstance(root, dict) else {}


def dumps(value: JSON) -> str:
    """The text of a checked-in schema file: indented, keys in the order written, a final newline."""
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def load_schema(name: str = "document") -> JSON:
    """The checked-in schema shipped in the package (``zhpolicy/schemas/<name>.schema.json``)."""
    if name not in NAMES:
        raise ValueError(f"no schema named {name!r}; one of {sorted(NAMES)}")
    shipped = resources.files("zhpolicy") / "schemas" / f"{name}.schema.json"
    loaded: JSON = json.loads(shipped.read_text(encoding="utf-8"))
    return loaded


def main(argv: list[str] | None = None, write: Callable[[str], object] = sys.stdout.write) -> int:
    """``python -m zhpolicy.schema [NAME]`` prints a schema; ``--write`` regenerates the shipped files."""
    ap = argparse.ArgumentParser(prog="python -m zhpolicy.schema", description="print or write the JSON Schemas")
    ap.add_argument("name", nargs="?", default="document", choices=sorted(NAMES))
    ap.add_argument("--write", action="store_true", help="rewrite every file in src/zhpolicy/schemas/")
    args = ap.parse_args(argv)
    if args.write:
        folder = Path(__file__).with_name("schemas")
        folder.mkdir(exist_ok=True)
        for name in NAMES:
            (folder / f"{name}.schema.json").write_text(dumps(schema(name)), encoding="utf-8")
            write(f"wrote {folder / f'{name}.schema.json'}\n")
        return 0
    write(dumps(schema(args.name)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
