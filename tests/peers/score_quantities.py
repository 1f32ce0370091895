"""Score zhpolicy's numerals and quantities on the peer suites (Recognizers-Text Number*, JioNLP money_*).

Run: ``python tests/peers/score_quantities.py [SUITES_DIR]`` (default ``../shared/suites``). Prints, per file, how
many cases pass, how many are recorded as deliberate differences or out of scope in ``quantities_decisions.json``,
and how many fail without a decision (these must be zero: a case is never skipped silently). "pass/in-scope" counts
the cases outside the decisions' ``out_of_scope`` rows; "+differs" also counts as agreeing the cases where
zhpolicy's typed model answers differently on purpose (个百分点 as PercentagePoints, 余 kept as a bound …).

What "pass" means, per file:

* ``Number-NumberModel``: the numbers zhpolicy.numerals reads in the input (``NUMBER`` spans, ``parse_decimal``
  values) are exactly the expected spans and values;
* ``Number-PercentModel``: the percentages zhpolicy finds have the expected spans and values;
* ``NumberWithUnit-CurrencyModel``: the amounts of money zhpolicy finds have the expected spans and values;
* ``Number-NumberRangeModel``: the input holds one bounded quantity or range whose bound and ends are the
  expected interval;
* JioNLP ``money_parse``: the whole input is one amount (or range) of money with the expected value and, for
  ``blur+``/``blur-``/``blur``, the bound ``>``/``<``/``~``;
* JioNLP ``money_extract``: the money spans zhpolicy finds are exactly the expected spans.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import regex

import zhpolicy
from zhpolicy import Count, Money, Percentage, PercentagePoints, Range
from zhpolicy.numerals import NUMBER, parse_decimal

DECISIONS = Path(__file__).with_name("quantities_decisions.json")
RT_FILES = (
    "Number-NumberModel",
    "Number-PercentModel",
    "NumberWithUnit-CurrencyModel",
    "Number-NumberRangeModel",
)
JIO_FILES = ("money_parse", "money_extract")
QUANTITY_KINDS = ("money", "percentage", "percentage_points", "count", "rate", "quantity_range")


def _dec(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", "").rstrip("%")).normalize()
    except (InvalidOperation, ValueError):
        return None


def _same(a: Decimal | None, b: Decimal | None) -> bool:
    return a is not None and b is not None and a.normalize() == b.normalize()


def _numbers(text: str) -> list[tuple[int, int, Decimal]]:
    folded = zhpolicy.normalize(text).folded
    found = []
    for m in regex.finditer(NUMBER, folded):
        try:
            found.append((m.start(), m.end(), parse_decimal(m.group())))
        except zhpolicy.ParseError:
            continue
    return found


def _expected(case: dict[str, Any]) -> list[tuple[int, int, str]]:
    """(start, end exclusive, value) of each expected result; Number specs give an inclusive End."""
    return [(r["Start"], r["End"] + 1, str(r["Resolution"].get("value", ""))) for r in case.get("Results", [])]


def _rt_numbers(case: dict[str, Any]) -> bool:
    ours = _numbers(case["Input"])
    want = _expected(case)
    return len(ours) == len(want) and all(
        (s, e) == (ws, we) and _same(v, _dec(wv)) for (s, e, v), (ws, we, wv) in zip(ours, want, strict=True)
    )


def _values_of(text: str, cls: type) -> list[tuple[int, int, Decimal]]:
    return [(m.start, m.end, m.value.value) for m in zhpolicy.find(text, QUANTITY_KINDS) if isinstance(m.value, cls)]


def _spans_equal(ours: list[tuple[int, int, Decimal]], want: list[tuple[int, int, str]], text: str) -> bool:
    if len(ours) != len(want):
        return False
    for (s, e, v), (ws, we, wv) in zip(ours, want, strict=True):
        # a span may carry the comparator or verb zhpolicy keeps (超过5元 for 5元): the value's own text must agree
        if not (s <= ws and we == e and (s == ws or text[s:ws].strip())):
            return False
        if not _same(v, _dec(wv)):
            return False
    return True


def _rt_percent(case: dict[str, Any]) -> bool:
    return _spans_equal(_values_of(case["Input"], Percentage), _expected(case), case["Input"])


def _rt_currency(case: dict[str, Any]) -> bool:
    want = [
        (r["Start"], r["End"] + 1, str(r["Resolution"].get("value", "")))
        for r in case.get("Results", [])
        if r["Resolution"].get("isoCurrency") == "CNY"
    ]
    return _spans_equal(_values_of(case["Input"], Money), want, case["Input"])


def _interval(value: Any) -> str | None:
    """A bounded quantity or range as Recognizers-Text writes an interval: ``(20,35]``, ``[,100)``."""
    if isinstance(value, Range):
        low, high = value.low.value, value.high.value
        return f"[{_plain(low)},{_plain(high)}]"
    if isinstance(value, (Money, Percentage, PercentagePoints, Count)):
        n = _plain(value.value)
        return {">": f"({n},)", ">=": f"[{n},)", "<": f"(,{n})", "<=": f"(,{n}]"}.get(value.bound)
    return None


def _plain(d: Decimal) -> str:
    text = f"{d:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _rt_range(case: dict[str, Any]) -> bool:
    ours = [_interval(m.value) for m in zhpolicy.find(case["Input"], QUANTITY_KINDS)]
    want = [str(r["Resolution"].get("value", "")) for r in case.get("Results", [])]
    return [o for o in ours if o is not None] == want


def _jio_parse(case: dict[str, Any]) -> bool:
    expected = case["expected"]
    try:
        value: Any = Range.parse(case["input"])
    except zhpolicy.ParseError:
        try:
            value = Money.parse(case["input"])
        except zhpolicy.ParseError:
            return False
    num = expected["num"]
    if isinstance(num, list):
        return (
            isinstance(value, Range) and _same(value.low.value, _dec(num[0])) and _same(value.high.value, _dec(num[1]))
        )
    if not isinstance(value, Money) or not _same(value.value, _dec(num)):
        return False
    bound = {"accurate": "=", "blur": "~", "blur+": ">", "blur-": "<"}[expected["definition"]]
    return value.bound == bound or (bound == ">" and value.bound == ">=") or (bound == "<" and value.bound == "<=")


def _jio_extract(case: dict[str, Any]) -> bool:
    text = case["input"]
    ours = [(m.start, m.end) for m in zhpolicy.find(text, ("money", "rate", "quantity_range"))]
    return ours == [tuple(x["offset"]) for x in case["expected"]]


def cases(suites: Path) -> Iterator[tuple[str, str, bool]]:
    """(file, input, passed) for every case of every file scored here."""
    check = {
        "Number-NumberModel": _rt_numbers,
        "Number-PercentModel": _rt_percent,
        "NumberWithUnit-CurrencyModel": _rt_currency,
        "Number-NumberRangeModel": _rt_range,
    }
    for name in RT_FILES:
        for case in json.loads((suites / "recognizers-text" / f"{name}.json").read_text(encoding="utf-8")):
            yield name, case["Input"], check[name](case)
    for name in JIO_FILES:
        for line in (suites / "jionlp" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                yield name, case["input"], _jio_parse(case) if name == "money_parse" else _jio_extract(case)


def load_decisions() -> dict[tuple[str, str], dict[str, str]]:
    rows = json.loads(DECISIONS.read_text(encoding="utf-8")) if DECISIONS.exists() else []
    return {(r["file"], r["input"]): r for r in rows}


def score(suites: Path) -> dict[str, dict[str, int]]:
    """Per file: ``passed``, ``differs``, ``out_of_scope``, ``unexplained`` (failing without a decision)."""
    decisions = load_decisions()
    table: dict[str, dict[str, int]] = {}
    for name, text, ok in cases(suites):
        row = table.setdefault(name, {"cases": 0, "passed": 0, "differs": 0, "out_of_scope": 0, "unexplained": 0})
        row["cases"] += 1
        if ok:
            row["passed"] += 1
        elif (name, text) in decisions:
            row[decisions[(name, text)]["decision"]] += 1
        else:
            row["unexplained"] += 1
    return table


def failures_without_decision(suites: Path) -> list[tuple[str, str]]:
    decisions = load_decisions()
    return [(n, t) for n, t, ok in cases(suites) if not ok and (n, t) not in decisions]


def main() -> None:
    suites = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/suites")
    print(
        f"{'file':30} {'cases':>5} {'pass':>5} {'differs':>7} {'out':>5} {'unexpl':>6} {'pass/in-scope':>13} "
        f"{'+differs':>9}"
    )
    for name, row in score(suites).items():
        in_scope = row["cases"] - row["out_of_scope"]
        rate = f"{100 * row['passed'] / in_scope:.1f}%" if in_scope else "-"
        agreed = f"{100 * (row['passed'] + row['differs']) / in_scope:.1f}%" if in_scope else "-"
        print(
            f"{name:30} {row['cases']:5} {row['passed']:5} {row['differs']:7} {row['out_of_scope']:5} "
            f"{row['unexplained']:6} {rate:>13} {agreed:>9}"
        )


if __name__ == "__main__":
    main()
