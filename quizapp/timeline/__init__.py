"""quizapp.timeline."""
