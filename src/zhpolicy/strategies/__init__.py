"""Hypothesis strategies for zhpolicy's values and documents, for projects that build on zhpolicy.

They generate what real government documents print — 发文字号 in every bracket family, dates with 〇 numerals,
responsibility clauses with ▲, amounts with 余 and 以上, whole work plans with portal chrome around them — each
rendered in either script and width, so code that consumes zhpolicy's output can be fuzzed with realistic data.
zhpolicy's own test suite uses exactly these. They need hypothesis: ``pip install "zhpolicy[strategies]"``.

    >>> from hypothesis import given
    >>> from zhpolicy import DocNumber
    >>> from zhpolicy.strategies.docnumber import rendered_doc_numbers
    >>> @given(rendered_doc_numbers())
    ... def test_every_printing_parses(pair):
    ...     value, text = pair
    ...     assert DocNumber.parse(text) == value
    >>> test_every_printing_parses()

Modules: ``render`` (script and width renderings), ``numerals``, ``docnumber``, ``citation``, ``dates``, ``outline``,
``responsibility``, ``quantities``, ``layout`` and ``document`` (whole documents), ``hostile`` (grammar-aware
near-misses for fuzzing).
"""

from __future__ import annotations

try:
    import hypothesis  # noqa: F401
except ImportError as error:  # pragma: no cover - only without the extra
    raise ImportError(
        'zhpolicy.strategies needs hypothesis: pip install "zhpolicy[strategies]" (or "hypothesis")'
    ) from error
