from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

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
