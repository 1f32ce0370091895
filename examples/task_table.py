"""Print the task table (任务分工表) of the example implementation plan: who leads, who supports, by when, what target.

Run: python examples/task_table.py
"""

from pathlib import Path

import zhpolicy

document = zhpolicy.parse_document(zhpolicy.load(Path(__file__).with_name("implementation_plan.txt")))
print(f"{document.title}（{document.doc_number}，{document.reference_date}）")
for task in document.tasks:
    row = task.to_row()
    who = f"{row['leads']} 牵头" + (f"，{row['partners']} 配合" if row["partners"] else "")
    if not task.responsibility.lead_order_known:
        who = f"{row['units']}（牵头未明）"
    print(f"{row['number']:12} {row['title']:16} {who}")
    if row["deadlines"] or row["targets"]:
        print(f"{'':12} 期限：{row['deadlines'] or '—'}  目标：{row['targets'] or '—'}")
