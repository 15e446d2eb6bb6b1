"""Script conversion: names, protected spans, offsets through convert_with_offsets / convert_spans."""

from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizapp.errors import QuizappError
from quizapp.paths import SOURCES
from quizapp.text import (
    SCRIPTS,
    convert,
    convert_spans,
    convert_with_offsets,
    set_overrides,
    to_simplified,
    to_traditional,
)

TRADITIONAL = ("hant", "tw", "hk")


@dataclass(frozen=True)
class Guard:
    start: int
    end: int


@pytest.mark.parametrize("script", TRADITIONAL)
@pytest.mark.parametrize(
    ("simplified", "traditional"), [("乌兰巴托", "烏蘭巴托"), ("苏赫-巴托尔", "蘇赫-巴托爾")]
)
def test_mongolian_names_in_traditional(simplified, traditional, script):
    assert convert(simplified, script) == traditional


def test_scripts():
    text = "外蒙古独立运动与台湾"
    assert convert(text, "original") == text
    assert to_simplified("外蒙古獨立運動") == convert("外蒙古獨立運動", "hans") == "外蒙古独立运动"
    assert to_traditional(text) == "外蒙古獨立運動與臺灣"
    assert convert(text, "tw") == "外蒙古獨立運動與臺灣"
    assert convert(text, "hk") == "外蒙古獨立運動與台灣"


def test_unknown_script_is_a_quizapp_error():
    with pytest.raises(QuizappError, match="unknown script"):
        convert("汉", "klingon")


def test_protected_span_is_kept_as_written():
    text = "干涉后干涉后"
    assert convert(text, "hant", protected=[(0, 3)]) == "干涉后干涉後"
    assert convert(text, "hant", protected=[Guard(3, 6)]) == "干涉後干涉后"


def test_protected_spans_unsorted_overlapping_and_out_of_range():
    text = "发展发展发展"
    spans = [(4, 99), (0, 1), (-5, 1), (3, 2), (1, 2)]
    assert convert(text, "hant", protected=spans) == "发展發展发展"


def test_empty_text():
    assert convert("", "hant") == ""
    assert convert_with_offsets("", "hans")[0] == ""


CJK_MIX = st.text(alphabet="汉漢后後发發干乾幹里裏台臺蒙古独立獨乌兰巴托烏蘭-，。 a1\n", max_size=40)


@given(text=CJK_MIX, raw_spans=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=4))
def test_protected_text_survives_every_script(text, raw_spans):
    spans = [(min(a, b), max(a, b)) for a, b in raw_spans]
    for script in SCRIPTS:
        converted, mapping = convert_with_offsets(text, script, protected=spans)
        assert converted == convert(text, script, protected=spans)
        for start, end in spans:
            start, end = min(start, len(text)), min(end, len(text))
            new_start, new_end = mapping.map_span(start, end)
            assert converted[new_start:new_end] == text[start:end]


@pytest.mark.parametrize("script", ["hans", "hant", "tw", "hk"])
def test_whole_article_keeps_its_offsets(script):
    text = (SOURCES / "外蒙古独立.md").read_text(encoding="utf-8")
    converted, mapping = convert_with_offsets(text, script)
    assert converted != text
    assert len(converted) == len(text)
    assert mapping.identity
    assert mapping.map(12345) == 12345


def test_convert_spans_with_a_length_changing_override():
    set_overrides({"to_hant": {"外蒙": "外蒙古地區"}})
    text = "外蒙独立后，乌兰巴托成为首都"
    spans = [(0, 2), (0, 4), (6, 10), (10, 14), (5, 6)]
    converted, mapped = convert_spans(text, "hant", spans)
    assert converted == "外蒙古地區獨立後，烏蘭巴托成爲首都"
    assert [converted[a:b] for a, b in mapped] == [
        "外蒙古地區",
        "外蒙古地區獨立",
        "烏蘭巴托",
        "成爲首都",
        "，",
    ]


def test_span_boundary_inside_an_override_widens_to_the_whole_replacement():
    set_overrides({"to_hant": {"外蒙": "外蒙古地區"}})
    converted, mapped = convert_spans("外蒙独立", "hant", [(1, 3)])
    assert converted[slice(*mapped[0])] == "外蒙古地區獨"


def test_convert_spans_cuts_conversion_at_span_boundaries():
    # 发展 converts as a phrase; with a boundary between 发 and 展 each side converts on its own
    converted, mapped = convert_spans("发展", "hant", [(0, 1), (1, 2)])
    assert converted == convert("发", "hant") + convert("展", "hant")
    assert mapped == [(0, 1), (1, 2)]
