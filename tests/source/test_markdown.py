"""Whole-article parsing of the three bundled sources: structure, clean text, links, notes, guards."""

import pytest

from quizapp.errors import SourceError
from quizapp.source import parse_text
from tests.source.conftest import ARTICLES

HEADINGS = {
    "外蒙古独立": [
        (2, "相關歷史事件年表"), (2, "歷史背景"), (2, "清末和中華民國北洋政府时期"), (3, "第一次宣佈獨立"),
        (4, "短暫自治及被占領"), (3, "第二次宣佈獨立"), (3, "第三次宣佈獨立"), (2, "中國與外蒙古關係"),
        (3, "中華民國國民政府與外蒙古"), (5, "抗战期间"), (5, "《中蘇友好同盟條約》"), (5, "外蒙古加入联合国"),
        (5, "承認獨立"), (3, "中国共产党與中华人民共和国对外蒙古独立的态度"), (4, "中华人民共和国成立之前"),
        (4, "中华人民共和国成立之后"), (2, "注释"), (2, "參見"), (2, "参考文献"), (3, "引用"), (3, "来源"),
    ],
    "中俄蒙协约": [(2, "参考文献"), (2, "参见")],
    "唐努乌梁海": [
        (2, "地理"), (2, "歷史"), (3, "中国古代"), (3, "蘇俄时期"), (3, "俄罗斯联邦时期"), (2, "主权爭議"),
        (3, "中华民国"), (3, "中华人民共和国"), (2, "参考文献"), (2, "外部链接"), (2, "參見"),
    ],
}
RESIDUE = ["[", "](", "\\[", "wikilink", "缩略图", "File:", "fig:", "]]", "</center>", "{{", "}}", "-{", "}-",
           "**", "<!--", "\\"]


@pytest.mark.parametrize("name", ARTICLES)
def test_sections_follow_the_headings(documents, name):
    doc = documents[name]
    lead, *rest = doc.sections
    assert (lead.id, lead.level, lead.title, lead.path, lead.parent_id) == ("s0", 1, name, (), None)
    assert [(s.level, s.title) for s in rest] == HEADINGS[name]
    assert [s.id for s in doc.sections] == [f"s{i}" for i in range(len(doc.sections))]
    assert doc.file == f"{name}.md" and len(doc.sha256) == 64


def test_paths_and_parents_form_the_tree(main_doc):
    section = main_doc.section("s10")
    assert section.title == "抗战期间"
    assert section.path == ("中國與外蒙古關係", "中華民國國民政府與外蒙古", "抗战期间")
    assert section.parent_id == "s9" and main_doc.section("s9").parent_id == "s8"
    assert main_doc.section("s8").parent_id is None
    assert main_doc.section("s5").path == ("清末和中華民國北洋政府时期", "第一次宣佈獨立", "短暫自治及被占領")
    assert [s.title for s in main_doc.sections if s.back_matter] == ["注释", "參見", "参考文献", "引用", "来源"]


@pytest.mark.parametrize("name", ARTICLES)
def test_no_markup_residue_in_clean_text(documents, name):
    for section in documents[name].sections:
        for text in (section.text, section.title, *(n.text for n in section.notes)):
            found = [mark for mark in RESIDUE if mark in text]
            assert not found, (section.id, found, text[:80])


def test_offsets_are_consistent(documents):
    for doc in documents.values():
        for section in doc.sections:
            size = len(section.text)
            for span in (*section.paragraphs, *section.sentences, *section.protected, *section.broken):
                assert 0 <= span.start < span.end <= size
            for link in section.links:
                assert section.text[link.start : link.end] == link.text
            assert all(0 <= note.offset <= size for note in section.notes)


def test_bullets_become_paragraphs(main_doc):
    timeline = main_doc.section("s1")
    assert len(timeline.paragraphs) == 21
    first = timeline.paragraphs[0]
    assert timeline.text[first.start : first.end] == "1911年辛亥革命爆發，清朝被推翻，同年蒙古爆發獨立運動。"
    # an indented continuation line belongs to its bullet
    assert "1946年1月5日，中华民国承认外蒙古獨立。之後外蒙古亦獲其他主權國家承認。" in timeline.text.split("\n")


def test_lead_is_clean_and_empty_parentheses_removed(main_doc):
    lead = main_doc.section("s0").text
    assert lead.startswith("外蒙古独立是指外蒙古地区于20世纪上半葉脫離中國獨立成为主权国家的历史事件。\n")


def test_image_captions_are_removed_but_prose_after_images_kept(documents, main_doc):
    s5 = main_doc.section("s5").text
    assert "佔領外蒙古和唐努烏梁海的範圍" not in s5  # caption ending in \]\]
    assert "Xu_Shuzheng" not in s5 and "\n1919年10月1日，外蒙古自治政府外交部長車林與庫倫都護使陳毅會談達成共識" in s5
    assert main_doc.section("s4").text.startswith("宣统三年（1911年）7月")
    assert main_doc.section("s16").text.endswith("表示互相尊重国家主权和领土完整。")
    tannu = documents["唐努乌梁海"]
    assert tannu.section("s0").text.startswith("唐努乌梁海，是清代烏梁海的三部分之一")
    assert tannu.section("s4").text.startswith("1860年至1911年，沙俄以探險和採礦為名")
    treaty = documents["中俄蒙协约"].section("s0").text
    assert treaty.startswith("《中俄蒙协约》，即《恰克图条约》，是1915年中国北洋政府")
    assert "这张照片" not in treaty


def _link(doc, text, target=None):
    return [
        link for s in doc.sections for link in s.links if link.text == text and (target is None or link.target == target)
    ]


def test_link_mentions_are_recovered(main_doc):
    (link,) = [link for link in main_doc.section("s0").links if link.url == "../Page/外蒙古.md"]
    assert (link.text, link.target) == ("外蒙古", "外蒙古")
    (link,) = _link(main_doc, "库伦办事大臣", "库伦办事大臣")
    assert link.url == "https://zh.wikipedia.org/wiki/库伦办事大臣"
    section = main_doc.section("s3")
    assert section.text[link.end : link.end + 1] == "和"  # the anchor was 库伦办事大臣和
    (chen,) = _link(main_doc, "陳毅")
    assert chen.target == "陳毅 (1873年)" and chen.url == "../Page/陳毅_(1873年).md"
    (korea,) = _link(main_doc, "朝鮮")
    assert korea.target == "朝鲜 (称谓)"


def test_link_mention_across_scripts_in_a_crafted_snippet():
    text = "外蒙古獨立前後的歷史。\n\n并将[庫倫办事大臣和](https://zh.wikipedia.org/wiki/库伦办事大臣 \"wikilink\")三多押送出境。\n"
    doc = parse_text(text, title="test")
    (link,) = doc.sections[0].links
    assert (link.text, link.target) == ("庫倫办事大臣", "库伦办事大臣")


def test_internal_links_point_to_bundled_articles(main_doc, documents):
    internal = {link.target for s in main_doc.sections for link in s.links if link.internal}
    assert internal == {"中俄蒙协约", "唐努乌梁海", "唐努烏梁海"}  # compared in simplified form
    treaty_links = {link.target for s in documents["中俄蒙协约"].sections for link in s.links if link.internal}
    assert treaty_links == {"外蒙古独立"}


def test_web_links_keep_text_but_are_no_entities(main_doc):
    sources = main_doc.section("s21")
    assert "《俄国外交文书选译：关于蒙古问题》" in sources.text
    assert all(not link.url.startswith("https://web.archive.org") for link in sources.links)


def test_notes_are_tied_to_their_numbers(main_doc, documents):
    lead = main_doc.section("s0")
    assert [(n.number, n.text) for n in lead.notes] == [(1, "")]
    assert lead.text[lead.notes[0].offset - 1] == "件"  # mark sat after 历史事件, before 。
    (note10,) = [n for n in main_doc.section("s2").notes if n.number == 10]
    assert note10.text == "［俄］巴尔苏科夫《穆拉维约夫--阿穆尔斯基伯爵》第2卷，第111页。东正教出版社，1891年"
    numbers = [n.number for s in main_doc.sections for n in s.notes]
    assert numbers == sorted(numbers) and numbers[0] == 1 and numbers[-1] == 112
    assert len(main_doc.notes) == 112 and main_doc.notes[5] == ""
    assert main_doc.notes[19].startswith("董樹藩主編，李毓澍著，從蒙共六十年來")  # wrapped lines joined
    tannu = documents["唐努乌梁海"]
    assert tannu.notes[2] == "《俄國和蘇聯在滿洲和外蒙的政策》，第423頁"
    assert tannu.notes[1] == ""


def test_guards_become_protected_spans(main_doc):
    section = main_doc.section("s11")
    (span,) = section.protected
    assert section.text[span.start : span.end] == "干涉"
    assert "不干涉新疆的内部事务" in section.text


def test_broken_sentences_are_marked(main_doc, documents):
    broken = [s.text[b.start : b.end] for s in main_doc.sections for b in s.broken]
    assert "11月25日外蒙古建立“”，并与苏联订立了《》。" in broken
    assert "国民政府公告称：" in broken
    # a colon that introduces a list is not broken
    assert not any(text.endswith("草案有：") for text in broken)
    treaty = [s.text[b.start : b.end] for s in documents["中俄蒙协约"].sections for b in s.broken]
    assert any("《》" in text for text in treaty)


def test_sentences_keep_quotations_whole(main_doc):
    section = main_doc.section("s1")
    sentences = [section.text[s.start : s.end] for s in section.sentences]
    assert (
        "1912年2月12日，清朝統治者發布退位詔書，宣布中華民國為其繼承政權："
        "「總期人民安堵，海宇乂安，仍合滿、漢、蒙、回、藏五族完全領土為一大中華民國。」"
    ) in sentences
    s3 = main_doc.section("s3")
    quoted = [s3.text[s.start : s.end] for s in s3.sentences if "相率逃避" in s3.text[s.start : s.end]]
    assert quoted and "近城（指库伦）各旗，为之一空”" in quoted[0]


def test_not_an_article_is_refused():
    with pytest.raises(SourceError, match="not an article"):
        parse_text("just some ASCII text\n\n## heading\n\nmore text, no Chinese prose at all.\n")
    with pytest.raises(SourceError, match="JSON"):
        parse_text('{"title": "外蒙古独立", "text": "外蒙古独立是指外蒙古地区于20世纪上半葉脫離中國獨立"}')
    with pytest.raises(SourceError, match="empty"):
        parse_text("  \n\n ")


def test_title_defaults():
    doc = parse_text("**博克多汗國**是1911年至1924年間蒙古的君主制國家，首都庫倫，國家元首為博克多汗。\n")
    assert doc.title == "博克多汗國" and doc.sections[0].title == "博克多汗國"
    text = "蒙古人民共和國成立於1924年，首都烏蘭巴托，由蒙古人民革命黨執政。"
    assert parse_text(text, file="x/蒙古.md").title == "蒙古"
