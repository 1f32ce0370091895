"""``T.from_dict(v.to_dict()) == v`` for every public type, through JSON text, and the dict fits the schema."""

from __future__ import annotations

import inspect
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

import zhpolicy
from strategies.values import documents_parsed, leaves, parts_of
from zhpolicy import Document
from zhpolicy.match import JSON, Match, Value
from zhpolicy.schema import schema

try:
    import jsonschema
except ImportError:  # the schema check is skipped without it (tests/test_schema.py says so); the round trip runs
    jsonschema = None

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.txt"))
_DEFS = schema("document")["$defs"]


def _fits_schema(value: Value, data: JSON) -> None:
    if jsonschema is None:
        return
    name = type(value).__name__
    assert isinstance(_DEFS, dict)
    validator = jsonschema.Draft202012Validator({"$ref": f"#/$defs/{name}", "$defs": _DEFS})
    problems = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]
    assert problems == [], name


def _round_trip(value: Value) -> None:
    data = value.to_dict()
    through_json = json.loads(json.dumps(data, ensure_ascii=False))
    assert through_json == data, "to_dict gives JSON-ready data (lists, not tuples; strings for decimals)"
    back = type(value).from_dict(through_json)  # type: ignore[attr-defined]
    assert back == value
    assert back.to_dict() == data
    _fits_schema(value, data)


@settings(max_examples=300, deadline=None)
@given(leaves())
def test_values_round_trip(value: Value) -> None:
    _round_trip(value)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents_parsed())
def test_documents_and_every_part_round_trip(document: Document) -> None:
    for part in parts_of(document):
        _round_trip(part)


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_documents_round_trip(path: Path) -> None:
    for part in parts_of(zhpolicy.parse_document(zhpolicy.load(path))):
        _round_trip(part)


def test_the_examples_hold_every_document_part() -> None:
    seen = {type(part).__name__ for p in EXAMPLES for part in parts_of(zhpolicy.parse_document(zhpolicy.load(p)))}
    wanted = {"Document", "Metadata", "MetadataEntry", "Block", "Signature", "Attachment", "Note", "CarbonCopy"}
    wanted |= {"PrintedBy", "ResolvedDate", "Task", "Match", "Section", "Diagnostic"}
    assert wanted <= seen


def _public_types() -> list[type]:
    return [
        obj
        for obj in (getattr(zhpolicy, name) for name in zhpolicy.__all__)
        if inspect.isclass(obj) and hasattr(obj, "to_dict")
    ]


@pytest.mark.parametrize("cls", _public_types(), ids=lambda c: c.__name__)
def test_every_public_type_reads_back_its_dict(cls: type) -> None:
    assert callable(getattr(cls, "from_dict", None)), f"{cls.__name__} has to_dict but no from_dict"


def test_a_malformed_dict_names_the_field() -> None:
    with pytest.raises(TypeError, match="'year'"):
        zhpolicy.DocNumber.from_dict({"agency": "国办发", "year": "2017", "serial": 32})
    with pytest.raises(KeyError, match="'serial'"):
        zhpolicy.DocNumber.from_dict({"agency": "国办发", "year": 2017})
    with pytest.raises(ValueError, match="unknown bound"):
        zhpolicy.Deadline.from_dict({"date": {"year": 2020}, "bound": "soon"})
    with pytest.raises(ValueError, match="no value type"):
        Match.from_dict({"kind": "nonsense", "start": 0, "end": 1, "text": "x", "value": {}})
