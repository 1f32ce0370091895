"""Many files, all cores: the engine behind ``zhpolicy batch``.

One JSON line per input file is appended to the output, as soon as that file is done::

    {"path": "docs/a.txt", "ok": true, "document": {...}}
    {"path": "docs/b.doc", "ok": false, "error": "docs/b.doc: expected a .txt, .html or .docx file (…)"}

* **Resumable** — files already in the output are skipped, so an interrupted run continues where it stopped. A line
  cut short (the process was killed mid-write) is removed before the run appends.
* **Failure isolation** — a file that cannot be read or parsed gets an ``"ok": false`` line; the run goes on.
* **Whole lines only** — each line is written with one call and flushed; on an interrupt the run stops between
  lines; on a write error (disk full) the output is cut back to its last whole line.

:func:`parse_file` is the unit of work: a plain function of a path returning a JSON-ready dict, picklable, so the
same job runs on any engine that maps a function over paths (``docs/batch.md`` shows Dask).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from pathlib import Path
from typing import TextIO

import attrs

from .document import parse_document
from .errors import ParseError
from .io import load
from .match import JSON

__all__ = ["INPUT_SUFFIXES", "BatchReport", "expand_inputs", "parse_file", "run_batch"]

INPUT_SUFFIXES = frozenset((".txt", ".text", ".html", ".htm", ".shtml", ".xhtml", ".docx"))


@attrs.frozen
class BatchReport:
    """What a run did: files parsed, failed, skipped as already done, and whether it was interrupted."""

    parsed: int = 0
    failed: int = 0
    skipped: int = 0
    interrupted: bool = False


def parse_file(path: str | os.PathLike[str]) -> dict[str, JSON]:
    """Load and parse one file; never raises for a bad file (the error becomes the record)."""
    name = os.fspath(path)
    try:
        document = parse_document(load(name))
    except ParseError as exc:
        return {"path": name, "ok": False, "error": str(exc)}
    except Exception as exc:  # a bug in zhpolicy must not stop a corpus run; the record names it
        return {"path": name, "ok": False, "error": f"internal error: {type(exc).__name__}: {exc}"}
    return {"path": name, "ok": True, "document": document.to_dict()}


def expand_inputs(specs: Iterable[str]) -> list[Path]:
    """Files named by ``specs``: a file, a directory (searched recursively for known suffixes) or a glob."""
    found: dict[str, Path] = {}
    for spec in specs:
        path = Path(spec)
        if path.is_dir():
            candidates: Iterable[Path] = (p for p in path.rglob("*") if p.suffix.lower() in INPUT_SUFFIXES)
        elif path.exists():
            candidates = [path]
        else:
            anchor = Path(path.anchor) if path.is_absolute() else Path()
            pattern = str(path.relative_to(anchor)) if path.is_absolute() else spec
            candidates = (p for p in anchor.glob(pattern) if p.is_file())
        for p in candidates:
            if p.is_file():
                found.setdefault(str(p), p)
    return [found[k] for k in sorted(found)]


def done_paths(out: Path) -> set[str]:
    """Paths already recorded in ``out``; a trailing partial line is cut off first."""
    if not out.is_file():  # a new output, or a device such as /dev/null
        return set()
    data = out.read_bytes()
    whole = data[: data.rfind(b"\n") + 1]
    if len(whole) != len(data):
        with out.open("r+b") as fh:
            fh.truncate(len(whole))
    done = set()
    for line in whole.splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict) and isinstance(record.get("path"), str):
            done.add(record["path"])
    return done


def run_batch(
    inputs: Iterable[Path],
    out: Path,
    *,
    jobs: int | None = None,
    progress: TextIO | None = None,
    work: Callable[[str], dict[str, JSON]] = parse_file,
) -> BatchReport:
    """Parse ``inputs`` into ``out`` (JSON lines), skipping files already there. ``jobs=1`` stays in-process."""
    already = done_paths(out)
    todo = [str(p) for p in inputs if str(p) not in already]
    skipped = len(already.intersection(str(p) for p in inputs))
    parsed = failed = 0
    total = len(todo)
    jobs = max(1, jobs if jobs is not None else (os.cpu_count() or 1))
    with out.open("a", encoding="utf-8") as fh:
        good = fh.tell()
        try:
            for record in _results(todo, jobs, work):
                line = json.dumps(record, ensure_ascii=False) + "\n"
                try:
                    fh.write(line)
                    fh.flush()
                except OSError:
                    _cut_back(fh, good)
                    raise
                good = fh.tell()
                if record.get("ok"):
                    parsed += 1
                else:
                    failed += 1
                if progress is not None:
                    _draw(progress, parsed + failed, total, failed)
        except KeyboardInterrupt:
            if progress is not None:
                progress.write("\n")
            return BatchReport(parsed, failed, skipped, interrupted=True)
    if progress is not None and total:
        progress.write("\n")
    return BatchReport(parsed, failed, skipped)


def _results(paths: list[str], jobs: int, work: Callable[[str], dict[str, JSON]]) -> Iterator[dict[str, JSON]]:
    if jobs == 1 or len(paths) <= 1:
        for path in paths:
            yield work(path)
        return
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_sigint)
    pending: set[Future[dict[str, JSON]]] = set()
    queue = iter(paths)
    try:
        for path in queue:  # keep a bounded number of files in flight
            pending.add(pool.submit(work, path))
            if len(pending) >= jobs * 4:
                break
        while pending:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                yield future.result()
                following = next(queue, None)
                if following is not None:
                    pending.add(pool.submit(work, following))
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _ignore_sigint() -> None:
    # Workers leave Ctrl-C to the parent, which stops between whole lines.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _cut_back(fh: TextIO, good: int) -> None:
    with contextlib.suppress(OSError):  # the write error itself is what the caller reports
        fh.truncate(good)


def _draw(stream: TextIO, done: int, total: int, failed: int) -> None:
    width = 30
    filled = width * done // total if total else width
    bar = "#" * filled + "-" * (width - filled)
    stream.write(f"\rzhpolicy batch [{bar}] {done}/{total} files, {failed} failed")
    stream.flush()


def progress_stream() -> TextIO | None:
    """Standard error when it is a terminal, else nothing (quiet when piped or in CI logs)."""
    return sys.stderr if sys.stderr.isatty() else None
