"""Every prompt key a question can carry renders in English, Simplified and Traditional Chinese."""

from quizapp.generate.prompts import LANGUAGES, PROMPTS, render_prompt
from quizapp.text import to_simplified


def test_every_generated_prompt_key_has_three_renderings(questions):
    for key in {q["prompt"] for q in questions}:
        assert set(PROMPTS[key]) == set(LANGUAGES)


def test_chinese_renderings_agree_up_to_script():
    for key, texts in PROMPTS.items():
        assert texts["en"].isascii(), key
        assert to_simplified(texts["zh_TW"]) == to_simplified(texts["zh_CN"]), key
        assert render_prompt(key, "zh_TW") == texts["zh_TW"]
