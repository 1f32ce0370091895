"""Throughput benchmark (not a test): ``python tests/perf/bench.py [--corpus DIR] [--mb 1.0] [--repeat 5]``.

Builds a text of at least ``--mb`` megabytes (UTF-8) by repeating the documents in ``../shared/corpus``, in
simplified form as scraped and converted to traditional script with OpenCC, and prints MB/s for each step next to
reference passes of the ``regex`` module over the same text, measured in the same run. Best of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Callable
from pathlib import Path

import regex

import zhpolicy
from zhpolicy import normalize

ROOT = Path(__file__).resolve().parents[2]

# A rich alternation of the shapes zhpolicy looks for, as one pattern: the yardstick for "one regex pass".
RICH = regex.compile(
    r"\d+(?:\.\d+)?(?:%|万元|亿元|元|个百分点|人次|家|个)"
    r"|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]"
    r"|[〔\[(（]\d{4}[〕\])）]\d+号|《[^《》\n]{1,80}》"
    r"|责任单位|牵头单位|配合单位|\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}月底前"
)
TRIVIAL = regex.compile(r"\d+")


def corpus_text(corpus: Path, mb: float) -> str:
    docs = [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))]
    if not docs:
        raise SystemExit(f"no .txt documents under {corpus}")
    base = "\n".join(docs)
    reps = max(1, int(mb * 1e6 // len(base.encode("utf-8"))) + 1)
    return "\n".join([base] * reps)


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    from opencc import OpenCC

    # The corpus mixes scripts; convert it whole each way so each run measures one script.
    mixed = corpus_text(args.corpus, args.mb)
    simplified = str(OpenCC("t2s").convert(mixed))
    traditional = str(OpenCC("s2t").convert(mixed))
    print(
        f"zhpolicy {zhpolicy.__version__}; text {len(simplified.encode()) / 1e6:.2f} MB simplified, "
        f"{len(traditional.encode()) / 1e6:.2f} MB traditional; best of {args.repeat}"
    )

    steps: list[tuple[str, Callable[[str], object]]] = [
        ("regex \\d+ (one pass)", TRIVIAL.findall),
        ("regex rich alternation", RICH.findall),
        ("normalize", normalize),
        ("zhpolicy.find (all kinds)", zhpolicy.find),
        ("parse_document", zhpolicy.parse_document),
    ]
    steps += [
        (f"{name}.find", getattr(zhpolicy, name).find)
        for name in (
            "DocNumber",
            "Citation",
            "Money",
            "Percentage",
            "PercentagePoints",
            "Date",
            "Deadline",
            "Responsibility",
            "Marker",
        )
        if hasattr(getattr(zhpolicy, name, None), "find")
    ]
    results: dict[tuple[str, str], float] = {}
    print(f"{'step':28} {'simplified MB/s':>16} {'traditional MB/s':>17}")
    for name, fn in steps:
        row = []
        for label, text in (("simplified", simplified), ("traditional", traditional)):
            mb = len(text.encode()) / 1e6
            speed = mb / best_of(args.repeat, lambda fn=fn, text=text: fn(text))
            results[(name, label)] = speed
            row.append(speed)
        print(f"{name:28} {row[0]:16.1f} {row[1]:17.1f}")

    trivial = results[("regex \\d+ (one pass)", "simplified")]
    rich = results[("regex rich alternation", "simplified")]
    norm_s = results[("normalize", "simplified")]
    norm_t = results[("normalize", "traditional")]
    print(f"normalize (simplified) / regex \\d+ pass: {norm_s / trivial:.2f}×; / rich pass: {norm_s / rich:.2f}×")
    print(f"normalize (traditional): {norm_t:.1f} MB/s")


if __name__ == "__main__":
    main()
