"""``python -m zhpolicy`` is the ``zhpolicy`` command."""

import sys

from .cli import main

sys.exit(main())
