"""Stems and option labels cut from source clauses: trimmed, balanced, within a readable length."""

from __future__ import annotations

import re
from functools import lru_cache

STEM_LIMIT = 120  # characters; longer stems are cut at a clause boundary or not asked
LABEL_LIMIT = 48  # an event as an option (event_choice, ordering, matching)
BLANK = "＿＿＿"

_PAIRS = {"《": "》", "「": "」", "『": "』", "（": "）", "(": ")", "“": "”", "‘": "’", "〈": "〉", "【": "】"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}
_LEAD_JUNK = " \t\n，、：；。,.;:）)」』》”"
_TAIL_JUNK = " \t\n，、：；,;:（(「『《“"
_CLAUSE_BREAK = re.compile(r"[，；。！？：]")
_DIGIT = re.compile(r"\d")
_CJK_SPACE = re.compile(r"\s+(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])|(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])\s+")
# a clause opening with these leans on the sentence before it (但是…, 其…, 並…): it cannot stand alone
DEPENDENT_OPENERS = ("但", "而", "並", "并", "且", "亦", "也", "又", "遂", "乃", "則", "则", "即", "其", "此", "該",
                     "该", "之", "於是", "于是", "因此", "所以", "同時", "同时", "然", "後", "后", "以及", "及", "與", "与",
                     "期間", "期间", "當時", "当时", "就此", "據此", "据此", "“", "「", "『", "‘", "（", "先", "再",
                     "後來", "后来", "隨後", "随后", "旋", "終", "终")
# a cut option ending like this is a fragment: "俄国爆发十月革命后", "…一章中明确提出"
_FRAGMENT_ENDINGS = ("后", "後", "时", "時", "前", "间", "間", "中", "下", "提出", "表示", "指出", "认为", "認為",
                     "说", "說", "称", "稱", "的", "之", "和", "與", "与", "及", "在", "于", "於", "对", "對",
                     "有", "是", "為", "为", "回答", "主张", "主張", "宣布", "宣佈", "宣称", "宣稱", "如下", "上")
# any clause ending like this stops short of its object or its quotation
_DANGLING_ENDINGS = ("提出", "表示", "指出", "认为", "認為", "说", "說", "回答", "主张", "主張", "宣称", "宣稱",
                     "如下", "的", "之", "和", "與", "与", "及", "對", "对", "時", "时")
# a clause opening with a bare verb has lost its subject to the sentence before (进入呼伦城内，…)
_VERB_OPENERS = ("进入", "進入", "成立", "宣布", "宣佈", "签订", "簽訂", "签定", "簽定", "发动", "發動", "攻占", "攻佔",
                 "击败", "擊敗", "出兵", "建立", "占领", "佔領", "派遣", "率领", "率領", "通过", "通過", "召开", "召開",
                 "决定", "決定", "下令", "以《", "以「", "发表", "發表", "出版", "公布", "公佈", "提出", "表示",
                 "承认", "承認", "废除", "廢除", "取消", "恢复", "恢復", "拒绝", "拒絕", "同意", "要求", "改稱", "改称",
                 "改名", "更名", "一度", "被", "施行", "實施", "实施")
# connectives that can simply be dropped from the front of a clause (就此，蔣中正… → 蔣中正…)
_DROPPABLE = re.compile(r"^(?:其间|其間|期間|期间|就此|據此|据此|因此|於是|于是|此外|另外|然而|而且|並且|并且|但是|事實上|事实上)，?")
# a lone clause opening like this is an adverbial (purpose, cause, circumstance), not an event
_ADVERBIAL_OPENERS = ("為", "为", "因", "由於", "由于", "随着", "隨著", "經過", "经过", "當", "当", "自从", "自從",
                      "鉴于", "鑑於", "根据", "根據", "按照", "依照")


def balanced(text: str) -> bool:
    """True when every bracket and quotation mark in ``text`` opens and closes in order."""
    return _unclosed(text) == ""


def _unclosed(text: str) -> str | None:
    """The closing marks ``text`` still owes ("」”" …), or None when a mark closes out of order."""
    stack: list[str] = []
    for ch in text:
        if ch in _PAIRS:
            stack.append(_PAIRS[ch])
        elif ch in _CLOSERS:
            if not stack or stack[-1] != ch:
                return None
            stack.pop()
    return "".join(reversed(stack))


def tidy(text: str, keep_stop: bool = False) -> str:
    """Strip dangling punctuation at both ends and collapse whitespace."""
    text = _CJK_SPACE.sub("", text.strip())
    text = re.sub(r"\s+", " ", text)
    text = text.lstrip(_LEAD_JUNK)
    text = text.rstrip(_TAIL_JUNK)
    if not keep_stop:
        text = text.rstrip("。！？!?.")
    return text


def fit(text: str, limit: int) -> str | None:
    """``text`` tidied and, when too long, cut at the last clause break that keeps it whole; None if impossible."""
    text = tidy(text)
    if len(text) <= limit and balanced(text):
        return text or None
    cut_points = [m.start() for m in _CLAUSE_BREAK.finditer(text) if 6 <= m.start() <= limit]
    for point in reversed(cut_points):
        candidate = tidy(text[:point])
        if candidate and balanced(candidate) and not candidate.endswith(_FRAGMENT_ENDINGS):
            return candidate
    # no whole clause fits: cut inside a quotation and mark the elision (…主张“中华苏维埃政权…”)
    for point in reversed(cut_points):
        candidate = tidy(text[:point])
        owed = _unclosed(candidate) if candidate else None
        if owed and len(candidate) + 2 + len(owed) <= limit and text.find(owed[0], point) > 0:
            return candidate + "……" + owed
    return None


_PRONOUNS = re.compile(r"[其該该他她]")
_ALSO = re.compile(r"(?<=.)[也亦]")
_DEICTIC = re.compile(r"這|这")  # 這一請求: which request? the sentence before would say
_FIRST_PERSON = re.compile(r"我|吾人|本人")  # the words of a speaker, not a statement of the article
_QUOTED = re.compile(r"「[^「」]*」|“[^“”]*”|『[^『』]*』|《[^《》]*》|「.*$|“.*$")  # quoted (or still open) spans
_LABEL_PRONOUNS = re.compile(r"[其該该此也亦]|兩國|两国|雙方|双方")
_CUT_SHORT = re.compile(r"(?:等人|等|第[一二三四五六七八九十百\d]+[條条款項项])$")  # …等人 / …憲法第四條
_PURPOSE = re.compile(r"為了|为了|為爭取|为争取|以便|為求|为求")


def first_person(text: str) -> bool:
    """True when the text, outside its quotations, speaks as 我 / 吾人 / 本人."""
    return bool(_FIRST_PERSON.search(_QUOTED.sub("", text)))


# a name the source lost (a removed template): "中國政府派前去參觀" — a verb runs into the next verb
_GAP = re.compile(r"派(?:前去|前往|赴)|由率領|由率领|與簽訂|与签订|和簽訂|和签订")


def stands_alone(text: str, quoted: bool = False) -> bool:
    """False for a clause that leans on its context: it opens with a connective or a quotation, refers
    back with a pronoun right away (肃清其残余势力), starts as a modifier (出版的《…》), or stops short
    (…解釋回答). ``quoted``: the text will be shown inside its speaker's quotation, so 我 may stand."""
    if _GAP.search(text):
        return False
    unquoted = _QUOTED.sub("", text)
    # 阿尔巴尼亚也与其建交: "also" right after the subject needs the sentence before it to be understood
    if _ALSO.search(unquoted[:8]):
        return False
    if text.startswith(DEPENDENT_OPENERS) or text.startswith(_VERB_OPENERS) or _PRONOUNS.search(text[:4]) \
            or "的" in text[:4] or (not quoted and first_person(text)) or _DEICTIC.search(_QUOTED.sub("", text)):
        return False
    return not text.rstrip("。").endswith(_DANGLING_ENDINGS)


def drop_opener(text: str) -> str:
    """The clause without a leading connective that only links it to the sentence before."""
    return _DROPPABLE.sub("", text, count=1)


@lru_cache(maxsize=65536)
def label(text: str, limit: int = LABEL_LIMIT) -> str | None:
    """An event as an option: its first clauses within ``limit``, a whole statement with no digits (they
    would give dates away); None when that is impossible."""
    if _DIGIT.search(text):
        return None  # another date in the clause: the cut label could hide what happened when
    result = fit(drop_opener(text), limit)
    if result is None or len(result) < 6 or not stands_alone(result) or _LABEL_PRONOUNS.search(result):
        return None
    if result.endswith(_FRAGMENT_ENDINGS) or _PURPOSE.search(_CLAUSE_BREAK.split(result)[-1]) \
            or _CUT_SHORT.search(result):
        return None  # cut before its main clause: "同盟國為爭取蘇聯對日本宣戰"
    if "，" not in result and result.startswith(_ADVERBIAL_OPENERS):
        return None
    return result


@lru_cache(maxsize=65536)
def without_date(text: str, date_text: str) -> str:
    """The clause with its own date expression (and a 在/于/於 before it) taken out — only where the date
    stands as an adverbial (at the start, after a comma, or after 在/于/於); otherwise unchanged."""
    if not date_text or date_text not in text:
        return text
    # not when the date is one of several (在1917年和1919年…): the clause would lose its grammar
    alone = r"(?![和與与及、至到－\-])"
    pattern = r"(^|[，,；])([在于於]?)" + re.escape(date_text) + alone + r"[，,]?"
    text = re.sub(pattern, lambda m: m.group(1), text, count=1)
    text = re.sub(r"([在于於])" + re.escape(date_text) + alone + r"[，,]?", "", text, count=1)
    return re.sub(r"([，；])\1+", r"\1", text)


def event_label(fact) -> str | None:
    """A fact as an option: its clause without its own date, as ``label`` cuts it."""
    return label(without_date(fact.text, fact.date_text))


def sentence(text: str) -> str:
    """``text`` closed with 。 unless a quotation already closes it (…青海。」)."""
    return text if re.search(r"[。！？][」』”’]$", text) else text + "。"
