"""The ``zhpolicy`` command: argument parsing and output formats over the public API, nothing more.

    zhpolicy find FILE [--json] [--kind KIND …]     every value found, one per line (or a JSON list)
    zhpolicy parse FILE [--json]                     the document: a readable summary, or all of it as JSON
    zhpolicy tasks FILE [--csv | --json]             the task table (任务分工表) of a work plan
    zhpolicy batch INPUT… --out FILE [--jobs N]      many files → JSON lines, resumable

``FILE`` may be ``-`` for standard input. Bad input (a missing file, a directory, undecodable bytes) prints one line
``zhpolicy: error: …`` and exits with status 1; usage errors exit with status 2; an interrupt exits with 130.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from . import __version__, batch
from .document import parse_document
from .errors import ParseError
from .io import extract, load
from .match import JSON, Match, Value
from .scan import find, kinds
from .tasks import ROW_FIELDS, Task, tasks_json

__all__ = ["main"]

EXIT_OK, EXIT_INPUT, EXIT_INTERRUPTED = 0, 1, 130


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (the console script passes it to ``sys.exit``)."""
    args = _parser().parse_args(argv)
    try:
        status: int = args.run(args, sys.stdout)
    except ParseError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail("interrupted", EXIT_INTERRUPTED)
    except BrokenPipeError:  # `zhpolicy find … | head` closes the pipe early: not an error
        sys.stderr.close()
        return EXIT_OK
    except OSError as exc:  # writing the output failed (disk full, permission denied)
        return _fail(f"{exc.filename or 'output'}: {exc.strerror or exc}")
    return status


def _fail(message: str, status: int = EXIT_INPUT) -> int:
    print(f"zhpolicy: error: {message}", file=sys.stderr)
    return status


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="zhpolicy", description="Typed values from Chinese government documents.")
    parser.add_argument("--version", action="version", version=f"zhpolicy {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p_find = commands.add_parser("find", help="list every value found (kind, span, canonical value)")
    p_find.add_argument("file", metavar="FILE", help="a .txt, .html or .docx file, or - for standard input")
    p_find.add_argument("--json", action="store_true", help="print a JSON list of matches")
    p_find.add_argument(
        "--kind",
        action="append",
        choices=kinds(),
        metavar="KIND",
        help=f"only this kind (repeatable): {', '.join(kinds())}",
    )
    p_find.set_defaults(run=_run_find)

    p_parse = commands.add_parser("parse", help="parse the whole document")
    p_parse.add_argument("file", metavar="FILE", help="a .txt, .html or .docx file, or - for standard input")
    p_parse.add_argument("--json", action="store_true", help="print the document as JSON")
    p_parse.set_defaults(run=_run_parse)

    p_tasks = commands.add_parser("tasks", help="the task table: who leads, who supports, deadlines, targets")
    p_tasks.add_argument("file", metavar="FILE", help="a .txt, .html or .docx file, or - for standard input")
    output = p_tasks.add_mutually_exclusive_group()
    output.add_argument("--csv", action="store_true", help="print the table as CSV (with a header row)")
    output.add_argument("--json", action="store_true", help="print the tasks as a JSON list")
    p_tasks.set_defaults(run=_run_tasks)

    p_batch = commands.add_parser("batch", help="parse many files into JSON lines (resumable, all cores)")
    p_batch.add_argument("inputs", nargs="+", metavar="INPUT", help="files, directories or glob patterns")
    p_batch.add_argument("--out", required=True, type=Path, help="the JSON-lines file to append to")
    p_batch.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    p_batch.set_defaults(run=_run_batch)
    return parser


def _read(path: str) -> str:
    if path == "-":
        return extract(sys.stdin.buffer.read(), name="<stdin>")
    return load(path)


def _run_find(args: argparse.Namespace, out: TextIO) -> int:
    matches: list[Match[Value]] = find(_read(args.file), kinds=args.kind)
    if args.json:
        _dump([m.to_dict() for m in matches], out)
        return EXIT_OK
    for m in matches:
        out.write(f"{m.kind}\t{m.start}-{m.end}\t{m.value}\t{_one_line(m.text)}\n")
    return EXIT_OK


def _run_parse(args: argparse.Namespace, out: TextIO) -> int:
    document = parse_document(_read(args.file))
    if args.json:
        _dump(document.to_dict(), out)
    else:
        out.write(document.summary())
    return EXIT_OK


def _run_tasks(args: argparse.Namespace, out: TextIO) -> int:
    tasks = parse_document(_read(args.file)).tasks
    if args.json:
        _dump(tasks_json(tasks), out)
    elif args.csv:
        writer = csv.DictWriter(out, fieldnames=ROW_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(task.to_row() for task in tasks)
    else:
        for task in tasks:
            out.write(_task_line(task) + "\n")
    if not tasks:
        print("zhpolicy tasks: no outline item carries a responsibility clause", file=sys.stderr)
    return EXIT_OK


def _task_line(task: Task) -> str:
    """number, title, who (牵头 → 配合, or the units when the lead order is unknown), deadlines, targets."""
    row = task.to_row()
    if task.responsibility.lead_order_known:
        who = row["leads"] + (" → " + row["partners"] if row["partners"] else "")
    else:
        who = "lead unknown: " + row["units"]
    if task.inherited:
        who += " (from above)"
    return "\t".join([row["number"], _one_line(row["title"]), who, row["deadlines"], row["targets"]])


def _run_batch(args: argparse.Namespace, out: TextIO) -> int:
    inputs = batch.expand_inputs(args.inputs)
    if not inputs:
        return _fail(f"no input files found in {' '.join(args.inputs)}")
    report = batch.run_batch(inputs, args.out, jobs=args.jobs, progress=batch.progress_stream())
    print(
        f"zhpolicy batch: {report.parsed} parsed, {report.failed} failed, {report.skipped} already done → {args.out}",
        file=sys.stderr,
    )
    if report.interrupted:
        return _fail("interrupted; run the same command again to resume", EXIT_INTERRUPTED)
    return EXIT_INPUT if report.failed else EXIT_OK


def _dump(data: JSON, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=1)
    out.write("\n")


def _one_line(s: str) -> str:
    return " ".join(s.split())
