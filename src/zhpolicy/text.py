"""The text layer: one normalisation per input, and exact offsets back into the caller's string.

Government pages mix traditional and simplified script, full-width and half-width forms, and half a dozen bracket
families that mean the same thing. Every parser in zhpolicy matches against one *folded* copy of the input and
reports offsets into the *original*:

    >>> from zhpolicy import normalize
    >>> t = normalize("皖醫改秘函﹝２０２０﹞4號（試行）")
    >>> t.folded
    '皖医改秘函[2020]4号(试行)'
    >>> t.original[5:11]
    '﹝２０２０﹞'

Folding is one code point to one code point, so ``len(t.folded) == len(t.original)`` and an offset in the folded
copy *is* the offset in the original; :meth:`Text.span` states that contract in code, so a future fold that changes
lengths changes one method, not every parser. What folds (the tables are in ``zhpolicy._fold_data``):

* traditional → simplified, character by character from OpenCC's ``TSCharacters`` table, then OpenCC's
  ``TSPhrases`` where a phrase reads differently (乾隆 stays 乾隆). OpenCC's own data keeps every phrase's length;
* full-width ASCII (！…～, digits, letters, ％, ：, ，) → ASCII;
* brackets → two families: round ``()`` for remarks and headings, square ``[]`` for 〔〕［］【】﹝﹞〖〗;
  nested title marks 〈〉 → ``<>`` (《》 stay);
* dashes (—, –, －, ‒, ─) → ``-``; the ratio colon ∶ → ``:``; 〜 → ``~``; middle dots → ``·``;
* no-break, ideographic, thin and zero-width spaces → an ASCII space.

Text with no character to fold is not copied at all, and text with no traditional character never touches the
traditional tables.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TypeVar

import attrs

from . import _fold_data

__all__ = ["Text", "normalize"]

_T = TypeVar("_T")

# Above this many distinct characters to fold, one ``str.translate`` beats one ``str.replace`` per character.
_REPLACE_LIMIT = 48
# How much of a text is probed for traditional script before choosing how to fold it: only a choice of speed (both
# ways fold alike; tests/test_text.py). A text in simplified script is probed in full, for nothing, before its
# characters to fold are collected; a text in traditional script shows one within its first lines.
_PROBE = 512
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


@attrs.frozen(eq=False)
class Text:
    """A caller's string and its folded copy.

    Attributes:
        original: the string exactly as given; every offset zhpolicy reports indexes into it.
        folded: the string parsers match against (same length as ``original``).
        has_traditional: whether any traditional character was converted.
    """

    original: str
    folded: str
    has_traditional: bool = False
    # Per-text results (one scan per kind per text); private, mutable, never part of equality.
    _cache: dict[str, object] = attrs.field(factory=dict, repr=False, alias="_cache")

    def __len__(self) -> int:
        return len(self.original)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Text) and other.original == self.original

    def __hash__(self) -> int:
        return hash(self.original)

    def to_original(self, offset: int) -> int:
        """The offset in :attr:`original` of ``offset`` in :attr:`folded` (the identity: folding keeps length)."""
        if not 0 <= offset <= len(self.original):
            raise IndexError(f"offset {offset} outside 0…{len(self.original)}")
        return offset

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of :attr:`folded` to the same span of :attr:`original`."""
        return self.to_original(start), self.to_original(end)

    def cached(self, key: str, compute: Callable[[Text], _T]) -> _T:
        """``compute(self)``, computed once per text and key (how ``zhpolicy.find`` scans each kind once)."""
        try:
            return self._cache[key]  # type: ignore[return-value]
        except KeyError:
            value = self._cache[key] = compute(self)
            return value


def is_han(c: str) -> bool:
    """Whether ``c`` is a CJK ideograph (basic block or extension A): what organisation names and codes are made of."""
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


def normalize(text: str | Text) -> Text:
    """Fold ``text`` for matching; a :class:`Text` is returned as it is.

    Never raises for a ``str``: every string has a folded form.
    """
    if isinstance(text, Text):
        return text
    if not isinstance(text, str):
        raise TypeError(f"normalize() takes a str, not {type(text).__name__}")
    table = _fold_table()
    astral = _holds_astral(text)
    # Text that opens in traditional script is folded whole with one translate; otherwise the distinct characters to
    # fold are collected first, and text with nothing to fold is returned without a copy.
    # A text with a few characters to fold (a simplified page holding a traditional character or two) is searched
    # for phrases only around them.
    few: set[str] | None = None
    if _opens_in_traditional(text):
        folded = _translate(text, astral=astral)
        traditional = True
    else:
        present = {c for c in set(_changing_characters(astral).findall(text)) if c in table}
        if not present:
            return Text(text, text)
        if len(present) <= _REPLACE_LIMIT:
            few, folded = present, text
            for char in present:
                folded = folded.replace(char, table[char])
        else:
            folded = _translate(text, astral=astral)
        traditional = _is_traditional(present)
    if traditional:
        folded = _apply_phrases(text, folded, None if few is None else _phrase_windows(text, few))
    return Text(text, folded, traditional)


def _is_traditional(chars: Iterable[str]) -> bool:
    return not _fold_data.traditional_characters().keys().isdisjoint(chars)


def _opens_in_traditional(text: str) -> bool:
    """Whether the first _PROBE characters hold a traditional character that folds — found by searching for the
    first one, not by collecting every character to fold (a thousand in a page of traditional text)."""
    pattern, traditional = _traditional_characters(), _fold_data.traditional_characters()
    m = pattern.search(text, 0, _PROBE)
    while m is not None and m.group() not in traditional:  # an astral character that is not traditional
        m = pattern.search(text, m.end(), _PROBE)
    return m is not None


def _holds_astral(text: str) -> bool:
    """Whether ``text`` holds a code point beyond the BMP: its UTF-16 form is then longer than two bytes a character.
    The encoding is a copy, several times faster than a character class testing each character."""
    return len(text.encode("utf-16-le", "surrogatepass")) > 2 * len(text)


def _translate(text: str, *, astral: bool) -> str:
    folded = text.translate(_translate_table())
    if astral:  # astral code points fall off the end of the list table (see _translate_table)
        for char in set(_ASTRAL.findall(text)):
            folded = folded.replace(char, _fold_table().get(char, char))
    return folded


def _apply_phrases(original: str, folded: str, windows: list[tuple[int, int]] | None = None) -> str:
    """``folded`` with OpenCC's phrases applied where ``original`` holds them (in ``windows`` of it, when given)."""
    pattern = _phrase_pattern()
    if pattern is None:
        return folded
    phrases = _fold_data.traditional_phrases()
    pieces: list[str] = []
    last = 0
    for start, end in [(0, len(original))] if windows is None else windows:
        for m in pattern.finditer(original, start, end):
            pieces.append(folded[last : m.start()])
            pieces.append(phrases[m.group()])
            last = m.end()
    if not pieces:
        return folded
    pieces.append(folded[last:])
    return "".join(pieces)


def _phrase_windows(original: str, present: set[str]) -> list[tuple[int, int]]:
    """Where in ``original`` (holding the characters to fold ``present``, a few) a phrase may stand: around each of
    its characters that anchors a phrase (_phrase_anchors), as far as a phrase reaches from its anchor; windows that
    meet are one. Every phrase holds its anchor, so it stands inside that anchor's window, and no match read over
    the whole text crosses a window's edge: the windows find what the whole text does (tests/test_text.py)."""
    folding, fixed, before, after = _phrase_anchors()
    windows: list[tuple[int, int]] = []
    for char in (folding & present) | fixed:
        i = original.find(char)
        while i >= 0:
            windows.append((max(0, i - before), min(len(original), i + 1 + after)))
            i = original.find(char, i + 1)
    windows.sort()
    merged: list[tuple[int, int]] = []
    for start, end in windows:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


@lru_cache(maxsize=1)
def _phrase_anchors() -> tuple[frozenset[str], frozenset[str], int, int]:
    """Each phrase's anchor: its first character that folds, else the first OpenCC lists as traditional (覆 of 反覆,
    瞭 of 瞭解 fold only in phrases), else its first (沈 of 沈默). The anchors that fold, those that do not, and how
    far a phrase reaches before and after its anchor."""
    table, traditional = _fold_table(), _fold_data.traditional_characters()
    folding: set[str] = set()
    fixed: set[str] = set()
    before = after = 0
    for phrase in _fold_data.traditional_phrases():
        at = next((i for i, c in enumerate(phrase) if c in table), None)
        if at is None:
            at = next((i for i, c in enumerate(phrase) if c in traditional), 0)
        (folding if phrase[at] in table else fixed).add(phrase[at])
        before, after = max(before, at), max(after, len(phrase) - 1 - at)
    return frozenset(folding), frozenset(fixed), before, after


@lru_cache(maxsize=1)
def _fold_table() -> dict[str, str]:
    table: dict[str, str] = {}
    table.update(_fold_data.traditional_characters())
    # Width and punctuation folds win over OpenCC where both list a character.
    for part in (
        _fold_data.full_width_ascii(),
        _fold_data.ROUND_BRACKETS,
        _fold_data.SQUARE_BRACKETS,
        _fold_data.ANGLE_BRACKETS,
        _fold_data.DASHES,
        _fold_data.SPACES,
        _fold_data.OTHER,
    ):
        table.update(part)
    # Second pass: a full-width character whose ASCII form is itself folded (［ → [ is already final).
    return {k: v for k, v in table.items() if k != v}


@lru_cache(maxsize=1)
def _translate_table() -> list[int | str]:
    # A list indexed by code point translates about twice as fast as a dict; astral code points fall off its end
    # (IndexError is a LookupError, which str.translate reads as "leave unchanged") and are replaced one by one.
    table: list[int | str] = list(range(0x10000))
    for char, folded in _fold_table().items():
        if ord(char) <= 0xFFFF:
            table[ord(char)] = folded
    return table


@lru_cache(maxsize=2)
def _changing_characters(astral: bool) -> re.Pattern[str]:
    # The stdlib engine is used for this one internal character class: it compiles the ~3 900 BMP characters to a
    # bitmap and scans at a few hundred MB/s. Listing the ~350 astral characters one by one would make every test a
    # linear walk (50× slower), so the whole astral plane is one range here (``astral``: only for a text that holds
    # an astral code point — the range costs every other character a second test) and ``normalize`` keeps only
    # those of the matches that the table folds.
    return _character_class(_fold_table(), astral=astral)


def _character_class(chars: Iterable[str], *, astral: bool = True) -> re.Pattern[str]:
    """A character class of the BMP characters among ``chars`` and, with ``astral``, the whole astral plane."""
    bmp = "".join(sorted(c for c in chars if ord(c) <= 0xFFFF))
    return re.compile("[" + re.escape(bmp) + ("\U00010000-\U0010ffff" if astral else "") + "]")


@lru_cache(maxsize=1)
def _traditional_characters() -> re.Pattern[str]:
    # The BMP traditional characters the fold table folds, and (as in _changing_characters) the astral plane whole.
    table = _fold_table()
    return _character_class(c for c in _fold_data.traditional_characters() if c in table)


@lru_cache(maxsize=1)
def _phrase_pattern() -> re.Pattern[str] | None:
    """Every phrase, the longest first. Grouped by first character (乾(?:隆年間|隆|…)|覆(?:…)|…): where a phrase may
    start, re skips each group whose first character differs at once, instead of each of the 258 phrases; the
    same phrase wins at each place as in the flat alternation (tests/test_text.py)."""
    groups: dict[str, list[str]] = {}
    for phrase in sorted(_fold_data.traditional_phrases(), key=len, reverse=True):
        groups.setdefault(phrase[0], []).append(re.escape(phrase[1:]))
    if not groups:
        return None
    return re.compile("|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items()))
