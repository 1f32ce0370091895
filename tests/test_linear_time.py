"""Linear time (ReDoS guard): adversarial runs for every compiled pattern of the package and every entry point.

The patterns are discovered, not listed (``tests/perf/scaling.py``'s ``compiled_patterns``: module-level patterns and
those built by cached factories), so a new pattern is checked the day it is written. Each is fed long runs of the
characters patterns loop on — ``一一一…``, ``（（（…``, ``1.1.1.…``, ``〔〔〔…``, digits with separators, ``百分之…``
and every character the pattern's own source names — at n and 4n characters.

No wall-clock limit is asserted: only how the time *grows*. Linear work takes about 4× as long for 4× the input; a
pattern that retries a run from every position takes 16× and more. A first pass measures once; a ratio above
``LIMIT`` is measured again at four times the length, best of three, before it counts (shared machines are noisy).
The figures of ``docs/reliability.md`` come from ``python tests/perf/scaling.py --patterns``.
"""

from __future__ import annotations

import collections
import contextlib
import functools
import gc
import time
from collections.abc import Callable

import pytest
import regex

import zhpolicy
from perf.scaling import RUNS, AnyPattern, compiled_patterns
from zhpolicy import ParseError, scan
from zhpolicy._html import html_to_text

LIMIT = 6.0  # the largest t(4n)/t(n) accepted: linear is 4
FLOOR = 0.0005  # seconds: below half a millisecond a ratio is noise, so t(n) counts as at least this

EXTRA_RUNS = [
    "1.1.", "12,345,", "1 000 ", "１．", "百分之五十", "二〇二〇年", "〇", "（1）", "(1)", "第", "号", "〕", "）", "》",
    "\u3000", "：", "；", "。", "元。", "5元\n", "，", "　　", "\t", "\r\n", "、、", "▲、", "ab", "A1",
]  # fmt: skip
ALL_RUNS = list(dict.fromkeys([*RUNS, *EXTRA_RUNS]))
PATTERNS = compiled_patterns()


def cpu_time(fn: Callable[[str], object], text: str, repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.disable()  # a collection in the middle of one measurement is noise, not growth
        try:
            started = time.process_time()
            fn(text)
            best = min(best, time.process_time() - started)
        finally:
            gc.enable()
    return best


def growth(fn: Callable[[str], object], run: str, n: int, repeat: int = 1) -> float:
    """t(4n) / t(n) for ``run`` repeated to n and 4n characters."""
    short = (run * (n // len(run) + 1))[:n]
    long = (run * (4 * n // len(run) + 1))[: 4 * n]
    return cpu_time(fn, long, repeat) / max(cpu_time(fn, short, repeat), FLOOR)


def worst_growth(fn: Callable[[str], object], runs: list[str], n: int) -> tuple[float, str]:
    """The worst ratio over ``runs``, each suspect confirmed at 4n twice, best of three each: the smaller ratio
    counts. Work that grows faster than linearly shows in both; a pause of this shared machine seldom strikes twice
    (one confirmation alone failed about one full run in three)."""
    worst = (0.0, "")
    for run in runs:
        ratio = growth(fn, run, n)
        if ratio > LIMIT:
            ratio = growth(fn, run, 4 * n, repeat=3)
        if ratio > LIMIT:
            ratio = min(ratio, growth(fn, run, 4 * n, repeat=3))
        worst = max(worst, (ratio, run))
    return worst


def runs_for(pattern: AnyPattern) -> list[str]:
    named = sorted({c for c in pattern.pattern if ord(c) > 0x2000})
    return [*ALL_RUNS, *named, "".join(named)] if named else ALL_RUNS


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[name for name, _ in PATTERNS])
def test_every_compiled_pattern_is_linear(name: str, pattern: AnyPattern) -> None:
    ratio, run = worst_growth(functools.partial(_pass_over, pattern), runs_for(pattern), 1_000)
    assert ratio <= LIMIT, f"{name} on a run of {run!r}: {ratio:.1f}× the time for 4× the text"


def test_the_patterns_are_found() -> None:
    # the discovery must keep finding the package's patterns, or the test above checks nothing
    names = {name for name, _ in PATTERNS}
    assert len(names) >= 40
    assert {"zhpolicy.numerals.NUMBER", "zhpolicy.dates._core_passes:date", "zhpolicy.quantities._core_starts"} <= names


def _parse_all(text: str) -> None:
    for name in zhpolicy.__all__:
        cls = getattr(zhpolicy, name)
        if isinstance(cls, type) and hasattr(cls, "parse"):
            with contextlib.suppress(ParseError):
                cls.parse(text)


ENTRY_POINTS: list[tuple[str, Callable[[str], object]]] = [
    ("normalize", zhpolicy.normalize),
    *[(f"find:{kind}", functools.partial(scan.find_kind, name=kind)) for kind in scan.kinds()],
    ("find", zhpolicy.find),
    ("parse_document", zhpolicy.parse_document),
    ("T.parse (every type)", _parse_all),
]


@pytest.mark.parametrize(("name", "entry_point"), ENTRY_POINTS, ids=[name for name, _ in ENTRY_POINTS])
def test_every_entry_point_is_linear(name: str, entry_point: Callable[[str], object]) -> None:
    ratio, run = worst_growth(entry_point, ALL_RUNS, 2_000)
    assert ratio <= LIMIT, f"{name} on a run of {run!r}: {ratio:.1f}× the time for 4× the text"


HTML_RUNS = [
    "<a b='", "<a\n", "<!--", "<![CDATA[", "</a ", "<?", "<p>", "</p>", "<td>", "&amp;", "&#", "<a b='1'>",
    '<a href="x>', "<script>", "</script", "<title>", "<pre>", "<br/>", "<", ">", "=", '"', "<a =", "一<b>",
]  # fmt: skip


def test_html_to_text_is_linear() -> None:
    # guards the quadratic rescans of html.parser on unfinished tags (see _html.py)
    ratio, run = worst_growth(html_to_text, HTML_RUNS, 4_000)
    assert ratio <= LIMIT, f"html_to_text on a run of {run!r}: {ratio:.1f}× the time for 4× the text"


def test_the_check_catches_a_pattern_that_rereads_a_run() -> None:
    # the generator's own guard: ``\d+[%万]`` tries the whole digit run again from every digit (quadratic)
    quadratic = regex.compile(r"\d+[%万]")
    ratio, run = worst_growth(functools.partial(_pass_over, quadratic), runs_for(quadratic), 250)
    assert ratio > LIMIT and run[0] in "1１"
    possessive = regex.compile(r"(?<!\d)\d++[%万]")  # the repair: start only where a run starts, never give back
    assert worst_growth(functools.partial(_pass_over, possessive), runs_for(possessive), 1_000)[0] <= LIMIT


def _pass_over(pattern: AnyPattern, text: str) -> None:
    # the matches are dropped as they come: a list of them all grows with the text, and holding 16 000 match objects
    # made a linear pattern take 4.7-5.8× the time of 4 000 (3.8-4.2× dropped), near LIMIT
    collections.deque(pattern.finditer(text), maxlen=0)


def _table(n: int = 2_000) -> None:
    """Print the worst t(4n)/t(n) per entry point and per pattern (the table of docs/reliability.md)."""
    rows: list[tuple[str, str, float, float]] = []
    subjects = [*ENTRY_POINTS, ("html_to_text", html_to_text)]
    subjects += [(name, functools.partial(_pass_over, pattern)) for name, pattern in PATTERNS]
    for name, fn in subjects:
        runs = HTML_RUNS if name == "html_to_text" else runs_for(dict(PATTERNS)[name]) if "._" in name else ALL_RUNS
        worst = (0.0, "", 0.0)
        for run in runs:
            ratio = growth(fn, run, n, repeat=3)
            if ratio > worst[0]:
                short = (run * (n // len(run) + 1))[:n]
                worst = (ratio, run, cpu_time(fn, short, 3) * 1000)
        rows.append((name, worst[1], worst[2], worst[0]))
        print(f"| `{name}` | `{worst[1]!r}` | {worst[2]:.2f} | {worst[0]:.1f} |", flush=True)
    print(f"worst: {max(r[3] for r in rows):.1f} over {len(rows)} subjects, n = {n}")


if __name__ == "__main__":
    _table()
