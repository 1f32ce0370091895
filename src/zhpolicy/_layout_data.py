"""Tables read by :mod:`zhpolicy.layout`: metadata keys, portal chrome, title words, note labels.

Every string here is in *folded* form (simplified script, half-width ASCII, ``()`` and ``[]`` brackets), because
the layout reader matches against ``Text.folded``.
"""

from __future__ import annotations

# The disclosure header (政府信息公开目录) portals print above a document: printed key → typed field of ``Metadata``.
# Keys not listed here but listed in OTHER_METADATA_KEYS are kept in ``Metadata.other``.
METADATA_KEYS: dict[str, str] = {
    "索引号": "index_number",
    "信息索引号": "index_number",
    "索引编号": "index_number",
    "主题分类": "subject",
    "内容分类": "subject",
    "信息分类": "subject",
    "主题类别": "subject",
    "体裁分类": "genre",
    "文种分类": "genre",
    "文种": "genre",
    "发文机关": "issuer",
    "发文单位": "issuer",
    "发布单位": "issuer",
    "发布机构": "issuer",
    "发布机关": "issuer",
    "制发机关": "issuer",
    "发文字号": "doc_number",
    "文号": "doc_number",
    "文件编号": "doc_number",
    "成文日期": "written_date",
    "成文时间": "written_date",
    "发文日期": "written_date",
    "发布日期": "published_date",
    "发布时间": "published_date",
    "公开日期": "published_date",
    "公开方式": "disclosure",
    "公开形式": "disclosure",
    "公开范围": "scope",
    "有效性": "validity",
    "信息有效性": "validity",
    "有效性/截止日期": "validity",
    "时效性": "validity",
    "效力状态": "validity",
    "文件名称": "file_name",
    "信息名称": "file_name",
}

OTHER_METADATA_KEYS: tuple[str, ...] = (
    "主题词",
    "关键词",
    "组配分类",
    "服务对象",
    "统一编号",
    "登记号",
    "生效日期",
    "实施日期",
    "废止日期",
    "截止日期",
    "失效日期",
    "所属机构",
    "公开时限",
    "责任部门",
)

# Keys of a web page's own information line (时间: … 来源: … 点击次数: …): a line made of these only is chrome.
PAGE_KEYS: tuple[str, ...] = (
    "时间",
    "日期",
    "来源",
    "信息来源",
    "文章来源",
    "作者",
    "编辑",
    "责任编辑",
    "点击次数",
    "点击数",
    "点击量",
    "访问次数",
    "访问量",
    "浏览次数",
    "浏览量",
    "阅读次数",
    "阅读量",
    "字体大小",
    "字体",
    "字号",
    "分享到",
    "分享",
)

# Regex sources of portal chrome, each matching a whole *token* of a line; a line made only of such tokens (and
# separators) is chrome. Tokens ending in ``.*+`` take the rest of the line (a breadcrumb's path).
CHROME_TOKENS: tuple[str, ...] = (
    r"(?:当前位置|您的位置|您当前的位置|您现在的位置|当前的位置|所在位置|现在位置)\s*+:?.*+",
    r"首页\s*+(?:[>›»]|(?<!-)-++>).*+",
    r"(?:[>›»]|(?<!-)-++>)\s*+\S.*+",
    r"(?:点击|访问|浏览|阅读)(?:次数|数|量)\s*+:?\s*+\d{0,12}+(?:次)?",
    r"(?:点击|访问|浏览|阅读)\s*+:?\s*+\d{1,12}+次",
    r"(?:字体|字号)(?:大小)?\s*+:?(?:\s*+\[?[大中小]\]?){0,3}+",
    r"\[?[大中小]\]?\s*+\[?[大中小]\]?\s*+\[?[大中小]\]?",
    r"分享(?:到|至)?\s*+:?",
    r"(?:微信|微博|新浪微博|腾讯微博|QQ空间|QQ好友|人人网|豆瓣|朋友圈)",
    r"打印(?:本页|此页|文章|页面|正文)?",
    r"关闭(?:本页|窗口|页面|本窗口)?",
    r"(?:加入收藏|收藏本页|收藏|返回顶部|返回首页|返回列表|返回|保存本页|纠错)",
    r"(?:扫一扫|手机扫码|扫码)\S{0,20}+",
    r"点击(?:关闭|展开|收起|查看|打开)\S{0,12}+",
    r"(?:时间|日期)\s*+:\s*+[\d\-/:.年月日 ]{0,30}+",
    r"(?:信息来源|文章来源|来源)\s*+:\s*+\S{0,40}+",
    r"(?:作者|编辑|责任编辑)\s*+:\s*+\S{0,20}+",
)

# Footer markers: a line containing one of these is site footer (licences, copyright); after it, the page's
# related-article lists follow, so everything after it is chrome too (attachment lines excepted).
FOOTER_ANYWHERE: tuple[str, ...] = ("ICP备", "ICP证", "公网安备", "网站标识码", "Copyright", "copyright", "©")
FOOTER_SHORT: tuple[str, ...] = ("版权所有", "主办单位", "承办单位", "技术支持", "网站地图", "联系我们", "网站纠错")
FOOTER_STARTS: tuple[str, ...] = (
    "相关稿件",
    "相关文件",
    "相关链接",
    "相关阅读",
    "相关新闻",
    "相关解读",
    "相关政策",
    "上一篇",
    "下一篇",
)

# The words a document title ends with (文种 of GB/T 9704 §8 and the genres portals publish), longest first in use.
TITLE_WORDS: tuple[str, ...] = (
    "通知",
    "通报",
    "决定",
    "决议",
    "意见",
    "方案",
    "要点",
    "办法",
    "规定",
    "细则",
    "规则",
    "规划",
    "计划",
    "纲要",
    "报告",
    "函",
    "批复",
    "答复",
    "公告",
    "通告",
    "公报",
    "命令",
    "议案",
    "纪要",
    "请示",
    "指南",
    "指引",
    "条例",
    "章程",
    "标准",
    "规范",
    "制度",
    "措施",
    "清单",
    "工作任务",  # 深化医药卫生体制改革2022年重点工作任务: the plan's own title
    "目录",
    "名录",
    "名单",
    "解读",
    "说明",
    "总结",
    "讲话",
    "提案",
    "建议",
    "白皮书",
    "问答",
)

# Bracketed title suffixes: 实施方案(试行), 规划(2021-2025年).
TITLE_SUFFIX = r"(?:\((?:试行|暂行|修订|修订稿|征求意见稿|送审稿|草案|讨论稿|[\d\-~至年]{4,20})\))?"

# Verbs of a notice that wraps another document (关于印发《X》的通知): the embedded X is the document's title.
WRAPPER_VERBS: tuple[str, ...] = ("印发", "转发", "下发", "发布", "公布", "颁布", "批转")

# 结束语 of a body — short lines that are not an issuing organisation.
CLOSING_FORMULAS: tuple[str, ...] = (
    "特此通知",
    "特此通报",
    "特此函告",
    "特此函复",
    "特此报告",
    "特此批复",
    "特此公告",
    "特此通告",
    "特此说明",
    "此复",
    "此函",
    "专此",
    "妥否,请批示",
    "以上报告,请审议",
)

# Last words of an addressee (主送机关): organisations, or the person a reply letter answers.
ADDRESSEE_ENDINGS: tuple[str, ...] = (
    "政府",
    "办公室",
    "办公厅",
    "委员会",
    "委",
    "局",
    "厅",
    "部",
    "院",
    "办",
    "处",
    "室",
    "所",
    "站",
    "中心",
    "单位",
    "部门",
    "机构",
    "机关",
    "公司",
    "集团",
    "学校",
    "医院",
    "大学",
    "协会",
    "学会",
    "街道",
    "办事处",
    "镇",
    "乡",
    "社区",
    "委员",
    "代表",
    "同志",
    "先生",
    "女士",
    "小组",
    "组",
    "会",
    "队",
    "法院",
    "检察院",
    "银行",
    "企业",
    "省",
    "市",
    "县",
    "区",
    "州",
    "盟",
    "旗",
)

# Labels a 附注 starts with, inside round brackets: (此件公开发布), (信息公开形式:主动公开), (联系人:…).
NOTE_LABELS: tuple[str, ...] = (
    "此件",
    "本件",
    "此页无正文",
    "信息公开形式",
    "信息公开方式",
    "公开形式",
    "公开方式",
    "主动公开",
    "依申请公开",
    "不予公开",
    "删减后公开",
    "联系人",
    "联系电话",
    "联系方式",
    "联系单位",
    "承办人",
)

# Labels of an attachment list (附件说明): 附件:1.…, 附件1:….doc, 相关附件:.
ATTACHMENT_LABELS: tuple[str, ...] = ("相关附件", "附件下载", "附件")

# File extensions an attachment title may carry (附件1:….doc): dropped from the title, kept as ``extension``.
ATTACHMENT_EXTENSIONS: tuple[str, ...] = (
    "docx",
    "doc",
    "wps",
    "pdf",
    "ofd",
    "xlsx",
    "xls",
    "et",
    "zip",
    "rar",
    "7z",
    "txt",
    "jpg",
    "jpeg",
    "png",
    "pptx",
    "ppt",
)

# Labels of the 版记 (GB/T 9704 §7.4): 抄送 line.
CC_LABELS: tuple[str, ...] = ("抄送机关", "抄送单位", "抄送")

# The 发文机关标志 line of a 版头 ends with 文件 (GB/T 9704 §7.2.3).
LETTERHEAD_SUFFIX = "文件"
