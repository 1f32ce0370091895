"""Recipe: parse a whole folder on every core into JSON lines, then read the documents back.

Run: python examples/batch_folder.py [FOLDER] [--out FILE]   (default: examples/inbox/, a temporary output)

``zhpolicy batch FOLDER --out results.jsonl`` is the same run from the shell. The output is resumable (run it again
and only new files are parsed) and one bad file never stops the run: it gets an ``"ok": false`` line. Each good
line's ``document`` is ``Document.to_dict()`` — ``Document.from_dict`` gives the typed document back, and
``zhpolicy/schemas/batch-record.schema.json`` validates a line in any language.
"""

import argparse
import json
import tempfile
from pathlib import Path

import zhpolicy
from zhpolicy.batch import expand_inputs, run_batch

parser = argparse.ArgumentParser()
parser.add_argument("folder", nargs="?", default=str(Path(__file__).resolve().with_name("inbox")))
parser.add_argument("--out", type=Path, default=None)
args = parser.parse_args()

with tempfile.TemporaryDirectory() as scratch:
    out = args.out or Path(scratch) / "documents.jsonl"
    report = run_batch(expand_inputs([args.folder]), out, jobs=2)
    print(f"parsed {report.parsed}, failed {report.failed}, already done {report.skipped}")
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]

for record in sorted(records, key=lambda r: r["path"]):  # lines come in the order files finish
    name = Path(record["path"]).name
    if not record["ok"]:
        print(f"{name}: failed: {record['error']}")
        continue
    document = zhpolicy.Document.from_dict(record["document"])
    number = document.doc_number or "no 发文字号"
    print(f"{name}: {document.title} ({number}); {len(document.tasks)} tasks, {len(document.matches)} values")
