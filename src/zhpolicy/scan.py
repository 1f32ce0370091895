"""``zhpolicy.find``: every registered convention over one text, overlaps resolved by one written rule.

Each convention module registers a *kind* — a name, a finder ``(Text) -> list[Match]`` and the kinds whose spans
mask it. The rule for overlaps, applied here and nowhere else:

* a match of kind K is dropped when it overlaps a match of any kind listed in K's ``masked_by``
  (a date never stands inside a 发文字号: ``dates`` is masked by ``doc_number``);
* every other overlap is kept — a citation *contains* its 发文字号, and both are reported;
* results come in reading order: by start, then longest first, then registration order.

Each kind is computed once per :class:`~zhpolicy.text.Text` (cached on it), so a finder that needs another kind's
spans (``covered(text, "doc_number")``) does not scan twice.
"""

from __future__ import annotations

import bisect
import contextlib
import gc
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar, cast

import attrs
import regex

from .match import Match, Value
from .text import Text, normalize

__all__ = ["Kind", "covered", "find", "find_kind", "kinds", "paused_gc", "register", "sentences", "windows"]

Finder = Callable[[Text], "Sequence[Match[Value]]"]
V = TypeVar("V", bound=Value)


@attrs.frozen
class Kind:
    """A registered convention: its ``name``, its ``finder`` and the kinds that mask it."""

    name: str
    finder: Finder
    masked_by: tuple[str, ...] = ()


_KINDS: dict[str, Kind] = {}


def register(name: str, finder: Finder, *, masked_by: Sequence[str] = ()) -> None:
    """Add a kind to ``zhpolicy.find``; registering a name again replaces it (module reloads stay harmless)."""
    _KINDS[name] = Kind(name, finder, tuple(masked_by))


def kinds() -> tuple[str, ...]:
    """The registered kind names, in registration order."""
    return tuple(_KINDS)


def find_kind(text: str | Text, name: str) -> list[Match[Value]]:
    """The matches of one kind, masks applied, computed once per text."""
    t = normalize(text)
    kind = _KINDS[name]

    def compute(t: Text) -> list[Match[Value]]:
        found = list(kind.finder(t))
        for mask in kind.masked_by:
            spans = [(m.start, m.end) for m in find_kind(t, mask)] if mask in _KINDS else []
            if spans:
                found = [m for m in found if not _overlaps_any(spans, m.start, m.end)]
        return found

    return t.cached("kind:" + name, compute)


def find_typed(text: str | Text, name: str, value_type: type[V]) -> list[Match[V]]:
    """:func:`find_kind` for a caller that knows the kind's value type (``DocNumber.find`` …)."""
    return cast("list[Match[V]]", find_kind(text, name))


def covered(text: str | Text, name: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of one kind in ``text``, for finders that must not read inside them."""
    if name not in _KINDS:
        return []
    return [(m.start, m.end) for m in find_kind(text, name)]


def find(text: str | Text, kinds: Iterable[str] | None = None) -> list[Match[Value]]:
    """Every match of every registered kind (or of ``kinds``) in ``text``, in reading order. Never raises."""
    with paused_gc():
        t = normalize(text)
        names = list(_KINDS) if kinds is None else [k for k in kinds if k in _KINDS]
        order = {name: i for i, name in enumerate(_KINDS)}
        found: list[Match[Value]] = []
        for name in names:
            found.extend(find_kind(t, name))
        found.sort(key=lambda m: (m.start, -m.end, order[m.kind]))
        return found


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """No cycle collection while a text is read, and the collector's state restored after, whatever happens.

    Reading a text builds many objects that all outlive the call (matches, values); each automatic collection on
    the way walks every object alive, so on a large text they add up to more than linear time (measured: 20× the
    time for 16× the text, 17× without). Nothing read here forms reference cycles, so pausing loses nothing.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def windows(
    folded: str,
    core: regex.Pattern[str] | re.Pattern[str],
    before: int,
    after: int,
    *,
    pos: int = 0,
    endpos: int | None = None,
) -> list[tuple[int, int]]:
    """The merged ``(start, end)`` spans reaching ``before`` characters left and ``after`` right of every match of
    ``core`` (a compiled pattern) in ``folded`` — or in ``folded[pos:endpos]``, the spans kept inside it.

    A finder whose patterns open with lookbehinds or alternations the ``regex`` engine cannot skip over quickly
    runs them only inside these windows: when every match holds a cheap-to-find *core* and never reaches further
    from it than the margins, a pass over each window finds exactly what a pass over the whole text would.
    """
    spans: list[tuple[int, int]] = []
    endpos = len(folded) if endpos is None else endpos
    for m in core.finditer(folded, pos, endpos):
        start, end = max(pos, m.start() - before), min(endpos, m.end() + after)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


_BREAK = re.compile(r"[。\n]")


def sentences(folded: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each sentence of ``folded`` — the text between two breaks, 。 or a line break — that
    holds one of ``words``, in text order.

    A finder whose matches (and what it reads to decide them) never hold a break can read only these sentences
    and find exactly what a pass over the whole text would.
    """
    found: set[tuple[int, int]] = set()
    for word in words:
        end = 0
        at = folded.find(word)
        while at >= 0:
            # back no further than the last sentence found, which ends at a break: linear time
            start = max(folded.rfind("。", end, at), folded.rfind("\n", end, at)) + 1
            stop = _BREAK.search(folded, at)
            end = len(folded) if stop is None else stop.start()
            found.add((start, end))
            at = folded.find(word, end)
    return sorted(found)


def _overlaps_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    # spans are in reading order and do not overlap each other within one kind: only the neighbours can overlap
    i = bisect.bisect_right(spans, (start, end))
    if i > 0 and start < spans[i - 1][1]:  # spans[i - 1] starts at or before start
        return True
    return i < len(spans) and spans[i][0] < end
