"""Imported HTML made safe: a whitelist of tags Qt renders (nh3), and plain text for the bank's fields."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import nh3

# Rich-text tags Qt's QTextDocument renders and that carry no resource or script.
ALLOWED_TAGS = frozenset({"p", "br", "b", "i", "u", "em", "strong", "sub", "sup", "ul", "ol", "li", "span"})
# Dropped together with their content, not just unwrapped.
DROPPED_WITH_CONTENT = frozenset({"script", "style", "iframe", "object", "embed", "noscript", "template", "textarea",
                                  "select", "math", "svg"})
BLOCK_TAGS = frozenset({"p", "br", "li", "ul", "ol", "div", "tr", "h1", "h2", "h3", "h4", "h5", "h6"})


def sanitize_html(text: str) -> str:
    """Only ALLOWED_TAGS survive, with no attribute at all: no style, no event handler, no link, no image.

    Nothing remote can be loaded from the result (no src, no href, no CSS url()).
    """
    return nh3.clean(text, tags=set(ALLOWED_TAGS), clean_content_tags=set(DROPPED_WITH_CONTENT),
                     attributes={"*": set()}, url_schemes=set(), link_rel=None, strip_comments=True)


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCK_TAGS and tag != "br":
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        # a non-breaking space is layout, not content, in a quiz's plain text
        self.parts.append(re.sub(r"[ \t\r\n\f\u00a0]+", " ", data))


def html_to_text(text: str) -> str:
    """Plain text of (sanitized) HTML: paragraphs and <br> become line breaks, white space collapses like HTML's."""
    extractor = _TextExtractor()
    extractor.feed(sanitize_html(text))
    extractor.close()
    lines = [re.sub(" {2,}", " ", line).strip(" ") for line in "".join(extractor.parts).split("\n")]
    return "\n".join(line for line in lines if line).strip()


def text_to_html(text: str) -> str:
    """Our plain text as HTML that html_to_text turns back into the same text."""
    return "<br>".join(html.escape(line, quote=False) for line in text.split("\n"))
