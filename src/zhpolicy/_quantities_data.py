"""Tables for ``quantities.py``: comparators, target verbs and units, in simplified script and folded form.

Every table is data: add a word here and the patterns pick it up. Words are matched longest first.
"""

from __future__ import annotations

# The comparators a quantity can carry, as ``bound`` values.
BOUNDS = ("=", "~", ">", ">=", "<", "<=")

# Written immediately before the number (a space allowed): 不少于1500人次, ≥70%, 约5000万元. 有 may follow the
# words that say how many there are (每个村卫生室至少有1名乡村医生, 约有500人), 了 a past 超过 (超过了90%).
PREFIX_COMPARATORS: dict[str, str] = {
    "不少于": ">=", "不低于": ">=", "不小于": ">=", "至少": ">=", "至少有": ">=", "最少": ">=", "最少有": ">=",
    "最低": ">=", "≥": ">=", "≧": ">=", ">=": ">=",
    "超过": ">", "超过了": ">", "多于": ">", "高于": ">", "大于": ">", "逾": ">", ">": ">",
    "不超过": "<=", "不高于": "<=", "不大于": "<=", "不多于": "<=", "最多": "<=", "最多有": "<=", "至多": "<=",
    "至多有": "<=", "最高": "<=", "≤": "<=", "≦": "<=", "<=": "<=",
    "不足": "<", "低于": "<", "少于": "<", "小于": "<", "不到": "<", "<": "<",
    "约": "~", "约有": "~", "大约": "~", "大约有": "~", "约为": "~", "近": "~", "将近": "~", "接近": "~",
    "大概": "~", "~": "~",
}  # fmt: skip

# Written immediately after the unit: 85%以上, 10%以内, 5000万元左右.
SUFFIX_COMPARATORS: dict[str, str] = {
    "及以上": ">=", "或以上": ">=", "以上": ">=",
    "及以下": "<=", "或以下": "<=", "以下": "<=", "以内": "<=", "之内": "<=",
    "左右": "~", "上下": "~",
}  # fmt: skip

# Written between the number and its magnitude or unit: 5000余万元, 300多个 — more than the number.
APPROXIMATORS: dict[str, str] = {"余": ">", "多": ">"}

# How each bound is written in the canonical form: (before the number, after the unit).
CANONICAL_BOUNDS: dict[str, tuple[str, str]] = {
    "=": ("", ""), "~": ("约", ""), ">": ("超过", ""), ">=": ("", "以上"), "<": ("不足", ""), "<=": ("", "以下"),
}  # fmt: skip

# Target verbs written before a quantity. A *level* verb says the quantity is where the measure should stand
# (提高至79元: the target is 79元); a *change* verb says it is by how much the measure should move (增长150%以上:
# growth of at least 150%, whatever the level).
LEVEL_VERBS: tuple[str, ...] = (
    "达到", "达", "提高到", "提高至", "提高为", "提升到", "提升至", "增长到", "增长至", "增加到", "增加至",
    "增至", "增到", "上升到", "上升至", "降到", "降至", "降低到", "降低至", "下降到", "下降至", "减少到",
    "减少至", "减至", "减到", "压缩到", "压缩至", "控制在", "保持在", "稳定在", "维持在", "调整为", "调整到", "调整至",
)  # fmt: skip
CHANGE_VERBS: tuple[str, ...] = (
    "提高", "提升", "增长", "增加", "上升", "上涨", "下降", "降低", "减少", "压缩", "扩大", "缩小", "节约", "节省",
)  # fmt: skip

# 分别控制在4.5‰、6‰以下: after these words, a list of quantities joined by 、 shares the verb of its first member and
# the comparator written after its last.
RESPECTIVELY: tuple[str, ...] = ("分别为", "分别是", "分别")
LIST_SEPARATORS: tuple[str, ...] = ("、", "和", "及")

# Signs after a number that make it a percentage, and what the number is divided by to give percent: 婴儿死亡率
# 5‰ is 0.5%, as 千分之五 is.
PERCENT_SIGNS: dict[str, int] = {"%": 1, "‰": 10, "‱": 100}

# Money: the magnitudes written before 元 and their factors.
MONEY_UNITS: dict[str, int] = {
    "元": 1, "千元": 10**3, "万元": 10**4, "十万元": 10**5, "百万元": 10**6, "千万元": 10**7, "亿元": 10**8,
    "十亿元": 10**9, "百亿元": 10**10, "千亿元": 10**11, "万亿元": 10**12,
}  # fmt: skip

# Measure words and nouns a count is written with (not 届/期: 十九届 is the nineteenth). What may not follow each
# (一个月 is a duration, 500家庭 is no count of 家) is in COUNT_UNIT_NOT_BEFORE.
COUNT_UNITS: tuple[str, ...] = (
    "人次", "床位", "个", "名", "家", "项", "人", "所", "张", "台", "件", "次", "户", "床", "种", "批", "篇", "份",
    "例", "间", "座", "条", "辆", "套", "类", "支", "位", "亩", "公里", "千米", "平方米", "吨", "处", "本", "部", "场",
    "轮", "组", "队", "块",
)  # fmt: skip
COUNT_UNIT_NOT_BEFORE: dict[str, str] = {
    "个": "月|工作日|小时|百分点|季度|星期|自然日|年度|方面|环节",
    "人": "民|员|才|大|社|事|力|口|均|群|们",
    "家": "庭|属|乡|长|门|族|具",
    "项": "目",
    "所": "以(?![上下内])|有|在|属|得|需|谓|述",  # 所以 but 1所以上
    "次": "年|日|月|序|要",
    "位": "置|于|列",
    "条": "件|例|款|线",
    "类": "型|别",
    "支": "付|出|持|援|撑|部",
    "份": "额",
    "部": "门|分|署|位",
    "台": "湾|阶|账|币",
    "处": "理|置|室|于",
    "场": "所|景|地",
    "组": "织|成|建",
    "块": "钱",
    "张": "贴",
    "批": "准|复",
}

# 10000与20000间: after "A与B" these units say "between", not a number of rooms (8间卫生院).
BETWEEN_UNITS: tuple[str, ...] = ("间",)
BETWEEN_JOINERS: tuple[str, ...] = ("与", "和", "及")

# The units a rate is per (4.1万元/人·年, 每人每年5元).
PER_UNITS: tuple[str, ...] = (
    "人次", "床日", "人", "年", "月", "日", "天", "次", "床", "户", "亩", "件", "例", "吨", "公斤", "千克", "斤",
    "平方米", "个", "张", "份", "小时", "辆", "周", "季度", "学期",
)  # fmt: skip

# A ratio (6:3:1) is read only where the words before it in its clause say it is one.
RATIO_CONTEXT: tuple[str, ...] = ("比例", "比值", "配比", "占比", "权重", "分配", "按", "之比", "比为")
