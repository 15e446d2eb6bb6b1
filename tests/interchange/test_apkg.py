"""Anki export: the .apkg opened by the real anki library, and by hand as a zip holding a SQLite collection."""

from __future__ import annotations

import json
import sqlite3
import zipfile

import pytest

from quizapp.interchange import apkg


def test_ids_are_stable_and_in_ankis_range(bank):
    assert apkg.stable_id("外蒙古独立") == apkg.stable_id("外蒙古独立")
    assert apkg.stable_id("外蒙古独立") != apkg.stable_id("另一個題庫")
    assert all(1 << 30 <= apkg.stable_id(name) < 1 << 31 for name in ("a", "b", "外蒙古独立"))


def test_package_as_zip_and_sqlite(bank, tmp_path):
    path = tmp_path / "bank.apkg"
    apkg.write_bank(bank, path)
    with zipfile.ZipFile(path) as package:
        assert "collection.anki2" in package.namelist()
        (tmp_path / "collection.anki2").write_bytes(package.read("collection.anki2"))
    with sqlite3.connect(tmp_path / "collection.anki2") as db:
        notes = db.execute("select guid, flds, tags, mid from notes").fetchall()
        decks = json.loads(db.execute("select decks from col").fetchone()[0])
    assert len(notes) == len(bank.questions)
    assert {mid for _, _, _, mid in notes} == {apkg.MODEL_ID}
    assert str(apkg.stable_id("quizapp-deck:外蒙古独立")) in decks
    fields = {flds.split("\x1f")[0]: flds.split("\x1f") for _, flds, _, _ in notes}
    date = fields["q-date"]
    assert dict(zip(apkg.FIELDS, date, strict=True))["Back"] == "<b>2. 1911年</b>"
    assert "博克多汗國成立" in date[2] and "<li>1913年</li>" in date[2]
    assert date[4] == "1911年12月1日。<br>見年表。" and date[6] == "相關歷史事件年表 &gt; 1911年"
    assert fields["q-bc"][3] == "<b>前209年</b>"
    assert "中俄蒙協約 &lt;條約&gt; &amp; 附約" in fields["q-event"][2]


def test_package_opens_in_anki(bank, tmp_path):
    pytest.importorskip("anki", reason="the anki package (test dependency) is not installed")
    from anki.collection import Collection, ImportAnkiPackageRequest
    from anki.import_export_pb2 import ImportAnkiPackageOptions

    path = tmp_path / "bank.apkg"
    apkg.write_bank(bank, path)
    (tmp_path / "anki").mkdir()
    collection = Collection(str(tmp_path / "anki" / "collection.anki2"))
    try:
        collection.import_anki_package(ImportAnkiPackageRequest(package_path=str(path),
                                                                options=ImportAnkiPackageOptions()))
        note_ids = collection.find_notes("")
        assert len(note_ids) == len(bank.questions)
        notes = {collection.get_note(nid)["QuestionId"]: collection.get_note(nid) for nid in note_ids}
        assert set(notes) == {q.id for q in bank.questions}
        match = notes["q-match"]
        assert match.keys() == list(apkg.FIELDS)
        assert "1911年 — 博克多汗國成立" in match["Back"]
        assert "quizapp::matching" in match.tags and "配對" in match.tags
        assert "外蒙古独立" in [deck.name for deck in collection.decks.all_names_and_ids()]
        card = collection.get_card(collection.find_cards(f"nid:{match.id}")[0])
        assert "配對日期與事件" in card.question() and "1945年 — 雅爾達會議" in card.answer()
    finally:
        collection.close()


def test_reexport_keeps_note_guids(bank, tmp_path):
    first, second = tmp_path / "1.apkg", tmp_path / "2.apkg"
    apkg.write_bank(bank, first)
    apkg.write_bank(bank, second)
    guids = []
    for path in (first, second):
        with zipfile.ZipFile(path) as package:
            (tmp_path / "c.anki2").write_bytes(package.read("collection.anki2"))
        with sqlite3.connect(tmp_path / "c.anki2") as db:
            guids.append(sorted(row[0] for row in db.execute("select guid from notes")))
    assert guids[0] == guids[1]
