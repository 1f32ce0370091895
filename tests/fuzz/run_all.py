"""Run the atheris targets one after another and print executions and minutes per target (not run by pytest).

    python tests/fuzz/run_all.py [--seconds 600] [TARGET …]

One fuzzing process at a time (each takes a core for its whole run). Without targets: normalize, extract, parse,
find, parse_document. Each run's libFuzzer log goes to ``tests/fuzz/corpus/logs/TARGET.log``; a target that finds
a crash leaves ``crash-*`` in the current folder and is reported with its exit status.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGETS = ["normalize", "extract", "parse", "find", "parse_document"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=int, default=600, help="time per target (default 600: ten minutes)")
    ap.add_argument("targets", nargs="*", default=TARGETS)
    args = ap.parse_args()
    logs = HERE / "corpus" / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    failed = 0
    print(f"{'target':16} {'executions':>12} {'minutes':>8}  result")
    for target in args.targets:
        log = logs / f"{target.replace(':', '_')}.log"
        started = time.monotonic()
        with log.open("w") as out:
            status = subprocess.call(
                [sys.executable, str(HERE / "harness.py"), target, f"-max_total_time={args.seconds}", "-timeout=30",
                 "-rss_limit_mb=3000", "-max_len=4096", "-print_final_stats=1"],
                stdout=out, stderr=subprocess.STDOUT,
            )  # fmt: skip
        minutes = (time.monotonic() - started) / 60
        found = re.findall(r"stat::number_of_executed_units: (\d+)", log.read_text(errors="replace"))
        runs = int(found[-1]) if found else 0
        result = "no crash" if status == 0 else f"exit {status}: see {log}"
        failed += status != 0
        print(f"{target:16} {runs:>12,} {minutes:>8.1f}  {result}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
