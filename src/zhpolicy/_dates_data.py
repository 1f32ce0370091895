"""Word tables for :mod:`zhpolicy.dates`: connectors, bound words, relative years, recurring units, plan periods."""

from __future__ import annotations

__all__ = [
    "BEFORE_WORDS",
    "BY_WORDS",
    "CONNECTORS",
    "END_WORDS",
    "FIVE_YEAR_PLANS",
    "FROM_PREFIXES",
    "FROM_SUFFIXES",
    "HALVES",
    "NOT_BEFORE_BARE_MONTH",
    "NOT_BEFORE_BARE_YEAR_WORD",
    "QUARTER_DIGITS",
    "RECURRING_UNITS",
    "RELATIVE_YEARS",
    "RELATIVE_YEAR_NAMES",
    "XUN",
]

# Range connectors (folded text: dashes are already "-", 〜/～ are "~").
CONNECTORS = ("至", "到", "--", "-", "~")

# "by the end of": 2020年底前, 9月末, 年底前.
END_WORDS = ("底", "末")
# "before": 2020年12月31日前, 6月30日以前, 年底之前.
BEFORE_WORDS = ("以前", "之前", "前")
# "by" (a target date): 到2022年, 截至2022年6月 (also "as of").
# A bare 至 is left out: after a failed range it reads "(rise) to 2018", not a deadline. 到2019年的… (followed by
# 的 or straight by a number: 提高到2019年28.5%) compares two years and is no deadline either.
BY_WORDS = ("截止到", "截至", "截止", "到")
# "from": 自2021年1月1日起, 从2021年开始.
FROM_PREFIXES = ("自", "从")
FROM_SUFFIXES = ("起", "开始")

# Characters that, right before a bare month (no year), make it a duration or an ordinal, not a date:
# 近3月, 前3月, 每3月, 第3月.
NOT_BEFORE_BARE_MONTH = "近前后第每数几个余多"
# Characters that, right before a bare 年底/年内, make 年 a count of years (5年内, 三年内) or another word (全年, 当年).
NOT_BEFORE_BARE_YEAR_WORD = (
    "0123456789〇零○一二三四五六七八九十百千两几数多每全当近前后上下本今明去次翌历逐同该往半周学年"
)

# Year offsets of relative year words, relative to the reference (the document's own year).
# 次年/翌年 mean "the year after the one in context"; resolved against the reference like 明年.
RELATIVE_YEARS = {
    "今年": 0,
    "本年": 0,
    "明年": 1,
    "次年": 1,
    "翌年": 1,
    "下一年": 1,
    "去年": -1,
    "上年": -1,
    "上一年": -1,
}
# The canonical word for each offset.
RELATIVE_YEAR_NAMES = {-1: "去年", 0: "今年", 1: "明年"}

# Quarters: digit → first month (第一季度 = months 1–3).
QUARTER_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# Halves: 上半年 = months 1–6, 下半年 = months 7–12.
HALVES = {"上": (1, 6), "下": (7, 12)}
# 旬 (ten-day periods): 上旬 = days 1–10, 中旬 = 11–20, 下旬 = 21 to the month's last day (None).
XUN: dict[str, tuple[int, int | None]] = {"上": (1, 10), "中": (11, 20), "下": (21, None)}

# Recurring units after 每, and the canonical spelling of each (每季 = 每季度).
RECURRING_UNITS = {"年": "年", "半年": "半年", "季度": "季度", "季": "季度", "月": "月", "旬": "旬", "周": "周"}

# Five-year plans: "十X五" → first year (the 11th plan runs 2006–2010, each later one five years on).
FIVE_YEAR_PLANS = {"十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026}
