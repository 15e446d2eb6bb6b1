"""The whitelist sanitizer and the HTML-to-text step every imported Moodle/GIFT text goes through."""

from __future__ import annotations

import pytest

from quizapp.interchange.html_sanitize import ALLOWED_TAGS, html_to_text, sanitize_html, text_to_html


@pytest.mark.parametrize(("dirty", "clean"), [
    ('<p onclick="x()">a</p>', "<p>a</p>"),
    ("<b>bold</b><script>alert(1)</script>", "<b>bold</b>"),
    ('<a href="javascript:alert(1)">link</a>', "link"),
    ('<a href="http://example.org/">link</a>', "link"),
    ('<img src="http://evil.example/x.png" alt="x">after', "after"),
    ('<img src="data:image/png;base64,AAAA">', ""),
    ('<span style="background:url(http://evil.example/)">s</span>', "<span>s</span>"),
    ("<style>p { color: red }</style><i>i</i>", "<i>i</i>"),
    ('<iframe src="http://evil.example/"></iframe><u>u</u>', "<u>u</u>"),
    ('<object data="x.swf"><embed src="x.swf"></object>ok', "ok"),
    ("<ul><li>one</li></ul><sub>2</sub><sup>3</sup>", "<ul><li>one</li></ul><sub>2</sub><sup>3</sup>"),
    ("<!-- comment -->text", "text"),
    ("<div><h1>title</h1></div>", "title"),
    ('<link rel="stylesheet" href="http://evil.example/x.css">x', "x"),
])
def test_sanitize_keeps_only_the_whitelist(dirty, clean):
    assert sanitize_html(dirty) == clean


def test_no_attribute_survives():
    result = sanitize_html('<p class="c" id="i" style="s" title="t"><span lang="zh">x</span></p>')
    assert result == "<p><span>x</span></p>"
    assert {"p", "span", "br"} <= ALLOWED_TAGS and "img" not in ALLOWED_TAGS and "a" not in ALLOWED_TAGS


def test_html_to_text_breaks_and_entities():
    assert html_to_text("<p>第一段</p>\n  <p>第二&amp;三<br/>行</p>") == "第一段\n第二&三\n行"
    assert html_to_text("a&nbsp;&nbsp; b\n   c") == "a b c"
    assert html_to_text("&lt;script&gt;x&lt;/script&gt;") == "<script>x</script>"  # text, not markup


@pytest.mark.parametrize("text", ["外蒙古 <獨立> & 1945", "兩行\n文字", "a < b > c & d"])
def test_text_to_html_round_trips(text):
    assert html_to_text(text_to_html(text)) == text
