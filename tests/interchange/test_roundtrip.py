"""Every format's export -> import keeps our fields; the size limit; a real generated bank when present."""

from __future__ import annotations

import pytest

from quizapp import paths
from quizapp.errors import BankError
from quizapp.interchange import csv_format, gift, moodle_xml, native
from quizapp.interchange.common import MAX_BYTES

READ_WRITE = {"gift": (gift, ".gift"), "moodle-xml": (moodle_xml, ".xml"), "csv": (csv_format, ".csv"),
              "json": (native, ".json")}
GUI_SAMPLE = paths.ASSETS.parent / "tests" / "gui" / "fixtures" / "sample_bank.json"


def _round_trip(module, suffix, bank, tmp_path):
    path = tmp_path / f"{bank.bank.name}{suffix}"
    module.write_bank(bank, path)
    return module.read_bank(path)


@pytest.mark.parametrize("fmt", sorted(READ_WRITE))
def test_every_type_round_trips(fmt, bank, tmp_path):
    module, suffix = READ_WRITE[fmt]
    back = _round_trip(module, suffix, bank, tmp_path)
    assert back.to_file_dict()["questions"] == bank.to_file_dict()["questions"]
    if fmt != "csv":  # CSV has no place for the bank's source
        assert back.to_file_dict()["bank"] == bank.to_file_dict()["bank"]


def _real_banks():
    found = sorted(paths.QUESTIONS.glob("*.json")) if paths.QUESTIONS.is_dir() else []
    if GUI_SAMPLE.is_file():
        found.append(GUI_SAMPLE)
    return found


@pytest.mark.parametrize("fmt", sorted(READ_WRITE))
def test_real_banks_round_trip(fmt, tmp_path):
    banks = _real_banks()
    if not banks:
        pytest.skip("no generated bank in questions/ and no GUI sample bank")
    module, suffix = READ_WRITE[fmt]
    for source in banks:
        bank = native.read_bank(source)
        back = _round_trip(module, suffix, bank, tmp_path)
        assert back.to_file_dict()["questions"] == bank.to_file_dict()["questions"], source.name


@pytest.mark.parametrize("module", [gift, moodle_xml, csv_format])
def test_input_over_the_limit_is_refused_before_reading(module, tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: no 50 MB written
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(BankError, match="over 50 MB are refused"):
        module.read_bank(path)


@pytest.mark.parametrize("module", [gift, moodle_xml, csv_format])
def test_missing_file(module, tmp_path):
    with pytest.raises(BankError, match="no such file"):
        module.read_bank(tmp_path / "absent")


@pytest.mark.parametrize("module", [gift, csv_format])
def test_not_utf8_is_refused(module, tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("::q::Caf\xe9 {T}\n".encode("latin-1"))
    with pytest.raises(BankError, match="not UTF-8"):
        module.read_bank(path)
