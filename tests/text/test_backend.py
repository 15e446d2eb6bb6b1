"""The OpenCC backend: detection, tolerant construction, caching, odd input."""

import pytest

from quizapp.errors import QuizappError
from quizapp.text import backend
from quizapp.text.backend import OFFICIAL, REIMPLEMENTED, opencc_convert, opencc_converter


def test_backend_is_detected():
    info = backend()
    assert info.name in (OFFICIAL, REIMPLEMENTED)
    assert info.version


@pytest.mark.parametrize("config", ["t2s", "t2s.json"])
def test_both_config_spellings_build_a_converter(config):
    assert opencc_convert(config, "漢語") == "汉语"


def test_converters_are_cached():
    assert opencc_converter("s2t") is opencc_converter("s2t")


def test_unknown_config_is_a_quizapp_error():
    with pytest.raises(QuizappError, match="no-such-config"):
        opencc_converter("no-such-config")


def test_lone_surrogate_passes_through():
    assert opencc_convert("s2t", "汉\ud800语") == "漢\ud800語"
