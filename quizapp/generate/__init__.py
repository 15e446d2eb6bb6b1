"""quizapp.generate."""
