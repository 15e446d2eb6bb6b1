"""Fuzz the date parser: date expressions built from its grammar, alone (parse_date) and inside article text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quizapp.errors import DateParseError
from quizapp.paths import SOURCES
from quizapp.timeline.dates import DateContext, find_dates, parse_date
from tests.fuzz.budget import fuzz_settings, record
from tests.fuzz.mutate import mutated

ARTICLE_LINES = [line for line in (SOURCES / "外蒙古独立.md").read_text(encoding="utf-8").splitlines() if line]
ARABIC = st.integers(0, 99999).map(str) | st.sampled_from(["０", "１９４５", "1911", "0", "00000000000000000000"])
CHINESE = st.sampled_from(["一", "二", "十", "十二", "三十一", "一九四五", "一九一一", "民國", "廿", "卅", "〇",
                           "零", "百", "千", "萬", "兩", "元", "一千九百四十五", "九九九九九九九九九九九九"])
NUMBER = ARABIC | CHINESE
PREFIX = st.sampled_from(["", "", "公元前", "西元", "民國", "民国", "宣統", "宣统", "光緒", "康熙", "前", "約", "（"])
YEAR_TAIL = st.sampled_from(["年", "年", "年代", "世紀", "世纪", "年初", "年底", "上半年", "年春", "年冬"])
MONTH_DAY = st.sampled_from(["", "月", "日", "號", "号", "上旬", "下旬", "初", "底", "末"])
RANGE = st.sampled_from(["", "", "至", "到", "-", "～", "—", "間", "之間"])
RELATIVE = st.sampled_from(["同年", "次年", "翌年", "去年", "同月", "次月", "同日", "翌日", "三天後", "兩日後",
                            "春夏之交", "二十世紀上半葉", "1920年代末期"])


CN_DIGITS = "〇一二三四五六七八九"
YEAR = st.integers(1, 2100).map(str) | st.integers(1, 2100).map(lambda n: "".join(CN_DIGITS[int(d)] for d in str(n)))
MONTH = st.integers(1, 12).map(str) | st.sampled_from(["一", "三", "十", "十二", "正"])
DAY = st.integers(1, 31).map(str) | st.sampled_from(["一", "十五", "二十九", "三十一", "廿五"])
ERA_YEAR = st.sampled_from(["宣統三年", "宣统元年", "光緒二十六年", "康熙六十一年", "民國35年", "民国三十四年",
                            "民國元年", "光緒40年"])
YEAR_PART = st.sampled_from(["", "", "", "春", "秋冬之交", "初", "底", "上半年", "年初"])
MONTH_PART = st.sampled_from(["", "上旬", "中旬", "下旬", "初", "底"])


@st.composite
def year_phrase(draw) -> str:
    kind = draw(st.integers(0, 4))
    if kind == 0:
        return draw(ERA_YEAR) + draw(st.sampled_from(["", "（" + draw(YEAR) + "年）"]))
    if kind == 1:
        return draw(st.sampled_from(["同年", "次年", "翌年", "去年"]))
    if kind == 2:
        return draw(st.sampled_from(["公元前", "西元前", "前"])) + draw(YEAR) + "年"
    return draw(st.sampled_from(["", "", "公元", "西元"])) + draw(YEAR) + "年"


@st.composite
def well_formed(draw) -> str:
    kind = draw(st.integers(0, 5))
    if kind == 0:
        return draw(st.integers(1, 21).map(str)) + draw(st.sampled_from(["世紀", "世纪"])) + draw(
            st.sampled_from(["", "上半葉", "末", "初期", "中葉"]))
    if kind == 1:
        return str(draw(st.integers(100, 209)) * 10) + "年代" + draw(st.sampled_from(["", "初", "末期", "中期"]))
    if kind == 2:
        return draw(st.sampled_from(["同月", "次月", "同日", "次日", "翌日", "三天後", "兩日後"]))
    phrase = draw(year_phrase())
    if draw(st.booleans()):
        phrase += draw(MONTH) + "月"
        phrase += draw(DAY) + draw(st.sampled_from(["日", "號", "号"])) if draw(st.booleans()) else draw(MONTH_PART)
    else:
        phrase += draw(YEAR_PART)
    return phrase


@st.composite
def date_expression(draw) -> str:
    """Mostly well-formed date phrases (sometimes a range of two), sometimes parts glued in odd places."""
    if draw(st.integers(0, 3)) == 0:
        parts = [draw(PREFIX), draw(NUMBER), draw(YEAR_TAIL), draw(NUMBER), draw(MONTH_DAY)]
        return "".join(parts[: draw(st.integers(2, 5))])
    expression = draw(well_formed())
    if draw(st.integers(0, 3)) == 0:
        expression += draw(RANGE) + draw(well_formed())
    return expression


TOKENS = ["年", "月", "日", "世紀", "年代", "民國", "前", "公元前", "同年", "次日", "至", "-", "（", "）", "\n",
          "〇", "十", "百", "萬", "1", "9", "99999999999999999999", "閏", " ", "\u3000"]


def context() -> st.SearchStrategy[DateContext | None]:
    return st.none() | st.builds(DateContext, year=st.none() | st.integers(-3000, 3000),
                                 month=st.none() | st.integers(1, 12), day=st.none() | st.integers(1, 31),
                                 roc=st.booleans())


@fuzz_settings()
@given(expression=date_expression().flatmap(lambda e: st.just(e) | mutated(e, TOKENS, max_ops=2)), ctx=context())
def test_parse_date_gives_a_date_or_date_parse_error(expression, ctx):
    try:
        expr = parse_date(expression, ctx)
        assert expr.text == expression.strip()
        assert expr.start <= expr.end
        outcome = "ok"
    except DateParseError as exc:
        assert repr(expression) in exc.message or expression[:20] in exc.message, exc.message
        outcome = "DateParseError"
    record("dates parse_date", outcome)


@st.composite
def dated_text(draw) -> str:
    start = draw(st.integers(0, len(ARTICLE_LINES) - 1))
    text = "\n".join(ARTICLE_LINES[start:start + draw(st.integers(1, 4))])
    for _ in range(draw(st.integers(1, 5))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(date_expression()) + text[at:]
    return draw(mutated(text, TOKENS, max_ops=3))


@fuzz_settings()
@given(text=dated_text(), ctx=context())
def test_find_dates_never_raises_and_offsets_index_the_text(text, ctx):
    found = find_dates(text, ctx)
    previous_end = 0
    for expr in found:
        assert text[expr.offset:expr.end_offset] == expr.text
        assert expr.offset >= previous_end  # in order, not overlapping
        assert expr.start <= expr.end
        expr.start.iso()
        previous_end = expr.end_offset
    record("dates find_dates", "ok")
