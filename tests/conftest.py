"""Test-suite configuration shared by every test module."""

from __future__ import annotations

# The atheris harnesses are programs run by hand (see docs/reliability.md), not test modules; importing
# them needs atheris, which the test extra does not install.
collect_ignore_glob = ["fuzz/*.py"]
