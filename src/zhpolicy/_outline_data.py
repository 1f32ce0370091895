"""Marker kinds of the outline, in GB/T 9704-2012 order (§7.3.3) after the legal 编/章/节/条 levels.

Each row: kind name, its GB rank (smaller = shallower; used only as a tie-breaker, the document decides the
levels), and the canonical template (``{cn}`` = Chinese numeral, ``{n}`` = Arabic digits).
"""

from __future__ import annotations

KINDS: tuple[tuple[str, int, str], ...] = (
    ("bian", 0, "第{cn}编"),
    ("zhang", 1, "第{cn}章"),
    ("jie", 2, "第{cn}节"),
    ("tiao", 3, "第{cn}条"),
    ("cn_dun", 10, "{cn}、"),
    ("cn_paren", 11, "（{cn}）"),
    ("arabic_dot", 12, "{n}."),
    ("arabic_paren", 13, "（{n}）"),
    ("circled", 14, "{circled}"),
    ("inline", 20, "{cn}是"),
)

#: Kinds of the legal structure: their nesting is fixed (编 > 章 > 节 > 条) whatever order a document shows.
LEGAL = ("bian", "zhang", "jie", "tiao")

#: The unit character of each legal kind.
LEGAL_UNITS = {"编": "bian", "章": "zhang", "节": "jie", "条": "tiao"}

#: Circled digits ① … ⑳ and the parenthesised digits ⑴ … ⒇ some word processors print for （1）…（20）.
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
PAREN_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"

#: Chinese numeral characters a marker may use (folded text: simplified script).
CN_DIGITS = "一二三四五六七八九十百零〇两"
