"""Subcommands of the ``quizapp`` CLI: light modules, heavy imports inside ``run``."""
