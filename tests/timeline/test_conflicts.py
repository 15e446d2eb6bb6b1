"""Conflict detection: the real contradictions of the main article, no false alarms, a synthetic article."""

from __future__ import annotations

from functools import cache

import pytest

from quizapp.errors import QuizappError
from quizapp.paths import SOURCES
from quizapp.source import Document, Section, Span, parse_file
from quizapp.timeline import build_timeline
from quizapp.timeline.conflicts import Mention, dates_agree, glossary_aliases, happenings, link_conflicts
from quizapp.timeline.events import Event, extract_events


@cache
def timeline(name: str) -> tuple[Event, ...]:
    return tuple(build_timeline(parse_file(SOURCES / name)))


def find(events: tuple[Event, ...] | list[Event], date: str, words: str) -> Event:
    matches = [e for e in events if e.date.start.iso() == date and words in e.text]
    assert len(matches) == 1, (date, words, [e.text for e in matches])
    return matches[0]


def pairs(events: tuple[Event, ...] | list[Event]) -> set[tuple[str, str]]:
    return {(a.id, b) for a in events for b in a.conflicts if a.id < b}


def test_main_article_conflicts_are_exactly_the_real_ones() -> None:
    events = timeline("外蒙古独立.md")
    # 相關歷史事件年表 dates the founding of the Bogd Khanate 1 December 1911, the narrative 29 December
    khanate = (find(events, "1911-12-01", "博克多汗國成立"), find(events, "1911-12-29", "建立“大蒙古国”"))
    # diplomatic relations PRC–Mongolia: 6 October 1949 in the timeline, 16 October in the narrative
    relations = (find(events, "1949-10-06", "建立外交关系"), find(events, "1949-10-16", "建交"))
    # the Bogd Khan (哲布尊丹巴 in the narrative, a glossary alias) died 26 November or 17 April 1924
    death = (find(events, "1924-11-26", "博克多汗去世"), find(events, "1924-04-17", "哲布尊丹巴活佛逝世"))
    expected = {tuple(sorted((a.id, b.id))) for a, b in (khanate, relations, death)}
    assert pairs(events) == expected
    assert khanate[1].id in khanate[0].conflicts and khanate[0].id in khanate[1].conflicts
    assert khanate[0].section_path != khanate[1].section_path


def test_same_happening_with_the_same_date_is_grouped_not_flagged() -> None:
    events = timeline("外蒙古独立.md")
    grouped = [
        (("1945-10-20", "外蒙古獨立公民投票"), ("1945-10-20", "外蒙舉行公民投票")),  # referendum, timeline and narrative
        (("1961-10-25", "第971次會議"), ("1961-10-25", "9票赞成")),  # Security Council resolution 166
        (("1913", "中俄聲明文件"), ("1913-09-18", "中俄声明文件")),  # a year agrees with a day in it
        (("1915", "恰克圖條約"), ("1915-06-07", "恰克图协定")),  # two names of one linked treaty
        (("1950", "签署了《中苏友好同盟互助条约》"), ("1950", "毛泽东出访苏联")),
        (("1912-11-03", "《蒙俄协約》簽訂"), ("1912-11-03", "《俄蒙协约》")),  # the glossary knows both names
        (("1946-01-05", "承认蒙古人民共和國独立"), ("1946", "承認蒙古人民共和國獨立時")),
    ]
    for (date_a, words_a), (date_b, words_b) in grouped:
        a, b = find(events, date_a, words_a), find(events, date_b, words_b)
        assert b.id in a.same_happening and a.id in b.same_happening
        assert b.id not in a.conflicts


def test_without_glossary_aliases_the_two_names_do_not_meet() -> None:
    doc = parse_file(SOURCES / "外蒙古独立.md")
    events = extract_events(doc)
    report = link_conflicts(doc, events, aliases={})
    died = {e.id for e in events if "逝世" in e.text or "去世" in e.text}
    assert not any(set(pair) <= died for pair in report.conflicts)
    assert len(report.conflicts) == 2


def test_glossary_aliases(tmp_path) -> None:
    assert glossary_aliases()["哲布尊丹巴"] == "博克多汗"
    assert glossary_aliases(tmp_path / "none.json") == {}
    broken = tmp_path / "glossary.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(QuizappError):
        glossary_aliases(broken)


def test_related_articles_have_no_conflicts() -> None:
    for name in ("唐努乌梁海.md", "中俄蒙协约.md"):
        assert pairs(timeline(name)) == set()
    tannu = timeline("唐努乌梁海.md")
    law = find(tannu, "2006", "廢止蒙古盟部旗組織法")  # the lead and 主权爭議 both tell the 2006 repeal
    assert law.same_happening


def _section(id: str, title: str, text: str) -> Section:
    sentences, begin = [], 0
    for i, char in enumerate(text):
        if char == "。":
            sentences.append(Span(begin, i + 1))
            begin = i + 1
    return Section(id=id, title=title, level=2, path=(title,), text=text, paragraphs=[Span(0, len(text))],
                   sentences=sentences)


def test_synthetic_contradicting_article() -> None:
    doc = Document(title="和約", sections=[
        _section("s1", "年表", "1920年5月1日，甲國與乙國簽訂《北海和約》。1925年，丙國宣布成立。"),
        _section("s2", "經過", "1921年3月2日，甲國與乙國终于签订《北海和约》，戰事結束。1925年6月，丙國宣布成立，定都北城。"
                               "1930年，丁國拒絕承認《北海和約》。1931年，戊國未簽訂《北海和約》。"),
        _section("s3", "評論", "己說：「1922年我們簽訂了《北海和約》。」"),
    ])
    events = extract_events(doc)
    report = link_conflicts(doc, events)
    first, second = find(events, "1920-05-01", "北海和約"), find(events, "1921-03-02", "北海和约")
    assert report.conflicts == [(first.id, second.id)]  # one treaty, two days: the tellings contradict
    quoted = find(events, "1922", "北海和約")
    assert first.id not in quoted.conflicts  # a speaker's date is no contradiction of the narrative
    founded = find(events, "1925", "丙國宣布成立")
    assert find(events, "1925-06", "丙國").id not in founded.conflicts  # 1925 contains June 1925


def test_modal_negated_and_background_verbs_tell_no_happening() -> None:
    assert happenings("甲國簽訂《北海和約》。", [Mention(4, 10, "北海和约", title=True)])
    for text in ("甲國拒絕簽訂《北海和約》。", "甲國未簽訂《北海和約》。", "甲國要求簽訂《北海和約》。"):
        assert happenings(text, [Mention(text.index("《"), text.index("》") + 1, "北海和约", title=True)]) == set()
    assert happenings("中華人民共和國成立後", [Mention(0, 6, "中华人民共和国")]) == set()
    assert happenings("加入聯合國的部分", [Mention(2, 5, "联合国")]) == set()


def test_dates_agree_when_ranges_overlap() -> None:
    events = timeline("外蒙古独立.md")
    year = find(events, "1913", "中俄聲明文件")
    day = find(events, "1913-09-18", "中俄声明文件")
    other = find(events, "1915-06-07", "恰克图协定")
    assert dates_agree(year, day) and not dates_agree(day, other)
