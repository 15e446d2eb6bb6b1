"""Phrase overrides: the bundled corrections, user tables, files, and how they combine with conversion."""

import json

import pytest

from quizapp.errors import QuizappError
from quizapp.text import SCRIPTS, convert, effective_overrides, load_overrides, read_overrides, set_overrides
from quizapp.text.backend import OFFICIAL, backend, opencc_convert
from quizapp.text.overrides import BUNDLED, DIRECTIONS, bundled_overrides


def test_bundled_file_is_valid():
    table = read_overrides(BUNDLED)
    assert set(table) <= set(DIRECTIONS)
    assert table["to_hant"]


@pytest.mark.parametrize("script", ["hant", "tw", "hk"])
def test_every_bundled_override_corrects_opencc(script):
    """Each bundled entry is a real correction: plain OpenCC gives something else for that key."""
    if backend().name != OFFICIAL:
        pytest.skip("the bundled table is verified against the official OpenCC")
    for phrase, replacement in effective_overrides(script).items():
        assert opencc_convert(SCRIPTS[script], phrase) != replacement, phrase


@pytest.mark.parametrize(
    ("script", "expected"),
    [("hant", "烏里雅蘇臺將軍與游錫堃"), ("tw", "烏里雅蘇臺將軍與游錫堃"), ("hk", "烏里雅蘇台將軍與游錫堃")],
)
def test_bundled_corrections_apply(script, expected):
    assert convert("烏里雅蘇臺將軍与游錫堃", script) == expected


def test_override_result_is_not_converted_again():
    set_overrides({"to_hant": {"头发": "头发"}})
    assert convert("头发很长", "hant") == "头发很長"


def test_value_already_in_the_text_is_kept_as_written():
    set_overrides({"to_hans": {"乾隆帝": "乾隆帝"}})
    assert convert("乾隆帝", "hans") == "乾隆帝"


def test_longest_key_wins():
    set_overrides({"to_hant": {"外蒙": "甲", "外蒙古": "乙"}})
    assert convert("外蒙古", "hant") == "乙"


def test_overrides_never_touch_protected_spans():
    set_overrides({"to_hant": {"外蒙": "外蒙古地區"}})
    assert convert("外蒙外蒙", "hant", protected=[(0, 2)]) == "外蒙外蒙古地區"


def test_user_table_layers_over_bundled():
    set_overrides({"to_hant": {"游錫堃": None}, "to_tw": {"外蒙": "外蒙古"}})
    assert "游錫堃" not in effective_overrides("hant")
    assert effective_overrides("tw")["外蒙"] == "外蒙古"
    assert "外蒙" not in effective_overrides("hk")
    assert convert("游錫堃", "hant") == opencc_convert("s2t", "游錫堃")


def test_load_overrides_from_file(tmp_path):
    path = tmp_path / "overrides.json"
    path.write_text(
        json.dumps({"format": 1, "to_hk": {"台灣": "臺灣"}}, ensure_ascii=False), encoding="utf-8"
    )
    assert load_overrides(path) == {"to_hk": {"台灣": "臺灣"}}
    assert convert("台湾", "hk") == "台灣"  # the key is matched literally, the Simplified spelling differs
    assert convert("台灣", "hk") == "臺灣"


def test_missing_user_file_means_no_user_table(tmp_path):
    set_overrides({"to_hant": {"甲": "乙"}})
    assert load_overrides(tmp_path / "absent.json") == {}
    assert "甲" not in effective_overrides("hant")
    with pytest.raises(QuizappError):
        load_overrides(tmp_path / "absent.json", missing_ok=False)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"to_hant": {"a": "b",}}', "invalid JSON"),
        ('{"to_klingon": {}}', "unknown direction"),
        ('{"to_hant": ["a"]}', "must map"),
        ('{"to_hant": {"a": 1}}', "string or null"),
        ('{"format": 2}', "format"),
        ("[]", "JSON object"),
    ],
)
def test_bad_files_are_quizapp_errors(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(QuizappError, match=message) as info:
        read_overrides(path)
    assert str(path) in str(info.value)


def test_bundled_table_is_cached():
    assert bundled_overrides() is bundled_overrides()
