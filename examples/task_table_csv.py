"""Recipe: the 任务分工表 of a 实施方案, as the CSV a 附件 prints — 序号, 重点任务, 牵头单位, 配合单位, 完成时限, 目标.

Run: python examples/task_table_csv.py [FILE] > 任务分工表.csv   (default: elderly_care_plan.txt beside this script)

``zhpolicy tasks FILE --csv`` prints the same rows with English column names; this script shows the API under it:
``parse_document(...).tasks``, one :class:`zhpolicy.Task` per outline item that carries a responsibility clause.
"""

import csv
import sys
from pathlib import Path

import zhpolicy

path = sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("elderly_care_plan.txt")
document = zhpolicy.parse_document(zhpolicy.load(path))

writer = csv.writer(sys.stdout, lineterminator="\n")
writer.writerow(["序号", "重点任务", "牵头单位", "配合单位", "完成时限", "目标"])
for task in document.tasks:
    who = task.responsibility
    if who.lead_order_known:
        leads, partners = "、".join(who.leads), "、".join(who.partners)
    else:  # the clause names units without saying who leads: say so rather than guess
        leads, partners = "、".join(who.units) + "（未明确牵头）", ""
    targets = "；".join(m.text for m in task.targets)
    writer.writerow([task.number, task.title, leads, partners, "；".join(task.due()), targets])
