"""quizapp.quiz."""
