"""Adversarial scaling (not a test): ``python tests/perf/scaling.py [--base 20000] [--kinds K,…]``.

For every registered kind, ``normalize`` and ``parse_document``, feeds long runs of the characters patterns loop on
(`一一一…`, `（（（…`, `1.1.1.…`, `〔〔〔…`, digits with separators, half-built clauses) at 1×, 4× and 16× a base length
and prints the time ratios. Linear code shows ratios near 4 and 16; a catastrophic pattern shows 16 → 256 and
more. The worst ratio per entry point goes into ``docs/reliability.md``.
"""

from __future__ import annotations

import argparse
import functools
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import zhpolicy
from zhpolicy import scan

RUNS = [
    "一", "十", "（", "(", "〔", "[", "《", "〈", "1", "1.", "1,", "1、", "一、", "（一）", "①", "第一", "是",
    "▲", "、", "医保局、", "责任单位：", "%", "万", "亿元", "2020年", "月底前", "至", "-", "—", " ", "\n",
    "义政办发〔2020〕", "《关于", "（责任单位：▲医保局", "5000余", "百分之", "第十条", "一是", "6:3:",
]  # fmt: skip


def measure(fn: Callable[[str], object], text: str) -> float:
    gc.collect()
    t0 = time.perf_counter()
    fn(text)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", type=int, default=20_000, help="characters at 1×")
    ap.add_argument("--kinds", default=None, help="comma-separated kinds (default: all)")
    args = ap.parse_args()
    names = args.kinds.split(",") if args.kinds else list(scan.kinds())
    entry_points: list[tuple[str, Callable[[str], object]]] = [("normalize", zhpolicy.normalize)]
    entry_points += [(k, functools.partial(scan.find_kind, name=k)) for k in names]
    entry_points += [("find (all)", zhpolicy.find), ("parse_document", zhpolicy.parse_document)]
    print(f"{'entry point':18} {'worst run':>14} {'1× ms':>8} {'4×/1×':>7} {'16×/1×':>7}")
    worst_all = 0.0
    for name, fn in entry_points:
        worst: tuple[float, str, float, float] = (0.0, "", 0.0, 0.0)
        for run in RUNS:
            times = []
            for factor in (1, 4, 16):
                text = (run * (args.base * factor // len(run) + 1))[: args.base * factor]
                times.append(min(measure(fn, text) for _ in range(2)))
            base = max(times[0], 1e-4)  # below 0.1 ms the ratio is noise
            r4, r16 = times[1] / base, times[2] / base
            if r16 > worst[0]:
                worst = (r16, run, times[0] * 1000, r4)
        worst_all = max(worst_all, worst[0])
        print(f"{name:18} {worst[1]!r:>14} {worst[2]:8.2f} {worst[3]:7.1f} {worst[0]:7.1f}")
    print(f"worst 16×/1× ratio over all entry points: {worst_all:.1f} (linear: about 16)")


if __name__ == "__main__":
    main()
