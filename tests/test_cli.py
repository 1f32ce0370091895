from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import NoReturn

import pytest

import zhpolicy.io
from zhpolicy.cli import main

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "work_plan.txt"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_find_lists_matches(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["find", str(EXAMPLE)], capsys)
    assert code == 0
    for line in out.splitlines():
        kind, span, _value, _text = line.split("\t")
        start, end = map(int, span.split("-"))
        assert kind and 0 <= start < end


def test_find_json_spans_are_exact(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["find", "--json", str(EXAMPLE)], capsys)
    assert code == 0
    text = EXAMPLE.read_text(encoding="utf-8")
    for match in json.loads(out):
        assert text[match["start"] : match["end"]] == match["text"]


def test_reads_standard_input(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO("根据国办发〔2017〕32号文件".encode("gb18030")))
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _ = run(["find", "--json", "-"], capsys)
    assert code == 0
    assert isinstance(json.loads(out), list)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing.txt", "an existing file"),
        (lambda p: p, "not a directory"),
        (lambda p: _write(p / "bin.dat", b"\x00\x01\x02"), "NUL byte"),
        (lambda p: _write(p / "bad.txt", bytes([0x81, 0x20])), "UTF-8, UTF-16 or GB18030"),
    ],
)
def test_bad_input_is_one_line_and_exit_1(
    make: object, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    code, out, err = run(["find", str(path)], capsys)
    assert code == 1
    assert out == ""
    assert err.startswith("zhpolicy: error: ")
    assert message in err
    assert err.count("\n") == 1


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["nonsense"])
    assert info.value.code == 2


def test_python_dash_m(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "zhpolicy", "find", str(tmp_path / "missing.txt")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("zhpolicy: error:")


PLAN = Path(__file__).resolve().parents[1] / "examples" / "implementation_plan.txt"


def test_parse_prints_a_readable_summary(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["parse", str(PLAN)], capsys)
    assert code == 0
    assert out.startswith("title: 临江市推进紧密型县域医疗卫生共同体建设实施方案\n")
    assert "number: 临政办发〔2023〕9号" in out and "outline:" in out and "[7 tasks]" in out


def test_parse_json_is_the_whole_document(capsys: pytest.CaptureFixture[str]) -> None:
    from zhpolicy import Document, load, parse_document

    code, out, _ = run(["parse", "--json", str(PLAN)], capsys)
    assert code == 0
    assert Document.from_dict(json.loads(out)) == parse_document(load(PLAN))


def test_tasks_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["tasks", str(PLAN)], capsys)
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 8
    assert lines[3].split("\t") == [
        "二/（二）/3",
        "建设县域共享中心",
        "市卫生健康委 → 市财政局、市医保局",
        "2024年6月底前",
        "3000万元",
    ]
    assert lines[1].split("\t")[2] == "市卫生健康委 → 市委编办 (from above)"


def test_tasks_csv_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    import csv

    from zhpolicy.tasks import ROW_FIELDS

    code, out, _ = run(["tasks", "--csv", str(PLAN)], capsys)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert tuple(rows[0]) == ROW_FIELDS and len(rows) == 8
    assert rows[5]["leads"] == "市医保局、市财政局、市卫生健康委" and rows[5]["partners"] == ""
    code, out, _ = run(["tasks", "--json", str(PLAN)], capsys)
    assert code == 0
    tasks = json.loads(out)
    assert [t["number"] for t in tasks][:2] == ["二/（一）", "二/（一）/1"]
    assert tasks[0]["responsibility"]["leads"] == ["市卫生健康委"]


def test_tasks_of_a_text_without_any(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path / "note.txt", "今天天气很好。".encode())
    code, out, err = run(["tasks", str(path)], capsys)
    assert (code, out) == (0, "")
    assert "no outline item carries a responsibility clause" in err


def test_tasks_bad_input_and_usage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["tasks", str(tmp_path / "missing.txt")], capsys)
    assert code == 1 and out == "" and err.startswith("zhpolicy: error: ")
    with pytest.raises(SystemExit) as info:
        main(["tasks", "--csv", "--json", str(PLAN)])
    assert info.value.code == 2


def test_an_unreadable_file_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # the suite may run as root, for whom chmod 000 changes nothing: make reading fail the way it would
    path = tmp_path / "secret.txt"
    path.write_text("关于做好工作的通知", encoding="utf-8")

    def denied(file: str, mode: str = "r") -> NoReturn:
        raise PermissionError(13, "Permission denied", file)

    monkeypatch.setattr(zhpolicy.io, "open", denied, raising=False)  # load() opens the file by this name
    code, out, err = run(["find", str(path)], capsys)
    assert (code, out) == (1, "")
    assert "permission denied" in err and str(path) in err
    assert err.count("\n") == 1
