"""The test suite's name for ``zhpolicy.strategies`` (the published strategies), plus test-only modules here.

``from strategies.dates import dates`` loads ``src/zhpolicy/strategies/dates.py``; modules that only the tests need
(``values``) live beside this file.
"""

from __future__ import annotations

from pathlib import Path

import zhpolicy.strategies as _published

__path__ = [str(Path(__file__).parent), *_published.__path__]
