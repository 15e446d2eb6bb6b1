"""Wiki links → entity mentions: page title from the href, and the mention's span inside pandoc's anchor text.

pandoc glued the characters that follow a wiki link into its anchor (``[[外蒙古]]地区于`` became
``[外蒙古地区于](../Page/外蒙古.md)``), so the anchor is the mention plus trailing prose. The mention is found
by comparing simplified, lower-cased forms character by character (OpenCC t2s keeps the length; where it
does not, each character is converted on its own):

1. the target title (without its disambiguation) occurs in the anchor → that span, first occurrence;
2. otherwise the longest prefix of the anchor, at least 2 characters, whose characters occur in the title
   in order (``[紅軍](…/蘇聯紅軍)`` → 紅軍, ``[第一屆國民大會代表](…/第一屆中華民國國民大會代表)`` → all;
   this covers the longest common prefix);
3. otherwise the whole anchor, a piped label such as ``[大蒙古国](…/博克多汗國)``, less one trailing particle
   (和 與 与 及 在 的 等 于 於) when the anchor has 3 or more characters.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import unquote

from quizapp.text import to_simplified

_PAGE_RE = re.compile(r"^\.\./Page/(?P<name>.+?)(?:\.md)?$")
_WIKI_RE = re.compile(r"^(?:https?:)?//zh\.(?:m\.)?wikipedia\.org/(?:wiki|zh(?:-[a-z]+)?)/(?P<name>[^?]+)$", re.I)
_DISAMBIGUATION_RE = re.compile(r"^(?P<base>.+?)\s*[（(][^()（）]+[)）]$")
_PARTICLES = frozenset("和與与及在的等于於")
_INTERWIKI_RE = re.compile(r"^[a-z][a-z-]{0,15}:(?=\S)")  # s:… (Wikisource), wikt:… …


def wiki_target(href: str) -> str | None:
    """Page title of a Wikipedia href (URL-decoded, ``_`` → space, no #fragment); None for other links."""
    match = _PAGE_RE.match(href) or _WIKI_RE.match(href)
    if match is None:
        return None
    name = unquote(match.group("name")).split("#", 1)[0]
    name = " ".join(name.replace("_", " ").split())
    return name or None


def title_base(target: str) -> str:
    """The title without interwiki prefix or disambiguation: 陳毅 (1873年) → 陳毅, s:蒙古盟部旗組織法 → 蒙古盟部旗組織法."""
    base = _INTERWIKI_RE.sub("", target, count=1)
    match = _DISAMBIGUATION_RE.match(base)
    return match.group("base") if match else base


def fold(text: str) -> str:
    """Simplified, lower-cased form of the same length as ``text``, for character-by-character alignment."""
    simple = to_simplified(text).lower()
    if len(simple) == len(text):
        return simple
    chars = []
    for ch in text:
        converted = to_simplified(ch).lower()
        chars.append(converted if len(converted) == 1 else ch)
    return "".join(chars)


def mention_span(anchor: str, target: str) -> tuple[int, int]:
    """[start, end) of the entity inside ``anchor`` (see the module docstring for the rule)."""
    folded = fold(anchor)
    base = fold(title_base(target))
    if base:
        index = folded.find(base)
        if index >= 0:
            return index, index + len(base)
    matched, position = 0, 0
    for ch in folded:
        position = base.find(ch, position) + 1
        if not position:
            break
        matched += 1
    if matched >= 2:
        return 0, matched
    start, end = 0, len(anchor)
    while start < end and anchor[start].isspace():
        start += 1
    while end > start and anchor[end - 1].isspace():
        end -= 1
    if end - start >= 3 and anchor[end - 1] in _PARTICLES:
        end -= 1
    return start, end


@lru_cache(maxsize=1)
def bundled_titles() -> frozenset[str]:
    """Simplified titles of the bundled articles (the .md files in assets/sources)."""
    from quizapp.paths import bundled_sources

    return frozenset(fold(path.stem) for path in bundled_sources() if path.stem not in ("ATTRIBUTION", "README"))


def is_bundled(target: str) -> bool:
    return fold(target) in bundled_titles()
