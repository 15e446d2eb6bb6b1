"""Wiki-Markdown article → Document (sections, paragraphs, sentences, links, notes, guards)."""

from quizapp.source.jsonout import document_to_json
from quizapp.source.markdown import parse_file, parse_text
from quizapp.source.model import Document, Link, NoteRef, Section, Span

__all__ = ["Document", "Link", "NoteRef", "Section", "Span", "document_to_json", "parse_file", "parse_text"]
