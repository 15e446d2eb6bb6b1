"""Article HTML and script-insensitive search (no Qt)."""

from quizapp.gui.article_html import Highlight, find_matches, section_html
from quizapp.source.model import Link, NoteRef, Section, Span


def make_section():
    text = "1911年博克多汗國成立。蒙古國獨立"
    return Section(
        id="s1", title="年表", level=2, path=("年表",), text=text, paragraphs=[Span(0, len(text))],
        links=[Link(5, 10, "博克多汗國", "博克多汗國", internal=True, url="../Page/博克多汗國.md"),
               Link(13, 16, "蒙古國", "蒙古國", url="https://zh.wikipedia.org/wiki/蒙古國")],
        notes=[NoteRef(12, 3, "某書第2卷")],
    )


def test_find_matches_across_scripts_width_and_punctuation():
    text = "1911年博克多汗國成立。蒙古國獨立"
    assert find_matches(text, "博克多汗国") == [(5, 10)]
    assert find_matches(text, "１９１１") == [(0, 4)]
    assert find_matches(text, "成立蒙古") == [(10, 15)]  # the full stop in between is ignored
    assert find_matches(text, "   ") == []


def test_section_html_converts_and_marks_links_notes_and_highlights():
    html = section_html(make_section(), "hans", [Highlight("s1", 5, 10, "quote", "quote")])
    assert "<h2><a name='s1'></a>年表</h2>" in html
    assert "博克多汗国" in html and "蒙古国" in html
    assert "href='article:" in html  # internal link
    assert "title='蒙古国 — https://zh.wikipedia.org/wiki/蒙古國'" in html  # external: tooltip only
    assert "<sup><a href='note:3' title='某书第2卷'>[3]</a></sup>" in html
    assert "<a name='quote'></a>" in html and "background-color:#ffd54f" in html


def test_an_empty_pair_left_by_a_removed_template_is_marked_for_the_reader():
    from quizapp.gui.article_html import MISSING_HREF, document_html
    from quizapp.paths import SOURCES
    from quizapp.source import parse_file

    html = document_html(parse_file(SOURCES / "外蒙古独立.md"), "hant")
    assert "外蒙古建立“<a href='missing:'" in html
    assert html.count(f"href='{MISSING_HREF}'") >= 2
    assert "“”" not in html and "《》" not in html
