"""zhpolicy.find and the overlap rule, with toy kinds registered for the test only."""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import pytest
import regex

import zhpolicy
from zhpolicy import Match, Text, normalize, scan
from zhpolicy.match import JSON


@attrs.frozen
class Word:
    word: str

    def to_dict(self) -> dict[str, JSON]:
        return {"word": self.word}

    def __str__(self) -> str:
        return self.word


def _finder(pattern: str, kind: str) -> scan.Finder:
    def find(t: Text) -> list[Match[Word]]:
        return [
            Match(kind, Word(m.group()), m.start(), m.end(), t.original[m.start() : m.end()])
            for m in regex.finditer(pattern, t.folded)
        ]

    return find


@pytest.fixture
def toy_kinds() -> Iterator[None]:
    saved = dict(scan._KINDS)
    scan._KINDS.clear()
    scan.register("outer", _finder(r"\[\d+\]\d+号", "outer"))
    scan.register("inner", _finder(r"\d+", "inner"), masked_by=("outer", "not-registered"))
    scan.register("word", _finder(r"号", "word"))
    try:
        yield
    finally:
        scan._KINDS.clear()
        scan._KINDS.update(saved)


def test_masked_kind_is_dropped_inside_its_mask(toy_kinds: None) -> None:
    found = zhpolicy.find("发〔2020〕47号，共12个")
    assert [(m.kind, m.text) for m in found] == [("outer", "〔2020〕47号"), ("word", "号"), ("inner", "12")]


def test_unmasked_overlaps_are_kept_in_reading_order(toy_kinds: None) -> None:
    found = zhpolicy.find("[1]2号")
    assert [(m.kind, m.start, m.end) for m in found] == [("outer", 0, 5), ("word", 4, 5)]


def test_kinds_filter_and_unknown_kinds(toy_kinds: None) -> None:
    assert [m.kind for m in zhpolicy.find("[1]2号 7", kinds=["inner", "nope"])] == ["inner"]
    assert scan.kinds() == ("outer", "inner", "word")
    assert scan.covered("[1]2号", "outer") == [(0, 5)]
    assert scan.covered("[1]2号", "nope") == []


def test_each_kind_runs_once_per_text(toy_kinds: None) -> None:
    calls: list[str] = []
    inner = scan._KINDS["word"].finder

    def counting(t: Text) -> list[Match[Word]]:
        calls.append(t.original)
        return inner(t)

    scan.register("word", counting)
    t = normalize("[1]2号")
    zhpolicy.find(t)
    zhpolicy.find(t)
    scan.find_kind(t, "word")
    assert calls == ["[1]2号"]


def test_match_to_dict(toy_kinds: None) -> None:
    [m] = zhpolicy.find("号", kinds=["word"])
    assert m.to_dict() == {"kind": "word", "start": 0, "end": 1, "text": "号", "value": {"word": "号"}}


def test_find_never_raises_on_any_str() -> None:
    for s in ["", "\x00", "\ud800", "（" * 1000, "〔2020〕" * 100]:
        assert isinstance(zhpolicy.find(s), list)


def test_reading_a_text_restores_the_garbage_collector() -> None:
    import gc

    assert gc.isenabled()
    zhpolicy.find("根据国办发〔2017〕32号文件，到2022年达到90%以上")
    zhpolicy.parse_document("关于做好工作的通知\n各区：\n一、加强领导\n")
    assert gc.isenabled()
    gc.disable()
    try:
        zhpolicy.find("投入5000余万元")
        assert not gc.isenabled()  # a caller's own choice is kept
    finally:
        gc.enable()
    with pytest.raises(RuntimeError), scan.paused_gc():
        raise RuntimeError("boom")
    assert gc.isenabled()
