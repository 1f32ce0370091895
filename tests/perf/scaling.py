"""Adversarial scaling (not a test): ``python tests/perf/scaling.py [--base 20000] [--kinds K,…] [--patterns]``.

For every registered kind, ``normalize`` and ``parse_document``, feeds long runs of the characters patterns loop on
(`一一一…`, `（（（…`, `1.1.1.…`, `〔〔〔…`, digits with separators, half-built clauses) at 1×, 4× and 16× a base length
and prints the time ratios. Linear code shows ratios near 4 and 16; a catastrophic pattern shows 16 → 256 and
more. With ``--patterns`` it also runs every compiled pattern of the package on its own, with runs of every
character its source names. The worst ratio per entry point goes into ``docs/reliability.md``; the script exits
with status 1 when any 16×/1× ratio exceeds ``--limit`` (default 40: linear plus generous noise).
"""

from __future__ import annotations

import argparse
import functools
import gc
import importlib
import pkgutil
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import regex

import zhpolicy
from zhpolicy import scan

RUNS = [
    "一", "十", "（", "(", "〔", "[", "《", "〈", "1", "1.", "1,", "1、", "一、", "（一）", "①", "第一", "是",
    "▲", "、", "医保局、", "责任单位：", "%", "万", "亿元", "2020年", "月底前", "至", "-", "—", " ", "\n",
    "义政办发〔2020〕", "《关于", "（责任单位：▲医保局", "5000余", "百分之", "第十条", "一是", "6:3:",
]  # fmt: skip


def measure(fn: Callable[[str], object], text: str) -> float:
    gc.collect()
    t0 = time.process_time()
    fn(text)
    return time.process_time() - t0


# A few cheap core patterns are compiled by the standard library's re (faster at stepping over a class).
AnyPattern = regex.Pattern[str] | re.Pattern[str]


def compiled_patterns() -> list[tuple[str, AnyPattern]]:
    """Every pattern the package compiles (by regex or re): module-level patterns and those built by cached
    factories."""
    found: dict[str, AnyPattern] = {}
    for info in pkgutil.iter_modules(zhpolicy.__path__, "zhpolicy."):
        if info.name.startswith(("zhpolicy.strategies", "zhpolicy.cli", "zhpolicy.__main__")):
            continue
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            values: list[tuple[str, object]] = [(name, obj)]
            if callable(obj) and hasattr(obj, "cache_info"):
                try:
                    built = obj(False) if name == "_patterns" else obj()  # dates: the document-scan variant
                except (TypeError, AttributeError):
                    continue  # a cached helper that needs arguments builds no pattern
                values = [(name, built)]
                if isinstance(built, dict):
                    built = list(built.items())
                if isinstance(built, list) and all(isinstance(x, tuple) and len(x) == 2 for x in built):
                    values = [(f"{name}:{n}", p) for n, p in built]
            for label, value in values:
                if isinstance(value, (regex.Pattern, re.Pattern)) and isinstance(
                    value.pattern, str
                ):  # not bytes sniffers
                    key, k = f"{info.name}.{label}", 1
                    while key in found:  # several patterns under one name (dates._core_passes: one per character)
                        k += 1
                        key = f"{info.name}.{label}#{k}"
                    found[key] = value
    from zhpolicy import numerals  # the embeddable numeral sources, compiled as other parsers embed them

    for name in ("NUMBER", "INTEGER", "ARABIC", "CHINESE_DIGITS"):
        found[f"zhpolicy.numerals.{name}"] = regex.compile(getattr(numerals, name))
    return sorted(found.items())


def pattern_runs(pattern: AnyPattern) -> list[str]:
    """Runs to feed a pattern: the shared adversarial ones and every non-ASCII character its source names."""
    chars = sorted({c for c in pattern.pattern if ord(c) > 0x2000})
    return RUNS + chars[:60]


def measure_patterns(base: int, limit: float) -> float:
    print(f"\n{'pattern':60} {'worst run':>12} {'1× ms':>8} {'16×/1×':>7}")
    worst_all = 0.0
    for name, pattern in compiled_patterns():
        worst = (0.0, "", 0.0)
        for run in pattern_runs(pattern):
            times = []
            for factor in (1, 16):
                text = (run * (base * factor // len(run) + 1))[: base * factor]
                times.append(min(measure(lambda t, p=pattern: list(p.finditer(t)), text) for _ in range(2)))
            ratio = times[1] / max(times[0], 1e-4)
            if ratio > worst[0]:
                worst = (ratio, run, times[0] * 1000)
        worst_all = max(worst_all, worst[0])
        flag = "  ← above the limit" if worst[0] > limit else ""
        print(f"{name:60} {worst[1]!r:>12} {worst[2]:8.2f} {worst[0]:7.1f}{flag}")
    return worst_all


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", type=int, default=20_000, help="characters at 1×")
    ap.add_argument("--kinds", default=None, help="comma-separated kinds (default: all)")
    ap.add_argument("--patterns", action="store_true", help="also every compiled pattern on its own")
    ap.add_argument("--limit", type=float, default=40.0, help="the largest 16×/1× ratio accepted")
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
    if args.patterns:
        worst_all = max(worst_all, measure_patterns(max(1000, args.base // 4), args.limit))
        print(f"worst 16×/1× ratio over entry points and patterns: {worst_all:.1f}")
    if worst_all > args.limit:
        raise SystemExit(f"a ratio above {args.limit}: not linear")


if __name__ == "__main__":
    main()
