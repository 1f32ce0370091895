"""Word tables for :mod:`zhpolicy.responsibility`: labels, verbs, department suffixes, convention phrases.

Everything here is written in *folded* form (simplified script, ASCII ``:`` ``,`` ``;`` ``()``), because the
logic matches against :attr:`zhpolicy.text.Text.folded`.
"""

from __future__ import annotations

# Role of a label or a verb: who it names.
LEAD = "lead"
PARTNER = "partner"
GENERIC = "generic"  # 责任单位 / 负责: names the responsible units without saying who leads

# Labels that introduce a list of departments (before ``:``), longest first so alternation is greedy-safe.
LABELS: dict[str, str] = {
    "牵头单位": LEAD,
    "牵头部门": LEAD,
    "牵头处室": LEAD,
    "主责单位": LEAD,
    "主责部门": LEAD,
    "主办单位": LEAD,
    "主要责任单位": LEAD,
    "配合单位": PARTNER,
    "配合部门": PARTNER,
    "协办单位": PARTNER,
    "协办部门": PARTNER,
    "参与单位": PARTNER,
    "参与部门": PARTNER,
    "协同单位": PARTNER,
    "协作单位": PARTNER,
    "责任单位": GENERIC,
    "责任部门": GENERIC,
    "责任主体": GENERIC,
    "实施单位": GENERIC,
    "落实单位": GENERIC,
}

# Other labelled items a clause may carry beside the departments (完成时限：2022年底前): skipped, not names.
OTHER_LABELS: tuple[str, ...] = (
    "完成时限",
    "完成时间",
    "时间节点",
    "时限要求",
    "办结时限",
    "进度安排",
)

# Verbs closing a list of departments (``X牵头``, ``Y配合``), longest first.
VERBS: dict[str, str] = {
    "牵头负责": LEAD,
    "牵头落实": LEAD,
    "牵头": LEAD,
    "主责": LEAD,
    "配合落实": PARTNER,
    "配合": PARTNER,
    "参与": PARTNER,
    "协助": PARTNER,
    "协同": PARTNER,
    "协办": PARTNER,
    "负责落实": GENERIC,
    "负责": GENERIC,
    "落实": GENERIC,
}

# The marker printed before a leading unit in a 责任单位 list: ▲ (also △ ★ ☆ in some documents).
LEAD_MARKS = "▲△★☆"

# A department name ends with one of these (a trailing bracket is looked through: 各县(市、区), 各乡镇(街道)).
# They keep prose out of name lists.
NAME_SUFFIXES: tuple[str, ...] = (
    "成员单位",
    "办公室",
    "管委会",
    "委员会",
    "领导小组",
    "小组",
    "中心",
    "单位",
    "部门",
    "政府",
    "机构",
    "机关",
    "公司",
    "集团",
    "银行",
    "支行",
    "街道",
    "协会",
    "学会",
    "医院",
    "学校",
    "法院",
    "检察院",
    "海关",
    "局",
    "委",
    "办",
    "部",
    "厅",
    "院",
    "会",
    "室",
    "处",
    "科",
    "所",
    "站",
    "署",
    "队",
    "馆",
    "社",
    "联",
    "司",
    "组",
    "镇",
    "乡",
    "县",
    "区",
    "市",
)

# Characters that never occur inside a department name (they belong to prose).
NOT_IN_NAME = "的为是按将对把被在以与或也都要于了着"

# Words that join two names (split only when both sides are names: 市工业和信息化局 stays whole).
CONJUNCTIONS = ("和", "及", "以及", "与")

# Open list: 等, 等部门, 等单位.
OPEN_LIST = r"等(?:相关|有关)?(?:部门|单位)?"

# 按职责分工 and its variants.
BY_DUTY = r"(?:按照|按|根据|依据)(?:各自)?职责(?:分工)?"

# Each listed unit leads its own part.
EACH = "分别"

# Declared conventions (folded). The first says the first-listed unit leads; the second says 分别负责 means
# each unit leads its own part. ``下同`` extends a declaration to every later clause.
FIRST_LEADS_PATTERNS: tuple[str, ...] = (
    r"(?:排在|排名|列在|列于|列|位列|位于|放在)?(?:第一位|首位|第一个|第一|最前面|最前)的?(?:单位|部门)?"
    r"(?:为|是|系)(?:牵头|主责|主办)(?:单位|部门)",
    r"(?:牵头|主责)(?:单位|部门)(?:排|列|放)(?:在|于)?(?:第一位|首位|最前面|最前)",
)
EACH_LEADS_PATTERNS: tuple[str, ...] = (
    r"分别负责(?:为|是|指|即)(?:各)?(?:相关)?(?:部门|单位)?(?:按职责|按照职责|根据职责|按各自职责)?(?:分工)?分别牵头",
)
SAME_BELOW = r"(?:下同|以下同|后同|下文同)"

# Every declaration above names the lead with one of these words (the finder skips the sentences that hold none).
DECLARATION_WORDS: tuple[str, ...] = ("牵头", "主责", "主办")

# Canonical spellings used by ``str(Responsibility)``.
CANONICAL_FIRST_LEADS = "排在第一位的为牵头单位"
CANONICAL_EACH_LEADS = "分别负责为各部门按职责分别牵头"
