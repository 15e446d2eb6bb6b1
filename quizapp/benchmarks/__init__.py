"""Headless performance runner behind `quizapp bench`: synthetic banks, timed measures, one table."""
