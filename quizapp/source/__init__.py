"""Wiki-Markdown article → Document (sections, paragraphs, sentences, links, notes, guards)."""
