"""Recipe: every quantity target that has a deadline, into a spreadsheet (CSV): where, what, how much, by when, who.

Run: python examples/targets_csv.py [FILE] > targets.csv   (default: elderly_care_plan.txt beside this script)

A target's deadline is the deadline in its own sentence (到2025年，…不低于60%); failing that, its task's (the
outline item it sits in). Relative deadlines (年底前) are resolved against the document's own date. Targets with
no deadline anywhere are left out — that is the point of the sheet.
"""

import csv
import sys
from pathlib import Path

import zhpolicy
from zhpolicy.tasks import DEADLINE_KINDS, TARGET_KINDS

path = sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("elderly_care_plan.txt")
document = zhpolicy.parse_document(zhpolicy.load(path))
text = document.text
resolved = {r.match.start: r.value for r in document.resolved_dates}
UNITS = {"percentage": "%", "percentage_points": "个百分点"}  # the types without a unit field


def sentence(offset: int) -> tuple[int, int]:
    """The span of the sentence around ``offset`` (cut at 。；！？ and line ends)."""
    start = max(text.rfind(c, 0, offset) for c in "。；！？\n") + 1
    ends = [i for i in (text.find(c, offset) for c in "。；！？\n") if i >= 0]
    return start, min(ends, default=len(text))


def deadline_of(target: zhpolicy.Match) -> str:
    start, end = sentence(target.start)
    here = [m for m in document.matches if m.kind in DEADLINE_KINDS and start <= m.start < end]
    if here:
        return "；".join(str(resolved.get(m.start, m.value)) for m in here)
    task = next((t for t in reversed(document.tasks) if t.start <= target.start < t.end), None)
    return "；".join(task.due()) if task is not None else ""


writer = csv.writer(sys.stdout, lineterminator="\n")
writer.writerow(["section", "target", "kind", "value", "unit", "bound", "deadline", "leads"])
for target in document.matches:
    if target.kind not in TARGET_KINDS:
        continue
    deadline = deadline_of(target)
    if not deadline:
        continue
    value = target.value
    task = next((t for t in reversed(document.tasks) if t.start <= target.start < t.end), None)
    leads = "、".join(task.responsibility.leads or task.responsibility.units) if task is not None else ""
    writer.writerow(
        [
            document.path_at(target.start),
            target.text,
            target.kind,
            getattr(value, "value", str(value)),  # Decimal: money in 元, percentages in %
            getattr(value, "unit", UNITS.get(target.kind, "")),
            getattr(value, "bound", ""),
            deadline,
            leads,
        ]
    )
