"""Valid bank-file questions of every type, and a whole bank file, for store and interchange tests."""

from __future__ import annotations

import copy


def source(quote: str = "1911年12月1日博克多汗國成立", section_id: str = "s2") -> dict:
    return {"section_id": section_id, "section_path": ["相關歷史事件年表"], "span": [0, len(quote)], "quote": quote}


QUESTIONS = [
    {"id": "q-date", "type": "date_choice", "prompt": "date_choice.year", "stem": "博克多汗國成立",
     "choices": ["1910年", "1911年", "1912年", "1913年"], "answer": 1, "explanation": "1911年12月1日。",
     "source": source(), "events": ["e0007"], "difficulty": 2, "tags": ["相關歷史事件年表"], "status": "generated"},
    {"id": "q-event", "type": "event_choice", "prompt": "event_choice.which", "stem": "1945年發生了甚麼？",
     "choices": ["雅爾達會議", "中俄蒙協約"], "answer": 0, "source": source("1945年雅爾達會議", "s5")},
    {"id": "q-cloze", "type": "cloze_choice", "prompt": "cloze_choice.fill", "stem": "____與史達林會談",
     "choices": ["蔣介石", "宋子文", "毛澤東"], "answer": 1, "source": source("宋子文與史達林會談"),
     "status": "approved"},
    {"id": "q-tf", "type": "true_false", "prompt": "true_false.statement", "stem": "外蒙古於1946年獨立。",
     "answer": True, "source": source("1946年1月5日，國民政府承認外蒙古獨立"), "gloss_en": "Outer Mongolia"},
    {"id": "q-order", "type": "ordering", "prompt": "ordering.chronological",
     "stem": "依時間先後排列", "choices": ["雅爾達會議", "博克多汗國成立", "中俄蒙協約"], "answer": [1, 2, 0],
     "source": source(), "difficulty": 3},
    {"id": "q-match", "type": "matching", "prompt": "matching.dates", "stem": "配對日期與事件",
     "left": ["1911年", "1915年"], "choices": ["中俄蒙協約", "博克多汗國成立"], "answer": [1, 0],
     "source": source(), "status": "flagged", "flag_reason": "兩個日期都需要核對"},
    {"id": "q-typed", "type": "cloze_typed", "prompt": "cloze_typed.fill", "stem": "____宣佈外蒙古自治",
     "answer": ["哲布尊丹巴", "哲布尊丹巴呼圖克圖"], "source": source("哲布尊丹巴宣佈外蒙古自治")},
    {"id": "q-year", "type": "year_typed", "prompt": "year_typed.year", "stem": "中俄蒙協約簽訂於哪一年？",
     "answer": 1915, "source": source("1915年中俄蒙協約"), "tags": ["條約", "1915"]},
]


def questions() -> list[dict]:
    return copy.deepcopy(QUESTIONS)


def bank_file(name: str = "外蒙古独立", items: list[dict] | None = None) -> dict:
    return {
        "format": "quizapp-bank", "version": 1,
        "bank": {"name": name, "source": {"title": "外蒙古独立", "file": "外蒙古独立.md", "sha256": "ab" * 32}},
        "questions": questions() if items is None else items,
    }
