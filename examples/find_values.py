"""List every value zhpolicy finds in the example work plan, one per line.

Run: python examples/find_values.py
"""

from pathlib import Path

import zhpolicy

text = zhpolicy.load(Path(__file__).with_name("work_plan.txt"))
for match in zhpolicy.find(text):
    print(f"{match.kind:18} {match.start:5}-{match.end:<5} {match.value}")
