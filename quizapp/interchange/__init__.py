"""quizapp.interchange."""
