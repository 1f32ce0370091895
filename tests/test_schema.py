"""The shipped JSON Schemas match the types, and zhpolicy's JSON output validates against them."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

import zhpolicy
from zhpolicy import parse_document
from zhpolicy.batch import parse_file
from zhpolicy.match import JSON
from zhpolicy.schema import NAMES, VALUE_TYPES, dumps, load_schema, main, schema
from zhpolicy.tasks import tasks_json

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "src" / "zhpolicy" / "schemas"
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))

jsonschema = pytest.importorskip("jsonschema")


def validator(name: str) -> object:
    shipped = load_schema(name)
    jsonschema.Draft202012Validator.check_schema(shipped)
    return jsonschema.Draft202012Validator(shipped, format_checker=jsonschema.FormatChecker())


def errors(name: str, instance: JSON) -> list[str]:
    v = validator(name)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in v.iter_errors(instance)]  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(NAMES))
def test_shipped_schema_is_what_the_types_generate(name: str) -> None:
    shipped = (SHIPPED / f"{name}.schema.json").read_text(encoding="utf-8")
    assert shipped == dumps(schema(name)), "run: python -m zhpolicy.schema --write"


def test_every_registered_kind_has_a_value_type() -> None:
    assert set(VALUE_TYPES) == set(zhpolicy.kinds())


def test_the_package_ships_the_schemas() -> None:
    assert load_schema("document") == schema("document")
    with pytest.raises(ValueError, match="no schema named"):
        load_schema("nope")


def test_main_prints_a_schema() -> None:
    out: list[str] = []
    assert main(["tasks"], write=out.append) == 0
    assert json.loads("".join(out))["title"].startswith("zhpolicy task table")


def test_examples_exist() -> None:
    assert len(EXAMPLES) >= 3


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_every_example_document_validates(path: Path) -> None:
    text = zhpolicy.load(path)
    document = parse_document(text)
    as_json = json.loads(json.dumps(document.to_dict(), ensure_ascii=False))  # what a consumer reads
    assert errors("document", as_json) == []
    assert errors("matches", [m.to_dict() for m in zhpolicy.find(text)]) == []
    assert errors("tasks", tasks_json(document.tasks)) == []
    assert errors("batch-record", parse_file(path)) == []


def test_a_failed_batch_record_validates(tmp_path: Path) -> None:
    bad = tmp_path / "notes.doc"
    bad.write_bytes(b"\xd0\xcf\x11\xe0")
    record = parse_file(bad)
    assert record["ok"] is False
    assert errors("batch-record", record) == []


def test_drift_fails_validation() -> None:
    document = parse_document(zhpolicy.load(ROOT / "examples" / "work_plan.txt")).to_dict()
    assert errors("document", document) == []

    renamed = copy.deepcopy(document)
    assert isinstance(renamed["doc_number"], dict)
    renamed["doc_number"]["number"] = renamed["doc_number"].pop("serial")
    assert errors("document", renamed)

    wrong_value = copy.deepcopy(document)
    matches = wrong_value["matches"]
    assert isinstance(matches, list)
    money = next(m for m in matches if isinstance(m, dict) and m["kind"] == "money")
    assert isinstance(money, dict) and isinstance(money["value"], dict)
    money["value"]["value"] = 1960  # a float or int, not the exact decimal string
    assert errors("document", wrong_value)

    wrong_kind = copy.deepcopy(document)
    matches = wrong_kind["matches"]
    assert isinstance(matches, list) and isinstance(matches[0], dict)
    matches[0]["kind"] = "money" if matches[0]["kind"] != "money" else "date"
    assert errors("document", wrong_kind)
