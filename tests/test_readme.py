"""The README's run command works as printed (its test command is what .ci/run executes)."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _command_after(marker: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(rf"<!-- {marker} -->\s*```\w*\n(.+?)\n```", readme, re.S)
    assert found, f"README has no command after <!-- {marker} -->"
    return found.group(1).strip()


def test_run_command_runs_the_shipped_example() -> None:
    command = _command_after("run-command")
    install, _, run = command.partition(" && ")
    assert install.startswith("python -m pip install ")
    argv = shlex.split(run)
    assert argv[0] == "zhpolicy"
    assert (ROOT / argv[-1]).is_file(), "the example the README runs must ship in examples/"
    result = subprocess.run(
        [sys.executable, "-m", "zhpolicy", *argv[1:]], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()


def test_test_command_is_what_ci_runs() -> None:
    command = _command_after("test-command")
    assert "pytest" in command
    assert "mypy" in command
    assert "ruff check" in command
    assert "bash .ci/run" not in command
    assert "test-command" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
