"""Score zhpolicy.dates on the peer suites' date cases (Recognizers-Text DateTime-*, JioNLP time_*).

Run: ``python tests/peers/score_dates.py [SUITES_DIR]`` (default ``../shared/suites``). Prints, per file, how many
cases pass, how many are recorded as deliberate differences or out of scope in ``dates_decisions.json``, and how
many fail without a decision (these must be zero: a case is never skipped silently).

What "pass" means, per file:

* ``DateTime-DateExtractor`` / ``DatePeriodExtractor`` and JioNLP ``time_extract``: the spans zhpolicy finds (kinds
  date, period, deadline, relative_date, recurring_date) are exactly the expected spans;
* ``DateTime-DateParser`` / ``DatePeriodParser``: spans as above, and each date's Timex (``2016-01-10``,
  ``XXXX-01-10``, ``2018-10``, ``2008``) equals zhpolicy's value; a period compares its start;
* JioNLP ``time_parse``: the whole input is one expression whose value, resolved against the case's reference
  date, covers exactly the expected ``[start, end]`` days.
"""

from __future__ import annotations

import calendar
import datetime
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import zhpolicy
from zhpolicy.dates import Date, Deadline, Period, Recurring, Relative

_SHANGHAI = datetime.timezone(datetime.timedelta(hours=8))
KINDS = ("date", "period", "deadline", "relative_date", "recurring_date")
DECISIONS = Path(__file__).with_name("dates_decisions.json")
RT_FILES = (
    "DateTime-DateExtractor",
    "DateTime-DateParser",
    "DateTime-DatePeriodExtractor",
    "DateTime-DatePeriodParser",
)
JIO_FILES = ("time_parse", "time_extract")


def _timex(d: Date) -> str:
    parts = ["XXXX" if d.year is None else f"{d.year:04d}"]
    if d.month is not None:
        parts.append(f"{d.month:02d}")
    if d.day is not None:
        parts.append(f"{d.day:02d}")
    return "-".join(parts)


def _first(value: Any) -> Date | None:
    if isinstance(value, Date):
        return value
    if isinstance(value, Period):
        return value.start
    if isinstance(value, Deadline):
        return value.date
    return None


def _spans(text: str) -> list[tuple[int, int, Any]]:
    return [(m.start, m.end, m.value) for m in zhpolicy.find(text, KINDS)]


def _rt_case(case: dict[str, Any], parser: bool) -> bool:
    ours = _spans(case["Input"])
    reference = case.get("Context", {}).get("ReferenceDateTime")
    if reference:
        ref = datetime.date.fromisoformat(reference[:10])
        ours = [
            (s, e, v.resolve(Date(ref.year, ref.month, ref.day)) if isinstance(v, Relative) else v) for s, e, v in ours
        ]
    expected = [(r["Start"], r["Start"] + r["Length"]) for r in case.get("Results", [])]
    if [(s, e) for s, e, _ in ours] != expected:
        return False
    if not parser:
        return True
    for (_, _, value), result in zip(ours, case["Results"], strict=True):
        timex = str(result.get("Value", {}).get("Timex", ""))
        first = _first(value)
        if first is None:
            return False
        want, ours_timex = timex.strip("()").split(",")[0], _timex(first)
        # a period's start at zhpolicy's precision: 2009 ≙ 2009-01-01
        rest = want[len(ours_timex) + 1 :].split("-") if want.startswith(ours_timex + "-") else None
        if want != ours_timex and not (rest and set(rest) <= {"01"}):
            return False
    return True


def _days(value: Any) -> tuple[datetime.date, datetime.date] | None:
    """The first and last day a resolved value covers."""
    if isinstance(value, Date):
        if value.year is None:
            return None
        m1, m2 = (value.month, value.month) if value.month is not None else (1, 12)
        d1 = value.day or 1
        d2 = value.day or calendar.monthrange(value.year, m2)[1]
        return datetime.date(value.year, m1, d1), datetime.date(value.year, m2, d2)
    if isinstance(value, Period):
        a, b = _days(value.start), _days(value.end)
        return None if a is None or b is None else (a[0], b[1])
    return None


def _jio_parse(case: dict[str, Any]) -> bool:
    text = case["input"]
    ours = _spans(text)
    if len(ours) != 1 or (ours[0][0], ours[0][1]) != (0, len(text.rstrip())):
        return False
    value = ours[0][2]
    context = case["context"]
    if isinstance(context, dict) and "time_base_ts" in context:
        base = datetime.datetime.fromtimestamp(context["time_base_ts"], _SHANGHAI).date()
    elif isinstance(context, dict):  # {"year": …, "month"?: …, "day"?: …}
        base = datetime.date(context["year"], context.get("month", 1), context.get("day", 1))
    elif isinstance(context, (int, float)):  # a bare timestamp
        base = datetime.datetime.fromtimestamp(context, _SHANGHAI).date()
    else:  # a [year, month, day, …] reference
        base = datetime.date(*[*context, 1, 1][:3])
    if isinstance(value, Relative):
        value = value.resolve(Date(base.year, base.month, base.day))
    first = _first(value)
    if first is not None and first.year is None and first.month is not None:
        value = type(value).parse(f"{base.year}年{value}")  # a partial date is read in the reference year
    if isinstance(value, Recurring):
        return case["expected"]["type"] == "time_period"
    if isinstance(value, Deadline):  # JioNLP: a span between the reference day and the bound
        bound = _days(value.date)
        if bound is None:
            return False
        days = (bound[0], base) if value.bound == "from" else (base, bound[1])
    else:
        days = _days(value)
    if days is None:
        return False
    start, end = case["expected"]["time"]
    return (str(days[0]), str(days[1])) == (start[:10], end[:10])


def _jio_extract(case: dict[str, Any]) -> bool:
    ours = [(s, e) for s, e, _ in _spans(case["input"])]
    return ours == [tuple(x["offset"]) for x in case["expected"]]


def cases(suites: Path) -> Iterator[tuple[str, str, bool]]:
    """(file, input, passed) for every case of every date file."""
    for name in RT_FILES:
        for case in json.loads((suites / "recognizers-text" / f"{name}.json").read_text(encoding="utf-8")):
            yield name, case["Input"], _rt_case(case, name.endswith("Parser"))
    for name in JIO_FILES:
        for line in (suites / "jionlp" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                ok = _jio_parse(case) if name == "time_parse" else _jio_extract(case)
                yield name, case["input"], ok


def load_decisions() -> dict[tuple[str, str], dict[str, str]]:
    rows = json.loads(DECISIONS.read_text(encoding="utf-8"))
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
    print(f"{'file':32} {'cases':>5} {'pass':>5} {'differs':>7} {'out':>5} {'unexpl':>6} {'pass/in-scope':>13}")
    for name, row in score(suites).items():
        in_scope = row["cases"] - row["out_of_scope"]
        rate = f"{100 * row['passed'] / in_scope:.1f}%" if in_scope else "-"
        print(
            f"{name:32} {row['cases']:5} {row['passed']:5} {row['differs']:7} {row['out_of_scope']:5} "
            f"{row['unexplained']:6} {rate:>13}"
        )


if __name__ == "__main__":
    main()
