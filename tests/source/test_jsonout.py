"""The `parse --json` dict: the contract's keys, scripts, offsets that index the converted text."""

import pytest

import quizapp.source.jsonout as jsonout
from quizapp.errors import QuizappError
from quizapp.source import document_to_json


def test_contract_keys(main_doc):
    data = document_to_json(main_doc)
    assert data["title"] == "外蒙古独立"
    section = data["sections"][3]
    assert {"id", "title", "level", "path", "text", "paragraphs", "links", "notes"} <= section.keys()
    assert section["id"] == "s3" and section["path"] == ["清末和中華民國北洋政府时期"]
    link = section["links"][0]
    assert set(link) >= {"start", "end", "text", "target"} and section["text"][link["start"] : link["end"]] == link["text"]
    assert data["sections"][2]["notes"][0] == {"offset": data["sections"][2]["notes"][0]["offset"], "number": 10,
                                               "text": "［俄］巴尔苏科夫《穆拉维约夫--阿穆尔斯基伯爵》第2卷，第111页。东正教出版社，1891年"}


@pytest.mark.parametrize("script", ["hans", "hant", "tw", "hk"])
def test_scripts_keep_offsets_and_guards(main_doc, script):
    data = document_to_json(main_doc, script)
    for section in data["sections"]:
        for link in section["links"]:
            assert section["text"][link["start"] : link["end"]] == link["text"]
        for span in section["protected"]:
            assert section["text"][span["start"] : span["end"]] == "干涉"
    hant = document_to_json(main_doc, "hant")["sections"][0]["text"]
    assert hant.startswith("外蒙古獨立是指外蒙古地區於")


def test_length_changing_conversion_still_indexes_the_text(main_doc, monkeypatch):
    real = jsonout.convert

    def widening(text, script, protected=()):  # a converter that doubles 蒙: lengths change
        return real(text, script, protected).replace("蒙", "蒙蒙") if script == "hant" else real(text, script, protected)

    monkeypatch.setattr(jsonout, "convert", widening)
    data = document_to_json(main_doc, "hant")
    for section, original in zip(data["sections"], main_doc.sections, strict=True):
        for link, source_link in zip(section["links"], original.links, strict=True):
            assert section["text"][link["start"] : link["end"]] == link["text"]
            assert link["text"] == real(source_link.text, "hant").replace("蒙", "蒙蒙")
        for paragraph in section["paragraphs"]:
            assert 0 <= paragraph["start"] < paragraph["end"] <= len(section["text"])
        for span in section["protected"]:
            assert section["text"][span["start"] : span["end"]] == "干涉"


def test_unknown_script(main_doc):
    with pytest.raises(QuizappError):
        document_to_json(main_doc, "klingon")
