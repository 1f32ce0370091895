"""Test-suite configuration shared by every test module."""

from __future__ import annotations

from hypothesis import settings

# The atheris harnesses are programs run by hand (see docs/reliability.md), not test modules; importing
# them needs atheris, which the test extra does not install.
collect_ignore_glob = ["fuzz/*.py"]

# No per-example deadline: CI machines are shared and slow examples are a benchmark's business, not a test's
# (tests/perf/). Everything else stays at hypothesis's defaults.
settings.register_profile("zhpolicy", deadline=None)
settings.load_profile("zhpolicy")
