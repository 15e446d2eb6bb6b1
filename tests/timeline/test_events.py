"""Event extraction: hand-checked events of the three articles, clause rules, relative dates, invariants."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.paths import SOURCES
from quizapp.source import Document, Section, Span, parse_file
from quizapp.timeline.events import Event, extract_events, find_quotations, is_prose_section, mask_asides

EXPECTED = json.loads((Path(__file__).parent / "expected_events.json").read_text(encoding="utf-8"))
ARTICLES = sorted(EXPECTED)


@cache
def article(name: str) -> tuple[Document, tuple[Event, ...]]:
    doc = parse_file(SOURCES / name)
    return doc, tuple(extract_events(doc))


def section(text: str, *, id: str = "s1", title: str = "歷史", level: int = 2, path: tuple[str, ...] = ("歷史",),
            broken: list[Span] | None = None) -> Section:
    """A hand-made section: paragraphs split at newlines, sentences at 。 (as the parser does for plain prose)."""
    paragraphs, sentences, start = [], [], 0
    for line in text.split("\n"):
        paragraphs.append(Span(start, start + len(line)))
        begin = start
        for i, char in enumerate(line):
            if char == "。":
                sentences.append(Span(begin, start + i + 1))
                begin = start + i + 1
        if begin < start + len(line):
            sentences.append(Span(begin, start + len(line)))
        start += len(line) + 1
    return Section(id=id, title=title, level=level, path=path, text=text, paragraphs=paragraphs,
                   sentences=sentences, broken=broken or [])


def events_of(*sections: Section) -> list[Event]:
    return extract_events(Document(title="測試", sections=list(sections)))


def by_text(events: list[Event]) -> dict[str, str]:
    return {event.text: event.date.start.iso() for event in events}


# ---------------------------------------------------------------- the hand-checked expectations


@pytest.mark.parametrize("name", ARTICLES)
def test_every_hand_checked_event_is_found(name: str) -> None:
    _, events = article(name)
    missing = []
    for want in EXPECTED[name]["events"]:
        found = [
            e for e in events
            if list(e.section_path) == want["section"] and e.date.text == want["date_text"]
            and e.date.start.iso() == want["start"] and e.date.end.iso() == want["end"]
            and e.date.precision == want["precision"] and want["text"] in e.text
        ]
        if not found:
            missing.append(want)
    assert not missing, json.dumps(missing, ensure_ascii=False, indent=1)


@pytest.mark.parametrize("name", ARTICLES)
def test_no_event_beyond_the_hand_checked_list(name: str) -> None:
    """Every event the extractor gives was read and checked: a new one must be read and added by hand."""
    _, events = article(name)
    assert len(events) == len(EXPECTED[name]["events"]) + EXPECTED[name].get("unchecked", 0)


@pytest.mark.parametrize("name", ARTICLES)
def test_dates_that_only_qualify_something_are_no_events(name: str) -> None:
    doc, events = article(name)
    for absent in EXPECTED[name]["absent"]:
        holders = [s for s in doc.sections if absent["context"] in s.text]
        assert holders, f"context {absent['context']!r} is not in the article any more"
        for holder in holders:
            offset = holder.text.index(absent["context"]) + absent["context"].index(absent["date_text"])
            hits = [e for e in events if e.section_id == holder.id and e.date.offset == offset]
            assert not hits, f"{absent['date_text']} ({absent['why']}) became {hits[0].id}: {hits[0].text}"


def test_main_article_covers_every_section_with_dates() -> None:
    doc, events = article("外蒙古独立.md")
    assert len(events) >= 60
    with_events = {tuple(e.section_path) for e in events}
    expected_paths = {tuple(w["section"]) for w in EXPECTED["外蒙古独立.md"]["events"]}
    assert with_events == expected_paths
    assert len(with_events) >= 14


# ---------------------------------------------------------------- real sentences


def test_two_dates_in_one_sentence_split_at_the_clause() -> None:
    _, events = article("外蒙古独立.md")
    war = next(e for e in events if e.date.text == "1905年")
    treaty = next(e for e in events if e.date.text == "1907年" and "密約" in e.text)
    assert war.text == "日俄戰爭"
    assert treaty.text.startswith("兩國和好簽訂密約")
    assert war.sentence == treaty.sentence


def test_relative_day_inherits_the_year_across_a_paragraph_break() -> None:
    _, events = article("外蒙古独立.md")
    # 1921年…3月18日 closes one paragraph; the next opens with a bare 2月13日
    enthroned = next(e for e in events if "大蒙古皇帝" in e.text)
    assert enthroned.date.start.iso() == "1921-02-13" and "relative" in enthroned.flags
    # 1945年，史達林… then a new paragraph 8月8日
    war = next(e for e in events if e.date.text == "8月8日")
    assert war.date.start.iso() == "1945-08-08"


def test_most_recent_date_not_the_largest_year() -> None:
    _, events = article("外蒙古独立.md")
    # 1920年7月 … 1921年2月11日 … 3月18日: the bare 3月18日 is 1921's
    assert next(e for e in events if e.date.text == "3月18日").date.start.iso() == "1921-03-18"
    # 1935年1月24日 … 隔年12月: the year after the most recent one
    assert next(e for e in events if e.date.text == "隔年12月").date.start.iso() == "1936-12"
    synthetic = events_of(section("1950年，甲國成立。1920年，乙國成立。3月1日，丙國成立。"))
    assert by_text(synthetic)["丙國成立。"] == "1920-03-01"


def test_tannu_uriankhai_dating_forms() -> None:
    _, events = article("唐努乌梁海.md")
    dated = {e.date.text: (e.date.start.iso(), e.date.end.iso(), e.date.precision) for e in events}
    assert dated["647－648年"] == ("0647", "0648", "year")
    assert dated["9世纪中期"][2] == "century"
    assert dated["次年6月"] == ("1919-06", "1919-06", "month")  # 1918年下半年 … 次年6月
    assert dated["民三"] == ("1914", "1914", "year")
    assert dated["民卅二"] == ("1943", "1943", "year")


def test_quotation_keeps_its_own_date_and_a_roc_reading_across_quotations() -> None:
    _, events = article("外蒙古独立.md")
    law = next(e for e in events if e.date.text == "民國42年")
    assert law.date.start.iso() == "1953" and law.quote_of is not None
    # 「三、外交部在91年7月8日…」 follows 「一、民國35年…」 in the same paragraph: 91年 is a 民國 year
    letter = next(e for e in events if e.date.text == "91年7月8日")
    assert letter.date.start.iso() == "2002-07-08"


def test_references_and_see_also_give_no_events() -> None:
    doc, events = article("外蒙古独立.md")
    back = {s.id for s in doc.sections if not is_prose_section(s)}
    assert back and not any(e.section_id in back for e in events)


# ---------------------------------------------------------------- invariants over every real event


@pytest.mark.parametrize("name", ARTICLES)
def test_every_event_is_its_section_text_and_its_date_stands_at_or_before_it(name: str) -> None:
    doc, events = article(name)
    sections = {s.id: s for s in doc.sections}
    assert [e.id for e in events] == [f"e{i:04d}" for i in range(1, len(events) + 1)]
    for event in events:
        text = sections[event.section_id].text
        start, end = event.span
        assert text[start:end] == event.text and event.text.strip() == event.text and event.text
        assert text[event.date.offset : event.date.end_offset] == event.date.text
        assert event.date.offset <= end
        assert event.sentence[0] <= event.date.offset < event.sentence[1]
        assert event.date.start <= event.date.end
        for entity in event.entities:
            assert start <= entity["start"] and entity["end"] <= end
            assert text[entity["start"] : entity["end"]] == entity["text"]


# ---------------------------------------------------------------- synthetic documents


def test_synthetic_two_dates_and_the_shared_clause() -> None:
    events = events_of(section("1905年日俄戰爭，1907年兩國和好簽訂密約。蘇俄在1917年和1919年兩次發表宣言。"))
    assert by_text(events) == {"日俄戰爭": "1905", "兩國和好簽訂密約。": "1907", "蘇俄在1917年和1919年兩次發表宣言。": "1919"}
    assert [e.date.start.year for e in events] == [1905, 1907, 1917, 1919]
    assert "shared_clause" in events[2].flags


def test_relative_dates_cross_paragraphs_and_subsections_but_not_top_level_sections() -> None:
    first = section("1911年7月，甲出訪俄國。\n12月29日，乙宣布獨立。", id="s1")
    sub = section("3月5日，丙到達庫倫。", id="s2", title="細節", level=3, path=("歷史", "細節"))
    other = section("5月1日，丁出發。1930年，戊成立。", id="s3", title="後來", path=("後來",))
    events = events_of(first, sub, other)
    assert by_text(events) == {"甲出訪俄國。": "1911-07", "乙宣布獨立。": "1911-12-29", "丙到達庫倫。": "1911-03-05",
                               "戊成立。": "1930"}  # 5月1日 opens a new top-level section: no year, no event


def test_quotation_dates_do_not_move_the_narrative() -> None:
    events = events_of(section("1952年，蔣說：「我在1943年春間提出建議。」3月1日，會議閉幕。"))
    assert by_text(events)["會議閉幕。"] == "1952-03-01"
    quoted = next(e for e in events if "quote" in e.flags)
    assert quoted.date.start.iso() == "1943-03" and quoted.quote_of.intro == "蔣說"


def test_asides_broken_sentences_and_attributes() -> None:
    text = "1931年，中國制定法律（該法已於2006年廢止）。1924年，以1911年作紀元。1945年的公投有效。1950年，甲乙簽約《》。"
    broken_start = text.index("1950年")
    events = events_of(section(text, broken=[Span(broken_start, len(text))]))
    assert [e.date.text for e in events] == ["1931年", "1924年"]
    assert mask_asides("宣统三年（1911年）7月") == "宣统三年（1911年）7月"
    assert "2006" not in mask_asides("制定法律（該法已於2006年廢止）")


def test_back_matter_sections_are_skipped() -> None:
    refs = section("1967年出版。", id="s9", title="参考文献", path=("参考文献",))
    assert events_of(refs) == []


def test_find_quotations_nested_and_unclosed() -> None:
    text = "甲說：「乙曰『丙』。」丁說：「未完\n新段"
    quotes = find_quotations(text)
    assert [text[q.start : q.end] for q in quotes] == ["乙曰『丙』。", "未完"]
    assert quotes[0].intro == "甲說"


_FILLER = st.sampled_from(["甲國與乙國簽訂條約", "軍隊進入庫倫", "會議召開", "宣布獨立", "蒙古代表團訪問中國", "爆發戰爭"])
_DATE = st.one_of(
    st.integers(1800, 2020).map(lambda y: f"{y}年"),
    st.tuples(st.integers(1800, 2020), st.integers(1, 12)).map(lambda t: f"{t[0]}年{t[1]}月"),
    st.tuples(st.integers(1, 12), st.integers(1, 28)).map(lambda t: f"{t[0]}月{t[1]}日"),
    st.just("同年"),
)
_CLAUSE = st.tuples(st.sampled_from(["", "，", "在"]), _DATE, _FILLER).map(lambda t: f"{t[1]}{t[0]}{t[2]}" if t[0] != "在" else f"{t[2][:2]}在{t[1]}{t[2][2:]}")
_SENTENCE = st.lists(_CLAUSE, min_size=1, max_size=3).map(lambda clauses: "，".join(clauses) + "。")


@settings(max_examples=150, deadline=None)
@given(st.lists(_SENTENCE, min_size=1, max_size=4), st.booleans())
def test_property_spans_and_dates_line_up(sentences: list[str], paragraph_break: bool) -> None:
    text = ("\n" if paragraph_break else "").join(["1900年，會議召開。", *sentences])
    events = events_of(section(text))
    assert events  # the opening sentence always dates something
    for event in events:
        start, end = event.span
        assert text[start:end] == event.text
        assert text[event.date.offset : event.date.end_offset] == event.date.text
        assert event.date.offset <= end
    assert [e.date.offset for e in events] == sorted(e.date.offset for e in events)
