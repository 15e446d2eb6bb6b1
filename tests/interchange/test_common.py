"""safe_file_stem: default file names made from bank names are safe on every system and keep Chinese text."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizapp.interchange.common import STEM_MAX_BYTES, STEM_MAX_CHARS, safe_file_stem


@pytest.mark.parametrize(("name", "stem"), [
    ("外蒙古独立", "外蒙古独立"),
    ("外蒙古獨立 (2)", "外蒙古獨立 (2)"),
    ("../../etc/passwd", "etc_passwd"),
    ("C:\\Windows\\system32", "C__Windows_system32"),
    ('quiz: "who?" <a|b> *', "quiz_ _who_ _a_b_ _"),
    ("line\nbreak\ttab\x00nul", "line_break_tab_nul"),
    ("  .hidden bank. . ", "hidden bank"),
    ("1911年.", "1911年"),
    ("COMPUTER", "COMPUTER"),
    ("conference", "conference"),
])
def test_names_become_safe_stems(name, stem):
    assert safe_file_stem(name) == stem


@pytest.mark.parametrize("name", ["CON", "con", "Nul.json", "aux .txt", "COM1", "lpt9", "PRN"])
def test_windows_device_names_give_the_fallback(name):
    assert safe_file_stem(name) == "bank"
    assert safe_file_stem(name, fallback="quiz") == "quiz"


@pytest.mark.parametrize("name", ["", "   ", "..", "../..", "/", "\\\\", " . "])
def test_nothing_left_gives_the_fallback(name):
    assert safe_file_stem(name, fallback="export") == "export"


def test_long_names_are_cut_by_characters_and_by_bytes():
    assert safe_file_stem("x" * 300) == "x" * STEM_MAX_CHARS
    chinese = safe_file_stem("蒙" * 150)
    assert set(chinese) == {"蒙"} and len(chinese.encode("utf-8")) <= STEM_MAX_BYTES
    assert len(chinese) == STEM_MAX_BYTES // 3


@given(st.text(max_size=300))
def test_any_name_gives_a_stem_that_can_be_written(name):
    stem = safe_file_stem(name)
    assert stem and len(stem) <= STEM_MAX_CHARS and len(stem.encode("utf-8")) <= STEM_MAX_BYTES
    assert not set(stem) & set('/\\:*?"<>|') and all(ord(c) >= 32 and not 0x7F <= ord(c) <= 0x9F for c in stem)
    assert stem == stem.strip(" .")


def test_the_stem_is_a_file_name_in_the_directory(tmp_path):
    stem = safe_file_stem("../../" + "外蒙古独立/" * 30 + "passwd")
    path = tmp_path / f"{stem}-answer-key.pdf"
    path.write_bytes(b"%PDF")
    assert path.parent == tmp_path and path.exists()
