"""Many files, all cores: the engine behind ``zhpolicy batch``.

One JSON line per input file is appended to the output, as soon as that file is done::

    {"path": "docs/a.txt", "ok": true, "document": {...}}
    {"path": "docs/b.doc", "ok": false, "error": "docs/b.doc: expected a .txt, .html or .docx file (…)"}

* **Resumable** — files already in the output are skipped, so an interrupted run continues where it stopped. A line
  cut short (the process was killed mid-write) is removed before the run appends.
* **Failure isolation** — a file that cannot be read or parsed gets an ``"ok": false`` line; the run goes on.
* **Whole lines only** — each line is written unbuffered, whole or not at all; on an interrupt the run stops between
  lines; on a write error (disk full) the output is cut back to its last whole line.
* **A worker killed** (out of memory) — the files it had in flight are read again one at a time; the one that kills
  its reader gets an ``"ok": false`` line and the run goes on.

:func:`parse_file` is the unit of work: a plain function of a path returning a JSON-ready dict, picklable, so the
same job runs on any engine that maps a function over paths (``docs/batch.md`` shows Dask).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from io import FileIO
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
    # Unbuffered bytes: a line is on disk whole or not at all; nothing waits in a buffer to be flushed (half of
    # it, after a write error) when the file is closed.
    with out.open("ab", buffering=0) as fh:
        good = fh.seek(0, os.SEEK_END)
        try:
            for record in _results(todo, jobs, work):
                line = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
                try:
                    good = _append(fh, line, good)
                except OSError as exc:
                    raise OSError(exc.errno, exc.strerror, str(out)) from exc
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
    queue = deque(paths)
    while queue:
        yield from _pooled(queue, jobs, work)


def _pooled(queue: deque[str], jobs: int, work: Callable[[str], dict[str, JSON]]) -> Iterator[dict[str, JSON]]:
    """Work through ``queue`` on a pool until it is empty or a worker process dies."""
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_sigint)
    in_flight: dict[Future[dict[str, JSON]], str] = {}
    try:
        while True:
            try:
                while queue and len(in_flight) < jobs * 4:  # a bounded number of files in flight
                    in_flight[pool.submit(work, queue[0])] = queue[0]
                    queue.popleft()
            except BrokenProcessPool:
                break
            if not in_flight:
                return
            finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            records = [(future, _result(future)) for future in finished]
            for future, record in records:
                if record is not None:
                    del in_flight[future]
                    yield record
            if any(record is None for _, record in records):
                break
        # A worker died (killed, out of memory) and took the pool with it. Which file did it is unknown: each
        # file that was in flight is read again alone; the caller goes on with a fresh pool.
        suspects = list(in_flight.values())
        in_flight.clear()
        for suspect in suspects:
            yield _alone(suspect, work)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _result(future: Future[dict[str, JSON]]) -> dict[str, JSON] | None:
    try:
        return future.result()
    except BrokenProcessPool:
        return None


def _alone(path: str, work: Callable[[str], dict[str, JSON]]) -> dict[str, JSON]:
    with ProcessPoolExecutor(max_workers=1, initializer=_ignore_sigint) as pool:
        try:
            return pool.submit(work, path).result()
        except BrokenProcessPool:
            return {"path": path, "ok": False, "error": "internal error: the process reading it died (out of memory?)"}


def _ignore_sigint() -> None:
    # Workers leave Ctrl-C to the parent, which stops between whole lines.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _append(fh: FileIO, line: bytes, good: int) -> int:
    """Append ``line`` whole, or cut the file back to ``good`` (its size after the last whole line) and re-raise."""
    try:
        view = memoryview(line)
        while view:  # a raw write may write part of what it is given
            view = view[fh.write(view) or 0 :]
    except BaseException:  # a write error, or Ctrl-C between two parts of the line
        with contextlib.suppress(OSError):  # the error itself is what the caller reports
            fh.truncate(good)
        raise
    return good + len(line)


def _draw(stream: TextIO, done: int, total: int, failed: int) -> None:
    width = 30
    filled = width * done // total if total else width
    bar = "#" * filled + "-" * (width - filled)
    stream.write(f"\rzhpolicy batch [{bar}] {done}/{total} files, {failed} failed")
    stream.flush()


def progress_stream() -> TextIO | None:
    """Standard error when it is a terminal, else nothing (quiet when piped or in CI logs)."""
    return sys.stderr if sys.stderr.isatty() else None
