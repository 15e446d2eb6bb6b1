"""Quiz views, one module per question type, and the quiz page that drives them."""
