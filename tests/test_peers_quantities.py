"""Peer suites (Recognizers-Text Number*, JioNLP money_*): every case passes or has a recorded decision."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from peers.score_quantities import DECISIONS, cases, failures_without_decision, load_decisions, score

SUITES = Path(__file__).resolve().parents[2] / "shared" / "suites"

pytestmark = pytest.mark.skipif(not SUITES.is_dir(), reason="../shared/suites is not present")


def test_every_failing_case_has_a_decision() -> None:
    assert failures_without_decision(SUITES) == []


def test_no_decision_outlives_its_failure() -> None:
    # a case that passes needs no decision: a stale row would hide a later regression behind an old reason
    decisions = load_decisions()
    assert [(name, text) for name, text, ok in cases(SUITES) if ok and (name, text) in decisions] == []


def test_decisions_are_well_formed() -> None:
    rows = json.loads(DECISIONS.read_text(encoding="utf-8"))
    for row in rows:
        assert set(row) == {"file", "input", "decision", "reason"}
        assert row["decision"] in ("out_of_scope", "differs")
        assert row["reason"].strip()


def test_in_scope_cases_pass_or_differ_on_purpose() -> None:
    for name, row in score(SUITES).items():
        in_scope = row["cases"] - row["out_of_scope"]
        assert row["passed"] + row["differs"] >= 0.95 * in_scope, name


def test_percentage_points_cases_are_read_as_percentage_points() -> None:
    # the recorded difference is checked, not just written down: same value, the PercentagePoints type
    import zhpolicy
    from zhpolicy import PercentagePoints

    suite = json.loads((SUITES / "recognizers-text" / "Number-PercentModel.json").read_text(encoding="utf-8"))
    expected = {c["Input"]: c["Results"] for c in suite}
    rows = json.loads(DECISIONS.read_text(encoding="utf-8"))
    checked = 0
    for row in rows:
        if row["file"] == "Number-PercentModel" and row["reason"].startswith("个百分点"):
            values = [m.value.value for m in zhpolicy.find(row["input"], ["percentage_points"])]
            wanted = [r["Resolution"]["value"].rstrip("%") for r in expected[row["input"]]]
            assert [str(v) for v in values] == [str(PercentagePoints(w).value) for w in wanted], row["input"]
            checked += 1
    assert checked >= 20
