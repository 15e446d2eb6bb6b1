"""Chinese date expressions: every form of the issue, table-driven, plus the not-dates and the context rules."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.errors import DateParseError
from quizapp.paths import SOURCES
from quizapp.timeline.dates import DateContext, PartialDate, find_dates, parse_date, year_label

# expression, expected start, end, precision, flags that must be present
ABSOLUTE = [
    # Arabic, full-width and Chinese numerals
    ("1945年10月20日", "1945-10-20", "1945-10-20", "day", ()),
    ("1945年", "1945", "1945", "year", ()),
    ("1945年8月", "1945-08", "1945-08", "month", ()),
    ("1911年12月1日", "1911-12-01", "1911-12-01", "day", ()),
    ("2002年1月30日", "2002-01-30", "2002-01-30", "day", ()),
    ("1945年8月14号", "1945-08-14", "1945-08-14", "day", ()),
    ("１９４５年１０月２０日", "1945-10-20", "1945-10-20", "day", ()),
    ("一九二九年", "1929", "1929", "year", ()),
    ("二〇〇二年", "2002", "2002", "year", ()),
    ("二○○二年", "2002", "2002", "year", ()),
    ("一九九一年五月十六日", "1991-05-16", "1991-05-16", "day", ()),
    ("一九四五年十月", "1945-10", "1945-10", "month", ()),
    ("745年", "0745", "0745", "year", ()),
    ("公元前200年", "-0199", "-0199", "year", ()),
    ("西元前221年", "-0220", "-0220", "year", ()),
    ("公元9年", "0009", "0009", "year", ()),
    ("1945年8月份", "1945-08", "1945-08", "month", ()),
    # 民國
    ("民國35年", "1946", "1946", "year", ("roc",)),
    ("民国35年", "1946", "1946", "year", ("roc",)),
    ("民國三十六年", "1947", "1947", "year", ("roc",)),
    ("民國元年", "1912", "1912", "year", ("roc",)),
    ("民國35年1月5日", "1946-01-05", "1946-01-05", "day", ("roc",)),
    ("民國94年10月1日", "2005-10-01", "2005-10-01", "day", ("roc",)),
    ("民三", "1914", "1914", "year", ("roc",)),
    ("民卅二", "1943", "1943", "year", ("roc",)),
    ("民廿年", "1931", "1931", "year", ("roc",)),
    ("民十五", "1926", "1926", "year", ("roc",)),
    ("民國元年（1912年）", "1912", "1912", "year", ("roc",)),
    ("民國36年（1947年）12月25日", "1947-12-25", "1947-12-25", "day", ("roc",)),
    ("68年（1979年）5月", "1979-05", "1979-05", "month", ("roc",)),
    ("1941年(民國30年)4月15日", "1941-04-15", "1941-04-15", "day", ("roc",)),
    # reign eras, both scripts
    ("宣统二年", "1910", "1910", "year", ("era",)),
    ("宣統二年", "1910", "1910", "year", ("era",)),
    ("宣統三年", "1911", "1911", "year", ("era",)),
    ("宣统三年", "1911", "1911", "year", ("era",)),
    ("康熙三十六年", "1697", "1697", "year", ("era",)),
    ("康熙元年", "1662", "1662", "year", ("era",)),
    ("咸平四年", "1001", "1001", "year", ("era",)),
    ("光绪二十六年", "1900", "1900", "year", ("era",)),
    ("光緒26年", "1900", "1900", "year", ("era",)),
    ("乾隆六十年", "1795", "1795", "year", ("era",)),
    ("建武中元二年", "0057", "0057", "year", ("era",)),
    ("宣统三年（1911年）7月", "1911-07", "1911-07", "month", ("era",)),
    ("宣統三年（1911年）", "1911", "1911", "year", ("era",)),
    ("1910年（宣统二年）", "1910", "1910", "year", ("era",)),
    ("宣统三年（1912年）", "1912", "1912", "year", ("era", "era-mismatch")),
    ("1913年（宣统二年）", "1913", "1913", "year", ("era-mismatch",)),
    ("太平三年", "1023", "1023", "year", ("ambiguous-era",)),
    # ranges and lists
    ("1936-37年間", "1936", "1937", "year", ()),
    ("1936-37年间", "1936", "1937", "year", ()),
    ("647－648年", "0647", "0648", "year", ()),
    ("1919～1924年", "1919", "1924", "year", ()),
    ("1919年2月、3月間", "1919-02", "1919-03", "month", ("list",)),
    ("2002-2003年起", "2002", "2003", "year", ("from",)),
    ("民國68年（1979年）5月至民國80年（1991年）10月", "1979-05", "1991-10", "month", ("roc",)),
    ("1860年至1911年", "1860", "1911", "year", ()),
    ("1921年－1924年", "1921", "1924", "year", ()),
    ("1949年12月至1950年3月", "1949-12", "1950-03", "month", ()),
    ("1949年1-2月", "1949-01", "1949-02", "month", ()),
    ("1945年8月至1946年", "1945", "1946", "year", ()),
    ("1919年2月至3月", "1919-02", "1919-03", "month", ()),
    ("1945年8月9日至15日", "1945-08-09", "1945-08-15", "day", ()),
    ("1913年10月止", "1913-10", "1913-10", "month", ("until",)),
    # centuries and decades
    ("13世纪初", "1201", "1220", "century", ("approximate",)),
    ("9世纪中期", "0834", "0867", "century", ("approximate",)),
    ("16世纪", "1501", "1600", "century", ()),
    ("16世纪起", "1501", "1600", "century", ("from",)),
    ("20世紀上半葉", "1901", "1950", "century", ("approximate",)),
    ("十九世纪末", "1881", "1900", "century", ("approximate",)),
    ("公元前3世纪", "-0299", "-0200", "century", ()),
    ("1920年代末期", "1927", "1929", "decade", ("approximate",)),
    ("1920年代初", "1920", "1922", "decade", ("approximate",)),
    ("1960年代", "1960", "1969", "decade", ()),
    ("六十年代", "1960", "1969", "decade", ("century-assumed",)),
    ("20世纪60年代", "1960", "1969", "decade", ()),
    ("19世纪90年代", "1890", "1899", "decade", ()),
    # parts of a year, seasons
    ("1913年初", "1913-01", "1913-03", "season", ()),
    ("1945年底", "1945-11", "1945-12", "season", ()),
    ("1945年年底", "1945-11", "1945-12", "season", ()),
    ("1945年末", "1945-11", "1945-12", "season", ()),
    ("1918年下半年", "1918-07", "1918-12", "season", ()),
    ("1918年上半年", "1918-01", "1918-06", "season", ()),
    ("1943年春间", "1943-03", "1943-05", "season", ()),
    ("1943年春", "1943-03", "1943-05", "season", ()),
    ("1943年秋季", "1943-09", "1943-11", "season", ()),
    ("1943年冬", "1943-12", "1944-02", "season", ()),
    ("1989年春夏之交", "1989-05", "1989-06", "season", ()),
    ("1945年8月上旬", "1945-08-01", "1945-08-10", "day", ()),
    ("1945年2月下旬", "1945-02-21", "1945-02-28", "day", ()),
    ("1911年11月初", "1911-11-01", "1911-11-10", "day", ("approximate",)),
]


@pytest.mark.parametrize(("expression", "start", "end", "precision", "flags"), ABSOLUTE)
def test_absolute_expression(expression, start, end, precision, flags):
    expr = parse_date(expression)
    assert (expr.start.iso(), expr.end.iso(), expr.precision) == (start, end, precision)
    assert set(flags) <= set(expr.flags)
    assert expr.text == expression and expr.offset == 0 and not expr.relative


# resolved against a context of 1945-08-14
RELATIVE = [
    ("同年", "1945", "1945", "year"),
    ("同年秋", "1945-09", "1945-11", "season"),
    ("同年6月9日", "1945-06-09", "1945-06-09", "day"),
    ("次年", "1946", "1946", "year"),
    ("翌年", "1946", "1946", "year"),
    ("隔年", "1946", "1946", "year"),
    ("隔年12月", "1946-12", "1946-12", "month"),
    ("次年6月", "1946-06", "1946-06", "month"),
    ("同月", "1945-08", "1945-08", "month"),
    ("同月下旬", "1945-08-21", "1945-08-31", "day"),
    ("同月26日", "1945-08-26", "1945-08-26", "day"),
    ("次月", "1945-09", "1945-09", "month"),
    ("同日", "1945-08-14", "1945-08-14", "day"),
    ("次日", "1945-08-15", "1945-08-15", "day"),
    ("12月29日", "1945-12-29", "1945-12-29", "day"),
    ("8月8日", "1945-08-08", "1945-08-08", "day"),
    ("十月四日", "1945-10-04", "1945-10-04", "day"),
    ("7月", "1945-07", "1945-07", "month"),
    ("11月初", "1945-11-01", "1945-11-10", "day"),
    ("春夏之交", "1945-05", "1945-06", "season"),
    ("今年九月三日", "1945-09-03", "1945-09-03", "day"),
]


@pytest.mark.parametrize(("expression", "start", "end", "precision"), RELATIVE)
def test_relative_expression(expression, start, end, precision):
    context = DateContext(year=1945, month=8, day=14)
    expr = parse_date(expression, context)
    assert (expr.start.iso(), expr.end.iso(), expr.precision) == (start, end, precision)
    assert expr.relative
    assert context == DateContext(year=1945, month=8, day=14)  # parse_date leaves the context alone


@pytest.mark.parametrize("expression", ["同年", "次年6月", "12月29日", "同月下旬", "春夏之交"])
def test_relative_without_context_is_an_error_and_skipped(expression):
    with pytest.raises(DateParseError, match="context"):
        parse_date(expression)
    assert find_dates(expression) == []


NOT_DATES = [
    "100%", "36000人", "第971次會議", "166號決議", "95人", "第4條", "80億美元", "1630号", "116度27分", "1945",
    "28年来", "28年來", "之後三十年", "可保中蘇三十年的和平", "有效期为二十年", "五十年前", "持续一年的战争",
    "從蒙共六十年來演變", "《三年控蘇的奮鬥》", "十月革命", "八月風暴行動", "苏联就同日本签订", "于七日内将仓",
    "歷時89日", "20多年", "100周年", "5000年", "第1668号决议", "3.5", "ISBN 957-08-1945",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text):
    assert find_dates(text, DateContext(year=1950, month=1, day=1)) == []
    with pytest.raises(DateParseError):
        parse_date(text)


@pytest.mark.parametrize("text", ["28年来", "之後三十年", "三十年的和平", "五十年前", "有效期为二十年", "六十年來"])
def test_durations_stay_durations_in_roc_context(text):
    assert find_dates(text, DateContext(roc=True)) == []


def test_roc_short_year_needs_roc_context_in_the_same_paragraph():
    text = "民國42年廢止條約。外交部在91年7月8日函示。\n另一段：91年7月8日。"
    found = find_dates(text)
    assert [(e.text, e.start.iso()) for e in found] == [("民國42年", "1953"), ("91年7月8日", "2002-07-08")]
    assert "roc-context" in found[1].flags
    assert [e.start.iso() for e in find_dates("91年7月8日")] == []
    assert [e.start.iso() for e in find_dates("91年7月8日", DateContext(roc=True))] == ["2002-07-08"]
    assert [e.start.iso() for e in find_dates("三十六年，內政部發布", DateContext(roc=True))] == ["1947"]
    assert find_dates("三十六年，內政部發布") == []


def test_parse_date_rejects_trailing_text_and_empty():
    for text in ["1945年的", "", "   ", "abc", "1945年10月20日和"]:
        with pytest.raises(DateParseError):
            parse_date(text)


def test_invalid_day_is_not_a_day():
    assert [e.text for e in find_dates("1945年2月30日")] == ["1945年2月"]


def test_find_dates_updates_the_context_in_reading_order():
    context = DateContext()
    text = "1945年8月14日簽約。同日公布。8月8日宣戰。次年6月撤軍。12月29日。同月下旬。"
    found = find_dates(text, context)
    assert [(e.text, e.start.iso(), e.relative) for e in found] == [
        ("1945年8月14日", "1945-08-14", False),
        ("同日", "1945-08-14", True),
        ("8月8日", "1945-08-08", True),
        ("次年6月", "1946-06", True),
        ("12月29日", "1946-12-29", True),
        ("同月下旬", "1946-12-21", True),
    ]
    assert (context.year, context.month, context.day) == (1946, 12, 21)


def test_absolute_part_wins_after_a_relative_phrase():
    (expr,) = find_dates("就在兩天后的4月13日，苏联就同日本签订了条约", DateContext(year=1941, month=4, day=11))
    assert (expr.text, expr.start.iso(), expr.relative) == ("4月13日", "1941-04-13", True)


def test_century_or_decade_clears_the_year_context():
    context = DateContext(year=1945)
    assert [e.text for e in find_dates("1920年代末期，同年", context)] == ["1920年代末期"]
    assert context.year is None


def test_ambiguous_era_picks_the_era_nearest_the_context():
    near_liao = parse_date("太平三年", DateContext(year=1020))
    near_wu = parse_date("太平二年", DateContext(year=250))
    assert near_liao.start.iso() == "1023" and "ambiguous-era" in near_liao.flags
    assert near_wu.start.iso() == "0257"


def test_offsets_and_texts_inside_a_sentence():
    text = "于1910年（宣统二年）联名，宣统三年（1911年）7月，外蒙古獨立。"
    found = find_dates(text)
    assert [e.text for e in found] == ["1910年（宣统二年）", "宣统三年（1911年）7月"]
    for expr in found:
        assert text[expr.offset : expr.end_offset] == expr.text


def test_list_without_between_gives_separate_dates():
    found = find_dates("將民三、民九、民十五、民卅二各年蘇方對唐努進行侵略")
    assert [(e.text, e.start.iso()) for e in found] == [
        ("民三", "1914"), ("民九", "1920"), ("民十五", "1926"), ("民卅二", "1943"),
    ]


def test_partial_date_iso_and_order():
    assert PartialDate(1911).iso() == "1911"
    assert PartialDate(1911, 12).iso() == "1911-12"
    assert PartialDate(1911, 12, 1).iso() == "1911-12-01"
    assert PartialDate(647).iso() == "0647"
    assert PartialDate(-199).iso() == "-0199"
    assert PartialDate(1911) <= PartialDate(1911, 12) < PartialDate(1912)
    assert year_label(-199) == "公元前200年" and year_label(1945) == "1945年"


def test_every_real_year_form_in_the_articles():
    """Each article's expressions: dates found where the text has them, durations and counts left alone."""
    found: dict[str, str] = {}
    for path in sorted(SOURCES.glob("*.md")):
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", path.read_text(encoding="utf-8"))
        for expr in find_dates(text):
            assert text[expr.offset : expr.end_offset] == expr.text
            assert expr.start <= expr.end
            found[expr.text] = expr.start.iso() + ".." + expr.end.iso()
    expected = {
        "647－648年": "0647..0648", "9世纪中期": "0834..0867", "1918年下半年": "1918-07..1918-12",
        "次年6月": "1919-06..1919-06", "民三": "1914..1914", "民卅二": "1943..1943", "1945年年底": "1945-11..1945-12",
        "1936-37年間": "1936..1937", "1910年（宣统二年）": "1910..1910", "宣统三年（1911年）7月": "1911-07..1911-07",
        "民國三十六年": "1947..1947", "91年7月8日": "2002-07-08..2002-07-08", "康熙三十六年": "1697..1697",
        "一九二九年": "1929..1929", "一九九一年五月十六日": "1991-05-16..1991-05-16", "六十年代": "1960..1969",
        "1949年1-2月": "1949-01..1949-02", "1919年2月、3月間": "1919-02..1919-03", "2002-2003年起": "2002..2003",
        "民國68年（1979年）5月至民國80年（1991年）10月": "1979-05..1991-10", "1943年春间": "1943-03..1943-05",
        "1989年春夏之交": "1989-05..1989-06", "13世纪初": "1201..1220", "1920年代末期": "1927..1929",
        "1941年(民國30年)4月15日": "1941-04-15..1941-04-15", "民國元年（1912年）": "1912..1912",
        "同月下旬": "1913-10-21..1913-10-31", "1949年12月至1950年3月": "1949-12..1950-03",
    }
    for text, dates in expected.items():
        assert found.get(text) == dates, text
    numbered = {text for text in found if re.fullmatch(r"[0-9一二三四五六七八九十]+年", text)}
    assert not numbered & {"28年", "三十年", "五十年", "二十年", "一年", "三年", "六十年", "九十五年"}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789０１一二三十廿卅〇元年月日号間至-－、（）()民國国宣统統康熙同次翌春夏之交世纪代初底末上下半旬前公元起 ，。")) | st.characters(), max_size=60))
def test_find_dates_never_raises_and_is_consistent(text):
    for context in (None, DateContext(year=1945, month=8, day=31), DateContext(roc=True)):
        found = find_dates(text, context)
        assert isinstance(found, list)
        last_end = 0
        for expr in found:
            assert text[expr.offset : expr.end_offset] == expr.text
            assert expr.offset >= last_end
            last_end = expr.end_offset
            assert expr.start <= expr.end


def test_days_later_counts_from_the_context_day():
    context = DateContext(year=1941, month=4, day=11)
    (expr,) = find_dates("兩天后，苏联签约", context)
    assert (expr.text, expr.start.iso(), expr.precision, expr.relative) == ("兩天后", "1941-04-13", "day", True)
    assert find_dates("三天後", DateContext(year=1941)) == []  # no day in the context: not guessed
    (expr,) = find_dates("3日後", DateContext(year=1945, month=12, day=30))
    assert expr.start.iso() == "1946-01-02"


def test_era_word_beyond_any_era_length_is_not_a_date():
    assert find_dates("宣統九十年") == []  # 宣統 lasted three years


def test_era_month_is_flagged_lunar_unless_a_gregorian_year_is_given():
    assert "lunar-month" in parse_date("康熙三十六年五月").flags
    assert parse_date("康熙三十六年五月").start.iso() == "1697-05"
    assert "lunar-month" not in parse_date("宣统三年（1911年）7月").flags
    assert "lunar-month" not in parse_date("民國35年1月5日").flags


def test_parse_date_allows_surrounding_white_space():
    expr = parse_date("  1945年8月 ")
    assert (expr.text, expr.offset, expr.start.iso()) == ("1945年8月", 2, "1945-08")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("前221年，秦統一", [("前221年", "-0220")]),
        ("（前221年）", [("前221年", "-0220")]),
        ("此前221年", []),
        ("一九五〇年代", [("一九五〇年代", "1950")]),
        ("1949年初春", [("1949年初春", "1949-03")]),
        ("1945年至今", [("1945年", "1945")]),
        ("1913年、1915年兩次", [("1913年", "1913"), ("1915年", "1915")]),
        ("建國60年來", []),
    ],
)
def test_more_forms_in_running_text(text, found):
    assert [(e.text, e.start.iso()) for e in find_dates(text)] == found
