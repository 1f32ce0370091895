"""Responsibility clauses (责任分工): which departments lead a task and which support it.

Work plans (实施方案, 工作要点, 任务清单) close each task with the departments responsible for it. GB/T 9704-2012
says nothing about these clauses; the conventions are the documents' own, and they come in a few forms:

* a labelled list, the leading unit marked with ▲: ``（责任单位：▲医保局、卫健局）`` — or without the label,
  ``（▲医保局、卫健局）``; a single unit leads alone: ``（责任单位：卫健局）``;
* label pairs: ``（牵头单位：X；配合单位：Y、Z）``, ``（牵头部门：X，责任部门：Y）``, ``牵头单位：X 责任单位：Y``
  on a line of its own;
* verbs: ``（X牵头，Y、Z配合）``, ``（X负责，Y参与）``;
* ``（X、Y分别负责）``: each unit leads its own part, so all of them lead;
* plain ``（X、Y负责）`` or ``（X、Y等负责）``: who leads depends on a convention the document declares once —
  ``排在第一位的为牵头部门，下同`` (the first listed unit leads, here and in every later clause). Without a declared
  convention the lead order is unknown, and :class:`Responsibility` says so (``lead_order_known=False``).

    >>> from zhpolicy import Responsibility
    >>> r = Responsibility.parse("（责任单位：▲市医保局、市卫生健康委、市财政局）")
    >>> r.leads, r.partners
    (('市医保局',), ('市卫生健康委', '市财政局'))
    >>> Responsibility.parse("(县卫健局牵头,县医保局、县财政局配合)").partners
    ('县医保局', '县财政局')
    >>> u = Responsibility.parse("（区卫健局、区医保局负责）")
    >>> u.lead_order_known, u.leads, u.units
    (False, (), ('区卫健局', '区医保局'))

:meth:`Responsibility.find` reads a whole document and applies the conventions it declares to the clauses that
follow the declaration:

    >>> text = "完善机制（市医保局、市财政局负责。排在第一位的为牵头部门，下同）。强化监管（市卫健委、市医保局等负责）"
    >>> [(m.value.leads, m.value.convention.value) for m in Responsibility.find(text)]
    [(('市医保局',), 'first_listed_leads'), (('市卫健委',), 'first_listed_leads')]
"""

from __future__ import annotations

import bisect
import enum
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from functools import cache, lru_cache
from typing import Any

import attrs
import regex

from . import _responsibility_data as _data
from .errors import ParseError
from .match import JSON, Match, read_list, read_optional_str
from .scan import find_typed, register, sentences
from .text import Text, normalize

__all__ = ["KIND", "Convention", "Responsibility"]

KIND = "responsibility"

# A clause never spans more than this many characters; keeps every scan linear.
_MAX_CLAUSE = 300


class Convention(enum.Enum):
    """A reading rule a document declares for its responsibility clauses."""

    FIRST_LISTED_LEADS = "first_listed_leads"  # 排在第一位的为牵头部门: the first listed unit leads
    EACH_LEADS_OWN_PART = "each_leads_own_part"  # 分别负责为各部门按职责分别牵头: every unit leads its own part


def _names(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(map(str, values))


def _known_labels(instance: object, attribute: object, labels: tuple[str, ...]) -> None:
    # str() prints a clause by what its labels say: a label it does not know has nothing to print
    unknown = [label for label in labels if label not in _data.LABELS]
    if unknown:
        raise ValueError(f"labels must be clause labels (责任单位, 牵头单位, 配合单位 …), not {', '.join(unknown)}")


@attrs.frozen
class Responsibility:
    """Who is responsible for a task, as one clause says.

    Attributes:
        leads: the leading units (牵头), in text order; empty when the lead order is unknown.
        partners: the supporting units (配合/参与), in text order; empty when the lead order is unknown.
        units: every unit the clause names, in text order (leads and partners together, or everyone when the lead
            order is unknown).
        lead_order_known: False when the clause names units without saying who leads and the document declares no
            convention that says it (plain ``（X、Y负责）``); then ``leads`` and ``partners`` are empty, not a guess.
        each_leads_own_part: the clause says 分别负责 — each unit leads its own part.
        open_list: the list ends with 等 — other units may take part.
        by_duty: the clause says 按职责分工 — each unit acts within its own remit.
        labels: the labels used, as written in simplified script (``责任单位``, ``牵头单位``, ``配合单位`` …).
        convention: the declared document convention that decided the lead order, if one did.
    """

    leads: tuple[str, ...] = attrs.field(converter=_names)
    partners: tuple[str, ...] = attrs.field(converter=_names)
    units: tuple[str, ...] = attrs.field(converter=_names)
    lead_order_known: bool = True
    each_leads_own_part: bool = False
    open_list: bool = False
    by_duty: bool = False
    labels: tuple[str, ...] = attrs.field(default=(), converter=_names, validator=_known_labels)
    convention: Convention | None = None

    @classmethod
    def parse(cls, s: str) -> Responsibility:
        """Read one clause spanning the whole of ``s`` (brackets optional); raise :class:`ParseError` otherwise.

        A convention declared inside the clause (``…负责。排在第一位的为牵头部门``) applies to it.
        """
        folded = normalize(s).folded
        start, end = 0, len(folded)
        while start < end and folded[start].isspace():
            start += 1
        while end > start and folded[end - 1].isspace():
            end -= 1
        if end - start >= 2 and folded[start] == "(" and folded[end - 1] == ")":
            start, end = start + 1, end - 1
        if start == end:
            raise ParseError("a responsibility clause", s, start)
        clause = _read_clause(folded[start:end])
        value = None if clause is None else _resolve(clause, frozenset())
        if value is None:
            raise ParseError("a responsibility clause (department names with a label, ▲ or a verb)", s, start)
        return value

    @staticmethod
    def find(text: str | Text) -> list[Match[Responsibility]]:
        """Every responsibility clause in ``text``, in reading order, with the document's conventions applied."""
        return find_typed(text, KIND, Responsibility)

    def __str__(self) -> str:
        return "（" + _render(self) + "）"

    def to_dict(self) -> dict[str, JSON]:
        return {
            "leads": list(self.leads),
            "partners": list(self.partners),
            "units": list(self.units),
            "lead_order_known": self.lead_order_known,
            "each_leads_own_part": self.each_leads_own_part,
            "open_list": self.open_list,
            "by_duty": self.by_duty,
            "labels": list(self.labels),
            "convention": None if self.convention is None else self.convention.value,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, JSON]) -> Responsibility:
        """The value back from :meth:`to_dict` (missing flags take their defaults)."""
        convention = read_optional_str(d, "convention")

        def names(key: str) -> tuple[str, ...]:
            values = read_list(d, key)
            if not all(isinstance(v, str) for v in values):
                raise TypeError(f"field {key!r} must be a list of strings")
            return tuple(str(v) for v in values)

        def flag(key: str, default: bool) -> bool:
            value = d.get(key, default)
            if not isinstance(value, bool):
                raise TypeError(f"field {key!r} must be a boolean")
            return value

        return cls(
            leads=names("leads"),
            partners=names("partners"),
            units=names("units"),
            lead_order_known=flag("lead_order_known", True),
            each_leads_own_part=flag("each_leads_own_part", False),
            open_list=flag("open_list", False),
            by_duty=flag("by_duty", False),
            labels=names("labels"),
            convention=None if convention is None else Convention(convention),
        )


# ---------------------------------------------------------------------------------------------------------------
# Patterns (compiled lazily).


def _alternation(words: Any) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _bracket_pattern() -> regex.Pattern[str]:
    """A bracketed span (one level of nested brackets allowed)."""
    return regex.compile(rf"\((?>[^()\n]|\([^()\n]{{0,12}}\)){{1,{_MAX_CLAUSE}}}\)")


@cache
def _line_pattern() -> regex.Pattern[str]:
    """A labelled list at a line or sentence start (group 1: the list, from its label)."""
    labels = _alternation(_data.LABELS)
    return regex.compile(
        rf"(?:^|(?<=[。\n]))[ \t]*+(?P<line>(?:{labels})[ \t]*+:[^\n。()]{{1,{_MAX_CLAUSE}}}+)", regex.MULTILINE
    )


@cache
def _signal_pattern() -> regex.Pattern[str]:
    """What every clause holds somewhere (see ``_Clause.has_signal``): a label, a verb or a lead mark."""
    return regex.compile(rf"{_alternation([*_data.LABELS, *_data.VERBS])}|[{_data.LEAD_MARKS}]")


@cache
def _split_pattern() -> regex.Pattern[str]:
    """Where a clause splits into pieces: , ; 。 and before every label."""
    labels = _alternation([*_data.LABELS, *_data.OTHER_LABELS])
    # (?<![ \t]): a run of blanks is tried once, not from every position in it
    return regex.compile(rf"[,;。]|(?<![ \t])[ \t]*+(?=(?:{labels})[ \t]*+:)")


@cache
def _other_label_pattern() -> regex.Pattern[str]:
    return regex.compile(rf"(?:{_alternation(_data.OTHER_LABELS)})[ \t]*+:")


def _first_characters(*sources: str) -> str:
    """The characters a match of any of ``sources`` can begin with, as a character class (each source is made of
    literals, groups, ``?`` and ``|``, so every such character is written in it)."""
    firsts = {c for source in sources for c in source if regex.compile(source).fullmatch(c, partial=True)}
    return "[" + "".join(regex.escape(c) for c in sorted(firsts)) + "]"


@cache
def _group_pattern() -> re.Pattern[str]:
    labels = _alternation(_data.LABELS)
    verbs = _alternation(_data.VERBS)
    tail = [_data.OPEN_LIST, _data.BY_DUTY, _data.EACH, verbs]
    # The lazy names stop only where the end or a word after them can begin: the same match, without trying every
    # word at every character. The standard library's re runs this lazy loop about three times faster than regex.
    # The groups are read by position: label, names, open, duty, each, verb.
    return re.compile(
        rf"(?:由)?(?:(?P<label>{labels})[ \t]*+:[ \t]*+)?(?P<names>.+?)(?={_first_characters(*tail)}|\Z)"
        rf"(?P<open>{_data.OPEN_LIST})?(?P<duty>{_data.BY_DUTY})?(?P<each>{_data.EACH})?(?P<verb>{verbs})?",
    )


@cache
def _declaration_pattern() -> regex.Pattern[str]:
    first = "|".join(_data.FIRST_LEADS_PATTERNS)
    each = "|".join(_data.EACH_LEADS_PATTERNS)
    return regex.compile(rf"(?:注:)?(?:(?P<first>{first})|(?P<each>{each}))[,]?(?P<below>{_data.SAME_BELOW})?")


@cache
def _same_below_pattern() -> regex.Pattern[str]:
    return regex.compile(_data.SAME_BELOW)


@cache
def _name_pattern() -> regex.Pattern[str]:
    suffixes = _alternation(_data.NAME_SUFFIXES)
    return regex.compile(
        # a bracketed aside belongs to the name: 各县(市、区)人民政府, 各县[市、区] (from 〔〕) 卫生健康局
        rf"(?:[\p{{Han}}A-Za-z0-9·]|[(\[][\p{{Han}}、]{{1,10}}[)\]]){{1,40}}"
        rf"(?<=(?:{suffixes})(?:[(\[][\p{{Han}}、]{{1,10}}[)\]])?)"
    )


@cache
def _conjunction_pattern() -> regex.Pattern[str]:
    return regex.compile(_alternation(_data.CONJUNCTIONS))


# ---------------------------------------------------------------------------------------------------------------
# Reading one clause.


@attrs.define
class _Group:
    label: str | None
    verb: str | None
    names: list[tuple[str, bool]]  # (name, marked with ▲)


@attrs.define
class _Clause:
    groups: list[_Group]
    open_list: bool = False
    by_duty: bool = False
    each: bool = False
    declared: set[Convention] = attrs.field(factory=set)
    same_below: bool = False

    @property
    def has_signal(self) -> bool:
        """A label, a verb or a ▲: what sets a clause apart from a bracketed list of names."""
        return any(g.label or g.verb or any(marked for _, marked in g.names) for g in self.groups)


def _split_top(s: str, separators: str) -> list[str]:
    """Split ``s`` at ``separators`` outside brackets."""
    if "(" not in s and "[" not in s:  # nothing opens a bracket (a lone closing one changes nothing): split anywhere
        for separator in separators[1:]:
            s = s.replace(separator, separators[0])
        return s.split(separators[0])
    return _split_walking(s, separators)


def _split_walking(s: str, separators: str) -> list[str]:
    """:func:`_split_top` by a walk that counts bracket depth (what it does when a bracket opens)."""
    pieces: list[str] = []
    depth, begin = 0, 0
    for i, ch in enumerate(s):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(depth - 1, 0)
        elif depth == 0 and ch in separators:
            pieces.append(s[begin:i])
            begin = i + 1
    pieces.append(s[begin:])
    return pieces


@lru_cache(maxsize=4096)  # a document names the same few departments again and again
def _is_name(s: str) -> bool:
    return (
        len(s) >= 2
        and _name_pattern().fullmatch(s) is not None
        and not any(ch in _data.NOT_IN_NAME for ch in s)
        and not s.startswith("等")
    )


@lru_cache(maxsize=4096)  # the same names, marked or not, come back in clause after clause
def _read_item(item: str) -> tuple[tuple[str, bool], ...] | None:
    """The names in one item of a list (``▲A``, or ``A和B`` where both sides are names), or None if it is not names."""
    marked = item[0] in _data.LEAD_MARKS
    raw = item.lstrip(_data.LEAD_MARKS).strip()
    parts = _conjunction_pattern().split(raw)
    bare = [p.lstrip(_data.LEAD_MARKS) for p in parts]
    if len(parts) >= 2 and all(_is_name(p) for p in bare):
        return tuple((b, (marked and i == 0) or p != b) for i, (p, b) in enumerate(zip(parts, bare, strict=True)))
    if _is_name(raw):
        return ((raw, marked),)
    return None


def _read_names(s: str) -> list[tuple[str, bool]] | None:
    """Department names separated by 、 or spaces (and 和/及 where both sides are names); None if any is not one."""
    names: list[tuple[str, bool]] = []
    for piece in _split_top(s, "、 \t"):
        item = piece.strip()
        if not item:
            continue
        read = _read_item(item)
        if read is None:
            return None
        names.extend(read)
    return names


def _read_clause(content: str) -> _Clause | None:
    """The groups of one clause (text inside the brackets, folded), or None when it is not one."""
    clause = _Clause(groups=[])
    current: _Group | None = None
    for raw in _split_pattern().split(content):
        piece = raw.strip()
        if not piece:
            continue
        if _other_label_pattern().match(piece):
            continue
        if _same_below_pattern().fullmatch(piece):
            clause.same_below = True
            continue
        declaration = _declaration_pattern().fullmatch(piece)
        if declaration:
            clause.declared.add(
                Convention.FIRST_LISTED_LEADS if declaration.group("first") else Convention.EACH_LEADS_OWN_PART
            )
            clause.same_below = clause.same_below or bool(declaration.group("below"))
            continue
        if clause.declared or clause.same_below:
            return None  # names after a declaration: prose, not a clause
        m = _group_pattern().fullmatch(piece)
        if m is None:
            return None
        label, listed, open_list, by_duty, each, verb = m.groups()  # by position: far cheaper than by name
        names = _read_names(listed)
        if not names:
            return None
        clause.open_list |= open_list is not None
        clause.by_duty |= by_duty is not None
        clause.each |= each is not None
        if label is None and current is not None and current.verb is None:
            current.names.extend(names)
            current.verb = verb
            continue
        if label is None and (open_list or by_duty or each) and verb is None:
            return None  # 等 / 按职责分工 / 分别 need a verb after them when no label stands before
        current = _Group(label, verb, names)
        clause.groups.append(current)
    return clause if clause.groups else None


def _role(group: _Group) -> str:
    if group.label is not None and _data.LABELS[group.label] != _data.GENERIC:
        return _data.LABELS[group.label]
    if group.verb is not None:
        return _data.VERBS[group.verb]
    return _data.GENERIC


def _complement(roles: list[str]) -> str:
    """The role of a generic group beside explicit ones: 负责 beside 参与 leads; 责任部门 beside 牵头部门 supports."""
    if _data.PARTNER in roles and _data.LEAD not in roles:
        return _data.LEAD
    return _data.PARTNER


def _resolve(clause: _Clause, active: frozenset[Convention]) -> Responsibility | None:
    """The value of a clause under the conventions in force (declared earlier with 下同, or inside it)."""
    units = [name for g in clause.groups for name, _ in g.names]
    labels = list(dict.fromkeys(g.label for g in clause.groups if g.label is not None))  # each label once
    flags: dict[str, Any] = {
        "open_list": clause.open_list,
        "by_duty": clause.by_duty,
        "each_leads_own_part": clause.each,
        "labels": labels,
    }
    conventions = active | clause.declared
    roles = [_role(g) for g in clause.groups]
    if any(r != _data.GENERIC for r in roles):
        other = _complement(roles)
        leads: list[str] = []
        partners: list[str] = []
        for g, r in zip(clause.groups, roles, strict=True):
            leading = (other if r == _data.GENERIC else r) == _data.LEAD
            if leading and any(m for _, m in g.names) and not all(m for _, m in g.names):
                # 牵头单位：▲A、B — the ▲ still says which of the listed units leads
                leads.extend(name for name, m in g.names if m)
                partners.extend(name for name, m in g.names if not m)
                continue
            (leads if leading else partners).extend(name for name, _ in g.names)
        return Responsibility(leads, partners, units, **flags)
    marked = [name for g in clause.groups for name, m in g.names if m]
    if marked:
        rest = [name for g in clause.groups for name, m in g.names if not m]
        return Responsibility(marked, rest, units, **flags)
    if clause.each:
        convention = Convention.EACH_LEADS_OWN_PART if Convention.EACH_LEADS_OWN_PART in conventions else None
        return Responsibility(units, (), units, convention=convention, **flags)
    if len(units) == 1:
        return Responsibility(units, (), units, **flags)
    if Convention.FIRST_LISTED_LEADS in conventions:
        return Responsibility(units[:1], units[1:], units, convention=Convention.FIRST_LISTED_LEADS, **flags)
    return Responsibility((), (), units, lead_order_known=False, **flags)


# ---------------------------------------------------------------------------------------------------------------
# Rendering: a canonical clause that parses back to the same value.


def _tail(v: Responsibility, verb: str) -> str:
    return (
        ("等" if v.open_list else "")
        + ("按职责分工" if v.by_duty else "")
        + ("分别" if v.each_leads_own_part else "")
        + verb
    )


def _sections(v: Responsibility) -> list[tuple[str, tuple[str, ...]]] | None:
    """Label sections (牵头单位：…；配合单位：…) when the labels alone say who leads."""
    if not v.lead_order_known or not v.labels or len(v.labels) > 2 or v.convention is not None:
        return None
    roles = [_data.LABELS[label] for label in v.labels]
    if len(roles) == 1:
        if roles[0] == _data.LEAD and not v.partners:
            return [(v.labels[0], v.leads)]
        if roles[0] == _data.PARTNER and not v.leads:
            return [(v.labels[0], v.partners)]
        return None
    other = _complement(roles)
    resolved = [other if r == _data.GENERIC else r for r in roles]
    if sorted(resolved) != [_data.LEAD, _data.PARTNER] or not v.leads or not v.partners:
        return None
    pairs = zip(v.labels, resolved, strict=True)
    sections = [(label, v.leads if r == _data.LEAD else v.partners) for label, r in pairs]
    if tuple(n for _, names in sections for n in names) != v.units:
        return None
    return sections


def _marked(units: tuple[str, ...], leads: tuple[str, ...]) -> Iterator[str]:
    # ▲ on as many printings of a name as it leads: a clause may name a unit twice, once leading and once not
    unmarked = Counter(leads)
    for unit in units:
        if unmarked[unit]:
            unmarked[unit] -= 1
            yield "▲" + unit
        else:
            yield unit


def _render(v: Responsibility) -> str:
    names = "、".join
    sections = _sections(v)
    if sections is not None:
        body = "；".join(f"{label}：{names(units)}" for label, units in sections)
        flags = _tail(v, "负责") if (v.by_duty or v.each_leads_own_part) else _tail(v, "")
        return body + flags
    prefix = f"{v.labels[0]}：" if v.labels and _data.LABELS[v.labels[0]] == _data.GENERIC else ""
    if not v.lead_order_known:
        verb = "负责" if not prefix or v.by_duty else ""
        return prefix + names(v.units) + _tail(v, verb)
    if v.convention is Convention.FIRST_LISTED_LEADS:
        verb = "负责" if not prefix or v.by_duty else ""
        return prefix + names(v.units) + _tail(v, verb) + "。" + _data.CANONICAL_FIRST_LEADS
    if v.convention is Convention.EACH_LEADS_OWN_PART:
        return prefix + names(v.units) + _tail(v, "负责") + "。" + _data.CANONICAL_EACH_LEADS
    if not v.leads:
        return names(v.units) + _tail(v, "配合")
    alone = v.leads == v.units and (len(v.units) == 1 or v.each_leads_own_part)
    if alone:
        verb = "负责" if not prefix or v.by_duty or v.each_leads_own_part else ""
        return prefix + names(v.units) + _tail(v, verb)
    marked = names(_marked(v.units, v.leads))
    verb = "负责" if v.by_duty or v.each_leads_own_part else ""
    if len(v.labels) == 1:
        prefix = f"{v.labels[0]}："  # 牵头单位：▲A、B keeps its label; the ▲ says who leads
    return prefix + marked + _tail(v, verb)


# ---------------------------------------------------------------------------------------------------------------
# Finding clauses in a document.


# The line and declaration patterns open with a lookbehind or optional words, which keeps the regex engine from
# skipping ahead: a pass over a whole document is slow. But a labelled list opens a sentence and holds a colon, a
# declaration holds one of DECLARATION_WORDS, and neither runs over a break; so each is looked for only in the
# sentences that can hold one, which finds exactly what a pass over the whole text would.


def _declarations(folded: str) -> list[regex.Match[str]]:
    """What ``_declaration_pattern().finditer(folded)`` finds."""
    pattern = _declaration_pattern()
    return [d for s, e in sentences(folded, _data.DECLARATION_WORDS) for d in pattern.finditer(folded, s, e)]


def _spans(folded: str) -> list[tuple[int, int, str]]:
    """``(start, end, content)`` of every bracketed span and labelled list, in text order: what one pass for either
    would find (that pass reads a bracketed span whole, a list opening inside it too)."""
    brackets = [(m.start(), m.end(), folded[m.start() + 1 : m.end() - 1]) for m in _bracket_pattern().finditer(folded)]
    opens = [start for start, _, _ in brackets]
    lines: list[tuple[int, int, str]] = []
    for sentence, sentence_end in sentences(folded, ":"):
        i = bisect.bisect_right(opens, sentence) - 1  # the last bracketed span opening before the sentence
        m = _line_pattern().match(folded, sentence, sentence_end)
        if m is None or (i >= 0 and sentence < brackets[i][1]):
            continue
        start, end = m.span(1)
        while end > start and folded[end - 1] in " \t\r;,":
            end -= 1
        lines.append((start, end, folded[start:end]))
    return sorted(brackets + lines) if lines else brackets


def _finder(t: Text) -> list[Match[Responsibility]]:
    folded = t.folded
    clauses: list[tuple[int, int, _Clause]] = []
    for start, end, content in _spans(folded):
        if _signal_pattern().search(content) is None:
            continue  # most brackets are remarks; only a label, a verb or a ▲ can make a clause
        clause = _read_clause(content)
        if clause is not None and clause.has_signal:
            clauses.append((start, end, clause))
    # Declarations standing outside any clause (a note before the task list) apply from where they stand.
    standing: list[tuple[int, Convention]] = []
    starts = [s for s, _, _ in clauses]  # in text order, and the spans do not overlap
    for d in _declarations(folded):
        i = bisect.bisect_right(starts, d.start()) - 1  # the last clause starting at or before the declaration
        if i < 0 or d.start() >= clauses[i][1]:
            kind = Convention.FIRST_LISTED_LEADS if d.group("first") else Convention.EACH_LEADS_OWN_PART
            standing.append((d.end(), kind))
    active: frozenset[Convention] = frozenset()
    found: list[Match[Responsibility]] = []
    pending = iter(standing)
    upcoming = next(pending, None)
    for start, end, clause in clauses:
        while upcoming is not None and upcoming[0] <= start:
            active |= {upcoming[1]}
            upcoming = next(pending, None)
        value = _resolve(clause, active)
        if value is None:
            continue
        if clause.same_below:
            active |= clause.declared
        found.append(Match(KIND, value, start, end, t.original[start:end]))
    return found


register(KIND, _finder)
