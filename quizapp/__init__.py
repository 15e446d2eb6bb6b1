"""quizapp: Chinese history article → grounded quizzes (headless core; the GUI lives in quizapp.gui)."""

from quizapp.version import __version__

__all__ = ["__version__"]
