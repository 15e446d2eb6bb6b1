"""Inline markup: links, note marks, guards, escapes and leftovers; offsets survive the clean-up."""

from quizapp.source.inline import Edits, clean, render_inline, tidy


def test_link_note_and_bold():
    inline = tidy(render_inline('**甲**（）是[乙地于](../Page/乙.md "wikilink")丙\\[3\\]。'))
    assert inline.text == "甲是乙地于丙。"
    (link,) = inline.links
    assert inline.text[link.start : link.end] == "乙地于" and link.href == "../Page/乙.md"
    assert inline.notes == [(6, 3)]


def test_guard_is_protected_and_unwrapped():
    inline = tidy(render_inline("不-{干涉}-新疆"))
    assert inline.text == "不干涉新疆" and inline.protected == [(1, 3)]
    assert tidy(render_inline("-{zh-hans:鼠标;zh-hant:滑鼠;}-")).text == "鼠标"


def test_escaped_href_and_leftovers():
    inline = render_inline('[陳毅會談](../Page/陳毅_\\(1873年\\).md "wikilink")</center>{{-}}<!-- end list -->\\]\\]')
    assert inline.text == "陳毅會談" and inline.links[0].href == "../Page/陳毅_(1873年).md"


def test_images_and_categories_are_dropped():
    raw = '[x.jpg](https://zh.wikipedia.org/wiki/File:x.jpg "fig:x.jpg")正文[Category:史](https://zh.wikipedia.org/wiki/Category:史 "wikilink")'
    assert clean(raw) == "正文"


def test_white_space_between_cjk_is_dropped_but_kept_in_latin():
    assert clean("董樹藩 主編，\n李毓澍") == "董樹藩主編，李毓澍"
    assert clean("(does not feel that it is in a\nposition)") == "(does not feel that it is in a position)"


def test_edits_map_offsets():
    edits = Edits("ab（）cd", [(2, 4, "")])
    assert edits.text == "abcd"
    assert [edits.map(i) for i in range(7)] == [0, 1, 2, 2, 2, 3, 4]
    assert edits.map(3, end=True) == 2
