"""The task table built from an outline (a stand-in outline here: any tree with start, end, children)."""

from __future__ import annotations

import attrs

from zhpolicy.tasks import ROW_FIELDS, Task, build_tasks


@attrs.frozen
class Item:
    start: int
    end: int
    children: tuple[Item, ...] = ()


PLAN = (
    "一、深化医保支付方式改革（市医保局牵头，市卫健委、市财政局配合）\n"
    "（一）推进按病种付费。2022年9月底前覆盖全部统筹地区。\n"
    "（二）加强基金监管。开展专项检查（责任单位：▲市医保局、市公安局）\n"
    "二、加强组织保障\n"
    "（三）完善考核办法。年底前出台考核细则。（市卫健委、市医保局负责）\n"
)


def outline(text: str) -> list[Item]:
    """A two-level outline of PLAN, located by its markers."""
    marks = ["一、", "（一）", "（二）", "二、", "（三）"]
    at = [text.index(m) for m in marks]
    end = len(text)
    first = Item(at[0], at[3], (Item(at[1], at[2]), Item(at[2], at[3])))
    second = Item(at[3], end, (Item(at[4], end),))
    return [first, second]


def test_one_task_per_item_with_a_clause_or_an_inherited_one() -> None:
    tasks = build_tasks(outline(PLAN), PLAN)
    assert [t.number for t in tasks] == ["一", "一/（一）", "一/（二）", "二/（三）"]
    assert [t.inherited for t in tasks] == [False, True, False, False]
    assert tasks[1].responsibility == tasks[0].responsibility
    assert tasks[0].responsibility.partners == ("市卫健委", "市财政局")
    assert tasks[2].responsibility.leads == ("市医保局",)
    assert not tasks[3].responsibility.lead_order_known


def test_titles_and_spans() -> None:
    tasks = build_tasks(outline(PLAN), PLAN)
    assert [t.title for t in tasks] == ["深化医保支付方式改革", "推进按病种付费", "加强基金监管", "完善考核办法"]
    for task in tasks:
        assert PLAN[task.start :].startswith(task.path[-1])


def test_deadlines_are_read_in_the_items_own_text() -> None:
    tasks = build_tasks(outline(PLAN), PLAN)
    assert [m.text for m in tasks[1].deadlines] == ["2022年9月底前"]
    assert tasks[0].deadlines == ()


def test_rows_and_dicts() -> None:
    task = build_tasks(outline(PLAN), PLAN)[0]
    row = task.to_row()
    assert tuple(row) == ROW_FIELDS
    assert row["leads"] == "市医保局" and row["partners"] == "市卫健委、市财政局"
    data = task.to_dict()
    assert data["number"] == "一" and data["responsibility"] == task.responsibility.to_dict()


def test_no_outline_no_tasks() -> None:
    assert build_tasks([], PLAN) == ()
    assert isinstance(build_tasks(outline(PLAN), PLAN)[0], Task)
