"""Hostile input through the real CLI: XML bombs and external entities, oversized files, binary and broken text,
active HTML in imported questions, bank names that look like paths. Each child's peak RSS is measured."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

import pytest

from quizapp.paths import SOURCES
from tests.hardening.conftest import FIGURES
from tests.hardening.procs import quizapp

# an idle `quizapp import` child (Python, SQLAlchemy, pydantic) is ~60-80 MB; refusing a file must add little
SMALL_RSS_MB = 160

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE quiz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<quiz><question type="truefalse"><name><text>&lol9;</text></name>
<questiontext format="html"><text>&lol9;</text></questiontext>
<answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question></quiz>
"""
EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE quiz [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<quiz><question type="truefalse"><name><text>x</text></name>
<questiontext format="html"><text>&xxe;</text></questiontext>
<answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question></quiz>
"""
EXTERNAL_DTD = """<?xml version="1.0"?>
<!DOCTYPE quiz SYSTEM "http://evil.example/quiz.dtd">
<quiz><question type="truefalse"><name><text>x</text></name><questiontext><text>y</text></questiontext>
<answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question></quiz>
"""


def note(what: str, measured) -> None:
    FIGURES.append(f"{what}: exit {measured.returncode}, {measured.seconds:.2f} s, peak RSS {measured.peak_rss_mb:.0f} MB")


@pytest.mark.parametrize(("name", "content", "expect"), [
    ("laughs.xml", BILLION_LAUGHS, "billion laughs"),
    ("xxe.xml", EXTERNAL_ENTITY, "external entity 'xxe' (file:///etc/passwd) refused"),
    ("dtd.xml", EXTERNAL_DTD, "external reference (http://evil.example/quiz.dtd) refused"),
])
def test_xml_attacks_refused_with_one_clear_line(tmp_path, name, content, expect):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    db = tmp_path / "q.sqlite3"
    result = quizapp("import", str(path), "--db", f"sqlite:///{db}")
    note(f"import {name}", result)
    assert result.returncode == 2
    line = result.error_line()
    assert line.startswith(f"quizapp: {path}:") and expect in line
    assert "root:" not in result.stdout + result.stderr  # nothing of /etc/passwd leaked
    assert not db.exists()  # refused before the database was touched
    assert result.peak_rss_mb < SMALL_RSS_MB


def test_200_mb_gift_refused_by_size_before_reading(tmp_path):
    path = tmp_path / "huge.gift"
    with path.open("wb") as handle:  # sparse: 200 MB in a moment, no disk used
        handle.truncate(200 * 1024 * 1024)
    result = quizapp("import", str(path), "--db", f"sqlite:///{tmp_path / 'q.sqlite3'}")
    note("import 200 MB GIFT", result)
    assert result.returncode == 2
    assert "file is 200.0 MB; files over 50 MB are refused" in result.error_line()
    assert result.peak_rss_mb < SMALL_RSS_MB  # the file was never read


@pytest.mark.slow  # ~2 s: writes a 47 MB file, the child counts its rows
def test_million_row_csv_refused_by_row_limit(tmp_path):
    path = tmp_path / "million.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("type,stem,answer\r\n")
        handle.write("true_false,外蒙古於1946年獨立。,false\r\n" * 1_000_000)
    result = quizapp("import", str(path), "--db", f"sqlite:///{tmp_path / 'q.sqlite3'}")
    note("import CSV of 10^6 rows (47 MB)", result)
    assert result.returncode == 2
    line = result.error_line()
    assert f"{path}:100002: more than 100,000 question rows" in line
    assert result.seconds < 20 and result.peak_rss_mb < 250


def test_50_mb_article_refused_by_size(tmp_path):
    article = (SOURCES / "外蒙古独立.md").read_bytes()
    path = tmp_path / "huge.md"
    with path.open("wb") as handle:
        for _ in range(50 * 1024 * 1024 // len(article) + 1):
            handle.write(article)
    result = quizapp("parse", str(path))
    note(f"parse {path.stat().st_size / 2**20:.0f} MB article", result)
    assert result.returncode == 2
    assert "over the 20 MB limit for an article" in result.error_line()
    assert result.peak_rss_mb < SMALL_RSS_MB


@pytest.mark.parametrize(("payload", "line_no", "expect"), [
    (b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)) * 4, 1, "binary data (NUL byte)"),
    ("外蒙古獨立\n\n".encode() * 10 + b"\xff\xfe bad" + "外蒙古".encode(), 21, "not UTF-8 text (byte 0xff"),
    ("外蒙古獨立\n".encode() * 5 + "外蒙古".encode()[:-1] + b"\n", 6, "not UTF-8 text"),
])
def test_binary_and_invalid_utf8_article_named_with_line(tmp_path, payload, line_no, expect):
    path = tmp_path / "bad.md"
    path.write_bytes(payload)
    result = quizapp("parse", str(path))
    assert result.returncode == 2
    line = result.error_line()
    assert line.startswith(f"quizapp: {path}:{line_no}: ") and expect in line, line


ACTIVE_HTML = ('<p>外蒙古於<b>1946年</b>獨立。<img src="http://evil.example/track.png" onerror="alert(1)">'
               '<a href="javascript:alert(2)">點此</a><script>alert(3)</script>'
               '<iframe src="http://evil.example/"></iframe><style>@import url(http://evil.example/x.css);</style>'
               '<span style="background:url(http://evil.example/bg.png)">背景</span></p>')
FORBIDDEN = ("evil.example", "javascript", "alert", "<img", "<script", "<iframe", "onerror", "url(", "<a ")


def _gift_html(html: str) -> str:
    escaped = html.replace("{", "\\{").replace("}", "\\}").replace("=", "\\=").replace("#", "\\#") \
        .replace(":", "\\:").replace("~", "\\~")
    return f"::remote::[html]{escaped}{{TRUE####{escaped}}}\n\n::choice::[html]{escaped}{{={escaped} ~1945年}}\n"


def _moodle_html(html: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<quiz><question type="truefalse"><name><text>remote</text>'
            f'</name><questiontext format="html"><text><![CDATA[{html}]]></text></questiontext>'
            f'<generalfeedback format="html"><text><![CDATA[{html}]]></text></generalfeedback>'
            '<answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>'
            '</question><question type="multichoice"><name><text>choice</text></name>'
            f'<questiontext format="html"><text><![CDATA[{html}]]></text></questiontext>'
            f'<answer fraction="100" format="html"><text><![CDATA[{html}]]></text></answer>'
            '<answer fraction="0"><text>1945年</text></answer></question></quiz>\n')


@pytest.mark.parametrize(("name", "content"), [("remote.gift", _gift_html(ACTIVE_HTML)),
                                               ("remote.xml", _moodle_html(ACTIVE_HTML))])
def test_remote_images_and_javascript_links_sanitized_on_import(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    db = tmp_path / "q.sqlite3"
    imported = quizapp("import", str(path), "--db", f"sqlite:///{db}", "--bank", "html")
    assert imported.returncode == 0, imported.stderr
    with closing(sqlite3.connect(db)) as conn:
        stored = conn.execute("SELECT stem, data, explanation, source FROM question").fetchall()
    assert len(stored) == 2
    for row in stored:
        text = json.dumps(row, ensure_ascii=False)
        assert "外蒙古於1946年獨立。" in text and "點此" in text  # the words stay
        for bad in FORBIDDEN:
            assert bad not in text, f"{bad!r} survived the import: {text}"


EXPORTS = {"json": ".json", "gift": ".gift", "moodle-xml": ".xml", "csv": ".csv", "apkg": ".apkg"}


@pytest.mark.slow  # ~18 s: 12 CLI processes
def test_bank_name_never_becomes_a_path(tmp_path):
    """Documented rule: --out is written where the user says; a bank's NAME never builds a file name or folder."""
    names = ["../../escape", f"{tmp_path}/absolute\\back:slash*?<>|"]
    source = tmp_path / "in" / "b.gift"
    source.parent.mkdir()
    source.write_text("::q::外蒙古於1946年獨立。{T}\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'q.sqlite3'}"
    out = tmp_path / "deep" / "out"
    out.mkdir(parents=True)
    expected = ["in/b.gift"]
    for n, name in enumerate(names):
        assert quizapp("import", str(source), "--db", db, "--bank", name).returncode == 0
        for fmt, suffix in EXPORTS.items():
            target = out / f"{n}{suffix}"
            result = quizapp("export", name, "--format", fmt, "--out", str(target), "--db", db)
            assert result.returncode == 0, result.stderr
            expected.append(target.relative_to(tmp_path).as_posix())
    written = [p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")
               if p.is_file() and not p.name.startswith("q.sqlite3")]
    assert sorted(written) == sorted(expected)


def test_export_into_a_missing_folder_is_one_clear_line(tmp_path):
    source = tmp_path / "b.gift"
    source.write_text("::q::外蒙古於1946年獨立。{T}\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'q.sqlite3'}"
    assert quizapp("import", str(source), "--db", db).returncode == 0
    target = tmp_path / "missing" / "x.gift"
    result = quizapp("export", "b", "--format", "gift", "--out", str(target), "--db", db)
    assert result.returncode == 2
    assert f"{target}: cannot write: No such file or directory" in result.error_line()
