"""zhpolicy beside JioNLP, Recognizers-Text and cn2an on the same inputs (a report, not a test).

    python tests/peers/compare.py [--eval ../shared/eval] [--suites ../shared/suites] [--corpus DIR]

Prints the tables of ``docs/comparison.md`` in Markdown:

1. **Policy documents** — money and percentages in the real documents of the corpus, scored against the
   hand-checked gold of ``../shared/eval/gold`` with that scorer's own rule (``score.py``): a find counts when its
   span overlaps a gold item and its value equals the gold value. Comparators (以上, 不低于) are left out of that
   column, since only zhpolicy reads them; zhpolicy's score with them is the last column.
2. **Numerals** — the whole-input cases of Recognizers-Text's ``Number-NumberModel`` suite (its own cases, so the
   suite favours it): the value each tool reads from the input.
3. **Time** — milliseconds per corpus document for each tool's money + percentage extraction, best of 3.

A peer that is not installed shows as ``not installed``; nothing is faked. Duckling (Haskell) is not run here.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import time
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

import zhpolicy
from zhpolicy.numerals import parse_decimal

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


class Value(NamedTuple):
    value: Decimal | None
    bound: str = "="


class Found(NamedTuple):
    start: int
    end: int
    value: Value


Extractor = Callable[[str], list[Found]]


def dec(x: object) -> Decimal | None:
    try:
        return Decimal(str(x).replace(",", "")).normalize()
    except (InvalidOperation, ValueError):
        return None


def load_scorer(eval_dir: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", eval_dir / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- extractors: each returns Found(start, end, Value) with end exclusive ------------------------------------------


def zhpolicy_money(text: str) -> list[Found]:
    return [Found(m.start, m.end, Value(m.value.value, m.value.bound)) for m in zhpolicy.Money.find(text)]


def zhpolicy_percentages(text: str) -> list[Found]:
    return [Found(m.start, m.end, Value(m.value.value, m.value.bound)) for m in zhpolicy.Percentage.find(text)]


def _quiet_import(name: str) -> Any:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        try:
            return importlib.import_module(name)
        except Exception:  # not installed, or broken by a dependency (Recognizers-Text needs emoji < 1.0)
            return None


def jionlp_money(jio: Any) -> Extractor:
    def extract(text: str) -> list[Found]:
        out = []
        for item in jio.ner.extract_money(text, with_parsing=True):
            detail = item.get("detail") or {}
            if detail.get("case") != "元":
                continue
            num = detail.get("num")
            low = num[0] if isinstance(num, list) else num  # a blurred amount (5000余万元) is a range: its low end
            start, end = item["offset"]
            out.append(Found(start, end, Value(dec(low))))
        return out

    return extract


def recognizers(module: Any, kind: str) -> Extractor:
    recognize = getattr(module, f"recognize_{kind}")
    culture = module.Culture.Chinese

    def extract(text: str) -> list[Found]:
        out = []
        for r in recognize(text, culture):
            resolution = r.resolution or {}
            if kind == "currency" and resolution.get("unit") != "Chinese yuan":
                continue
            value = str(resolution.get("value", "")).rstrip("%")
            out.append(Found(r.start, r.end + 1, Value(dec(value))))  # Recognizers-Text ends are inclusive
        return out

    return extract


# -- 1. policy documents -------------------------------------------------------------------------------------------


def score_documents(
    scorer: ModuleType, eval_dir: Path, corpus: Path, key: str, extract: Extractor, *, with_bound: bool
) -> tuple[float, float, float]:
    def same(v: Value, g: dict[str, Any]) -> bool:
        ok = v.value is not None and v.value == dec(g["value"])
        return ok and (not with_bound or v.bound == g["bound"])

    total = scorer.Tally()
    for gold_file in sorted((eval_dir / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        path = next(corpus.rglob(gold["file"]))
        text = path.read_text(encoding="utf-8")
        total.add(scorer.score_spans(text, gold.get(key, []), extract(text), same))
    p, r, f = total.prf()
    return p, r, f


def documents_table(scorer: ModuleType, eval_dir: Path, corpus: Path, peers: dict[str, Any]) -> list[str]:
    tools: dict[str, dict[str, Extractor | None]] = {
        "zhpolicy": {"money": zhpolicy_money, "percentages": zhpolicy_percentages},
        "JioNLP": {"money": jionlp_money(peers["jionlp"]) if peers["jionlp"] else None, "percentages": None},
        "Recognizers-Text": {
            "money": recognizers(peers["recognizers_suite"], "currency") if peers["recognizers_suite"] else None,
            "percentages": recognizers(peers["recognizers_suite"], "percentage")
            if peers["recognizers_suite"]
            else None,
        },
        "cn2an": {"money": None, "percentages": None},
    }
    installed = {
        "zhpolicy": True,
        "JioNLP": bool(peers["jionlp"]),
        "Recognizers-Text": bool(peers["recognizers_suite"]),
    }
    installed["cn2an"] = bool(peers["cn2an"])
    lines = [
        "| tool | money P / R / F1 | percentages P / R / F1 | with comparators (money / %) F1 |",
        "|---|---|---|---|",
    ]
    for tool, kinds in tools.items():
        cells = []
        for key in ("money", "percentages"):
            extract = kinds[key]
            if not installed[tool]:
                cells.append("not installed")
            elif extract is None:
                cells.append("— (no extractor)")
            else:
                p, r, f = score_documents(scorer, eval_dir, corpus, key, extract, with_bound=False)
                cells.append(f"{p:.3f} / {r:.3f} / **{f:.3f}**")
        if tool == "zhpolicy":
            bound = [
                score_documents(scorer, eval_dir, corpus, key, kinds[key], with_bound=True)[2]  # type: ignore[arg-type]
                for key in ("money", "percentages")
            ]
            cells.append(f"{bound[0]:.3f} / {bound[1]:.3f}")
        else:
            cells.append("— (not read)")
        lines.append(f"| {tool} | " + " | ".join(cells) + " |")
    return lines


# -- 2. numerals ---------------------------------------------------------------------------------------------------


def numeral_cases(suites: Path) -> list[tuple[str, Decimal]]:
    cases = json.loads((suites / "recognizers-text" / "Number-NumberModel.json").read_text(encoding="utf-8"))
    out = []
    for case in cases:
        results = case.get("Results", [])
        if len(results) == 1 and results[0]["Text"] == case["Input"].strip():
            value = dec(results[0]["Resolution"]["value"])
            if value is not None:
                out.append((case["Input"], value))
    return out


def numerals_table(suites: Path, peers: dict[str, Any]) -> list[str]:
    cases = numeral_cases(suites)

    def zh(s: str) -> object:
        return parse_decimal(s)

    readers: dict[str, Callable[[str], object] | None] = {"zhpolicy (numerals.parse_decimal)": zh}
    cn2an = peers["cn2an"]
    readers["cn2an (cn2an.cn2an, smart)"] = (lambda s: cn2an.cn2an(s, "smart")) if cn2an else None
    rt = peers["recognizers_suite"]
    if rt:

        def rt_number(s: str) -> object:
            found = rt.recognize_number(s, rt.Culture.Chinese)
            return found[0].resolution["value"] if len(found) == 1 else None

        readers["Recognizers-Text (recognize_number)"] = rt_number
    else:
        readers["Recognizers-Text (recognize_number)"] = None
    lines = [f"{len(cases)} cases.", "", "| tool | correct | refused or wrong |", "|---|---|---|"]
    for name, read in readers.items():
        if read is None:
            lines.append(f"| {name} | not installed | |")
            continue
        right = 0
        for text, want in cases:
            try:
                got = read(text)
            except Exception:  # a refusal: zhpolicy raises ParseError, cn2an ValueError
                continue
            right += dec(got) == want
        lines.append(f"| {name} | {right} ({right / len(cases):.1%}) | {len(cases) - right} |")
    return lines


# -- 3. time -------------------------------------------------------------------------------------------------------


def timing_table(corpus: Path, peers: dict[str, Any]) -> list[str]:
    docs = [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))]
    runs: dict[str, Callable[[str], object] | None] = {
        "zhpolicy (Money.find + Percentage.find)": lambda d: (zhpolicy_money(d), zhpolicy_percentages(d)),
    }
    jio, rt = peers["jionlp"], peers["recognizers_suite"]
    runs["JioNLP (ner.extract_money)"] = jionlp_money(jio) if jio else None
    if rt:
        currency, percentage = recognizers(rt, "currency"), recognizers(rt, "percentage")
        runs["Recognizers-Text (currency + percentage)"] = lambda d: (currency(d), percentage(d))
    else:
        runs["Recognizers-Text (currency + percentage)"] = None
    lines = [f"{len(docs)} documents, {sum(map(len, docs))} characters.", "", "| tool | ms per document |", "|---|---|"]
    for name, run in runs.items():
        if run is None:
            lines.append(f"| {name} | not installed |")
            continue
        for d in docs:  # warm caches and lazy tables once
            run(d)
        best = min(_timed(run, docs) for _ in range(3))
        lines.append(f"| {name} | {best * 1000 / len(docs):.1f} |")
    return lines


def _timed(run: Callable[[str], object], docs: list[str]) -> float:
    t0 = time.perf_counter()
    for d in docs:
        run(d)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval", type=Path, default=SHARED / "eval")
    ap.add_argument("--suites", type=Path, default=SHARED / "suites")
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    args = ap.parse_args()
    peers = {name: _quiet_import(name) for name in ("jionlp", "recognizers_suite", "cn2an")}
    versions = {"zhpolicy": zhpolicy.__version__}
    for dist in ("jionlp", "recognizers-text-suite", "cn2an"):
        with contextlib.suppress(Exception):
            versions[dist] = importlib.metadata.version(dist)
    print("Versions: " + ", ".join(f"{k} {v}" for k, v in versions.items()) + "\n")
    scorer = load_scorer(args.eval)
    print("### Money and percentages in policy documents\n")
    print("\n".join(documents_table(scorer, args.eval, args.corpus, peers)) + "\n")
    print("### Numerals (Recognizers-Text Number-NumberModel, whole-input cases)\n")
    print("\n".join(numerals_table(args.suites, peers)) + "\n")
    print("### Time\n")
    print("\n".join(timing_table(args.corpus, peers)))


if __name__ == "__main__":
    import importlib.metadata

    main()
