"""What ``import zhpolicy`` leaves for first use (docs/performance.md, "Import"): the patterns of the scans are
compiled by their first scan, the HTML and .docx readers loaded by the first such file. Checked in a fresh
interpreter: this test session has long used them all."""

from __future__ import annotations

import json
import subprocess
import sys

# Readers imported by zhpolicy.io on the first file that needs them, and what they import.
DEFERRED_MODULES = ["zhpolicy._html", "zhpolicy._docx", "html", "zipfile", "xml.etree.ElementTree"]
# Cached pattern factories a scan calls (module, function): none of them is called by the import.
LAZY_PATTERNS = [
    ("dates", "_core_passes"),
    ("dates", "_needs"),
    ("dates", "_anchor_characters"),
    ("dates", "_patterns"),
    ("quantities", "_core_starts"),
    ("tasks", "_marker"),  # a fallback, for a section whose marker the outline did not give
]

_PROBE = r"""
import importlib, json, sys
import zhpolicy
def state():
    return {
        "modules": [m for m in DEFERRED_MODULES if m in sys.modules],
        "compiled": [
            f"{module}.{name}"
            for module, name in LAZY_PATTERNS
            if getattr(importlib.import_module(f"zhpolicy.{module}"), name).cache_info().currsize
        ],
    }
after_import = state()
zhpolicy.parse_document("一、重点任务\n（一）提高覆盖率。2021年9月底前，医保覆盖率达到95%以上。（责任单位：▲医保局）\n")
print(json.dumps([after_import, state()]))
"""


def test_import_compiles_no_scan_pattern_and_loads_no_file_reader() -> None:
    code = f"DEFERRED_MODULES = {DEFERRED_MODULES!r}\nLAZY_PATTERNS = {LAZY_PATTERNS!r}\n{_PROBE}"
    after_import, after_a_document = json.loads(subprocess.check_output([sys.executable, "-c", code], text=True))
    assert after_import == {"modules": [], "compiled": []}
    # the names are the ones the scans use: a document compiles them
    assert after_a_document["compiled"] == [f"{m}.{n}" for m, n in LAZY_PATTERNS if m != "tasks"]
