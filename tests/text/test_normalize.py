"""normalize_for_match: script, width, punctuation, spaces and case do not matter."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizapp.text import normalize_for_match, set_overrides


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("蔣介石", "蒋介石"),
        ("１９４５", "1945"),
        ("外蒙古 ", "外蒙古"),
        ("　外蒙古\t", "外蒙古"),
        ("蘇赫-巴托爾", "苏赫巴托尔"),
        ("蘇赫·巴托爾", "苏赫巴托尔"),
        ("《中俄蒙協約》", "中俄蒙协约"),
        ("ＵＬＡＡＮＢＡＡＴＡＲ", "ulaanbaatar"),
        ("Straße", "strasse"),
        ("外\u200b蒙古", "外蒙古"),
        ("1,945", "1945"),
    ],
)
def test_equivalent_spellings_share_a_key(typed, key):
    assert normalize_for_match(typed) == normalize_for_match(key)


def test_key_is_simplified_and_stripped():
    assert normalize_for_match(" 外蒙古獨立！") == "外蒙古独立"


@pytest.mark.parametrize(("a", "b"), [("外蒙古", "内蒙古"), ("1945", "1946"), ("", "外")])
def test_different_answers_stay_different(a, b):
    assert normalize_for_match(a) != normalize_for_match(b)


def test_cache_follows_override_changes():
    assert normalize_for_match("乌兰巴托") == "乌兰巴托"
    set_overrides({"to_hans": {"乌兰巴托": "库伦"}})
    assert normalize_for_match("乌兰巴托") == "库伦"
    set_overrides(None)
    assert normalize_for_match("乌兰巴托") == "乌兰巴托"


@given(st.text(alphabet="外蒙古獨立独立１９４5 　,.，。「」-·AaＡｂ\u200b", max_size=30))
def test_normalization_is_idempotent(text):
    once = normalize_for_match(text)
    assert normalize_for_match(once) == once
