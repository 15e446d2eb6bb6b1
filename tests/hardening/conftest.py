"""Hardening tests report what they measured (peak RSS and time of the child processes) at the end of the run."""

from __future__ import annotations

FIGURES: list[str] = []


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    if FIGURES:
        terminalreporter.section("hardening measurements")
        for line in FIGURES:
            terminalreporter.write_line(line)
