"""Tests of quizapp.timeline."""
