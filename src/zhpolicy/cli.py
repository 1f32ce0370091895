"""The ``zhpolicy`` command: argument parsing and output formats over the public API, nothing more.

    zhpolicy find FILE [--json] [--kind KIND …]     every value found, one per line (or a JSON list)
    zhpolicy parse FILE [--json]                     the document
    zhpolicy batch INPUT… --out FILE [--jobs N]      many files → JSON lines, resumable

``FILE`` may be ``-`` for standard input. Bad input (a missing file, a directory, undecodable bytes) prints one line
``zhpolicy: error: …`` and exits with status 1; usage errors exit with status 2; an interrupt exits with 130.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from . import __version__, batch
from .document import parse_document
from .errors import ParseError
from .io import extract, load
from .match import JSON, Match
from .scan import find, kinds

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
    matches: list[Match[Any]] = find(_read(args.file), kinds=args.kind)
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
