"""The words of Chinese date expressions: relative words, parts of years and centuries, duration markers."""

from __future__ import annotations

import re

from quizapp.timeline.numerals import ARABIC_CHARS, CHINESE_CHARS

RANGE_SEPARATORS = ("至", "到", "－", "-", "–", "—", "~", "～", "〜")
BETWEEN = ("間", "间")
BC_PREFIXES = ("公元前", "西元前", "紀元前", "纪元前")
AD_PREFIXES = ("公元", "西元")
CENTURY_WORDS = ("世紀", "世纪")
DECADE_WORD = "年代"
OPEN_BRACKETS = "（("
CLOSE_BRACKETS = "）)"

# words naming a year relative to the running context
RELATIVE_YEARS = {
    "同年": 0, "是年": 0, "該年": 0, "该年": 0, "今年": 0, "本年": 0,
    "次年": 1, "翌年": 1, "隔年": 1, "明年": 1, "第二年": 1, "去年": -1,
}
RELATIVE_MONTHS = {"同月": 0, "本月": 0, "當月": 0, "当月": 0, "次月": 1, "翌月": 1}
DAYS_LATER = ("天之後", "天之后", "天後", "天后", "日之後", "日之后", "日後", "日后")
RELATIVE_DAYS = {"同日": 0, "是日": 0, "當日": 0, "当日": 0, "次日": 1, "翌日": 1}
# a word that continues the relative word into something else (同年級, 同日本 = "with Japan")
NOT_AFTER_RELATIVE = {"年": "級级齡龄紀纪", "月": "球亮光", "日": "本報报記记"}

# parts of a year, as Gregorian month ranges (see the README's "Dates" section)
YEAR_PARTS = {
    "上半年": (1, 6), "下半年": (7, 12), "年初": (1, 3), "年底": (11, 12), "年末": (11, 12),
    "初": (1, 3), "底": (11, 12), "末": (11, 12),
}
SEASONS = {"春夏之交": (5, 6), "夏秋之交": (8, 9), "秋冬之交": (11, 12), "冬春之交": (2, 3),
           "初春": (3, 3), "初夏": (6, 6), "初秋": (9, 9), "初冬": (12, 12),
           "暮春": (5, 5), "晚春": (5, 5), "晚夏": (8, 8), "深秋": (11, 11), "晚秋": (11, 11),
           "深冬": (1, 2), "春": (3, 5), "夏": (6, 8), "秋": (9, 11), "冬": (12, 14)}
# a bare 前 is BC (前221年) only where it starts a phrase, after these or at the start of the text
BARE_BC_AFTER = set("（(，,。；;：:、「『“ \n\t")
SEASON_TAILS = ("季間", "季间", "季", "天", "間", "间")
# parts of a month, as day ranges; 初/底/末 are approximate, the 旬 are exact
MONTH_PARTS = {"上旬": (1, 10, False), "中旬": (11, 20, False), "下旬": (21, 31, False),
               "初": (1, 10, True), "底": (21, 31, True), "末": (21, 31, True)}
# 初 / 末 that begin another word rather than close the date (初次, 初步, 末代 ...)
NOT_AFTER_PART = "次步衷版稿代班"
# parts of a century or decade, as (first, last) offsets into its years; the README documents them
CENTURY_PARTS = {
    "上半葉": (0, 49), "上半叶": (0, 49), "下半葉": (50, 99), "下半叶": (50, 99),
    "初期": (0, 19), "初葉": (0, 19), "初叶": (0, 19), "初": (0, 19),
    "前期": (0, 32), "中期": (33, 66), "中葉": (33, 66), "中叶": (33, 66),
    "後期": (67, 99), "后期": (67, 99), "末期": (80, 99), "末葉": (80, 99), "末叶": (80, 99), "末": (80, 99),
}
DECADE_PARTS = {"初期": (0, 2), "初": (0, 2), "中期": (3, 6), "末期": (7, 9), "末": (7, 9),
                "前期": (0, 4), "後期": (5, 9), "后期": (5, 9)}
# after a small count of years: a duration (三十年的和平, 28年來, 五十年前), not a date
DURATION_AFTER = ("來", "来", "以來", "以来", "間", "间", "之間", "之间", "多", "後", "后", "之後", "之后",
                  "以後", "以后", "前", "之前", "以前", "內", "内", "之內", "之内", "之久", "左右", "的",
                  "半", "中", "裡", "里", "有餘", "有余", "餘", "余", "光景", "期")
DURATION_BEFORE = set("为為达達近约約逾满滿足过過了每隔历歷续續共时時长長後后再又有")
SHORT_ROC_FOLLOWERS = "、，,。；;）)」』至到-－"
NOT_BEFORE_SHORT_ROC = set("人国國公居农農移选選殖难難")
NOT_BEFORE_NUMBER = set("第前.．/:：#＃_%") | set("0123456789０１２３４５６７８９")

NUMBER_RE = re.compile(f"[{ARABIC_CHARS}]+|[{CHINESE_CHARS}]+")
ERA_YEAR_RE = re.compile(f"(?:元|[{ARABIC_CHARS}]+|[{CHINESE_CHARS}]+)年")
CANDIDATE_RE = re.compile(
    f"[{ARABIC_CHARS}]+|[{CHINESE_CHARS}]+|公元|西元|紀元前|纪元前|民|前(?=[{ARABIC_CHARS}{CHINESE_CHARS}])|"
    + "|".join(sorted({*RELATIVE_YEARS, *RELATIVE_MONTHS, *RELATIVE_DAYS}, key=len, reverse=True))
    + "|春夏之交|夏秋之交|秋冬之交|冬春之交"
)
ABBREVIATED_RANGE_RE = re.compile(
    f"([{ARABIC_CHARS}]{{3,4}})\\s*[-－–—~～〜]\\s*([{ARABIC_CHARS}]{{1,4}})年(?!代)"
)

# one of these is in every date expression, within its first KEY_REACH characters
# (年 月 日 号 號, 世紀, 之交, 民三, 兩天后, 同日 ...); the longest lead is an era name of 6 and a numeral
KEY_CHAR_RE = re.compile("[年月日号號世紀纪交民天]")
KEY_REACH = 16
