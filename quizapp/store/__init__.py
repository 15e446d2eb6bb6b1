"""quizapp.store."""
