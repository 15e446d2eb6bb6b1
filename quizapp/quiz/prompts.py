"""Instruction lines for the bank's prompt keys, in each interface language (en, zh_CN, zh_TW)."""

from __future__ import annotations

# prompt key -> {language: text}. A generator that adds a key adds its three texts here.
PROMPTS: dict[str, dict[str, str]] = {
    "date_choice.year": {
        "en": "In which year did this happen?",
        "zh_CN": "下列事件发生在哪一年？",
        "zh_TW": "下列事件發生在哪一年？",
    },
    "date_choice.month": {
        "en": "In which month did this happen?",
        "zh_CN": "下列事件发生在哪个月？",
        "zh_TW": "下列事件發生在哪個月？",
    },
    "date_choice.day": {
        "en": "On which day did this happen?",
        "zh_CN": "下列事件发生在哪一天？",
        "zh_TW": "下列事件發生在哪一天？",
    },
    "event_choice.event": {
        "en": "Which event happened at this date?",
        "zh_CN": "下列哪一事件发生在这个时间？",
        "zh_TW": "下列哪一事件發生在這個時間？",
    },
    "cloze_choice.blank": {
        "en": "Choose the word that fills the blank.",
        "zh_CN": "选出填入空格的词语。",
        "zh_TW": "選出填入空格的詞語。",
    },
    "true_false.statement": {
        "en": "True or false?",
        "zh_CN": "判断正误：",
        "zh_TW": "判斷正誤：",
    },
    "ordering.chronological": {
        "en": "Put these events in chronological order, earliest first.",
        "zh_CN": "请按时间先后排列下列事件（最早的在前）。",
        "zh_TW": "請按時間先後排列下列事件（最早的在前）。",
    },
    "matching.date_event": {
        "en": "Match each event with its date.",
        "zh_CN": "请为每个事件选出对应的时间。",
        "zh_TW": "請為每個事件選出對應的時間。",
    },
    "cloze_typed.blank": {
        "en": "Type the missing word.",
        "zh_CN": "请填写空格中缺少的词语。",
        "zh_TW": "請填寫空格中缺少的詞語。",
    },
    "year_typed.year": {
        "en": "Type the year in which this happened.",
        "zh_CN": "请填写此事发生的年份。",
        "zh_TW": "請填寫此事發生的年份。",
    },
    "imported.question": {  # questions imported from Moodle/GIFT/CSV carry their own wording
        "en": "Answer the question.",
        "zh_CN": "请回答下列问题。",
        "zh_TW": "請回答下列問題。",
    },
}

# a key missing from PROMPTS falls back to its type's usual key
TYPE_DEFAULTS = {
    "date_choice": "date_choice.year",
    "event_choice": "event_choice.event",
    "cloze_choice": "cloze_choice.blank",
    "true_false": "true_false.statement",
    "ordering": "ordering.chronological",
    "matching": "matching.date_event",
    "cloze_typed": "cloze_typed.blank",
    "year_typed": "year_typed.year",
}


def prompt_text(key: str, language: str, question_type: str | None = None) -> str:
    """The instruction line for ``key`` in ``language`` (en, zh_CN, zh_TW); English when untranslated."""
    texts = PROMPTS.get(key)
    if texts is None:
        fallback = TYPE_DEFAULTS.get(question_type or key.split(".", 1)[0])
        texts = PROMPTS.get(fallback or "", {"en": key})
    return texts.get(language) or texts["en"]
