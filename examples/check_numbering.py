"""Recipe: check a document against the GB/T 9704-2012 numbering rules before it goes out.

Run: python examples/check_numbering.py [FILE] [--strict]   (default: numbering_draft.txt beside this script)

Reports every 发文字号 printed against §7.2.4 (year in 〔〕, no 第, no leading zeros, simplified script, half-width
digits) with the rules it breaks and its canonical form, and every place the outline numbering breaks §7.3.3 (a
number skipped or repeated, a level out of order). With ``--strict`` the exit status is 1 when anything is found,
so the check can guard a publishing pipeline.
"""

import sys
from pathlib import Path

import zhpolicy

args = [a for a in sys.argv[1:] if a != "--strict"]
path = args[0] if args else Path(__file__).with_name("numbering_draft.txt")
text = zhpolicy.load(path)
document = zhpolicy.parse_document(text)


def line_of(offset: int) -> int:
    return text.count("\n", 0, offset) + 1


problems = 0
for match in document.find("doc_number"):
    broken = zhpolicy.DocNumber.violations(match.text)
    if not broken:
        continue
    problems += 1
    own = document.doc_number_span is not None and document.doc_number_span[0] == match.start
    role = "发文字号" if own else "cited number"
    rules = "; ".join(rule.value for rule in broken)
    print(f"line {line_of(match.start)}: {role} {match.text} → {match.value}: {rules}")

for diagnostic in document.diagnostics:
    problems += 1
    print(f"line {line_of(diagnostic.offset)}: outline {diagnostic.code}: {diagnostic.message}")

print(f"{problems} problem(s) in {Path(path).name}")
sys.exit(1 if problems and "--strict" in sys.argv else 0)
