"""The teacher window: question browser, editor, bank manager, printing and class statistics (behind the PIN)."""
