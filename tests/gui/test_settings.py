"""The settings registry: one declaration per setting, typed reads, bad stored values fall back to defaults."""

import pytest

from quizapp.gui import settings as S


def test_every_setting_is_declared_once_with_a_typed_default():
    assert len({s.key for s in S.REGISTRY.values()}) == len(S.REGISTRY)
    for setting in S.REGISTRY.values():
        assert isinstance(setting.default, setting.kind), setting.key
    with pytest.raises(ValueError):
        S.declare(S.ZOOM.key, int, 100)


def test_defaults_then_round_trip(settings):
    assert settings.get(S.ZOOM) == 100 and settings.get(S.LANGUAGE) == ""
    settings.set(S.ZOOM, 130)
    settings.set(S.STUDENTS, ["amy", "王小明"])
    settings.set(S.MAIN_GEOMETRY, b"\x01\x02")
    settings.sync()
    again = S.Settings.from_file(settings.qsettings.fileName())
    assert again.get(S.ZOOM) == 130
    assert again.get(S.STUDENTS) == ["amy", "王小明"]
    assert again.get(S.MAIN_GEOMETRY) == b"\x01\x02"


def test_bad_values_read_as_default_and_are_refused_on_write(settings):
    settings.qsettings.setValue(S.ZOOM.key, "huge")
    settings.qsettings.setValue(S.SCRIPT.key, "klingon")
    assert settings.get(S.ZOOM) == 100 and settings.get(S.SCRIPT) == ""
    with pytest.raises(ValueError):
        settings.set(S.LANGUAGE, "fr")
    with pytest.raises(KeyError):
        settings.set(S.Setting("nope", int, 0), 1)


def test_a_single_student_reads_back_as_a_list(settings):
    settings.qsettings.setValue(S.STUDENTS.key, "amy")
    assert settings.get(S.STUDENTS) == ["amy"]
