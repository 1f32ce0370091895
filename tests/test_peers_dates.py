"""Peer suites (Recognizers-Text DateTime, JioNLP time): every case passes or has a recorded decision."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from peers.score_dates import DECISIONS, failures_without_decision, score

SUITES = Path(__file__).resolve().parents[2] / "shared" / "suites"

pytestmark = pytest.mark.skipif(not SUITES.is_dir(), reason="../shared/suites is not present")


def test_every_failing_case_has_a_decision() -> None:
    assert failures_without_decision(SUITES) == []


def test_decisions_are_well_formed() -> None:
    rows = json.loads(DECISIONS.read_text(encoding="utf-8"))
    for row in rows:
        assert set(row) == {"file", "input", "decision", "reason"}
        assert row["decision"] in ("out_of_scope", "differs")
        assert row["reason"].strip()


def test_pass_rates_do_not_fall() -> None:
    # measured when the decisions were recorded; a drop means a regression, a rise is welcome
    floor = {
        "DateTime-DateExtractor": 15,
        "DateTime-DateParser": 16,
        "DateTime-DatePeriodExtractor": 21,
        "DateTime-DatePeriodParser": 23,
        "time_parse": 44,
        "time_extract": 23,
    }
    table = score(SUITES)
    for name, passed in floor.items():
        assert table[name]["passed"] >= passed, name
