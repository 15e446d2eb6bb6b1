"""Moodle XML: Moodle's own fixtures, our round trip, refused XML attacks, sanitized HTML, line numbers."""

from __future__ import annotations

from collections import Counter

import pytest

from quizapp.errors import BankError
from quizapp.interchange import moodle_xml
from quizapp.interchange.common import IMPORTED_FLAG


def test_multichoice_fixture(moodle_fixtures):
    result = moodle_xml.read_with_report(moodle_fixtures / "multichoice.xml")
    (question,) = result.bank.questions
    assert question.type == "event_choice"
    assert question.stem == "Listen to this greeting:\nWhat language is being spoken?"
    assert question.choices == ["English", "French", "German", "Danish"]
    assert question.answer == 1
    assert question.explanation == "Yes, well done!"
    assert question.source.section_path == ["Default for testhead", "Multichoice"]
    assert question.status == "flagged" and question.flag_reason == IMPORTED_FLAG
    assert any("5 embedded file(s)" in w for w in result.report.warnings)


def test_truefalse_fixture(moodle_fixtures):
    bank = moodle_xml.read_bank(moodle_fixtures / "truefalse.xml")
    assert [(q.answer, q.source.quote.split(": ")[-1]) for q in bank.questions] == [
        (False, "Moodle acronym (False)"), (True, "Moodle acronym (True)")]
    wrong = bank.questions[0]
    # the image, its alt text and the italic span's style are gone; non-breaking spaces become spaces
    assert wrong.stem == "Moodle is an acronym for Modular Object-Oriented Dynamic Learning Education."
    assert wrong.explanation.startswith("For further information, see the documentation about Moodle.")
    assert wrong.explanation.endswith("Your answer is correct.")


def test_shortanswer_fixture(moodle_fixtures):
    result = moodle_xml.read_with_report(moodle_fixtures / "shortanswer.moodle.xml")
    (question,) = result.bank.questions
    assert question.type == "cloze_typed"
    assert question.stem == "Name an amphibian: __________"
    assert question.answer == ["frog"]
    assert question.explanation == "Generalfeedback: frog or toad would have been OK.\nFrog is a very good answer."
    assert any("toad" in w for w in result.report.warnings)


def test_ordering_fragment_fixture(moodle_fixtures):
    (question,) = moodle_xml.read_bank(moodle_fixtures / "testexport.moodle.xml").questions
    assert question.type == "ordering" and question.id == "q-myid"
    assert question.choices == ["Modular", "Object", "Oriented", "Dynamic", "Learning", "Environment"]
    assert question.answer == [0, 1, 2, 3, 4, 5]
    assert question.explanation == 'The correct answer is "Modular Object Oriented Dynamic Learning Environment".'


def test_nested_categories_fixture(moodle_fixtures):
    result = moodle_xml.read_with_report(moodle_fixtures / "nested_categories_with_questions.xml")
    bank = result.bank
    assert Counter(q.type for q in bank.questions) == {"true_false": 4}
    assert [q.source.section_path for q in bank.questions] == [
        ["Iota"], ["Iota", "Kappa"], ["Iota", "Kappa", "Lambda"], ["Iota", "Mu"]]
    assert [q.stem for q in bank.questions][0] == "Testing Iota Question"
    assert all(q.answer is True for q in bank.questions)
    (skipped,) = result.report.skipped
    assert (skipped.kind, skipped.name, skipped.line) == ("essay", "Kappa Essay Question", 55)


def test_matching_fixture_refused_with_reason(moodle_fixtures):
    # four sub-questions, two with the same answer and one distractor: our matching needs a one-to-one pairing
    with pytest.raises(BankError) as caught:
        moodle_xml.read_bank(moodle_fixtures / "match.moodle.xml")
    assert "matching question 'matching-001'" in caught.value.message
    assert "duplicates" in caught.value.message


def test_broken_cloze_fixture_refused(moodle_fixtures):
    with pytest.raises(BankError) as caught:
        moodle_xml.read_bank(moodle_fixtures / "broken_cloze_questions.xml")
    message = str(caught.value)
    assert message.startswith(str(moodle_fixtures / "broken_cloze_questions.xml"))
    assert "no question could be imported" in message and "cloze question" in message


def test_round_trip_is_lossless(bank, tmp_path):
    path = tmp_path / "bank.xml"
    moodle_xml.write_bank(bank, path)
    result = moodle_xml.read_with_report(path)
    assert result.bank.to_file_dict() == bank.to_file_dict()
    assert not result.report.skipped and not result.report.warnings


def test_written_file_is_moodle_shaped(bank):
    text = moodle_xml.dumps_moodle_xml(bank)
    assert '<question type="numerical">' in text and "<tolerance>0</tolerance>" in text
    assert '<question type="ordering">' in text and '<answer format="html" fraction="4">' in text
    assert "<idnumber>q-match</idnumber>" in text and "<text>配對</text>" in text
    assert "<single>true</single>" in text


def test_metadata_with_double_hyphen_stays_a_valid_comment(bank):
    from quizapp.bankformat import parse_question

    data = bank.questions[0].to_file_dict()
    data["source"]["quote"] = "巴尔苏科夫《穆拉维约夫--阿穆尔斯基伯爵》---"
    bank.questions[0] = parse_question(data)
    text = moodle_xml.dumps_moodle_xml(bank)
    back = moodle_xml.loads_moodle_xml(text.encode(), "x.xml").bank
    assert back.questions[0].source.quote == data["source"]["quote"]


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE quiz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<quiz>&lol3;</quiz>
"""


def test_billion_laughs_refused():
    with pytest.raises(BankError) as caught:
        moodle_xml.loads_moodle_xml(BILLION_LAUGHS, "laughs.xml")
    assert caught.value.line == 3 and "billion laughs" in caught.value.message


@pytest.mark.parametrize("doctype", [
    b'<!DOCTYPE quiz [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    b'<!DOCTYPE quiz [<!ENTITY % pe SYSTEM "http://127.0.0.1/evil.dtd"> %pe;]>',
    b'<!DOCTYPE quiz SYSTEM "file:///etc/passwd">',
])
def test_external_entities_refused(doctype):
    data = b'<?xml version="1.0"?>\n' + doctype + b"\n<quiz><question type='truefalse'/></quiz>"
    with pytest.raises(BankError) as caught:
        moodle_xml.loads_moodle_xml(data, "xxe.xml")
    assert caught.value.line == 2 and "refused" in caught.value.message
    assert "root:" not in caught.value.message


def test_malformed_xml_names_the_line():
    with pytest.raises(BankError) as caught:
        moodle_xml.loads_moodle_xml(b'<?xml version="1.0"?>\n<quiz>\n<question type="truefalse">\n</quiz>', "x.xml")
    assert caught.value.line == 4 and "not well-formed" in caught.value.message


def test_wrong_root_refused():
    with pytest.raises(BankError, match="root element is <html>"):
        moodle_xml.loads_moodle_xml(b"<html><body/></html>", "page.xml")


HOSTILE = b"""<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="multichoice">
    <name><text>hostile</text></name>
    <questiontext format="html"><text><![CDATA[<p onclick="steal()">Which <b>year</b>?<script>alert(1)</script>
      <img src="http://evil.example/track.png" alt="tracker"><a href="javascript:alert(2)">click</a>
      <iframe src="http://evil.example/"></iframe><style>p{background:url(http://evil.example/x)}</style></p>]]></text>
    </questiontext>
    <generalfeedback format="html"><text><![CDATA[<span style="color:red" onmouseover="x()">ok</span>]]></text>
    </generalfeedback>
    <single>true</single>
    <answer fraction="100" format="html"><text>1911</text></answer>
    <answer fraction="0" format="html"><text><![CDATA[<img src="https://evil.example/1912.png">1912]]></text></answer>
  </question>
</quiz>"""


def test_imported_html_is_sanitized():
    (question,) = moodle_xml.loads_moodle_xml(HOSTILE, "hostile.xml").bank.questions
    assert question.stem == "Which year? click"
    assert question.explanation == "ok"
    assert question.choices == ["1911", "1912"]
    for text in (question.stem, question.explanation, *question.choices):
        assert "evil" not in text and "alert" not in text and "steal" not in text


def test_numerical_with_non_number_is_an_error():
    data = b"""<quiz><question type="numerical"><name><text>n</text></name>
<questiontext format="html"><text>When?</text></questiontext>
<answer fraction="100"><text>zero</text><tolerance>0</tolerance></answer></question></quiz>"""
    with pytest.raises(BankError) as caught:
        moodle_xml.loads_moodle_xml(data, "n.xml")
    assert caught.value.line == 3 and "not a number" in caught.value.message
