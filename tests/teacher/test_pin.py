"""Teacher PIN: stored as a salted scrypt hash, verified in constant time, locked in one call."""

import pytest

from quizapp.store import crud
from quizapp.teacher.pin import SETTING_KEY, PinError, TeacherMode, check_pin, hash_pin, set_pin, verify_pin


def test_hash_carries_parameters_and_a_random_salt():
    first, second = hash_pin("2468"), hash_pin("2468")
    assert first != second  # fresh salt each time
    scheme, n, r, p, _salt, _key = first.split("$")
    assert (scheme, n, r, p) == ("scrypt", str(2**14), "8", "1")
    assert verify_pin("2468", first) and verify_pin("2468", second)
    assert not verify_pin("2469", first)


def test_short_pin_refused():
    with pytest.raises(PinError):
        hash_pin("12")


def test_unreadable_stored_hash_is_an_error_not_a_traceback():
    with pytest.raises(PinError):
        verify_pin("1234", "plain-1234")


def test_stored_value_is_never_the_pin(sessions):
    with sessions() as session:
        set_pin(session, "735911")
        stored = crud.get_setting(session, key=SETTING_KEY)
        assert "735911" not in stored
        assert check_pin(session, "735911")
        assert not check_pin(session, "735912")


def test_teacher_mode_first_entry_unlock_and_lock(sessions):
    mode = TeacherMode(sessions)
    assert mode.needs_new_pin()
    with pytest.raises(PinError):
        mode.require()
    mode.set_first_pin("4321")
    assert mode.unlocked and not mode.needs_new_pin()
    mode.require()
    mode.lock()
    assert not mode.unlocked
    with pytest.raises(PinError):
        mode.require()
    assert not mode.unlock("0000")
    assert mode.unlock("4321")
    with pytest.raises(PinError):
        mode.set_first_pin("9999")  # a second "first" PIN cannot replace the real one


def test_change_pin_needs_the_old_one(sessions):
    mode = TeacherMode(sessions)
    mode.set_first_pin("4321")
    assert not mode.change_pin("1111", "5555")
    assert mode.change_pin("4321", "5555")
    mode.lock()
    assert not mode.unlock("4321")
    assert mode.unlock("5555")
