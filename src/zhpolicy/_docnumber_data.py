"""Tables read by :mod:`zhpolicy.docnumber` and :mod:`zhpolicy.citation`."""

from __future__ import annotations

#: Words that end the run of text *before* an agency code (a code never contains them): verbs and particles of
#: running text. The agency code starts just after the last of these inside the run of Chinese characters.
LEFT_STOPS: tuple[str, ...] = (
    "根据",
    "按照",
    "依据",
    "依照",
    "参照",
    "对照",
    "遵照",
    "贯彻",
    "落实",
    "执行",
    "印发",
    "转发",
    "下发",
    "详见",
    "文件",
    "通知",
    "意见",
    "精神",
    "要求",
    "规定",
    "以及",
    "现将",
    "将",
    "由",
    "对",
    "号",
    "的",
    "和",
    "与",
    "及",
    "或",
    "见",
    "即",
    "是",
    "在",
    "为",
    "按",
    "据",
)

#: Characters that close an agency code and name the kind of document (发文 type).
DOC_TYPE_CHARS: frozenset[str] = frozenset("发函字令办电复报告秘通呈决议文证纪函")

#: Bracket pairs GB/T 9704-2012 §7.2.4 wants around the year: 六角括号 〔〕 only.
CANONICAL_BRACKETS = ("〔", "〕")

#: Traditional forms that are common in 发文字号 (the folded text already reads them simplified).
TRADITIONAL_MARKS: frozenset[str] = frozenset("號發辦醫衛廳財務區縣會規劃計農環經")

#: Endings of an organisation name (the issuer before a cited title).
ORG_SUFFIXES: tuple[str, ...] = (
    "人民政府",
    "政府",
    "办公厅",
    "办公室",
    "委员会",
    "领导小组",
    "中心",
    "总局",
    "局",
    "部",
    "厅",
    "委",
    "院",
    "署",
    "会",
    "办",
)
