"""Sentence splitting keeps quotations whole; broken sentences are found."""

from quizapp.source.model import Span
from quizapp.source.sentences import broken_sentences, split_sentences


def texts(text):
    return [text[s.start : s.end] for s in split_sentences(text, 0, len(text))]


def test_split_on_terminators_outside_quotes():
    assert texts("甲說：「乙。丙！」丁；戊？己") == ["甲說：「乙。丙！」", "丁；", "戊？", "己"]
    assert texts("他說“一。二”，又說『三。四』。後。") == ["他說“一。二”，又說『三。四』。", "後。"]


def test_unbalanced_quote_does_not_swallow_the_paragraph():
    assert texts("「甲。乙。") == ["「甲。", "乙。"]


def test_closing_quote_after_terminator_stays_with_sentence():
    assert texts("（注意。）下一句。") == ["（注意。）", "下一句。"]


def test_offsets_inside_a_larger_text():
    text = "前言。\n甲。乙。"
    assert split_sentences(text, 4, 8) == [Span(4, 6), Span(6, 8)]


def test_broken_markers():
    text = "建立“”，订立了《》。好句子。違反條約，。公告称："
    spans = split_sentences(text, 0, len(text))
    found = [text[s.start : s.end] for s in broken_sentences(text, spans, [Span(0, len(text))])]
    assert found == ["建立“”，订立了《》。", "違反條約，。", "公告称："]
    assert [text[s.start : s.end] for s in broken_sentences(text, spans)] == found[:2]
