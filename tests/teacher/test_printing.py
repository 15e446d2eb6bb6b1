"""Printable HTML: numbered questions in the chosen script, answer key with section path and quote."""

from quizapp.teacher.printing import answer_key_html, preview_html, quiz_html
from tests.store.samples import questions


def test_quiz_is_numbered_converted_and_has_room_for_answers():
    html = quiz_html(questions(), title="外蒙古独立", script="hans")
    assert "<b>1. </b>" in html and "<b>8. </b>" in html
    assert "博克多汗国成立" in html and "博克多汗國成立" not in html  # simplified
    assert "答：＿" in html  # typed answers get a line
    assert "□ 对" in html  # true/false boxes
    assert "测验" in html


def test_answer_key_has_answers_and_sources():
    html = answer_key_html(questions(), title="外蒙古独立", script="hant")
    assert "<b>1.</b> B. 1911年" in html
    assert "出處：相關歷史事件年表" in html and "「1911年12月1日博克多汗國成立」" in html
    assert "1–B" in html  # matching 1911年 → 博克多汗國成立
    assert "哲布尊丹巴 / 哲布尊丹巴呼圖克圖" in html


def test_preview_has_no_answer_lines():
    choice, typed = questions()[0], questions()[6]
    assert "<td>A.</td><td>1910年</td>" in preview_html(choice, script="hant")
    assert "答：" not in preview_html(typed, script="hant") and "答：" in quiz_html([typed], title="t", script="hant")
