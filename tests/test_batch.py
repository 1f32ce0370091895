"""zhpolicy batch: resume, failure isolation, the JSON-lines schema, interrupts and write errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from zhpolicy import batch
from zhpolicy.cli import main
from zhpolicy.match import JSON

NOTICE = "青川市卫生健康委员会关于做好2022年医改工作的通知\n各县（市、区）卫生健康局：\n（一）加强领导。\n"


def corpus(folder: Path, n: int = 5) -> list[Path]:
    paths = []
    for i in range(n):
        p = folder / f"doc{i}.txt"
        p.write_text(NOTICE.replace("2022", str(2010 + i)), encoding="utf-8")
        paths.append(p)
    return paths


def read_lines(out: Path) -> list[dict[str, JSON]]:
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def fake_work(path: str) -> dict[str, JSON]:
    return {"path": path, "ok": "bad" not in path, "error": "bad file"} if "bad" in path else {"path": path, "ok": True}


def test_expand_inputs_directories_globs_and_files(tmp_path: Path) -> None:
    paths = corpus(tmp_path)
    (tmp_path / "skip.png").write_bytes(b"\x89PNG")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "page.html").write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    assert batch.expand_inputs([str(tmp_path)]) == sorted([*paths, sub / "page.html"], key=str)
    assert batch.expand_inputs([str(tmp_path / "doc[01].txt")]) == paths[:2]
    assert batch.expand_inputs([str(paths[3]), str(paths[3])]) == [paths[3]]
    assert batch.expand_inputs([str(tmp_path / "nothing*.txt")]) == []


def test_one_line_per_file_and_failures_do_not_stop_the_run(tmp_path: Path) -> None:
    paths = [*corpus(tmp_path, 3), tmp_path / "bad.txt"]
    out = tmp_path / "out.jsonl"
    report = batch.run_batch(paths, out, jobs=1, work=fake_work)
    assert (report.parsed, report.failed, report.skipped, report.interrupted) == (3, 1, 0, False)
    records = read_lines(out)
    assert sorted(r["path"] for r in records) == sorted(map(str, paths))  # type: ignore[type-var]
    assert [r["ok"] for r in records].count(False) == 1


def test_resume_skips_done_files_and_drops_a_cut_line(tmp_path: Path) -> None:
    paths = corpus(tmp_path, 4)
    out = tmp_path / "out.jsonl"
    batch.run_batch(paths[:2], out, jobs=1, work=fake_work)
    with out.open("a", encoding="utf-8") as fh:
        fh.write('{"path": "' + str(paths[2]) + '", "ok": tr')  # killed mid-write
    report = batch.run_batch(paths, out, jobs=1, work=fake_work)
    assert (report.parsed, report.skipped) == (2, 2)
    assert sorted(r["path"] for r in read_lines(out)) == sorted(map(str, paths))  # type: ignore[type-var]


def test_interrupt_stops_between_whole_lines(tmp_path: Path) -> None:
    paths = corpus(tmp_path, 5)
    out = tmp_path / "out.jsonl"
    calls = []

    def interrupted(path: str) -> dict[str, JSON]:
        calls.append(path)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return fake_work(path)

    report = batch.run_batch(paths, out, jobs=1, work=interrupted)
    assert report.interrupted
    assert report.parsed == 2
    assert out.read_text(encoding="utf-8").endswith("\n")
    assert len(read_lines(out)) == 2
    again = batch.run_batch(paths, out, jobs=1, work=fake_work)
    assert (again.parsed, again.skipped) == (3, 2)


def test_parallel_run_matches_serial_run(tmp_path: Path) -> None:
    paths = corpus(tmp_path, 6)
    serial, parallel = tmp_path / "serial.jsonl", tmp_path / "parallel.jsonl"
    batch.run_batch(paths, serial, jobs=1)
    batch.run_batch(paths, parallel, jobs=2)

    def by_path(out: Path) -> dict[object, dict[str, JSON]]:
        return {r["path"]: r for r in read_lines(out)}

    assert by_path(serial) == by_path(parallel)


def test_parse_file_records(tmp_path: Path) -> None:
    [good] = corpus(tmp_path, 1)
    record = batch.parse_file(good)
    assert record["ok"] is True
    assert set(record) == {"path", "ok", "document"}
    assert isinstance(record["document"], dict)
    missing = batch.parse_file(tmp_path / "missing.txt")
    assert missing == {"path": str(tmp_path / "missing.txt"), "ok": False, "error": missing["error"]}
    assert "expected an existing file" in str(missing["error"])


def test_cli_batch_exit_status_and_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus(tmp_path, 2)
    (tmp_path / "old.doc.txt").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(tmp_path), "--out", str(out), "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert "2 parsed, 1 failed, 0 already done" in err
    assert main(["batch", str(tmp_path), "--out", str(out), "--jobs", "1"]) == 0
    assert "0 parsed, 0 failed, 3 already done" in capsys.readouterr().err


def test_cli_batch_disk_full_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("needs /dev/full")
    corpus(tmp_path, 1)
    assert main(["batch", str(tmp_path), "--out", "/dev/full", "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("zhpolicy: error:")
    assert "No space left on device" in err


def test_cli_batch_without_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", str(tmp_path / "*.txt"), "--out", str(tmp_path / "o.jsonl")]) == 1
    assert "no input files found" in capsys.readouterr().err
