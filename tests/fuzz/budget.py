"""Example budgets of the fuzz tests: a few minutes in CI (CI=true), more with QUIZAPP_FUZZ_EXAMPLES, and a count
of the examples each target ran, printed at the end of the session by conftest.py."""

from __future__ import annotations

import os
from collections import Counter

from hypothesis import HealthCheck, settings

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
# examples per fuzz test; CI runs derandomized (the same examples every run, so a failure reproduces)
EXAMPLES = int(os.environ.get("QUIZAPP_FUZZ_EXAMPLES") or (500 if IN_CI else 300))

RAN: Counter[str] = Counter()  # "target" -> examples run
OUTCOMES: Counter[tuple[str, str]] = Counter()  # ("target", "ok" | error class name) -> examples


def fuzz_settings(share: float = 1.0) -> settings:
    """Settings of one fuzz test: ``share`` of the example budget, no deadline, no shrink-time surprises."""
    return settings(
        max_examples=max(10, int(EXAMPLES * share)),
        deadline=None,
        derandomize=IN_CI,
        database=None if IN_CI else settings.default.database,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much,
                               HealthCheck.function_scoped_fixture],
    )


def record(target: str, outcome: str) -> None:
    RAN[target] += 1
    OUTCOMES[(target, outcome)] += 1
