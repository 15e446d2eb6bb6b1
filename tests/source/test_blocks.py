"""Block structure: headings, list items, the trailing note list, image captions."""

from quizapp.source.blocks import remove_images, split_notes, split_sections


def test_notes_block_at_the_end():
    lines = ["正文\\[1\\]。", "", "  - 書", "", "1.", "2.  第二條", "    續行", "", "3."]
    body, notes = split_notes(lines)
    assert body == ["正文\\[1\\]。", "", "  - 書", ""]
    assert notes == {1: "", 2: "第二條\n續行", 3: ""}


def test_sections_and_items():
    sections = split_sections(["導言", "", "## 甲", "", "  - 一", "    續", "  -", "##### 乙", "文"])
    assert [(s.title, s.level) for s in sections] == [("", 1), ("甲", 2), ("乙", 5)]
    assert sections[1].blocks == [("一\n    續", True)]
    assert sections[2].blocks == [("文", False)]


def test_caption_removed_up_to_closer():
    image = '[a.jpg](https://zh.wikipedia.org/wiki/File:a.jpg "fig:a.jpg")'
    assert remove_images(image + "說明（[甲](../Page/甲.md)）\\]\\]\n正文") == "\n正文"
    assert remove_images(image + "\n\n</center>\n\n\\]\\]\n正文") == "\n正文"
    assert remove_images(image + "\n正文") == "\n正文"  # no closer: what follows is prose
    assert remove_images(image + " 正文") == " 正文"
