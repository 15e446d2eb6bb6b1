"""GIFT: Moodle's own GIFT fixtures, our round trip, escapes, and errors that name file and line."""

from __future__ import annotations

import pytest

from quizapp.errors import BankError
from quizapp.interchange import gift
from quizapp.interchange.common import IMPORTED_FLAG, IMPORTED_PROMPT


def _by_stem(bank, text):
    return next(q for q in bank.questions if q.stem.startswith(text))


def test_moodle_questions_fixture(moodle_fixtures):
    result = gift.read_with_report(moodle_fixtures / "questions.gift.txt")
    bank = result.bank
    assert [q.type for q in bank.questions] == ["matching", "event_choice", "cloze_typed", "true_false",
                                                "true_false", "true_false"]
    match = bank.questions[0]
    assert match.stem == "Match the activity to the description."
    assert match.left[0] == "An activity supporting asynchronous discussions."
    assert match.choices == ["Forum", "Choice", "Database", "Wiki"]
    assert match.answer == [0, 1, 2, 3]
    choice = _by_stem(bank, "What's between orange")
    assert choice.choices == ["yellow", "red", "blue"] and choice.answer == 0
    assert choice.explanation == "right; good!"
    short = _by_stem(bank, "Which is the best animal?")
    assert short.answer == ["Frog"] and short.explanation == "Good!"
    hitchhiker = _by_stem(bank, "42 is the Absolute Answer")
    assert hitchhiker.answer is False
    assert hitchhiker.explanation.startswith("This is, of course, a Hitchiker's Guide to the Galaxy reference.")
    assert "You gave the right answer." in hitchhiker.explanation
    # Moodle's rule: text after the closing brace makes it a missing-word question
    assert hitchhiker.stem == '42 is the Absolute Answer to everything._____";'
    assert [q.answer for q in bank.questions[-2:]] == [True, True]
    assert bank.questions[-1].id != bank.questions[-2].id  # two questions with the same title
    for question in bank.questions:
        assert question.status == "flagged" and question.flag_reason == IMPORTED_FLAG
        assert question.prompt == IMPORTED_PROMPT
    skipped = {(s.name, s.kind) for s in result.report.skipped}
    assert skipped == {("Q8", "essay"), ("colours", "multichoice"), ("Q5", "numerical")}
    assert any("Chat" in w for w in result.report.warnings)  # the matching distractor
    assert any("Cat" in w for w in result.report.warnings)  # the 50% short answer


def test_moodle_category_fixture(moodle_fixtures):
    bank = gift.read_bank(moodle_fixtures / "questions_in_category.gift.txt")
    assert [q.type for q in bank.questions] == ["matching", "event_choice", "cloze_typed", "true_false"]
    greeting = bank.questions[1]
    # escaped \= and \: inside the [html] text, the link itself dropped by the sanitizer
    assert greeting.stem == "Listen to this greeting:\nWhat language is being spoken?"
    assert greeting.choices[greeting.answer] == "French"
    assert greeting.explanation == "Yes, well done!"
    assert bank.questions[2].answer == ["Moodler"]
    acronym = bank.questions[3]
    assert acronym.stem == "Moodle is an acronym for Modular Object-Oriented Dynamic Learning Environment."
    assert acronym.answer is True
    assert all(q.source.section_path == ["Default for New Features"] for q in bank.questions)


def test_moodle_ordering_fixture(moodle_fixtures):
    (question,) = gift.read_bank(moodle_fixtures / "testexport.gift.txt").questions
    assert question.type == "ordering"
    assert question.id == "q-myid"  # from the `// [id:myid]` comment
    assert question.choices == ["Modular", "Object", "Oriented", "Dynamic", "Learning", "Environment"]
    assert question.answer == [0, 1, 2, 3, 4, 5]


def test_round_trip_is_lossless(bank, tmp_path):
    path = tmp_path / "bank.gift"
    gift.write_bank(bank, path)
    result = gift.read_with_report(path)
    assert result.bank.to_file_dict() == bank.to_file_dict()
    assert not result.report.skipped and not result.report.warnings


def test_escapes_survive(bank):
    text = gift.dumps_gift(bank)
    assert r"\{\#1\} \~ \= \: \\ 路徑" in text
    back = gift.loads_gift(text, "x.gift").bank
    assert back.questions[0].stem == bank.questions[0].stem


def test_written_file_is_moodle_shaped(bank):
    text = gift.dumps_gift(bank)
    assert "$CATEGORY: $course$/外蒙古独立" in text
    assert "::q-year::" in text and "{#1915:0####" in text
    assert "{FALSE####" in text and "{TRUE####" in text
    assert "=1911年 -> 博克多汗國成立" in text
    # Moodle's ordering plugin takes every line up to '}' as an item: no general feedback there
    assert ">4 ALL VERTICAL ABSOLUTE_POSITION SHOW none\n博克多汗國成立\n中俄蒙協約\n雅爾達會議\n外蒙古公投\n}" in text


def test_foreign_questions_parse_every_kind():
    text = (
        "// a comment\n"
        "::num::When?{#1945}\n\n"
        "::range::How many?{#1..5}\n\n"
        "::multi::[markdown]Pick {=%100%a#yes ~%-50%b#no ~c}\n\n"
        "::mw::Mongolia became {~free =independent ~calm} in 1945.\n\n"
        "::esc::Braces \\{x\\} and equals \\= stay{T#wrong#right}\n"
    )
    result = gift.loads_gift(text, "f.gift")
    num, multi, missing_word, escaped = result.bank.questions
    assert num.type == "year_typed" and num.answer == 1945
    assert multi.choices == ["a", "b", "c"] and multi.answer == 0 and multi.explanation == "yes"
    assert missing_word.stem == "Mongolia became _____ in 1945."
    assert missing_word.choices[missing_word.answer] == "independent"
    assert escaped.stem == "Braces {x} and equals = stay" and escaped.answer is True
    assert escaped.explanation == "right"
    assert [s.name for s in result.report.skipped] == ["range"]


@pytest.mark.parametrize(("text", "line", "message"), [
    ("::a::ok{T}\n\n// c\n::b::Never closed {=x ~y\n", 4, "never closed"),
    ("::title never closed {T}\n", 1, "'::' is not closed"),
    ("::a::ok{T}\n\n::n::Year?{\n#=abc:0}\n", 4, "not a number"),
    ("::a::x{=a ~b { ~c}\n", 1, "second '{'"),
    ("// quizapp: {not json\n::a::x{T}\n", 1, "not valid JSON"),
    ("::m::Match{=a -> 1 ~b}\n", 1, "matching"),
])
def test_errors_name_file_and_line(text, line, message):
    with pytest.raises(BankError) as caught:
        gift.loads_gift(text, "bad.gift")
    assert caught.value.file == "bad.gift" and caught.value.line == line
    assert message in caught.value.message


def test_our_question_with_broken_answer_is_refused(bank):
    text = gift.dumps_gift(bank).replace("~1910年\n=1911年", "~1910年\n~1911年", 1)
    with pytest.raises(BankError) as caught:
        gift.loads_gift(text, "x.gift")
    assert "multiple-answer" in caught.value.message or "answer" in caught.value.message


def test_file_without_any_supported_question_is_refused():
    with pytest.raises(BankError, match="no question could be imported.*essay"):
        gift.loads_gift("::e::Write an essay{}\n", "essay.gift")
