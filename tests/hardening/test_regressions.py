"""Regression tests for the bugs the fuzz and hostile-input tests found (one test per fix)."""

from __future__ import annotations

import pytest

from quizapp.errors import BankError
from quizapp.interchange.gift import loads_gift


def test_gift_category_line_alone_in_its_block():
    # found by tests/fuzz/test_fuzz_gift.py: an IndexError instead of reading the questions after it
    result = loads_gift("$CATEGORY: $course$/外蒙古\n\n::q::外蒙古獨立於1946年。{T}\n", "x.gift")
    assert [q.type for q in result.bank.questions] == ["true_false"]
    assert result.bank.questions[0].source.section_path == ["外蒙古"]


@pytest.mark.parametrize(("meta", "message"), [
    ('{"type":"true_false"}', "question without an id"),
    ('{"id":[1],"type":"true_false"}', "'id' must be a string"),
    ('{"id":"q-1","prompt":[]}', "'prompt' must be a string"),
    ('{"id":"q-1","source":"x"}', "'source' must be an object"),
    ('{"id":"q-1","source":{"section_path":[1],"quote":"a"}}', "'section_path' must be a list of strings"),
    ('{"id":"q-1","type":"ordering","presented":[1,"a"]}', "'presented' must be a list of strings"),
])
def test_gift_metadata_of_the_wrong_shape_is_a_bank_error_with_line(meta, message):
    # found by tests/fuzz/test_fuzz_gift.py: KeyError, TypeError and AttributeError escaped from the readers
    with pytest.raises(BankError, match=message) as caught:
        loads_gift(f"// quizapp: {meta}\n外蒙古{{T####見 出處}}\n", "x.gift")
    assert caught.value.file == "x.gift" and caught.value.line in (1, 2)


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_csv_row_limit(monkeypatch, newline):
    # a million-row CSV (47 MB, under the file size limit) took minutes and gigabytes: now refused by a row limit,
    # counted before validation (and again while reading, for files whose rows end in a bare CR)
    from quizapp.interchange import csv_format

    monkeypatch.setattr(csv_format, "MAX_ROWS", 3)
    row = f"true_false,外蒙古於1946年獨立。,false{newline}"
    assert len(csv_format.loads_csv(f"type,stem,answer{newline}" + row * 3, "x.csv").bank.questions) == 3
    with pytest.raises(BankError, match="more than 3 question rows") as caught:
        csv_format.loads_csv(f"type,stem,answer{newline}" + row * 4, "x.csv")
    assert caught.value.file == "x.csv" and caught.value.line == 5


@pytest.mark.parametrize("encoding", ["TF-8", "GB2312", "big5", "utf-32"])
def test_moodle_xml_with_an_unreadable_encoding_is_a_bank_error(encoding):
    # found by tests/fuzz/test_fuzz_moodle_xml.py: LookupError / ValueError ("multi-byte encodings are not
    # supported") escaped from expat for a declared encoding it cannot read
    from quizapp.interchange.moodle_xml import loads_moodle_xml

    data = f'<?xml version="1.0" encoding="{encoding}"?>\n<quiz></quiz>\n'.encode()
    with pytest.raises(BankError, match="save the file as UTF-8") as caught:
        loads_moodle_xml(data, "x.xml")
    assert caught.value.file == "x.xml" and caught.value.line == 1


def test_locked_database_is_a_store_error(tmp_path, monkeypatch):
    # a raw sqlalchemy OperationalError ("database is locked") escaped the store layer and the CLI showed a
    # traceback; full disk and read-only files had the same problem (real-process tests: test_faults.py)
    import sqlite3

    from quizapp.errors import StoreError
    from quizapp.store import crud, db
    from quizapp.store.migrate import upgrade

    monkeypatch.setattr(db, "SQLITE_BUSY_TIMEOUT_MS", 100)
    path = tmp_path / "q.sqlite3"
    upgrade(f"sqlite:///{path}")
    engine = db.make_engine(f"sqlite:///{path}")
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        with db.session_factory(engine)() as session, pytest.raises(StoreError, match="in use by another program"):
            crud.get_or_create_student(session, name="學生")
    finally:
        holder.close()
        engine.dispose()


def test_database_that_cannot_be_opened_is_one_line(tmp_path):
    # migrate.current_revision put SQLAlchemy's multi-line message (SQL, help link) into the StoreError
    from quizapp.errors import StoreError
    from quizapp.store.migrate import upgrade

    folder = tmp_path / "not-a-file.sqlite3"
    folder.mkdir()
    with pytest.raises(StoreError) as caught:
        upgrade(f"sqlite:///{folder}")
    assert "\n" not in str(caught.value) and "unable to open database file" in str(caught.value)
