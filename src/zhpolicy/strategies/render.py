"""Renderers shared by every strategy module: print a string the ways real documents print it.

Each renderer keeps the *meaning* and changes only the form that ``zhpolicy.normalize`` folds away, so a value
rendered by any of them must parse back to the same value.
"""

from __future__ import annotations

from functools import cache

from hypothesis import strategies as st
from opencc import OpenCC

__all__ = [
    "SCRIPT_AND_WIDTH",
    "forms",
    "to_full_width",
    "to_traditional",
]


@cache
def _s2t() -> OpenCC:
    return OpenCC("s2t")


def to_traditional(s: str) -> str:
    """Simplified → traditional with OpenCC (号 → 號, 医 → 醫, 万 → 萬)."""
    return str(_s2t().convert(s))


def to_full_width(s: str) -> str:
    """ASCII digits, letters and punctuation → their full-width forms (2020 → ２０２０, ( → （)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def forms(s: str) -> list[str]:
    """``s`` as written, in traditional script, in full width, and both."""
    return [s, to_traditional(s), to_full_width(s), to_full_width(to_traditional(s))]


# A strategy that picks one of the four script/width renderings of a string: ``draw(SCRIPT_AND_WIDTH)(s)``.
SCRIPT_AND_WIDTH = st.sampled_from(
    [
        lambda s: s,
        to_traditional,
        to_full_width,
        lambda s: to_full_width(to_traditional(s)),
    ]
)
