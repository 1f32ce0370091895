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


TABLE = (
    "某市医改重点任务分工表\n"
    "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
    "1\t推进分级诊疗\t市卫生健康委\t市医保局、市财政局\t2022年底前\n"
    "2\t开展集中采购\t市医保局\t\t2022年6月底前\n"
    "3\t组织开展评估\t—\t\t\n"
    "以上任务按季度报送进展。\n"
    "姓名\t单位\t电话\n"
    "张某\t市卫生健康委\t12345678\n"
)


def test_rows_of_a_task_table_are_tasks() -> None:
    from zhpolicy.tasks import table_tasks

    tasks = table_tasks(TABLE)
    rows = [(t.number, t.title, t.responsibility.leads, t.responsibility.partners, t.due()) for t in tasks]
    assert rows == [
        ("1", "推进分级诊疗", ("市卫生健康委",), ("市医保局", "市财政局"), ("2022年底前",)),
        ("2", "开展集中采购", ("市医保局",), (), ("2022年6月底前",)),
    ]
    first = tasks[0]
    assert TABLE[first.start : first.end] == "1\t推进分级诊疗\t市卫生健康委\t市医保局、市财政局\t2022年底前"


def test_a_generic_unit_column_keeps_the_lead_open_unless_marked() -> None:
    from zhpolicy.tasks import table_tasks

    text = "序号\t任务\t责任单位\n1\t推进分级诊疗\t▲市卫生健康委、市医保局\n2\t加强监管\t市医保局、市公安局\n"
    first, second = table_tasks(text)
    assert (first.responsibility.leads, first.responsibility.partners) == (("市卫生健康委",), ("市医保局",))
    assert not second.responsibility.lead_order_known
    assert second.responsibility.units == ("市医保局", "市公安局")


def test_tables_without_a_department_column_are_not_task_tables() -> None:
    from zhpolicy.tasks import table_tasks

    assert table_tasks("姓名\t单位\t电话\n张某\t市卫生健康委\t12345678\n") == ()
    assert table_tasks("序号\t指标\t目标值\n1\t覆盖率\t90%\n") == ()
    assert table_tasks("") == ()
