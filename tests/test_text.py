"""The text layer: folding tables, exact offsets, and the fast paths."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from opencc import OpenCC

from strategies.render import to_full_width, to_traditional
from zhpolicy import Text, normalize

FOLDS = [
    # (original, folded)
    ("义政办发〔2020〕47号", "义政办发[2020]47号"),
    ("皖醫改秘函﹝２０２０﹞4號", "皖医改秘函[2020]4号"),
    ("（一）加强领导", "(一)加强领导"),
    ("【2019】［2019］〖2019〗", "[2019][2019][2019]"),
    ("８５％以上", "85%以上"),
    ("责任单位：▲医保局，卫健局；", "责任单位:▲医保局,卫健局;"),
    ("《关于贯彻〈实施意见〉的通知》", "《关于贯彻<实施意见>的通知》"),
    ("2019—2021年", "2019-2021年"),
    ("6∶3∶1", "6:3:1"),
    ("9月1日〜9月30日", "9月1日~9月30日"),
    ("4.1万元/人・年", "4.1万元/人·年"),
    ("国医改发〔2019〕\u30002号\u00a0", "国医改发[2019] 2号 "),
    ("乾隆年間，著名的醫學家", "乾隆年间,著名的医学家"),  # phrase 乾隆 stays; 著 is already simplified
    ("財政局、發展改革委", "财政局、发展改革委"),
]


@pytest.mark.parametrize(("original", "folded"), FOLDS)
def test_fold(original: str, folded: str) -> None:
    t = normalize(original)
    assert t.original == original
    assert t.folded == folded


UNCHANGED = [
    "",
    "abc 123",
    "一、总体要求",
    "各有关单位、各部门",
    "2021年8月4日",
    "“十四五”时期",
    "《医疗保障基金使用监督管理条例》",
]


@pytest.mark.parametrize("s", UNCHANGED)
def test_nothing_to_fold_is_not_copied(s: str) -> None:
    t = normalize(s)
    assert t.folded == s
    assert t.folded is s
    assert not t.has_traditional


def test_has_traditional() -> None:
    assert normalize("醫保局").has_traditional
    assert not normalize("（医保局）").has_traditional


def test_normalize_is_idempotent_on_text() -> None:
    t = normalize("醫保局")
    assert normalize(t) is t


def test_text_equality_is_by_original() -> None:
    assert normalize("醫保局") == normalize("醫保局")
    assert normalize("醫保局") != normalize("医保局")
    assert len({normalize("a"), normalize("a")}) == 1


def test_cached_computes_once() -> None:
    t = normalize("x")
    calls = []

    def compute(text: Text) -> int:
        calls.append(1)
        return len(text)

    assert t.cached("k", compute) == 1
    assert t.cached("k", compute) == 1
    assert len(calls) == 1


def test_span_and_offsets() -> None:
    t = normalize("第一，醫保")
    assert t.span(3, 5) == (3, 5)
    assert t.original[slice(*t.span(3, 5))] == "醫保"
    with pytest.raises(IndexError):
        t.to_original(6)


def test_rejects_non_str() -> None:
    with pytest.raises(TypeError):
        normalize(b"bytes")  # type: ignore[arg-type]


def test_many_distinct_characters_take_the_translate_path() -> None:
    original = "".join(chr(c) for c in range(0xFF10, 0xFF5B))  # ０…ｚ: more than the replace limit
    assert normalize(original).folded == "".join(chr(c - 0xFEE0) for c in range(0xFF10, 0xFF5B))


SENTENCES = [
    "市卫生健康委员会负责组织实施，市医保局、市财政局按职责分工配合。",
    "到2022年，全市二级以上公立医院全部开展预约诊疗服务，就诊率达到90%以上。",
    "乾隆年间的医学著作和著名的干部理发馆",
    "各县（市、区）要在2020年9月底前完成医疗服务价格调整工作。",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_traditional_round_trip_agrees_with_opencc(sentence: str) -> None:
    """Our length-preserving conversion gives what OpenCC's own t2s converter gives."""
    traditional = to_traditional(sentence)
    assert normalize(traditional).folded == str(OpenCC("t2s").convert(traditional)).translate(
        str.maketrans("，（）：；", ",():;")
    )


# Random text built from the alphabets real pages mix: simplified, traditional, full-width, brackets, spaces.
_ALPHABET = st.sampled_from(
    list("医保局卫健委财政发号年月日一二三四五六七八九十〇万亿")
    + list("醫衛財發號萬億兩乾著於")
    + list("０１２３４５６７８９％：；，（）［］〔〕【】﹝﹞〈〉《》—－∶・\u3000\u00a0\u200b")
    + list("0123456789%:;,()[]<>-. abcABC\n\t")
)
_mixed_text = st.lists(_ALPHABET, max_size=80).map("".join) | st.text(max_size=80)


@given(_mixed_text)
def test_folding_keeps_length_and_original(s: str) -> None:
    t = normalize(s)
    assert t.original == s
    assert len(t.folded) == len(s)


@given(_mixed_text, st.data())
def test_every_span_maps_to_what_was_read(s: str, data: st.DataObject) -> None:
    """Exactness: a span of the folded copy maps to the original characters it was folded from."""
    t = normalize(s)
    start = data.draw(st.integers(0, len(s)))
    end = data.draw(st.integers(start, len(s)))
    o_start, o_end = t.span(start, end)
    assert (o_end - o_start) == (end - start)
    assert normalize(t.original[o_start:o_end]).folded == t.folded[start:end] or t.has_traditional


@settings(max_examples=50)
@given(st.text(alphabet="医保局卫健委财政发号年月日关于印发实施方案的通知", max_size=40))
def test_rendered_forms_fold_to_the_same_text(s: str) -> None:
    folded = normalize(s).folded
    assert normalize(to_full_width(s)).folded == folded
    assert normalize(to_traditional(s)).folded == folded


def test_astral_traditional_characters_fold() -> None:
    # 𠁞 (U+2005E) is traditional for 𠀾: astral code points take their own path through the fold
    many_full_width = "".join(chr(c) for c in range(0xFF10, 0xFF5B))
    for prefix in ("", "醫" * 10, many_full_width):
        t = normalize(prefix + "𠁞😀")
        assert t.folded.endswith("𠀾😀")
        assert len(t.folded) == len(t.original)


def test_traditional_beyond_the_probe_is_still_converted() -> None:
    t = normalize("医" * 10_000 + "醫")
    assert t.folded == "医" * 10_001
    assert t.has_traditional


@given(st.lists(_ALPHABET | st.sampled_from(["𠁞", "😀", "𠀾"]), max_size=80).map("".join) | st.text(max_size=80))
def test_the_probe_finds_traditional_script_as_the_full_fold_would(s: str) -> None:
    """The probe searches for the first traditional character; it says what collecting every character to fold
    in the probed part and looking for a traditional one among them says."""
    from zhpolicy import text as module

    for text in (s, "医" * (module._PROBE - 3) + s):
        collected = module._changing_characters(True).findall(text, 0, module._PROBE)
        assert module._opens_in_traditional(text) == module._is_traditional(collected)


@given(st.text(st.characters(blacklist_categories=()), max_size=40))
@example("\ud800")
@example("医\U0002005e")
def test_astral_code_points_are_told_by_the_utf16_length(s: str) -> None:
    # text._holds_astral: only a text holding one is searched for astral characters to fold
    from zhpolicy import text as module

    assert module._holds_astral(s) == any(ord(c) > 0xFFFF for c in s)


def _phrase_pieces() -> st.SearchStrategy[str]:
    from zhpolicy import _fold_data

    phrases = sorted(_fold_data.traditional_phrases())
    # whole phrases, their beginnings and ends (where one phrase may start inside another), and plain characters
    return st.sampled_from(phrases).flatmap(
        lambda p: st.sampled_from([p, p[: len(p) // 2], p[len(p) // 2 :], p[:1], p[-1:]])
    ) | st.sampled_from(list("医保局乾隆於著"))


@given(st.lists(_phrase_pieces(), max_size=12).map("".join))
def test_the_grouped_phrases_match_as_the_flat_alternation(s: str) -> None:
    """The phrase pattern, grouped by first character, finds what one alternation of every phrase, the longest
    first, finds."""
    import re

    from zhpolicy import _fold_data
    from zhpolicy import text as module

    phrases = sorted(_fold_data.traditional_phrases(), key=len, reverse=True)
    flat = re.compile("|".join(re.escape(p) for p in phrases))
    pattern = module._phrase_pattern()
    assert pattern is not None
    assert [m.span() for m in pattern.finditer(s)] == [m.span() for m in flat.finditer(s)]


_FILLER = st.sampled_from(["医保局", "各地要加强组织领导，" * 2, "覆盖", "沈阳", "一", "。", " "])


@given(st.lists(_phrase_pieces() | _FILLER, max_size=16).map("".join))
def test_phrases_read_around_their_anchors_as_over_the_whole_text(s: str) -> None:
    """A text with a few characters to fold is searched for phrases only around each phrase's anchor character
    (text._phrase_windows): that finds what a search of the whole text finds."""
    from zhpolicy import text as module

    table = module._fold_table()
    folded = "".join(table.get(c, c) for c in s)
    windows = module._phrase_windows(s, {c for c in s if c in table})
    assert module._apply_phrases(s, folded, windows) == module._apply_phrases(s, folded)


def test_a_phrase_far_from_other_traditional_characters_is_read() -> None:
    # 反覆 and 沈默 hold no character that folds alone: their own anchors open their windows
    for phrase, simplified in (("反覆", "反复"), ("沈默", "沉默"), ("乾隆年間", "乾隆年间")):
        text = "醫" + "各地要加强组织领导。" * 5 + phrase + "。"
        assert normalize(text).folded == "医" + "各地要加强组织领导。" * 5 + simplified + "。"


def test_every_phrase_is_read_in_its_anchors_window_and_not_in_a_smaller_one() -> None:
    from zhpolicy import _fold_data
    from zhpolicy import text as module

    table = module._fold_table()
    folding, fixed, before, after = module._phrase_anchors()

    def alike(phrase: str, margins: tuple[int, int]) -> bool:
        text = "各地要加强组织领导，" + phrase + "，各地要加强组织领导"
        folded = "".join(table.get(c, c) for c in text)
        saved = module._phrase_anchors
        module._phrase_anchors = lambda: (folding, fixed, *margins)  # type: ignore[assignment]
        try:
            windows = module._phrase_windows(text, {c for c in text if c in table})
        finally:
            module._phrase_anchors = saved  # type: ignore[method-assign]
        return module._apply_phrases(text, folded, windows) == module._apply_phrases(text, folded)

    phrases = sorted(_fold_data.traditional_phrases())
    assert all(alike(p, (before, after)) for p in phrases)
    assert not all(alike(p, (before - 1, after)) for p in phrases)
    # (one character less after the anchor still finds every phrase: the longest, 酒逢知己千鍾少話…, holds a second
    # folding character, 話, whose own window reaches its end)
