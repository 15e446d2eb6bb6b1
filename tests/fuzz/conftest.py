"""Fuzz tests print how many examples each target ran and how they ended (parsed or which error)."""

from __future__ import annotations

from tests.fuzz.budget import EXAMPLES, IN_CI, OUTCOMES, RAN


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    if not RAN:
        return
    terminalreporter.section("fuzz examples")
    terminalreporter.write_line(f"budget {EXAMPLES} per test ({'CI, derandomized' if IN_CI else 'local'})")
    for target in sorted(RAN):
        outcomes = ", ".join(f"{outcome} {n}" for (t, outcome), n in sorted(OUTCOMES.items()) if t == target)
        terminalreporter.write_line(f"fuzz {target}: {RAN[target]} examples ({outcomes})")
