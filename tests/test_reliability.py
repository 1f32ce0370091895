"""Files and the command line under hostile input and faults: each test guards one promise of docs/reliability.md.

Every test named after a bug guards that bug: it failed before the fix it names.
"""

from __future__ import annotations

import io
import json
import os
import signal
import struct
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

import zhpolicy
from zhpolicy import ParseError, load
from zhpolicy.cli import main
from zhpolicy.io import extract

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NOTICE = (
    "青川市卫生健康委员会关于做好{}年医改工作的通知\n各县（市、区）卫生健康局：\n"
    "（一）加强领导。（责任单位：▲市卫生健康委）\n"
)


def make_docx(document_xml: bytes, extra: dict[str, bytes] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", document_xml)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


def body(inner: str) -> str:
    return f"<w:document {W}><w:body>{inner}</w:body></w:document>"


# --- .docx -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig"])
@pytest.mark.parametrize(
    "dtd",
    [
        '<!DOCTYPE x [<!ENTITY a "医医医医医医医医医医"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',  # laughs
        '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/hostname">]>',  # an external entity
        '<!DOCTYPE x SYSTEM "http://example.invalid/x.dtd">',  # an external DTD
    ],
    ids=["entity-expansion", "external-entity", "external-dtd"],
)
def test_docx_dtd_is_refused_in_every_encoding(encoding: str, dtd: str) -> None:
    # guards a bypass: the DTD check searched the bytes for "<!DOCTYPE", which UTF-16 XML does not contain
    declared = "UTF-16" if encoding.startswith("utf-16") else "UTF-8"
    xml = f'<?xml version="1.0" encoding="{declared}"?>{dtd}' + body("<w:p><w:r><w:t>&b;</w:t></w:r></w:p>")
    with pytest.raises(ParseError, match="without a DTD"):
        extract(make_docx(xml.encode(encoding)), name="x.docx")


def test_docx_deeply_nested_content_controls_are_read() -> None:
    # guards a RecursionError (not a ParseError): content controls were read by recursion, 10 000 deep in a
    # hostile file
    depth = 10_000
    xml = body(
        "<w:sdt><w:sdtContent>" * depth + "<w:p><w:r><w:t>正文</w:t></w:r></w:p>" + "</w:sdtContent></w:sdt>" * depth
    )
    assert extract(make_docx(xml.encode()), name="deep.docx") == "正文\n"


def test_docx_entry_that_lies_about_its_size_is_not_inflated() -> None:
    # a bomb whose directory claims a small size: zipfile stops at the claimed size and the CRC check refuses it
    data = bytearray(make_docx(body("<w:p><w:r><w:t>" + "医" * 200_000 + "</w:t></w:r></w:p>").encode()))
    central = data.rindex(b"PK\x01\x02")
    struct.pack_into("<I", data, central + 24, 100)  # uncompressed size in the central directory
    with pytest.raises(ParseError, match=r"readable \.docx|well-formed"):
        extract(bytes(data), name="liar.docx")


def test_docx_bomb_is_refused_from_the_directory_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # the caps are read from the zip directory: nothing is inflated before the refusal
    calls: list[str] = []
    real_read = zipfile.ZipFile.read

    def spy(self: zipfile.ZipFile, name: str | zipfile.ZipInfo, pwd: bytes | None = None) -> bytes:
        calls.append(str(name))
        return real_read(self, name, pwd)

    monkeypatch.setattr(zipfile.ZipFile, "read", spy)
    bomb = make_docx(body("").encode(), {f"word/media/zero{i}.bin": b"\0" * 3_000_000 for i in range(100)})
    assert len(bomb) < 1_000_000  # 300 MB uncompressed
    with pytest.raises(ParseError, match="decompression bomb"):
        extract(bomb, name="bomb.docx")
    assert calls == []


# --- HTML ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("motif", ["<a b='", "<a\n", "<!--", "<![CDATA[", "</a ", "<?", '<p title="x>'])
def test_unfinished_html_tags_do_not_rescan_the_page(motif: str) -> None:
    # guards a quadratic pass: the standard library's html.parser rescans the rest of the page from every
    # unfinished tag (100 KB of "<a b='" took minutes); the tokenizer now reads each character a bounded number of
    # times, so this is a few milliseconds
    page = "<p>正文</p>" + motif * (100_000 // len(motif))
    assert extract(page.encode(), suffix=".html") == "正文\n"


def test_html_text_around_and_inside_odd_markup() -> None:
    page = (
        "<p>a < b &amp; c</p><p title='1>2'>引号里的 &gt;</p><script>if (a<b) {'</p>'}</script>"
        "<TITLE>标题 <b>粗</b></TITLE><pre>  一、\n  二、</pre><!-- 注释 --><br/>末行"
    )
    assert extract(page.encode(), suffix=".html") == "a < b & c\n引号里的 >\n标题 <b>粗</b>\n一、\n二、\n末行\n"


@pytest.mark.parametrize("page", ["<!-- <p>隐藏</p>", "a<!-- <p>隐藏</p>", "<?php 隐藏", "<p title=x 隐藏"])
def test_markup_that_never_closes_takes_the_rest_of_the_page(page: str) -> None:
    # as in a browser, wherever it starts (the first position too)
    assert "隐藏" not in extract(page.encode(), suffix=".html")


def test_an_unclosed_quote_in_a_tag_is_text() -> None:
    # where a browser would hide the rest of the page, the tag ends at its ">": text is kept, not lost
    assert extract("<p title='x>可见</p>".encode(), suffix=".html") == "可见\n"


def test_html_never_fetches_scripts_images_or_entities(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket
    import urllib.request

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("zhpolicy tried to reach the network")

    for module, name in [(socket, "socket"), (socket, "create_connection"), (urllib.request, "urlopen")]:
        monkeypatch.setattr(module, name, refuse)
    page = (
        '<!DOCTYPE html SYSTEM "http://example.invalid/x.dtd"><html><head><script src="http://example.invalid/a.js">'
        '</script><link rel=stylesheet href="http://example.invalid/s.css"></head><body>'
        '<img src="http://example.invalid/a.png"><p>正文</p><iframe src="http://example.invalid/"></iframe>'
        '<object data="http://example.invalid/o"></object></body></html>'
    )
    assert extract(page.encode(), suffix=".html") == "正文\n"


# --- size caps -------------------------------------------------------------------------------------------------


def test_oversized_input_is_refused_with_the_cap_named(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes("医".encode() * 1000)
    with pytest.raises(ParseError) as info:
        load(path, max_bytes=1000)
    assert str(info.value) == f"{path}: expected a file of at most 1000 bytes (it has 3000)"
    with pytest.raises(ParseError, match="at most 1000 bytes"):
        extract("医".encode() * 1000, name="<stdin>", max_bytes=1000)
    assert extract("医".encode() * 1000, name="<stdin>", max_bytes=3000) == "医" * 1000


# --- the command line under faults -----------------------------------------------------------------------------


def run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_a_file_that_fails_while_read_is_one_line_and_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    # a read that fails with EIO, also for root: /proc/self/mem cannot be read from offset 0
    if not Path("/proc/self/mem").exists():
        pytest.skip("needs /proc")
    code, out, err = run_cli(["find", "/proc/self/mem"], capsys)
    assert (code, out) == (1, "")
    assert err.startswith("zhpolicy: error: /proc/self/mem: expected a readable file")
    assert err.count("\n") == 1


def test_batch_out_is_a_directory_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(NOTICE.format(2021), encoding="utf-8")
    code, _, err = run_cli(["batch", str(tmp_path / "a.txt"), "--out", str(tmp_path), "--jobs", "1"], capsys)
    assert code == 1
    assert err.startswith("zhpolicy: error: ") and "Is a directory" in err and err.count("\n") == 1


def corpus(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"doc{i:03}.txt").write_text(NOTICE.format(1900 + i) * 40, encoding="utf-8")
    return folder


def whole_records(out: Path) -> list[dict[str, object]]:
    data = out.read_bytes()
    assert not data or data.endswith(b"\n"), "a partial line was left behind"
    return [json.loads(line) for line in data.splitlines()]


def batch_command(inputs: Path, out: Path, jobs: int) -> list[str]:
    return [sys.executable, "-m", "zhpolicy", "batch", str(inputs), "--out", str(out), "--jobs", str(jobs)]


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_FSIZE and SIGXFSZ as on Linux")
def test_batch_write_error_leaves_no_partial_line(tmp_path: Path) -> None:
    # guards a partial JSON line: after a failed write, the buffered rest of the line was flushed on close, and
    # truncate() itself flushed first; writes are now unbuffered, whole line or cut back. The fault is a file-size
    # limit (what a full disk looks like to a writer), set in the child process only.
    import resource

    inputs = corpus(tmp_path / "in", 12)
    out = tmp_path / "out.jsonl"

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (300_000, 300_000))

    command = batch_command(inputs, out, 1)
    failed = subprocess.run(command, preexec_fn=limit, capture_output=True, text=True, check=False)
    assert failed.returncode == 1
    assert failed.stderr.startswith(f"zhpolicy: error: {out}: File too large")
    assert failed.stderr.count("\n") == 1
    first = whole_records(out)
    assert 0 < len(first) < 12
    resumed = subprocess.run(batch_command(inputs, out, 2), capture_output=True, text=True, check=False)
    assert resumed.returncode == 0, resumed.stderr
    records = whole_records(out)
    assert sorted(r["path"] for r in records) == sorted(str(p) for p in inputs.iterdir())  # type: ignore[type-var]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process")
@pytest.mark.parametrize("jobs", [1, 2])
def test_sigint_during_batch_stops_between_lines_and_resumes(tmp_path: Path, jobs: int) -> None:
    inputs = corpus(tmp_path / "in", 150)
    out = tmp_path / "out.jsonl"
    child = subprocess.Popen(batch_command(inputs, out, jobs), stderr=subprocess.PIPE, text=True)
    while child.poll() is None and (not out.exists() or out.read_bytes().count(b"\n") < 2):
        time.sleep(0.01)
    child.send_signal(signal.SIGINT)
    _, err = child.communicate(timeout=120)
    if child.returncode == 0:  # the machine was fast enough to finish first: nothing to interrupt
        pytest.skip("the batch ended before the interrupt")
    assert child.returncode == 130, err
    assert err.rstrip("\n").endswith("zhpolicy: error: interrupted; run the same command again to resume")
    assert "Traceback" not in err
    done = whole_records(out)
    assert len(done) < 150
    resumed = subprocess.run(batch_command(inputs, out, jobs), capture_output=True, text=True, check=False)
    assert resumed.returncode == 0, resumed.stderr
    assert f"{len(done)} already done" in resumed.stderr
    paths = [r["path"] for r in whole_records(out)]
    assert sorted(paths) == sorted(str(p) for p in inputs.iterdir())  # type: ignore[type-var]


def test_disk_full_on_every_output_command(tmp_path: Path) -> None:
    # find, parse and tasks write to standard output: redirected to /dev/full, a one-line error and exit 1
    if not Path("/dev/full").exists():
        pytest.skip("needs /dev/full")
    source = tmp_path / "plan.txt"
    source.write_text(NOTICE.format(2022) * 200, encoding="utf-8")
    for command in (["find"], ["parse", "--json"], ["tasks", "--json"]):
        with open("/dev/full", "w") as full:
            done = subprocess.run(
                [sys.executable, "-m", "zhpolicy", *command, str(source)],
                stdout=full,
                stderr=subprocess.PIPE,
                check=False,
                text=True,
            )
        assert done.returncode == 1, (command, done.stderr)
        assert done.stderr.startswith("zhpolicy: error: ") and "No space left on device" in done.stderr, done.stderr
        assert "Traceback" not in done.stderr


def work_that_kills_its_process(path: str) -> dict[str, object]:
    # what the out-of-memory killer does to a worker reading a monstrous file
    if "monster" in path:
        os.kill(os.getpid(), signal.SIGKILL)
    return {"path": path, "ok": True}


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_batch_survives_a_worker_killed_mid_file(tmp_path: Path) -> None:
    # guards an uncaught BrokenProcessPool (a traceback, the rest of the run lost) when the OS kills a worker:
    # the files in flight are read again one by one, the killer gets an "ok": false line, the run goes on
    from zhpolicy import batch

    paths = [tmp_path / f"doc{i:02}.txt" for i in range(20)]
    paths.insert(7, tmp_path / "monster.txt")
    out = tmp_path / "out.jsonl"
    report = batch.run_batch(paths, out, jobs=2, work=work_that_kills_its_process)  # type: ignore[arg-type]
    assert (report.parsed, report.failed, report.interrupted) == (20, 1, False)
    records = {str(r["path"]): r for r in whole_records(out)}
    assert sorted(records) == sorted(map(str, paths))
    assert records[str(tmp_path / "monster.txt")]["error"] == (
        "internal error: the process reading it died (out of memory?)"
    )


# --- the published strategies ----------------------------------------------------------------------------------


def _fresh_python(*lines: str) -> str:
    """What a fresh interpreter running ``lines`` prints (it must succeed)."""
    done = subprocess.run([sys.executable, "-c", "\n".join(lines)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_strategies_without_hypothesis_is_a_clear_import_error() -> None:
    out = _fresh_python(
        "import sys; sys.modules['hypothesis'] = None",
        "import zhpolicy",
        "assert 'hypothesis' not in [m for m in sys.modules if sys.modules[m] is not None]",
        "try:\n    import zhpolicy.strategies.hostile\nexcept ImportError as e:\n    print(e)",
    )
    assert out.startswith('zhpolicy.strategies needs hypothesis: pip install "zhpolicy[strategies]"')


def test_import_leaves_what_only_some_inputs_need_for_their_first_use() -> None:
    # zipfile and xml (for .docx), importlib.resources (OpenCC's tables, for traditional text) and pathlib cost a
    # fifth of `import zhpolicy` together, html and the HTML reader's patterns 3 ms: they are imported where first
    # needed
    out = _fresh_python(
        "import sys, zhpolicy",
        "deferred = {'zipfile', 'xml', 'importlib.resources', 'pathlib', 'html', 'zhpolicy._html', 'zhpolicy._docx'}",
        "print(' '.join(sorted(deferred & set(sys.modules))))",
        "zhpolicy.normalize('這個')",
        "print('importlib.resources' in sys.modules)",
    )
    assert out.splitlines() == ["", "True"]


# Cached pattern factories of the scans (module, function), compiled by a first scan: a seventh of the import
# (tasks._marker is a fallback, for a section whose marker the outline did not give).
LAZY_PATTERNS = [
    ("dates", "_core_passes"),
    ("dates", "_needs"),
    ("dates", "_anchor_characters"),
    ("dates", "_patterns"),
    ("quantities", "_core_starts"),
    ("tasks", "_marker"),
]


def test_import_compiles_no_pattern_of_the_scans() -> None:
    compiled = (
        "print(' '.join(f'{m}.{n}' for m, n in LAZY if getattr(importlib.import_module(f'zhpolicy.{m}'), n)"
        ".cache_info().currsize))"
    )
    out = _fresh_python(
        "import importlib, zhpolicy",
        f"LAZY = {LAZY_PATTERNS!r}",
        compiled,
        "zhpolicy.parse_document('一、重点任务\\n（一）2021年9月底前，覆盖率达到95%以上。（责任单位：▲医保局）\\n')",
        compiled,
    )
    # none after the import; the scans' after a document (the names are the ones the scans use)
    assert out.splitlines() == ["", " ".join(f"{m}.{n}" for m, n in LAZY_PATTERNS if m != "tasks")]


# --- found by fuzzing ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("clause", ["（责任单位：▲市卫健委、市卫健委）", "（责任单位：市医保局、▲市医保局、▲医保局）"])
def test_responsibility_naming_a_unit_twice_round_trips(clause: str) -> None:
    # guards a round trip found by hypothesis (near_valid: a doubled name): str() put ▲ on every printing of a
    # name that leads, so "▲A、A" came back as "▲A、▲A" (two leads)
    from zhpolicy import Responsibility

    value = Responsibility.parse(clause)
    assert Responsibility.parse(str(value)) == value


@pytest.mark.parametrize("marker", ["一一、", "一一一一、", "（一一一）", "第一一条", "一一是", "一百一十一、"])
def test_outline_markers_whose_number_cannot_print_back_are_not_markers(marker: str) -> None:
    # guards a round trip found by hypothesis: 一一一一、 was read as heading 1111, printed 一千一百一十一、, which the
    # marker pattern does not read; digit-string numerals are not marker numerals (十一、, not 一一、)
    from zhpolicy import Marker

    with pytest.raises(ParseError):
        Marker.parse(marker)
    assert [m for m in zhpolicy.find(marker + "加强领导") if m.kind == "heading"] == []


@pytest.mark.parametrize(
    "clause", ["（责任单位：▲区发改委责任单位：▲市民政局）", "（牵头单位：市医保局；牵头单位：市财政局）"]
)
def test_responsibility_with_a_label_twice_round_trips(clause: str) -> None:
    # guards a round trip found by hypothesis: labels were kept once per use, str() prints each once
    from zhpolicy import Responsibility

    value = Responsibility.parse(clause)
    assert len(set(value.labels)) == len(value.labels)
    assert Responsibility.parse(str(value)) == value


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_without_end_is_refused_at_the_cap(capsys: pytest.CaptureFixture[str]) -> None:
    # guards a hang and memory exhaustion: the cap was checked against stat()'s size, which is 0 for a device,
    # and the whole "file" was then read
    with pytest.raises(ParseError, match=r"at most 1000 bytes \(it has more\)"):
        load("/dev/zero", max_bytes=1000)
    code, out, err = run_cli(["find", "/dev/zero"], capsys)
    assert (code, out) == (1, "")
    assert err == "zhpolicy: error: /dev/zero: expected a file of at most 67108864 bytes (it has more)\n"
