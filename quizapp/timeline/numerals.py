"""Read the numbers of Chinese date text: Arabic and full-width digits, digit-by-digit 一九二九, and 三十六/廿/卅."""

from __future__ import annotations

import re

DIGITS = {
    "〇": 0, "○": 0, "零": 0, "Ｏ": 0,
    "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9,
}
# 廿 and 卅 (and 卌) are written multiples of ten, used like 十 with a digit in front
TENS = {"十": 10, "廿": 20, "卅": 30, "卌": 40}
UNITS = {"百": 100, "千": 1000}

ARABIC_CHARS = "0-9０-９"
CHINESE_CHARS = "".join(DIGITS) + "".join(TENS) + "".join(UNITS)
ARABIC = re.compile(f"[{ARABIC_CHARS}]+")
CHINESE = re.compile(f"[{CHINESE_CHARS}]+")


def arabic_value(text: str) -> int:
    """Value of ASCII or full-width digits (``int`` reads both)."""
    return int(text)


def is_digit_by_digit(text: str) -> bool:
    """一九二九 / 二〇〇二: each character a digit, no 十/百/千 (a year written figure by figure)."""
    return len(text) >= 2 and all(ch in DIGITS for ch in text)


def chinese_value(text: str) -> int | None:
    """Value of a Chinese numeral (positional 三十六, 二百零五, 廿三, or digit-by-digit 一九二九); None if malformed."""
    if not text:
        return None
    if is_digit_by_digit(text):
        return int("".join(str(DIGITS[ch]) for ch in text))
    total = 0
    pending: int | None = None  # a digit waiting for its unit
    last_unit = 10_000
    for ch in text:
        if ch in DIGITS:
            if pending is not None and DIGITS[ch] != 0:
                return None  # two digits in a row outside digit-by-digit form
            pending = DIGITS[ch] if DIGITS[ch] != 0 else None
        elif ch in TENS:
            value = TENS[ch]
            if value >= last_unit:
                return None
            if ch == "十":
                total += (pending if pending is not None else 1) * 10
            elif pending is not None:
                return None  # 二廿 is not a numeral
            else:
                total += value
            pending, last_unit = None, 10
        else:
            value = UNITS[ch]
            if value >= last_unit or pending is None:
                return None
            total += pending * value
            pending, last_unit = None, value
    return total + (pending or 0)


def number_value(text: str) -> int | None:
    """Value of Arabic, full-width or Chinese numerals; None when ``text`` is not one number."""
    if ARABIC.fullmatch(text):
        return arabic_value(text)
    if CHINESE.fullmatch(text):
        return chinese_value(text)
    return None
