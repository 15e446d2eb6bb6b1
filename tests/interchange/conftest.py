"""A bank with one question of each type, with the characters each format must escape; the Moodle fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.bankformat import BankFile, BankInfo, BankSource, SourceRef, parse_question

MOODLE_FIXTURES = Path(__file__).resolve().parents[2].parent / "shared" / "fixtures" / "moodle"


def _source(quote: str, section_id: str = "s2") -> SourceRef:
    return SourceRef(section_id=section_id, section_path=["相關歷史事件年表", "1911年"], span=(3, 3 + len(quote)),
                     quote=quote)


def _q(**fields) -> object:
    fields.setdefault("source", _source("1911年12月1日博克多汗國成立").model_dump())
    return parse_question(fields)


def every_type_bank() -> BankFile:
    """One question per type; texts carry GIFT specials (~=#{}:\\), CSV specials (,\"), XML specials (<&) and line breaks."""
    questions = [
        _q(id="q-date", type="date_choice", prompt="date_choice.year", stem="博克多汗國成立 {#1} ~ = : \\ 路徑",
           choices=["1910年", "1911年", "1912年", "1913年"], answer=1, explanation="1911年12月1日。\n見年表。",
           events=["e0007"], difficulty=1, tags=["相關歷史事件年表", "年表"], status="approved"),
        _q(id="q-event", type="event_choice", prompt="event_choice.event", stem="1945年發生了甚麼？",
           choices=["雅爾達會議, \"密約\"", "中俄蒙協約 <條約> & 附約"], answer=0, explanation="",
           source=_source("1945年雅爾達會議", "s5").model_dump()),
        _q(id="q-cloze", type="cloze_choice", prompt="cloze_choice.blank", stem="____與史達林會談",
           choices=["蔣介石", "宋子文", "毛澤東"], answer=2, status="edited", gloss_en="T. V. Soong"),
        _q(id="q-tf", type="true_false", prompt="true_false.statement", stem="外蒙古於1946年獨立。", answer=False,
           status="flagged", flag_reason="日期待核對"),
        _q(id="q-tf2", type="true_false", prompt="true_false.statement", stem="1911年博克多汗國成立。", answer=True),
        _q(id="q-order", type="ordering", prompt="ordering.chronological", stem="依時間先後排列",
           choices=["雅爾達會議", "博克多汗國成立", "中俄蒙協約", "外蒙古公投"], answer=[1, 2, 0, 3], difficulty=3,
           explanation="1911、1915、1945、1961。"),
        _q(id="q-match", type="matching", prompt="matching.date_event", stem="配對日期與事件",
           left=["1911年", "1915年", "1945年"], choices=["中俄蒙協約", "雅爾達會議", "博克多汗國成立"],
           answer=[2, 0, 1], tags=["配對"]),
        _q(id="q-typed", type="cloze_typed", prompt="cloze_typed.blank", stem="____宣佈外蒙古自治",
           answer=["哲布尊丹巴", "哲布尊丹巴呼圖克圖"], explanation="活佛。"),
        _q(id="q-year", type="year_typed", prompt="year_typed.year", stem="中俄蒙協約簽訂於哪一年？", answer=1915),
        _q(id="q-bc", type="year_typed", prompt="year_typed.year", stem="匈奴冒頓單于即位", answer=-209),
    ]
    info = BankInfo(name="外蒙古独立", source=BankSource(title="外蒙古独立", file="外蒙古独立.md", sha256="ab" * 32))
    return BankFile.model_construct(format="quizapp-bank", version=1, bank=info, questions=questions)


@pytest.fixture
def bank() -> BankFile:
    return every_type_bank()


@pytest.fixture
def moodle_fixtures() -> Path:
    if not MOODLE_FIXTURES.is_dir():
        pytest.skip(f"Moodle fixtures not found at {MOODLE_FIXTURES} (they live in ../shared beside the repo)")
    return MOODLE_FIXTURES
