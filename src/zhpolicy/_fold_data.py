"""Tables for :mod:`zhpolicy.text`: which characters fold to which.

Every entry maps one code point to one code point, so folding never changes the length of a string (the offset map
of :class:`zhpolicy.text.Text` is the identity; see ``docs/text.md`` for why that choice was made).
"""

from __future__ import annotations

from functools import lru_cache

# Bracket families. Real documents print the year of a 发文字号 in 〔〕, [], ［］, 【】, ﹝﹞ and even ()/（）, and
# parenthetical remarks in （）/(). Two families survive folding: round "()" for remarks and headings such as （一）,
# square "[]" for everything else; parsers that accept both (the 发文字号 year) say so in their patterns.
ROUND_BRACKETS = {"（": "(", "）": ")", "﹙": "(", "﹚": ")", "⁽": "(", "⁾": ")"}
SQUARE_BRACKETS = {
    "〔": "[",
    "〕": "]",
    "［": "[",
    "］": "]",
    "【": "[",
    "】": "]",
    "﹝": "[",
    "﹞": "]",
    "〖": "[",
    "〗": "]",
    "〘": "[",
    "〙": "]",
    "⟦": "[",
    "⟧": "]",
}
# Nested title marks inside 《》 (〈〉, ＜＞, ‹›) fold to ASCII < >; 《》 stay as they are.
ANGLE_BRACKETS = {"〈": "<", "〉": ">", "‹": "<", "›": ">", "⟨": "<", "⟩": ">"}
# Dashes used for ranges (2019—2021年) and hyphens; the doubled ——  of prose becomes "--".
DASHES = {
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\ufe58": "-",
    "\ufe63": "-",
    "\u2e3a": "-",
    "\u2500": "-",
}
# Spaces that are not ASCII spaces: no-break, ideographic, en/em, thin, zero-width.
SPACES = {
    "\u00a0": " ",
    "\u3000": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u200b": " ",
    "\u202f": " ",
    "\u205f": " ",
    "\ufeff": " ",
}
# Other look-alikes that carry the same meaning in numbers and ratios.
OTHER = {
    "\u2236": ":",  # RATIO ∶ (6∶3∶1)
    "\u301c": "~",  # WAVE DASH 〜
    "\u30fb": "·",
    "\u2027": "·",
    "\u2219": "·",
    "\u22c5": "·",  # middle dots (万元/人·年)
    "\u3007": "〇",  # already canonical, listed for documentation
    "\u2018": "'",
    "\u2019": "'",
}


def full_width_ascii() -> dict[str, str]:
    """U+FF01…U+FF5E (！…～) fold to ASCII; the brackets among them take their family's form."""
    table = {chr(cp): chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}
    table["［"] = "["
    table["］"] = "]"
    return table


def _opencc_lines(name: str) -> list[tuple[str, list[str]]]:
    # Imported here, on the first traditional text: importlib.resources brings pathlib, zipfile and tempfile, a
    # tenth of `import zhpolicy` (tests/test_reliability.py checks they wait).
    from importlib import resources

    text = (resources.files("opencc") / "dictionary" / name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        key, _, values = line.partition("\t")
        if key and values:
            rows.append((key, values.split()))
    return rows


@lru_cache(maxsize=1)
def traditional_characters() -> dict[str, str]:
    """OpenCC's TSCharacters table: each traditional character → its first (most common) simplified form."""
    return {key: values[0] for key, values in _opencc_lines("TSCharacters.txt") if len(key) == 1}


@lru_cache(maxsize=1)
def traditional_phrases() -> dict[str, str]:
    """OpenCC's TSPhrases entries whose conversion differs from character-by-character conversion.

    All of them keep their length (checked when the table is built), so applying them keeps offsets exact.
    """
    chars = traditional_characters()
    phrases = {}
    for key, values in _opencc_lines("TSPhrases.txt"):
        target = values[0]
        if len(target) != len(key):  # never true for OpenCC's data; guards a future dictionary change
            continue
        by_char = "".join(chars.get(c, c) for c in key)
        if by_char != target:
            phrases[key] = target
    return phrases
